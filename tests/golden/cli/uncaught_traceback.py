# check: stderr code
# An uncaught exception: stdout so far is flushed, the traceback goes to
# stderr, exit status 1.
def level3(d):
    return d["missing"]


def level2(d):
    return level3(d) + 1


def level1():
    return level2({"present": 1})


print("before the error")
level1()
print("never printed")
