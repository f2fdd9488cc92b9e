# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 1 "The Hidden Cost of Objects", cells In [20] and In [21] (the
# second needs the first). pympler is optional: without it the cell
# prints an install hint instead of the deep sizes.
import sys

# Regular class with __dict__
class BloatedTruck:
    def __init__(self, lat, lng):
        self.lat = lat
        self.lng = lng

# Optimized class with __slots__
class OptimizedTruck:
    __slots__ = ['lat', 'lng']
    def __init__(self, lat, lng):
        self.lat = lat
        self.lng = lng

bloated = BloatedTruck(40.7128, -74.0060)
optimized = OptimizedTruck(40.7128, -74.0060)

# For accurate deep size, use pympler
# ! pip install pympler
try:
    from pympler import asizeof
    
    print("Deep size (includes __dict__ contents):")
    print(f"  BloatedTruck:   {asizeof.asizeof(bloated)} bytes")
    print(f"  OptimizedTruck: {asizeof.asizeof(optimized)} bytes")
    
    savings = (asizeof.asizeof(bloated) - asizeof.asizeof(optimized)) / asizeof.asizeof(bloated) * 100
    print(f"  Savings: {savings:.1f}%")
except ImportError:
    print("Install pympler for deep size: pip install pympler")
