# check: stderr code
print('this never runs')
def f(:
    pass
