counter = 0
def bump(n=1):
    global counter
    counter += n
for _ in range(5):
    bump()
bump(10)
print(counter)
def reader():
    return [name for name in ('counter', 'bump') if name in globals()]
print(reader())
def make_globals():
    global A, B
    A, B = 'a', 'b'
make_globals()
print(A + B)
print(globals()['counter'], __name__)
exec('counter = 100')
print(counter)
