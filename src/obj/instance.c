// src/obj/instance.c: attribute storage of class instances: shared keys and inline values.
//
// An instance of an ordinary class does not start with a dict. Its class
// keeps one append-only table of attribute names (`cached_keys`: a dict from
// name to index, at most MAX_SHARED_KEYS names), and each instance keeps only
// a small block of values indexed by it (PEP 412's key-sharing, without a
// per-instance hash table). The instance's __dict__ word holds one of:
//
//   NULL                      no attributes yet
//   (InlineValues *) | 1      the values block (low bit set: never a valid object)
//   a dict                    a real dict, once anything needed one
//
// An instance stores its attributes in the order the class first saw them:
// it holds the first `count` keys of the table, and may add key `count`
// next. Anything else — setting attributes in a different order, deleting
// one, asking for __dict__, more than MAX_SHARED_KEYS names — turns the
// block into a real dict ("materialises" it), preserving insertion order, so
// behaviour is always exactly a dict's. For the common case of instances that
// set the same attributes in __init__, an instance with two attributes costs
// its object (32 bytes) plus a 24-byte block, against CPython 3.11's object,
// pre-header and values array.
//
// Guards: tests/golden/lang/class_*, tests/pith/memory_*.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/instance.h"  // PtInlineValues
#include "obj/type.h"  // pt_instance_* declarations

#define MAX_SHARED_KEYS 30

typedef PtInlineValues InlineValues;

static inline int slot_is_values(PtObject *p) { return p != NULL && ((uintptr_t)p & 1) != 0; }
static inline InlineValues *slot_values(PtObject *p) { return (InlineValues *)((uintptr_t)p & ~(uintptr_t)1); }
static inline PtObject *values_slot(InlineValues *v) { return (PtObject *)((uintptr_t)v | 1); }

static size_t values_size(uint32_t cap) { return sizeof(InlineValues) + cap * sizeof(PtObject *); }

// ---- The dict word ----

PtObject **pt_instance_dict_slot(PtObject *o) {
    if (!pt_is_heap(o)) {
        return NULL;
    }
    PtType *t = pt_type(o);
    if (t->dict_word < 0 || !(t->flags & PT_TF_HAS_DICT)) {
        return NULL;
    }
    return pt_object_prefix(o, t->prefix_words) + t->dict_word;
}

// Replace the values block in *slot by an equivalent dict. 0 or -1.
static int materialize(PtObject *o, PtObject **slot) {
    InlineValues *iv = slot_values(*slot);
    PtObject *keys = pt_type(o)->cached_keys;
    PtObject *d = pt_dict_new_presized(iv->count);
    if (d == NULL) {
        return -1;
    }
    pt_ssize pos = 0;
    PtObject *k, *idx;
    while (pt_dict_next(keys, &pos, &k, &idx)) {
        uint32_t i = (uint32_t)pt_smallint_value(idx);
        if (i < iv->count && iv->values[i] != NULL && pt_dict_set(d, k, iv->values[i]) < 0) {
            pt_decref(d);
            return -1;
        }
    }
    for (uint32_t i = 0; i < iv->count; i++) {
        pt_xdecref(iv->values[i]);
    }
    pt_mem_free(iv, values_size(iv->capacity));
    *slot = d;
    return 0;
}

PtObject *pt_instance_dict(PtObject *o, int create) {
    PtObject **slot = pt_instance_dict_slot(o);
    if (slot == NULL) {
        return NULL;
    }
    if (slot_is_values(*slot)) {
        if (materialize(o, slot) < 0) {
            return NULL;
        }
    } else if (*slot == NULL && create) {
        *slot = pt_dict_new();
    }
    return *slot;
}

// ---- Lookup and store (called from the generic attribute protocol) ----

int pt_instance_get(PtObject *o, PtObject **slot, PtObject *name, PtObject **out) {
    PtObject *s = *slot;
    if (slot_is_values(s)) {
        InlineValues *iv = slot_values(s);
        PtObject *idx = pt_is_str_exact(name) ? pt_dict_get_str(pt_type(o)->cached_keys, name) : NULL;
        if (idx != NULL) {
            uint32_t i = (uint32_t)pt_smallint_value(idx);
            if (i < iv->count && iv->values[i] != NULL) {
                *out = pt_newref(iv->values[i]);
                return 1;
            }
            *out = NULL;
            return 0;
        }
        if (pt_is_str_exact(name)) {
            *out = NULL;
            return 0;
        }
        if (materialize(o, slot) < 0) {  // a str subclass as name: let the dict decide
            return -1;
        }
        s = *slot;
    }
    if (s == NULL) {
        *out = NULL;
        return 0;
    }
    if (pt_is_str_exact(name) && pt_is_dict_exact(s)) {
        *out = pt_dict_get_str(s, name);
        pt_xincref(*out);
        return *out != NULL;
    }
    pt_incref(s);
    int r = pt_dict_get_ref(s, name, out);
    pt_decref(s);
    return r;
}

