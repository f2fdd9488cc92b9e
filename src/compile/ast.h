// src/compile/ast.h: the abstract syntax tree the parser builds and the compiler reads.
//
// The tree mirrors CPython 3.11's `ast` module one to one: every node kind and
// every field has the same name (lower-cased), so the CPython documentation of
// `ast` is the reference for what each field means. The tree is independent of
// the object model: it holds no PtObject values. Constants are kept raw (see
// PtConstant) and converted by the compiler.
//
// Memory: every node, array and string of one tree lives in one PtArena and is
// freed with it, all at once, after compilation. Nothing in the tree is ever
// freed individually, and nodes may be shared only within one tree.
//
// Positions: every node that has attributes in CPython (stmt, expr,
// excepthandler, arg, keyword, alias, pattern) carries a PtPos with lineno
// (1-based), col_offset (0-based, in UTF-8 bytes), end_lineno, end_col_offset,
// exactly as CPython computes them. comprehension, arguments, withitem and
// match_case have no position, as in CPython.
//
// Sequences are (items, len) pairs: a typed struct per element type, e.g.
// PtStmtSeq { PtStmt **items; int len; }. An empty sequence is {NULL, 0}.
// Optional children are NULL when absent (e.g. Return.value, arg.annotation).
//
// Identifiers (names, attributes, module names, keyword names) are
// NUL-terminated UTF-8 strings in the arena. They are NOT NFKC-normalized yet
// (CPython normalizes non-ASCII identifiers; ASCII ones are unaffected).
#ifndef PT_COMPILE_AST_H
#define PT_COMPILE_AST_H

#ifndef PT_CORE
#error "src/compile/ast.h is internal to the pith core"
#endif

#include <stddef.h>

// ---- Arena ----

// A bump allocator whose blocks come from pt_raw_alloc. pt_arena_alloc returns
// 16-byte-aligned zeroed memory, or NULL when out of memory.
typedef struct PtArena PtArena;

PtArena *pt_arena_new(void);                          // NULL when out of memory
void pt_arena_free(PtArena *arena);                   // frees every block; arena may be NULL
void *pt_arena_alloc(PtArena *arena, size_t size);    // zeroed
char *pt_arena_strndup(PtArena *arena, const char *s, size_t len);  // adds a NUL
size_t pt_arena_used(const PtArena *arena);           // bytes handed out, for statistics

// ---- Small enums ----

typedef enum { PT_CTX_LOAD = 1, PT_CTX_STORE, PT_CTX_DEL } PtExprCtx;

typedef enum { PT_BOOL_AND = 1, PT_BOOL_OR } PtBoolOpKind;

// Binary operators, in CPython's `ast.operator` order.
typedef enum {
    PT_OP_ADD = 1, PT_OP_SUB, PT_OP_MULT, PT_OP_MATMULT, PT_OP_DIV, PT_OP_MOD, PT_OP_POW,
    PT_OP_LSHIFT, PT_OP_RSHIFT, PT_OP_BITOR, PT_OP_BITXOR, PT_OP_BITAND, PT_OP_FLOORDIV
} PtOperator;

typedef enum { PT_UNARY_INVERT = 1, PT_UNARY_NOT, PT_UNARY_UADD, PT_UNARY_USUB } PtUnaryOpKind;

typedef enum {
    PT_CMP_EQ = 1, PT_CMP_NOTEQ, PT_CMP_LT, PT_CMP_LTE, PT_CMP_GT, PT_CMP_GTE,
    PT_CMP_IS, PT_CMP_ISNOT, PT_CMP_IN, PT_CMP_NOTIN
} PtCmpOp;

// Source position; see the header comment.
typedef struct PtPos {
    int lineno, col_offset, end_lineno, end_col_offset;
} PtPos;

// ---- Node types (forward) ----

typedef struct PtStmt PtStmt;
typedef struct PtExpr PtExpr;
typedef struct PtPattern PtPattern;
typedef struct PtComprehension PtComprehension;
typedef struct PtExceptHandler PtExceptHandler;
typedef struct PtArguments PtArguments;
typedef struct PtArg PtArg;
typedef struct PtKeyword PtKeyword;
typedef struct PtAlias PtAlias;
typedef struct PtWithItem PtWithItem;
typedef struct PtMatchCase PtMatchCase;

