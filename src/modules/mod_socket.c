// src/modules/mod_socket.c: _socket, the C half of `socket` (lib/socket.py wraps it).
//
// A socket object is a descriptor plus its family, type, protocol and a
// timeout in seconds: negative means blocking (gettimeout() is None), zero
// means non-blocking, positive means "non-blocking descriptor, wait at most
// this long". Every operation runs with the GIL released through sock_call(),
// which retries after EINTR once the signal handlers ran (PEP 475) and, for a
// positive timeout, waits with poll() on EAGAIN until a deadline, then raises
// TimeoutError("timed out"). Addresses follow CPython's conventions: AF_INET
// is (host, port), AF_INET6 is (host, port, flowinfo, scope_id), AF_UNIX is a
// path (str), or bytes for Linux's abstract namespace. Host names are
// resolved with getaddrinfo (GIL released); errors raise socket.gaierror.
// Descriptors are created close-on-exec (PEP 446). lib/socket.py adds the
// socket class with `with`, makefile(), accept() returning sockets, enums,
// create_connection and create_server.
//
// Guards: tests/golden/modules/socket/.
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "pith.h"         // the object API
#include "pith/codecs.h"  // pt_codecs_encode, pt_codecs_decode

static double default_timeout = -1.0;  // socket.setdefaulttimeout(); the GIL protects it
static PtObject *gaierror_type, *herror_type;  // made at module exec; the GIL protects them

// Not in the public headers yet (src/obj/module.c declares it the same way).
int pt_type_ready(PtType *t);

typedef struct SockObj {
    PtObject ob;
    int fd;          // -1 once closed or detached
    int family, type, proto;
    double timeout;  // < 0: blocking; 0: non-blocking; > 0: seconds
} SockObj;

typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage st;
} SockAddr;

static PtType sock_type;

// ---- Helpers ----

static double mono_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static PtObject *raise_errno(int err) {
    errno = err;
    return pt_err_from_errno(pt_exc_OSError);
}

static PtObject *raise_timeout(void) { return pt_err_set_string(pt_exc_TimeoutError, "timed out"); }

// socket.gaierror(code, gai_strerror(code)).
static PtObject *raise_gai(int code) {
    if (code == EAI_SYSTEM) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    PtObject *n = pt_int_from_i64(code);
    PtObject *msg = pt_str_from_cstr(gai_strerror(code));
    PtObject *exc = n && msg ? pt_object_call2(gaierror_type, n, msg) : NULL;
    pt_xdecref(n);
    pt_xdecref(msg);
    if (exc != NULL) {
        pt_err_restore(exc);
    }
    return NULL;
}

// A C int from an int-like object (via __index__). -1 with an exception (check pt_err_occurred).
static long long int_arg(PtObject *o) {
    PtObject *i = pt_number_index(o);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t v = pt_int_as_i64_overflow(i, &overflow);
    pt_decref(i);
    if (overflow) {
        pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return v;
}

// Set or clear O_NONBLOCK. 0 or -1 (OSError).
static int set_nonblocking(int fd, int on) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) {
        raise_errno(errno);
        return -1;
    }
    int nfl = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    if (nfl != fl && fcntl(fd, F_SETFL, nfl) < 0) {
        raise_errno(errno);
        return -1;
    }
    return 0;
}

