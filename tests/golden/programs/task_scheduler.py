class Task:
    _ids = 0

    def __init__(self, name, gen, priority=0):
        Task._ids += 1
        self.id = Task._ids
        self.name = name
        self.gen = gen
        self.priority = priority
        self.sendval = None
        self.result = None

    def __repr__(self):
        return f'Task({self.id}, {self.name!r})'


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, name, gen):
        self.name, self.gen = name, gen


class Join:
    def __init__(self, task_id):
        self.task_id = task_id


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.tasks = {}
        self.clock = 0
        self.trace = []
        self.results = {}

    def spawn(self, name, gen, priority=0):
        t = Task(name, gen, priority)
        self.tasks[t.id] = t
        self.ready.append(t)
        return t.id

    def _finish(self, task, value):
        task.result = value
        self.results[task.id] = value
        del self.tasks[task.id]
        self.trace.append(f'{self.clock}: {task.name} done -> {value!r}')
        for w in self.waiting.pop(task.id, []):
            w.sendval = value
            self.ready.append(w)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, _, _ in self.sleeping)
            woken = [s for s in self.sleeping if s[0] <= self.clock]
            self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
            for _, _, t in sorted(woken, key=lambda s: (s[0], s[1])):
                self.ready.append(t)
            self.ready.sort(key=lambda t: -t.priority)
            task = self.ready.pop(0)
            try:
                req = task.gen.send(task.sendval)
            except StopIteration as e:
                self._finish(task, e.value)
                continue
            except Exception as e:
                self._finish(task, f'crashed: {type(e).__name__}: {e}')
                continue
            task.sendval = None
            if isinstance(req, Sleep):
                self.sleeping.append((self.clock + req.ticks, task.id, task))
            elif isinstance(req, Spawn):
                task.sendval = self.spawn(req.name, req.gen)
                self.ready.append(task)
            elif isinstance(req, Join):
                if req.task_id in self.tasks:
                    self.waiting.setdefault(req.task_id, []).append(task)
                else:
                    task.sendval = self.results.get(req.task_id)
                    self.ready.append(task)
            else:
                self.trace.append(f'{self.clock}: {task.name} says {req}')
                self.ready.append(task)
            self.clock += 1


def worker(name, n, delay):
    total = 0
    for i in range(n):
        yield f'{name} step {i}'
        yield Sleep(delay)
        total += i
    return total


def parent():
    a = yield Spawn('child-a', worker('a', 2, 3))
    b = yield Spawn('child-b', worker('b', 3, 1))
    ra = yield Join(a)
    rb = yield Join(b)
    return ra + rb


def crasher():
    yield 'about to fail'
    raise RuntimeError('boom')


s = Scheduler()
s.spawn('parent', parent(), priority=1)
s.spawn('crasher', crasher())
s.spawn('solo', worker('solo', 2, 2), priority=5)
s.run()
for line in s.trace:
    print(line)
print('final clock', s.clock, 'remaining', s.tasks)
