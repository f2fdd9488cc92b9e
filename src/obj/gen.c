// src/obj/gen.c: generators, coroutines, async generators and their awaitables.
//
// All three are a PtGen (src/obj/gen.h) holding a suspended frame. Resuming
// pushes the sent value on the frame's stack (except on the first resume),
// links the frame and the generator's handled-exception slot into the thread
// state and runs pt_eval_frame; YIELD_VALUE leaves the frame SUSPENDED, a
// return or an uncaught exception leaves it COMPLETED (and cleared).
// Delegation (yield from / await) is visible as the receiver on top of the
// suspended stack when the frame stopped at the YIELD_VALUE right after a
// SEND; throw() and close() are forwarded to it first, as CPython does.
// Async generators wrap the values they yield (ASYNC_GEN_WRAP) so asend()
// can tell them from values passed through from awaits; asend()/athrow()/
// aclose() return awaitable objects implementing that protocol.
// Tests: tests/golden/lang/gen_*, async_*, tests/golden/asyncio/.
#include <string.h>
#include "pith.h"        // the object API
#include "mem/gc.h"      // pt_gc_track, pt_gc_untrack
#include "obj/code.h"    // PtCode
#include "obj/exc.h"     // pt_exc_stop_iteration_value
#include "obj/func.h"    // PtFunction
#include "obj/gen.h"     // PtGen
#include "obj/type.h"    // pt_type_ready
#include "vm/eval.h"     // pt_eval_frame
#include "vm/frame.h"    // PtFrame, pt_frame_clear
#include "vm/state.h"    // PtThreadState, pt_datastack_pop

#define GEN(o) ((PtGen *)(void *)(o))

static const char *kind_name(PtGen *g) {
    return g->kind == PT_GEN_KIND_CORO ? "coroutine" : g->kind == PT_GEN_KIND_ASYNC ? "async generator" : "generator";
}

#if defined(__GNUC__)
#define PT_GEN_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define PT_GEN_LIKELY(x) (x)
#endif

// ---- Construction and destruction ----

static size_t gen_size(uint32_t frame_words) { return sizeof(PtGen) + (size_t)frame_words * sizeof(PtObject *); }

PtObject *pt_gen_new_from_frame(PtThreadState *ts, PtFrame *f) {
    PtCode *co = f->code;
    PtType *type = (co->flags & PT_CO_COROUTINE) ? &pt_coroutine_type
                   : (co->flags & PT_CO_ASYNC_GENERATOR) ? &pt_async_generator_type
                                                        : &pt_generator_type;
    uint32_t words = (uint32_t)(co->nlocalsplus + co->stacksize);
    PtGen *g = (PtGen *)(void *)pt_object_alloc(type, gen_size(words));
    if (g == NULL) {
        pt_frame_exit(ts, f);
        return NULL;
    }
    g->kind = type == &pt_coroutine_type ? PT_GEN_KIND_CORO
              : type == &pt_async_generator_type ? PT_GEN_KIND_ASYNC
                                                 : PT_GEN_KIND_GEN;
    g->frame_words = words;
    g->code = pt_newref((PtObject *)co);
    PtFunction *fn = (PtFunction *)(void *)f->func;
    g->name = pt_newref(fn->name);
    g->qualname = pt_newref(fn->qualname);
    // Move the frame: its references now belong to the generator.
    memcpy(&g->frame, f, sizeof(PtFrame) + (size_t)co->nlocalsplus * sizeof(PtObject *));
    g->frame.owner = PT_FRAME_OWNED_BY_GENERATOR;
    g->frame.previous = NULL;
    g->frame.is_entry = 1;
    g->frame.state = PT_FRAME_CREATED;
    g->frame.stackdepth = 0;
    pt_datastack_pop(ts, (PtObject **)(void *)f);
    pt_gc_track((PtObject *)g);
    return (PtObject *)g;
}

static int gen_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtGen *g = GEN(o);
    int r;
    PtObject *refs[] = {g->code, g->name, g->qualname, g->ag_finalizer, g->exc_state.exc};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        if (refs[i] != NULL && (r = visit(refs[i], arg))) {
            return r;
        }
    }
    return pt_frame_traverse(&g->frame, visit, arg);
}

static int gen_clear(PtObject *o) {
    PtGen *g = GEN(o);
    if (g->frame.state != PT_FRAME_EXECUTING) {
        g->frame.state = PT_FRAME_COMPLETED;
        pt_frame_clear(&g->frame);
    }
    pt_clearref(&g->ag_finalizer);
    pt_clearref(&g->exc_state.exc);
    return 0;
}

static PtObject *gen_close_impl(PtGen *g);

// PEP 442 finalizer: close a suspended generator (or hand an async generator
// to the event loop's finalizer hook). Runs with any pending exception saved.
static void gen_finalize(PtObject *o) {
    PtGen *g = GEN(o);
    if (g->frame.state == PT_FRAME_COMPLETED) {
        return;
    }
    PtObject *saved = pt_err_fetch();
    if (g->kind == PT_GEN_KIND_ASYNC && g->ag_finalizer != NULL && !g->closed) {
        PtObject *fin = pt_newref(g->ag_finalizer);
        PtObject *r = pt_object_call1(fin, o);
        pt_decref(fin);
        if (r == NULL) {
            pt_err_write_unraisable(o);
        }
        pt_xdecref(r);
    } else if (g->kind == PT_GEN_KIND_CORO && g->frame.state == PT_FRAME_CREATED) {
        // Never awaited: CPython warns here; pith just drops it.
        g->frame.state = PT_FRAME_COMPLETED;
    } else {
        PtObject *r = gen_close_impl(g);
        if (r == NULL) {
            if (pt_err_occurred()) {
                pt_err_write_unraisable(o);
            }
        } else {
            pt_decref(r);
        }
    }
    pt_err_restore(saved);
}

