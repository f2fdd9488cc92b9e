// include/pith/list.h: list, the over-allocated dynamic array.
#ifndef PT_LIST_H
#define PT_LIST_H

#include "pith/object.h"  // PtObject

extern PtType pt_list_type;

typedef struct PtList {
    PtObject ob;
    pt_ssize size;
    pt_ssize allocated;
    PtObject **items;
} PtList;

static inline int pt_is_list_exact(PtObject *v) { return pt_tid(v) == PT_TID_LIST; }
static inline int pt_is_list(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_LIST || pt_type_is_subtype_flag(pt_type(v), PT_TF_LIST_SUB));
}
// New list of `size` NULL items (fill with pt_list_set_steal before use).
PtObject *pt_list_new(pt_ssize size);
static inline pt_ssize pt_list_len(PtObject *l) { return ((PtList *)l)->size; }
// Borrowed item, no bounds check.
static inline PtObject *pt_list_get(PtObject *l, pt_ssize i) { return ((PtList *)l)->items[i]; }
// Store `v` (stolen) at i, dropping nothing: for filling a new list.
static inline void pt_list_set_steal(PtObject *l, pt_ssize i, PtObject *v) { ((PtList *)l)->items[i] = v; }
int pt_list_append(PtObject *l, PtObject *v);  // 0 or -1
int pt_list_append_steal(PtObject *l, PtObject *v);  // steals v even on failure
int pt_list_insert(PtObject *l, pt_ssize i, PtObject *v);
int pt_list_extend(PtObject *l, PtObject *iterable);
int pt_list_sort(PtObject *l);
int pt_list_reverse(PtObject *l);
PtObject *pt_list_as_tuple(PtObject *l);
PtObject *pt_list_slice(PtObject *l, pt_ssize lo, pt_ssize hi);

#endif  // PT_LIST_H
