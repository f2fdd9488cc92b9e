import os, sys
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'child says hi')
    os._exit(7)
os.close(w)
data = os.read(r, 100)
os.close(r)
wpid, status = os.waitpid(pid, 0)
print(data, wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 3'])
_, status = os.waitpid(pid, 0)
print(os.WEXITSTATUS(status))
pid = os.fork()
if pid == 0:
    os.execvp('sh', ['sh', '-c', 'kill -9 $$'])
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
print(os.system('exit 2') >> 8)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__)
print(os.getppid() > 0, os.getuid() == os.geteuid(), isinstance(os.getgid(), int), len(os.uname()), os.uname().sysname)
t = os.times(); print(type(t).__name__, t.user >= 0, len(t))
print(sorted(os.sched_getaffinity(0)) == list(range(len(os.sched_getaffinity(0)))) or True, os.cpu_count() >= 1)
old = os.umask(0o22); print(os.umask(old) == 0o22)
try:
    os.get_terminal_size(os.open('/dev/null', os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.strerror(13), os.error is OSError, os.name, os.devnull, os.extsep, os.altsep)
