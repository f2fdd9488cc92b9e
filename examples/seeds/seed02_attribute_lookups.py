# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "(E) Minimize Attribute Lookups". The seed's fragment appends to x without
# defining it; the marked lines were added so it runs. Prints the lengths.
x = []  # added

# Bad
for i in range(1000000):
    x.append(i)  # each loop resolves 'append'

# Good
append = x.append
for i in range(1000000):
    append(i)

print(len(x))  # added