// A timeout argument: None is -1 (blocking); negative values are an error.
static int timeout_arg(PtObject *o, double *out) {
    if (o == pt_None) {
        *out = -1.0;
        return 0;
    }
    double d;
    if (pt_is_float(o)) {
        d = pt_float_value(o);
    } else {
        long long v = int_arg(o);
        if (v == -1 && pt_err_occurred()) {
            return -1;
        }
        d = (double)v;
    }
    if (isnan(d)) {
        pt_err_set_string(pt_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d < 0) {
        pt_err_set_string(pt_exc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = d;
    return 0;
}

static int check_open(SockObj *s) {
    if (s->fd < 0) {
        raise_errno(EBADF);
        return -1;
    }
    return 0;
}

// ---- Waiting and retrying ----

// One system call, run with the GIL released. Returns >= 0 or -1 with errno.
typedef ssize_t (*SockOp)(int fd, void *ctx);

// Wait until `fd` is readable (or writable) or `deadline` passes. 1 ready,
// 0 timed out, -1 error (exception set).
static int wait_fd(int fd, int writing, double deadline) {
    for (;;) {
        double left = deadline - mono_now();
        if (left <= 0) {
            return 0;
        }
        struct pollfd p = {.fd = fd, .events = (short)(writing ? POLLOUT : POLLIN)};
        int ms = (int)ceil(left * 1e3), r, err;
        PT_BEGIN_ALLOW_THREADS
        r = poll(&p, 1, ms);
        err = errno;
        PT_END_ALLOW_THREADS
        if (r > 0) {
            return 1;
        }
        if (r == 0) {
            return 0;
        }
        if (err != EINTR) {
            raise_errno(err);
            return -1;
        }
        if (pt_check_signals() < 0) {
            return -1;
        }
    }
}

// Run `op` until it succeeds. `deadline` is absolute (monotonic seconds), or
// < 0 to derive it from the socket's timeout. The result in *res. 0 or -1.
static int sock_call(SockObj *s, int writing, SockOp op, void *ctx, ssize_t *res, double deadline) {
    if (check_open(s) < 0) {
        return -1;
    }
    if (s->timeout > 0 && deadline < 0) {
        deadline = mono_now() + s->timeout;
    }
    for (;;) {
        ssize_t n;
        int err, fd = s->fd;
        PT_BEGIN_ALLOW_THREADS
        n = op(fd, ctx);
        err = errno;
        PT_END_ALLOW_THREADS
        if (n >= 0) {
            *res = n;
            return 0;
        }
        if (err == EINTR) {
            if (pt_check_signals() < 0) {
                return -1;
            }
            continue;
        }
        if (s->timeout > 0 && (err == EAGAIN || err == EWOULDBLOCK)) {
            int w = wait_fd(s->fd, writing, deadline);
            if (w < 0) {
                return -1;
            }
            if (w == 0) {
                raise_timeout();
                return -1;
            }
            continue;
        }
        raise_errno(err);
        return -1;
    }
}

// ---- Addresses ----

// Bytes of a str (UTF-8), bytes or bytearray host name. New reference or NULL.
static PtObject *host_bytes(PtObject *host) {
    if (pt_is_str(host)) {
        return pt_codecs_encode(host, "utf-8", "strict");
    }
    if (pt_is_bytes(host)) {
        return pt_newref(host);
    }
    if (pt_is_bytearray(host)) {
        return pt_bytes_new(pt_bytearray_data(host), (size_t)pt_bytearray_len(host));
    }
    return pt_err_format(pt_exc_TypeError, "str, bytes or bytearray expected, not %T", host);
}

// Resolve `name` for `family` into `out` (the address part only). 0 or -1.
static int resolve_host(PtObject *host, int family, SockAddr *out) {
    PtObject *b = host_bytes(host);
    if (b == NULL) {
        return -1;
    }
    const char *name = pt_bytes_data(b);
    if ((size_t)pt_bytes_len(b) != strlen(name)) {
        pt_decref(b);
        pt_err_set_string(pt_exc_TypeError, "host name must not contain null character");
        return -1;
    }
    int rc = 0;
    if (family == AF_INET && name[0] == '\0') {
        out->in4.sin_addr.s_addr = htonl(INADDR_ANY);
    } else if (family == AF_INET && strcmp(name, "<broadcast>") == 0) {
        out->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    } else if (family == AF_INET6 && name[0] == '\0') {
        out->in6.sin6_addr = in6addr_any;
    } else if (family == AF_INET ? inet_pton(AF_INET, name, &out->in4.sin_addr) == 1
                                 : inet_pton(AF_INET6, name, &out->in6.sin6_addr) == 1) {
        // numeric
    } else {
        struct addrinfo hints, *ai = NULL;
        memset(&hints, 0, sizeof hints);
        hints.ai_family = family;
        int e;
        PT_BEGIN_ALLOW_THREADS
        e = getaddrinfo(name, NULL, &hints, &ai);
        PT_END_ALLOW_THREADS
        if (e != 0) {
            raise_gai(e);
            rc = -1;
        } else {
            if (family == AF_INET) {
                out->in4.sin_addr = ((struct sockaddr_in *)ai->ai_addr)->sin_addr;
            } else {
                out->in6.sin6_addr = ((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
            }
            freeaddrinfo(ai);
        }
    }
    pt_decref(b);
    return rc;
}

static int port_arg(PtObject *o, const char *caller, int *port) {
    long long v = int_arg(o);
    if (v == -1 && pt_err_occurred()) {
        return -1;
    }
    if (v < 0 || v > 65535) {
        pt_err_format(pt_exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

static int unix_addr(PtObject *addr, SockAddr *out, socklen_t *len) {
    PtObject *b = NULL;
    if (pt_is_str(addr)) {
        b = pt_codecs_encode(addr, "utf-8", "surrogateescape");
    } else if (pt_is_bytes(addr)) {
        b = pt_newref(addr);
    } else if (pt_is_bytearray(addr)) {
        b = pt_bytes_new(pt_bytearray_data(addr), (size_t)pt_bytearray_len(addr));
    } else {
        PtObject *p = NULL;
        if (pt_object_lookup_attr(addr, pt_str_id("__fspath__"), &p) < 0) {
            return -1;
        }
        if (p == NULL) {
            pt_err_format(pt_exc_TypeError, "a bytes-like object is required, not '%s'", pt_type_name_of(addr));
            return -1;
        }
        PtObject *r = pt_object_call0(p);
        pt_decref(p);
        if (r == NULL) {
            return -1;
        }
        int rc = unix_addr(r, out, len);
        pt_decref(r);
        return rc;
    }
    if (b == NULL) {
        return -1;
    }
    size_t n = (size_t)pt_bytes_len(b);
    if (n >= sizeof out->un.sun_path) {
        pt_decref(b);
        pt_err_set_string(pt_exc_OSError, "AF_UNIX path too long");
        return -1;
    }
    out->un.sun_family = AF_UNIX;
    memcpy(out->un.sun_path, pt_bytes_data(b), n);
    out->un.sun_path[n] = '\0';
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (n > 0 && out->un.sun_path[0] != 0));
    pt_decref(b);
    return 0;
}

// Python address -> C sockaddr for socket `s`. `caller` names the method in messages. 0 or -1.
static int get_sockaddr(SockObj *s, PtObject *addr, const char *caller, SockAddr *out, socklen_t *len) {
    memset(out, 0, sizeof *out);
    if (s->family == AF_UNIX) {
        return unix_addr(addr, out, len);
    }
    if (s->family != AF_INET && s->family != AF_INET6) {
        pt_err_format(pt_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    const char *fam = s->family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!pt_is_tuple(addr)) {
        pt_err_format(pt_exc_TypeError, "%s(): %s address must be tuple, not %T", caller, fam, addr);
        return -1;
    }
    pt_ssize n = pt_tuple_len(addr);
    int port;
    if (s->family == AF_INET) {
        if (n != 2) {
            pt_err_set_string(pt_exc_TypeError, "AF_INET address must be a pair (host, port)");
            return -1;
        }
        if (resolve_host(pt_tuple_get(addr, 0), AF_INET, out) < 0 || port_arg(pt_tuple_get(addr, 1), caller, &port) < 0) {
            return -1;
        }
        out->in4.sin_family = AF_INET;
        out->in4.sin_port = htons((uint16_t)port);
        *len = sizeof out->in4;
        return 0;
    }
    if (n < 2 || n > 4) {
        pt_err_set_string(pt_exc_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    if (resolve_host(pt_tuple_get(addr, 0), AF_INET6, out) < 0 || port_arg(pt_tuple_get(addr, 1), caller, &port) < 0) {
        return -1;
    }
    long long flow = 0, scope = 0;
    if (n > 2 && (flow = int_arg(pt_tuple_get(addr, 2))) == -1 && pt_err_occurred()) {
        return -1;
    }
    if (n > 3 && (scope = int_arg(pt_tuple_get(addr, 3))) == -1 && pt_err_occurred()) {
        return -1;
    }
    if (flow < 0 || flow > 0xfffff) {
        pt_err_format(pt_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    out->in6.sin6_family = AF_INET6;
    out->in6.sin6_port = htons((uint16_t)port);
    out->in6.sin6_flowinfo = htonl((uint32_t)flow);
    out->in6.sin6_scope_id = (uint32_t)scope;
    *len = sizeof out->in6;
    return 0;
}

// C sockaddr -> Python address. New reference.
static PtObject *make_sockaddr(const struct sockaddr *sa, socklen_t len) {
    if (len == 0) {
        return pt_newref(pt_None);
    }
    char buf[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        PtObject *h = pt_str_from_cstr(buf), *p = pt_int_from_i64(ntohs(a->sin_port));
        PtObject *t = h && p ? pt_tuple_pack(2, h, p) : NULL;
        pt_xdecref(h);
        pt_xdecref(p);
        return t;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        PtObject *items[4] = {pt_str_from_cstr(buf), pt_int_from_i64(ntohs(a->sin6_port)),
                              pt_int_from_i64(ntohl(a->sin6_flowinfo)), pt_int_from_i64(a->sin6_scope_id)};
        PtObject *t = items[0] && items[1] && items[2] && items[3] ? pt_tuple_from_array(items, 4) : NULL;
        for (int i = 0; i < 4; i++) {
            pt_xdecref(items[i]);
        }
        return t;
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? (size_t)len - off : 0;
        if (n > 0 && a->sun_path[0] == '\0') {
            return pt_bytes_new(a->sun_path, n);  // Linux abstract namespace
        }
        n = strnlen(a->sun_path, n);
        return pt_codecs_decode(a->sun_path, n, "utf-8", "surrogateescape");
    }
    default: {
        PtObject *f = pt_int_from_i64(sa->sa_family), *d = pt_bytes_new(sa->sa_data, sizeof sa->sa_data);
        PtObject *t = f && d ? pt_tuple_pack(2, f, d) : NULL;
        pt_xdecref(f);
        pt_xdecref(d);
        return t;
    }
    }
}

// ---- Construction ----

static void sock_dealloc(PtObject *o) {
    SockObj *s = (SockObj *)o;
    if (s->fd >= 0) {
        close(s->fd);
    }
    pt_object_free(o, sizeof(SockObj));
}

static PtObject *sock_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    SockObj *s = (SockObj *)pt_object_alloc(type, sizeof(SockObj));
    if (s != NULL) {
        s->fd = -1;
        s->timeout = -1.0;
    }
    return (PtObject *)s;
}

// Adopt `fd` with the default timeout. 0 or -1.
static int sock_setup(SockObj *s, int fd, int family, int type, int proto) {
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = (type & SOCK_NONBLOCK) ? 0.0 : default_timeout;
    if (s->timeout >= 0) {
        return set_nonblocking(fd, 1);
    }
    return 0;
}

static int sockopt_int(int fd, int opt, int *out) {
    socklen_t l = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &l);
}

// socket(family=-1, type=-1, proto=-1, fileno=None).
static int sock_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"family", "type", "proto", "fileno", NULL};
    SockObj *s = (SockObj *)self;
    int family = -1, type = -1, proto = -1;
    PtObject *fdobj = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|iiiO:socket", kwlist, &family, &type, &proto, &fdobj) < 0) {
        return -1;
    }
    if (s->fd >= 0) {
        close(s->fd);
        s->fd = -1;
    }
    if (fdobj != NULL && fdobj != pt_None) {
        long long v = int_arg(fdobj);
        if (v == -1 && pt_err_occurred()) {
            return -1;
        }
        if (v < 0 || v > INT_MAX) {
            pt_err_set_string(pt_exc_ValueError, "negative file descriptor");
            return -1;
        }
        int fd = (int)v, tmp;
        if (family == -1) {
            if (sockopt_int(fd, SO_DOMAIN, &tmp) < 0) {
                raise_errno(errno);
                return -1;
            }
            family = tmp;
        }
        if (type == -1) {
            if (sockopt_int(fd, SO_TYPE, &tmp) < 0) {
                raise_errno(errno);
                return -1;
            }
            type = tmp;
        }
        if (proto == -1) {
            proto = sockopt_int(fd, SO_PROTOCOL, &tmp) < 0 ? 0 : tmp;
        }
        return sock_setup(s, fd, family, type, proto);
    }
    if (family == -1) {
        family = AF_INET;
    }
    if (type == -1) {
        type = SOCK_STREAM;
    }
    if (proto == -1) {
        proto = 0;
    }
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        raise_errno(errno);
        return -1;
    }
    return sock_setup(s, fd, family, type, proto);
}

// ---- Connection set-up ----

typedef struct AddrCtx {
    SockAddr addr;
    socklen_t len;
} AddrCtx;

static ssize_t op_accept(int fd, void *ctx) {
    AddrCtx *a = ctx;
    a->len = sizeof a->addr;
    return accept4(fd, &a->addr.sa, &a->len, SOCK_CLOEXEC);
}

// _accept() -> (fd, address): the new descriptor is blocking and close-on-exec.
static PtObject *sock_accept(PtObject *self, PtObject *unused) {
    AddrCtx a;
    ssize_t fd;
    if (sock_call((SockObj *)self, 0, op_accept, &a, &fd, -1) < 0) {
        return NULL;
    }
    PtObject *addr = make_sockaddr(&a.addr.sa, a.len), *n = pt_int_from_i64(fd);
    PtObject *t = addr && n ? pt_tuple_pack(2, n, addr) : NULL;
    pt_xdecref(addr);
    pt_xdecref(n);
    if (t == NULL) {
        close((int)fd);
    }
    return t;
}

static PtObject *sock_bind(PtObject *self, PtObject *addr) {
    SockObj *s = (SockObj *)self;
    SockAddr sa;
    socklen_t len;
    if (check_open(s) < 0 || get_sockaddr(s, addr, "bind", &sa, &len) < 0) {
        return NULL;
    }
    if (bind(s->fd, &sa.sa, len) < 0) {
        return raise_errno(errno);
    }
    return pt_newref(pt_None);
}

static PtObject *sock_listen(PtObject *self, PtObject *const *args, size_t nargs) {
    SockObj *s = (SockObj *)self;
    if (pt_check_nargs("listen", nargs, 0, 1) < 0 || check_open(s) < 0) {
        return NULL;
    }
    long long backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs == 1 && (backlog = int_arg(args[0])) == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (backlog < 0) {
        backlog = 0;
    }
    if (listen(s->fd, (int)(backlog > INT_MAX ? INT_MAX : backlog)) < 0) {
        return raise_errno(errno);
    }
    return pt_newref(pt_None);
}

static int so_error(int fd) {
    int err = 0;
    socklen_t l = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &l) < 0) {
        return errno;
    }
    return err;
}

// Connect; returns 0 or an errno value, or -1 with an exception set (signal
// handler, timeout when `raise_timeouts`).
static int do_connect(SockObj *s, PtObject *addr, const char *caller, int raise_timeouts) {
    SockAddr sa;
    socklen_t len;
    if (check_open(s) < 0 || get_sockaddr(s, addr, caller, &sa, &len) < 0) {
        return -1;
    }
    int r, err, fd = s->fd;
    PT_BEGIN_ALLOW_THREADS
    r = connect(fd, &sa.sa, len);
    err = errno;
    PT_END_ALLOW_THREADS
    if (r == 0) {
        return 0;
    }
    int wait = (err == EINTR && s->timeout != 0) || (err == EINPROGRESS && s->timeout > 0);
    if (err == EINTR && pt_check_signals() < 0) {
        return -1;
    }
    if (!wait) {
        return err;
    }
    double deadline = s->timeout > 0 ? mono_now() + s->timeout : 1e300;
    int w = wait_fd(fd, 1, deadline);
    if (w < 0) {
        return -1;
    }
    if (w == 0) {
        if (raise_timeouts) {
            raise_timeout();
            return -1;
        }
        return EWOULDBLOCK;
    }
    return so_error(fd);
}

static PtObject *sock_connect(PtObject *self, PtObject *addr) {
    int r = do_connect((SockObj *)self, addr, "connect", 1);
    if (r < 0) {
        return NULL;
    }
    if (r > 0) {
        return raise_errno(r);
    }
    return pt_newref(pt_None);
}

static PtObject *sock_connect_ex(PtObject *self, PtObject *addr) {
    int r = do_connect((SockObj *)self, addr, "connect_ex", 0);
    if (r < 0) {
        return NULL;
    }
    return pt_int_from_i64(r);
}

// ---- Sending and receiving ----

typedef struct IoCtx {
    char *buf;
    size_t len;
    int flags;
    AddrCtx addr;  // recvfrom/sendto
} IoCtx;

static ssize_t op_recv(int fd, void *c) {
    IoCtx *x = c;
    return recv(fd, x->buf, x->len, x->flags);
}

static ssize_t op_recvfrom(int fd, void *c) {
    IoCtx *x = c;
    x->addr.len = sizeof x->addr.addr;
    return recvfrom(fd, x->buf, x->len, x->flags, &x->addr.addr.sa, &x->addr.len);
}

static ssize_t op_send(int fd, void *c) {
    IoCtx *x = c;
    return send(fd, x->buf, x->len, x->flags | MSG_NOSIGNAL);
}

static ssize_t op_sendto(int fd, void *c) {
    IoCtx *x = c;
    return sendto(fd, x->buf, x->len, x->flags | MSG_NOSIGNAL, &x->addr.addr.sa, x->addr.len);
}

// recv into a fresh bytes object of `size` (from), shrunk to what arrived.
static PtObject *recv_bytes(SockObj *s, long long size, int flags, SockOp op, IoCtx *x, const char *who) {
    if (size < 0) {
        return pt_err_format(pt_exc_ValueError, "negative buffersize in %s", who);
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)size);
    if (b == NULL) {
        return NULL;
    }
    x->buf = pt_bytes_data(b);
    x->len = (size_t)size;
    x->flags = flags;
    ssize_t n;
    if (sock_call(s, 0, op, x, &n, -1) < 0) {
        pt_decref(b);
        return NULL;
    }
    if ((size_t)n != (size_t)size && pt_bytes_resize(&b, (size_t)n) < 0) {
        return NULL;
    }
    return b;
}

static int size_flags(PtObject *const *args, size_t nargs, const char *name, long long *size, int *flags) {
    if (pt_check_nargs(name, nargs, 1, 2) < 0) {
        return -1;
    }
    if ((*size = int_arg(args[0])) == -1 && pt_err_occurred()) {
        return -1;
    }
    long long f = 0;
    if (nargs > 1 && (f = int_arg(args[1])) == -1 && pt_err_occurred()) {
        return -1;
    }
    *flags = (int)f;
    return 0;
}

static PtObject *sock_recv(PtObject *self, PtObject *const *args, size_t nargs) {
    long long size;
    int flags;
    IoCtx x;
    if (size_flags(args, nargs, "recv", &size, &flags) < 0) {
        return NULL;
    }
    return recv_bytes((SockObj *)self, size, flags, op_recv, &x, "recv");
}

static PtObject *sock_recvfrom(PtObject *self, PtObject *const *args, size_t nargs) {
    long long size;
    int flags;
    IoCtx x;
    if (size_flags(args, nargs, "recvfrom", &size, &flags) < 0) {
        return NULL;
    }
    PtObject *b = recv_bytes((SockObj *)self, size, flags, op_recvfrom, &x, "recvfrom");
    if (b == NULL) {
        return NULL;
    }
    PtObject *a = make_sockaddr(&x.addr.addr.sa, x.addr.len);
    PtObject *t = a ? pt_tuple_pack(2, b, a) : NULL;
    pt_decref(b);
    pt_xdecref(a);
    return t;
}

// recv_into(buffer[, nbytes[, flags]]) and recvfrom_into: fill a writable buffer.
static PtObject *recv_into_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames, int from) {
    static const char *const kwlist[] = {"buffer", "nbytes", "flags", NULL};
    PtObject *buf;
    pt_ssize nbytes = 0;
    int flags = 0;
    if (pt_parse_args(args, nargs, kwnames, from ? "O|ni:recvfrom_into" : "O|ni:recv_into", kwlist, &buf, &nbytes,
                      &flags) < 0) {
        return NULL;
    }
    const char *who = from ? "recvfrom_into" : "recv_into";
    if (nbytes < 0) {
        return pt_err_format(pt_exc_ValueError, "negative buffersize in %s", who);
    }
    PtBuffer view;
    if (pt_buffer_get(buf, &view, 1) < 0) {
        return NULL;
    }
    if (nbytes == 0) {
        nbytes = view.len;
    }
    if (nbytes > view.len) {
        pt_buffer_release(&view);
        return pt_err_format(pt_exc_ValueError, from ? "nbytes is greater than the length of the buffer"
                                                     : "buffer too small for requested bytes");
    }
    IoCtx x = {.buf = view.buf, .len = (size_t)nbytes, .flags = flags};
    ssize_t n;
    int r = sock_call((SockObj *)self, 0, from ? op_recvfrom : op_recv, &x, &n, -1);
    pt_buffer_release(&view);
    if (r < 0) {
        return NULL;
    }
    PtObject *count = pt_int_from_i64(n);
    if (!from || count == NULL) {
        return count;
    }
    PtObject *a = make_sockaddr(&x.addr.addr.sa, x.addr.len);
    PtObject *t = a ? pt_tuple_pack(2, count, a) : NULL;
    pt_decref(count);
    pt_xdecref(a);
    return t;
}

static PtObject *sock_recv_into(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return recv_into_common(self, args, nargs, kwnames, 0);
}

static PtObject *sock_recvfrom_into(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return recv_into_common(self, args, nargs, kwnames, 1);
}

// send(data[, flags]) -> bytes sent.
static PtObject *sock_send(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("send", nargs, 1, 2) < 0) {
        return NULL;
    }
    long long flags = 0;
    if (nargs > 1 && (flags = int_arg(args[1])) == -1 && pt_err_occurred()) {
        return NULL;
    }
    PtBuffer view;
    if (pt_buffer_get(args[0], &view, 0) < 0) {
        return NULL;
    }
    IoCtx x = {.buf = view.buf, .len = (size_t)view.len, .flags = (int)flags};
    ssize_t n;
    int r = sock_call((SockObj *)self, 1, op_send, &x, &n, -1);
    pt_buffer_release(&view);
    return r < 0 ? NULL : pt_int_from_i64(n);
}

