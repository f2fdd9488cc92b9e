# check: stderr code
print('start'
x = 1
