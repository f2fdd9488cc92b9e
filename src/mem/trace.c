// src/mem/trace.c: the trace table and the interned tracebacks behind tracemalloc.
//
// Two open-addressing hash tables, both with linear probing and a load of at
// most one half:
//   - `traces` maps a block address to (size, traceback); deletion shifts the
//     following entries back, so there are no tombstones and lookups stay
//     short however many blocks come and go;
//   - `tbs` is the set of interned tracebacks, keyed by their frames.
// Capturing a traceback writes the stack into a scratch array sized for the
// frame limit, hashes it, and looks it up; only a stack never seen before
// costs an allocation. All memory comes from pt_raw_sys_* (untraced). The
// GIL protects everything here. See src/mem/trace.h for the invariants.
#include <string.h>

#include "mem/alloc.h"  // pt_mem_trace_alloc/free, pt_raw_sys_alloc/free
#include "mem/trace.h"  // declarations

typedef struct TraceSlot {
    uintptr_t key;  // block address; 0: empty
    size_t size;
    PtTraceback *tb;
} TraceSlot;

// All protected by the GIL.
static TraceSlot *traces;
static size_t traces_cap, traces_len;  // cap: a power of two, or 0
static PtTraceback **tbs;
static size_t tbs_cap, tbs_len;
static size_t tbs_bytes;  // bytes of the interned tracebacks
static PtTraceFrame *scratch;
static int scratch_cap;
static int max_nframe = 1;
static PtTraceStackFn get_stack;
static bool tracing, reentrant;
static size_t traced_now, traced_peak, lost;
static uint64_t epoch;

// ---- Hashing ----

static inline size_t hash_ptr(uintptr_t p) {
    uint64_t h = (uint64_t)p >> 3;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (size_t)h;
}

static uint64_t hash_frames(const PtTraceFrame *f, int n, uint32_t total) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)total;
    for (int i = 0; i < n; i++) {
        h = (h ^ (uint64_t)(uintptr_t)f[i].filename) * 0x100000001b3ull;
        h = (h ^ (uint64_t)(uint32_t)f[i].lineno) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    return h;
}

// ---- The trace table ----

static TraceSlot *trace_find(uintptr_t key) {
    if (traces_cap == 0) {
        return NULL;
    }
    size_t mask = traces_cap - 1;
    for (size_t i = hash_ptr(key) & mask;; i = (i + 1) & mask) {
        if (traces[i].key == key) {
            return &traces[i];
        }
        if (traces[i].key == 0) {
            return NULL;
        }
    }
}

static void trace_insert_new(TraceSlot *table, size_t cap, uintptr_t key, size_t size, PtTraceback *tb) {
    size_t mask = cap - 1;
    size_t i = hash_ptr(key) & mask;
    while (table[i].key != 0) {
        i = (i + 1) & mask;
    }
    table[i].key = key;
    table[i].size = size;
    table[i].tb = tb;
}

static bool traces_grow(void) {
    size_t ncap = traces_cap ? traces_cap * 2 : 1024;
    TraceSlot *t = pt_raw_sys_alloc(ncap * sizeof(TraceSlot), true);
    if (t == NULL) {
        return false;
    }
    for (size_t i = 0; i < traces_cap; i++) {
        if (traces[i].key != 0) {
            trace_insert_new(t, ncap, traces[i].key, traces[i].size, traces[i].tb);
        }
    }
    pt_raw_sys_free(traces);
    traces = t;
    traces_cap = ncap;
    return true;
}

// Removes slot `i` and shifts back the entries of its probe run that would
// no longer be found (backward-shift deletion).
static void trace_remove_at(size_t i) {
    size_t mask = traces_cap - 1;
    size_t j = i;
    for (;;) {
        traces[i].key = 0;
        for (;;) {
            j = (j + 1) & mask;
            if (traces[j].key == 0) {
                traces_len--;
                return;
            }
            size_t home = hash_ptr(traces[j].key) & mask;
            // Move j to i unless its home lies cyclically in (i, j].
            bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                break;
            }
        }
        traces[i] = traces[j];
        i = j;
    }
}

