// src/obj/complex.c: complex, a pair of doubles.
//
// A complex is always a heap PtComplex {real, imag} (no immediate form). Mixed
// arithmetic converts an int or float operand to complex(x, 0.0) first, as
// CPython 3.11 does, so signed zeros and NaNs come out the same. Division is
// Smith's algorithm (scale by the larger part of the divisor). `**` with a
// small integral exponent (|n| <= 100) multiplies by repeated squaring;
// other exponents go through polar form. repr prints each part like
// float.__repr__ but without a trailing ".0", and drops the real part when it
// is +0.0: 1j, (1+2j), (-0-1j), (nan+infj).
//
// Guards: tests/golden/types/complex_*.
#include <math.h>
#include <string.h>

#include "pith.h"            // the object API
#include "obj/formatspec.h"  // pt_format_complex
#include "obj/num.h"         // pt_num_str_to_ascii, pt_float_parse, pt_num_hash_pointer

typedef struct {
    double real, imag;
} Cx;

#define HASH_IMAG 1000003

static inline Cx cx_value(PtObject *v) {
    PtComplex *c = (PtComplex *)v;
    return (Cx){c->real, c->imag};
}

static inline int is_complex(PtObject *v) {
    return pt_is_heap(v) &&
           (pt_tid(v) == PT_TID_COMPLEX ||
            (pt_tid(v) >= PT_TID_BUILTIN_COUNT && pt_type_is_subtype(pt_type(v), &pt_complex_type)));
}

static PtObject *complex_alloc(PtType *type, double real, double imag) {
    PtComplex *c = (PtComplex *)pt_object_alloc(type, sizeof(PtComplex));
    if (c == NULL) {
        return NULL;
    }
    c->real = real;
    c->imag = imag;
    return (PtObject *)c;
}

PtObject *pt_complex_new(double real, double imag) { return complex_alloc(&pt_complex_type, real, imag); }

static inline PtObject *cx_new(Cx z) { return pt_complex_new(z.real, z.imag); }

static void complex_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtComplex)); }

// ---- Complex arithmetic on C values ----

static inline Cx cx_add(Cx a, Cx b) { return (Cx){a.real + b.real, a.imag + b.imag}; }
static inline Cx cx_sub(Cx a, Cx b) { return (Cx){a.real - b.real, a.imag - b.imag}; }
static inline Cx cx_mul(Cx a, Cx b) {
    return (Cx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// a / b by Smith's method; *zero_div set when b is 0.
static Cx cx_div(Cx a, Cx b, int *zero_div) {
    double abr = fabs(b.real), abi = fabs(b.imag);
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero_div = 1;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return (Cx){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return (Cx){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Cx){NAN, NAN};  // NaNs in the divisor
}

// a ** b through polar form; *domain set for 0 to a negative or complex power.
static Cx cx_pow(Cx a, Cx b, int *domain) {
    if (b.real == 0.0 && b.imag == 0.0) {
        return (Cx){1.0, 0.0};
    }
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            *domain = 1;
        }
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

// a ** n for 0 <= n, by repeated squaring.
static Cx cx_powu(Cx a, long n) {
    Cx r = {1.0, 0.0}, p = a;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = cx_mul(r, p);
        }
        p = cx_mul(p, p);
    }
    return r;
}

PtObject *pt_complex_pow_values(double xr, double xi, double yr, double yi) {
    Cx a = {xr, xi}, b = {yr, yi}, r;
    int domain = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        if (n >= 0) {
            r = cx_powu(a, n);
        } else {
            r = cx_div((Cx){1.0, 0.0}, cx_powu(a, -n), &domain);
        }
    } else {
        r = cx_pow(a, b, &domain);
    }
    if (domain) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (isinf(r.real) || isinf(r.imag)) {
        return pt_err_set_string(pt_exc_OverflowError, "complex exponentiation");
    }
    return cx_new(r);
}

// ---- Operands ----

