// src/obj/int.c: int, arbitrary precision, and bool.
//
// Values that fit in 63 bits are immediates (include/pith/object.h) and never
// touch memory; larger magnitudes are PtLong objects holding a GMP mpz_t.
// Every operation normalises its result (from_mpz), so a PtLong of an exact
// int never holds a small value; instances of int subclasses are PtLongs
// whatever their value. bool's two objects are bare headers (no mpz): code
// that reads an int's value goes through small_value() or view(), which know
// all three forms. Arithmetic on two immediates is done in C with overflow
// checks, falling back to GMP. GMP allocates through pt_raw_* (see
// pt_int_init_gmp), so big-int digits are accounted like other memory.
//
// Semantics follow CPython 3.11: floor division and modulo round toward
// negative infinity, bitwise operators act on infinite two's complement, true
// division is correctly rounded, hash(n) is n reduced modulo 2**61 - 1, and
// decimal conversions longer than sys.get_int_max_str_digits() digits raise.
//
// sys.getsizeof: an immediate int (and bool) owns no memory, so its
// __sizeof__ is 0; a PtLong reports its struct plus its allocated limbs.
//
// Guards: tests/golden/types/int_*, tests/golden/types/bool_*.
#include <gmp.h>
#include <math.h>
#include <string.h>
#include <utf8proc.h>

#include "pith.h"            // the object API
#include "pith/bigint.h"     // the GMP bridge declared for modules
#include "obj/formatspec.h"  // pt_format_int
#include "obj/num.h"         // pt_num_str_to_ascii, pt_float_pow_double, pt_num_ldexp_rounded

typedef struct PtLong {
    PtObject ob;
    mpz_t z;
} PtLong;

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
// Shifts and powers whose result would exceed this many bits raise MemoryError
// up front (GMP itself cannot fail softly).
#define MAX_RESULT_BITS ((uint64_t)1 << 35)

// sys.get_int_max_str_digits(); protected by the GIL.
// pith starts with no limit (GMP makes long conversions fast, see the memory
// issue); a program may still opt in to CPython 3.11's limit.
static int64_t max_str_digits = 0;

int64_t pt_int_get_max_str_digits(void) { return max_str_digits; }

