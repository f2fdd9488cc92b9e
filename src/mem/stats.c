// src/mem/stats.c: objects per type, freelists, and the -X memstats report.
//
// In stats mode each object allocation and free adds to or subtracts from a
// per-type-id pair of counters (objects, bytes). The arrays are indexed by
// type id and grow with the type table; they come from pt_raw_sys_* so that
// they are invisible to tracing and to the statistics they report. A heap
// type's id is reused only after the type died, which needs all its
// instances dead first, so a reused id starts at zero.
//
// The report reads everything else from the allocator (pt_mem_stats) and the
// collector (pt_gc_get_stats). Type names come from pt_type_table, the one
// upward look this file takes, and only when printing. See src/mem/stats.h.
#include <string.h>

#include "mem/alloc.h"    // pt_mem_stats, pt_raw_sys_*, pt_mem_usable_size
#include "mem/gc.h"       // pt_gc_get_stats
#include "mem/stats.h"    // declarations
#include "pith/object.h"  // pt_type_table, PtType (names in the report)

bool pt_memstats_on;  // GIL

typedef struct TypeSlot {
    size_t count, bytes;
} TypeSlot;

static TypeSlot *types;    // indexed by type id (GIL)
static size_t types_cap;
static size_t untracked_frees;  // frees of objects whose alloc was not counted

static PtMemFreelist freelists[32];  // GIL
static size_t nfreelists;

#if PT_DEBUG
// Kept by pt_incref/pt_decref (include/pith/object.h) in debug builds.
int64_t pt_debug_refcount_total;
#endif

// ---- Objects per type ----

void pt_memstats_enable(void) { pt_memstats_on = true; }

void pt_memstats_init(const PtConfig *config) {
    for (int i = 0; config != NULL && i < 16 && config->xoptions[i] != NULL; i++) {
        if (strcmp(config->xoptions[i], "memstats") == 0) {
            pt_memstats_enable();
        }
    }
}

// Room for type id `tid`; false when the array cannot grow (counting stops
// for that type, and the report says the figures are incomplete).
static bool types_reserve(uint32_t tid) {
    if (tid < types_cap) {
        return true;
    }
    size_t ncap = types_cap ? types_cap : 256;
    while (ncap <= tid) {
        ncap *= 2;
    }
    TypeSlot *t = pt_raw_sys_realloc(types, ncap * sizeof(TypeSlot));
    if (t == NULL) {
        return false;
    }
    memset(t + types_cap, 0, (ncap - types_cap) * sizeof(TypeSlot));
    types = t;
    types_cap = ncap;
    return true;
}

void pt_memstats_count_alloc(uint32_t tid, size_t bytes) {
    if (types_reserve(tid)) {
        types[tid].count++;
        types[tid].bytes += pt_mem_usable_size(bytes);
    }
}

void pt_memstats_count_free(uint32_t tid, size_t bytes) {
    size_t usable = pt_mem_usable_size(bytes);
    if (tid < types_cap && types[tid].count > 0 && types[tid].bytes >= usable) {
        types[tid].count--;
        types[tid].bytes -= usable;
    } else {
        untracked_frees++;
    }
}

