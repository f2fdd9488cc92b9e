// src/mem/gc.c: the cycle collector (generations, trial deletion, finalizers).
//
// Reference counting frees everything except cycles; this file finds the
// cycles. It is the algorithm CPython's gc module documents, written for
// pith's header: trial deletion over a set of tracked objects, then
// finalizers (PEP 442), a resurrection check, and clear slots to break what
// is left.
//
// One collection of generation g (collect):
//   1. merge the younger generations into g: that list is the "young" set;
//   2. partition it (below): objects referenced from outside the set, and all
//      they reach, survive and move to generation g+1; the rest is unreachable;
//   3. weak references to unreachable objects are cleared (pt_gc_weakref_hook);
//   4. each unreachable object's finalize slot runs once (PT_OF_FINALIZED);
//   5. the unreachable set is partitioned again: what a finalizer resurrected
//      (and all it reaches) survives;
//   6. the clear slot of each object still unreachable runs; reference
//      counting frees the cycles as they break;
//   7. what is still alive is partitioned once more: objects now referenced
//      from outside survive, the rest (a cycle no clear could break) goes to
//      gc.garbage as uncollectable.
//
// Partition (trial deletion) uses the two words of each PtGCHead, so it needs
// no memory and no C recursion:
//   - `prev` is overwritten with gc_refs << 3 | COLLECTING: the refcount;
//   - each object's traverse subtracts 1 from the gc_refs of every referent
//     inside the set: what is left counts references from outside;
//   - objects with gc_refs > 0 are roots: they get REACHABLE and go on a
//     worklist threaded through `prev` (a stack of heads); popping an object
//     traverses it and pushes the unmarked referents. Each object is pushed
//     at most once, so a million-node chain costs no C stack;
//   - one pass along `next` (never touched so far) rebuilds the survivors'
//     list and the unreachable list, whose `next` links carry tag UNREACHABLE.
//
// Scheduling follows CPython 3.11: generation 0 is collected when its count
// (GC allocations minus GC frees) exceeds 700; each collection of generation g
// adds one to the count of g+1, collected when that exceeds 10; the oldest one
// also waits until the objects that reached it since its last collection
// exceed 25% of those that survived it, so total cost stays linear.
//
// All state is protected by the GIL; nothing here locks. See
// docs/internals/gc.md; tests: tests/unit/test_gc.c.
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mem/alloc.h"    // pt_mem_alloc_fast, pt_mem_free_fast, pt_mem_fatal
#include "mem/gc.h"       // PtGCHead, the API
#include "pith/mem.h"     // pt_mem_realloc, pt_raw_realloc, pt_raw_free
#include "pith/object.h"  // PtObject, PtType, pt_type, pt_incref, pt_decref

#define NGENS 3

// Tag bits in the low 3 bits of PtGCHead links.
#define TAGS ((uintptr_t)7)
#define TAG_UNREACHABLE ((uintptr_t)1)  // in `next`: on an unreachable list
#define REF_COLLECTING ((uintptr_t)1)   // in `prev` during a partition: in the set
#define REF_REACHABLE ((uintptr_t)2)    // in `prev` during a partition: known reachable
#define REF_SHIFT 3                     // gc_refs live above the tag bits of `prev`
#define REF_ONE ((uintptr_t)1 << REF_SHIFT)

// ---- State ----

typedef struct Generation {
    PtGCHead head;  // list sentinel
    int threshold;
    int count;  // unused for generation 0: pt_gc_young.count is its count
    PtGCGenStats stats;
} Generation;

typedef struct ObjVec {
    PtObject **items;
    size_t len, cap;
} ObjVec;

// All collector state; protected by the GIL.
static struct {
    Generation gens[NGENS];
    PtGCHead permanent;
    bool initialised;
    bool enabled;
    bool collecting;
    int debug;
    size_t long_lived_total;    // survivors of the last full collection
    size_t long_lived_pending;  // objects moved into the oldest generation since
    PtGCCallback callback;
    void *callback_arg;
    ObjVec garbage;  // gc.garbage, strong references
} gc = {
    .gens = {{.threshold = 700}, {.threshold = 10}, {.threshold = 10}},
    .enabled = true,
};

