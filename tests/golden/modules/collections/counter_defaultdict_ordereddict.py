from collections import Counter, defaultdict, OrderedDict
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6])
c.update('aaz')
print(c['a'], c['z'], sum(c.values()))
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter('aab') - Counter('ab'))
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(dict(dd), dd['new'], sorted(dd))
di = defaultdict(int)
for ch in 'hello':
    di[ch] += 1
print(sorted(di.items()))
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od.move_to_end('b')
print(list(od), od.popitem(last=False))
