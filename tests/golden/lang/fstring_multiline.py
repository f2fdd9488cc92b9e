a, b = 3, 4
s = f"""a={a}
b={b}
sum={a + b}"""
print(s)
t = (f"one {a} "
     f"two {b} "
     "three")
print(t)
print(f"""{a
 + b}""")
nl = '\n'
print(f"{nl!r} {len(nl)}")
