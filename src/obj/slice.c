// src/obj/slice.c: the slice type and the index arithmetic of slicing.
//
// A slice is three references (start, stop, step), None when absent. It is
// immutable, compares like the tuple (start, stop, step), and is unhashable in
// 3.11. Sequences never look at the fields directly: they call
// pt_slice_unpack, then pt_slice_adjust_indices with their current length
// (include/pith/slice.h explains why the two steps are separate).
//
// `a[i:j]` builds a slice for every execution, so one dead exact slice is kept
// for reuse (slice_cache). Guarded by tests/golden/types/slice_*.py.
#include "pith/slice.h"     // PtSlice, pt_slice_*

#include "pith/abstract.h"  // pt_object_richcompare, pt_number_index, pt_object_repr
#include "pith/errors.h"    // pt_err_*, pt_exc_*
#include "pith/int.h"       // pt_int_sign, pt_int_as_ssize
#include "pith/str.h"       // pt_str_format
#include "pith/tuple.h"     // pt_tuple_pack
#include "pith/modsupport.h"  // pt_check_no_kwargs

// ---- Layout and helpers ----

// One spare exact slice (fields cleared), reused by pt_slice_new. Protected by the GIL.
static PtSlice *slice_cache;

// Store `v` clamped to the pt_ssize range; `v` must be an exact int.
static pt_ssize clamp_int(PtObject *v) {
    if (pt_is_smallint(v)) {
        return (pt_ssize)pt_smallint_value(v);  // 63 bits always fit
    }
    return pt_int_sign(v) < 0 ? PT_SSIZE_MIN : PT_SSIZE_MAX;
}

int pt_slice_index_ok(PtObject *v) {
    PtType *t = pt_type(v);
    return pt_is_int(v) || (t->as_number != NULL && t->as_number->index != NULL);
}

