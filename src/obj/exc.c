// src/obj/exc.c: BaseException, the builtin exception hierarchy, and tracebacks.
//
// BaseException is the static type pt_base_exception_type; every other
// builtin exception (include/pith/exceptions.def) is a static PtType filled in
// and readied by pt_exc_init at start-up, with an id assigned then and fixed
// for the life of the process. Kinds that carry state (StopIteration.value,
// OSError's errno fields, SyntaxError's location...) have their own layout
// (src/obj/exc.h); every extra field is a PtObject *, so one dealloc, traverse
// and clear serve all kinds. Instances have a __dict__ in prefix slot 0 (the
// lead's class.c lays heap subclasses out around it). Exception groups are in
// exc_group.c. str()/repr() and constructor rules follow CPython 3.11 exactly.
// See docs/internals/errors.md; tests: tests/golden/errors/, lang/raise_*.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "pith.h"        // the object API
#include "mem/gc.h"      // pt_gc_track, pt_gc_untrack
#include "obj/exc.h"     // PtBaseException and the kind layouts
#include "obj/type.h"    // pt_type_ready, pt_instance_dict_slot

// ---- The type objects ----

enum {
#define PT_EXC(name, base) EXC_##name,
#include "pith/exceptions.def"
#undef PT_EXC
    EXC_COUNT
};

// Filled once by pt_exc_init, then never changed (protected by the GIL at start-up).
static PtType exc_types[EXC_COUNT];
// The preallocated MemoryError (made once at start-up; protected by the GIL).
static PtObject *prealloc_memerr;

PtObject *pt_exc_BaseException = (PtObject *)&pt_base_exception_type;
#define PT_EXC(name, base) PtObject *pt_exc_##name = (PtObject *)&exc_types[EXC_##name];
#include "pith/exceptions.def"
#undef PT_EXC

// ---- Layout helpers ----

// The first static type on the base chain: its basicsize is the C layout.
static PtType *exc_solid(PtType *t) {
    while (t->flags & PT_TF_HEAPTYPE) {
        t = t->base;
    }
    return t;
}

static size_t exc_size(PtObject *o) { return (size_t)exc_solid(pt_type(o))->basicsize; }

// The kind-specific PtObject * fields after the base layout.
static PtObject **exc_extra(PtObject *o, size_t *n) {
    *n = (exc_size(o) - sizeof(PtBaseException)) / sizeof(PtObject *);
    return (PtObject **)(void *)((char *)o + sizeof(PtBaseException));
}

int pt_exc_is_instance(PtObject *v) {
    return pt_is_heap(v) && pt_type_is_subtype_flag(pt_type(v), PT_TF_EXC_SUB);
}

int pt_exc_is_class(PtObject *v) {
    return pt_is_heap(v) && pt_type_is_subtype_flag(pt_type(v), PT_TF_TYPE_SUB) &&
           pt_type_is_subtype_flag((PtType *)v, PT_TF_EXC_SUB);
}

#define EXC(o) ((PtBaseException *)(o))

void pt_exc_set_traceback(PtObject *exc, PtObject *tb) {
    pt_setref(&EXC(exc)->traceback, tb != NULL && tb != pt_None ? pt_newref(tb) : NULL);
}

void pt_exc_set_context(PtObject *exc, PtObject *ctx) {
    pt_setref(&EXC(exc)->context, ctx != NULL && ctx != pt_None ? pt_newref(ctx) : NULL);
}

void pt_exc_set_cause(PtObject *exc, PtObject *cause) {
    pt_setref(&EXC(exc)->cause, cause != NULL && cause != pt_None ? pt_newref(cause) : NULL);
    EXC(exc)->suppress_context = 1;
}

// ---- Constructors and destructor ----

static PtObject *exc_alloc(PtType *type, PtObject *args) {
    PtObject *o = pt_object_alloc(type, (size_t)exc_solid(type)->basicsize);
    if (o == NULL) {
        return NULL;
    }
    EXC(o)->args = pt_newref(args);
    if (pt_type(o)->flags & PT_TF_GC) {
        pt_gc_track(o);
    }
    return o;
}

// BaseException.__new__: keywords are accepted and ignored (__init__ checks them).
static PtObject *exc_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *t = pt_tuple_from_array(args, nargs);
    if (t == NULL) {
        return NULL;
    }
    PtObject *o = exc_alloc(type, t);
    pt_decref(t);
    return o;
}

// Replace self.args unless it already holds exactly these values.
static int set_args(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *cur = EXC(self)->args;
    if (cur != NULL && pt_is_tuple_exact(cur) && (size_t)pt_tuple_len(cur) == nargs) {
        size_t i = 0;
        while (i < nargs && pt_tuple_get(cur, (pt_ssize)i) == args[i]) {
            i++;
        }
        if (i == nargs) {
            return 0;
        }
    }
    PtObject *t = pt_tuple_from_array(args, nargs);
    if (t == NULL) {
        return -1;
    }
    pt_setref(&EXC(self)->args, t);
    return 0;
}

static int no_keywords(PtObject *self, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        pt_err_format(pt_exc_TypeError, "%s() takes no keyword arguments", pt_type_name_of(self));
        return -1;
    }
    return 0;
}

static int exc_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (no_keywords(self, kwnames) < 0) {
        return -1;
    }
    return set_args(self, args, nargs);
}

PtObject *pt_exc_new(PtObject *type, PtObject *args) {
    return pt_object_call(type, pt_tuple_items(args), (size_t)pt_tuple_len(args), NULL);
}

