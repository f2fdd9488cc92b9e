# cmath: finite arguments (bit-exact with CPython), errors, constants.
import cmath, math
inf, nan = math.inf, math.nan
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-10, 1e10, 1e300, -1e300, 0.7, 1.3, 5e-324, 710.0]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for n in names:
    f = getattr(cmath, n)
    out = []
    for a in vals:
        for b in vals[::3]:
            try:
                out.append(repr(f(complex(a, b))))
            except Exception as ex:
                out.append(type(ex).__name__)
    print(n, ' '.join(out))
# Infinite and NaN arguments: only results whose signs C99 Annex G fixes.
for z in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(nan, 0), complex(inf, inf)]:
    print(cmath.sqrt(z), cmath.isinf(z), cmath.isnan(z), cmath.isfinite(z), cmath.phase(z) if z == z else None)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10), cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(1, cmath.pi / 2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 2), cmath.isclose(1j, 1j, abs_tol=0.1))
for e in ['cmath.log(0)', 'cmath.log(1, 1)', 'cmath.log(1, 0)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.sqrt("a")', 'cmath.atanh(1)', 'cmath.polar(complex(1e308, 1e308))', 'cmath.isclose(1, 1, rel_tol=-1)', 'cmath.sqrt(None)']:
    try:
        print(e, '=', repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True), cmath.sqrt(2**80))
