// src/vm/import.c: the import system: finding, loading and caching modules.
//
// `import a.b.c` imports a, then a.b, then a.b.c, each at most once: a module
// is in sys.modules from just before its code runs (so circular imports see
// the partly initialised module) and is removed again if its code fails.
// A name is looked for, in order, among the builtin C modules
// (src/modules/modules.def), then along sys.path (or the parent package's
// __path__): `<dir>/<name>/__init__.py` makes a package, `<dir>/<name>.py` a
// module. Compiled code is cached in `<dir>/__pycache__/<name>.pith-01.pyc`,
// validated by the source's mtime and size, and written after a compile.
//
// Guards: tests/golden/import/.
#include <string.h>

#include "pith.h"           // the object API
#include "pith/compile.h"   // pt_compile, pt_marshal_*
#include "os/fs.h"          // pt_os_stat, pt_os_open_read, pt_os_write_file_atomic
#include "obj/type.h"        // pt_namespace_new
#include "vm/eval.h"        // pt_eval_code
#include "vm/import.h"      // declarations
#include "vm/state.h"       // pt_interp

// ---- Builtin C modules ----

#define PT_MODULE(pyname, def) extern const PtModuleDef def;
#include "modules/modules.def"
#undef PT_MODULE

static const struct {
    const char *name;
    const PtModuleDef *def;
} builtin_modules[] = {
#define PT_MODULE(pyname, def) {pyname, &def},
#include "modules/modules.def"
#undef PT_MODULE
};

static const PtModuleDef *find_builtin(PtObject *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (pt_str_eq_cstr(name, builtin_modules[i].name)) {
            return builtin_modules[i].def;
        }
    }
    return NULL;
}

PtObject *pt_import_builtin_names(void) {
    size_t n = sizeof builtin_modules / sizeof builtin_modules[0];
    PtObject *t = pt_tuple_new((pt_ssize)n);
    if (t == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        PtObject *s = pt_str_from_cstr(builtin_modules[i].name);
        if (s == NULL) {
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, (pt_ssize)i, s);
    }
    return t;
}

// ---- Reading files ----

PtObject *pt_os_read_file(const char *path) {
    int fd = pt_os_open_read(path);
    PtOsStat st;
    if (fd < 0 || pt_os_stat(path, &st) < 0) {
        PtObject *fn = pt_str_from_cstr(path);
        pt_err_from_errno_filename(pt_exc_OSError, fn);
        pt_xdecref(fn);
        if (fd >= 0) {
            pt_os_close(fd);
        }
        return NULL;
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)st.size);
    if (b == NULL) {
        pt_os_close(fd);
        return NULL;
    }
    size_t got = 0;
    while (got < (size_t)st.size) {
        intptr_t r = pt_os_read(fd, pt_bytes_data(b) + got, (size_t)st.size - got);
        if (r <= 0) {
            break;
        }
        got += (size_t)r;
    }
    pt_os_close(fd);
    if (got < (size_t)st.size && pt_bytes_resize(&b, got) < 0) {
        return NULL;
    }
    return b;
}

// ---- Statistics (tests show that the second import skips compilation) ----

static struct {
    uint64_t compiled, cache_hits, cache_writes;
} stats;

void pt_import_stats(uint64_t *compiled, uint64_t *cache_hits, uint64_t *cache_writes) {
    *compiled = stats.compiled;
    *cache_hits = stats.cache_hits;
    *cache_writes = stats.cache_writes;
}

// ---- Loading source modules ----

