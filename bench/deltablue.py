# deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson
# and Maloney). Builds a long chain of equality constraints and a
# projection of scale/offset constraints, edits inputs and checks that
# the plan propagates the new values.
import sys

SIZE = 1000
ROUNDS = 30
if "--quick" in sys.argv[1:]:
    SIZE = 50
    ROUNDS = 1


class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger_than(self, other):
        return self.level < other.level

    def weaker_than(self, other):
        return self.level > other.level

    def weaker(self):
        return LEVELS[self.level + 1]

    def __repr__(self):
        return self.name


LEVELS = [Strength(i, n) for i, n in enumerate(
    ["required", "strong_preferred", "preferred", "strong_default",
     "normal", "weak_default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, \
    WEAK_DEFAULT, WEAKEST = LEVELS


def weakest_of(a, b):
    return a if a.weaker_than(b) else b


NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def install(self):
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        Constraint.__init__(self, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = (v.mark != mark
                          and self.strength.stronger_than(v.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self.var is not None:
            self.var.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        Constraint.__init__(self, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.install()

    def choose_method(self, mark):
        v1 = self.v1
        v2 = self.v2
        s = self.strength
        if v1.mark == mark:
            if v2.mark != mark and s.stronger_than(v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif v2.mark == mark:
            if v1.mark != mark and s.stronger_than(v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif v1.walk_strength.weaker_than(v2.walk_strength):
            self.direction = BACKWARD if s.stronger_than(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.direction = NONE
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints
                               if c.is_input() and c.is_satisfied()])

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


planner = None


def chain_test(n):
    global planner
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i, 0)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT)
    edit = EditConstraint(first, PREFERRED)
    plan = planner.plan_for([edit])
    bad = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            bad += 1
    return len(plan.steps), last.value, bad


def change(v, value):
    edit = EditConstraint(v, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        v.value = value
        plan.execute()
    edit.destroy()


def projection_test(n):
    global planner
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    results = []
    change(src, 17)
    results.append(dst.value)
    change(dst, 1050)
    results.append(src.value)
    change(scale, 5)
    results.append(sum(d.value for d in dests[:-1]))
    results.append(all(dests[i].value == i * 5 + 1000 for i in range(n - 1)))
    change(offset, 2000)
    results.append(sum(d.value for d in dests[:-1]))
    results.append(all(dests[i].value == i * 5 + 2000 for i in range(n - 1)))
    return results


def main():
    for r in range(ROUNDS):
        n = SIZE + r * 10
        print("chain", n, chain_test(n))
        print("projection", n, projection_test(n))


main()
