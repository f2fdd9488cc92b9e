"""textwrap: wrapping and filling text.

TextWrapper splits text into chunks (whitespace runs, words, and word
pieces that end at a hyphen), then packs the chunks greedily into lines.
The chunk splitter is hand-written: a word may break after a hyphen that
follows two letters (or letter-hyphen-letter) and precedes a letter, and a
run of two or more hyphens between words (an em-dash) is a chunk of its own.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal() and not c.isdigit()


def _is_wp(c):
    # A character that may precede an em-dash.
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are steps that
    subclasses may override."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # --- chunking -----------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks: whitespace runs and words (or
        word pieces, when break_on_hyphens)."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(self._split_word(text, i, j))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _split_word(text, start, stop):
        # Break the word text[start:stop] into pieces.  Look-behind checks
        # may see characters before start (as the word follows whitespace,
        # they are never letters, so this only matters inside the word).
        pieces = []
        i = start
        while i < stop:
            # An em-dash run: preceded by a word-ish char, followed by \w.
            if (text[i] == '-' and i + 1 < stop and text[i + 1] == '-' and
                    i > 0 and _is_wp(text[i - 1])):
                k = i
                while k < stop and text[k] == '-':
                    k += 1
                if k < stop and _is_word(text[k]):
                    pieces.append(text[i:k])
                    i = k
                    continue
            j = i + 1
            while True:
                if j >= stop:
                    pieces.append(text[i:stop])
                    i = stop
                    break
                if text[j] == '-' and _hyphen_break(text, j, stop):
                    pieces.append(text[i:j + 1])
                    i = j + 1
                    break
                if (_is_wp(text[j - 1]) and j + 2 < stop and
                        text[j] == '-' and text[j + 1] == '-'):
                    k = j
                    while k < stop and text[k] == '-':
                        k += 1
                    if k < stop and _is_word(text[k]):
                        pieces.append(text[i:j])
                        i = j
                        break
                j += 1
        return pieces

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence-ending period (or ! or ?) is followed by two
        spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break the chunk on top of reversed_chunks (too long for any line)
        to fill the rest of the current line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # A line never starts with whitespace (except the first).
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or
                            len(lines) + 1 < self.max_lines)
            rest_empty = (not chunks or
                          self.drop_whitespace and len(chunks) == 1 and
                          not chunks[0].strip())
            if last_allowed or (rest_empty and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # Out of lines: end this one with the placeholder.
            while cur_line:
                if (cur_line[-1].strip() and
                        cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # --- public interface ---------------------------------------------------

    def wrap(self, text):
        """Wrap a single paragraph of text; return a list of lines without
        final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap a single paragraph of text and return a single string."""
        return "\n".join(self.wrap(text))


def _hyphen_break(text, k, stop):
    # May a word break after the hyphen at text[k]?  It needs two letters
    # (or letter, hyphen, letter) before it and letter[-]letter after it.
    before = (k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2])) or \
             (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and
              _is_letter(text[k - 3]))
    if not before:
        return False
    if k + 1 < stop and _is_letter(text[k + 1]):
        if k + 2 < stop and _is_letter(text[k + 2]):
            return True
        if k + 3 < stop and text[k + 2] == '-' and _is_letter(text[k + 3]):
            return True
    return False


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk
    s = chunk
    if s and s[-1] in '"\'':
        s = s[:-1]
    return len(s) >= 2 and s[-1] in '.!?' and 'a' <= s[-2] <= 'z'


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width,
    ending with the placeholder (' [...]') if it had to be cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines that consist solely of spaces and tabs are emptied first and do
    not count; tabs and spaces are not treated as equivalent.
    """
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[idx] = ''
            continue
        ws = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ws
        elif ws.startswith(margin):
            pass
        elif margin.startswith(ws):
            margin = ws
        else:
            k = 0
            while k < len(margin) and k < len(ws) and margin[k] == ws[k]:
                k += 1
            margin = margin[:k]
    if margin:
        n = len(margin)
        lines = [line[n:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text.

    By default prefix goes on every line that is not whitespace-only.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
