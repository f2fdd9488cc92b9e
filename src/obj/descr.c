// src/obj/descr.c: builtin functions, bound methods, and the descriptors that
// expose C methods, members and getsets, plus property, classmethod,
// staticmethod and super.
//
// A builtin method lives in its type's dict as a method_descriptor; looking
// it up on an instance binds it into a builtin_function_or_method whose
// `self` is the instance. The VM's LOAD_METHOD and pt_object_call_method skip
// the binding by calling the descriptor with self prepended.
//
// Guards: tests/golden/lang/descriptor_*, property_*, super_*, tests/golden/builtins/.
#include <stdio.h>
#include <string.h>

#include "pith.h"      // the object API
#include "obj/descr.h" // PtBuiltin, PtMethodDescr, PtMethod
#include "obj/type.h"  // pt_frame_super_args
#include "mem/gc.h"    // pt_gc_track

// ---- Calling a PtMethodDef ----

// The name a builtin reports in argument errors: "list.append" for methods,
// "len" for module functions (CPython 3.11's qualified form).
static void method_display_name(const PtMethodDef *def, PtObject *self, char *buf, size_t n) {
    if (self == NULL || pt_tid(self) == PT_TID_MODULE) {
        snprintf(buf, n, "%s", def->name);
        return;
    }
    PtType *t = pt_is_heap(self) && pt_type_is_subtype_flag(pt_type(self), PT_TF_TYPE_SUB) &&
                        (def->flags & PT_METH_CLASS)
                    ? (PtType *)self
                    : pt_type(self);
    snprintf(buf, n, "%s.%s", pt_type_name(t), def->name);
}

// Call `def` with self (may be NULL for static functions) and vectorcall args.
static PtObject *call_methoddef(const PtMethodDef *def, PtObject *self, PtObject *const *args, size_t nargs,
                                PtObject *kwnames) {
    int kind = def->flags & PT_METH_KIND;
    if (kind != PT_METH_FASTKW && kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        char name[200];
        method_display_name(def, self, name, sizeof name);
        return pt_err_format(pt_exc_TypeError, "%s() takes no keyword arguments", name);
    }
    switch (kind) {
    case PT_METH_NOARGS:
        if (nargs != 0) {
            char name[200];
            method_display_name(def, self, name, sizeof name);
            return pt_err_format(pt_exc_TypeError, "%s() takes no arguments (%d given)", name, (int)nargs);
        }
        return ((PtObject * (*)(PtObject *, PtObject *)) def->fn)(self, NULL);
    case PT_METH_O:
        if (nargs != 1) {
            char name[200];
            method_display_name(def, self, name, sizeof name);
            return pt_err_format(pt_exc_TypeError, "%s() takes exactly one argument (%d given)", name, (int)nargs);
        }
        return ((PtObject * (*)(PtObject *, PtObject *)) def->fn)(self, args[0]);
    case PT_METH_FAST:
        return ((PtObject * (*)(PtObject *, PtObject *const *, size_t)) def->fn)(self, args, nargs);
    case PT_METH_FASTKW:
        return ((PtObject * (*)(PtObject *, PtObject *const *, size_t, PtObject *)) def->fn)(self, args, nargs,
                                                                                               kwnames);
    }
    return pt_err_bad_internal_call(def->name);
}

// ---- builtin_function_or_method ----

PtObject *pt_builtin_new(const PtMethodDef *def, PtObject *self, PtObject *module_name) {
    PtBuiltin *b = (PtBuiltin *)pt_object_alloc(&pt_builtin_function_type, sizeof(PtBuiltin));
    if (b == NULL) {
        return NULL;
    }
    b->def = def;
    b->self = self != NULL ? pt_newref(self) : NULL;
    b->module = module_name != NULL ? pt_newref(module_name) : NULL;
    pt_gc_track((PtObject *)b);
    return (PtObject *)b;
}

static PtObject *builtin_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtBuiltin *b = (PtBuiltin *)callable;
    return call_methoddef(b->def, b->self, args, nargs, kwnames);
}

