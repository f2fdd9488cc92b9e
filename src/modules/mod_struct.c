// src/modules/mod_struct.c: _struct, packing values into bytes by a format.
//
// A format is compiled once into a Struct: a list of codes, each with its
// byte offset, item size and repeat count, plus the total size and the
// number of values it takes. The first character picks byte order, sizes
// and alignment: '@' (default) native order, native sizes and alignment;
// '=' native order, standard sizes, no alignment; '<', '>' and '!' little
// or big endian with standard sizes. Module functions go through a small
// cache of compiled Structs keyed by the format. Error messages are
// CPython 3.11's ("ubyte format requires 0 <= number <= 255").
//
// Guards: tests/golden/modules/struct/.
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pith.h"        // the object API
#include "pith/slice.h"  // pt_slice_index_ok

// ---- The compiled format ----

typedef struct Code {
    char c;          // format character
    unsigned size;   // bytes per item
    pt_ssize count;  // repeat count (for s and p: the byte length)
    pt_ssize offset;
} Code;

typedef struct Struct {
    PtObject ob;
    PtObject *format;  // str
    pt_ssize size, nargs;
    int little, native;  // byte order; native sizes and alignment
    int ncodes, codes_cap;
    Code *codes;
} Struct;

static PtType struct_type;
static PtObject *struct_error;  // _struct.error; set once at module exec, protected by the GIL

static PtObject *serror(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    pt_err_vformat(struct_error, fmt, ap);
    va_end(ap);
    return NULL;
}

// Size and alignment of a code; 0 if the code is unknown in this mode.
static unsigned code_size(char c, int native) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        return 1;
    case 'h': case 'H': case 'e':
        return 2;
    case 'i': case 'I': case 'f':
        return 4;
    case 'l': case 'L':
        return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd':
        return 8;
    case 'n': case 'N': case 'P':
        return native ? sizeof(void *) : 0;
    }
    return 0;
}

static int host_little(void) {
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

// Compile `fmt` (ASCII bytes) into s. 0 or -1.
static int struct_compile(Struct *s, const char *fmt, size_t len) {
    size_t i = 0;
    s->native = 1;
    s->little = host_little();
    if (len > 0) {
        switch (fmt[0]) {
        case '@': i = 1; break;
        case '=': s->native = 0; i = 1; break;
        case '<': s->native = 0; s->little = 1; i = 1; break;
        case '>': case '!': s->native = 0; s->little = 0; i = 1; break;
        }
    }
    int cap = 8, n = 0;
    Code *codes = pt_mem_alloc(sizeof(Code) * (size_t)cap);
    if (codes == NULL) {
        pt_err_no_memory();
        return -1;
    }
    pt_ssize off = 0, nargs = 0;
    while (i < len) {
        char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        pt_ssize count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
                if (count > (PT_SMALLINT_MAX - 9) / 10) {
                    serror("total struct size too long");
                    goto error;
                }
                count = count * 10 + (fmt[i++] - '0');
            }
            if (i >= len) {
                serror("repeat count given without format specifier");
                goto error;
            }
            c = fmt[i];
        }
        i++;
        unsigned size = code_size(c, s->native);
        if (size == 0) {
            serror("bad char in struct format");
            goto error;
        }
        if (s->native && c != 's' && c != 'p' && c != 'x' && size > 1) {
            off = (off + size - 1) / size * size;  // align
        }
        if (n == cap) {
            Code *nc = pt_mem_realloc(codes, sizeof(Code) * (size_t)cap, sizeof(Code) * (size_t)cap * 2);
            if (nc == NULL) {
                pt_err_no_memory();
                goto error;
            }
            codes = nc;
            cap *= 2;
        }
        codes[n++] = (Code){c, size, count, off};
        if ((pt_ssize)size > 0 && count > (PT_SMALLINT_MAX - off) / (pt_ssize)size) {
            serror("total struct size too long");
            goto error;
        }
        off += (pt_ssize)size * count;
        if (c == 's' || c == 'p') {
            nargs++;
        } else if (c != 'x') {
            nargs += count;
        }
    }
    s->codes = codes;
    s->ncodes = n;
    s->codes_cap = cap;
    s->size = off;
    s->nargs = nargs;
    return 0;
