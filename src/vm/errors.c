// src/vm/errors.c: raising, fetching and matching exceptions; unraisable reports; pt_fatal.
//
// The current exception is one instance in ts->curexc (never a type/value/tb
// triple). Raising through the pt_err_set_* family creates the instance at
// once and chains it to the exception being handled (__context__), cutting
// any cycle that would form, as CPython's _PyErr_SetObject does; restoring
// (pt_err_restore) never chains. MemoryError is preallocated so that running
// out of memory never needs memory. Message formatting (%R %S %U %T %N) is
// done here with a PtStrBuilder. Tracebacks are printed by traceback.c.
// See docs/internals/errors.md; tests: tests/golden/errors/.
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pith.h"        // the object API
#include "obj/exc.h"     // PtBaseException, pt_exc_set_context, pt_exc_oserror_subclass
#include "vm/errors.h"   // pt_err_format_str, pt_err_write_stderr
#include "vm/state.h"    // pt_tstate, PtExcStackItem

// ---- The current exception ----

PtObject *pt_err_occurred(void) {
    PtThreadState *ts = pt_tstate_current;
    return ts != NULL ? ts->curexc : NULL;
}

void pt_err_clear(void) {
    PtThreadState *ts = pt_tstate_current;
    if (ts != NULL && ts->curexc != NULL) {
        PtObject *e = ts->curexc;
        ts->curexc = NULL;
        pt_decref(e);
    }
}

PtObject *pt_err_fetch(void) {
    PtThreadState *ts = pt_tstate_current;
    PtObject *e = ts->curexc;
    ts->curexc = NULL;
    return e;
}

void pt_err_restore(PtObject *exc) {
    PtThreadState *ts = pt_tstate_current;
    PtObject *old = ts->curexc;
    ts->curexc = exc;
    pt_xdecref(old);
}

// Chain `exc` (about to be raised) to the exception being handled.
static void chain_context(PtThreadState *ts, PtObject *exc) {
    PtObject *handled = pt_tstate_handled_exc(ts);
    if (handled == NULL || handled == exc || !pt_exc_is_instance(exc)) {
        return;
    }
    // Cut a cycle exc -> ... -> handled -> ... -> exc, with Floyd's check
    // against cycles that are already there.
    PtObject *o = handled, *slow = handled;
    int step = 0;
    for (;;) {
        PtObject *ctx = pt_exc_context(o);
        if (ctx == NULL) {
            break;
        }
        if (ctx == exc) {
            pt_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
        if (step) {
            slow = pt_exc_context(slow);
            if (slow == o) {
                break;
            }
        }
        step ^= 1;
    }
    pt_exc_set_context(exc, handled);
}

// Raise `exc` (stolen), chaining the context.
static void raise_instance(PtObject *exc) {
    PtThreadState *ts = pt_tstate_current;
    chain_context(ts, exc);
    pt_err_restore(exc);
}

void pt_err_raise_instance(PtObject *exc) { raise_instance(pt_newref(exc)); }

// Instantiate exception class `type` with `args` (n values) and raise it.
static PtObject *raise_new(PtObject *type, PtObject *const *args, size_t n) {
    // Call the type's slot directly: pt_object_call's C-stack guard would
    // raise RecursionError again while reporting one.
    PtCallFn call = pt_type(type)->call;
    PtObject *exc = call != NULL ? call(type, args, n, NULL) : pt_object_call(type, args, n, NULL);
    if (exc == NULL) {
        return NULL;  // the constructor's own error is raised instead
    }
    if (!pt_exc_is_instance(exc)) {
        pt_err_format(pt_exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s", type,
                      pt_type_name_of(exc));
        pt_decref(exc);
        return NULL;
    }
    raise_instance(exc);
    return NULL;
}

PtObject *pt_err_set_object(PtObject *type, PtObject *value) {
    if (value != NULL && value != pt_None && pt_exc_is_instance(value) &&
        pt_type_is_subtype(pt_type(value), (PtType *)type)) {
        raise_instance(pt_newref(value));
        return NULL;
    }
    if (value == NULL || value == pt_None) {
        return raise_new(type, NULL, 0);
    }
    if (pt_is_tuple_exact(value)) {
        return raise_new(type, pt_tuple_items(value), (size_t)pt_tuple_len(value));
    }
    return raise_new(type, &value, 1);
}

PtObject *pt_err_set_string(PtObject *type, const char *msg) {
    PtObject *s = pt_str_from_utf8_replace(msg, strlen(msg));
    if (s == NULL) {
        return NULL;
    }
    raise_new(type, &s, 1);
    pt_decref(s);
    return NULL;
}

PtObject *pt_err_no_memory(void) {
    PtThreadState *ts = pt_tstate_current;
    PtObject *me = pt_exc_memory_error();
    if (me == NULL) {
        // Too early (or too late) for the preallocated instance.
        if (ts == NULL) {
            pt_fatal("out of memory");
        }
        return pt_err_set_string(pt_exc_MemoryError, "");
    }
    pt_exc_set_traceback(me, NULL);
    pt_err_restore(pt_newref(me));
    return NULL;
}

PtObject *pt_err_bad_internal_call(const char *where) {
    return pt_err_format(pt_exc_SystemError, "%s: bad argument to internal function", where);
}

// ---- Formatting ----

// Append the UTF-8 text `s`, at most `prec` bytes (cut at a character boundary).
static int append_cstr(PtStrBuilder *sb, const char *s, long prec) {
    size_t n = s != NULL ? strlen(s) : 6;
    if (s == NULL) {
        s = "(null)";
    }
    if (prec >= 0 && (size_t)prec < n) {
        n = (size_t)prec;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) {
            n--;
        }
    }
    return pt_sb_append_utf8(sb, s, n);
}

