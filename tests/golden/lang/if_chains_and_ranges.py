def grade(score):
    if not 0 <= score <= 100:
        return 'invalid'
    elif score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    return 'F'
print([grade(s) for s in [-1, 0, 69.9, 70, 85, 90, 100, 101]])
def season(month):
    if month in (12, 1, 2):
        return 'winter'
    if month in range(3, 6):
        return 'spring'
    if 6 <= month <= 8:
        return 'summer'
    return 'autumn'
print([season(m) for m in range(1, 13)])
