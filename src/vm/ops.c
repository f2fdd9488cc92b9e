// src/vm/ops.c: the longer opcode bodies of the eval loop (see ops.h).
//
// Names, calls with */**, unpacking, f-strings, raise/except/except*, with,
// pattern matching, imports and the async protocol helpers. Everything here
// follows CPython 3.11's semantics and error messages; the eval loop keeps
// the stack handling and the fast paths.
// Tests: tests/golden/lang/ (match_*, except_star, with_*, unpack_*, async_*).
#include <string.h>
#include "pith.h"        // the object API
#include "obj/code.h"    // PtCode, PT_LK_*
#include "obj/type.h"    // pt_instance_get: inline attribute values
#include "obj/exc.h"     // pt_exc_*, exception groups
#include "obj/func.h"    // PtFunction, pt_function_new
#include "obj/gen.h"     // pt_coro_get_awaitable_iter, PtGen
#include "obj/type.h"    // pt_instance_dict_slot, pt_instance_get
#include "vm/errors.h"   // pt_err_raise_instance
#include "vm/eval.h"     // pt_call_function_str
#include "vm/frame.h"    // PtFrame, pt_frame_locals
#include "vm/ops.h"      // declarations
#include "vm/state.h"    // pt_interp

// ---- Names ----

PtObject *pt_op_name_error(PtObject *name) {
    pt_err_format(pt_exc_NameError, "name '%U' is not defined", name);
    PtObject *exc = pt_err_occurred();
    if (exc != NULL && pt_exc_is_instance(exc)) {
        pt_exc_set_name_obj(exc, name, NULL);
    }
    return NULL;
}

