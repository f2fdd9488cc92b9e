// src/modules/mod_posix.c: the posix module, the C half of `os`.
//
// lib/os.py re-exports everything here and adds the pure-Python layer
// (os.environ, walk, makedirs, execvp, fsencode...), as CPython's os.py does
// over posixmodule.c. Paths are converted once by pt_posix_path_convert (str,
// bytes or os.PathLike; functions that accept a descriptor take an int too);
// a bytes path gives bytes results. Every call that can block runs with the
// GIL released through PT_SYSCALL, which also retries after EINTR once the
// signal handlers ran (PEP 475). Errors raise the errno's OSError subclass
// with the path as given, "[Errno 2] No such file or directory: 'x'".
// Descriptors made here are non-inheritable (O_CLOEXEC), as PEP 446 says.
// Directory listing is in the second half: scandir() yields DirEntry objects
// that cache their stat results.
//
// Guards: tests/golden/modules/os/, tests/golden/modules/errno/.
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "pith.h"                // the object API
#include "pith/codecs.h"         // pt_codecs_encode, pt_codecs_decode
#include "pith/structseq.h"      // stat_result, times_result, uname_result, terminal_size
#include "modules/mod_posix.h"   // PtPathArg, PT_SYSCALL
#include "vm/gil.h"              // pt_gil_after_fork (until the core has public fork hooks)
#include "vm/state.h"            // pt_tstate

extern char **environ;

// ---- Paths ----