static void builtin_dealloc(PtObject *o) {
    PtBuiltin *b = (PtBuiltin *)o;
    pt_gc_untrack(o);
    pt_xdecref(b->self);
    pt_xdecref(b->module);
    pt_object_free(o, sizeof(PtBuiltin));
}

static int builtin_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtBuiltin *b = (PtBuiltin *)o;
    if (b->self != NULL) {
        int r = visit(b->self, arg);
        if (r) {
            return r;
        }
    }
    return 0;
}

static int builtin_is_function(PtBuiltin *b) { return b->self == NULL || pt_tid(b->self) == PT_TID_MODULE; }

static PtObject *builtin_repr(PtObject *o) {
    PtBuiltin *b = (PtBuiltin *)o;
    if (builtin_is_function(b)) {
        return pt_str_format("<built-in function %s>", b->def->name);
    }
    return pt_str_format("<built-in method %s of %s object at %p>", b->def->name, pt_type_name_of(b->self),
                         (void *)b->self);
}

static PtObject *builtin_get_name(PtObject *o, void *c) { return pt_str_from_cstr(((PtBuiltin *)o)->def->name); }

static PtObject *builtin_get_qualname(PtObject *o, void *c) {
    PtBuiltin *b = (PtBuiltin *)o;
    if (builtin_is_function(b)) {
        return pt_str_from_cstr(b->def->name);
    }
    PtType *t = pt_is_heap(b->self) && pt_type_is_subtype_flag(pt_type(b->self), PT_TF_TYPE_SUB)
                    ? (PtType *)b->self
                    : pt_type(b->self);
    return pt_str_format("%s.%s", pt_type_name(t), b->def->name);
}

static PtObject *builtin_get_self(PtObject *o, void *c) {
    PtBuiltin *b = (PtBuiltin *)o;
    return pt_newref(b->self != NULL ? b->self : pt_None);
}

static PtObject *builtin_get_module(PtObject *o, void *c) {
    PtBuiltin *b = (PtBuiltin *)o;
    return pt_newref(b->module != NULL ? b->module : pt_None);
}

static PtObject *builtin_get_doc(PtObject *o, void *c) {
    PtBuiltin *b = (PtBuiltin *)o;
    return b->def->doc != NULL ? pt_str_from_cstr(b->def->doc) : pt_newref(pt_None);
}

static PtObject *builtin_get_text_signature(PtObject *o, void *c) { return pt_newref(pt_None); }

static PtObject *builtin_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_tid(b) != PT_TID_BUILTIN_FUNCTION) {
        return pt_newref(pt_NotImplemented);
    }
    PtBuiltin *x = (PtBuiltin *)a, *y = (PtBuiltin *)b;
    int eq = x->def == y->def && x->self == y->self;
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static pt_hash builtin_hash(PtObject *o) {
    PtBuiltin *b = (PtBuiltin *)o;
    pt_hash h = (pt_hash)(((uintptr_t)b->def >> 3) ^ ((uintptr_t)b->self >> 4));
    return h == -1 ? -2 : h;
}

static PtObject *builtin_reduce(PtObject *o, PtObject *unused) {
    PtBuiltin *b = (PtBuiltin *)o;
    if (builtin_is_function(b)) {
        return pt_str_from_cstr(b->def->name);
    }
    PtObject *getattr = pt_dict_get_cstr(pt_module_dict(pt_import("builtins")), "getattr");
    PtObject *name = pt_str_from_cstr(b->def->name);
    PtObject *r = name != NULL ? pt_tuple_pack(2, getattr, pt_tuple_pack(2, b->self, name)) : NULL;
    pt_xdecref(name);
    return r;
}

