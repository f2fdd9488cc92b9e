// src/obj/float.c: float (and its repr, hashing and mixed int/float comparison).
//
// Most floats are immediates (object.h); the rest, and instances of float
// subclasses, are PtFloat boxes. All arithmetic reads doubles through
// pt_float_value and makes results with pt_float_new, which picks the
// representation. Semantics follow CPython 3.11: `//` and `%` floor, `%` takes
// the sign of the divisor, comparisons with ints are exact (never through a
// lossy conversion), hash(x) == hash(int(x)) for integral x, and repr gives
// the shortest string that reads back as the same double.
//
// repr: the shortest digit string comes from C's correctly rounded printf:
// with at most 15 significant digits the correctly rounded string is the only
// candidate (DBL_DIG is 15), so %.14e tried first answers most values; then
// 16 digits (and its neighbours, for values next to a power of two where the
// closest 16-digit decimal may fall outside the narrower half-interval); 17
// digits always round-trip.
//
// Guards: tests/golden/types/float_*.
#include <errno.h>
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"            // the object API
#include "pith/bigint.h"     // pt_int_from_mpz_consume
#include "obj/formatspec.h"  // pt_format_float
#include "obj/num.h"         // pt_float_parse, pt_num_str_to_ascii, pt_complex_pow_values

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_BITS 61
#define HASH_INF 314159

PtObject *pt_float_box(double d) {
    PtFloat *f = (PtFloat *)pt_object_alloc(&pt_float_type, sizeof(PtFloat));
    if (f == NULL) {
        return NULL;
    }
    f->value = d;
    return (PtObject *)f;
}

int pt_is_float(PtObject *v) {
    if (pt_is_immfloat(v)) {
        return 1;
    }
    if (!pt_is_heap(v)) {
        return 0;
    }
    uint32_t tid = pt_tid(v);
    if (tid == PT_TID_FLOAT) {
        return 1;
    }
    return tid >= PT_TID_BUILTIN_COUNT && pt_type_is_subtype(pt_type(v), &pt_float_type);
}

double pt_float_as_double(PtObject *v) {
    if (pt_is_float(v)) {
        return pt_float_value(v);
    }
    if (pt_is_smallint(v)) {
        return (double)pt_smallint_value(v);
    }
    if (pt_is_int(v)) {
        return pt_int_as_double(v);
    }
    PtType *t = pt_type(v);
    if (t->as_number != NULL && t->as_number->float_ != NULL) {
        PtObject *r = t->as_number->float_(v);
        if (r == NULL) {
            return -1.0;
        }
        if (!pt_is_float(r)) {
            pt_err_format(pt_exc_TypeError, "%s.__float__ returned non-float (type %s)", pt_type_name(t),
                          pt_type_name_of(r));
            pt_decref(r);
            return -1.0;
        }
        double d = pt_float_value(r);
        pt_decref(r);
        return d;
    }
    if (t->as_number != NULL && t->as_number->index != NULL) {
        PtObject *i = pt_number_index(v);
        if (i == NULL) {
            return -1.0;
        }
        double d = pt_int_as_double(i);
        pt_decref(i);
        return d;
    }
    pt_err_format(pt_exc_TypeError, "must be real number, not %s", pt_type_name(t));
    return -1.0;
}

// ---- repr ----

