def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ''))
        i = j
    r = ''.join(out)
    return r if len(r) < len(s) else s
def decompress(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        i += 1
        num = ''
        while i < len(s) and s[i].isdigit():
            num += s[i]
            i += 1
        out.append(ch * int(num or 1))
    return ''.join(out)
for s in ['aabcccccaaa', 'abc', '', 'zzzzzzzzzzzz', 'aabbaabb']:
    c = compress(s)
    print(repr(s), repr(c), decompress(c) == s)
def lzw_encode(data):
    table = {chr(i): i for i in range(256)}
    w, out = '', []
    for c in data:
        if w + c in table:
            w += c
        else:
            out.append(table[w])
            table[w + c] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out
def lzw_decode(codes):
    table = {i: chr(i) for i in range(256)}
    w = table[codes[0]]
    out = [w]
    for k in codes[1:]:
        entry = table[k] if k in table else w + w[0]
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return ''.join(out)
codes = lzw_encode('TOBEORNOTTOBEORTOBEORNOT')
print(codes, lzw_decode(codes))
