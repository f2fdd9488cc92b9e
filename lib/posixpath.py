"""Common operations on POSIX pathnames (os.path on pith).

Every function takes str or bytes (or an os.PathLike) and answers in the same
type. Pure string functions (join, split, normpath...) never touch the file
system; the others go through os.stat/os.lstat and os.readlink.
"""
import os
import sys
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _consts(p):
    # (sep, curdir, pardir, empty) in the type of `p`.
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_consts(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    s = _consts(a)[0]
    path = a
    try:
        if not p:
            path[:0] + s  # a type check: str or bytes
        for b in map(os.fspath, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    s = _consts(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    s, dot = (b'/', b'.') if isinstance(p, bytes) else ('/', '.')
    slash_at = p.rfind(s)
    dot_at = p.rfind(dot)
    if dot_at > slash_at:
        # A name made only of leading dots ('.bashrc') has no extension.
        i = slash_at + 1
        while i < dot_at:
            if p[i:i + 1] != dot:
                return p[:dot_at], p[dot_at:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_consts(p)[0]) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    s = _consts(p)[0]
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    # A different device, or the same inode as the parent (the root).
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def _home_of(user):
    try:
        import pwd
    except ImportError:
        return None
    try:
        if user is None:
            return pwd.getpwuid(os.getuid()).pw_dir
        return pwd.getpwnam(user).pw_dir
    except KeyError:
        return None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde, s = (b'~', b'/') if is_bytes else ('~', '/')
    if not path.startswith(tilde):
        return path
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _home_of(None)
            if home is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = os.fsdecode(name)
        home = _home_of(name)
        if home is None:
            return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(s)
    return (home + path[i:]) or s


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    env = os.environ
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(c)
                i += 1
                continue
            name = text[i + 2:end]
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and _is_name_char(text[stop]):
                stop += 1
            if stop == i + 1:
                out.append(c)
                i += 1
                continue
            name = text[i + 1:stop]
        if is_bytes:
            value = os.environb.get(name.encode('latin-1'))
            value = value.decode('latin-1') if value is not None else None
        else:
            value = env.get(name)
        out.append(text[i:stop] if value is None else value)
        i = stop
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    s, dot, dotdot, empty = _consts(path)
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; three or more collapse to one.
    lead = 0
    if path.startswith(s):
        lead = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for comp in path.split(s):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not lead and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = s * lead + s.join(parts)
    return result or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    s, dot, dotdot, empty = _consts(filename)
    if isabs(filename):
        done = s
        rest = filename[1:]
    else:
        done = os.getcwdb() if isinstance(filename, bytes) else os.getcwd()
        rest = filename
    todo = [c for c in rest.split(s)]
    todo.reverse()
    seen = {}
    hops = 0
    while todo:
        name = todo.pop()
        if name == empty or name == dot:
            continue
        if name == dotdot:
            done = dirname(done) or s
            continue
        candidate = join(done, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            done = candidate
            continue
        if not stat.S_ISLNK(st.st_mode):
            done = candidate
            continue
        hops += 1
        if hops > 40 or candidate in seen and seen[candidate] is None:
            if strict:
                os.stat(candidate)  # raises ELOOP
            # A loop: keep the rest unresolved, as CPython does.
            rest_parts = [candidate] + list(reversed(todo))
            return join(*rest_parts) if rest_parts else candidate
        seen[candidate] = None
        target = os.readlink(candidate)
        if target.startswith(s):
            done = s
        parts = target.split(s)
        parts.reverse()
        todo.extend(parts)
    return done


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    s, dot, dotdot, empty = _consts(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(s) if x]
        path_list = [x for x in abspath(path).split(s) if x]
        i = len(commonprefix([start_list, path_list]))
        rel = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    s, dot, dotdot, empty = _consts(paths[0])
    try:
        split_paths = [p.split(s) for p in paths]
        try:
            absolute, = set(p[:1] == s for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in parts if c and c != dot] for parts in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = s if absolute else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
