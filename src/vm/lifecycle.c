// src/vm/lifecycle.c: starting and stopping the runtime, and running __main__.
//
// Start-up order matters: the type table first (every allocation stamps a
// type id), then the interpreter and thread states (errors need them), then
// every builtin type in types.def order, the exception classes, and finally
// the builtins and sys modules, which the rest of the world is reached from.
// Nothing is imported eagerly beyond those two: modules load on first import,
// which keeps `pith -c pass` fast and small.
//
// Guards: tests/golden/cli/, the whole suite.
#include <stdio.h>
#include <string.h>

#include "pith.h"           // the object API
#include "pith/compile.h"   // pt_compile
#include "obj/exc.h"        // pt_exc_init
#include "obj/int.h"        // pt_int_init_gmp
#include "obj/type.h"       // pt_type_table_init, pt_type_ready
#include "obj/weakref.h"    // pt_weakref_init
#include "os/fs.h"          // pt_os_exe_dir, pt_os_is_dir
#include "vm/eval.h"        // pt_eval_code
#include "vm/gil.h"         // pt_gil_create, pt_gil_finalize
#include "vm/signals.h"     // pt_signals_init
#include "vm/import.h"      // pt_os_read_file
#include "vm/state.h"       // pt_interp, pt_state_init
#include "mem/stats.h"      // pt_memstats_init, pt_memstats_fini

extern const PtModuleDef pt_mod_builtins_def, pt_mod_sys_def;

static PtConfig config;  // set once by pt_init (main thread, before any other thread exists)

const PtConfig *pt_runtime_config(void) { return &config; }

static const char *getenv_unless(const char *name) {
    extern char **environ;
    if (config.ignore_env || config.isolated) {
        return NULL;
    }
    size_t n = strlen(name);
    for (char **e = environ; *e != NULL; e++) {
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=') {
            return *e + n + 1;
        }
    }
    return NULL;
}

static int ready_builtin_types(void) {
#define PT_TYPE(id, cname, pyname)                     \
    if (PT_TID_##id != PT_TID_NULL_ && pt_type_ready(&cname) < 0) { \
        return -1;                                     \
    }
#include "pith/types.def"
#undef PT_TYPE
    return 0;
}

static int append_path(PtObject *path, const char *dir) {
    PtObject *s = pt_str_from_utf8_replace(dir, strlen(dir));
    if (s == NULL) {
        return -1;
    }
    return pt_list_append_steal(path, s);
}

// sys.path: the script's directory (or ""), PITHPATH, then the stdlib directory.
static int init_sys_path(void) {
    PtObject *path = pt_dict_get_cstr(pt_interp()->sysdict, "path");
    if (config.path0 != NULL && append_path(path, config.path0) < 0) {
        return -1;
    }
    const char *env = getenv_unless("PITHPATH");
    if (env != NULL && *env) {
        char buf[4096];
        const char *p = env;
        while (*p) {
            const char *colon = strchr(p, ':');
            size_t n = colon != NULL ? (size_t)(colon - p) : strlen(p);
            if (n > 0 && n < sizeof buf) {
                memcpy(buf, p, n);
                buf[n] = '\0';
                if (append_path(path, buf) < 0) {
                    return -1;
                }
            }
            p += n;
            if (*p == ':') {
                p++;
            }
        }
    }
    if (config.libdir != NULL && append_path(path, config.libdir) < 0) {
        return -1;
    }
    return 0;
}

// The pure-Python standard library: beside the executable in a build tree
// (build/<variant>/pith -> lib/), else PREFIX/lib/pith.
static char libdir_buf[4096], exe_buf[4096], prefix_buf[4096];

