def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def dumps(value, indent=2, level=0, sort_keys=False):
    pad = ' ' * (indent * (level + 1))
    end_pad = ' ' * (indent * level)
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            raise ValueError('NaN not allowed')
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + end_pad + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            items.append(pad + escape(k) + ': ' + dumps(value[k], indent, level + 1, sort_keys))
        return '{\n' + ',\n'.join(items) + '\n' + end_pad + '}'
    raise TypeError(f'Object of type {type(value).__name__} is not JSON serializable')


class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \n\t\r':
            self.i += 1

    def parse(self):
        self.ws()
        ch = self.s[self.i]
        if ch == '{':
            self.i += 1
            obj = {}
            self.ws()
            if self.s[self.i] == '}':
                self.i += 1
                return obj
            while True:
                self.ws()
                k = self.parse()
                self.ws()
                assert self.s[self.i] == ':'
                self.i += 1
                obj[k] = self.parse()
                self.ws()
                if self.s[self.i] == ',':
                    self.i += 1
                    continue
                self.i += 1
                return obj
        if ch == '[':
            self.i += 1
            arr = []
            self.ws()
            if self.s[self.i] == ']':
                self.i += 1
                return arr
            while True:
                arr.append(self.parse())
                self.ws()
                if self.s[self.i] == ',':
                    self.i += 1
                    continue
                self.i += 1
                return arr
        if ch == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == '\\':
                    j += 1
                    buf.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[self.s[j]])
                else:
                    buf.append(self.s[j])
                j += 1
            self.i = j + 1
            return ''.join(buf)
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in '+-0123456789.eE':
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in '.eE') else int(num)


data = {'name': 'pith', 'version': [0, 1, 0], 'stable': False, 'deps': {},
        'tags': ['fast', 'small'], 'ratio': 0.5, 'notes': 'line1\nline "two"', 'owner': None,
        'nested': {'z': 1, 'a': [{'deep': True}, []]}}
text = dumps(data)
print(text)
print(dumps(data, indent=1, sort_keys=True))
back = Parser(text).parse()
print(back == data)
for bad in [{1: 'x'}, {'s': {1, 2}}, [float('nan')]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Parser(' [1, -2.5, "a\\tb", {"k": [true, null]}] ').parse())
