# check: stderr code
# sys.exit deep in a call stack, with output flushed before the process ends.
import sys


def inner(n):
    if n == 0:
        print("leaving", flush=False)
        sys.exit("done at depth 0")
    inner(n - 1)


sys.stdout.write("partial line without newline ")
inner(5)
