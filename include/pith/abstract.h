// include/pith/abstract.h: the generic object protocols: attributes, calls,
// comparison, hashing, numbers, sequences, mappings and iteration.
//
// Every function here works on any value (immediates included) and follows the
// errors.h convention. Results are new references unless marked borrowed.
#ifndef PT_ABSTRACT_H
#define PT_ABSTRACT_H

#include "pith/object.h"  // PtObject, PtType

// ---- Identity, truth, representation ----
PtObject *pt_object_repr(PtObject *v);
PtObject *pt_object_str(PtObject *v);
PtObject *pt_object_ascii(PtObject *v);
PtObject *pt_object_format(PtObject *v, PtObject *spec);  // spec: str or NULL for ""
int pt_object_is_true(PtObject *v);                       // 1/0, -1 on error
pt_hash pt_object_hash(PtObject *v);                      // -1 on error
PtObject *pt_object_richcompare(PtObject *a, PtObject *b, int op);
int pt_object_richcompare_bool(PtObject *a, PtObject *b, int op);  // 1/0/-1; identity implies EQ
int pt_object_isinstance(PtObject *v, PtObject *cls);   // cls: type or tuple, honours __instancecheck__
int pt_object_issubclass(PtObject *derived, PtObject *cls);
int pt_type_is_subtype(PtType *a, PtType *b);  // by MRO, no hooks; never fails
// Make a static C type usable: fill its dict, MRO and inherited slots, give it
// an id. Idempotent; modules call it (or pt_module_add_type) for their types. 0 or -1.
int pt_type_ready(PtType *t);
// Borrowed-style check: value's type is `t` or a subclass.
static inline int pt_object_typecheck(PtObject *v, PtType *t) {
    return pt_type(v) == t || pt_type_is_subtype(pt_type(v), t);
}
// The value's id(): the address for heap objects, the word for immediates.
PtObject *pt_object_id(PtObject *v);
// Name of `v`'s type as a C string (borrowed, valid while the type lives).
const char *pt_type_name_of(PtObject *v);
const char *pt_type_name(PtType *t);

// ---- Attributes ----
PtObject *pt_object_getattr(PtObject *v, PtObject *name);
PtObject *pt_object_getattr_str(PtObject *v, const char *name);
// 1 found (*out new ref), 0 AttributeError suppressed (*out NULL), -1 other error.
int pt_object_lookup_attr(PtObject *v, PtObject *name, PtObject **out);
int pt_object_setattr(PtObject *v, PtObject *name, PtObject *value);  // value NULL: delete
int pt_object_setattr_str(PtObject *v, const char *name, PtObject *value);
int pt_object_delattr(PtObject *v, PtObject *name);
int pt_object_hasattr_str(PtObject *v, const char *name);  // 1/0, never fails
// object.__getattribute__ / __setattr__: MRO lookup, descriptors, instance dict.
PtObject *pt_object_generic_getattr(PtObject *v, PtObject *name);
int pt_object_generic_setattr(PtObject *v, PtObject *name, PtObject *value);
// Borrowed: look `name` up along type's MRO without descriptors; NULL if absent (no error).
PtObject *pt_type_lookup(PtType *type, PtObject *name);

// ---- Calls ----
PtObject *pt_object_call(PtObject *callable, PtObject *const *args, size_t nargs, PtObject *kwnames);
// Call with a tuple of positional arguments and an optional dict of keywords.
PtObject *pt_object_call_tuple_dict(PtObject *callable, PtObject *args, PtObject *kwargs);
PtObject *pt_object_call0(PtObject *callable);
PtObject *pt_object_call1(PtObject *callable, PtObject *a);
PtObject *pt_object_call2(PtObject *callable, PtObject *a, PtObject *b);
// obj.name(*args), without creating a bound method where possible.
PtObject *pt_object_call_method(PtObject *obj, PtObject *name, PtObject *const *args, size_t nargs,
                                PtObject *kwnames);
PtObject *pt_object_call_method_str(PtObject *obj, const char *name, PtObject *const *args,
                                    size_t nargs);
int pt_callable_check(PtObject *v);

// ---- Numbers ----
// Binary operators, the arg of the BINARY_OP instruction. In-place forms are
// the plain form + PT_BINOP_INPLACE.
enum {
    PT_BINOP_ADD, PT_BINOP_AND, PT_BINOP_FLOORDIV, PT_BINOP_LSHIFT, PT_BINOP_MATMUL,
    PT_BINOP_MUL, PT_BINOP_MOD, PT_BINOP_OR, PT_BINOP_POW, PT_BINOP_RSHIFT,
    PT_BINOP_SUB, PT_BINOP_TRUEDIV, PT_BINOP_XOR,
    PT_BINOP_COUNT,
    PT_BINOP_INPLACE = 13,
};
// a OP b (op in [0, 26)): tries a's slot, then b's reflected slot, with
// subclass priority; TypeError "unsupported operand type(s) for +: 'a' and 'b'".
PtObject *pt_number_binop(PtObject *a, PtObject *b, int op);
PtObject *pt_number_power(PtObject *a, PtObject *b, PtObject *mod);  // mod pt_None if absent
PtObject *pt_number_negative(PtObject *v);
PtObject *pt_number_positive(PtObject *v);
PtObject *pt_number_invert(PtObject *v);
PtObject *pt_number_absolute(PtObject *v);
PtObject *pt_number_divmod(PtObject *a, PtObject *b);
PtObject *pt_number_index(PtObject *v);  // __index__, result an exact int
PtObject *pt_number_long(PtObject *v);   // int(v)
PtObject *pt_number_float(PtObject *v);  // float(v)
// v.__index__() as a C integer; OverflowError (or `exc` if not NULL, e.g. IndexError)
// when it does not fit. -1 with an exception on error (check pt_err_occurred).
pt_ssize pt_number_as_ssize(PtObject *v, PtObject *exc);
// Symbol of a binary op for messages: "+", "+=", ...
const char *pt_binop_symbol(int op);

// ---- Sequences, mappings, containers ----
PtObject *pt_object_getitem(PtObject *o, PtObject *key);
int pt_object_setitem(PtObject *o, PtObject *key, PtObject *value);
int pt_object_delitem(PtObject *o, PtObject *key);
pt_ssize pt_object_len(PtObject *o);  // -1 on error
// `len(o)` if it has one, else `__length_hint__`, else `dflt`.
pt_ssize pt_object_length_hint(PtObject *o, pt_ssize dflt);
int pt_seq_contains(PtObject *seq, PtObject *v);  // `v in seq`: 1/0/-1
PtObject *pt_seq_tuple(PtObject *v);  // tuple(v)
PtObject *pt_seq_list(PtObject *v);   // list(v)

// ---- Iteration ----
PtObject *pt_object_iter(PtObject *v);  // iter(v)
// next(it): new reference; NULL with no exception set when exhausted
// (StopIteration raised by a Python __next__ is swallowed); NULL with one on error.
PtObject *pt_iter_next(PtObject *it);
int pt_iter_check(PtObject *v);

#endif  // PT_ABSTRACT_H
