# socket: socketpair, reprs, options, timeouts, address errors, helpers.
import re
import socket


def norm(r):
    return re.sub(r"fd=\d+", "fd=N", r)


s = socket.socket()
print(norm(repr(s)))
print(s.family, s.type, repr(s.family), repr(s.type), s.proto, s.timeout, s.gettimeout(), s.getblocking())
s.close()
print(norm(repr(s)), s.fileno())

a, b = socket.socketpair()
print(norm(repr(a)))
print(repr(a.getsockname()), a.family == socket.AF_UNIX)
a.sendall(b"hello")
print(b.recv(10))
b.send(b"world")
buf = bytearray(10)
n = a.recv_into(buf)
print(n, buf[:n])
b.sendall(memoryview(b"xyz"))
print(a.recv(1), a.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()

x, y = socket.socketpair()
x.settimeout(0.05)
print(x.gettimeout(), x.getblocking())
try:
    x.recv(1)
except socket.timeout as e:
    print("timeout", type(e).__name__, e)
x.setblocking(False)
print(x.gettimeout(), x.getblocking())
try:
    x.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
x.setblocking(True)
print(x.gettimeout(), x.getblocking())
x.close()
y.close()

t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(t.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0,
      t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM,
      len(t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
with t:
    pass
print(t.fileno())

for f in [lambda: socket.socket().bind('x'), lambda: socket.socket().bind(('x',)),
          lambda: socket.socket().bind(('127.0.0.1', 70000)),
          lambda: socket.socket().bind(('127.0.0.1', 'a')), lambda: socket.socket().recv(-1),
          lambda: socket.socket().settimeout(-1), lambda: socket.socket().settimeout('a'),
          lambda: socket.socket(socket.AF_UNIX).bind(1), lambda: socket.socket().bind((1, 2)),
          lambda: s.recv(1), lambda: socket.socket(99),
          lambda: socket.socket().getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 2000),
          lambda: socket.socket().sendall('x'), lambda: socket.socket().send(b'x'),
          lambda: socket.inet_aton('1.2.3.999'), lambda: socket.inet_ntoa(b'12'),
          lambda: socket.htons(-1), lambda: socket.htons(70000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(socket.inet_aton('1.2.3.4'), socket.inet_ntoa(b'\x01\x02\x03\x04'),
      socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\0' * 15 + b'\1'),
      socket.inet_pton(socket.AF_INET, '10.0.0.1'), socket.inet_ntop(socket.AF_INET, b'\x7f\0\0\1'))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
u = socket.socket()
print(u.gettimeout(), socket.getdefaulttimeout())
u.close()
socket.setdefaulttimeout(None)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RDWR, socket.IPPROTO_TCP, socket.AF_INET,
      socket.AF_INET6, socket.AF_UNIX, socket.SOCK_DGRAM, socket.TCP_NODELAY)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError),
      socket.gaierror.__module__, socket.herror.__name__, socket.SocketType is socket.socket)
print(isinstance(socket.gethostname(), str), socket.gethostbyname('127.0.0.1'),
      socket.gethostbyname('localhost'))
try:
    socket.getaddrinfo('nonexistent.invalid', 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e)
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'http', type=socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.AddressFamily.AF_INET, socket.SocketKind(1), repr(socket.SocketKind(2)))
