count = 0
def bad():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bad()
def bad2():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
bad2()
def use_after_del():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(use_after_del())
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