int pt_int_set_max_str_digits(int64_t maxdigits) {
    if (maxdigits != 0 && maxdigits < PT_INT_MAX_STR_DIGITS_THRESHOLD) {
        pt_err_set_string(pt_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    max_str_digits = maxdigits;
    return 0;
}

// ---- GMP memory ----

static void *gmp_alloc(size_t n) {
    void *p = pt_raw_alloc(n);
    if (p == NULL) {
        pt_fatal("out of memory in big-integer arithmetic");
    }
    return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = pt_raw_realloc(p, n);
    if (q == NULL) {
        pt_fatal("out of memory in big-integer arithmetic");
    }
    return q;
}
static void gmp_free(void *p, size_t n) {
    (void)n;
    pt_raw_free(p);
}

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

// The value of `v` if it fits in int64: 1 and *out, else 0. `v` is an int.
static inline int small_value(PtObject *v, int64_t *out) {
    if (pt_is_smallint(v)) {
        *out = pt_smallint_value(v);
        return 1;
    }
    if (pt_tid(v) == PT_TID_BOOL) {
        *out = v == pt_True;
        return 1;
    }
    if (mpz_fits_slong_p(((PtLong *)v)->z)) {
        *out = mpz_get_si(((PtLong *)v)->z);
        return 1;
    }
    return 0;
}

// Load any int value into `tmp` (initialised here; clear it after use).
static void load(PtObject *v, mpz_t tmp) {
    if (is_long(v)) {
        mpz_init_set(tmp, ((PtLong *)v)->z);
    } else {
        mpz_init_set_si(tmp, pt_is_smallint(v) ? (long)pt_smallint_value(v) : v == pt_True);
    }
}

void pt_int_to_mpz(PtObject *v, mpz_t out) { load(v, out); }

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

mpz_srcptr pt_int_mpz_view(PtObject *v, mpz_t tmp, int *owned) { return view(v, tmp, owned); }

static inline void unview(mpz_t tmp, int owned) {
    if (owned) {
        mpz_clear(tmp);
    }
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
    mpz_init_set_d(z, d);  // truncates; exact for these magnitudes
    return from_mpz(z);
}

int64_t pt_int_as_i64_overflow(PtObject *v, int *overflow) {
    *overflow = 0;
    int64_t r;
    if (pt_is_int(v)) {
        if (small_value(v, &r)) {
            return r;
        }
        *overflow = mpz_sgn(((PtLong *)v)->z);
        return -1;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    r = pt_int_as_i64_overflow(i, overflow);
    pt_decref(i);
    return r;
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

static inline uint64_t abs64(int64_t x) { return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x; }
static inline int bitlen64(uint64_t a) { return a == 0 ? 0 : 64 - __builtin_clzll(a); }

size_t pt_int_bit_length(PtObject *v) {
    int64_t s;
    if (small_value(v, &s)) {
        return (size_t)bitlen64(abs64(s));
    }
    return mpz_sizeinbase(((PtLong *)v)->z, 2);
}

double pt_num_ldexp_rounded(uint64_t q, int sticky, long exp2, int *overflow) {
    *overflow = 0;
    if (q == 0) {
        return 0.0;
    }
    int nb = bitlen64(q);
    long top = nb - 1 + exp2;  // exponent of the leading bit
    if (top > 1023) {
        *overflow = 1;
        return HUGE_VAL;
    }
    long lowest = top - 52;  // exponent of the last bit a double keeps here
    if (lowest < -1074) {
        lowest = -1074;  // subnormal: fewer bits
    }
    long drop = lowest - exp2;
    if (drop > nb) {
        return 0.0;  // below half of the smallest subnormal
    }
    if (drop > 0) {
        uint64_t rem = drop == 64 ? q : q & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        q = drop == 64 ? 0 : q >> drop;
        if (rem > half || (rem == half && (sticky || (q & 1)))) {
            q++;
        }
        exp2 += drop;
    }
    double d = ldexp((double)q, (int)exp2);  // exact: q has at most 53 bits
    if (isinf(d)) {
        *overflow = 1;
    }
    return d;
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
    // Keep the top 60 bits and a sticky bit for the rest, round once.
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    size_t shift = bits - 60;
    int sticky = mpz_scan1(a, 0) < shift;
    mpz_fdiv_q_2exp(a, a, shift);
    uint64_t top = (uint64_t)mpz_get_ui(a);
    mpz_clear(a);
    int overflow;
    double d = pt_num_ldexp_rounded(top, sticky, (long)shift, &overflow);
    if (overflow) {
        pt_err_set_string(pt_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

// ---- Parsing ----

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

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

static PtObject *limit_error_digits(size_t ndigits) {
    return pt_err_format(pt_exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         (long long)max_str_digits, ndigits);
}

// Parse ASCII text `s` as int(s, base), base 0 or 2..36. NULL with no
// exception on a syntax error (the caller words the ValueError), NULL with
// one for the digit limit or memory.
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
    int decimal_base0 = base == 0;
    if (base == 0) {
        base = 10;
    }
    // Collect the digits: single underscores may separate digits, and one may
    // follow a base prefix ("0x_1f"); none may lead, trail or double.
    char stackbuf[256];
    size_t cap = (size_t)(end - p) + 1;
    char *digits = cap <= sizeof stackbuf ? stackbuf : pt_raw_alloc(cap);
    if (digits == NULL) {
        return pt_err_no_memory();
    }
    size_t n = 0;
    int ok = 1, after_underscore = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (after_underscore || (n == 0 && !prefixed)) {
                ok = 0;
                break;
            }
            after_underscore = 1;
            continue;
        }
        if (digit_value(*p) >= base) {
            ok = 0;
            break;
        }
        digits[n++] = *p;
        after_underscore = 0;
    }
    if (n == 0 || after_underscore) {
        ok = 0;
    }
    digits[n] = '\0';
    PtObject *r = NULL;
    if ((base & (base - 1)) != 0 && max_str_digits > 0 && n > (size_t)max_str_digits) {
        limit_error_digits(n);
        ok = 0;
    }
    if (ok && decimal_base0 && n > 1 && digits[0] == '0') {
        // Base 0: a decimal number may not have leading zeros ("010"), but "00" is 0.
        for (size_t i = 0; i < n; i++) {
            if (digits[i] != '0') {
                ok = 0;
                break;
            }
        }
    }
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
            mpz_set_str(z, digits, base);  // the digits are valid
            if (neg) {
                mpz_neg(z, z);
            }
            r = from_mpz(z);
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

// Decimal digit value of a code point of category Nd, or -1. Unicode encodes
// every decimal digit set as a contiguous run 0..9, and adjacent sets follow
// each other, so the value is the distance to the start of the run modulo 10.
static int unicode_digit(uint32_t c) {
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) {
        return -1;
    }
    uint32_t k = 0;
    while (k < c && k < 200 && utf8proc_category((utf8proc_int32_t)(c - k - 1)) == UTF8PROC_CATEGORY_ND) {
        k++;
    }
    return (int)(k % 10);
}

static int unicode_space(uint32_t c) {
    if (c == 0x85) {
        return 1;
    }
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

char *pt_num_str_to_ascii(PtObject *s, size_t *len) {
    pt_ssize n = pt_str_len(s);
    char *buf = pt_raw_alloc((size_t)n + 1);
    if (buf == NULL) {
        pt_err_no_memory();
        return NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(s, i);
        if (c < 128) {
            buf[i] = (char)c;
            continue;
        }
        int d = unicode_digit(c);
        buf[i] = d >= 0 ? (char)('0' + d) : unicode_space(c) ? ' ' : '?';
    }
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

// int(str, base).
static PtObject *int_from_str_obj(PtObject *str, int base) {
    size_t len;
    const char *ascii = pt_str_ascii(str, &len);
    PtObject *r;
    if (ascii != NULL) {
        r = parse_ascii(ascii, len, base);
    } else {
        char *buf = pt_num_str_to_ascii(str, &len);
        if (buf == NULL) {
            return NULL;
        }
        r = parse_ascii(buf, len, base);
        pt_raw_free(buf);
    }
    if (r == NULL && !pt_err_occurred()) {
        return invalid_literal(str, base);
    }
    return r;
}

// int(bytes-like, base): `src` is the object named in the error message.
static PtObject *int_from_bytes_data(const char *d, size_t n, int base, PtObject *src) {
    PtObject *r = parse_ascii(d, n, base);
    if (r == NULL && !pt_err_occurred()) {
        return invalid_literal(src, base);
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

#define CHECK_BINOP(a, b)                     \
    if (!pt_is_int(a) || !pt_is_int(b)) {     \
        return pt_newref(pt_NotImplemented);  \
    }

typedef void (*MpzBinFn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static PtObject *mpz_binop(PtObject *a, PtObject *b, MpzBinFn fn) {
    mpz_t ta, tb, r;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    mpz_init(r);
    fn(r, za, zb);
    unview(ta, oa);
    unview(tb, ob);
    return from_mpz(r);
}

PtObject *pt_int_add(PtObject *a, PtObject *b) {
    int64_t x, y;
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(pt_smallint_value(a) + pt_smallint_value(b));  // cannot overflow int64
    }
    if (small_value(a, &x) && small_value(b, &y)) {
        int64_t r;
        if (!__builtin_add_overflow(x, y, &r)) {
            return pt_int_from_i64(r);
        }
    }
    return mpz_binop(a, b, mpz_add);
}

PtObject *pt_int_sub(PtObject *a, PtObject *b) {
    int64_t x, y;
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return pt_int_from_i64(pt_smallint_value(a) - pt_smallint_value(b));
    }
    if (small_value(a, &x) && small_value(b, &y)) {
        int64_t r;
        if (!__builtin_sub_overflow(x, y, &r)) {
            return pt_int_from_i64(r);
        }
    }
    return mpz_binop(a, b, mpz_sub);
}

PtObject *pt_int_mul(PtObject *a, PtObject *b) {
    int64_t x, y, r;
    if (small_value(a, &x) && small_value(b, &y) && !__builtin_mul_overflow(x, y, &r)) {
        return pt_int_from_i64(r);
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

// Floor division and modulo on int64, b != 0 and not (INT64_MIN, -1).
static inline int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}
static inline int64_t mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

// Both operands as int64 where the C division cannot overflow.
static inline int small_pair(PtObject *a, PtObject *b, int64_t *x, int64_t *y) {
    return small_value(a, x) && small_value(b, y) && !(*x == INT64_MIN && *y == -1);
}

static PtObject *zero_division(void) {
    return pt_err_set_string(pt_exc_ZeroDivisionError, "integer division or modulo by zero");
}

static PtObject *long_floordiv(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (pt_is_smallint(a) && pt_is_smallint(b) && pt_smallint_value(b) != 0) {
        return pt_int_from_i64(floordiv64(pt_smallint_value(a), pt_smallint_value(b)));
    }
    if (is_zero(b)) {
        return zero_division();
    }
    if (small_pair(a, b, &x, &y)) {
        return pt_int_from_i64(floordiv64(x, y));
    }
    return mpz_binop(a, b, mpz_fdiv_q);
}

static PtObject *long_mod(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (pt_is_smallint(a) && pt_is_smallint(b) && pt_smallint_value(b) != 0) {
        return pt_smallint(mod64(pt_smallint_value(a), pt_smallint_value(b)));
    }
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "integer modulo by zero");
    }
    if (small_pair(a, b, &x, &y)) {
        return pt_int_from_i64(mod64(x, y));
    }
    return mpz_binop(a, b, mpz_fdiv_r);
}

static PtObject *pair_steal(PtObject *q, PtObject *r) {
    PtObject *t = q != NULL && r != NULL ? pt_tuple_pack(2, q, r) : NULL;
    pt_xdecref(q);
    pt_xdecref(r);
    return t;
}

static PtObject *long_divmod(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        return zero_division();
    }
    int64_t x, y;
    if (small_pair(a, b, &x, &y)) {
        return pair_steal(pt_int_from_i64(floordiv64(x, y)), pt_int_from_i64(mod64(x, y)));
    }
    mpz_t ta, tb, q, r;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, za, zb);
    unview(ta, oa);
    unview(tb, ob);
    PtObject *pq = from_mpz(q);
    PtObject *pr = pq != NULL ? from_mpz(r) : (mpz_clear(r), NULL);
    return pair_steal(pq, pr);
}

// Correctly rounded a / b for ints.
static PtObject *long_truediv(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y) && x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) &&
        y < (1LL << 53)) {
        if (y == 0) {
            return pt_err_set_string(pt_exc_ZeroDivisionError, "division by zero");
        }
        return pt_float_new((double)x / (double)y);  // both exact: one rounding
    }
    if (is_zero(b)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "division by zero");
    }
    mpz_t ta, tb;
    int oa, ob;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob);
    int neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    mpz_t na, nb;
    mpz_init(na);
    mpz_init(nb);
    mpz_abs(na, za);
    mpz_abs(nb, zb);
    unview(ta, oa);
    unview(tb, ob);
    PtObject *result = NULL;
    if (mpz_sgn(na) == 0) {
        result = pt_float_new(neg ? -0.0 : 0.0);
    } else {
        long abits = (long)mpz_sizeinbase(na, 2), bbits = (long)mpz_sizeinbase(nb, 2);
        if (abits - bbits > 1025) {
            pt_err_set_string(pt_exc_OverflowError, "integer division result too large for a float");
        } else if (abits - bbits < -1100) {
            result = pt_float_new(neg ? -0.0 : 0.0);
        } else {
            // Scale so the quotient has 57 or 58 bits, keep a sticky bit, round once.
            long shift = abits - bbits - 58;
            if (shift < 0) {
                mpz_mul_2exp(na, na, (mp_bitcnt_t)-shift);
            } else {
                mpz_mul_2exp(nb, nb, (mp_bitcnt_t)shift);
            }
            mpz_t q, r;
            mpz_init(q);
            mpz_init(r);
            mpz_tdiv_qr(q, r, na, nb);
            int overflow;
            double d = pt_num_ldexp_rounded((uint64_t)mpz_get_ui(q), mpz_sgn(r) != 0, shift, &overflow);
            mpz_clear(q);
            mpz_clear(r);
            if (overflow) {
                pt_err_set_string(pt_exc_OverflowError, "integer division result too large for a float");
            } else {
                result = pt_float_new(neg ? -d : d);
            }
        }
    }
    mpz_clear(na);
    mpz_clear(nb);
    return result;
}

