import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean(ints), st.mean([1, 2]), st.mean(data), st.mean([F(1, 2), F(3, 4)]), st.mean([1, F(1, 2)]), st.mean([1, 2.5]), st.mean(iter([3, 4, 5])))
print(st.fmean(data), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.3, 1.0]), st.fmean(iter([1, 2, 3])), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.variance(data), st.variance(ints), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance(data), st.pvariance([1, 2, 3, 4]), st.variance(data, st.mean(data)))
print(st.stdev(data), st.pstdev(data), st.stdev(ints), st.pstdev([1, 2, 3, 4, 5, 6, 7]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([F(1, 3), F(2, 3), F(5, 3)]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 9], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.mode([]), lambda: st.median([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2]), lambda: st.fmean([]), lambda: st.mean(['a'])]:
    try:
        print(f())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode, nd.pdf(100), nd.cdf(115), nd.inv_cdf(0.975), nd.zscore(130), nd.quantiles(), nd.overlap(st.NormalDist(110, 20)))
print([round(st.NormalDist().inv_cdf(p), 12) for p in (0.001, 0.02, 0.3, 0.5, 0.8, 0.999, 1e-300)])
print(st.NormalDist().inv_cdf(0.025), st.NormalDist(5, 2).inv_cdf(0.1), st.NormalDist().inv_cdf(1e-20))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), 2 * nd, -nd, nd / 3, 10 - nd, nd == st.NormalDist(100, 15), hash(nd) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), st.NormalDist(0, 1).samples(3, seed=42), st.NormalDist(0, 1).overlap(st.NormalDist(0, 1)))
print(issubclass(st.StatisticsError, ValueError), type(st.mean([1, 2, 3])).__name__, type(st.median([1, 2])).__name__)
