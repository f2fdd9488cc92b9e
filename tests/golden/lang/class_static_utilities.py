class MathUtils:
    PRECISION = 3
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    @staticmethod
    def mean(xs):
        return sum(xs) / len(xs) if xs else 0.0
    @classmethod
    def rounded_mean(cls, xs):
        return round(cls.mean(xs), cls.PRECISION)
class Coarse(MathUtils):
    PRECISION = 1
data = [1, 2, 2, 5]
print(MathUtils.clamp(15, 0, 10), MathUtils().clamp(-1, 0, 10), MathUtils.mean(data), MathUtils.mean([]))
print(MathUtils.rounded_mean([1, 2, 2]), Coarse.rounded_mean([1, 2, 2]), Coarse().rounded_mean([1, 1, 2]))
f = MathUtils.clamp
print(f(5, 1, 3), type(MathUtils.__dict__['clamp']).__name__, callable(MathUtils.__dict__['clamp']))
