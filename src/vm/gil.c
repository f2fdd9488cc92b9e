// src/vm/gil.c: the global interpreter lock, thread exit and shutdown, and
// pith's measurements of its own GIL.
//
// The protocol (DESIGN.md section 5). One mutex protects a `locked` flag. A
// thread that wants the GIL while another holds it waits on `gil_cond` for
// one switch interval (sys.getswitchinterval(), 5 ms by default); if the GIL
// has not changed hands by then, it sets the GIL_DROP bit of the eval
// breaker. The holder checks that word at function entry, backward jumps and
// after C calls, and calls pt_gil_yield: it drops the GIL and then waits on
// `switch_cond` until another thread has actually taken it (forced
// switching), so a CPU-bound thread cannot grab the lock straight back and
// starve the others. Every blocking call releases the GIL around the system
// call (PT_BEGIN_ALLOW_THREADS in include/pith/runtime.h), which is why
// threads help I/O-bound programs and not CPU-bound ones.
//
// Invariants, all under gil_mutex:
// - gil_locked == 1 iff some thread holds the GIL, and gil_holder is it;
// - gil_switches counts acquisitions: a dropper waits for it to change;
// - gil_waiters counts threads inside take_locked's wait loop; pt_gil_yield
//   does not hand over when there is nobody to hand over to;
// - every PtGilStats block is on the `all_stats` list; a thread's block is
//   updated only by that thread (or by the snapshot code) with the mutex held.
//
// Shutdown: after pt_gil_finalize sets `finalizing`, any thread other than
// the finalizing one that tries to take the GIL ends on the spot (daemon
// threads stop without touching the dying runtime), as CPython does.
//
// The statistics are plain counters and two clock reads per hand-off or
// blocking call, so they are always on; -X gilstats only prints them.
//
// Guards: tests/golden/threads/, tests/stress/threads_*.py, bench/gil_fairness.py.
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "pith.h"         // the object API
#include "os/thread.h"    // PtOsMutex, PtOsCond, pt_os_monotonic_ns, pt_os_thread_exit
#include "vm/gil.h"       // declarations
#include "vm/signals.h"   // pt_signals_after_fork
#include "vm/state.h"     // PtThreadState, pt_eval_breaker_set, pt_tstate_delete

// The lock itself: everything below is protected by gil_mutex.
static PtOsMutex gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static PtOsCond gil_cond;           // threads waiting to take the GIL
static PtOsCond switch_cond;        // a dropper waiting for someone to take it
static int gil_locked;
static PtThreadState *gil_holder;
static uint64_t gil_switches;       // times the GIL was taken
static int gil_waiters;             // threads waiting in take_locked
static int64_t switch_interval_ns = 5000000;
static int finalizing;              // set once at exit: other threads must stop
static PtThreadState *finalizer;    // the thread running pt_gil_finalize
static PtGilStats *all_stats;       // live and retired statistics blocks
static int retired_count;           // retired blocks kept individually
static PtGilStats others;           // retired blocks beyond RETIRED_MAX, summed
static int64_t gil_created_ns;
static int threads_running;         // threads started by _thread, not yet ended

// Written once at start-up, before any other thread exists.
static int gil_created;
static int report_at_exit;          // -X gilstats

// Retired statistics kept one per thread; later ones are summed into `others`.
#define RETIRED_MAX 32

static int64_t now_ns(void) { return pt_os_monotonic_ns(); }

// ---- Statistics blocks ----

// Account the time since st->since_ns to the state it was in; enter `state`.
static void stats_switch(PtGilStats *st, int state, int64_t t) {
    int64_t d = t - st->since_ns;
    if (st->state == PT_GIL_HOLDING) {
        st->held_ns += d;
    } else if (st->state == PT_GIL_WAITING) {
        st->wait_ns += d;
    } else if (st->state == PT_GIL_BLOCKED) {
        st->blocked_ns += d;
    }
    st->state = state;
    st->since_ns = t;
}

