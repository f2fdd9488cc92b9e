// include/pith/iter.h: iterator objects and the builtins that make iterators.
//
// The builtins enumerate, zip, map, filter and reversed are these types
// (calling the type builds the iterator). The sequence iterator serves iter()
// on objects that only have __getitem__, the callable iterator iter(f,
// sentinel). Each container's own iterator (list_iterator, ...) is made by its
// __iter__; the constructors below are for the core and for C modules.
// Layouts are internal (src/obj/iter.h).
#ifndef PT_ITER_H
#define PT_ITER_H

#include "pith/object.h"  // PtObject, PtType

// The builtins' types.
extern PtType pt_enumerate_type, pt_zip_type, pt_map_type, pt_filter_type, pt_reversed_type;
// iter(obj) for __getitem__ sequences, and iter(callable, sentinel).
extern PtType pt_seqiter_type, pt_calliter_type;
// The containers' iterators.
extern PtType pt_listiter_type, pt_listreviter_type, pt_tupleiter_type, pt_setiter_type,
    pt_rangeiter_type, pt_longrangeiter_type;

// New references; NULL with an exception on failure.
PtObject *pt_seqiter_new(PtObject *seq);                          // iter(seq) via __getitem__
PtObject *pt_calliter_new(PtObject *callable, PtObject *sentinel);  // iter(callable, sentinel)
PtObject *pt_listiter_new(PtObject *list);
PtObject *pt_listreviter_new(PtObject *list);
PtObject *pt_tupleiter_new(PtObject *tuple);
PtObject *pt_setiter_new(PtObject *set);  // set or frozenset
// Iterate `len` ints start, start + step, ... (all three ints; any size).
PtObject *pt_rangeiter_new(PtObject *start, PtObject *step, PtObject *len);
// New reference: range(start, stop, step) from C integers (step must not be 0).
PtObject *pt_range_new(int64_t start, int64_t stop, int64_t step);

#endif  // PT_ITER_H
