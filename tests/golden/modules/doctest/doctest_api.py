import doctest
import os

# keep the reports independent of where the repository lives
__file__ = os.path.basename(__file__)


def f(x):
    """
    >>> f(2)
    4
    >>> f(3)
    10
    """
    return x * x


doctest.run_docstring_examples(f, {"f": f}, name="f")
print("---")
doctest.run_docstring_examples(f, {"f": f}, verbose=True, name="g")
print("---")

p = doctest.DocTestParser()
text = """
Some text.
    >>> a = 1
    >>> a + 1
    2
    >>> print('x')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    x
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'k'

trailing
"""
parts = p.parse(text, "t")
for part in parts:
    if isinstance(part, doctest.Example):
        print("EX", repr(part.source), repr(part.want), part.lineno, part.indent, part.options, repr(part.exc_msg))
    else:
        print("TXT", repr(part))
t = p.get_doctest(text, {}, "mytest", "file.txt", 10)
print(t, len(t.examples))
r = doctest.DocTestRunner(verbose=False)
res = r.run(t)
print(res)
r.summarize(verbose=True)

c = doctest.OutputChecker()
print(c.check_output("a ... z\n", "a b c z\n", doctest.ELLIPSIS))
print(c.check_output("a ... z\n", "a b c z\n", 0))
print(c.check_output("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE))
print(c.check_output("1\n", "True\n", 0), c.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1))
print(c.check_output("<BLANKLINE>\n", "\n", 0), c.check_output("<BLANKLINE>\n", "\n", doctest.DONT_ACCEPT_BLANKLINE))
print(c.check_output("...\n", "anything at all\n", doctest.ELLIPSIS))
ex = doctest.Example("print(1)", "2")
print(c.output_difference(ex, "1\n", 0), end="")
print(c.output_difference(doctest.Example("x", ""), "1\n", 0), end="")
print(c.output_difference(ex, "", 0), end="")
print(c.output_difference(ex, "a\n\nb\n", 0), end="")
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP, doctest.FAIL_FAST, doctest.COMPARISON_FLAGS)
try:
    p.parse(">>>x\n", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    p.parse(">>> x  # doctest: +BOGUS\n", "bad")
except ValueError as e:
    print("ValueError:", e)
finder = doctest.DocTestFinder()
tests = finder.find(f, "f", globs={"f": f})
print([(t.name, len(t.examples)) for t in tests])
r = doctest.DocTestRunner(verbose=False, optionflags=doctest.FAIL_FAST)
for t in tests:
    print(r.run(t))
