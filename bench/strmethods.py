# strmethods: the str methods text processing leans on: split, join,
# replace, find/index/count, strip, upper/lower/title, startswith,
# partition, slicing and comparisons, over a generated corpus.
import sys

REPEAT = 18_000
if "--quick" in sys.argv[1:]:
    REPEAT = 100

BASE = [
    "  The Quick Brown Fox jumps over the lazy dog;  ",
    "key1 = value one # comment",
    "path/to/some/file.txt",
    "CSV,fields,with,,empty,values",
    "\tIndented\tline with\ttabs\t",
    "MiXeD CaSe wOrDs HeRe",
    "email@example.com, other.person@example.org",
    "2024-01-15T10:30:00 INFO request served in 25ms",
]


def parse_kv(line):
    body, _, comment = line.partition("#")
    key, sep, value = body.partition("=")
    if not sep:
        return None
    return key.strip(), value.strip(), comment.strip()


def main():
    corpus = []
    for i in range(REPEAT):
        for line in BASE:
            corpus.append(line + str(i % 17))

    words = 0
    upper = 0
    found = 0
    replaced = 0
    fields = 0
    stripped = 0
    for line in corpus:
        ws = line.split()
        words += len(ws)
        upper += sum(1 for w in ws if w.isupper() or w.istitle())
        found += line.find("o") + line.rfind("e") + line.count("a")
        replaced += len(line.replace("the", "THE").replace(" ", ""))
        fields += len(line.split(","))
        stripped += len(line.strip()) + len(line.lstrip(" \t")) + len(line.rstrip("0123456789"))
    print("words", words, "upper/title", upper)
    print("found", found, "replaced", replaced, "fields", fields, "stripped", stripped)

    s = 0
    for line in corpus:
        if line.startswith(("key", "path")):
            s += 1
        if line.endswith(("1", "2")):
            s += 2
        low = line.lower()
        s += low.count("e") + line.upper().count("E") + len(line.title()) + len(line.swapcase())
        if "@" in line:
            user, _, domain = line.partition("@")
            s += len(domain.split(".")[0])
    print("mixed", s)

    kv = [parse_kv(line) for line in corpus if "=" in line]
    print("kv", len(kv), kv[0], kv[-1])

    paths = [line.split("/") for line in corpus if line.startswith("path")]
    exts = {}
    for p in paths:
        name, dot, ext = p[-1].rpartition(".")
        exts[ext] = exts.get(ext, 0) + 1
    print("exts", sorted(exts.items())[:4])

    text = "\n".join(corpus[:4000])
    lines = text.splitlines()
    print("splitlines", len(lines), text.count("\n"), text.index("lazy"), text.rindex("lazy"))
    print("misc", "-".join("abc"), "x".center(9, "*"), "42".zfill(6), "a,b,,c".split(",", 2),
          "  pad ".ljust(10, ".") + "|", "Hello"[::-1], "ab" * 3, "abc" < "abd",
          "ß".upper(), "İ".lower() == "i̇", "\u00e9t\u00e9".encode("utf-8"),
          "snake_case_name".title().replace("_", ""), "tab\there".expandtabs(4),
          " x ".isspace(), "123".isdigit(), "abc".isalpha(), ord("€"), chr(8364))
    tokens = [w.strip(";,").lower() for line in corpus[:8000] for w in line.split()]
    print("tokens", len(tokens), len(set(tokens)), max(tokens), min(tokens))


main()
