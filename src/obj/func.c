// src/obj/func.c: Python function objects and cells.
//
// A function (src/obj/func.h) binds a code object to its globals, builtins,
// defaults and closure. Calling one is the VM's job (its `call` slot is
// pt_function_call in src/vm/call.c, reached through a hook so this file stays
// in the object layer); here are construction, attributes with CPython's
// checks and messages, __get__ (binding to a method), repr and GC support.
// Cells are the one-slot boxes closures share (cell_contents).
// Tests: tests/golden/lang/func_*, closure_*, decorator_*.
#include <string.h>
#include "pith.h"        // the object API
#include "mem/gc.h"      // pt_gc_track, pt_gc_untrack
#include "obj/code.h"    // PtCode
#include "obj/func.h"    // PtFunction, PtCell
#include "obj/type.h"    // pt_instance_dict, pt_instance_dict_slot

#define FN(o) ((PtFunction *)(void *)(o))

// Set by the VM at start-up (src/vm/call.c); protected by the GIL.
PtObject *(*pt_func_default_builtins)(void);

void pt_function_set_call(PtCallFn fn) { pt_function_type.call = fn; }

// Version numbers of functions (call-site caches); protected by the GIL.
static uint32_t next_func_version = 1;

// ---- Constructors and destructor ----

// The builtins a function created in `globals` sees.
static PtObject *builtins_for(PtObject *globals) {
    PtObject *b = pt_dict_get_cstr(globals, "__builtins__");
    if (b != NULL) {
        if (pt_tid(b) == PT_TID_MODULE) {
            return pt_module_dict(b);
        }
        if (pt_is_dict(b)) {
            return b;
        }
    }
    return pt_func_default_builtins != NULL ? pt_func_default_builtins() : NULL;
}

PtObject *pt_function_new(PtObject *code, PtObject *globals, PtObject *qualname) {
    PtCode *co = (PtCode *)code;
    PtObject *builtins = builtins_for(globals);
    if (builtins == NULL) {
        builtins = pt_dict_new();  // an empty namespace rather than a crash
        if (builtins == NULL) {
            return NULL;
        }
    } else {
        pt_incref(builtins);
    }
    PtFunction *f = (PtFunction *)pt_object_alloc(&pt_function_type, sizeof(PtFunction));
    if (f == NULL) {
        pt_decref(builtins);
        return NULL;
    }
    f->code = pt_newref(code);
    f->globals = pt_newref(globals);
    f->builtins = builtins;
    f->name = pt_newref(co->name);
    f->qualname = pt_newref(qualname != NULL ? qualname : co->qualname != NULL ? co->qualname : co->name);
    PtObject *mod = pt_dict_get_cstr(globals, "__name__");
    f->module = mod != NULL ? pt_newref(mod) : NULL;
    if (pt_tuple_len(co->consts) > 0 && pt_is_str(pt_tuple_get(co->consts, 0))) {
        f->doc = pt_newref(pt_tuple_get(co->consts, 0));
    }
    f->version = next_func_version++;
    pt_gc_track((PtObject *)f);
    return (PtObject *)f;
}

static void func_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    PtFunction *f = FN(o);
    pt_clearref(&f->code);
    pt_clearref(&f->globals);
    pt_clearref(&f->builtins);
    pt_clearref(&f->name);
    pt_clearref(&f->qualname);
    pt_clearref(&f->module);
    pt_clearref(&f->doc);
    pt_clearref(&f->defaults);
    pt_clearref(&f->kwdefaults);
    pt_clearref(&f->closure);
    pt_clearref(&f->annotations);
    PtObject **d = pt_instance_dict_slot(o);
    if (d != NULL) {
        pt_instance_clear_slot(d);
    }
    pt_object_free(o, sizeof(PtFunction));
}

// ---- GC support ----

