"""Module docstring for the test."""
def f():
    """Function docstring.

    More lines here.
    """
class C:
    """Class docstring."""
    def m(self):
        "Method docstring."
print(__doc__)
print(f.__doc__.splitlines()[0], len(f.__doc__.splitlines()))
print(C.__doc__, C.m.__doc__, C().m.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
print(type(int.__doc__).__name__)