// An operand of a binary operator as a complex: 1 converted, 0 not a number
// type (NotImplemented), -1 error (an int too large for a float).
static int to_cx(PtObject *v, Cx *out) {
    if (pt_is_immfloat(v) || pt_is_float(v)) {
        *out = (Cx){pt_float_value(v), 0.0};
        return 1;
    }
    if (pt_is_smallint(v)) {
        *out = (Cx){(double)pt_smallint_value(v), 0.0};
        return 1;
    }
    if (pt_is_int(v)) {
        double d = pt_int_as_double(v);
        if (d == -1.0 && pt_err_occurred()) {
            return -1;
        }
        *out = (Cx){d, 0.0};
        return 1;
    }
    if (is_complex(v)) {
        *out = cx_value(v);
        return 1;
    }
    return 0;
}

#define CONVERT_BINOP(a, b, x, y)                \
    Cx x, y;                                     \
    {                                            \
        int ra = to_cx(a, &x);                   \
        int rb = ra > 0 ? to_cx(b, &y) : 0;      \
        if (ra < 0 || rb < 0) {                  \
            return NULL;                         \
        }                                        \
        if (ra == 0 || rb == 0) {                \
            return pt_newref(pt_NotImplemented); \
        }                                        \
    }

static PtObject *complex_add(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return cx_new(cx_add(x, y));
}
static PtObject *complex_sub(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return cx_new(cx_sub(x, y));
}
static PtObject *complex_mul(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    return cx_new(cx_mul(x, y));
}
static PtObject *complex_truediv(PtObject *a, PtObject *b) {
    CONVERT_BINOP(a, b, x, y);
    int zero_div = 0;
    Cx r = cx_div(x, y, &zero_div);
    if (zero_div) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "complex division by zero");
    }
    return cx_new(r);
}

static PtObject *complex_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (mod != pt_None) {
        return pt_err_set_string(pt_exc_ValueError, "complex modulo");
    }
    CONVERT_BINOP(a, b, x, y);
    return pt_complex_pow_values(x.real, x.imag, y.real, y.imag);
}

static PtObject *complex_neg(PtObject *v) {
    Cx z = cx_value(v);
    return pt_complex_new(-z.real, -z.imag);
}

static PtObject *complex_pos(PtObject *v) {
    if (pt_tid(v) == PT_TID_COMPLEX) {
        return pt_newref(v);
    }
    return cx_new(cx_value(v));
}

static PtObject *complex_abs(PtObject *v) {
    Cx z = cx_value(v);
    double r = hypot(z.real, z.imag);  // inf if either part is inf, even with a NaN
    if (isinf(r) && isfinite(z.real) && isfinite(z.imag)) {
        return pt_err_set_string(pt_exc_OverflowError, "absolute value too large");
    }
    return pt_float_new(r);
}

static int complex_bool(PtObject *v) {
    Cx z = cx_value(v);
    return z.real != 0.0 || z.imag != 0.0;
}

// ---- Comparison and hashing ----

static PtObject *complex_richcompare(PtObject *a, PtObject *b, int op) {
    if (op != PT_EQ && op != PT_NE) {
        return pt_newref(pt_NotImplemented);
    }
    Cx x = cx_value(a);
    int eq;
    if (pt_is_int(b)) {
        if (x.imag != 0.0) {
            eq = 0;
        } else {
            // Exact, through float's int comparison.
            PtObject *re = pt_float_new(x.real);
            if (re == NULL) {
                return NULL;
            }
            PtObject *r = pt_object_richcompare(re, b, op);
            pt_decref(re);
            return r;
        }
    } else if (pt_is_immfloat(b) || pt_is_float(b)) {
        eq = x.real == pt_float_value(b) && x.imag == 0.0;
    } else if (is_complex(b)) {
        Cx y = cx_value(b);
        eq = x.real == y.real && x.imag == y.imag;
    } else {
        return pt_newref(pt_NotImplemented);
    }
    return pt_bool(op == PT_EQ ? eq : !eq);
}

static pt_hash complex_hash(PtObject *v) {
    Cx z = cx_value(v);
    pt_hash hr = isnan(z.real) ? pt_num_hash_pointer(v) : pt_float_hash_of(z.real);
    pt_hash hi = isnan(z.imag) ? pt_num_hash_pointer(v) : pt_float_hash_of(z.imag);
    // Unsigned arithmetic: the combination wraps like CPython's.
    uint64_t h = (uint64_t)hr + (uint64_t)HASH_IMAG * (uint64_t)hi;
    pt_hash r = (pt_hash)h;
    return r == -1 ? -2 : r;
}