// ---- Interned tracebacks ----

static bool tbs_grow(void) {
    size_t ncap = tbs_cap ? tbs_cap * 2 : 256;
    PtTraceback **t = pt_raw_sys_alloc(ncap * sizeof(*t), true);
    if (t == NULL) {
        return false;
    }
    for (size_t i = 0; i < tbs_cap; i++) {
        if (tbs[i] != NULL) {
            size_t j = (size_t)tbs[i]->hash & (ncap - 1);
            while (t[j] != NULL) {
                j = (j + 1) & (ncap - 1);
            }
            t[j] = tbs[i];
        }
    }
    pt_raw_sys_free(tbs);
    tbs = t;
    tbs_cap = ncap;
    return true;
}

static bool same_frames(const PtTraceback *tb, const PtTraceFrame *f, int n, uint32_t total) {
    if (tb->nframe != (uint32_t)n || tb->total_nframe != total) {
        return false;
    }
    for (int i = 0; i < n; i++) {
        if (tb->frames[i].filename != f[i].filename || tb->frames[i].lineno != f[i].lineno) {
            return false;
        }
    }
    return true;
}

// The interned traceback for frames f[0..n), created if new; NULL when out
// of memory.
static PtTraceback *intern_traceback(const PtTraceFrame *f, int n, uint32_t total) {
    if (2 * (tbs_len + 1) > tbs_cap && !tbs_grow()) {
        return NULL;
    }
    uint64_t h = hash_frames(f, n, total);
    size_t mask = tbs_cap - 1;
    size_t i = (size_t)h & mask;
    for (; tbs[i] != NULL; i = (i + 1) & mask) {
        if (tbs[i]->hash == h && same_frames(tbs[i], f, n, total)) {
            return tbs[i];
        }
    }
    size_t bytes = sizeof(PtTraceback) + (size_t)n * sizeof(PtTraceFrame);
    PtTraceback *tb = pt_raw_sys_alloc(bytes, false);
    if (tb == NULL) {
        return NULL;
    }
    tb->hash = h;
    tb->nframe = (uint32_t)n;
    tb->total_nframe = total;
    for (int k = 0; k < n; k++) {
        tb->frames[k] = f[k];
        if (f[k].filename != NULL) {
            pt_incref(f[k].filename);  // no allocation; released by release_all
        }
    }
    tbs[i] = tb;
    tbs_len++;
    tbs_bytes += bytes;
    return tb;
}

// The traceback of the current stack, or NULL when out of memory.
static PtTraceback *capture(void) {
    uint32_t total = 0;
    int n = get_stack != NULL ? get_stack(scratch, max_nframe, &total) : 0;
    if (n <= 0) {
        // No Python frame (start-up, a C thread): one "<unknown>":0 frame.
        scratch[0].filename = NULL;
        scratch[0].lineno = 0;
        n = 1;
        total = 1;
    }
    return intern_traceback(scratch, n, total);
}

// ---- The hooks ----

static void on_alloc(void *p, size_t size) {
    if (!tracing || reentrant || p == NULL) {
        return;
    }
    reentrant = true;
    uintptr_t key = (uintptr_t)p;
    TraceSlot *s = trace_find(key);
    PtTraceback *tb = capture();
    if (tb == NULL) {
        lost++;
    } else if (s != NULL) {
        // An address traced before and freed untraced: replace the entry.
        traced_now -= s->size;
        s->size = size;
        s->tb = tb;
        traced_now += size;
    } else if (2 * (traces_len + 1) <= traces_cap || traces_grow()) {
        trace_insert_new(traces, traces_cap, key, size, tb);
        traces_len++;
        traced_now += size;
    } else {
        lost++;
    }
    if (traced_now > traced_peak) {
        traced_peak = traced_now;
    }
    reentrant = false;
}

