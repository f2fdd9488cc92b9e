// src/vm/state.c: the interpreter state, thread states, the data stack, recursion guards.
//
// There is one PtInterp per process (a static object) and one PtThreadState per
// thread that runs Python code; pt_tstate() is a C11 _Thread_local pointer.
// Frames are carved from per-thread chunks (the data stack): a push is a
// pointer bump in the common case, a new chunk is taken only at a boundary
// (one spare chunk is kept so a call loop that straddles a boundary does not
// allocate every time). Recursion is counted in ts->recursion_depth (Python
// frames plus C entries, as CPython 3.11 counts them) and the C stack is
// guarded by address. See docs/internals/eval.md.
#include <string.h>
#include "pith/errors.h"  // pt_err_format, pt_exc_RecursionError
#include "pith/mem.h"     // pt_raw_alloc, pt_raw_free
#include "os/stack.h"     // pt_os_stack_low
#include "vm/state.h"     // PtInterp, PtThreadState

// The one interpreter state. Protected by the GIL (fields are set at start-up
// by src/vm/lifecycle.c and read by every thread).
static PtInterp interp_main;
static int interp_ready;  // protected by the GIL (set once at start-up)

_Thread_local PtThreadState *pt_tstate_current;

// Words in a data-stack chunk (a frame larger than this gets a chunk of its own).
#define PT_DATACHUNK_WORDS (16 * 1024 - 8)
// Bytes kept free at the end of the C stack for error handling itself.
#define PT_C_STACK_MARGIN ((size_t)256 * 1024)

PtInterp *pt_interp(void) { return &interp_main; }

PtThreadState *pt_tstate(void) { return pt_tstate_current; }

int pt_state_init(void) {
    if (!interp_ready) {
        interp_main.recursion_limit = 1000;
        atomic_store(&interp_main.eval_breaker, 0);
        interp_ready = 1;
    }
    if (pt_tstate_current == NULL) {
        PtThreadState *ts = pt_tstate_new(&interp_main);
        if (ts == NULL) {
            return -1;
        }
        pt_tstate_set_current(ts);
    }
    return 0;
}

PtThreadState *pt_tstate_new(PtInterp *interp) {
    PtThreadState *ts = pt_raw_alloc_zero(sizeof(PtThreadState));
    if (ts == NULL) {
        return NULL;
    }
    ts->interp = interp;
    ts->exc_info = &ts->exc_base;
    ts->next = interp->threads;
    interp->threads = ts;
    return ts;
}

void pt_tstate_set_stack(PtThreadState *ts, void *base, size_t size) {
    // Keep a margin for the C code that runs between two checks.
    size_t margin = size / 8 > 256 * 1024 ? 256 * 1024 : size / 8;
    ts->c_stack_limit = (char *)base - (size - margin);
}

void pt_tstate_set_current(PtThreadState *ts) {
    pt_tstate_current = ts;
    if (ts != NULL && ts->c_stack_limit == NULL) {
        ts->c_stack_limit = (char *)(pt_os_stack_low() + PT_C_STACK_MARGIN);
    }
}

void pt_tstate_delete(PtThreadState *ts) {
    PtInterp *interp = ts->interp;
    PtThreadState **pp = &interp->threads;
    while (*pp != NULL && *pp != ts) {
        pp = &(*pp)->next;
    }
    if (*pp == ts) {
        *pp = ts->next;
    }
    pt_xdecref(ts->curexc);
    pt_xdecref(ts->exc_base.exc);
    pt_xdecref(ts->async_exc);
    pt_xdecref(ts->dict);
    if (ts->c_tracefunc != NULL) {
        interp->trace_threads--;  // the eval loop drops line tracing when none are left
    }
    pt_xdecref(ts->c_tracefunc);
    pt_xdecref(ts->c_profilefunc);
    while (ts->ds_chunk != NULL) {
        PtDataChunk *c = ts->ds_chunk;
        ts->ds_chunk = c->prev;
        pt_raw_free(c);
    }
    if (ts->ds_spare != NULL) {
        pt_raw_free(ts->ds_spare);
    }
    if (pt_tstate_current == ts) {
        pt_tstate_current = NULL;
    }
    pt_raw_free(ts);
}

