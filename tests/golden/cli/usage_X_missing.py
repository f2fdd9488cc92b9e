# cli: -X
# check: code
# A usage error: a message and the usage line on stderr, exit status 2.