typedef struct { PtStmt **items; int len; } PtStmtSeq;
typedef struct { PtExpr **items; int len; } PtExprSeq;  // items never NULL, except Dict.keys
typedef struct { PtPattern **items; int len; } PtPatternSeq;
typedef struct { PtComprehension **items; int len; } PtComprehensionSeq;
typedef struct { PtExceptHandler **items; int len; } PtExceptHandlerSeq;
typedef struct { PtArg **items; int len; } PtArgSeq;
typedef struct { PtKeyword **items; int len; } PtKeywordSeq;
typedef struct { PtAlias **items; int len; } PtAliasSeq;
typedef struct { PtWithItem **items; int len; } PtWithItemSeq;
typedef struct { PtMatchCase **items; int len; } PtMatchCaseSeq;
typedef struct { const char **items; int len; } PtIdentSeq;
typedef struct { PtCmpOp *items; int len; } PtCmpOpSeq;

// ---- Modules ----

typedef enum { PT_MOD_MODULE = 1, PT_MOD_INTERACTIVE, PT_MOD_EXPRESSION } PtModKind;

// Module(body, type_ignores) | Interactive(body) | Expression(body).
// type_ignores is always empty in pith, so it is not stored.
typedef struct PtAstMod {
    PtModKind kind;
    PtStmtSeq body;   // Module, Interactive
    PtExpr *expr;     // Expression: its `body`
} PtAstMod;

// ---- Statements ----

typedef enum {
    PT_STMT_FUNCTIONDEF = 1, PT_STMT_ASYNCFUNCTIONDEF, PT_STMT_CLASSDEF, PT_STMT_RETURN,
    PT_STMT_DELETE, PT_STMT_ASSIGN, PT_STMT_AUGASSIGN, PT_STMT_ANNASSIGN, PT_STMT_FOR,
    PT_STMT_ASYNCFOR, PT_STMT_WHILE, PT_STMT_IF, PT_STMT_WITH, PT_STMT_ASYNCWITH,
    PT_STMT_MATCH, PT_STMT_RAISE, PT_STMT_TRY, PT_STMT_TRYSTAR, PT_STMT_ASSERT,
    PT_STMT_IMPORT, PT_STMT_IMPORTFROM, PT_STMT_GLOBAL, PT_STMT_NONLOCAL, PT_STMT_EXPR,
    PT_STMT_PASS, PT_STMT_BREAK, PT_STMT_CONTINUE
} PtStmtKind;

struct PtStmt {
    PtStmtKind kind;
    PtPos pos;
    union {
        // FunctionDef and AsyncFunctionDef (type_comment is not kept).
        struct {
            const char *name;
            PtArguments *args;
            PtStmtSeq body;
            PtExprSeq decorator_list;
            PtExpr *returns;  // optional
        } functiondef;
        struct {
            const char *name;
            PtExprSeq bases;
            PtKeywordSeq keywords;
            PtStmtSeq body;
            PtExprSeq decorator_list;
        } classdef;
        struct { PtExpr *value; } return_;          // value optional
        struct { PtExprSeq targets; } delete_;
        struct { PtExprSeq targets; PtExpr *value; } assign;
        struct { PtExpr *target; PtOperator op; PtExpr *value; } augassign;
        // AnnAssign: value optional; simple is 1 for a bare Name target not in parens.
        struct { PtExpr *target, *annotation, *value; int simple; } annassign;
        // For and AsyncFor.
        struct { PtExpr *target, *iter; PtStmtSeq body, orelse; } for_;
        struct { PtExpr *test; PtStmtSeq body, orelse; } while_;
        struct { PtExpr *test; PtStmtSeq body, orelse; } if_;
        // With and AsyncWith.
        struct { PtWithItemSeq items; PtStmtSeq body; } with;
        struct { PtExpr *subject; PtMatchCaseSeq cases; } match;
        struct { PtExpr *exc, *cause; } raise;     // both optional
        // Try and TryStar.
        struct { PtStmtSeq body; PtExceptHandlerSeq handlers; PtStmtSeq orelse, finalbody; } try_;
        struct { PtExpr *test, *msg; } assert_;    // msg optional
        struct { PtAliasSeq names; } import;
        // ImportFrom: module is NULL for `from . import x`; level counts the dots.
        struct { const char *module; PtAliasSeq names; int level; } importfrom;
        // Global and Nonlocal.
        struct { PtIdentSeq names; } global;
        struct { PtExpr *value; } expr;
    } v;
};

