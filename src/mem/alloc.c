// src/mem/alloc.c: the small-object allocator (arenas -> pools -> size classes).
//
// The design is pymalloc's, with our own bookkeeping. A request of up to 512
// bytes is rounded up to its size class (8 bytes apart up to 128, 16 apart up
// to 512: 40 classes) and served from a 16 KiB pool of that class; pools are
// cut lazily from 1 MiB arenas that come from mmap aligned to 16 KiB, so the
// pool header of a block is its address rounded down. Larger requests go to
// malloc through raw.c. Frees are sized: the caller's size names the class.
//
// Data structures (all protected by the GIL; there are no locks):
//   - pt_mem_usable[cls]: doubly linked list of the pools of class `cls` that
//     have a free block ready (freelist non-NULL), or the dummy `no_pool`.
//     Full pools are on no list; a freed block relinks them at the front.
//   - inside a pool, blocks are handed out from `freelist`; blocks never used
//     are carved from `bump` one 4 KiB page at a time, so untouched memory
//     stays untouched (and non-resident).
//   - arenas: `buckets[n]` lists the arenas with exactly n free pools (1..64),
//     and bit n-1 of `bucket_bits` says whether that list is non-empty. A new
//     pool comes from the lowest non-empty bucket, the fullest arena, found
//     with one count-trailing-zeros; moving an arena between buckets is O(1).
//     Arenas with no free pool are on no bucket list; every arena is on `all`.
//   - an arena whose 64 pools are all free is unmapped, unless no other empty
//     arena exists: one spare is kept so that a program oscillating around an
//     arena boundary does not map and unmap at every step.
//
// Debug builds (PT_DEBUG_ALLOC) check that every free's size matches the
// block's pool, fill freed blocks with 0xDB and new ones with 0xCB, detect
// writes to freed blocks when they are reused, count live blocks and support
// fault injection. See docs/internals/memory.md; tests: tests/unit/test_alloc.c.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/alloc.h"  // PtMemPool, pt_mem_usable, pt_raw_sys_*, PtMemStats
#include "pith/mem.h"   // pt_mem_*

#if defined(__SANITIZE_ADDRESS__)
#define PT_MEM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PT_MEM_ASAN 1
#endif
#endif
#ifndef PT_MEM_ASAN
#define PT_MEM_ASAN 0
#endif

#define DEAD_BYTE 0xDB   // fills freed blocks (debug)
#define CLEAN_BYTE 0xCB  // fills newly allocated blocks (debug)

// ---- Layout and helpers ----

const uint8_t pt_mem_class_of[PT_MEM_SMALL_MAX / 8 + 1] = {
    0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15,
    16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 24,
    24, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 30, 30, 31, 31, 32, 32,
    33, 33, 34, 34, 35, 35, 36, 36, 37, 37, 38, 38, 39, 39,
};

struct PtMemArena {
    char *base;            // PT_MEM_ARENA_SIZE bytes, aligned to PT_MEM_POOL_SIZE
    char *uncarved;        // first pool never used; base + PT_MEM_ARENA_SIZE when none
    PtMemPool *freepools;  // pools used before and now empty, linked by `next`
    unsigned nfree;        // free pools: on `freepools` or uncarved
    PtMemArena *bnext, *bprev;  // bucket list of arenas with the same nfree
    PtMemArena *anext, *aprev;  // list of all arenas
};

_Static_assert(sizeof(PtMemPool) <= PT_MEM_POOL_HEADER, "pool header grew");
_Static_assert(PT_MEM_ARENA_SIZE / PT_MEM_POOL_SIZE == PT_MEM_POOLS_PER_ARENA, "geometry");
_Static_assert(PT_MEM_POOL_HEADER % 16 == 0, "16-byte classes must stay 16-aligned");

// The stand-in for "no usable pool": its freelist is always NULL, so the fast
// path falls through to the slow path without a NULL check on the pool.
static PtMemPool no_pool;

#define NP &no_pool
#define NP8 NP, NP, NP, NP, NP, NP, NP, NP
// Protected by the GIL.
PtMemPool *pt_mem_usable[PT_MEM_NCLASSES] = {NP8, NP8, NP8, NP8, NP8};
#undef NP8
#undef NP

