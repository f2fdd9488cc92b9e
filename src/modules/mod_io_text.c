// src/modules/mod_io_text.c: _io.TextIOWrapper, text over a buffered binary stream.
//
// Reading: chunks of the buffer are decoded (UTF-8 incrementally, keeping an
// incomplete sequence in `pending`) and appended to `text`, kept exactly as
// decoded: newline translation happens as characters are handed out, so the
// bytes behind the unread part of `text` are always its encoding. That makes
// tell() simple: the buffer's position minus the encoded size of the unread
// text and the pending bytes (the "cookie" is a plain byte offset; CPython's
// opaque cookie also packs decoder state, which the codecs here never need
// after a complete character).
// Newline modes (`nl`): None reads any of "\n", "\r", "\r\n" as "\n"; "" ends
// lines at any of them untranslated; "\n", "\r", "\r\n" end lines at exactly
// that. On writing, "\r" and "\r\n" replace each "\n"; the others write "\n".
// Writes are encoded into `wbuf` and handed to the buffer in chunks, at
// flush(), before any read or seek, and at once with line_buffering when a
// newline is written.
//
// Guards: tests/golden/modules/io/.
#include <stdio.h>
#include <string.h>

#include "pith.h"              // the object API
#include "pith/codecs.h"       // pt_codecs_*
#include "modules/mod_io.h"    // PtIOBase, shared helpers

#define TEXT_CHUNK 8192

enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UTF16, ENC_UTF32, ENC_OTHER };

typedef struct TextIO {
    PtIOBase base;
    PtObject *buffer;
    PtObject *encoding, *errors;  // str
    PtObject *mode;               // set by open(), else NULL
    char enc[24], err[24];        // canonical codec name, error handler
    int enc_kind, nl;
    unsigned char ready, detached, readable, writable, seekable, telling, has_read1;
    unsigned char line_buffering, write_through, eof, bom_pending, seen;
    PtObject *text;  // decoded, untranslated, not yet consumed from `tpos`
    pt_ssize tpos;
    int text_cr;     // `text` holds a '\r' (else lines end only at '\n')
    char pending[8];
    int npending;
    char *wbuf;
    size_t wlen, wcap;
} TextIO;

#define TIO(o) ((TextIO *)(o))

// ---- Checks ----

