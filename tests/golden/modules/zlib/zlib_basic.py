import zlib
d = b'hello world ' * 100
c = zlib.compress(d); print(len(c), zlib.decompress(c) == d, zlib.crc32(d), zlib.adler32(d), zlib.crc32(b'abc', 5), zlib.compress(b'abc', 9), zlib.compress(b'', wbits=-15))
co = zlib.compressobj(6, zlib.DEFLATED, 31); out = co.compress(d) + co.flush(); print(len(out), zlib.decompress(out, 47) == d)
do = zlib.decompressobj(); r = do.decompress(c + b'extra', 100); print(len(r), len(do.unconsumed_tail), do.eof); r += do.decompress(do.unconsumed_tail); print(len(r), do.unused_data, do.eof, do.flush())
for call in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(c[:20]), lambda: zlib.compress(b'x', 12)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
