import gc
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = R('a')
del a
print('after del a')
def scope():
    r = R('local')
    print('in scope')
scope()
print('after scope')
b = R('b')
b = None
print('rebound')
lst = [R('x'), R('y')]
lst.clear()
print('cleared')
c = R('cyc')
c.self_ref = c
del c
gc.collect()
print('collected')