// A new statistics block for `ts`, linked into `all_stats`. Called with the
// GIL held (the raw allocator's counters are protected by it) and gil_mutex
// not held. A thread whose block cannot be allocated counts into `others`.
static PtGilStats *stats_new(PtThreadState *ts) {
    PtGilStats *st = pt_raw_alloc_zero(sizeof(PtGilStats));
    if (st == NULL) {
        return &others;
    }
    st->ident = ts->thread_id;
    st->started_ns = st->since_ns = now_ns();
    st->state = PT_GIL_BLOCKED;  // not yet running Python code
    snprintf(st->name, sizeof st->name, "Thread %llu", (unsigned long long)st->ident);
    pt_os_mutex_lock(&gil_mutex);
    st->next = all_stats;
    all_stats = st;
    pt_os_mutex_unlock(&gil_mutex);
    ts->gil_data = st;
    return st;
}

// The block of `ts` (with gil_mutex held). Threads started by _thread got
// theirs from pt_gil_thread_prepare; a thread that has none (a foreign one)
// counts into `others`. The first time a thread takes the GIL its block
// learns the thread's identity.
static PtGilStats *stats_locked(PtThreadState *ts) {
    PtGilStats *st = ts->gil_data;
    if (st == NULL) {
        return &others;
    }
    if (st->ident == 0) {
        st->ident = pt_os_thread_ident();
        snprintf(st->name, sizeof st->name, "Thread %llu", (unsigned long long)st->ident);
    }
    return st;
}

void pt_gil_thread_prepare(PtThreadState *ts) {
    if (ts->gil_data == NULL) {
        stats_new(ts);
    }
}

PtGilStats *pt_gil_stats_of(PtThreadState *ts) {
    pt_os_mutex_lock(&gil_mutex);
    PtGilStats *st = stats_locked(ts);
    pt_os_mutex_unlock(&gil_mutex);
    return st;
}

void pt_gil_set_name(PtThreadState *ts, const char *name) {
    pt_os_mutex_lock(&gil_mutex);
    PtGilStats *st = stats_locked(ts);
    if (st != &others) {
        snprintf(st->name, sizeof st->name, "%s", name);
    }
    pt_os_mutex_unlock(&gil_mutex);
}

static void stats_add(PtGilStats *into, const PtGilStats *st) {
    into->held_ns += st->held_ns;
    into->wait_ns += st->wait_ns;
    into->blocked_ns += st->blocked_ns;
    into->acquisitions += st->acquisitions;
    into->forced_drops += st->forced_drops;
    into->blocking_calls += st->blocking_calls;
    into->merged += st->merged ? st->merged : 1;
}

// The thread of `st` ended: keep its figures (with gil_mutex held).
static void stats_retire_locked(PtGilStats *st) {
    if (st == &others) {
        return;
    }
    stats_switch(st, PT_GIL_EXITED, now_ns());
    st->ended_ns = st->since_ns;
    if (retired_count < RETIRED_MAX) {
        retired_count++;
        return;
    }
    // Too many ended threads to list one by one: sum this one into `others`
    // and free its block, so 10,000 short threads cost no memory.
    stats_add(&others, st);
    for (PtGilStats **pp = &all_stats; *pp != NULL; pp = &(*pp)->next) {
        if (*pp == st) {
            *pp = st->next;
            break;
        }
    }
    pt_raw_free(st);
}

// ---- Taking and dropping the GIL ----

void pt_gil_create(PtThreadState *ts) {
    pt_os_cond_init(&gil_cond);
    pt_os_cond_init(&switch_cond);
    if (ts->thread_id == 0) {
        ts->thread_id = pt_os_thread_ident();
    }
    pt_gil_thread_prepare(ts);
    pt_os_mutex_lock(&gil_mutex);
    gil_locked = 1;
    gil_holder = ts;
    gil_created = 1;
    gil_created_ns = now_ns();
    snprintf(others.name, sizeof others.name, "(other ended threads)");
    others.state = PT_GIL_EXITED;
    PtGilStats *st = stats_locked(ts);
    snprintf(st->name, sizeof st->name, "MainThread");
    st->is_main = 1;
    stats_switch(st, PT_GIL_HOLDING, now_ns());
    st->acquisitions = 1;
    pt_os_mutex_unlock(&gil_mutex);
    const PtConfig *cfg = pt_runtime_config();
    for (int i = 0; cfg != NULL && i < 16 && cfg->xoptions[i] != NULL; i++) {
        if (strcmp(cfg->xoptions[i], "gilstats") == 0) {
            report_at_exit = 1;
        }
    }
}

