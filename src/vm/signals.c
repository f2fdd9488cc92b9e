// src/vm/signals.c: turning OS signals into Python exceptions and handlers.
//
// The C handler only records the signal and sets the SIGNALS bit of the eval
// breaker; the main thread notices at its next check (function entry,
// backward jump, after a C call, or when a blocking call is interrupted) and
// runs pt_check_signals. For SIGINT with the default handler that raises
// KeyboardInterrupt, as CPython's default_int_handler does. Python-level
// handlers (signal.signal) are stored by the signal module through
// pt_signal_set_handler and called here.
//
// Guards: tests/golden/threads/signals_*, tests/stress/.
#include <signal.h>
#include <string.h>

#include "pith.h"         // the object API
#include "vm/signals.h"   // declarations
#include "vm/state.h"     // pt_eval_breaker_set

#define NSIG_MAX 65

static volatile sig_atomic_t tripped[NSIG_MAX];
static volatile sig_atomic_t any_tripped;
static PtObject *handlers[NSIG_MAX];  // Python handlers (strong), protected by the GIL
static PtThreadState *main_ts;

static void c_handler(int sig) {
    if (sig > 0 && sig < NSIG_MAX) {
        tripped[sig] = 1;
        any_tripped = 1;
        pt_eval_breaker_set(PT_EB_SIGNALS);
    }
}

int pt_signals_init(PtThreadState *ts) {
    main_ts = ts;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c_handler;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: blocking calls return EINTR so the handler runs promptly.
    if (sigaction(SIGINT, &sa, NULL) < 0) {
        return -1;
    }
    signal(SIGPIPE, SIG_IGN);  // write errors become BrokenPipeError, as in CPython
    return 0;
}

int pt_signal_install_c_handler(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c_handler;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

void pt_signal_set_handler(int sig, PtObject *handler) {
    if (sig > 0 && sig < NSIG_MAX) {
        pt_xincref(handler);
        pt_setref(&handlers[sig], handler);
    }
}

PtObject *pt_signal_get_handler(int sig) { return sig > 0 && sig < NSIG_MAX ? handlers[sig] : NULL; }

void pt_signal_trip(int sig) { c_handler(sig); }

int pt_check_signals(void) {
    if (!any_tripped || pt_tstate() != main_ts) {
        return 0;
    }
    any_tripped = 0;
    for (int sig = 1; sig < NSIG_MAX; sig++) {
        if (!tripped[sig]) {
            continue;
        }
        tripped[sig] = 0;
        PtObject *h = handlers[sig];
        if (h == NULL) {
            if (sig == SIGINT) {
                pt_err_set_object(pt_exc_KeyboardInterrupt, NULL);
                return -1;
            }
            continue;
        }
        PtObject *num = pt_int_from_i64(sig);
        pt_incref(h);
        PtObject *r = num != NULL ? pt_object_call2(h, num, pt_None) : NULL;
        pt_decref(h);
        pt_xdecref(num);
        if (r == NULL) {
            // Leave the other tripped signals for the next check.
            for (int s = sig + 1; s < NSIG_MAX; s++) {
                if (tripped[s]) {
                    any_tripped = 1;
                    pt_eval_breaker_set(PT_EB_SIGNALS);
                }
            }
            return -1;
        }
        pt_decref(r);
    }
    return 0;
}
