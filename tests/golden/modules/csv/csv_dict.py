import csv, io

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "age", "city"], restval="?")
w.writeheader()
w.writerow({"name": "Ann", "age": 30, "city": "Oslo"})
w.writerow({"name": "Bob"})
w.writerows([{"name": "C", "age": 1}, {"city": "X"}])
try:
    w.writerow({"name": "D", "zzz": 1})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(s, fieldnames=["name"], extrasaction="ignore")
w2.writerow({"name": "E", "zzz": 1})
try:
    csv.DictWriter(s, ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)
print(repr(s.getvalue()))

r = csv.DictReader(io.StringIO(s.getvalue()))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="rest", restval="RV")
for row in r:
    print(row)
r = csv.DictReader(["1;2", "3;4"], fieldnames=["x", "y"], delimiter=";")
print(list(r))
print(csv.DictReader(io.StringIO("")).fieldnames)

sn = csv.Sniffer()
sample = "name,age,city\nAnn,30,Oslo\nBob,25,Rome\nCid,40,Nice\n"
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace)
print(sn.has_header(sample))
print(sn.has_header("1,2,3\n4,5,6\n7,8,9\n"))
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(d.delimiter))
d = sn.sniff('"a b";"c";"d"\n"1";"2";"3"\n')
print(repr(d.delimiter), repr(d.quotechar))
d = sn.sniff("x\ty\tz\n1\t2\t3\n")
print(repr(d.delimiter))
