// src/obj/baseobject.c: `object`, the root of every class, and `super`.
//
// object supplies the defaults every instance falls back on: identity
// equality and hashing, the generic attribute protocol, `<M.C object at 0x..>`
// as repr, __init_subclass__, __format__ with an empty spec, __reduce_ex__
// basics, __sizeof__ and __dir__.
//
// Guards: tests/golden/lang/class_*, super_*.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/type.h"  // pt_instance_dict, pt_frame_super_args
#include "mem/gc.h"    // pt_gc_track
#include "obj/weakref.h"  // pt_weakref_list

// ---- object ----

static int excess_args(size_t nargs, PtObject *kwnames) {
    return nargs > 0 || (kwnames != NULL && pt_tuple_len(kwnames) > 0);
}

static PtObject *object_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (excess_args(nargs, kwnames)) {
        // Extra arguments are an error unless __init__ is overridden and __new__ is not.
        if (type->new_ != object_new) {
            return pt_err_set_string(pt_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        PtObject *init = pt_type_lookup(type, PT_ID(__init__));
        if (init == NULL || pt_tid(init) == PT_TID_WRAPPER_DESCR) {
            return pt_err_format(pt_exc_TypeError, "%s() takes no arguments", pt_type_name(type));
        }
    }
    if (type->flags & PT_TF_ABSTRACT) {
        PtObject *abs = pt_dict_get_cstr(type->dict, "__abstractmethods__");
        PtObject *sorted = abs != NULL ? pt_seq_list(abs) : NULL;
        if (sorted != NULL && pt_list_sort(sorted) == 0) {
            PtObject *sep = pt_str_from_cstr(", ");
            PtObject *joined = sep != NULL ? pt_str_join(sep, sorted) : NULL;
            pt_xdecref(sep);
            if (joined != NULL) {
                pt_err_format(pt_exc_TypeError,
                              "Can't instantiate abstract class %s with abstract method%s %U", pt_type_name(type),
                              pt_list_len(sorted) > 1 ? "s" : "", joined);
                pt_decref(joined);
            }
        }
        pt_xdecref(sorted);
        return NULL;
    }
    PtObject *o = pt_object_alloc(type, (size_t)type->basicsize);
    if (o != NULL && pt_has_flag(o, PT_OF_GC)) {
        pt_gc_track(o);
    }
    return o;
}

static int object_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (excess_args(nargs, kwnames)) {
        PtType *t = pt_type(self);
        if (t->init != object_init) {
            pt_err_set_string(pt_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            pt_err_format(pt_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          pt_type_name(t));
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtObject)); }

static PtObject *object_repr(PtObject *self) {
    PtType *t = pt_type(self);
    PtObject *mod = NULL;
    if (t->flags & PT_TF_HEAPTYPE) {
        mod = pt_dict_get_cstr(t->dict, "__module__");
    }
    if (mod != NULL && pt_is_str(mod) && !pt_str_eq_cstr(mod, "builtins")) {
        return pt_str_format("<%U.%U object at %p>", mod, t->ht_qualname, (void *)self);
    }
    if (t->flags & PT_TF_HEAPTYPE) {
        return pt_str_format("<%U object at %p>", t->ht_qualname, (void *)self);
    }
    return pt_str_format("<%s object at %p>", t->name, (void *)self);
}

static PtObject *object_str(PtObject *self) {
    PtType *t = pt_type(self);
    if (t->repr == NULL) {
        return object_repr(self);
    }
    return pt_object_repr(self);
}

static pt_hash object_hash(PtObject *self) {
    uintptr_t a = (uintptr_t)self;
    pt_hash h = (pt_hash)((a >> 4) | (a << (8 * sizeof(a) - 4)));
    return h == -1 ? -2 : h;
}

static PtObject *object_richcompare(PtObject *a, PtObject *b, int op) {
    switch (op) {
    case PT_EQ:
        return pt_newref(a == b ? pt_True : pt_NotImplemented);
    case PT_NE: {
        // Delegate to __eq__ and invert, unless it is NotImplemented.
        PtType *t = pt_type(a);
        if (t->richcompare == NULL) {
            return pt_newref(pt_NotImplemented);
        }
        PtObject *r = t->richcompare(a, b, PT_EQ);
        if (r == NULL || r == pt_NotImplemented) {
            return r;
        }
        int truth = pt_object_is_true(r);
        pt_decref(r);
        return truth < 0 ? NULL : pt_newref(pt_bool(!truth));
    }
    default:
        return pt_newref(pt_NotImplemented);
    }
}

static PtObject *object_get_class(PtObject *self, void *c) { return pt_newref((PtObject *)pt_type(self)); }

static int object_set_class(PtObject *self, PtObject *value, void *c) {
    if (value == NULL) {
        pt_err_set_string(pt_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!pt_is_heap(value) || !pt_type_is_subtype_flag(pt_type(value), PT_TF_TYPE_SUB)) {
        pt_err_format(pt_exc_TypeError, "__class__ must be set to a class, not '%s' object", pt_type_name_of(value));
        return -1;
    }
    PtType *old = pt_type(self), *new = (PtType *)value;
    if (!(old->flags & PT_TF_HEAPTYPE) || !(new->flags & PT_TF_HEAPTYPE)) {
        pt_err_set_string(pt_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old->prefix_words != new->prefix_words || old->dict_word != new->dict_word ||
        old->basicsize != new->basicsize || ((old->flags ^ new->flags) & PT_TF_GC)) {
        pt_err_format(pt_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", pt_type_name(new),
                      pt_type_name(old));
        return -1;
    }
    // Inline values are indexed by the old class's keys: switch to a dict first.
    if (pt_instance_dict_slot(self) != NULL && pt_instance_is_values(*pt_instance_dict_slot(self)) &&
        pt_instance_dict(self, 0) == NULL) {
        return -1;
    }
    pt_incref(value);
    self->tinfo = (self->tinfo & ~PT_TID_MASK) | new->tid;
    pt_decref((PtObject *)old);
    return 0;
}

static PtObject *object_get_dict(PtObject *self, void *c) {
    PtObject *d = pt_instance_dict(self, 1);
    if (d == NULL) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '__dict__'", pt_type_name_of(self));
        }
        return NULL;
    }
    return pt_newref(d);
}

static int object_set_dict(PtObject *self, PtObject *value, void *c) {
    PtObject **slot = pt_instance_dict_slot(self);
    if (slot == NULL) {
        pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '__dict__'", pt_type_name_of(self));
        return -1;
    }
    if (value == NULL || !pt_is_dict(value)) {
        pt_err_format(pt_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      value ? pt_type_name_of(value) : "NoneType");
        return -1;
    }
    pt_incref(value);
    pt_instance_clear_slot(slot);
    *slot = value;
    return 0;
}

static PtObject *object_init_subclass(PtObject *cls, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (excess_args(nargs, kwnames)) {
        return pt_err_format(pt_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             pt_type_name((PtType *)cls));
    }
    return pt_newref(pt_None);
}

static PtObject *object_subclasshook(PtObject *cls, PtObject *const *args, size_t nargs) {
    return pt_newref(pt_NotImplemented);
}

static PtObject *object_format(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "__format__() argument must be str, not %s", pt_type_name_of(spec));
    }
    if (pt_str_len(spec) > 0) {
        return pt_err_format(pt_exc_TypeError, "unsupported format string passed to %s.__format__",
                             pt_type_name_of(self));
    }
    return pt_object_str(self);
}

