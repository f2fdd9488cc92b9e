// src/obj/namespace.c: types.SimpleNamespace, attribute bags with a readable repr.
//
// Guards: tests/golden/modules/types/.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/type.h"  // pt_instance_dict
#include "mem/gc.h"    // pt_gc_track

typedef struct PtNamespace {
    PtObject ob;
    PtObject *dict;
} PtNamespace;

extern PtType pt_namespace_type;

static PtObject *namespace_alloc(PtType *t) {
    PtNamespace *ns = (PtNamespace *)pt_object_alloc(t, sizeof(PtNamespace));
    if (ns == NULL) {
        return NULL;
    }
    ns->dict = pt_dict_new();
    if (ns->dict == NULL) {
        pt_decref((PtObject *)ns);
        return NULL;
    }
    pt_gc_track((PtObject *)ns);
    return (PtObject *)ns;
}

// New SimpleNamespace holding a copy of `kwargs` (a dict, may be NULL).
PtObject *pt_namespace_new(PtObject *kwargs) {
    PtObject *ns = namespace_alloc(&pt_namespace_type);
    if (ns != NULL && kwargs != NULL && pt_dict_update(((PtNamespace *)ns)->dict, kwargs) < 0) {
        pt_decref(ns);
        return NULL;
    }
    return ns;
}

static PtObject *namespace_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return namespace_alloc(t);
}

static int namespace_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtNamespace *ns = (PtNamespace *)self;
    if (nargs > 1) {
        pt_err_format(pt_exc_TypeError, "SimpleNamespace expected at most 1 argument, got %d", (int)nargs);
        return -1;
    }
    if (nargs == 1 && pt_dict_update(ns->dict, args[0]) < 0) {
        return -1;
    }
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (pt_dict_set(ns->dict, pt_tuple_get(kwnames, (pt_ssize)i), args[nargs + i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static PtObject *namespace_getattro(PtObject *self, PtObject *name) {
    PtNamespace *ns = (PtNamespace *)self;
    PtObject *d = pt_type_lookup(pt_type(self), name);
    if (d != NULL && pt_type(d)->descr_get != NULL && pt_type(d)->descr_set != NULL) {
        return pt_type(d)->descr_get(d, self, (PtObject *)pt_type(self));
    }
    PtObject *v = NULL;
    int r = pt_dict_get_ref(ns->dict, name, &v);
    if (r != 0) {
        return v;
    }
    if (d != NULL) {
        return pt_type(d)->descr_get != NULL ? pt_type(d)->descr_get(d, self, (PtObject *)pt_type(self))
                                             : pt_newref(d);
    }
    return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(self), name);
}

static int namespace_setattro(PtObject *self, PtObject *name, PtObject *value) {
    PtNamespace *ns = (PtNamespace *)self;
    if (value == NULL) {
        int r = pt_dict_del(ns->dict, name);
        if (r < 0 && pt_err_matches(pt_exc_KeyError)) {
            pt_err_clear();
            pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(self), name);
        }
        return r;
    }
    return pt_dict_set(ns->dict, name, value);
}

static PtObject *namespace_repr(PtObject *self) {
    PtNamespace *ns = (PtNamespace *)self;
    const char *name = pt_type(self) == &pt_namespace_type ? "namespace" : pt_type_name_of(self);
    if (pt_enter_recursive_call(" in namespace repr") < 0) {
        return NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_sb_append_utf8(&sb, name, strlen(name));
    pt_sb_append_char(&sb, '(');
    pt_ssize pos = 0, i = 0;
    PtObject *k, *v;
    while (pt_dict_next(ns->dict, &pos, &k, &v)) {
        if (!pt_is_str(k)) {
            continue;
        }
        if (i++ > 0) {
            pt_sb_append_ascii(&sb, ", ", 2);
        }
        pt_sb_append_str(&sb, k);
        pt_sb_append_char(&sb, '=');
        PtObject *r = pt_object_repr(v);
        if (r == NULL) {
            pt_sb_discard(&sb);
            return NULL;
        }
        pt_sb_append_str(&sb, r);
        pt_decref(r);
    }
    pt_sb_append_char(&sb, ')');
    return pt_sb_finish(&sb);
}

static PtObject *namespace_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || !pt_object_typecheck(b, &pt_namespace_type)) {
        return pt_newref(pt_NotImplemented);
    }
    return pt_object_richcompare(((PtNamespace *)a)->dict, ((PtNamespace *)b)->dict, op);
}

static void namespace_dealloc(PtObject *self) {
    pt_gc_untrack(self);
    pt_xdecref(((PtNamespace *)self)->dict);
    pt_object_free(self, sizeof(PtNamespace));
}

static int namespace_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtNamespace *ns = (PtNamespace *)self;
    return ns->dict != NULL ? visit(ns->dict, arg) : 0;
}

static int namespace_clear(PtObject *self) {
    pt_clearref(&((PtNamespace *)self)->dict);
    return 0;
}

static PtObject *namespace_get_dict(PtObject *self, void *c) { return pt_newref(((PtNamespace *)self)->dict); }

static const PtGetSetDef namespace_getset[] = {
    {"__dict__", namespace_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_namespace_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(PtNamespace),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .getattro = namespace_getattro,
    .setattro = namespace_setattro,
    .new_ = namespace_new,
    .init = namespace_init,
    .getset = namespace_getset,
    .doc = "A simple attribute-based namespace.",
};