// ---- repr ----

// repr of one part: float's repr without a trailing ".0"; `sign` forces a '+'.
static size_t part_repr(double d, int sign, char *buf, size_t cap) {
    size_t k = 0;
    if (sign && (!signbit(d) || isnan(d))) {
        buf[k++] = '+';  // NaNs print unsigned
    }
    char tmp[64];
    size_t n = pt_float_format_repr(isnan(d) ? NAN : d, tmp, sizeof tmp);
    if (n >= 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0') {
        n -= 2;
    }
    if (k + n >= cap) {
        n = cap - k - 1;
    }
    memcpy(buf + k, tmp, n);
    k += n;
    buf[k] = '\0';
    return k;
}

static PtObject *complex_repr(PtObject *v) {
    Cx z = cx_value(v);
    char buf[160];
    size_t k = 0;
    if (z.real == 0.0 && !signbit(z.real)) {
        k = part_repr(z.imag, 0, buf, sizeof buf - 2);
        buf[k++] = 'j';
    } else {
        buf[k++] = '(';
        k += part_repr(z.real, 0, buf + k, sizeof buf - k);
        k += part_repr(z.imag, 1, buf + k, sizeof buf - k);
        buf[k++] = 'j';
        buf[k++] = ')';
    }
    return pt_str_from_latin1(buf, k);
}

// ---- Construction ----

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Scan one float literal at *pp (an optional sign, digits, a fraction and an
// exponent; or inf/infinity/nan; underscores are gone already). 1 and the
// value with *pp moved past it, or 0 with *pp unchanged.
static int scan_float(const char **pp, const char *end, double *out) {
    const char *p = *pp, *q = p;
    if (q < end && (*q == '+' || *q == '-')) {
        q++;
    }
    // inf, infinity, nan
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - q) >= n) {
            size_t i = 0;
            while (i < n && (q[i] | 0x20) == words[w][i]) {
                i++;
            }
            if (i == n) {
                return pt_float_parse(p, (size_t)(q + n - p), out) == 0 ? (*pp = q + n, 1) : 0;
            }
        }
    }
    int digits = 0;
    while (q < end && *q >= '0' && *q <= '9') {
        digits++;
        q++;
    }
    if (q < end && *q == '.') {
        q++;
        while (q < end && *q >= '0' && *q <= '9') {
            digits++;
            q++;
        }
    }
    if (digits == 0) {
        return 0;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) {
            e++;
        }
        if (e < end && *e >= '0' && *e <= '9') {
            q = e;
            while (q < end && *q >= '0' && *q <= '9') {
                q++;
            }
        }
    }
    if (pt_float_parse(p, (size_t)(q - p), out) != 0) {
        return 0;
    }
    *pp = q;
    return 1;
}

// complex(str): "[ws][(][ws]<real>|<imag>j|<real><signed imag>j[ws][)][ws]".
static int parse_complex(const char *s, size_t len, Cx *out) {
    const char *p = s, *end = s + len;
    if (memchr(s, '\0', len) != NULL) {
        return -1;
    }
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    if (p < end && *p == '(') {
        if (end[-1] != ')') {
            return -1;
        }
        p++;
        end--;
        while (p < end && is_space(*p)) {
            p++;
        }
        while (end > p && is_space(end[-1])) {
            end--;
        }
    }
    if (p == end) {
        return -1;
    }
    double x = 0.0, y = 0.0;
    if (scan_float(&p, end, &x)) {
        if (p == end) {
            *out = (Cx){x, 0.0};
            return 0;
        }
        if (*p == 'j' || *p == 'J') {
            *out = (Cx){0.0, x};
            return p + 1 == end ? 0 : -1;
        }
        if (*p != '+' && *p != '-') {
            return -1;
        }
        // <real><signed imag>j or <real><sign>j
        if (!scan_float(&p, end, &y)) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        }
        if (p < end && (*p == 'j' || *p == 'J') && p + 1 == end) {
            *out = (Cx){x, y};
            return 0;
        }
        return -1;
    }
    // j, +j, -j
    if (*p == '+' || *p == '-') {
        y = *p == '+' ? 1.0 : -1.0;
        p++;
    } else {
        y = 1.0;
    }
    if (p < end && (*p == 'j' || *p == 'J') && p + 1 == end) {
        *out = (Cx){0.0, y};
        return 0;
    }
    return -1;
}

