// src/mem/gc.h: the cycle collector's interface for the object layer and the gc module.
//
// Reference counting frees most objects; this collector finds the cycles it
// cannot. Objects of GC types (PT_TF_GC, header flag PT_OF_GC) are allocated
// with pt_gc_alloc, which puts a 16-byte PtGCHead immediately before the
// object. A tracked object (flag PT_OF_TRACKED) is linked through its head
// into one of three generations or the permanent one; an untracked GC object
// has a zeroed head. Nothing outside src/mem/gc.c may read the head's fields:
// use pt_gc_head/pt_gc_from_head and the functions below, so that the head can
// later shrink to 8 bytes or move into side tables (DESIGN.md section 2).
//
// Invariants:
//   - generation lists are circular, doubly linked, with a sentinel head;
//     the low 3 bits of both links are tag bits, zero outside a collection;
//   - a tracked object is on exactly one list; pt_gc_untrack unlinks it from
//     whatever list it is on, even while a collection holds it;
//   - the collector relies only on the header's refcount and flags and on
//     each type's traverse, clear and finalize slots.
//
// What the object layer must do for a GC type (docs/internals/objects.md):
// allocate with pt_gc_alloc and call pt_gc_note_alloc, call pt_gc_track once
// the object is fully built, pt_gc_untrack first thing in dealloc, and free
// with pt_gc_free. traverse visits every PtObject * it owns (the visitor
// skips NULL and immediates); clear drops the references that can form
// cycles; neither may run Python code. Static objects must not carry
// PT_OF_GC or PT_OF_TRACKED (they have no head).
//
// Thread safety: every function here runs with the GIL held; the collector
// has no locks. See docs/internals/gc.md; tests: tests/unit/test_gc.c.
#ifndef PT_MEM_GC_H
#define PT_MEM_GC_H

#ifndef PT_CORE
#error "src/mem/gc.h is internal to the core; build with -DPT_CORE"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pith/config.h"  // PT_DEBUG_GC_STRESS
#include "pith/object.h"  // PtObject, PT_OF_*, pt_has_flag, PT_GC_HEAD_SIZE, pt_gc_track

// ---- The pre-header ----

typedef struct PtGCHead {
    uintptr_t next;  // next head on the list (low 3 bits: tags)
    uintptr_t prev;  // previous head (during a collection: gc_refs and tags)
} PtGCHead;

// object.h publishes the size (pt_object_prefix needs it); the two must agree.
_Static_assert(sizeof(PtGCHead) == PT_GC_HEAD_SIZE, "PT_GC_HEAD_SIZE in pith/object.h");

static inline PtGCHead *pt_gc_head(PtObject *o) { return (PtGCHead *)(void *)o - 1; }
static inline PtObject *pt_gc_from_head(PtGCHead *h) { return (PtObject *)(void *)(h + 1); }

// ---- Allocation ----

// Memory for a GC object of `objsize` bytes with its head in front, or NULL
// (nothing set). Returns the object's address; the head is zeroed and the
// object untracked; the object's bytes are uninitialised.
void *pt_gc_alloc(size_t objsize);
// The same with `prefix` bytes (a multiple of 8) before the head, for layouts
// that keep per-subclass data in front of the object: [prefix][head][object].
void *pt_gc_alloc_ex(size_t prefix, size_t objsize);
// Release the memory of `o` (allocated with the same sizes). Untracks it if
// the dealloc did not, and counts the deallocation for generation 0.
void pt_gc_free(PtObject *o, size_t objsize);
void pt_gc_free_ex(PtObject *o, size_t prefix, size_t objsize);
// Resize an *untracked* GC object; NULL on failure (`o` is untouched).
void *pt_gc_realloc(PtObject *o, size_t old_size, size_t new_size);

// ---- Tracking ----

