x = 'global x'
class C:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.x, C.y)
total = 0
def add_all(nums):
    global total
    for n in nums:
        total += n
add_all(range(5))
add_all([10])
print(total)
def outer():
    vals = [1, 2, 3]
    return {v: [v * k for k in vals] for v in vals}
print(outer())
