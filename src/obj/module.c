// src/obj/module.c: module objects and building modules from a PtModuleDef.
//
// A module is its namespace dict plus the def it came from (C modules).
// Attribute lookup reads the dict directly; a missing attribute falls back to
// the module's __getattr__ (PEP 562) before raising AttributeError with
// CPython's "module 'm' has no attribute 'x'".
//
// Guards: tests/golden/import/.
#include <string.h>

#include "pith.h"    // the object API
#include "mem/gc.h"  // pt_gc_track

typedef struct PtModule {
    PtObject ob;
    PtObject *dict;
    const PtModuleDef *def;
} PtModule;

PtObject *pt_module_new(PtObject *name) {
    PtModule *m = (PtModule *)pt_object_alloc(&pt_module_type, sizeof(PtModule));
    if (m == NULL) {
        return NULL;
    }
    m->dict = pt_dict_new();
    if (m->dict == NULL || pt_dict_set_cstr(m->dict, "__name__", name) < 0 ||
        pt_dict_set_cstr(m->dict, "__doc__", pt_None) < 0 || pt_dict_set_cstr(m->dict, "__package__", pt_None) < 0 ||
        pt_dict_set_cstr(m->dict, "__loader__", pt_None) < 0 || pt_dict_set_cstr(m->dict, "__spec__", pt_None) < 0) {
        pt_decref((PtObject *)m);
        return NULL;
    }
    pt_gc_track((PtObject *)m);
    return (PtObject *)m;
}

PtObject *pt_module_new_cstr(const char *name) {
    PtObject *n = pt_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    PtObject *m = pt_module_new(n);
    pt_decref(n);
    return m;
}

PtObject *pt_module_dict(PtObject *m) { return ((PtModule *)m)->dict; }

int pt_module_add(PtObject *m, const char *name, PtObject *value) {
    return pt_dict_set_cstr(((PtModule *)m)->dict, name, value);
}

int pt_module_add_int(PtObject *m, const char *name, int64_t v) {
    PtObject *o = pt_int_from_i64(v);
    if (o == NULL) {
        return -1;
    }
    int r = pt_module_add(m, name, o);
    pt_decref(o);
    return r;
}

int pt_module_add_str(PtObject *m, const char *name, const char *v) {
    PtObject *o = pt_str_from_cstr(v);
    if (o == NULL) {
        return -1;
    }
    int r = pt_module_add(m, name, o);
    pt_decref(o);
    return r;
}

int pt_module_add_type(PtObject *m, PtType *t) {
    if (pt_type_ready(t) < 0) {
        return -1;
    }
    const char *dot = strrchr(t->name, '.');  // "_io.FileIO" is added as FileIO
    return pt_module_add(m, dot != NULL ? dot + 1 : t->name, (PtObject *)t);
}

PtObject *pt_module_from_def(const PtModuleDef *def) {
    PtObject *m = pt_module_new_cstr(def->name);
    if (m == NULL) {
        return NULL;
    }
    ((PtModule *)m)->def = def;
    PtObject *name = pt_dict_get_cstr(((PtModule *)m)->dict, "__name__");
    for (const PtMethodDef *md = def->methods; md != NULL && md->name != NULL; md++) {
        PtObject *f = pt_builtin_new(md, m, name);
        if (f == NULL || pt_module_add(m, md->name, f) < 0) {
            pt_xdecref(f);
            pt_decref(m);
            return NULL;
        }
        pt_decref(f);
    }
    if (def->doc != NULL && pt_module_add_str(m, "__doc__", def->doc) < 0) {
        pt_decref(m);
        return NULL;
    }
    if (def->exec != NULL && def->exec(m) < 0) {
        pt_decref(m);
        return NULL;
    }
    return m;
}

// ---- The module type ----

static void module_dealloc(PtObject *o) {
    PtModule *m = (PtModule *)o;
    pt_gc_untrack(o);
    pt_xdecref(m->dict);
    pt_object_free(o, sizeof(PtModule));
}

static int module_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtModule *m = (PtModule *)o;
    return m->dict != NULL ? visit(m->dict, arg) : 0;
}

static int module_clear(PtObject *o) {
    pt_clearref(&((PtModule *)o)->dict);
    return 0;
}

static PtObject *module_repr(PtObject *o) {
    PtModule *m = (PtModule *)o;
    PtObject *name = m->dict != NULL ? pt_dict_get_cstr(m->dict, "__name__") : NULL;
    PtObject *file = m->dict != NULL ? pt_dict_get_cstr(m->dict, "__file__") : NULL;
    if (name == NULL || !pt_is_str(name)) {
        return pt_str_from_cstr("<module '?'>");
    }
    if (file != NULL && pt_is_str(file)) {
        return pt_str_format("<module '%U' from '%U'>", name, file);
    }
    if (m->def != NULL) {
        return pt_str_format("<module '%U' (built-in)>", name);
    }
    PtObject *frozen = pt_dict_get_cstr(m->dict, "__pith_frozen__");
    if (frozen != NULL) {
        return pt_str_format("<module '%U' (frozen)>", name);
    }
    return pt_str_format("<module '%U'>", name);
}

