// src/modules/mod_posixsubprocess.c: _posixsubprocess.fork_exec, the child-process
// launcher under lib/subprocess.py.
//
// Everything the child needs (argv, envp, the executables to try, the cwd,
// the descriptors to keep) is converted to C arrays in the parent, before
// fork(). Between fork() and exec the child runs only async-signal-safe
// calls: it never allocates, never touches an object and never takes a lock
// (another thread of the parent may have held the allocator's or the GIL's
// at the moment of fork). The one exception is preexec_fn, which runs Python
// code: only then does the child call pt_after_fork_child() first, as the
// documentation warns. If anything fails in the child, it writes
// "OSError:<errno in hex>:<stage>" to the close-on-exec error pipe and exits
// with 255; the parent's subprocess.py reads that pipe, which closes empty
// when exec succeeds, and raises the matching OSError. Stages: "noexec"
// (execve failed), "cwd" (chdir failed), "" (descriptor set-up and the rest).
//
// Guards: tests/golden/modules/subprocess/.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include "pith.h"         // the object API
#include "pith/codecs.h"  // pt_codecs_encode

extern char **environ;

// ---- Converting arguments (parent side) ----

// A NULL-terminated char * array whose strings live in bytes objects held by `keep`.
typedef struct CArgv {
    char **v;
    pt_ssize n;
    PtObject *keep;  // list of the bytes objects
} CArgv;

static void cargv_free(CArgv *a) {
    if (a->v != NULL) {
        pt_mem_free(a->v, (size_t)(a->n + 1) * sizeof(char *));
    }
    pt_xdecref(a->keep);
    a->v = NULL;
    a->keep = NULL;
}

// str / bytes / os.PathLike -> bytes (file-system encoding). New reference.
static PtObject *fs_bytes(PtObject *o) {
    PtObject *p = NULL;
    if (!pt_is_str(o) && !pt_is_bytes(o)) {
        if (pt_object_lookup_attr(o, pt_str_id("__fspath__"), &p) < 0) {
            return NULL;
        }
        if (p == NULL) {
            return pt_err_format(pt_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
        }
        o = pt_object_call0(p);
        pt_decref(p);
        if (o == NULL) {
            return NULL;
        }
    } else {
        pt_incref(o);
    }
    PtObject *b = pt_is_str(o) ? pt_codecs_encode(o, "utf-8", "surrogateescape") : pt_newref(o);
    pt_decref(o);
    if (b != NULL && strlen(pt_bytes_data(b)) != (size_t)pt_bytes_len(b)) {
        pt_decref(b);
        return pt_err_set_string(pt_exc_ValueError, "embedded null byte");
    }
    return b;
}

// Fill `a` from a sequence of path-like items (None: an empty array). 0 or -1.
static int cargv_init(CArgv *a, PtObject *seq) {
    a->v = NULL;
    a->n = 0;
    a->keep = pt_list_new(0);
    if (a->keep == NULL) {
        return -1;
    }
    if (seq == pt_None) {
        return 0;
    }
    PtObject *list = pt_seq_list(seq);
    if (list == NULL) {
        return -1;
    }
    pt_ssize n = pt_list_len(list);
    a->v = pt_mem_alloc((size_t)(n + 1) * sizeof(char *));
    if (a->v == NULL) {
        pt_decref(list);
        pt_err_no_memory();
        return -1;
    }
    a->n = n;
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *b = fs_bytes(pt_list_get(list, i));
        if (b == NULL || pt_list_append_steal(a->keep, b) < 0) {
            pt_decref(list);
            a->v[i] = NULL;
            return -1;
        }
        a->v[i] = pt_bytes_data(b);
    }
    a->v[n] = NULL;
    pt_decref(list);
    return 0;
}

