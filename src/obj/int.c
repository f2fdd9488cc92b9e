// src/obj/int.c: int, arbitrary precision, and bool.
//
// Values that fit in 63 bits are immediates (include/pith/object.h) and never
// touch memory; larger magnitudes are PtLong objects holding a GMP mpz_t.
// Every operation normalises its result (pt_from_mpz), so a PtLong of an exact
// int never holds a small value; instances of int subclasses are PtLongs
// whatever their value. Arithmetic on two immediates is done in C with
// overflow checks, falling back to GMP. GMP allocates through pt_raw_*, so
// tracemalloc and the memory statistics see big-int digits too.
//
// Semantics follow CPython: floor division and modulo round toward negative
// infinity, bitwise operators act on infinite two's complement, true division
// is correctly rounded, hash(n) is n reduced modulo 2**61 - 1.
//
// Guards: tests/golden/types/int_*, tests/unit/test_int.c.
#include <gmp.h>
#include <math.h>
#include <string.h>
#include <utf8proc.h>

#include "pith.h"            // the object API
#include "obj/formatspec.h"  // pt_format_int
#include "obj/int.h"         // pt_int_init_gmp

typedef struct PtLong {
    PtObject ob;
    mpz_t z;
} PtLong;

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

// ---- GMP memory ----

static void *gmp_alloc(size_t n) {
    void *p = pt_raw_alloc(n);
    if (p == NULL) {
        pt_fatal("out of memory in big-integer arithmetic");
    }
    return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
    void *q = pt_raw_realloc(p, n);
    if (q == NULL) {
        pt_fatal("out of memory in big-integer arithmetic");
    }
    return q;
}
static void gmp_free(void *p, size_t n) { pt_raw_free(p); }

void pt_int_init_gmp(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

// ---- Conversions between values and mpz ----

static inline int is_long(PtObject *v) { return pt_is_heap(v) && pt_tid(v) != PT_TID_BOOL; }

// A new int from `z` (consumed: cleared or moved into the result).
static PtObject *from_mpz(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (pt_smallint_fits(v)) {
            mpz_clear(z);
            return pt_smallint(v);
        }
    }
    PtLong *r = (PtLong *)pt_object_alloc(&pt_int_type, sizeof(PtLong));
    if (r == NULL) {
        mpz_clear(z);
        return NULL;
    }
    memcpy(r->z, z, sizeof(mpz_t));  // take over z's limbs
    return (PtObject *)r;
}

PtObject *pt_int_from_mpz_consume(mpz_t z) { return from_mpz(z); }

// Load any int value into `tmp` (initialised here; clear it after use).
static void load(PtObject *v, mpz_t tmp) {
    if (pt_is_smallint(v)) {
        mpz_init_set_si(tmp, (long)pt_smallint_value(v));
    } else if (pt_tid(v) == PT_TID_BOOL) {
        mpz_init_set_si(tmp, v == pt_True);
    } else {
        mpz_init_set(tmp, ((PtLong *)v)->z);
    }
}

// Read-only access: the mpz of a big int, or `tmp` loaded from a small one.
// Returns the pointer to use; *owned says whether tmp must be cleared.
static mpz_srcptr view(PtObject *v, mpz_t tmp, int *owned) {
    if (is_long(v)) {
        *owned = 0;
        return ((PtLong *)v)->z;
    }
    *owned = 1;
    mpz_init_set_si(tmp, pt_is_smallint(v) ? (long)pt_smallint_value(v) : v == pt_True);
    return tmp;
}

// The value of `v` if it is an int that fits in int64: 1 and *out, else 0.
static int small_value(PtObject *v, int64_t *out) {
    if (pt_is_smallint(v)) {
        *out = pt_smallint_value(v);
        return 1;
    }
    if (pt_tid(v) == PT_TID_BOOL) {
        *out = v == pt_True;
        return 1;
    }
    if (pt_is_heap(v) && mpz_fits_slong_p(((PtLong *)v)->z)) {
        *out = mpz_get_si(((PtLong *)v)->z);
        return 1;
    }
    return 0;
}

PtObject *pt_int_from_i64(int64_t v) {
    if (pt_smallint_fits(v)) {
        return pt_smallint(v);
    }
    mpz_t z;
    mpz_init_set_si(z, (long)v);
    return from_mpz(z);
}

PtObject *pt_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)PT_SMALLINT_MAX) {
        return pt_smallint((int64_t)v);
    }
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    return from_mpz(z);
}

PtObject *pt_int_from_ssize(pt_ssize v) { return pt_int_from_i64((int64_t)v); }

