// tools/astdump.c: parse a Python file with pith's parser and print the AST.
//
// The output mirrors CPython's ast.dump(tree, include_attributes=True), except
// constants, which are printed raw as @@kind:data@@ (ints as base:digits,
// floats and imaginaries as text, str and bytes as hex) so that
// tools/check_parser.py can turn them into Python reprs without this tool
// needing bignums or Python's repr rules. On a syntax error it prints
//   ERROR Kind|msg|lineno|offset|end_lineno|end_offset
// and exits 1.
//
// Usage: astdump [-m exec|eval|single] [--names FILE] [-q] FILE
//   --names FILE: lines "NAME<TAB>hex code point" for \N{...} escapes.
//   -q: parse only (for fuzzing and timing).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/ast.h"     // the tree
#include "compile/parser.h"  // pt_parse
#include "pith/mem.h"        // pt_raw_alloc: tools use the funnel too

static FILE *out;

// ---- \N{...} names for testing ----

typedef struct { char *name; int cp; } NameEnt;
static NameEnt *names;  // sorted; single-threaded tool
static size_t nnames;

static int cmp_ent(const void *a, const void *b) {
    return strcmp(((const NameEnt *)a)->name, ((const NameEnt *)b)->name);
}

static int lookup_name(const char *name, size_t len) {
    char key[256];
    if (len >= sizeof key) {
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    key[len] = '\0';
    NameEnt k = {key, 0};
    NameEnt *e = bsearch(&k, names, nnames, sizeof(NameEnt), cmp_ent);
    return e ? e->cp : -1;
}

static void load_names(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        return;
    }
    char line[512];
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab) {
            continue;
        }
        *tab = '\0';
        if (nnames == cap) {
            cap = cap ? cap * 2 : 1024;
            names = pt_raw_realloc(names, cap * sizeof(NameEnt));
        }
        names[nnames].name = pt_raw_alloc(strlen(line) + 1);
        strcpy(names[nnames].name, line);
        names[nnames].cp = (int)strtol(tab + 1, NULL, 16);
        nnames++;
    }
    fclose(f);
    qsort(names, nnames, sizeof(NameEnt), cmp_ent);
    pt_parse_set_name_lookup(lookup_name);
}

// ---- Printing ----

static int nfield;  // fields printed in the current node

static void open_node(const char *name) {
    fprintf(out, "%s(", name);
    nfield = 0;
}

static void field(const char *name) {
    fprintf(out, "%s%s=", nfield++ ? ", " : "", name);
}

// Each node saves the enclosing node's field count on a stack.
static int nfield_stack[100000];
static int nfield_depth;
#define NODE_BEGIN (nfield_stack[nfield_depth++] = nfield)
#define NODE_END (fputc(')', out), nfield = nfield_stack[--nfield_depth])

static void pos(PtPos p) {
    fprintf(out, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
            nfield++ ? ", " : "", p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
}

static void ident(const char *s) { fprintf(out, "'%s'", s); }

static void hex(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%02x", (unsigned char)s[i]);
    }
}

static void expr(const PtExpr *e);
static void stmt(const PtStmt *s);
static void pattern(const PtPattern *p);

static void expr_seq(PtExprSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        if (seq.items[i]) {
            expr(seq.items[i]);
        } else {
            fputs("None", out);
        }
    }
    fputc(']', out);
}

static void stmt_seq(PtStmtSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        stmt(seq.items[i]);
    }
    fputc(']', out);
}

static void pattern_seq(PtPatternSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        pattern(seq.items[i]);
    }
    fputc(']', out);
}

static void ident_seq(PtIdentSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        ident(seq.items[i]);
    }
    fputc(']', out);
}

static void opt_expr(const char *name, const PtExpr *e) {
    if (e) {
        field(name);
        expr(e);
    }
}

static void ctx(PtExprCtx c) {
    field("ctx");
    fputs(c == PT_CTX_STORE ? "Store()" : c == PT_CTX_DEL ? "Del()" : "Load()", out);
}

static void arg(const PtArg *a) {
    NODE_BEGIN;
    open_node("arg");
    field("arg");
    ident(a->arg);
    opt_expr("annotation", a->annotation);
    pos(a->pos);
    NODE_END;
}

static void arg_seq(PtArgSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        arg(seq.items[i]);
    }
    fputc(']', out);
}