PtObject *pt_op_unbound_error(PtCode *co, int32_t i) {
    PtObject *name = pt_tuple_get(co->localsplusnames, i);
    if (co->localspluskinds[i] & PT_LK_FREE) {
        pt_err_format(pt_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in "
                      "enclosing scope",
                      name);
    } else {
        pt_err_format(pt_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value", name);
    }
    PtObject *exc = pt_err_occurred();
    if (exc != NULL && pt_exc_is_instance(exc)) {
        pt_exc_set_name_obj(exc, name, NULL);
    }
    return NULL;
}

// Look `name` up in mapping `m`: 1 found (*out new ref), 0 absent, -1 error.
// Only an exact dict is read directly: a dict subclass used as locals or
// builtins is asked through its __getitem__ (and so its __missing__).
static int mapping_lookup(PtObject *m, PtObject *name, PtObject **out) {
    if (pt_is_dict_exact(m)) {
        PtObject *v = pt_dict_get_str(m, name);
        *out = v != NULL ? pt_newref(v) : NULL;
        return v != NULL;
    }
    *out = pt_object_getitem(m, name);
    if (*out != NULL) {
        return 1;
    }
    if (pt_err_matches(pt_exc_KeyError)) {
        pt_err_clear();
        return 0;
    }
    return -1;
}

PtObject *pt_op_load_global(PtObject *globals, PtObject *builtins, PtObject *name) {
    PtObject *v;
    // Globals are always a dict, and read as one even when a subclass.
    int r = pt_is_dict_exact(globals) ? mapping_lookup(globals, name, &v) : pt_dict_get_ref(globals, name, &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    r = mapping_lookup(builtins, name, &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    return pt_op_name_error(name);
}

PtObject *pt_op_load_name(PtFrame *f, PtObject *name) {
    PtObject *v;
    if (f->locals == NULL) {
        return pt_err_format(pt_exc_SystemError, "no locals when loading %R", name);
    }
    int r = mapping_lookup(f->locals, name, &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    return pt_op_load_global(f->globals, f->builtins, name);
}

PtObject *pt_op_lookup_special(PtObject *obj, PtObject *name) {
    PtType *t = pt_type(obj);
    PtObject *d = pt_type_lookup(t, name);
    if (d == NULL) {
        return NULL;
    }
    PtDescrGetFn get = pt_type(d)->descr_get;
    if (get == NULL) {
        return pt_newref(d);
    }
    pt_incref(d);
    PtObject *r = get(d, obj, (PtObject *)t);
    pt_decref(d);
    return r;
}

int pt_op_load_method(PtObject *obj, PtObject *name, PtObject **meth) {
    PtType *t = pt_type(obj);
    if (t->getattro != pt_object_generic_getattr || !pt_is_str(name)) {
        *meth = pt_object_getattr(obj, name);
        return *meth != NULL ? 0 : -1;
    }
    PtObject *descr = pt_type_lookup(t, name);
    int is_method = 0;
    if (descr != NULL) {
        pt_incref(descr);
        PtType *dt = pt_type(descr);
        if (dt == &pt_function_type || dt == &pt_method_descr_type) {
            is_method = 1;
        } else if (dt->descr_get != NULL && dt->descr_set != NULL) {
            *meth = dt->descr_get(descr, obj, (PtObject *)t);
            pt_decref(descr);
            return *meth != NULL ? 0 : -1;
        }
    }
    PtObject **dslot = pt_is_heap(obj) && (t->flags & PT_TF_HAS_DICT) && t->dict_word >= 0
                           ? pt_object_prefix(obj, t->prefix_words) + t->dict_word
                           : NULL;
    if (dslot != NULL && *dslot != NULL) {
        PtObject *v = NULL;
        int r = pt_instance_get(obj, dslot, name, &v);  // dict or inline values (src/obj/instance.c)
        if (r != 0) {
            pt_xdecref(descr);
            *meth = v;
            return r > 0 ? 0 : -1;
        }
    }
    if (is_method) {
        *meth = descr;
        return 1;
    }
    if (descr != NULL) {
        PtDescrGetFn get = pt_type(descr)->descr_get;
        if (get != NULL) {
            *meth = get(descr, obj, (PtObject *)t);
            pt_decref(descr);
            return *meth != NULL ? 0 : -1;
        }
        *meth = descr;
        return 0;
    }
    *meth = pt_object_generic_getattr(obj, name);
    return *meth != NULL ? 0 : -1;
}

// ---- Calls ----

// 1 if `v` can be iterated (has __iter__ or is a sequence), for error messages.
static int is_iterable_for_message(PtObject *v) {
    PtType *t = pt_type(v);
    return t->iter != NULL || (t->as_sequence != NULL && t->as_sequence->item != NULL);
}

PtObject *pt_op_call_ex(PtObject *func, PtObject *args, PtObject *kwargs) {
    PtObject *tuple = NULL, *dict = NULL, *r = NULL;
    if (pt_is_tuple_exact(args)) {
        tuple = pt_newref(args);
    } else {
        if (!is_iterable_for_message(args)) {
            PtObject *fs = pt_call_function_str(func);
            if (fs != NULL) {
                pt_err_format(pt_exc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                              pt_type_name_of(args));
                pt_decref(fs);
            }
            return NULL;
        }
        if ((tuple = pt_seq_tuple(args)) == NULL) {
            return NULL;
        }
    }
    if (kwargs != NULL && !pt_is_dict_exact(kwargs)) {
        if ((dict = pt_dict_new()) == NULL || pt_op_dict_merge(func, dict, kwargs) < 0) {
            goto done;
        }
    } else if (kwargs != NULL) {
        dict = pt_newref(kwargs);
    }
    r = pt_object_call_tuple_dict(func, tuple, dict != NULL && pt_dict_len(dict) > 0 ? dict : NULL);
done:
    pt_xdecref(tuple);
    pt_xdecref(dict);
    return r;
}

// 1 if `v` has a `keys` attribute; runs with the pending exception saved.
static int has_keys_attr(PtObject *v) {
    PtObject *saved = pt_err_fetch();
    int r = pt_object_hasattr_str(v, "keys");
    pt_err_restore(saved);
    return r;
}

int pt_op_dict_merge(PtObject *func, PtObject *dict, PtObject *update) {
    if (pt_dict_merge(dict, update, 2) == 0) {
        return 0;
    }
    if (pt_err_matches(pt_exc_AttributeError) && !has_keys_attr(update)) {
        pt_err_clear();
        PtObject *fs = pt_call_function_str(func);
        if (fs != NULL) {
            pt_err_format(pt_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                          pt_type_name_of(update));
            pt_decref(fs);
        }
    } else if (pt_err_matches(pt_exc_KeyError)) {
        PtObject *exc = pt_err_fetch();
        PtObject *args = pt_exc_args(exc);
        if (args != NULL && pt_tuple_len(args) == 1) {
            PtObject *key = pt_tuple_get(args, 0);
            PtObject *fs = pt_call_function_str(func);
            if (fs != NULL) {
                if (pt_is_str(key)) {
                    pt_err_format(pt_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, key);
                } else {
                    pt_err_format(pt_exc_TypeError, "%U keywords must be strings", fs);
                }
                pt_decref(fs);
            }
            pt_decref(exc);
        } else {
            pt_err_restore(exc);
        }
    }
    return -1;
}

int pt_op_dict_update(PtObject *dict, PtObject *update) {
    if (pt_dict_merge(dict, update, 1) == 0) {
        return 0;
    }
    if (pt_err_matches(pt_exc_AttributeError) && !has_keys_attr(update)) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "'%s' object is not a mapping", pt_type_name_of(update));
    }
    return -1;
}

int pt_op_list_extend(PtObject *list, PtObject *iterable) {
    if (pt_list_extend(list, iterable) == 0) {
        return 0;
    }
    if (pt_err_matches(pt_exc_TypeError) && !is_iterable_for_message(iterable)) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "Value after * must be an iterable, not %s", pt_type_name_of(iterable));
    }
    return -1;
}

