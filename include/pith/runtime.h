// include/pith/runtime.h: the runtime's lifecycle, running code, and the GIL.
#ifndef PT_RUNTIME_H
#define PT_RUNTIME_H

#include "pith/object.h"  // PtObject

// The version pith reports as sys.version (it follows CPython 3.11's language).
#define PT_VERSION_STRING "3.11.7 (pith 0.1) [GCC]"
#define PT_VERSION_SHORT "0.1"

typedef struct PtConfig {
    int argc;
    char **argv;        // sys.argv (argv[0] is the script or "-c")
    int orig_argc;
    char **orig_argv;   // sys.orig_argv: the command line as given
    const char *executable;  // sys.executable
    const char *prefix;      // sys.prefix
    const char *libdir;      // directory of the pure-Python standard library
    const char *path0;       // first sys.path entry (script dir, "" for -c/-m/REPL), NULL: none
    int isolated;       // -I
    int ignore_env;     // -E
    int unbuffered;     // -u
    int inspect;        // -i
    int verbose;
    int dont_write_bytecode; // -B, PITHDONTWRITEBYTECODE (or PYTHONDONTWRITEBYTECODE)
    const char *xoptions[16];  // -X options, NULL-terminated
} PtConfig;

// Start the runtime (once per process). 0 or -1 (message printed).
int pt_init(const PtConfig *config);
// The configuration pt_init was given (borrowed), or NULL before pt_init.
const PtConfig *pt_runtime_config(void);
// Stop it: join non-daemon threads, run atexit, free what can be freed.
// Returns the exit status the process should end with.
int pt_finalize(void);

// Run source text as the __main__ module (or in `globals` if not NULL).
// New reference to the result, NULL with an exception set.
PtObject *pt_run_string(const char *source, const char *filename, int mode, PtObject *globals,
                        PtObject *locals);
enum { PT_MODE_EXEC = 0, PT_MODE_EVAL = 1, PT_MODE_SINGLE = 2 };
// The namespace of __main__ (borrowed), created if needed: the REPL's globals.
PtObject *pt_repl_globals(void);
// Run a file as __main__; returns the process exit status (prints tracebacks).
int pt_run_main_file(const char *path);
// If the current exception is SystemExit, return its exit code (and clear it);
// for KeyboardInterrupt print the traceback and return PT_EXIT_SIGINT (the
// caller ends the process by SIGINT); otherwise print the traceback and return 1.
int pt_handle_exception_exit(void);
#define PT_EXIT_SIGINT (-2)
// Whether the last pt_handle_exception_exit saw SystemExit.
int pt_exited_by_systemexit(void);

// The GIL. Only modules/ and os/ release it, around calls that can block.
// Between the two macros no object may be touched.
void *pt_gil_release(void);
void pt_gil_reacquire(void *tstate);
#define PT_BEGIN_ALLOW_THREADS { void *pt__ts = pt_gil_release();
#define PT_END_ALLOW_THREADS pt_gil_reacquire(pt__ts); }

// Flush sys.stdout and sys.stderr, ignoring errors (exit, tracebacks).
void pt_sys_flush_std(void);

// In a child process after fork(): re-create the GIL and forget the other
// threads (src/vm/gil.c). Call before running any Python code in the child.
void pt_after_fork_child(void);

// Run pending calls and signal handlers on the main thread; 0 or -1 (exception).
int pt_check_signals(void);

#endif  // PT_RUNTIME_H
