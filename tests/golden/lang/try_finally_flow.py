def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally overrides'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(h())
def k():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed by return'
print(k())
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
x = 0
while True:
    try:
        x += 1
        if x == 3:
            break
    finally:
        print('loop fin', x)
