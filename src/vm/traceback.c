// src/vm/traceback.c: building tracebacks and printing exceptions as CPython 3.11 does.
//
// pt_traceback_here prepends one entry (frame, instruction, line) to the
// current exception's __traceback__ each time the exception passes through
// a frame. pt_err_display formats an exception, its __cause__/__context__
// chain, its notes and, for exception groups, the nested box-drawing layout,
// into one string and writes it to sys.stderr (or the C stderr when sys has
// none). Source lines are read from the files named by the code objects;
// the caret line under each source line comes from the instruction's
// location, with the ~~~^~~~ anchors 3.11 computes for binary operators and
// subscripts by parsing the highlighted segment. Long runs of the same entry
// collapse into "[Previous line repeated N more times]".
// See docs/internals/errors.md; tests: tests/golden/errors/*.err.
#include <stdio.h>
#include <string.h>
#include "pith.h"            // the object API
#include "compile/ast.h"     // PtArena, PtAstMod, PtExpr
#include "compile/parser.h"  // pt_parse
#include "obj/code.h"        // PtCode, pt_code_location
#include "obj/exc.h"         // PtTraceback, exception accessors
#include "vm/errors.h"       // declarations
#include "vm/frame.h"        // PtFrameObject
#include "vm/state.h"        // pt_interp, pt_tstate

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

// ---- Building tracebacks ----

int pt_traceback_here(PtObject *frame_obj, int32_t lasti, int32_t lineno) {
    PtObject *exc = pt_err_occurred();
    if (exc == NULL || !pt_exc_is_instance(exc)) {
        return 0;
    }
    PtObject *tb = pt_traceback_new(pt_exc_traceback(exc), frame_obj, lasti, lineno);
    if (tb == NULL) {
        return -1;
    }
    pt_exc_set_traceback(exc, tb);
    pt_decref(tb);
    return 0;
}

// ---- Output ----

void pt_err_write_stderr_obj(PtObject *s) {
    PtInterp *in = pt_interp();
    PtObject *f = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, "stderr") : NULL;
    if (f != NULL && f != pt_None) {
        PtObject *saved = pt_err_fetch();
        pt_incref(f);
        PtObject *r = pt_object_call_method_str(f, "write", &s, 1);
        pt_decref(f);
        if (r != NULL) {
            pt_decref(r);
            pt_err_restore(saved);
            return;
        }
        pt_err_clear();
        pt_err_restore(saved);
    }
    PtObject *b = pt_str_encode_utf8(s);
    if (b == NULL) {
        pt_err_clear();
        return;
    }
    fwrite(pt_bytes_data(b), 1, (size_t)pt_bytes_len(b), stderr);
    fflush(stderr);
    pt_decref(b);
}

void pt_err_write_stderr(const char *s) {
    PtObject *saved = pt_err_fetch();
    PtObject *o = pt_str_from_utf8_replace(s, strlen(s));
    if (o != NULL) {
        pt_err_write_stderr_obj(o);
        pt_decref(o);
    } else {
        pt_err_clear();
        fputs(s, stderr);
    }
    pt_err_restore(saved);
}

// Call sys.<name>.flush() if the stream exists, ignoring errors.
static void flush_std(const char *name) {
    PtInterp *in = pt_interp();
    PtObject *f = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, name) : NULL;
    if (f == NULL || f == pt_None) {
        return;
    }
    pt_incref(f);
    PtObject *r = pt_object_call_method_str(f, "flush", NULL, 0);
    pt_decref(f);
    if (r == NULL) {
        pt_err_clear();
    }
    pt_xdecref(r);
}

// ---- Source lines ----

typedef struct Ctx {
    PtStrBuilder sb;
    int depth;        // exception group nesting
    int need_close;
    PtObject *seen;   // set of id()s already printed in this chain
    PtObject *src_name;  // cached source file name (str) and its bytes
    char *src;
    size_t src_len;
    int failed;       // an append failed (out of memory)
} Ctx;

static void w_ascii(Ctx *c, const char *s) {
    if (pt_sb_append_utf8(&c->sb, s, strlen(s)) < 0) {
        pt_err_clear();
        c->failed = 1;
    }
}

