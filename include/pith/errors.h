// include/pith/errors.h: raising, testing and clearing the current exception.
//
// The convention (docs/internals/errors.md): the exception lives in the thread
// state; a function reports failure by its return value: NULL for objects, -1
// for int status and predicates, and failure is returned if and only if an
// exception is set. The exception is always an instance (never a type/value
// pair); pt_err_* functions that take a type create the instance at once.
#ifndef PT_ERRORS_H
#define PT_ERRORS_H

#include <stdarg.h>
#include "pith/object.h"  // PtObject

// The builtin exception types (type objects), from exceptions.def.
extern PtObject *pt_exc_BaseException;
#define PT_EXC(name, base) extern PtObject *pt_exc_##name;
#include "pith/exceptions.def"
#undef PT_EXC

// Raise `type(msg)`. Always returns NULL, so callers may `return pt_err_...`.
PtObject *pt_err_set_string(PtObject *type, const char *msg);
// Raise `type(message)` with a printf-like format. Beyond the C conversions
// (%s %d %i %u %ld %lld %zd %zu %x %c %p %%) it takes: %R repr(obj), %S str(obj),
// %U a str object, %T the type name of obj (type(obj).__name__), %N a type's name.
PtObject *pt_err_format(PtObject *type, const char *fmt, ...);
PtObject *pt_err_vformat(PtObject *type, const char *fmt, va_list ap);
// Raise `type(value)`, or `value` itself if it is already an instance of type.
PtObject *pt_err_set_object(PtObject *type, PtObject *value);
// Raise MemoryError (preallocated instance, never allocates). Returns NULL.
PtObject *pt_err_no_memory(void);
// Raise OSError (or its errno subclass) from `errno`, optionally with a filename.
PtObject *pt_err_from_errno(PtObject *type);
PtObject *pt_err_from_errno_filename(PtObject *type, PtObject *filename);
// SystemError for a C API misuse. Returns NULL.
PtObject *pt_err_bad_internal_call(const char *where);

// Borrowed: the current exception instance, or NULL.
PtObject *pt_err_occurred(void);
// 1 if the current exception is an instance of `type` (a type or tuple of types).
int pt_err_matches(PtObject *type);
// 1 if exception instance `exc` is an instance of `type` (type or tuple).
int pt_err_given_matches(PtObject *exc, PtObject *type);
void pt_err_clear(void);
// New reference: take the current exception out of the thread state (NULL if none).
PtObject *pt_err_fetch(void);
// Make `exc` (stolen; NULL clears) the current exception.
void pt_err_restore(PtObject *exc);
// Set __context__ of the newly raised exception from the one being handled.
// Report an exception that cannot propagate ("Exception ignored in: obj").
void pt_err_write_unraisable(PtObject *obj);
// Print the current exception with its traceback to sys.stderr and clear it.
void pt_err_print(void);
// Print exception `exc` with its chain and traceback to sys.stderr.
void pt_err_display(PtObject *exc);

// Warnings: issue `category(msg)` through the warnings machinery. 0 or -1.
int pt_err_warn(PtObject *category, const char *msg, int stacklevel);

// Guard C recursion (repr of nested containers, __eq__ chains, calls from C
// into Python): raises RecursionError("maximum recursion depth exceeded" +
// where) and returns -1 when the C stack is nearly exhausted, else 0. Every
// successful enter is paired with a leave.
int pt_enter_recursive_call(const char *where);
static inline void pt_leave_recursive_call(void) {}

// Fatal internal error: print and abort. Never for user-triggerable conditions.
_Noreturn void pt_fatal(const char *fmt, ...);

#if PT_DEBUG
#define PT_ASSERT(c) ((c) ? (void)0 : pt_fatal("assertion failed: %s (%s:%d)", #c, __FILE__, __LINE__))
#else
#define PT_ASSERT(c) ((void)0)
#endif

#endif  // PT_ERRORS_H
