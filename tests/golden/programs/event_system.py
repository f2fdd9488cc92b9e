class EventBus:
    def __init__(self):
        self._handlers = {}
        self.history = []

    def on(self, event, priority=0):
        def register(fn):
            self._handlers.setdefault(event, []).append((priority, len(self._handlers.get(event, [])), fn))
            self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def off(self, event, fn):
        before = len(self._handlers.get(event, []))
        self._handlers[event] = [h for h in self._handlers.get(event, []) if h[2] is not fn]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        results = []
        for _, _, fn in self._handlers.get(event, []):
            try:
                r = fn(*args, **kwargs)
            except StopPropagation as sp:
                results.append(f'stopped by {fn.__name__}: {sp}')
                break
            except Exception as e:
                results.append(f'{fn.__name__} failed: {type(e).__name__}: {e}')
                continue
            results.append(r)
        return results


class StopPropagation(Exception):
    pass


bus = EventBus()
audit = []


@bus.on('login')
def greet(user):
    return f'welcome {user}'


@bus.on('login', priority=10)
def check_banned(user):
    if user == 'mallory':
        raise StopPropagation('banned user')
    return 'ok'


@bus.on('login', priority=5)
def record(user):
    audit.append(user)
    return f'recorded {len(audit)}'


@bus.on('purchase')
def charge(user, amount, currency='EUR'):
    if amount <= 0:
        raise ValueError('bad amount')
    return f'{user} charged {amount:.2f} {currency}'


def make_counter(bus, event):
    count = 0

    def counter(*a, **k):
        nonlocal count
        count += 1
        return f'{event} #{count}'
    bus.on(event, priority=-1)(counter)
    return lambda: count


purchase_count = make_counter(bus, 'purchase')
print(bus.emit('login', 'alice'))
print(bus.emit('login', 'mallory'))
print(bus.emit('purchase', 'alice', 9.5))
print(bus.emit('purchase', 'bob', 0))
print(bus.emit('purchase', 'carol', 3, currency='USD'))
print(bus.emit('logout', 'alice'))
print(purchase_count(), audit)
print(bus.off('login', greet), bus.off('login', greet))
print(bus.emit('login', 'dave'))
print(bus.history)