PtObject *pt_posix_fspath(PtObject *o) {
    if (pt_is_str(o) || pt_is_bytes(o)) {
        return pt_newref(o);
    }
    PtObject *meth = pt_type_lookup(pt_type(o), pt_str_id("__fspath__"));
    if (meth == NULL || meth == pt_None) {
        return pt_err_format(pt_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    }
    PtObject *r = pt_object_call_method_str(o, "__fspath__", NULL, 0);
    if (r != NULL && !pt_is_str(r) && !pt_is_bytes(r)) {
        pt_err_format(pt_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, r);
        pt_decref(r);
        return NULL;
    }
    return r;
}

PtObject *pt_posix_fsdecode(const char *s, size_t len) {
    return pt_codecs_decode(s, len, "utf-8", "surrogateescape");
}

static PtObject *path_type_error(PtPathArg *p, PtObject *o) {
    const char *kinds = p->allow_fd ? (p->allow_none ? "string, bytes, os.PathLike, integer or None"
                                                     : "string, bytes, os.PathLike or integer")
                                    : (p->allow_none ? "string, bytes, os.PathLike or None"
                                                     : "string, bytes or os.PathLike");
    return pt_err_format(pt_exc_TypeError, "%s: %s should be %s, not %T", p->fname, p->argname, kinds, o);
}

int pt_posix_path_convert(PtObject *o, PtPathArg *p) {
    p->obj = o;
    p->bytes = NULL;
    p->path = NULL;
    p->fd = -1;
    p->is_bytes = 0;
    if (o == pt_None && p->allow_none) {
        p->path = ".";
        return 0;
    }
    if (p->allow_fd && pt_is_int(o) && pt_tid(o) != PT_TID_BOOL) {
        int64_t fd = pt_int_as_i64(o);
        if (fd == -1 && pt_err_occurred()) {
            return -1;
        }
        if (fd < INT_MIN || fd > INT_MAX) {
            pt_err_set_string(pt_exc_OverflowError, "fd is greater than maximum");
            return -1;
        }
        p->fd = (int)fd;
        return 0;
    }
    PtObject *s;
    if (pt_is_str(o) || pt_is_bytes(o)) {
        s = pt_newref(o);
    } else {
        PtObject *meth = pt_type_lookup(pt_type(o), pt_str_id("__fspath__"));
        if (meth == NULL || meth == pt_None) {
            path_type_error(p, o);
            return -1;
        }
        if ((s = pt_posix_fspath(o)) == NULL) {
            return -1;
        }
    }
    if (pt_is_bytes(s)) {
        p->is_bytes = 1;
        p->bytes = s;
    } else {
        p->bytes = pt_codecs_encode(s, "utf-8", "surrogateescape");
        pt_decref(s);
        if (p->bytes == NULL) {
            return -1;
        }
    }
    p->path = pt_bytes_data(p->bytes);
    if (strlen(p->path) != (size_t)pt_bytes_len(p->bytes)) {
        pt_err_set_string(pt_exc_ValueError, "embedded null byte");
        pt_posix_path_cleanup(p);
        return -1;
    }
    return 0;
}

void pt_posix_path_cleanup(PtPathArg *p) {
    pt_clearref(&p->bytes);
    p->path = NULL;
}

// A path result (readlink, getcwd, listdir) as str, or bytes for a bytes argument.
static PtObject *path_result(const char *s, size_t len, int as_bytes) {
    return as_bytes ? pt_bytes_new(s, len) : pt_posix_fsdecode(s, len);
}

// ---- Errors ----

PtObject *pt_posix_error2(PtObject *filename, PtObject *filename2) {
    int e = errno;
    if (filename2 == NULL) {
        return pt_err_from_errno_filename(pt_exc_OSError, filename);
    }
    if (e == ENOMEM) {
        return pt_err_no_memory();
    }
    PtObject *args[5] = {pt_int_from_i64(e), pt_str_from_cstr(strerror(e)), filename, pt_None, filename2};
    if (args[1] == NULL) {
        return NULL;
    }
    PtObject *exc = pt_object_call(pt_exc_OSError, args, 5, NULL);
    pt_decref(args[1]);
    if (exc != NULL) {
        pt_err_set_object((PtObject *)pt_type(exc), exc);
        pt_decref(exc);
    }
    return NULL;
}

static PtObject *posix_error(void) { return pt_err_from_errno(pt_exc_OSError); }
static PtObject *path_error(PtPathArg *p) { return pt_err_from_errno_filename(pt_exc_OSError, p->obj); }

// ---- Small argument helpers ----

// A C int from an int argument (no floats), for descriptors and flags. 0 or -1.
static int int_arg(PtObject *v, int *out) {
    if (pt_is_float(v)) {
        pt_err_set_string(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    int64_t x = pt_int_as_i64(i);
    pt_decref(i);
    if (x == -1 && pt_err_occurred()) {
        return -1;
    }
    if (x < INT_MIN || x > INT_MAX) {
        pt_err_set_string(pt_exc_OverflowError,
                          x > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int64_t i64_arg(PtObject *v) {
    if (pt_is_float(v)) {
        pt_err_set_string(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    int64_t x = pt_int_as_i64(i);
    pt_decref(i);
    return x;
}

// Parse one path argument with optional keyword-only dir_fd / follow_symlinks
// (accepted, only the defaults supported). 0 or -1.
static int parse_path_kw(PtObject *const *args, size_t nargs, PtObject *kwnames, PtPathArg *p, int *follow) {
    static const char *const kwlist[] = {"path", "dir_fd", "follow_symlinks", NULL};
    char fmt[40];
    PtObject *path = NULL, *dir_fd = pt_None, *fs = pt_True;
    snprintf(fmt, sizeof fmt, "%s$OO:%s", p->allow_none ? "|O" : "O|", p->fname);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &path, &dir_fd, &fs) < 0) {
        return -1;
    }
    if (dir_fd != pt_None) {
        pt_err_format(pt_exc_NotImplementedError, "%s: dir_fd unavailable on this platform", p->fname);
        return -1;
    }
    if (follow != NULL) {
        int t = pt_object_is_true(fs);
        if (t < 0) {
            return -1;
        }
        *follow = t;
    }
    return pt_posix_path_convert(path != NULL ? path : pt_None, p);
}

// ---- stat ----

static PtType stat_result_type, times_result_type, uname_result_type, terminal_size_type;
static const char *const stat_fields[] = {
    "st_mode",  "st_ino",   "st_dev",   "st_nlink",    "st_uid",      "st_gid",      "st_size",
    "st_atime", "st_mtime", "st_ctime", "st_atime",    "st_mtime",    "st_ctime",    "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
static const char *const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};
static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};
static const char *const tsize_fields[] = {"columns", "lines"};

static PtObject *ns_of(struct timespec ts) {
    PtObject *s = pt_int_from_i64((int64_t)ts.tv_sec), *b = pt_int_from_i64(1000000000);
    PtObject *m = s != NULL ? pt_int_mul(s, b) : NULL;
    PtObject *r = m != NULL ? pt_int_add(m, pt_int_from_i64(ts.tv_nsec)) : NULL;
    pt_xdecref(s);
    pt_xdecref(m);
    return r;
}

static double float_time(struct timespec ts) { return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9; }

// New os.stat_result from a struct stat.
static PtObject *stat_result_new(const struct stat *st) {
    PtObject *items[19] = {
        pt_int_from_u64(st->st_mode),  pt_int_from_u64(st->st_ino),
        pt_int_from_u64(st->st_dev),   pt_int_from_u64(st->st_nlink),
        pt_int_from_u64(st->st_uid),   pt_int_from_u64(st->st_gid),
        pt_int_from_i64(st->st_size),  pt_int_from_i64(st->st_atim.tv_sec),
        pt_int_from_i64(st->st_mtim.tv_sec), pt_int_from_i64(st->st_ctim.tv_sec),
        pt_float_new(float_time(st->st_atim)), pt_float_new(float_time(st->st_mtim)),
        pt_float_new(float_time(st->st_ctim)), ns_of(st->st_atim),
        ns_of(st->st_mtim),            ns_of(st->st_ctim),
        pt_int_from_i64(st->st_blksize), pt_int_from_i64(st->st_blocks),
        pt_int_from_u64(st->st_rdev),
    };
    return pt_structseq_new(&stat_result_type, items);
}

// stat/lstat on a converted path (or fstat on its descriptor).
static PtObject *do_stat(PtPathArg *p, int follow) {
    struct stat st;
    int r;
    if (p->fd >= 0) {
        PT_SYSCALL(r, fstat(p->fd, &st));
    } else if (follow) {
        PT_SYSCALL(r, stat(p->path, &st));
    } else {
        PT_SYSCALL(r, lstat(p->path, &st));
    }
    if (r == -2) {
        return NULL;
    }
    if (r < 0) {
        return path_error(p);
    }
    return stat_result_new(&st);
}

static PtObject *posix_stat(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtPathArg p = {.fname = "stat", .argname = "path", .allow_fd = 1};
    int follow = 1;
    if (parse_path_kw(args, nargs, kwnames, &p, &follow) < 0) {
        return NULL;
    }
    PtObject *r = do_stat(&p, follow);
    pt_posix_path_cleanup(&p);
    return r;
}

static PtObject *posix_lstat(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtPathArg p = {.fname = "lstat", .argname = "path"};
    if (parse_path_kw(args, nargs, kwnames, &p, NULL) < 0) {
        return NULL;
    }
    PtObject *r = do_stat(&p, 0);
    pt_posix_path_cleanup(&p);
    return r;
}

static PtObject *posix_fstat(PtObject *self, PtObject *arg) {
    PtPathArg p = {.fname = "fstat", .argname = "fd", .obj = arg};
    if (int_arg(arg, &p.fd) < 0) {
        return NULL;
    }
    return do_stat(&p, 1);
}

// ---- Simple path operations ----

// The body of every function that takes one path and returns None.
typedef int (*PathOpFn)(const char *path, int arg);

static PtObject *path_op(const char *fname, PtObject *const *args, size_t nargs, PtObject *kwnames, PathOpFn fn,
                         int arg) {
    PtPathArg p = {.fname = fname, .argname = "path"};
    if (parse_path_kw(args, nargs, kwnames, &p, NULL) < 0) {
        return NULL;
    }
    int r;
    PT_SYSCALL(r, fn(p.path, arg));
    PtObject *res = r == -2 ? NULL : r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static int op_rmdir(const char *path, int unused) { return rmdir(path); }
static int op_unlink(const char *path, int unused) { return unlink(path); }

static PtObject *posix_rmdir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return path_op("rmdir", args, nargs, kwnames, op_rmdir, 0);
}
static PtObject *posix_remove(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return path_op("remove", args, nargs, kwnames, op_unlink, 0);
}
static PtObject *posix_unlink(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return path_op("unlink", args, nargs, kwnames, op_unlink, 0);
}

static PtObject *posix_mkdir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", NULL};
    PtObject *path, *dir_fd = pt_None;
    int mode = 0777;
    if (pt_parse_args(args, nargs, kwnames, "O|i$O:mkdir", kwlist, &path, &mode, &dir_fd) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "mkdir", .argname = "path"};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int r;
    PT_SYSCALL(r, mkdir(p.path, (mode_t)mode));
    PtObject *res = r == -2 ? NULL : r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_chdir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", NULL};
    PtObject *path;
    if (pt_parse_args(args, nargs, kwnames, "O:chdir", kwlist, &path) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "chdir", .argname = "path", .allow_fd = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.path);
    PtObject *res = r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_chmod(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    PtObject *path, *dir_fd = pt_None, *fs = pt_True;
    int mode;
    if (pt_parse_args(args, nargs, kwnames, "Oi|$OO:chmod", kwlist, &path, &mode, &dir_fd, &fs) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "chmod", .argname = "path", .allow_fd = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int r;
    if (p.fd >= 0) {
        PT_SYSCALL(r, fchmod(p.fd, (mode_t)mode));
    } else {
        PT_SYSCALL(r, chmod(p.path, (mode_t)mode));
    }
    PtObject *res = r == -2 ? NULL : r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_fchmod(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd, mode;
    if (pt_check_nargs("fchmod", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0 || int_arg(args[1], &mode) < 0) {
        return NULL;
    }
    if (fchmod(fd, (mode_t)mode) < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_chown(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    PtObject *path, *dir_fd = pt_None, *fs = pt_True;
    int uid, gid;
    if (pt_parse_args(args, nargs, kwnames, "Oii|$OO:chown", kwlist, &path, &uid, &gid, &dir_fd, &fs) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "chown", .argname = "path", .allow_fd = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int follow = pt_object_is_true(fs);
    int r = p.fd >= 0 ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
            : follow  ? chown(p.path, (uid_t)uid, (gid_t)gid)
                      : lchown(p.path, (uid_t)uid, (gid_t)gid);
    PtObject *res = r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_access(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks", NULL};
    PtObject *path, *dir_fd = pt_None, *eids = pt_False, *fs = pt_True;
    int mode;
    if (pt_parse_args(args, nargs, kwnames, "Oi|$OOO:access", kwlist, &path, &mode, &dir_fd, &eids, &fs) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "access", .argname = "path"};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int r;
    PT_BEGIN_ALLOW_THREADS
    r = access(p.path, mode);
    PT_END_ALLOW_THREADS
    pt_posix_path_cleanup(&p);
    return pt_newref(pt_bool(r == 0));
}

// rename/replace/link/symlink: two paths.
static PtObject *two_paths(const char *fname, const char *a1, const char *a2, PtObject *const *args, size_t nargs,
                           PtObject *kwnames, int (*fn)(const char *, const char *), int name_dst) {
    static const char *const kw_rename[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    static const char *const kw_link[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks", NULL};
    static const char *const kw_symlink[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    PtObject *src, *dst, *x1 = pt_None, *x2 = pt_None, *x3 = pt_None;
    char fmt[32];
    snprintf(fmt, sizeof fmt, "OO|$OOO:%s", fname);
    const char *const *kw = name_dst ? kw_symlink : fn == link ? kw_link : kw_rename;
    if (name_dst) {
        snprintf(fmt, sizeof fmt, "OO|O$O:%s", fname);
    } else if (fn != link) {
        snprintf(fmt, sizeof fmt, "OO|$OO:%s", fname);
    }
    if (pt_parse_args(args, nargs, kwnames, fmt, kw, &src, &dst, &x1, &x2, &x3) < 0) {
        return NULL;
    }
    PtPathArg p1 = {.fname = fname, .argname = a1}, p2 = {.fname = fname, .argname = a2};
    if (pt_posix_path_convert(src, &p1) < 0) {
        return NULL;
    }
    if (pt_posix_path_convert(dst, &p2) < 0) {
        pt_posix_path_cleanup(&p1);
        return NULL;
    }
    int r;
    PT_SYSCALL(r, fn(p1.path, p2.path));
    PtObject *res = r == -2 ? NULL : r < 0 ? pt_posix_error2(src, dst) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p1);
    pt_posix_path_cleanup(&p2);
    return res;
}

static PtObject *posix_rename(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return two_paths("rename", "src", "dst", args, nargs, kwnames, rename, 0);
}
static PtObject *posix_replace(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return two_paths("replace", "src", "dst", args, nargs, kwnames, rename, 0);
}
static PtObject *posix_link(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return two_paths("link", "src", "dst", args, nargs, kwnames, link, 0);
}
static PtObject *posix_symlink(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return two_paths("symlink", "src", "dst", args, nargs, kwnames, symlink, 1);
}

static PtObject *posix_readlink(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtPathArg p = {.fname = "readlink", .argname = "path"};
    if (parse_path_kw(args, nargs, kwnames, &p, NULL) < 0) {
        return NULL;
    }
    char buf[PATH_MAX + 1];
    ssize_t n;
    PT_SYSCALL(n, readlink(p.path, buf, sizeof buf));
    PtObject *res = n == -2 ? NULL : n < 0 ? path_error(&p) : path_result(buf, (size_t)n, p.is_bytes);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_truncate(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "length", NULL};
    PtObject *path, *len;
    if (pt_parse_args(args, nargs, kwnames, "OO:truncate", kwlist, &path, &len) < 0) {
        return NULL;
    }
    int64_t n = i64_arg(len);
    if (n == -1 && pt_err_occurred()) {
        return NULL;
    }
    PtPathArg p = {.fname = "truncate", .argname = "path", .allow_fd = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int r;
    if (p.fd >= 0) {
        PT_SYSCALL(r, ftruncate(p.fd, (off_t)n));
    } else {
        PT_SYSCALL(r, truncate(p.path, (off_t)n));
    }
    PtObject *res = r == -2 ? NULL : r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

// A time argument of utime: int or float seconds into a timespec. 0 or -1.
static int time_arg(PtObject *v, struct timespec *ts) {
    double d = pt_float_as_double(v);
    if (d == -1.0 && pt_err_occurred()) {
        return -1;
    }
    double s = (double)(int64_t)d;
    if (s > d) {
        s -= 1.0;
    }
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)((d - s) * 1e9);
    return 0;
}

static int ns_arg(PtObject *v, struct timespec *ts) {
    PtObject *b = pt_int_from_i64(1000000000);
    PtObject *dm = pt_number_divmod(v, b);
    if (dm == NULL) {
        return -1;
    }
    int64_t s = pt_int_as_i64(pt_tuple_get(dm, 0)), ns = pt_int_as_i64(pt_tuple_get(dm, 1));
    pt_decref(dm);
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)ns;
    return pt_err_occurred() ? -1 : 0;
}

static PtObject *posix_utime(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    PtObject *path, *times = pt_None, *ns = NULL, *dir_fd = pt_None, *fs = pt_True;
    if (pt_parse_args(args, nargs, kwnames, "O|O$OOO:utime", kwlist, &path, &times, &ns, &dir_fd, &fs) < 0) {
        return NULL;
    }
    struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    if (times != pt_None && ns != NULL) {
        return pt_err_set_string(pt_exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    }
    if (times != pt_None) {
        if (!pt_is_tuple(times) || pt_tuple_len(times) != 2) {
            return pt_err_set_string(pt_exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        }
        if (time_arg(pt_tuple_get(times, 0), &ts[0]) < 0 || time_arg(pt_tuple_get(times, 1), &ts[1]) < 0) {
            return NULL;
        }
    } else if (ns != NULL) {
        if (!pt_is_tuple(ns) || pt_tuple_len(ns) != 2) {
            return pt_err_set_string(pt_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        }
        if (ns_arg(pt_tuple_get(ns, 0), &ts[0]) < 0 || ns_arg(pt_tuple_get(ns, 1), &ts[1]) < 0) {
            return NULL;
        }
    }
    PtPathArg p = {.fname = "utime", .argname = "path", .allow_fd = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int follow = pt_object_is_true(fs);
    int r = p.fd >= 0 ? futimens(p.fd, ts) : utimensat(AT_FDCWD, p.path, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    PtObject *res = r < 0 ? path_error(&p) : pt_newref(pt_None);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_getcwd(PtObject *self, PtObject *unused) {
    char buf[PATH_MAX + 1];
    if (getcwd(buf, sizeof buf) == NULL) {
        return posix_error();
    }
    return pt_posix_fsdecode(buf, strlen(buf));
}

static PtObject *posix_getcwdb(PtObject *self, PtObject *unused) {
    char buf[PATH_MAX + 1];
    if (getcwd(buf, sizeof buf) == NULL) {
        return posix_error();
    }
    return pt_bytes_new(buf, strlen(buf));
}

static PtObject *posix_fspath(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", NULL};
    PtObject *path;
    if (pt_parse_args(args, nargs, kwnames, "O:fspath", kwlist, &path) < 0) {
        return NULL;
    }
    return pt_posix_fspath(path);
}

// ---- File descriptors ----

static PtObject *posix_open(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "flags", "mode", "dir_fd", NULL};
    PtObject *path, *dir_fd = pt_None;
    int flags, mode = 0777;
    if (pt_parse_args(args, nargs, kwnames, "Oi|i$O:open", kwlist, &path, &flags, &mode, &dir_fd) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "open", .argname = "path"};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    int fd;
    PT_SYSCALL(fd, open(p.path, flags | O_CLOEXEC, mode));
    PtObject *res = fd == -2 ? NULL : fd < 0 ? path_error(&p) : pt_int_from_i64(fd);
    pt_posix_path_cleanup(&p);
    return res;
}

static PtObject *posix_close(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"fd", NULL};
    int fd;
    if (pt_parse_args(args, nargs, kwnames, "i:close", kwlist, &fd) < 0) {
        return NULL;
    }
    int r;
    PT_BEGIN_ALLOW_THREADS
    r = close(fd);
    PT_END_ALLOW_THREADS
    if (r < 0 && errno != EINTR) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_closerange(PtObject *self, PtObject *const *args, size_t nargs) {
    int lo, hi;
    if (pt_check_nargs("closerange", nargs, 2, 2) < 0 || int_arg(args[0], &lo) < 0 || int_arg(args[1], &hi) < 0) {
        return NULL;
    }
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) {
        close(fd);
    }
    return pt_newref(pt_None);
}

static PtObject *posix_read(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd;
    if (pt_check_nargs("read", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    int64_t n = i64_arg(args[1]);
    if (n == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        errno = EINVAL;
        return posix_error();
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)n);
    if (b == NULL) {
        return NULL;
    }
    ssize_t got;
    char *buf = pt_bytes_data(b);
    PT_SYSCALL(got, read(fd, buf, (size_t)n));
    if (got < 0) {
        pt_decref(b);
        return got == -2 ? NULL : posix_error();
    }
    if (got != n && pt_bytes_resize(&b, (size_t)got) < 0) {
        return NULL;
    }
    return b;
}

static PtObject *posix_write(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd;
    if (pt_check_nargs("write", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    PtBuffer view;
    if (pt_buffer_get(args[1], &view, 0) < 0) {
        return NULL;
    }
    ssize_t n;
    PT_SYSCALL(n, write(fd, view.buf, (size_t)view.len));
    pt_buffer_release(&view);
    if (n < 0) {
        return n == -2 ? NULL : posix_error();
    }
    return pt_int_from_i64(n);
}

static PtObject *posix_lseek(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd, how;
    if (pt_check_nargs("lseek", nargs, 3, 3) < 0 || int_arg(args[0], &fd) < 0 || int_arg(args[2], &how) < 0) {
        return NULL;
    }
    int64_t pos = i64_arg(args[1]);
    if (pos == -1 && pt_err_occurred()) {
        return NULL;
    }
    off_t r;
    PT_BEGIN_ALLOW_THREADS
    r = lseek(fd, (off_t)pos, how);
    PT_END_ALLOW_THREADS
    if (r < 0) {
        return posix_error();
    }
    return pt_int_from_i64(r);
}

static PtObject *pipe_pair(int *fds) { return pt_tuple_pack(2, pt_int_from_i64(fds[0]), pt_int_from_i64(fds[1])); }

static PtObject *posix_pipe(PtObject *self, PtObject *unused) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        return posix_error();
    }
    return pipe_pair(fds);
}

static PtObject *posix_pipe2(PtObject *self, PtObject *arg) {
    int flags, fds[2];
    if (int_arg(arg, &flags) < 0) {
        return NULL;
    }
    if (pipe2(fds, flags) < 0) {
        return posix_error();
    }
    return pipe_pair(fds);
}

static PtObject *posix_dup(PtObject *self, PtObject *arg) {
    int fd;
    if (int_arg(arg, &fd) < 0) {
        return NULL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) {
        return posix_error();
    }
    return pt_int_from_i64(r);
}

static PtObject *posix_dup2(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"fd", "fd2", "inheritable", NULL};
    int fd, fd2, inheritable = 1;
    if (pt_parse_args(args, nargs, kwnames, "ii|p:dup2", kwlist, &fd, &fd2, &inheritable) < 0) {
        return NULL;
    }
    int r = fd == fd2 ? fcntl(fd, F_GETFD) : dup3(fd, fd2, inheritable ? 0 : O_CLOEXEC);
    if (r < 0) {
        return posix_error();
    }
    return pt_int_from_i64(fd2);
}

// The descriptor functions that take one fd and return None.
static PtObject *fd_op(PtObject *arg, int (*fn)(int)) {
    int fd;
    if (pt_is_int(arg)) {
        if (int_arg(arg, &fd) < 0) {
            return NULL;
        }
    } else {
        PtObject *f = pt_object_call_method_str(arg, "fileno", NULL, 0);
        if (f == NULL) {
            return NULL;
        }
        int r = int_arg(f, &fd);
        pt_decref(f);
        if (r < 0) {
            return NULL;
        }
    }
    int r;
    PT_SYSCALL(r, fn(fd));
    if (r < 0) {
        return r == -2 ? NULL : posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_fsync(PtObject *self, PtObject *arg) { return fd_op(arg, fsync); }
static PtObject *posix_fdatasync(PtObject *self, PtObject *arg) { return fd_op(arg, fdatasync); }

static PtObject *posix_ftruncate(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd;
    if (pt_check_nargs("ftruncate", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    int64_t n = i64_arg(args[1]);
    if (n == -1 && pt_err_occurred()) {
        return NULL;
    }
    int r;
    PT_SYSCALL(r, ftruncate(fd, (off_t)n));
    if (r < 0) {
        return r == -2 ? NULL : posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_isatty(PtObject *self, PtObject *arg) {
    int fd;
    if (int_arg(arg, &fd) < 0) {
        return NULL;
    }
    return pt_newref(pt_bool(isatty(fd)));
}

static PtObject *posix_get_inheritable(PtObject *self, PtObject *arg) {
    int fd;
    if (int_arg(arg, &fd) < 0) {
        return NULL;
    }
    int f = fcntl(fd, F_GETFD);
    if (f < 0) {
        return posix_error();
    }
    return pt_newref(pt_bool(!(f & FD_CLOEXEC)));
}

static PtObject *posix_set_inheritable(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd;
    if (pt_check_nargs("set_inheritable", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    int on = pt_object_is_true(args[1]);
    int f = on < 0 ? 0 : fcntl(fd, F_GETFD);
    if (on < 0) {
        return NULL;
    }
    if (f < 0 || fcntl(fd, F_SETFD, on ? (f & ~FD_CLOEXEC) : (f | FD_CLOEXEC)) < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_get_blocking(PtObject *self, PtObject *arg) {
    int fd;
    if (int_arg(arg, &fd) < 0) {
        return NULL;
    }
    int f = fcntl(fd, F_GETFL);
    if (f < 0) {
        return posix_error();
    }
    return pt_newref(pt_bool(!(f & O_NONBLOCK)));
}

static PtObject *posix_set_blocking(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd;
    if (pt_check_nargs("set_blocking", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    int on = pt_object_is_true(args[1]);
    if (on < 0) {
        return NULL;
    }
    int f = fcntl(fd, F_GETFL);
    if (f < 0 || fcntl(fd, F_SETFL, on ? (f & ~O_NONBLOCK) : (f | O_NONBLOCK)) < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_device_encoding(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"fd", NULL};
    int fd;
    if (pt_parse_args(args, nargs, kwnames, "i:device_encoding", kwlist, &fd) < 0) {
        return NULL;
    }
    return isatty(fd) ? pt_str_from_cstr("utf-8") : pt_newref(pt_None);
}

// ---- Processes ----

static PtObject *posix_getpid(PtObject *self, PtObject *u) { return pt_int_from_i64(getpid()); }
static PtObject *posix_getppid(PtObject *self, PtObject *u) { return pt_int_from_i64(getppid()); }
static PtObject *posix_getuid(PtObject *self, PtObject *u) { return pt_int_from_i64(getuid()); }
static PtObject *posix_geteuid(PtObject *self, PtObject *u) { return pt_int_from_i64(geteuid()); }
static PtObject *posix_getgid(PtObject *self, PtObject *u) { return pt_int_from_i64(getgid()); }
static PtObject *posix_getegid(PtObject *self, PtObject *u) { return pt_int_from_i64(getegid()); }
static PtObject *posix_getpgrp(PtObject *self, PtObject *u) { return pt_int_from_i64(getpgrp()); }

static PtObject *posix_setsid(PtObject *self, PtObject *u) {
    if (setsid() < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_getpgid(PtObject *self, PtObject *arg) {
    int pid;
    if (int_arg(arg, &pid) < 0) {
        return NULL;
    }
    pid_t r = getpgid(pid);
    return r < 0 ? posix_error() : pt_int_from_i64(r);
}

static PtObject *posix_setpgid(PtObject *self, PtObject *const *args, size_t nargs) {
    int pid, pgrp;
    if (pt_check_nargs("setpgid", nargs, 2, 2) < 0 || int_arg(args[0], &pid) < 0 || int_arg(args[1], &pgrp) < 0) {
        return NULL;
    }
    if (setpgid(pid, pgrp) < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

static PtObject *posix_getgroups(PtObject *self, PtObject *u) {
    gid_t groups[256];
    int n = getgroups(256, groups);
    if (n < 0) {
        return posix_error();
    }
    PtObject *l = pt_list_new(n);
    for (int i = 0; l != NULL && i < n; i++) {
        pt_list_set_steal(l, i, pt_int_from_i64(groups[i]));
    }
    return l;
}

static PtObject *posix_getlogin(PtObject *self, PtObject *u) {
    char buf[256];
    int r = getlogin_r(buf, sizeof buf);
    if (r != 0) {
        errno = r;
        return posix_error();
    }
    return pt_posix_fsdecode(buf, strlen(buf));
}

static PtObject *posix_kill(PtObject *self, PtObject *const *args, size_t nargs) {
    int pid, sig;
    if (pt_check_nargs("kill", nargs, 2, 2) < 0 || int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0) {
        return NULL;
    }
    if (kill(pid, sig) < 0) {
        return posix_error();
    }
    // A signal sent to ourselves is handled before kill() returns, as in CPython.
    if (pt_check_signals() < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *posix_killpg(PtObject *self, PtObject *const *args, size_t nargs) {
    int pg, sig;
    if (pt_check_nargs("killpg", nargs, 2, 2) < 0 || int_arg(args[0], &pg) < 0 || int_arg(args[1], &sig) < 0) {
        return NULL;
    }
    if (killpg(pg, sig) < 0) {
        return posix_error();
    }
    return pt_newref(pt_None);
}

// fork(): the child keeps only the calling thread, which must own a fresh
// GIL. TODO(lead): replace the direct GIL call by public before/after-fork
// hooks in include/pith/runtime.h (threads, locks, signal state, atfork).
static PtObject *posix_fork(PtObject *self, PtObject *u) {
    pt_sys_flush_std();
    pid_t pid = fork();
    int e = errno;
    if (pid == 0) {
        pt_gil_after_fork(pt_tstate());
    }
    if (pid < 0) {
        errno = e;
        return posix_error();
    }
    return pt_int_from_i64(pid);
}

// A NULL-terminated argv/envp array of encoded strings. The bytes objects that
// own the storage are kept in `keep` (a list). NULL with an exception on error.
static char **string_array(PtObject *seq, PtObject *keep, const char *fname, const char *what) {
    PtObject *t = pt_seq_tuple(seq);
    if (t == NULL) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "%s: %s must be a tuple or list", fname, what), NULL;
    }
    pt_ssize n = pt_tuple_len(t);
    char **arr = pt_mem_alloc((size_t)(n + 1) * sizeof(char *));
    if (arr == NULL) {
        pt_decref(t);
        return pt_err_no_memory(), NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        PtPathArg p = {.fname = fname, .argname = what};
        if (pt_posix_path_convert(pt_tuple_get(t, i), &p) < 0 || pt_list_append(keep, p.bytes) < 0) {
            pt_posix_path_cleanup(&p);
            pt_mem_free(arr, (size_t)(n + 1) * sizeof(char *));
            pt_decref(t);
            return NULL;
        }
        arr[i] = (char *)p.path;
        pt_posix_path_cleanup(&p);
    }
    arr[n] = NULL;
    pt_decref(t);
    return arr;
}

// envp from a mapping: "KEY=VALUE" strings.
static char **env_array(PtObject *env, PtObject *keep, pt_ssize *count) {
    PtObject *items = pt_object_call_method_str(env, "items", NULL, 0);
    PtObject *list = items != NULL ? pt_seq_list(items) : NULL;
    pt_xdecref(items);
    if (list == NULL) {
        return NULL;
    }
    pt_ssize n = pt_list_len(list);
    PtObject *strs = pt_list_new(0);
    for (pt_ssize i = 0; strs != NULL && i < n; i++) {
        PtObject *kv = pt_list_get(list, i);
        PtPathArg k = {.fname = "execve", .argname = "environment key"};
        PtPathArg v = {.fname = "execve", .argname = "environment value"};
        if (!pt_is_tuple(kv) || pt_tuple_len(kv) != 2 || pt_posix_path_convert(pt_tuple_get(kv, 0), &k) < 0) {
            pt_clearref(&strs);
            break;
        }
        if (pt_posix_path_convert(pt_tuple_get(kv, 1), &v) < 0) {
            pt_posix_path_cleanup(&k);
            pt_clearref(&strs);
            break;
        }
        PtObject *s = pt_str_format("%s=%s", k.path, v.path);
        if (strchr(k.path, '=') != NULL) {
            pt_err_set_string(pt_exc_ValueError, "illegal environment variable name");
            pt_clearref(&s);
        }
        pt_posix_path_cleanup(&k);
        pt_posix_path_cleanup(&v);
        if (s == NULL || pt_list_append_steal(strs, s) < 0) {
            pt_clearref(&strs);
        }
    }
    pt_decref(list);
    if (strs == NULL) {
        return NULL;
    }
    *count = pt_list_len(strs);
    char **r = string_array(strs, keep, "execve", "env");
    pt_decref(strs);
    return r;
}

static PtObject *do_exec(PtObject *path, PtObject *argv, PtObject *env, const char *fname) {
    PtObject *keep = pt_list_new(0);
    if (keep == NULL) {
        return NULL;
    }
    PtPathArg p = {.fname = fname, .argname = "path"};
    char **av = NULL, **ev = NULL;
    pt_ssize an = 0, en = 0;
    if (pt_posix_path_convert(path, &p) < 0) {
        goto done;
    }
    an = pt_object_len(argv);
    if (an < 0 || (av = string_array(argv, keep, fname, "argv")) == NULL) {
        if (an < 0) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
        }
        goto done;
    }
    if (an < 1) {
        pt_err_format(pt_exc_ValueError, "%s() arg 2 must not be empty", fname);
        goto done;
    }
    if (av[0][0] == '\0') {
        pt_err_format(pt_exc_ValueError, "%s() arg 2 first element cannot be empty", fname);
        goto done;
    }
    if (env != NULL && (ev = env_array(env, keep, &en)) == NULL) {
        goto done;
    }
    pt_sys_flush_std();
    if (ev != NULL) {
        execve(p.path, av, ev);
    } else {
        execv(p.path, av);
    }
    path_error(&p);
done:
    if (av != NULL) {
        pt_mem_free(av, (size_t)(an + 1) * sizeof(char *));
    }
    if (ev != NULL) {
        pt_mem_free(ev, (size_t)(en + 1) * sizeof(char *));
    }
    pt_posix_path_cleanup(&p);
    pt_decref(keep);
    return NULL;
}

static PtObject *posix_execv(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("execv", nargs, 2, 2) < 0) {
        return NULL;
    }
    return do_exec(args[0], args[1], NULL, "execv");
}

static PtObject *posix_execve(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", "argv", "env", NULL};
    PtObject *path, *argv, *env;
    if (pt_parse_args(args, nargs, kwnames, "OOO:execve", kwlist, &path, &argv, &env) < 0) {
        return NULL;
    }
    return do_exec(path, argv, env, "execve");
}

static PtObject *posix__exit(PtObject *self, PtObject *arg) {
    int code;
    if (int_arg(arg, &code) < 0) {
        return NULL;
    }
    _exit(code);
}

static PtObject *posix_waitpid(PtObject *self, PtObject *const *args, size_t nargs) {
    int pid, options, status = 0;
    if (pt_check_nargs("waitpid", nargs, 2, 2) < 0 || int_arg(args[0], &pid) < 0 || int_arg(args[1], &options) < 0) {
        return NULL;
    }
    pid_t r;
    PT_SYSCALL(r, waitpid(pid, &status, options));
    if (r < 0) {
        return r == -2 ? NULL : posix_error();
    }
    return pt_tuple_pack(2, pt_int_from_i64(r), pt_int_from_i64(status));
}

static PtObject *posix_wait(PtObject *self, PtObject *u) {
    int status = 0;
    pid_t r;
    PT_SYSCALL(r, wait(&status));
    if (r < 0) {
        return r == -2 ? NULL : posix_error();
    }
    return pt_tuple_pack(2, pt_int_from_i64(r), pt_int_from_i64(status));
}

static int status_arg(PtObject *const *args, size_t nargs, PtObject *kwnames, const char *fname, int *st) {
    static const char *const kwlist[] = {"status", NULL};
    char fmt[40];
    snprintf(fmt, sizeof fmt, "i:%s", fname);
    return pt_parse_args(args, nargs, kwnames, fmt, kwlist, st);
}

#define STATUS_FN(pyname, expr, boolres)                                                              \
    static PtObject *posix_##pyname(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kw) { \
        int status;                                                                                   \
        if (status_arg(args, nargs, kw, #pyname, &status) < 0) {                                     \
            return NULL;                                                                              \
        }                                                                                             \
        return boolres ? pt_newref(pt_bool(expr)) : pt_int_from_i64(expr);                           \
    }
STATUS_FN(WIFEXITED, WIFEXITED(status), 1)
STATUS_FN(WEXITSTATUS, WEXITSTATUS(status), 0)
STATUS_FN(WIFSIGNALED, WIFSIGNALED(status), 1)
STATUS_FN(WTERMSIG, WTERMSIG(status), 0)
STATUS_FN(WIFSTOPPED, WIFSTOPPED(status), 1)
STATUS_FN(WSTOPSIG, WSTOPSIG(status), 0)
STATUS_FN(WCOREDUMP, WCOREDUMP(status), 1)
STATUS_FN(WIFCONTINUED, WIFCONTINUED(status), 1)
#undef STATUS_FN

static PtObject *posix_waitstatus_to_exitcode(PtObject *self, PtObject *const *args, size_t nargs,
                                              PtObject *kwnames) {
    int status;
    if (status_arg(args, nargs, kwnames, "waitstatus_to_exitcode", &status) < 0) {
        return NULL;
    }
    if (WIFEXITED(status)) {
        return pt_int_from_i64(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return pt_int_from_i64(-WTERMSIG(status));
    }
    return pt_err_format(pt_exc_ValueError, "invalid wait status: %d", status);
}

// ---- System information ----

static PtObject *posix_urandom(PtObject *self, PtObject *arg) {
    int64_t n = i64_arg(arg);
    if (n == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        return pt_err_set_string(pt_exc_ValueError, "negative argument not allowed");
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)n);
    if (b == NULL) {
        return NULL;
    }
    char *p = pt_bytes_data(b);
    for (int64_t done = 0; done < n;) {
        ssize_t r = getrandom(p + done, (size_t)(n - done), 0);
        if (r < 0) {
            if (errno == EINTR) {
                if (pt_check_signals() < 0) {
                    pt_decref(b);
                    return NULL;
                }
                continue;
            }
            pt_decref(b);
            return posix_error();
        }
        done += r;
    }
    return b;
}

static PtObject *posix_cpu_count(PtObject *self, PtObject *u) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? pt_newref(pt_None) : pt_int_from_i64(n);
}

static PtObject *posix_sched_getaffinity(PtObject *self, PtObject *arg) {
    int pid;
    if (int_arg(arg, &pid) < 0) {
        return NULL;
    }
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0) {
        return posix_error();
    }
    PtObject *s = pt_set_new(NULL);
    for (int i = 0; s != NULL && i < CPU_SETSIZE; i++) {
        if (CPU_ISSET(i, &set) && pt_set_add(s, pt_int_from_i64(i)) < 0) {
            pt_clearref(&s);
        }
    }
    return s;
}

static PtObject *posix_times(PtObject *self, PtObject *u) {
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) {
        return posix_error();
    }
    double tick = (double)sysconf(_SC_CLK_TCK);
    PtObject *items[5] = {pt_float_new((double)t.tms_utime / tick), pt_float_new((double)t.tms_stime / tick),
                          pt_float_new((double)t.tms_cutime / tick), pt_float_new((double)t.tms_cstime / tick),
                          pt_float_new((double)c / tick)};
    return pt_structseq_new(&times_result_type, items);
}

static PtObject *posix_uname(PtObject *self, PtObject *u) {
    struct utsname n;
    if (uname(&n) < 0) {
        return posix_error();
    }
    PtObject *items[5] = {pt_posix_fsdecode(n.sysname, strlen(n.sysname)),
                          pt_posix_fsdecode(n.nodename, strlen(n.nodename)),
                          pt_posix_fsdecode(n.release, strlen(n.release)),
                          pt_posix_fsdecode(n.version, strlen(n.version)),
                          pt_posix_fsdecode(n.machine, strlen(n.machine))};
    return pt_structseq_new(&uname_result_type, items);
}

static PtObject *posix_umask(PtObject *self, PtObject *arg) {
    int mask;
    if (int_arg(arg, &mask) < 0) {
        return NULL;
    }
    return pt_int_from_i64(umask((mode_t)mask));
}

static PtObject *posix_getloadavg(PtObject *self, PtObject *u) {
    double l[3];
    if (getloadavg(l, 3) != 3) {
        return pt_err_set_string(pt_exc_OSError, "Load averages are unobtainable");
    }
    return pt_tuple_pack(3, pt_float_new(l[0]), pt_float_new(l[1]), pt_float_new(l[2]));
}

static PtObject *posix_get_terminal_size(PtObject *self, PtObject *const *args, size_t nargs) {
    int fd = 1;
    if (pt_check_nargs("get_terminal_size", nargs, 0, 1) < 0 || (nargs == 1 && int_arg(args[0], &fd) < 0)) {
        return NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) {
        return posix_error();
    }
    PtObject *items[2] = {pt_int_from_i64(w.ws_col), pt_int_from_i64(w.ws_row)};
    return pt_structseq_new(&terminal_size_type, items);
}

static PtObject *posix_strerror(PtObject *self, PtObject *arg) {
    int code;
    if (int_arg(arg, &code) < 0) {
        return NULL;
    }
    return pt_str_from_cstr(strerror(code));
}

static PtObject *posix_sysconf(PtObject *self, PtObject *arg) {
    int name;
    if (pt_is_str(arg)) {
        if (pt_str_eq_cstr(arg, "SC_NPROCESSORS_ONLN")) {
            name = _SC_NPROCESSORS_ONLN;
        } else if (pt_str_eq_cstr(arg, "SC_NPROCESSORS_CONF")) {
            name = _SC_NPROCESSORS_CONF;
        } else if (pt_str_eq_cstr(arg, "SC_PAGE_SIZE") || pt_str_eq_cstr(arg, "SC_PAGESIZE")) {
            name = _SC_PAGESIZE;
        } else if (pt_str_eq_cstr(arg, "SC_CLK_TCK")) {
            name = _SC_CLK_TCK;
        } else if (pt_str_eq_cstr(arg, "SC_OPEN_MAX")) {
            name = _SC_OPEN_MAX;
        } else if (pt_str_eq_cstr(arg, "SC_PHYS_PAGES")) {
            name = _SC_PHYS_PAGES;
        } else {
            return pt_err_set_string(pt_exc_ValueError, "unrecognized configuration name");
        }
    } else if (int_arg(arg, &name) < 0) {
        return NULL;
    }
    errno = 0;
    long r = sysconf(name);
    if (r == -1 && errno != 0) {
        return posix_error();
    }
    return pt_int_from_i64(r);
}

// putenv/unsetenv update the C environment; os.environ keeps its own mapping.
static PtObject *posix_putenv(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("putenv", nargs, 2, 2) < 0) {
        return NULL;
    }
    PtPathArg k = {.fname = "putenv", .argname = "name"}, v = {.fname = "putenv", .argname = "value"};
    if (pt_posix_path_convert(args[0], &k) < 0) {
        return NULL;
    }
    if (pt_posix_path_convert(args[1], &v) < 0) {
        pt_posix_path_cleanup(&k);
        return NULL;
    }
    PtObject *r = NULL;
    if (k.path[0] == '\0' || strchr(k.path, '=') != NULL) {
        pt_err_set_string(pt_exc_ValueError, "illegal environment variable name");
    } else if (setenv(k.path, v.path, 1) < 0) {
        posix_error();
    } else {
        r = pt_newref(pt_None);
    }
    pt_posix_path_cleanup(&k);
    pt_posix_path_cleanup(&v);
    return r;
}

static PtObject *posix_unsetenv(PtObject *self, PtObject *arg) {
    PtPathArg k = {.fname = "unsetenv", .argname = "name"};
    if (pt_posix_path_convert(arg, &k) < 0) {
        return NULL;
    }
    PtObject *r = NULL;
    if (k.path[0] == '\0' || strchr(k.path, '=') != NULL) {
        pt_err_set_string(pt_exc_ValueError, "illegal environment variable name");
    } else if (unsetenv(k.path) < 0) {
        posix_error();
    } else {
        r = pt_newref(pt_None);
    }
    pt_posix_path_cleanup(&k);
    return r;
}

// posix.environ: the environment at import time, bytes to bytes (os.py decodes it).
static PtObject *environ_dict(void) {
    PtObject *d = pt_dict_new();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        PtObject *k = pt_bytes_new(*e, (size_t)(eq - *e));
        PtObject *v = pt_bytes_new(eq + 1, strlen(eq + 1));
        int r = k != NULL && v != NULL ? pt_dict_contains(d, k) : -1;
        if (r == 0) {
            r = pt_dict_set(d, k, v);
        }
        pt_xdecref(k);
        pt_xdecref(v);
        if (r < 0) {
            pt_clearref(&d);
        }
    }
    return d;
}

// ---- Directories: listdir ----

static PtObject *posix_listdir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", NULL};
    PtObject *path = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|O:listdir", kwlist, &path) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "listdir", .argname = "path", .allow_fd = 1, .allow_none = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    DIR *d;
    PT_BEGIN_ALLOW_THREADS
    if (p.fd >= 0) {
        int fd2 = dup(p.fd);
        d = fd2 < 0 ? NULL : fdopendir(fd2);
        if (d != NULL) {
            rewinddir(d);
        } else if (fd2 >= 0) {
            close(fd2);
        }
    } else {
        d = opendir(p.path);
    }
    PT_END_ALLOW_THREADS
    if (d == NULL) {
        PtObject *r = path_error(&p);
        pt_posix_path_cleanup(&p);
        return r;
    }
    PtObject *list = pt_list_new(0);
    for (;;) {
        struct dirent *ent;
        errno = 0;
        ent = readdir(d);
        if (ent == NULL) {
            if (errno != 0) {
                pt_clearref(&list);
                path_error(&p);
            }
            break;
        }
        const char *n = ent->d_name;
        if (list == NULL || (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))) {
            continue;
        }
        PtObject *name = path_result(n, strlen(n), p.is_bytes);
        if (name == NULL || pt_list_append_steal(list, name) < 0) {
            pt_clearref(&list);
        }
    }
    closedir(d);
    pt_posix_path_cleanup(&p);
    return list;
}

// ---- Directories: scandir and DirEntry ----

typedef struct DirEntry {
    PtObject ob;
    PtObject *name, *path;  // str or bytes, as the scandir argument
    PtObject *stat, *lstat; // cached stat results or NULL
    unsigned char d_type;
    uint64_t ino;
} DirEntry;

typedef struct ScandirIter {
    PtObject ob;
    DIR *dir;
    PtObject *path;  // the directory as given (str/bytes), NULL for a descriptor
    int is_bytes;
    int fd_mode;     // listing a descriptor: DirEntry.path is the bare name
} ScandirIter;

static PtType direntry_type, scandir_iter_type;

static void direntry_dealloc(PtObject *o) {
    DirEntry *e = (DirEntry *)o;
    pt_gc_untrack(o);
    pt_xdecref(e->name);
    pt_xdecref(e->path);
    pt_xdecref(e->stat);
    pt_xdecref(e->lstat);
    pt_object_free(o, sizeof(DirEntry));
}

static int direntry_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    DirEntry *e = (DirEntry *)o;
    PtObject *f[4] = {e->name, e->path, e->stat, e->lstat};
    for (int i = 0; i < 4; i++) {
        if (f[i] != NULL) {
            int r = visit(f[i], arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

// The entry's stat (follow) or lstat, cached. New reference.
static PtObject *direntry_fetch_stat(DirEntry *e, int follow) {
    PtObject **slot = follow ? &e->stat : &e->lstat;
    if (*slot == NULL) {
        if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) {
            PtObject *l = direntry_fetch_stat(e, 0);
            if (l == NULL) {
                return NULL;
            }
            *slot = l;
            return pt_newref(l);
        }
        PtPathArg p = {.fname = "stat", .argname = "path"};
        if (pt_posix_path_convert(e->path, &p) < 0) {
            return NULL;
        }
        *slot = do_stat(&p, follow);
        pt_posix_path_cleanup(&p);
        if (*slot == NULL) {
            return NULL;
        }
    }
    return pt_newref(*slot);
}

static int follow_kw(const char *fname, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"follow_symlinks", NULL};
    PtObject *fs = pt_True;
    char fmt[40];
    snprintf(fmt, sizeof fmt, "|$O:%s", fname);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &fs) < 0) {
        return -1;
    }
    return pt_object_is_true(fs);
}

// is_dir/is_file: from d_type when it is known, else from a stat.
static PtObject *direntry_test_mode(DirEntry *e, int follow, mode_t want, unsigned char dt) {
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) {
        return pt_newref(pt_bool(e->d_type == dt));
    }
    PtObject *st = direntry_fetch_stat(e, follow);
    if (st == NULL) {
        if (pt_err_matches(pt_exc_FileNotFoundError)) {
            pt_err_clear();
            return pt_newref(pt_False);
        }
        return NULL;
    }
    int64_t mode = pt_int_as_i64(pt_tuple_get(st, 0));
    pt_decref(st);
    return pt_newref(pt_bool(((mode_t)mode & S_IFMT) == want));
}

static PtObject *direntry_is_dir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int follow = follow_kw("is_dir", args, nargs, kwnames);
    return follow < 0 ? NULL : direntry_test_mode((DirEntry *)self, follow, S_IFDIR, DT_DIR);
}

static PtObject *direntry_is_file(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int follow = follow_kw("is_file", args, nargs, kwnames);
    return follow < 0 ? NULL : direntry_test_mode((DirEntry *)self, follow, S_IFREG, DT_REG);
}

static PtObject *direntry_is_symlink(PtObject *self, PtObject *unused) {
    return direntry_test_mode((DirEntry *)self, 0, S_IFLNK, DT_LNK);
}

static PtObject *direntry_stat(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int follow = follow_kw("stat", args, nargs, kwnames);
    return follow < 0 ? NULL : direntry_fetch_stat((DirEntry *)self, follow);
}

static PtObject *direntry_inode(PtObject *self, PtObject *unused) {
    return pt_int_from_u64(((DirEntry *)self)->ino);
}

static PtObject *direntry_fspath(PtObject *self, PtObject *unused) { return pt_newref(((DirEntry *)self)->path); }

static PtObject *direntry_repr(PtObject *self) { return pt_str_format("<DirEntry %R>", ((DirEntry *)self)->name); }

static PtObject *direntry_class_getitem(PtObject *cls, PtObject *arg) {
    PtObject *types = pt_import("types");
    PtObject *ga = types != NULL ? pt_object_getattr_str(types, "GenericAlias") : NULL;
    pt_xdecref(types);
    PtObject *r = ga != NULL ? pt_object_call2(ga, cls, arg) : NULL;
    pt_xdecref(ga);
    return r;
}

static const PtMethodDef direntry_methods[] = {
    {"is_dir", PT_FN(direntry_is_dir), PT_METH_FASTKW, "Return True if the entry is a directory; cached per entry."},
    {"is_file", PT_FN(direntry_is_file), PT_METH_FASTKW, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", PT_FN(direntry_is_symlink), PT_METH_NOARGS, "Return True if the entry is a symbolic link."},
    {"stat", PT_FN(direntry_stat), PT_METH_FASTKW, "Return stat_result object for the entry; cached per entry."},
    {"inode", PT_FN(direntry_inode), PT_METH_NOARGS, "Return inode of the entry; cached per entry."},
    {"__fspath__", PT_FN(direntry_fspath), PT_METH_NOARGS, "Returns the path for the entry."},
    {"__class_getitem__", PT_FN(direntry_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef direntry_members[] = {
    {"name", PT_MEMBER_OBJECT, offsetof(DirEntry, name), PT_MEMBER_READONLY, "the entry's base filename"},
    {"path", PT_MEMBER_OBJECT, offsetof(DirEntry, path), PT_MEMBER_READONLY, "the entry's full path name"},
    {NULL, 0, 0, 0, NULL},
};

static PtType direntry_type = {
    .name = "posix.DirEntry",
    .basicsize = sizeof(DirEntry),
    .flags = PT_TF_GC,
    .dealloc = direntry_dealloc,
    .traverse = direntry_traverse,
    .repr = direntry_repr,
    .methods = direntry_methods,
    .members = direntry_members,
};

static void scandir_close_dir(ScandirIter *it) {
    if (it->dir != NULL) {
        DIR *d = it->dir;
        it->dir = NULL;
        closedir(d);
    }
}

static void scandir_dealloc(PtObject *o) {
    ScandirIter *it = (ScandirIter *)o;
    scandir_close_dir(it);
    pt_xdecref(it->path);
    pt_object_free(o, sizeof(ScandirIter));
}

static PtObject *entry_new(ScandirIter *it, struct dirent *ent) {
    DirEntry *e = (DirEntry *)pt_object_alloc(&direntry_type, sizeof(DirEntry));
    if (e == NULL) {
        return NULL;
    }
    e->d_type = ent->d_type;
    e->ino = ent->d_ino;
    size_t nlen = strlen(ent->d_name);
    e->name = path_result(ent->d_name, nlen, it->is_bytes);
    if (e->name != NULL && it->fd_mode) {
        e->path = pt_newref(e->name);
    } else if (e->name != NULL) {
        PtPathArg p = {.fname = "scandir", .argname = "path"};
        if (pt_posix_path_convert(it->path, &p) == 0) {
            size_t dlen = strlen(p.path);
            int sep = dlen > 0 && p.path[dlen - 1] != '/';
            char *buf = pt_mem_alloc(dlen + nlen + 2);
            if (buf != NULL) {
                memcpy(buf, p.path, dlen);
                if (sep) {
                    buf[dlen] = '/';
                }
                memcpy(buf + dlen + sep, ent->d_name, nlen);
                e->path = path_result(buf, dlen + sep + nlen, it->is_bytes);
                pt_mem_free(buf, dlen + nlen + 2);
            } else {
                pt_err_no_memory();
            }
            pt_posix_path_cleanup(&p);
        }
    }
    pt_gc_track(&e->ob);
    if (e->path == NULL) {
        pt_decref(&e->ob);
        return NULL;
    }
    return &e->ob;
}

static PtObject *scandir_next(PtObject *self) {
    ScandirIter *it = (ScandirIter *)self;
    while (it->dir != NULL) {
        struct dirent *ent;
        errno = 0;
        PT_BEGIN_ALLOW_THREADS
        ent = readdir(it->dir);
        PT_END_ALLOW_THREADS
        if (ent == NULL) {
            int e = errno;
            scandir_close_dir(it);
            if (e != 0) {
                errno = e;
                return pt_err_from_errno_filename(pt_exc_OSError, it->path);
            }
            return NULL;
        }
        const char *n = ent->d_name;
        if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) {
            continue;
        }
        return entry_new(it, ent);
    }
    return NULL;
}

static PtObject *scandir_iter(PtObject *self) { return pt_newref(self); }

static PtObject *scandir_close(PtObject *self, PtObject *unused) {
    scandir_close_dir((ScandirIter *)self);
    return pt_newref(pt_None);
}

static PtObject *scandir_enter(PtObject *self, PtObject *unused) { return pt_newref(self); }

static PtObject *scandir_exit(PtObject *self, PtObject *const *args, size_t nargs) {
    scandir_close_dir((ScandirIter *)self);
    return pt_newref(pt_None);
}

static const PtMethodDef scandir_methods[] = {
    {"close", PT_FN(scandir_close), PT_METH_NOARGS, NULL},
    {"__enter__", PT_FN(scandir_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(scandir_exit), PT_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType scandir_iter_type = {
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(ScandirIter),
    .dealloc = scandir_dealloc,
    .iter = scandir_iter,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

static PtObject *posix_scandir(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"path", NULL};
    PtObject *path = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|O:scandir", kwlist, &path) < 0) {
        return NULL;
    }
    PtPathArg p = {.fname = "scandir", .argname = "path", .allow_fd = 1, .allow_none = 1};
    if (pt_posix_path_convert(path, &p) < 0) {
        return NULL;
    }
    DIR *d;
    PT_BEGIN_ALLOW_THREADS
    if (p.fd >= 0) {
        int fd2 = dup(p.fd);
        d = fd2 < 0 ? NULL : fdopendir(fd2);
        if (d != NULL) {
            rewinddir(d);
        } else if (fd2 >= 0) {
            close(fd2);
        }
    } else {
        d = opendir(p.path);
    }
    PT_END_ALLOW_THREADS
    if (d == NULL) {
        PtObject *r = path_error(&p);
        pt_posix_path_cleanup(&p);
        return r;
    }
    ScandirIter *it = (ScandirIter *)pt_object_alloc(&scandir_iter_type, sizeof(ScandirIter));
    if (it == NULL) {
        closedir(d);
        pt_posix_path_cleanup(&p);
        return NULL;
    }
    it->dir = d;
    it->is_bytes = p.is_bytes;
    it->fd_mode = p.fd >= 0;
    if (path == pt_None) {
        it->path = pt_str_from_cstr(".");
    } else if (p.fd >= 0) {
        it->path = pt_newref(path);
    } else {
        it->path = p.is_bytes ? pt_newref(p.bytes) : pt_posix_fsdecode(p.path, strlen(p.path));
    }
    pt_posix_path_cleanup(&p);
    if (it->path == NULL) {
        pt_decref(&it->ob);
        return NULL;
    }
    return &it->ob;
}

// ---- The module ----

static const PtMethodDef posix_methods[] = {
    {"stat", PT_FN(posix_stat), PT_METH_FASTKW, "Perform a stat system call on the given path."},
    {"lstat", PT_FN(posix_lstat), PT_METH_FASTKW, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", PT_FN(posix_fstat), PT_METH_O, "Perform a stat system call on the given file descriptor."},
    {"getcwd", PT_FN(posix_getcwd), PT_METH_NOARGS, "Return a unicode string representing the current working directory."},
    {"getcwdb", PT_FN(posix_getcwdb), PT_METH_NOARGS, "Return a bytes string representing the current working directory."},
    {"chdir", PT_FN(posix_chdir), PT_METH_FASTKW, "Change the current working directory to the specified path."},
    {"chmod", PT_FN(posix_chmod), PT_METH_FASTKW, "Change the access permissions of a file."},
    {"fchmod", PT_FN(posix_fchmod), PT_METH_FAST, "Change the access permissions of the file given by file descriptor fd."},
    {"chown", PT_FN(posix_chown), PT_METH_FASTKW, "Change the owner and group id of path to the numeric uid and gid."},
    {"access", PT_FN(posix_access), PT_METH_FASTKW, "Use the real uid/gid to test for access to a path."},
    {"listdir", PT_FN(posix_listdir), PT_METH_FASTKW, "Return a list containing the names of the files in the directory."},
    {"scandir", PT_FN(posix_scandir), PT_METH_FASTKW, "Return an iterator of DirEntry objects for given path."},
    {"mkdir", PT_FN(posix_mkdir), PT_METH_FASTKW, "Create a directory."},
    {"rmdir", PT_FN(posix_rmdir), PT_METH_FASTKW, "Remove a directory."},
    {"remove", PT_FN(posix_remove), PT_METH_FASTKW, "Remove a file (same as unlink())."},
    {"unlink", PT_FN(posix_unlink), PT_METH_FASTKW, "Remove a file (same as remove())."},
    {"rename", PT_FN(posix_rename), PT_METH_FASTKW, "Rename a file or directory."},
    {"replace", PT_FN(posix_replace), PT_METH_FASTKW, "Rename a file or directory, overwriting the destination."},
    {"link", PT_FN(posix_link), PT_METH_FASTKW, "Create a hard link to a file."},
    {"symlink", PT_FN(posix_symlink), PT_METH_FASTKW, "Create a symbolic link pointing to src named dst."},
    {"readlink", PT_FN(posix_readlink), PT_METH_FASTKW, "Return a string representing the path to which the symbolic link points."},
    {"truncate", PT_FN(posix_truncate), PT_METH_FASTKW, "Truncate a file, specified by path, to a specific length."},
    {"utime", PT_FN(posix_utime), PT_METH_FASTKW, "Set the access and modified time of path."},
    {"fspath", PT_FN(posix_fspath), PT_METH_FASTKW, "Return the file system path representation of the object."},
    {"open", PT_FN(posix_open), PT_METH_FASTKW, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", PT_FN(posix_close), PT_METH_FASTKW, "Close a file descriptor."},
    {"closerange", PT_FN(posix_closerange), PT_METH_FAST, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"read", PT_FN(posix_read), PT_METH_FAST, "Read from a file descriptor.  Returns a bytes object."},
    {"write", PT_FN(posix_write), PT_METH_FAST, "Write a bytes object to a file descriptor."},
    {"lseek", PT_FN(posix_lseek), PT_METH_FAST, "Set the position of a file descriptor.  Return the new position."},
    {"pipe", PT_FN(posix_pipe), PT_METH_NOARGS, "Create a pipe."},
    {"pipe2", PT_FN(posix_pipe2), PT_METH_O, "Create a pipe with flags set atomically."},
    {"dup", PT_FN(posix_dup), PT_METH_O, "Return a duplicate of a file descriptor."},
    {"dup2", PT_FN(posix_dup2), PT_METH_FASTKW, "Duplicate file descriptor."},
    {"fsync", PT_FN(posix_fsync), PT_METH_O, "Force write of fd to disk."},
    {"fdatasync", PT_FN(posix_fdatasync), PT_METH_O, "Force write of fd to disk without forcing update of metadata."},
    {"ftruncate", PT_FN(posix_ftruncate), PT_METH_FAST, "Truncate a file, specified by file descriptor, to a specific length."},
    {"isatty", PT_FN(posix_isatty), PT_METH_O, "Return True if the fd is connected to a terminal."},
    {"get_inheritable", PT_FN(posix_get_inheritable), PT_METH_O, "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", PT_FN(posix_set_inheritable), PT_METH_FAST, "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", PT_FN(posix_get_blocking), PT_METH_O, "Get the blocking mode of the file descriptor."},
    {"set_blocking", PT_FN(posix_set_blocking), PT_METH_FAST, "Set the blocking mode of the specified file descriptor."},
    {"device_encoding", PT_FN(posix_device_encoding), PT_METH_FASTKW, "Return a string describing the encoding of a terminal's file descriptor."},
    {"getpid", PT_FN(posix_getpid), PT_METH_NOARGS, "Return the current process id."},
    {"getppid", PT_FN(posix_getppid), PT_METH_NOARGS, "Return the parent's process id."},
    {"getuid", PT_FN(posix_getuid), PT_METH_NOARGS, "Return the current process's user id."},
    {"geteuid", PT_FN(posix_geteuid), PT_METH_NOARGS, "Return the current process's effective user id."},
    {"getgid", PT_FN(posix_getgid), PT_METH_NOARGS, "Return the current process's group id."},
    {"getegid", PT_FN(posix_getegid), PT_METH_NOARGS, "Return the current process's effective group id."},
    {"getgroups", PT_FN(posix_getgroups), PT_METH_NOARGS, "Return list of supplemental group IDs for the process."},
    {"getpgrp", PT_FN(posix_getpgrp), PT_METH_NOARGS, "Return the current process group id."},
    {"getpgid", PT_FN(posix_getpgid), PT_METH_O, "Call the system call getpgid(), and return the result."},
    {"setpgid", PT_FN(posix_setpgid), PT_METH_FAST, "Call the system call setpgid(pid, pgrp)."},
    {"setsid", PT_FN(posix_setsid), PT_METH_NOARGS, "Call the system call setsid()."},
    {"getlogin", PT_FN(posix_getlogin), PT_METH_NOARGS, "Return the actual login name."},
    {"kill", PT_FN(posix_kill), PT_METH_FAST, "Kill a process with a signal."},
    {"killpg", PT_FN(posix_killpg), PT_METH_FAST, "Kill a process group with a signal."},
    {"fork", PT_FN(posix_fork), PT_METH_NOARGS, "Fork a child process."},
    {"execv", PT_FN(posix_execv), PT_METH_FAST, "Execute an executable path with arguments, replacing current process."},
    {"execve", PT_FN(posix_execve), PT_METH_FASTKW, "Execute an executable path with arguments, replacing current process."},
    {"_exit", PT_FN(posix__exit), PT_METH_O, "Exit to the system with specified status, without normal exit processing."},
    {"waitpid", PT_FN(posix_waitpid), PT_METH_FAST, "Wait for completion of a given child process."},
    {"wait", PT_FN(posix_wait), PT_METH_NOARGS, "Wait for completion of a child process."},
    {"WIFEXITED", PT_FN(posix_WIFEXITED), PT_METH_FASTKW, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", PT_FN(posix_WEXITSTATUS), PT_METH_FASTKW, "Return the process return code from status."},
    {"WIFSIGNALED", PT_FN(posix_WIFSIGNALED), PT_METH_FASTKW, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", PT_FN(posix_WTERMSIG), PT_METH_FASTKW, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", PT_FN(posix_WIFSTOPPED), PT_METH_FASTKW, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", PT_FN(posix_WSTOPSIG), PT_METH_FASTKW, "Return the signal that stopped the process that provided the status value."},
    {"WCOREDUMP", PT_FN(posix_WCOREDUMP), PT_METH_FASTKW, "Return True if the process returning status was dumped to a core file."},
    {"WIFCONTINUED", PT_FN(posix_WIFCONTINUED), PT_METH_FASTKW, "Return True if a particular process was continued from a job control stop."},
    {"waitstatus_to_exitcode", PT_FN(posix_waitstatus_to_exitcode), PT_METH_FASTKW, "Convert a wait status to an exit code."},
    {"urandom", PT_FN(posix_urandom), PT_METH_O, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"cpu_count", PT_FN(posix_cpu_count), PT_METH_NOARGS, "Return the number of CPUs in the system; return None if indeterminable."},
    {"sched_getaffinity", PT_FN(posix_sched_getaffinity), PT_METH_O, "Return the affinity of the process identified by pid (or the current process if zero)."},
    {"times", PT_FN(posix_times), PT_METH_NOARGS, "Return a collection containing process timing information."},
    {"uname", PT_FN(posix_uname), PT_METH_NOARGS, "Return an object identifying the current operating system."},
    {"umask", PT_FN(posix_umask), PT_METH_O, "Set the current numeric umask and return the previous umask."},
    {"getloadavg", PT_FN(posix_getloadavg), PT_METH_NOARGS, "Return average recent system load information."},
    {"get_terminal_size", PT_FN(posix_get_terminal_size), PT_METH_FAST, "Return the size of the terminal window as (columns, lines)."},
    {"strerror", PT_FN(posix_strerror), PT_METH_O, "Translate an error code to a message string."},
    {"sysconf", PT_FN(posix_sysconf), PT_METH_O, "Return an integer-valued system configuration variable."},
    {"putenv", PT_FN(posix_putenv), PT_METH_FAST, "Change or add an environment variable."},
    {"unsetenv", PT_FN(posix_unsetenv), PT_METH_O, "Delete an environment variable."},
    {NULL, NULL, 0, NULL},
};

typedef struct IntConst {
    const char *name;
    long value;
} IntConst;

#define C(n) {#n, n}
static const IntConst posix_consts[] = {
    C(F_OK), C(R_OK), C(W_OK), C(X_OK), C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL),
    C(O_TRUNC), C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_NOCTTY), C(O_CLOEXEC), C(O_DIRECTORY),
    C(O_NOFOLLOW), C(O_ACCMODE), C(O_ASYNC), C(O_DIRECT), C(O_LARGEFILE), C(O_NOATIME), C(O_PATH), C(O_TMPFILE),
    C(O_RSYNC), C(SEEK_SET), C(SEEK_CUR), C(SEEK_END), C(SEEK_DATA), C(SEEK_HOLE), C(WNOHANG), C(WUNTRACED),
    C(WCONTINUED), C(WEXITED), C(WSTOPPED), C(WNOWAIT), C(EX_OK), C(EX_USAGE), C(EX_DATAERR), C(EX_NOINPUT),
    C(EX_NOUSER), C(EX_NOHOST), C(EX_UNAVAILABLE), C(EX_SOFTWARE), C(EX_OSERR), C(EX_OSFILE), C(EX_CANTCREAT),
    C(EX_IOERR), C(EX_TEMPFAIL), C(EX_PROTOCOL), C(EX_NOPERM), C(EX_CONFIG), C(F_LOCK), C(F_TLOCK), C(F_ULOCK),
    C(F_TEST), C(P_PID), C(P_PGID), C(P_ALL), C(SCHED_OTHER), C(SCHED_FIFO), C(SCHED_RR), C(NGROUPS_MAX),
    C(RTLD_LAZY), C(RTLD_NOW), C(RTLD_GLOBAL), C(RTLD_LOCAL), C(CLD_EXITED), C(CLD_KILLED), C(CLD_DUMPED),
    C(CLD_TRAPPED), C(CLD_STOPPED), C(CLD_CONTINUED), C(PRIO_PROCESS), C(PRIO_PGRP), C(PRIO_USER),
    {NULL, 0},
};
#undef C

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

// Ready a struct sequence type once (module objects can be created again).
static int ready_seq(PtType *t, const char *name, const char *const *fields, int n, int nvis) {
    if (t->ob.refcnt != 0) {
        return 0;
    }
    return pt_structseq_init_type(t, name, fields, n, nvis);
}

static int posix_exec(PtObject *m) {
    if (ready_seq(&stat_result_type, "os.stat_result", stat_fields, 19, 10) < 0 ||
        ready_seq(&times_result_type, "posix.times_result", times_fields, 5, 5) < 0 ||
        ready_seq(&uname_result_type, "posix.uname_result", uname_fields, 5, 5) < 0 ||
        ready_seq(&terminal_size_type, "os.terminal_size", tsize_fields, 2, 2) < 0 ||
        pt_type_ready(&direntry_type) < 0 || pt_type_ready(&scandir_iter_type) < 0) {
        return -1;
    }
    for (const IntConst *c = posix_consts; c->name != NULL; c++) {
        if (pt_module_add_int(m, c->name, c->value) < 0) {
            return -1;
        }
    }
    PtObject *env = environ_dict();
    if (env == NULL || pt_module_add(m, "environ", env) < 0) {
        pt_xdecref(env);
        return -1;
    }
    pt_decref(env);
    if (pt_module_add(m, "stat_result", (PtObject *)&stat_result_type) < 0 ||
        pt_module_add(m, "times_result", (PtObject *)&times_result_type) < 0 ||
        pt_module_add(m, "uname_result", (PtObject *)&uname_result_type) < 0 ||
        pt_module_add(m, "terminal_size", (PtObject *)&terminal_size_type) < 0 ||
        pt_module_add(m, "DirEntry", (PtObject *)&direntry_type) < 0 ||
        pt_module_add(m, "error", pt_exc_OSError) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_posix_def = {
    .name = "posix",
    .doc = "This module provides access to operating system functionality that is\n"
           "standardized by the C Standard and the POSIX standard (a thinly\n"
           "disguised Unix interface).  Refer to the library manual and\n"
           "corresponding Unix manual pages for more information on calls.",
    .methods = posix_methods,
    .exec = posix_exec,
};
