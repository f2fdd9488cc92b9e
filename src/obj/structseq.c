// src/obj/structseq.c: struct sequences: tuples whose items are also named
// attributes (sys.version_info, time.struct_time, os.stat_result).
//
// A struct sequence type is a tuple subclass made at start-up from a field
// list. The first `n_visible` fields form the tuple; any further fields
// (struct_time's tm_zone and tm_gmtoff) are stored after them and reachable
// only by name, as in CPython.
//
// Guards: tests/golden/modules/sys/, tests/golden/modules/time/.
#include <string.h>

#include "pith.h"          // the object API
#include "pith/structseq.h" // declarations
#include "obj/type.h"      // pt_type_ready
#include "mem/gc.h"        // pt_gc_track

// Per-type data kept in the type's `heap` pointer.
typedef struct SeqInfo {
    int nfields, nvisible;
    PtGetSetDef *getset;
} SeqInfo;

static SeqInfo *info_of(PtType *t) {
    while (t != NULL && t->heap == NULL) {
        t = t->base;
    }
    return t != NULL ? (SeqInfo *)t->heap : NULL;
}

static size_t seq_size(int nfields) { return sizeof(PtTuple) + (size_t)nfields * sizeof(PtObject *); }

static PtObject **all_items(PtObject *o) { return ((PtTuple *)o)->items; }

static PtObject *field_get(PtObject *self, void *closure) {
    return pt_newref(all_items(self)[(intptr_t)closure]);
}

static void seq_dealloc(PtObject *o) {
    SeqInfo *si = info_of(pt_type(o));
    pt_gc_untrack(o);
    for (int i = 0; i < si->nfields; i++) {
        pt_xdecref(all_items(o)[i]);
    }
    pt_object_free(o, seq_size(si->nfields));
}

static int seq_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    SeqInfo *si = info_of(pt_type(o));
    for (int i = 0; i < si->nfields; i++) {
        PtObject *v = all_items(o)[i];
        if (v != NULL) {
            int r = visit(v, arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

static PtObject *seq_repr(PtObject *self) {
    PtType *t = pt_type(self);
    SeqInfo *si = info_of(t);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_sb_append_utf8(&sb, t->name, strlen(t->name));
    pt_sb_append_char(&sb, '(');
    for (int i = 0; i < si->nvisible; i++) {
        if (i > 0) {
            pt_sb_append_ascii(&sb, ", ", 2);
        }
        const char *name = si->getset[i].name;
        pt_sb_append_utf8(&sb, name, strlen(name));
        pt_sb_append_char(&sb, '=');
        PtObject *r = pt_object_repr(all_items(self)[i]);
        if (r == NULL) {
            pt_sb_discard(&sb);
            return NULL;
        }
        pt_sb_append_str(&sb, r);
        pt_decref(r);
    }
    pt_sb_append_char(&sb, ')');
    return pt_sb_finish(&sb);
}

PtObject *pt_structseq_new(PtType *type, PtObject **items) {
    SeqInfo *si = info_of(type);
    for (int i = 0; i < si->nfields; i++) {
        if (items[i] == NULL) {
            for (int j = 0; j < si->nfields; j++) {
                pt_xdecref(items[j]);
            }
            return NULL;
        }
    }
    PtObject *o = pt_object_alloc(type, seq_size(si->nfields));
    if (o == NULL) {
        for (int j = 0; j < si->nfields; j++) {
            pt_decref(items[j]);
        }
        return NULL;
    }
    ((PtTuple *)o)->size = si->nvisible;
    memcpy(all_items(o), items, (size_t)si->nfields * sizeof(PtObject *));
    pt_gc_track(o);
    return o;
}

// T(sequence): from a sequence of at least n_visible and at most nfields items.
static PtObject *seq_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    SeqInfo *si = info_of(type);
    if (nargs != 1) {
        return pt_err_format(pt_exc_TypeError, "%s() takes exactly 1 argument (%d given)", type->name, (int)nargs);
    }
    PtObject *t = pt_seq_tuple(args[0]);
    if (t == NULL) {
        return NULL;
    }
    pt_ssize n = pt_tuple_len(t);
    if (n < si->nvisible || n > si->nfields) {
        pt_decref(t);
        if (si->nvisible == si->nfields) {
            return pt_err_format(pt_exc_TypeError, "%s() takes a %d-sequence (%zd-sequence given)", type->name,
                                 si->nvisible, n);
        }
        return pt_err_format(pt_exc_TypeError, "%s() takes an at least %d-sequence (%zd-sequence given)", type->name,
                             si->nvisible, n);
    }
    PtObject *items[64];
    for (int i = 0; i < si->nfields && i < 64; i++) {
        items[i] = pt_newref(i < n ? pt_tuple_get(t, i) : pt_None);
    }
    pt_decref(t);
    return pt_structseq_new(type, items);
}

static PtObject *seq_reduce(PtObject *self, PtObject *unused) {
    SeqInfo *si = info_of(pt_type(self));
    PtObject *tup = pt_tuple_from_array(all_items(self), (size_t)si->nvisible);
    if (tup == NULL) {
        return NULL;
    }
    PtObject *args = pt_tuple_pack(1, tup);
    pt_decref(tup);
    if (args == NULL) {
        return NULL;
    }
    PtObject *r = pt_tuple_pack(2, (PtObject *)pt_type(self), args);
    pt_decref(args);
    return r;
}

static const PtMethodDef seq_methods[] = {
    {"__reduce__", PT_FN(seq_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

int pt_structseq_init_type(PtType *t, const char *name, const char *const *fields, int nfields, int nvisible) {
    SeqInfo *si = pt_raw_alloc_zero(sizeof(SeqInfo));
    PtGetSetDef *gs = pt_raw_alloc_zero((size_t)(nfields + 1) * sizeof(PtGetSetDef));
    if (si == NULL || gs == NULL) {
        pt_raw_free(si);
        pt_raw_free(gs);
        pt_err_no_memory();
        return -1;
    }
    for (int i = 0; i < nfields; i++) {
        gs[i].name = fields[i];
        gs[i].get = field_get;
        gs[i].closure = (void *)(intptr_t)i;
    }
    si->nfields = nfields;
    si->nvisible = nvisible;
    si->getset = gs;
    memset(t, 0, sizeof *t);
    t->ob.refcnt = PT_REFCNT_STATIC;
    t->ob.tinfo = PT_TID_TYPE | PT_OF_STATIC;
    t->name = name;
    t->base = &pt_tuple_type;
    t->basicsize = sizeof(PtTuple);
    t->dealloc = seq_dealloc;
    t->traverse = seq_traverse;
    t->repr = seq_repr;
    t->new_ = seq_new;
    t->getset = gs;
    t->methods = seq_methods;
    t->heap = si;
    if (pt_type_ready(t) < 0) {
        return -1;
    }
    // n_sequence_fields etc., as CPython exposes them.
    PtObject *nv = pt_int_from_i64(nvisible), *nf = pt_int_from_i64(nfields), *nu = pt_int_from_i64(0);
    int r = (nv && nf && nu && pt_dict_set_cstr(t->dict, "n_sequence_fields", nv) == 0 &&
             pt_dict_set_cstr(t->dict, "n_fields", nf) == 0 && pt_dict_set_cstr(t->dict, "n_unnamed_fields", nu) == 0)
                ? 0
                : -1;
    pt_xdecref(nv);
    pt_xdecref(nf);
    pt_xdecref(nu);
    return r;
}
