print(complex(), complex(1), complex(1, 2), complex(1.5), complex('2+3j'), complex('j'), complex('-j'))
print(complex(1j, 1), complex(1, 1j), complex(' 1.5e1-2j '))
class C:
    def __complex__(self):
        return 2 + 2j
print(complex(C()))
for bad in [lambda: complex('1+'), lambda: complex('1', 2), lambda: complex([])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
