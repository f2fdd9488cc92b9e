// src/obj/iter.h: layouts of the hot iterators, for the VM's inline fast paths.
//
// The VM may step a list or small-int range iterator itself instead of calling
// its iternext slot (FOR_ITER specialisation); it must then follow the same
// rules as iter.c: an exhausted iterator drops its sequence (seq = NULL) and
// stays exhausted.
#ifndef PT_OBJ_ITER_H
#define PT_OBJ_ITER_H

#ifndef PT_CORE
#error "src/obj/iter.h is internal to the pith core"
#endif

#include "pith/iter.h"  // the iterator types

// list_iterator, list_reverseiterator, tuple_iterator, iterator (__getitem__).
typedef struct PtSeqIter {
    PtObject ob;
    pt_ssize index;  // next index (reverse: current index, -1 when done)
    PtObject *seq;   // NULL once exhausted
} PtSeqIter;

// range_iterator: values start + i * step for i in [index, len), all fitting in int64.
typedef struct PtRangeIter {
    PtObject ob;
    int64_t start, step, len, index;
} PtRangeIter;

#endif  // PT_OBJ_ITER_H
