grades = {
    'alice': [92, 88, 95, 79],
    'bob': [75, 64, 80, 70],
    'carol': [88, 91, 85, 94],
    'dave': [55, 62, 48, 70],
    'erin': [100, 97, 99, 98],
}
def letter(avg):
    for cutoff, l in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if avg >= cutoff:
            return l
    return 'F'
report = []
for name, scores in grades.items():
    avg = sum(scores) / len(scores)
    report.append((name, avg, letter(avg), max(scores), min(scores)))
report.sort(key=lambda r: -r[1])
print(f"{'rank':<5}{'name':<8}{'avg':>7} {'grade':<6}{'best':>5}{'worst':>6}")
for i, (name, avg, l, hi, lo) in enumerate(report, 1):
    print(f'{i:<5}{name.title():<8}{avg:>7.2f} {l:<6}{hi:>5}{lo:>6}')
dist = {}
for r in report:
    dist[r[2]] = dist.get(r[2], 0) + 1
print(' '.join(f'{g}:{"*" * dist.get(g, 0)}' for g in 'ABCDF'))
all_scores = [s for v in grades.values() for s in v]
mean = sum(all_scores) / len(all_scores)
sd = (sum((s - mean) ** 2 for s in all_scores) / len(all_scores)) ** 0.5
srt = sorted(all_scores)
median = (srt[len(srt) // 2 - 1] + srt[len(srt) // 2]) / 2
print(f'mean={mean:.2f} sd={sd:.2f} median={median} range={srt[0]}-{srt[-1]}')
top_per_test = [max(grades, key=lambda n: grades[n][i]) for i in range(4)]
print(top_per_test)
