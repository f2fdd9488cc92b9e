// src/modules/mod_gc.c: the gc module, the Python face of src/mem/gc.c.
//
// gc is internal by nature and on the layering allowlist. gc.garbage is a
// real list kept in step with the collector's C-side list after every
// collection; gc.callbacks is a list whose entries are called with
// ("start"|"stop", {"generation", "collected", "uncollectable"}).
//
// Guards: tests/golden/gc/, tests/golden/modules/gc/.
#include <string.h>

#include "pith.h"       // the object API
#include "mem/gc.h"     // the collector
#include "vm/state.h"   // pt_interp

static PtObject *garbage_list;    // gc.garbage (strong; lives as long as the module)
static PtObject *callbacks_list;  // gc.callbacks

// Copy new entries of the collector's garbage list into gc.garbage.
static void sync_garbage(void) {
    if (garbage_list == NULL) {
        return;
    }
    size_t n = pt_gc_garbage_count();
    for (size_t i = 0; i < n; i++) {
        if (pt_list_append(garbage_list, pt_gc_garbage_get(i)) < 0) {
            pt_err_clear();
            break;
        }
    }
    pt_gc_garbage_clear();
}

static void run_callbacks(int phase, int generation, size_t collected, size_t uncollectable, void *arg) {
    if (phase == PT_GC_PHASE_STOP) {
        sync_garbage();
    }
    if (callbacks_list == NULL || pt_list_len(callbacks_list) == 0) {
        return;
    }
    PtObject *saved = pt_err_fetch();
    PtObject *info = pt_dict_new();
    PtObject *g = pt_int_from_i64(generation), *c = pt_int_from_u64(collected), *u = pt_int_from_u64(uncollectable);
    PtObject *phase_s = pt_str_from_cstr(phase == PT_GC_PHASE_START ? "start" : "stop");
    if (info != NULL && g && c && u && phase_s && pt_dict_set_cstr(info, "generation", g) == 0 &&
        pt_dict_set_cstr(info, "collected", c) == 0 && pt_dict_set_cstr(info, "uncollectable", u) == 0) {
        PtObject *snapshot = pt_seq_list(callbacks_list);
        for (pt_ssize i = 0; snapshot != NULL && i < pt_list_len(snapshot); i++) {
            PtObject *r = pt_object_call2(pt_list_get(snapshot, i), phase_s, info);
            if (r == NULL) {
                pt_err_write_unraisable(pt_list_get(snapshot, i));
            } else {
                pt_decref(r);
            }
        }
        pt_xdecref(snapshot);
    }
    pt_xdecref(info);
    pt_xdecref(g);
    pt_xdecref(c);
    pt_xdecref(u);
    pt_xdecref(phase_s);
    pt_err_restore(saved);
}

static void debug_write(const char *text) {
    PtObject *err = pt_dict_get_cstr(pt_interp()->sysdict, "stderr");
    PtObject *s = pt_str_from_cstr(text);
    if (err != NULL && err != pt_None && s != NULL) {
        PtObject *r = pt_object_call_method(err, PT_ID(write), &s, 1, NULL);
        pt_xdecref(r);
    }
    pt_xdecref(s);
    pt_err_clear();
}

static PtObject *gc_collect(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int generation = 2;
    static const char *const kwlist[] = {"generation", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|i:collect", kwlist, &generation) < 0) {
        return NULL;
    }
    if (generation < 0 || generation > 2) {
        return pt_err_set_string(pt_exc_ValueError, "invalid generation");
    }
    size_t n = pt_gc_collect(generation);
    sync_garbage();
    if (pt_err_occurred()) {
        return NULL;
    }
    return pt_int_from_u64(n);
}

static PtObject *gc_enable(PtObject *self, PtObject *u) {
    pt_gc_enable();
    return pt_newref(pt_None);
}
static PtObject *gc_disable(PtObject *self, PtObject *u) {
    pt_gc_disable();
    return pt_newref(pt_None);
}
static PtObject *gc_isenabled(PtObject *self, PtObject *u) { return pt_newref(pt_bool(pt_gc_is_enabled())); }

