def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return min(nums), max(nums), mean, var
lo, hi, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(lo, hi, mean, var, var ** 0.5)
def divide(a, b):
    if b == 0:
        return None, 'division by zero'
    return a / b, None
for b in (2, 0):
    result, err = divide(10, b)
    print(result, err)
def minmax(*xs):
    return (min(xs), max(xs)) if xs else ()
print(minmax(3, 1, 2), minmax())
def nothing():
    return
print(nothing(), type(stats([1])).__name__)
