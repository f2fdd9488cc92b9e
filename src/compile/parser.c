// src/compile/parser.c: recursive-descent parser from tokens to the AST.
//
// The grammar is CPython 3.11's (Grammar/python.gram), hand-written as one C
// function per rule with precedence climbing for binary operators. The token
// array (lexer.h) makes lookahead and the few backtracking points cheap:
// parenthesized with-items, the `match` soft keyword, and f-string
// expressions (parsed by a sub-parser over the expression's text, with
// positions shifted to where the text sits in the file, as CPython 3.11 does).
//
// Errors: the first error wins and is recorded in the Parser; every function
// returns NULL/-1 after it, and callers just propagate. A tokenizer error
// anywhere in the source wins over a parser error (CPython tokenizes the rest
// of the file after a parser error and lets its errors override). Recursion
// is bounded by `depth` (MAX_DEPTH), so deep nesting is a SyntaxError, never a
// C stack overflow.
//
// Guarded by tools/check_parser.py: every stdlib file must dump identically
// to CPython's ast.dump(include_attributes=True), and a corpus of malformed
// snippets must raise the same message at the same place.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "pith/unicodename.h"  // pt_unicode_lookup_cp for \N{...}
#include "compile/lexer.h"   // PtLexer, PtToken, pt_lexer_*
#include "compile/parser.h"  // pt_parse, PtSyntaxErr
#include "pith/mem.h"        // pt_raw_alloc, pt_raw_free

// Nested rule activations before "too many nested parentheses". CPython 3.11
// compiles 1,000-deep unary, lambda and conditional chains and ~2,900 elif
// clauses; 3,000 levels take under 2 MiB of C stack in an ASan build.
#define MAX_DEPTH 3000

// ---- Parser state ----

typedef struct Parser {
    PtArena *arena;
    PtLexer *lx;
    PtToken *toks;
    int ntoks;
    int pos;     // index of the current token
    int maxpos;  // furthest token looked at (decides whether EOF errors surface)
    int depth;
    int mode;
    int fstring;           // > 0 inside an f-string expression sub-parser
    int err;               // an error is recorded
    int hard;              // the error must not be undone by backtracking
    const char *ekind;
    char emsg[256];
    int elineno, ecol, eend_lineno, eend_col;  // 0-based byte columns; eend_col -1: unset
    int indent_generic;    // the error is "unexpected indent/unindent"
} Parser;

// ---- Errors ----

static void verror(Parser *p, const char *kind, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, va_list ap) {
    if (p->err) {
        return;
    }
    p->err = 1;
    p->ekind = kind;
    vsnprintf(p->emsg, sizeof p->emsg, fmt, ap);
    p->elineno = lineno;
    p->ecol = col;
    p->eend_lineno = end_lineno;
    p->eend_col = end_col;
}

static void error_range(Parser *p, int lineno, int col, int end_lineno, int end_col,
                        const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
}

static void error_tok(Parser *p, const PtToken *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
    va_end(ap);
}

static void error_pos(Parser *p, PtPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", pos.lineno, pos.col_offset, pos.end_lineno, pos.end_col_offset,
           fmt, ap);
    va_end(ap);
}

static PtToken *tok_at(Parser *p, int i);

// CPython's RAISE_SYNTAX_ERROR without a location: it points at the last token
// the parser fetched (a DEDENT or ENDMARKER there stands for the end of the
// previous line).
static void error_noloc(Parser *p, const char *fmt, ...) {
    PtToken *t = tok_at(p, p->maxpos);
    int i = p->maxpos;
    while (i > 0 && (t->type == PT_TOK_DEDENT || t->type == PT_TOK_ENDMARKER)) {
        t = &p->toks[--i];
    }
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
    va_end(ap);
}

static void *oom(Parser *p) {
    if (!p->err || !p->hard) {
        p->err = 0;
        error_range(p, 0, 0, 0, 0, "out of memory");
        p->ekind = "MemoryError";
        p->hard = 1;
    }
    return NULL;
}

// ---- Tokens ----

static PtToken *tok_at(Parser *p, int i) {
    if (i >= p->ntoks) {
        i = p->ntoks - 1;
    }
    if (i > p->maxpos) {
        p->maxpos = i;
    }
    return &p->toks[i];
}

static PtToken *cur(Parser *p) { return tok_at(p, p->pos); }
static PtToken *peek(Parser *p, int k) { return tok_at(p, p->pos + k); }
static PtToken *prev(Parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

static int at(Parser *p, int type) { return cur(p)->type == type; }
static int at_kw(Parser *p, int kw) { return cur(p)->type == PT_TOK_NAME && cur(p)->kw == kw; }

static int tok_is_name(const PtToken *t, const char *text) {
    size_t n = strlen(text);
    return t->type == PT_TOK_NAME && t->kw == 0 && (size_t)t->len == n &&
           memcmp(t->start, text, n) == 0;
}

static int at_soft(Parser *p, const char *text) { return tok_is_name(cur(p), text); }

static PtToken *advance(Parser *p) {
    PtToken *t = cur(p);
    if (t->type != PT_TOK_ENDMARKER && t->type != PT_TOK_ERROR) {
        p->pos++;
    }
    return t;
}

static int accept(Parser *p, int type) {
    if (at(p, type)) {
        advance(p);
        return 1;
    }
    return 0;
}

static int accept_kw(Parser *p, int kw) {
    if (at_kw(p, kw)) {
        advance(p);
        return 1;
    }
    return 0;
}

// The generic failure at the current token: "invalid syntax", or the
// structural errors CPython reports for INDENT/DEDENT tokens.
static void *fail(Parser *p) {
    if (p->err) {
        return NULL;
    }
    PtToken *t = cur(p);
    if (t->type == PT_TOK_INDENT || t->type == PT_TOK_DEDENT) {
        // CPython reports these at the first token of the line, one column early.
        PtToken *n = t->type == PT_TOK_INDENT ? peek(p, 1) : t;
        error_range(p, n->lineno, n->col - 1, n->lineno, -2,
                    t->type == PT_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        p->ekind = "IndentationError";
        p->indent_generic = 1;
        return NULL;
    }
    error_tok(p, t, "invalid syntax");
    return NULL;
}

static int expect(Parser *p, int type) {
    if (accept(p, type)) {
        return 1;
    }
    fail(p);
    return 0;
}

// "expected ':'" at the previous token's end (the NEWLINE that is there).
static int colon_error(Parser *p) {
    if (!p->err) {
        PtToken *pv = prev(p);
        error_range(p, pv->end_lineno, pv->end_col, pv->end_lineno, pv->end_col,
                    "expected ':'");
        p->eend_col = pv->end_col;
    }
    return 0;
}

// A colon that the grammar forces (`&&':'` after def, try, else, finally):
// anything else is "expected ':'", reported at the offending token as
// CPython does.
static int expect_colon_forced(Parser *p) {
    if (accept(p, PT_TOK_COLON)) {
        return 1;
    }
    if (at(p, PT_TOK_NEWLINE)) {
        return colon_error(p);
    }
    if (!p->err) {
        error_tok(p, cur(p), "expected ':'");
    }
    return 0;
}

// The colon of if, elif, while, for, with, class, except, match and case:
// CPython's invalid_*_stmt rules say "expected ':'" only when the line ends
// where the colon should be; any other token there is "invalid syntax".
static int expect_colon(Parser *p) {
    if (accept(p, PT_TOK_COLON)) {
        return 1;
    }
    if (at(p, PT_TOK_NEWLINE)) {
        return colon_error(p);
    }
    fail(p);
    return 0;
}

static int enter(Parser *p) {
    if (++p->depth > MAX_DEPTH) {
        if (!p->err) {
            PtToken *t = cur(p);
            error_tok(p, t, "too many nested parentheses");
            p->hard = 1;
        }
        return 0;
    }
    return 1;
}

#define ENTER(p)          \
    do {                  \
        if (!enter(p)) {  \
            (p)->depth--; \
            return NULL;  \
        }                 \
    } while (0)
#define LEAVE(p, v) ((p)->depth--, (v))

// ---- Arena helpers and growable vectors ----

static void *alloc(Parser *p, size_t size) {
    void *m = pt_arena_alloc(p->arena, size);
    if (!m) {
        oom(p);
    }
    return m;
}

typedef struct Vec {
    void **items;
    int len, cap;
} Vec;

static int vpush(Parser *p, Vec *v, void *item) {
    if (v->len == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **ni = alloc(p, sizeof(void *) * (size_t)ncap);
        if (!ni) {
            return -1;
        }
        if (v->len) {
            memcpy(ni, v->items, sizeof(void *) * (size_t)v->len);
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->len++] = item;
    return 0;
}

#define SEQ(type, v) ((type){(void *)(v).items, (v).len})

// NFKC form of a non-ASCII identifier (PEP 3131), in the arena.
static const char *nfkc(Parser *p, const char *s, size_t n) {
    const utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                               NULL, 0, opts);
    if (need < 0) {
        return pt_arena_strndup(p->arena, s, n);
    }
    utf8proc_int32_t *buf = pt_arena_alloc(p->arena, sizeof(utf8proc_int32_t) * (size_t)(need + 1));
    if (!buf) {
        return NULL;
    }
    need = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, need, opts);
    utf8proc_ssize_t len = need < 0 ? need : utf8proc_reencode(buf, need, opts);
    if (len < 0) {
        return pt_arena_strndup(p->arena, s, n);
    }
    return (const char *)buf;  // reencode left NUL-terminated UTF-8 in place
}

// The text of a NAME token as an identifier: NUL-terminated, NFKC-normalized.
static const char *tok_str(Parser *p, const PtToken *t) {
    int ascii = 1;
    for (int i = 0; i < t->len; i++) {
        ascii &= (unsigned char)t->start[i] < 0x80;
    }
    const char *s = ascii ? pt_arena_strndup(p->arena, t->start, (size_t)t->len)
                          : nfkc(p, t->start, (size_t)t->len);
    if (!s) {
        oom(p);
    }
    return s;
}

// ---- Positions ----

static PtPos pos_tok(const PtToken *a, const PtToken *b) {
    PtPos r = {a->lineno, a->col, b->end_lineno, b->end_col};
    return r;
}

// CPython's EXTRA: from the rule's first token to the last token consumed, so
// a node takes in the parentheses around its operands (but a parenthesized
// group itself keeps the inner node's position).
static PtPos extra(Parser *p, const PtToken *st) { return pos_tok(st, prev(p)); }

static PtPos pos_span(PtPos a, PtPos b) {
    PtPos r = {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
    return r;
}

static PtPos pos_tok_to(const PtToken *a, PtPos b) {
    PtPos r = {a->lineno, a->col, b.end_lineno, b.end_col_offset};
    return r;
}

static PtPos pos_to_tok(PtPos a, const PtToken *b) {
    PtPos r = {a.lineno, a.col_offset, b->end_lineno, b->end_col};
    return r;
}

// ---- Node constructors ----

static PtExpr *new_expr(Parser *p, PtExprKind kind, PtPos pos) {
    PtExpr *e = alloc(p, sizeof(PtExpr));
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

static PtStmt *new_stmt(Parser *p, PtStmtKind kind, PtPos pos) {
    PtStmt *s = alloc(p, sizeof(PtStmt));
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

static PtPattern *new_pat(Parser *p, PtPatternKind kind, PtPos pos) {
    PtPattern *s = alloc(p, sizeof(PtPattern));
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

static PtExpr *new_name(Parser *p, const PtToken *t, PtExprCtx ctx) {
    PtExpr *e = new_expr(p, PT_EXPR_NAME, pos_tok(t, t));
    if (e) {
        e->v.name.id = tok_str(p, t);
        e->v.name.ctx = ctx;
        if (!e->v.name.id) {
            return NULL;
        }
    }
    return e;
}

static PtExpr *new_const(Parser *p, PtConstKind kind, PtPos pos) {
    PtExpr *e = new_expr(p, PT_EXPR_CONSTANT, pos);
    if (e) {
        e->v.constant.kind = kind;
    }
    return e;
}

// End of a compound statement: the last token consumed that is not NEWLINE,
// INDENT or DEDENT (CPython's _PyPegen_get_last_nonnwhitespace_token), which
// takes in a trailing ';'.
static PtPos last_nws(Parser *p) {
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == PT_TOK_NEWLINE || p->toks[i].type == PT_TOK_INDENT ||
                     p->toks[i].type == PT_TOK_DEDENT)) {
        i--;
    }
    return pos_tok(&p->toks[i], &p->toks[i]);
}

// ---- Expression names for messages (CPython's _PyPegen_get_expr_name) ----

static const char *expr_name(const PtExpr *e) {
    switch (e->kind) {
    case PT_EXPR_ATTRIBUTE: return "attribute";
    case PT_EXPR_SUBSCRIPT: return "subscript";
    case PT_EXPR_STARRED: return "starred";
    case PT_EXPR_NAME: return "name";
    case PT_EXPR_LIST: return "list";
    case PT_EXPR_TUPLE: return "tuple";
    case PT_EXPR_LAMBDA: return "lambda";
    case PT_EXPR_CALL: return "function call";
    case PT_EXPR_BOOLOP: case PT_EXPR_BINOP: case PT_EXPR_UNARYOP: return "expression";
    case PT_EXPR_GENERATOREXP: return "generator expression";
    case PT_EXPR_YIELD: case PT_EXPR_YIELDFROM: return "yield expression";
    case PT_EXPR_AWAIT: return "await expression";
    case PT_EXPR_LISTCOMP: return "list comprehension";
    case PT_EXPR_SETCOMP: return "set comprehension";
    case PT_EXPR_DICTCOMP: return "dict comprehension";
    case PT_EXPR_DICT: return "dict literal";
    case PT_EXPR_SET: return "set display";
    case PT_EXPR_JOINEDSTR: case PT_EXPR_FORMATTEDVALUE: return "f-string expression";
    case PT_EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case PT_CONST_NONE: return "None";
        case PT_CONST_TRUE: return "True";
        case PT_CONST_FALSE: return "False";
        case PT_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case PT_EXPR_COMPARE: return "comparison";
    case PT_EXPR_IFEXP: return "conditional expression";
    case PT_EXPR_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

// ---- Forward declarations ----

static PtExpr *expression(Parser *p);
static PtExpr *named_expression(Parser *p);
static PtExpr *star_expressions(Parser *p);
static PtExpr *star_named_expression(Parser *p);
static PtExpr *bitwise_or(Parser *p);
static PtExpr *disjunction(Parser *p);
static PtExpr *primary(Parser *p);
static PtExpr *yield_expr(Parser *p);
static PtExpr *strings(Parser *p);
static PtStmtSeq block(Parser *p, const char *what, int lineno);
static PtStmt *statement_list(Parser *p, Vec *out);
static PtArguments *parameters(Parser *p, int lambda);
static PtPattern *pattern(Parser *p);
static int set_context(Parser *p, PtExpr *e, PtExprCtx ctx);
static PtExpr *target_list(Parser *p);


// ---- String literals ----

// Looks up a Unicode character name for \N{...}; -1 when unknown. Set once at
// start-up (before any parse, so no lock is needed) by whoever owns the
// Unicode database; without it every \N{...} is an error.
// \N{NAME} escapes: the Unicode name table (src/obj/unicode_names.c) by default.
static int (*name_lookup)(const char *name, size_t len) = pt_unicode_lookup_cp;

void pt_parse_set_name_lookup(int (*fn)(const char *name, size_t len)) { name_lookup = fn; }

// A growable byte buffer in the arena.
typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static int bput(Parser *p, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 32;
        while (ncap < b->len + n + 1) {
            ncap *= 2;
        }
        char *ns = alloc(p, ncap);
        if (!ns) {
            return -1;
        }
        if (b->len) {
            memcpy(ns, b->s, b->len);
        }
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return 0;
}

// Append code point c as (generalized) UTF-8: surrogates get 3 bytes.
static int bput_cp(Parser *p, Buf *b, unsigned c) {
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6)), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12)), u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18)), u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    return bput(p, b, u, n);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decode the escapes of a non-raw literal body into b. bytes selects bytes
// semantics (no \u, \U, \N; values are raw bytes). t is the token, for errors.
static int decode_escapes(Parser *p, const char *s, size_t n, int bytes, Buf *b,
                          const PtToken *t) {
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\\') {
            j++;
        }
        if (j > i && bput(p, b, s + i, j - i) < 0) {
            return -1;
        }
        if (j >= n) {
            break;
        }
        // s[j] == '\\'
        size_t esc = j;
        j++;
        if (j >= n) {
            // Cannot happen in a well-formed token; keep the backslash.
            if (bput(p, b, "\\", 1) < 0) {
                return -1;
            }
            break;
        }
        char c = s[j++];
        unsigned v;
        switch (c) {
        case '\n': break;
        case '\\': if (bput(p, b, "\\", 1) < 0) return -1; break;
        case '\'': if (bput(p, b, "'", 1) < 0) return -1; break;
        case '"': if (bput(p, b, "\"", 1) < 0) return -1; break;
        case 'a': if (bput(p, b, "\a", 1) < 0) return -1; break;
        case 'b': if (bput(p, b, "\b", 1) < 0) return -1; break;
        case 'f': if (bput(p, b, "\f", 1) < 0) return -1; break;
        case 'n': if (bput(p, b, "\n", 1) < 0) return -1; break;
        case 'r': if (bput(p, b, "\r", 1) < 0) return -1; break;
        case 't': if (bput(p, b, "\t", 1) < 0) return -1; break;
        case 'v': if (bput(p, b, "\v", 1) < 0) return -1; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++) {
                v = v * 8 + (unsigned)(s[j++] - '0');
            }
            if (bytes) {
                char ch = (char)(v & 0xFF);
                if (bput(p, b, &ch, 1) < 0) {
                    return -1;
                }
            } else if (bput_cp(p, b, v) < 0) {
                return -1;
            }
            break;
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') {
                goto keep;
            }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            v = 0;
            int k;
            for (k = 0; k < digits && j < n && hexval((unsigned char)s[j]) >= 0; k++) {
                v = v * 16 + (unsigned)hexval((unsigned char)s[j++]);
            }
            if (k < digits) {
                error_noloc(p, "(%s error) '%s' codec can't decode bytes in position %zu-%zu: "
                          "truncated \\%s escape",
                          bytes ? "value" : "unicode", bytes ? "bytes" : "unicodeescape",
                          esc, j - 1,
                          c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                if (bytes) {
                    p->err = 0;
                    error_noloc(p, "(value error) invalid \\x escape at position %zu", esc);
                }
                return -1;
            }
            if (bytes) {
                char ch = (char)v;
                if (bput(p, b, &ch, 1) < 0) {
                    return -1;
                }
            } else if (v > 0x10FFFF) {
                error_noloc(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %zu-%zu: illegal Unicode character", esc, j - 1);
                return -1;
            } else if (bput_cp(p, b, v) < 0) {
                return -1;
            }
            break;
        }
        case 'N':
            if (!bytes) {
                size_t k = j;
                int cp = -1;
                if (k < n && s[k] == '{') {
                    size_t e = k + 1;
                    while (e < n && s[e] != '}') {
                        e++;
                    }
                    if (e < n && e > k + 1 && name_lookup) {
                        cp = name_lookup(s + k + 1, e - k - 1);
                    }
                    if (cp >= 0) {
                        j = e + 1;
                        if (bput_cp(p, b, (unsigned)cp) < 0) {
                            return -1;
                        }
                        break;
                    }
                    error_noloc(p, "(unicode error) 'unicodeescape' codec can't decode bytes "
                              "in position %zu-%zu: unknown Unicode character name",
                              esc, e < n ? e : n - 1);
                    return -1;
                }
                error_noloc(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %zu-%zu: malformed \\N character escape", esc, j - 1);
                return -1;
            }
            goto keep;
        default:
        keep:
            // Unknown escapes stay as written (a DeprecationWarning in CPython).
            if (bput(p, b, s + esc, 2) < 0) {
                return -1;
            }
            if (((unsigned char)c & 0xC0) == 0xC0) {
                // Keep a whole multibyte character after the backslash.
                while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80) {
                    if (bput(p, b, s + j, 1) < 0) {
                        return -1;
                    }
                    j++;
                }
            }
            break;
        }
        i = j;
    }
    return 0;
}