static void arguments(const PtArguments *a) {
    NODE_BEGIN;
    open_node("arguments");
    field("posonlyargs");
    arg_seq(a->posonlyargs);
    field("args");
    arg_seq(a->args);
    if (a->vararg) {
        field("vararg");
        arg(a->vararg);
    }
    field("kwonlyargs");
    arg_seq(a->kwonlyargs);
    field("kw_defaults");
    expr_seq(a->kw_defaults);
    if (a->kwarg) {
        field("kwarg");
        arg(a->kwarg);
    }
    field("defaults");
    expr_seq(a->defaults);
    NODE_END;
}

static void keywords(PtKeywordSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        const PtKeyword *k = seq.items[i];
        NODE_BEGIN;
        open_node("keyword");
        if (k->arg) {
            field("arg");
            ident(k->arg);
        }
        field("value");
        expr(k->value);
        pos(k->pos);
        NODE_END;
    }
    fputc(']', out);
}

static void comprehensions(PtComprehensionSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        const PtComprehension *c = seq.items[i];
        NODE_BEGIN;
        open_node("comprehension");
        field("target");
        expr(c->target);
        field("iter");
        expr(c->iter);
        field("ifs");
        expr_seq(c->ifs);
        field("is_async");
        fprintf(out, "%d", c->is_async);
        NODE_END;
    }
    fputc(']', out);
}

static void constant(const PtConstant *c) {
    switch (c->kind) {
    case PT_CONST_NONE: fputs("None", out); break;
    case PT_CONST_TRUE: fputs("True", out); break;
    case PT_CONST_FALSE: fputs("False", out); break;
    case PT_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case PT_CONST_INT: fprintf(out, "@@int:%d:%s@@", c->base, c->s); break;
    case PT_CONST_FLOAT: fprintf(out, "@@float:%s@@", c->s); break;
    case PT_CONST_IMAG: fprintf(out, "@@imag:%s@@", c->s); break;
    case PT_CONST_STR: fputs("@@str:", out); hex(c->s, c->len); fputs("@@", out); break;
    case PT_CONST_BYTES: fputs("@@bytes:", out); hex(c->s, c->len); fputs("@@", out); break;
    }
}

