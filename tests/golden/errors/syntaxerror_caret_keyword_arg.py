# check: stderr code
# A keyword argument repeated: the caret covers the second one.
def f(**kw):
    return kw
print(f(a=1, a=2))