// pow(a, b, mod) for ints: modular inverse for a negative exponent.
static PtObject *long_powmod(PtObject *a, PtObject *b, PtObject *mod) {
    if (is_zero(mod)) {
        return pt_err_set_string(pt_exc_ValueError, "pow() 3rd argument cannot be 0");
    }
    mpz_t ta, tb, tm, base, e, am;
    int oa, ob, om;
    mpz_srcptr za = view(a, ta, &oa), zb = view(b, tb, &ob), zm = view(mod, tm, &om);
    mpz_init(am);
    mpz_abs(am, zm);
    mpz_init_set(base, za);
    mpz_init(e);
    mpz_abs(e, zb);
    PtObject *res = NULL;
    int invertible = 1;
    if (mpz_sgn(zb) < 0) {
        if (mpz_cmp_ui(am, 1) == 0) {
            mpz_set_ui(base, 0);  // everything is 0 modulo 1
        } else {
            invertible = mpz_invert(base, base, am) != 0;
        }
    }
    if (!invertible) {
        pt_err_set_string(pt_exc_ValueError, "base is not invertible for the given modulus");
    } else {
        mpz_t r;
        mpz_init(r);
        mpz_powm(r, base, e, am);  // in [0, |mod|)
        if (mpz_sgn(r) != 0 && mpz_sgn(zm) < 0) {
            mpz_add(r, r, zm);  // the result takes the sign of the modulus
        }
        res = from_mpz(r);
    }
    mpz_clear(base);
    mpz_clear(e);
    mpz_clear(am);
    unview(ta, oa);
    unview(tb, ob);
    unview(tm, om);
    return res;
}

