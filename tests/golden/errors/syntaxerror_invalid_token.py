# check: stderr code
value = 5
if value = 5:
    print(value)
