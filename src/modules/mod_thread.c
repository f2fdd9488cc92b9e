// src/modules/mod_thread.c: the _thread module: OS threads, locks, RLock, _local.
//
// A thread started here gets its own PtThreadState (frames, exception state,
// data stack), takes the GIL before it runs Python code, and at the end
// deletes its state and drops the GIL for good (pt_gil_exit_thread). The
// function, its arguments and the state travel to the new thread in a
// `Boot` block; until the thread holds the GIL it touches no object.
//
// Locks. A lock's state (`locked`, `waiters`) is protected by the GIL: the
// uncontended acquire and release are a flag test and store, no system call.
// A thread that must wait registers as a waiter, releases the GIL and sleeps
// on the lock's semaphore; release posts the semaphore when someone waits.
// The woken thread retakes the GIL and tests the flag again (a third thread
// may have taken the lock meanwhile: "barging", as with CPython's locks), so
// a stale post costs only a spurious wake-up. The main thread waits in slices
// of 20 ms and leaves the wait when a signal is pending, so Ctrl-C raises
// KeyboardInterrupt within 100 ms even when the signal is only simulated
// (interrupt_main); real signals end the wait at once (EINTR).
//
// threading.Thread.join() waits on the thread's "sentinel" lock
// (_set_sentinel), which the thread releases after its last Python code ran.
//
// _local keeps one instance dict per thread in that thread's ts->dict, keyed
// by a number unique to the local object; a new thread's first access makes
// its dict and calls the subclass's __init__ with the original arguments.
//
// This module is one of the allowlisted internals (it includes src/vm/).
// Guards: tests/golden/threads/, tests/stress/threads_*.py.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "pith.h"          // the object API
#include "os/thread.h"     // pt_os_thread_start, PtOsSem, pt_os_monotonic_ns
#include "obj/type.h"      // pt_type_ready
#include "vm/gil.h"        // pt_gil_acquire, pt_gil_exit_thread, pt_gil_thread_count
#include "vm/signals.h"    // pt_signals_is_main_thread, pt_signals_pending, pt_signal_trip
#include "vm/state.h"      // PtThreadState, pt_tstate_new, pt_tstate

// The largest timeout accepted, in seconds (CPython's TIMEOUT_MAX on Linux).
#define TIMEOUT_MAX_SECS 9223372036.0
// How long the main thread sleeps between checks for simulated signals.
#define MAIN_SLICE_NS 20000000

extern PtType pt_lock_type, pt_rlock_type, pt_local_type;

// Protected by the GIL: the stack size for new threads (0: the default).
static size_t thread_stack_size;
// Protected by the GIL: the source of _local keys.
static uint64_t local_next_key = 1;
// The calling thread's join sentinel (_set_sentinel), released when it ends.
static _Thread_local PtObject *thread_sentinel;

// ---- The lock core ----

typedef struct LockCore {
    PtOsSem sem;  // posted by release when `waiters` > 0
    int locked;   // protected by the GIL
    int waiters;  // protected by the GIL
} LockCore;

typedef struct PtLock {
    PtObject ob;
    LockCore core;
} PtLock;

typedef struct PtRLock {
    PtObject ob;
    LockCore core;
    uint64_t owner;  // get_ident() of the owner, 0 when free
    uint64_t count;  // recursion level
} PtRLock;

static void core_init(LockCore *c) {
    pt_os_sem_init(&c->sem, 0);
    c->locked = 0;
    c->waiters = 0;
}

// Sleep on the semaphore, without the GIL, until it is posted, a signal
// needs the main thread, or `deadline` (< 0: none) passes. Returns the
// result of the last wait: 0 posted, EINTR, or ETIMEDOUT.
static int core_sleep(LockCore *c, int64_t deadline, int is_main) {
    int r;
    PT_BEGIN_ALLOW_THREADS
    for (;;) {
        int64_t until = deadline;
        if (is_main) {
            int64_t slice = pt_os_monotonic_ns() + MAIN_SLICE_NS;
            until = until < 0 || slice < until ? slice : until;
        }
        r = pt_os_sem_wait_until(&c->sem, until);
        if (r != ETIMEDOUT) {
            break;
        }
        if (deadline >= 0 && pt_os_monotonic_ns() >= deadline) {
            break;
        }
        if (is_main && pt_signals_pending()) {
            r = EINTR;
            break;
        }
    }
    PT_END_ALLOW_THREADS
    return r;
}

