import runpy, sys, os
g = runpy.run_module('_runme_target')
print(g['RESULT'], g['VALUE'], g['__name__'], g['__file__'].rsplit('/', 1)[-1])
g = runpy.run_module('_runme_target', init_globals={'INJECTED': 'hi'}, run_name='custom')
print(g['RESULT'], g['VALUE'], '_runme_target' in sys.modules)
g = runpy.run_module('_runme_target', run_name='__main__', alter_sys=True)
print(g['RESULT'], sys.argv[0].rsplit('/', 1)[-1])
g = runpy.run_module('pkg_runme')
print(g['X'], g['__name__'], 'pkg_runme' in sys.modules)
g = runpy.run_module('pkg_runme.sub')
print(g['Y'], g['__package__'])
for bad in ('no_such_mod_xyz', '.rel', 'pkg_runme.nothere', 'sys'):
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
with open('_tmp_script.py', 'w') as f:
    f.write('import sys\nZ = [__name__, __file__]\nA = sys.argv[0]\n')
try:
    g = runpy.run_path('_tmp_script.py')
    print(g['Z'], g['A'], g['__package__'])
    g = runpy.run_path('_tmp_script.py', run_name='a.b', init_globals={'Q': 1})
    print(g['Z'], g['__package__'], g['Q'])
finally:
    os.remove('_tmp_script.py')
g = runpy.run_path('pkg_runme')
print(g['X'], g['__name__'])
