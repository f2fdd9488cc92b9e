# check: stderr code
def divide(a, b):
    return a / b
print('start')
divide(1, 0)
