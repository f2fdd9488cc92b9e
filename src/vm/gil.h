// src/vm/gil.h: the global interpreter lock (see gil.c for the protocol).
#ifndef PT_VM_GIL_H
#define PT_VM_GIL_H

#ifndef PT_CORE
#error "src/vm/gil.h is internal to the pith core"
#endif

#include <stdint.h>
#include "vm/state.h"  // PtThreadState

// Per-thread GIL figures (for -X gilstats and sys._gilstats()).
typedef struct PtGilStats {
    int64_t held_ns;         // time spent holding the GIL
    int64_t wait_ns;         // time spent waiting to take it
    int64_t acquired_at;     // when the current hold began
    uint64_t acquisitions;   // times the GIL was taken
    uint64_t forced_drops;   // times a drop request made this thread let go
    uint64_t blocking_calls; // times it was released around a blocking call
} PtGilStats;

// Start-up: the main thread `ts` holds the GIL from now on.
void pt_gil_create(PtThreadState *ts);
// Take the GIL for `ts` (blocking) and make it the current thread state.
void pt_gil_acquire(PtThreadState *ts);
// Let go of the GIL held by `ts`.
void pt_gil_release_state(PtThreadState *ts);
// The eval breaker saw a drop request: hand the GIL over and take it back.
void pt_gil_yield(PtThreadState *ts);
void pt_gil_set_interval(double seconds);
double pt_gil_get_interval(void);
PtGilStats *pt_gil_stats_of(PtThreadState *ts);
// In the child after fork(): reinitialise, the forking thread holds the GIL.
void pt_gil_after_fork(PtThreadState *ts);

#endif  // PT_VM_GIL_H
