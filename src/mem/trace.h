// src/mem/trace.h: allocation tracing, the machinery behind tracemalloc.
//
// While tracing is on, the allocator's hooks (pt_mem_trace_alloc and
// pt_mem_trace_free in src/mem/alloc.h) point here. Each live traced block
// has an entry in a hash table keyed by its address: its size and the Python
// traceback that was running when it was allocated. Tracebacks are interned
// (one copy per distinct stack), so a million blocks allocated on one line
// share one traceback.
//
// Invariants (all protected by the GIL):
//   - a traced block has exactly one entry; the sum of their sizes is the
//     traced memory, and the peak is the largest that sum has been since the
//     last reset;
//   - a traceback holds a strong reference to each frame's file name, and
//     lives until the traces are cleared or tracing stops;
//   - the tables themselves come from pt_raw_sys_* (untraced, never
//     fault-injected), so tracing never traces itself and never recurses;
//   - while `reentrant` is set (the tables are being torn down and names are
//     released), the hooks do nothing.
//
// The mem layer cannot see frames: the module (src/modules/mod_tracemalloc.c)
// passes a PtTraceStackFn that walks the running thread's frames.
// See docs/internals/memory.md; tests: tests/golden/modules/tracemalloc/.
#ifndef PT_MEM_TRACE_H
#define PT_MEM_TRACE_H

#ifndef PT_CORE
#error "src/mem/trace.h is internal to the core; build with -DPT_CORE"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pith/object.h"  // PtObject

#define PT_TRACE_MAX_NFRAME 65535  // the limit CPython documents for start(nframe)

typedef struct PtTraceFrame {
    PtObject *filename;  // a str, or NULL for "<unknown>"
    int32_t lineno;      // 0 when unknown
} PtTraceFrame;

typedef struct PtTraceback {
    uint64_t hash;
    uint32_t nframe;        // frames stored, most recent first (at least 1)
    uint32_t total_nframe;  // frames that were on the stack
    PtTraceFrame frames[];
} PtTraceback;

// Fills out[0..max) with the running thread's frames, most recent first, and
// returns how many it wrote; *total gets the full depth of the stack. It must
// not allocate through pt_mem_* or pt_raw_*, nor change any reference count.
// The file names are borrowed (the frames' code objects keep them).
typedef int (*PtTraceStackFn)(PtTraceFrame *out, int max, uint32_t *total);

// Start tracing with tracebacks of up to `nframe` frames (1..65535). If tracing
// is already on, nothing changes (CPython 3.11 keeps the limit). 0, or -1
// when the scratch array cannot be allocated.
int pt_trace_start(int nframe, PtTraceStackFn stack);
// Stop tracing and forget every trace (may free objects: file names).
void pt_trace_stop(void);
bool pt_trace_is_tracing(void);
// The frame limit given to start (1 before the first start).
int pt_trace_nframe(void);
// Forget every trace and traceback; tracing stays on if it was (may free objects).
void pt_trace_clear(void);
// Traced bytes now and their peak since start, clear or reset_peak.
void pt_trace_get_memory(size_t *current, size_t *peak);
void pt_trace_reset_peak(void);
// Bytes used by the tracing tables and tracebacks.
size_t pt_trace_self_memory(void);
// The traceback of the traced block at `block`, or NULL. Borrowed: valid
// until the next clear or stop.
const PtTraceback *pt_trace_lookup(const void *block);
// Traces that could not be recorded because the tables could not grow.
size_t pt_trace_lost(void);
// Bumped by every clear and stop: a walk of the traces that sees it change
// knows its tracebacks are gone.
uint64_t pt_trace_epoch(void);

// One entry of a copy of the trace table.
typedef struct PtTraceEntry {
    size_t size;
    const PtTraceback *tb;
} PtTraceEntry;
// Copies the current traces into a new array *out (release it with
// pt_trace_entries_free; NULL when there are none) of *n entries. 0, or -1
// when out of memory. Copying first lets the caller build Python objects,
// which are themselves traced, while it walks.
int pt_trace_entries(PtTraceEntry **out, size_t *n);
void pt_trace_entries_free(PtTraceEntry *entries);

#endif  // PT_MEM_TRACE_H