static void exc_dealloc(PtObject *o) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    PtBaseException *e = EXC(o);
    pt_clearref(&e->args);
    pt_clearref(&e->traceback);
    pt_clearref(&e->context);
    pt_clearref(&e->cause);
    size_t n;
    PtObject **extra = exc_extra(o, &n);
    for (size_t i = 0; i < n; i++) {
        pt_clearref(&extra[i]);
    }
    if (!(pt_type(o)->flags & PT_TF_HEAPTYPE)) {
        PtObject **d = pt_instance_dict_slot(o);
        if (d != NULL) {
            pt_instance_clear_slot(d);
        }
    }
    pt_object_free(o, exc_size(o));
}

// ---- GC support ----

static int exc_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtBaseException *e = EXC(o);
    PtObject *base[4] = {e->args, e->traceback, e->context, e->cause};
    for (int i = 0; i < 4; i++) {
        if (base[i] != NULL) {
            int r = visit(base[i], arg);
            if (r) {
                return r;
            }
        }
    }
    size_t n;
    PtObject **extra = exc_extra(o, &n);
    for (size_t i = 0; i < n; i++) {
        if (extra[i] != NULL) {
            int r = visit(extra[i], arg);
            if (r) {
                return r;
            }
        }
    }
    // Heap subclasses: pt_subtype_traverse visits the prefix (the dict) itself.
    if (!(pt_type(o)->flags & PT_TF_HEAPTYPE)) {
        PtObject **d = pt_instance_dict_slot(o);
        if (d != NULL && *d != NULL) {
            return pt_instance_visit_slot(*d, visit, arg);
        }
    }
    return 0;
}

static int exc_clear(PtObject *o) {
    PtBaseException *e = EXC(o);
    pt_clearref(&e->args);
    pt_clearref(&e->traceback);
    pt_clearref(&e->context);
    pt_clearref(&e->cause);
    size_t n;
    PtObject **extra = exc_extra(o, &n);
    for (size_t i = 0; i < n; i++) {
        pt_clearref(&extra[i]);
    }
    if (!(pt_type(o)->flags & PT_TF_HEAPTYPE)) {
        PtObject **d = pt_instance_dict_slot(o);
        if (d != NULL) {
            pt_instance_clear_slot(d);
        }
    }
    return 0;
}

// ---- BaseException: methods and attributes ----

static PtObject *args_or_empty(PtObject *self) {
    return EXC(self)->args != NULL ? EXC(self)->args : pt_tuple_empty();
}

static PtObject *exc_str(PtObject *self) {
    PtObject *args = args_or_empty(self);
    switch (pt_tuple_len(args)) {
    case 0:
        return pt_str_from_cstr("");
    case 1:
        return pt_object_str(pt_tuple_get(args, 0));
    default:
        return pt_object_str(args);
    }
}

static PtObject *exc_repr(PtObject *self) {
    PtObject *args = args_or_empty(self);
    const char *name = pt_type_name_of(self);
    if (pt_tuple_len(args) == 1) {
        return pt_str_format("%s(%R)", name, pt_tuple_get(args, 0));
    }
    return pt_str_format("%s%R", name, args);
}

static PtObject *exc_with_traceback(PtObject *self, PtObject *tb) {
    if (tb != pt_None && pt_tid(tb) != PT_TID_TRACEBACK) {
        return pt_err_set_string(pt_exc_TypeError, "__traceback__ must be a traceback or None");
    }
    pt_exc_set_traceback(self, tb);
    return pt_newref(self);
}

