// tests/unit/test_alloc.c: unit tests of the small-object allocator (src/mem/alloc.c, raw.c).
//
// Size classes, alignment, pool masking, lazy carving, the fullest-arena-first
// rule, arenas going back to the OS after a million frees (checked in the
// statistics and in the resident set from /proc/self/statm), realloc across
// classes, tracing hooks, a random alloc/free run checked against a shadow
// table, and the debug checks (fault injection, live blocks, wrong-size frees
// and writes after free, which must abort). Pool-specific tests are skipped
// when PT_MEM_USE_MALLOC routes everything to malloc (the default under
// ASan); build with -DPT_MEM_USE_MALLOC=0 to run them under ASan too.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "mem/alloc.h"  // pt_mem_*, PtMemStats, PtMemPool, geometry
#include "pith/mem.h"   // pt_mem_alloc, pt_mem_free, pt_raw_*

// ---- Helpers ----

static size_t rss_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (f != NULL) {
        if (fscanf(f, "%lu %lu", &size, &resident) != 2) {
            resident = 0;
        }
        fclose(f);
    }
    return resident * (size_t)sysconf(_SC_PAGESIZE);
}

static PtMemStats stats_now(void) {
    PtMemStats s;
    pt_mem_stats(&s);
    return s;
}

// A small deterministic PRNG (xorshift64*), so failures reproduce.
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

#if PT_DEBUG_ALLOC
// Run `fn` in a child process; true if it died of SIGABRT.
static int aborts(void (*fn)(void)) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stderr);
        fn();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}
#endif

// ---- Size classes and geometry ----

static void test_size_classes(void) {
    size_t prev = 0;
    for (size_t s = 0; s <= PT_MEM_SMALL_MAX; s++) {
        size_t u = pt_mem_usable_size(s);
        CHECK(u >= s && (PT_MEM_USE_MALLOC || u >= 8));
        CHECK(u >= prev);
        prev = u;
        if (!PT_MEM_USE_MALLOC) {
            CHECK_EQ(u, s <= 8 ? 8 : s <= 128 ? (s + 7) / 8 * 8 : (s + 15) / 16 * 16);
            CHECK_EQ(pt_mem_class_size(pt_mem_class(s)), u);
        }
    }
    CHECK_EQ(pt_mem_class(512), PT_MEM_NCLASSES - 1);
    CHECK_EQ(pt_mem_class_size(15), 128);
    CHECK_EQ(pt_mem_class_size(16), 144);
    CHECK_EQ(pt_mem_usable_size(513), 513);
    CHECK_EQ(pt_mem_usable_size(100000), 100000);
}

static void test_alignment(void) {
    void *blocks[64];
    for (size_t s = 1; s <= 600; s += 7) {
        for (int i = 0; i < 64; i++) {
            blocks[i] = pt_mem_alloc(s);
            CHECK(blocks[i] != NULL);
            CHECK(((uintptr_t)blocks[i] & 7) == 0);
            // Classes that are multiples of 16 hand out 16-aligned blocks.
            if (pt_mem_usable_size(s) % 16 == 0) {
                CHECK(((uintptr_t)blocks[i] & 15) == 0);
            }
            memset(blocks[i], 0x5A, s);
        }
        for (int i = 0; i < 64; i++) {
            pt_mem_free(blocks[i], s);
        }
    }
}

static void test_zero_size_and_null(void) {
    void *a = pt_mem_alloc(0), *b = pt_mem_alloc(0);
    CHECK(a != NULL && b != NULL && a != b);
    pt_mem_free(a, 0);
    pt_mem_free(b, 0);
    pt_mem_free(NULL, 24);  // no-op
    void *c = pt_mem_realloc(NULL, 0, 40);
    CHECK(c != NULL);
    pt_mem_free(c, 40);
}

