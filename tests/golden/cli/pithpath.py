# env: PITHPATH=mod_cli_path:mod_cli_path2
# PITHPATH entries come before the standard library in sys.path (relative
# entries are kept as given).
import sys
import cli_path_helper
import cli_path_helper2
print(cli_path_helper.VALUE, cli_path_helper2.VALUE)
print(sys.flags.ignore_environment)
