// src/obj/formatspec.c: the format-spec mini-language: parsing and formatting numbers and strings.
//
// pt_formatspec_parse turns `[[fill]align][sign][z][#][0][width][grouping]
// [.precision][type]` into a PtFormatSpec with CPython's error messages. The
// formatters first produce the number as ASCII pieces (sign, prefix, integer
// digits, the rest: fraction, exponent, '%'), then `assemble` applies
// grouping, zero padding (which groups the padding zeros too, as CPython
// does: format(1234, '09,') == '0,001,234') and fill/alignment with a fill
// character that may be any code point.
//
// Floats: fixed and exponent forms come from snprintf; 'g' and the no-type
// form are built from snprintf's %e digits with Python's rules (no-type means
// repr when no precision is given, else 'g' that keeps at least one digit after
// the point); the shortest repr comes from pt_float_format_repr (float.c).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj/formatspec.h"  // PtFormatSpec, the pt_format_* declarations
#include "obj/str.h"         // str layout, PtStrBuilder helpers
#include "pith/abstract.h"   // pt_object_str
#include "pith/errors.h"     // pt_err_*
#include "pith/float.h"      // pt_float_format_repr
#include "pith/int.h"        // pt_int_to_str, pt_int_sign, pt_int_as_double
#include "pith/mem.h"        // pt_mem_alloc for long digit strings

// ---- Parsing ----

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static PtObject *format_error(const char *msg) { return pt_err_set_string(pt_exc_ValueError, msg); }

