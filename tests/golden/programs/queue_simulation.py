class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival


def simulate(n_tellers, n_customers, seed):
    rng = LCG(seed)
    t = 0
    customers = []
    for i in range(n_customers):
        t += rng.randint(0, 4)
        customers.append(Customer(i, t, rng.randint(2, 9)))
    tellers = [0] * n_tellers
    busy_time = [0] * n_tellers
    for c in customers:
        idx = min(range(n_tellers), key=lambda k: (tellers[k], k))
        c.start = max(c.arrival, tellers[idx])
        tellers[idx] = c.start + c.service
        busy_time[idx] += c.service
    end = max(tellers)
    waits = [c.wait for c in customers]
    return {
        'tellers': n_tellers,
        'avg_wait': round(sum(waits) / len(waits), 2),
        'max_wait': max(waits),
        'end_time': end,
        'utilization': [round(b / end, 3) for b in busy_time],
    }


for k in (1, 2, 3, 4):
    r = simulate(k, 50, seed=2024)
    print(f"tellers={r['tellers']} avg_wait={r['avg_wait']:>6} max_wait={r['max_wait']:>4} end={r['end_time']:>4} util={r['utilization']}")
rng = LCG(7)
print([rng.randint(1, 6) for _ in range(20)])
print([rng.choice('HT') for _ in range(20)])
hist = {}
for _ in range(6000):
    v = rng.randint(1, 6)
    hist[v] = hist.get(v, 0) + 1
print(sorted(hist), sum(hist.values()))
