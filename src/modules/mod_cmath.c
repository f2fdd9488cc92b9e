// src/modules/mod_cmath.c: the cmath module (complex versions of the math functions).
//
// Finite arguments use the formulas CPython uses, after Kahan ("Branch Cuts
// for Complex Elementary Functions"): square roots of 1 +- z for the inverse
// functions, log|z| through log1p near the unit circle, and rescaling where
// an intermediate would overflow, so results match CPython's to the bit.
// Infinite and NaN arguments follow C99 Annex G, taken from the C library's
// complex functions, plus CPython's rule of which special values raise
// ValueError ("math domain error"). A finite argument whose result overflows
// raises OverflowError ("math range error").
//
// Guards: tests/golden/modules/cmath/.
#include <complex.h>
#include <float.h>
#include <math.h>

#include "pith.h"  // the object API

typedef struct {
    double real, imag;
} Cx;

// Magnitudes beyond which intermediates (squares, 1 +- z) would overflow.
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153  // sqrt(LARGE_DOUBLE)
#define LOG_LARGE_DOUBLE 708.39641853226408       // log(LARGE_DOUBLE)
#define SQRT_DBL_MIN 1.4916681462400413e-154      // sqrt(DBL_MIN)
#define SCALE_UP 53                                // DBL_MANT_DIG

enum { CM_OK = 0, CM_DOMAIN, CM_RANGE };

static inline int cx_finite(Cx z) { return isfinite(z.real) && isfinite(z.imag); }
static inline Cx from_c99(double complex c) { return (Cx){creal(c), cimag(c)}; }
static inline double complex to_c99(Cx z) { return CMPLX(z.real, z.imag); }

// ---- The functions on C values; *err gets CM_DOMAIN or CM_RANGE ----

static Cx c_sqrt(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(csqrt(to_c99(z)));
    }
    if (z.real == 0.0 && z.imag == 0.0) {
        return (Cx){0.0, z.imag};
    }
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Scale subnormals up by 2**53; sqrt(2**53 t) * 2**-27 == sqrt(t / 2).
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), -(SCALE_UP + 1) / 2);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0) {
        return (Cx){s, copysign(d, z.imag)};
    }
    return (Cx){d, copysign(s, z.imag)};
}

static Cx c_exp(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0))) {
            *err = CM_DOMAIN;
        }
        return from_c99(cexp(to_c99(z)));
    }
    Cx r;
    if (z.real > LOG_LARGE_DOUBLE) {
        double l = exp(z.real - 1.0);
        r = (Cx){l * cos(z.imag) * M_E, l * sin(z.imag) * M_E};
    } else {
        double l = exp(z.real);
        r = (Cx){l * cos(z.imag), l * sin(z.imag)};
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_RANGE;
    }
    return r;
}

static Cx c_log(Cx z, int *err) {
    if (!cx_finite(z)) {
        return from_c99(clog(to_c99(z)));
    }
    double ax = fabs(z.real), ay = fabs(z.imag), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            re = -INFINITY;
            *err = CM_DOMAIN;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return (Cx){re, atan2(z.imag, z.real)};
}

static Cx c_asinh(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(casinh(to_c99(z)));
    }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        double re = z.imag >= 0 ? copysign(log(hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0, z.real)
                                : -copysign(log(hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0, -z.real);
        return (Cx){re, atan2(z.imag, fabs(z.real))};
    }
    Cx s1 = c_sqrt((Cx){1.0 + z.imag, -z.real});
    Cx s2 = c_sqrt((Cx){1.0 - z.imag, z.real});
    return (Cx){asinh(s1.real * s2.imag - s2.real * s1.imag), atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag)};
}

static Cx c_asin(Cx z) {
    Cx s = c_asinh((Cx){-z.imag, z.real});
    return (Cx){s.imag, -s.real};
}