// The parts of a STRING token.
typedef struct StrTok {
    int raw, bytes, fstr, u;
    const char *body;  // between the quotes
    size_t len;
    int quote;         // 1 or 3
} StrTok;

static void split_string(const PtToken *t, StrTok *st) {
    memset(st, 0, sizeof *st);
    const char *s = t->start;
    int i = 0;
    while (s[i] != '\'' && s[i] != '"') {
        switch (s[i]) {
        case 'r': case 'R': st->raw = 1; break;
        case 'b': case 'B': st->bytes = 1; break;
        case 'f': case 'F': st->fstr = 1; break;
        case 'u': case 'U': st->u = 1; break;
        default: break;
        }
        i++;
    }
    char q = s[i];
    st->quote = (t->len - i >= 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
    st->body = s + i + st->quote;
    st->len = (size_t)(t->len - i - 2 * st->quote);
}

static int decode_piece(Parser *p, const StrTok *st, const char *s, size_t n, Buf *b,
                        const PtToken *t) {
    if (st->raw) {
        return bput(p, b, s, n);
    }
    return decode_escapes(p, s, n, st->bytes, b, t);
}

// f-string state shared by the pieces of one implicit concatenation.
typedef struct FState {
    Vec values;    // Constant and FormattedValue nodes
    Buf pending;   // literal text not yet turned into a Constant
    PtPos whole;   // every part gets the position of the whole literal
} FState;

// Turn pending literal text into a Constant at `pos`. CPython gives the text
// before a field the whole literal's position, and the text after the last
// field that of the literal being finished (the format spec's own token).
static int flush_pending_at(Parser *p, FState *fs, Vec *values, PtPos pos) {
    if (fs->pending.len == 0) {
        return 0;
    }
    PtExpr *c = new_const(p, PT_CONST_STR, pos);
    if (!c) {
        return -1;
    }
    c->v.constant.s = fs->pending.s;
    c->v.constant.len = fs->pending.len;
    memset(&fs->pending, 0, sizeof fs->pending);
    return vpush(p, values, c);
}

static int flush_pending(Parser *p, FState *fs, Vec *values) {
    return flush_pending_at(p, fs, values, fs->whole);
}

static int fstring_body(Parser *p, FState *fs, Vec *values, const StrTok *st,
                        const PtToken *t, const char **sp, const char *end, int lvl);

// Parse the expression text [s, e) of an f-string replacement field with a
// sub-parser, positions shifted as CPython 3.11 shifts them.
static PtExpr *fstring_expr(Parser *p, const PtToken *t, const char *brace, const char *s,
                            const char *e) {
    // Where the '{' sits: lines and columns from the token start.
    const char *tokstart = t->start;
    int lines = 0;
    for (const char *q = tokstart; q < brace; q++) {
        lines += *q == '\n';
    }
    int newline_after_brace = 1;
    for (const char *q = brace + 1; q < e && *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char *q = brace;
        while (q > tokstart && *q != '\n') {
            q--;
        }
        cols = (int)(brace - q);
        if (*q == '\n') {
            cols--;
        }
    }
    size_t n = (size_t)(e - s);
    char *text = alloc(p, n + 3);
    if (!text) {
        return NULL;
    }
    text[0] = '(';
    memcpy(text + 1, s, n);
    text[n + 1] = ')';
    PtLexer sub;
    int r = pt_lexer_run(&sub, p->arena, text, n + 2, 0);
    if (r < 0) {
        pt_lexer_free(&sub);
        return oom(p);
    }
    int base_line = t->lineno + lines;
    int base_col = lines ? cols : t->col + cols;
    for (int i = 0; i < sub.ntoks; i++) {
        PtToken *k = &sub.toks[i];
        if (k->lineno == 1) {
            k->col += base_col;
        }
        if (k->end_lineno == 1) {
            k->end_col += base_col;
        }
        k->lineno += base_line - 1;
        k->end_lineno += base_line - 1;
    }
    PtExpr *res = NULL;
    if (r > 0 && sub.err.kind) {
        error_tok(p, t, "f-string: %s", sub.err.msg);
    } else {
        Parser q;
        memset(&q, 0, sizeof q);
        q.arena = p->arena;
        q.lx = &sub;
        q.toks = sub.toks;
        q.ntoks = sub.ntoks;
        q.mode = PT_PARSE_EVAL;
        q.fstring = p->fstring + 1;
        q.depth = p->depth;
        // fstring: star_expressions, over "(" text ")" as CPython parses it, so a
        // bare tuple takes the added parentheses as its own.
        PtExpr *x = star_expressions(&q);
        if (x) {
            if (at(&q, PT_TOK_NEWLINE) || at(&q, PT_TOK_ENDMARKER)) {
                res = x;
            } else {
                fail(&q);
            }
        }
        if (!res && !p->err) {
            if (strcmp(q.ekind, "MemoryError") == 0) {
                pt_lexer_free(&sub);
                return oom(p);
            }
            p->err = 1;
            p->ekind = q.ekind;
            snprintf(p->emsg, sizeof p->emsg, "f-string: %.240s", q.emsg);
            p->elineno = q.elineno;
            p->ecol = q.ecol;
            p->eend_lineno = q.eend_lineno;
            p->eend_col = q.eend_col;
        }
    }
    pt_lexer_free(&sub);
    return res;
}

// CPython reports f-string scanning errors at the end of the string token.
static void fstring_error(Parser *p, const PtToken *t, const char *msg) {
    error_range(p, t->end_lineno, t->end_col, t->end_lineno, t->end_col, "%s", msg);
}

// One replacement field; *sp points just past the '{'.
static int fstring_field(Parser *p, FState *fs, Vec *values, const StrTok *st,
                         const PtToken *t, const char **sp, const char *end, int lvl) {
    const char *brace = *sp - 1;
    const char *s = *sp;
    const char *expr_start = s;
    char stack[200];
    int depth = 0;
    char quote = 0;
    int qsize = 0;
    if (lvl >= 2) {
        fstring_error(p, t, "f-string: expressions nested too deeply");
        return -1;
    }
    while (s < end) {
        char ch = *s;
        if (ch == '\\') {
            fstring_error(p, t, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (qsize == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    quote = 0;
                }
            }
            s++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qsize = 3;
                s += 2;
            } else {
                qsize = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                fstring_error(p, t, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            fstring_error(p, t, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char nx = s[1];
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') ||
                    (ch == '<' && nx == '=') || (ch == '>' && nx == '=')) {
                    s += 2;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                s++;
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                char m[64];
                snprintf(m, sizeof m, "f-string: unmatched '%c'", ch);
                fstring_error(p, t, m);
                return -1;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                char m[96];
                snprintf(m, sizeof m,
                         "f-string: closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", ch, open);
                fstring_error(p, t, m);
                return -1;
            }
        }
        s++;
    }
    const char *expr_end = s;
    if (quote) {
        fstring_error(p, t, "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        char m[64];
        snprintf(m, sizeof m, "f-string: unmatched '%c'", stack[depth - 1]);
        fstring_error(p, t, m);
        return -1;
    }
    if (s >= end) {
        fstring_error(p, t, "f-string: expecting '}'");
        return -1;
    }
    int blank = 1;
    for (const char *q = expr_start; q < expr_end; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f' && *q != '\r') {
            blank = 0;
            break;
        }
    }
    if (blank) {
        fstring_error(p, t, "f-string: empty expression not allowed");
        return -1;
    }
    PtExpr *value = fstring_expr(p, t, brace, expr_start, expr_end);
    if (!value) {
        return -1;
    }
    int conversion = -1;
    int debug = 0;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) {
            s++;
        }
        debug = 1;
        if (bput(p, &fs->pending, expr_start, (size_t)(s - expr_start)) < 0) {
            return -1;
        }
    }
    if (s < end && *s == '!') {
        s++;
        if (s >= end) {
            fstring_error(p, t, "f-string: expecting '}'");
            return -1;
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstring_error(p, t, "f-string: invalid conversion character: expected 's', 'r', "
                          "or 'a'");
            return -1;
        }
    }
    PtExpr *spec = NULL;
    if (s >= end) {
        fstring_error(p, t, "f-string: expecting '}'");
        return -1;
    }
    if (*s == ':') {
        s++;
        FState sub;
        memset(&sub, 0, sizeof sub);
        sub.whole = fs->whole;
        Vec sv = {0};
        if (fstring_body(p, &sub, &sv, st, t, &s, end, lvl + 1) < 0) {
            return -1;
        }
        // The spec and its trailing text take their own token's position.
        if (flush_pending_at(p, &sub, &sv, pos_tok(t, t)) < 0) {
            return -1;
        }
        spec = new_expr(p, PT_EXPR_JOINEDSTR, pos_tok(t, t));
        if (!spec) {
            return -1;
        }
        spec->v.joinedstr.values = SEQ(PtExprSeq, sv);
    }
    if (s >= end || *s != '}') {
        fstring_error(p, t, "f-string: expecting '}'");
        return -1;
    }
    s++;
    if (debug && conversion == -1 && !spec) {
        conversion = 'r';
    }
    if (flush_pending(p, fs, values) < 0) {
        return -1;
    }
    PtExpr *fv = new_expr(p, PT_EXPR_FORMATTEDVALUE, fs->whole);
    if (!fv) {
        return -1;
    }
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    *sp = s;
    return vpush(p, values, fv);
}

// Literal text and fields up to the end (lvl 0) or the closing '}' of a format
// spec (lvl > 0, which is left unconsumed).
static int fstring_body(Parser *p, FState *fs, Vec *values, const StrTok *st,
                        const PtToken *t, const char **sp, const char *end, int lvl) {
    const char *s = *sp;
    for (;;) {
        const char *lit = s;
        while (s < end) {
            char ch = *s;
            if (!st->raw && ch == '\\' && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    // \N{NAME}: the braces are not a field.
                    const char *q = s + 3;
                    while (q < end && *q != '}') {
                        q++;
                    }
                    s = q < end ? q + 1 : q;
                    continue;
                }
                s += 2;
                continue;
            }
            if (ch == '{' || ch == '}') {
                break;
            }
            s++;
        }
        if (s > lit && decode_piece(p, st, lit, (size_t)(s - lit), &fs->pending, t) < 0) {
            return -1;
        }
        if (s >= end) {
            break;
        }
        char ch = *s;
        if (lvl == 0 && s + 1 < end && s[1] == ch) {
            // {{ or }}: a literal brace.
            if (bput(p, &fs->pending, s, 1) < 0) {
                return -1;
            }
            s += 2;
            continue;
        }
        if (ch == '}') {
            if (lvl == 0) {
                fstring_error(p, t, "f-string: single '}' is not allowed");
                return -1;
            }
            break;
        }
        s++;
        if (fstring_field(p, fs, values, st, t, &s, end, lvl) < 0) {
            return -1;
        }
    }
    *sp = s;
    return 0;
}