static void test_alloc_zero(void) {
    for (size_t s = 1; s <= 2048; s = s * 2 + 3) {
        unsigned char *p = pt_mem_alloc(s);
        memset(p, 0xFF, s);
        pt_mem_free(p, s);
        unsigned char *q = pt_mem_alloc_zero(s);  // likely the same block, dirty
        CHECK(q != NULL);
        size_t nonzero = 0;
        for (size_t i = 0; i < s; i++) {
            nonzero += q[i] != 0;
        }
        CHECK_EQ(nonzero, 0);
        pt_mem_free(q, s);
    }
}

// ---- Pools ----

#if !PT_MEM_USE_MALLOC
static void test_pool_masking(void) {
    for (size_t s = 8; s <= PT_MEM_SMALL_MAX; s += 8) {
        char *p = pt_mem_alloc(s);
        PtMemPool *pool = pt_mem_pool_of(p);
        CHECK(((uintptr_t)pool & (PT_MEM_POOL_SIZE - 1)) == 0);
        CHECK_EQ(pool->cls, pt_mem_class(s));
        CHECK_EQ(pool->blocksize, pt_mem_usable_size(s));
        CHECK(pt_mem_pool_of(p + s - 1) == pool);  // every byte of the block masks to it
        CHECK(p >= (char *)pool + PT_MEM_POOL_HEADER);
        CHECK(p + s <= (char *)pool + PT_MEM_POOL_SIZE);
        CHECK(pool->nused >= 1);
        pt_mem_free(p, s);
    }
}

// A fresh pool carves only the blocks that start on its first 4 KiB page; the
// rest are carved when those run out, one page at a time.
static void test_lazy_carving(void) {
    size_t s = 488;  // class of 496 bytes
    PtMemStats before = stats_now();
    char *p = pt_mem_alloc(s);
    PtMemPool *pool = pt_mem_pool_of(p);
    size_t first_page = (4096 - PT_MEM_POOL_HEADER + 495) / 496;  // 9 blocks start there
    CHECK(p == (char *)pool + PT_MEM_POOL_HEADER);
    CHECK(pool->bump == p + first_page * 496);
    CHECK(pool->freelist == (PtMemBlock *)(void *)(p + 496));
    PtMemStats after = stats_now();
    CHECK_EQ(after.pools_in_use, before.pools_in_use + 1);
    CHECK_EQ(after.classes[pt_mem_class(s)].blocks_in_use, 1);
    CHECK_EQ(after.classes[pt_mem_class(s)].pools_used, 1);
    char *q = pt_mem_alloc(s);
    CHECK(q == p + 496);
    void *more[16];
    for (size_t i = 2; i < first_page + 1; i++) {
        more[i] = pt_mem_alloc(s);
    }
    CHECK(more[first_page] == p + first_page * 496);  // carved from the second page
    CHECK(pool->bump == p + (first_page + 8) * 496);  // 8 blocks start on the second page
    for (size_t i = 2; i < first_page + 1; i++) {
        pt_mem_free(more[i], s);
    }
    pt_mem_free(q, s);
    pt_mem_free(p, s);
    PtMemStats end = stats_now();
    CHECK_EQ(end.pools_in_use, before.pools_in_use);  // the empty pool went back
    CHECK_EQ(end.classes[pt_mem_class(s)].blocks_in_use, 0);
}

// Fill a pool completely: it leaves the usable list; one free brings it back.
static void test_full_pool(void) {
    size_t s = 392, bs = 400, per_pool = (PT_MEM_POOL_SIZE - PT_MEM_POOL_HEADER) / bs;
    void *blocks[64];
    for (size_t i = 0; i < per_pool; i++) {
        blocks[i] = pt_mem_alloc(s);
    }
    PtMemPool *pool = pt_mem_pool_of(blocks[0]);
    CHECK(pt_mem_pool_of(blocks[per_pool - 1]) == pool);
    CHECK_EQ(pool->nused, per_pool);
    CHECK(pool->freelist == NULL && pool->bump == NULL);
    CHECK(pt_mem_usable[pt_mem_class(s)] != pool);
    CHECK_EQ(stats_now().classes[pt_mem_class(s)].pools_full, 1);
    pt_mem_free(blocks[3], s);
    CHECK(pt_mem_usable[pt_mem_class(s)] == pool);
    CHECK(pt_mem_alloc(s) == blocks[3]);  // LIFO reuse
    for (size_t i = 0; i < per_pool; i++) {
        pt_mem_free(blocks[i], s);
    }
    CHECK_EQ(stats_now().classes[pt_mem_class(s)].blocks_in_use, 0);
}

