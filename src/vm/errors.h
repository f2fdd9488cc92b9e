// src/vm/errors.h: error helpers internal to the VM: message formatting,
// writing to sys.stderr, and traceback construction (errors.c, traceback.c).
#ifndef PT_VM_ERRORS_H
#define PT_VM_ERRORS_H

#ifndef PT_CORE
#error "src/vm/errors.h is internal to the pith core"
#endif

#include <stdarg.h>
#include "pith/object.h"  // PtObject

// A new str built from a pt_err_format-style format (%R %S %U %T %N and C conversions).
PtObject *pt_err_format_str(const char *fmt, va_list ap);
// Write UTF-8 text to sys.stderr (its write method), or to the C stderr if there is none.
void pt_err_write_stderr(const char *s);
// Write a str object the same way.
void pt_err_write_stderr_obj(PtObject *s);
// Raise `exc` (an instance, borrowed) with __context__ chaining, as `raise` does.
void pt_err_raise_instance(PtObject *exc);
// Add a traceback entry for `frame` (a frame object) at instruction `lasti`
// to the current exception. 0 or -1 (the exception stays set either way).
int pt_traceback_here(PtObject *frame_obj, int32_t lasti, int32_t lineno);
// Format the exception `exc` with its chain as CPython prints it; new str or NULL.
PtObject *pt_traceback_format_exc(PtObject *exc);

#endif  // PT_VM_ERRORS_H
