// src/obj/memoryview.c: memoryview, a 1-D view of another object's buffer.
//
// A memoryview holds one export of its object (a PtBuffer, so a bytearray
// cannot be resized while viewed) and describes items inside it: the byte
// offset of item 0, the item count, a stride in items (slices with steps give
// non-contiguous views) and a struct format ('B' by default; cast() changes it
// to any native single-character format). Slicing or memoryview(m) takes a new
// export of the same object, so the new view outlives m.release(), as in
// CPython. Exports of the view itself (bytes(m), b''.join([m]) ...) are
// counted in `exports`; release() refuses while any are live.
// Only one dimension is supported.
#include <stdio.h>
#include <string.h>

#include "obj/bytes.h"      // PtMemoryView, PtByteArray, buffer helpers
#include "obj/str.h"        // pt_str_hash_bytes, pt_str_check_args
#include "pith/abstract.h"  // pt_object_*
#include "pith/errors.h"    // pt_err_*
#include "pith/float.h"     // float items
#include "pith/int.h"       // int items
#include "pith/list.h"      // tolist
#include "pith/mem.h"       // temporary copies
#include "pith/slice.h"     // slices
#include "pith/tuple.h"     // shape, strides

static PtMemoryView *MV(PtObject *o) { return (PtMemoryView *)o; }

// ---- Formats ----

static pt_ssize format_size(const char *f) {
    if (f[0] == '@') {
        f++;
    }
    if (f[0] == 0 || f[1] != 0) {
        return -1;
    }
    switch (f[0]) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return (pt_ssize)sizeof(long);
    case 'q': case 'Q': return 8;
    case 'n': case 'N': return (pt_ssize)sizeof(size_t);
    case 'd': return 8;
    case 'P': return (pt_ssize)sizeof(void *);
    default: return -1;
    }
}

static char fmt_char(const PtMemoryView *m) { return m->format[0] == '@' ? m->format[1] : m->format[0]; }

static int released(PtMemoryView *m) {
    if (m->released) {
        pt_err_set_string(pt_exc_ValueError, "operation forbidden on released memoryview object");
        return 1;
    }
    return 0;
}

static char *item_ptr(PtMemoryView *m, pt_ssize i) {
    return (char *)m->view.buf + m->start + i * m->step * m->itemsize;
}

// New reference: the value of the item at p.
static PtObject *unpack(char f, const char *p) {
    union {
        int8_t i8; uint8_t u8; int16_t i16; uint16_t u16; int32_t i32; uint32_t u32;
        long l; unsigned long ul; int64_t i64; uint64_t u64; size_t z; pt_ssize n; float fl; double d; void *ptr;
    } u;
    memcpy(&u, p, (size_t)format_size((char[]){f, 0}));
    switch (f) {
    case 'B': return pt_smallint(u.u8);
    case 'b': return pt_smallint(u.i8);
    case 'c': return pt_bytes_new(p, 1);
    case '?': return pt_newref(pt_bool(u.u8 != 0));
    case 'h': return pt_smallint(u.i16);
    case 'H': return pt_smallint(u.u16);
    case 'i': return pt_int_from_i64(u.i32);
    case 'I': return pt_int_from_u64(u.u32);
    case 'l': return pt_int_from_i64(u.l);
    case 'L': return pt_int_from_u64(u.ul);
    case 'q': return pt_int_from_i64(u.i64);
    case 'Q': return pt_int_from_u64(u.u64);
    case 'n': return pt_int_from_ssize(u.n);
    case 'N': return pt_int_from_u64(u.z);
    case 'P': return pt_int_from_u64((uint64_t)(uintptr_t)u.ptr);
    case 'f': return pt_float_new((double)u.fl);
    case 'd': return pt_float_new(u.d);
    default:
        return pt_err_format(pt_exc_NotImplementedError, "memoryview: format %c not supported", f);
    }
}

