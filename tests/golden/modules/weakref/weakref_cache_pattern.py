import weakref, gc
class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = load('logo')
b = load('logo')
print(a is b, Image.loads, len(cache))
del a, b
gc.collect()
print(len(cache), 'logo' in cache)
c = load('logo')
print(Image.loads, c.name)
