// src/obj/bytes.c: bytes, the immutable byte string; the buffer protocol; b'%' formatting.
//
// A bytes object is header + size + cached hash + the bytes inline with a
// trailing NUL (src/obj/bytes.h). The empty bytes and the 256 one-byte values
// are cached. The shared methods live in bytes_methods.c; this file owns
// construction (bytes(x) in all its forms), the slots (hash, compare,
// sequence, subscript, iteration, repr) and the buffer protocol, which
// exports bytes, bytearray and memoryview and lets other types (array.array)
// register an exporter with pt_buffer_register.
// Tests: tests/golden/types/bytes_*.py.
#include <stdio.h>
#include <string.h>

#include "obj/bytes.h"        // layouts, shared helpers
#include "obj/str.h"          // pt_str_hash_bytes, pt_str_mod for numeric conversions
#include "pith/abstract.h"    // iteration, pt_object_*
#include "pith/codecs.h"      // bytes(str, encoding)
#include "pith/errors.h"      // pt_err_*
#include "pith/int.h"         // pt_int_from_i64, pt_bool
#include "pith/mem.h"         // pt_mem_* for collected buffers
#include "pith/modsupport.h"  // pt_parse_args
#include "pith/slice.h"       // pt_slice_get_indices, pt_slice_index_ok
#include "pith/tuple.h"       // % arguments

// ---- Layout and allocation ----

static size_t bytes_size(size_t len) { return sizeof(PtBytes) + len + 1; }

// Cached empty and one-byte objects. Protected by the GIL.
static PtObject *empty_bytes;
static PtObject *byte_cache[256];

PtObject *pt_bytes_new_type(PtType *type, const void *data, size_t len) {
    if (len > (size_t)PTRDIFF_MAX - sizeof(PtBytes) - 1) {
        return pt_err_no_memory();
    }
    PtBytes *b = (PtBytes *)pt_object_alloc(type, bytes_size(len));
    if (b == NULL) {
        return NULL;
    }
    b->size = (pt_ssize)len;
    b->hash = -1;
    if (data != NULL && len > 0) {
        memcpy(b->data, data, len);
    }
    b->data[len] = 0;
    return (PtObject *)b;
}

PtObject *pt_bytes_new(const void *data, size_t len) {
    if (len == 0) {
        if (empty_bytes == NULL && (empty_bytes = pt_bytes_new_type(&pt_bytes_type, NULL, 0)) == NULL) {
            return NULL;
        }
        return pt_newref(empty_bytes);
    }
    if (len == 1 && data != NULL) {
        unsigned char c = *(const unsigned char *)data;
        if (byte_cache[c] == NULL && (byte_cache[c] = pt_bytes_new_type(&pt_bytes_type, data, 1)) == NULL) {
            return NULL;
        }
        return pt_newref(byte_cache[c]);
    }
    return pt_bytes_new_type(&pt_bytes_type, data, len);
}

int pt_is_bytes(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_BYTES || pt_type_is_subtype_flag(pt_type(v), PT_TF_BYTES_SUB));
}

char *pt_bytes_data(PtObject *b) { return ((PtBytes *)b)->data; }
pt_ssize pt_bytes_len(PtObject *b) { return ((PtBytes *)b)->size; }

int pt_bytes_resize(PtObject **bp, size_t len) {
    PtBytes *b = (PtBytes *)*bp;
    if ((size_t)b->size == len) {
        return 0;
    }
    PtObject *nb = pt_bytes_new(b->data, len < (size_t)b->size ? len : (size_t)b->size);
    if (nb == NULL) {
        pt_decref(*bp);
        *bp = NULL;
        return -1;
    }
    if (len > (size_t)b->size) {  // growing: a fresh object with zeroed tail
        pt_decref(nb);
        nb = pt_bytes_new_type(&pt_bytes_type, NULL, len);
        if (nb == NULL) {
            pt_decref(*bp);
            *bp = NULL;
            return -1;
        }
        memcpy(((PtBytes *)nb)->data, b->data, (size_t)b->size);
        memset(((PtBytes *)nb)->data + b->size, 0, len - (size_t)b->size);
    }
    pt_decref(*bp);
    *bp = nb;
    return 0;
}

