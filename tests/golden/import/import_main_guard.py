print('test module name:', __name__)
import _guarded
print(_guarded.main())
if __name__ == '__main__':
    print('this test runs as __main__')
