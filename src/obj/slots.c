// src/obj/slots.c: the bridge between C slots and Python dunder methods.
//
// One table, `slotdefs`, pairs each dunder name with the C slot it
// corresponds to. It is used in both directions:
//   - for builtin types, pt_slots_add_wrappers puts a wrapper_descriptor in
//     the type's dict for every slot the type defines, so `int.__add__` and
//     `[].__len__` exist and can be called;
//   - for classes, pt_slots_fixup points each slot whose dunder the class (or
//     a base) defines in Python at a generic function that looks the dunder
//     up and calls it, so C code calling `type->repr` reaches `__repr__`.
//
// Guards: tests/golden/lang/dunder_*, operator_*.
#include <stddef.h>
#include <string.h>

#include "pith.h"      // the object API
#include "obj/type.h"  // PtHeapType

// ---- Calling a dunder from a slot ----

// Look `name` up on type(self) and call it with self prepended. Sets
// AttributeError-free "not found" as *found = 0 (then returns NULL, no error).
static PtObject *call_dunder(PtObject *self, PtObject *name, PtObject *const *args, size_t nargs, int *found) {
    PtObject *f = pt_type_lookup(pt_type(self), name);
    if (f == NULL) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    pt_incref(f);
    PtObject *r;
    PtDescrGetFn get = pt_type(f)->descr_get;
    if (pt_tid(f) == PT_TID_FUNCTION || pt_tid(f) == PT_TID_METHOD_DESCR || pt_tid(f) == PT_TID_WRAPPER_DESCR) {
        PtObject *stack[4];
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++) {
            stack[i + 1] = args[i];
        }
        r = pt_object_call(f, stack, nargs + 1, NULL);
    } else if (get != NULL) {
        PtObject *bound = get(f, self, (PtObject *)pt_type(self));
        r = bound != NULL ? pt_object_call(bound, args, nargs, NULL) : NULL;
        pt_xdecref(bound);
    } else {
        r = pt_object_call(f, args, nargs, NULL);
    }
    pt_decref(f);
    return r;
}

static PtObject *call0(PtObject *self, PtObject *name) {
    int found;
    PtObject *r = call_dunder(self, name, NULL, 0, &found);
    if (!found) {
        return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(self), name);
    }
    return r;
}

static PtObject *call1(PtObject *self, PtObject *name, PtObject *a) {
    int found;
    PtObject *r = call_dunder(self, name, &a, 1, &found);
    if (!found) {
        return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(self), name);
    }
    return r;
}

// ---- Generic slot functions for classes ----

static PtObject *slot_repr(PtObject *self) { return call0(self, PT_ID(__repr__)); }
static PtObject *slot_str(PtObject *self) { return call0(self, PT_ID(__str__)); }

static pt_hash slot_hash(PtObject *self) {
    PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__hash__));
    if (f == NULL || f == pt_None) {
        pt_err_format(pt_exc_TypeError, "unhashable type: '%s'", pt_type_name_of(self));
        return -1;
    }
    PtObject *r = call0(self, PT_ID(__hash__));
    if (r == NULL) {
        return -1;
    }
    if (!pt_is_int(r)) {
        pt_decref(r);
        pt_err_set_string(pt_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A value that fits is used as it is (-1 becomes -2); a bigger int is
    // reduced the way hash(int) reduces it, as CPython does.
    int overflow = 0;
    int64_t v = pt_int_as_i64_overflow(r, &overflow);
    pt_hash h = overflow ? pt_int_hash(r) : (pt_hash)v;
    pt_decref(r);
    return h == -1 ? -2 : h;
}

static PtObject *const *cmp_names(void) {
    static PtObject *names[6];
    if (names[0] == NULL) {
        names[PT_LT] = PT_ID(__lt__);
        names[PT_LE] = PT_ID(__le__);
        names[PT_EQ] = PT_ID(__eq__);
        names[PT_NE] = PT_ID(__ne__);
        names[PT_GT] = PT_ID(__gt__);
        names[PT_GE] = PT_ID(__ge__);
    }
    return names;
}

static PtObject *slot_richcompare(PtObject *self, PtObject *other, int op) {
    int found;
    PtObject *r = call_dunder(self, cmp_names()[op], &other, 1, &found);
    if (!found) {
        return pt_newref(pt_NotImplemented);
    }
    return r;
}

static PtObject *slot_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__call__));
    if (f == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not callable", pt_type_name_of(self));
    }
    pt_incref(f);
    PtObject *bound = pt_type(f)->descr_get != NULL ? pt_type(f)->descr_get(f, self, (PtObject *)pt_type(self))
                                                     : pt_newref(f);
    pt_decref(f);
    if (bound == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call(bound, args, nargs, kwnames);
    pt_decref(bound);
    return r;
}

static PtObject *slot_iter(PtObject *self) {
    PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__iter__));
    if (f == pt_None) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not iterable", pt_type_name_of(self));
    }
    if (f == NULL) {
        return pt_object_iter(self);
    }
    return call0(self, PT_ID(__iter__));
}

static PtObject *slot_iternext(PtObject *self) { return call0(self, PT_ID(__next__)); }

