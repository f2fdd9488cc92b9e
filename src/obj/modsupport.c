// src/obj/modsupport.c: argument parsing for builtin functions (modsupport.h).
//
// pt_parse_args walks a small format string once per call: positional
// arguments fill the leading parameters, keywords are matched by name, and
// the messages are CPython's for each kind of mismatch.
#include <stdarg.h>
#include <string.h>

#include "pith.h"  // the object API

int pt_check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    if (min == max) {
        pt_err_format(pt_exc_TypeError, "%s expected %d argument%s, got %d", fname, (int)min, min == 1 ? "" : "s",
                      (int)nargs);
    } else if (nargs < min) {
        pt_err_format(pt_exc_TypeError, "%s expected at least %d argument%s, got %d", fname, (int)min,
                      min == 1 ? "" : "s", (int)nargs);
    } else {
        pt_err_format(pt_exc_TypeError, "%s expected at most %d argument%s, got %d", fname, (int)max,
                      max == 1 ? "" : "s", (int)nargs);
    }
    return -1;
}

int pt_check_no_kwargs(const char *fname, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        pt_err_format(pt_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

// Convert `v` for format code `c` into the next output pointer. 0 or -1.
static int convert(char c, PtObject *v, va_list *ap, const char *fname, const char *pname, int pos) {
    switch (c) {
    case 'O':
        *va_arg(*ap, PtObject **) = v;
        return 0;
    case 'U':
        if (!pt_is_str(v)) {
            pt_err_format(pt_exc_TypeError, "%s() argument %d must be str, not %s", fname, pos, pt_type_name_of(v));
            return -1;
        }
        *va_arg(*ap, PtObject **) = v;
        return 0;
    case 's': {
        if (!pt_is_str(v)) {
            pt_err_format(pt_exc_TypeError, "%s() argument %d must be str, not %s", fname, pos, pt_type_name_of(v));
            return -1;
        }
        size_t len;
        const char *s = pt_str_ascii(v, &len);
        if (s == NULL) {
            // Non-ASCII: keep a UTF-8 copy alive as long as the string by caching in a bytes object is
            // not possible here; use the str's own encoding buffer via a temporary owned by the caller.
            pt_err_format(pt_exc_ValueError, "%s() argument %d must be an ASCII string here", fname, pos);
            return -1;
        }
        if (strlen(s) != len) {
            pt_err_set_string(pt_exc_ValueError, "embedded null character");
            return -1;
        }
        *va_arg(*ap, const char **) = s;
        return 0;
    }
    case 'i':
    case 'n':
    case 'L': {
        if (pt_is_float(v)) {
            pt_err_format(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
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
        if (c == 'i') {
            if (x > INT32_MAX || x < INT32_MIN) {
                pt_err_set_string(pt_exc_OverflowError,
                                  x > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
                return -1;
            }
            *va_arg(*ap, int *) = (int)x;
        } else if (c == 'n') {
            *va_arg(*ap, pt_ssize *) = (pt_ssize)x;
        } else {
            *va_arg(*ap, int64_t *) = x;
        }
        return 0;
    }
    case 'd': {
        double d = pt_float_as_double(v);
        if (d == -1.0 && pt_err_occurred()) {
            return -1;
        }
        *va_arg(*ap, double *) = d;
        return 0;
    }
    case 'p': {
        int t = pt_object_is_true(v);
        if (t < 0) {
            return -1;
        }
        *va_arg(*ap, int *) = t;
        return 0;
    }
    }
    pt_err_bad_internal_call("pt_parse_args: bad format");
    (void)pname;
    return -1;
}

// Skip the output pointer of a parameter that was not given.
static void skip(char c, va_list *ap) {
    switch (c) {
    case 'O':
    case 'U':
        (void)va_arg(*ap, PtObject **);
        break;
    case 's':
        (void)va_arg(*ap, const char **);
        break;
    case 'i':
    case 'p':
        (void)va_arg(*ap, int *);
        break;
    case 'n':
        (void)va_arg(*ap, pt_ssize *);
        break;
    case 'L':
        (void)va_arg(*ap, int64_t *);
        break;
    case 'd':
        (void)va_arg(*ap, double *);
        break;
    }
}

int pt_parse_args(PtObject *const *args, size_t nargs, PtObject *kwnames, const char *format,
                  const char *const *kwlist, ...) {
    const char *colon = strchr(format, ':');
    const char *fname = colon != NULL ? colon + 1 : "function";
    size_t nparams = 0, nrequired = (size_t)-1, npositional = (size_t)-1;
    for (const char *p = format; *p && *p != ':'; p++) {
        if (*p == '|') {
            nrequired = nparams;
        } else if (*p == '$') {
            npositional = nparams;
        } else {
            nparams++;
        }
    }
    if (nrequired == (size_t)-1) {
        nrequired = nparams;
    }
    if (npositional == (size_t)-1) {
        npositional = nparams;
    }
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    if (nargs > npositional) {
        if (npositional == nrequired) {
            pt_err_format(pt_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                          npositional == nparams ? "exactly" : "at most", (int)npositional, npositional == 1 ? "" : "s",
                          (int)nargs);
        } else {
            pt_err_format(pt_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, (int)npositional,
                          npositional < nparams ? "positional " : "", npositional == 1 ? "" : "s", (int)nargs);
        }
        return -1;
    }
    // Every keyword must name a parameter that positional arguments did not fill.
    for (size_t k = 0; k < nkw; k++) {
        PtObject *key = pt_tuple_get(kwnames, (pt_ssize)k);
        size_t i;
        for (i = 0; i < nparams; i++) {
            if (kwlist != NULL && kwlist[i] != NULL && kwlist[i][0] != '\0' && pt_str_eq_cstr(key, kwlist[i])) {
                break;
            }
        }
        if (i == nparams) {
            pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (i < nargs) {
            pt_err_format(pt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          kwlist[i], (int)i + 1);
            return -1;
        }
    }
    va_list ap;
    va_start(ap, kwlist);
    size_t i = 0;
    int rc = 0;
    for (const char *p = format; *p && *p != ':'; p++) {
        if (*p == '|' || *p == '$') {
            continue;
        }
        PtObject *v = NULL;
        if (i < nargs) {
            v = args[i];
        } else if (kwlist != NULL && kwlist[i] != NULL && kwlist[i][0] != '\0') {
            for (size_t k = 0; k < nkw; k++) {
                if (pt_str_eq_cstr(pt_tuple_get(kwnames, (pt_ssize)k), kwlist[i])) {
                    v = args[nargs + k];
                    break;
                }
            }
        }
        if (v == NULL) {
            if (i < nrequired) {
                if (kwlist != NULL && kwlist[i] != NULL && kwlist[i][0] != '\0') {
                    pt_err_format(pt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, kwlist[i],
                                  (int)i + 1);
                } else {
                    pt_err_format(pt_exc_TypeError, "%s() takes %s %d %sargument%s (%d given)", fname,
                                  nrequired == nparams ? "exactly" : "at least", (int)nrequired,
                                  kwlist != NULL ? "positional " : "", nrequired == 1 ? "" : "s", (int)nargs);
                }
                rc = -1;
                break;
            }
            skip(*p, &ap);
        } else if (convert(*p, v, &ap, fname, kwlist != NULL ? kwlist[i] : NULL, (int)i + 1) < 0) {
            rc = -1;
            break;
        }
        i++;
    }
    va_end(ap);
    return rc;
}
