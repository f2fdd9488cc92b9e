import hashlib
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(20) if n.startswith('shake') else h.hexdigest())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); c.update(b'b'); print(h.hexdigest(), c.hexdigest(), hashlib.md5(b'x').digest())
for call in [lambda: hashlib.new('nope'), lambda: hashlib.sha256('abc'), lambda: hashlib.shake_128(b'x').digest(), lambda: hashlib.new('SHA256').name, lambda: hashlib.sha1(usedforsecurity=False).name]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
