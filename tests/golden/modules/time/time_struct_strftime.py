import time
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), tuple(t)[:3])
for fmt in ['%Y-%m-%d', '%H:%M:%S', '%d/%m/%y', '%A %B', '%a %b %e', '%j', '%%', '%I %p', '%w %U']:
    print(repr(fmt), time.strftime(fmt, t))
print(time.strftime('%Y', time.gmtime(0)), time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(2 ** 31 - 1)))
s = time.strptime('15 Mar 2021 13:45', '%d %b %Y %H:%M')
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_wday, s.tm_yday)
try:
    time.strptime('bad', '%Y')
except ValueError as e:
    print(type(e).__name__, e)