// Take the lock, waiting at most `timeout_ns` (< 0: forever; 0: do not wait).
// 1 taken, 0 timed out, -1 with an exception (a signal handler raised).
static int core_acquire(LockCore *c, int64_t timeout_ns) {
    if (!c->locked) {
        c->locked = 1;
        return 1;
    }
    if (timeout_ns == 0) {
        return 0;
    }
    int64_t deadline = timeout_ns > 0 ? pt_os_monotonic_ns() + timeout_ns : -1;
    int is_main = pt_signals_is_main_thread();
    for (;;) {
        c->waiters++;
        int r = core_sleep(c, deadline, is_main);
        c->waiters--;
        if (!c->locked) {
            c->locked = 1;
            return 1;
        }
        if (r == EINTR && pt_check_signals() < 0) {
            return -1;
        }
        if (deadline >= 0 && pt_os_monotonic_ns() >= deadline) {
            return 0;
        }
    }
}

static void core_release(LockCore *c) {
    c->locked = 0;
    if (c->waiters > 0) {
        pt_os_sem_post(&c->sem);
    }
}

// The `timeout` argument of acquire() in nanoseconds (-1: forever), checked
// as CPython checks it. 0 or -1.
static int parse_timeout(PtObject *obj, int blocking, int64_t *out) {
    double t = -1.0;
    if (obj != NULL) {
        if (pt_is_float(obj)) {
            t = pt_float_as_double(obj);
        } else if (pt_is_int(obj)) {
            t = pt_float_as_double(obj);
            if (t == -1.0 && pt_err_occurred()) {
                return -1;
            }
        } else {
            pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", obj);
            return -1;
        }
    }
    if (!blocking && t != -1.0) {
        pt_err_set_string(pt_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1.0) {
        pt_err_set_string(pt_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (t >= 9.3e9) {
        pt_err_set_string(pt_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (t > TIMEOUT_MAX_SECS) {
        pt_err_set_string(pt_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    if (!blocking) {
        *out = 0;
    } else if (t < 0) {
        *out = -1;
    } else {
        int64_t ns = (int64_t)(t * 1e9);
        *out = ns > 0 ? ns : 1;  // acquire(timeout=0) still means "blocking", but not long
        if (t == 0.0) {
            *out = 0;
        }
    }
    return 0;
}

// acquire(blocking=True, timeout=-1) arguments: 0 or -1.
static int acquire_args(PtObject *const *args, size_t nargs, PtObject *kwnames, int64_t *timeout_ns) {
    static const char *const kwlist[] = {"blocking", "timeout", NULL};
    int blocking = 1;
    PtObject *timeout = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|pO:acquire", kwlist, &blocking, &timeout) < 0) {
        return -1;
    }
    return parse_timeout(timeout, blocking, timeout_ns);
}

// ---- Lock ----

static PtObject *lock_new_object(void) {
    PtLock *lk = (PtLock *)pt_object_alloc(&pt_lock_type, sizeof(PtLock));
    if (lk == NULL) {
        return NULL;
    }
    core_init(&lk->core);
    return &lk->ob;
}

static void lock_dealloc(PtObject *o) {
    pt_os_sem_destroy(&((PtLock *)o)->core.sem);
    pt_object_free(o, sizeof(PtLock));
}

static PtObject *lock_acquire(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int64_t timeout;
    if (acquire_args(args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    int r = core_acquire(&((PtLock *)self)->core, timeout);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *lock_enter(PtObject *self, PtObject *unused) {
    int r = core_acquire(&((PtLock *)self)->core, -1);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *lock_release(PtObject *self, PtObject *const *args, size_t nargs) {
    PtLock *lk = (PtLock *)self;
    if (!lk->core.locked) {
        return pt_err_set_string(pt_exc_RuntimeError, "release unlocked lock");
    }
    core_release(&lk->core);
    return pt_newref(pt_None);
}

static PtObject *lock_locked(PtObject *self, PtObject *unused) {
    return pt_newref(pt_bool(((PtLock *)self)->core.locked));
}

// After fork(): the lock is free and nobody waits (the waiters are gone).
static PtObject *lock_at_fork_reinit(PtObject *self, PtObject *unused) {
    core_init(&((PtLock *)self)->core);
    return pt_newref(pt_None);
}

static PtObject *lock_repr(PtObject *self) {
    return pt_str_format("<%s %s object at %p>", ((PtLock *)self)->core.locked ? "locked" : "unlocked",
                         pt_type_name(pt_type(self)), (void *)self);
}

static const PtMethodDef lock_methods[] = {
    {"acquire", PT_FN(lock_acquire), PT_METH_FASTKW, NULL},
    {"acquire_lock", PT_FN(lock_acquire), PT_METH_FASTKW, NULL},
    {"release", PT_FN(lock_release), PT_METH_FAST, NULL},
    {"release_lock", PT_FN(lock_release), PT_METH_FAST, NULL},
    {"locked", PT_FN(lock_locked), PT_METH_NOARGS, NULL},
    {"locked_lock", PT_FN(lock_locked), PT_METH_NOARGS, NULL},
    {"__enter__", PT_FN(lock_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(lock_release), PT_METH_FAST, NULL},
    {"_at_fork_reinit", PT_FN(lock_at_fork_reinit), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_lock_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "_thread.lock",
    .basicsize = sizeof(PtLock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};

// ---- RLock ----

static PtObject *rlock_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtRLock *rl = (PtRLock *)pt_object_alloc(type, sizeof(PtRLock));
    if (rl == NULL) {
        return NULL;
    }
    core_init(&rl->core);
    return &rl->ob;
}

static void rlock_dealloc(PtObject *o) {
    pt_os_sem_destroy(&((PtRLock *)o)->core.sem);
    pt_object_free(o, sizeof(PtRLock));
}

// Take `rl` for the calling thread. 1/0/-1 as core_acquire.
static int rlock_take(PtRLock *rl, int64_t timeout) {
    uint64_t me = pt_os_thread_ident();
    if (rl->count > 0 && rl->owner == me) {
        rl->count++;
        return 1;
    }
    int r = core_acquire(&rl->core, timeout);
    if (r == 1) {
        rl->owner = me;
        rl->count = 1;
    }
    return r;
}

static PtObject *rlock_acquire(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int64_t timeout;
    if (acquire_args(args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    int r = rlock_take((PtRLock *)self, timeout);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *rlock_enter(PtObject *self, PtObject *unused) {
    int r = rlock_take((PtRLock *)self, -1);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *rlock_release(PtObject *self, PtObject *const *args, size_t nargs) {
    PtRLock *rl = (PtRLock *)self;
    if (rl->count == 0 || rl->owner != pt_os_thread_ident()) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot release un-acquired lock");
    }
    if (--rl->count == 0) {
        rl->owner = 0;
        core_release(&rl->core);
    }
    return pt_newref(pt_None);
}

static PtObject *rlock_is_owned(PtObject *self, PtObject *unused) {
    PtRLock *rl = (PtRLock *)self;
    return pt_newref(pt_bool(rl->count > 0 && rl->owner == pt_os_thread_ident()));
}

// Condition.wait(): give the lock up entirely; returns (count, owner).
static PtObject *rlock_release_save(PtObject *self, PtObject *unused) {
    PtRLock *rl = (PtRLock *)self;
    if (rl->count == 0) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot release un-acquired lock");
    }
    PtObject *count = pt_int_from_u64(rl->count), *owner = pt_int_from_u64(rl->owner);
    PtObject *t = count != NULL && owner != NULL ? pt_tuple_pack(2, count, owner) : NULL;
    pt_xdecref(count);
    pt_xdecref(owner);
    if (t == NULL) {
        return NULL;
    }
    rl->count = 0;
    rl->owner = 0;
    core_release(&rl->core);
    return t;
}

// ... and take it back at the saved recursion level.
static PtObject *rlock_acquire_restore(PtObject *self, PtObject *state) {
    PtRLock *rl = (PtRLock *)self;
    if (!pt_is_tuple(state) || pt_tuple_len(state) != 2) {
        return pt_err_set_string(pt_exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    }
    int overflow = 0;
    int64_t count = pt_int_as_i64_overflow(pt_tuple_get(state, 0), &overflow);
    uint64_t owner = (uint64_t)pt_int_as_i64_overflow(pt_tuple_get(state, 1), &overflow);
    if (pt_err_occurred()) {
        return NULL;
    }
    if (core_acquire(&rl->core, -1) < 0) {
        return NULL;
    }
    rl->owner = owner;
    rl->count = (uint64_t)count;
    return pt_newref(pt_None);
}

static PtObject *rlock_recursion_count(PtObject *self, PtObject *unused) {
    PtRLock *rl = (PtRLock *)self;
    return pt_int_from_u64(rl->owner == pt_os_thread_ident() ? rl->count : 0);
}

static PtObject *rlock_at_fork_reinit(PtObject *self, PtObject *unused) {
    PtRLock *rl = (PtRLock *)self;
    core_init(&rl->core);
    rl->owner = 0;
    rl->count = 0;
    return pt_newref(pt_None);
}

static PtObject *rlock_repr(PtObject *self) {
    PtRLock *rl = (PtRLock *)self;
    return pt_str_format("<%s %s object owner=%llu count=%llu at %p>", rl->count > 0 ? "locked" : "unlocked",
                         pt_type_name(pt_type(self)), (unsigned long long)rl->owner,
                         (unsigned long long)rl->count, (void *)self);
}

static const PtMethodDef rlock_methods[] = {
    {"acquire", PT_FN(rlock_acquire), PT_METH_FASTKW, NULL},
    {"release", PT_FN(rlock_release), PT_METH_FAST, NULL},
    {"__enter__", PT_FN(rlock_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(rlock_release), PT_METH_FAST, NULL},
    {"_is_owned", PT_FN(rlock_is_owned), PT_METH_NOARGS, NULL},
    {"_release_save", PT_FN(rlock_release_save), PT_METH_NOARGS, NULL},
    {"_acquire_restore", PT_FN(rlock_acquire_restore), PT_METH_O, NULL},
    {"_recursion_count", PT_FN(rlock_recursion_count), PT_METH_NOARGS, NULL},
    {"_at_fork_reinit", PT_FN(rlock_at_fork_reinit), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_rlock_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "_thread.RLock",
    .basicsize = sizeof(PtRLock),
    .flags = PT_TF_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};

// ---- _local ----

typedef struct PtLocal {
    PtObject ob;
    PtObject *key;     // int, unique to this object: its entry in each ts->dict
    PtObject *args;    // tuple: the constructor's arguments, for other threads
    PtObject *kwargs;  // dict or NULL
} PtLocal;

// 1 if `type` has an __init__ other than object's.
static int local_has_init(PtType *type) {
    PtObject *name = PT_ID(__init__);
    return pt_type_lookup(type, name) != pt_type_lookup(&pt_object_type, name);
}

// Borrowed: the calling thread's dict for `self`, made (and __init__ run) on
// first use. NULL on error.
static PtObject *local_dict(PtObject *self) {
    PtLocal *lo = (PtLocal *)self;
    PtThreadState *ts = pt_tstate();
    if (ts->dict == NULL && (ts->dict = pt_dict_new()) == NULL) {
        return NULL;
    }
    PtObject *d = NULL;
    int r = pt_dict_get_ref(ts->dict, lo->key, &d);
    if (r != 0) {
        pt_xdecref(d);  // the thread's dict keeps it alive
        return r > 0 ? d : NULL;
    }
    d = pt_dict_new();
    if (d == NULL || pt_dict_set(ts->dict, lo->key, d) < 0) {
        pt_xdecref(d);
        return NULL;
    }
    pt_decref(d);
    if (local_has_init(pt_type(self))) {
        PtObject *init = pt_object_getattr(self, PT_ID(__init__));
        PtObject *res = init != NULL ? pt_object_call_tuple_dict(init, lo->args, lo->kwargs) : NULL;
        pt_xdecref(init);
        if (res == NULL) {
            pt_dict_del(ts->dict, lo->key);
            return NULL;
        }
        pt_decref(res);
    }
    // __init__ may have switched threads, but this thread's entry stays put.
    return pt_dict_get_ref(ts->dict, lo->key, &d) > 0 ? (pt_decref(d), d) : NULL;
}

static PtObject *local_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if ((nargs > 0 || (kwnames != NULL && pt_tuple_len(kwnames) > 0)) && !local_has_init(type)) {
        return pt_err_set_string(pt_exc_TypeError, "Initialization arguments are not supported");
    }
    PtLocal *lo = (PtLocal *)pt_object_alloc(type, sizeof(PtLocal));
    if (lo == NULL) {
        return NULL;
    }
    lo->key = pt_int_from_u64(local_next_key++);
    lo->args = pt_tuple_from_array(args, nargs);
    if (lo->key == NULL || lo->args == NULL) {
        pt_decref(&lo->ob);
        return NULL;
    }
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        lo->kwargs = pt_dict_new();
        if (lo->kwargs == NULL) {
            pt_decref(&lo->ob);
            return NULL;
        }
        for (pt_ssize i = 0; i < pt_tuple_len(kwnames); i++) {
            if (pt_dict_set(lo->kwargs, pt_tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
                pt_decref(&lo->ob);
                return NULL;
            }
        }
    }
    pt_gc_track(&lo->ob);
    // The creating thread's dict exists at once; __init__ is then called by
    // the type call as usual.
    PtThreadState *ts = pt_tstate();
    PtObject *d = pt_dict_new();
    if (d == NULL || (ts->dict == NULL && (ts->dict = pt_dict_new()) == NULL) ||
        pt_dict_set(ts->dict, lo->key, d) < 0) {
        pt_xdecref(d);
        pt_decref(&lo->ob);
        return NULL;
    }
    pt_decref(d);
    return &lo->ob;
}

static int local_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtLocal *lo = (PtLocal *)o;
    if (lo->args != NULL && visit(lo->args, arg) != 0) {
        return 1;
    }
    if (lo->kwargs != NULL && visit(lo->kwargs, arg) != 0) {
        return 1;
    }
    return 0;
}

static int local_clear(PtObject *o) {
    PtLocal *lo = (PtLocal *)o;
    pt_clearref(&lo->args);
    pt_clearref(&lo->kwargs);
    return 0;
}

static void local_dealloc(PtObject *o) {
    PtLocal *lo = (PtLocal *)o;
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    if (lo->key != NULL) {
        // Drop this object's dict in every thread (with the GIL: no thread
        // state can go away meanwhile).
        PtObject *exc = pt_err_fetch();
        for (PtThreadState *ts = pt_interp()->threads; ts != NULL; ts = ts->next) {
            PtObject *old = NULL;
            if (ts->dict != NULL && pt_dict_pop(ts->dict, lo->key, &old) != 0) {
                pt_xdecref(old);
                pt_err_clear();
            }
        }
        pt_err_restore(exc);
    }
    local_clear(o);
    pt_clearref(&lo->key);
    pt_object_free(o, sizeof(PtLocal));
}

static int is_dict_name(PtObject *name) {
    size_t n;
    const char *s = pt_is_str(name) ? pt_str_ascii(name, &n) : NULL;
    return s != NULL && n == 8 && memcmp(s, "__dict__", 8) == 0;
}

static PtObject *local_getattro(PtObject *self, PtObject *name) {
    PtObject *d = local_dict(self);
    if (d == NULL) {
        return NULL;
    }
    if (is_dict_name(name)) {
        return pt_newref(d);
    }
    PtType *type = pt_type(self);
    PtObject *descr = pt_type_lookup(type, name);
    PtType *dt = descr != NULL ? pt_type(descr) : NULL;
    if (dt != NULL && dt->descr_get != NULL && dt->descr_set != NULL) {
        return dt->descr_get(descr, self, (PtObject *)type);  // data descriptor
    }
    PtObject *v = NULL;
    pt_incref(d);
    int r = pt_dict_get_ref(d, name, &v);
    pt_decref(d);
    if (r != 0) {
        return v;
    }
    if (descr != NULL) {
        return dt->descr_get != NULL ? dt->descr_get(descr, self, (PtObject *)type) : pt_newref(descr);
    }
    return pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(type), name);
}

static int local_setattro(PtObject *self, PtObject *name, PtObject *value) {
    PtObject *d = local_dict(self);
    if (d == NULL) {
        return -1;
    }
    if (is_dict_name(name)) {
        pt_err_format(pt_exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                      pt_type_name(pt_type(self)));
        return -1;
    }
    PtType *type = pt_type(self);
    PtObject *descr = pt_type_lookup(type, name);
    if (descr != NULL && pt_type(descr)->descr_set != NULL) {
        return pt_type(descr)->descr_set(descr, self, value);
    }
    pt_incref(d);
    int r;
    if (value != NULL) {
        r = pt_dict_set(d, name, value);
    } else {
        r = pt_dict_del(d, name);
        if (r < 0 && pt_err_matches(pt_exc_KeyError)) {
            pt_err_clear();
            pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(type), name);
        }
    }
    pt_decref(d);
    return r;
}

PtType pt_local_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "_thread._local",
    .basicsize = sizeof(PtLocal),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = local_dealloc,
    .traverse = local_traverse,
    .clear = local_clear,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .new_ = local_new,
    .doc = "Thread-local data",
};

// ---- Starting threads ----

// What a new thread needs, handed over from the starting thread.
typedef struct Boot {
    PtObject *func, *args, *kwargs;  // strong references; kwargs may be NULL
    PtThreadState *ts;
} Boot;

// Write `text` to sys.stderr (best effort; nothing is raised).
static void write_stderr(PtObject *text) {
    PtObject *sys = pt_import("sys");
    PtObject *err = sys != NULL ? pt_object_getattr_str(sys, "stderr") : NULL;
    PtObject *r = err != NULL && err != pt_None ? pt_object_call_method_str(err, "write", &text, 1) : NULL;
    pt_xdecref(r);
    pt_xdecref(err);
    pt_xdecref(sys);
    pt_err_clear();
}

// The function of a thread started with start_new_thread() raised: report
// it as CPython does ("Exception ignored in thread started by: ...").
static void report_thread_error(PtObject *func) {
    PtObject *exc = pt_err_fetch();
    if (pt_err_given_matches(exc, pt_exc_SystemExit)) {
        pt_decref(exc);  // a thread may end itself with SystemExit, silently
        return;
    }
    PtObject *msg = pt_str_format("Exception ignored in thread started by: %R\n", func);
    if (msg == NULL) {
        pt_err_clear();
    } else {
        write_stderr(msg);
        pt_decref(msg);
    }
    pt_err_display(exc);
    pt_decref(exc);
}

static void *thread_main(void *arg) {
    Boot *boot = arg;
    PtThreadState *ts = boot->ts;
    pt_gil_acquire(ts);  // from here on this thread may touch objects
    ts->thread_id = pt_os_thread_ident();
    PtObject *r = pt_object_call_tuple_dict(boot->func, boot->args, boot->kwargs);
    if (r == NULL) {
        report_thread_error(boot->func);
    }
    pt_xdecref(r);
    pt_decref(boot->func);
    pt_decref(boot->args);
    pt_xdecref(boot->kwargs);
    pt_raw_free(boot);
    if (thread_sentinel != NULL) {
        // join() may return now (it runs once this thread drops the GIL).
        PtLock *lk = (PtLock *)thread_sentinel;
        if (lk->core.locked) {
            core_release(&lk->core);
        }
        pt_clearref(&thread_sentinel);
    }
    pt_gil_exit_thread(ts);
    return NULL;
}

static PtObject *thread_start_new_thread(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("start_new_thread", nargs, 2, 3) < 0) {
        return NULL;
    }
    PtObject *func = args[0], *fargs = args[1], *kwargs = nargs > 2 ? args[2] : NULL;
    if (!pt_callable_check(func)) {
        return pt_err_set_string(pt_exc_TypeError, "first arg must be callable");
    }
    if (!pt_is_tuple(fargs)) {
        return pt_err_set_string(pt_exc_TypeError, "2nd arg must be a tuple");
    }
    if (kwargs != NULL && !pt_is_dict(kwargs)) {
        return pt_err_set_string(pt_exc_TypeError, "optional 3rd arg must be a dictionary");
    }
    Boot *boot = pt_raw_alloc(sizeof(Boot));
    PtThreadState *ts = boot != NULL ? pt_tstate_new(pt_interp()) : NULL;
    if (ts == NULL) {
        pt_raw_free(boot);
        return pt_err_no_memory();
    }
    boot->func = pt_newref(func);
    boot->args = pt_newref(fargs);
    boot->kwargs = kwargs != NULL ? pt_newref(kwargs) : NULL;
    boot->ts = ts;
    pt_gil_thread_prepare(ts);
    uint64_t ident = 0;
    int err = pt_os_thread_start(thread_main, boot, thread_stack_size, &ident);
    if (err != 0) {
        pt_tstate_delete(ts);
        pt_decref(boot->func);
        pt_decref(boot->args);
        pt_xdecref(boot->kwargs);
        pt_raw_free(boot);
        return pt_err_set_string(pt_exc_RuntimeError, "can't start new thread");
    }
    // The new thread cannot finish before this one lets go of the GIL, so
    // counting it now keeps _count() exact.
    pt_gil_thread_started();
    return pt_int_from_u64(ident);
}

static PtObject *thread_allocate_lock(PtObject *self, PtObject *unused) { return lock_new_object(); }

static PtObject *thread_get_ident(PtObject *self, PtObject *unused) { return pt_int_from_u64(pt_os_thread_ident()); }

static PtObject *thread_get_native_id(PtObject *self, PtObject *unused) {
    return pt_int_from_u64(pt_os_thread_native_id());
}

static PtObject *thread_count(PtObject *self, PtObject *unused) { return pt_int_from_i64(pt_gil_thread_count()); }

static PtObject *thread_exit(PtObject *self, PtObject *unused) {
    return pt_err_set_object(pt_exc_SystemExit, NULL);
}

// stack_size([size]): the old size; 0 means the system default.
static PtObject *thread_stack_size_fn(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("stack_size", nargs, 0, 1) < 0) {
        return NULL;
    }
    size_t old = thread_stack_size;
    if (nargs == 1) {
        pt_ssize size = pt_number_as_ssize(args[0], NULL);
        if (size == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (size != 0 && (size < 32768 || (size_t)size < pt_os_thread_min_stack())) {
            return pt_err_format(pt_exc_ValueError, "size not valid: %zd bytes", size);
        }
        if (size < 0) {
            return pt_err_format(pt_exc_ValueError, "size must be 0 or a positive value");
        }
        thread_stack_size = (size_t)size;
    }
    return pt_int_from_u64(old);
}

// interrupt_main(signum=SIGINT): as if the main thread received `signum`.
static PtObject *thread_interrupt_main(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"signum", NULL};
    int signum = SIGINT;
    if (pt_parse_args(args, nargs, kwnames, "|i:interrupt_main", kwlist, &signum) < 0) {
        return NULL;
    }
    if (signum < 1 || signum >= PT_NSIG) {
        return pt_err_set_string(pt_exc_ValueError, "signal number out of range");
    }
    pt_signal_trip(signum);
    return pt_newref(pt_None);
}

static PtObject *thread_daemon_threads_allowed(PtObject *self, PtObject *unused) { return pt_newref(pt_True); }

// _set_sentinel(): a lock held by the calling thread until it ends.
static PtObject *thread_set_sentinel(PtObject *self, PtObject *unused) {
    PtObject *lk = lock_new_object();
    if (lk == NULL) {
        return NULL;
    }
    ((PtLock *)lk)->core.locked = 1;
    if (thread_sentinel != NULL) {
        // Set twice in one thread: the old one is released, as it was replaced.
        core_release(&((PtLock *)thread_sentinel)->core);
    }
    pt_setref(&thread_sentinel, pt_newref(lk));
    return lk;
}

// _set_name(name): the calling thread's name in the GIL statistics.
static PtObject *thread_set_name(PtObject *self, PtObject *name) {
    if (!pt_is_str(name)) {
        return pt_err_format(pt_exc_TypeError, "name must be str, not %T", name);
    }
    char buf[64];
    pt_str_to_utf8_buf(name, buf, sizeof buf);
    pt_gil_set_name(pt_tstate(), buf);
    return pt_newref(pt_None);
}

static const PtMethodDef thread_methods[] = {
    {"start_new_thread", PT_FN(thread_start_new_thread), PT_METH_FAST,
     "Start a new thread running function(*args, **kwargs) and return its identifier."},
    {"start_new", PT_FN(thread_start_new_thread), PT_METH_FAST, NULL},
    {"allocate_lock", PT_FN(thread_allocate_lock), PT_METH_NOARGS, "Create a new lock object."},
    {"allocate", PT_FN(thread_allocate_lock), PT_METH_NOARGS, NULL},
    {"get_ident", PT_FN(thread_get_ident), PT_METH_NOARGS, "The identifier of the current thread."},
    {"get_native_id", PT_FN(thread_get_native_id), PT_METH_NOARGS, "The kernel's id of the current thread."},
    {"_count", PT_FN(thread_count), PT_METH_NOARGS, NULL},
    {"exit", PT_FN(thread_exit), PT_METH_NOARGS, "Raise SystemExit: end the calling thread."},
    {"exit_thread", PT_FN(thread_exit), PT_METH_NOARGS, NULL},
    {"stack_size", PT_FN(thread_stack_size_fn), PT_METH_FAST, NULL},
    {"interrupt_main", PT_FN(thread_interrupt_main), PT_METH_FASTKW, NULL},
    {"daemon_threads_allowed", PT_FN(thread_daemon_threads_allowed), PT_METH_NOARGS, NULL},
    {"_set_sentinel", PT_FN(thread_set_sentinel), PT_METH_NOARGS, NULL},
    {"_set_name", PT_FN(thread_set_name), PT_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static int thread_exec(PtObject *m) {
    PtObject *tmax = pt_float_new(TIMEOUT_MAX_SECS);
    if (tmax == NULL || pt_module_add(m, "TIMEOUT_MAX", tmax) < 0) {
        pt_xdecref(tmax);
        return -1;
    }
    pt_decref(tmax);
    if (pt_type_ready(&pt_lock_type) < 0 || pt_module_add(m, "LockType", (PtObject *)&pt_lock_type) < 0 ||
        pt_module_add(m, "lock", (PtObject *)&pt_lock_type) < 0 || pt_type_ready(&pt_rlock_type) < 0 || pt_module_add(m, "RLock", (PtObject *)&pt_rlock_type) < 0 ||
        pt_type_ready(&pt_local_type) < 0 || pt_module_add(m, "_local", (PtObject *)&pt_local_type) < 0 ||
        pt_module_add(m, "error", pt_exc_RuntimeError) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_thread_def = {
    .name = "_thread",
    .doc = "Low-level threads: start_new_thread, locks, thread-local data.",
    .methods = thread_methods,
    .exec = thread_exec,
};