// ---- Arenas ----

// New pools come from the arena with the fewest free pools.
static void test_fullest_arena_first(void) {
    enum { BS = 512, PER_POOL = (PT_MEM_POOL_SIZE - PT_MEM_POOL_HEADER) / BS };
    size_t n = 4 * PT_MEM_POOLS_PER_ARENA * PER_POOL;
    void **blocks = pt_raw_alloc(n * sizeof(void *));
    for (size_t i = 0; i < n; i++) {
        blocks[i] = pt_mem_alloc(BS);
    }
    // Find two arenas whose 64 pools all hold blocks of ours.
    PtMemArena *full[2] = {NULL, NULL};
    int found = 0;
    for (size_t i = 0; i < n && found < 2; i += PER_POOL) {
        PtMemArena *a = pt_mem_pool_of(blocks[i])->arena;
        size_t pools = 0;
        for (size_t j = 0; j < n; j += PER_POOL) {
            PtMemPool *pool = pt_mem_pool_of(blocks[j]);
            pools += pool->arena == a && pool->nused == PER_POOL;
        }
        if (pools == PT_MEM_POOLS_PER_ARENA && (found == 0 || full[0] != a)) {
            full[found++] = a;
        }
    }
    CHECK_EQ(found, 2);
    // Empty 30 pools of the first and 1 pool of the second.
    int emptied[2] = {0, 0};
    for (size_t i = 0; i < n; i += PER_POOL) {
        PtMemPool *pool = pt_mem_pool_of(blocks[i]);
        for (int k = 0; k < 2; k++) {
            if (pool->arena == full[k] && emptied[k] < (k == 0 ? 30 : 1)) {
                emptied[k]++;
                for (size_t j = i; j < i + PER_POOL; j++) {
                    pt_mem_free(blocks[j], BS);
                    blocks[j] = NULL;
                }
                break;
            }
        }
    }
    // A class with no pools needs a new pool: it must come from the second.
    void *p = pt_mem_alloc(500);
    CHECK(pt_mem_pool_of(p)->arena == full[1]);
    pt_mem_free(p, 500);
    for (size_t i = 0; i < n; i++) {
        pt_mem_free(blocks[i], BS);
    }
    pt_raw_free(blocks);
}

#endif  // !PT_MEM_USE_MALLOC

