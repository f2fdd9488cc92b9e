// src/obj/iter.c: the iterator types, the dict views, and the iterator-making builtins.
//
// Three families live here:
//   - the containers' own iterators: list (forward and reversed), tuple, set,
//     range (a C-integer one and a big-int one), and dict (keys, values, items,
//     each forward and reversed), plus the dict views keys()/values()/items();
//   - iter()'s two generic iterators: the sequence iterator over __getitem__
//     and the callable iterator iter(f, sentinel);
//   - the builtins enumerate, zip, map, filter and reversed, which are types.
//
// Every iterator follows the same contract: iternext returns a new reference,
// or NULL with no exception when exhausted (NULL with one on error). An
// exhausted iterator drops its reference to the underlying object and stays
// exhausted, even if the container grows afterwards. Iterators hold
// references, so they are GC containers (tracked when built).
//
// Iterator types without a line in types.def get their type id the first
// time one is made (alloc_aux calls pt_type_ready, which registers them).
//
// Guards: tests/golden/builtins/ (enumerate, zip, map, filter, reversed, iter),
// tests/golden/types/dict_views_*.py. docs/internals/containers.md.
#include <string.h>

#include "pith/abstract.h"    // pt_object_iter, pt_iter_next, pt_object_getitem, pt_object_call
#include "obj/dict.h"         // PtDict internals for the dict iterators and views
#include "obj/iter.h"         // PtSeqIter, PtRangeIter
#include "obj/list.h"         // PtList, pt_repr_enter, pt_repr_leave
#include "obj/set.h"          // PtSet internals for the set iterator
#include "obj/type.h"         // pt_type_ready, pt_genericalias_new
#include "pith/errors.h"      // pt_err_*, pt_exc_*
#include "pith/int.h"         // pt_int_from_ssize, pt_int_add, pt_int_sub, pt_int_sign
#include "pith/modsupport.h"  // pt_parse_args, pt_check_nargs, pt_check_no_kwargs
#include "pith/str.h"         // pt_str_format, pt_str_eq_cstr
#include "pith/mem.h"         // pt_mem_alloc for map with many iterables
#include "pith/tuple.h"       // pt_tuple_new, pt_tuple_pack

// ---- Layout and helpers ----

// Allocate an object of a static type that may not be registered yet.
static PtObject *alloc_aux(PtType *type, size_t size) {
    if (!(type->flags & PT_TF_READY) && pt_type_ready(type) < 0) {
        return NULL;
    }
    return pt_object_alloc(type, size);
}

static PtObject *self_iter(PtObject *self) { return pt_newref(self); }

static void untrack(PtObject *o) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
}

// Visit `v` if not NULL; for traverse functions.
static inline int visit_x(PtObject *v, PtVisitFn visit, void *arg) { return v != NULL ? visit(v, arg) : 0; }

// A 2-tuple (a, b) for enumerate and dict items: refill `*cache` when the
// consumer dropped it (refcount 1), else a new tuple. Steals `a` and `b`.
static PtObject *pair_steal(PtObject **cache, PtObject *a, PtObject *b) {
    PtObject *t = *cache;
    if (t != NULL && t->refcnt == 1) {
        PtObject *oa = pt_tuple_get(t, 0), *ob = pt_tuple_get(t, 1);
        pt_tuple_set_steal(t, 0, a);
        pt_tuple_set_steal(t, 1, b);
        pt_decref(oa);
        pt_decref(ob);
        return pt_newref(t);
    }
    t = pt_tuple_new(2);
    if (t == NULL) {
        pt_decref(a);
        pt_decref(b);
        return NULL;
    }
    pt_tuple_set_steal(t, 0, a);
    pt_tuple_set_steal(t, 1, b);
    pt_setref(cache, pt_newref(t));
    return t;
}

static const char hint_doc[] = "Private method returning an estimate of len(list(it)).";

// ---- Sequence iterators: list, reversed list, tuple, __getitem__ ----

static PtObject *seqiter_make(PtType *type, PtObject *seq, pt_ssize index) {
    PtSeqIter *it = (PtSeqIter *)alloc_aux(type, sizeof(PtSeqIter));
    if (it == NULL) {
        return NULL;
    }
    it->index = index;
    it->seq = pt_newref(seq);
    pt_gc_track(&it->ob);
    return &it->ob;
}

PtObject *pt_listiter_new(PtObject *list) { return seqiter_make(&pt_listiter_type, list, 0); }

PtObject *pt_listreviter_new(PtObject *list) {
    return seqiter_make(&pt_listreviter_type, list, pt_list_len(list) - 1);
}

PtObject *pt_tupleiter_new(PtObject *tuple) { return seqiter_make(&pt_tupleiter_type, tuple, 0); }

PtObject *pt_seqiter_new(PtObject *seq) { return seqiter_make(&pt_seqiter_type, seq, 0); }

static void seqiter_dealloc(PtObject *o) {
    untrack(o);
    pt_xdecref(((PtSeqIter *)o)->seq);
    pt_object_free(o, sizeof(PtSeqIter));
}

static int seqiter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return visit_x(((PtSeqIter *)o)->seq, visit, arg);
}

static int seqiter_clear(PtObject *o) {
    pt_clearref(&((PtSeqIter *)o)->seq);
    return 0;
}

// Mark exhausted: drop the sequence. Returns NULL for `return exhaust(it);`.
static PtObject *exhaust(PtSeqIter *it) {
    pt_clearref(&it->seq);
    return NULL;
}

static PtObject *listiter_next(PtObject *o) {
    PtSeqIter *it = (PtSeqIter *)o;
    PtList *l = (PtList *)it->seq;
    if (l == NULL) {
        return NULL;
    }
    if (it->index < l->size) {
        return pt_newref(l->items[it->index++]);
    }
    return exhaust(it);
}

static PtObject *listreviter_next(PtObject *o) {
    PtSeqIter *it = (PtSeqIter *)o;
    PtList *l = (PtList *)it->seq;
    if (l != NULL && it->index >= 0 && it->index < l->size) {
        return pt_newref(l->items[it->index--]);
    }
    it->index = -1;
    return l != NULL ? exhaust(it) : NULL;
}

static PtObject *tupleiter_next(PtObject *o) {
    PtSeqIter *it = (PtSeqIter *)o;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index < pt_tuple_len(it->seq)) {
        return pt_newref(pt_tuple_get(it->seq, it->index++));
    }
    return exhaust(it);
}

