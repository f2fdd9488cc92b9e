// src/modules/mod_time.c: the time module: clocks, sleep, and calendar time.
//
// sleep() releases the GIL and wakes early only to run signal handlers
// (a Ctrl-C during sleep raises KeyboardInterrupt at once), then sleeps the
// remaining time, as CPython does.
//
// Guards: tests/golden/modules/time/.
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "pith.h"            // the object API
#include "pith/structseq.h"  // struct_time

static PtType struct_time_type;
static const char *const struct_time_fields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour",   "tm_min", "tm_sec",
                                                 "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static PtObject *clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return pt_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static PtObject *time_time(PtObject *self, PtObject *u) { return pt_float_new(clock_seconds(CLOCK_REALTIME)); }
static PtObject *time_time_ns(PtObject *self, PtObject *u) { return clock_ns(CLOCK_REALTIME); }
static PtObject *time_monotonic(PtObject *self, PtObject *u) { return pt_float_new(clock_seconds(CLOCK_MONOTONIC)); }
static PtObject *time_monotonic_ns(PtObject *self, PtObject *u) { return clock_ns(CLOCK_MONOTONIC); }
static PtObject *time_process_time(PtObject *self, PtObject *u) {
    return pt_float_new(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
static PtObject *time_process_time_ns(PtObject *self, PtObject *u) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static PtObject *time_thread_time(PtObject *self, PtObject *u) {
    return pt_float_new(clock_seconds(CLOCK_THREAD_CPUTIME_ID));
}
static PtObject *time_thread_time_ns(PtObject *self, PtObject *u) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

static PtObject *time_sleep(PtObject *self, PtObject *arg) {
    if (!pt_is_int(arg) && !pt_is_float(arg)) {
        PtType *t = pt_type(arg);
        if (t->as_number == NULL || (t->as_number->float_ == NULL && t->as_number->index == NULL)) {
            return pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 pt_type_name(t));
        }
    }
    double secs = pt_float_as_double(arg);
    if (secs == -1.0 && pt_err_occurred()) {
        return NULL;
    }
    if (isnan(secs)) {
        return pt_err_set_string(pt_exc_ValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return pt_err_set_string(pt_exc_ValueError, "sleep length must be non-negative");
    }
    double deadline = clock_seconds(CLOCK_MONOTONIC) + secs;
    for (;;) {
        double left = deadline - clock_seconds(CLOCK_MONOTONIC);
        if (left <= 0) {
            break;
        }
        struct timespec req;
        req.tv_sec = (time_t)left;
        req.tv_nsec = (long)((left - (double)req.tv_sec) * 1e9);
        int r;
        PT_BEGIN_ALLOW_THREADS
        r = nanosleep(&req, NULL);
        PT_END_ALLOW_THREADS
        if (r == 0) {
            break;
        }
        if (errno != EINTR) {
            return pt_err_from_errno(pt_exc_OSError);
        }
        if (pt_check_signals() < 0) {
            return NULL;
        }
    }
    return pt_newref(pt_None);
}

// ---- Calendar time ----

static PtObject *tm_to_struct(const struct tm *tm) {
    PtObject *items[11] = {
        pt_int_from_i64(tm->tm_year + 1900), pt_int_from_i64(tm->tm_mon + 1), pt_int_from_i64(tm->tm_mday),
        pt_int_from_i64(tm->tm_hour),        pt_int_from_i64(tm->tm_min),     pt_int_from_i64(tm->tm_sec),
        pt_int_from_i64((tm->tm_wday + 6) % 7), pt_int_from_i64(tm->tm_yday + 1), pt_int_from_i64(tm->tm_isdst),
        pt_str_from_cstr(tm->tm_zone != NULL ? tm->tm_zone : ""), pt_int_from_i64(tm->tm_gmtoff),
    };
    return pt_structseq_new(&struct_time_type, items);
}

// The optional seconds argument of gmtime/localtime/ctime: now if absent or None.
static int secs_arg(PtObject *const *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == pt_None) {
        *out = time(NULL);
        return 0;
    }
    double d = pt_float_as_double(args[0]);
    if (d == -1.0 && pt_err_occurred()) {
        return -1;
    }
    if (isnan(d)) {
        pt_err_set_string(pt_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d > 1e17 || d < -1e17) {
        pt_err_set_string(pt_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static PtObject *time_gmtime(PtObject *self, PtObject *const *args, size_t nargs) {
    time_t t;
    struct tm tm;
    if (pt_check_nargs("gmtime", nargs, 0, 1) < 0 || secs_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    if (gmtime_r(&t, &tm) == NULL) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return tm_to_struct(&tm);
}

static PtObject *time_localtime(PtObject *self, PtObject *const *args, size_t nargs) {
    time_t t;
    struct tm tm;
    if (pt_check_nargs("localtime", nargs, 0, 1) < 0 || secs_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return tm_to_struct(&tm);
}

// A struct_time or 9-tuple into a struct tm. 0 or -1.
static int struct_to_tm(PtObject *v, struct tm *tm, const char *fname) {
    if (!pt_is_tuple(v) || pt_tuple_len(v) != 9) {
        pt_err_format(pt_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        f[i] = pt_int_as_i64(pt_tuple_get(v, i));
        if (f[i] == -1 && pt_err_occurred()) {
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (pt_tid(v) != PT_TID_TUPLE && pt_type(v) == &struct_time_type) {
        PtObject *gmtoff = pt_object_getattr_str(v, "tm_gmtoff");
        if (gmtoff != NULL && pt_is_int(gmtoff)) {
            tm->tm_gmtoff = (long)pt_int_as_i64(gmtoff);
        }
        pt_xdecref(gmtoff);
        pt_err_clear();
    }
    return 0;
}

static PtObject *time_mktime(PtObject *self, PtObject *arg) {
    struct tm tm;
    if (struct_to_tm(arg, &tm, "mktime") < 0) {
        return NULL;
    }
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        return pt_err_set_string(pt_exc_OverflowError, "mktime argument out of range");
    }
    return pt_float_new((double)t);
}

static PtObject *format_asctime(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return pt_str_format("%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
                         months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                         tm->tm_year + 1900);
}

static PtObject *time_asctime(PtObject *self, PtObject *const *args, size_t nargs) {
    struct tm tm;
    if (pt_check_nargs("asctime", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    } else if (struct_to_tm(args[0], &tm, "asctime") < 0) {
        return NULL;
    }
    return format_asctime(&tm);
}

static PtObject *time_ctime(PtObject *self, PtObject *const *args, size_t nargs) {
    time_t t;
    struct tm tm;
    if (pt_check_nargs("ctime", nargs, 0, 1) < 0 || secs_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return pt_err_from_errno(pt_exc_OSError);
    }
    return format_asctime(&tm);
}

static PtObject *time_strftime(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("strftime", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!pt_is_str(args[0])) {
        return pt_err_format(pt_exc_TypeError, "strftime() argument 1 must be str, not %s", pt_type_name_of(args[0]));
    }
    struct tm tm;
    if (nargs == 1) {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    } else if (struct_to_tm(args[1], &tm, "strftime") < 0) {
        return NULL;
    }
    PtObject *fb = pt_str_encode_utf8(args[0]);
    if (fb == NULL) {
        return NULL;
    }
    if (pt_bytes_len(fb) == 0) {
        pt_decref(fb);
        return pt_str_from_cstr("");
    }
    size_t cap = 256;
    for (;;) {
        char *buf = pt_raw_alloc(cap);
        if (buf == NULL) {
            pt_decref(fb);
            return pt_err_no_memory();
        }
        size_t n = strftime(buf, cap, pt_bytes_data(fb), &tm);
        if (n > 0 || cap > 256 * (size_t)pt_bytes_len(fb) + 1024) {
            PtObject *r = pt_str_from_utf8_replace(buf, n);
            pt_raw_free(buf);
            pt_decref(fb);
            return r;
        }
        pt_raw_free(buf);
        cap *= 4;
    }
}

static PtObject *time_strptime(PtObject *self, PtObject *const *args, size_t nargs) {
    PtObject *m = pt_import("_strptime");
    if (m == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method_str(m, "_strptime_time", args, nargs);
    pt_decref(m);
    return r;
}

static PtObject *time_get_clock_info(PtObject *self, PtObject *name) {
    if (!pt_is_str(name)) {
        return pt_err_format(pt_exc_TypeError, "get_clock_info() argument must be str, not %s", pt_type_name_of(name));
    }
    const char *impl;
    int monotonic, adjustable;
    if (pt_str_eq_cstr(name, "time")) {
        impl = "clock_gettime(CLOCK_REALTIME)", monotonic = 0, adjustable = 1;
    } else if (pt_str_eq_cstr(name, "monotonic") || pt_str_eq_cstr(name, "perf_counter")) {
        impl = "clock_gettime(CLOCK_MONOTONIC)", monotonic = 1, adjustable = 0;
    } else if (pt_str_eq_cstr(name, "process_time")) {
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", monotonic = 1, adjustable = 0;
    } else if (pt_str_eq_cstr(name, "thread_time")) {
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", monotonic = 1, adjustable = 0;
    } else {
        return pt_err_set_string(pt_exc_ValueError, "unknown clock");
    }
    PtObject *ns = pt_import("types");
    PtObject *sn = ns != NULL ? pt_object_getattr_str(ns, "SimpleNamespace") : NULL;
    pt_xdecref(ns);
    if (sn == NULL) {
        return NULL;
    }
    PtObject *kw = pt_tuple_pack(4, pt_str_id("implementation"), pt_str_id("monotonic"), pt_str_id("adjustable"),
                                 pt_str_id("resolution"));
    PtObject *vals[4] = {pt_str_from_cstr(impl), pt_bool(monotonic), pt_bool(adjustable), pt_float_new(1e-09)};
    PtObject *r = kw != NULL && vals[0] != NULL ? pt_object_call(sn, vals, 0, kw) : NULL;
    pt_xdecref(kw);
    pt_xdecref(vals[0]);
    pt_decref(sn);
    return r;
}

static const PtMethodDef time_methods[] = {
    {"time", PT_FN(time_time), PT_METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", PT_FN(time_time_ns), PT_METH_NOARGS, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", PT_FN(time_monotonic), PT_METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", PT_FN(time_monotonic_ns), PT_METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", PT_FN(time_monotonic), PT_METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", PT_FN(time_monotonic_ns), PT_METH_NOARGS, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", PT_FN(time_process_time), PT_METH_NOARGS, "Process time for profiling."},
    {"process_time_ns", PT_FN(time_process_time_ns), PT_METH_NOARGS, "Process time for profiling as nanoseconds."},
    {"thread_time", PT_FN(time_thread_time), PT_METH_NOARGS, "Thread time for profiling."},
    {"thread_time_ns", PT_FN(time_thread_time_ns), PT_METH_NOARGS, "Thread time for profiling as nanoseconds."},
    {"sleep", PT_FN(time_sleep), PT_METH_O, "Delay execution for a given number of seconds."},
    {"gmtime", PT_FN(time_gmtime), PT_METH_FAST, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", PT_FN(time_localtime), PT_METH_FAST, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", PT_FN(time_mktime), PT_METH_O, "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", PT_FN(time_asctime), PT_METH_FAST, "Convert a time tuple to a string."},
    {"ctime", PT_FN(time_ctime), PT_METH_FAST, "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", PT_FN(time_strftime), PT_METH_FAST, "Convert a time tuple to a string according to a format specification."},
    {"strptime", PT_FN(time_strptime), PT_METH_FAST, "Parse a string to a time tuple according to a format specification."},
    {"get_clock_info", PT_FN(time_get_clock_info), PT_METH_O, "Get information of the specified clock."},
    {NULL, NULL, 0, NULL},
};

static int time_exec(PtObject *m) {
    if (struct_time_type.ob.refcnt == 0 &&
        pt_structseq_init_type(&struct_time_type, "time.struct_time", struct_time_fields, 11, 9) < 0) {
        return -1;
    }
    if (pt_module_add(m, "struct_time", (PtObject *)&struct_time_type) < 0) {
        return -1;
    }
    tzset();
    extern long timezone;
    extern int daylight;
    extern char *tzname[2];
    PtObject *names = pt_tuple_pack(2, pt_str_id(tzname[0]), pt_str_id(tzname[1]));
    if (names == NULL || pt_module_add(m, "tzname", names) < 0) {
        pt_xdecref(names);
        return -1;
    }
    pt_decref(names);
    if (pt_module_add_int(m, "timezone", timezone) < 0 || pt_module_add_int(m, "altzone", timezone - 3600) < 0 ||
        pt_module_add_int(m, "daylight", daylight) < 0 || pt_module_add_int(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
        pt_module_add_int(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
        pt_module_add_int(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
        pt_module_add_int(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_time_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.",
    .methods = time_methods,
    .exec = time_exec,
};
