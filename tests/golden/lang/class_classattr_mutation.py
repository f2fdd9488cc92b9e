class Config:
    defaults = {'debug': False, 'level': 1}
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
a = Config(debug=True)
b = Config(level=5)
print(a.settings, b.settings, Config.defaults)
Config.defaults['level'] = 99
c = Config()
print(c.settings, a.settings['level'])
class Shared:
    bucket = []
    def add(self, x):
        self.bucket.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.bucket, s1.bucket is s2.bucket)
