// tests/unit/test_gc.c: unit tests of the cycle collector (src/mem/gc.c) on synthetic graphs.
//
// The object layer is not linked: this file defines a tiny GC container type
// (Node: three reference slots) with its own traverse, clear and dealloc,
// variants with a finalizer and without a clear slot, and the glue the
// collector needs from src/obj/: pt_type_table and an iterative pt_dealloc.
// It links only src/mem/*.c. Graphs: cycles, self-loops, chains hanging off
// cycles, roots, 100,000 two-node cycles, a 1,000,000-node chain and ring
// (no C recursion in marking or freeing), random graphs checked against a
// reachability computed here, finalizers, resurrection, gc.garbage, freeze,
// generations, the long-lived rule, callbacks, hooks and iteration.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mem/alloc.h"    // pt_mem_fail_after, pt_mem_live_blocks
#include "mem/gc.h"       // the collector
#include "pith/object.h"  // PtObject, PtType, pt_incref, pt_decref

// ---- A synthetic container type ----

enum { NSLOTS = 3 };

typedef struct Node {
    PtObject ob;
    struct Node *defer;  // pt_dealloc's pending list
    PtObject *items[NSLOTS];
} Node;

enum {
    TID_NODE = PT_TID_BUILTIN_COUNT,  // traverse + clear
    TID_FIN,                          // + a finalizer
    TID_NOCLEAR,                      // traverse only: its cycles cannot be broken
    TID_COUNT
};

static PtType *table[TID_COUNT];
PtType **pt_type_table = table;

static long alive;        // nodes allocated and not yet freed
static long finalized;    // finalizer calls
static PtObject *saved;   // where a resurrecting finalizer stores itself
static bool resurrect;    // whether TID_FIN finalizers resurrect
static bool fin_collects; // whether TID_FIN finalizers call pt_gc_collect
static size_t nested_result;
static bool fin_breaks;   // whether TID_FIN finalizers clear their own slots

