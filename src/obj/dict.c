// src/obj/dict.c: dict, the compact insertion-ordered hash table, with its views and iterators.
//
// The layout and its invariants are in src/obj/dict.h: a sparse index array
// of 1/2/4/8-byte slots pointing into a dense array of (hash, key, value)
// entries kept in insertion order. Lookup probes the index array with
// CPython's documented perturbation recurrence
//
//     i = (5 * i + 1 + perturb) mod size;  perturb >>= 5 first
//
// which visits every slot and mixes in the high bits of the hash early.
// Deleting writes DKIX_DUMMY into the index slot (so probe chains stay
// intact) and clears the entry; only a resize compacts the entries. A table
// grows when its insertion budget (`usable`) runs out, to the smallest power
// of two >= 3 * used, which also shrinks tables that were mostly deleted.
//
// The hottest callers are attribute dicts and globals with interned str keys:
// pt_dict_get_str and the all_str tables make those a pointer compare in the
// common case, with no Python code run. Every mutation takes a fresh number
// from one global counter (pt_dict_version) so inline caches can tell whether
// a dict changed with one compare.
//
// GC: an exact dict starts untracked and is tracked the first time a key or
// value that may be part of a cycle is stored (maybe_track), as CPython does.
//
// The views and iterators live in iter.c.
//
// Guards: tests/unit/test_dict.c (probing, resizing, dummies, ordering),
// tests/golden/types/dict_*.py. docs/internals/containers.md.
#include <string.h>

#include "pith/abstract.h"   // pt_object_hash, pt_object_richcompare_bool, pt_object_iter ...
#include "obj/dict.h"        // PtDict, PtDictKeys, PtDictEntry
#include "obj/list.h"        // pt_repr_enter, pt_repr_leave
#include "obj/str.h"         // PtStr: cached hash and raw data of str keys
#include "obj/type.h"         // pt_genericalias_new for __class_getitem__
#include "pith/errors.h"     // pt_err_*, pt_exc_*
#include "pith/int.h"        // pt_int_from_ssize
#include "pith/list.h"       // pt_list_new, pt_list_set_steal
#include "pith/mem.h"        // pt_mem_alloc, pt_mem_free
#include "pith/modsupport.h" // pt_check_nargs, pt_check_no_kwargs
#include "pith/tuple.h"      // pt_tuple_pack, pt_tuple_new

// ---- Layout and helpers ----

#define DICT_MINSIZE 8
#define DICT_LOG2_MINSIZE 3
#define PERTURB_SHIFT 5