// sendall(data[, flags]): send everything; the timeout bounds the whole call.
static PtObject *sock_sendall(PtObject *self, PtObject *const *args, size_t nargs) {
    SockObj *s = (SockObj *)self;
    if (pt_check_nargs("sendall", nargs, 1, 2) < 0) {
        return NULL;
    }
    long long flags = 0;
    if (nargs > 1 && (flags = int_arg(args[1])) == -1 && pt_err_occurred()) {
        return NULL;
    }
    PtBuffer view;
    if (pt_buffer_get(args[0], &view, 0) < 0) {
        return NULL;
    }
    double deadline = s->timeout > 0 ? mono_now() + s->timeout : -1;
    IoCtx x = {.buf = view.buf, .len = (size_t)view.len, .flags = (int)flags};
    int r = 0;
    do {
        ssize_t n;
        if ((r = sock_call(s, 1, op_send, &x, &n, deadline)) < 0) {
            break;
        }
        x.buf += n;
        x.len -= (size_t)n;
        if (x.len > 0 && (r = pt_check_signals()) < 0) {
            break;
        }
    } while (x.len > 0);
    pt_buffer_release(&view);
    return r < 0 ? NULL : pt_newref(pt_None);
}

// sendto(data[, flags], address).
static PtObject *sock_sendto(PtObject *self, PtObject *const *args, size_t nargs) {
    SockObj *s = (SockObj *)self;
    if (nargs < 2 || nargs > 3) {
        return pt_err_format(pt_exc_TypeError, "sendto() takes 2 or 3 arguments (%d given)", (int)nargs);
    }
    long long flags = 0;
    if (nargs == 3 && (flags = int_arg(args[1])) == -1 && pt_err_occurred()) {
        return NULL;
    }
    IoCtx x;
    if (check_open(s) < 0 || get_sockaddr(s, args[nargs - 1], "sendto", &x.addr.addr, &x.addr.len) < 0) {
        return NULL;
    }
    PtBuffer view;
    if (pt_buffer_get(args[0], &view, 0) < 0) {
        return NULL;
    }
    x.buf = view.buf;
    x.len = (size_t)view.len;
    x.flags = (int)flags;
    ssize_t n;
    int r = sock_call(s, 1, op_sendto, &x, &n, -1);
    pt_buffer_release(&view);
    return r < 0 ? NULL : pt_int_from_i64(n);
}

