// src/modules/mod_sys.c: the sys module.
//
// sys is internal by nature (it reads the interpreter and thread states) and
// is on the layering allowlist. Its standard streams start as small C
// objects writing straight to file descriptors 0, 1 and 2 (buffered like
// CPython's: stdout fully buffered unless it is a terminal, stderr line
// buffered); the io module replaces nothing here, it wraps the same
// descriptors for open().
//
// Guards: tests/golden/modules/sys/.
#include <string.h>
#include <unistd.h>

#include "pith.h"        // the object API
#include "pith/structseq.h"  // sys.version_info and friends
#include "pith/bigint.h"     // the int/str digit limit
#include "obj/type.h"    // pt_type_ready
#include "vm/eval.h"     // pt_eval_get_frame
#include "modules/mod_tracemalloc.h"  // pt_sys_memstats, pt_sys_debug_*
#include "vm/import.h"   // pt_import_builtin_names
#include "vm/gil.h"      // pt_gil_set_interval, pt_gil_stats_dict
#include "vm/state.h"    // pt_interp, pt_tstate

// ---- Standard streams ----

typedef struct PtStdStream {
    PtObject ob;
    int fd;
    int line_buffered;
    int closed;
    char *buf;
    size_t len, cap;
    PtObject *name;  // "<stdout>"
} PtStdStream;

extern PtType pt_stdstream_type;

// Write out the buffered bytes. The buffer is detached first: other threads
// may print while this one is blocked in write() without the GIL, and they
// must find an empty buffer of their own, not one being written.
static int stream_flush_buf(PtStdStream *s) {
    if (s->len == 0) {
        return 0;
    }
    char *data = s->buf;
    size_t len = s->len;
    char *fresh = pt_raw_alloc(s->cap);
    if (fresh == NULL) {
        pt_err_no_memory();
        return -1;
    }
    s->buf = fresh;
    s->len = 0;
    size_t off = 0;
    int rc = 0;
    PT_BEGIN_ALLOW_THREADS
    while (off < len) {
        ssize_t w = write(s->fd, data + off, len - off);
        if (w < 0) {
            rc = -1;
            break;
        }
        off += (size_t)w;
    }
    PT_END_ALLOW_THREADS
    pt_raw_free(data);
    if (rc < 0) {
        pt_err_from_errno(pt_exc_OSError);
    }
    return rc;
}

static PtObject *stream_write(PtObject *self, PtObject *arg) {
    PtStdStream *s = (PtStdStream *)self;
    if (!pt_is_str(arg)) {
        return pt_err_format(pt_exc_TypeError, "write() argument must be str, not %s", pt_type_name_of(arg));
    }
    if (s->closed) {
        return pt_err_set_string(pt_exc_ValueError, "I/O operation on closed file.");
    }
    PtObject *bytes = NULL;
    size_t n;
    const char *data = pt_str_ascii(arg, &n);
    if (data == NULL) {
        extern PtObject *pt_str_encode_utf8_surrogateescape(PtObject *s);
        bytes = pt_str_encode_utf8(arg);
        if (bytes == NULL) {
            return NULL;
        }
        data = pt_bytes_data(bytes);
        n = (size_t)pt_bytes_len(bytes);
    }
    if (s->len + n > s->cap) {
        if (stream_flush_buf(s) < 0) {
            pt_xdecref(bytes);
            return NULL;
        }
    }
    if (n >= s->cap) {  // too big for the buffer: write through
        size_t off = 0;
        while (off < n) {
            ssize_t w = write(s->fd, data + off, n - off);
            if (w < 0) {
                pt_xdecref(bytes);
                return pt_err_from_errno(pt_exc_OSError);
            }
            off += (size_t)w;
        }
    } else {
        memcpy(s->buf + s->len, data, n);
        s->len += n;
        if (s->line_buffered && memchr(data, '\n', n) != NULL && stream_flush_buf(s) < 0) {
            pt_xdecref(bytes);
            return NULL;
        }
    }
    pt_xdecref(bytes);
    return pt_int_from_ssize(pt_str_len(arg));
}

static PtObject *stream_writelines(PtObject *self, PtObject *lines) {
    PtObject *it = pt_object_iter(lines), *line;
    if (it == NULL) {
        return NULL;
    }
    while ((line = pt_iter_next(it)) != NULL) {
        PtObject *r = stream_write(self, line);
        pt_decref(line);
        if (r == NULL) {
            pt_decref(it);
            return NULL;
        }
        pt_decref(r);
    }
    pt_decref(it);
    return pt_err_occurred() ? NULL : pt_newref(pt_None);
}

