import os, sys
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.abspath(sys.path[0]) == here)
try:
    import extra_mod
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, os.path.join(here, 'mod_extra'))
import extra_mod
print(extra_mod.WHERE, extra_mod.twice(21))
print(type(sys.path).__name__)
