# attrs: attribute-heavy object code: many instance attributes read and
# written, inheritance, class attributes, properties, getattr/setattr
# and a small particle simulation on plain objects.
import sys

N = 480_000
if "--quick" in sys.argv[1:]:
    N = 2_000


class Body:
    gravity = -0.5

    def __init__(self, i):
        self.x = i % 97
        self.y = i % 89
        self.vx = (i % 7) - 3
        self.vy = (i % 5) - 2
        self.mass = 1 + i % 3
        self.alive = True
        self.bounces = 0

    def step(self):
        self.vy += self.gravity
        self.x += self.vx
        self.y += self.vy
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.5
            self.bounces += 1
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
            self.x = 0 if self.x < 0 else 100


class Heavy(Body):
    gravity = -1.0

    def __init__(self, i):
        Body.__init__(self, i)
        self.mass *= 10
        self.label = "heavy"


class Account:
    def __init__(self, owner):
        self._balance = 0
        self.owner = owner
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history += 1
        self._balance = value


class Record:
    pass


def main():
    bodies = [Body(i) if i % 4 else Heavy(i) for i in range(N // 40)]
    for _ in range(40):
        for b in bodies:
            b.step()
    sx = sum(b.x for b in bodies)
    sb = sum(b.bounces for b in bodies)
    print("bodies %.3f %d" % (sx, sb))

    acct = Account("ann")
    for i in range(N):
        acct.balance = acct.balance + (i & 7) - 3
    print("account", acct.balance, acct.history, acct.owner)

    names = ["f%d" % k for k in range(12)]
    recs = []
    for i in range(N // 12):
        r = Record()
        for k, nm in enumerate(names):
            setattr(r, nm, i + k)
        recs.append(r)
    total = 0
    for r in recs:
        total += r.f0 + r.f5 + r.f11
        total += getattr(r, names[3])
        if hasattr(r, "missing"):
            total -= 1
    print("records", total, len(vars(recs[-1])))

    p = Record()
    p.a = 0
    p.b = 1
    for i in range(N * 2):
        p.a, p.b = p.b, (p.a + p.b) % 1000003
    print("pair", p.a, p.b)
    print("classes", Body.gravity, Heavy.gravity, bodies[0].label,
          type(bodies[1]).__name__, isinstance(bodies[0], Body))


main()