PtObject *pt_int_from_double(double d) {
    if (isnan(d)) {
        return pt_err_set_string(pt_exc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return pt_err_set_string(pt_exc_OverflowError, "cannot convert float infinity to integer");
    }
    if (d > -4e18 && d < 4e18) {
        return pt_int_from_i64((int64_t)d);
    }
    mpz_t z;
    mpz_init_set_d(z, d);
    return from_mpz(z);
}

int64_t pt_int_as_i64_overflow(PtObject *v, int *overflow) {
    *overflow = 0;
    int64_t r;
    if (small_value(v, &r)) {
        return r;
    }
    if (!pt_is_int(v)) {
        PtObject *i = pt_number_index(v);
        if (i == NULL) {
            return -1;
        }
        r = pt_int_as_i64_overflow(i, overflow);
        pt_decref(i);
        return r;
    }
    *overflow = mpz_sgn(((PtLong *)v)->z);
    return -1;
}

int64_t pt_int_as_i64(PtObject *v) {
    int overflow;
    int64_t r = pt_int_as_i64_overflow(v, &overflow);
    if (overflow) {
        pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return r;
}

pt_ssize pt_int_as_ssize(PtObject *v) {
    int overflow;
    int64_t r = pt_int_as_i64_overflow(v, &overflow);
    if (overflow) {
        pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (pt_ssize)r;
}

int pt_int_sign(PtObject *v) {
    int64_t s;
    if (small_value(v, &s)) {
        return (s > 0) - (s < 0);
    }
    return mpz_sgn(((PtLong *)v)->z);
}

size_t pt_int_bit_length(PtObject *v) {
    int64_t s;
    if (small_value(v, &s)) {
        uint64_t a = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        return a == 0 ? 0 : 64 - (size_t)__builtin_clzll(a);
    }
    return mpz_sizeinbase(((PtLong *)v)->z, 2);
}

// Correctly rounded conversion to double; OverflowError when too large.
double pt_int_as_double(PtObject *v) {
    int64_t s;
    if (small_value(v, &s)) {
        return (double)s;
    }
    mpz_srcptr z = ((PtLong *)v)->z;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1024) {
        pt_err_set_string(pt_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    if (bits <= 63) {
        return (double)mpz_get_si(z);
    }
    // Keep 55 significant bits plus a sticky bit, let the hardware round the
    // 64-bit integer to 53 bits (round-half-even), then scale.
    mpz_t a, t;
    mpz_init(a);
    mpz_abs(a, z);
    size_t shift = bits - 55;
    mpz_init(t);
    mpz_fdiv_q_2exp(t, a, shift);
    int sticky = mpz_scan1(a, 0) < shift;
    uint64_t top = (uint64_t)mpz_get_ui(t) | (uint64_t)sticky;
    mpz_clear(a);
    mpz_clear(t);
    double d = ldexp((double)top, (int)shift);
    if (isinf(d)) {
        pt_err_set_string(pt_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

// ---- Parsing ----

// Decimal digit value of a Unicode code point (Nd category), or -1.
static int unicode_digit(uint32_t c) {
    if (c < 128) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) {
        return -1;
    }
    // Decimal digits come in runs of ten starting at zero.
    int k = 0;
    while (k < 9 && utf8proc_category((utf8proc_int32_t)(c - (uint32_t)k - 1)) == UTF8PROC_CATEGORY_ND) {
        k++;
    }
    return k;
}

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if (ch >= 'a' && ch <= 'z') {
        return ch - 'a' + 10;
    }
    if (ch >= 'A' && ch <= 'Z') {
        return ch - 'A' + 10;
    }
    return 99;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Parse ASCII text `s` as int(s, base). NULL (no exception) on a syntax error.
static PtObject *parse_ascii(const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (p >= end) {
        return NULL;
    }
    int prefixed = 0;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = 1;
        }
    }
    int leading_zero_check = 0;
    if (base == 0) {
        base = 10;
        leading_zero_check = 1;
    }
    // Digits with single underscores between them (one may follow a prefix).
    char stackbuf[256];
    size_t cap = (size_t)(end - p) + 1;
    char *digits = cap <= sizeof stackbuf ? stackbuf : pt_raw_alloc(cap);
    if (digits == NULL) {
        return pt_err_no_memory();
    }
    size_t n = 0;
    int prev_underscore = prefixed;  // "0x_1" is allowed
    int ok = 1;
    if (p < end && *p == '_' && !prefixed) {
        ok = 0;
    }
    for (; ok && p < end; p++) {
        if (*p == '_') {
            if (prev_underscore && n > 0) {
                ok = 0;
            }
            if (n == 0 && !prefixed) {
                ok = 0;
            }
            prev_underscore = 1;
            continue;
        }
        if (digit_value(*p) >= base) {
            ok = 0;
            break;
        }
        digits[n++] = *p;
        prev_underscore = 0;
    }
    if (n == 0 || (prev_underscore && n > 0 && p[-1] == '_')) {
        ok = 0;
    }
    digits[n] = '\0';
    if (ok && leading_zero_check && n > 1 && digits[0] == '0') {
        for (size_t i = 0; i < n; i++) {
            if (digits[i] != '0') {
                ok = 0;
                break;
            }
        }
    }
    PtObject *r = NULL;
    if (ok) {
        if (n <= 18 && base == 10) {
            int64_t v = 0;
            for (size_t i = 0; i < n; i++) {
                v = v * 10 + (digits[i] - '0');
            }
            r = pt_int_from_i64(neg ? -v : v);
        } else {
            mpz_t z;
            mpz_init(z);
            if (mpz_set_str(z, digits, base) == 0) {
                if (neg) {
                    mpz_neg(z, z);
                }
                r = from_mpz(z);
            } else {
                mpz_clear(z);
            }
        }
    }
    if (digits != stackbuf) {
        pt_raw_free(digits);
    }
    return r;
}

static PtObject *invalid_literal(PtObject *src, int base) {
    PtObject *r = pt_object_repr(src);
    if (r != NULL) {
        pt_err_format(pt_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
        pt_decref(r);
    }
    return NULL;
}

PtObject *pt_int_from_string(const char *s, size_t len, int base) {
    PtObject *r = parse_ascii(s, len, base);
    if (r == NULL && !pt_err_occurred()) {
        PtObject *src = pt_str_from_utf8_replace(s, len);
        if (src != NULL) {
            invalid_literal(src, base);
            pt_decref(src);
        }
    }
    return r;
}

// int(str, base): maps Unicode digits and spaces to ASCII first.
static PtObject *int_from_str_obj(PtObject *str, int base) {
    size_t len;
    const char *ascii = pt_str_ascii(str, &len);
    PtObject *r;
    if (ascii != NULL) {
        r = parse_ascii(ascii, len, base);
    } else {
        pt_ssize n = pt_str_len(str);
        char *buf = pt_raw_alloc((size_t)n + 1);
        if (buf == NULL) {
            return pt_err_no_memory();
        }
        int ok = 1;
        for (pt_ssize i = 0; i < n; i++) {
            uint32_t c = pt_str_char(str, i);
            if (c < 128) {
                buf[i] = (char)c;
                continue;
            }
            int d = unicode_digit(c);
            if (d >= 0) {
                buf[i] = (char)('0' + d);
            } else if (utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ZS || c == 0x85 ||
                       c == 0x2028 || c == 0x2029) {
                buf[i] = ' ';
            } else {
                ok = 0;
                break;
            }
        }
        r = ok ? parse_ascii(buf, (size_t)n, base) : NULL;
        pt_raw_free(buf);
    }
    if (r == NULL && !pt_err_occurred()) {
        return invalid_literal(str, base);
    }
    return r;
}

// ---- The PtLong type's lifecycle ----

static void long_dealloc(PtObject *o) {
    mpz_clear(((PtLong *)o)->z);
    pt_object_free(o, sizeof(PtLong));
}

// A heap int of exactly `type` (a subclass) holding `v`'s value.
static PtObject *long_subtype_new(PtType *type, PtObject *v) {
    PtLong *r = (PtLong *)pt_object_alloc(type, sizeof(PtLong));
    if (r == NULL) {
        return NULL;
    }
    load(v, r->z);
    return (PtObject *)r;
}

// ---- Arithmetic ----

#define CHECK_BINOP(a, b)                                  \
    if (!pt_is_int(a) || !pt_is_int(b)) {                  \
        return pt_newref(pt_NotImplemented);               \
    }

typedef void (*MpzBinFn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static PtObject *mpz_binop(PtObject *a, PtObject *b, MpzBinFn fn) {
    mpz_t ta, tb, r;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    mpz_init(r);
    fn(r, za, zb);
    if (oa) {
        mpz_clear(ta);
    }
    if (ob) {
        mpz_clear(tb);
    }
    return from_mpz(r);
}

PtObject *pt_int_add(PtObject *a, PtObject *b) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(pt_smallint_value(a) + pt_smallint_value(b));  // cannot overflow int64
    }
    return mpz_binop(a, b, mpz_add);
}

PtObject *pt_int_sub(PtObject *a, PtObject *b) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(pt_smallint_value(a) - pt_smallint_value(b));
    }
    return mpz_binop(a, b, mpz_sub);
}

PtObject *pt_int_mul(PtObject *a, PtObject *b) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(pt_smallint_value(a), pt_smallint_value(b), &r)) {
            return pt_int_from_i64(r);
        }
    }
    return mpz_binop(a, b, mpz_mul);
}

