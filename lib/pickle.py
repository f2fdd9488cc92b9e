"""pickle: serialise Python objects to bytes and back.

A pure-Python implementation of the pickle wire format, protocols 0-5
(PEP 307, PEP 3154, PEP 574).  The Pickler aims to produce exactly the
bytes CPython 3.11's C pickler produces for the same objects; the
Unpickler accepts every documented opcode.

Layout: constants and opcodes, exceptions, helpers (long encoding,
text escapes, global lookup), Pickler (save_* methods registered in a
type dispatch table), Unpickler (load_* methods in an opcode-indexed
list), then the dumps/loads convenience functions.
"""

import sys
import copyreg
from copyreg import dispatch_table
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
           "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE",
           "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# --- opcodes (the documented pickle instruction set) ----------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]


# --- PickleBuffer ----------------------------------------------------------

class PickleBuffer:
    """Wrapper marking a buffer for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return memoryview(self._obj).cast('B')

    def release(self):
        self._obj = None

    def __buffer__(self, flags=0):
        return memoryview(self._obj)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


def _buffer_info(buf):
    # (data as bytes, readonly flag) for a PickleBuffer's underlying object.
    obj = buf._obj
    if obj is None:
        raise ValueError("operation forbidden on released PickleBuffer object")
    if isinstance(obj, bytes):
        return obj, True
    if isinstance(obj, bytearray):
        return bytes(obj), False
    m = memoryview(obj)
    return m.tobytes(), m.readonly


# --- compatibility name mappings (Python 2 <-> 3), protocols 0-2 -----------

_IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser',
    'repr': 'reprlib', 'cPickle': 'pickle', 'StringIO': 'io',
    'cStringIO': 'io', '_abcoll': 'collections.abc', 'UserDict': 'collections',
    'UserList': 'collections', 'UserString': 'collections',
    'thread': '_thread', 'dummy_thread': '_dummy_thread',
    'httplib': 'http.client', 'urlparse': 'urllib.parse',
    'htmlentitydefs': 'html.entities', 'exceptions': 'builtins',
    'itertools': 'itertools', 'whichdb': 'dbm', 'anydbm': 'dbm',
}

_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
    ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}

# Exception classes that lived in the Python 2 'exceptions' module.
_PY2_EXCEPTIONS = (
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
    'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning',
    'ReferenceError', 'RuntimeError', 'RuntimeWarning', 'StopIteration',
    'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
    'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
    'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
    'ZeroDivisionError',
)
for _name in _PY2_EXCEPTIONS:
    _NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
_NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')

# Pickling at protocols 0-2 with fix_imports renames Python 3 modules and
# globals to their Python 2 spelling.
_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
    'reprlib': 'repr', '_thread': 'thread', '_dummy_thread': 'dummy_thread',
    'http.client': 'httplib', 'html.entities': 'htmlentitydefs',
    'urllib.parse': 'urlparse', 'dbm': 'anydbm', 'collections.abc': '_abcoll',
}
_REVERSE_NAME_MAPPING = {
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
}
for _name in _PY2_EXCEPTIONS:
    _REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
# Python 3 exceptions that Python 2 only knew by their base class.
for _name in ('BlockingIOError', 'BrokenPipeError', 'ChildProcessError',
              'ConnectionAbortedError', 'ConnectionError',
              'ConnectionRefusedError', 'ConnectionResetError',
              'FileExistsError', 'FileNotFoundError', 'InterruptedError',
              'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
              'ProcessLookupError', 'TimeoutError'):
    _REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
_REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = \
    ('exceptions', 'ImportError')
del _name


# --- helpers ---------------------------------------------------------------

def _getattribute(obj, name):
    """Follow a dotted qualname from obj; return (value, parent)."""
    parent = None
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def whichmodule(obj, name):
    """Name of the module in which obj (called name) lives."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """Two's-complement little-endian bytes of x, as LONG1/LONG4 store it."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80):
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(s):
    # Protocol 0 UNICODE argument: latin-1 bytes, \uXXXX / \UXXXXXXXX for the
    # rest, and the characters that would break the line-based format escaped.
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            # An odd run of backslashes makes the escape active.
            j = i
            while j > 0 and s[j - 1] == '\\':
                j -= 1
            width = 4 if s[i + 1] == 'u' else 8
            digits = s[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError('rawunicodeescape', data, i, n,
                                         'truncated \\uXXXX escape')
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {
    ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7,
    ord('b'): 8, ord('f'): 12, ord('n'): 10, ord('r'): 13, ord('t'): 9,
    ord('v'): 11,
}


def _escape_decode(data):
    # Decode the backslash escapes of a Python 2 str literal body.
    if b'\\' not in data:
        return bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 1
        elif c == 0x0a:
            i += 1
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i:j], 8) & 0xff)
            i = j
        elif c == 0x78:
            digits = data[i + 1:i + 3]
            try:
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            i += 3
        else:
            out.append(0x5c)
            out.append(c)
            i += 1
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# --- Pickler ---------------------------------------------------------------

