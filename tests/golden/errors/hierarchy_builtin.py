names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
         'FloatingPointError', 'LookupError', 'IndexError', 'KeyError', 'ValueError',
         'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'TypeError', 'NameError',
         'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError',
         'NotImplementedError', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit',
         'KeyboardInterrupt', 'SystemExit', 'OSError', 'FileNotFoundError', 'PermissionError',
         'FileExistsError', 'IsADirectoryError', 'NotADirectoryError', 'TimeoutError',
         'ConnectionError', 'BrokenPipeError', 'ImportError', 'ModuleNotFoundError',
         'AssertionError', 'EOFError', 'MemoryError', 'SyntaxError', 'IndentationError',
         'TabError', 'SystemError', 'BufferError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'ExceptionGroup', 'BaseExceptionGroup', 'ReferenceError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', cls.__mro__[1].__name__)
