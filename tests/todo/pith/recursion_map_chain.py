# pith-only (CPython 3.11 itself crashes here, so the .exp is hand-written):
# 100,000 nested map objects; next() recurses in C through every one of them
# and must raise RecursionError instead of overflowing the C stack.
# Needs a pt_enter_recursive_call guard in map_next (src/obj/iter.c).
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError", e)


m = map(abs, [-1])
for i in range(100000):
    m = map(abs, m)
attempt("map chain 100000", lambda: list(m))
print("still alive")