static void bytes_dealloc(PtObject *o) { pt_object_free(o, bytes_size((size_t)((PtBytes *)o)->size)); }

// ---- The buffer protocol ----

// Exporters registered by other types (array.array). Protected by the GIL.
static struct {
    PtType *type;
    PtGetBufferFn fn;
} exporters[8];
static int nexporters;

// Let instances of `type` (and its subclasses) export buffers. 0 or -1.
int pt_buffer_register(PtType *type, PtGetBufferFn fn) {
    if (nexporters == (int)(sizeof exporters / sizeof exporters[0])) {
        pt_err_set_string(pt_exc_RuntimeError, "too many buffer exporters");
        return -1;
    }
    exporters[nexporters].type = type;
    exporters[nexporters++].fn = fn;
    return 0;
}

int pt_buffer_get(PtObject *obj, PtBuffer *view, int writable) {
    view->itemsize = 1;
    view->format = "B";
    if (pt_is_bytes(obj)) {
        if (writable) {
            pt_err_format(pt_exc_TypeError, "argument must be read-write bytes-like object, not %T", obj);
            return -1;
        }
        view->buf = ((PtBytes *)obj)->data;
        view->len = ((PtBytes *)obj)->size;
        view->readonly = 1;
        view->obj = pt_newref(obj);
        return 0;
    }
    if (pt_is_bytearray(obj)) {
        PtByteArray *ba = (PtByteArray *)obj;
        static char no_data[1];  // an empty bytearray's buffer; never written (len 0)
        view->buf = ba->data != NULL ? ba->data : no_data;
        view->len = ba->size;
        view->readonly = 0;
        view->obj = pt_newref(obj);
        ba->exports++;
        return 0;
    }
    if (pt_is_heap(obj) && pt_tid(obj) == PT_TID_MEMORYVIEW) {
        return pt_memoryview_get_buffer(obj, view, writable);
    }
    for (int i = 0; i < nexporters; i++) {
        if (pt_is_heap(obj) && pt_object_typecheck(obj, exporters[i].type)) {
            return exporters[i].fn(obj, view, writable);
        }
    }
    pt_err_format(pt_exc_TypeError, "a bytes-like object is required, not '%T'", obj);
    return -1;
}

void pt_buffer_release(PtBuffer *view) {
    PtObject *o = view->obj;
    if (o == NULL) {
        return;
    }
    if (pt_is_bytearray(o)) {
        ((PtByteArray *)o)->exports--;
    } else if (pt_is_heap(o) && pt_tid(o) == PT_TID_MEMORYVIEW) {
        ((PtMemoryView *)o)->exports--;
    }
    view->obj = NULL;
    pt_decref(o);
}

// ---- Construction ----