void pt_gil_set_interval(double seconds) {
    int64_t ns = (int64_t)(seconds * 1e9);
    pt_os_mutex_lock(&gil_mutex);
    switch_interval_ns = ns < 1000 ? 1000 : ns;
    pt_os_mutex_unlock(&gil_mutex);
}

double pt_gil_get_interval(void) {
    pt_os_mutex_lock(&gil_mutex);
    int64_t ns = switch_interval_ns;
    pt_os_mutex_unlock(&gil_mutex);
    return (double)ns / 1e9;
}

// A thread other than the finalizing one must not run once the runtime is
// shutting down: it ends here, with gil_mutex held on entry.
static void exit_if_finalizing(PtThreadState *ts) {
    if (finalizing && ts != finalizer) {
        pt_os_mutex_unlock(&gil_mutex);
        pt_os_thread_exit();
    }
}

// Take the GIL for `ts` (gil_mutex held); `st` is its statistics block.
static void take_locked(PtThreadState *ts, PtGilStats *st) {
    stats_switch(st, PT_GIL_WAITING, now_ns());
    exit_if_finalizing(ts);
    if (gil_locked) {
        gil_waiters++;
        while (gil_locked) {
            uint64_t saved = gil_switches;
            int r = pt_os_cond_wait_until(&gil_cond, &gil_mutex, now_ns() + switch_interval_ns);
            if (finalizing && ts != finalizer) {
                gil_waiters--;
                exit_if_finalizing(ts);
            }
            if (r == ETIMEDOUT && gil_locked && gil_switches == saved) {
                // The holder kept it for a whole interval: ask it to let go.
                pt_eval_breaker_set(PT_EB_GIL_DROP);
            }
        }
        gil_waiters--;
    }
    gil_locked = 1;
    gil_holder = ts;
    gil_switches++;
    // A request made for us is answered; other waiters will ask again after
    // their own interval.
    pt_eval_breaker_clear(PT_EB_GIL_DROP);
    pt_os_cond_signal(&switch_cond);
    stats_switch(st, PT_GIL_HOLDING, now_ns());
    st->acquisitions++;
}

// Drop the GIL held by `ts` (gil_mutex held); its stats enter `state`.
static void drop_locked(PtGilStats *st, int state) {
    stats_switch(st, state, now_ns());
    gil_locked = 0;
    gil_holder = NULL;
    pt_os_cond_signal(&gil_cond);
}

void pt_gil_acquire(PtThreadState *ts) {
    if (!gil_created) {
        return;
    }
    pt_os_mutex_lock(&gil_mutex);
    take_locked(ts, stats_locked(ts));
    pt_os_mutex_unlock(&gil_mutex);
    pt_tstate_set_current(ts);
}

void pt_gil_release_state(PtThreadState *ts) {
    if (!gil_created) {
        return;
    }
    pt_os_mutex_lock(&gil_mutex);
    drop_locked(stats_locked(ts), PT_GIL_BLOCKED);
    pt_os_mutex_unlock(&gil_mutex);
}

// PT_BEGIN_ALLOW_THREADS: release around a blocking call.
void *pt_gil_release(void) {
    PtThreadState *ts = pt_tstate();
    if (ts == NULL || !gil_created) {
        return ts;
    }
    pt_os_mutex_lock(&gil_mutex);
    PtGilStats *st = stats_locked(ts);
    st->blocking_calls++;
    drop_locked(st, PT_GIL_BLOCKED);
    pt_os_mutex_unlock(&gil_mutex);
    return ts;
}

// PT_END_ALLOW_THREADS.
void pt_gil_reacquire(void *tstate) {
    if (tstate != NULL) {
        pt_gil_acquire((PtThreadState *)tstate);
    }
}

