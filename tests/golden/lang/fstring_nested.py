width = 10
prec = 3
val = 3.14159265
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|")
print(f"{'x':{'*'}^{width}}")
print(f"{f'{val:.1f}'}")
print(f"{[f'{i}' for i in range(3)]}")
fmt = '>8'
print(f"[{'hi':{fmt}}]")
items = ['a', 'b']
print(f"{', '.join(f'<{x}>' for x in items)}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda x: x * 2)(21)}")
print(f"{1 if val > 3 else 0}")
