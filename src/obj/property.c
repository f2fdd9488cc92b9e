// src/obj/property.c: property, the data descriptor built from getter, setter and deleter.
//
// Guards: tests/golden/lang/property_*.
#include "pith.h"    // the object API
#include "mem/gc.h"  // pt_gc_track

typedef struct PtProperty {
    PtObject ob;
    PtObject *fget, *fset, *fdel, *doc;  // None when absent (never NULL once initialised)
    PtObject *name;                      // from __set_name__, or NULL
    int getter_doc;                      // doc was taken from fget
} PtProperty;

static PtObject *property_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtProperty *p = (PtProperty *)pt_object_alloc(t, sizeof(PtProperty));
    if (p == NULL) {
        return NULL;
    }
    p->fget = pt_newref(pt_None);
    p->fset = pt_newref(pt_None);
    p->fdel = pt_newref(pt_None);
    p->doc = pt_newref(pt_None);
    pt_gc_track((PtObject *)p);
    return (PtObject *)p;
}

static int property_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtProperty *p = (PtProperty *)self;
    PtObject *fget = pt_None, *fset = pt_None, *fdel = pt_None, *doc = pt_None;
    static const char *const kwlist[] = {"fget", "fset", "fdel", "doc", NULL};
    if (pt_parse_args(args, nargs, kwnames, "|OOOO:property", kwlist, &fget, &fset, &fdel, &doc) < 0) {
        return -1;
    }
    pt_setref(&p->fget, pt_newref(fget));
    pt_setref(&p->fset, pt_newref(fset));
    pt_setref(&p->fdel, pt_newref(fdel));
    p->getter_doc = 0;
    if (doc == pt_None && fget != pt_None) {
        PtObject *d = NULL;
        if (pt_object_lookup_attr(fget, PT_ID(__doc__), &d) < 0) {
            return -1;
        }
        if (d != NULL) {
            pt_setref(&p->doc, d);
            p->getter_doc = 1;
            return 0;
        }
    }
    pt_setref(&p->doc, pt_newref(doc));
    // A subclass of property stores the doc in its instance __dict__ too.
    if (pt_type(self) != &pt_property_type && doc != pt_None) {
        if (pt_object_setattr_str(self, "__doc__", doc) < 0) {
            pt_err_clear();
        }
    }
    return 0;
}

static PtObject *property_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtProperty *p = (PtProperty *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (p->fget == pt_None) {
        if (p->name != NULL) {
            return pt_err_format(pt_exc_AttributeError, "property '%U' of '%s' object has no getter", p->name,
                                 pt_type_name_of(obj));
        }
        return pt_err_set_string(pt_exc_AttributeError, "unreadable attribute");
    }
    return pt_object_call1(p->fget, obj);
}

static int property_set(PtObject *self, PtObject *obj, PtObject *value) {
    PtProperty *p = (PtProperty *)self;
    PtObject *f = value == NULL ? p->fdel : p->fset;
    if (f == pt_None) {
        if (p->name != NULL) {
            pt_err_format(pt_exc_AttributeError, "property '%U' of '%s' object has no %s", p->name,
                          pt_type_name_of(obj), value == NULL ? "deleter" : "setter");
        } else {
            pt_err_set_string(pt_exc_AttributeError, value == NULL ? "can't delete attribute" : "can't set attribute");
        }
        return -1;
    }
    PtObject *r = value == NULL ? pt_object_call1(f, obj) : pt_object_call2(f, obj, value);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
static PtObject *property_copy(PtObject *self, PtObject *fget, PtObject *fset, PtObject *fdel) {
    PtProperty *p = (PtProperty *)self;
    PtObject *doc = p->getter_doc && fget != NULL ? pt_None : p->doc;
    PtObject *args[4] = {fget != NULL ? fget : p->fget, fset != NULL ? fset : p->fset, fdel != NULL ? fdel : p->fdel,
                         doc};
    PtObject *r = pt_object_call((PtObject *)pt_type(self), args, 4, NULL);
    if (r != NULL && pt_object_typecheck(r, &pt_property_type) && p->name != NULL) {
        pt_setref(&((PtProperty *)r)->name, pt_newref(p->name));
    }
    return r;
}

static PtObject *property_getter(PtObject *self, PtObject *f) { return property_copy(self, f, NULL, NULL); }
static PtObject *property_setter(PtObject *self, PtObject *f) { return property_copy(self, NULL, f, NULL); }
static PtObject *property_deleter(PtObject *self, PtObject *f) { return property_copy(self, NULL, NULL, f); }

static PtObject *property_set_name(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs != 2) {
        return pt_err_format(pt_exc_TypeError, "__set_name__() takes 2 positional arguments but %d were given",
                             (int)nargs);
    }
    pt_setref(&((PtProperty *)self)->name, pt_newref(args[1]));
    return pt_newref(pt_None);
}

static void property_dealloc(PtObject *o) {
    PtProperty *p = (PtProperty *)o;
    pt_gc_untrack(o);
    pt_xdecref(p->fget);
    pt_xdecref(p->fset);
    pt_xdecref(p->fdel);
    pt_xdecref(p->doc);
    pt_xdecref(p->name);
    pt_object_free(o, sizeof(PtProperty));
}

static int property_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtProperty *p = (PtProperty *)o;
    PtObject *f[] = {p->fget, p->fset, p->fdel, p->doc};
    for (int i = 0; i < 4; i++) {
        if (f[i] != NULL) {
            int r = visit(f[i], arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

static int property_clear(PtObject *o) {
    PtProperty *p = (PtProperty *)o;
    pt_clearref(&p->fget);
    pt_clearref(&p->fset);
    pt_clearref(&p->fdel);
    pt_clearref(&p->doc);
    return 0;
}

static PtObject *property_get_isabstract(PtObject *self, void *c) {
    PtProperty *p = (PtProperty *)self;
    PtObject *fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == NULL || fs[i] == pt_None) {
            continue;
        }
        PtObject *v = NULL;
        int r = pt_object_lookup_attr(fs[i], PT_ID(__isabstractmethod__), &v);
        if (r < 0) {
            return NULL;
        }
        if (r > 0) {
            int t = pt_object_is_true(v);
            pt_decref(v);
            if (t != 0) {
                return t < 0 ? NULL : pt_newref(pt_True);
            }
        }
    }
    return pt_newref(pt_False);
}

static const PtMemberDef property_members[] = {
    {"fget", PT_MEMBER_OBJECT, offsetof(PtProperty, fget), PT_MEMBER_READONLY, NULL},
    {"fset", PT_MEMBER_OBJECT, offsetof(PtProperty, fset), PT_MEMBER_READONLY, NULL},
    {"fdel", PT_MEMBER_OBJECT, offsetof(PtProperty, fdel), PT_MEMBER_READONLY, NULL},
    {"__doc__", PT_MEMBER_OBJECT, offsetof(PtProperty, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const PtGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef property_methods[] = {
    {"getter", PT_FN(property_getter), PT_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", PT_FN(property_setter), PT_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", PT_FN(property_deleter), PT_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", PT_FN(property_set_name), PT_METH_FAST, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

PtType pt_property_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "property",
    .tid = PT_TID_PROPERTY,
    .basicsize = sizeof(PtProperty),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .members = property_members,
    .getset = property_getset,
    .methods = property_methods,
    .doc = "Property attribute.",
};