// Called by the eval loop when the GIL_DROP bit is set: give the GIL to a
// waiting thread and wait until one has taken it before competing again.
void pt_gil_yield(PtThreadState *ts) {
    pt_os_mutex_lock(&gil_mutex);
    pt_eval_breaker_clear(PT_EB_GIL_DROP);
    if (gil_waiters == 0 || gil_holder != ts) {
        pt_os_mutex_unlock(&gil_mutex);  // nobody to hand over to
        return;
    }
    PtGilStats *st = stats_locked(ts);
    uint64_t saved = gil_switches;
    drop_locked(st, PT_GIL_WAITING);
    st->forced_drops++;
    while (gil_switches == saved && gil_waiters > 0 && !finalizing) {
        pt_os_cond_wait_until(&switch_cond, &gil_mutex, now_ns() + switch_interval_ns);
    }
    take_locked(ts, st);
    pt_os_mutex_unlock(&gil_mutex);
}

// ---- Thread lifecycle ----

void pt_gil_thread_started(void) {
    pt_os_mutex_lock(&gil_mutex);
    threads_running++;
    pt_os_mutex_unlock(&gil_mutex);
}

int pt_gil_thread_count(void) {
    pt_os_mutex_lock(&gil_mutex);
    int n = threads_running;
    pt_os_mutex_unlock(&gil_mutex);
    return n;
}

void pt_gil_exit_thread(PtThreadState *ts) {
    // Drop what the state still holds while it is current and the GIL is
    // held: that may run __del__ methods (which may even block and switch).
    pt_clearref(&ts->dict);
    pt_clearref(&ts->async_exc);
    pt_clearref(&ts->curexc);
    pt_clearref(&ts->exc_base.exc);
    PtGilStats *st = ts->gil_data;
    ts->gil_data = NULL;
    pt_tstate_delete(ts);  // unlinks it, frees its data stack; no Python code left to run
    pt_os_mutex_lock(&gil_mutex);
    threads_running--;
    if (st != NULL) {
        stats_retire_locked(st);
    }
    gil_locked = 0;
    gil_holder = NULL;
    pt_os_cond_signal(&gil_cond);
    pt_os_mutex_unlock(&gil_mutex);
}

// ---- Shutdown ----

// Call `module.name()` if `module` has been imported; report its errors.
static void call_if_imported(const char *module, const char *name) {
    PtObject *modules = pt_interp()->modules;
    PtObject *m = modules != NULL ? pt_dict_get_cstr(modules, module) : NULL;
    if (m == NULL || m == pt_None) {
        return;
    }
    pt_incref(m);
    PtObject *r = pt_object_call_method_str(m, name, NULL, 0);
    if (r == NULL) {
        pt_err_write_unraisable(m);
    }
    pt_xdecref(r);
    pt_decref(m);
}

void pt_gil_finalize(void) {
    PtThreadState *ts = pt_tstate();
    // CPython's order: wait for the non-daemon threads, then atexit.
    call_if_imported("threading", "_shutdown");
    call_if_imported("atexit", "_run_exitfuncs");
    if (!gil_created) {
        return;
    }
    pt_os_mutex_lock(&gil_mutex);
    finalizing = 1;
    finalizer = ts;
    pt_os_cond_broadcast(&gil_cond);  // waiting daemon threads end now
    pt_os_cond_broadcast(&switch_cond);
    pt_os_mutex_unlock(&gil_mutex);
    if (report_at_exit) {
        pt_gil_stats_print();
    }
}

// ---- After fork ----

void pt_gil_after_fork(PtThreadState *ts) {
    // The mutex may have been held by a thread that does not exist here.
    pt_os_mutex_init(&gil_mutex);
    pt_os_cond_init(&gil_cond);
    pt_os_cond_init(&switch_cond);
    gil_locked = 1;
    gil_holder = ts;
    gil_waiters = 0;
    threads_running = 0;
    // The child's statistics start afresh with this one thread. The other
    // threads' blocks are freed; their states are unlinked by the caller and
    // never run again.
    PtGilStats *mine = ts->gil_data;
    while (all_stats != NULL) {
        PtGilStats *st = all_stats;
        all_stats = st->next;
        if (st != mine) {
            pt_raw_free(st);
        }
    }
    retired_count = 0;
    memset(&others, 0, sizeof others);
    snprintf(others.name, sizeof others.name, "(other ended threads)");
    others.state = PT_GIL_EXITED;
    gil_created_ns = now_ns();
    if (mine != NULL) {
        char name[sizeof mine->name];
        memcpy(name, mine->name, sizeof name);
        memset(mine, 0, sizeof *mine);
        memcpy(mine->name, name, sizeof name);
        mine->ident = ts->thread_id;
        mine->is_main = 1;
        mine->started_ns = mine->since_ns = gil_created_ns;
        mine->state = PT_GIL_HOLDING;
        mine->acquisitions = 1;
        all_stats = mine;
    }
}