// Store `v` as a `f` item at p. 0 or -1.
static int pack(char f, char *p, PtObject *v) {
    char fs[2] = {f, 0};
    if (f == 'c') {
        if (!pt_is_bytes(v) || pt_bytes_len(v) != 1) {
            pt_err_format(pt_exc_TypeError, "memoryview: invalid type for format '%s'", fs);
            return -1;
        }
        *p = pt_bytes_data(v)[0];
        return 0;
    }
    if (f == 'f' || f == 'd') {
        if (!pt_is_float(v) && !pt_is_int(v)) {
            pt_err_format(pt_exc_TypeError, "memoryview: invalid type for format '%s'", fs);
            return -1;
        }
        double d = pt_float_as_double(v);
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    if (f == '?') {
        int t = pt_object_is_true(v);
        if (t < 0) {
            return -1;
        }
        *p = (char)t;
        return 0;
    }
    if (!pt_is_int(v)) {
        pt_err_format(pt_exc_TypeError, "memoryview: invalid type for format '%s'", fs);
        return -1;
    }
    int overflow = 0;
    int64_t x = pt_int_as_i64_overflow(v, &overflow);
    int unsig = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    pt_ssize size = format_size(fs);
    int ok = !overflow;
    if (ok && size < 8) {
        int64_t lo = unsig ? 0 : -((int64_t)1 << (size * 8 - 1));
        int64_t hi = unsig ? ((int64_t)1 << (size * 8)) - 1 : ((int64_t)1 << (size * 8 - 1)) - 1;
        ok = x >= lo && x <= hi;
    } else if (ok && unsig) {
        ok = x >= 0;
    }
    if (!ok) {
        pt_err_clear();
        pt_err_format(pt_exc_ValueError, "memoryview: invalid value for format '%s'", fs);
        return -1;
    }
    uint64_t ux = (uint64_t)x;
    memcpy(p, &ux, (size_t)size);  // little-endian: the low bytes come first
    return 0;
}

// ---- Construction ----

static PtObject *mv_from_buffer(PtType *type, PtBuffer *view) {
    PtMemoryView *m = (PtMemoryView *)pt_object_alloc(type, sizeof(PtMemoryView));
    if (m == NULL) {
        pt_buffer_release(view);
        return NULL;
    }
    m->view = *view;
    m->start = 0;
    m->itemsize = view->itemsize > 0 ? view->itemsize : 1;
    m->length = view->len / m->itemsize;
    m->step = 1;
    snprintf(m->format, sizeof m->format, "%s", view->format != NULL ? view->format : "B");
    m->readonly = view->readonly;
    m->hash = -1;
    return (PtObject *)m;
}

// A new view on the same object as `src`, with the same geometry.
static PtMemoryView *mv_derive(PtMemoryView *src) {
    PtBuffer v;
    if (pt_buffer_get(src->view.obj, &v, 0) < 0) {
        return NULL;
    }
    PtMemoryView *m = (PtMemoryView *)mv_from_buffer(&pt_memoryview_type, &v);
    if (m != NULL) {
        m->start = src->start;
        m->length = src->length;
        m->step = src->step;
        m->itemsize = src->itemsize;
        memcpy(m->format, src->format, sizeof m->format);
        m->readonly = src->readonly;
    }
    return m;
}

static PtObject *memoryview_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_str_check_args_old("memoryview", nargs + (kwnames ? (size_t)pt_tuple_len(kwnames) : 0), 1, 1) < 0) {
        return NULL;
    }
    PtObject *obj = args[0];
    if (pt_is_heap(obj) && pt_tid(obj) == PT_TID_MEMORYVIEW) {
        if (released(MV(obj))) {
            return NULL;
        }
        return (PtObject *)mv_derive(MV(obj));
    }
    PtBuffer v;
    if (pt_buffer_get(obj, &v, 0) < 0) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    }
    return mv_from_buffer(type, &v);
}

static void mv_do_release(PtMemoryView *m) {
    if (!m->released) {
        m->released = 1;
        pt_buffer_release(&m->view);
    }
}

static void memoryview_dealloc(PtObject *o) {
    mv_do_release(MV(o));
    pt_object_free(o, sizeof(PtMemoryView));
}

// ---- The buffer it exports ----

static int is_contiguous(PtMemoryView *m) { return m->step == 1 || m->length <= 1; }

