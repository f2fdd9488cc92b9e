# check: stderr code
# An error on a continuation line inside brackets.
total = sum([
    1,
    2 3,
])