static PtObject *long_add(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    return pt_int_add(a, b);
}
static PtObject *long_sub(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    return pt_int_sub(a, b);
}
static PtObject *long_mul(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    return pt_int_mul(a, b);
}

static int is_zero(PtObject *v) { return pt_int_sign(v) == 0; }

// Floor division and modulo on int64 (b != 0, no INT64_MIN / -1 overflow here
// because small ints are 63-bit).
static int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}
static int64_t mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

static PtObject *long_floordiv(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(floordiv64(pt_smallint_value(a), pt_smallint_value(b)));
    }
    return mpz_binop(a, b, mpz_fdiv_q);
}

static PtObject *long_mod(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(mod64(pt_smallint_value(a), pt_smallint_value(b)));
    }
    return mpz_binop(a, b, mpz_fdiv_r);
}

static PtObject *long_divmod(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "integer division or modulo by zero");
    }
    PtObject *q = long_floordiv(a, b);
    PtObject *r = q != NULL ? long_mod(a, b) : NULL;
    if (r == NULL) {
        pt_xdecref(q);
        return NULL;
    }
    PtObject *t = pt_tuple_pack(2, q, r);
    pt_decref(q);
    pt_decref(r);
    return t;
}

// Correctly rounded a / b for ints.
static PtObject *long_truediv(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "division by zero");
    }
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y) && x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) &&
        y < (1LL << 53)) {
        return pt_float_new((double)x / (double)y);
    }
    mpz_t ta, tb;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    int neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    mpz_t na, nb, q, r;
    mpz_init(na);
    mpz_init(nb);
    mpz_abs(na, za);
    mpz_abs(nb, zb);
    if (oa) {
        mpz_clear(ta);
    }
    if (ob) {
        mpz_clear(tb);
    }
    long abits = (long)mpz_sizeinbase(na, 2), bbits = (long)mpz_sizeinbase(nb, 2);
    PtObject *result = NULL;
    if (mpz_sgn(na) == 0) {
        result = pt_float_new(neg ? -0.0 : 0.0);
    } else if (abits - bbits > 1025) {
        pt_err_set_string(pt_exc_OverflowError, "integer division result too large for a float");
    } else if (abits - bbits < -1100) {
        result = pt_float_new(neg ? -0.0 : 0.0);
    } else {
        // Scale so the quotient has 55 or 56 bits, keep a sticky bit, round in hardware.
        long shift = abits - bbits - 56;
        if (shift < 0) {
            mpz_mul_2exp(na, na, (unsigned long)-shift);
        } else {
            mpz_mul_2exp(nb, nb, (unsigned long)shift);
        }
        mpz_init(q);
        mpz_init(r);
        mpz_tdiv_qr(q, r, na, nb);
        uint64_t top = (uint64_t)mpz_get_ui(q) | (uint64_t)(mpz_sgn(r) != 0);
        mpz_clear(q);
        mpz_clear(r);
        double d = ldexp((double)top, (int)shift);
        if (isinf(d)) {
            pt_err_set_string(pt_exc_OverflowError, "integer division result too large for a float");
        } else {
            result = pt_float_new(neg ? -d : d);
        }
    }
    mpz_clear(na);
    mpz_clear(nb);
    return result;
}

