import sys
print(len(sys.argv), sys.argv[0].split('/')[-1])
def check(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        return e.code
print(check(0), check(2), check('msg'), check(None))
print(sys.maxsize > 2 ** 31, sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1)
print(sys.getsizeof([]) > 0, sys.getsizeof(0) > 0, type(sys.getsizeof('')).__name__)