static PtObject *module_getattro(PtObject *o, PtObject *name) {
    PtModule *m = (PtModule *)o;
    PtObject *descr = pt_type_lookup(pt_type(o), name);
    if (descr != NULL && pt_type(descr)->descr_get != NULL && pt_type(descr)->descr_set != NULL) {
        return pt_type(descr)->descr_get(descr, o, (PtObject *)pt_type(o));
    }
    if (m->dict != NULL) {
        PtObject *v = pt_is_str_exact(name) ? pt_dict_get_str(m->dict, name) : NULL;
        if (v != NULL) {
            return pt_newref(v);
        }
    }
    if (descr != NULL) {
        if (pt_type(descr)->descr_get != NULL) {
            return pt_type(descr)->descr_get(descr, o, (PtObject *)pt_type(o));
        }
        return pt_newref(descr);
    }
    if (m->dict != NULL) {
        PtObject *getattr = pt_dict_get_cstr(m->dict, "__getattr__");
        if (getattr != NULL) {
            return pt_object_call1(getattr, name);
        }
        PtObject *mname = pt_dict_get_cstr(m->dict, "__name__");
        if (mname != NULL && pt_is_str(mname)) {
            pt_err_format(pt_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
        } else {
            pt_err_format(pt_exc_AttributeError, "module has no attribute '%U'", name);
        }
    } else {
        pt_err_format(pt_exc_AttributeError, "module has no attribute '%U'", name);
    }
    // name and obj let the traceback suggest a close name ("Did you mean").
    PtObject *exc = pt_err_fetch();
    if (exc != NULL && (pt_object_setattr_str(exc, "name", name) < 0 || pt_object_setattr_str(exc, "obj", o) < 0)) {
        pt_err_clear();
    }
    pt_err_restore(exc);
    return NULL;
}

static int module_setattro(PtObject *o, PtObject *name, PtObject *value) {
    PtModule *m = (PtModule *)o;
    PtObject *descr = pt_type_lookup(pt_type(o), name);
    if (descr != NULL && pt_type(descr)->descr_set != NULL) {
        return pt_type(descr)->descr_set(descr, o, value);
    }
    if (value == NULL) {
        int r = pt_dict_del(m->dict, name);
        if (r < 0 && pt_err_matches(pt_exc_KeyError)) {
            pt_err_clear();
            PtObject *mname = pt_dict_get_cstr(m->dict, "__name__");
            pt_err_format(pt_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
        }
        return r;
    }
    return pt_dict_set(m->dict, name, value);
}

static PtObject *module_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtModule *m = (PtModule *)pt_object_alloc(t, sizeof(PtModule));
    if (m == NULL) {
        return NULL;
    }
    m->dict = pt_dict_new();
    if (m->dict == NULL) {
        pt_decref((PtObject *)m);
        return NULL;
    }
    pt_gc_track((PtObject *)m);
    return (PtObject *)m;
}

static int module_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *name = NULL, *doc = pt_None;
    static const char *const kwlist[] = {"name", "doc", NULL};
    if (pt_parse_args(args, nargs, kwnames, "U|O:module", kwlist, &name, &doc) < 0) {
        return -1;
    }
    PtModule *m = (PtModule *)self;
    if (pt_dict_set_cstr(m->dict, "__name__", name) < 0 || pt_dict_set_cstr(m->dict, "__doc__", doc) < 0 ||
        pt_dict_set_cstr(m->dict, "__package__", pt_None) < 0 || pt_dict_set_cstr(m->dict, "__loader__", pt_None) < 0 ||
        pt_dict_set_cstr(m->dict, "__spec__", pt_None) < 0) {
        return -1;
    }
    return 0;
}

static PtObject *module_get_dict(PtObject *o, void *c) { return pt_newref(((PtModule *)o)->dict); }

static PtObject *module_dir(PtObject *self, PtObject *unused) {
    PtModule *m = (PtModule *)self;
    PtObject *f = pt_dict_get_cstr(m->dict, "__dir__");
    if (f != NULL) {
        return pt_object_call0(f);
    }
    return pt_dict_keys(m->dict);
}

static const PtGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef module_methods[] = {
    {"__dir__", PT_FN(module_dir), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_module_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "module",
    .tid = PT_TID_MODULE,
    .basicsize = sizeof(PtModule),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = module_setattro,
    .new_ = module_new,
    .init = module_init,
    .getset = module_getset,
    .methods = module_methods,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};
