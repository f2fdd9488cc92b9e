# check: stderr code
# A non-default argument after a default one in a lambda.
f = lambda a=1, b: a