// The significant digits of `d` (finite, non-zero, positive) in `mant`
// (no trailing zeros) and the decimal exponent of the first one.
static int shortest_digits(double d, char *mant, int *exp10) {
    char s[40];
    int prec;
    int found = 0;
    // Subnormals have fewer significant bits: search from one digit up.
    for (prec = d < DBL_MIN ? 1 : 15; prec <= 17 && !found; prec++) {
        snprintf(s, sizeof s, "%.*e", prec - 1, d);
        found = strtod(s, NULL) == d;
        if (!found && prec == 16) {
            // The two 16-digit neighbours of the correctly rounded string.
            char *e = strchr(s, 'e');
            int ex = atoi(e + 1);
            unsigned long long m = 0;
            for (const char *p = s; p < e; p++) {
                if (*p != '.') {
                    m = m * 10 + (unsigned long long)(*p - '0');
                }
            }
            long double best_err = INFINITY;
            char best[40];
            for (int k = -1; k <= 1; k += 2) {
                unsigned long long mk = m + (unsigned long long)(long long)k;
                if (mk < 1000000000000000ULL || mk > 9999999999999999ULL) {
                    continue;  // a change in digit count: not a 16-digit candidate
                }
                char c[40];
                snprintf(c, sizeof c, "%llue%d", mk, ex - 15);
                if (strtod(c, NULL) != d) {
                    continue;
                }
                long double err = fabsl(strtold(c, NULL) - (long double)d);
                if (err < best_err) {
                    best_err = err;
                    snprintf(best, sizeof best, "%c.%.15se%+d", c[0], c + 1, ex);
                    found = 1;
                }
            }
            if (found) {
                memcpy(s, best, sizeof best);
            }
        }
    }
    // s: D.DDDDe[+-]X
    int nm = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            mant[nm++] = *p;
        }
    }
    while (nm > 1 && mant[nm - 1] == '0') {
        nm--;
    }
    mant[nm] = '\0';
    *exp10 = atoi(p + 1);
    return nm;
}

size_t pt_float_format_repr(double d, char *buf, size_t bufsize) {
    if (isnan(d)) {
        return (size_t)snprintf(buf, bufsize, "nan");
    }
    if (isinf(d)) {
        return (size_t)snprintf(buf, bufsize, d > 0 ? "inf" : "-inf");
    }
    if (d == trunc(d) && fabs(d) < 1e16) {
        // Integral and positional: the digits of the integer, then ".0".
        return (size_t)snprintf(buf, bufsize, "%s%lld.0", signbit(d) ? "-" : "", (long long)fabs(d));
    }
    char mant[24];
    int exp;
    int nm = shortest_digits(fabs(d), mant, &exp);
    char out[64];
    int k = 0;
    if (d < 0) {
        out[k++] = '-';
    }
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = -1; i > exp; i--) {
                out[k++] = '0';
            }
            for (int i = 0; i < nm; i++) {
                out[k++] = mant[i];
            }
        } else {
            for (int i = 0; i <= exp; i++) {
                out[k++] = i < nm ? mant[i] : '0';
            }
            out[k++] = '.';
            if (nm > exp + 1) {
                for (int i = exp + 1; i < nm; i++) {
                    out[k++] = mant[i];
                }
            } else {
                out[k++] = '0';
            }
        }
    } else {
        out[k++] = mant[0];
        if (nm > 1) {
            out[k++] = '.';
            for (int i = 1; i < nm; i++) {
                out[k++] = mant[i];
            }
        }
        k += snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    out[k] = '\0';
    return (size_t)snprintf(buf, bufsize, "%s", out);
}

PtObject *pt_float_repr_of(double d) {
    char buf[64];
    size_t n = pt_float_format_repr(d, buf, sizeof buf);
    return pt_str_from_latin1(buf, n);
}

static PtObject *float_repr(PtObject *v) { return pt_float_repr_of(pt_float_value(v)); }

// ---- Hashing ----

pt_hash pt_num_hash_pointer(const void *p) {
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);  // the low bits of an address are mostly zero
    pt_hash h = (pt_hash)y;
    return h == -1 ? -2 : h;
}

