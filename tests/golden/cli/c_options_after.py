# cli: -c "import sys; print(sys.argv[1:])" -u -E -- -c
# Options after -c CMD belong to the script, not to the interpreter.
