// src/os/thread.h: OS threads, mutexes, condition variables and a timed
// binary semaphore, over pthreads.
//
// The rest of pith never includes <pthread.h> or <semaphore.h> itself: the
// GIL (src/vm/gil.c) and the _thread module (src/modules/mod_thread.c) use the
// types and calls below. None of these functions touches a Python object or
// needs the GIL; none raises. Failures are reported as an errno value.
//
// Threads started here block the asynchronous signals (SIGINT, SIGALRM,
// SIGTERM, ...) so that the kernel always delivers them to the main thread:
// that is the thread whose blocking system call must be interrupted (EINTR)
// to run the Python-level handler at once. See docs/internals/threads.md.
#ifndef PT_OS_THREAD_H
#define PT_OS_THREAD_H

#include <pthread.h>
#include <semaphore.h>
#include <stddef.h>
#include <stdint.h>

typedef pthread_mutex_t PtOsMutex;
typedef pthread_cond_t PtOsCond;  // waits use CLOCK_MONOTONIC (see pt_os_cond_init)
typedef sem_t PtOsSem;

// ---- Time ----

// CLOCK_MONOTONIC in nanoseconds.
int64_t pt_os_monotonic_ns(void);

// ---- Threads ----

// Start a detached thread running fn(arg) (its result is ignored) with a stack
// of `stack_size` bytes (0: the system default), with the asynchronous signals
// blocked; *ident receives its identity (pt_os_thread_ident() inside it).
// 0, or an errno value (EAGAIN: too many threads).
int pt_os_thread_start(void *(*fn)(void *), void *arg, size_t stack_size, uint64_t *ident);
// The calling thread's pthread identity (what _thread.get_ident() returns).
uint64_t pt_os_thread_ident(void);
// The kernel's thread id (gettid), what _thread.get_native_id() returns.
uint64_t pt_os_thread_native_id(void);
// End the calling thread now (used only for daemon threads at shutdown).
_Noreturn void pt_os_thread_exit(void);
// Smallest stack size pthreads accepts (PTHREAD_STACK_MIN).
size_t pt_os_thread_min_stack(void);

// ---- Mutexes and condition variables ----

void pt_os_mutex_init(PtOsMutex *m);
void pt_os_mutex_lock(PtOsMutex *m);
void pt_os_mutex_unlock(PtOsMutex *m);
void pt_os_cond_init(PtOsCond *c);
void pt_os_cond_signal(PtOsCond *c);
void pt_os_cond_broadcast(PtOsCond *c);
// Wait on `c` (with `m` held) until signalled or until the CLOCK_MONOTONIC
// time `deadline_ns` (< 0: no deadline). 0 when woken (possibly spuriously),
// ETIMEDOUT when the deadline passed.
int pt_os_cond_wait_until(PtOsCond *c, PtOsMutex *m, int64_t deadline_ns);

// ---- Semaphores ----

void pt_os_sem_init(PtOsSem *s, unsigned value);
void pt_os_sem_destroy(PtOsSem *s);
void pt_os_sem_post(PtOsSem *s);
// Decrement `s`, waiting until the CLOCK_MONOTONIC time `deadline_ns` at the
// latest (< 0: no deadline). 0 when decremented, ETIMEDOUT, or EINTR when a
// signal handler ran (the caller checks for Python signal handlers).
int pt_os_sem_wait_until(PtOsSem *s, int64_t deadline_ns);

#endif  // PT_OS_THREAD_H
