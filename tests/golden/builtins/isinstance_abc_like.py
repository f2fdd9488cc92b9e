print(isinstance([], (list, dict)), isinstance((), list), isinstance(range(3), range))
print(isinstance(1.0, (int, float)), isinstance('s', (bytes, bytearray)), isinstance(b's', (bytes, bytearray)))
print(all(isinstance(x, object) for x in [1, 'a', None, int, object]))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), isinstance(WithMeta(), Meta))
print(issubclass(Meta, type), issubclass(WithMeta, object), type(WithMeta).__name__)
