# check: stderr code
# SystemExit unwinds through finally blocks and context managers; the last
# exit code raised wins.
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__, exc[1].code)
        return False


try:
    with CM():
        sys.exit(6)
finally:
    print("finally runs")