static int node_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    Node *n = (Node *)o;
    for (int i = 0; i < NSLOTS; i++) {
        if (n->items[i] != NULL) {
            int r = visit(n->items[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int node_clear(PtObject *o) {
    Node *n = (Node *)o;
    for (int i = 0; i < NSLOTS; i++) {
        pt_clearref(&n->items[i]);
    }
    return 0;
}

static void node_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    node_clear(o);
    pt_gc_free(o, sizeof(Node));
    alive--;
}

static void node_finalize(PtObject *o) {
    finalized++;
    if (resurrect && saved == NULL) {
        saved = pt_newref(o);
    }
    if (fin_collects) {
        nested_result = pt_gc_collect(2) + 1;
    }
    if (fin_breaks) {
        node_clear(o);
    }
}

static PtType node_type = {
    .name = "Node",
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};
static PtType fin_type = {
    .name = "FinNode",
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = node_finalize,
};
static PtType noclear_type = {
    .name = "NoClearNode",
    .dealloc = node_dealloc,
    .traverse = node_traverse,
};

// The object layer's iterative dealloc, in miniature: a dealloc that drops
// the last reference to another node defers it instead of recursing.
static Node *deferred;
static bool in_dealloc;

void pt_dealloc(PtObject *o) {
    Node *n = (Node *)o;
    if (in_dealloc) {
        n->defer = deferred;
        deferred = n;
        return;
    }
    in_dealloc = true;
    pt_type(o)->dealloc(o);
    while (deferred != NULL) {
        Node *d = deferred;
        deferred = d->defer;
        pt_type(&d->ob)->dealloc(&d->ob);
    }
    in_dealloc = false;
}

// Run what pt_dealloc queued while `in_dealloc` was forced on by a test.
static void run_deferred(void) {
    while (deferred != NULL) {
        Node *d = deferred;
        deferred = d->defer;
        pt_type(&d->ob)->dealloc(&d->ob);
    }
    in_dealloc = false;
}

static PtObject *new_node(uint32_t tid) {
    Node *n = pt_gc_alloc(sizeof(Node));
    if (n == NULL) {
        return NULL;
    }
    memset(n, 0, sizeof(Node));
    n->ob.refcnt = 1;
    n->ob.tinfo = tid | PT_OF_GC;
    pt_gc_note_alloc();
    pt_gc_track(&n->ob);
    alive++;
    return &n->ob;
}

static PtObject *node(void) { return new_node(TID_NODE); }

// a.items[slot] = b (a new reference).
static void link(PtObject *a, int slot, PtObject *b) {
    pt_setref(&((Node *)a)->items[slot], pt_newref(b));
}

static void setup(void) {
    table[TID_NODE] = &node_type;
    table[TID_FIN] = &fin_type;
    table[TID_NOCLEAR] = &noclear_type;
}

// Every test starts and ends with nothing alive and nothing in gc.garbage.
static bool clean(void) {
    pt_gc_garbage_clear();
    pt_gc_collect(2);
    return alive == 0 && pt_gc_garbage_count() == 0;
}

static int count_fn(PtObject *o, void *arg) {
    (void)o;
    (*(size_t *)arg)++;
    return 0;
}

static size_t count_objects(int generation) {
    size_t n = 0;
    pt_gc_get_objects(generation, count_fn, &n);
    return n;
}

// Seconds spent in collections of generation 2 so far.
static double gen2_seconds(void) {
    PtGCGenStats st[3];
    pt_gc_get_stats(st);
    return st[2].seconds;
}

// ---- Layout and tracking ----

static void test_head_layout(void) {
    PtObject *a = node();
    CHECK((char *)pt_gc_head(a) == (char *)a - 16);
    CHECK(pt_gc_from_head(pt_gc_head(a)) == a);
    CHECK(((uintptr_t)a & 7) == 0);
    char *p = pt_gc_alloc_ex(24, 40);
    CHECK(p != NULL);
    PtGCHead *h = (PtGCHead *)(void *)(p - 16);
    CHECK(h->next == 0 && h->prev == 0);  // untracked heads are zeroed
    memset(p - 16 - 24, 0x11, 24);        // the prefix is ours to write
    memset(p, 0x22, 40);
    ((PtObject *)(void *)p)->tinfo = TID_NODE | PT_OF_GC;
    pt_gc_free_ex((PtObject *)(void *)p, 24, 40);
    pt_decref(a);
    CHECK(clean());
}

static void test_track_untrack(void) {
    PtObject *a = node();
    CHECK(pt_gc_is_tracked(a));
    CHECK(!pt_gc_is_tracked(pt_smallint(3)));
    CHECK(!pt_gc_is_tracked(NULL));
    size_t n0 = count_objects(-1);
    pt_gc_untrack(a);
    CHECK(!pt_gc_is_tracked(a));
    CHECK_EQ(count_objects(-1), n0 - 1);
    pt_gc_untrack(a);  // no-op
    pt_gc_track(a);
    CHECK(pt_gc_is_tracked(a));
    CHECK_EQ(count_objects(0), n0);
    pt_decref(a);
    CHECK(clean());
}

// ---- Graphs ----

static void test_two_node_cycle(void) {
    PtObject *a = node(), *b = node();
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(alive, 2);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_self_loop(void) {
    PtObject *a = node();
    link(a, 1, a);
    pt_decref(a);
    CHECK_EQ(pt_gc_collect(0), 1);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_reachable_from_root(void) {
    // root -> a <-> b, and b -> c -> b: all kept while root is held.
    PtObject *root = node(), *a = node(), *b = node(), *c = node();
    link(root, 0, a);
    link(a, 0, b);
    link(b, 0, a);
    link(b, 1, c);
    link(c, 0, b);
    pt_decref(a);
    pt_decref(b);
    pt_decref(c);
    CHECK_EQ(pt_gc_collect(2), 0);
    CHECK_EQ(alive, 4);
    pt_decref(root);  // root is freed by refcount; the cycles remain
    CHECK_EQ(alive, 3);
    CHECK_EQ(pt_gc_collect(2), 3);
    CHECK(clean());
}

static void test_chain_hanging_off_cycle(void) {
    // x <-> y -> n1 -> n2 -> ... -> n10 (acyclic tail, only the cycle holds it).
    PtObject *x = node(), *y = node();
    link(x, 0, y);
    link(y, 0, x);
    PtObject *prev = y;
    for (int i = 0; i < 10; i++) {
        PtObject *n = node();
        link(prev, 1, n);
        pt_decref(n);
        prev = n;
    }
    pt_decref(x);
    pt_decref(y);
    CHECK_EQ(alive, 12);
    CHECK_EQ(pt_gc_collect(2), 12);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

// A collection that starts while pt_dealloc has objects queued (refcount 0,
// still tracked) must leave them, and what they hold, to their deallocs.
static void test_pending_dealloc_is_a_root(void) {
    PtObject *p = node(), *x = node(), *y = node();
    link(p, 0, x);
    link(x, 0, y);
    link(y, 0, x);
    pt_decref(x);
    pt_decref(y);
    p->refcnt = 0;  // as if queued by pt_dealloc
    CHECK_EQ(pt_gc_collect(2), 0);
    CHECK_EQ(alive, 3);
    CHECK(pt_gc_is_tracked(p));
    p->refcnt = 1;
    pt_decref(p);  // its dealloc runs now
    CHECK_EQ(alive, 2);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK(clean());
}

static void test_immediates_and_nulls(void) {
    PtObject *a = node(), *b = node();
    ((Node *)a)->items[0] = pt_smallint(42);
    ((Node *)a)->items[1] = pt_immfloat_try(1.5);
    link(a, 2, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK(clean());
}

static void test_many_two_node_cycles(void) {
    enum { N = 100000 };
    for (int i = 0; i < N; i++) {
        PtObject *a = node(), *b = node();
        link(a, 0, b);
        link(b, 0, a);
        pt_decref(a);
        pt_decref(b);
    }
    CHECK_EQ(alive, 2 * N);
    double t0 = gen2_seconds();
    CHECK_EQ(pt_gc_collect(2), 2 * N);
    if (test_verbose) {
        printf("   %d unreachable objects collected in %.1f ms\n", 2 * N,
               (gen2_seconds() - t0) * 1e3);
    }
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

// A million nodes deep: marking (from a root) and freeing (of a ring) must
// not recurse in C; 8 MB of stack would not survive either.
static void test_million_chain(void) {
    enum { N = 1000000 };
    PtObject *head = node(), *prev = head;
    for (int i = 1; i < N; i++) {
        PtObject *n = node();
        link(prev, 0, n);
        pt_decref(n);
        prev = n;
    }
    link(prev, 1, head);  // close the ring; head is still held from outside
    double t0 = gen2_seconds();
    CHECK_EQ(pt_gc_collect(2), 0);
    if (test_verbose) {
        printf("   %d reachable objects examined in %.1f ms\n", N, (gen2_seconds() - t0) * 1e3);
    }
    CHECK_EQ(alive, N);
    pt_decref(head);
    CHECK_EQ(alive, N);
    t0 = gen2_seconds();
    CHECK_EQ(pt_gc_collect(2), N);
    if (test_verbose) {
        printf("   %d unreachable objects collected in %.1f ms\n", N, (gen2_seconds() - t0) * 1e3);
    }
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

// Random graphs: the survivors must be exactly what is reachable from the
// nodes we hold, computed here by a plain search.
static uint64_t rng_state = 12345;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

enum { RN = 2000 };
static PtObject *rnodes[RN];
static int redge[RN][NSLOTS];
static bool rheld[RN], rreach[RN];
static int rstack[RN];

static void random_graph_round(void) {
    for (int i = 0; i < RN; i++) {
        rnodes[i] = node();
        rheld[i] = rng() % 50 == 0;
        rreach[i] = false;
    }
    for (int i = 0; i < RN; i++) {
        for (int s = 0; s < NSLOTS; s++) {
            redge[i][s] = rng() % 3 == 0 ? (int)(rng() % RN) : -1;
            if (redge[i][s] >= 0) {
                link(rnodes[i], s, rnodes[redge[i][s]]);
            }
        }
    }
    int sp = 0;
    for (int i = 0; i < RN; i++) {
        if (rheld[i]) {
            rreach[i] = true;
            rstack[sp++] = i;
        }
    }
    while (sp > 0) {
        int i = rstack[--sp];
        for (int s = 0; s < NSLOTS; s++) {
            int j = redge[i][s];
            if (j >= 0 && !rreach[j]) {
                rreach[j] = true;
                rstack[sp++] = j;
            }
        }
    }
    long expect = 0;
    for (int i = 0; i < RN; i++) {
        expect += rreach[i];
        if (!rheld[i]) {
            pt_decref(rnodes[i]);
        }
    }
    pt_gc_collect((int)(rng() % 3));
    pt_gc_collect(2);
    CHECK_EQ(alive, expect);
    for (int i = 0; i < RN; i++) {
        if (rheld[i]) {
            pt_decref(rnodes[i]);
        }
    }
}

static void test_random_graphs(void) {
    for (int round = 0; round < 20; round++) {
        random_graph_round();
    }
    CHECK(clean());
}

// ---- Finalizers ----

static void test_finalizer_runs_once(void) {
    finalized = 0;
    PtObject *a = new_node(TID_FIN), *b = new_node(TID_FIN);
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK_EQ(finalized, 2);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_resurrection(void) {
    finalized = 0;
    resurrect = true;
    PtObject *a = new_node(TID_FIN), *b = new_node(TID_FIN), *c = node();
    link(a, 0, b);
    link(b, 0, a);
    link(b, 1, c);
    link(c, 0, c);
    pt_decref(a);
    pt_decref(b);
    pt_decref(c);
    // One finalizer saves its object: a, b and c all live on.
    CHECK_EQ(pt_gc_collect(2), 0);
    CHECK_EQ(finalized, 2);
    CHECK_EQ(alive, 3);
    CHECK(saved != NULL && pt_gc_is_finalized(saved));
    CHECK(pt_gc_is_tracked(saved));
    resurrect = false;
    pt_clearref(&saved);
    // Now they go, and the finalizers do not run a second time.
    CHECK_EQ(pt_gc_collect(2), 3);
    CHECK_EQ(finalized, 2);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_collect_inside_finalizer(void) {
    fin_collects = true;
    nested_result = 0;
    PtObject *a = new_node(TID_FIN);
    link(a, 0, a);
    pt_decref(a);
    CHECK_EQ(pt_gc_collect(2), 1);
    CHECK_EQ(nested_result, 1);  // the nested collect did nothing and returned 0
    fin_collects = false;
    CHECK(clean());
}

static void test_finalizer_breaks_cycle(void) {
    // Each finalizer drops its own references: the ring falls apart while the
    // collector is still walking it.
    fin_breaks = true;
    finalized = 0;
    PtObject *first = new_node(TID_FIN), *prev = first;
    for (int i = 0; i < 50; i++) {
        PtObject *n = new_node(TID_FIN);
        link(prev, 0, n);
        pt_decref(n);
        prev = n;
    }
    link(prev, 0, first);
    pt_decref(first);
    pt_gc_collect(2);
    CHECK_EQ(alive, 0);
    CHECK(finalized >= 1 && finalized <= 51);
    fin_breaks = false;
    CHECK(clean());
}

// A collection that runs inside a dealloc (pt_dealloc queues instead of
// freeing): a finalizer drops the last reference to another unreachable
// object, which is queued with refcount 0 while still on the collector's
// list. The collector must leave it to its dealloc: no clear, no second free.
static void test_finalizer_queues_dealloc(void) {
    for (int saveall = 0; saveall < 2; saveall++) {
        fin_breaks = true;
        PtObject *a = new_node(TID_FIN), *b = node(), *c = node();
        link(a, 0, b);
        link(b, 0, c);
        link(c, 0, a);
        pt_decref(a);
        pt_decref(b);
        pt_decref(c);
        pt_gc_set_debug(saveall ? PT_GC_DEBUG_SAVEALL : 0);
        in_dealloc = true;
        CHECK_EQ(pt_gc_collect(2), 0);  // b was queued: it keeps c and a alive
        CHECK(deferred == (Node *)b);
        CHECK_EQ(pt_gc_garbage_count(), 0);
        pt_gc_set_debug(0);
        fin_breaks = false;
        run_deferred();
        CHECK_EQ(alive, 0);
        CHECK(clean());
    }
}

// The same with clear: clearing a drops the last reference to b, queued
// while still waiting for its own clear.
static void test_clear_queues_dealloc(void) {
    PtObject *a = node(), *b = node(), *c = node();
    link(a, 0, b);
    link(b, 0, c);
    link(c, 0, a);
    pt_decref(a);
    pt_decref(b);
    pt_decref(c);
    in_dealloc = true;
    CHECK_EQ(pt_gc_collect(2), 3);
    CHECK_EQ(alive, 3);  // freed once the queue runs
    CHECK_EQ(pt_gc_garbage_count(), 0);
    run_deferred();
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

// ---- gc.garbage ----

static void test_uncollectable(void) {
    PtGCGenStats st0[3], st1[3];
    pt_gc_get_stats(st0);
    PtObject *a = new_node(TID_NOCLEAR), *b = new_node(TID_NOCLEAR);
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(pt_gc_collect(2), 2);  // found unreachable, but stuck
    CHECK_EQ(alive, 2);
    CHECK_EQ(pt_gc_garbage_count(), 2);
    CHECK(pt_gc_garbage_get(0) == a || pt_gc_garbage_get(0) == b);
    CHECK(pt_gc_garbage_get(2) == NULL);
    pt_gc_get_stats(st1);
    CHECK_EQ(st1[2].uncollectable, st0[2].uncollectable + 2);
    CHECK_EQ(st1[2].collected, st0[2].collected);
    // Held by gc.garbage, they are reachable now.
    CHECK_EQ(pt_gc_collect(2), 0);
    // Break the cycle by hand, as a user would after inspecting gc.garbage.
    pt_clearref(&((Node *)a)->items[0]);
    pt_gc_garbage_clear();
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_mixed_cycle_is_collectable(void) {
    // One clearable member is enough to break the cycle.
    PtObject *a = new_node(TID_NOCLEAR), *b = node();
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK_EQ(pt_gc_garbage_count(), 0);
    CHECK_EQ(alive, 0);
    CHECK(clean());
}

static void test_saveall(void) {
    pt_gc_set_debug(PT_GC_DEBUG_SAVEALL);
    PtObject *a = node(), *b = node();
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK_EQ(pt_gc_garbage_count(), 2);
    CHECK_EQ(alive, 2);
    pt_gc_set_debug(0);
    pt_gc_garbage_clear();
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK(clean());
}

static char debug_text[2048];

static void debug_write(const char *text) {
    strncat(debug_text, text, sizeof(debug_text) - strlen(debug_text) - 1);
}

static void test_debug_output(void) {
    debug_text[0] = 0;
    pt_gc_debug_write = debug_write;
    pt_gc_set_debug(PT_GC_DEBUG_STATS | PT_GC_DEBUG_COLLECTABLE | PT_GC_DEBUG_UNCOLLECTABLE);
    CHECK_EQ(pt_gc_get_debug(), 7);
    PtObject *a = node(), *b = new_node(TID_NOCLEAR);
    link(a, 0, a);
    link(b, 0, b);
    pt_decref(a);
    pt_decref(b);
    pt_gc_collect(1);
    pt_gc_set_debug(0);
    pt_gc_debug_write = NULL;
    CHECK(strncmp(debug_text, "gc: collecting generation 1...\n"
                              "gc: objects in each generation: 2 0 0\n"
                              "gc: objects in permanent generation: 0\n"
                              "gc: collectable <Node 0x",
                  strlen("gc: collecting generation 1...\n"
                         "gc: objects in each generation: 2 0 0\n"
                         "gc: objects in permanent generation: 0\n"
                         "gc: collectable <Node 0x")) == 0);
    CHECK(strstr(debug_text, "gc: collectable <NoClearNode 0x") != NULL);
    CHECK(strstr(debug_text, "gc: uncollectable <NoClearNode 0x") != NULL);
    CHECK(strstr(debug_text, "gc: done, 2 unreachable, 1 uncollectable, 0.0") != NULL);
    pt_clearref(&((Node *)b)->items[0]);
    CHECK(clean());
}

// ---- Generations and scheduling ----

static void test_generations(void) {
    CHECK(clean());
    PtObject *a = node();
    CHECK_EQ(count_objects(0), 1);
    pt_gc_collect(0);
    CHECK_EQ(count_objects(0), 0);
    CHECK_EQ(count_objects(1), 1);
    int c[3];
    pt_gc_get_count(c);
    CHECK(c[0] == 0 && c[1] == 1);
    pt_gc_collect(1);
    CHECK_EQ(count_objects(2), 1);
    pt_gc_get_count(c);
    CHECK(c[0] == 0 && c[1] == 0 && c[2] >= 1);
    PtObject *b = node();
    pt_gc_get_count(c);
    CHECK_EQ(c[0], 1);
    pt_decref(b);  // GC frees count down
    pt_gc_get_count(c);
    CHECK_EQ(c[0], 0);
    pt_decref(a);
    CHECK(clean());
}

#if PT_DEBUG_GC_STRESS
// The gcstress build: every GC allocation makes a collection due.
static void test_stress_schedules_every_allocation(void) {
    for (int i = 0; i < 100; i++) {
        PtObject *a = node();
        CHECK(pt_gc_young.due);
        link(a, 0, a);
        pt_decref(a);
        CHECK_EQ(pt_gc_maybe_collect(), 1);
    }
    CHECK(clean());
}
#else
static void test_automatic_collection(void) {
    int t[3];
    pt_gc_get_threshold(t);
    CHECK(t[0] == 700 && t[1] == 10 && t[2] == 10);
    PtGCGenStats st0[3], st1[3];
    pt_gc_get_stats(st0);
    // 400 two-node cycles: 800 allocations pass the 700 threshold once.
    int ran = 0;
    for (int i = 0; i < 400; i++) {
        PtObject *a = node(), *b = node();
        link(a, 0, b);
        link(b, 0, a);
        pt_decref(a);
        pt_decref(b);
        ran += pt_gc_maybe_collect() > 0;
    }
    pt_gc_get_stats(st1);
    CHECK_EQ(ran, 1);
    CHECK_EQ(st1[0].collections, st0[0].collections + 1);
    CHECK_EQ(st1[0].collected, st0[0].collected + 702);  // 351 cycles when the count hit 701
    CHECK(st1[0].seconds >= st0[0].seconds);
    // Disabled: counted, never due.
    pt_gc_disable();
    CHECK(!pt_gc_is_enabled());
    for (int i = 0; i < 1000; i++) {
        PtObject *a = node();
        link(a, 0, a);
        pt_decref(a);
        CHECK_EQ(pt_gc_maybe_collect(), 0);
    }
    CHECK(!pt_gc_young.due);
    pt_gc_enable();
    PtObject *a = node();  // the next allocation schedules
    pt_decref(a);
    CHECK(pt_gc_young.due);
    CHECK(pt_gc_maybe_collect() > 0);
    CHECK(clean());
}

static int due_calls;
static void on_due(void) { due_calls++; }

static void test_due_hook_and_threshold(void) {
    pt_gc_due_hook = on_due;
    pt_gc_set_threshold(5, 10, 10);
    due_calls = 0;
    PtObject *keep[8];
    for (int i = 0; i < 8; i++) {
        keep[i] = node();
    }
    CHECK_EQ(due_calls, 1);  // once, when the count passed 5
    CHECK(pt_gc_maybe_collect() == 0);  // nothing unreachable, but it ran
    CHECK(!pt_gc_young.due);
    pt_gc_set_threshold(0, 10, 10);  // 0 disables automatic collection
    for (int i = 0; i < 8; i++) {
        pt_decref(keep[i]);
        keep[i] = node();
    }
    CHECK(!pt_gc_young.due);
    for (int i = 0; i < 8; i++) {
        pt_decref(keep[i]);
    }
    pt_gc_set_threshold(700, 10, 10);
    pt_gc_due_hook = NULL;
    CHECK(clean());
}

#endif  // PT_DEBUG_GC_STRESS

// The oldest generation waits until what reached it since its last
// collection exceeds 25% of what survived it.
static void test_long_lived_rule(void) {
    enum { BASE = 1000, STEP = 10, MAX = 200 };
    static PtObject *held[BASE + STEP * MAX];
    size_t nheld = 0;
    for (int i = 0; i < BASE; i++) {
        held[nheld++] = node();
    }
    pt_gc_collect(2);  // long-lived total: BASE
    pt_gc_set_threshold(1, 1, 1);
    PtGCGenStats st0[3], st[3];
    pt_gc_get_stats(st0);
    size_t at = 0;
    for (int round = 0; round < MAX && at == 0; round++) {
        for (int i = 0; i < STEP; i++) {
            held[nheld++] = node();
        }
        pt_gc_maybe_collect();
        pt_gc_get_stats(st);
        if (st[2].collections > st0[2].collections) {
            at = nheld - BASE;  // objects added since the full collection
        }
    }
    CHECK(at > BASE / 4);
    CHECK(at <= BASE / 4 + 6 * STEP);
    CHECK(st[1].collections > st0[1].collections);
    pt_gc_set_threshold(700, 10, 10);
    for (size_t i = 0; i < nheld; i++) {
        pt_decref(held[i]);
    }
    CHECK(clean());
}

static void test_freeze(void) {
    PtObject *a = node(), *b = node();
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(b);
    size_t n = count_objects(-1);
    pt_gc_freeze();
    CHECK_EQ(pt_gc_get_freeze_count(), n);
    CHECK_EQ(count_objects(-1), 0);
    pt_decref(a);
    CHECK_EQ(pt_gc_collect(2), 0);  // frozen: not examined
    CHECK_EQ(alive, 2);
    pt_gc_unfreeze();
    CHECK_EQ(pt_gc_get_freeze_count(), 0);
    CHECK_EQ(count_objects(2), n);
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK(clean());
}

// ---- Callbacks, hooks, iteration ----

static int phases[8], gens[8];
static size_t cb_collected[8];
static int ncb;

static void callback(int phase, int generation, size_t collected, size_t uncollectable,
                     void *arg) {
    (void)uncollectable;
    CHECK(arg == (void *)&ncb);
    if (ncb < 8) {
        phases[ncb] = phase;
        gens[ncb] = generation;
        cb_collected[ncb] = collected;
        ncb++;
    }
    CHECK_EQ(pt_gc_collect(2), 0);  // nested: does nothing
}

static void test_callbacks(void) {
    ncb = 0;
    pt_gc_set_callback(callback, &ncb);
    PtObject *a = node();
    link(a, 0, a);
    pt_decref(a);
    pt_gc_collect(1);
    pt_gc_set_callback(NULL, NULL);
    CHECK_EQ(ncb, 2);
    CHECK(phases[0] == PT_GC_PHASE_START && phases[1] == PT_GC_PHASE_STOP);
    CHECK(gens[0] == 1 && gens[1] == 1);
    CHECK_EQ(cb_collected[1], 1);
    CHECK(clean());
}

static size_t hook_seen;
static bool hook_ok;

static size_t weakref_hook(PtGCHead *unreachable) {
    for (PtObject *o = pt_gc_list_first(unreachable); o != NULL;
         o = pt_gc_list_next(unreachable, o)) {
        hook_seen++;
        hook_ok = hook_ok && pt_gc_is_unreachable(o);
    }
    return 0;
}

static void test_weakref_hook(void) {
    hook_seen = 0;
    hook_ok = true;
    pt_gc_weakref_hook = weakref_hook;
    PtObject *keep = node(), *a = node(), *b = node();
    link(a, 0, b);
    link(b, 0, a);
    pt_decref(a);
    pt_decref(b);
    CHECK(!pt_gc_is_unreachable(keep));
    CHECK_EQ(pt_gc_collect(2), 2);
    CHECK_EQ(hook_seen, 2);
    CHECK(hook_ok);
    CHECK(!pt_gc_is_unreachable(keep));
    pt_gc_weakref_hook = NULL;
    pt_decref(keep);
    CHECK(clean());
}

// Untracks nodes with no references, as tuples of atoms are untracked.
static bool untrack_leaves(PtObject *o) {
    Node *n = (Node *)o;
    return n->items[0] == NULL && n->items[1] == NULL && n->items[2] == NULL;
}

static void test_untrack_hook(void) {
    pt_gc_untrack_hook = untrack_leaves;
    PtObject *leaf = node(), *inner = node();
    link(inner, 0, leaf);
    pt_gc_collect(0);
    CHECK(!pt_gc_is_tracked(leaf));
    CHECK(pt_gc_is_tracked(inner));
    pt_gc_untrack_hook = NULL;
    pt_decref(inner);
    pt_decref(leaf);
    CHECK(clean());
}

typedef struct Found {
    PtObject *items[8];
    int n;
} Found;

static int found_fn(PtObject *o, void *arg) {
    Found *f = arg;
    if (f->n < 8) {
        f->items[f->n++] = o;
    }
    return 0;
}

static int stop_fn(PtObject *o, void *arg) {
    (void)o;
    (void)arg;
    return 7;
}

static void test_referrers_referents(void) {
    PtObject *a = node(), *b = node(), *c = node(), *d = node();
    link(a, 0, b);
    link(c, 2, b);
    ((Node *)a)->items[1] = pt_smallint(5);
    Found f = {{NULL}, 0};
    PtObject *targets[1] = {b};
    CHECK_EQ(pt_gc_get_referrers(targets, 1, found_fn, &f), 0);
    CHECK_EQ(f.n, 2);
    CHECK((f.items[0] == a && f.items[1] == c) || (f.items[0] == c && f.items[1] == a));
    f.n = 0;
    CHECK_EQ(pt_gc_get_referents(a, found_fn, &f), 0);
    CHECK_EQ(f.n, 2);
    CHECK(f.items[0] == b && f.items[1] == pt_smallint(5));  // immediates included
    f.n = 0;
    CHECK_EQ(pt_gc_get_referents(pt_smallint(1), found_fn, &f), 0);
    CHECK_EQ(f.n, 0);
    CHECK_EQ(pt_gc_get_objects(-1, stop_fn, NULL), 7);
    // get_objects snapshots: the callback may free what it is given.
    pt_decref(d);
    pt_decref(a);
    pt_decref(b);
    pt_decref(c);
    CHECK(clean());
}

#if PT_DEBUG_ALLOC
static void test_alloc_failure(void) {
    pt_mem_fail_after(1);
    CHECK(pt_gc_alloc(sizeof(Node)) == NULL);
    PtObject *a = node();
    PtObject *b = node();
    link(a, 0, b);
    pt_mem_fail_after(1);  // the snapshot array cannot be allocated
    CHECK_EQ(pt_gc_get_objects(-1, count_fn, &(size_t){0}), PT_GC_NOMEM);
    pt_mem_fail_after(0);
    pt_decref(a);
    pt_decref(b);
    CHECK(clean());
}
#endif

int main(int argc, char **argv) {
    test_init(argc, argv);
    setup();
    size_t live0 = pt_mem_live_blocks();
    RUN(test_head_layout);
    RUN(test_track_untrack);
    RUN(test_two_node_cycle);
    RUN(test_self_loop);
    RUN(test_reachable_from_root);
    RUN(test_chain_hanging_off_cycle);
    RUN(test_pending_dealloc_is_a_root);
    RUN(test_immediates_and_nulls);
    RUN(test_many_two_node_cycles);
    RUN(test_million_chain);
    RUN(test_random_graphs);
    RUN(test_finalizer_runs_once);
    RUN(test_resurrection);
    RUN(test_collect_inside_finalizer);
    RUN(test_finalizer_breaks_cycle);
    RUN(test_finalizer_queues_dealloc);
    RUN(test_clear_queues_dealloc);
    RUN(test_uncollectable);
    RUN(test_mixed_cycle_is_collectable);
    RUN(test_saveall);
    RUN(test_debug_output);
    RUN(test_generations);
#if PT_DEBUG_GC_STRESS
    RUN(test_stress_schedules_every_allocation);
#else
    RUN(test_automatic_collection);
    RUN(test_due_hook_and_threshold);
#endif
    RUN(test_long_lived_rule);
    RUN(test_freeze);
    RUN(test_callbacks);
    RUN(test_weakref_hook);
    RUN(test_untrack_hook);
    RUN(test_referrers_referents);
#if PT_DEBUG_ALLOC
    RUN(test_alloc_failure);
#endif
    pt_gc_fini();
    CHECK(pt_mem_live_blocks() == live0);
    return test_summary();
}
