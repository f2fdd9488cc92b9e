import sys
print("pkg_cli.sub:", __name__, __package__, sys.argv[1:])
