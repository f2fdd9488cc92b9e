import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EPIPE, errno.EAGAIN, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2])
print(os.strerror(errno.ENOENT))
try:
    open('/no/such/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
e = OSError(errno.EEXIST, 'exists')
print(type(e).__name__)
e = OSError(errno.EACCES, 'perm')
print(type(e).__name__)
e = OSError(errno.ENOENT, 'nf', 'x.txt')
print(type(e).__name__, e)
