// src/mem/alloc.h: the small-object allocator's internals and inline fast paths.
//
// Three levels, as in pymalloc: an *arena* is 1 MiB of address space from
// mmap, cut into 64 *pools* of 16 KiB, each aligned to 16 KiB; a pool serves
// blocks of one *size class*. Classes are 8 bytes apart up to 128 and 16 apart
// up to 512 (40 classes). Requests above 512 bytes go to the system allocator.
//
// Invariants (the GIL protects every structure here; there are no locks):
//   - the pool header of any small block is found by masking its address with
//     ~(PT_MEM_POOL_SIZE - 1); the caller's size (frees are sized) gives the
//     class, so a free never searches;
//   - a pool is on its class's usable list, pt_mem_usable[cls], if and only if
//     its freelist is non-NULL; a usable pool always has a block ready, so the
//     fast path is "pop the freelist of the first usable pool";
//   - a pool with no used blocks goes back to its arena at once; an arena with
//     no used pools goes back to the OS, except one kept as a spare;
//   - new pools come from the arena with the fewest free pools, so that
//     nearly empty arenas drain and can be returned.
//
// Core code that allocates on hot paths may call pt_mem_alloc_fast and
// pt_mem_free_fast (below); they are the same as pt_mem_alloc/pt_mem_free but
// inline the common case. See docs/internals/memory.md; tests in
// tests/unit/test_alloc.c.
#ifndef PT_MEM_ALLOC_H
#define PT_MEM_ALLOC_H

#ifndef PT_CORE
#error "src/mem/alloc.h is internal to the core; build with -DPT_CORE"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pith/config.h"  // PT_DEBUG_ALLOC
#include "pith/mem.h"     // pt_mem_alloc, pt_mem_free, pt_raw_*

// Route every pt_mem_* request to the system allocator (malloc), so that
// AddressSanitizer sees each block with its own redzones: ASan cannot see an
// overflow from one pool block into the next. On by default under ASan; the
// pool code can still be tested under ASan with -DPT_MEM_USE_MALLOC=0.
#ifndef PT_MEM_USE_MALLOC
#if defined(__SANITIZE_ADDRESS__)
#define PT_MEM_USE_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PT_MEM_USE_MALLOC 1
#endif
#endif
#endif
#ifndef PT_MEM_USE_MALLOC
#define PT_MEM_USE_MALLOC 0
#endif

// ---- Geometry ----

#define PT_MEM_SMALL_MAX 512                 // largest request served from pools
#define PT_MEM_NCLASSES 40                   // 16 classes of 8 bytes + 24 of 16 bytes
#define PT_MEM_POOL_SIZE ((size_t)16 << 10)  // 16 KiB, and pools are aligned to it
#define PT_MEM_ARENA_SIZE ((size_t)1 << 20)  // 1 MiB
#define PT_MEM_POOLS_PER_ARENA 64
#define PT_MEM_POOL_HEADER 48  // sizeof(PtMemPool), rounded so 16-byte classes stay 16-aligned

// The inline fast paths are compiled in only for plain pooled builds: debug
// builds check every call in one out-of-line place.
#define PT_MEM_FASTPATH (!PT_DEBUG_ALLOC && !PT_MEM_USE_MALLOC)

typedef struct PtMemBlock {
    struct PtMemBlock *next;  // freelist link, stored in the free block itself
} PtMemBlock;

typedef struct PtMemArena PtMemArena;

// The header at the start of every pool.
typedef struct PtMemPool {
    PtMemBlock *freelist;  // free blocks ready to hand out; NULL: pool full or unused
    char *bump;            // next never-used block, NULL once the pool is fully carved
    struct PtMemPool *next, *prev;  // usable list of its class, or its arena's free list
    PtMemArena *arena;
    uint32_t nused;      // blocks handed out and not freed
    uint16_t cls;        // size class, PT_MEM_POOL_FREE when the pool is empty
    uint16_t blocksize;  // bytes per block (cached from the class)
} PtMemPool;
#define PT_MEM_POOL_FREE 0xFFFFu

// Class index of a request of `size` <= PT_MEM_SMALL_MAX bytes (0 counts as 1).
extern const uint8_t pt_mem_class_of[PT_MEM_SMALL_MAX / 8 + 1];
static inline unsigned pt_mem_class(size_t size) { return pt_mem_class_of[(size + 7) >> 3]; }
// Block size of class `cls`.
static inline size_t pt_mem_class_size(unsigned cls) {
    return cls < 16 ? (size_t)(cls + 1) * 8 : 128 + (size_t)(cls - 15) * 16;
}

// The pool holding small block `p`.
static inline PtMemPool *pt_mem_pool_of(const void *p) {
    return (PtMemPool *)((uintptr_t)p & ~(uintptr_t)(PT_MEM_POOL_SIZE - 1));
}

// First usable pool of each class, or a dummy pool with an empty freelist.
// Protected by the GIL.
extern PtMemPool *pt_mem_usable[PT_MEM_NCLASSES];

// ---- Tracing (tracemalloc) ----

// Called after each successful allocation and before each free, when set.
// Both hooks see every pt_mem_* and pt_raw_* block; pt_raw_free passes the
// block's usable size, which may exceed the size requested. A realloc is
// reported as a free of the old block and an allocation of the new one. The
// hooks must not allocate through pt_mem_* (they would recurse). Set them
// only with the GIL held; they are NULL by default.
extern void (*pt_mem_trace_alloc)(void *p, size_t size);
extern void (*pt_mem_trace_free)(void *p, size_t size);