// Append str object `s`, truncated to `prec` characters when prec >= 0.
static int append_strobj(PtStrBuilder *sb, PtObject *s, long prec) {
    if (prec >= 0 && pt_str_len(s) > prec) {
        PtObject *t = pt_str_substr(s, 0, prec);
        if (t == NULL) {
            return -1;
        }
        int r = pt_sb_append_str(sb, t);
        pt_decref(t);
        return r;
    }
    return pt_sb_append_str(sb, s);
}

// Append the result of `fn(obj)` (repr/str), stealing it.
static int append_new(PtStrBuilder *sb, PtObject *s, long prec) {
    if (s == NULL) {
        return -1;
    }
    int r = append_strobj(sb, s, prec);
    pt_decref(s);
    return r;
}

// One C numeric conversion: rebuild the spec and let snprintf do it.
static int append_number(PtStrBuilder *sb, const char *spec, size_t speclen, char conv, int lmod,
                         va_list *ap) {
    char fmt[32], buf[128];
    if (speclen > 20) {
        speclen = 20;
    }
    memcpy(fmt, spec, speclen);
    size_t k = speclen;
    if (lmod == 1) {
        fmt[k++] = 'l';
    } else if (lmod == 2) {
        fmt[k++] = 'l';
        fmt[k++] = 'l';
    } else if (lmod == 3) {
        fmt[k++] = 'z';
    }
    fmt[k++] = conv;
    fmt[k] = 0;
    int n;
    int is_unsigned = conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o';
    if (lmod == 1) {
        n = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, long));
    } else if (lmod == 2) {
        n = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long long))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, long long));
    } else if (lmod == 3) {
        n = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, size_t))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, pt_ssize));
    } else {
        n = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned int))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, int));
    }
    if (n < 0) {
        return 0;
    }
    return pt_sb_append_ascii(sb, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

// Format one %-conversion starting at *pp (just after '%'). 0 or -1.
static int format_one(PtStrBuilder *sb, const char **pp, va_list *ap) {
    const char *spec = *pp - 1, *p = *pp;
    long prec = -1;
    while (*p == '-' || *p == '0' || *p == '+' || *p == ' ' || *p == '#' || (*p >= '1' && *p <= '9')) {
        p++;
        while (*p >= '0' && *p <= '9') {
            p++;
        }
    }
    if (*p == '.') {
        p++;
        prec = 0;
        if (*p == '*') {
            prec = va_arg(*ap, int);
            p++;
        }
        while (*p >= '0' && *p <= '9') {
            prec = prec * 10 + (*p++ - '0');
        }
    }
    int lmod = 0;
    if (*p == 'l') {
        lmod = 1;
        p++;
        if (*p == 'l') {
            lmod = 2;
            p++;
        }
    } else if (*p == 'z') {
        lmod = 3;
        p++;
    }
    char conv = *p;
    *pp = conv ? p + 1 : p;
    switch (conv) {
    case '%':
        return pt_sb_append_char(sb, '%');
    case 's':
        return append_cstr(sb, va_arg(*ap, const char *), prec);
    case 'c':
        return pt_sb_append_char(sb, (uint32_t)va_arg(*ap, int));
    case 'p': {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *));
        return pt_sb_append_ascii(sb, buf, (size_t)n);
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        // Drop precision/flags parsing: snprintf gets the original spec text.
        size_t speclen = 0;
        const char *q = spec;
        char clean[24];
        while (q < p && speclen < sizeof clean - 1) {
            if (*q != 'l' && *q != 'z') {
                clean[speclen++] = *q;
            }
            q++;
        }
        return append_number(sb, clean, speclen, conv, lmod, ap);
    }
    case 'R':
        return append_new(sb, pt_object_repr(va_arg(*ap, PtObject *)), prec);
    case 'S':
        return append_new(sb, pt_object_str(va_arg(*ap, PtObject *)), prec);
    case 'A':
        return append_new(sb, pt_object_ascii(va_arg(*ap, PtObject *)), prec);
    case 'U': {
        PtObject *s = va_arg(*ap, PtObject *);
        if (s == NULL || !pt_is_str(s)) {
            return append_cstr(sb, "<NULL>", prec);
        }
        return append_strobj(sb, s, prec);
    }
    case 'T':
        return append_cstr(sb, pt_type_name_of(va_arg(*ap, PtObject *)), prec);
    case 'N':
        return append_cstr(sb, pt_type_name((PtType *)va_arg(*ap, PtObject *)), prec);
    default:
        return pt_sb_append_ascii(sb, spec, (size_t)(*pp - spec));
    }
}

