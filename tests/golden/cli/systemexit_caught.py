# SystemExit can be caught like any exception; the program then goes on.
import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit("msg", 2)
except SystemExit as e:
    print("caught", e.code, e.args)
print("still running")
