import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    exit_code = None
    raise SystemExit
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit()
finally:
    print('finally during exit')