// ---- Descriptor and option methods ----

static PtObject *sock_close(PtObject *self, PtObject *unused) {
    SockObj *s = (SockObj *)self;
    int fd = s->fd;
    if (fd >= 0) {
        s->fd = -1;
        int r;
        PT_BEGIN_ALLOW_THREADS
        r = close(fd);
        PT_END_ALLOW_THREADS
        if (r < 0 && errno != ECONNRESET && errno != EINTR) {
            return raise_errno(errno);
        }
    }
    return pt_newref(pt_None);
}

static PtObject *sock_detach(PtObject *self, PtObject *unused) {
    SockObj *s = (SockObj *)self;
    int fd = s->fd;
    s->fd = -1;
    return pt_int_from_i64(fd);
}

static PtObject *sock_fileno(PtObject *self, PtObject *unused) { return pt_int_from_i64(((SockObj *)self)->fd); }

static PtObject *sock_name(PtObject *self, int peer) {
    SockObj *s = (SockObj *)self;
    if (check_open(s) < 0) {
        return NULL;
    }
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    socklen_t len = sizeof sa;
    int r = peer ? getpeername(s->fd, &sa.sa, &len) : getsockname(s->fd, &sa.sa, &len);
    if (r < 0) {
        return raise_errno(errno);
    }
    if (len == 0 && s->family == AF_UNIX) {
        return pt_str_from_cstr("");
    }
    return make_sockaddr(&sa.sa, len);
}

