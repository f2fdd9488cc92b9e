class Config:
    pass
cfg = Config()
for k, v in {'host': 'localhost', 'port': 8080, 'debug': False}.items():
    setattr(cfg, k, v)
print(cfg.host, cfg.port, cfg.debug)
print(sorted(vars(cfg).items()))
for name in ['host', 'missing']:
    print(name, getattr(cfg, name, '<unset>'))
class Slots:
    __slots__ = ('a',)
s = Slots()
setattr(s, 'a', 1)
print(s.a)
try:
    setattr(s, 'b', 2)
except AttributeError as e:
    print(type(e).__name__, e)