def _take_batch(it):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == _BATCHSIZE:
            break
    return batch


class _Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    dispatch = {}

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = None

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    # -- output and framing --
    # self._out collects the current frame (or the whole pickle when
    # framing is off); _frame_start marks where the current frame began.

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._out = []
        self._outlen = 0
        self._framing = self.proto >= 4
        self._pid = self._get_persistent_id()
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dtable = getattr(self, 'dispatch_table', dispatch_table)
        try:
            if self.proto >= 2:
                self._file_write(PROTO + bytes((self.proto,)))
            self.save(obj)
            self.write(STOP)
            self._commit_frame()
        finally:
            self._out = None

    def _get_persistent_id(self):
        pid = getattr(self, "persistent_id", None)
        if pid is None:
            return None
        func = getattr(pid, '__func__', None)
        if func is _Pickler.persistent_id:
            return None
        return pid

    def write(self, data):
        self._out.append(data)
        self._outlen += len(data)

    def _commit_frame(self):
        if not self._out:
            return
        data = b''.join(self._out)
        self._out = []
        self._outlen = 0
        if self._framing and len(data) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + _pack("<Q", len(data)) + data)
        else:
            self._file_write(data)

    def _write_large(self, header, payload):
        # Large payloads bypass the frame buffer (protocol 4+).
        if self._framing:
            self._commit_frame()
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header)
            self.write(payload)

    # -- memo --

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + _pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + _pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- the main entry point --

    def save(self, obj, save_persistent_id=True):
        # Frames end at an opcode boundary once they reach the target size.
        if self._framing and self._outlen >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        self._save(obj, save_persistent_id)

    def _save(self, obj, save_persistent_id):
        if self._pid is not None and save_persistent_id:
            pid = self._pid(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        t = type(obj)
        # Atomic builtins never reach reducer_override.
        if obj is None or t is bool or t is int or t is float:
            self.dispatch[t](self, obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        if t in _EXACT_TYPES:
            self.dispatch[t](self, obj)
            return

        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)

        if rv is NotImplemented:
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = self._dtable.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                if issubclass(t, type):
                    self.save_global(obj)
                    return
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("Can't pickle %r object: %r" %
                                            (t.__name__, obj))

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError("Tuple returned by %s must have two to six "
                                "elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                func = partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- per-type savers --

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
            if self.proto >= 2:
                data = encode_long(obj)
                n = len(data)
                if n < 256:
                    self.write(LONG1 + bytes((n,)) + data)
                else:
                    self.write(LONG4 + _pack("<i", n) + data)
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_bytes_data(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(BINBYTES + _pack("<I", n), obj)
        else:
            self.write(BINBYTES + _pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_ENCODE,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(bytes(obj))
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def _save_bytearray_data(self, obj):
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + _pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _pack("<Q", n) + bytes(obj))

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj)
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        data, readonly = _buffer_info(obj)
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if readonly:
                self._save_bytes_data(data)
            else:
                self._save_bytearray_data(data)
        else:
            self.write(NEXT_BUFFER)
            if readonly:
                self.write(READONLY_BUFFER)
    dispatch[PickleBuffer] = save_picklebuffer

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + _pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + _pack("<I", n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple is recursive: it was memoized while saving its items.
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj, True)
    dispatch[list] = save_list

    def _batch_appends(self, items, exact=False):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        # One item: APPEND.  Otherwise batches of MARK ... APPENDS; a list
        # never ends with an empty batch.
        it = iter(items)
        first = True
        while True:
            batch = _take_batch(it)
            n = len(batch)
            if n == 1 and (first or not exact):
                # Iterated items (from __reduce__) put a lone last item
                # with APPEND too; an exact list only when it has one item.
                save(batch[0])
                write(APPEND)
                return
            first = False
            if not n:
                return
            write(MARK)
            for x in batch:
                save(x)
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items(), True)
    dispatch[dict] = save_dict

    def _batch_setitems(self, items, exact=False):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        # One item: SETITEM.  Otherwise batches of MARK ... SETITEMS.  For
        # an exact dict a full last batch is followed by an empty one, and a
        # lone last item still gets MARK ... SETITEMS (as CPython does);
        # iterated items (from __reduce__) end with SETITEM or nothing.
        it = iter(items)
        batch = _take_batch(it)
        n = len(batch)
        while not exact and n:
            if n == 1:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
                return
            write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)
            if n < _BATCHSIZE:
                return
            batch = _take_batch(it)
            n = len(batch)
        if n == 1:
            k, v = batch[0]
            save(k)
            save(v)
            write(SETITEM)
            return
        if not n:
            return
        while True:
            write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)
            if n < _BATCHSIZE:
                return
            batch = _take_batch(it)
            n = len(batch)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        save = self.save
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        batch = _take_batch(it)
        if not batch:
            return
        while True:
            write(MARK)
            for x in batch:
                save(x)
            write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return
            batch = _take_batch(it)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))

        if self.proto >= 2:
            registry = getattr(copyreg, '_extension_registry', None)
            code = registry.get((module_name, name)) if registry else None
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + _pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                  name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[key]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' +
                      name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto))
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)
    dispatch[type] = save_type

    def save_function(self, obj):
        return self.save_global(obj)
    dispatch[type(save_none)] = save_function

    def save_builtin(self, obj):
        # Builtin functions live in a module; bound builtin methods are
        # rebuilt as getattr(owner, name), as their __reduce__ says.
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is type(sys):
            return self.save_global(obj, obj.__name__
                                    if owner is not None else None)
        return self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
    dispatch[type(len)] = save_builtin