static void w_utf8(Ctx *c, const char *s, size_t n) {
    if (pt_sb_append_utf8(&c->sb, s, n) < 0) {
        pt_err_clear();
        c->failed = 1;
    }
}

static void w_obj(Ctx *c, PtObject *s) {
    if (pt_sb_append_str(&c->sb, s) < 0) {
        pt_err_clear();
        c->failed = 1;
    }
}

static void w_spaces(Ctx *c, long n) {
    for (long i = 0; i < n; i++) {
        w_ascii(c, " ");
    }
}

static void w_indent_margin(Ctx *c) {
    w_spaces(c, 2L * c->depth);
    if (c->depth > 0) {
        w_ascii(c, "| ");
    }
}

// Read the whole file `path` (UTF-8 C string) with pt_raw memory; NULL on failure.
static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = pt_raw_alloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (n < cap) {
            break;
        }
        if (cap >= (size_t)64 << 20) {
            break;  // absurdly large source: give up after 64 MiB
        }
        char *nb = pt_raw_realloc(buf, cap * 2);
        if (nb == NULL) {
            pt_raw_free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    *len = n;
    return buf;
}

// Load the source of `filename` into the cache; 0 or -1 (not readable).
static int load_source(Ctx *c, PtObject *filename) {
    if (c->src_name != NULL && (c->src_name == filename || pt_str_eq(c->src_name, filename))) {
        return c->src != NULL ? 0 : -1;
    }
    if (c->src != NULL) {
        pt_raw_free(c->src);
        c->src = NULL;
    }
    pt_setref(&c->src_name, pt_newref(filename));
    char path[4096];
    size_t plen = pt_str_to_utf8_buf(filename, path, sizeof path);
    if (plen == 0 || plen >= sizeof path || path[0] == '<') {
        return -1;
    }
    c->src = read_file(path, &c->src_len);
    if (c->src == NULL && path[0] != '/') {
        // A relative name: look along sys.path as CPython does.
        PtInterp *in = pt_interp();
        PtObject *sp = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, "path") : NULL;
        for (pt_ssize i = 0; sp != NULL && pt_is_list(sp) && i < pt_list_len(sp) && c->src == NULL; i++) {
            PtObject *dir = pt_list_get(sp, i);
            if (!pt_is_str(dir)) {
                continue;
            }
            char full[4096];
            size_t dl = pt_str_to_utf8_buf(dir, full, sizeof full);
            if (dl + plen + 2 >= sizeof full) {
                continue;
            }
            full[dl] = '/';
            memcpy(full + dl + 1, path, plen + 1);
            c->src = read_file(full, &c->src_len);
        }
    }
    return c->src != NULL ? 0 : -1;
}

// The bytes of line `lineno` (1-based) without its newline; NULL if absent.
static const char *source_line(Ctx *c, PtObject *filename, int lineno, size_t *len) {
    if (lineno < 1 || load_source(c, filename) < 0) {
        return NULL;
    }
    const char *p = c->src, *end = c->src + c->src_len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            return NULL;
        }
        p = nl + 1;
    }
    if (p >= end) {
        return NULL;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
    if (n > 0 && p[n - 1] == '\r') {
        n--;
    }
    *len = n;
    return p;
}

// Characters in the first `bytes` bytes of UTF-8 text `s` (of length n).
static long char_offset(const char *s, size_t n, long bytes) {
    if (bytes < 0) {
        return -1;
    }
    if ((size_t)bytes > n) {
        bytes = (long)n;
    }
    long chars = 0;
    for (long i = 0; i < bytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            chars++;
        }
    }
    return chars;
}

static int is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

