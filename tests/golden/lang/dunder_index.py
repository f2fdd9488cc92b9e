class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30, 40][i], 'hello'[Idx(1)], (1, 2, 3)[Idx(-1)])
print([0, 1, 2, 3, 4][Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print('ab' * Idx(3), [0] * Idx(2))
print(int.__index__(7), operator_index := Idx(9).__index__())
try:
    lst = [1, 2]
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
class NoIdx:
    pass
try:
    'abc'[NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
