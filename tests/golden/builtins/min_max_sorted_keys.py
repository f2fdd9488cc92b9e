students = [{'name': 'Ann', 'grade': 88, 'age': 20}, {'name': 'Bob', 'grade': 95, 'age': 22},
            {'name': 'Cid', 'grade': 88, 'age': 19}]
print(max(students, key=lambda s: s['grade'])['name'], min(students, key=lambda s: (s['grade'], s['age']))['name'])
print([s['name'] for s in sorted(students, key=lambda s: (-s['grade'], s['name']))])
print(max('apple', 'fig', 'banana', key=len), min('apple', 'fig', 'banana', key=len))
print(max([], key=len, default=None), min((x for x in []), default='none'))
print(max(3, 3.0), max(3.0, 3), min([(1, 'b'), (1, 'a')]), max('a', 'B'), max('a', 'B', key=str.lower))
print(sorted('Hello World', key=str.lower), sorted([3, 1, 2], key=lambda x: -x))
d = {'x': 3, 'y': 9, 'z': 1}
print(max(d, key=d.get), min(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