static PtObject *long_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (!pt_is_int(a) || !pt_is_int(b) || (mod != pt_None && !pt_is_int(mod))) {
        return pt_newref(pt_NotImplemented);
    }
    if (mod != pt_None) {
        return long_powmod(a, b, mod);
    }
    int64_t base = 0, exp = 0;
    int small_base = small_value(a, &base);
    if (pt_int_sign(b) < 0) {
        // A negative exponent makes it float ** float, as in CPython.
        double x = pt_int_as_double(a);
        if (x == -1.0 && pt_err_occurred()) {
            return NULL;
        }
        double y = pt_int_as_double(b);
        if (y == -1.0 && pt_err_occurred()) {
            return NULL;
        }
        return pt_float_pow_double(x, y);
    }
    if (!small_value(b, &exp)) {
        // Only 0, 1 and -1 have a representable power with a huge exponent.
        if (small_base && (base == 0 || base == 1)) {
            return pt_smallint(base);
        }
        if (small_base && base == -1) {
            return pt_smallint(mpz_odd_p(((PtLong *)b)->z) ? -1 : 1);
        }
        return pt_err_no_memory();
    }
    if (small_base) {
        if (base == 0 || base == 1) {
            return pt_smallint(exp == 0 ? 1 : base);
        }
        if (base == -1) {
            return pt_smallint(exp & 1 ? -1 : 1);
        }
        if (base == 2 && exp < 62) {
            return pt_smallint((int64_t)1 << exp);
        }
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
    mpz_t ta;
    int oa;
    mpz_srcptr za = view(a, ta, &oa);
    if ((double)mpz_sizeinbase(za, 2) * (double)exp > (double)MAX_RESULT_BITS) {
        unview(ta, oa);
        return pt_err_no_memory();
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)exp);
    unview(ta, oa);
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

