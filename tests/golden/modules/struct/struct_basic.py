import struct
def t(f, *a):
  try: print(repr(f), a, repr(struct.pack(f, *a)))
  except Exception as e: print(repr(f), a, type(e).__name__, e)
t('h', 40000); t('<h', 40000); t('B', 256); t('b', -129); t('i', 2**31); t('<I', -1); t('<q', 2**63); t('Q', -1); t('<Q', 2**64); t('l', 2**63); t('<l', 2**31); t('L', -1)
t('i', 1.0); t('i', '1'); t('f', 'x'); t('c', b'ab'); t('s', 'x'); t('i'); t('2i', 1); t('z', 1); t('3', 1); t('<P', 1); t('<n', 1); t('e', 1e6); t('f', 1e300); t('?', []); t('5p', b'abcdefg'); t('3s', b'abcdef'); t('xic', 1, b'a'); t('<e', 1.5); t('>d', 0.1); t('@ci', b'a', 1); t('=ci', b'a', 1)
t('i i', 1, 2); t('<0s', b''); t('>2H', 1, 2); t('N', -1); t('n', 2**63)
t('<I', 2**32); t('I', 2**32); t('I', -1); t('<L', 2**32); t('<L', -1); t('<i', -2**31-1); t('H', -1); t('<H', 70000); t('<B',-1); t('<q', 2**70); t('P', -1); t('P', 1.5); t('c', 'a'); t('p', 'a'); t('?', 2); t('i', True)
t('<Q', 2**64-1); t('>q', -2**63); t('<QqHh', 2**63, -5, 65535, -32768)
class I:
  def __index__(self): return 7
  def __repr__(self): return 'I()'
t('i', I()); t('d', I()); t('d', 3); t('s', bytearray(b'ab')); t('c', bytearray(b'a'))
for v in [0.0, -0.0, 1.0, 65504.0, 65520.0, 6e-8, 2.9e-8, 1e-5, 0.333333, float('nan'), -float('inf'), 1.0009765625, 1.00048828125, 1.00146484375]:
  try: b = struct.pack('<e', v); print(v, b, struct.unpack('<e', b))
  except Exception as e: print(v, e)
for f, b in [('i', b'abc'), ('<h', b'ab'), ('>e', b'\x3c\x00'), ('?', b'\x02'), ('3p', b'\x05ab'), ('c', b'z'), ('<qQ', b'\xff'*16), ('>bB', b'\x80\x80'), ('<fd', struct.pack('<fd', 1.5, -2.25))]:
  try: print(f, struct.unpack(f, b))
  except Exception as e: print(f, type(e).__name__, e)
for call in [lambda: struct.unpack_from('<i', b'abcdefghij', 8), lambda: struct.unpack_from('<i', b'abcdefghij', -11), lambda: struct.pack_into('<i', bytearray(5), 2, 1), lambda: list(struct.iter_unpack('<i', b'abcdefg')), lambda: struct.iter_unpack('', b''), lambda: struct.Struct(5), lambda: struct.unpack_from('<h', b'abcd', offset=-2), lambda: struct.calcsize('<q5s?')]:
  try: print(call())
  except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<ih'); print(s.format, s.size, s.unpack_from(b'\x00'*10, 2), struct.calcsize('@ci'), struct.calcsize('ci0q'), struct.calcsize('=ci'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.pack('<e', float('inf')), struct.pack('<e', 65519.99), struct.pack('<e', 1e-8))
ba = bytearray(8); struct.pack_into('>hh', ba, 4, 1, -1); print(ba); struct.pack_into('<h', ba, -2, 258); print(ba)
print(struct.Struct(b'>i').format, struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(struct.pack('bhilqnBHILQN?', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, True), struct.calcsize('bhilqnBHILQN?P'))
