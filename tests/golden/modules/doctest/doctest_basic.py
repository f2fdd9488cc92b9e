"""Module docstring.

>>> 1 + 1
2
"""
import doctest
import os

# keep the reports independent of where the repository lives
__file__ = os.path.basename(__file__)


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> x = add(2, 2)
    >>> x
    4
    >>> print("line1\\nline2")
    line1
    line2
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> print("")
    <BLANKLINE>
    >>> True
    1
    """
    return a + b


def wrong():
    """A failing example.

    >>> wrong()
    42
    >>> print("a\\nb")
    a
    c
    >>> None
    >>> 5
    >>> print(end="")
    7
    """
    return 41


def options():
    """Option flags.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n  c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> raise ValueError("x y")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other
    >>> undefined_thing  # doctest: +SKIP
    nothing
    >>> list(range(20))
    [0, 1, ..., 19]
    """


class Klass:
    """A class.

    >>> Klass().meth()
    'meth'
    """

    def meth(self):
        """
        >>> 2 * 3
        6
        """
        return "meth"

    def nodoc(self):
        return 1

    @staticmethod
    def smeth():
        """>>> Klass.smeth()
        'static'
        """
        return "static"

    @property
    def prop(self):
        """
        >>> Klass().prop
        'p'
        """
        return "p"


def nodoc():
    pass


if __name__ == "__main__":
    r = doctest.testmod()
    print(r, r.failed, r.attempted)
    print("--- verbose, NORMALIZE_WHITESPACE|ELLIPSIS")
    r = doctest.testmod(verbose=True, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    print(r)
