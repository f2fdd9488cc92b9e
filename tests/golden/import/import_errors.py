try:
    import does_not_exist_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, 'missing_name' in str(e))
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.name_from if hasattr(e, 'name_from') else '')