// The numeric hash: the exact value modulo P = 2**61 - 1, so equal ints,
// floats and fractions hash alike. d = m * 2**e with m a 53-bit integer;
// since 2**61 == 1 (mod P), multiplying by 2**e rotates the 61-bit residue.
pt_hash pt_float_hash_of(double d) {
    if (isinf(d)) {
        return d > 0 ? HASH_INF : -HASH_INF;
    }
    if (isnan(d) || d == 0.0) {
        return 0;
    }
    int e;
    double frac = frexp(fabs(d), &e);       // in [0.5, 1)
    uint64_t m = (uint64_t)ldexp(frac, 53);  // exact
    e -= 53;
    int r = e % HASH_BITS;
    if (r < 0) {
        r += HASH_BITS;
    }
    uint64_t x = m;  // already below P
    if (r != 0) {
        x = ((x << r) & HASH_MODULUS) | (x >> (HASH_BITS - r));
    }
    pt_hash h = (pt_hash)x;
    if (d < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

static pt_hash float_hash(PtObject *v) {
    double d = pt_float_value(v);
    if (isnan(d)) {
        return pt_num_hash_pointer(v);
    }
    return pt_float_hash_of(d);
}

// ---- Arithmetic ----

// Convert an operand to double: 1 for floats and ints, 0 for other types,
// -1 on error (an int too large).
static inline int to_double(PtObject *v, double *out) {
    if (pt_is_immfloat(v)) {
        *out = pt_immfloat_value(v);
        return 1;
    }
    if (pt_is_smallint(v)) {
        *out = (double)pt_smallint_value(v);
        return 1;
    }
    if (pt_is_float(v)) {
        *out = ((PtFloat *)v)->value;
        return 1;
    }
    if (pt_is_int(v)) {
        *out = pt_int_as_double(v);
        return *out == -1.0 && pt_err_occurred() ? -1 : 1;
    }
    return 0;
}

#define CONVERT_BINOP(a, b, x, y)                \
    double x, y;                                 \
    {                                            \
        int ra = to_double(a, &x);               \
        int rb = ra > 0 ? to_double(b, &y) : 0;  \
        if (ra < 0 || rb < 0) {                  \
            return NULL;                         \
        }                                        \
        if (ra == 0 || rb == 0) {                \
            return pt_newref(pt_NotImplemented); \
        }                                        \
    }

static PtObject *float_add(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return pt_float_new(x + y);
}
static PtObject *float_sub(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return pt_float_new(x - y);
}
static PtObject *float_mul(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return pt_float_new(x * y);
}
static PtObject *float_truediv(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float division by zero");
    }
    return pt_float_new(x / y);
}

// Python's modulo: the remainder of fmod moved into the divisor's sign, and
// a zero remainder carries the divisor's sign.
static double float_mod_core(double x, double y) {
    double r = fmod(x, y);
    if (r == 0.0) {
        return copysign(0.0, y);
    }
    if ((r < 0) != (y < 0)) {
        r += y;
    }
    return r;
}

// Floor division consistent with float_mod_core: x == q*y + r up to rounding,
// computed from the exact difference x - fmod(x, y), which y divides.
static double float_floordiv_core(double x, double y) {
    double r = fmod(x, y);
    double q = (x - r) / y;  // an integer, up to rounding
    if (r != 0.0 && (r < 0) != (y < 0)) {
        q -= 1.0;
    }
    if (q == 0.0) {
        return copysign(0.0, x / y);
    }
    double fq = floor(q);
    if (q - fq > 0.5) {  // the division rounded down past an integer
        fq += 1.0;
    }
    return fq;
}

static PtObject *float_floordiv(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float floor division by zero");
    }
    return pt_float_new(float_floordiv_core(x, y));
}

static PtObject *float_mod(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float modulo");
    }
    return pt_float_new(float_mod_core(x, y));
}

static PtObject *float_divmod(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float divmod()");
    }
    PtObject *fq = pt_float_new(float_floordiv_core(x, y)), *fr = pt_float_new(float_mod_core(x, y));
    PtObject *t = fq != NULL && fr != NULL ? pt_tuple_pack(2, fq, fr) : NULL;
    pt_xdecref(fq);
    pt_xdecref(fr);
    return t;
}

