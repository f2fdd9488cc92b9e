# math: every function over ints, floats and special values, with CPython's errors.
import math
inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'log', 'log2', 'log10', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'ulp', 'frexp', 'modf', 'floor', 'ceil', 'trunc']
args = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 10, 1e-300, 1e300, 710, -710, 1000, inf, -inf, nan, True, 2**100, 10**400]
for n in names:
    f = getattr(math, n)
    out = []
    for a in args:
        try:
            out.append(repr(f(a)))
        except Exception as ex:
            out.append(type(ex).__name__ + ':' + str(ex))
    print(n, ' '.join(out))
two = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'log', 'hypot', 'ldexp']
pairs = [(1.0, 2.0), (-1.0, 0.0), (0.0, -0.0), (5, 3), (-5, 3), (inf, 1), (1, inf), (inf, -inf), (nan, 0), (0, nan), (2, 1024), (0, -1), (-8, 1 / 3), (10, 400), (1, 0), (2, -1074), (1e308, 10)]
for n in two:
    f = getattr(math, n)
    out = []
    for a, b in pairs:
        try:
            if n == 'ldexp':
                b = int(b) if b == b and abs(b) != inf else 3
            out.append(repr(f(a, b)))
        except Exception as ex:
            out.append(type(ex).__name__ + ':' + str(ex))
    print(n, ' '.join(out))
print(math.factorial(0), math.factorial(20), math.factorial(25), math.factorial(100) % 10**20, len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10**20, 2), math.perm(10, 3), math.perm(5), math.perm(5, 7), math.perm(30, 20), math.perm(5, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**62 - 1), math.isqrt(10**100), math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 27), math.gcd(-4, -6))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2**64, 3), math.lcm(4, 6, 10), math.lcm(2**40, 2**41 + 2))
for e in ['math.factorial(-1)', 'math.factorial(5.0)', 'math.factorial(10**20)', 'math.comb(-1, 2)', 'math.comb(5, -1)', 'math.comb(10**20, 10**19)', 'math.perm(5, -1)', 'math.perm(-5)', 'math.perm(-5, 2)', 'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.gcd(2.0)', 'math.lcm(0, "a")', 'math.log(10, 1)', 'math.log(0, 10)', 'math.log(10, 0)', 'math.log("a")', 'math.ldexp(1.0, 2.0)', 'math.ldexp(1.0, 10**30)', 'math.ldexp(1.0, -10**30)', 'math.trunc("a")', 'math.floor("a")', 'math.ceil(None)', 'math.dist([1], [1, 2])', 'math.dist(1, 2)', 'math.hypot("a")', 'math.isclose(1, 1, rel_tol=-1)', 'math.fsum([inf, -inf])', 'math.fsum([1e308, 1e308])', 'math.fsum([nan])', 'math.fsum([inf, 1])', 'math.fsum(["a"])', 'math.prod(1)', 'math.nextafter(1)', 'math.pow(2)', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(172)', 'math.gamma(-inf)', 'math.lgamma(0)', 'math.lgamma(-2)', 'math.log(-(10**400))', 'math.sqrt(-1)', 'math.log(0.0)', 'math.log1p(-1)', 'math.atanh(1)', 'math.exp(1000)']:
    try:
        print(e, '=', repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(2**2000), math.log10(10**400), math.log(True), math.log(1.5, 10**400), math.log2(2**1023), math.log2(2**1024 - 1), math.log(2**1024), math.log10(1e-300))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(100)), math.fsum([1.0, 1e-16, 1e-16]), sum([0.1] * 10), math.fsum(iter([2**53, 1, 1])), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1, 2], start=3), math.prod([0.5, 4]), math.prod(range(1, 30)), math.prod([2, 'a'], start=1) if False else 0, math.prod(['ab'], start=1))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1,), (5,)), math.dist([], []), math.dist(iter([1.5]), (0.5,)))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(a=1, b=1))
# gamma and lgamma come from the C library: compare integral points exactly, others rounded.
print(math.gamma(5), math.gamma(23), round(math.gamma(0.5), 12), round(math.gamma(-0.5), 12), math.lgamma(1), math.lgamma(2), round(math.lgamma(10), 10), math.gamma(inf), math.lgamma(-inf), math.gamma(nan))
print(round(math.gamma(5.5), 10), round(math.lgamma(0.5), 12), round(math.lgamma(100.5), 9))
print(math.erf(0.5), math.erfc(3), math.exp(1), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2**100), math.ceil(True), type(math.floor(1.0)).__name__)
class X:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class Y:
    def __float__(self): return 2.5
print(math.floor(X()), math.ceil(X()), math.trunc(X()), math.floor(Y()), math.ceil(Y()), math.sqrt(Y()))
print(math.ulp(1.0), math.ulp(-0.0), math.ulp(1.7976931348623157e308), math.ulp(5e-324), math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(inf, 0))
print(math.frexp(0.0), math.frexp(8), math.frexp(-1e-320), math.modf(3.5), math.modf(-inf), math.modf(nan), math.ldexp(1, -1080), math.ldexp(-0.0, 10**30))
print(math.copysign(1, -0.0), math.copysign(inf, -1), math.fabs(-0.0), math.degrees(math.pi), math.radians(180), math.remainder(5, 3), math.remainder(-7, 2), math.remainder(3, inf), math.fmod(-7, 2), math.fmod(7, -inf))
