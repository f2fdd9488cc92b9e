for w in [0, 3, 6, 7]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '-')), repr('ab'.center(w, '*')))
print('|' + 'title'.center(20, '=') + '|')
print('\n'.join(s.rjust(8) for s in ['1', '22', '333']))
print('é'.center(5, '·'), '日本'.ljust(4, '_'), repr(''.rjust(2)))