int pt_bytes_byte_value(PtObject *v, int *out) {
    if (!pt_slice_index_ok(v)) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t x = pt_int_as_i64_overflow(i, &overflow);
    pt_decref(i);
    if (overflow || x < 0 || x > 255) {
        pt_err_set_string(pt_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)x;
    return 0;
}

int pt_bytes_collect_iterable(PtObject *iterable, char **buf, size_t *len, size_t *cap) {
    PtObject *it = pt_object_iter(iterable), *item;
    if (it == NULL) {
        return -1;
    }
    *len = 0;
    *cap = 16;
    *buf = pt_mem_alloc(*cap);
    if (*buf == NULL) {
        pt_decref(it);
        pt_err_no_memory();
        return -1;
    }
    while ((item = pt_iter_next(it)) != NULL) {
        int b;
        int r = pt_bytes_byte_value(item, &b);
        pt_decref(item);
        if (r < 0) {
            goto error;
        }
        if (*len == *cap) {
            char *nb = pt_mem_realloc(*buf, *cap, *cap * 2);
            if (nb == NULL) {
                pt_err_no_memory();
                goto error;
            }
            *buf = nb;
            *cap *= 2;
        }
        (*buf)[(*len)++] = (char)b;
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        pt_mem_free(*buf, *cap);
        *buf = NULL;
        return -1;
    }
    return 0;
error:
    pt_decref(it);
    pt_mem_free(*buf, *cap);
    *buf = NULL;
    return -1;
}

// bytes(x) for one argument: __bytes__, int count, buffer, iterable of ints.
PtObject *pt_bytes_from_object(PtObject *x) {
    PtObject *meth = NULL;
    if (!pt_is_str(x) && pt_object_lookup_attr(x, pt_str_id("__bytes__"), &meth) != 0) {
        if (meth == NULL) {
            return NULL;
        }
        PtObject *r = pt_object_call0(meth);
        pt_decref(meth);
        if (r != NULL && !pt_is_bytes(r)) {
            pt_err_format(pt_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            pt_decref(r);
            return NULL;
        }
        return r;
    }
    if (pt_is_str(x)) {
        return pt_err_set_string(pt_exc_TypeError, "string argument without an encoding");
    }
    if (pt_slice_index_ok(x)) {
        pt_ssize n = pt_number_as_ssize(x, pt_exc_OverflowError);
        if (n == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (n < 0) {
            return pt_err_set_string(pt_exc_ValueError, "negative count");
        }
        return pt_bytes_new_type(&pt_bytes_type, NULL, (size_t)n);
    }
    PtBuffer v;
    if (pt_buffer_get(x, &v, 0) == 0) {
        PtObject *r = pt_bytes_new(v.buf, (size_t)v.len);
        pt_buffer_release(&v);
        return r;
    }
    pt_err_clear();
    PtObject *probe = pt_object_iter(x);
    if (probe == NULL) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "cannot convert '%T' object to bytes", x);
    }
    char *buf;
    size_t len, cap;
    int r = pt_bytes_collect_iterable(probe, &buf, &len, &cap);
    pt_decref(probe);
    if (r < 0) {
        if (pt_err_matches(pt_exc_ValueError)) {
            pt_err_clear();
            pt_err_set_string(pt_exc_ValueError, "bytes must be in range(0, 256)");
        }
        return NULL;
    }
    PtObject *b = pt_bytes_new(buf, len);
    pt_mem_free(buf, cap);
    return b;
}

static PtObject *bytes_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    PtObject *x = NULL, *enc = NULL, *errs = NULL, *r;
    if (pt_parse_args(args, nargs, kwnames, "|OOO:bytes", kwlist, &x, &enc, &errs) < 0) {
        return NULL;
    }
    if (enc != NULL && !pt_is_str(enc)) {
        return pt_err_format(pt_exc_TypeError, "bytes() argument 'encoding' must be str, not %T", enc);
    }
    if (errs != NULL && !pt_is_str(errs)) {
        return pt_err_format(pt_exc_TypeError, "bytes() argument 'errors' must be str, not %T", errs);
    }
    if (x == NULL) {
        if (enc != NULL || errs != NULL) {
            return pt_err_set_string(pt_exc_TypeError, enc ? "encoding without a string argument"
                                                           : "errors without a string argument");
        }
        r = pt_bytes_new(NULL, 0);
    } else if (enc != NULL || errs != NULL) {
        if (!pt_is_str(x)) {
            return pt_err_set_string(pt_exc_TypeError, enc ? "encoding without a string argument"
                                                           : "errors without a string argument");
        }
        if (enc == NULL) {
            return pt_err_set_string(pt_exc_TypeError, "string argument without an encoding");
        }
        char eb[64], rb[64];
        pt_str_to_utf8_buf(enc, eb, sizeof eb);
        if (errs != NULL) {
            pt_str_to_utf8_buf(errs, rb, sizeof rb);
        }
        r = pt_codecs_encode(x, eb, errs ? rb : NULL);
    } else {
        r = pt_bytes_from_object(x);
    }
    if (r == NULL || type == &pt_bytes_type) {
        return r;
    }
    PtObject *sub = pt_bytes_new_type(type, ((PtBytes *)r)->data, (size_t)((PtBytes *)r)->size);
    pt_decref(r);
    return sub;
}

