// src/modules/mod_select.c: the select module: select(), poll objects, epoll objects.
//
// Every wait runs with the GIL released. When a wait is interrupted by a
// signal, the handlers run (pt_check_signals) and the wait is retried with
// what is left of the timeout, as PEP 475 asks; a handler that raises ends
// the wait with its exception. Timeouts are measured on CLOCK_MONOTONIC.
// A poll object keeps its registrations in a small C array of struct pollfd;
// poll() copies it before releasing the GIL, so other threads may register
// or unregister while a poll is running. An epoll object wraps the kernel's
// epoll descriptor (close-on-exec), closed by close(), `with`, or dealloc.
// select.error is OSError, as in CPython 3.
//
// Guards: tests/golden/modules/select/.
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "pith.h"  // the object API

// ---- Helpers ----

// The descriptor of `o`: an int, or the result of o.fileno(). -1 with an exception.
static int obj_fileno(PtObject *o) {
    PtObject *r = NULL;
    if (pt_is_int(o)) {
        r = pt_newref(o);
    } else {
        PtObject *meth = NULL;
        if (pt_object_lookup_attr(o, pt_str_id("fileno"), &meth) < 0) {
            return -1;
        }
        if (meth == NULL) {
            pt_err_set_string(pt_exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        r = pt_object_call0(meth);
        pt_decref(meth);
        if (r == NULL) {
            return -1;
        }
        if (!pt_is_int(r)) {
            pt_decref(r);
            pt_err_set_string(pt_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int overflow = 0;
    int64_t v = pt_int_as_i64_overflow(r, &overflow);
    pt_decref(r);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (v < 0) {
        pt_err_format(pt_exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)v);
        return -1;
    }
    return (int)v;
}

static double mono_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Seconds from an int or float (None: *out = -1, "wait forever"), scaled by
// `scale` (1 for seconds, 1e-3 for milliseconds). TypeError `msg` for other
// types. 0 or -1.
static int timeout_arg(PtObject *o, double scale, const char *msg, double *out) {
    if (o == NULL || o == pt_None) {
        *out = -1.0;
        return 0;
    }
    double d;
    if (pt_is_float(o)) {
        d = pt_float_value(o);
        if (isnan(d)) {
            pt_err_set_string(pt_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else if (pt_is_int(o)) {
        d = pt_int_as_double(o);
        if (d == -1.0 && pt_err_occurred()) {
            return -1;
        }
    } else {
        pt_err_set_string(pt_exc_TypeError, msg);
        return -1;
    }
    *out = d * scale;
    return 0;
}

// Milliseconds for poll()/epoll_wait() from seconds left (< 0: forever),
// rounded up so a wait never ends early.
static int ms_from_seconds(double s) {
    if (s < 0) {
        return -1;
    }
    double ms = ceil(s * 1e3);
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

// After EINTR: run the handlers and update *left from `deadline`. 0 to retry, -1 on error.
static int after_eintr(double deadline, double *left) {
    if (pt_check_signals() < 0) {
        return -1;
    }
    if (*left > 0) {
        *left = deadline - mono_now();
        if (*left < 0) {
            *left = 0;
        }
    }
    return 0;
}

// ---- select() ----

typedef struct FdList {
    PtObject *list;  // the sequence as a list (owned)
    int *fds;        // its descriptors
    pt_ssize n;
} FdList;

static void fdlist_free(FdList *f) {
    pt_xdecref(f->list);
    pt_mem_free(f->fds, (size_t)f->n * sizeof(int));
    f->list = NULL;
    f->fds = NULL;
}

// Fill `set` from `seq`; *maxfd grows to the largest descriptor. 0 or -1.
static int fdlist_init(FdList *f, PtObject *seq, fd_set *set, int *maxfd) {
    f->list = NULL;
    f->fds = NULL;
    f->n = 0;
    FD_ZERO(set);
    f->list = pt_seq_list(seq);
    if (f->list == NULL) {
        if (pt_err_matches(pt_exc_TypeError)) {
            pt_err_set_string(pt_exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    pt_ssize n = pt_list_len(f->list);
    if (n > 0 && (f->fds = pt_mem_alloc((size_t)n * sizeof(int))) == NULL) {
        pt_err_no_memory();
        return -1;
    }
    f->n = n;
    for (pt_ssize i = 0; i < n; i++) {
        int fd = obj_fileno(pt_list_get(f->list, i));
        if (fd < 0) {
            return -1;
        }
        if (fd >= FD_SETSIZE) {
            pt_err_set_string(pt_exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        f->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd) {
            *maxfd = fd;
        }
    }
    return 0;
}

// The objects of `f` whose descriptor is in `set`, as a new list.
static PtObject *fdlist_ready(FdList *f, fd_set *set) {
    PtObject *out = pt_list_new(0);
    for (pt_ssize i = 0; out != NULL && i < f->n; i++) {
        if (FD_ISSET(f->fds[i], set) && pt_list_append(out, pt_list_get(f->list, i)) < 0) {
            pt_clearref(&out);
        }
    }
    return out;
}

// The wait itself: select() with the GIL released, retried after signals.
static int select_wait(int maxfd, fd_set *sets, double left) {
    fd_set saved[3];
    memcpy(saved, sets, sizeof saved);
    double deadline = mono_now() + left;
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (left >= 0) {
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        int r, err;
        PT_BEGIN_ALLOW_THREADS
        r = select(maxfd + 1, &sets[0], &sets[1], &sets[2], tvp);
        err = errno;
        PT_END_ALLOW_THREADS
        if (r >= 0) {
            return r;
        }
        if (err != EINTR) {
            errno = err;
            pt_err_from_errno(pt_exc_OSError);
            return -1;
        }
        if (after_eintr(deadline, &left) < 0) {
            return -1;
        }
        memcpy(sets, saved, sizeof saved);
    }
}

// select(rlist, wlist, xlist[, timeout]) -> (ready to read, ready to write, exceptional).
static PtObject *select_select(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("select", nargs, 3, 4) < 0) {
        return NULL;
    }
    double left;
    if (timeout_arg(nargs > 3 ? args[3] : NULL, 1.0, "timeout must be a float or None", &left) < 0) {
        return NULL;
    }
    if (nargs > 3 && args[3] != pt_None && left < 0) {
        return pt_err_set_string(pt_exc_ValueError, "timeout must be non-negative");
    }
    FdList lists[3] = {{0}};
    fd_set sets[3];
    int maxfd = -1;
    PtObject *res[3] = {NULL, NULL, NULL}, *out = NULL;
    for (int i = 0; i < 3; i++) {
        if (fdlist_init(&lists[i], args[i], &sets[i], &maxfd) < 0) {
            goto done;
        }
    }
    if (select_wait(maxfd, sets, left) < 0) {
        goto done;
    }
    for (int i = 0; i < 3; i++) {
        if ((res[i] = fdlist_ready(&lists[i], &sets[i])) == NULL) {
            goto done;
        }
    }
    out = pt_tuple_pack(3, res[0], res[1], res[2]);
done:
    for (int i = 0; i < 3; i++) {
        fdlist_free(&lists[i]);
        pt_xdecref(res[i]);
    }
    return out;
}

// ---- poll objects ----

typedef struct PollObj {
    PtObject ob;
    struct pollfd *fds;
    pt_ssize n, cap;
    int running;  // a poll() is waiting (no concurrent polls on one object)
} PollObj;

static PtType poll_type;

static void poll_dealloc(PtObject *o) {
    PollObj *p = (PollObj *)o;
    pt_mem_free(p->fds, (size_t)p->cap * sizeof(struct pollfd));
    pt_object_free(o, sizeof(PollObj));
}

static pt_ssize poll_find(PollObj *p, int fd) {
    for (pt_ssize i = 0; i < p->n; i++) {
        if (p->fds[i].fd == fd) {
            return i;
        }
    }
    return -1;
}

// Event masks are unsigned shorts; CPython rejects anything else the same way.
static int event_mask(PtObject *o, unsigned short *out) {
    int overflow = 0;
    int64_t v = pt_int_as_i64_overflow(o, &overflow);
    if (v == -1 && pt_err_occurred()) {
        return -1;
    }
    if (overflow || v < 0 || v > USHRT_MAX) {
        pt_err_set_string(pt_exc_OverflowError, v < 0 && !overflow ? "can't convert negative int to unsigned"
                                                                   : "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static int poll_set(PollObj *p, int fd, unsigned short events) {
    pt_ssize i = poll_find(p, fd);
    if (i < 0) {
        if (p->n == p->cap) {
            pt_ssize cap = p->cap ? p->cap * 2 : 8;
            void *nb = pt_mem_realloc(p->fds, (size_t)p->cap * sizeof(struct pollfd),
                                      (size_t)cap * sizeof(struct pollfd));
            if (nb == NULL) {
                pt_err_no_memory();
                return -1;
            }
            p->fds = nb;
            p->cap = cap;
        }
        i = p->n++;
        p->fds[i].fd = fd;
    }
    p->fds[i].events = (short)events;
    p->fds[i].revents = 0;
    return 0;
}

// poll.register(fd[, eventmask]): add or update a descriptor.
static PtObject *poll_register(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("register", nargs, 1, 2) < 0) {
        return NULL;
    }
    int fd = obj_fileno(args[0]);
    unsigned short events = POLLIN | POLLPRI | POLLOUT;
    if (fd < 0 || (nargs > 1 && event_mask(args[1], &events) < 0)) {
        return NULL;
    }
    if (poll_set((PollObj *)self, fd, events) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// poll.modify(fd, eventmask): FileNotFoundError if fd was not registered.
static PtObject *poll_modify(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("modify", nargs, 2, 2) < 0) {
        return NULL;
    }
    int fd = obj_fileno(args[0]);
    unsigned short events;
    if (fd < 0 || event_mask(args[1], &events) < 0) {
        return NULL;
    }
    if (poll_find((PollObj *)self, fd) < 0) {
        errno = ENOENT;
        return pt_err_from_errno(pt_exc_OSError);
    }
    if (poll_set((PollObj *)self, fd, events) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// poll.unregister(fd): KeyError if fd was not registered.
static PtObject *poll_unregister(PtObject *self, PtObject *arg) {
    PollObj *p = (PollObj *)self;
    int fd = obj_fileno(arg);
    if (fd < 0) {
        return NULL;
    }
    pt_ssize i = poll_find(p, fd);
    if (i < 0) {
        PtObject *key = pt_int_from_i64(fd);
        if (key != NULL) {
            pt_err_set_object(pt_exc_KeyError, key);
            pt_decref(key);
        }
        return NULL;
    }
    p->fds[i] = p->fds[--p->n];
    return pt_newref(pt_None);
}

// The ready entries of `fds` as a list of (fd, revents).
static PtObject *poll_results(struct pollfd *fds, pt_ssize n) {
    PtObject *out = pt_list_new(0);
    for (pt_ssize i = 0; out != NULL && i < n; i++) {
        if (fds[i].revents == 0) {
            continue;
        }
        PtObject *fd = pt_int_from_i64(fds[i].fd);
        PtObject *ev = pt_int_from_i64((unsigned short)fds[i].revents);
        PtObject *t = fd && ev ? pt_tuple_pack(2, fd, ev) : NULL;
        pt_xdecref(fd);
        pt_xdecref(ev);
        if (t == NULL || pt_list_append_steal(out, t) < 0) {
            pt_clearref(&out);
        }
    }
    return out;
}

// poll.poll([timeout]): wait up to `timeout` milliseconds (None or negative: forever).
static PtObject *poll_poll(PtObject *self, PtObject *const *args, size_t nargs) {
    PollObj *p = (PollObj *)self;
    if (pt_check_nargs("poll", nargs, 0, 1) < 0) {
        return NULL;
    }
    double left;
    if (timeout_arg(nargs ? args[0] : NULL, 1e-3, "timeout must be an integer or None", &left) < 0) {
        return NULL;
    }
    if (p->running) {
        return pt_err_set_string(pt_exc_RuntimeError, "concurrent poll() invocation");
    }
    pt_ssize n = p->n;
    size_t bytes = (size_t)(n ? n : 1) * sizeof(struct pollfd);
    struct pollfd *fds = pt_mem_alloc(bytes);
    if (fds == NULL) {
        return pt_err_no_memory();
    }
    memcpy(fds, p->fds, (size_t)n * sizeof(struct pollfd));
    double deadline = mono_now() + left;
    PtObject *out = NULL;
    p->running = 1;
    for (;;) {
        int r, err;
        int ms = ms_from_seconds(left);
        PT_BEGIN_ALLOW_THREADS
        r = poll(fds, (nfds_t)n, ms);
        err = errno;
        PT_END_ALLOW_THREADS
        if (r >= 0) {
            out = poll_results(fds, n);
            break;
        }
        if (err != EINTR) {
            errno = err;
            pt_err_from_errno(pt_exc_OSError);
            break;
        }
        if (after_eintr(deadline, &left) < 0) {
            break;
        }
    }
    p->running = 0;
    pt_mem_free(fds, bytes);
    return out;
}

static const PtMethodDef poll_methods[] = {
    {"register", PT_FN(poll_register), PT_METH_FAST, "Register a file descriptor with the polling object."},
    {"modify", PT_FN(poll_modify), PT_METH_FAST, "Modify an already registered file descriptor."},
    {"unregister", PT_FN(poll_unregister), PT_METH_O, "Remove a file descriptor being tracked by the polling object."},
    {"poll", PT_FN(poll_poll), PT_METH_FAST, "Polls the set of registered file descriptors."},
    {NULL, NULL, 0, NULL},
};

static PtType poll_type = {
    .name = "select.poll",
    .basicsize = sizeof(PollObj),
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

// select.poll(): a new polling object.
static PtObject *select_poll(PtObject *self, PtObject *unused) {
    return pt_object_alloc(&poll_type, sizeof(PollObj));
}

// ---- epoll objects ----

typedef struct EpollObj {
    PtObject ob;
    int epfd;  // -1 once closed
} EpollObj;

static PtType epoll_type;

static void epoll_close_fd(EpollObj *e) {
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        PT_BEGIN_ALLOW_THREADS
        close(fd);
        PT_END_ALLOW_THREADS
    }
}

static void epoll_dealloc(PtObject *o) {
    EpollObj *e = (EpollObj *)o;
    if (e->epfd >= 0) {
        close(e->epfd);
    }
    pt_object_free(o, sizeof(EpollObj));
}

static int epoll_check_open(EpollObj *e) {
    if (e->epfd < 0) {
        pt_err_set_string(pt_exc_ValueError, "I/O operation on closed epoll object");
        return -1;
    }
    return 0;
}

static PtObject *epoll_wrap(PtType *type, int fd) {
    EpollObj *e = (EpollObj *)pt_object_alloc(type, sizeof(EpollObj));
    if (e == NULL) {
        close(fd);
        return NULL;
    }
    e->epfd = fd;
    return &e->ob;
}

// epoll(sizehint=-1, flags=0): a new epoll object (close-on-exec).
static PtObject *epoll_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"sizehint", "flags", NULL};
    int sizehint = -1, flags = 0;
    if (pt_parse_args(args, nargs, kwnames, "|ii:epoll", kwlist, &sizehint, &flags) < 0) {
        return NULL;
    }
    if (sizehint == 0 || sizehint < -1) {
        return pt_err_set_string(pt_exc_ValueError, "negative sizehint");
    }
    if (flags != 0 && flags != EPOLL_CLOEXEC) {
        return pt_err_set_string(pt_exc_OSError, "invalid flags");
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return epoll_wrap(type, fd);
}

// epoll.fromfd(fd): wrap an existing epoll descriptor (classmethod).
static PtObject *epoll_fromfd(PtObject *cls, PtObject *arg) {
    int fd = obj_fileno(arg);
    if (fd < 0) {
        return NULL;
    }
    return epoll_wrap((PtType *)cls, fd);
}

// epoll_ctl for register/modify/unregister. Arguments: fd[, eventmask].
static PtObject *epoll_ctl_call(PtObject *self, PtObject *const *args, size_t nargs, int op, unsigned events) {
    EpollObj *e = (EpollObj *)self;
    int fd = obj_fileno(args[0]);
    if (fd < 0 || epoll_check_open(e) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        int overflow = 0;
        int64_t v = pt_int_as_i64_overflow(args[1], &overflow);
        if (v == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (overflow || v < 0 || v > UINT_MAX) {
            return pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C unsigned int");
        }
        events = (unsigned)v;
    }
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = events;
    ev.data.fd = fd;
    if (epoll_ctl(e->epfd, op, fd, &ev) < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return pt_newref(pt_None);
}

static const char *const epoll_reg_kw[] = {"fd", "eventmask", NULL};

static PtObject *epoll_register(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *fd = NULL, *mask = NULL;
    if (pt_parse_args(args, nargs, kwnames, "O|O:register", epoll_reg_kw, &fd, &mask) < 0) {
        return NULL;
    }
    PtObject *a[2] = {fd, mask};
    return epoll_ctl_call(self, a, mask ? 2 : 1, EPOLL_CTL_ADD, EPOLLIN | EPOLLPRI | EPOLLOUT);
}

static PtObject *epoll_modify(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *fd = NULL, *mask = NULL;
    if (pt_parse_args(args, nargs, kwnames, "OO:modify", epoll_reg_kw, &fd, &mask) < 0) {
        return NULL;
    }
    PtObject *a[2] = {fd, mask};
    return epoll_ctl_call(self, a, 2, EPOLL_CTL_MOD, 0);
}

static PtObject *epoll_unregister(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"fd", NULL};
    PtObject *fd = NULL;
    if (pt_parse_args(args, nargs, kwnames, "O:unregister", kwlist, &fd) < 0) {
        return NULL;
    }
    return epoll_ctl_call(self, &fd, 1, EPOLL_CTL_DEL, 0);
}

static PtObject *epoll_results(struct epoll_event *evs, int n) {
    PtObject *out = pt_list_new(0);
    for (int i = 0; out != NULL && i < n; i++) {
        PtObject *fd = pt_int_from_i64(evs[i].data.fd);
        PtObject *ev = pt_int_from_i64(evs[i].events);
        PtObject *t = fd && ev ? pt_tuple_pack(2, fd, ev) : NULL;
        pt_xdecref(fd);
        pt_xdecref(ev);
        if (t == NULL || pt_list_append_steal(out, t) < 0) {
            pt_clearref(&out);
        }
    }
    return out;
}

// epoll.poll(timeout=None, maxevents=-1): timeout in seconds (None or negative: forever).
static PtObject *epoll_poll(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"timeout", "maxevents", NULL};
    EpollObj *e = (EpollObj *)self;
    PtObject *tobj = NULL;
    int maxevents = -1;
    double left;
    if (pt_parse_args(args, nargs, kwnames, "|Oi:poll", kwlist, &tobj, &maxevents) < 0 ||
        epoll_check_open(e) < 0 || timeout_arg(tobj, 1.0, "timeout must be an integer or None", &left) < 0) {
        return NULL;
    }
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        return pt_err_format(pt_exc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
    }
    size_t bytes = (size_t)maxevents * sizeof(struct epoll_event);
    struct epoll_event *evs = pt_mem_alloc(bytes);
    if (evs == NULL) {
        return pt_err_no_memory();
    }
    double deadline = mono_now() + left;
    PtObject *out = NULL;
    for (;;) {
        int r, err, epfd = e->epfd, ms = ms_from_seconds(left);
        PT_BEGIN_ALLOW_THREADS
        r = epoll_wait(epfd, evs, maxevents, ms);
        err = errno;
        PT_END_ALLOW_THREADS
        if (r >= 0) {
            out = epoll_results(evs, r);
            break;
        }
        if (err != EINTR) {
            errno = err;
            pt_err_from_errno(pt_exc_OSError);
            break;
        }
        if (after_eintr(deadline, &left) < 0) {
            break;
        }
    }
    pt_mem_free(evs, bytes);
    return out;
}

static PtObject *epoll_close(PtObject *self, PtObject *unused) {
    epoll_close_fd((EpollObj *)self);
    return pt_newref(pt_None);
}

static PtObject *epoll_fileno(PtObject *self, PtObject *unused) {
    EpollObj *e = (EpollObj *)self;
    if (epoll_check_open(e) < 0) {
        return NULL;
    }
    return pt_int_from_i64(e->epfd);
}

static PtObject *epoll_enter(PtObject *self, PtObject *unused) {
    if (epoll_check_open((EpollObj *)self) < 0) {
        return NULL;
    }
    return pt_newref(self);
}

static PtObject *epoll_exit(PtObject *self, PtObject *const *args, size_t nargs) {
    epoll_close_fd((EpollObj *)self);
    return pt_newref(pt_None);
}

static PtObject *epoll_get_closed(PtObject *self, void *closure) {
    return pt_newref(pt_bool(((EpollObj *)self)->epfd < 0));
}

static const PtMethodDef epoll_methods[] = {
    {"register", PT_FN(epoll_register), PT_METH_FASTKW, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", PT_FN(epoll_modify), PT_METH_FASTKW, "Modify event mask for a registered file descriptor."},
    {"unregister", PT_FN(epoll_unregister), PT_METH_FASTKW, "Remove a registered file descriptor from the epoll object."},
    {"poll", PT_FN(epoll_poll), PT_METH_FASTKW, "Wait for events on the epoll file descriptor."},
    {"close", PT_FN(epoll_close), PT_METH_NOARGS, "Close the epoll control file descriptor."},
    {"fileno", PT_FN(epoll_fileno), PT_METH_NOARGS, "Return the epoll control file descriptor."},
    {"fromfd", PT_FN(epoll_fromfd), PT_METH_O | PT_METH_CLASS, "Create an epoll object from a given control fd."},
    {"__enter__", PT_FN(epoll_enter), PT_METH_NOARGS, NULL},
    {"__exit__", PT_FN(epoll_exit), PT_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef epoll_getset[] = {
    {"closed", epoll_get_closed, NULL, "True if the epoll handler is closed", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType epoll_type = {
    .name = "select.epoll",
    .basicsize = sizeof(EpollObj),
    .flags = PT_TF_BASETYPE,
    .dealloc = epoll_dealloc,
    .new_ = epoll_new,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.",
};

// ---- The module ----

// Not in the public headers yet (src/obj/module.c declares it the same way).
int pt_type_ready(PtType *t);

static const PtMethodDef select_methods[] = {
    {"select", PT_FN(select_select), PT_METH_FAST, "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", PT_FN(select_poll), PT_METH_NOARGS, "Returns a polling object."},
    {NULL, NULL, 0, NULL},
};

static int select_exec(PtObject *m) {
    static const struct {
        const char *name;
        long v;
    } consts[] = {
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
        {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
        {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
        {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
        {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", (long)(unsigned)EPOLLET}, {"EPOLLONESHOT", EPOLLONESHOT},
        {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
        {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND},
        {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {"PIPE_BUF", PIPE_BUF},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (pt_module_add_int(m, consts[i].name, consts[i].v) < 0) {
            return -1;
        }
    }
    if (pt_type_ready(&epoll_type) < 0 || pt_type_ready(&poll_type) < 0) {
        return -1;
    }
    if (pt_module_add(m, "epoll", (PtObject *)&epoll_type) < 0 || pt_module_add(m, "error", pt_exc_OSError) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_select_def = {
    .name = "select",
    .doc = "This module supports asynchronous I/O on multiple file descriptors.",
    .methods = select_methods,
    .exec = select_exec,
};
