# A dict subclass as exec/eval locals: name lookups (LOAD_NAME) and stores
# must go through its overridden __getitem__/__setitem__ (CPython uses the
# dict fast path only for exact dicts).
class Loud(dict):
    def __getitem__(self, key):
        if key == "magic":
            return 42
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value)


print(eval("magic + 1", {}, Loud()))
loc = Loud()
exec("a = 1\nb = magic", {}, loc)
print(sorted(loc.items()))


class Default(dict):
    def __missing__(self, key):
        return "missing " + key


print(eval("anything", {}, Default()))
