// src/obj/abstract.c: the generic object protocols of include/pith/abstract.h.
//
// Each function finds the right type slot and calls it, producing CPython's
// error messages when the slot is missing. Operator dispatch follows the
// data model: for `a + b` the left operand's slot is tried first unless b's
// type is a proper subclass of a's that overrides the slot; a slot answers
// NotImplemented to let the other operand try. Identity implies equality for
// the containers' `==` (pt_object_richcompare_bool).
//
// Guards: tests/golden/lang/ (operators, protocols), tests/golden/builtins/.
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pith.h"         // the object API
#include "pith/slice.h"   // pt_slice_new
#include "pith/iter.h"    // pt_seqiter_new
#include "os/stack.h"     // pt_os_stack_low
#include "obj/formatspec.h"  // pt_format_int/float/str: the fast path of format()

// ---- The C recursion guard ----

// Lowest safe stack address of this thread, found on first use. A margin is
// kept above the real end so that error handling itself has room to run.
static _Thread_local uintptr_t stack_limit;

int pt_enter_recursive_call(const char *where) {
    char probe;
    if (stack_limit == 0) {
        stack_limit = pt_os_stack_low() + 256 * 1024;
    }
    if ((uintptr_t)&probe < stack_limit) {
        pt_err_format(pt_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

// ---- Representation ----

PtObject *pt_object_repr(PtObject *v) {
    PtType *t = pt_type(v);
    if (t->repr == NULL) {
        return pt_str_format("<%s object at %p>", t->name, (void *)v);
    }
    if (pt_enter_recursive_call(" while getting the repr of an object")) {
        return NULL;
    }
    PtObject *r = t->repr(v);
    pt_leave_recursive_call();
    if (r != NULL && !pt_is_str(r)) {
        pt_err_format(pt_exc_TypeError, "__repr__ returned non-string (type %T)", r);
        pt_decref(r);
        return NULL;
    }
    return r;
}

PtObject *pt_object_str(PtObject *v) {
    if (pt_is_str_exact(v)) {
        return pt_newref(v);
    }
    PtType *t = pt_type(v);
    if (t->str == NULL) {
        return pt_object_repr(v);
    }
    if (pt_enter_recursive_call(" while getting the str of an object")) {
        return NULL;
    }
    PtObject *r = t->str(v);
    pt_leave_recursive_call();
    if (r != NULL && !pt_is_str(r)) {
        pt_err_format(pt_exc_TypeError, "__str__ returned non-string (type %T)", r);
        pt_decref(r);
        return NULL;
    }
    return r;
}

PtObject *pt_object_ascii(PtObject *v) {
    PtObject *r = pt_object_repr(v);
    if (r == NULL || pt_str_is_ascii(r)) {
        return r;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_ssize n = pt_str_len(r);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(r, i);
        char buf[16];
        int rc;
        if (c < 128) {
            rc = pt_sb_append_char(&sb, c);
        } else {
            int len = c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
                      : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c)
                                    : snprintf(buf, sizeof buf, "\\U%08x", c);
            rc = pt_sb_append_ascii(&sb, buf, (size_t)len);
        }
        if (rc < 0) {
            pt_sb_discard(&sb);
            pt_decref(r);
            return NULL;
        }
    }
    pt_decref(r);
    return pt_sb_finish(&sb);
}

PtObject *pt_object_format(PtObject *v, PtObject *spec) {
    PtObject *empty = NULL;
    if (spec == NULL) {
        empty = pt_str_from_cstr("");
        if (empty == NULL) {
            return NULL;
        }
        spec = empty;
    }
    if (pt_str_len(spec) == 0 && pt_is_str_exact(v)) {
        pt_xdecref(empty);
        return pt_newref(v);
    }
    // The builtin scalars format without looking up and calling __format__
    // (f-strings and str.format spend most of their time here).
    PtObject *r;
    uint32_t tid = pt_tid(v);
    if (tid == PT_TID_INT || tid == PT_TID_FLOAT || tid == PT_TID_STR) {
        if (pt_str_len(spec) == 0) {
            r = tid == PT_TID_INT ? pt_int_to_str(v, 10) : pt_object_str(v);
        } else if (tid == PT_TID_INT) {
            r = pt_format_int(v, spec);
        } else if (tid == PT_TID_FLOAT) {
            r = pt_format_float(pt_float_value(v), spec);
        } else {
            r = pt_format_str(v, spec);
        }
        pt_xdecref(empty);
        return r;
    }
    r = pt_object_call_method(v, PT_ID(__format__), &spec, 1, NULL);
    pt_xdecref(empty);
    if (r != NULL && !pt_is_str(r)) {
        pt_err_format(pt_exc_TypeError, "__format__ must return a str, not %T", r);
        pt_decref(r);
        return NULL;
    }
    return r;
}

// The name CPython's messages use: tp_name, which for C types defined in a
// module includes the module ("collections.deque"). __name__ strips it.
const char *pt_type_name(PtType *t) { return t->name; }

const char *pt_type_name_of(PtObject *v) { return pt_type_name(pt_type(v)); }

PtObject *pt_object_id(PtObject *v) { return pt_int_from_u64((uint64_t)(uintptr_t)v); }

// ---- Truth and hashing ----

int pt_object_is_true(PtObject *v) {
    if (v == pt_True) {
        return 1;
    }
    if (v == pt_False || v == pt_None) {
        return 0;
    }
    if (pt_is_smallint(v)) {
        return pt_smallint_value(v) != 0;
    }
    if (pt_is_immfloat(v)) {
        return pt_immfloat_value(v) != 0.0;
    }
    PtType *t = pt_type(v);
    if (t->as_number != NULL && t->as_number->bool_ != NULL) {
        return t->as_number->bool_(v);
    }
    if (t->as_mapping != NULL && t->as_mapping->len != NULL) {
        pt_ssize n = t->as_mapping->len(v);
        return n < 0 ? -1 : n > 0;
    }
    if (t->as_sequence != NULL && t->as_sequence->len != NULL) {
        pt_ssize n = t->as_sequence->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

pt_hash pt_object_hash(PtObject *v) {
    PtType *t = pt_type(v);
    if (t->hash == NULL) {
        pt_err_format(pt_exc_TypeError, "unhashable type: '%s'", pt_type_name(t));
        return -1;
    }
    return t->hash(v);
}

// ---- Comparison ----

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {PT_GT, PT_GE, PT_EQ, PT_NE, PT_LT, PT_LE};

PtObject *pt_object_richcompare(PtObject *a, PtObject *b, int op) {
    PtType *ta = pt_type(a), *tb = pt_type(b);
    PtObject *r;
    int checked_reverse = 0;
    if (pt_enter_recursive_call(" in comparison")) {
        return NULL;
    }
    if (ta != tb && tb->richcompare != NULL && pt_type_is_subtype(tb, ta)) {
        checked_reverse = 1;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != pt_NotImplemented) {
            goto done;
        }
        pt_decref(r);
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != pt_NotImplemented) {
            goto done;
        }
        pt_decref(r);
    }
    if (!checked_reverse && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != pt_NotImplemented) {
            goto done;
        }
        pt_decref(r);
    }
    if (op == PT_EQ || op == PT_NE) {
        r = pt_bool((a == b) == (op == PT_EQ));
    } else {
        r = pt_err_format(pt_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                          cmp_symbols[op], pt_type_name(ta), pt_type_name(tb));
    }
done:
    pt_leave_recursive_call();
    return r;
}

int pt_object_richcompare_bool(PtObject *a, PtObject *b, int op) {
    if (a == b) {
        if (op == PT_EQ) {
            return 1;
        }
        if (op == PT_NE) {
            return 0;
        }
    }
    PtObject *r = pt_object_richcompare(a, b, op);
    if (r == NULL) {
        return -1;
    }
    int t = r == pt_True ? 1 : r == pt_False ? 0 : pt_object_is_true(r);
    pt_decref(r);
    return t;
}

// ---- isinstance / issubclass ----

int pt_type_is_subtype(PtType *a, PtType *b) {
    if (a == b) {
        return 1;
    }
    PtObject *mro = a->mro;
    if (mro != NULL) {
        pt_ssize n = pt_tuple_len(mro);
        for (pt_ssize i = 0; i < n; i++) {
            if (pt_tuple_get(mro, i) == (PtObject *)b) {
                return 1;
            }
        }
        return 0;
    }
    for (PtType *t = a->base; t != NULL; t = t->base) {  // not ready yet: walk bases
        if (t == b) {
            return 1;
        }
    }
    return b == &pt_object_type;
}

static int is_type(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_TYPE || pt_type_is_subtype_flag(pt_type(v), PT_TF_TYPE_SUB));
}

