from pkg_circ import a
from pkg_circ import ORDER, b
print(ORDER)
print(a.A_VALUE, b.B_VALUE, b.late())