// Find the ~~^~~ anchors in `seg` (a one-line expression), as byte offsets.
// 1 found, 0 none.
static int extract_anchors(const char *seg, size_t n, long *left, long *right, const char **primary,
                           const char **secondary) {
    PtArena *arena = pt_arena_new();
    if (arena == NULL) {
        return 0;
    }
    PtSyntaxErr err;
    memset(&err, 0, sizeof err);
    PtAstMod *mod = pt_parse(arena, seg, n, "<string>", PT_PARSE_EXEC, &err);
    int res = 0;
    if (mod == NULL) {
        pt_syntax_err_clear(&err);
        pt_err_clear();
    } else if (mod->body.len == 1 && mod->body.items[0]->kind == PT_STMT_EXPR) {
        PtExpr *e = mod->body.items[0]->v.expr.value;
        if (e->kind == PT_EXPR_BINOP) {
            PtExpr *l = e->v.binop.left, *r = e->v.binop.right;
            if (l->pos.end_lineno == 1 && r->pos.lineno == 1) {
                for (long i = l->pos.end_col_offset; i < r->pos.col_offset && (size_t)i < n; i++) {
                    if (is_ws(seg[i])) {
                        continue;
                    }
                    *left = i;
                    *right = i + 1;
                    if (i + 1 < r->pos.col_offset && !is_ws(seg[i + 1])) {
                        ++*right;
                    }
                    if (i + 1 < r->pos.col_offset && seg[i] == ')') {
                        continue;
                    }
                    *primary = "~";
                    *secondary = "^";
                    break;
                }
                res = 1;
            }
        } else if (e->kind == PT_EXPR_SUBSCRIPT) {
            long len = (long)n;
            *left = e->v.subscript.value->pos.end_col_offset;
            *right = e->v.subscript.slice->pos.end_col_offset + 1;
            while (*left < len && (is_ws(seg[*left]) || seg[*left] != '[')) {
                ++*left;
            }
            while (*right < len && (is_ws(seg[*right]) || seg[*right] != ']')) {
                ++*right;
            }
            if (*right < len) {
                *right += 1;
            }
            *primary = "~";
            *secondary = "^";
            res = 1;
        }
    }
    pt_arena_free(arena);
    return res;
}

// Print the source line of a traceback entry and, when useful, its carets.
static void display_line(Ctx *c, PtCode *co, PtObject *filename, int lineno, int32_t lasti) {
    size_t len;
    const char *line = source_line(c, filename, lineno, &len);
    if (line == NULL) {
        return;
    }
    size_t lead = 0;
    while (lead < len && is_ws(line[lead])) {
        lead++;
    }
    w_indent_margin(c);
    w_ascii(c, "    ");
    w_utf8(c, line + lead, len - lead);
    w_ascii(c, "\n");
    if (co == NULL || lasti < 0) {
        return;
    }
    const PtLocation *loc = pt_code_location(co, (uint32_t)lasti);
    if (loc->line < 0 || loc->end_line < 0 || loc->col < 0 || loc->end_col < 0 || loc->line != lineno) {
        return;
    }
    long total = char_offset(line, len, (long)len);
    long start = char_offset(line, len, loc->col), end;
    long left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (loc->line == loc->end_line) {
        end = char_offset(line, len, loc->end_col);
        if (loc->end_col > loc->col && (size_t)loc->end_col <= len) {
            long lb = -1, rb = -1;
            if (extract_anchors(line + loc->col, (size_t)(loc->end_col - loc->col), &lb, &rb, &primary, &secondary)) {
                left = char_offset(line + loc->col, (size_t)(loc->end_col - loc->col), lb) + start;
                right = char_offset(line + loc->col, (size_t)(loc->end_col - loc->col), rb) + start;
            }
        }
    } else {
        long i = (long)len;
        while (--i >= 0 && is_ws(line[i])) {
        }
        end = char_offset(line, len, i + 1);
    }
    long lead_chars = char_offset(line, len, (long)lead);
    int special = left != -1 || right != -1;
    if (end - start == total - lead_chars && !special) {
        return;  // the carets would underline the whole line
    }
    w_indent_margin(c);
    long offset = lead_chars - 4;
    while (++offset <= end) {
        if (offset <= start) {
            w_ascii(c, " ");
        } else if (special && left < offset && offset <= right) {
            w_ascii(c, secondary);
        } else {
            w_ascii(c, primary);
        }
    }
    w_ascii(c, "\n");
}

static void print_repeated(Ctx *c, long cnt) {
    char buf[96];
    cnt -= TB_RECURSIVE_CUTOFF;
    snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    w_indent_margin(c);
    w_ascii(c, buf);
}

