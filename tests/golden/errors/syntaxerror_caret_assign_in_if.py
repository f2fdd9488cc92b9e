# check: stderr code
# An assignment where a comparison was meant.
x = 3
if x = 3:
    print(x)
