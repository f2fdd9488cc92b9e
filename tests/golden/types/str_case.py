# str case mapping and classification, with full Unicode special casing.
words = ["hello World", "ǆemal", "ß straße", "ΑΣ ΣΑΣ Σ", "ﬁne ﬂy", "İstanbul", "ŉ", "MiXeD 123", "o'neil's", "", "123", "éÉ", "ᾳ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isspace())
for c in ["0", "٣", "²", "½", "Ⅻ", "一", "a", " ", "\u00a0", "\u2028", "\x1c", "_", "é", "\t", "€"]:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(), c.isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "".isprintable(), "a\nb".isprintable())
for ident in ["abc", "_x1", "1x", "", "a-b", "ñandú", "x²", "℘x", "a·b"]:
    print(repr(ident), ident.isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǅungla".istitle())
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy", "c")), str.maketrans({"a": 1, 98: "z"}))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "€".encode("utf-16-le"))