PtObject *pt_op_make_function(PtObject *code, PtObject *globals, PtObject **extras, uint32_t flags) {
    PtObject *fo = pt_function_new(code, globals, NULL);
    if (fo == NULL) {
        return NULL;
    }
    PtFunction *fn = (PtFunction *)fo;
    // extras: [defaults, kwdefaults, annotations, closure], stolen when present.
    if (flags & 1) {
        fn->defaults = extras[0];
    }
    if (flags & 2) {
        fn->kwdefaults = extras[1];
    }
    if (flags & 4) {
        fn->annotations = extras[2];
    }
    if (flags & 8) {
        fn->closure = extras[3];
    }
    return fo;
}

// ---- Unpacking ----

int pt_op_unpack(PtObject *seq, pt_ssize n, PtObject **out) {
    PtObject *it = pt_object_iter(seq);
    if (it == NULL) {
        if (pt_err_matches(pt_exc_TypeError) && !is_iterable_for_message(seq)) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError, "cannot unpack non-iterable %s object", pt_type_name_of(seq));
        }
        return -1;
    }
    pt_ssize i = 0;
    for (; i < n; i++) {
        PtObject *v = pt_iter_next(it);
        if (v == NULL) {
            if (!pt_err_occurred()) {
                pt_err_format(pt_exc_ValueError, "not enough values to unpack (expected %zd, got %zd)", n, i);
            }
            goto error;
        }
        out[n - 1 - i] = v;
    }
    PtObject *extra = pt_iter_next(it);
    if (extra != NULL) {
        pt_decref(extra);
        pt_err_format(pt_exc_ValueError, "too many values to unpack (expected %zd)", n);
        goto error;
    }
    if (pt_err_occurred()) {
        goto error;
    }
    pt_decref(it);
    return 0;
error:
    for (pt_ssize j = 0; j < i; j++) {
        pt_decref(out[n - 1 - j]);
    }
    pt_decref(it);
    return -1;
}

int pt_op_unpack_ex(PtObject *seq, int before, int after, PtObject **out) {
    pt_ssize total = before + after + 1;
    PtObject *it = pt_object_iter(seq);
    if (it == NULL) {
        if (pt_err_matches(pt_exc_TypeError) && !is_iterable_for_message(seq)) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError, "cannot unpack non-iterable %s object", pt_type_name_of(seq));
        }
        return -1;
    }
    int i = 0;
    PtObject *list = NULL;
    for (; i < before; i++) {
        PtObject *v = pt_iter_next(it);
        if (v == NULL) {
            if (!pt_err_occurred()) {
                pt_err_format(pt_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                              before + after, i);
            }
            goto error;
        }
        out[total - 1 - i] = v;
    }
    list = pt_seq_list(it);
    if (list == NULL) {
        goto error;
    }
    pt_ssize ll = pt_list_len(list);
    if (ll < after) {
        pt_err_format(pt_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, (pt_ssize)before + ll);
        goto error;
    }
    for (int j = 0; j < after; j++) {
        out[after - 1 - j] = pt_newref(pt_list_get(list, ll - after + j));
    }
    PtObject *rest = pt_list_slice(list, 0, ll - after);
    pt_decref(list);
    list = NULL;
    if (rest == NULL) {
        for (int j = 0; j < after; j++) {
            pt_decref(out[j]);
        }
        goto error;
    }
    out[after] = rest;
    pt_decref(it);
    return 0;
error:
    for (int j = 0; j < i; j++) {
        pt_decref(out[total - 1 - j]);
    }
    pt_xdecref(list);
    pt_decref(it);
    return -1;
}

PtObject *pt_op_format_value(PtObject *v, int conv, PtObject *spec) {
    PtObject *conv_v = NULL;
    switch (conv) {
    case 1:
        conv_v = pt_object_str(v);
        break;
    case 2:
        conv_v = pt_object_repr(v);
        break;
    case 3:
        conv_v = pt_object_ascii(v);
        break;
    default:
        conv_v = pt_newref(v);
        break;
    }
    if (conv_v == NULL) {
        return NULL;
    }
    if (spec == NULL && pt_is_str_exact(conv_v)) {
        return conv_v;
    }
    PtObject *r = pt_object_format(conv_v, spec);
    pt_decref(conv_v);
    return r;
}