// Protected by the GIL.
PtGCYoung pt_gc_young = {.count = 0, .trigger = PT_DEBUG_GC_STRESS ? 0 : 700};
void (*pt_gc_due_hook)(void);
PtGCWeakrefHook pt_gc_weakref_hook;
bool (*pt_gc_untrack_hook)(PtObject *o);
void (*pt_gc_debug_write)(const char *text);

// ---- List helpers ----

static inline PtGCHead *gnext(const PtGCHead *h) { return (PtGCHead *)(h->next & ~TAGS); }
static inline PtGCHead *gprev(const PtGCHead *h) { return (PtGCHead *)(h->prev & ~TAGS); }
static inline PtObject *gobj(PtGCHead *h) { return pt_gc_from_head(h); }

static void list_init(PtGCHead *l) { l->next = l->prev = (uintptr_t)l; }
static bool list_empty(const PtGCHead *l) { return gnext(l) == l; }

// The sentinels live in static storage; they are set up on first use so that
// a zero-initialised `gc` is all the start-up there is.
static void gc_init(void) {
    for (int i = 0; i < NGENS; i++) {
        list_init(&gc.gens[i].head);
    }
    list_init(&gc.permanent);
    gc.initialised = true;
}

// Append `h` to `l` with tag `tag` on its own `next`. Every link written keeps
// the tag bits that its owner already had.
static void list_append(PtGCHead *l, PtGCHead *h, uintptr_t tag) {
    PtGCHead *last = gprev(l);
    h->prev = (uintptr_t)last;
    h->next = (uintptr_t)l | tag;
    last->next = (uintptr_t)h | (last->next & TAGS);
    l->prev = (uintptr_t)h;
}

static void list_unlink(PtGCHead *h) {
    PtGCHead *p = gprev(h), *n = gnext(h);
    p->next = (uintptr_t)n | (p->next & TAGS);
    n->prev = (uintptr_t)p | (n->prev & TAGS);
}

// Move every element of `from` to the end of `to`, keeping their tags.
static void list_merge(PtGCHead *from, PtGCHead *to) {
    if (list_empty(from)) {
        return;
    }
    PtGCHead *first = gnext(from), *last = gprev(from), *tail = gprev(to);
    tail->next = (uintptr_t)first | (tail->next & TAGS);
    first->prev = (uintptr_t)tail;
    last->next = (uintptr_t)to | (last->next & TAGS);
    to->prev = (uintptr_t)last;
    list_init(from);
}

static void list_clear_tags(PtGCHead *l) {
    for (PtGCHead *h = gnext(l); h != l; h = gnext(h)) {
        h->next &= ~TAGS;
    }
}

static size_t list_size(const PtGCHead *l) {
    size_t n = 0;
    for (PtGCHead *h = gnext(l); h != l; h = gnext(h)) {
        n++;
    }
    return n;
}

// ---- Object vectors (snapshots, gc.garbage) ----

static int vec_push(ObjVec *v, PtObject *o) {
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        PtObject **items = pt_raw_realloc(v->items, cap * sizeof(PtObject *));
        if (items == NULL) {
            return -1;
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = o;
    return 0;
}

// Drop the vector's references (which may run code) and its memory.
static void vec_release(ObjVec *v) {
    PtObject **items = v->items;
    size_t len = v->len;
    *v = (ObjVec){NULL, 0, 0};
    for (size_t i = 0; i < len; i++) {
        pt_decref(items[i]);
    }
    pt_raw_free(items);
}

// ---- Allocation and tracking ----

void *pt_gc_alloc_ex(size_t prefix, size_t objsize) {
    char *p = pt_mem_alloc_fast(prefix + PT_GC_HEAD_SIZE + objsize);
    if (p == NULL) {
        return NULL;
    }
    PtGCHead *h = (PtGCHead *)(void *)(p + prefix);
    h->next = h->prev = 0;
    return h + 1;
}

void *pt_gc_alloc(size_t objsize) { return pt_gc_alloc_ex(0, objsize); }

void pt_gc_free_ex(PtObject *o, size_t prefix, size_t objsize) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    pt_gc_note_free();
    pt_mem_free_fast((char *)pt_gc_head(o) - prefix, prefix + PT_GC_HEAD_SIZE + objsize);
}

