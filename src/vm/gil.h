// src/vm/gil.h: the global interpreter lock, thread lifecycle and GIL statistics.
//
// The GIL is one mutex-protected flag (`locked`) with a condition variable for
// the threads waiting to take it and a second one for forced switching. The
// invariant: a thread touches Python objects only while it holds the GIL, and
// holds it from pt_gil_acquire until pt_gil_release_state / pt_gil_yield /
// pt_gil_exit_thread. Each thread state carries a statistics block
// (ts->gil_data, a PtGilStats) that lives on in a retired list after the
// thread ends, so the exit report still sees it. See gil.c for the protocol
// and docs/internals/threads.md for the whole picture.
#ifndef PT_VM_GIL_H
#define PT_VM_GIL_H

#ifndef PT_CORE
#error "src/vm/gil.h is internal to the pith core"
#endif

#include <stdint.h>
#include "pith/object.h"  // PtObject
#include "vm/state.h"     // PtThreadState

// Where a thread is with respect to the GIL (for the statistics).
enum { PT_GIL_HOLDING, PT_GIL_WAITING, PT_GIL_BLOCKED, PT_GIL_EXITED };

// Per-thread GIL figures (for -X gilstats and sys._gilstats()). Protected by
// the GIL's own mutex.
typedef struct PtGilStats {
    struct PtGilStats *next;  // every block, live and retired (newest first)
    char name[64];            // threading's name for it, or "Thread <ident>"
    uint64_t ident;           // _thread.get_ident() of the thread
    int state;                // PT_GIL_*
    int is_main;
    int64_t started_ns, ended_ns;  // life of the thread (ended_ns 0 while alive)
    int64_t held_ns;          // time spent holding the GIL
    int64_t wait_ns;          // time spent waiting to take it
    int64_t blocked_ns;       // time spent in blocking calls, GIL released
    int64_t since_ns;         // when the current state began
    uint64_t acquisitions;    // times the GIL was taken ("switches")
    uint64_t forced_drops;    // times a drop request made this thread let go
    uint64_t blocking_calls;  // times it was released around a blocking call
    uint64_t merged;          // > 0: this record sums that many ended threads
} PtGilStats;

// Start-up: the main thread `ts` holds the GIL from now on. Reads -X gilstats.
void pt_gil_create(PtThreadState *ts);
// Take the GIL for `ts` (blocking) and make it the current thread state.
void pt_gil_acquire(PtThreadState *ts);
// Let go of the GIL held by `ts` (it is about to block).
void pt_gil_release_state(PtThreadState *ts);
// The eval breaker saw a drop request: hand the GIL over and take it back.
void pt_gil_yield(PtThreadState *ts);
// The switch interval in seconds (sys.setswitchinterval; > 0).
void pt_gil_set_interval(double seconds);
double pt_gil_get_interval(void);
// The statistics block of `ts` (a shared one for threads pith did not start).
PtGilStats *pt_gil_stats_of(PtThreadState *ts);
// Name the calling thread in the statistics (threading's Thread.name).
void pt_gil_set_name(PtThreadState *ts, const char *name);

// ---- Thread lifecycle ----

// Give the new thread state `ts` its statistics block (with the GIL held,
// before the OS thread starts).
void pt_gil_thread_prepare(PtThreadState *ts);
// A new thread is about to start (called with the GIL, before the OS thread
// exists): counts it in pt_gil_thread_count().
void pt_gil_thread_started(void);
// The thread `ts` (current, holding the GIL) has finished running Python
// code: retire its statistics, delete its state, and drop the GIL for good.
void pt_gil_exit_thread(PtThreadState *ts);
// Threads started by _thread that have not finished (_thread._count()).
int pt_gil_thread_count(void);

// At exit, on the main thread with the GIL: join non-daemon threads
// (threading._shutdown() if threading was imported), run the atexit
// callbacks, stop daemon threads (any thread that tries to take the GIL from
// now on ends at once), and print the -X gilstats report. Never fails.
void pt_gil_finalize(void);

// In the child after fork(): the calling thread is the only one left; it
// holds the GIL, is the main thread for signals, and the statistics restart.
void pt_after_fork_child(void);
// Lower-level part of the above: re-create the GIL held by `ts`.
void pt_gil_after_fork(PtThreadState *ts);

// ---- Statistics ----

// sys._gilstats(): a dict {"switch_interval", "switches", "threads": [dict per
// thread], "kind", "verdict"}. New reference, NULL on error.
PtObject *pt_gil_stats_dict(void);
// Print the table and the verdict to stderr (what -X gilstats shows at exit).
void pt_gil_stats_print(void);

#endif  // PT_VM_GIL_H
