// include/pith/config.h: every feature and debug knob, each 0 or 1.
//
// Knobs are tested with `#if`, never `#ifdef`; the build uses -Wundef so a
// misspelled knob is a compile error. Override any of them with -DPT_X=1.
#ifndef PT_CONFIG_H
#define PT_CONFIG_H

// Assertions and result checks (debug and asan builds).
#ifndef PT_DEBUG
#define PT_DEBUG 0
#endif

// Run a cycle collection at every container allocation (gcstress build).
#ifndef PT_DEBUG_GC_STRESS
#define PT_DEBUG_GC_STRESS 0
#endif

// Print every instruction as it executes.
#ifndef PT_DEBUG_TRACE_EXEC
#define PT_DEBUG_TRACE_EXEC 0
#endif

// Poison freed blocks and count live blocks and total references.
#ifndef PT_DEBUG_ALLOC
#define PT_DEBUG_ALLOC PT_DEBUG
#endif

#endif // PT_CONFIG_H
