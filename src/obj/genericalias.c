// src/obj/genericalias.c: types.GenericAlias, what `list[int]` evaluates to (PEP 585).
//
// An alias records its origin class and its arguments. Calling it calls the
// origin; attribute lookups other than its own fall through to the origin;
// it is not a class (isinstance rejects it) but it can be a base: its
// __mro_entries__ gives the origin. The builtin containers get a
// __class_getitem__ that makes one.
//
// Guards: tests/golden/lang/class_getitem.py.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/type.h"  // pt_genericalias_new
#include "mem/gc.h"    // pt_gc_track

typedef struct PtGenericAlias {
    PtObject ob;
    PtObject *origin;
    PtObject *args;    // tuple
    PtObject *params;  // tuple of TypeVars in args, computed lazily
} PtGenericAlias;

extern PtType pt_genericalias_type;

static PtObject *ga_alloc(PtType *type, PtObject *origin, PtObject *args) {
    PtGenericAlias *g = (PtGenericAlias *)pt_object_alloc(type, sizeof(PtGenericAlias));
    if (g == NULL) {
        return NULL;
    }
    g->origin = pt_newref(origin);
    g->args = pt_is_tuple(args) ? pt_newref(args) : pt_tuple_pack(1, args);
    if (g->args == NULL) {
        pt_decref((PtObject *)g);
        return NULL;
    }
    pt_gc_track((PtObject *)g);
    return (PtObject *)g;
}

PtObject *pt_genericalias_new(PtObject *origin, PtObject *args) {
    return ga_alloc(&pt_genericalias_type, origin, args);
}

static PtObject *ga_tp_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("GenericAlias", kwnames) < 0 || pt_check_nargs("GenericAlias", nargs, 2, 2) < 0) {
        return NULL;
    }
    return ga_alloc(t, args[0], args[1]);  // subclasses (collections.abc's Callable alias) keep their type
}

// repr of one argument as CPython writes it: classes by qualified name,
// Ellipsis as "...", other aliases and objects by repr.
static int append_arg_repr(PtStrBuilder *sb, PtObject *a) {
    if (a == pt_Ellipsis) {
        return pt_sb_append_ascii(sb, "...", 3);
    }
    if (pt_is_heap(a) && pt_type_is_subtype_flag(pt_type(a), PT_TF_TYPE_SUB)) {
        PtObject *mod = pt_object_getattr_str(a, "__module__");
        PtObject *qn = mod != NULL ? pt_object_getattr_str(a, "__qualname__") : NULL;
        int r = -1;
        if (qn != NULL) {
            if (pt_is_str(mod) && !pt_str_eq_cstr(mod, "builtins")) {
                pt_sb_append_str(sb, mod);
                pt_sb_append_char(sb, '.');
            }
            r = pt_sb_append_str(sb, qn);
        }
        pt_xdecref(mod);
        pt_xdecref(qn);
        return r;
    }
    PtObject *r = pt_object_repr(a);
    if (r == NULL) {
        return -1;
    }
    int rc = pt_sb_append_str(sb, r);
    pt_decref(r);
    return rc;
}

static PtObject *ga_repr(PtObject *self) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (append_arg_repr(&sb, g->origin) < 0 || pt_sb_append_char(&sb, '[') < 0) {
        goto error;
    }
    pt_ssize n = pt_tuple_len(g->args);
    if (n == 0) {
        pt_sb_append_ascii(&sb, "()", 2);
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (i > 0) {
            pt_sb_append_ascii(&sb, ", ", 2);
        }
        PtObject *a = pt_tuple_get(g->args, i);
        if (pt_is_list(a)) {  // Callable[[int], str]
            pt_sb_append_char(&sb, '[');
            for (pt_ssize j = 0; j < pt_list_len(a); j++) {
                if (j > 0) {
                    pt_sb_append_ascii(&sb, ", ", 2);
                }
                if (append_arg_repr(&sb, pt_list_get(a, j)) < 0) {
                    goto error;
                }
            }
            pt_sb_append_char(&sb, ']');
        } else if (append_arg_repr(&sb, a) < 0) {
            goto error;
        }
    }
    pt_sb_append_char(&sb, ']');
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

