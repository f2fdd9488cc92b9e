// src/vm/frame.h: execution frames and frame objects.
//
// A PtFrame is the state of one running (or suspended) code object: its code,
// function, namespaces, the instruction being run and "localsplus", one
// array holding the fast locals, cells and free variables (co_nlocalsplus
// words) followed by the value stack (co_stacksize words).
//
// Frames are not heap objects. A frame of an ordinary call lives on the
// thread's data stack (src/vm/state.c) and dies when the call returns; a
// generator's frame lives inside the generator object. A Python-visible
// frame object (PtFrameObject, type `frame`) is made only when asked for
// (sys._getframe, tracebacks, gi_frame). While the frame runs, the frame
// object points at it; when the frame finishes while someone still holds
// the frame object, the frame's locals are moved into the frame object
// ("take ownership") and f_back is fixed to the caller's frame object.
//
// Invariants:
// - frame->instr points at the word being executed (or, for a frame that
//   called another frame or yielded, the last word of that instruction):
//   execution resumes at frame->instr + 1.
// - frame->frame_obj, when set, is a strong reference whose ->frame == frame.
// - References held by a frame: code, func, locals, every non-NULL localsplus
//   entry and the stackdepth stack entries (when not running).
// See docs/internals/eval.md.
#ifndef PT_VM_FRAME_H
#define PT_VM_FRAME_H

#ifndef PT_CORE
#error "src/vm/frame.h is internal to the pith core"
#endif

#include <stdint.h>
#include "pith/object.h"  // PtObject
#include "obj/code.h"     // PtCode
#include "vm/state.h"     // PtThreadState

// Who owns the memory of a frame.
enum {
    PT_FRAME_OWNED_BY_THREAD = 0,     // the thread's data stack
    PT_FRAME_OWNED_BY_GENERATOR = 1,  // a generator/coroutine object
    PT_FRAME_OWNED_BY_FRAME_OBJECT = 2,  // a frame object, after the frame finished
};

// Execution state, as seen by generators.
enum {
    PT_FRAME_CREATED = 0,    // no instruction ran yet
    PT_FRAME_SUSPENDED = 1,  // stopped at a YIELD_VALUE
    PT_FRAME_EXECUTING = 2,
    PT_FRAME_COMPLETED = 3,  // returned or raised; locals cleared
};

typedef struct PtFrameObject PtFrameObject;

struct PtFrame {
    PtCode *code;          // strong
    PtObject *func;        // strong: the function being run (never NULL)
    PtObject *globals;     // borrowed from func
    PtObject *builtins;    // borrowed from func
    PtObject *locals;      // strong or NULL: the locals mapping (module, class, exec),
                           // or the f_locals snapshot of an optimized frame
    PtFrame *previous;     // the caller (NULL for a suspended generator)
    PtFrameObject *frame_obj;  // strong or NULL
    const uint32_t *instr;     // see the invariants above
    int32_t stackdepth;    // value-stack entries, valid while not running
    uint8_t owner;         // PT_FRAME_OWNED_BY_*
    uint8_t is_entry;      // returning from it leaves pt_eval_frame
    uint8_t state;         // PT_FRAME_* state
    uint8_t is_init;       // an __init__ run by CALL of a class: its caller keeps the
                           // instance on its stack, and a non-None result is an error
    int32_t trace_line;    // sys.settrace: the line of the last 'line' event, -1 for none
    int32_t trace_lasti;   // sys.settrace: the instruction index it was reported at
    PtObject *localsplus[];
};

// Number of words a frame of `co` takes (header included).
#define PT_FRAME_HEADER_WORDS (sizeof(PtFrame) / sizeof(PtObject *))
static inline size_t pt_frame_words(const PtCode *co) {
    return PT_FRAME_HEADER_WORDS + (size_t)co->nlocalsplus + (size_t)co->stacksize;
}
static inline PtObject **pt_frame_stack_base(PtFrame *f) { return f->localsplus + f->code->nlocalsplus; }
// Index of the current instruction (-1 before the first).
static inline int32_t pt_frame_lasti(const PtFrame *f) { return (int32_t)(f->instr - f->code->code); }

struct PtFrameObject {
    PtObject ob;
    PtFrame *frame;     // the live frame, or (PtFrame *)data once owned
    PtObject *back;     // strong: f_back, set when the frame finished
    PtObject *trace;    // f_trace (unused by the VM)
    uint32_t datawords; // size of data[] in words
    uint8_t trace_lines, trace_opcodes;
    PtObject *data[];   // an owned copy of the frame header and its locals
};

extern PtType pt_frame_type;

// Push a new frame for calling `func` (borrowed; its code is used) on the
// thread's data stack; localsplus is NULL-filled. NULL with MemoryError set.
// The frame is not linked (previous is NULL) and the recursion count is untouched.
PtFrame *pt_frame_push(PtThreadState *ts, PtObject *func);
// Finish frame `f`: drop its locals and stack (moving them into its frame
// object if that is still referenced), then release its memory if the thread
// owns it. `f` must already be unlinked from ts->frame.
void pt_frame_exit(PtThreadState *ts, PtFrame *f);
// Drop the references a frame holds (localsplus, stack, locals, func, code),
// honouring an attached frame object. Used by pt_frame_exit and generators.
void pt_frame_clear(PtFrame *f);
// Borrowed: the frame object of `f`, created if needed. NULL on error.
PtObject *pt_frame_get_object(PtFrame *f);
// The line being executed in `f`.
int pt_frame_lineno(const PtFrame *f);
// The f_locals mapping of `f`: the real locals for module/class/exec frames,
// an updated snapshot dict for function frames. Borrowed (kept in f->locals); NULL on error.
PtObject *pt_frame_locals(PtFrame *f);
// GC support for frames embedded in other objects (generators).
int pt_frame_traverse(PtFrame *f, PtVisitFn visit, void *arg);
// Write back a modified f_locals snapshot into the fast locals (exec/eval on frames). 0 or -1.
int pt_frame_locals_to_fast(PtFrame *f);

#endif  // PT_VM_FRAME_H
