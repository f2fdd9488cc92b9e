# Running a file puts its directory first on sys.path.
import os
import sys
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
import _cli_hello
