# check: stderr code
def numbers():
    yield 1
    yield 2
    raise RuntimeError('generator exhausted badly')
total = 0
for n in numbers():
    total += n
    print('total', total)