static void on_free(void *p, size_t size) {
    (void)size;  // the size recorded at allocation is the one to subtract
    if (!tracing || reentrant || p == NULL || traces_len == 0) {
        return;
    }
    TraceSlot *s = trace_find((uintptr_t)p);
    if (s != NULL) {
        traced_now -= s->size;
        trace_remove_at((size_t)(s - traces));
    }
}

// ---- Public functions ----

// Drops every trace and traceback. The file names are released last, with the
// hooks muted, because releasing them may free memory.
static void release_all(void) {
    PtTraceback **old_tbs = tbs;
    size_t old_cap = tbs_cap;
    pt_raw_sys_free(traces);
    traces = NULL;
    traces_cap = traces_len = 0;
    tbs = NULL;
    tbs_cap = tbs_len = tbs_bytes = 0;
    traced_now = traced_peak = 0;
    lost = 0;
    epoch++;
    bool was = reentrant;
    reentrant = true;
    for (size_t i = 0; i < old_cap; i++) {
        PtTraceback *tb = old_tbs[i];
        if (tb == NULL) {
            continue;
        }
        for (uint32_t k = 0; k < tb->nframe; k++) {
            pt_xdecref(tb->frames[k].filename);
        }
        pt_raw_sys_free(tb);
    }
    pt_raw_sys_free(old_tbs);
    reentrant = was;
}

int pt_trace_start(int nframe, PtTraceStackFn stack) {
    if (tracing) {
        return 0;  // CPython 3.11 keeps the running limit
    }
    if (nframe < 1) {
        nframe = 1;
    }
    if (nframe > PT_TRACE_MAX_NFRAME) {
        nframe = PT_TRACE_MAX_NFRAME;
    }
    if (nframe > scratch_cap) {
        PtTraceFrame *s = pt_raw_sys_alloc((size_t)nframe * sizeof(PtTraceFrame), false);
        if (s == NULL) {
            return -1;
        }
        pt_raw_sys_free(scratch);
        scratch = s;
        scratch_cap = nframe;
    }
    max_nframe = nframe;
    get_stack = stack;
    tracing = true;
    pt_mem_trace_alloc = on_alloc;
    pt_mem_trace_free = on_free;
    return 0;
}

void pt_trace_stop(void) {
    if (!tracing) {
        return;
    }
    tracing = false;
    pt_mem_trace_alloc = NULL;
    pt_mem_trace_free = NULL;
    release_all();
    pt_raw_sys_free(scratch);
    scratch = NULL;
    scratch_cap = 0;
}

bool pt_trace_is_tracing(void) { return tracing; }

int pt_trace_nframe(void) { return max_nframe; }

void pt_trace_clear(void) { release_all(); }

void pt_trace_get_memory(size_t *current, size_t *peak) {
    *current = traced_now;
    *peak = traced_peak;
}

void pt_trace_reset_peak(void) { traced_peak = traced_now; }

size_t pt_trace_self_memory(void) {
    return traces_cap * sizeof(TraceSlot) + tbs_cap * sizeof(PtTraceback *) + tbs_bytes +
           (size_t)scratch_cap * sizeof(PtTraceFrame);
}

const PtTraceback *pt_trace_lookup(const void *block) {
    TraceSlot *s = trace_find((uintptr_t)block);
    return s != NULL ? s->tb : NULL;
}

size_t pt_trace_lost(void) { return lost; }

uint64_t pt_trace_epoch(void) { return epoch; }

int pt_trace_entries(PtTraceEntry **entries, size_t *n) {
    *entries = NULL;
    *n = 0;
    if (traces_len == 0) {
        return 0;
    }
    PtTraceEntry *out = pt_raw_sys_alloc(traces_len * sizeof(PtTraceEntry), false);
    if (out == NULL) {
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < traces_cap; i++) {
        if (traces[i].key != 0) {
            out[k].size = traces[i].size;
            out[k].tb = traces[i].tb;
            k++;
        }
    }
    *n = k;
    *entries = out;
    return 0;
}

void pt_trace_entries_free(PtTraceEntry *entries) { pt_raw_sys_free(entries); }