// iter(obj) over __getitem__: obj[0], obj[1], ... until IndexError or StopIteration.
static PtObject *seqiter_next(PtObject *o) {
    PtSeqIter *it = (PtSeqIter *)o;
    if (it->seq == NULL) {
        return NULL;
    }
    PtObject *idx = pt_int_from_ssize(it->index);
    PtObject *item = idx != NULL ? pt_object_getitem(it->seq, idx) : NULL;
    pt_xdecref(idx);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (pt_err_matches(pt_exc_IndexError) || pt_err_matches(pt_exc_StopIteration)) {
        pt_err_clear();
        return exhaust(it);
    }
    return NULL;
}

static PtObject *listiter_length_hint(PtObject *self, PtObject *unused) {
    PtSeqIter *it = (PtSeqIter *)self;
    pt_ssize n = it->seq != NULL ? pt_list_len(it->seq) - it->index : 0;
    return pt_int_from_ssize(n > 0 ? n : 0);
}

static PtObject *listreviter_length_hint(PtObject *self, PtObject *unused) {
    PtSeqIter *it = (PtSeqIter *)self;
    pt_ssize n = it->seq != NULL && it->index < pt_list_len(it->seq) ? it->index + 1 : 0;
    return pt_int_from_ssize(n);
}

static PtObject *tupleiter_length_hint(PtObject *self, PtObject *unused) {
    PtSeqIter *it = (PtSeqIter *)self;
    pt_ssize n = it->seq != NULL ? pt_tuple_len(it->seq) - it->index : 0;
    return pt_int_from_ssize(n > 0 ? n : 0);
}

// len(seq) - index when the sequence has a length, else NotImplemented.
static PtObject *seqiter_length_hint(PtObject *self, PtObject *unused) {
    PtSeqIter *it = (PtSeqIter *)self;
    if (it->seq == NULL) {
        return pt_int_from_ssize(0);
    }
    PtType *t = pt_type(it->seq);
    if ((t->as_sequence == NULL || t->as_sequence->len == NULL) &&
        (t->as_mapping == NULL || t->as_mapping->len == NULL)) {
        return pt_newref(pt_NotImplemented);
    }
    pt_ssize n = pt_object_len(it->seq);
    if (n < 0) {
        return NULL;
    }
    n -= it->index;
    return pt_int_from_ssize(n > 0 ? n : 0);
}

// ---- The callable iterator: iter(callable, sentinel) ----

typedef struct PtCallIter {
    PtObject ob;
    PtObject *callable;  // NULL once exhausted
    PtObject *sentinel;
} PtCallIter;

PtObject *pt_calliter_new(PtObject *callable, PtObject *sentinel) {
    PtCallIter *it = (PtCallIter *)alloc_aux(&pt_calliter_type, sizeof(PtCallIter));
    if (it == NULL) {
        return NULL;
    }
    it->callable = pt_newref(callable);
    it->sentinel = pt_newref(sentinel);
    pt_gc_track(&it->ob);
    return &it->ob;
}

static void calliter_dealloc(PtObject *o) {
    PtCallIter *it = (PtCallIter *)o;
    untrack(o);
    pt_xdecref(it->callable);
    pt_xdecref(it->sentinel);
    pt_object_free(o, sizeof(PtCallIter));
}

static int calliter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtCallIter *it = (PtCallIter *)o;
    int r = visit_x(it->callable, visit, arg);
    return r != 0 ? r : visit_x(it->sentinel, visit, arg);
}

static int calliter_clear(PtObject *o) {
    PtCallIter *it = (PtCallIter *)o;
    pt_clearref(&it->callable);
    pt_clearref(&it->sentinel);
    return 0;
}

static PtObject *calliter_next(PtObject *o) {
    PtCallIter *it = (PtCallIter *)o;
    if (it->callable == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call0(it->callable);
    if (r == NULL) {
        if (pt_err_matches(pt_exc_StopIteration)) {
            pt_err_clear();
            calliter_clear(o);
        }
        return NULL;
    }
    int eq = pt_object_richcompare_bool(it->sentinel, r, PT_EQ);
    if (eq == 0) {
        return r;
    }
    pt_decref(r);
    if (eq > 0) {
        calliter_clear(o);
    }
    return NULL;
}

// ---- Range iterators ----

// The big-int variant: cur, cur + step, ... while left > 0.
typedef struct PtLongRangeIter {
    PtObject ob;
    PtObject *cur, *step, *left;
} PtLongRangeIter;

PtObject *pt_rangeiter_new(PtObject *start, PtObject *step, PtObject *len) {
    int64_t a, s, n, last;
    if (pt_is_smallint(start) && pt_is_smallint(step) && pt_is_smallint(len)) {
        a = pt_smallint_value(start);
        s = pt_smallint_value(step);
        n = pt_smallint_value(len);
        // Small when every value start + i * step, i < len, fits in int64.
        if (n <= 0 || (!__builtin_mul_overflow(n - 1, s, &last) && !__builtin_add_overflow(a, last, &last))) {
            PtRangeIter *it = (PtRangeIter *)alloc_aux(&pt_rangeiter_type, sizeof(PtRangeIter));
            if (it == NULL) {
                return NULL;
            }
            it->start = a;
            it->step = s;
            it->len = n > 0 ? n : 0;
            it->index = 0;
            return &it->ob;
        }
    }
    PtLongRangeIter *it = (PtLongRangeIter *)alloc_aux(&pt_longrangeiter_type, sizeof(PtLongRangeIter));
    if (it == NULL) {
        return NULL;
    }
    it->cur = pt_newref(start);
    it->step = pt_newref(step);
    it->left = pt_newref(len);
    return &it->ob;
}

static void rangeiter_dealloc(PtObject *o) { pt_object_free(o, sizeof(PtRangeIter)); }

static PtObject *rangeiter_next(PtObject *o) {
    PtRangeIter *it = (PtRangeIter *)o;
    if (it->index < it->len) {
        return pt_int_from_i64(it->start + it->index++ * it->step);
    }
    return NULL;
}

static PtObject *rangeiter_length_hint(PtObject *self, PtObject *unused) {
    PtRangeIter *it = (PtRangeIter *)self;
    return pt_int_from_i64(it->len - it->index);
}

static void longrangeiter_dealloc(PtObject *o) {
    PtLongRangeIter *it = (PtLongRangeIter *)o;
    pt_decref(it->cur);
    pt_decref(it->step);
    pt_decref(it->left);
    pt_object_free(o, sizeof(PtLongRangeIter));
}

static PtObject *longrangeiter_next(PtObject *o) {
    PtLongRangeIter *it = (PtLongRangeIter *)o;
    if (pt_int_sign(it->left) <= 0) {
        return NULL;
    }
    PtObject *next = pt_int_add(it->cur, it->step);
    PtObject *left = next != NULL ? pt_int_sub(it->left, pt_smallint(1)) : NULL;
    if (left == NULL) {
        pt_xdecref(next);
        return NULL;
    }
    PtObject *res = it->cur;
    it->cur = next;
    pt_setref(&it->left, left);
    return res;
}

static PtObject *longrangeiter_length_hint(PtObject *self, PtObject *unused) {
    return pt_newref(((PtLongRangeIter *)self)->left);
}

// ---- The set iterator ----

typedef struct PtSetIter {
    PtObject ob;
    PtSet *set;     // NULL once exhausted
    pt_ssize used;  // the set's size when iteration began
    pt_ssize pos;   // next table index
    pt_ssize len;   // items left
} PtSetIter;

PtObject *pt_setiter_new(PtObject *set) {
    PtSetIter *it = (PtSetIter *)alloc_aux(&pt_setiter_type, sizeof(PtSetIter));
    if (it == NULL) {
        return NULL;
    }
    it->set = (PtSet *)pt_newref(set);
    it->used = it->len = ((PtSet *)set)->used;
    it->pos = 0;
    pt_gc_track(&it->ob);
    return &it->ob;
}

static void setiter_dealloc(PtObject *o) {
    untrack(o);
    pt_xdecref((PtObject *)((PtSetIter *)o)->set);
    pt_object_free(o, sizeof(PtSetIter));
}

static int setiter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return visit_x((PtObject *)((PtSetIter *)o)->set, visit, arg);
}

