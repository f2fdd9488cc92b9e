people = [('amy', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35), ('fay', 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
multi = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(multi)
l = [(1, 'b'), (0, 'z'), (1, 'a')]
l.sort(key=lambda t: t[0])
print(l)
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
print(sorted(words), sorted(words, key=str.casefold), sorted(set(map(str.lower, words))))
nums = [3.5, -1, 2, -7.25, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, abs(x))))