static PtObject *object_sizeof(PtObject *self, PtObject *unused) {
    PtType *t = pt_type(self);
    size_t n = (size_t)t->basicsize + t->prefix_words * sizeof(PtObject *);
    if (pt_has_flag(self, PT_OF_GC)) {
        n += PT_GC_HEAD_SIZE;
    }
    PtObject **dslot = pt_instance_dict_slot(self);
    if (dslot != NULL) {
        n += pt_instance_values_size(*dslot);  // the attribute values live beside the object
    }
    return pt_int_from_u64(n);
}

static PtObject *object_dir(PtObject *self, PtObject *unused) {
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    PtObject *inst = pt_instance_dict(self, 0);
    if (inst != NULL && pt_dict_update(d, inst) < 0) {
        goto error;
    }
    PtType *t = pt_type(self);
    for (pt_ssize i = 0; i < pt_tuple_len(t->mro); i++) {
        PtType *b = (PtType *)pt_tuple_get(t->mro, i);
        if (pt_dict_update(d, b->dict) < 0) {
            goto error;
        }
    }
    PtObject *keys = pt_dict_keys(d);
    pt_decref(d);
    return keys;
error:
    pt_decref(d);
    return NULL;
}

// object.__getstate__: the instance __dict__ (a copy) or None, plus the
// __slots__ values as a second dict when the class has slots.
static PtObject *object_getstate(PtObject *self, PtObject *unused) {
    PtObject *d = pt_instance_dict(self, 0);
    PtObject *state = d != NULL && pt_dict_len(d) > 0 ? pt_dict_copy(d) : pt_newref(pt_None);
    if (state == NULL) {
        return NULL;
    }
    PtObject *slots = NULL;
    for (PtType *t = pt_type(self); t != NULL && (t->flags & PT_TF_HEAPTYPE); t = t->base) {
        if (t->ht_slots == NULL) {
            continue;
        }
        for (pt_ssize i = 0; i < pt_tuple_len(t->ht_slots); i++) {
            PtObject *name = pt_tuple_get(t->ht_slots, i), *v = NULL;
            int r = pt_object_lookup_attr(self, name, &v);
            if (r < 0) {
                goto error;
            }
            if (r == 0) {
                continue;
            }
            if (slots == NULL && (slots = pt_dict_new()) == NULL) {
                pt_decref(v);
                goto error;
            }
            r = pt_dict_set(slots, name, v);
            pt_decref(v);
            if (r < 0) {
                goto error;
            }
        }
    }
    if (slots != NULL) {
        PtObject *pair = pt_tuple_pack(2, state, slots);
        pt_decref(state);
        pt_decref(slots);
        return pair;
    }
    return state;
error:
    pt_decref(state);
    pt_xdecref(slots);
    return NULL;
}