static int setiter_clear(PtObject *o) {
    PtSetIter *it = (PtSetIter *)o;
    PtObject *s = (PtObject *)it->set;
    it->set = NULL;
    pt_xdecref(s);
    return 0;
}

static PtObject *setiter_next(PtObject *o) {
    PtSetIter *it = (PtSetIter *)o;
    PtSet *s = it->set;
    if (s == NULL) {
        return NULL;
    }
    if (it->used != s->used) {
        pt_err_set_string(pt_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;  // stay broken
        return NULL;
    }
    pt_ssize i = it->pos;
    while (i <= s->mask && (s->table[i].key == NULL || s->table[i].key == PT_SET_DUMMY)) {
        i++;
    }
    if (i > s->mask) {
        setiter_clear(o);
        return NULL;
    }
    it->pos = i + 1;
    it->len--;
    return pt_newref(s->table[i].key);
}

static PtObject *setiter_length_hint(PtObject *self, PtObject *unused) {
    PtSetIter *it = (PtSetIter *)self;
    return pt_int_from_ssize(it->set != NULL && it->used == it->set->used ? it->len : 0);
}

// ---- Dict iterators ----
//
// One struct serves the six iterator types (keys, values, items, each forward
// and reversed). `len` counts the items still expected: if the dict kept its
// size but had keys swapped in, an iterator finds an item when it expected
// none and raises "dictionary keys changed during iteration".

typedef struct PtDictIter {
    PtObject ob;
    PtDict *dict;       // NULL once exhausted
    pt_ssize used;      // the dict's size when iteration began; -1 after a size error
    pt_ssize pos;       // next entry index (forward) or current one (reversed)
    pt_ssize len;       // items left
    PtObject *result;   // items iterators: a 2-tuple reused while nobody else holds it
} PtDictIter;

static PtType *const dictiter_types[2][3] = {
    {&pt_dict_keyiter_type, &pt_dict_valueiter_type, &pt_dict_itemiter_type},
    {&pt_dict_revkeyiter_type, &pt_dict_revvalueiter_type, &pt_dict_revitemiter_type},
};

PtObject *pt_dict_iter_new(PtObject *dict, int what, int reverse) {
    PtDict *d = (PtDict *)dict;
    PtType *type = dictiter_types[reverse != 0][what];
    PtDictIter *it = (PtDictIter *)alloc_aux(type, sizeof(PtDictIter));
    if (it == NULL) {
        return NULL;
    }
    it->dict = (PtDict *)pt_newref(&d->ob);
    it->used = d->used;
    it->len = d->used;
    it->pos = reverse ? d->keys->nentries - 1 : 0;
    pt_gc_track(&it->ob);
    return &it->ob;
}

static void dictiter_dealloc(PtObject *o) {
    PtDictIter *it = (PtDictIter *)o;
    untrack(o);
    pt_xdecref((PtObject *)it->dict);
    pt_xdecref(it->result);
    pt_object_free(o, sizeof(PtDictIter));
}

static int dictiter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtDictIter *it = (PtDictIter *)o;
    int r = it->dict != NULL ? visit(&it->dict->ob, arg) : 0;
    return r == 0 && it->result != NULL ? visit(it->result, arg) : r;
}

static int dictiter_clear(PtObject *o) {
    PtDictIter *it = (PtDictIter *)o;
    PtObject *d = (PtObject *)it->dict;
    it->dict = NULL;
    pt_xdecref(d);
    pt_clearref(&it->result);
    return 0;
}

