// src/obj/range.c: range, the lazy arithmetic sequence.
//
// A range holds four ints: start, stop, step and its length, computed once
// at construction. They may be big ints, so everything that derives values
// (indexing, slicing, membership, index) goes through int arithmetic; when
// all four are small ints, which is nearly always, a C fast path does the
// same work with int64 (every intermediate stays within 64 bits because
// small ints have 62 magnitude bits). `in` and index() on ints are O(1).
//
// Iteration is in iter.c: a C-integer iterator when the values fit, a
// big-int one otherwise. The VM may also special-case `for i in range(...)`.
//
// Guards: tests/golden/types/range_*.py; docs/internals/containers.md.
#include "pith/abstract.h"    // pt_number_index, pt_number_binop, pt_object_richcompare_bool
#include "pith/errors.h"      // pt_err_*, pt_exc_*
#include "pith/int.h"         // pt_int_add, pt_int_sub, pt_int_mul, pt_int_compare, pt_int_sign
#include "pith/iter.h"        // pt_rangeiter_new
#include "pith/modsupport.h"  // pt_check_no_kwargs, pt_check_nargs
#include "pith/slice.h"       // pt_is_slice, pt_slice_index
#include "pith/str.h"         // pt_str_format
#include "pith/tuple.h"       // pt_tuple_pack

// ---- Layout and helpers ----

typedef struct PtRange {
    PtObject ob;
    PtObject *start, *stop, *step, *length;  // exact ints
} PtRange;

static inline PtRange *as_range(PtObject *o) { return (PtRange *)o; }

static inline int all_small(PtRange *r) {
    return pt_is_smallint(r->start) && pt_is_smallint(r->stop) && pt_is_smallint(r->step) &&
           pt_is_smallint(r->length);
}

// Number of items of range(lo, hi, step) for small ints; fits in int64.
static int64_t small_length(int64_t lo, int64_t hi, int64_t step) {
    if (step > 0 && lo < hi) {
        return (int64_t)(((uint64_t)(hi - lo) - 1) / (uint64_t)step) + 1;
    }
    if (step < 0 && lo > hi) {
        return (int64_t)(((uint64_t)(lo - hi) - 1) / (uint64_t)(-step)) + 1;
    }
    return 0;
}

// The same for any ints: (hi - lo - 1) // step + 1 when the range is non-empty. New reference.
static PtObject *compute_length(PtObject *lo, PtObject *hi, PtObject *step) {
    if (pt_is_smallint(lo) && pt_is_smallint(hi) && pt_is_smallint(step)) {
        return pt_int_from_i64(small_length(pt_smallint_value(lo), pt_smallint_value(hi), pt_smallint_value(step)));
    }
    int sign = pt_int_sign(step);
    PtObject *a = lo, *b = hi;
    if (sign < 0) {
        a = hi;
        b = lo;
    }
    if (pt_int_compare(a, b) >= 0) {
        return pt_int_from_i64(0);
    }
    PtObject *diff = pt_int_sub(b, a), *t = NULL, *q = NULL, *absstep = NULL, *res = NULL;
    if (diff == NULL || (t = pt_int_sub(diff, pt_smallint(1))) == NULL) {
        goto done;
    }
    absstep = sign < 0 ? pt_number_negative(step) : pt_newref(step);
    if (absstep == NULL || (q = pt_number_binop(t, absstep, PT_BINOP_FLOORDIV)) == NULL) {
        goto done;
    }
    res = pt_int_add(q, pt_smallint(1));
done:
    pt_xdecref(diff);
    pt_xdecref(t);
    pt_xdecref(absstep);
    pt_xdecref(q);
    return res;
}

// start + i * step for an int i. New reference.
static PtObject *compute_item(PtRange *r, PtObject *i) {
    if (pt_is_smallint(i) && all_small(r)) {
        return pt_int_from_i64(pt_smallint_value(r->start) + pt_smallint_value(i) * pt_smallint_value(r->step));
    }
    PtObject *m = pt_int_mul(i, r->step);
    if (m == NULL) {
        return NULL;
    }
    PtObject *res = pt_int_add(r->start, m);
    pt_decref(m);
    return res;
}

