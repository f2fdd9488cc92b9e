class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    @classmethod
    def from_hex(cls, h):
        h = h.lstrip('#')
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    def to_hex(self):
        return '#{:02x}{:02x}{:02x}'.format(self.r, self.g, self.b)
    def __repr__(self):
        return f'{type(self).__name__}({self.r}, {self.g}, {self.b})'
    def __eq__(self, o):
        return (self.r, self.g, self.b) == (o.r, o.g, o.b)
class NamedColor(Color):
    pass
print(Color.from_hex('#ff8000'), Color.gray(128), NamedColor.from_hex('00ff7f'))
print(Color(255, 128, 0).to_hex(), Color.from_hex('#123456').to_hex())
print(Color.from_hex('ffffff') == Color.gray(255))
try:
    Color.from_hex('zz0000')
except ValueError as e:
    print(type(e).__name__, e)
