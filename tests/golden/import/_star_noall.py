alpha = 'a'
beta = 'b'
_gamma = 'g'
import math as _m
