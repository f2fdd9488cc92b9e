# CPython's messages for bad globals/locals given to eval() and exec(),
# which word them differently, and for a bad source argument. A list is accepted as locals: it has
# __getitem__, which is all PyMapping_Check asks.
for args in [("1", []), ("1", {}, []), ("1", None, [])]:
    try:
        eval(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [("1", []), ("x = 1", {}, 5)]:
    try:
        exec(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [("1", {}, 5), ("1", 5)]:
    try:
        eval(*args)
    except TypeError as e:
        print("TypeError", e)
for f, a in [(compile, (5, "f", "exec")), (exec, (5,)), (eval, (b"1", {}, {}, 3)), (eval, ([],))]:
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
