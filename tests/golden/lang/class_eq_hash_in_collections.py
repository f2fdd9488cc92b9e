class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
pts = [Pt(1, 2), Pt(1, 2), Pt(2, 1)]
print(len(set(pts)), pts.count(Pt(1, 2)), pts.index(Pt(2, 1)), Pt(2, 1) in pts)
d = {Pt(0, 0): 'origin'}
print(d[Pt(0, 0)], Pt(0, 0) in d, d.get(Pt(1, 1), 'none'))
print(sorted(set(pts), key=lambda p: (p.x, p.y)))
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, len({a, b, a}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
