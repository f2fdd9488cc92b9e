// src/modules/mod_unicodedata.c: the unicodedata module (CPython 3.11's API).
//
// Two sources answer the questions: utf8proc (category, bidirectional class,
// combining class, mirrored, and the normalization algorithms), and the
// generated tables behind include/pith/unicodename.h (names, numeric values,
// decomposition strings, East Asian widths). Both are built from the same
// Unicode version on Debian 12 (15.0.0), which unidata_version reports;
// CPython 3.11 ships 14.0.0, so only characters added in 15.0 read
// differently. Argument errors are worded as CPython words them.
//
// ucd_3_2_0 is an instance of UCD whose methods see the Unicode 3.2 set of
// assigned characters: a later character reads as unassigned (category 'Cn',
// no name, no numeric value ...) and lookup() finds neither aliases nor named
// sequences, as in CPython. CPython's few other 3.2 corrections (changed
// properties of characters that existed in 3.2, 3.2's normalization quirks)
// are not reproduced: normalize() is the current one.
//
// Normalization works on code points so that lone surrogates pass through:
// each character is decomposed by utf8proc, combining marks are put in
// canonical order (a stable sort by combining class within each run of
// non-starters), and the C forms are recomposed by utf8proc_normalize_utf32.
//
// Guards: tests/golden/modules/unicodedata/.
#include <string.h>
#include <utf8proc.h>

#include "pith.h"              // the object API
#include "pith/unicodename.h"  // names, numeric values, decompositions, widths

// A UCD object: the module's functions as methods over one database version.
typedef struct Ucd {
    PtObject ob;
    int v32;  // the Unicode 3.2 view (ucd_3_2_0)
} Ucd;

static PtType ucd_type;

// ---- Arguments ----

// Whether `self` (the module, or a UCD object) asks for the 3.2 view.
static int is_v32(PtObject *self) { return pt_tid(self) == ucd_type.tid && ((Ucd *)self)->v32; }

// "unicodedata.name" or "UCD.name", as CPython prefixes its messages.
static const char *owner(PtObject *self) { return pt_tid(self) == ucd_type.tid ? "UCD" : "unicodedata"; }

static int no_kwargs(PtObject *self, const char *fname, PtObject *kwnames) {
    if (kwnames != NULL && pt_tuple_len(kwnames) > 0) {
        pt_err_format(pt_exc_TypeError, "%s.%s() takes no keyword arguments", owner(self), fname);
        return -1;
    }
    return 0;
}

// A one-argument function: the argument count and keyword check. 0 or -1.
static int one_arg(PtObject *self, const char *fname, size_t nargs, PtObject *kwnames) {
    if (no_kwargs(self, fname, kwnames) < 0) {
        return -1;
    }
    if (nargs != 1) {
        pt_err_format(pt_exc_TypeError, "%s.%s() takes exactly one argument (%d given)", owner(self), fname,
                      (int)nargs);
        return -1;
    }
    return 0;
}

// Argument counts of the form f(a[, b]) or f(a, b). 0 or -1.
static int arg_range(PtObject *self, const char *fname, size_t nargs, PtObject *kwnames, size_t min, size_t max) {
    if (no_kwargs(self, fname, kwnames) < 0) {
        return -1;
    }
    if (nargs < min || nargs > max) {
        const char *what = min == max ? "" : nargs < min ? "at least " : "at most ";
        size_t n = nargs < min ? min : max;
        pt_err_format(pt_exc_TypeError, "%s expected %s%d argument%s, got %d", fname, what, (int)n, n == 1 ? "" : "s",
                      (int)nargs);
        return -1;
    }
    return 0;
}

// The code point of a one-character str. `pos` is the argument number for
// the message, 0 for a one-argument function. 0 or -1.
static int get_char(PtObject *v, const char *fname, int pos, uint32_t *cp) {
    if (!pt_is_str(v) || pt_str_len(v) != 1) {
        if (pos > 0) {
            pt_err_format(pt_exc_TypeError, "%s() argument %d must be a unicode character, not %T", fname, pos, v);
        } else {
            pt_err_format(pt_exc_TypeError, "%s() argument must be a unicode character, not %T", fname, v);
        }
        return -1;
    }
    *cp = pt_str_char(v, 0);
    return 0;
}