static Cx c_acos(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(cacos(to_c99(z)));
    }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        double re = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0;
        return (Cx){re, z.real < 0 ? -copysign(l, z.imag) : copysign(l, -z.imag)};
    }
    Cx s1 = c_sqrt((Cx){1.0 - z.real, -z.imag});
    Cx s2 = c_sqrt((Cx){1.0 + z.real, z.imag});
    return (Cx){2.0 * atan2(s1.real, s2.real), asinh(s2.real * s1.imag - s2.imag * s1.real)};
}

static Cx c_acosh(Cx z) {
    if (!cx_finite(z)) {
        return from_c99(cacosh(to_c99(z)));
    }
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        return (Cx){log(hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0, atan2(z.imag, z.real)};
    }
    Cx s1 = c_sqrt((Cx){z.real - 1.0, z.imag});
    Cx s2 = c_sqrt((Cx){z.real + 1.0, z.imag});
    return (Cx){asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * atan2(s1.imag, s2.real)};
}

static Cx c_atanh(Cx z, int *err) {
    if (!cx_finite(z)) {
        return from_c99(catanh(to_c99(z)));
    }
    if (z.real < 0.0) {
        // atanh is odd: work in the right half-plane.
        Cx r = c_atanh((Cx){-z.real, -z.imag}, err);
        return (Cx){-r.real, -r.imag};
    }
    double ay = fabs(z.imag);
    if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.real / 2.0, z.imag / 2.0);
        return (Cx){z.real / 4.0 / h / h, -copysign(M_PI / 2.0, -z.imag)};
    }
    if (z.real == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            *err = CM_DOMAIN;
            return (Cx){INFINITY, z.imag};
        }
        return (Cx){-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.imag)};
    }
    double one_minus = 1.0 - z.real;
    return (Cx){log1p(4.0 * z.real / (one_minus * one_minus + ay * ay)) / 4.0,
                -atan2(-2.0 * z.imag, one_minus * (1.0 + z.real) - ay * ay) / 2.0};
}

static Cx c_atan(Cx z, int *err) {
    Cx s = c_atanh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

static Cx c_cosh(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.imag) && !isnan(z.real)) {
            *err = CM_DOMAIN;
        }
        return from_c99(ccosh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        double xm1 = z.real - copysign(1.0, z.real);
        r = (Cx){cos(z.imag) * cosh(xm1) * M_E, sin(z.imag) * sinh(xm1) * M_E};
    } else {
        r = (Cx){cos(z.imag) * cosh(z.real), sin(z.imag) * sinh(z.real)};
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_RANGE;
    }
    return r;
}

static Cx c_sinh(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.imag) && !isnan(z.real)) {
            *err = CM_DOMAIN;
        }
        return from_c99(csinh(to_c99(z)));
    }
    Cx r;
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        double xm1 = z.real - copysign(1.0, z.real);
        r = (Cx){cos(z.imag) * sinh(xm1) * M_E, sin(z.imag) * cosh(xm1) * M_E};
    } else {
        r = (Cx){cos(z.imag) * sinh(z.real), sin(z.imag) * cosh(z.real)};
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_RANGE;
    }
    return r;
}

