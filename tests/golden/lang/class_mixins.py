class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in sorted(vars(self).items()):
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return '{' + ', '.join(parts) + '}'
class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __hash__(self):
        return hash(self._key())
class ReprMixin:
    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({args})'
class User(JsonMixin, CompareMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
u = User('ann', 30)
print(u, u.to_json())
print(u == User('ann', 30), u == User('bob', 30), len({u, User('ann', 30)}))
print([c.__name__ for c in User.__mro__])