static PtObject *exc_add_note(PtObject *self, PtObject *note) {
    if (!pt_is_str(note)) {
        return pt_err_format(pt_exc_TypeError, "note must be a str, not '%s'", pt_type_name_of(note));
    }
    PtObject *notes = NULL;
    int r = pt_object_lookup_attr(self, PT_ID(__notes__), &notes);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        notes = pt_list_new(0);
        if (notes == NULL || pt_object_setattr(self, PT_ID(__notes__), notes) < 0) {
            pt_xdecref(notes);
            return NULL;
        }
    } else if (!pt_is_list(notes)) {
        pt_decref(notes);
        return pt_err_set_string(pt_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    r = pt_list_append(notes, note);
    pt_decref(notes);
    return r < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *exc_reduce(PtObject *self, PtObject *unused) {
    PtObject *d = pt_instance_dict(self, 0);
    PtObject *type = (PtObject *)pt_type(self);
    if (d != NULL && pt_dict_len(d) > 0) {
        return pt_tuple_pack(3, type, args_or_empty(self), d);
    }
    return pt_tuple_pack(2, type, args_or_empty(self));
}

static PtObject *exc_setstate(PtObject *self, PtObject *state) {
    if (state == pt_None) {
        return pt_newref(pt_None);
    }
    if (!pt_is_dict(state)) {
        return pt_err_set_string(pt_exc_TypeError, "state is not a dictionary");
    }
    pt_ssize pos = 0;
    PtObject *k, *v;
    while (pt_dict_next(state, &pos, &k, &v)) {
        if (pt_object_setattr(self, k, v) < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

static PtObject *exc_get_args(PtObject *self, void *c) { return pt_newref(args_or_empty(self)); }

static int exc_set_args(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "args may not be deleted");
        return -1;
    }
    PtObject *t = pt_seq_tuple(v);
    if (t == NULL) {
        return -1;
    }
    pt_setref(&EXC(self)->args, t);
    return 0;
}

static PtObject *or_none(PtObject *v) { return pt_newref(v != NULL ? v : pt_None); }

static PtObject *exc_get_tb(PtObject *self, void *c) { return or_none(EXC(self)->traceback); }

static int exc_set_tb(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != pt_None && pt_tid(v) != PT_TID_TRACEBACK) {
        pt_err_set_string(pt_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    pt_exc_set_traceback(self, v);
    return 0;
}

static PtObject *exc_get_context(PtObject *self, void *c) { return or_none(EXC(self)->context); }

static int exc_set_context_attr(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != pt_None && !pt_exc_is_instance(v)) {
        pt_err_set_string(pt_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    pt_exc_set_context(self, v);
    return 0;
}

static PtObject *exc_get_cause(PtObject *self, void *c) { return or_none(EXC(self)->cause); }

static int exc_set_cause_attr(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != pt_None && !pt_exc_is_instance(v)) {
        pt_err_set_string(pt_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    pt_exc_set_cause(self, v);
    return 0;
}

static PtObject *exc_get_suppress(PtObject *self, void *c) {
    return pt_newref(pt_bool(EXC(self)->suppress_context));
}

static int exc_set_suppress(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "can't delete __suppress_context__ attribute");
        return -1;
    }
    int t = pt_object_is_true(v);
    if (t < 0) {
        return -1;
    }
    EXC(self)->suppress_context = (uint8_t)t;
    return 0;
}

static PtObject *exc_get_dict(PtObject *self, void *c) {
    PtObject *d = pt_instance_dict(self, 1);
    return d != NULL ? pt_newref(d) : pt_err_no_memory();
}

static int exc_set_dict(PtObject *self, PtObject *v, void *c) {
    PtObject **slot = pt_instance_dict_slot(self);
    if (v == NULL || !pt_is_dict(v)) {
        pt_err_set_string(pt_exc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    pt_incref(v);
    pt_instance_clear_slot(slot);
    *slot = v;
    return 0;
}

static const PtMethodDef exc_methods[] = {
    {"with_traceback", PT_FN(exc_with_traceback), PT_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", PT_FN(exc_add_note), PT_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", PT_FN(exc_reduce), PT_METH_NOARGS, NULL},
    {"__setstate__", PT_FN(exc_setstate), PT_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context_attr, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause_attr, "exception cause", NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL, NULL},
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_base_exception_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "BaseException",
    .tid = PT_TID_BASE_EXCEPTION,
    .basicsize = sizeof(PtBaseException),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_EXC_SUB | PT_TF_HAS_DICT,
    .prefix_words = 1,
    .dict_word = 0,
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_clear,
    .repr = exc_repr,
    .str = exc_str,
    .getattro = pt_object_generic_getattr,
    .setattro = pt_object_generic_setattr,
    .new_ = exc_new,
    .init = exc_init,
    .methods = exc_methods,
    .getset = exc_getset,
    .doc = "Common base class for all exceptions",
};

// ---- StopIteration, SystemExit ----

#define FIELD(o, T, f) (((T *)(void *)(o))->f)

static int stopiter_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (exc_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    pt_setref(&FIELD(self, PtStopIteration, value), pt_newref(nargs > 0 ? args[0] : pt_None));
    return 0;
}

PtObject *pt_exc_stop_iteration_new(PtObject *value) {
    return pt_object_call((PtObject *)pt_exc_StopIteration, &value, 1, NULL);
}

PtObject *pt_exc_stop_iteration_value(PtObject *exc) {
    if (!pt_type_is_subtype(pt_type(exc), (PtType *)pt_exc_StopIteration)) {
        return pt_None;
    }
    PtObject *v = FIELD(exc, PtStopIteration, value);
    return v != NULL ? v : pt_None;
}

static const PtMemberDef stopiter_members[] = {
    {"value", PT_MEMBER_OBJECT, offsetof(PtStopIteration, value), 0, "generator return value"},
    {NULL, 0, 0, 0, NULL},
};

static int sysexit_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (exc_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    PtObject *code = nargs == 0 ? pt_newref(pt_None) : nargs == 1 ? pt_newref(args[0]) : pt_newref(EXC(self)->args);
    pt_setref(&FIELD(self, PtSystemExit, code), code);
    return 0;
}

PtObject *pt_exc_system_exit_code(PtObject *exc) {
    PtObject *c = FIELD(exc, PtSystemExit, code);
    return c != NULL ? c : pt_None;
}

static const PtMemberDef sysexit_members[] = {
    {"code", PT_MEMBER_OBJECT, offsetof(PtSystemExit, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL},
};

// ---- ImportError, NameError, AttributeError: keyword-only attributes ----

// Split keywords of an exception constructor: each allowed name goes to its
// out slot (new reference); any other raises TypeError. 0 or -1.
static int take_keywords(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames,
                         const char *const *names, PtObject **outs) {
    pt_ssize nkw = kwnames != NULL ? pt_tuple_len(kwnames) : 0;
    for (pt_ssize i = 0; i < nkw; i++) {
        PtObject *k = pt_tuple_get(kwnames, i);
        int found = 0;
        for (int j = 0; names[j] != NULL; j++) {
            if (pt_str_eq_cstr(k, names[j])) {
                pt_setref(&outs[j], pt_newref(args[nargs + (size_t)i]));
                found = 1;
                break;
            }
        }
        if (!found) {
            pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                          pt_type_name_of(self));
            return -1;
        }
    }
    return 0;
}

static int importerror_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const names[] = {"name", "path", NULL};
    PtObject *outs[2] = {NULL, NULL};
    if (take_keywords(self, args, nargs, kwnames, names, outs) < 0 || set_args(self, args, nargs) < 0) {
        pt_xdecref(outs[0]);
        pt_xdecref(outs[1]);
        return -1;
    }
    pt_setref(&FIELD(self, PtImportError, name), outs[0]);
    pt_setref(&FIELD(self, PtImportError, path), outs[1]);
    pt_setref(&FIELD(self, PtImportError, msg), nargs == 1 ? pt_newref(args[0]) : NULL);
    return 0;
}

static PtObject *importerror_str(PtObject *self) {
    PtObject *msg = FIELD(self, PtImportError, msg);
    if (msg != NULL && pt_is_str_exact(msg)) {
        return pt_newref(msg);
    }
    return exc_str(self);
}

static PtObject *importerror_reduce(PtObject *self, PtObject *unused) {
    PtObject *kw = NULL, *r;
    PtObject *name = FIELD(self, PtImportError, name), *path = FIELD(self, PtImportError, path);
    if ((name != NULL && name != pt_None) || (path != NULL && path != pt_None)) {
        if ((kw = pt_dict_new()) == NULL) {
            return NULL;
        }
        if ((name != NULL && name != pt_None && pt_dict_set_cstr(kw, "name", name) < 0) ||
            (path != NULL && path != pt_None && pt_dict_set_cstr(kw, "path", path) < 0)) {
            pt_decref(kw);
            return NULL;
        }
    }
    if (kw != NULL) {
        r = pt_tuple_pack(3, (PtObject *)pt_type(self), args_or_empty(self), kw);
        pt_decref(kw);
    } else {
        r = pt_tuple_pack(2, (PtObject *)pt_type(self), args_or_empty(self));
    }
    return r;
}

static const PtMemberDef importerror_members[] = {
    {"msg", PT_MEMBER_OBJECT, offsetof(PtImportError, msg), 0, "exception message"},
    {"name", PT_MEMBER_OBJECT, offsetof(PtImportError, name), 0, "module name"},
    {"path", PT_MEMBER_OBJECT, offsetof(PtImportError, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL},
};

static const PtMethodDef importerror_methods[] = {
    {"__reduce__", PT_FN(importerror_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static int nameerror_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const names[] = {"name", NULL};
    PtObject *outs[1] = {NULL};
    if (take_keywords(self, args, nargs, kwnames, names, outs) < 0 || set_args(self, args, nargs) < 0) {
        pt_xdecref(outs[0]);
        return -1;
    }
    pt_setref(&FIELD(self, PtNameError, name), outs[0]);
    return 0;
}

static const PtMemberDef nameerror_members[] = {
    {"name", PT_MEMBER_OBJECT, offsetof(PtNameError, name), 0, "name"},
    {NULL, 0, 0, 0, NULL},
};

static int attrerror_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const names[] = {"name", "obj", NULL};
    PtObject *outs[2] = {NULL, NULL};
    if (take_keywords(self, args, nargs, kwnames, names, outs) < 0 || set_args(self, args, nargs) < 0) {
        pt_xdecref(outs[0]);
        pt_xdecref(outs[1]);
        return -1;
    }
    pt_setref(&FIELD(self, PtAttributeError, name), outs[0]);
    pt_setref(&FIELD(self, PtAttributeError, obj), outs[1]);
    return 0;
}

static const PtMemberDef attrerror_members[] = {
    {"name", PT_MEMBER_OBJECT, offsetof(PtAttributeError, name), 0, "attribute name"},
    {"obj", PT_MEMBER_OBJECT, offsetof(PtAttributeError, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL},
};

void pt_exc_set_name_obj(PtObject *exc, PtObject *name, PtObject *obj) {
    PtType *t = pt_type(exc);
    if (pt_type_is_subtype(t, (PtType *)pt_exc_AttributeError)) {
        pt_setref(&FIELD(exc, PtAttributeError, name), name ? pt_newref(name) : NULL);
        pt_setref(&FIELD(exc, PtAttributeError, obj), obj ? pt_newref(obj) : NULL);
    } else if (pt_type_is_subtype(t, (PtType *)pt_exc_NameError)) {
        pt_setref(&FIELD(exc, PtNameError, name), name ? pt_newref(name) : NULL);
    }
}

// ---- OSError ----

PtObject *pt_exc_oserror_subclass(int e) {
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return pt_exc_BlockingIOError;
    case ECHILD:
        return pt_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
        return pt_exc_BrokenPipeError;
    case ECONNABORTED:
        return pt_exc_ConnectionAbortedError;
    case ECONNREFUSED:
        return pt_exc_ConnectionRefusedError;
    case ECONNRESET:
        return pt_exc_ConnectionResetError;
    case EEXIST:
        return pt_exc_FileExistsError;
    case ENOENT:
        return pt_exc_FileNotFoundError;
    case EISDIR:
        return pt_exc_IsADirectoryError;
    case ENOTDIR:
        return pt_exc_NotADirectoryError;
    case EINTR:
        return pt_exc_InterruptedError;
    case EACCES:
    case EPERM:
        return pt_exc_PermissionError;
    case ESRCH:
        return pt_exc_ProcessLookupError;
    case ETIMEDOUT:
        return pt_exc_TimeoutError;
    default:
        return pt_exc_OSError;
    }
}

static PtObject *oserror_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == (PtType *)pt_exc_OSError && nargs >= 2 && pt_is_smallint(args[0])) {
        int64_t e = pt_smallint_value(args[0]);
        if (e >= 0 && e < 1 << 20) {
            type = (PtType *)pt_exc_oserror_subclass((int)e);
        }
    }
    return exc_new(type, args, nargs, kwnames);
}

static int oserror_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (no_keywords(self, kwnames) < 0) {
        return -1;
    }
    PtOSError *o = (PtOSError *)(void *)self;
    size_t keep = nargs;
    if (nargs >= 2 && nargs <= 5) {
        pt_setref(&o->myerrno, pt_newref(args[0]));
        pt_setref(&o->strerror, pt_newref(args[1]));
        if (nargs >= 3) {
            if (nargs == 3 && pt_type_is_subtype(pt_type(self), (PtType *)pt_exc_BlockingIOError) &&
                pt_is_int(args[2])) {
                pt_setref(&o->written, pt_newref(args[2]));
            } else {
                pt_setref(&o->filename, pt_newref(args[2]));
                if (nargs >= 5) {
                    pt_setref(&o->filename2, pt_newref(args[4]));
                }
                if (args[2] != pt_None) {
                    keep = 2;
                }
            }
        }
    }
    return set_args(self, args, keep);
}

static PtObject *oserror_str(PtObject *self) {
    PtOSError *o = (PtOSError *)(void *)self;
    PtObject *en = o->myerrno ? o->myerrno : pt_None, *se = o->strerror ? o->strerror : pt_None;
    if (o->filename != NULL && o->filename != pt_None) {
        if (o->filename2 != NULL && o->filename2 != pt_None) {
            return pt_str_format("[Errno %S] %S: %R -> %R", en, se, o->filename, o->filename2);
        }
        return pt_str_format("[Errno %S] %S: %R", en, se, o->filename);
    }
    if (o->myerrno != NULL && o->strerror != NULL) {
        return pt_str_format("[Errno %S] %S", en, se);
    }
    return exc_str(self);
}

static PtObject *oserror_reduce(PtObject *self, PtObject *unused) {
    PtOSError *o = (PtOSError *)(void *)self;
    PtObject *args = args_or_empty(self), *newargs;
    if (pt_tuple_len(args) == 2 && o->filename != NULL && o->filename != pt_None) {
        if (o->filename2 != NULL && o->filename2 != pt_None) {
            newargs = pt_tuple_pack(5, pt_tuple_get(args, 0), pt_tuple_get(args, 1), o->filename,
                                    pt_None, o->filename2);
        } else {
            newargs = pt_tuple_pack(3, pt_tuple_get(args, 0), pt_tuple_get(args, 1), o->filename);
        }
    } else {
        newargs = pt_newref(args);
    }
    if (newargs == NULL) {
        return NULL;
    }
    PtObject *d = pt_instance_dict(self, 0);
    PtObject *r;
    if (d != NULL && pt_dict_len(d) > 0) {
        r = pt_tuple_pack(3, (PtObject *)pt_type(self), newargs, d);
    } else {
        r = pt_tuple_pack(2, (PtObject *)pt_type(self), newargs);
    }
    pt_decref(newargs);
    return r;
}

static PtObject *oserror_get_written(PtObject *self, void *c) {
    PtOSError *o = (PtOSError *)(void *)self;
    if (o->written == NULL) {
        return pt_err_set_string(pt_exc_AttributeError, "characters_written");
    }
    return pt_newref(o->written);
}

static int oserror_set_written(PtObject *self, PtObject *v, void *c) {
    PtOSError *o = (PtOSError *)(void *)self;
    if (v == NULL) {
        if (o->written == NULL) {
            pt_err_set_string(pt_exc_AttributeError, "characters_written");
            return -1;
        }
        pt_clearref(&o->written);
        return 0;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    pt_setref(&o->written, i);
    return 0;
}

static const PtMemberDef oserror_members[] = {
    {"errno", PT_MEMBER_OBJECT, offsetof(PtOSError, myerrno), 0, "POSIX exception code"},
    {"strerror", PT_MEMBER_OBJECT, offsetof(PtOSError, strerror), 0, "exception strerror"},
    {"filename", PT_MEMBER_OBJECT, offsetof(PtOSError, filename), 0, "exception filename"},
    {"filename2", PT_MEMBER_OBJECT, offsetof(PtOSError, filename2), 0, "second exception filename"},
    {NULL, 0, 0, 0, NULL},
};

static const PtGetSetDef oserror_getset[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef oserror_methods[] = {
    {"__reduce__", PT_FN(oserror_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- SyntaxError ----

static int syntaxerror_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (exc_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    PtSyntaxError *s = (PtSyntaxError *)(void *)self;
    if (nargs >= 1) {
        pt_setref(&s->msg, pt_newref(args[0]));
    }
    if (nargs == 2) {
        PtObject *info = pt_seq_tuple(args[1]);
        if (info == NULL) {
            return -1;
        }
        pt_ssize n = pt_tuple_len(info);
        if (n < 4 || n > 6) {
            pt_decref(info);
            pt_err_format(pt_exc_IndexError, "tuple index out of range");
            return -1;
        }
        PtObject **fields[6] = {&s->filename, &s->lineno, &s->offset, &s->text, &s->end_lineno,
                                &s->end_offset};
        for (pt_ssize i = 0; i < n; i++) {
            pt_setref(fields[i], pt_newref(pt_tuple_get(info, i)));
        }
        pt_decref(info);
    }
    return 0;
}

static PtObject *syntaxerror_str(PtObject *self) {
    PtSyntaxError *s = (PtSyntaxError *)(void *)self;
    PtObject *msg = s->msg != NULL ? s->msg : pt_None;
    PtObject *fname = NULL;
    if (s->filename != NULL && pt_is_str(s->filename)) {
        // Only the last path component, as CPython prints it.
        pt_ssize n = pt_str_len(s->filename), i = n;
        while (i > 0 && pt_str_char(s->filename, i - 1) != '/') {
            i--;
        }
        fname = pt_str_substr(s->filename, i, n);
        if (fname == NULL) {
            return NULL;
        }
    }
    int have_line = s->lineno != NULL && pt_is_int(s->lineno);
    PtObject *r;
    if (fname != NULL && have_line) {
        r = pt_str_format("%S (%U, line %S)", msg, fname, s->lineno);
    } else if (fname != NULL) {
        r = pt_str_format("%S (%U)", msg, fname);
    } else if (have_line) {
        r = pt_str_format("%S (line %S)", msg, s->lineno);
    } else {
        r = pt_object_str(msg);
    }
    pt_xdecref(fname);
    return r;
}

static const PtMemberDef syntaxerror_members[] = {
    {"msg", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, msg), 0, "exception msg"},
    {"filename", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, filename), 0, "exception filename"},
    {"lineno", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, lineno), 0, "exception lineno"},
    {"offset", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, offset), 0, "exception offset"},
    {"text", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, text), 0, "exception text"},
    {"end_lineno", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, end_lineno), 0, "exception end lineno"},
    {"end_offset", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, end_offset), 0, "exception end offset"},
    {"print_file_and_line", PT_MEMBER_OBJECT, offsetof(PtSyntaxError, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL},
};

// ---- Unicode errors ----

static int unicode_init_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames,
                               int kind) {
    if (exc_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    PtUnicodeError *u = (PtUnicodeError *)(void *)self;
    size_t need = kind == 2 ? 4 : 5;
    if (nargs != need) {
        pt_err_format(pt_exc_TypeError, "function takes exactly %d arguments (%d given)", (int)need,
                      (int)nargs);
        return -1;
    }
    size_t i = 0;
    if (kind != 2) {
        if (!pt_is_str(args[0])) {
            pt_err_format(pt_exc_TypeError, "argument 1 must be str, not %s", pt_type_name_of(args[0]));
            return -1;
        }
        pt_setref(&u->encoding, pt_newref(args[i++]));
    }
    PtObject *obj = args[i];
    if (kind == 0) {
        PtBuffer view;
        if (pt_buffer_get(obj, &view, 0) < 0) {
            return -1;
        }
        PtObject *b = pt_bytes_new(view.buf, (size_t)view.len);
        pt_buffer_release(&view);
        if (b == NULL) {
            return -1;
        }
        pt_setref(&u->object, b);
    } else {
        if (!pt_is_str(obj)) {
            pt_err_format(pt_exc_TypeError, "argument %d must be str, not %s", (int)i + 1,
                          pt_type_name_of(obj));
            return -1;
        }
        pt_setref(&u->object, pt_newref(obj));
    }
    i++;
    for (int k = 0; k < 2; k++, i++) {
        if (!pt_is_int(args[i])) {
            pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          pt_type_name_of(args[i]));
            return -1;
        }
    }
    pt_setref(&u->start, pt_newref(args[i - 2]));
    pt_setref(&u->end, pt_newref(args[i - 1]));
    if (!pt_is_str(args[i])) {
        pt_err_format(pt_exc_TypeError, "argument %d must be str, not %s", (int)i + 1,
                      pt_type_name_of(args[i]));
        return -1;
    }
    pt_setref(&u->reason, pt_newref(args[i]));
    return 0;
}

static int udecode_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return unicode_init_common(self, args, nargs, kwnames, 0);
}

static int uencode_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return unicode_init_common(self, args, nargs, kwnames, 1);
}