static Cx c_tanh(Cx z, int *err) {
    if (!cx_finite(z)) {
        if (isinf(z.imag) && isfinite(z.real)) {
            *err = CM_DOMAIN;
        }
        return from_c99(ctanh(to_c99(z)));
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        return (Cx){copysign(1.0, z.real), 4.0 * sin(z.imag) * cos(z.imag) * exp(-2.0 * fabs(z.real))};
    }
    double tx = tanh(z.real), ty = tan(z.imag), cx = 1.0 / cosh(z.real);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return (Cx){tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// sin, cos, tan through the hyperbolic functions of i*z.
static Cx c_cos(Cx z, int *err) { return c_cosh((Cx){-z.imag, z.real}, err); }
static Cx c_sin(Cx z, int *err) {
    Cx s = c_sinh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}
static Cx c_tan(Cx z, int *err) {
    Cx s = c_tanh((Cx){-z.imag, z.real}, err);
    return (Cx){s.imag, -s.real};
}

// ---- Arguments and results ----

// Any number as a complex: complex, __complex__, or a real number. 0 or -1.
static int get_cx(PtObject *v, Cx *out) {
    if (pt_type(v) == &pt_complex_type) {
        PtComplex *c = (PtComplex *)v;
        *out = (Cx){c->real, c->imag};
        return 0;
    }
    if (pt_is_immfloat(v) || pt_is_float(v)) {
        *out = (Cx){pt_float_value(v), 0.0};
        return 0;
    }
    if (pt_object_typecheck(v, &pt_complex_type) || pt_type_lookup(pt_type(v), PT_ID(__complex__)) != NULL) {
        PtObject *c = pt_object_call1((PtObject *)&pt_complex_type, v);
        if (c == NULL) {
            return -1;
        }
        *out = (Cx){((PtComplex *)c)->real, ((PtComplex *)c)->imag};
        pt_decref(c);
        return 0;
    }
    double d = pt_float_as_double(v);
    if (d == -1.0 && pt_err_occurred()) {
        return -1;
    }
    *out = (Cx){d, 0.0};
    return 0;
}

static PtObject *result(Cx r, int err) {
    if (err == CM_DOMAIN) {
        return pt_err_set_string(pt_exc_ValueError, "math domain error");
    }
    if (err == CM_RANGE) {
        return pt_err_set_string(pt_exc_OverflowError, "math range error");
    }
    return pt_complex_new(r.real, r.imag);
}

#define CMATH_FUNC(name, expr)                                  \
    static PtObject *cmath_##name(PtObject *self, PtObject *arg) { \
        Cx z;                                                   \
        int err = CM_OK;                                        \
        if (get_cx(arg, &z) < 0) {                              \
            return NULL;                                        \
        }                                                       \
        Cx r_ = expr;                                           \
        return result(r_, err);                                 \
    }

CMATH_FUNC(acos, c_acos(z))
CMATH_FUNC(acosh, c_acosh(z))
CMATH_FUNC(asin, c_asin(z))
CMATH_FUNC(asinh, c_asinh(z))
CMATH_FUNC(atan, c_atan(z, &err))
CMATH_FUNC(atanh, c_atanh(z, &err))
CMATH_FUNC(cos, c_cos(z, &err))
CMATH_FUNC(cosh, c_cosh(z, &err))
CMATH_FUNC(exp, c_exp(z, &err))
CMATH_FUNC(sin, c_sin(z, &err))
CMATH_FUNC(sinh, c_sinh(z, &err))
CMATH_FUNC(sqrt, c_sqrt(z))
CMATH_FUNC(tan, c_tan(z, &err))
CMATH_FUNC(tanh, c_tanh(z, &err))

static PtObject *cmath_log10(PtObject *self, PtObject *arg) {
    Cx z;
    int err = CM_OK;
    if (get_cx(arg, &z) < 0) {
        return NULL;
    }
    Cx r = c_log(z, &err);
    return result((Cx){r.real / M_LN10, r.imag / M_LN10}, err);
}

static PtObject *cmath_log(PtObject *self, PtObject *const *args, size_t nargs) {
    Cx z, b;
    int err = CM_OK;
    if (pt_check_nargs("log", nargs, 1, 2) < 0 || get_cx(args[0], &z) < 0) {
        return NULL;
    }
    Cx r = c_log(z, &err);
    if (nargs == 2) {
        if (get_cx(args[1], &b) < 0) {
            return NULL;
        }
        Cx lb = c_log(b, &err);
        // r / lb by Smith's method; a zero divisor is a domain error here.
        double abr = fabs(lb.real), abi = fabs(lb.imag);
        if (abr >= abi) {
            if (abr == 0.0) {
                return result(r, CM_DOMAIN);
            }
            double ratio = lb.imag / lb.real, denom = lb.real + lb.imag * ratio;
            r = (Cx){(r.real + r.imag * ratio) / denom, (r.imag - r.real * ratio) / denom};
        } else if (abi >= abr) {
            double ratio = lb.real / lb.imag, denom = lb.real * ratio + lb.imag;
            r = (Cx){(r.real * ratio + r.imag) / denom, (r.imag * ratio - r.real) / denom};
        } else {
            r = (Cx){NAN, NAN};
        }
    }
    return result(r, err);
}

static PtObject *cmath_phase(PtObject *self, PtObject *arg) {
    Cx z;
    if (get_cx(arg, &z) < 0) {
        return NULL;
    }
    return pt_float_new(atan2(z.imag, z.real));
}

static PtObject *cmath_polar(PtObject *self, PtObject *arg) {
    Cx z;
    if (get_cx(arg, &z) < 0) {
        return NULL;
    }
    double r = hypot(z.real, z.imag);
    if (isinf(r) && cx_finite(z)) {
        return pt_err_set_string(pt_exc_OverflowError, "math range error");
    }
    PtObject *a = pt_float_new(r), *p = pt_float_new(atan2(z.imag, z.real));
    PtObject *t = a != NULL && p != NULL ? pt_tuple_pack(2, a, p) : NULL;
    pt_xdecref(a);
    pt_xdecref(p);
    return t;
}

static PtObject *cmath_rect(PtObject *self, PtObject *const *args, size_t nargs) {
    double r, phi;
    if (pt_check_nargs("rect", nargs, 2, 2) < 0) {
        return NULL;
    }
    r = pt_float_as_double(args[0]);
    if (r == -1.0 && pt_err_occurred()) {
        return NULL;
    }
    phi = pt_float_as_double(args[1]);
    if (phi == -1.0 && pt_err_occurred()) {
        return NULL;
    }
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(phi) && r != 0.0 && !isnan(r)) {
            return pt_err_set_string(pt_exc_ValueError, "math domain error");
        }
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            return pt_complex_new(r * cos(phi), r * sin(phi));
        }
        if (phi == 0.0) {
            return pt_complex_new(r, isnan(r) ? phi : r < 0 ? -phi : phi);
        }
        if (r == 0.0) {
            return pt_complex_new(0.0, 0.0);  // 0 * e**(i phi) for a NaN or infinite phi
        }
        return pt_complex_new(r * cos(phi), r * sin(phi));
    }
    if (phi == 0.0) {
        return pt_complex_new(r, r * phi);  // keeps the signs of zero
    }
    return pt_complex_new(r * cos(phi), r * sin(phi));
}