// The next live entry: 1 with *out set, 0 exhausted, -1 error.
static int dictiter_advance(PtDictIter *it, PtDictEntry **out, int reverse) {
    PtDict *d = it->dict;
    if (d == NULL) {
        return 0;
    }
    if (it->used != d->used) {
        pt_err_set_string(pt_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;  // stay broken
        return -1;
    }
    PtDictKeys *k = d->keys;
    PtDictEntry *ep = pt_dict_entries(k);
    pt_ssize i = it->pos;
    if (reverse) {
        if (i >= k->nentries) {
            i = k->nentries - 1;
        }
        while (i >= 0 && ep[i].value == NULL) {
            i--;
        }
    } else {
        while (i < k->nentries && ep[i].value == NULL) {
            i++;
        }
    }
    if (i < 0 || i >= k->nentries) {
        it->dict = NULL;
        pt_decref(&d->ob);
        return 0;
    }
    if (it->len == 0) {
        pt_err_set_string(pt_exc_RuntimeError, "dictionary keys changed during iteration");
        it->len = -1;
        return -1;
    }
    it->pos = reverse ? i - 1 : i + 1;
    it->len--;
    *out = &ep[i];
    return 1;
}

static PtObject *iter_key(PtObject *o, int reverse) {
    PtDictEntry *ep;
    return dictiter_advance((PtDictIter *)o, &ep, reverse) > 0 ? pt_newref(ep->key) : NULL;
}

static PtObject *iter_value(PtObject *o, int reverse) {
    PtDictEntry *ep;
    return dictiter_advance((PtDictIter *)o, &ep, reverse) > 0 ? pt_newref(ep->value) : NULL;
}

// Items reuse the previous result tuple when the loop already dropped it.
static PtObject *iter_item(PtObject *o, int reverse) {
    PtDictIter *it = (PtDictIter *)o;
    PtDictEntry *ep;
    if (dictiter_advance(it, &ep, reverse) <= 0) {
        return NULL;
    }
    return pair_steal(&it->result, pt_newref(ep->key), pt_newref(ep->value));
}

static PtObject *dictiter_next_key(PtObject *o) { return iter_key(o, 0); }
static PtObject *dictiter_next_value(PtObject *o) { return iter_value(o, 0); }
static PtObject *dictiter_next_item(PtObject *o) { return iter_item(o, 0); }
static PtObject *dictiter_prev_key(PtObject *o) { return iter_key(o, 1); }
static PtObject *dictiter_prev_value(PtObject *o) { return iter_value(o, 1); }
static PtObject *dictiter_prev_item(PtObject *o) { return iter_item(o, 1); }

static PtObject *dictiter_length_hint(PtObject *self, PtObject *unused) {
    PtDictIter *it = (PtDictIter *)self;
    pt_ssize n = it->dict != NULL && it->used == it->dict->used && it->len > 0 ? it->len : 0;
    return pt_int_from_ssize(n);
}

// ---- Dict views ----
//
// keys(), values() and items() return live views holding a reference to the
// dict. Keys and items views are set-like: comparisons and the operators
// | & - ^ build a set from the left operand (which may be any iterable when
// the view is on the right) and apply the set method.

typedef struct PtDictView {
    PtObject ob;
    PtDict *dict;
} PtDictView;

PtObject *pt_dict_view_new(PtObject *d, PtType *type) {
    PtDictView *v = (PtDictView *)pt_object_alloc(type, sizeof(PtDictView));
    if (v == NULL) {
        return NULL;
    }
    v->dict = (PtDict *)pt_newref(d);
    pt_gc_track(&v->ob);
    return &v->ob;
}

static void view_dealloc(PtObject *o) {
    untrack(o);
    pt_xdecref((PtObject *)((PtDictView *)o)->dict);
    pt_object_free(o, sizeof(PtDictView));
}

static int view_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtDictView *v = (PtDictView *)o;
    return v->dict != NULL ? visit(&v->dict->ob, arg) : 0;
}

static pt_ssize view_len(PtObject *o) { return ((PtDictView *)o)->dict->used; }

static PtObject *view_mapping(PtObject *o, void *closure) {
    return pt_object_call1((PtObject *)pt_type_table[PT_TID_MAPPINGPROXY], &((PtDictView *)o)->dict->ob);
}

static PtObject *view_repr(PtObject *o) {
    int rec = pt_repr_enter(o);
    if (rec != 0) {
        return rec > 0 ? pt_str_from_cstr("...") : NULL;
    }
    PtObject *res = NULL, *l = pt_seq_list(o);
    if (l != NULL) {
        res = pt_str_format("%s(%R)", pt_type_name_of(o), l);
        pt_decref(l);
    }
    pt_repr_leave(o);
    return res;
}

static PtObject *keys_iter(PtObject *o) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_KEYS, 0);
}
static PtObject *values_iter(PtObject *o) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_VALUES, 0);
}
static PtObject *items_iter(PtObject *o) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_ITEMS, 0);
}
static PtObject *keys_reversed(PtObject *o, PtObject *unused) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_KEYS, 1);
}
static PtObject *values_reversed(PtObject *o, PtObject *unused) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_VALUES, 1);
}
static PtObject *items_reversed(PtObject *o, PtObject *unused) {
    return pt_dict_iter_new(&((PtDictView *)o)->dict->ob, PT_DICTITER_ITEMS, 1);
}

static int keys_contains(PtObject *o, PtObject *key) {
    return pt_dict_contains(&((PtDictView *)o)->dict->ob, key);
}

// (k, v) in d.items(): k is present and its value equals v.
static int items_contains(PtObject *o, PtObject *item) {
    if (!pt_is_tuple(item) || pt_tuple_len(item) != 2) {
        return 0;
    }
    PtObject *found;
    int r = pt_dict_get_ref(&((PtDictView *)o)->dict->ob, pt_tuple_get(item, 0), &found);
    if (r <= 0) {
        return r;
    }
    r = pt_object_richcompare_bool(found, pt_tuple_get(item, 1), PT_EQ);
    pt_decref(found);
    return r;
}

static int is_setlike(PtObject *o) {
    uint32_t t = pt_tid(o);
    return pt_is_anyset(o) || t == PT_TID_DICT_KEYS || t == PT_TID_DICT_ITEMS;
}

// Is every element of `a` in `b`? 1/0/-1.
static int all_contained_in(PtObject *a, PtObject *b) {
    PtObject *it = pt_object_iter(a);
    if (it == NULL) {
        return -1;
    }
    PtObject *x;
    int ok = 1;
    while (ok == 1 && (x = pt_iter_next(it)) != NULL) {
        ok = pt_seq_contains(b, x);
        pt_decref(x);
    }
    pt_decref(it);
    return ok == 1 && pt_err_occurred() ? -1 : ok;
}

