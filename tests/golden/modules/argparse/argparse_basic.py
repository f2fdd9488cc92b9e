import argparse, io, sys
def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        res = parser.parse_args(args)
        code = None
    except SystemExit as e:
        res = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print('ARGS', args, '->', res, 'exit', code)
    if out.getvalue():
        print('STDOUT:'); print(out.getvalue(), end='')
    if err.getvalue():
        print('STDERR:'); print(err.getvalue(), end='')
p = argparse.ArgumentParser(prog='prog', description='A test program that does things with a rather long description that should wrap around.', epilog='The end.')
p.add_argument('infile', help='input file')
p.add_argument('outs', nargs='*', help='outputs')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['a', 'b'], default='a', help='mode (default: %(default)s)')
p.add_argument('-n', type=int, metavar='N', help='a number')
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_false')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='a flag')
p.add_argument('--tags', action='append', help='repeatable tag')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_usage()); print(p.format_help())
for args in [['f', 'o1', 'o2', '-vv', '--mode', 'b', '-n3', '--pair', '1', '2', '--no-flag'], ['f'], [], ['f', '--mode', 'c'], ['f', '-n', 'x'],
             ['f', '--x', '--y'], ['f', '--tags', 'a', '--tags=b', '--const', '--ext', '1', '2', '--ext', '3'], ['f', '--opt'], ['f', '--opt', 'val'],
             ['f', '--pair', '1'], ['f', '--unknown'], ['f', '--verb'], ['-h'], ['--version'], ['f', '--', '-x'], ['f', '-vvv', '--mo=b'], ['f', '-n'], ['f', '-n', '-5']]:
    run(p, args)
q = argparse.ArgumentParser(prog='q')
q.add_argument('a')
q.add_argument('b', nargs='?', default='bdef')
q.add_argument('c', nargs='+')
q.add_argument('-x', type=float, default=1.5)
for args in [['1', '2', '3'], ['1', '2'], ['1'], ['1', '2', '3', '4', '-x', '2'], ['-x', '3', 'a', 'b']]:
    run(q, args)
print(q.parse_known_args(['1', '2', '--zz', '3']))
s = argparse.ArgumentParser(prog='tool')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
pa = sub.add_parser('add', help='add things')
pa.add_argument('x', type=int)
pa.add_argument('y', type=int)
pr = sub.add_parser('rm', aliases=['remove'], help='remove things')
pr.add_argument('--force', action='store_true')
print(s.format_help())
print(pa.format_help())
for args in [['add', '1', '2'], ['--debug', 'rm', '--force'], ['remove'], ['nope'], ['add', '1'], ['add', '-h']]:
    run(s, args)
grp = argparse.ArgumentParser(prog='grp', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
ga = grp.add_argument_group('input options', 'Options controlling input.')
ga.add_argument('--in', dest='inp', default='stdin', help='input source')
ga.add_argument('--enc', default='utf-8', help='encoding')
me = grp.add_mutually_exclusive_group(required=True)
me.add_argument('--json', action='store_true', help='json output')
me.add_argument('--xml', action='store_true', help='xml output')
grp.add_argument('rest', nargs=argparse.REMAINDER)
print(grp.format_help())
for args in [['--json'], [], ['--json', 'a', '-b', '--c']]:
    run(grp, args)
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter, description='line one\n    indented line\nline three')
raw.add_argument('--long-option-name-that-is-very-long', metavar='VALUE', help='help text for a long option that should wrap onto another line because it is long')
print(raw.format_help())
for bad in [lambda: p.add_argument('--x'), lambda: p.add_argument('pos', required=True), lambda: p.add_argument('--s', action='store', nargs=0), lambda: p.add_argument('bad', '-b')]:
    try:
        bad()
    except (argparse.ArgumentError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, b='x'), vars(ns))
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError', err)
d = argparse.ArgumentParser(prog='d')
d.add_argument('--num', type=int, default='7')
d.set_defaults(extra='yes')
print(d.parse_args([]), d.get_default('num'), d.get_default('extra'))
long = argparse.ArgumentParser(prog='a-very-long-program-name-for-testing-wrapping')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long.add_argument('positional_one')
long.add_argument('positional_two', nargs='+')
print(long.format_usage())
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-opt', default='p')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--child-opt')
print(child.parse_args(['--parent-opt', 'X']), child.format_usage(), end='')