static PtObject *long_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (!pt_is_int(a) || !pt_is_int(b) || (mod != pt_None && !pt_is_int(mod))) {
        return pt_newref(pt_NotImplemented);
    }
    if (mod != pt_None) {
        if (is_zero(mod)) {
            return pt_err_set_string(pt_exc_ValueError, "pow() 3rd argument cannot be 0");
        }
        mpz_t ta, tb, tm, r;
        int oa, ob, om;
        mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob), zm = view(mod, tm, &om);
        mpz_init(r);
        PtObject *res = NULL;
        mpz_t base;
        mpz_init_set(base, za);
        int ok = 1;
        if (mpz_sgn(zb) < 0) {
            if (mpz_invert(base, base, zm) == 0) {
                ok = 0;
                pt_err_set_string(pt_exc_ValueError, "base is not invertible for the given modulus");
            }
        }
        if (ok) {
            mpz_t e;
            mpz_init(e);
            mpz_abs(e, zb);
            mpz_t am;
            mpz_init(am);
            mpz_abs(am, zm);
            mpz_powm(r, base, e, am);
            // Python: result has the sign of the modulus.
            if (mpz_sgn(r) != 0 && mpz_sgn(zm) < 0) {
                mpz_add(r, r, zm);
            }
            mpz_clear(e);
            mpz_clear(am);
            res = from_mpz(r);
        } else {
            mpz_clear(r);
        }
        mpz_clear(base);
        if (oa) {
            mpz_clear(ta);
        }
        if (ob) {
            mpz_clear(tb);
        }
        if (om) {
            mpz_clear(tm);
        }
        return res;
    }
    if (pt_int_sign(b) < 0) {
        double x = pt_int_as_double(a), y = pt_int_as_double(b);
        if ((x == -1.0 || y == -1.0) && pt_err_occurred()) {
            return NULL;
        }
        if (x == 0.0) {
            return pt_err_set_string(pt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return pt_float_new(pow(x, y));
    }
    int64_t base, exp;
    if (small_value(a, &base) && small_value(b, &exp)) {
        // Exact int64 loop while it fits.
        int64_t r = 1, x = base, e = exp;
        int overflow = 0;
        while (e > 0 && !overflow) {
            if (e & 1) {
                overflow |= __builtin_mul_overflow(r, x, &r);
            }
            e >>= 1;
            if (e > 0) {
                overflow |= __builtin_mul_overflow(x, x, &x);
            }
        }
        if (!overflow) {
            return pt_int_from_i64(r);
        }
    }
    if (!small_value(b, &exp)) {
        if (small_value(a, &base) && (base == 0 || base == 1)) {
            return pt_int_from_i64(base);
        }
        if (small_value(a, &base) && base == -1) {
            mpz_t tb;
            int ob;
            mpz_srcptr zb = view(b, tb, &ob);
            int odd = mpz_odd_p(zb);
            if (ob) {
                mpz_clear(tb);
            }
            return pt_int_from_i64(odd ? -1 : 1);
        }
        return pt_err_no_memory();
    }
    mpz_t ta;
    int oa;
    mpz_srcptr za = view(a, ta, &oa);
    double est = (double)mpz_sizeinbase(za, 2) * (double)exp;
    if (est > 8.0 * 1024 * 1024 * 1024 * 8) {  // over 8 GiB of result
        if (oa) {
            mpz_clear(ta);
        }
        return pt_err_no_memory();
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)exp);
    if (oa) {
        mpz_clear(ta);
    }
    return from_mpz(r);
}

static PtObject *long_neg(PtObject *v) {
    if (pt_is_smallint(v)) {
        return pt_int_from_i64(-pt_smallint_value(v));
    }
    mpz_t z;
    load(v, z);
    mpz_neg(z, z);
    return from_mpz(z);
}

static PtObject *long_pos(PtObject *v) {
    if (pt_is_smallint(v) || pt_tid(v) == PT_TID_INT) {
        return pt_newref(v);
    }
    mpz_t z;
    load(v, z);
    return from_mpz(z);
}

