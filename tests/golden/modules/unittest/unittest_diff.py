import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
for a, b in [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 3]), ((1, 'x'), (1, 'y', 5)), ({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
             ('one\ntwo\nthree\n', 'one\nTWO\nthree\n'), ('hello', 'help'), ({1, 2}, {1, 3}), (list(range(100)), list(range(1, 101)))]:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(e)
        print('--')
t.maxDiff = None
try:
    t.assertEqual(list(range(30)), list(range(1, 31)))
except AssertionError as e:
    print(e)
