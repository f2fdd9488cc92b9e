import unittest, io, re

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')
    def setUp(self):
        self.x = 1
        self.addCleanup(print, 'cleanup', self._testMethodName)
    def tearDown(self):
        print('tearDown', self._testMethodName)
    def test_ok(self):
        """A documented test."""
        self.assertEqual(self.x, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise KeyError('k')
    @unittest.skip('because')
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_skip_inside(self):
        self.skipTest('later')

def strip(s):
    return re.sub(r'in \d+\.\d+s', 'in T', s)

for v in (0, 1, 2):
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(T)
    print(suite.countTestCases())
    r = unittest.TextTestRunner(stream=buf, verbosity=v).run(suite)
    print(strip(buf.getvalue()))
    print(r, r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses))
print(T('test_ok').id(), str(T('test_ok')), repr(T('test_ok')), T('test_ok').shortDescription())
try:
    T('nope')
except ValueError as e:
    print('ValueError', e)