static void gen_dealloc(PtObject *o) {
    PtGen *g = GEN(o);
    pt_gc_untrack(o);
    if (g->frame.state != PT_FRAME_COMPLETED && !pt_has_flag(o, PT_OF_FINALIZED)) {
        pt_set_flag(o, PT_OF_FINALIZED);
        o->refcnt = 1;
        gen_finalize(o);
        if (--o->refcnt != 0) {
            pt_reftotal_add(o, -1);  // resurrected: this decref leaves it alive
            pt_gc_track(o);  // resurrected by the finalizer
            return;
        }
    }
    if (g->frame.state == PT_FRAME_EXECUTING) {
        g->frame.state = PT_FRAME_COMPLETED;
    }
    pt_frame_clear(&g->frame);
    pt_clearref(&g->code);
    pt_clearref(&g->name);
    pt_clearref(&g->qualname);
    pt_clearref(&g->ag_finalizer);
    pt_clearref(&g->exc_state.exc);
    pt_object_free(o, gen_size(g->frame_words));
}

// ---- Resuming ----

PtObject *pt_gen_yf(PtObject *gen) {
    PtGen *g = GEN(gen);
    PtFrame *f = &g->frame;
    if (f->state != PT_FRAME_SUSPENDED || f->code == NULL || f->stackdepth < 1) {
        return NULL;
    }
    const uint32_t *code = f->code->code;
    if (f->instr <= code || pt_instr_op(f->instr[0]) != PT_OP_YIELD_VALUE || pt_instr_op(f->instr[-1]) != PT_OP_SEND) {
        return NULL;
    }
    return pt_frame_stack_base(f)[f->stackdepth - 1];
}

// Raise StopIteration(value) without unpacking tuples.
static void set_stop_iteration(PtObject *value) {
    PtObject *e = pt_exc_stop_iteration_new(value);
    if (e != NULL) {
        pt_err_set_object(pt_exc_StopIteration, e);
        pt_decref(e);
    }
}

// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
static void convert_stop_iteration(PtGen *g) {
    int is_stop = pt_err_matches(pt_exc_StopIteration);
    int is_astop = g->kind == PT_GEN_KIND_ASYNC && pt_err_matches(pt_exc_StopAsyncIteration);
    if (!is_stop && !is_astop) {
        return;
    }
    PtObject *cause = pt_err_fetch();
    pt_err_format(pt_exc_RuntimeError, "%s raised %s", kind_name(g), is_stop ? "StopIteration" : "StopAsyncIteration");
    PtObject *exc = pt_err_occurred();
    if (exc != NULL && pt_exc_is_instance(exc)) {
        pt_exc_set_cause(exc, cause);
        pt_exc_set_context(exc, cause);
    }
    pt_decref(cause);
}

int pt_gen_send_ex(PtObject *gen, PtObject *arg, int exc, PtObject **result) {
    PtGen *g = GEN(gen);
    PtFrame *f = &g->frame;
    PtThreadState *ts = pt_tstate_current;
    *result = NULL;
    if (f->state == PT_FRAME_EXECUTING) {
        pt_err_format(pt_exc_ValueError, "%s already executing", kind_name(g));
        return PT_GEN_ERROR;
    }
    if (f->state == PT_FRAME_COMPLETED) {
        if (g->kind == PT_GEN_KIND_CORO && !exc) {
            pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg != NULL && !exc) {
            *result = pt_newref(pt_None);
            return PT_GEN_RETURN;
        }
        return PT_GEN_ERROR;
    }
    if (f->state == PT_FRAME_CREATED && !exc && arg != NULL && arg != pt_None) {
        pt_err_format(pt_exc_TypeError, "can't send non-None value to a just-started %s", kind_name(g));
        return PT_GEN_ERROR;
    }
    // pt_eval_frame checks the C stack (and undoes the push below if it must fail).
    if (f->state == PT_FRAME_SUSPENDED) {
        pt_frame_stack_base(f)[f->stackdepth++] = pt_newref(arg != NULL ? arg : pt_None);
    }
    pt_incref(gen);
    g->exc_state.prev = ts->exc_info;
    ts->exc_info = &g->exc_state;
    f->is_entry = 1;
    PtObject *r = pt_eval_frame(ts, f, exc);
    ts->exc_info = g->exc_state.prev;
    g->exc_state.prev = NULL;
    f->previous = NULL;
    int rc;
    if (r != NULL) {
        *result = r;
        rc = f->state == PT_FRAME_SUSPENDED ? PT_GEN_NEXT : PT_GEN_RETURN;
    } else {
        if (f->state == PT_FRAME_COMPLETED) {
            convert_stop_iteration(g);
        }
        rc = PT_GEN_ERROR;
    }
    if (f->state == PT_FRAME_COMPLETED) {
        pt_clearref(&g->exc_state.exc);
    }
    pt_decref(gen);
    return rc;
}

// gen.send()/__next__ result in the Python protocol: the yielded value, or
// NULL with StopIteration(value) / StopAsyncIteration set.
static PtObject *gen_send_protocol(PtObject *gen, PtObject *arg, int exc) {
    PtObject *r;
    int rc = pt_gen_send_ex(gen, arg, exc, &r);
    if (rc == PT_GEN_NEXT) {
        return r;
    }
    if (rc == PT_GEN_RETURN) {
        if (GEN(gen)->kind == PT_GEN_KIND_ASYNC) {
            pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
        } else if (r == pt_None) {
            pt_err_set_object(pt_exc_StopIteration, NULL);
        } else {
            set_stop_iteration(r);
        }
        pt_decref(r);
    } else if (!pt_err_occurred()) {
        pt_err_set_object(GEN(gen)->kind == PT_GEN_KIND_ASYNC ? pt_exc_StopAsyncIteration : pt_exc_StopIteration,
                          NULL);
    }
    return NULL;
}