void pt_gc_free(PtObject *o, size_t objsize) { pt_gc_free_ex(o, 0, objsize); }

void *pt_gc_realloc(PtObject *o, size_t old_size, size_t new_size) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_mem_fatal("pt_gc_realloc(%p): the object is tracked", (void *)o);
    }
    PtGCHead *h = pt_mem_realloc(pt_gc_head(o), PT_GC_HEAD_SIZE + old_size,
                                 PT_GC_HEAD_SIZE + new_size);
    return h == NULL ? NULL : h + 1;
}

void pt_gc_track(PtObject *o) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
#if PT_DEBUG
        pt_mem_fatal("pt_gc_track(%p): already tracked", (void *)o);
#endif
        return;
    }
    if (!gc.initialised) {
        gc_init();
    }
    pt_set_flag(o, PT_OF_TRACKED);
    list_append(&gc.gens[0].head, pt_gc_head(o), 0);
}

void pt_gc_untrack(PtObject *o) {
    if (!pt_has_flag(o, PT_OF_TRACKED)) {
        return;
    }
    PtGCHead *h = pt_gc_head(o);
    list_unlink(h);
    h->next = h->prev = 0;
    pt_clear_flag(o, PT_OF_TRACKED);
}

// ---- Partition (trial deletion) ----

// The head of `v` if it is a tracked object inside the set being partitioned.
static inline PtGCHead *in_set(PtObject *v) {
    if (v == NULL || !pt_is_heap(v) || !pt_has_flag(v, PT_OF_TRACKED)) {
        return NULL;
    }
    PtGCHead *h = pt_gc_head(v);
    return (h->prev & REF_COLLECTING) ? h : NULL;
}

static int visit_decref(PtObject *v, void *arg) {
    (void)arg;
    PtGCHead *h = in_set(v);
    if (h != NULL) {
#if PT_DEBUG
        if (h->prev < REF_ONE) {
            pt_mem_fatal("gc: object %p (type %s) has more references inside a cycle than its "
                         "refcount says; a traverse visits a reference it does not own",
                         (void *)v, pt_type(v)->name);
        }
#endif
        h->prev -= REF_ONE;
    }
    return 0;
}

static int visit_mark(PtObject *v, void *arg) {
    PtGCHead *h = in_set(v);
    if (h != NULL && !(h->prev & REF_REACHABLE)) {
        PtGCHead **stack = arg;
        h->prev = (uintptr_t)*stack | REF_COLLECTING | REF_REACHABLE;
        *stack = h;
    }
    return 0;
}

static void traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtTraverseFn t = pt_type(o)->traverse;
    if (t != NULL) {
        t(o, visit, arg);
    }
}

// Leaves in `set` the objects referenced from outside it and all they reach
// (untagged, ready for a generation list); appends the others to `unreach`
// with tag UNREACHABLE. Returns how many stayed in `set`. Runs no code.
static size_t partition(PtGCHead *set, PtGCHead *unreach, size_t *n_unreach) {
    PtGCHead *h;
    // gc_refs := refcount
    for (h = gnext(set); h != set; h = gnext(h)) {
        h->next &= ~TAGS;
        h->prev = ((uintptr_t)gobj(h)->refcnt << REF_SHIFT) | REF_COLLECTING;
    }
    // gc_refs -= references from inside the set
    for (h = gnext(set); h != set; h = gnext(h)) {
        traverse(gobj(h), visit_decref, NULL);
    }
    // Roots: what outside references keep alive. From here `prev` is the
    // worklist link of REACHABLE objects and gc_refs is no longer needed.
    // An object with refcount 0 is waiting in pt_dealloc's queue (a dealloc
    // ran code that started this collection): it still owns its references
    // and will be freed by its dealloc, so it is a root too.
    PtGCHead *stack = NULL;
    for (h = gnext(set); h != set; h = gnext(h)) {
        if (h->prev >= REF_ONE || gobj(h)->refcnt == 0) {
            h->prev = (uintptr_t)stack | REF_COLLECTING | REF_REACHABLE;
            stack = h;
        }
    }
    while (stack != NULL) {
        h = stack;
        stack = gprev(h);
        traverse(gobj(h), visit_mark, &stack);
    }
    // Split along `next`, the links the phases above never changed.
    size_t kept = 0, lost = 0;
    h = gnext(set);
    list_init(set);
    while (h != set) {
        PtGCHead *next = gnext(h);
        if (h->prev & REF_REACHABLE) {
            list_append(set, h, 0);
            kept++;
        } else {
            list_append(unreach, h, TAG_UNREACHABLE);
            lost++;
        }
        h = next;
    }
    *n_unreach = lost;
    return kept;
}

