values = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', ' ', '0', [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), b'', b'\x00', bytearray(), frozenset()]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F', not v)
