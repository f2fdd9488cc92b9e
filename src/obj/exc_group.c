// src/obj/exc_group.c: BaseExceptionGroup and ExceptionGroup (PEP 654), and except* support.
//
// A group holds a message and a non-empty tuple of exceptions; args keeps
// the sequence as given. split()/subgroup() walk the tree and rebuild the
// matching (and non-matching) parts with derive(), copying __traceback__,
// __cause__, __context__ and __notes__ to every rebuilt group, as CPython
// 3.11 does. The VM's CHECK_EG_MATCH calls split() through the method (so
// subclasses may override it) and PREP_RERAISE_STAR uses the projection
// below, which keeps the leaves of the original group that were re-raised.
// Tests: tests/golden/lang/except_star.py, errors/exception_group_*.
#include <string.h>
#include "pith.h"     // the object API
#include "obj/exc.h"  // PtExceptionGroup, pt_exc_is_instance

#define EG(o) ((PtExceptionGroup *)(void *)(o))

int pt_exc_is_group(PtObject *v) {
    return pt_is_heap(v) && pt_type_is_subtype(pt_type(v), (PtType *)pt_exc_BaseExceptionGroup);
}

PtObject *pt_exc_group_excs(PtObject *eg) { return EG(eg)->excs; }

// ---- Construction ----

