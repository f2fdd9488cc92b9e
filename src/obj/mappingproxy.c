// src/obj/mappingproxy.c: mappingproxy, the read-only view of a type's namespace.
//
// Guards: tests/golden/lang/class_dict_*.
#include "pith.h"      // the object API
#include "obj/type.h"  // pt_mappingproxy_new
#include "mem/gc.h"    // pt_gc_track

typedef struct PtMappingProxy {
    PtObject ob;
    PtObject *mapping;
} PtMappingProxy;

PtObject *pt_mappingproxy_new(PtObject *mapping) {
    PtMappingProxy *p = (PtMappingProxy *)pt_object_alloc(&pt_mappingproxy_type, sizeof(PtMappingProxy));
    if (p == NULL) {
        return NULL;
    }
    p->mapping = pt_newref(mapping);
    pt_gc_track((PtObject *)p);
    return (PtObject *)p;
}

static PtObject *mp_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs != 1 || (kwnames != NULL && pt_tuple_len(kwnames) > 0)) {
        return pt_err_set_string(pt_exc_TypeError, "mappingproxy() takes exactly one argument");
    }
    PtType *mt = pt_type(args[0]);
    if (mt->as_mapping == NULL || mt->as_mapping->subscript == NULL || pt_is_list(args[0]) || pt_is_tuple(args[0])) {
        return pt_err_format(pt_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             pt_type_name_of(args[0]));
    }
    return pt_mappingproxy_new(args[0]);
}

static PtObject *mp_getitem(PtObject *self, PtObject *key) {
    return pt_object_getitem(((PtMappingProxy *)self)->mapping, key);
}
static pt_ssize mp_len(PtObject *self) { return pt_object_len(((PtMappingProxy *)self)->mapping); }
static int mp_contains(PtObject *self, PtObject *key) {
    return pt_seq_contains(((PtMappingProxy *)self)->mapping, key);
}
static PtObject *mp_iter(PtObject *self) { return pt_object_iter(((PtMappingProxy *)self)->mapping); }

static PtObject *mp_forward(PtObject *self, const char *name, PtObject *const *args, size_t nargs) {
    return pt_object_call_method_str(((PtMappingProxy *)self)->mapping, name, args, nargs);
}
static PtObject *mp_keys(PtObject *self, PtObject *u) { return mp_forward(self, "keys", NULL, 0); }
static PtObject *mp_values(PtObject *self, PtObject *u) { return mp_forward(self, "values", NULL, 0); }
static PtObject *mp_items(PtObject *self, PtObject *u) { return mp_forward(self, "items", NULL, 0); }
static PtObject *mp_copy(PtObject *self, PtObject *u) { return mp_forward(self, "copy", NULL, 0); }
static PtObject *mp_get(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    return mp_forward(self, "get", args, nargs);
}

static PtObject *mp_repr(PtObject *self) {
    PtObject *r = pt_object_repr(((PtMappingProxy *)self)->mapping);
    if (r == NULL) {
        return NULL;
    }
    PtObject *s = pt_str_format("mappingproxy(%U)", r);
    pt_decref(r);
    return s;
}

static PtObject *mp_str(PtObject *self) { return pt_object_str(((PtMappingProxy *)self)->mapping); }

static PtObject *mp_richcompare(PtObject *a, PtObject *b, int op) {
    return pt_object_richcompare(((PtMappingProxy *)a)->mapping, b, op);
}

static PtObject *mp_or(PtObject *a, PtObject *b) {
    if (pt_tid(a) == PT_TID_MAPPINGPROXY) {
        a = ((PtMappingProxy *)a)->mapping;
    }
    if (pt_tid(b) == PT_TID_MAPPINGPROXY) {
        b = ((PtMappingProxy *)b)->mapping;
    }
    return pt_number_binop(a, b, PT_BINOP_OR);
}

static void mp_dealloc(PtObject *self) {
    pt_gc_untrack(self);
    pt_decref(((PtMappingProxy *)self)->mapping);
    pt_object_free(self, sizeof(PtMappingProxy));
}

static int mp_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    return visit(((PtMappingProxy *)self)->mapping, arg);
}

static PtMappingMethods mp_as_mapping = {.len = mp_len, .subscript = mp_getitem};
static PtSequenceMethods mp_as_sequence = {.contains = mp_contains};
static PtNumberMethods mp_as_number = {.or_ = mp_or};

static const PtMethodDef mp_methods[] = {
    {"keys", PT_FN(mp_keys), PT_METH_NOARGS, NULL},
    {"values", PT_FN(mp_values), PT_METH_NOARGS, NULL},
    {"items", PT_FN(mp_items), PT_METH_NOARGS, NULL},
    {"copy", PT_FN(mp_copy), PT_METH_NOARGS, NULL},
    {"get", PT_FN(mp_get), PT_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_mappingproxy_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "mappingproxy",
    .tid = PT_TID_MAPPINGPROXY,
    .basicsize = sizeof(PtMappingProxy),
    .flags = PT_TF_GC | PT_TF_MAPPING,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .as_mapping = &mp_as_mapping,
    .as_sequence = &mp_as_sequence,
    .as_number = &mp_as_number,
    .methods = mp_methods,
};