_EXACT_TYPES = frozenset((bytes, str, dict, set, frozenset, list, tuple,
                          bytearray))

def _codecs_encode_function():
    # bytes at protocol < 3 pickle as _codecs.encode(text, 'latin1'), exactly
    # as CPython does.  pith has no _codecs module: register a minimal one
    # so that the global resolves both when pickling and when unpickling.
    mod = sys.modules.get('_codecs')
    if mod is None:
        try:
            import _codecs as mod
        except ImportError:
            _codecs_encode.__module__ = '_codecs'
            _codecs_encode.__name__ = 'encode'
            _codecs_encode.__qualname__ = 'encode'
            mod = type(sys)('_codecs')
            mod.encode = _codecs_encode
            sys.modules['_codecs'] = mod
    return mod.encode


_ENCODE = _codecs_encode_function()


# --- Unpickler -------------------------------------------------------------

class _Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',
    buffers=None)"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._data = b''
        self._pos = 0

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    # -- input: a byte buffer (a frame or a loads() argument) refilled from
    # the file when it runs out.

    def _set_data(self, data):
        self._data = data
        self._pos = 0

    def read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        rest = data[pos:]
        self._data = b''
        self._pos = 0
        if self._in_frame and rest:
            raise UnpicklingError("pickle exhausted before end of frame")
        more = self._file_read(n - len(rest)) if self._file_read else b''
        got = rest + more
        if len(got) < n:
            raise UnpicklingError("pickle data was truncated")
        return got

    def readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        rest = data[pos:]
        self._data = b''
        self._pos = 0
        if self._in_frame and rest:
            raise UnpicklingError("pickle exhausted before end of frame")
        more = self._file_readline() if self._file_readline else b''
        got = rest + more
        if not got.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return got

    def _next_op(self):
        data = self._data
        pos = self._pos
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        self._data = b''
        self._pos = 0
        self._in_frame = False
        b = self._file_read(1) if self._file_read else b''
        if not b:
            raise EOFError("Ran out of input")
        return b[0]

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._in_frame = False
        dispatch = self._dispatch_list
        next_op = self._next_op
        try:
            while True:
                key = next_op()
                f = dispatch[key]
                if f is None:
                    raise UnpicklingError("invalid load key, %r." %
                                          (chr(key),) if key < 0x80 else
                                          "invalid load key, '\\x%02x'." % key)
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        except IndexError:
            if not self.stack and not self.metastack:
                raise UnpicklingError("unpickling stack underflow") from None
            raise

    def pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        try:
            return self.stack[-1]
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err))) from err
        else:
            value = klass.__new__(klass)
        self.append(value)

    def get_extension(self, code):
        cache = getattr(copyreg, '_extension_cache', {})
        if code in cache:
            self.append(cache[code])
            return
        key = getattr(copyreg, '_inverted_registry', {}).get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        cache[code] = obj
        self.append(obj)

    # -- opcode implementations --

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = _unpack('<Q', self.read(8))[0]
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._pos + size <= len(self._data):
            return      # the frame is already in the buffer (loads)
        if self._in_frame and self._pos < len(self._data):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        rest = self._data[self._pos:]
        more = self._file_read(size - len(rest)) if self._file_read else b''
        frame = rest + more
        if len(frame) < size:
            raise UnpicklingError("pickle exhausted before end of frame")
        self._set_data(frame)
        self._in_frame = True

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == 0x4c:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def load_long4(self):
        n = _unpack('<i', self.read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = _unpack('<i', self.read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n = _unpack('<I', self.read(4))[0]
        self.append(bytes(self.read(n)))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(bytes(self.read(n)))

    def load_binbytes8(self):
        n = _unpack('<Q', self.read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytes(self.read(n)))

    def load_bytearray8(self):
        n = _unpack('<Q', self.read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)
        elif not isinstance(buf, bytes):
            try:
                m = memoryview(buf)
                if not m.readonly:
                    self.stack[-1] = m.toreadonly()
            except (TypeError, AttributeError):
                pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n = _unpack('<I', self.read(4))[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = _unpack('<Q', self.read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self.read(1)[0])

    def load_ext2(self):
        self.get_extension(int.from_bytes(self.read(2), 'little'))

    def load_ext4(self):
        self.get_extension(_unpack('<i', self.read(4))[0])

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self.read(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        i = self.read(1)[0]
        self.memo[i] = self._top()

    def load_long_binput(self):
        i = _unpack('<I', self.read(4))[0]
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


def _build_dispatch():
    table = [None] * 256
    U = _Unpickler
    pairs = [
        (PROTO, U.load_proto), (FRAME, U.load_frame),
        (PERSID, U.load_persid), (BINPERSID, U.load_binpersid),
        (NONE, U.load_none), (NEWFALSE, U.load_false),
        (NEWTRUE, U.load_true), (INT, U.load_int), (BININT, U.load_binint),
        (BININT1, U.load_binint1), (BININT2, U.load_binint2),
        (LONG, U.load_long), (LONG1, U.load_long1), (LONG4, U.load_long4),
        (FLOAT, U.load_float), (BINFLOAT, U.load_binfloat),
        (STRING, U.load_string), (BINSTRING, U.load_binstring),
        (SHORT_BINSTRING, U.load_short_binstring),
        (BINBYTES, U.load_binbytes), (SHORT_BINBYTES, U.load_short_binbytes),
        (BINBYTES8, U.load_binbytes8), (BYTEARRAY8, U.load_bytearray8),
        (NEXT_BUFFER, U.load_next_buffer),
        (READONLY_BUFFER, U.load_readonly_buffer),
        (UNICODE, U.load_unicode), (BINUNICODE, U.load_binunicode),
        (BINUNICODE8, U.load_binunicode8),
        (SHORT_BINUNICODE, U.load_short_binunicode),
        (TUPLE, U.load_tuple), (EMPTY_TUPLE, U.load_empty_tuple),
        (TUPLE1, U.load_tuple1), (TUPLE2, U.load_tuple2),
        (TUPLE3, U.load_tuple3), (EMPTY_LIST, U.load_empty_list),
        (EMPTY_DICT, U.load_empty_dictionary), (EMPTY_SET, U.load_empty_set),
        (FROZENSET, U.load_frozenset), (LIST, U.load_list),
        (DICT, U.load_dict), (INST, U.load_inst), (OBJ, U.load_obj),
        (NEWOBJ, U.load_newobj), (NEWOBJ_EX, U.load_newobj_ex),
        (GLOBAL, U.load_global), (STACK_GLOBAL, U.load_stack_global),
        (EXT1, U.load_ext1), (EXT2, U.load_ext2), (EXT4, U.load_ext4),
        (REDUCE, U.load_reduce), (POP, U.load_pop),
        (POP_MARK, U.load_pop_mark), (DUP, U.load_dup), (GET, U.load_get),
        (BINGET, U.load_binget), (LONG_BINGET, U.load_long_binget),
        (PUT, U.load_put), (BINPUT, U.load_binput),
        (LONG_BINPUT, U.load_long_binput), (MEMOIZE, U.load_memoize),
        (APPEND, U.load_append), (APPENDS, U.load_appends),
        (SETITEM, U.load_setitem), (SETITEMS, U.load_setitems),
        (ADDITEMS, U.load_additems), (BUILD, U.load_build),
        (MARK, U.load_mark), (STOP, U.load_stop),
    ]
    for op, fn in pairs:
        table[op[0]] = fn
    return table


_Unpickler._dispatch_list = _build_dispatch()
_Unpickler.dispatch = {bytes((i,)): f
                       for i, f in enumerate(_Unpickler._dispatch_list)
                       if f is not None}

Pickler = _Pickler
Unpickler = _Unpickler


# --- convenience functions -------------------------------------------------

class _ListWriter:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    w = _ListWriter()
    _Pickler(w, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    return b''.join(w.parts)


class _NoFile:
    read = None
    readline = None


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    u = _Unpickler(_NoFile, fix_imports=fix_imports, buffers=buffers,
                   encoding=encoding, errors=errors)
    u._set_data(bytes(data))
    return u.load()