int pt_memoryview_get_buffer(PtObject *o, PtBuffer *view, int writable) {
    PtMemoryView *m = MV(o);
    if (released(m)) {
        return -1;
    }
    if (writable && m->readonly) {
        pt_err_set_string(pt_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->readonly = m->readonly;
    view->len = m->length * m->itemsize;
    if (is_contiguous(m)) {
        view->buf = item_ptr(m, 0);
        view->obj = pt_newref(o);
        m->exports++;
        return 0;
    }
    if (writable) {
        pt_err_set_string(pt_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    // A strided view: export a contiguous copy (held alive by view->obj).
    PtObject *copy = pt_bytes_new(NULL, (size_t)view->len);
    if (copy == NULL) {
        return -1;
    }
    for (pt_ssize i = 0; i < m->length; i++) {
        memcpy(pt_bytes_data(copy) + i * m->itemsize, item_ptr(m, i), (size_t)m->itemsize);
    }
    view->buf = pt_bytes_data(copy);
    view->obj = copy;
    return 0;
}

// ---- Methods ----

static PtObject *mv_tobytes_impl(PtMemoryView *m) {
    PtObject *b = pt_bytes_new(NULL, (size_t)(m->length * m->itemsize));
    if (b == NULL) {
        return NULL;
    }
    for (pt_ssize i = 0; i < m->length; i++) {
        memcpy(pt_bytes_data(b) + i * m->itemsize, item_ptr(m, i), (size_t)m->itemsize);
    }
    return b;
}

static PtObject *mv_tobytes(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (released(MV(self))) {
        return NULL;
    }
    return mv_tobytes_impl(MV(self));
}

static PtObject *mv_tolist(PtObject *self, PtObject *unused) {
    PtMemoryView *m = MV(self);
    if (released(m)) {
        return NULL;
    }
    PtObject *list = pt_list_new(m->length);
    if (list == NULL) {
        return NULL;
    }
    char f = fmt_char(m);
    for (pt_ssize i = 0; i < m->length; i++) {
        PtObject *v = unpack(f, item_ptr(m, i));
        if (v == NULL) {
            for (pt_ssize j = i; j < m->length; j++) {
                pt_list_set_steal(list, j, pt_newref(pt_None));
            }
            pt_decref(list);
            return NULL;
        }
        pt_list_set_steal(list, i, v);
    }
    return list;
}

static PtObject *mv_hex(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (released(MV(self))) {
        return NULL;
    }
    PtObject *b = mv_tobytes_impl(MV(self));
    if (b == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method(b, pt_str_id("hex"), args, nargs, kwnames);
    pt_decref(b);
    return r;
}

static PtObject *mv_release(PtObject *self, PtObject *unused) {
    PtMemoryView *m = MV(self);
    if (m->exports > 0) {
        return pt_err_format(pt_exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                             m->exports == 1 ? "" : "s");
    }
    mv_do_release(m);
    return pt_newref(pt_None);
}

static PtObject *mv_enter(PtObject *self, PtObject *unused) {
    if (released(MV(self))) {
        return NULL;
    }
    return pt_newref(self);
}

static PtObject *mv_exit(PtObject *self, PtObject *const *args, size_t nargs) { return mv_release(self, NULL); }

static PtObject *mv_toreadonly(PtObject *self, PtObject *unused) {
    if (released(MV(self))) {
        return NULL;
    }
    PtMemoryView *m = mv_derive(MV(self));
    if (m != NULL) {
        m->readonly = 1;
    }
    return (PtObject *)m;
}

static PtObject *mv_cast(PtObject *self, PtObject *const *args, size_t nargs) {
    PtMemoryView *src = MV(self);
    if (released(src) || pt_str_check_args_old("cast", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!pt_is_str(args[0])) {
        return pt_err_format(pt_exc_TypeError, "cast() argument 'format' must be str, not %T", args[0]);
    }
    char fmt[8];
    pt_str_to_utf8_buf(args[0], fmt, sizeof fmt);
    pt_ssize size = pt_str_len(args[0]) < 3 ? format_size(fmt) : -1;
    if (size < 0) {
        return pt_err_set_string(pt_exc_ValueError, "memoryview: destination format must be a native single "
                                                    "character format prefixed with an optional '@'");
    }
    if (nargs == 2 && args[1] != pt_None) {
        return pt_err_set_string(pt_exc_NotImplementedError, "memoryview: only one-dimensional casts are supported");
    }
    if (!is_contiguous(src)) {
        return pt_err_set_string(pt_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    char sf = fmt_char(src), df = fmt[0] == '@' ? fmt[1] : fmt[0];
    int sbyte = sf == 'B' || sf == 'b' || sf == 'c', dbyte = df == 'B' || df == 'b' || df == 'c';
    if (!sbyte && !dbyte) {
        return pt_err_set_string(pt_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    }
    pt_ssize nbytes = src->length * src->itemsize;
    if (nbytes % size != 0) {
        return pt_err_set_string(pt_exc_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    PtMemoryView *m = mv_derive(src);
    if (m != NULL) {
        m->itemsize = size;
        m->length = nbytes / size;
        snprintf(m->format, sizeof m->format, "%s", fmt);
    }
    return (PtObject *)m;
}

// ---- Attributes ----

#define MV_GETTER(name, expr)                                  \
    static PtObject *mv_get_##name(PtObject *self, void *c) { \
        PtMemoryView *m = MV(self);                           \
        if (released(m)) {                                    \
            return NULL;                                      \
        }                                                     \
        return (expr);                                        \
    }

MV_GETTER(obj, pt_newref(m->view.obj))
MV_GETTER(nbytes, pt_int_from_ssize(m->length * m->itemsize))
MV_GETTER(readonly, pt_newref(pt_bool(m->readonly)))
MV_GETTER(itemsize, pt_int_from_ssize(m->itemsize))
MV_GETTER(format, pt_str_from_cstr(m->format))
MV_GETTER(ndim, pt_smallint(1))
MV_GETTER(c_contiguous, pt_newref(pt_bool(is_contiguous(m))))
MV_GETTER(contiguous, pt_newref(pt_bool(is_contiguous(m))))

static PtObject *one_tuple(PtObject *v) {
    if (v == NULL) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(1, v);
    pt_decref(v);
    return t;
}

MV_GETTER(shape, one_tuple(pt_int_from_ssize(m->length)))
MV_GETTER(strides, one_tuple(pt_int_from_ssize(m->step * m->itemsize)))
MV_GETTER(suboffsets, pt_newref(pt_tuple_empty()))

// ---- Slots ----

static PtObject *memoryview_repr(PtObject *self) {
    return pt_str_format(MV(self)->released ? "<released memory at %p>" : "<memory at %p>", (void *)self);
}

static pt_ssize memoryview_length(PtObject *self) { return released(MV(self)) ? -1 : MV(self)->length; }

static PtObject *memoryview_subscript(PtObject *self, PtObject *key) {
    PtMemoryView *m = MV(self);
    if (released(m)) {
        return NULL;
    }
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step, n;
        if (pt_slice_get_indices(key, m->length, &start, &stop, &step, &n) < 0) {
            return NULL;
        }
        PtMemoryView *r = mv_derive(m);
        if (r != NULL) {
            r->start = m->start + start * m->step * m->itemsize;
            r->step = m->step * step;
            r->length = n;
        }
        return (PtObject *)r;
    }
    if (key == pt_Ellipsis) {
        return pt_newref(self);
    }
    if (!pt_slice_index_ok(key)) {
        return pt_err_set_string(pt_exc_TypeError, "memoryview: invalid slice key");
    }
    pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
    if (i == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (i < 0) {
        i += m->length;
    }
    if (i < 0 || i >= m->length) {
        return pt_err_set_string(pt_exc_IndexError, "index out of bounds on dimension 1");
    }
    return unpack(fmt_char(m), item_ptr(m, i));
}

static int memoryview_ass_subscript(PtObject *self, PtObject *key, PtObject *value) {
    PtMemoryView *m = MV(self);
    if (released(m)) {
        return -1;
    }
    if (m->readonly) {
        pt_err_set_string(pt_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        pt_err_set_string(pt_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step, n;
        if (pt_slice_get_indices(key, m->length, &start, &stop, &step, &n) < 0) {
            return -1;
        }
        PtBuffer v;
        if (pt_buffer_get(value, &v, 0) < 0) {
            return -1;
        }
        int r = 0;
        if (v.len != n * m->itemsize || (v.itemsize != m->itemsize)) {
            pt_err_set_string(pt_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            r = -1;
        } else {
            char *tmp = pt_mem_alloc((size_t)v.len + 1);  // the source may overlap the target
            if (tmp == NULL) {
                pt_err_no_memory();
                r = -1;
            } else {
                memcpy(tmp, v.buf, (size_t)v.len);
                for (pt_ssize i = 0; i < n; i++) {
                    memcpy(item_ptr(m, start + i * step), tmp + i * m->itemsize, (size_t)m->itemsize);
                }
                pt_mem_free(tmp, (size_t)v.len + 1);
            }
        }
        pt_buffer_release(&v);
        return r;
    }
    if (!pt_slice_index_ok(key)) {
        pt_err_set_string(pt_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
    if (i == -1 && pt_err_occurred()) {
        return -1;
    }
    if (i < 0) {
        i += m->length;
    }
    if (i < 0 || i >= m->length) {
        pt_err_set_string(pt_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return pack(fmt_char(m), item_ptr(m, i), value);
}

static PtObject *memoryview_richcompare(PtObject *a, PtObject *b, int op) {
    if (op != PT_EQ && op != PT_NE) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *la = NULL, *lb = NULL, *r = NULL;
    PtObject *x = a, *y = b;
    int eq;
    if (pt_tid(x) != PT_TID_MEMORYVIEW) {
        PtObject *t = x;
        x = y;
        y = t;
    }
    if (MV(x)->released || (pt_tid(y) == PT_TID_MEMORYVIEW && MV(y)->released)) {
        eq = x == y;
        return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
    }
    PtBuffer v;
    if (pt_buffer_get(y, &v, 0) < 0) {
        pt_err_clear();
        return pt_newref(pt_NotImplemented);
    }
    PtObject *other = pt_tid(y) == PT_TID_MEMORYVIEW ? pt_newref(y) : memoryview_new(&pt_memoryview_type, &y, 1, NULL);
    pt_buffer_release(&v);
    if (other == NULL) {
        return NULL;
    }
    la = mv_tolist(x, NULL);
    lb = la ? mv_tolist(other, NULL) : NULL;
    pt_decref(other);
    if (lb != NULL) {
        eq = pt_object_richcompare_bool(la, lb, PT_EQ);
        r = eq < 0 ? NULL : pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
    }
    pt_xdecref(la);
    pt_xdecref(lb);
    return r;
}

static pt_hash memoryview_hash(PtObject *self) {
    PtMemoryView *m = MV(self);
    if (m->hash != -1) {
        return m->hash;
    }
    if (released(m)) {
        return -1;
    }
    if (!m->readonly) {
        pt_err_set_string(pt_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char f = fmt_char(m);
    if (f != 'B' && f != 'b' && f != 'c') {
        pt_err_set_string(pt_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    PtObject *b = mv_tobytes_impl(m);
    if (b == NULL) {
        return -1;
    }
    m->hash = pt_object_hash(b);
    pt_decref(b);
    return m->hash;
}

static PtObject *memoryview_iter(PtObject *self) {
    PtObject *list = mv_tolist(self, NULL);
    if (list == NULL) {
        return NULL;
    }
    PtObject *it = pt_object_iter(list);
    pt_decref(list);
    return it;
}

// ---- The type object ----

static const PtMethodDef memoryview_methods[] = {
    {"release", PT_FN(mv_release), PT_METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", PT_FN(mv_tobytes), PT_METH_FASTKW, "Return the data in the buffer as a byte string."},
    {"hex", PT_FN(mv_hex), PT_METH_FASTKW, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", PT_FN(mv_tolist), PT_METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"cast", PT_FN(mv_cast), PT_METH_FAST, "Cast a memoryview to a new format or shape."},
    {"toreadonly", PT_FN(mv_toreadonly), PT_METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", PT_FN(mv_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(mv_exit), PT_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef memoryview_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use in a contiguous representation.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", mv_get_format, NULL, "A string containing the format (in struct module style) for each element in the view.", NULL},
    {"ndim", mv_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional array the memory represents.", NULL},
    {"shape", mv_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array.", NULL},
    {"strides", mv_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array.", NULL},
    {"suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_c_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtSequenceMethods memoryview_as_sequence = {
    .len = memoryview_length,
};

static PtMappingMethods memoryview_as_mapping = {
    .len = memoryview_length,
    .subscript = memoryview_subscript,
    .ass_subscript = memoryview_ass_subscript,
};

PtType pt_memoryview_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "memoryview",
    .tid = PT_TID_MEMORYVIEW,
    .basicsize = sizeof(PtMemoryView),
    .flags = PT_TF_SEQUENCE,
    .dealloc = memoryview_dealloc,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .iter = memoryview_iter,
    .new_ = memoryview_new,
    .as_sequence = &memoryview_as_sequence,
    .as_mapping = &memoryview_as_mapping,
    .methods = memoryview_methods,
    .getset = memoryview_getset,
    .doc = "Create a new memoryview object which references the given object.",
};
