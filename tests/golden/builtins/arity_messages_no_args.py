# Calling builtins with no arguments: CPython's arity messages, in both the
# newer ("f expected at least 1 argument, got 0") and older wording.
import math, os
fs = [sorted, getattr, setattr, isinstance, divmod, pow, round, print, max, min, iter, next, open, format, hash, len, abs, compile, exec, eval, os.getcwd, os.stat, str.join, dict.get, list.insert, "".split, "".replace, int.from_bytes, bytes.fromhex, zip, enumerate, map, filter, range, slice, vars, dir, sum, any, all, repr, ascii, ord, chr, bin, hex, oct, id, callable, delattr, hasattr, issubclass, super, property, staticmethod, classmethod, type, object.__init__, "".startswith, "".encode, b"".decode, [].index, [].pop, {}.pop, {}.setdefault, set().add]
for f in fs:
    try:
        f()
        print(getattr(f, "__name__", f), "ok")
    except TypeError as e:
        print(getattr(f, "__name__", f), e)
    except Exception as e:
        print(getattr(f, "__name__", f), type(e).__name__)