static PtObject *sock_getsockname(PtObject *self, PtObject *unused) { return sock_name(self, 0); }
static PtObject *sock_getpeername(PtObject *self, PtObject *unused) { return sock_name(self, 1); }

// getsockopt(level, option[, buflen]): an int, or bytes when buflen is given.
static PtObject *sock_getsockopt(PtObject *self, PtObject *const *args, size_t nargs) {
    SockObj *s = (SockObj *)self;
    if (pt_check_nargs("getsockopt", nargs, 2, 3) < 0 || check_open(s) < 0) {
        return NULL;
    }
    long long level = int_arg(args[0]), opt, buflen = 0;
    if ((level == -1 && pt_err_occurred()) || ((opt = int_arg(args[1])) == -1 && pt_err_occurred()) ||
        (nargs > 2 && (buflen = int_arg(args[2])) == -1 && pt_err_occurred())) {
        return NULL;
    }
    if (nargs == 2) {
        int v = 0;
        socklen_t l = sizeof v;
        if (getsockopt(s->fd, (int)level, (int)opt, &v, &l) < 0) {
            return raise_errno(errno);
        }
        return pt_int_from_i64(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        return pt_err_set_string(pt_exc_OSError, "getsockopt buflen out of range");
    }
    PtObject *b = pt_bytes_new(NULL, (size_t)buflen);
    socklen_t l = (socklen_t)buflen;
    if (b == NULL) {
        return NULL;
    }
    if (getsockopt(s->fd, (int)level, (int)opt, pt_bytes_data(b), &l) < 0) {
        pt_decref(b);
        return raise_errno(errno);
    }
    if ((long long)l != buflen && pt_bytes_resize(&b, l) < 0) {
        return NULL;
    }
    return b;
}

// setsockopt(level, option, value: int | buffer) or setsockopt(level, option, None, optlen).
static PtObject *sock_setsockopt(PtObject *self, PtObject *const *args, size_t nargs) {
    SockObj *s = (SockObj *)self;
    if (pt_check_nargs("setsockopt", nargs, 3, 4) < 0 || check_open(s) < 0) {
        return NULL;
    }
    long long level = int_arg(args[0]), opt;
    if ((level == -1 && pt_err_occurred()) || ((opt = int_arg(args[1])) == -1 && pt_err_occurred())) {
        return NULL;
    }
    int r;
    if (nargs == 4) {
        long long optlen = int_arg(args[3]);
        if (optlen == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (args[2] != pt_None) {
            return pt_err_set_string(pt_exc_TypeError, "setsockopt() takes 3 arguments or 4 with None as the value");
        }
        r = setsockopt(s->fd, (int)level, (int)opt, NULL, (socklen_t)optlen);
    } else if (pt_is_int(args[2])) {
        long long v = int_arg(args[2]);
        if (v == -1 && pt_err_occurred()) {
            return NULL;
        }
        int iv = (int)v;
        r = setsockopt(s->fd, (int)level, (int)opt, &iv, sizeof iv);
    } else {
        PtBuffer view;
        if (pt_buffer_get(args[2], &view, 0) < 0) {
            return NULL;
        }
        r = setsockopt(s->fd, (int)level, (int)opt, view.buf, (socklen_t)view.len);
        pt_buffer_release(&view);
    }
    if (r < 0) {
        return raise_errno(errno);
    }
    return pt_newref(pt_None);
}

static PtObject *sock_shutdown(PtObject *self, PtObject *arg) {
    SockObj *s = (SockObj *)self;
    long long how = int_arg(arg);
    if ((how == -1 && pt_err_occurred()) || check_open(s) < 0) {
        return NULL;
    }
    if (shutdown(s->fd, (int)how) < 0) {
        return raise_errno(errno);
    }
    return pt_newref(pt_None);
}

static PtObject *apply_timeout(SockObj *s, double t) {
    s->timeout = t;
    if (s->fd >= 0 && set_nonblocking(s->fd, t >= 0) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *sock_settimeout(PtObject *self, PtObject *arg) {
    double t;
    if (timeout_arg(arg, &t) < 0) {
        return NULL;
    }
    return apply_timeout((SockObj *)self, t);
}

static PtObject *sock_gettimeout(PtObject *self, PtObject *unused) {
    double t = ((SockObj *)self)->timeout;
    return t < 0 ? pt_newref(pt_None) : pt_float_new(t);
}

static PtObject *sock_setblocking(PtObject *self, PtObject *arg) {
    int b = pt_object_is_true(arg);
    if (b < 0) {
        return NULL;
    }
    return apply_timeout((SockObj *)self, b ? -1.0 : 0.0);
}

static PtObject *sock_getblocking(PtObject *self, PtObject *unused) {
    return pt_newref(pt_bool(((SockObj *)self)->timeout != 0));
}

static PtObject *sock_get_timeout(PtObject *self, void *closure) { return sock_gettimeout(self, NULL); }

static const PtMethodDef sock_methods[] = {
    {"_accept", PT_FN(sock_accept), PT_METH_NOARGS, "_accept() -> (integer, address info)"},
    {"bind", PT_FN(sock_bind), PT_METH_O, "Bind the socket to a local address."},
    {"close", PT_FN(sock_close), PT_METH_NOARGS, "Close the socket."},
    {"connect", PT_FN(sock_connect), PT_METH_O, "Connect the socket to a remote address."},
    {"connect_ex", PT_FN(sock_connect_ex), PT_METH_O, "Like connect(address), but return an error code."},
    {"detach", PT_FN(sock_detach), PT_METH_NOARGS, "Close the socket object without closing the descriptor."},
    {"fileno", PT_FN(sock_fileno), PT_METH_NOARGS, "Return the integer file descriptor of the socket."},
    {"getpeername", PT_FN(sock_getpeername), PT_METH_NOARGS, "Return the address of the remote endpoint."},
    {"getsockname", PT_FN(sock_getsockname), PT_METH_NOARGS, "Return the address of the local endpoint."},
    {"getsockopt", PT_FN(sock_getsockopt), PT_METH_FAST, "Get a socket option."},
    {"setsockopt", PT_FN(sock_setsockopt), PT_METH_FAST, "Set a socket option."},
    {"listen", PT_FN(sock_listen), PT_METH_FAST, "Enable a server to accept connections."},
    {"recv", PT_FN(sock_recv), PT_METH_FAST, "Receive up to buffersize bytes from the socket."},
    {"recv_into", PT_FN(sock_recv_into), PT_METH_FASTKW, "Receive up to nbytes bytes into a buffer."},
    {"recvfrom", PT_FN(sock_recvfrom), PT_METH_FAST, "Like recv(buffersize, flags) but also return the sender's address."},
    {"recvfrom_into", PT_FN(sock_recvfrom_into), PT_METH_FASTKW, "Like recv_into but also return the sender's address."},
    {"send", PT_FN(sock_send), PT_METH_FAST, "Send a data string to the socket."},
    {"sendall", PT_FN(sock_sendall), PT_METH_FAST, "Send a data string to the socket, all of it."},
    {"sendto", PT_FN(sock_sendto), PT_METH_FAST, "Like send(data, flags) but allows specifying the destination address."},
    {"shutdown", PT_FN(sock_shutdown), PT_METH_O, "Shut down the reading side, the writing side, or both."},
    {"settimeout", PT_FN(sock_settimeout), PT_METH_O, "Set a timeout on socket operations."},
    {"gettimeout", PT_FN(sock_gettimeout), PT_METH_NOARGS, "Returns the timeout in seconds (float)."},
    {"setblocking", PT_FN(sock_setblocking), PT_METH_O, "Set the socket to blocking (flag is true) or non-blocking."},
    {"getblocking", PT_FN(sock_getblocking), PT_METH_NOARGS, "Returns True if socket is in blocking mode."},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef sock_members[] = {
    {"family", PT_MEMBER_INT, offsetof(SockObj, family), PT_MEMBER_READONLY, "the socket family"},
    {"type", PT_MEMBER_INT, offsetof(SockObj, type), PT_MEMBER_READONLY, "the socket type"},
    {"proto", PT_MEMBER_INT, offsetof(SockObj, proto), PT_MEMBER_READONLY, "the socket protocol"},
    {NULL, 0, 0, 0, NULL},
};

static const PtGetSetDef sock_getset[] = {
    {"timeout", sock_get_timeout, NULL, "the socket timeout", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType sock_type = {
    .name = "_socket.socket",
    .basicsize = sizeof(SockObj),
    .flags = PT_TF_BASETYPE | PT_TF_WEAKREFABLE,
    .dealloc = sock_dealloc,
    .new_ = sock_new,
    .init = sock_init,
    .methods = sock_methods,
    .members = sock_members,
    .getset = sock_getset,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object",
};

// ---- Module functions ----

// _socketpair(family, type, proto) -> (fd1, fd2), both close-on-exec.
static PtObject *socket_socketpair(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("_socketpair", nargs, 3, 3) < 0) {
        return NULL;
    }
    long long f = int_arg(args[0]), t, p;
    if ((f == -1 && pt_err_occurred()) || ((t = int_arg(args[1])) == -1 && pt_err_occurred()) ||
        ((p = int_arg(args[2])) == -1 && pt_err_occurred())) {
        return NULL;
    }
    int sv[2];
    if (socketpair((int)f, (int)t | SOCK_CLOEXEC, (int)p, sv) < 0) {
        return raise_errno(errno);
    }
    PtObject *a = pt_int_from_i64(sv[0]), *b = pt_int_from_i64(sv[1]);
    PtObject *r = a && b ? pt_tuple_pack(2, a, b) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    if (r == NULL) {
        close(sv[0]);
        close(sv[1]);
    }
    return r;
}

// The host or port argument of getaddrinfo as a C string (NULL for None). New bytes in *hold.
static int gai_arg(PtObject *o, int is_port, PtObject **hold, const char **out) {
    *hold = NULL;
    *out = NULL;
    if (o == pt_None) {
        return 0;
    }
    if (is_port && pt_is_int(o)) {
        *hold = pt_object_str(o);
        if (*hold == NULL) {
            return -1;
        }
        PtObject *b = pt_codecs_encode(*hold, "utf-8", "strict");
        pt_setref(hold, b);
    } else if (pt_is_str(o) || pt_is_bytes(o) || (!is_port && pt_is_bytearray(o))) {
        *hold = host_bytes(o);
    } else if (is_port) {
        pt_err_set_string(pt_exc_OSError, "Int or String expected");
        return -1;
    } else {
        pt_err_format(pt_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        return -1;
    }
    if (*hold == NULL) {
        return -1;
    }
    *out = pt_bytes_data(*hold);
    return 0;
}

static PtObject *addrinfo_list(struct addrinfo *res) {
    PtObject *out = pt_list_new(0);
    for (struct addrinfo *ai = res; out != NULL && ai != NULL; ai = ai->ai_next) {
        PtObject *items[5] = {pt_int_from_i64(ai->ai_family), pt_int_from_i64(ai->ai_socktype),
                              pt_int_from_i64(ai->ai_protocol),
                              pt_str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                              make_sockaddr(ai->ai_addr, ai->ai_addrlen)};
        PtObject *t = NULL;
        if (items[0] && items[1] && items[2] && items[3] && items[4]) {
            t = pt_tuple_from_array(items, 5);
        }
        for (int i = 0; i < 5; i++) {
            pt_xdecref(items[i]);
        }
        if (t == NULL || pt_list_append_steal(out, t) < 0) {
            pt_clearref(&out);
        }
    }
    return out;
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> list of 5-tuples.
static PtObject *socket_getaddrinfo(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    PtObject *host, *port, *hh = NULL, *ph = NULL;
    int family = 0, type = 0, proto = 0, flags = 0;
    if (pt_parse_args(args, nargs, kwnames, "OO|iiii:getaddrinfo", kwlist, &host, &port, &family, &type, &proto,
                      &flags) < 0) {
        return NULL;
    }
    const char *h, *p;
    if (gai_arg(host, 0, &hh, &h) < 0 || gai_arg(port, 1, &ph, &p) < 0) {
        pt_xdecref(hh);
        return NULL;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    int e;
    PT_BEGIN_ALLOW_THREADS
    e = getaddrinfo(h, p, &hints, &res);
    PT_END_ALLOW_THREADS
    pt_xdecref(hh);
    pt_xdecref(ph);
    if (e != 0) {
        return raise_gai(e);
    }
    PtObject *out = addrinfo_list(res);
    freeaddrinfo(res);
    return out;
}

// getnameinfo((host, port[, flowinfo, scope_id]), flags) -> (host, port).
static PtObject *socket_getnameinfo(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("getnameinfo", nargs, 2, 2) < 0) {
        return NULL;
    }
    long long flags = int_arg(args[1]);
    if (flags == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (!pt_is_tuple(args[0]) || pt_tuple_len(args[0]) < 2) {
        return pt_err_set_string(pt_exc_TypeError, "getnameinfo() argument 1 must be a tuple");
    }
    SockObj tmp = {.family = pt_tuple_len(args[0]) > 2 ? AF_INET6 : AF_INET};
    PtObject *h = pt_tuple_get(args[0], 0);
    PtObject *b = host_bytes(h);
    if (b == NULL) {
        return NULL;
    }
    struct in6_addr probe;
    if (inet_pton(AF_INET6, pt_bytes_data(b), &probe) == 1) {
        tmp.family = AF_INET6;
    }
    pt_decref(b);
    SockAddr sa;
    socklen_t len;
    if (get_sockaddr(&tmp, args[0], "getnameinfo", &sa, &len) < 0) {
        return NULL;
    }
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int e;
    PT_BEGIN_ALLOW_THREADS
    e = getnameinfo(&sa.sa, len, host, sizeof host, serv, sizeof serv, (int)flags);
    PT_END_ALLOW_THREADS
    if (e != 0) {
        return raise_gai(e);
    }
    PtObject *a = pt_str_from_cstr(host), *c = pt_str_from_cstr(serv);
    PtObject *t = a && c ? pt_tuple_pack(2, a, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(c);
    return t;
}

static PtObject *socket_gethostname(PtObject *self, PtObject *unused) {
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) {
        return raise_errno(errno);
    }
    buf[sizeof buf - 1] = '\0';
    return pt_str_from_cstr(buf);
}

// gethostbyname(name) -> dotted IPv4 address.
static PtObject *socket_gethostbyname(PtObject *self, PtObject *arg) {
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    if (resolve_host(arg, AF_INET, &sa) < 0) {
        return NULL;
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.in4.sin_addr, buf, sizeof buf);
    return pt_str_from_cstr(buf);
}

// gethostbyaddr(ip_or_name) -> (hostname, aliases, addresses), IPv4 or IPv6.
static PtObject *socket_gethostbyaddr(PtObject *self, PtObject *arg) {
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    SockObj tmp = {.family = AF_INET};
    PtObject *b = host_bytes(arg);
    if (b == NULL) {
        return NULL;
    }
    struct in6_addr probe;
    if (inet_pton(AF_INET6, pt_bytes_data(b), &probe) == 1) {
        tmp.family = AF_INET6;
    }
    pt_decref(b);
    if (resolve_host(arg, tmp.family, &sa) < 0) {
        return NULL;
    }
    sa.sa.sa_family = (sa_family_t)tmp.family;
    socklen_t len = tmp.family == AF_INET ? sizeof sa.in4 : sizeof sa.in6;
    char host[NI_MAXHOST], ip[INET6_ADDRSTRLEN];
    int e;
    PT_BEGIN_ALLOW_THREADS
    e = getnameinfo(&sa.sa, len, host, sizeof host, NULL, 0, NI_NAMEREQD);
    PT_END_ALLOW_THREADS
    if (e != 0) {
        PtObject *n = pt_int_from_i64(1), *m = pt_str_from_cstr("Unknown host");
        PtObject *exc = n && m ? pt_object_call2(herror_type, n, m) : NULL;
        pt_xdecref(n);
        pt_xdecref(m);
        if (exc != NULL) {
            pt_err_restore(exc);
        }
        return NULL;
    }
    inet_ntop(tmp.family, tmp.family == AF_INET ? (void *)&sa.in4.sin_addr : (void *)&sa.in6.sin6_addr, ip, sizeof ip);
    PtObject *h = pt_str_from_cstr(host), *aliases = pt_list_new(0), *ips = pt_list_new(0), *ipstr = pt_str_from_cstr(ip);
    PtObject *t = NULL;
    if (h && aliases && ips && ipstr && pt_list_append(ips, ipstr) == 0) {
        t = pt_tuple_pack(3, h, aliases, ips);
    }
    pt_xdecref(h);
    pt_xdecref(aliases);
    pt_xdecref(ips);
    pt_xdecref(ipstr);
    return t;
}

static PtObject *socket_getservbyname(PtObject *self, PtObject *const *args, size_t nargs) {
    const char *name, *proto = NULL;
    if (pt_parse_args(args, nargs, NULL, "s|s:getservbyname", NULL, &name, &proto) < 0) {
        return NULL;
    }
    struct servent *se = getservbyname(name, proto);
    if (se == NULL) {
        return pt_err_set_string(pt_exc_OSError, "service/proto not found");
    }
    return pt_int_from_i64(ntohs((uint16_t)se->s_port));
}

static PtObject *socket_getservbyport(PtObject *self, PtObject *const *args, size_t nargs) {
    int port;
    const char *proto = NULL;
    if (pt_parse_args(args, nargs, NULL, "i|s:getservbyport", NULL, &port, &proto) < 0) {
        return NULL;
    }
    if (port < 0 || port > 0xffff) {
        return pt_err_set_string(pt_exc_OverflowError, "getservbyport: port must be 0-65535.");
    }
    struct servent *se = getservbyport(htons((uint16_t)port), proto);
    if (se == NULL) {
        return pt_err_set_string(pt_exc_OSError, "port/proto not found");
    }
    return pt_str_from_cstr(se->s_name);
}

static PtObject *socket_getprotobyname(PtObject *self, PtObject *const *args, size_t nargs) {
    const char *name;
    if (pt_parse_args(args, nargs, NULL, "s:getprotobyname", NULL, &name) < 0) {
        return NULL;
    }
    struct protoent *pe = getprotobyname(name);
    if (pe == NULL) {
        return pt_err_set_string(pt_exc_OSError, "protocol not found");
    }
    return pt_int_from_i64(pe->p_proto);
}

static PtObject *socket_inet_aton(PtObject *self, PtObject *const *args, size_t nargs) {
    const char *s;
    if (pt_parse_args(args, nargs, NULL, "s:inet_aton", NULL, &s) < 0) {
        return NULL;
    }
    struct in_addr a;
    if (inet_aton(s, &a) == 0) {
        return pt_err_set_string(pt_exc_OSError, "illegal IP address string passed to inet_aton");
    }
    return pt_bytes_new(&a, sizeof a);
}

static PtObject *socket_inet_ntoa(PtObject *self, PtObject *arg) {
    PtBuffer v;
    if (pt_buffer_get(arg, &v, 0) < 0) {
        return NULL;
    }
    if (v.len != 4) {
        pt_buffer_release(&v);
        return pt_err_set_string(pt_exc_OSError, "packed IP wrong length for inet_ntoa");
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, v.buf, buf, sizeof buf);
    pt_buffer_release(&v);
    return pt_str_from_cstr(buf);
}

static PtObject *socket_inet_pton(PtObject *self, PtObject *const *args, size_t nargs) {
    int af;
    const char *s;
    if (pt_parse_args(args, nargs, NULL, "is:inet_pton", NULL, &af, &s) < 0) {
        return NULL;
    }
    unsigned char buf[sizeof(struct in6_addr)];
    int r = inet_pton(af, s, buf);
    if (r < 0) {
        return raise_errno(errno);
    }
    if (r == 0) {
        return pt_err_set_string(pt_exc_OSError, "illegal IP address string passed to inet_pton");
    }
    return pt_bytes_new(buf, af == AF_INET ? 4 : 16);
}

static PtObject *socket_inet_ntop(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("inet_ntop", nargs, 2, 2) < 0) {
        return NULL;
    }
    long long af = int_arg(args[0]);
    if (af == -1 && pt_err_occurred()) {
        return NULL;
    }
    PtBuffer v;
    if (pt_buffer_get(args[1], &v, 0) < 0) {
        return NULL;
    }
    char buf[INET6_ADDRSTRLEN];
    PtObject *r = NULL;
    if (af != AF_INET && af != AF_INET6) {
        pt_err_set_string(pt_exc_ValueError, "unknown address family");
    } else if (v.len != (af == AF_INET ? 4 : 16)) {
        pt_err_set_string(pt_exc_ValueError, "invalid length of packed IP address string");
    } else if (inet_ntop((int)af, v.buf, buf, sizeof buf) == NULL) {
        raise_errno(errno);
    } else {
        r = pt_str_from_cstr(buf);
    }
    pt_buffer_release(&v);
    return r;
}

// htons/ntohs/htonl/ntohl share one body: `bits` is 16 or 32.
static PtObject *byteswap(PtObject *arg, int bits, const char *name) {
    if (!pt_is_int(arg)) {
        return pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer", pt_type_name_of(arg));
    }
    int overflow = 0;
    int64_t v = pt_int_as_i64_overflow(arg, &overflow);
    if (v < 0 || overflow < 0) {
        return pt_err_format(pt_exc_OverflowError, "%s: can't convert negative Python int to C %d-bit unsigned integer",
                             name, bits);
    }
    if (overflow || (bits == 16 && v > 0xffff) || (bits == 32 && v > 0xffffffffLL)) {
        return pt_err_format(pt_exc_OverflowError, "%s: Python int too large to convert to C %d-bit unsigned integer",
                             name, bits);
    }
    return pt_int_from_i64(bits == 16 ? (int64_t)htons((uint16_t)v) : (int64_t)htonl((uint32_t)v));
}

static PtObject *socket_htons(PtObject *self, PtObject *arg) { return byteswap(arg, 16, "htons"); }
static PtObject *socket_ntohs(PtObject *self, PtObject *arg) { return byteswap(arg, 16, "ntohs"); }
static PtObject *socket_htonl(PtObject *self, PtObject *arg) { return byteswap(arg, 32, "htonl"); }
static PtObject *socket_ntohl(PtObject *self, PtObject *arg) { return byteswap(arg, 32, "ntohl"); }

static PtObject *socket_getdefaulttimeout(PtObject *self, PtObject *unused) {
    return default_timeout < 0 ? pt_newref(pt_None) : pt_float_new(default_timeout);
}

static PtObject *socket_setdefaulttimeout(PtObject *self, PtObject *arg) {
    if (timeout_arg(arg, &default_timeout) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// dup(fd) -> a new close-on-exec descriptor for the same socket.
static PtObject *socket_dup(PtObject *self, PtObject *arg) {
    long long fd = int_arg(arg);
    if (fd == -1 && pt_err_occurred()) {
        return NULL;
    }
    int n = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (n < 0) {
        return raise_errno(errno);
    }
    return pt_int_from_i64(n);
}

static PtObject *socket_close(PtObject *self, PtObject *arg) {
    long long fd = int_arg(arg);
    if (fd == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (close((int)fd) < 0 && errno != ECONNRESET) {
        return raise_errno(errno);
    }
    return pt_newref(pt_None);
}

static const PtMethodDef socket_methods[] = {
    {"_socketpair", PT_FN(socket_socketpair), PT_METH_FAST, NULL},
    {"getaddrinfo", PT_FN(socket_getaddrinfo), PT_METH_FASTKW, "Resolve host and port into addrinfo structs."},
    {"getnameinfo", PT_FN(socket_getnameinfo), PT_METH_FAST, "Get host and port for a sockaddr."},
    {"gethostname", PT_FN(socket_gethostname), PT_METH_NOARGS, "Return the current host name."},
    {"gethostbyname", PT_FN(socket_gethostbyname), PT_METH_O, "Return the IP address (a string) for a host."},
    {"gethostbyaddr", PT_FN(socket_gethostbyaddr), PT_METH_O, "Return the true host name, aliases and addresses."},
    {"getservbyname", PT_FN(socket_getservbyname), PT_METH_FAST, "Return a port number from a service name."},
    {"getservbyport", PT_FN(socket_getservbyport), PT_METH_FAST, "Return the service name from a port number."},
    {"getprotobyname", PT_FN(socket_getprotobyname), PT_METH_FAST, "Return the protocol number for the named protocol."},
    {"inet_aton", PT_FN(socket_inet_aton), PT_METH_FAST, "Convert an IPv4 address to 32-bit packed binary format."},
    {"inet_ntoa", PT_FN(socket_inet_ntoa), PT_METH_O, "Convert a 32-bit packed IPv4 address to dotted-quad."},
    {"inet_pton", PT_FN(socket_inet_pton), PT_METH_FAST, "Convert an IP address from text to packed binary."},
    {"inet_ntop", PT_FN(socket_inet_ntop), PT_METH_FAST, "Convert a packed IP address to its text form."},
    {"htons", PT_FN(socket_htons), PT_METH_O, "Convert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", PT_FN(socket_ntohs), PT_METH_O, "Convert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", PT_FN(socket_htonl), PT_METH_O, "Convert a 32-bit integer from host to network byte order."},
    {"ntohl", PT_FN(socket_ntohl), PT_METH_O, "Convert a 32-bit integer from network to host byte order."},
    {"getdefaulttimeout", PT_FN(socket_getdefaulttimeout), PT_METH_NOARGS, "Returns the default timeout in seconds."},
    {"setdefaulttimeout", PT_FN(socket_setdefaulttimeout), PT_METH_O, "Set the default timeout in seconds."},
    {"dup", PT_FN(socket_dup), PT_METH_O, "Duplicate an integer socket file descriptor."},
    {"close", PT_FN(socket_close), PT_METH_O, "Close an integer socket file descriptor."},
    {NULL, NULL, 0, NULL},
};

// class `name`(OSError) in module socket.
static PtObject *make_error(const char *name) {
    PtObject *n = pt_str_from_cstr(name), *bases = pt_tuple_pack(1, pt_exc_OSError), *ns = pt_dict_new();
    PtObject *t = NULL;
    if (n && bases && ns && pt_dict_set_cstr(ns, "__module__", pt_str_id("socket")) == 0) {
        PtObject *targs[3] = {n, bases, ns};
        t = pt_object_call((PtObject *)&pt_type_type, targs, 3, NULL);
    }
    pt_xdecref(n);
    pt_xdecref(bases);
    pt_xdecref(ns);
    return t;
}

#define C(x) {#x, x}
static const struct {
    const char *name;
    long v;
} socket_consts[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_NETLINK), C(AF_PACKET),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_RDM), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), {"SOL_UDP", 17}, C(SOMAXCONN),
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_DONTROUTE),
    C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF), C(SO_RCVBUF), C(SO_SNDLOWAT), C(SO_RCVLOWAT),
    C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR), C(SO_TYPE), C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_PASSCRED),
    C(SO_PEERCRED), C(SO_PRIORITY), C(SO_BINDTODEVICE), C(SO_MARK),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC), C(MSG_CTRUNC),
    C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_ERRQUEUE), C(MSG_CONFIRM), C(MSG_MORE),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(IPPROTO_IP), C(IPPROTO_ICMP), C(IPPROTO_ICMPV6), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6),
    C(IPPROTO_RAW), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE),
    C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVTOS), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL),
    C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP),
    C(IPV6_V6ONLY), C(IPV6_UNICAST_HOPS), C(IPV6_MULTICAST_IF), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_LOOP),
    C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
    C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP), C(TCP_INFO), C(TCP_QUICKACK),
    C(TCP_FASTOPEN), C(TCP_USER_TIMEOUT), C(TCP_NOTSENT_LOWAT),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED), C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM), C(NI_MAXHOST), C(NI_MAXSERV),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY), C(EAI_NODATA),
    C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
    {"INADDR_ANY", (long)INADDR_ANY}, {"INADDR_BROADCAST", (long)INADDR_BROADCAST},
    {"INADDR_LOOPBACK", (long)INADDR_LOOPBACK}, {"INADDR_NONE", (long)INADDR_NONE},
    {"INADDR_UNSPEC_GROUP", (long)INADDR_UNSPEC_GROUP}, {"INADDR_ALLHOSTS_GROUP", (long)INADDR_ALLHOSTS_GROUP},
    {"INADDR_MAX_LOCAL_GROUP", (long)INADDR_MAX_LOCAL_GROUP},
};
#undef C

static int socket_exec(PtObject *m) {
    if (gaierror_type == NULL && ((gaierror_type = make_error("gaierror")) == NULL ||
                                  (herror_type = make_error("herror")) == NULL)) {
        return -1;
    }
    for (size_t i = 0; i < sizeof socket_consts / sizeof socket_consts[0]; i++) {
        if (pt_module_add_int(m, socket_consts[i].name, socket_consts[i].v) < 0) {
            return -1;
        }
    }
    if (pt_type_ready(&sock_type) < 0 || pt_module_add(m, "socket", (PtObject *)&sock_type) < 0 ||
        pt_module_add(m, "SocketType", (PtObject *)&sock_type) < 0 || pt_module_add(m, "error", pt_exc_OSError) < 0 ||
        pt_module_add(m, "timeout", pt_exc_TimeoutError) < 0 || pt_module_add(m, "gaierror", gaierror_type) < 0 ||
        pt_module_add(m, "herror", herror_type) < 0 || pt_module_add(m, "has_ipv6", pt_True) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_socket_def = {
    .name = "_socket",
    .doc = "Implementation module for socket operations.",
    .methods = socket_methods,
    .exec = socket_exec,
};
