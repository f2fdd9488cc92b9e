# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "(C) Use Generators Instead of Lists". Prints nothing.

# Bad: consumes memory for 1 million ints
nums = [i for i in range(10**6)]

# Good: generator
nums = (i for i in range(10**6))
