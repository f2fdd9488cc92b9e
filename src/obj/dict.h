// src/obj/dict.h: the dict's memory layout, shared inside the core (VM inline caches, set.c).
//
// A dict is a small header pointing at a keys table. The table has two parts,
// allocated together:
//
//   indices[1 << log2_size]   signed 1/2/4/8-byte ints (the narrowest that can
//                             index `capacity` entries): an entry index,
//                             DKIX_EMPTY (never used) or DKIX_DUMMY (deleted)
//   entries[capacity]         (hash, key, value) in insertion order; a deleted
//                             entry has key == NULL and value == NULL
//
// Invariants: capacity == (1 << log2_size) * 2 / 3, so the index array is at
// most 2/3 full and probing always ends at an EMPTY slot; `usable` counts the
// insertions left before a resize and never grows (deleted slots are reused
// only by a resize), so DUMMY slots cannot fill the index; `nentries` is the
// number of entries ever appended (live or deleted); dict->used the live ones.
// `all_str` says every key ever stored is an exact str: lookups with a str key
// then compare by pointer, hash and content without running Python code.
//
// A keys table with log2_size == 3 and capacity 0 is the shared, static empty
// table every new dict starts with, so `{}` allocates no table.
//
// PEP 412 key-sharing (split tables) will add a `kind` of DKIND_SPLIT whose
// values live in a separate array owned by the dict; every value access in
// dict.c goes through entry_value()/entry_set_value() so that is the one place
// to teach it. docs/internals/containers.md has the whole picture.
#ifndef PT_OBJ_DICT_H
#define PT_OBJ_DICT_H

#ifndef PT_CORE
#error "src/obj/dict.h is internal to the pith core"
#endif

#include "pith/abstract.h"  // pt_type_is_subtype: pith/dict.h's pt_is_anyset needs it first
#include "pith/dict.h"  // pt_dict_type and the public API

enum { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };
enum { DKIND_COMBINED = 0 };  // DKIND_SPLIT: PEP 412 shared keys, not yet

typedef struct PtDictEntry {
    pt_hash hash;
    PtObject *key;
    PtObject *value;
} PtDictEntry;

typedef struct PtDictKeys {
    uint8_t log2_size;         // the index array has 1 << log2_size slots
    uint8_t log2_index_bytes;  // each slot is 1 << log2_index_bytes bytes
    uint8_t kind;              // DKIND_COMBINED
    uint8_t all_str;           // every key is an exact str
    uint32_t pad_;
    pt_ssize capacity;         // entries allocated
    pt_ssize usable;           // insertions left before a resize
    pt_ssize nentries;         // entries used, live or deleted
    int64_t indices[];         // really char[]: slot width varies; entries follow
} PtDictKeys;

typedef struct PtDict {
    PtObject ob;
    pt_ssize used;     // live entries
    uint64_t version;  // from the global mutation counter; see pt_dict_version
    PtDictKeys *keys;  // never NULL: the shared empty table when empty
} PtDict;

static inline PtDictEntry *pt_dict_entries(PtDictKeys *k) {
    return (PtDictEntry *)((char *)k->indices + ((size_t)1 << k->log2_size << k->log2_index_bytes));
}

// The views (types.def) and the iterators over a dict, in src/obj/iter.c.
extern PtType pt_dict_keys_type, pt_dict_values_type, pt_dict_items_type;
extern PtType pt_dict_keyiter_type, pt_dict_valueiter_type, pt_dict_itemiter_type,
    pt_dict_revkeyiter_type, pt_dict_revvalueiter_type, pt_dict_revitemiter_type;
enum { PT_DICTITER_KEYS, PT_DICTITER_VALUES, PT_DICTITER_ITEMS };
// New reference: an iterator over `d`'s keys, values or items, reversed if `reverse`.
PtObject *pt_dict_iter_new(PtObject *d, int what, int reverse);
// New reference: a keys, values or items view of `d` (`type` is one of the view types).
PtObject *pt_dict_view_new(PtObject *d, PtType *type);

// Raise KeyError(key) the way CPython does (a tuple key is not unpacked). Returns NULL.
PtObject *pt_dict_key_error(PtObject *key);
// The hash of `key` with fast paths for exact str and small int; -1 on error.
pt_hash pt_dict_hash_key(PtObject *key);
// Lookup with a precomputed hash: like pt_dict_get_ref.
int pt_dict_get_ref_hash(PtObject *d, PtObject *key, pt_hash hash, PtObject **out);
int pt_dict_set_hash(PtObject *d, PtObject *key, pt_hash hash, PtObject *value);
// Iterate with the entry's hash too (set operations on views, dict-to-set copies).
int pt_dict_next_hash(PtObject *d, pt_ssize *pos, PtObject **key, PtObject **value, pt_hash *hash);

#endif  // PT_OBJ_DICT_H