// ---- repr ----

PtObject *pt_bytes_repr_data(const char *d, pt_ssize n, const char *prefix, const char *suffix) {
    static const char hex[] = "0123456789abcdef";
    int sq = memchr(d, '\'', (size_t)n) != NULL, dq = memchr(d, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    size_t pl = strlen(prefix), sl = strlen(suffix), cap = pl + sl + 3 + (size_t)n * 4;
    char *out = pt_mem_alloc(cap);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    size_t w = pl;
    memcpy(out, prefix, pl);
    out[w++] = 'b';
    out[w++] = quote;
    for (pt_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && *prefix)) {  // bytearray always escapes '
            out[w++] = '\\';
            out[w++] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            out[w++] = '\\';
            out[w++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            out[w++] = '\\';
            out[w++] = 'x';
            out[w++] = hex[c >> 4];
            out[w++] = hex[c & 15];
        } else {
            out[w++] = (char)c;
        }
    }
    out[w++] = quote;
    memcpy(out + w, suffix, sl);
    w += sl;
    PtObject *r = pt_str_from_latin1(out, w);
    pt_mem_free(out, cap);
    return r;
}

static PtObject *bytes_repr(PtObject *self) {
    return pt_bytes_repr_data(((PtBytes *)self)->data, ((PtBytes *)self)->size, "", "");
}

// ---- Slots ----

static pt_hash bytes_hash(PtObject *self) {
    PtBytes *b = (PtBytes *)self;
    if (b->hash == -1) {
        b->hash = pt_str_hash_bytes(b->data, (size_t)b->size);
    }
    return b->hash;
}

static PtObject *bytes_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_bytes(a) || !pt_is_bytes(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtBytes *x = (PtBytes *)a, *y = (PtBytes *)b;
    int r;
    if (op == PT_EQ || op == PT_NE) {
        r = x->size == y->size && (a == b || memcmp(x->data, y->data, (size_t)x->size) == 0);
        r ^= op == PT_NE;
    } else {
        pt_ssize n = x->size < y->size ? x->size : y->size;
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c == 0) {
            c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
        }
        r = op == PT_LT ? c < 0 : op == PT_LE ? c <= 0 : op == PT_GT ? c > 0 : c >= 0;
    }
    return pt_newref(pt_bool(r));
}

static pt_ssize bytes_length(PtObject *self) { return ((PtBytes *)self)->size; }

static PtObject *bytes_concat(PtObject *a, PtObject *b) {
    PtBuffer va, vb;
    if (pt_buffer_get(a, &va, 0) < 0) {
        pt_err_clear();
        return pt_newref(pt_NotImplemented);
    }
    if (pt_buffer_get(b, &vb, 0) < 0) {
        pt_err_clear();
        pt_buffer_release(&va);
        return pt_err_format(pt_exc_TypeError, "can't concat %T to %T", b, a);
    }
    PtObject *r = pt_bytes_new_type(&pt_bytes_type, NULL, (size_t)(va.len + vb.len));
    if (r != NULL) {
        memcpy(((PtBytes *)r)->data, va.buf, (size_t)va.len);
        memcpy(((PtBytes *)r)->data + va.len, vb.buf, (size_t)vb.len);
    }
    pt_buffer_release(&va);
    pt_buffer_release(&vb);
    return r;
}

static PtObject *bytes_repeat(PtObject *self, pt_ssize n) {
    PtBytes *b = (PtBytes *)self;
    if (n <= 0 || b->size == 0) {
        return pt_bytes_new(NULL, 0);
    }
    if (n == 1 && pt_is_bytes_exact(self)) {
        return pt_newref(self);
    }
    if (b->size > PTRDIFF_MAX / n) {
        return pt_err_no_memory();
    }
    PtObject *r = pt_bytes_new_type(&pt_bytes_type, NULL, (size_t)(b->size * n));
    if (r == NULL) {
        return NULL;
    }
    char *o = ((PtBytes *)r)->data;
    size_t unit = (size_t)b->size, total = unit * (size_t)n;
    memcpy(o, b->data, unit);
    for (size_t done = unit; done < total;) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(o + done, o, chunk);
        done += chunk;
    }
    return r;
}