// Compile `path` (a str) or load its cached code. New code object or NULL.
PtObject *pt_import_get_code(PtObject *path, int use_cache) {
    char cpath[4096];
    if (pt_str_to_utf8_buf(path, cpath, sizeof cpath) >= sizeof cpath) {
        return pt_err_set_string(pt_exc_ImportError, "module path too long");
    }
    PtOsStat st;
    if (pt_os_stat(cpath, &st) < 0) {
        return pt_err_from_errno_filename(pt_exc_OSError, path);
    }
    char cpyc[4096];
    int have_pyc = use_cache && pt_marshal_cache_path(cpath, cpyc, sizeof cpyc) > 0;
    int64_t mtime_s = st.mtime_ns / 1000000000;
    if (have_pyc) {
        PtObject *data = pt_os_read_file(cpyc);
        if (data != NULL) {
            PtObject *code = NULL;
            int r = pt_marshal_load_code(pt_bytes_data(data), (size_t)pt_bytes_len(data), mtime_s, st.size, &code);
            pt_decref(data);
            if (r > 0) {
                stats.cache_hits++;
                return code;
            }
            if (r < 0) {
                return NULL;
            }
        }
        pt_err_clear();  // missing, stale or corrupt cache: recompile
    }
    PtObject *src = pt_os_read_file(cpath);
    if (src == NULL) {
        return NULL;
    }
    PtObject *code = pt_compile(pt_bytes_data(src), (size_t)pt_bytes_len(src), path, PT_MODE_EXEC, 0);
    pt_decref(src);
    if (code != NULL) {
        stats.compiled++;
    }
    PtObject *dwb = pt_dict_get_cstr(pt_interp()->sysdict, "dont_write_bytecode");
    if (code != NULL && have_pyc && (dwb == NULL || pt_object_is_true(dwb) == 0)) {
        PtObject *blob = pt_marshal_dump_code(code, mtime_s, st.size);
        if (blob != NULL) {
            if (pt_os_write_file_atomic(cpyc, pt_bytes_data(blob), (size_t)pt_bytes_len(blob)) == 0) {
                stats.cache_writes++;
            }
            pt_decref(blob);
        }
        pt_err_clear();  // an unwritable cache directory is not an error
    }
    return code;
}

