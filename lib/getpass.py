"""getpass: read a password without echo, and find the user's login name.

getpass() writes the prompt to and reads the answer from the controlling
terminal (/dev/tty) with echo turned off through `stty -echo` (pith has no
termios module); without a terminal it falls back to stdin and warns
(GetPassWarning). getuser() reads LOGNAME, USER, LNAME or USERNAME, then the
password database. Guards: tests/golden/modules/getpass/.
"""

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _stty(fd, *args):
    import subprocess
    return subprocess.call(['stty'] + list(args), stdin=fd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL) == 0


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on the terminal and read a line with echo off."""
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return fallback_getpass(prompt, stream)
    tty = io.FileIO(fd, 'w+')
    text = io.TextIOWrapper(io.BufferedRandom(tty))
    if not stream:
        stream = text
    try:
        echo_off = _stty(fd, '-echo')
        if not echo_off:
            text.close()
            return fallback_getpass(prompt, stream)
        try:
            stream.write(prompt)
            stream.flush()
            line = text.readline()
            if not line:
                raise EOFError
            if line[-1] == '\n':
                line = line[:-1]
            return line
        finally:
            _stty(fd, 'echo')
            stream.write('\n')
            stream.flush()
    finally:
        text.close()


def fallback_getpass(prompt='Password: ', stream=None):
    """Read from stdin with echo on, after a GetPassWarning."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The user's login name, from the environment or the password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except ImportError:
        pass
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
