// src/vm/frame.c: pushing and finishing frames, and the frame object type.
//
// See src/vm/frame.h for the layout. The two interesting operations are
// pt_frame_clear, which releases what a finished frame holds (or moves it into
// the frame object when one is still referenced: "take ownership", so that a
// traceback keeps the frame's locals alive exactly as in CPython), and
// pt_frame_get_object, which materialises a frame object on demand with room
// for that copy. Frame objects of live frames are thin views: their GC
// traverse visits nothing until they own the frame.
// Tests: tests/golden/lang/traceback_presence.py, gen_state_attrs.py.
#include <string.h>
#include "pith.h"        // the object API
#include "mem/gc.h"      // pt_gc_track, pt_gc_untrack
#include "obj/code.h"    // PtCode
#include "obj/func.h"    // PtFunction
#include "obj/gen.h"     // PtGen (frame.clear on generator frames)
#include "vm/frame.h"    // PtFrame, PtFrameObject
#include "vm/state.h"    // pt_datastack_push

#define FN(o) ((PtFunction *)(void *)(o))

// ---- Frames ----

PtFrame *pt_frame_push(PtThreadState *ts, PtObject *func) {
    PtCode *co = (PtCode *)FN(func)->code;
    PtFrame *f = (PtFrame *)(void *)pt_datastack_push(ts, pt_frame_words(co));
    if (f == NULL) {
        pt_err_no_memory();
        return NULL;
    }
    f->code = co;
    pt_incref((PtObject *)co);
    f->func = pt_newref(func);
    f->globals = FN(func)->globals;
    f->builtins = FN(func)->builtins;
    f->locals = NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->instr = co->code - 1;
    f->stackdepth = 0;
    f->owner = PT_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->is_init = 0;
    f->trace_line = -1;
    f->trace_lasti = -1;
    f->state = PT_FRAME_CREATED;
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(PtObject *));
    return f;
}

// Move what `f` holds into frame object `fo`, which outlives the frame.
static void take_ownership(PtFrame *f, PtFrameObject *fo) {
    PtCode *co = f->code;
    PtObject **stack = pt_frame_stack_base(f);
    for (int32_t i = 0; i < f->stackdepth; i++) {
        pt_xdecref(stack[i]);
    }
    f->stackdepth = 0;
    PtFrame *copy = (PtFrame *)(void *)fo->data;
    memcpy(copy, f, sizeof(PtFrame) + (size_t)co->nlocalsplus * sizeof(PtObject *));
    copy->owner = PT_FRAME_OWNED_BY_FRAME_OBJECT;
    copy->previous = NULL;
    copy->frame_obj = NULL;
    copy->is_entry = 0;
    copy->is_init = 0;
    copy->state = PT_FRAME_COMPLETED;
    fo->frame = copy;
    if (fo->back == NULL && f->previous != NULL) {
        PtObject *back = pt_frame_get_object(f->previous);
        if (back != NULL) {
            fo->back = pt_newref(back);
        } else {
            pt_err_clear();
        }
    }
    // The frame no longer holds anything: the references moved.
    f->code = NULL;
    f->func = NULL;
    f->locals = NULL;
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(PtObject *));
}

void pt_frame_clear(PtFrame *f) {
    if (f->code == NULL) {
        return;  // already cleared
    }
    PtFrameObject *fo = f->frame_obj;
    if (fo != NULL) {
        f->frame_obj = NULL;
        if (fo->ob.refcnt > 1) {
            PtObject *saved = pt_err_fetch();
            take_ownership(f, fo);
            pt_err_restore(saved);
            pt_decref((PtObject *)fo);
            return;
        }
        fo->frame = NULL;
        pt_decref((PtObject *)fo);
    }
    PtCode *co = f->code;
    PtObject **stack = pt_frame_stack_base(f);
    for (int32_t i = 0; i < f->stackdepth; i++) {
        pt_xdecref(stack[i]);
    }
    f->stackdepth = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        PtObject *v = f->localsplus[i];
        f->localsplus[i] = NULL;
        pt_xdecref(v);
    }
    pt_clearref(&f->locals);
    pt_clearref(&f->func);
    f->code = NULL;
    pt_decref((PtObject *)co);
}