static void test_million_blocks_return_to_os(void) {
    enum { N = 1000000, SIZE = 64 };
    void **blocks = pt_raw_alloc_zero(N * sizeof(void *));
    memset(blocks, 1, N * sizeof(void *));  // resident before the baseline is taken
    PtMemStats s0 = stats_now();
    size_t rss0 = rss_bytes();
    for (size_t i = 0; i < N; i++) {
        blocks[i] = pt_mem_alloc(SIZE);
        CHECK(blocks[i] != NULL);
        memset(blocks[i], (int)i, SIZE);  // touch it, so it is resident
    }
    PtMemStats s1 = stats_now();
    size_t rss1 = rss_bytes();
    if (PT_MEM_USE_MALLOC) {
        CHECK_EQ(s1.large_blocks, s0.large_blocks + N);
    } else {
        CHECK_EQ(s1.classes[pt_mem_class(SIZE)].blocks_in_use,
                 s0.classes[pt_mem_class(SIZE)].blocks_in_use + N);
        CHECK(s1.bytes_in_use >= s0.bytes_in_use + (size_t)N * SIZE);
        // 64 MB of blocks at 255 per 16 KiB pool: about 62 arenas.
        CHECK(s1.arenas_in_use >= s0.arenas_in_use + 60);
        CHECK(s1.arenas_in_use <= s0.arenas_in_use + 64);
    }
    CHECK(rss1 > rss0 + (size_t)50 * 1024 * 1024);
    for (size_t i = 0; i < N; i++) {
        pt_mem_free(blocks[i], SIZE);
    }
    PtMemStats s2 = stats_now();
    size_t rss2 = rss_bytes();
    CHECK_EQ(s2.classes[pt_mem_class(SIZE)].blocks_in_use,
             s0.classes[pt_mem_class(SIZE)].blocks_in_use);
    CHECK_EQ(s2.large_blocks, s0.large_blocks);
    if (!PT_MEM_USE_MALLOC) {
        CHECK(s2.arenas_in_use <= s0.arenas_in_use + 1);  // at most the spare stays
        CHECK(s2.arenas_returned >= s0.arenas_returned + 59);
        CHECK(s2.peak_bytes >= s1.bytes_mapped);
        CHECK(s2.bytes_mapped <= s0.bytes_mapped + PT_MEM_ARENA_SIZE);
    }
    // Resident memory is back within a few MB of where it started (malloc and
    // ASan's quarantine keep freed memory, so only the pools promise this).
    if (!PT_MEM_USE_MALLOC) {
        CHECK(rss2 < rss0 + (size_t)4 * 1024 * 1024);
    }
    if (test_verbose) {
        printf("   rss: %zu KiB before, %zu KiB with 1M blocks, %zu KiB after\n", rss0 >> 10,
               rss1 >> 10, rss2 >> 10);
    }
    pt_raw_free(blocks);
}

static void test_stats_consistency(void) {
    PtMemStats s = stats_now();
    size_t pools = 0, used = 0;
    for (int c = 0; c < PT_MEM_NCLASSES; c++) {
        pools += s.classes[c].pools_used + s.classes[c].pools_full;
        used += s.classes[c].blocks_in_use * s.classes[c].block_size;
    }
    CHECK_EQ(pools, s.pools_in_use);
    CHECK_EQ(used, s.bytes_in_use);
    CHECK_EQ(s.arenas_in_use * PT_MEM_POOLS_PER_ARENA, s.pools_in_use + s.pools_empty);
    CHECK_EQ(s.bytes_mapped, s.arenas_in_use * PT_MEM_ARENA_SIZE);
    CHECK_EQ(s.arenas_allocated, s.arenas_in_use + s.arenas_returned);
    CHECK(s.peak_bytes >= s.bytes_mapped + s.raw_bytes);
}

// ---- Realloc ----

static void fill(unsigned char *p, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++) {
        p[i] = (unsigned char)(seed + i * 7);
    }
}

static size_t mismatches(const unsigned char *p, size_t n, unsigned seed) {
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        bad += p[i] != (unsigned char)(seed + i * 7);
    }
    return bad;
}

static void test_realloc_across_classes(void) {
    static const size_t sizes[] = {24, 30, 32, 100, 128, 129, 512, 600, 5000, 513, 200, 40, 1};
    size_t n = sizeof(sizes) / sizeof(sizes[0]);
    unsigned char *p = pt_mem_alloc(sizes[0]);
    fill(p, sizes[0], 3);
    for (size_t i = 1; i < n; i++) {
        size_t old = sizes[i - 1], now = sizes[i];
        unsigned char *q = pt_mem_realloc(p, old, now);
        CHECK(q != NULL);
        size_t keep = old < now ? old : now;
        CHECK_EQ(mismatches(q, keep, 3), 0);
        if (!PT_MEM_USE_MALLOC && old <= 512 && now <= 512 &&
            pt_mem_class(old) == pt_mem_class(now)) {
            CHECK(q == p);  // same class: no move
        }
        fill(q, now, 3);
        p = q;
    }
    pt_mem_free(p, sizes[n - 1]);
}

