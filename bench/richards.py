# richards: Martin Richards' operating-system simulation benchmark.
# A scheduler runs an idle task, a worker, two handlers and two devices
# that pass packets to each other; prints the queue and hold counts.
import sys

ITERATIONS = 30
if "--quick" in sys.argv[1:]:
    ITERATIONS = 1

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUF_LEN = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_LEN

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.head = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.link = self.head
        self.head = task

    def run(self):
        t = self.head
        while t is not None:
            if t.holding or (t.waiting and not t.pending):
                t = t.link
            else:
                t = t.step()


class Task:
    def __init__(self, sched, ident, prio, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = None
        sched.add(self)

    def step(self):
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            self.pending = self.queue is not None
        else:
            pkt = None
        return self.work(pkt)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.holding = False
        return t if t.prio > self.prio else self

    def send(self, pkt):
        t = self.sched.tasks[pkt.dest]
        self.sched.queue_count += 1
        pkt.link = None
        pkt.dest = self.ident
        return t.receive(pkt, self)

    def receive(self, pkt, sender):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            return self if self.prio > sender.prio else sender
        pkt.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False, False)
        self.seed = 1
        self.count = count

    def work(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True, True)
        self.target = HANDLER_A
        self.letter = 0

    def work(self, pkt):
        if pkt is None:
            return self.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        for i in range(BUF_LEN):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = 64 + self.letter
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True, True)
        self.jobs = None
        self.devices = None

    def work(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.jobs = pkt.append_to(self.jobs)
            else:
                self.devices = pkt.append_to(self.devices)
        job = self.jobs
        if job is not None:
            n = job.datum
            if n < BUF_LEN:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = job.data[n]
                    job.datum = n + 1
                    return self.send(dev)
            else:
                self.jobs = job.link
                return self.send(job)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, False, True)
        self.held = None

    def work(self, pkt):
        if pkt is None:
            if self.held is None:
                return self.wait()
            p = self.held
            self.held = None
            return self.send(p)
        self.held = pkt
        return self.hold()


def one_run():
    s = Scheduler()
    IdleTask(s, 10000)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def main():
    results = set()
    for _ in range(ITERATIONS):
        results.add(one_run())
    for qc, hc in sorted(results):
        print("queue_count", qc, "hold_count", hc,
              "ok" if (qc, hc) == (23246, 9297) else "WRONG")


main()