void pt_after_fork_child(void) {
    PtThreadState *ts = pt_tstate();
    if (ts == NULL) {
        return;
    }
    pt_gil_after_fork(ts);
    // Forget the other threads: their OS threads are gone. Their states are
    // unlinked but not freed, because frames or tracebacks still referenced
    // from live objects may point into their data stacks.
    PtInterp *in = ts->interp;
    in->threads = ts;
    ts->next = NULL;
    pt_signals_after_fork(ts);
}

// ---- Reports ----

// A copy of every statistics block, oldest first, with the time of each
// live thread's current state accounted up to now. Returns the count (the
// `others` sum, if any, is last), or -1 when out of memory. Free *out with
// pt_raw_free.
static int stats_snapshot(PtGilStats **out, uint64_t *switches) {
    int cap = 0;
    pt_os_mutex_lock(&gil_mutex);
    for (PtGilStats *st = all_stats; st != NULL; st = st->next) {
        cap++;
    }
    pt_os_mutex_unlock(&gil_mutex);
    cap += 16;  // threads may start meanwhile; later ones are left out
    PtGilStats *v = pt_raw_alloc((size_t)(cap + 1) * sizeof(PtGilStats));
    if (v == NULL) {
        return -1;
    }
    int n = 0;
    int64_t t = now_ns();
    pt_os_mutex_lock(&gil_mutex);
    for (PtGilStats *st = all_stats; st != NULL && n < cap; st = st->next) {
        v[n] = *st;
        stats_switch(&v[n], v[n].state, t);
        n++;
    }
    for (int i = 0; i < n / 2; i++) {  // newest first -> oldest first
        PtGilStats tmp = v[i];
        v[i] = v[n - 1 - i];
        v[n - 1 - i] = tmp;
    }
    if (others.merged > 0) {
        v[n++] = others;
    }
    *switches = gil_switches;
    pt_os_mutex_unlock(&gil_mutex);
    *out = v;
    return n;
}

// The seeds' decision applied to the threads other than the main one.
static const char *stats_verdict(const PtGilStats *v, int n, const char **kind) {
    int64_t held = 0, wait = 0, blocked = 0;
    int workers = 0;
    for (int i = 0; i < n; i++) {
        if (!v[i].is_main) {
            workers += v[i].merged ? (int)v[i].merged : 1;
            held += v[i].held_ns;
            wait += v[i].wait_ns;
            blocked += v[i].blocked_ns;
        }
    }
    int64_t total = held + wait + blocked;
    if (workers == 0 || total <= 0) {
        *kind = "single-threaded";
        return "single-threaded: only the main thread ran Python code, the GIL was never shared";
    }
    if (blocked * 2 >= total) {
        *kind = "io-bound";
        return "I/O-bound: threads spent their time blocked outside the GIL: threads or asyncio fit";
    }
    if (wait >= blocked && wait * 5 >= total) {
        *kind = "cpu-bound";
        return "CPU-bound: threads spent most of their time waiting for the GIL: "
               "use processes (multiprocessing / ProcessPoolExecutor)";
    }
    if (held * 2 >= total) {
        *kind = "cpu-bound";
        return "CPU-bound: threads spent their time running Python code under the GIL, "
               "one at a time: use processes (multiprocessing / ProcessPoolExecutor)";
    }
    *kind = "mixed";
    return "mixed: threads both computed under the GIL and blocked outside it: threads overlap "
           "only the blocking part; move the CPU-heavy part to processes";
}

static double secs(int64_t ns) { return (double)ns / 1e9; }

