# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "2. Performance Optimization Techniques" > "(A) Data Structure Choices".
import sys
a = [1, 2, 3]
b = (1, 2, 3)
print(sys.getsizeof(a), sys.getsizeof(b))  # list > tuple
