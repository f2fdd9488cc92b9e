MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    # Zeller-style: 0 = Monday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_calendar(y, m):
    lines = [f'{MONTHS[m - 1]} {y}'.center(20), 'Mo Tu We Th Fr Sa Su']
    first = weekday(y, m, 1)
    cells = ['  '] * first + [f'{d:2d}' for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]))
    return '\n'.join(lines)


def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d


def days_between(a, b):
    def ordinal(y, m, d):
        yy = y - 1
        return yy * 365 + yy // 4 - yy // 100 + yy // 400 + day_of_year(y, m, d)
    return ordinal(*b) - ordinal(*a)


print(month_calendar(2024, 2))
print()
print(month_calendar(2023, 10))
names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, names[weekday(*date)], 'day', day_of_year(*date))
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
print(days_between((2000, 1, 1), (2024, 1, 1)), days_between((1970, 1, 1), (2038, 1, 19)))
fri13 = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fri13)
