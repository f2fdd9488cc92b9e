class TemplateError(Exception):
    pass


def lookup(ctx, dotted):
    cur = ctx
    for part in dotted.split('.'):
        if isinstance(cur, dict):
            if part not in cur:
                raise TemplateError(f'undefined: {dotted}')
            cur = cur[part]
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            cur = getattr(cur, part)
    return cur


FILTERS = {
    'upper': str.upper,
    'lower': str.lower,
    'title': str.title,
    'len': len,
    'money': lambda v: f'${v:,.2f}',
    'join': lambda v: ', '.join(map(str, v)),
}


def render_expr(expr, ctx):
    name, *filters = [p.strip() for p in expr.split('|')]
    val = lookup(ctx, name)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f'unknown filter {f}')
        val = FILTERS[f](val)
    return str(val)


def render(tpl, ctx):
    out = []
    i = 0
    while i < len(tpl):
        start = tpl.find('{', i)
        if start == -1 or start + 1 >= len(tpl):
            out.append(tpl[i:])
            break
        out.append(tpl[i:start])
        kind = tpl[start + 1]
        if kind == '{':
            end = tpl.index('}}', start)
            out.append(render_expr(tpl[start + 2:end], ctx))
            i = end + 2
        elif kind == '%':
            end = tpl.index('%}', start)
            tag = tpl[start + 2:end].split()
            if tag[0] != 'for' or tag[2] != 'in':
                raise TemplateError(f'bad tag {tag}')
            close = tpl.index('{% endfor %}', end)
            body = tpl[end + 2:close]
            for item in lookup(ctx, tag[3]):
                out.append(render(body, dict(ctx, **{tag[1]: item})))
            i = close + len('{% endfor %}')
        else:
            out.append('{')
            i = start + 1
    return ''.join(out)


ctx = {
    'user': {'name': 'ada lovelace', 'email': 'ADA@EXAMPLE.COM'},
    'items': [{'name': 'engine', 'price': 1234.5}, {'name': 'punch cards', 'price': 3.25}],
    'tags': ['math', 'computing'],
    'total': 1237.75,
}
tpl = '''Hello {{ user.name | title }} <{{ user.email|lower }}>!
Tags: {{ tags | join }} ({{ tags | len }})
{% for it in items %}  - {{ it.name | upper }}: {{ it.price | money }}
{% endfor %}Total: {{ total | money }} {not a tag}'''
print(render(tpl, ctx))
for bad in ['{{ missing }}', '{{ user.name | shout }}', '{% while x %}{% endfor %}']:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print('TemplateError:', e)
print(render('{{ tags.1 | upper }} and {{ items.0.name }}', ctx))