// Protocol 2+ reduction: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
static PtObject *reduce_newobj(PtObject *self) {
    PtObject *copyreg = pt_import("copyreg");
    if (copyreg == NULL) {
        return NULL;
    }
    PtObject *args = NULL, *kwargs = NULL, *newobj = NULL, *newargs = NULL, *state = NULL, *r = NULL;
    PtObject *listitems = pt_newref(pt_None), *dictitems = pt_newref(pt_None);
    PtObject *gna = NULL;
    int has = pt_object_lookup_attr(self, pt_str_id("__getnewargs_ex__"), &gna);
    if (has < 0) {
        goto done;
    }
    if (has) {
        PtObject *pair = pt_object_call0(gna);
        pt_decref(gna);
        if (pair == NULL) {
            goto done;
        }
        if (!pt_is_tuple(pair) || pt_tuple_len(pair) != 2) {
            pt_decref(pair);
            pt_err_set_string(pt_exc_TypeError, "__getnewargs_ex__ should return a tuple of length 2");
            goto done;
        }
        args = pt_newref(pt_tuple_get(pair, 0));
        kwargs = pt_newref(pt_tuple_get(pair, 1));
        pt_decref(pair);
    } else {
        has = pt_object_lookup_attr(self, pt_str_id("__getnewargs__"), &gna);
        if (has < 0) {
            goto done;
        }
        args = has ? pt_object_call0(gna) : pt_tuple_new(0);
        pt_xdecref(gna);
        if (args == NULL) {
            goto done;
        }
        if (!pt_is_tuple(args)) {
            pt_err_format(pt_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", pt_type_name_of(args));
            goto done;
        }
    }
    if (kwargs != NULL && pt_is_dict(kwargs) && pt_dict_len(kwargs) > 0) {
        newobj = pt_object_getattr_str(copyreg, "__newobj_ex__");
        newargs = newobj != NULL ? pt_tuple_pack(3, (PtObject *)pt_type(self), args, kwargs) : NULL;
    } else {
        newobj = pt_object_getattr_str(copyreg, "__newobj__");
        pt_ssize n = pt_tuple_len(args);
        newargs = newobj != NULL ? pt_tuple_new(n + 1) : NULL;
        if (newargs != NULL) {
            pt_tuple_set_steal(newargs, 0, pt_newref((PtObject *)pt_type(self)));
            for (pt_ssize i = 0; i < n; i++) {
                pt_tuple_set_steal(newargs, i + 1, pt_newref(pt_tuple_get(args, i)));
            }
        }
    }
    if (newargs == NULL) {
        goto done;
    }
    state = pt_object_call_method_str(self, "__getstate__", NULL, 0);
    if (state == NULL) {
        goto done;
    }
    if (pt_is_list(self)) {
        pt_setref(&listitems, pt_object_iter(self));
        if (listitems == NULL) {
            goto done;
        }
    }
    if (pt_is_dict(self)) {
        PtObject *items = pt_object_call_method_str(self, "items", NULL, 0);
        pt_setref(&dictitems, items != NULL ? pt_object_iter(items) : NULL);
        pt_xdecref(items);
        if (dictitems == NULL) {
            goto done;
        }
    }
    r = pt_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
done:
    pt_decref(copyreg);
    pt_xdecref(args);
    pt_xdecref(kwargs);
    pt_xdecref(newobj);
    pt_xdecref(newargs);
    pt_xdecref(state);
    pt_xdecref(listitems);
    pt_xdecref(dictitems);
    return r;
}

static PtObject *object_reduce_ex(PtObject *self, PtObject *protocol) {
    int64_t proto = pt_int_as_i64(protocol);
    if (proto == -1 && pt_err_occurred()) {
        return NULL;
    }
    // A class overriding __reduce__ (but not __reduce_ex__) gets its __reduce__.
    PtObject *reduce = pt_type_lookup(pt_type(self), pt_str_id("__reduce__"));
    PtObject *base_reduce = pt_dict_get_cstr(pt_object_type.dict, "__reduce__");
    if (reduce != NULL && reduce != base_reduce) {
        return pt_object_call_method_str(self, "__reduce__", NULL, 0);
    }
    if (proto >= 2) {
        return reduce_newobj(self);
    }
    PtObject *copyreg = pt_import("copyreg");
    if (copyreg == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(copyreg, "_reduce_ex", (PtObject *[]){self, protocol}, 2);
    pt_decref(copyreg);
    return r;
}

static PtObject *object_reduce(PtObject *self, PtObject *unused) {
    PtObject *copyreg = pt_import("copyreg");
    if (copyreg == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(copyreg, "_reduce_ex", (PtObject *[]){self, pt_smallint(0)}, 2);
    pt_decref(copyreg);
    return r;
}

static const PtMethodDef object_methods[] = {
    {"__init_subclass__", PT_FN(object_init_subclass), PT_METH_FASTKW | PT_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", PT_FN(object_subclasshook), PT_METH_FAST | PT_METH_CLASS, "Abstract classes can override this."},
    {"__format__", PT_FN(object_format), PT_METH_O, "Default object formatter."},
    {"__sizeof__", PT_FN(object_sizeof), PT_METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", PT_FN(object_dir), PT_METH_NOARGS, "Default dir() implementation."},
    {"__reduce_ex__", PT_FN(object_reduce_ex), PT_METH_O, "Helper for pickle."},
    {"__reduce__", PT_FN(object_reduce), PT_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", PT_FN(object_getstate), PT_METH_NOARGS, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_object_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "object",
    .tid = PT_TID_OBJECT,
    .basicsize = sizeof(PtObject),
    .flags = PT_TF_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = pt_object_generic_getattr,
    .setattro = pt_object_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

// The `__dict__` attribute of instances of classes: a getset that the class
// machinery adds to each class with instance dicts.
static const PtGetSetDef instance_dict_getset = {"__dict__", object_get_dict, object_set_dict, NULL, NULL};

PtObject *pt_instance_dict_descr(PtType *t) { return pt_descr_new_getset(t, &instance_dict_getset); }

// `__weakref__` of instances of classes: the first weak reference to the
// object, or None (the references themselves live in weakref.c's side table).
static PtObject *object_get_weakref(PtObject *self, void *c) {
    PtObject *refs = pt_weakref_list(self);
    if (refs == NULL) {
        return NULL;
    }
    PtObject *r = pt_list_len(refs) > 0 ? pt_list_get(refs, 0) : pt_None;
    pt_incref(r);
    pt_decref(refs);
    return r;
}

static const PtGetSetDef instance_weakref_getset = {"__weakref__", object_get_weakref, NULL,
                                                    "list of weak references to the object (if defined)", NULL};

PtObject *pt_instance_weakref_descr(PtType *t) { return pt_descr_new_getset(t, &instance_weakref_getset); }

// ---- super ----

typedef struct PtSuper {
    PtObject ob;
    PtType *type;       // the class super() was called in
    PtObject *obj;      // the instance or class, or NULL for unbound
    PtType *obj_type;   // type(obj), or obj itself when obj is a class
} PtSuper;

extern PtType pt_super_type;

static PtType *super_check(PtType *type, PtObject *obj) {
    if (pt_is_heap(obj) && pt_type_is_subtype_flag(pt_type(obj), PT_TF_TYPE_SUB) &&
        pt_type_is_subtype((PtType *)obj, type)) {
        return (PtType *)obj;
    }
    if (pt_type_is_subtype(pt_type(obj), type)) {
        return pt_type(obj);
    }
    pt_err_set_string(pt_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtSuper *su = (PtSuper *)self;
    PtObject *type = NULL, *obj = NULL;
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        pt_err_set_string(pt_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        pt_err_format(pt_exc_TypeError, "super() takes at most 2 arguments (%d given)", (int)nargs);
        return -1;
    }
    if (nargs == 0) {
        if (pt_frame_super_args(&type, &obj) < 0) {
            return -1;
        }
    } else {
        type = pt_newref(args[0]);
        obj = nargs == 2 && args[1] != pt_None ? pt_newref(args[1]) : NULL;
    }
    if (!pt_is_heap(type) || !pt_type_is_subtype_flag(pt_type(type), PT_TF_TYPE_SUB)) {
        pt_err_format(pt_exc_TypeError, "super() argument 1 must be a type, not %s", pt_type_name_of(type));
        pt_decref(type);
        pt_xdecref(obj);
        return -1;
    }
    PtType *obj_type = NULL;
    if (obj != NULL && (obj_type = super_check((PtType *)type, obj)) == NULL) {
        pt_decref(type);
        pt_decref(obj);
        return -1;
    }
    if (obj_type != NULL) {
        pt_incref((PtObject *)obj_type);
    }
    pt_setref((PtObject **)&su->type, type);
    pt_setref(&su->obj, obj);
    pt_setref((PtObject **)&su->obj_type, (PtObject *)obj_type);
    return 0;
}

static PtObject *super_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *o = pt_object_alloc(t, sizeof(PtSuper));
    if (o != NULL) {
        pt_gc_track(o);
    }
    return o;
}

static PtObject *super_getattro(PtObject *self, PtObject *name) {
    PtSuper *su = (PtSuper *)self;
    if (su->obj_type != NULL && !pt_str_eq_cstr(name, "__class__")) {
        PtObject *mro = su->obj_type->mro;
        pt_ssize n = pt_tuple_len(mro), i = 0;
        while (i < n && pt_tuple_get(mro, i) != (PtObject *)su->type) {
            i++;
        }
        for (i++; i < n; i++) {
            PtType *b = (PtType *)pt_tuple_get(mro, i);
            PtObject *res = pt_dict_get_str(b->dict, name);
            if (res == NULL) {
                continue;
            }
            PtDescrGetFn get = pt_type(res)->descr_get;
            if (get == NULL) {
                return pt_newref(res);
            }
            PtObject *obj = su->obj == (PtObject *)su->obj_type ? NULL : su->obj;
            return get(res, obj, (PtObject *)su->obj_type);
        }
    }
    PtObject *r = pt_object_generic_getattr(self, name);
    if (r == NULL && pt_err_matches(pt_exc_AttributeError)) {
        pt_err_clear();
        pt_err_format(pt_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static PtObject *super_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtSuper *su = (PtSuper *)self;
    if (obj == NULL || su->obj != NULL) {
        return pt_newref(self);
    }
    PtObject *args[2] = {(PtObject *)su->type, obj};
    return pt_object_call((PtObject *)pt_type(self), args, 2, NULL);
}

static PtObject *super_repr(PtObject *self) {
    PtSuper *su = (PtSuper *)self;
    if (su->obj_type != NULL) {
        return pt_str_format("<super: <class '%s'>, <%s object>>", su->type ? pt_type_name(su->type) : "NULL",
                             pt_type_name(su->obj_type));
    }
    return pt_str_format("<super: <class '%s'>, NULL>", su->type ? pt_type_name(su->type) : "NULL");
}

static void super_dealloc(PtObject *self) {
    PtSuper *su = (PtSuper *)self;
    pt_gc_untrack(self);
    pt_xdecref((PtObject *)su->type);
    pt_xdecref(su->obj);
    pt_xdecref((PtObject *)su->obj_type);
    pt_object_free(self, sizeof(PtSuper));
}

static int super_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtSuper *su = (PtSuper *)self;
    PtObject *f[3] = {(PtObject *)su->type, su->obj, (PtObject *)su->obj_type};
    for (int i = 0; i < 3; i++) {
        if (f[i] != NULL) {
            int r = visit(f[i], arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

static PtObject *super_get_thisclass(PtObject *self, void *c) {
    PtSuper *su = (PtSuper *)self;
    return pt_newref(su->type ? (PtObject *)su->type : pt_None);
}
static PtObject *super_get_self(PtObject *self, void *c) {
    PtSuper *su = (PtSuper *)self;
    return pt_newref(su->obj ? su->obj : pt_None);
}
static PtObject *super_get_self_class(PtObject *self, void *c) {
    PtSuper *su = (PtSuper *)self;
    return pt_newref(su->obj_type ? (PtObject *)su->obj_type : pt_None);
}

static const PtGetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL, NULL, NULL},
    {"__self__", super_get_self, NULL, NULL, NULL},
    {"__self_class__", super_get_self_class, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_super_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "super",
    .tid = PT_TID_SUPER,
    .basicsize = sizeof(PtSuper),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .getset = super_getset,
    .doc = "super() -> same as super(__class__, <first argument>)",
};