static void print_tb(Ctx *c, PtObject *tb) {
    long depth = 0;
    for (PtObject *t = tb; t != NULL; t = ((PtTraceback *)t)->next) {
        depth++;
    }
    while (depth > TB_LIMIT && tb != NULL) {
        tb = ((PtTraceback *)tb)->next;
        depth--;
    }
    PtObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb != NULL; tb = ((PtTraceback *)tb)->next) {
        PtTraceback *t = (PtTraceback *)tb;
        PtFrameObject *fo = (PtFrameObject *)(void *)t->frame;
        PtCode *co = fo != NULL && fo->frame != NULL ? fo->frame->code : NULL;
        PtObject *file = co != NULL ? co->filename : NULL, *name = co != NULL ? co->name : NULL;
        if (last_file == NULL || file != last_file || last_line == -1 || t->lineno != last_line ||
            name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_repeated(c, cnt);
            }
            last_file = file;
            last_line = t->lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF) {
            continue;
        }
        char buf[32];
        w_indent_margin(c);
        w_ascii(c, "  File \"");
        if (file != NULL) {
            w_obj(c, file);
        } else {
            w_ascii(c, "???");
        }
        snprintf(buf, sizeof buf, "\", line %d, in ", (int)t->lineno);
        w_ascii(c, buf);
        if (name != NULL) {
            w_obj(c, name);
        } else {
            w_ascii(c, "???");
        }
        w_ascii(c, "\n");
        if (file != NULL) {
            display_line(c, co, file, t->lineno, t->lasti);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_repeated(c, cnt);
    }
}

// ---- One exception ----

// Write the attribute `name` of `o` with str(); 0 or -1 when absent.
static PtObject *get_attr_quiet(PtObject *o, const char *name) {
    PtObject *v = NULL;
    PtObject *n = pt_str_intern_cstr(name);
    if (n == NULL) {
        pt_err_clear();
        return NULL;
    }
    if (pt_object_lookup_attr(o, n, &v) <= 0) {
        pt_err_clear();
        v = NULL;
    }
    pt_decref(n);
    return v;
}

// SyntaxError: the "File ..., line N" header, the text and its caret line.
// Returns the message to print instead of str(exc) (new reference), or NULL.
static PtObject *print_syntax_error_location(Ctx *c, PtObject *exc) {
    PtSyntaxError *s = (PtSyntaxError *)(void *)exc;
    if (s->lineno == NULL || !pt_is_int(s->lineno)) {
        return NULL;
    }
    char buf[64];
    w_indent_margin(c);
    w_ascii(c, "  File \"");
    if (s->filename != NULL && pt_is_str(s->filename)) {
        w_obj(c, s->filename);
    } else {
        w_ascii(c, "<string>");
    }
    snprintf(buf, sizeof buf, "\", line %lld\n", (long long)pt_int_as_i64(s->lineno));
    w_ascii(c, buf);
    pt_err_clear();
    if (s->text != NULL && pt_is_str(s->text)) {
        PtObject *b = pt_str_encode_utf8(s->text);
        if (b != NULL) {
            const char *text = pt_bytes_data(b);
            long offset = s->offset != NULL && pt_is_int(s->offset) ? (long)pt_int_as_i64(s->offset) : -1;
            long end_offset = s->end_offset != NULL && pt_is_int(s->end_offset) ? (long)pt_int_as_i64(s->end_offset) : -1;
            pt_err_clear();
            // Offsets are 1-based characters; work in characters of ASCII-compatible text.
            long len = (long)strlen(text);
            offset--;
            end_offset--;
            while (*text == ' ' || *text == '\t' || *text == '\f') {
                text++;
                len--;
                offset--;
                end_offset--;
            }
            if (len > 0 && text[len - 1] == '\n') {
                len--;
            }
            if (offset > len) {
                offset = len;
            }
            for (;;) {
                const char *nl = memchr(text, '\n', (size_t)len);
                if (nl == NULL || nl - text >= offset) {
                    break;
                }
                long inl = (long)(nl - text) + 1;
                text += inl;
                len -= inl;
                offset -= inl;
                end_offset -= inl;
            }
            w_indent_margin(c);
            w_ascii(c, "    ");
            w_utf8(c, text, (size_t)len);
            w_ascii(c, "\n");
            if (offset >= 0) {
                long carets = end_offset > offset ? end_offset - offset : 1;
                if (offset + carets > len + 1) {
                    carets = len + 1 - offset > 0 ? len + 1 - offset : 1;
                }
                w_indent_margin(c);
                w_ascii(c, "    ");
                w_spaces(c, char_offset(text, (size_t)len, offset));
                for (long i = 0; i < carets; i++) {
                    w_ascii(c, "^");
                }
                w_ascii(c, "\n");
            }
            pt_decref(b);
        } else {
            pt_err_clear();
        }
    }
    return s->msg != NULL ? pt_object_str(s->msg) : NULL;
}


