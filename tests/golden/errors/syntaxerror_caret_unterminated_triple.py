# check: stderr code
# An unterminated triple-quoted string: reported at its start.
x = 1
s = """never
closed
