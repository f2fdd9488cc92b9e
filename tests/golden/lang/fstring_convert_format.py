class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
p = P()
print(f"{p}")
print(f"{p!r}")
print(f"{p!s}")
print(f"{p:abc}")
print(f"{p!r:>8}")
print(format(p, 'zz'))
print("{0} {0!r} {0:q}".format(p))