static PtObject *view_richcompare(PtObject *a, PtObject *b, int op) {
    if (!is_setlike(b)) {
        return pt_newref(pt_NotImplemented);
    }
    pt_ssize la = pt_object_len(a), lb = pt_object_len(b);
    if (la < 0 || lb < 0) {
        return NULL;
    }
    int r;
    switch (op) {
    case PT_EQ:
    case PT_NE:
        r = la == lb ? all_contained_in(a, b) : 0;
        break;
    case PT_LT:
        r = la < lb ? all_contained_in(a, b) : 0;
        break;
    case PT_LE:
        r = la <= lb ? all_contained_in(a, b) : 0;
        break;
    case PT_GT:
        r = la > lb ? all_contained_in(b, a) : 0;
        break;
    default:
        r = la >= lb ? all_contained_in(b, a) : 0;
        break;
    }
    if (r < 0) {
        return NULL;
    }
    return pt_newref(pt_bool(op == PT_NE ? !r : r));
}

// set(a).<method>(b) for the view operators; `a` may be the non-view operand.
static PtObject *view_setop(PtObject *a, PtObject *b, const char *method) {
    PtObject *s = pt_set_new(a);
    if (s == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(s, method, &b, 1);
    if (r == NULL) {
        pt_decref(s);
        return NULL;
    }
    pt_decref(r);
    return s;
}

static PtObject *view_or(PtObject *a, PtObject *b) { return view_setop(a, b, "update"); }
static PtObject *view_and(PtObject *a, PtObject *b) { return view_setop(a, b, "intersection_update"); }
static PtObject *view_sub(PtObject *a, PtObject *b) { return view_setop(a, b, "difference_update"); }
static PtObject *view_xor(PtObject *a, PtObject *b) {
    return view_setop(a, b, "symmetric_difference_update");
}

static PtObject *view_isdisjoint(PtObject *self, PtObject *other) {
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        return NULL;
    }
    PtObject *x;
    int found = 0;
    while (found == 0 && (x = pt_iter_next(it)) != NULL) {
        found = pt_seq_contains(self, x);
        pt_decref(x);
    }
    pt_decref(it);
    if (found < 0 || (found == 0 && pt_err_occurred())) {
        return NULL;
    }
    return pt_newref(pt_bool(!found));
}

// ---- enumerate ----

typedef struct PtEnumerate {
    PtObject ob;
    PtObject *it;
    pt_ssize index;      // the next count while it fits
    PtObject *bigindex;  // the next count as an int once it does not (or a big start)
    PtObject *result;    // reused (index, item) tuple
} PtEnumerate;

// enumerate(iterable, start=0), with CPython's argument messages.
static PtObject *enumerate_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *iterable = nargs > 0 ? args[0] : NULL, *start = nargs > 1 ? args[1] : NULL;
    pt_ssize nkw = kwnames != NULL ? pt_tuple_len(kwnames) : 0;
    if (nargs + (size_t)nkw > 2) {
        return pt_err_format(pt_exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                             nargs + (size_t)nkw);
    }
    for (pt_ssize i = 0; i < nkw; i++) {
        PtObject *name = pt_tuple_get(kwnames, i), *v = args[nargs + (size_t)i];
        if (pt_str_eq_cstr(name, "iterable") && iterable == NULL) {
            iterable = v;
        } else if (pt_str_eq_cstr(name, "start") && start == NULL) {
            start = v;
        } else {
            return pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", name);
        }
    }
    if (iterable == NULL) {
        return pt_err_set_string(pt_exc_TypeError, "enumerate() missing required argument 'iterable'");
    }
    PtObject *startint = start != NULL ? pt_number_index(start) : pt_smallint(0);
    if (startint == NULL) {
        return NULL;
    }
    PtObject *it = pt_object_iter(iterable);
    PtEnumerate *e = it != NULL ? (PtEnumerate *)alloc_aux(type, sizeof(PtEnumerate)) : NULL;
    if (e == NULL) {
        pt_xdecref(it);
        pt_decref(startint);
        return NULL;
    }
    e->it = it;
    if (pt_is_smallint(startint)) {
        e->index = (pt_ssize)pt_smallint_value(startint);
    } else {
        e->bigindex = pt_newref(startint);
    }
    pt_decref(startint);
    pt_gc_track(&e->ob);
    return &e->ob;
}

static void enumerate_dealloc(PtObject *o) {
    PtEnumerate *e = (PtEnumerate *)o;
    untrack(o);
    pt_xdecref(e->it);
    pt_xdecref(e->bigindex);
    pt_xdecref(e->result);
    pt_object_free(o, sizeof(PtEnumerate));
}

static int enumerate_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtEnumerate *e = (PtEnumerate *)o;
    int r = visit_x(e->it, visit, arg);
    return r != 0 ? r : visit_x(e->result, visit, arg);
}

static int enumerate_clear(PtObject *o) {
    PtEnumerate *e = (PtEnumerate *)o;
    pt_clearref(&e->it);
    pt_clearref(&e->result);
    return 0;
}

static PtObject *enumerate_next(PtObject *o) {
    PtEnumerate *e = (PtEnumerate *)o;
    if (e->it == NULL) {
        return NULL;
    }
    PtObject *item = pt_type(e->it)->iternext(e->it);
    if (item == NULL) {
        return NULL;
    }
    PtObject *idx;
    if (e->bigindex == NULL && e->index < PT_SMALLINT_MAX) {
        idx = pt_smallint(e->index++);
    } else {
        if (e->bigindex == NULL && (e->bigindex = pt_int_from_ssize(e->index)) == NULL) {
            pt_decref(item);
            return NULL;
        }
        idx = e->bigindex;
        e->bigindex = pt_int_add(idx, pt_smallint(1));
        if (e->bigindex == NULL) {
            pt_decref(idx);
            pt_decref(item);
            return NULL;
        }
    }
    return pair_steal(&e->result, idx, item);
}

// ---- zip ----

typedef struct PtZip {
    PtObject ob;
    PtObject *iters;   // tuple of iterators
    PtObject *result;  // reused result tuple
    int strict;
} PtZip;

