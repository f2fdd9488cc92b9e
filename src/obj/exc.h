// src/obj/exc.h: layouts of exception instances and tracebacks, internal to the core.
//
// Every exception instance starts with PtBaseException. Exception kinds that
// carry extra state (StopIteration, SystemExit, ImportError, NameError,
// AttributeError, OSError, SyntaxError, Unicode*Error, BaseExceptionGroup)
// extend it; all other builtin exceptions share the base layout. Attributes set
// by Python code (and __notes__) live in the instance __dict__ (prefix slot 0,
// type->dict_word == 0). A traceback entry is a linked-list node; tb_next goes
// towards the frame where the exception was raised, as in CPython.
#ifndef PT_OBJ_EXC_H
#define PT_OBJ_EXC_H

#ifndef PT_CORE
#error "src/obj/exc.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject, PtType

typedef struct PtBaseException {
    PtObject ob;
    PtObject *args;       // tuple, never NULL once initialised
    PtObject *traceback;  // traceback or NULL
    PtObject *context;    // exception or NULL
    PtObject *cause;      // exception or NULL
    uint8_t suppress_context;
} PtBaseException;

typedef struct PtStopIteration {
    PtBaseException base;
    PtObject *value;
} PtStopIteration;

typedef struct PtSystemExit {
    PtBaseException base;
    PtObject *code;
} PtSystemExit;

typedef struct PtImportError {
    PtBaseException base;
    PtObject *msg, *name, *path;
} PtImportError;

typedef struct PtNameError {
    PtBaseException base;
    PtObject *name;
} PtNameError;

typedef struct PtAttributeError {
    PtBaseException base;
    PtObject *name, *obj;
} PtAttributeError;

typedef struct PtOSError {
    PtBaseException base;
    PtObject *myerrno, *strerror, *filename, *filename2;
    PtObject *written;  // BlockingIOError.characters_written (int), NULL when unset
} PtOSError;

typedef struct PtSyntaxError {
    PtBaseException base;
    PtObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
        *print_file_and_line;
} PtSyntaxError;

typedef struct PtUnicodeError {
    PtBaseException base;
    PtObject *encoding, *object, *start, *end, *reason;
} PtUnicodeError;

typedef struct PtExceptionGroup {
    PtBaseException base;
    PtObject *msg;   // str
    PtObject *excs;  // tuple of exceptions
} PtExceptionGroup;

typedef struct PtTraceback {
    PtObject ob;
    PtObject *next;   // traceback or NULL
    PtObject *frame;  // frame object
    int32_t lasti;    // instruction index
    int32_t lineno;
} PtTraceback;

extern PtType pt_base_exception_type, pt_traceback_type;

// Create the builtin exception types (exceptions.def) and the preallocated
// MemoryError. 0 or -1.
int pt_exc_init(void);
// 1 if `v` is an exception instance / an exception class.
int pt_exc_is_instance(PtObject *v);
int pt_exc_is_class(PtObject *v);
// Borrowed accessors (exc must be an exception instance).
static inline PtObject *pt_exc_traceback(PtObject *exc) { return ((PtBaseException *)exc)->traceback; }
static inline PtObject *pt_exc_context(PtObject *exc) { return ((PtBaseException *)exc)->context; }
static inline PtObject *pt_exc_cause(PtObject *exc) { return ((PtBaseException *)exc)->cause; }
static inline PtObject *pt_exc_args(PtObject *exc) { return ((PtBaseException *)exc)->args; }
// Setters (values borrowed; NULL or None clears).
void pt_exc_set_traceback(PtObject *exc, PtObject *tb);
void pt_exc_set_context(PtObject *exc, PtObject *ctx);
void pt_exc_set_cause(PtObject *exc, PtObject *cause);  // also sets __suppress_context__
// A new exception instance `type(*args)` with args a tuple (borrowed). NULL on error.
PtObject *pt_exc_new(PtObject *type, PtObject *args);
// StopIteration(value) instance; value borrowed. NULL on error.
PtObject *pt_exc_stop_iteration_new(PtObject *value);
// Borrowed: StopIteration.value (None if unset).
PtObject *pt_exc_stop_iteration_value(PtObject *exc);
// SystemExit.code, borrowed (None if unset).
PtObject *pt_exc_system_exit_code(PtObject *exc);
// New traceback entry linking to `next` (borrowed, may be NULL). NULL on error.
PtObject *pt_traceback_new(PtObject *next, PtObject *frame, int32_t lasti, int32_t lineno);
// AttributeError/NameError: set name/obj attributes of a just-raised exception.
void pt_exc_set_name_obj(PtObject *exc, PtObject *name, PtObject *obj);
// Exception groups (used by the VM for except*).
int pt_exc_is_group(PtObject *v);
PtObject *pt_exc_group_excs(PtObject *eg);  // borrowed tuple
// Split `eg` by `match_type` (type or tuple of types): *match and *rest are new
// references or None. 0 or -1.
int pt_exc_group_split(PtObject *eg, PtObject *match_type, PtObject **match, PtObject **rest);
// Build a group like `orig` (derive + copy __traceback__, __cause__, __context__,
// __notes__) holding `excs` (a list). New reference or NULL.
PtObject *pt_exc_group_project(PtObject *orig, PtObject *keep_list);
// Borrowed: the preallocated MemoryError instance (NULL before pt_exc_init).
PtObject *pt_exc_memory_error(void);
// The OSError subclass for errno `e`, or OSError (borrowed).
PtObject *pt_exc_oserror_subclass(int e);

// The slots and tables of BaseExceptionGroup (exc_group.c, installed by exc.c).
extern const PtMethodDef pt_exc_group_methods[];
extern const PtMemberDef pt_exc_group_members[];
PtObject *pt_exc_group_new_slot(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames);
int pt_exc_group_init_slot(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames);
PtObject *pt_exc_group_str_slot(PtObject *self);

#endif  // PT_OBJ_EXC_H
