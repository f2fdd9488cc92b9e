// src/obj/float.c: float (and its repr, hashing and mixed int/float comparison).
//
// Most floats are immediates (object.h); the rest, and instances of float
// subclasses, are PtFloat boxes. All arithmetic reads doubles through
// pt_float_value and makes results with pt_float_new, which picks the
// representation. Semantics follow CPython: `//` and `%` floor, `%` takes the
// sign of the divisor, comparisons with ints are exact (never through a
// lossy conversion), hash(x) == hash(int(x)) for integral x, and repr gives
// the shortest string that round-trips.
//
// Guards: tests/golden/types/float_*.
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"            // the object API
#include "obj/formatspec.h"  // pt_format_float

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_BITS 61

PtObject *pt_float_box(double d) {
    PtFloat *f = (PtFloat *)pt_object_alloc(&pt_float_type, sizeof(PtFloat));
    if (f == NULL) {
        return NULL;
    }
    f->value = d;
    return (PtObject *)f;
}

int pt_is_float(PtObject *v) {
    return pt_is_immfloat(v) || (pt_is_heap(v) && pt_type_is_subtype(pt_type(v), &pt_float_type));
}

double pt_float_as_double(PtObject *v) {
    if (pt_is_float(v)) {
        return pt_float_value(v);
    }
    if (pt_is_smallint(v)) {
        return (double)pt_smallint_value(v);
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

size_t pt_float_format_repr(double d, char *buf, size_t bufsize) {
    if (isnan(d)) {
        return (size_t)snprintf(buf, bufsize, "nan");
    }
    if (isinf(d)) {
        return (size_t)snprintf(buf, bufsize, d > 0 ? "inf" : "-inf");
    }
    // Shortest precision that round-trips, then CPython's layout: positional
    // for exponents in [-4, 16), scientific otherwise, always with a '.0' or
    // an exponent so the text reads back as a float.
    char digits[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, d);
        if (strtod(digits, NULL) == d) {
            break;
        }
    }
    // digits: [-]D[.DDD]e[+-]XX
    const char *p = digits;
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    char mant[24];
    int nm = 0;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            mant[nm++] = *p;
        }
    }
    mant[nm] = '\0';
    while (nm > 1 && mant[nm - 1] == '0') {
        mant[--nm] = '\0';
    }
    int exp = atoi(p + 1);
    char out[64];
    int k = 0;
    if (neg) {
        out[k++] = '-';
    }
    if (exp >= -5 && exp < 16) {
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

// CPython's numeric hash: the value modulo 2**61 - 1, computed exactly from
// the mantissa and exponent, so equal ints and floats hash alike.
pt_hash pt_float_hash_of(double d) {
    if (isinf(d)) {
        return d > 0 ? 314159 : -314159;
    }
    if (isnan(d)) {
        return 0;
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    pt_hash h = (pt_hash)x * sign;
    return h == -1 ? -2 : h;
}

static pt_hash float_hash(PtObject *v) { return pt_float_hash_of(pt_float_value(v)); }

// ---- Arithmetic ----

// Convert an operand to double: floats and ints; 0 means "not a number type".
static int to_double(PtObject *v, double *out) {
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

#define CONVERT_BINOP(a, b, x, y)                    \
    double x, y;                                     \
    {                                                \
        int ra = to_double(a, &x);                   \
        int rb = ra > 0 ? to_double(b, &y) : 0;      \
        if (ra < 0 || rb < 0) {                      \
            return NULL;                             \
        }                                            \
        if (ra == 0 || rb == 0) {                    \
            return pt_newref(pt_NotImplemented);     \
        }                                            \
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

// Python's float divmod: floor quotient, remainder with the divisor's sign.
static void float_divmod_core(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *q = floordiv;
    *r = mod;
}

static PtObject *float_floordiv(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float floor division by zero");
    }
    double q, r;
    float_divmod_core(x, y, &q, &r);
    return pt_float_new(q);
}

static PtObject *float_mod(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float modulo");
    }
    double q, r;
    float_divmod_core(x, y, &q, &r);
    return pt_float_new(r);
}

static PtObject *float_divmod(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float divmod()");
    }
    double q, r;
    float_divmod_core(x, y, &q, &r);
    PtObject *fq = pt_float_new(q), *fr = pt_float_new(r);
    PtObject *t = fq != NULL && fr != NULL ? pt_tuple_pack(2, fq, fr) : NULL;
    pt_xdecref(fq);
    pt_xdecref(fr);
    return t;
}

static PtObject *float_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (mod != pt_None) {
        return pt_err_set_string(pt_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    CONVERT_BINOP(a, b, x, y);
    if (y == 0.0) {
        return pt_float_new(1.0);
    }
    if (isnan(x)) {
        return pt_float_new(y == 0.0 ? 1.0 : x);
    }
    if (x == 0.0 && y < 0.0 && !isinf(y)) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (x < 0.0 && y != floor(y) && !isinf(y)) {
        // A negative base to a fractional power is complex.
        PtObject *ca = pt_complex_new(x, 0.0);
        if (ca == NULL) {
            return NULL;
        }
        PtObject *r = pt_number_power(ca, b, pt_None);
        pt_decref(ca);
        return r;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y)) {
        return pt_err_set_string(pt_exc_OverflowError, "(34, 'Numerical result out of range')");
    }
    return pt_float_new(r);
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

// Compare a double with an int exactly. Returns -1, 0, 1 (x < n ...), or 2
// for unordered (NaN).
static int compare_double_int(double x, PtObject *n) {
    if (isnan(x)) {
        return 2;
    }
    if (isinf(x)) {
        return x > 0 ? 1 : -1;
    }
    int64_t i;
    int overflow = 0;
    i = pt_int_as_i64_overflow(n, &overflow);
    if (!overflow && i > -(1LL << 53) && i < (1LL << 53)) {
        double y = (double)i;
        return (x > y) - (x < y);
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
    if (pt_is_float(b)) {
        double y = pt_float_value(b);
        if (isnan(x) || isnan(y)) {
            c = 2;
        } else {
            c = (x > y) - (x < y);
        }
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
    return pt_newref(pt_bool(r));
}

// ---- Construction ----

// Parse a float literal the way float() does: whitespace, underscores between
// digits, "inf"/"infinity"/"nan" in any case. 0 on success.
static int parse_float(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) {
        p++;
    }
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) {
        end--;
    }
    if (p == end) {
        return -1;
    }
    char buf[512];
    char *dyn = NULL, *b = buf;
    size_t n = (size_t)(end - p);
    if (n >= sizeof buf) {
        dyn = pt_raw_alloc(n + 1);
        if (dyn == NULL) {
            return -1;
        }
        b = dyn;
    }
    size_t k = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            // Only between two digits.
            if (q == p || q + 1 == end || !(q[-1] >= '0' && q[-1] <= '9') || !(q[1] >= '0' && q[1] <= '9')) {
                pt_raw_free(dyn);
                return -1;
            }
            continue;
        }
        b[k++] = *q;
    }
    b[k] = '\0';
    const char *t = b;
    int neg = 0;
    if (*t == '+' || *t == '-') {
        neg = *t == '-';
        t++;
    }
    int rc = 0;
    if (strcasecmp(t, "inf") == 0 || strcasecmp(t, "infinity") == 0) {
        *out = neg ? -INFINITY : INFINITY;
    } else if (strcasecmp(t, "nan") == 0) {
        *out = neg ? -NAN : NAN;
    } else {
        // Reject hex floats and other strtod extensions: digits, '.', exponent only.
        for (const char *q = t; *q; q++) {
            if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' || *q == '-')) {
                rc = -1;
                break;
            }
        }
        if (rc == 0) {
            char *endp;
            errno = 0;
            double d = strtod(b, &endp);
            if (*endp != '\0' || endp == b) {
                rc = -1;
            } else {
                *out = d;
            }
        }
    }
    pt_raw_free(dyn);
    return rc;
}