static const PtGetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef builtin_methods[] = {
    {"__reduce__", PT_FN(builtin_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_builtin_function_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "builtin_function_or_method",
    .tid = PT_TID_BUILTIN_FUNCTION,
    .basicsize = sizeof(PtBuiltin),
    .flags = PT_TF_GC,
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .richcompare = builtin_richcompare,
    .hash = builtin_hash,
    .call = builtin_call,
    .getset = builtin_getset,
    .methods = builtin_methods,
};

// ---- method_descriptor and classmethod_descriptor ----

static PtObject *method_descr_new(PtType *descr_type, PtType *owner, const PtMethodDef *def) {
    PtMethodDescr *d = (PtMethodDescr *)pt_object_alloc(descr_type, sizeof(PtMethodDescr));
    if (d == NULL) {
        return NULL;
    }
    d->owner = owner;
    d->def = def;
    return (PtObject *)d;
}

PtObject *pt_descr_new_method(PtType *type, const PtMethodDef *def) {
    return method_descr_new(&pt_method_descr_type, type, def);
}

PtObject *pt_descr_new_classmethod(PtType *type, const PtMethodDef *def) {
    return method_descr_new(&pt_classmethod_descr_type, type, def);
}

static void method_descr_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtMethodDescr)); }

static int descr_check_self(PtMethodDescr *d, PtObject *self) {
    if (!pt_type_is_subtype(pt_type(self), d->owner)) {
        pt_err_format(pt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, pt_type_name(d->owner), pt_type_name_of(self));
        return -1;
    }
    return 0;
}

static PtObject *method_descr_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtMethodDescr *d = (PtMethodDescr *)callable;
    if (nargs < 1) {
        return pt_err_format(pt_exc_TypeError, "unbound method %s.%s() needs an argument", pt_type_name(d->owner),
                             d->def->name);
    }
    if (descr_check_self(d, args[0]) < 0) {
        return NULL;
    }
    return call_methoddef(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static PtObject *method_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtMethodDescr *d = (PtMethodDescr *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (descr_check_self(d, obj) < 0) {
        return NULL;
    }
    return pt_builtin_new(d->def, obj, NULL);
}

static PtObject *classmethod_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtMethodDescr *d = (PtMethodDescr *)self;
    if (type == NULL || type == pt_None) {
        type = (PtObject *)pt_type(obj);
    }
    return pt_builtin_new(d->def, type, NULL);
}