static PtObject *ga_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    PtObject *r = pt_object_call(g->origin, args, nargs, kwnames);
    if (r != NULL && pt_is_heap(r)) {
        // CPython sets __orig_class__ when it can; failure is ignored.
        if (pt_object_setattr_str(r, "__orig_class__", self) < 0) {
            pt_err_clear();
        }
    }
    return r;
}

static PtObject *ga_getattro(PtObject *self, PtObject *name) {
    static const char *const own[] = {"__origin__", "__args__", "__parameters__", "__mro_entries__",
                                      "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
                                      "__class__", "__unpacked__", "__typing_unpacked_tuple_args__", NULL};
    for (int i = 0; own[i] != NULL; i++) {
        if (pt_str_eq_cstr(name, own[i])) {
            return pt_object_generic_getattr(self, name);
        }
    }
    if (pt_str_len(name) > 4 && pt_str_char(name, 0) == '_' && pt_str_char(name, 1) == '_') {
        return pt_object_generic_getattr(self, name);
    }
    if (pt_type(self) != &pt_genericalias_type && pt_type_lookup(pt_type(self), name) != NULL) {
        return pt_object_generic_getattr(self, name);  // a subclass's own attribute
    }
    return pt_object_getattr(((PtGenericAlias *)self)->origin, name);
}

static PtObject *ga_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_type(b) != &pt_genericalias_type) {
        return pt_newref(pt_NotImplemented);
    }
    PtGenericAlias *x = (PtGenericAlias *)a, *y = (PtGenericAlias *)b;
    int eq = pt_object_richcompare_bool(x->origin, y->origin, PT_EQ);
    if (eq > 0) {
        eq = pt_object_richcompare_bool(x->args, y->args, PT_EQ);
    }
    if (eq < 0) {
        return NULL;
    }
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static pt_hash ga_hash(PtObject *self) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    pt_hash h0 = pt_object_hash(g->origin);
    if (h0 == -1) {
        return -1;
    }
    pt_hash h1 = pt_object_hash(g->args);
    if (h1 == -1) {
        return -1;
    }
    pt_hash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static PtObject *ga_getitem(PtObject *self, PtObject *key) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    // Substitute TypeVars in args, in order; a plain alias has none.
    PtObject *params = pt_object_getattr_str(self, "__parameters__");
    if (params == NULL) {
        return NULL;
    }
    pt_ssize np = pt_tuple_len(params);
    if (np == 0) {
        pt_decref(params);
        return pt_err_format(pt_exc_TypeError, "%R is not a generic class", self);
    }
    PtObject *keys = pt_is_tuple(key) ? pt_newref(key) : pt_tuple_pack(1, key);
    if (keys == NULL) {
        pt_decref(params);
        return NULL;
    }
    if (pt_tuple_len(keys) != np) {
        pt_err_format(pt_exc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                      pt_tuple_len(keys) > np ? "many" : "few", self, pt_tuple_len(keys), np);
        pt_decref(keys);
        pt_decref(params);
        return NULL;
    }
    pt_ssize n = pt_tuple_len(g->args);
    PtObject *nargs = pt_tuple_new(n);
    for (pt_ssize i = 0; nargs != NULL && i < n; i++) {
        PtObject *a = pt_tuple_get(g->args, i), *sub = a;
        for (pt_ssize j = 0; j < np; j++) {
            if (pt_tuple_get(params, j) == a) {
                sub = pt_tuple_get(keys, j);
                break;
            }
        }
        pt_tuple_set_steal(nargs, i, pt_newref(sub));
    }
    pt_decref(keys);
    pt_decref(params);
    if (nargs == NULL) {
        return NULL;
    }
    PtObject *r = pt_genericalias_new(g->origin, nargs);
    pt_decref(nargs);
    return r;
}

static PtObject *ga_get_origin(PtObject *self, void *c) { return pt_newref(((PtGenericAlias *)self)->origin); }
static PtObject *ga_get_args(PtObject *self, void *c) { return pt_newref(((PtGenericAlias *)self)->args); }

