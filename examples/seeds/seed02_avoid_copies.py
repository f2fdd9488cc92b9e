# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "(B) Avoid Unnecessary Copies". The seed's fragment uses old_list without
# defining it; one line (marked) was added so it runs. Prints nothing.
old_list = list(range(1000))  # added

# Inefficient
new_list = old_list[:]  

# Better: iterate or use iterators/generators
for item in old_list:
    ...
