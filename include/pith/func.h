// include/pith/func.h: callables: Python functions, bound methods, builtin
// functions, code objects, cells, and the descriptors that wrap C methods.
#ifndef PT_FUNC_H
#define PT_FUNC_H

#include "pith/object.h"  // PtObject, PtMethodDef

extern PtType pt_function_type, pt_builtin_function_type, pt_method_type, pt_code_type,
    pt_cell_type, pt_classmethod_type, pt_staticmethod_type, pt_property_type,
    pt_method_descr_type, pt_classmethod_descr_type, pt_member_descr_type,
    pt_getset_descr_type, pt_wrapper_descr_type, pt_method_wrapper_type;

// A builtin function bound to `self` (a module, or NULL); `def` must outlive it.
PtObject *pt_builtin_new(const PtMethodDef *def, PtObject *self, PtObject *module_name);
// A bound method: func bound to self.
PtObject *pt_method_new(PtObject *func, PtObject *self);
PtObject *pt_cell_new(PtObject *v);  // v may be NULL (empty cell)
PtObject *pt_cell_get(PtObject *cell);  // borrowed, NULL if empty
void pt_cell_set(PtObject *cell, PtObject *v);  // does not steal
// Descriptors for C types' method, member and getset tables.
PtObject *pt_descr_new_method(PtType *type, const PtMethodDef *def);
PtObject *pt_descr_new_classmethod(PtType *type, const PtMethodDef *def);
PtObject *pt_descr_new_member(PtType *type, const PtMemberDef *def);
PtObject *pt_descr_new_getset(PtType *type, const PtGetSetDef *def);
PtObject *pt_classmethod_new(PtObject *callable);
PtObject *pt_staticmethod_new(PtObject *callable);

#endif  // PT_FUNC_H
