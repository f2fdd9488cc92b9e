// src/vm/signals.h: signal delivery to the main thread (see signals.c).
//
// For each signal number the table keeps the Python-visible handler: NULL
// ("not set from Python": for SIGINT that means default_int_handler, i.e.
// KeyboardInterrupt), a callable, or the int SIG_DFL / SIG_IGN. Only the
// main thread runs handlers; other threads leave pending signals to it.
#ifndef PT_VM_SIGNALS_H
#define PT_VM_SIGNALS_H

#ifndef PT_CORE
#error "src/vm/signals.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject
#include "vm/state.h"     // PtThreadState

// Highest signal number + 1 that pith tracks (Linux NSIG).
#define PT_NSIG 65

// Start-up: `ts` is the main thread; install the SIGINT handler. 0 or -1.
int pt_signals_init(PtThreadState *ts);
// In the child after fork(): `ts` (the forking thread) is the main thread now.
void pt_signals_after_fork(PtThreadState *ts);
// 1 if the calling thread is the main thread (the one that runs handlers).
int pt_signals_is_main_thread(void);
// 1 if a signal arrived whose Python handler has not run yet. Safe to call
// without the GIL (a lock wait uses it to decide whether to wake up).
int pt_signals_pending(void);

// Route signal `sig` through pith's C handler (signal.signal with a callable). 0 or -1 (errno).
int pt_signal_install_c_handler(int sig);
// Store the Python-visible handler of `sig` (not stolen; NULL: not set from Python).
void pt_signal_set_handler(int sig, PtObject *handler);
// Borrowed: the stored handler of `sig`, or NULL.
PtObject *pt_signal_get_handler(int sig);
// Mark `sig` as received, as the C handler does (signal.raise_signal, interrupt_main).
void pt_signal_trip(int sig);
// signal.set_wakeup_fd: the C handler writes the signal number (one byte) to
// `fd` (-1: none). Returns the previous descriptor.
int pt_signal_set_wakeup_fd(int fd);

#endif  // PT_VM_SIGNALS_H
