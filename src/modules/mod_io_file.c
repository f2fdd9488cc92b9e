// src/modules/mod_io_file.c: _io.FileIO and the buffered classes over it.
//
// FileIO is a file descriptor with CPython's mode rules; every read, write,
// seek and open runs with the GIL released and is retried after EINTR
// (PT_SYSCALL). BufferedReader, BufferedWriter and BufferedRandom share one
// C struct: a read-ahead buffer (bytes [rpos, rlen) of rbuf not yet consumed)
// and a write buffer (wbuf[0, wlen) not yet written). At most one of them is
// non-empty: a write first gives back the unread read-ahead by seeking the raw
// stream, a read first flushes the pending writes. So the logical position is
// raw.tell() - (rlen - rpos) + wlen. When the raw stream is an exact FileIO
// the buffered layer calls the descriptor directly instead of going through
// method calls.
//
// Guards: tests/golden/modules/io/.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pith.h"                // the object API
#include "pith/slice.h"      // pt_slice_index_ok
#include "modules/mod_io.h"      // PtIOBase, shared helpers
#include "modules/mod_posix.h"   // PT_SYSCALL, PtPathArg

// ---- FileIO ----

typedef struct FileIO {
    PtIOBase base;
    int fd;  // -1 once closed
    unsigned char readable, writable, appending, created, closefd;
    signed char seekable;  // -1: not asked yet
    pt_ssize blksize;
    PtObject *name;  // as given to the constructor (str, bytes or int)
} FileIO;

#define FIO(o) ((FileIO *)(o))

int pt_io_fileio_check(PtObject *o) { return pt_type(o) == &pt_io_fileio_type; }

static PtObject *fio_closed_error(void) {
    return pt_err_set_string(pt_exc_ValueError, "I/O operation on closed file");
}

static PtObject *fio_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    FileIO *f = (FileIO *)pt_object_alloc(type, (size_t)type->basicsize);
    if (f == NULL) {
        return NULL;
    }
    f->fd = -1;
    f->seekable = -1;
    f->closefd = 1;
    pt_gc_track(&f->base.ob);
    return &f->base.ob;
}

static int fio_close_fd(FileIO *f) {
    int fd = f->fd, r = 0;
    f->fd = -1;
    if (fd >= 0 && f->closefd) {
        PT_BEGIN_ALLOW_THREADS
        r = close(fd);
        PT_END_ALLOW_THREADS
        if (r < 0 && errno == EINTR) {
            r = 0;  // the descriptor is gone on Linux even then
        }
    }
    return r;
}

static void fio_dealloc(PtObject *o) {
    if (pt_io_dealloc_close(o)) {
        return;
    }
    pt_gc_untrack(o);
    fio_close_fd(FIO(o));
    pt_xdecref(FIO(o)->name);
    pt_object_free(o, sizeof(FileIO));
}

static int fio_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return FIO(o)->name != NULL ? visit(FIO(o)->name, arg) : 0;
}