PtObject *pt_op_build_string(PtObject *const *items, size_t n) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (pt_sb_append_str(&sb, items[i]) < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

// ---- Exceptions ----

// Instantiate an exception class for raise; new reference or NULL.
static PtObject *make_exception(PtObject *cls) {
    PtObject *v = pt_object_call0(cls);
    if (v == NULL) {
        return NULL;
    }
    if (!pt_exc_is_instance(v)) {
        pt_err_format(pt_exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                      cls, pt_type_name_of(v));
        pt_decref(v);
        return NULL;
    }
    return v;
}

int pt_op_do_raise(PtObject *exc, PtObject *cause) {
    PtObject *value = NULL, *cause_v = NULL;
    if (pt_exc_is_class(exc)) {
        if ((value = make_exception(exc)) == NULL) {
            return -1;
        }
    } else if (pt_exc_is_instance(exc)) {
        value = pt_newref(exc);
    } else {
        pt_err_set_string(pt_exc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause != NULL) {
        if (pt_exc_is_class(cause)) {
            if ((cause_v = make_exception(cause)) == NULL) {
                pt_decref(value);
                return -1;
            }
        } else if (pt_exc_is_instance(cause) || cause == pt_None) {
            cause_v = pt_newref(cause);
        } else {
            pt_decref(value);
            pt_err_set_string(pt_exc_TypeError, "exception causes must derive from BaseException");
            return -1;
        }
        pt_exc_set_cause(value, cause_v);
        pt_decref(cause_v);
    }
    pt_err_raise_instance(value);
    pt_decref(value);
    return -1;
}

int pt_op_check_except_type(PtObject *type) {
    if (pt_is_tuple(type)) {
        for (pt_ssize i = 0; i < pt_tuple_len(type); i++) {
            if (!pt_exc_is_class(pt_tuple_get(type, i))) {
                goto bad;
            }
        }
        return 0;
    }
    if (pt_exc_is_class(type)) {
        return 0;
    }
bad:
    pt_err_set_string(pt_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int pt_op_check_except_star_type(PtObject *type) {
    if (pt_op_check_except_type(type) < 0) {
        return -1;
    }
    PtType *eg = (PtType *)pt_exc_BaseExceptionGroup;
    int bad = 0;
    if (pt_is_tuple(type)) {
        for (pt_ssize i = 0; i < pt_tuple_len(type); i++) {
            bad |= pt_type_is_subtype((PtType *)pt_tuple_get(type, i), eg);
        }
    } else {
        bad = pt_type_is_subtype((PtType *)type, eg);
    }
    if (bad) {
        pt_err_set_string(pt_exc_TypeError,
                          "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int pt_op_eg_match(PtObject *exc, PtObject *type, PtObject **match, PtObject **rest) {
    if (exc == pt_None) {
        *match = pt_newref(pt_None);
        *rest = pt_newref(pt_None);
        return 0;
    }
    if (pt_err_given_matches(exc, type)) {
        if (pt_exc_is_group(exc)) {
            *match = pt_newref(exc);
        } else {
            // A naked exception matched: wrap it in an ExceptionGroup("", (exc,)).
            PtObject *excs = pt_tuple_pack(1, exc), *msg = pt_str_from_cstr("");
            PtObject *args[2] = {msg, excs};
            PtObject *eg = excs != NULL && msg != NULL ? pt_object_call(pt_exc_BaseExceptionGroup, args, 2, NULL) : NULL;
            pt_xdecref(excs);
            pt_xdecref(msg);
            if (eg == NULL) {
                return -1;
            }
            pt_exc_set_traceback(eg, pt_exc_traceback(exc));
            *match = eg;
        }
        *rest = pt_newref(pt_None);
        return 0;
    }
    if (pt_exc_is_group(exc)) {
        PtObject *pair = pt_object_call_method_str(exc, "split", &type, 1);
        if (pair == NULL) {
            return -1;
        }
        if (!pt_is_tuple(pair) || pt_tuple_len(pair) != 2) {
            pt_err_format(pt_exc_TypeError, "%s.split must return a 2-tuple, got %s", pt_type_name_of(exc),
                          pt_type_name_of(pair));
            pt_decref(pair);
            return -1;
        }
        *match = pt_newref(pt_tuple_get(pair, 0));
        *rest = pt_newref(pt_tuple_get(pair, 1));
        pt_decref(pair);
        return 0;
    }
    *match = pt_newref(pt_None);
    *rest = pt_newref(pt_None);
    return 0;
}

// Same __traceback__, __cause__ and __context__: `e` is a (projection of) `orig`.
static int same_metadata(PtObject *e, PtObject *orig) {
    return pt_exc_traceback(e) == pt_exc_traceback(orig) && pt_exc_cause(e) == pt_exc_cause(orig) &&
           pt_exc_context(e) == pt_exc_context(orig);
}

PtObject *pt_op_prep_reraise_star(PtObject *orig, PtObject *list) {
    pt_ssize n = pt_list_len(list);
    if (n == 0) {
        return pt_newref(pt_None);
    }
    if (!pt_exc_is_group(orig)) {
        // A naked exception was caught and wrapped: only one except* clause ran.
        return pt_newref(pt_list_get(list, 0));
    }
    PtObject *raised = pt_list_new(0), *reraised = pt_list_new(0), *result = NULL, *reraised_eg = NULL;
    if (raised == NULL || reraised == NULL) {
        goto done;
    }
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *e = pt_list_get(list, i);
        if (e == pt_None) {
            continue;
        }
        if (pt_list_append(same_metadata(e, orig) ? reraised : raised, e) < 0) {
            goto done;
        }
    }
    if ((reraised_eg = pt_exc_group_project(orig, reraised)) == NULL) {
        goto done;
    }
    if (pt_list_len(raised) == 0) {
        result = pt_newref(reraised_eg);
        goto done;
    }
    if (reraised_eg != pt_None && pt_list_append(raised, reraised_eg) < 0) {
        goto done;
    }
    if (pt_list_len(raised) > 1) {
        PtObject *msg = pt_str_from_cstr("");
        PtObject *args[2] = {msg, raised};
        result = msg != NULL ? pt_object_call(pt_exc_BaseExceptionGroup, args, 2, NULL) : NULL;
        pt_xdecref(msg);
    } else {
        result = pt_newref(pt_list_get(raised, 0));
    }
done:
    pt_xdecref(raised);
    pt_xdecref(reraised);
    pt_xdecref(reraised_eg);
    return result;
}

// ---- with ----

PtObject *pt_op_before_with(PtObject *mgr, PtObject **exit_out, int is_async) {
    PtObject *enter = pt_op_lookup_special(mgr, is_async ? PT_ID(__aenter__) : PT_ID(__enter__));
    if (enter == NULL) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_TypeError, "'%s' object does not support the %scontext manager protocol",
                          pt_type_name_of(mgr), is_async ? "asynchronous " : "");
        }
        return NULL;
    }
    PtObject *exit = pt_op_lookup_special(mgr, is_async ? PT_ID(__aexit__) : PT_ID(__exit__));
    if (exit == NULL) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_TypeError,
                          "'%s' object does not support the %scontext manager protocol (missed __%sexit__ method)",
                          pt_type_name_of(mgr), is_async ? "asynchronous " : "", is_async ? "a" : "");
        }
        pt_decref(enter);
        return NULL;
    }
    PtObject *res = pt_object_call0(enter);
    pt_decref(enter);
    if (res == NULL) {
        pt_decref(exit);
        return NULL;
    }
    *exit_out = exit;
    return res;
}