// ---- Tracing hooks ----

static size_t traced_allocs, traced_frees, traced_bytes;

static void trace_alloc(void *p, size_t size) {
    (void)p;
    traced_allocs++;
    traced_bytes += size;
}

static void trace_free(void *p, size_t size) {
    (void)p;
    (void)size;
    traced_frees++;
}

static void test_trace_hooks(void) {
    traced_allocs = traced_frees = traced_bytes = 0;
    pt_mem_trace_alloc = trace_alloc;
    pt_mem_trace_free = trace_free;
    void *a = pt_mem_alloc(40);
    void *b = pt_mem_alloc_fast(1000);
    a = pt_mem_realloc(a, 40, 80);
    void *r = pt_raw_alloc(77);
    CHECK_EQ(traced_allocs, 4);
    CHECK_EQ(traced_bytes, 40 + 1000 + 80 + 77);
    pt_mem_free_fast(a, 80);
    pt_mem_free(b, 1000);
    pt_raw_free(r);
    CHECK_EQ(traced_frees, 4);  // the realloc's old block, a, b, r
    pt_mem_trace_alloc = NULL;
    pt_mem_trace_free = NULL;
    void *c = pt_mem_alloc(40);
    pt_mem_free(c, 40);
    CHECK_EQ(traced_allocs, 4);
}

// ---- Random run against a shadow table ----

enum { SLOTS = 4096 };
static struct {
    unsigned char *p;
    size_t size;
    unsigned seed;
} shadow[SLOTS];

static size_t random_size(void) {
    uint64_t r = rng();
    switch (r % 10) {
    case 0:
        return 513 + (size_t)(r >> 8) % 4000;  // large
    case 1:
        return (size_t)(r >> 8) % 9;  // tiny, 0 included
    default:
        return 1 + (size_t)(r >> 8) % 512;
    }
}