// ---- Debug output (PT_GC_DEBUG_*) ----

// Lines in CPython's format, through pt_gc_debug_write or to the C stderr.
static void debug_printf(const char *fmt, ...) {
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    if (pt_gc_debug_write != NULL) {
        pt_gc_debug_write(line);
    } else {
        fputs(line, stderr);
    }
}

static void debug_object(const char *what, PtObject *o) {
    debug_printf("gc: %s <%s %p>\n", what, pt_type(o)->name, (void *)o);
}

static void debug_start(int generation) {
    debug_printf("gc: collecting generation %d...\n", generation);
    debug_printf("gc: objects in each generation: %zu %zu %zu\n", list_size(&gc.gens[0].head),
                 list_size(&gc.gens[1].head), list_size(&gc.gens[2].head));
    debug_printf("gc: objects in permanent generation: %zu\n", list_size(&gc.permanent));
}

// ---- The phases after partition ----

// Call each unreachable object's finalizer once. Objects move one at a time
// to a holding list, because a finalizer may free (untrack) any of them.
static void finalize_all(PtGCHead *unreach) {
    PtGCHead done;
    list_init(&done);
    while (!list_empty(unreach)) {
        PtGCHead *h = gnext(unreach);
        PtObject *o = gobj(h);
        list_unlink(h);
        list_append(&done, h, TAG_UNREACHABLE);
        void (*fin)(PtObject *) = pt_type(o)->finalize;
        // Refcount 0: queued in pt_dealloc by code an earlier finalizer ran;
        // its dealloc owns it now (the next partition keeps it).
        if (fin != NULL && !pt_has_flag(o, PT_OF_FINALIZED) && o->refcnt > 0) {
            pt_set_flag(o, PT_OF_FINALIZED);
            pt_incref(o);
            fin(o);
            pt_decref(o);
        }
    }
    list_merge(&done, unreach);
}

static void garbage_append(PtObject *o) {
    // If gc.garbage cannot grow the object simply stays in the oldest generation.
    if (vec_push(&gc.garbage, o) == 0) {
        pt_incref(o);
    }
}

// Break the cycles in `unreach` with the clear slots; whatever survives goes
// to `old`. Returns the number of objects found uncollectable.
static size_t clear_all(PtGCHead *unreach, PtGCHead *old) {
    PtGCHead left;
    list_init(&left);
    bool saveall = (gc.debug & PT_GC_DEBUG_SAVEALL) != 0;
    while (!list_empty(unreach)) {
        PtGCHead *h = gnext(unreach);
        PtObject *o = gobj(h);
        list_unlink(h);
        list_append(&left, h, TAG_UNREACHABLE);
        if (o->refcnt == 0) {
            continue;  // queued in pt_dealloc: see finalize_all
        }
        if (saveall) {
            garbage_append(o);
            continue;
        }
        PtClearFn clear = pt_type(o)->clear;
        if (clear != NULL) {
            pt_incref(o);
            clear(o);
            pt_decref(o);
        }
    }
    size_t stuck_n = 0;
    if (!saveall && !list_empty(&left)) {
        // Clears (or code they ran) may have stored a reference somewhere
        // outside: such objects live on. The rest is a cycle nothing broke.
        PtGCHead stuck;
        list_init(&stuck);
        partition(&left, &stuck, &stuck_n);
        for (PtGCHead *h = gnext(&stuck); h != &stuck; h = gnext(h)) {
            garbage_append(gobj(h));  // first: a debug write may run code
            if (gc.debug & PT_GC_DEBUG_UNCOLLECTABLE) {
                debug_object("uncollectable", gobj(h));
            }
        }
        list_clear_tags(&stuck);
        list_merge(&stuck, old);
    }
    list_clear_tags(&left);
    list_merge(&left, old);
    return stuck_n;
}