PtObject *pt_float_pow_double(double x, double y) {
    if (y == 0.0) {
        return pt_float_new(1.0);  // even for a NaN base
    }
    if (isnan(x)) {
        return pt_float_new(x);
    }
    if (isnan(y)) {
        return pt_float_new(x == 1.0 ? 1.0 : y);
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) {
            return pt_float_new(1.0);
        }
        return pt_float_new((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        return pt_float_new(pow(x, y));  // C99 Annex F: the signs Python gives
    }
    if (x == 0.0) {
        if (y < 0.0) {
            return pt_err_set_string(pt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return pt_float_new(pow(x, y));
    }
    if (x < 0.0 && y != floor(y)) {
        // A negative base to a fractional power is complex.
        return pt_complex_pow_values(x, 0.0, y, 0.0);
    }
    if (x == 1.0) {
        return pt_float_new(1.0);
    }
    double r = pow(x, y);
    if (isinf(r)) {
        // CPython reports errno: OverflowError(34, 'Numerical result out of range').
        PtObject *msg = pt_str_from_cstr(strerror(ERANGE));
        PtObject *args = msg != NULL ? pt_tuple_pack(2, pt_smallint(ERANGE), msg) : NULL;
        if (args != NULL) {
            pt_err_set_object(pt_exc_OverflowError, args);
        }
        pt_xdecref(msg);
        pt_xdecref(args);
        return NULL;
    }
    return pt_float_new(r);
}

static PtObject *float_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (mod != pt_None) {
        return pt_err_set_string(pt_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    CONVERT_BINOP(a, b, x, y);
    return pt_float_pow_double(x, y);
}

static PtObject *float_neg(PtObject *v) { return pt_float_new(-pt_float_value(v)); }
static PtObject *float_pos(PtObject *v) {
    if (pt_is_float_exact(v)) {
        return pt_newref(v);
    }
    return pt_float_new(pt_float_value(v));
}
static PtObject *float_abs(PtObject *v) { return pt_float_new(fabs(pt_float_value(v))); }
static int float_bool(PtObject *v) { return pt_float_value(v) != 0.0; }
static PtObject *float_int(PtObject *v) { return pt_int_from_double(pt_float_value(v)); }

// ---- Comparison ----

// Compare a double with an int exactly: -1, 0, 1 (x < n ...), or 2 for NaN.
static int compare_double_int(double x, PtObject *n) {
    if (isnan(x)) {
        return 2;
    }
    if (isinf(x)) {
        return x > 0 ? 1 : -1;
    }
    int overflow = 0;
    int64_t i = pt_int_as_i64_overflow(n, &overflow);
    if (!overflow && i > -(1LL << 53) && i < (1LL << 53)) {
        double y = (double)i;  // exact
        return (x > y) - (x < y);
    }
    if (!overflow && fabs(x) >= 9.3e18) {
        return x > 0 ? 1 : -1;  // beyond int64 either way
    }
    // Exact: compare floor(x) as an int, then the fractional part.
    double fl = floor(x);
    PtObject *fi = pt_int_from_double(fl);
    if (fi == NULL) {
        pt_err_clear();
        return 0;
    }
    int c = pt_int_compare(fi, n);
    pt_decref(fi);
    if (c != 0) {
        return c;
    }
    return x > fl ? 1 : 0;
}

static PtObject *float_richcompare(PtObject *a, PtObject *b, int op) {
    double x = pt_float_value(a);
    int c;
    if (pt_is_immfloat(b) || pt_is_float(b)) {
        double y = pt_float_value(b);
        if (isnan(x) || isnan(y)) {
            c = 2;
        } else {
            c = (x > y) - (x < y);
        }
    } else if (pt_is_smallint(b) && pt_smallint_value(b) > -(1LL << 53) && pt_smallint_value(b) < (1LL << 53)) {
        double y = (double)pt_smallint_value(b);
        c = isnan(x) ? 2 : (x > y) - (x < y);
    } else if (pt_is_int(b)) {
        c = compare_double_int(x, b);
    } else {
        return pt_newref(pt_NotImplemented);
    }
    int r;
    if (c == 2) {
        r = op == PT_NE;
    } else {
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
    }
    return pt_bool(r);
}

// ---- Construction ----

static int is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int ieq(const char *a, size_t n, const char *lit) {
    size_t m = strlen(lit);
    if (n != m) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if ((a[i] | 0x20) != lit[i]) {
            return 0;
        }
    }
    return 1;
}

int pt_float_parse(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space(*p)) {
        p++;
    }
    while (end > p && is_ascii_space(end[-1])) {
        end--;
    }
    int neg = 0;
    const char *body = p;
    if (body < end && (*body == '+' || *body == '-')) {
        neg = *body == '-';
        body++;
    }
    size_t blen = (size_t)(end - body);
    if (ieq(body, blen, "inf") || ieq(body, blen, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ieq(body, blen, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    // digits [. digits] [e [sign] digits], with '_' only between two digits;
    // copied without underscores for strtod.
    char stackbuf[256];
    size_t cap = (size_t)(end - p) + 1;
    char *b = cap <= sizeof stackbuf ? stackbuf : pt_raw_alloc(cap);
    if (b == NULL) {
        return -1;
    }
    size_t k = 0;
    if (neg) {
        b[k++] = '-';
    }
    const char *q = body;
    int ok = 1, mant_digits = 0;
    // One run of digits with single underscores between digits; returns the count.
#define DIGIT_RUN(counter)                                                  \
    while (q < end && ((*q >= '0' && *q <= '9') || *q == '_')) {            \
        if (*q == '_') {                                                    \
            if (q == body || !(q[-1] >= '0' && q[-1] <= '9') || q + 1 >= end || \
                !(q[1] >= '0' && q[1] <= '9')) {                            \
                ok = 0;                                                     \
                break;                                                      \
            }                                                               \
        } else {                                                            \
            b[k++] = *q;                                                    \
            counter++;                                                      \
        }                                                                   \
        q++;                                                                \
    }
    DIGIT_RUN(mant_digits);
    if (ok && q < end && *q == '.') {
        b[k++] = *q++;
        if (q < end && *q == '_') {
            ok = 0;
        }
        DIGIT_RUN(mant_digits);
    }
    if (mant_digits == 0) {
        ok = 0;
    }
    if (ok && q < end && (*q == 'e' || *q == 'E')) {
        b[k++] = *q++;
        if (q < end && (*q == '+' || *q == '-')) {
            b[k++] = *q++;
        }
        int exp_digits = 0;
        if (q < end && *q == '_') {
            ok = 0;
        }
        DIGIT_RUN(exp_digits);
        if (exp_digits == 0) {
            ok = 0;
        }
    }
#undef DIGIT_RUN
    if (q != end) {
        ok = 0;
    }
    b[k] = '\0';
    if (ok) {
        *out = strtod(b, NULL);  // correctly rounded; overflow gives inf as in Python
    }
    if (b != stackbuf) {
        pt_raw_free(b);
    }
    return ok ? 0 : -1;
}

static PtObject *float_from_string(PtObject *x) {
    char *owned = NULL;
    const char *s;
    size_t len;
    PtBuffer view;
    int have_view = 0;
    if (pt_is_str(x)) {
        s = pt_str_ascii(x, &len);
        if (s == NULL) {
            owned = pt_num_str_to_ascii(x, &len);
            if (owned == NULL) {
                return NULL;
            }
            s = owned;
        }
    } else if (pt_is_bytes(x)) {
        s = pt_bytes_data(x);
        len = (size_t)pt_bytes_len(x);
    } else if (pt_is_bytearray(x)) {
        s = pt_bytearray_data(x);
        len = (size_t)pt_bytearray_len(x);
    } else {
        if (pt_buffer_get(x, &view, 0) < 0) {
            return NULL;
        }
        have_view = 1;
        s = view.buf;
        len = (size_t)view.len;
    }
    double d;
    int rc = pt_float_parse(s, len, &d);
    if (owned != NULL) {
        pt_raw_free(owned);
    }
    if (rc < 0) {
        PtObject *src = have_view ? pt_bytes_new(s, len) : pt_newref(x);
        PtObject *r = src != NULL ? pt_object_repr(src) : NULL;
        if (r != NULL) {
            pt_err_format(pt_exc_ValueError, "could not convert string to float: %U", r);
            pt_decref(r);
        }
        pt_xdecref(src);
        if (have_view) {
            pt_buffer_release(&view);
        }
        return NULL;
    }
    if (have_view) {
        pt_buffer_release(&view);
    }
    return pt_float_new(d);
}

static PtObject *float_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("float", kwnames) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        return pt_err_format(pt_exc_TypeError, "float expected at most 1 argument, got %d", (int)nargs);
    }
    PtObject *r;
    if (nargs == 0) {
        r = pt_float_new(0.0);
    } else {
        PtObject *x = args[0];
        PtType *t = pt_type(x);
        if (pt_is_float_exact(x)) {
            r = pt_newref(x);
        } else if (pt_is_str(x) || pt_is_bytes(x) || pt_is_bytearray(x)) {
            r = float_from_string(x);
        } else if (pt_is_int(x) || (t->as_number != NULL && (t->as_number->float_ != NULL || t->as_number->index != NULL))) {
            double d = pt_float_as_double(x);
            r = d == -1.0 && pt_err_occurred() ? NULL : pt_float_new(d);
        } else if (t == &pt_memoryview_type) {
            r = float_from_string(x);
        } else {
            return pt_err_format(pt_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                                 pt_type_name(t));
        }
    }
    if (r == NULL || type == &pt_float_type) {
        return r;
    }
    PtFloat *sub = (PtFloat *)pt_object_alloc(type, sizeof(PtFloat));
    if (sub != NULL) {
        sub->value = pt_float_value(r);
    }
    pt_decref(r);
    return (PtObject *)sub;
}

static void float_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtFloat)); }

