# check: stderr code
try:
    int('not a number')
except ValueError:
    undefined_handler_name
