// src/obj/tuple.c: tuple, the immutable exact-size array.
//
// A tuple is one allocation: the header, the length, then the item
// references inline. The empty tuple is a single static object. Dead exact
// tuples of length 1..TUPLE_FREELIST_LEN wait on per-length freelists (linked
// through items[0]) because calls, returns and dict items make and drop
// small tuples constantly. pt_tuple_new hands out a tuple full of NULLs that
// the caller fills; until then traverse skips the NULLs, so tracking at once
// is safe, and the collector may later untrack tuples that hold no
// containers (DESIGN.md section 4).
//
// The hash is CPython's (3.8+) xxHash-based combination of the item hashes,
// so hash((1, 2)) is the same number as in CPython.
//
// Guards: tests/golden/types/tuple_*.py; docs/internals/containers.md.
#include <stdarg.h>
#include <string.h>

#include "pith/abstract.h"    // pt_object_hash, pt_object_richcompare_bool, pt_seq_tuple
#include "obj/dict.h"         // pt_dict_hash_key: fast item hashes
#include "obj/list.h"         // pt_repr_enter, pt_repr_leave
#include "obj/type.h"         // pt_genericalias_new for __class_getitem__
#include "pith/errors.h"      // pt_err_*, pt_exc_*
#include "pith/int.h"         // pt_int_from_ssize
#include "pith/iter.h"        // pt_tupleiter_new
#include "pith/list.h"        // pt_is_list_exact, pt_list_as_tuple
#include "pith/modsupport.h"  // pt_check_nargs, pt_check_no_kwargs
#include "pith/slice.h"       // pt_is_slice, pt_slice_unpack, pt_slice_adjust_indices
#include "pith/str.h"         // PtStrBuilder
#include "pith/tuple.h"       // PtTuple

// ---- Layout and helpers ----

#define TUPLE_FREELIST_LEN 20
#define TUPLE_FREELIST_MAX 2000

// The one empty tuple: static, never freed, not a GC object.
static PtTuple empty_tuple = {PT_STATIC_HEADER(TUPLE), 0};

// Freelists by length, linked through items[0]. Protected by the GIL.
static PtTuple *tuple_freelist[TUPLE_FREELIST_LEN + 1];
static int tuple_nfree[TUPLE_FREELIST_LEN + 1];

static inline size_t tuple_size(pt_ssize n) { return sizeof(PtTuple) + (size_t)n * sizeof(PtObject *); }

static inline PtTuple *as_tuple(PtObject *o) { return (PtTuple *)o; }

// ---- Constructors and destructor ----

// A tuple of `type` with n NULL items, untracked.
static PtTuple *tuple_alloc(PtType *type, pt_ssize n) {
    if (type == &pt_tuple_type && n <= TUPLE_FREELIST_LEN && tuple_freelist[n] != NULL) {
        PtTuple *t = tuple_freelist[n];
        tuple_freelist[n] = (PtTuple *)t->items[0];
        tuple_nfree[n]--;
        t->ob.refcnt = 1;
        memset(t->items, 0, (size_t)n * sizeof(PtObject *));
        return t;
    }
    if ((size_t)n > (PTRDIFF_MAX - sizeof(PtTuple)) / sizeof(PtObject *)) {
        pt_err_no_memory();
        return NULL;
    }
    PtTuple *t = as_tuple(pt_object_alloc(type, tuple_size(n)));
    if (t != NULL) {
        t->size = n;
    }
    return t;
}

PtObject *pt_tuple_new(pt_ssize size) {
    if (size == 0) {
        return pt_newref(&empty_tuple.ob);
    }
    if (size < 0) {
        return pt_err_bad_internal_call("pt_tuple_new");
    }
    PtTuple *t = tuple_alloc(&pt_tuple_type, size);
    if (t == NULL) {
        return NULL;
    }
    pt_gc_track(&t->ob);
    return &t->ob;
}

PtObject *pt_tuple_empty(void) { return &empty_tuple.ob; }

PtObject *pt_tuple_from_array(PtObject *const *items, size_t n) {
    PtObject *t = pt_tuple_new((pt_ssize)n);
    if (t == NULL || n == 0) {
        return t;
    }
    for (size_t i = 0; i < n; i++) {
        as_tuple(t)->items[i] = pt_newref(items[i]);
    }
    return t;
}

