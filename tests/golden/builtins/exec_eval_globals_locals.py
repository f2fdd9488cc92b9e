# exec() and eval() with explicit globals and locals: where names are looked
# up and stored, __builtins__ insertion, restricted builtins, mapping locals,
# class bodies and comprehensions inside exec, and the error messages.
g = {"a": 1}
l = {"b": 2}
exec("c = a + b\nd = c * 10", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
print("__builtins__" in g, l["d"])

# Functions defined in exec with separate locals see only globals.
g = {"x": "global x"}
l = {"x": "local x"}
exec("def f():\n    return x\nr = f()\ny = x", g, l)
print(l["r"], l["y"], "f" in l, "f" in g)

# Comprehensions in a class-like (separate locals) exec cannot see the locals.
g = {}
l = {"n": 3}
try:
    exec("r = [n * i for i in range(3)]", g, l)
    print(l["r"])
except NameError as e:
    print("NameError", e)
exec("r = [i for i in range(n)]", g, l)
print(l["r"])

# Same dict for both: module-like behaviour.
ns = {}
exec("n = 3\nr = [n * i for i in range(3)]\ndef h():\n    return n\n", ns)
print(ns["r"], ns["h"]())

# eval with locals overrides globals; builtins come from globals' __builtins__.
print(eval("x + y", {"x": 1, "y": 2}, {"y": 20}))
print(eval("len('abc')", {}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))


# A mapping that is not a dict works as locals (a dict subclass overriding
# __getitem__: tests/todo/builtins/exec_locals_dict_subclass.py).
class Mapping:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k in self.d:
            return self.d[k]
        raise KeyError(k)

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


m = Mapping()
exec("p = 5\nq = p + 1\ndel p", {}, m)
print(m.d)

# Class bodies inside exec.
g = {}
exec("class K:\n    v = 7\n    w = v * 2\n    def m(self):\n        return self.w\n", g)
print(g["K"]().m(), g["K"].__module__)
g = {"__name__": "custom_mod"}
exec("class K2:\n    pass\n", g)
print(g["K2"].__module__)

# exec returns None; eval of a code object; exec of an eval-mode code.
print(exec("1 + 1"), eval(compile("2 ** 10", "<e>", "eval")))
print(eval(compile("40 + 2", "<e>", "eval"), {}))
exec(compile("print('exec of exec-mode code')", "<x>", "exec"), {})

# global/nonlocal inside exec'd functions.
g = {"counter": 0}
exec("def bump():\n    global counter\n    counter += 1\nbump(); bump()", g)
print(g["counter"])

# exec inside a function does not change the function's locals.
def inner():
    v = 1
    exec("v = 2")
    return v


print(inner())


def inner2():
    loc = {}
    exec("v = 2", globals(), loc)
    return loc["v"]


print(inner2())

# Errors.
try:
    eval(42)
except TypeError as e:
    print("TypeError", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print("ValueError", e)
print(eval("  1 + 1"), eval("\t2"), eval(b"3 + 3"), eval("4\n"))
