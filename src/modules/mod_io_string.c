// src/modules/mod_io_string.c: _io.StringIO and _io.BytesIO, streams in memory.
//
// StringIO keeps code points in a UCS-4 array (buf[0, len), position pos);
// getvalue() builds the narrowest str from it. Its `newline` argument follows
// TextIOWrapper: None translates "\r\n" and "\r" to "\n" as text is written
// and ends lines at "\n"; "" keeps everything and ends lines at any of the
// three; "\r" or "\r\n" turn each written "\n" into that ending. BytesIO is a
// growable byte array with the same seek/truncate rules (writing past the end
// pads with zero bytes).
//
// Guards: tests/golden/modules/io/io_stringio*.py, io_bytesio.py.
#include <string.h>

#include "pith.h"              // the object API
#include "pith/slice.h"      // pt_slice_index_ok
#include "modules/mod_io.h"    // PtIOBase, shared helpers

// ---- Shared positioning rules ----

// seek(pos, whence) for in-memory streams; *pos in, new position out. 0 or -1.
static int mem_seek_args(PtObject *const *args, size_t nargs, size_t len, size_t cur, size_t *out, int text) {
    if (pt_check_nargs("seek", nargs, 1, 2) < 0) {
        return -1;
    }
    if (!pt_slice_index_ok(args[0])) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return -1;
    }
    pt_ssize pos = pt_number_as_ssize(args[0], pt_exc_OverflowError);
    int64_t whence = nargs == 2 ? pt_int_as_i64(args[1]) : 0;
    if (pt_err_occurred()) {
        return -1;
    }
    if (whence < 0 || whence > 2) {
        pt_err_format(pt_exc_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        return -1;
    }
    if (whence == 0 && pos < 0) {
        pt_err_format(pt_exc_ValueError, text ? "Negative seek position %zd" : "negative seek value %zd", pos);
        return -1;
    }
    if (text && whence != 0 && pos != 0) {
        pt_err_set_string(pt_exc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                      : "Can't do nonzero end-relative seeks");
        return -1;
    }
    pt_ssize base = whence == 0 ? 0 : whence == 1 ? (pt_ssize)cur : (pt_ssize)len;
    pos += base;
    *out = pos < 0 ? 0 : (size_t)pos;
    return 0;
}

// truncate(size=None): the new size, or -1 with an exception.
static pt_ssize mem_truncate_arg(PtObject *const *args, size_t nargs, size_t pos) {
    if (pt_check_nargs("truncate", nargs, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 0 || args[0] == pt_None) {
        return (pt_ssize)pos;
    }
    if (!pt_slice_index_ok(args[0])) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return -1;
    }
    pt_ssize n = pt_number_as_ssize(args[0], pt_exc_OverflowError);
    if (n == -1 && pt_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        pt_err_format(pt_exc_ValueError, "Negative size value %zd", n);
        return -1;
    }
    return n;
}

// ---- StringIO ----

enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };

typedef struct StringIO {
    PtIOBase base;
    uint32_t *buf;
    size_t len, cap, pos;
    unsigned char closed, ready, nl, seen;  // seen: 1 '\r', 2 '\n', 4 '\r\n' (universal mode)
} StringIO;

#define SIO(o) ((StringIO *)(o))