static PtObject *gen_iternext(PtObject *gen) {
    PtGen *g = GEN(gen);
    PtFrame *f = &g->frame;
    if (PT_GEN_LIKELY(f->state == PT_FRAME_SUSPENDED)) {
        // The hot case (a for loop or a consumer like sum() pulling values):
        // pt_gen_send_ex's checks reduced to the one state test.
        PtThreadState *ts = pt_tstate_current;
        pt_frame_stack_base(f)[f->stackdepth++] = pt_newref(pt_None);
        pt_incref(gen);
        g->exc_state.prev = ts->exc_info;
        ts->exc_info = &g->exc_state;
        PtObject *r = pt_eval_frame(ts, f, 0);
        ts->exc_info = g->exc_state.prev;
        g->exc_state.prev = NULL;
        f->previous = NULL;
        if (PT_GEN_LIKELY(r != NULL && f->state == PT_FRAME_SUSPENDED)) {
            pt_decref(gen);
            return r;
        }
        if (r == NULL && f->state == PT_FRAME_COMPLETED) {
            convert_stop_iteration(g);
        }
        if (f->state == PT_FRAME_COMPLETED) {
            pt_clearref(&g->exc_state.exc);
        }
        pt_decref(gen);
        if (r != NULL) {
            if (r != pt_None) {
                set_stop_iteration(r);
            }
            pt_decref(r);
        }
        return NULL;
    }
    PtObject *r;
    int rc = pt_gen_send_ex(gen, NULL, 0, &r);
    if (rc == PT_GEN_NEXT) {
        return r;
    }
    if (rc == PT_GEN_RETURN) {
        if (r != pt_None) {
            set_stop_iteration(r);
        }
        pt_decref(r);
    }
    return NULL;
}

static PtObject *gen_send(PtObject *gen, PtObject *arg) { return gen_send_protocol(gen, arg, 0); }

// Take the value of a pending StopIteration (or None if nothing is set):
// 0 with *value (new reference), -1 if another exception is pending.
static int fetch_stop_iteration_value(PtObject **value) {
    PtObject *exc = pt_err_occurred();
    if (exc == NULL) {
        *value = pt_newref(pt_None);
        return 0;
    }
    if (!pt_err_matches(pt_exc_StopIteration)) {
        return -1;
    }
    exc = pt_err_fetch();
    *value = pt_newref(pt_exc_stop_iteration_value(exc));
    pt_decref(exc);
    return 0;
}

