import gc
log = []
class Res:
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        log.append(self.name)
gc.disable()
r1, r2 = Res('one'), Res('two')
r1.partner, r2.partner = r2, r1
del r1, r2
print(log)
gc.collect()
print(sorted(log))
gc.enable()
single = Res('single')
del single
print(sorted(log))
ring = [Res('r%d' % i) for i in range(5)]
for i in range(5):
    ring[i].partner = ring[(i + 1) % 5]
del ring
gc.collect()
print(sorted(log))
