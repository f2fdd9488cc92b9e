# strfmt: building strings: f-strings with format specs, %-formatting,
# str.format, join, repeated concatenation, repr/str of numbers.
import sys

N = 140_000
if "--quick" in sys.argv[1:]:
    N = 1_000


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price:.2f})"

    def __format__(self, spec):
        if spec == "short":
            return self.name[:3].upper()
        return str(self)


def table(items):
    lines = ["%-10s|%6s|%10s" % ("name", "qty", "price")]
    lines.append("-" * 28)
    for it in items:
        lines.append("%-10s|%6d|%10.2f" % (it.name, it.qty, it.price))
    return "\n".join(lines)


def main():
    names = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
    items = [Item(names[i % 7], i % 50, (i * 37 % 1000) / 7.0) for i in range(N)]

    total = 0
    for it in items:
        s = f"{it.name:>12}|{it.qty:04d}|{it.price:10.3f}|{it.qty * it.price:e}|{it:short}"
        total += len(s)
    print("f-strings", total)

    total = 0
    for i, it in enumerate(items):
        s = "%s:%d:%5.1f%%:%x:%o:%r" % (it.name, i, it.price, i, i, it.name)
        total += len(s)
    print("percent", total)

    total = 0
    for i, it in enumerate(items):
        s = "{0}-{1:>8}-{2:,}-{price:.4g}-{3!r}".format(i, it.name, i * 1000, it.qty, price=it.price)
        total += len(s)
    print("format", total)

    parts = []
    for i in range(N):
        parts.append(str(i))
        parts.append(repr(i / 8))
    joined = ",".join(parts)
    print("join", len(joined), joined[:40], joined[-30:])

    s = ""
    for i in range(N // 2):
        s += chr(97 + i % 26)
        if i % 100 == 99:
            s += "\n"
    print("concat", len(s), s.count("\n"), s[-5:])

    print(table(items[:8]))
    print("{:*^30}".format(" centered "))
    print(f"{3.14159265:+.3f} {255:#x} {255:#b} {1234567.891:_.2f} {0.000123:g} {1e22} {-0.0}")
    print("%(a)s and %(b)05.1f" % {"a": "dict", "b": 2.25})
    print(repr(1 / 3), str(2.5e-5), repr(1e16), repr(123456789.0 * 1000), 0.1 + 0.2)
    print(f"{'nested':{'>'}{12}}|{items[3]!r}")


main()
