// src/modules/mod_math.c: the math module (CPython 3.11's functions and constants).
//
// Float functions wrap the C library and translate its special values into
// Python's errors: a NaN from a non-NaN argument is "math domain error"
// (ValueError); an infinity from finite arguments is "math range error"
// (OverflowError) for functions that can overflow, else a domain error.
// Integer functions (factorial, comb, perm, isqrt, gcd, lcm) are exact and use
// GMP for big values through include/pith/bigint.h. log, log2 and log10 take
// ints of any size: an int too large for a double is split into a mantissa
// and a power of two. fsum is Shewchuk's exact summation of partials with a
// correctly rounded result; hypot and dist scale by a power of two and sum the
// squares in double-double arithmetic, so the result is correctly rounded in
// all but vanishingly rare cases. gamma and lgamma use the C library (exact
// for integral arguments up to 23), so they may differ from CPython in the
// last bits.
//
// Guards: tests/golden/modules/math/.
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "pith.h"         // the object API
#include "pith/bigint.h"  // pt_int_to_mpz, pt_int_mpz_view, pt_int_from_mpz_consume

// ---- Errors and argument conversion ----

static PtObject *domain_error(void) { return pt_err_set_string(pt_exc_ValueError, "math domain error"); }
static PtObject *range_error(void) { return pt_err_set_string(pt_exc_OverflowError, "math range error"); }

// `v` as a double (floats, ints, __float__, __index__). 0 or -1.
static inline int get_double(PtObject *v, double *out) {
    if (pt_is_immfloat(v)) {
        *out = pt_immfloat_value(v);
        return 0;
    }
    if (pt_is_smallint(v)) {
        *out = (double)pt_smallint_value(v);
        return 0;
    }
    double d = pt_float_as_double(v);
    if (d == -1.0 && pt_err_occurred()) {
        return -1;
    }
    *out = d;
    return 0;
}

// Check a result against its arguments (see the header comment).
static PtObject *checked(double r, double x, int can_overflow) {
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    return pt_float_new(r);
}

static PtObject *math_1(PtObject *arg, double (*f)(double), int can_overflow) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return checked(f(x), x, can_overflow);
}

// Two double arguments, with CPython's "f expected 2 arguments, got n".
static int get_two(const char *name, PtObject *const *args, size_t nargs, double *x, double *y) {
    if (pt_check_nargs(name, nargs, 2, 2) < 0 || get_double(args[0], x) < 0 || get_double(args[1], y) < 0) {
        return -1;
    }
    return 0;
}

#define MATH_FUNC1(name, cfn, can_overflow) \
    static PtObject *math_##name(PtObject *self, PtObject *arg) { return math_1(arg, cfn, can_overflow); }

MATH_FUNC1(acos, acos, 0)
MATH_FUNC1(acosh, acosh, 0)
MATH_FUNC1(asin, asin, 0)
MATH_FUNC1(asinh, asinh, 0)
MATH_FUNC1(atan, atan, 0)
MATH_FUNC1(atanh, atanh, 0)
MATH_FUNC1(cbrt, cbrt, 0)
MATH_FUNC1(cos, cos, 0)
MATH_FUNC1(cosh, cosh, 1)
MATH_FUNC1(erf, erf, 0)
MATH_FUNC1(erfc, erfc, 0)
MATH_FUNC1(exp, exp, 1)
MATH_FUNC1(exp2, exp2, 1)
MATH_FUNC1(expm1, expm1, 1)
MATH_FUNC1(fabs, fabs, 0)
MATH_FUNC1(log1p, log1p, 0)
MATH_FUNC1(sin, sin, 0)
MATH_FUNC1(sinh, sinh, 1)
MATH_FUNC1(sqrt, sqrt, 0)
MATH_FUNC1(tan, tan, 0)
MATH_FUNC1(tanh, tanh, 0)

// ---- gamma, lgamma ----

// n! as a double for 0 <= n <= 23 (exact through 22!, correctly rounded after).
static double small_factorial(int n) {
    double r = 1.0;
    for (int i = 2; i <= n; i++) {
        r *= i;
    }
    return r;
}