// Parse a FileIO mode ("rb+", "w", "xb"...) into f's flags and open(2) flags. 0 or -1.
static int fio_parse_mode(FileIO *f, PtObject *mode, int *flags) {
    int rwa = 0, plus = 0, seen_b = 0;
    pt_ssize n = pt_str_len(mode);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_char(mode, i);
        switch (c) {
        case 'x': rwa++, f->created = f->writable = 1, *flags = O_EXCL | O_CREAT; break;
        case 'r': rwa++, f->readable = 1; break;
        case 'w': rwa++, f->writable = 1, *flags = O_CREAT | O_TRUNC; break;
        case 'a': rwa++, f->writable = f->appending = 1, *flags = O_APPEND | O_CREAT; break;
        case 'b': seen_b++; break;
        case '+': plus++, f->readable = f->writable = 1; break;
        default:
            pt_err_format(pt_exc_ValueError, "invalid mode: %U", mode);
            return -1;
        }
    }
    if (rwa != 1 || plus > 1 || seen_b > 1) {
        pt_err_set_string(pt_exc_ValueError,
                          "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    *flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
}

// Open `file` (a path) with `flags`, through `opener` when given. The descriptor or -1.
static int fio_open_path(PtObject *file, int flags, PtObject *opener) {
    if (opener != pt_None) {
        PtObject *r = pt_object_call2(opener, file, pt_int_from_i64(flags));
        if (r == NULL) {
            return -1;
        }
        if (!pt_is_int(r)) {
            pt_err_set_string(pt_exc_TypeError, "expected integer from opener");
            pt_decref(r);
            return -1;
        }
        int64_t fd = pt_int_as_i64(r);
        pt_decref(r);
        if (fd < 0) {
            if (!pt_err_occurred()) {
                pt_err_format(pt_exc_ValueError, "opener returned %d", (int)fd);
            }
            return -1;
        }
        return (int)fd;
    }
    PtPathArg p = {.fname = "FileIO", .argname = "file"};
    if (pt_posix_path_convert(file, &p) < 0) {
        return -1;
    }
    int fd;
    PT_SYSCALL(fd, open(p.path, flags, 0666));
    if (fd == -1) {
        pt_err_from_errno_filename(pt_exc_OSError, file);
    }
    pt_posix_path_cleanup(&p);
    return fd < 0 ? -1 : fd;
}

static int fio_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"file", "mode", "closefd", "opener", NULL};
    FileIO *f = FIO(self);
    PtObject *file, *mode = NULL, *closefd = pt_True, *opener = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "O|OOO:FileIO", kwlist, &file, &mode, &closefd, &opener) < 0) {
        return -1;
    }
    if (mode == NULL) {
        mode = pt_str_id("r");
    } else if (!pt_is_str(mode)) {
        pt_err_format(pt_exc_TypeError, "FileIO() argument 'mode' must be str, not %T", mode);
        return -1;
    }
    if (f->fd >= 0 && fio_close_fd(f) < 0) {
        pt_err_from_errno(pt_exc_OSError);
        return -1;
    }
    f->readable = f->writable = f->appending = f->created = 0;
    f->seekable = -1;
    int flags = 0, cfd = pt_object_is_true(closefd);
    if (cfd < 0 || fio_parse_mode(f, mode, &flags) < 0) {
        return -1;
    }
    if (pt_is_float(file)) {
        pt_err_set_string(pt_exc_TypeError, "integer argument expected, got float");
        return -1;
    }
    int fd;
    if (pt_is_int(file)) {
        int64_t v = pt_int_as_i64(file);
        if (v == -1 && pt_err_occurred()) {
            return -1;
        }
        if (v < 0) {
            pt_err_set_string(pt_exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)v;
        f->closefd = (unsigned char)cfd;
    } else {
        if (!cfd) {
            pt_err_set_string(pt_exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        f->closefd = 1;
        if ((fd = fio_open_path(file, flags, opener)) < 0) {
            return -1;
        }
    }
    f->fd = fd;
    pt_setref(&f->name, pt_newref(file));
    struct stat st;
    if (fstat(fd, &st) == 0) {
        f->blksize = st.st_blksize > 1 ? st.st_blksize : PT_IO_DEFAULT_BUFFER_SIZE;
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            pt_err_from_errno_filename(pt_exc_OSError, file);
            fio_close_fd(f);
            return -1;
        }
    } else if (errno == EBADF) {
        pt_err_from_errno(pt_exc_OSError);
        f->fd = -1;
        return -1;
    }
    if (f->appending) {
        lseek(fd, 0, SEEK_END);
    }
    return 0;
}

// Guards shared by the FileIO methods. 0 or -1.
static int fio_check(FileIO *f, int need_read, int need_write) {
    if (f->fd < 0) {
        fio_closed_error();
        return -1;
    }
    if (need_read && !f->readable) {
        pt_io_unsupported("File not open for reading");
        return -1;
    }
    if (need_write && !f->writable) {
        pt_io_unsupported("File not open for writing");
        return -1;
    }
    return 0;
}

pt_ssize pt_io_fileio_read_into(PtObject *raw, char *buf, size_t n) {
    FileIO *f = FIO(raw);
    if (fio_check(f, 1, 0) < 0) {
        return -1;
    }
    ssize_t r;
    PT_SYSCALL(r, read(f->fd, buf, n));
    if (r >= 0) {
        return r;
    }
    if (r == -2) {
        return -1;
    }
    if (errno == EAGAIN) {
        return -2;
    }
    pt_err_from_errno(pt_exc_OSError);
    return -1;
}

// Write all or part of buf: the count, -1 with an exception, -2 would block.
static pt_ssize fio_write_from(FileIO *f, const char *buf, size_t n) {
    if (fio_check(f, 0, 1) < 0) {
        return -1;
    }
    ssize_t r;
    PT_SYSCALL(r, write(f->fd, buf, n));
    if (r >= 0) {
        return r;
    }
    if (r == -2) {
        return -1;
    }
    if (errno == EAGAIN) {
        return -2;
    }
    pt_err_from_errno(pt_exc_OSError);
    return -1;
}

static PtObject *fio_readall(PtObject *self, PtObject *unused) {
    FileIO *f = FIO(self);
    if (fio_check(f, 1, 0) < 0) {
        return NULL;
    }
    size_t cap = PT_IO_DEFAULT_BUFFER_SIZE, len = 0;
    struct stat st;
    if (fstat(f->fd, &st) == 0 && st.st_size > 0) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size >= pos) {
            cap = (size_t)(st.st_size - pos) + 1;
        }
    }
    PtObject *b = pt_bytes_new(NULL, cap);
    while (b != NULL) {
        if (len == cap) {
            cap += cap / 2 + PT_IO_DEFAULT_BUFFER_SIZE;
            if (pt_bytes_resize(&b, cap) < 0) {
                return NULL;
            }
        }
        pt_ssize r = pt_io_fileio_read_into(self, pt_bytes_data(b) + len, cap - len);
        if (r == -2 && len == 0) {
            pt_decref(b);
            return pt_newref(pt_None);
        }
        if (r == -1) {
            pt_clearref(&b);
            break;
        }
        if (r <= 0) {
            break;
        }
        len += (size_t)r;
    }
    if (b != NULL && pt_bytes_resize(&b, len) < 0) {
        return NULL;
    }
    return b;
}

static PtObject *fio_read(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize n;
    if (fio_check(FIO(self), 1, 0) < 0 || pt_io_size_arg(args, nargs, "read", &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return fio_readall(self, NULL);
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)n);
    if (b == NULL) {
        return NULL;
    }
    pt_ssize r = pt_io_fileio_read_into(self, pt_bytes_data(b), (size_t)n);
    if (r < 0) {
        pt_decref(b);
        return r == -2 ? pt_newref(pt_None) : NULL;
    }
    if (r != n && pt_bytes_resize(&b, (size_t)r) < 0) {
        return NULL;
    }
    return b;
}

static PtObject *fio_readinto(PtObject *self, PtObject *arg) {
    if (fio_check(FIO(self), 1, 0) < 0) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 1) < 0) {
        return NULL;
    }
    pt_ssize r = pt_io_fileio_read_into(self, v.buf, (size_t)v.len);
    pt_buffer_release(&v);
    if (r < 0) {
        return r == -2 ? pt_newref(pt_None) : NULL;
    }
    return pt_int_from_ssize(r);
}

static PtObject *fio_write(PtObject *self, PtObject *arg) {
    if (fio_check(FIO(self), 0, 1) < 0) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 0) < 0) {
        return NULL;
    }
    pt_ssize r = fio_write_from(FIO(self), v.buf, (size_t)v.len);
    pt_buffer_release(&v);
    if (r < 0) {
        return r == -2 ? pt_newref(pt_None) : NULL;
    }
    return pt_int_from_ssize(r);
}

static int whence_arg(PtObject *const *args, size_t nargs, int *whence) {
    *whence = 0;
    if (nargs < 2) {
        return 0;
    }
    int64_t w = pt_int_as_i64(args[1]);
    if (w == -1 && pt_err_occurred()) {
        return -1;
    }
    *whence = (int)w;
    return 0;
}

