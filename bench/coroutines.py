# coroutines: generator-based coroutines driven by send(): a running
# averager, a tokenizer/parser pipeline and a round-robin scheduler.
import sys

N = 2_000_000
if "--quick" in sys.argv[1:]:
    N = 3_000


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, total
        total += value
        count += 1
        average = total / count


def primed(gen):
    next(gen)
    return gen


def sink(results):
    while True:
        item = yield
        results.append(item)


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


def counter(target):
    n = 0
    while True:
        item = yield n
        n += 1
        target.send((n, item))


def tokenizer(target):
    # receives characters, sends complete words on
    word = []
    while True:
        ch = yield
        if ch == " " or ch == ".":
            if word:
                target.send("".join(word))
                word = []
        else:
            word.append(ch)


def word_stats(stats):
    while True:
        w = yield
        stats[len(w)] = stats.get(len(w), 0) + 1


def task(name, steps, log):
    for i in range(steps):
        got = yield (name, i)
        if got is not None:
            log.append((name, got))


def scheduler(tasks):
    queue = []
    for t in tasks:
        next(t)
        queue.append(t)
    turns = 0
    value = None
    while queue:
        t = queue.pop(0)
        try:
            t.send(value)
            value = turns % 7 if turns % 5 == 0 else None
            turns += 1
            queue.append(t)
        except StopIteration:
            pass
    return turns


def main():
    avg = primed(averager())
    last = None
    for i in range(N):
        last = avg.send((i * 37) % 101)
    try:
        avg.send(None)
    except StopIteration as e:
        count, total = e.value
    print("average %.6f count %d total %.1f" % (last, count, total))

    results = []
    pipe = primed(grep("7", primed(sink(results))))
    for i in range(N // 2):
        pipe.send(str(i))
    print("grep", len(results), results[-1])

    stats = {}
    tok = primed(tokenizer(primed(word_stats(stats))))
    text = "the quick brown fox jumps over the lazy dog. pack my box with five dozen liquor jugs. "
    for _ in range(N // 300):
        for ch in text:
            tok.send(ch)
    print("words", sorted(stats.items()))

    got = []
    c = primed(counter(primed(sink(got))))
    for i in range(1000):
        c.send(i * i)
    print("counter", got[-1], len(got))

    log = []
    tasks = [task("t%d" % k, 200 + k * 37, log) for k in range(40)]
    turns = scheduler(tasks)
    print("scheduler turns", turns, "log", len(log), log[:3], log[-1])

    g = averager()
    next(g)
    g.close()
    try:
        g.send(1)
    except StopIteration:
        print("closed coroutine raises StopIteration")


main()
