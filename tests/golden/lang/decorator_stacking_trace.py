trace = []
def tag(name):
    trace.append(f'create {name}')
    def deco(fn):
        trace.append(f'apply {name} to {fn.__name__}')
        def wrapper(*a):
            trace.append(f'enter {name}')
            r = fn(*a)
            trace.append(f'exit {name}')
            return f'{name}({r})'
        wrapper.__name__ = f'{name}_{fn.__name__}'
        return wrapper
    return deco
@tag('outer')
@tag('inner')
def core(x):
    trace.append('core')
    return x
print(trace)
trace.clear()
print(core(5), core.__name__)
print(trace)
