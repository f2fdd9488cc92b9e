import hashlib, hmac
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, 10).hex())
m = hmac.new(b'key', b'msg', 'sha256'); print(m.hexdigest(), m.name, m.digest_size, m.block_size, hmac.digest(b'key', b'msg', 'md5').hex())
m2 = hmac.new(b'k'*100, digestmod=hashlib.sha512); m2.update(b'x'); print(m2.copy().hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