// ---- Expressions ----

typedef enum {
    PT_EXPR_BOOLOP = 1, PT_EXPR_NAMEDEXPR, PT_EXPR_BINOP, PT_EXPR_UNARYOP, PT_EXPR_LAMBDA,
    PT_EXPR_IFEXP, PT_EXPR_DICT, PT_EXPR_SET, PT_EXPR_LISTCOMP, PT_EXPR_SETCOMP,
    PT_EXPR_DICTCOMP, PT_EXPR_GENERATOREXP, PT_EXPR_AWAIT, PT_EXPR_YIELD, PT_EXPR_YIELDFROM,
    PT_EXPR_COMPARE, PT_EXPR_CALL, PT_EXPR_FORMATTEDVALUE, PT_EXPR_JOINEDSTR,
    PT_EXPR_CONSTANT, PT_EXPR_ATTRIBUTE, PT_EXPR_SUBSCRIPT, PT_EXPR_STARRED, PT_EXPR_NAME,
    PT_EXPR_LIST, PT_EXPR_TUPLE, PT_EXPR_SLICE
} PtExprKind;

// What a Constant holds.
typedef enum {
    PT_CONST_NONE = 1, PT_CONST_TRUE, PT_CONST_FALSE, PT_CONST_ELLIPSIS,
    PT_CONST_INT,    // s = digits only (no prefix, no underscores), base 2, 8, 10 or 16
    PT_CONST_FLOAT,  // s = decimal text without underscores, for strtod ("1e5", "3.", ".5")
    PT_CONST_IMAG,   // s = the imaginary part's text without underscores and without the j
    PT_CONST_STR,    // s/len = the decoded value as UTF-8; lone surrogates (from "\ud800")
                     // are encoded as 3-byte sequences (generalized UTF-8); may hold NULs
    PT_CONST_BYTES   // s/len = the raw bytes
} PtConstKind;

typedef struct PtConstant {
    PtConstKind kind;
    const char *s;  // NUL-terminated too, for convenience (INT/FLOAT/IMAG/STR/BYTES)
    size_t len;
    int base;       // INT only
    int is_u;       // STR: 1 when written with a u prefix (CPython's Constant.kind == 'u')
} PtConstant;

struct PtExpr {
    PtExprKind kind;
    PtPos pos;
    union {
        struct { PtBoolOpKind op; PtExprSeq values; } boolop;
        struct { PtExpr *target, *value; } namedexpr;
        struct { PtExpr *left; PtOperator op; PtExpr *right; } binop;
        struct { PtUnaryOpKind op; PtExpr *operand; } unaryop;
        struct { PtArguments *args; PtExpr *body; } lambda;
        struct { PtExpr *test, *body, *orelse; } ifexp;
        // Dict: keys.items[i] is NULL for a `**mapping` entry; keys.len == values.len.
        struct { PtExprSeq keys, values; } dict;
        struct { PtExprSeq elts; } set;
        // ListComp, SetComp and GeneratorExp.
        struct { PtExpr *elt; PtComprehensionSeq generators; } comp;
        struct { PtExpr *key, *value; PtComprehensionSeq generators; } dictcomp;
        struct { PtExpr *value; } await_;
        struct { PtExpr *value; } yield;            // value optional
        struct { PtExpr *value; } yieldfrom;
        // Compare: ops.len == comparators.len >= 1.
        struct { PtExpr *left; PtCmpOpSeq ops; PtExprSeq comparators; } compare;
        struct { PtExpr *func; PtExprSeq args; PtKeywordSeq keywords; } call;
        // FormattedValue: conversion is -1 (none), 's', 'r' or 'a'; format_spec is a
        // JoinedStr or NULL.
        struct { PtExpr *value; int conversion; PtExpr *format_spec; } formattedvalue;
        // JoinedStr: values are Constant (STR) and FormattedValue nodes.
        struct { PtExprSeq values; } joinedstr;
        PtConstant constant;
        struct { PtExpr *value; const char *attr; PtExprCtx ctx; } attribute;
        struct { PtExpr *value, *slice; PtExprCtx ctx; } subscript;
        struct { PtExpr *value; PtExprCtx ctx; } starred;
        struct { const char *id; PtExprCtx ctx; } name;
        // List and Tuple.
        struct { PtExprSeq elts; PtExprCtx ctx; } seq;
        struct { PtExpr *lower, *upper, *step; } slice;  // all optional
    } v;
};