// pt_gc_track(o) links `o` into generation 0 (it must be a fully built GC
// object); pt_gc_untrack(o) unlinks it from its list and is a no-op when it is
// untracked. Both are declared in pith/object.h.
static inline bool pt_gc_is_tracked(const PtObject *o) {
    return o != NULL && pt_is_heap(o) && pt_has_flag(o, PT_OF_TRACKED);
}
static inline bool pt_gc_is_finalized(const PtObject *o) {
    return o != NULL && pt_is_heap(o) && pt_has_flag(o, PT_OF_FINALIZED);
}

// ---- Scheduling ----

// Generation 0's allocation count, kept here so the two calls the object
// layer makes on every container allocation stay inline. The GIL protects it.
typedef struct PtGCYoung {
    int count;    // GC allocations minus GC frees since generation 0 was collected
    int trigger;  // a collection is due when count exceeds this (INT_MAX: never)
    bool due;     // set when count passed trigger; cleared when collecting
} PtGCYoung;
extern PtGCYoung pt_gc_young;

// Called once when a collection becomes due, if set: the VM can raise its
// eval-breaker bit here and call pt_gc_maybe_collect at its next safe point.
extern void (*pt_gc_due_hook)(void);

// The out-of-line part of pt_gc_note_alloc: mark a collection due, call the hook.
void pt_gc_set_due(void);

// Count a GC object allocation (call it right after pt_gc_alloc succeeds).
static inline void pt_gc_note_alloc(void) {
    if (++pt_gc_young.count > pt_gc_young.trigger && !pt_gc_young.due) {
        pt_gc_set_due();
    }
}

// Count a GC object free (pt_gc_free does this; call it if you free a GC
// object's memory yourself). Generation 0's count never goes below 0.
static inline void pt_gc_note_free(void) {
    if (pt_gc_young.count > 0) {
        pt_gc_young.count--;
    }
}

// The out-of-line part of pt_gc_maybe_collect.
int pt_gc_collect_due(void);

// Run the scheduled collection, if one is due and none is running. Call only
// at safe points: no exception pending, no half-built object reachable, any
// Python code allowed to run (finalizers and callbacks will). Returns the
// number of unreachable objects found (0 if nothing ran).
static inline int pt_gc_maybe_collect(void) {
    return pt_gc_young.due ? pt_gc_collect_due() : 0;
}

// Collect generation `generation` (0..2) and all younger ones, whether or not
// automatic collection is enabled. Returns the number of unreachable objects
// found (collected + uncollectable), CPython's gc.collect() value; 0 if a
// collection is already running.
size_t pt_gc_collect(int generation);

// ---- Settings (validation is the gc module's job) ----

void pt_gc_enable(void);
void pt_gc_disable(void);
bool pt_gc_is_enabled(void);
void pt_gc_get_count(int out[3]);
void pt_gc_set_threshold(int t0, int t1, int t2);  // 700, 10, 10 by default
void pt_gc_get_threshold(int out[3]);

enum {
    PT_GC_DEBUG_STATS = 1,          // print statistics while collecting (stderr)
    PT_GC_DEBUG_COLLECTABLE = 2,    // print collectable objects found
    PT_GC_DEBUG_UNCOLLECTABLE = 4,  // print uncollectable objects found
    PT_GC_DEBUG_SAVEALL = 32,       // append unreachable objects to gc.garbage instead of freeing
    PT_GC_DEBUG_LEAK = 38,          // COLLECTABLE | UNCOLLECTABLE | SAVEALL
};
void pt_gc_set_debug(int flags);
int pt_gc_get_debug(void);
// Where the PT_GC_DEBUG_* lines go (each ends in a newline): the gc module
// points it at sys.stderr, as CPython writes them; NULL means the C stderr.
// It may run code, as CPython's writes to sys.stderr do; a collection it
// starts does nothing.
extern void (*pt_gc_debug_write)(const char *text);

// Move every tracked object into the permanent generation, which is never
// collected (gc.freeze), back into the oldest generation (gc.unfreeze), count it.
void pt_gc_freeze(void);
void pt_gc_unfreeze(void);
size_t pt_gc_get_freeze_count(void);

// ---- Statistics and callbacks ----

