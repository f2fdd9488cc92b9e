// src/mem/stats.h: memory statistics: objects per type, freelists, the -X memstats report.
//
// The allocator's own figures (arenas, pools, size classes, bytes) come from
// pt_mem_stats (src/mem/alloc.h) and the collector's from pt_gc_get_stats
// (src/mem/gc.h); this unit adds what neither knows:
//   - live objects and their bytes per type id. Counting costs a load and a
//     branch per object allocation and free, so it is on only in stats mode
//     (pith -X memstats), which must start before the first object exists;
//     without it, only the collector's tracked objects can be counted (the
//     gc lists are walked on demand by sys._memstats);
//   - freelists registered by the object layer (name and a pointer to its
//     counter);
//   - the report printed at exit in stats mode;
//   - in debug builds, the total of reference-count changes that the
//     refcount inlines of include/pith/object.h keep for the refleak mode.
// All protected by the GIL. See docs/memory.md.
#ifndef PT_MEM_STATS_H
#define PT_MEM_STATS_H

#ifndef PT_CORE
#error "src/mem/stats.h is internal to the core; build with -DPT_CORE"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "pith/runtime.h"  // PtConfig

// ---- Objects per type (stats mode) ----

// True in stats mode; read by the inline hooks below.
extern bool pt_memstats_on;

// Start stats mode if the configuration asks for it (-X memstats). Call it
// first thing in pt_init, before any object is allocated.
void pt_memstats_init(const PtConfig *config);
// Turn counting on (what -X memstats does).
void pt_memstats_enable(void);

void pt_memstats_count_alloc(uint32_t tid, size_t bytes);
void pt_memstats_count_free(uint32_t tid, size_t bytes);

// Called by pt_object_alloc once the object exists and by pt_object_free
// before its memory goes; `bytes` is the whole block (prefix, GC head and
// object). Objects waiting on a freelist are still counted: their memory is.
static inline void pt_memstats_note_alloc(uint32_t tid, size_t bytes) {
    if (pt_memstats_on) {
        pt_memstats_count_alloc(tid, bytes);
    }
}
static inline void pt_memstats_note_free(uint32_t tid, size_t bytes) {
    if (pt_memstats_on) {
        pt_memstats_count_free(tid, bytes);
    }
}

typedef struct PtMemTypeCount {
    uint32_t tid;
    size_t count;  // live objects
    size_t bytes;  // their blocks' usable bytes
} PtMemTypeCount;

// Calls fn for each type id with live objects, in id order (stats mode only;
// nothing otherwise). fn returns 0 to go on; another value stops the walk
// and is returned. fn may allocate.
int pt_memstats_each_type(int (*fn)(const PtMemTypeCount *c, void *arg), void *arg);

// ---- Freelists ----

// Register a freelist for the statistics: `count` points at its current
// length, `block_bytes` is the size of one waiting object. At most 32.
void pt_memstats_add_freelist(const char *name, const int *count, size_t block_bytes);
typedef struct PtMemFreelist {
    const char *name;
    const int *count;
    size_t block_bytes;
} PtMemFreelist;
// The registered freelists; *n gets their number.
const PtMemFreelist *pt_memstats_freelists(size_t *n);

// ---- The exit report ----

// Print the report (allocator, size classes, freelists, objects per type,
// collector) to `out`. Type names come from pt_type_table.
void pt_memstats_print(FILE *out);
// At exit: print the report to stderr if stats mode is on.
void pt_memstats_fini(void);

// ---- Debug builds: the refleak counters ----

// The running total of reference-count changes (see include/pith/object.h);
// always 0 when PT_DEBUG is 0.
int64_t pt_memstats_refcount_total(void);

#endif  // PT_MEM_STATS_H
