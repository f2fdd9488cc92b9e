// include/pith/structseq.h: struct sequence types (named tuples made in C).
#ifndef PT_STRUCTSEQ_H
#define PT_STRUCTSEQ_H

#include "pith/object.h"  // PtType

// Make `t` (zeroed static storage) a struct sequence type called `name`
// (e.g. "time.struct_time") with `nfields` named fields, of which the first
// `nvisible` form the tuple. The field names must outlive the type. 0 or -1.
int pt_structseq_init_type(PtType *t, const char *name, const char *const *fields, int nfields, int nvisible);
// New instance from nfields items (stolen, even on failure; NULL items mean
// an earlier failure: everything is released and NULL returned).
PtObject *pt_structseq_new(PtType *type, PtObject **items);

#endif  // PT_STRUCTSEQ_H