static PtObject *float_from_string(PtObject *x) {
    PtObject *bytes = NULL;
    const char *s;
    size_t len;
    if (pt_is_str(x)) {
        s = pt_str_ascii(x, &len);
        if (s == NULL) {
            // Map Unicode digits and spaces the way int() does: encode and retry.
            bytes = pt_str_encode_utf8(x);
            if (bytes == NULL) {
                return NULL;
            }
            s = pt_bytes_data(bytes);
            len = (size_t)pt_bytes_len(bytes);
        }
    } else if (pt_is_bytes(x)) {
        s = pt_bytes_data(x);
        len = (size_t)pt_bytes_len(x);
    } else {
        s = pt_bytearray_data(x);
        len = (size_t)pt_bytearray_len(x);
    }
    double d;
    int rc = parse_float(s, len, &d);
    pt_xdecref(bytes);
    if (rc < 0) {
        PtObject *r = pt_object_repr(x);
        if (r != NULL) {
            pt_err_format(pt_exc_ValueError, "could not convert string to float: %U", r);
            pt_decref(r);
        }
        return NULL;
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
        if (pt_is_str(x) || pt_is_bytes(x) || pt_is_bytearray(x)) {
            r = float_from_string(x);
        } else if (pt_is_float_exact(x)) {
            r = pt_newref(x);
        } else {
            PtType *t = pt_type(x);
            if (!pt_is_int(x) && (t->as_number == NULL || (t->as_number->float_ == NULL && t->as_number->index == NULL))) {
                return pt_err_format(pt_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                                     pt_type_name(t));
            }
            double d = pt_float_as_double(x);
            if (d == -1.0 && pt_err_occurred()) {
                return NULL;
            }
            r = pt_float_new(d);
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
    return pt_newref(pt_bool(isfinite(d) && floor(d) == d));
}

static PtObject *float_as_integer_ratio(PtObject *self, PtObject *u) {
    double d = pt_float_value(self);
    if (isinf(d)) {
        return pt_err_set_string(pt_exc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        return pt_err_set_string(pt_exc_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    PtObject *num = pt_int_from_double(m), *den = pt_smallint(1), *r = NULL;
    if (num == NULL) {
        return NULL;
    }
    PtObject *shift = pt_int_from_i64(e < 0 ? -e : e);
    if (e > 0) {
        PtObject *n2 = pt_number_binop(num, shift, PT_BINOP_LSHIFT);
        pt_decref(num);
        num = n2;
    } else if (e < 0) {
        den = pt_number_binop(pt_smallint(1), shift, PT_BINOP_LSHIFT);
    }
    pt_decref(shift);
    if (num != NULL && den != NULL) {
        r = pt_tuple_pack(2, num, den);
    }
    pt_xdecref(num);
    pt_xdecref(den);
    return r;
}

static PtObject *float_conjugate(PtObject *self, PtObject *u) { return float_pos(self); }

static PtObject *float_trunc(PtObject *self, PtObject *u) { return pt_int_from_double(pt_float_value(self)); }
static PtObject *float_floor(PtObject *self, PtObject *u) { return pt_int_from_double(floor(pt_float_value(self))); }
static PtObject *float_ceil(PtObject *self, PtObject *u) { return pt_int_from_double(ceil(pt_float_value(self))); }

// round(x, n): correctly rounded through the shortest decimal string with n digits.
static PtObject *float_round(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    double x = pt_float_value(self);
    if (nargs == 0 || args[0] == pt_None) {
        double r = nearbyint(x);  // default rounding mode: half to even
        if (isnan(x)) {
            return pt_err_set_string(pt_exc_ValueError, "cannot convert float NaN to integer");
        }
        if (isinf(x)) {
            return pt_err_set_string(pt_exc_OverflowError, "cannot convert float infinity to integer");
        }
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
    if (overflow > 0 || n > 330) {
        return pt_float_new(x);
    }
    if (overflow < 0 || n < -330) {
        return pt_float_new(copysign(0.0, x));
    }
    // Format with n digits after the point (glibc rounds the exact binary value
    // half-to-even), then read back: the correctly rounded result.
    char buf[512];
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return pt_float_new(strtod(buf, NULL));
    }
    double p = pow(10.0, (double)-n);
    double y = x / p;
    double z = nearbyint(y);
    if (fabs(y - trunc(y)) == 0.5) {
        z = 2.0 * nearbyint(y / 2.0);
    }
    double r = z * p;
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
    int e;
    double m = frexp(fabs(d), &e);
    // Normalise to 1.xxx * 2**(e-1) (subnormals keep the minimum exponent).
    int shift = 1;
    e -= 1;
    if (e < DBL_MIN_EXP - 1) {
        shift += e - (DBL_MIN_EXP - 1);
        e = DBL_MIN_EXP - 1;
    }
    m = ldexp(m, shift);
    char buf[64];
    int k = snprintf(buf, sizeof buf, "%s0x%d.", d < 0 ? "-" : "", (int)m);
    m -= floor(m);
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int digit = (int)m;
        buf[k++] = "0123456789abcdef"[digit];
        m -= digit;
    }
    k += snprintf(buf + k, sizeof buf - (size_t)k, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return pt_str_from_latin1(buf, (size_t)k);
}

static PtObject *float_fromhex(PtObject *cls, PtObject *s) {
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "fromhex() argument must be str, not %s", pt_type_name_of(s));
    }
    size_t len;
    const char *a = pt_str_ascii(s, &len);
    if (a == NULL) {
        return pt_err_set_string(pt_exc_ValueError, "invalid hexadecimal floating-point string");
    }
    char *end;
    const char *p = a;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
        p++;
    }
    double d = strtod(p, &end);
    while (*end == ' ' || (*end >= '\t' && *end <= '\r')) {
        end++;
    }
    if (end == p || *end != '\0') {
        return pt_err_set_string(pt_exc_ValueError, "invalid hexadecimal floating-point string");
    }
    PtObject *r = pt_float_new(d);
    if (r == NULL || cls == (PtObject *)&pt_float_type) {
        return r;
    }
    PtObject *sub = pt_object_call1(cls, r);
    pt_decref(r);
    return sub;
}

static PtObject *float_format_method(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "format() argument 2 must be str, not %s", pt_type_name_of(spec));
    }
    return pt_format_float(pt_float_value(self), spec);
}

