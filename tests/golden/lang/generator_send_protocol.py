def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
g = running_max()
print(g.send(None))
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    print(g.send(v), end=' ')
print()
def tally():
    counts = {}
    try:
        while True:
            word = yield
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        print('final counts', sorted(counts.items()))
t = tally()
next(t)
for w in 'a b a c b a'.split():
    t.send(w)
t.close()
print(t.gi_frame is None)
