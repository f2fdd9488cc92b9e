def safe_int(s, default=0):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
print([safe_int(x) for x in ['1', 'x', None, '  7 ', 3.9]])
def first_key(d, *keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            continue
    raise KeyError(keys)
print(first_key({'b': 2}, 'a', 'b'))
try:
    first_key({}, 'a', 'b')
except KeyError as e:
    print('KeyError', e)
class Retry(Exception): pass
attempts = []
def flaky():
    attempts.append(1)
    if len(attempts) < 3:
        raise Retry(len(attempts))
    return 'succeeded after %d' % len(attempts)
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as r:
        print('retry', r)
class suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.excs)
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
