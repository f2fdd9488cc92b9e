// src/modules/mod_builtins.c: the builtins module: functions, types and constants.
//
// The builtin types register themselves through types.def; this file adds the
// functions (print, len, isinstance, ...) and puts every builtin type and
// exception class into the module. builtins is on the layering allowlist
// (it needs the running frame for globals(), locals(), exec and eval, and the
// compiler for compile()).
//
// Guards: tests/golden/builtins/.
#include <math.h>
#include <string.h>

#include "pith.h"            // the object API
#include "pith/compile.h"    // pt_compile
#include "pith/io.h"         // pt_io_open
#include "pith/iter.h"       // iterator types
#include "pith/slice.h"      // pt_slice_type
#include "vm/eval.h"         // pt_eval_code, pt_eval_globals, pt_eval_locals, class bodies
#include "vm/state.h"        // pt_interp

// ---- Small helpers ----

static PtObject *sys_attr(const char *name) {
    PtObject *v = pt_dict_get_cstr(pt_interp()->sysdict, name);
    if (v == NULL) {
        return pt_err_format(pt_exc_RuntimeError, "lost sys.%s", name);
    }
    return pt_newref(v);
}

static int write_str(PtObject *file, PtObject *s) {
    PtObject *r = pt_object_call_method(file, PT_ID(write), &s, 1, NULL);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

// ---- print, input, repr, ascii, format ----

static PtObject *builtin_print(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *sep = pt_None, *end = pt_None, *file = pt_None, *flush = pt_False;
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        PtObject *k = pt_tuple_get(kwnames, (pt_ssize)i), *v = args[nargs + i];
        if (pt_str_eq_cstr(k, "sep")) {
            sep = v;
        } else if (pt_str_eq_cstr(k, "end")) {
            end = v;
        } else if (pt_str_eq_cstr(k, "file")) {
            file = v;
        } else if (pt_str_eq_cstr(k, "flush")) {
            flush = v;
        } else {
            return pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
        }
    }
    if (sep != pt_None && !pt_is_str(sep)) {
        return pt_err_format(pt_exc_TypeError, "sep must be None or a string, not %s", pt_type_name_of(sep));
    }
    if (end != pt_None && !pt_is_str(end)) {
        return pt_err_format(pt_exc_TypeError, "end must be None or a string, not %s", pt_type_name_of(end));
    }
    PtObject *out = file == pt_None ? sys_attr("stdout") : pt_newref(file);
    if (out == NULL) {
        return NULL;
    }
    if (out == pt_None) {
        pt_decref(out);
        return pt_newref(pt_None);
    }
    if (pt_tid(out) != PT_TID_STDSTREAM) {
        // Any other file object sees the pieces as CPython writes them.
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0 && write_str(out, sep == pt_None ? pt_str_id(" ") : sep) < 0) {
                pt_decref(out);
                return NULL;
            }
            PtObject *s = pt_object_str(args[i]);
            if (s == NULL || write_str(out, s) < 0) {
                pt_xdecref(s);
                pt_decref(out);
                return NULL;
            }
            pt_decref(s);
        }
        if (write_str(out, end == pt_None ? pt_str_id("\n") : end) < 0) {
            pt_decref(out);
            return NULL;
        }
    } else {
        // pith's own streams get the whole line in one write, so lines printed
        // by different threads never interleave.
        PtStrBuilder sb;
        pt_sb_init(&sb);
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0) {
                if (sep == pt_None ? pt_sb_append_char(&sb, ' ') : pt_sb_append_str(&sb, sep)) {
                    goto error;
                }
            }
            PtObject *s = pt_object_str(args[i]);
            if (s == NULL) {
                goto error;
            }
            int r = pt_sb_append_str(&sb, s);
            pt_decref(s);
            if (r < 0) {
                goto error;
            }
        }
        if (end == pt_None ? pt_sb_append_char(&sb, '\n') : pt_sb_append_str(&sb, end)) {
            goto error;
        }
        PtObject *line = pt_sb_finish(&sb);
        if (line == NULL || write_str(out, line) < 0) {
            pt_xdecref(line);
            pt_decref(out);
            return NULL;
        }
        pt_decref(line);
        goto written;
    error:
        pt_sb_discard(&sb);
        pt_decref(out);
        return NULL;
    }
written:;
    int do_flush = pt_object_is_true(flush);
    if (do_flush < 0) {
        pt_decref(out);
        return NULL;
    }
    if (do_flush) {
        PtObject *r = pt_object_call_method(out, PT_ID(flush), NULL, 0, NULL);
        if (r == NULL) {
            pt_decref(out);
            return NULL;
        }
        pt_decref(r);
    }
    pt_decref(out);
    return pt_newref(pt_None);
}

static PtObject *builtin_input(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        PtObject *out = sys_attr("stdout"), *s = out != NULL ? pt_object_str(args[0]) : NULL;
        if (s == NULL || write_str(out, s) < 0) {
            pt_xdecref(s);
            pt_xdecref(out);
            return NULL;
        }
        pt_decref(s);
        PtObject *r = pt_object_call_method(out, PT_ID(flush), NULL, 0, NULL);
        pt_decref(out);
        if (r == NULL) {
            return NULL;
        }
        pt_decref(r);
    }
    PtObject *in = sys_attr("stdin");
    if (in == NULL) {
        return NULL;
    }
    PtObject *line = pt_object_call_method(in, PT_ID(readline), NULL, 0, NULL);
    pt_decref(in);
    if (line == NULL) {
        return NULL;
    }
    if (!pt_is_str(line)) {
        pt_decref(line);
        return pt_err_set_string(pt_exc_TypeError, "object.readline() returned non-string");
    }
    pt_ssize n = pt_str_len(line);
    if (n == 0) {
        pt_decref(line);
        return pt_err_set_string(pt_exc_EOFError, "EOF when reading a line");
    }
    if (pt_str_char(line, n - 1) == '\n') {
        PtObject *r = pt_str_substr(line, 0, n - 1);
        pt_decref(line);
        return r;
    }
    return line;
}