static PtObject *fio_seek(PtObject *self, PtObject *const *args, size_t nargs) {
    FileIO *f = FIO(self);
    int whence;
    if (pt_check_nargs("seek", nargs, 1, 2) < 0 || fio_check(f, 0, 0) < 0 || whence_arg(args, nargs, &whence) < 0) {
        return NULL;
    }
    if (pt_is_float(args[0])) {
        return pt_err_set_string(pt_exc_TypeError, "an integer is required");
    }
    int64_t pos = pt_int_as_i64(args[0]);
    if (pos == -1 && pt_err_occurred()) {
        return NULL;
    }
    off_t r;
    PT_BEGIN_ALLOW_THREADS
    r = lseek(f->fd, (off_t)pos, whence);
    PT_END_ALLOW_THREADS
    if (r < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    f->seekable = 1;
    return pt_int_from_i64(r);
}

static PtObject *fio_tell(PtObject *self, PtObject *unused) {
    FileIO *f = FIO(self);
    if (fio_check(f, 0, 0) < 0) {
        return NULL;
    }
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return pt_int_from_i64(r);
}

static PtObject *fio_truncate(PtObject *self, PtObject *const *args, size_t nargs) {
    FileIO *f = FIO(self);
    if (pt_check_nargs("truncate", nargs, 0, 1) < 0 || fio_check(f, 0, 1) < 0) {
        return NULL;
    }
    int64_t size;
    if (nargs == 0 || args[0] == pt_None) {
        size = lseek(f->fd, 0, SEEK_CUR);
        if (size < 0) {
            return pt_err_from_errno(pt_exc_OSError);
        }
    } else if ((size = pt_int_as_i64(args[0])) == -1 && pt_err_occurred()) {
        return NULL;
    }
    int r;
    PT_SYSCALL(r, ftruncate(f->fd, (off_t)size));
    if (r < 0) {
        return r == -2 ? NULL : pt_err_from_errno(pt_exc_OSError);
    }
    return pt_int_from_i64(size);
}

static PtObject *fio_close(PtObject *self, PtObject *unused) {
    FileIO *f = FIO(self);
    if (f->fd < 0) {
        return pt_newref(pt_None);
    }
    if (fio_close_fd(f) < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return pt_newref(pt_None);
}

static PtObject *fio_seekable(PtObject *self, PtObject *unused) {
    FileIO *f = FIO(self);
    if (fio_check(f, 0, 0) < 0) {
        return NULL;
    }
    if (f->seekable < 0) {
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    }
    return pt_newref(pt_bool(f->seekable));
}

static PtObject *fio_readable(PtObject *self, PtObject *unused) {
    return fio_check(FIO(self), 0, 0) < 0 ? NULL : pt_newref(pt_bool(FIO(self)->readable));
}

static PtObject *fio_writable(PtObject *self, PtObject *unused) {
    return fio_check(FIO(self), 0, 0) < 0 ? NULL : pt_newref(pt_bool(FIO(self)->writable));
}

static PtObject *fio_fileno(PtObject *self, PtObject *unused) {
    return fio_check(FIO(self), 0, 0) < 0 ? NULL : pt_int_from_i64(FIO(self)->fd);
}

static PtObject *fio_isatty(PtObject *self, PtObject *unused) {
    int r;
    if (fio_check(FIO(self), 0, 0) < 0) {
        return NULL;
    }
    PT_BEGIN_ALLOW_THREADS
    r = isatty(FIO(self)->fd);
    PT_END_ALLOW_THREADS
    return pt_newref(pt_bool(r));
}

static const char *fio_mode_string(FileIO *f) {
    if (f->created) {
        return f->readable ? "xb+" : "xb";
    }
    if (f->appending) {
        return f->readable ? "ab+" : "ab";
    }
    if (f->readable) {
        return f->writable ? "rb+" : "rb";
    }
    return "wb";
}

static PtObject *fio_mode_get(PtObject *self, void *c) { return pt_str_from_cstr(fio_mode_string(FIO(self))); }
static PtObject *fio_closed_get(PtObject *self, void *c) { return pt_newref(pt_bool(FIO(self)->fd < 0)); }
static PtObject *fio_closefd_get(PtObject *self, void *c) { return pt_newref(pt_bool(FIO(self)->closefd)); }
static PtObject *fio_blksize_get(PtObject *self, void *c) { return pt_int_from_ssize(FIO(self)->blksize); }

static PtObject *fio_name_get(PtObject *self, void *c) {
    if (FIO(self)->name == NULL) {
        return pt_err_format(pt_exc_AttributeError, "'%T' object has no attribute 'name'", self);
    }
    return pt_newref(FIO(self)->name);
}

static int fio_name_set(PtObject *self, PtObject *v, void *c) {
    pt_setref(&FIO(self)->name, v != NULL ? pt_newref(v) : NULL);
    return 0;
}

static PtObject *fio_repr(PtObject *self) {
    FileIO *f = FIO(self);
    const char *tn = pt_type(self)->name;
    if (f->fd < 0) {
        return pt_str_format("<%s [closed]>", tn);
    }
    if (f->name == NULL) {
        return pt_str_format("<%s fd=%d mode='%s' closefd=%s>", tn, f->fd, fio_mode_string(f),
                             f->closefd ? "True" : "False");
    }
    return pt_str_format("<%s name=%R mode='%s' closefd=%s>", tn, f->name, fio_mode_string(f),
                         f->closefd ? "True" : "False");
}

static const PtMethodDef fio_methods[] = {
    {"read", PT_FN(fio_read), PT_METH_FAST, "Read at most size bytes, returned as bytes."},
    {"readall", PT_FN(fio_readall), PT_METH_NOARGS, "Read all data from the file, returned as bytes."},
    {"readinto", PT_FN(fio_readinto), PT_METH_O, "Same as RawIOBase.readinto()."},
    {"write", PT_FN(fio_write), PT_METH_O, "Write buffer b to file, return number of bytes written."},
    {"seek", PT_FN(fio_seek), PT_METH_FAST, "Move to new file position and return the file position."},
    {"tell", PT_FN(fio_tell), PT_METH_NOARGS, "Current file position."},
    {"truncate", PT_FN(fio_truncate), PT_METH_FAST, "Truncate the file to at most size bytes and return the truncated size."},
    {"close", PT_FN(fio_close), PT_METH_NOARGS, "Close the file."},
    {"seekable", PT_FN(fio_seekable), PT_METH_NOARGS, "True if file supports random-access."},
    {"readable", PT_FN(fio_readable), PT_METH_NOARGS, "True if file was opened in a read mode."},
    {"writable", PT_FN(fio_writable), PT_METH_NOARGS, "True if file was opened in a write mode."},
    {"fileno", PT_FN(fio_fileno), PT_METH_NOARGS, "Return the underlying file descriptor (an integer)."},
    {"isatty", PT_FN(fio_isatty), PT_METH_NOARGS, "True if the file is connected to a TTY device."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef fio_getset[] = {
    {"closed", fio_closed_get, NULL, "True if the file is closed", NULL},
    {"closefd", fio_closefd_get, NULL, "True if the file descriptor will be closed by close().", NULL},
    {"mode", fio_mode_get, NULL, "String giving the file mode", NULL},
    {"name", fio_name_get, fio_name_set, NULL, NULL},
    {"_blksize", fio_blksize_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PtType pt_io_fileio_type = {
    .name = "_io.FileIO",
    .base = &pt_io_rawiobase_type,
    .basicsize = sizeof(FileIO),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_HAS_FINALIZER | PT_TF_WEAKREFABLE,
    .dealloc = fio_dealloc,
    .traverse = fio_traverse,
    .repr = fio_repr,
    .new_ = fio_new,
    .init = fio_init,
    .methods = fio_methods,
    .getset = fio_getset,
    .doc = "Open a file.",
};

// ---- Buffered: layout and raw access ----

typedef struct Buffered {
    PtIOBase base;
    PtObject *raw;
    unsigned char readable, writable, detached, ready, fast;  // fast: raw is an exact FileIO
    pt_ssize size;
    char *rbuf;
    pt_ssize rpos, rlen;
    char *wbuf;
    pt_ssize wlen;
} Buffered;

#define BUF(o) ((Buffered *)(o))

// Raise for a detached or uninitialised object, or a closed raw stream with
// "<op> of closed file". 0 or -1.
static int buf_check(Buffered *b, const char *op) {
    if (!b->ready) {
        pt_err_set_string(pt_exc_ValueError, b->detached ? "raw stream has been detached"
                                                         : "I/O operation on uninitialized object");
        return -1;
    }
    if (op == NULL) {
        return 0;
    }
    int closed = b->fast ? FIO(b->raw)->fd < 0 : pt_io_is_closed(b->raw);
    if (closed < 0) {
        return -1;
    }
    if (closed) {
        if (op[0] == '\0') {
            pt_io_closed_error();
        } else {
            pt_err_format(pt_exc_ValueError, "%s of closed file", op);
        }
        return -1;
    }
    return 0;
}

// Read at most n bytes from the raw stream into dst: the count, -1 error, -2 would block.
static pt_ssize raw_read(Buffered *b, char *dst, pt_ssize n) {
    if (b->fast) {
        return pt_io_fileio_read_into(b->raw, dst, (size_t)n);
    }
    PtObject *data = pt_object_call_method_str(b->raw, "read", (PtObject *[]){pt_int_from_ssize(n)}, 1);
    if (data == NULL) {
        return -1;
    }
    if (data == pt_None) {
        pt_decref(data);
        return -2;
    }
    PtBuffer v;
    if (pt_buffer_get(data, &v, 0) < 0) {
        pt_decref(data);
        return -1;
    }
    pt_ssize got = v.len;
    if (got > n) {
        pt_err_format(pt_exc_OSError, "raw readinto() returned invalid length %zd (should have been between 0 and %zd)",
                      got, n);
        got = -1;
    } else {
        memcpy(dst, v.buf, (size_t)got);
    }
    pt_buffer_release(&v);
    pt_decref(data);
    return got;
}

// Write some of src to the raw stream: the count, -1 error, -2 would block.
static pt_ssize raw_write(Buffered *b, const char *src, pt_ssize n) {
    if (b->fast) {
        return fio_write_from(FIO(b->raw), src, (size_t)n);
    }
    PtObject *data = pt_bytes_new(src, (size_t)n);
    PtObject *r = data != NULL ? pt_object_call_method_str(b->raw, "write", &data, 1) : NULL;
    pt_xdecref(data);
    if (r == NULL) {
        return -1;
    }
    if (r == pt_None) {
        pt_decref(r);
        return -2;
    }
    pt_ssize w = pt_number_as_ssize(r, pt_exc_OverflowError);
    pt_decref(r);
    if (w == -1 && pt_err_occurred()) {
        return -1;
    }
    if (w < 0 || w > n) {
        pt_err_format(pt_exc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zd)",
                      w, n);
        return -1;
    }
    return w;
}

// raw.seek(pos, whence) as a C integer, or -1 with an exception.
static int64_t raw_seek(Buffered *b, int64_t pos, int whence) {
    PtObject *a[2] = {pt_int_from_i64(pos), pt_smallint(whence)};
    PtObject *r = pt_object_call_method_str(b->raw, "seek", a, 2);
    pt_decref(a[0]);
    if (r == NULL) {
        return -1;
    }
    int64_t v = pt_int_as_i64(r);
    pt_decref(r);
    if (v < 0 && !pt_err_occurred()) {
        pt_err_format(pt_exc_OSError, "Raw stream returned invalid position %lld", (long long)v);
        return -1;
    }
    return v;
}

// Write out the whole write buffer. 0 or -1.
static int buf_flush_writes(Buffered *b) {
    pt_ssize done = 0;
    while (done < b->wlen) {
        pt_ssize w = raw_write(b, b->wbuf + done, b->wlen - done);
        if (w == -2) {
            memmove(b->wbuf, b->wbuf + done, (size_t)(b->wlen - done));
            b->wlen -= done;
            pt_err_set_string(pt_exc_BlockingIOError, "write could not complete without blocking");
            return -1;
        }
        if (w < 0) {
            memmove(b->wbuf, b->wbuf + done, (size_t)(b->wlen - done));
            b->wlen -= done;
            return -1;
        }
        done += w;
    }
    b->wlen = 0;
    return 0;
}

// Give back unread read-ahead by seeking the raw stream (before a write or a raw seek). 0 or -1.
static int buf_drop_readahead(Buffered *b) {
    pt_ssize unread = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (unread > 0 && raw_seek(b, -unread, SEEK_CUR) < 0) {
        return -1;
    }
    return 0;
}

int pt_io_fast_closed(PtObject *o) {
    PtType *t = pt_type(o);
    if (t == &pt_io_fileio_type) {
        return FIO(o)->fd < 0;
    }
    if (t == &pt_io_bufferedreader_type || t == &pt_io_bufferedwriter_type || t == &pt_io_bufferedrandom_type) {
        Buffered *b = BUF(o);
        return b->ready && b->fast ? FIO(b->raw)->fd < 0 : -2;
    }
    return -2;
}

// ---- Buffered: construction ----

static PtObject *buf_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    Buffered *b = (Buffered *)pt_object_alloc(type, (size_t)type->basicsize);
    if (b != NULL) {
        pt_gc_track(&b->base.ob);
    }
    return (PtObject *)b;
}

static void buf_free_buffers(Buffered *b) {
    if (b->rbuf != NULL) {
        pt_mem_free(b->rbuf, (size_t)b->size);
        b->rbuf = NULL;
    }
    if (b->wbuf != NULL) {
        pt_mem_free(b->wbuf, (size_t)b->size);
        b->wbuf = NULL;
    }
    b->rpos = b->rlen = b->wlen = 0;
}

static void buf_dealloc(PtObject *o) {
    if (pt_io_dealloc_close(o)) {
        return;
    }
    pt_gc_untrack(o);
    buf_free_buffers(BUF(o));
    pt_xdecref(BUF(o)->raw);
    pt_object_free(o, sizeof(Buffered));
}

static int buf_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return BUF(o)->raw != NULL ? visit(BUF(o)->raw, arg) : 0;
}

static int buf_clear(PtObject *o) {
    BUF(o)->ready = 0;
    pt_clearref(&BUF(o)->raw);
    return 0;
}

// raw.<meth>() must be true, else OSError(msg). 0 or -1.
static int raw_requires(PtObject *raw, const char *meth, const char *msg) {
    PtObject *r = pt_object_call_method_str(raw, meth, NULL, 0);
    int t = r != NULL ? pt_object_is_true(r) : -1;
    pt_xdecref(r);
    if (t == 0) {
        pt_err_set_string(pt_exc_OSError, msg);
    }
    return t > 0 ? 0 : -1;
}

static int buf_init_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames,
                           const char *fname, int readable, int writable) {
    static const char *const kwlist[] = {"raw", "buffer_size", NULL};
    Buffered *b = BUF(self);
    PtObject *raw;
    pt_ssize size = PT_IO_DEFAULT_BUFFER_SIZE;
    char fmt[48];
    snprintf(fmt, sizeof fmt, "O|n:%s", fname);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &raw, &size) < 0) {
        return -1;
    }
    b->ready = 0;
    if ((readable && writable && raw_requires(raw, "seekable", "\"raw\" argument must be seekable.") < 0) ||
        (readable && raw_requires(raw, "readable", "\"raw\" argument must be readable.") < 0) ||
        (writable && raw_requires(raw, "writable", "\"raw\" argument must be writable.") < 0)) {
        return -1;
    }
    if (size <= 0) {
        pt_err_set_string(pt_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    buf_free_buffers(b);
    b->size = size;
    b->rbuf = readable ? pt_mem_alloc((size_t)size) : NULL;
    b->wbuf = writable ? pt_mem_alloc((size_t)size) : NULL;
    if ((readable && b->rbuf == NULL) || (writable && b->wbuf == NULL)) {
        buf_free_buffers(b);
        pt_err_no_memory();
        return -1;
    }
    pt_setref(&b->raw, pt_newref(raw));
    b->readable = (unsigned char)readable;
    b->writable = (unsigned char)writable;
    b->fast = pt_io_fileio_check(raw);
    b->detached = 0;
    b->ready = 1;
    return 0;
}

static int bufreader_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return buf_init_common(self, args, nargs, kwnames, "BufferedReader", 1, 0);
}
static int bufwriter_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return buf_init_common(self, args, nargs, kwnames, "BufferedWriter", 0, 1);
}
static int bufrandom_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return buf_init_common(self, args, nargs, kwnames, "BufferedRandom", 1, 1);
}

