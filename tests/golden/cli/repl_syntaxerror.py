# cli: -q -i
# check: stderr
# A syntax error in the REPL reports File "<stdin>" with a caret and the
# session goes on.
