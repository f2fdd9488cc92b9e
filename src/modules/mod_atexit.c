// src/modules/mod_atexit.c: the atexit module: functions to call at exit.
//
// The callbacks are a list of (func, args, kwargs) tuples, run last-in
// first-out by _run_exitfuncs(), which the runtime calls at exit after the
// non-daemon threads have been joined (pt_gil_finalize in src/vm/gil.c). A
// callback that raises is reported as CPython reports it ("Exception ignored
// in atexit callback: <func>" and the traceback) and the others still run.
//
// Guards: tests/golden/threads/atexit_*.py.
#include "pith.h"  // the object API

// The registered callbacks: a list of (func, args, kwargs-or-None) tuples.
// Protected by the GIL; lives as long as the process (a root for the GC).
static PtObject *callbacks;

static int ensure_list(void) {
    if (callbacks == NULL) {
        callbacks = pt_list_new(0);
    }
    return callbacks != NULL ? 0 : -1;
}

// Write a C string to sys.stderr (best effort: errors are dropped).
static void write_stderr_obj(PtObject *text) {
    PtObject *sys = pt_import("sys");
    PtObject *err = sys != NULL ? pt_object_getattr_str(sys, "stderr") : NULL;
    PtObject *r = err != NULL && err != pt_None ? pt_object_call_method_str(err, "write", &text, 1) : NULL;
    pt_xdecref(r);
    pt_xdecref(err);
    pt_xdecref(sys);
    pt_err_clear();
}

// register(func, *args, **kwargs): returns func, so it works as a decorator.
static PtObject *atexit_register(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs == 0) {
        return pt_err_set_string(pt_exc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    if (!pt_callable_check(args[0])) {
        return pt_err_set_string(pt_exc_TypeError, "the first argument must be callable");
    }
    if (ensure_list() < 0) {
        return NULL;
    }
    PtObject *fargs = pt_tuple_from_array(args + 1, nargs - 1), *kwargs = NULL, *entry = NULL;
    if (fargs == NULL) {
        return NULL;
    }
    pt_ssize nkw = kwnames != NULL ? pt_tuple_len(kwnames) : 0;
    if (nkw > 0) {
        kwargs = pt_dict_new();
        for (pt_ssize i = 0; kwargs != NULL && i < nkw; i++) {
            if (pt_dict_set(kwargs, pt_tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
                pt_clearref(&kwargs);
            }
        }
        if (kwargs == NULL) {
            goto error;
        }
    }
    entry = pt_tuple_pack(3, args[0], fargs, kwargs != NULL ? kwargs : pt_None);
    if (entry == NULL || pt_list_append_steal(callbacks, entry) < 0) {
        goto error;
    }
    pt_decref(fargs);
    pt_xdecref(kwargs);
    return pt_newref(args[0]);
error:
    pt_xdecref(fargs);
    pt_xdecref(kwargs);
    return NULL;
}

// unregister(func): drop every registration of func (compared with ==).
static PtObject *atexit_unregister(PtObject *self, PtObject *func) {
    if (callbacks == NULL) {
        return pt_newref(pt_None);
    }
    pt_ssize n = pt_list_len(callbacks);
    PtObject *kept = pt_list_new(0);
    if (kept == NULL) {
        return NULL;
    }
    for (pt_ssize i = 0; i < n && i < pt_list_len(callbacks); i++) {
        PtObject *entry = pt_newref(pt_list_get(callbacks, i));
        int eq = pt_object_richcompare_bool(pt_tuple_get(entry, 0), func, PT_EQ);
        if (eq < 0 || (eq == 0 && pt_list_append_steal(kept, pt_newref(entry)) < 0)) {
            pt_decref(entry);
            pt_decref(kept);
            return NULL;
        }
        pt_decref(entry);
    }
    pt_setref(&callbacks, kept);
    return pt_newref(pt_None);
}

// Report the exception raised by callback `func` and clear it.
static void report_callback_error(PtObject *func) {
    PtObject *exc = pt_err_fetch();
    PtObject *msg = pt_str_format("Exception ignored in atexit callback: %R\n", func);
    if (msg != NULL) {
        write_stderr_obj(msg);
        pt_decref(msg);
    } else {
        pt_err_clear();
    }
    pt_err_display(exc);
    pt_decref(exc);
}

// _run_exitfuncs(): call every callback, last registered first, and forget
// them. Exceptions are reported, never raised.
static PtObject *atexit_run_exitfuncs(PtObject *self, PtObject *unused) {
    if (callbacks == NULL) {
        return pt_newref(pt_None);
    }
    PtObject *list = callbacks;
    callbacks = NULL;  // callbacks registered while running go to a new list
    for (pt_ssize i = pt_list_len(list); --i >= 0;) {
        PtObject *entry = pt_list_get(list, i);
        PtObject *kwargs = pt_tuple_get(entry, 2);
        PtObject *r = pt_object_call_tuple_dict(pt_tuple_get(entry, 0), pt_tuple_get(entry, 1),
                                                kwargs != pt_None ? kwargs : NULL);
        if (r == NULL) {
            report_callback_error(pt_tuple_get(entry, 0));
        }
        pt_xdecref(r);
    }
    pt_decref(list);
    return pt_newref(pt_None);
}

static PtObject *atexit_clear(PtObject *self, PtObject *unused) {
    pt_clearref(&callbacks);
    return pt_newref(pt_None);
}

static PtObject *atexit_ncallbacks(PtObject *self, PtObject *unused) {
    return pt_int_from_i64(callbacks != NULL ? pt_list_len(callbacks) : 0);
}

static const PtMethodDef atexit_methods[] = {
    {"register", PT_FN(atexit_register), PT_METH_FASTKW,
     "Register a function to be executed upon normal program termination."},
    {"unregister", PT_FN(atexit_unregister), PT_METH_O, "Unregister an exit function."},
    {"_run_exitfuncs", PT_FN(atexit_run_exitfuncs), PT_METH_NOARGS, "Run all registered exit functions."},
    {"_clear", PT_FN(atexit_clear), PT_METH_NOARGS, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", PT_FN(atexit_ncallbacks), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const PtModuleDef pt_mod_atexit_def = {
    .name = "atexit",
    .doc = "allow programmer to define multiple exit functions to be executed upon normal program termination.",
    .methods = atexit_methods,
};
