import_time = []
def stamp(tag):
    import_time.append(tag)
    return tag
def f(a=stamp('default-a'), b=stamp('default-b')):
    return a, b
print(import_time)
print(f(), f(1), import_time)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def kw_defaults(*, x=[]):
    x.append(len(x))
    return x
print(kw_defaults(), kw_defaults())
class C:
    def m(self, n=len('four')):
        return n
print(C().m())
