// src/compile/ast.c: the AST arena and node-kind names.
//
// The arena is a chain of blocks from pt_raw_alloc. Allocation bumps a pointer
// in the newest block; a request larger than a quarter block gets a block of
// its own, so little space is wasted. Everything is freed at once with the
// arena, which is how a tree is released after compilation (see ast.h).
#include <string.h>

#include "compile/ast.h"  // PtArena, node kinds
#include "pith/mem.h"     // pt_raw_alloc, pt_raw_free

#define ARENA_BLOCK (64 * 1024)

typedef struct Block {
    struct Block *next;
    size_t size, used;
    // Payload follows, 16-byte aligned.
} Block;

#define BLOCK_HDR ((sizeof(Block) + 15) & ~(size_t)15)

struct PtArena {
    Block *head;
    size_t total;
};

PtArena *pt_arena_new(void) {
    PtArena *a = pt_raw_alloc(sizeof(PtArena));
    if (a) {
        a->head = NULL;
        a->total = 0;
    }
    return a;
}

void pt_arena_free(PtArena *arena) {
    if (!arena) {
        return;
    }
    Block *b = arena->head;
    while (b) {
        Block *next = b->next;
        pt_raw_free(b);
        b = next;
    }
    pt_raw_free(arena);
}

static Block *new_block(size_t size) {
    Block *b = pt_raw_alloc(BLOCK_HDR + size);
    if (b) {
        b->size = size;
        b->used = 0;
    }
    return b;
}

void *pt_arena_alloc(PtArena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size == 0) {
        size = 16;
    }
    Block *b = arena->head;
    if (!b || b->size - b->used < size) {
        if (size > ARENA_BLOCK / 4) {
            // A big request: give it its own block behind the current one.
            Block *big = new_block(size);
            if (!big) {
                return NULL;
            }
            big->used = size;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                big->next = NULL;
                arena->head = big;
            }
            arena->total += size;
            char *p = (char *)big + BLOCK_HDR;
            memset(p, 0, size);
            return p;
        }
        b = new_block(ARENA_BLOCK);
        if (!b) {
            return NULL;
        }
        b->next = arena->head;
        arena->head = b;
    }
    char *p = (char *)b + BLOCK_HDR + b->used;
    b->used += size;
    arena->total += size;
    memset(p, 0, size);
    return p;
}

char *pt_arena_strndup(PtArena *arena, const char *s, size_t len) {
    char *p = pt_arena_alloc(arena, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

size_t pt_arena_used(const PtArena *arena) { return arena->total; }

// ---- Names ----

const char *pt_ast_stmt_name(PtStmtKind kind) {
    static const char *const names[] = {
        "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
        "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith",
        "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
        "Nonlocal", "Expr", "Pass", "Break", "Continue"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

const char *pt_ast_expr_name(PtExprKind kind) {
    static const char *const names[] = {
        "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
        "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
        "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript",
        "Starred", "Name", "List", "Tuple", "Slice"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

const char *pt_ast_pattern_name(PtPatternKind kind) {
    static const char *const names[] = {
        "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
        "MatchStar", "MatchAs", "MatchOr"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

const char *pt_ast_operator_name(PtOperator op) {
    static const char *const names[] = {
        "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
        "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

const char *pt_ast_unaryop_name(PtUnaryOpKind op) {
    static const char *const names[] = {"?", "Invert", "Not", "UAdd", "USub"};
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

const char *pt_ast_cmpop_name(PtCmpOp op) {
    static const char *const names[] = {"?",  "Eq", "NotEq", "Lt", "LtE", "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}
