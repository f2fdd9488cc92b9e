# pith-only (CPython 3.11 itself crashes on the map chain, so the .exp is
# hand-written): 100,000 nested map / zip objects and a 100,000-deep tuple;
# next() and hash() recurse in C through every level and must raise
# RecursionError instead of overflowing the C stack (the release build
# survives zip and hash with 8 MB of stack, ASan's bigger frames do not).
# Guarded by pt_enter_recursive_call in map_next and zip_next
# (src/obj/iter.c) and tuple_hash (src/obj/tuple.c). Whether zip and hash
# reach the guard depends on frame sizes, so for them either a result or a
# RecursionError is right; what must not happen is a crash.
def attempt(label, f, may_finish=False):
    try:
        r = f()
        print(label, "finished" if may_finish else "ok %r" % (r,))
    except RecursionError as e:
        print(label, "finished" if may_finish else "RecursionError %s" % e)


m = map(abs, [-1])
for i in range(100000):
    m = map(abs, m)
attempt("map chain 100000", lambda: list(m))
z = zip([1])
for i in range(100000):
    z = zip(z)
attempt("zip chain 100000", lambda: len(list(z)), True)
t = ()
for i in range(100000):
    t = (t,)
attempt("tuple hash 100000", lambda: hash(t), True)
print("still alive")
