// include/pith/tuple.h: tuple, the immutable exact-size array.
#ifndef PT_TUPLE_H
#define PT_TUPLE_H

#include "pith/object.h"  // PtObject

extern PtType pt_tuple_type;

typedef struct PtTuple {
    PtObject ob;
    pt_ssize size;
    PtObject *items[];
} PtTuple;

static inline int pt_is_tuple_exact(PtObject *v) { return pt_tid(v) == PT_TID_TUPLE; }
static inline int pt_is_tuple(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_TUPLE || pt_type_is_subtype_flag(pt_type(v), PT_TF_TUPLE_SUB));
}
// New tuple of `size` NULL items; fill every item with pt_tuple_set_steal.
PtObject *pt_tuple_new(pt_ssize size);
PtObject *pt_tuple_pack(size_t n, ...);  // n borrowed values
PtObject *pt_tuple_from_array(PtObject *const *items, size_t n);  // borrowed items
static inline pt_ssize pt_tuple_len(PtObject *t) { return ((PtTuple *)t)->size; }
static inline PtObject *pt_tuple_get(PtObject *t, pt_ssize i) { return ((PtTuple *)t)->items[i]; }
static inline void pt_tuple_set_steal(PtObject *t, pt_ssize i, PtObject *v) { ((PtTuple *)t)->items[i] = v; }
static inline PtObject *const *pt_tuple_items(PtObject *t) { return ((PtTuple *)t)->items; }
PtObject *pt_tuple_slice(PtObject *t, pt_ssize lo, pt_ssize hi);
// The shared empty tuple (borrowed).
PtObject *pt_tuple_empty(void);

#endif  // PT_TUPLE_H
