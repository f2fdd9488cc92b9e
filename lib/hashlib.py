"""lib/hashlib.py: secure hashes and message digests, over OpenSSL.

Every algorithm is _hashlib (src/modules/mod_hashlib.c, OpenSSL's EVP API).
The constructors take an optional initial bytes-like value and the
keyword-only usedforsecurity flag, as CPython 3.11's do.
"""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names) | algorithms_guaranteed

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in ('blake2b', 'blake2s'):
        return _BLAKE2[name](data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256


def _blake2_factory(name, ctor, max_digest):
    def make(data=b'', *, digest_size=max_digest, key=b'', salt=b'', person=b'',
             fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
             inner_size=0, last_node=False, usedforsecurity=True):
        if not 1 <= digest_size <= max_digest:
            raise ValueError("digest_size must be between 1 and %d bytes" % max_digest)
        if (digest_size != max_digest or key or salt or person or fanout != 1 or depth != 1
                or leaf_size or node_offset or node_depth or inner_size or last_node):
            raise ValueError("%s: only the default parameters are supported by this build" % name)
        return ctor(data)
    make.__name__ = make.__qualname__ = name
    return make


blake2b = _blake2_factory('blake2b', _hashlib.openssl_blake2b, 64)
blake2s = _blake2_factory('blake2s', _hashlib.openssl_blake2s, 32)
_BLAKE2 = {'blake2b': blake2b, 'blake2s': blake2s}

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading.

    `digest` is a hash name or a callable returning a new hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
