// src/vm/gil.c: the global interpreter lock.
//
// One mutex-protected flag says whether some thread holds the GIL. A thread
// that wants it waits on a condition variable for one switch interval
// (sys.getswitchinterval(), 5 ms by default); if the holder has not let go by
// then, the waiter sets the GIL_DROP bit of the eval breaker. The holder
// checks that word at function entry, backward jumps and after C calls, drops
// the GIL, and then waits until another thread has actually taken it (forced
// switching), so a CPU-bound thread cannot immediately grab it back. Every
// blocking call releases the GIL around the system call
// (PT_BEGIN_ALLOW_THREADS in include/pith/runtime.h).
//
// The GIL also keeps pith's statistics of who held it and who waited for it,
// per thread, which `-X gilstats` reports.
//
// Guards: tests/golden/threads/, tests/stress/.
#include <errno.h>
#include <pthread.h>
#include <time.h>

#include "pith.h"        // the object API
#include "vm/gil.h"      // declarations
#include "vm/state.h"    // PtThreadState, the eval breaker

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond = PTHREAD_COND_INITIALIZER;     // waiters for the GIL
static pthread_cond_t switch_cond = PTHREAD_COND_INITIALIZER;  // the dropper waits for a taker
static int gil_locked;             // protected by gil_mutex
static PtThreadState *gil_holder;  // protected by gil_mutex
static uint64_t gil_switches;      // protected by gil_mutex: times the GIL changed hands
static int gil_created;
static long switch_interval_us = 5000;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void pt_gil_create(PtThreadState *ts) {
    gil_locked = 1;
    gil_holder = ts;
    gil_created = 1;
    pt_gil_stats_of(ts)->acquired_at = now_ns();
}

// The statistics block of `ts`, made on first use. A thread whose block
// cannot be allocated counts into a shared spare (the figures stay usable).
PtGilStats *pt_gil_stats_of(PtThreadState *ts) {
    static PtGilStats spare;
    if (ts->gil_data == NULL) {
        ts->gil_data = pt_raw_alloc_zero(sizeof(PtGilStats));
        if (ts->gil_data == NULL) {
            return &spare;
        }
    }
    return (PtGilStats *)ts->gil_data;
}

void pt_gil_set_interval(double seconds) {
    long us = (long)(seconds * 1e6);
    switch_interval_us = us < 1 ? 1 : us;
}

double pt_gil_get_interval(void) { return (double)switch_interval_us / 1e6; }

static void take_locked(PtThreadState *ts) {
    int64_t start = now_ns();
    while (gil_locked) {
        uint64_t saved = gil_switches;
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += switch_interval_us * 1000;
        deadline.tv_sec += deadline.tv_nsec / 1000000000;
        deadline.tv_nsec %= 1000000000;
        int r = pthread_cond_timedwait(&gil_cond, &gil_mutex, &deadline);
        if (r == ETIMEDOUT && gil_locked && gil_switches == saved) {
            // The holder kept it for a whole interval: ask it to let go.
            pt_eval_breaker_set(PT_EB_GIL_DROP);
        }
    }
    gil_locked = 1;
    gil_holder = ts;
    gil_switches++;
    pthread_cond_signal(&switch_cond);
    PtGilStats *st = pt_gil_stats_of(ts);
    int64_t t = now_ns();
    st->wait_ns += t - start;
    st->acquired_at = t;
    st->acquisitions++;
}

static void drop_locked(PtThreadState *ts) {
    PtGilStats *st = pt_gil_stats_of(ts);
    st->held_ns += now_ns() - st->acquired_at;
    gil_locked = 0;
    gil_holder = NULL;
    pthread_cond_signal(&gil_cond);
}

void pt_gil_acquire(PtThreadState *ts) {
    if (!gil_created) {
        return;
    }
    pthread_mutex_lock(&gil_mutex);
    take_locked(ts);
    pthread_mutex_unlock(&gil_mutex);
    pt_tstate_set_current(ts);
}

void pt_gil_release_state(PtThreadState *ts) {
    if (!gil_created) {
        return;
    }
    pthread_mutex_lock(&gil_mutex);
    drop_locked(ts);
    pthread_mutex_unlock(&gil_mutex);
}

void *pt_gil_release(void) {
    PtThreadState *ts = pt_tstate();
    if (ts == NULL || !gil_created) {
        return ts;
    }
    pt_gil_stats_of(ts)->blocking_calls++;
    pt_gil_release_state(ts);
    return ts;
}

void pt_gil_reacquire(void *tstate) {
    if (tstate == NULL) {
        return;
    }
    pt_gil_acquire((PtThreadState *)tstate);
}

// Called by the eval loop when the GIL_DROP bit is set: give the GIL to a
// waiting thread and wait until one has taken it before competing again.
void pt_gil_yield(PtThreadState *ts) {
    pthread_mutex_lock(&gil_mutex);
    pt_eval_breaker_clear(PT_EB_GIL_DROP);
    uint64_t saved = gil_switches;
    drop_locked(ts);
    pt_gil_stats_of(ts)->forced_drops++;
    while (gil_switches == saved) {
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += switch_interval_us * 1000;
        deadline.tv_sec += deadline.tv_nsec / 1000000000;
        deadline.tv_nsec %= 1000000000;
        if (pthread_cond_timedwait(&switch_cond, &gil_mutex, &deadline) == ETIMEDOUT) {
            break;  // nobody took it (the waiter went away): carry on
        }
    }
    take_locked(ts);
    pthread_mutex_unlock(&gil_mutex);
}

// After fork() in the child: only the forking thread exists; it holds the GIL.
void pt_gil_after_fork(PtThreadState *ts) {
    pthread_mutex_init(&gil_mutex, NULL);
    pthread_cond_init(&gil_cond, NULL);
    pthread_cond_init(&switch_cond, NULL);
    gil_locked = 1;
    gil_holder = ts;
}
