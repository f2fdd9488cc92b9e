# datetime: timedelta, date, time, datetime, timezone: arithmetic, reprs, isoformat, strftime, strptime.
import datetime as d, time
from datetime import date, datetime, timedelta, timezone, time as dtime
print(repr(d.timedelta(days=-1, seconds=5)), str(d.timedelta(days=-1, seconds=5)), str(d.timedelta(days=2, microseconds=5)), repr(d.timedelta()))
print(repr(d.timezone(d.timedelta(hours=1))), str(d.timezone(d.timedelta(hours=-1, seconds=-30))), repr(d.timezone.utc), d.timezone.utc, d.timezone(d.timedelta(0)), repr(d.timezone(d.timedelta(0))))
print(d.timedelta(seconds=1.5e-7), d.timedelta(seconds=2.5e-6), d.timedelta(days=0.1), d.timedelta(minutes=-0.5), d.timedelta(weeks=1, hours=-1), d.timedelta(microseconds=0.5), d.timedelta(microseconds=1.5), d.timedelta(seconds=0.1))
print(d.timedelta(hours=1) * 1.1, d.timedelta(hours=1) / 7, d.timedelta(hours=1) // 7, d.timedelta(hours=1) / d.timedelta(minutes=7), d.timedelta(hours=1) % d.timedelta(minutes=7), divmod(d.timedelta(hours=1), d.timedelta(minutes=7)))
for f in [lambda: d.timedelta(days=1000000000), lambda: d.timedelta('x'), lambda: d.date(2020, 13, 1), lambda: d.date(2020, 2, 30), lambda: d.date(0, 1, 1), lambda: d.date('2020', 1, 1), lambda: d.time(24), lambda: d.datetime(2020,1,1,tzinfo=1), lambda: d.timezone(d.timedelta(hours=24)), lambda: d.timezone(1), lambda: d.date.max + d.timedelta(1), lambda: d.time(fold=2), lambda: d.timedelta(1) / 0, lambda: d.date(2020,1,1) < d.datetime(2020,1,1), lambda: d.datetime(2020,1,1) < d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.datetime(2020,1,1) - d.datetime(2020,1,1,tzinfo=d.timezone.utc)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for s in ['2011-11-04T00:05:23.1234567', '2011-11-04T00:05:23,5', '2011-11-04T00:05:23Z', '20111104T000523', '2011-W01-2', '2011-11-04 00:05', '2011-11-04T00', '2011-11-04T00:05:23.283+00:00', '2011-11-04T00:05:23-0430', 'x', '2011-11-04T24:00', '2011-11-04T00:05:23+04', '2011-11-04', '2011W012', '2011-11-04T12:30:45.5-05:30:15']:
    try: print(repr(d.datetime.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
for s in ['2020-01-05', '20200105', '2020-W01-1', '2020-1-05', 'abc']:
    try: print(repr(d.date.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
for s in ['12:30', '12:30:45.123', '123045', 'T12:30:45+01:00', '25:00', '12:3']:
    try: print(repr(d.time.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
dt = datetime(2021, 3, 14, 15, 9, 26, 535897)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(' ', 'milliseconds'), dt.isoformat(timespec='minutes'), dt.ctime(), dt.date(), dt.time(), repr(dt.timetz()))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.timetuple(), dt.toordinal(), dt.replace(year=2000), dt + timedelta(days=400, hours=10), dt - timedelta(weeks=100), dt - datetime(2000, 1, 1))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %p %I %y %%'), f'{dt:%d/%m/%Y}', format(dt, ''), dt.strftime('%z|%Z'))
aw = dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(repr(aw), aw, aw.utcoffset(), aw.tzname(), aw.dst(), aw.strftime('%z %Z'), aw.astimezone(timezone.utc), aw.timestamp(), aw.utctimetuple())
print(datetime.fromtimestamp(1600000000.5, timezone.utc), datetime.utcfromtimestamp(0), datetime.fromtimestamp(-1.25, tz=timezone.utc), repr(datetime.fromtimestamp(86400 * 365.25 * 30 + 0.000001, timezone.utc)))
print(datetime.combine(date(2020, 1, 1), dtime(10, 30, tzinfo=timezone.utc)), repr(dtime(1, 2, 3, 4, fold=1)), repr(dtime()), dtime(5, 6, 7).isoformat(), str(dtime(1, 2, tzinfo=timezone(-timedelta(hours=3)))))
print(hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1)), datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1, 5, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))), date(2020, 1, 1) == datetime(2020, 1, 1), sorted([date(2020, 5, 1), date(2019, 1, 1)]))
print(datetime.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('Mar 4 2020 5PM', '%b %d %Y %I%p'), repr(datetime.strptime('2020-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z')), datetime.strptime('1.5', '%S.%f'), repr(datetime.strptime('2020 UTC', '%Y %Z')))
print(time.strptime('2020-03-04', '%Y-%m-%d'), time.strptime('Thu Jan  2 03:04:05 2020'), datetime.strptime('2020 10 1', '%Y %W %w'), datetime.strptime('2020 53 7', '%G %V %u'), datetime.strptime('100', '%j'))
for a in [('2020-13-01', '%Y-%m-%d'), ('2020-01-01x', '%Y-%m-%d'), ('2020', '%Q'), ('2020', '%Y%')]:
    try: print(datetime.strptime(*a))
    except ValueError as e: print('ValueError', e)
print(d.MINYEAR, d.MAXYEAR, d.date.min, d.date.max, d.datetime.min, d.datetime.max, d.time.max, d.timedelta.min, d.timedelta.max, d.timedelta.resolution, d.timezone.min, d.timezone.max, d.UTC)
print(timedelta(days=1, hours=2).total_seconds(), abs(timedelta(-1)), -timedelta(1), timedelta(1) == timedelta(hours=24), timedelta(0) < timedelta(1), bool(timedelta(0)), 3 * timedelta(hours=1), timedelta(hours=1) * 2.5)
print(date(2020,1,31) + timedelta(days=1), date(2020,3,1) - date(2020,2,1), date(2020,1,1).replace(day=15), date(2020,1,1).ctime(), date(2020,1,1).strftime('%A %d %B %Y'), repr(date(2020,1,1)), date(2020,1,1).weekday())
class MyTZ(d.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-8)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'PST'
x = datetime(2020, 6, 1, 12, tzinfo=MyTZ()); print(x, x.astimezone(timezone.utc), x.tzname(), x.utctimetuple().tm_hour, x.timetuple().tm_isdst)