// The shared table of every empty dict: 8 EMPTY one-byte slots, no entries.
static struct {
    PtDictKeys k;
    int8_t idx[DICT_MINSIZE];
} empty_keys_storage = {
    {DICT_LOG2_MINSIZE, 0, DKIND_COMBINED, 1, 0, 0, 0, 0},
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS (&empty_keys_storage.k)

// Mutation counter behind pt_dict_version. Protected by the GIL.
static uint64_t dict_version_counter;

// Freed tables of the minimum size and freed exact dicts, for reuse. Protected by the GIL.
#define KEYS_FREELIST_MAX 80
#define DICT_FREELIST_MAX 80
static PtDictKeys *keys_freelist[KEYS_FREELIST_MAX];
static int keys_nfree;
static PtDict *dict_freelist[DICT_FREELIST_MAX];
static int dict_nfree;

static inline uint64_t next_version(void) { return ++dict_version_counter; }

static inline char *keys_indices(PtDictKeys *k) { return (char *)(k + 1); }

static inline pt_ssize ix_get(PtDictKeys *k, size_t i) {
    const char *p = keys_indices(k);
    switch (k->log2_index_bytes) {
    case 0:
        return ((const int8_t *)p)[i];
    case 1:
        return ((const int16_t *)p)[i];
    case 2:
        return ((const int32_t *)p)[i];
    default:
        return (pt_ssize)((const int64_t *)p)[i];
    }
}

static inline void ix_set(PtDictKeys *k, size_t i, pt_ssize ix) {
    char *p = keys_indices(k);
    switch (k->log2_index_bytes) {
    case 0:
        ((int8_t *)p)[i] = (int8_t)ix;
        break;
    case 1:
        ((int16_t *)p)[i] = (int16_t)ix;
        break;
    case 2:
        ((int32_t *)p)[i] = (int32_t)ix;
        break;
    default:
        ((int64_t *)p)[i] = (int64_t)ix;
        break;
    }
}

static inline size_t keys_mask(PtDictKeys *k) { return ((size_t)1 << k->log2_size) - 1; }

static size_t keys_alloc_size(int log2_size, int log2_bytes, pt_ssize capacity) {
    return sizeof(PtDictKeys) + ((size_t)1 << log2_size << log2_bytes) +
           (size_t)capacity * sizeof(PtDictEntry);
}

static size_t keys_size(PtDictKeys *k) {
    return keys_alloc_size(k->log2_size, k->log2_index_bytes, k->capacity);
}

// A fresh table of 1 << log2_size slots, all EMPTY, no entries. NULL (no
// exception) when out of memory.
static PtDictKeys *keys_new(int log2_size) {
    int log2_bytes = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    pt_ssize capacity = (pt_ssize)(((size_t)2 << log2_size) / 3);
    PtDictKeys *k;
    if (log2_size == DICT_LOG2_MINSIZE && keys_nfree > 0) {
        k = keys_freelist[--keys_nfree];
    } else {
        k = pt_mem_alloc(keys_alloc_size(log2_size, log2_bytes, capacity));
        if (k == NULL) {
            return NULL;
        }
    }
    k->log2_size = (uint8_t)log2_size;
    k->log2_index_bytes = (uint8_t)log2_bytes;
    k->kind = DKIND_COMBINED;
    k->all_str = 1;
    k->pad_ = 0;
    k->capacity = capacity;
    k->usable = capacity;
    k->nentries = 0;
    memset(keys_indices(k), 0xff, (size_t)1 << log2_size << log2_bytes);  // all DKIX_EMPTY
    return k;
}

// Release a table's memory; its entries' references were moved or dropped.
static void keys_free(PtDictKeys *k) {
    if (k == EMPTY_KEYS) {
        return;
    }
    if (k->log2_size == DICT_LOG2_MINSIZE && keys_nfree < KEYS_FREELIST_MAX) {
        keys_freelist[keys_nfree++] = k;
        return;
    }
    pt_mem_free(k, keys_size(k));
}

// Smallest log2 table size whose slots number at least `minsize` (and 8).
static int log2_for(pt_ssize minsize) {
    int log2 = DICT_LOG2_MINSIZE;
    while (((pt_ssize)1 << log2) < minsize && log2 < 62) {
        log2++;
    }
    return log2;
}

static inline int str_key_eq(PtObject *a, PtObject *b) {
    PtStr *x = (PtStr *)a, *y = (PtStr *)b;
    if (x->length != y->length || ((a->tinfo ^ b->tinfo) & PT_STR_KIND_MASK) != 0) {
        return 0;
    }
    return memcmp(pt_str_fast_data(a), pt_str_fast_data(b),
                  (size_t)x->length * (size_t)pt_str_fast_kind(a)) == 0;
}

static inline pt_hash str_hash(PtObject *s) {
    pt_hash h = ((PtStr *)s)->hash;
    return h != -1 ? h : pt_str_hash(s);
}

// The int hash for small ints: value mod 2**61 - 1 keeping the sign, -1 -> -2.
static inline pt_hash smallint_hash(PtObject *v) {
    const int64_t modulus = ((int64_t)1 << 61) - 1;
    int64_t x = pt_smallint_value(v);
    pt_hash h = x >= 0 ? x % modulus : -((-x) % modulus);
    return h == -1 ? -2 : h;
}

pt_hash pt_dict_hash_key(PtObject *key) {
    if (pt_is_smallint(key)) {
        return smallint_hash(key);
    }
    if (pt_is_str_exact(key)) {
        return str_hash(key);
    }
    return pt_object_hash(key);
}

PtObject *pt_dict_key_error(PtObject *key) {
    PtObject *exc = pt_object_call1(pt_exc_KeyError, key);
    if (exc != NULL) {
        pt_err_set_object(pt_exc_KeyError, exc);  // raised like any error: chains __context__
        pt_decref(exc);
    }
    return NULL;
}

// A value that might be part of a reference cycle: a GC object, except
// tuples the collector already untracked (CPython's rule for dicts).
static inline int may_be_tracked(PtObject *v) {
    if (!pt_is_heap(v) || !pt_has_flag(v, PT_OF_GC)) {
        return 0;
    }
    return pt_tid(v) != PT_TID_TUPLE || pt_has_flag(v, PT_OF_TRACKED);
}

static inline void maybe_track(PtDict *d, PtObject *key, PtObject *value) {
    if (!pt_has_flag(&d->ob, PT_OF_TRACKED) && (may_be_tracked(value) || may_be_tracked(key))) {
        pt_gc_track(&d->ob);
    }
}

// Content comparison of two str keys with equal hashes but different
// objects: rare for interned names, so kept out of the probe loops.
__attribute__((noinline)) static int str_key_eq_slow(PtObject *a, PtObject *b) { return str_key_eq(a, b); }

// Lookup in a table whose keys are all exact str, for an exact str `key`:
// no Python code can run. Returns the entry index or DKIX_EMPTY. One copy per
// index width, so the probe loop reads the index array without a switch.
#define LOOKUP_STR_WIDTH(name, itype)                                                  \
    static pt_ssize name(PtDictKeys *k, PtObject *key, pt_hash hash) {                 \
        const itype *idx = (const itype *)keys_indices(k);                             \
        PtDictEntry *ep0 = pt_dict_entries(k);                                         \
        size_t mask = keys_mask(k), i = (size_t)hash & mask, perturb = (size_t)hash;   \
        for (;;) {                                                                     \
            pt_ssize ix = (pt_ssize)idx[i];                                            \
            if (ix >= 0) {                                                             \
                PtObject *ek = ep0[ix].key;                                            \
                if (ek == key || (ep0[ix].hash == hash && str_key_eq_slow(ek, key))) { \
                    return ix;                                                         \
                }                                                                      \
            } else if (ix == DKIX_EMPTY) {                                             \
                return DKIX_EMPTY;                                                     \
            }                                                                          \
            perturb >>= PERTURB_SHIFT;                                                 \
            i = (i * 5 + perturb + 1) & mask;                                          \
        }                                                                              \
    }

LOOKUP_STR_WIDTH(lookup_str8, int8_t)
LOOKUP_STR_WIDTH(lookup_str16, int16_t)
LOOKUP_STR_WIDTH(lookup_str32, int32_t)
LOOKUP_STR_WIDTH(lookup_str64, int64_t)

static inline pt_ssize lookup_str(PtDictKeys *k, PtObject *key, pt_hash hash) {
    switch (k->log2_index_bytes) {
    case 0:
        return lookup_str8(k, key, hash);
    case 1:
        return lookup_str16(k, key, hash);
    case 2:
        return lookup_str32(k, key, hash);
    default:
        return lookup_str64(k, key, hash);
    }
}

// Compare a stored key with `key` of the same hash when no Python code is
// needed: 1 equal, 0 different, -1 unknown (call __eq__).
static inline int quick_eq(PtObject *stored, PtObject *key) {
    if (pt_is_str_exact(stored) && pt_is_str_exact(key)) {
        return str_key_eq(stored, key);
    }
    if (pt_is_smallint(stored) && pt_is_smallint(key)) {
        return 0;  // equal small ints are the same word
    }
    return -1;
}

// The general lookup: entry index, DKIX_EMPTY or DKIX_ERROR. __eq__ may
// mutate the dict; the probe restarts if the table or the entry changed.
static pt_ssize lookup_generic(PtDict *d, PtObject *key, pt_hash hash) {
restart:;
    PtDictKeys *k = d->keys;
    size_t mask = keys_mask(k), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        pt_ssize ix = ix_get(k, i);
        if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            PtDictEntry *ep = &pt_dict_entries(k)[ix];
            if (ep->key == key) {
                return ix;
            }
            if (ep->hash == hash) {
                int eq = quick_eq(ep->key, key);
                if (eq < 0) {
                    PtObject *startkey = pt_newref(ep->key);
                    eq = pt_object_richcompare_bool(startkey, key, PT_EQ);
                    pt_decref(startkey);
                    if (eq < 0) {
                        return DKIX_ERROR;
                    }
                    if (d->keys != k || ep->key != startkey) {
                        goto restart;
                    }
                }
                if (eq) {
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline pt_ssize lookup(PtDict *d, PtObject *key, pt_hash hash) {
    if (d->keys->all_str && pt_is_str_exact(key)) {
        return lookup_str(d->keys, key, hash);
    }
    return lookup_generic(d, key, hash);
}

// The index slot holding entry `ix` (whose hash is `hash`).
static size_t slot_of_entry(PtDictKeys *k, pt_hash hash, pt_ssize ix) {
    size_t mask = keys_mask(k), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// The first slot on `hash`'s probe path that holds no live entry.
static size_t find_empty_slot(PtDictKeys *k, pt_hash hash) {
    size_t mask = keys_mask(k), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Move every live entry into a new table of 1 << log2_size slots, compacting
// deleted entries away. No Python code runs. 0 or -1 (MemoryError).
static int dict_resize(PtDict *d, int log2_size) {
    PtDictKeys *old = d->keys;
    PtDictKeys *k = keys_new(log2_size);
    if (k == NULL) {
        pt_err_no_memory();
        return -1;
    }
    PT_ASSERT(k->capacity >= d->used);
    PtDictEntry *src = pt_dict_entries(old), *dst = pt_dict_entries(k);
    pt_ssize n = old->nentries;
    if (n == d->used) {
        memcpy(dst, src, (size_t)n * sizeof(PtDictEntry));
    } else {
        pt_ssize j = 0;
        for (pt_ssize i = 0; i < n; i++) {
            if (src[i].value != NULL) {
                dst[j++] = src[i];
            }
        }
        n = j;
    }
    for (pt_ssize i = 0; i < n; i++) {
        ix_set(k, find_empty_slot(k, dst[i].hash), i);
    }
    k->all_str = old->all_str;
    k->nentries = n;
    k->usable = k->capacity - n;
    d->keys = k;
    keys_free(old);
    return 0;
}

static int grow(PtDict *d) { return dict_resize(d, log2_for(d->used * 3)); }

// Append a new entry for a key known to be absent. Takes new references.
static int insert_new(PtDict *d, PtObject *key, pt_hash hash, PtObject *value) {
    if (d->keys->usable <= 0 && grow(d) < 0) {
        return -1;
    }
    PtDictKeys *k = d->keys;
    pt_ssize ix = k->nentries;
    PtDictEntry *ep = &pt_dict_entries(k)[ix];
    ix_set(k, find_empty_slot(k, hash), ix);
    ep->hash = hash;
    ep->key = pt_newref(key);
    ep->value = pt_newref(value);
    if (!pt_is_str_exact(key)) {
        k->all_str = 0;
    }
    k->nentries++;
    k->usable--;
    d->used++;
    d->version = next_version();
    maybe_track(d, key, value);
    return 0;
}

// d[key] = value with a known hash. The old value is dropped last, since its
// __del__ may run arbitrary code.
static int insert(PtDict *d, PtObject *key, pt_hash hash, PtObject *value) {
    pt_ssize ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY) {
        return insert_new(d, key, hash, value);
    }
    PtDictEntry *ep = &pt_dict_entries(d->keys)[ix];
    PtObject *old = ep->value;
    ep->value = pt_newref(value);
    d->version = next_version();
    maybe_track(d, key, value);
    pt_decref(old);
    return 0;
}

// Remove entry `ix` and return its key and value (references moved to the caller).
static void delete_entry(PtDict *d, pt_ssize ix, PtObject **key, PtObject **value) {
    PtDictKeys *k = d->keys;
    PtDictEntry *ep = &pt_dict_entries(k)[ix];
    ix_set(k, slot_of_entry(k, ep->hash, ix), DKIX_DUMMY);
    *key = ep->key;
    *value = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    d->version = next_version();
}

// Drop every entry, leaving `d` on the shared empty table.
static void clear_entries(PtDict *d) {
    PtDictKeys *k = d->keys;
    if (k == EMPTY_KEYS) {
        return;
    }
    pt_ssize n = k->nentries;
    d->keys = EMPTY_KEYS;
    d->used = 0;
    d->version = next_version();
    PtDictEntry *ep = pt_dict_entries(k);
    for (pt_ssize i = 0; i < n; i++) {
        if (ep[i].value != NULL) {
            pt_decref(ep[i].key);
            pt_decref(ep[i].value);
        }
    }
    keys_free(k);
}

// ---- Constructors and destructor ----

static PtDict *dict_alloc(PtType *type) {
    PtDict *d;
    if (type == &pt_dict_type && dict_nfree > 0) {
        d = dict_freelist[--dict_nfree];
        d->ob.refcnt = 1;
    } else {
        d = (PtDict *)pt_object_alloc(type, sizeof(PtDict));
        if (d == NULL) {
            return NULL;
        }
    }
    d->used = 0;
    d->keys = EMPTY_KEYS;
    d->version = next_version();
    return d;
}

PtObject *pt_dict_new(void) { return (PtObject *)dict_alloc(&pt_dict_type); }

PtObject *pt_dict_new_presized(pt_ssize n) {
    PtDict *d = dict_alloc(&pt_dict_type);
    if (d == NULL || n <= 5) {
        return (PtObject *)d;
    }
    // Room for n entries without a resize; large hints are capped (they are hints).
    if (n > (1 << 20)) {
        n = 1 << 20;
    }
    PtDictKeys *k = keys_new(log2_for((n * 3 + 1) / 2));
    if (k == NULL) {
        pt_decref(&d->ob);
        return pt_err_no_memory();
    }
    d->keys = k;
    return (PtObject *)d;
}

static void dict_dealloc(PtObject *o) {
    PtDict *d = (PtDict *)o;
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    PtDictKeys *k = d->keys;
    d->keys = EMPTY_KEYS;
    PtDictEntry *ep = pt_dict_entries(k);
    for (pt_ssize i = 0, n = k->nentries; i < n; i++) {
        if (ep[i].value != NULL) {
            pt_decref(ep[i].key);
            pt_decref(ep[i].value);
        }
    }
    keys_free(k);
    if (pt_tid(o) == PT_TID_DICT && dict_nfree < DICT_FREELIST_MAX) {
        dict_freelist[dict_nfree++] = d;
        return;
    }
    pt_object_free(o, sizeof(PtDict));
}

// ---- GC support ----

static int dict_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtDictKeys *k = ((PtDict *)o)->keys;
    PtDictEntry *ep = pt_dict_entries(k);
    for (pt_ssize i = 0, n = k->nentries; i < n; i++) {
        if (ep[i].value != NULL) {
            int r = visit(ep[i].key, arg);
            if (r == 0) {
                r = visit(ep[i].value, arg);
            }
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int dict_clear_slot(PtObject *o) {
    clear_entries((PtDict *)o);
    return 0;
}

// ---- The C API ----

pt_ssize pt_dict_len(PtObject *d) { return ((PtDict *)d)->used; }

uint64_t pt_dict_version(PtObject *d) { return ((PtDict *)d)->version; }

int pt_dict_get_ref_hash(PtObject *d, PtObject *key, pt_hash hash, PtObject **out) {
    pt_ssize ix = lookup((PtDict *)d, key, hash);
    if (ix < 0) {
        *out = NULL;
        return ix == DKIX_ERROR ? -1 : 0;
    }
    *out = pt_newref(pt_dict_entries(((PtDict *)d)->keys)[ix].value);
    return 1;
}

int pt_dict_get_ref(PtObject *d, PtObject *key, PtObject **out) {
    pt_hash hash = pt_dict_hash_key(key);
    if (hash == -1) {
        *out = NULL;
        return -1;
    }
    return pt_dict_get_ref_hash(d, key, hash, out);
}

// Borrowed. Stored keys that are not exact str are skipped even if their hash
// matches: the caller promised no Python code runs.
PtObject *pt_dict_get_str(PtObject *d, PtObject *key) {
    PtDictKeys *k = ((PtDict *)d)->keys;
    pt_hash hash = str_hash(key);
    if (k->all_str) {
        pt_ssize ix = lookup_str(k, key, hash);
        return ix >= 0 ? pt_dict_entries(k)[ix].value : NULL;
    }
    size_t mask = keys_mask(k), i = (size_t)hash & mask, perturb = (size_t)hash;
    PtDictEntry *ep0 = pt_dict_entries(k);
    for (;;) {
        pt_ssize ix = ix_get(k, i);
        if (ix == DKIX_EMPTY) {
            return NULL;
        }
        if (ix >= 0) {
            PtDictEntry *ep = &ep0[ix];
            if (ep->key == key ||
                (ep->hash == hash && pt_is_str_exact(ep->key) && str_key_eq(ep->key, key))) {
                return ep->value;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

PtObject *pt_dict_get_cstr(PtObject *d, const char *key) {
    PtObject *s = pt_str_from_cstr(key);
    if (s == NULL) {
        pt_err_clear();
        return NULL;
    }
    PtObject *v = pt_dict_get_str(d, s);
    pt_decref(s);
    return v;
}

int pt_dict_set_hash(PtObject *d, PtObject *key, pt_hash hash, PtObject *value) {
    return insert((PtDict *)d, key, hash, value);
}

int pt_dict_set(PtObject *d, PtObject *key, PtObject *value) {
    pt_hash hash = pt_dict_hash_key(key);
    if (hash == -1) {
        return -1;
    }
    return insert((PtDict *)d, key, hash, value);
}

int pt_dict_set_cstr(PtObject *d, const char *key, PtObject *value) {
    PtObject *s = pt_str_intern_cstr(key);
    if (s == NULL) {
        return -1;
    }
    int r = pt_dict_set(d, s, value);
    pt_decref(s);
    return r;
}

int pt_dict_pop(PtObject *d, PtObject *key, PtObject **out) {
    *out = NULL;
    PtDict *dict = (PtDict *)d;
    if (dict->used == 0) {
        return 0;
    }
    pt_hash hash = pt_dict_hash_key(key);
    if (hash == -1) {
        return -1;
    }
    pt_ssize ix = lookup(dict, key, hash);
    if (ix < 0) {
        return ix == DKIX_ERROR ? -1 : 0;
    }
    PtObject *oldkey;
    delete_entry(dict, ix, &oldkey, out);
    pt_decref(oldkey);
    return 1;
}

int pt_dict_del(PtObject *d, PtObject *key) {
    PtObject *v;
    int r = pt_dict_pop(d, key, &v);
    if (r == 0) {
        pt_dict_key_error(key);
        return -1;
    }
    pt_xdecref(v);
    return r < 0 ? -1 : 0;
}

int pt_dict_contains(PtObject *d, PtObject *key) {
    pt_hash hash = pt_dict_hash_key(key);
    if (hash == -1) {
        return -1;
    }
    pt_ssize ix = lookup((PtDict *)d, key, hash);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}

int pt_dict_next_hash(PtObject *d, pt_ssize *pos, PtObject **key, PtObject **value, pt_hash *hash) {
    PtDictKeys *k = ((PtDict *)d)->keys;
    PtDictEntry *ep = pt_dict_entries(k);
    pt_ssize i = *pos, n = k->nentries;
    while (i < n && ep[i].value == NULL) {
        i++;
    }
    if (i >= n) {
        return 0;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = ep[i].key;
    }
    if (value != NULL) {
        *value = ep[i].value;
    }
    if (hash != NULL) {
        *hash = ep[i].hash;
    }
    return 1;
}

int pt_dict_next(PtObject *d, pt_ssize *pos, PtObject **key, PtObject **value) {
    return pt_dict_next_hash(d, pos, key, value, NULL);
}

void pt_dict_clear(PtObject *d) { clear_entries((PtDict *)d); }

// Clone `src`'s table into the empty dict `dst` (no deleted entries in src).
static int clone_into(PtDict *dst, PtDict *src) {
    PtDictKeys *sk = src->keys;
    size_t size = keys_size(sk);
    PtDictKeys *k = sk->log2_size == DICT_LOG2_MINSIZE && keys_nfree > 0 ? keys_freelist[--keys_nfree]
                                                                           : pt_mem_alloc(size);
    if (k == NULL) {
        pt_err_no_memory();
        return -1;
    }
    memcpy(k, sk, size);
    PtDictEntry *ep = pt_dict_entries(k);
    for (pt_ssize i = 0; i < k->nentries; i++) {
        pt_incref(ep[i].key);
        pt_incref(ep[i].value);
    }
    dst->keys = k;
    dst->used = src->used;
    dst->version = next_version();
    if (pt_has_flag(&src->ob, PT_OF_TRACKED) && !pt_has_flag(&dst->ob, PT_OF_TRACKED)) {
        pt_gc_track(&dst->ob);
    }
    return 0;
}

// Is `o` a dict whose iteration is the plain dict one (so entries may be read directly)?
static int is_plain_dict(PtObject *o) {
    return pt_is_dict(o) && pt_type(o)->iter == pt_dict_type.iter;
}

// Merge dict `b` into `a`. override: 1 replace, 0 keep existing, 2 KeyError on a duplicate.
static int merge_dict(PtDict *a, PtDict *b, int override) {
    if (a == b || b->used == 0) {
        return 0;
    }
    if (a->used == 0 && override != 0 && b->used == b->keys->nentries &&
        b->keys != EMPTY_KEYS) {
        PtDictKeys *old = a->keys;
        if (clone_into(a, b) < 0) {
            return -1;
        }
        keys_free(old);
        return 0;
    }
    if (a->keys->usable < b->used && dict_resize(a, log2_for((a->used + b->used) * 3 / 2 + 1)) < 0) {
        return -1;
    }
    PtDictKeys *bk = b->keys;
    for (pt_ssize i = 0; i < bk->nentries; i++) {
        PtDictEntry *ep = &pt_dict_entries(bk)[i];
        if (ep->value == NULL) {
            continue;
        }
        PtObject *key = pt_newref(ep->key), *value = pt_newref(ep->value);
        pt_hash hash = ep->hash;
        int r = 0;
        if (override == 1) {
            r = insert(a, key, hash, value);
        } else {
            pt_ssize ix = lookup(a, key, hash);
            if (ix == DKIX_ERROR) {
                r = -1;
            } else if (ix == DKIX_EMPTY) {
                r = insert_new(a, key, hash, value);
            } else if (override == 2) {
                pt_dict_key_error(key);
                r = -1;
            }
        }
        pt_decref(key);
        pt_decref(value);
        if (r < 0) {
            return -1;
        }
        if (b->keys != bk) {
            pt_err_set_string(pt_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// Merge a mapping that is not a plain dict: keys() then b[key] for each.
static int merge_mapping(PtObject *a, PtObject *b, int override) {
    PtObject *keys = pt_object_call_method_str(b, "keys", NULL, 0);
    PtObject *it = keys != NULL ? pt_object_iter(keys) : NULL;
    pt_xdecref(keys);
    if (it == NULL) {
        return -1;
    }
    PtObject *key;
    while ((key = pt_iter_next(it)) != NULL) {
        int r = 0;
        if (override != 1) {
            r = pt_dict_contains(a, key);
            if (r > 0 && override == 2) {
                pt_dict_key_error(key);
                r = -1;
            }
        }
        if (r == 0) {
            PtObject *value = pt_object_getitem(b, key);
            r = value != NULL ? pt_dict_set(a, key, value) : -1;
            pt_xdecref(value);
        }
        pt_decref(key);
        if (r < 0) {
            pt_decref(it);
            return -1;
        }
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

int pt_dict_merge(PtObject *d, PtObject *other, int override) {
    if (is_plain_dict(other)) {
        return merge_dict((PtDict *)d, (PtDict *)other, override);
    }
    return merge_mapping(d, other, override);
}

// Add one (key, value) pair from an update sequence; `index` is for messages.
static int merge_pair(PtObject *d, PtObject *item, pt_ssize index) {
    PtObject *seq = pt_is_tuple_exact(item) || pt_is_list_exact(item) ? pt_newref(item) : NULL;
    if (seq == NULL) {
        PtObject *it = pt_object_iter(item);
        if (it == NULL) {
            if (pt_err_matches(pt_exc_TypeError)) {
                pt_err_clear();
                pt_err_format(pt_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence",
                              index);
            }
            return -1;
        }
        seq = pt_seq_list(it);
        pt_decref(it);
        if (seq == NULL) {
            return -1;
        }
    }
    pt_ssize n = pt_is_list_exact(seq) ? pt_list_len(seq) : pt_tuple_len(seq);
    int r = -1;
    if (n != 2) {
        pt_err_format(pt_exc_ValueError,
                      "dictionary update sequence element #%zd has length %zd; 2 is required", index,
                      n);
    } else {
        PtObject *k = pt_is_list_exact(seq) ? pt_list_get(seq, 0) : pt_tuple_get(seq, 0);
        PtObject *v = pt_is_list_exact(seq) ? pt_list_get(seq, 1) : pt_tuple_get(seq, 1);
        pt_incref(k);
        pt_incref(v);
        r = pt_dict_set(d, k, v);
        pt_decref(k);
        pt_decref(v);
    }
    pt_decref(seq);
    return r;
}

// d.update(iterable of pairs).
static int merge_seq2(PtObject *d, PtObject *iterable) {
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    PtObject *item;
    for (pt_ssize i = 0; (item = pt_iter_next(it)) != NULL; i++) {
        int r = merge_pair(d, item, i);
        pt_decref(item);
        if (r < 0) {
            pt_decref(it);
            return -1;
        }
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

int pt_dict_update(PtObject *d, PtObject *other) {
    if (is_plain_dict(other)) {
        return merge_dict((PtDict *)d, (PtDict *)other, 1);
    }
    PtObject *keys = NULL;
    int r = pt_object_lookup_attr(other, PT_ID(keys), &keys);
    if (r < 0) {
        return -1;
    }
    pt_xdecref(keys);
    return r > 0 ? merge_mapping(d, other, 1) : merge_seq2(d, other);
}

PtObject *pt_dict_copy(PtObject *o) {
    PtDict *src = (PtDict *)o;
    PtDict *d = dict_alloc(&pt_dict_type);
    if (d == NULL) {
        return NULL;
    }
    if (src->used == 0) {
        return (PtObject *)d;
    }
    int r = src->used == src->keys->nentries ? clone_into(d, src) : merge_dict(d, src, 1);
    if (r < 0) {
        pt_decref(&d->ob);
        return NULL;
    }
    return (PtObject *)d;
}

// A list of the keys (which 0), values (1) or (key, value) tuples (2).
static PtObject *dict_to_list(PtObject *o, int which) {
    PtDict *d = (PtDict *)o;
    PtObject *l = pt_list_new(d->used);
    if (l == NULL) {
        return NULL;
    }
    PtDictEntry *ep = pt_dict_entries(d->keys);
    pt_ssize j = 0;
    for (pt_ssize i = 0; j < d->used; i++) {
        if (ep[i].value == NULL) {
            continue;
        }
        PtObject *item;
        if (which == 2) {
            // Allocating cannot run Python code, so `ep` stays valid.
            item = pt_tuple_pack(2, ep[i].key, ep[i].value);
            if (item == NULL) {
                pt_decref(l);
                return NULL;
            }
        } else {
            item = pt_newref(which == 0 ? ep[i].key : ep[i].value);
        }
        pt_list_set_steal(l, j++, item);
    }
    return l;
}

PtObject *pt_dict_keys(PtObject *d) { return dict_to_list(d, 0); }
PtObject *pt_dict_values(PtObject *d) { return dict_to_list(d, 1); }
PtObject *pt_dict_items(PtObject *d) { return dict_to_list(d, 2); }

PtObject *pt_dict_setdefault(PtObject *o, PtObject *key, PtObject *dflt) {
    PtDict *d = (PtDict *)o;
    pt_hash hash = pt_dict_hash_key(key);
    if (hash == -1) {
        return NULL;
    }
    pt_ssize ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix >= 0) {
        return pt_newref(pt_dict_entries(d->keys)[ix].value);
    }
    if (insert_new(d, key, hash, dflt) < 0) {
        return NULL;
    }
    return pt_newref(dflt);
}

// ---- Python-visible methods ----

static PtObject *dict_get(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *v;
    int r = pt_dict_get_ref(self, args[0], &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    return pt_newref(nargs == 2 ? args[1] : pt_None);
}

static PtObject *dict_setdefault(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    return pt_dict_setdefault(self, args[0], nargs == 2 ? args[1] : pt_None);
}

static PtObject *dict_pop(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *v;
    int r = pt_dict_pop(self, args[0], &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    if (nargs == 2) {
        return pt_newref(args[1]);
    }
    return pt_dict_key_error(args[0]);
}

// Remove and return the last (key, value) pair, LIFO order.
static PtObject *dict_popitem(PtObject *self, PtObject *unused) {
    PtDict *d = (PtDict *)self;
    if (d->used == 0) {
        PtObject *msg = pt_str_from_cstr("popitem(): dictionary is empty");
        if (msg != NULL) {
            pt_err_set_object(pt_exc_KeyError, msg);
            pt_decref(msg);
        }
        return NULL;
    }
    PtObject *res = pt_tuple_new(2);
    if (res == NULL) {
        return NULL;
    }
    PtDictKeys *k = d->keys;
    pt_ssize i = k->nentries - 1;
    while (pt_dict_entries(k)[i].value == NULL) {
        i--;
    }
    PtObject *key, *value;
    delete_entry(d, i, &key, &value);
    k->nentries = i;  // the trailing entries are dead; `usable` is not given back
    pt_tuple_set_steal(res, 0, key);
    pt_tuple_set_steal(res, 1, value);
    return res;
}

static PtObject *dict_keys_method(PtObject *self, PtObject *unused) {
    return pt_dict_view_new(self, &pt_dict_keys_type);
}

static PtObject *dict_values_method(PtObject *self, PtObject *unused) {
    return pt_dict_view_new(self, &pt_dict_values_type);
}

static PtObject *dict_items_method(PtObject *self, PtObject *unused) {
    return pt_dict_view_new(self, &pt_dict_items_type);
}

// Apply dict(*args, **kwargs) / update(*args, **kwargs) to `self`.
static int update_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames,
                         const char *fname) {
    if (nargs > 1) {
        pt_err_format(pt_exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1 && pt_dict_update(self, args[0]) < 0) {
        return -1;
    }
    if (kwnames != NULL) {
        pt_ssize nk = pt_tuple_len(kwnames);
        for (pt_ssize i = 0; i < nk; i++) {
            if (pt_dict_set(self, pt_tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static PtObject *dict_update(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (update_common(self, args, nargs, kwnames, "update") < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *dict_clear(PtObject *self, PtObject *unused) {
    clear_entries((PtDict *)self);
    return pt_newref(pt_None);
}

static PtObject *dict_copy(PtObject *self, PtObject *unused) {
    if (is_plain_dict(self) && pt_is_dict_exact(self)) {
        return pt_dict_copy(self);
    }
    // A subclass copies into a plain dict, as CPython's dict.copy does.
    PtObject *d = pt_dict_new();
    if (d != NULL && merge_dict((PtDict *)d, (PtDict *)self, 1) < 0) {
        pt_decref(d);
        return NULL;
    }
    return d;
}

// dict.fromkeys(iterable, value=None), a classmethod: `cls` is the type.
static PtObject *dict_fromkeys(PtObject *cls, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *value = nargs == 2 ? args[1] : pt_None;
    PtObject *d = pt_object_call0(cls);
    if (d == NULL) {
        return NULL;
    }
    PtObject *it = pt_object_iter(args[0]);
    if (it == NULL) {
        pt_decref(d);
        return NULL;
    }
    int plain = pt_is_dict_exact(d);
    PtObject *key;
    while ((key = pt_iter_next(it)) != NULL) {
        int r = plain ? pt_dict_set(d, key, value) : pt_object_setitem(d, key, value);
        pt_decref(key);
        if (r < 0) {
            break;
        }
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        pt_decref(d);
        return NULL;
    }
    return d;
}

static PtObject *dict_sizeof(PtObject *self) {
    PtDict *d = (PtDict *)self;
    size_t n = sizeof(PtDict);
    if (d->keys != EMPTY_KEYS) {
        n += keys_size(d->keys);
    }
    return pt_int_from_ssize((pt_ssize)n);
}

static PtObject *dict_sizeof_method(PtObject *self, PtObject *unused) { return dict_sizeof(self); }

static PtObject *dict_reversed(PtObject *self, PtObject *unused) {
    return pt_dict_iter_new(self, PT_DICTITER_KEYS, 1);
}

// cls[item]: a types.GenericAlias (PEP 585).
static PtObject *dict_class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

// d[key] for the mapping slot: subclasses may define __missing__.
static PtObject *dict_subscript(PtObject *self, PtObject *key) {
    PtObject *v;
    int r = pt_dict_get_ref(self, key, &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    if (!pt_is_dict_exact(self)) {
        PtObject *missing = pt_type_lookup(pt_type(self), PT_ID(__missing__));
        if (missing != NULL) {
            return pt_object_call_method(self, PT_ID(__missing__), &key, 1, NULL);
        }
    }
    return pt_dict_key_error(key);
}

// ---- Slots ----

static pt_ssize dict_length(PtObject *self) { return ((PtDict *)self)->used; }

static int dict_ass_subscript(PtObject *self, PtObject *key, PtObject *value) {
    return value != NULL ? pt_dict_set(self, key, value) : pt_dict_del(self, key);
}

static int dict_sq_contains(PtObject *self, PtObject *key) { return pt_dict_contains(self, key); }

static PtObject *dict_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtDict *d = dict_alloc(type);
    if (d != NULL && type != &pt_dict_type) {
        pt_gc_track(&d->ob);  // subclass instances may hold cycles through their prefix
    }
    return (PtObject *)d;
}

static int dict_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return update_common(self, args, nargs, kwnames, "dict");
}

static PtObject *dict_repr(PtObject *self) {
    PtDict *d = (PtDict *)self;
    if (d->used == 0) {
        return pt_str_from_cstr("{}");
    }
    int rec = pt_repr_enter(self);
    if (rec != 0) {
        return rec > 0 ? pt_str_from_cstr("{...}") : NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int err = pt_sb_append_ascii(&sb, "{", 1);
    PtObject *key, *value;
    pt_ssize pos = 0;
    int first = 1;
    // Entries are re-read through pt_dict_next each time: repr() may mutate the dict.
    while (err == 0 && pt_dict_next(self, &pos, &key, &value)) {
        pt_incref(key);
        pt_incref(value);
        PtObject *kr = pt_object_repr(key);
        PtObject *vr = kr != NULL ? pt_object_repr(value) : NULL;
        err = vr == NULL;
        if (!err && !first) {
            err = pt_sb_append_ascii(&sb, ", ", 2);
        }
        if (!err) {
            err = pt_sb_append_str(&sb, kr) || pt_sb_append_ascii(&sb, ": ", 2) ||
                  pt_sb_append_str(&sb, vr);
        }
        first = 0;
        pt_xdecref(kr);
        pt_xdecref(vr);
        pt_decref(key);
        pt_decref(value);
    }
    pt_repr_leave(self);
    if (err || pt_sb_append_ascii(&sb, "}", 1) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

// a == b for two dicts: same length and every key of a maps to an equal value in b.
static int dict_equal(PtDict *a, PtDict *b) {
    if (a->used != b->used) {
        return 0;
    }
    for (pt_ssize i = 0; i < a->keys->nentries; i++) {
        PtDictEntry *ep = &pt_dict_entries(a->keys)[i];
        if (ep->value == NULL) {
            continue;
        }
        PtObject *key = pt_newref(ep->key), *aval = pt_newref(ep->value), *bval;
        int r = pt_dict_get_ref_hash(&b->ob, key, ep->hash, &bval);
        if (r > 0) {
            r = pt_object_richcompare_bool(aval, bval, PT_EQ);
            pt_decref(bval);
        }
        pt_decref(key);
        pt_decref(aval);
        if (r <= 0) {
            return r;
        }
    }
    return 1;
}

static PtObject *dict_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_dict(a) || !pt_is_dict(b) || (op != PT_EQ && op != PT_NE)) {
        return pt_newref(pt_NotImplemented);
    }
    int eq = a == b ? 1 : dict_equal((PtDict *)a, (PtDict *)b);
    if (eq < 0) {
        return NULL;
    }
    return pt_newref(pt_bool(eq == (op == PT_EQ)));
}

static PtObject *dict_iter(PtObject *self) { return pt_dict_iter_new(self, PT_DICTITER_KEYS, 0); }

// a | b: a new dict (of a's exact type dict) with b's items over a's.
static PtObject *dict_or(PtObject *a, PtObject *b) {
    if (!pt_is_dict(a) || !pt_is_dict(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *d = dict_copy(a, NULL);
    if (d != NULL && pt_dict_update(d, b) < 0) {
        pt_decref(d);
        return NULL;
    }
    return d;
}

// a |= b accepts anything update() does.
static PtObject *dict_ior(PtObject *a, PtObject *b) {
    if (pt_dict_update(a, b) < 0) {
        return NULL;
    }
    return pt_newref(a);
}

// ---- Method table ----

static const PtMethodDef dict_methods[] = {
    {"__getitem__", PT_FN(dict_subscript), PT_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", PT_FN(dict_sizeof_method), PT_METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", PT_FN(dict_get), PT_METH_FAST, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", PT_FN(dict_setdefault), PT_METH_FAST,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for "
     "key if key is in the dictionary, else default."},
    {"pop", PT_FN(dict_pop), PT_METH_FAST,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", PT_FN(dict_popitem), PT_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
     "(last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", PT_FN(dict_keys_method), PT_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", PT_FN(dict_items_method), PT_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"values", PT_FN(dict_values_method), PT_METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"update", PT_FN(dict_update), PT_METH_FASTKW,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", PT_FN(dict_fromkeys), PT_METH_FAST | PT_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", PT_FN(dict_clear), PT_METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", PT_FN(dict_copy), PT_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", PT_FN(dict_reversed), PT_METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", PT_FN(dict_class_getitem), PT_METH_O | PT_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PtSequenceMethods dict_as_sequence = {
    .contains = dict_sq_contains,
};

static PtMappingMethods dict_as_mapping = {
    .len = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

static PtNumberMethods dict_as_number = {
    .or_ = dict_or,
    .ior = dict_ior,
};

// ---- The type object ----

PtType pt_dict_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "dict",
    .tid = PT_TID_DICT,
    .basicsize = sizeof(PtDict),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_DICT_SUB | PT_TF_MAPPING,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .hash = NULL,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
    .sizeof_ = dict_sizeof,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};