static PtObject *builtin_repr(PtObject *self, PtObject *v) { return pt_object_repr(v); }
static PtObject *builtin_ascii(PtObject *self, PtObject *v) { return pt_object_ascii(v); }

static PtObject *builtin_format(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 2 && !pt_is_str(args[1])) {
        return pt_err_format(pt_exc_TypeError, "format() argument 2 must be str, not %s", pt_type_name_of(args[1]));
    }
    return pt_object_format(args[0], nargs == 2 ? args[1] : NULL);
}

// ---- Numbers ----

static PtObject *builtin_abs(PtObject *self, PtObject *v) { return pt_number_absolute(v); }

static PtObject *builtin_divmod(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    return pt_number_divmod(args[0], args[1]);
}

static PtObject *builtin_pow(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *base, *exp, *mod = pt_None;
    static const char *const kwlist[] = {"base", "exp", "mod", NULL};
    if (pt_parse_args(args, nargs, kwnames, "OO|O:pow", kwlist, &base, &exp, &mod) < 0) {
        return NULL;
    }
    return pt_number_power(base, exp, mod);
}

static PtObject *builtin_round(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *number, *ndigits = pt_None;
    static const char *const kwlist[] = {"number", "ndigits", NULL};
    if (pt_parse_args(args, nargs, kwnames, "O|O:round", kwlist, &number, &ndigits) < 0) {
        return NULL;
    }
    PtObject *f = pt_type_lookup(pt_type(number), PT_ID(__round__));
    if (f == NULL) {
        return pt_err_format(pt_exc_TypeError, "type %s doesn't define __round__ method", pt_type_name_of(number));
    }
    if (ndigits == pt_None) {
        return pt_object_call_method(number, PT_ID(__round__), NULL, 0, NULL);
    }
    return pt_object_call_method(number, PT_ID(__round__), &ndigits, 1, NULL);
}

static PtObject *int_to_base(PtObject *v, int base) {
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return NULL;
    }
    PtObject *r = pt_int_to_str(i, base);
    pt_decref(i);
    return r;
}

static PtObject *builtin_bin(PtObject *self, PtObject *v) { return int_to_base(v, 2); }
static PtObject *builtin_oct(PtObject *self, PtObject *v) { return int_to_base(v, 8); }
static PtObject *builtin_hex(PtObject *self, PtObject *v) { return int_to_base(v, 16); }

