def run(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return f'going {d}'
        case ['go', other]:
            return f'cannot go {other}'
        case ['take', *items] if items:
            return 'taking ' + ', '.join(items)
        case ['take']:
            return 'take what?'
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'say something'
        case [verb, *_]:
            return f'unknown verb {verb}'
for c in ['go north', 'go up', 'take lamp key', 'take', 'quit', 'exit', '', 'dance wildly']:
    print(repr(c), '->', run(c))
