// src/compile/lexer.c: the tokenizer (see lexer.h for the token model).
//
// The scanner mirrors CPython 3.11's tokenizer closely enough that its error
// messages and positions agree: it reads with a cursor (`cur`) and reports a
// tokenizer error at the cursor, as CPython does, so the column in an error is
// wherever the scan stood when it gave up. Indentation uses two counts per
// line: tabs to multiples of 8 (col) and tabs as 1 (altcol); when the two
// disagree about the block structure the source is ambiguous, a TabError.
//
// Guarded by tools/check_parser.py (the whole stdlib must tokenize and parse
// like CPython) and the malformed-input corpus it runs.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "compile/lexer.h"  // PtLexer, PtToken
#include "pith/mem.h"       // pt_raw_alloc, pt_raw_free

#define MAX_INDENT 100  // CPython's MAXINDENT
#define MAX_LEVEL 200   // CPython's MAXLEVEL (bracket nesting)

// ---- UTF-8 and character classes ----

int pt_utf8_decode(const unsigned char *s, size_t n, int *clen) {
    *clen = 1;
    if (n == 0) {
        return -1;
    }
    unsigned c = s[0];
    if (c < 0x80) {
        return (int)c;
    }
    int need;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, cp = c & 0x07;
    } else {
        return -1;
    }
    if ((size_t)need >= n) {
        return -1;
    }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
    }
    *clen = need + 1;
    return (int)cp;
}

int pt_lexer_is_id_start(int c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        // Other_ID_Start.
        return c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E || c == 0x309B ||
               c == 0x309C;
    }
}

int pt_lexer_is_id_continue(int c) {
    if (c < 0x80) {
        return pt_lexer_is_id_start(c) || (c >= '0' && c <= '9');
    }
    if (pt_lexer_is_id_start(c)) {
        return 1;
    }
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        // Other_ID_Continue.
        return c == 0xB7 || c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA;
    }
}

