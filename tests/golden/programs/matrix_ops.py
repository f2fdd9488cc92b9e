class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f'cannot multiply {self.shape} by {other.shape}')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError('not square')
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.determinant()
        return total

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(str(x).rjust(w) for x in r) + ']' for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, 3 * a, a @ b, b @ a, sep='\n--\n')
print(a.transpose() == Matrix([[1, 3], [2, 4]]), a.shape, a[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print('fib(30) =', fib[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print('det', m3.determinant(), Matrix.identity(4).determinant())
print(Matrix.identity(3) @ m3 == m3)
for bad in [lambda: a @ Matrix([[1, 2, 3]]), lambda: a + Matrix.zeros(3, 2), lambda: Matrix([[1], [1, 2]]),
            lambda: Matrix.zeros(2, 3).determinant()]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
z = Matrix.zeros(2, 2)
z[0, 1] = 5
print(z)
print(Matrix([[1.5, 2], [0, -1]]) * 2)