static int sio_check(StringIO *s) {
    if (!s->ready) {
        pt_err_set_string(pt_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        pt_err_set_string(pt_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int sio_reserve(StringIO *s, size_t need) {
    if (need <= s->cap) {
        return 0;
    }
    size_t ncap = s->cap < 16 ? 16 : s->cap;
    while (ncap < need) {
        ncap += ncap / 2 + 16;
    }
    uint32_t *nb = pt_mem_realloc(s->buf, s->cap * sizeof(uint32_t), ncap * sizeof(uint32_t));
    if (nb == NULL) {
        pt_err_no_memory();
        return -1;
    }
    s->buf = nb;
    s->cap = ncap;
    return 0;
}

// Store code point c at the position, padding a gap with NULs.
static int sio_put(StringIO *s, uint32_t c) {
    if (s->pos >= s->cap && sio_reserve(s, s->pos + 1) < 0) {
        return -1;
    }
    while (s->len < s->pos) {
        s->buf[s->len++] = 0;
    }
    s->buf[s->pos++] = c;
    if (s->pos > s->len) {
        s->len = s->pos;
    }
    return 0;
}

// Write str `text` at the position with the newline translation. 0 or -1.
static int sio_write_str(StringIO *s, PtObject *text) {
    pt_ssize n = pt_str_len(text);
    if (sio_reserve(s, s->pos + (size_t)n * (s->nl == NL_CRLF ? 2 : 1)) < 0) {
        return -1;
    }
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(text, i);
        int r;
        if (s->nl == NL_NONE && c == '\r') {
            int crlf = i + 1 < n && pt_str_char(text, i + 1) == '\n';
            s->seen |= crlf ? 4 : 1;
            i += crlf;
            r = sio_put(s, '\n');
        } else if (c == '\n' && (s->nl == NL_CR || s->nl == NL_CRLF)) {
            r = sio_put(s, '\r');
            if (r == 0 && s->nl == NL_CRLF) {
                r = sio_put(s, '\n');
            }
        } else {
            if (s->nl == NL_EMPTY && c == '\r') {
                s->seen |= i + 1 < n && pt_str_char(text, i + 1) == '\n' ? 4 : 1;
            } else if (c == '\n' && (s->nl == NL_NONE || (s->nl == NL_EMPTY && (i == 0 || pt_str_char(text, i - 1) != '\r')))) {
                s->seen |= 2;
            }
            r = sio_put(s, c);
        }
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static PtObject *sio_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_object_alloc(type, (size_t)type->basicsize);
}

static void sio_dealloc(PtObject *o) {
    if (pt_io_dealloc_close(o)) {
        return;
    }
    pt_mem_free(SIO(o)->buf, SIO(o)->cap * sizeof(uint32_t));
    pt_object_free(o, sizeof(StringIO));
}

// The newline argument of StringIO and TextIOWrapper: one of NL_*. -1 on error.
static int newline_kind(PtObject *nl) {
    if (nl == pt_None) {
        return NL_NONE;
    }
    if (!pt_is_str(nl)) {
        pt_err_format(pt_exc_TypeError, "newline must be str or None, not %T", nl);
        return -1;
    }
    if (pt_str_eq_cstr(nl, "")) {
        return NL_EMPTY;
    }
    if (pt_str_eq_cstr(nl, "\n")) {
        return NL_LF;
    }
    if (pt_str_eq_cstr(nl, "\r")) {
        return NL_CR;
    }
    if (pt_str_eq_cstr(nl, "\r\n")) {
        return NL_CRLF;
    }
    pt_err_format(pt_exc_ValueError, "illegal newline value: %R", nl);
    return -1;
}

static int sio_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"initial_value", "newline", NULL};
    StringIO *s = SIO(self);
    PtObject *value = NULL, *newline = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|OO:StringIO", kwlist, &value, &newline) < 0) {
        return -1;
    }
    int nl = newline == NULL ? NL_LF : newline_kind(newline);
    if (nl < 0) {
        return -1;
    }
    if (value != NULL && value != pt_None && !pt_is_str(value)) {
        pt_err_format(pt_exc_TypeError, "initial_value must be str or None, not %T", value);
        return -1;
    }
    s->nl = (unsigned char)nl;
    s->len = s->pos = 0;
    s->closed = 0;
    s->seen = 0;
    s->ready = 1;
    if (value != NULL && value != pt_None && sio_write_str(s, value) < 0) {
        return -1;
    }
    s->pos = 0;
    return 0;
}

static PtObject *sio_getvalue(PtObject *self, PtObject *unused) {
    StringIO *s = SIO(self);
    if (sio_check(s) < 0) {
        return NULL;
    }
    return pt_str_from_ucs4(s->buf, s->len);
}

static PtObject *sio_read(PtObject *self, PtObject *const *args, size_t nargs) {
    StringIO *s = SIO(self);
    pt_ssize n;
    if (sio_check(s) < 0 || pt_io_size_arg(args, nargs, "read", &n) < 0) {
        return NULL;
    }
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    PtObject *r = pt_str_from_ucs4(s->buf + (take ? s->pos : 0), take);
    if (r != NULL) {
        s->pos += take;
    }
    return r;
}

// The length of the line starting at `start` (its terminator included), at most `limit`.
static size_t sio_line_len(StringIO *s, size_t start, pt_ssize limit) {
    size_t end = s->len, i = start;
    if (limit >= 0 && start + (size_t)limit < end) {
        end = start + (size_t)limit;
    }
    for (; i < end; i++) {
        uint32_t c = s->buf[i];
        if (s->nl == NL_EMPTY) {
            if (c == '\n') {
                return i - start + 1;
            }
            if (c == '\r') {
                return i - start + (i + 1 < end && s->buf[i + 1] == '\n' ? 2 : 1);
            }
        } else if (s->nl == NL_CR || s->nl == NL_CRLF) {
            if (c == '\r' && (s->nl == NL_CR || (i + 1 < end && s->buf[i + 1] == '\n'))) {
                return i - start + (s->nl == NL_CR ? 1 : 2);
            }
        } else if (c == '\n') {
            return i - start + 1;
        }
    }
    return end - start;
}

static PtObject *sio_readline_impl(StringIO *s, pt_ssize limit) {
    if (s->pos >= s->len) {
        return pt_str_from_cstr("");
    }
    size_t n = sio_line_len(s, s->pos, limit);
    PtObject *r = pt_str_from_ucs4(s->buf + s->pos, n);
    if (r != NULL) {
        s->pos += n;
    }
    return r;
}

static PtObject *sio_readline(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize limit;
    if (sio_check(SIO(self)) < 0 || pt_io_size_arg(args, nargs, "readline", &limit) < 0) {
        return NULL;
    }
    return sio_readline_impl(SIO(self), limit);
}

static PtObject *sio_iternext(PtObject *self) {
    StringIO *s = SIO(self);
    PtObject *line;
    if (pt_type(self) == &pt_io_stringio_type) {
        if (sio_check(s) < 0) {
            return NULL;
        }
        line = sio_readline_impl(s, -1);
    } else {
        line = pt_object_call_method_str(self, "readline", NULL, 0);
        if (line != NULL && !pt_is_str(line)) {
            pt_err_format(pt_exc_OSError, "readline() should have returned a str object, not '%T'", line);
            pt_clearref(&line);
        }
    }
    if (line != NULL && pt_str_len(line) == 0) {
        pt_clearref(&line);
    }
    return line;
}

static PtObject *sio_write(PtObject *self, PtObject *arg) {
    StringIO *s = SIO(self);
    if (sio_check(s) < 0) {
        return NULL;
    }
    if (!pt_is_str(arg)) {
        return pt_err_format(pt_exc_TypeError, "string argument expected, got '%T'", arg);
    }
    pt_ssize n = pt_str_len(arg);
    if (n > 0 && sio_write_str(s, arg) < 0) {
        return NULL;
    }
    return pt_int_from_ssize(n);
}

static PtObject *sio_seek(PtObject *self, PtObject *const *args, size_t nargs) {
    StringIO *s = SIO(self);
    size_t pos;
    if (sio_check(s) < 0 || mem_seek_args(args, nargs, s->len, s->pos, &pos, 1) < 0) {
        return NULL;
    }
    s->pos = pos;
    return pt_int_from_ssize((pt_ssize)pos);
}

static PtObject *sio_tell(PtObject *self, PtObject *unused) {
    return sio_check(SIO(self)) < 0 ? NULL : pt_int_from_ssize((pt_ssize)SIO(self)->pos);
}

static PtObject *sio_truncate(PtObject *self, PtObject *const *args, size_t nargs) {
    StringIO *s = SIO(self);
    if (sio_check(s) < 0) {
        return NULL;
    }
    pt_ssize n = mem_truncate_arg(args, nargs, s->pos);
    if (n < 0) {
        return NULL;
    }
    if ((size_t)n < s->len) {
        s->len = (size_t)n;
    }
    return pt_int_from_ssize(n);
}

static PtObject *sio_close(PtObject *self, PtObject *unused) {
    StringIO *s = SIO(self);
    s->closed = 1;
    pt_mem_free(s->buf, s->cap * sizeof(uint32_t));
    s->buf = NULL;
    s->cap = s->len = 0;
    return pt_newref(pt_None);
}

static PtObject *sio_true(PtObject *self, PtObject *unused) {
    return sio_check(SIO(self)) < 0 ? NULL : pt_newref(pt_True);
}

static PtObject *sio_closed_get(PtObject *self, void *c) { return pt_newref(pt_bool(SIO(self)->closed)); }
static PtObject *sio_false_get(PtObject *self, void *c) { return pt_newref(pt_False); }

static PtObject *sio_newlines_get(PtObject *self, void *c) {
    StringIO *s = SIO(self);
    if ((s->nl != NL_NONE && s->nl != NL_EMPTY) || s->seen == 0) {
        return pt_newref(pt_None);
    }
    static const char *const names[] = {"\r", "\n", "\r\n"};
    PtObject *items[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if (s->seen & (1 << i)) {
            items[n++] = pt_str_id(names[i]);
        }
    }
    return n == 1 ? pt_newref(items[0]) : pt_tuple_from_array(items, (size_t)n);
}

static PtObject *sio_sizeof(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize((pt_ssize)(sizeof(StringIO) + SIO(self)->cap * sizeof(uint32_t)));
}

static const PtMethodDef sio_methods[] = {
    {"getvalue", PT_FN(sio_getvalue), PT_METH_NOARGS, "Retrieve the entire contents of the object."},
    {"read", PT_FN(sio_read), PT_METH_FAST, "Read at most size characters, returned as a string."},
    {"readline", PT_FN(sio_readline), PT_METH_FAST, "Read until newline or EOF."},
    {"write", PT_FN(sio_write), PT_METH_O, "Write string to file."},
    {"seek", PT_FN(sio_seek), PT_METH_FAST, "Change stream position."},
    {"tell", PT_FN(sio_tell), PT_METH_NOARGS, "Tell the current file position."},
    {"truncate", PT_FN(sio_truncate), PT_METH_FAST, "Truncate size to pos."},
    {"close", PT_FN(sio_close), PT_METH_NOARGS, "Close the IO object."},
    {"readable", PT_FN(sio_true), PT_METH_NOARGS, "Returns True if the IO object can be read."},
    {"writable", PT_FN(sio_true), PT_METH_NOARGS, "Returns True if the IO object can be written."},
    {"seekable", PT_FN(sio_true), PT_METH_NOARGS, "Returns True if the IO object can be seeked."},
    {"__sizeof__", PT_FN(sio_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef sio_getset[] = {
    {"closed", sio_closed_get, NULL, NULL, NULL},
    {"line_buffering", sio_false_get, NULL, NULL, NULL},
    {"newlines", sio_newlines_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_io_stringio_type = {
    .name = "_io.StringIO",
    .base = &pt_io_textiobase_type,
    .basicsize = sizeof(StringIO),
    .flags = PT_TF_BASETYPE | PT_TF_HAS_FINALIZER | PT_TF_WEAKREFABLE,
    .dealloc = sio_dealloc,
    .new_ = sio_new,
    .init = sio_init,
    .iter = pt_io_iter,
    .iternext = sio_iternext,
    .methods = sio_methods,
    .getset = sio_getset,
    .doc = "Text I/O implementation using an in-memory buffer.",
};

// ---- BytesIO ----

typedef struct BytesIO {
    PtIOBase base;
    char *buf;
    size_t len, cap, pos;
    unsigned char closed;
} BytesIO;

#define BIO(o) ((BytesIO *)(o))

static int bio_check(BytesIO *b) {
    if (b->closed) {
        pt_io_closed_error();
        return -1;
    }
    return 0;
}

static int bio_reserve(BytesIO *b, size_t need) {
    if (need <= b->cap) {
        return 0;
    }
    size_t ncap = b->cap < 32 ? 32 : b->cap;
    while (ncap < need) {
        ncap += ncap / 2 + 32;
    }
    char *nb = pt_mem_realloc(b->buf, b->cap, ncap);
    if (nb == NULL) {
        pt_err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = ncap;
    return 0;
}

static PtObject *bio_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_object_alloc(type, (size_t)type->basicsize);
}

static void bio_dealloc(PtObject *o) {
    if (pt_io_dealloc_close(o)) {
        return;
    }
    pt_mem_free(BIO(o)->buf, BIO(o)->cap);
    pt_object_free(o, sizeof(BytesIO));
}

// Write n bytes at the position (zero-padding a gap). 0 or -1.
static int bio_write_bytes(BytesIO *b, const void *data, size_t n) {
    if (bio_reserve(b, b->pos + n) < 0) {
        return -1;
    }
    if (b->pos > b->len) {
        memset(b->buf + b->len, 0, b->pos - b->len);
    }
    memcpy(b->buf + b->pos, data, n);
    b->pos += n;
    if (b->pos > b->len) {
        b->len = b->pos;
    }
    return 0;
}

static int bio_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"initial_bytes", NULL};
    BytesIO *b = BIO(self);
    PtObject *init = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|O:BytesIO", kwlist, &init) < 0) {
        return -1;
    }
    b->len = b->pos = 0;
    b->closed = 0;
    if (init != NULL && init != pt_None) {
        PtBuffer v;
        if (pt_buffer_get(init, &v, 0) < 0) {
            return -1;
        }
        int r = bio_write_bytes(b, v.buf, (size_t)v.len);
        pt_buffer_release(&v);
        b->pos = 0;
        return r;
    }
    return 0;
}

static PtObject *bio_getvalue(PtObject *self, PtObject *unused) {
    BytesIO *b = BIO(self);
    return bio_check(b) < 0 ? NULL : pt_bytes_new(b->buf, b->len);
}

// getbuffer(): a memoryview of the contents. TODO(lead): pt_buffer_get has no
// release hook for other types yet, so this views a copy (see the report).
static PtObject *bio_getbuffer(PtObject *self, PtObject *unused) {
    BytesIO *b = BIO(self);
    if (bio_check(b) < 0) {
        return NULL;
    }
    PtObject *ba = pt_bytearray_new(b->buf, b->len);
    if (ba == NULL) {
        return NULL;
    }
    PtObject *mv = pt_object_call1((PtObject *)&pt_memoryview_type, ba);
    pt_decref(ba);
    return mv;
}

static PtObject *bio_take(BytesIO *b, pt_ssize n) {
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    size_t take = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    PtObject *r = pt_bytes_new(take ? b->buf + b->pos : NULL, take);
    if (r != NULL) {
        b->pos += take;
    }
    return r;
}

static PtObject *bio_read(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize n;
    if (bio_check(BIO(self)) < 0 || pt_io_size_arg(args, nargs, "read", &n) < 0) {
        return NULL;
    }
    return bio_take(BIO(self), n);
}

static PtObject *bio_readinto(PtObject *self, PtObject *arg) {
    BytesIO *b = BIO(self);
    if (bio_check(b) < 0) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 1) < 0) {
        return NULL;
    }
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    size_t n = (size_t)v.len < avail ? (size_t)v.len : avail;
    if (n > 0) {
        memcpy(v.buf, b->buf + b->pos, n);
    }
    b->pos += n;
    pt_buffer_release(&v);
    return pt_int_from_ssize((pt_ssize)n);
}

static PtObject *bio_readline_impl(BytesIO *b, pt_ssize limit) {
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    if (limit >= 0 && (size_t)limit < avail) {
        avail = (size_t)limit;
    }
    const char *start = b->buf + b->pos;
    const char *nl = avail ? memchr(start, '\n', avail) : NULL;
    return bio_take(b, nl != NULL ? (pt_ssize)(nl - start) + 1 : (pt_ssize)avail);
}

static PtObject *bio_readline(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize limit;
    if (bio_check(BIO(self)) < 0 || pt_io_size_arg(args, nargs, "readline", &limit) < 0) {
        return NULL;
    }
    return bio_readline_impl(BIO(self), limit);
}

// BytesIO's iter() does not check for a closed stream (CPython's doesn't either).
static PtObject *bio_iter(PtObject *self) { return pt_newref(self); }

static PtObject *bio_iternext(PtObject *self) {
    PtObject *line;
    if (pt_type(self) == &pt_io_bytesio_type) {
        if (bio_check(BIO(self)) < 0) {
            return NULL;
        }
        line = bio_readline_impl(BIO(self), -1);
    } else {
        line = pt_object_call_method_str(self, "readline", NULL, 0);
    }
    if (line != NULL && pt_object_len(line) == 0) {
        pt_clearref(&line);
    }
    return line;
}

static PtObject *bio_write(PtObject *self, PtObject *arg) {
    BytesIO *b = BIO(self);
    if (bio_check(b) < 0) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 0) < 0) {
        return NULL;
    }
    int r = v.len > 0 ? bio_write_bytes(b, v.buf, (size_t)v.len) : 0;
    pt_ssize n = v.len;
    pt_buffer_release(&v);
    return r < 0 ? NULL : pt_int_from_ssize(n);
}

