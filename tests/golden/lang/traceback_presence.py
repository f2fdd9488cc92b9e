import sys
def fail():
    raise ValueError('boom')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    n = 0
    while tb is not None:
        n += 1
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    print('frames', n)
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__)
print(sys.exc_info())
e2 = RuntimeError('x').with_traceback(None)
print(e2.__traceback__)
