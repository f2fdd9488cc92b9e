import errno, os
cases = [(errno.ENOENT, 'FileNotFoundError'), (errno.EEXIST, 'FileExistsError'), (errno.EACCES, 'PermissionError'),
         (errno.EPERM, 'PermissionError'), (errno.EISDIR, 'IsADirectoryError'), (errno.ENOTDIR, 'NotADirectoryError'),
         (errno.EINTR, 'InterruptedError'), (errno.EPIPE, 'BrokenPipeError'), (errno.ECHILD, 'ChildProcessError'),
         (errno.ETIMEDOUT, 'TimeoutError'), (errno.ECONNREFUSED, 'ConnectionRefusedError'), (errno.EINVAL, 'OSError')]
for code, expected in cases:
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, type(e).__name__ == expected)
try:
    os.listdir('/nonexistent_pith_dir')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.filename)
try:
    open('/tmp', 'w')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EISDIR)
