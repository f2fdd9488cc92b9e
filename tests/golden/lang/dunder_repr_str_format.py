class A:
    def __repr__(self):
        return 'A-repr'
class B:
    def __str__(self):
        return 'B-str'
class C(A):
    def __str__(self):
        return 'C-str'
    def __format__(self, spec):
        return f'C-format<{spec}>'
print(A(), str(A()), repr(A()), [A()])
print(str(B()), '%s' % B())
print(C(), repr(C()), f'{C()}', f'{C():xyz}', format(C(), '>3'))
print('{}'.format(C()), '{!r}'.format(C()), '%r' % C())
print([C(), C()], (C(),), {'k': C()})
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(A(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