PtObject *pt_tuple_pack(size_t n, ...) {
    PtObject *t = pt_tuple_new((pt_ssize)n);
    if (t == NULL || n == 0) {
        return t;
    }
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        as_tuple(t)->items[i] = pt_newref(va_arg(ap, PtObject *));
    }
    va_end(ap);
    return t;
}

PtObject *pt_tuple_slice(PtObject *o, pt_ssize lo, pt_ssize hi) {
    PtTuple *t = as_tuple(o);
    lo = lo < 0 ? 0 : lo > t->size ? t->size : lo;
    hi = hi < lo ? lo : hi > t->size ? t->size : hi;
    if (lo == 0 && hi == t->size && pt_is_tuple_exact(o)) {
        return pt_newref(o);
    }
    return pt_tuple_from_array(t->items + lo, (size_t)(hi - lo));
}

static void tuple_dealloc(PtObject *o) {
    PtTuple *t = as_tuple(o);
    pt_ssize n = t->size;
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    for (pt_ssize i = n; --i >= 0;) {
        pt_xdecref(t->items[i]);
    }
    if (pt_tid(o) == PT_TID_TUPLE && n > 0 && n <= TUPLE_FREELIST_LEN &&
        tuple_nfree[n] < TUPLE_FREELIST_MAX) {
        t->items[0] = (PtObject *)tuple_freelist[n];
        tuple_freelist[n] = t;
        tuple_nfree[n]++;
        return;
    }
    pt_object_free(o, tuple_size(n));
}

// ---- GC support ----