// ---- Auxiliary nodes ----

// comprehension(target, iter, ifs, is_async); no position.
struct PtComprehension {
    PtExpr *target, *iter;
    PtExprSeq ifs;
    int is_async;
};

// ExceptHandler(type, name, body): type and name optional.
struct PtExceptHandler {
    PtPos pos;
    PtExpr *type;
    const char *name;
    PtStmtSeq body;
};

// arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults); no
// position. kw_defaults.len == kwonlyargs.len with NULL items for "no default";
// defaults apply to the last defaults.len of posonlyargs + args.
struct PtArguments {
    PtArgSeq posonlyargs, args;
    PtArg *vararg;  // optional
    PtArgSeq kwonlyargs;
    PtExprSeq kw_defaults;
    PtArg *kwarg;   // optional
    PtExprSeq defaults;
};

// arg(arg, annotation): annotation optional (type_comment not kept).
struct PtArg {
    PtPos pos;
    const char *arg;
    PtExpr *annotation;
};

// keyword(arg, value): arg is NULL for `**value`.
struct PtKeyword {
    PtPos pos;
    const char *arg;
    PtExpr *value;
};

// alias(name, asname): name may be dotted ("a.b.c") or "*"; asname optional.
struct PtAlias {
    PtPos pos;
    const char *name;
    const char *asname;
};

// withitem(context_expr, optional_vars); no position.
struct PtWithItem {
    PtExpr *context_expr;
    PtExpr *optional_vars;  // optional
};

// match_case(pattern, guard, body); no position.
struct PtMatchCase {
    PtPattern *pattern;
    PtExpr *guard;  // optional
    PtStmtSeq body;
};

// ---- Patterns ----

typedef enum {
    PT_PAT_MATCHVALUE = 1, PT_PAT_MATCHSINGLETON, PT_PAT_MATCHSEQUENCE, PT_PAT_MATCHMAPPING,
    PT_PAT_MATCHCLASS, PT_PAT_MATCHSTAR, PT_PAT_MATCHAS, PT_PAT_MATCHOR
} PtPatternKind;

struct PtPattern {
    PtPatternKind kind;
    PtPos pos;
    union {
        struct { PtExpr *value; } matchvalue;
        // MatchSingleton: value is PT_CONST_NONE, PT_CONST_TRUE or PT_CONST_FALSE.
        struct { PtConstKind value; } matchsingleton;
        struct { PtPatternSeq patterns; } matchsequence;
        struct { PtExprSeq keys; PtPatternSeq patterns; const char *rest; } matchmapping;
        struct {
            PtExpr *cls;
            PtPatternSeq patterns;
            PtIdentSeq kwd_attrs;
            PtPatternSeq kwd_patterns;
        } matchclass;
        struct { const char *name; } matchstar;            // name NULL for `*_`
        struct { PtPattern *pattern; const char *name; } matchas;  // both optional
        struct { PtPatternSeq patterns; } matchor;
    } v;
};

// ---- Names for debugging and dumping ----

const char *pt_ast_stmt_name(PtStmtKind kind);        // "FunctionDef", ...
const char *pt_ast_expr_name(PtExprKind kind);        // "BinOp", ...
const char *pt_ast_pattern_name(PtPatternKind kind);  // "MatchAs", ...
const char *pt_ast_operator_name(PtOperator op);      // "Add", ...
const char *pt_ast_unaryop_name(PtUnaryOpKind op);    // "USub", ...
const char *pt_ast_cmpop_name(PtCmpOp op);            // "NotEq", ...

#endif  // PT_COMPILE_AST_H