// ---- Buffered: reading ----

// Before reading: flush pending writes. 0 or -1.
static int buf_prepare_read(Buffered *b, const char *op) {
    if (buf_check(b, op) < 0) {
        return -1;
    }
    if (!b->readable) {
        pt_io_unsupported(op);
        return -1;
    }
    return b->wlen > 0 ? buf_flush_writes(b) : 0;
}

// Refill the empty read buffer with one raw read: the count, -1, -2.
static pt_ssize buf_fill(Buffered *b) {
    b->rpos = b->rlen = 0;
    pt_ssize r = raw_read(b, b->rbuf, b->size);
    if (r > 0) {
        b->rlen = r;
    }
    return r;
}

// The rest of the raw stream: raw.readall() when it has one, else read() until b''.
static PtObject *raw_readall(Buffered *b) {
    PtObject *meth = NULL;
    if (pt_object_lookup_attr(b->raw, pt_str_id("readall"), &meth) < 0) {
        return NULL;
    }
    if (meth != NULL) {
        PtObject *r = pt_object_call0(meth);
        pt_decref(meth);
        return r;
    }
    PtObject *chunks = pt_list_new(0);
    while (chunks != NULL) {
        PtObject *c = pt_object_call_method_str(b->raw, "read", NULL, 0);
        if (c == NULL) {
            pt_clearref(&chunks);
            break;
        }
        if (c == pt_None || pt_object_len(c) <= 0) {
            int none = c == pt_None && pt_list_len(chunks) == 0;
            pt_decref(c);
            if (none) {
                pt_decref(chunks);
                return pt_newref(pt_None);
            }
            break;
        }
        if (pt_list_append_steal(chunks, c) < 0) {
            pt_clearref(&chunks);
        }
    }
    if (chunks == NULL) {
        return NULL;
    }
    PtObject *empty = pt_bytes_new(NULL, 0);
    PtObject *r = empty != NULL ? pt_object_call_method_str(empty, "join", &chunks, 1) : NULL;
    pt_xdecref(empty);
    pt_decref(chunks);
    return r;
}

