name = 'x'
d = {'key': 'val'}
print(f"{d['key']}", f'{d["key"]}', f'''{d['key']}''', f"""{'triple'}""")
print(f'{{}}', f'{{{name}}}', f'{name!r:}', f'{"a" + "b"}')
print(f'{3:{"^"}5}|', f'{"nested " + f"{name}"}')
print(f'tab\t{name}\n'.strip(), rf'\d{name}', f'{chr(10)!r}')
width = 6
print(f'{"right":>{width}}', f'{name:*<{width}}', f'{12:0{width}d}')
items = [1, 2]
print(f'{items!r} {len(items)} {items[0] + items[1]} {[i * 2 for i in items]}')
print(f'{1_000_000:,}', f'{0.5:.0%}', f'{255:#06x}', f'{-1:+}')