// __getattribute__ and __getattr__: the first defined in Python replaces the
// generic lookup; __getattr__ is the fallback when it raises AttributeError.
static PtObject *slot_getattro(PtObject *self, PtObject *name) {
    PtType *t = pt_type(self);
    PtObject *ga = pt_type_lookup(t, PT_ID(__getattribute__));
    PtObject *r;
    if (ga == NULL || pt_tid(ga) == PT_TID_WRAPPER_DESCR) {
        r = pt_object_generic_getattr(self, name);
    } else {
        r = call1(self, PT_ID(__getattribute__), name);
    }
    if (r != NULL || !pt_err_matches(pt_exc_AttributeError)) {
        return r;
    }
    PtObject *gf = pt_type_lookup(t, PT_ID(__getattr__));
    if (gf == NULL) {
        return NULL;
    }
    pt_err_clear();
    return call1(self, PT_ID(__getattr__), name);
}

static int slot_setattro(PtObject *self, PtObject *name, PtObject *value) {
    PtObject *r;
    if (value == NULL) {
        PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__delattr__));
        if (f == NULL || pt_tid(f) == PT_TID_WRAPPER_DESCR) {
            return pt_object_generic_setattr(self, name, NULL);
        }
        r = call1(self, PT_ID(__delattr__), name);
    } else {
        PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__setattr__));
        if (f == NULL || pt_tid(f) == PT_TID_WRAPPER_DESCR) {
            return pt_object_generic_setattr(self, name, value);
        }
        PtObject *args[2] = {name, value};
        int found;
        r = call_dunder(self, PT_ID(__setattr__), args, 2, &found);
    }
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

static PtObject *slot_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    PtObject *args[2] = {obj != NULL ? obj : pt_None, type != NULL ? type : pt_None};
    int found;
    return call_dunder(self, PT_ID(__get__), args, 2, &found);
}

static int slot_descr_set(PtObject *self, PtObject *obj, PtObject *value) {
    PtObject *r;
    int found;
    if (value == NULL) {
        r = call_dunder(self, PT_ID(__delete__), &obj, 1, &found);
        if (!found) {
            pt_err_set_string(pt_exc_AttributeError, "__delete__");
            return -1;
        }
    } else {
        PtObject *args[2] = {obj, value};
        r = call_dunder(self, PT_ID(__set__), args, 2, &found);
        if (!found) {
            pt_err_set_string(pt_exc_AttributeError, "__set__");
            return -1;
        }
    }
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

static int slot_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *f = pt_type_lookup(pt_type(self), PT_ID(__init__));
    if (f == NULL) {
        return 0;
    }
    pt_incref(f);
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    PtObject *small[8];
    PtObject **stack = total <= 8 ? small : pt_mem_alloc(total * sizeof(PtObject *));
    if (stack == NULL) {
        pt_decref(f);
        pt_err_no_memory();
        return -1;
    }
    stack[0] = self;
    if (nargs + nkw > 0) {
        memcpy(stack + 1, args, (nargs + nkw) * sizeof(PtObject *));
    }
    PtObject *r;
    if (pt_type(f)->descr_get != NULL && pt_tid(f) != PT_TID_FUNCTION && pt_tid(f) != PT_TID_WRAPPER_DESCR) {
        PtObject *bound = pt_type(f)->descr_get(f, self, (PtObject *)pt_type(self));
        r = bound != NULL ? pt_object_call(bound, args, nargs, kwnames) : NULL;
        pt_xdecref(bound);
    } else {
        r = pt_object_call(f, stack, nargs + 1, kwnames);
    }
    if (stack != small) {
        pt_mem_free(stack, total * sizeof(PtObject *));
    }
    pt_decref(f);
    if (r == NULL) {
        return -1;
    }
    if (r != pt_None) {
        pt_err_format(pt_exc_TypeError, "__init__() should return None, not '%s'", pt_type_name_of(r));
        pt_decref(r);
        return -1;
    }
    return 0;
}

static PtObject *slot_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *f = pt_type_lookup(type, PT_ID(__new__));
    if (f == NULL) {
        return pt_err_format(pt_exc_TypeError, "cannot create '%s' instances", pt_type_name(type));
    }
    pt_incref(f);
    PtObject *callable = f;
    if (pt_tid(f) == PT_TID_STATICMETHOD) {
        callable = pt_staticmethod_func(f);
    }
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    PtObject *small[8];
    PtObject **stack = total <= 8 ? small : pt_mem_alloc(total * sizeof(PtObject *));
    PtObject *r = NULL;
    if (stack == NULL) {
        pt_err_no_memory();
    } else {
        stack[0] = (PtObject *)type;
        if (nargs + nkw > 0) {
            memcpy(stack + 1, args, (nargs + nkw) * sizeof(PtObject *));
        }
        r = pt_object_call(callable, stack, nargs + 1, kwnames);
        if (stack != small) {
            pt_mem_free(stack, total * sizeof(PtObject *));
        }
    }
    pt_decref(f);
    return r;
}

static void slot_finalize(PtObject *self) {
    PtObject *saved = pt_err_fetch();
    int found;
    PtObject *r = call_dunder(self, PT_ID(__del__), NULL, 0, &found);
    if (r == NULL && found) {
        PtObject *del = pt_type_lookup(pt_type(self), PT_ID(__del__));
        pt_err_write_unraisable(del != NULL ? del : self);
    }
    pt_xdecref(r);
    pt_err_restore(saved);
}

// -- Number, sequence and mapping slots