// The sorted descriptors of pass_fds. 0 or -1.
static int fd_array(PtObject *seq, int **out, pt_ssize *n) {
    *out = NULL;
    *n = 0;
    PtObject *list = pt_seq_list(seq);
    if (list == NULL) {
        return -1;
    }
    pt_ssize len = pt_list_len(list);
    int *fds = len ? pt_mem_alloc((size_t)len * sizeof(int)) : NULL;
    if (len && fds == NULL) {
        pt_decref(list);
        pt_err_no_memory();
        return -1;
    }
    for (pt_ssize i = 0; i < len; i++) {
        int64_t v = pt_int_as_i64(pt_list_get(list, i));
        if (v == -1 && pt_err_occurred()) {
            pt_mem_free(fds, (size_t)len * sizeof(int));
            pt_decref(list);
            return -1;
        }
        if (v < 0 || v > 0x7fffffff) {
            pt_mem_free(fds, (size_t)len * sizeof(int));
            pt_decref(list);
            pt_err_set_string(pt_exc_ValueError, "bad value(s) in fds_to_keep");
            return -1;
        }
        // insertion sort: the list is short
        pt_ssize j = i;
        while (j > 0 && fds[j - 1] > (int)v) {
            fds[j] = fds[j - 1];
            j--;
        }
        fds[j] = (int)v;
    }
    pt_decref(list);
    *out = fds;
    *n = len;
    return 0;
}

// ---- The child (async-signal-safe from here to exec) ----

typedef struct ChildPlan {
    char **argv, **envp, **exes;
    const char *cwd;
    int *keep_fds;
    pt_ssize nkeep;
    int close_fds, restore_signals, call_setsid;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
    long pgid, gid, uid, umask;
    gid_t *groups;
    pt_ssize ngroups;
    PtObject *preexec_fn;
} ChildPlan;

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

// Report `err` at `stage` on the error pipe and leave. Never returns.
static _Noreturn void child_fail(int errpipe, int err, const char *stage) {
    char buf[64] = "OSError:";
    size_t n = 8;
    char hex[16];
    int h = 0;
    unsigned u = (unsigned)err;
    do {
        hex[h++] = "0123456789abcdef"[u & 15];
        u >>= 4;
    } while (u != 0);
    while (h > 0) {
        buf[n++] = hex[--h];
    }
    buf[n++] = ':';
    for (const char *p = stage; *p && n < sizeof buf - 1; p++) {
        buf[n++] = *p;
    }
    write_all(errpipe, buf, n);
    _exit(255);
}

static int set_inheritable(int fd) {
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0) {
        return -1;
    }
    if ((fl & FD_CLOEXEC) && fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC) < 0) {
        return -1;
    }
    return 0;
}

// Put `fd` at `target` (0, 1 or 2), inheritable. -1 with errno.
static int move_fd(int fd, int target) {
    if (fd < 0) {
        return 0;
    }
    if (fd == target) {
        return set_inheritable(fd);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

static void close_range_fds(int lo, int hi) {
    if (lo > hi) {
        return;
    }
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)lo, (unsigned)hi, 0u) == 0) {
        return;
    }
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) {
        max = 65536;
    }
    for (long fd = lo; fd <= hi && fd < max; fd++) {
        close((int)fd);
    }
}

// Close every descriptor >= 3 except the kept ones (sorted; the error pipe is among them).
static void close_other_fds(const ChildPlan *p) {
    int lo = 3;
    for (pt_ssize i = 0; i < p->nkeep; i++) {
        int keep = p->keep_fds[i];
        if (keep >= lo) {
            close_range_fds(lo, keep - 1);
            lo = keep + 1;
        }
    }
    close_range_fds(lo, 0x7fffffff);
}

static void child_setup_fds(ChildPlan *p) {
    int ep = p->errpipe_write;
    if (p->p2cwrite >= 0) {
        close(p->p2cwrite);
    }
    if (p->c2pread >= 0) {
        close(p->c2pread);
    }
    if (p->errread >= 0) {
        close(p->errread);
    }
    close(p->errpipe_read);
    // Descriptors sitting on 0..2 would be overwritten by the dup2s below.
    if (p->c2pwrite == 0 && (p->c2pwrite = dup(p->c2pwrite)) < 0) {
        child_fail(ep, errno, "");
    }
    while (p->errwrite == 0 || p->errwrite == 1) {
        if ((p->errwrite = dup(p->errwrite)) < 0) {
            child_fail(ep, errno, "");
        }
    }
    if (move_fd(p->p2cread, 0) < 0 || move_fd(p->c2pwrite, 1) < 0 || move_fd(p->errwrite, 2) < 0) {
        child_fail(ep, errno, "");
    }
    for (pt_ssize i = 0; i < p->nkeep; i++) {
        if (p->keep_fds[i] != ep) {
            set_inheritable(p->keep_fds[i]);
        }
    }
}