static int recursive_isinstance(PtObject *v, PtObject *cls) {
    if (is_type(cls)) {
        if (pt_type_is_subtype(pt_type(v), (PtType *)cls)) {
            return 1;
        }
        // A __class__ that differs from type(v) (proxies) counts too.
        PtObject *c = NULL;
        int r = pt_object_lookup_attr(v, PT_ID(__class__), &c);
        if (r <= 0) {
            return r;
        }
        int res = c != (PtObject *)pt_type(v) && is_type(c) && pt_type_is_subtype((PtType *)c, (PtType *)cls);
        pt_decref(c);
        return res;
    }
    pt_err_set_string(pt_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int pt_object_isinstance(PtObject *v, PtObject *cls) {
    if ((PtObject *)pt_type(v) == cls) {
        return 1;
    }
    if (pt_is_tuple(cls)) {
        pt_ssize n = pt_tuple_len(cls);
        for (pt_ssize i = 0; i < n; i++) {
            int r = pt_object_isinstance(v, pt_tuple_get(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    if (pt_tid(cls) == PT_TID_TYPE) {  // exact `type` metaclass: no hook
        return recursive_isinstance(v, cls);
    }
    PtObject *hook = pt_type_lookup(pt_type(cls), PT_ID(__instancecheck__));
    if (hook != NULL) {
        PtObject *args[2] = {cls, v};
        PtObject *r = pt_object_call(hook, args, 2, NULL);
        if (r == NULL) {
            return -1;
        }
        int t = pt_object_is_true(r);
        pt_decref(r);
        return t;
    }
    return recursive_isinstance(v, cls);
}

int pt_object_issubclass(PtObject *derived, PtObject *cls) {
    if (pt_is_tuple(cls)) {
        pt_ssize n = pt_tuple_len(cls);
        for (pt_ssize i = 0; i < n; i++) {
            int r = pt_object_issubclass(derived, pt_tuple_get(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    if (pt_tid(cls) != PT_TID_TYPE) {
        PtObject *hook = pt_type_lookup(pt_type(cls), PT_ID(__subclasscheck__));
        if (hook != NULL) {
            PtObject *args[2] = {cls, derived};
            PtObject *r = pt_object_call(hook, args, 2, NULL);
            if (r == NULL) {
                return -1;
            }
            int t = pt_object_is_true(r);
            pt_decref(r);
            return t;
        }
    }
    if (!is_type(derived)) {
        pt_err_set_string(pt_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type(cls)) {
        pt_err_set_string(pt_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return pt_type_is_subtype((PtType *)derived, (PtType *)cls);
}

// ---- Attributes ----

static int check_name(PtObject *name) {
    if (!pt_is_str(name)) {
        pt_err_format(pt_exc_TypeError, "attribute name must be string, not '%s'", pt_type_name_of(name));
        return -1;
    }
    return 0;
}

PtObject *pt_object_getattr(PtObject *v, PtObject *name) {
    if (check_name(name) < 0) {
        return NULL;
    }
    PtType *t = pt_type(v);
    if (t->getattro != NULL) {
        return t->getattro(v, name);
    }
    return pt_object_generic_getattr(v, name);
}

PtObject *pt_object_getattr_str(PtObject *v, const char *name) {
    PtObject *n = pt_str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_getattr(v, n);
    pt_decref(n);
    return r;
}

int pt_object_lookup_attr(PtObject *v, PtObject *name, PtObject **out) {
    *out = pt_object_getattr(v, name);
    if (*out != NULL) {
        return 1;
    }
    if (pt_err_matches(pt_exc_AttributeError)) {
        pt_err_clear();
        return 0;
    }
    return -1;
}

int pt_object_setattr(PtObject *v, PtObject *name, PtObject *value) {
    if (check_name(name) < 0) {
        return -1;
    }
    PtType *t = pt_type(v);
    if (t->setattro != NULL) {
        return t->setattro(v, name, value);
    }
    if (t->getattro == NULL || t->getattro == pt_object_generic_getattr) {
        return pt_object_generic_setattr(v, name, value);
    }
    pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(t), name);
    return -1;
}

int pt_object_setattr_str(PtObject *v, const char *name, PtObject *value) {
    PtObject *n = pt_str_intern_cstr(name);
    if (n == NULL) {
        return -1;
    }
    int r = pt_object_setattr(v, n, value);
    pt_decref(n);
    return r;
}

int pt_object_delattr(PtObject *v, PtObject *name) { return pt_object_setattr(v, name, NULL); }

int pt_object_hasattr_str(PtObject *v, const char *name) {
    PtObject *n = pt_str_intern_cstr(name), *r = NULL;
    if (n == NULL) {
        pt_err_clear();
        return 0;
    }
    int found = pt_object_lookup_attr(v, n, &r);
    pt_decref(n);
    pt_xdecref(r);
    if (found < 0) {
        pt_err_clear();
        return 0;
    }
    return found;
}

// ---- Calls ----

PtObject *pt_object_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtType *t = pt_type(callable);
    if (t->call == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not callable", pt_type_name(t));
    }
    if (pt_enter_recursive_call(" while calling a Python object")) {
        return NULL;
    }
    PtObject *r = t->call(callable, args, nargs, kwnames);
    pt_leave_recursive_call();
#if PT_DEBUG
    if ((r == NULL) != (pt_err_occurred() != NULL)) {
        pt_fatal("%s returned %s", t->name, r == NULL ? "NULL without an exception" : "a result with an exception set");
    }
#endif
    return r;
}

PtObject *pt_object_call0(PtObject *callable) { return pt_object_call(callable, NULL, 0, NULL); }

PtObject *pt_object_call1(PtObject *callable, PtObject *a) { return pt_object_call(callable, &a, 1, NULL); }

PtObject *pt_object_call2(PtObject *callable, PtObject *a, PtObject *b) {
    PtObject *args[2] = {a, b};
    return pt_object_call(callable, args, 2, NULL);
}

// Call with a tuple and an optional dict: unpack into a vectorcall array.
PtObject *pt_object_call_tuple_dict(PtObject *callable, PtObject *args, PtObject *kwargs) {
    pt_ssize npos = args != NULL ? pt_tuple_len(args) : 0;
    pt_ssize nkw = kwargs != NULL ? pt_dict_len(kwargs) : 0;
    if (nkw == 0) {
        return pt_object_call(callable, npos ? pt_tuple_items(args) : NULL, (size_t)npos, NULL);
    }
    size_t n = (size_t)(npos + nkw);
    PtObject **stack = pt_mem_alloc(n * sizeof(PtObject *));
    PtObject *kwnames = pt_tuple_new(nkw);
    PtObject *r = NULL;
    if (stack == NULL || kwnames == NULL) {
        pt_err_no_memory();
        goto done;
    }
    for (pt_ssize i = 0; i < npos; i++) {
        stack[i] = pt_tuple_get(args, i);
    }
    pt_ssize pos = 0, i = 0;
    PtObject *k, *v;
    while (pt_dict_next(kwargs, &pos, &k, &v)) {
        if (!pt_is_str(k)) {
            pt_err_set_string(pt_exc_TypeError, "keywords must be strings");
            goto done;
        }
        pt_tuple_set_steal(kwnames, i, pt_newref(k));
        stack[npos + i] = v;
        i++;
    }
    r = pt_object_call(callable, stack, (size_t)npos, kwnames);
done:
    pt_mem_free(stack, n * sizeof(PtObject *));
    pt_xdecref(kwnames);
    return r;
}

PtObject *pt_object_call_method(PtObject *obj, PtObject *name, PtObject *const *args, size_t nargs,
                                PtObject *kwnames) {
    PtObject *meth = pt_type_lookup(pt_type(obj), name);
    PtType *mt = meth != NULL ? pt_type(meth) : NULL;
    // Plain functions and method descriptors found on the type: call unbound
    // with obj prepended, skipping the bound-method object.
    if (mt != NULL && (mt == &pt_function_type || mt == &pt_method_descr_type)) {
        size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
        PtObject *small[8];
        size_t total = nargs + nkw + 1;
        PtObject **stack = total <= 8 ? small : pt_mem_alloc(total * sizeof(PtObject *));
        if (stack == NULL) {
            return pt_err_no_memory();
        }
        stack[0] = obj;
        if (nargs + nkw > 0) {
            memcpy(stack + 1, args, (nargs + nkw) * sizeof(PtObject *));
        }
        pt_incref(meth);
        PtObject *r = pt_object_call(meth, stack, nargs + 1, kwnames);
        pt_decref(meth);
        if (stack != small) {
            pt_mem_free(stack, total * sizeof(PtObject *));
        }
        return r;
    }
    PtObject *bound = pt_object_getattr(obj, name);
    if (bound == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call(bound, args, nargs, kwnames);
    pt_decref(bound);
    return r;
}

PtObject *pt_object_call_method_str(PtObject *obj, const char *name, PtObject *const *args, size_t nargs) {
    PtObject *n = pt_str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method(obj, n, args, nargs, NULL);
    pt_decref(n);
    return r;
}

int pt_callable_check(PtObject *v) { return pt_type(v)->call != NULL; }

// ---- Numbers ----

// Offsets of the binary slots in PtNumberMethods, indexed by PT_BINOP_*.
static const size_t binop_slot[PT_BINOP_COUNT] = {
    offsetof(PtNumberMethods, add),      offsetof(PtNumberMethods, and_),
    offsetof(PtNumberMethods, floordiv), offsetof(PtNumberMethods, lshift),
    offsetof(PtNumberMethods, matmul),   offsetof(PtNumberMethods, mul),
    offsetof(PtNumberMethods, mod),      offsetof(PtNumberMethods, or_),
    offsetof(PtNumberMethods, pow),      offsetof(PtNumberMethods, rshift),
    offsetof(PtNumberMethods, sub),      offsetof(PtNumberMethods, truediv),
    offsetof(PtNumberMethods, xor),
};
static const size_t inplace_slot[PT_BINOP_COUNT] = {
    offsetof(PtNumberMethods, iadd),      offsetof(PtNumberMethods, iand),
    offsetof(PtNumberMethods, ifloordiv), offsetof(PtNumberMethods, ilshift),
    offsetof(PtNumberMethods, imatmul),   offsetof(PtNumberMethods, imul),
    offsetof(PtNumberMethods, imod),      offsetof(PtNumberMethods, ior),
    offsetof(PtNumberMethods, ipow),      offsetof(PtNumberMethods, irshift),
    offsetof(PtNumberMethods, isub),      offsetof(PtNumberMethods, itruediv),
    offsetof(PtNumberMethods, ixor),
};
static const char *const binop_symbols[PT_BINOP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};
static const char *const inplace_symbols[PT_BINOP_COUNT] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

const char *pt_binop_symbol(int op) {
    return op >= PT_BINOP_INPLACE ? inplace_symbols[op - PT_BINOP_INPLACE] : binop_symbols[op];
}

static void *slot_at(PtType *t, size_t off) {
    if (t->as_number == NULL) {
        return NULL;
    }
    return *(void **)((char *)t->as_number + off);
}

// Call a binary (or ternary, for pow) slot; pow slots get pt_None as modulus.
static PtObject *call_slot(void *fn, int is_pow, PtObject *a, PtObject *b) {
    if (is_pow) {
        return ((PtTernaryFn)fn)(a, b, pt_None);
    }
    return ((PtBinaryFn)fn)(a, b);
}

// a OP b without the in-place step and without the error: NotImplemented if
// neither operand handles it.
static PtObject *binary_op1(PtObject *a, PtObject *b, int op) {
    PtType *ta = pt_type(a), *tb = pt_type(b);
    int is_pow = op == PT_BINOP_POW;
    void *sa = slot_at(ta, binop_slot[op]);
    void *sb = ta != tb ? slot_at(tb, binop_slot[op]) : NULL;
    if (sb == sa) {
        sb = NULL;
    }
    if (sa != NULL) {
        if (sb != NULL && pt_type_is_subtype(tb, ta)) {
            PtObject *r = call_slot(sb, is_pow, a, b);
            if (r != pt_NotImplemented) {
                return r;
            }
            pt_decref(r);
            sb = NULL;
        }
        PtObject *r = call_slot(sa, is_pow, a, b);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
    }
    if (sb != NULL) {
        return call_slot(sb, is_pow, a, b);
    }
    return pt_newref(pt_NotImplemented);
}

static PtObject *sequence_fallback(PtObject *a, PtObject *b, int op, int inplace) {
    PtSequenceMethods *sa = pt_type(a)->as_sequence, *sb = pt_type(b)->as_sequence;
    if (op == PT_BINOP_ADD && sa != NULL) {
        if (inplace && sa->inplace_concat != NULL) {
            return sa->inplace_concat(a, b);
        }
        if (sa->concat != NULL) {
            return sa->concat(a, b);
        }
    }
    if (op == PT_BINOP_MUL) {
        PtObject *seq = NULL, *n = NULL;
        if (sa != NULL && sa->repeat != NULL) {
            seq = a, n = b;
        } else if (sb != NULL && sb->repeat != NULL) {
            seq = b, n = a;
        }
        if (seq != NULL) {
            PtNumberMethods *nn = pt_type(n)->as_number;
            if (!pt_is_int(n) && (nn == NULL || nn->index == NULL)) {
                return pt_err_format(pt_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                     pt_type_name_of(n));
            }
            pt_ssize count = pt_number_as_ssize(n, pt_exc_OverflowError);
            if (count == -1 && pt_err_occurred()) {
                return NULL;
            }
            PtSequenceMethods *ss = pt_type(seq)->as_sequence;
            if (inplace && seq == a && ss->inplace_repeat != NULL) {
                return ss->inplace_repeat(seq, count);
            }
            return ss->repeat(seq, count);
        }
    }
    return pt_newref(pt_NotImplemented);
}

PtObject *pt_number_binop(PtObject *a, PtObject *b, int op) {
    int inplace = op >= PT_BINOP_INPLACE;
    int base = inplace ? op - PT_BINOP_INPLACE : op;
    if (inplace) {
        void *fn = slot_at(pt_type(a), inplace_slot[base]);
        if (fn != NULL) {
            PtObject *r = call_slot(fn, base == PT_BINOP_POW, a, b);
            if (r != pt_NotImplemented) {
                return r;
            }
            pt_decref(r);
        }
    }
    PtObject *r = binary_op1(a, b, base);
    if (r != pt_NotImplemented) {
        return r;
    }
    pt_decref(r);
    r = sequence_fallback(a, b, base, inplace);
    if (r != pt_NotImplemented) {
        return r;
    }
    pt_decref(r);
    if (base == PT_BINOP_POW) {
        return pt_err_format(pt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                             inplace ? "**=" : "** or pow()", pt_type_name_of(a), pt_type_name_of(b));
    }
    if (base == PT_BINOP_RSHIFT && !inplace && pt_is_heap(a) && pt_tid(a) == PT_TID_BUILTIN_FUNCTION) {
        PtObject *pname = pt_object_getattr_str(a, "__name__");
        int is_print = pname != NULL && pt_is_str(pname) && pt_str_eq_cstr(pname, "print");
        pt_xdecref(pname);
        pt_err_clear();
        if (is_print) {
            return pt_err_format(pt_exc_TypeError,
                                 "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
                                 "file=<output_stream>)\"?",
                                 pt_type_name_of(a), pt_type_name_of(b));
        }
    }
    return pt_err_format(pt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", pt_binop_symbol(op),
                         pt_type_name_of(a), pt_type_name_of(b));
}

PtObject *pt_number_power(PtObject *a, PtObject *b, PtObject *mod) {
    if (mod == pt_None) {
        return pt_number_binop(a, b, PT_BINOP_POW);
    }
    // Three-argument pow: try each operand's type in turn, as CPython does.
    PtType *types[3] = {pt_type(a), pt_type(b), pt_type(mod)};
    for (int i = 0; i < 3; i++) {
        int seen = 0;
        for (int j = 0; j < i; j++) {
            seen |= types[j] == types[i];
        }
        if (seen || types[i]->as_number == NULL || types[i]->as_number->pow == NULL) {
            continue;
        }
        PtObject *r = types[i]->as_number->pow(a, b, mod);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
    }
    return pt_err_format(pt_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         pt_type_name_of(a), pt_type_name_of(b), pt_type_name_of(mod));
}

static PtObject *unary(PtObject *v, size_t off, const char *what) {
    PtUnaryFn fn = (PtUnaryFn)slot_at(pt_type(v), off);
    if (fn != NULL) {
        return fn(v);
    }
    return pt_err_format(pt_exc_TypeError, "bad operand type for %s: '%s'", what, pt_type_name_of(v));
}

PtObject *pt_number_negative(PtObject *v) { return unary(v, offsetof(PtNumberMethods, neg), "unary -"); }
PtObject *pt_number_positive(PtObject *v) { return unary(v, offsetof(PtNumberMethods, pos), "unary +"); }
PtObject *pt_number_invert(PtObject *v) { return unary(v, offsetof(PtNumberMethods, invert), "unary ~"); }
PtObject *pt_number_absolute(PtObject *v) { return unary(v, offsetof(PtNumberMethods, abs), "abs()"); }

PtObject *pt_number_divmod(PtObject *a, PtObject *b) {
    PtType *ta = pt_type(a), *tb = pt_type(b);
    PtBinaryFn sa = (PtBinaryFn)slot_at(ta, offsetof(PtNumberMethods, divmod));
    PtBinaryFn sb = ta != tb ? (PtBinaryFn)slot_at(tb, offsetof(PtNumberMethods, divmod)) : NULL;
    if (sa != NULL) {
        PtObject *r = sa(a, b);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
    }
    if (sb != NULL && sb != sa) {
        PtObject *r = sb(a, b);
        if (r != pt_NotImplemented) {
            return r;
        }
        pt_decref(r);
    }
    return pt_err_format(pt_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         pt_type_name_of(a), pt_type_name_of(b));
}

PtObject *pt_number_index(PtObject *v) {
    if (pt_is_smallint(v) || pt_is_int_exact(v)) {
        return pt_newref(v);
    }
    PtUnaryFn fn = (PtUnaryFn)slot_at(pt_type(v), offsetof(PtNumberMethods, index));
    if (fn == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer", pt_type_name_of(v));
    }
    PtObject *r = fn(v);
    if (r != NULL && !pt_is_int(r)) {
        pt_err_format(pt_exc_TypeError, "__index__ returned non-int (type %T)", r);
        pt_decref(r);
        return NULL;
    }
    return r;
}

pt_ssize pt_number_as_ssize(PtObject *v, PtObject *exc) {
    if (pt_is_smallint(v)) {
        return (pt_ssize)pt_smallint_value(v);
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t r = pt_int_as_i64_overflow(i, &overflow);
    pt_decref(i);
    if (overflow) {
        if (exc == NULL) {
            return overflow < 0 ? INTPTR_MIN : INTPTR_MAX;
        }
        pt_err_format(exc, "cannot fit '%s' into an index-sized integer", pt_type_name_of(v));
        return -1;
    }
    return (pt_ssize)r;
}

PtObject *pt_number_long(PtObject *v) {
    if (pt_is_smallint(v) || pt_is_int_exact(v)) {
        return pt_newref(v);
    }
    return pt_object_call1((PtObject *)&pt_int_type, v);
}

PtObject *pt_number_float(PtObject *v) {
    if (pt_is_float_exact(v)) {
        return pt_newref(v);
    }
    return pt_object_call1((PtObject *)&pt_float_type, v);
}

// ---- Items and lengths ----

PtObject *pt_object_getitem(PtObject *o, PtObject *key) {
    PtType *t = pt_type(o);
    if (t->as_mapping != NULL && t->as_mapping->subscript != NULL) {
        return t->as_mapping->subscript(o, key);
    }
    if (t->as_sequence != NULL && t->as_sequence->item != NULL) {
        if (!pt_is_int(key) && (pt_type(key)->as_number == NULL || pt_type(key)->as_number->index == NULL)) {
            return pt_err_format(pt_exc_TypeError, "sequence index must be integer, not '%s'", pt_type_name_of(key));
        }
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (i < 0 && t->as_sequence->len != NULL) {
            pt_ssize n = t->as_sequence->len(o);
            if (n < 0) {
                return NULL;
            }
            i += n;
        }
        return t->as_sequence->item(o, i);
    }
    if (is_type(o)) {
        if (o == (PtObject *)&pt_type_type) {
            // type[int] is a GenericAlias in CPython; defer to __class_getitem__ below.
        }
        PtObject *cg = NULL;
        int r = pt_object_lookup_attr(o, PT_ID(__class_getitem__), &cg);
        if (r < 0) {
            return NULL;
        }
        if (r > 0) {
            PtObject *res = pt_object_call1(cg, key);
            pt_decref(cg);
            return res;
        }
        return pt_err_format(pt_exc_TypeError, "type '%s' is not subscriptable", pt_type_name((PtType *)o));
    }
    return pt_err_format(pt_exc_TypeError, "'%s' object is not subscriptable", pt_type_name(t));
}

int pt_object_setitem(PtObject *o, PtObject *key, PtObject *value) {
    PtType *t = pt_type(o);
    if (t->as_mapping != NULL && t->as_mapping->ass_subscript != NULL) {
        return t->as_mapping->ass_subscript(o, key, value);
    }
    if (value == NULL) {
        pt_err_format(pt_exc_TypeError, "'%s' object doesn't support item deletion", pt_type_name(t));
    } else {
        pt_err_format(pt_exc_TypeError, "'%s' object does not support item assignment", pt_type_name(t));
    }
    return -1;
}

int pt_object_delitem(PtObject *o, PtObject *key) { return pt_object_setitem(o, key, NULL); }

pt_ssize pt_object_len(PtObject *o) {
    PtType *t = pt_type(o);
    if (t->as_sequence != NULL && t->as_sequence->len != NULL) {
        return t->as_sequence->len(o);
    }
    if (t->as_mapping != NULL && t->as_mapping->len != NULL) {
        return t->as_mapping->len(o);
    }
    pt_err_format(pt_exc_TypeError, "object of type '%s' has no len()", pt_type_name(t));
    return -1;
}

pt_ssize pt_object_length_hint(PtObject *o, pt_ssize dflt) {
    PtType *t = pt_type(o);
    if ((t->as_sequence != NULL && t->as_sequence->len != NULL) || (t->as_mapping != NULL && t->as_mapping->len != NULL)) {
        pt_ssize n = pt_object_len(o);
        if (n >= 0) {
            return n;
        }
        if (!pt_err_matches(pt_exc_TypeError)) {
            return -1;
        }
        pt_err_clear();
    }
    PtObject *hint = pt_type_lookup(t, PT_ID(__length_hint__));
    if (hint == NULL) {
        return dflt;
    }
    PtObject *r = pt_object_call_method(o, PT_ID(__length_hint__), NULL, 0, NULL);
    if (r == NULL) {
        if (pt_err_matches(pt_exc_TypeError)) {
            pt_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == pt_NotImplemented) {
        pt_decref(r);
        return dflt;
    }
    if (!pt_is_int(r)) {
        pt_err_format(pt_exc_TypeError, "__length_hint__ must be an integer, not %T", r);
        pt_decref(r);
        return -1;
    }
    pt_ssize n = pt_int_as_ssize(r);
    pt_decref(r);
    if (n == -1 && pt_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        pt_err_set_string(pt_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

int pt_seq_contains(PtObject *seq, PtObject *v) {
    PtType *t = pt_type(seq);
    if (t->as_sequence != NULL && t->as_sequence->contains != NULL) {
        return t->as_sequence->contains(seq, v);
    }
    PtObject *it = pt_object_iter(seq);
    if (it == NULL) {
        if (pt_err_matches(pt_exc_TypeError)) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError, "argument of type '%s' is not iterable", pt_type_name(t));
        }
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

PtObject *pt_seq_list(PtObject *v) {
    PtObject *l = pt_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    if (pt_list_extend(l, v) < 0) {
        pt_decref(l);
        return NULL;
    }
    return l;
}

PtObject *pt_seq_tuple(PtObject *v) {
    if (pt_is_tuple_exact(v)) {
        return pt_newref(v);
    }
    if (pt_is_list_exact(v)) {
        return pt_list_as_tuple(v);
    }
    PtObject *l = pt_seq_list(v);
    if (l == NULL) {
        return NULL;
    }
    PtObject *t = pt_list_as_tuple(l);
    pt_decref(l);
    return t;
}

// ---- Iteration ----

PtObject *pt_object_iter(PtObject *v) {
    PtType *t = pt_type(v);
    if (t->iter != NULL) {
        PtObject *it = t->iter(v);
        if (it != NULL && pt_type(it)->iternext == NULL) {
            pt_err_format(pt_exc_TypeError, "iter() returned non-iterator of type '%s'", pt_type_name_of(it));
            pt_decref(it);
            return NULL;
        }
        return it;
    }
    if ((t->as_sequence != NULL && t->as_sequence->item != NULL) ||
        ((t->flags & PT_TF_HEAPTYPE) && t->as_mapping != NULL && t->as_mapping->subscript != NULL)) {
        return pt_seqiter_new(v);
    }
    return pt_err_format(pt_exc_TypeError, "'%s' object is not iterable", pt_type_name(t));
}

PtObject *pt_iter_next(PtObject *it) {
    PtType *t = pt_type(it);
    if (t->iternext == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not an iterator", pt_type_name(t));
    }
    PtObject *r = t->iternext(it);
    if (r == NULL && pt_err_occurred() && pt_err_matches(pt_exc_StopIteration)) {
        pt_err_clear();
    }
    return r;
}

int pt_iter_check(PtObject *v) { return pt_type(v)->iternext != NULL; }