static int utranslate_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return unicode_init_common(self, args, nargs, kwnames, 2);
}

// Start, end and object length of a Unicode error, clamped as CPython does.
static int unicode_range(PtUnicodeError *u, pt_ssize objlen, pt_ssize *start, pt_ssize *end) {
    if (u->start == NULL || u->end == NULL) {
        return -1;
    }
    *start = pt_int_as_ssize(u->start);
    *end = pt_int_as_ssize(u->end);
    if (pt_err_occurred()) {
        return -1;
    }
    if (*start < 0) {
        *start = 0;
    }
    if (*start >= objlen) {
        *start = objlen == 0 ? 0 : objlen - 1;
    }
    if (*end < 1) {
        *end = 1;
    }
    if (*end > objlen) {
        *end = objlen;
    }
    return 0;
}

// The shared str() of Unicode errors; `what` is "decode"/"encode"/"translate".
static PtObject *unicode_str_common(PtObject *self, const char *what, int kind) {
    PtUnicodeError *u = (PtUnicodeError *)(void *)self;
    if (u->object == NULL || u->reason == NULL) {
        return pt_str_from_cstr("");
    }
    pt_ssize len = kind == 0 ? pt_bytes_len(u->object) : pt_str_len(u->object);
    pt_ssize start, end;
    if (unicode_range(u, len, &start, &end) < 0) {
        return NULL;
    }
    PtObject *reason = pt_object_str(u->reason);
    if (reason == NULL) {
        return NULL;
    }
    PtObject *enc = kind == 2 ? NULL : pt_object_str(u->encoding ? u->encoding : pt_None);
    PtObject *r = NULL;
    if (kind != 2 && enc == NULL) {
        pt_decref(reason);
        return NULL;
    }
    if (kind != 2) {
        r = pt_str_format("'%U' codec ", enc);
        pt_decref(enc);
        if (r == NULL) {
            pt_decref(reason);
            return NULL;
        }
    }
    PtObject *tail;
    if (start < len && end == start + 1) {
        if (kind == 0) {
            char hex[8];
            snprintf(hex, sizeof hex, "0x%02x", (unsigned)(unsigned char)pt_bytes_data(u->object)[start]);
            tail = pt_str_format("can't decode byte %s in position %zd: %U", hex, start, reason);
        } else {
            uint32_t ch = pt_str_char(u->object, start);
            char esc[16];
            if (ch <= 0xff) {
                snprintf(esc, sizeof esc, "\\x%02x", (unsigned)ch);
            } else if (ch <= 0xffff) {
                snprintf(esc, sizeof esc, "\\u%04x", (unsigned)ch);
            } else {
                snprintf(esc, sizeof esc, "\\U%08x", (unsigned)ch);
            }
            tail = pt_str_format("can't %s character '%s' in position %zd: %U", what, esc, start, reason);
        }
    } else {
        tail = pt_str_format("can't %s %s in position %zd-%zd: %U", what,
                             kind == 0 ? "bytes" : "characters", start, end - 1, reason);
    }
    pt_decref(reason);
    if (tail == NULL) {
        pt_xdecref(r);
        return NULL;
    }
    if (r == NULL) {
        return tail;
    }
    PtObject *full = pt_str_concat(r, tail);
    pt_decref(r);
    pt_decref(tail);
    return full;
}