static int tuple_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtTuple *t = as_tuple(o);
    for (pt_ssize i = t->size; --i >= 0;) {
        if (t->items[i] != NULL) {
            int r = visit(t->items[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

// No clear slot: a tuple cannot be emptied in place; the collector breaks
// cycles through the mutable objects a tuple cycle must contain.

// ---- Python-visible methods ----

// Index of the first item equal to `v` in [start, stop), or -1 (exception set only on error).
static pt_ssize find(PtTuple *t, PtObject *v, pt_ssize start, pt_ssize stop) {
    for (pt_ssize i = start; i < stop && i < t->size; i++) {
        int eq = pt_object_richcompare_bool(t->items[i], v, PT_EQ);
        if (eq != 0) {
            return eq > 0 ? i : -1;
        }
    }
    return -1;
}

static int index_bound(PtObject *v, pt_ssize len, pt_ssize *out) {
    if (!pt_slice_index_ok(v)) {
        pt_err_set_string(pt_exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (pt_slice_index(v, out) < 0) {
        return -1;
    }
    if (*out < 0) {
        *out += len;
        if (*out < 0) {
            *out = 0;
        }
    }
    return 0;
}

static PtObject *tuple_index(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtTuple *t = as_tuple(self);
    pt_ssize start = 0, stop = PT_SSIZE_MAX;
    if (nargs >= 2 && index_bound(args[1], t->size, &start) < 0) {
        return NULL;
    }
    if (nargs == 3 && index_bound(args[2], t->size, &stop) < 0) {
        return NULL;
    }
    pt_ssize i = find(t, args[0], start, stop);
    if (i < 0) {
        if (pt_err_occurred()) {
            return NULL;
        }
        return pt_err_set_string(pt_exc_ValueError, "tuple.index(x): x not in tuple");
    }
    return pt_int_from_ssize(i);
}

static PtObject *tuple_count(PtObject *self, PtObject *v) {
    PtTuple *t = as_tuple(self);
    pt_ssize count = 0;
    for (pt_ssize i = 0; i < t->size; i++) {
        int eq = pt_object_richcompare_bool(t->items[i], v, PT_EQ);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return pt_int_from_ssize(count);
}

// (tuple(self),): how copy and pickle rebuild a tuple subclass.
static PtObject *tuple_getnewargs(PtObject *self, PtObject *unused) {
    PtObject *plain = pt_tuple_from_array(as_tuple(self)->items, (size_t)as_tuple(self)->size);
    if (plain == NULL) {
        return NULL;
    }
    PtObject *res = pt_tuple_pack(1, plain);
    pt_decref(plain);
    return res;
}

static PtObject *tuple_sizeof(PtObject *self) {
    return pt_int_from_ssize((pt_ssize)tuple_size(as_tuple(self)->size));
}

static PtObject *tuple_sizeof_method(PtObject *self, PtObject *unused) { return tuple_sizeof(self); }

// cls[item]: a types.GenericAlias (PEP 585).
static PtObject *tuple_class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

// ---- Slots ----

static pt_ssize tuple_length(PtObject *self) { return as_tuple(self)->size; }

static PtObject *tuple_item(PtObject *self, pt_ssize i) {
    PtTuple *t = as_tuple(self);
    if ((size_t)i >= (size_t)t->size) {
        return pt_err_set_string(pt_exc_IndexError, "tuple index out of range");
    }
    return pt_newref(t->items[i]);
}

static int tuple_contains(PtObject *self, PtObject *v) {
    pt_ssize i = find(as_tuple(self), v, 0, as_tuple(self)->size);
    return i >= 0 ? 1 : pt_err_occurred() ? -1 : 0;
}

static PtObject *tuple_concat(PtObject *a, PtObject *b) {
    if (!pt_is_tuple(b)) {
        return pt_err_format(pt_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             pt_type_name_of(b));
    }
    PtTuple *x = as_tuple(a), *y = as_tuple(b);
    if (y->size == 0 && pt_is_tuple_exact(a)) {
        return pt_newref(a);
    }
    if (x->size == 0 && pt_is_tuple_exact(b)) {
        return pt_newref(b);
    }
    PtObject *res = pt_tuple_new(x->size + y->size);
    if (res == NULL) {
        return NULL;
    }
    for (pt_ssize i = 0; i < x->size; i++) {
        as_tuple(res)->items[i] = pt_newref(x->items[i]);
    }
    for (pt_ssize i = 0; i < y->size; i++) {
        as_tuple(res)->items[x->size + i] = pt_newref(y->items[i]);
    }
    return res;
}

static PtObject *tuple_repeat(PtObject *self, pt_ssize n) {
    PtTuple *t = as_tuple(self);
    if (n == 1 && pt_is_tuple_exact(self)) {
        return pt_newref(self);
    }
    if (n <= 0 || t->size == 0) {
        return pt_tuple_new(0);
    }
    if (n > PT_SSIZE_MAX / (pt_ssize)sizeof(PtObject *) / t->size) {
        return pt_err_no_memory();
    }
    PtObject *res = pt_tuple_new(t->size * n);
    if (res == NULL) {
        return NULL;
    }
    PtObject **dst = as_tuple(res)->items;
    for (pt_ssize j = 0; j < n; j++) {
        for (pt_ssize i = 0; i < t->size; i++) {
            *dst++ = pt_newref(t->items[i]);
        }
    }
    return res;
}

static PtObject *tuple_subscript(PtObject *self, PtObject *key) {
    PtTuple *t = as_tuple(self);
    if (pt_is_smallint(key)) {
        pt_ssize i = (pt_ssize)pt_smallint_value(key);
        return tuple_item(self, i < 0 ? i + t->size : i);
    }
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step;
        if (pt_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        pt_ssize n = pt_slice_adjust_indices(t->size, &start, &stop, step);
        if (step == 1) {
            return pt_tuple_slice(self, start, start + n);
        }
        PtObject *res = pt_tuple_new(n);
        if (res == NULL) {
            return NULL;
        }
        for (pt_ssize i = 0, cur = start; i < n; i++, cur += step) {
            as_tuple(res)->items[i] = pt_newref(t->items[cur]);
        }
        return res;
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        return tuple_item(self, i < 0 ? i + t->size : i);
    }
    return pt_err_format(pt_exc_TypeError, "tuple indices must be integers or slices, not %s",
                         pt_type_name_of(key));
}

// xxHash-style combination (CPython 3.8+): each item's hash is mixed into an
// accumulator with two multiplications and a rotation, then the length.
static pt_hash tuple_hash(PtObject *self) {
    const uint64_t prime1 = 11400714785074694791ULL;
    const uint64_t prime2 = 14029467366897019727ULL;
    const uint64_t prime5 = 2870177450012600261ULL;
    PtTuple *t = as_tuple(self);
    uint64_t acc = prime5;
    if (pt_enter_recursive_call("")) {
        return -1;
    }
    for (pt_ssize i = 0; i < t->size; i++) {
        pt_hash lane = pt_dict_hash_key(t->items[i]);
        if (lane == -1) {
            return -1;
        }
        acc += (uint64_t)lane * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
    }
    acc += (uint64_t)t->size ^ (prime5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (pt_hash)acc;
}

static PtObject *tuple_repr(PtObject *self) {
    PtTuple *t = as_tuple(self);
    if (t->size == 0) {
        return pt_str_from_cstr("()");
    }
    int rec = pt_repr_enter(self);
    if (rec != 0) {
        return rec > 0 ? pt_str_from_cstr("(...)") : NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int err = pt_sb_append_ascii(&sb, "(", 1);
    for (pt_ssize i = 0; err == 0 && i < t->size; i++) {
        PtObject *r = pt_object_repr(t->items[i]);
        err = r == NULL || (i > 0 && pt_sb_append_ascii(&sb, ", ", 2) < 0) || pt_sb_append_str(&sb, r) < 0;
        pt_xdecref(r);
    }
    pt_repr_leave(self);
    if (err || pt_sb_append_ascii(&sb, t->size == 1 ? ",)" : ")", t->size == 1 ? 2 : 1) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

// Lexicographic, like list: the first differing items decide.
static PtObject *tuple_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_tuple(a) || !pt_is_tuple(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtTuple *x = as_tuple(a), *y = as_tuple(b);
    if ((op == PT_EQ || op == PT_NE) && x->size != y->size) {
        return pt_newref(pt_bool(op == PT_NE));
    }
    pt_ssize i;
    for (i = 0; i < x->size && i < y->size; i++) {
        int eq = pt_object_richcompare_bool(x->items[i], y->items[i], PT_EQ);
        if (eq < 0) {
            return NULL;
        }
        if (!eq) {
            break;
        }
    }
    if (i >= x->size || i >= y->size) {
        pt_ssize sx = x->size, sy = y->size;
        int r;
        switch (op) {
        case PT_LT: r = sx < sy; break;
        case PT_LE: r = sx <= sy; break;
        case PT_EQ: r = sx == sy; break;
        case PT_NE: r = sx != sy; break;
        case PT_GT: r = sx > sy; break;
        default: r = sx >= sy; break;
        }
        return pt_newref(pt_bool(r));
    }
    if (op == PT_EQ || op == PT_NE) {
        return pt_newref(pt_bool(op == PT_NE));
    }
    return pt_object_richcompare(x->items[i], y->items[i], op);
}

static PtObject *tuple_iter(PtObject *self) { return pt_tupleiter_new(self); }

// tuple(iterable): exact tuples are returned as is; subclasses copy the items.
static PtObject *tuple_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_tuple_type && pt_check_no_kwargs("tuple", kwnames) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        return pt_err_format(pt_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    }
    if (type == &pt_tuple_type) {
        return nargs == 0 ? pt_tuple_new(0) : pt_seq_tuple(args[0]);
    }
    PtObject *plain = nargs == 0 ? pt_tuple_new(0) : pt_seq_tuple(args[0]);
    if (plain == NULL) {
        return NULL;
    }
    pt_ssize n = pt_tuple_len(plain);
    PtTuple *t = tuple_alloc(type, n);
    if (t != NULL) {
        for (pt_ssize i = 0; i < n; i++) {
            t->items[i] = pt_newref(pt_tuple_get(plain, i));
        }
        pt_gc_track(&t->ob);
    }
    pt_decref(plain);
    return (PtObject *)t;
}

// ---- Method table ----

static const PtMethodDef tuple_methods[] = {
    {"__getitem__", PT_FN(tuple_subscript), PT_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__getnewargs__", PT_FN(tuple_getnewargs), PT_METH_NOARGS, NULL},
    {"__sizeof__", PT_FN(tuple_sizeof_method), PT_METH_NOARGS, "Size of object in memory, in bytes."},
    {"index", PT_FN(tuple_index), PT_METH_FAST,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", PT_FN(tuple_count), PT_METH_O, "Return number of occurrences of value."},
    {"__class_getitem__", PT_FN(tuple_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PtSequenceMethods tuple_as_sequence = {
    .len = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static PtMappingMethods tuple_as_mapping = {
    .len = tuple_length,
    .subscript = tuple_subscript,
};

// ---- The type object ----

PtType pt_tuple_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "tuple",
    .tid = PT_TID_TUPLE,
    .basicsize = sizeof(PtTuple),
    .itemsize = sizeof(PtObject *),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_TUPLE_SUB | PT_TF_SEQUENCE,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
    .sizeof_ = tuple_sizeof,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty "
           "tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the "
           "argument is a tuple, the return value is the same object.",
};