// ---- Pattern matching ----

// 1 if `t` is one of the types whose class patterns match the subject itself.
static int match_self_type(PtType *t) {
    static PtType *const types[] = {&pt_bool_type, &pt_bytearray_type, &pt_bytes_type, &pt_dict_type,
                                    &pt_float_type, &pt_frozenset_type, &pt_int_type, &pt_list_type,
                                    &pt_set_type, &pt_str_type, &pt_tuple_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (pt_type_is_subtype(t, types[i])) {
            return 1;
        }
    }
    return 0;
}

// getattr(subject, name) for a class pattern, checking duplicates in `seen`.
// 1 found (*out), 0 missing (no match), -1 error.
static int match_attr(PtObject *subject, PtObject *cls, PtObject *name, PtObject *seen, PtObject **out) {
    int r = pt_set_contains(seen, name);
    if (r != 0) {
        if (r > 0) {
            pt_err_format(pt_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          pt_type_name((PtType *)cls), name);
        }
        return -1;
    }
    if (pt_set_add(seen, name) < 0) {
        return -1;
    }
    return pt_object_lookup_attr(subject, name, out);
}

PtObject *pt_op_match_class(PtObject *subject, PtObject *cls, int npos, PtObject *names) {
    if (!pt_is_heap(cls) || !pt_type_is_subtype_flag(pt_type(cls), PT_TF_TYPE_SUB)) {
        return pt_err_set_string(pt_exc_TypeError, "called match pattern must be a type");
    }
    int inst = pt_object_isinstance(subject, cls);
    if (inst <= 0) {
        return inst < 0 ? NULL : pt_newref(pt_None);
    }
    PtObject *match_args = NULL, *seen = NULL, *attrs = NULL, *result = NULL;
    int match_self = 0;
    if ((seen = pt_set_new(NULL)) == NULL || (attrs = pt_list_new(0)) == NULL) {
        goto done;
    }
    if (npos > 0) {
        int r = pt_object_lookup_attr(cls, PT_ID(__match_args__), &match_args);
        if (r < 0) {
            goto done;
        }
        if (r > 0 && !pt_is_tuple_exact(match_args)) {
            pt_err_format(pt_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", pt_type_name((PtType *)cls),
                          pt_type_name_of(match_args));
            goto done;
        }
        if (r == 0) {
            match_self = match_self_type((PtType *)cls);
            match_args = pt_tuple_new(0);
            if (match_args == NULL) {
                goto done;
            }
        }
        pt_ssize allowed = match_self ? 1 : pt_tuple_len(match_args);
        if (npos > allowed) {
            pt_err_format(pt_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                          pt_type_name((PtType *)cls), allowed, allowed == 1 ? "" : "s", npos);
            goto done;
        }
        if (match_self) {
            if (pt_list_append(attrs, subject) < 0) {
                goto done;
            }
        } else {
            for (int i = 0; i < npos; i++) {
                PtObject *name = pt_tuple_get(match_args, i), *v = NULL;
                if (!pt_is_str(name)) {
                    pt_err_format(pt_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                                  pt_type_name_of(name));
                    goto done;
                }
                int r2 = match_attr(subject, cls, name, seen, &v);
                if (r2 <= 0) {
                    if (r2 == 0) {
                        result = pt_newref(pt_None);
                    }
                    goto done;
                }
                int a = pt_list_append_steal(attrs, v);
                if (a < 0) {
                    goto done;
                }
            }
        }
    }
    for (pt_ssize i = 0; i < pt_tuple_len(names); i++) {
        PtObject *v = NULL;
        int r2 = match_attr(subject, cls, pt_tuple_get(names, i), seen, &v);
        if (r2 <= 0) {
            if (r2 == 0) {
                result = pt_newref(pt_None);
            }
            goto done;
        }
        if (pt_list_append_steal(attrs, v) < 0) {
            goto done;
        }
    }
    result = pt_list_as_tuple(attrs);
done:
    pt_xdecref(match_args);
    pt_xdecref(seen);
    pt_xdecref(attrs);
    return result;
}

