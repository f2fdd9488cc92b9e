from types import SimpleNamespace
cfg = SimpleNamespace(host='localhost', port=8080)
cfg.debug = True
print(cfg)
print(cfg.host, cfg.port, vars(cfg))
del cfg.debug
print(cfg, hasattr(cfg, 'debug'))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=2))
nested = SimpleNamespace(db=SimpleNamespace(user='u', pw='p'), retries=3)
print(nested.db.user, nested)
try:
    cfg.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(SimpleNamespace(**{'x': 1, 'y': 2}))
