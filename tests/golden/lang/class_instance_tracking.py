class Tracked:
    live = 0
    created = 0
    def __init__(self, name):
        self.name = name
        Tracked.live += 1
        Tracked.created += 1
    def __del__(self):
        Tracked.live -= 1
a = Tracked('a')
b = Tracked('b')
print(Tracked.live, Tracked.created)
del a
print(Tracked.live, Tracked.created)
items = [Tracked(str(i)) for i in range(5)]
print(Tracked.live)
items = items[:2]
print(Tracked.live)
b = None
items.clear()
print(Tracked.live, Tracked.created)
