import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1) + 1
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__)