// ---- Slow paths (alloc.c) ----

// Called by the fast path when the first usable pool of its class ran dry:
// carves the next block of `pool` or unlinks the now full pool.
void pt_mem_pool_refill(PtMemPool *pool);

// ---- Inline fast paths ----

// Same contract as pt_mem_alloc: uninitialised memory, NULL when out of memory.
static inline void *pt_mem_alloc_fast(size_t size) {
#if PT_MEM_FASTPATH
    if (size <= PT_MEM_SMALL_MAX && pt_mem_trace_alloc == NULL) {
        PtMemPool *pool = pt_mem_usable[pt_mem_class(size)];
        PtMemBlock *b = pool->freelist;
        if (b != NULL) {
            pool->freelist = b->next;
            pool->nused++;
            if (pool->freelist == NULL) {
                pt_mem_pool_refill(pool);
            }
            return b;
        }
    }
#endif
    return pt_mem_alloc(size);
}

// Same contract as pt_mem_free: `size` is the size given at allocation.
static inline void pt_mem_free_fast(void *p, size_t size) {
#if PT_MEM_FASTPATH
    if (size <= PT_MEM_SMALL_MAX && p != NULL && pt_mem_trace_free == NULL) {
        PtMemPool *pool = pt_mem_pool_of(p);
        // A full pool (empty freelist) must be relinked and a pool losing its
        // last block must be returned: both are the slow path's job.
        if (pool->freelist != NULL && pool->nused > 1) {
            PtMemBlock *b = (PtMemBlock *)p;
            b->next = pool->freelist;
            pool->freelist = b;
            pool->nused--;
            return;
        }
    }
#endif
    pt_mem_free(p, size);
}

// ---- Statistics ----

typedef struct PtMemClassStats {
    size_t block_size;     // bytes per block of this class
    size_t pools_used;     // pools with some blocks free and some in use
    size_t pools_full;     // pools with every block in use
    size_t blocks_in_use;  // blocks handed out
    size_t blocks_free;    // blocks available in this class's pools (freed or never used)
} PtMemClassStats;

typedef struct PtMemStats {
    size_t arenas_allocated;  // arenas mapped since start-up
    size_t arenas_in_use;     // arenas mapped now (the spare included)
    size_t arenas_returned;   // arenas unmapped (given back to the OS)
    size_t arenas_peak;       // most arenas mapped at once
    size_t pools_in_use;      // pools serving a class (used + full over all classes)
    size_t pools_empty;       // free pools inside mapped arenas (reused or never carved)
    size_t bytes_in_use;      // block bytes handed out from pools (class sizes)
    size_t bytes_free_in_pools;  // free block bytes inside pools in use
    size_t bytes_mapped;      // arena bytes mapped now
    size_t large_blocks;      // pt_mem_* requests over 512 bytes, live
    size_t large_bytes;       // their requested bytes
    size_t raw_blocks;        // live blocks from the system allocator (large ones included)
    size_t raw_bytes;         // their usable bytes
    size_t peak_bytes;        // peak of bytes_mapped + raw_bytes (the footprint)
    PtMemClassStats classes[PT_MEM_NCLASSES];
} PtMemStats;

// Fill `out` with a snapshot. Walks every arena: O(pools), for on-demand use
// (sys._memstats(), pith -X memstats), not for hot paths.
void pt_mem_stats(PtMemStats *out);

// ---- Debug support (PT_DEBUG_ALLOC builds) ----

// Blocks handed out by pt_mem_* and not freed; always 0 without PT_DEBUG_ALLOC.
size_t pt_mem_live_blocks(void);

// Make the `n`-th next allocation (pt_mem_* or pt_raw_*, counting from 1) fail
// with NULL, once; 0 disarms. Returns 1 if armed, 0 if this build has no fault
// injection (PT_DEBUG_ALLOC is 0).
int pt_mem_fail_after(long n);
// True when the armed countdown says this allocation must fail (raw.c).
bool pt_mem_inject_failure(void);

// Print "pith: fatal memory error: ..." and abort: a broken allocator or GC
// invariant (the mem layer cannot use pt_fatal, which lives above it).
_Noreturn void pt_mem_fatal(const char *fmt, ...);

// ---- The system funnel (raw.c) ----

// Untraced and without fault injection: for the allocator's own use.
void *pt_raw_sys_alloc(size_t size, bool zero);
void *pt_raw_sys_realloc(void *p, size_t size);
void pt_raw_sys_free(void *p);
// Usable size of a block from pt_raw_sys_alloc (ASan: exactly the size asked).
size_t pt_raw_sys_usable(void *p);
// `size` bytes of fresh zeroed address space aligned to `align` (a power of
// two, at least the page size), or NULL. Freed with pt_raw_unmap.
void *pt_raw_map(size_t size, size_t align);
void pt_raw_unmap(void *p, size_t size);
// Live raw blocks and their usable bytes, bytes mapped now, and the peak of
// raw bytes + mapped bytes (the footprint).
void pt_raw_counters(size_t *blocks, size_t *bytes, size_t *mapped, size_t *peak);

#endif  // PT_MEM_ALLOC_H
