# check: stderr code
# A compiler (symtable) error: the source line comes from the file.
def f():
    pass
return 5