// The character argument of a one-argument function; whether it counts as
// assigned in the view of `self` goes to *known. 0 or -1.
static int char_arg(PtObject *self, const char *fname, PtObject *const *args, size_t nargs, PtObject *kwnames,
                    uint32_t *cp, int *known) {
    if (one_arg(self, fname, nargs, kwnames) < 0 || get_char(args[0], fname, 0, cp) < 0) {
        return -1;
    }
    *known = !is_v32(self) || pt_unicode_in_v32(*cp);
    return 0;
}

// ---- Numeric values and names ----

// decimal, digit, numeric and name share their shape: f(chr[, default]),
// returning `default` or raising ValueError(`missing`) when there is no value.
typedef struct CharQuery {
    const char *fname, *missing;
} CharQuery;

static int query_args(PtObject *self, const CharQuery *q, PtObject *const *args, size_t nargs, PtObject *kwnames,
                      uint32_t *cp) {
    if (arg_range(self, q->fname, nargs, kwnames, 1, 2) < 0 || get_char(args[0], q->fname, 1, cp) < 0) {
        return -1;
    }
    return 0;
}

static PtObject *no_value(const CharQuery *q, PtObject *const *args, size_t nargs) {
    if (nargs > 1) {
        return pt_newref(args[1]);
    }
    return pt_err_set_string(pt_exc_ValueError, q->missing);
}

static PtObject *small_value(PtObject *self, const CharQuery *q, int (*get)(uint32_t), PtObject *const *args,
                             size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    if (query_args(self, q, args, nargs, kwnames, &cp) < 0) {
        return NULL;
    }
    int v = is_v32(self) && !pt_unicode_in_v32(cp) ? -1 : get(cp);
    return v >= 0 ? pt_int_from_i64(v) : no_value(q, args, nargs);
}

static PtObject *unicodedata_decimal(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const CharQuery q = {"decimal", "not a decimal"};
    return small_value(self, &q, pt_unicode_decimal, args, nargs, kwnames);
}

static PtObject *unicodedata_digit(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const CharQuery q = {"digit", "not a digit"};
    return small_value(self, &q, pt_unicode_digit, args, nargs, kwnames);
}

static PtObject *unicodedata_numeric(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const CharQuery q = {"numeric", "not a numeric character"};
    uint32_t cp;
    double v;
    if (query_args(self, &q, args, nargs, kwnames, &cp) < 0) {
        return NULL;
    }
    if ((is_v32(self) && !pt_unicode_in_v32(cp)) || !pt_unicode_numeric(cp, &v)) {
        return no_value(&q, args, nargs);
    }
    return pt_float_new(v);
}

static PtObject *unicodedata_name(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const CharQuery q = {"name", "no such name"};
    uint32_t cp;
    char buf[PT_UNICODE_NAME_BUFSIZE];
    if (query_args(self, &q, args, nargs, kwnames, &cp) < 0) {
        return NULL;
    }
    if ((is_v32(self) && !pt_unicode_in_v32(cp)) || pt_unicode_name(cp, buf, sizeof buf) == 0) {
        return no_value(&q, args, nargs);
    }
    return pt_str_from_cstr(buf);
}