// Binary operator slot: called for `a OP b` when either operand's type has it.
// `self` may be the right operand: then the reflected dunder is used.
static PtObject *binary_dunder(PtObject *a, PtObject *b, PtObject *name, PtObject *rname, size_t off) {
    PtType *ta = pt_type(a), *tb = pt_type(b);
    void *sa = ta->as_number != NULL ? *(void **)((char *)ta->as_number + off) : NULL;
    void *sb = tb->as_number != NULL ? *(void **)((char *)tb->as_number + off) : NULL;
    int found;
    if (sa == sb || sa != NULL) {
        // a's slot is this generic one (we were called through it): try a.__op__(b)
        // unless a's type is not a class with the dunder.
    }
    int a_is_ours = (ta->flags & PT_TF_HEAPTYPE) && pt_type_lookup(ta, name) != NULL;
    int b_is_ours = ta != tb && (tb->flags & PT_TF_HEAPTYPE) && rname != NULL && pt_type_lookup(tb, rname) != NULL;
    if (b_is_ours && a_is_ours && pt_type_is_subtype(tb, ta)) {
        PtObject *r = call_dunder(b, rname, &a, 1, &found);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
        b_is_ours = 0;
    }
    if (a_is_ours) {
        PtObject *r = call_dunder(a, name, &b, 1, &found);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
    }
    if (b_is_ours) {
        return call_dunder(b, rname, &a, 1, &found);
    }
    return pt_newref(pt_NotImplemented);
}

#define BINSLOT(fn, op, rop, field)                                                          \
    static PtObject *fn(PtObject *a, PtObject *b) {                                          \
        return binary_dunder(a, b, PT_ID(op), PT_ID(rop), offsetof(PtNumberMethods, field)); \
    }
BINSLOT(slot_add, __add__, __radd__, add)
BINSLOT(slot_sub, __sub__, __rsub__, sub)
BINSLOT(slot_mul, __mul__, __rmul__, mul)
BINSLOT(slot_matmul, __matmul__, __rmatmul__, matmul)
BINSLOT(slot_truediv, __truediv__, __rtruediv__, truediv)
BINSLOT(slot_floordiv, __floordiv__, __rfloordiv__, floordiv)
BINSLOT(slot_mod, __mod__, __rmod__, mod)
BINSLOT(slot_divmod, __divmod__, __rdivmod__, divmod)
BINSLOT(slot_lshift, __lshift__, __rlshift__, lshift)
BINSLOT(slot_rshift, __rshift__, __rrshift__, rshift)
BINSLOT(slot_and, __and__, __rand__, and_)
BINSLOT(slot_or, __or__, __ror__, or_)
BINSLOT(slot_xor, __xor__, __rxor__, xor)

static PtObject *slot_pow(PtObject *a, PtObject *b, PtObject *mod) {
    if (mod == pt_None) {
        return binary_dunder(a, b, PT_ID(__pow__), PT_ID(__rpow__), offsetof(PtNumberMethods, pow));
    }
    int found;
    PtObject *args[2] = {b, mod};
    PtObject *r = call_dunder(a, PT_ID(__pow__), args, 2, &found);
    return found ? r : pt_newref(pt_NotImplemented);
}

#define INPLACESLOT(fn, op)                                   \
    static PtObject *fn(PtObject *a, PtObject *b) {           \
        int found;                                            \
        PtObject *r = call_dunder(a, PT_ID(op), &b, 1, &found); \
        return found ? r : pt_newref(pt_NotImplemented);      \
    }
INPLACESLOT(slot_iadd, __iadd__)
INPLACESLOT(slot_isub, __isub__)
INPLACESLOT(slot_imul, __imul__)
INPLACESLOT(slot_imatmul, __imatmul__)
INPLACESLOT(slot_itruediv, __itruediv__)
INPLACESLOT(slot_ifloordiv, __ifloordiv__)
INPLACESLOT(slot_imod, __imod__)
INPLACESLOT(slot_ilshift, __ilshift__)
INPLACESLOT(slot_irshift, __irshift__)
INPLACESLOT(slot_iand, __iand__)
INPLACESLOT(slot_ior, __ior__)
INPLACESLOT(slot_ixor, __ixor__)

static PtObject *slot_ipow(PtObject *a, PtObject *b, PtObject *mod) {
    int found;
    PtObject *r = call_dunder(a, PT_ID(__ipow__), &b, 1, &found);
    return found ? r : pt_newref(pt_NotImplemented);
}

#define UNARYSLOT(fn, op) \
    static PtObject *fn(PtObject *a) { return call0(a, PT_ID(op)); }
UNARYSLOT(slot_neg, __neg__)
UNARYSLOT(slot_pos, __pos__)
UNARYSLOT(slot_abs, __abs__)
UNARYSLOT(slot_invert, __invert__)
UNARYSLOT(slot_int, __int__)
UNARYSLOT(slot_float, __float__)
UNARYSLOT(slot_index, __index__)

static int slot_bool(PtObject *self) {
    PtType *t = pt_type(self);
    PtObject *name = PT_ID(__bool__);
    PtObject *f = pt_type_lookup(t, name);
    if (f == NULL) {
        name = PT_ID(__len__);
        if (pt_type_lookup(t, name) == NULL) {
            return 1;
        }
    }
    PtObject *r = call0(self, name);
    if (r == NULL) {
        return -1;
    }
    int truth;
    if (name == PT_ID(__bool__)) {
        if (r != pt_True && r != pt_False) {
            pt_err_format(pt_exc_TypeError, "__bool__ should return bool, returned %s", pt_type_name_of(r));
            pt_decref(r);
            return -1;
        }
        truth = r == pt_True;
    } else {
        pt_ssize n = pt_number_as_ssize(r, pt_exc_OverflowError);
        if (n == -1 && pt_err_occurred()) {
            pt_decref(r);
            return -1;
        }
        if (n < 0) {
            pt_decref(r);
            pt_err_set_string(pt_exc_ValueError, "__len__() should return >= 0");
            return -1;
        }
        truth = n > 0;
    }
    pt_decref(r);
    return truth;
}