static const char *const cmp_names[] = {"?", "Eq", "NotEq", "Lt", "LtE", "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};

static void expr(const PtExpr *e) {
    NODE_BEGIN;
    open_node(pt_ast_expr_name(e->kind));
    switch (e->kind) {
    case PT_EXPR_BOOLOP:
        field("op");
        fputs(e->v.boolop.op == PT_BOOL_AND ? "And()" : "Or()", out);
        field("values");
        expr_seq(e->v.boolop.values);
        break;
    case PT_EXPR_NAMEDEXPR:
        field("target");
        expr(e->v.namedexpr.target);
        field("value");
        expr(e->v.namedexpr.value);
        break;
    case PT_EXPR_BINOP:
        field("left");
        expr(e->v.binop.left);
        field("op");
        fprintf(out, "%s()", pt_ast_operator_name(e->v.binop.op));
        field("right");
        expr(e->v.binop.right);
        break;
    case PT_EXPR_UNARYOP:
        field("op");
        fprintf(out, "%s()", pt_ast_unaryop_name(e->v.unaryop.op));
        field("operand");
        expr(e->v.unaryop.operand);
        break;
    case PT_EXPR_LAMBDA:
        field("args");
        arguments(e->v.lambda.args);
        field("body");
        expr(e->v.lambda.body);
        break;
    case PT_EXPR_IFEXP:
        field("test");
        expr(e->v.ifexp.test);
        field("body");
        expr(e->v.ifexp.body);
        field("orelse");
        expr(e->v.ifexp.orelse);
        break;
    case PT_EXPR_DICT:
        field("keys");
        expr_seq(e->v.dict.keys);
        field("values");
        expr_seq(e->v.dict.values);
        break;
    case PT_EXPR_SET:
        field("elts");
        expr_seq(e->v.set.elts);
        break;
    case PT_EXPR_LISTCOMP: case PT_EXPR_SETCOMP: case PT_EXPR_GENERATOREXP:
        field("elt");
        expr(e->v.comp.elt);
        field("generators");
        comprehensions(e->v.comp.generators);
        break;
    case PT_EXPR_DICTCOMP:
        field("key");
        expr(e->v.dictcomp.key);
        field("value");
        expr(e->v.dictcomp.value);
        field("generators");
        comprehensions(e->v.dictcomp.generators);
        break;
    case PT_EXPR_AWAIT: case PT_EXPR_YIELDFROM:
        field("value");
        expr(e->v.await_.value);
        break;
    case PT_EXPR_YIELD:
        opt_expr("value", e->v.yield.value);
        break;
    case PT_EXPR_COMPARE:
        field("left");
        expr(e->v.compare.left);
        field("ops");
        fputc('[', out);
        for (int i = 0; i < e->v.compare.ops.len; i++) {
            fprintf(out, "%s%s()", i ? ", " : "", cmp_names[e->v.compare.ops.items[i]]);
        }
        fputc(']', out);
        field("comparators");
        expr_seq(e->v.compare.comparators);
        break;
    case PT_EXPR_CALL:
        field("func");
        expr(e->v.call.func);
        field("args");
        expr_seq(e->v.call.args);
        field("keywords");
        keywords(e->v.call.keywords);
        break;
    case PT_EXPR_FORMATTEDVALUE:
        field("value");
        expr(e->v.formattedvalue.value);
        field("conversion");
        fprintf(out, "%d", e->v.formattedvalue.conversion);
        opt_expr("format_spec", e->v.formattedvalue.format_spec);
        break;
    case PT_EXPR_JOINEDSTR:
        field("values");
        expr_seq(e->v.joinedstr.values);
        break;
    case PT_EXPR_CONSTANT:
        field("value");
        constant(&e->v.constant);
        if (e->v.constant.is_u) {
            field("kind");
            fputs("'u'", out);
        }
        break;
    case PT_EXPR_ATTRIBUTE:
        field("value");
        expr(e->v.attribute.value);
        field("attr");
        ident(e->v.attribute.attr);
        ctx(e->v.attribute.ctx);
        break;
    case PT_EXPR_SUBSCRIPT:
        field("value");
        expr(e->v.subscript.value);
        field("slice");
        expr(e->v.subscript.slice);
        ctx(e->v.subscript.ctx);
        break;
    case PT_EXPR_STARRED:
        field("value");
        expr(e->v.starred.value);
        ctx(e->v.starred.ctx);
        break;
    case PT_EXPR_NAME:
        field("id");
        ident(e->v.name.id);
        ctx(e->v.name.ctx);
        break;
    case PT_EXPR_LIST: case PT_EXPR_TUPLE:
        field("elts");
        expr_seq(e->v.seq.elts);
        ctx(e->v.seq.ctx);
        break;
    case PT_EXPR_SLICE:
        opt_expr("lower", e->v.slice.lower);
        opt_expr("upper", e->v.slice.upper);
        opt_expr("step", e->v.slice.step);
        break;
    }
    pos(e->pos);
    NODE_END;
}

static void aliases(PtAliasSeq seq) {
    fputc('[', out);
    for (int i = 0; i < seq.len; i++) {
        if (i) {
            fputs(", ", out);
        }
        const PtAlias *a = seq.items[i];
        NODE_BEGIN;
        open_node("alias");
        field("name");
        ident(a->name);
        if (a->asname) {
            field("asname");
            ident(a->asname);
        }
        pos(a->pos);
        NODE_END;
    }
    fputc(']', out);
}

static void pattern(const PtPattern *p) {
    NODE_BEGIN;
    open_node(pt_ast_pattern_name(p->kind));
    switch (p->kind) {
    case PT_PAT_MATCHVALUE:
        field("value");
        expr(p->v.matchvalue.value);
        break;
    case PT_PAT_MATCHSINGLETON:
        field("value");
        fputs(p->v.matchsingleton.value == PT_CONST_NONE ? "None"
              : p->v.matchsingleton.value == PT_CONST_TRUE ? "True" : "False", out);
        break;
    case PT_PAT_MATCHSEQUENCE:
        field("patterns");
        pattern_seq(p->v.matchsequence.patterns);
        break;
    case PT_PAT_MATCHMAPPING:
        field("keys");
        expr_seq(p->v.matchmapping.keys);
        field("patterns");
        pattern_seq(p->v.matchmapping.patterns);
        if (p->v.matchmapping.rest) {
            field("rest");
            ident(p->v.matchmapping.rest);
        }
        break;
    case PT_PAT_MATCHCLASS:
        field("cls");
        expr(p->v.matchclass.cls);
        field("patterns");
        pattern_seq(p->v.matchclass.patterns);
        field("kwd_attrs");
        ident_seq(p->v.matchclass.kwd_attrs);
        field("kwd_patterns");
        pattern_seq(p->v.matchclass.kwd_patterns);
        break;
    case PT_PAT_MATCHSTAR:
        if (p->v.matchstar.name) {
            field("name");
            ident(p->v.matchstar.name);
        }
        break;
    case PT_PAT_MATCHAS:
        if (p->v.matchas.pattern) {
            field("pattern");
            pattern(p->v.matchas.pattern);
        }
        if (p->v.matchas.name) {
            field("name");
            ident(p->v.matchas.name);
        }
        break;
    case PT_PAT_MATCHOR:
        field("patterns");
        pattern_seq(p->v.matchor.patterns);
        break;
    }
    pos(p->pos);
    NODE_END;
}

static void stmt(const PtStmt *s) {
    NODE_BEGIN;
    open_node(pt_ast_stmt_name(s->kind));
    switch (s->kind) {
    case PT_STMT_FUNCTIONDEF: case PT_STMT_ASYNCFUNCTIONDEF:
        field("name");
        ident(s->v.functiondef.name);
        field("args");
        arguments(s->v.functiondef.args);
        field("body");
        stmt_seq(s->v.functiondef.body);
        field("decorator_list");
        expr_seq(s->v.functiondef.decorator_list);
        opt_expr("returns", s->v.functiondef.returns);
        break;
    case PT_STMT_CLASSDEF:
        field("name");
        ident(s->v.classdef.name);
        field("bases");
        expr_seq(s->v.classdef.bases);
        field("keywords");
        keywords(s->v.classdef.keywords);
        field("body");
        stmt_seq(s->v.classdef.body);
        field("decorator_list");
        expr_seq(s->v.classdef.decorator_list);
        break;
    case PT_STMT_RETURN:
        opt_expr("value", s->v.return_.value);
        break;
    case PT_STMT_DELETE:
        field("targets");
        expr_seq(s->v.delete_.targets);
        break;
    case PT_STMT_ASSIGN:
        field("targets");
        expr_seq(s->v.assign.targets);
        field("value");
        expr(s->v.assign.value);
        break;
    case PT_STMT_AUGASSIGN:
        field("target");
        expr(s->v.augassign.target);
        field("op");
        fprintf(out, "%s()", pt_ast_operator_name(s->v.augassign.op));
        field("value");
        expr(s->v.augassign.value);
        break;
    case PT_STMT_ANNASSIGN:
        field("target");
        expr(s->v.annassign.target);
        field("annotation");
        expr(s->v.annassign.annotation);
        opt_expr("value", s->v.annassign.value);
        field("simple");
        fprintf(out, "%d", s->v.annassign.simple);
        break;
    case PT_STMT_FOR: case PT_STMT_ASYNCFOR:
        field("target");
        expr(s->v.for_.target);
        field("iter");
        expr(s->v.for_.iter);
        field("body");
        stmt_seq(s->v.for_.body);
        field("orelse");
        stmt_seq(s->v.for_.orelse);
        break;
    case PT_STMT_WHILE: case PT_STMT_IF:
        field("test");
        expr(s->v.if_.test);
        field("body");
        stmt_seq(s->v.if_.body);
        field("orelse");
        stmt_seq(s->v.if_.orelse);
        break;
    case PT_STMT_WITH: case PT_STMT_ASYNCWITH:
        field("items");
        fputc('[', out);
        for (int i = 0; i < s->v.with.items.len; i++) {
            const PtWithItem *w = s->v.with.items.items[i];
            if (i) {
                fputs(", ", out);
            }
            NODE_BEGIN;
            open_node("withitem");
            field("context_expr");
            expr(w->context_expr);
            opt_expr("optional_vars", w->optional_vars);
            NODE_END;
        }
        fputc(']', out);
        field("body");
        stmt_seq(s->v.with.body);
        break;
    case PT_STMT_MATCH:
        field("subject");
        expr(s->v.match.subject);
        field("cases");
        fputc('[', out);
        for (int i = 0; i < s->v.match.cases.len; i++) {
            const PtMatchCase *c = s->v.match.cases.items[i];
            if (i) {
                fputs(", ", out);
            }
            NODE_BEGIN;
            open_node("match_case");
            field("pattern");
            pattern(c->pattern);
            opt_expr("guard", c->guard);
            field("body");
            stmt_seq(c->body);
            NODE_END;
        }
        fputc(']', out);
        break;
    case PT_STMT_RAISE:
        opt_expr("exc", s->v.raise.exc);
        opt_expr("cause", s->v.raise.cause);
        break;
    case PT_STMT_TRY: case PT_STMT_TRYSTAR:
        field("body");
        stmt_seq(s->v.try_.body);
        field("handlers");
        fputc('[', out);
        for (int i = 0; i < s->v.try_.handlers.len; i++) {
            const PtExceptHandler *h = s->v.try_.handlers.items[i];
            if (i) {
                fputs(", ", out);
            }
            NODE_BEGIN;
            open_node("ExceptHandler");
            opt_expr("type", h->type);
            if (h->name) {
                field("name");
                ident(h->name);
            }
            field("body");
            stmt_seq(h->body);
            pos(h->pos);
            NODE_END;
        }
        fputc(']', out);
        field("orelse");
        stmt_seq(s->v.try_.orelse);
        field("finalbody");
        stmt_seq(s->v.try_.finalbody);
        break;
    case PT_STMT_ASSERT:
        field("test");
        expr(s->v.assert_.test);
        opt_expr("msg", s->v.assert_.msg);
        break;
    case PT_STMT_IMPORT:
        field("names");
        aliases(s->v.import.names);
        break;
    case PT_STMT_IMPORTFROM:
        if (s->v.importfrom.module) {
            field("module");
            ident(s->v.importfrom.module);
        }
        field("names");
        aliases(s->v.importfrom.names);
        field("level");
        fprintf(out, "%d", s->v.importfrom.level);
        break;
    case PT_STMT_GLOBAL: case PT_STMT_NONLOCAL:
        field("names");
        ident_seq(s->v.global.names);
        break;
    case PT_STMT_EXPR:
        field("value");
        expr(s->v.expr.value);
        break;
    case PT_STMT_PASS: case PT_STMT_BREAK: case PT_STMT_CONTINUE:
        break;
    }
    pos(s->pos);
    NODE_END;
}

static void module(const PtAstMod *m) {
    NODE_BEGIN;
    switch (m->kind) {
    case PT_MOD_MODULE:
        open_node("Module");
        field("body");
        stmt_seq(m->body);
        field("type_ignores");
        fputs("[]", out);
        break;
    case PT_MOD_INTERACTIVE:
        open_node("Interactive");
        field("body");
        stmt_seq(m->body);
        break;
    case PT_MOD_EXPRESSION:
        open_node("Expression");
        field("body");
        expr(m->expr);
        break;
    }
    NODE_END;
    fputc('\n', out);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = pt_raw_alloc(cap);
    for (;;) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap) {
            break;
        }
        cap *= 2;
        buf = pt_raw_realloc(buf, cap);
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int mode = PT_PARSE_EXEC, quiet = 0;
    const char *path = NULL;
    out = stdout;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "eval") == 0 ? PT_PARSE_EVAL
                   : strcmp(m, "single") == 0 ? PT_PARSE_SINGLE : PT_PARSE_EXEC;
        } else if (strcmp(argv[i], "--names") == 0 && i + 1 < argc) {
            load_names(argv[++i]);
        } else if (strcmp(argv[i], "-q") == 0) {
            quiet = 1;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [-m exec|eval|single] [--names FILE] [-q] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        perror(path);
        return 2;
    }
    PtArena *arena = pt_arena_new();
    PtSyntaxErr err;
    PtAstMod *m = pt_parse(arena, src, len, path, mode, &err);
    int rc = 0;
    if (!m) {
        printf("ERROR %s|%s|%d|%d|%d|%d\n", err.kind, err.msg ? err.msg : "", err.lineno,
               err.offset, err.end_lineno, err.end_offset);
        pt_syntax_err_clear(&err);
        rc = 1;
    } else if (!quiet) {
        module(m);
    }
    pt_arena_free(arena);
    pt_raw_free(src);
    for (size_t i = 0; i < nnames; i++) {
        pt_raw_free(names[i].name);
    }
    pt_raw_free(names);
    return rc;
}
