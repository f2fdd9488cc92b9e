# check: stderr code
# An error inside an f-string expression.
x = 1
print(f"{x!z}")