static PtObject *long_abs(PtObject *v) { return pt_int_sign(v) < 0 ? long_neg(v) : long_pos(v); }

static PtObject *long_invert(PtObject *v) {
    if (pt_is_smallint(v)) {
        return pt_smallint(~pt_smallint_value(v));
    }
    mpz_t z;
    load(v, z);
    mpz_com(z, z);
    return from_mpz(z);
}

static int long_bool(PtObject *v) { return !is_zero(v); }

static PtObject *long_and(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_smallint(pt_smallint_value(a) & pt_smallint_value(b));
    }
    return mpz_binop(a, b, mpz_and);
}
static PtObject *long_or(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_smallint(pt_smallint_value(a) | pt_smallint_value(b));
    }
    return mpz_binop(a, b, mpz_ior);
}
static PtObject *long_xor(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_smallint(pt_smallint_value(a) ^ pt_smallint_value(b));
    }
    return mpz_binop(a, b, mpz_xor);
}

// The shift count of `b`: ValueError if negative, OverflowError if huge.
static int shift_count(PtObject *b, uint64_t *out) {
    if (pt_int_sign(b) < 0) {
        pt_err_set_string(pt_exc_ValueError, "negative shift count");
        return -1;
    }
    int64_t n;
    if (!small_value(b, &n)) {
        *out = UINT64_MAX;
        return 0;
    }
    *out = (uint64_t)n;
    return 0;
}

static PtObject *long_lshift(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    uint64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    if (is_zero(a)) {
        return pt_smallint(0);
    }
    if (pt_is_smallint(a) && n < 62) {
        int64_t x = pt_smallint_value(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x && pt_smallint_fits(r)) {
            return pt_smallint(r);
        }
    }
    if (n > ((uint64_t)1 << 40)) {
        return pt_err_set_string(pt_exc_OverflowError, "too many digits in integer");
    }
    mpz_t z;
    load(a, z);
    mpz_mul_2exp(z, z, (mp_bitcnt_t)n);
    return from_mpz(z);
}

static PtObject *long_rshift(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    uint64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    if (pt_is_smallint(a)) {
        int64_t x = pt_smallint_value(a);
        return pt_smallint(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    mpz_t z;
    load(a, z);
    if (n > ((uint64_t)1 << 40)) {
        int neg = mpz_sgn(z) < 0;
        mpz_clear(z);
        return pt_smallint(neg ? -1 : 0);
    }
    mpz_fdiv_q_2exp(z, z, (mp_bitcnt_t)n);
    return from_mpz(z);
}

static PtObject *long_int(PtObject *v) { return long_pos(v); }

static PtObject *long_float(PtObject *v) {
    double d = pt_int_as_double(v);
    if (d == -1.0 && pt_err_occurred()) {
        return NULL;
    }
    return pt_float_new(d);
}

// ---- Comparison and hashing ----

int pt_int_compare(PtObject *a, PtObject *b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        return (x > y) - (x < y);
    }
    mpz_t ta, tb;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    int c = mpz_cmp(za, zb);
    if (oa) {
        mpz_clear(ta);
    }
    if (ob) {
        mpz_clear(tb);
    }
    return (c > 0) - (c < 0);
}

static PtObject *long_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_int(a) || !pt_is_int(b)) {
        return pt_newref(pt_NotImplemented);
    }
    int c = pt_int_compare(a, b);
    int r;
    switch (op) {
    case PT_LT:
        r = c < 0;
        break;
    case PT_LE:
        r = c <= 0;
        break;
    case PT_EQ:
        r = c == 0;
        break;
    case PT_NE:
        r = c != 0;
        break;
    case PT_GT:
        r = c > 0;
        break;
    default:
        r = c >= 0;
        break;
    }
    return pt_newref(pt_bool(r));
}

