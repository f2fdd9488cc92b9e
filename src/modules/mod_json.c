// src/modules/mod_json.c: _json, the C scanner and encoder under lib/json/.
//
// The scanner reads a str by code point (any of the three str widths) with a
// recursive descent over the JSON grammar; strings without escapes become one
// substring copy, object keys are shared through the `memo` dict, and numbers
// without a fraction or exponent that fit in 18 digits never leave C. Errors
// raise json.decoder.JSONDecodeError with CPython's messages and positions
// ("Expecting value: line 1 column 1 (char 0)").
//
// The encoder writes the whole document into one string builder and returns
// it as a 1-tuple of chunks (so JSONEncoder.iterencode keeps its shape). It
// handles indent, separators, sort_keys, skipkeys, allow_nan, default() and
// circular-reference detection through the `markers` dict keyed by id().
// Strings are escaped here when ensure_ascii mode 1 (ASCII) or 2 (UTF-8) is
// given; mode 0 calls the Python `encoder` function for each string.
//
// Guards: tests/golden/modules/json/, tools/fuzz/fuzz_json.c.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"  // the object API

// ---- Errors ----

// Raise json.decoder.JSONDecodeError(msg, doc, pos). Always returns NULL.
static PtObject *decode_error(const char *msg, PtObject *doc, pt_ssize pos) {
    PtObject *mod = pt_import("json.decoder");
    if (mod == NULL) {
        return NULL;
    }
    PtObject *cls = pt_object_getattr_str(mod, "JSONDecodeError");
    pt_decref(mod);
    if (cls == NULL) {
        return NULL;
    }
    PtObject *m = pt_str_from_cstr(msg), *p = pt_int_from_ssize(pos);
    PtObject *exc = NULL;
    if (m != NULL && p != NULL) {
        PtObject *args[3] = {m, doc, p};
        exc = pt_object_call(cls, args, 3, NULL);
    }
    pt_xdecref(m);
    pt_xdecref(p);
    pt_decref(cls);
    if (exc != NULL) {
        pt_err_set_object((PtObject *)pt_type(exc), exc);
        pt_decref(exc);
    }
    return NULL;
}

// Raise StopIteration(idx): scan_once's "no value here".
static PtObject *stop_iteration(pt_ssize idx) {
    PtObject *v = pt_int_from_ssize(idx);
    if (v == NULL) {
        return NULL;
    }
    PtObject *exc = pt_object_call1(pt_exc_StopIteration, v);
    pt_decref(v);
    if (exc != NULL) {
        pt_err_set_object(pt_exc_StopIteration, exc);
        pt_decref(exc);
    }
    return NULL;
}

// ---- Reading a str by code point ----

typedef struct Text {
    PtObject *s;
    const void *data;
    int kind;
    pt_ssize len;
} Text;

static inline uint32_t text_at(const Text *t, pt_ssize i) {
    switch (t->kind) {
    case 1:
        return ((const uint8_t *)t->data)[i];
    case 2:
        return ((const uint16_t *)t->data)[i];
    default:
        return ((const uint32_t *)t->data)[i];
    }
}

static void text_init(Text *t, PtObject *s) {
    t->s = s;
    t->data = pt_str_data(s);
    t->kind = pt_str_kind(s);
    t->len = pt_str_len(s);
}

static inline int is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static pt_ssize skip_ws(const Text *t, pt_ssize i) {
    while (i < t->len && is_ws(text_at(t, i))) {
        i++;
    }
    return i;
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}

