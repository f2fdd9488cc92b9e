// src/obj/bytearray.c: bytearray, the mutable byte string.
//
// The bytes live in a separate pt_mem buffer of `alloc` bytes (NUL-terminated
// when allocated) that grows by about 1/8 plus a constant, like list. While a
// memoryview (or any buffer user) holds an export, the size cannot change:
// resizing raises BufferError, as in CPython; same-size slice assignment and
// item stores are still allowed. The non-mutating methods are shared with
// bytes (bytes_methods.c) and return bytearray objects.
// Tests: tests/golden/types/bytearray_*.py.
#include <stdio.h>
#include <string.h>

#include "obj/bytes.h"        // PtByteArray, shared helpers
#include "obj/str.h"          // pt_str_check_args
#include "pith/abstract.h"    // iteration, pt_number_as_ssize
#include "pith/codecs.h"      // bytearray(str, encoding)
#include "pith/errors.h"      // pt_err_*
#include "pith/int.h"         // pt_int_from_ssize, pt_bool
#include "pith/mem.h"         // the data buffer
#include "pith/modsupport.h"  // pt_parse_args
#include "pith/slice.h"       // slices

// ---- Layout and resizing ----

static PtByteArray *BA(PtObject *o) { return (PtByteArray *)o; }

// The data pointer, never NULL (an empty bytearray may have no buffer).
static char *ba_bytes(PtObject *o) {
    static char none[1];  // never written: only read with length 0
    return BA(o)->data != NULL ? BA(o)->data : none;
}

int pt_is_bytearray(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_BYTEARRAY || pt_object_typecheck(v, &pt_bytearray_type));
}

char *pt_bytearray_data(PtObject *b) { return BA(b)->data; }
pt_ssize pt_bytearray_len(PtObject *b) { return BA(b)->size; }

int pt_bytearray_resize(PtObject *o, pt_ssize size) {
    PtByteArray *ba = BA(o);
    if (size == ba->size) {
        return 0;
    }
    if (ba->exports > 0) {
        pt_err_set_string(pt_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size < 0 || size > PTRDIFF_MAX - 64) {
        pt_err_no_memory();
        return -1;
    }
    if (size + 1 > ba->alloc || size + 1 < ba->alloc / 2) {
        pt_ssize alloc = size + 1;
        if (size > ba->size) {
            alloc += (size >> 3) + (size < 9 ? 3 : 6);
        }
        char *nd = pt_mem_realloc(ba->data, (size_t)ba->alloc, (size_t)alloc);
        if (nd == NULL) {
            pt_err_no_memory();
            return -1;
        }
        ba->data = nd;
        ba->alloc = alloc;
    }
    ba->size = size;
    ba->data[size] = 0;
    return 0;
}

static PtObject *bytearray_alloc_type(PtType *type) {
    PtObject *o = pt_object_alloc(type, sizeof(PtByteArray));
    return o;  // fields zeroed: empty, no buffer
}

PtObject *pt_bytearray_new(const void *data, size_t len) {
    PtObject *o = bytearray_alloc_type(&pt_bytearray_type);
    if (o == NULL) {
        return NULL;
    }
    if (pt_bytearray_resize(o, (pt_ssize)len) < 0) {
        pt_decref(o);
        return NULL;
    }
    if (len > 0) {
        if (data != NULL) {
            memcpy(ba_bytes(o), data, len);
        } else {
            memset(BA(o)->data, 0, len);
        }
    }
    return o;
}

// Replace self[lo:hi] by d[0..n). d must not point into self. 0 or -1.
static int splice(PtObject *self, pt_ssize lo, pt_ssize hi, const char *d, pt_ssize n) {
    PtByteArray *ba = BA(self);
    pt_ssize old = ba->size, delta = n - (hi - lo);
    if (delta != 0) {
        if (delta > 0 && pt_bytearray_resize(self, old + delta) < 0) {
            return -1;
        }
        memmove(ba->data + hi + delta, ba->data + hi, (size_t)(old - hi));
        if (delta < 0 && pt_bytearray_resize(self, old + delta) < 0) {
            memmove(ba->data + hi, ba->data + hi + delta, (size_t)(old - hi));  // undo
            return -1;
        }
    }
    if (n > 0) {
        memcpy(ba->data + lo, d, (size_t)n);
    }
    return 0;
}

static int append_data(PtObject *self, const char *d, pt_ssize n) {
    pt_ssize size = BA(self)->size;
    return splice(self, size, size, d, n);
}

static void bytearray_dealloc(PtObject *o) {
    pt_mem_free(BA(o)->data, (size_t)BA(o)->alloc);
    pt_object_free(o, sizeof(PtByteArray));
}

// ---- Construction ----

static PtObject *bytearray_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return bytearray_alloc_type(type);
}