static PtObject *cmath_isfinite(PtObject *self, PtObject *arg) {
    Cx z;
    return get_cx(arg, &z) < 0 ? NULL : pt_bool(cx_finite(z));
}

static PtObject *cmath_isinf(PtObject *self, PtObject *arg) {
    Cx z;
    return get_cx(arg, &z) < 0 ? NULL : pt_bool(isinf(z.real) || isinf(z.imag));
}

static PtObject *cmath_isnan(PtObject *self, PtObject *arg) {
    Cx z;
    return get_cx(arg, &z) < 0 ? NULL : pt_bool(isnan(z.real) || isnan(z.imag));
}

static PtObject *cmath_isclose(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *oa, *ob;
    double rel_tol = 1e-09, abs_tol = 0.0;
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    if (pt_parse_args(args, nargs, kwnames, "OO|$dd:isclose", kwlist, &oa, &ob, &rel_tol, &abs_tol) < 0) {
        return NULL;
    }
    Cx a, b;
    if (get_cx(oa, &a) < 0 || get_cx(ob, &b) < 0) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return pt_err_set_string(pt_exc_ValueError, "tolerances must be non-negative");
    }
    if (a.real == b.real && a.imag == b.imag) {
        return pt_bool(1);
    }
    if (isinf(a.real) || isinf(a.imag) || isinf(b.real) || isinf(b.imag)) {
        return pt_bool(0);
    }
    double diff = hypot(a.real - b.real, a.imag - b.imag);
    return pt_bool((diff <= rel_tol * hypot(b.real, b.imag)) || (diff <= rel_tol * hypot(a.real, a.imag)) ||
                   diff <= abs_tol);
}

