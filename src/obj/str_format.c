// src/obj/str_format.c: printf-style `str % args` and str.format / str.format_map.
//
// %-formatting walks the format once, fetching arguments from a tuple, a single
// value or a mapping (for `%(key)s`), and formats each conversion into a
// PtStrBuilder: strings via str()/repr()/ascii(), integers via their digits
// (small ints directly, big ints through pt_int_to_str), floats via snprintf.
// Padding, signs, '#' prefixes and zero-fill are applied here, so inf/nan get
// zero-padded the way CPython does it.
//
// str.format parses `{field!conv:spec}` replacement fields (spec may itself
// contain fields, two levels deep), resolves `arg_name(.attr|[key])*` against
// the positional and keyword arguments, and formats with format(obj, spec).
// pt_bytes_percent_format in bytes.c reuses none of this: bytes has its own
// rules.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "obj/str.h"         // layout, builder, pt_str_mod declarations
#include "pith/abstract.h"   // pt_object_repr/str/ascii/format/getattr/getitem
#include "pith/errors.h"     // pt_err_*
#include "pith/float.h"      // pt_float_as_double, pt_is_float
#include "pith/int.h"        // pt_int_to_str, pt_is_int
#include "pith/mem.h"        // pt_mem_alloc for long float text
#include "pith/slice.h"      // pt_slice_index_ok
#include "pith/tuple.h"      // argument tuples

// ---- %-formatting: arguments ----

typedef struct PctArgs {
    PtObject *const *items;  // positional values (borrowed)
    pt_ssize n, next;
    PtObject *single;  // the lone non-tuple argument, if any
    PtObject *dict;    // mapping for %(key)s, or NULL
    int used_key;
} PctArgs;