// zip(*iterables, strict=False)
static PtObject *zip_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int strict = 0;
    pt_ssize nkw = kwnames != NULL ? pt_tuple_len(kwnames) : 0;
    for (pt_ssize i = 0; i < nkw; i++) {
        PtObject *name = pt_tuple_get(kwnames, i);
        if (!pt_str_eq_cstr(name, "strict")) {
            return pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        }
        if ((strict = pt_object_is_true(args[nargs + (size_t)i])) < 0) {
            return NULL;
        }
    }
    PtObject *iters = pt_tuple_new((pt_ssize)nargs);
    if (iters == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        PtObject *it = pt_object_iter(args[i]);
        if (it == NULL) {
            pt_decref(iters);
            return NULL;
        }
        pt_tuple_set_steal(iters, (pt_ssize)i, it);
    }
    PtZip *z = (PtZip *)alloc_aux(type, sizeof(PtZip));
    if (z == NULL) {
        pt_decref(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    pt_gc_track(&z->ob);
    return &z->ob;
}

static void zip_dealloc(PtObject *o) {
    PtZip *z = (PtZip *)o;
    untrack(o);
    pt_xdecref(z->iters);
    pt_xdecref(z->result);
    pt_object_free(o, sizeof(PtZip));
}

static int zip_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtZip *z = (PtZip *)o;
    int r = visit_x(z->iters, visit, arg);
    return r != 0 ? r : visit_x(z->result, visit, arg);
}

static int zip_clear(PtObject *o) {
    PtZip *z = (PtZip *)o;
    pt_clearref(&z->iters);
    pt_clearref(&z->result);
    return 0;
}

// Iterator `i` (0-based) ran out under strict=True: check the others agree.
// Always returns NULL (ValueError, another error, or plain exhaustion).
static PtObject *zip_strict_end(PtZip *z, pt_ssize i) {
    if (pt_err_occurred()) {
        return NULL;
    }
    if (i > 0) {
        return pt_err_format(pt_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, i == 1 ? " " : "s 1-", i);
    }
    pt_ssize n = pt_tuple_len(z->iters);
    for (pt_ssize j = 1; j < n; j++) {
        PtObject *it = pt_tuple_get(z->iters, j);
        PtObject *extra = pt_type(it)->iternext(it);
        if (extra != NULL) {
            pt_decref(extra);
            return pt_err_format(pt_exc_ValueError, "zip() argument %zd is longer than argument%s%zd", j + 1,
                                 j == 1 ? " " : "s 1-", j);
        }
        if (pt_err_occurred()) {
            if (!pt_err_matches(pt_exc_StopIteration)) {
                return NULL;
            }
            pt_err_clear();
        }
    }
    return NULL;
}

static PtObject *zip_next(PtObject *o) {
    PtZip *z = (PtZip *)o;
    if (z->iters == NULL) {
        return NULL;
    }
    pt_ssize n = pt_tuple_len(z->iters);
    if (n == 0 || pt_enter_recursive_call("")) {
        return NULL;
    }
    PtObject *res = z->result;
    int reuse = res != NULL && res->refcnt == 1;
    if (!reuse) {
        res = pt_tuple_new(n);
        if (res == NULL) {
            return NULL;
        }
    }
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *it = pt_tuple_get(z->iters, i);
        PtObject *item = pt_type(it)->iternext(it);
        if (item == NULL) {
            if (!reuse) {
                pt_decref(res);
            }
            if (pt_err_occurred() && pt_err_matches(pt_exc_StopIteration)) {
                pt_err_clear();
            }
            return z->strict ? zip_strict_end(z, i) : NULL;
        }
        PtObject *old = pt_tuple_get(res, i);
        pt_tuple_set_steal(res, i, item);
        pt_xdecref(old);
    }
    if (reuse) {
        return pt_newref(res);
    }
    if (n <= 8) {  // keep small tuples for reuse
        pt_setref(&z->result, pt_newref(res));
    }
    return res;
}

// ---- map ----

typedef struct PtMap {
    PtObject ob;
    PtObject *func;
    PtObject *iters;  // tuple of iterators
} PtMap;

static PtObject *map_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_map_type && pt_check_no_kwargs("map", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 2) {
        return pt_err_set_string(pt_exc_TypeError, "map() must have at least two arguments.");
    }
    PtObject *iters = pt_tuple_new((pt_ssize)nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    for (size_t i = 1; i < nargs; i++) {
        PtObject *it = pt_object_iter(args[i]);
        if (it == NULL) {
            pt_decref(iters);
            return NULL;
        }
        pt_tuple_set_steal(iters, (pt_ssize)i - 1, it);
    }
    PtMap *m = (PtMap *)alloc_aux(type, sizeof(PtMap));
    if (m == NULL) {
        pt_decref(iters);
        return NULL;
    }
    m->func = pt_newref(args[0]);
    m->iters = iters;
    pt_gc_track(&m->ob);
    return &m->ob;
}

static void map_dealloc(PtObject *o) {
    PtMap *m = (PtMap *)o;
    untrack(o);
    pt_xdecref(m->func);
    pt_xdecref(m->iters);
    pt_object_free(o, sizeof(PtMap));
}

static int map_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtMap *m = (PtMap *)o;
    int r = visit_x(m->func, visit, arg);
    return r != 0 ? r : visit_x(m->iters, visit, arg);
}

static int map_clear(PtObject *o) {
    PtMap *m = (PtMap *)o;
    pt_clearref(&m->func);
    pt_clearref(&m->iters);
    return 0;
}

static PtObject *map_next(PtObject *o) {
    PtMap *m = (PtMap *)o;
    if (m->iters == NULL) {
        return NULL;
    }
    if (pt_enter_recursive_call("")) {
        return NULL;
    }
    pt_ssize n = pt_tuple_len(m->iters), got = 0;
    PtObject *small[8], **argv = small, *res = NULL;
    if (n > 8 && (argv = pt_mem_alloc((size_t)n * sizeof(PtObject *))) == NULL) {
        return pt_err_no_memory();
    }
    for (; got < n; got++) {
        PtObject *it = pt_tuple_get(m->iters, got);
        if ((argv[got] = pt_type(it)->iternext(it)) == NULL) {
            break;
        }
    }
    if (got == n) {
        res = pt_object_call(m->func, argv, (size_t)n, NULL);
    }
    while (--got >= 0) {
        pt_decref(argv[got]);
    }
    if (argv != small) {
        pt_mem_free(argv, (size_t)n * sizeof(PtObject *));
    }
    return res;
}

// ---- filter ----

typedef struct PtFilter {
    PtObject ob;
    PtObject *func;  // None or bool: test truth directly
    PtObject *it;
} PtFilter;