static PtObject *classmethod_descr_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtMethodDescr *d = (PtMethodDescr *)callable;
    if (nargs < 1) {
        return pt_err_format(pt_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                             pt_type_name(d->owner));
    }
    return call_methoddef(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static PtObject *method_descr_repr(PtObject *o) {
    PtMethodDescr *d = (PtMethodDescr *)o;
    const char *kind = pt_tid(o) == PT_TID_METHOD_DESCR ? "method" : "method";
    return pt_str_format("<%s '%s' of '%s' objects>", kind, d->def->name, pt_type_name(d->owner));
}

static PtObject *mdescr_get_name(PtObject *o, void *c) { return pt_str_from_cstr(((PtMethodDescr *)o)->def->name); }
static PtObject *mdescr_get_qualname(PtObject *o, void *c) {
    PtMethodDescr *d = (PtMethodDescr *)o;
    return pt_str_format("%s.%s", pt_type_name(d->owner), d->def->name);
}
static PtObject *mdescr_get_objclass(PtObject *o, void *c) {
    return pt_newref((PtObject *)((PtMethodDescr *)o)->owner);
}
static PtObject *mdescr_get_doc(PtObject *o, void *c) {
    PtMethodDescr *d = (PtMethodDescr *)o;
    return d->def->doc != NULL ? pt_str_from_cstr(d->def->doc) : pt_newref(pt_None);
}

static const PtGetSetDef mdescr_getset[] = {
    {"__name__", mdescr_get_name, NULL, NULL, NULL},
    {"__qualname__", mdescr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mdescr_get_objclass, NULL, NULL, NULL},
    {"__doc__", mdescr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_method_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "method_descriptor",
    .tid = PT_TID_METHOD_DESCR,
    .basicsize = sizeof(PtMethodDescr),
    .dealloc = method_descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = mdescr_getset,
};

PtType pt_classmethod_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "classmethod_descriptor",
    .tid = PT_TID_CLASSMETHOD_DESCR,
    .basicsize = sizeof(PtMethodDescr),
    .dealloc = method_descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = mdescr_getset,
};

// ---- __new__ of builtin types: a builtin bound to the type ----

static PtObject *new_wrapper_fn(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtType *owner = (PtType *)self;
    if (nargs < 1) {
        return pt_err_format(pt_exc_TypeError, "%s.__new__(): not enough arguments", pt_type_name(owner));
    }
    PtObject *sub = args[0];
    if (!pt_is_heap(sub) || !pt_type_is_subtype_flag(pt_type(sub), PT_TF_TYPE_SUB)) {
        return pt_err_format(pt_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", pt_type_name(owner),
                             pt_type_name_of(sub));
    }
    if (!pt_type_is_subtype((PtType *)sub, owner)) {
        return pt_err_format(pt_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", pt_type_name(owner),
                             pt_type_name((PtType *)sub), pt_type_name((PtType *)sub), pt_type_name(owner));
    }
    return owner->new_((PtType *)sub, args + 1, nargs - 1, kwnames);
}

static const PtMethodDef new_wrapper_def = {"__new__", PT_FN(new_wrapper_fn), PT_METH_FASTKW,
                                            "Create and return a new object."};

PtObject *pt_new_wrapper(PtType *t) {
    PtObject *b = pt_builtin_new(&new_wrapper_def, (PtObject *)t, NULL);
    if (b == NULL) {
        return NULL;
    }
    PtObject *sm = pt_staticmethod_new(b);
    pt_decref(b);
    return sm;
}

// ---- member_descriptor and getset_descriptor ----

typedef struct PtMemberDescr {
    PtObject ob;
    PtType *owner;
    const PtMemberDef *def;
} PtMemberDescr;

typedef struct PtGetSetDescr {
    PtObject ob;
    PtType *owner;
    const PtGetSetDef *def;
} PtGetSetDescr;

PtObject *pt_descr_new_member(PtType *type, const PtMemberDef *def) {
    PtMemberDescr *d = (PtMemberDescr *)pt_object_alloc(&pt_member_descr_type, sizeof(PtMemberDescr));
    if (d != NULL) {
        d->owner = type;
        d->def = def;
    }
    return (PtObject *)d;
}

PtObject *pt_descr_new_getset(PtType *type, const PtGetSetDef *def) {
    PtGetSetDescr *d = (PtGetSetDescr *)pt_object_alloc(&pt_getset_descr_type, sizeof(PtGetSetDescr));
    if (d != NULL) {
        d->owner = type;
        d->def = def;
    }
    return (PtObject *)d;
}

static int attr_check(PtType *owner, const char *name, PtObject *obj) {
    if (!pt_type_is_subtype(pt_type(obj), owner)) {
        pt_err_format(pt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                      pt_type_name(owner), pt_type_name_of(obj));
        return -1;
    }
    return 0;
}

static PtObject *member_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtMemberDescr *d = (PtMemberDescr *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (attr_check(d->owner, d->def->name, obj) < 0) {
        return NULL;
    }
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case PT_MEMBER_OBJECT: {
        PtObject *v = *(PtObject **)addr;
        return pt_newref(v != NULL ? v : pt_None);
    }
    case PT_MEMBER_OBJECT_EX: {
        PtObject *v = *(PtObject **)addr;
        if (v == NULL) {
            return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%s'", pt_type_name_of(obj),
                                 d->def->name);
        }
        return pt_newref(v);
    }
    case PT_MEMBER_INT:
        return pt_int_from_i64(*(int *)addr);
    case PT_MEMBER_SSIZE:
        return pt_int_from_ssize(*(pt_ssize *)addr);
    case PT_MEMBER_DOUBLE:
        return pt_float_new(*(double *)addr);
    case PT_MEMBER_BOOL:
        return pt_newref(pt_bool(*(char *)addr != 0));
    }
    return pt_err_bad_internal_call("member_get");
}

