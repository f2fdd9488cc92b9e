def f():
    pass
class C:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(f(), C.__name__)
def g():
    """only docstring"""
print(g(), g.__doc__)
def h(): ...
print(h())