// Python's str.isprintable() for one code point.
static int is_printable(int c) {
    if (c == ' ') {
        return 1;
    }
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

static int is_ident_byte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// ---- Lines ----

const char *pt_lexer_line(const PtLexer *lx, int lineno) {
    if (lineno < 1 || lineno > lx->nlines) {
        return NULL;
    }
    return lx->lines[lineno];
}

int pt_lexer_char_col(const PtLexer *lx, int lineno, int col) {
    const char *line = pt_lexer_line(lx, lineno);
    if (!line || col <= 0) {
        return col < 0 ? col : 0;
    }
    int n = 0;
    for (int i = 0; i < col && line[i]; i++) {
        if (((unsigned char)line[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

// Copy the source into the arena: skip a BOM, turn CRLF and CR into LF, add a
// final newline, and index the line starts. Returns -1 when out of memory.
static int normalize(PtLexer *lx, const char *src, size_t len) {
    lx->had_bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (lx->had_bom) {
        src += 3, len -= 3;
    }
    char *out = pt_arena_alloc(lx->arena, len + 2);
    if (!out) {
        return -1;
    }
    size_t o = 0;
    int nlines = 1;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
            c = '\n';
        }
        if (c == '\n') {
            nlines++;
        }
        out[o++] = c;
    }
    if (o == 0 || out[o - 1] != '\n') {
        out[o++] = '\n';
        nlines++;
    }
    out[o] = '\0';
    lx->src = out;
    lx->len = o;
    lx->lines = pt_arena_alloc(lx->arena, sizeof(char *) * (size_t)(nlines + 1));
    if (!lx->lines) {
        return -1;
    }
    int n = 1;
    lx->lines[1] = out;
    for (size_t i = 0; i < o; i++) {
        if (out[i] == '\n' && i + 1 < o) {
            lx->lines[++n] = out + i + 1;
        }
    }
    lx->nlines = n;
    return 0;
}

// ---- Coding declarations ----

// The source is always read as UTF-8, but a coding declaration that names no
// codec at all, or a non-UTF-8 codec after a UTF-8 BOM, is an error as in CPython.
static int known_codec(const char *name) {
    static const char *const prefixes[] = {
        "utf-8", "utf8", "utf-16", "utf-32", "latin-1", "latin1", "latin-", "iso-8859",
        "iso8859", "iso-latin", "ascii", "us-ascii", "cp", "windows-", "mac-", "koi8",
        "euc", "shift-jis", "shift_jis", "sjis", "gb", "big5", "hz", "johab", "ks-c",
        "iso-2022", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10",
        "ibm", "ms", "tis", "hp-roman", "ptcp", "palmos", "raw-unicode", "unicode-escape",
        "mbcs", "oem", "charmap", "undefined", "8859", "utf"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0) {
            return 1;
        }
    }
    return 0;
}

// Look for `coding[:=] NAME` in a comment on line 1, or on line 2 when line 1
// is blank or a comment. Returns 1 and records an error for a bad one.
static int check_coding(PtLexer *lx, int had_bom) {
    for (int ln = 1; ln <= 2 && ln <= lx->nlines; ln++) {
        const char *l = lx->lines[ln];
        const char *e = strchr(l, '\n');
        const char *q = l;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\014')) {
            q++;
        }
        if (q == e) {
            continue;  // a blank line 1 lets line 2 declare
        }
        if (*q != '#') {
            return 0;
        }
        for (const char *c = q; c + 7 <= e; c++) {
            if (memcmp(c, "coding", 6) != 0 || (c[6] != ':' && c[6] != '=')) {
                continue;
            }
            const char *n = c + 7;
            while (n < e && (*n == ' ' || *n == '\t')) {
                n++;
            }
            char name[64];
            size_t k = 0;
            while (n < e && k + 1 < sizeof name &&
                   ((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') ||
                    (*n >= '0' && *n <= '9') || *n == '-' || *n == '_' || *n == '.')) {
                char ch = *n++;
                ch = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                name[k++] = ch == '_' ? '-' : ch;
            }
            name[k] = '\0';
            if (k == 0) {
                return 0;
            }
            int utf8 = strcmp(name, "utf-8") == 0 || strncmp(name, "utf-8-", 6) == 0;
            PtLexErr *err = &lx->err;
            if (had_bom && !utf8) {
                err->kind = "SyntaxError";
                snprintf(err->msg, sizeof err->msg, "encoding problem: %s with BOM", name);
            } else if (!known_codec(name)) {
                err->kind = "SyntaxError";
                snprintf(err->msg, sizeof err->msg, "unknown encoding: %s", name);
            } else {
                return 0;
            }
            err->lineno = 0;
            err->col = -1;
            err->end_lineno = 0;
            err->end_col = -1;
            return 1;
        }
        if (ln == 1) {
            continue;
        }
    }
    return 0;
}

// ---- Scanner state ----

typedef struct Scan {
    PtLexer *lx;
    const char *cur, *end;
    const char *line_start;
    int lineno;
    int indstack[MAX_INDENT + 1], altindstack[MAX_INDENT + 1];
    int indent;
    char parens[MAX_LEVEL];
    int paren_line[MAX_LEVEL], paren_col[MAX_LEVEL];
    int level;
    int atbol;
    int saw_content;  // current logical line has a token (NEWLINE is due)
} Scan;

// -1 at the end of the text.
static int nextc(Scan *s) {
    if (s->cur >= s->end) {
        s->cur = s->end + 1;  // so that a backup returns to end
        return -1;
    }
    int c = (unsigned char)*s->cur++;
    if (c == '\n' && s->cur < s->end) {
        s->lineno++;
        s->line_start = s->cur;
    }
    return c;
}

static void backup(Scan *s, int c) {
    s->cur--;
    if (c == '\n' && s->cur + 1 < s->end) {
        s->lineno--;
        const char *p = s->cur;
        while (p > s->lx->src && p[-1] != '\n') {
            p--;
        }
        s->line_start = p;
    }
}

static int add_token(Scan *s, int type, const char *start, int lineno, int col) {
    PtLexer *lx = s->lx;
    if (lx->ntoks == lx->cap) {
        int ncap = lx->cap ? lx->cap * 2 : 256;
        PtToken *nt = pt_raw_realloc(lx->toks, sizeof(PtToken) * (size_t)ncap);
        if (!nt) {
            return -1;
        }
        lx->toks = nt;
        lx->cap = ncap;
    }
    PtToken *t = &lx->toks[lx->ntoks++];
    memset(t, 0, sizeof *t);
    t->type = type;
    t->start = start;
    const char *stop = s->cur > s->end ? s->end : s->cur;
    t->len = start ? (int)(stop - start) : 0;
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = s->lineno;
    t->end_col = (int)(stop - s->line_start);
    t->level = s->level;
    return 0;
}

// Record a tokenizer error at the cursor (CPython's convention) and return 1.
static int error_at(Scan *s, const char *kind, int lineno, int col, const char *fmt, ...) {
    PtLexErr *e = &s->lx->err;
    e->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->col = col;
    e->end_lineno = lineno;
    e->end_col = col;
    return 1;
}

static int error_cur(Scan *s, const char *fmt, const char *arg) {
    const char *p = s->cur > s->end ? s->end : s->cur;
    return error_at(s, "SyntaxError", s->lineno, (int)(p - s->line_start), fmt, arg);
}

// ---- Indentation ----

// Measure the indentation of a new line and queue INDENT/DEDENT tokens.
// Returns 0, or 1 on an indentation error.
static int do_indent(Scan *s) {
    int col = 0, altcol = 0, c;
    for (;;) {
        c = nextc(s);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (c == '\014') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    backup(s, c);
    if (c == '#' || c == '\n' || c == '\\' || c == -1) {
        // Blank or comment-only lines (and continuation-only ones) do not count.
        return 0;
    }
    if (s->level > 0) {
        return 0;
    }
    const char *ws = s->line_start;
    int lineno = s->lineno;
    // CPython reports indentation errors with the cursor past the newline.
    int linelen = (int)(strchr(s->cur, '\n') - s->line_start) + 1;
    if (col == s->indstack[s->indent]) {
        if (altcol != s->altindstack[s->indent]) {
            return error_at(s, "TabError", lineno, 1,
                            "inconsistent use of tabs and spaces in indentation");
        }
    } else if (col > s->indstack[s->indent]) {
        if (s->indent + 1 >= MAX_INDENT) {
            return error_at(s, "IndentationError", lineno, 1,
                            "too many levels of indentation");
        }
        if (altcol <= s->altindstack[s->indent]) {
            return error_at(s, "TabError", lineno, 1,
                            "inconsistent use of tabs and spaces in indentation");
        }
        s->indent++;
        s->indstack[s->indent] = col;
        s->altindstack[s->indent] = altcol;
        if (add_token(s, PT_TOK_INDENT, ws, lineno, 0) < 0) {
            return -1;
        }
        s->lx->toks[s->lx->ntoks - 1].len = (int)(s->cur - ws);
    } else {
        int ndedent = 0;
        while (s->indent > 0 && col < s->indstack[s->indent]) {
            s->indent--;
            ndedent++;
        }
        if (col != s->indstack[s->indent]) {
            return error_at(s, "IndentationError", lineno, linelen,
                            "unindent does not match any outer indentation level");
        }
        if (altcol != s->altindstack[s->indent]) {
            return error_at(s, "TabError", lineno, 1,
                            "inconsistent use of tabs and spaces in indentation");
        }
        for (int i = 0; i < ndedent; i++) {
            int dcol = (int)(s->cur - s->line_start);
            if (add_token(s, PT_TOK_DEDENT, s->cur, lineno, dcol) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// ---- Numbers ----

// After a digit: more digits, with single underscores between them.
// Returns the first character after the tail, or -2 after an error.
static int decimal_tail(Scan *s) {
    int c;
    for (;;) {
        do {
            c = nextc(s);
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = nextc(s);
        if (!is_digit(c)) {
            backup(s, c);
            error_cur(s, "invalid decimal literal", NULL);
            return -2;
        }
    }
    return c;
}

static int lookahead(Scan *s, const char *text) {
    const char *p = s->cur;
    size_t n = strlen(text);
    return (size_t)(s->end - p) >= n && memcmp(p, text, n) == 0;
}

// A number must not run straight into an identifier, except for the keywords
// CPython still tolerates there ("1if x else y"). 0 when fine, 1 after an error.
static int verify_end_of_number(Scan *s, int c, const char *kind) {
    int r = 0;
    if (c == 'a') {
        r = lookahead(s, "nd");
    } else if (c == 'e') {
        r = lookahead(s, "lse");
    } else if (c == 'f') {
        r = lookahead(s, "or");
    } else if (c == 'i') {
        r = s->cur < s->end && (*s->cur == 'f' || *s->cur == 'n' || *s->cur == 's');
    } else if (c == 'o') {
        r = lookahead(s, "r");
    } else if (c == 'n') {
        r = lookahead(s, "ot");
    }
    if (r) {
        return 0;
    }
    if (c >= 0 && is_ident_byte(c)) {
        backup(s, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return error_cur(s, "%s", msg);
    }
    return 0;
}

// Scan a prefixed integer (0x, 0o, 0b) after its prefix letter. Returns the
// character after it, or -2 after an error.
static int radix_number(Scan *s, int radix) {
    const char *name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
    int c = nextc(s);
    do {
        if (c == '_') {
            c = nextc(s);
        }
        int ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7')
                                                         : (c == '0' || c == '1');
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
                error_cur(s, "%s", msg);
                return -2;
            }
            backup(s, c);
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", name);
            error_cur(s, "%s", msg);
            return -2;
        }
        do {
            c = nextc(s);
            ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7')
                                                         : (c == '0' || c == '1');
        } while (ok);
    } while (c == '_');
    if (radix != 16 && is_digit(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
        error_cur(s, "%s", msg);
        return -2;
    }
    if (verify_end_of_number(s, c, name)) {
        return -2;
    }
    return c;
}

// Scan the fraction, exponent and imaginary suffix after the integer part;
// c is the character after the integer part (or after the '.').
static int number_rest(Scan *s, int c, int fraction) {
    if (fraction) {
        if (is_digit(c)) {
            c = decimal_tail(s);
            if (c == -2) {
                return -2;
            }
        }
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(s);
        if (c == '+' || c == '-') {
            c = nextc(s);
            if (!is_digit(c)) {
                backup(s, c);
                error_cur(s, "invalid decimal literal", NULL);
                return -2;
            }
        } else if (!is_digit(c)) {
            backup(s, c);
            if (verify_end_of_number(s, e, "decimal")) {
                return -2;
            }
            backup(s, e);
            return 0;
        }
        c = decimal_tail(s);
        if (c == -2) {
            return -2;
        }
    }
    if (c == 'j' || c == 'J') {
        c = nextc(s);
        if (verify_end_of_number(s, c, "imaginary")) {
            return -2;
        }
    } else if (verify_end_of_number(s, c, "decimal")) {
        return -2;
    }
    backup(s, c);
    return 0;
}

// Scan a number whose first character c has been read. 0 or 1 (error).
static int number(Scan *s, int c, const char *start) {
    if (c == '.') {
        return number_rest(s, nextc(s), 1) ? 1 : 0;
    }
    if (c == '0') {
        c = nextc(s);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int radix = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            c = radix_number(s, radix);
            if (c == -2) {
                return 1;
            }
            backup(s, c);
            return 0;
        }
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = nextc(s);
                if (!is_digit(c)) {
                    backup(s, c);
                    return error_cur(s, "invalid decimal literal", NULL);
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc(s);
        }
        const char *zeros_end = s->cur;
        if (is_digit(c)) {
            nonzero = 1;
            c = decimal_tail(s);
            if (c == -2) {
                return 1;
            }
        }
        if (c == '.') {
            return number_rest(s, nextc(s), 1) ? 1 : 0;
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            return number_rest(s, c, 0) ? 1 : 0;
        }
        if (nonzero) {
            backup(s, c);
            int r = error_at(s, "SyntaxError", s->lineno, (int)(start - s->line_start) + 1,
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
            s->lx->err.end_col = (int)(zeros_end - s->line_start);
            return r;
        }
        if (verify_end_of_number(s, c, "decimal")) {
            return 1;
        }
        backup(s, c);
        return 0;
    }
    c = decimal_tail(s);
    if (c == -2) {
        return 1;
    }
    if (c == '.') {
        return number_rest(s, nextc(s), 1) ? 1 : 0;
    }
    return number_rest(s, c, 0) ? 1 : 0;
}

// ---- Strings ----

// Scan a string body; the opening quote q has been read. 0 or 1 (error).
static int string_body(Scan *s, int q, const char *start, int start_line,
                       const char *start_line_ptr) {
    int quote_size = 1, end_quote_size = 0;
    int c = nextc(s);
    if (c == q) {
        c = nextc(s);
        if (c == q) {
            quote_size = 3;
        } else {
            end_quote_size = 1;  // empty string
        }
    }
    if (c != q) {
        backup(s, c);
    }
    while (end_quote_size != quote_size) {
        c = nextc(s);
        if (c == -1 || (quote_size == 1 && c == '\n')) {
            int detected = s->lineno;
            if (c == '\n' && quote_size == 1) {
                detected = (int)(s->cur == s->line_start ? s->lineno - 1 : s->lineno);
            }
            if (c == -1) {
                detected = s->lx->nlines;
            }
            char msg[96];
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     quote_size == 3 ? "triple-quoted " : "", detected);
            return error_at(s, "SyntaxError", start_line,
                            (int)(start - start_line_ptr) + 1, "%s", msg);
        }
        if (c == q) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = nextc(s);
                if (c == -1) {
                    backup(s, c);
                }
            }
        }
    }
    return 0;
}

// ---- Identifiers ----

// Validate a NAME token containing non-ASCII bytes. 0 or 1 (error).
static int verify_identifier(Scan *s, const char *start) {
    const unsigned char *p = (const unsigned char *)start;
    const unsigned char *e = (const unsigned char *)s->cur;
    int first = 1;
    while (p < e) {
        int clen;
        int c = pt_utf8_decode(p, (size_t)(e - p), &clen);
        if (c < 0) {
            s->cur = (const char *)p + 1;
            return error_cur(s, "invalid character in identifier", NULL);
        }
        int ok = first ? pt_lexer_is_id_start(c) : pt_lexer_is_id_continue(c);
        if (!ok) {
            s->cur = (const char *)p + clen;
            char buf[64];
            if (is_printable(c)) {
                snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", clen,
                         (const char *)p, c);
            } else {
                snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
            }
            return error_cur(s, "%s", buf);
        }
        first = 0;
        p += clen;
    }
    return 0;
}

static int keyword_of(const char *p, int len) {
    static const char *const kws[] = {
        "",
#define PT_KW(name, text) text,
#include "compile/tokens.def"
#undef PT_KW
    };
    for (int i = 1; i < PT_KW__COUNT; i++) {
        if ((int)strlen(kws[i]) == len && memcmp(kws[i], p, (size_t)len) == 0) {
            return i;
        }
    }
    return 0;
}

// ---- Operators ----

typedef struct { const char *text; int type; } OpEntry;

static const OpEntry op_table[] = {
#define PT_OP(name, text) {text, PT_TOK_##name},
#include "compile/tokens.def"
#undef PT_OP
};

// Longest operator at p; returns its length and sets *type, or 0.
static int match_op(const char *p, const char *end, int *type) {
    int best = 0;
    for (size_t i = 0; i < sizeof op_table / sizeof op_table[0]; i++) {
        int n = (int)strlen(op_table[i].text);
        if (n > best && end - p >= n && memcmp(p, op_table[i].text, (size_t)n) == 0) {
            best = n;
            *type = op_table[i].type;
        }
    }
    return best;
}

static int bracket(Scan *s, int c, const char *start, int col) {
    if (c == '(' || c == '[' || c == '{') {
        if (s->level >= MAX_LEVEL) {
            return error_cur(s, "too many nested parentheses", NULL);
        }
        s->parens[s->level] = (char)c;
        s->paren_line[s->level] = s->lineno;
        s->paren_col[s->level] = col;
        s->level++;
        return 0;
    }
    if (s->level == 0) {
        char m[32];
        snprintf(m, sizeof m, "unmatched '%c'", c);
        return error_cur(s, "%s", m);
    }
    s->level--;
    int open = s->parens[s->level];
    if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        char m[128];
        if (s->paren_line[s->level] != s->lineno) {
            snprintf(m, sizeof m,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, open, s->paren_line[s->level]);
        } else {
            snprintf(m, sizeof m,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        }
        return error_cur(s, "%s", m);
    }
    (void)start;
    return 0;
}

// ---- The main loop ----

// Scan one token (or a line's indentation). Returns 0 to continue, 1 at the
// end or after an error (lx->err.kind set), -1 when out of memory.
static int scan_token(Scan *s) {
    PtLexer *lx = s->lx;
    if (s->atbol) {
        s->atbol = 0;
        int r = do_indent(s);
        if (r) {
            return r;
        }
    }
    int c;
again:
    do {
        c = nextc(s);
    } while (c == ' ' || c == '\t' || c == '\014');
    const char *start = s->cur - 1;
    int lineno = s->lineno;
    int col = (int)(start - s->line_start);
    if (c == '#') {
        while (c != '\n' && c != -1) {
            c = nextc(s);
        }
        start = s->cur - 1;
        col = (int)(start - s->line_start);
    }
    if (c == -1) {
        s->cur = s->end;
        if (s->level > 0) {
            lx->err.eof_in_paren = 1;
            lx->err.paren_char = s->parens[s->level - 1];
            lx->err.paren_lineno = s->paren_line[s->level - 1];
            lx->err.paren_col = s->paren_col[s->level - 1];
            lx->err.lineno = s->lineno;
            if (add_token(s, PT_TOK_ERROR, s->end, s->lineno, 0) < 0) {
                return -1;
            }
            return 1;
        }
        // The final newline was handled; close the open blocks.
        for (; s->indent > 0; s->indent--) {
            if (add_token(s, PT_TOK_DEDENT, s->end, s->lineno + 1, 0) < 0) {
                return -1;
            }
        }
        if (add_token(s, PT_TOK_ENDMARKER, s->end, s->lineno + 1, 0) < 0) {
            return -1;
        }
        lx->toks[lx->ntoks - 1].end_lineno = s->lineno + 1;
        lx->toks[lx->ntoks - 1].end_col = 0;
        return 1;
    }
    if (c == '\n' && s->line_start == s->cur) {
        // nextc already moved to the next line; the newline belongs to this one.
        lineno = s->lineno - 1;
        col = (int)(start - lx->lines[lineno]);
    }
    if (c == '\n') {
        if (!s->saw_content || s->level > 0) {
            s->atbol = 1;
            return 0;
        }
        int line_end_col = col;
        int lineno0 = lineno;
        if (add_token(s, PT_TOK_NEWLINE, start, lineno0, line_end_col) < 0) {
            return -1;
        }
        PtToken *t = &lx->toks[lx->ntoks - 1];
        t->end_lineno = lineno0;
        t->end_col = line_end_col + 1;
        t->len = 1;
        s->saw_content = 0;
        s->atbol = 1;
        return 0;
    }
    s->saw_content = 1;
    if (is_ident_byte(c) && !is_digit(c)) {
        // String prefixes: b, r, u, f and the legal pairs.
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = 1;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = 1;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = 1;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = 1;
            } else {
                break;
            }
            c = nextc(s);
            if (c == '"' || c == '\'') {
                if (string_body(s, c, start, lineno, s->line_start)) {
                    return 1;
                }
                return add_token(s, PT_TOK_STRING, start, lineno, col) < 0 ? -1 : 0;
            }
        }
        int nonascii = 0;
        while (c >= 0 && is_ident_byte(c)) {
            nonascii |= c >= 128;
            c = nextc(s);
        }
        backup(s, c);
        if (nonascii && verify_identifier(s, start)) {
            return 1;
        }
        if (add_token(s, PT_TOK_NAME, start, lineno, col) < 0) {
            return -1;
        }
        PtToken *t = &lx->toks[lx->ntoks - 1];
        t->kw = keyword_of(t->start, t->len);
        return 0;
    }
    if (is_digit(c) || (c == '.' && s->cur < s->end && is_digit(*s->cur))) {
        if (number(s, c, start)) {
            return 1;
        }
        return add_token(s, PT_TOK_NUMBER, start, lineno, col) < 0 ? -1 : 0;
    }
    if (c == '"' || c == '\'') {
        if (string_body(s, c, start, lineno, s->line_start)) {
            return 1;
        }
        return add_token(s, PT_TOK_STRING, start, lineno, col) < 0 ? -1 : 0;
    }
    if (c == '\\') {
        c = nextc(s);
        if (c != '\n') {
            return error_cur(s, "unexpected character after line continuation character", NULL);
        }
        if (s->cur >= s->end) {
            // Backslash-newline at the very end: CPython's E_EOF.
            lx->err.eof_in_paren = s->level > 0 ? 1 : 2;
            if (s->level > 0) {
                lx->err.paren_char = s->parens[s->level - 1];
                lx->err.paren_lineno = s->paren_line[s->level - 1];
                lx->err.paren_col = s->paren_col[s->level - 1];
            }
            lx->err.lineno = s->lineno;
            lx->err.col = (int)(s->end - s->line_start) - 1;
            return add_token(s, PT_TOK_ERROR, s->end, s->lineno, 0) < 0 ? -1 : 1;
        }
        goto again;
    }
    if (c >= 128) {
        // A non-ASCII character that cannot start an identifier.
        int clen;
        int cp = pt_utf8_decode((const unsigned char *)start, (size_t)(s->end - start), &clen);
        s->cur = start + clen;
        char buf[64];
        if (cp < 0) {
            return error_cur(s, "invalid character in identifier", NULL);
        }
        if (is_printable(cp)) {
            snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", clen, start, cp);
        } else {
            snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
        }
        return error_cur(s, "%s", buf);
    }
    int type;
    int n = match_op(start, s->end, &type);
    if (n == 0) {
        if (add_token(s, PT_TOK_BADCHAR, start, lineno, col) < 0) {
            return -1;
        }
        return 0;
    }
    s->cur = start + n;
    if (n == 1 && strchr("()[]{}", c)) {
        int level_before = s->level;
        if (bracket(s, c, start, col)) {
            return 1;
        }
        if (add_token(s, type, start, lineno, col) < 0) {
            return -1;
        }
        // Record the depth outside the bracket for both its ends.
        lx->toks[lx->ntoks - 1].level = level_before < s->level ? level_before : s->level;
        return 0;
    }
    return add_token(s, type, start, lineno, col) < 0 ? -1 : 0;
}

int pt_lexer_run(PtLexer *lx, PtArena *arena, const char *src, size_t len, int interactive) {
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->interactive = interactive;
    if (normalize(lx, src, len) < 0) {
        return -1;
    }
    Scan s;
    memset(&s, 0, sizeof s);
    s.lx = lx;
    s.cur = lx->src;
    s.end = lx->src + lx->len;
    s.line_start = lx->src;
    s.lineno = 1;
    s.atbol = 1;
    if (memchr(lx->src, '\0', lx->len)) {
        error_at(&s, "SyntaxError", 0, -1, "source code cannot contain null bytes");
        return add_token(&s, PT_TOK_ERROR, lx->src, 1, 0) < 0 ? -1 : 1;
    }
    if (check_coding(lx, lx->had_bom)) {
        return add_token(&s, PT_TOK_ERROR, lx->src, 1, 0) < 0 ? -1 : 1;
    }
    for (;;) {
        int r = scan_token(&s);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            break;
        }
    }
    if (lx->err.kind) {
        const char *p = s.cur > s.end ? s.end : s.cur;
        if (add_token(&s, PT_TOK_ERROR, p, s.lineno, (int)(p - s.line_start)) < 0) {
            return -1;
        }
        return 1;
    }
    return lx->err.eof_in_paren ? 1 : 0;
}

void pt_lexer_free(PtLexer *lx) {
    pt_raw_free(lx->toks);
    lx->toks = NULL;
    lx->ntoks = lx->cap = 0;
}
