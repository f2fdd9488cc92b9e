import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(fi.max_10_exp, fi.min_10_exp, fi.rounds)
print(sys.float_repr_style, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(sys.maxsize, sys.maxunicode)
