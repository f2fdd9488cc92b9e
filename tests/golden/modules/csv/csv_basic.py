import csv, io

def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        try:
            w.writerow(r)
        except Exception as e:
            print("ERR", type(e).__name__, e)
    print(repr(s.getvalue()))
    return s.getvalue()

rows = [["a", "b c", 'q"uote', "x,y", "line\nbreak", "", None, 1, 2.5, True]]
out = show(rows)
print(list(csv.reader(io.StringIO(out, newline=""))))
show(rows, quoting=csv.QUOTE_ALL)
show(rows, quoting=csv.QUOTE_NONNUMERIC)
show(rows, quoting=csv.QUOTE_NONE)
show(rows, quoting=csv.QUOTE_NONE, escapechar="\\")
show(rows, doublequote=False)
show(rows, doublequote=False, escapechar="\\")
show([["a", "b"]], delimiter=";", lineterminator="\n")
show([[""], [], ["", ""]])
show([[""]], quoting=csv.QUOTE_NONE)
show([5])
show([["a\\b"]], escapechar="\\")
show([["x"]], dialect="unix")
show([["x", "y z"]], dialect="excel-tab")

def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        print([row for row in r], r.line_num)
    except csv.Error as e:
        print("Error:", e)

rd('a,b,c\r\n1,2,3\r\n')
rd('a,"b,c",d\n"x""y",z\n\n"multi\nline",e\n')
rd('a, b, "c d"', skipinitialspace=True)
rd('a, b, "c d"')
rd('a;b;c', delimiter=';')
rd('"a"b,c')
rd('"a"b,c', strict=True)
rd('"abc', strict=True)
rd('"abc')
rd('a\\,b,c', escapechar='\\')
rd('"a\\"b",c', escapechar='\\', doublequote=False)
rd('1,"2",3.5,4', quoting=csv.QUOTE_NONNUMERIC)
rd("'a,b',c", quotechar="'")
rd('"a,b",c', quoting=csv.QUOTE_NONE)
rd("a\rb\r")
try:
    list(csv.reader([b"abc"]))
except csv.Error as e:
    print(e)
try:
    list(csv.reader(["a\rb,c"]))
except csv.Error as e:
    print(e)

for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quotechar='ab'),
           dict(lineterminator=1), dict(quoting=9), dict(escapechar='ab'),
           dict(delimiter=None), dict(delimiter='')]:
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError", e)

old = csv.field_size_limit(10)
print(old)
rd("abcdefghijklmnop,x")
csv.field_size_limit(old)
print(csv.field_size_limit())

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), d.doublequote)
show([["a", "b"]], dialect="pipes")
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print("Error", e)

class My(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
show([["a:b", "c"]], dialect=My)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
print(issubclass(csv.Error, Exception))
import csv, io
for q in (0, 1, 2, 3):
    try:
        csv.writer(io.StringIO(), quotechar=None, quoting=q); print(q, 'ok')
    except Exception as e:
        print(q, e)
s = io.StringIO(); w = csv.writer(s, quotechar=None, escapechar='\\'); w.writerow(['a,b', 'c"d', ''])
try:
    w.writerow([''])
except csv.Error as e:
    print(e)
print(repr(s.getvalue()), w.dialect.quoting)
print(list(csv.reader(['a,"b",c'], quotechar=None)))