PtObject *pt_op_match_keys(PtObject *subject, PtObject *keys) {
    pt_ssize n = pt_tuple_len(keys);
    if (n == 0) {
        return pt_newref(pt_tuple_empty());
    }
    PtObject *get = NULL, *seen = NULL, *values = NULL, *dummy = NULL, *result = NULL;
    if ((get = pt_object_getattr(subject, PT_ID(get))) == NULL || (seen = pt_set_new(NULL)) == NULL ||
        (values = pt_list_new(0)) == NULL || (dummy = pt_object_call0((PtObject *)&pt_object_type)) == NULL) {
        goto done;
    }
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *key = pt_tuple_get(keys, i);
        int r = pt_set_contains(seen, key);
        if (r != 0) {
            if (r > 0) {
                pt_err_format(pt_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            }
            goto done;
        }
        if (pt_set_add(seen, key) < 0) {
            goto done;
        }
        PtObject *args[2] = {key, dummy};
        PtObject *v = pt_object_call(get, args, 2, NULL);
        if (v == NULL) {
            goto done;
        }
        if (v == dummy) {
            pt_decref(v);
            result = pt_newref(pt_None);
            goto done;
        }
        if (pt_list_append_steal(values, v) < 0) {
            goto done;
        }
    }
    result = pt_list_as_tuple(values);
done:
    pt_xdecref(get);
    pt_xdecref(seen);
    pt_xdecref(values);
    pt_xdecref(dummy);
    return result;
}

// ---- Imports ----

