s = 'héllo wörld €'
b = s.encode('utf-8')
print(b, len(b), b.decode('utf-8') == s)
print(s.encode('latin-1', errors='replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'))
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print('abc'.encode(), 'abc'.encode('ascii'), 'é'.encode('utf-16-le'), 'é'.encode('latin-1'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
print(b'\xff'.decode('utf-8', 'backslashreplace'))
print(str(b'abc', 'ascii'), str(b'x'), bytes('é', 'utf-8'))