static PtObject *bytes_item(PtObject *self, pt_ssize i) {
    PtBytes *b = (PtBytes *)self;
    if (i < 0 || i >= b->size) {
        return pt_err_set_string(pt_exc_IndexError, "index out of range");
    }
    return pt_smallint((unsigned char)b->data[i]);
}

// `v in b` for bytes and bytearray: an int byte or a bytes-like substring.
int pt_bytes_contains_data(const char *d, pt_ssize n, PtObject *v) {
    if (pt_is_int(v)) {
        int c;
        if (pt_bytes_byte_value(v, &c) < 0) {
            return -1;
        }
        return memchr(d, c, (size_t)n) != NULL;
    }
    PtBuffer bv;
    if (pt_buffer_get(v, &bv, 0) < 0) {
        return -1;
    }
    int r = bv.len == 0 || (bv.len <= n && memmem(d, (size_t)n, bv.buf, (size_t)bv.len) != NULL);
    pt_buffer_release(&bv);
    return r;
}

static int bytes_contains(PtObject *self, PtObject *v) {
    return pt_bytes_contains_data(((PtBytes *)self)->data, ((PtBytes *)self)->size, v);
}

static PtObject *bytes_subscript(PtObject *self, PtObject *key) {
    PtBytes *b = (PtBytes *)self;
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step, n;
        if (pt_slice_get_indices(key, b->size, &start, &stop, &step, &n) < 0) {
            return NULL;
        }
        if (step == 1) {
            return pt_bytes_make_like(self, b->data + start, n);
        }
        PtObject *r = pt_bytes_new_type(&pt_bytes_type, NULL, (size_t)n);
        if (r != NULL) {
            for (pt_ssize i = 0, j = start; i < n; i++, j += step) {
                ((PtBytes *)r)->data[i] = b->data[j];
            }
        }
        return r;
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        return bytes_item(self, i < 0 ? i + b->size : i);
    }
    return pt_err_format(pt_exc_TypeError, "byte indices must be integers or slices, not %T", key);
}

static PtObject *bytes_mod_slot(PtObject *a, PtObject *b) {
    if (!pt_is_bytes(a)) {
        return pt_newref(pt_NotImplemented);
    }
    return pt_bytes_mod(a, b);
}

PtObject *pt_bytes_getnewargs(PtObject *self, PtObject *unused) {
    PtObject *b = pt_bytes_new(((PtBytes *)self)->data, (size_t)((PtBytes *)self)->size);
    if (b == NULL) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(1, b);
    pt_decref(b);
    return t;
}

PtObject *pt_bytes_bytes(PtObject *self, PtObject *unused) {
    if (pt_is_bytes_exact(self)) {
        return pt_newref(self);
    }
    return pt_bytes_new(((PtBytes *)self)->data, (size_t)((PtBytes *)self)->size);
}

// ---- b'%' formatting ----
//
// Numeric conversions are delegated to str's % on a rebuilt one-directive
// format (their output is ASCII); %s/%b take bytes, %r/%a use ascii(), %c a byte.

typedef struct BArgs {
    PtObject *const *items;
    pt_ssize n, next;
    PtObject *single, *dict;
} BArgs;

static PtObject *bnext(BArgs *a) {
    if (a->next < a->n) {
        return a->items[a->next++];
    }
    return pt_err_set_string(pt_exc_TypeError, "not enough arguments for format string");
}