// Offer each survivor to pt_gc_untrack_hook (atomic containers).
static size_t untrack_atomic(PtGCHead *young, size_t survivors) {
    PtGCHead *h = gnext(young);
    while (h != young) {
        PtGCHead *next = gnext(h);
        if (pt_gc_untrack_hook(gobj(h))) {
            pt_gc_untrack(gobj(h));
            survivors--;
        }
        h = next;
    }
    return survivors;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Reset the counts as a collection of `generation` starts (CPython's rule).
static void reset_counts(int generation) {
    if (generation + 1 < NGENS) {
        gc.gens[generation + 1].count++;
    }
    for (int i = 1; i <= generation; i++) {
        gc.gens[i].count = 0;
    }
    pt_gc_young.count = 0;
    pt_gc_young.due = false;
}

// Steps 1-3 of a collection of `generation`: merge the younger generations,
// move the survivors to `old` and the unreachable objects to `unreach`.
static void find_unreachable(int generation, PtGCHead *old, PtGCHead *unreach) {
    reset_counts(generation);
    PtGCHead *young = &gc.gens[generation].head;
    for (int i = 0; i < generation; i++) {
        list_merge(&gc.gens[i].head, young);
    }
    size_t n_unreach;
    size_t survivors = partition(young, unreach, &n_unreach);
    if (pt_gc_untrack_hook != NULL) {
        survivors = untrack_atomic(young, survivors);
    }
    if (generation == NGENS - 2) {
        gc.long_lived_pending += survivors;
    }
    if (young != old) {
        list_merge(young, old);
    } else {
        gc.long_lived_pending = 0;
        gc.long_lived_total = survivors;
    }
    if (gc.debug & PT_GC_DEBUG_COLLECTABLE) {
        for (PtGCHead *h = gnext(unreach); h != unreach; h = gnext(h)) {
            debug_object("collectable", gobj(h));
        }
    }
}

// Steps 4-8: weak references, finalizers, resurrection, clear, leftovers.
// Returns the number collected; stores the uncollectable count.
static size_t dispose(PtGCHead *unreach, PtGCHead *old, size_t *n_uncollectable) {
    size_t collected = 0;
    if (pt_gc_weakref_hook != NULL && !list_empty(unreach)) {
        collected += pt_gc_weakref_hook(unreach);
    }
    finalize_all(unreach);
    // Finalizers may have resurrected objects: recheck before clearing.
    PtGCHead final;
    list_init(&final);
    size_t n_final;
    partition(unreach, &final, &n_final);
    list_merge(unreach, old);
    *n_uncollectable = clear_all(&final, old);
    return collected + n_final - *n_uncollectable;
}

// One collection; the caller set gc.collecting. Returns collected objects and
// stores the uncollectable ones in *n_uncollectable.
static size_t collect(int generation, size_t *n_uncollectable) {
    double t0 = now_seconds();
    if (gc.debug & PT_GC_DEBUG_STATS) {
        debug_start(generation);
    }
    PtGCHead *old = &gc.gens[generation + 1 < NGENS ? generation + 1 : generation].head;
    PtGCHead unreach;
    list_init(&unreach);
    find_unreachable(generation, old, &unreach);
    size_t uncollectable;
    size_t collected = dispose(&unreach, old, &uncollectable);

    double dt = now_seconds() - t0;
    PtGCGenStats *st = &gc.gens[generation].stats;
    st->collections++;
    st->collected += collected;
    st->uncollectable += uncollectable;
    st->seconds += dt;
    if (gc.debug & PT_GC_DEBUG_STATS) {
        debug_printf("gc: done, %zu unreachable, %zu uncollectable, %.4fs elapsed\n",
                     collected + uncollectable, uncollectable, dt);
    }
    *n_uncollectable = uncollectable;
    return collected;
}

static size_t collect_with_callback(int generation) {
    if (gc.collecting) {
        return 0;
    }
    if (!gc.initialised) {
        gc_init();
    }
    gc.collecting = true;
    if (gc.callback != NULL) {
        gc.callback(PT_GC_PHASE_START, generation, 0, 0, gc.callback_arg);
    }
    size_t uncollectable;
    size_t collected = collect(generation, &uncollectable);
    if (gc.callback != NULL) {
        gc.callback(PT_GC_PHASE_STOP, generation, collected, uncollectable, gc.callback_arg);
    }
    gc.collecting = false;
    return collected + uncollectable;
}

// ---- Scheduling ----

static void update_trigger(void) {
    int t = PT_DEBUG_GC_STRESS ? 0 : gc.gens[0].threshold;
    pt_gc_young.trigger = gc.enabled && (t > 0 || PT_DEBUG_GC_STRESS) ? t : INT_MAX;
}

void pt_gc_set_due(void) {
    pt_gc_young.due = true;
    if (pt_gc_due_hook != NULL) {
        pt_gc_due_hook();
    }
}

// The oldest generation that is over its threshold, with the long-lived rule
// for the last one; -1 when none is.
static int generation_due(void) {
    for (int i = NGENS - 1; i >= 0; i--) {
        int count = i == 0 ? pt_gc_young.count : gc.gens[i].count;
        if (count <= gc.gens[i].threshold && !(i == 0 && PT_DEBUG_GC_STRESS)) {
            continue;
        }
        if (i == NGENS - 1 && gc.long_lived_pending < gc.long_lived_total / 4) {
            continue;
        }
        return i;
    }
    return -1;
}

int pt_gc_collect_due(void) {
    pt_gc_young.due = false;
    if (gc.collecting || pt_gc_young.count <= pt_gc_young.trigger) {
        return 0;  // already collecting, or frees brought the count back down
    }
    int generation = generation_due();
    if (generation < 0) {
        return 0;
    }
    size_t n = collect_with_callback(generation);
    return n > INT_MAX ? INT_MAX : (int)n;
}

size_t pt_gc_collect(int generation) {
    if (generation < 0 || generation >= NGENS) {
        generation = NGENS - 1;
    }
    return collect_with_callback(generation);
}

// ---- Settings ----

void pt_gc_enable(void) {
    gc.enabled = true;
    update_trigger();
}

void pt_gc_disable(void) {
    gc.enabled = false;
    update_trigger();
}

bool pt_gc_is_enabled(void) { return gc.enabled; }

void pt_gc_get_count(int out[3]) {
    out[0] = pt_gc_young.count;
    out[1] = gc.gens[1].count;
    out[2] = gc.gens[2].count;
}

void pt_gc_set_threshold(int t0, int t1, int t2) {
    gc.gens[0].threshold = t0;
    gc.gens[1].threshold = t1;
    gc.gens[2].threshold = t2;
    update_trigger();
}

void pt_gc_get_threshold(int out[3]) {
    for (int i = 0; i < NGENS; i++) {
        out[i] = gc.gens[i].threshold;
    }
}

void pt_gc_set_debug(int flags) { gc.debug = flags; }
int pt_gc_get_debug(void) { return gc.debug; }

void pt_gc_freeze(void) {
    if (!gc.initialised) {
        gc_init();
    }
    for (int i = 0; i < NGENS; i++) {
        list_merge(&gc.gens[i].head, &gc.permanent);
    }
    pt_gc_young.count = 0;
}

void pt_gc_unfreeze(void) {
    if (!gc.initialised) {
        gc_init();
    }
    list_merge(&gc.permanent, &gc.gens[NGENS - 1].head);
}

size_t pt_gc_get_freeze_count(void) { return gc.initialised ? list_size(&gc.permanent) : 0; }

void pt_gc_get_stats(PtGCGenStats out[3]) {
    for (int i = 0; i < NGENS; i++) {
        out[i] = gc.gens[i].stats;
    }
}

void pt_gc_set_callback(PtGCCallback cb, void *arg) {
    gc.callback = cb;
    gc.callback_arg = arg;
}

// ---- gc.garbage ----

size_t pt_gc_garbage_count(void) { return gc.garbage.len; }

PtObject *pt_gc_garbage_get(size_t i) { return i < gc.garbage.len ? gc.garbage.items[i] : NULL; }

void pt_gc_garbage_clear(void) { vec_release(&gc.garbage); }

// ---- Iteration ----

// Call `fn` for each object of `v` (which holds references), then release them.
static int vec_deliver(ObjVec *v, PtGCObjectFn fn, void *arg) {
    int r = 0;
    for (size_t i = 0; i < v->len && r == 0; i++) {
        r = fn(v->items[i], arg);
    }
    vec_release(v);
    return r;
}

// Take a reference to each object pushed; on failure release what was taken.
static int vec_push_ref(ObjVec *v, PtObject *o) {
    if (vec_push(v, o) < 0) {
        vec_release(v);
        return -1;
    }
    pt_incref(o);
    return 0;
}

int pt_gc_get_objects(int generation, PtGCObjectFn fn, void *arg) {
    if (!gc.initialised) {
        gc_init();
    }
    ObjVec v = {NULL, 0, 0};
    int lo = generation < 0 ? 0 : generation, hi = generation < 0 ? NGENS - 1 : generation;
    for (int i = lo; i <= hi; i++) {
        PtGCHead *l = &gc.gens[i].head;
        for (PtGCHead *h = gnext(l); h != l; h = gnext(h)) {
            if (vec_push_ref(&v, gobj(h)) < 0) {
                return PT_GC_NOMEM;
            }
        }
    }
    return vec_deliver(&v, fn, arg);
}

typedef struct Targets {
    PtObject *const *items;
    size_t n;
} Targets;

static int visit_find(PtObject *v, void *arg) {
    const Targets *t = arg;
    for (size_t i = 0; i < t->n; i++) {
        if (t->items[i] == v) {
            return 1;
        }
    }
    return 0;
}

int pt_gc_get_referrers(PtObject *const *targets, size_t n, PtGCObjectFn fn, void *arg) {
    if (!gc.initialised) {
        gc_init();
    }
    Targets t = {targets, n};
    ObjVec v = {NULL, 0, 0};
    for (int i = 0; i < NGENS; i++) {
        PtGCHead *l = &gc.gens[i].head;
        for (PtGCHead *h = gnext(l); h != l; h = gnext(h)) {
            PtTraverseFn tr = pt_type(gobj(h))->traverse;
            if (tr != NULL && tr(gobj(h), visit_find, &t) != 0 && vec_push_ref(&v, gobj(h)) < 0) {
                return PT_GC_NOMEM;
            }
        }
    }
    return vec_deliver(&v, fn, arg);
}

typedef struct Collect {
    ObjVec *v;
    bool failed;
} Collect;

static int visit_collect(PtObject *v, void *arg) {
    Collect *c = arg;
    if (c->failed) {
        return 1;
    }
    if (v != NULL && vec_push_ref(c->v, v) < 0) {
        c->failed = true;
        return 1;
    }
    return 0;
}

int pt_gc_get_referents(PtObject *o, PtGCObjectFn fn, void *arg) {
    if (o == NULL || !pt_is_heap(o) || !pt_has_flag(o, PT_OF_GC)) {
        return 0;
    }
    ObjVec v = {NULL, 0, 0};
    Collect c = {&v, false};
    traverse(o, visit_collect, &c);
    if (c.failed) {
        return PT_GC_NOMEM;
    }
    return vec_deliver(&v, fn, arg);
}

// ---- Lifecycle ----

void pt_gc_fini(void) { pt_gc_garbage_clear(); }