void pt_gil_stats_print(void) {
    PtGilStats *v;
    uint64_t switches;
    int n = stats_snapshot(&v, &switches);
    if (n < 0) {
        return;
    }
    const char *kind;
    const char *verdict = stats_verdict(v, n, &kind);
    pt_sys_flush_std();
    fprintf(stderr, "pith GIL statistics: switch interval %.1f ms, %llu acquisitions, %.3f s of run time\n",
            (double)switch_interval_ns / 1e6, (unsigned long long)switches, secs(now_ns() - gil_created_ns));
    fprintf(stderr, "%-28s %9s %9s %9s %9s %7s %9s\n", "thread", "held s", "waiting s", "blocked s",
            "switches", "forced", "blocking");
    for (int i = 0; i < n; i++) {
        char name[64];
        if (v[i].merged > 0) {
            snprintf(name, sizeof name, "(%llu other threads)", (unsigned long long)v[i].merged);
        } else {
            snprintf(name, sizeof name, "%s", v[i].name);
        }
        name[28] = '\0';
        fprintf(stderr, "%-28s %9.3f %9.3f %9.3f %9llu %7llu %9llu\n", name, secs(v[i].held_ns),
                secs(v[i].wait_ns), secs(v[i].blocked_ns), (unsigned long long)v[i].acquisitions,
                (unsigned long long)v[i].forced_drops, (unsigned long long)v[i].blocking_calls);
    }
    fprintf(stderr, "verdict: %s\n", verdict);
    fflush(stderr);
    pt_raw_free(v);
}

// d[key] = value (stolen); 0 or -1.
static int set_steal(PtObject *d, const char *key, PtObject *value) {
    if (value == NULL) {
        return -1;
    }
    int r = pt_dict_set_cstr(d, key, value);
    pt_decref(value);
    return r;
}

static PtObject *thread_stats_dict(const PtGilStats *st) {
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    if (set_steal(d, "name", pt_str_from_cstr(st->name)) < 0 ||
        set_steal(d, "ident", st->merged ? pt_newref(pt_None) : pt_int_from_u64(st->ident)) < 0 ||
        set_steal(d, "alive", pt_newref(pt_bool(st->state != PT_GIL_EXITED))) < 0 ||
        set_steal(d, "threads", pt_int_from_u64(st->merged ? st->merged : 1)) < 0 ||
        set_steal(d, "held", pt_float_new(secs(st->held_ns))) < 0 ||
        set_steal(d, "waiting", pt_float_new(secs(st->wait_ns))) < 0 ||
        set_steal(d, "blocked", pt_float_new(secs(st->blocked_ns))) < 0 ||
        set_steal(d, "switches", pt_int_from_u64(st->acquisitions)) < 0 ||
        set_steal(d, "forced_drops", pt_int_from_u64(st->forced_drops)) < 0 ||
        set_steal(d, "blocking_calls", pt_int_from_u64(st->blocking_calls)) < 0) {
        pt_decref(d);
        return NULL;
    }
    return d;
}

PtObject *pt_gil_stats_dict(void) {
    PtGilStats *v;
    uint64_t switches;
    int n = stats_snapshot(&v, &switches);
    if (n < 0) {
        return pt_err_no_memory();
    }
    const char *kind;
    const char *verdict = stats_verdict(v, n, &kind);
    PtObject *d = pt_dict_new(), *list = pt_list_new(0);
    if (d == NULL || list == NULL) {
        goto error;
    }
    for (int i = 0; i < n; i++) {
        PtObject *t = thread_stats_dict(&v[i]);
        if (t == NULL || pt_list_append_steal(list, t) < 0) {
            goto error;
        }
    }
    if (set_steal(d, "switch_interval", pt_float_new(pt_gil_get_interval())) < 0 ||
        set_steal(d, "switches", pt_int_from_u64(switches)) < 0 ||
        pt_dict_set_cstr(d, "threads", list) < 0 || set_steal(d, "kind", pt_str_from_cstr(kind)) < 0 ||
        set_steal(d, "verdict", pt_str_from_cstr(verdict)) < 0) {
        goto error;
    }
    pt_decref(list);
    pt_raw_free(v);
    return d;
error:
    pt_xdecref(d);
    pt_xdecref(list);
    pt_raw_free(v);
    return NULL;
}
