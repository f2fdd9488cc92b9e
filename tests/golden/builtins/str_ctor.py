print(str(), str(1), str(-2.5), str([1, 'a']), str((1,)), str({'a': 1}), str(None), str(True), str(b'x'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(object)[:6])
class S:
    def __str__(self):
        return 'S-object'
class NoStr:
    def __repr__(self):
        return 'repr-only'
print(str(S()), str(NoStr()))
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