// ---- Eval breaker ----

void pt_eval_breaker_set(uint32_t bit) { atomic_fetch_or(&interp_main.eval_breaker, bit); }

void pt_eval_breaker_clear(uint32_t bit) { atomic_fetch_and(&interp_main.eval_breaker, ~bit); }

// ---- Recursion ----

int pt_c_stack_check(void) {
    char here;
    PtThreadState *ts = pt_tstate_current;
    if (ts != NULL && (char *)&here < ts->c_stack_limit) {
        pt_err_set_string(pt_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

int pt_recursion_enter(const char *where) {
    PtThreadState *ts = pt_tstate_current;
    char here;
    if (ts == NULL) {
        return 0;
    }
    if ((char *)&here < ts->c_stack_limit) {
        pt_err_format(pt_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    // Allow some headroom while a RecursionError is being reported, so that
    // the handlers that print it can still call a few functions.
    int limit = ts->interp->recursion_limit + (ts->recursion_headroom ? 50 : 0);
    if (++ts->recursion_depth > limit) {
        ts->recursion_depth--;
        if (!ts->recursion_headroom) {
            ts->recursion_headroom = 1;
            pt_err_format(pt_exc_RecursionError, "maximum recursion depth exceeded%s", where);
            ts->recursion_headroom = 0;
        } else {
            pt_err_format(pt_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        }
        return -1;
    }
    return 0;
}

void pt_recursion_leave(void) {
    PtThreadState *ts = pt_tstate_current;
    if (ts != NULL) {
        ts->recursion_depth--;
    }
}

// ---- The data stack ----

static PtObject **datastack_grow(PtThreadState *ts, size_t nwords) {
    size_t words = nwords > PT_DATACHUNK_WORDS ? nwords : PT_DATACHUNK_WORDS;
    PtDataChunk *c = NULL;
    if (ts->ds_spare != NULL && ts->ds_spare->size >= words) {
        c = ts->ds_spare;
        ts->ds_spare = NULL;
    } else {
        c = pt_raw_alloc(sizeof(PtDataChunk) + words * sizeof(PtObject *));
        if (c == NULL) {
            return NULL;
        }
        c->size = words;
    }
    c->prev = ts->ds_chunk;
    c->saved_top = ts->ds_top;
    ts->ds_chunk = c;
    ts->ds_top = c->data + nwords;
    ts->ds_limit = c->data + c->size;
    return c->data;
}

PtObject **pt_datastack_push(PtThreadState *ts, size_t nwords) {
    PtObject **base = ts->ds_top;
    if (base != NULL && (size_t)(ts->ds_limit - base) >= nwords) {
        ts->ds_top = base + nwords;
        return base;
    }
    return datastack_grow(ts, nwords);
}

void pt_datastack_pop(PtThreadState *ts, PtObject **base) {
    PtDataChunk *c = ts->ds_chunk;
    if (c != NULL && base == c->data) {
        // The frame opened this chunk: go back to the previous one.
        ts->ds_chunk = c->prev;
        ts->ds_top = c->saved_top;
        ts->ds_limit = c->prev != NULL ? c->prev->data + c->prev->size : NULL;
        if (ts->ds_spare == NULL) {
            ts->ds_spare = c;
        } else if (ts->ds_spare->size < c->size) {
            pt_raw_free(ts->ds_spare);
            ts->ds_spare = c;
        } else {
            pt_raw_free(c);
        }
        return;
    }
    ts->ds_top = base;
}

// ---- Handled exceptions ----

PtObject *pt_tstate_handled_exc(PtThreadState *ts) {
    for (PtExcStackItem *it = ts->exc_info; it != NULL; it = it->prev) {
        if (it->exc != NULL && it->exc != pt_None) {
            return it->exc;
        }
    }
    return NULL;
}