static int member_set(PtObject *self, PtObject *obj, PtObject *value) {
    PtMemberDescr *d = (PtMemberDescr *)self;
    if (attr_check(d->owner, d->def->name, obj) < 0) {
        return -1;
    }
    if (d->def->flags & PT_MEMBER_READONLY) {
        pt_err_set_string(pt_exc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case PT_MEMBER_OBJECT:
    case PT_MEMBER_OBJECT_EX:
        if (value == NULL && d->def->kind == PT_MEMBER_OBJECT_EX && *(PtObject **)addr == NULL) {
            pt_err_set_string(pt_exc_AttributeError, d->def->name);
            return -1;
        }
        pt_xincref(value);
        pt_setref((PtObject **)addr, value);
        return 0;
    case PT_MEMBER_INT:
    case PT_MEMBER_SSIZE:
    case PT_MEMBER_BOOL: {
        if (value == NULL) {
            pt_err_set_string(pt_exc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        int64_t v = pt_int_as_i64(value);
        if (v == -1 && pt_err_occurred()) {
            return -1;
        }
        if (d->def->kind == PT_MEMBER_INT) {
            *(int *)addr = (int)v;
        } else if (d->def->kind == PT_MEMBER_SSIZE) {
            *(pt_ssize *)addr = (pt_ssize)v;
        } else {
            *(char *)addr = v != 0;
        }
        return 0;
    }
    case PT_MEMBER_DOUBLE: {
        if (value == NULL) {
            pt_err_set_string(pt_exc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        double v = pt_float_as_double(value);
        if (v == -1.0 && pt_err_occurred()) {
            return -1;
        }
        *(double *)addr = v;
        return 0;
    }
    }
    pt_err_bad_internal_call("member_set");
    return -1;
}

static PtObject *member_repr(PtObject *o) {
    PtMemberDescr *d = (PtMemberDescr *)o;
    return pt_str_format("<member '%s' of '%s' objects>", d->def->name, pt_type_name(d->owner));
}

static void member_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtMemberDescr)); }

static PtObject *member_get_name(PtObject *o, void *c) { return pt_str_from_cstr(((PtMemberDescr *)o)->def->name); }
static PtObject *member_get_objclass(PtObject *o, void *c) {
    return pt_newref((PtObject *)((PtMemberDescr *)o)->owner);
}

static const PtGetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_member_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "member_descriptor",
    .tid = PT_TID_MEMBER_DESCR,
    .basicsize = sizeof(PtMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

static PtObject *getset_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtGetSetDescr *d = (PtGetSetDescr *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (attr_check(d->owner, d->def->name, obj) < 0) {
        return NULL;
    }
    if (d->def->get == NULL) {
        return pt_err_format(pt_exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                             pt_type_name(d->owner));
    }
    return d->def->get(obj, d->def->closure);
}

static int getset_set(PtObject *self, PtObject *obj, PtObject *value) {
    PtGetSetDescr *d = (PtGetSetDescr *)self;
    if (attr_check(d->owner, d->def->name, obj) < 0) {
        return -1;
    }
    if (d->def->set == NULL) {
        pt_err_format(pt_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      pt_type_name(d->owner));
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static PtObject *getset_repr(PtObject *o) {
    PtGetSetDescr *d = (PtGetSetDescr *)o;
    return pt_str_format("<attribute '%s' of '%s' objects>", d->def->name, pt_type_name(d->owner));
}

static void getset_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtGetSetDescr)); }

static PtObject *getset_get_name(PtObject *o, void *c) { return pt_str_from_cstr(((PtGetSetDescr *)o)->def->name); }
static PtObject *getset_get_objclass(PtObject *o, void *c) {
    return pt_newref((PtObject *)((PtGetSetDescr *)o)->owner);
}

static const PtGetSetDef getset_getset[] = {
    {"__name__", getset_get_name, NULL, NULL, NULL},
    {"__objclass__", getset_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_getset_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "getset_descriptor",
    .tid = PT_TID_GETSET_DESCR,
    .basicsize = sizeof(PtGetSetDescr),
    .dealloc = getset_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getset = getset_getset,
};

// ---- Bound methods ----

PtObject *pt_method_new(PtObject *func, PtObject *self) {
    PtMethod *m = (PtMethod *)pt_object_alloc(&pt_method_type, sizeof(PtMethod));
    if (m == NULL) {
        return NULL;
    }
    m->func = pt_newref(func);
    m->self = pt_newref(self);
    pt_gc_track((PtObject *)m);
    return (PtObject *)m;
}

static PtObject *method_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtMethod *m = (PtMethod *)callable;
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    PtObject *small[8];
    PtObject **stack = total <= 8 ? small : pt_mem_alloc(total * sizeof(PtObject *));
    if (stack == NULL) {
        return pt_err_no_memory();
    }
    stack[0] = m->self;
    if (nargs + nkw > 0) {
        memcpy(stack + 1, args, (nargs + nkw) * sizeof(PtObject *));
    }
    PtObject *r = pt_object_call(m->func, stack, nargs + 1, kwnames);
    if (stack != small) {
        pt_mem_free(stack, total * sizeof(PtObject *));
    }
    return r;
}

static void method_dealloc(PtObject *o) {
    PtMethod *m = (PtMethod *)o;
    pt_gc_untrack(o);
    pt_decref(m->func);
    pt_decref(m->self);
    pt_object_free(o, sizeof(PtMethod));
}

static int method_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtMethod *m = (PtMethod *)o;
    int r = visit(m->func, arg);
    return r ? r : visit(m->self, arg);
}

static PtObject *method_repr(PtObject *o) {
    PtMethod *m = (PtMethod *)o;
    PtObject *name = pt_object_getattr_str(m->func, "__qualname__");
    if (name == NULL) {
        pt_err_clear();
        name = pt_object_getattr_str(m->func, "__name__");
        if (name == NULL) {
            pt_err_clear();
            name = pt_str_from_cstr("?");
        }
    }
    PtObject *self_repr = pt_object_repr(m->self);
    PtObject *r = self_repr != NULL ? pt_str_format("<bound method %S of %U>", name, self_repr) : NULL;
    pt_xdecref(self_repr);
    pt_decref(name);
    return r;
}

static PtObject *method_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_tid(b) != PT_TID_METHOD) {
        return pt_newref(pt_NotImplemented);
    }
    PtMethod *x = (PtMethod *)a, *y = (PtMethod *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = pt_object_richcompare_bool(x->func, y->func, PT_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static pt_hash method_hash(PtObject *o) {
    PtMethod *m = (PtMethod *)o;
    pt_hash h = pt_object_hash(m->func);
    if (h == -1) {
        return -1;
    }
    h ^= (pt_hash)((uintptr_t)m->self >> 4);
    return h == -1 ? -2 : h;
}

// Attributes not found on the method itself come from the function.
static PtObject *method_getattro(PtObject *o, PtObject *name) {
    PtObject *d = pt_type_lookup(pt_type(o), name);
    if (d != NULL) {
        if (pt_type(d)->descr_get != NULL) {
            return pt_type(d)->descr_get(d, o, (PtObject *)pt_type(o));
        }
        return pt_newref(d);
    }
    return pt_object_getattr(((PtMethod *)o)->func, name);
}

static PtObject *method_get_func(PtObject *o, void *c) { return pt_newref(((PtMethod *)o)->func); }
static PtObject *method_get_self(PtObject *o, void *c) { return pt_newref(((PtMethod *)o)->self); }
static PtObject *method_get_doc(PtObject *o, void *c) { return pt_object_getattr_str(((PtMethod *)o)->func, "__doc__"); }

static PtObject *method_reduce(PtObject *o, PtObject *unused) {
    PtMethod *m = (PtMethod *)o;
    PtObject *getattr = pt_dict_get_cstr(pt_module_dict(pt_import("builtins")), "getattr");
    PtObject *name = pt_object_getattr_str(m->func, "__name__");
    if (name == NULL) {
        return NULL;
    }
    PtObject *args = pt_tuple_pack(2, m->self, name);
    pt_decref(name);
    if (args == NULL) {
        return NULL;
    }
    PtObject *r = pt_tuple_pack(2, getattr, args);
    pt_decref(args);
    return r;
}

// types.MethodType(function, instance)
static PtObject *method_tp_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("method", kwnames) < 0 || pt_check_nargs("method", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!pt_callable_check(args[0])) {
        return pt_err_set_string(pt_exc_TypeError, "first argument must be callable");
    }
    if (args[1] == pt_None) {
        return pt_err_set_string(pt_exc_TypeError, "instance must not be None");
    }
    return pt_method_new(args[0], args[1]);
}

static const PtGetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef method_methods[] = {
    {"__reduce__", PT_FN(method_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_method_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "method",
    .tid = PT_TID_METHOD,
    .basicsize = sizeof(PtMethod),
    .flags = PT_TF_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattro = method_getattro,
    .call = method_call,
    .new_ = method_tp_new,
    .getset = method_getset,
    .methods = method_methods,
};

// ---- classmethod and staticmethod ----

typedef struct PtWrapFn {
    PtObject ob;
    PtObject *callable;
    PtObject *dict;  // __dict__ (functools.wraps copies attributes onto these)
} PtWrapFn;

static PtObject *wrapfn_alloc(PtType *t, PtObject *callable) {
    PtWrapFn *w = (PtWrapFn *)pt_object_alloc(t, sizeof(PtWrapFn));
    if (w == NULL) {
        return NULL;
    }
    w->callable = pt_newref(callable);
    pt_gc_track((PtObject *)w);
    return (PtObject *)w;
}

PtObject *pt_classmethod_new(PtObject *callable) { return wrapfn_alloc(&pt_classmethod_type, callable); }
PtObject *pt_staticmethod_new(PtObject *callable) { return wrapfn_alloc(&pt_staticmethod_type, callable); }
PtObject *pt_staticmethod_func(PtObject *sm) { return ((PtWrapFn *)sm)->callable; }

static PtObject *wrapfn_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    const char *name = t == &pt_classmethod_type || pt_type_is_subtype(t, &pt_classmethod_type) ? "classmethod"
                                                                                                : "staticmethod";
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        return pt_err_format(pt_exc_TypeError, "%s() takes no keyword arguments", name);
    }
    if (nargs != 1) {
        return pt_err_format(pt_exc_TypeError, "%s expected 1 argument, got %d", name, (int)nargs);
    }
    return wrapfn_alloc(t, args[0]);
}

static void wrapfn_dealloc(PtObject *o) {
    PtWrapFn *w = (PtWrapFn *)o;
    pt_gc_untrack(o);
    pt_xdecref(w->callable);
    pt_xdecref(w->dict);
    pt_object_free(o, sizeof(PtWrapFn));
}

static int wrapfn_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtWrapFn *w = (PtWrapFn *)o;
    if (w->callable != NULL) {
        int r = visit(w->callable, arg);
        if (r) {
            return r;
        }
    }
    return w->dict != NULL ? visit(w->dict, arg) : 0;
}

