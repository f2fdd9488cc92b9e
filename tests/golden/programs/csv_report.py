DATA = """region,product,units,price
north,apple,120,0.50
south,apple,80,0.55
north,banana,200,0.25
east,cherry,15,4.00
south,banana,,0.30
west,apple,60,0.45
east,apple,95,0.52
north,cherry,30,3.75
"quoted, region",banana,10,0.20
south,cherry,abc,4.10
"""


def split_csv_line(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == ',' and not quoted:
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append(''.join(cur))
    return fields


def load(text):
    lines = text.strip().split('\n')
    header = split_csv_line(lines[0])
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        rec = dict(zip(header, split_csv_line(line)))
        try:
            rec['units'] = int(rec['units'])
            rec['price'] = float(rec['price'])
        except ValueError as e:
            errors.append(f'line {n}: {e}')
            continue
        rows.append(rec)
    return rows, errors


def group_by(rows, key):
    groups = {}
    for r in rows:
        groups.setdefault(r[key], []).append(r)
    return groups


def table(headers, rows, aligns):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    def fmt(row):
        cells = []
        for v, w, a in zip(row, widths, aligns):
            cells.append(str(v).ljust(w) if a == '<' else str(v).rjust(w))
        return '| ' + ' | '.join(cells) + ' |'
    sep = '+-' + '-+-'.join('-' * w for w in widths) + '-+'
    out = [sep, fmt(headers), sep] + [fmt(r) for r in rows] + [sep]
    return '\n'.join(out)


rows, errors = load(DATA)
print(len(rows), 'rows')
for e in errors:
    print('skip', e)
by_product = group_by(rows, 'product')
summary = []
for product in sorted(by_product):
    rs = by_product[product]
    units = sum(r['units'] for r in rs)
    revenue = sum(r['units'] * r['price'] for r in rs)
    summary.append((product, len(rs), units, f'{revenue:.2f}', f'{revenue / units:.3f}'))
print(table(('product', 'rows', 'units', 'revenue', 'avg'), summary, '<>>>>'))
by_region = group_by(rows, 'region')
reg = sorted(((k, sum(r['units'] for r in v)) for k, v in by_region.items()), key=lambda t: -t[1])
print(table(('region', 'units'), reg, '<>'))
best = max(rows, key=lambda r: r['units'] * r['price'])
print('best line:', best)
print(split_csv_line('a,"b,c",,d'))
