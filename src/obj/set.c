// src/obj/set.c: set and frozenset, unordered hash tables of keys.
//
// The table (src/obj/set.h) is probed like CPython's: from slot hash & mask,
// a short linear scan of up to LINEAR_PROBES following entries (cheap: same
// cache lines), then a jump with the perturbation recurrence used by dicts.
// A new key goes into the first dummy seen on its path, else the unused entry
// that ended the search. When active + dummy entries reach 60% of the table
// it is rebuilt at the next power of two above 4 * used (2 * used for big
// sets). Keeping these rules identical to CPython's is what makes
// print({3, 1, 2}) show {1, 2, 3} here too.
//
// Operators build results of the left operand's base type (set or
// frozenset), never of a subclass, as CPython does. A frozenset caches its
// hash, computed with CPython's order-independent mixing of the entry hashes.
//
// Guards: tests/golden/types/set_*.py; docs/internals/containers.md.
#include <string.h>

#include "pith/abstract.h"    // pt_object_iter, pt_iter_next, pt_object_richcompare_bool
#include "obj/dict.h"         // PtDict internals (fast paths), pt_dict_hash_key, pt_dict_key_error
#include "obj/list.h"         // pt_repr_enter, pt_repr_leave
#include "obj/set.h"          // PtSet, PtSetEntry, PT_SET_DUMMY
#include "obj/str.h"          // PtStr for fast str key equality
#include "obj/type.h"         // pt_genericalias_new for __class_getitem__
#include "pith/errors.h"      // pt_err_*, pt_exc_*
#include "pith/int.h"         // pt_int_from_ssize
#include "pith/iter.h"        // pt_setiter_new
#include "pith/list.h"        // pt_list_new for repr
#include "pith/mem.h"         // pt_mem_alloc, pt_mem_free
#include "pith/modsupport.h"  // pt_check_nargs, pt_check_no_kwargs
#include "pith/str.h"         // pt_str_format, PtStrBuilder
#include "pith/tuple.h"       // pt_tuple_pack

// ---- Layout and helpers ----

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// The deleted-entry marker; its header makes it a static object.
PtObject pt_set_dummy_obj = PT_STATIC_HEADER(NONE);

static inline PtSet *as_set(PtObject *o) { return (PtSet *)o; }

static inline int is_frozen_base(PtObject *o) {
    return pt_tid(o) == PT_TID_FROZENSET || pt_type_is_subtype(pt_type(o), &pt_frozenset_type);
}

static inline int is_active(const PtSetEntry *e) { return e->key != NULL && e->key != PT_SET_DUMMY; }

// Equality without Python code where the answer is certain: 1, 0, or -1 unknown.
static inline int quick_eq(PtObject *a, PtObject *b) {
    if (pt_is_str_exact(a) && pt_is_str_exact(b)) {
        PtStr *x = (PtStr *)a, *y = (PtStr *)b;
        return x->length == y->length && ((a->tinfo ^ b->tinfo) & PT_STR_KIND_MASK) == 0 &&
               memcmp(pt_str_fast_data(a), pt_str_fast_data(b),
                      (size_t)x->length * (size_t)pt_str_fast_kind(a)) == 0;
    }
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        return 0;
    }
    return -1;
}

// Find `key`: the active entry holding it (*found = 1), or the entry where it
// would be inserted (*found = 0). NULL on error. __eq__ may change the set;
// the search restarts when it did.
static PtSetEntry *set_lookup(PtSet *s, PtObject *key, pt_hash hash, int *found) {
restart:;
    PtSetEntry *table = s->table, *freeslot = NULL;
    size_t mask = (size_t)s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        PtSetEntry *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->key == NULL) {
                *found = 0;
                return freeslot != NULL ? freeslot : e;
            }
            if (e->hash == hash && e->key != PT_SET_DUMMY) {
                PtObject *startkey = e->key;
                if (startkey == key) {
                    *found = 1;
                    return e;
                }
                int eq = quick_eq(startkey, key);
                if (eq < 0) {
                    pt_incref(startkey);
                    eq = pt_object_richcompare_bool(startkey, key, PT_EQ);
                    pt_decref(startkey);
                    if (eq < 0) {
                        return NULL;
                    }
                    if (table != s->table || e->key != startkey) {
                        goto restart;
                    }
                }
                if (eq) {
                    *found = 1;
                    return e;
                }
            } else if (e->key == PT_SET_DUMMY && freeslot == NULL) {
                freeslot = e;
            }
            e++;
        } while (probes-- > 0);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Put a key known to be absent into a table without dummies (resize, copies).
