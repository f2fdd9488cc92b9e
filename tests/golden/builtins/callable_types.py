import math
class WithCall:
    def __call__(self):
        return 'called'
class Plain:
    def method(self):
        return 'method'
items = [len, print, math.sqrt, int, str.upper, 'x'.upper, lambda: 0, WithCall(), Plain(), Plain().method,
         Plain, 5, None, [], type, object(), classmethod(len)]
print([callable(i) for i in items])
print(WithCall()(), Plain().method(), str.upper('x'), 'x'.upper())
print(type(str.upper).__name__, type('x'.upper).__name__, type(math.sqrt).__name__, type(Plain.method).__name__)