static PtObject *bio_seek(PtObject *self, PtObject *const *args, size_t nargs) {
    BytesIO *b = BIO(self);
    size_t pos;
    if (bio_check(b) < 0 || mem_seek_args(args, nargs, b->len, b->pos, &pos, 0) < 0) {
        return NULL;
    }
    b->pos = pos;
    return pt_int_from_ssize((pt_ssize)pos);
}

static PtObject *bio_tell(PtObject *self, PtObject *unused) {
    return bio_check(BIO(self)) < 0 ? NULL : pt_int_from_ssize((pt_ssize)BIO(self)->pos);
}

static PtObject *bio_truncate(PtObject *self, PtObject *const *args, size_t nargs) {
    BytesIO *b = BIO(self);
    if (bio_check(b) < 0) {
        return NULL;
    }
    pt_ssize n = mem_truncate_arg(args, nargs, b->pos);
    if (n < 0) {
        return NULL;
    }
    if ((size_t)n < b->len) {
        b->len = (size_t)n;
    }
    return pt_int_from_ssize(n);
}

static PtObject *bio_close(PtObject *self, PtObject *unused) {
    BytesIO *b = BIO(self);
    b->closed = 1;
    pt_mem_free(b->buf, b->cap);
    b->buf = NULL;
    b->cap = b->len = 0;
    return pt_newref(pt_None);
}