// A new str from a pt_err_format-style format. NULL on error.
PtObject *pt_err_format_str(const char *fmt, va_list ap) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    va_list aq;
    va_copy(aq, ap);
    const char *p = fmt;
    while (*p) {
        const char *start = p;
        while (*p && *p != '%') {
            p++;
        }
        if (p > start && pt_sb_append_utf8(&sb, start, (size_t)(p - start)) < 0) {
            goto error;
        }
        if (*p == '%') {
            p++;
            if (format_one(&sb, &p, &aq) < 0) {
                goto error;
            }
        }
    }
    va_end(aq);
    return pt_sb_finish(&sb);
error:
    va_end(aq);
    pt_sb_discard(&sb);
    return NULL;
}

PtObject *pt_err_vformat(PtObject *type, const char *fmt, va_list ap) {
    PtObject *msg = pt_err_format_str(fmt, ap);
    if (msg == NULL) {
        return NULL;
    }
    raise_new(type, &msg, 1);
    pt_decref(msg);
    return NULL;
}

PtObject *pt_err_format(PtObject *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    pt_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

// ---- errno ----

PtObject *pt_err_from_errno_filename(PtObject *type, PtObject *filename) {
    int e = errno;
    if (e == ENOMEM) {
        return pt_err_no_memory();
    }
    if (e == EINTR) {
        // A signal interrupted the call: run its handler first (PEP 475 callers retry).
        if (pt_check_signals() < 0) {
            return NULL;
        }
    }
    PtObject *args[3];
    size_t n = 2;
    args[0] = pt_int_from_i64(e);
    args[1] = pt_str_from_cstr(e ? strerror(e) : "Error");
    if (args[1] == NULL) {
        return NULL;
    }
    if (filename != NULL && filename != pt_None) {
        args[2] = filename;
        n = 3;
    }
    raise_new(type, args, n);
    pt_decref(args[1]);
    return NULL;
}

PtObject *pt_err_from_errno(PtObject *type) { return pt_err_from_errno_filename(type, NULL); }

// ---- Matching ----

int pt_err_given_matches(PtObject *exc, PtObject *type) {
    if (exc == NULL || type == NULL) {
        return 0;
    }
    if (pt_is_tuple(type)) {
        pt_ssize n = pt_tuple_len(type);
        for (pt_ssize i = 0; i < n; i++) {
            if (pt_err_given_matches(exc, pt_tuple_get(type, i))) {
                return 1;
            }
        }
        return 0;
    }
    PtType *et = pt_exc_is_class(exc) ? (PtType *)exc : pt_type(exc);
    if (!pt_exc_is_class(type)) {
        return exc == type;
    }
    return pt_type_is_subtype(et, (PtType *)type);
}

int pt_err_matches(PtObject *type) { return pt_err_given_matches(pt_err_occurred(), type); }

// ---- Unraisable exceptions and warnings ----

void pt_err_write_unraisable(PtObject *obj) {
    PtObject *exc = pt_err_fetch();
    if (exc == NULL) {
        return;
    }
    PtObject *hook = NULL;
    PtInterp *in = pt_interp();
    if (in->sysdict != NULL) {
        hook = pt_dict_get_cstr(in->sysdict, "unraisablehook");
    }
    (void)hook;  // A Python-level sys.unraisablehook is not consulted yet.
    if (obj != NULL) {
        PtObject *r = pt_object_repr(obj);
        pt_err_write_stderr("Exception ignored in: ");
        if (r != NULL) {
            char buf[1024];
            pt_str_to_utf8_buf(r, buf, sizeof buf);
            pt_err_write_stderr(buf);
            pt_decref(r);
        } else {
            pt_err_clear();
            pt_err_write_stderr("<object repr() failed>");
        }
        pt_err_write_stderr("\n");
    }
    pt_err_display(exc);
    pt_decref(exc);
    pt_err_clear();
}

int pt_err_warn(PtObject *category, const char *msg, int stacklevel) {
    PtObject *mod = pt_import("warnings");
    if (mod == NULL) {
        // No warnings module: print it the way the default filter would.
        pt_err_clear();
        pt_err_write_stderr(pt_type_name((PtType *)category));
        pt_err_write_stderr(": ");
        pt_err_write_stderr(msg);
        pt_err_write_stderr("\n");
        return 0;
    }
    PtObject *args[3] = {pt_str_from_cstr(msg), category, pt_int_from_i64(stacklevel)};
    PtObject *r = NULL;
    if (args[0] != NULL) {
        r = pt_object_call_method_str(mod, "warn", args, 3);
        pt_decref(args[0]);
    }
    pt_decref(mod);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

// ---- Fatal errors ----

_Noreturn void pt_fatal(const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fputs("Fatal Python error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n", stderr);
    fflush(stderr);
    abort();
}
