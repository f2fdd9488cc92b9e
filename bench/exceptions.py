# exceptions: raising and catching: built-in errors from operations,
# user exception hierarchies, try/except/else/finally, re-raise,
# exception chaining, context managers and errors crossing frames.
import sys

N = 150_000
if "--quick" in sys.argv[1:]:
    N = 2_000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % (key,))
        self.key = key


class Invalid(AppError):
    pass


class Guard:
    entered = 0
    exited = 0
    swallowed = 0

    def __enter__(self):
        Guard.entered += 1
        return self

    def __exit__(self, typ, val, tb):
        Guard.exited += 1
        if typ is Invalid:
            Guard.swallowed += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        raise Invalid(str(e)) from e
    if value < 0:
        raise Invalid("negative")
    return value


def deep(n):
    if n == 0:
        raise AppError("bottom")
    return deep(n - 1)


def main():
    table = {i: i * i for i in range(100)}
    found = missing = 0
    for i in range(N):
        try:
            found += lookup(table, i % 150)
        except NotFound as e:
            missing += e.key
    print("lookup", found, missing)

    counts = {"ok": 0, "invalid": 0, "chained": 0, "finally": 0, "else": 0}
    texts = ["12", "x3", "-4", "7", "", "99"]
    for i in range(N):
        t = texts[i % len(texts)]
        try:
            v = parse(t)
        except Invalid as e:
            counts["invalid"] += 1
            if e.__cause__ is not None:
                counts["chained"] += 1
        else:
            counts["ok"] += v
            counts["else"] += 1
        finally:
            counts["finally"] += 1
    print("parse", sorted(counts.items()))

    errs = {}
    for i in range(N):
        try:
            k = i % 6
            if k == 0:
                1 // (i - i)
            elif k == 1:
                [][i]
            elif k == 2:
                None.attribute
            elif k == 3:
                "a" + i
            elif k == 4:
                int("zz")
            else:
                {}[i]
        except (ZeroDivisionError, IndexError, AttributeError, TypeError,
                ValueError, KeyError) as e:
            name = type(e).__name__
            errs[name] = errs.get(name, 0) + 1
    print("builtin", sorted(errs.items()))

    for i in range(N // 2):
        with Guard():
            if i % 3 == 0:
                raise Invalid(i)
        try:
            with Guard():
                if i % 5 == 0:
                    raise NotFound(i)
        except NotFound:
            pass
    print("guard", Guard.entered, Guard.exited, Guard.swallowed)

    depth_hits = 0
    for i in range(N // 50):
        try:
            deep(50)
        except AppError as e:
            depth_hits += len(e.args[0])
    print("deep", depth_hits)

    r = 0
    for i in range(N):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                r += 1
                raise
        except LookupError as e:
            r += e.args[0] & 1
    print("reraise", r)

    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise RuntimeError("outer")
    except RuntimeError as e:
        print("context", type(e.__context__).__name__, e.__context__, e.__suppress_context__)
    try:
        raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print("except*", [str(x) for x in eg.exceptions])
    except* TypeError as eg:
        print("except*", [str(x) for x in eg.exceptions])
    print(repr(NotFound("k")), str(Invalid("bad")), issubclass(NotFound, AppError),
          isinstance(KeyError(), LookupError))


main()
