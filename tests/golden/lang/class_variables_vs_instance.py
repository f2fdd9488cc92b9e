class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)
a = Counter('a')
b = Counter('b')
print(Counter.count, a.count, b.count, Counter.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
class Fixed:
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append(1)
print(f1.items, f2.items)
class Sub(Counter):
    count = 0
s = Sub('s')
print(Sub.count, Counter.count)