static PtObject *float_getnewargs(PtObject *self, PtObject *u) {
    PtObject *v = pt_float_new(pt_float_value(self));
    PtObject *t = v != NULL ? pt_tuple_pack(1, v) : NULL;
    pt_xdecref(v);
    return t;
}

static PtObject *float_sizeof(PtObject *self, PtObject *u) {
    return pt_int_from_i64(pt_is_immfloat(self) ? 0 : (int64_t)sizeof(PtFloat));
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
    {"is_integer", PT_FN(float_is_integer), PT_METH_NOARGS, "Return True if the float is an integer."},
    {"as_integer_ratio", PT_FN(float_as_integer_ratio), PT_METH_NOARGS, "Return integer ratio."},
    {"conjugate", PT_FN(float_conjugate), PT_METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"hex", PT_FN(float_hex), PT_METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", PT_FN(float_fromhex), PT_METH_O | PT_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", PT_FN(float_trunc), PT_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", PT_FN(float_floor), PT_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", PT_FN(float_ceil), PT_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", PT_FN(float_round), PT_METH_FAST, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", PT_FN(float_format_method), PT_METH_O, "Formats the float according to format_spec."},
    {"__getnewargs__", PT_FN(float_getnewargs), PT_METH_NOARGS, NULL},
    {"__sizeof__", PT_FN(float_sizeof), PT_METH_NOARGS, NULL},
    {"__getformat__", PT_FN(float_getformat), PT_METH_O | PT_METH_CLASS, NULL},
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