// Run `code` as module `name` (already in sys.modules). 0 or -1.
static int exec_module(PtObject *module, PtObject *code) {
    PtObject *dict = pt_module_dict(module);
    if (pt_dict_get_cstr(dict, "__builtins__") == NULL &&
        pt_dict_set_cstr(dict, "__builtins__", pt_interp()->builtins_mod) < 0) {
        return -1;
    }
    PtObject *r = pt_eval_code(code, dict, dict);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

// module.__spec__: a namespace with ModuleSpec's attributes (name, origin,
// parent, submodule_search_locations, has_location, cached, loader).
static int set_spec(PtObject *dict, PtObject *fullname, PtObject *file, PtObject *pkgdir) {
    PtObject *kw = pt_dict_new(), *parent = NULL, *locs = NULL, *spec = NULL;
    int r = -1;
    if (kw == NULL) {
        return -1;
    }
    pt_ssize n = pt_str_len(fullname), dot = -1;
    for (pt_ssize i = n - 1; i >= 0; i--) {
        if (pt_str_char(fullname, i) == '.') {
            dot = i;
            break;
        }
    }
    parent = pkgdir != NULL ? pt_newref(fullname) : dot < 0 ? pt_str_from_cstr("") : pt_str_substr(fullname, 0, dot);
    locs = pkgdir != NULL ? pt_list_new(0) : pt_newref(pt_None);
    if (parent == NULL || locs == NULL || (pkgdir != NULL && pt_list_append(locs, pkgdir) < 0)) {
        goto done;
    }
    if (pt_dict_set_cstr(kw, "name", fullname) < 0 || pt_dict_set_cstr(kw, "origin", file) < 0 ||
        pt_dict_set_cstr(kw, "parent", parent) < 0 || pt_dict_set_cstr(kw, "submodule_search_locations", locs) < 0 ||
        pt_dict_set_cstr(kw, "has_location", pt_True) < 0 || pt_dict_set_cstr(kw, "cached", pt_None) < 0 ||
        pt_dict_set_cstr(kw, "loader", pt_None) < 0) {
        goto done;
    }
    spec = pt_namespace_new(kw);
    if (spec != NULL) {
        r = pt_dict_set_cstr(dict, "__spec__", spec);
    }
done:
    pt_decref(kw);
    pt_xdecref(parent);
    pt_xdecref(locs);
    pt_xdecref(spec);
    return r;
}

// Look for `leaf` in the directories of `path` (a list of str). On success
// returns 1 and sets *file (the .py path) and *pkgdir (the package directory,
// or NULL for a plain module). 0 if not found.
static int find_on_path(PtObject *leaf, PtObject *path, PtObject **file, PtObject **pkgdir) {
    *file = *pkgdir = NULL;
    if (path == NULL || !pt_is_list(path)) {
        return 0;
    }
    for (pt_ssize i = 0; i < pt_list_len(path); i++) {
        PtObject *dir = pt_list_get(path, i);
        if (!pt_is_str(dir)) {
            continue;
        }
        PtObject *base = pt_str_len(dir) == 0 ? pt_str_format("%U", leaf) : pt_str_format("%U/%U", dir, leaf);
        if (base == NULL) {
            return -1;
        }
        char cbase[4096];
        size_t n = pt_str_to_utf8_buf(base, cbase, sizeof cbase);
        if (n + 16 >= sizeof cbase) {
            pt_decref(base);
            continue;
        }
        PtOsStat st;
        if (pt_os_stat(cbase, &st) == 0 && st.is_dir) {
            memcpy(cbase + n, "/__init__.py", 13);
            if (pt_os_stat(cbase, &st) == 0 && !st.is_dir) {
                *file = pt_str_from_cstr(cbase);
                *pkgdir = base;
                return *file != NULL ? 1 : -1;
            }
        }
        memcpy(cbase + n, ".py", 4);
        if (pt_os_stat(cbase, &st) == 0 && !st.is_dir) {
            pt_decref(base);
            *file = pt_str_from_cstr(cbase);
            return *file != NULL ? 1 : -1;
        }
        pt_decref(base);
    }
    return 0;
}

static PtObject *not_found(PtObject *fullname) {
    PtObject *exc = NULL;
    pt_err_format(pt_exc_ModuleNotFoundError, "No module named '%U'", fullname);
    exc = pt_err_occurred();
    if (exc != NULL) {
        pt_object_setattr_str(exc, "name", fullname);
        if (pt_err_occurred() != exc) {
            pt_err_clear();
        }
    }
    return NULL;
}

// Import one module given its full dotted name, its parent module (or NULL)
// and the leaf name. New reference to the module.
static PtObject *load_module(PtObject *fullname, PtObject *parent, PtObject *leaf) {
    PtInterp *in = pt_interp();
    PtObject *module = NULL, *code = NULL, *file = NULL, *pkgdir = NULL;
    if (parent == NULL) {
        const PtModuleDef *def = find_builtin(fullname);
        if (def != NULL) {
            module = pt_module_from_def(def);
            if (module == NULL || pt_dict_set(in->modules, fullname, module) < 0) {
                pt_xdecref(module);
                return NULL;
            }
            return module;
        }
    }
    PtObject *path;
    if (parent != NULL) {
        path = pt_dict_get_cstr(pt_module_dict(parent), "__path__");
        if (path == NULL) {
            pt_err_format(pt_exc_ModuleNotFoundError, "No module named '%U'; '%U' is not a package", fullname,
                          pt_dict_get_cstr(pt_module_dict(parent), "__name__"));
            return NULL;
        }
    } else {
        path = pt_dict_get_cstr(in->sysdict, "path");
    }
    int found = find_on_path(leaf, path, &file, &pkgdir);
    if (found < 0) {
        return NULL;
    }
    if (found == 0) {
        return not_found(fullname);
    }
    module = pt_module_new(fullname);
    if (module == NULL) {
        goto error;
    }
    PtObject *dict = pt_module_dict(module);
    if (pt_dict_set_cstr(dict, "__file__", file) < 0) {
        goto error;
    }
    if (pkgdir != NULL) {
        PtObject *p = pt_list_new(0);
        if (p == NULL || pt_list_append(p, pkgdir) < 0 || pt_dict_set_cstr(dict, "__path__", p) < 0 ||
            pt_dict_set_cstr(dict, "__package__", fullname) < 0) {
            pt_xdecref(p);
            goto error;
        }
        pt_decref(p);
    } else {
        PtObject *pkg = parent != NULL ? pt_dict_get_cstr(pt_module_dict(parent), "__name__") : NULL;
        PtObject *empty = pkg == NULL ? pt_str_from_cstr("") : NULL;
        int r = pt_dict_set_cstr(dict, "__package__", pkg != NULL ? pkg : empty);
        pt_xdecref(empty);
        if (r < 0) {
            goto error;
        }
    }
    if (pt_dict_set_cstr(dict, "__cached__", pt_None) < 0 || set_spec(dict, fullname, file, pkgdir) < 0) {
        goto error;
    }
    code = pt_import_get_code(file, 1);
    if (code == NULL) {
        goto error;
    }
    if (pt_dict_set(in->modules, fullname, module) < 0) {
        goto error;
    }
    if (exec_module(module, code) < 0) {
        PtObject *saved = pt_err_fetch();
        pt_dict_pop(in->modules, fullname, &(PtObject *){NULL});
        pt_err_clear();
        pt_err_restore(saved);
        goto error;
    }
    // The module may have replaced itself in sys.modules.
    PtObject *final = NULL;
    if (pt_dict_get_ref(in->modules, fullname, &final) <= 0) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_ImportError, "loader of %U did not import module", fullname);
        }
        goto error;
    }
    pt_decref(module);
    module = final;
    pt_decref(code);
    pt_decref(file);
    pt_xdecref(pkgdir);
    return module;
