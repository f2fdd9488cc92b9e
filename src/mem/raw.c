// src/mem/raw.c: the system allocator funnel; the only file that calls malloc and mmap.
//
// Large blocks, buffers handed to outside libraries (GMP, PCRE2), the arenas
// of the small-object allocator (src/mem/alloc.c) and its arena descriptors
// all come through here, so that tracemalloc and the memory statistics see
// every byte pith asks the system for.
//
// The public pt_raw_* functions count, trace and honour fault injection; the
// pt_raw_sys_* ones (src/mem/alloc.h) only count, for the allocator's own use.
// Byte counts use malloc_usable_size, because pt_raw_free is unsized. The
// counters are protected by the GIL: code that runs with the GIL released must
// not call pt_raw_* (allocate before PT_BEGIN_ALLOW_THREADS).
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mem/alloc.h"  // pt_raw_sys_*, pt_raw_map, pt_mem_trace_*, pt_mem_inject_failure
#include "pith/mem.h"   // pt_raw_*

// Live blocks and usable bytes from malloc, bytes mapped, and the peak of
// their sum. Protected by the GIL.
static size_t raw_blocks, raw_bytes, mapped_bytes, peak_bytes;

static void note_footprint(void) {
    size_t now = raw_bytes + mapped_bytes;
    if (now > peak_bytes) {
        peak_bytes = now;
    }
}

static void count_in(void *p) {
    raw_blocks++;
    raw_bytes += malloc_usable_size(p);
    note_footprint();
}

static void count_out(size_t usable) {
    raw_blocks--;
    raw_bytes -= usable;
}

// glibc raises its mmap threshold (up to 32 MiB) each time a mapped block
// is freed, after which big blocks come from the heap and their memory stays
// with the process when they are freed. Fixing the threshold keeps blocks
// over 128 KiB in their own mappings, returned to the OS when freed.
static bool malloc_tuned;  // GIL

static void tune_malloc(void) {
    malloc_tuned = true;
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
}

// ---- The allocator's own entry points ----

void *pt_raw_sys_alloc(size_t size, bool zero) {
    if (!malloc_tuned) {
        tune_malloc();
    }
    void *p = zero ? calloc(1, size ? size : 1) : malloc(size ? size : 1);
    if (p != NULL) {
        count_in(p);
    }
    return p;
}

void *pt_raw_sys_realloc(void *p, size_t size) {
    if (p == NULL) {
        return pt_raw_sys_alloc(size, false);
    }
    size_t old = malloc_usable_size(p);
    void *q = realloc(p, size ? size : 1);
    if (q != NULL) {
        count_out(old);
        count_in(q);
    }
    return q;
}

void pt_raw_sys_free(void *p) {
    if (p != NULL) {
        count_out(malloc_usable_size(p));
        free(p);
    }
}

size_t pt_raw_sys_usable(void *p) { return malloc_usable_size(p); }

// Maps `size + align` bytes and unmaps the slack on both sides, so the result
// is aligned and exactly `size` long; the slack is never touched, so it costs
// address space only for an instant.
void *pt_raw_map(size_t size, size_t align) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t extra = align > page ? align - page : 0;
    char *base = mmap(NULL, size + extra, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                      -1, 0);
    if (base == MAP_FAILED) {
        return NULL;
    }
    char *p = base;
    if (extra != 0) {
        p = (char *)(((uintptr_t)base + align - 1) & ~(uintptr_t)(align - 1));
        size_t head = (size_t)(p - base);
        size_t tail = extra - head;
        if (head != 0) {
            munmap(base, head);
        }
        if (tail != 0) {
            munmap(p + size, tail);
        }
    }
    mapped_bytes += size;
    note_footprint();
    return p;
}

void pt_raw_unmap(void *p, size_t size) {
    munmap(p, size);
    mapped_bytes -= size;
}

void pt_raw_counters(size_t *blocks, size_t *bytes, size_t *mapped, size_t *peak) {
    *blocks = raw_blocks;
    *bytes = raw_bytes;
    *mapped = mapped_bytes;
    *peak = peak_bytes;
}

// ---- The public funnel ----

void *pt_raw_alloc(size_t size) {
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    void *p = pt_raw_sys_alloc(size, false);
    if (p != NULL && pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(p, size);
    }
    return p;
}

void *pt_raw_alloc_zero(size_t size) {
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    void *p = pt_raw_sys_alloc(size, true);
    if (p != NULL && pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(p, size);
    }
    return p;
}

// On failure the old block is untouched and still owned by the caller.
void *pt_raw_realloc(void *p, size_t size) {
    if (p == NULL) {
        return pt_raw_alloc(size);
    }
    if (pt_mem_inject_failure()) {
        return NULL;
    }
    size_t old = malloc_usable_size(p);
    void *q = pt_raw_sys_realloc(p, size);
    if (q != NULL && pt_mem_trace_free != NULL) {
        pt_mem_trace_free(p, old);
    }
    if (q != NULL && pt_mem_trace_alloc != NULL) {
        pt_mem_trace_alloc(q, size);
    }
    return q;
}

void pt_raw_free(void *p) {
    if (p == NULL) {
        return;
    }
    if (pt_mem_trace_free != NULL) {
        pt_mem_trace_free(p, malloc_usable_size(p));
    }
    pt_raw_sys_free(p);
}