PtObject *pt_op_import_name(PtFrame *f, PtObject *name, PtObject *fromlist, PtObject *level) {
    PtObject *import = NULL;
    int r = mapping_lookup(f->builtins, PT_ID(__import__), &import);
    if (r <= 0) {
        if (r == 0) {
            pt_err_set_string(pt_exc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    PtObject *locals = f->locals != NULL && !(f->code->flags & PT_CO_OPTIMIZED) ? f->locals : pt_None;
    PtObject *args[5] = {name, f->globals, locals, fromlist, level};
    PtObject *m = pt_object_call(import, args, 5, NULL);
    pt_decref(import);
    return m;
}

PtObject *pt_op_import_from(PtObject *module, PtObject *name) {
    PtObject *x = NULL;
    int r = pt_object_lookup_attr(module, name, &x);
    if (r != 0) {
        return r > 0 ? x : NULL;
    }
    // A submodule imported but not bound as an attribute yet (circular imports).
    PtObject *pkgname = NULL, *full = NULL, *path = NULL;
    if (pt_object_lookup_attr(module, PT_ID(__name__), &pkgname) <= 0 || !pt_is_str(pkgname)) {
        pt_err_clear();
        pt_xdecref(pkgname);
        pt_err_format(pt_exc_ImportError, "cannot import name '%U'", name);
        return NULL;
    }
    full = pt_str_format("%U.%U", pkgname, name);
    PtObject *modules = pt_interp()->modules;
    if (full != NULL && modules != NULL) {
        PtObject *m = NULL;
        r = pt_dict_get_ref(modules, full, &m);
        if (r != 0) {
            pt_decref(full);
            pt_decref(pkgname);
            return r > 0 ? m : NULL;
        }
    }
    pt_xdecref(full);
    if (pt_object_lookup_attr(module, PT_ID(__file__), &path) < 0) {
        pt_err_clear();
    }
    int initializing = 0;
    PtObject *spec = NULL;
    if (pt_object_lookup_attr(module, PT_ID(__spec__), &spec) > 0 && spec != pt_None) {
        PtObject *flag = NULL;
        if (pt_object_lookup_attr(spec, PT_ID(_initializing), &flag) > 0) {
            initializing = pt_object_is_true(flag) > 0;
        }
        pt_xdecref(flag);
    }
    pt_xdecref(spec);
    pt_err_clear();
    const char *partial = initializing ? "partially initialized module " : "";
    const char *circ = initializing ? " (most likely due to a circular import)" : "";
    if (path != NULL && pt_is_str(path)) {
        pt_err_format(pt_exc_ImportError, "cannot import name '%U' from %s'%U'%s (%U)", name, partial, pkgname, circ,
                      path);
    } else {
        pt_err_format(pt_exc_ImportError, "cannot import name '%U' from %s'%U'%s (unknown location)", name,
                      partial, pkgname, circ);
    }
    PtObject *exc = pt_err_occurred();
    if (exc != NULL && pt_exc_is_instance(exc)) {
        pt_object_setattr_str(exc, "name", pkgname);
        pt_object_setattr_str(exc, "path", path != NULL ? path : pt_None);
        if (pt_err_occurred() != exc) {
            pt_err_clear();
        }
    }
    pt_xdecref(path);
    pt_decref(pkgname);
    return NULL;
}

int pt_op_import_star(PtFrame *f, PtObject *module) {
    PtObject *locals = pt_frame_locals(f);
    if (locals == NULL) {
        if (!pt_err_occurred()) {
            pt_err_set_string(pt_exc_SystemError, "no locals found during 'import *'");
        }
        return -1;
    }
    PtObject *all = NULL, *names = NULL;
    int skip_private = 0;
    int r = pt_object_lookup_attr(module, PT_ID(__all__), &all);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        PtObject *d = NULL;
        if (pt_object_lookup_attr(module, PT_ID(__dict__), &d) <= 0) {
            if (!pt_err_occurred()) {
                pt_err_set_string(pt_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return -1;
        }
        names = pt_object_call_method_str(d, "keys", NULL, 0);
        pt_decref(d);
        skip_private = 1;
    } else {
        names = pt_newref(all);
    }
    pt_xdecref(all);
    if (names == NULL) {
        return -1;
    }
    PtObject *it = pt_object_iter(names), *name;
    int rc = it != NULL ? 0 : -1;
    while (it != NULL && (name = pt_iter_next(it)) != NULL) {
        if (!pt_is_str(name)) {
            PtObject *mn = pt_object_getattr_str(module, "__name__");
            if (mn == NULL) {
                pt_err_clear();
            }
            pt_err_format(pt_exc_TypeError, skip_private ? "Key in %S.__dict__ must be str, not %s"
                                                         : "Item in %S.__all__ must be str, not %s",
                          mn ? mn : pt_None, pt_type_name_of(name));
            pt_xdecref(mn);
            pt_decref(name);
            rc = -1;
            break;
        }
        if (skip_private && pt_str_len(name) > 0 && pt_str_char(name, 0) == '_') {
            pt_decref(name);
            continue;
        }
        PtObject *v = pt_object_getattr(module, name);
        if (v == NULL || (pt_is_dict_exact(locals) ? pt_dict_set(locals, name, v) : pt_object_setitem(locals, name, v)) < 0) {
            pt_xdecref(v);
            pt_decref(name);
            rc = -1;
            break;
        }
        pt_decref(v);
        pt_decref(name);
    }
    if (rc == 0 && pt_err_occurred()) {
        rc = -1;
    }
    pt_xdecref(it);
    pt_decref(names);
    return rc;
}

// ---- Async ----

PtObject *pt_op_get_awaitable(PtObject *obj, int where) {
    PtObject *it = pt_coro_get_awaitable_iter(obj);
    if (it == NULL) {
        if (where != 0 && pt_err_matches(pt_exc_TypeError) && pt_type_lookup(pt_type(obj), PT_ID(__await__)) == NULL) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError,
                          "'async with' received an object from __a%s__ that does not implement __await__: %s",
                          where == 1 ? "enter" : "exit", pt_type_name_of(obj));
        }
        return NULL;
    }
    if (pt_tid(it) == PT_TID_COROUTINE && pt_gen_yf(it) != NULL) {
        pt_decref(it);
        return pt_err_set_string(pt_exc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

PtObject *pt_op_get_aiter(PtObject *obj) {
    PtObject *getter = pt_op_lookup_special(obj, PT_ID(__aiter__));
    if (getter == NULL) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                          pt_type_name_of(obj));
        }
        return NULL;
    }
    PtObject *it = pt_object_call0(getter);
    pt_decref(getter);
    if (it == NULL) {
        return NULL;
    }
    if (pt_type_lookup(pt_type(it), PT_ID(__anext__)) == NULL) {
        pt_err_format(pt_exc_TypeError,
                      "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                      pt_type_name_of(it));
        pt_decref(it);
        return NULL;
    }
    return it;
}

PtObject *pt_op_get_anext(PtObject *aiter) {
    if (pt_tid(aiter) == PT_TID_ASYNC_GENERATOR) {
        return pt_async_gen_anext(aiter);
    }
    PtObject *getter = pt_op_lookup_special(aiter, PT_ID(__anext__));
    if (getter == NULL) {
        if (!pt_err_occurred()) {
            pt_err_format(pt_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                          pt_type_name_of(aiter));
        }
        return NULL;
    }
    PtObject *next = pt_object_call0(getter);
    pt_decref(getter);
    if (next == NULL) {
        return NULL;
    }
    PtObject *aw = pt_coro_get_awaitable_iter(next);
    if (aw == NULL && pt_err_matches(pt_exc_TypeError)) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                      pt_type_name_of(next));
    }
    pt_decref(next);
    return aw;
}

PtObject *pt_op_get_yield_from_iter(PtObject *v, PtCode *co) {
    if (pt_tid(v) == PT_TID_COROUTINE) {
        if (!(co->flags & (PT_CO_COROUTINE | PT_CO_ITERABLE_COROUTINE))) {
            return pt_err_set_string(pt_exc_TypeError,
                                     "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return pt_newref(v);
    }
    if (pt_tid(v) == PT_TID_GENERATOR) {
        return pt_newref(v);
    }
    return pt_object_iter(v);
}

// ---- Miscellaneous ----

int pt_op_print_expr(PtObject *v) {
    PtInterp *in = pt_interp();
    PtObject *hook = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, "displayhook") : NULL;
    if (hook == NULL) {
        pt_err_set_string(pt_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    pt_incref(hook);
    PtObject *r = pt_object_call1(hook, v);
    pt_decref(hook);
    if (r == NULL) {
        return -1;
    }
    pt_decref(r);
    return 0;
}

int pt_op_setup_annotations(PtFrame *f) {
    if (f->locals == NULL) {
        pt_err_set_string(pt_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    PtObject *v = NULL;
    int r = mapping_lookup(f->locals, PT_ID(__annotations__), &v);
    if (r != 0) {
        pt_xdecref(v);
        return r > 0 ? 0 : -1;
    }
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return -1;
    }
    r = pt_is_dict_exact(f->locals) ? pt_dict_set(f->locals, PT_ID(__annotations__), d)
                                    : pt_object_setitem(f->locals, PT_ID(__annotations__), d);
    pt_decref(d);
    return r;
}

PtObject *pt_op_load_build_class(PtFrame *f) {
    PtObject *bc = NULL;
    int r = mapping_lookup(f->builtins, PT_ID(__build_class__), &bc);
    if (r == 0) {
        pt_err_set_string(pt_exc_NameError, "__build_class__ not found");
    }
    return bc;
}

PtObject *pt_op_load_classderef(PtFrame *f, int32_t i) {
    PtObject *name = pt_tuple_get(f->code->localsplusnames, i), *v = NULL;
    if (f->locals != NULL) {
        int r = mapping_lookup(f->locals, name, &v);
        if (r != 0) {
            return r > 0 ? v : NULL;
        }
    }
    PtObject *cell = f->localsplus[i];
    v = cell != NULL && pt_tid(cell) == PT_TID_CELL ? pt_cell_get(cell) : NULL;
    if (v == NULL) {
        return pt_op_unbound_error(f->code, i);
    }
    return pt_newref(v);
}

int pt_op_load_super_method(PtObject *gsuper, PtObject *cls, PtObject *self, PtObject *name,
                            PtObject **meth, PtObject **self_out) {
    *self_out = NULL;
    if (gsuper == (PtObject *)&pt_super_type && pt_is_heap(cls) &&
        pt_type_is_subtype_flag(pt_type(cls), PT_TF_TYPE_SUB) &&
        !pt_type_is_subtype_flag(pt_type(self), PT_TF_TYPE_SUB) &&
        pt_type_is_subtype(pt_type(self), (PtType *)cls)) {
        // The common case super().meth(...) in a method: walk the MRO after cls.
        PtObject *mro = pt_type(self)->mro;
        pt_ssize n = pt_tuple_len(mro), i = 0;
        while (i < n && pt_tuple_get(mro, i) != cls) {
            i++;
        }
        for (i++; i < n; i++) {
            PtType *t = (PtType *)pt_tuple_get(mro, i);
            PtObject *v = t->dict != NULL ? pt_dict_get_str(t->dict, name) : NULL;
            if (v == NULL) {
                continue;
            }
            PtType *vt = pt_type(v);
            if (vt == &pt_function_type || vt == &pt_method_descr_type) {
                *meth = pt_newref(v);
                *self_out = pt_newref(self);
                return 1;
            }
            if (vt->descr_get != NULL) {
                pt_incref(v);
                *meth = vt->descr_get(v, self, (PtObject *)pt_type(self));
                pt_decref(v);
                return *meth != NULL ? 0 : -1;
            }
            *meth = pt_newref(v);
            return 0;
        }
    }
    PtObject *args[2] = {cls, self};
    PtObject *sup = pt_object_call(gsuper, args, 2, NULL);
    if (sup == NULL) {
        return -1;
    }
    *meth = pt_object_getattr(sup, name);
    pt_decref(sup);
    return *meth != NULL ? 0 : -1;
}