// lookup(name): str or bytes; a character, or a named sequence as a str.
static PtObject *unicodedata_lookup(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (one_arg(self, "lookup", nargs, kwnames) < 0) {
        return NULL;
    }
    PtObject *arg = args[0], *utf8 = NULL, *result = NULL;
    const char *name;
    size_t len;
    if (pt_is_str(arg)) {
        if ((utf8 = pt_str_encode_utf8(arg)) == NULL) {
            return NULL;
        }
        arg = utf8;
    } else if (pt_is_bytearray(arg) || pt_is_type_id(arg, PT_TID_MEMORYVIEW)) {
        return pt_err_format(pt_exc_TypeError, "lookup() argument must be read-only bytes-like object, not %T", arg);
    } else if (!pt_is_bytes(arg)) {
        return pt_err_format(pt_exc_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    name = pt_bytes_data(arg);
    len = (size_t)pt_bytes_len(arg);
    if (len > PT_UNICODE_NAME_MAXLEN) {
        pt_err_set_string(pt_exc_KeyError, "name too long");
        goto done;
    }
    uint32_t cp;
    const uint32_t *seq;
    size_t n;
    int flags = is_v32(self) ? PT_UNICODE_V32 : PT_UNICODE_ALIASES | PT_UNICODE_SEQUENCES;
    if (pt_unicode_lookup_ex(name, len, flags, &cp, &seq, &n)) {
        result = seq != NULL ? pt_str_from_ucs4(seq, n) : pt_str_from_char(cp);
    } else {
        // %s stops at a NUL, as CPython's message does.
        pt_err_format(pt_exc_KeyError, "undefined character name '%s'", name);
    }
done:
    pt_xdecref(utf8);
    return result;
}

// ---- Character properties ----

// utf8proc's bidi classes, by its enum value (0: none, unassigned).
static const char *const bidi_names[] = {"",   "L",  "LRE", "LRO", "R",  "AL",  "RLE", "RLO",
                                         "PDF", "EN", "ES",  "ET",  "AN", "CS",  "NSM", "BN",
                                         "B",  "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};

static PtObject *unicodedata_category(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    int known;
    if (char_arg(self, "category", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    return pt_str_from_cstr(known ? utf8proc_category_string((utf8proc_int32_t)cp) : "Cn");
}

static PtObject *unicodedata_bidirectional(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    int known;
    if (char_arg(self, "bidirectional", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    unsigned b = known ? utf8proc_get_property((utf8proc_int32_t)cp)->bidi_class : 0;
    return pt_str_from_cstr(b < sizeof bidi_names / sizeof bidi_names[0] ? bidi_names[b] : "");
}

static PtObject *unicodedata_combining(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    int known;
    if (char_arg(self, "combining", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    return pt_int_from_i64(known ? utf8proc_get_property((utf8proc_int32_t)cp)->combining_class : 0);
}

static PtObject *unicodedata_mirrored(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    int known;
    if (char_arg(self, "mirrored", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    return pt_int_from_i64(known ? utf8proc_get_property((utf8proc_int32_t)cp)->bidi_mirrored : 0);
}

static PtObject *unicodedata_east_asian_width(PtObject *self, PtObject *const *args, size_t nargs,
                                              PtObject *kwnames) {
    uint32_t cp;
    int known;
    if (char_arg(self, "east_asian_width", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    return pt_str_from_cstr(known ? pt_unicode_east_asian_width(cp) : "F");
}

static PtObject *unicodedata_decomposition(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    uint32_t cp;
    int known;
    char buf[256];
    if (char_arg(self, "decomposition", args, nargs, kwnames, &cp, &known) < 0) {
        return NULL;
    }
    if (!known) {
        buf[0] = 0;
    } else {
        pt_unicode_decomposition(cp, buf, sizeof buf);
    }
    return pt_str_from_cstr(buf);
}

// ---- Normalization ----

// A growable array of code points from pt_mem.
typedef struct CpBuf {
    utf8proc_int32_t *p;
    size_t len, cap;
} CpBuf;

static int cpbuf_reserve(CpBuf *b, size_t extra) {
    if (b->len + extra <= b->cap) {
        return 0;
    }
    size_t cap = b->cap * 2 > b->len + extra ? b->cap * 2 : b->len + extra + 16;
    void *p = pt_mem_realloc(b->p, b->cap * sizeof *b->p, cap * sizeof *b->p);
    if (p == NULL) {
        pt_err_no_memory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static void cpbuf_free(CpBuf *b) { pt_mem_free(b->p, b->cap * sizeof *b->p); }

static int ccc(utf8proc_int32_t c) { return utf8proc_get_property(c)->combining_class; }

// Canonical ordering: within each run of non-starters, a stable insertion
// sort by combining class (the runs are short in real text).
static void canonical_order(utf8proc_int32_t *s, size_t n) {
    for (size_t i = 1; i < n; i++) {
        int ci = ccc(s[i]);
        if (ci == 0) {
            continue;
        }
        size_t j = i;
        utf8proc_int32_t c = s[i];
        while (j > 0 && ccc(s[j - 1]) > ci) {
            s[j] = s[j - 1];
            j--;
        }
        s[j] = c;
    }
}

enum { NF_C = 1, NF_K = 2 };

// The normalization form named by `form` (a str), as NF_* bits; -1 with
// ValueError when unknown.
static int parse_form(PtObject *form) {
    static const char *const names[] = {"NFD", "NFC", "NFKD", "NFKC"};
    for (int i = 0; i < 4; i++) {
        if (pt_str_eq_cstr(form, names[i])) {
            return i;
        }
    }
    pt_err_set_string(pt_exc_ValueError, "invalid normalization form");
    return -1;
}

// Normalize the characters of `s` into *out (code points). 0 or -1.
static int normalize_into(PtObject *s, int form, CpBuf *out) {
    utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | ((form & NF_K) ? UTF8PROC_COMPAT : 0);
    pt_ssize n = pt_str_len(s);
    if (cpbuf_reserve(out, (size_t)n + 1) < 0) {
        return -1;
    }
    for (pt_ssize i = 0; i < n; i++) {
        utf8proc_int32_t c = (utf8proc_int32_t)pt_str_char(s, i);
        int boundclass = 0;
        if (cpbuf_reserve(out, 32) < 0) {
            return -1;
        }
        // A single character decomposes into at most 18 code points.
        utf8proc_ssize_t k = utf8proc_decompose_char(c, out->p + out->len, 32, opts, &boundclass);
        if (k < 1 || k > 32) {
            out->p[out->len] = c;
            k = 1;
        }
        out->len += (size_t)k;
    }
    canonical_order(out->p, out->len);
    if (form & NF_C) {
        utf8proc_ssize_t k = utf8proc_normalize_utf32(out->p, (utf8proc_ssize_t)out->len,
                                                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (k < 0) {
            pt_err_set_string(pt_exc_ValueError, utf8proc_errmsg(k));
            return -1;
        }
        out->len = (size_t)k;
    }
    return 0;
}

// Whether the code points of `b` are exactly the characters of `s`.
static int same_chars(const CpBuf *b, PtObject *s) {
    if (b->len != (size_t)pt_str_len(s)) {
        return 0;
    }
    for (size_t i = 0; i < b->len; i++) {
        if ((uint32_t)b->p[i] != pt_str_char(s, (pt_ssize)i)) {
            return 0;
        }
    }
    return 1;
}

// Check normalize()'s and is_normalized()'s arguments; the form or -1.
static int normalize_args(PtObject *self, const char *fname, PtObject *const *args, size_t nargs,
                          PtObject *kwnames) {
    if (arg_range(self, fname, nargs, kwnames, 2, 2) < 0) {
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        if (!pt_is_str(args[i])) {
            pt_err_format(pt_exc_TypeError, "%s() argument %d must be str, not %T", fname, i + 1, args[i]);
            return -1;
        }
    }
    return parse_form(args[0]);
}

static PtObject *unicodedata_normalize(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int form = normalize_args(self, "normalize", args, nargs, kwnames);
    if (form < 0) {
        return NULL;
    }
    PtObject *s = args[1];
    if (pt_str_is_ascii(s)) {
        return pt_newref(s);  // ASCII is in every normal form
    }
    CpBuf b = {NULL, 0, 0};
    PtObject *result = NULL;
    if (normalize_into(s, form, &b) == 0) {
        // An unchanged string is returned as itself, as CPython does when its
        // quick check proves the string normalized.
        result = same_chars(&b, s) ? pt_newref(s) : pt_str_from_ucs4((const uint32_t *)b.p, b.len);
    }
    cpbuf_free(&b);
    return result;
}

static PtObject *unicodedata_is_normalized(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    int form = normalize_args(self, "is_normalized", args, nargs, kwnames);
    if (form < 0) {
        return NULL;
    }
    if (pt_str_is_ascii(args[1])) {
        return pt_newref(pt_True);
    }
    CpBuf b = {NULL, 0, 0};
    PtObject *result = NULL;
    if (normalize_into(args[1], form, &b) == 0) {
        result = pt_newref(pt_bool(same_chars(&b, args[1])));
    }
    cpbuf_free(&b);
    return result;
}

// ---- The UCD type ----

// Only the module makes UCD objects.
static PtObject *ucd_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_err_format(pt_exc_TypeError, "cannot create '%s' instances", type->name);
}

static void ucd_dealloc(PtObject *o) { pt_object_free(o, sizeof(Ucd)); }

static PtObject *ucd_get_unidata_version(PtObject *self, void *closure) {
    return pt_str_from_cstr(((Ucd *)self)->v32 ? "3.2.0" : pt_unicode_version());
}

// One table serves the module (self is the module) and UCD (self is the object).
static const PtMethodDef unicodedata_methods[] = {
    {"decimal", PT_FN(unicodedata_decimal), PT_METH_FASTKW,
     "Converts a Unicode character into its equivalent decimal value."},
    {"digit", PT_FN(unicodedata_digit), PT_METH_FASTKW,
     "Converts a Unicode character into its equivalent digit value."},
    {"numeric", PT_FN(unicodedata_numeric), PT_METH_FASTKW,
     "Converts a Unicode character into its equivalent numeric value."},
    {"category", PT_FN(unicodedata_category), PT_METH_FASTKW,
     "Returns the general category assigned to the character chr as string."},
    {"bidirectional", PT_FN(unicodedata_bidirectional), PT_METH_FASTKW,
     "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", PT_FN(unicodedata_combining), PT_METH_FASTKW,
     "Returns the canonical combining class assigned to the character chr as integer."},
    {"mirrored", PT_FN(unicodedata_mirrored), PT_METH_FASTKW,
     "Returns the mirrored property assigned to the character chr as integer."},
    {"east_asian_width", PT_FN(unicodedata_east_asian_width), PT_METH_FASTKW,
     "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", PT_FN(unicodedata_decomposition), PT_METH_FASTKW,
     "Returns the character decomposition mapping assigned to the character chr as string."},
    {"is_normalized", PT_FN(unicodedata_is_normalized), PT_METH_FASTKW,
     "Return whether the Unicode string unistr is in the normal form 'form'."},
    {"normalize", PT_FN(unicodedata_normalize), PT_METH_FASTKW,
     "Return the normal form 'form' for the Unicode string unistr."},
    {"name", PT_FN(unicodedata_name), PT_METH_FASTKW, "Returns the name assigned to the character chr as a string."},
    {"lookup", PT_FN(unicodedata_lookup), PT_METH_FASTKW, "Look up character by name."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef ucd_getset[] = {
    {"unidata_version", ucd_get_unidata_version, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType ucd_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "unicodedata.UCD",
    .basicsize = sizeof(Ucd),
    .flags = PT_TF_IMMUTABLE,
    .new_ = ucd_new,
    .dealloc = ucd_dealloc,
    .methods = unicodedata_methods,
    .getset = ucd_getset,
};

// ---- The module ----

static int unicodedata_exec(PtObject *m) {
    if (pt_module_add_type(m, &ucd_type) < 0 || pt_module_add_str(m, "unidata_version", pt_unicode_version()) < 0) {
        return -1;
    }
    Ucd *old = (Ucd *)pt_object_alloc(&ucd_type, sizeof(Ucd));
    if (old == NULL) {
        return -1;
    }
    old->v32 = 1;
    int rc = pt_module_add(m, "ucd_3_2_0", (PtObject *)old);
    pt_decref((PtObject *)old);
    return rc;
}

const PtModuleDef pt_mod_unicodedata_def = {
    .name = "unicodedata",
    .doc = "This module provides access to the Unicode Character Database which\n"
           "defines character properties for all Unicode characters. The data\n"
           "comes from the Unicode Character Database installed with the build\n"
           "(see unidata_version).",
    .methods = unicodedata_methods,
    .exec = unicodedata_exec,
};
