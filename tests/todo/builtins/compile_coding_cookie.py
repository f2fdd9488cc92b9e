# Source encodings: bytes given to compile() (and .py files) honour a PEP 263
# coding cookie such as latin-1; a str source ignores its cookie entirely,
# even an unknown one (CPython compiles str sources as UTF-8 text).
# pith today decodes every source as UTF-8 (UnicodeDecodeError on latin-1
# bytes) and rejects unknown cookies in str sources.
g = {}
exec(compile(b"# -*- coding: latin-1 -*-\ns = '\xe9\xff'\n", "<latin1>", "exec"), g)
print(g["s"], len(g["s"]))
exec(compile(b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nt = '\xa4'\n", "<l9>", "exec"), g)
print(g["t"])
exec(compile("# -*- coding: no-such-codec -*-\nu = 'str source'\n", "<str>", "exec"), g)
print(g["u"])
exec(compile("# -*- coding: latin-1 -*-\nv = '\u00e9'\n", "<str>", "exec"), g)
print(g["v"], len(g["v"]))
try:
    compile(b"# -*- coding: no-such-codec -*-\nx = 1\n", "<bytes>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