// Bytes for %s/%b: a buffer or __bytes__. New bytes reference.
static PtObject *bytes_for_s(PtObject *v) {
    PtBuffer view;
    if (pt_buffer_get(v, &view, 0) == 0) {
        PtObject *r = pt_bytes_new(view.buf, (size_t)view.len);
        pt_buffer_release(&view);
        return r;
    }
    pt_err_clear();
    PtObject *meth = NULL;
    if (!pt_is_str(v) && pt_object_lookup_attr(v, pt_str_id("__bytes__"), &meth) > 0) {
        PtObject *r = pt_object_call0(meth);
        pt_decref(meth);
        return r;
    }
    if (pt_err_occurred()) {
        return NULL;
    }
    return pt_err_format(pt_exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
}

typedef struct OutBuf {
    char *p;
    size_t len, cap;
} OutBuf;

static int out_put(OutBuf *o, const void *d, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 64;
        while (cap < o->len + n) {
            cap *= 2;
        }
        char *np = pt_mem_realloc(o->p, o->cap, cap);
        if (np == NULL) {
            pt_err_no_memory();
            return -1;
        }
        o->p = np;
        o->cap = cap;
    }
    memcpy(o->p + o->len, d, n);
    o->len += n;
    return 0;
}

static int out_pad(OutBuf *o, char c, pt_ssize n) {
    for (pt_ssize i = 0; i < n; i++) {
        if (out_put(o, &c, 1) < 0) {
            return -1;
        }
    }
    return 0;
}

// Append d[0..n) truncated to prec, padded to width.
static int out_field(OutBuf *o, const char *d, pt_ssize n, pt_ssize width, pt_ssize prec, int left) {
    if (prec >= 0 && n > prec) {
        n = prec;
    }
    pt_ssize pad = width > n ? width - n : 0;
    if (!left && out_pad(o, ' ', pad) < 0) {
        return -1;
    }
    if (out_put(o, d, (size_t)n) < 0) {
        return -1;
    }
    return left ? out_pad(o, ' ', pad) : 0;
}

typedef struct BSpec {
    char flags[8];
    int nflags, left;
    pt_ssize width, prec;
    char conv;
} BSpec;