// Four hex digits at i, or -1.
static int32_t read_u4(const Text *t, pt_ssize i) {
    if (i + 4 > t->len) {
        return -1;
    }
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(text_at(t, i + k));
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

// Scan the string whose opening quote is at begin - 1. New str; *end gets the
// index after the closing quote.
static PtObject *scan_string(const Text *t, pt_ssize begin, int strict, pt_ssize *end) {
    pt_ssize i = begin;
    // Fast path: no escapes and no control characters (one byte per
    // character is the common case and gets its own loop).
    if (t->kind == 1) {
        const uint8_t *d = t->data;
        while (i < t->len && d[i] != '"' && d[i] != '\\' && (d[i] >= 0x20 || !strict)) {
            i++;
        }
    } else {
        while (i < t->len) {
            uint32_t c = text_at(t, i);
            if (c == '"' || c == '\\' || (c < 0x20 && strict)) {
                break;
            }
            i++;
        }
    }
    if (i < t->len && text_at(t, i) == '"') {
        *end = i + 1;
        return pt_str_substr(t->s, begin, i);
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_ssize chunk = begin;
    for (;;) {
        if (i >= t->len) {
            pt_sb_discard(&sb);
            return decode_error("Unterminated string starting at", t->s, begin - 1);
        }
        uint32_t c = text_at(t, i);
        if (c == '"' || c == '\\' || (c < 0x20 && strict)) {
            if (i > chunk) {
                PtObject *part = pt_str_substr(t->s, chunk, i);
                int rc = part != NULL ? pt_sb_append_str(&sb, part) : -1;
                pt_xdecref(part);
                if (rc < 0) {
                    pt_sb_discard(&sb);
                    return NULL;
                }
            }
            if (c == '"') {
                *end = i + 1;
                return pt_sb_finish(&sb);
            }
            if (c != '\\') {
                pt_sb_discard(&sb);
                return decode_error("Invalid control character at", t->s, i);
            }
            if (i + 1 >= t->len) {
                pt_sb_discard(&sb);
                return decode_error("Unterminated string starting at", t->s, begin - 1);
            }
            uint32_t e = text_at(t, i + 1), out;
            switch (e) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            case 'u': {
                int32_t u = read_u4(t, i + 2);
                if (u < 0) {
                    pt_sb_discard(&sb);
                    return decode_error("Invalid \\uXXXX escape", t->s, i + 1);
                }
                i += 6;
                out = (uint32_t)u;
                if (u >= 0xD800 && u <= 0xDBFF && i + 1 < t->len && text_at(t, i) == '\\' && text_at(t, i + 1) == 'u') {
                    int32_t lo = read_u4(t, i + 2);
                    if (lo < 0) {
                        pt_sb_discard(&sb);
                        return decode_error("Invalid \\uXXXX escape", t->s, i + 1);
                    }
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        out = 0x10000 + (((uint32_t)u - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                        i += 6;
                    }
                }
                if (pt_sb_append_char(&sb, out) < 0) {
                    pt_sb_discard(&sb);
                    return NULL;
                }
                chunk = i;
                continue;
            }
            default:
                pt_sb_discard(&sb);
                return decode_error("Invalid \\escape", t->s, i);
            }
            if (pt_sb_append_char(&sb, out) < 0) {
                pt_sb_discard(&sb);
                return NULL;
            }
            i += 2;
            chunk = i;
            continue;
        }
        i++;
    }
}

// ---- The scanner ----

typedef struct Scanner {
    PtObject ob;
    int strict;
    PtObject *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    PtObject *memo;  // dict: key string -> the shared key object
} Scanner;

static PtType scanner_type;

static PtObject *scan_value(Scanner *sc, const Text *t, pt_ssize i, pt_ssize *end);

static PtObject *scan_number(Scanner *sc, const Text *t, pt_ssize start, pt_ssize *end) {
    pt_ssize i = start;
    if (i < t->len && text_at(t, i) == '-') {
        i++;
    }
    if (i >= t->len) {
        return stop_iteration(start);
    }
    uint32_t c = text_at(t, i);
    if (c == '0') {
        i++;
    } else if (c >= '1' && c <= '9') {
        while (i < t->len && (c = text_at(t, i)) >= '0' && c <= '9') {
            i++;
        }
    } else {
        return stop_iteration(start);
    }
    int is_float = 0;
    if (i + 1 < t->len && text_at(t, i) == '.' && (c = text_at(t, i + 1)) >= '0' && c <= '9') {
        i += 2;
        while (i < t->len && (c = text_at(t, i)) >= '0' && c <= '9') {
            i++;
        }
        is_float = 1;
    }
    if (i < t->len && ((c = text_at(t, i)) == 'e' || c == 'E')) {
        pt_ssize j = i + 1;
        if (j < t->len && ((c = text_at(t, j)) == '-' || c == '+')) {
            j++;
        }
        pt_ssize digits = j;
        while (j < t->len && (c = text_at(t, j)) >= '0' && c <= '9') {
            j++;
        }
        if (j > digits) {
            i = j;
            is_float = 1;
        }
    }
    *end = i;
    PtObject *hook = is_float ? sc->parse_float : sc->parse_int;
    pt_ssize n = i - start;
    if (hook != NULL && hook != (PtObject *)(is_float ? &pt_float_type : &pt_int_type)) {
        PtObject *s = pt_str_substr(t->s, start, i);
        if (s == NULL) {
            return NULL;
        }
        PtObject *r = pt_object_call1(hook, s);
        pt_decref(s);
        return r;
    }
    // The digits are ASCII: copy them out.
    char small[64];
    char *buf = n < (pt_ssize)sizeof small ? small : pt_mem_alloc((size_t)n + 1);
    if (buf == NULL) {
        return pt_err_no_memory();
    }
    for (pt_ssize k = 0; k < n; k++) {
        buf[k] = (char)text_at(t, start + k);
    }
    buf[n] = 0;
    PtObject *r;
    if (is_float) {
        r = pt_float_new(strtod(buf, NULL));
    } else if (n <= 18) {
        r = pt_int_from_i64(strtoll(buf, NULL, 10));
    } else {
        r = pt_int_from_string(buf, (size_t)n, 10);
    }
    if (buf != small) {
        pt_mem_free(buf, (size_t)n + 1);
    }
    return r;
}

static PtObject *scan_object(Scanner *sc, const Text *t, pt_ssize i, pt_ssize *end) {
    // i is just after '{'.
    PtObject *pairs = NULL, *d = NULL, *key = NULL, *val = NULL;
    int use_pairs = sc->object_pairs_hook != NULL && sc->object_pairs_hook != pt_None;
    if (use_pairs ? (pairs = pt_list_new(0)) == NULL : (d = pt_dict_new()) == NULL) {
        return NULL;
    }
    i = skip_ws(t, i);
    if (i < t->len && text_at(t, i) == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= t->len || text_at(t, i) != '"') {
                decode_error("Expecting property name enclosed in double quotes", t->s, i);
                goto error;
            }
            key = scan_string(t, i + 1, sc->strict, &i);
            if (key == NULL) {
                goto error;
            }
            PtObject *memo_key = pt_dict_setdefault(sc->memo, key, key);
            if (memo_key == NULL) {
                goto error;
            }
            pt_setref(&key, memo_key);
            i = skip_ws(t, i);
            if (i >= t->len || text_at(t, i) != ':') {
                decode_error("Expecting ':' delimiter", t->s, i);
                goto error;
            }
            i = skip_ws(t, i + 1);
            val = scan_value(sc, t, i, &i);
            if (val == NULL) {
                if (pt_err_matches(pt_exc_StopIteration)) {
                    pt_err_clear();
                    decode_error("Expecting value", t->s, i);
                }
                goto error;
            }
            if (use_pairs) {
                PtObject *pair = pt_tuple_pack(2, key, val);
                if (pair == NULL || pt_list_append_steal(pairs, pair) < 0) {
                    goto error;
                }
            } else if (pt_dict_set(d, key, val) < 0) {
                goto error;
            }
            pt_clearref(&key);
            pt_clearref(&val);
            i = skip_ws(t, i);
            if (i < t->len && text_at(t, i) == '}') {
                i++;
                break;
            }
            if (i >= t->len || text_at(t, i) != ',') {
                decode_error("Expecting ',' delimiter", t->s, i);
                goto error;
            }
            i = skip_ws(t, i + 1);
        }
    }
    *end = i;
    if (use_pairs) {
        PtObject *r = pt_object_call1(sc->object_pairs_hook, pairs);
        pt_decref(pairs);
        return r;
    }
    if (sc->object_hook != NULL && sc->object_hook != pt_None) {
        PtObject *r = pt_object_call1(sc->object_hook, d);
        pt_decref(d);
        return r;
    }
    return d;
error:
    pt_xdecref(pairs);
    pt_xdecref(d);
    pt_xdecref(key);
    pt_xdecref(val);
    return NULL;
}

