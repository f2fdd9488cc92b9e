"""lib/tracemalloc.py: trace memory blocks allocated by Python (pith).

The public API is CPython 3.11's tracemalloc: start/stop tracing, traced
memory and its peak, snapshots with statistics grouped by line, file or
traceback, snapshot comparison, filters, and the traceback of any object.

The tracing is done in C (src/mem/trace.c, exposed as _tracemalloc): every
block the allocator hands out while tracing is on is recorded with the
Python stack that asked for it. _tracemalloc._get_traces() returns the live
blocks as (domain, size, frames, total_nframe) tuples, where frames is a
tuple of (filename, lineno) pairs, most recent first. Everything else here
is plain Python over those tuples.

Sizes are pith's own (an 8-byte header, immediate ints and floats), so
byte counts differ from CPython's; file names, line numbers and the shape
of the results do not.
"""

from collections.abc import Sequence, Iterable
import os

from _tracemalloc import (
    start, stop, is_tracing, clear_traces, get_traceback_limit,
    get_traced_memory, reset_peak, get_tracemalloc_memory,
    _get_traces, _get_object_traceback,
)

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    """Human-readable size: '123 B', '10.0 KiB', '+4096 KiB' (sign: show +)."""
    plus = '+' if sign else ''
    for unit in _UNITS:
        small = abs(size) < 100
        if small and unit != 'B':
            return ('%' + plus + '.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or unit == _UNITS[-1]:
            return ('%' + plus + '.0f %s') % (size, unit)
        size /= 1024


# ---------------------------------------------------------------- glob matching
# fnmatch without the re module: '*', '?', '[seq]' and '[!seq]'.

def _class_match(pattern, i, ch):
    """Match ch against the bracket class starting at pattern[i] == '['.
    Returns (matched, index after the class), or (None, i) when the bracket
    is not closed (then '[' is an ordinary character)."""
    j = i + 1
    negate = False
    if j < len(pattern) and pattern[j] == '!':
        negate = True
        j += 1
    start = j
    matched = False
    while j < len(pattern) and (pattern[j] != ']' or j == start):
        lo = pattern[j]
        if j + 2 < len(pattern) and pattern[j + 1] == '-' and pattern[j + 2] != ']':
            hi = pattern[j + 2]
            if lo <= ch <= hi:
                matched = True
            j += 3
        else:
            if ch == lo:
                matched = True
            j += 1
    if j >= len(pattern):
        return None, i
    return matched != negate, j + 1


def _glob_match(name, pattern):
    n = p = 0
    star_p = -1     # index in pattern just after the last '*'
    star_n = 0      # name index that '*' is currently standing for up to
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p = p + 1
                star_n = n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                ok, after = _class_match(pattern, p, name[n])
                if ok is None:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif ok:
                    n += 1
                    p = after
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


# ---------------------------------------------------------------- source lines

_source_cache = {}


def _source_line(filename, lineno):
    """Line `lineno` of `filename`, or '' (like linecache.getline)."""
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8', errors='replace') as f:
                lines = f.read().splitlines()
        except (OSError, ValueError, TypeError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


# ---------------------------------------------------------------- frames and tracebacks

class Frame:
    """One frame of a traceback: filename and lineno."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        # frame is a (filename, lineno) pair
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame > other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback(Sequence):
    """A sequence of Frame objects, oldest first.

    It is built from a tuple of (filename, lineno) pairs, most recent first,
    as _tracemalloc gives them."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(frames[::-1])
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(f) for f in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames > other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is not None:
            text += " total_nframe=%s" % self._total_nframe
        return text + ">"

    def format(self, limit=None, most_recent_first=False):
        """Lines like a Python traceback's: '  File "x.py", line 3' and the source."""
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


# ---------------------------------------------------------------- statistics

class Statistic:
    """Memory blocks grouped by a traceback: their total size and count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (
            self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % (
            self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot with its change from an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    """StatisticDiffs of two {Traceback: Statistic} groupings (old_group is consumed)."""
    diffs = []
    for traceback, stat in new_group.items():
        old = old_group.pop(traceback, None)
        if old is None:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - old.size,
                                       stat.count, stat.count - old.count))
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


# ---------------------------------------------------------------- traces

class Trace:
    """One traced memory block: domain, size and traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        # trace is a (domain, size, frames, total_nframe) tuple
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(self._trace[2], self._trace[3])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(Sequence):
    """The traces of a snapshot, as a sequence of Trace objects."""

    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(t) for t in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


# ---------------------------------------------------------------- filters

class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop traces whose frame matches a file pattern
    (fnmatch syntax) and, if given, a line number and a domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _glob_match(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._frame_matches(filename, lineno) != (not self.inclusive)

    def _match_traceback(self, frames):
        if self.all_frames:
            hit = any(self._frame_matches(name, line) for name, line in frames)
            return hit if self.inclusive else not hit
        name, line = frames[0]
        return self._match_frame(name, line)

    def _match(self, trace):
        domain, size, frames, total_nframe = trace
        result = self._match_traceback(frames)
        if self.domain is None:
            return result
        if self.inclusive:
            return result and domain == self.domain
        return result or domain != self.domain


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) != (not self.inclusive)


# ---------------------------------------------------------------- snapshots

class Snapshot:
    """The traces of the memory blocks allocated by Python at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (needs pickle)."""
        import pickle
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        import pickle
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    @staticmethod
    def _keep(trace, include, exclude):
        if include and not any(f._match(trace) for f in include):
            return False
        return not any(not f._match(trace) for f in exclude)

    def filter_traces(self, filters):
        """A new Snapshot holding the traces that pass the filters (a sequence
        of Filter and DomainFilter): at least one inclusive filter, if any,
        and every exclusive one."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [t for t in self.traces._traces if self._keep(t, include, exclude)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        groups = {}
        keys = {}   # frames (or one frame) -> the Traceback that stands for them

        def add(traceback, size):
            stat = groups.get(traceback)
            if stat is None:
                groups[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if not cumulative:
                traceback = keys.get(frames)
                if traceback is None:
                    if key_type == 'traceback':
                        traceback = Traceback(frames)
                    elif key_type == 'lineno':
                        traceback = Traceback(frames[:1])
                    else:
                        traceback = Traceback(((frames[0][0], 0),))
                    keys[frames] = traceback
                add(traceback, size)
                continue
            for frame in frames:
                traceback = keys.get(frame)
                if traceback is None:
                    if key_type == 'lineno':
                        traceback = Traceback((frame,))
                    else:
                        traceback = Traceback(((frame[0], 0),))
                    keys[frame] = traceback
                add(traceback, size)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by 'traceback', 'filename' or 'lineno', biggest first."""
        grouped = self._group_by(key_type, cumulative)
        stats = list(grouped.values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs from old_snapshot to this one, biggest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        diffs = _compare_grouped_stats(old_group, new_group)
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces of the memory blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    return Snapshot(traces, get_traceback_limit())
