s = 'hello World foo-bar'
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print('ßtraße'.upper(), 'ß'.casefold(), 'ǅ'.lower(), "they're bill's".title())
print('ABC'.isupper(), 'abc'.islower(), 'Abc Def'.istitle(), 'abc'.istitle(), '123'.isupper())
print('hELLO'.capitalize(), ''.capitalize(), '1abc'.capitalize())
print('İ'.lower().encode('utf-8'), len('İ'.lower()))
