// src/os/thread.c: pthread wrappers (threads, mutexes, conditions, semaphores).
//
// Every wait takes an absolute CLOCK_MONOTONIC deadline in nanoseconds, so a
// caller that loops (to run signal handlers, or after a spurious wake-up)
// never stretches its timeout, and a change of the wall clock never shortens
// or lengthens one. Condition variables are created with the monotonic clock;
// semaphores wait with sem_clockwait.
//
// A mutex or condition call that fails here is a broken invariant (an
// uninitialised or destroyed object), never something a user can cause, so
// the results of lock/unlock are not checked.
//
// Guards: tests/golden/threads/, tests/stress/threads_*.py.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "os/thread.h"  // declarations

// ---- Time ----

int64_t pt_os_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static struct timespec to_timespec(int64_t ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ns / 1000000000);
    ts.tv_nsec = (long)(ns % 1000000000);
    return ts;
}

// ---- Threads ----

// The signals a worker thread leaves to the main thread. Synchronous ones
// (SIGSEGV, SIGFPE, SIGBUS, SIGILL, SIGTRAP, SIGABRT) must stay deliverable to
// the thread that caused them.
static void async_signal_set(sigset_t *set) {
    sigfillset(set);
    sigdelset(set, SIGSEGV);
    sigdelset(set, SIGFPE);
    sigdelset(set, SIGBUS);
    sigdelset(set, SIGILL);
    sigdelset(set, SIGTRAP);
    sigdelset(set, SIGABRT);
}

int pt_os_thread_start(void *(*fn)(void *), void *arg, size_t stack_size, uint64_t *ident) {
    pthread_attr_t attr;
    int r = pthread_attr_init(&attr);
    if (r != 0) {
        return r;
    }
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size != 0 && (r = pthread_attr_setstacksize(&attr, stack_size)) != 0) {
        pthread_attr_destroy(&attr);
        return r;
    }
    // The new thread inherits the mask in force when it is created: block the
    // asynchronous signals around pthread_create, then restore ours.
    sigset_t block, old;
    async_signal_set(&block);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    pthread_t tid;
    r = pthread_create(&tid, &attr, fn, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (r == 0) {
        *ident = (uint64_t)tid;
    }
    return r;
}

uint64_t pt_os_thread_ident(void) { return (uint64_t)pthread_self(); }

uint64_t pt_os_thread_native_id(void) { return (uint64_t)syscall(SYS_gettid); }

_Noreturn void pt_os_thread_exit(void) { pthread_exit(NULL); }

size_t pt_os_thread_min_stack(void) { return (size_t)PTHREAD_STACK_MIN; }

// ---- Mutexes and condition variables ----

void pt_os_mutex_init(PtOsMutex *m) { pthread_mutex_init(m, NULL); }

void pt_os_mutex_lock(PtOsMutex *m) { pthread_mutex_lock(m); }

void pt_os_mutex_unlock(PtOsMutex *m) { pthread_mutex_unlock(m); }

void pt_os_cond_init(PtOsCond *c) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(c, &attr);
    pthread_condattr_destroy(&attr);
}

void pt_os_cond_signal(PtOsCond *c) { pthread_cond_signal(c); }

void pt_os_cond_broadcast(PtOsCond *c) { pthread_cond_broadcast(c); }

int pt_os_cond_wait_until(PtOsCond *c, PtOsMutex *m, int64_t deadline_ns) {
    if (deadline_ns < 0) {
        return pthread_cond_wait(c, m);
    }
    struct timespec ts = to_timespec(deadline_ns);
    return pthread_cond_timedwait(c, m, &ts);
}

// ---- Semaphores ----

void pt_os_sem_init(PtOsSem *s, unsigned value) { sem_init(s, 0, value); }

void pt_os_sem_destroy(PtOsSem *s) { sem_destroy(s); }

void pt_os_sem_post(PtOsSem *s) { sem_post(s); }

int pt_os_sem_wait_until(PtOsSem *s, int64_t deadline_ns) {
    int r;
    if (deadline_ns < 0) {
        r = sem_wait(s);
    } else {
        struct timespec ts = to_timespec(deadline_ns);
        r = sem_clockwait(s, CLOCK_MONOTONIC, &ts);
    }
    return r == 0 ? 0 : errno;
}
