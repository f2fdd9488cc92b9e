import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! A well-known state-of-the-art e-mail client -- and another--one.")
for w in (10, 25, 40):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 35, break_on_hyphens=False))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a\tb\tc\nd  e', 8), textwrap.wrap('a\tb\tc\nd', 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.fill('Hello there.  How are you? Fine. ok', 80, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world!', width=11), '|', textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=1, placeholder=' >>'))
w = textwrap.TextWrapper(width=15, tabsize=4)
print(w.wrap('x\ty z ' * 4), w.fill('short'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    end
''')))
print(repr(textwrap.dedent('\tx\n\ty')), repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
for bad in (lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('abc def', 4, max_lines=1, placeholder=' [...]')):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('one'))