static PtObject *scan_array(Scanner *sc, const Text *t, pt_ssize i, pt_ssize *end) {
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    i = skip_ws(t, i);
    if (i < t->len && text_at(t, i) == ']') {
        *end = i + 1;
        return list;
    }
    for (;;) {
        PtObject *v = scan_value(sc, t, i, &i);
        if (v == NULL) {
            if (pt_err_matches(pt_exc_StopIteration)) {
                pt_err_clear();
                decode_error("Expecting value", t->s, i);
            }
            goto error;
        }
        if (pt_list_append_steal(list, v) < 0) {
            goto error;
        }
        i = skip_ws(t, i);
        if (i < t->len && text_at(t, i) == ']') {
            *end = i + 1;
            return list;
        }
        if (i >= t->len || text_at(t, i) != ',') {
            decode_error("Expecting ',' delimiter", t->s, i);
            goto error;
        }
        i = skip_ws(t, i + 1);
    }
error:
    pt_decref(list);
    return NULL;
}

// Does the text at i spell `word`?
static int text_has(const Text *t, pt_ssize i, const char *word) {
    size_t n = strlen(word);
    if (i + (pt_ssize)n > t->len) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        if (text_at(t, i + (pt_ssize)k) != (unsigned char)word[k]) {
            return 0;
        }
    }
    return 1;
}

