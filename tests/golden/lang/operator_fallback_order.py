log = []
class A:
    def __add__(self, o):
        log.append('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        log.append('A.__radd__')
        return NotImplemented
    def __eq__(self, o):
        log.append('A.__eq__')
        return NotImplemented
    def __lt__(self, o):
        log.append('A.__lt__')
        return NotImplemented
class B:
    def __radd__(self, o):
        log.append('B.__radd__')
        return 'B handled'
    def __eq__(self, o):
        log.append('B.__eq__')
        return NotImplemented
    def __gt__(self, o):
        log.append('B.__gt__')
        return 'B.gt result'
print(A() + B(), log)
log.clear()
print(A() == B(), log)
log.clear()
print(A() < B(), log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
a = A()
print(a == a, a != a, log)
