# Helper for m_module.py: run with -m.
import os
import sys
print("name:", __name__)
print("argv[0]:", os.path.basename(sys.argv[0]))
print("args:", sys.argv[1:])
print("path0 is cwd:", sys.path[0] == os.getcwd())