static int bconv(OutBuf *o, const BSpec *s, PtObject *v) {
    switch (s->conv) {
    case 's': case 'b': {
        PtObject *b = bytes_for_s(v);
        if (b == NULL) {
            return -1;
        }
        int r = out_field(o, pt_bytes_data(b), pt_bytes_len(b), s->width, s->prec, s->left);
        pt_decref(b);
        return r;
    }
    case 'r': case 'a': {
        PtObject *t = pt_object_ascii(v);
        if (t == NULL) {
            return -1;
        }
        size_t n;
        const char *d = pt_str_ascii(t, &n);
        int r = out_field(o, d, (pt_ssize)n, s->width, s->prec, s->left);
        pt_decref(t);
        return r;
    }
    case 'c': {
        char c;
        if (pt_is_int(v)) {
            int overflow = 0;
            int64_t x = pt_int_as_i64_overflow(v, &overflow);
            if (overflow || x < 0 || x > 255) {
                pt_err_set_string(pt_exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            c = (char)x;
        } else if ((pt_is_bytes(v) || pt_is_bytearray(v)) && pt_object_len(v) == 1) {
            pt_ssize n;
            c = pt_bytes_self_data(v, &n)[0];
        } else {
            pt_err_set_string(pt_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        return out_field(o, &c, 1, s->width, -1, s->left);
    }
    default: {  // numbers: format with str's % and copy the ASCII result
        char f[64];
        int k = snprintf(f, sizeof f, "%%%.*s", s->nflags, s->flags);
        if (s->width >= 0) {
            k += snprintf(f + k, sizeof f - (size_t)k, "%zd", s->width);
        }
        if (s->prec >= 0) {
            k += snprintf(f + k, sizeof f - (size_t)k, ".%zd", s->prec);
        }
        snprintf(f + k, sizeof f - (size_t)k, "%c", s->conv);
        PtObject *fs = pt_str_from_cstr(f), *tup = fs ? pt_tuple_pack(1, v) : NULL;
        PtObject *t = tup ? pt_str_mod(fs, tup) : NULL;
        pt_xdecref(fs);
        pt_xdecref(tup);
        if (t == NULL) {
            return -1;
        }
        size_t n;
        const char *d = pt_str_ascii(t, &n);
        int r = out_put(o, d, n);
        pt_decref(t);
        return r;
    }
    }
}

static int bparse(const char *d, pt_ssize n, pt_ssize *i, BArgs *a, BSpec *s) {
    memset(s, 0, sizeof *s);
    s->width = s->prec = -1;
    for (; *i < n && strchr("-+ #0", d[*i]) != NULL && d[*i]; ++*i) {
        if (s->nflags < 7) {
            s->flags[s->nflags++] = d[*i];
        }
        s->left |= d[*i] == '-';
    }
    for (int part = 0; part < 2; part++) {
        pt_ssize *dst = part == 0 ? &s->width : &s->prec;
        if (part == 1) {
            if (*i >= n || d[*i] != '.') {
                break;
            }
            ++*i;
            s->prec = 0;
        }
        if (*i < n && d[*i] == '*') {
            ++*i;
            PtObject *v = bnext(a);
            if (v == NULL) {
                return -1;
            }
            if (!pt_is_int(v)) {
                pt_err_set_string(pt_exc_TypeError, "* wants int");
                return -1;
            }
            *dst = pt_number_as_ssize(v, NULL);
            if (*dst < 0) {
                if (part == 0) {
                    s->left = 1;
                    s->flags[s->nflags < 7 ? s->nflags++ : 6] = '-';
                    *dst = -*dst;
                } else {
                    *dst = 0;
                }
            }
        } else {
            for (; *i < n && d[*i] >= '0' && d[*i] <= '9'; ++*i) {
                *dst = (*dst < 0 ? 0 : *dst) * 10 + (d[*i] - '0');
            }
        }
    }
    while (*i < n && (d[*i] == 'h' || d[*i] == 'l' || d[*i] == 'L')) {
        ++*i;
    }
    if (*i >= n) {
        pt_err_set_string(pt_exc_ValueError, "incomplete format");
        return -1;
    }
    s->conv = d[(*i)++];
    return 0;
}

static int bdirective(OutBuf *o, const char *d, pt_ssize n, pt_ssize *i, BArgs *a) {
    pt_ssize at = (*i)++;
    PtObject *owned = NULL, *v = NULL;
    BSpec s;
    int r = -1;
    if (*i < n && d[*i] == '(') {
        pt_ssize start = ++*i, depth = 1;
        if (a->dict == NULL) {
            pt_err_set_string(pt_exc_TypeError, "format requires a mapping");
            return -1;
        }
        while (*i < n && depth > 0) {
            depth += d[*i] == '(' ? 1 : d[*i] == ')' ? -1 : 0;
            ++*i;
        }
        if (depth > 0) {
            pt_err_set_string(pt_exc_ValueError, "incomplete format key");
            return -1;
        }
        PtObject *key = pt_bytes_new(d + start, (size_t)(*i - 1 - start));
        owned = key ? pt_object_getitem(a->dict, key) : NULL;
        pt_xdecref(key);
        if (owned == NULL) {
            return -1;
        }
        v = owned;
    }
    if (bparse(d, n, i, a, &s) < 0) {
        goto done;
    }
    if (s.conv == '%' && *i - at == 2) {
        r = out_put(o, "%", 1);
        goto done;
    }
    if (strchr("sbracdiuxXoeEfFgG%", s.conv) == NULL || s.conv == 0) {
        unsigned char c = (unsigned char)s.conv;
        if (c > 32 && c < 127) {
            pt_err_format(pt_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", c, c, *i - 1);
        } else {
            pt_err_format(pt_exc_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd", c, c, *i - 1);
        }
        goto done;
    }
    if (v == NULL && (v = bnext(a)) == NULL) {
        goto done;
    }
    r = s.conv == '%' ? out_put(o, "%", 1) : bconv(o, &s, v);
done:
    pt_xdecref(owned);
    return r;
}

PtObject *pt_bytes_mod(PtObject *fmt, PtObject *args) {
    BArgs a = {NULL, 0, 0, NULL, NULL};
    if (pt_is_tuple(args)) {
        a.items = pt_tuple_items(args);
        a.n = pt_tuple_len(args);
    } else {
        a.single = args;
        a.items = &a.single;
        a.n = 1;
        PtMappingMethods *mm = pt_type(args)->as_mapping;
        if (mm != NULL && mm->subscript != NULL && !pt_is_bytes(args) && !pt_is_bytearray(args)) {
            a.dict = args;
        }
    }
    pt_ssize n, i = 0;
    const char *d = pt_bytes_self_data(fmt, &n);
    OutBuf o = {NULL, 0, 0};
    while (i < n) {
        const char *pc = memchr(d + i, '%', (size_t)(n - i));
        pt_ssize j = pc == NULL ? n : pc - d;
        if (out_put(&o, d + i, (size_t)(j - i)) < 0) {
            goto error;
        }
        i = j;
        if (i < n && bdirective(&o, d, n, &i, &a) < 0) {
            goto error;
        }
    }
    if (a.next < a.n && a.dict == NULL) {
        pt_err_set_string(pt_exc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    PtObject *r = pt_is_bytearray(fmt) ? pt_bytearray_new(o.p, o.len) : pt_bytes_new(o.p, o.len);
    pt_mem_free(o.p, o.cap);
    return r;
error:
    pt_mem_free(o.p, o.cap);
    return NULL;
}

// ---- Iterator ----

typedef struct PtBytesIter {
    PtObject ob;
    PtObject *seq;  // bytes or bytearray; NULL once exhausted
    pt_ssize index;
} PtBytesIter;

PtObject *pt_bytes_iter_new(PtType *type, PtObject *seq) {
    PtBytesIter *it = (PtBytesIter *)pt_object_alloc(type, sizeof(PtBytesIter));
    if (it != NULL) {
        it->seq = pt_newref(seq);
        it->index = 0;
    }
    return (PtObject *)it;
}

static void bytes_iter_dealloc(PtObject *o) {
    pt_xdecref(((PtBytesIter *)o)->seq);
    pt_object_free(o, sizeof(PtBytesIter));
}

static PtObject *bytes_iter_next(PtObject *o) {
    PtBytesIter *it = (PtBytesIter *)o;
    if (it->seq == NULL) {
        return NULL;
    }
    pt_ssize n;
    const char *d = pt_bytes_self_data(it->seq, &n);
    if (it->index < n) {
        return pt_smallint((unsigned char)d[it->index++]);
    }
    pt_clearref(&it->seq);
    return NULL;
}

static PtObject *bytes_iter_self(PtObject *o) { return pt_newref(o); }

static PtObject *bytes_iter_length_hint(PtObject *o, PtObject *unused) {
    PtBytesIter *it = (PtBytesIter *)o;
    pt_ssize n = 0;
    if (it->seq != NULL) {
        pt_bytes_self_data(it->seq, &n);
    }
    return pt_int_from_ssize(it->seq == NULL || n < it->index ? 0 : n - it->index);
}

static const PtMethodDef bytes_iter_methods[] = {
    {"__length_hint__", PT_FN(bytes_iter_length_hint), PT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

PtType pt_bytes_iterator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "bytes_iterator",
    .tid = PT_TID_BYTES_ITERATOR,
    .basicsize = sizeof(PtBytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

PtType pt_bytearray_iterator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "bytearray_iterator",
    .tid = PT_TID_BYTEARRAY_ITERATOR,
    .basicsize = sizeof(PtBytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static PtObject *bytes_iter(PtObject *self) { return pt_bytes_iter_new(&pt_bytes_iterator_type, self); }

// ---- The type object ----

static PtNumberMethods bytes_as_number = {
    .mod = bytes_mod_slot,
};

static PtSequenceMethods bytes_as_sequence = {
    .len = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};

static PtMappingMethods bytes_as_mapping = {
    .len = bytes_length,
    .subscript = bytes_subscript,
};

PtType pt_bytes_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "bytes",
    .tid = PT_TID_BYTES,
    .basicsize = sizeof(PtBytes),
    .itemsize = 1,
    .flags = PT_TF_BASETYPE | PT_TF_BYTES_SUB,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .methods = pt_bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