static PtObject *builtin_chr(PtObject *self, PtObject *v) {
    if (pt_is_float(v)) {
        return pt_err_set_string(pt_exc_TypeError, "'float' object cannot be interpreted as an integer");
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return NULL;
    }
    int overflow = 0;
    int64_t c = pt_int_as_i64_overflow(i, &overflow);
    pt_decref(i);
    if (overflow) {
        return pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (c < 0 || c > 0x10FFFF) {
        return pt_err_set_string(pt_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return pt_str_from_char((uint32_t)c);
}

static PtObject *builtin_ord(PtObject *self, PtObject *v) {
    if (pt_is_str(v)) {
        if (pt_str_len(v) != 1) {
            return pt_err_format(pt_exc_TypeError, "ord() expected a character, but string of length %zd found",
                                 pt_str_len(v));
        }
        return pt_int_from_i64(pt_str_char(v, 0));
    }
    if (pt_is_bytes(v) || pt_is_bytearray(v)) {
        pt_ssize n = pt_is_bytes(v) ? pt_bytes_len(v) : pt_bytearray_len(v);
        if (n != 1) {
            return pt_err_format(pt_exc_TypeError, "ord() expected a character, but string of length %zd found", n);
        }
        const char *d = pt_is_bytes(v) ? pt_bytes_data(v) : pt_bytearray_data(v);
        return pt_int_from_i64((unsigned char)d[0]);
    }
    return pt_err_format(pt_exc_TypeError, "ord() expected string of length 1, but %s found", pt_type_name_of(v));
}

// sum(iterable, /, start=0) with fast paths for ints and floats.
// sum(): add the small ints gathered in *pending to the big int `acc`
// (consumed); the new total, or NULL.
static PtObject *sum_fold(PtObject *acc, int64_t *pending) {
    PtObject *p = pt_int_from_i64(*pending);
    *pending = 0;
    PtObject *r = p != NULL ? pt_int_add(acc, p) : NULL;
    pt_xdecref(p);
    pt_decref(acc);
    return r;
}

static PtObject *builtin_sum(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *iterable, *start = pt_smallint(0);
    static const char *const kwlist[] = {"", "start", NULL};
    if (pt_parse_args(args, nargs, kwnames, "O|O:sum", kwlist, &iterable, &start) < 0) {
        return NULL;
    }
    if (pt_is_str(start)) {
        return pt_err_set_string(pt_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (pt_is_bytes(start)) {
        return pt_err_set_string(pt_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (pt_is_bytearray(start)) {
        return pt_err_set_string(pt_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return NULL;
    }
    PtObject *acc = pt_newref(start), *item;
    PtUnaryFn next = pt_type(it)->iternext;  // called directly: one call per item, not two
    // Once the total is a big int, small items gather in `pending` and join it
    // only when `pending` would overflow: one big addition per ~2**62 of items
    // rather than one per item. Float accumulation uses plain doubles while
    // every item is a float or small int, like CPython (so the result matches
    // its rounding).
    int64_t pending = 0;
    while ((item = next(it)) != NULL) {
        if (pt_is_smallint(item)) {
            int64_t r, v = pt_smallint_value(item);
            if (pt_is_smallint(acc)) {
                if (!__builtin_add_overflow(pt_smallint_value(acc), v, &r) && pt_smallint_fits(r)) {
                    acc = pt_smallint(r);
                    continue;
                }
            } else if (pt_is_int_exact(acc) && !__builtin_add_overflow(pending, v, &r)) {
                pending = r;
                continue;
            }
        }
        if (pending != 0 && (acc = sum_fold(acc, &pending)) == NULL) {
            pt_decref(item);
            pt_decref(it);
            return NULL;
        }
        if (pt_is_float_exact(acc) && (pt_is_float_exact(item) || pt_is_smallint(item))) {
            double d = pt_float_value(acc);
            d += pt_is_smallint(item) ? (double)pt_smallint_value(item) : pt_float_value(item);
            pt_decref(acc);
            pt_decref(item);
            acc = pt_float_new(d);
            if (acc == NULL) {
                pt_decref(it);
                return NULL;
            }
            continue;
        }
        PtObject *r = pt_number_binop(acc, item, PT_BINOP_ADD);
        pt_decref(acc);
        pt_decref(item);
        if (r == NULL) {
            pt_decref(it);
            return NULL;
        }
        acc = r;
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        if (!pt_err_matches(pt_exc_StopIteration)) {
            pt_decref(acc);
            return NULL;
        }
        pt_err_clear();  // a __next__ written in Python ends by raising StopIteration
    }
    return pending != 0 ? sum_fold(acc, &pending) : acc;
}

// min()/max(): one iterable or several arguments, key= and default=.
static PtObject *min_max(PtObject *const *args, size_t nargs, PtObject *kwnames, int op, const char *name) {
    PtObject *key = pt_None, *dflt = NULL;
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        PtObject *k = pt_tuple_get(kwnames, (pt_ssize)i);
        if (pt_str_eq_cstr(k, "key")) {
            key = args[nargs + i];
        } else if (pt_str_eq_cstr(k, "default")) {
            dflt = args[nargs + i];
        } else {
            return pt_err_format(pt_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
        }
    }
    if (nargs == 0) {
        return pt_err_format(pt_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (nargs > 1 && dflt != NULL) {
        return pt_err_format(pt_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    PtObject *seq = NULL;
    if (nargs > 1) {
        seq = pt_tuple_from_array(args, nargs);
    } else {
        seq = pt_newref(args[0]);
    }
    if (seq == NULL) {
        return NULL;
    }
    PtObject *it = pt_object_iter(seq);
    pt_decref(seq);
    if (it == NULL) {
        return NULL;
    }
    PtObject *best = NULL, *bestkey = NULL, *item;
    while ((item = pt_iter_next(it)) != NULL) {
        PtObject *k = key == pt_None ? pt_newref(item) : pt_object_call1(key, item);
        if (k == NULL) {
            pt_decref(item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            bestkey = k;
            continue;
        }
        int better = pt_object_richcompare_bool(k, bestkey, op);
        if (better < 0) {
            pt_decref(item);
            pt_decref(k);
            goto error;
        }
        if (better) {
            pt_setref(&best, item);
            pt_setref(&bestkey, k);
        } else {
            pt_decref(item);
            pt_decref(k);
        }
    }
    if (pt_err_occurred()) {
        goto error;
    }
    pt_decref(it);
    pt_xdecref(bestkey);
    if (best == NULL) {
        if (dflt != NULL) {
            return pt_newref(dflt);
        }
        return pt_err_format(pt_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
error:
    pt_decref(it);
    pt_xdecref(best);
    pt_xdecref(bestkey);
    return NULL;
}

static PtObject *builtin_min(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return min_max(args, nargs, kwnames, PT_LT, "min");
}

static PtObject *builtin_max(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return min_max(args, nargs, kwnames, PT_GT, "max");
}

// ---- Iteration ----

static PtObject *builtin_iter(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return pt_object_iter(args[0]);
    }
    if (!pt_callable_check(args[0])) {
        return pt_err_set_string(pt_exc_TypeError, "iter(v, w): v must be callable");
    }
    return pt_calliter_new(args[0], args[1]);
}

static PtObject *builtin_next(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *it = args[0];
    PtType *t = pt_type(it);
    if (t->iternext == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not an iterator", pt_type_name(t));
    }
    PtObject *r = t->iternext(it);
    if (r != NULL) {
        return r;
    }
    if (pt_err_occurred()) {
        if (nargs == 2 && pt_err_matches(pt_exc_StopIteration)) {
            pt_err_clear();
            return pt_newref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) {
        return pt_newref(args[1]);
    }
    return pt_err_set_object(pt_exc_StopIteration, NULL);
}

static PtObject *builtin_aiter(PtObject *self, PtObject *v) {
    PtObject *f = pt_type_lookup(pt_type(v), PT_ID(__aiter__));
    if (f == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not an async iterable", pt_type_name_of(v));
    }
    return pt_object_call_method(v, PT_ID(__aiter__), NULL, 0, NULL);
}

static PtObject *builtin_anext(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("anext", nargs, 1, 2) < 0) {
        return NULL;
    }
    PtObject *f = pt_type_lookup(pt_type(args[0]), PT_ID(__anext__));
    if (f == NULL) {
        return pt_err_format(pt_exc_TypeError, "'%s' object is not an async iterator", pt_type_name_of(args[0]));
    }
    if (nargs == 2) {
        extern PtObject *pt_anext_awaitable_new(PtObject *aiter, PtObject *dflt);
        return pt_anext_awaitable_new(args[0], args[1]);
    }
    return pt_object_call_method(args[0], PT_ID(__anext__), NULL, 0, NULL);
}

static PtObject *all_any(PtObject *v, int want) {
    PtObject *it = pt_object_iter(v), *item;
    if (it == NULL) {
        return NULL;
    }
    while ((item = pt_iter_next(it)) != NULL) {
        int t = pt_object_is_true(item);
        pt_decref(item);
        if (t < 0) {
            pt_decref(it);
            return NULL;
        }
        if (t == want) {
            pt_decref(it);
            return pt_newref(pt_bool(want));
        }
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        return NULL;
    }
    return pt_newref(pt_bool(!want));
}

static PtObject *builtin_all(PtObject *self, PtObject *v) { return all_any(v, 0); }
static PtObject *builtin_any(PtObject *self, PtObject *v) { return all_any(v, 1); }

static PtObject *builtin_len(PtObject *self, PtObject *v) {
    pt_ssize n = pt_object_len(v);
    return n < 0 ? NULL : pt_int_from_ssize(n);
}

static PtObject *builtin_sorted(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs != 1) {
        return pt_err_format(pt_exc_TypeError, "sorted expected 1 argument, got %d", (int)nargs);
    }
    PtObject *l = pt_seq_list(args[0]);
    if (l == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call_method(l, PT_ID(sort), args + 1, 0, kwnames);
    if (r == NULL) {
        pt_decref(l);
        return NULL;
    }
    pt_decref(r);
    return l;
}

// ---- Attributes and types ----

static PtObject *builtin_getattr(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("getattr", nargs, 2, 3) < 0) {
        return NULL;
    }
    if (!pt_is_str(args[1])) {
        return pt_err_format(pt_exc_TypeError, "attribute name must be string, not '%s'", pt_type_name_of(args[1]));
    }
    if (nargs == 2) {
        return pt_object_getattr(args[0], args[1]);
    }
    PtObject *r = NULL;
    int found = pt_object_lookup_attr(args[0], args[1], &r);
    if (found < 0) {
        return NULL;
    }
    return found ? r : pt_newref(args[2]);
}

static PtObject *builtin_setattr(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("setattr", nargs, 3, 3) < 0) {
        return NULL;
    }
    return pt_object_setattr(args[0], args[1], args[2]) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *builtin_delattr(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("delattr", nargs, 2, 2) < 0) {
        return NULL;
    }
    return pt_object_delattr(args[0], args[1]) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *builtin_hasattr(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("hasattr", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!pt_is_str(args[1])) {
        return pt_err_format(pt_exc_TypeError, "attribute name must be string, not '%s'", pt_type_name_of(args[1]));
    }
    PtObject *r = NULL;
    int found = pt_object_lookup_attr(args[0], args[1], &r);
    pt_xdecref(r);
    return found < 0 ? NULL : pt_newref(pt_bool(found));
}

static PtObject *builtin_isinstance(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = pt_object_isinstance(args[0], args[1]);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *builtin_issubclass(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = pt_object_issubclass(args[0], args[1]);
    return r < 0 ? NULL : pt_newref(pt_bool(r));
}

static PtObject *builtin_callable(PtObject *self, PtObject *v) { return pt_newref(pt_bool(pt_callable_check(v))); }

static PtObject *builtin_hash(PtObject *self, PtObject *v) {
    pt_hash h = pt_object_hash(v);
    return h == -1 ? NULL : pt_int_from_i64(h);
}

static PtObject *builtin_id(PtObject *self, PtObject *v) { return pt_object_id(v); }

static PtObject *builtin_dir(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    PtObject *names;
    if (nargs == 0) {
        PtObject *locals = pt_eval_locals();
        if (locals == NULL) {
            return NULL;
        }
        names = pt_object_call_method_str(locals, "keys", NULL, 0);
        pt_decref(locals);
        if (names != NULL && !pt_is_list(names)) {
            PtObject *l = pt_seq_list(names);
            pt_decref(names);
            names = l;
        }
    } else {
        PtObject *f = pt_type_lookup(pt_type(args[0]), PT_ID(__dir__));
        if (f == NULL) {
            return pt_err_set_string(pt_exc_TypeError, "object does not provide __dir__");
        }
        PtObject *r = pt_object_call_method(args[0], PT_ID(__dir__), NULL, 0, NULL);
        if (r == NULL) {
            return NULL;
        }
        names = pt_seq_list(r);
        pt_decref(r);
    }
    if (names == NULL) {
        return NULL;
    }
    if (pt_list_sort(names) < 0) {
        pt_decref(names);
        return NULL;
    }
    return names;
}

static PtObject *builtin_vars(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return pt_eval_locals();
    }
    PtObject *d = NULL;
    int r = pt_object_lookup_attr(args[0], PT_ID(__dict__), &d);
    if (r == 0) {
        return pt_err_set_string(pt_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

// ---- Code: globals, locals, compile, exec, eval ----

static PtObject *builtin_globals(PtObject *self, PtObject *unused) {
    PtObject *g = pt_eval_globals();
    if (g == NULL) {
        return pt_err_set_string(pt_exc_SystemError, "globals(): no current frame");
    }
    return pt_newref(g);
}

static PtObject *builtin_locals(PtObject *self, PtObject *unused) { return pt_eval_locals(); }

// The source argument of compile/exec/eval as UTF-8 bytes. New bytes or NULL.
static PtObject *source_bytes(PtObject *src, const char *fname) {
    if (pt_is_str(src)) {
        return pt_str_encode_utf8(src);
    }
    if (pt_is_bytes(src)) {
        return pt_newref(src);
    }
    if (pt_is_bytearray(src)) {
        return pt_bytes_new(pt_bytearray_data(src), (size_t)pt_bytearray_len(src));
    }
    const char *other = strcmp(fname, "compile") == 0 ? "AST" : "code";
    return pt_err_format(pt_exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname, other);
}

static PtObject *builtin_compile(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *source, *filename, *mode;
    int flags = 0, dont_inherit = 0, optimize = -1, feature = 0;
    static const char *const kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                         "_feature_version", NULL};
    if (pt_parse_args(args, nargs, kwnames, "OOU|ipi$i:compile", kwlist, &source, &filename, &mode, &flags,
                      &dont_inherit, &optimize, &feature) < 0) {
        return NULL;
    }
    int m;
    if (pt_str_eq_cstr(mode, "exec")) {
        m = PT_MODE_EXEC;
    } else if (pt_str_eq_cstr(mode, "eval")) {
        m = PT_MODE_EVAL;
    } else if (pt_str_eq_cstr(mode, "single")) {
        m = PT_MODE_SINGLE;
    } else {
        return pt_err_set_string(pt_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (pt_tid(source) == PT_TID_CODE) {
        return pt_newref(source);
    }
    PtObject *fname = pt_is_str(filename) ? pt_newref(filename) : pt_object_str(filename);
    PtObject *b = fname != NULL ? source_bytes(source, "compile") : NULL;
    if (b == NULL) {
        pt_xdecref(fname);
        return NULL;
    }
    if (memchr(pt_bytes_data(b), 0, (size_t)pt_bytes_len(b)) != NULL) {
        pt_decref(b);
        pt_decref(fname);
        return pt_err_set_string(pt_exc_ValueError, "source code string cannot contain null bytes");
    }
    PtObject *code = pt_compile(pt_bytes_data(b), (size_t)pt_bytes_len(b), fname, m, flags);
    pt_decref(b);
    pt_decref(fname);
    return code;
}

// Shared by exec and eval: pick globals/locals, compile strings, run.
static PtObject *exec_eval(PtObject *const *args, size_t nargs, PtObject *kwnames, int mode, const char *fname) {
    PtObject *source, *globals = pt_None, *locals = pt_None, *closure = pt_None;
    static const char *const kwlist[] = {"", "globals", "locals", "closure", NULL};
    if ((mode == PT_MODE_EVAL && pt_check_nargs(fname, nargs, 1, 3) < 0) ||  // eval words it the newer way
        pt_parse_args(args, nargs, kwnames, mode == PT_MODE_EVAL ? "O|OO:eval" : "O|OO$O:exec", kwlist, &source,
                      &globals, &locals, &closure) < 0) {
        return NULL;
    }
    // CPython words these differently for eval and exec.
    int is_eval = mode == PT_MODE_EVAL;
    if (globals != pt_None && !pt_is_dict(globals)) {
        if (!is_eval) {
            return pt_err_format(pt_exc_TypeError, "exec() globals must be a dict, not %T", globals);
        }
        return pt_err_set_string(pt_exc_TypeError, pt_type(globals)->as_mapping != NULL
                                                       ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                       : "globals must be a dict");
    }
    if (locals != pt_None && pt_type(locals)->as_mapping == NULL) {
        if (!is_eval) {
            return pt_err_format(pt_exc_TypeError, "locals must be a mapping or None, not %T", locals);
        }
        return pt_err_set_string(pt_exc_TypeError, "locals must be a mapping");
    }
    PtObject *g, *l;
    if (globals == pt_None) {
        g = pt_eval_globals();
        if (g == NULL) {
            return pt_err_set_string(pt_exc_SystemError, "no current frame");
        }
        pt_incref(g);
        l = locals == pt_None ? pt_eval_locals() : pt_newref(locals);
        if (l == NULL) {
            pt_decref(g);
            return NULL;
        }
    } else {
        g = pt_newref(globals);
        l = pt_newref(locals == pt_None ? globals : locals);
    }
    if (pt_dict_get_cstr(g, "__builtins__") == NULL &&
        pt_dict_set_cstr(g, "__builtins__", pt_interp()->builtins_mod) < 0) {
        goto error;
    }
    PtObject *code;
    if (pt_tid(source) == PT_TID_CODE) {
        code = pt_newref(source);
    } else {
        PtObject *b = source_bytes(source, fname);
        if (b == NULL) {
            goto error;
        }
        const char *s = pt_bytes_data(b);
        size_t n = (size_t)pt_bytes_len(b);
        if (memchr(s, 0, n) != NULL) {
            pt_decref(b);
            pt_err_set_string(pt_exc_ValueError, "source code string cannot contain null bytes");
            goto error;
        }
        if (mode == PT_MODE_EVAL) {  // eval strips leading spaces and tabs
            while (n > 0 && (*s == ' ' || *s == '\t')) {
                s++, n--;
            }
        }
        PtObject *fn = pt_str_from_cstr("<string>");
        code = fn != NULL ? pt_compile(s, n, fn, mode, 0) : NULL;
        pt_xdecref(fn);
        pt_decref(b);
        if (code == NULL) {
            goto error;
        }
    }
    PtObject *r = pt_eval_code(code, g, l);
    pt_decref(code);
    pt_decref(g);
    pt_decref(l);
    if (r != NULL && mode == PT_MODE_EXEC) {
        pt_decref(r);
        return pt_newref(pt_None);
    }
    return r;
error:
    pt_decref(g);
    pt_decref(l);
    return NULL;
}

static PtObject *builtin_exec(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return exec_eval(args, nargs, kwnames, PT_MODE_EXEC, "exec");
}

static PtObject *builtin_eval(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return exec_eval(args, nargs, kwnames, PT_MODE_EVAL, "eval");
}

// ---- Classes: __build_class__ ----

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static PtObject *builtin_build_class(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs < 2) {
        return pt_err_set_string(pt_exc_TypeError, "__build_class__: not enough arguments");
    }
    PtObject *func = args[0], *name = args[1];
    if (pt_tid(func) != PT_TID_FUNCTION) {
        return pt_err_set_string(pt_exc_TypeError, "__build_class__: func must be a function");
    }
    if (!pt_is_str(name)) {
        return pt_err_set_string(pt_exc_TypeError, "__build_class__: name is not a string");
    }
    PtObject *bases = pt_tuple_from_array(args + 2, nargs - 2);
    if (bases == NULL) {
        return NULL;
    }
    // Separate metaclass= from the other keywords.
    PtObject *meta = NULL, *kwn = NULL, *result = NULL, *ns = NULL, *orig_bases = NULL;
    size_t nkw = kwnames != NULL ? (size_t)pt_tuple_len(kwnames) : 0;
    PtObject **kwv = NULL;
    size_t nother = 0;
    if (nkw > 0) {
        kwv = pt_mem_alloc(nkw * sizeof(PtObject *));
        kwn = pt_tuple_new((pt_ssize)nkw);
        if (kwv == NULL || kwn == NULL) {
            pt_err_no_memory();
            goto done;
        }
        for (size_t i = 0; i < nkw; i++) {
            PtObject *k = pt_tuple_get(kwnames, (pt_ssize)i);
            if (pt_str_eq_cstr(k, "metaclass")) {
                meta = args[nargs + i];
            } else {
                pt_tuple_set_steal(kwn, (pt_ssize)nother, pt_newref(k));
                kwv[nother++] = args[nargs + i];
            }
        }
        for (size_t i = nother; i < nkw; i++) {
            pt_tuple_set_steal(kwn, (pt_ssize)i, pt_newref(pt_None));
        }
        if (nother < nkw) {
            PtObject *shrunk = pt_tuple_slice(kwn, 0, (pt_ssize)nother);
            pt_decref(kwn);
            kwn = shrunk;
            if (kwn == NULL) {
                goto done;
            }
        }
        if (nother == 0) {
            pt_clearref(&kwn);
        }
    }
    // __mro_entries__ (PEP 560) on non-type bases.
    orig_bases = pt_newref(bases);
    for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
        PtObject *b = pt_tuple_get(bases, i);
        if (pt_is_heap(b) && pt_type_is_subtype_flag(pt_type(b), PT_TF_TYPE_SUB)) {
            continue;
        }
        PtObject *me = NULL;
        int r = pt_object_lookup_attr(b, PT_ID(__mro_entries__), &me);
        if (r < 0) {
            goto done;
        }
        if (r == 0) {
            continue;
        }
        PtObject *entries = pt_object_call1(me, bases);
        pt_decref(me);
        if (entries == NULL) {
            goto done;
        }
        if (!pt_is_tuple(entries)) {
            pt_decref(entries);
            pt_err_set_string(pt_exc_TypeError, "__mro_entries__ must return a tuple");
            goto done;
        }
        PtObject *l = pt_list_new(0);
        for (pt_ssize j = 0; l != NULL && j < pt_tuple_len(bases); j++) {
            if (j == i) {
                pt_list_extend(l, entries);
            } else {
                pt_list_append(l, pt_tuple_get(bases, j));
            }
        }
        pt_decref(entries);
        if (l == NULL) {
            goto done;
        }
        PtObject *nb = pt_list_as_tuple(l);
        pt_decref(l);
        if (nb == NULL) {
            goto done;
        }
        pt_decref(bases);
        bases = nb;
        i = -1;  // rescan
    }
    if (meta == NULL) {
        meta = pt_tuple_len(bases) > 0 ? (PtObject *)pt_type(pt_tuple_get(bases, 0)) : (PtObject *)&pt_type_type;
    }
    pt_incref(meta);
    if (pt_is_heap(meta) && pt_type_is_subtype_flag(pt_type(meta), PT_TF_TYPE_SUB)) {
        // The most derived metaclass among meta and the bases' types.
        PtType *winner = (PtType *)meta;
        for (pt_ssize i = 0; i < pt_tuple_len(bases); i++) {
            PtType *bm = pt_type(pt_tuple_get(bases, i));
            if (pt_type_is_subtype(winner, bm)) {
                continue;
            }
            if (pt_type_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            pt_decref(meta);
            pt_err_set_string(pt_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                                "(non-strict) subclass of the metaclasses of all its bases");
            goto done;
        }
        pt_setref(&meta, pt_newref((PtObject *)winner));
    }
    // ns = meta.__prepare__(name, bases, **kwds)
    PtObject *prep = NULL;
    int has_prep = pt_object_lookup_attr(meta, PT_ID(__prepare__), &prep);
    if (has_prep < 0) {
        pt_decref(meta);
        goto done;
    }
    if (has_prep) {
        PtObject *pargs[2 + 16];
        size_t np = 2;
        pargs[0] = name;
        pargs[1] = bases;
        for (size_t i = 0; i < nother && i < 16; i++) {
            pargs[np + i] = kwv[i];
        }
        ns = pt_object_call(prep, pargs, 2, kwn);
        pt_decref(prep);
    } else {
        ns = pt_dict_new();
    }
    if (ns == NULL) {
        pt_decref(meta);
        goto done;
    }
    if (pt_type(ns)->as_mapping == NULL) {
        pt_err_format(pt_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      pt_is_heap(meta) && pt_type_is_subtype_flag(pt_type(meta), PT_TF_TYPE_SUB)
                          ? pt_type_name((PtType *)meta)
                          : "<metaclass>",
                      pt_type_name_of(ns));
        pt_decref(meta);
        goto done;
    }
    // Classes made from non-class bases remember the originals (PEP 560).
    if (bases != orig_bases && pt_object_setitem(ns, pt_str_id("__orig_bases__"), orig_bases) < 0) {
        pt_decref(meta);
        goto done;
    }
    // Run the class body with ns as its locals.
    PtObject *cell = pt_eval_function_with_locals(func, ns);
    if (cell == NULL) {
        pt_decref(meta);
        goto done;
    }
    // If the original bases differ after __mro_entries__, record __orig_bases__.
    {
        PtObject *margs[3 + 16];
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        for (size_t i = 0; i < nother && i < 16; i++) {
            margs[3 + i] = kwv[i];
        }
        result = pt_object_call(meta, margs, 3, kwn);
    }
    if (result != NULL && pt_tid(cell) == PT_TID_CELL) {
        PtObject *cv = pt_cell_get(cell);
        if (cv != result && pt_is_heap(result) && pt_type_is_subtype_flag(pt_type(result), PT_TF_TYPE_SUB)) {
            if (cv == NULL) {
                pt_err_format(pt_exc_RuntimeError, "__class__ not set defining '%U' as %R. Was __classcell__ "
                                                   "propagated to type.__new__?", name, result);
            } else {
                pt_err_format(pt_exc_TypeError, "__class__ set to %R defining '%U' as %R", cv, name, result);
            }
            pt_clearref(&result);
        }
    }
    pt_decref(cell);
    pt_decref(meta);
done:
    if (kwv != NULL) {
        pt_mem_free(kwv, nkw * sizeof(PtObject *));
    }
    pt_xdecref(kwn);
    pt_xdecref(ns);
    pt_decref(bases);
    pt_xdecref(orig_bases);
    return result;
}

static PtObject *builtin_import(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *name, *globals = pt_None, *locals = pt_None, *fromlist = pt_None;
    int level = 0;
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    if (pt_parse_args(args, nargs, kwnames, "U|OOOi:__import__", kwlist, &name, &globals, &locals, &fromlist,
                      &level) < 0) {
        return NULL;
    }
    extern PtObject *pt_import_level(PtObject *name, PtObject *globals, PtObject *fromlist, int level);
    return pt_import_level(name, globals, fromlist, level);
}

// open() is io.open, written in C (src/modules/mod_io.c): nothing of io is
// imported until a program opens a file.
static PtObject *builtin_open(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_io_open(args, nargs, kwnames);
}

static const PtMethodDef builtins_methods[] = {
    {"open", PT_FN(builtin_open), PT_METH_FASTKW, "Open file and return a stream."},
    {"__build_class__", PT_FN(builtin_build_class), PT_METH_FASTKW,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", PT_FN(builtin_import), PT_METH_FASTKW, "Import a module."},
    {"abs", PT_FN(builtin_abs), PT_METH_O, "Return the absolute value of the argument."},
    {"aiter", PT_FN(builtin_aiter), PT_METH_O, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", PT_FN(builtin_all), PT_METH_O, "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", PT_FN(builtin_anext), PT_METH_FAST, "Return the next item from the async iterator."},
    {"any", PT_FN(builtin_any), PT_METH_O, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", PT_FN(builtin_ascii), PT_METH_O, "Return an ASCII-only representation of an object."},
    {"bin", PT_FN(builtin_bin), PT_METH_O, "Return the binary representation of an integer."},
    {"callable", PT_FN(builtin_callable), PT_METH_O, "Return whether the object is callable."},
    {"chr", PT_FN(builtin_chr), PT_METH_O, "Return a Unicode string of one character with ordinal i."},
    {"compile", PT_FN(builtin_compile), PT_METH_FASTKW, "Compile source into a code object."},
    {"delattr", PT_FN(builtin_delattr), PT_METH_FAST, "Deletes the named attribute from the given object."},
    {"dir", PT_FN(builtin_dir), PT_METH_FAST, "Show attributes of an object."},
    {"divmod", PT_FN(builtin_divmod), PT_METH_FAST, "Return the tuple (x//y, x%y)."},
    {"eval", PT_FN(builtin_eval), PT_METH_FASTKW, "Evaluate the given source."},
    {"exec", PT_FN(builtin_exec), PT_METH_FASTKW, "Execute the given source."},
    {"format", PT_FN(builtin_format), PT_METH_FAST, "Return type(value).__format__(value, format_spec)"},
    {"getattr", PT_FN(builtin_getattr), PT_METH_FAST, "Get a named attribute from an object."},
    {"globals", PT_FN(builtin_globals), PT_METH_NOARGS, "Return the dictionary containing the current scope's global variables."},
    {"hasattr", PT_FN(builtin_hasattr), PT_METH_FAST, "Return whether the object has an attribute with the given name."},
    {"hash", PT_FN(builtin_hash), PT_METH_O, "Return the hash value for the given object."},
    {"hex", PT_FN(builtin_hex), PT_METH_O, "Return the hexadecimal representation of an integer."},
    {"id", PT_FN(builtin_id), PT_METH_O, "Return the identity of an object."},
    {"input", PT_FN(builtin_input), PT_METH_FAST, "Read a string from standard input."},
    {"isinstance", PT_FN(builtin_isinstance), PT_METH_FAST, "Return whether an object is an instance of a class."},
    {"issubclass", PT_FN(builtin_issubclass), PT_METH_FAST, "Return whether 'cls' is derived from another class."},
    {"iter", PT_FN(builtin_iter), PT_METH_FAST, "Get an iterator from an object."},
    {"len", PT_FN(builtin_len), PT_METH_O, "Return the number of items in a container."},
    {"locals", PT_FN(builtin_locals), PT_METH_NOARGS, "Return a dictionary containing the current scope's local variables."},
    {"max", PT_FN(builtin_max), PT_METH_FASTKW, "Return the largest item."},
    {"min", PT_FN(builtin_min), PT_METH_FASTKW, "Return the smallest item."},
    {"next", PT_FN(builtin_next), PT_METH_FAST, "Return the next item from the iterator."},
    {"oct", PT_FN(builtin_oct), PT_METH_O, "Return the octal representation of an integer."},
    {"ord", PT_FN(builtin_ord), PT_METH_O, "Return the Unicode code point for a one-character string."},
    {"pow", PT_FN(builtin_pow), PT_METH_FASTKW, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"print", PT_FN(builtin_print), PT_METH_FASTKW, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", PT_FN(builtin_repr), PT_METH_O, "Return the canonical string representation of the object."},
    {"round", PT_FN(builtin_round), PT_METH_FASTKW, "Round a number to a given precision in decimal digits."},
    {"setattr", PT_FN(builtin_setattr), PT_METH_FAST, "Sets the named attribute on the given object to the specified value."},
    {"sorted", PT_FN(builtin_sorted), PT_METH_FASTKW, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", PT_FN(builtin_sum), PT_METH_FASTKW, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", PT_FN(builtin_vars), PT_METH_FAST, "Show vars."},
    {NULL, NULL, 0, NULL},
};

// Types exposed by name (beyond what types.def marks).
static int add_types(PtObject *m) {
    struct {
        const char *name;
        PtType *type;
    } types[] = {
        {"object", &pt_object_type},       {"type", &pt_type_type},
        {"int", &pt_int_type},             {"bool", &pt_bool_type},
        {"float", &pt_float_type},         {"complex", &pt_complex_type},
        {"str", &pt_str_type},             {"bytes", &pt_bytes_type},
        {"bytearray", &pt_bytearray_type}, {"memoryview", &pt_memoryview_type},
        {"list", &pt_list_type},           {"tuple", &pt_tuple_type},
        {"dict", &pt_dict_type},           {"set", &pt_set_type},
        {"frozenset", &pt_frozenset_type}, {"range", &pt_range_type},
        {"slice", &pt_slice_type},         {"property", &pt_property_type},
        {"classmethod", &pt_classmethod_type}, {"staticmethod", &pt_staticmethod_type},
        {"super", &pt_super_type},         {"enumerate", &pt_enumerate_type},
        {"zip", &pt_zip_type},             {"map", &pt_map_type},
        {"filter", &pt_filter_type},       {"reversed", &pt_reversed_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (pt_module_add(m, types[i].name, (PtObject *)types[i].type) < 0) {
            return -1;
        }
    }
    return 0;
}

static int add_exceptions(PtObject *m) {
    if (pt_module_add(m, "BaseException", pt_exc_BaseException) < 0) {
        return -1;
    }
#define PT_EXC(name, base)                                   \
    if (pt_module_add(m, #name, pt_exc_##name) < 0) {         \
        return -1;                                           \
    }
#include "pith/exceptions.def"
#undef PT_EXC
    // Aliases kept by CPython.
    if (pt_module_add(m, "EnvironmentError", pt_exc_OSError) < 0 || pt_module_add(m, "IOError", pt_exc_OSError) < 0) {
        return -1;
    }
    return 0;
}

static int builtins_exec(PtObject *m) {
    if (pt_module_add(m, "None", pt_None) < 0 || pt_module_add(m, "Ellipsis", pt_Ellipsis) < 0 ||
        pt_module_add(m, "NotImplemented", pt_NotImplemented) < 0 || pt_module_add(m, "True", pt_True) < 0 ||
        pt_module_add(m, "False", pt_False) < 0 || pt_module_add(m, "__debug__", pt_True) < 0) {
        return -1;
    }
    return add_types(m) < 0 || add_exceptions(m) < 0 ? -1 : 0;
}

const PtModuleDef pt_mod_builtins_def = {
    .name = "builtins",
    .doc = "Built-in functions, types, exceptions, and other objects.",
    .methods = builtins_methods,
    .exec = builtins_exec,
};
