// src/modules/mod_posix.h: helpers the OS-facing modules share (posix, _io).
//
// Paths: a Python path argument is a str, a bytes or an os.PathLike; it is
// turned into a NUL-terminated byte string with the file-system encoding
// (UTF-8 with surrogateescape, as CPython on Linux). Errors carry the
// argument as given in OSError.filename. System calls that can block run with
// the GIL released and are retried after signal handlers when interrupted
// (PEP 475): see PT_SYSCALL below.
#ifndef PT_MODULES_MOD_POSIX_H
#define PT_MODULES_MOD_POSIX_H

#include <errno.h>

#include "pith.h"  // PtObject, PT_BEGIN_ALLOW_THREADS, pt_check_signals

// A converted path argument. Fill `fname`, `argname`, `allow_fd`, `allow_none`,
// then call pt_posix_path_convert; always call pt_posix_path_cleanup.
typedef struct PtPathArg {
    const char *fname;    // function name for messages ("stat")
    const char *argname;  // parameter name for messages ("path", "src")
    int allow_fd;         // an int is a file descriptor
    int allow_none;       // None means "."
    PtObject *obj;        // borrowed: the argument as given (OSError.filename)
    PtObject *bytes;      // owned: the encoded path, or NULL
    const char *path;     // NUL-terminated path, NULL when `fd` is used
    int fd;               // -1 unless a descriptor was given
    int is_bytes;         // a bytes path was given: path results are bytes
} PtPathArg;

// 0 or -1 (TypeError with CPython's "stat: path should be string, ..." text,
// ValueError "embedded null byte").
int pt_posix_path_convert(PtObject *o, PtPathArg *p);
void pt_posix_path_cleanup(PtPathArg *p);
// os.fspath(o): new reference to a str or bytes, or NULL with TypeError.
PtObject *pt_posix_fspath(PtObject *o);
// Decode file-system bytes to a str (UTF-8, surrogateescape). New reference.
PtObject *pt_posix_fsdecode(const char *s, size_t len);
// Raise OSError for `errno`, with one or two filenames (either may be NULL). Returns NULL.
PtObject *pt_posix_error2(PtObject *filename, PtObject *filename2);

// Run `expr` (a system call returning < 0 with errno on failure) with the GIL
// released; when it fails with EINTR, run the signal handlers and try again.
// Afterwards `res` < 0 means failure with errno set, except that res == -2
// with an exception set means a signal handler raised.
#define PT_SYSCALL(res, expr)                        \
    for (;;) {                                       \
        int pt_err_;                                 \
        PT_BEGIN_ALLOW_THREADS                       \
        res = (expr);                                \
        pt_err_ = errno;                             \
        PT_END_ALLOW_THREADS                         \
        errno = pt_err_;                             \
        if (!(res < 0 && pt_err_ == EINTR)) {        \
            break;                                   \
        }                                            \
        if (pt_check_signals() < 0) {                \
            res = -2;                                \
            break;                                   \
        }                                            \
    }

#endif  // PT_MODULES_MOD_POSIX_H