// Try to store `value` in the values block (or start one). 1 done, 0 the
// instance needs a real dict instead, -1 error.
static int store_inline(PtObject *o, PtObject **slot, PtObject *name, PtObject *value) {
    PtType *t = pt_type(o);
    if (!(t->flags & PT_TF_INLINE_VALUES) || !pt_is_str_exact(name) || !pt_has_flag(name, PT_OF_USER1)) {
        return 0;  // only interned exact-str names go inline
    }
    if (t->cached_keys == NULL && (t->cached_keys = pt_dict_new()) == NULL) {
        return -1;
    }
    PtObject *keys = t->cached_keys;
    InlineValues *iv = slot_is_values(*slot) ? slot_values(*slot) : NULL;
    uint32_t count = iv != NULL ? iv->count : 0;
    PtObject *idx = pt_dict_get_str(keys, name);
    uint32_t i;
    if (idx != NULL) {
        i = (uint32_t)pt_smallint_value(idx);
        if (i > count) {
            return 0;  // out of the class's order
        }
    } else {
        pt_ssize nkeys = pt_dict_len(keys);
        if ((pt_ssize)count != nkeys || nkeys >= MAX_SHARED_KEYS) {
            return 0;
        }
        if (pt_dict_set(keys, name, pt_smallint(nkeys)) < 0) {
            return -1;
        }
        i = (uint32_t)nkeys;
    }
    if (i < count) {
        pt_incref(value);
        pt_setref(&iv->values[i], value);
        return 1;
    }
    // Append key i == count, growing the block if needed.
    if (iv == NULL || iv->count == iv->capacity) {
        uint32_t old = iv != NULL ? iv->capacity : 0;
        uint32_t cap = old == 0 ? (uint32_t)pt_dict_len(keys) : old * 2;
        if (cap < 2) {
            cap = 2;
        }
        if (cap > MAX_SHARED_KEYS) {
            cap = MAX_SHARED_KEYS;
        }
        InlineValues *grown = iv == NULL ? pt_mem_alloc(values_size(cap))
                                         : pt_mem_realloc(iv, values_size(old), values_size(cap));
        if (grown == NULL) {
            pt_err_no_memory();
            return -1;
        }
        if (iv == NULL) {
            grown->count = 0;
        }
        grown->capacity = cap;
        iv = grown;
        *slot = values_slot(iv);
    }
    iv->values[iv->count++] = pt_newref(value);
    return 1;
}

int pt_instance_set(PtObject *o, PtObject **slot, PtObject *name, PtObject *value) {
    if (value != NULL && (*slot == NULL || slot_is_values(*slot))) {
        int r = store_inline(o, slot, name, value);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    if (slot_is_values(*slot) && materialize(o, slot) < 0) {
        return -1;
    }
    if (*slot == NULL) {
        if (value == NULL) {
            pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(o), name);
            return -1;
        }
        if ((*slot = pt_dict_new()) == NULL) {
            return -1;
        }
    }
    PtObject *dict = *slot;
    pt_incref(dict);
    int r;
    if (value != NULL) {
        r = pt_dict_set(dict, name, value);
    } else {
        r = pt_dict_del(dict, name);
        if (r < 0 && pt_err_matches(pt_exc_KeyError)) {
            pt_err_clear();
            pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name_of(o), name);
        }
    }
    pt_decref(dict);
    return r;
}

// ---- Lifecycle of the word ----

void pt_instance_clear_slot(PtObject **slot) {
    PtObject *s = *slot;
    if (slot_is_values(s)) {
        InlineValues *iv = slot_values(s);
        *slot = NULL;
        for (uint32_t i = 0; i < iv->count; i++) {
            pt_xdecref(iv->values[i]);
        }
        pt_mem_free(iv, values_size(iv->capacity));
        return;
    }
    pt_clearref(slot);
}

int pt_instance_visit_slot(PtObject *s, PtVisitFn visit, void *arg) {
    if (slot_is_values(s)) {
        InlineValues *iv = slot_values(s);
        for (uint32_t i = 0; i < iv->count; i++) {
            if (iv->values[i] != NULL) {
                int r = visit(iv->values[i], arg);
                if (r) {
                    return r;
                }
            }
        }
        return 0;
    }
    return s != NULL ? visit(s, arg) : 0;
}

size_t pt_instance_values_size(PtObject *s) {
    return slot_is_values(s) ? values_size(slot_values(s)->capacity) : 0;
}

int pt_instance_is_values(PtObject *s) { return slot_is_values(s); }
