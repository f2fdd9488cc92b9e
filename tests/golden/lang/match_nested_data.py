events = [
    {'type': 'click', 'pos': (10, 20), 'button': 'left'},
    {'type': 'click', 'pos': (0, 0), 'button': 'right'},
    {'type': 'key', 'key': 'q', 'mods': ['ctrl']},
    {'type': 'key', 'key': 'a', 'mods': []},
    {'type': 'scroll', 'delta': -3},
    {'type': 'resize', 'size': [800, 600]},
    {'oops': True},
    ('legacy', 1, 2),
]
for ev in events:
    match ev:
        case {'type': 'click', 'pos': (0, 0)}:
            print('click at origin')
        case {'type': 'click', 'pos': (x, y), 'button': 'left' | 'middle' as b}:
            print(f'{b} click at {x},{y}')
        case {'type': 'click', 'button': b}:
            print(f'other click {b}')
        case {'type': 'key', 'key': 'q', 'mods': ['ctrl', *_]}:
            print('quit shortcut')
        case {'type': 'key', 'key': str(k), 'mods': []}:
            print(f'plain key {k}')
        case {'type': 'scroll', 'delta': int(d)} if d < 0:
            print(f'scroll up by {-d}')
        case {'type': 'resize', 'size': [w, h]}:
            print(f'resize {w}x{h}')
        case ('legacy', *args):
            print('legacy event', args)
        case _:
            print('unknown', ev)