typedef struct PtGCGenStats {
    size_t collections;    // collections of this generation
    size_t collected;      // unreachable objects freed by them
    size_t uncollectable;  // objects they moved to gc.garbage
    double seconds;        // time spent in them
} PtGCGenStats;
void pt_gc_get_stats(PtGCGenStats out[3]);

enum { PT_GC_PHASE_START = 0, PT_GC_PHASE_STOP = 1 };
// Called at the start and end of every collection (gc.callbacks). At START the
// counts are 0. It may run Python code; a nested collection does nothing.
typedef void (*PtGCCallback)(int phase, int generation, size_t collected, size_t uncollectable,
                             void *arg);
void pt_gc_set_callback(PtGCCallback cb, void *arg);  // NULL removes it

// ---- gc.garbage ----

// The objects the collector found unreachable but could not free (or all of
// them under PT_GC_DEBUG_SAVEALL). The list owns a reference to each. The gc
// module exposes it as gc.garbage.
size_t pt_gc_garbage_count(void);
PtObject *pt_gc_garbage_get(size_t i);  // borrowed
void pt_gc_garbage_clear(void);         // drops the list's references (may run code)

// ---- Iteration (gc.get_objects, get_referrers, get_referents) ----

// Called for each object found, holding a reference for the duration of the
// call. Return 0 to go on; any other value stops the walk and is returned
// (use -1 with an exception set for errors).
typedef int (*PtGCObjectFn)(PtObject *o, void *arg);
#define PT_GC_NOMEM (-2)  // returned when the snapshot array could not be allocated (nothing set)

// Tracked objects of generation `generation` (0..2), or of all three when -1;
// the permanent generation is not included. The set is snapshotted first, so
// `fn` may allocate, track and free freely.
int pt_gc_get_objects(int generation, PtGCObjectFn fn, void *arg);
// Tracked objects (generations 0..2) whose traverse visits one of targets[0..n).
int pt_gc_get_referrers(PtObject *const *targets, size_t n, PtGCObjectFn fn, void *arg);
// The values traverse(o) visits, immediates included, in traverse order; none
// if `o` is not a GC object.
int pt_gc_get_referents(PtObject *o, PtGCObjectFn fn, void *arg);

// ---- Hooks for the object layer ----

// Weak references (src/obj/weakref.c): called once per collection, before any
// finalizer, with the list of unreachable objects. It must clear every weak
// reference to them first (walking with pt_gc_list_first/next, running no
// code), then call the callbacks of weak references that are not themselves
// unreachable (pt_gc_is_unreachable). Returns a count to add to the number
// of objects collected. NULL for now.
typedef size_t (*PtGCWeakrefHook)(PtGCHead *unreachable);
extern PtGCWeakrefHook pt_gc_weakref_hook;

// Atomic containers (tuples of untracked items, dicts without GC values): if
// set, called for each object that survives a collection; returning true
// untracks it. It must not run code or change any object.
extern bool (*pt_gc_untrack_hook)(PtObject *o);

// True while a collection holds `o` in its unreachable set (weakref hook only).
static inline bool pt_gc_is_unreachable(PtObject *o) {
    return pt_gc_is_tracked(o) && (pt_gc_head(o)->next & 1) != 0;
}

// Walk a list given to a hook: the first object, then the one after `o`;
// NULL at the end.
static inline PtObject *pt_gc_list_first(PtGCHead *list) {
    PtGCHead *h = (PtGCHead *)(list->next & ~(uintptr_t)7);
    return h == list ? NULL : pt_gc_from_head(h);
}
static inline PtObject *pt_gc_list_next(PtGCHead *list, PtObject *o) {
    PtGCHead *h = (PtGCHead *)(pt_gc_head(o)->next & ~(uintptr_t)7);
    return h == list ? NULL : pt_gc_from_head(h);
}

// ---- Lifecycle ----

// Release gc.garbage and the collector's buffers (pt_finalize, after the last
// collection). The collector stays usable.
void pt_gc_fini(void);

#endif  // PT_MEM_GC_H