error:
    pt_xdecref(module);
    pt_xdecref(code);
    pt_xdecref(file);
    pt_xdecref(pkgdir);
    return NULL;
}

// Import `fullname` and every parent package. New reference to the leaf module.
static PtObject *import_dotted(PtObject *fullname) {
    PtInterp *in = pt_interp();
    PtObject *m = NULL;
    if (pt_dict_get_ref(in->modules, fullname, &m) < 0) {
        return NULL;
    }
    if (m != NULL) {
        if (m == pt_None) {
            pt_decref(m);
            return pt_err_format(pt_exc_ModuleNotFoundError, "import of %U halted; None in sys.modules", fullname);
        }
        return m;
    }
    pt_ssize n = pt_str_len(fullname), dot = -1;
    for (pt_ssize i = n - 1; i >= 0; i--) {
        if (pt_str_char(fullname, i) == '.') {
            dot = i;
            break;
        }
    }
    if (dot < 0) {
        return load_module(fullname, NULL, fullname);
    }
    PtObject *parent_name = pt_str_substr(fullname, 0, dot);
    PtObject *leaf = pt_str_substr(fullname, dot + 1, n);
    PtObject *parent = parent_name != NULL && leaf != NULL ? import_dotted(parent_name) : NULL;
    if (parent == NULL) {
        pt_xdecref(parent_name);
        pt_xdecref(leaf);
        return NULL;
    }
    // Importing the parent may have imported the child.
    if (pt_dict_get_ref(in->modules, fullname, &m) < 0) {
        m = NULL;
    }
    if (m == NULL && !pt_err_occurred()) {
        m = load_module(fullname, parent, leaf);
        if (m != NULL && pt_object_setattr(parent, leaf, m) < 0) {
            pt_clearref(&m);
        }
    }
    pt_decref(parent);
    pt_decref(parent_name);
    pt_decref(leaf);
    return m;
}

