try:
    undefined_variable
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    print(later)
    later = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def inner():
        return free
    try:
        return inner()
    finally:
        pass
    free = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
try:
    del not_defined_either
except NameError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        return undefined_in_method
try:
    C().m()
except NameError as e:
    print(type(e).__name__, e)
