// include/pith/dict.h: dict (compact, insertion-ordered hash table), set and frozenset.
//
// Layout and probing live in src/obj/dict.c. Functions taking a key may run
// Python code (__hash__, __eq__) and so return new references; the *_str
// variants take exact str keys, run no Python code, and may return borrowed.
#ifndef PT_DICT_H
#define PT_DICT_H

#include "pith/object.h"  // PtObject

extern PtType pt_dict_type, pt_set_type, pt_frozenset_type;

static inline int pt_is_dict_exact(PtObject *v) { return pt_tid(v) == PT_TID_DICT; }
static inline int pt_is_dict(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_DICT || pt_type_is_subtype_flag(pt_type(v), PT_TF_DICT_SUB));
}

PtObject *pt_dict_new(void);
PtObject *pt_dict_new_presized(pt_ssize n);
pt_ssize pt_dict_len(PtObject *d);
// 1 found (*out new reference), 0 absent (*out NULL), -1 error (unhashable key: TypeError).
int pt_dict_get_ref(PtObject *d, PtObject *key, PtObject **out);
// Borrowed value for an exact-str key, NULL if absent; never fails, runs no Python code.
PtObject *pt_dict_get_str(PtObject *d, PtObject *key);
PtObject *pt_dict_get_cstr(PtObject *d, const char *key);
int pt_dict_set(PtObject *d, PtObject *key, PtObject *value);  // 0 or -1; does not steal
int pt_dict_set_cstr(PtObject *d, const char *key, PtObject *value);
int pt_dict_del(PtObject *d, PtObject *key);  // KeyError if absent
int pt_dict_pop(PtObject *d, PtObject *key, PtObject **out);  // 1/0/-1, like get_ref
int pt_dict_contains(PtObject *d, PtObject *key);  // 1/0/-1
// Iterate in insertion order: `pos` starts at 0; 1 with borrowed *key/*value, 0 at the end.
int pt_dict_next(PtObject *d, pt_ssize *pos, PtObject **key, PtObject **value);
PtObject *pt_dict_copy(PtObject *d);
int pt_dict_update(PtObject *d, PtObject *other);  // mapping or iterable of pairs
int pt_dict_merge(PtObject *d, PtObject *other, int override);
void pt_dict_clear(PtObject *d);
PtObject *pt_dict_keys(PtObject *d);    // list
PtObject *pt_dict_values(PtObject *d);  // list
PtObject *pt_dict_items(PtObject *d);   // list of 2-tuples
// A version number that changes on every mutation (inline caches).
uint64_t pt_dict_version(PtObject *d);
// d[key] = d.get(key, dflt): the setdefault primitive, new reference.
PtObject *pt_dict_setdefault(PtObject *d, PtObject *key, PtObject *dflt);

int pt_type_is_subtype(PtType *a, PtType *b);  // abstract.h; repeated here so this header stands alone
static inline int pt_is_anyset(PtObject *v) {
    uint32_t t = pt_tid(v);
    return t == PT_TID_SET || t == PT_TID_FROZENSET ||
           (pt_is_heap(v) && (pt_type_is_subtype(pt_type(v), &pt_set_type) ||
                              pt_type_is_subtype(pt_type(v), &pt_frozenset_type)));
}
PtObject *pt_set_new(PtObject *iterable);        // iterable may be NULL
PtObject *pt_frozenset_new(PtObject *iterable);
int pt_set_add(PtObject *s, PtObject *key);
int pt_set_discard(PtObject *s, PtObject *key);  // 1 removed, 0 absent, -1 error
int pt_set_contains(PtObject *s, PtObject *key);
pt_ssize pt_set_len(PtObject *s);
// Iterate: like pt_dict_next, with a borrowed key.
int pt_set_next(PtObject *s, pt_ssize *pos, PtObject **key);

#endif  // PT_DICT_H