static int wrapfn_clear(PtObject *o) {
    PtWrapFn *w = (PtWrapFn *)o;
    pt_clearref(&w->callable);
    pt_clearref(&w->dict);
    return 0;
}

static PtObject *classmethod_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtWrapFn *w = (PtWrapFn *)self;
    if (type == NULL || type == pt_None) {
        type = (PtObject *)pt_type(obj);
    }
    // 3.9-3.12: a classmethod wrapping a descriptor chains through its __get__.
    if (pt_type(w->callable)->descr_get != NULL && pt_tid(w->callable) != PT_TID_FUNCTION) {
        return pt_type(w->callable)->descr_get(w->callable, type, type);
    }
    return pt_method_new(w->callable, type);
}

static PtObject *staticmethod_get(PtObject *self, PtObject *obj, PtObject *type) {
    return pt_newref(((PtWrapFn *)self)->callable);
}

static PtObject *staticmethod_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_object_call(((PtWrapFn *)self)->callable, args, nargs, kwnames);
}

static PtObject *wrapfn_get_func(PtObject *o, void *c) { return pt_newref(((PtWrapFn *)o)->callable); }

static PtObject *wrapfn_get_dict(PtObject *o, void *c) {
    PtWrapFn *w = (PtWrapFn *)o;
    if (w->dict == NULL && (w->dict = pt_dict_new()) == NULL) {
        return NULL;
    }
    return pt_newref(w->dict);
}

