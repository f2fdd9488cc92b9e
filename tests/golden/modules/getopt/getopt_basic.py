import getopt
print(getopt.getopt(['-a', '-b', 'val', '-cfoo', 'arg1', '-d'], 'ab:c:d'))
print(getopt.getopt(['--verbose', '--out=file', '--lev', '3', '--', '-x'], 'x', ['verbose', 'output=', 'level=']))
print(getopt.gnu_getopt(['a1', '-v', 'a2', '--name', 'n', 'a3'], 'v', ['name=']))
print(getopt.gnu_getopt(['a1', '-v'], '+v'), getopt.getopt(['-', '-a'], 'a'), getopt.getopt([], ''))
for args, s, l in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--foo'], '', ['bar']), (['--ver'], '', ['verbose', 'version']), (['--v=1'], '', ['verbose']), (['--name'], '', ['name='])]:
    try:
        getopt.getopt(args, s, l)
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt), e.msg)
print(getopt.error is getopt.GetoptError)
