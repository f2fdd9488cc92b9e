from collections import deque
def sliding_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def bfs_grid(w, h, start, goal):
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (x, y), d = q.popleft()
        if (x, y) == goal:
            return d
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen:
                seen.add((nx, ny))
                q.append(((nx, ny), d + 1))
print(bfs_grid(5, 5, (0, 0), (4, 4)))
history = deque(maxlen=3)
for cmd in ['ls', 'cd', 'pwd', 'echo', 'cat']:
    history.append(cmd)
print(list(history))
d = deque('abcde')
d.rotate(1)
print(''.join(d))
d.rotate(-2)
print(''.join(d))
def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order
print(josephus(7, 3))
