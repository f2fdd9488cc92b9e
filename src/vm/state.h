// src/vm/state.h: the interpreter state (one per runtime) and thread states.
//
// PtInterp holds what is global to the runtime: the builtins dict, sys.modules,
// the sys module's dict, the recursion limit, the eval-breaker word and the
// list of thread states. PtThreadState holds what is per OS thread: the
// current (raised) exception, the stack of handled exceptions (sys.exc_info,
// bare `raise`, __context__), the running frame chain, the per-thread data
// stack that frames are carved from, and the recursion counters.
//
// Invariants:
// - pt_tstate() is the state of the calling thread; it is NULL only on threads
//   that hold no runtime state (before pt_init, or foreign threads).
// - ts->curexc is an exception instance or NULL; failure is returned iff it is
//   set (see include/pith/errors.h).
// - ts->exc_info is never NULL: it points to ts->exc_base or to the exc_state
//   of a running generator, whose `prev` links down to exc_base.
// - The data stack: frames are pushed and popped in LIFO order inside chunks;
//   ts->ds_top is the first free word of the current chunk.
// See docs/internals/eval.md and docs/internals/errors.md.
#ifndef PT_VM_STATE_H
#define PT_VM_STATE_H

#ifndef PT_CORE
#error "src/vm/state.h is internal to the pith core"
#endif

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "pith/object.h"  // PtObject

typedef struct PtFrame PtFrame;
typedef struct PtThreadState PtThreadState;

// Bits of the eval-breaker word, checked at function entry, backward jumps
// and after calls into C.
enum {
    PT_EB_GIL_DROP = 1u << 0,   // another thread asked for the GIL
    PT_EB_SIGNALS = 1u << 1,    // pending signals / pending calls: pt_check_signals()
    PT_EB_GC = 1u << 2,         // a collection is scheduled: interp->gc_hook()
    PT_EB_ASYNC_EXC = 1u << 3,  // some thread has an async exception pending
};

// One entry of the handled-exception stack (CPython's _PyErr_StackItem).
// `exc` is the exception being handled (an instance) or NULL/None for none.
typedef struct PtExcStackItem {
    PtObject *exc;
    struct PtExcStackItem *prev;
} PtExcStackItem;

// A chunk of the per-thread data stack: frames live here, not on the heap.
typedef struct PtDataChunk {
    struct PtDataChunk *prev;
    size_t size;                // in words, data[] included
    PtObject **saved_top;       // ds_top of the previous chunk when this one was pushed
    PtObject *data[];
} PtDataChunk;

typedef struct PtInterp {
    PtObject *builtins;       // dict: the builtins module's namespace
    PtObject *builtins_mod;   // the builtins module
    PtObject *modules;        // dict: sys.modules
    PtObject *sysdict;        // dict: the sys module's namespace
    PtObject *importlib;      // optional, the lead's
    int recursion_limit;      // sys.getrecursionlimit(), default 1000
    _Atomic uint32_t eval_breaker;
    // Called by the eval loop when PT_EB_GC is set (clear the bit yourself). 0 or -1.
    int (*gc_hook)(void);
    // Called when PT_EB_GIL_DROP is set: drop and retake the GIL.
    void (*gil_drop_hook)(PtThreadState *ts);
    PtThreadState *threads;   // all thread states (linked by ->next)
    PtObject *memory_error;   // the preallocated MemoryError instance
    PtObject *recursion_error_msg;  // unused spare
    void *lead;               // free slot for the lifecycle code
    int trace_threads;        // threads with a sys.settrace function (line events on)
} PtInterp;

struct PtThreadState {
    PtInterp *interp;
    PtThreadState *next;
    PtObject *curexc;          // the raised exception, or NULL
    PtExcStackItem *exc_info;  // top of the handled-exception stack
    PtExcStackItem exc_base;
    PtFrame *frame;            // the innermost running Python frame, or NULL
    // The data stack.
    PtDataChunk *ds_chunk;
    PtObject **ds_top, **ds_limit;
    PtDataChunk *ds_spare;     // one free chunk kept to avoid churn at a boundary
    // Recursion: Python frames plus C entries, as CPython 3.11 counts them.
    int recursion_depth;
    int recursion_headroom;    // > 0 while reporting a RecursionError
    char *c_stack_limit;       // lowest safe address of the C stack
    PtObject *async_exc;       // pending asynchronous exception (threading)
    uint64_t thread_id;
    void *gil_data;            // free slot for the GIL code
    PtObject *dict;            // per-thread dict (thread-local storage), or NULL
    // sys.settrace / sys.setprofile (src/vm/eval.c): strong references or NULL.
    PtObject *c_tracefunc, *c_profilefunc;
    int tracing;               // > 0 while a trace or profile function runs: no events
    int use_tracing;           // c_tracefunc or c_profilefunc is set: the VM reports events
};

// The runtime's interpreter state (never NULL after pt_state_init).
PtInterp *pt_interp(void);
// The calling thread's state (NULL if none).
PtThreadState *pt_tstate(void);
extern _Thread_local PtThreadState *pt_tstate_current;
static inline PtThreadState *pt_tstate_fast(void) { return pt_tstate_current; }

// Create the interpreter state and the main thread's state and make it current. 0 or -1.
int pt_state_init(void);
// A new thread state for `interp`, linked into its list, not yet current. NULL if out of memory.
PtThreadState *pt_tstate_new(PtInterp *interp);
// Make `ts` current for the calling thread (NULL detaches). Also sets the C stack limit
// from the address of a local (the caller should be near the thread's stack base).
void pt_tstate_set_current(PtThreadState *ts);
// Set the C stack bounds for the current thread explicitly (base: highest address).
void pt_tstate_set_stack(PtThreadState *ts, void *base, size_t size);
// Unlink `ts` from the interpreter and free it (it must not be current or running).
void pt_tstate_delete(PtThreadState *ts);

// Eval breaker.
void pt_eval_breaker_set(uint32_t bit);
void pt_eval_breaker_clear(uint32_t bit);

// Recursion guard for C code that calls back into Python or recurses on
// nested data (repr of nested lists, ==, pickling). 0, or -1 with
// RecursionError "maximum recursion depth exceeded<where>". Pair with
// pt_recursion_leave() on success only.
int pt_recursion_enter(const char *where);
void pt_recursion_leave(void);
// The C-stack check alone: -1 with RecursionError if the C stack is nearly full.
int pt_c_stack_check(void);
// The same test inline, without setting anything: is the C stack below
// `ts`'s safe limit still free?
static inline int pt_c_stack_ok(const PtThreadState *ts) {
    char here;
    return (char *)&here >= ts->c_stack_limit;
}

// Data stack: push `nwords` zero-uninitialised words for a frame. NULL if out of memory
// (no exception set). Pop must be given the pointer the push returned.
PtObject **pt_datastack_push(PtThreadState *ts, size_t nwords);
void pt_datastack_pop(PtThreadState *ts, PtObject **base);

// The exception currently being handled (sys.exc_info()[1]); borrowed, NULL if none.
PtObject *pt_tstate_handled_exc(PtThreadState *ts);

#endif  // PT_VM_STATE_H
