l = [3, 1, 4, 1, 5]
l.append(9)
l.extend([2, 6])
l.insert(0, 0)
l.insert(100, 'end')
l.insert(-1, 'before end')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.count(1), l.index(5, 2))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, len(l))
nums = [5, 2, 8, 1]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
for f in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, 2].pop(5)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
