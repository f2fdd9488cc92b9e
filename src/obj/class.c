// src/obj/class.c: creating classes (type.__new__) and the life of their instances.
//
// type.__new__(meta, name, bases, ns) picks the solid base whose C layout the
// instances share, lays out the prefix (one word per __slots__ name, then the
// __dict__ word unless __slots__ forbids it), copies the namespace, computes
// the MRO, points the slots at the generic dunder-calling functions and then
// runs __set_name__ and the parent's __init_subclass__, in CPython's order.
//
// Guards: tests/golden/lang/class_*, slots_*, metaclass_*, init_subclass_*.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/descr.h"  // PtSlotDescr, pt_slot_word
#include "obj/type.h"  // PtHeapType
#include "mem/gc.h"    // pt_gc_track
#include "obj/weakref.h"  // pt_weakref_clear_all

// ---- Instances of heap types ----

// Drop the prefix references of `o` (slots and the __dict__ word).
static void clear_prefix(PtObject *o, PtType *t) {
    PtObject **p = pt_object_prefix(o, t->prefix_words);
    for (uint32_t i = 0; i < t->prefix_words; i++) {
        if ((int32_t)i == t->dict_word && (t->flags & PT_TF_HAS_DICT)) {
            pt_instance_clear_slot(&p[i]);
        } else {
            pt_clearref(&p[i]);
        }
    }
}

// The first non-heap type on the base chain: its dealloc frees the object.
static PtType *solid_static_base(PtType *t) {
    while (t->flags & PT_TF_HEAPTYPE) {
        t = t->base;
    }
    return t;
}

void pt_subtype_dealloc(PtObject *o) {
    PtType *t = pt_type(o);
    if (t->finalize != NULL && !pt_has_flag(o, PT_OF_FINALIZED)) {
        pt_set_flag(o, PT_OF_FINALIZED);
        o->refcnt = 1;  // resurrect for the duration of __del__
        t->finalize(o);
        if (--o->refcnt != 0) {
            pt_reftotal_add(o, -1);  // resurrected: this decref leaves it alive
            return;  // __del__ stored a new reference: the object lives on
        }
    }
    if (pt_has_flag(o, PT_OF_WEAKREFS)) {
        pt_weakref_clear_all(o);  // before the instance's contents go
    }
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    clear_prefix(o, t);
    PtType *base = solid_static_base(t);
    if (base == &pt_object_type) {
        pt_object_free(o, (size_t)base->basicsize);
        return;
    }
    // A subclass of a builtin: the builtin's dealloc frees the C part, using
    // pt_type(o) (still this heap type) to find the prefix and GC header.
    base->dealloc(o);
}

int pt_subtype_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtType *t = pt_type(o);
    PtObject **p = pt_object_prefix(o, t->prefix_words);
    for (uint32_t i = 0; i < t->prefix_words; i++) {
        int r = (int32_t)i == t->dict_word && (t->flags & PT_TF_HAS_DICT) ? pt_instance_visit_slot(p[i], visit, arg)
                : p[i] != NULL                                           ? visit(p[i], arg)
                                                                         : 0;
        if (r) {
            return r;
        }
    }
    int r = visit((PtObject *)t, arg);
    if (r) {
        return r;
    }
    PtType *base = solid_static_base(t);
    if (base->traverse != NULL) {
        return base->traverse(o, visit, arg);
    }
    return 0;
}

int pt_subtype_clear(PtObject *o) {
    PtType *t = pt_type(o);
    clear_prefix(o, t);
    PtType *base = solid_static_base(t);
    if (base->clear != NULL) {
        return base->clear(o);
    }
    return 0;
}

// ---- __slots__ descriptors: a member of kind OBJECT_EX at a prefix index ----

typedef PtSlotDescr SlotDescr;

extern PtType pt_member_descr_type;

// Slot words are counted back from the header so that a subclass (whose
// prefix is longer) finds its base's slots at the same place.
static PtObject **slot_addr(PtObject *o, uint32_t index) { return pt_slot_word(o, index); }

static int slot_check(SlotDescr *d, PtObject *obj) {
    if (!pt_type_is_subtype(pt_type(obj), d->owner)) {
        pt_err_format(pt_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                      pt_type_name(d->owner), pt_type_name_of(obj));
        return -1;
    }
    return 0;
}

