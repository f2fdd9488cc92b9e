"""pathlib: object-oriented file-system paths (POSIX flavour), the 3.11 API.

A pure path is its root ('' , '/' or '//') plus a list of parts with empty
and '.' components removed; it never touches the file system. Path adds the
operations that do (stat, open, iterdir, glob, mkdir, ...). Path() and
PurePath() give the POSIX classes. Comparison and hashing use the parts,
case-sensitively. Guards: tests/golden/modules/pathlib/.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO
from collections.abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _split_root(part):
    """(root, rest) of one path string: '//' is kept as a root, '///' is '/'."""
    if part[:1] != '/':
        return '', part
    stripped = part.lstrip('/')
    if len(part) - len(stripped) == 2:
        return '//', stripped
    return '/', stripped


def _parse_args(args):
    """(root, parts) from the constructor's arguments; a later absolute one wins."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._tail)
            else:
                parts.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % type(a))
        r, rest = _split_root(a)
        if r:
            root = r
            parts = []
        parts.extend(x for x in rest.split('/') if x and x != '.')
    return root, parts


class _PathParents(Sequence):
    """The immutable sequence of a path's logical ancestors (path.parents)."""

    __slots__ = ('_path', '_tail')

    def __init__(self, path):
        self._path = path
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._make(self._path._root, self._tail[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """A file-system path that does no I/O. PurePath() makes a PurePosixPath here."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts_list()))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse_args(args)
        return self

    def _make(self, root, tail):
        obj = object.__new__(type(self))
        obj._root = root
        obj._tail = list(tail)
        return obj

    def _parts_list(self):
        return ([self._root] if self._root else []) + self._tail

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._root + '/'.join(self._tail)
            self._str = s or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/'
        out = []
        for byte in os.fsencode(str(self)):
            out.append(chr(byte) if byte in safe else '%%%02X' % byte)
        return 'file://' + ''.join(out)

    # ---- Comparison ----

    @property
    def _cparts(self):
        return self._parts_list()

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    # ---- Components ----

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._parts_list())

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        """A new path with the final component replaced by `name`."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse_args((name,)) if isinstance(name, str) else ('', [])
        if not name or name[-1] == '/' or root or len(parts) != 1 or parts[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed (an empty suffix removes it)."""
        if '/' in suffix or suffix and suffix[0] != '.' or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:-len(old)] + suffix if old else name + suffix
        return self._make(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other`; ValueError if it is not inside it."""
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_parts(other)
        mine = self._parts_list()
        theirs = to._parts_list()
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), str(to)))
        return self._make('', mine[n:])

    def is_relative_to(self, *other):
        """True if this path is inside `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        """This path with each argument appended (an absolute one replaces the rest)."""
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """True if this path matches the glob-style pattern, compared from the right."""
        root, pat_parts = _parse_args((path_pattern,))
        if root:
            pat_parts = [root] + pat_parts
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts_list()
        if root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath for POSIX systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by pith; instantiating one raises."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pith does not implement Windows paths")


# ---- Globbing ----

def _is_wildcard(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _scan(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except PermissionError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignore_error(e):
            raise
        return False


def _select(path, parts, exists, is_dir):
    """Yield the paths below `path` matching the pattern parts (generator)."""
    if not parts:
        yield path
        return
    pat, rest = parts[0], parts[1:]
    if pat == '':
        # A trailing slash: only directories match.
        if is_dir(path):
            yield path
        return
    if pat == '**':
        while rest and rest[0] == '**':
            rest = rest[1:]
        yielded = set()
        for start in _walk_dirs(path):
            for p in _select(start, rest, exists, is_dir):
                if p not in yielded:
                    yielded.add(p)
                    yield p
        return
    if pat == '..' or not _is_wildcard(pat):
        child = path._make_child(pat)
        if (is_dir if rest else exists)(child):
            yield from _select(child, rest, exists, is_dir)
        return
    match = re.compile(fnmatch.translate(pat)).fullmatch
    for entry in _scan(path):
        if rest and not _entry_is_dir(entry):
            continue
        if match(entry.name):
            yield from _select(path._make_child(entry.name), rest, exists, is_dir)


def _walk_dirs(path):
    yield path
    for entry in _scan(path):
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(path._make_child(entry.name))
        except PermissionError:
            pass


class Path(PurePath):
    """A concrete path: PurePath plus the operations that touch the file system.
    Path() makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _make_child(self, name):
        return self._make(self._root, self._tail + [name])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """True if both paths are the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """Yield the directory's entries as paths (not '.' or '..')."""
        for name in os.listdir(self):
            yield self._make_child(name)

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            parts.append('')
        return parts

    def glob(self, pattern):
        """Yield the existing paths below this one that match the relative pattern."""
        parts = self._glob_parts(pattern)
        yield from _select(self, parts, Path.exists, Path.is_dir)

    def rglob(self, pattern):
        """Like glob() with '**/' in front of the pattern."""
        parts = self._glob_parts(pattern)
        yield from _select(self, ['**'] + parts, Path.exists, Path.is_dir)

    def absolute(self):
        """This path made absolute (from the current directory), not normalised."""
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        s = os.path.realpath(self, strict=strict)
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, like the builtin open()."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory (and its parents when `parents`)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to `target`; return the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to `target`, replacing it if it exists; return the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def _mode_test(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, follow=False)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_mount(self):
        return os.path.ismount(self)

    def expanduser(self):
        """Expand a leading '~' or '~user'."""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path for POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths cannot be used here."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
