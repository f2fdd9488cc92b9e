# check: stderr code
# Walrus on an attribute.
class C: pass
c = C()
if (c.x := 1):
    pass
