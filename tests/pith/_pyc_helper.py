# Helper for tests/pith/pyc_*.py (not a test): a scratch directory of modules
# and a way to import them in a fresh pith process (fork + exec of
# sys.executable), which prints sys._import_stats() after the import.
import os
import sys

TMP = "/tmp/pith_pyc_test_%d" % os.getpid()


def setup():
    remove_tree(TMP)
    os.mkdir(TMP)
    return TMP


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def cache_path(modname, package=""):
    return os.path.join(TMP, package, "__pycache__", modname + ".pith-01.pyc")


def run(code, quiet_stats=False):
    """Run `code` after `import sys` in a new pith process whose sys.path starts
    with TMP and which writes .pyc files; print its import statistics."""
    child = (
        "import sys\n"
        "sys.dont_write_bytecode = False\n"
        "sys.path.insert(0, %r)\n"
        "%s\n"
        "s = sys._import_stats()\n"
        "print('  compiled=%%d cache_hits=%%d cache_writes=%%d' %% "
        "(s['compiled'], s['cache_hits'], s['cache_writes']))\n" % (TMP, code))
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(sys.executable, [sys.executable, "-c", child])
        finally:
            os._exit(99)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print("  child exit status", code)


def remove_tree(path):
    if not os.path.isdir(path):
        return
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


def cleanup():
    remove_tree(TMP)
