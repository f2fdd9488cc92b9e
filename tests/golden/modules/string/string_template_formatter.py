import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('ÉCOLE normale'))
t = Template('$who likes $what, costs $$10 ${who}s')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'x'}, what='override'))
print(t.safe_substitute(who='bob'), t.get_identifiers(), t.is_valid(), t.template)
for tpl, kw in [('$missing', {}), ('bad $ here', {}), ('a\nb $1', {}), ('${unclosed', {'unclosed': 1}), ('$', {})]:
    try:
        print(Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('bad $ here ${x} $y $$ ${').safe_substitute(y='Y'), Template('$a$b_c $a').get_identifiers(), Template('$ x').is_valid())
class Pct(Template):
    delimiter = '%'
print(Pct('%x and %% and %{y}z').substitute(x=1, y=2))
class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$user.name is ${user.age}').safe_substitute({'user.name': 'Al'}))
print(Template('$A_1 $a1').substitute(A_1='up', a1='low'), Template('${café}').safe_substitute())
f = Formatter()
print(f.format('{0:>{1}}|{x.real}|{y[1]}|{0!r}|{{lit}}', 'ab', 6, x=3, y=[1, 2]))
print(f.format('{} and {}', 'a', 'b'), f.vformat('{n:05d}', (), {'n': 42}), f.format('{0[k]}', {'k': 'v'}))
print(list(f.parse('x{0:{1}}y{{z}}{a!s}')))
for bad in ['{}{0}', '{', '}', '{0!x}', '{0:{1:{2:{3}}}}']:
    try:
        print(f.format(bad, 1, 2, 3, 4))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {name} {missing}', 'hi', name='there'))
