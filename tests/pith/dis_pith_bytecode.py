# dis shows pith's own bytecode (its opcodes differ from CPython's, so this
# test checks structure, not text): every listed instruction is a known
# opcode, line numbers start each source line's group, jump targets are
# marked ">>", and get_instructions agrees with the listing.
# Guards lib/dis.py and src/compile/opcodes.def (the names table).
import dis
import io


def sample(a, b=2):
    total = 0
    for i in range(a):
        if i % b:
            total += i * b
    return total


def listing(x):
    buf = io.StringIO()
    dis.dis(x, file=buf)
    return buf.getvalue()


text = listing(sample)
lines = [ln for ln in text.splitlines() if ln.strip()]
names = [i.opname for i in dis.get_instructions(sample)]
print("instructions:", len(names) > 5)
print("all known:", all(n in dis.opmap for n in names))
print("opmap consistent:", all(dis.opname[dis.opmap[n]] == n for n in dis.opmap))
print("each listed:", all(n in text for n in set(names)))
print("jump targets marked:", ">>" in text)
linenos = sorted({i.starts_line for i in dis.get_instructions(sample) if i.starts_line})
first = sample.__code__.co_firstlineno
print("source lines:", [n - first for n in linenos])
print("offsets increase:", [i.offset for i in dis.get_instructions(sample)] ==
      sorted(i.offset for i in dis.get_instructions(sample)))
print("arg names shown:", "(a)" in text and "(b)" in text and "(total)" in text)
print("a string compiles:", "x" in listing("x = 1 + y") and "y" in listing("x = 1 + y"))
print("code object:", listing(sample.__code__) == text)
print("result still right:", sample(10), sample(10, 3))


class K:
    def method(self):
        return self


print("class listing names method:", "method" in listing(K))
print("lambda:", len(listing(lambda: 0).splitlines()) >= 1)
