class Node:
    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right, self.order = weight, symbol, left, right, order

    def key(self):
        return (self.weight, self.order)


class PQ:
    def __init__(self):
        self.items = []

    def push(self, node):
        self.items.append(node)
        self.items.sort(key=Node.key)

    def pop(self):
        return self.items.pop(0)

    def __len__(self):
        return len(self.items)


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    pq = PQ()
    order = 0
    for ch in sorted(freq):
        pq.push(Node(freq[ch], ch, order=order))
        order += 1
    while len(pq) > 1:
        a, b = pq.pop(), pq.pop()
        pq.push(Node(a.weight + b.weight, left=a, right=b, order=order))
        order += 1
    return pq.pop(), freq


def codes(node, prefix='', table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or '0'
    else:
        codes(node.left, prefix + '0', table)
        codes(node.right, prefix + '1', table)
    return table


def encode(text, table):
    return ''.join(table[ch] for ch in text)


def decode(bits, root):
    out, node = [], root
    if root.symbol is not None:
        return root.symbol * len(bits)
    for b in bits:
        node = node.left if b == '0' else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return ''.join(out)


def pack(bits):
    pad = (-len(bits)) % 8
    bits += '0' * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


for text in ['abracadabra', 'mississippi river', 'aaaaaaa', 'the quick brown fox jumps over the lazy dog']:
    root, freq = build(text)
    table = codes(root)
    bits = encode(text, table)
    packed, pad = pack(bits)
    print(repr(text))
    print('  codes:', sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
    print('  bits:', len(bits), 'vs', 8 * len(text), 'bytes:', packed.hex(), 'pad', pad)
    print('  roundtrip:', decode(bits, root) == text)
    weighted = sum(freq[c] * len(table[c]) for c in freq)
    print('  weighted length equals bits:', weighted == len(bits))