// ---- Methods ----

static PtObject *float_is_integer(PtObject *self, PtObject *u) {
    double d = pt_float_value(self);
    return pt_bool(isfinite(d) && floor(d) == d);
}

// d (finite, non-zero) as m * 2**e with m an odd integer.
static void float_odd_parts(double d, int64_t *m, int *e) {
    int ex;
    double frac = frexp(d, &ex);
    int64_t mm = (int64_t)ldexp(frac, 53);
    ex -= 53;
    int tz = __builtin_ctzll((uint64_t)(mm < 0 ? -mm : mm));
    *m = mm >> tz;  // exact: only zero bits are shifted out
    *e = ex + tz;
}

static PtObject *float_as_integer_ratio(PtObject *self, PtObject *u) {
    double d = pt_float_value(self);
    if (isinf(d)) {
        return pt_err_set_string(pt_exc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        return pt_err_set_string(pt_exc_ValueError, "cannot convert NaN to integer ratio");
    }
    if (d == 0.0) {
        return pt_tuple_pack(2, pt_smallint(0), pt_smallint(1));
    }
    int64_t m;
    int e;
    float_odd_parts(d, &m, &e);
    mpz_t num, den;
    mpz_init_set_si(num, (long)m);
    mpz_init_set_ui(den, 1);
    if (e > 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    } else {
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    }
    PtObject *n = pt_int_from_mpz_consume(num);
    PtObject *dd = pt_int_from_mpz_consume(den);
    PtObject *r = n != NULL && dd != NULL ? pt_tuple_pack(2, n, dd) : NULL;
    pt_xdecref(n);
    pt_xdecref(dd);
    return r;
}

static PtObject *float_conjugate(PtObject *self, PtObject *u) { return float_pos(self); }

static PtObject *float_trunc(PtObject *self, PtObject *u) { return pt_int_from_double(pt_float_value(self)); }
static PtObject *float_floor(PtObject *self, PtObject *u) { return pt_int_from_double(floor(pt_float_value(self))); }
static PtObject *float_ceil(PtObject *self, PtObject *u) { return pt_int_from_double(ceil(pt_float_value(self))); }

// round(x, -k) for k >= 1: x rounded half-to-even to a multiple of 10**k,
// computed exactly on x's binary value, then converted with one rounding.
static PtObject *round_negative_digits(double x, int k) {
    int64_t m;
    int e;
    float_odd_parts(x, &m, &e);
    mpz_t num, den, p, q, r;
    mpz_init_set_si(num, (long)m);
    mpz_init_set_ui(den, 1);
    if (e > 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    } else {
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    }
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_mul(den, den, p);  // x / 10**k == num / den
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(p);
    mpz_clear(r);
    PtObject *qi = pt_int_from_mpz_consume(q);
    if (qi == NULL) {
        return NULL;
    }
    double d = pt_int_as_double(qi);
    pt_decref(qi);
    if (d == -1.0 && pt_err_occurred()) {
        pt_err_clear();
        return pt_err_set_string(pt_exc_OverflowError, "rounded value too large to represent");
    }
    if (d == 0.0) {
        d = copysign(0.0, x);
    }
    return pt_float_new(d);
}

// round(x[, n]): n digits after the point by the correctly rounded decimal
// string (glibc's printf rounds the exact binary value half-to-even), read back.
static PtObject *float_round(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs > 1) {
        return pt_err_format(pt_exc_TypeError, "__round__ expected at most 1 argument, got %d", (int)nargs);
    }
    double x = pt_float_value(self);
    if (nargs == 0 || args[0] == pt_None) {
        if (isnan(x)) {
            return pt_err_set_string(pt_exc_ValueError, "cannot convert float NaN to integer");
        }
        if (isinf(x)) {
            return pt_err_set_string(pt_exc_OverflowError, "cannot convert float infinity to integer");
        }
        double r = nearbyint(x);  // default rounding mode: half to even
        return pt_int_from_double(r);
    }
    PtObject *nd = pt_number_index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    int overflow;
    int64_t n = pt_int_as_i64_overflow(nd, &overflow);
    pt_decref(nd);
    if (!isfinite(x) || x == 0.0) {
        return pt_float_new(x);
    }
    // Beyond these the result is x itself, or a zero of x's sign.
    if (overflow > 0 || n > 323) {
        return pt_float_new(x);
    }
    if (overflow < 0 || n < -308) {
        return pt_float_new(copysign(0.0, x));
    }
    if (n < 0) {
        return round_negative_digits(x, (int)-n);
    }
    char buf[700];
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        return pt_err_set_string(pt_exc_OverflowError, "rounded value too large to represent");
    }
    return pt_float_new(r);
}