static const PtMethodDef cmath_methods[] = {
    {"acos", PT_FN(cmath_acos), PT_METH_O, "Return the arc cosine of z."},
    {"acosh", PT_FN(cmath_acosh), PT_METH_O, "Return the inverse hyperbolic cosine of z."},
    {"asin", PT_FN(cmath_asin), PT_METH_O, "Return the arc sine of z."},
    {"asinh", PT_FN(cmath_asinh), PT_METH_O, "Return the inverse hyperbolic sine of z."},
    {"atan", PT_FN(cmath_atan), PT_METH_O, "Return the arc tangent of z."},
    {"atanh", PT_FN(cmath_atanh), PT_METH_O, "Return the inverse hyperbolic tangent of z."},
    {"cos", PT_FN(cmath_cos), PT_METH_O, "Return the cosine of z."},
    {"cosh", PT_FN(cmath_cosh), PT_METH_O, "Return the hyperbolic cosine of z."},
    {"exp", PT_FN(cmath_exp), PT_METH_O, "Return the exponential value e**z."},
    {"isclose", PT_FN(cmath_isclose), PT_METH_FASTKW, "Determine whether two complex numbers are close in value."},
    {"isfinite", PT_FN(cmath_isfinite), PT_METH_O, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", PT_FN(cmath_isinf), PT_METH_O, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", PT_FN(cmath_isnan), PT_METH_O, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", PT_FN(cmath_log), PT_METH_FAST, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", PT_FN(cmath_log10), PT_METH_O, "Return the base-10 logarithm of z."},
    {"phase", PT_FN(cmath_phase), PT_METH_O, "Return argument, also known as the phase angle, of a complex."},
    {"polar", PT_FN(cmath_polar), PT_METH_O, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", PT_FN(cmath_rect), PT_METH_FAST, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", PT_FN(cmath_sin), PT_METH_O, "Return the sine of z."},
    {"sinh", PT_FN(cmath_sinh), PT_METH_O, "Return the hyperbolic sine of z."},
    {"sqrt", PT_FN(cmath_sqrt), PT_METH_O, "Return the square root of z."},
    {"tan", PT_FN(cmath_tan), PT_METH_O, "Return the tangent of z."},
    {"tanh", PT_FN(cmath_tanh), PT_METH_O, "Return the hyperbolic tangent of z."},
    {NULL, NULL, 0, NULL},
};

static int add_value(PtObject *m, const char *name, PtObject *v) {
    if (v == NULL) {
        return -1;
    }
    int rc = pt_module_add(m, name, v);
    pt_decref(v);
    return rc;
}

static int cmath_exec(PtObject *m) {
    if (add_value(m, "pi", pt_float_new(M_PI)) < 0 || add_value(m, "e", pt_float_new(M_E)) < 0 ||
        add_value(m, "tau", pt_float_new(2.0 * M_PI)) < 0 || add_value(m, "inf", pt_float_new(INFINITY)) < 0 ||
        add_value(m, "infj", pt_complex_new(0.0, INFINITY)) < 0 || add_value(m, "nan", pt_float_new(NAN)) < 0 ||
        add_value(m, "nanj", pt_complex_new(0.0, NAN)) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_cmath_def = {
    .name = "cmath",
    .doc = "This module provides access to mathematical functions for complex\nnumbers.",
    .methods = cmath_methods,
    .exec = cmath_exec,
};
