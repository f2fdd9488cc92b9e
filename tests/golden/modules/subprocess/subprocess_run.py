# subprocess: run, check_output, call, getoutput, errors and their messages.
import os
import subprocess
import sys

print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.run('echo $((1+2))', shell=True, capture_output=True, text=True))
r = subprocess.run(['cat'], input=b'x' * 200000, capture_output=True)
print(len(r.stdout), r.returncode, r.stderr)
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True))
print(subprocess.run(['sh', '-c', 'echo err >&2'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE))
print(subprocess.run(['true'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(repr(e), e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo partial; kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.stdout)
try:
    subprocess.run(['nonexistent-cmd-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.filename)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(type(e).__name__, e)
print(subprocess.check_output(['echo', 'abc']))
print(subprocess.check_output('printf "a\\r\\nb"', shell=True, text=True).encode())
print(subprocess.check_output(['cat'], input='given', text=True))
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput('echo hello; echo world'))
print(subprocess.getstatusoutput('echo x; exit 2'))
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']},
                     capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
r = subprocess.run([sys.executable, '-c', 'import sys; print(42); sys.exit(5)'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run(['sh', '-c', 'exit 1'], executable='/bin/sh').returncode)
for bad in [dict(input=b'', stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(['true'], **bad)
    except ValueError as e:
        print(e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print(e)
cp = subprocess.CompletedProcess(['a'], 0, b'x', None)
print(cp, subprocess.CompletedProcess('cmd', 1))
try:
    subprocess.CompletedProcess(['x'], 2, 'o', 'e').check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stderr)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(str(subprocess.TimeoutExpired(['c'], 1.5)), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\']))
