// src/obj/weakref.h: weak references (side table) inside the core.
//
// A PtWeakref is linked into the list of references to its referent, which
// the side table in weakref.c finds by the referent's address. `obj` is a
// borrowed pointer, NULL once the referent died.
#ifndef PT_OBJ_WEAKREF_H
#define PT_OBJ_WEAKREF_H

#ifndef PT_CORE
#error "src/obj/weakref.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject

typedef struct PtWeakref {
    PtObject ob;
    PtObject *obj;       // the referent (borrowed), NULL when dead
    PtObject *callback;  // strong or NULL
    pt_hash hash;        // cached hash of the referent, -1 until computed
    struct PtWeakref *next, *prev;  // the referent's list
} PtWeakref;

// New reference of `type` (weakref or a subclass) to `obj`; TypeError
// "cannot create weak reference to 'T' object" for unsupported objects.
PtObject *pt_weakref_new(PtType *type, PtObject *obj, PtObject *callback);
// Borrowed: the referent, or None when it died.
PtObject *pt_weakref_get(PtObject *ref);
// 1 if `obj` may be weakly referenced.
int pt_weakref_supported(PtObject *obj);
// weakref.getweakrefcount(obj), weakref.getweakrefs(obj) (a new list).
pt_ssize pt_weakref_count(PtObject *obj);
PtObject *pt_weakref_list(PtObject *obj);
// Detach every weak reference to the dying `o` and run their callbacks
// (pt_object_free calls it when the PT_OF_WEAKREFS bit is set).
void pt_weakref_clear_all(PtObject *o);
// Start-up: install the collector hook, mark the weakly referenceable builtin types.
void pt_weakref_init(void);

#endif  // PT_OBJ_WEAKREF_H
