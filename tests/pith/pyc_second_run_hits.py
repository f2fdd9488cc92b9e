# A module imported in two separate runs: the first compiles it and writes
# __pycache__/NAME.pith-01.pyc, the second loads that file and compiles nothing.
# Guards src/vm/import.c (the cache) and src/compile/marshal.c (the format).
import os
import _pyc_helper as h

h.setup()
h.write("cached_mod.py", "VALUE = 41\ndef f():\n    return VALUE + 1\n")
print("first run")
h.run("import cached_mod; print('  f() =', cached_mod.f())")
print("cache file:", os.path.exists(h.cache_path("cached_mod")))
print("second run")
h.run("import cached_mod; print('  f() =', cached_mod.f())")
print("third run, imported twice in the same process")
h.run("import cached_mod; del sys.modules['cached_mod']; import cached_mod; print('  f() =', cached_mod.f())")
h.cleanup()