static pt_ssize slot_len(PtObject *self) {
    PtObject *r = call0(self, PT_ID(__len__));
    if (r == NULL) {
        return -1;
    }
    if (!pt_is_int(r) && (pt_type(r)->as_number == NULL || pt_type(r)->as_number->index == NULL)) {
        pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer", pt_type_name_of(r));
        pt_decref(r);
        return -1;
    }
    pt_ssize n = pt_number_as_ssize(r, pt_exc_OverflowError);
    pt_decref(r);
    if (n == -1 && pt_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        pt_err_set_string(pt_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static PtObject *slot_getitem(PtObject *self, PtObject *key) { return call1(self, PT_ID(__getitem__), key); }

static int slot_setitem(PtObject *self, PtObject *key, PtObject *value) {
    PtObject *r;
    int found;
    if (value == NULL) {
        r = call_dunder(self, PT_ID(__delitem__), &key, 1, &found);
        if (!found) {
            pt_err_format(pt_exc_AttributeError, "__delitem__");
            return -1;
        }
    } else {
        PtObject *args[2] = {key, value};
        r = call_dunder(self, PT_ID(__setitem__), args, 2, &found);
        if (!found) {
            pt_err_format(pt_exc_TypeError, "'%s' object does not support item assignment", pt_type_name_of(self));
            return -1;
        }
    }
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

static int slot_contains(PtObject *self, PtObject *v) {
    int found;
    PtObject *r = call_dunder(self, PT_ID(__contains__), &v, 1, &found);
    if (!found) {
        // Fall back to iteration (the protocol's default).
        PtObject *it = pt_object_iter(self);
        if (it == NULL) {
            return -1;
        }
        PtObject *item;
        while ((item = pt_iter_next(it)) != NULL) {
            int eq = pt_object_richcompare_bool(item, v, PT_EQ);
            pt_decref(item);
            if (eq != 0) {
                pt_decref(it);
                return eq;
            }
        }
        pt_decref(it);
        return pt_err_occurred() ? -1 : 0;
    }
    if (r == NULL) {
        return -1;
    }
    int t = pt_object_is_true(r);
    pt_decref(r);
    return t;
}

// ---- The table ----

enum { T_TYPE, T_NUM, T_SEQ, T_MAP };
enum {
    W_UNARY,      // f(self)
    W_BINARY,     // f(self, other)
    W_RBINARY,    // f(other, self): reflected
    W_TERNARY,    // pow(self, other, mod=None)
    W_RTERNARY,
    W_INQUIRY,    // bool
    W_LEN,
    W_HASH,
    W_CMP,        // richcompare with a fixed op
    W_CALL,
    W_GETATTR,
    W_SETATTR,
    W_DELATTR,
    W_DESCR_GET,
    W_DESCR_SET,
    W_DESCR_DELETE,
    W_INIT,
    W_NEXT,
    W_SETITEM,
    W_DELITEM,
    W_CONTAINS,
    W_DEL,
    W_SSIZEARG,   // f(self, n) where n is an index (sequence repeat)
    W_SQITEM,     // sequence item: index adjusted for negative values
};

typedef struct SlotDef {
    const char *name;
    int table;
    size_t offset;
    int wrapper;
    void *generic;  // the generic function for classes
    int op;         // comparison op for W_CMP
} SlotDef;

#define TS(f) T_TYPE, offsetof(PtType, f)
#define NS(f) T_NUM, offsetof(PtNumberMethods, f)
#define SS(f) T_SEQ, offsetof(PtSequenceMethods, f)
#define MS(f) T_MAP, offsetof(PtMappingMethods, f)

static const SlotDef slotdefs[] = {
    {"__repr__", TS(repr), W_UNARY, (void *)slot_repr, 0},
    {"__str__", TS(str), W_UNARY, (void *)slot_str, 0},
    {"__hash__", TS(hash), W_HASH, (void *)slot_hash, 0},
    {"__call__", TS(call), W_CALL, (void *)slot_call, 0},
    {"__getattribute__", TS(getattro), W_GETATTR, (void *)slot_getattro, 0},
    {"__getattr__", TS(getattro), -1, (void *)slot_getattro, 0},
    {"__setattr__", TS(setattro), W_SETATTR, (void *)slot_setattro, 0},
    {"__delattr__", TS(setattro), W_DELATTR, (void *)slot_setattro, 0},
    {"__lt__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_LT},
    {"__le__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_LE},
    {"__eq__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_EQ},
    {"__ne__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_NE},
    {"__gt__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_GT},
    {"__ge__", TS(richcompare), W_CMP, (void *)slot_richcompare, PT_GE},
    {"__iter__", TS(iter), W_UNARY, (void *)slot_iter, 0},
    {"__next__", TS(iternext), W_NEXT, (void *)slot_iternext, 0},
    {"__get__", TS(descr_get), W_DESCR_GET, (void *)slot_descr_get, 0},
    {"__set__", TS(descr_set), W_DESCR_SET, (void *)slot_descr_set, 0},
    {"__delete__", TS(descr_set), W_DESCR_DELETE, (void *)slot_descr_set, 0},
    {"__init__", TS(init), W_INIT, (void *)slot_init, 0},
    {"__new__", TS(new_), -1, (void *)slot_new, 0},
    {"__del__", TS(finalize), W_DEL, (void *)slot_finalize, 0},
    {"__add__", NS(add), W_BINARY, (void *)slot_add, 0},
    {"__radd__", NS(add), W_RBINARY, (void *)slot_add, 0},
    {"__sub__", NS(sub), W_BINARY, (void *)slot_sub, 0},
    {"__rsub__", NS(sub), W_RBINARY, (void *)slot_sub, 0},
    {"__mul__", NS(mul), W_BINARY, (void *)slot_mul, 0},
    {"__rmul__", NS(mul), W_RBINARY, (void *)slot_mul, 0},
    {"__matmul__", NS(matmul), W_BINARY, (void *)slot_matmul, 0},
    {"__rmatmul__", NS(matmul), W_RBINARY, (void *)slot_matmul, 0},
    {"__truediv__", NS(truediv), W_BINARY, (void *)slot_truediv, 0},
    {"__rtruediv__", NS(truediv), W_RBINARY, (void *)slot_truediv, 0},
    {"__floordiv__", NS(floordiv), W_BINARY, (void *)slot_floordiv, 0},
    {"__rfloordiv__", NS(floordiv), W_RBINARY, (void *)slot_floordiv, 0},
    {"__mod__", NS(mod), W_BINARY, (void *)slot_mod, 0},
    {"__rmod__", NS(mod), W_RBINARY, (void *)slot_mod, 0},
    {"__divmod__", NS(divmod), W_BINARY, (void *)slot_divmod, 0},
    {"__rdivmod__", NS(divmod), W_RBINARY, (void *)slot_divmod, 0},
    {"__pow__", NS(pow), W_TERNARY, (void *)slot_pow, 0},
    {"__rpow__", NS(pow), W_RTERNARY, (void *)slot_pow, 0},
    {"__lshift__", NS(lshift), W_BINARY, (void *)slot_lshift, 0},
    {"__rlshift__", NS(lshift), W_RBINARY, (void *)slot_lshift, 0},
    {"__rshift__", NS(rshift), W_BINARY, (void *)slot_rshift, 0},
    {"__rrshift__", NS(rshift), W_RBINARY, (void *)slot_rshift, 0},
    {"__and__", NS(and_), W_BINARY, (void *)slot_and, 0},
    {"__rand__", NS(and_), W_RBINARY, (void *)slot_and, 0},
    {"__or__", NS(or_), W_BINARY, (void *)slot_or, 0},
    {"__ror__", NS(or_), W_RBINARY, (void *)slot_or, 0},
    {"__xor__", NS(xor), W_BINARY, (void *)slot_xor, 0},
    {"__rxor__", NS(xor), W_RBINARY, (void *)slot_xor, 0},
    {"__iadd__", NS(iadd), W_BINARY, (void *)slot_iadd, 0},
    {"__isub__", NS(isub), W_BINARY, (void *)slot_isub, 0},
    {"__imul__", NS(imul), W_BINARY, (void *)slot_imul, 0},
    {"__imatmul__", NS(imatmul), W_BINARY, (void *)slot_imatmul, 0},
    {"__itruediv__", NS(itruediv), W_BINARY, (void *)slot_itruediv, 0},
    {"__ifloordiv__", NS(ifloordiv), W_BINARY, (void *)slot_ifloordiv, 0},
    {"__imod__", NS(imod), W_BINARY, (void *)slot_imod, 0},
    {"__ipow__", NS(ipow), W_TERNARY, (void *)slot_ipow, 0},
    {"__ilshift__", NS(ilshift), W_BINARY, (void *)slot_ilshift, 0},
    {"__irshift__", NS(irshift), W_BINARY, (void *)slot_irshift, 0},
    {"__iand__", NS(iand), W_BINARY, (void *)slot_iand, 0},
    {"__ior__", NS(ior), W_BINARY, (void *)slot_ior, 0},
    {"__ixor__", NS(ixor), W_BINARY, (void *)slot_ixor, 0},
    {"__neg__", NS(neg), W_UNARY, (void *)slot_neg, 0},
    {"__pos__", NS(pos), W_UNARY, (void *)slot_pos, 0},
    {"__abs__", NS(abs), W_UNARY, (void *)slot_abs, 0},
    {"__invert__", NS(invert), W_UNARY, (void *)slot_invert, 0},
    {"__int__", NS(int_), W_UNARY, (void *)slot_int, 0},
    {"__float__", NS(float_), W_UNARY, (void *)slot_float, 0},
    {"__index__", NS(index), W_UNARY, (void *)slot_index, 0},
    {"__bool__", NS(bool_), W_INQUIRY, (void *)slot_bool, 0},
    {"__len__", MS(len), W_LEN, (void *)slot_len, 0},
    {"__len__", SS(len), W_LEN, (void *)slot_len, 0},
    {"__getitem__", MS(subscript), W_BINARY, (void *)slot_getitem, 0},
    {"__setitem__", MS(ass_subscript), W_SETITEM, (void *)slot_setitem, 0},
    {"__delitem__", MS(ass_subscript), W_DELITEM, (void *)slot_setitem, 0},
    {"__contains__", SS(contains), W_CONTAINS, (void *)slot_contains, 0},
    // Sequence forms of the operators, for C types that fill the sequence
    // table only (str, list, tuple...). Classes never use them: generic NULL.
    {"__add__", SS(concat), W_BINARY, NULL, 0},
    {"__mul__", SS(repeat), W_SSIZEARG, NULL, 0},
    {"__rmul__", SS(repeat), W_SSIZEARG, NULL, 0},
    {"__iadd__", SS(inplace_concat), W_BINARY, NULL, 0},
    {"__imul__", SS(inplace_repeat), W_SSIZEARG, NULL, 0},
    {"__getitem__", SS(item), W_SQITEM, NULL, 0},
    {NULL, 0, 0, 0, NULL, 0},
};

static void **slot_ptr(PtType *t, const SlotDef *d) {
    char *base;
    switch (d->table) {
    case T_TYPE:
        base = (char *)t;
        break;
    case T_NUM:
        base = (char *)t->as_number;
        break;
    case T_SEQ:
        base = (char *)t->as_sequence;
        break;
    default:
        base = (char *)t->as_mapping;
        break;
    }
    return base != NULL ? (void **)(base + d->offset) : NULL;
}

// ---- Heap types: point slots at the generic functions ----

void pt_slots_fixup(PtType *t) {
    PtHeapType *ht = (PtHeapType *)t;
    PtType *base = t->base;
    // Start from the base's slots (a subclass of list keeps list's C slots)...
    if (base->as_number != NULL) {
        ht->as_number = *base->as_number;
    }
    if (base->as_sequence != NULL) {
        ht->as_sequence = *base->as_sequence;
    }
    if (base->as_mapping != NULL) {
        ht->as_mapping = *base->as_mapping;
    }
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    t->getattro = base->getattro;
    t->setattro = base->setattro;
    t->call = base->call;
    t->iter = base->iter;
    t->iternext = base->iternext;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->new_ = base->new_;
    t->init = base->init;
    t->finalize = base->finalize;
    t->sizeof_ = base->sizeof_;
    // ...then every dunder found in the class's MRO, above a static base's
    // own definition, switches its slot to the generic dispatcher.
    for (const SlotDef *d = slotdefs; d->name != NULL; d++) {
        PtObject *name = pt_str_id(d->name);
        PtType *owner = NULL;
        PtObject *v = NULL;
        for (pt_ssize i = 0; i < pt_tuple_len(t->mro); i++) {
            PtType *b = (PtType *)pt_tuple_get(t->mro, i);
            v = pt_dict_get_str(b->dict, name);
            if (v != NULL) {
                owner = b;
                break;
            }
        }
        if (v == NULL || !(owner->flags & PT_TF_HEAPTYPE)) {
            continue;  // not defined in Python: keep the inherited C slot
        }
        if (d->offset == offsetof(PtType, hash) && d->table == T_TYPE && v == pt_None) {
            t->hash = NULL;
            continue;
        }
        void **p = slot_ptr(t, d);
        if (p != NULL && d->generic != NULL) {
            *p = d->generic;
        }
    }
    // Equality defined in the class body without __hash__: unhashable. Only
    // at creation: assigning __eq__ later leaves __hash__ alone, as in CPython.
    if (!(t->flags & PT_TF_READY) && pt_dict_get_cstr(t->dict, "__eq__") != NULL &&
        pt_dict_get_cstr(t->dict, "__hash__") == NULL) {
        pt_dict_set_cstr(t->dict, "__hash__", pt_None);
        t->hash = NULL;
    }
    if (t->finalize != NULL) {
        t->flags |= PT_TF_HAS_FINALIZER;
    }
}

void pt_slots_update(PtType *t, PtObject *name) {
    for (const SlotDef *d = slotdefs; d->name != NULL; d++) {
        if (pt_str_eq_cstr(name, d->name)) {
            pt_slots_fixup(t);
            if (t->subclasses != NULL) {
                PtObject *subs = t->subclasses;
                for (pt_ssize i = 0; i < pt_list_len(subs); i++) {
                    PtObject *w = pt_list_get(subs, i);
                    pt_slots_update((PtType *)(uintptr_t)((uint64_t)pt_smallint_value(w) << 1), name);
                }
            }
            return;
        }
    }
}

// ---- Builtin types: wrapper descriptors ----

typedef struct WrapperDescr {
    PtObject ob;
    PtType *owner;      // borrowed: static types live forever
    const SlotDef *def;
    void *fn;           // the C slot being wrapped
    PtObject *name;
} WrapperDescr;

typedef struct MethodWrapper {
    PtObject ob;
    WrapperDescr *descr;
    PtObject *self;
} MethodWrapper;

static PtObject *wrapper_check_args(const char *name, size_t nargs, size_t want, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        return pt_err_format(pt_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    }
    if (nargs != want) {
        return pt_err_format(pt_exc_TypeError, "expected %d argument%s, got %d", (int)want, want == 1 ? "" : "s",
                             (int)nargs);
    }
    return pt_None;
}

// Call the wrapped slot with `self` and the Python-level arguments.
static PtObject *wrapper_call_slot(WrapperDescr *w, PtObject *self, PtObject *const *args, size_t nargs,
                                   PtObject *kwnames) {
    const SlotDef *d = w->def;
    void *fn = w->fn;
    const char *name = d->name;
    switch (d->wrapper) {
    case W_UNARY:
    case W_NEXT:
        if (wrapper_check_args(name, nargs, 0, kwnames) == NULL) {
            return NULL;
        }
        if (d->wrapper == W_NEXT) {
            PtObject *r = ((PtUnaryFn)fn)(self);
            if (r == NULL && !pt_err_occurred()) {
                pt_err_set_object(pt_exc_StopIteration, pt_None);
            }
            return r;
        }
        return ((PtUnaryFn)fn)(self);
    case W_BINARY:
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        return ((PtBinaryFn)fn)(self, args[0]);
    case W_RBINARY:
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        return ((PtBinaryFn)fn)(args[0], self);
    case W_TERNARY:
    case W_RTERNARY: {
        if (nargs < 1 || nargs > 2) {
            return pt_err_format(pt_exc_TypeError, "expected 1 or 2 arguments, got %d", (int)nargs);
        }
        PtObject *mod = nargs == 2 ? args[1] : pt_None;
        return d->wrapper == W_TERNARY ? ((PtTernaryFn)fn)(self, args[0], mod) : ((PtTernaryFn)fn)(args[0], self, mod);
    }
    case W_INQUIRY: {
        if (wrapper_check_args(name, nargs, 0, kwnames) == NULL) {
            return NULL;
        }
        int r = ((PtInquiryFn)fn)(self);
        return r < 0 ? NULL : pt_newref(pt_bool(r));
    }
    case W_LEN: {
        if (wrapper_check_args(name, nargs, 0, kwnames) == NULL) {
            return NULL;
        }
        pt_ssize n = ((PtLenFn)fn)(self);
        return n < 0 ? NULL : pt_int_from_ssize(n);
    }
    case W_HASH: {
        if (wrapper_check_args(name, nargs, 0, kwnames) == NULL) {
            return NULL;
        }
        pt_hash h = ((PtHashFn)fn)(self);
        return h == -1 ? NULL : pt_int_from_i64(h);
    }
    case W_CMP:
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        return ((PtCompareFn)fn)(self, args[0], d->op);
    case W_CALL:
        return ((PtCallFn)fn)(self, args, nargs, kwnames);
    case W_GETATTR:
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        if (!pt_is_str(args[0])) {
            return pt_err_format(pt_exc_TypeError, "attribute name must be string, not '%s'", pt_type_name_of(args[0]));
        }
        return ((PtGetattrFn)fn)(self, args[0]);
    case W_SETATTR:
    case W_DELATTR: {
        size_t want = d->wrapper == W_SETATTR ? 2 : 1;
        if (wrapper_check_args(name, nargs, want, kwnames) == NULL) {
            return NULL;
        }
        if (!pt_is_str(args[0])) {
            return pt_err_format(pt_exc_TypeError, "attribute name must be string, not '%s'", pt_type_name_of(args[0]));
        }
        int r = ((PtSetattrFn)fn)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pt_newref(pt_None);
    }
    case W_DESCR_GET: {
        if (nargs < 1 || nargs > 2) {
            return pt_err_format(pt_exc_TypeError, "expected 1 or 2 arguments, got %d", (int)nargs);
        }
        PtObject *obj = args[0] == pt_None ? NULL : args[0];
        PtObject *type = nargs == 2 && args[1] != pt_None ? args[1] : NULL;
        if (obj == NULL && type == NULL) {
            return pt_err_set_string(pt_exc_TypeError, "__get__(None, None) is invalid");
        }
        return ((PtDescrGetFn)fn)(self, obj, type);
    }
    case W_DESCR_SET:
    case W_DESCR_DELETE: {
        size_t want = d->wrapper == W_DESCR_SET ? 2 : 1;
        if (wrapper_check_args(name, nargs, want, kwnames) == NULL) {
            return NULL;
        }
        int r = ((PtDescrSetFn)fn)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pt_newref(pt_None);
    }
    case W_INIT: {
        int r = ((PtInitFn)fn)(self, args, nargs, kwnames);
        return r < 0 ? NULL : pt_newref(pt_None);
    }
    case W_SETITEM:
    case W_DELITEM: {
        size_t want = d->wrapper == W_SETITEM ? 2 : 1;
        if (wrapper_check_args(name, nargs, want, kwnames) == NULL) {
            return NULL;
        }
        int r = ((PtSetItemFn)fn)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pt_newref(pt_None);
    }
    case W_CONTAINS: {
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        int r = ((PtObjObjFn)fn)(self, args[0]);
        return r < 0 ? NULL : pt_newref(pt_bool(r));
    }
    case W_DEL:
        ((void (*)(PtObject *))fn)(self);
        return pt_err_occurred() ? NULL : pt_newref(pt_None);
    case W_SSIZEARG:
    case W_SQITEM: {
        if (wrapper_check_args(name, nargs, 1, kwnames) == NULL) {
            return NULL;
        }
        PtObject *a = args[0];
        if (!pt_is_int(a) && (pt_type(a)->as_number == NULL || pt_type(a)->as_number->index == NULL)) {
            if (d->wrapper == W_SSIZEARG) {
                return pt_err_format(pt_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                     pt_type_name_of(a));
            }
            return pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 pt_type_name_of(a));
        }
        pt_ssize n = pt_number_as_ssize(a, d->wrapper == W_SQITEM ? pt_exc_IndexError : pt_exc_OverflowError);
        if (n == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (d->wrapper == W_SQITEM && n < 0 && pt_type(self)->as_sequence->len != NULL) {
            pt_ssize len = pt_type(self)->as_sequence->len(self);
            if (len < 0) {
                return NULL;
            }
            n += len;
        }
        return ((PtSsizeArgFn)fn)(self, n);
    }
    }
    return pt_err_bad_internal_call("wrapper_call_slot");
}

static int wrapper_check_self(WrapperDescr *w, PtObject *self) {
    if (!pt_type_is_subtype(pt_type(self), w->owner)) {
        pt_err_format(pt_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->def->name,
                      pt_type_name(w->owner), pt_type_name_of(self));
        return -1;
    }
    return 0;
}

static PtObject *wrapper_descr_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    WrapperDescr *w = (WrapperDescr *)callable;
    if (nargs < 1) {
        return pt_err_format(pt_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                             pt_type_name(w->owner));
    }
    if (wrapper_check_self(w, args[0]) < 0) {
        return NULL;
    }
    return wrapper_call_slot(w, args[0], args + 1, nargs - 1, kwnames);
}

extern PtType pt_wrapper_descr_type, pt_method_wrapper_type;

static PtObject *wrapper_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    WrapperDescr *w = (WrapperDescr *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (wrapper_check_self(w, obj) < 0) {
        return NULL;
    }
    MethodWrapper *m = (MethodWrapper *)pt_object_alloc(&pt_method_wrapper_type, sizeof(MethodWrapper));
    if (m == NULL) {
        return NULL;
    }
    m->descr = (WrapperDescr *)pt_newref(self);
    m->self = pt_newref(obj);
    return (PtObject *)m;
}

static PtObject *wrapper_descr_repr(PtObject *self) {
    WrapperDescr *w = (WrapperDescr *)self;
    return pt_str_format("<slot wrapper '%s' of '%s' objects>", w->def->name, pt_type_name(w->owner));
}

static void wrapper_descr_dealloc(PtObject *self) {
    pt_xdecref(((WrapperDescr *)self)->name);
    pt_object_free(self, sizeof(WrapperDescr));
}

static PtObject *wrapper_get_name(PtObject *self, void *c) { return pt_str_from_cstr(((WrapperDescr *)self)->def->name); }
static PtObject *wrapper_get_qualname(PtObject *self, void *c) {
    WrapperDescr *w = (WrapperDescr *)self;
    return pt_str_format("%s.%s", pt_type_name(w->owner), w->def->name);
}
static PtObject *wrapper_get_objclass(PtObject *self, void *c) {
    return pt_newref((PtObject *)((WrapperDescr *)self)->owner);
}
static PtObject *wrapper_get_doc(PtObject *self, void *c) { return pt_newref(pt_None); }

static const PtGetSetDef wrapper_descr_getset[] = {
    {"__name__", wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_wrapper_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "wrapper_descriptor",
    .tid = PT_TID_WRAPPER_DESCR,
    .basicsize = sizeof(WrapperDescr),
    .dealloc = wrapper_descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getset = wrapper_descr_getset,
};

static PtObject *method_wrapper_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    MethodWrapper *m = (MethodWrapper *)callable;
    return wrapper_call_slot(m->descr, m->self, args, nargs, kwnames);
}

static PtObject *method_wrapper_repr(PtObject *self) {
    MethodWrapper *m = (MethodWrapper *)self;
    return pt_str_format("<method-wrapper '%s' of %s object at %p>", m->descr->def->name, pt_type_name_of(m->self),
                         (void *)m->self);
}

static void method_wrapper_dealloc(PtObject *self) {
    MethodWrapper *m = (MethodWrapper *)self;
    pt_decref((PtObject *)m->descr);
    pt_decref(m->self);
    pt_object_free(self, sizeof(MethodWrapper));
}

static PtObject *method_wrapper_get_self(PtObject *self, void *c) { return pt_newref(((MethodWrapper *)self)->self); }
static PtObject *method_wrapper_get_name(PtObject *self, void *c) {
    return pt_str_from_cstr(((MethodWrapper *)self)->descr->def->name);
}

static PtObject *method_wrapper_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_tid(b) != PT_TID_METHOD_WRAPPER) {
        return pt_newref(pt_NotImplemented);
    }
    MethodWrapper *x = (MethodWrapper *)a, *y = (MethodWrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static pt_hash method_wrapper_hash(PtObject *self) {
    MethodWrapper *m = (MethodWrapper *)self;
    return (pt_hash)(((uintptr_t)m->descr >> 4) ^ ((uintptr_t)m->self >> 4));
}

static const PtGetSetDef method_wrapper_getset[] = {
    {"__self__", method_wrapper_get_self, NULL, NULL, NULL},
    {"__name__", method_wrapper_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_method_wrapper_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "method-wrapper",
    .tid = PT_TID_METHOD_WRAPPER,
    .basicsize = sizeof(MethodWrapper),
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .richcompare = method_wrapper_richcompare,
    .hash = method_wrapper_hash,
    .call = method_wrapper_call,
    .getset = method_wrapper_getset,
};

int pt_slots_add_wrappers(PtType *t) {
    for (const SlotDef *d = slotdefs; d->name != NULL; d++) {
        if (d->wrapper < 0) {
            continue;
        }
        void **p = slot_ptr(t, d);
        if (p == NULL || *p == NULL) {
            continue;
        }
        // Only wrap slots this type defines itself, not inherited ones.
        PtType *b = t->base;
        if (b != NULL) {
            void **bp = slot_ptr(b, d);
            if (bp != NULL && *bp == *p) {
                continue;
            }
        }
        if (d->table == T_TYPE && d->offset == offsetof(PtType, new_)) {
            continue;
        }
        if (pt_dict_get_cstr(t->dict, d->name) != NULL) {
            continue;  // an explicit method of the same name wins
        }
        WrapperDescr *w = (WrapperDescr *)pt_object_alloc(&pt_wrapper_descr_type, sizeof(WrapperDescr));
        if (w == NULL) {
            return -1;
        }
        w->owner = t;
        w->def = d;
        w->fn = *p;
        int r = pt_dict_set_cstr(t->dict, d->name, (PtObject *)w);
        pt_decref((PtObject *)w);
        if (r < 0) {
            return -1;
        }
    }
    // __new__ is a static builtin bound to the type: tp_new_wrapper in CPython.
    if (t->new_ != NULL && (t->base == NULL || t->base->new_ != t->new_)) {
        PtObject *w = pt_new_wrapper(t);
        if (w == NULL || pt_dict_set_cstr(t->dict, "__new__", w) < 0) {
            pt_xdecref(w);
            return -1;
        }
        pt_decref(w);
    }
    return 0;
}