pt_hash pt_int_hash(PtObject *v) {
    int64_t x;
    if (small_value(v, &x)) {
        uint64_t a = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        pt_hash h = (pt_hash)(a % HASH_MODULUS);
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
    mpz_srcptr z = ((PtLong *)v)->z;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    pt_hash h = (pt_hash)mpz_fdiv_ui(a, HASH_MODULUS);
    mpz_clear(a);
    if (mpz_sgn(z) < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

// ---- str() and repr() ----

PtObject *pt_int_to_str(PtObject *v, int base) {
    int64_t x;
    char small[80];
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    if (small_value(v, &x)) {
        uint64_t a = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char digits[70];
        int n = 0;
        do {
            digits[n++] = "0123456789abcdef"[a % (uint64_t)base];
            a /= (uint64_t)base;
        } while (a != 0);
        int k = 0;
        if (x < 0) {
            small[k++] = '-';
        }
        for (const char *p = prefix; *p; p++) {
            small[k++] = *p;
        }
        while (n > 0) {
            small[k++] = digits[--n];
        }
        return pt_str_from_latin1(small, (size_t)k);
    }
    mpz_srcptr z = ((PtLong *)v)->z;
    size_t n = mpz_sizeinbase(z, base) + 4;
    char *buf = pt_raw_alloc(n + 2);
    if (buf == NULL) {
        return pt_err_no_memory();
    }
    char *p = buf;
    if (mpz_sgn(z) < 0) {
        *p++ = '-';
    }
    memcpy(p, prefix, strlen(prefix));
    p += strlen(prefix);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    PtObject *r = pt_str_from_latin1(buf, strlen(buf));
    pt_raw_free(buf);
    return r;
}

static PtObject *long_repr(PtObject *v) { return pt_int_to_str(v, 10); }

// ---- Construction ----

static PtObject *int_from_number(PtObject *x) {
    PtType *t = pt_type(x);
    if (pt_is_int(x)) {
        return long_pos(x);
    }
    if (t->as_number != NULL && t->as_number->int_ != NULL) {
        PtObject *r = t->as_number->int_(x);
        if (r != NULL && !pt_is_int(r)) {
            pt_err_format(pt_exc_TypeError, "__int__ returned non-int (type %s)", pt_type_name_of(r));
            pt_decref(r);
            return NULL;
        }
        if (r != NULL && !pt_is_int_exact(r) && !pt_is_smallint(r)) {
            PtObject *exact = long_pos(r);
            pt_decref(r);
            return exact;
        }
        return r;
    }
    if (t->as_number != NULL && t->as_number->index != NULL) {
        return pt_number_index(x);
    }
    PtObject *trunc = pt_type_lookup(t, PT_ID(__trunc__));
    if (trunc != NULL) {
        PtObject *r = pt_object_call_method(x, PT_ID(__trunc__), NULL, 0, NULL);
        if (r != NULL && !pt_is_int(r)) {
            PtObject *i = pt_number_index(r);
            pt_decref(r);
            if (i == NULL && pt_err_matches(pt_exc_TypeError)) {
                pt_err_clear();
                pt_err_format(pt_exc_TypeError, "__trunc__ returned non-Integral (type %s)", pt_type_name_of(x));
            }
            return i;
        }
        return r;
    }
    if (pt_is_str(x)) {
        return int_from_str_obj(x, 10);
    }
    if (pt_is_bytes(x) || pt_is_bytearray(x)) {
        const char *d = pt_is_bytes(x) ? pt_bytes_data(x) : pt_bytearray_data(x);
        pt_ssize n = pt_is_bytes(x) ? pt_bytes_len(x) : pt_bytearray_len(x);
        PtObject *r = parse_ascii(d, (size_t)n, 10);
        if (r == NULL && !pt_err_occurred()) {
            return invalid_literal(x, 10);
        }
        return r;
    }
    PtBuffer view;
    if (pt_type(x) == &pt_memoryview_type && pt_buffer_get(x, &view, 0) == 0) {
        PtObject *r = parse_ascii(view.buf, (size_t)view.len, 10);
        PtObject *b = r == NULL ? pt_bytes_new(view.buf, (size_t)view.len) : NULL;
        pt_buffer_release(&view);
        if (r == NULL && !pt_err_occurred() && b != NULL) {
            invalid_literal(b, 10);
        }
        pt_xdecref(b);
        return r;
    }
    return pt_err_format(pt_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         pt_type_name(t));
}

static PtObject *long_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *x = NULL, *base = NULL;
    static const char *const kwlist[] = {"", "base", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|OO:int", kwlist, &x, &base) < 0) {
        return NULL;
    }
    PtObject *r;
    if (x == NULL) {
        if (base != NULL) {
            return pt_err_set_string(pt_exc_TypeError, "int() missing string argument");
        }
        r = pt_smallint(0);
    } else if (base == NULL) {
        r = int_from_number(x);
    } else {
        int64_t b;
        PtObject *bi = pt_number_index(base);
        if (bi == NULL) {
            return NULL;
        }
        int overflow;
        b = pt_int_as_i64_overflow(bi, &overflow);
        pt_decref(bi);
        if (overflow || (b != 0 && (b < 2 || b > 36))) {
            return pt_err_set_string(pt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        if (pt_is_str(x)) {
            r = int_from_str_obj(x, (int)b);
        } else if (pt_is_bytes(x) || pt_is_bytearray(x)) {
            const char *d = pt_is_bytes(x) ? pt_bytes_data(x) : pt_bytearray_data(x);
            pt_ssize n = pt_is_bytes(x) ? pt_bytes_len(x) : pt_bytearray_len(x);
            r = parse_ascii(d, (size_t)n, (int)b);
            if (r == NULL && !pt_err_occurred()) {
                invalid_literal(x, (int)b);
            }
        } else {
            return pt_err_set_string(pt_exc_TypeError, "int() can't convert non-string with explicit base");
        }
    }
    if (r == NULL || type == &pt_int_type) {
        return r;
    }
    PtObject *sub = long_subtype_new(type, r);
    pt_decref(r);
    return sub;
}

// ---- Methods ----

static PtObject *long_bit_length(PtObject *self, PtObject *u) { return pt_int_from_u64(pt_int_bit_length(self)); }

static PtObject *long_bit_count(PtObject *self, PtObject *u) {
    int64_t x;
    if (small_value(self, &x)) {
        uint64_t a = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return pt_int_from_i64(__builtin_popcountll(a));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, ((PtLong *)self)->z);
    PtObject *r = pt_int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

static PtObject *long_conjugate(PtObject *self, PtObject *u) { return long_pos(self); }

static PtObject *long_as_integer_ratio(PtObject *self, PtObject *u) {
    PtObject *n = long_pos(self);
    if (n == NULL) {
        return NULL;
    }
    PtObject *r = pt_tuple_pack(2, n, pt_smallint(1));
    pt_decref(n);
    return r;
}

static PtObject *long_is_integer(PtObject *self, PtObject *u) { return pt_newref(pt_True); }

static PtObject *long_floor(PtObject *self, PtObject *u) { return long_pos(self); }

static PtObject *long_round(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0 || args[0] == pt_None) {
        return long_pos(self);
    }
    PtObject *nd = pt_number_index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    int overflow;
    int64_t n = pt_int_as_i64_overflow(nd, &overflow);
    pt_decref(nd);
    if (!overflow && n >= 0) {
        return long_pos(self);
    }
    if (overflow > 0) {
        return long_pos(self);
    }
    if (overflow < 0 || n < -1000000) {
        return pt_smallint(0);
    }
    // Round to a multiple of 10**-n, halves to even.
    mpz_t z, p, q, r, half;
    load(self, z);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, z, p);
    mpz_init(half);
    mpz_mul_2exp(half, r, 1);
    int c = mpz_cmp(half, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(z, q, p);
    mpz_clear(p);
    mpz_clear(q);
    mpz_clear(r);
    mpz_clear(half);
    return from_mpz(z);
}

static PtObject *byteorder_arg(PtObject *v, int *little) {
    if (!pt_is_str(v)) {
        return pt_err_format(pt_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                             pt_type_name_of(v));
    }
    if (pt_str_eq_cstr(v, "little")) {
        *little = 1;
    } else if (pt_str_eq_cstr(v, "big")) {
        *little = 0;
    } else {
        return pt_err_set_string(pt_exc_ValueError, "byteorder must be either 'little' or 'big'");
    }
    return pt_None;
}

static PtObject *long_to_bytes(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    pt_ssize length = 1;
    PtObject *byteorder = NULL;
    int is_signed = 0, little = 0;
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|nO$p:to_bytes", kwlist, &length, &byteorder, &is_signed) < 0) {
        return NULL;
    }
    if (byteorder != NULL && byteorder_arg(byteorder, &little) == NULL) {
        return NULL;
    }
    if (length < 0) {
        return pt_err_set_string(pt_exc_ValueError, "length argument must be non-negative");
    }
    mpz_t z;
    load(self, z);
    if (mpz_sgn(z) < 0 && !is_signed) {
        mpz_clear(z);
        return pt_err_set_string(pt_exc_OverflowError, "can't convert negative int to unsigned");
    }
    // Two's complement in length bytes: z mod 256**length, with a range check.
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    int fits;
    if (!is_signed) {
        fits = bits <= (size_t)length * 8;
    } else if (mpz_sgn(z) >= 0) {
        fits = bits < (size_t)length * 8 || bits == 0;
    } else {
        mpz_t m;
        mpz_init(m);
        mpz_add_ui(m, z, 1);
        mpz_neg(m, m);  // -(z+1) = |z| - 1 must fit in length*8-1 bits
        fits = (mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2)) < (size_t)length * 8;
        mpz_clear(m);
    }
    if (!fits) {
        mpz_clear(z);
        return pt_err_set_string(pt_exc_OverflowError, "int too big to convert");
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)length);
    if (b == NULL) {
        mpz_clear(z);
        return NULL;
    }
    unsigned char *out = (unsigned char *)pt_bytes_data(b);
    mpz_t m;
    mpz_init(m);
    mpz_fdiv_r_2exp(m, z, (mp_bitcnt_t)length * 8);  // non-negative residue
    size_t count = 0;
    unsigned char *raw = mpz_sgn(m) != 0 ? mpz_export(NULL, &count, -1, 1, 0, 0, m) : NULL;
    memset(out, 0, (size_t)length);
    for (size_t i = 0; i < count && i < (size_t)length; i++) {
        out[little ? i : (size_t)length - 1 - i] = raw[i];
    }
    if (raw != NULL) {
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(raw, count);
    }
    mpz_clear(m);
    mpz_clear(z);
    return b;
}

static PtObject *long_from_bytes(PtObject *cls, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *bytes, *byteorder = NULL;
    int is_signed = 0, little = 0;
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    if (pt_parse_args(args, nargs, kwnames, "O|O$p:from_bytes", kwlist, &bytes, &byteorder, &is_signed) < 0) {
        return NULL;
    }
    if (byteorder != NULL && byteorder_arg(byteorder, &little) == NULL) {
        return NULL;
    }
    PtObject *b = pt_is_bytes(bytes) ? pt_newref(bytes) : pt_object_call1((PtObject *)&pt_bytes_type, bytes);
    if (b == NULL) {
        return NULL;
    }
    mpz_t z;
    mpz_init(z);
    pt_ssize n = pt_bytes_len(b);
    if (n > 0) {
        mpz_import(z, (size_t)n, little ? -1 : 1, 1, 0, 0, pt_bytes_data(b));
        const unsigned char *d = (const unsigned char *)pt_bytes_data(b);
        unsigned char msb = little ? d[n - 1] : d[0];
        if (is_signed && (msb & 0x80)) {
            mpz_t t;
            mpz_init(t);
            mpz_setbit(t, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, t);
            mpz_clear(t);
        }
    }
    pt_decref(b);
    PtObject *r = from_mpz(z);
    if (r == NULL || cls == (PtObject *)&pt_int_type) {
        return r;
    }
    PtObject *sub = pt_object_call1(cls, r);
    pt_decref(r);
    return sub;
}

static PtObject *long_format_method(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "format() argument 2 must be str, not %s", pt_type_name_of(spec));
    }
    return pt_format_int(self, spec);
}

