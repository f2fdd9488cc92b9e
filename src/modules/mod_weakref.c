// src/modules/mod_weakref.c: the _weakref module: ref, proxy() and the proxy types.
//
// The reference type and the side table of references live in the core
// (src/obj/weakref.c). A proxy is a weak reference with the same layout
// (PtWeakref, so the core keeps it in the referent's list and clears it when
// the referent dies) whose slots forward every operation to the referent:
// attributes, calls (CallableProxyType), operators, comparisons, len,
// subscripts, iteration. Once the referent is gone every operation raises
// ReferenceError("weakly-referenced object no longer exists"). Proxies are
// unhashable. This module needs the core's PtWeakref layout, so it belongs on
// the layering allowlist with sys, gc and _thread.
//
// Guards: tests/golden/modules/weakref/.
#include "pith.h"          // the object API
#include "obj/weakref.h"   // PtWeakref, pt_weakref_new, pt_weakref_count, pt_weakref_list

static PtType proxy_type, callable_proxy_type;

// ---- Forwarding helpers ----

// Borrowed: the referent of proxy `p`, or NULL with ReferenceError.
static PtObject *target(PtObject *p) {
    PtObject *o = ((PtWeakref *)p)->obj;
    if (o == NULL) {
        pt_err_set_string(pt_exc_ReferenceError, "weakly-referenced object no longer exists");
    }
    return o;
}

static int is_proxy(PtObject *v) {
    PtType *t = pt_type(v);
    return t == &proxy_type || t == &callable_proxy_type;
}

// A new reference to `v`, or to its referent when `v` is a proxy (NULL if dead).
static PtObject *unwrap(PtObject *v) {
    if (!is_proxy(v)) {
        return pt_newref(v);
    }
    PtObject *o = target(v);
    return o != NULL ? pt_newref(o) : NULL;
}

// ---- Slots ----

static PtObject *proxy_getattro(PtObject *self, PtObject *name) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_getattr(o, name);
    pt_decref(o);
    return r;
}

static int proxy_setattro(PtObject *self, PtObject *name, PtObject *value) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return -1;
    }
    int r = pt_object_setattr(o, name, value);
    pt_decref(o);
    return r;
}

static PtObject *proxy_str(PtObject *self) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_str(o);
    pt_decref(o);
    return r;
}

static PtObject *proxy_repr(PtObject *self) {
    PtObject *o = ((PtWeakref *)self)->obj;
    if (o == NULL) {
        return pt_str_format("<weakproxy at %p; dead>", (void *)self);
    }
    return pt_str_format("<weakproxy at %p; to '%s' at %p>", (void *)self, pt_type_name_of(o), (void *)o);
}

static PtObject *proxy_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call(o, args, nargs, kwnames);
    pt_decref(o);
    return r;
}

static PtObject *proxy_richcompare(PtObject *a, PtObject *b, int op) {
    PtObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    PtObject *r = y != NULL ? pt_object_richcompare(x, y, op) : NULL;
    pt_xdecref(x);
    pt_xdecref(y);
    return r;
}

static pt_hash proxy_hash(PtObject *self) {
    pt_err_format(pt_exc_TypeError, "unhashable type: '%s'", pt_type(self)->name);
    return -1;
}

static PtObject *proxy_iter(PtObject *self) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_iter(o);
    pt_decref(o);
    return r;
}

static PtObject *proxy_iternext(PtObject *self) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    if (!pt_iter_check(o)) {
        pt_err_format(pt_exc_TypeError, "Weakref proxy referenced a non-iterator '%T' object", o);
        pt_decref(o);
        return NULL;
    }
    PtObject *r = pt_iter_next(o);
    pt_decref(o);
    return r;
}

static pt_ssize proxy_len(PtObject *self) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return -1;
    }
    pt_ssize r = pt_object_len(o);
    pt_decref(o);
    return r;
}

static int proxy_contains(PtObject *self, PtObject *v) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return -1;
    }
    int r = pt_seq_contains(o, v);
    pt_decref(o);
    return r;
}

static PtObject *proxy_getitem(PtObject *self, PtObject *key) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_getitem(o, key);
    pt_decref(o);
    return r;
}

static int proxy_setitem(PtObject *self, PtObject *key, PtObject *value) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return -1;
    }
    int r = value != NULL ? pt_object_setitem(o, key, value) : pt_object_delitem(o, key);
    pt_decref(o);
    return r;
}

