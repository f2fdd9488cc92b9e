// src/modules/mod_array.c: the array module: compact arrays of C numbers.
//
// An array stores `len` items of one C type (its typecode) in a separately
// allocated buffer of `alloc` items that grows by over-allocation, so a
// million doubles cost 8 MB instead of a list of boxed floats. Values are
// converted on the way in with CPython's range checks and messages (which
// name the C type: "signed char is greater than maximum") and boxed on the
// way out. The buffer protocol exports the items with their struct format,
// so memoryview(a), bytes(a) and file writes see the raw data.
//
// Guards: tests/golden/modules/array/.
#include <limits.h>
#include <string.h>

#include "pith.h"           // the object API
#include "pith/slice.h"     // slices
#include "obj/bytes.h"      // pt_buffer_register (internal until public: see the report)

typedef struct ArrayObj {
    PtObject ob;
    char *data;
    pt_ssize len, alloc;  // in items
    int itemsize;
    char typecode;
} ArrayObj;

#define ARR(o) ((ArrayObj *)(o))

static PtType array_type, arrayiter_type;

static const char typecodes[] = "bBuhHiIlLqQfd";

static int itemsize_of(char tc) {
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4;
    default: return 8;
    }
}

// ---- Storage ----

static int arr_resize(ArrayObj *a, pt_ssize n) {
    if (n <= a->alloc && n >= a->alloc / 2) {
        a->len = n;
        return 0;
    }
    pt_ssize nalloc = n == 0 ? 0 : n + (n >> 4) + (n < 8 ? 3 : 7);
    if (n > PT_SSIZE_MAX / 16) {
        pt_err_no_memory();
        return -1;
    }
    char *nd = pt_mem_realloc(a->data, (size_t)(a->alloc * a->itemsize), (size_t)(nalloc * a->itemsize));
    if (nd == NULL && nalloc > 0) {
        pt_err_no_memory();
        return -1;
    }
    a->data = nd;
    a->alloc = nalloc;
    a->len = n;
    return 0;
}

static ArrayObj *arr_alloc(PtType *type, char tc, pt_ssize n) {
    ArrayObj *a = (ArrayObj *)pt_object_alloc(type, (size_t)type->basicsize);
    if (a == NULL) {
        return NULL;
    }
    a->typecode = tc;
    a->itemsize = itemsize_of(tc);
    if (n > 0 && arr_resize(a, n) < 0) {
        pt_decref(&a->ob);
        return NULL;
    }
    return a;
}

static void array_dealloc(PtObject *o) {
    ArrayObj *a = ARR(o);
    pt_mem_free(a->data, (size_t)(a->alloc * a->itemsize));
    pt_object_free(o, sizeof(ArrayObj));
}

// ---- Item conversion ----

