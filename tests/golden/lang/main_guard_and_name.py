def main():
    print('main called, __name__ =', __name__)
    return 0
if __name__ == '__main__':
    rc = main()
    print('rc', rc)
else:
    print('imported')
print(__name__ == '__main__', type(__builtins__).__name__ in ('module', 'dict'))
