# squares_list: the seeds' "list vs generator" scenario, list side: the
# sum of squares below 10,000,000 through a list comprehension, which
# holds every square in memory at once. Compare with squares_gen.py.
import sys

N = 10_000_000
if "--quick" in sys.argv[1:]:
    N = 100_000


def main():
    squares = [x * x for x in range(N)]
    print(len(squares), sum(squares))


main()
