print(sum([True] * 5), True * 'ab', [0, 1][True], {True: 'yes', False: 'no'}[3 > 2])
print(True + 0.5, -True, abs(-True), int(True) == 1)
flags = [x > 2 for x in range(5)]
print(flags, sum(flags), flags.count(True), any(flags), all(flags))
print(True and 'x', False or 'y', not 'z', True is (1 == 1), (1 < 2) == True)
print(str(True).lower(), repr(False), f'{True!s:>6}', format(False, '^7'), bool('False'))
print(sorted([True, False, True]), max(False, True), isinstance(False, int), True == 1.0)
print(hash(True), hash(False), True.__and__(False), True.__or__(False), (True).__xor__(True))
