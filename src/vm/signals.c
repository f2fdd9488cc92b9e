// src/vm/signals.c: turning OS signals into Python exceptions and handlers.
//
// The C handler only records the signal (and writes its number to the wakeup
// descriptor, if one is set) and sets the SIGNALS bit of the eval breaker.
// Threads started by pith block the asynchronous signals (src/os/thread.c),
// so the kernel delivers them to the main thread, whose blocking system call
// (sleep, read, a lock wait) returns EINTR at once; the main thread then runs
// pt_check_signals. For SIGINT with the default handler that raises
// KeyboardInterrupt, as CPython's default_int_handler does. Python-level
// handlers (signal.signal) are stored here by the signal module and called on
// the main thread only.
//
// The eval-breaker word is shared by all threads. A thread other than the
// main one that sees the SIGNALS bit sets it again and goes on: the main
// thread gets the GIL within a switch interval and runs the handlers.
//
// Guards: tests/golden/threads/signal_*.py, tests/stress/threads_ctrl_c.py.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "pith.h"         // the object API
#include "vm/signals.h"   // declarations
#include "vm/state.h"     // pt_eval_breaker_set, pt_tstate

// Written by the C handler, read by any thread: lock-free atomics.
static volatile _Atomic int tripped[PT_NSIG];
static volatile _Atomic int any_tripped;
static volatile _Atomic int wakeup_fd = -1;
// The Python-visible handlers (strong references), protected by the GIL.
static PtObject *handlers[PT_NSIG];
// The main thread: written at start-up and after fork, read under the GIL.
static PtThreadState *main_ts;

static void c_handler(int sig) {
    int saved = errno;  // a handler must not change errno for the code it interrupted
    if (sig > 0 && sig < PT_NSIG) {
        atomic_store(&tripped[sig], 1);
        atomic_store(&any_tripped, 1);
        pt_eval_breaker_set(PT_EB_SIGNALS);
        int fd = atomic_load(&wakeup_fd);
        if (fd >= 0) {
            unsigned char byte = (unsigned char)sig;
            ssize_t r = write(fd, &byte, 1);
            (void)r;  // a full pipe is fine: the reader is behind anyway
        }
    }
    errno = saved;
}

int pt_signals_init(PtThreadState *ts) {
    main_ts = ts;
    if (pt_signal_install_c_handler(SIGINT) < 0) {
        return -1;
    }
    signal(SIGPIPE, SIG_IGN);  // write errors become BrokenPipeError, as in CPython
    signal(SIGXFSZ, SIG_IGN);
    return 0;
}

void pt_signals_after_fork(PtThreadState *ts) { main_ts = ts; }

int pt_signals_is_main_thread(void) { return pt_tstate() == main_ts; }

int pt_signals_pending(void) { return atomic_load(&any_tripped); }

int pt_signal_install_c_handler(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c_handler;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: blocking calls return EINTR so the handler runs promptly.
    return sigaction(sig, &sa, NULL);
}

void pt_signal_set_handler(int sig, PtObject *handler) {
    if (sig > 0 && sig < PT_NSIG) {
        pt_xincref(handler);
        pt_setref(&handlers[sig], handler);
    }
}

PtObject *pt_signal_get_handler(int sig) { return sig > 0 && sig < PT_NSIG ? handlers[sig] : NULL; }

void pt_signal_trip(int sig) { c_handler(sig); }

int pt_signal_set_wakeup_fd(int fd) { return atomic_exchange(&wakeup_fd, fd); }

// Run the handler of one tripped signal. 0 or -1.
static int run_handler(int sig) {
    PtObject *h = handlers[sig];
    if (h == NULL) {
        if (sig == SIGINT) {
            pt_err_set_object(pt_exc_KeyboardInterrupt, NULL);
            return -1;
        }
        return 0;
    }
    if (!pt_callable_check(h)) {
        return 0;  // SIG_DFL / SIG_IGN: only simulated trips get here; nothing to do
    }
    PtObject *num = pt_int_from_i64(sig);
    PtObject *frame = NULL;
    PtObject *sysmod = pt_dict_get_cstr(pt_interp()->modules, "sys");
    if (sysmod != NULL) {
        // The handler's second argument is the interrupted frame.
        frame = pt_object_call_method_str(sysmod, "_getframe", NULL, 0);
        if (frame == NULL) {
            pt_err_clear();
        }
    }
    pt_incref(h);
    PtObject *r = num != NULL ? pt_object_call2(h, num, frame != NULL ? frame : pt_None) : NULL;
    pt_decref(h);
    pt_xdecref(num);
    pt_xdecref(frame);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

int pt_check_signals(void) {
    if (!atomic_load(&any_tripped)) {
        return 0;
    }
    if (pt_tstate() != main_ts) {
        // Leave them to the main thread, and keep the bit set so that it
        // sees them when it next runs.
        pt_eval_breaker_set(PT_EB_SIGNALS);
        return 0;
    }
    atomic_store(&any_tripped, 0);
    for (int sig = 1; sig < PT_NSIG; sig++) {
        if (!atomic_exchange(&tripped[sig], 0)) {
            continue;
        }
        if (run_handler(sig) < 0) {
            // Leave the other tripped signals for the next check.
            for (int s = sig + 1; s < PT_NSIG; s++) {
                if (atomic_load(&tripped[s])) {
                    atomic_store(&any_tripped, 1);
                    pt_eval_breaker_set(PT_EB_SIGNALS);
                }
            }
            return -1;
        }
    }
    return 0;
}