// A range object from ints (references taken), computing the length.
static PtObject *range_make(PtType *type, PtObject *start, PtObject *stop, PtObject *step) {
    PtObject *len = compute_length(start, stop, step);
    if (len == NULL) {
        return NULL;
    }
    PtRange *r = as_range(pt_object_alloc(type, sizeof(PtRange)));
    if (r == NULL) {
        pt_decref(len);
        return NULL;
    }
    r->start = pt_newref(start);
    r->stop = pt_newref(stop);
    r->step = pt_newref(step);
    r->length = len;
    return &r->ob;
}

// Is the int `v` one of r's values? 1/0/-1. O(1).
static int contains_int(PtRange *r, PtObject *v) {
    if (pt_is_smallint(v) && all_small(r)) {
        int64_t x = pt_smallint_value(v), lo = pt_smallint_value(r->start);
        int64_t hi = pt_smallint_value(r->stop), st = pt_smallint_value(r->step);
        int in = st > 0 ? (lo <= x && x < hi) : (hi < x && x <= lo);
        return in && ((uint64_t)(st > 0 ? x - lo : lo - x) % (uint64_t)(st > 0 ? st : -st)) == 0;
    }
    int in = pt_int_sign(r->step) > 0 ? pt_int_compare(r->start, v) <= 0 && pt_int_compare(v, r->stop) < 0
                                      : pt_int_compare(r->stop, v) < 0 && pt_int_compare(v, r->start) <= 0;
    if (!in) {
        return 0;
    }
    PtObject *d = pt_int_sub(v, r->start);
    PtObject *m = d != NULL ? pt_number_binop(d, r->step, PT_BINOP_MOD) : NULL;
    pt_xdecref(d);
    if (m == NULL) {
        return -1;
    }
    int zero = pt_int_sign(m) == 0;
    pt_decref(m);
    return zero;
}

static int is_exact_int(PtObject *v) { return pt_is_smallint(v) || pt_tid(v) == PT_TID_INT || pt_tid(v) == PT_TID_BOOL; }

// Index of `v` by comparing each item with ==, for non-int values. -1 if absent (no error).
static pt_ssize linear_find(PtObject *self, PtObject *v, int *err) {
    PtObject *it = pt_object_iter(self), *x;
    *err = 0;
    if (it == NULL) {
        *err = 1;
        return -1;
    }
    for (pt_ssize i = 0; (x = pt_iter_next(it)) != NULL; i++) {
        int eq = pt_object_richcompare_bool(x, v, PT_EQ);
        pt_decref(x);
        if (eq != 0) {
            pt_decref(it);
            *err = eq < 0;
            return eq > 0 ? i : -1;
        }
    }
    pt_decref(it);
    *err = pt_err_occurred() != NULL;
    return -1;
}

// ---- Constructors and destructor ----