void pt_frame_exit(PtThreadState *ts, PtFrame *f) {
    f->state = PT_FRAME_COMPLETED;
    pt_frame_clear(f);
    if (f->owner == PT_FRAME_OWNED_BY_THREAD) {
        pt_datastack_pop(ts, (PtObject **)(void *)f);
    }
}

int pt_frame_traverse(PtFrame *f, PtVisitFn visit, void *arg) {
    if (f->code == NULL) {
        return 0;
    }
    int r;
    if ((r = visit((PtObject *)f->code, arg)) || (f->func && (r = visit(f->func, arg))) ||
        (f->locals && (r = visit(f->locals, arg))) || (f->frame_obj && (r = visit((PtObject *)f->frame_obj, arg)))) {
        return r;
    }
    for (int32_t i = 0; i < f->code->nlocalsplus; i++) {
        if (f->localsplus[i] != NULL && (r = visit(f->localsplus[i], arg))) {
            return r;
        }
    }
    if (f->state != PT_FRAME_EXECUTING) {
        PtObject **stack = pt_frame_stack_base(f);
        for (int32_t i = 0; i < f->stackdepth; i++) {
            if (stack[i] != NULL && (r = visit(stack[i], arg))) {
                return r;
            }
        }
    }
    return 0;
}

int pt_frame_lineno(const PtFrame *f) {
    const PtCode *co = f->code;
    if (co == NULL) {
        return -1;
    }
    int32_t i = pt_frame_lasti(f);
    if (i < 0) {
        return co->firstlineno;
    }
    for (; i >= 0; i--) {
        int32_t line = pt_code_location(co, (uint32_t)i)->line;
        if (line >= 0) {
            return line;
        }
    }
    return co->firstlineno;
}

PtObject *pt_frame_locals(PtFrame *f) {
    PtCode *co = f->code;
    if (co == NULL) {
        if (f->locals == NULL) {
            f->locals = pt_dict_new();
        }
        return f->locals;
    }
    if (!(co->flags & PT_CO_OPTIMIZED)) {
        if (f->locals == NULL) {
            f->locals = pt_newref(f->globals);
        }
        return f->locals;
    }
    if (f->locals == NULL && (f->locals = pt_dict_new()) == NULL) {
        return NULL;
    }
    PtObject *d = f->locals;
    PtObject *const *names = pt_tuple_items(co->localsplusnames);
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        PtObject *v = f->localsplus[i];
        uint8_t kind = co->localspluskinds[i];
        if (v != NULL && (kind & (PT_LK_CELL | PT_LK_FREE)) && pt_tid(v) == PT_TID_CELL) {
            v = pt_cell_get(v);
        }
        int r;
        if (v != NULL) {
            r = pt_dict_set(d, names[i], v);
        } else {
            r = pt_dict_contains(d, names[i]);
            if (r > 0) {
                r = pt_dict_del(d, names[i]);
            }
        }
        if (r < 0) {
            return NULL;
        }
    }
    return d;
}

int pt_frame_locals_to_fast(PtFrame *f) {
    PtCode *co = f->code;
    if (co == NULL || !(co->flags & PT_CO_OPTIMIZED) || f->locals == NULL) {
        return 0;
    }
    PtObject *const *names = pt_tuple_items(co->localsplusnames);
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        PtObject *v = NULL;
        int r = pt_dict_get_ref(f->locals, names[i], &v);
        if (r < 0) {
            return -1;
        }
        PtObject *cur = f->localsplus[i];
        if (cur != NULL && (co->localspluskinds[i] & (PT_LK_CELL | PT_LK_FREE)) && pt_tid(cur) == PT_TID_CELL) {
            pt_cell_set(cur, v);
            pt_xdecref(v);
        } else {
            pt_setref(&f->localsplus[i], v);
        }
    }
    return 0;
}

// ---- Frame objects ----