PtObject *pt_exc_group_new_slot(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        return pt_err_format(pt_exc_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    }
    if (nargs != 2) {
        return pt_err_format(pt_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                             (int)nargs);
    }
    PtObject *msg = args[0], *seq = args[1];
    if (!pt_is_str(msg)) {
        return pt_err_format(pt_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                             pt_type_name_of(msg));
    }
    PtSequenceMethods *sq = pt_type(seq)->as_sequence;
    if (!pt_is_list(seq) && !pt_is_tuple(seq) && (pt_is_dict(seq) || sq == NULL || sq->item == NULL)) {
        return pt_err_set_string(pt_exc_TypeError, "second argument (exceptions) must be a sequence");
    }
    PtObject *excs = pt_seq_tuple(seq);
    if (excs == NULL) {
        return NULL;
    }
    pt_ssize n = pt_tuple_len(excs);
    if (n == 0) {
        pt_decref(excs);
        return pt_err_set_string(pt_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    int nested_base = 0;
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *e = pt_tuple_get(excs, i);
        if (!pt_exc_is_instance(e)) {
            pt_decref(excs);
            return pt_err_format(pt_exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!pt_type_is_subtype(pt_type(e), (PtType *)pt_exc_Exception)) {
            nested_base = 1;
        }
    }
    PtType *cls = type;
    if (cls == (PtType *)pt_exc_BaseExceptionGroup) {
        if (!nested_base) {
            cls = (PtType *)pt_exc_ExceptionGroup;
        }
    } else if (cls == (PtType *)pt_exc_ExceptionGroup) {
        if (nested_base) {
            pt_decref(excs);
            return pt_err_set_string(pt_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (nested_base && pt_type_is_subtype(cls, (PtType *)pt_exc_Exception)) {
        pt_decref(excs);
        return pt_err_format(pt_exc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    PtObject *self = pt_base_exception_type.new_(cls, args, nargs, NULL);
    if (self == NULL) {
        pt_decref(excs);
        return NULL;
    }
    EG(self)->msg = pt_newref(msg);
    EG(self)->excs = excs;
    return self;
}

int pt_exc_group_init_slot(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        pt_err_format(pt_exc_TypeError, "%s() takes no keyword arguments", pt_type_name_of(self));
        return -1;
    }
    return pt_base_exception_type.init(self, args, nargs, NULL);
}

PtObject *pt_exc_group_str_slot(PtObject *self) {
    pt_ssize n = EG(self)->excs != NULL ? pt_tuple_len(EG(self)->excs) : 0;
    PtObject *msg = EG(self)->msg != NULL ? EG(self)->msg : pt_None;
    return pt_str_format("%S (%zd sub-exception%s)", msg, n, n > 1 ? "s" : "");
}

// ---- Matching and splitting ----

enum { MATCH_TYPE, MATCH_PRED, MATCH_IDS };

static int matcher_kind(PtObject *value, int *kind) {
    if (pt_callable_check(value) && !pt_type_is_subtype_flag(pt_type(value), PT_TF_TYPE_SUB)) {
        *kind = MATCH_PRED;
        return 0;
    }
    if (pt_exc_is_class(value)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (pt_is_tuple_exact(value)) {
        for (pt_ssize i = 0; i < pt_tuple_len(value); i++) {
            if (!pt_exc_is_class(pt_tuple_get(value, i))) {
                goto bad;
            }
        }
        *kind = MATCH_TYPE;
        return 0;
    }
bad:
    pt_err_set_string(pt_exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matches(PtObject *exc, int kind, PtObject *value) {
    if (kind == MATCH_TYPE) {
        return pt_err_given_matches(exc, value);
    }
    if (kind == MATCH_PRED) {
        PtObject *r = pt_object_call1(value, exc);
        if (r == NULL) {
            return -1;
        }
        int t = pt_object_is_true(r);
        pt_decref(r);
        return t;
    }
    PtObject *id = pt_object_id(exc);
    if (id == NULL) {
        return -1;
    }
    int r = pt_set_contains(value, id);
    pt_decref(id);
    return r;
}

// Copy __traceback__, __cause__, __context__ and __notes__ from `orig` to `eg`.
static int copy_metadata(PtObject *orig, PtObject *eg) {
    pt_exc_set_traceback(eg, pt_exc_traceback(orig));
    pt_exc_set_context(eg, pt_exc_context(orig));
    PtObject *cause = pt_exc_cause(orig);
    pt_exc_set_cause(eg, cause);
    ((PtBaseException *)eg)->suppress_context = ((PtBaseException *)orig)->suppress_context;
    PtObject *notes = NULL;
    int r = pt_object_lookup_attr(orig, PT_ID(__notes__), &notes);
    if (r <= 0) {
        return r;
    }
    if (pt_is_list(notes) || pt_is_tuple(notes)) {
        PtObject *copy = pt_seq_list(notes);
        pt_decref(notes);
        if (copy == NULL) {
            return -1;
        }
        r = pt_object_setattr(eg, PT_ID(__notes__), copy);
        pt_decref(copy);
        return r;
    }
    pt_decref(notes);
    return 0;
}

// eg.derive(items) with the metadata copied; items a list. New reference.
static PtObject *subset(PtObject *eg, PtObject *items) {
    if (pt_list_len(items) == 0) {
        return pt_newref(pt_None);
    }
    PtObject *r = pt_object_call_method_str(eg, "derive", &items, 1);
    if (r == NULL) {
        return NULL;
    }
    if (!pt_exc_is_group(r)) {
        pt_decref(r);
        return pt_err_set_string(pt_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    if (copy_metadata(eg, r) < 0) {
        pt_decref(r);
        return NULL;
    }
    return r;
}

// Split `exc` into *match and *rest (new references or None). 0 or -1.
static int split_rec(PtObject *exc, int kind, PtObject *value, int want_rest, PtObject **match,
                     PtObject **rest) {
    *match = *rest = NULL;
    int m = matches(exc, kind, value);
    if (m < 0) {
        return -1;
    }
    if (m) {
        *match = pt_newref(exc);
        *rest = pt_newref(pt_None);
        return 0;
    }
    if (!pt_exc_is_group(exc)) {
        *match = pt_newref(pt_None);
        *rest = pt_newref(want_rest ? exc : pt_None);
        return 0;
    }
    PtObject *mlist = pt_list_new(0), *rlist = want_rest ? pt_list_new(0) : NULL;
    if (mlist == NULL || (want_rest && rlist == NULL)) {
        goto error;
    }
    PtObject *excs = EG(exc)->excs;
    for (pt_ssize i = 0; i < pt_tuple_len(excs); i++) {
        PtObject *m2, *r2;
        if (split_rec(pt_tuple_get(excs, i), kind, value, want_rest, &m2, &r2) < 0) {
            goto error;
        }
        int bad = (m2 != pt_None && pt_list_append(mlist, m2) < 0) ||
                  (want_rest && r2 != pt_None && pt_list_append(rlist, r2) < 0);
        pt_decref(m2);
        pt_decref(r2);
        if (bad) {
            goto error;
        }
    }
    if ((*match = subset(exc, mlist)) == NULL) {
        goto error;
    }
    *rest = want_rest ? subset(exc, rlist) : pt_newref(pt_None);
    if (*rest == NULL) {
        pt_clearref(match);
        goto error;
    }
    pt_decref(mlist);
    pt_xdecref(rlist);
    return 0;
error:
    pt_xdecref(mlist);
    pt_xdecref(rlist);
    return -1;
}

int pt_exc_group_split(PtObject *eg, PtObject *match_type, PtObject **match, PtObject **rest) {
    int kind;
    if (matcher_kind(match_type, &kind) < 0) {
        return -1;
    }
    return split_rec(eg, kind, match_type, 1, match, rest);
}

// ---- Methods ----

static PtObject *eg_derive(PtObject *self, PtObject *excs) {
    PtObject *args[2] = {EG(self)->msg, excs};
    return pt_object_call(pt_exc_BaseExceptionGroup, args, 2, NULL);
}

static PtObject *eg_split(PtObject *self, PtObject *cond) {
    PtObject *m, *r;
    if (pt_exc_group_split(self, cond, &m, &r) < 0) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(2, m, r);
    pt_decref(m);
    pt_decref(r);
    return t;
}

static PtObject *eg_subgroup(PtObject *self, PtObject *cond) {
    int kind;
    PtObject *m, *r;
    if (matcher_kind(cond, &kind) < 0 || split_rec(self, kind, cond, 0, &m, &r) < 0) {
        return NULL;
    }
    pt_decref(r);
    return m;
}

static PtObject *eg_class_getitem(PtObject *cls, PtObject *item) { return pt_newref(cls); }

const PtMethodDef pt_exc_group_methods[] = {
    {"derive", PT_FN(eg_derive), PT_METH_O, NULL},
    {"split", PT_FN(eg_split), PT_METH_O, NULL},
    {"subgroup", PT_FN(eg_subgroup), PT_METH_O, NULL},
    {"__class_getitem__", PT_FN(eg_class_getitem), PT_METH_O | PT_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

const PtMemberDef pt_exc_group_members[] = {
    {"message", PT_MEMBER_OBJECT, offsetof(PtExceptionGroup, msg), PT_MEMBER_READONLY, "exception message"},
    {"exceptions", PT_MEMBER_OBJECT, offsetof(PtExceptionGroup, excs), PT_MEMBER_READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL},
};

// ---- except* support ----

// Add id() of every leaf exception under `e` to set `ids`. 0 or -1.
static int collect_leaf_ids(PtObject *e, PtObject *ids) {
    if (e == pt_None) {
        return 0;
    }
    if (pt_exc_is_group(e)) {
        PtObject *excs = EG(e)->excs;
        for (pt_ssize i = 0; i < pt_tuple_len(excs); i++) {
            if (collect_leaf_ids(pt_tuple_get(excs, i), ids) < 0) {
                return -1;
            }
        }
        return 0;
    }
    PtObject *id = pt_object_id(e);
    if (id == NULL) {
        return -1;
    }
    int r = pt_set_add(ids, id);
    pt_decref(id);
    return r;
}

PtObject *pt_exc_group_project(PtObject *orig, PtObject *keep_list) {
    if (pt_list_len(keep_list) == 0) {
        return pt_newref(pt_None);
    }
    PtObject *ids = pt_set_new(NULL);
    if (ids == NULL) {
        return NULL;
    }
    for (pt_ssize i = 0; i < pt_list_len(keep_list); i++) {
        if (collect_leaf_ids(pt_list_get(keep_list, i), ids) < 0) {
            pt_decref(ids);
            return NULL;
        }
    }
    PtObject *m, *r;
    int rc = split_rec(orig, MATCH_IDS, ids, 0, &m, &r);
    pt_decref(ids);
    if (rc < 0) {
        return NULL;
    }
    pt_decref(r);
    return m;
}
