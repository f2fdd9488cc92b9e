// include/pith/slice.h: slice objects and the index arithmetic every sequence shares.
//
// A slice holds three arbitrary objects (None when absent). Sequences turn it
// into C indices in two steps, as CPython does: pt_slice_unpack converts the
// fields to pt_ssize (None becomes the default for the step's direction; values
// beyond pt_ssize are clamped), then pt_slice_adjust_indices clips them to a
// concrete length and returns the number of selected items. Splitting the two
// matters: __index__ may run Python code that changes the sequence's length,
// so the length must be read after unpacking.
#ifndef PT_SLICE_H
#define PT_SLICE_H

#include "pith/object.h"  // PtObject, pt_ssize

extern PtType pt_slice_type;

typedef struct PtSlice {
    PtObject ob;
    PtObject *start, *stop, *step;  // never NULL: None when absent
} PtSlice;

#define PT_SSIZE_MAX ((pt_ssize)INTPTR_MAX)
#define PT_SSIZE_MIN ((pt_ssize)INTPTR_MIN)

static inline int pt_is_slice(PtObject *v) { return pt_tid(v) == PT_TID_SLICE; }

// New reference: slice(start, stop, step); NULL arguments mean None.
PtObject *pt_slice_new(PtObject *start, PtObject *stop, PtObject *step);
// The fields as C integers, defaults filled in from the step's sign, big values
// clamped to [PT_SSIZE_MIN, PT_SSIZE_MAX] (the step to [-PT_SSIZE_MAX, PT_SSIZE_MAX]).
// 0 or -1: ValueError "slice step cannot be zero", TypeError for non-index fields.
int pt_slice_unpack(PtObject *slice, pt_ssize *start, pt_ssize *stop, pt_ssize *step);
// Clip unpacked indices to a sequence of `length`; returns the slice length. Never fails.
pt_ssize pt_slice_adjust_indices(pt_ssize length, pt_ssize *start, pt_ssize *stop, pt_ssize step);
// Both steps at once; *slicelength may be NULL. 0 or -1.
int pt_slice_get_indices(PtObject *slice, pt_ssize length, pt_ssize *start, pt_ssize *stop,
                         pt_ssize *step, pt_ssize *slicelength);
// An index for a slice bound or a sequence subscript: an int or an object with
// __index__, clamped to pt_ssize. 0 or -1 (TypeError with CPython's slice message).
int pt_slice_index(PtObject *v, pt_ssize *out);
// 1 if `v` is an int or has __index__ (may be used as an index), else 0. Never fails.
int pt_slice_index_ok(PtObject *v);

#endif  // PT_SLICE_H
