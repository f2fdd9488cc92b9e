import gc
print(callable(gc.collect), callable(gc.get_threshold), len(gc.get_threshold()))
print(isinstance(gc.get_count(), tuple), len(gc.get_count()))
print(gc.get_threshold()[0] > 0)
old = gc.get_threshold()
gc.set_threshold(1000, 20, 20)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked({}))
class A: pass
print(gc.is_tracked(A()))
print(isinstance(gc.garbage, list), gc.garbage)
print(gc.collect(0) >= 0, gc.collect(2) >= 0)
x = [1, 2]
y = [x]
print(x in gc.get_referents(y))
print(any(r is y for r in gc.get_referrers(x)))
