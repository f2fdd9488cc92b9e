def handle(msg):
    match msg:
        case {'type': 'move', 'x': x, 'y': y}:
            return f'move to {x},{y}'
        case {'type': 'say', 'text': str(t)}:
            return f'say {t!r}'
        case {'type': 'multi', **rest}:
            return f'multi with {sorted(rest)}'
        case {}:
            return 'some dict'
        case _:
            return 'not a dict'
print(handle({'type': 'move', 'x': 1, 'y': 2, 'extra': 0}))
print(handle({'type': 'say', 'text': 'hi'}))
print(handle({'type': 'say', 'text': 5}))
print(handle({'type': 'multi', 'a': 1, 'b': 2}))
print(handle([]))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {'missing': v}:
        print('matched', v)
    case _:
        print('defaultdict: no auto-insert', dict(dd))