static PtObject *slot_descr_get(PtObject *self, PtObject *obj, PtObject *type) {
    SlotDescr *d = (SlotDescr *)self;
    if (obj == NULL) {
        return pt_newref(self);
    }
    if (slot_check(d, obj) < 0) {
        return NULL;
    }
    PtObject *v = *slot_addr(obj, d->index);
    if (v == NULL) {
        return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(obj), d->name);
    }
    return pt_newref(v);
}

static int slot_descr_set(PtObject *self, PtObject *obj, PtObject *value) {
    SlotDescr *d = (SlotDescr *)self;
    if (slot_check(d, obj) < 0) {
        return -1;
    }
    PtObject **p = slot_addr(obj, d->index);
    if (value == NULL && *p == NULL) {
        pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(obj), d->name);
        return -1;
    }
    pt_xincref(value);
    pt_setref(p, value);
    return 0;
}

static PtObject *slot_descr_repr(PtObject *self) {
    SlotDescr *d = (SlotDescr *)self;
    return pt_str_format("<member '%U' of '%s' objects>", d->name, pt_type_name(d->owner));
}

static void slot_descr_dealloc(PtObject *self) {
    pt_decref(((SlotDescr *)self)->name);
    pt_object_free(self, sizeof(SlotDescr));
}

static PtObject *slot_descr_get_name(PtObject *self, void *c) { return pt_newref(((SlotDescr *)self)->name); }
static PtObject *slot_descr_get_objclass(PtObject *self, void *c) {
    return pt_newref((PtObject *)((SlotDescr *)self)->owner);
}

