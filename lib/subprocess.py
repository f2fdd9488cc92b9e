"""subprocess: run child processes, connect to their pipes, get their exit codes.

Popen starts a child with _posixsubprocess.fork_exec (src/modules/
mod_posixsubprocess.c), which forks, arranges the child's descriptors and
execs; a failure before exec comes back through an error pipe as
"OSError:<errno hex>:<stage>" and is raised here as the matching OSError.
communicate() multiplexes the pipes with a selector (poll), so a large input
and large outputs never deadlock; wait(timeout) polls waitpid with a growing
sleep. run(), call(), check_call(), check_output(), getoutput() and
getstatusoutput() sit on top, with CPython 3.11's documented behaviour, reprs
and messages. POSIX only. Guards: tests/golden/modules/subprocess/.
"""

import builtins
import errno
import io
import os
import signal
import sys
import threading
import time
import types
import _posixsubprocess
import selectors

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(selectors.select, 'PIPE_BUF', 512)
_PopenSelector = selectors.PollSelector if hasattr(selectors, 'PollSelector') else selectors.SelectSelector


# ---- Exceptions and results ----

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or run(check=True)
    exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running (the result of run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            fields.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            fields.append('stderr=%r' % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ', '.join(fields))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- Convenience functions ----

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, return its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # noqa: E722 (kill on any error, KeyboardInterrupt included)
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero exit code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on a non-zero exit code."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:  # noqa: E722
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command; a trailing newline is removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted by MS C runtime rules."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


# Children whose Popen object died before they were reaped; reaped later.
_active = []


def _cleanup():
    for inst in _active[:]:
        if inst._internal_poll(_deadstate=sys.maxsize) is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


# ---- Popen ----

class Popen:
    """Execute a child program in a new process (see the module documentation)."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        self.args = args
        self._shell = shell
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"
        self.universal_newlines = universal_newlines if text is None else text
        gid = _group_id(group)
        gids = None if extra_groups is None else [_group_id(g) for g in extra_groups]
        uid = _user_id(user)
        if process_group is None:
            process_group = -1
        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
                bufsize = -1
            else:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)
                bufsize = -1
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                restore_signals, gid, gids, uid, umask, start_new_session,
                                process_group)
        except:  # noqa: E722 (clean up the pipes, then re-raise)
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                for fd in (p2cread, c2pwrite, errwrite):
                    if fd != -1 and fd != getattr(self, '_devnull', None):
                        try:
                            os.close(fd)
                        except OSError:
                            pass
            raise

    _closed_child_pipe_fds = False

    def __repr__(self):
        return "<%s: returncode: %s args: %.80r>" % (self.__class__.__name__, self.returncode, self.args)

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
                return
            self.wait()

    _sigint_wait_secs = 0.25

    def __del__(self, _maxsize=sys.maxsize):
        if not self._child_created:
            return
        if self.returncode is None:
            try:
                self._internal_poll(_deadstate=_maxsize)
            except Exception:
                pass
            if self.returncode is None and _active is not None:
                _active.append(self)

    # ---- Set-up ----

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    @staticmethod
    def _fileno_of(f):
        return f if isinstance(f, int) else f.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors (child and parent ends); -1 where unused."""
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        if stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif stdin is not None:
            p2cread = self._fileno_of(stdin)
        if stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif stdout is not None:
            c2pwrite = self._fileno_of(stdout)
        if stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif stderr is not None:
            errwrite = self._fileno_of(stderr)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, gid, gids, uid, umask, start_new_session,
                       process_group):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if self._shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if self._shell:
            unix_shell = '/bin/sh'
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        errpipe_read, errpipe_write = os.pipe()
        low_fds_to_close = []
        while errpipe_write < 3:
            low_fds_to_close.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for low_fd in low_fds_to_close:
            os.close(low_fd)
        try:
            try:
                if env is not None:
                    env_list = []
                    for k, v in env.items():
                        k = os.fsencode(k)
                        if b'=' in k:
                            raise ValueError("illegal environment variable name")
                        env_list.append(k + b'=' + os.fsencode(v))
                else:
                    env_list = None
                executable = os.fsencode(executable)
                if os.path.dirname(executable):
                    executable_list = (executable,)
                else:
                    executable_list = tuple(os.path.join(os.fsencode(d), executable)
                                            for d in os.get_exec_path(env))
                fds_to_keep = sorted(set(pass_fds))
                self.pid = _posixsubprocess.fork_exec(
                    args, executable_list, close_fds, tuple(fds_to_keep), cwd, env_list,
                    p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                    errpipe_read, errpipe_write, restore_signals, start_new_session,
                    process_group, gid, gids, uid, umask, preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
            part = os.read(errpipe_read, 50000)
            errpipe_data = bytearray(part)
            while part and len(errpipe_data) <= 50000:
                part = os.read(errpipe_read, 50000)
                errpipe_data += part
        finally:
            os.close(errpipe_read)
        if errpipe_data:
            self._raise_child_error(bytes(errpipe_data), orig_executable, cwd)

    def _raise_child_error(self, data, orig_executable, cwd):
        try:
            pid, sts = os.waitpid(self.pid, 0)
            if pid == self.pid:
                self._handle_exitstatus(sts)
            else:
                self.returncode = sys.maxsize
        except ChildProcessError:
            pass
        try:
            exception_name, hex_errno, err_msg = data.split(b':', 2)
            err_msg = err_msg.decode()
        except ValueError:
            exception_name = b'SubprocessError'
            hex_errno = b'0'
            err_msg = 'Bad exception data from child: {!r}'.format(data)
        child_exception_type = getattr(builtins, exception_name.decode('ascii'), SubprocessError)
        if issubclass(child_exception_type, OSError) and hex_errno:
            errno_num = int(hex_errno, 16)
            if err_msg == "noexec":
                err_filename = orig_executable
            elif err_msg == "cwd":
                err_filename = cwd
            else:
                err_filename = None
            if errno_num != 0:
                err_msg = os.strerror(errno_num)
            if err_filename is not None:
                raise child_exception_type(errno_num, err_msg, err_filename)
            raise child_exception_type(errno_num, err_msg)
        raise child_exception_type(err_msg)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        devnull = getattr(self, '_devnull', None)
        if p2cread != -1 and p2cwrite != -1 and p2cread != devnull:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != devnull:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != devnull:
            os.close(errwrite)
        if devnull is not None:
            os.close(devnull)
        self._closed_child_pipe_fds = True

    # ---- Waiting ----

    def _handle_exitstatus(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts)

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError:
                if _deadstate is not None:
                    self.returncode = _deadstate
                else:
                    self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        """The exit code if the child has terminated, else None."""
        return self._internal_poll()

    def _try_wait(self, wait_flags):
        try:
            pid, sts = os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            pid = self.pid
            sts = 0
        return (pid, sts)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        pid, sts = self._try_wait(os.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    finally:
                        self._waitpid_lock.release()
                remaining = endtime - time.monotonic()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to terminate; TimeoutExpired after `timeout` seconds."""
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(time.monotonic() + timeout))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise

    # ---- Signals ----

    def send_signal(self, sig):
        """Send signal `sig` to the child (nothing if it already exited)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the child with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the child with SIGKILL."""
        self.send_signal(signal.SIGKILL)

    # ---- communicate ----

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or time.monotonic() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin, read stdout and stderr to the end, wait for the
        child; return (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise
        finally:
            self._communication_started = True
        sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        stdout = None
        stderr = None
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]
        self._save_input(input)
        if self._input:
            input_view = memoryview(self._input)
        with _PopenSelector() as selector:
            if self.stdin and input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            if self.stdout and not self.stdout.closed:
                selector.register(self.stdout, selectors.EVENT_READ)
            if self.stderr and not self.stderr.closed:
                selector.register(self.stderr, selectors.EVENT_READ)
            while selector.get_map():
                timeout = self._remaining_time(endtime)
                if timeout is not None and timeout < 0:
                    self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
                    raise RuntimeError('_check_timeout(..., skip_check_and_raise=True) failed to raise TimeoutExpired.')
                ready = selector.select(timeout)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
                for key, events in ready:
                    if key.fileobj is self.stdin:
                        chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    elif key.fileobj in (self.stdout, self.stderr):
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._fileobj2output[key.fileobj].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)


def _group_id(group):
    if group is None:
        return None
    if isinstance(group, int):
        if group < 0:
            raise ValueError("Group ID cannot be negative, got %s" % group)
        return group
    if isinstance(group, str):
        import grp
        return grp.getgrnam(group).gr_gid
    raise TypeError("Group must be a string or an integer, not {}".format(type(group)))


def _user_id(user):
    if user is None:
        return None
    if isinstance(user, int):
        if user < 0:
            raise ValueError("User ID cannot be negative, got %s" % user)
        return user
    if isinstance(user, str):
        import pwd
        return pwd.getpwnam(user).pw_uid
    raise TypeError("User must be a string or an integer")