// strings: STRING+, implicitly concatenated.
static PtExpr *strings(Parser *p) {
    PtToken *first = cur(p);
    int n = 0;
    int any_f = 0, any_bytes = 0, any_str = 0;
    while (tok_at(p, p->pos + n)->type == PT_TOK_STRING) {
        StrTok st;
        split_string(tok_at(p, p->pos + n), &st);
        any_f |= st.fstr;
        if (st.bytes) {
            any_bytes = 1;
        } else {
            any_str = 1;
        }
        n++;
    }
    PtToken *last = tok_at(p, p->pos + n - 1);
    PtPos whole = pos_tok(first, last);
    if (any_bytes && any_str) {
        error_noloc(p, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    FState fs;
    memset(&fs, 0, sizeof fs);
    fs.whole = whole;
    Vec values = {0};
    for (int i = 0; i < n; i++) {
        PtToken *t = tok_at(p, p->pos + i);
        StrTok st;
        split_string(t, &st);
        if (st.bytes) {
            for (size_t k = 0; k < st.len; k++) {
                if ((unsigned char)st.body[k] >= 0x80) {
                    error_tok(p, t, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
            }
        }
        if (st.fstr) {
            const char *s = st.body;
            if (fstring_body(p, &fs, &values, &st, t, &s, st.body + st.len, 0) < 0) {
                return NULL;
            }
        } else if (decode_piece(p, &st, st.body, st.len, &fs.pending, t) < 0) {
            return NULL;
        }
    }
    p->pos += n;
    if (!any_f) {
        PtExpr *c = new_const(p, any_bytes ? PT_CONST_BYTES : PT_CONST_STR, whole);
        if (!c) {
            return NULL;
        }
        StrTok st;
        split_string(first, &st);
        c->v.constant.is_u = st.u;
        c->v.constant.s = fs.pending.s ? fs.pending.s : "";
        c->v.constant.len = fs.pending.len;
        return c;
    }
    if (flush_pending(p, &fs, &values) < 0) {
        return NULL;
    }
    PtExpr *j = new_expr(p, PT_EXPR_JOINEDSTR, whole);
    if (j) {
        j->v.joinedstr.values = SEQ(PtExprSeq, values);
    }
    return j;
}

// ---- Atoms ----

static PtExpr *number(Parser *p) {
    PtToken *t = advance(p);
    PtExpr *e = new_const(p, PT_CONST_INT, pos_tok(t, t));
    if (!e) {
        return NULL;
    }
    const char *s = t->start;
    int n = t->len;
    int base = 10;
    if (n >= 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        s += 2, n -= 2;
    } else if (s[n - 1] == 'j' || s[n - 1] == 'J') {
        e->v.constant.kind = PT_CONST_IMAG;
        n--;
    } else if (memchr(s, '.', (size_t)n) || memchr(s, 'e', (size_t)n) ||
               memchr(s, 'E', (size_t)n)) {
        e->v.constant.kind = PT_CONST_FLOAT;
    }
    char *d = alloc(p, (size_t)n + 1);
    if (!d) {
        return NULL;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] != '_') {
            d[k++] = s[i];
        }
    }
    d[k] = '\0';
    e->v.constant.s = d;
    e->v.constant.len = (size_t)k;
    e->v.constant.base = base;
    return e;
}

// Can the current token start an expression?
static int starts_expr(Parser *p) {
    PtToken *t = cur(p);
    switch (t->type) {
    case PT_TOK_NAME:
        return t->kw == 0 || t->kw == PT_KW_TRUE || t->kw == PT_KW_FALSE ||
               t->kw == PT_KW_NONE || t->kw == PT_KW_NOT || t->kw == PT_KW_LAMBDA ||
               t->kw == PT_KW_AWAIT;
    case PT_TOK_NUMBER: case PT_TOK_STRING: case PT_TOK_LPAR: case PT_TOK_LSQB:
    case PT_TOK_LBRACE: case PT_TOK_MINUS: case PT_TOK_PLUS: case PT_TOK_TILDE:
    case PT_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

// After element `a` of a bracketed list, where ',' or a closer was expected:
// CPython's "Perhaps you forgot a comma?" when another expression follows.
static void *forgot_comma(Parser *p, PtExpr *a) {
    if (p->err) {
        return NULL;
    }
    PtToken *t = cur(p);
    if (a && t->level > 0 && starts_expr(p) &&
        !(a->kind == PT_EXPR_NAME && t->type == PT_TOK_STRING) &&
        a->kind != PT_EXPR_LAMBDA && a->kind != PT_EXPR_IFEXP && a->kind != PT_EXPR_STARRED) {
        int save = p->pos;
        PtExpr *b = expression(p);
        if (b && !p->err) {
            error_range(p, a->pos.lineno, a->pos.col_offset, b->pos.end_lineno,
                        b->pos.end_col_offset, "invalid syntax. Perhaps you forgot a comma?");
            return NULL;
        }
        if (p->hard) {
            return NULL;
        }
        p->err = 0;
        p->pos = save;
    }
    return fail(p);
}

static int comp_for(Parser *p, Vec *gens);

static PtExpr *make_seq(Parser *p, PtExprKind kind, Vec elts, PtPos pos) {
    PtExpr *e = new_expr(p, kind, pos);
    if (e) {
        e->v.seq.elts = SEQ(PtExprSeq, elts);
        e->v.seq.ctx = PT_CTX_LOAD;
    }
    return e;
}

static PtExpr *make_comp(Parser *p, PtExprKind kind, PtExpr *elt, PtToken *open) {
    if (elt->kind == PT_EXPR_STARRED) {
        error_pos(p, elt->pos, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    Vec gens = {0};
    if (comp_for(p, &gens) < 0) {
        return NULL;
    }
    int close = kind == PT_EXPR_LISTCOMP ? PT_TOK_RSQB
                : kind == PT_EXPR_GENERATOREXP ? PT_TOK_RPAR : PT_TOK_RBRACE;
    if (!at(p, close)) {
        return fail(p);
    }
    PtToken *c = advance(p);
    PtExpr *e = new_expr(p, kind, pos_tok(open, c));
    if (e) {
        e->v.comp.elt = elt;
        e->v.comp.generators = SEQ(PtComprehensionSeq, gens);
    }
    return e;
}

// Elements of a list, tuple or set display after the first; closes at `close`.
static PtExpr *display_rest(Parser *p, PtExprKind kind, PtExpr *first, PtToken *open,
                            int close) {
    Vec elts = {0};
    if (first && vpush(p, &elts, first) < 0) {
        return NULL;
    }
    PtExpr *last = first;
    while (!at(p, close)) {
        if (last) {
            if (!accept(p, PT_TOK_COMMA)) {
                return forgot_comma(p, last);
            }
            if (at(p, close)) {
                break;
            }
        }
        last = star_named_expression(p);
        if (!last || vpush(p, &elts, last) < 0) {
            return NULL;
        }
    }
    PtToken *c = advance(p);
    return make_seq(p, kind, elts, pos_tok(open, c));
}

static PtExpr *paren_atom(Parser *p) {
    PtToken *open = advance(p);
    if (at(p, PT_TOK_RPAR)) {
        PtToken *c = advance(p);
        return make_seq(p, PT_EXPR_TUPLE, (Vec){0}, pos_tok(open, c));
    }
    if (at_kw(p, PT_KW_YIELD)) {
        PtExpr *y = yield_expr(p);
        if (y && !expect(p, PT_TOK_RPAR)) {
            return NULL;
        }
        return y;
    }
    if (at(p, PT_TOK_DOUBLESTAR)) {
        PtToken *s = advance(p);
        PtExpr *x = expression(p);
        if (x && at(p, PT_TOK_RPAR)) {
            error_range(p, s->lineno, s->col, x->pos.end_lineno, x->pos.end_col_offset,
                        "cannot use double starred expression here");
        }
        return fail(p);
    }
    PtExpr *first = star_named_expression(p);
    if (!first) {
        return NULL;
    }
    if (at_kw(p, PT_KW_FOR) || at_kw(p, PT_KW_ASYNC)) {
        return make_comp(p, PT_EXPR_GENERATOREXP, first, open);
    }
    if (at(p, PT_TOK_COMMA)) {
        return display_rest(p, PT_EXPR_TUPLE, first, open, PT_TOK_RPAR);
    }
    if (!at(p, PT_TOK_RPAR)) {
        return forgot_comma(p, first);
    }
    if (first->kind == PT_EXPR_STARRED) {
        error_pos(p, first->pos, "cannot use starred expression here");
        return NULL;
    }
    advance(p);
    return first;
}

static PtExpr *list_atom(Parser *p) {
    PtToken *open = advance(p);
    if (at(p, PT_TOK_RSQB)) {
        PtToken *c = advance(p);
        return make_seq(p, PT_EXPR_LIST, (Vec){0}, pos_tok(open, c));
    }
    PtExpr *first = star_named_expression(p);
    if (!first) {
        return NULL;
    }
    if (at_kw(p, PT_KW_FOR) || at_kw(p, PT_KW_ASYNC)) {
        return make_comp(p, PT_EXPR_LISTCOMP, first, open);
    }
    return display_rest(p, PT_EXPR_LIST, first, open, PT_TOK_RSQB);
}

// One `key: value` or `**mapping` of a dict display.
static int dict_item(Parser *p, Vec *keys, Vec *values) {
    if (accept(p, PT_TOK_DOUBLESTAR)) {
        PtExpr *v = bitwise_or(p);
        if (!v) {
            return -1;
        }
        return vpush(p, keys, NULL) < 0 || vpush(p, values, v) < 0 ? -1 : 0;
    }
    PtExpr *k = expression(p);
    if (!k) {
        return -1;
    }
    if (!accept(p, PT_TOK_COLON)) {
        if (at(p, PT_TOK_RBRACE) || at(p, PT_TOK_COMMA)) {
            PtToken *t = cur(p);
            error_range(p, k->pos.lineno, k->pos.col_offset, t->lineno, t->col,
                        "':' expected after dictionary key");
            return -1;
        }
        forgot_comma(p, k);
        return -1;
    }
    if (at(p, PT_TOK_RBRACE) || at(p, PT_TOK_COMMA)) {
        PtToken *c = prev(p);
        error_range(p, c->lineno, c->col, c->end_lineno, c->end_col,
                    "expression expected after dictionary key and ':'");
        return -1;
    }
    PtExpr *v = expression(p);
    if (!v) {
        return -1;
    }
    return vpush(p, keys, k) < 0 || vpush(p, values, v) < 0 ? -1 : 0;
}

static PtExpr *brace_atom(Parser *p) {
    PtToken *open = advance(p);
    if (at(p, PT_TOK_RBRACE)) {
        PtToken *c = advance(p);
        PtExpr *e = new_expr(p, PT_EXPR_DICT, pos_tok(open, c));
        return e;
    }
    Vec keys = {0}, values = {0};
    if (at(p, PT_TOK_DOUBLESTAR)) {
        if (dict_item(p, &keys, &values) < 0) {
            return NULL;
        }
    } else {
        int bare_walrus = cur(p)->type == PT_TOK_NAME && peek(p, 1)->type == PT_TOK_COLONEQUAL;
        PtExpr *first = star_named_expression(p);
        if (!first) {
            return NULL;
        }
        if (at(p, PT_TOK_COLON) && first->kind != PT_EXPR_STARRED) {
            if (bare_walrus) {
                return fail(p);
            }
            advance(p);
            PtExpr *v = expression(p);
            if (!v) {
                return NULL;
            }
            if (at_kw(p, PT_KW_FOR) || at_kw(p, PT_KW_ASYNC)) {
                Vec gens = {0};
                if (comp_for(p, &gens) < 0) {
                    return NULL;
                }
                if (!at(p, PT_TOK_RBRACE)) {
                    return fail(p);
                }
                PtToken *c = advance(p);
                PtExpr *e = new_expr(p, PT_EXPR_DICTCOMP, pos_tok(open, c));
                if (e) {
                    e->v.dictcomp.key = first;
                    e->v.dictcomp.value = v;
                    e->v.dictcomp.generators = SEQ(PtComprehensionSeq, gens);
                }
                return e;
            }
            if (vpush(p, &keys, first) < 0 || vpush(p, &values, v) < 0) {
                return NULL;
            }
        } else {
            if (at_kw(p, PT_KW_FOR) || at_kw(p, PT_KW_ASYNC)) {
                return make_comp(p, PT_EXPR_SETCOMP, first, open);
            }
            return display_rest(p, PT_EXPR_SET, first, open, PT_TOK_RBRACE);
        }
    }
    while (!at(p, PT_TOK_RBRACE)) {
        if (!accept(p, PT_TOK_COMMA)) {
            return forgot_comma(p, values.items[values.len - 1]);
        }
        if (at(p, PT_TOK_RBRACE)) {
            break;
        }
        if (dict_item(p, &keys, &values) < 0) {
            return NULL;
        }
    }
    PtToken *c = advance(p);
    PtExpr *e = new_expr(p, PT_EXPR_DICT, pos_tok(open, c));
    if (e) {
        e->v.dict.keys = SEQ(PtExprSeq, keys);
        e->v.dict.values = SEQ(PtExprSeq, values);
    }
    return e;
}

static PtExpr *atom(Parser *p) {
    PtToken *t = cur(p);
    switch (t->type) {
    case PT_TOK_NAME:
        switch (t->kw) {
        case 0:
            advance(p);
            return new_name(p, t, PT_CTX_LOAD);
        case PT_KW_TRUE:
            advance(p);
            return new_const(p, PT_CONST_TRUE, pos_tok(t, t));
        case PT_KW_FALSE:
            advance(p);
            return new_const(p, PT_CONST_FALSE, pos_tok(t, t));
        case PT_KW_NONE:
            advance(p);
            return new_const(p, PT_CONST_NONE, pos_tok(t, t));
        default:
            return fail(p);
        }
    case PT_TOK_NUMBER:
        return number(p);
    case PT_TOK_STRING:
        return strings(p);
    case PT_TOK_ELLIPSIS:
        advance(p);
        return new_const(p, PT_CONST_ELLIPSIS, pos_tok(t, t));
    case PT_TOK_LPAR: {
        ENTER(p);
        PtExpr *e = paren_atom(p);
        return LEAVE(p, e);
    }
    case PT_TOK_LSQB: {
        ENTER(p);
        PtExpr *e = list_atom(p);
        return LEAVE(p, e);
    }
    case PT_TOK_LBRACE: {
        ENTER(p);
        PtExpr *e = brace_atom(p);
        return LEAVE(p, e);
    }
    default:
        return fail(p);
    }
}

// ---- Primaries: calls, subscripts, attributes ----

// Call arguments after '('; fills args/keywords and consumes ')'. For a call
// (not a class header), a lone generator argument takes the call's parens.
static int arguments(Parser *p, PtToken *open, Vec *args, Vec *kws, PtToken **close) {
    int seen_kw = 0, seen_dstar = 0;
    while (!at(p, PT_TOK_RPAR)) {
        PtToken *t = cur(p);
        if (t->type == PT_TOK_STAR) {
            advance(p);
            PtExpr *v = expression(p);
            if (!v) {
                return -1;
            }
            if (seen_dstar) {  // CPython points at the '*' alone
                error_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            PtExpr *s = new_expr(p, PT_EXPR_STARRED, extra(p, t));
            if (!s) {
                return -1;
            }
            s->v.starred.value = v;
            s->v.starred.ctx = PT_CTX_LOAD;
            if (vpush(p, args, s) < 0) {
                return -1;
            }
        } else if (t->type == PT_TOK_DOUBLESTAR) {
            advance(p);
            PtExpr *v = expression(p);
            if (!v) {
                return -1;
            }
            PtKeyword *k = alloc(p, sizeof(PtKeyword));
            if (!k) {
                return -1;
            }
            k->pos = extra(p, t);
            k->value = v;
            seen_dstar = 1;
            if (vpush(p, kws, k) < 0) {
                return -1;
            }
        } else if (t->type == PT_TOK_NAME && t->kw == 0 && peek(p, 1)->type == PT_TOK_EQUAL) {
            advance(p);
            advance(p);
            PtExpr *v = expression(p);
            if (!v) {
                return -1;
            }
            PtKeyword *k = alloc(p, sizeof(PtKeyword));
            if (!k) {
                return -1;
            }
            k->pos = extra(p, t);
            k->arg = tok_str(p, t);
            k->value = v;
            seen_kw = 1;
            if (vpush(p, kws, k) < 0) {
                return -1;
            }
        } else {
            PtExpr *e = named_expression(p);
            if (!e) {
                return -1;
            }
            if (at_kw(p, PT_KW_FOR) || at_kw(p, PT_KW_ASYNC)) {
                int only = args->len == 0 && kws->len == 0;
                if (e->kind == PT_EXPR_STARRED) {
                    error_pos(p, e->pos, "iterable unpacking cannot be used in comprehension");
                    return -1;
                }
                Vec gens = {0};
                if (comp_for(p, &gens) < 0) {
                    return -1;
                }
                if (!only || !at(p, PT_TOK_RPAR)) {
                    // The range ends at the last comprehension's last if (or its iter).
                    PtComprehension *lc = gens.items[gens.len - 1];
                    PtExpr *last = lc->ifs.len ? lc->ifs.items[lc->ifs.len - 1] : lc->iter;
                    error_pos(p, pos_span(e->pos, last->pos),
                              "Generator expression must be parenthesized");
                    return -1;
                }
                *close = advance(p);
                PtExpr *g = new_expr(p, PT_EXPR_GENERATOREXP, pos_tok(open, *close));
                if (!g) {
                    return -1;
                }
                g->v.comp.elt = e;
                g->v.comp.generators = SEQ(PtComprehensionSeq, gens);
                return vpush(p, args, g);
            }
            if (at(p, PT_TOK_EQUAL) && peek(p, 1)->type != PT_TOK_EQUAL) {
                PtToken *eq = cur(p);
                if (e->kind == PT_EXPR_CONSTANT && (e->v.constant.kind == PT_CONST_TRUE ||
                    e->v.constant.kind == PT_CONST_FALSE || e->v.constant.kind == PT_CONST_NONE)) {
                    error_pos(p, pos_to_tok(e->pos, eq), "cannot assign to %s", expr_name(e));
                } else {
                    error_pos(p, pos_to_tok(e->pos, eq),
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                return -1;
            }
            if (seen_kw || seen_dstar) {
                error_noloc(p, seen_dstar
                                         ? "positional argument follows keyword argument unpacking"
                                         : "positional argument follows keyword argument");
                return -1;
            }
            if (vpush(p, args, e) < 0) {
                return -1;
            }
        }
        if (!accept(p, PT_TOK_COMMA)) {
            if (!at(p, PT_TOK_RPAR)) {
                PtExpr *last = args->len ? args->items[args->len - 1] : NULL;
                forgot_comma(p, last);
                return -1;
            }
        }
    }
    *close = advance(p);
    return 0;
}

static PtExpr *slice_item(Parser *p) {
    PtToken *start = cur(p);
    PtExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (at(p, PT_TOK_STAR)) {
        return star_named_expression(p);
    }
    if (!at(p, PT_TOK_COLON)) {
        lower = named_expression(p);
        if (!lower) {
            return NULL;
        }
        if (!at(p, PT_TOK_COLON)) {
            return lower;
        }
        if (lower->kind == PT_EXPR_NAMEDEXPR) {
            return fail(p);
        }
    }
    advance(p);  // ':'
    if (!at(p, PT_TOK_COLON) && !at(p, PT_TOK_RSQB) && !at(p, PT_TOK_COMMA)) {
        upper = expression(p);
        if (!upper) {
            return NULL;
        }
    }
    if (accept(p, PT_TOK_COLON)) {
        if (!at(p, PT_TOK_RSQB) && !at(p, PT_TOK_COMMA)) {
            step = expression(p);
            if (!step) {
                return NULL;
            }
        }
    }
    PtExpr *s = new_expr(p, PT_EXPR_SLICE, pos_tok(start, prev(p)));
    if (s) {
        s->v.slice.lower = lower;
        s->v.slice.upper = upper;
        s->v.slice.step = step;
    }
    return s;
}

static PtExpr *slices(Parser *p) {
    PtToken *start = cur(p);
    PtExpr *first = slice_item(p);
    if (!first) {
        return NULL;
    }
    if (!at(p, PT_TOK_COMMA) && first->kind != PT_EXPR_STARRED) {
        return first;
    }
    Vec elts = {0};
    if (vpush(p, &elts, first) < 0) {
        return NULL;
    }
    while (accept(p, PT_TOK_COMMA)) {
        if (at(p, PT_TOK_RSQB)) {
            break;
        }
        PtExpr *e = slice_item(p);
        if (!e || vpush(p, &elts, e) < 0) {
            return NULL;
        }
    }
    return make_seq(p, PT_EXPR_TUPLE, elts, pos_tok(start, prev(p)));
}

static PtExpr *trailers(Parser *p, PtExpr *e, PtToken *st) {
    for (;;) {
        PtToken *t = cur(p);
        if (t->type == PT_TOK_DOT) {
            advance(p);
            PtToken *n = cur(p);
            if (n->type != PT_TOK_NAME || n->kw) {
                return fail(p);
            }
            advance(p);
            PtExpr *a = new_expr(p, PT_EXPR_ATTRIBUTE, extra(p, st));
            if (!a || !(a->v.attribute.attr = tok_str(p, n))) {
                return NULL;
            }
            a->v.attribute.value = e;
            a->v.attribute.ctx = PT_CTX_LOAD;
            e = a;
        } else if (t->type == PT_TOK_LPAR) {
            if (!enter(p)) {
                p->depth--;
                return NULL;
            }
            advance(p);
            Vec args = {0}, kws = {0};
            PtToken *close = NULL;
            int r = arguments(p, t, &args, &kws, &close);
            p->depth--;
            if (r < 0) {
                return NULL;
            }
            PtExpr *c = new_expr(p, PT_EXPR_CALL, pos_tok(st, close));
            if (!c) {
                return NULL;
            }
            c->v.call.func = e;
            c->v.call.args = SEQ(PtExprSeq, args);
            c->v.call.keywords = SEQ(PtKeywordSeq, kws);
            e = c;
        } else if (t->type == PT_TOK_LSQB) {
            if (!enter(p)) {
                p->depth--;
                return NULL;
            }
            advance(p);
            PtExpr *s = slices(p);
            p->depth--;
            if (!s) {
                return NULL;
            }
            if (!at(p, PT_TOK_RSQB)) {
                return forgot_comma(p, s);
            }
            PtToken *close = advance(p);
            PtExpr *sub = new_expr(p, PT_EXPR_SUBSCRIPT, pos_tok(st, close));
            if (!sub) {
                return NULL;
            }
            sub->v.subscript.value = e;
            sub->v.subscript.slice = s;
            sub->v.subscript.ctx = PT_CTX_LOAD;
            e = sub;
        } else {
            return e;
        }
    }
}

static PtExpr *primary(Parser *p) {
    PtToken *st = cur(p);
    PtExpr *a = atom(p);
    return a ? trailers(p, a, st) : NULL;
}

// ---- Operators ----

static PtExpr *factor(Parser *p);

static PtExpr *power(Parser *p) {
    PtToken *t = cur(p);  // also the start of a ** BinOp
    PtExpr *e;
    if (t->type == PT_TOK_NAME && t->kw == PT_KW_AWAIT) {
        advance(p);
        PtExpr *v = primary(p);
        if (!v) {
            return NULL;
        }
        e = new_expr(p, PT_EXPR_AWAIT, extra(p, t));
        if (!e) {
            return NULL;
        }
        e->v.await_.value = v;
    } else {
        e = primary(p);
        if (!e) {
            return NULL;
        }
    }
    if (accept(p, PT_TOK_DOUBLESTAR)) {
        // ** is right-associative: bound the recursion like any nesting.
        if (!enter(p)) {
            p->depth--;
            return NULL;
        }
        PtExpr *r = factor(p);
        p->depth--;
        if (!r) {
            return NULL;
        }
        PtExpr *b = new_expr(p, PT_EXPR_BINOP, extra(p, t));
        if (!b) {
            return NULL;
        }
        b->v.binop.left = e;
        b->v.binop.op = PT_OP_POW;
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

static PtExpr *factor(Parser *p) {
    PtToken *t = cur(p);
    PtUnaryOpKind op = t->type == PT_TOK_PLUS ? PT_UNARY_UADD
                       : t->type == PT_TOK_MINUS ? PT_UNARY_USUB
                       : t->type == PT_TOK_TILDE ? PT_UNARY_INVERT : 0;
    if (!op) {
        return power(p);
    }
    ENTER(p);
    advance(p);
    PtExpr *v = factor(p);
    if (!v) {
        return LEAVE(p, NULL);
    }
    PtExpr *e = new_expr(p, PT_EXPR_UNARYOP, extra(p, t));
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = v;
    }
    return LEAVE(p, e);
}

// Binary operator levels, loosest first: | ^ & shifts sums terms.
static PtOperator binop_at(Parser *p, int level) {
    switch (cur(p)->type) {
    case PT_TOK_VBAR: return level == 0 ? PT_OP_BITOR : 0;
    case PT_TOK_CIRCUMFLEX: return level == 1 ? PT_OP_BITXOR : 0;
    case PT_TOK_AMPER: return level == 2 ? PT_OP_BITAND : 0;
    case PT_TOK_LEFTSHIFT: return level == 3 ? PT_OP_LSHIFT : 0;
    case PT_TOK_RIGHTSHIFT: return level == 3 ? PT_OP_RSHIFT : 0;
    case PT_TOK_PLUS: return level == 4 ? PT_OP_ADD : 0;
    case PT_TOK_MINUS: return level == 4 ? PT_OP_SUB : 0;
    case PT_TOK_STAR: return level == 5 ? PT_OP_MULT : 0;
    case PT_TOK_SLASH: return level == 5 ? PT_OP_DIV : 0;
    case PT_TOK_DOUBLESLASH: return level == 5 ? PT_OP_FLOORDIV : 0;
    case PT_TOK_PERCENT: return level == 5 ? PT_OP_MOD : 0;
    case PT_TOK_AT: return level == 5 ? PT_OP_MATMULT : 0;
    default: return 0;
    }
}

static PtExpr *binary(Parser *p, int level) {
    if (level > 5) {
        return factor(p);
    }
    PtToken *st = cur(p);
    PtExpr *left = binary(p, level + 1);
    while (left) {
        PtOperator op = binop_at(p, level);
        if (!op) {
            break;
        }
        advance(p);
        PtExpr *right = binary(p, level + 1);
        if (!right) {
            return NULL;
        }
        PtExpr *b = new_expr(p, PT_EXPR_BINOP, extra(p, st));
        if (!b) {
            return NULL;
        }
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
        left = b;
    }
    return left;
}

static PtExpr *bitwise_or(Parser *p) { return binary(p, 0); }

static PtCmpOp cmp_at(Parser *p, int *ntok) {
    PtToken *t = cur(p);
    *ntok = 1;
    switch (t->type) {
    case PT_TOK_EQEQUAL: return PT_CMP_EQ;
    case PT_TOK_NOTEQUAL: return PT_CMP_NOTEQ;
    case PT_TOK_LESS: return PT_CMP_LT;
    case PT_TOK_LESSEQUAL: return PT_CMP_LTE;
    case PT_TOK_GREATER: return PT_CMP_GT;
    case PT_TOK_GREATEREQUAL: return PT_CMP_GTE;
    case PT_TOK_NAME:
        if (t->kw == PT_KW_IN) {
            return PT_CMP_IN;
        }
        if (t->kw == PT_KW_IS) {
            if (peek(p, 1)->type == PT_TOK_NAME && peek(p, 1)->kw == PT_KW_NOT) {
                *ntok = 2;
                return PT_CMP_ISNOT;
            }
            return PT_CMP_IS;
        }
        if (t->kw == PT_KW_NOT && peek(p, 1)->type == PT_TOK_NAME &&
            peek(p, 1)->kw == PT_KW_IN) {
            *ntok = 2;
            return PT_CMP_NOTIN;
        }
        return 0;
    default:
        return 0;
    }
}

static PtExpr *comparison(Parser *p) {
    PtToken *st = cur(p);
    PtExpr *left = bitwise_or(p);
    if (!left) {
        return NULL;
    }
    int ntok;
    PtCmpOp op = cmp_at(p, &ntok);
    if (!op) {
        return left;
    }
    Vec ops = {0}, comps = {0};
    PtExpr *last = left;
    while (op) {
        p->pos += ntok;
        PtExpr *r = bitwise_or(p);
        if (!r) {
            return NULL;
        }
        if (vpush(p, &ops, (void *)(size_t)op) < 0 || vpush(p, &comps, r) < 0) {
            return NULL;
        }
        last = r;
        op = cmp_at(p, &ntok);
    }
    (void)last;
    PtExpr *e = new_expr(p, PT_EXPR_COMPARE, extra(p, st));
    if (!e) {
        return NULL;
    }
    PtCmpOp *o = alloc(p, sizeof(PtCmpOp) * (size_t)ops.len);
    if (!o) {
        return NULL;
    }
    for (int i = 0; i < ops.len; i++) {
        o[i] = (PtCmpOp)(size_t)ops.items[i];
    }
    e->v.compare.left = left;
    e->v.compare.ops = (PtCmpOpSeq){o, ops.len};
    e->v.compare.comparators = SEQ(PtExprSeq, comps);
    return e;
}

static PtExpr *inversion(Parser *p) {
    PtToken *t = cur(p);
    if (t->type == PT_TOK_NAME && t->kw == PT_KW_NOT) {
        ENTER(p);
        advance(p);
        PtExpr *v = inversion(p);
        if (!v) {
            return LEAVE(p, NULL);
        }
        PtExpr *e = new_expr(p, PT_EXPR_UNARYOP, extra(p, t));
        if (e) {
            e->v.unaryop.op = PT_UNARY_NOT;
            e->v.unaryop.operand = v;
        }
        return LEAVE(p, e);
    }
    return comparison(p);
}

static PtExpr *boolop(Parser *p, int is_or) {
    PtToken *st = cur(p);
    PtExpr *first = is_or ? boolop(p, 0) : inversion(p);
    if (!first) {
        return NULL;
    }
    int kw = is_or ? PT_KW_OR : PT_KW_AND;
    if (!at_kw(p, kw)) {
        return first;
    }
    Vec vals = {0};
    if (vpush(p, &vals, first) < 0) {
        return NULL;
    }
    PtExpr *last = first;
    while (accept_kw(p, kw)) {
        last = is_or ? boolop(p, 0) : inversion(p);
        if (!last || vpush(p, &vals, last) < 0) {
            return NULL;
        }
    }
    PtExpr *e = new_expr(p, PT_EXPR_BOOLOP, extra(p, st));
    if (e) {
        e->v.boolop.op = is_or ? PT_BOOL_OR : PT_BOOL_AND;
        e->v.boolop.values = SEQ(PtExprSeq, vals);
    }
    return e;
}

static PtExpr *disjunction(Parser *p) { return boolop(p, 1); }

static PtExpr *lambdef(Parser *p) {
    PtToken *t = advance(p);
    PtArguments *args = parameters(p, 1);
    if (!args) {
        return NULL;
    }
    if (!expect(p, PT_TOK_COLON)) {
        return NULL;
    }
    PtExpr *body = expression(p);
    if (!body) {
        return NULL;
    }
    PtExpr *e = new_expr(p, PT_EXPR_LAMBDA, extra(p, t));
    if (e) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

static PtExpr *expression(Parser *p) {
    ENTER(p);
    if (at_kw(p, PT_KW_LAMBDA)) {
        PtExpr *l = lambdef(p);
        return LEAVE(p, l);
    }
    PtToken *st = cur(p);
    PtExpr *body = disjunction(p);
    if (body && at_kw(p, PT_KW_IF)) {
        advance(p);
        PtExpr *test = disjunction(p);
        if (!test) {
            return LEAVE(p, NULL);
        }
        if (!accept_kw(p, PT_KW_ELSE)) {
            if (!p->err) {
                error_pos(p, pos_span(body->pos, test->pos),
                          "expected 'else' after 'if' expression");
            }
            return LEAVE(p, NULL);
        }
        PtExpr *orelse = expression(p);
        if (!orelse) {
            return LEAVE(p, NULL);
        }
        PtExpr *e = new_expr(p, PT_EXPR_IFEXP, extra(p, st));
        if (e) {
            e->v.ifexp.test = test;
            e->v.ifexp.body = body;
            e->v.ifexp.orelse = orelse;
        }
        return LEAVE(p, e);
    }
    return LEAVE(p, body);
}

static PtExpr *named_expression(Parser *p) {
    PtToken *t = cur(p);
    if (t->type == PT_TOK_NAME && t->kw == 0 && peek(p, 1)->type == PT_TOK_COLONEQUAL) {
        advance(p);
        advance(p);
        PtExpr *v = expression(p);
        if (!v) {
            return NULL;
        }
        PtExpr *target = new_name(p, t, PT_CTX_STORE);
        PtExpr *e = target ? new_expr(p, PT_EXPR_NAMEDEXPR, extra(p, t)) : NULL;
        if (e) {
            e->v.namedexpr.target = target;
            e->v.namedexpr.value = v;
        }
        return e;
    }
    PtExpr *e = expression(p);
    if (e && at(p, PT_TOK_COLONEQUAL)) {
        error_pos(p, e->pos, "cannot use assignment expressions with %s", expr_name(e));
        return NULL;
    }
    return e;
}

static PtExpr *starred(Parser *p) {
    PtToken *t = advance(p);
    PtExpr *v = bitwise_or(p);
    if (!v) {
        return NULL;
    }
    PtExpr *s = new_expr(p, PT_EXPR_STARRED, extra(p, t));
    if (s) {
        s->v.starred.value = v;
        s->v.starred.ctx = PT_CTX_LOAD;
    }
    return s;
}

static PtExpr *star_named_expression(Parser *p) {
    if (at(p, PT_TOK_STAR)) {
        return starred(p);
    }
    return named_expression(p);
}

static PtExpr *star_expression(Parser *p) {
    if (at(p, PT_TOK_STAR)) {
        return starred(p);
    }
    return expression(p);
}

// star_expressions: a bare tuple when there is a comma (its position takes in
// a trailing comma).
static PtExpr *star_expressions(Parser *p) {
    PtToken *st = cur(p);
    PtExpr *first = star_expression(p);
    if (!first || !at(p, PT_TOK_COMMA)) {
        return first;
    }
    Vec elts = {0};
    if (vpush(p, &elts, first) < 0) {
        return NULL;
    }
    while (accept(p, PT_TOK_COMMA)) {
        if (!starts_expr(p) && !at(p, PT_TOK_STAR)) {
            break;
        }
        PtExpr *e = star_expression(p);
        if (!e || vpush(p, &elts, e) < 0) {
            return NULL;
        }
    }
    return make_seq(p, PT_EXPR_TUPLE, elts, extra(p, st));
}

static PtExpr *yield_expr(Parser *p) {
    PtToken *t = advance(p);
    if (accept_kw(p, PT_KW_FROM)) {
        PtExpr *v = expression(p);
        if (!v) {
            return NULL;
        }
        PtExpr *e = new_expr(p, PT_EXPR_YIELDFROM, extra(p, t));
        if (e) {
            e->v.yieldfrom.value = v;
        }
        return e;
    }
    PtExpr *v = NULL;
    if (starts_expr(p) || at(p, PT_TOK_STAR)) {
        v = star_expressions(p);
        if (!v) {
            return NULL;
        }
    }
    PtExpr *e = new_expr(p, PT_EXPR_YIELD, extra(p, t));
    if (e) {
        e->v.yield.value = v;
    }
    return e;
}

// ---- Comprehensions and targets ----

// One target of a for-loop, comprehension or with-item: ['*'] bitwise_or.
static PtExpr *target_item(Parser *p) {
    if (at(p, PT_TOK_STAR)) {
        return starred(p);
    }
    return bitwise_or(p);
}

// star_targets for `for` and comprehensions: stops before 'in'.
static PtExpr *target_list(Parser *p) {
    PtToken *st = cur(p);
    PtExpr *first = target_item(p);
    if (!first || !at(p, PT_TOK_COMMA)) {
        return first;
    }
    Vec elts = {0};
    if (vpush(p, &elts, first) < 0) {
        return NULL;
    }
    while (accept(p, PT_TOK_COMMA)) {
        if (!starts_expr(p) && !at(p, PT_TOK_STAR)) {
            break;
        }
        PtExpr *e = target_item(p);
        if (!e || vpush(p, &elts, e) < 0) {
            return NULL;
        }
    }
    return make_seq(p, PT_EXPR_TUPLE, elts, extra(p, st));
}

static int comp_for(Parser *p, Vec *gens) {
    while (at_kw(p, PT_KW_FOR) || (at_kw(p, PT_KW_ASYNC) && peek(p, 1)->kw == PT_KW_FOR)) {
        int is_async = accept_kw(p, PT_KW_ASYNC);
        advance(p);  // for
        PtExpr *target = target_list(p);
        if (!target) {
            return -1;
        }
        if (!accept_kw(p, PT_KW_IN)) {
            fail(p);
            return -1;
        }
        if (set_context(p, target, PT_CTX_STORE) < 0) {
            return -1;
        }
        PtExpr *iter = disjunction(p);
        if (!iter) {
            return -1;
        }
        Vec ifs = {0};
        while (accept_kw(p, PT_KW_IF)) {
            PtExpr *c = disjunction(p);
            if (!c || vpush(p, &ifs, c) < 0) {
                return -1;
            }
        }
        PtComprehension *g = alloc(p, sizeof(PtComprehension));
        if (!g) {
            return -1;
        }
        g->target = target;
        g->iter = iter;
        g->ifs = SEQ(PtExprSeq, ifs);
        g->is_async = is_async;
        if (vpush(p, gens, g) < 0) {
            return -1;
        }
    }
    if (at_kw(p, PT_KW_ASYNC)) {
        fail(p);
        return -1;
    }
    return 0;
}

typedef enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR } TargetsType;

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot
// be a target, or NULL.
static PtExpr *invalid_target(PtExpr *e, TargetsType type) {
    switch (e->kind) {
    case PT_EXPR_LIST: case PT_EXPR_TUPLE:
        for (int i = 0; i < e->v.seq.elts.len; i++) {
            PtExpr *r = invalid_target(e->v.seq.elts.items[i], type);
            if (r) {
                return r;
            }
        }
        return NULL;
    case PT_EXPR_STARRED:
        if (type == TARGETS_DEL) {
            return e;
        }
        return invalid_target(e->v.starred.value, type);
    case PT_EXPR_COMPARE:
        if (type == TARGETS_FOR) {
            if (e->v.compare.ops.items[0] == PT_CMP_IN) {
                return invalid_target(e->v.compare.left, type);
            }
            return NULL;
        }
        return e;
    case PT_EXPR_NAME: case PT_EXPR_SUBSCRIPT: case PT_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx_rec(PtExpr *e, PtExprCtx ctx) {
    switch (e->kind) {
    case PT_EXPR_NAME: e->v.name.ctx = ctx; break;
    case PT_EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case PT_EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case PT_EXPR_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx_rec(e->v.starred.value, ctx);
        break;
    case PT_EXPR_LIST: case PT_EXPR_TUPLE:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.len; i++) {
            set_ctx_rec(e->v.seq.elts.items[i], ctx);
        }
        break;
    default: break;
    }
}

// Validate a target and give it Store or Del context; -1 with an error.
static int set_context(Parser *p, PtExpr *e, PtExprCtx ctx) {
    TargetsType type = ctx == PT_CTX_DEL ? TARGETS_DEL : TARGETS_STAR;
    PtExpr *bad = invalid_target(e, type);
    if (bad) {
        error_pos(p, bad->pos, ctx == PT_CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                  expr_name(bad));
        return -1;
    }
    set_ctx_rec(e, ctx);
    return 0;
}

// ---- Parameters (def and lambda) ----

static PtArg *param(Parser *p, int lambda, int star_annotation) {
    PtToken *t = cur(p);
    if (t->type != PT_TOK_NAME || t->kw) {
        fail(p);
        return NULL;
    }
    advance(p);
    PtArg *a = alloc(p, sizeof(PtArg));
    if (!a || !(a->arg = tok_str(p, t))) {
        return NULL;
    }
    a->pos = pos_tok(t, t);
    if (!lambda && accept(p, PT_TOK_COLON)) {
        PtExpr *ann = star_annotation && at(p, PT_TOK_STAR) ? starred(p) : expression(p);
        if (!ann) {
            return NULL;
        }
        a->annotation = ann;
        a->pos = extra(p, t);
    }
    return a;
}

static PtArguments *parameters(Parser *p, int lambda) {
    PtArguments *args = alloc(p, sizeof(PtArguments));
    if (!args) {
        return NULL;
    }
    int close = lambda ? PT_TOK_COLON : PT_TOK_RPAR;
    Vec plain = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    int seen_star = 0, seen_default = 0, seen_slash = 0;
    while (!at(p, close)) {
        PtToken *t = cur(p);
        if (args->kwarg) {
            error_tok(p, t, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        if (t->type == PT_TOK_SLASH) {
            if (seen_slash) {
                error_tok(p, t, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                error_tok(p, t, "/ must be ahead of *");
                return NULL;
            }
            if (plain.len == 0) {
                if (peek(p, 1)->type != PT_TOK_COMMA) {
                    fail(p);
                    return NULL;
                }
                error_tok(p, t, "at least one argument must precede /");
                return NULL;
            }
            advance(p);
            seen_slash = 1;
            args->posonlyargs = SEQ(PtArgSeq, plain);
            memset(&plain, 0, sizeof plain);
        } else if (t->type == PT_TOK_STAR) {
            if (seen_star) {
                error_tok(p, t, "* argument may appear only once");
                return NULL;
            }
            advance(p);
            seen_star = 1;
            if (at(p, PT_TOK_COMMA) || at(p, close)) {
                if (at(p, close) || peek(p, 1)->type == close ||
                    peek(p, 1)->type == PT_TOK_DOUBLESTAR) {
                    error_tok(p, t, "named arguments must follow bare *");
                    return NULL;
                }
            } else {
                args->vararg = param(p, lambda, 1);
                if (!args->vararg) {
                    return NULL;
                }
                if (at(p, PT_TOK_EQUAL)) {
                    error_tok(p, cur(p), "var-positional argument cannot have default value");
                    return NULL;
                }
            }
        } else if (t->type == PT_TOK_DOUBLESTAR) {
            advance(p);
            args->kwarg = param(p, lambda, 0);
            if (!args->kwarg) {
                return NULL;
            }
            if (at(p, PT_TOK_EQUAL)) {
                error_tok(p, cur(p), "var-keyword argument cannot have default value");
                return NULL;
            }
        } else {
            PtArg *a = param(p, lambda, 0);
            if (!a) {
                return NULL;
            }
            PtExpr *def = NULL;
            if (accept(p, PT_TOK_EQUAL)) {
                def = expression(p);
                if (!def) {
                    return NULL;
                }
            }
            if (seen_star) {
                if (vpush(p, &kwonly, a) < 0 || vpush(p, &kwdefaults, def) < 0) {
                    return NULL;
                }
            } else {
                if (def) {
                    seen_default = 1;
                    if (vpush(p, &defaults, def) < 0) {
                        return NULL;
                    }
                } else if (seen_default) {
                    error_pos(p, a->pos, "non-default argument follows default argument");
                    return NULL;
                }
                if (vpush(p, &plain, a) < 0) {
                    return NULL;
                }
            }
        }
        if (!accept(p, PT_TOK_COMMA)) {
            break;
        }
    }
    if (!at(p, close)) {
        fail(p);
        return NULL;
    }
    args->args = SEQ(PtArgSeq, plain);
    args->defaults = SEQ(PtExprSeq, defaults);
    args->kwonlyargs = SEQ(PtArgSeq, kwonly);
    args->kw_defaults = SEQ(PtExprSeq, kwdefaults);
    return args;
}

// ---- Blocks ----

static PtStmt *statement(Parser *p, Vec *out);

// block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the
// statement for "expected an indented block after ..." messages.
static PtStmtSeq block(Parser *p, const char *what, int lineno) {
    PtStmtSeq none = {NULL, 0};
    Vec body = {0};
    if (!enter(p)) {
        p->depth--;
        return none;
    }
    if (accept(p, PT_TOK_NEWLINE)) {
        if (!at(p, PT_TOK_INDENT)) {
            if (!p->err) {
                PtToken *t = cur(p);
                error_tok(p, t, "expected an indented block after %s on line %d", what, lineno);
                p->ekind = "IndentationError";
            }
            p->depth--;
            return none;
        }
        advance(p);
        while (!at(p, PT_TOK_DEDENT) && !at(p, PT_TOK_ENDMARKER) && !p->err) {
            if (!statement(p, &body)) {
                break;
            }
        }
        if (!p->err) {
            expect(p, PT_TOK_DEDENT);
        }
    } else {
        statement_list(p, &body);
    }
    p->depth--;
    if (p->err) {
        return none;
    }
    return SEQ(PtStmtSeq, body);
}

// A block that must not be empty (every block); returns 0 on error.
#define BLOCK_OR_FAIL(dst, what, lineno)       \
    do {                                       \
        (dst) = block(p, (what), (lineno));    \
        if (p->err) {                          \
            return NULL;                       \
        }                                      \
    } while (0)

// ---- Simple statements ----

static PtStmt *expr_stmt(Parser *p);

static PtAlias *new_alias(Parser *p, PtToken *first, PtToken *last, const char *name,
                          const char *asname) {
    PtAlias *a = alloc(p, sizeof(PtAlias));
    if (a) {
        a->pos = pos_tok(first, last);
        a->name = name;
        a->asname = asname;
    }
    return a;
}

// NAME ('.' NAME)*; stores the dotted text and the last token.
static const char *dotted_name(Parser *p, PtToken **lastp) {
    Buf b = {0};
    for (;;) {
        PtToken *t = cur(p);
        if (t->type != PT_TOK_NAME || t->kw) {
            fail(p);
            return NULL;
        }
        advance(p);
        const char *part = tok_str(p, t);
        if (!part || bput(p, &b, part, strlen(part)) < 0) {
            return NULL;
        }
        *lastp = t;
        if (!at(p, PT_TOK_DOT)) {
            break;
        }
        advance(p);
        if (bput(p, &b, ".", 1) < 0) {
            return NULL;
        }
    }
    return b.s;
}

static const char *as_name(Parser *p, PtToken **lastp) {
    if (!accept_kw(p, PT_KW_AS)) {
        return NULL;
    }
    PtToken *t = cur(p);
    if (t->type != PT_TOK_NAME || t->kw) {
        fail(p);
        return NULL;
    }
    advance(p);
    *lastp = t;
    return tok_str(p, t);
}

static PtStmt *import_stmt(Parser *p) {
    PtToken *kw = advance(p);
    Vec names = {0};
    do {
        PtToken *first = cur(p), *last = NULL;
        const char *name = dotted_name(p, &last);
        if (!name) {
            return NULL;
        }
        const char *asname = as_name(p, &last);
        if (p->err) {
            return NULL;
        }
        PtAlias *a = new_alias(p, first, last, name, asname);
        if (!a || vpush(p, &names, a) < 0) {
            return NULL;
        }
    } while (accept(p, PT_TOK_COMMA));
    PtStmt *s = new_stmt(p, PT_STMT_IMPORT, pos_tok(kw, prev(p)));
    if (s) {
        s->v.import.names = SEQ(PtAliasSeq, names);
    }
    return s;
}

static PtStmt *from_stmt(Parser *p) {
    PtToken *kw = advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, PT_TOK_DOT)) {
            level++;
        } else if (accept(p, PT_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (!at_kw(p, PT_KW_IMPORT)) {
        PtToken *last;
        module = dotted_name(p, &last);
        if (!module) {
            return NULL;
        }
    }
    if (!accept_kw(p, PT_KW_IMPORT)) {
        return fail(p);
    }
    Vec names = {0};
    if (at(p, PT_TOK_STAR)) {
        PtToken *t = advance(p);
        PtAlias *a = new_alias(p, t, t, "*", NULL);
        if (!a || vpush(p, &names, a) < 0) {
            return NULL;
        }
    } else {
        int paren = accept(p, PT_TOK_LPAR);
        for (;;) {
            PtToken *first = cur(p);
            if (first->type != PT_TOK_NAME || first->kw) {
                return fail(p);
            }
            advance(p);
            PtToken *last = first;
            const char *name = tok_str(p, first);
            const char *asname = as_name(p, &last);
            if (p->err || !name) {
                return NULL;
            }
            PtAlias *a = new_alias(p, first, last, name, asname);
            if (!a || vpush(p, &names, a) < 0) {
                return NULL;
            }
            if (!accept(p, PT_TOK_COMMA)) {
                break;
            }
            if (paren && at(p, PT_TOK_RPAR)) {
                break;
            }
            if (!paren && (at(p, PT_TOK_NEWLINE) || at(p, PT_TOK_SEMI))) {
                error_noloc(p, "trailing comma not allowed without surrounding parentheses");
                return NULL;
            }
        }
        if (paren && !expect(p, PT_TOK_RPAR)) {
            return NULL;
        }
    }
    PtStmt *s = new_stmt(p, PT_STMT_IMPORTFROM, pos_tok(kw, prev(p)));
    if (s) {
        s->v.importfrom.module = module;
        s->v.importfrom.names = SEQ(PtAliasSeq, names);
        s->v.importfrom.level = level;
    }
    return s;
}

static PtStmt *names_stmt(Parser *p, PtStmtKind kind) {
    PtToken *kw = advance(p);
    Vec names = {0};
    do {
        PtToken *t = cur(p);
        if (t->type != PT_TOK_NAME || t->kw) {
            return fail(p);
        }
        advance(p);
        const char *n = tok_str(p, t);
        if (!n || vpush(p, &names, (void *)n) < 0) {
            return NULL;
        }
    } while (accept(p, PT_TOK_COMMA));
    PtStmt *s = new_stmt(p, kind, pos_tok(kw, prev(p)));
    if (s) {
        s->v.global.names = (PtIdentSeq){(const char **)names.items, names.len};
    }
    return s;
}

static int at_stmt_end(Parser *p) { return at(p, PT_TOK_NEWLINE) || at(p, PT_TOK_SEMI); }

static PtStmt *simple_stmt(Parser *p) {
    PtToken *t = cur(p);
    if (t->type == PT_TOK_NAME) {
        switch (t->kw) {
        case PT_KW_PASS: case PT_KW_BREAK: case PT_KW_CONTINUE: {
            advance(p);
            PtStmtKind k = t->kw == PT_KW_PASS ? PT_STMT_PASS
                           : t->kw == PT_KW_BREAK ? PT_STMT_BREAK : PT_STMT_CONTINUE;
            return new_stmt(p, k, pos_tok(t, t));
        }
        case PT_KW_RETURN: {
            advance(p);
            PtExpr *v = NULL;
            if (!at_stmt_end(p)) {
                v = star_expressions(p);
                if (!v) {
                    return NULL;
                }
            }
            PtStmt *s = new_stmt(p, PT_STMT_RETURN, pos_tok(t, prev(p)));
            if (s) {
                s->v.return_.value = v;
            }
            return s;
        }
        case PT_KW_RAISE: {
            advance(p);
            PtExpr *exc = NULL, *cause = NULL;
            if (!at_stmt_end(p)) {
                exc = expression(p);
                if (!exc) {
                    return NULL;
                }
                if (accept_kw(p, PT_KW_FROM)) {
                    cause = expression(p);
                    if (!cause) {
                        return NULL;
                    }
                }
            }
            PtStmt *s = new_stmt(p, PT_STMT_RAISE, pos_tok(t, prev(p)));
            if (s) {
                s->v.raise.exc = exc;
                s->v.raise.cause = cause;
            }
            return s;
        }
        case PT_KW_GLOBAL:
            return names_stmt(p, PT_STMT_GLOBAL);
        case PT_KW_NONLOCAL:
            return names_stmt(p, PT_STMT_NONLOCAL);
        case PT_KW_IMPORT:
            return import_stmt(p);
        case PT_KW_FROM:
            return from_stmt(p);
        case PT_KW_DEL: {
            advance(p);
            Vec tv = {0};
            for (;;) {
                if (at_stmt_end(p)) {
                    break;
                }
                PtExpr *e = bitwise_or(p);
                if (!e) {
                    return NULL;
                }
                if (set_context(p, e, PT_CTX_DEL) < 0 || vpush(p, &tv, e) < 0) {
                    return NULL;
                }
                if (!accept(p, PT_TOK_COMMA)) {
                    break;
                }
            }
            if (tv.len == 0 || !at_stmt_end(p)) {
                return fail(p);
            }
            PtStmt *s = new_stmt(p, PT_STMT_DELETE, pos_tok(t, prev(p)));
            if (s) {
                s->v.delete_.targets = SEQ(PtExprSeq, tv);
            }
            return s;
        }
        case PT_KW_ASSERT: {
            advance(p);
            PtExpr *test = expression(p);
            if (!test) {
                return NULL;
            }
            PtExpr *msg = NULL;
            if (accept(p, PT_TOK_COMMA)) {
                msg = expression(p);
                if (!msg) {
                    return NULL;
                }
            }
            PtStmt *s = new_stmt(p, PT_STMT_ASSERT, pos_tok(t, prev(p)));
            if (s) {
                s->v.assert_.test = test;
                s->v.assert_.msg = msg;
            }
            return s;
        }
        default:
            break;
        }
    }
    return expr_stmt(p);
}

static PtOperator augassign_at(Parser *p) {
    switch (cur(p)->type) {
    case PT_TOK_PLUSEQUAL: return PT_OP_ADD;
    case PT_TOK_MINEQUAL: return PT_OP_SUB;
    case PT_TOK_STAREQUAL: return PT_OP_MULT;
    case PT_TOK_ATEQUAL: return PT_OP_MATMULT;
    case PT_TOK_SLASHEQUAL: return PT_OP_DIV;
    case PT_TOK_PERCENTEQUAL: return PT_OP_MOD;
    case PT_TOK_AMPEREQUAL: return PT_OP_BITAND;
    case PT_TOK_VBAREQUAL: return PT_OP_BITOR;
    case PT_TOK_CIRCUMFLEXEQUAL: return PT_OP_BITXOR;
    case PT_TOK_LEFTSHIFTEQUAL: return PT_OP_LSHIFT;
    case PT_TOK_RIGHTSHIFTEQUAL: return PT_OP_RSHIFT;
    case PT_TOK_DOUBLESTAREQUAL: return PT_OP_POW;
    case PT_TOK_DOUBLESLASHEQUAL: return PT_OP_FLOORDIV;
    default: return 0;
    }
}

static PtExpr *rhs(Parser *p) {
    if (at_kw(p, PT_KW_YIELD)) {
        return yield_expr(p);
    }
    return star_expressions(p);
}

static int is_bitwise_or_level(const PtExpr *e) {
    switch (e->kind) {
    case PT_EXPR_BOOLOP: case PT_EXPR_COMPARE: case PT_EXPR_LAMBDA: case PT_EXPR_IFEXP:
    case PT_EXPR_NAMEDEXPR: case PT_EXPR_STARRED: case PT_EXPR_YIELD:
    case PT_EXPR_YIELDFROM: case PT_EXPR_TUPLE:
        return 0;
    case PT_EXPR_UNARYOP:
        return e->v.unaryop.op != PT_UNARY_NOT;
    default:
        return 1;
    }
}

// Report an invalid assignment target the way CPython 3.11 words it.
static void bad_assign_target(Parser *p, PtExpr *target, int ntargets, int more_eq) {
    PtExpr *bad = invalid_target(target, TARGETS_STAR);
    if (!bad) {
        return;
    }
    if (target->kind == PT_EXPR_YIELD || target->kind == PT_EXPR_YIELDFROM) {
        error_pos(p, target->pos, "assignment to yield expression not possible");
        return;
    }
    int literal_kw = target->kind == PT_EXPR_CONSTANT &&
                     (target->v.constant.kind == PT_CONST_TRUE ||
                      target->v.constant.kind == PT_CONST_FALSE ||
                      target->v.constant.kind == PT_CONST_NONE);
    if (ntargets == 1 && !more_eq && bad == target && is_bitwise_or_level(target) &&
        target->kind != PT_EXPR_LIST && target->kind != PT_EXPR_GENERATOREXP && !literal_kw) {
        error_pos(p, target->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                  expr_name(bad));
        return;
    }
    error_pos(p, bad->pos, "cannot assign to %s", expr_name(bad));
}

static PtStmt *expr_stmt(Parser *p) {
    PtToken *start = cur(p);
    PtExpr *first = rhs(p);
    if (!first) {
        return NULL;
    }
    if (at(p, PT_TOK_COLON)) {
        // Annotated assignment.
        int simple = first->kind == PT_EXPR_NAME && start->type != PT_TOK_LPAR;
        if (first->kind == PT_EXPR_TUPLE || first->kind == PT_EXPR_LIST) {
            error_pos(p, first->pos, "only single target (not %s) can be annotated",
                      first->kind == PT_EXPR_TUPLE ? "tuple" : "list");
            return NULL;
        }
        if (first->kind != PT_EXPR_NAME && first->kind != PT_EXPR_ATTRIBUTE &&
            first->kind != PT_EXPR_SUBSCRIPT) {
            error_pos(p, first->pos, "illegal target for annotation");
            return NULL;
        }
        advance(p);
        PtExpr *ann = expression(p);
        if (!ann) {
            return NULL;
        }
        PtExpr *value = NULL;
        if (accept(p, PT_TOK_EQUAL)) {
            value = rhs(p);
            if (!value) {
                return NULL;
            }
        }
        set_ctx_rec(first, PT_CTX_STORE);
        PtStmt *s = new_stmt(p, PT_STMT_ANNASSIGN, extra(p, start));
        if (s) {
            s->v.annassign.target = first;
            s->v.annassign.annotation = ann;
            s->v.annassign.value = value;
            s->v.annassign.simple = simple;
        }
        return s;
    }
    PtOperator aug = augassign_at(p);
    if (aug) {
        if (first->kind != PT_EXPR_NAME && first->kind != PT_EXPR_ATTRIBUTE &&
            first->kind != PT_EXPR_SUBSCRIPT) {
            error_pos(p, first->pos, "'%s' is an illegal expression for augmented assignment",
                      expr_name(first));
            return NULL;
        }
        advance(p);
        PtExpr *value = rhs(p);
        if (!value) {
            return NULL;
        }
        set_ctx_rec(first, PT_CTX_STORE);
        PtStmt *s = new_stmt(p, PT_STMT_AUGASSIGN, extra(p, start));
        if (s) {
            s->v.augassign.target = first;
            s->v.augassign.op = aug;
            s->v.augassign.value = value;
        }
        return s;
    }
    if (at(p, PT_TOK_EQUAL)) {
        Vec targets = {0};
        PtExpr *value = first;
        while (accept(p, PT_TOK_EQUAL)) {
            bad_assign_target(p, value, targets.len + 1, 0);
            if (p->err) {
                return NULL;
            }
            if (vpush(p, &targets, value) < 0) {
                return NULL;
            }
            value = rhs(p);
            if (!value) {
                return NULL;
            }
        }
        for (int i = 0; i < targets.len; i++) {
            set_ctx_rec(targets.items[i], PT_CTX_STORE);
        }
        PtStmt *s = new_stmt(p, PT_STMT_ASSIGN, extra(p, start));
        if (s) {
            s->v.assign.targets = SEQ(PtExprSeq, targets);
            s->v.assign.value = value;
        }
        return s;
    }
    if (!at_stmt_end(p) && first->kind == PT_EXPR_NAME && !p->err &&
        (strcmp(first->v.name.id, "print") == 0 || strcmp(first->v.name.id, "exec") == 0) &&
        starts_expr(p)) {
        int save = p->pos;
        PtExpr *arg = star_expressions(p);
        if (arg) {
            error_range(p, first->pos.lineno, first->pos.col_offset, arg->pos.end_lineno,
                        arg->pos.end_col_offset,
                        "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                        first->v.name.id, first->v.name.id);
            return NULL;
        }
        p->err = 0;
        p->pos = save;
    }
    PtStmt *s = new_stmt(p, PT_STMT_EXPR, extra(p, start));
    if (s) {
        s->v.expr.value = first;
    }
    return s;
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE, appended to out.
static PtStmt *statement_list(Parser *p, Vec *out) {
    PtStmt *s = NULL;
    for (;;) {
        s = simple_stmt(p);
        if (!s || vpush(p, out, s) < 0) {
            return NULL;
        }
        if (!accept(p, PT_TOK_SEMI)) {
            break;
        }
        if (at(p, PT_TOK_NEWLINE)) {
            break;
        }
    }
    if (!at(p, PT_TOK_NEWLINE)) {
        PtStmt *last = out->items[out->len - 1];
        if (last->kind == PT_STMT_EXPR) {
            return forgot_comma(p, last->v.expr.value);
        }
        return fail(p);
    }
    advance(p);
    return s;
}

// ---- Compound statements ----

// Could `e` be the `bitwise_or` before '=' in CPython's invalid_named_expression
// (not a list, tuple, genexp, True, None, False, nor anything looser than
// bitwise_or)?
static int cond_assign_target(const PtExpr *e) {
    switch (e->kind) {
    case PT_EXPR_LIST:
    case PT_EXPR_TUPLE:
    case PT_EXPR_GENERATOREXP:
    case PT_EXPR_COMPARE:
    case PT_EXPR_BOOLOP:
    case PT_EXPR_IFEXP:
    case PT_EXPR_LAMBDA:
    case PT_EXPR_NAMEDEXPR:
        return 0;
    case PT_EXPR_UNARYOP:
        return e->v.unaryop.op != PT_UNARY_NOT;
    case PT_EXPR_CONSTANT:
        return e->v.constant.kind != PT_CONST_TRUE && e->v.constant.kind != PT_CONST_FALSE &&
               e->v.constant.kind != PT_CONST_NONE;
    default:
        return 1;
    }
}

// The colon after an if/elif/while condition. An '=' in its place gets
// CPython's invalid_named_expression messages when `= bitwise_or` follows
// (and no further '=' or ':='): "invalid syntax. Maybe you meant '==' or ':='
// instead of '='?" over NAME = value, or "cannot assign to X here. Maybe you
// meant '==' instead of '='?" at any other target.
static int expect_cond_colon(Parser *p, PtExpr *test) {
    if (p->err || !at(p, PT_TOK_EQUAL) || !cond_assign_target(test)) {
        return expect_colon(p);
    }
    int plain_name = test->kind == PT_EXPR_NAME && prev(p)->type == PT_TOK_NAME;
    int save = p->pos;
    advance(p);
    PtExpr *b = bitwise_or(p);
    if (b && !p->err && !at(p, PT_TOK_EQUAL) && !at(p, PT_TOK_COLONEQUAL)) {
        if (plain_name) {
            error_range(p, test->pos.lineno, test->pos.col_offset, b->pos.end_lineno,
                        b->pos.end_col_offset,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        } else {
            error_pos(p, test->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                      expr_name(test));
        }
        return 0;
    }
    if (p->hard) {
        return 0;
    }
    p->err = 0;
    p->pos = save;
    return expect_colon(p);
}

static PtStmt *if_stmt(Parser *p, PtToken *kw) {
    const char *what = kw->kw == PT_KW_IF ? "'if' statement" : "'elif' statement";
    advance(p);
    PtExpr *test = named_expression(p);
    if (!test || !expect_cond_colon(p, test)) {
        return NULL;
    }
    PtStmtSeq body, orelse = {NULL, 0};
    BLOCK_OR_FAIL(body, what, kw->lineno);
    PtPos end = last_nws(p);
    if (at_kw(p, PT_KW_ELIF)) {
        if (!enter(p)) {
            p->depth--;
            return NULL;
        }
        PtStmt *e = if_stmt(p, cur(p));
        p->depth--;
        if (!e) {
            return NULL;
        }
        PtStmt **one = alloc(p, sizeof(PtStmt *));
        if (!one) {
            return NULL;
        }
        one[0] = e;
        orelse = (PtStmtSeq){one, 1};
        end = e->pos;
    } else if (at_kw(p, PT_KW_ELSE)) {
        PtToken *ek = advance(p);
        if (!expect_colon_forced(p)) {
            return NULL;
        }
        BLOCK_OR_FAIL(orelse, "'else' statement", ek->lineno);
        end = last_nws(p);
    }
    PtStmt *s = new_stmt(p, PT_STMT_IF, pos_tok_to(kw, end));
    if (s) {
        s->v.if_.test = test;
        s->v.if_.body = body;
        s->v.if_.orelse = orelse;
    }
    return s;
}

static int else_block(Parser *p, PtStmtSeq *orelse) {
    if (at_kw(p, PT_KW_ELSE)) {
        PtToken *ek = advance(p);
        if (!expect_colon_forced(p)) {
            return -1;
        }
        *orelse = block(p, "'else' statement", ek->lineno);
        if (p->err) {
            return -1;
        }
    }
    return 0;
}

static PtStmt *while_stmt(Parser *p) {
    PtToken *kw = advance(p);
    PtExpr *test = named_expression(p);
    if (!test || !expect_cond_colon(p, test)) {
        return NULL;
    }
    PtStmtSeq body, orelse = {NULL, 0};
    BLOCK_OR_FAIL(body, "'while' statement", kw->lineno);
    if (else_block(p, &orelse) < 0) {
        return NULL;
    }
    PtStmt *s = new_stmt(p, PT_STMT_WHILE, pos_tok_to(kw, last_nws(p)));
    if (s) {
        s->v.while_.test = test;
        s->v.while_.body = body;
        s->v.while_.orelse = orelse;
    }
    return s;
}

static PtStmt *for_stmt(Parser *p, PtToken *start, int is_async) {
    PtToken *kw = advance(p);
    PtExpr *target = target_list(p);
    if (!target) {
        return NULL;
    }
    if (!accept_kw(p, PT_KW_IN)) {
        PtExpr *bad = invalid_target(target, TARGETS_FOR);
        if (bad && !p->err) {
            error_pos(p, bad->pos, "cannot assign to %s", expr_name(bad));
            return NULL;
        }
        return fail(p);
    }
    if (set_context(p, target, PT_CTX_STORE) < 0) {
        return NULL;
    }
    PtExpr *iter = star_expressions(p);
    if (!iter || !expect_colon(p)) {
        return NULL;
    }
    PtStmtSeq body, orelse = {NULL, 0};
    BLOCK_OR_FAIL(body, "'for' statement", kw->lineno);
    if (else_block(p, &orelse) < 0) {
        return NULL;
    }
    PtStmt *s = new_stmt(p, is_async ? PT_STMT_ASYNCFOR : PT_STMT_FOR,
                         pos_tok_to(start, last_nws(p)));
    if (s) {
        s->v.for_.target = target;
        s->v.for_.iter = iter;
        s->v.for_.body = body;
        s->v.for_.orelse = orelse;
    }
    return s;
}

static PtWithItem *with_item(Parser *p) {
    PtExpr *e = expression(p);
    if (!e) {
        return NULL;
    }
    PtWithItem *w = alloc(p, sizeof(PtWithItem));
    if (!w) {
        return NULL;
    }
    w->context_expr = e;
    if (accept_kw(p, PT_KW_AS)) {
        PtExpr *t = target_item(p);
        if (!t) {
            return NULL;
        }
        if (!at(p, PT_TOK_COMMA) && !at(p, PT_TOK_RPAR) && !at(p, PT_TOK_COLON)) {
            fail(p);
            return NULL;
        }
        if (set_context(p, t, PT_CTX_STORE) < 0) {
            return NULL;
        }
        w->optional_vars = t;
    }
    return w;
}

static PtStmt *with_stmt(Parser *p, PtToken *start, int is_async) {
    PtToken *kw = advance(p);
    Vec items = {0};
    int done = 0;
    if (at(p, PT_TOK_LPAR)) {
        // Try '(' with_item, ... ')' ':' first; fall back to an expression.
        int save = p->pos;
        advance(p);
        for (;;) {
            PtWithItem *w = with_item(p);
            if (!w || vpush(p, &items, w) < 0) {
                break;
            }
            if (!accept(p, PT_TOK_COMMA) || at(p, PT_TOK_RPAR)) {
                break;
            }
        }
        if (!p->err && accept(p, PT_TOK_RPAR) && at(p, PT_TOK_COLON)) {
            done = 1;
        } else {
            if (p->hard) {
                return NULL;
            }
            p->err = 0;
            p->pos = save;
            memset(&items, 0, sizeof items);
        }
    }
    if (!done) {
        do {
            PtWithItem *w = with_item(p);
            if (!w || vpush(p, &items, w) < 0) {
                return NULL;
            }
        } while (accept(p, PT_TOK_COMMA));
    }
    if (!expect_colon(p)) {
        return NULL;
    }
    PtStmtSeq body;
    BLOCK_OR_FAIL(body, "'with' statement", kw->lineno);
    PtStmt *s = new_stmt(p, is_async ? PT_STMT_ASYNCWITH : PT_STMT_WITH,
                         pos_tok_to(start, last_nws(p)));
    if (s) {
        s->v.with.items = SEQ(PtWithItemSeq, items);
        s->v.with.body = body;
    }
    return s;
}

static PtStmt *try_stmt(Parser *p) {
    PtToken *kw = advance(p);
    if (!expect_colon_forced(p)) {
        return NULL;
    }
    PtStmtSeq body, orelse = {NULL, 0}, finalbody = {NULL, 0};
    BLOCK_OR_FAIL(body, "'try' statement", kw->lineno);
    Vec handlers = {0};
    int star = -1;
    PtPos end = last_nws(p);
    while (at_kw(p, PT_KW_EXCEPT)) {
        PtToken *ek = advance(p);
        int is_star = accept(p, PT_TOK_STAR);
        if (star >= 0 && star != is_star) {
            error_tok(p, ek, "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        star = is_star;
        PtExpr *type = NULL;
        const char *name = NULL;
        if (at(p, PT_TOK_NEWLINE) && !is_star) {
            expect_colon(p);
            return NULL;
        }
        if (!at(p, PT_TOK_COLON) || is_star) {
            if (is_star && at(p, PT_TOK_COLON)) {
                error_tok(p, cur(p), "expected one or more exception types");
                return NULL;
            }
            type = expression(p);
            if (!type) {
                return NULL;
            }
            if (at(p, PT_TOK_COMMA)) {
                int save = p->pos;
                advance(p);
                PtExpr *more = expression(p);
                if (more && (at(p, PT_TOK_COLON) || at_kw(p, PT_KW_AS))) {
                    error_pos(p, pos_span(type->pos, more->pos),
                              "multiple exception types must be parenthesized");
                    return NULL;
                }
                if (p->hard) {
                    return NULL;
                }
                p->err = 0;
                p->pos = save;
            }
            if (accept_kw(p, PT_KW_AS)) {
                PtToken *n = cur(p);
                if (n->type != PT_TOK_NAME || n->kw) {
                    return fail(p);
                }
                advance(p);
                name = tok_str(p, n);
            }
        }
        if (!expect_colon(p)) {
            return NULL;
        }
        PtStmtSeq hbody;
        BLOCK_OR_FAIL(hbody, is_star ? "'except*' statement" : "'except' statement", ek->lineno);
        PtExceptHandler *h = alloc(p, sizeof(PtExceptHandler));
        if (!h) {
            return NULL;
        }
        h->pos = pos_tok_to(ek, last_nws(p));
        h->type = type;
        h->name = name;
        h->body = hbody;
        end = h->pos;
        if (vpush(p, &handlers, h) < 0) {
            return NULL;
        }
    }
    if (handlers.len && else_block(p, &orelse) < 0) {
        return NULL;
    }
    if (orelse.len) {
        end = last_nws(p);
    }
    if (at_kw(p, PT_KW_FINALLY)) {
        PtToken *fk = advance(p);
        if (!expect_colon_forced(p)) {
            return NULL;
        }
        BLOCK_OR_FAIL(finalbody, "'finally' statement", fk->lineno);
        end = last_nws(p);
    }
    if (!handlers.len && !finalbody.len) {
        if (!p->err) {
            error_noloc(p, "expected 'except' or 'finally' block");
        }
        return NULL;
    }
    PtStmt *s = new_stmt(p, star == 1 ? PT_STMT_TRYSTAR : PT_STMT_TRY, pos_tok_to(kw, end));
    if (s) {
        s->v.try_.body = body;
        s->v.try_.handlers = SEQ(PtExceptHandlerSeq, handlers);
        s->v.try_.orelse = orelse;
        s->v.try_.finalbody = finalbody;
    }
    return s;
}

static PtStmt *funcdef(Parser *p, PtToken *start, int is_async, Vec decorators) {
    PtToken *kw = advance(p);  // def
    PtToken *n = cur(p);
    if (n->type != PT_TOK_NAME || n->kw) {
        return fail(p);
    }
    advance(p);
    if (!expect(p, PT_TOK_LPAR)) {
        return NULL;
    }
    PtArguments *args = parameters(p, 0);
    if (!args || !expect(p, PT_TOK_RPAR)) {
        return NULL;
    }
    PtExpr *returns = NULL;
    if (accept(p, PT_TOK_RARROW)) {
        returns = expression(p);
        if (!returns) {
            return NULL;
        }
    }
    if (!expect_colon_forced(p)) {
        return NULL;
    }
    (void)kw;
    PtStmtSeq body;
    BLOCK_OR_FAIL(body, "function definition", start->lineno);
    PtStmt *s = new_stmt(p, is_async ? PT_STMT_ASYNCFUNCTIONDEF : PT_STMT_FUNCTIONDEF,
                         pos_tok_to(start, last_nws(p)));
    if (s) {
        s->v.functiondef.name = tok_str(p, n);
        s->v.functiondef.args = args;
        s->v.functiondef.body = body;
        s->v.functiondef.decorator_list = SEQ(PtExprSeq, decorators);
        s->v.functiondef.returns = returns;
    }
    return s;
}

static PtStmt *classdef(Parser *p, Vec decorators) {
    PtToken *kw = advance(p);
    PtToken *n = cur(p);
    if (n->type != PT_TOK_NAME || n->kw) {
        return fail(p);
    }
    advance(p);
    Vec bases = {0}, kws = {0};
    if (at(p, PT_TOK_LPAR)) {
        PtToken *open = advance(p);
        PtToken *close = NULL;
        if (arguments(p, open, &bases, &kws, &close) < 0) {
            return NULL;
        }
    }
    if (!expect_colon(p)) {
        return NULL;
    }
    PtStmtSeq body;
    BLOCK_OR_FAIL(body, "class definition", kw->lineno);
    PtStmt *s = new_stmt(p, PT_STMT_CLASSDEF, pos_tok_to(kw, last_nws(p)));
    if (s) {
        s->v.classdef.name = tok_str(p, n);
        s->v.classdef.bases = SEQ(PtExprSeq, bases);
        s->v.classdef.keywords = SEQ(PtKeywordSeq, kws);
        s->v.classdef.body = body;
        s->v.classdef.decorator_list = SEQ(PtExprSeq, decorators);
    }
    return s;
}

static PtStmt *decorated(Parser *p) {
    Vec decorators = {0};
    while (accept(p, PT_TOK_AT)) {
        PtExpr *d = named_expression(p);
        if (!d || !expect(p, PT_TOK_NEWLINE) || vpush(p, &decorators, d) < 0) {
            return NULL;
        }
    }
    if (at_kw(p, PT_KW_DEF)) {
        return funcdef(p, cur(p), 0, decorators);
    }
    if (at_kw(p, PT_KW_ASYNC) && peek(p, 1)->kw == PT_KW_DEF) {
        PtToken *start = advance(p);
        return funcdef(p, start, 1, decorators);
    }
    if (at_kw(p, PT_KW_CLASS)) {
        return classdef(p, decorators);
    }
    return fail(p);
}

// ---- Patterns (match statement) ----

static PtPattern *closed_pattern(Parser *p);

static PtExpr *signed_number(Parser *p) {
    PtToken *minus = NULL;
    if (at(p, PT_TOK_MINUS)) {
        minus = advance(p);
    }
    if (!at(p, PT_TOK_NUMBER)) {
        return fail(p);
    }
    PtExpr *n = number(p);
    if (!n || !minus) {
        return n;
    }
    PtExpr *u = new_expr(p, PT_EXPR_UNARYOP, extra(p, minus));
    if (u) {
        u->v.unaryop.op = PT_UNARY_USUB;
        u->v.unaryop.operand = n;
    }
    return u;
}

// signed_number, or a complex literal `real +/- imag`.
static PtExpr *number_pattern_expr(Parser *p) {
    PtExpr *left = signed_number(p);
    if (!left) {
        return NULL;
    }
    if (!at(p, PT_TOK_PLUS) && !at(p, PT_TOK_MINUS)) {
        return left;
    }
    PtOperator op = at(p, PT_TOK_PLUS) ? PT_OP_ADD : PT_OP_SUB;
    advance(p);
    if (!at(p, PT_TOK_NUMBER)) {
        return fail(p);
    }
    PtExpr *right = number(p);
    if (!right) {
        return NULL;
    }
    PtExpr *real = left->kind == PT_EXPR_UNARYOP ? left->v.unaryop.operand : left;
    if (real->v.constant.kind == PT_CONST_IMAG) {
        error_pos(p, real->pos, "real number required in complex literal");
        return NULL;
    }
    if (right->v.constant.kind != PT_CONST_IMAG) {
        error_pos(p, right->pos, "imaginary number required in complex literal");
        return NULL;
    }
    PtExpr *b = new_expr(p, PT_EXPR_BINOP, pos_span(left->pos, right->pos));
    if (b) {
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
    }
    return b;
}

// NAME ('.' NAME)*: a Name or an Attribute chain, all Load.
static PtExpr *name_or_attr(Parser *p) {
    PtToken *t = advance(p);
    PtExpr *e = new_name(p, t, PT_CTX_LOAD);
    while (e && at(p, PT_TOK_DOT)) {
        advance(p);
        PtToken *n = cur(p);
        if (n->type != PT_TOK_NAME || n->kw) {
            return fail(p);
        }
        advance(p);
        PtExpr *a = new_expr(p, PT_EXPR_ATTRIBUTE, pos_to_tok(e->pos, n));
        if (!a || !(a->v.attribute.attr = tok_str(p, n))) {
            return NULL;
        }
        a->v.attribute.value = e;
        a->v.attribute.ctx = PT_CTX_LOAD;
        e = a;
    }
    return e;
}

static PtPattern *value_pattern(Parser *p, PtExpr *v) {
    PtPattern *pat = new_pat(p, PT_PAT_MATCHVALUE, v->pos);
    if (pat) {
        pat->v.matchvalue.value = v;
    }
    return pat;
}

static PtPattern *star_pattern(Parser *p) {
    PtToken *star = advance(p);
    PtToken *n = cur(p);
    if (n->type != PT_TOK_NAME || n->kw) {
        fail(p);
        return NULL;
    }
    advance(p);
    PtPattern *pat = new_pat(p, PT_PAT_MATCHSTAR, pos_tok(star, n));
    if (pat && !tok_is_name(n, "_")) {
        pat->v.matchstar.name = tok_str(p, n);
    }
    return pat;
}

static PtPattern *maybe_star_pattern(Parser *p) {
    if (at(p, PT_TOK_STAR)) {
        return star_pattern(p);
    }
    return pattern(p);
}

// Sequence items up to `close`, after `first` (may be NULL for empty).
static PtPattern *sequence_rest(Parser *p, PtPattern *first, PtToken *open, int close) {
    Vec pats = {0};
    if (first && vpush(p, &pats, first) < 0) {
        return NULL;
    }
    while (!at(p, close)) {
        if (pats.len) {
            if (!accept(p, PT_TOK_COMMA)) {
                fail(p);
                return NULL;
            }
            if (at(p, close)) {
                break;
            }
        }
        PtPattern *q = maybe_star_pattern(p);
        if (!q || vpush(p, &pats, q) < 0) {
            return NULL;
        }
    }
    PtToken *c = advance(p);
    PtPattern *pat = new_pat(p, PT_PAT_MATCHSEQUENCE, pos_tok(open, c));
    if (pat) {
        pat->v.matchsequence.patterns = SEQ(PtPatternSeq, pats);
    }
    return pat;
}

static PtPattern *mapping_pattern(Parser *p) {
    PtToken *open = advance(p);
    Vec keys = {0}, pats = {0};
    const char *rest = NULL;
    while (!at(p, PT_TOK_RBRACE)) {
        if (rest) {
            fail(p);
            return NULL;
        }
        if (accept(p, PT_TOK_DOUBLESTAR)) {
            PtToken *n = cur(p);
            if (n->type != PT_TOK_NAME || n->kw || tok_is_name(n, "_")) {
                fail(p);
                return NULL;
            }
            advance(p);
            rest = tok_str(p, n);
        } else {
            PtExpr *key;
            PtToken *t = cur(p);
            if (t->type == PT_TOK_NUMBER || t->type == PT_TOK_MINUS) {
                key = number_pattern_expr(p);
            } else if (t->type == PT_TOK_STRING) {
                key = strings(p);
            } else if (t->type == PT_TOK_NAME && (t->kw == PT_KW_NONE || t->kw == PT_KW_TRUE ||
                                                  t->kw == PT_KW_FALSE)) {
                key = atom(p);
            } else if (t->type == PT_TOK_NAME && !t->kw && peek(p, 1)->type == PT_TOK_DOT) {
                key = name_or_attr(p);
            } else {
                fail(p);
                return NULL;
            }
            if (!key || !expect(p, PT_TOK_COLON)) {
                return NULL;
            }
            PtPattern *v = pattern(p);
            if (!v || vpush(p, &keys, key) < 0 || vpush(p, &pats, v) < 0) {
                return NULL;
            }
        }
        if (!accept(p, PT_TOK_COMMA)) {
            break;
        }
    }
    if (!at(p, PT_TOK_RBRACE)) {
        fail(p);
        return NULL;
    }
    PtToken *c = advance(p);
    PtPattern *pat = new_pat(p, PT_PAT_MATCHMAPPING, pos_tok(open, c));
    if (pat) {
        pat->v.matchmapping.keys = SEQ(PtExprSeq, keys);
        pat->v.matchmapping.patterns = SEQ(PtPatternSeq, pats);
        pat->v.matchmapping.rest = rest;
    }
    return pat;
}

static PtPattern *class_pattern(Parser *p, PtExpr *cls) {
    advance(p);  // '('
    Vec pats = {0}, kwd_attrs = {0}, kwd_pats = {0};
    while (!at(p, PT_TOK_RPAR)) {
        PtToken *t = cur(p);
        if (t->type == PT_TOK_NAME && !t->kw && peek(p, 1)->type == PT_TOK_EQUAL) {
            advance(p);
            advance(p);
            PtPattern *v = pattern(p);
            const char *name = tok_str(p, t);
            if (!v || !name || vpush(p, &kwd_attrs, (void *)name) < 0 ||
                vpush(p, &kwd_pats, v) < 0) {
                return NULL;
            }
        } else {
            PtPattern *v = pattern(p);
            if (!v) {
                return NULL;
            }
            if (kwd_pats.len) {
                error_pos(p, v->pos, "positional patterns follow keyword patterns");
                return NULL;
            }
            if (vpush(p, &pats, v) < 0) {
                return NULL;
            }
        }
        if (!accept(p, PT_TOK_COMMA)) {
            break;
        }
    }
    if (!at(p, PT_TOK_RPAR)) {
        fail(p);
        return NULL;
    }
    PtToken *c = advance(p);
    PtPattern *pat = new_pat(p, PT_PAT_MATCHCLASS, pos_to_tok(cls->pos, c));
    if (pat) {
        pat->v.matchclass.cls = cls;
        pat->v.matchclass.patterns = SEQ(PtPatternSeq, pats);
        pat->v.matchclass.kwd_attrs = (PtIdentSeq){(const char **)kwd_attrs.items, kwd_attrs.len};
        pat->v.matchclass.kwd_patterns = SEQ(PtPatternSeq, kwd_pats);
    }
    return pat;
}

static PtPattern *closed_pattern(Parser *p) {
    PtToken *t = cur(p);
    switch (t->type) {
    case PT_TOK_NUMBER: case PT_TOK_MINUS: {
        PtExpr *v = number_pattern_expr(p);
        return v ? value_pattern(p, v) : NULL;
    }
    case PT_TOK_STRING: {
        PtExpr *v = strings(p);
        if (v && v->kind == PT_EXPR_JOINEDSTR) {
            error_pos(p, v->pos, "patterns may only match literals and attribute lookups");
            return NULL;
        }
        return v ? value_pattern(p, v) : NULL;
    }
    case PT_TOK_LPAR: {
        PtToken *open = advance(p);
        if (at(p, PT_TOK_RPAR)) {
            return sequence_rest(p, NULL, open, PT_TOK_RPAR);
        }
        PtPattern *first = maybe_star_pattern(p);
        if (!first) {
            return NULL;
        }
        if (at(p, PT_TOK_COMMA) || first->kind == PT_PAT_MATCHSTAR) {
            return sequence_rest(p, first, open, PT_TOK_RPAR);
        }
        if (!expect(p, PT_TOK_RPAR)) {
            return NULL;
        }
        return first;
    }
    case PT_TOK_LSQB: {
        PtToken *open = advance(p);
        return sequence_rest(p, NULL, open, PT_TOK_RSQB);
    }
    case PT_TOK_LBRACE:
        return mapping_pattern(p);
    case PT_TOK_NAME:
        if (t->kw == PT_KW_NONE || t->kw == PT_KW_TRUE || t->kw == PT_KW_FALSE) {
            advance(p);
            PtPattern *pat = new_pat(p, PT_PAT_MATCHSINGLETON, pos_tok(t, t));
            if (pat) {
                pat->v.matchsingleton.value = t->kw == PT_KW_NONE ? PT_CONST_NONE
                                              : t->kw == PT_KW_TRUE ? PT_CONST_TRUE
                                                                    : PT_CONST_FALSE;
            }
            return pat;
        }
        if (t->kw) {
            fail(p);
            return NULL;
        }
        if (peek(p, 1)->type == PT_TOK_DOT || peek(p, 1)->type == PT_TOK_LPAR) {
            PtExpr *cls = name_or_attr(p);
            if (!cls) {
                return NULL;
            }
            if (at(p, PT_TOK_LPAR)) {
                return class_pattern(p, cls);
            }
            return value_pattern(p, cls);
        }
        advance(p);
        {
            PtPattern *pat = new_pat(p, PT_PAT_MATCHAS, pos_tok(t, t));
            if (pat && !tok_is_name(t, "_")) {
                pat->v.matchas.name = tok_str(p, t);
            }
            return pat;
        }
    default:
        fail(p);
        return NULL;
    }
}

static PtPattern *pattern(Parser *p) {
    ENTER(p);
    PtToken *st = cur(p);
    PtPattern *first = closed_pattern(p);
    if (first && at(p, PT_TOK_VBAR)) {
        Vec alts = {0};
        if (vpush(p, &alts, first) < 0) {
            return LEAVE(p, NULL);
        }
        PtPattern *last = first;
        while (accept(p, PT_TOK_VBAR)) {
            last = closed_pattern(p);
            if (!last || vpush(p, &alts, last) < 0) {
                return LEAVE(p, NULL);
            }
        }
        PtPattern *o = new_pat(p, PT_PAT_MATCHOR, extra(p, st));
        if (!o) {
            return LEAVE(p, NULL);
        }
        o->v.matchor.patterns = SEQ(PtPatternSeq, alts);
        first = o;
    }
    if (first && at_kw(p, PT_KW_AS)) {
        advance(p);
        PtToken *n = cur(p);
        if (n->type != PT_TOK_NAME || n->kw) {
            fail(p);
            return LEAVE(p, NULL);
        }
        if (tok_is_name(n, "_")) {
            error_tok(p, n, "cannot use '_' as a target");
            return LEAVE(p, NULL);
        }
        advance(p);
        PtPattern *as = new_pat(p, PT_PAT_MATCHAS, extra(p, st));
        if (!as) {
            return LEAVE(p, NULL);
        }
        as->v.matchas.pattern = first;
        as->v.matchas.name = tok_str(p, n);
        first = as;
    }
    return LEAVE(p, first);
}

// patterns: open_sequence_pattern | pattern
static PtPattern *patterns(Parser *p) {
    PtToken *start = cur(p);
    PtPattern *first = maybe_star_pattern(p);
    if (!first) {
        return NULL;
    }
    if (!at(p, PT_TOK_COMMA)) {
        if (first->kind == PT_PAT_MATCHSTAR) {
            fail(p);
            return NULL;
        }
        return first;
    }
    Vec pats = {0};
    if (vpush(p, &pats, first) < 0) {
        return NULL;
    }
    while (accept(p, PT_TOK_COMMA)) {
        if (at(p, PT_TOK_COLON) || at_kw(p, PT_KW_IF)) {
            break;
        }
        PtPattern *q = maybe_star_pattern(p);
        if (!q || vpush(p, &pats, q) < 0) {
            return NULL;
        }
    }
    PtPattern *pat = new_pat(p, PT_PAT_MATCHSEQUENCE, pos_tok(start, prev(p)));
    if (pat) {
        pat->v.matchsequence.patterns = SEQ(PtPatternSeq, pats);
    }
    return pat;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
static PtExpr *subject_expr(Parser *p) {
    PtToken *st = cur(p);
    PtExpr *first = star_named_expression(p);
    if (!first) {
        return NULL;
    }
    if (!at(p, PT_TOK_COMMA)) {
        if (first->kind == PT_EXPR_STARRED) {
            return fail(p);
        }
        return first;
    }
    Vec elts = {0};
    if (vpush(p, &elts, first) < 0) {
        return NULL;
    }
    while (accept(p, PT_TOK_COMMA)) {
        if (at(p, PT_TOK_COLON)) {
            break;
        }
        PtExpr *e = star_named_expression(p);
        if (!e || vpush(p, &elts, e) < 0) {
            return NULL;
        }
    }
    return make_seq(p, PT_EXPR_TUPLE, elts, extra(p, st));
}

// A match statement, or NULL with no error (and the position restored) when
// `match` is an ordinary name here.
static PtStmt *match_stmt(Parser *p) {
    int save = p->pos;
    PtToken *kw = advance(p);
    PtExpr *subject = subject_expr(p);
    if (!subject || !at(p, PT_TOK_COLON) || peek(p, 1)->type != PT_TOK_NEWLINE) {
        if (p->hard) {
            return NULL;
        }
        p->err = 0;
        p->pos = save;
        return NULL;
    }
    advance(p);
    advance(p);
    if (!at(p, PT_TOK_INDENT)) {
        error_tok(p, cur(p), "expected an indented block after 'match' statement on line %d",
                  kw->lineno);
        p->ekind = "IndentationError";
        return NULL;
    }
    advance(p);
    Vec cases = {0};
    while (at_soft(p, "case")) {
        PtToken *ck = advance(p);
        PtPattern *pat = patterns(p);
        if (!pat) {
            return NULL;
        }
        PtExpr *guard = NULL;
        if (accept_kw(p, PT_KW_IF)) {
            guard = named_expression(p);
            if (!guard) {
                return NULL;
            }
        }
        if (!expect_colon(p)) {
            return NULL;
        }
        PtStmtSeq body;
        BLOCK_OR_FAIL(body, "'case' statement", ck->lineno);
        PtMatchCase *mc = alloc(p, sizeof(PtMatchCase));
        if (!mc) {
            return NULL;
        }
        mc->pattern = pat;
        mc->guard = guard;
        mc->body = body;
        if (vpush(p, &cases, mc) < 0) {
            return NULL;
        }
    }
    if (!cases.len || !expect(p, PT_TOK_DEDENT)) {
        return fail(p);
    }
    PtStmt *s = new_stmt(p, PT_STMT_MATCH, pos_tok_to(kw, last_nws(p)));
    if (s) {
        s->v.match.subject = subject;
        s->v.match.cases = SEQ(PtMatchCaseSeq, cases);
    }
    return s;
}

// ---- Statements ----

// One statement (compound, or a line of simple ones), appended to out.
static PtStmt *statement(Parser *p, Vec *out) {
    PtToken *t = cur(p);
    PtStmt *s = NULL;
    if (t->type == PT_TOK_NAME) {
        switch (t->kw) {
        case PT_KW_DEF:
            s = funcdef(p, t, 0, (Vec){0});
            break;
        case PT_KW_IF:
            s = if_stmt(p, t);
            break;
        case PT_KW_CLASS:
            s = classdef(p, (Vec){0});
            break;
        case PT_KW_FOR:
            s = for_stmt(p, t, 0);
            break;
        case PT_KW_WHILE:
            s = while_stmt(p);
            break;
        case PT_KW_TRY:
            s = try_stmt(p);
            break;
        case PT_KW_WITH:
            s = with_stmt(p, t, 0);
            break;
        case PT_KW_ASYNC: {
            PtToken *n = peek(p, 1);
            if (n->kw == PT_KW_DEF) {
                advance(p);
                s = funcdef(p, t, 1, (Vec){0});
            } else if (n->kw == PT_KW_FOR) {
                advance(p);
                s = for_stmt(p, t, 1);
            } else if (n->kw == PT_KW_WITH) {
                advance(p);
                s = with_stmt(p, t, 1);
            } else {
                advance(p);
                return fail(p);
            }
            break;
        }
        case 0:
            if (tok_is_name(t, "match")) {
                s = match_stmt(p);
                if (s || p->err) {
                    break;
                }
            }
            return statement_list(p, out);
        default:
            return statement_list(p, out);
        }
    } else if (t->type == PT_TOK_AT) {
        s = decorated(p);
    } else {
        return statement_list(p, out);
    }
    if (!s || vpush(p, out, s) < 0) {
        return NULL;
    }
    return s;
}

// ---- Entry ----

static PtAstMod *parse_file(Parser *p) {
    Vec body = {0};
    while (!at(p, PT_TOK_ENDMARKER) && !p->err) {
        if (accept(p, PT_TOK_NEWLINE)) {
            continue;
        }
        if (at(p, PT_TOK_ERROR)) {
            fail(p);
            break;
        }
        if (!statement(p, &body)) {
            if (!p->err) {
                fail(p);
            }
            break;
        }
    }
    if (p->err) {
        return NULL;
    }
    PtAstMod *m = alloc(p, sizeof(PtAstMod));
    if (m) {
        m->kind = PT_MOD_MODULE;
        m->body = SEQ(PtStmtSeq, body);
    }
    return m;
}

static PtAstMod *parse_eval(Parser *p) {
    // expressions NEWLINE* ENDMARKER
    PtToken *st = cur(p);
    PtExpr *first = expression(p);
    PtExpr *e = first;
    if (first && at(p, PT_TOK_COMMA)) {
        Vec elts = {0};
        if (vpush(p, &elts, first) < 0) {
            return NULL;
        }
        while (accept(p, PT_TOK_COMMA)) {
            if (!starts_expr(p)) {
                break;
            }
            PtExpr *x = expression(p);
            if (!x || vpush(p, &elts, x) < 0) {
                return NULL;
            }
        }
        e = make_seq(p, PT_EXPR_TUPLE, elts, extra(p, st));
    }
    if (!e) {
        return NULL;
    }
    while (accept(p, PT_TOK_NEWLINE)) {
    }
    if (!at(p, PT_TOK_ENDMARKER)) {
        return forgot_comma(p, e);
    }
    PtAstMod *m = alloc(p, sizeof(PtAstMod));
    if (m) {
        m->kind = PT_MOD_EXPRESSION;
        m->expr = e;
    }
    return m;
}

static PtAstMod *parse_single(Parser *p) {
    Vec body = {0};
    if (!at(p, PT_TOK_NEWLINE) && !at(p, PT_TOK_ENDMARKER)) {
        if (!statement(p, &body)) {
            if (!p->err) {
                fail(p);
            }
            return NULL;
        }
        while (accept(p, PT_TOK_NEWLINE)) {
        }
        if (!at(p, PT_TOK_ENDMARKER)) {
            PtToken *t = cur(p);
            if (t->type == PT_TOK_ERROR || t->type == PT_TOK_INDENT ||
                t->type == PT_TOK_DEDENT) {
                return fail(p);
            }
            error_tok(p, prev(p), "multiple statements found while compiling a single "
                      "statement");
            return NULL;
        }
    }
    PtAstMod *m = alloc(p, sizeof(PtAstMod));
    if (m) {
        m->kind = PT_MOD_INTERACTIVE;
        m->body = SEQ(PtStmtSeq, body);
    }
    return m;
}

static char *dup_raw(const char *s, size_t n) {
    char *d = pt_raw_alloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

// Fill *err from the parser's or the tokenizer's error.
static void report(Parser *p, PtLexer *lx, int lexres, PtSyntaxErr *err) {
    const char *kind;
    const char *msg;
    int lineno, col, end_lineno, end_col;
    int cursor = 0;  // tokenizer positions are cursor positions (no +1)
    // Does `text` keep the line's newline? CPython keeps it for parser errors,
    // the indentation and line-continuation errors, drops it for other
    // tokenizer errors, and for "'(' was never closed" keeps it
    // only when the line is the last of the source (2).
    int keep_newline = 1;
    char buf[160];
    if (p->err && strcmp(p->ekind, "MemoryError") == 0) {
        kind = p->ekind, msg = p->emsg;
        lineno = col = end_lineno = end_col = 0;
    } else if (lexres > 0 && lx->err.kind &&
               (!p->err || !p->indent_generic || p->maxpos >= p->ntoks - 1)) {
        // CPython tokenizes the rest of the file after a parser error and lets
        // a tokenizer error win, except after "unexpected indent/unindent".
        kind = lx->err.kind, msg = lx->err.msg;
        lineno = lx->err.lineno, col = lx->err.col;
        end_lineno = lx->err.end_lineno, end_col = lx->err.end_col;
        cursor = 1;
        keep_newline = strncmp(msg, "unindent", 8) == 0 || strncmp(msg, "inconsistent", 12) == 0 ||
                       strncmp(msg, "unexpected character", 20) == 0;
    } else if (lexres > 0 && lx->err.eof_in_paren &&
               (!p->err || p->maxpos >= p->ntoks - 1 ||
                (lx->err.eof_in_paren == 1 &&
                 tok_at(p, p->maxpos)->lineno > lx->err.paren_lineno))) {
        kind = "SyntaxError";
        if (lx->err.eof_in_paren == 1) {
            snprintf(buf, sizeof buf, "'%c' was never closed", lx->err.paren_char);
            msg = buf;
            lineno = end_lineno = lx->err.paren_lineno;
            col = lx->err.paren_col;
            end_col = -1;
            keep_newline = 2;
        } else {
            msg = "unexpected EOF while parsing";
            lineno = end_lineno = lx->err.lineno;
            col = lx->err.col;
            end_col = -2;
        }
    } else if (p->err) {
        kind = p->ekind, msg = p->emsg;
        lineno = p->elineno, col = p->ecol, end_lineno = p->eend_lineno, end_col = p->eend_col;
    } else {
        kind = "SyntaxError", msg = "invalid syntax";
        lineno = end_lineno = 1, col = 0, end_col = 0;
    }
    memset(err, 0, sizeof *err);
    err->kind = kind;
    err->msg = dup_raw(msg, strlen(msg));
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    if (lineno > 0) {
        err->offset = pt_lexer_char_col(lx, lineno, col) + (cursor ? 0 : 1);
    } else {
        err->offset = col;
    }
    if (end_col == -2) {
        err->end_offset = -1;
    } else if (end_col == -1 || end_lineno <= 0) {
        err->end_offset = 0;
    } else {
        err->end_offset = pt_lexer_char_col(lx, end_lineno, end_col) + (cursor ? 0 : 1);
    }
    const char *line = pt_lexer_line(lx, lineno);
    if (line) {
        const char *e = strchr(line, '\n');
        int keep = keep_newline == 2 ? e && e[1] == '\0' : keep_newline;
        err->text = dup_raw(line, e ? (size_t)(e - line + keep) : strlen(line));
    }
}

PtAstMod *pt_parse(PtArena *arena, const char *src, size_t len, const char *filename,
                   int mode, PtSyntaxErr *err) {
    (void)filename;
    memset(err, 0, sizeof *err);
    PtLexer lx;
    int r = pt_lexer_run(&lx, arena, src, len, mode == PT_PARSE_SINGLE);
    if (r < 0) {
        pt_lexer_free(&lx);
        err->kind = "MemoryError";
        err->msg = dup_raw("out of memory", 13);
        return NULL;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.lx = &lx;
    p.toks = lx.toks;
    p.ntoks = lx.ntoks;
    p.mode = mode;
    PtAstMod *m = NULL;
    {
        // Parse even after a tokenizer error: the parser stops at the ERROR
        // token, and an earlier "unexpected indent" can still win.
        m = mode == PT_PARSE_EVAL ? parse_eval(&p)
            : mode == PT_PARSE_SINGLE ? parse_single(&p) : parse_file(&p);
    }
    if (!m || r > 0) {
        report(&p, &lx, r, err);
        m = NULL;
    }
    pt_lexer_free(&lx);
    return m;
}

void pt_syntax_err_clear(PtSyntaxErr *err) {
    pt_raw_free(err->msg);
    pt_raw_free(err->text);
    memset(err, 0, sizeof *err);
}
