import unittest, io, re, sys

class Sample(unittest.TestCase):
    def test_a(self):
        self.assertEqual(2 + 2, 4)
    def test_b(self):
        """Check b."""
        self.assertIn('b', 'abc')
    @unittest.skipIf(True, 'not now')
    def test_c(self):
        pass
    def test_d(self):
        self.assertEqual([1, 2], [1, 3])

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

def run(argv):
    buf = io.StringIO()
    prog = unittest.main(module='__main__', argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf, verbosity=2 if '-v' in argv else 1))
    print(re.sub(r'in \d+\.\d+s', 'in T', buf.getvalue()))
    print(prog.result.wasSuccessful(), prog.result.testsRun)

run(['prog'])
run(['prog', '-v', 'Sample.test_a', 'Sample.test_b'])
run(['prog', '-k', 'test_b'])
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
s = loader.loadTestsFromName('__main__.Sample.test_a')
print(s.countTestCases(), list(s))
suite = unittest.TestSuite([Sample('test_a'), Sample('test_b')])
suite.addTest(unittest.FunctionTestCase(lambda: None, description='fn test'))
r = unittest.TestResult()
suite.run(r)
print(r, r.wasSuccessful())
try:
    suite.addTest(Sample)
except TypeError as e:
    print('TypeError', e)
