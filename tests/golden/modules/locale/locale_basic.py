# locale: the C locale: setlocale, getlocale, localeconv, number formatting.
import locale
# calendar, platform, locale, getpass.
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.localeconv(), locale.getpreferredencoding(False), locale.format_string('%d %.2f', (1234, 5.5), grouping=True), locale.atof('1.5'), locale.atoi('12'), locale.str(1.5), locale.getencoding(), locale.LC_CTYPE, locale.LC_ALL, locale.CHAR_MAX)
try: locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e: print(type(e).__name__, e)
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_ALL, ''), locale.strcoll('a', 'b'))