static PtObject *buf_read_all(Buffered *b) {
    PtObject *head = pt_bytes_new(b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
    b->rpos = b->rlen = 0;
    if (head == NULL) {
        return NULL;
    }
    PtObject *rest = b->fast ? fio_readall(b->raw, NULL) : raw_readall(b);
    if (rest == NULL || rest == pt_None) {
        if (rest == pt_None && pt_bytes_len(head) == 0) {
            pt_decref(head);
            return rest;
        }
        pt_xdecref(rest);
        if (pt_err_occurred()) {
            pt_decref(head);
            return NULL;
        }
        return head;
    }
    if (pt_bytes_len(head) == 0 && pt_is_bytes_exact(rest)) {
        pt_decref(head);
        return rest;
    }
    PtObject *r = pt_number_binop(head, rest, PT_BINOP_ADD);
    pt_decref(head);
    pt_decref(rest);
    return r;
}

// read(n), n >= 0: loop until n bytes or end of file.
static PtObject *buf_read_n(Buffered *b, pt_ssize n) {
    pt_ssize avail = b->rlen - b->rpos;
    if (n <= avail) {
        PtObject *r = pt_bytes_new(b->rbuf + b->rpos, (size_t)n);
        if (r != NULL) {
            b->rpos += n;
        }
        return r;
    }
    PtObject *res = pt_bytes_new(NULL, (size_t)n);
    if (res == NULL) {
        return NULL;
    }
    char *out = pt_bytes_data(res);
    memcpy(out, b->rbuf + b->rpos, (size_t)avail);
    b->rpos = b->rlen = 0;
    pt_ssize got = avail;
    while (got < n) {
        pt_ssize want = n - got, r;
        if (want >= b->size) {
            r = raw_read(b, out + got, want);
        } else {
            r = buf_fill(b);
            if (r > 0) {
                pt_ssize take = r < want ? r : want;
                memcpy(out + got, b->rbuf, (size_t)take);
                b->rpos = take;
                r = take;
            }
        }
        if (r == -1) {
            pt_decref(res);
            return NULL;
        }
        if (r == -2 && got == 0) {
            pt_decref(res);
            return pt_newref(pt_None);
        }
        if (r <= 0) {
            break;
        }
        got += r;
    }
    if (got != n && pt_bytes_resize(&res, (size_t)got) < 0) {
        return NULL;
    }
    return res;
}

static PtObject *buf_read(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    pt_ssize n;
    if (pt_io_size_arg(args, nargs, "read", &n) < 0 || buf_prepare_read(b, "read") < 0) {
        return NULL;
    }
    if (n < -1) {
        return pt_err_set_string(pt_exc_ValueError, "read length must be non-negative or -1");
    }
    return n < 0 ? buf_read_all(b) : buf_read_n(b, n);
}

static PtObject *buf_read1(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    pt_ssize n;
    if (pt_io_size_arg(args, nargs, "read1", &n) < 0 || buf_prepare_read(b, "read") < 0) {
        return NULL;
    }
    if (n < 0) {
        n = b->size;
    }
    if (n == 0) {
        return pt_bytes_new(NULL, 0);
    }
    if (b->rlen == b->rpos) {
        pt_ssize r = buf_fill(b);
        if (r == -1) {
            return NULL;
        }
    }
    pt_ssize avail = b->rlen - b->rpos;
    if (n > avail) {
        n = avail;
    }
    PtObject *r = pt_bytes_new(b->rbuf + b->rpos, (size_t)n);
    if (r != NULL) {
        b->rpos += n;
    }
    return r;
}

static PtObject *buf_peek(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    if (pt_check_nargs("peek", nargs, 0, 1) < 0 || buf_prepare_read(b, "peek") < 0) {
        return NULL;
    }
    if (b->rlen == b->rpos && buf_fill(b) == -1) {
        return NULL;
    }
    return pt_bytes_new(b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
}

static PtObject *buf_readinto_impl(PtObject *self, PtObject *arg, int one) {
    Buffered *b = BUF(self);
    if (buf_prepare_read(b, "readinto") < 0) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 1) < 0) {
        return NULL;
    }
    PtObject *data = one ? buf_read1(self, (PtObject *[]){pt_int_from_ssize(v.len)}, 1)
                         : buf_read_n(b, v.len);
    if (data == NULL || data == pt_None) {
        pt_buffer_release(&v);
        return data;
    }
    pt_ssize n = pt_bytes_len(data);
    memcpy(v.buf, pt_bytes_data(data), (size_t)n);
    pt_decref(data);
    pt_buffer_release(&v);
    return pt_int_from_ssize(n);
}

