import sys
RESULT = [__name__, __doc__, __package__]
VALUE = globals().get('INJECTED', 'none') + '!'
if __name__ == '__main__':
    print('target running as main, argv0 endswith', sys.argv[0].rsplit('/', 1)[-1])
