# cli: -m _cli_hello x --y -c z
# -m runs a module from the current directory as __main__; sys.argv[0] is its
# path and sys.path[0] the current directory.
