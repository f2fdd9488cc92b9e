// src/vm/super.c: the zero-argument form of super(), which reads the caller's frame.
//
// `super()` inside a method means super(__class__, <first argument>): the
// class comes from the __class__ cell the compiler creates for methods that
// mention super or __class__, the instance from the frame's first local
// (which may itself have been turned into a cell).
//
// Guards: tests/golden/lang/super_*.
#include "pith.h"       // the object API
#include "obj/type.h"   // pt_frame_super_args
#include "vm/frame.h"   // PtFrame
#include "vm/state.h"   // pt_tstate

int pt_frame_super_args(PtObject **type_out, PtObject **self_out) {
    PtThreadState *ts = pt_tstate();
    PtFrame *f = ts != NULL ? ts->frame : NULL;
    if (f == NULL) {
        pt_err_set_string(pt_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    PtCode *co = f->code;
    if (co->argcount == 0 && !(co->flags & PT_CO_VARARGS)) {
        pt_err_set_string(pt_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    PtObject *first = f->localsplus[0];
    if (first != NULL && (co->localspluskinds[0] & PT_LK_CELL) && pt_tid(first) == PT_TID_CELL) {
        first = pt_cell_get(first);
    }
    if (first == NULL) {
        pt_err_set_string(pt_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int32_t i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        PtObject *name = pt_tuple_get(co->localsplusnames, i);
        if (!pt_str_eq_cstr(name, "__class__")) {
            continue;
        }
        PtObject *cell = f->localsplus[i];
        PtObject *cls = cell != NULL && pt_tid(cell) == PT_TID_CELL ? pt_cell_get(cell) : NULL;
        if (cls == NULL) {
            pt_err_set_string(pt_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!pt_is_heap(cls) || !pt_type_is_subtype_flag(pt_type(cls), PT_TF_TYPE_SUB)) {
            pt_err_format(pt_exc_RuntimeError, "super(): __class__ is not a type (%s)", pt_type_name_of(cls));
            return -1;
        }
        *type_out = pt_newref(cls);
        *self_out = pt_newref(first);
        return 0;
    }
    pt_err_set_string(pt_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