static PtObject *bio_true(PtObject *self, PtObject *unused) {
    return bio_check(BIO(self)) < 0 ? NULL : pt_newref(pt_True);
}

static PtObject *bio_flush(PtObject *self, PtObject *unused) {
    return bio_check(BIO(self)) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *bio_closed_get(PtObject *self, void *c) { return pt_newref(pt_bool(BIO(self)->closed)); }

static PtObject *bio_sizeof(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize((pt_ssize)(sizeof(BytesIO) + BIO(self)->cap));
}

static const PtMethodDef bio_methods[] = {
    {"getvalue", PT_FN(bio_getvalue), PT_METH_NOARGS, "Retrieve the entire contents of the BytesIO object."},
    {"getbuffer", PT_FN(bio_getbuffer), PT_METH_NOARGS, "Get a read-write view over the contents of the BytesIO object."},
    {"read", PT_FN(bio_read), PT_METH_FAST, "Read at most size bytes, returned as a bytes object."},
    {"read1", PT_FN(bio_read), PT_METH_FAST, "Read at most size bytes, returned as a bytes object."},
    {"readinto", PT_FN(bio_readinto), PT_METH_O, "Read bytes into buffer."},
    {"readline", PT_FN(bio_readline), PT_METH_FAST, "Next line from the file, as a bytes object."},
    {"write", PT_FN(bio_write), PT_METH_O, "Write bytes to file."},
    {"seek", PT_FN(bio_seek), PT_METH_FAST, "Change stream position."},
    {"tell", PT_FN(bio_tell), PT_METH_NOARGS, "Current file position, an integer."},
    {"truncate", PT_FN(bio_truncate), PT_METH_FAST, "Truncate the file to at most size bytes."},
    {"close", PT_FN(bio_close), PT_METH_NOARGS, "Disable all I/O operations."},
    {"flush", PT_FN(bio_flush), PT_METH_NOARGS, "Does nothing."},
    {"readable", PT_FN(bio_true), PT_METH_NOARGS, "Returns True if the IO object can be read."},
    {"writable", PT_FN(bio_true), PT_METH_NOARGS, "Returns True if the IO object can be written."},
    {"seekable", PT_FN(bio_true), PT_METH_NOARGS, "Returns True if the IO object can be seeked."},
    {"__sizeof__", PT_FN(bio_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef bio_getset[] = {
    {"closed", bio_closed_get, NULL, "True if the file is closed.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_io_bytesio_type = {
    .name = "_io.BytesIO",
    .base = &pt_io_bufferediobase_type,
    .basicsize = sizeof(BytesIO),
    .flags = PT_TF_BASETYPE | PT_TF_HAS_FINALIZER | PT_TF_WEAKREFABLE,
    .dealloc = bio_dealloc,
    .new_ = bio_new,
    .init = bio_init,
    .iter = bio_iter,
    .iternext = bio_iternext,
    .methods = bio_methods,
    .getset = bio_getset,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};