static PtObject *buf_readinto(PtObject *self, PtObject *arg) { return buf_readinto_impl(self, arg, 0); }
static PtObject *buf_readinto1(PtObject *self, PtObject *arg) { return buf_readinto_impl(self, arg, 1); }

// readline: scan the read buffer for '\n', refilling and accumulating as needed.
static PtObject *buf_readline_impl(Buffered *b, pt_ssize limit) {
    PtObject *acc = NULL;
    size_t acc_len = 0, acc_cap = 0;
    for (;;) {
        if (b->rlen == b->rpos) {
            pt_ssize r = buf_fill(b);
            if (r == -1) {
                pt_xdecref(acc);
                return NULL;
            }
            if (r <= 0) {
                break;
            }
        }
        pt_ssize avail = b->rlen - b->rpos;
        if (limit >= 0 && avail > limit - (pt_ssize)acc_len) {
            avail = limit - (pt_ssize)acc_len;
        }
        const char *start = b->rbuf + b->rpos;
        const char *nl = memchr(start, '\n', (size_t)avail);
        pt_ssize take = nl != NULL ? (pt_ssize)(nl - start) + 1 : avail;
        if (acc == NULL && (nl != NULL || (limit >= 0 && take == limit))) {
            b->rpos += take;
            return pt_bytes_new(start, (size_t)take);
        }
        if (acc_len + (size_t)take > acc_cap) {
            size_t ncap = (acc_len + (size_t)take) * 2;
            if (acc == NULL ? (acc = pt_bytes_new(NULL, ncap)) == NULL : pt_bytes_resize(&acc, ncap) < 0) {
                return NULL;
            }
            acc_cap = ncap;
        }
        memcpy(pt_bytes_data(acc) + acc_len, start, (size_t)take);
        acc_len += (size_t)take;
        b->rpos += take;
        if (nl != NULL || (limit >= 0 && (pt_ssize)acc_len >= limit)) {
            break;
        }
    }
    if (acc == NULL) {
        return pt_bytes_new(NULL, 0);
    }
    if (pt_bytes_resize(&acc, acc_len) < 0) {
        return NULL;
    }
    return acc;
}