// +v: the exact int with v's value (v itself when it is one).
static PtObject *long_pos(PtObject *v) {
    if (pt_is_smallint(v) || pt_tid(v) == PT_TID_INT) {
        return pt_newref(v);
    }
    if (pt_tid(v) == PT_TID_BOOL) {
        return pt_smallint(v == pt_True);
    }
    mpz_t z;
    load(v, z);
    return from_mpz(z);
}

static PtObject *long_abs(PtObject *v) { return pt_int_sign(v) < 0 ? long_neg(v) : long_pos(v); }

static PtObject *long_invert(PtObject *v) {
    int64_t x;
    if (small_value(v, &x) && pt_smallint_fits(x)) {
        return pt_smallint(~x);
    }
    mpz_t z;
    load(v, z);
    mpz_com(z, z);
    return from_mpz(z);
}

static int long_bool(PtObject *v) { return !is_zero(v); }

static PtObject *long_and(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        return pt_int_from_i64(x & y);
    }
    return mpz_binop(a, b, mpz_and);
}
static PtObject *long_or(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        return pt_int_from_i64(x | y);
    }
    return mpz_binop(a, b, mpz_ior);
}
static PtObject *long_xor(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        return pt_int_from_i64(x ^ y);
    }
    return mpz_binop(a, b, mpz_xor);
}

// The shift count of `b`: ValueError if negative; UINT64_MAX if huge.
static int shift_count(PtObject *b, uint64_t *out) {
    if (pt_int_sign(b) < 0) {
        pt_err_set_string(pt_exc_ValueError, "negative shift count");
        return -1;
    }
    int64_t n;
    *out = small_value(b, &n) ? (uint64_t)n : UINT64_MAX;
    return 0;
}

static PtObject *long_lshift(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    uint64_t n;
    if (pt_is_smallint(b) && pt_smallint_value(b) >= 0) {
        n = (uint64_t)pt_smallint_value(b);
    } else if (shift_count(b, &n) < 0) {
        return NULL;
    }
    int64_t x;
    if (small_value(a, &x)) {
        if (x == 0) {
            return pt_smallint(0);
        }
        if (n < 62) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x && pt_smallint_fits(r)) {
                return pt_smallint(r);
            }
        }
    }
    if (n > MAX_RESULT_BITS) {
        return pt_err_no_memory();
    }
    mpz_t z;
    load(a, z);
    mpz_mul_2exp(z, z, (mp_bitcnt_t)n);
    return from_mpz(z);
}