static PtObject *scan_constant(Scanner *sc, const char *name, double dflt) {
    if (sc->parse_constant != NULL && sc->parse_constant != pt_None) {
        PtObject *s = pt_str_from_cstr(name);
        if (s == NULL) {
            return NULL;
        }
        PtObject *r = pt_object_call1(sc->parse_constant, s);
        pt_decref(s);
        return r;
    }
    return pt_float_new(dflt);
}

// One value at i. New reference with *end set; StopIteration(i) when no value starts there.
static PtObject *scan_value(Scanner *sc, const Text *t, pt_ssize i, pt_ssize *end) {
    if (i < 0 || i >= t->len) {
        *end = i;
        return stop_iteration(i);
    }
    *end = i;
    uint32_t c = text_at(t, i);
    PtObject *r;
    switch (c) {
    case '"':
        return scan_string(t, i + 1, sc->strict, end);
    case '{':
    case '[':
        if (pt_enter_recursive_call(" while decoding a JSON document") < 0) {
            return NULL;
        }
        r = c == '{' ? scan_object(sc, t, i + 1, end) : scan_array(sc, t, i + 1, end);
        pt_leave_recursive_call();
        return r;
    case 'n':
        if (text_has(t, i, "null")) {
            *end = i + 4;
            return pt_newref(pt_None);
        }
        break;
    case 't':
        if (text_has(t, i, "true")) {
            *end = i + 4;
            return pt_newref(pt_True);
        }
        break;
    case 'f':
        if (text_has(t, i, "false")) {
            *end = i + 5;
            return pt_newref(pt_False);
        }
        break;
    case 'N':
        if (text_has(t, i, "NaN")) {
            *end = i + 3;
            return scan_constant(sc, "NaN", NAN);
        }
        break;
    case 'I':
        if (text_has(t, i, "Infinity")) {
            *end = i + 8;
            return scan_constant(sc, "Infinity", INFINITY);
        }
        break;
    case '-':
        if (text_has(t, i, "-Infinity")) {
            *end = i + 9;
            return scan_constant(sc, "-Infinity", -INFINITY);
        }
        return scan_number(sc, t, i, end);
    default:
        if (c >= '0' && c <= '9') {
            return scan_number(sc, t, i, end);
        }
    }
    return stop_iteration(i);
}

// scanner(string, idx) -> (value, end)
static PtObject *scanner_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"string", "idx", NULL};
    PtObject *s;
    pt_ssize idx;
    if (pt_parse_args(args, nargs, kwnames, "On:scan_once", kwlist, &s, &idx) < 0) {
        return NULL;
    }
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "first argument must be a string, not %.80s", pt_type_name_of(s));
    }
    Scanner *sc = (Scanner *)self;
    Text t;
    text_init(&t, s);
    if (idx < 0) {
        return pt_err_set_string(pt_exc_ValueError, "idx cannot be negative");
    }
    pt_ssize end;
    PtObject *v = scan_value(sc, &t, idx, &end);
    pt_dict_clear(sc->memo);
    if (v == NULL) {
        return NULL;
    }
    PtObject *e = pt_int_from_ssize(end);
    PtObject *r = pt_tuple_pack(2, v, e);
    pt_decref(v);
    pt_decref(e);
    return r;
}

static PtObject *ctx_attr(PtObject *ctx, const char *name) {
    PtObject *v = pt_object_getattr_str(ctx, name);
    return v;
}

// make_scanner(context): the scanner a JSONDecoder uses as scan_once.
static PtObject *scanner_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_nargs("make_scanner", nargs, 1, 1) < 0) {
        return NULL;
    }
    PtObject *ctx = args[0];
    Scanner *sc = (Scanner *)pt_object_alloc(&scanner_type, sizeof(Scanner));
    if (sc == NULL) {
        return NULL;
    }
    PtObject *strict = ctx_attr(ctx, "strict");
    int st = strict != NULL ? pt_object_is_true(strict) : -1;
    pt_xdecref(strict);
    sc->strict = st;
    sc->memo = pt_dict_new();
    if (st < 0 || sc->memo == NULL || (sc->object_hook = ctx_attr(ctx, "object_hook")) == NULL ||
        (sc->object_pairs_hook = ctx_attr(ctx, "object_pairs_hook")) == NULL ||
        (sc->parse_float = ctx_attr(ctx, "parse_float")) == NULL ||
        (sc->parse_int = ctx_attr(ctx, "parse_int")) == NULL ||
        (sc->parse_constant = ctx_attr(ctx, "parse_constant")) == NULL) {
        pt_decref(&sc->ob);
        return NULL;
    }
    pt_gc_track(&sc->ob);
    return &sc->ob;
}

