# calendar: text calendars, month arithmetic, Calendar iterators, errors.
import calendar
print(calendar.month(2024, 2)); print(calendar.calendar(2023))
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.month(2024, 3, 3, 2)); print(calendar.firstweekday()); calendar.setfirstweekday(0)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 1, 1), calendar.monthrange(2024, 2), calendar.monthcalendar(2024, 2))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), calendar.month_abbr[1:4], calendar.timegm((2020, 1, 1, 0, 0, 0)))
c = calendar.Calendar(6); print(list(c.iterweekdays()), list(c.itermonthdays2(2024, 2))[:8], c.monthdatescalendar(2024, 2)[0], list(c.itermonthdays4(2024, 2))[:2])
tc = calendar.TextCalendar(); print(tc.formatyear(2024, 2, 1, 6, 4))
try: calendar.monthrange(2020, 13)
except calendar.IllegalMonthError as e: print(e)
try: calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e: print(e)