static PtObject *long_getnewargs(PtObject *self, PtObject *u) {
    PtObject *v = long_pos(self);
    if (v == NULL) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(1, v);
    pt_decref(v);
    return t;
}

static PtObject *long_sizeof(PtObject *self, PtObject *u) {
    if (pt_is_smallint(self) || pt_tid(self) == PT_TID_BOOL) {
        return pt_int_from_i64(0);  // immediates occupy no memory of their own
    }
    size_t limbs = (size_t)((PtLong *)self)->z->_mp_alloc;
    return pt_int_from_u64(sizeof(PtLong) + limbs * sizeof(mp_limb_t));
}

static PtObject *long_get_real(PtObject *self, void *c) { return long_pos(self); }
static PtObject *long_get_imag(PtObject *self, void *c) { return pt_smallint(0); }
static PtObject *long_get_one(PtObject *self, void *c) { return pt_smallint(1); }

static const PtMethodDef long_methods[] = {
    {"bit_length", PT_FN(long_bit_length), PT_METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", PT_FN(long_bit_count), PT_METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", PT_FN(long_conjugate), PT_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", PT_FN(long_as_integer_ratio), PT_METH_NOARGS, "Return integer ratio."},
    {"to_bytes", PT_FN(long_to_bytes), PT_METH_FASTKW, "Return an array of bytes representing an integer."},
    {"from_bytes", PT_FN(long_from_bytes), PT_METH_FASTKW | PT_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"__trunc__", PT_FN(long_floor), PT_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", PT_FN(long_floor), PT_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", PT_FN(long_floor), PT_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", PT_FN(long_round), PT_METH_FAST, "Rounding an Integral returns itself."},
    {"__format__", PT_FN(long_format_method), PT_METH_O, NULL},
    {"__getnewargs__", PT_FN(long_getnewargs), PT_METH_NOARGS, NULL},
    {"__sizeof__", PT_FN(long_sizeof), PT_METH_NOARGS, "Returns size in memory, in bytes."},
    {"is_integer", PT_FN(long_is_integer), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef long_getset[] = {
    {"real", long_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", long_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", long_get_real, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", long_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtNumberMethods long_as_number = {
    .add = long_add,
    .sub = long_sub,
    .mul = long_mul,
    .truediv = long_truediv,
    .floordiv = long_floordiv,
    .mod = long_mod,
    .divmod = long_divmod,
    .pow = long_pow,
    .lshift = long_lshift,
    .rshift = long_rshift,
    .and_ = long_and,
    .or_ = long_or,
    .xor = long_xor,
    .neg = long_neg,
    .pos = long_pos,
    .abs = long_abs,
    .invert = long_invert,
    .int_ = long_int,
    .float_ = long_float,
    .index = long_int,
    .bool_ = long_bool,
};

PtType pt_int_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "int",
    .tid = PT_TID_INT,
    .basicsize = sizeof(PtLong),
    .flags = PT_TF_BASETYPE | PT_TF_INT_SUB,
    .dealloc = long_dealloc,
    .repr = long_repr,
    .hash = pt_int_hash,
    .richcompare = long_richcompare,
    .new_ = long_new,
    .as_number = &long_as_number,
    .methods = long_methods,
    .getset = long_getset,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 "
           "if no arguments\nare given.",
};

// ---- bool ----

static PtObject *bool_repr(PtObject *v) { return pt_str_from_cstr(v == pt_True ? "True" : "False"); }

static PtObject *bool_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("bool", kwnames) < 0 || pt_check_nargs("bool", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return pt_False;
    }
    int t = pt_object_is_true(args[0]);
    return t < 0 ? NULL : pt_bool(t);
}

static PtObject *bool_and(PtObject *a, PtObject *b) {
    if (pt_tid(a) == PT_TID_BOOL && pt_tid(b) == PT_TID_BOOL) {
        return pt_bool(a == pt_True && b == pt_True);
    }
    return long_and(a, b);
}
static PtObject *bool_or(PtObject *a, PtObject *b) {
    if (pt_tid(a) == PT_TID_BOOL && pt_tid(b) == PT_TID_BOOL) {
        return pt_bool(a == pt_True || b == pt_True);
    }
    return long_or(a, b);
}
static PtObject *bool_xor(PtObject *a, PtObject *b) {
    if (pt_tid(a) == PT_TID_BOOL && pt_tid(b) == PT_TID_BOOL) {
        return pt_bool((a == pt_True) != (b == pt_True));
    }
    return long_xor(a, b);
}

static void bool_dealloc(PtObject *o) { o->refcnt = PT_REFCNT_STATIC; }

static PtNumberMethods bool_as_number = {
    .and_ = bool_and,
    .or_ = bool_or,
    .xor = bool_xor,
};

PtType pt_bool_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "bool",
    .tid = PT_TID_BOOL,
    .base = &pt_int_type,
    .basicsize = sizeof(PtObject),
    .flags = PT_TF_INT_SUB,
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .new_ = bool_new,
    .as_number = &bool_as_number,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
};

PtObject pt_TrueObj = PT_STATIC_HEADER(BOOL);
PtObject pt_FalseObj = PT_STATIC_HEADER(BOOL);
