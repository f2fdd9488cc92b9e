import sys
sys.setrecursionlimit(150)
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print('attempt', attempt, type(e).__name__)
def safe_depth(n=0):
    try:
        return safe_depth(n + 1)
    except RecursionError:
        return n
print(50 < safe_depth() < 150)
sys.setrecursionlimit(1000)
def countdown(n):
    return 0 if n == 0 else countdown(n - 1)
print(countdown(500))