// __parameters__: the TypeVar-like arguments (objects with __typing_subst__
// or of a class named TypeVar/ParamSpec), without duplicates.
static PtObject *ga_get_parameters(PtObject *self, void *c) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    if (g->params != NULL) {
        return pt_newref(g->params);
    }
    PtObject *l = pt_list_new(0);
    for (pt_ssize i = 0; l != NULL && i < pt_tuple_len(g->args); i++) {
        PtObject *a = pt_tuple_get(g->args, i);
        const char *tn = pt_type_name_of(a);
        if ((strcmp(tn, "TypeVar") == 0 || strcmp(tn, "ParamSpec") == 0 || strcmp(tn, "TypeVarTuple") == 0) &&
            pt_seq_contains(l, a) == 0) {
            pt_list_append(l, a);
        }
    }
    if (l == NULL) {
        return NULL;
    }
    g->params = pt_list_as_tuple(l);
    pt_decref(l);
    return g->params != NULL ? pt_newref(g->params) : NULL;
}

static PtObject *ga_mro_entries(PtObject *self, PtObject *bases) {
    return pt_tuple_pack(1, ((PtGenericAlias *)self)->origin);
}

static PtObject *ga_instancecheck(PtObject *self, PtObject *obj) {
    return pt_err_set_string(pt_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static PtObject *ga_subclasscheck(PtObject *self, PtObject *obj) {
    return pt_err_set_string(pt_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static PtObject *ga_reduce(PtObject *self, PtObject *unused) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    PtObject *args = pt_tuple_pack(2, g->origin, g->args);
    PtObject *r = args != NULL ? pt_tuple_pack(2, (PtObject *)&pt_genericalias_type, args) : NULL;
    pt_xdecref(args);
    return r;
}

static PtObject *ga_or(PtObject *a, PtObject *b) { return pt_union_new(a, b); }

static void ga_dealloc(PtObject *self) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    pt_gc_untrack(self);
    pt_xdecref(g->origin);
    pt_xdecref(g->args);
    pt_xdecref(g->params);
    pt_object_free(self, sizeof(PtGenericAlias));
}

static int ga_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtGenericAlias *g = (PtGenericAlias *)self;
    PtObject *f[3] = {g->origin, g->args, g->params};
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

static PtMappingMethods ga_as_mapping = {.subscript = ga_getitem};
static PtNumberMethods ga_as_number = {.or_ = ga_or};

static const PtGetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, NULL, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef ga_methods[] = {
    {"__mro_entries__", PT_FN(ga_mro_entries), PT_METH_O, NULL},
    {"__instancecheck__", PT_FN(ga_instancecheck), PT_METH_O, NULL},
    {"__subclasscheck__", PT_FN(ga_subclasscheck), PT_METH_O, NULL},
    {"__reduce__", PT_FN(ga_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_genericalias_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "types.GenericAlias",
    .basicsize = sizeof(PtGenericAlias),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .repr = ga_repr,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getattro = ga_getattro,
    .call = ga_call,
    .new_ = ga_tp_new,
    .as_mapping = &ga_as_mapping,
    .as_number = &ga_as_number,
    .getset = ga_getset,
    .methods = ga_methods,
};

// ---- __class_getitem__ for the builtin generics ----

static PtObject *class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

static const PtMethodDef class_getitem_def = {"__class_getitem__", PT_FN(class_getitem), PT_METH_O | PT_METH_CLASS,
                                              "See PEP 585"};

int pt_genericalias_init(void) {
    PtType *const generic[] = {&pt_list_type, &pt_tuple_type, &pt_dict_type, &pt_set_type, &pt_frozenset_type,
                               &pt_type_type};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++) {
        PtType *t = generic[i];
        if (pt_dict_get_cstr(t->dict, "__class_getitem__") != NULL) {
            continue;
        }
        PtObject *d = pt_descr_new_classmethod(t, &class_getitem_def);
        if (d == NULL || pt_dict_set_cstr(t->dict, "__class_getitem__", d) < 0) {
            pt_xdecref(d);
            return -1;
        }
        pt_decref(d);
        pt_type_modified(t);
    }
    return 0;
}