static PtObject *filter_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_filter_type && pt_check_no_kwargs("filter", kwnames) < 0) {
        return NULL;
    }
    if (pt_check_nargs("filter", nargs, 2, 2) < 0) {
        return NULL;
    }
    PtObject *it = pt_object_iter(args[1]);
    if (it == NULL) {
        return NULL;
    }
    PtFilter *f = (PtFilter *)alloc_aux(type, sizeof(PtFilter));
    if (f == NULL) {
        pt_decref(it);
        return NULL;
    }
    f->func = pt_newref(args[0]);
    f->it = it;
    pt_gc_track(&f->ob);
    return &f->ob;
}

static void filter_dealloc(PtObject *o) {
    PtFilter *f = (PtFilter *)o;
    untrack(o);
    pt_xdecref(f->func);
    pt_xdecref(f->it);
    pt_object_free(o, sizeof(PtFilter));
}

static int filter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtFilter *f = (PtFilter *)o;
    int r = visit_x(f->func, visit, arg);
    return r != 0 ? r : visit_x(f->it, visit, arg);
}

static int filter_clear(PtObject *o) {
    PtFilter *f = (PtFilter *)o;
    pt_clearref(&f->func);
    pt_clearref(&f->it);
    return 0;
}

static PtObject *filter_next(PtObject *o) {
    PtFilter *f = (PtFilter *)o;
    if (f->it == NULL) {
        return NULL;
    }
    PtUnaryFn next = pt_type(f->it)->iternext;
    int plain = f->func == pt_None || f->func == (PtObject *)&pt_bool_type;
    PtObject *item;
    while ((item = next(f->it)) != NULL) {
        int ok;
        if (plain) {
            ok = pt_object_is_true(item);
        } else {
            PtObject *r = pt_object_call1(f->func, item);
            ok = r != NULL ? pt_object_is_true(r) : -1;
            pt_xdecref(r);
        }
        if (ok > 0) {
            return item;
        }
        pt_decref(item);
        if (ok < 0) {
            return NULL;
        }
    }
    return NULL;
}

// ---- reversed ----

// reversed(seq): seq.__reversed__() when defined, else an iterator that
// indexes seq from len(seq) - 1 down to 0 (the object is a PtSeqIter).
static PtObject *reversed_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_reversed_type && pt_check_no_kwargs("reversed", kwnames) < 0) {
        return NULL;
    }
    if (pt_check_nargs("reversed", nargs, 1, 1) < 0) {
        return NULL;
    }
    PtObject *seq = args[0];
    PtObject *meth = pt_type_lookup(pt_type(seq), PT_ID(__reversed__));
    if (meth == pt_None) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not reversible", pt_type_name_of(seq));
    }
    if (meth != NULL) {
        return pt_object_call_method(seq, PT_ID(__reversed__), NULL, 0, NULL);
    }
    if (pt_is_dict(seq) || pt_type_lookup(pt_type(seq), PT_ID(__getitem__)) == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not reversible", pt_type_name_of(seq));
    }
    pt_ssize n = pt_object_len(seq);
    if (n < 0) {
        return NULL;
    }
    PtSeqIter *it = (PtSeqIter *)alloc_aux(type, sizeof(PtSeqIter));
    if (it == NULL) {
        return NULL;
    }
    it->index = n - 1;
    it->seq = pt_newref(seq);
    pt_gc_track(&it->ob);
    return &it->ob;
}

static PtObject *reversed_next(PtObject *o) {
    PtSeqIter *it = (PtSeqIter *)o;
    if (it->seq == NULL || it->index < 0) {
        it->index = -1;
        return it->seq != NULL ? exhaust(it) : NULL;
    }
    PtObject *idx = pt_int_from_ssize(it->index);
    PtObject *item = idx != NULL ? pt_object_getitem(it->seq, idx) : NULL;
    pt_xdecref(idx);
    if (item != NULL) {
        it->index--;
        return item;
    }
    if (pt_err_matches(pt_exc_IndexError) || pt_err_matches(pt_exc_StopIteration)) {
        pt_err_clear();
        it->index = -1;
        return exhaust(it);
    }
    return NULL;
}

static PtObject *reversed_length_hint(PtObject *self, PtObject *unused) {
    PtSeqIter *it = (PtSeqIter *)self;
    return pt_int_from_ssize(it->seq != NULL ? it->index + 1 : 0);
}

// cls[item]: a types.GenericAlias (PEP 585).
static PtObject *class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

// ---- Method tables ----

#define HINT(fn) {"__length_hint__", PT_FN(fn), PT_METH_NOARGS, hint_doc}

