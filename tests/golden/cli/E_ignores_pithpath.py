# cli: -E {file}
# env: PITHPATH=mod_cli_path
# -E: PITHPATH is ignored.
import sys
print(sys.flags.ignore_environment)
try:
    import cli_path_helper
except ImportError as e:
    print(type(e).__name__, e)
