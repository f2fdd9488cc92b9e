class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int])
print(Box['x'])
print(Box[1, 2])
print(list[int])
print(dict[str, int])
print(tuple[int, ...])
a = list[int]
print(a([1, 2]))
print(type[int])
class G:
    def __getitem__(self, k):
        return 'instance ' + repr(k)
    def __class_getitem__(cls, k):
        return 'class ' + repr(k)
print(G[0], G()[0])