#define FO(o) ((PtFrameObject *)(void *)(o))

static size_t frame_obj_size(uint32_t words) { return sizeof(PtFrameObject) + (size_t)words * sizeof(PtObject *); }

PtObject *pt_frame_get_object(PtFrame *f) {
    if (f->frame_obj != NULL) {
        return (PtObject *)f->frame_obj;
    }
    uint32_t words = (uint32_t)(PT_FRAME_HEADER_WORDS + (size_t)f->code->nlocalsplus);
    PtFrameObject *fo = (PtFrameObject *)(void *)pt_object_alloc(&pt_frame_type, frame_obj_size(words));
    if (fo == NULL) {
        return NULL;
    }
    fo->frame = f;
    fo->datawords = words;
    f->frame_obj = fo;
    pt_gc_track((PtObject *)fo);
    return (PtObject *)fo;
}

static int frame_owns(PtFrameObject *fo) {
    return fo->frame != NULL && fo->frame == (PtFrame *)(void *)fo->data;
}

static void frame_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    PtFrameObject *fo = FO(o);
    if (frame_owns(fo)) {
        pt_frame_clear(fo->frame);
    } else if (fo->frame != NULL && fo->frame->frame_obj == fo) {
        fo->frame->frame_obj = NULL;  // a live frame lost its view (only at shutdown)
    }
    pt_clearref(&fo->back);
    pt_clearref(&fo->trace);
    pt_object_free(o, frame_obj_size(fo->datawords));
}

static int frame_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtFrameObject *fo = FO(o);
    int r;
    if (fo->back != NULL && (r = visit(fo->back, arg))) {
        return r;
    }
    if (fo->trace != NULL && (r = visit(fo->trace, arg))) {
        return r;
    }
    return frame_owns(fo) ? pt_frame_traverse(fo->frame, visit, arg) : 0;
}

static int frame_clear_slot(PtObject *o) {
    PtFrameObject *fo = FO(o);
    pt_clearref(&fo->back);
    pt_clearref(&fo->trace);
    if (frame_owns(fo)) {
        PtFrame *f = fo->frame;
        if (f->code != NULL) {
            for (int32_t i = 0; i < f->code->nlocalsplus; i++) {
                pt_clearref(&f->localsplus[i]);
            }
            pt_clearref(&f->locals);
        }
    }
    return 0;
}

// The frame an object describes, or NULL (with ValueError) once it is gone.
static PtFrame *frame_of(PtObject *o) {
    PtFrame *f = FO(o)->frame;
    if (f == NULL) {
        pt_err_set_string(pt_exc_ValueError, "frame has been cleared");
    }
    return f;
}

static PtObject *frame_get_code(PtObject *o, void *c) {
    PtFrame *f = FO(o)->frame;
    if (f != NULL && f->code != NULL) {
        return pt_newref((PtObject *)f->code);
    }
    return pt_err_set_string(pt_exc_ValueError, "frame has been cleared");
}

static PtObject *frame_get_globals(PtObject *o, void *c) {
    PtFrame *f = frame_of(o);
    return f != NULL ? pt_newref(f->globals) : NULL;
}

static PtObject *frame_get_builtins(PtObject *o, void *c) {
    PtFrame *f = frame_of(o);
    return f != NULL ? pt_newref(f->builtins) : NULL;
}

static PtObject *frame_get_locals(PtObject *o, void *c) {
    PtFrame *f = frame_of(o);
    if (f == NULL) {
        return NULL;
    }
    PtObject *l = pt_frame_locals(f);
    return l != NULL ? pt_newref(l) : NULL;
}

static PtObject *frame_get_lineno(PtObject *o, void *c) {
    PtFrame *f = FO(o)->frame;
    int line = f != NULL ? pt_frame_lineno(f) : -1;
    return line < 0 ? pt_newref(pt_None) : pt_int_from_i64(line);
}

static PtObject *frame_get_lasti(PtObject *o, void *c) {
    PtFrame *f = FO(o)->frame;
    int32_t i = f != NULL && f->code != NULL ? pt_frame_lasti(f) : -1;
    return pt_int_from_i64(i < 0 ? -1 : (int64_t)i * 2);
}