static PtObject *buf_readline(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    pt_ssize limit;
    if (pt_io_size_arg(args, nargs, "readline", &limit) < 0 || buf_prepare_read(b, "readline") < 0) {
        return NULL;
    }
    return buf_readline_impl(b, limit);
}

static PtObject *buf_iternext(PtObject *self) {
    Buffered *b = BUF(self);
    if (pt_type(self) != &pt_io_bufferedreader_type && pt_type(self) != &pt_io_bufferedrandom_type) {
        PtObject *line = pt_object_call_method_str(self, "readline", NULL, 0);
        if (line != NULL && pt_object_len(line) == 0) {
            pt_clearref(&line);
        }
        return line;
    }
    if (buf_prepare_read(b, "readline") < 0) {
        return NULL;
    }
    PtObject *line = buf_readline_impl(b, -1);
    if (line != NULL && pt_bytes_len(line) == 0) {
        pt_clearref(&line);
    }
    return line;
}

// ---- Buffered: writing and positioning ----

static PtObject *buf_write(PtObject *self, PtObject *arg) {
    Buffered *b = BUF(self);
    if (buf_check(b, "write to") < 0) {
        return NULL;
    }
    if (!b->writable) {
        return pt_io_unsupported("write");
    }
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 0) < 0) {
        return NULL;
    }
    pt_ssize n = v.len;
    int ok = b->rlen > b->rpos ? buf_drop_readahead(b) : (b->rpos = b->rlen = 0, 0);
    if (ok == 0 && b->wlen + n > b->size) {
        ok = buf_flush_writes(b);
        const char *p = v.buf;
        pt_ssize left = n;
        while (ok == 0 && left >= b->size) {
            pt_ssize w = raw_write(b, p, left);
            if (w < 0) {
                if (w == -2) {
                    pt_err_set_string(pt_exc_BlockingIOError, "write could not complete without blocking");
                }
                ok = -1;
                break;
            }
            p += w;
            left -= w;
        }
        if (ok == 0) {
            memcpy(b->wbuf, p, (size_t)left);
            b->wlen = left;
        }
    } else if (ok == 0) {
        memcpy(b->wbuf + b->wlen, v.buf, (size_t)n);
        b->wlen += n;
    }
    pt_buffer_release(&v);
    return ok < 0 ? NULL : pt_int_from_ssize(n);
}

