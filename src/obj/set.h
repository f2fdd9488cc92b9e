// src/obj/set.h: the layout of set and frozenset, shared with their iterator (iter.c).
//
// An open-addressing hash table of (key, hash) entries, unordered. An entry
// is unused (key NULL), a dummy left by a deletion (key == PT_SET_DUMMY, hash
// -1) or active. `fill` counts active + dummy entries and stays under 60% of
// the table so every probe ends at an unused entry. Tables of up to 8 entries
// live inline in the object (`smalltable`). The probe order, table sizes and
// resize rule follow CPython's so that sets of small ints iterate (and print)
// in the same order as in CPython. docs/internals/containers.md.
#ifndef PT_OBJ_SET_H
#define PT_OBJ_SET_H

#ifndef PT_CORE
#error "src/obj/set.h is internal to the pith core"
#endif

#include "pith/abstract.h"  // pt_type_is_subtype: pith/dict.h's pt_is_anyset needs it first
#include "pith/dict.h"  // pt_set_type, pt_frozenset_type, the public set API

#define PT_SET_MINSIZE 8

typedef struct PtSetEntry {
    PtObject *key;
    pt_hash hash;
} PtSetEntry;

typedef struct PtSet {
    PtObject ob;
    pt_ssize fill;       // active + dummy entries
    pt_ssize used;       // active entries
    pt_ssize mask;       // table size - 1
    PtSetEntry *table;   // `smalltable` or a separate allocation
    pt_hash hash;        // frozenset: cached hash, -1 until computed
    pt_ssize finger;     // where pop() resumes its search
    PtSetEntry smalltable[PT_SET_MINSIZE];
} PtSet;

// The marker stored in deleted entries (never visible to Python code).
extern PtObject pt_set_dummy_obj;
#define PT_SET_DUMMY (&pt_set_dummy_obj)

extern PtType pt_set_iter_type;

#endif  // PT_OBJ_SET_H
