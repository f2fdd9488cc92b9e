# Huge str repetitions and joins: CPython raises MemoryError for sizes that fit
# in a ssize_t (it tries to allocate), OverflowError beyond.
CASES = [
    "'x' * 2**62",
    "'ab' * 2**61",
    "' ' * (2**62 - 1)",
    "'xy'.replace('', 'a' * 2**40)",
    "' '.join(['a'] * 2**40)",
    "'\\t'.expandtabs(2**62)",
]
for c in CASES:
    try:
        r = eval(c)
        print(c, "->", len(r))
    except (MemoryError, OverflowError) as e:
        print(c, "->", type(e).__name__, e)