int pt_memstats_each_type(int (*fn)(const PtMemTypeCount *c, void *arg), void *arg) {
    for (size_t tid = 0; tid < types_cap; tid++) {
        if (types[tid].count == 0) {
            continue;
        }
        PtMemTypeCount c = {(uint32_t)tid, types[tid].count, types[tid].bytes};
        int r = fn(&c, arg);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

// ---- Freelists ----

void pt_memstats_add_freelist(const char *name, const int *count, size_t block_bytes) {
    for (size_t i = 0; i < nfreelists; i++) {
        if (freelists[i].count == count) {
            return;
        }
    }
    if (nfreelists < sizeof freelists / sizeof freelists[0]) {
        freelists[nfreelists].name = name;
        freelists[nfreelists].count = count;
        freelists[nfreelists].block_bytes = block_bytes;
        nfreelists++;
    }
}

const PtMemFreelist *pt_memstats_freelists(size_t *n) {
    *n = nfreelists;
    return freelists;
}

// ---- The report ----

static void print_allocator(FILE *out, const PtMemStats *s) {
    fprintf(out, "arenas: %zu in use, %zu returned to the OS, %zu allocated, peak %zu (1 MiB each)\n",
            s->arenas_in_use, s->arenas_returned, s->arenas_allocated, s->arenas_peak);
    fprintf(out, "pools: %zu in use, %zu empty (16 KiB each)\n", s->pools_in_use, s->pools_empty);
    fprintf(out, "bytes: %zu in use in pools, %zu free in pools, %zu mapped\n", s->bytes_in_use,
            s->bytes_free_in_pools, s->bytes_mapped);
    fprintf(out, "large blocks (> 512 bytes): %zu, %zu bytes\n", s->large_blocks, s->large_bytes);
    fprintf(out, "system allocator: %zu blocks, %zu bytes; peak footprint %zu bytes\n", s->raw_blocks,
            s->raw_bytes, s->peak_bytes);
    fprintf(out, "\n%10s %11s %11s %14s %14s %14s\n", "class", "pools used", "pools full", "blocks in use",
            "blocks free", "bytes in use");
    for (unsigned cls = 0; cls < PT_MEM_NCLASSES; cls++) {
        const PtMemClassStats *c = &s->classes[cls];
        if (c->pools_used + c->pools_full == 0) {
            continue;
        }
        fprintf(out, "%10zu %11zu %11zu %14zu %14zu %14zu\n", c->block_size, c->pools_used, c->pools_full,
                c->blocks_in_use, c->blocks_free, c->blocks_in_use * c->block_size);
    }
}

static void print_freelists(FILE *out) {
    if (nfreelists == 0) {
        return;
    }
    fprintf(out, "\nfreelists:");
    for (size_t i = 0; i < nfreelists; i++) {
        fprintf(out, "%s %s %d", i ? "," : "", freelists[i].name, *freelists[i].count);
    }
    fputc('\n', out);
}

static void print_types(FILE *out) {
    if (!pt_memstats_on) {
        fprintf(out, "\nobjects per type: not counted (counting starts with -X memstats)\n");
        return;
    }
    size_t total = 0, total_bytes = 0;
    fprintf(out, "\n%-32s %12s %14s\n", "live objects by type", "count", "bytes");
    for (size_t tid = 0; tid < types_cap; tid++) {
        if (types[tid].count == 0) {
            continue;
        }
        PtType *t = pt_type_table != NULL ? pt_type_table[tid] : NULL;
        const char *name = t != NULL && t->name != NULL ? t->name : "(dead type)";
        fprintf(out, "%-32s %12zu %14zu\n", name, types[tid].count, types[tid].bytes);
        total += types[tid].count;
        total_bytes += types[tid].bytes;
    }
    fprintf(out, "%-32s %12zu %14zu\n", "total", total, total_bytes);
    if (untracked_frees != 0) {
        fprintf(out, "(%zu frees of objects allocated before counting started)\n", untracked_frees);
    }
}

static void print_gc(FILE *out) {
    PtGCGenStats g[3];
    pt_gc_get_stats(g);
    fprintf(out, "\n%10s %12s %12s %14s %10s\n", "gc gen", "collections", "collected", "uncollectable",
            "seconds");
    for (int i = 0; i < 3; i++) {
        fprintf(out, "%10d %12zu %12zu %14zu %10.6f\n", i, g[i].collections, g[i].collected,
                g[i].uncollectable, g[i].seconds);
    }
}

void pt_memstats_print(FILE *out) {
    PtMemStats s;
    pt_mem_stats(&s);
    fprintf(out, "---- pith memory statistics ----\n");
    print_allocator(out, &s);
    print_freelists(out);
    print_types(out);
    print_gc(out);
    fflush(out);
}

void pt_memstats_fini(void) {
    if (pt_memstats_on) {
        pt_memstats_print(stderr);
    }
}

// ---- Debug counters ----

int64_t pt_memstats_refcount_total(void) {
#if PT_DEBUG
    return pt_debug_refcount_total;
#else
    return 0;
#endif
}
