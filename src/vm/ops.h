// src/vm/ops.h: the longer opcode bodies of the eval loop, as named helpers.
//
// Each helper implements the semantics of one instruction (or one part of
// it) with CPython 3.11's behaviour and messages; the eval loop keeps only
// the stack handling. All follow the errors.h convention and take borrowed
// arguments unless said otherwise. See docs/internals/eval.md.
#ifndef PT_VM_OPS_H
#define PT_VM_OPS_H

#ifndef PT_CORE
#error "src/vm/ops.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject
#include "vm/frame.h"     // PtFrame

// NameError "name 'x' is not defined" with .name set. Returns NULL.
PtObject *pt_op_name_error(PtObject *name);
// UnboundLocalError / NameError for an empty fast local or cell `i` of `co`.
PtObject *pt_op_unbound_error(PtCode *co, int32_t i);
// LOAD_NAME / LOAD_GLOBAL slow paths. New reference or NULL (NameError set).
PtObject *pt_op_load_name(PtFrame *f, PtObject *name);
PtObject *pt_op_load_global(PtObject *globals, PtObject *builtins, PtObject *name);
// The method `name` looked up on type(obj) and bound (special method lookup);
// NULL without an exception if absent.
PtObject *pt_op_lookup_special(PtObject *obj, PtObject *name);
// obj.name for LOAD_METHOD: *meth gets the unbound function and 1 is returned
// when it can be called with obj prepended; otherwise *meth is the attribute
// and 0 is returned. -1 on error.
int pt_op_load_method(PtObject *obj, PtObject *name, PtObject **meth);

// Calls.
PtObject *pt_op_call_ex(PtObject *func, PtObject *args, PtObject *kwargs);
int pt_op_dict_merge(PtObject *func, PtObject *dict, PtObject *update);
int pt_op_dict_update(PtObject *dict, PtObject *update);
int pt_op_list_extend(PtObject *list, PtObject *iterable);
PtObject *pt_op_make_function(PtObject *code, PtObject *globals, PtObject **extras, uint32_t flags);

// Sequences and strings.
// Unpack `seq` into out[0..n) in stack order (out[n-1] is item 0). 0 or -1.
int pt_op_unpack(PtObject *seq, pt_ssize n, PtObject **out);
// UNPACK_EX: before items, a list, after items; into out[0..before+after+1). 0 or -1.
int pt_op_unpack_ex(PtObject *seq, int before, int after, PtObject **out);
PtObject *pt_op_format_value(PtObject *v, int conv, PtObject *spec);
PtObject *pt_op_build_string(PtObject *const *items, size_t n);

// Exceptions.
// RAISE_VARARGS 1/2: raise exc (class or instance) with optional cause. Returns -1 always
// (the exception is set); never steals.
int pt_op_do_raise(PtObject *exc, PtObject *cause);
// 0 if `type` may appear in an except clause, else -1 with TypeError.
int pt_op_check_except_type(PtObject *type);
int pt_op_check_except_star_type(PtObject *type);
// CHECK_EG_MATCH: *match and *rest new references (match None: no match). 0 or -1.
int pt_op_eg_match(PtObject *exc, PtObject *type, PtObject **match, PtObject **rest);
PtObject *pt_op_prep_reraise_star(PtObject *orig, PtObject *list);

// with / async with: *exit_out gets the bound __exit__, result of __enter__ returned.
PtObject *pt_op_before_with(PtObject *mgr, PtObject **exit_out, int is_async);

// Pattern matching.
PtObject *pt_op_match_class(PtObject *subject, PtObject *cls, int npos, PtObject *names);
PtObject *pt_op_match_keys(PtObject *subject, PtObject *keys);

// Imports.
PtObject *pt_op_import_name(PtFrame *f, PtObject *name, PtObject *fromlist, PtObject *level);
PtObject *pt_op_import_from(PtObject *module, PtObject *name);
int pt_op_import_star(PtFrame *f, PtObject *module);

// Coroutines and async iteration.
PtObject *pt_op_get_awaitable(PtObject *obj, int where);
PtObject *pt_op_get_aiter(PtObject *obj);
PtObject *pt_op_get_anext(PtObject *aiter);
PtObject *pt_op_get_yield_from_iter(PtObject *v, PtCode *co);

// Miscellaneous.
int pt_op_print_expr(PtObject *v);
int pt_op_setup_annotations(PtFrame *f);
PtObject *pt_op_load_build_class(PtFrame *f);
PtObject *pt_op_load_classderef(PtFrame *f, int32_t i);
// super().name: 1 with (*meth, *self) when a method can be called unbound, 0
// with *meth the attribute and *self NULL; -1 on error.
int pt_op_load_super_method(PtObject *gsuper, PtObject *cls, PtObject *self, PtObject *name,
                            PtObject **meth, PtObject **self_out);

#endif  // PT_VM_OPS_H