static PtObject *frame_get_back(PtObject *o, void *c) {
    PtFrameObject *fo = FO(o);
    if (fo->back != NULL) {
        return pt_newref(fo->back);
    }
    if (fo->frame != NULL && !frame_owns(fo) && fo->frame->previous != NULL) {
        PtObject *b = pt_frame_get_object(fo->frame->previous);
        return b != NULL ? pt_newref(b) : NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *frame_get_trace(PtObject *o, void *c) {
    return pt_newref(FO(o)->trace != NULL ? FO(o)->trace : pt_None);
}

static int frame_set_trace(PtObject *o, PtObject *v, void *c) {
    pt_setref(&FO(o)->trace, v != NULL && v != pt_None ? pt_newref(v) : NULL);
    return 0;
}

static PtObject *frame_get_trace_lines(PtObject *o, void *c) { return pt_newref(pt_bool(!FO(o)->trace_lines)); }
static PtObject *frame_get_trace_opcodes(PtObject *o, void *c) { return pt_newref(pt_bool(FO(o)->trace_opcodes)); }

static int frame_set_trace_flag(PtObject *o, PtObject *v, void *c) {
    if (v == NULL || pt_tid(v) != PT_TID_BOOL) {
        pt_err_set_string(pt_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    if (c != NULL) {
        FO(o)->trace_opcodes = v == pt_True;
    } else {
        FO(o)->trace_lines = v != pt_True;
    }
    return 0;
}

// The generator whose embedded frame is `f`.
static PtObject *frame_generator(PtFrame *f) {
    return (PtObject *)(void *)((char *)f - offsetof(PtGen, frame));
}

static PtObject *frame_clear_method(PtObject *o, PtObject *unused) {
    PtFrameObject *fo = FO(o);
    PtFrame *f = fo->frame;
    if (f == NULL) {
        return pt_newref(pt_None);
    }
    if (frame_owns(fo)) {
        frame_clear_slot(o);
        return pt_newref(pt_None);
    }
    if (f->owner == PT_FRAME_OWNED_BY_GENERATOR) {
        if (f->state == PT_FRAME_EXECUTING) {
            return pt_err_set_string(pt_exc_RuntimeError, "cannot clear an executing frame");
        }
        PtObject *gen = frame_generator(f);
        pt_incref(gen);
        PtObject *r = pt_object_call_method_str(gen, "close", NULL, 0);
        pt_decref(gen);
        return r;
    }
    return pt_err_set_string(pt_exc_RuntimeError, "cannot clear an executing frame");
}

static PtObject *frame_repr(PtObject *o) {
    PtFrame *f = FO(o)->frame;
    if (f == NULL || f->code == NULL) {
        return pt_str_format("<frame at %p, cleared>", (void *)o);
    }
    return pt_str_format("<frame at %p, file %R, line %d, code %U>", (void *)o, f->code->filename,
                         pt_frame_lineno(f), f->code->name);
}

static PtObject *frame_sizeof(PtObject *o, PtObject *unused) {
    return pt_int_from_i64((int64_t)frame_obj_size(FO(o)->datawords));
}

static const PtGetSetDef frame_getset[] = {
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_trace_lines", frame_get_trace_lines, frame_set_trace_flag, NULL, NULL},
    {"f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_flag, NULL, (void *)1},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef frame_methods[] = {
    {"clear", PT_FN(frame_clear_method), PT_METH_NOARGS, "F.clear(): clear most references held by the frame"},
    {"__sizeof__", PT_FN(frame_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_frame_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "frame",
    .tid = PT_TID_FRAME,
    .basicsize = sizeof(PtFrameObject),
    .itemsize = sizeof(PtObject *),
    .flags = PT_TF_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear_slot,
    .repr = frame_repr,
    .getattro = pt_object_generic_getattr,
    .setattro = pt_object_generic_setattr,
    .methods = frame_methods,
    .getset = frame_getset,
};
