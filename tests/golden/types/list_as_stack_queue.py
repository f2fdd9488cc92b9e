stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list('abc')
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)])
print([row[::-1] for row in matrix])
print(sum(matrix, []))
flat = [x for row in matrix for x in row]
print(flat, flat[::4])
dedup = []
for x in [3, 1, 3, 2, 1]:
    if x not in dedup:
        dedup.append(x)
print(dedup)
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