static int func_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtFunction *f = FN(o);
    PtObject **d = pt_instance_dict_slot(o);
    PtObject *refs[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->module, f->doc,
                        f->defaults, f->kwdefaults, f->closure, f->annotations};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        if (refs[i] != NULL) {
            int r = visit(refs[i], arg);
            if (r) {
                return r;
            }
        }
    }
    return d != NULL && *d != NULL ? pt_instance_visit_slot(*d, visit, arg) : 0;
}

static int func_clear(PtObject *o) {
    PtFunction *f = FN(o);
    pt_clearref(&f->globals);
    pt_clearref(&f->module);
    pt_clearref(&f->doc);
    pt_clearref(&f->defaults);
    pt_clearref(&f->kwdefaults);
    pt_clearref(&f->closure);
    pt_clearref(&f->annotations);
    PtObject **d = pt_instance_dict_slot(o);
    if (d != NULL) {
        pt_instance_clear_slot(d);
    }
    return 0;
}

// ---- Attributes ----

static PtObject *or_none(PtObject *v) { return pt_newref(v != NULL ? v : pt_None); }

static PtObject *func_get_code(PtObject *o, void *c) { return pt_newref(FN(o)->code); }

static int func_set_code(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || pt_tid(v) != PT_TID_CODE) {
        pt_err_set_string(pt_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    PtCode *co = (PtCode *)v;
    pt_ssize nclosure = FN(o)->closure != NULL ? pt_tuple_len(FN(o)->closure) : 0;
    if (co->nfreevars != nclosure) {
        pt_err_format(pt_exc_ValueError, "%U() requires a code object with %zd free vars, not %d",
                      FN(o)->name, nclosure, (int)co->nfreevars);
        return -1;
    }
    pt_setref(&FN(o)->code, pt_newref(v));
    FN(o)->version = next_func_version++;
    return 0;
}

static PtObject *func_get_name(PtObject *o, void *c) { return pt_newref(FN(o)->name); }

static int func_set_name(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || !pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    pt_setref(&FN(o)->name, pt_newref(v));
    return 0;
}

static PtObject *func_get_qualname(PtObject *o, void *c) { return pt_newref(FN(o)->qualname); }

static int func_set_qualname(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || !pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    pt_setref(&FN(o)->qualname, pt_newref(v));
    return 0;
}

static PtObject *func_get_defaults(PtObject *o, void *c) { return or_none(FN(o)->defaults); }

static int func_set_defaults(PtObject *o, PtObject *v, void *c) {
    if (v == pt_None) {
        v = NULL;
    }
    if (v != NULL && !pt_is_tuple(v)) {
        pt_err_set_string(pt_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    pt_setref(&FN(o)->defaults, v != NULL ? pt_newref(v) : NULL);
    FN(o)->version = next_func_version++;
    return 0;
}

static PtObject *func_get_kwdefaults(PtObject *o, void *c) { return or_none(FN(o)->kwdefaults); }

static int func_set_kwdefaults(PtObject *o, PtObject *v, void *c) {
    if (v == pt_None) {
        v = NULL;
    }
    if (v != NULL && !pt_is_dict(v)) {
        pt_err_set_string(pt_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    pt_setref(&FN(o)->kwdefaults, v != NULL ? pt_newref(v) : NULL);
    FN(o)->version = next_func_version++;
    return 0;
}

static PtObject *func_get_globals(PtObject *o, void *c) { return pt_newref(FN(o)->globals); }
static PtObject *func_get_builtins(PtObject *o, void *c) { return pt_newref(FN(o)->builtins); }
static PtObject *func_get_closure(PtObject *o, void *c) { return or_none(FN(o)->closure); }

static PtObject *func_get_module(PtObject *o, void *c) { return or_none(FN(o)->module); }

static int func_set_module(PtObject *o, PtObject *v, void *c) {
    pt_setref(&FN(o)->module, v != NULL ? pt_newref(v) : NULL);
    return 0;
}

static PtObject *func_get_doc(PtObject *o, void *c) { return or_none(FN(o)->doc); }

static int func_set_doc(PtObject *o, PtObject *v, void *c) {
    pt_setref(&FN(o)->doc, v != NULL ? pt_newref(v) : NULL);
    return 0;
}

// MAKE_FUNCTION may store annotations as a flat tuple (name, value, ...): make a dict.
static int normalise_annotations(PtFunction *f) {
    PtObject *a = f->annotations;
    if (a == NULL || pt_is_dict(a)) {
        return 0;
    }
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return -1;
    }
    if (pt_is_tuple(a)) {
        for (pt_ssize i = 0; i + 1 < pt_tuple_len(a); i += 2) {
            if (pt_dict_set(d, pt_tuple_get(a, i), pt_tuple_get(a, i + 1)) < 0) {
                pt_decref(d);
                return -1;
            }
        }
    }
    pt_setref(&f->annotations, d);
    return 0;
}

static PtObject *func_get_annotations(PtObject *o, void *c) {
    PtFunction *f = FN(o);
    if (f->annotations == NULL && (f->annotations = pt_dict_new()) == NULL) {
        return NULL;
    }
    if (normalise_annotations(f) < 0) {
        return NULL;
    }
    return pt_newref(f->annotations);
}

static int func_set_annotations(PtObject *o, PtObject *v, void *c) {
    if (v == pt_None) {
        v = NULL;
    }
    if (v != NULL && !pt_is_dict(v)) {
        pt_err_set_string(pt_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    pt_setref(&FN(o)->annotations, v != NULL ? pt_newref(v) : NULL);
    return 0;
}

static PtObject *func_get_dict(PtObject *o, void *c) {
    PtObject *d = pt_instance_dict(o, 1);
    return d != NULL ? pt_newref(d) : pt_err_no_memory();
}

static int func_set_dict(PtObject *o, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!pt_is_dict(v)) {
        pt_err_format(pt_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", pt_type_name_of(v));
        return -1;
    }
    PtObject **slot = pt_instance_dict_slot(o);
    pt_incref(v);
    pt_instance_clear_slot(slot);
    *slot = v;
    return 0;
}

static const PtGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__module__", func_get_module, func_set_module, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

// ---- Slots ----

static PtObject *func_repr(PtObject *o) {
    return pt_str_format("<function %U at %p>", FN(o)->qualname, (void *)o);
}

static PtObject *func_descr_get(PtObject *func, PtObject *obj, PtObject *type) {
    if (obj == NULL) {
        return pt_newref(func);
    }
    return pt_method_new(func, obj);
}

// function(code, globals, name=None, argdefs=None, closure=None)
static PtObject *func_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    PtObject *code = NULL, *globals = NULL, *name = pt_None, *defs = pt_None, *closure = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "OO|OOO:function", kwlist, &code, &globals, &name, &defs,
                      &closure) < 0) {
        return NULL;
    }
    if (pt_tid(code) != PT_TID_CODE) {
        return pt_err_format(pt_exc_TypeError, "function() argument 'code' must be code, not %s",
                             pt_type_name_of(code));
    }
    if (!pt_is_dict(globals)) {
        return pt_err_format(pt_exc_TypeError, "function() argument 'globals' must be dict, not %s",
                             pt_type_name_of(globals));
    }
    if (name != pt_None && !pt_is_str(name)) {
        return pt_err_set_string(pt_exc_TypeError, "arg 3 (name) must be None or string");
    }
    if (defs != pt_None && !pt_is_tuple(defs)) {
        return pt_err_set_string(pt_exc_TypeError, "arg 4 (defaults) must be None or tuple");
    }
    PtCode *co = (PtCode *)code;
    pt_ssize nclosure = closure != pt_None && pt_is_tuple(closure) ? pt_tuple_len(closure) : 0;
    if (closure != pt_None && !pt_is_tuple(closure)) {
        return pt_err_set_string(pt_exc_TypeError, "arg 5 (closure) must be tuple");
    }
    if (nclosure != co->nfreevars) {
        return pt_err_format(pt_exc_ValueError, "%U requires closure of length %d, not %zd", co->name,
                             (int)co->nfreevars, nclosure);
    }
    PtObject *f = pt_function_new(code, globals, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (name != pt_None) {
        pt_setref(&FN(f)->name, pt_newref(name));
    }
    if (defs != pt_None) {
        FN(f)->defaults = pt_newref(defs);
    }
    if (nclosure > 0) {
        FN(f)->closure = pt_newref(closure);
    }
    return f;
}

PtType pt_function_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "function",
    .tid = PT_TID_FUNCTION,
    .basicsize = sizeof(PtFunction),
    .flags = PT_TF_GC | PT_TF_HAS_DICT,
    .prefix_words = 1,
    .dict_word = 0,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .getattro = pt_object_generic_getattr,
    .setattro = pt_object_generic_setattr,
    .descr_get = func_descr_get,
    .new_ = func_new,
    .getset = func_getset,
    .doc = "Create a function object.",
};

// ---- Cells ----

PtObject *pt_cell_new(PtObject *v) {
    PtCell *c = (PtCell *)pt_object_alloc(&pt_cell_type, sizeof(PtCell));
    if (c == NULL) {
        return NULL;
    }
    c->ref = v != NULL ? pt_newref(v) : NULL;
    pt_gc_track((PtObject *)c);
    return (PtObject *)c;
}

PtObject *pt_cell_get(PtObject *cell) { return ((PtCell *)cell)->ref; }

void pt_cell_set(PtObject *cell, PtObject *v) {
    pt_setref(&((PtCell *)cell)->ref, v != NULL ? pt_newref(v) : NULL);
}

static void cell_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&((PtCell *)o)->ref);
    pt_object_free(o, sizeof(PtCell));
}

static int cell_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtObject *r = ((PtCell *)o)->ref;
    return r != NULL ? visit(r, arg) : 0;
}

