# cli: -I {file}
# env: PITHPATH=mod_cli_path
# -I: isolated mode implies -E, and neither the script's directory nor the
# current directory is put on sys.path.
import os
import sys
print(sys.flags.isolated, sys.flags.ignore_environment)
here = os.path.dirname(os.path.abspath(__file__))
print(here in sys.path, "" in sys.path, os.getcwd() in sys.path)
try:
    import cli_path_helper
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _cli_hello
except ImportError as e:
    print(type(e).__name__, e)