static int tio_check_attached(TextIO *t) {
    if (t->detached) {
        pt_err_set_string(pt_exc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    if (!t->ready) {
        pt_err_set_string(pt_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

static int tio_check_closed(TextIO *t) {
    if (tio_check_attached(t) < 0) {
        return -1;
    }
    int c = pt_io_fast_closed(t->buffer);
    if (c == -2) {
        c = pt_io_is_closed(t->buffer);
    }
    if (c > 0) {
        pt_io_closed_error();
        return -1;
    }
    return c;
}

// ---- Encoding ----

static int encoding_kind(const char *name) {
    if (strcmp(name, "utf-8") == 0) {
        return ENC_UTF8;
    }
    if (strcmp(name, "latin-1") == 0 || strcmp(name, "iso8859-1") == 0) {
        return ENC_LATIN1;
    }
    if (strcmp(name, "ascii") == 0) {
        return ENC_ASCII;
    }
    if (strncmp(name, "utf-16", 6) == 0) {
        return ENC_UTF16;
    }
    if (strncmp(name, "utf-32", 6) == 0) {
        return ENC_UTF32;
    }
    return ENC_OTHER;
}

// Bytes of str `s` encoded with the stream's codec. New reference or NULL.
static PtObject *tio_encode(TextIO *t, PtObject *s) {
    if (t->enc_kind == ENC_UTF8) {
        return pt_codecs_encode_utf8(s, t->err);
    }
    const char *enc = t->enc;
    if (t->enc_kind == ENC_UTF16 && strcmp(enc, "utf-16") == 0 && !t->bom_pending) {
        enc = "utf-16-le";
    } else if (t->enc_kind == ENC_UTF32 && strcmp(enc, "utf-32") == 0 && !t->bom_pending) {
        enc = "utf-32-le";
    }
    t->bom_pending = 0;
    return pt_codecs_encode(s, enc, t->err);
}

// How many bytes the characters s[from:] take in the stream's encoding (-1 on error).
static pt_ssize tio_encoded_len(TextIO *t, PtObject *s, pt_ssize from) {
    pt_ssize n = pt_str_len(s), total = 0;
    if (t->enc_kind == ENC_LATIN1 || t->enc_kind == ENC_ASCII) {
        return n - from;
    }
    if (t->enc_kind == ENC_UTF8 || t->enc_kind == ENC_UTF16 || t->enc_kind == ENC_UTF32) {
        for (pt_ssize i = from; i < n; i++) {
            uint32_t c = pt_str_char(s, i);
            if (t->enc_kind == ENC_UTF32) {
                total += 4;
            } else if (t->enc_kind == ENC_UTF16) {
                total += c >= 0x10000 ? 4 : 2;
            } else {
                total += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xDC80 && c <= 0xDCFF) ? 1 : c < 0x10000 ? 3 : 4;
            }
        }
        return total;
    }
    PtObject *sub = pt_str_substr(s, from, n);
    PtObject *b = sub != NULL ? pt_codecs_encode(sub, t->enc, t->err) : NULL;
    pt_xdecref(sub);
    if (b == NULL) {
        return -1;
    }
    total = pt_bytes_len(b);
    pt_decref(b);
    return total;
}

// ---- Writing ----

// Hand the encoded pending writes to the buffer. 0 or -1.
static int tio_flush_wbuf(TextIO *t) {
    if (t->wlen == 0) {
        return 0;
    }
    PtObject *b = pt_bytes_new(t->wbuf, t->wlen);
    t->wlen = 0;
    if (b == NULL) {
        return -1;
    }
    PtObject *r = pt_object_call_method_str(t->buffer, "write", &b, 1);
    pt_decref(b);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

static int tio_append_wbuf(TextIO *t, const char *data, size_t n) {
    if (t->wlen + n > t->wcap) {
        size_t ncap = t->wcap ? t->wcap : TEXT_CHUNK;
        while (ncap < t->wlen + n) {
            ncap *= 2;
        }
        char *nb = pt_mem_realloc(t->wbuf, t->wcap, ncap);
        if (nb == NULL) {
            pt_err_no_memory();
            return -1;
        }
        t->wbuf = nb;
        t->wcap = ncap;
    }
    memcpy(t->wbuf + t->wlen, data, n);
    t->wlen += n;
    return 0;
}

// Forget read-ahead (a write or seek moves the logical position).
static void tio_reset_read(TextIO *t) {
    if (t->text == NULL && t->npending == 0 && !t->eof) {
        return;
    }
    pt_clearref(&t->text);
    t->tpos = 0;
    t->npending = 0;
    t->eof = 0;
}

// "\n" replaced by the stream's newline on output. New reference.
static PtObject *tio_translate_out(TextIO *t, PtObject *s) {
    if (t->nl != NL_CR && t->nl != NL_CRLF) {
        return pt_newref(s);
    }
    PtObject *a[2] = {pt_str_id("\n"), pt_str_id(t->nl == NL_CR ? "\r" : "\r\n")};
    return pt_object_call_method_str(s, "replace", a, 2);
}

static int str_has(PtObject *s, uint32_t ch) {
    pt_ssize n = pt_str_len(s);
    if (pt_str_kind(s) == 1) {
        return memchr(pt_str_data(s), (int)ch, (size_t)n) != NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (pt_str_char(s, i) == ch) {
            return 1;
        }
    }
    return 0;
}

static PtObject *tio_write(PtObject *self, PtObject *arg) {
    TextIO *t = TIO(self);
    if (tio_check_closed(t) < 0) {
        return NULL;
    }
    if (!pt_is_str(arg)) {
        return pt_err_format(pt_exc_TypeError, "write() argument must be str, not %T", arg);
    }
    if (!t->writable) {
        return pt_io_unsupported("not writable");
    }
    pt_ssize n = pt_str_len(arg);
    size_t alen;
    const char *ascii = pt_str_ascii(arg, &alen);
    if (ascii != NULL && t->enc_kind <= ENC_ASCII && t->nl != NL_CR && t->nl != NL_CRLF) {
        // ASCII text in an ASCII-compatible codec: the characters are the bytes.
        int lf = memchr(ascii, '\n', alen) != NULL;
        int flush = t->line_buffering && (lf || memchr(ascii, '\r', alen) != NULL);
        tio_reset_read(t);
        if (tio_append_wbuf(t, ascii, alen) < 0 ||
            ((t->wlen >= TEXT_CHUNK || flush || t->write_through) && tio_flush_wbuf(t) < 0)) {
            return NULL;
        }
        if (flush) {
            PtObject *f = pt_object_call_method_str(t->buffer, "flush", NULL, 0);
            if (f == NULL) {
                return NULL;
            }
            pt_decref(f);
        }
        return pt_int_from_ssize(n);
    }
    int haslf = str_has(arg, '\n');
    int needflush = t->line_buffering && (haslf || str_has(arg, '\r'));
    PtObject *out = haslf ? tio_translate_out(t, arg) : pt_newref(arg);
    PtObject *b = out != NULL ? tio_encode(t, out) : NULL;
    pt_xdecref(out);
    if (b == NULL) {
        return NULL;
    }
    tio_reset_read(t);
    int r = tio_append_wbuf(t, pt_bytes_data(b), (size_t)pt_bytes_len(b));
    pt_decref(b);
    if (r == 0 && (t->wlen >= TEXT_CHUNK || needflush || t->write_through)) {
        r = tio_flush_wbuf(t);
    }
    if (r == 0 && needflush) {
        PtObject *f = pt_object_call_method_str(t->buffer, "flush", NULL, 0);
        r = f != NULL ? 0 : -1;
        pt_xdecref(f);
    }
    return r < 0 ? NULL : pt_int_from_ssize(n);
}

// ---- Reading: chunks ----

// Decode data[0, len) (pending bytes already prepended); keep an incomplete tail. New str or NULL.
static PtObject *tio_decode(TextIO *t, const char *data, size_t len, int final) {
    size_t used = len;
    PtObject *s;
    if (t->enc_kind == ENC_UTF8) {
        s = pt_codecs_decode_utf8_stateful(data, len, t->err, final, &used);
    } else {
        size_t unit = t->enc_kind == ENC_UTF16 ? 2 : t->enc_kind == ENC_UTF32 ? 4 : 1;
        if (!final) {
            used = len - len % unit;
        }
        const char *enc = t->enc;
        if (t->enc_kind == ENC_UTF16 && strcmp(enc, "utf-16") == 0 && t->bom_pending == 2) {
            enc = "utf-16-le";
        } else if (t->enc_kind == ENC_UTF32 && strcmp(enc, "utf-32") == 0 && t->bom_pending == 2) {
            enc = "utf-32-le";
        }
        s = pt_codecs_decode(data, used, enc, t->err);
        if (t->enc_kind == ENC_UTF16 || t->enc_kind == ENC_UTF32) {
            t->bom_pending = 2;  // a BOM is only at the very start
        }
    }
    if (s == NULL) {
        return NULL;
    }
    t->npending = (int)(len - used);
    if (t->npending > (int)sizeof t->pending) {
        t->npending = 0;
    }
    memcpy(t->pending, data + used, (size_t)t->npending);
    return s;
}

// Read one chunk from the buffer and append its text. 1 if text grew or more
// may come, 0 at end of file, -1 on error.
static int tio_load_chunk(TextIO *t, pt_ssize size_hint) {
    if (t->eof) {
        return 0;
    }
    pt_ssize want = size_hint > TEXT_CHUNK ? size_hint : TEXT_CHUNK;
    PtObject *data = pt_object_call_method_str(t->buffer, t->has_read1 ? "read1" : "read",
                                               (PtObject *[]){pt_int_from_ssize(want)}, 1);
    if (data == NULL) {
        return -1;
    }
    if (data == pt_None) {
        pt_decref(data);
        return 0;
    }
    PtBuffer v;
    if (pt_buffer_get(data, &v, 0) < 0) {
        pt_decref(data);
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%T'",
                      t->has_read1 ? "read1" : "read", data);
        return -1;
    }
    t->eof = v.len == 0;
    size_t total = (size_t)t->npending + (size_t)v.len;
    char *joined = pt_mem_alloc(total + 1);
    PtObject *s = NULL;
    if (joined != NULL) {
        memcpy(joined, t->pending, (size_t)t->npending);
        memcpy(joined + t->npending, v.buf, (size_t)v.len);
        s = tio_decode(t, joined, total, t->eof);
        pt_mem_free(joined, total + 1);
    } else {
        pt_err_no_memory();
    }
    pt_buffer_release(&v);
    pt_decref(data);
    if (s == NULL) {
        return -1;
    }
    if (t->text == NULL || t->tpos >= pt_str_len(t->text)) {
        pt_setref(&t->text, s);
    } else {
        PtObject *rest = pt_str_substr(t->text, t->tpos, pt_str_len(t->text));
        PtObject *cat = rest != NULL ? pt_str_concat(rest, s) : NULL;
        pt_xdecref(rest);
        pt_decref(s);
        if (cat == NULL) {
            return -1;
        }
        pt_setref(&t->text, cat);
    }
    t->tpos = 0;
    t->text_cr = str_has(t->text, '\r');
    return 1;
}

static pt_ssize tio_avail(TextIO *t) { return t->text != NULL ? pt_str_len(t->text) - t->tpos : 0; }

// Before reading: flush writes, check readability. 0 or -1.
static int tio_prepare_read(TextIO *t) {
    if (tio_check_closed(t) < 0) {
        return -1;
    }
    if (!t->readable) {
        pt_io_unsupported("not readable");
        return -1;
    }
    return tio_flush_wbuf(t);
}

// Record which line endings `s` holds (universal modes only: the newlines attribute).
static void note_newlines(TextIO *t, PtObject *s) {
    pt_ssize n = pt_str_len(s);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(s, i);
        if (c == '\n') {
            t->seen |= 2;
        } else if (c == '\r') {
            int crlf = i + 1 < n && pt_str_char(s, i + 1) == '\n';
            t->seen |= crlf ? 4 : 1;
            i += crlf;
        }
    }
}

// Universal newlines: "\r\n" and "\r" become "\n". New reference.
static PtObject *translate_in(TextIO *t, PtObject *s, int has_cr) {
    if (!has_cr && (t->nl == NL_NONE || t->nl == NL_EMPTY)) {
        pt_ssize n = pt_str_len(s);
        if ((n > 0 && pt_str_char(s, n - 1) == '\n') || str_has(s, '\n')) {
            t->seen |= 2;
        }
        return pt_newref(s);
    }
    if (t->nl == NL_EMPTY) {
        note_newlines(t, s);
    }
    if (t->nl != NL_NONE) {
        return pt_newref(s);
    }
    note_newlines(t, s);
    if (!str_has(s, '\r')) {
        return pt_newref(s);
    }
    PtObject *a[2] = {pt_str_id("\r\n"), pt_str_id("\n")};
    PtObject *s1 = pt_object_call_method_str(s, "replace", a, 2);
    if (s1 == NULL) {
        return NULL;
    }
    a[0] = pt_str_id("\r");
    PtObject *s2 = pt_object_call_method_str(s1, "replace", a, 2);
    pt_decref(s1);
    return s2;
}

// ---- Reading: read() ----

static PtObject *tio_read_all(TextIO *t) {
    PtObject *data = pt_object_call_method_str(t->buffer, "read", NULL, 0);
    if (data == NULL) {
        return NULL;
    }
    PtBuffer v;
    if (data == pt_None || pt_buffer_get(data, &v, 0) < 0) {
        pt_decref(data);
        if (!pt_err_occurred()) {
            return pt_str_from_cstr("");
        }
        return NULL;
    }
    size_t total = (size_t)t->npending + (size_t)v.len;
    char *joined = pt_mem_alloc(total + 1);
    PtObject *tail = NULL;
    if (joined != NULL) {
        memcpy(joined, t->pending, (size_t)t->npending);
        memcpy(joined + t->npending, v.buf, (size_t)v.len);
        tail = tio_decode(t, joined, total, 1);
        pt_mem_free(joined, total + 1);
    } else {
        pt_err_no_memory();
    }
    pt_buffer_release(&v);
    pt_decref(data);
    if (tail == NULL) {
        return NULL;
    }
    PtObject *all = tail;
    if (tio_avail(t) > 0) {
        PtObject *rest = pt_str_substr(t->text, t->tpos, pt_str_len(t->text));
        all = rest != NULL ? pt_str_concat(rest, tail) : NULL;
        pt_xdecref(rest);
        pt_decref(tail);
    }
    pt_clearref(&t->text);
    t->tpos = 0;
    t->eof = 1;
    if (all == NULL) {
        return NULL;
    }
    PtObject *r = translate_in(t, all, str_has(all, '\r'));
    pt_decref(all);
    return r;
}

// read(n): n characters after translation (a "\r\n" pair counts as one).
static PtObject *tio_read_n(TextIO *t, pt_ssize n) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_ssize got = 0;
    while (got < n) {
        // Keep one character of look-ahead so a "\r\n" split across chunks is seen whole.
        if (tio_avail(t) < 2 && !t->eof) {
            int r = tio_load_chunk(t, n - got);
            if (r < 0) {
                pt_sb_discard(&sb);
                return NULL;
            }
            if (r == 0 && tio_avail(t) == 0) {
                break;
            }
            continue;
        }
        if (tio_avail(t) == 0) {
            break;
        }
        pt_ssize len = pt_str_len(t->text);
        if (t->nl != NL_NONE) {
            pt_ssize take = len - t->tpos < n - got ? len - t->tpos : n - got;
            PtObject *part = pt_str_substr(t->text, t->tpos, t->tpos + take);
            if (part == NULL || pt_sb_append_str(&sb, part) < 0) {
                pt_xdecref(part);
                pt_sb_discard(&sb);
                return NULL;
            }
            pt_decref(part);
            t->tpos += take;
            got += take;
            continue;
        }
        uint32_t c = pt_str_char(t->text, t->tpos);
        if (c == '\r') {
            int crlf = t->tpos + 1 < len && pt_str_char(t->text, t->tpos + 1) == '\n';
            t->seen |= crlf ? 4 : 1;
            t->tpos += crlf ? 2 : 1;
            c = '\n';
        } else {
            t->tpos++;
        }
        if (pt_sb_append_char(&sb, c) < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
        got++;
    }
    return pt_sb_finish(&sb);
}

static PtObject *tio_read(PtObject *self, PtObject *const *args, size_t nargs) {
    TextIO *t = TIO(self);
    pt_ssize n;
    if (pt_io_size_arg(args, nargs, "read", &n) < 0 || tio_prepare_read(t) < 0) {
        return NULL;
    }
    return n < 0 ? tio_read_all(t) : tio_read_n(t, n);
}

// ---- Reading: lines ----

// Where the line starting at text[tpos] ends (index after its terminator), or
// -1 when the text holds no complete line yet. `*crlf_wait` is set when a
// final "\r" needs the next character to decide.
static pt_ssize find_line_end(TextIO *t, pt_ssize from, int *crlf_wait) {
    PtObject *s = t->text;
    pt_ssize len = pt_str_len(s);
    *crlf_wait = 0;
    if (t->nl == NL_LF || (t->nl == NL_NONE && !t->text_cr)) {
        if (pt_str_kind(s) == 1) {
            const char *d = pt_str_data(s);
            const char *p = memchr(d + from, '\n', (size_t)(len - from));
            return p != NULL ? (pt_ssize)(p - d) + 1 : -1;
        }
        for (pt_ssize i = from; i < len; i++) {
            if (pt_str_char(s, i) == '\n') {
                return i + 1;
            }
        }
        return -1;
    }
    for (pt_ssize i = from; i < len; i++) {
        uint32_t c = pt_str_char(s, i);
        if (c == '\n' && t->nl != NL_CR && t->nl != NL_CRLF) {
            return i + 1;
        }
        if (c != '\r') {
            continue;
        }
        if (t->nl == NL_CR) {
            return i + 1;
        }
        if (i + 1 == len && !t->eof) {
            *crlf_wait = 1;
            return -1;
        }
        int lf = i + 1 < len && pt_str_char(s, i + 1) == '\n';
        if (t->nl == NL_CRLF) {
            if (lf) {
                return i + 2;
            }
            continue;
        }
        return i + 1 + lf;
    }
    return -1;
}

static PtObject *tio_readline_impl(TextIO *t, pt_ssize limit) {
    for (;;) {
        if (tio_avail(t) > 0) {
            int wait;
            pt_ssize len = pt_str_len(t->text);
            pt_ssize stop = find_line_end(t, t->tpos, &wait);
            if (stop < 0 && t->eof) {
                stop = len;  // the last line has no terminator
            }
            if (limit >= 0 && (stop >= 0 ? stop : len) - t->tpos >= limit) {
                stop = t->tpos + limit;
            }
            if (stop >= 0) {
                PtObject *line = pt_str_substr(t->text, t->tpos, stop);
                t->tpos = stop;
                if (line == NULL) {
                    return NULL;
                }
                PtObject *r = translate_in(t, line, t->text_cr);
                pt_decref(line);
                return r;
            }
        } else if (t->eof) {
            return pt_str_from_cstr("");
        }
        int r = tio_load_chunk(t, 0);
        if (r < 0) {
            return NULL;
        }
        if (r == 0) {
            t->eof = 1;  // a non-blocking buffer with no data ends the line too
        }
    }
}

static PtObject *tio_readline(PtObject *self, PtObject *const *args, size_t nargs) {
    TextIO *t = TIO(self);
    pt_ssize limit;
    if (pt_io_size_arg(args, nargs, "readline", &limit) < 0 || tio_prepare_read(t) < 0) {
        return NULL;
    }
    return tio_readline_impl(t, limit);
}

static PtObject *tio_iternext(PtObject *self) {
    TextIO *t = TIO(self);
    PtObject *line;
    t->telling = 0;
    if (pt_type(self) == &pt_io_textiowrapper_type) {
        if (tio_prepare_read(t) < 0) {
            return NULL;
        }
        line = tio_readline_impl(t, -1);
    } else {
        line = pt_object_call_method_str(self, "readline", NULL, 0);
        if (line != NULL && !pt_is_str(line)) {
            pt_err_format(pt_exc_OSError, "readline() should have returned a str object, not '%T'", line);
            pt_clearref(&line);
        }
    }
    if (line != NULL && pt_str_len(line) == 0) {
        pt_clearref(&line);
        t->telling = t->seekable;
    }
    return line;
}

// ---- Position ----

static PtObject *tio_flush(PtObject *self, PtObject *unused) {
    TextIO *t = TIO(self);
    if (tio_check_closed(t) < 0) {
        return NULL;
    }
    t->telling = t->seekable;
    if (tio_flush_wbuf(t) < 0) {
        return NULL;
    }
    return pt_object_call_method_str(t->buffer, "flush", NULL, 0);
}

static PtObject *tio_tell(PtObject *self, PtObject *unused) {
    TextIO *t = TIO(self);
    if (tio_check_closed(t) < 0) {
        return NULL;
    }
    if (!t->seekable) {
        return pt_io_unsupported("underlying stream is not seekable");
    }
    if (!t->telling) {
        return pt_err_set_string(pt_exc_OSError, "telling position disabled by next() call");
    }
    PtObject *f = tio_flush(self, NULL);
    if (f == NULL) {
        return NULL;
    }
    pt_decref(f);
    PtObject *pos = pt_object_call_method_str(t->buffer, "tell", NULL, 0);
    if (pos == NULL || (tio_avail(t) == 0 && t->npending == 0)) {
        return pos;
    }
    int64_t p = pt_int_as_i64(pos);
    pt_decref(pos);
    pt_ssize unread = tio_avail(t) > 0 ? tio_encoded_len(t, t->text, t->tpos) : 0;
    if ((p == -1 || unread < 0) && pt_err_occurred()) {
        return NULL;
    }
    return pt_int_from_i64(p - unread - t->npending);
}

static PtObject *tio_seek(PtObject *self, PtObject *const *args, size_t nargs) {
    TextIO *t = TIO(self);
    if (pt_check_nargs("seek", nargs, 1, 2) < 0 || tio_check_closed(t) < 0) {
        return NULL;
    }
    int64_t whence = nargs == 2 ? pt_int_as_i64(args[1]) : 0;
    if (whence == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (!t->seekable) {
        return pt_io_unsupported("underlying stream is not seekable");
    }
    PtObject *cookie = args[0];
    if (whence == 1 || whence == 2) {
        int zero = pt_object_richcompare_bool(cookie, pt_smallint(0), PT_EQ);
        if (zero < 0) {
            return NULL;
        }
        if (!zero) {
            return pt_io_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                                 : "can't do nonzero end-relative seeks");
        }
        if (whence == 1) {
            return tio_tell(self, NULL);
        }
    } else if (whence != 0) {
        return pt_err_format(pt_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (whence == 0) {
        if (!pt_is_int(cookie)) {
            return pt_err_format(pt_exc_TypeError, "an integer is required (got type %T)", cookie);
        }
        if (pt_int_sign(cookie) < 0) {
            return pt_err_format(pt_exc_ValueError, "negative seek position %R", cookie);
        }
    }
    PtObject *f = tio_flush(self, NULL);
    if (f == NULL) {
        return NULL;
    }
    pt_decref(f);
    tio_reset_read(t);
    PtObject *a[2] = {whence == 2 ? pt_smallint(0) : cookie, pt_smallint(whence)};
    PtObject *r = pt_object_call_method_str(t->buffer, "seek", a, 2);
    if (r != NULL && pt_int_sign(r) != 0 && (t->enc_kind == ENC_UTF16 || t->enc_kind == ENC_UTF32)) {
        t->bom_pending = 2;
    }
    return r;
}

static PtObject *tio_truncate(PtObject *self, PtObject *const *args, size_t nargs) {
    TextIO *t = TIO(self);
    if (pt_check_nargs("truncate", nargs, 0, 1) < 0) {
        return NULL;
    }
    PtObject *f = tio_flush(self, NULL);
    if (f == NULL) {
        return NULL;
    }
    pt_decref(f);
    PtObject *pos = nargs == 1 && args[0] != pt_None ? pt_newref(args[0]) : tio_tell(self, NULL);
    if (pos == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(t->buffer, "truncate", &pos, 1);
    pt_decref(pos);
    return r;
}

// ---- Lifecycle ----

static PtObject *tio_close(PtObject *self, PtObject *unused) {
    TextIO *t = TIO(self);
    if (tio_check_attached(t) < 0) {
        return NULL;
    }
    int c = pt_io_is_closed(t->buffer);
    if (c != 0) {
        return c < 0 ? NULL : pt_newref(pt_None);
    }
    PtObject *f = pt_object_call_method_str(self, "flush", NULL, 0);
    PtObject *saved = f == NULL ? pt_err_fetch() : NULL;
    pt_xdecref(f);
    PtObject *r = pt_object_call_method_str(t->buffer, "close", NULL, 0);
    if (saved != NULL) {
        pt_xdecref(r);
        pt_err_clear();
        pt_err_restore(saved);
        return NULL;
    }
    return r;
}

static PtObject *tio_detach(PtObject *self, PtObject *unused) {
    TextIO *t = TIO(self);
    if (tio_check_attached(t) < 0) {
        return NULL;
    }
    PtObject *f = pt_object_call_method_str(self, "flush", NULL, 0);
    if (f == NULL) {
        return NULL;
    }
    pt_decref(f);
    PtObject *b = t->buffer;
    t->buffer = NULL;
    t->detached = 1;
    return b;
}

static PtObject *tio_forward(PtObject *self, const char *meth) {
    TextIO *t = TIO(self);
    if (tio_check_attached(t) < 0) {
        return NULL;
    }
    return pt_object_call_method_str(t->buffer, meth, NULL, 0);
}

static PtObject *tio_fileno(PtObject *self, PtObject *u) { return tio_forward(self, "fileno"); }
static PtObject *tio_isatty(PtObject *self, PtObject *u) { return tio_forward(self, "isatty"); }
static PtObject *tio_readable(PtObject *self, PtObject *u) { return tio_forward(self, "readable"); }
static PtObject *tio_writable(PtObject *self, PtObject *u) { return tio_forward(self, "writable"); }
static PtObject *tio_seekable(PtObject *self, PtObject *u) { return tio_forward(self, "seekable"); }

// Set the codec, errors and newline fields from constructor/reconfigure arguments. 0 or -1.
static int tio_set_codec(TextIO *t, PtObject *encoding, PtObject *errors) {
    if (encoding != NULL) {
        if (!pt_is_str(encoding)) {
            pt_err_format(pt_exc_TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %T",
                          encoding);
            return -1;
        }
        char buf[64];
        pt_str_to_utf8_buf(encoding, buf, sizeof buf);
        const char *canon = pt_codecs_lookup_name(buf);
        if (canon == NULL) {
            pt_err_format(pt_exc_LookupError, "unknown encoding: %U", encoding);
            return -1;
        }
        snprintf(t->enc, sizeof t->enc, "%s", canon);
        t->enc_kind = encoding_kind(canon);
        pt_setref(&t->encoding, pt_newref(encoding));
    }
    if (errors != NULL) {
        if (!pt_is_str(errors)) {
            pt_err_format(pt_exc_TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %T", errors);
            return -1;
        }
        pt_str_to_utf8_buf(errors, t->err, sizeof t->err);
        pt_setref(&t->errors, pt_newref(errors));
    }
    return 0;
}

static int tio_newline(PtObject *nl) {
    if (nl == pt_None) {
        return NL_NONE;
    }
    if (!pt_is_str(nl)) {
        pt_err_format(pt_exc_TypeError, "TextIOWrapper() argument 'newline' must be str or None, not %T", nl);
        return -1;
    }
    static const char *const names[] = {"", "\n", "\r", "\r\n"};
    for (int i = 0; i < 4; i++) {
        if (pt_str_eq_cstr(nl, names[i])) {
            return NL_EMPTY + i;
        }
    }
    pt_err_format(pt_exc_ValueError, "illegal newline value: %U", nl);
    return -1;
}

// buffer.<meth>() as a truth value, or -1.
static int buffer_flag(PtObject *buffer, const char *meth) {
    PtObject *r = pt_object_call_method_str(buffer, meth, NULL, 0);
    int v = r != NULL ? pt_object_is_true(r) : -1;
    pt_xdecref(r);
    return v;
}

static int tio_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL};
    TextIO *t = TIO(self);
    PtObject *buffer, *encoding = pt_None, *errors = pt_None, *newline = pt_None;
    int line_buffering = 0, write_through = 0;
    if (pt_parse_args(args, nargs, kwnames, "O|OOOpp:TextIOWrapper", kwlist, &buffer, &encoding, &errors, &newline,
                      &line_buffering, &write_through) < 0) {
        return -1;
    }
    t->ready = 0;
    int nl = tio_newline(newline);
    PtObject *enc = nl < 0 ? NULL : pt_io_text_encoding(encoding);
    PtObject *err = errors == pt_None ? pt_str_id("strict") : errors;
    int r = enc == NULL ? -1 : tio_set_codec(t, enc, err);
    pt_xdecref(enc);
    if (r < 0) {
        return -1;
    }
    t->nl = nl;
    t->line_buffering = (unsigned char)line_buffering;
    t->write_through = (unsigned char)write_through;
    pt_setref(&t->buffer, pt_newref(buffer));
    tio_reset_read(t);
    t->wlen = 0;
    int readable = buffer_flag(buffer, "readable"), writable = readable < 0 ? -1 : buffer_flag(buffer, "writable");
    int seekable = writable < 0 ? -1 : buffer_flag(buffer, "seekable");
    if (seekable < 0) {
        return -1;
    }
    t->readable = (unsigned char)readable;
    t->writable = (unsigned char)writable;
    t->seekable = t->telling = (unsigned char)seekable;
    t->has_read1 = (unsigned char)pt_object_hasattr_str(buffer, "read1");
    t->bom_pending = 1;
    if (seekable && writable && (t->enc_kind == ENC_UTF16 || t->enc_kind == ENC_UTF32)) {
        PtObject *pos = pt_object_call_method_str(buffer, "tell", NULL, 0);
        if (pos != NULL && pt_int_sign(pos) != 0) {
            t->bom_pending = 2;
        }
        pt_xdecref(pos);
        pt_err_clear();
    }
    t->detached = 0;
    t->ready = 1;
    return 0;
}

static PtObject *tio_reconfigure(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    TextIO *t = TIO(self);
    PtObject *encoding = pt_None, *errors = pt_None, *newline = pt_Ellipsis, *lb = pt_None, *wt = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|$OOOOO:reconfigure", kwlist, &encoding, &errors, &newline, &lb,
                      &wt) < 0 ||
        tio_check_attached(t) < 0) {
        return NULL;
    }
    if ((encoding != pt_None || newline != pt_Ellipsis) && t->text != NULL) {
        return pt_io_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    }
    PtObject *f = pt_object_call_method_str(self, "flush", NULL, 0);
    if (f == NULL) {
        return NULL;
    }
    pt_decref(f);
    int nl = newline == pt_Ellipsis ? t->nl : tio_newline(newline);
    if (nl < 0) {
        return NULL;
    }
    PtObject *err = errors != pt_None ? errors : encoding != pt_None ? pt_str_id("strict") : NULL;
    if (tio_set_codec(t, encoding != pt_None ? encoding : NULL, err) < 0) {
        return NULL;
    }
    t->nl = nl;
    int v;
    if (lb != pt_None) {
        if ((v = pt_object_is_true(lb)) < 0) {
            return NULL;
        }
        t->line_buffering = (unsigned char)v;
    }
    if (wt != pt_None) {
        if ((v = pt_object_is_true(wt)) < 0) {
            return NULL;
        }
        t->write_through = (unsigned char)v;
    }
    return pt_newref(pt_None);
}

static PtObject *tio_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    TextIO *t = (TextIO *)pt_object_alloc(type, (size_t)type->basicsize);
    if (t != NULL) {
        pt_gc_track(&t->base.ob);
    }
    return (PtObject *)t;
}

static void tio_dealloc(PtObject *o) {
    if (pt_io_dealloc_close(o)) {
        return;
    }
    TextIO *t = TIO(o);
    pt_gc_untrack(o);
    pt_xdecref(t->buffer);
    pt_xdecref(t->encoding);
    pt_xdecref(t->errors);
    pt_xdecref(t->mode);
    pt_xdecref(t->text);
    pt_mem_free(t->wbuf, t->wcap);
    pt_object_free(o, sizeof(TextIO));
}

static int tio_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    TextIO *t = TIO(o);
    PtObject *f[3] = {t->buffer, t->mode, t->encoding};
    for (int i = 0; i < 3; i++) {
        int r = f[i] != NULL ? visit(f[i], arg) : 0;
        if (r) {
            return r;
        }
    }
    return 0;
}

static int tio_clear(PtObject *o) {
    TextIO *t = TIO(o);
    t->ready = 0;
    pt_clearref(&t->buffer);
    pt_clearref(&t->mode);
    return 0;
}

// ---- Attributes ----

static PtObject *tio_buffer_attr(PtObject *self, const char *name) {
    TextIO *t = TIO(self);
    if (tio_check_attached(t) < 0) {
        return NULL;
    }
    return pt_object_getattr_str(t->buffer, name);
}

static PtObject *tio_closed_get(PtObject *self, void *c) { return tio_buffer_attr(self, "closed"); }
static PtObject *tio_name_get(PtObject *self, void *c) { return tio_buffer_attr(self, "name"); }

static PtObject *tio_buffer_get(PtObject *self, void *c) {
    TextIO *t = TIO(self);
    if (tio_check_attached(t) < 0) {
        return NULL;
    }
    return pt_newref(t->buffer);
}

static PtObject *tio_encoding_get(PtObject *self, void *c) {
    return pt_newref(TIO(self)->encoding != NULL ? TIO(self)->encoding : pt_None);
}

static PtObject *tio_errors_get(PtObject *self, void *c) {
    return pt_newref(TIO(self)->errors != NULL ? TIO(self)->errors : pt_None);
}

static PtObject *tio_line_buffering_get(PtObject *self, void *c) {
    return pt_newref(pt_bool(TIO(self)->line_buffering));
}

static PtObject *tio_write_through_get(PtObject *self, void *c) {
    return pt_newref(pt_bool(TIO(self)->write_through));
}

static PtObject *tio_newlines_get(PtObject *self, void *c) {
    TextIO *t = TIO(self);
    if ((t->nl != NL_NONE && t->nl != NL_EMPTY) || t->seen == 0) {
        return pt_newref(pt_None);
    }
    PtObject *items[3];
    int n = 0;
    if (t->seen & 1) {
        items[n++] = pt_str_id("\r");
    }
    if (t->seen & 2) {
        items[n++] = pt_str_id("\n");
    }
    if (t->seen & 4) {
        items[n++] = pt_str_id("\r\n");
    }
    return n == 1 ? pt_newref(items[0]) : pt_tuple_from_array(items, (size_t)n);
}

static PtObject *tio_mode_get(PtObject *self, void *c) {
    if (TIO(self)->mode == NULL) {
        return pt_err_format(pt_exc_AttributeError, "'%T' object has no attribute 'mode'", self);
    }
    return pt_newref(TIO(self)->mode);
}

static int tio_mode_set(PtObject *self, PtObject *v, void *c) {
    pt_setref(&TIO(self)->mode, v != NULL ? pt_newref(v) : NULL);
    return 0;
}

static PtObject *tio_chunk_get(PtObject *self, void *c) { return pt_smallint(TEXT_CHUNK); }

static PtObject *tio_repr(PtObject *self) {
    TextIO *t = TIO(self);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    const char *tn = pt_type(self)->name;
    pt_sb_append_utf8(&sb, "<", 1);
    pt_sb_append_utf8(&sb, tn, strlen(tn));
    PtObject *name = NULL;
    if (t->ready && !t->detached && pt_object_lookup_attr(self, pt_str_id("name"), &name) < 0) {
        if (!pt_err_matches(pt_exc_ValueError)) {
            pt_sb_discard(&sb);
            return NULL;
        }
        pt_err_clear();
    }
    PtObject *parts[2] = {name, t->mode};
    const char *labels[2] = {" name=", " mode="};
    for (int i = 0; i < 2; i++) {
        if (parts[i] == NULL) {
            continue;
        }
        PtObject *r = pt_object_repr(parts[i]);
        if (r == NULL) {
            pt_xdecref(name);
            pt_sb_discard(&sb);
            return NULL;
        }
        pt_sb_append_utf8(&sb, labels[i], 6);
        pt_sb_append_str(&sb, r);
        pt_decref(r);
    }
    pt_xdecref(name);
    if (t->encoding != NULL) {
        PtObject *r = pt_object_repr(t->encoding);
        if (r == NULL) {
            pt_sb_discard(&sb);
            return NULL;
        }
        pt_sb_append_utf8(&sb, " encoding=", 10);
        pt_sb_append_str(&sb, r);
        pt_decref(r);
    }
    pt_sb_append_utf8(&sb, ">", 1);
    return pt_sb_finish(&sb);
}

static const PtMethodDef tio_methods[] = {
    {"read", PT_FN(tio_read), PT_METH_FAST, NULL},
    {"readline", PT_FN(tio_readline), PT_METH_FAST, NULL},
    {"write", PT_FN(tio_write), PT_METH_O, NULL},
    {"flush", PT_FN(tio_flush), PT_METH_NOARGS, NULL},
    {"close", PT_FN(tio_close), PT_METH_NOARGS, NULL},
    {"detach", PT_FN(tio_detach), PT_METH_NOARGS, NULL},
    {"seek", PT_FN(tio_seek), PT_METH_FAST, NULL},
    {"tell", PT_FN(tio_tell), PT_METH_NOARGS, NULL},
    {"truncate", PT_FN(tio_truncate), PT_METH_FAST, NULL},
    {"fileno", PT_FN(tio_fileno), PT_METH_NOARGS, NULL},
    {"isatty", PT_FN(tio_isatty), PT_METH_NOARGS, NULL},
    {"readable", PT_FN(tio_readable), PT_METH_NOARGS, NULL},
    {"writable", PT_FN(tio_writable), PT_METH_NOARGS, NULL},
    {"seekable", PT_FN(tio_seekable), PT_METH_NOARGS, NULL},
    {"reconfigure", PT_FN(tio_reconfigure), PT_METH_FASTKW, "Reconfigure the text stream with new parameters."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef tio_getset[] = {
    {"closed", tio_closed_get, NULL, NULL, NULL},
    {"name", tio_name_get, NULL, NULL, NULL},
    {"buffer", tio_buffer_get, NULL, NULL, NULL},
    {"encoding", tio_encoding_get, NULL, NULL, NULL},
    {"errors", tio_errors_get, NULL, NULL, NULL},
    {"newlines", tio_newlines_get, NULL, NULL, NULL},
    {"line_buffering", tio_line_buffering_get, NULL, NULL, NULL},
    {"write_through", tio_write_through_get, NULL, NULL, NULL},
    {"mode", tio_mode_get, tio_mode_set, NULL, NULL},
    {"_CHUNK_SIZE", tio_chunk_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_io_textiowrapper_type = {
    .name = "_io.TextIOWrapper",
    .base = &pt_io_textiobase_type,
    .basicsize = sizeof(TextIO),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_HAS_FINALIZER | PT_TF_WEAKREFABLE,
    .dealloc = tio_dealloc,
    .traverse = tio_traverse,
    .clear = tio_clear,
    .repr = tio_repr,
    .new_ = tio_new,
    .init = tio_init,
    .iter = pt_io_iter,
    .iternext = tio_iternext,
    .methods = tio_methods,
    .getset = tio_getset,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};