static PtObject *complex_from_string(PtType *type, PtObject *v) {
    const char *s;
    size_t len;
    char *owned = NULL;
    if (pt_is_str(v)) {
        s = pt_str_ascii(v, &len);
        if (s == NULL) {
            owned = pt_num_str_to_ascii(v, &len);
            if (owned == NULL) {
                return NULL;
            }
            s = owned;
        }
    } else if (pt_is_bytes(v)) {
        s = pt_bytes_data(v);
        len = (size_t)pt_bytes_len(v);
    } else {
        s = pt_bytearray_data(v);
        len = (size_t)pt_bytearray_len(v);
    }
    Cx z;
    int rc;
    if (memchr(s, '_', len) != NULL) {
        // Underscores must sit between digits; they are dropped before parsing.
        char *buf = pt_raw_alloc(len + 1);
        if (buf == NULL) {
            pt_raw_free(owned);
            return pt_err_no_memory();
        }
        size_t k = 0;
        int ok = 1;
        for (size_t i = 0; i < len; i++) {
            if (s[i] != '_') {
                buf[k++] = s[i];
            } else if (i == 0 || i + 1 == len || !(s[i - 1] >= '0' && s[i - 1] <= '9') ||
                       !(s[i + 1] >= '0' && s[i + 1] <= '9')) {
                ok = 0;
            }
        }
        rc = ok ? parse_complex(buf, k, &z) : -2;
        pt_raw_free(buf);
    } else {
        rc = parse_complex(s, len, &z);
    }
    pt_raw_free(owned);
    if (rc == -2) {
        return pt_err_format(pt_exc_ValueError, "could not convert string to complex: %R", v);
    }
    if (rc < 0) {
        return pt_err_set_string(pt_exc_ValueError, "complex() arg is a malformed string");
    }
    return complex_alloc(type, z.real, z.imag);
}

// r.__complex__() if r's type defines it: 1 and *out (a new complex), 0 if
// not defined, -1 on error.
static int try_complex_method(PtObject *r, PtObject **out) {
    *out = NULL;
    if (pt_type_lookup(pt_type(r), PT_ID(__complex__)) == NULL) {
        return 0;
    }
    PtObject *c = pt_object_call_method(r, PT_ID(__complex__), NULL, 0, NULL);
    if (c == NULL) {
        return -1;
    }
    if (!is_complex(c)) {
        pt_err_format(pt_exc_TypeError, "__complex__ returned non-complex (type %s)", pt_type_name_of(c));
        pt_decref(c);
        return -1;
    }
    *out = c;
    return 1;
}

static int has_float_or_index(PtObject *v) {
    PtType *t = pt_type(v);
    return pt_is_int(v) || pt_is_float(v) ||
           (t->as_number != NULL && (t->as_number->float_ != NULL || t->as_number->index != NULL));
}

