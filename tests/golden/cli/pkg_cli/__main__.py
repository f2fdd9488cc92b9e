import sys
print("pkg_cli main:", __name__, sys.argv[1:])