static PtObject *buf_flush(PtObject *self, PtObject *unused) {
    Buffered *b = BUF(self);
    if (buf_check(b, "flush of") < 0) {
        return NULL;
    }
    if (b->writable && buf_flush_writes(b) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *buf_tell(PtObject *self, PtObject *unused) {
    Buffered *b = BUF(self);
    if (buf_check(b, "") < 0) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(b->raw, "tell", NULL, 0);
    if (r == NULL) {
        return NULL;
    }
    int64_t pos = pt_int_as_i64(r);
    pt_decref(r);
    if (pos == -1 && pt_err_occurred()) {
        return NULL;
    }
    pos = pos - (b->rlen - b->rpos) + b->wlen;
    return pt_int_from_i64(pos < 0 ? 0 : pos);
}

static PtObject *buf_seek(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    int whence;
    if (pt_check_nargs("seek", nargs, 1, 2) < 0 || whence_arg(args, nargs, &whence) < 0) {
        return NULL;
    }
    if (whence < 0 || whence > 2) {
        return pt_err_format(pt_exc_ValueError, "whence value %d unsupported", whence);
    }
    if (buf_check(b, "seek of") < 0) {
        return NULL;
    }
    if (!pt_slice_index_ok(args[0])) {
        return pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t pos = pt_int_as_i64(args[0]);
    if ((pos == -1 && pt_err_occurred()) || (b->wlen > 0 && buf_flush_writes(b) < 0)) {
        return NULL;
    }
    if (whence == SEEK_CUR) {
        pos -= b->rlen - b->rpos;
    }
    b->rpos = b->rlen = 0;
    int64_t r = raw_seek(b, pos, whence);
    return r < 0 ? NULL : pt_int_from_i64(r);
}

static PtObject *buf_truncate(PtObject *self, PtObject *const *args, size_t nargs) {
    Buffered *b = BUF(self);
    if (pt_check_nargs("truncate", nargs, 0, 1) < 0 || buf_check(b, "truncate of") < 0) {
        return NULL;
    }
    if (!b->writable) {
        return pt_io_unsupported("truncate");
    }
    if (b->wlen > 0 && buf_flush_writes(b) < 0) {
        return NULL;
    }
    PtObject *pos = nargs == 1 && args[0] != pt_None ? pt_newref(args[0]) : buf_tell(self, NULL);
    if (pos == NULL || (b->rlen > b->rpos && buf_drop_readahead(b) < 0)) {
        pt_xdecref(pos);
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(b->raw, "truncate", &pos, 1);
    pt_decref(pos);
    return r;
}

static PtObject *buf_close(PtObject *self, PtObject *unused) {
    Buffered *b = BUF(self);
    if (buf_check(b, NULL) < 0) {
        return NULL;
    }
    int closed = b->fast ? FIO(b->raw)->fd < 0 : pt_io_is_closed(b->raw);
    if (closed != 0) {
        return closed < 0 ? NULL : pt_newref(pt_None);
    }
    int fr = b->writable ? buf_flush_writes(b) : 0;
    PtObject *saved = fr < 0 ? pt_err_fetch() : NULL;
    PtObject *r = pt_object_call_method_str(b->raw, "close", NULL, 0);
    b->rpos = b->rlen = 0;
    if (saved != NULL) {
        pt_xdecref(r);
        if (r == NULL) {
            pt_err_clear();
        }
        pt_err_restore(saved);
        return NULL;
    }
    return r;
}

static PtObject *buf_detach(PtObject *self, PtObject *unused) {
    Buffered *b = BUF(self);
    if (buf_check(b, NULL) < 0) {
        return NULL;
    }
    if (b->writable && buf_flush_writes(b) < 0) {
        return NULL;
    }
    PtObject *raw = b->raw;
    b->raw = NULL;
    b->detached = 1;
    b->ready = 0;
    return raw;
}

// Methods forwarded to the raw stream unchanged.
static PtObject *buf_forward(PtObject *self, const char *meth) {
    Buffered *b = BUF(self);
    if (buf_check(b, NULL) < 0) {
        return NULL;
    }
    return pt_object_call_method_str(b->raw, meth, NULL, 0);
}

static PtObject *buf_fileno(PtObject *self, PtObject *u) { return buf_forward(self, "fileno"); }
static PtObject *buf_isatty(PtObject *self, PtObject *u) { return buf_forward(self, "isatty"); }
static PtObject *buf_seekable(PtObject *self, PtObject *u) { return buf_forward(self, "seekable"); }

// A reader is never writable and a writer never readable, whatever the raw stream says.
static PtObject *buf_readable(PtObject *self, PtObject *u) {
    if (BUF(self)->ready && !BUF(self)->readable) {
        return pt_newref(pt_False);
    }
    return buf_forward(self, "readable");
}

static PtObject *buf_writable(PtObject *self, PtObject *u) {
    if (BUF(self)->ready && !BUF(self)->writable) {
        return pt_newref(pt_False);
    }
    return buf_forward(self, "writable");
}

static PtObject *buf_raw_attr(PtObject *self, const char *name) {
    Buffered *b = BUF(self);
    if (buf_check(b, NULL) < 0) {
        return NULL;
    }
    return pt_object_getattr_str(b->raw, name);
}

static PtObject *buf_closed_get(PtObject *self, void *c) { return buf_raw_attr(self, "closed"); }
static PtObject *buf_name_get(PtObject *self, void *c) { return buf_raw_attr(self, "name"); }
static PtObject *buf_mode_get(PtObject *self, void *c) { return buf_raw_attr(self, "mode"); }

static PtObject *buf_raw_get(PtObject *self, void *c) {
    Buffered *b = BUF(self);
    if (b->raw == NULL) {
        return pt_newref(pt_None);
    }
    return pt_newref(b->raw);
}

static PtObject *buf_repr(PtObject *self) {
    const char *tn = pt_type(self)->name;
    Buffered *b = BUF(self);
    if (!b->ready) {
        return pt_str_format("<%s>", tn);
    }
    PtObject *name = NULL;
    if (pt_object_lookup_attr(self, pt_str_id("name"), &name) < 0) {
        pt_err_clear();
    }
    if (name == NULL) {
        return pt_str_format("<%s>", tn);
    }
    PtObject *r = pt_str_format("<%s name=%R>", tn, name);
    pt_decref(name);
    return r;
}

static PtObject *buf_sizeof(PtObject *self, PtObject *unused) {
    Buffered *b = BUF(self);
    size_t n = sizeof(Buffered) + (b->rbuf ? (size_t)b->size : 0) + (b->wbuf ? (size_t)b->size : 0);
    return pt_int_from_ssize((pt_ssize)n);
}

static const PtMethodDef buf_methods[] = {
    {"read", PT_FN(buf_read), PT_METH_FAST, NULL},
    {"read1", PT_FN(buf_read1), PT_METH_FAST, NULL},
    {"peek", PT_FN(buf_peek), PT_METH_FAST, NULL},
    {"readinto", PT_FN(buf_readinto), PT_METH_O, NULL},
    {"readinto1", PT_FN(buf_readinto1), PT_METH_O, NULL},
    {"readline", PT_FN(buf_readline), PT_METH_FAST, NULL},
    {"write", PT_FN(buf_write), PT_METH_O, NULL},
    {"flush", PT_FN(buf_flush), PT_METH_NOARGS, NULL},
    {"seek", PT_FN(buf_seek), PT_METH_FAST, NULL},
    {"tell", PT_FN(buf_tell), PT_METH_NOARGS, NULL},
    {"truncate", PT_FN(buf_truncate), PT_METH_FAST, NULL},
    {"close", PT_FN(buf_close), PT_METH_NOARGS, NULL},
    {"detach", PT_FN(buf_detach), PT_METH_NOARGS, NULL},
    {"fileno", PT_FN(buf_fileno), PT_METH_NOARGS, NULL},
    {"isatty", PT_FN(buf_isatty), PT_METH_NOARGS, NULL},
    {"seekable", PT_FN(buf_seekable), PT_METH_NOARGS, NULL},
    {"readable", PT_FN(buf_readable), PT_METH_NOARGS, NULL},
    {"writable", PT_FN(buf_writable), PT_METH_NOARGS, NULL},
    {"__sizeof__", PT_FN(buf_sizeof), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef buf_getset[] = {
    {"closed", buf_closed_get, NULL, NULL, NULL},
    {"name", buf_name_get, NULL, NULL, NULL},
    {"mode", buf_mode_get, NULL, NULL, NULL},
    {"raw", buf_raw_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define BUFFERED_TYPE(cname, pyname, initfn, docstr)                                        \
    PtType cname = {                                                                         \
        .name = pyname,                                                                      \
        .base = &pt_io_bufferediobase_type,                                                  \
        .basicsize = sizeof(Buffered),                                                       \
        .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_HAS_FINALIZER | PT_TF_WEAKREFABLE,        \
        .dealloc = buf_dealloc,                                                              \
        .traverse = buf_traverse,                                                            \
        .clear = buf_clear,                                                                  \
        .repr = buf_repr,                                                                    \
        .new_ = buf_new,                                                                     \
        .init = initfn,                                                                      \
        .iter = pt_io_iter,                                                                  \
        .iternext = buf_iternext,                                                            \
        .methods = buf_methods,                                                              \
        .getset = buf_getset,                                                                \
        .doc = docstr,                                                                       \
    };

BUFFERED_TYPE(pt_io_bufferedreader_type, "_io.BufferedReader", bufreader_init,
              "Create a new buffered reader using the given readable raw IO object.")
BUFFERED_TYPE(pt_io_bufferedwriter_type, "_io.BufferedWriter", bufwriter_init,
              "A buffer for a writeable sequential RawIO object.")
BUFFERED_TYPE(pt_io_bufferedrandom_type, "_io.BufferedRandom", bufrandom_init,
              "A buffered interface to random access streams.")