static PtObject *udecode_str(PtObject *self) { return unicode_str_common(self, "decode", 0); }
static PtObject *uencode_str(PtObject *self) { return unicode_str_common(self, "encode", 1); }
static PtObject *utranslate_str(PtObject *self) { return unicode_str_common(self, "translate", 2); }

static const PtMemberDef unicode_members[] = {
    {"encoding", PT_MEMBER_OBJECT, offsetof(PtUnicodeError, encoding), 0, "exception encoding"},
    {"object", PT_MEMBER_OBJECT, offsetof(PtUnicodeError, object), 0, "exception object"},
    {"start", PT_MEMBER_OBJECT, offsetof(PtUnicodeError, start), 0, "exception start"},
    {"end", PT_MEMBER_OBJECT, offsetof(PtUnicodeError, end), 0, "exception end"},
    {"reason", PT_MEMBER_OBJECT, offsetof(PtUnicodeError, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL},
};

// ---- KeyError ----

static PtObject *keyerror_str(PtObject *self) {
    PtObject *args = args_or_empty(self);
    if (pt_tuple_len(args) == 1) {
        return pt_object_repr(pt_tuple_get(args, 0));
    }
    return exc_str(self);
}

// ---- Traceback objects ----

PtObject *pt_traceback_new(PtObject *next, PtObject *frame, int32_t lasti, int32_t lineno) {
    PtTraceback *tb = (PtTraceback *)pt_object_alloc(&pt_traceback_type, sizeof(PtTraceback));
    if (tb == NULL) {
        return NULL;
    }
    tb->next = next != NULL && next != pt_None ? pt_newref(next) : NULL;
    tb->frame = pt_newref(frame);
    tb->lasti = lasti;
    tb->lineno = lineno;
    pt_gc_track((PtObject *)tb);
    return (PtObject *)tb;
}

static void tb_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    PtTraceback *tb = (PtTraceback *)o;
    pt_clearref(&tb->next);
    pt_clearref(&tb->frame);
    pt_object_free(o, sizeof(PtTraceback));
}

