# check: stderr code
# Iterable unpacking after keyword unpacking.
args = [1]
kw = {}
print(*args, **kw, *args)
