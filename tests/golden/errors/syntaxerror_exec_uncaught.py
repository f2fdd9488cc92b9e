# check: stderr code
# An uncaught compiler error from exec(): the traceback shows the exec line,
# then File "<string>" with no source line (there is no such file).
def run():
    exec("x = 1\nreturn x")


run()
