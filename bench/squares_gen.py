# squares_gen: the seeds' "list vs generator" scenario, generator side:
# the same sum of squares below 10,000,000 through a generator
# expression, in constant memory. Compare with squares_list.py.
import sys

N = 10_000_000
if "--quick" in sys.argv[1:]:
    N = 100_000


def main():
    squares = (x * x for x in range(N))
    print(N, sum(squares))


main()
