# socket: TCP echo on loopback with a thread, UDP datagrams, a Unix socket, makefile.
import os
import socket
import tempfile
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.getsockname()[0], srv.family, srv.type)


peers = []


def serve():
    for _ in range(2):
        c, addr = srv.accept()
        with c:
            peers.append(addr[0])
            while True:
                d = c.recv(1024)
                if not d:
                    break
                c.sendall(d.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
    print(c.gettimeout(), c.getpeername()[1] == port)
    c.sendall(b'abc' * 1000)
    got = b''
    while len(got) < 3000:
        got += c.recv(4096)
    print(len(got), got[:6])
    f = c.makefile('rwb')
    f.write(b'line one\nline two\n')
    f.flush()
    print(f.readline(), f.readline())
    f.close()
with socket.socket() as c:
    print(c.connect_ex(('127.0.0.1', port)))
    txt = c.makefile('rw', encoding='utf-8', newline='')
    txt.write('text mode\n')
    txt.flush()
    print(repr(txt.readline()))
    txt.close()
t.join()
srv.close()
print("peers:", peers)

closed = socket.socket()
closed.bind(('127.0.0.1', 0))
dead_port = closed.getsockname()[1]
closed.close()
try:
    socket.create_connection(('127.0.0.1', dead_port), timeout=2)
except ConnectionRefusedError as e:
    print("refused", e.errno)

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
u2.sendto(b'dgram', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.sendto(b'back', 0, addr)
buf = bytearray(16)
n, addr2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u1.getsockname())
u1.close()
u2.close()

d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
us = socket.socket(socket.AF_UNIX)
us.bind(path)
us.listen()
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
conn, addr = us.accept()
print(repr(addr), conn.getsockname() == path, uc.getpeername() == path)
uc.sendall(b'unix')
print(conn.recv(10))
dup = conn.dup()
uc.sendall(b'dup')
print(dup.recv(10), dup.family, dup.type)
for s in (dup, conn, uc, us):
    s.close()
os.unlink(path)
os.rmdir(d)

ab = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
ab.bind(b'\0pith-test-abstract-' + str(os.getpid()).encode())
print(ab.getsockname()[:20])
ab.close()
