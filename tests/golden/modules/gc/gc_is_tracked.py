import gc
print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked('str'), gc.is_tracked(b'b'), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
