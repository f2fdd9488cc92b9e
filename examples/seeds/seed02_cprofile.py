# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "(G) Profiling Performance". The seed profiles an undefined my_function;
# a small one (marked) was added so it runs. The profile's timings vary.
def my_function():  # added
    return sum(i * i for i in range(100000))  # added

import cProfile
cProfile.run('my_function()')
