print(repr(str(Exception())), repr(str(Exception(''))), repr(str(Exception(None))))
print(str(Exception(1, 2)), str(Exception((1, 2))), str(Exception([1])))
print(repr(KeyError('a b')), str(KeyError('a b')), str(KeyError()), str(KeyError(1, 2)))
print(repr(ValueError('x', 'y')), repr(OSError(5, 'msg')), str(OSError(5, 'msg')))
print(str(UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')))
print(str(SyntaxError('msg', ('file.py', 3, 7, 'bad line'))))
print(repr(StopIteration(5)), repr(SystemExit(2)), repr(KeyboardInterrupt()))
class E(Exception):
    def __init__(self):
        super().__init__('fixed message')
print(str(E()), repr(E()), E().args)
class F(Exception):
    def __repr__(self):
        return 'F!'
print(repr(F('a')), str(F('a')))