static void find_libdir(void) {
    if (config.libdir != NULL) {
        return;
    }
    char dir[2048];
    if (pt_os_exe_dir(dir, sizeof dir) < 0) {
        return;
    }
    snprintf(exe_buf, sizeof exe_buf, "%s/pith", dir);
    config.executable = exe_buf;
    const char *candidates[] = {"/../../lib", "/../lib/pith"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(libdir_buf, sizeof libdir_buf, "%s%s", dir, candidates[i]);
        if (pt_os_is_dir(libdir_buf)) {
            pt_os_realpath(libdir_buf, sizeof libdir_buf);  // "/x/build/release/../../lib" -> "/x/lib"
            config.libdir = libdir_buf;
            break;
        }
    }
    snprintf(prefix_buf, sizeof prefix_buf, "%s/..", dir);
    config.prefix = prefix_buf;
}

int pt_init(const PtConfig *cfg) {
    config = *cfg;
    pt_memstats_init(&config);  // -X memstats: count objects per type from the first one
    if (getenv_unless("PITHDONTWRITEBYTECODE") != NULL || getenv_unless("PYTHONDONTWRITEBYTECODE") != NULL) {
        config.dont_write_bytecode = 1;
    }
    find_libdir();
    pt_int_init_gmp();
    if (pt_type_table_init() < 0 || pt_state_init() < 0) {
        fprintf(stderr, "pith: out of memory at start-up\n");
        return -1;
    }
    PtInterp *in = pt_interp();
    pt_gil_create(pt_tstate());
    in->gil_drop_hook = pt_gil_yield;
    pt_signals_init(pt_tstate());
    pt_weakref_init();
    // pt_vm_init installs the function call slot after the types were readied:
    // give function objects their __call__ wrapper then.
    if (ready_builtin_types() < 0 || pt_exc_init() < 0 || pt_vm_init() < 0 ||
        pt_slots_add_wrappers(&pt_function_type) < 0 || pt_genericalias_init() < 0) {
        goto fail;
    }
    in->modules = pt_dict_new();
    if (in->modules == NULL) {
        goto fail;
    }
    PtObject *b = pt_module_from_def(&pt_mod_builtins_def);
    if (b == NULL || pt_dict_set_cstr(in->modules, "builtins", b) < 0) {
        goto fail;
    }
    in->builtins_mod = b;
    in->builtins = pt_module_dict(b);
    PtObject *s = pt_module_from_def(&pt_mod_sys_def);
    if (s == NULL || pt_dict_set_cstr(in->modules, "sys", s) < 0) {
        goto fail;
    }
    in->sysdict = pt_module_dict(s);
    pt_decref(s);  // sys.modules keeps it
    if (init_sys_path() < 0) {
        goto fail;
    }
    return 0;
fail:
    fprintf(stderr, "pith: start-up failed\n");
    if (pt_err_occurred()) {
        pt_err_print();
    }
    return -1;
}

int pt_finalize(void) {
    pt_gil_finalize();  // join threads, atexit, stop daemons, -X gilstats (src/vm/gil.c)
    pt_sys_flush_std();
    pt_memstats_fini();  // -X memstats: the report, on stderr
    return 0;
}

// The __module__ of a class being created: the running frame's __name__.
PtObject *pt_eval_current_module_name(void) {
    PtObject *g = pt_eval_globals();
    PtObject *name = g != NULL ? pt_dict_get_cstr(g, "__name__") : NULL;
    return name != NULL ? pt_newref(name) : NULL;
}

// ---- Running code ----

static int saw_systemexit;  // set once by the main thread

int pt_exited_by_systemexit(void) { return saw_systemexit; }

