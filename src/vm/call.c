// src/vm/call.c: calling Python functions: argument binding and the function call slot.
//
// pt_call_bind fills a new frame's localsplus from a vectorcall argument list
// (positional values, then keyword values named by `kwnames`): positional
// parameters, *args, keywords (by identity first, then by equality), **kwargs,
// defaults and keyword-only defaults, with CPython 3.11's exact error
// messages. The eval loop binds the common case (exact positional count, no
// keywords, no */** parameters) itself by moving the stack values; this file
// handles everything else. pt_function_call is the `call` slot of
// pt_function_type: push a frame, bind, and run it (or wrap it in a
// generator/coroutine when the code says so).
// See docs/internals/eval.md; tests: tests/golden/lang/func_*, unpack_call.py.
#include <stdio.h>
#include <string.h>
#include "pith.h"        // the object API
#include "obj/code.h"    // PtCode
#include "obj/func.h"    // PtFunction
#include "obj/gen.h"     // pt_gen_new_from_frame
#include "vm/eval.h"     // pt_eval_frame
#include "vm/frame.h"    // PtFrame, pt_frame_push, pt_frame_exit
#include "vm/state.h"    // PtThreadState

#define FN(o) ((PtFunction *)(void *)(o))

// ---- Error messages ----

// "'x'", "'x' and 'y'", "'x', 'y', and 'z'" from `names` (a list of str).
static PtObject *join_names(PtObject *names) {
    pt_ssize n = pt_list_len(names);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (pt_ssize i = 0; i < n; i++) {
        if (i > 0) {
            const char *sep = n == 2 ? " and " : i == n - 1 ? ", and " : ", ";
            if (pt_sb_append_ascii(&sb, sep, strlen(sep)) < 0) {
                goto error;
            }
        }
        if (pt_sb_append_char(&sb, '\'') < 0 || pt_sb_append_str(&sb, pt_list_get(names, i)) < 0 ||
            pt_sb_append_char(&sb, '\'') < 0) {
            goto error;
        }
    }
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

// Raise "f() missing N required <kind> argument(s): ..." for the NULL slots in [lo, hi).
static int missing_arguments(PtFunction *fn, PtFrame *f, int32_t lo, int32_t hi, const char *kind) {
    PtCode *co = (PtCode *)fn->code;
    PtObject *names = pt_list_new(0);
    if (names == NULL) {
        return -1;
    }
    for (int32_t i = lo; i < hi; i++) {
        if (f->localsplus[i] == NULL && pt_list_append(names, pt_tuple_get(co->localsplusnames, i)) < 0) {
            pt_decref(names);
            return -1;
        }
    }
    pt_ssize n = pt_list_len(names);
    PtObject *joined = join_names(names);
    pt_decref(names);
    if (joined == NULL) {
        return -1;
    }
    pt_err_format(pt_exc_TypeError, "%U() missing %zd required %s argument%s: %U", fn->qualname, n, kind,
                  n == 1 ? "" : "s", joined);
    pt_decref(joined);
    return -1;
}

static int too_many_positional(PtFunction *fn, PtFrame *f, size_t given) {
    PtCode *co = (PtCode *)fn->code;
    pt_ssize defcount = fn->defaults != NULL ? pt_tuple_len(fn->defaults) : 0;
    int32_t argcount = co->argcount;
    int kwonly_given = 0;
    for (int32_t i = argcount; i < argcount + co->kwonlyargcount; i++) {
        kwonly_given += f->localsplus[i] != NULL;
    }
    char sig[64], kwsig[96] = "";
    int plural;
    if (defcount > 0) {
        snprintf(sig, sizeof sig, "from %d to %d", (int)(argcount - defcount), (int)argcount);
        plural = 1;
    } else {
        snprintf(sig, sizeof sig, "%d", (int)argcount);
        plural = argcount != 1;
    }
    if (kwonly_given) {
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    pt_err_format(pt_exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given", fn->qualname, sig,
                  plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

static int posonly_as_keyword(PtFunction *fn, PtObject *kwnames) {
    PtCode *co = (PtCode *)fn->code;
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int count = 0;
    for (int32_t p = 0; p < co->posonlyargcount; p++) {
        PtObject *pname = pt_tuple_get(co->localsplusnames, p);
        for (pt_ssize k = 0; k < pt_tuple_len(kwnames); k++) {
            PtObject *kn = pt_tuple_get(kwnames, k);
            if (kn == pname || pt_str_eq(kn, pname)) {
                if ((count++ > 0 && pt_sb_append_ascii(&sb, ", ", 2) < 0) || pt_sb_append_str(&sb, pname) < 0) {
                    pt_sb_discard(&sb);
                    return -1;
                }
                break;
            }
        }
    }
    PtObject *s = pt_sb_finish(&sb);
    if (s == NULL) {
        return -1;
    }
    pt_err_format(pt_exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  fn->qualname, s);
    pt_decref(s);
    return -1;
}

// ---- Binding ----

// Index of parameter `key` among [lo, hi) of co's localsplus names, or -1.
static int32_t find_param(PtCode *co, PtObject *key, int32_t lo, int32_t hi) {
    PtObject *const *names = pt_tuple_items(co->localsplusnames);
    for (int32_t j = lo; j < hi; j++) {
        if (names[j] == key) {
            return j;
        }
    }
    if (!pt_is_str(key)) {
        return -1;
    }
    for (int32_t j = lo; j < hi; j++) {
        if (pt_str_eq(names[j], key)) {
            return j;
        }
    }
    return -1;
}

// Bind the keyword arguments; 0 or -1.
static int bind_keywords(PtFunction *fn, PtFrame *f, PtObject *const *kwvals, PtObject *kwnames,
                         PtObject *kwdict) {
    PtCode *co = (PtCode *)fn->code;
    int32_t total = co->argcount + co->kwonlyargcount;
    pt_ssize nkw = pt_tuple_len(kwnames);
    for (pt_ssize i = 0; i < nkw; i++) {
        PtObject *key = pt_tuple_get(kwnames, i);
        int32_t j = find_param(co, key, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict != NULL) {
                if (pt_dict_set(kwdict, key, kwvals[i]) < 0) {
                    return -1;
                }
                continue;
            }
            if (find_param(co, key, 0, co->posonlyargcount) >= 0) {
                return posonly_as_keyword(fn, kwnames);
            }
            pt_err_format(pt_exc_TypeError, "%U() got an unexpected keyword argument '%S'", fn->qualname, key);
            return -1;
        }
        if (f->localsplus[j] != NULL) {
            pt_err_format(pt_exc_TypeError, "%U() got multiple values for argument '%S'", fn->qualname, key);
            return -1;
        }
        f->localsplus[j] = pt_newref(kwvals[i]);
    }
    return 0;
}

// Fill missing positional parameters from defaults and keyword-only ones from kwdefaults.
static int bind_defaults(PtFunction *fn, PtFrame *f, size_t nargs) {
    PtCode *co = (PtCode *)fn->code;
    int32_t argcount = co->argcount;
    if ((int32_t)nargs < argcount) {
        pt_ssize defcount = fn->defaults != NULL ? pt_tuple_len(fn->defaults) : 0;
        int32_t m = argcount - (int32_t)defcount;
        for (int32_t i = (int32_t)nargs; i < m; i++) {
            if (f->localsplus[i] == NULL) {
                return missing_arguments(fn, f, (int32_t)nargs, m, "positional");
            }
        }
        for (int32_t i = m > (int32_t)nargs ? m : (int32_t)nargs; i < argcount; i++) {
            if (f->localsplus[i] == NULL) {
                f->localsplus[i] = pt_newref(pt_tuple_get(fn->defaults, i - m));
            }
        }
    }
    int32_t total = argcount + co->kwonlyargcount;
    int missing = 0;
    for (int32_t i = argcount; i < total; i++) {
        if (f->localsplus[i] != NULL) {
            continue;
        }
        PtObject *v = NULL;
        if (fn->kwdefaults != NULL) {
            int r = pt_dict_get_ref(fn->kwdefaults, pt_tuple_get(co->localsplusnames, i), &v);
            if (r < 0) {
                return -1;
            }
        }
        if (v != NULL) {
            f->localsplus[i] = v;
        } else {
            missing = 1;
        }
    }
    if (missing) {
        return missing_arguments(fn, f, argcount, total, "keyword-only");
    }
    return 0;
}

int pt_call_bind(PtObject *func, PtFrame *f, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtFunction *fn = FN(func);
    PtCode *co = (PtCode *)fn->code;
    int32_t argcount = co->argcount, total = argcount + co->kwonlyargcount;
    PtObject **lp = f->localsplus;
    PtObject *kwdict = NULL;
    if (co->flags & PT_CO_VARKEYWORDS) {
        if ((kwdict = pt_dict_new()) == NULL) {
            return -1;
        }
        lp[total + ((co->flags & PT_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) {
        lp[i] = pt_newref(args[i]);
    }
    if (co->flags & PT_CO_VARARGS) {
        PtObject *t = pt_tuple_from_array(args + n, nargs - n);
        if (t == NULL) {
            return -1;
        }
        lp[total] = t;
    }
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0 && bind_keywords(fn, f, args + nargs, kwnames, kwdict) < 0) {
        return -1;
    }
    if (nargs > (size_t)argcount && !(co->flags & PT_CO_VARARGS)) {
        return too_many_positional(fn, f, nargs);
    }
    if ((int32_t)nargs < argcount || co->kwonlyargcount > 0) {
        return bind_defaults(fn, f, nargs);
    }
    return 0;
}

// ---- The call slot ----

PtObject *pt_function_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtThreadState *ts = pt_tstate_current;
    PtFunction *fn = FN(callable);
    PtCode *co = (PtCode *)fn->code;
    PtFrame *f = pt_frame_push(ts, callable);
    if (f == NULL) {
        return NULL;
    }
    if (kwnames == NULL && nargs == (size_t)co->argcount &&
        !(co->flags & (PT_CO_VARARGS | PT_CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
        for (size_t i = 0; i < nargs; i++) {
            f->localsplus[i] = pt_newref(args[i]);
        }
    } else if (pt_call_bind(callable, f, args, nargs, kwnames) < 0) {
        pt_frame_exit(ts, f);
        return NULL;
    }
    if (co->flags & (PT_CO_GENERATOR | PT_CO_COROUTINE | PT_CO_ASYNC_GENERATOR)) {
        return pt_gen_new_from_frame(ts, f);
    }
    f->is_entry = 1;
    return pt_eval_frame(ts, f, 0);
}

// "module.qualname()" or "qualname()" for messages about calls, as CPython's
// _PyObject_FunctionStr. New str or NULL.
PtObject *pt_call_function_str(PtObject *func) {
    PtObject *qualname = NULL, *module = NULL, *r;
    if (pt_object_lookup_attr(func, PT_ID(__qualname__), &qualname) <= 0) {
        pt_err_clear();
        PtObject *s = pt_object_str(func);
        if (s == NULL) {
            return NULL;
        }
        r = pt_str_format("%U object", s);
        pt_decref(s);
        return r;
    }
    if (pt_object_lookup_attr(func, PT_ID(__module__), &module) < 0) {
        pt_err_clear();
    }
    if (module != NULL && module != pt_None && pt_is_str(module) && !pt_str_eq_cstr(module, "builtins")) {
        r = pt_str_format("%U.%S()", module, qualname);
    } else {
        r = pt_str_format("%S()", qualname);
    }
    pt_decref(qualname);
    pt_xdecref(module);
    return r;
}
