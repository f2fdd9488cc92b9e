import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 29, 0, 38))
a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(True)
b = 'zero\none\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine!\nten\n'.splitlines(True)
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.unified_diff(a, b, n=1, fromfiledate='d1', tofiledate='d2')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(['x'], ['x'])))
d = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(1), 'ore\ntree\nemu\n'.splitlines(1)))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)), end='')
print(''.join(difflib.restore(d, 2)), end='')
print(''.join(difflib.Differ().compare(['abcdefg\n', 'same\n'], ['abcxefg\n', 'same\n', 'new\n'])), end='')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'for', 'with', 'import', 'if', 'wheel'], n=2, cutoff=0.5))
for bad in [dict(n=0), dict(cutoff=2)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print('TypeError', e)
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '))
long_a = [str(i % 7) for i in range(300)]
long_b = [str(i % 5) for i in range(300)]
s = difflib.SequenceMatcher(None, long_a, long_b)
print(round(s.ratio(), 6), len(s.get_opcodes()), sorted(s.bpopular))
s2 = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(round(s2.ratio(), 6), len(s2.get_opcodes()))
print(list(s.get_grouped_opcodes(1))[:2])
