// src/obj/list.h: list internals shared inside the core (sorting, the repr guard).
//
// The PtList struct itself is public (include/pith/list.h): `items[0..size)`
// are owned references, `allocated` >= size is the capacity. While a sort runs
// the list is emptied (items NULL, allocated -1) so that code run by key
// functions or __lt__ sees an empty list; list_sort.c checks on the way out
// that nobody stored anything meanwhile.
#ifndef PT_OBJ_LIST_H
#define PT_OBJ_LIST_H

#ifndef PT_CORE
#error "src/obj/list.h is internal to the pith core"
#endif

#include "pith/list.h"  // PtList

// Sort `l` in place, stable, with an optional key callable (NULL or None for
// none) and reverse flag (list_sort.c). 0 or -1; on error the list holds a
// permutation of its items.
int pt_list_sort_impl(PtObject *l, PtObject *key, int reverse);

// The repr recursion guard (CPython's Py_ReprEnter): 0 when `o` is not being
// repr'ed yet on this thread (it is now recorded), 1 when it already is (print
// "[...]"), -1 on error. Pair every 0 result with pt_repr_leave(o).
int pt_repr_enter(PtObject *o);
void pt_repr_leave(PtObject *o);

// Reallocate `l` to hold `newsize` items with CPython's over-allocation; the
// new items are uninitialised. 0 or -1 (MemoryError).
int pt_list_resize(PtObject *l, pt_ssize newsize);

#endif  // PT_OBJ_LIST_H