error:
    pt_mem_free(codes, sizeof(Code) * (size_t)cap);
    return -1;
}

// ---- Half floats ----

// IEEE 754 binary16 from a double, rounding to nearest even. -1 on overflow.
static int half_pack(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (a == 0) {
        *out = sign;
        return 0;
    }
    int e;
    double f = frexp(a, &e);  // a = f * 2^e, f in [0.5, 1)
    // Normal halves have e in [-13, 16]; below that, subnormals in steps of 2^-24.
    double scaled;
    int biased;
    if (e < -13) {
        scaled = ldexp(a, 24);  // units of 2^-24
        biased = 0;
    } else {
        scaled = ldexp(f, 11);  // 11 significant bits, in [1024, 2048)
        biased = e + 14;
    }
    double r = nearbyint(scaled);  // default rounding mode: half to even
    uint32_t m = (uint32_t)r;
    if (biased == 0) {
        if (m >= 1024) {  // rounded up into the smallest normal
            *out = sign | 0x0400;
            return 0;
        }
        *out = sign | (uint16_t)m;
        return 0;
    }
    if (m == 2048) {
        m = 1024;
        biased++;
    }
    if (biased >= 31) {
        return -1;
    }
    *out = sign | (uint16_t)(biased << 10) | (uint16_t)(m - 1024);
    return 0;
}

static double half_unpack(uint16_t h) {
    int sign = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    double v;
    if (e == 0) {
        v = ldexp(m, -24);
    } else if (e == 31) {
        v = m ? NAN : INFINITY;
    } else {
        v = ldexp(m + 1024, e - 25);
    }
    return sign ? -v : v;
}

// ---- Packing ----

static void put_uint(unsigned char *p, uint64_t v, unsigned size, int little) {
    for (unsigned k = 0; k < size; k++) {
        unsigned shift = 8 * (little ? k : size - 1 - k);
        p[k] = (unsigned char)(v >> shift);
    }
}

static uint64_t get_uint(const unsigned char *p, unsigned size, int little) {
    uint64_t v = 0;
    for (unsigned k = 0; k < size; k++) {
        unsigned shift = 8 * (little ? k : size - 1 - k);
        v |= (uint64_t)p[k] << shift;
    }
    return v;
}

// The integer value of `v` for an integer code; TypeError-like struct.error otherwise.
static PtObject *get_index(PtObject *v) {
    if (pt_is_int(v)) {
        return pt_newref(v);
    }
    if (!pt_is_float(v) && pt_slice_index_ok(v)) {
        return pt_number_index(v);
    }
    return serror("required argument is not an integer");
}