// Decimal digits at *pos into *out; "Too many decimal digits" on overflow. 1 if any were read.
static int parse_number(int kind, const void *d, pt_ssize n, pt_ssize *pos, pt_ssize *out) {
    pt_ssize v = 0, start = *pos;
    for (; *pos < n; (*pos)++) {
        uint32_t c = pt_str_read(kind, d, *pos);
        if (c < '0' || c > '9') {
            break;
        }
        if (v > (PTRDIFF_MAX - (c - '0')) / 10) {
            format_error("Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (pt_ssize)(c - '0');
    }
    *out = v;
    return *pos > start;
}

static PtObject *bad_grouping(char g, uint32_t type) {
    if (type > 32 && type < 128) {
        return pt_err_format(pt_exc_ValueError, "Cannot specify '%c' with '%c'.", g, (int)type);
    }
    return pt_err_format(pt_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", g, (unsigned)type);
}

// Grouping is allowed with d e f g E F G % and no type; '_' also with b o x X.
static int check_grouping(const PtFormatSpec *f) {
    if (f->grouping == 0) {
        return 0;
    }
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%': case 0:
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') {
            return 0;
        }
        break;
    default:
        break;
    }
    bad_grouping(f->grouping, f->type);
    return -1;
}

static int parse_grouping(int kind, const void *d, pt_ssize n, pt_ssize *pos, PtFormatSpec *f) {
    uint32_t c = *pos < n ? pt_str_read(kind, d, *pos) : 0;
    if (c != ',' && c != '_') {
        return 0;
    }
    f->grouping = (char)c;
    (*pos)++;
    uint32_t c2 = *pos < n ? pt_str_read(kind, d, *pos) : 0;
    if (c2 == ',' || c2 == '_') {
        if (c2 != c) {
            format_error("Cannot specify both ',' and '_'.");
        } else {
            bad_grouping((char)c, c2);
        }
        return -1;
    }
    return 0;
}

static PtObject *unknown_code(uint32_t type, const char *tname) {
    if (type > 32 && type < 128) {
        return pt_err_format(pt_exc_ValueError, "Unknown format code '%c' for object of type '%s'", (int)type, tname);
    }
    return pt_err_format(pt_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, tname);
}

int pt_formatspec_parse(PtObject *spec, char default_align, const char *type_name, PtFormatSpec *f) {
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->precision = -1;
    if (spec == NULL) {
        f->align = default_align;
        return 0;
    }
    pt_ssize n = pt_str_fast_len(spec), pos = 0;
    int kind = pt_str_fast_kind(spec), fill_given = 0;
    const void *d = pt_str_fast_data(spec);
#define AT(i) ((i) < n ? pt_str_read(kind, d, (i)) : 0)
    if (n >= 2 && is_align(AT(1))) {
        f->fill = AT(0);
        f->align = (char)AT(1);
        fill_given = 1;
        pos = 2;
    } else if (n >= 1 && is_align(AT(0))) {
        f->align = (char)AT(0);
        pos = 1;
    }
    if (pos < n && (AT(pos) == '+' || AT(pos) == '-' || AT(pos) == ' ')) {
        f->sign = (char)AT(pos);
        pos++;
    }
    if (pos < n && AT(pos) == 'z') {
        f->no_neg_zero = 1;
        pos++;
    }
    if (pos < n && AT(pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_given && pos < n && AT(pos) == '0') {
        f->fill = '0';
        f->zero_pad = 1;
        if (f->align == 0 && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    int got = parse_number(kind, d, n, &pos, &f->width);
    if (got < 0) {
        return -1;
    }
    if (got == 0) {
        f->width = -1;
    }
    if (parse_grouping(kind, d, n, &pos, f) < 0) {
        return -1;
    }
    if (pos < n && AT(pos) == '.') {
        pos++;
        got = parse_number(kind, d, n, &pos, &f->precision);
        if (got < 0) {
            return -1;
        }
        if (got == 0) {
            format_error("Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        PtObject *s = pt_str_format("Invalid format specifier '%U' for object of type '%s'", spec, type_name);
        if (s != NULL) {
            pt_err_set_object(pt_exc_ValueError, s);
            pt_decref(s);
        }
        return -1;
    }
    if (pos < n) {
        f->type = AT(pos);
        if (f->type == 0) {  // U+0000 cannot mean "no type"
            unknown_code(0, type_name);
            return -1;
        }
    }
#undef AT
    if (f->align == 0) {
        f->align = default_align;
    }
    return 0;
}

// ---- Assembling the padded result ----

// Digits `digits[0..n)` grouped by `group` with separator `sep` (0: none),
// left-padded with '0' until the grouped length reaches `min_len`. Writes into
// `out` (caller sizes it) and returns the length.
static size_t grouped_len(size_t nd, char sep, int group) {
    return sep && nd > 0 ? nd + (nd - 1) / (size_t)group : nd;
}

// Digits `digits[0..n)` grouped by `group` with separator `sep` (0: none),
// left-padded with '0' until the grouped length reaches `min_len`. Writes into
// `out` (caller sizes it) and returns the length.
static size_t group_digits(char *out, const char *digits, size_t n, char sep, int group, size_t min_len) {
    size_t nd = n;
    while (grouped_len(nd, sep, group) < min_len) {
        nd++;
    }
    size_t len = grouped_len(nd, sep, group), w = len;
    for (size_t i = 0; i < nd; i++) {  // write from the right
        char c = i < n ? digits[n - 1 - i] : '0';
        if (sep && i > 0 && i % (size_t)group == 0) {
            out[--w] = sep;
        }
        out[--w] = c;
    }
    return len;
}

typedef struct NumParts {
    char sign;           // 0, '-', '+' or ' '
    const char *prefix;  // "0x" or ""
    const char *digits;  // integer digits, grouped
    size_t ndigits;
    const char *rest;  // fraction, exponent, suffix: written as is
    size_t nrest;
    int group;  // 3 or 4
} NumParts;

static PtObject *assemble(const PtFormatSpec *f, const NumParts *p) {
    size_t plen = strlen(p->prefix), fixed = (p->sign ? 1 : 0) + plen + p->nrest;
    size_t min_digits = 0;
    int zero_fill = f->align == '=' && f->fill == '0' && f->width > 0;
    if (zero_fill && (size_t)f->width > fixed) {
        min_digits = (size_t)f->width - fixed;
    }
    size_t cap = p->ndigits + p->ndigits / 3 + min_digits + min_digits / 3 + 8;
    char stackbuf[256];
    char *g = cap <= sizeof stackbuf ? stackbuf : pt_mem_alloc(cap);
    if (g == NULL) {
        return pt_err_no_memory();
    }
    size_t glen = group_digits(g, p->digits, p->ndigits, f->grouping, p->group, min_digits);
    pt_ssize body = (pt_ssize)(fixed + glen), padn = f->width > body ? f->width - body : 0;
    pt_ssize left = 0, right = 0, mid = 0;
    switch (f->align) {
    case '<': right = padn; break;
    case '^': left = padn / 2; right = padn - left; break;
    case '=': mid = padn; break;
    default: left = padn; break;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    char sign = p->sign;
    int r = pt_sb_append_fill(&sb, f->fill, left);
    if (r == 0 && sign) {
        r = pt_sb_append_char(&sb, (uint32_t)sign);
    }
    if (r == 0) {
        r = pt_sb_append_ascii(&sb, p->prefix, plen);
    }
    if (r == 0) {
        r = pt_sb_append_fill(&sb, f->fill, mid);
    }
    if (r == 0) {
        r = pt_sb_append_ascii(&sb, g, glen);
    }
    if (r == 0) {
        r = pt_sb_append_ascii(&sb, p->rest, p->nrest);
    }
    if (r == 0) {
        r = pt_sb_append_fill(&sb, f->fill, right);
    }
    if (g != stackbuf) {
        pt_mem_free(g, cap);
    }
    if (r < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

// Pad an already formatted str `s` (stolen) to the spec's width and alignment.
static PtObject *pad_str(PtObject *s, const PtFormatSpec *f) {
    if (s == NULL) {
        return NULL;
    }
    pt_ssize n = pt_str_fast_len(s);
    if (f->width <= n) {
        return s;
    }
    pt_ssize padn = f->width - n, left = 0, right = 0;
    if (f->align == '<') {
        right = padn;
    } else if (f->align == '^') {
        left = padn / 2;
        right = padn - left;
    } else {
        left = padn;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int r = pt_sb_append_fill(&sb, f->fill, left);
    if (r == 0) {
        r = pt_sb_append_str(&sb, s);
    }
    if (r == 0) {
        r = pt_sb_append_fill(&sb, f->fill, right);
    }
    pt_decref(s);
    if (r < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

// ---- str ----

PtObject *pt_format_str(PtObject *s, PtObject *spec) {
    PtFormatSpec f;
    if (spec == NULL || pt_str_fast_len(spec) == 0) {
        return pt_str_exact_copy(s);
    }
    if (pt_formatspec_parse(spec, '<', "str", &f) < 0) {
        return NULL;
    }
    if (f.type == 0) {
        f.type = 's';
    }
    if (f.grouping) {
        return bad_grouping(f.grouping, f.type);
    }
    if (f.type != 's') {
        return unknown_code(f.type, "str");
    }
    if (f.sign) {
        return format_error("Sign not allowed in string format specifier");
    }
    if (f.no_neg_zero) {
        return format_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alternate) {
        return format_error("Alternate form (#) not allowed in string format specifier");
    }
    if (f.align == '=') {
        return format_error("'=' alignment not allowed in string format specifier");
    }
    pt_ssize n = pt_str_fast_len(s);
    PtObject *body = f.precision >= 0 && f.precision < n ? pt_str_substr(s, 0, f.precision) : pt_str_exact_copy(s);
    return pad_str(body, &f);
}

// ---- Floats ----

// The digits of `x` >= 0 by snprintf into a buffer the caller frees with
// pt_mem_free(buf, *cap). NULL on out of memory.
static char *sprint_double(const char *cfmt, int prec, double x, size_t *cap, int *len) {
    *cap = (size_t)prec + 330;
    char *buf = pt_mem_alloc(*cap);
    if (buf == NULL) {
        return NULL;
    }
    *len = snprintf(buf, *cap, cfmt, prec, x);
    return buf;
}

// Build %g-style text for x >= 0 (finite) into `out` (size >= prec + 32).
// `add_dot_0`: the no-type rule (fixed form keeps a ".0"; switches to exponent one digit earlier).
static size_t format_g(char *out, double x, int prec, int alternate, int add_dot_0, char e) {
    char digits[800];
    if (prec == 0) {
        prec = 1;
    }
    if (prec > 700) {
        prec = 700;  // more significant digits than any double has
    }
    snprintf(digits, sizeof digits, "%.*e", prec - 1, x);
    char *ep = strchr(digits, 'e');
    int exp10 = atoi(ep + 1), decpt = exp10 + 1;
    char mant[800];
    size_t nm = 0;
    for (char *p = digits; p < ep; p++) {
        if (*p != '.') {
            mant[nm++] = *p;
        }
    }
    if (!alternate) {
        while (nm > 1 && mant[nm - 1] == '0') {
            nm--;
        }
    }
    int use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
    size_t w = 0;
    if (use_exp) {
        out[w++] = mant[0];
        if (nm > 1 || alternate) {
            out[w++] = '.';
        }
        memcpy(out + w, mant + 1, nm - 1);
        w += nm - 1;
        w += (size_t)sprintf(out + w, "%c%c%02d", e, exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        return w;
    }
    if (decpt <= 0) {
        out[w++] = '0';
        out[w++] = '.';
        for (int i = 0; i < -decpt; i++) {
            out[w++] = '0';
        }
        memcpy(out + w, mant, nm);
        return w + nm;
    }
    for (int i = 0; i < decpt; i++) {
        out[w++] = (size_t)i < nm ? mant[i] : '0';
    }
    if ((size_t)decpt < nm) {
        out[w++] = '.';
        memcpy(out + w, mant + decpt, nm - (size_t)decpt);
        w += nm - (size_t)decpt;
    } else if (add_dot_0) {
        out[w++] = '.';
        out[w++] = '0';
    } else if (alternate) {
        out[w++] = '.';
    }
    return w;
}

// The text of |d| for presentation `type` (already defaulted); `repr_mode`: no
// type and no precision. Returns a pt_mem buffer of `*cap` bytes, or NULL.
static char *float_text(double x, uint32_t type, int prec, int alternate, int add_dot_0, size_t *cap, int *len) {
    int upper = type == 'E' || type == 'F' || type == 'G';
    if (isinf(x) || isnan(x)) {
        *cap = 8;
        char *b = pt_mem_alloc(*cap);
        if (b != NULL) {
            strcpy(b, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            *len = 3;
            if (type == '%') {
                b[(*len)++] = '%';
                b[*len] = 0;
            }
        }
        return b;
    }
    if (type == 'r') {
        *cap = 64;
        char *b = pt_mem_alloc(*cap);
        if (b != NULL) {
            *len = (int)pt_float_format_repr(x, b, *cap);
            if (!add_dot_0 && *len >= 2 && strcmp(b + *len - 2, ".0") == 0) {
                *len -= 2;  // complex parts print "1" where repr says "1.0"
                b[*len] = 0;
            }
            if (alternate && strchr(b, '.') == NULL) {  // '#': always a decimal point
                char *e = strchr(b, 'e');
                size_t at = e != NULL ? (size_t)(e - b) : (size_t)*len;
                memmove(b + at + 1, b + at, (size_t)*len - at + 1);
                b[at] = '.';
                (*len)++;
            }
        }
        return b;
    }
    if (type == 'f' || type == 'F' || type == '%') {
        char *b = sprint_double(alternate ? "%#.*f" : "%.*f", prec, type == '%' ? x * 100 : x, cap, len);
        if (b != NULL && type == '%') {
            b[(*len)++] = '%';
            b[*len] = 0;
        }
        return b;
    }
    if (type == 'e' || type == 'E') {
        return sprint_double(type == 'E' ? (alternate ? "%#.*E" : "%.*E") : (alternate ? "%#.*e" : "%.*e"), prec, x, cap, len);
    }
    *cap = (size_t)(prec > 700 ? 700 : prec) + 400;  // 'g', 'G', 'n'
    char *b = pt_mem_alloc(*cap);
    if (b != NULL) {
        *len = (int)format_g(b, x, prec, alternate, add_dot_0, upper ? 'E' : 'e');
        b[*len] = 0;
    }
    return b;
}

// Split text into integer digits and the rest, and assemble.
static PtObject *assemble_float_text(const PtFormatSpec *f, char sign, const char *text, size_t len) {
    size_t nd = 0;
    while (nd < len && text[nd] >= '0' && text[nd] <= '9') {
        nd++;
    }
    NumParts p = {sign, "", text, nd, text + nd, len - nd, 3};
    return assemble(f, &p);
}

static char sign_char(const PtFormatSpec *f, int negative) {
    if (negative) {
        return '-';
    }
    return f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
}

// True if the formatted text has no nonzero digit (for the 'z' option).
static int all_zero(const char *t, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (t[i] == 'e' || t[i] == 'E') {
            break;
        }
        if (t[i] >= '1' && t[i] <= '9') {
            return 0;
        }
    }
    return 1;
}

// Format one double with a parsed spec (type already validated). `complex_part`
// drops the ".0" of the repr form as complex does.
static PtObject *float_with_spec(double d, PtFormatSpec *f, int complex_part, int force_sign) {
    uint32_t type = f->type;
    int prec = (int)(f->precision > INT32_MAX - 400 ? INT32_MAX - 400 : f->precision);
    int add_dot_0 = 0;
    if (type == 0) {
        add_dot_0 = !complex_part;
        type = prec < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        type = 'g';
    }
    if (prec < 0) {
        prec = 6;
    }
    int neg = signbit(d) && !isnan(d);
    size_t cap;
    int len;
    char *text = float_text(fabs(d), type, prec, f->alternate, add_dot_0, &cap, &len);
    if (text == NULL) {
        return pt_err_no_memory();
    }
    if (neg && f->no_neg_zero && all_zero(text, (size_t)len)) {
        neg = 0;
    }
    char s = sign_char(f, neg);
    if (force_sign && s == 0) {
        s = '+';
    }
    PtObject *r = assemble_float_text(f, s, text, (size_t)len);
    pt_mem_free(text, cap);
    return r;
}

static int float_type_ok(uint32_t t) {
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' || t == '%';
}

PtObject *pt_format_float(double d, PtObject *spec) {
    if (spec == NULL || pt_str_fast_len(spec) == 0) {
        return pt_float_repr_of(d);
    }
    PtFormatSpec f;
    if (pt_formatspec_parse(spec, '>', "float", &f) < 0 || check_grouping(&f) < 0) {
        return NULL;
    }
    if (!float_type_ok(f.type)) {
        return unknown_code(f.type, "float");
    }
    return float_with_spec(d, &f, 0, 0);
}

// ---- Complex ----

PtObject *pt_format_complex(double re, double im, PtObject *spec) {
    PtFormatSpec f;
    if (pt_formatspec_parse(spec, '>', "complex", &f) < 0 || check_grouping(&f) < 0) {
        return NULL;
    }
    if (f.type == '%' || !float_type_ok(f.type)) {
        return unknown_code(f.type, "complex");
    }
    if (f.zero_pad) {
        return format_error("Zero padding is not allowed in complex format specifier");
    }
    if (f.align == '=') {
        return format_error("'=' alignment flag is not allowed in complex format specifier");
    }
    int no_type = f.type == 0;
    int skip_re = no_type && re == 0.0 && !signbit(re);
    PtFormatSpec part = f;
    part.width = -1;
    part.align = '>';
    part.fill = ' ';
    PtObject *rs = skip_re ? NULL : float_with_spec(re, &part, 1, 0);
    if (!skip_re && rs == NULL) {
        return NULL;
    }
    PtObject *is = float_with_spec(im, &part, 1, !skip_re);
    if (is == NULL) {
        pt_xdecref(rs);
        return NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int paren = no_type && !skip_re;
    int r = paren ? pt_sb_append_char(&sb, '(') : 0;
    if (r == 0 && rs != NULL) {
        r = pt_sb_append_str(&sb, rs);
    }
    if (r == 0) {
        r = pt_sb_append_str(&sb, is);
    }
    if (r == 0) {
        r = pt_sb_append_ascii(&sb, paren ? "j)" : "j", paren ? 2 : 1);
    }
    pt_xdecref(rs);
    pt_decref(is);
    if (r < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pad_str(pt_sb_finish(&sb), &f);
}

// ---- Integers ----

static PtObject *format_int_char(PtObject *v, const PtFormatSpec *f) {
    if (f->sign) {
        return format_error("Sign not allowed with integer format specifier 'c'");
    }
    if (f->alternate) {
        return format_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int overflow = 0;
    int64_t c = pt_int_as_i64_overflow(v, &overflow);
    if (overflow || c < 0 || c > 0x10FFFF) {
        return pt_err_set_string(pt_exc_OverflowError, "%c arg not in range(0x110000)");
    }
    PtObject *s = pt_str_from_char((uint32_t)c);
    PtFormatSpec g = *f;
    if (g.align == '=') {
        g.align = '>';
    }
    return pad_str(s, &g);
}

// Digits of |v| in `base` as ASCII into a pt_mem buffer; *neg set for negatives.
static char *int_digits(PtObject *v, int base, int upper, int *neg, size_t *len, size_t *cap) {
    static const char lower_digits[] = "0123456789abcdef", upper_digits[] = "0123456789ABCDEF";
    const char *dig = upper ? upper_digits : lower_digits;
    if (pt_is_type_id(v, PT_TID_BOOL)) {
        v = pt_smallint(v == pt_True);
    }
    if (pt_is_smallint(v)) {
        int64_t x = pt_smallint_value(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        *neg = x < 0;
        char tmp[72];
        size_t n = 0;
        do {
            tmp[n++] = dig[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u);
        *cap = n + 1;
        char *b = pt_mem_alloc(*cap);
        if (b != NULL) {
            for (size_t i = 0; i < n; i++) {
                b[i] = tmp[n - 1 - i];
            }
            *len = n;
        }
        return b;
    }
    PtObject *s = pt_int_to_str(v, base);
    if (s == NULL) {
        return NULL;
    }
    const char *t = pt_str_ascii(s, len);
    *neg = t[0] == '-';
    size_t skip = (*neg ? 1 : 0) + (base != 10 ? 2 : 0);  // sign, then "0x"/"0o"/"0b"
    *cap = *len - skip + 1;
    char *b = pt_mem_alloc(*cap);
    if (b != NULL) {
        *len -= skip;
        for (size_t i = 0; i < *len; i++) {
            char c = t[skip + i];
            b[i] = upper && c >= 'a' ? (char)(c - 32) : c;
        }
    }
    pt_decref(s);
    if (b == NULL) {
        pt_err_no_memory();
    }
    return b;
}

PtObject *pt_format_int(PtObject *v, PtObject *spec) {
    if (spec == NULL || pt_str_fast_len(spec) == 0) {
        return pt_object_str(v);
    }
    PtFormatSpec f;
    if (pt_formatspec_parse(spec, '>', "int", &f) < 0) {
        return NULL;
    }
    if (f.type == 0) {
        f.type = 'd';
    }
    if (check_grouping(&f) < 0) {
        return NULL;
    }
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = pt_int_as_double(v);
        if (d == -1.0 && pt_err_occurred()) {
            return NULL;
        }
        return float_with_spec(d, &f, 0, 0);
    }
    case 'b': case 'o': case 'x': case 'X': case 'd': case 'n': case 'c':
        break;
    default:
        return unknown_code(f.type, "int");
    }
    if (f.precision >= 0) {
        return format_error("Precision not allowed in integer format specifier");
    }
    if (f.no_neg_zero) {
        return format_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'c') {
        return format_int_char(v, &f);
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    int neg;
    size_t len, cap;
    char *digits = int_digits(v, base, f.type == 'X', &neg, &len, &cap);
    if (digits == NULL) {
        return pt_err_occurred() ? NULL : pt_err_no_memory();
    }
    const char *prefix = "";
    if (f.alternate) {
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (f.type == 'X' ? "0X" : "0x") : "";
    }
    NumParts p = {sign_char(&f, neg), prefix, digits, len, "", 0, base == 10 ? 3 : 4};
    PtObject *r = assemble(&f, &p);
    pt_mem_free(digits, cap);
    return r;
}