static PtObject *item_get(ArrayObj *a, pt_ssize i) {
    const char *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return pt_int_from_i64(*(const signed char *)p);
    case 'B': return pt_int_from_i64(*(const unsigned char *)p);
    case 'h': { short v; memcpy(&v, p, 2); return pt_int_from_i64(v); }
    case 'H': { unsigned short v; memcpy(&v, p, 2); return pt_int_from_i64(v); }
    case 'i': { int v; memcpy(&v, p, 4); return pt_int_from_i64(v); }
    case 'I': { unsigned v; memcpy(&v, p, 4); return pt_int_from_i64(v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return pt_int_from_i64(v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return pt_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return pt_float_new(v); }
    case 'd': { double v; memcpy(&v, p, 8); return pt_float_new(v); }
    default: { uint32_t v; memcpy(&v, p, 4); return pt_str_from_char(v); }
    }
}

static int overflow(const char *what, int big) {
    pt_err_format(pt_exc_OverflowError, "%s is %s", what, big ? "greater than maximum" : "less than minimum");
    return -1;
}

// Range-check an integer value for typecode tc with CPython's messages. 0 or -1.
static int int_in_range(char tc, PtObject *iv, int64_t *out) {
    int ovf = 0, sign = pt_int_sign(iv);
    int64_t v = pt_int_as_i64_overflow(iv, &ovf);
    int unsigned_wide = tc == 'I' || tc == 'L' || tc == 'Q';
    if (unsigned_wide && sign < 0) {
        pt_err_set_string(pt_exc_OverflowError, tc == 'Q' ? "can't convert negative int to unsigned"
                                                           : "can't convert negative value to unsigned int");
        return -1;
    }
    if (unsigned_wide && ovf && pt_int_bit_length(iv) <= 64) {
        if (tc == 'I') {
            return overflow("unsigned int", 1);
        }
        *out = (int64_t)0;  // the caller reads the unsigned value itself
        return 1;
    }
    if (ovf) {
        pt_err_set_string(pt_exc_OverflowError, tc == 'q' || tc == 'Q' ? "int too big to convert"
                          : unsigned_wide ? "Python int too large to convert to C unsigned long"
                                          : "Python int too large to convert to C long");
        return -1;
    }
    switch (tc) {
    case 'b':
        if (v < SHRT_MIN || v > SHRT_MAX) {
            return overflow("signed short integer", v > 0);
        }
        if (v < SCHAR_MIN || v > SCHAR_MAX) {
            return overflow("signed char", v > 0);
        }
        break;
    case 'B':
        if (v < 0 || v > UCHAR_MAX) {
            return overflow("unsigned byte integer", v > 0);
        }
        break;
    case 'h':
        if (v < SHRT_MIN || v > SHRT_MAX) {
            return overflow("signed short integer", v > 0);
        }
        break;
    case 'H':
        if (v < INT_MIN || v > INT_MAX) {
            return overflow("signed integer", v > 0);
        }
        if (v < 0 || v > USHRT_MAX) {
            return overflow("unsigned short", v > 0);
        }
        break;
    case 'i':
        if (v < INT_MIN || v > INT_MAX) {
            return overflow("signed integer", v > 0);
        }
        break;
    case 'I':
        if (v > (int64_t)UINT_MAX) {
            return overflow("unsigned int", 1);
        }
        break;
    default:
        break;
    }
    *out = v;
    return 0;
}

// Convert `v` for the array's typecode into buf (itemsize bytes). 0 or -1.
static int item_convert(ArrayObj *a, PtObject *v, char *buf) {
    char tc = a->typecode;
    if (tc == 'u') {
        if (!pt_is_str(v) || pt_str_len(v) != 1) {
            pt_err_set_string(pt_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = pt_str_char(v, 0);
        memcpy(buf, &c, 4);
        return 0;
    }
    if (tc == 'f' || tc == 'd') {
        if (!pt_is_float(v) && !pt_is_int(v)) {
            PtType *t = pt_type(v);
            if (t->as_number == NULL || (t->as_number->float_ == NULL && t->as_number->index == NULL)) {
                pt_err_format(pt_exc_TypeError, "must be real number, not %T", v);
                return -1;
            }
        }
        double d = pt_float_as_double(v);
        if (d == -1.0 && pt_err_occurred()) {
            return -1;
        }
        if (tc == 'f') {
            float f = (float)d;
            memcpy(buf, &f, 4);
        } else {
            memcpy(buf, &d, 8);
        }
        return 0;
    }
    if (!pt_slice_index_ok(v)) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    PtObject *iv = pt_number_index(v);
    if (iv == NULL) {
        return -1;
    }
    int64_t x = 0;
    int r = int_in_range(tc, iv, &x);
    if (r == 1) {
        // An unsigned 64-bit value beyond int64: value - 2**64 has the same low 64 bits.
        PtObject *max = pt_int_from_u64(UINT64_MAX);
        PtObject *two64 = max != NULL ? pt_number_binop(max, pt_smallint(1), PT_BINOP_ADD) : NULL;
        PtObject *wrapped = two64 != NULL ? pt_number_binop(iv, two64, PT_BINOP_SUB) : NULL;
        x = wrapped != NULL ? pt_int_as_i64(wrapped) : 0;
        pt_xdecref(max);
        pt_xdecref(two64);
        pt_xdecref(wrapped);
        r = pt_err_occurred() ? -1 : 0;
    }
    pt_decref(iv);
    if (r < 0) {
        return -1;
    }
    switch (tc) {
    case 'b': case 'B': { unsigned char c = (unsigned char)x; memcpy(buf, &c, 1); break; }
    case 'h': case 'H': { unsigned short s = (unsigned short)x; memcpy(buf, &s, 2); break; }
    case 'i': case 'I': { unsigned u = (unsigned)x; memcpy(buf, &u, 4); break; }
    default: memcpy(buf, &x, 8); break;
    }
    return 0;
}

static int arr_append(ArrayObj *a, PtObject *v) {
    char buf[8];
    if (item_convert(a, v, buf) < 0 || arr_resize(a, a->len + 1) < 0) {
        return -1;
    }
    memcpy(a->data + (a->len - 1) * a->itemsize, buf, (size_t)a->itemsize);
    return 0;
}

static int arr_extend_iter(ArrayObj *a, PtObject *iterable) {
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    PtObject *v;
    int r = 0;
    while (r == 0 && (v = pt_iter_next(it)) != NULL) {
        r = arr_append(a, v);
        pt_decref(v);
    }
    pt_decref(it);
    return r < 0 || pt_err_occurred() ? -1 : 0;
}

static int arr_frombytes(ArrayObj *a, const char *p, pt_ssize n) {
    if (n % a->itemsize != 0) {
        pt_err_set_string(pt_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    pt_ssize old = a->len;
    if (arr_resize(a, old + n / a->itemsize) < 0) {
        return -1;
    }
    if (n > 0) {
        memcpy(a->data + old * a->itemsize, p, (size_t)n);
    }
    return 0;
}

static int arr_fromunicode(ArrayObj *a, PtObject *s) {
    pt_ssize n = pt_str_len(s), old = a->len;
    if (arr_resize(a, old + n) < 0) {
        return -1;
    }
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(s, i);
        memcpy(a->data + (old + i) * 4, &c, 4);
    }
    return 0;
}

// ---- Construction ----

static PtObject *array_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &array_type && pt_check_no_kwargs("array.array", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        return pt_err_format(pt_exc_TypeError, "array() takes at most 2 arguments (%d given)", (int)nargs);
    }
    if (!pt_is_str(args[0]) || pt_str_len(args[0]) != 1) {
        return pt_err_format(pt_exc_TypeError, "array() argument 1 must be a unicode character, not %T", args[0]);
    }
    uint32_t c = pt_str_char(args[0], 0);
    if (c > 127 || c == 0 || strchr(typecodes, (int)c) == NULL) {
        return pt_err_set_string(pt_exc_ValueError,
                                 "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    char tc = (char)c;
    PtObject *init = nargs == 2 ? args[1] : NULL;
    if (init != NULL && pt_is_str(init) && tc != 'u') {
        return pt_err_format(pt_exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
    }
    if (init != NULL && pt_object_typecheck(init, &array_type) && ARR(init)->typecode == 'u' && tc != 'u') {
        return pt_err_format(pt_exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                             tc);
    }
    ArrayObj *a = arr_alloc(type, tc, 0);
    if (a == NULL) {
        return NULL;
    }
    int r = 0;
    if (init == NULL) {
        r = 0;
    } else if (pt_is_bytes(init) || pt_is_bytearray(init)) {
        PtBuffer v;
        r = pt_buffer_get(init, &v, 0);
        if (r == 0) {
            r = arr_frombytes(a, v.buf, v.len);
            pt_buffer_release(&v);
        }
    } else if (pt_is_str(init)) {
        r = arr_fromunicode(a, init);
    } else if (pt_object_typecheck(init, &array_type) && ARR(init)->typecode == tc) {
        r = arr_frombytes(a, ARR(init)->data, ARR(init)->len * a->itemsize);
    } else {
        r = arr_extend_iter(a, init);
    }
    if (r < 0) {
        pt_decref(&a->ob);
        return NULL;
    }
    return &a->ob;
}

// ---- Methods ----

static PtObject *array_append(PtObject *self, PtObject *v) {
    return arr_append(ARR(self), v) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *array_extend(PtObject *self, PtObject *iterable) {
    ArrayObj *a = ARR(self);
    if (pt_object_typecheck(iterable, &array_type)) {
        ArrayObj *b = ARR(iterable);
        if (b->typecode != a->typecode) {
            return pt_err_set_string(pt_exc_TypeError, "can only extend with array of same kind");
        }
        pt_ssize n = b->len;  // b may be a itself
        if (arr_resize(a, a->len + n) < 0) {
            return NULL;
        }
        memmove(a->data + (a->len - n) * a->itemsize, b->data, (size_t)(n * a->itemsize));
        return pt_newref(pt_None);
    }
    return arr_extend_iter(a, iterable) < 0 ? NULL : pt_newref(pt_None);
}

// A Python index (negative counts from the end) into [0, len) or IndexError(msg).
static int norm_index(ArrayObj *a, PtObject *v, pt_ssize *out, const char *msg) {
    pt_ssize i;
    if (pt_slice_index(v, &i) < 0) {
        return -1;
    }
    if (i < 0) {
        i += a->len;
    }
    if (i < 0 || i >= a->len) {
        pt_err_set_string(pt_exc_IndexError, msg);
        return -1;
    }
    *out = i;
    return 0;
}

static void arr_delete(ArrayObj *a, pt_ssize i, pt_ssize n) {
    memmove(a->data + i * a->itemsize, a->data + (i + n) * a->itemsize,
            (size_t)((a->len - i - n) * a->itemsize));
    arr_resize(a, a->len - n);  // shrinking never fails
}

static PtObject *array_insert(PtObject *self, PtObject *const *args, size_t nargs) {
    ArrayObj *a = ARR(self);
    pt_ssize i;
    char buf[8];
    if (pt_check_nargs("insert", nargs, 2, 2) < 0 || pt_slice_index(args[0], &i) < 0 ||
        item_convert(a, args[1], buf) < 0) {
        return NULL;
    }
    if (i < 0) {
        i = i + a->len < 0 ? 0 : i + a->len;
    }
    if (i > a->len) {
        i = a->len;
    }
    if (arr_resize(a, a->len + 1) < 0) {
        return NULL;
    }
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, (size_t)((a->len - 1 - i) * a->itemsize));
    memcpy(a->data + i * a->itemsize, buf, (size_t)a->itemsize);
    return pt_newref(pt_None);
}

static PtObject *array_pop(PtObject *self, PtObject *const *args, size_t nargs) {
    ArrayObj *a = ARR(self);
    if (pt_check_nargs("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (a->len == 0) {
        return pt_err_set_string(pt_exc_IndexError, "pop from empty array");
    }
    pt_ssize i = a->len - 1;
    if (nargs == 1 && norm_index(a, args[0], &i, "pop index out of range") < 0) {
        return NULL;
    }
    PtObject *v = item_get(a, i);
    if (v != NULL) {
        arr_delete(a, i, 1);
    }
    return v;
}

// The index of the first item equal to v in [start, stop), -1 if none, -2 on error.
static pt_ssize arr_find(ArrayObj *a, PtObject *v, pt_ssize start, pt_ssize stop) {
    for (pt_ssize i = start; i < stop && i < a->len; i++) {
        PtObject *x = item_get(a, i);
        int r = x != NULL ? pt_object_richcompare_bool(x, v, PT_EQ) : -1;
        pt_xdecref(x);
        if (r != 0) {
            return r < 0 ? -2 : i;
        }
    }
    return -1;
}

static PtObject *array_remove(PtObject *self, PtObject *v) {
    ArrayObj *a = ARR(self);
    pt_ssize i = arr_find(a, v, 0, a->len);
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return pt_err_set_string(pt_exc_ValueError, "array.remove(x): x not in array");
    }
    arr_delete(a, i, 1);
    return pt_newref(pt_None);
}

static int bound_arg(PtObject *v, pt_ssize len, pt_ssize *out) {
    if (pt_slice_index(v, out) < 0) {
        return -1;
    }
    if (*out < 0 && (*out += len) < 0) {
        *out = 0;
    }
    return 0;
}

static PtObject *array_index(PtObject *self, PtObject *const *args, size_t nargs) {
    ArrayObj *a = ARR(self);
    pt_ssize start = 0, stop = PT_SSIZE_MAX;
    if (pt_check_nargs("index", nargs, 1, 3) < 0 || (nargs > 1 && bound_arg(args[1], a->len, &start) < 0) ||
        (nargs > 2 && bound_arg(args[2], a->len, &stop) < 0)) {
        return NULL;
    }
    pt_ssize i = arr_find(a, args[0], start, stop);
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return pt_err_set_string(pt_exc_ValueError, "array.index(x): x not in array");
    }
    return pt_int_from_ssize(i);
}

static PtObject *array_count(PtObject *self, PtObject *v) {
    ArrayObj *a = ARR(self);
    pt_ssize n = 0;
    for (pt_ssize i = 0; i < a->len; i++) {
        PtObject *x = item_get(a, i);
        int r = x != NULL ? pt_object_richcompare_bool(x, v, PT_EQ) : -1;
        pt_xdecref(x);
        if (r < 0) {
            return NULL;
        }
        n += r;
    }
    return pt_int_from_ssize(n);
}

static PtObject *array_reverse(PtObject *self, PtObject *unused) {
    ArrayObj *a = ARR(self);
    char tmp[8];
    int s = a->itemsize;
    for (pt_ssize i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, a->data + i * s, (size_t)s);
        memcpy(a->data + i * s, a->data + j * s, (size_t)s);
        memcpy(a->data + j * s, tmp, (size_t)s);
    }
    return pt_newref(pt_None);
}

static PtObject *array_byteswap(PtObject *self, PtObject *unused) {
    ArrayObj *a = ARR(self);
    int s = a->itemsize;
    for (pt_ssize i = 0; i < a->len; i++) {
        char *p = a->data + i * s;
        for (int k = 0; k < s / 2; k++) {
            char t = p[k];
            p[k] = p[s - 1 - k];
            p[s - 1 - k] = t;
        }
    }
    return pt_newref(pt_None);
}

static PtObject *array_tobytes(PtObject *self, PtObject *unused) {
    return pt_bytes_new(ARR(self)->data, (size_t)(ARR(self)->len * ARR(self)->itemsize));
}

static PtObject *array_frombytes_m(PtObject *self, PtObject *arg) {
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 0) < 0) {
        return NULL;
    }
    int r = arr_frombytes(ARR(self), v.buf, v.len);
    pt_buffer_release(&v);
    return r < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *array_tolist(PtObject *self, PtObject *unused) {
    ArrayObj *a = ARR(self);
    PtObject *l = pt_list_new(a->len);
    for (pt_ssize i = 0; l != NULL && i < a->len; i++) {
        PtObject *v = item_get(a, i);
        if (v == NULL) {
            pt_list_set_steal(l, i, pt_newref(pt_None));
            pt_clearref(&l);
            break;
        }
        pt_list_set_steal(l, i, v);
    }
    return l;
}

static PtObject *array_fromlist(PtObject *self, PtObject *list) {
    ArrayObj *a = ARR(self);
    if (!pt_is_list(list)) {
        return pt_err_set_string(pt_exc_TypeError, "arg must be list");
    }
    pt_ssize old = a->len;
    for (pt_ssize i = 0; i < pt_list_len(list); i++) {
        if (arr_append(a, pt_list_get(list, i)) < 0) {
            arr_resize(a, old);  // all or nothing
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

static PtObject *array_fromunicode(PtObject *self, PtObject *s) {
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "fromunicode() argument must be str, not %T", s);
    }
    if (ARR(self)->typecode != 'u') {
        return pt_err_set_string(pt_exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    }
    return arr_fromunicode(ARR(self), s) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *array_tounicode(PtObject *self, PtObject *unused) {
    ArrayObj *a = ARR(self);
    if (a->typecode != 'u') {
        return pt_err_set_string(pt_exc_ValueError, "tounicode() may only be called on unicode type arrays");
    }
    return pt_str_from_ucs4((const uint32_t *)(void *)a->data, (size_t)a->len);
}

static PtObject *array_fromfile(PtObject *self, PtObject *const *args, size_t nargs) {
    ArrayObj *a = ARR(self);
    if (pt_check_nargs("fromfile", nargs, 2, 2) < 0) {
        return NULL;
    }
    pt_ssize n;
    if (pt_slice_index(args[1], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return pt_err_set_string(pt_exc_ValueError, "negative count");
    }
    pt_ssize want = n * a->itemsize;
    PtObject *data = pt_object_call_method_str(args[0], "read", (PtObject *[]){pt_int_from_ssize(want)}, 1);
    if (data == NULL) {
        return NULL;
    }
    if (!pt_is_bytes(data)) {
        pt_decref(data);
        return pt_err_set_string(pt_exc_TypeError, "read() didn't return bytes");
    }
    pt_ssize got = pt_bytes_len(data);
    int r = arr_frombytes(a, pt_bytes_data(data), got - got % a->itemsize);
    pt_decref(data);
    if (r < 0) {
        return NULL;
    }
    if (got != want) {
        return pt_err_set_string(pt_exc_EOFError, "read() didn't return enough bytes");
    }
    return pt_newref(pt_None);
}

static PtObject *array_tofile(PtObject *self, PtObject *f) {
    PtObject *b = array_tobytes(self, NULL);
    PtObject *r = b != NULL ? pt_object_call_method_str(f, "write", &b, 1) : NULL;
    pt_xdecref(b);
    if (r == NULL) {
        return NULL;
    }
    pt_decref(r);
    return pt_newref(pt_None);
}

static PtObject *array_buffer_info(PtObject *self, PtObject *unused) {
    return pt_tuple_pack(2, pt_int_from_u64((uint64_t)(uintptr_t)ARR(self)->data), pt_int_from_ssize(ARR(self)->len));
}

static PtObject *arr_slice_copy(ArrayObj *a, pt_ssize start, pt_ssize step, pt_ssize n) {
    ArrayObj *r = arr_alloc(&array_type, a->typecode, n);
    if (r == NULL) {
        return NULL;
    }
    if (step == 1 && n > 0) {
        memcpy(r->data, a->data + start * a->itemsize, (size_t)(n * a->itemsize));
    } else {
        for (pt_ssize k = 0; k < n; k++) {
            memcpy(r->data + k * a->itemsize, a->data + (start + k * step) * a->itemsize, (size_t)a->itemsize);
        }
    }
    return &r->ob;
}

static PtObject *array_copy(PtObject *self, PtObject *unused) {
    return arr_slice_copy(ARR(self), 0, 1, ARR(self)->len);
}

static PtObject *array_deepcopy(PtObject *self, PtObject *memo) { return array_copy(self, NULL); }

static PtObject *array_reduce_ex(PtObject *self, PtObject *proto) {
    PtObject *list = array_tolist(self, NULL);
    PtObject *tc = pt_str_from_char((uint32_t)ARR(self)->typecode);
    PtObject *args = list != NULL && tc != NULL ? pt_tuple_pack(2, tc, list) : NULL;
    pt_xdecref(list);
    pt_xdecref(tc);
    if (args == NULL) {
        return NULL;
    }
    PtObject *dict = NULL;
    if (pt_object_lookup_attr(self, pt_str_id("__dict__"), &dict) < 0) {
        pt_decref(args);
        return NULL;
    }
    PtObject *r = pt_tuple_pack(3, (PtObject *)pt_type(self), args, dict != NULL ? dict : pt_None);
    pt_xdecref(dict);
    pt_decref(args);
    return r;
}

static PtObject *array_sizeof(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize((pt_ssize)sizeof(ArrayObj) + ARR(self)->alloc * ARR(self)->itemsize);
}

static PtObject *array_class_getitem(PtObject *cls, PtObject *arg) {
    PtObject *types = pt_import("types");
    PtObject *ga = types != NULL ? pt_object_getattr_str(types, "GenericAlias") : NULL;
    pt_xdecref(types);
    PtObject *r = ga != NULL ? pt_object_call2(ga, cls, arg) : NULL;
    pt_xdecref(ga);
    return r;
}

static PtObject *array_typecode_get(PtObject *self, void *c) {
    return pt_str_from_char((uint32_t)ARR(self)->typecode);
}

static PtObject *array_itemsize_get(PtObject *self, void *c) { return pt_int_from_i64(ARR(self)->itemsize); }

// ---- Slots ----

static pt_ssize array_len(PtObject *self) { return ARR(self)->len; }

static PtObject *array_item(PtObject *self, pt_ssize i) {
    if (i < 0 || i >= ARR(self)->len) {
        return pt_err_set_string(pt_exc_IndexError, "array index out of range");
    }
    return item_get(ARR(self), i);
}

static PtObject *array_subscript(PtObject *self, PtObject *key) {
    ArrayObj *a = ARR(self);
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step, n;
        if (pt_slice_get_indices(key, a->len, &start, &stop, &step, &n) < 0) {
            return NULL;
        }
        return arr_slice_copy(a, start, step, n);
    }
    if (!pt_slice_index_ok(key)) {
        return pt_err_set_string(pt_exc_TypeError, "array indices must be integers");
    }
    pt_ssize i;
    if (norm_index(a, key, &i, "array index out of range") < 0) {
        return NULL;
    }
    return item_get(a, i);
}

// a[slice] = other (an array of the same kind) or del a[slice]. 0 or -1.
static int array_ass_slice(ArrayObj *a, PtObject *key, PtObject *v) {
    pt_ssize start, stop, step, n;
    if (pt_slice_get_indices(key, a->len, &start, &stop, &step, &n) < 0) {
        return -1;
    }
    ArrayObj *src = NULL;
    PtObject *hold = NULL;
    if (v != NULL) {
        if (!pt_object_typecheck(v, &array_type)) {
            pt_err_format(pt_exc_TypeError, "can only assign array (not \"%s\") to array slice", pt_type_name_of(v));
            return -1;
        }
        if (ARR(v)->typecode != a->typecode) {
            pt_err_set_string(pt_exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        hold = v == &a->ob ? array_copy(v, NULL) : pt_newref(v);
        if (hold == NULL) {
            return -1;
        }
        src = ARR(hold);
    }
    int s = a->itemsize, r = 0;
    pt_ssize m = src != NULL ? src->len : 0;
    if (step == 1) {
        pt_ssize old = a->len, tail = old - stop;
        if (stop < start) {
            stop = start, tail = old - start;
        }
        pt_ssize nlen = old - (stop - start) + m;
        if (m > stop - start && arr_resize(a, nlen) < 0) {
            r = -1;
        } else {
            memmove(a->data + (start + m) * s, a->data + stop * s, (size_t)(tail * s));
            if (m > 0) {
                memcpy(a->data + start * s, src->data, (size_t)(m * s));
            }
            if (nlen < old) {
                arr_resize(a, nlen);
            }
        }
    } else if (src == NULL) {
        // Delete an extended slice: compact the kept items in one pass.
        pt_ssize lo = step > 0 ? start : start + (n - 1) * step, st = step > 0 ? step : -step, w = lo;
        for (pt_ssize i = lo; i < a->len; i++) {
            if (i >= lo && (i - lo) % st == 0 && (i - lo) / st < n) {
                continue;
            }
            memmove(a->data + w * s, a->data + i * s, (size_t)s);
            w++;
        }
        arr_resize(a, w);
    } else if (m != n) {
        pt_err_format(pt_exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", m, n);
        r = -1;
    } else {
        for (pt_ssize k = 0; k < n; k++) {
            memcpy(a->data + (start + k * step) * s, src->data + k * s, (size_t)s);
        }
    }
    pt_xdecref(hold);
    return r;
}

static int array_ass_subscript(PtObject *self, PtObject *key, PtObject *v) {
    ArrayObj *a = ARR(self);
    if (pt_is_slice(key)) {
        return array_ass_slice(a, key, v);
    }
    if (!pt_slice_index_ok(key)) {
        pt_err_set_string(pt_exc_TypeError, "array indices must be integers");
        return -1;
    }
    pt_ssize i;
    if (norm_index(a, key, &i, v != NULL ? "array assignment index out of range" : "array assignment index out of range") < 0) {
        return -1;
    }
    if (v == NULL) {
        arr_delete(a, i, 1);
        return 0;
    }
    return item_convert(a, v, a->data + i * a->itemsize);
}

static int array_contains(PtObject *self, PtObject *v) {
    pt_ssize i = arr_find(ARR(self), v, 0, ARR(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static PtObject *array_concat(PtObject *x, PtObject *y) {
    if (!pt_object_typecheck(y, &array_type)) {
        return pt_err_format(pt_exc_TypeError, "can only append array (not \"%s\") to array", pt_type_name_of(y));
    }
    ArrayObj *a = ARR(x), *b = ARR(y);
    if (a->typecode != b->typecode) {
        return pt_err_set_string(pt_exc_TypeError, "bad argument type for built-in operation");
    }
    ArrayObj *r = arr_alloc(&array_type, a->typecode, a->len + b->len);
    if (r == NULL) {
        return NULL;
    }
    if (a->len > 0) {
        memcpy(r->data, a->data, (size_t)(a->len * a->itemsize));
    }
    if (b->len > 0) {
        memcpy(r->data + a->len * a->itemsize, b->data, (size_t)(b->len * a->itemsize));
    }
    return &r->ob;
}

static PtObject *array_inplace_concat(PtObject *x, PtObject *y) {
    if (!pt_object_typecheck(y, &array_type)) {
        return pt_err_format(pt_exc_TypeError, "can only extend array with array (not \"%s\")", pt_type_name_of(y));
    }
    PtObject *r = array_extend(x, y);
    if (r == NULL) {
        return NULL;
    }
    pt_decref(r);
    return pt_newref(x);
}

static int arr_repeat_into(ArrayObj *r, ArrayObj *a, pt_ssize n, pt_ssize len0) {
    pt_ssize bytes = len0 * a->itemsize;
    if (n > 0 && len0 > PT_SSIZE_MAX / n / 16) {
        pt_err_no_memory();
        return -1;
    }
    if (arr_resize(r, n <= 0 ? 0 : len0 * n) < 0) {
        return -1;
    }
    for (pt_ssize k = 1; k < n; k++) {
        memcpy(r->data + k * bytes, r->data, (size_t)bytes);
    }
    return 0;
}

static PtObject *array_repeat(PtObject *self, pt_ssize n) {
    ArrayObj *a = ARR(self);
    PtObject *r = array_copy(self, NULL);
    if (r != NULL && arr_repeat_into(ARR(r), a, n, a->len) < 0) {
        pt_clearref(&r);
    }
    return r;
}

static PtObject *array_inplace_repeat(PtObject *self, pt_ssize n) {
    ArrayObj *a = ARR(self);
    if (arr_repeat_into(a, a, n, a->len) < 0) {
        return NULL;
    }
    return pt_newref(self);
}

static PtObject *array_richcompare(PtObject *x, PtObject *y, int op) {
    if (!pt_object_typecheck(x, &array_type) || !pt_object_typecheck(y, &array_type)) {
        return pt_newref(pt_NotImplemented);
    }
    ArrayObj *a = ARR(x), *b = ARR(y);
    if ((op == PT_EQ || op == PT_NE) && a->len != b->len) {
        return pt_newref(pt_bool(op == PT_NE));
    }
    if (a->typecode == b->typecode && (op == PT_EQ || op == PT_NE) && a->typecode != 'f' && a->typecode != 'd') {
        int eq = a->len == 0 || memcmp(a->data, b->data, (size_t)(a->len * a->itemsize)) == 0;
        return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
    }
    PtObject *la = array_tolist(x, NULL), *lb = la != NULL ? array_tolist(y, NULL) : NULL;
    PtObject *r = lb != NULL ? pt_object_richcompare(la, lb, op) : NULL;
    pt_xdecref(la);
    pt_xdecref(lb);
    return r;
}

static PtObject *array_repr(PtObject *self) {
    ArrayObj *a = ARR(self);
    const char *name = pt_type_name_of(self);
    const char *dot = strrchr(name, '.');
    name = dot != NULL ? dot + 1 : name;
    if (a->len == 0) {
        return pt_str_format("%s('%c')", name, a->typecode);
    }
    PtObject *body = a->typecode == 'u' ? array_tounicode(self, NULL) : array_tolist(self, NULL);
    PtObject *br = body != NULL ? pt_object_repr(body) : NULL;
    pt_xdecref(body);
    if (br == NULL) {
        return NULL;
    }
    PtObject *r = pt_str_format("%s('%c', %U)", name, a->typecode, br);
    pt_decref(br);
    return r;
}

// The buffer protocol: the items themselves, with their struct format.
static int array_getbuffer(PtObject *self, PtBuffer *view, int writable) {
    static const char *const formats[] = {"b", "B", "w", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"};
    ArrayObj *a = ARR(self);
    static char empty[8];  // the buffer of an empty array; never written (len 0)
    view->buf = a->data != NULL ? a->data : empty;
    view->len = a->len * a->itemsize;
    view->itemsize = a->itemsize;
    view->format = formats[strchr(typecodes, a->typecode) - typecodes];
    view->readonly = 0;
    view->obj = pt_newref(self);
    return 0;
}

// ---- Iterator ----

typedef struct ArrayIter {
    PtObject ob;
    PtObject *arr;
    pt_ssize index;
} ArrayIter;

static PtObject *array_iter(PtObject *self) {
    ArrayIter *it = (ArrayIter *)pt_object_alloc(&arrayiter_type, sizeof(ArrayIter));
    if (it == NULL) {
        return NULL;
    }
    it->arr = pt_newref(self);
    pt_gc_track(&it->ob);
    return &it->ob;
}

static PtObject *arrayiter_next(PtObject *self) {
    ArrayIter *it = (ArrayIter *)self;
    if (it->arr == NULL || it->index >= ARR(it->arr)->len) {
        pt_clearref(&it->arr);
        return NULL;
    }
    return item_get(ARR(it->arr), it->index++);
}

static void arrayiter_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_xdecref(((ArrayIter *)o)->arr);
    pt_object_free(o, sizeof(ArrayIter));
}

static int arrayiter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtObject *a = ((ArrayIter *)o)->arr;
    return a != NULL ? visit(a, arg) : 0;
}

static PtObject *arrayiter_self(PtObject *self) { return pt_newref(self); }

static PtType arrayiter_type = {
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIter),
    .flags = PT_TF_GC,
    .dealloc = arrayiter_dealloc,
    .traverse = arrayiter_traverse,
    .iter = arrayiter_self,
    .iternext = arrayiter_next,
};

// ---- The type ----

static const PtMethodDef array_methods[] = {
    {"append", PT_FN(array_append), PT_METH_O, "Append new value v to the end of the array."},
    {"buffer_info", PT_FN(array_buffer_info), PT_METH_NOARGS, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", PT_FN(array_byteswap), PT_METH_NOARGS, "Byteswap all items of the array."},
    {"count", PT_FN(array_count), PT_METH_O, "Return number of occurrences of v in the array."},
    {"extend", PT_FN(array_extend), PT_METH_O, "Append items to the end of the array."},
    {"frombytes", PT_FN(array_frombytes_m), PT_METH_O, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", PT_FN(array_fromfile), PT_METH_FAST, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", PT_FN(array_fromlist), PT_METH_O, "Append items to array from list."},
    {"fromunicode", PT_FN(array_fromunicode), PT_METH_O, "Extends this array with data from the unicode string ustr."},
    {"index", PT_FN(array_index), PT_METH_FAST, "Return index of first occurrence of v in the array."},
    {"insert", PT_FN(array_insert), PT_METH_FAST, "Insert a new item v into the array before position i."},
    {"pop", PT_FN(array_pop), PT_METH_FAST, "Return the i-th element and delete it from the array."},
    {"remove", PT_FN(array_remove), PT_METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", PT_FN(array_reverse), PT_METH_NOARGS, "Reverse the order of the items in the array."},
    {"tobytes", PT_FN(array_tobytes), PT_METH_NOARGS, "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", PT_FN(array_tofile), PT_METH_O, "Write all items (as machine values) to the file object f."},
    {"tolist", PT_FN(array_tolist), PT_METH_NOARGS, "Convert array to an ordinary list with the same items."},
    {"tounicode", PT_FN(array_tounicode), PT_METH_NOARGS, "Extends this array with data from the unicode string ustr."},
    {"__copy__", PT_FN(array_copy), PT_METH_NOARGS, "Return a copy of the array."},
    {"__deepcopy__", PT_FN(array_deepcopy), PT_METH_O, "Return a copy of the array."},
    {"__reduce_ex__", PT_FN(array_reduce_ex), PT_METH_O, "Return state information for pickling."},
    {"__sizeof__", PT_FN(array_sizeof), PT_METH_NOARGS, "Size of the array in memory, in bytes."},
    {"__class_getitem__", PT_FN(array_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef array_getset[] = {
    {"typecode", array_typecode_get, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", array_itemsize_get, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtSequenceMethods array_as_sequence = {
    .len = array_len,
    .concat = array_concat,
    .repeat = array_repeat,
    .item = array_item,
    .contains = array_contains,
    .inplace_concat = array_inplace_concat,
    .inplace_repeat = array_inplace_repeat,
};

static PtMappingMethods array_as_mapping = {
    .len = array_len,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
};

static PtType array_type = {
    .name = "array.array",
    .basicsize = sizeof(ArrayObj),
    .flags = PT_TF_BASETYPE | PT_TF_SEQUENCE | PT_TF_WEAKREFABLE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .new_ = array_new,
    .as_sequence = &array_as_sequence,
    .as_mapping = &array_as_mapping,
    .methods = array_methods,
    .getset = array_getset,
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "a bytes-like object, or iterable over elements of the appropriate type.",
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

// Whether the buffer exporter is registered (once per process). Protected by the GIL.
static int exporter_registered;

static int array_exec(PtObject *m) {
    if (pt_type_ready(&array_type) < 0 || pt_type_ready(&arrayiter_type) < 0) {
        return -1;
    }
    if (!exporter_registered) {
        if (pt_buffer_register(&array_type, array_getbuffer) < 0) {
            return -1;
        }
        exporter_registered = 1;
    }
    if (pt_module_add(m, "array", (PtObject *)&array_type) < 0 ||
        pt_module_add(m, "ArrayType", (PtObject *)&array_type) < 0 ||
        pt_module_add_str(m, "typecodes", typecodes) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_array_def = {
    .name = "array",
    .doc = "This module defines an object type which can efficiently represent\n"
           "an array of basic values: characters, integers, floating point\n"
           "numbers.  Items are stored in arrays, which are very much like lists,\n"
           "but the type of objects stored in them is constrained.",
    .methods = NULL,
    .exec = array_exec,
};