static PtObject *range_error(char c, unsigned size, int is_unsigned) {
    static const char *const small[] = {"byte", "ubyte", "short", "ushort"};
    if (size <= 2) {
        int idx = (size == 2) * 2 + is_unsigned;
        int64_t lo = is_unsigned ? 0 : -(1LL << (8 * size - 1));
        int64_t hi = is_unsigned ? (1LL << (8 * size)) - 1 : (1LL << (8 * size - 1)) - 1;
        return serror("%s format requires %lld <= number <= %lld", small[idx], (long long)lo, (long long)hi);
    }
    if (size == 4) {
        int64_t lo = is_unsigned ? 0 : -(1LL << 31);
        int64_t hi = is_unsigned ? 4294967295LL : 2147483647LL;
        return serror("'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
    }
    return serror("argument out of range");
}

static int pack_int(unsigned char *p, char c, unsigned size, int little, PtObject *v) {
    PtObject *i = get_index(v);
    if (i == NULL) {
        return -1;
    }
    int is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    int ovf = 0;
    uint64_t bits;
    int64_t sv = pt_int_as_i64_overflow(i, &ovf);
    if (is_unsigned) {
        if (ovf > 0) {
            // Values in [2^63, 2^64) for 8-byte codes.
            PtObject *lim = pt_int_from_u64(UINT64_MAX);
            int cmp = lim != NULL ? pt_int_compare(i, lim) : 1;
            pt_xdecref(lim);
            if (cmp > 0 || size < 8) {
                pt_decref(i);
                range_error(c, size, 1);
                return -1;
            }
            PtObject *lo = pt_number_binop(i, pt_int_from_i64(INT64_MAX), PT_BINOP_AND);
            int64_t low = lo != NULL ? pt_int_as_i64(lo) : 0;
            pt_xdecref(lo);
            bits = (uint64_t)low | (1ULL << 63);
        } else if (ovf < 0 || (sv < 0 && c != 'P')) {
            pt_decref(i);
            if (size <= 2) {
                range_error(c, size, 1);
            } else {
                serror("argument out of range");
            }
            return -1;
        } else {
            bits = (uint64_t)sv;
            if (size < 8 && bits >> (8 * size) != 0) {
                pt_decref(i);
                range_error(c, size, 1);
                return -1;
            }
        }
    } else {
        if (ovf != 0) {
            pt_decref(i);
            range_error(c, size, 0);
            return -1;
        }
        if (size < 8) {
            int64_t lim = 1LL << (8 * size - 1);
            if (sv < -lim || sv >= lim) {
                pt_decref(i);
                range_error(c, size, 0);
                return -1;
            }
        }
        bits = (uint64_t)sv;
    }
    pt_decref(i);
    put_uint(p, bits, size, little);
    return 0;
}

static int pack_float(unsigned char *p, char c, int little, PtObject *v) {
    if (!pt_is_float(v) && !pt_is_int(v) && !pt_slice_index_ok(v) && !pt_object_hasattr_str(v, "__float__")) {
        serror("required argument is not a float");
        return -1;
    }
    double d = pt_float_as_double(v);
    if (d == -1.0 && pt_err_occurred()) {
        return -1;
    }
    if (c == 'd') {
        union { double d; uint64_t u; } x = {d};
        put_uint(p, x.u, 8, little);
    } else if (c == 'f') {
        union { float f; uint32_t u; } x = {(float)d};
        put_uint(p, x.u, 4, little);
    } else {
        uint16_t h;
        if (half_pack(d, &h) < 0) {
            pt_err_set_string(pt_exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        put_uint(p, h, 2, little);
    }
    return 0;
}

// Pack one value for code `k` at p. 0 or -1.
static int pack_one(Struct *s, const Code *k, unsigned char *p, PtObject *v) {
    switch (k->c) {
    case 'c': {
        if (!pt_is_bytes(v) || pt_bytes_len(v) != 1) {
            serror("char format requires a bytes object of length 1");
            return -1;
        }
        *p = (unsigned char)pt_bytes_data(v)[0];
        return 0;
    }
    case '?': {
        int t = pt_object_is_true(v);
        if (t < 0) {
            return -1;
        }
        *p = (unsigned char)t;
        return 0;
    }
    case 'e': case 'f': case 'd':
        return pack_float(p, k->c, s->little, v);
    default:
        return pack_int(p, k->c, k->size, s->little, v);
    }
}

// Pack `args` into buf (zeroed, s->size bytes). 0 or -1.
static int pack_into_buf(Struct *s, unsigned char *buf, PtObject *const *args, size_t nargs) {
    if ((pt_ssize)nargs != s->nargs) {
        serror("pack expected %zd items for packing (got %zd)", s->nargs, (pt_ssize)nargs);
        return -1;
    }
    size_t a = 0;
    for (int ci = 0; ci < s->ncodes; ci++) {
        const Code *k = &s->codes[ci];
        unsigned char *p = buf + k->offset;
        if (k->c == 'x') {
            continue;
        }
        if (k->c == 's' || k->c == 'p') {
            PtObject *v = args[a++];
            PtBuffer b;
            if (pt_is_str(v) || (!pt_is_bytes(v) && !pt_is_bytearray(v)) || pt_buffer_get(v, &b, 0) < 0) {
                pt_err_clear();
                serror("argument for '%c' must be a bytes object", k->c);
                return -1;
            }
            pt_ssize n = b.len;
            if (k->c == 's') {
                memcpy(p, b.buf, (size_t)(n < k->count ? n : k->count));
            } else if (k->count > 0) {
                pt_ssize room = k->count - 1;
                if (n > room) {
                    n = room;
                }
                memcpy(p + 1, b.buf, (size_t)n);
                *p = (unsigned char)(n > 255 ? 255 : n);
            }
            pt_buffer_release(&b);
            continue;
        }
        for (pt_ssize r = 0; r < k->count; r++, p += k->size) {
            if (pack_one(s, k, p, args[a++]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// ---- Unpacking ----

static PtObject *unpack_one(Struct *s, const Code *k, const unsigned char *p) {
    int little = s->little;
    switch (k->c) {
    case 'c':
        return pt_bytes_new(p, 1);
    case '?':
        return pt_newref(pt_bool(*p != 0));
    case 'e':
        return pt_float_new(half_unpack((uint16_t)get_uint(p, 2, little)));
    case 'f': {
        union { uint32_t u; float f; } x = {(uint32_t)get_uint(p, 4, little)};
        return pt_float_new(x.f);
    }
    case 'd': {
        union { uint64_t u; double d; } x = {get_uint(p, 8, little)};
        return pt_float_new(x.d);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        uint64_t u = get_uint(p, k->size, little);
        if (k->size < 8 && (u >> (8 * k->size - 1)) & 1) {
            u |= ~0ULL << (8 * k->size);  // sign-extend
        }
        return pt_int_from_i64((int64_t)u);
    }
    default:
        return pt_int_from_u64(get_uint(p, k->size, little));
    }
}

static PtObject *unpack_buf(Struct *s, const unsigned char *buf) {
    PtObject *t = pt_tuple_new(s->nargs);
    if (t == NULL) {
        return NULL;
    }
    pt_ssize a = 0;
    for (int ci = 0; ci < s->ncodes; ci++) {
        const Code *k = &s->codes[ci];
        const unsigned char *p = buf + k->offset;
        PtObject *v;
        if (k->c == 'x') {
            continue;
        }
        if (k->c == 's' || k->c == 'p') {
            pt_ssize n = k->count;
            if (k->c == 'p') {
                n = n == 0 ? 0 : (*p < n ? *p : n - 1);
                p++;
            }
            v = pt_bytes_new(p, (size_t)n);
            if (v == NULL) {
                goto error;
            }
            pt_tuple_set_steal(t, a++, v);
            continue;
        }
        for (pt_ssize r = 0; r < k->count; r++, p += k->size) {
            v = unpack_one(s, k, p);
            if (v == NULL) {
                goto error;
            }
            pt_tuple_set_steal(t, a++, v);
        }
    }
    return t;
error:
    while (a < s->nargs) {
        pt_tuple_set_steal(t, a++, pt_newref(pt_None));
    }
    pt_decref(t);
    return NULL;
}

// ---- The Struct type ----

static PtObject *struct_new_from(PtType *type, PtObject *format) {
    const char *data;
    size_t len;
    PtObject *fmt_str;
    if (pt_is_str(format)) {
        data = pt_str_ascii(format, &len);
        if (data == NULL) {
            return serror("bad char in struct format");
        }
        fmt_str = pt_newref(format);
    } else if (pt_is_bytes(format)) {
        data = pt_bytes_data(format);
        len = (size_t)pt_bytes_len(format);
        fmt_str = pt_str_from_latin1(data, len);
        if (fmt_str == NULL) {
            return NULL;
        }
    } else {
        return pt_err_format(pt_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                             pt_type_name_of(format));
    }
    Struct *s = (Struct *)pt_object_alloc(type, sizeof(Struct));
    if (s == NULL) {
        pt_decref(fmt_str);
        return NULL;
    }
    s->format = fmt_str;
    if (struct_compile(s, data, len) < 0) {
        pt_decref(&s->ob);
        return NULL;
    }
    return &s->ob;
}

static PtObject *struct_tp_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"format", NULL};
    PtObject *format;
    if (pt_parse_args(args, nargs, kwnames, "O:Struct", kwlist, &format) < 0) {
        return NULL;
    }
    return struct_new_from(type, format);
}

static void struct_dealloc(PtObject *o) {
    Struct *s = (Struct *)o;
    pt_xdecref(s->format);
    if (s->codes != NULL) {
        pt_mem_free(s->codes, sizeof(Code) * (size_t)s->codes_cap);
    }
    pt_object_free(o, sizeof(Struct));
}

static PtObject *do_pack(Struct *s, PtObject *const *args, size_t nargs) {
    PtObject *b = pt_bytes_new(NULL, (size_t)s->size);
    if (b == NULL) {
        return NULL;
    }
    if (pack_into_buf(s, (unsigned char *)pt_bytes_data(b), args, nargs) < 0) {
        pt_decref(b);
        return NULL;
    }
    return b;
}

static PtObject *do_pack_into(Struct *s, PtObject *const *args, size_t nargs) {
    if (nargs < 2) {
        if (nargs == 0) {
            return pt_err_set_string(pt_exc_TypeError, "pack_into expected buffer argument");
        }
        return pt_err_set_string(pt_exc_TypeError, "pack_into expected offset argument");
    }
    PtBuffer b;
    if (pt_buffer_get(args[0], &b, 1) < 0) {
        return NULL;
    }
    pt_ssize off = pt_number_as_ssize(args[1], NULL);
    if (off == -1 && pt_err_occurred()) {
        pt_buffer_release(&b);
        return NULL;
    }
    if (off < 0) {
        if (off + s->size > 0) {
            pt_buffer_release(&b);
            return serror("no space to pack %zd bytes at offset %zd", s->size, off);
        }
        if (off + b.len < 0) {
            pt_buffer_release(&b);
            return serror("offset %zd out of range for %zd-byte buffer", off, b.len);
        }
        off += b.len;
    }
    if (b.len - off < s->size) {
        pt_buffer_release(&b);
        return serror("pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset %zd "
                      "(actual buffer size is %zd)", s->size + off, s->size, off, b.len);
    }
    unsigned char *tmp = pt_mem_alloc_zero((size_t)s->size + 1);
    if (tmp == NULL) {
        pt_buffer_release(&b);
        return pt_err_no_memory();
    }
    int rc = pack_into_buf(s, tmp, args + 2, nargs - 2);
    if (rc == 0) {
        memcpy((char *)b.buf + off, tmp, (size_t)s->size);
    }
    pt_mem_free(tmp, (size_t)s->size + 1);
    pt_buffer_release(&b);
    return rc < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *do_unpack(Struct *s, PtObject *buffer) {
    PtBuffer b;
    if (pt_buffer_get(buffer, &b, 0) < 0) {
        return NULL;
    }
    if (b.len != s->size) {
        pt_buffer_release(&b);
        return serror("unpack requires a buffer of %zd bytes", s->size);
    }
    PtObject *r = unpack_buf(s, b.buf);
    pt_buffer_release(&b);
    return r;
}

static PtObject *do_unpack_from(Struct *s, PtObject *buffer, pt_ssize off) {
    PtBuffer b;
    if (pt_buffer_get(buffer, &b, 0) < 0) {
        return NULL;
    }
    if (off < 0) {
        if (off + b.len < 0) {
            pt_buffer_release(&b);
            return serror("offset %zd out of range for %zd-byte buffer", off, b.len);
        }
        off += b.len;
    }
    if (b.len - off < s->size) {
        pt_buffer_release(&b);
        return serror("unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at offset %zd "
                      "(actual buffer size is %zd)", s->size + off, s->size, off, b.len);
    }
    PtObject *r = unpack_buf(s, (const unsigned char *)b.buf + off);
    pt_buffer_release(&b);
    return r;
}

// The iterator of iter_unpack.
typedef struct UnpackIter {
    PtObject ob;
    Struct *s;
    PtBuffer view;
    pt_ssize index;
} UnpackIter;

static PtType unpackiter_type;

static void unpackiter_dealloc(PtObject *o) {
    UnpackIter *it = (UnpackIter *)o;
    pt_buffer_release(&it->view);
    pt_decref(&it->s->ob);
    pt_object_free(o, sizeof(UnpackIter));
}

static PtObject *unpackiter_next(PtObject *o) {
    UnpackIter *it = (UnpackIter *)o;
    if (it->index + it->s->size > it->view.len) {
        return NULL;
    }
    PtObject *r = unpack_buf(it->s, (const unsigned char *)it->view.buf + it->index);
    it->index += it->s->size;
    return r;
}

static PtObject *unpackiter_iter(PtObject *o) { return pt_newref(o); }

static PtObject *unpackiter_length_hint(PtObject *o, PtObject *unused) {
    UnpackIter *it = (UnpackIter *)o;
    return pt_int_from_ssize((it->view.len - it->index) / it->s->size);
}

static PtObject *do_iter_unpack(Struct *s, PtObject *buffer) {
    if (s->size == 0) {
        return serror("cannot iteratively unpack with a struct of length 0");
    }
    UnpackIter *it = (UnpackIter *)pt_object_alloc(&unpackiter_type, sizeof(UnpackIter));
    if (it == NULL) {
        return NULL;
    }
    if (pt_buffer_get(buffer, &it->view, 0) < 0) {
        pt_object_free(&it->ob, sizeof(UnpackIter));
        return NULL;
    }
    it->s = (Struct *)pt_newref(&s->ob);
    if (it->view.len % s->size != 0) {
        pt_decref(&it->ob);
        return serror("iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
    }
    return &it->ob;
}

static PtObject *s_pack(PtObject *self, PtObject *const *args, size_t nargs) {
    return do_pack((Struct *)self, args, nargs);
}
static PtObject *s_pack_into(PtObject *self, PtObject *const *args, size_t nargs) {
    return do_pack_into((Struct *)self, args, nargs);
}
static PtObject *s_unpack(PtObject *self, PtObject *buffer) { return do_unpack((Struct *)self, buffer); }
static PtObject *s_unpack_from(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"buffer", "offset", NULL};
    PtObject *buffer;
    pt_ssize off = 0;
    if (pt_parse_args(args, nargs, kwnames, "O|n:unpack_from", kwlist, &buffer, &off) < 0) {
        return NULL;
    }
    return do_unpack_from((Struct *)self, buffer, off);
}
static PtObject *s_iter_unpack(PtObject *self, PtObject *buffer) { return do_iter_unpack((Struct *)self, buffer); }
static PtObject *s_sizeof(PtObject *self, PtObject *unused) {
    Struct *s = (Struct *)self;
    return pt_int_from_ssize((pt_ssize)(sizeof(Struct) + sizeof(Code) * (size_t)s->ncodes));
}
static PtObject *s_get_size(PtObject *self, void *c) { return pt_int_from_ssize(((Struct *)self)->size); }
static PtObject *s_get_format(PtObject *self, void *c) { return pt_newref(((Struct *)self)->format); }

// ---- Module functions (through a cache of compiled formats) ----

static PtObject *struct_cache;  // dict format -> Struct; created at exec, protected by the GIL

// New reference to the Struct for `format`.
static Struct *cached_struct(PtObject *format) {
    if (pt_type(format) == &struct_type) {
        return (Struct *)pt_newref(format);
    }
    PtObject *s = NULL;
    if (struct_cache != NULL && (pt_is_str(format) || pt_is_bytes(format))) {
        int rc = pt_dict_get_ref(struct_cache, format, &s);
        if (rc < 0) {
            return NULL;
        }
        if (rc > 0) {
            return (Struct *)s;
        }
    }
    s = struct_new_from(&struct_type, format);
    if (s == NULL) {
        return NULL;
    }
    if (struct_cache != NULL) {
        if (pt_dict_len(struct_cache) >= 100) {
            pt_dict_clear(struct_cache);
        }
        if (pt_dict_set(struct_cache, format, s) < 0) {
            pt_decref(s);
            return NULL;
        }
    }
    return (Struct *)s;
}

static PtObject *m_pack(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs == 0) {
        return pt_err_set_string(pt_exc_TypeError, "pack expected at least 1 argument, got 0");
    }
    Struct *s = cached_struct(args[0]);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = do_pack(s, args + 1, nargs - 1);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_pack_into(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs == 0) {
        return pt_err_set_string(pt_exc_TypeError, "pack_into expected at least 1 argument, got 0");
    }
    Struct *s = cached_struct(args[0]);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = do_pack_into(s, args + 1, nargs - 1);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_unpack(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("unpack", nargs, 2, 2) < 0) {
        return NULL;
    }
    Struct *s = cached_struct(args[0]);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = do_unpack(s, args[1]);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_unpack_from(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "buffer", "offset", NULL};
    PtObject *format, *buffer;
    pt_ssize off = 0;
    if (pt_parse_args(args, nargs, kwnames, "OO|n:unpack_from", kwlist, &format, &buffer, &off) < 0) {
        return NULL;
    }
    Struct *s = cached_struct(format);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = do_unpack_from(s, buffer, off);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_iter_unpack(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("iter_unpack", nargs, 2, 2) < 0) {
        return NULL;
    }
    Struct *s = cached_struct(args[0]);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = do_iter_unpack(s, args[1]);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_calcsize(PtObject *self, PtObject *format) {
    Struct *s = cached_struct(format);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = pt_int_from_ssize(s->size);
    pt_decref(&s->ob);
    return r;
}

static PtObject *m_clearcache(PtObject *self, PtObject *unused) {
    if (struct_cache != NULL) {
        pt_dict_clear(struct_cache);
    }
    return pt_newref(pt_None);
}

// ---- Tables ----

static const PtMethodDef struct_methods[] = {
    {"pack", PT_FN(s_pack), PT_METH_FAST, "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings."},
    {"pack_into", PT_FN(s_pack_into), PT_METH_FAST, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", PT_FN(s_unpack), PT_METH_O, "Return a tuple containing unpacked values."},
    {"unpack_from", PT_FN(s_unpack_from), PT_METH_FASTKW, "Return a tuple containing unpacked values."},
    {"iter_unpack", PT_FN(s_iter_unpack), PT_METH_O, "Return an iterator yielding tuples."},
    {"__sizeof__", PT_FN(s_sizeof), PT_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef struct_getset[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType struct_type = {
    .name = "_struct.Struct",
    .basicsize = sizeof(Struct),
    .flags = PT_TF_BASETYPE | PT_TF_WEAKREFABLE,
    .dealloc = struct_dealloc,
    .new_ = struct_tp_new,
    .methods = struct_methods,
    .getset = struct_getset,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
};

static const PtMethodDef unpackiter_methods[] = {
    {"__length_hint__", PT_FN(unpackiter_length_hint), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType unpackiter_type = {
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIter),
    .dealloc = unpackiter_dealloc,
    .iter = unpackiter_iter,
    .iternext = unpackiter_next,
    .methods = unpackiter_methods,
};

static const PtMethodDef module_methods[] = {
    {"pack", PT_FN(m_pack), PT_METH_FAST, "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings."},
    {"pack_into", PT_FN(m_pack_into), PT_METH_FAST, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", PT_FN(m_unpack), PT_METH_FAST, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", PT_FN(m_unpack_from), PT_METH_FASTKW, "Return a tuple containing values unpacked according to the format string."},
    {"iter_unpack", PT_FN(m_iter_unpack), PT_METH_FAST, "Return an iterator yielding tuples unpacked from the given bytes."},
    {"calcsize", PT_FN(m_calcsize), PT_METH_O, "Return size in bytes of the struct described by the format string."},
    {"_clearcache", PT_FN(m_clearcache), PT_METH_NOARGS, "Clear the internal cache."},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int struct_exec(PtObject *m) {
    if (pt_type_ready(&struct_type) < 0 || pt_type_ready(&unpackiter_type) < 0) {
        return -1;
    }
    if (struct_error == NULL) {
        PtObject *name = pt_str_from_cstr("error");
        PtObject *args[3] = {name, NULL, NULL};
        args[1] = pt_tuple_pack(1, pt_exc_Exception);
        args[2] = pt_dict_new();
        if (name != NULL && args[1] != NULL && args[2] != NULL) {
            pt_dict_set_cstr(args[2], "__module__", pt_str_id("struct"));
            struct_error = pt_object_call((PtObject *)&pt_type_type, args, 3, NULL);
        }
        pt_xdecref(name);
        pt_xdecref(args[1]);
        pt_xdecref(args[2]);
        if (struct_error == NULL) {
            return -1;
        }
    }
    if (struct_cache == NULL && (struct_cache = pt_dict_new()) == NULL) {
        return -1;
    }
    if (pt_module_add(m, "Struct", (PtObject *)&struct_type) < 0 || pt_module_add(m, "error", struct_error) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_struct_def = {
    .name = "_struct",
    .doc = "Functions to convert between Python values and C structs.\n"
           "Python bytes objects are used to hold the data representing the C struct\n"
           "and also as format strings (explained below) to describe the layout of data\n"
           "in the C struct.",
    .methods = module_methods,
    .exec = struct_exec,
};
