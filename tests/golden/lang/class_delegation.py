class LoggedList:
    def __init__(self):
        self._data = []
        self.log = []
    def __getattr__(self, name):
        attr = getattr(self._data, name)
        if callable(attr):
            def wrapper(*a, **k):
                self.log.append(name)
                return attr(*a, **k)
            return wrapper
        return attr
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(self._data)
ll = LoggedList()
ll.append(3)
ll.extend([1, 2])
ll.sort()
print(list(ll), len(ll), ll.index(2), ll.log)
try:
    ll.nonexistent()
except AttributeError as e:
    print(type(e).__name__, e)