static PtObject *stream_flush(PtObject *self, PtObject *unused) {
    if (stream_flush_buf((PtStdStream *)self) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *stream_readline(PtObject *self, PtObject *const *args, size_t nargs) {
    PtStdStream *s = (PtStdStream *)self;
    char buf[4096];
    size_t n = 0;
    PtObject *result = pt_bytes_new(NULL, 0);
    if (result == NULL) {
        return NULL;
    }
    // Read a byte at a time so nothing past the newline is consumed (input()
    // and a child reading the same descriptor must agree).
    for (;;) {
        char c;
        ssize_t r;
        PT_BEGIN_ALLOW_THREADS
        r = read(s->fd, &c, 1);
        PT_END_ALLOW_THREADS
        if (r < 0) {
            if (pt_check_signals() < 0) {
                pt_decref(result);
                return NULL;
            }
            continue;
        }
        if (r == 0) {
            break;
        }
        buf[n++] = c;
        if (c == '\n' || n == sizeof buf) {
            size_t old = (size_t)pt_bytes_len(result);
            PtObject *grown = pt_bytes_new(NULL, old + n);
            if (grown == NULL) {
                pt_decref(result);
                return NULL;
            }
            memcpy(pt_bytes_data(grown), pt_bytes_data(result), old);
            memcpy(pt_bytes_data(grown) + old, buf, n);
            pt_decref(result);
            result = grown;
            if (c == '\n') {
                n = 0;
                break;
            }
            n = 0;
        }
    }
    if (n > 0) {
        size_t old = (size_t)pt_bytes_len(result);
        PtObject *grown = pt_bytes_new(NULL, old + n);
        if (grown == NULL) {
            pt_decref(result);
            return NULL;
        }
        memcpy(pt_bytes_data(grown), pt_bytes_data(result), old);
        memcpy(pt_bytes_data(grown) + old, buf, n);
        pt_decref(result);
        result = grown;
    }
    PtObject *str = pt_str_from_utf8_replace(pt_bytes_data(result), (size_t)pt_bytes_len(result));
    pt_decref(result);
    return str;
}

static PtObject *stream_read(PtObject *self, PtObject *const *args, size_t nargs) {
    PtStdStream *s = (PtStdStream *)self;
    size_t cap = 65536, len = 0;
    char *buf = pt_raw_alloc(cap);
    if (buf == NULL) {
        return pt_err_no_memory();
    }
    for (;;) {
        if (len == cap) {
            char *nb = pt_raw_realloc(buf, cap * 2);
            if (nb == NULL) {
                pt_raw_free(buf);
                return pt_err_no_memory();
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r;
        PT_BEGIN_ALLOW_THREADS
        r = read(s->fd, buf + len, cap - len);
        PT_END_ALLOW_THREADS
        if (r < 0) {
            if (pt_check_signals() < 0) {
                pt_raw_free(buf);
                return NULL;
            }
            continue;
        }
        if (r == 0) {
            break;
        }
        len += (size_t)r;
    }
    PtObject *str = pt_str_from_utf8_replace(buf, len);
    pt_raw_free(buf);
    return str;
}

static PtObject *stream_readlines(PtObject *self, PtObject *unused) {
    PtObject *all = stream_read(self, NULL, 0);
    if (all == NULL) {
        return NULL;
    }
    PtObject *t = pt_object_call_method_str(all, "splitlines", (PtObject *[]){pt_True}, 1);
    pt_decref(all);
    return t;
}

static PtObject *stream_fileno(PtObject *self, PtObject *unused) {
    return pt_int_from_i64(((PtStdStream *)self)->fd);
}

static PtObject *stream_isatty(PtObject *self, PtObject *unused) {
    return pt_newref(pt_bool(isatty(((PtStdStream *)self)->fd)));
}

static PtObject *stream_true(PtObject *self, PtObject *unused) { return pt_newref(pt_True); }
static PtObject *stream_false(PtObject *self, PtObject *unused) { return pt_newref(pt_False); }

static PtObject *stream_close(PtObject *self, PtObject *unused) {
    PtStdStream *s = (PtStdStream *)self;
    if (stream_flush_buf(s) < 0) {
        return NULL;
    }
    s->closed = 1;
    return pt_newref(pt_None);
}

static PtObject *stream_iternext(PtObject *self) {
    PtObject *line = stream_readline(self, NULL, 0);
    if (line != NULL && pt_str_len(line) == 0) {
        pt_decref(line);
        return NULL;
    }
    return line;
}

static PtObject *stream_iter(PtObject *self) { return pt_newref(self); }

static PtObject *stream_enter(PtObject *self, PtObject *unused) { return pt_newref(self); }
static PtObject *stream_exit(PtObject *self, PtObject *const *args, size_t nargs) { return pt_newref(pt_None); }

static PtObject *stream_repr(PtObject *self) {
    PtStdStream *s = (PtStdStream *)self;
    return pt_str_format("<_io.TextIOWrapper name='%U' mode='%s' encoding='utf-8'>", s->name, s->fd == 0 ? "r" : "w");
}

static void stream_dealloc(PtObject *self) {
    PtStdStream *s = (PtStdStream *)self;
    stream_flush_buf(s);
    pt_err_clear();
    pt_raw_free(s->buf);
    pt_xdecref(s->name);
    pt_object_free(self, sizeof(PtStdStream));
}

static PtObject *stream_get_encoding(PtObject *self, void *c) { return pt_str_from_cstr("utf-8"); }
static PtObject *stream_get_errors(PtObject *self, void *c) {
    return pt_str_from_cstr(((PtStdStream *)self)->fd == 2 ? "backslashreplace" : "strict");
}
static PtObject *stream_get_name(PtObject *self, void *c) { return pt_newref(((PtStdStream *)self)->name); }
static PtObject *stream_get_closed(PtObject *self, void *c) {
    return pt_newref(pt_bool(((PtStdStream *)self)->closed));
}
static PtObject *stream_get_mode(PtObject *self, void *c) {
    return pt_str_from_cstr(((PtStdStream *)self)->fd == 0 ? "r" : "w");
}

static const PtGetSetDef stream_getset[] = {
    {"encoding", stream_get_encoding, NULL, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL, NULL},
    {"name", stream_get_name, NULL, NULL, NULL},
    {"closed", stream_get_closed, NULL, NULL, NULL},
    {"mode", stream_get_mode, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef stream_methods[] = {
    {"write", PT_FN(stream_write), PT_METH_O, NULL},
    {"writelines", PT_FN(stream_writelines), PT_METH_O, NULL},
    {"flush", PT_FN(stream_flush), PT_METH_NOARGS, NULL},
    {"readline", PT_FN(stream_readline), PT_METH_FAST, NULL},
    {"read", PT_FN(stream_read), PT_METH_FAST, NULL},
    {"readlines", PT_FN(stream_readlines), PT_METH_NOARGS, NULL},
    {"fileno", PT_FN(stream_fileno), PT_METH_NOARGS, NULL},
    {"isatty", PT_FN(stream_isatty), PT_METH_NOARGS, NULL},
    {"readable", PT_FN(stream_true), PT_METH_NOARGS, NULL},
    {"writable", PT_FN(stream_true), PT_METH_NOARGS, NULL},
    {"seekable", PT_FN(stream_false), PT_METH_NOARGS, NULL},
    {"close", PT_FN(stream_close), PT_METH_NOARGS, NULL},
    {"__enter__", PT_FN(stream_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(stream_exit), PT_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_stdstream_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(PtStdStream),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .iter = stream_iter,
    .iternext = stream_iternext,
    .methods = stream_methods,
    .getset = stream_getset,
};

static PtObject *stream_new(int fd, const char *name, int unbuffered) {
    PtStdStream *s = (PtStdStream *)pt_object_alloc(&pt_stdstream_type, sizeof(PtStdStream));
    if (s == NULL) {
        return NULL;
    }
    s->fd = fd;
    s->cap = fd == 2 ? 1024 : 8192;
    s->buf = pt_raw_alloc(s->cap);
    s->line_buffered = fd == 2 || unbuffered || isatty(fd);
    if (unbuffered && fd != 0) {
        s->cap = 1;  // write through
    }
    s->name = pt_str_from_cstr(name);
    if (s->buf == NULL || s->name == NULL) {
        pt_decref((PtObject *)s);
        return pt_err_no_memory();
    }
    return (PtObject *)s;
}

// Flush sys.stdout and sys.stderr (at exit and before printing tracebacks).
void pt_sys_flush_std(void) {
    PtInterp *in = pt_interp();
    if (in == NULL || in->sysdict == NULL) {
        return;
    }
    PtObject *pending = pt_err_fetch();  // flushing must not see (or lose) a pending exception
    const char *names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        PtObject *f = pt_dict_get_cstr(in->sysdict, names[i]);
        if (f == NULL || f == pt_None) {
            continue;
        }
        pt_incref(f);
        PtObject *r = pt_object_call_method(f, PT_ID(flush), NULL, 0, NULL);
        pt_decref(f);
        if (r == NULL) {
            pt_err_clear();
        } else {
            pt_decref(r);
        }
    }
    pt_err_restore(pending);
}

// ---- Functions ----

static PtObject *sys_exit(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    return pt_err_set_object(pt_exc_SystemExit, nargs ? args[0] : pt_None);
}

static PtObject *sys_getrecursionlimit(PtObject *self, PtObject *unused) {
    return pt_int_from_i64(pt_interp()->recursion_limit);
}

static PtObject *sys_setrecursionlimit(PtObject *self, PtObject *v) {
    if (pt_is_float(v)) {
        return pt_err_set_string(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t n = pt_int_as_i64(v);
    if (n == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (n < 1) {
        return pt_err_set_string(pt_exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    PtThreadState *ts = pt_tstate();
    if (n <= ts->recursion_depth) {
        return pt_err_format(pt_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                             (int)n, ts->recursion_depth);
    }
    pt_interp()->recursion_limit = n > 0x7fffffff ? 0x7fffffff : (int)n;
    return pt_newref(pt_None);
}

static PtObject *sys_exc_info(PtObject *self, PtObject *unused) {
    PtObject *exc = pt_tstate_handled_exc(pt_tstate());
    if (exc == NULL || exc == pt_None) {
        return pt_tuple_pack(3, pt_None, pt_None, pt_None);
    }
    PtObject *tb = pt_object_getattr_str(exc, "__traceback__");
    if (tb == NULL) {
        return NULL;
    }
    PtObject *r = pt_tuple_pack(3, (PtObject *)pt_type(exc), exc, tb);
    pt_decref(tb);
    return r;
}

static PtObject *sys_exception(PtObject *self, PtObject *unused) {
    PtObject *exc = pt_tstate_handled_exc(pt_tstate());
    return pt_newref(exc != NULL ? exc : pt_None);
}

static PtObject *sys_intern(PtObject *self, PtObject *s) {
    if (!pt_is_str_exact(s)) {
        return pt_err_format(pt_exc_TypeError, "intern() argument must be str, not %s", pt_type_name_of(s));
    }
    return pt_str_intern(pt_newref(s));
}

static PtObject *sys_getsizeof(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("getsizeof", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!pt_is_heap(args[0])) {
        // A small int or an immediate float is the 8-byte value word itself:
        // that is all it costs wherever it is stored (docs/internals/memory.md).
        return pt_int_from_i64((int64_t)sizeof(PtObject *));
    }
    PtObject *f = pt_type_lookup(pt_type(args[0]), PT_ID(__sizeof__));
    if (f == NULL) {
        if (nargs == 2) {
            return pt_newref(args[1]);
        }
        return pt_err_format(pt_exc_TypeError, "Type %s doesn't define __sizeof__", pt_type_name_of(args[0]));
    }
    PtObject *r = pt_object_call_method(args[0], PT_ID(__sizeof__), NULL, 0, NULL);
    if (r == NULL) {
        if (nargs == 2 && pt_err_matches(pt_exc_TypeError)) {
            pt_err_clear();
            return pt_newref(args[1]);
        }
        return NULL;
    }
    if (!pt_is_int(r)) {
        pt_decref(r);
        return pt_err_set_string(pt_exc_TypeError, "an integer is required");
    }
    if (pt_int_sign(r) < 0) {
        pt_decref(r);
        return pt_err_set_string(pt_exc_ValueError, "__sizeof__() should return >= 0");
    }
    return r;
}

static PtObject *sys_getrefcount(PtObject *self, PtObject *v) {
    if (!pt_is_heap(v)) {
        return pt_int_from_i64(PT_REFCNT_STATIC);  // immediates behave as immortal
    }
    return pt_int_from_i64(v->refcnt);
}

static PtObject *sys_getframe(PtObject *self, PtObject *const *args, size_t nargs) {
    int64_t depth = 0;
    if (nargs > 0) {
        depth = pt_int_as_i64(args[0]);
        if (depth == -1 && pt_err_occurred()) {
            return NULL;
        }
    }
    PtObject *f = pt_eval_get_frame();
    while (f != NULL && depth-- > 0) {
        PtObject *back = pt_object_getattr_str(f, "f_back");
        pt_decref(f);
        f = back;
        if (f == pt_None) {
            pt_decref(f);
            f = NULL;
            break;
        }
    }
    if (f == NULL && !pt_err_occurred()) {
        return pt_err_set_string(pt_exc_ValueError, "call stack is not deep enough");
    }
    return f;
}

static PtObject *sys_getdefaultencoding(PtObject *self, PtObject *unused) { return pt_str_from_cstr("utf-8"); }

static PtObject *sys_displayhook(PtObject *self, PtObject *v) {
    if (v == pt_None) {
        return pt_newref(pt_None);
    }
    PtObject *builtins = pt_interp()->builtins;
    if (pt_dict_set_cstr(builtins, "_", pt_None) < 0) {
        return NULL;
    }
    PtObject *out = pt_dict_get_cstr(pt_interp()->sysdict, "stdout");
    if (out == NULL || out == pt_None) {
        return pt_err_set_string(pt_exc_RuntimeError, "lost sys.stdout");
    }
    PtObject *r = pt_object_repr(v);
    if (r == NULL) {
        return NULL;
    }
    PtObject *line = pt_str_format("%U\n", r);
    pt_decref(r);
    if (line == NULL) {
        return NULL;
    }
    PtObject *w = pt_object_call_method(out, PT_ID(write), &line, 1, NULL);
    pt_decref(line);
    if (w == NULL) {
        return NULL;
    }
    pt_decref(w);
    if (pt_dict_set_cstr(builtins, "_", v) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *sys_excepthook(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("excepthook", nargs, 3, 3) < 0) {
        return NULL;
    }
    pt_err_display(args[1]);
    return pt_newref(pt_None);
}

static PtObject *sys_import_stats(PtObject *self, PtObject *unused) {
    uint64_t compiled, hits, writes;
    pt_import_stats(&compiled, &hits, &writes);
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    PtObject *a = pt_int_from_u64(compiled), *b = pt_int_from_u64(hits), *c = pt_int_from_u64(writes);
    int r = (a && b && c && pt_dict_set_cstr(d, "compiled", a) == 0 && pt_dict_set_cstr(d, "cache_hits", b) == 0 &&
             pt_dict_set_cstr(d, "cache_writes", c) == 0)
                ? 0
                : -1;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    if (r < 0) {
        pt_decref(d);
        return NULL;
    }
    return d;
}

// pith has no limit on int/str conversion lengths by default (GMP makes them
// fast); a program may set CPython 3.11's limit and then gets its errors.
static PtObject *sys_set_int_max_str_digits(PtObject *self, PtObject *const *args, size_t nargs,
                                            PtObject *kwnames) {
    int64_t n;
    static const char *const kwlist[] = {"maxdigits", NULL};
    if (pt_parse_args(args, nargs, kwnames, "L:set_int_max_str_digits", kwlist, &n) < 0) {
        return NULL;
    }
    if (pt_int_set_max_str_digits(n) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *sys_get_int_max_str_digits(PtObject *self, PtObject *u) {
    return pt_int_from_i64(pt_int_get_max_str_digits());
}

// ---- Threads and the GIL (src/vm/gil.c) ----

// sys.setswitchinterval(interval): how long a thread may hold the GIL while
// another one waits for it, in seconds.
static PtObject *sys_setswitchinterval(PtObject *self, PtObject *arg) {
    if (!pt_is_float(arg) && !pt_is_int(arg)) {
        return pt_err_format(pt_exc_TypeError, "must be real number, not %T", arg);
    }
    double d = pt_float_as_double(arg);
    if (d == -1.0 && pt_err_occurred()) {
        return NULL;
    }
    if (!(d > 0.0)) {
        return pt_err_set_string(pt_exc_ValueError, "switch interval must be strictly positive");
    }
    pt_gil_set_interval(d);
    return pt_newref(pt_None);
}

static PtObject *sys_getswitchinterval(PtObject *self, PtObject *unused) {
    return pt_float_new(pt_gil_get_interval());
}

// sys._gilstats(): pith's GIL figures per thread and the verdict (-X gilstats).
static PtObject *sys_gilstats(PtObject *self, PtObject *unused) { return pt_gil_stats_dict(); }

// ---- Tracing and profiling (the VM side is in src/vm/eval.c) ----

// sys.settrace(func) / sys.setprofile(func): for the calling thread; None removes.
static PtObject *sys_settrace(PtObject *self, PtObject *func) {
    pt_eval_settrace(func);
    return pt_newref(pt_None);
}

static PtObject *sys_setprofile(PtObject *self, PtObject *func) {
    pt_eval_setprofile(func);
    return pt_newref(pt_None);
}

static PtObject *sys_gettrace(PtObject *self, PtObject *unused) {
    PtObject *f = pt_eval_gettrace();
    return pt_newref(f != NULL ? f : pt_None);
}

static PtObject *sys_getprofile(PtObject *self, PtObject *unused) {
    PtObject *f = pt_eval_getprofile();
    return pt_newref(f != NULL ? f : pt_None);
}

static const PtMethodDef sys_methods[] = {
    {"settrace", PT_FN(sys_settrace), PT_METH_O, "Set the global debug tracing function."},
    {"setprofile", PT_FN(sys_setprofile), PT_METH_O, "Set the profiling function."},
    {"gettrace", PT_FN(sys_gettrace), PT_METH_NOARGS, "Return the global debug tracing function."},
    {"getprofile", PT_FN(sys_getprofile), PT_METH_NOARGS, "Return the profiling function."},
    {"setswitchinterval", PT_FN(sys_setswitchinterval), PT_METH_O, NULL},
    {"getswitchinterval", PT_FN(sys_getswitchinterval), PT_METH_NOARGS, NULL},
    {"_gilstats", PT_FN(sys_gilstats), PT_METH_NOARGS, "pith: GIL statistics per thread (see -X gilstats)."},
    {"set_int_max_str_digits", PT_FN(sys_set_int_max_str_digits), PT_METH_FASTKW, NULL},
    {"get_int_max_str_digits", PT_FN(sys_get_int_max_str_digits), PT_METH_NOARGS, NULL},
    {"exit", PT_FN(sys_exit), PT_METH_FAST, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", PT_FN(sys_getrecursionlimit), PT_METH_NOARGS, NULL},
    {"setrecursionlimit", PT_FN(sys_setrecursionlimit), PT_METH_O, NULL},
    {"exc_info", PT_FN(sys_exc_info), PT_METH_NOARGS, NULL},
    {"exception", PT_FN(sys_exception), PT_METH_NOARGS, NULL},
    {"intern", PT_FN(sys_intern), PT_METH_O, NULL},
    {"getsizeof", PT_FN(sys_getsizeof), PT_METH_FAST, NULL},
    {"getrefcount", PT_FN(sys_getrefcount), PT_METH_O, NULL},
    {"_getframe", PT_FN(sys_getframe), PT_METH_FAST, NULL},
    {"getdefaultencoding", PT_FN(sys_getdefaultencoding), PT_METH_NOARGS, NULL},
    {"getfilesystemencoding", PT_FN(sys_getdefaultencoding), PT_METH_NOARGS, NULL},
    {"displayhook", PT_FN(sys_displayhook), PT_METH_O, NULL},
    {"excepthook", PT_FN(sys_excepthook), PT_METH_FAST, NULL},
    {"_import_stats", PT_FN(sys_import_stats), PT_METH_NOARGS, "pith: import compile/cache counters."},
    {"_memstats", PT_FN(pt_sys_memstats), PT_METH_NOARGS, "pith: memory statistics as a dict."},
#if PT_DEBUG
    {"_debug_refcount_total", PT_FN(pt_sys_debug_refcount_total), PT_METH_NOARGS, "pith: total of refcount changes."},
    {"_debug_live_blocks", PT_FN(pt_sys_debug_live_blocks), PT_METH_NOARGS, "pith: live allocator blocks."},
    {"_debug_fail_after", PT_FN(pt_sys_debug_fail_after), PT_METH_O, "pith: fail the n-th next allocation."},
#endif
    {NULL, NULL, 0, NULL},
};

// ---- Struct sequences (version_info, flags, float_info...) ----

static PtType version_info_type, flags_type, float_info_type, int_info_type, hash_info_type;

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                "dig", "mant_dig", "epsilon", "radix", "rounds"};
static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold"};
static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                               "hash_bits", "seed_bits", "cutoff"};

static int add_structseq(PtObject *m, const char *name, PtType *t, const char *tname, const char *const *fields,
                         int n, PtObject **items) {
    if (t->ob.refcnt == 0 && pt_structseq_init_type(t, tname, fields, n, n) < 0) {
        for (int j = 0; j < n; j++) {
            pt_xdecref(items[j]);
        }
        return -1;
    }
    PtObject *o = pt_structseq_new(t, items);
    if (o == NULL) {
        return -1;
    }
    int r = pt_module_add(m, name, o);
    pt_decref(o);
    return r;
}

// ---- Module set-up ----

static int set_str_list(PtObject *m, const char *name, char *const *items, int n) {
    PtObject *l = pt_list_new(0);
    if (l == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        PtObject *s = pt_str_from_utf8_replace(items[i], strlen(items[i]));
        if (s == NULL || pt_list_append_steal(l, s) < 0) {
            pt_decref(l);
            return -1;
        }
    }
    int r = pt_module_add(m, name, l);
    pt_decref(l);
    return r;
}

static int sys_exec(PtObject *m) {
    PtInterp *in = pt_interp();
    const PtConfig *cfg = pt_runtime_config();
    if (pt_module_add(m, "modules", in->modules) < 0) {
        return -1;
    }
    int unbuffered = cfg != NULL && cfg->unbuffered;
    PtObject *in_s = stream_new(0, "<stdin>", unbuffered), *out_s = stream_new(1, "<stdout>", unbuffered),
             *err_s = stream_new(2, "<stderr>", 1);
    if (in_s == NULL || out_s == NULL || err_s == NULL || pt_module_add(m, "stdin", in_s) < 0 ||
        pt_module_add(m, "stdout", out_s) < 0 || pt_module_add(m, "stderr", err_s) < 0 ||
        pt_module_add(m, "__stdin__", in_s) < 0 || pt_module_add(m, "__stdout__", out_s) < 0 ||
        pt_module_add(m, "__stderr__", err_s) < 0) {
        pt_xdecref(in_s);
        pt_xdecref(out_s);
        pt_xdecref(err_s);
        return -1;
    }
    pt_decref(in_s);
    pt_decref(out_s);
    pt_decref(err_s);
    if (cfg != NULL && set_str_list(m, "argv", cfg->argv, cfg->argc) < 0) {
        return -1;
    }
    if (cfg != NULL && set_str_list(m, "orig_argv", cfg->orig_argv, cfg->orig_argc) < 0) {
        return -1;
    }
    PtObject *path = pt_list_new(0);
    if (path == NULL || pt_module_add(m, "path", path) < 0) {
        pt_xdecref(path);
        return -1;
    }
    pt_decref(path);
    PtObject *names = pt_import_builtin_names();
    if (names == NULL || pt_module_add(m, "builtin_module_names", names) < 0) {
        pt_xdecref(names);
        return -1;
    }
    pt_decref(names);
    if (pt_module_add_str(m, "version", PT_VERSION_STRING) < 0 || pt_module_add_str(m, "platform", "linux") < 0 ||
        pt_module_add_str(m, "byteorder", "little") < 0 ||
        pt_module_add_int(m, "maxsize", INTPTR_MAX) < 0 || pt_module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
        pt_module_add_int(m, "hexversion", 0x030B07F0) < 0 || pt_module_add_int(m, "api_version", 1013) < 0 ||
        pt_module_add_str(m, "copyright", "Copyright (c) the pith authors.") < 0 ||
        pt_module_add_str(m, "platlibdir", "lib") < 0 || pt_module_add_str(m, "abiflags", "") < 0 ||
        pt_module_add(m, "dont_write_bytecode", pt_bool(cfg != NULL && cfg->dont_write_bytecode)) < 0 ||
        pt_module_add_str(m, "executable", cfg != NULL && cfg->executable ? cfg->executable : "") < 0 ||
        pt_module_add_str(m, "prefix", cfg != NULL && cfg->prefix ? cfg->prefix : "/usr/local") < 0 ||
        pt_module_add_str(m, "exec_prefix", cfg != NULL && cfg->prefix ? cfg->prefix : "/usr/local") < 0 ||
        pt_module_add_str(m, "base_prefix", cfg != NULL && cfg->prefix ? cfg->prefix : "/usr/local") < 0 ||
        pt_module_add_str(m, "base_exec_prefix", cfg != NULL && cfg->prefix ? cfg->prefix : "/usr/local") < 0 ||
        pt_module_add_str(m, "pycache_prefix", "") < 0) {
        return -1;
    }
    if (pt_module_add(m, "pycache_prefix", pt_None) < 0) {
        return -1;
    }
    PtObject *empty[4] = {pt_list_new(0), pt_list_new(0), pt_dict_new(), pt_dict_new()};
    int bad = empty[0] == NULL || empty[1] == NULL || empty[2] == NULL || empty[3] == NULL ||
              pt_module_add(m, "warnoptions", empty[0]) < 0 || pt_module_add(m, "meta_path", empty[1]) < 0 ||
              pt_module_add(m, "path_importer_cache", empty[2]) < 0 || pt_module_add(m, "_xoptions", empty[3]) < 0;
    // -X NAME -> True, -X NAME=VALUE -> "VALUE"
    for (int i = 0; !bad && cfg != NULL && i < 16 && cfg->xoptions[i] != NULL; i++) {
        const char *x = cfg->xoptions[i], *eq = strchr(x, '=');
        PtObject *k = eq != NULL ? pt_str_from_utf8_replace(x, (size_t)(eq - x)) : pt_str_from_cstr(x);
        PtObject *v = eq != NULL ? pt_str_from_cstr(eq + 1) : pt_newref(pt_True);
        bad = k == NULL || v == NULL || pt_dict_set(empty[3], k, v) < 0;
        pt_xdecref(k);
        pt_xdecref(v);
    }
    for (int i = 0; i < 4; i++) {
        pt_xdecref(empty[i]);
    }
    if (bad) {
        return -1;
    }
    PtObject *hooks = pt_list_new(0);
    if (hooks == NULL || pt_module_add(m, "path_hooks", hooks) < 0) {
        pt_xdecref(hooks);
        return -1;
    }
    pt_decref(hooks);
    PtObject *vi[5] = {pt_int_from_i64(3), pt_int_from_i64(11), pt_int_from_i64(7), pt_str_from_cstr("final"),
                       pt_int_from_i64(0)};
    if (add_structseq(m, "version_info", &version_info_type, "sys.version_info", version_info_fields, 5, vi) < 0) {
        return -1;
    }
    PtObject *fl[18];
    int flag_values[18] = {0, cfg ? cfg->inspect : 0, 0, 0, 0, 0, 0, cfg ? cfg->ignore_env : 0,
                           cfg ? cfg->verbose : 0, 0, 0, 1, cfg ? cfg->isolated : 0, 0, 1, 0, 0, 0};
    for (int i = 0; i < 18; i++) {
        fl[i] = i == 13 ? pt_newref(pt_False) : pt_int_from_i64(flag_values[i]);
    }
    if (add_structseq(m, "flags", &flags_type, "sys.flags", flags_fields, 18, fl) < 0) {
        return -1;
    }
    PtObject *fi[11] = {pt_float_new(1.7976931348623157e+308), pt_int_from_i64(1024), pt_int_from_i64(308),
                        pt_float_new(2.2250738585072014e-308), pt_int_from_i64(-1021), pt_int_from_i64(-307),
                        pt_int_from_i64(15), pt_int_from_i64(53), pt_float_new(2.220446049250313e-16),
                        pt_int_from_i64(2), pt_int_from_i64(1)};
    if (add_structseq(m, "float_info", &float_info_type, "sys.float_info", float_info_fields, 11, fi) < 0) {
        return -1;
    }
    PtObject *ii[4] = {pt_int_from_i64(30), pt_int_from_i64(4), pt_int_from_i64(4300), pt_int_from_i64(640)};
    if (add_structseq(m, "int_info", &int_info_type, "sys.int_info", int_info_fields, 4, ii) < 0) {
        return -1;
    }
    PtObject *hi[9] = {pt_int_from_i64(64), pt_int_from_i64(((int64_t)1 << 61) - 1), pt_int_from_i64(314159),
                       pt_int_from_i64(0), pt_int_from_i64(1000003), pt_str_from_cstr("siphash13"),
                       pt_int_from_i64(64), pt_int_from_i64(128), pt_int_from_i64(0)};
    if (add_structseq(m, "hash_info", &hash_info_type, "sys.hash_info", hash_info_fields, 9, hi) < 0) {
        return -1;
    }
    if (pt_module_add_type(m, &pt_stdstream_type) < 0) {
        return -1;
    }
    // sys.implementation: name, cache_tag, version, hexversion.
    PtObject *kw = pt_dict_new();
    if (kw == NULL) {
        return -1;
    }
    PtObject *ver = pt_dict_get_cstr(pt_module_dict(m), "version_info");
    if (pt_dict_set_cstr(kw, "name", pt_str_id("pith")) < 0 ||
        pt_dict_set_cstr(kw, "cache_tag", pt_str_id(PT_PYC_TAG)) < 0 || pt_dict_set_cstr(kw, "version", ver) < 0) {
        pt_decref(kw);
        return -1;
    }
    PtObject *hexv = pt_int_from_i64(0x030B07F0);
    if (hexv == NULL || pt_dict_set_cstr(kw, "hexversion", hexv) < 0) {
        pt_xdecref(hexv);
        pt_decref(kw);
        return -1;
    }
    pt_decref(hexv);
    PtObject *impl = pt_namespace_new(kw);
    pt_decref(kw);
    if (impl == NULL || pt_module_add(m, "implementation", impl) < 0) {
        pt_xdecref(impl);
        return -1;
    }
    pt_decref(impl);
    // The originals stay reachable as __displayhook__ / __excepthook__ (same objects).
    PtObject *d = pt_module_dict(m);
    if (pt_dict_set_cstr(d, "__displayhook__", pt_dict_get_cstr(d, "displayhook")) < 0 ||
        pt_dict_set_cstr(d, "__excepthook__", pt_dict_get_cstr(d, "excepthook")) < 0 ||
        pt_module_add_str(m, "float_repr_style", "short") < 0) {
        return -1;
    }
    in->sysdict = d;
    return 0;
}

const PtModuleDef pt_mod_sys_def = {
    .name = "sys",
    .doc = "This module provides access to some objects used or maintained by the\ninterpreter and to functions that "
           "interact strongly with the interpreter.",
    .methods = sys_methods,
    .exec = sys_exec,
};
