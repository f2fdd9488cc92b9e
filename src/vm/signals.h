// src/vm/signals.h: signal delivery to the main thread (see signals.c).
#ifndef PT_VM_SIGNALS_H
#define PT_VM_SIGNALS_H

#ifndef PT_CORE
#error "src/vm/signals.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject
#include "vm/state.h"     // PtThreadState

// Start-up: `ts` is the main thread; install the SIGINT handler. 0 or -1.
int pt_signals_init(PtThreadState *ts);
// Route signal `sig` through pith's C handler (signal.signal with a callable). 0 or -1.
int pt_signal_install_c_handler(int sig);
// The Python handler for `sig` (stolen reference is not taken: a new one is; NULL: default).
void pt_signal_set_handler(int sig, PtObject *handler);
PtObject *pt_signal_get_handler(int sig);  // borrowed or NULL
// Mark `sig` as received (signal.raise_signal, tests).
void pt_signal_trip(int sig);

#endif  // PT_VM_SIGNALS_H
