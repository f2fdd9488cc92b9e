// src/vm/eval.h: running code: the evaluation loop and its entry points.
//
// pt_eval_frame runs a frame until it returns, raises or (generators) yields.
// Python-to-Python calls inside it do not recurse in C: CALL pushes a frame
// on the thread's data stack and the same loop continues; RETURN_VALUE pops
// it. Entry points from C (calling a function object, exec, class bodies,
// resuming generators) create an "entry" frame and call pt_eval_frame.
// See docs/internals/eval.md.
#ifndef PT_VM_EVAL_H
#define PT_VM_EVAL_H

#ifndef PT_CORE
#error "src/vm/eval.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject
#include "vm/state.h"     // PtThreadState, PtFrame

// Install the VM's hooks into the object layer (function calls, default
// builtins, the GC's scheduling hook). Call once at start-up, after
// pt_state_init and before running code. 0 or -1.
int pt_vm_init(void);

// Run frame `f` (already bound; f->is_entry set by the caller) on `ts`. It is
// linked into ts->frame for the duration. With `throwflag`, the current
// exception is raised at the frame's current instruction (generator.throw).
// Returns the result (new reference) or NULL with an exception set. A thread
// frame is finished and freed before returning; a generator frame is left
// SUSPENDED (after a yield) or COMPLETED.
PtObject *pt_eval_frame(PtThreadState *ts, PtFrame *f, int throwflag);

// Run module-level or exec() code in `globals` with `locals` (a mapping; NULL
// means globals). New reference or NULL.
PtObject *pt_eval_code(PtObject *code, PtObject *globals, PtObject *locals);
// Run a class body: `func` is the function MAKE_FUNCTION built for the body
// (no arguments; its closure gives __class__ etc.), `locals` the namespace
// from __prepare__. Returns the body's result (a __classcell__ cell or None).
PtObject *pt_eval_function_with_locals(PtObject *func, PtObject *locals);

// The innermost running Python frame as a frame object (new reference), or
// NULL without an exception when no Python code is running.
PtObject *pt_eval_get_frame(void);
// The frame `depth` levels up (0 = innermost) as a frame object, new
// reference; ValueError "call stack is not deep enough" if there is none.
PtObject *pt_eval_get_frame_at(int depth);
// Borrowed namespaces of the innermost Python frame, or NULL if none.
PtObject *pt_eval_globals(void);
PtObject *pt_eval_builtins(void);
// New reference: the current frame's locals mapping (a snapshot dict for
// function frames, refreshed by each call), as locals() returns it. NULL with
// an exception on error (SystemError when no Python frame runs).
PtObject *pt_eval_locals(void);

// Call slot of the function type (src/vm/call.c).
PtObject *pt_function_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames);
// Bind arguments (borrowed) into a fresh frame of `func`. 0 or -1.
int pt_call_bind(PtObject *func, PtFrame *f, PtObject *const *args, size_t nargs, PtObject *kwnames);
// "module.qualname()" as CPython formats callables in call errors. New str or NULL.
PtObject *pt_call_function_str(PtObject *func);

// sys.settrace / sys.setprofile for the calling thread: `func` (borrowed)
// or None/NULL to remove. Tracing costs nothing while no function is set.
void pt_eval_settrace(PtObject *func);
void pt_eval_setprofile(PtObject *func);
// Borrowed: the calling thread's trace / profile function, or NULL.
PtObject *pt_eval_gettrace(void);
PtObject *pt_eval_getprofile(void);

#endif  // PT_VM_EVAL_H