// Borrowed: the next positional argument, or NULL with TypeError.
static PtObject *pct_next(PctArgs *a) {
    if (a->next < a->n && !a->used_key) {  // after %(key)s, a mapping gives no positional values
        return a->items[a->next++];
    }
    pt_err_set_string(pt_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

static int pct_star(PctArgs *a, pt_ssize *out) {
    PtObject *v = pct_next(a);
    if (v == NULL) {
        return -1;
    }
    if (!pt_is_int(v)) {
        pt_err_set_string(pt_exc_TypeError, "* wants int");
        return -1;
    }
    pt_ssize n = pt_number_as_ssize(v, NULL);
    if (n == -1 && pt_err_occurred()) {
        return -1;
    }
    *out = n;
    return 0;
}

// ---- %-formatting: one conversion ----

typedef struct PctSpec {
    int left, plus, space, alt, zero;
    pt_ssize width, prec;  // -1: absent
    uint32_t conv;
} PctSpec;

// Append sign + prefix + body with width/zero padding. `body` is ASCII.
static int pct_emit_number(PtStrBuilder *sb, const PctSpec *s, int neg, const char *prefix,
                           const char *body, size_t blen) {
    char sign = neg ? '-' : s->plus ? '+' : s->space ? ' ' : 0;
    pt_ssize len = (pt_ssize)(blen + strlen(prefix) + (sign ? 1 : 0));
    pt_ssize pad = s->width > len ? s->width - len : 0;
    if (!s->left && !s->zero && pt_sb_append_fill(sb, ' ', pad) < 0) {
        return -1;
    }
    if (sign && pt_sb_append_char(sb, (uint32_t)sign) < 0) {
        return -1;
    }
    if (pt_sb_append_ascii(sb, prefix, strlen(prefix)) < 0) {
        return -1;
    }
    if (!s->left && s->zero && pt_sb_append_fill(sb, '0', pad) < 0) {
        return -1;
    }
    if (pt_sb_append_ascii(sb, body, blen) < 0) {
        return -1;
    }
    return s->left ? pt_sb_append_fill(sb, ' ', pad) : 0;
}

// Integer conversions d i u x X o: `v` is already an int.
static int pct_int(PtStrBuilder *sb, const PctSpec *s, PtObject *v) {
    int base = s->conv == 'x' || s->conv == 'X' ? 16 : s->conv == 'o' ? 8 : 10;
    char small[80];
    const char *digits;
    size_t nd;
    int neg;
    PtObject *text = NULL;
    if (pt_is_type_id(v, PT_TID_BOOL)) {
        v = pt_smallint(v == pt_True);
    }
    if (pt_is_smallint(v)) {
        int64_t x = pt_smallint_value(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        neg = x < 0;
        nd = (size_t)snprintf(small, sizeof small, base == 16 ? "%llx" : base == 8 ? "%llo" : "%llu",
                              (unsigned long long)u);
        digits = small;
    } else {
        text = pt_int_to_str(v, base);
        if (text == NULL) {
            return -1;
        }
        digits = pt_str_ascii(text, &nd);
        neg = digits[0] == '-';
        size_t skip = (neg ? 1 : 0) + (base != 10 ? 2 : 0);
        digits += skip;
        nd -= skip;
    }
    pt_ssize zeros = s->prec > (pt_ssize)nd ? s->prec - (pt_ssize)nd : 0;
    size_t cap = nd + (size_t)zeros + 1;
    char *body = pt_mem_alloc(cap);
    if (body == NULL) {
        pt_xdecref(text);
        pt_err_no_memory();
        return -1;
    }
    memset(body, '0', (size_t)zeros);
    for (size_t i = 0; i < nd; i++) {
        char c = digits[i];
        body[zeros + (pt_ssize)i] = s->conv == 'X' && c >= 'a' ? (char)(c - 32) : c;
    }
    pt_xdecref(text);
    const char *prefix = "";
    if (s->alt) {
        prefix = base == 16 ? (s->conv == 'X' ? "0X" : "0x") : base == 8 ? "0o" : "";
    }
    int r = pct_emit_number(sb, s, neg, prefix, body, nd + (size_t)zeros);
    pt_mem_free(body, cap);
    return r;
}

static int pct_float(PtStrBuilder *sb, const PctSpec *s, double d) {
    pt_ssize prec = s->prec < 0 ? 6 : s->prec;
    if (prec > 100000) {
        prec = 100000;
    }
    int neg = signbit(d) && !isnan(d);
    double x = fabs(d);
    if (isinf(x) || isnan(x)) {
        int up = s->conv == 'E' || s->conv == 'F' || s->conv == 'G';
        const char *t = isnan(x) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf");
        return pct_emit_number(sb, s, neg, "", t, 3);
    }
    char cfmt[8] = "%";
    size_t k = 1;
    if (s->alt) {
        cfmt[k++] = '#';
    }
    cfmt[k++] = '.';
    cfmt[k++] = '*';
    cfmt[k++] = (char)s->conv;
    cfmt[k] = 0;
    size_t cap = (size_t)prec + 330;
    char *buf = pt_mem_alloc(cap);
    if (buf == NULL) {
        pt_err_no_memory();
        return -1;
    }
    int n = snprintf(buf, cap, cfmt, (int)prec, x);
    int r = pct_emit_number(sb, s, neg, "", buf, (size_t)n);
    pt_mem_free(buf, cap);
    return r;
}

// Append a str result of %s/%r/%a/%c with width and precision. Steals `t`.
static int pct_text(PtStrBuilder *sb, const PctSpec *s, PtObject *t) {
    if (t == NULL) {
        return -1;
    }
    pt_ssize n = pt_str_fast_len(t);
    if (s->prec >= 0 && n > s->prec) {
        n = s->prec;
    }
    pt_ssize pad = s->width > n ? s->width - n : 0;
    int r = s->left ? 0 : pt_sb_append_fill(sb, ' ', pad);
    if (r == 0) {
        r = pt_sb_append_kind(sb, pt_str_fast_kind(t), pt_str_fast_data(t), n);
    }
    if (r == 0 && s->left) {
        r = pt_sb_append_fill(sb, ' ', pad);
    }
    pt_decref(t);
    return r;
}

static PtObject *pct_char(PtObject *v) {
    if (pt_is_str(v)) {
        if (pt_str_fast_len(v) == 1) {
            return pt_newref(v);
        }
    } else if (pt_is_int(v)) {
        int overflow = 0;
        int64_t c = pt_int_as_i64_overflow(v, &overflow);
        if (overflow || c < 0 || c > 0x10FFFF) {
            return pt_err_set_string(pt_exc_OverflowError, "%c arg not in range(0x110000)");
        }
        return pt_str_from_char((uint32_t)c);
    }
    return pt_err_set_string(pt_exc_TypeError, "%c requires int or char");
}

// True if `v` looks like a number to %d: int, float or with __int__/__index__/__float__.
static int is_number(PtObject *v) {
    if (pt_is_int(v) || pt_is_float(v)) {
        return 1;
    }
    PtNumberMethods *nm = pt_type(v)->as_number;
    return nm != NULL && (nm->index != NULL || nm->int_ != NULL || nm->float_ != NULL);
}

static int pct_convert(PtStrBuilder *sb, const PctSpec *s, PtObject *v) {
    switch (s->conv) {
    case 's':
        return pct_text(sb, s, pt_object_str(v));
    case 'r':
        return pct_text(sb, s, pt_object_repr(v));
    case 'a':
        return pct_text(sb, s, pt_object_ascii(v));
    case 'c':
        return pct_text(sb, s, pct_char(v));
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        int hexoct = s->conv == 'x' || s->conv == 'X' || s->conv == 'o';
        PtObject *iv;
        if (pt_is_int(v)) {
            iv = pt_newref(v);
        } else if (hexoct ? pt_slice_index_ok(v) : is_number(v)) {
            iv = hexoct ? pt_number_index(v) : pt_number_long(v);
            if (iv == NULL) {
                return -1;
            }
        } else {
            pt_err_format(pt_exc_TypeError, hexoct ? "%%%c format: an integer is required, not %T"
                                                   : "%%%c format: a real number is required, not %T",
                          (int)s->conv, v);
            return -1;
        }
        PctSpec t = *s;
        if (t.conv == 'i' || t.conv == 'u') {
            t.conv = 'd';
        }
        int r = pct_int(sb, &t, iv);
        pt_decref(iv);
        return r;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (!is_number(v)) {
            pt_err_format(pt_exc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        double d = pt_float_as_double(v);
        if (d == -1.0 && pt_err_occurred()) {
            return -1;
        }
        return pct_float(sb, s, d);
    }
    default:
        return -1;
    }
}

// ---- %-formatting: the parser ----

// Parse "%(key)" at fmt[*i] (just after '%'); sets *value (borrowed) from the mapping.
static int pct_key(PtObject *fmt, pt_ssize *i, PctArgs *a, PtObject **value) {
    pt_ssize n = pt_str_fast_len(fmt), start = ++*i, depth = 1;
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    if (a->dict == NULL) {
        pt_err_set_string(pt_exc_TypeError, "format requires a mapping");
        return -1;
    }
    while (*i < n && depth > 0) {
        uint32_t c = pt_str_read(kind, d, *i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        ++*i;
    }
    if (depth > 0) {
        pt_err_set_string(pt_exc_ValueError, "incomplete format key");
        return -1;
    }
    PtObject *key = pt_str_substr(fmt, start, *i - 1);
    if (key == NULL) {
        return -1;
    }
    PtObject *v = pt_object_getitem(a->dict, key);
    pt_decref(key);
    if (v == NULL) {
        return -1;
    }
    // Keep the value alive in the args' holder: a mapping may return a new object.
    *value = v;
    a->used_key = 1;
    return 0;
}

// Parse flags, width, precision and the conversion of one directive. *i is
// just after '%' (and after a key). 0 or -1.
static int pct_parse_spec(PtObject *fmt, pt_ssize *i, PctArgs *a, int have_key, PctSpec *s) {
    pt_ssize n = pt_str_fast_len(fmt);
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    memset(s, 0, sizeof *s);
    s->width = s->prec = -1;
#define CH() (*i < n ? pt_str_read(kind, d, *i) : 0)
    for (;; ++*i) {
        uint32_t c = CH();
        if (c == '-') {
            s->left = 1;
        } else if (c == '+') {
            s->plus = 1;
        } else if (c == ' ') {
            s->space = 1;
        } else if (c == '#') {
            s->alt = 1;
        } else if (c == '0') {
            s->zero = 1;
        } else {
            break;
        }
    }
    if (CH() == '*') {
        ++*i;
        if (pct_star(a, &s->width) < 0) {
            return -1;
        }
        if (s->width < 0) {
            s->left = 1;
            s->width = -s->width;
        }
    } else {
        for (; CH() >= '0' && CH() <= '9'; ++*i) {
            s->width = (s->width < 0 ? 0 : s->width) * 10 + (pt_ssize)(CH() - '0');
        }
    }
    if (CH() == '.') {
        ++*i;
        s->prec = 0;
        if (CH() == '*') {
            ++*i;
            if (pct_star(a, &s->prec) < 0) {
                return -1;
            }
            if (s->prec < 0) {
                s->prec = 0;
            }
        } else {
            for (; CH() >= '0' && CH() <= '9'; ++*i) {
                s->prec = s->prec * 10 + (pt_ssize)(CH() - '0');
            }
        }
    }
    while (CH() == 'h' || CH() == 'l' || CH() == 'L') {
        ++*i;
    }
    if (*i >= n) {
        pt_err_set_string(pt_exc_ValueError, "incomplete format");
        return -1;
    }
    s->conv = CH();
    ++*i;
#undef CH
    (void)have_key;
    return 0;
}

static int pct_known(uint32_t c) {
    return c != 0 && c < 128 && strchr("sracdiuxXoeEfFgG%", (int)c) != NULL;
}

static int pct_directive(PtStrBuilder *sb, PtObject *fmt, pt_ssize *i, PctArgs *a) {
    pt_ssize at = *i;  // index of '%'
    PtObject *owned = NULL, *v = NULL;
    PctSpec s;
    int r = -1;
    ++*i;
    if (*i < pt_str_fast_len(fmt) && pt_str_char(fmt, *i) == '(') {
        if (pct_key(fmt, i, a, &owned) < 0) {
            return -1;
        }
        v = owned;
    }
    if (pct_parse_spec(fmt, i, a, owned != NULL, &s) < 0) {
        goto done;
    }
    if (s.conv == '%' && *i - at == 2) {
        r = pt_sb_append_char(sb, '%');
        goto done;
    }
    if (!pct_known(s.conv)) {
        if (s.conv > 32 && s.conv < 127) {
            pt_err_format(pt_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                          (int)s.conv, (unsigned)s.conv, *i - 1);
        } else {
            pt_err_format(pt_exc_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd",
                          (unsigned)s.conv, (unsigned)s.conv, *i - 1);
        }
        goto done;
    }
    if (v == NULL && (v = pct_next(a)) == NULL) {
        goto done;
    }
    r = s.conv == '%' ? pt_sb_append_char(sb, '%') : pct_convert(sb, &s, v);
done:
    pt_xdecref(owned);
    return r;
}

PtObject *pt_str_mod(PtObject *fmt, PtObject *args) {
    PctArgs a = {NULL, 0, 0, NULL, NULL, 0};
    if (pt_is_tuple(args)) {
        a.items = pt_tuple_items(args);
        a.n = pt_tuple_len(args);
    } else {
        a.single = args;
        a.items = &a.single;
        a.n = 1;
        PtMappingMethods *mm = pt_type(args)->as_mapping;
        if (mm != NULL && mm->subscript != NULL && !pt_is_str(args)) {
            a.dict = args;
        }
    }
    pt_ssize n = pt_str_fast_len(fmt), i = 0;
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    while (i < n) {
        pt_ssize j = i;
        while (j < n && pt_str_read(kind, d, j) != '%') {
            j++;
        }
        if (pt_sb_append_kind(&sb, kind, (const char *)d + i * kind, j - i) < 0) {
            goto error;
        }
        i = j;
        if (i < n && pct_directive(&sb, fmt, &i, &a) < 0) {
            goto error;
        }
    }
    if (a.next < a.n && a.dict == NULL) {
        pt_err_set_string(pt_exc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

// ---- str.format: argument lookup ----

typedef struct FmtCtx {
    PtObject *const *args;  // positional
    size_t nargs;
    PtObject *kwnames;             // tuple of names; values follow args, or NULL
    PtObject *mapping;             // format_map's mapping, or NULL
    pt_ssize auto_index;           // next automatic index; -1 once manual numbering is used
    int manual;
} FmtCtx;

// New reference: the argument named by fmt[start:end) (an integer or a name).
static PtObject *fmt_get_arg(FmtCtx *c, PtObject *fmt, pt_ssize start, pt_ssize end) {
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    pt_ssize idx = -1;
    if (start == end) {
        if (c->manual) {
            return pt_err_set_string(pt_exc_ValueError,
                                     "cannot switch from manual field specification to automatic field numbering");
        }
        idx = c->auto_index++;
    } else {
        int numeric = 1;
        pt_ssize v = 0;
        for (pt_ssize k = start; k < end; k++) {
            uint32_t ch = pt_str_read(kind, d, k);
            if (ch < '0' || ch > '9') {
                numeric = 0;
                break;
            }
            if (v > (PTRDIFF_MAX - 9) / 10) {
                return pt_err_set_string(pt_exc_ValueError, "Too many decimal digits in format string");
            }
            v = v * 10 + (pt_ssize)(ch - '0');
        }
        if (numeric) {
            if (c->auto_index > 0) {
                return pt_err_set_string(pt_exc_ValueError,
                                         "cannot switch from automatic field numbering to manual field specification");
            }
            c->manual = 1;
            idx = v;
        }
    }
    if (idx >= 0) {
        if (c->mapping != NULL || (size_t)idx >= c->nargs) {
            if (c->mapping != NULL) {
                return pt_err_format(pt_exc_ValueError, "Format string contains positional fields");
            }
            return pt_err_format(pt_exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
        }
        return pt_newref(c->args[idx]);
    }
    PtObject *key = pt_str_substr(fmt, start, end);
    if (key == NULL) {
        return NULL;
    }
    if (c->mapping != NULL) {
        PtObject *r = pt_object_getitem(c->mapping, key);
        pt_decref(key);
        return r;
    }
    if (c->kwnames != NULL) {
        for (pt_ssize k = 0; k < pt_tuple_len(c->kwnames); k++) {
            if (pt_str_eq(pt_tuple_get(c->kwnames, k), key)) {
                pt_decref(key);
                return pt_newref(c->args[c->nargs + (size_t)k]);
            }
        }
    }
    pt_err_set_object(pt_exc_KeyError, key);
    pt_decref(key);
    return NULL;
}

// Resolve "name(.attr|[key])*" in fmt[start:end). New reference.
static PtObject *fmt_resolve(FmtCtx *c, PtObject *fmt, pt_ssize start, pt_ssize end) {
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    pt_ssize i = start;
    while (i < end && pt_str_read(kind, d, i) != '.' && pt_str_read(kind, d, i) != '[') {
        i++;
    }
    PtObject *obj = fmt_get_arg(c, fmt, start, i);
    while (obj != NULL && i < end) {
        uint32_t ch = pt_str_read(kind, d, i++);
        pt_ssize s0 = i;
        PtObject *next;
        if (ch == '.') {
            while (i < end && pt_str_read(kind, d, i) != '.' && pt_str_read(kind, d, i) != '[') {
                i++;
            }
            if (i == s0) {
                pt_decref(obj);
                return pt_err_set_string(pt_exc_ValueError, "Empty attribute in format string");
            }
            PtObject *name = pt_str_substr(fmt, s0, i);
            next = name ? pt_object_getattr(obj, name) : NULL;
            pt_xdecref(name);
        } else if (ch == '[') {
            while (i < end && pt_str_read(kind, d, i) != ']') {
                i++;
            }
            if (i >= end) {
                pt_decref(obj);
                return pt_err_set_string(pt_exc_ValueError, "Missing ']' in format string");
            }
            if (i == s0) {
                pt_decref(obj);
                return pt_err_set_string(pt_exc_ValueError, "Empty attribute in format string");
            }
            int numeric = 1;
            pt_ssize v = 0;
            for (pt_ssize k = s0; k < i; k++) {
                uint32_t dc = pt_str_read(kind, d, k);
                numeric &= dc >= '0' && dc <= '9';
                v = v * 10 + (pt_ssize)(dc - '0');
            }
            PtObject *key = numeric ? pt_int_from_ssize(v) : pt_str_substr(fmt, s0, i);
            next = key ? pt_object_getitem(obj, key) : NULL;
            pt_xdecref(key);
            i++;  // past ']'
            if (i < end && pt_str_read(kind, d, i) != '.' && pt_str_read(kind, d, i) != '[') {
                pt_xdecref(next);
                pt_decref(obj);
                return pt_err_set_string(pt_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            pt_decref(obj);
            return pt_err_set_string(pt_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        pt_decref(obj);
        obj = next;
    }
    return obj;
}

// ---- str.format: the renderer ----

static int fmt_render(PtStrBuilder *sb, FmtCtx *c, PtObject *fmt, pt_ssize start, pt_ssize end, int depth);

// Format one field whose text (between the braces) is fmt[start:end).
static int fmt_field(PtStrBuilder *sb, FmtCtx *c, PtObject *fmt, pt_ssize start, pt_ssize end, int depth) {
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    pt_ssize i = start;
    while (i < end) {  // field name: up to '!' or ':', skipping [...]
        uint32_t ch = pt_str_read(kind, d, i);
        if (ch == '{') {
            pt_err_set_string(pt_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (i < end && pt_str_read(kind, d, i) != ']') {
                i++;
            }
            continue;
        }
        if (ch == '!' || ch == ':') {
            break;
        }
        i++;
    }
    pt_ssize name_end = i;
    uint32_t conv = 0;
    if (i < end && pt_str_read(kind, d, i) == '!') {
        if (i + 1 >= end) {
            pt_err_set_string(pt_exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        conv = pt_str_read(kind, d, i + 1);
        i += 2;
        if (i < end && pt_str_read(kind, d, i) != ':') {
            pt_err_set_string(pt_exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
        if (conv != 'r' && conv != 's' && conv != 'a') {
            if (conv > 32 && conv < 127) {
                pt_err_format(pt_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            } else {
                pt_err_format(pt_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            }
            return -1;
        }
    }
    pt_ssize spec_start = i < end ? i + 1 : end;
    PtObject *obj = fmt_resolve(c, fmt, start, name_end), *spec = NULL, *out = NULL;
    if (obj == NULL) {
        return -1;
    }
    if (conv != 0) {
        PtObject *t = conv == 'r' ? pt_object_repr(obj) : conv == 's' ? pt_object_str(obj) : pt_object_ascii(obj);
        pt_decref(obj);
        obj = t;
        if (obj == NULL) {
            return -1;
        }
    }
    if (spec_start < end) {
        PtStrBuilder ssb;
        pt_sb_init(&ssb);
        if (fmt_render(&ssb, c, fmt, spec_start, end, depth - 1) < 0) {
            pt_sb_discard(&ssb);
            pt_decref(obj);
            return -1;
        }
        spec = pt_sb_finish(&ssb);
    }
    out = (spec == NULL && pt_is_str_exact(obj)) ? pt_newref(obj) : pt_object_format(obj, spec);
    pt_decref(obj);
    pt_xdecref(spec);
    if (out == NULL) {
        return -1;
    }
    int r = pt_sb_append_str(sb, out);
    pt_decref(out);
    return r;
}

static int fmt_render(PtStrBuilder *sb, FmtCtx *c, PtObject *fmt, pt_ssize start, pt_ssize end, int depth) {
    if (depth <= 0) {
        pt_err_set_string(pt_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    int kind = pt_str_fast_kind(fmt);
    const void *d = pt_str_fast_data(fmt);
    pt_ssize i = start;
    while (i < end) {
        pt_ssize j = i;
        while (j < end && pt_str_read(kind, d, j) != '{' && pt_str_read(kind, d, j) != '}') {
            j++;
        }
        if (pt_sb_append_kind(sb, kind, (const char *)d + i * kind, j - i) < 0) {
            return -1;
        }
        if (j >= end) {
            break;
        }
        uint32_t ch = pt_str_read(kind, d, j);
        uint32_t nx = j + 1 < end ? pt_str_read(kind, d, j + 1) : 0;
        if (ch == '}') {
            if (nx != '}') {
                pt_err_set_string(pt_exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            if (pt_sb_append_char(sb, '}') < 0) {
                return -1;
            }
            i = j + 2;
            continue;
        }
        if (nx == '{') {
            if (pt_sb_append_char(sb, '{') < 0) {
                return -1;
            }
            i = j + 2;
            continue;
        }
        if (j + 1 >= end) {
            pt_err_set_string(pt_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        // Find the matching '}' counting nested braces; brackets in the field
        // name may hold braces.
        pt_ssize k = j + 1, level = 1;
        int in_name = 1, nested = 0;
        while (k < end) {
            uint32_t x = pt_str_read(kind, d, k);
            if (in_name && x == '[') {
                while (k < end && pt_str_read(kind, d, k) != ']') {
                    k++;
                }
                continue;
            }
            if (in_name && (x == ':' || x == '!')) {
                in_name = 0;
            } else if (in_name && x == '{') {
                pt_err_set_string(pt_exc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (x == '{') {
                level++;
                nested = 1;
            } else if (x == '}' && --level == 0) {
                break;
            }
            k++;
        }
        if (k >= end) {
            pt_err_set_string(pt_exc_ValueError, nested && !in_name ? "unmatched '{' in format spec"
                                                                    : "expected '}' before end of string");
            return -1;
        }
        if (fmt_field(sb, c, fmt, j + 1, k, depth) < 0) {
            return -1;
        }
        i = k + 1;
    }
    return 0;
}

static PtObject *format_common(PtObject *self, FmtCtx *c) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (fmt_render(&sb, c, self, 0, pt_str_fast_len(self), 2) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

PtObject *pt_str_method_format(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    FmtCtx c = {args, nargs, kwnames, NULL, 0, 0};
    return format_common(self, &c);
}

PtObject *pt_str_method_format_map(PtObject *self, PtObject *mapping) {
    FmtCtx c = {NULL, 0, NULL, mapping, 0, 0};
    return format_common(self, &c);
}