static PtObject *wrapfn_get_isabstract(PtObject *o, void *c) {
    PtObject *v = NULL;
    int r = pt_object_lookup_attr(((PtWrapFn *)o)->callable, PT_ID(__isabstractmethod__), &v);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return pt_newref(pt_False);
    }
    return v;
}

// Attribute access: own getsets, then __dict__, then the wrapped callable's
// __name__/__doc__ etc. (3.10+ staticmethod/classmethod copy them).
static PtObject *wrapfn_getattro(PtObject *o, PtObject *name) {
    PtWrapFn *w = (PtWrapFn *)o;
    PtObject *d = pt_type_lookup(pt_type(o), name);
    if (d != NULL && pt_type(d)->descr_get != NULL) {
        return pt_type(d)->descr_get(d, o, (PtObject *)pt_type(o));
    }
    if (w->dict != NULL) {
        PtObject *v = pt_dict_get_str(w->dict, name);
        if (v != NULL) {
            return pt_newref(v);
        }
    }
    if (d != NULL) {
        return pt_newref(d);
    }
    static const char *const forwarded[] = {"__name__", "__qualname__", "__doc__", "__module__", "__annotations__",
                                            "__wrapped__"};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) {
        if (pt_str_eq_cstr(name, forwarded[i])) {
            return pt_object_getattr(w->callable, name);
        }
    }
    return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(o), name);
}

