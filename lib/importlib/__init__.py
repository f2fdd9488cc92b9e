"""importlib: the import system's Python interface.

pith's import machinery is written in C (src/vm/import.c); this module
offers the documented entry points on top of it: import_module, reload,
invalidate_caches, and the util submodule's basics.
"""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    """Turn a relative module name into an absolute one."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module and return it (the module itself, not its top package)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-run the module's code in its existing namespace and return it."""
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    filename = getattr(module, "__file__", None)
    if filename is None:
        # Builtin modules have nothing to re-run.
        return module
    with open(filename, "rb") as f:
        source = f.read()
    code = compile(source, filename, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """pith keeps no finder caches: nothing to do."""
