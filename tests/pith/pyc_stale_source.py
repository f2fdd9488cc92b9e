# A stale cache is recompiled: the .pyc records the source's mtime and size,
# and a change to either makes the import compile the source again (and
# rewrite the cache), never run the old code.
import os
import _pyc_helper as h

h.setup()
src = h.write("stale_mod.py", "VALUE = 'one'\n")
show = "import stale_mod; print('  VALUE =', stale_mod.VALUE)"
print("first run")
h.run(show)
print("same source: cache hit")
h.run(show)
print("source grows (size differs)")
h.write("stale_mod.py", "VALUE = 'three'\n")
h.run(show)
print("then a cache hit again")
h.run(show)
print("same size, older mtime")
h.write("stale_mod.py", "VALUE = 'fours'\n")
st = os.stat(src)
os.utime(src, (st.st_atime, st.st_mtime - 100))
h.run(show)
print("same size, newer mtime")
h.write("stale_mod.py", "VALUE = 'fives'\n")
os.utime(src, (st.st_atime, st.st_mtime + 100))
h.run(show)
h.run(show)
h.cleanup()
