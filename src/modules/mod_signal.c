// src/modules/mod_signal.c: the _signal module (lib/signal.py wraps it).
//
// signal.signal() stores the Python handler in the runtime's table
// (src/vm/signals.c) and points the OS action at pith's C handler, which only
// records the signal; the handler itself runs later on the main thread, from
// the eval loop or when a blocking call is interrupted. SIG_DFL and SIG_IGN
// are the ints 0 and 1 here; lib/signal.py turns them and the signal numbers
// into the Handlers and Signals enums when the enum module is available.
//
// This module is one of the allowlisted internals (it includes src/vm/signals.h).
// Guards: tests/golden/threads/signal_*.py.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "pith.h"          // the object API
#include "vm/signals.h"    // pt_signal_set_handler, pt_signal_install_c_handler, PT_NSIG

// ---- Helpers ----

static int check_signum(int sig) {
    if (sig < 1 || sig >= PT_NSIG) {
        pt_err_set_string(pt_exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

// The handler signal.getsignal() reports for `sig`. New reference.
static PtObject *current_handler(PtObject *module, int sig) {
    PtObject *h = pt_signal_get_handler(sig);
    if (h != NULL) {
        return pt_newref(h);
    }
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) {
        return pt_newref(pt_None);
    }
    if (sa.sa_handler == SIG_DFL) {
        return pt_int_from_i64(0);
    }
    if (sa.sa_handler == SIG_IGN) {
        return pt_int_from_i64(1);
    }
    if (sig == SIGINT) {
        return pt_object_getattr_str(module, "default_int_handler");
    }
    return pt_newref(pt_None);  // installed outside Python
}

// A Python set of the signals in `set`.
static PtObject *sigset_to_set(const sigset_t *set) {
    PtObject *s = pt_set_new(NULL);
    for (int sig = 1; s != NULL && sig < PT_NSIG; sig++) {
        if (sigismember(set, sig) == 1) {
            PtObject *n = pt_int_from_i64(sig);
            if (n == NULL || pt_set_add(s, n) < 0) {
                pt_xdecref(n);
                pt_clearref(&s);
                break;
            }
            pt_decref(n);
        }
    }
    return s;
}

// An iterable of signal numbers into a sigset_t. 0 or -1.
static int iterable_to_sigset(PtObject *iterable, sigset_t *set) {
    sigemptyset(set);
    PtObject *it = pt_object_iter(iterable), *item;
    if (it == NULL) {
        return -1;
    }
    while ((item = pt_iter_next(it)) != NULL) {
        int overflow = 0;
        int64_t sig = pt_int_as_i64_overflow(item, &overflow);
        pt_decref(item);
        if (pt_err_occurred() || overflow || sig < 1 || sig >= PT_NSIG) {
            if (!pt_err_occurred()) {
                pt_err_format(pt_exc_ValueError, "signal number %lld out of range [1; %d]", (long long)sig,
                              PT_NSIG - 1);
            }
            pt_decref(it);
            return -1;
        }
        sigaddset(set, (int)sig);
    }
    pt_decref(it);
    return pt_err_occurred() ? -1 : 0;
}

// ---- Handlers ----

// signal(signalnum, handler): install `handler`, return the previous one.
static PtObject *signal_signal(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "", NULL};
    int sig;
    PtObject *handler;
    if (pt_parse_args(args, nargs, kwnames, "iO:signal", kwlist, &sig, &handler) < 0) {
        return NULL;
    }
    if (!pt_signals_is_main_thread()) {
        return pt_err_set_string(pt_exc_ValueError, "signal only works in main thread of the main interpreter");
    }
    if (check_signum(sig) < 0) {
        return NULL;
    }
    int action = -1;  // 0 SIG_DFL, 1 SIG_IGN, 2 a callable
    if (pt_is_int(handler)) {
        int overflow = 0;
        int64_t v = pt_int_as_i64_overflow(handler, &overflow);
        action = !overflow && (v == 0 || v == 1) ? (int)v : -1;
    } else if (pt_callable_check(handler)) {
        action = 2;
    }
    if (action < 0) {
        return pt_err_set_string(pt_exc_TypeError,
                                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    PtObject *old = current_handler(self, sig);
    if (old == NULL) {
        return NULL;
    }
    int r;
    if (action == 2) {
        r = pt_signal_install_c_handler(sig);
    } else {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = action == 0 ? SIG_DFL : SIG_IGN;
        sigemptyset(&sa.sa_mask);
        r = sigaction(sig, &sa, NULL);
    }
    if (r < 0) {
        pt_decref(old);
        return pt_err_from_errno(pt_exc_OSError);
    }
    pt_signal_set_handler(sig, handler);
    return old;
}

static PtObject *signal_getsignal(PtObject *self, PtObject *arg) {
    int overflow = 0;
    int64_t sig = pt_int_as_i64_overflow(arg, &overflow);
    if (sig == -1 && pt_err_occurred()) {
        return NULL;
    }
    if (overflow || check_signum((int)sig) < 0) {
        return overflow ? pt_err_set_string(pt_exc_ValueError, "signal number out of range") : NULL;
    }
    return current_handler(self, (int)sig);
}

static PtObject *signal_default_int_handler(PtObject *self, PtObject *const *args, size_t nargs) {
    return pt_err_set_object(pt_exc_KeyboardInterrupt, NULL);
}

// raise_signal(signalnum): send the signal to this process and run its handler.
static PtObject *signal_raise_signal(PtObject *self, PtObject *arg) {
    int overflow = 0;
    int64_t sig = pt_int_as_i64_overflow(arg, &overflow);
    if (pt_err_occurred() || check_signum(overflow ? -1 : (int)sig) < 0) {
        return NULL;
    }
    // Worker threads block the asynchronous signals (src/os/thread.c): from
    // one of them, send the signal to the process, so the main thread gets it.
    int r = pt_signals_is_main_thread() ? raise((int)sig) : kill(getpid(), (int)sig);
    if (r != 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    if (pt_check_signals() < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// pause(): sleep until a signal arrives, then run its handler.
static PtObject *signal_pause(PtObject *self, PtObject *unused) {
    PT_BEGIN_ALLOW_THREADS
    pause();
    PT_END_ALLOW_THREADS
    if (pt_check_signals() < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *signal_strsignal(PtObject *self, PtObject *arg) {
    int overflow = 0;
    int64_t sig = pt_int_as_i64_overflow(arg, &overflow);
    if (pt_err_occurred() || check_signum(overflow ? -1 : (int)sig) < 0) {
        return NULL;
    }
    const char *s = strsignal((int)sig);
    if (s == NULL || strstr(s, "Unknown signal") != NULL) {
        return pt_newref(pt_None);
    }
    return pt_str_from_cstr(s);
}

static PtObject *signal_valid_signals(PtObject *self, PtObject *unused) {
    sigset_t set;
    sigfillset(&set);
    return sigset_to_set(&set);
}

// set_wakeup_fd(fd, *, warn_on_full_buffer=True): the C handler writes each
// signal number there (asyncio's self-pipe). Returns the old descriptor.
static PtObject *signal_set_wakeup_fd(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "warn_on_full_buffer", NULL};
    int fd, warn = 1;
    if (pt_parse_args(args, nargs, kwnames, "i|$p:set_wakeup_fd", kwlist, &fd, &warn) < 0) {
        return NULL;
    }
    if (!pt_signals_is_main_thread()) {
        return pt_err_set_string(pt_exc_ValueError,
                                 "set_wakeup_fd only works in main thread of the main interpreter");
    }
    if (fd != -1) {
        int flags = fcntl(fd, F_GETFL);
        if (flags < 0) {
            return pt_err_format(pt_exc_ValueError, "invalid fd: %d", fd);
        }
        if (!(flags & O_NONBLOCK)) {
            return pt_err_format(pt_exc_ValueError, "the fd %d must be in non-blocking mode", fd);
        }
    }
    return pt_int_from_i64(pt_signal_set_wakeup_fd(fd));
}

// siginterrupt(signalnum, flag): whether the signal interrupts system calls.
static PtObject *signal_siginterrupt(PtObject *self, PtObject *const *args, size_t nargs) {
    int sig, flag;
    if (pt_parse_args(args, nargs, NULL, "ii:siginterrupt", NULL, &sig, &flag) < 0 || check_signum(sig) < 0) {
        return NULL;
    }
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    if (flag) {
        sa.sa_flags &= ~SA_RESTART;
    } else {
        sa.sa_flags |= SA_RESTART;
    }
    if (sigaction(sig, &sa, NULL) < 0) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return pt_newref(pt_None);
}

// pthread_sigmask(how, mask): change the calling thread's mask; the old one as a set.
static PtObject *signal_pthread_sigmask(PtObject *self, PtObject *const *args, size_t nargs) {
    int how;
    PtObject *mask;
    if (pt_parse_args(args, nargs, NULL, "iO:pthread_sigmask", NULL, &how, &mask) < 0) {
        return NULL;
    }
    sigset_t set, old;
    if (iterable_to_sigset(mask, &set) < 0) {
        return NULL;
    }
    int r = pthread_sigmask(how, &set, &old);
    if (r != 0) {
        errno = r;
        return pt_err_from_errno(pt_exc_OSError);
    }
    if (pt_check_signals() < 0) {
        return NULL;
    }
    return sigset_to_set(&old);
}

static PtObject *signal_pthread_kill(PtObject *self, PtObject *const *args, size_t nargs) {
    int64_t tid;
    int sig;
    if (pt_parse_args(args, nargs, NULL, "Li:pthread_kill", NULL, &tid, &sig) < 0) {
        return NULL;
    }
    int r = pthread_kill((pthread_t)(uint64_t)tid, sig);
    if (r != 0) {
        errno = r;
        return pt_err_from_errno(pt_exc_OSError);
    }
    if (pt_check_signals() < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// ---- Timers ----

static PtObject *signal_alarm(PtObject *self, PtObject *arg) {
    int overflow = 0;
    int64_t secs = pt_int_as_i64_overflow(arg, &overflow);
    if (secs == -1 && pt_err_occurred()) {
        return NULL;
    }
    return pt_int_from_i64(alarm((unsigned)secs));
}

static double tv_seconds(const struct timeval *tv) { return (double)tv->tv_sec + (double)tv->tv_usec * 1e-6; }

static void seconds_to_tv(double d, struct timeval *tv) {
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0) {
        tv->tv_usec = 1;  // a tiny positive delay must not disarm the timer
    }
}

static PtObject *itimer_tuple(const struct itimerval *v) {
    PtObject *a = pt_float_new(tv_seconds(&v->it_value)), *b = pt_float_new(tv_seconds(&v->it_interval));
    PtObject *t = a != NULL && b != NULL ? pt_tuple_pack(2, a, b) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    return t;
}

static PtObject *itimer_error(PtObject *module) {
    PtObject *cls = pt_object_getattr_str(module, "ItimerError");
    if (cls == NULL) {
        return NULL;
    }
    pt_err_from_errno(cls);
    pt_decref(cls);
    return NULL;
}

// setitimer(which, seconds, interval=0.0): the old (delay, interval).
static PtObject *signal_setitimer(PtObject *self, PtObject *const *args, size_t nargs) {
    int which;
    double seconds, interval = 0.0;
    if (pt_parse_args(args, nargs, NULL, "id|d:setitimer", NULL, &which, &seconds, &interval) < 0) {
        return NULL;
    }
    struct itimerval nv, old;
    if (seconds < 0 || interval < 0) {
        errno = EINVAL;
        return itimer_error(self);
    }
    seconds_to_tv(seconds, &nv.it_value);
    seconds_to_tv(interval, &nv.it_interval);
    if (setitimer(which, &nv, &old) != 0) {
        return itimer_error(self);
    }
    return itimer_tuple(&old);
}

static PtObject *signal_getitimer(PtObject *self, PtObject *arg) {
    int overflow = 0;
    int64_t which = pt_int_as_i64_overflow(arg, &overflow);
    if (which == -1 && pt_err_occurred()) {
        return NULL;
    }
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) {
        return itimer_error(self);
    }
    return itimer_tuple(&v);
}

// ---- The module ----

static const PtMethodDef signal_methods[] = {
    {"signal", PT_FN(signal_signal), PT_METH_FASTKW, "Set the action for the given signal."},
    {"getsignal", PT_FN(signal_getsignal), PT_METH_O, "Return the current action for the given signal."},
    {"default_int_handler", PT_FN(signal_default_int_handler), PT_METH_FAST,
     "The default handler for SIGINT installed by Python: it raises KeyboardInterrupt."},
    {"raise_signal", PT_FN(signal_raise_signal), PT_METH_O, "Send a signal to the executing process."},
    {"pause", PT_FN(signal_pause), PT_METH_NOARGS, "Wait until a signal arrives."},
    {"strsignal", PT_FN(signal_strsignal), PT_METH_O, "Return the system description of the given signal."},
    {"valid_signals", PT_FN(signal_valid_signals), PT_METH_NOARGS, NULL},
    {"set_wakeup_fd", PT_FN(signal_set_wakeup_fd), PT_METH_FASTKW, NULL},
    {"siginterrupt", PT_FN(signal_siginterrupt), PT_METH_FAST, NULL},
    {"pthread_sigmask", PT_FN(signal_pthread_sigmask), PT_METH_FAST, NULL},
    {"pthread_kill", PT_FN(signal_pthread_kill), PT_METH_FAST, NULL},
    {"alarm", PT_FN(signal_alarm), PT_METH_O, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"setitimer", PT_FN(signal_setitimer), PT_METH_FAST, NULL},
    {"getitimer", PT_FN(signal_getitimer), PT_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_constants[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},   {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},     {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},       {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},   {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},   {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},     {"SIGCONT", SIGCONT},   {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},   {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},   {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},       {"SIG_DFL", 0},           {"SIG_IGN", 1},         {"NSIG", PT_NSIG},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
};

static int signal_exec(PtObject *m) {
    for (size_t i = 0; i < sizeof signal_constants / sizeof signal_constants[0]; i++) {
        if (pt_module_add_int(m, signal_constants[i].name, signal_constants[i].value) < 0) {
            return -1;
        }
    }
    if (pt_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 || pt_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0) {
        return -1;
    }
    // ItimerError: class itimer_error(OSError), __module__ "signal".
    PtObject *name = pt_str_from_cstr("itimer_error");
    PtObject *bases = pt_tuple_pack(1, pt_exc_OSError);
    PtObject *ns = pt_dict_new();
    PtObject *modname = pt_str_from_cstr("signal");
    PtObject *cls = NULL;
    if (name != NULL && bases != NULL && ns != NULL && modname != NULL &&
        pt_dict_set_cstr(ns, "__module__", modname) == 0) {
        cls = pt_object_call(&pt_type_type.ob, (PtObject *[]){name, bases, ns}, 3, NULL);
    }
    pt_xdecref(name);
    pt_xdecref(bases);
    pt_xdecref(ns);
    pt_xdecref(modname);
    int r = cls != NULL && pt_module_add(m, "ItimerError", cls) == 0 ? 0 : -1;
    pt_xdecref(cls);
    return r;
}

const PtModuleDef pt_mod_signal_def = {
    .name = "_signal",
    .doc = "This module provides mechanisms to use signal handlers in Python.",
    .methods = signal_methods,
    .exec = signal_exec,
};