static int wrapfn_setattro(PtObject *o, PtObject *name, PtObject *value) {
    PtWrapFn *w = (PtWrapFn *)o;
    if (w->dict == NULL && (w->dict = pt_dict_new()) == NULL) {
        return -1;
    }
    if (value == NULL) {
        return pt_dict_del(w->dict, name);
    }
    return pt_dict_set(w->dict, name, value);
}

static PtObject *wrapfn_repr(PtObject *o) {
    PtObject *inner = pt_object_repr(((PtWrapFn *)o)->callable);
    if (inner == NULL) {
        return NULL;
    }
    PtObject *r = pt_str_format("<%s(%U)>", pt_type_name_of(o), inner);
    pt_decref(inner);
    return r;
}

static int wrapfn_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) { return 0; }

static const PtGetSetDef wrapfn_getset[] = {
    {"__func__", wrapfn_get_func, NULL, NULL, NULL},
    {"__wrapped__", wrapfn_get_func, NULL, NULL, NULL},
    {"__dict__", wrapfn_get_dict, NULL, NULL, NULL},
    {"__isabstractmethod__", wrapfn_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_classmethod_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "classmethod",
    .tid = PT_TID_CLASSMETHOD,
    .basicsize = sizeof(PtWrapFn),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = wrapfn_dealloc,
    .traverse = wrapfn_traverse,
    .clear = wrapfn_clear,
    .repr = wrapfn_repr,
    .getattro = wrapfn_getattro,
    .setattro = wrapfn_setattro,
    .descr_get = classmethod_get,
    .new_ = wrapfn_new,
    .init = wrapfn_init,
    .getset = wrapfn_getset,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

PtType pt_staticmethod_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "staticmethod",
    .tid = PT_TID_STATICMETHOD,
    .basicsize = sizeof(PtWrapFn),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = wrapfn_dealloc,
    .traverse = wrapfn_traverse,
    .clear = wrapfn_clear,
    .repr = wrapfn_repr,
    .getattro = wrapfn_getattro,
    .setattro = wrapfn_setattro,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = wrapfn_new,
    .init = wrapfn_init,
    .getset = wrapfn_getset,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};