static PtObject *math_gamma(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x) || x == INFINITY) {
        return pt_float_new(x);
    }
    if (x == -INFINITY || x == 0.0 || (x < 0.0 && x == floor(x))) {
        return domain_error();
    }
    if (x == floor(x) && x <= 23.0) {
        return pt_float_new(small_factorial((int)x - 1));
    }
    double r = tgamma(x);
    if (isinf(r)) {
        return range_error();
    }
    return pt_float_new(r);
}

static PtObject *math_lgamma(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return pt_float_new(x);
    }
    if (isinf(x)) {
        return pt_float_new(INFINITY);
    }
    if (x <= 0.0 && x == floor(x)) {
        return domain_error();
    }
    if (x == 1.0 || x == 2.0) {
        return pt_float_new(0.0);
    }
    int sign;
    double r = lgamma_r(x, &sign);
    if (isinf(r)) {
        return range_error();
    }
    return pt_float_new(r);
}

// ---- Two-argument float functions ----

static PtObject *math_atan2(PtObject *self, PtObject *const *args, size_t nargs) {
    double y, x;
    if (get_two("atan2", args, nargs, &y, &x) < 0) {
        return NULL;
    }
    return pt_float_new(atan2(y, x));
}

static PtObject *math_copysign(PtObject *self, PtObject *const *args, size_t nargs) {
    double x, y;
    if (get_two("copysign", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return pt_float_new(copysign(x, y));
}

static PtObject *math_fmod(PtObject *self, PtObject *const *args, size_t nargs) {
    double x, y;
    if (get_two("fmod", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return pt_float_new(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error();
    }
    return pt_float_new(r);
}

static PtObject *math_remainder(PtObject *self, PtObject *const *args, size_t nargs) {
    double x, y;
    if (get_two("remainder", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return pt_float_new(x);
    }
    if (isnan(y)) {
        return pt_float_new(y);
    }
    if (isinf(x) || y == 0.0) {
        return domain_error();
    }
    if (isinf(y)) {
        return pt_float_new(x);
    }
    return pt_float_new(remainder(x, y));  // exact IEEE remainder
}

static PtObject *math_pow(PtObject *self, PtObject *const *args, size_t nargs) {
    double x, y, r;
    if (get_two("pow", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (x > 0) {
                r = y > 0 ? x : 0.0;
            } else {
                r = y > 0 ? (odd_y ? x : fabs(x)) : (odd_y ? copysign(0.0, x) : 0.0);
            }
        } else {  // y infinite, x finite
            double ax = fabs(x);
            r = ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? INFINITY : 0.0;
        }
        return pt_float_new(r);
    }
    r = pow(x, y);
    if (isnan(r)) {
        return domain_error();  // a negative base to a non-integral power
    }
    if (isinf(r)) {
        return x == 0.0 ? domain_error() : range_error();
    }
    return pt_float_new(r);
}

static PtObject *math_nextafter(PtObject *self, PtObject *const *args, size_t nargs) {
    double x, y;
    if (get_two("nextafter", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return pt_float_new(nextafter(x, y));
}

static PtObject *math_ulp(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return pt_float_new(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return pt_float_new(x);
    }
    double next = nextafter(x, INFINITY);
    if (isinf(next)) {
        return pt_float_new(x - nextafter(x, 0.0));  // DBL_MAX
    }
    return pt_float_new(next - x);
}

static PtObject *math_degrees(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_float_new(x * (180.0 / M_PI));
}

static PtObject *math_radians(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_float_new(x * (M_PI / 180.0));
}

static PtObject *math_isfinite(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_bool(isfinite(x));
}

static PtObject *math_isinf(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_bool(isinf(x));
}

static PtObject *math_isnan(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_bool(isnan(x));
}

static PtObject *math_isclose(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    if (pt_parse_args(args, nargs, kwnames, "dd|$dd:isclose", kwlist, &a, &b, &rel_tol, &abs_tol) < 0) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return pt_err_set_string(pt_exc_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return pt_bool(1);
    }
    if (isinf(a) || isinf(b)) {
        return pt_bool(0);
    }
    double diff = fabs(b - a);
    return pt_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

// ---- frexp, ldexp, modf ----

static PtObject *pair_steal(PtObject *a, PtObject *b) {
    PtObject *t = a != NULL && b != NULL ? pt_tuple_pack(2, a, b) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    return t;
}

static PtObject *math_frexp(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    return pair_steal(pt_float_new(m), pt_smallint(e));
}

static PtObject *math_ldexp(PtObject *self, PtObject *const *args, size_t nargs) {
    double x;
    if (pt_check_nargs("ldexp", nargs, 2, 2) < 0 || get_double(args[0], &x) < 0) {
        return NULL;
    }
    if (!pt_is_int(args[1])) {
        return pt_err_set_string(pt_exc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int overflow;
    int64_t e = pt_int_as_i64_overflow(args[1], &overflow);
    if (overflow) {
        e = overflow > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x)) {
        return pt_float_new(x);
    }
    if (e > INT_MAX) {
        return range_error();
    }
    if (e < INT_MIN) {
        return pt_float_new(copysign(0.0, x));
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error();
    }
    return pt_float_new(r);
}

static PtObject *math_modf(PtObject *self, PtObject *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return pair_steal(pt_float_new(copysign(0.0, x)), pt_float_new(x));
    }
    double ip;
    double fp = modf(x, &ip);
    return pair_steal(pt_float_new(fp), pt_float_new(ip));
}

// ---- floor, ceil, trunc ----

// Call v.<name>() looked up on its type; 0 with *out NULL if the type lacks it.
static int call_special(PtObject *v, PtObject *name, PtObject **out) {
    *out = NULL;
    if (pt_type_lookup(pt_type(v), name) == NULL) {
        return 0;
    }
    *out = pt_object_call_method(v, name, NULL, 0, NULL);
    return *out == NULL ? -1 : 1;
}

static PtObject *floor_or_ceil(PtObject *arg, PtObject *name, double (*f)(double)) {
    if (pt_is_smallint(arg)) {
        return pt_newref(arg);
    }
    if (pt_is_float_exact(arg)) {
        return pt_int_from_double(f(pt_float_value(arg)));
    }
    PtObject *r;
    int rc = call_special(arg, name, &r);
    if (rc != 0) {
        return r;
    }
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return pt_int_from_double(f(x));
}

static PtObject *math_floor(PtObject *self, PtObject *arg) { return floor_or_ceil(arg, PT_ID(__floor__), floor); }
static PtObject *math_ceil(PtObject *self, PtObject *arg) { return floor_or_ceil(arg, PT_ID(__ceil__), ceil); }

static PtObject *math_trunc(PtObject *self, PtObject *arg) {
    if (pt_is_float_exact(arg)) {
        return pt_int_from_double(pt_float_value(arg));
    }
    PtObject *r;
    int rc = call_special(arg, PT_ID(__trunc__), &r);
    if (rc == 0) {
        return pt_err_format(pt_exc_TypeError, "type %s doesn't define __trunc__ method", pt_type_name_of(arg));
    }
    return r;
}

// ---- Logarithms ----

// The double of a positive int too large for one: *m in [0.5, 1) rounded to
// 53 bits and *e with value == m * 2**e.
static void int_frexp(PtObject *v, double *m, int64_t *e) {
    mpz_t tmp;
    int owned;
    mpz_srcptr z = pt_int_mpz_view(v, tmp, &owned);
    size_t bits = mpz_sizeinbase(z, 2);
    mpz_t top;
    mpz_init(top);
    mpz_fdiv_q_2exp(top, z, bits - 55);  // 55 bits: 53 + guard + round
    uint64_t q = mpz_get_ui(top);
    int sticky = mpz_scan1(z, 0) < bits - 55;
    mpz_clear(top);
    if (owned) {
        mpz_clear(tmp);
    }
    uint64_t rem = q & 3;
    q >>= 2;
    if (rem > 2 || (rem == 2 && (sticky || (q & 1)))) {
        q++;
    }
    *e = (int64_t)bits;
    if (q == ((uint64_t)1 << 53)) {
        q >>= 1;
        (*e)++;
    }
    *m = ldexp((double)q, -53);
}

typedef double (*LogFn)(double);

// log-like function of x > 0 with Python's errors for x <= 0.
static int log_double(double x, LogFn f, double *out) {
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0.0) {
        domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

// f(arg) for an int of any size or anything float() accepts. 0 or -1.
static int log_helper(PtObject *arg, LogFn f, double *out) {
    if (pt_is_int(arg) && !pt_is_smallint(arg)) {
        if (pt_int_sign(arg) <= 0) {
            domain_error();
            return -1;
        }
        double d = pt_int_bit_length(arg) <= 1024 ? pt_int_as_double(arg) : -1.0;
        if (d != -1.0 || !pt_err_occurred()) {
            if (d == -1.0) {
                // Too large for a double: log(m * 2**e) == log(m) + e * log(2).
                double m;
                int64_t e;
                int_frexp(arg, &m, &e);
                *out = f(m) + f(2.0) * (double)e;
                return 0;
            }
            return log_double(d, f, out);
        }
        if (!pt_err_matches(pt_exc_OverflowError)) {
            return -1;
        }
        pt_err_clear();
        double m;
        int64_t e;
        int_frexp(arg, &m, &e);
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (get_double(arg, &x) < 0) {
        return -1;
    }
    return log_double(x, f, out);
}

static PtObject *math_log(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("log", nargs, 1, 2) < 0) {
        return NULL;
    }
    double num, den;
    if (log_helper(args[0], log, &num) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return pt_float_new(num);
    }
    if (log_helper(args[1], log, &den) < 0) {
        return NULL;
    }
    if (den == 0.0) {
        return pt_err_set_string(pt_exc_ZeroDivisionError, "float division by zero");
    }
    return pt_float_new(num / den);
}

static PtObject *math_log2(PtObject *self, PtObject *arg) {
    double r;
    return log_helper(arg, log2, &r) < 0 ? NULL : pt_float_new(r);
}

static PtObject *math_log10(PtObject *self, PtObject *arg) {
    double r;
    return log_helper(arg, log10, &r) < 0 ? NULL : pt_float_new(r);
}

// ---- fsum, prod ----

// Shewchuk's algorithm: keep a list of non-overlapping partial sums whose
// exact total is the exact sum so far, then add them from the top with a
// final half-way correction so the result is correctly rounded.
static PtObject *math_fsum(PtObject *self, PtObject *seq) {
    PtObject *it = pt_object_iter(seq);
    if (it == NULL) {
        return NULL;
    }
    double stack[32];
    double *p = stack;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    PtObject *item, *result = NULL;
    while ((item = pt_iter_next(it)) != NULL) {
        double x;
        int rc = get_double(item, &x);
        pt_decref(item);
        if (rc < 0) {
            goto done;
        }
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // Infinities and NaNs in the input are summed apart; a
                // non-finite partial from finite inputs is an overflow.
                if (isfinite(xsave)) {
                    pt_err_set_string(pt_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    size_t ncap = cap * 2;
                    double *np = pt_raw_alloc(ncap * sizeof(double));
                    if (np == NULL) {
                        pt_err_no_memory();
                        goto done;
                    }
                    memcpy(np, p, n * sizeof(double));
                    if (p != stack) {
                        pt_raw_free(p);
                    }
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (pt_err_occurred()) {
        goto done;
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            pt_err_set_string(pt_exc_ValueError, "-inf + inf in fsum");
        } else {
            result = pt_float_new(special_sum);
        }
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        // Add from the largest down while the sum stays exact.
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Round half to even on the exact total: if the rest of the partials
        // pushes past the half-way point that `lo` sits on, round away.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    result = pt_float_new(hi);
done:
    if (p != stack) {
        pt_raw_free(p);
    }
    pt_decref(it);
    return result;
}

static PtObject *math_prod(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *iterable, *start = NULL;
    static const char *const kwlist[] = {"", "start", NULL};
    if (pt_parse_args(args, nargs, kwnames, "O|$O:prod", kwlist, &iterable, &start) < 0) {
        return NULL;
    }
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return NULL;
    }
    PtObject *result = pt_newref(start != NULL ? start : pt_smallint(1));
    PtObject *item;
    while ((item = pt_iter_next(it)) != NULL) {
        PtObject *r = pt_number_binop(result, item, PT_BINOP_MUL);
        pt_decref(item);
        pt_decref(result);
        result = r;
        if (r == NULL) {
            break;
        }
    }
    if (result != NULL && pt_err_occurred()) {
        pt_clearref(&result);
    }
    pt_decref(it);
    return result;
}

// ---- hypot, dist ----

// (hi, lo) = a + b exactly.
static inline void two_sum(double a, double b, double *hi, double *lo) {
    double s = a + b;
    double bb = s - a;
    *lo = (a - (s - bb)) + (b - bb);
    *hi = s;
}

// The Euclidean norm of v[0..n) (non-negative, finite, max its largest).
static double vector_norm(const double *v, size_t n, double max, int found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    // Scale so the largest is in [0.5, 1): the squares cannot overflow, and
    // sum exactly enough in double-double: (hi, lo).
    double hi = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double s, err;
        two_sum(hi, sq, &s, &err);
        hi = s;
        lo += err + sq_err;
    }
    double s, err;
    two_sum(hi, lo, &s, &err);
    hi = s;
    lo = err;
    // sqrt of (hi + lo) with one Newton correction.
    double h = sqrt(hi);
    double resid = fma(-h, h, hi) + lo;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

static int collect_abs(PtObject *v, double *out, double *max, int *found_nan) {
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    x = fabs(x);
    *out = x;
    *found_nan |= isnan(x);
    if (x > *max) {
        *max = x;
    }
    return 0;
}

static PtObject *math_hypot(PtObject *self, PtObject *const *args, size_t nargs) {
    double stack[16];
    double *v = nargs <= 16 ? stack : pt_raw_alloc(nargs * sizeof(double));
    if (v == NULL) {
        return pt_err_no_memory();
    }
    double max = 0.0;
    int found_nan = 0;
    PtObject *r = NULL;
    size_t i;
    for (i = 0; i < nargs; i++) {
        if (collect_abs(args[i], &v[i], &max, &found_nan) < 0) {
            break;
        }
    }
    if (i == nargs) {
        r = pt_float_new(vector_norm(v, nargs, max, found_nan));
    }
    if (v != stack) {
        pt_raw_free(v);
    }
    return r;
}

static PtObject *math_dist(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("dist", nargs, 2, 2) < 0) {
        return NULL;
    }
    PtObject *p = pt_seq_tuple(args[0]);
    if (p == NULL) {
        return NULL;
    }
    PtObject *q = pt_seq_tuple(args[1]);
    if (q == NULL) {
        pt_decref(p);
        return NULL;
    }
    PtObject *r = NULL;
    pt_ssize n = pt_tuple_len(p);
    double stack[16];
    double *v = stack;
    if (n != pt_tuple_len(q)) {
        pt_err_set_string(pt_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16) {
        v = pt_raw_alloc((size_t)n * sizeof(double));
        if (v == NULL) {
            pt_err_no_memory();
            goto done;
        }
    }
    double max = 0.0;
    int found_nan = 0;
    for (pt_ssize i = 0; i < n; i++) {
        double a, b;
        if (get_double(pt_tuple_get(p, i), &a) < 0 || get_double(pt_tuple_get(q, i), &b) < 0) {
            goto done;
        }
        double d = fabs(a - b);
        v[i] = d;
        found_nan |= isnan(d);
        if (d > max) {
            max = d;
        }
    }
    r = pt_float_new(vector_norm(v, (size_t)n, max, found_nan));
done:
    if (v != stack) {
        pt_raw_free(v);
    }
    pt_decref(p);
    pt_decref(q);
    return r;
}

// ---- Integer functions ----

static PtObject *index_of(PtObject *v) { return pt_number_index(v); }

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// gcd or lcm of two ints (new reference).
static PtObject *gcd_lcm_pair(PtObject *a, PtObject *b, int lcm) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        int64_t x = pt_smallint_value(a), y = pt_smallint_value(b);
        uint64_t ux = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        uint64_t uy = y < 0 ? (uint64_t)0 - (uint64_t)y : (uint64_t)y;
        uint64_t g = gcd_u64(ux, uy);
        if (!lcm) {
            return pt_int_from_u64(g);
        }
        if (g == 0) {
            return pt_smallint(0);
        }
        uint64_t r;
        if (!__builtin_mul_overflow(ux / g, uy, &r)) {
            return pt_int_from_u64(r);
        }
    }
    mpz_t ta, tb, r;
    int oa, ob;
    mpz_srcptr za = pt_int_mpz_view(a, ta, &oa), zb = pt_int_mpz_view(b, tb, &ob);
    mpz_init(r);
    if (lcm) {
        mpz_lcm(r, za, zb);
    } else {
        mpz_gcd(r, za, zb);
    }
    if (oa) {
        mpz_clear(ta);
    }
    if (ob) {
        mpz_clear(tb);
    }
    return pt_int_from_mpz_consume(r);
}

static PtObject *gcd_lcm(PtObject *const *args, size_t nargs, int lcm) {
    if (nargs == 0) {
        return pt_smallint(lcm ? 1 : 0);
    }
    PtObject *res = index_of(args[0]);
    if (res == NULL) {
        return NULL;
    }
    PtObject *a = pt_number_absolute(res);
    pt_decref(res);
    res = a;
    for (size_t i = 1; i < nargs && res != NULL; i++) {
        PtObject *x = index_of(args[i]);
        if (x == NULL) {
            pt_clearref(&res);
            break;
        }
        if (lcm && res == pt_smallint(0)) {
            pt_decref(x);  // the result stays 0: only check the arguments
            continue;
        }
        PtObject *r = gcd_lcm_pair(res, x, lcm);
        pt_decref(x);
        pt_decref(res);
        res = r;
    }
    return res;
}

static PtObject *math_gcd(PtObject *self, PtObject *const *args, size_t nargs) { return gcd_lcm(args, nargs, 0); }
static PtObject *math_lcm(PtObject *self, PtObject *const *args, size_t nargs) { return gcd_lcm(args, nargs, 1); }

static PtObject *math_isqrt(PtObject *self, PtObject *arg) {
    PtObject *n = index_of(arg);
    if (n == NULL) {
        return NULL;
    }
    if (pt_int_sign(n) < 0) {
        pt_decref(n);
        return pt_err_set_string(pt_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    if (pt_is_smallint(n)) {
        uint64_t v = (uint64_t)pt_smallint_value(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v) {
            r--;
        }
        while ((r + 1) * (r + 1) <= v) {
            r++;
        }
        return pt_smallint((int64_t)r);
    }
    mpz_t z;
    pt_int_to_mpz(n, z);
    pt_decref(n);
    mpz_sqrt(z, z);
    return pt_int_from_mpz_consume(z);
}

// n! for 0 <= n (an int).
static PtObject *factorial_of(PtObject *n) {
    if (pt_int_sign(n) < 0) {
        return pt_err_set_string(pt_exc_ValueError, "factorial() not defined for negative values");
    }
    int overflow;
    int64_t v = pt_int_as_i64_overflow(n, &overflow);
    if (overflow) {
        return pt_err_format(pt_exc_OverflowError, "factorial() argument should not exceed %lld", (long long)LLONG_MAX);
    }
    if (v <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= v; i++) {
            r *= i;
        }
        return pt_int_from_i64(r);
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return pt_int_from_mpz_consume(z);
}

static PtObject *math_factorial(PtObject *self, PtObject *arg) {
    PtObject *n = index_of(arg);
    if (n == NULL) {
        return NULL;
    }
    PtObject *r = factorial_of(n);
    pt_decref(n);
    return r;
}

// comb (perm == 0) or perm of two non-negative ints.
static PtObject *comb_perm(PtObject *n, PtObject *k, int perm) {
    if (pt_int_sign(n) < 0) {
        return pt_err_set_string(pt_exc_ValueError, "n must be a non-negative integer");
    }
    if (pt_int_sign(k) < 0) {
        return pt_err_set_string(pt_exc_ValueError, "k must be a non-negative integer");
    }
    mpz_t zn, zk;
    pt_int_to_mpz(n, zn);
    pt_int_to_mpz(k, zk);
    PtObject *res = NULL;
    if (mpz_cmp(zk, zn) > 0) {
        res = pt_smallint(0);
        goto done;
    }
    if (!perm) {
        // C(n, k) == C(n, n - k): use the smaller.
        mpz_t nk;
        mpz_init(nk);
        mpz_sub(nk, zn, zk);
        if (mpz_cmp(nk, zk) < 0) {
            mpz_swap(nk, zk);
        }
        mpz_clear(nk);
    }
    if (!mpz_fits_slong_p(zk)) {
        if (perm) {
            pt_err_format(pt_exc_OverflowError, "k must not exceed %lld", (long long)LLONG_MAX);
        } else {
            pt_err_format(pt_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)LLONG_MAX);
        }
        goto done;
    }
    unsigned long kk = mpz_get_ui(zk);
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, zn, kk);
    if (perm) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, kk);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    res = pt_int_from_mpz_consume(r);
done:
    mpz_clear(zn);
    mpz_clear(zk);
    return res;
}

static PtObject *math_comb_perm(PtObject *const *args, size_t nargs, int perm) {
    const char *name = perm ? "perm" : "comb";
    if (pt_check_nargs(name, nargs, perm ? 1 : 2, 2) < 0) {
        return NULL;
    }
    PtObject *n = index_of(args[0]);
    if (n == NULL) {
        return NULL;
    }
    if (perm && (nargs == 1 || args[1] == pt_None)) {
        PtObject *r = factorial_of(n);
        pt_decref(n);
        return r;
    }
    PtObject *k = index_of(args[1]);
    if (k == NULL) {
        pt_decref(n);
        return NULL;
    }
    PtObject *r = comb_perm(n, k, perm);
    pt_decref(n);
    pt_decref(k);
    return r;
}

static PtObject *math_comb(PtObject *self, PtObject *const *args, size_t nargs) {
    return math_comb_perm(args, nargs, 0);
}
static PtObject *math_perm(PtObject *self, PtObject *const *args, size_t nargs) {
    return math_comb_perm(args, nargs, 1);
}

// ---- The module ----

static const PtMethodDef math_methods[] = {
    {"acos", PT_FN(math_acos), PT_METH_O, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
    {"acosh", PT_FN(math_acosh), PT_METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", PT_FN(math_asin), PT_METH_O, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"asinh", PT_FN(math_asinh), PT_METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", PT_FN(math_atan), PT_METH_O, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"atan2", PT_FN(math_atan2), PT_METH_FAST, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."},
    {"atanh", PT_FN(math_atanh), PT_METH_O, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", PT_FN(math_cbrt), PT_METH_O, "Return the cube root of x."},
    {"ceil", PT_FN(math_ceil), PT_METH_O, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
    {"comb", PT_FN(math_comb), PT_METH_FAST, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", PT_FN(math_copysign), PT_METH_FAST, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", PT_FN(math_cos), PT_METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", PT_FN(math_cosh), PT_METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", PT_FN(math_degrees), PT_METH_O, "Convert angle x from radians to degrees."},
    {"dist", PT_FN(math_dist), PT_METH_FAST, "Return the Euclidean distance between two points p and q."},
    {"erf", PT_FN(math_erf), PT_METH_O, "Error function at x."},
    {"erfc", PT_FN(math_erfc), PT_METH_O, "Complementary error function at x."},
    {"exp", PT_FN(math_exp), PT_METH_O, "Return e raised to the power of x."},
    {"exp2", PT_FN(math_exp2), PT_METH_O, "Return 2 raised to the power of x."},
    {"expm1", PT_FN(math_expm1), PT_METH_O, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."},
    {"fabs", PT_FN(math_fabs), PT_METH_O, "Return the absolute value of the float x."},
    {"factorial", PT_FN(math_factorial), PT_METH_O, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", PT_FN(math_floor), PT_METH_O, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."},
    {"fmod", PT_FN(math_fmod), PT_METH_FAST, "Return fmod(x, y), according to platform C.\n\nx % y may differ."},
    {"frexp", PT_FN(math_frexp), PT_METH_O, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", PT_FN(math_fsum), PT_METH_O, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", PT_FN(math_gamma), PT_METH_O, "Gamma function at x."},
    {"gcd", PT_FN(math_gcd), PT_METH_FAST, "Greatest Common Divisor."},
    {"hypot", PT_FN(math_hypot), PT_METH_FAST, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", PT_FN(math_isclose), PT_METH_FASTKW, "Determine whether two floating point numbers are close in value."},
    {"isfinite", PT_FN(math_isfinite), PT_METH_O, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", PT_FN(math_isinf), PT_METH_O, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", PT_FN(math_isnan), PT_METH_O, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", PT_FN(math_isqrt), PT_METH_O, "Return the integer part of the square root of the input."},
    {"lcm", PT_FN(math_lcm), PT_METH_FAST, "Least Common Multiple."},
    {"ldexp", PT_FN(math_ldexp), PT_METH_FAST, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", PT_FN(math_lgamma), PT_METH_O, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", PT_FN(math_log), PT_METH_FAST, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", PT_FN(math_log10), PT_METH_O, "Return the base 10 logarithm of x."},
    {"log1p", PT_FN(math_log1p), PT_METH_O, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."},
    {"log2", PT_FN(math_log2), PT_METH_O, "Return the base 2 logarithm of x."},
    {"modf", PT_FN(math_modf), PT_METH_O, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."},
    {"nextafter", PT_FN(math_nextafter), PT_METH_FAST, "Return the next floating-point value after x towards y."},
    {"perm", PT_FN(math_perm), PT_METH_FAST, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", PT_FN(math_pow), PT_METH_FAST, "Return x**y (x to the power of y)."},
    {"prod", PT_FN(math_prod), PT_METH_FASTKW, "Calculate the product of all the elements in the input iterable."},
    {"radians", PT_FN(math_radians), PT_METH_O, "Convert angle x from degrees to radians."},
    {"remainder", PT_FN(math_remainder), PT_METH_FAST, "Difference between x and the closest integer multiple of y."},
    {"sin", PT_FN(math_sin), PT_METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", PT_FN(math_sinh), PT_METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", PT_FN(math_sqrt), PT_METH_O, "Return the square root of x."},
    {"tan", PT_FN(math_tan), PT_METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", PT_FN(math_tanh), PT_METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", PT_FN(math_trunc), PT_METH_O, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."},
    {"ulp", PT_FN(math_ulp), PT_METH_O, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

static int add_float(PtObject *m, const char *name, double v) {
    PtObject *f = pt_float_new(v);
    if (f == NULL) {
        return -1;
    }
    int rc = pt_module_add(m, name, f);
    pt_decref(f);
    return rc;
}

static int math_exec(PtObject *m) {
    if (add_float(m, "pi", M_PI) < 0 || add_float(m, "e", M_E) < 0 || add_float(m, "tau", 2.0 * M_PI) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_math_def = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\ndefined by the C standard.",
    .methods = math_methods,
    .exec = math_exec,
};
