"""platform: the underlying platform's identifying data (system, release, machine, libc).

Values come from os.uname(), sys, the ELF header of the executable and the
C library. python_implementation() reports 'pith'; python_version() the
CPython language version pith follows. Guards: tests/golden/modules/platform/.
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'

_uname_cache = None
_processor_cache = None


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """os.uname() plus the processor, computed on demand."""


    # Iterating, indexing and len() see six fields; the sixth, the processor,
    # is computed the first time it is asked for.
    @property
    def processor(self):
        global _processor_cache
        if _processor_cache is None:
            _processor_cache = processor()
        return _processor_cache

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return 6

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self[:5]))

    def __reduce__(self):
        return uname_result, tuple(self[:5])


def uname():
    """(system, node, release, version, machine), with .processor."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """The processor name as `uname -p` gives it ('' when unknown)."""
    try:
        import subprocess
        out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
    except (OSError, ImportError, Exception):
        return ''
    return '' if out in ('unknown', '') else out


def python_implementation():
    return 'pith'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    return 'GCC'


def python_build():
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF') on x86-64 Linux."""
    import struct
    if not bits:
        bits = '%dbit' % (struct.calcsize('P') * 8)
    try:
        with open(executable or sys.executable, 'rb') as f:
            head = f.read(5)
    except (OSError, TypeError):
        return bits, linkage
    if head[:4] == b'\x7fELF':
        bits = {1: '32bit', 2: '64bit'}.get(head[4], bits)
        linkage = 'ELF'
    return bits, linkage


_libc_search = re.compile(rb'GLIBC_(\d+)\.(\d+)(?:\.(\d+))?')


def _libc_path():
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.split()[-1] if len(line.split()) >= 6 else ''
                if re.search(r'/libc[.-][^/]*\.so', path) or path.endswith('/libc.so.6'):
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library: ('glibc', '2.36')."""
    if executable is None:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        executable = _libc_path() or sys.executable
    best = None
    try:
        with open(executable, 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    for m in _libc_search.finditer(data):
        v = tuple(int(x) for x in m.groups() if x is not None)
        if best is None or v > best:
            best = v
    if best is not None:
        return 'glibc', '.'.join(map(str, best))
    return lib, version


def _platform(*args):
    s = '-'.join(x.strip() for x in filter(len, args))
    for ch in ' /\\:;"()':
        s = s.replace(ch, '_')
    while '--' in s:
        s = s.replace('--', '-')
    return s.rstrip('-')


def platform(aliased=False, terse=False):
    """'Linux-<release>-<machine>-with-glibc<version>' (on Linux `terse` changes nothing,
    as in CPython)."""
    u = uname()
    libcname, libcversion = libc_ver()
    return _platform(u.system, u.release, u.machine, 'with', libcname + libcversion)


def freedesktop_os_release():
    """The fields of /etc/os-release as a dict."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
                for line in f:
                    m = re.match(r'^([A-Z][A-Z0-9_]+)=(.*)$', line.rstrip('\n'))
                    if m:
                        name, value = m.groups()
                        if value[:1] in ('"', "'") and value[-1:] == value[:1]:
                            value = value[1:-1]
                        info[name] = value
                return info
        except OSError:
            continue
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