// Fill an empty bytearray from a constructor argument. 0 or -1.
static int fill_from(PtObject *self, PtObject *x) {
    if (pt_is_str(x)) {
        pt_err_set_string(pt_exc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (pt_slice_index_ok(x)) {
        pt_ssize n = pt_number_as_ssize(x, pt_exc_OverflowError);
        if (n == -1 && pt_err_occurred()) {
            return -1;
        }
        if (n < 0) {
            pt_err_set_string(pt_exc_ValueError, "negative count");
            return -1;
        }
        if (pt_bytearray_resize(self, n) < 0) {
            return -1;
        }
        memset(ba_bytes(self), 0, (size_t)n);
        return 0;
    }
    PtBuffer v;
    if (pt_buffer_get(x, &v, 0) == 0) {
        int r = append_data(self, v.buf, v.len);
        pt_buffer_release(&v);
        return r;
    }
    pt_err_clear();
    PtObject *it = pt_object_iter(x);
    if (it == NULL) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "cannot convert '%T' object to bytearray", x);
        return -1;
    }
    char *buf;
    size_t len, cap;
    int r = pt_bytes_collect_iterable(it, &buf, &len, &cap);
    pt_decref(it);
    if (r == 0) {
        r = append_data(self, buf, (pt_ssize)len);
        pt_mem_free(buf, cap);
    }
    return r;
}