static int scanner_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    Scanner *sc = (Scanner *)o;
    PtObject *fields[] = {sc->object_hook, sc->object_pairs_hook, sc->parse_float, sc->parse_int,
                          sc->parse_constant, sc->memo};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int scanner_clear(PtObject *o) {
    Scanner *sc = (Scanner *)o;
    pt_clearref(&sc->object_hook);
    pt_clearref(&sc->object_pairs_hook);
    pt_clearref(&sc->parse_float);
    pt_clearref(&sc->parse_int);
    pt_clearref(&sc->parse_constant);
    pt_clearref(&sc->memo);
    return 0;
}

static void scanner_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    scanner_clear(o);
    pt_object_free(o, sizeof(Scanner));
}

// _json.decode(scanner, s): the whole-document decode of JSONDecoder.decode.
static PtObject *json_decode(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("decode", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (pt_type(args[0]) != &scanner_type || !pt_is_str(args[1])) {
        return pt_err_set_string(pt_exc_TypeError, "decode(scanner, str)");
    }
    Scanner *sc = (Scanner *)args[0];
    Text t;
    text_init(&t, args[1]);
    pt_ssize i = skip_ws(&t, 0), end;
    PtObject *v = scan_value(sc, &t, i, &end);
    pt_dict_clear(sc->memo);
    if (v == NULL) {
        if (pt_err_matches(pt_exc_StopIteration)) {
            pt_err_clear();
            decode_error("Expecting value", t.s, i);
        }
        return NULL;
    }
    end = skip_ws(&t, end);
    if (end != t.len) {
        pt_decref(v);
        return decode_error("Extra data", t.s, end);
    }
    return v;
}

// scanstring(s, end, strict=True) -> (str, end)
static PtObject *json_scanstring(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"s", "end", "strict", NULL};
    PtObject *s;
    pt_ssize end;
    int strict = 1;
    if (pt_parse_args(args, nargs, kwnames, "On|p:scanstring", kwlist, &s, &end, &strict) < 0) {
        return NULL;
    }
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "first argument must be a string, not %.80s", pt_type_name_of(s));
    }
    Text t;
    text_init(&t, s);
    if (end < 0 || end > t.len) {
        return pt_err_set_string(pt_exc_ValueError, "end is out of bounds");
    }
    pt_ssize next;
    PtObject *r = scan_string(&t, end, strict, &next);
    if (r == NULL) {
        return NULL;
    }
    PtObject *n = pt_int_from_ssize(next);
    PtObject *tup = pt_tuple_pack(2, r, n);
    pt_decref(r);
    pt_decref(n);
    return tup;
}

// ---- String escaping ----

static const char hexdigits[] = "0123456789abcdef";

static int put_u4(PtStrBuilder *sb, uint32_t c) {
    char b[6] = {'\\', 'u', hexdigits[(c >> 12) & 15], hexdigits[(c >> 8) & 15], hexdigits[(c >> 4) & 15],
                 hexdigits[c & 15]};
    return pt_sb_append_ascii(sb, b, 6);
}

// Append `s` quoted; ascii: escape everything above 0x7F as \uXXXX (surrogate pairs).
static int escape_str(PtStrBuilder *sb, PtObject *s, int ascii) {
    Text t;
    text_init(&t, s);
    if (pt_sb_append_char(sb, '"') < 0) {
        return -1;
    }
    pt_ssize run = 0;  // start of the pending unescaped run
    for (pt_ssize i = 0; i < t.len; i++) {
        uint32_t c = text_at(&t, i);
        int plain = c >= 0x20 && c != '"' && c != '\\' && (!ascii || c < 0x7F);
        if (plain) {
            continue;
        }
        if (i > run) {
            PtObject *part = pt_str_substr(s, run, i);
            int rc = part != NULL ? pt_sb_append_str(sb, part) : -1;
            pt_xdecref(part);
            if (rc < 0) {
                return -1;
            }
        }
        run = i + 1;
        const char *e = NULL;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        }
        int rc;
        if (e != NULL) {
            rc = pt_sb_append_ascii(sb, e, 2);
        } else if (c >= 0x10000) {
            uint32_t v = c - 0x10000;
            rc = put_u4(sb, 0xD800 | (v >> 10)) < 0 ? -1 : put_u4(sb, 0xDC00 | (v & 0x3FF));
        } else {
            rc = put_u4(sb, c);
        }
        if (rc < 0) {
            return -1;
        }
    }
    if (run < t.len) {
        if (run == 0) {
            if (pt_sb_append_str(sb, s) < 0) {
                return -1;
            }
        } else {
            PtObject *part = pt_str_substr(s, run, t.len);
            int rc = part != NULL ? pt_sb_append_str(sb, part) : -1;
            pt_xdecref(part);
            if (rc < 0) {
                return -1;
            }
        }
    }
    return pt_sb_append_char(sb, '"');
}