static int tb_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtTraceback *tb = (PtTraceback *)o;
    if (tb->next != NULL) {
        int r = visit(tb->next, arg);
        if (r) {
            return r;
        }
    }
    return tb->frame != NULL ? visit(tb->frame, arg) : 0;
}

static int tb_clear(PtObject *o) {
    PtTraceback *tb = (PtTraceback *)o;
    pt_clearref(&tb->next);
    pt_clearref(&tb->frame);
    return 0;
}

static PtObject *tb_get_next(PtObject *self, void *c) { return or_none(((PtTraceback *)self)->next); }

static int tb_set_next(PtObject *self, PtObject *v, void *c) {
    if (v == NULL) {
        pt_err_set_string(pt_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != pt_None && pt_tid(v) != PT_TID_TRACEBACK) {
        pt_err_format(pt_exc_TypeError, "expected traceback object or None, got '%s'", pt_type_name_of(v));
        return -1;
    }
    for (PtObject *c2 = v; c2 != pt_None && c2 != NULL; c2 = ((PtTraceback *)c2)->next) {
        if (c2 == self) {
            pt_err_set_string(pt_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    pt_setref(&((PtTraceback *)self)->next, v == pt_None ? NULL : pt_newref(v));
    return 0;
}

static PtObject *tb_get_frame(PtObject *self, void *c) { return pt_newref(((PtTraceback *)self)->frame); }
static PtObject *tb_get_lineno(PtObject *self, void *c) {
    int32_t l = ((PtTraceback *)self)->lineno;
    return l < 0 ? pt_newref(pt_None) : pt_int_from_i64(l);
}
static PtObject *tb_get_lasti(PtObject *self, void *c) {
    return pt_int_from_i64((int64_t)((PtTraceback *)self)->lasti * 2);
}

static PtObject *tb_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("traceback", kwnames) < 0 || pt_check_nargs("traceback", nargs, 4, 4) < 0) {
        return NULL;
    }
    if (args[0] != pt_None && pt_tid(args[0]) != PT_TID_TRACEBACK) {
        return pt_err_format(pt_exc_TypeError, "expected traceback object or None, got '%s'",
                             pt_type_name_of(args[0]));
    }
    if (pt_tid(args[1]) != PT_TID_FRAME) {
        return pt_err_format(pt_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                             pt_type_name_of(args[1]));
    }
    int64_t lasti = pt_int_as_i64(args[2]), lineno = pt_int_as_i64(args[3]);
    if (pt_err_occurred()) {
        return NULL;
    }
    return pt_traceback_new(args[0], args[1], (int32_t)(lasti / 2), (int32_t)lineno);
}

static const PtGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_traceback_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "traceback",
    .tid = PT_TID_TRACEBACK,
    .basicsize = sizeof(PtTraceback),
    .flags = PT_TF_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getattro = pt_object_generic_getattr,
    .new_ = tb_new,
    .getset = tb_getset,
};

// ---- Start-up ----

// Give type `t` the layout and slots of its kind, chosen by name.
static void exc_setup_kind(PtType *t, const char *name) {
    if (strcmp(name, "StopIteration") == 0) {
        t->basicsize = sizeof(PtStopIteration);
        t->init = stopiter_init;
        t->members = stopiter_members;
    } else if (strcmp(name, "SystemExit") == 0) {
        t->basicsize = sizeof(PtSystemExit);
        t->init = sysexit_init;
        t->members = sysexit_members;
    } else if (strcmp(name, "ImportError") == 0) {
        t->basicsize = sizeof(PtImportError);
        t->init = importerror_init;
        t->str = importerror_str;
        t->members = importerror_members;
        t->methods = importerror_methods;
    } else if (strcmp(name, "NameError") == 0) {
        t->basicsize = sizeof(PtNameError);
        t->init = nameerror_init;
        t->members = nameerror_members;
    } else if (strcmp(name, "AttributeError") == 0) {
        t->basicsize = sizeof(PtAttributeError);
        t->init = attrerror_init;
        t->members = attrerror_members;
    } else if (strcmp(name, "OSError") == 0) {
        t->basicsize = sizeof(PtOSError);
        t->new_ = oserror_new;
        t->init = oserror_init;
        t->str = oserror_str;
        t->members = oserror_members;
        t->getset = oserror_getset;
        t->methods = oserror_methods;
    } else if (strcmp(name, "SyntaxError") == 0) {
        t->basicsize = sizeof(PtSyntaxError);
        t->init = syntaxerror_init;
        t->str = syntaxerror_str;
        t->members = syntaxerror_members;
    } else if (strcmp(name, "UnicodeError") == 0) {
        t->basicsize = sizeof(PtUnicodeError);
        t->members = unicode_members;
    } else if (strcmp(name, "UnicodeDecodeError") == 0) {
        t->init = udecode_init;
        t->str = udecode_str;
    } else if (strcmp(name, "UnicodeEncodeError") == 0) {
        t->init = uencode_init;
        t->str = uencode_str;
    } else if (strcmp(name, "UnicodeTranslateError") == 0) {
        t->init = utranslate_init;
        t->str = utranslate_str;
    } else if (strcmp(name, "KeyError") == 0) {
        t->str = keyerror_str;
    } else if (strcmp(name, "BaseExceptionGroup") == 0) {
        t->basicsize = sizeof(PtExceptionGroup);
        t->new_ = pt_exc_group_new_slot;
        t->init = pt_exc_group_init_slot;
        t->str = pt_exc_group_str_slot;
        t->methods = pt_exc_group_methods;
        t->members = pt_exc_group_members;
    }
}

static PtType *exc_by_name(const char *name) {
    static const char *const names[] = {
#define PT_EXC(n, b) #n,
#include "pith/exceptions.def"
#undef PT_EXC
    };
    for (int i = 0; i < EXC_COUNT; i++) {
        if (strcmp(names[i], name) == 0) {
            return &exc_types[i];
        }
    }
    return &pt_base_exception_type;
}

int pt_exc_init(void) {
    static const char *const names[][2] = {
#define PT_EXC(n, b) {#n, #b},
#include "pith/exceptions.def"
#undef PT_EXC
    };
    if (pt_type_ready(&pt_base_exception_type) < 0 || pt_type_ready(&pt_traceback_type) < 0) {
        return -1;
    }
    for (int i = 0; i < EXC_COUNT; i++) {
        PtType *t = &exc_types[i];
        if (t->flags & PT_TF_READY) {
            continue;
        }
        t->ob.refcnt = PT_REFCNT_STATIC;
        t->ob.tinfo = PT_TID_TYPE | PT_OF_STATIC;
        t->name = names[i][0];
        t->base = exc_by_name(names[i][1]);
        t->flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_EXC_SUB | PT_TF_HAS_DICT;
        t->prefix_words = 1;
        t->dict_word = 0;
        exc_setup_kind(t, names[i][0]);
        if (t == (PtType *)pt_exc_ExceptionGroup) {
            t->bases = pt_tuple_pack(2, pt_exc_BaseExceptionGroup, pt_exc_Exception);
            if (t->bases == NULL) {
                return -1;
            }
        }
        if (pt_type_ready(t) < 0) {
            return -1;
        }
    }
    if (prealloc_memerr == NULL && (prealloc_memerr = pt_object_call0(pt_exc_MemoryError)) == NULL) {
        return -1;
    }
    return 0;
}

PtObject *pt_exc_memory_error(void) { return prealloc_memerr; }
