# subprocess.Popen: pipes, communicate with timeouts, signals, pass_fds, context manager.
import os
import signal
import subprocess

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('text in\n'), p.returncode, repr(p))
p = subprocess.Popen(['sh', '-c', 'cat; echo done >&2'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b'\n'.join(b'line %d' % i for i in range(20000)))
print(len(out), out[-10:], err, p.returncode)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait(), p.poll())
p.send_signal(signal.SIGTERM)
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
p.wait()
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', 'echo passed >&%d' % w], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', 'echo closed >&%d' % w], stderr=subprocess.DEVNULL)
print(p.wait() != 0)
os.close(w)
os.close(r)
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo partial; sleep 5'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('expired', e.output, e.timeout)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, universal_newlines=True, bufsize=1)
p.stdin.write('abc\n')
p.stdin.flush()
print(p.stdout.readline(), end='')
p.stdin.close()
p.stdout.close()
print(p.wait())
with open(os.devnull, 'w') as null:
    print(subprocess.Popen(['echo', 'x'], stdout=null).wait())
p = subprocess.Popen('exit 3', shell=True)
print(p.wait(), p.args)
p = subprocess.Popen(['sh', '-c', 'echo $0'], start_new_session=True, stdout=subprocess.PIPE)
print(p.communicate()[0])
print(subprocess.run(['sh', '-c', 'umask'], umask=0o027, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo pre'], preexec_fn=lambda: os.environ.__setitem__('X', '1'),
                     capture_output=True).stdout)
