def raiser():
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
try:
    raiser()
except* ValueError as eg:
    print('values', type(eg).__name__, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
try:
    try:
        raiser()
    except* TypeError:
        print('handled types only')
except ExceptionGroup as rest:
    print('rest', rest.message, [str(e) for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('wrapped', type(eg).__name__, repr(eg.exceptions[0]))
eg = ExceptionGroup('g', [KeyError('a'), ExceptionGroup('inner', [OSError('o')])])
print(eg.message, len(eg.exceptions), repr(eg.exceptions[1]))
sub = eg.subgroup(lambda e: isinstance(e, OSError))
print(repr(sub))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(str(eg))
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(BaseExceptionGroup('b', [KeyboardInterrupt()])))
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