static int gen_close_iter(PtObject *yf) {
    PtObject *r;
    if (pt_is_gen_like(yf)) {
        r = gen_close_impl(GEN(yf));
    } else {
        PtObject *meth = NULL;
        int found = pt_object_lookup_attr(yf, PT_ID(close), &meth);
        if (found < 0) {
            pt_err_write_unraisable(yf);
        }
        if (found <= 0) {
            return 0;
        }
        r = pt_object_call0(meth);
        pt_decref(meth);
    }
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

// Make an exception instance from throw()'s (typ, val, tb) and set it. 0 or -1.
static int set_thrown(PtObject *typ, PtObject *val, PtObject *tb) {
    if (tb == pt_None) {
        tb = NULL;
    }
    if (tb != NULL && pt_tid(tb) != PT_TID_TRACEBACK) {
        pt_err_set_string(pt_exc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    PtObject *exc;
    if (pt_exc_is_class(typ)) {
        if (val != NULL && val != pt_None && pt_exc_is_instance(val) &&
            pt_type_is_subtype(pt_type(val), (PtType *)typ)) {
            exc = pt_newref(val);
        } else if (val == NULL || val == pt_None) {
            exc = pt_object_call0(typ);
        } else if (pt_is_tuple(val)) {
            exc = pt_object_call(typ, pt_tuple_items(val), (size_t)pt_tuple_len(val), NULL);
        } else {
            exc = pt_object_call1(typ, val);
        }
        if (exc == NULL) {
            return -1;
        }
        if (!pt_exc_is_instance(exc)) {
            pt_err_format(pt_exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                          typ, pt_type_name_of(exc));
            pt_decref(exc);
            return -1;
        }
    } else if (pt_exc_is_instance(typ)) {
        if (val != NULL && val != pt_None) {
            pt_err_set_string(pt_exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = pt_newref(typ);
    } else {
        pt_err_format(pt_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                      pt_type_name_of(typ));
        return -1;
    }
    if (tb != NULL) {
        pt_exc_set_traceback(exc, tb);
    }
    pt_err_restore(exc);
    return 0;
}

// Finish a `yield from` whose receiver returned `value` (stolen): pop the
// receiver, continue after the SEND loop with the value.
static PtObject *finish_yield_from(PtGen *g, PtObject *value, int *rc_out) {
    PtFrame *f = &g->frame;
    PtObject **stack = pt_frame_stack_base(f);
    PtObject *recv = stack[--f->stackdepth];
    pt_decref(recv);
    uint32_t target = pt_instr_arg(f->instr[-1]);
    f->instr = f->code->code + target - 1;
    PtObject *r;
    *rc_out = pt_gen_send_ex((PtObject *)g, value, 0, &r);
    pt_decref(value);
    return r;
}

// throw() with delegation; returns like gen_send_protocol.
static PtObject *gen_throw_impl(PtGen *g, int close_on_genexit, PtObject *typ, PtObject *val, PtObject *tb) {
    PtObject *gen = (PtObject *)g;
    PtObject *yf = pt_gen_yf(gen);
    if (yf != NULL) {
        pt_incref(yf);
        PtObject *ret = NULL;
        if (close_on_genexit && pt_err_given_matches(typ, pt_exc_GeneratorExit)) {
            g->frame.state = PT_FRAME_EXECUTING;
            int err = gen_close_iter(yf);
            g->frame.state = PT_FRAME_SUSPENDED;
            pt_decref(yf);
            if (err < 0) {
                return gen_send_protocol(gen, pt_None, 1);
            }
            goto throw_here;
        }
        g->frame.state = PT_FRAME_EXECUTING;
        if (pt_is_gen_like(yf)) {
            ret = gen_throw_impl(GEN(yf), close_on_genexit, typ, val, tb);
        } else {
            PtObject *meth = NULL;
            int found = pt_object_lookup_attr(yf, PT_ID(throw), &meth);
            if (found <= 0) {
                g->frame.state = PT_FRAME_SUSPENDED;
                pt_decref(yf);
                if (found < 0) {
                    return gen_send_protocol(gen, pt_None, 1);
                }
                goto throw_here;
            }
            PtObject *args[3] = {typ, val != NULL ? val : pt_None, tb != NULL ? tb : pt_None};
            size_t n = tb != NULL && tb != pt_None ? 3 : val != NULL && val != pt_None ? 2 : 1;
            ret = pt_object_call(meth, args, n, NULL);
            pt_decref(meth);
        }
        g->frame.state = PT_FRAME_SUSPENDED;
        pt_decref(yf);
        if (ret == NULL) {
            PtObject *value;
            if (fetch_stop_iteration_value(&value) == 0) {
                int rc;
                PtObject *r = finish_yield_from(g, value, &rc);
                if (rc == PT_GEN_NEXT) {
                    return r;
                }
                if (rc == PT_GEN_RETURN) {
                    if (g->kind == PT_GEN_KIND_ASYNC) {
                        pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
                    } else if (r == pt_None) {
                        pt_err_set_object(pt_exc_StopIteration, NULL);
                    } else {
                        set_stop_iteration(r);
                    }
                    pt_decref(r);
                }
                return NULL;
            }
            return gen_send_protocol(gen, pt_None, 1);
        }
        return ret;
    }
throw_here:
    if (set_thrown(typ, val, tb) < 0) {
        return NULL;
    }
    return gen_send_protocol(gen, pt_None, 1);
}

static PtObject *gen_throw(PtObject *gen, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    return gen_throw_impl(GEN(gen), 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

static PtObject *gen_close_impl(PtGen *g) {
    PtFrame *f = &g->frame;
    if (f->state == PT_FRAME_CREATED) {
        f->state = PT_FRAME_COMPLETED;
        pt_frame_clear(f);
        return pt_newref(pt_None);
    }
    if (f->state == PT_FRAME_COMPLETED) {
        return pt_newref(pt_None);
    }
    PtObject *yf = pt_gen_yf((PtObject *)g);
    int err = 0;
    if (yf != NULL) {
        pt_incref(yf);
        f->state = PT_FRAME_EXECUTING;
        err = gen_close_iter(yf);
        f->state = PT_FRAME_SUSPENDED;
        pt_decref(yf);
    }
    if (err == 0) {
        pt_err_set_object(pt_exc_GeneratorExit, NULL);
    }
    PtObject *r;
    int rc = pt_gen_send_ex((PtObject *)g, pt_None, 1, &r);
    if (rc == PT_GEN_NEXT) {
        pt_decref(r);
        return pt_err_format(pt_exc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    }
    if (rc == PT_GEN_RETURN) {
        pt_decref(r);
        return pt_newref(pt_None);
    }
    if (pt_err_matches(pt_exc_StopIteration) || pt_err_matches(pt_exc_GeneratorExit)) {
        pt_err_clear();
        return pt_newref(pt_None);
    }
    return NULL;
}

static PtObject *gen_close(PtObject *gen, PtObject *unused) { return gen_close_impl(GEN(gen)); }

// ---- Attributes ----

static PtObject *gen_get_frame(PtObject *o, void *c) {
    PtGen *g = GEN(o);
    if (g->frame.state == PT_FRAME_COMPLETED || g->frame.code == NULL) {
        return pt_newref(pt_None);
    }
    PtObject *fo = pt_frame_get_object(&g->frame);
    return fo != NULL ? pt_newref(fo) : NULL;
}

static PtObject *gen_get_running(PtObject *o, void *c) {
    return pt_newref(pt_bool(GEN(o)->frame.state == PT_FRAME_EXECUTING));
}

static PtObject *gen_get_suspended(PtObject *o, void *c) {
    return pt_newref(pt_bool(GEN(o)->frame.state == PT_FRAME_SUSPENDED));
}

static PtObject *gen_get_code(PtObject *o, void *c) { return pt_newref(GEN(o)->code); }

static PtObject *gen_get_yf(PtObject *o, void *c) {
    PtObject *yf = pt_gen_yf(o);
    return pt_newref(yf != NULL ? yf : pt_None);
}

static PtObject *gen_get_name(PtObject *o, void *c) { return pt_newref(GEN(o)->name); }

static int gen_set_name(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || !pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    pt_setref(&GEN(o)->name, pt_newref(v));
    return 0;
}

static PtObject *gen_get_qualname(PtObject *o, void *c) { return pt_newref(GEN(o)->qualname); }

static int gen_set_qualname(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || !pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    pt_setref(&GEN(o)->qualname, pt_newref(v));
    return 0;
}

static PtObject *ag_get_running(PtObject *o, void *c) { return pt_newref(pt_bool(GEN(o)->running_async)); }

static PtObject *none_getter(PtObject *o, void *c) { return pt_newref(pt_None); }

static PtObject *gen_repr(PtObject *o) {
    return pt_str_format("<%s object %U at %p>",
                         GEN(o)->kind == PT_GEN_KIND_ASYNC ? "async_generator" : kind_name(GEN(o)),
                         GEN(o)->qualname, (void *)o);
}

static PtObject *gen_iter_self(PtObject *o) { return pt_newref(o); }

static PtObject *gen_sizeof(PtObject *o, PtObject *unused) {
    return pt_int_from_i64((int64_t)gen_size(GEN(o)->frame_words));
}

static const PtGetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yf, NULL, "object being iterated by yield from, or None", NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef gen_methods[] = {
    {"send", PT_FN(gen_send), PT_METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", PT_FN(gen_throw), PT_METH_FAST, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", PT_FN(gen_close), PT_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", PT_FN(gen_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_generator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "generator",
    .tid = PT_TID_GENERATOR,
    .basicsize = sizeof(PtGen),
    .itemsize = sizeof(PtObject *),
    .flags = PT_TF_GC | PT_TF_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .getattro = pt_object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};

// ---- Coroutines ----

typedef struct PtCoroWrapper {
    PtObject ob;
    PtObject *coro;
} PtCoroWrapper;

static PtType coro_wrapper_type;

static PtObject *coro_await(PtObject *coro, PtObject *unused) {
    PtCoroWrapper *w = (PtCoroWrapper *)(void *)pt_object_alloc(&coro_wrapper_type, sizeof(PtCoroWrapper));
    if (w == NULL) {
        return NULL;
    }
    w->coro = pt_newref(coro);
    pt_gc_track((PtObject *)w);
    return (PtObject *)w;
}

static PtObject *coro_get_frame(PtObject *o, void *c) { return gen_get_frame(o, c); }

static const PtGetSetDef coro_getset[] = {
    {"cr_frame", coro_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yf, NULL, "object being awaited on, or None", NULL},
    {"cr_origin", none_getter, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef coro_methods[] = {
    {"send", PT_FN(gen_send), PT_METH_O, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", PT_FN(gen_throw), PT_METH_FAST, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", PT_FN(gen_close), PT_METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", PT_FN(coro_await), PT_METH_NOARGS, "Return an iterator to be used in await expression."},
    {"__sizeof__", PT_FN(gen_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_coroutine_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "coroutine",
    .tid = PT_TID_COROUTINE,
    .basicsize = sizeof(PtGen),
    .itemsize = sizeof(PtObject *),
    .flags = PT_TF_GC | PT_TF_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .getattro = pt_object_generic_getattr,
    .methods = coro_methods,
    .getset = coro_getset,
};

#define CW(o) ((PtCoroWrapper *)(void *)(o))

static void cw_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&CW(o)->coro);
    pt_object_free(o, sizeof(PtCoroWrapper));
}

static int cw_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return CW(o)->coro != NULL ? visit(CW(o)->coro, arg) : 0;
}

static int cw_clear(PtObject *o) {
    pt_clearref(&CW(o)->coro);
    return 0;
}

static PtObject *cw_iternext(PtObject *o) { return gen_send_protocol(CW(o)->coro, pt_None, 0); }
static PtObject *cw_send(PtObject *o, PtObject *arg) { return gen_send_protocol(CW(o)->coro, arg, 0); }
static PtObject *cw_throw(PtObject *o, PtObject *const *args, size_t nargs) { return gen_throw(CW(o)->coro, args, nargs); }
static PtObject *cw_close(PtObject *o, PtObject *unused) { return gen_close(CW(o)->coro, NULL); }

static const PtMethodDef cw_methods[] = {
    {"send", PT_FN(cw_send), PT_METH_O, NULL},
    {"throw", PT_FN(cw_throw), PT_METH_FAST, NULL},
    {"close", PT_FN(cw_close), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType coro_wrapper_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(PtCoroWrapper),
    .flags = PT_TF_GC,
    .dealloc = cw_dealloc,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .getattro = pt_object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

PtObject *pt_coro_get_awaitable_iter(PtObject *o) {
    uint32_t t = pt_tid(o);
    if (t == PT_TID_COROUTINE ||
        (t == PT_TID_GENERATOR && (((PtCode *)GEN(o)->code)->flags & PT_CO_ITERABLE_COROUTINE))) {
        return pt_newref(o);
    }
    PtType *type = pt_type(o);
    PtObject *getter = pt_type_lookup(type, PT_ID(__await__));
    if (getter == NULL) {
        return pt_err_format(pt_exc_TypeError, "object %s can't be used in 'await' expression", pt_type_name(type));
    }
    pt_incref(getter);
    PtObject *res;
    PtDescrGetFn get = pt_type(getter)->descr_get;
    if (get != NULL) {
        PtObject *bound = get(getter, o, (PtObject *)type);
        res = bound != NULL ? pt_object_call0(bound) : NULL;
        pt_xdecref(bound);
    } else {
        res = pt_object_call1(getter, o);
    }
    pt_decref(getter);
    if (res == NULL) {
        return NULL;
    }
    uint32_t rt = pt_tid(res);
    if (rt == PT_TID_COROUTINE ||
        (rt == PT_TID_GENERATOR && (((PtCode *)GEN(res)->code)->flags & PT_CO_ITERABLE_COROUTINE))) {
        pt_decref(res);
        return pt_err_set_string(pt_exc_TypeError, "__await__() returned a coroutine");
    }
    if (!pt_iter_check(res)) {
        pt_err_format(pt_exc_TypeError, "__await__() returned non-iterator of type '%s'", pt_type_name_of(res));
        pt_decref(res);
        return NULL;
    }
    return res;
}

// ---- Async generators ----

// The event loop's hooks (sys.set_asyncgen_hooks). Protected by the GIL.
static PtObject *hook_firstiter, *hook_finalizer;

void pt_asyncgen_hooks_set(PtObject *firstiter, PtObject *finalizer) {
    pt_setref(&hook_firstiter, firstiter != NULL && firstiter != pt_None ? pt_newref(firstiter) : NULL);
    pt_setref(&hook_finalizer, finalizer != NULL && finalizer != pt_None ? pt_newref(finalizer) : NULL);
}

void pt_asyncgen_hooks_get(PtObject **firstiter, PtObject **finalizer) {
    *firstiter = hook_firstiter;
    *finalizer = hook_finalizer;
}

static int ag_init_hooks(PtGen *ag) {
    if (ag->hooks_inited) {
        return 0;
    }
    ag->hooks_inited = 1;
    if (hook_finalizer != NULL) {
        ag->ag_finalizer = pt_newref(hook_finalizer);
    }
    if (hook_firstiter != NULL) {
        PtObject *fi = pt_newref(hook_firstiter);
        PtObject *r = pt_object_call1(fi, (PtObject *)ag);
        pt_decref(fi);
        if (r == NULL) {
            return -1;
        }
        pt_decref(r);
    }
    return 0;
}

typedef struct PtWrapped {
    PtObject ob;
    PtObject *val;
} PtWrapped;

static PtType wrapped_type;

PtObject *pt_async_gen_wrap(PtObject *v) {
    PtWrapped *w = (PtWrapped *)(void *)pt_object_alloc(&wrapped_type, sizeof(PtWrapped));
    if (w == NULL) {
        return NULL;
    }
    w->val = pt_newref(v);
    pt_gc_track((PtObject *)w);
    return (PtObject *)w;
}

static void wrapped_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&((PtWrapped *)(void *)o)->val);
    pt_object_free(o, sizeof(PtWrapped));
}

static int wrapped_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtObject *v = ((PtWrapped *)(void *)o)->val;
    return v != NULL ? visit(v, arg) : 0;
}

static int wrapped_clear(PtObject *o) {
    pt_clearref(&((PtWrapped *)(void *)o)->val);
    return 0;
}

static PtType wrapped_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(PtWrapped),
    .flags = PT_TF_GC,
    .dealloc = wrapped_dealloc,
    .traverse = wrapped_traverse,
    .clear = wrapped_clear,
};

static int is_wrapped(PtObject *v) { return pt_is_heap(v) && pt_type(v) == &wrapped_type; }

// Turn a resume result of async generator `ag` into the asend protocol.
static PtObject *ag_unwrap(PtGen *ag, int rc, PtObject *r) {
    if (rc == PT_GEN_RETURN) {
        pt_decref(r);
        pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
        r = NULL;
    }
    if (r == NULL || rc == PT_GEN_ERROR) {
        if (!pt_err_occurred()) {
            pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
        }
        if (pt_err_matches(pt_exc_StopAsyncIteration) || pt_err_matches(pt_exc_GeneratorExit)) {
            ag->closed = 1;
        }
        ag->running_async = 0;
        return NULL;
    }
    if (is_wrapped(r)) {
        ag->running_async = 0;
        set_stop_iteration(((PtWrapped *)(void *)r)->val);
        pt_decref(r);
        return NULL;
    }
    return r;
}

// Result of gen_throw_impl (the Python protocol) turned into (rc, value) for ag_unwrap.
static PtObject *ag_unwrap_protocol(PtGen *ag, PtObject *r) {
    if (r != NULL) {
        return ag_unwrap(ag, PT_GEN_NEXT, r);
    }
    return ag_unwrap(ag, PT_GEN_ERROR, NULL);
}

enum { AWAITABLE_INIT = 0, AWAITABLE_ITER = 1, AWAITABLE_CLOSED = 2 };

typedef struct PtASend {
    PtObject ob;
    PtObject *gen;
    PtObject *sendval;
    int state;
} PtASend;

typedef struct PtAThrow {
    PtObject ob;
    PtObject *gen;
    PtObject *args;  // (typ, val, tb) tuple; NULL for aclose()
    int state;
} PtAThrow;

static PtType asend_type, athrow_type;

static PtObject *asend_new(PtObject *ag, PtObject *v) {
    PtASend *a = (PtASend *)(void *)pt_object_alloc(&asend_type, sizeof(PtASend));
    if (a == NULL) {
        return NULL;
    }
    a->gen = pt_newref(ag);
    a->sendval = pt_newref(v);
    pt_gc_track((PtObject *)a);
    return (PtObject *)a;
}

PtObject *pt_async_gen_anext(PtObject *ag) {
    if (ag_init_hooks(GEN(ag)) < 0) {
        return NULL;
    }
    return asend_new(ag, pt_None);
}

static PtObject *ag_anext(PtObject *ag) { return pt_async_gen_anext(ag); }

static PtObject *ag_asend(PtObject *ag, PtObject *v) {
    if (ag_init_hooks(GEN(ag)) < 0) {
        return NULL;
    }
    return asend_new(ag, v);
}

static PtObject *athrow_new(PtObject *ag, PtObject *args) {
    if (ag_init_hooks(GEN(ag)) < 0) {
        return NULL;
    }
    PtAThrow *a = (PtAThrow *)(void *)pt_object_alloc(&athrow_type, sizeof(PtAThrow));
    if (a == NULL) {
        return NULL;
    }
    a->gen = pt_newref(ag);
    a->args = args != NULL ? pt_newref(args) : NULL;
    pt_gc_track((PtObject *)a);
    return (PtObject *)a;
}

static PtObject *ag_athrow(PtObject *ag, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("athrow", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtObject *t = pt_tuple_from_array(args, nargs);
    if (t == NULL) {
        return NULL;
    }
    PtObject *r = athrow_new(ag, t);
    pt_decref(t);
    return r;
}

static PtObject *ag_aclose(PtObject *ag, PtObject *unused) { return athrow_new(ag, NULL); }

static PtObject *ag_aiter(PtObject *o, PtObject *unused) { return pt_newref(o); }
static PtObject *ag_anext_method(PtObject *o, PtObject *unused) { return ag_anext(o); }

static const PtGetSetDef ag_getset[] = {
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", ag_get_running, NULL, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", gen_get_yf, NULL, "object being awaited on, or None", NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef ag_methods[] = {
    {"asend", PT_FN(ag_asend), PT_METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", PT_FN(ag_athrow), PT_METH_FAST, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", PT_FN(ag_aclose), PT_METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {"__aiter__", PT_FN(ag_aiter), PT_METH_NOARGS, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", PT_FN(ag_anext_method), PT_METH_NOARGS, "Return a value or raise StopAsyncIteration."},
    {"__sizeof__", PT_FN(gen_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_async_generator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "async_generator",
    .tid = PT_TID_ASYNC_GENERATOR,
    .basicsize = sizeof(PtGen),
    .itemsize = sizeof(PtObject *),
    .flags = PT_TF_GC | PT_TF_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .getattro = pt_object_generic_getattr,
    .methods = ag_methods,
    .getset = ag_getset,
};

// ---- asend / athrow awaitables ----

#define AS(o) ((PtASend *)(void *)(o))
#define AT(o) ((PtAThrow *)(void *)(o))

static void asend_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&AS(o)->gen);
    pt_clearref(&AS(o)->sendval);
    pt_object_free(o, sizeof(PtASend));
}

static int asend_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    int r = AS(o)->gen != NULL ? visit(AS(o)->gen, arg) : 0;
    return r ? r : AS(o)->sendval != NULL ? visit(AS(o)->sendval, arg) : 0;
}

static int asend_clear(PtObject *o) {
    pt_clearref(&AS(o)->gen);
    pt_clearref(&AS(o)->sendval);
    return 0;
}

static PtObject *asend_send(PtObject *o, PtObject *arg) {
    PtASend *a = AS(o);
    PtGen *ag = GEN(a->gen);
    if (a->state == AWAITABLE_CLOSED) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    if (a->state == AWAITABLE_INIT) {
        if (ag->running_async) {
            return pt_err_set_string(pt_exc_RuntimeError, "anext(): asynchronous generator is already running");
        }
        if (arg == NULL || arg == pt_None) {
            arg = a->sendval;
        }
        a->state = AWAITABLE_ITER;
    }
    ag->running_async = 1;
    PtObject *r;
    int rc = pt_gen_send_ex(a->gen, arg, 0, &r);
    r = ag_unwrap(ag, rc, r);
    if (r == NULL) {
        a->state = AWAITABLE_CLOSED;
    }
    return r;
}

static PtObject *asend_iternext(PtObject *o) { return asend_send(o, NULL); }

static PtObject *asend_throw(PtObject *o, PtObject *const *args, size_t nargs) {
    PtASend *a = AS(o);
    if (a->state == AWAITABLE_CLOSED) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    if (pt_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtObject *r = gen_throw_impl(GEN(a->gen), 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    r = ag_unwrap_protocol(GEN(a->gen), r);
    if (r == NULL) {
        a->state = AWAITABLE_CLOSED;
    }
    return r;
}

static PtObject *asend_close(PtObject *o, PtObject *unused) {
    AS(o)->state = AWAITABLE_CLOSED;
    return pt_newref(pt_None);
}

static PtObject *self_method(PtObject *o, PtObject *unused) { return pt_newref(o); }

static const PtMethodDef asend_methods[] = {
    {"send", PT_FN(asend_send), PT_METH_O, NULL},
    {"throw", PT_FN(asend_throw), PT_METH_FAST, NULL},
    {"close", PT_FN(asend_close), PT_METH_NOARGS, NULL},
    {"__await__", PT_FN(self_method), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType asend_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "async_generator_asend",
    .basicsize = sizeof(PtASend),
    .flags = PT_TF_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .getattro = pt_object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static void athrow_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&AT(o)->gen);
    pt_clearref(&AT(o)->args);
    pt_object_free(o, sizeof(PtAThrow));
}

static int athrow_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    int r = AT(o)->gen != NULL ? visit(AT(o)->gen, arg) : 0;
    return r ? r : AT(o)->args != NULL ? visit(AT(o)->args, arg) : 0;
}

static int athrow_clear(PtObject *o) {
    pt_clearref(&AT(o)->gen);
    pt_clearref(&AT(o)->args);
    return 0;
}

// athrow/aclose: the exception ended the awaitable.
static PtObject *athrow_check_error(PtAThrow *a) {
    PtGen *ag = GEN(a->gen);
    ag->running_async = 0;
    a->state = AWAITABLE_CLOSED;
    if (a->args == NULL && (pt_err_matches(pt_exc_StopAsyncIteration) || pt_err_matches(pt_exc_GeneratorExit))) {
        // aclose() completed: the await of aclose() returns.
        pt_err_clear();
        pt_err_set_object(pt_exc_StopIteration, NULL);
    }
    return NULL;
}

static PtObject *athrow_yield_close(PtAThrow *a) {
    GEN(a->gen)->running_async = 0;
    a->state = AWAITABLE_CLOSED;
    return pt_err_set_string(pt_exc_RuntimeError, "async generator ignored GeneratorExit");
}

static PtObject *athrow_send(PtObject *o, PtObject *arg) {
    PtAThrow *a = AT(o);
    PtGen *ag = GEN(a->gen);
    PtObject *r;
    if (a->state == AWAITABLE_CLOSED) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (ag->frame.state == PT_FRAME_COMPLETED) {
        a->state = AWAITABLE_CLOSED;
        pt_err_set_object(pt_exc_StopIteration, NULL);
        return NULL;
    }
    if (a->state == AWAITABLE_INIT) {
        if (ag->running_async) {
            a->state = AWAITABLE_CLOSED;
            return pt_err_set_string(pt_exc_RuntimeError, a->args == NULL
                                                              ? "aclose(): asynchronous generator is already running"
                                                              : "athrow(): asynchronous generator is already running");
        }
        if (ag->closed) {
            a->state = AWAITABLE_CLOSED;
            pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
            return NULL;
        }
        if (arg != NULL && arg != pt_None) {
            return pt_err_set_string(pt_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        }
        a->state = AWAITABLE_ITER;
        ag->running_async = 1;
        if (a->args == NULL) {
            ag->closed = 1;
            r = gen_throw_impl(ag, 0, pt_exc_GeneratorExit, NULL, NULL);
            if (r != NULL && is_wrapped(r)) {
                pt_decref(r);
                return athrow_yield_close(a);
            }
        } else {
            PtObject *t = a->args;
            pt_ssize n = pt_tuple_len(t);
            r = gen_throw_impl(ag, 0, pt_tuple_get(t, 0), n > 1 ? pt_tuple_get(t, 1) : NULL,
                               n > 2 ? pt_tuple_get(t, 2) : NULL);
            r = ag_unwrap_protocol(ag, r);
        }
        return r != NULL ? r : athrow_check_error(a);
    }
    int rc = pt_gen_send_ex(a->gen, arg, 0, &r);
    if (a->args != NULL) {
        r = ag_unwrap(ag, rc, r);
        if (r == NULL) {
            a->state = AWAITABLE_CLOSED;
        }
        return r;
    }
    if (rc == PT_GEN_NEXT) {
        if (is_wrapped(r)) {
            pt_decref(r);
            return athrow_yield_close(a);
        }
        return r;
    }
    if (rc == PT_GEN_RETURN) {
        pt_decref(r);
        pt_err_set_object(pt_exc_StopAsyncIteration, NULL);
    }
    return athrow_check_error(a);
}

static PtObject *athrow_iternext(PtObject *o) { return athrow_send(o, NULL); }

static PtObject *athrow_throw(PtObject *o, PtObject *const *args, size_t nargs) {
    PtAThrow *a = AT(o);
    if (a->state == AWAITABLE_CLOSED) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (pt_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtGen *ag = GEN(a->gen);
    PtObject *r = gen_throw_impl(ag, 0, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    if (a->args != NULL) {
        return ag_unwrap_protocol(ag, r);
    }
    if (r != NULL && is_wrapped(r)) {
        pt_decref(r);
        return athrow_yield_close(a);
    }
    return r != NULL ? r : athrow_check_error(a);
}

static PtObject *athrow_close(PtObject *o, PtObject *unused) {
    AT(o)->state = AWAITABLE_CLOSED;
    return pt_newref(pt_None);
}

static const PtMethodDef athrow_methods[] = {
    {"send", PT_FN(athrow_send), PT_METH_O, NULL},
    {"throw", PT_FN(athrow_throw), PT_METH_FAST, NULL},
    {"close", PT_FN(athrow_close), PT_METH_NOARGS, NULL},
    {"__await__", PT_FN(self_method), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType athrow_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "async_generator_athrow",
    .basicsize = sizeof(PtAThrow),
    .flags = PT_TF_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .clear = athrow_clear,
    .getattro = pt_object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

// ---- anext(aiter, default) ----

// The awaitable builtins.anext() returns when a default is given: it awaits
// aiter.__anext__() and turns StopAsyncIteration into StopIteration(default).
typedef struct PtAnext {
    PtObject ob;
    PtObject *awaitable;
    PtObject *dflt;
} PtAnext;

static PtType anext_type;

#define AN(o) ((PtAnext *)(void *)(o))

PtObject *pt_anext_awaitable_new(PtObject *aiter, PtObject *dflt) {
    PtObject *aw;
    if (pt_tid(aiter) == PT_TID_ASYNC_GENERATOR) {
        aw = pt_async_gen_anext(aiter);
    } else {
        aw = pt_object_call_method_str(aiter, "__anext__", NULL, 0);
    }
    if (aw == NULL) {
        return NULL;
    }
    PtAnext *a = (PtAnext *)(void *)pt_object_alloc(&anext_type, sizeof(PtAnext));
    if (a == NULL) {
        pt_decref(aw);
        return NULL;
    }
    a->awaitable = aw;
    a->dflt = pt_newref(dflt);
    pt_gc_track((PtObject *)a);
    return (PtObject *)a;
}

static void anext_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_clearref(&AN(o)->awaitable);
    pt_clearref(&AN(o)->dflt);
    pt_object_free(o, sizeof(PtAnext));
}

static int anext_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    int r = AN(o)->awaitable != NULL ? visit(AN(o)->awaitable, arg) : 0;
    return r ? r : AN(o)->dflt != NULL ? visit(AN(o)->dflt, arg) : 0;
}

static int anext_clear(PtObject *o) {
    pt_clearref(&AN(o)->awaitable);
    pt_clearref(&AN(o)->dflt);
    return 0;
}

// StopAsyncIteration from the inner awaitable becomes StopIteration(default).
static PtObject *anext_result(PtAnext *a, PtObject *r) {
    if (r == NULL && pt_err_matches(pt_exc_StopAsyncIteration)) {
        pt_err_clear();
        set_stop_iteration(a->dflt);
    }
    return r;
}

static PtObject *anext_send(PtObject *o, PtObject *arg) {
    PtAnext *a = AN(o);
    if (a->awaitable == NULL) {
        return pt_err_set_string(pt_exc_RuntimeError, "cannot reuse already awaited anext()");
    }
    PtObject *it = pt_coro_get_awaitable_iter(a->awaitable), *r;
    if (it == NULL) {
        return NULL;
    }
    if (pt_tid(it) == PT_TID_COROUTINE || pt_tid(it) == PT_TID_GENERATOR) {
        r = gen_send_protocol(it, arg != NULL ? arg : pt_None, 0);
    } else if ((arg == NULL || arg == pt_None) && pt_type(it)->iternext != NULL) {
        r = pt_type(it)->iternext(it);
        if (r == NULL && !pt_err_occurred()) {
            pt_err_set_object(pt_exc_StopIteration, NULL);
        }
    } else {
        r = pt_object_call_method_str(it, "send", &arg, 1);
    }
    pt_decref(it);
    return anext_result(a, r);
}

static PtObject *anext_iternext(PtObject *o) { return anext_send(o, NULL); }

static PtObject *anext_throw(PtObject *o, PtObject *const *args, size_t nargs) {
    PtAnext *a = AN(o);
    if (pt_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtObject *it = pt_coro_get_awaitable_iter(a->awaitable), *r;
    if (it == NULL) {
        return NULL;
    }
    if (pt_is_gen_like(it)) {
        r = gen_throw_impl(GEN(it), 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    } else {
        r = pt_object_call_method_str(it, "throw", args, nargs);
    }
    pt_decref(it);
    return anext_result(a, r);
}

static PtObject *anext_close(PtObject *o, PtObject *unused) {
    PtObject *r = pt_object_call_method_str(AN(o)->awaitable, "close", NULL, 0);
    if (r == NULL && pt_err_matches(pt_exc_AttributeError)) {
        pt_err_clear();
        return pt_newref(pt_None);
    }
    return r;
}

static const PtMethodDef anext_methods[] = {
    {"send", PT_FN(anext_send), PT_METH_O, NULL},
    {"throw", PT_FN(anext_throw), PT_METH_FAST, NULL},
    {"close", PT_FN(anext_close), PT_METH_NOARGS, NULL},
    {"__await__", PT_FN(self_method), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType anext_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "anext_awaitable",
    .basicsize = sizeof(PtAnext),
    .flags = PT_TF_GC,
    .dealloc = anext_dealloc,
    .traverse = anext_traverse,
    .clear = anext_clear,
    .getattro = pt_object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

// ---- Start-up ----

int pt_gen_init(void) {
    PtType *types[] = {&coro_wrapper_type, &wrapped_type, &asend_type, &athrow_type, &anext_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (pt_type_ready(types[i]) < 0) {
            return -1;
        }
    }
    return 0;
}