static PtObject *encode_basestring_common(PtObject *s, int ascii) {
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "first argument must be a string, not %.80s", pt_type_name_of(s));
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (escape_str(&sb, s, ascii) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

static PtObject *json_encode_basestring_ascii(PtObject *self, PtObject *s) { return encode_basestring_common(s, 1); }
static PtObject *json_encode_basestring(PtObject *self, PtObject *s) { return encode_basestring_common(s, 0); }

// ---- The encoder ----

typedef struct Encoder {
    PtObject ob;
    PtObject *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    int sort_keys, skipkeys, allow_nan, mode;  // mode: 0 call encoder, 1 ascii, 2 utf-8
} Encoder;

static PtType encoder_type;

static int enc_value(Encoder *e, PtStrBuilder *sb, PtObject *o, pt_ssize level);

static int enc_string(Encoder *e, PtStrBuilder *sb, PtObject *s) {
    if (e->mode != 0) {
        return escape_str(sb, s, e->mode == 1);
    }
    PtObject *r = pt_object_call1(e->encoder, s);
    if (r == NULL) {
        return -1;
    }
    if (!pt_is_str(r)) {
        pt_err_format(pt_exc_TypeError, "encoder() must return a string, not %.80s", pt_type_name_of(r));
        pt_decref(r);
        return -1;
    }
    int rc = pt_sb_append_str(sb, r);
    pt_decref(r);
    return rc;
}

static int enc_float(Encoder *e, PtStrBuilder *sb, double d) {
    if (!isfinite(d)) {
        if (!e->allow_nan) {
            pt_err_set_string(pt_exc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        const char *s = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return pt_sb_append_ascii(sb, s, strlen(s));
    }
    char buf[64];
    size_t n = pt_float_format_repr(d, buf, sizeof buf);
    return pt_sb_append_ascii(sb, buf, n);
}

static int enc_int(PtStrBuilder *sb, PtObject *o) {
    if (pt_is_smallint(o)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)pt_smallint_value(o));
        return pt_sb_append_ascii(sb, buf, (size_t)n);
    }
    PtObject *s = pt_int_to_str(o, 10);
    if (s == NULL) {
        return -1;
    }
    int rc = pt_sb_append_str(sb, s);
    pt_decref(s);
    return rc;
}

// Newline plus the indent for `level`, when indenting.
static int enc_newline(Encoder *e, PtStrBuilder *sb, pt_ssize level) {
    if (pt_sb_append_char(sb, '\n') < 0) {
        return -1;
    }
    for (pt_ssize i = 0; i < level; i++) {
        if (pt_sb_append_str(sb, e->indent) < 0) {
            return -1;
        }
    }
    return 0;
}

// Enter a container: record its id in markers. 0, or -1 (circular or error).
static int mark_enter(Encoder *e, PtObject *o, PtObject **ident) {
    *ident = NULL;
    if (e->markers == pt_None) {
        return 0;
    }
    *ident = pt_object_id(o);
    if (*ident == NULL) {
        return -1;
    }
    int has = pt_dict_contains(e->markers, *ident);
    if (has != 0) {
        if (has > 0) {
            pt_err_set_string(pt_exc_ValueError, "Circular reference detected");
        }
        pt_clearref(ident);
        return -1;
    }
    if (pt_dict_set(e->markers, *ident, o) < 0) {
        pt_clearref(ident);
        return -1;
    }
    return 0;
}

static int mark_leave(Encoder *e, PtObject *ident) {
    if (ident == NULL) {
        return 0;
    }
    int rc = pt_dict_del(e->markers, ident);
    pt_decref(ident);
    return rc;
}

static int enc_list(Encoder *e, PtStrBuilder *sb, PtObject *o, pt_ssize level) {
    PtObject *seq = pt_is_list(o) ? pt_newref(o) : pt_seq_list(o);
    if (seq == NULL) {
        return -1;
    }
    if (pt_list_len(seq) == 0) {
        pt_decref(seq);
        return pt_sb_append_ascii(sb, "[]", 2);
    }
    PtObject *ident;
    if (mark_enter(e, o, &ident) < 0) {
        pt_decref(seq);
        return -1;
    }
    int rc = pt_sb_append_char(sb, '[');
    int indent = e->indent != pt_None;
    if (rc == 0 && indent) {
        rc = enc_newline(e, sb, level + 1);
    }
    for (pt_ssize i = 0; rc == 0 && i < pt_list_len(seq); i++) {
        if (i > 0) {
            rc = pt_sb_append_str(sb, e->item_separator);
            if (rc == 0 && indent) {
                rc = enc_newline(e, sb, level + 1);
            }
        }
        if (rc == 0) {
            PtObject *item = pt_newref(pt_list_get(seq, i));
            rc = enc_value(e, sb, item, level + 1);
            pt_decref(item);
        }
    }
    pt_decref(seq);
    if (rc == 0 && indent) {
        rc = enc_newline(e, sb, level);
    }
    if (rc == 0) {
        rc = pt_sb_append_char(sb, ']');
    }
    if (mark_leave(e, ident) < 0) {
        rc = -1;
    }
    return rc;
}

// The key as a str (new reference), NULL to skip it (no error), NULL with an error.
static PtObject *enc_key(Encoder *e, PtObject *k) {
    if (pt_is_str(k)) {
        return pt_newref(k);
    }
    if (pt_is_float(k)) {
        double d = pt_float_value(k);
        PtStrBuilder sb;
        pt_sb_init(&sb);
        if (enc_float(e, &sb, d) < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
        return pt_sb_finish(&sb);
    }
    if (k == pt_True || k == pt_False || k == pt_None) {
        return pt_str_from_cstr(k == pt_True ? "true" : k == pt_False ? "false" : "null");
    }
    if (pt_is_int(k)) {
        return pt_int_to_str(k, 10);
    }
    if (e->skipkeys) {
        return NULL;
    }
    return pt_err_format(pt_exc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                         pt_type_name_of(k));
}

static int enc_dict(Encoder *e, PtStrBuilder *sb, PtObject *o, pt_ssize level) {
    if (pt_dict_len(o) == 0) {
        return pt_sb_append_ascii(sb, "{}", 2);
    }
    PtObject *ident;
    if (mark_enter(e, o, &ident) < 0) {
        return -1;
    }
    PtObject *items = pt_dict_items(o);
    int rc = items != NULL ? 0 : -1;
    if (rc == 0 && e->sort_keys) {
        rc = pt_list_sort(items);
    }
    if (rc == 0) {
        rc = pt_sb_append_char(sb, '{');
    }
    int indent = e->indent != pt_None, first = 1;
    if (rc == 0 && indent) {
        rc = enc_newline(e, sb, level + 1);
    }
    for (pt_ssize i = 0; rc == 0 && i < pt_list_len(items); i++) {
        PtObject *item = pt_list_get(items, i);
        PtObject *key = enc_key(e, pt_tuple_get(item, 0));
        if (key == NULL) {
            rc = pt_err_occurred() ? -1 : 0;
            continue;
        }
        if (!first) {
            rc = pt_sb_append_str(sb, e->item_separator);
            if (rc == 0 && indent) {
                rc = enc_newline(e, sb, level + 1);
            }
        }
        first = 0;
        if (rc == 0) {
            rc = enc_string(e, sb, key);
        }
        pt_decref(key);
        if (rc == 0) {
            rc = pt_sb_append_str(sb, e->key_separator);
        }
        if (rc == 0) {
            rc = enc_value(e, sb, pt_tuple_get(item, 1), level + 1);
        }
    }
    pt_xdecref(items);
    if (rc == 0 && indent) {
        rc = enc_newline(e, sb, level);
    }
    if (rc == 0) {
        rc = pt_sb_append_char(sb, '}');
    }
    if (mark_leave(e, ident) < 0) {
        rc = -1;
    }
    return rc;
}

static int enc_value(Encoder *e, PtStrBuilder *sb, PtObject *o, pt_ssize level) {
    if (pt_is_str(o)) {
        return enc_string(e, sb, o);
    }
    if (o == pt_None) {
        return pt_sb_append_ascii(sb, "null", 4);
    }
    if (o == pt_True) {
        return pt_sb_append_ascii(sb, "true", 4);
    }
    if (o == pt_False) {
        return pt_sb_append_ascii(sb, "false", 5);
    }
    if (pt_is_int(o)) {
        return enc_int(sb, o);
    }
    if (pt_is_float(o)) {
        return enc_float(e, sb, pt_float_value(o));
    }
    if (pt_enter_recursive_call(" while encoding a JSON object") < 0) {
        return -1;
    }
    int rc;
    if (pt_is_list(o) || pt_is_tuple(o)) {
        rc = enc_list(e, sb, o, level);
    } else if (pt_is_dict(o)) {
        rc = enc_dict(e, sb, o, level);
    } else {
        PtObject *ident;
        rc = mark_enter(e, o, &ident);
        if (rc == 0) {
            PtObject *r = pt_object_call1(e->defaultfn, o);
            rc = r != NULL ? enc_value(e, sb, r, level) : -1;
            pt_xdecref(r);
            if (mark_leave(e, ident) < 0) {
                rc = -1;
            }
        }
    }
    pt_leave_recursive_call();
    return rc;
}

static PtObject *encoder_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"obj", "_current_indent_level", NULL};
    PtObject *o;
    pt_ssize level;
    if (pt_parse_args(args, nargs, kwnames, "On:_iterencode", kwlist, &o, &level) < 0) {
        return NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (enc_value((Encoder *)self, &sb, o, level) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    PtObject *s = pt_sb_finish(&sb);
    if (s == NULL) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(1, s);
    pt_decref(s);
    return t;
}

// make_encoder(markers, default, encoder, indent, key_separator, item_separator,
//              sort_keys, skipkeys, allow_nan, mode)
static PtObject *encoder_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_check_nargs("make_encoder", nargs, 10, 10) < 0) {
        return NULL;
    }
    if ((args[0] != pt_None && !pt_is_dict(args[0])) || !pt_is_str(args[4]) || !pt_is_str(args[5]) ||
        (args[3] != pt_None && !pt_is_str(args[3]))) {
        return pt_err_set_string(pt_exc_TypeError, "make_encoder: bad arguments");
    }
    int flags[3];
    for (int i = 0; i < 3; i++) {
        flags[i] = pt_object_is_true(args[6 + i]);
        if (flags[i] < 0) {
            return NULL;
        }
    }
    int64_t mode = pt_int_as_i64(args[9]);
    if (mode == -1 && pt_err_occurred()) {
        return NULL;
    }
    Encoder *e = (Encoder *)pt_object_alloc(&encoder_type, sizeof(Encoder));
    if (e == NULL) {
        return NULL;
    }
    e->markers = pt_newref(args[0]);
    e->defaultfn = pt_newref(args[1]);
    e->encoder = pt_newref(args[2]);
    e->indent = pt_newref(args[3]);
    e->key_separator = pt_newref(args[4]);
    e->item_separator = pt_newref(args[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->mode = (int)mode;
    pt_gc_track(&e->ob);
    return &e->ob;
}

static int encoder_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    Encoder *e = (Encoder *)o;
    PtObject *fields[] = {e->markers, e->defaultfn, e->encoder, e->indent, e->key_separator, e->item_separator};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int encoder_clear(PtObject *o) {
    Encoder *e = (Encoder *)o;
    pt_clearref(&e->markers);
    pt_clearref(&e->defaultfn);
    pt_clearref(&e->encoder);
    pt_clearref(&e->indent);
    pt_clearref(&e->key_separator);
    pt_clearref(&e->item_separator);
    return 0;
}

static void encoder_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    encoder_clear(o);
    pt_object_free(o, sizeof(Encoder));
}

// ---- Types and the module ----

static PtType scanner_type = {
    .name = "_json.Scanner",
    .basicsize = sizeof(Scanner),
    .flags = PT_TF_GC,
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .call = scanner_call,
    .new_ = scanner_new,
    .doc = "JSON scanner object",
};

static PtType encoder_type = {
    .name = "_json.Encoder",
    .basicsize = sizeof(Encoder),
    .flags = PT_TF_GC,
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .call = encoder_call,
    .new_ = encoder_new,
    .doc = "_iterencode(obj, _current_indent_level) -> iterable",
};

static const PtMethodDef json_methods[] = {
    {"encode_basestring_ascii", PT_FN(json_encode_basestring_ascii), PT_METH_O,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", PT_FN(json_encode_basestring), PT_METH_O,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"scanstring", PT_FN(json_scanstring), PT_METH_FASTKW,
     "scanstring(string, end, strict=True) -> (string, end)"},
    {"decode", PT_FN(json_decode), PT_METH_FAST, "decode(scanner, string): a whole JSON document"},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int json_exec(PtObject *m) {
    if (pt_type_ready(&scanner_type) < 0 || pt_type_ready(&encoder_type) < 0 ||
        pt_module_add(m, "make_scanner", (PtObject *)&scanner_type) < 0 ||
        pt_module_add(m, "make_encoder", (PtObject *)&encoder_type) < 0 ||
        pt_module_add_int(m, "PITH", 1) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_json_def = {
    .name = "_json",
    .doc = "json speedups",
    .methods = json_methods,
    .exec = json_exec,
};
