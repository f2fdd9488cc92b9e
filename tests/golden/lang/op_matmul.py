class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        return M([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m))
                   for j in range(p)] for i in range(n)])
    def __rmatmul__(self, other):
        return 'rmatmul with ' + repr(other)
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return 'M(%r)' % self.rows
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(3 @ a)
a @= b
print(a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