static void test_random_against_shadow(void) {
    size_t live0 = pt_mem_live_blocks();
    PtMemStats s0 = stats_now();
    size_t bad = 0;
    for (long step = 0; step < 400000; step++) {
        size_t i = (size_t)(rng() % SLOTS);
        if (shadow[i].p == NULL) {
            shadow[i].size = random_size();
            shadow[i].seed = (unsigned)rng();
            shadow[i].p = (rng() & 1) ? pt_mem_alloc_fast(shadow[i].size)
                                      : pt_mem_alloc(shadow[i].size);
            fill(shadow[i].p, shadow[i].size, shadow[i].seed);
        } else if (rng() % 4 == 0) {
            size_t now = random_size();
            bad += mismatches(shadow[i].p, shadow[i].size, shadow[i].seed);
            shadow[i].p = pt_mem_realloc(shadow[i].p, shadow[i].size, now);
            size_t keep = now < shadow[i].size ? now : shadow[i].size;
            bad += mismatches(shadow[i].p, keep, shadow[i].seed);
            shadow[i].size = now;
            fill(shadow[i].p, now, shadow[i].seed);
        } else {
            bad += mismatches(shadow[i].p, shadow[i].size, shadow[i].seed);
            if (rng() & 1) {
                pt_mem_free_fast(shadow[i].p, shadow[i].size);
            } else {
                pt_mem_free(shadow[i].p, shadow[i].size);
            }
            shadow[i].p = NULL;
        }
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (shadow[i].p != NULL) {
            bad += mismatches(shadow[i].p, shadow[i].size, shadow[i].seed);
            pt_mem_free(shadow[i].p, shadow[i].size);
            shadow[i].p = NULL;
        }
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(pt_mem_live_blocks(), live0);
    PtMemStats s1 = stats_now();
    CHECK_EQ(s1.bytes_in_use, s0.bytes_in_use);
    CHECK_EQ(s1.large_blocks, s0.large_blocks);
    CHECK_EQ(s1.large_bytes, s0.large_bytes);
}

// ---- Debug builds ----

#if PT_DEBUG_ALLOC
static void test_fault_injection(void) {
    CHECK_EQ(pt_mem_fail_after(3), 1);
    void *a = pt_mem_alloc(16);
    void *b = pt_raw_alloc(16);
    void *c = pt_mem_alloc(16);  // the third: fails
    void *d = pt_mem_alloc(16);
    CHECK(a != NULL && b != NULL && c == NULL && d != NULL);
    pt_mem_fail_after(1);
    void *e = pt_mem_realloc(a, 16, 1000);
    CHECK(e == NULL);  // and `a` is still ours
    pt_mem_free(a, 16);
    pt_mem_fail_after(2);
    pt_mem_fail_after(0);  // disarmed
    void *f = pt_mem_alloc_zero(16), *g = pt_mem_alloc_zero(16);
    CHECK(f != NULL && g != NULL);
    pt_mem_free(f, 16);
    pt_mem_free(g, 16);
    pt_mem_free(d, 16);
    pt_raw_free(b);
}

static void test_live_blocks(void) {
    size_t n0 = pt_mem_live_blocks();
    void *a = pt_mem_alloc(10), *b = pt_mem_alloc(10000);
    CHECK_EQ(pt_mem_live_blocks(), n0 + 2);
    pt_mem_free(a, 10);
    pt_mem_free(b, 10000);
    CHECK_EQ(pt_mem_live_blocks(), n0);
}

static void wrong_size_free(void) {
    void *p = pt_mem_alloc(24);
    pt_mem_free(p, 200);
}

static void wrong_size_free_large(void) {
    void *p = pt_mem_alloc(4000);
    pt_mem_free(p, 8000);
}

static void write_after_free(void) {
    char *keep = pt_mem_alloc(48);  // so the pool stays in use when p is freed
    char *p = pt_mem_alloc(48);
    pt_mem_free(p, 48);
    p[20] = 1;
    pt_mem_alloc(48);  // reuses p, finds the write
    pt_mem_free(keep, 48);
}

static void interior_free(void) {
    char *p = pt_mem_alloc(48);
    pt_mem_free(p + 8, 48);
}

static void test_debug_checks_abort(void) {
    CHECK(aborts(wrong_size_free));
    CHECK(aborts(wrong_size_free_large));
    if (!PT_MEM_USE_MALLOC) {
        CHECK(aborts(write_after_free));
        CHECK(aborts(interior_free));
    }
}

static void test_poison(void) {
    unsigned char *p = pt_mem_alloc(64);
    CHECK(p[10] == 0xCB);  // fresh blocks are filled, never zero by accident
    pt_mem_free(p, 64);
    if (!PT_MEM_USE_MALLOC) {
        CHECK(p[10] == 0xDB);  // freed blocks are poisoned
    }
}
#endif

int main(int argc, char **argv) {
    test_init(argc, argv);
    RUN(test_size_classes);
    RUN(test_alignment);
    RUN(test_zero_size_and_null);
    RUN(test_alloc_zero);
#if !PT_MEM_USE_MALLOC
    RUN(test_pool_masking);
    RUN(test_lazy_carving);
    RUN(test_full_pool);
    RUN(test_fullest_arena_first);
#endif
    RUN(test_million_blocks_return_to_os);
    RUN(test_realloc_across_classes);
    RUN(test_trace_hooks);
    RUN(test_random_against_shadow);
    RUN(test_stats_consistency);
#if PT_DEBUG_ALLOC
    RUN(test_fault_injection);
    RUN(test_live_blocks);
    RUN(test_debug_checks_abort);
    RUN(test_poison);
#endif
    return test_summary();
}