static PtObject *complex_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *r = NULL, *i = NULL;
    static const char *const kwlist[] = {"real", "imag", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|OO:complex", kwlist, &r, &i) < 0) {
        return NULL;
    }
    if (r == NULL) {
        r = pt_smallint(0);
    }
    if (type == &pt_complex_type && i == NULL && pt_tid(r) == PT_TID_COMPLEX) {
        return pt_newref(r);
    }
    if (pt_is_str(r) || pt_is_bytes(r) || pt_is_bytearray(r)) {
        if (!pt_is_str(r)) {
            return pt_err_format(pt_exc_TypeError,
                                 "complex() first argument must be a string or a number, not '%s'",
                                 pt_type_name_of(r));
        }
        if (i != NULL) {
            return pt_err_set_string(pt_exc_TypeError, "complex() can't take second arg if first is a string");
        }
        return complex_from_string(type, r);
    }
    if (i != NULL && pt_is_str(i)) {
        return pt_err_set_string(pt_exc_TypeError, "complex() second arg can't be a string");
    }
    PtObject *own_r = NULL;
    if (try_complex_method(r, &own_r) < 0) {
        return NULL;
    }
    if (own_r != NULL) {
        r = own_r;
    }
    PtObject *result = NULL;
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    if (!is_complex(r) && !has_float_or_index(r)) {
        pt_err_format(pt_exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                      pt_type_name_of(r));
        goto done;
    }
    if (i != NULL && !is_complex(i) && !has_float_or_index(i)) {
        pt_err_format(pt_exc_TypeError, "complex() second argument must be a number, not '%s'", pt_type_name_of(i));
        goto done;
    }
    if (is_complex(r)) {
        cr = cx_value(r);
        cr_is_complex = 1;
    } else {
        cr.real = pt_float_as_double(r);
        if (cr.real == -1.0 && pt_err_occurred()) {
            goto done;
        }
    }
    if (i == NULL) {
        ci.real = cr.imag;
    } else if (is_complex(i)) {
        ci = cx_value(i);
        ci_is_complex = 1;
    } else {
        ci.real = pt_float_as_double(i);
        if (ci.real == -1.0 && pt_err_occurred()) {
            goto done;
        }
    }
    // complex(a+bj, c+dj) == (a - d) + (b + c)j
    if (ci_is_complex) {
        cr.real -= ci.imag;
    }
    if (cr_is_complex && i != NULL) {
        ci.real += cr.imag;
    }
    result = complex_alloc(type, cr.real, ci.real);
done:
    pt_xdecref(own_r);
    return result;
}

// ---- Methods and attributes ----

static PtObject *complex_conjugate(PtObject *self, PtObject *u) {
    Cx z = cx_value(self);
    return pt_complex_new(z.real, -z.imag);
}

static PtObject *complex_complex(PtObject *self, PtObject *u) { return complex_pos(self); }

static PtObject *complex_getnewargs(PtObject *self, PtObject *u) {
    Cx z = cx_value(self);
    PtObject *re = pt_float_new(z.real), *im = pt_float_new(z.imag);
    PtObject *t = re != NULL && im != NULL ? pt_tuple_pack(2, re, im) : NULL;
    pt_xdecref(re);
    pt_xdecref(im);
    return t;
}

static PtObject *complex_format(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "__format__() argument must be str, not %s", pt_type_name_of(spec));
    }
    if (pt_str_len(spec) == 0) {
        return pt_object_str(self);
    }
    Cx z = cx_value(self);
    return pt_format_complex(z.real, z.imag, spec);
}

static PtObject *complex_sizeof(PtObject *self, PtObject *u) { return pt_smallint((int64_t)sizeof(PtComplex)); }

static const PtMethodDef complex_methods[] = {
    {"conjugate", PT_FN(complex_conjugate), PT_METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", PT_FN(complex_complex), PT_METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", PT_FN(complex_getnewargs), PT_METH_NOARGS, NULL},
    {"__format__", PT_FN(complex_format), PT_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", PT_FN(complex_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef complex_members[] = {
    {"real", PT_MEMBER_DOUBLE, offsetof(PtComplex, real), PT_MEMBER_READONLY, "the real part of a complex number"},
    {"imag", PT_MEMBER_DOUBLE, offsetof(PtComplex, imag), PT_MEMBER_READONLY, "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL},
};

static PtNumberMethods complex_as_number = {
    .add = complex_add,
    .sub = complex_sub,
    .mul = complex_mul,
    .truediv = complex_truediv,
    .pow = complex_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .bool_ = complex_bool,
};

PtType pt_complex_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "complex",
    .tid = PT_TID_COMPLEX,
    .basicsize = sizeof(PtComplex),
    .flags = PT_TF_BASETYPE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .members = complex_members,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + "
           "imag*1j) where imag defaults to 0.",
};