// Resolve a relative import against the importing module's globals.
static PtObject *resolve_name(PtObject *name, PtObject *globals, int level) {
    if (globals == NULL || !pt_is_dict(globals)) {
        return pt_err_set_string(pt_exc_KeyError, "'__name__' not in globals");
    }
    PtObject *package = pt_dict_get_cstr(globals, "__package__");
    PtObject *base = NULL;
    if (package != NULL && package != pt_None) {
        if (!pt_is_str(package)) {
            return pt_err_set_string(pt_exc_TypeError, "package must be a string");
        }
        base = pt_newref(package);
    } else {
        PtObject *modname = pt_dict_get_cstr(globals, "__name__");
        if (modname == NULL || !pt_is_str(modname)) {
            return pt_err_set_string(pt_exc_KeyError, "'__name__' not in globals");
        }
        if (pt_dict_get_cstr(globals, "__path__") != NULL) {
            base = pt_newref(modname);
        } else {
            pt_ssize n = pt_str_len(modname), dot = -1;
            for (pt_ssize i = n - 1; i >= 0; i--) {
                if (pt_str_char(modname, i) == '.') {
                    dot = i;
                    break;
                }
            }
            base = dot < 0 ? pt_str_from_cstr("") : pt_str_substr(modname, 0, dot);
        }
    }
    if (base == NULL) {
        return NULL;
    }
    if (pt_str_len(base) == 0) {
        pt_decref(base);
        return pt_err_set_string(pt_exc_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        pt_ssize n = pt_str_len(base), dot = -1;
        for (pt_ssize k = n - 1; k >= 0; k--) {
            if (pt_str_char(base, k) == '.') {
                dot = k;
                break;
            }
        }
        if (dot < 0) {
            pt_decref(base);
            return pt_err_set_string(pt_exc_ImportError, "attempted relative import beyond top-level package");
        }
        PtObject *shorter = pt_str_substr(base, 0, dot);
        pt_decref(base);
        base = shorter;
        if (base == NULL) {
            return NULL;
        }
    }
    if (pt_str_len(name) == 0) {
        return base;
    }
    PtObject *r = pt_str_format("%U.%U", base, name);
    pt_decref(base);
    return r;
}

// Import the names of `fromlist` that are submodules of package `module`.
static int handle_fromlist(PtObject *module, PtObject *fromlist) {
    PtObject *dict = pt_module_dict(module);
    if (pt_dict_get_cstr(dict, "__path__") == NULL) {
        return 0;
    }
    PtObject *modname = pt_dict_get_cstr(dict, "__name__");
    PtObject *it = pt_object_iter(fromlist), *item;
    if (it == NULL) {
        return -1;
    }
    while ((item = pt_iter_next(it)) != NULL) {
        if (!pt_is_str(item)) {
            pt_err_format(pt_exc_TypeError, "Item in %s.__all__ must be str, not %s", "module", pt_type_name_of(item));
            pt_decref(item);
            pt_decref(it);
            return -1;
        }
        if (pt_str_eq_cstr(item, "*")) {
            PtObject *all = pt_dict_get_cstr(dict, "__all__");
            if (all != NULL && handle_fromlist(module, all) < 0) {
                pt_decref(item);
                pt_decref(it);
                return -1;
            }
        } else if (pt_dict_get_str(dict, item) == NULL) {
            PtObject *sub = pt_str_format("%U.%U", modname, item);
            PtObject *m = sub != NULL ? import_dotted(sub) : NULL;
            if (m == NULL && pt_err_matches(pt_exc_ModuleNotFoundError)) {
                // Not a submodule: IMPORT_FROM will report the missing name.
                pt_err_clear();
            } else if (m == NULL) {
                pt_xdecref(sub);
                pt_decref(item);
                pt_decref(it);
                return -1;
            }
            pt_xdecref(m);
            pt_xdecref(sub);
        }
        pt_decref(item);
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

PtObject *pt_import_level(PtObject *name, PtObject *globals, PtObject *fromlist, int level) {
    if (level < 0) {
        return pt_err_set_string(pt_exc_ValueError, "level must be >= 0");
    }
    if (level == 0 && pt_str_len(name) == 0) {
        return pt_err_set_string(pt_exc_ValueError, "Empty module name");
    }
    PtObject *fullname = level > 0 ? resolve_name(name, globals, level) : pt_newref(name);
    if (fullname == NULL) {
        return NULL;
    }
    PtObject *module = import_dotted(fullname);
    if (module == NULL) {
        pt_decref(fullname);
        return NULL;
    }
    int has_from = fromlist != NULL && fromlist != pt_None && pt_object_is_true(fromlist) > 0;
    if (has_from) {
        pt_decref(fullname);
        if (pt_tid(module) == PT_TID_MODULE && handle_fromlist(module, fromlist) < 0) {
            pt_decref(module);
            return NULL;
        }
        return module;
    }
    // `import a.b.c` binds `a`: return the top-level package.
    if (level == 0) {
        pt_ssize n = pt_str_len(name), dot = -1;
        for (pt_ssize i = 0; i < n; i++) {
            if (pt_str_char(name, i) == '.') {
                dot = i;
                break;
            }
        }
        pt_decref(fullname);
        if (dot < 0) {
            return module;
        }
        pt_decref(module);
        PtObject *top = pt_str_substr(name, 0, dot);
        PtObject *r = top != NULL ? import_dotted(top) : NULL;
        pt_xdecref(top);
        return r;
    }
    // Relative `from . import x` always has a fromlist; plain relative import returns the
    // top of the resolved name, cut as CPython does.
    pt_decref(fullname);
    return module;
}

PtObject *pt_import_module(PtObject *name) { return import_dotted(name); }

PtObject *pt_import(const char *name) {
    PtObject *n = pt_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    PtObject *m = import_dotted(n);
    pt_decref(n);
    return m;
}