static int bytearray_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    PtObject *x = NULL, *enc = NULL, *errs = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|OOO:bytearray", kwlist, &x, &enc, &errs) < 0) {
        return -1;
    }
    if (enc != NULL && !pt_is_str(enc)) {
        pt_err_format(pt_exc_TypeError, "bytearray() argument 'encoding' must be str, not %T", enc);
        return -1;
    }
    if (errs != NULL && !pt_is_str(errs)) {
        pt_err_format(pt_exc_TypeError, "bytearray() argument 'errors' must be str, not %T", errs);
        return -1;
    }
    if (pt_bytearray_resize(self, 0) < 0) {  // __init__ may run again on an existing object
        return -1;
    }
    if (x == NULL) {
        if (enc != NULL || errs != NULL) {
            pt_err_set_string(pt_exc_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (enc != NULL || errs != NULL) {
        if (!pt_is_str(x)) {
            pt_err_set_string(pt_exc_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        if (enc == NULL) {
            pt_err_set_string(pt_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        char eb[64], rb[64];
        pt_str_to_utf8_buf(enc, eb, sizeof eb);
        if (errs != NULL) {
            pt_str_to_utf8_buf(errs, rb, sizeof rb);
        }
        PtObject *b = pt_codecs_encode(x, eb, errs ? rb : NULL);
        if (b == NULL) {
            return -1;
        }
        int r = append_data(self, pt_bytes_data(b), pt_bytes_len(b));
        pt_decref(b);
        return r;
    }
    return fill_from(self, x);
}

// ---- Methods ----

PtObject *pt_bytearray_append(PtObject *self, PtObject *v) {
    int b;
    if (pt_bytes_byte_value(v, &b) < 0) {
        return NULL;
    }
    char c = (char)b;
    if (append_data(self, &c, 1) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

PtObject *pt_bytearray_clear(PtObject *self, PtObject *unused) {
    if (pt_bytearray_resize(self, 0) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

PtObject *pt_bytearray_copy(PtObject *self, PtObject *unused) {
    return pt_bytearray_new(ba_bytes(self), (size_t)BA(self)->size);
}

PtObject *pt_bytearray_extend(PtObject *self, PtObject *v) {
    PtBuffer view;
    if (pt_buffer_get(v, &view, 0) == 0) {
        int r;
        if (view.obj == self) {  // b.extend(b): copy first
            char *tmp = pt_mem_alloc((size_t)view.len + 1);
            r = tmp == NULL ? -1 : 0;
            if (tmp != NULL) {
                memcpy(tmp, view.buf, (size_t)view.len);
                pt_ssize n = view.len;
                pt_buffer_release(&view);
                r = append_data(self, tmp, n);
                pt_mem_free(tmp, (size_t)n + 1);
            } else {
                pt_buffer_release(&view);
                pt_err_no_memory();
            }
        } else {
            r = append_data(self, view.buf, view.len);
            pt_buffer_release(&view);
        }
        return r < 0 ? NULL : pt_newref(pt_None);
    }
    pt_err_clear();
    if (pt_is_str(v)) {
        return pt_err_set_string(pt_exc_TypeError, "'str' object cannot be interpreted as an integer");
    }
    PtObject *it = pt_object_iter(v);
    if (it == NULL) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "can't extend bytearray with %T", v);
    }
    char *buf;
    size_t len, cap;
    int r = pt_bytes_collect_iterable(it, &buf, &len, &cap);
    pt_decref(it);
    if (r < 0) {
        return NULL;
    }
    r = append_data(self, buf, (pt_ssize)len);
    pt_mem_free(buf, cap);
    return r < 0 ? NULL : pt_newref(pt_None);
}

static int index_arg(PtObject *v, pt_ssize *out) {
    if (!pt_slice_index_ok(v)) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    *out = pt_number_as_ssize(v, pt_exc_OverflowError);
    return *out == -1 && pt_err_occurred() ? -1 : 0;
}

PtObject *pt_bytearray_insert(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize i, n = BA(self)->size;
    int b;
    if (pt_str_check_args("insert", nargs, 2, 2) < 0 || index_arg(args[0], &i) < 0 ||
        pt_bytes_byte_value(args[1], &b) < 0) {
        return NULL;
    }
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    char c = (char)b;
    if (splice(self, i, i, &c, 1) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

PtObject *pt_bytearray_pop(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize i = -1, n = BA(self)->size;
    if (pt_str_check_args("pop", nargs, 0, 1) < 0 || (nargs == 1 && index_arg(args[0], &i) < 0)) {
        return NULL;
    }
    if (n == 0) {
        return pt_err_set_string(pt_exc_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return pt_err_set_string(pt_exc_IndexError, "pop index out of range");
    }
    unsigned char c = (unsigned char)BA(self)->data[i];
    if (splice(self, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return pt_smallint(c);
}

PtObject *pt_bytearray_remove(PtObject *self, PtObject *v) {
    int b;
    if (pt_bytes_byte_value(v, &b) < 0) {
        return NULL;
    }
    const char *p = memchr(ba_bytes(self), b, (size_t)BA(self)->size);
    if (p == NULL || BA(self)->size == 0) {
        return pt_err_set_string(pt_exc_ValueError, "value not found in bytearray");
    }
    pt_ssize i = p - BA(self)->data;
    if (splice(self, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

PtObject *pt_bytearray_reverse(PtObject *self, PtObject *unused) {
    char *d = BA(self)->data;
    for (pt_ssize i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return pt_newref(pt_None);
}

PtObject *pt_bytearray_alloc(PtObject *self, PtObject *unused) { return pt_int_from_ssize(BA(self)->alloc); }

PtObject *pt_bytearray_sizeof(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize((pt_ssize)sizeof(PtByteArray) + BA(self)->alloc);
}

// ---- Slots ----

static PtObject *bytearray_repr(PtObject *self) {
    const char *name = pt_type_name_of(self);
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s(", name);
    return pt_bytes_repr_data(ba_bytes(self), BA(self)->size, prefix, ")");
}

static PtObject *bytearray_richcompare(PtObject *a, PtObject *b, int op) {
    PtBuffer va, vb;
    if (pt_is_str(a) || pt_is_str(b)) {
        return pt_newref(pt_NotImplemented);
    }
    if (pt_buffer_get(a, &va, 0) < 0) {
        pt_err_clear();
        return pt_newref(pt_NotImplemented);
    }
    if (pt_buffer_get(b, &vb, 0) < 0) {
        pt_err_clear();
        pt_buffer_release(&va);
        return pt_newref(pt_NotImplemented);
    }
    int r;
    if ((op == PT_EQ || op == PT_NE) && va.len != vb.len) {
        r = op == PT_NE;
    } else {
        pt_ssize n = va.len < vb.len ? va.len : vb.len;
        int c = memcmp(va.buf, vb.buf, (size_t)n);
        if (c == 0) {
            c = va.len < vb.len ? -1 : va.len > vb.len ? 1 : 0;
        }
        switch (op) {
        case PT_EQ: r = c == 0; break;
        case PT_NE: r = c != 0; break;
        case PT_LT: r = c < 0; break;
        case PT_LE: r = c <= 0; break;
        case PT_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    pt_buffer_release(&va);
    pt_buffer_release(&vb);
    return pt_newref(pt_bool(r));
}

static pt_ssize bytearray_length(PtObject *self) { return BA(self)->size; }

static PtObject *bytearray_concat(PtObject *a, PtObject *b) {
    PtBuffer vb;
    if (!pt_is_bytearray(a)) {
        return pt_newref(pt_NotImplemented);
    }
    if (pt_buffer_get(b, &vb, 0) < 0) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "can't concat %T to %T", b, a);
    }
    PtObject *r = pt_bytearray_new(NULL, (size_t)(BA(a)->size + vb.len));
    if (r != NULL) {
        memcpy(ba_bytes(r), ba_bytes(a), (size_t)BA(a)->size);
        memcpy(ba_bytes(r) + BA(a)->size, vb.buf, (size_t)vb.len);
    }
    pt_buffer_release(&vb);
    return r;
}

static PtObject *bytearray_iconcat(PtObject *a, PtObject *b) {
    PtBuffer vb;
    if (pt_buffer_get(b, &vb, 0) < 0) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "can't concat %T to %T", b, a);
    }
    PtObject *r = pt_bytearray_extend(a, b);
    pt_buffer_release(&vb);
    if (r == NULL) {
        return NULL;
    }
    pt_decref(r);
    return pt_newref(a);
}

static PtObject *bytearray_repeat(PtObject *self, pt_ssize n) {
    pt_ssize len = BA(self)->size;
    if (n < 0) {
        n = 0;
    }
    if (len > 0 && n > PTRDIFF_MAX / len) {
        return pt_err_no_memory();
    }
    PtObject *r = pt_bytearray_new(NULL, (size_t)(len * n));
    if (r != NULL) {
        for (pt_ssize i = 0; i < n; i++) {
            memcpy(ba_bytes(r) + i * len, ba_bytes(self), (size_t)len);
        }
    }
    return r;
}

static PtObject *bytearray_irepeat(PtObject *self, pt_ssize n) {
    pt_ssize len = BA(self)->size;
    if (n < 0) {
        n = 0;
    }
    if (len > 0 && n > PTRDIFF_MAX / len) {
        return pt_err_no_memory();
    }
    if (pt_bytearray_resize(self, len * n) < 0) {
        return NULL;
    }
    for (pt_ssize i = 1; i < n && len > 0; i++) {
        memcpy(BA(self)->data + i * len, BA(self)->data, (size_t)len);
    }
    return pt_newref(self);
}

static PtObject *bytearray_item(PtObject *self, pt_ssize i) {
    if (i < 0 || i >= BA(self)->size) {
        return pt_err_set_string(pt_exc_IndexError, "bytearray index out of range");
    }
    return pt_smallint((unsigned char)BA(self)->data[i]);
}

static int bytearray_contains(PtObject *self, PtObject *v) {
    return pt_bytes_contains_data(ba_bytes(self), BA(self)->size, v);
}

static PtObject *bytearray_subscript(PtObject *self, PtObject *key) {
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step, n;
        if (pt_slice_get_indices(key, BA(self)->size, &start, &stop, &step, &n) < 0) {
            return NULL;
        }
        PtObject *r = pt_bytearray_new(NULL, (size_t)n);
        if (r != NULL) {
            for (pt_ssize i = 0, j = start; i < n; i++, j += step) {
                BA(r)->data[i] = BA(self)->data[j];
            }
        }
        return r;
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        return bytearray_item(self, i < 0 ? i + BA(self)->size : i);
    }
    return pt_err_format(pt_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
}

// The bytes to assign to a slice: a buffer or an iterable of ints (copied).
static int assign_source(PtObject *v, char **buf, size_t *len, size_t *cap) {
    PtBuffer view;
    if (pt_is_int(v) || pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    if (pt_buffer_get(v, &view, 0) == 0) {
        *cap = (size_t)view.len + 1;
        *buf = pt_mem_alloc(*cap);
        if (*buf == NULL) {
            pt_buffer_release(&view);
            pt_err_no_memory();
            return -1;
        }
        memcpy(*buf, view.buf, (size_t)view.len);
        *len = (size_t)view.len;
        pt_buffer_release(&view);
        return 0;
    }
    pt_err_clear();
    PtObject *it = pt_object_iter(v);
    if (it == NULL) {
        pt_err_clear();
        pt_err_set_string(pt_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    int r = pt_bytes_collect_iterable(it, buf, len, cap);
    pt_decref(it);
    return r;
}

static int ass_slice(PtObject *self, PtObject *key, PtObject *value) {
    pt_ssize start, stop, step, n;
    if (pt_slice_get_indices(key, BA(self)->size, &start, &stop, &step, &n) < 0) {
        return -1;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (value != NULL && assign_source(value, &buf, &len, &cap) < 0) {
        return -1;
    }
    int r = 0;
    if (step == 1) {
        r = splice(self, start, stop < start ? start : stop, buf, (pt_ssize)len);
    } else if (value != NULL) {
        if ((pt_ssize)len != n) {
            pt_err_format(pt_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                          (pt_ssize)len, n);
            r = -1;
        } else {
            for (pt_ssize i = 0, j = start; i < n; i++, j += step) {
                BA(self)->data[j] = buf[i];
            }
        }
    } else if (n > 0) {  // delete an extended slice: compact the survivors
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        char *d = BA(self)->data;
        pt_ssize w = start, size = BA(self)->size;
        for (pt_ssize i = start; i < size; i++) {
            if (i >= start && (i - start) % step == 0 && (i - start) / step < n) {
                continue;
            }
            d[w++] = d[i];
        }
        r = pt_bytearray_resize(self, w);
    }
    pt_mem_free(buf, cap);
    return r;
}

static int bytearray_ass_subscript(PtObject *self, PtObject *key, PtObject *value) {
    if (pt_is_slice(key)) {
        return ass_slice(self, key, value);
    }
    if (!pt_slice_index_ok(key)) {
        pt_err_format(pt_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
    if (i == -1 && pt_err_occurred()) {
        return -1;
    }
    if (i < 0) {
        i += BA(self)->size;
    }
    if (i < 0 || i >= BA(self)->size) {
        pt_err_set_string(pt_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (value == NULL) {
        return splice(self, i, i + 1, NULL, 0);
    }
    int b;
    if (pt_bytes_byte_value(value, &b) < 0) {
        return -1;
    }
    BA(self)->data[i] = (char)b;
    return 0;
}

static PtObject *bytearray_mod_slot(PtObject *a, PtObject *b) {
    if (!pt_is_bytearray(a)) {
        return pt_newref(pt_NotImplemented);
    }
    return pt_bytes_mod(a, b);
}

static PtObject *bytearray_iter(PtObject *self) { return pt_bytes_iter_new(&pt_bytearray_iterator_type, self); }

// ---- The type object ----

static PtNumberMethods bytearray_as_number = {
    .mod = bytearray_mod_slot,
};

static PtSequenceMethods bytearray_as_sequence = {
    .len = bytearray_length,
    .concat = bytearray_concat,
    .repeat = bytearray_repeat,
    .item = bytearray_item,
    .contains = bytearray_contains,
    .inplace_concat = bytearray_iconcat,
    .inplace_repeat = bytearray_irepeat,
};

static PtMappingMethods bytearray_as_mapping = {
    .len = bytearray_length,
    .subscript = bytearray_subscript,
    .ass_subscript = bytearray_ass_subscript,
};

PtType pt_bytearray_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "bytearray",
    .tid = PT_TID_BYTEARRAY,
    .basicsize = sizeof(PtByteArray),
    .flags = PT_TF_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .richcompare = bytearray_richcompare,
    .iter = bytearray_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .as_number = &bytearray_as_number,
    .as_sequence = &bytearray_as_sequence,
    .as_mapping = &bytearray_as_mapping,
    .methods = pt_bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