// Arena bookkeeping, protected by the GIL.
static PtMemArena *buckets[PT_MEM_POOLS_PER_ARENA + 1];
static uint64_t bucket_bits;  // bit n-1 set: buckets[n] is non-empty
static PtMemArena *all_arenas;
static size_t arenas_allocated, arenas_returned, arenas_in_use, arenas_peak;
// Live pt_mem_* blocks over 512 bytes and their requested bytes (GIL).
static size_t large_blocks, large_bytes;

// Tracing hooks (GIL); see alloc.h.
void (*pt_mem_trace_alloc)(void *p, size_t size);
void (*pt_mem_trace_free)(void *p, size_t size);

#if PT_DEBUG_ALLOC
static size_t live_blocks;    // GIL
static long fail_countdown;   // GIL; 0 = disarmed
#endif

_Noreturn void pt_mem_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("pith: fatal memory error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

// ---- Arenas ----

static void bucket_insert(PtMemArena *a) {
    if (a->nfree == 0) {
        return;
    }
    PtMemArena *head = buckets[a->nfree];
    a->bprev = NULL;
    a->bnext = head;
    if (head != NULL) {
        head->bprev = a;
    }
    buckets[a->nfree] = a;
    bucket_bits |= (uint64_t)1 << (a->nfree - 1);
}

static void bucket_remove(PtMemArena *a) {
    if (a->nfree == 0) {
        return;
    }
    if (a->bprev != NULL) {
        a->bprev->bnext = a->bnext;
    } else {
        buckets[a->nfree] = a->bnext;
    }
    if (a->bnext != NULL) {
        a->bnext->bprev = a->bprev;
    }
    if (buckets[a->nfree] == NULL) {
        bucket_bits &= ~((uint64_t)1 << (a->nfree - 1));
    }
}

// A fresh arena with all pools uncarved, filed in bucket 64; NULL when the
// system refuses.
static PtMemArena *arena_new(void) {
    PtMemArena *a = pt_raw_sys_alloc(sizeof(PtMemArena), true);
    if (a == NULL) {
        return NULL;
    }
    a->base = pt_raw_map(PT_MEM_ARENA_SIZE, PT_MEM_POOL_SIZE);
    if (a->base == NULL) {
        pt_raw_sys_free(a);
        return NULL;
    }
    a->uncarved = a->base;
    a->nfree = PT_MEM_POOLS_PER_ARENA;
    a->anext = all_arenas;
    if (all_arenas != NULL) {
        all_arenas->aprev = a;
    }
    all_arenas = a;
    bucket_insert(a);
    arenas_allocated++;
    if (++arenas_in_use > arenas_peak) {
        arenas_peak = arenas_in_use;
    }
    return a;
}

// Unmaps an arena whose pools are all free. It must be on no bucket list.
static void arena_free(PtMemArena *a) {
    if (a->aprev != NULL) {
        a->aprev->anext = a->anext;
    } else {
        all_arenas = a->anext;
    }
    if (a->anext != NULL) {
        a->anext->aprev = a->aprev;
    }
    pt_raw_unmap(a->base, PT_MEM_ARENA_SIZE);
    pt_raw_sys_free(a);
    arenas_returned++;
    arenas_in_use--;
}

// ---- Pools ----

// An empty pool from the fullest arena that has one, mapping a new arena if
// none has; NULL when out of memory.
static PtMemPool *pool_take(void) {
    PtMemArena *a;
    if (bucket_bits == 0) {
        a = arena_new();
        if (a == NULL) {
            return NULL;
        }
    } else {
        a = buckets[__builtin_ctzll(bucket_bits) + 1];
    }
    bucket_remove(a);
    PtMemPool *pool = a->freepools;
    if (pool != NULL) {
        a->freepools = pool->next;
    } else {
        pool = (PtMemPool *)a->uncarved;
        a->uncarved += PT_MEM_POOL_SIZE;
    }
    a->nfree--;
    bucket_insert(a);
    pool->arena = a;
    return pool;
}

// Gives an empty pool back to its arena, and the arena back to the OS when it
// is wholly free and another empty arena is already kept as the spare.
static void pool_give_back(PtMemPool *pool) {
    PtMemArena *a = pool->arena;
    pool->cls = PT_MEM_POOL_FREE;
    pool->freelist = NULL;
    bucket_remove(a);
    pool->next = a->freepools;
    a->freepools = pool;
    a->nfree++;
    if (a->nfree == PT_MEM_POOLS_PER_ARENA) {
        if (buckets[PT_MEM_POOLS_PER_ARENA] != NULL) {
            arena_free(a);
            return;
        }
        // The spare: forget the free list so pools are carved afresh, in order.
        a->freepools = NULL;
        a->uncarved = a->base;
    }
    bucket_insert(a);
}

static void usable_push(PtMemPool *pool) {
    PtMemPool *head = pt_mem_usable[pool->cls];
    pool->prev = NULL;
    pool->next = head == &no_pool ? NULL : head;
    if (pool->next != NULL) {
        pool->next->prev = pool;
    }
    pt_mem_usable[pool->cls] = pool;
}

static void usable_unlink(PtMemPool *pool) {
    if (pool->prev != NULL) {
        pool->prev->next = pool->next;
    } else {
        pt_mem_usable[pool->cls] = pool->next != NULL ? pool->next : &no_pool;
    }
    if (pool->next != NULL) {
        pool->next->prev = pool->prev;
    }
}

// Moves the never-used blocks that start on the same 4 KiB page as
// `pool->bump` (at least one) onto the empty freelist, in address order, and
// advances the bump pointer, which becomes NULL when no whole block is left.
// Writing their links touches only that page, which the first of them
// touches anyway, so memory stays untouched until it is about to be used,
// while the out-of-line call is paid once per page rather than per block.
static void pool_carve(PtMemPool *pool) {
    char *end = (char *)pool + PT_MEM_POOL_SIZE;
    char *page_end = (char *)(((uintptr_t)pool->bump | 4095) + 1);
    size_t bs = pool->blocksize;
    char *b = pool->bump;
    PtMemBlock **link = &pool->freelist;
    do {
#if PT_DEBUG_ALLOC
        memset(b, DEAD_BYTE, bs);
#endif
        *link = (PtMemBlock *)(void *)b;
        link = &((PtMemBlock *)(void *)b)->next;
        b += bs;
    } while (b < page_end && b + bs <= end);
    *link = NULL;
    pool->bump = b + bs <= end ? b : NULL;
}

void pt_mem_pool_refill(PtMemPool *pool) {
    if (pool->bump != NULL) {
        pool_carve(pool);
    } else {
        usable_unlink(pool);  // full
    }
}

// A new usable pool for class `cls`, or NULL.
static PtMemPool *pool_new(unsigned cls) {
    PtMemPool *pool = pool_take();
    if (pool == NULL) {
        return NULL;
    }
    pool->cls = (uint16_t)cls;
    pool->blocksize = (uint16_t)pt_mem_class_size(cls);
    pool->nused = 0;
    pool->bump = (char *)pool + PT_MEM_POOL_HEADER;
    pool_carve(pool);
    usable_push(pool);
    return pool;
}

// ---- Small blocks ----

#if PT_DEBUG_ALLOC
static void check_reused_block(PtMemPool *pool, PtMemBlock *b) {
    const unsigned char *q = (const unsigned char *)b;
    for (size_t i = sizeof(PtMemBlock); i < pool->blocksize; i++) {
        if (q[i] != DEAD_BYTE) {
            pt_mem_fatal("block %p (class of %u bytes) was written after it was freed (byte %zu)",
                         (void *)b, (unsigned)pool->blocksize, i);
        }
    }
}

static void check_small_free(PtMemPool *pool, void *p, size_t size) {
    unsigned cls = pt_mem_class(size);
    if (pool->cls != cls) {
        pt_mem_fatal("pt_mem_free(%p, %zu): the block is in a pool of %u-byte blocks", p, size,
                     pool->cls == PT_MEM_POOL_FREE ? 0u : (unsigned)pool->blocksize);
    }
    size_t off = (size_t)((char *)p - ((char *)pool + PT_MEM_POOL_HEADER));
    if (off % pool->blocksize != 0 || (pool->bump != NULL && (char *)p >= pool->bump)) {
        pt_mem_fatal("pt_mem_free(%p, %zu): not the start of a block", p, size);
    }
    if (pool->nused == 0) {
        pt_mem_fatal("pt_mem_free(%p, %zu): pool has no block in use (double free?)", p, size);
    }
}
#endif

static void *small_alloc(size_t size) {
    unsigned cls = pt_mem_class(size);
    PtMemPool *pool = pt_mem_usable[cls];
    if (pool->freelist == NULL) {
        pool = pool_new(cls);
        if (pool == NULL) {
            return NULL;
        }
    }
    PtMemBlock *b = pool->freelist;
    pool->freelist = b->next;
    pool->nused++;
#if PT_DEBUG_ALLOC
    check_reused_block(pool, b);
    memset(b, CLEAN_BYTE, pool->blocksize);
#endif
    if (pool->freelist == NULL) {
        pt_mem_pool_refill(pool);
    }
    return b;
}

static void small_free(void *p, size_t size) {
    PtMemPool *pool = pt_mem_pool_of(p);
#if PT_DEBUG_ALLOC
    check_small_free(pool, p, size);
    memset(p, DEAD_BYTE, pool->blocksize);
#else
    (void)size;
#endif
    if (pool->nused == 1) {
        if (pool->freelist != NULL) {
            usable_unlink(pool);
        }
        pool->nused = 0;
        pool_give_back(pool);
        return;
    }
    PtMemBlock *b = p;
    bool was_full = pool->freelist == NULL;
    b->next = pool->freelist;
    pool->freelist = b;
    pool->nused--;
    if (was_full) {
        usable_push(pool);
    }
}

// ---- Large blocks (and everything when PT_MEM_USE_MALLOC) ----

static void *large_alloc(size_t size, bool zero) {
    void *p = pt_raw_sys_alloc(size, zero);
    if (p != NULL) {
        large_blocks++;
        large_bytes += size;
    }
    return p;
}

#if PT_DEBUG_ALLOC
static void check_large_size(void *p, size_t size) {
    size_t usable = pt_raw_sys_usable(p);
    size_t want = size ? size : 1;
    // ASan reports the size asked for; glibc rounds up to its chunk size.
    if (PT_MEM_ASAN ? usable != want : usable < want) {
        pt_mem_fatal("pt_mem_free(%p, %zu): the block was allocated with %zu bytes", p, size,
                     usable);
    }
}
#endif

static void large_free(void *p, size_t size) {
#if PT_DEBUG_ALLOC
    check_large_size(p, size);
#endif
    large_blocks--;
    large_bytes -= size;
    pt_raw_sys_free(p);
}

// ---- The public entry points ----

static inline bool is_small(size_t size) { return !PT_MEM_USE_MALLOC && size <= PT_MEM_SMALL_MAX; }

bool pt_mem_inject_failure(void) {
#if PT_DEBUG_ALLOC
    if (fail_countdown > 0 && --fail_countdown == 0) {
        return true;
    }
#endif
    return false;
}

int pt_mem_fail_after(long n) {
#if PT_DEBUG_ALLOC
    fail_countdown = n > 0 ? n : 0;
    return 1;
#else
    (void)n;
    return 0;
#endif
}

size_t pt_mem_live_blocks(void) {
#if PT_DEBUG_ALLOC
    return live_blocks;
#else
    return 0;
#endif
}

// Allocation without fault injection or tracing.
static void *mem_alloc(size_t size, bool zero) {
    void *p;
    if (is_small(size)) {
        p = small_alloc(size);
        if (p != NULL && zero) {
            memset(p, 0, size);
        }
    } else {
        p = large_alloc(size, zero);
#if PT_DEBUG_ALLOC
        if (p != NULL && !zero) {
            memset(p, CLEAN_BYTE, size);
        }
#endif
    }
#if PT_DEBUG_ALLOC
    if (p != NULL) {
        live_blocks++;
    }
#endif
    return p;
}

static void mem_free(void *p, size_t size) {
#if PT_DEBUG_ALLOC
    if (live_blocks == 0) {
        pt_mem_fatal("pt_mem_free(%p, %zu): no block is live", p, size);
    }
    live_blocks--;
#endif
    if (is_small(size)) {
        small_free(p, size);
    } else {
        large_free(p, size);
    }
}

void *pt_mem_alloc(size_t size) {
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
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    void *p = mem_alloc(size, false);
    if (p != NULL && pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(p, size);
    }
    return p;
}

void *pt_mem_alloc_zero(size_t size) {
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    void *p = mem_alloc(size, true);
    if (p != NULL && pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(p, size);
    }
    return p;
}

void pt_mem_free(void *p, size_t size) {
    if (p == NULL) {
        return;
    }
#if PT_MEM_FASTPATH
    if (size <= PT_MEM_SMALL_MAX && pt_mem_trace_free == NULL) {
        small_free(p, size);
        return;
    }
#endif
    if (pt_mem_trace_free != NULL) {
        pt_mem_trace_free(p, size);
    }
    mem_free(p, size);
}

// Moves the block only when the class changes; large blocks use realloc. On
// failure returns NULL and `p` is untouched.
void *pt_mem_realloc(void *p, size_t old_size, size_t new_size) {
    if (p == NULL) {
        return pt_mem_alloc(new_size);
    }
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    void *q;
    if (is_small(old_size) && is_small(new_size) &&
        pt_mem_class(old_size) == pt_mem_class(new_size)) {
#if PT_DEBUG_ALLOC
        check_small_free(pt_mem_pool_of(p), p, old_size);
#endif
        q = p;
    } else if (!is_small(old_size) && !is_small(new_size)) {
#if PT_DEBUG_ALLOC
        check_large_size(p, old_size);
#endif
        q = pt_raw_sys_realloc(p, new_size);
        if (q == NULL) {
            return NULL;
        }
        large_bytes += new_size - old_size;  // wraps correctly when shrinking
    } else {
        q = mem_alloc(new_size, false);
        if (q == NULL) {
            return NULL;
        }
        memcpy(q, p, old_size < new_size ? old_size : new_size);
        mem_free(p, old_size);
    }
    if (pt_mem_trace_free != NULL) {
        pt_mem_trace_free(p, old_size);
    }
    if (pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(q, new_size);
    }
    return q;
}

size_t pt_mem_usable_size(size_t size) {
    return is_small(size) ? pt_mem_class_size(pt_mem_class(size)) : size;
}

// ---- Statistics ----

static void stats_pool(PtMemStats *out, const PtMemPool *pool) {
    if (pool->cls == PT_MEM_POOL_FREE) {
        out->pools_empty++;
        return;
    }
    PtMemClassStats *c = &out->classes[pool->cls];
    size_t capacity = (PT_MEM_POOL_SIZE - PT_MEM_POOL_HEADER) / pool->blocksize;
    if (pool->freelist == NULL) {
        c->pools_full++;
    } else {
        c->pools_used++;
    }
    out->pools_in_use++;
    c->blocks_in_use += pool->nused;
    c->blocks_free += capacity - pool->nused;
    out->bytes_in_use += (size_t)pool->nused * pool->blocksize;
    out->bytes_free_in_pools += (capacity - pool->nused) * pool->blocksize;
}

void pt_mem_stats(PtMemStats *out) {
    memset(out, 0, sizeof(*out));
    for (unsigned cls = 0; cls < PT_MEM_NCLASSES; cls++) {
        out->classes[cls].block_size = pt_mem_class_size(cls);
    }
    for (PtMemArena *a = all_arenas; a != NULL; a = a->anext) {
        for (char *p = a->base; p < a->uncarved; p += PT_MEM_POOL_SIZE) {
            stats_pool(out, (const PtMemPool *)p);
        }
        out->pools_empty += (size_t)(a->base + PT_MEM_ARENA_SIZE - a->uncarved) / PT_MEM_POOL_SIZE;
    }
    out->arenas_allocated = arenas_allocated;
    out->arenas_in_use = arenas_in_use;
    out->arenas_returned = arenas_returned;
    out->arenas_peak = arenas_peak;
    out->large_blocks = large_blocks;
    out->large_bytes = large_bytes;
    pt_raw_counters(&out->raw_blocks, &out->raw_bytes, &out->bytes_mapped, &out->peak_bytes);
}
