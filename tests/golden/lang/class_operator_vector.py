class V3:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return V3(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return V3(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return V3(self.x * k, self.y * k, self.z * k)
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def __xor__(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __neg__(self): return V3(-self.x, -self.y, -self.z)
    def __eq__(self, o): return (self.x, self.y, self.z) == (o.x, o.y, o.z)
    def __iter__(self): return iter((self.x, self.y, self.z))
    def __getitem__(self, i): return (self.x, self.y, self.z)[i]
    def __len__(self): return 3
    def __bool__(self): return any(self)
    def __repr__(self): return f'V3({self.x}, {self.y}, {self.z})'
i, j, k = V3(1, 0, 0), V3(0, 1, 0), V3(0, 0, 1)
print(i + j, i - k, 2 * j, k * 3, -i, i @ j, i @ i, i ^ j, j ^ i)
print(list(V3(1, 2, 3)), V3(4, 5, 6)[1], len(k), bool(V3()), bool(k))
print(sum([i, j, k], V3()), (i ^ j) == k, max(V3(3, 1, 2)))
a, b, c = V3(7, 8, 9)
print(a, b, c)