// ---- "Did you mean" suggestions (NameError, AttributeError) ----
//
// CPython 3.11 appends ". Did you mean: 'x'?" when a close name exists: the
// candidate with the smallest edit distance, where a case change costs 1 and
// any other edit 2, at most (len(a) + len(b) + 3) / 3 edits, among fewer than
// 750 candidates of at most 40 differing characters.

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define EDIT_COST 2

static long char_cost(char x, char y) {
    if (x == y) {
        return 0;
    }
    if ((x & 31) != (y & 31)) {
        return EDIT_COST;
    }
    char lx = (x >= 'A' && x <= 'Z') ? (char)(x + 32) : x;
    char ly = (y >= 'A' && y <= 'Z') ? (char)(y + 32) : y;
    return lx == ly ? 1 : EDIT_COST;
}

// Weighted edit distance between a and b, or limit + 1 once it exceeds limit.
static long edit_distance(const char *a, size_t na, const char *b, size_t nb, long limit) {
    while (na > 0 && nb > 0 && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (long)(na + nb) * EDIT_COST;
    }
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) {
        return limit + 1;
    }
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((long)(nb - na) * EDIT_COST > limit) {
        return limit + 1;
    }
    long row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < na; i++) {
        row[i] = (long)(i + 1) * EDIT_COST;
    }
    long cur = 0;
    for (size_t j = 0; j < nb; j++) {
        long diag = (long)j * EDIT_COST;  // cost(b[:j], a[:0])
        cur = diag;
        long best = -1;
        for (size_t i = 0; i < na; i++) {
            long sub = diag + char_cost(b[j], a[i]);
            diag = row[i];
            long del = (cur < diag ? cur : diag) + EDIT_COST;
            cur = del < sub ? del : sub;
            row[i] = cur;
            if (best < 0 || cur < best) {
                best = cur;
            }
        }
        if (best > limit) {
            return limit + 1;
        }
    }
    return cur;
}