// New reference: range(start, stop, step) from C integers (step != 0).
PtObject *pt_range_new(int64_t start, int64_t stop, int64_t step) {
    PtObject *a = pt_int_from_i64(start), *b = pt_int_from_i64(stop), *c = pt_int_from_i64(step);
    PtObject *r = a && b && c ? range_make(&pt_range_type, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return r;
}

static void range_dealloc(PtObject *o) {
    PtRange *r = as_range(o);
    pt_decref(r->start);
    pt_decref(r->stop);
    pt_decref(r->step);
    pt_decref(r->length);
    pt_object_free(o, sizeof(PtRange));
}

// ---- GC support ----
// None: a range holds only ints, which cannot form cycles.

// ---- Python-visible methods ----

static PtObject *range_count(PtObject *self, PtObject *v) {
    if (is_exact_int(v)) {
        int r = contains_int(as_range(self), v);
        return r < 0 ? NULL : pt_int_from_i64(r);
    }
    PtObject *it = pt_object_iter(self), *x;
    if (it == NULL) {
        return NULL;
    }
    pt_ssize n = 0;
    while ((x = pt_iter_next(it)) != NULL) {
        int eq = pt_object_richcompare_bool(x, v, PT_EQ);
        pt_decref(x);
        if (eq < 0) {
            pt_decref(it);
            return NULL;
        }
        n += eq;
    }
    pt_decref(it);
    return pt_err_occurred() ? NULL : pt_int_from_ssize(n);
}

static PtObject *range_index(PtObject *self, PtObject *v) {
    PtRange *r = as_range(self);
    if (is_exact_int(v)) {
        int c = contains_int(r, v);
        if (c < 0) {
            return NULL;
        }
        if (c == 0) {
            return pt_err_format(pt_exc_ValueError, "%R is not in range", v);
        }
        PtObject *d = pt_int_sub(v, r->start);
        PtObject *q = d != NULL ? pt_number_binop(d, r->step, PT_BINOP_FLOORDIV) : NULL;
        pt_xdecref(d);
        return q;
    }
    int err;
    pt_ssize i = linear_find(self, v, &err);
    if (err) {
        return NULL;
    }
    if (i < 0) {
        return pt_err_set_string(pt_exc_ValueError, "sequence.index(x): x not in sequence");
    }
    return pt_int_from_ssize(i);
}

static PtObject *range_reduce(PtObject *self, PtObject *unused) {
    PtRange *r = as_range(self);
    PtObject *args = pt_tuple_pack(3, r->start, r->stop, r->step);
    if (args == NULL) {
        return NULL;
    }
    PtObject *res = pt_tuple_pack(2, (PtObject *)&pt_range_type, args);
    pt_decref(args);
    return res;
}

// reversed(range): iterate from the last item down by -step.
static PtObject *range_reversed(PtObject *self, PtObject *unused) {
    PtRange *r = as_range(self);
    PtObject *lastidx = pt_int_sub(r->length, pt_smallint(1));
    PtObject *last = lastidx != NULL ? compute_item(r, lastidx) : NULL;
    PtObject *negstep = last != NULL ? pt_number_negative(r->step) : NULL;
    PtObject *res = negstep != NULL ? pt_rangeiter_new(last, negstep, r->length) : NULL;
    pt_xdecref(lastidx);
    pt_xdecref(last);
    pt_xdecref(negstep);
    return res;
}

// ---- Slots ----

static pt_ssize range_length(PtObject *self) {
    PtObject *len = as_range(self)->length;
    if (pt_is_smallint(len)) {
        return (pt_ssize)pt_smallint_value(len);
    }
    return pt_int_as_ssize(len);  // OverflowError for huge ranges
}

static int range_bool(PtObject *self) { return pt_int_sign(as_range(self)->length) != 0; }

static int range_contains(PtObject *self, PtObject *v) {
    if (is_exact_int(v)) {
        return contains_int(as_range(self), v);
    }
    int err;
    pt_ssize i = linear_find(self, v, &err);
    return err ? -1 : i >= 0;
}

// r[i] for an int i (any size), negative counting from the end.
static PtObject *range_item_obj(PtRange *r, PtObject *i) {
    PtObject *idx = pt_newref(i);
    if (pt_int_sign(idx) < 0) {
        PtObject *t = pt_int_add(idx, r->length);
        pt_decref(idx);
        if ((idx = t) == NULL) {
            return NULL;
        }
    }
    if (pt_int_sign(idx) < 0 || pt_int_compare(idx, r->length) >= 0) {
        pt_decref(idx);
        return pt_err_set_string(pt_exc_IndexError, "range object index out of range");
    }
    PtObject *res = compute_item(r, idx);
    pt_decref(idx);
    return res;
}

static PtObject *range_sq_item(PtObject *self, pt_ssize i) {
    PtObject *idx = pt_int_from_ssize(i);
    if (idx == NULL) {
        return NULL;
    }
    PtObject *res = range_item_obj(as_range(self), idx);
    pt_decref(idx);
    return res;
}

// Clip one slice bound (None or an index) against `length` with big-int
// arithmetic: negative counts from the end, then into [lower, upper]. New reference.
static PtObject *clip_long(PtObject *v, PtObject *dflt, PtObject *length, PtObject *lower, PtObject *upper) {
    if (v == pt_None) {
        return pt_newref(dflt);
    }
    if (!pt_slice_index_ok(v)) {
        return pt_err_set_string(pt_exc_TypeError,
                                 "slice indices must be integers or None or have an __index__ method");
    }
    PtObject *i = pt_number_index(v);
    if (i != NULL && pt_int_sign(i) < 0) {
        PtObject *t = pt_int_add(i, length);
        pt_decref(i);
        i = t;
    }
    if (i == NULL) {
        return NULL;
    }
    if (pt_int_compare(i, lower) < 0) {
        pt_setref(&i, pt_newref(lower));
    } else if (pt_int_compare(i, upper) > 0) {
        pt_setref(&i, pt_newref(upper));
    }
    return i;
}

// r[a:b:c] is a range: start + a*step, start + b*step, step*c, with the
// bounds clipped against the length like any sequence's (in big ints, since
// the length may exceed pt_ssize).
static PtObject *range_slice(PtRange *r, PtObject *slice) {
    PtSlice *sl = (PtSlice *)slice;
    PtObject *step = NULL, *lower = NULL, *upper = NULL, *a = NULL, *b = NULL;
    PtObject *na = NULL, *nb = NULL, *nc = NULL, *res = NULL;
    if (sl->step == pt_None) {
        step = pt_smallint(1);
    } else if (!pt_slice_index_ok(sl->step)) {
        return pt_err_set_string(pt_exc_TypeError,
                                 "slice indices must be integers or None or have an __index__ method");
    } else if ((step = pt_number_index(sl->step)) == NULL) {
        return NULL;
    } else if (pt_int_sign(step) == 0) {
        pt_decref(step);
        return pt_err_set_string(pt_exc_ValueError, "slice step cannot be zero");
    }
    int back = pt_int_sign(step) < 0;
    lower = back ? pt_smallint(-1) : pt_smallint(0);
    upper = back ? pt_int_sub(r->length, pt_smallint(1)) : pt_newref(r->length);
    if (upper == NULL) {
        goto done;
    }
    a = clip_long(sl->start, back ? upper : lower, r->length, lower, upper);
    b = a != NULL ? clip_long(sl->stop, back ? lower : upper, r->length, lower, upper) : NULL;
    if (b != NULL && (na = compute_item(r, a)) != NULL && (nb = compute_item(r, b)) != NULL &&
        (nc = pt_int_mul(r->step, step)) != NULL) {
        res = range_make(&pt_range_type, na, nb, nc);
    }
done:
    pt_xdecref(step);
    pt_xdecref(upper);
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(na);
    pt_xdecref(nb);
    pt_xdecref(nc);
    return res;
}

static PtObject *range_subscript(PtObject *self, PtObject *key) {
    PtRange *r = as_range(self);
    if (pt_is_slice(key)) {
        return range_slice(r, key);
    }
    if (pt_slice_index_ok(key)) {
        PtObject *i = pt_number_index(key);
        if (i == NULL) {
            return NULL;
        }
        PtObject *res = range_item_obj(r, i);
        pt_decref(i);
        return res;
    }
    return pt_err_format(pt_exc_TypeError, "range indices must be integers or slices, not %s",
                         pt_type_name_of(key));
}

// Ranges are equal when they produce the same sequence.
static int range_equal(PtRange *a, PtRange *b) {
    if (a == b) {
        return 1;
    }
    if (pt_int_compare(a->length, b->length) != 0) {
        return 0;
    }
    if (pt_int_sign(a->length) == 0) {
        return 1;
    }
    if (pt_int_compare(a->start, b->start) != 0) {
        return 0;
    }
    if (pt_int_compare(a->length, pt_smallint(1)) == 0) {
        return 1;
    }
    return pt_int_compare(a->step, b->step) == 0;
}

static PtObject *range_richcompare(PtObject *a, PtObject *b, int op) {
    if (pt_tid(b) != PT_TID_RANGE || (op != PT_EQ && op != PT_NE)) {
        return pt_newref(pt_NotImplemented);
    }
    int eq = range_equal(as_range(a), as_range(b));
    return pt_newref(pt_bool(eq == (op == PT_EQ)));
}

// Equal ranges hash alike: by (len, start, step), ignoring what does not matter.
static pt_hash range_hash(PtObject *self) {
    PtRange *r = as_range(self);
    PtObject *t;
    if (pt_int_sign(r->length) == 0) {
        t = pt_tuple_pack(3, r->length, pt_None, pt_None);
    } else if (pt_int_compare(r->length, pt_smallint(1)) == 0) {
        t = pt_tuple_pack(3, r->length, r->start, pt_None);
    } else {
        t = pt_tuple_pack(3, r->length, r->start, r->step);
    }
    if (t == NULL) {
        return -1;
    }
    pt_hash h = pt_object_hash(t);
    pt_decref(t);
    return h;
}

static PtObject *range_repr(PtObject *self) {
    PtRange *r = as_range(self);
    if (pt_is_smallint(r->step) && pt_smallint_value(r->step) == 1) {
        return pt_str_format("range(%R, %R)", r->start, r->stop);
    }
    return pt_str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static PtObject *range_iter(PtObject *self) {
    PtRange *r = as_range(self);
    return pt_rangeiter_new(r->start, r->step, r->length);
}

static PtObject *range_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("range", kwnames) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return pt_err_set_string(pt_exc_TypeError, "range expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        return pt_err_format(pt_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    }
    PtObject *v[3] = {NULL, NULL, NULL}, *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if ((v[i] = pt_number_index(args[i])) == NULL) {
            goto done;
        }
    }
    if (nargs == 1) {
        res = range_make(type, pt_smallint(0), v[0], pt_smallint(1));
    } else if (nargs == 2) {
        res = range_make(type, v[0], v[1], pt_smallint(1));
    } else if (pt_int_sign(v[2]) == 0) {
        pt_err_set_string(pt_exc_ValueError, "range() arg 3 must not be zero");
    } else {
        res = range_make(type, v[0], v[1], v[2]);
    }
done:
    for (int i = 0; i < 3; i++) {
        pt_xdecref(v[i]);
    }
    return res;
}

// ---- Method table ----

static const PtMethodDef range_methods[] = {
    {"__reversed__", PT_FN(range_reversed), PT_METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", PT_FN(range_reduce), PT_METH_NOARGS, NULL},
    {"count", PT_FN(range_count), PT_METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", PT_FN(range_index), PT_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef range_members[] = {
    {"start", PT_MEMBER_OBJECT, offsetof(PtRange, start), PT_MEMBER_READONLY, NULL},
    {"stop", PT_MEMBER_OBJECT, offsetof(PtRange, stop), PT_MEMBER_READONLY, NULL},
    {"step", PT_MEMBER_OBJECT, offsetof(PtRange, step), PT_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PtNumberMethods range_as_number = {
    .bool_ = range_bool,
};

static PtSequenceMethods range_as_sequence = {
    .len = range_length,
    .item = range_sq_item,
    .contains = range_contains,
};

static PtMappingMethods range_as_mapping = {
    .len = range_length,
    .subscript = range_subscript,
};

// ---- The type object ----

PtType pt_range_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "range",
    .tid = PT_TID_RANGE,
    .basicsize = sizeof(PtRange),
    .flags = PT_TF_SEQUENCE,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .methods = range_methods,
    .members = range_members,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object "
           "that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  "
           "range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  "
           "range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 "
           "integers.\nWhen step is given, it specifies the stride of the length.",
};
