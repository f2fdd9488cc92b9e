tests = ['abc', 'ABC', 'abc123', '123', '12.5', '', ' ', '\t\n', 'Hello World', 'hello_world',
         '²', '½', 'é', '٣', 'x1', '_id', 'class', '9lives']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print('\x00'.isprintable(), 'tab\t'.isprintable())