int pt_handle_exception_exit(void) {
    PtObject *exc = pt_err_occurred();
    if (exc == NULL) {
        return 0;
    }
    if (pt_err_given_matches(exc, pt_exc_KeyboardInterrupt)) {
        pt_sys_flush_std();
        pt_err_print();
        return PT_EXIT_SIGINT;
    }
    if (pt_err_given_matches(exc, pt_exc_SystemExit)) {
        saw_systemexit = 1;
        exc = pt_err_fetch();
        PtObject *code = pt_object_getattr_str(exc, "code");
        pt_decref(exc);
        if (code == NULL) {
            pt_err_clear();
            return 1;
        }
        int status = 0;
        if (code == pt_None) {
            status = 0;
        } else if (pt_is_int(code)) {
            int overflow = 0;
            int64_t v = pt_int_as_i64_overflow(code, &overflow);
            status = overflow ? -1 : (int)v;
        } else {
            pt_sys_flush_std();
            PtObject *err = pt_dict_get_cstr(pt_interp()->sysdict, "stderr");
            PtObject *str = pt_object_str(code);
            if (err != NULL && err != pt_None && str != NULL) {
                PtObject *line = pt_str_format("%U\n", str);
                PtObject *r = line != NULL ? pt_object_call_method(err, PT_ID(write), &line, 1, NULL) : NULL;
                pt_xdecref(r);
                pt_xdecref(line);
            }
            pt_xdecref(str);
            pt_err_clear();
            status = 1;
        }
        pt_decref(code);
        return status & 0xff;
    }
    pt_sys_flush_std();
    pt_err_print();
    return 1;
}

// A fresh __main__ module registered in sys.modules. Borrowed dict.
static PtObject *main_dict(void) {
    PtInterp *in = pt_interp();
    PtObject *m = pt_module_new_cstr("__main__");
    if (m == NULL) {
        return NULL;
    }
    if (pt_dict_set_cstr(in->modules, "__main__", m) < 0 ||
        pt_dict_set_cstr(pt_module_dict(m), "__builtins__", in->builtins_mod) < 0) {
        pt_decref(m);
        return NULL;
    }
    pt_decref(m);
    return pt_module_dict(m);
}

PtObject *pt_repl_globals(void) {
    PtObject *m = pt_dict_get_cstr(pt_interp()->modules, "__main__");
    if (m != NULL && pt_tid(m) == PT_TID_MODULE) {
        return pt_module_dict(m);
    }
    return main_dict();
}

PtObject *pt_run_string(const char *source, const char *filename, int mode, PtObject *globals, PtObject *locals) {
    if (globals == NULL) {
        globals = main_dict();
        if (globals == NULL) {
            return NULL;
        }
    }
    PtObject *fn = pt_str_from_cstr(filename);
    if (fn == NULL) {
        return NULL;
    }
    PtObject *code = pt_compile(source, strlen(source), fn, mode, 0);
    pt_decref(fn);
    if (code == NULL) {
        return NULL;
    }
    PtObject *r = pt_eval_code(code, globals, locals != NULL ? locals : globals);
    pt_decref(code);
    return r;
}

int pt_run_main_file(const char *path) {
    PtObject *globals = main_dict();
    if (globals == NULL) {
        return pt_handle_exception_exit();
    }
    // __file__ and the code's filename are absolute, as in CPython 3.9+.
    char abs[4096];
    if (path[0] != '/' && pt_os_getcwd(abs, sizeof abs) == 0 && strlen(abs) + strlen(path) + 2 < sizeof abs) {
        strcat(abs, "/");
        strcat(abs, path[0] == '.' && path[1] == '/' ? path + 2 : path);
        path = abs;
    }
    PtObject *fn = pt_str_from_cstr(path);
    if (fn == NULL || pt_dict_set_cstr(globals, "__file__", fn) < 0) {
        pt_xdecref(fn);
        return pt_handle_exception_exit();
    }
    PtObject *src = pt_os_read_file(path);
    if (src == NULL) {
        pt_decref(fn);
        pt_err_clear();
        fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                config.executable != NULL ? config.executable : "pith", path);
        return 2;
    }
    PtObject *code = pt_compile(pt_bytes_data(src), (size_t)pt_bytes_len(src), fn, PT_MODE_EXEC, 0);
    pt_decref(src);
    pt_decref(fn);
    if (code == NULL) {
        return pt_handle_exception_exit();
    }
    PtObject *r = pt_eval_code(code, globals, globals);
    pt_decref(code);
    if (r == NULL) {
        return pt_handle_exception_exit();
    }
    pt_decref(r);
    return 0;
}