static int proxy_bool(PtObject *self) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return -1;
    }
    int r = pt_object_is_true(o);
    pt_decref(o);
    return r;
}

// Binary operators: unwrap either side and apply the operator to the referents.
static PtObject *binop(PtObject *a, PtObject *b, int op) {
    PtObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    PtObject *r = y != NULL ? pt_number_binop(x, y, op) : NULL;
    pt_xdecref(x);
    pt_xdecref(y);
    return r;
}

#define BINOP(name, op)                                                                 \
    static PtObject *proxy_##name(PtObject *a, PtObject *b) { return binop(a, b, op); } \
    static PtObject *proxy_i##name(PtObject *a, PtObject *b) { return binop(a, b, (op) + PT_BINOP_INPLACE); }
BINOP(add, PT_BINOP_ADD)
BINOP(sub, PT_BINOP_SUB)
BINOP(mul, PT_BINOP_MUL)
BINOP(matmul, PT_BINOP_MATMUL)
BINOP(truediv, PT_BINOP_TRUEDIV)
BINOP(floordiv, PT_BINOP_FLOORDIV)
BINOP(mod, PT_BINOP_MOD)
BINOP(lshift, PT_BINOP_LSHIFT)
BINOP(rshift, PT_BINOP_RSHIFT)
BINOP(and_, PT_BINOP_AND)
BINOP(or_, PT_BINOP_OR)
BINOP(xor, PT_BINOP_XOR)
#undef BINOP

static PtObject *proxy_divmod(PtObject *a, PtObject *b) {
    PtObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    PtObject *r = y != NULL ? pt_number_divmod(x, y) : NULL;
    pt_xdecref(x);
    pt_xdecref(y);
    return r;
}

static PtObject *proxy_pow(PtObject *a, PtObject *b, PtObject *m) {
    PtObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    PtObject *r = y != NULL ? pt_number_power(x, y, m != NULL ? m : pt_None) : NULL;
    pt_xdecref(x);
    pt_xdecref(y);
    return r;
}

#define UNOP(name, fn)                                  \
    static PtObject *proxy_##name(PtObject *self) {     \
        PtObject *o = unwrap(self);                     \
        if (o == NULL) {                                \
            return NULL;                                \
        }                                               \
        PtObject *r = fn(o);                            \
        pt_decref(o);                                   \
        return r;                                       \
    }
UNOP(neg, pt_number_negative)
UNOP(pos, pt_number_positive)
UNOP(abs, pt_number_absolute)
UNOP(invert, pt_number_invert)
UNOP(int, pt_number_long)
UNOP(float, pt_number_float)
UNOP(index, pt_number_index)
#undef UNOP

static PtNumberMethods proxy_as_number = {
    .add = proxy_add, .sub = proxy_sub, .mul = proxy_mul, .matmul = proxy_matmul, .truediv = proxy_truediv,
    .floordiv = proxy_floordiv, .mod = proxy_mod, .divmod = proxy_divmod, .lshift = proxy_lshift,
    .rshift = proxy_rshift, .and_ = proxy_and_, .or_ = proxy_or_, .xor = proxy_xor, .pow = proxy_pow,
    .iadd = proxy_iadd, .isub = proxy_isub, .imul = proxy_imul, .imatmul = proxy_imatmul,
    .itruediv = proxy_itruediv, .ifloordiv = proxy_ifloordiv, .imod = proxy_imod, .ilshift = proxy_ilshift,
    .irshift = proxy_irshift, .iand = proxy_iand_, .ior = proxy_ior_, .ixor = proxy_ixor,
    .neg = proxy_neg, .pos = proxy_pos, .abs = proxy_abs, .invert = proxy_invert, .int_ = proxy_int,
    .float_ = proxy_float, .index = proxy_index, .bool_ = proxy_bool,
};

static PtSequenceMethods proxy_as_sequence = {
    .contains = proxy_contains,
};

static PtMappingMethods proxy_as_mapping = {
    .len = proxy_len,
    .subscript = proxy_getitem,
    .ass_subscript = proxy_setitem,
};

static PtObject *proxy_bytes(PtObject *self, PtObject *unused) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call1((PtObject *)&pt_bytes_type, o);
    pt_decref(o);
    return r;
}

static PtObject *proxy_reversed(PtObject *self, PtObject *unused) {
    PtObject *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(o, "__reversed__", NULL, 0);
    pt_decref(o);
    return r;
}

