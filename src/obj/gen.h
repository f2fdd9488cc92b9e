// src/obj/gen.h: generators, coroutines and async generators, internal to the core.
//
// The three kinds share one layout: a PtGen holds its frame inline (the frame's
// localsplus and value stack follow the struct), so a suspended generator is
// one allocation and resuming it needs no copying. While running, the frame is
// linked into the thread's frame chain and the generator's exc_state (the
// exception it is handling, for sys.exc_info) is pushed on the thread's
// handled-exception stack. Resuming calls the eval loop on the frame (one C
// level per active resume, as in CPython 3.11).
//
// Note on layering: generators resume frames, so this object file includes
// VM headers (vm/frame.h, vm/state.h, vm/eval.h), as CPython's genobject.c
// includes its frame internals.
#ifndef PT_OBJ_GEN_H
#define PT_OBJ_GEN_H

#ifndef PT_CORE
#error "src/obj/gen.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject
#include "vm/frame.h"     // PtFrame
#include "vm/state.h"     // PtExcStackItem, PtThreadState

enum { PT_GEN_KIND_GEN = 0, PT_GEN_KIND_CORO = 1, PT_GEN_KIND_ASYNC = 2 };

typedef struct PtGen {
    PtObject ob;
    PtObject *code;      // strong: kept after the frame is cleared (gi_code)
    PtObject *name, *qualname;
    PtObject *ag_finalizer;  // async generators: sys.set_asyncgen_hooks finalizer
    PtExcStackItem exc_state;
    uint32_t frame_words;    // words of `frame` (header + localsplus + stack)
    uint8_t kind;            // PT_GEN_KIND_*
    uint8_t running_async;   // async generators: an asend/athrow is in progress
    uint8_t hooks_inited;    // async generators: firstiter hook called
    uint8_t closed;          // async generators: aclose() started or finished
    PtFrame frame;           // last: followed by its localsplus
} PtGen;

extern PtType pt_generator_type, pt_coroutine_type, pt_async_generator_type;

// Results of pt_gen_send_ex.
enum { PT_GEN_ERROR = -1, PT_GEN_RETURN = 0, PT_GEN_NEXT = 1 };

// Make the kind of generator `f`'s code asks for, moving the thread frame `f`
// (already bound) into it and popping it. New reference or NULL (f is freed).
PtObject *pt_gen_new_from_frame(PtThreadState *ts, PtFrame *f);
// Resume `gen` sending `arg` (borrowed; NULL means None), or raising the
// current exception in it when `exc`. *result: the yielded value (NEXT) or the
// return value (RETURN), new reference; NULL on ERROR.
int pt_gen_send_ex(PtObject *gen, PtObject *arg, int exc, PtObject **result);
// Borrowed: the object `gen` delegates to (yield from / await), or NULL.
PtObject *pt_gen_yf(PtObject *gen);
static inline int pt_is_gen_like(PtObject *v) {
    uint32_t t = pt_tid(v);
    return t == PT_TID_GENERATOR || t == PT_TID_COROUTINE || t == PT_TID_ASYNC_GENERATOR;
}
// The awaitable iterator for `await o` (o.__await__() or o itself). New reference or NULL.
PtObject *pt_coro_get_awaitable_iter(PtObject *o);
// Async generators: wrap a yielded value (ASYNC_GEN_WRAP). New reference or NULL.
PtObject *pt_async_gen_wrap(PtObject *v);
// ag.__anext__() for an exact async generator. New reference or NULL.
PtObject *pt_async_gen_anext(PtObject *ag);
// builtins.anext(aiter, default): the awaitable of aiter.__anext__() that turns
// StopAsyncIteration into StopIteration(default). New reference or NULL.
PtObject *pt_anext_awaitable_new(PtObject *aiter, PtObject *dflt);
// sys.set_asyncgen_hooks / get_asyncgen_hooks storage (borrowed, may be NULL).
void pt_asyncgen_hooks_set(PtObject *firstiter, PtObject *finalizer);
void pt_asyncgen_hooks_get(PtObject **firstiter, PtObject **finalizer);
// Ready the helper types (coroutine_wrapper, async_generator_asend/athrow...). 0 or -1.
int pt_gen_init(void);

#endif  // PT_OBJ_GEN_H
