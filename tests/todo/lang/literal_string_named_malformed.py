# \N escapes that are malformed rather than unknown: no closing brace, or an
# empty name. CPython reports "malformed \N character escape" with the range
# up to the end of the literal (unterminated) or up to the '{' (empty).
for src in [r"'\N{SNOWMAN'", r"'\N{}'", r"'ab\N{SNOWMAN cd'", r"'x\N{}y'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, e.msg)