static const PtMethodDef proxy_methods[] = {
    {"__bytes__", PT_FN(proxy_bytes), PT_METH_NOARGS, NULL},
    {"__reversed__", PT_FN(proxy_reversed), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

// Both proxy types derive from the reference type only to share its dealloc,
// traverse and clear (the PtWeakref layout and the side-table bookkeeping).
#define PROXY_TYPE_FIELDS                           \
    .base = &pt_weakref_type,                       \
    .basicsize = sizeof(PtWeakref),                 \
    .flags = PT_TF_GC,                              \
    .getattro = proxy_getattro,                     \
    .setattro = proxy_setattro,                     \
    .repr = proxy_repr,                             \
    .str = proxy_str,                               \
    .hash = proxy_hash,                             \
    .richcompare = proxy_richcompare,               \
    .iter = proxy_iter,                             \
    .iternext = proxy_iternext,                     \
    .as_number = &proxy_as_number,                  \
    .as_sequence = &proxy_as_sequence,              \
    .as_mapping = &proxy_as_mapping,                \
    .methods = proxy_methods

static PtType proxy_type = {
    .name = "weakref.ProxyType",
    PROXY_TYPE_FIELDS,
};

static PtType callable_proxy_type = {
    .name = "weakref.CallableProxyType",
    PROXY_TYPE_FIELDS,
    .call = proxy_call,
};

// ---- Module functions ----

static PtObject *weakref_proxy(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("proxy", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *obj = args[0], *cb = nargs == 2 ? args[1] : pt_None;
    PtType *t = pt_callable_check(obj) ? &callable_proxy_type : &proxy_type;
    if (cb == pt_None) {
        // An existing proxy without a callback is shared, as CPython does.
        PtObject *refs = pt_weakref_count(obj) > 0 ? pt_weakref_list(obj) : NULL;
        for (pt_ssize i = 0; refs != NULL && i < pt_list_len(refs); i++) {
            PtObject *r = pt_list_get(refs, i);
            if (pt_type(r) == t && ((PtWeakref *)r)->callback == NULL) {
                pt_incref(r);
                pt_decref(refs);
                return r;
            }
        }
        pt_xdecref(refs);
        if (pt_err_occurred()) {
            return NULL;
        }
    }
    return pt_weakref_new(t, obj, cb);
}

static PtObject *weakref_getweakrefcount(PtObject *self, PtObject *obj) {
    return pt_int_from_ssize(pt_weakref_count(obj));
}

static PtObject *weakref_getweakrefs(PtObject *self, PtObject *obj) {
    if (pt_weakref_count(obj) == 0) {
        return pt_list_new(0);
    }
    return pt_weakref_list(obj);
}

// _remove_dead_weakref(dict, key): delete dict[key] if it is a dead reference.
static PtObject *weakref_remove_dead(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("_remove_dead_weakref", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!pt_is_dict(args[0])) {
        return pt_err_format(pt_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    }
    PtObject *v;
    int r = pt_dict_get_ref(args[0], args[1], &v);
    if (r < 0) {
        return NULL;
    }
    if (r > 0) {
        int dead = pt_object_typecheck(v, &pt_weakref_type) && ((PtWeakref *)v)->obj == NULL;
        pt_decref(v);
        if (dead && pt_dict_del(args[0], args[1]) < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

static const PtMethodDef weakref_module_methods[] = {
    {"proxy", PT_FN(weakref_proxy), PT_METH_FAST, "Create a proxy object that weakly references 'object'."},
    {"getweakrefcount", PT_FN(weakref_getweakrefcount), PT_METH_O, "Return the number of weak references to 'object'."},
    {"getweakrefs", PT_FN(weakref_getweakrefs), PT_METH_O, "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", PT_FN(weakref_remove_dead), PT_METH_FAST, "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int weakref_exec(PtObject *m) {
    if (pt_type_ready(&proxy_type) < 0 || pt_type_ready(&callable_proxy_type) < 0) {
        return -1;
    }
    if (pt_module_add(m, "ref", (PtObject *)&pt_weakref_type) < 0 ||
        pt_module_add(m, "ReferenceType", (PtObject *)&pt_weakref_type) < 0 ||
        pt_module_add(m, "ProxyType", (PtObject *)&proxy_type) < 0 ||
        pt_module_add(m, "CallableProxyType", (PtObject *)&callable_proxy_type) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod__weakref_def = {
    .name = "_weakref",
    .doc = "Weak-reference support module.",
    .methods = weakref_module_methods,
    .exec = weakref_exec,
};
