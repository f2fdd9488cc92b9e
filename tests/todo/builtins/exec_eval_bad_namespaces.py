# CPython's messages for bad globals/locals given to eval() and exec()
# (pith's differ today: "eval() globals must be a dict, not list",
# "locals must be a mapping"). A list is accepted as locals: it has
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
