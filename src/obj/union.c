// src/obj/union.c: types.UnionType, the value of `int | str` (PEP 604).
//
// Holds the flattened, de-duplicated tuple of member types; isinstance and
// issubclass accept it through __instancecheck__ / __subclasscheck__.
//
// Guards: tests/golden/lang/union_*.
#include "pith.h"      // the object API
#include "obj/type.h"  // pt_union_new
#include "mem/gc.h"    // pt_gc_track

typedef struct PtUnion {
    PtObject ob;
    PtObject *args;  // tuple of types (None becomes type(None))
} PtUnion;

extern PtType pt_union_type;

static int is_unionable(PtObject *v) {
    return v == pt_None || (pt_is_heap(v) && pt_type_is_subtype_flag(pt_type(v), PT_TF_TYPE_SUB)) ||
           pt_type(v) == &pt_union_type;
}

static int add_member(PtObject *list, PtObject *v) {
    if (pt_type(v) == &pt_union_type) {
        PtObject *a = ((PtUnion *)v)->args;
        for (pt_ssize i = 0; i < pt_tuple_len(a); i++) {
            if (add_member(list, pt_tuple_get(a, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (v == pt_None) {
        v = (PtObject *)&pt_none_type;
    }
    for (pt_ssize i = 0; i < pt_list_len(list); i++) {
        if (pt_list_get(list, i) == v) {
            return 0;
        }
    }
    return pt_list_append(list, v);
}

PtObject *pt_union_new(PtObject *a, PtObject *b) {
    if (!is_unionable(a) || !is_unionable(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *list = pt_list_new(0);
    if (list == NULL || add_member(list, a) < 0 || add_member(list, b) < 0) {
        pt_xdecref(list);
        return NULL;
    }
    if (pt_list_len(list) == 1) {
        PtObject *only = pt_newref(pt_list_get(list, 0));
        pt_decref(list);
        return only;
    }
    PtUnion *u = (PtUnion *)pt_object_alloc(&pt_union_type, sizeof(PtUnion));
    if (u == NULL) {
        pt_decref(list);
        return NULL;
    }
    u->args = pt_list_as_tuple(list);
    pt_decref(list);
    if (u->args == NULL) {
        pt_decref((PtObject *)u);
        return NULL;
    }
    pt_gc_track((PtObject *)u);
    return (PtObject *)u;
}

static PtObject *union_or(PtObject *a, PtObject *b) { return pt_union_new(a, b); }

static PtObject *union_repr(PtObject *self) {
    PtObject *a = ((PtUnion *)self)->args;
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (pt_ssize i = 0; i < pt_tuple_len(a); i++) {
        if (i > 0) {
            pt_sb_append_ascii(&sb, " | ", 3);
        }
        PtObject *t = pt_tuple_get(a, i);
        if (t == (PtObject *)&pt_none_type) {
            pt_sb_append_ascii(&sb, "None", 4);
            continue;
        }
        PtObject *mod = pt_object_getattr_str(t, "__module__");
        PtObject *qn = mod != NULL ? pt_object_getattr_str(t, "__qualname__") : NULL;
        if (qn == NULL) {
            pt_xdecref(mod);
            pt_sb_discard(&sb);
            return NULL;
        }
        if (pt_is_str(mod) && !pt_str_eq_cstr(mod, "builtins")) {
            pt_sb_append_str(&sb, mod);
            pt_sb_append_char(&sb, '.');
        }
        pt_sb_append_str(&sb, qn);
        pt_decref(mod);
        pt_decref(qn);
    }
    return pt_sb_finish(&sb);
}

static PtObject *union_instancecheck(PtObject *self, PtObject *inst) {
    int r = pt_object_isinstance(inst, ((PtUnion *)self)->args);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *union_subclasscheck(PtObject *self, PtObject *cls) {
    int r = pt_object_issubclass(cls, ((PtUnion *)self)->args);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *union_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_type(b) != &pt_union_type) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *sa = pt_frozenset_new(((PtUnion *)a)->args), *sb = pt_frozenset_new(((PtUnion *)b)->args);
    PtObject *r = sa != NULL && sb != NULL ? pt_object_richcompare(sa, sb, op) : NULL;
    pt_xdecref(sa);
    pt_xdecref(sb);
    return r;
}

static pt_hash union_hash(PtObject *self) {
    PtObject *s = pt_frozenset_new(((PtUnion *)self)->args);
    if (s == NULL) {
        return -1;
    }
    pt_hash h = pt_object_hash(s);
    pt_decref(s);
    return h;
}

static void union_dealloc(PtObject *self) {
    pt_gc_untrack(self);
    pt_xdecref(((PtUnion *)self)->args);
    pt_object_free(self, sizeof(PtUnion));
}

static int union_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtUnion *u = (PtUnion *)self;
    return u->args != NULL ? visit(u->args, arg) : 0;
}

static PtObject *union_get_args(PtObject *self, void *c) { return pt_newref(((PtUnion *)self)->args); }

static PtNumberMethods union_as_number = {.or_ = union_or};
static const PtGetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static const PtMethodDef union_methods[] = {
    {"__instancecheck__", PT_FN(union_instancecheck), PT_METH_O, NULL},
    {"__subclasscheck__", PT_FN(union_subclasscheck), PT_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_union_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "types.UnionType",
    .basicsize = sizeof(PtUnion),
    .flags = PT_TF_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .as_number = &union_as_number,
    .getset = union_getset,
    .methods = union_methods,
};