static PtObject *triple(const int v[3]) {
    PtObject *a = pt_int_from_i64(v[0]), *b = pt_int_from_i64(v[1]), *c = pt_int_from_i64(v[2]);
    PtObject *t = a && b && c ? pt_tuple_pack(3, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return t;
}

static PtObject *gc_get_count(PtObject *self, PtObject *u) {
    int c[3];
    pt_gc_get_count(c);
    return triple(c);
}

static PtObject *gc_get_threshold(PtObject *self, PtObject *u) {
    int t[3];
    pt_gc_get_threshold(t);
    return triple(t);
}

static PtObject *gc_set_threshold(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs < 1 || nargs > 3) {
        return pt_err_format(pt_exc_TypeError, "set_threshold() takes at least 1 argument (%d given)", (int)nargs);
    }
    int t[3];
    pt_gc_get_threshold(t);
    for (size_t i = 0; i < nargs; i++) {
        if (pt_is_float(args[i])) {
            return pt_err_set_string(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
        }
        int64_t v = pt_int_as_i64(args[i]);
        if (v == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (v > INT32_MAX || v < INT32_MIN) {
            return pt_err_set_string(pt_exc_OverflowError, "signed integer is greater than maximum");
        }
        t[i] = (int)v;
    }
    pt_gc_set_threshold(t[0], t[1], t[2]);
    return pt_newref(pt_None);
}

static PtObject *gc_set_debug(PtObject *self, PtObject *v) {
    int64_t f = pt_int_as_i64(v);
    if (f == -1 && pt_err_occurred()) {
        return NULL;
    }
    pt_gc_set_debug((int)f);
    return pt_newref(pt_None);
}

static PtObject *gc_get_debug(PtObject *self, PtObject *u) { return pt_int_from_i64(pt_gc_get_debug()); }

static int collect_into_list(PtObject *o, void *arg) { return pt_list_append((PtObject *)arg, o); }

static PtObject *gc_get_objects(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *gen = pt_None;
    static const char *const kwlist[] = {"generation", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|O:get_objects", kwlist, &gen) < 0) {
        return NULL;
    }
    int g = -1;
    if (gen != pt_None) {
        int64_t v = pt_int_as_i64(gen);
        if (v == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (v >= 3) {
            return pt_err_format(pt_exc_ValueError, "generation parameter must be less than the number of "
                                                    "available generations (3)");
        }
        if (v < 0) {
            return pt_err_set_string(pt_exc_ValueError, "generation parameter cannot be negative");
        }
        g = (int)v;
    }
    PtObject *l = pt_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    int r = pt_gc_get_objects(g, collect_into_list, l);
    if (r != 0) {
        pt_decref(l);
        return r == PT_GC_NOMEM ? pt_err_no_memory() : NULL;
    }
    return l;
}

static PtObject *gc_get_referrers(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *l = pt_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    int r = pt_gc_get_referrers(args, nargs, collect_into_list, l);
    if (r != 0) {
        pt_decref(l);
        return r == PT_GC_NOMEM ? pt_err_no_memory() : NULL;
    }
    return l;
}

static int collect_heap_referent(PtObject *o, void *arg) {
    return pt_is_heap(o) ? pt_list_append((PtObject *)arg, o) : 0;
}

static PtObject *gc_get_referents(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *l = pt_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        int r = pt_gc_get_referents(args[i], collect_heap_referent, l);
        if (r != 0) {
            pt_decref(l);
            return r == PT_GC_NOMEM ? pt_err_no_memory() : NULL;
        }
    }
    return l;
}

// Atomic objects (ints, strings, untracked containers) report False, as in CPython.
static PtObject *gc_is_tracked(PtObject *self, PtObject *v) {
    return pt_newref(pt_bool(pt_is_heap(v) && pt_gc_is_tracked(v)));
}

static PtObject *gc_is_finalized(PtObject *self, PtObject *v) {
    return pt_newref(pt_bool(pt_is_heap(v) && pt_has_flag(v, PT_OF_FINALIZED)));
}

static PtObject *gc_freeze(PtObject *self, PtObject *u) {
    pt_gc_freeze();
    return pt_newref(pt_None);
}
static PtObject *gc_unfreeze(PtObject *self, PtObject *u) {
    pt_gc_unfreeze();
    return pt_newref(pt_None);
}
static PtObject *gc_get_freeze_count(PtObject *self, PtObject *u) { return pt_int_from_u64(pt_gc_get_freeze_count()); }

static PtObject *gc_get_stats(PtObject *self, PtObject *u) {
    PtGCGenStats st[3];
    pt_gc_get_stats(st);
    PtObject *l = pt_list_new(0);
    for (int i = 0; l != NULL && i < 3; i++) {
        PtObject *d = pt_dict_new();
        PtObject *a = pt_int_from_u64(st[i].collections), *b = pt_int_from_u64(st[i].collected),
                 *c = pt_int_from_u64(st[i].uncollectable);
        int bad = d == NULL || !a || !b || !c || pt_dict_set_cstr(d, "collections", a) < 0 ||
                  pt_dict_set_cstr(d, "collected", b) < 0 || pt_dict_set_cstr(d, "uncollectable", c) < 0 ||
                  pt_list_append(l, d) < 0;
        pt_xdecref(a);
        pt_xdecref(b);
        pt_xdecref(c);
        pt_xdecref(d);
        if (bad) {
            pt_decref(l);
            return NULL;
        }
    }
    return l;
}

static const PtMethodDef gc_methods[] = {
    {"collect", PT_FN(gc_collect), PT_METH_FASTKW, "Run the garbage collector."},
    {"enable", PT_FN(gc_enable), PT_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", PT_FN(gc_disable), PT_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", PT_FN(gc_isenabled), PT_METH_NOARGS, "Returns true if automatic garbage collection is enabled."},
    {"get_count", PT_FN(gc_get_count), PT_METH_NOARGS, "Return a three-tuple of the current collection counts."},
    {"get_threshold", PT_FN(gc_get_threshold), PT_METH_NOARGS, "Return the current collection thresholds."},
    {"set_threshold", PT_FN(gc_set_threshold), PT_METH_FAST, "Set the collection thresholds."},
    {"set_debug", PT_FN(gc_set_debug), PT_METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", PT_FN(gc_get_debug), PT_METH_NOARGS, "Get the garbage collection debugging flags."},
    {"get_objects", PT_FN(gc_get_objects), PT_METH_FASTKW, "Return a list of objects tracked by the collector."},
    {"get_referrers", PT_FN(gc_get_referrers), PT_METH_FAST, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", PT_FN(gc_get_referents), PT_METH_FAST, "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", PT_FN(gc_is_tracked), PT_METH_O, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", PT_FN(gc_is_finalized), PT_METH_O, "Returns true if the object has been already finalized by the GC."},
    {"freeze", PT_FN(gc_freeze), PT_METH_NOARGS, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", PT_FN(gc_unfreeze), PT_METH_NOARGS, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", PT_FN(gc_get_freeze_count), PT_METH_NOARGS, "Return the number of objects in the permanent generation."},
    {"get_stats", PT_FN(gc_get_stats), PT_METH_NOARGS, "Return a list of dictionaries containing per-generation statistics."},
    {NULL, NULL, 0, NULL},
};

static int gc_exec(PtObject *m) {
    if (garbage_list == NULL) {
        garbage_list = pt_list_new(0);
        callbacks_list = pt_list_new(0);
        if (garbage_list == NULL || callbacks_list == NULL) {
            return -1;
        }
        pt_gc_set_callback(run_callbacks, NULL);
        pt_gc_debug_write = debug_write;
    }
    if (pt_module_add(m, "garbage", garbage_list) < 0 || pt_module_add(m, "callbacks", callbacks_list) < 0 ||
        pt_module_add_int(m, "DEBUG_STATS", PT_GC_DEBUG_STATS) < 0 ||
        pt_module_add_int(m, "DEBUG_COLLECTABLE", PT_GC_DEBUG_COLLECTABLE) < 0 ||
        pt_module_add_int(m, "DEBUG_UNCOLLECTABLE", PT_GC_DEBUG_UNCOLLECTABLE) < 0 ||
        pt_module_add_int(m, "DEBUG_SAVEALL", PT_GC_DEBUG_SAVEALL) < 0 ||
        pt_module_add_int(m, "DEBUG_LEAK", PT_GC_DEBUG_LEAK) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_gc_def = {
    .name = "gc",
    .doc = "This module provides access to the garbage collector for reference cycles.",
    .methods = gc_methods,
    .exec = gc_exec,
};