static void insert_clean(PtSetEntry *table, size_t mask, PtObject *key, pt_hash hash) {
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    PtSetEntry *e;
    for (;;) {
        e = &table[i];
        if (e->key == NULL) {
            break;
        }
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        while (probes-- > 0 && (++e)->key != NULL) {
        }
        if (e->key == NULL) {
            break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    e->key = key;
    e->hash = hash;
}

static size_t table_bytes(pt_ssize mask) { return (size_t)(mask + 1) * sizeof(PtSetEntry); }

static void free_table(PtSet *s) {
    if (s->table != s->smalltable) {
        pt_mem_free(s->table, table_bytes(s->mask));
    }
}

// Rebuild the table with the smallest power-of-two size above `minused`.
// No Python code runs. 0 or -1 (MemoryError).
static int set_resize(PtSet *s, pt_ssize minused) {
    size_t newsize = PT_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    PtSetEntry small_copy[PT_SET_MINSIZE], *old = s->table;
    pt_ssize oldmask = s->mask;
    if (old == s->smalltable) {
        memcpy(small_copy, old, sizeof(small_copy));
        old = small_copy;
    }
    PtSetEntry *table;
    if (newsize == PT_SET_MINSIZE) {
        table = s->smalltable;
    } else {
        table = pt_mem_alloc(newsize * sizeof(PtSetEntry));
        if (table == NULL) {
            pt_err_no_memory();
            return -1;
        }
    }
    memset(table, 0, newsize * sizeof(PtSetEntry));
    for (pt_ssize i = 0; i <= oldmask; i++) {
        if (is_active(&old[i])) {
            insert_clean(table, newsize - 1, old[i].key, old[i].hash);
        }
    }
    if (s->table != s->smalltable) {
        pt_mem_free(s->table, table_bytes(oldmask));
    }
    s->table = table;
    s->mask = (pt_ssize)newsize - 1;
    s->fill = s->used;
    return 0;
}

// Add `key` with a known hash (a new reference is taken). 0 or -1.
static int add_entry(PtSet *s, PtObject *key, pt_hash hash) {
    int found;
    PtSetEntry *e = set_lookup(s, key, hash, &found);
    if (e == NULL) {
        return -1;
    }
    if (found) {
        return 0;
    }
    int was_unused = e->key == NULL;
    e->key = pt_newref(key);
    e->hash = hash;
    s->used++;
    if (!was_unused) {
        return 0;  // reused a dummy: fill unchanged
    }
    s->fill++;
    if ((size_t)s->fill * 5 < (size_t)s->mask * 3) {
        return 0;
    }
    return set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

// Remove `key`: 1 removed, 0 absent, -1 error. The key is dropped last.
static int discard_entry(PtSet *s, PtObject *key, pt_hash hash) {
    int found;
    PtSetEntry *e = set_lookup(s, key, hash, &found);
    if (e == NULL) {
        return -1;
    }
    if (!found) {
        return DISCARD_NOTFOUND;
    }
    PtObject *old = e->key;
    e->key = PT_SET_DUMMY;
    e->hash = -1;
    s->used--;
    pt_decref(old);
    return DISCARD_FOUND;
}

static int contains_entry(PtSet *s, PtObject *key, pt_hash hash) {
    int found;
    return set_lookup(s, key, hash, &found) == NULL ? -1 : found;
}

static int set_add_key(PtSet *s, PtObject *key) {
    pt_hash hash = pt_dict_hash_key(key);
    return hash == -1 ? -1 : add_entry(s, key, hash);
}

// Run `op` on `key`, retrying with frozenset(key) when key is an unhashable
// set: `{1} in set_of_frozensets` works as in CPython.
static int with_key(PtSet *s, PtObject *key, int (*op)(PtSet *, PtObject *, pt_hash)) {
    pt_hash hash = pt_dict_hash_key(key);
    if (hash != -1) {
        return op(s, key, hash);
    }
    if (!pt_is_anyset(key) || !pt_err_matches(pt_exc_TypeError)) {
        return -1;
    }
    pt_err_clear();
    PtObject *frozen = pt_frozenset_new(key);
    if (frozen == NULL) {
        return -1;
    }
    hash = pt_object_hash(frozen);
    int r = hash == -1 ? -1 : op(s, frozen, hash);
    pt_decref(frozen);
    return r;
}

// Drop every key, back to the inline table. Keys are released after the set
// is consistent (empty), since their __del__ may look at it.
static void clear_all(PtSet *s) {
    PtSetEntry small_copy[PT_SET_MINSIZE], *old = s->table;
    pt_ssize oldmask = s->mask, n = s->fill;
    if (n == 0) {
        return;
    }
    if (old == s->smalltable) {
        memcpy(small_copy, old, sizeof(small_copy));
        old = small_copy;
    }
    memset(s->smalltable, 0, sizeof(s->smalltable));
    s->table = s->smalltable;
    s->mask = PT_SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
    for (pt_ssize i = 0; i <= oldmask; i++) {
        if (is_active(&old[i])) {
            pt_decref(old[i].key);
        }
    }
    if (old != small_copy) {
        pt_mem_free(old, table_bytes(oldmask));
    }
}

// Add every key of the set `other` to `s`.
static int merge_set(PtSet *s, PtSet *o) {
    if (s == o || o->used == 0) {
        return 0;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3 && set_resize(s, (s->used + o->used) * 2) < 0) {
        return -1;
    }
    // An empty target cannot hold duplicates: copy verbatim or insert clean.
    if (s->fill == 0) {
        if (s->mask == o->mask && o->fill == o->used) {
            for (pt_ssize i = 0; i <= o->mask; i++) {
                s->table[i] = o->table[i];
                if (s->table[i].key != NULL) {
                    pt_incref(s->table[i].key);
                }
            }
        } else {
            for (pt_ssize i = 0; i <= o->mask; i++) {
                if (is_active(&o->table[i])) {
                    insert_clean(s->table, (size_t)s->mask, pt_newref(o->table[i].key), o->table[i].hash);
                }
            }
        }
        s->fill = s->used = o->used;
        return 0;
    }
    for (pt_ssize i = 0; i <= o->mask; i++) {
        PtSetEntry *e = &o->table[i];
        if (is_active(e)) {
            PtObject *key = pt_newref(e->key);
            int r = add_entry(s, key, e->hash);
            pt_decref(key);
            if (r < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// s |= other for any iterable (set.update's one-argument core).
static int update_internal(PtSet *s, PtObject *other) {
    if (pt_is_anyset(other)) {
        return merge_set(s, as_set(other));
    }
    if (pt_is_dict_exact(other)) {
        pt_ssize n = pt_dict_len(other);
        if ((s->fill + n) * 5 >= s->mask * 3 && set_resize(s, (s->used + n) * 2) < 0) {
            return -1;
        }
        pt_ssize pos = 0;
        PtObject *key;
        pt_hash hash;
        while (pt_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            pt_incref(key);
            int r = add_entry(s, key, hash);
            pt_decref(key);
            if (r < 0) {
                return -1;
            }
        }
        return 0;
    }
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        return -1;
    }
    PtObject *key;
    while ((key = pt_iter_next(it)) != NULL) {
        int r = set_add_key(s, key);
        pt_decref(key);
        if (r < 0) {
            pt_decref(it);
            return -1;
        }
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

// ---- Constructors and destructor ----

static PtSet *set_alloc(PtType *type) {
    PtSet *s = as_set(pt_object_alloc(type, sizeof(PtSet)));
    if (s == NULL) {
        return NULL;
    }
    s->table = s->smalltable;
    s->mask = PT_SET_MINSIZE - 1;
    s->hash = -1;
    return s;
}

// New set of `type` holding the keys of `iterable` (may be NULL), tracked.
static PtObject *make_new_set(PtType *type, PtObject *iterable) {
    PtSet *s = set_alloc(type);
    if (s == NULL) {
        return NULL;
    }
    if (iterable != NULL && update_internal(s, iterable) < 0) {
        pt_decref(&s->ob);
        return NULL;
    }
    pt_gc_track(&s->ob);
    return &s->ob;
}

// A new set of the base type of `o` (set or frozenset): what operators return.
static PtObject *make_new_set_basetype(PtObject *o, PtObject *iterable) {
    return make_new_set(is_frozen_base(o) ? &pt_frozenset_type : &pt_set_type, iterable);
}

PtObject *pt_set_new(PtObject *iterable) { return make_new_set(&pt_set_type, iterable); }

PtObject *pt_frozenset_new(PtObject *iterable) { return make_new_set(&pt_frozenset_type, iterable); }

static void set_dealloc(PtObject *o) {
    PtSet *s = as_set(o);
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    for (pt_ssize i = 0; i <= s->mask; i++) {
        if (is_active(&s->table[i])) {
            pt_decref(s->table[i].key);
        }
    }
    free_table(s);
    pt_object_free(o, sizeof(PtSet));
}

// ---- GC support ----

static int set_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtSet *s = as_set(o);
    for (pt_ssize i = 0; i <= s->mask; i++) {
        if (is_active(&s->table[i])) {
            int r = visit(s->table[i].key, arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int set_clear_slot(PtObject *o) {
    clear_all(as_set(o));
    return 0;
}

// ---- The C API ----

int pt_set_add(PtObject *s, PtObject *key) { return set_add_key(as_set(s), key); }

int pt_set_discard(PtObject *s, PtObject *key) { return with_key(as_set(s), key, discard_entry); }

int pt_set_contains(PtObject *s, PtObject *key) { return with_key(as_set(s), key, contains_entry); }

pt_ssize pt_set_len(PtObject *s) { return as_set(s)->used; }

int pt_set_next(PtObject *o, pt_ssize *pos, PtObject **key) {
    PtSet *s = as_set(o);
    pt_ssize i = *pos;
    while (i <= s->mask && !is_active(&s->table[i])) {
        i++;
    }
    if (i > s->mask) {
        return 0;
    }
    *pos = i + 1;
    *key = s->table[i].key;
    return 1;
}

// ---- Python-visible methods ----

static PtObject *set_copy(PtObject *self, PtObject *unused) {
    if (pt_tid(self) == PT_TID_FROZENSET) {
        return pt_newref(self);
    }
    return make_new_set_basetype(self, self);
}

static PtObject *set_add(PtObject *self, PtObject *key) {
    if (set_add_key(as_set(self), key) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *set_clear(PtObject *self, PtObject *unused) {
    clear_all(as_set(self));
    return pt_newref(pt_None);
}

static PtObject *set_discard(PtObject *self, PtObject *key) {
    if (pt_set_discard(self, key) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *set_remove(PtObject *self, PtObject *key) {
    int r = pt_set_discard(self, key);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return pt_dict_key_error(key);
    }
    return pt_newref(pt_None);
}

// Remove and return an arbitrary key, resuming the scan where the last pop ended.
static PtObject *set_pop(PtObject *self, PtObject *unused) {
    PtSet *s = as_set(self);
    if (s->used == 0) {
        PtObject *msg = pt_str_from_cstr("pop from an empty set");
        if (msg != NULL) {
            pt_err_set_object(pt_exc_KeyError, msg);
            pt_decref(msg);
        }
        return NULL;
    }
    pt_ssize i = s->finger & s->mask;
    while (!is_active(&s->table[i])) {
        i = (i + 1) & s->mask;
    }
    PtObject *key = s->table[i].key;
    s->table[i].key = PT_SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return key;
}

static PtObject *set_update(PtObject *self, PtObject *const *args, size_t nargs) {
    for (size_t i = 0; i < nargs; i++) {
        if (update_internal(as_set(self), args[i]) < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

static PtObject *set_union(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *res = make_new_set_basetype(self, self);
    for (size_t i = 0; res != NULL && i < nargs; i++) {
        if (args[i] != self && update_internal(as_set(res), args[i]) < 0) {
            pt_decref(res);
            res = NULL;
        }
    }
    return res;
}

// A new set (base type of `self`) of the keys in both `self` and `other`.
static PtObject *intersection(PtObject *self, PtObject *other) {
    if (self == other) {
        return make_new_set_basetype(self, self);
    }
    PtObject *res = make_new_set_basetype(self, NULL);
    if (res == NULL) {
        return NULL;
    }
    PtSet *s = as_set(self);
    if (pt_is_anyset(other)) {
        PtSet *o = as_set(other);
        if (o->used > s->used) {  // iterate the smaller set
            PtSet *t = s;
            s = o;
            o = t;
        }
        for (pt_ssize i = 0; i <= o->mask; i++) {
            PtSetEntry *e = &o->table[i];
            if (!is_active(e)) {
                continue;
            }
            PtObject *key = pt_newref(e->key);
            pt_hash hash = e->hash;
            int r = contains_entry(s, key, hash);
            if (r > 0) {
                r = add_entry(as_set(res), key, hash);
            }
            pt_decref(key);
            if (r < 0) {
                pt_decref(res);
                return NULL;
            }
        }
        return res;
    }
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        pt_decref(res);
        return NULL;
    }
    PtObject *key;
    while ((key = pt_iter_next(it)) != NULL) {
        pt_hash hash = pt_dict_hash_key(key);
        int r = hash == -1 ? -1 : contains_entry(s, key, hash);
        if (r > 0) {
            r = add_entry(as_set(res), key, hash);
        }
        pt_decref(key);
        if (r < 0) {
            pt_decref(it);
            pt_decref(res);
            return NULL;
        }
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        pt_decref(res);
        return NULL;
    }
    return res;
}

static PtObject *intersection_multi(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs == 0) {
        return make_new_set_basetype(self, self);
    }
    PtObject *res = pt_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        PtObject *next = intersection(res, args[i]);
        pt_decref(res);
        if (next == NULL) {
            return NULL;
        }
        res = next;
    }
    return res;
}

static PtObject *set_intersection(PtObject *self, PtObject *const *args, size_t nargs) {
    return intersection_multi(self, args, nargs);
}

// Exchange the tables of two sets (intersection_update keeps the new table).
static void swap_bodies(PtSet *a, PtSet *b) {
    PtSetEntry small_a[PT_SET_MINSIZE];
    int a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    memcpy(small_a, a->smalltable, sizeof(small_a));
    memcpy(a->smalltable, b->smalltable, sizeof(small_a));
    memcpy(b->smalltable, small_a, sizeof(small_a));
    PtSetEntry *ta = a->table, *tb = b->table;
    a->table = b_small ? a->smalltable : tb;
    b->table = a_small ? b->smalltable : ta;
    pt_ssize t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    a->hash = b->hash = -1;
}

static PtObject *set_intersection_update(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    swap_bodies(as_set(self), as_set(tmp));
    pt_decref(tmp);
    return pt_newref(pt_None);
}

// Remove from `s` every key of `other`.
static int difference_update_internal(PtSet *s, PtObject *other) {
    if (&s->ob == other) {
        clear_all(s);
        return 0;
    }
    if (pt_is_anyset(other)) {
        PtSet *o = as_set(other);
        for (pt_ssize i = 0; i <= o->mask; i++) {
            PtSetEntry *e = &o->table[i];
            if (is_active(e)) {
                PtObject *key = pt_newref(e->key);
                int r = discard_entry(s, key, e->hash);
                pt_decref(key);
                if (r < 0) {
                    return -1;
                }
            }
        }
        return 0;
    }
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        return -1;
    }
    PtObject *key;
    while ((key = pt_iter_next(it)) != NULL) {
        int r = with_key(s, key, discard_entry);
        pt_decref(key);
        if (r < 0) {
            pt_decref(it);
            return -1;
        }
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

// self - other: filter self's keys when other is a comparable-size set or
// dict, else copy self and discard other's keys (CPython's choice, which
// also decides the result's iteration order).
static PtObject *difference(PtObject *self, PtObject *other) {
    PtSet *s = as_set(self);
    pt_ssize other_size = -1;
    if (pt_is_anyset(other)) {
        other_size = as_set(other)->used;
    } else if (pt_is_dict_exact(other)) {
        other_size = pt_dict_len(other);
    }
    if (other_size < 0 || (s->used >> 2) > other_size) {
        PtObject *res = make_new_set_basetype(self, self);
        if (res != NULL && difference_update_internal(as_set(res), other) < 0) {
            pt_decref(res);
            return NULL;
        }
        return res;
    }
    PtObject *res = make_new_set_basetype(self, NULL);
    if (res == NULL) {
        return NULL;
    }
    for (pt_ssize i = 0; i <= s->mask; i++) {
        PtSetEntry *e = &s->table[i];
        if (!is_active(e)) {
            continue;
        }
        PtObject *key = pt_newref(e->key);
        pt_hash hash = e->hash;
        int r;
        if (pt_is_anyset(other)) {
            r = contains_entry(as_set(other), key, hash);
        } else {
            PtObject *v;
            r = pt_dict_get_ref_hash(other, key, hash, &v);
            pt_xdecref(v);
        }
        if (r == 0) {
            r = add_entry(as_set(res), key, hash);
        }
        pt_decref(key);
        if (r < 0) {
            pt_decref(res);
            return NULL;
        }
    }
    return res;
}

static PtObject *set_difference(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs == 0) {
        return make_new_set_basetype(self, self);
    }
    PtObject *res = difference(self, args[0]);
    for (size_t i = 1; res != NULL && i < nargs; i++) {
        if (difference_update_internal(as_set(res), args[i]) < 0) {
            pt_decref(res);
            res = NULL;
        }
    }
    return res;
}

static PtObject *set_difference_update(PtObject *self, PtObject *const *args, size_t nargs) {
    for (size_t i = 0; i < nargs; i++) {
        if (difference_update_internal(as_set(self), args[i]) < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

// Toggle every key of `other` in `s`.
static int symmetric_update_internal(PtSet *s, PtObject *other) {
    if (&s->ob == other) {
        clear_all(s);
        return 0;
    }
    PtObject *o = pt_is_anyset(other) ? pt_newref(other) : pt_set_new(other);
    if (o == NULL) {
        return -1;
    }
    PtSet *os = as_set(o);
    for (pt_ssize i = 0; i <= os->mask; i++) {
        PtSetEntry *e = &os->table[i];
        if (!is_active(e)) {
            continue;
        }
        PtObject *key = pt_newref(e->key);
        pt_hash hash = e->hash;
        int r = discard_entry(s, key, hash);
        if (r == DISCARD_NOTFOUND) {
            r = add_entry(s, key, hash);
        }
        pt_decref(key);
        if (r < 0) {
            pt_decref(o);
            return -1;
        }
    }
    pt_decref(o);
    return 0;
}

static PtObject *set_symmetric_difference_update(PtObject *self, PtObject *other) {
    if (symmetric_update_internal(as_set(self), other) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// A copy of `other` (as self's base type) toggled with self's keys, as CPython does.
static PtObject *set_symmetric_difference(PtObject *self, PtObject *other) {
    PtObject *res = make_new_set_basetype(self, other);
    if (res != NULL && symmetric_update_internal(as_set(res), self) < 0) {
        pt_decref(res);
        return NULL;
    }
    return res;
}

// Is every key of `a` in `b` (both sets)? 1/0/-1.
static int subset_of(PtSet *a, PtSet *b) {
    if (a->used > b->used) {
        return 0;
    }
    for (pt_ssize i = 0; i <= a->mask; i++) {
        PtSetEntry *e = &a->table[i];
        if (!is_active(e)) {
            continue;
        }
        PtObject *key = pt_newref(e->key);
        int r = contains_entry(b, key, e->hash);
        pt_decref(key);
        if (r <= 0) {
            return r;
        }
    }
    return 1;
}

static PtObject *bool_result(int r) { return r < 0 ? NULL : pt_newref(pt_bool(r)); }

static PtObject *set_issubset(PtObject *self, PtObject *other) {
    if (pt_is_anyset(other)) {
        return bool_result(subset_of(as_set(self), as_set(other)));
    }
    PtObject *tmp = pt_set_new(other);
    if (tmp == NULL) {
        return NULL;
    }
    int r = subset_of(as_set(self), as_set(tmp));
    pt_decref(tmp);
    return bool_result(r);
}

static PtObject *set_issuperset(PtObject *self, PtObject *other) {
    if (pt_is_anyset(other)) {
        return bool_result(subset_of(as_set(other), as_set(self)));
    }
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        return NULL;
    }
    PtObject *key;
    int r = 1;
    while (r == 1 && (key = pt_iter_next(it)) != NULL) {
        r = pt_set_contains(self, key);
        pt_decref(key);
    }
    pt_decref(it);
    if (r == 1 && pt_err_occurred()) {
        return NULL;
    }
    return bool_result(r);
}

static PtObject *set_isdisjoint(PtObject *self, PtObject *other) {
    PtSet *s = as_set(self);
    if (self == other) {
        return pt_newref(pt_bool(s->used == 0));
    }
    if (pt_is_anyset(other)) {
        PtSet *a = s, *b = as_set(other);
        if (a->used > b->used) {
            PtSet *t = a;
            a = b;
            b = t;
        }
        for (pt_ssize i = 0; i <= a->mask; i++) {
            PtSetEntry *e = &a->table[i];
            if (is_active(e)) {
                PtObject *key = pt_newref(e->key);
                int r = contains_entry(b, key, e->hash);
                pt_decref(key);
                if (r != 0) {
                    return r < 0 ? NULL : pt_newref(pt_False);
                }
            }
        }
        return pt_newref(pt_True);
    }
    PtObject *it = pt_object_iter(other);
    if (it == NULL) {
        return NULL;
    }
    PtObject *key;
    int r = 0;
    while (r == 0 && (key = pt_iter_next(it)) != NULL) {
        r = pt_set_contains(self, key);
        pt_decref(key);
    }
    pt_decref(it);
    if (r < 0 || (r == 0 && pt_err_occurred())) {
        return NULL;
    }
    return pt_newref(pt_bool(r == 0));
}

// (type(self), (list(self),), self.__dict__ or None): pickling support.
static PtObject *set_reduce(PtObject *self, PtObject *unused) {
    PtObject *keys = pt_seq_list(self), *args = NULL, *res = NULL, *state = NULL;
    if (keys == NULL || (args = pt_tuple_pack(1, keys)) == NULL) {
        goto done;
    }
    if (pt_object_lookup_attr(self, PT_ID(__dict__), &state) < 0) {
        goto done;
    }
    res = pt_tuple_pack(3, (PtObject *)pt_type(self), args, state != NULL ? state : pt_None);
done:
    pt_xdecref(keys);
    pt_xdecref(args);
    pt_xdecref(state);
    return res;
}

static PtObject *set_sizeof(PtObject *self) {
    PtSet *s = as_set(self);
    size_t n = sizeof(PtSet);
    if (s->table != s->smalltable) {
        n += table_bytes(s->mask);
    }
    return pt_int_from_ssize((pt_ssize)n);
}

static PtObject *set_sizeof_method(PtObject *self, PtObject *unused) { return set_sizeof(self); }

// cls[item]: a types.GenericAlias (PEP 585).
static PtObject *set_class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

static PtObject *set_contains_method(PtObject *self, PtObject *key) {
    return bool_result(pt_set_contains(self, key));
}

// ---- Slots ----

static pt_ssize set_length(PtObject *self) { return as_set(self)->used; }

static int set_sq_contains(PtObject *self, PtObject *key) { return pt_set_contains(self, key); }

static PtObject *set_iter(PtObject *self) { return pt_setiter_new(self); }

// Mix one entry hash so that nearby hashes spread over the whole word (CPython's).
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static pt_hash frozenset_hash(PtObject *self) {
    PtSet *s = as_set(self);
    if (s->hash != -1) {
        return s->hash;
    }
    uint64_t h = 0;
    for (pt_ssize i = 0; i <= s->mask; i++) {
        if (is_active(&s->table[i])) {
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
        }
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1) {
        h = 590923713ULL;
    }
    s->hash = (pt_hash)h;
    return s->hash;
}

static PtObject *set_repr(PtObject *self) {
    PtSet *s = as_set(self);
    const char *name = pt_type_name_of(self);
    int plain_set = pt_tid(self) == PT_TID_SET;
    if (s->used == 0) {
        return pt_str_format("%s()", name);
    }
    int rec = pt_repr_enter(self);
    if (rec != 0) {
        return rec > 0 ? pt_str_format("%s(...)", name) : NULL;
    }
    PtObject *res = NULL, *keys = pt_seq_list(self);
    if (keys != NULL) {
        PtObject *lr = pt_object_repr(keys);  // "[a, b]": reuse it between braces
        if (lr != NULL) {
            PtObject *inner = pt_str_substr(lr, 1, pt_str_len(lr) - 1);
            if (inner != NULL) {
                res = plain_set ? pt_str_format("{%U}", inner) : pt_str_format("%s({%U})", name, inner);
                pt_decref(inner);
            }
            pt_decref(lr);
        }
        pt_decref(keys);
    }
    pt_repr_leave(self);
    return res;
}

static PtObject *set_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtSet *x = as_set(a), *y = as_set(b);
    int r;
    switch (op) {
    case PT_EQ:
    case PT_NE:
        if (x->used != y->used) {
            r = 0;
        } else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
            r = 0;
        } else {
            r = subset_of(x, y);
        }
        if (r >= 0 && op == PT_NE) {
            r = !r;
        }
        break;
    case PT_LE:
        r = subset_of(x, y);
        break;
    case PT_GE:
        r = subset_of(y, x);
        break;
    case PT_LT:
        r = x->used < y->used ? subset_of(x, y) : 0;
        break;
    default:
        r = x->used > y->used ? subset_of(y, x) : 0;
        break;
    }
    return bool_result(r);
}

// The binary operators: both operands must be sets or frozensets.
static PtObject *set_or(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(a) || !pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *res = make_new_set_basetype(a, a);
    if (res != NULL && a != b && update_internal(as_set(res), b) < 0) {
        pt_decref(res);
        return NULL;
    }
    return res;
}

static PtObject *set_and(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(a) || !pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return intersection(a, b);
}

static PtObject *set_sub(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(a) || !pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return difference(a, b);
}

static PtObject *set_xor(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(a) || !pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return set_symmetric_difference(a, b);
}

static PtObject *set_ior(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return update_internal(as_set(a), b) < 0 ? NULL : pt_newref(a);
}

static PtObject *set_iand(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *r = set_intersection_update(a, &b, 1);
    if (r == NULL) {
        return NULL;
    }
    pt_decref(r);
    return pt_newref(a);
}

static PtObject *set_isub(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return difference_update_internal(as_set(a), b) < 0 ? NULL : pt_newref(a);
}

static PtObject *set_ixor(PtObject *a, PtObject *b) {
    if (!pt_is_anyset(b)) {
        return pt_newref(pt_NotImplemented);
    }
    return symmetric_update_internal(as_set(a), b) < 0 ? NULL : pt_newref(a);
}

static PtObject *set_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_set_type && pt_check_no_kwargs("set", kwnames) < 0) {
        return NULL;
    }
    return make_new_set(type, NULL);
}

// set(iterable): __init__ empties the set first, so it may be called again.
static int set_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_type(self) == &pt_set_type && pt_check_no_kwargs("set", kwnames) < 0) {
        return -1;
    }
    if (nargs > 1) {
        pt_err_format(pt_exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    clear_all(as_set(self));
    return nargs == 1 ? update_internal(as_set(self), args[0]) : 0;
}

static PtObject *frozenset_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (type == &pt_frozenset_type && pt_check_no_kwargs("frozenset", kwnames) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        return pt_err_format(pt_exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    }
    if (type == &pt_frozenset_type && nargs == 1 && pt_tid(args[0]) == PT_TID_FROZENSET) {
        return pt_newref(args[0]);
    }
    return make_new_set(type, nargs == 1 ? args[0] : NULL);
}

// ---- Method table ----

#define SHARED_METHODS                                                                              \
    {"__contains__", PT_FN(set_contains_method), PT_METH_O, "x.__contains__(y) <==> y in x."},     \
    {"copy", PT_FN(set_copy), PT_METH_NOARGS, "Return a shallow copy of a set."},                  \
    {"difference", PT_FN(set_difference), PT_METH_FAST,                                            \
     "Return the difference of two or more sets as a new set."},                                   \
    {"intersection", PT_FN(set_intersection), PT_METH_FAST,                                        \
     "Return the intersection of two sets as a new set."},                                         \
    {"isdisjoint", PT_FN(set_isdisjoint), PT_METH_O,                                               \
     "Return True if two sets have a null intersection."},                                         \
    {"issubset", PT_FN(set_issubset), PT_METH_O, "Report whether another set contains this set."}, \
    {"issuperset", PT_FN(set_issuperset), PT_METH_O,                                               \
     "Report whether this set contains another set."},                                             \
    {"symmetric_difference", PT_FN(set_symmetric_difference), PT_METH_O,                           \
     "Return the symmetric difference of two sets as a new set."},                                 \
    {"union", PT_FN(set_union), PT_METH_FAST, "Return the union of sets as a new set."},           \
    {"__reduce__", PT_FN(set_reduce), PT_METH_NOARGS, "Return state information for pickling."},   \
    {"__sizeof__", PT_FN(set_sizeof_method), PT_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"}, \
    {"__class_getitem__", PT_FN(set_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"}

static const PtMethodDef set_methods[] = {
    SHARED_METHODS,
    {"add", PT_FN(set_add), PT_METH_O, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", PT_FN(set_clear), PT_METH_NOARGS, "Remove all elements from this set."},
    {"discard", PT_FN(set_discard), PT_METH_O,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"remove", PT_FN(set_remove), PT_METH_O,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"pop", PT_FN(set_pop), PT_METH_NOARGS,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"update", PT_FN(set_update), PT_METH_FAST, "Update a set with the union of itself and others."},
    {"difference_update", PT_FN(set_difference_update), PT_METH_FAST, "Remove all elements of another set from this set."},
    {"intersection_update", PT_FN(set_intersection_update), PT_METH_FAST,
     "Update a set with the intersection of itself and another."},
    {"symmetric_difference_update", PT_FN(set_symmetric_difference_update), PT_METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {NULL, NULL, 0, NULL},
};

static const PtMethodDef frozenset_methods[] = {
    SHARED_METHODS,
    {NULL, NULL, 0, NULL},
};

static PtSequenceMethods set_as_sequence = {
    .len = set_length,
    .contains = set_sq_contains,
};

static PtNumberMethods set_as_number = {
    .sub = set_sub,
    .and_ = set_and,
    .xor = set_xor,
    .or_ = set_or,
    .isub = set_isub,
    .iand = set_iand,
    .ixor = set_ixor,
    .ior = set_ior,
};

static PtNumberMethods frozenset_as_number = {
    .sub = set_sub,
    .and_ = set_and,
    .xor = set_xor,
    .or_ = set_or,
};

// ---- The type objects ----

PtType pt_set_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "set",
    .tid = PT_TID_SET,
    .basicsize = sizeof(PtSet),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .hash = NULL,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
    .sizeof_ = set_sizeof,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
           "collection of unique elements.",
};

PtType pt_frozenset_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "frozenset",
    .tid = PT_TID_FROZENSET,
    .basicsize = sizeof(PtSet),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .hash = frozenset_hash,
    .iter = set_iter,
    .new_ = frozenset_new,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
    .sizeof_ = set_sizeof,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild "
           "an immutable unordered collection of unique elements.",
};