static PtObject *float_hex(PtObject *self, PtObject *u) {
    double d = pt_float_value(self);
    if (isnan(d) || isinf(d)) {
        return float_repr(self);
    }
    if (d == 0.0) {
        return pt_str_from_cstr(signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    union {
        double d;
        uint64_t u;
    } c = {d};
    int expfield = (int)((c.u >> 52) & 0x7ff);
    uint64_t frac = c.u & (((uint64_t)1 << 52) - 1);
    int lead = expfield != 0;
    int e = expfield != 0 ? expfield - 1023 : -1022;
    char buf[64];
    int k = snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", signbit(d) ? "-" : "", lead, (unsigned long long)frac, e);
    return pt_str_from_latin1(buf, (size_t)k);
}

static int hexdigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static PtObject *float_fromhex(PtObject *cls, PtObject *s) {
    if (!pt_is_str(s)) {
        return pt_err_set_string(pt_exc_TypeError, "bad argument type for built-in operation");
    }
    size_t len;
    char *owned = NULL;
    const char *a = pt_str_ascii(s, &len);
    if (a == NULL) {
        owned = pt_num_str_to_ascii(s, &len);  // Unicode spaces become blanks
        if (owned == NULL) {
            return NULL;
        }
        a = owned;
    }
    const char *p = a, *end = a + len;
    while (p < end && is_ascii_space(*p)) {
        p++;
    }
    while (end > p && is_ascii_space(end[-1])) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    double d = 0.0;
    int ok = 1;
    size_t blen = (size_t)(end - p);
    if (ieq(p, blen, "inf") || ieq(p, blen, "infinity")) {
        d = INFINITY;
    } else if (ieq(p, blen, "nan")) {
        d = NAN;
    } else {
        // [0x] hexdigits [. hexdigits] [p [sign] decdigits], rebuilt for strtod.
        char stackbuf[256];
        size_t cap = blen + 8;
        char *b = cap <= sizeof stackbuf ? stackbuf : pt_raw_alloc(cap);
        if (b == NULL) {
            pt_raw_free(owned);
            return pt_err_no_memory();
        }
        size_t k = 0;
        b[k++] = '0';
        b[k++] = 'x';
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
            p += 2;
        }
        int nd = 0;
        while (p < end && hexdigit(*p) >= 0) {
            b[k++] = *p++;
            nd++;
        }
        if (p < end && *p == '.') {
            b[k++] = *p++;
            while (p < end && hexdigit(*p) >= 0) {
                b[k++] = *p++;
                nd++;
            }
        }
        if (nd == 0) {
            ok = 0;
        }
        if (ok && p < end && (*p | 0x20) == 'p') {
            b[k++] = *p++;
            if (p < end && (*p == '+' || *p == '-')) {
                b[k++] = *p++;
            }
            int ed = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                b[k++] = *p++;
                ed++;
            }
            if (ed == 0) {
                ok = 0;
            }
        }
        if (p != end) {
            ok = 0;
        }
        b[k] = '\0';
        if (ok) {
            d = strtod(b, NULL);
        }
        if (b != stackbuf) {
            pt_raw_free(b);
        }
        if (ok && isinf(d)) {
            pt_raw_free(owned);
            return pt_err_set_string(pt_exc_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    pt_raw_free(owned);
    if (!ok) {
        return pt_err_set_string(pt_exc_ValueError, "invalid hexadecimal floating-point string");
    }
    PtObject *r = pt_float_new(neg ? -d : d);
    if (r == NULL || cls == (PtObject *)&pt_float_type) {
        return r;
    }
    PtObject *sub = pt_object_call1(cls, r);
    pt_decref(r);
    return sub;
}

static PtObject *float_format_method(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "__format__() argument must be str, not %s", pt_type_name_of(spec));
    }
    return pt_format_float(pt_float_value(self), spec);
}

static PtObject *float_getnewargs(PtObject *self, PtObject *u) {
    PtObject *v = pt_float_new(pt_float_value(self));
    PtObject *t = v != NULL ? pt_tuple_pack(1, v) : NULL;
    pt_xdecref(v);
    return t;
}

// pith's own sizes: an immediate float owns no memory.
static PtObject *float_sizeof(PtObject *self, PtObject *u) {
    return pt_smallint(pt_is_immfloat(self) ? 0 : (int64_t)sizeof(PtFloat));
}

static PtObject *float_getformat(PtObject *cls, PtObject *t) {
    if (!pt_is_str(t)) {
        return pt_err_format(pt_exc_TypeError, "__getformat__() argument must be str, not %s", pt_type_name_of(t));
    }
    if (!pt_str_eq_cstr(t, "double") && !pt_str_eq_cstr(t, "float")) {
        return pt_err_set_string(pt_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return pt_str_from_cstr("IEEE, little-endian");
}

static PtObject *float_get_real(PtObject *self, void *c) { return float_pos(self); }
static PtObject *float_get_imag(PtObject *self, void *c) { return pt_float_new(0.0); }

static const PtMethodDef float_methods[] = {
    {"conjugate", PT_FN(float_conjugate), PT_METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", PT_FN(float_trunc), PT_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", PT_FN(float_floor), PT_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", PT_FN(float_ceil), PT_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", PT_FN(float_round), PT_METH_FAST,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in "
     "round(x, ndigits)."},
    {"as_integer_ratio", PT_FN(float_as_integer_ratio), PT_METH_NOARGS,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with "
     "a positive denominator."},
    {"fromhex", PT_FN(float_fromhex), PT_METH_O | PT_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", PT_FN(float_hex), PT_METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", PT_FN(float_is_integer), PT_METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", PT_FN(float_getnewargs), PT_METH_NOARGS, NULL},
    {"__getformat__", PT_FN(float_getformat), PT_METH_O | PT_METH_CLASS,
     "You probably don't want to use this function."},
    {"__format__", PT_FN(float_format_method), PT_METH_O, "Formats the float according to format_spec."},
    {"__sizeof__", PT_FN(float_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtNumberMethods float_as_number = {
    .add = float_add,
    .sub = float_sub,
    .mul = float_mul,
    .truediv = float_truediv,
    .floordiv = float_floordiv,
    .mod = float_mod,
    .divmod = float_divmod,
    .pow = float_pow,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_pos,
};

PtType pt_float_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "float",
    .tid = PT_TID_FLOAT,
    .basicsize = sizeof(PtFloat),
    .flags = PT_TF_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .as_number = &float_as_number,
    .methods = float_methods,
    .getset = float_getset,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
