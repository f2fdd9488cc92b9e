"""socket: the BSD socket interface (TCP, UDP, Unix sockets).

The socket class subclasses _socket.socket (src/modules/mod_socket.c) and adds
what is easier in Python: context management, accept() returning socket
objects, makefile() built on the io module, dup(), and enum-valued family and
type. create_connection() and create_server() follow CPython's documented
behaviour. Guards: tests/golden/modules/socket/.
"""

import _socket
import os
import sys
import io
from enum import IntEnum, IntFlag
from _socket import *  # noqa: F401,F403 (constants, functions, exceptions)

error = OSError
timeout = TimeoutError
gaierror = _socket.gaierror
herror = _socket.herror
EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "socketpair",
           "SocketIO", "socket", "SocketType"]
__all__.extend(n for n in dir(_socket) if n.isupper())
__all__.extend(["error", "timeout", "gaierror", "herror", "getaddrinfo",
                "gethostname", "gethostbyname", "gethostbyaddr", "getnameinfo",
                "getdefaulttimeout", "setdefaulttimeout", "inet_aton", "inet_ntoa",
                "inet_pton", "inet_ntop", "htons", "htonl", "ntohs", "ntohl", "dup",
                "close"])


def _members(prefix, exclude=()):
    out = {}
    for name in dir(_socket):
        if name.startswith(prefix) and name not in exclude:
            value = getattr(_socket, name)
            if isinstance(value, int) and value not in out.values():
                out[name] = value
    return out


AddressFamily = IntEnum('AddressFamily', _members('AF_'), module=__name__)
SocketKind = IntEnum('SocketKind', _members('SOCK_'), module=__name__)
MsgFlag = IntFlag('MsgFlag', _members('MSG_'), module=__name__)
AddressInfo = IntFlag('AddressInfo', _members('AI_'), module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum


def _to_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_socket.socket):
    """A socket object: a network endpoint (see the socket module)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        cls = type(self)
        parts = ["<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            cls.__module__, cls.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)]
        if not closed:
            for label, getter in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    addr = getter()
                except OSError:
                    continue
                if addr:
                    parts.append(", %s=%s" % (label, addr))
        parts.append('>')
        return ''.join(parts)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    @property
    def family(self):
        return _to_enum(super().family, AddressFamily)

    @property
    def type(self):
        return _to_enum(super().type, SocketKind)

    def dup(self):
        """Duplicate the socket: a new socket object on a new descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info) for a new connection."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and/or writing to the socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        """Close the socket (the descriptor closes once its files are closed too)."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Close the socket object without closing its descriptor; return the descriptor."""
        self._closed = True
        return super().detach()

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """A socket object from a duplicate of descriptor `fd`."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


class SocketIO(io.RawIOBase):
    """A raw I/O object on a socket, the layer under makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except TimeoutError:
                self._timeout_occurred = True
                raise
            except BlockingIOError:
                return None

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """The fully qualified domain name for `name` (the local host when empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve (host, port) into a list of (family, type, proto, canonname, sockaddr)."""
    return [(_to_enum(af, AddressFamily), _to_enum(kind, SocketKind), pr, canon, sa)
            for af, kind, pr, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying every address getaddrinfo gives; return the socket."""
    host, port = address
    errors = []
    for af, kind, proto, _canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors = []
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """True if an AF_INET6 socket can also accept IPv4 connections."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to `address`."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if os.name not in ('nt', 'cygwin'):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except OSError:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, '%s (while attempting to bind on address %r)'
                          % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise
