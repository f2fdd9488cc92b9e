def documented(a, b=1):
    """Docstring here."""
    return a
print(documented.__name__, documented.__doc__)
print(documented.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
documented.custom = 'attr'
print(documented.custom, documented.__dict__)
print(documented.__module__)
print(documented.__code__.co_name, documented.__code__.co_varnames)
class K:
    def m(self):
        pass
print(K.m.__qualname__, K().m.__name__)
print(callable(documented), type(documented).__name__)
def nodoc(): pass
print(nodoc.__doc__)