static const PtMethodDef listiter_methods[] = {HINT(listiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef listreviter_methods[] = {HINT(listreviter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef tupleiter_methods[] = {HINT(tupleiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef seqiter_methods[] = {HINT(seqiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef rangeiter_methods[] = {HINT(rangeiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef longrangeiter_methods[] = {HINT(longrangeiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef setiter_methods[] = {HINT(setiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef dictiter_methods[] = {HINT(dictiter_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef reversed_methods[] = {HINT(reversed_length_hint), {NULL, NULL, 0, NULL}};
static const PtMethodDef enumerate_methods[] = {
    {"__class_getitem__", PT_FN(class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtMethodDef keys_methods[] = {
    {"isdisjoint", PT_FN(view_isdisjoint), PT_METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", PT_FN(keys_reversed), PT_METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};
static const PtMethodDef items_methods[] = {
    {"isdisjoint", PT_FN(view_isdisjoint), PT_METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", PT_FN(items_reversed), PT_METH_NOARGS, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};
static const PtMethodDef values_methods[] = {
    {"__reversed__", PT_FN(values_reversed), PT_METH_NOARGS, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef view_getset[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtNumberMethods view_as_number = {
    .sub = view_sub,
    .and_ = view_and,
    .xor = view_xor,
    .or_ = view_or,
};

static PtSequenceMethods keys_as_sequence = {.len = view_len, .contains = keys_contains};
static PtSequenceMethods items_as_sequence = {.len = view_len, .contains = items_contains};
static PtSequenceMethods values_as_sequence = {.len = view_len};

// ---- The type objects ----

// A GC iterator type over a PtSeqIter-like struct.
#define ITER_TYPE(cname, pyname, ctype, dealloc_, traverse_, clear_, next_, methods_) \
    PtType cname = {                                                                \
        .ob = PT_STATIC_HEADER(TYPE),                                               \
        .name = pyname,                                                             \
        .basicsize = sizeof(ctype),                                                 \
        .flags = PT_TF_GC,                                                          \
        .dealloc = dealloc_,                                                        \
        .traverse = traverse_,                                                      \
        .clear = clear_,                                                            \
        .iter = self_iter,                                                          \
        .iternext = next_,                                                          \
        .methods = methods_,                                                        \
    }

ITER_TYPE(pt_listiter_type, "list_iterator", PtSeqIter, seqiter_dealloc, seqiter_traverse, seqiter_clear,
          listiter_next, listiter_methods);
ITER_TYPE(pt_listreviter_type, "list_reverseiterator", PtSeqIter, seqiter_dealloc, seqiter_traverse,
          seqiter_clear, listreviter_next, listreviter_methods);
ITER_TYPE(pt_tupleiter_type, "tuple_iterator", PtSeqIter, seqiter_dealloc, seqiter_traverse, seqiter_clear,
          tupleiter_next, tupleiter_methods);
ITER_TYPE(pt_seqiter_type, "iterator", PtSeqIter, seqiter_dealloc, seqiter_traverse, seqiter_clear,
          seqiter_next, seqiter_methods);
ITER_TYPE(pt_calliter_type, "callable_iterator", PtCallIter, calliter_dealloc, calliter_traverse,
          calliter_clear, calliter_next, NULL);
ITER_TYPE(pt_setiter_type, "set_iterator", PtSetIter, setiter_dealloc, setiter_traverse, setiter_clear,
          setiter_next, setiter_methods);
ITER_TYPE(pt_dict_keyiter_type, "dict_keyiterator", PtDictIter, dictiter_dealloc, dictiter_traverse,
          dictiter_clear, dictiter_next_key, dictiter_methods);
ITER_TYPE(pt_dict_valueiter_type, "dict_valueiterator", PtDictIter, dictiter_dealloc, dictiter_traverse,
          dictiter_clear, dictiter_next_value, dictiter_methods);
ITER_TYPE(pt_dict_itemiter_type, "dict_itemiterator", PtDictIter, dictiter_dealloc, dictiter_traverse,
          dictiter_clear, dictiter_next_item, dictiter_methods);
ITER_TYPE(pt_dict_revkeyiter_type, "dict_reversekeyiterator", PtDictIter, dictiter_dealloc,
          dictiter_traverse, dictiter_clear, dictiter_prev_key, dictiter_methods);
ITER_TYPE(pt_dict_revvalueiter_type, "dict_reversevalueiterator", PtDictIter, dictiter_dealloc,
          dictiter_traverse, dictiter_clear, dictiter_prev_value, dictiter_methods);
ITER_TYPE(pt_dict_revitemiter_type, "dict_reverseitemiterator", PtDictIter, dictiter_dealloc,
          dictiter_traverse, dictiter_clear, dictiter_prev_item, dictiter_methods);

// Range iterators hold no references: not GC containers.
PtType pt_rangeiter_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "range_iterator",
    .basicsize = sizeof(PtRangeIter),
    .dealloc = rangeiter_dealloc,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

PtType pt_longrangeiter_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "longrange_iterator",
    .basicsize = sizeof(PtLongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

// The builtins: subclassable types whose constructor builds the iterator.
#define BUILTIN_ITER_TYPE(cname, pyname, ctype, prefix, methods_, doc_) \
    PtType cname = {                                                    \
        .ob = PT_STATIC_HEADER(TYPE),                                   \
        .name = pyname,                                                 \
        .basicsize = sizeof(ctype),                                     \
        .flags = PT_TF_GC | PT_TF_BASETYPE,                             \
        .dealloc = prefix##_dealloc,                                    \
        .traverse = prefix##_traverse,                                  \
        .clear = prefix##_clear,                                        \
        .iter = self_iter,                                              \
        .iternext = prefix##_next,                                      \
        .new_ = prefix##_new,                                           \
        .methods = methods_,                                            \
        .doc = doc_,                                                    \
    }

BUILTIN_ITER_TYPE(pt_enumerate_type, "enumerate", PtEnumerate, enumerate, enumerate_methods,
                  "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                  "The enumerate object yields pairs containing a count (from start, which\ndefaults to "
                  "zero) and a value yielded by the iterable argument.");
BUILTIN_ITER_TYPE(pt_zip_type, "zip", PtZip, zip, NULL,
                  "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
BUILTIN_ITER_TYPE(pt_map_type, "map", PtMap, map, NULL,
                  "map(func, *iterables) --> map object\n\nMake an iterator that computes the function "
                  "using arguments from\neach of the iterables.  Stops when the shortest iterable is "
                  "exhausted.");
BUILTIN_ITER_TYPE(pt_filter_type, "filter", PtFilter, filter, NULL,
                  "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding "
                  "those items of iterable for which function(item)\nis true. If function is None, "
                  "return the items that are true.");

static void reversed_dealloc(PtObject *o) { seqiter_dealloc(o); }
static int reversed_traverse(PtObject *o, PtVisitFn visit, void *arg) { return seqiter_traverse(o, visit, arg); }
static int reversed_clear(PtObject *o) { return seqiter_clear(o); }

BUILTIN_ITER_TYPE(pt_reversed_type, "reversed", PtSeqIter, reversed, reversed_methods,
                  "Return a reverse iterator over the values of the given sequence.");

PtType pt_dict_keys_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "dict_keys",
    .tid = PT_TID_DICT_KEYS,
    .basicsize = sizeof(PtDictView),
    .flags = PT_TF_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .as_number = &view_as_number,
    .as_sequence = &keys_as_sequence,
    .methods = keys_methods,
    .getset = view_getset,
};

PtType pt_dict_items_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "dict_items",
    .tid = PT_TID_DICT_ITEMS,
    .basicsize = sizeof(PtDictView),
    .flags = PT_TF_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .as_number = &view_as_number,
    .as_sequence = &items_as_sequence,
    .methods = items_methods,
    .getset = view_getset,
};

PtType pt_dict_values_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "dict_values",
    .tid = PT_TID_DICT_VALUES,
    .basicsize = sizeof(PtDictView),
    .flags = PT_TF_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .iter = values_iter,
    .as_sequence = &values_as_sequence,
    .methods = values_methods,
    .getset = view_getset,
};
