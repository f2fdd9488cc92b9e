LOG = """2024-01-05 10:00:01 INFO  web    request /home 200 12ms
2024-01-05 10:00:02 INFO  web    request /login 200 40ms
2024-01-05 10:00:02 WARN  auth   slow password hash 310ms
2024-01-05 10:00:03 ERROR db     connection reset
2024-01-05 10:00:04 INFO  web    request /home 200 9ms
this line is garbage
2024-01-05 10:00:05 INFO  web    request /api/items 500 120ms
2024-01-05 10:00:06 ERROR web    handler crashed: KeyError 'id'
2024-01-05 10:00:07 DEBUG cache  hit ratio 0.93
2024-01-05 10:00:08 INFO  web    request /home 304 3ms
"""


def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(numbered):
    for n, line in numbered:
        parts = line.split(None, 4)
        if len(parts) < 5 or parts[2] not in ('DEBUG', 'INFO', 'WARN', 'ERROR'):
            print(f'  [skip line {n}: {line[:20]!r}]')
            continue
        date, time, level, source, msg = parts
        yield {'n': n, 'time': time, 'level': level, 'source': source, 'msg': msg}


def only(levels, records):
    return (r for r in records if r['level'] in levels)


def requests(records):
    for r in records:
        if r['msg'].startswith('request '):
            _, path, status, ms = r['msg'].split()
            yield path, int(status), int(ms.rstrip('ms'))


def counted(it, counter, key):
    for x in it:
        counter[key(x)] = counter.get(key(x), 0) + 1
        yield x


print('errors and warnings:')
for r in only({'ERROR', 'WARN'}, parse(lines(LOG))):
    print(f"  line {r['n']:>2} {r['time']} {r['level']:<5} {r['source']}: {r['msg']}")
print('requests:')
levels = {}
stats = {}
for path, status, ms in requests(counted(parse(lines(LOG)), levels, lambda r: r['level'])):
    s = stats.setdefault(path, {'count': 0, 'total_ms': 0, 'statuses': []})
    s['count'] += 1
    s['total_ms'] += ms
    s['statuses'].append(status)
for path in sorted(stats, key=lambda p: (-stats[p]['count'], p)):
    s = stats[path]
    print(f"  {path:<11} n={s['count']} avg={s['total_ms'] / s['count']:.1f}ms statuses={s['statuses']}")
print('levels:', dict(sorted(levels.items())))
slowest = max(requests(parse(lines(LOG))), key=lambda t: t[2])
print('slowest:', slowest)
gen = parse(lines(LOG))
print(type(gen).__name__, next(gen)['time'], next(gen)['msg'])
