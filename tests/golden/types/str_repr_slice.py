# str repr, indexing, slicing, comparison, iteration and the constructor.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there\nnl\r", "\x00\x1f\x7f\x80\xa0\xad", "é€😀", "\ud800", "\u200b\u2028\U000e0001", "back\\slash"]:
    print(repr(s), ascii(s), str(s) == s, len(repr(s)))
s = "Hello, wörld!"
print(s[0], s[-1], s[4], s[1:5], s[::2], s[::-1], s[-3:], s[:-3], s[5:1], s[1:10:3], s[10:1:-2], s[100:], s[-100:2])
t(lambda: s[100])
t(lambda: s[-100])
t(lambda: s["x"])
t(lambda: s[1.5])
t(lambda: s[::0])
print(list("héllo"), [c for c in ""], list(iter("ab")))
it = iter("abc")
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print("a" < "b", "a" < "ab", "b" > "abc", "é" > "z", "a" == "a", "a" != "b", "abc" <= "abc", "€" >= "é", "😀" > "€")
t(lambda: "a" < 1)
print("a" == 1, "a" != 1)
print(str(), str(123), str(1.5), str([1, "a"]), str(b"ab"), str(b"h\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"\xff", errors="replace"), str(object="x"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str(b"a", 1))
t(lambda: str(b"a", "zz"))
class S(str):
    pass
x = S("abc")
print(type(x).__name__, x, x + "d", type(x + "d").__name__, type(str(x)).__name__, x == "abc", hash(x) == hash("abc"), x.upper(), type(x[0:2]).__name__)
print({"abc": 1}[x], "abc" in {x}, sorted(["b", "a", "é", "B", "ab"]))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
print("%s" % "x", "{}".format("y"), f"{'z'}")
print("abc".__sizeof__() > 0, "abc".__getnewargs__(), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "a".__eq__(1))
print(max("hello"), min("hello"), sorted("hello"), "".join(reversed("abc")))
