# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 4, cell In [71]: a reference cycle found by gc.collect(). The
# count printed is the number of unreachable objects the collector found
# (the seed's notebook showed 8; a plain script finds fewer).
import gc

# Circular reference problem
class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

def create_cycle():
    a = Node("A")
    b = Node("B")
    a.partner = b  # A → B
    b.partner = a  # B → A (cycle!)
    # When function returns, a and b go out of scope
    # But refcounts never hit zero due to cycle!

gc.disable()  # Disable GC to see the problem
create_cycle()
print(f"Objects should be deleted, but...")

# Manually trigger GC
collected = gc.collect()
print(f"GC found and collected {collected} objects")

gc.enable()
