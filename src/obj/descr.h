// src/obj/descr.h: layouts of builtin functions, bound methods and descriptors.
//
// Internal to the core: the VM's CALL and LOAD_ATTR fast paths read these
// structs directly (a builtin's PtMethodDef, a bound method's func/self, a
// __slots__ member's word index) instead of going through the type slots.
// The objects themselves are implemented in src/obj/descr.c (builtins,
// method descriptors, bound methods) and src/obj/class.c (slot members).
// Invariants: a PtBuiltin's `def` and a PtMethodDescr's `def` point at static
// method tables that outlive them; a PtSlotDescr's `owner` outlives it.
#ifndef PT_OBJ_DESCR_H
#define PT_OBJ_DESCR_H

#ifndef PT_CORE
#error "src/obj/descr.h is internal to the pith core"
#endif

#include <stdint.h>
#include "pith/object.h"  // PtObject, PtMethodDef, PtType

// builtin_function_or_method: a PtMethodDef bound to `self`.
typedef struct PtBuiltin {
    PtObject ob;
    const PtMethodDef *def;
    PtObject *self;    // module, bound instance, or NULL
    PtObject *module;  // __module__ (str) or NULL
} PtBuiltin;

// method_descriptor / classmethod_descriptor: a C method in a type's dict.
typedef struct PtMethodDescr {
    PtObject ob;
    PtType *owner;  // borrowed: static types outlive their descriptors
    const PtMethodDef *def;
} PtMethodDescr;

// A bound method (type `method`).
typedef struct PtMethod {
    PtObject ob;
    PtObject *func, *self;
} PtMethod;

// member_descriptor of a __slots__ name (src/obj/class.c).
typedef struct PtSlotDescr {
    PtObject ob;
    PtType *owner;   // borrowed: the class keeps the descriptor
    PtObject *name;  // str
    uint32_t index;  // word index in the owner's prefix layout, counted from the object
} PtSlotDescr;

// The address of the slot word `index` of `o` (see pt_object_prefix): slot
// words are counted back from the header, so that a subclass, whose prefix
// is longer, finds its base's slots at the same place.
static inline PtObject **pt_slot_word(PtObject *o, uint32_t index) {
    char *start = (char *)o - (pt_has_flag(o, PT_OF_GC) ? PT_GC_HEAD_SIZE : 0);
    return (PtObject **)(void *)start - 1 - index;
}

#endif  // PT_OBJ_DESCR_H