// The best candidate for `name` among the str items of list `dir` (borrowed), or NULL.
static PtObject *best_suggestion(PtObject *dir, PtObject *name) {
    if (dir == NULL || !pt_is_list(dir) || pt_list_len(dir) >= SUGGEST_MAX_ITEMS) {
        return NULL;
    }
    char nbuf[256], ibuf[256];
    size_t nn = pt_str_to_utf8_buf(name, nbuf, sizeof nbuf);
    if (nn >= sizeof nbuf) {
        return NULL;
    }
    PtObject *best = NULL;
    long best_dist = 0;
    for (pt_ssize i = 0; i < pt_list_len(dir); i++) {
        PtObject *item = pt_list_get(dir, i);
        if (!pt_is_str(item)) {
            continue;
        }
        size_t ni = pt_str_to_utf8_buf(item, ibuf, sizeof ibuf);
        if (ni >= sizeof ibuf || (ni == nn && memcmp(ibuf, nbuf, nn) == 0)) {
            continue;
        }
        long limit = (long)(nn + ni + 3) * EDIT_COST / 6;
        if (best != NULL && best_dist - 1 < limit) {
            limit = best_dist - 1;
        }
        long d = edit_distance(nbuf, nn, ibuf, ni, limit);
        if (d > limit) {
            continue;
        }
        if (best == NULL || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

// A list of the keys of mapping `m` (new reference) or NULL.
static PtObject *keys_list(PtObject *m) {
    if (m == NULL || !pt_is_dict(m)) {
        return NULL;
    }
    return pt_dict_keys(m);
}

// The suggestion for a NameError or AttributeError `exc` (new reference) or NULL.
static PtObject *suggestion_for(PtObject *exc) {
    PtType *t = pt_type(exc);
    PtObject *found = NULL;
    if (pt_type_is_subtype(t, (PtType *)pt_exc_AttributeError)) {
        PtAttributeError *ae = (PtAttributeError *)(void *)exc;
        if (ae->name == NULL || !pt_is_str_exact(ae->name) || ae->obj == NULL) {
            return NULL;
        }
        PtObject *r = pt_object_call_method_str(ae->obj, "__dir__", NULL, 0);
        PtObject *dir = r != NULL ? pt_seq_list(r) : NULL;
        pt_xdecref(r);
        if (dir == NULL || pt_list_sort(dir) < 0) {
            pt_xdecref(dir);
            pt_err_clear();
            return NULL;
        }
        found = best_suggestion(dir, ae->name);
        pt_xincref(found);
        pt_decref(dir);
        return found;
    }
    if (!pt_type_is_subtype(t, (PtType *)pt_exc_NameError)) {
        return NULL;
    }
    PtObject *name = ((PtNameError *)(void *)exc)->name;
    PtObject *tb = pt_exc_traceback(exc);
    if (name == NULL || !pt_is_str_exact(name) || tb == NULL) {
        return NULL;
    }
    while (((PtTraceback *)tb)->next != NULL) {
        tb = ((PtTraceback *)tb)->next;
    }
    PtFrameObject *fo = (PtFrameObject *)(void *)((PtTraceback *)tb)->frame;
    PtFrame *f = fo != NULL ? fo->frame : NULL;
    if (f == NULL || f->code == NULL) {
        return NULL;
    }
    PtCode *co = f->code;
    PtObject *vars = pt_list_new(0);
    for (int32_t i = 0; vars != NULL && i < co->nlocalsplus; i++) {
        uint8_t kind = co->localspluskinds[i];
        if ((kind & PT_LK_LOCAL) && !(kind & (PT_LK_CELL | PT_LK_FREE)) &&
            pt_list_append(vars, pt_tuple_get(co->localsplusnames, i)) < 0) {
            pt_clearref(&vars);
        }
    }
    PtObject *spaces[3] = {vars, keys_list(f->globals), keys_list(f->builtins)};
    for (int i = 0; i < 3 && found == NULL; i++) {
        found = best_suggestion(spaces[i], name);
    }
    pt_xincref(found);
    for (int i = 0; i < 3; i++) {
        pt_xdecref(spaces[i]);
    }
    pt_err_clear();
    return found;
}

static void print_exception_line(Ctx *c, PtObject *exc) {
    PtType *t = pt_type(exc);
    PtObject *msg = NULL;
    if (pt_type_is_subtype(t, (PtType *)pt_exc_SyntaxError)) {
        msg = print_syntax_error_location(c, exc);
        if (msg == NULL) {
            pt_err_clear();
        }
    }
    w_indent_margin(c);
    PtObject *mod = get_attr_quiet((PtObject *)t, "__module__");
    PtObject *qual = get_attr_quiet((PtObject *)t, "__qualname__");
    if (mod == NULL || !pt_is_str(mod)) {
        w_ascii(c, "<unknown>");
    } else if (!pt_str_eq_cstr(mod, "builtins") && !pt_str_eq_cstr(mod, "__main__")) {
        w_obj(c, mod);
        w_ascii(c, ".");
    }
    if (qual != NULL && pt_is_str(qual)) {
        w_obj(c, qual);
    } else {
        w_ascii(c, pt_type_name(t));
    }
    pt_xdecref(mod);
    pt_xdecref(qual);
    if (msg == NULL) {
        msg = pt_object_str(exc);
    }
    if (msg == NULL) {
        pt_err_clear();
        w_ascii(c, ": <exception str() failed>");
    } else if (pt_is_str(msg) && pt_str_len(msg) > 0) {
        w_ascii(c, ": ");
        w_obj(c, msg);
    }
    pt_xdecref(msg);
    PtObject *sugg = suggestion_for(exc);
    if (sugg != NULL) {
        w_ascii(c, ". Did you mean: '");
        w_obj(c, sugg);
        w_ascii(c, "'?");
        pt_decref(sugg);
    }
    w_ascii(c, "\n");
}

// Write `s` with the margin before every line.
static void w_margined_lines(Ctx *c, PtObject *s) {
    PtObject *b = pt_str_encode_utf8(s);
    if (b == NULL) {
        pt_err_clear();
        return;
    }
    const char *p = pt_bytes_data(b), *end = p + pt_bytes_len(b);
    do {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
        w_indent_margin(c);
        w_utf8(c, p, n);
        w_ascii(c, "\n");
        p = nl != NULL ? nl + 1 : end;
    } while (p < end);
    pt_decref(b);
}

static void print_notes(Ctx *c, PtObject *exc) {
    PtObject *notes = get_attr_quiet(exc, "__notes__");
    if (notes == NULL) {
        return;
    }
    if (!pt_is_list(notes) && !pt_is_tuple(notes)) {
        PtObject *r = pt_object_repr(notes);
        if (r == NULL) {
            pt_err_clear();
            w_indent_margin(c);
            w_ascii(c, "<__notes__ repr() failed>\n");
        } else {
            w_margined_lines(c, r);
            pt_decref(r);
        }
        pt_decref(notes);
        return;
    }
    PtObject *items = pt_seq_tuple(notes);
    pt_decref(notes);
    if (items == NULL) {
        pt_err_clear();
        return;
    }
    for (pt_ssize i = 0; i < pt_tuple_len(items); i++) {
        PtObject *note = pt_tuple_get(items, i);
        PtObject *s = pt_is_str(note) ? pt_newref(note) : pt_object_str(note);
        if (s == NULL) {
            pt_err_clear();
            w_indent_margin(c);
            w_ascii(c, "<note str() failed>\n");
        } else {
            w_margined_lines(c, s);
            pt_decref(s);
        }
    }
    pt_decref(items);
}

static void print_exception(Ctx *c, PtObject *exc) {
    if (!pt_exc_is_instance(exc)) {
        w_indent_margin(c);
        w_ascii(c, "TypeError: print_exception(): Exception expected for value, ");
        w_ascii(c, pt_type_name_of(exc));
        w_ascii(c, " found\n");
        return;
    }
    PtObject *tb = pt_exc_traceback(exc);
    if (tb != NULL) {
        w_spaces(c, 2L * c->depth);
        if (pt_exc_is_group(exc)) {
            w_ascii(c, c->depth == 1 ? "+ " : "| ");
            w_ascii(c, "Exception Group Traceback (most recent call last):\n");
        } else {
            if (c->depth > 0) {
                w_ascii(c, "| ");
            }
            w_ascii(c, "Traceback (most recent call last):\n");
        }
        print_tb(c, tb);
    }
    print_exception_line(c, exc);
    print_notes(c, exc);
}

static void print_recursive(Ctx *c, PtObject *exc);

static void print_group(Ctx *c, PtObject *exc) {
    if (c->depth > MAX_GROUP_DEPTH) {
        char buf[64];
        w_indent_margin(c);
        snprintf(buf, sizeof buf, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        w_ascii(c, buf);
        return;
    }
    if (c->depth == 0) {
        c->depth++;
    }
    print_exception(c, exc);
    PtObject *excs = pt_exc_group_excs(exc);
    pt_ssize num = excs != NULL ? pt_tuple_len(excs) : 0;
    pt_ssize n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = 0;
    for (pt_ssize i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last) {
            c->need_close = 1;
        }
        char buf[96];
        w_spaces(c, 2L * c->depth);
        int truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated) {
            snprintf(buf, sizeof buf, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        } else {
            snprintf(buf, sizeof buf, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        }
        w_ascii(c, buf);
        c->depth++;
        if (!truncated) {
            print_recursive(c, pt_tuple_get(excs, i));
        } else {
            pt_ssize rem = num - MAX_GROUP_WIDTH;
            w_indent_margin(c);
            snprintf(buf, sizeof buf, "and %zd more exception%s\n", rem, rem > 1 ? "s" : "");
            w_ascii(c, buf);
        }
        if (last && c->need_close) {
            w_spaces(c, 2L * c->depth);
            w_ascii(c, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    if (c->depth == 1) {
        c->depth--;
    }
}

// 1 if `e` was already printed in this display (and mark it otherwise).
static int seen_before(Ctx *c, PtObject *e) {
    PtObject *id = pt_object_id(e);
    if (id == NULL) {
        pt_err_clear();
        return 1;
    }
    int r = pt_set_contains(c->seen, id);
    if (r == 0 && pt_set_add(c->seen, id) < 0) {
        r = -1;
    }
    pt_decref(id);
    if (r < 0) {
        pt_err_clear();
        return 1;
    }
    return r;
}

static void print_chained(Ctx *c, PtObject *e, const char *message) {
    print_recursive(c, e);
    w_indent_margin(c);
    w_ascii(c, "\n");
    w_indent_margin(c);
    w_ascii(c, message);
    w_indent_margin(c);
    w_ascii(c, "\n");
}

static void print_recursive(Ctx *c, PtObject *exc) {
    if (c->failed || pt_c_stack_check() < 0) {
        pt_err_clear();
        return;
    }
    seen_before(c, exc);
    if (pt_exc_is_instance(exc)) {
        PtObject *cause = pt_exc_cause(exc), *ctx = pt_exc_context(exc);
        if (cause != NULL) {
            pt_incref(cause);
            if (!seen_before(c, cause)) {
                print_chained(c, cause, "The above exception was the direct cause of the following exception:\n");
            }
            pt_decref(cause);
        } else if (ctx != NULL && !((PtBaseException *)exc)->suppress_context) {
            pt_incref(ctx);
            if (!seen_before(c, ctx)) {
                print_chained(c, ctx, "During handling of the above exception, another exception occurred:\n");
            }
            pt_decref(ctx);
        }
    }
    if (pt_exc_is_instance(exc) && pt_exc_is_group(exc)) {
        print_group(c, exc);
    } else {
        print_exception(c, exc);
    }
}

// The formatted text of `exc` and its chain; new str or NULL.
PtObject *pt_traceback_format_exc(PtObject *exc) {
    Ctx c;
    memset(&c, 0, sizeof c);
    pt_sb_init(&c.sb);
    c.seen = pt_set_new(NULL);
    if (c.seen == NULL) {
        pt_sb_discard(&c.sb);
        return NULL;
    }
    pt_incref(exc);
    print_recursive(&c, exc);
    pt_decref(exc);
    pt_decref(c.seen);
    pt_xdecref(c.src_name);
    if (c.src != NULL) {
        pt_raw_free(c.src);
    }
    if (c.failed) {
        pt_sb_discard(&c.sb);
        return pt_err_no_memory();
    }
    return pt_sb_finish(&c.sb);
}

void pt_err_display(PtObject *exc) {
    PtObject *saved = pt_err_fetch();
    flush_std("stdout");
    PtObject *text = pt_traceback_format_exc(exc);
    if (text != NULL) {
        pt_err_write_stderr_obj(text);
        pt_decref(text);
    } else {
        pt_err_clear();
        fputs("<exception could not be formatted>\n", stderr);
    }
    flush_std("stderr");
    pt_err_restore(saved);
}

void pt_err_print(void) {
    PtObject *exc = pt_err_fetch();
    if (exc == NULL) {
        return;
    }
    PtInterp *in = pt_interp();
    PtObject *type = (PtObject *)pt_type(exc), *tb = pt_exc_is_instance(exc) ? pt_exc_traceback(exc) : NULL;
    if (in->sysdict != NULL) {
        pt_dict_set_cstr(in->sysdict, "last_type", type);
        pt_dict_set_cstr(in->sysdict, "last_value", exc);
        pt_dict_set_cstr(in->sysdict, "last_traceback", tb != NULL ? tb : pt_None);
        pt_err_clear();
    }
    PtObject *hook = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, "excepthook") : NULL;
    PtObject *dflt = in->sysdict != NULL ? pt_dict_get_cstr(in->sysdict, "__excepthook__") : NULL;
    if (hook != NULL && hook != pt_None && hook != dflt) {
        pt_incref(hook);
        PtObject *args[3] = {type, exc, tb != NULL ? tb : pt_None};
        PtObject *r = pt_object_call(hook, args, 3, NULL);
        pt_decref(hook);
        if (r != NULL) {
            pt_decref(r);
            pt_decref(exc);
            return;
        }
        PtObject *err2 = pt_err_fetch();
        pt_err_write_stderr("Error in sys.excepthook:\n");
        if (err2 != NULL) {
            pt_err_display(err2);
            pt_decref(err2);
        }
        pt_err_write_stderr("\nOriginal exception was:\n");
    }
    pt_err_display(exc);
    pt_decref(exc);
}
