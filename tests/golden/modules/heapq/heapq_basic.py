import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(10, [3, 1]))
words = ['apple', 'fig', 'kiwi', 'banana', 'date', 'pear', 'plum']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(3, iter(words), key=len))
print(heapq.nsmallest(2, iter([(1, 'b'), (1, 'a'), (0, 'z')]), key=lambda t: t[0]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
import random
r = random.Random(5)
xs = [r.randrange(100) for _ in range(50)]
h = list(xs); heapq.heapify(h)
print([heapq.heappop(h) for _ in range(50)] == sorted(xs), heapq.nsmallest(5, xs) == sorted(xs)[:5], heapq.nlargest(7, xs) == sorted(xs, reverse=True)[:7])
print(heapq.__all__)
