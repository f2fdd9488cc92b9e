"""unittest: the Python unit testing framework (pith).

Test cases, suites, loaders, the text runner and `pith -m unittest`,
written for pith from the documented behaviour of CPython 3.11.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite,
                     getTestCaseNames, findTestCases)
from .main import main
from .runner import TextTestRunner, TextTestResult

_interrupt_results = []


def installHandler():
    pass


def registerResult(result):
    _interrupt_results.append(result)


def removeResult(result):
    try:
        _interrupt_results.remove(result)
        return True
    except ValueError:
        return False


def removeHandler(method=None):
    if method is not None:
        return method


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("unittest.IsolatedAsyncioTestCase is not "
                             "available in pith yet")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
