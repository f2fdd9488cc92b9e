class A:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
    def get(self):
        return self.__secret
    def __helper(self):
        return 'helper'
    def call(self):
        return self.__helper()
a = A()
print(a.get(), a._prot, a.call())
print(sorted(vars(a)))
print(a._A__secret, a._A__helper())
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 'b'
b = B()
print(sorted(vars(b)), b.get())
