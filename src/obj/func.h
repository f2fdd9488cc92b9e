// src/obj/func.h: the layout of Python functions and cells, internal to the core.
//
// A function is a code object plus the environment it runs in: globals, the
// builtins dict found at creation (globals["__builtins__"] or the runtime's),
// defaults, keyword-only defaults and the closure (a tuple of cells, one per
// free variable of the code, in co_freevars order). Function attributes live
// in the instance __dict__ (prefix slot 0), so the generic getattr serves them.
// The VM reads these fields directly for calls (src/vm/call.c).
#ifndef PT_OBJ_FUNC_H
#define PT_OBJ_FUNC_H

#ifndef PT_CORE
#error "src/obj/func.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject

typedef struct PtFunction {
    PtObject ob;
    PtObject *code;         // PtCode, never NULL
    PtObject *globals;      // dict
    PtObject *builtins;     // dict
    PtObject *name;         // str
    PtObject *qualname;     // str
    PtObject *module;       // any (globals["__name__"] at creation), or NULL
    PtObject *doc;          // any, or NULL
    PtObject *defaults;     // tuple or NULL
    PtObject *kwdefaults;   // dict or NULL
    PtObject *closure;      // tuple of cells or NULL
    PtObject *annotations;  // dict (or tuple of pairs from MAKE_FUNCTION, normalised lazily) or NULL
    uint32_t version;       // changes when __code__ or defaults change (call caches)
} PtFunction;

typedef struct PtCell {
    PtObject ob;
    PtObject *ref;  // NULL when empty
} PtCell;

extern PtType pt_function_type, pt_cell_type;

// A new function for `code` (borrowed) in `globals` (borrowed). The builtins
// are globals["__builtins__"] (a module's dict or a dict) or the runtime's.
// `qualname` may be NULL (the code's qualname is used). New reference or NULL.
PtObject *pt_function_new(PtObject *code, PtObject *globals, PtObject *qualname);
static inline int pt_is_function(PtObject *v) { return pt_tid(v) == PT_TID_FUNCTION; }

// The VM installs its implementation of calling a function (src/vm/call.c).
void pt_function_set_call(PtCallFn fn);
// The runtime's builtins dict, used when globals has no __builtins__ (set by the VM).
extern PtObject *(*pt_func_default_builtins)(void);

#endif  // PT_OBJ_FUNC_H
