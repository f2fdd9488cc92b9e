import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, 'passed')
    except AssertionError as e:
        print(name, 'AssertionError:', e)
    except Exception as e:
        print(name, type(e).__name__, e)

check('assertTrue', 0)
check('assertTrue', 1)
check('assertFalse', [1])
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertNotEqual', 3, 3)
check('assertIn', 1, [2])
check('assertNotIn', 1, [1])
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1, places=2)
check('assertNotAlmostEqual', 1.0, 1.0)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertRegex', 'hello', 'x+')
check('assertNotRegex', 'hello', 'l+')
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1]], [[2]])
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, [1])
check('assertDictEqual', {'a': 1}, [])
check('assertMultiLineEqual', 1, 'x')
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1,), (1,))
check('assertSequenceEqual', [1], (1,))
check('assertRaises', ValueError, int, '5')
check('assertRaises', 5)
check('assertRaisesRegex', ValueError, 'abc', int, 'x')
with t.assertRaises(KeyError) as cm:
    {}['q']
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(KeyError, msg='mine'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises((KeyError, IndexError)):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(KeyError):
        raise ValueError('propagates')
except ValueError as e:
    print('ValueError:', e)
with t.assertRaisesRegex(ValueError, 'inv.lid'):
    int('z')
try:
    with t.assertRaisesRegex(ValueError, 'nomatch'):
        int('z')
except AssertionError as e:
    print('AssertionError:', e)
import warnings
with t.assertWarns(UserWarning) as cm:
    warnings.warn('careful')
print(cm.warning)
check('fail', 'boom')
t.longMessage = False
check('assertEqual', 1, 2, 'only custom')
import logging
with t.assertLogs('lg', level='INFO') as cm:
    logging.getLogger('lg').info('one %d', 1)
    logging.getLogger('lg.sub').warning('two')
print(cm.output)
try:
    with t.assertLogs('lg2'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
