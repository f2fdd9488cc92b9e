# cli: - a b
# "-" reads the program from stdin (stdin_dash.py.in); sys.argv[0] is "-".
