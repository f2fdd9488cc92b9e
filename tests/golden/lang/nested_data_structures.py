company = {
    'name': 'Acme',
    'departments': [
        {'name': 'eng', 'staff': [{'n': 'ann', 'sal': 120}, {'n': 'bo', 'sal': 100}]},
        {'name': 'ops', 'staff': [{'n': 'cy', 'sal': 90}]},
        {'name': 'empty', 'staff': []},
    ],
}
for d in company['departments']:
    total = sum(s['sal'] for s in d['staff'])
    print(d['name'], len(d['staff']), total, max((s['n'] for s in d['staff']), default='-'))
everyone = sorted((s for d in company['departments'] for s in d['staff']), key=lambda s: -s['sal'])
print([s['n'] for s in everyone])
company['departments'][1]['staff'].append({'n': 'di', 'sal': 95})
print({d['name']: [s['n'] for s in d['staff']] for d in company['departments']})
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid[1][2], len(grid), len(grid[0]))
