x = 10
def inc():
    try:
        x += 1
    except UnboundLocalError as e:
        return str(e)
print(inc())
def conditional(flag):
    if flag:
        y = 1
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__
print(conditional(True), conditional(False))
def loop_var():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return str(e)
print(loop_var())
def closure_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(closure_unbound())
