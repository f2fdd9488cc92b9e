// src/modules/mod_tracemalloc.h: the sys functions that show memory (src/modules/mod_tracemalloc.c).
//
// src/modules/mod_sys.c puts these in the sys method table; the three
// _debug_ ones only in debug builds (PT_DEBUG), so that tests/run.py
// --refleaks can tell a debug build by the presence of
// sys._debug_refcount_total.
#ifndef PT_MODULES_MOD_TRACEMALLOC_H
#define PT_MODULES_MOD_TRACEMALLOC_H

#include "pith/module.h"  // PtModuleDef
#include "pith/object.h"  // PtObject

extern const PtModuleDef pt_mod_tracemalloc_def;

// sys._memstats(): a dict of the allocator's, the collector's and (under
// -X memstats) the per-type figures. PT_METH_NOARGS. New reference.
PtObject *pt_sys_memstats(PtObject *self, PtObject *unused);
// sys._debug_refcount_total(): the total of reference-count changes (debug
// builds; see include/pith/object.h). PT_METH_NOARGS.
PtObject *pt_sys_debug_refcount_total(PtObject *self, PtObject *unused);
// sys._debug_live_blocks(): blocks handed out by pt_mem_* and not freed. PT_METH_NOARGS.
PtObject *pt_sys_debug_live_blocks(PtObject *self, PtObject *unused);
// sys._debug_fail_after(n): the n-th next allocation fails once (0 disarms). PT_METH_O.
PtObject *pt_sys_debug_fail_after(PtObject *self, PtObject *arg);

#endif  // PT_MODULES_MOD_TRACEMALLOC_H