int pt_slice_index(PtObject *v, pt_ssize *out) {
    if (pt_is_smallint(v)) {
        *out = (pt_ssize)pt_smallint_value(v);
        return 0;
    }
    if (!pt_slice_index_ok(v)) {
        pt_err_set_string(pt_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    *out = clamp_int(i);
    pt_decref(i);
    return 0;
}

int pt_slice_unpack(PtObject *slice, pt_ssize *start, pt_ssize *stop, pt_ssize *step) {
    PtSlice *s = (PtSlice *)slice;
    if (s->step == pt_None) {
        *step = 1;
    } else {
        if (pt_slice_index(s->step, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            pt_err_set_string(pt_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        // -step must not overflow when a sequence reverses the slice.
        if (*step < -PT_SSIZE_MAX) {
            *step = -PT_SSIZE_MAX;
        }
    }
    if (s->start == pt_None) {
        *start = *step < 0 ? PT_SSIZE_MAX : 0;
    } else if (pt_slice_index(s->start, start) < 0) {
        return -1;
    }
    if (s->stop == pt_None) {
        *stop = *step < 0 ? PT_SSIZE_MIN : PT_SSIZE_MAX;
    } else if (pt_slice_index(s->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

// Clip one bound: negative counts from the end, then into [0, len] for a
// forward step or [-1, len - 1] for a backward one.
static pt_ssize clip_bound(pt_ssize i, pt_ssize length, pt_ssize step) {
    if (i < 0) {
        i += length;
        if (i < 0) {
            i = step < 0 ? -1 : 0;
        }
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

pt_ssize pt_slice_adjust_indices(pt_ssize length, pt_ssize *start, pt_ssize *stop, pt_ssize step) {
    *start = clip_bound(*start, length, step);
    *stop = clip_bound(*stop, length, step);
    if (step < 0) {
        return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    }
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

int pt_slice_get_indices(PtObject *slice, pt_ssize length, pt_ssize *start, pt_ssize *stop,
                         pt_ssize *step, pt_ssize *slicelength) {
    if (pt_slice_unpack(slice, start, stop, step) < 0) {
        return -1;
    }
    pt_ssize n = pt_slice_adjust_indices(length, start, stop, *step);
    if (slicelength != NULL) {
        *slicelength = n;
    }
    return 0;
}

// ---- Constructors and destructor ----

PtObject *pt_slice_new(PtObject *start, PtObject *stop, PtObject *step) {
    PtSlice *s = slice_cache;
    if (s != NULL) {
        slice_cache = NULL;
        s->ob.refcnt = 1;
    } else {
        s = (PtSlice *)pt_object_alloc(&pt_slice_type, sizeof(PtSlice));
        if (s == NULL) {
            return NULL;
        }
    }
    s->start = pt_newref(start != NULL ? start : pt_None);
    s->stop = pt_newref(stop != NULL ? stop : pt_None);
    s->step = pt_newref(step != NULL ? step : pt_None);
    pt_gc_track((PtObject *)s);
    return (PtObject *)s;
}

static void slice_dealloc(PtObject *o) {
    PtSlice *s = (PtSlice *)o;
    pt_gc_untrack(o);
    pt_clearref(&s->start);
    pt_clearref(&s->stop);
    pt_clearref(&s->step);
    if (slice_cache == NULL) {
        slice_cache = s;
        return;
    }
    pt_object_free(o, sizeof(PtSlice));
}

// ---- GC support ----

static int slice_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtSlice *s = (PtSlice *)o;
    int r;
    if (s->start != NULL && (r = visit(s->start, arg)) != 0) {
        return r;
    }
    if (s->stop != NULL && (r = visit(s->stop, arg)) != 0) {
        return r;
    }
    return s->step != NULL ? visit(s->step, arg) : 0;
}

// Slices cannot be emptied (fields are never NULL for readers), so the
// collector breaks cycles through them by clearing the other members.
static int slice_clear(PtObject *o) {
    PtSlice *s = (PtSlice *)o;
    pt_setref(&s->start, pt_newref(pt_None));
    pt_setref(&s->stop, pt_newref(pt_None));
    pt_setref(&s->step, pt_newref(pt_None));
    return 0;
}

// ---- Python-visible methods ----

// slice.indices(length) -> (start, stop, step), clipped to `length`.
static PtObject *slice_indices(PtObject *self, PtObject *arg) {
    pt_ssize length = pt_number_as_ssize(arg, pt_exc_OverflowError);
    if (length == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (length < 0) {
        return pt_err_set_string(pt_exc_ValueError, "length should not be negative");
    }
    pt_ssize start, stop, step;
    if (pt_slice_get_indices(self, length, &start, &stop, &step, NULL) < 0) {
        return NULL;
    }
    PtObject *a = pt_int_from_ssize(start), *b = pt_int_from_ssize(stop), *c = pt_int_from_ssize(step);
    PtObject *res = (a && b && c) ? pt_tuple_pack(3, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return res;
}

static PtObject *slice_reduce(PtObject *self, PtObject *unused) {
    PtSlice *s = (PtSlice *)self;
    PtObject *args = pt_tuple_pack(3, s->start, s->stop, s->step);
    if (args == NULL) {
        return NULL;
    }
    PtObject *res = pt_tuple_pack(2, (PtObject *)&pt_slice_type, args);
    pt_decref(args);
    return res;
}

// ---- Slots ----

static PtObject *slice_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_no_kwargs("slice", kwnames) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return pt_err_set_string(pt_exc_TypeError, "slice expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        return pt_err_format(pt_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    }
    if (nargs == 1) {
        return pt_slice_new(NULL, args[0], NULL);
    }
    return pt_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static PtObject *slice_repr(PtObject *self) {
    PtSlice *s = (PtSlice *)self;
    return pt_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

// Slices compare as the tuples of their fields.
static PtObject *slice_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_slice(b)) {
        return pt_newref(pt_NotImplemented);
    }
    if (a == b && (op == PT_EQ || op == PT_NE)) {
        return pt_newref(pt_bool(op == PT_EQ));
    }
    PtSlice *x = (PtSlice *)a, *y = (PtSlice *)b;
    PtObject *t1 = pt_tuple_pack(3, x->start, x->stop, x->step);
    PtObject *t2 = t1 != NULL ? pt_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    PtObject *res = t2 != NULL ? pt_object_richcompare(t1, t2, op) : NULL;
    pt_xdecref(t1);
    pt_xdecref(t2);
    return res;
}

// ---- Method table ----

static const PtMethodDef slice_methods[] = {
    {"indices", PT_FN(slice_indices), PT_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {"__reduce__", PT_FN(slice_reduce), PT_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef slice_members[] = {
    {"start", PT_MEMBER_OBJECT, offsetof(PtSlice, start), PT_MEMBER_READONLY, NULL},
    {"stop", PT_MEMBER_OBJECT, offsetof(PtSlice, stop), PT_MEMBER_READONLY, NULL},
    {"step", PT_MEMBER_OBJECT, offsetof(PtSlice, step), PT_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

// ---- The type object ----

PtType pt_slice_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "slice",
    .tid = PT_TID_SLICE,
    .basicsize = sizeof(PtSlice),
    .flags = PT_TF_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .hash = NULL,  // unhashable in 3.11
    .new_ = slice_new,
    .methods = slice_methods,
    .members = slice_members,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
};
