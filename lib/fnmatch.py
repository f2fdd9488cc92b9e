"""fnmatch: Unix shell-style filename pattern matching.

Patterns: * matches everything, ? one character, [seq] one character in
seq (ranges allowed), [!seq] one character not in seq.  Matching is done
directly by a small backtracking matcher (no regular expressions);
translate() still returns an equivalent regular expression string.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    """Parse pat into a list of items: ('*',), ('?',), ('lit', text) or
    ('set', negate, ranges)."""
    items = _cache.get(pat)
    if items is not None:
        return items
    items = []
    i, n = 0, len(pat)
    lit = []

    def flush():
        if lit:
            items.append(('lit', ''.join(lit)))
            lit.clear()
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            flush()
            if not items or items[-1][0] != '*':
                items.append(('*',))
        elif c == '?':
            flush()
            items.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                lit.append('[')
                continue
            stuff = pat[i:j]
            i = j + 1
            negate = False
            if stuff[:1] == '!':
                negate = True
                stuff = stuff[1:]
            ranges = []
            k = 0
            while k < len(stuff):
                if k + 2 < len(stuff) and stuff[k + 1] == '-':
                    ranges.append((stuff[k], stuff[k + 2]))
                    k += 3
                else:
                    ranges.append((stuff[k], stuff[k]))
                    k += 1
            flush()
            items.append(('set', negate, tuple(ranges)))
        else:
            lit.append(c)
    flush()
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[pat] = items
    return items


def _in_set(ch, ranges):
    for lo, hi in ranges:
        if lo <= ch <= hi:
            return True
    return False


def _match(items, k, name, pos):
    # Match items[k:] against name[pos:]; backtracks only at '*'.
    n = len(name)
    while k < len(items):
        item = items[k]
        kind = item[0]
        if kind == 'lit':
            text = item[1]
            if not name.startswith(text, pos):
                return False
            pos += len(text)
        elif kind == '?':
            if pos >= n:
                return False
            pos += 1
        elif kind == 'set':
            if pos >= n:
                return False
            hit = _in_set(name[pos], item[2])
            if hit == item[1]:
                return False
            pos += 1
        else:
            if k == len(items) - 1:
                return True
            for start in range(pos, n + 1):
                if _match(items, k + 1, name, start):
                    return True
            return False
        k += 1
    return pos == n


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_compile(pat), 0, name, 0)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    items = _compile(pat)
    if os.path is posixpath:
        for name in names:
            if _match(items, 0, name, 0):
                result.append(name)
    else:
        for name in names:
            if _match(items, 0, os.path.normcase(name), 0):
                result.append(name)
    return result


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + c if c in _SPECIAL else c for c in text)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    res = []
    for item in _compile(pat):
        kind = item[0]
        if kind == 'lit':
            res.append(_escape(item[1]))
        elif kind == '?':
            res.append('.')
        elif kind == '*':
            res.append('.*')
        else:
            negate, ranges = item[1], item[2]
            parts = []
            for lo, hi in ranges:
                if lo == hi:
                    parts.append(_set_escape(lo))
                elif lo <= hi:
                    parts.append(_set_escape(lo) + '-' + _set_escape(hi))
            if not parts:
                res.append('.' if negate else '(?!)')
            else:
                res.append('[' + ('^' if negate else '') + ''.join(parts) + ']')
    return r'(?s:%s)\Z' % ''.join(res)


def _set_escape(c):
    return '\\' + c if c in '\\]^-[&~|' else c
