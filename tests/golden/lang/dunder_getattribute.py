class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback:' + name
l = Logged()
print(l.a)
print(l.nothing)
class Hide:
    secret = 'x'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)
print(hasattr(Hide(), 'secret'), Hide.secret)