static int cell_clear(PtObject *o) {
    pt_clearref(&((PtCell *)o)->ref);
    return 0;
}

static PtObject *cell_repr(PtObject *o) {
    PtObject *r = ((PtCell *)o)->ref;
    if (r == NULL) {
        return pt_str_format("<cell at %p: empty>", (void *)o);
    }
    return pt_str_format("<cell at %p: %s object at %p>", (void *)o, pt_type_name_of(r), (void *)r);
}

static PtObject *cell_richcompare(PtObject *a, PtObject *b, int op) {
    if (pt_tid(b) != PT_TID_CELL) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *x = ((PtCell *)a)->ref, *y = ((PtCell *)b)->ref;
    if (x != NULL && y != NULL) {
        return pt_object_richcompare(x, y, op);
    }
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case PT_LT: r = c < 0; break;
    case PT_LE: r = c <= 0; break;
    case PT_EQ: r = c == 0; break;
    case PT_NE: r = c != 0; break;
    case PT_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pt_newref(pt_bool(r));
}

static PtObject *cell_get_contents(PtObject *o, void *c) {
    PtObject *r = ((PtCell *)o)->ref;
    if (r == NULL) {
        return pt_err_set_string(pt_exc_ValueError, "Cell is empty");
    }
    return pt_newref(r);
}

static int cell_set_contents(PtObject *o, PtObject *v, void *c) {
    pt_cell_set(o, v);
    return 0;
}

static PtObject *cell_new_slot(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("cell", kwnames) < 0 || pt_check_nargs("cell", nargs, 0, 1) < 0) {
        return NULL;
    }
    return pt_cell_new(nargs > 0 ? args[0] : NULL);
}

static const PtGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_cell_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "cell",
    .tid = PT_TID_CELL,
    .basicsize = sizeof(PtCell),
    .flags = PT_TF_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .hash = NULL,
    .getattro = pt_object_generic_getattr,
    .new_ = cell_new_slot,
    .getset = cell_getset,
};
