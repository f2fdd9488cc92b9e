class Employee:
    raise_rate = 0.03
    _registry = []

    def __init__(self, name, salary, manager=None):
        self.name = name
        self._salary = salary
        self.manager = manager
        self.reports = []
        if manager is not None:
            manager.reports.append(self)
        Employee._registry.append(self)

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        if value < 0:
            raise ValueError(f'negative salary for {self.name}')
        self._salary = value

    def title(self):
        raise NotImplementedError(f'{type(self).__name__} must define title()')

    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_rate), 2)

    def chain(self):
        out, cur = [], self.manager
        while cur:
            out.append(cur.name)
            cur = cur.manager
        return out

    def headcount(self):
        return 1 + sum(r.headcount() for r in self.reports)

    def payroll(self):
        return self.salary + sum(r.payroll() for r in self.reports)

    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, {self.salary})'


class Engineer(Employee):
    def __init__(self, name, salary, manager=None, level=1):
        super().__init__(name, salary, manager)
        self.level = level

    def title(self):
        return ['Junior', 'Mid', 'Senior', 'Staff'][self.level - 1] + ' Engineer'


class Manager(Employee):
    raise_rate = 0.05

    def title(self):
        return f'Manager of {len(self.reports)}'


class Director(Manager):
    raise_rate = 0.07

    def title(self):
        return 'Director (' + super().title() + ')'


class Intern(Employee):
    pass


def org_chart(emp, depth=0):
    try:
        t = emp.title()
    except NotImplementedError as e:
        t = f'<{e}>'
    lines = [f"{'  ' * depth}{emp.name}: {t} [{emp.salary:,.2f}]"]
    for r in sorted(emp.reports, key=lambda e: e.name):
        lines.extend(org_chart(r, depth + 1))
    return lines


ceo = Director('Grace', 250000)
m1 = Manager('Alan', 150000, ceo)
m2 = Manager('Barbara', 155000, ceo)
e1 = Engineer('Dennis', 120000, m1, level=3)
e2 = Engineer('Ken', 110000, m1, level=2)
e3 = Engineer('Linus', 90000, m2)
i1 = Intern('Tim', 30000, e1)
print('\n'.join(org_chart(ceo)))
print(ceo.headcount(), f'{ceo.payroll():,.2f}', m1.headcount())
print(i1.chain(), e3.chain(), ceo.chain())
for e in Employee._registry:
    e.give_raise()
print(sorted(Employee._registry)[:3])
print(max(Employee._registry), min(Employee._registry, key=lambda e: e.name))
try:
    e3.salary = -1
except ValueError as e:
    print('ValueError:', e)
print([type(e).__mro__[1].__name__ for e in (ceo, m1, e1, i1)])
print(Director.raise_rate, Manager.raise_rate, Intern.raise_rate, isinstance(ceo, Manager))
by_type = {}
for e in Employee._registry:
    by_type.setdefault(type(e).__name__, []).append(e.name)
print(by_type)
