# platform: identification of the system and the interpreter (values compared, not printed).
import os, platform
print(platform.system(), platform.machine(), platform.architecture(), platform.libc_ver(), platform.python_version(), platform.python_version_tuple(), platform.platform() == 'Linux-%s-%s-with-glibc%s' % (platform.release(), platform.machine(), platform.libc_ver()[1]), platform.platform(terse=True) == 'Linux-' + platform.release(), platform.node() == os.uname().nodename, platform.uname()[:5] == tuple(os.uname()))
print(platform.python_implementation() in ('CPython', 'pith'), len(platform.uname()), platform.uname().system)