static _Noreturn void child_exec(ChildPlan *p) {
    int ep = p->errpipe_write;
    child_setup_fds(p);
    if (p->cwd != NULL && chdir(p->cwd) < 0) {
        child_fail(ep, errno, "cwd");
    }
    if (p->umask >= 0) {
        umask((mode_t)p->umask);
    }
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (p->call_setsid && setsid() < 0) {
        child_fail(ep, errno, "");
    }
    if (p->pgid >= 0 && setpgid(0, (pid_t)p->pgid) < 0) {
        child_fail(ep, errno, "");
    }
    if (p->groups != NULL && setgroups((size_t)p->ngroups, p->groups) < 0) {
        child_fail(ep, errno, "");
    }
    if (p->gid >= 0 && setregid((gid_t)p->gid, (gid_t)p->gid) < 0) {
        child_fail(ep, errno, "");
    }
    if (p->uid >= 0 && setreuid((uid_t)p->uid, (uid_t)p->uid) < 0) {
        child_fail(ep, errno, "");
    }
    if (p->preexec_fn != NULL) {
        // Python code in the child: the runtime must be made whole first.
        pt_after_fork_child();
        PtObject *r = pt_object_call0(p->preexec_fn);
        if (r == NULL) {
            pt_err_clear();
            write_all(ep, "SubprocessError:0:Exception occurred in preexec_fn.", 51);
            _exit(255);
        }
        pt_decref(r);
    }
    if (p->close_fds) {
        close_other_fds(p);
    }
    int saved = 0;
    for (char **exe = p->exes; *exe != NULL; exe++) {
        if (p->envp != NULL) {
            execve(*exe, p->argv, p->envp);
        } else {
            execv(*exe, p->argv);
        }
        if (errno != ENOENT && errno != ENOTDIR && saved == 0) {
            saved = errno;
        }
    }
    child_fail(ep, saved ? saved : errno, "noexec");
}

// ---- fork_exec ----