static PtObject *long_rshift(PtObject *a, PtObject *b) {
    CHECK_BINOP(a, b);
    uint64_t n;
    if (pt_is_smallint(b) && pt_smallint_value(b) >= 0) {
        n = (uint64_t)pt_smallint_value(b);
    } else if (shift_count(b, &n) < 0) {
        return NULL;
    }
    int64_t x;
    if (small_value(a, &x)) {
        return pt_int_from_i64(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    mpz_srcptr z = ((PtLong *)a)->z;
    if (n >= mpz_sizeinbase(z, 2)) {
        return pt_smallint(mpz_sgn(z) < 0 ? -1 : 0);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, z, (mp_bitcnt_t)n);
    return from_mpz(r);
}

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
    unview(ta, oa);
    unview(tb, ob);
    return (c > 0) - (c < 0);
}

static int compare_result(int c, int op) {
    switch (op) {
    case PT_LT:
        return c < 0;
    case PT_LE:
        return c <= 0;
    case PT_EQ:
        return c == 0;
    case PT_NE:
        return c != 0;
    case PT_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

static PtObject *long_richcompare(PtObject *a, PtObject *b, int op) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        int64_t x = pt_smallint_value(a), y = pt_smallint_value(b);
        return pt_bool(compare_result((x > y) - (x < y), op));
    }
    if (!pt_is_int(a) || !pt_is_int(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return pt_bool(compare_result(pt_int_compare(a, b), op));
}

pt_hash pt_int_hash(PtObject *v) {
    int64_t x;
    pt_hash h;
    if (small_value(v, &x)) {
        h = (pt_hash)(abs64(x) % HASH_MODULUS);
        if (x < 0) {
            h = -h;
        }
    } else {
        mpz_srcptr z = ((PtLong *)v)->z;
        // mpz_fdiv_ui works on the magnitude's residue via the sign: use tdiv on |z|.
        h = (pt_hash)mpz_tdiv_ui(z, HASH_MODULUS);  // |z| mod P
        if (mpz_sgn(z) < 0) {
            h = -h;
        }
    }
    return h == -1 ? -2 : h;
}

// ---- str() and repr() ----

static PtObject *limit_error_str(void) {
    return pt_err_format(pt_exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         (long long)max_str_digits);
}

PtObject *pt_int_to_str(PtObject *v, int base) {
    int64_t x;
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    if (small_value(v, &x)) {
        char small[80];
        char digits[70];
        uint64_t a = abs64(x);
        int n = 0;
        if (base == 10) {
            do {
                digits[n++] = (char)('0' + a % 10);
                a /= 10;
            } while (a != 0);
        } else {
            do {
                digits[n++] = "0123456789abcdef"[a % (uint64_t)base];
                a /= (uint64_t)base;
            } while (a != 0);
        }
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
    if (base == 10 && max_str_digits > 0) {
        // sizeinbase may exceed the true count by one: check exactly after.
        size_t est = mpz_sizeinbase(z, 10);
        if (est > (size_t)max_str_digits + 1) {
            return limit_error_str();
        }
    }
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
    char *digits = p;
    if (mpz_sgn(z) < 0) {
        mpz_t a;
        mpz_init(a);
        mpz_neg(a, z);
        mpz_get_str(digits, base, a);
        mpz_clear(a);
    } else {
        mpz_get_str(digits, base, z);
    }
    size_t ndigits = strlen(digits);
    PtObject *r;
    if (base == 10 && max_str_digits > 0 && ndigits > (size_t)max_str_digits) {
        r = limit_error_str();
    } else {
        r = pt_str_from_latin1(buf, (size_t)(digits - buf) + ndigits);
    }
    pt_raw_free(buf);
    return r;
}

static PtObject *long_repr(PtObject *v) { return pt_int_to_str(v, 10); }

// ---- Construction ----

// The exact int with the value of `r` (stolen; an int or subclass, or NULL).
static PtObject *exact_int_steal(PtObject *r) {
    if (r == NULL || pt_is_smallint(r) || pt_is_int_exact(r)) {
        return r;
    }
    PtObject *exact = long_pos(r);
    pt_decref(r);
    return exact;
}

static PtObject *int_from_number(PtObject *x) {
    PtType *t = pt_type(x);
    if (pt_is_smallint(x) || pt_is_int_exact(x)) {
        return pt_newref(x);
    }
    if (t->as_number != NULL && t->as_number->int_ != NULL) {
        PtObject *r = t->as_number->int_(x);
        if (r != NULL && !pt_is_int(r)) {
            pt_err_format(pt_exc_TypeError, "__int__ returned non-int (type %s)", pt_type_name_of(r));
            pt_decref(r);
            return NULL;
        }
        return exact_int_steal(r);
    }
    if (t->as_number != NULL && t->as_number->index != NULL) {
        return exact_int_steal(pt_number_index(x));
    }
    PtObject *trunc = pt_type_lookup(t, PT_ID(__trunc__));
    if (trunc != NULL) {
        if (pt_err_warn(pt_exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
            return NULL;
        }
        PtObject *r = pt_object_call_method(x, PT_ID(__trunc__), NULL, 0, NULL);
        if (r == NULL || pt_is_int(r)) {
            return exact_int_steal(r);
        }
        PtType *rt = pt_type(r);
        if (!(rt->as_number != NULL && rt->as_number->index != NULL)) {
            pt_err_format(pt_exc_TypeError, "__trunc__ returned non-Integral (type %s)", pt_type_name(rt));
            pt_decref(r);
            return NULL;
        }
        PtObject *i = pt_number_index(r);
        pt_decref(r);
        return exact_int_steal(i);
    }
    if (pt_is_str(x)) {
        return int_from_str_obj(x, 10);
    }
    if (pt_is_bytes(x)) {
        return int_from_bytes_data(pt_bytes_data(x), (size_t)pt_bytes_len(x), 10, x);
    }
    if (pt_is_bytearray(x)) {
        return int_from_bytes_data(pt_bytearray_data(x), (size_t)pt_bytearray_len(x), 10, x);
    }
    if (pt_type(x) == &pt_memoryview_type) {
        PtBuffer view;
        if (pt_buffer_get(x, &view, 0) < 0) {
            return NULL;
        }
        PtObject *r = parse_ascii(view.buf, (size_t)view.len, 10);
        if (r == NULL && !pt_err_occurred()) {
            PtObject *b = pt_bytes_new(view.buf, (size_t)view.len);
            if (b != NULL) {
                invalid_literal(b, 10);
                pt_decref(b);
            }
        }
        pt_buffer_release(&view);
        return r;
    }
    return pt_err_format(pt_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         pt_type_name(t));
}

static PtObject *long_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *x = NULL, *base = NULL;
    static const char *const kwlist[] = {"", "base", NULL};
    PtObject *r;
    if (nargs == 1 && kwnames == NULL) {
        x = args[0];
    } else if (pt_parse_args(args, nargs, kwnames, "|OO:int", kwlist, &x, &base) < 0) {
        return NULL;
    }
    if (x == NULL) {
        if (base != NULL) {
            return pt_err_set_string(pt_exc_TypeError, "int() missing string argument");
        }
        r = pt_smallint(0);
    } else if (base == NULL) {
        r = int_from_number(x);
    } else {
        PtObject *bi = pt_number_index(base);
        if (bi == NULL) {
            return NULL;
        }
        int overflow;
        int64_t b = pt_int_as_i64_overflow(bi, &overflow);
        pt_decref(bi);
        if (overflow || (b != 0 && (b < 2 || b > 36))) {
            return pt_err_set_string(pt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        if (pt_is_str(x)) {
            r = int_from_str_obj(x, (int)b);
        } else if (pt_is_bytes(x)) {
            r = int_from_bytes_data(pt_bytes_data(x), (size_t)pt_bytes_len(x), (int)b, x);
        } else if (pt_is_bytearray(x)) {
            r = int_from_bytes_data(pt_bytearray_data(x), (size_t)pt_bytearray_len(x), (int)b, x);
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
        return pt_smallint(__builtin_popcountll(abs64(x)));
    }
    mpz_srcptr z = ((PtLong *)self)->z;
    if (mpz_sgn(z) >= 0) {
        return pt_int_from_u64(mpz_popcount(z));
    }
    mpz_t a;
    mpz_init(a);
    mpz_neg(a, z);
    PtObject *r = pt_int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

static PtObject *long_conjugate(PtObject *self, PtObject *u) { return long_pos(self); }

static PtObject *long_as_integer_ratio(PtObject *self, PtObject *u) {
    PtObject *n = long_pos(self);
    return pair_steal(n, pt_smallint(1));
}

static PtObject *long_trunc(PtObject *self, PtObject *u) { return long_pos(self); }

static PtObject *long_round(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs > 1) {
        return pt_err_format(pt_exc_TypeError, "__round__ expected at most 1 argument, got %d", (int)nargs);
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
    if (overflow > 0 || (!overflow && n >= 0)) {
        return long_pos(self);
    }
    mpz_t z;
    load(self, z);
    // |self| < 10**(digits) <= 10**(-n-2) / 2 rounds to zero.
    if (overflow < 0 || (uint64_t)-n > mpz_sizeinbase(z, 10) + 1) {
        mpz_clear(z);
        return pt_smallint(0);
    }
    // Round to a multiple of 10**-n, halves to even.
    mpz_t p, q, r;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(z, q, p);
    mpz_clear(p);
    mpz_clear(q);
    mpz_clear(r);
    return from_mpz(z);
}

// The byteorder argument of to_bytes/from_bytes: 0 big, 1 little, -1 error.
static int byteorder_arg(PtObject *v, const char *fname) {
    if (v == NULL) {
        return 0;
    }
    if (!pt_is_str(v)) {
        pt_err_format(pt_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, pt_type_name_of(v));
        return -1;
    }
    if (pt_str_eq_cstr(v, "little")) {
        return 1;
    }
    if (pt_str_eq_cstr(v, "big")) {
        return 0;
    }
    pt_err_set_string(pt_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static PtObject *long_to_bytes(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    pt_ssize length = 1;
    PtObject *byteorder = NULL;
    int is_signed = 0;
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|nO$p:to_bytes", kwlist, &length, &byteorder, &is_signed) < 0) {
        return NULL;
    }
    int little = byteorder_arg(byteorder, "to_bytes");
    if (little < 0) {
        return NULL;
    }
    if (length < 0) {
        return pt_err_set_string(pt_exc_ValueError, "length argument must be non-negative");
    }
    mpz_t tz;
    int oz;
    mpz_srcptr z = view(self, tz, &oz);
    int sign = mpz_sgn(z);
    if (sign < 0 && !is_signed) {
        unview(tz, oz);
        return pt_err_set_string(pt_exc_OverflowError, "can't convert negative int to unsigned");
    }
    // Bits needed: |z| for unsigned; |z| + a sign bit, or |z| - 1 + a sign bit
    // for negatives (-128 fits one signed byte).
    size_t bits = 0;
    if (sign > 0) {
        bits = mpz_sizeinbase(z, 2) + (size_t)is_signed;
    } else if (sign < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_neg(m, z);
        mpz_sub_ui(m, m, 1);
        bits = (mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2)) + 1;
        mpz_clear(m);
    }
    if (bits > (size_t)length * 8) {
        unview(tz, oz);
        return pt_err_set_string(pt_exc_OverflowError, "int too big to convert");
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)length);
    if (b == NULL) {
        unview(tz, oz);
        return NULL;
    }
    unsigned char *out = (unsigned char *)pt_bytes_data(b);
    if (sign != 0) {
        // Two's complement in `length` bytes: z mod 256**length.
        mpz_t m;
        mpz_init(m);
        mpz_fdiv_r_2exp(m, z, (mp_bitcnt_t)length * 8);
        size_t count = (mpz_sizeinbase(m, 2) + 7) / 8;
        // Written least significant byte first at the end for big-endian.
        mpz_export(little ? out : out + (size_t)length - count, NULL, little ? -1 : 1, 1, 0, 0, m);
        mpz_clear(m);
    }
    unview(tz, oz);
    return b;
}

static PtObject *long_from_bytes(PtObject *cls, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *bytes, *byteorder = NULL;
    int is_signed = 0;
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    if (pt_parse_args(args, nargs, kwnames, "O|O$p:from_bytes", kwlist, &bytes, &byteorder, &is_signed) < 0) {
        return NULL;
    }
    int little = byteorder_arg(byteorder, "from_bytes");
    if (little < 0) {
        return NULL;
    }
    PtObject *b;
    if (pt_is_bytes(bytes)) {
        b = pt_newref(bytes);
    } else if (pt_is_int(bytes) || pt_is_str(bytes)) {
        return pt_err_format(pt_exc_TypeError, "cannot convert '%s' object to bytes", pt_type_name_of(bytes));
    } else {
        b = pt_object_call1((PtObject *)&pt_bytes_type, bytes);
        if (b == NULL) {
            return NULL;
        }
    }
    mpz_t z;
    mpz_init(z);
    pt_ssize n = pt_bytes_len(b);
    if (n > 0) {
        const unsigned char *d = (const unsigned char *)pt_bytes_data(b);
        mpz_import(z, (size_t)n, little ? -1 : 1, 1, 0, 0, d);
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
        return pt_err_format(pt_exc_TypeError, "__format__() argument must be str, not %s", pt_type_name_of(spec));
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

// pith's own sizes: an immediate (small int, or a bool) owns no memory.
// Small ints are the 8-byte value word itself; True and False are one-word
// static objects; big ints are their object plus GMP's limbs.
static PtObject *long_sizeof(PtObject *self, PtObject *u) {
    if (!is_long(self)) {
        return pt_smallint((int64_t)sizeof(PtObject *));
    }
    size_t limbs = (size_t)((PtLong *)self)->z->_mp_alloc;
    return pt_int_from_u64(sizeof(PtLong) + limbs * sizeof(mp_limb_t));
}

static PtObject *long_get_real(PtObject *self, void *c) { return long_pos(self); }
static PtObject *long_get_imag(PtObject *self, void *c) { return pt_smallint(0); }
static PtObject *long_get_one(PtObject *self, void *c) { return pt_smallint(1); }

static const PtMethodDef long_methods[] = {
    {"conjugate", PT_FN(long_conjugate), PT_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", PT_FN(long_bit_length), PT_METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", PT_FN(long_bit_count), PT_METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", PT_FN(long_to_bytes), PT_METH_FASTKW, "Return an array of bytes representing an integer."},
    {"from_bytes", PT_FN(long_from_bytes), PT_METH_FASTKW | PT_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", PT_FN(long_as_integer_ratio), PT_METH_NOARGS, "Return integer ratio."},
    {"__trunc__", PT_FN(long_trunc), PT_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", PT_FN(long_trunc), PT_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", PT_FN(long_trunc), PT_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", PT_FN(long_round), PT_METH_FAST, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", PT_FN(long_getnewargs), PT_METH_NOARGS, NULL},
    {"__format__", PT_FN(long_format_method), PT_METH_O, NULL},
    {"__sizeof__", PT_FN(long_sizeof), PT_METH_NOARGS, "Returns size in memory, in bytes."},
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
    .int_ = long_pos,
    .float_ = long_float,
    .index = long_pos,
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
           "if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this "
           "truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or "
           "bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' "
           "or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 "
           "means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
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
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False "
           "are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be "
           "subclassed.",
};

PtObject pt_TrueObj = PT_STATIC_HEADER(BOOL);
PtObject pt_FalseObj = PT_STATIC_HEADER(BOOL);
