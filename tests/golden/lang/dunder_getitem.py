class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq('abcdef')
print(s[0], s[-1], s[1:4], s[::2])
s[0] = 'Z'
del s[1]
print(s, len(s))
print(list(s), 'c' in s, 'q' in s)
for ch in Seq('xy'):
    print(ch)
class Keys:
    def __getitem__(self, key):
        return f'key={key!r}'
k = Keys()
print(k['a'], k[1, 2], k[1:2], k[...], k[:, 1])
