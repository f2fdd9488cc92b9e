// src/obj/instance.h: the inline-values block of class instances.
//
// Internal to the core. An instance's __dict__ word (src/obj/instance.c)
// holds NULL, a real dict, or a PtInlineValues block tagged with the low
// bit. The block holds the values of the first `count` names of the class's
// append-only shared keys (`cached_keys`: name -> index), in that order;
// a NULL value is a hole. The VM's attribute caches read it directly: once
// a name's index is known for a type version, a hit is one load.
#ifndef PT_OBJ_INSTANCE_H
#define PT_OBJ_INSTANCE_H

#ifndef PT_CORE
#error "src/obj/instance.h is internal to the pith core"
#endif

#include <stdint.h>
#include "pith/object.h"  // PtObject

typedef struct PtInlineValues {
    uint32_t capacity;
    uint32_t count;
    PtObject *values[];
} PtInlineValues;

// Is the __dict__ word `s` an inline-values block (and not NULL or a dict)?
static inline int pt_inline_values_check(const PtObject *s) { return ((uintptr_t)s & 1) != 0; }
// The block of a word for which pt_inline_values_check holds.
static inline PtInlineValues *pt_inline_values(PtObject *s) {
    return (PtInlineValues *)(void *)((uintptr_t)s & ~(uintptr_t)1);
}

#endif  // PT_OBJ_INSTANCE_H