static const PtGetSetDef slot_descr_getset[] = {
    {"__name__", slot_descr_get_name, NULL, NULL, NULL},
    {"__objclass__", slot_descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_slot_descr_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "member_descriptor",
    .basicsize = sizeof(SlotDescr),
    .dealloc = slot_descr_dealloc,
    .repr = slot_descr_repr,
    .descr_get = slot_descr_get,
    .descr_set = slot_descr_set,
    .getset = slot_descr_getset,
};

static PtObject *slot_descr_new(PtType *owner, PtObject *name, uint32_t index) {
    SlotDescr *d = (SlotDescr *)pt_object_alloc(&pt_slot_descr_type, sizeof(SlotDescr));
    if (d == NULL) {
        return NULL;
    }
    d->owner = owner;
    d->name = pt_newref(name);
    d->index = index;
    return (PtObject *)d;
}

// ---- Choosing the base ----

// The base with the most specific C layout; TypeError on a layout conflict.
static PtType *best_base(PtObject *bases) {
    PtType *winner = NULL, *winner_solid = NULL;
    for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
        PtObject *b = pt_tuple_get(bases, i);
        if (!pt_is_heap(b) || !pt_type_is_subtype_flag(pt_type(b), PT_TF_TYPE_SUB)) {
            pt_err_set_string(pt_exc_TypeError, "bases must be types");
            return NULL;
        }
        PtType *bt = (PtType *)b;
        if (!(bt->flags & PT_TF_BASETYPE)) {
            pt_err_format(pt_exc_TypeError, "type '%s' is not an acceptable base type", pt_type_name(bt));
            return NULL;
        }
        // The solid base: the nearest ancestor whose instances' layout this
        // one shares (a class without new slots, or a C type that adds no
        // fields — ValueError shares BaseException's — is not solid).
        PtType *solid = bt;
        for (;;) {
            if (solid->flags & PT_TF_HEAPTYPE) {
                if (solid->ht_slots != NULL && pt_tuple_len(solid->ht_slots) > 0) {
                    break;
                }
            } else if (solid->base == NULL || solid->basicsize != solid->base->basicsize ||
                       solid->itemsize != solid->base->itemsize || solid->prefix_words != solid->base->prefix_words) {
                break;
            }
            solid = solid->base;
        }
        if (winner == NULL) {
            winner = bt;
            winner_solid = solid;
        } else if (pt_type_is_subtype(winner_solid, solid)) {
            // keep the winner
        } else if (pt_type_is_subtype(solid, winner_solid)) {
            winner = bt;
            winner_solid = solid;
        } else {
            pt_err_set_string(pt_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return winner;
}

// ---- type.__new__ ----

static int ns_has(PtObject *ns, const char *key) { return pt_dict_get_cstr(ns, key) != NULL; }

// Wrap plain functions for __new__ (staticmethod) and __init_subclass__ /
// __class_getitem__ (classmethod), as CPython does implicitly.
static int wrap_implicit(PtObject *dict) {
    static const char *const as_static[] = {"__new__"};
    static const char *const as_class[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < 1; i++) {
        PtObject *f = pt_dict_get_cstr(dict, as_static[i]);
        if (f != NULL && pt_tid(f) == PT_TID_FUNCTION) {
            PtObject *w = pt_staticmethod_new(f);
            if (w == NULL || pt_dict_set_cstr(dict, as_static[i], w) < 0) {
                pt_xdecref(w);
                return -1;
            }
            pt_decref(w);
        }
    }
    for (size_t i = 0; i < 2; i++) {
        PtObject *f = pt_dict_get_cstr(dict, as_class[i]);
        if (f != NULL && pt_tid(f) == PT_TID_FUNCTION) {
            PtObject *w = pt_classmethod_new(f);
            if (w == NULL || pt_dict_set_cstr(dict, as_class[i], w) < 0) {
                pt_xdecref(w);
                return -1;
            }
            pt_decref(w);
        }
    }
    return 0;
}

// Parse __slots__ into a tuple of (mangled) names; *wants_dict is set when
// "__dict__" is among them. NULL on error.
static PtObject *read_slots(PtObject *slots, PtObject *clsname, int *wants_dict) {
    PtObject *t = pt_is_str(slots) ? pt_tuple_pack(1, slots) : pt_seq_tuple(slots);
    if (t == NULL) {
        return NULL;
    }
    PtObject *out = pt_list_new(0);
    if (out == NULL) {
        pt_decref(t);
        return NULL;
    }
    for (pt_ssize i = 0; i < pt_tuple_len(t); i++) {
        PtObject *s = pt_tuple_get(t, i);
        if (!pt_is_str(s)) {
            pt_err_format(pt_exc_TypeError, "__slots__ items must be strings, not '%s'", pt_type_name_of(s));
            goto error;
        }
        if (pt_str_eq_cstr(s, "__dict__")) {
            *wants_dict = 1;
            continue;
        }
        if (pt_str_eq_cstr(s, "__weakref__")) {
            continue;  // weak references live in a side table: always available
        }
        extern int pt_str_isidentifier(PtObject *s);
        if (!pt_str_isidentifier(s)) {
            pt_err_set_string(pt_exc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        // Mangle __private names.
        PtObject *name = pt_newref(s);
        pt_ssize n = pt_str_len(s);
        if (n > 2 && pt_str_char(s, 0) == '_' && pt_str_char(s, 1) == '_' &&
            !(pt_str_char(s, n - 1) == '_' && pt_str_char(s, n - 2) == '_')) {
            pt_ssize k = 0, cn = pt_str_len(clsname);
            while (k < cn && pt_str_char(clsname, k) == '_') {
                k++;
            }
            if (k < cn) {
                PtObject *stripped = pt_str_substr(clsname, k, cn);
                pt_decref(name);
                name = stripped != NULL ? pt_str_format("_%U%U", stripped, s) : NULL;
                pt_xdecref(stripped);
                if (name == NULL) {
                    goto error;
                }
            }
        }
        name = pt_str_intern(name);
        if (pt_seq_contains(out, name) > 0) {
            pt_err_format(pt_exc_ValueError, "%U in __slots__ conflicts with class variable", name);
            pt_decref(name);
            goto error;
        }
        if (pt_list_append_steal(out, name) < 0) {
            goto error;
        }
    }
    pt_decref(t);
    PtObject *r = pt_list_as_tuple(out);
    pt_decref(out);
    return r;
error:
    pt_decref(t);
    pt_decref(out);
    return NULL;
}

// Call __set_name__ on each attribute, then the parent's __init_subclass__.
static int finish_class(PtType *type, PtObject *kwnames, PtObject *const *kwvalues) {
    PtObject *items = pt_dict_items(type->dict);
    if (items == NULL) {
        return -1;
    }
    for (pt_ssize i = 0; i < pt_list_len(items); i++) {
        PtObject *kv = pt_list_get(items, i);
        PtObject *value = pt_tuple_get(kv, 1);
        PtObject *set_name = pt_type_lookup(pt_type(value), PT_ID(__set_name__));
        if (set_name == NULL) {
            continue;
        }
        PtObject *args[3] = {value, (PtObject *)type, pt_tuple_get(kv, 0)};
        PtObject *r = pt_object_call(set_name, args, 3, NULL);
        if (r == NULL) {
            // 3.11 adds a note: "Error calling __set_name__ on 'X' instance 'y' in 'Z'"
            pt_decref(items);
            return -1;
        }
        pt_decref(r);
    }
    pt_decref(items);
    // super(type, type).__init_subclass__(**kwargs)
    PtObject *mro = type->mro;
    for (pt_ssize i = 1; i < pt_tuple_len(mro); i++) {
        PtType *b = (PtType *)pt_tuple_get(mro, i);
        PtObject *f = pt_dict_get_cstr(b->dict, "__init_subclass__");
        if (f == NULL) {
            continue;
        }
        PtObject *bound;
        if (pt_type(f)->descr_get != NULL) {
            bound = pt_type(f)->descr_get(f, NULL, (PtObject *)type);
        } else {
            bound = pt_newref(f);
        }
        if (bound == NULL) {
            return -1;
        }
        PtObject *r = pt_object_call(bound, kwvalues, 0, kwnames);
        pt_decref(bound);
        if (r == NULL) {
            return -1;
        }
        pt_decref(r);
        break;
    }
    return 0;
}

PtObject *pt_type_new_impl(PtType *meta, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *name = args[0], *bases = args[1], *ns = args[2];
    if (!pt_is_str(name)) {
        return pt_err_format(pt_exc_TypeError, "type.__new__() argument 1 must be str, not %s", pt_type_name_of(name));
    }
    if (!pt_is_tuple(bases)) {
        return pt_err_format(pt_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             pt_type_name_of(bases));
    }
    if (!pt_is_dict(ns)) {
        return pt_err_format(pt_exc_TypeError, "type.__new__() argument 3 must be dict, not %s", pt_type_name_of(ns));
    }
    PtObject *owned_bases = NULL;
    if (pt_tuple_len(bases) == 0) {
        bases = owned_bases = pt_tuple_pack(1, (PtObject *)&pt_object_type);
        if (bases == NULL) {
            return NULL;
        }
    } else {
        pt_incref(bases);
        owned_bases = bases;
    }
    for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
        for (pt_ssize j = i + 1; j < pt_tuple_len(bases); j++) {
            if (pt_tuple_get(bases, i) == pt_tuple_get(bases, j)) {
                PtObject *b = pt_tuple_get(bases, i);
                const char *bn = pt_is_heap(b) && pt_type_is_subtype_flag(pt_type(b), PT_TF_TYPE_SUB)
                                     ? pt_type_name((PtType *)b)
                                     : "?";
                pt_decref(owned_bases);
                return pt_err_format(pt_exc_TypeError, "duplicate base class %s", bn);
            }
        }
    }
    // The most derived metaclass among meta and the bases' types.
    PtType *winner = meta;
    for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
        PtType *bm = pt_type(pt_tuple_get(bases, i));
        if (pt_type_is_subtype(winner, bm)) {
            continue;
        }
        if (pt_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        pt_decref(owned_bases);
        return pt_err_set_string(pt_exc_TypeError,
                                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                 "subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->new_ != meta->new_) {
        PtObject *r = winner->new_(winner, args, nargs, kwnames);
        pt_decref(owned_bases);
        return r;
    }
    meta = winner;
    PtType *base = best_base(bases);
    if (base == NULL) {
        pt_decref(owned_bases);
        return NULL;
    }
    PtHeapType *ht = (PtHeapType *)pt_object_alloc(meta, sizeof(PtHeapType));
    if (ht == NULL) {
        pt_decref(owned_bases);
        return NULL;
    }
    PtType *type = &ht->type;
    type->flags = PT_TF_HEAPTYPE | PT_TF_BASETYPE | PT_TF_GC;
    type->bases = owned_bases;
    type->base = (PtType *)pt_newref((PtObject *)base);
    type->ht_name = pt_newref(name);
    type->as_number = &ht->as_number;
    type->as_sequence = &ht->as_sequence;
    type->as_mapping = &ht->as_mapping;
    type->dict_word = -1;
    size_t nlen = 0;
    char namebuf[256];
    nlen = pt_str_to_utf8_buf(name, namebuf, sizeof namebuf);
    char *cname = pt_raw_alloc(nlen + 1 < sizeof namebuf ? nlen + 1 : sizeof namebuf);
    if (cname == NULL) {
        pt_decref((PtObject *)type);
        return pt_err_no_memory();
    }
    memcpy(cname, namebuf, nlen + 1 < sizeof namebuf ? nlen + 1 : sizeof namebuf);
    type->name = cname;
    if (pt_type_register(type) < 0) {
        goto error;
    }
    type->dict = pt_dict_copy(ns);
    if (type->dict == NULL) {
        goto error;
    }
    // __qualname__ and __module__.
    PtObject *qual = pt_dict_get_cstr(type->dict, "__qualname__");
    if (qual != NULL) {
        if (!pt_is_str(qual)) {
            pt_err_format(pt_exc_TypeError, "type __qualname__ must be a str, not %s", pt_type_name_of(qual));
            goto error;
        }
        type->ht_qualname = pt_newref(qual);
        if (pt_dict_del(type->dict, PT_ID(__qualname__)) < 0) {
            goto error;
        }
    } else {
        type->ht_qualname = pt_newref(name);
    }
    if (!ns_has(type->dict, "__module__")) {
        PtObject *mod = pt_eval_current_module_name();
        if (mod != NULL) {
            int r = pt_dict_set_cstr(type->dict, "__module__", mod);
            pt_decref(mod);
            if (r < 0) {
                goto error;
            }
        }
    }
    if (wrap_implicit(type->dict) < 0) {
        goto error;
    }
    // Layout: inherit the base's prefix, add __slots__, then maybe __dict__.
    uint32_t base_words = base->prefix_words;
    int base_has_dict = (base->flags & PT_TF_HAS_DICT) != 0;
    int wants_dict = 1;
    PtObject *slots = pt_dict_get_cstr(type->dict, "__slots__");
    uint32_t nslots = 0;
    if (slots != NULL) {
        wants_dict = 0;
        type->ht_slots = read_slots(slots, name, &wants_dict);
        if (type->ht_slots == NULL) {
            goto error;
        }
        nslots = (uint32_t)pt_tuple_len(type->ht_slots);
        if (nslots > 0 && base->itemsize != 0) {
            pt_err_format(pt_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
            goto error;
        }
        for (uint32_t i = 0; i < nslots; i++) {
            PtObject *sn = pt_tuple_get(type->ht_slots, i);
            if (pt_dict_get_str(type->dict, sn) != NULL) {
                pt_err_format(pt_exc_ValueError, "%U in __slots__ conflicts with class variable", sn);
                goto error;
            }
        }
    }
    // Slot words are counted back from the object: the base's words stay at
    // the same distance from the header, new ones go further out.
    uint32_t words = base_words;
    for (uint32_t i = 0; i < nslots; i++) {
        PtObject *d = slot_descr_new(type, pt_tuple_get(type->ht_slots, i), words + i);
        if (d == NULL || pt_dict_set(type->dict, pt_tuple_get(type->ht_slots, i), d) < 0) {
            pt_xdecref(d);
            goto error;
        }
        pt_decref(d);
    }
    words += nslots;
    if (base_has_dict) {
        type->flags |= PT_TF_HAS_DICT | (base->flags & PT_TF_INLINE_VALUES);
    } else if (wants_dict && pt_type_lookup(base, PT_ID(__dict__)) != NULL) {
        // The base keeps its own namespace (type, module, SimpleNamespace,
        // functions): its __dict__ serves the subclass too, as in CPython.
    } else if (wants_dict) {
        // A dict word this class introduces can hold inline values (instance.c).
        type->flags |= PT_TF_HAS_DICT | PT_TF_INLINE_VALUES;
        words += 1;
        type->dict_word = 0;  // outermost word
        if (pt_dict_get_cstr(type->dict, "__dict__") == NULL) {
            PtObject *dd = pt_instance_dict_descr(type);
            if (dd == NULL || pt_dict_set_cstr(type->dict, "__dict__", dd) < 0) {
                pt_xdecref(dd);
                goto error;
            }
            pt_decref(dd);
        }
    }
    // __weakref__, when this class is the first in its chain to allow weak
    // references (they live in a side table, so this costs no space).
    {
        int base_weak = (base->flags & PT_TF_WEAKREFABLE) != 0;
        for (PtType *b = base; !base_weak && b != NULL && (b->flags & PT_TF_HEAPTYPE); b = b->base) {
            base_weak = pt_dict_get_cstr(b->dict, "__weakref__") != NULL;
        }
        int slots_allow = type->ht_slots == NULL || pt_dict_get_cstr(type->dict, "__weakref__") != NULL;
        if (slots != NULL) {
            slots_allow = 0;
            PtObject *st = pt_is_str(slots) ? pt_tuple_pack(1, slots) : pt_seq_tuple(slots);
            for (pt_ssize i = 0; st != NULL && i < pt_tuple_len(st); i++) {
                PtObject *sn = pt_tuple_get(st, i);
                slots_allow |= pt_is_str(sn) && pt_str_eq_cstr(sn, "__weakref__");
            }
            pt_xdecref(st);
            pt_err_clear();
        }
        if (!base_weak && slots_allow && pt_dict_get_cstr(type->dict, "__weakref__") == NULL) {
            PtObject *wd = pt_instance_weakref_descr(type);
            if (wd == NULL || pt_dict_set_cstr(type->dict, "__weakref__", wd) < 0) {
                pt_xdecref(wd);
                goto error;
            }
            pt_decref(wd);
        }
    }
    if (!ns_has(type->dict, "__doc__") && pt_dict_set_cstr(type->dict, "__doc__", pt_None) < 0) {
        goto error;
    }
    type->prefix_words = words;
    if (base_has_dict) {
        // The base put its dict word at distance (base_words - base->dict_word) from the object;
        // our prefix is `words` long, so the same word is at index words - that distance.
        type->dict_word = (int32_t)(words - (base_words - (uint32_t)base->dict_word));
    }
    type->basicsize = base->basicsize;
    type->itemsize = base->itemsize;
    // MRO and slots.
    type->mro = NULL;
    {
        if (pt_type_compute_mro(type) < 0) {
            goto error;
        }
    }
    for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
        if (pt_type_add_subclass((PtType *)pt_tuple_get(bases, i), type) < 0) {
            goto error;
        }
    }
    type->flags |= base->flags & (PT_TF_INT_SUB | PT_TF_STR_SUB | PT_TF_BYTES_SUB | PT_TF_LIST_SUB |
                                  PT_TF_TUPLE_SUB | PT_TF_DICT_SUB | PT_TF_EXC_SUB | PT_TF_TYPE_SUB |
                                  PT_TF_SEQUENCE | PT_TF_MAPPING);
    type->dealloc = pt_subtype_dealloc;
    type->traverse = pt_subtype_traverse;
    type->clear = pt_subtype_clear;
    pt_slots_fixup(type);
    {
        type->version = pt_type_next_version();
    }
    type->flags |= PT_TF_READY;
    // __classcell__: give the class to the methods' __class__ cell.
    PtObject *cell = pt_dict_get_cstr(type->dict, "__classcell__");
    if (cell != NULL) {
        if (pt_tid(cell) != PT_TID_CELL) {
            pt_err_format(pt_exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", pt_type_name_of(cell));
            goto error;
        }
        pt_cell_set(cell, (PtObject *)type);
        if (pt_dict_del(type->dict, PT_ID(__classcell__)) < 0) {
            goto error;
        }
    }
    pt_gc_track((PtObject *)type);
    // Keyword arguments other than metaclass go to __init_subclass__.
    if (finish_class(type, kwnames, kwnames != NULL ? args + nargs : NULL) < 0) {
        pt_decref((PtObject *)type);
        return NULL;
    }
    return (PtObject *)type;
error:
    pt_decref((PtObject *)type);
    return NULL;
}
