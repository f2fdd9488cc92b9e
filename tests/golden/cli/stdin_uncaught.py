# cli: -
# check: stderr code
# An uncaught exception in a program read from stdin: File "<stdin>".
