import dis
def f(x):
    return x + 1
print(callable(dis.dis), hasattr(dis, 'opname'), len(dis.opname) > 0)
print(f.__code__.co_name, f.__code__.co_argcount, f(41))
print(type(f.__code__.co_code).__name__, len(f.__code__.co_code) > 0)
print(type(f.__code__.co_consts).__name__, f.__code__.co_filename.endswith('dis_code_object.py'))
