# cli: -m _cli_no_such_module
# check: code
# -m with a module that does not exist: a message on stderr, status 1.