static int int_item(PtObject *o, long *out) {
    int64_t v = pt_int_as_i64(o);
    if (v == -1 && pt_err_occurred()) {
        return -1;
    }
    *out = (long)v;
    return 0;
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
//           c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
//           restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid,
//           child_umask, preexec_fn) -> pid
static PtObject *subprocess_fork_exec(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("fork_exec", nargs, 22, 22) < 0) {
        return NULL;
    }
    ChildPlan plan;
    memset(&plan, 0, sizeof plan);
    CArgv argv = {0}, envp = {0}, exes = {0};
    PtObject *cwd = NULL, *result = NULL;
    long v[8];
    int *keep = NULL;
    pt_ssize nkeep = 0;
    plan.groups = NULL;
    size_t groups_bytes = 0;
    if (cargv_init(&argv, args[0]) < 0 || cargv_init(&exes, args[1]) < 0 ||
        (args[5] != pt_None && cargv_init(&envp, args[5]) < 0) || fd_array(args[3], &keep, &nkeep) < 0) {
        goto done;
    }
    if (exes.n == 0) {
        pt_err_set_string(pt_exc_ValueError, "no executable to run");
        goto done;
    }
    if (args[4] != pt_None && (cwd = fs_bytes(args[4])) == NULL) {
        goto done;
    }
    for (int i = 0; i < 8; i++) {
        if (int_item(args[6 + i], &v[i]) < 0) {
            goto done;
        }
    }
    if (int_item(args[16], &plan.pgid) < 0 || int_item(args[20], &plan.umask) < 0) {
        goto done;
    }
    plan.gid = -1;
    plan.uid = -1;
    if ((args[17] != pt_None && int_item(args[17], &plan.gid) < 0) ||
        (args[19] != pt_None && int_item(args[19], &plan.uid) < 0)) {
        goto done;
    }
    if (args[18] != pt_None) {
        int *g;
        if (fd_array(args[18], &g, &plan.ngroups) < 0) {
            goto done;
        }
        groups_bytes = (size_t)(plan.ngroups ? plan.ngroups : 1) * sizeof(gid_t);
        plan.groups = pt_mem_alloc(groups_bytes);
        if (plan.groups == NULL) {
            pt_mem_free(g, (size_t)plan.ngroups * sizeof(int));
            pt_err_no_memory();
            goto done;
        }
        for (pt_ssize i = 0; i < plan.ngroups; i++) {
            plan.groups[i] = (gid_t)g[i];
        }
        pt_mem_free(g, (size_t)plan.ngroups * sizeof(int));
    }
    int close_fds = pt_object_is_true(args[2]), restore = pt_object_is_true(args[14]);
    int setsid_ = pt_object_is_true(args[15]);
    if (close_fds < 0 || restore < 0 || setsid_ < 0) {
        goto done;
    }
    if (args[21] != pt_None && !pt_callable_check(args[21])) {
        pt_err_set_string(pt_exc_TypeError, "preexec_fn must be callable");
        goto done;
    }
    plan.argv = argv.v;
    plan.envp = args[5] != pt_None ? envp.v : NULL;
    plan.exes = exes.v;
    plan.cwd = cwd ? pt_bytes_data(cwd) : NULL;
    // The error pipe survives close_fds too (it is close-on-exec itself).
    int *keep2 = pt_mem_alloc((size_t)(nkeep + 1) * sizeof(int));
    if (keep2 == NULL) {
        pt_err_no_memory();
        goto done;
    }
    pt_ssize k = 0;
    for (pt_ssize i = 0; i < nkeep && keep[i] < (int)v[7]; i++) {
        keep2[k++] = keep[i];
    }
    keep2[k++] = (int)v[7];
    for (pt_ssize i = k - 1; i < nkeep; i++) {
        keep2[k++] = keep[i];
    }
    pt_mem_free(keep, (size_t)nkeep * sizeof(int));
    keep = keep2;
    nkeep++;
    plan.keep_fds = keep;
    plan.nkeep = nkeep;
    plan.close_fds = close_fds;
    plan.restore_signals = restore;
    plan.call_setsid = setsid_;
    plan.p2cread = (int)v[0];
    plan.p2cwrite = (int)v[1];
    plan.c2pread = (int)v[2];
    plan.c2pwrite = (int)v[3];
    plan.errread = (int)v[4];
    plan.errwrite = (int)v[5];
    plan.errpipe_read = (int)v[6];
    plan.errpipe_write = (int)v[7];
    plan.preexec_fn = args[21] != pt_None ? args[21] : NULL;
    if (plan.argv == NULL) {
        pt_err_set_string(pt_exc_ValueError, "args must not be empty");
        goto done;
    }
    pid_t pid = fork();
    if (pid == 0) {
        child_exec(&plan);
    }
    if (pid < 0) {
        pt_err_from_errno(pt_exc_OSError);
        goto done;
    }
    result = pt_int_from_i64(pid);
done:
    cargv_free(&argv);
    cargv_free(&envp);
    cargv_free(&exes);
    pt_xdecref(cwd);
    pt_mem_free(keep, (size_t)nkeep * sizeof(int));
    pt_mem_free(plan.groups, groups_bytes);
    return result;
}

static const PtMethodDef subprocess_methods[] = {
    {"fork_exec", PT_FN(subprocess_fork_exec), PT_METH_FAST,
     "Spawn a fresh new child process: fork, set up descriptors, exec."},
    {NULL, NULL, 0, NULL},
};

const PtModuleDef pt_mod_posixsubprocess_def = {
    .name = "_posixsubprocess",
    .doc = "A POSIX helper for the subprocess module.",
    .methods = subprocess_methods,
};
