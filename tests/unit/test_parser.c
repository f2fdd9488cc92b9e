// tests/unit/test_parser.c: the tokenizer and parser on small inputs (src/compile/).
//
// The exhaustive check is tools/check_parser.py (the whole stdlib against
// CPython's ast.dump); these tests pin the tree shape, constants, positions and
// error reports that the compiler relies on, without needing CPython.
#include <string.h>

#include "compile/ast.h"     // the tree
#include "compile/parser.h"  // pt_parse
#include "harness.h"         // CHECK, RUN

static PtArena *arena;
static PtSyntaxErr err;

static PtAstMod *parse(const char *src, int mode) {
    pt_arena_free(arena);
    arena = pt_arena_new();
    pt_syntax_err_clear(&err);
    return pt_parse(arena, src, strlen(src), "<test>", mode, &err);
}

static void test_assign_positions(void) {
    PtAstMod *m = parse("x = (a + 1) * 2\n", PT_PARSE_EXEC);
    CHECK(m != NULL);
    if (!m) {
        return;
    }
    CHECK_EQ(m->body.len, 1);
    PtStmt *s = m->body.items[0];
    CHECK_EQ(s->kind, PT_STMT_ASSIGN);
    CHECK_EQ(s->v.assign.targets.items[0]->v.name.ctx, PT_CTX_STORE);
    PtExpr *v = s->v.assign.value;
    CHECK_EQ(v->kind, PT_EXPR_BINOP);
    CHECK_EQ(v->v.binop.op, PT_OP_MULT);
    // The outer BinOp starts at the '(' (CPython's EXTRA); the inner one does not.
    CHECK_EQ(v->pos.col_offset, 4);
    CHECK_EQ(v->v.binop.left->pos.col_offset, 5);
    CHECK_EQ(v->pos.end_col_offset, 15);
}

static void test_constants(void) {
    PtAstMod *m = parse("0x_1F, 1_0.5e1, 3j, 'a\\x41\\u00e9', b'\\xff', u'k'", PT_PARSE_EVAL);
    CHECK(m != NULL);
    if (!m) {
        return;
    }
    PtExprSeq e = m->expr->v.seq.elts;
    CHECK_EQ(e.len, 6);
    CHECK_EQ(e.items[0]->v.constant.kind, PT_CONST_INT);
    CHECK_EQ(e.items[0]->v.constant.base, 16);
    CHECK(strcmp(e.items[0]->v.constant.s, "1F") == 0);
    CHECK_EQ(e.items[1]->v.constant.kind, PT_CONST_FLOAT);
    CHECK(strcmp(e.items[1]->v.constant.s, "10.5e1") == 0);
    CHECK_EQ(e.items[2]->v.constant.kind, PT_CONST_IMAG);
    CHECK(strcmp(e.items[2]->v.constant.s, "3") == 0);
    CHECK_EQ(e.items[3]->v.constant.len, 4);
    CHECK(memcmp(e.items[3]->v.constant.s, "aA\xc3\xa9", 4) == 0);
    CHECK_EQ(e.items[4]->v.constant.kind, PT_CONST_BYTES);
    CHECK_EQ((unsigned char)e.items[4]->v.constant.s[0], 0xff);
    CHECK_EQ(e.items[5]->v.constant.is_u, 1);
}

static void test_fstring(void) {
    PtAstMod *m = parse("f'a{x!r:>{w}}{y=}'\n", PT_PARSE_EXEC);
    CHECK(m != NULL);
    if (!m) {
        return;
    }
    PtExpr *j = m->body.items[0]->v.expr.value;
    CHECK_EQ(j->kind, PT_EXPR_JOINEDSTR);
    CHECK_EQ(j->v.joinedstr.values.len, 4);  // 'a', {x}, 'y=', {y}
    PtExpr *fv = j->v.joinedstr.values.items[1];
    CHECK_EQ(fv->v.formattedvalue.conversion, 'r');
    CHECK(fv->v.formattedvalue.format_spec != NULL);
    CHECK_EQ(fv->v.formattedvalue.value->pos.col_offset, 4);
    PtExpr *dbg = j->v.joinedstr.values.items[3];
    CHECK_EQ(dbg->v.formattedvalue.conversion, 'r');
}

static void test_match(void) {
    PtAstMod *m = parse("match p:\n    case [1, *r] | {'k': _} as z if z: pass\n"
                        "    case Point(x=0): pass\n", PT_PARSE_EXEC);
    CHECK(m != NULL);
    if (!m) {
        return;
    }
    PtStmt *s = m->body.items[0];
    CHECK_EQ(s->kind, PT_STMT_MATCH);
    CHECK_EQ(s->v.match.cases.len, 2);
    PtPattern *as = s->v.match.cases.items[0]->pattern;
    CHECK_EQ(as->kind, PT_PAT_MATCHAS);
    CHECK_EQ(as->v.matchas.pattern->kind, PT_PAT_MATCHOR);
    CHECK_EQ(s->v.match.cases.items[1]->pattern->kind, PT_PAT_MATCHCLASS);
    // `match` stays an ordinary name elsewhere.
    CHECK(parse("match = 1\nmatch(x)\n", PT_PARSE_EXEC) != NULL);
}

static void test_errors(void) {
    CHECK(parse("if x\n  pass\n", PT_PARSE_EXEC) == NULL);
    CHECK(strcmp(err.msg, "expected ':'") == 0);
    CHECK_EQ(err.lineno, 1);
    CHECK_EQ(err.offset, 5);
    CHECK(parse("foo(1 2", PT_PARSE_EXEC) == NULL);
    CHECK(strcmp(err.msg, "'(' was never closed") == 0);
    CHECK(parse("if x:\n  a\n b\n", PT_PARSE_EXEC) == NULL);
    CHECK(strcmp(err.kind, "IndentationError") == 0);
    CHECK(parse("x = '\xe2\x80\xa6", PT_PARSE_EXEC) == NULL);
    CHECK(strstr(err.msg, "unterminated string literal") != NULL);
    CHECK(parse("f(**a, b)", PT_PARSE_EXEC) == NULL);
    CHECK(strcmp(err.msg, "positional argument follows keyword argument unpacking") == 0);
}

static void test_deep_nesting(void) {
    // Never a C stack overflow: a clean SyntaxError.
    static char buf[200002];
    memset(buf, '-', 200000);
    buf[200000] = '1';
    buf[200001] = '\0';
    CHECK(parse(buf, PT_PARSE_EXEC) == NULL);
    memset(buf, '(', 100000);
    buf[100000] = '\0';
    CHECK(parse(buf, PT_PARSE_EXEC) == NULL);
    CHECK(strcmp(err.msg, "too many nested parentheses") == 0);
}

static void test_modes(void) {
    PtAstMod *m = parse("x = 1\n", PT_PARSE_SINGLE);
    CHECK(m != NULL && m->kind == PT_MOD_INTERACTIVE);
    CHECK(parse("x = 1\ny = 2\n", PT_PARSE_SINGLE) == NULL);
    m = parse("\xef\xbb\xbf# -*- coding: utf-8 -*-\r\nx = 1\r\n", PT_PARSE_EXEC);
    CHECK(m != NULL && m->body.len == 1);
}

int main(int argc, char **argv) {
    test_init(argc, argv);
    RUN(test_assign_positions);
    RUN(test_constants);
    RUN(test_fstring);
    RUN(test_match);
    RUN(test_errors);
    RUN(test_deep_nesting);
    RUN(test_modes);
    pt_arena_free(arena);
    pt_syntax_err_clear(&err);
    return test_summary();
}
