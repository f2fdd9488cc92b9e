def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int'
    if isinstance(x, (float, complex)):
        return 'number'
    if isinstance(x, str):
        return 'str'
    if isinstance(x, (list, tuple)):
        return f'sequence of {len(x)}'
    if isinstance(x, dict):
        return 'mapping'
    return type(x).__name__
print([describe(v) for v in [True, 3, 2.5, 1j, 's', [1], (1, 2), {}, None, set()]])
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), type(B()) == A, type(B()) is B)
print(issubclass(B, (int, A)), issubclass(bool, (str, int)))
print(isinstance([], list | tuple), isinstance(None, int | None))
