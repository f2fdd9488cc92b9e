name = "world"
n = 42
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2}")
print(F"upper F {name}")
print(f'{name!r} {name!s} {name!a}')
print(f"{'é'!a}")
print(f"{{literal braces}} {n}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{3.14159:.2f} {1234567:,} {0.25:%}")
print(f"{n:x} {n:o} {n:b} {n:#x} {n:08b}")
print(f"")
print(f"{''}")
d = {'a': 1}
print(f"{d['a']}")
print(rf"\n{n}", fr"{n}\t")
