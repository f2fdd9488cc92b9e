"""runpy: locate and run Python modules without importing them.

`pith -m name` calls _run_module_as_main(name, alter_argv).  Modules are
located with importlib.util.find_spec when the interpreter provides it
(CPython) and otherwise by searching sys.path / the parent package's
__path__ for <dir>/<name>.py or <dir>/<name>/__init__.py, the same rule
pith's import system uses.  A package runs its __main__ submodule.
"""

import sys

__all__ = ["run_module", "run_path"]

_ModuleType = type(sys)


class _SimpleSpec:
    """The few ModuleSpec attributes runpy needs, for interpreters without
    importlib.util."""

    def __init__(self, name, origin, is_package):
        self.name = name
        self.origin = origin
        self.loader = None
        self.cached = None
        self.has_location = origin is not None
        self.submodule_search_locations = (
            [origin.rpartition('/')[0]] if is_package else None)

    @property
    def parent(self):
        if self.submodule_search_locations is not None:
            return self.name
        return self.name.rpartition('.')[0]

    def __repr__(self):
        return 'ModuleSpec(name=%r, loader=None, origin=%r)' % (self.name, self.origin)


class _TempModule(object):
    """Temporarily replace a module in sys.modules with an empty namespace."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = _ModuleType(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0(object):
    """Temporarily set sys.argv[0]."""

    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in nominated namespace"""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name,
                       __file__=fname,
                       __cached__=cached,
                       __doc__=None,
                       __loader__=loader,
                       __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None,
                     mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Helper to run code in new namespace with sys modified"""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals,
                  mod_name, mod_spec, pkg_name, script_name)
    # Copy the globals of the temporary module, as they
    # may be cleared when the temporary module goes away
    return mod_globals.copy()


# --- finding modules ----------------------------------------------------------

def _find_spec(mod_name):
    """A spec for mod_name (whose parent package is already imported), or
    None when it cannot be found."""
    try:
        from importlib.util import find_spec
    except ImportError:
        find_spec = None
    if find_spec is not None:
        return find_spec(mod_name)
    pkg_name, _, leaf = mod_name.rpartition('.')
    if pkg_name:
        path = getattr(sys.modules[pkg_name], '__path__', None)
        if path is None:
            return None
    else:
        path = sys.path
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = leaf if entry == '' else entry + '/' + leaf
        init = base + '/__init__.py'
        if _isfile(init):
            return _SimpleSpec(mod_name, init, True)
        if _isfile(base + '.py'):
            return _SimpleSpec(mod_name, base + '.py', False)
    if not pkg_name and mod_name in getattr(sys, 'builtin_module_names', ()):
        return _SimpleSpec(mod_name, None, False)
    return None


def _isfile(path):
    try:
        import os
        return os.path.isfile(path)
    except ImportError:
        try:
            open(path, 'rb').close()
            return True
        except OSError:
            return False


def _get_code(spec, mod_name):
    loader = spec.loader
    if loader is not None:
        get_code = getattr(loader, 'get_code', None)
        if get_code is None:
            return None
        return get_code(mod_name)
    if spec.origin is None:
        return None
    with open(spec.origin, 'rb') as f:
        source = f.read()
    return compile(source, spec.origin, 'exec', dont_inherit=True)


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        # Try importing the parent to avoid catching initialization errors
        try:
            __import__(pkg_name)
        except ImportError as e:
            # If the parent or higher ancestor package is missing, let the
            # error be raised by find_spec() below and then be caught. But do
            # not allow other errors to be caught.
            if e.name is None or (e.name != pkg_name and
                    not pkg_name.startswith(e.name + ".")):
                raise
        # Warn if the module has already been imported under its normal name
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = "{mod_name!r} found in sys.modules after import of " \
                "package {pkg_name!r}, but prior to execution of " \
                "{mod_name!r}; this may result in unpredictable " \
                "behaviour".format(mod_name=mod_name, pkg_name=pkg_name)
            warn(RuntimeWarning(msg))

    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            pkg_main_name = mod_name + ".__main__"
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise  # No module loaded; being a package is irrelevant
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    try:
        code = _get_code(spec, mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs the designated module in the __main__ namespace (what `-m` does).

    The module's code runs in the existing __main__ module's namespace;
    with alter_argv, sys.argv[0] becomes the module's file name.
    """
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None,
               run_name=None, alter_sys=False):
    """Execute a module's code without importing it.

    Returns the resulting top level namespace dictionary.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # Find __main__ while hiding the current one, so that find_spec does not
    # simply return the running script.
    main_name = "__main__"
    saved_main = sys.modules.get(main_name)
    sys.modules.pop(main_name, None)
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" %
                        (main_name, sys.path[0])) from exc
        raise
    finally:
        if saved_main is not None:
            sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    with open(fname, "rb") as f:
        source = f.read()
    return compile(source, fname, 'exec', dont_inherit=True)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location.

    path_name may be a Python source file or a directory containing a
    __main__.py.  Returns the resulting top level namespace dictionary.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    import os
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        code = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=path_name)
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp_module, \
                _ModifiedArgv0(path_name):
            mod_globals = temp_module.module.__dict__
            return _run_code(code, mod_globals, init_globals,
                             run_name, mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
