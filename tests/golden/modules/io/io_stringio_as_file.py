import io
def write_report(f, rows):
    f.write('name,value\n')
    for name, value in rows:
        f.write(f'{name},{value}\n')
    return f.tell()
buf = io.StringIO()
n = write_report(buf, [('a', 1), ('b', 2.5)])
print(n, repr(buf.getvalue()))
buf.seek(0)
header = buf.readline().strip().split(',')
rows = [dict(zip(header, line.strip().split(','))) for line in buf]
print(rows)
def count_lines(f):
    return sum(1 for _ in f)
print(count_lines(io.StringIO('x\ny\nz')), count_lines(io.StringIO('')), count_lines(io.StringIO('\n\n')))
