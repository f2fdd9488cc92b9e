// src/obj/type.h: internals of type objects shared by type.c, slots.c and descr.c.
//
// A heap type (made by a class statement) is a PtHeapType: the PtType plus
// the protocol tables it owns. Its instances keep everything the class adds
// in the prefix before the object header (include/pith/object.h): one word
// per __slots__ name, then, if instances have a __dict__, one word for it.
#ifndef PT_OBJ_TYPE_H
#define PT_OBJ_TYPE_H

#ifndef PT_CORE
#error "src/obj/type.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtType

typedef struct PtHeapType {
    PtType type;
    PtNumberMethods as_number;
    PtSequenceMethods as_sequence;
    PtMappingMethods as_mapping;
} PtHeapType;

// Register `t` in pt_type_table (assigning t->tid for non-builtin types). 0 or -1.
int pt_type_register(PtType *t);
// Fill a static type's dict, MRO and inherited slots. Idempotent. 0 or -1.
int pt_type_ready(PtType *t);
// Install slot wrappers (`__add__`...) into a static type's dict (slots.c).
int pt_slots_add_wrappers(PtType *t);
// Point a heap type's slots at the generic functions that call its dunders (slots.c).
void pt_slots_fixup(PtType *t);
// Re-evaluate one slot after `name` was set on heap type `t` (slots.c).
void pt_slots_update(PtType *t, PtObject *name);
// Mark `t` and its subclasses changed (invalidates inline caches and the method cache).
void pt_type_modified(PtType *t);
// ---- Instance attributes (instance.c) ----
// Borrowed: the __dict__ of an instance, creating it if `create` and turning
// inline values into a real dict. NULL if the type has no __dict__ (or on error).
PtObject *pt_instance_dict(PtObject *o, int create);
// The address of the __dict__ word of `o`, or NULL if its type has none. The
// word may hold inline values (see instance.c): use the functions below.
PtObject **pt_instance_dict_slot(PtObject *o);
// Look `name` up in the instance storage behind `slot`: 1 (*out new ref), 0, -1.
int pt_instance_get(PtObject *o, PtObject **slot, PtObject *name, PtObject **out);
// Store (value NULL: delete, AttributeError if absent) in the storage. 0 or -1.
int pt_instance_set(PtObject *o, PtObject **slot, PtObject *name, PtObject *value);
// Release whatever the word holds; visit what it holds (GC).
void pt_instance_clear_slot(PtObject **slot);
int pt_instance_visit_slot(PtObject *s, PtVisitFn visit, void *arg);
// Bytes of the inline values block held in the word (0 for none or a dict).
size_t pt_instance_values_size(PtObject *s);
int pt_instance_is_values(PtObject *s);

// Heap-type instance lifecycle (type.c).
void pt_subtype_dealloc(PtObject *o);
int pt_subtype_traverse(PtObject *o, PtVisitFn visit, void *arg);
int pt_subtype_clear(PtObject *o);

// The zero-argument super(): find the class and first argument of the
// calling Python frame (implemented by the VM, src/vm/eval.c). 0 or -1.
int pt_frame_super_args(PtObject **type_out, PtObject **self_out);

// Start-up: fill pt_type_table with the builtin types. 0 or -1.
int pt_type_table_init(void);
int pt_type_compute_mro(PtType *t);
int pt_type_add_subclass(PtType *base, PtType *sub);
uint64_t pt_type_next_version(void);
// type.__new__(meta, name, bases, ns, **kw) (class.c).
PtObject *pt_type_new_impl(PtType *meta, PtObject *const *args, size_t nargs, PtObject *kwnames);
// A staticmethod wrapping T.__new__ for the dict of builtin type `t` (descr.c).
PtObject *pt_new_wrapper(PtType *t);
PtObject *pt_staticmethod_func(PtObject *sm);
// The `__dict__` getset for instances of classes (baseobject.c).
PtObject *pt_instance_dict_descr(PtType *t);
// The `__weakref__` getset for instances of classes (baseobject.c).
PtObject *pt_instance_weakref_descr(PtType *t);
// A read-only view of a type's namespace (mappingproxy).
PtObject *pt_mappingproxy_new(PtObject *mapping);
// `X | Y` on types: a types.UnionType.
PtObject *pt_union_new(PtObject *a, PtObject *b);
// The __module__ for a class being created: the running frame's __name__ global.
PtObject *pt_eval_current_module_name(void);

// A types.SimpleNamespace holding a copy of `kwargs` (a dict or NULL) (namespace.c).
PtObject *pt_namespace_new(PtObject *kwargs);

// types.GenericAlias (genericalias.c): `origin[args]`. New reference.
PtObject *pt_genericalias_new(PtObject *origin, PtObject *args);
// Start-up: give the builtin generic classes their __class_getitem__. 0 or -1.
int pt_genericalias_init(void);

#endif  // PT_OBJ_TYPE_H
