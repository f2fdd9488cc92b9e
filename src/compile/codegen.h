// src/compile/codegen.h: the code generator's shared state: units, blocks, instructions.
//
// The code generator turns one AST (already analysed by symtable.c) into a
// tree of code objects, one per module, class body, function, lambda and
// comprehension. While a code object is being generated it is a "unit": a
// control-flow graph of basic blocks (CgBlock) holding instructions (CgInstr)
// whose jump targets are blocks, plus the unit's name, constant and variable
// tables. When the unit's AST is done, opt.c cleans the graph (jump
// threading, dead blocks, constant folding of tuples, NOP removal) and
// codegen.c assembles it: lays the blocks out, computes the stack depth by a
// flow analysis, resolves jumps to word offsets and builds the exception
// table and the location table, then calls pt_code_new.
//
// Exception handling follows CPython 3.11's zero-cost scheme. A try region is
// opened by a CG_SETUP pseudo-instruction naming a CgHandler (its target
// block and whether the raising offset is pushed); every instruction records
// the handler in effect when it was emitted (lexically, c->u->handler). The
// flow analysis fixes each handler's stack depth from the depth at its SETUP;
// assembly turns runs of instructions with the same handler into exception
// table entries. Pseudo-instructions occupy no space in the output.
//
// The files: codegen.c (core, units, constants, assembly), codegen_expr.c,
// codegen_stmt.c, codegen_pattern.c (the AST walkers), opt.c (the CFG
// optimizer). See docs/internals/compiler.md.
#ifndef PT_COMPILE_CODEGEN_H
#define PT_COMPILE_CODEGEN_H

#ifndef PT_CORE
#error "src/compile/codegen.h is internal to the pith core"
#endif

#include <stdint.h>

#include "pith/object.h"       // PtObject
#include "compile/ast.h"       // AST nodes, PtArena
#include "compile/symtable.h"  // PtSymtable, PtScope
#include "obj/code.h"          // PT_OP_*, PtLocation

// Pseudo-instructions (never in the output).
enum {
    CG_SETUP = PT_OP_COUNT,  // open handler `handler`; arg = depth adjustment
    CG_OP_LIMIT,
};

// Compile flags understood by the code generator (include/pith/compile.h
// has the public values; these are the same bits).
#define CG_FUTURE_ANNOTATIONS 0x1000000
#define CG_ALLOW_TOP_LEVEL_AWAIT 0x2000
#define CG_CF_MASK 0x1FE0000  // future flags inherited by co_flags

// Most values a construct may push before switching to a slower sequence.
#define CG_STACK_USE_GUIDELINE 30
// Most nested try/with/loop blocks in one code object.
#define CG_MAXBLOCKS 20

typedef struct CgBlock CgBlock;

typedef struct CgHandler {
    CgBlock *target;
    int lasti;   // push the raising instruction's index before the exception
    int depth;   // value-stack depth to unwind to; -1 until the flow analysis
    struct CgHandler *parent;
} CgHandler;

typedef struct CgInstr {
    int op;            // PT_OP_* or CG_*
    int arg;
    CgBlock *target;   // jumps, FOR_ITER, SEND: where to go
    CgHandler *handler;  // the handler in effect (NULL: none); for CG_SETUP, the one it opens
    PtLocation loc;
} CgInstr;

struct CgBlock {
    CgInstr *instrs;
    int n, cap;
    CgBlock *next;       // layout order
    CgBlock *all_next;   // every block of the unit, for bookkeeping
    int startdepth;      // -1 until reached by the flow analysis
    int offset;          // first word, after layout
    int preds;           // number of predecessors (opt.c)
    unsigned visited : 1;
    unsigned reachable : 1;
    unsigned handler_entry : 1;  // entered by the VM with an exception
};

// Scope kinds of units (CPython's COMPILER_SCOPE_*).
enum {
    CG_SCOPE_MODULE = 1,
    CG_SCOPE_CLASS,
    CG_SCOPE_FUNCTION,
    CG_SCOPE_ASYNC_FUNCTION,
    CG_SCOPE_LAMBDA,
    CG_SCOPE_COMPREHENSION,
};

// Frame blocks: constructs that need cleanup when `return`, `break` or
// `continue` leaves them early.
typedef enum {
    CG_FB_WHILE_LOOP = 1, CG_FB_FOR_LOOP, CG_FB_TRY_EXCEPT, CG_FB_FINALLY_TRY, CG_FB_FINALLY_END,
    CG_FB_WITH, CG_FB_ASYNC_WITH, CG_FB_HANDLER_CLEANUP, CG_FB_POP_VALUE,
    CG_FB_EXCEPTION_HANDLER, CG_FB_EXCEPTION_GROUP_HANDLER, CG_FB_ASYNC_COMPREHENSION_GENERATOR
} CgFBlockType;

typedef struct CgFBlock {
    CgFBlockType type;
    CgBlock *block;        // loops: where `continue` goes
    CgBlock *exit;         // loops: where `break` goes
    const void *datum;     // FINALLY_TRY: PtStmtSeq *; HANDLER_CLEANUP: name; WITH: PtStmt *
    CgHandler *outer;      // the handler to restore when unwinding this block
} CgFBlock;

// A string -> index table (names, variable names), strings in the arena.
typedef struct CgNameTable {
    const char **items;  // by index
    int n, cap;
    int *slots;          // open addressing: index + 1, 0 empty
    int nslots;
} CgNameTable;

// A constant -> index table using CPython's constant-key equality (1, 1.0,
// True and -0.0 are all different constants; tuples compare by items).
typedef struct CgConstTable {
    PtObject **items;  // new references, by index
    int n, cap;
    int *slots;
    int nslots;
} CgConstTable;

typedef struct CgUnit {
    PtScope *ste;
    int scope_type;          // CG_SCOPE_*
    const char *name;        // co_name, e.g. "<module>", "f", "<lambda>"
    PtObject *qualname;      // new reference
    const char *private_name;  // class name for mangling, or NULL
    CgNameTable names, varnames;
    const char **cellvars;   // sorted (a class's __class__ cell is the only one)
    int ncells;
    const char **freevars;   // sorted
    int nfree;
    CgConstTable consts;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    CgBlock *entry, *cur, *last;  // layout list: entry .. last; cur is being filled
    CgBlock *all_blocks;
    PtLocation loc;          // location given to emitted instructions
    CgHandler *handler;      // handler in effect
    CgFBlock fblocks[CG_MAXBLOCKS];
    int nfblocks;
    struct CgUnit *parent;
} CgUnit;

typedef struct CgCompiler {
    PtArena *arena;
    PtSymtable *st;
    CgUnit *u;
    PtObject *filename;       // str
    const char *source;       // the source text (annotations under the future import)
    size_t source_len;
    int flags;                // CG_FUTURE_ANNOTATIONS, CG_ALLOW_TOP_LEVEL_AWAIT
    int optimize;             // 0, 1 (-O: no asserts), 2 (-OO: no docstrings)
    int interactive;
    int nestlevel;
    int future_lineno;        // line of the last valid `from __future__` import, or -1
    CgConstTable const_cache; // constants shared by all code objects of the module
    // A compile error (SyntaxError) found by the code generator.
    int has_error;
    char errmsg[256];
    PtPos errpos;
} CgCompiler;

// ---- codegen.c: core ----

// Report a SyntaxError at the current location (c->u->loc); returns -1.
int cg_error(CgCompiler *c, const char *fmt, ...);
// Report at position `pos`.
int cg_error_at(CgCompiler *c, PtPos pos, const char *fmt, ...);
// Out-of-memory in arena or tables: raises MemoryError; returns -1.
int cg_nomem(CgCompiler *c);

CgBlock *cg_new_block(CgCompiler *c);
// Append `b` to the layout after the current block and make it current.
void cg_use_block(CgCompiler *c, CgBlock *b);
// Start a new block after the current one (after an unconditional exit).
int cg_next_block(CgCompiler *c);

int cg_emit(CgCompiler *c, int op, int arg);
int cg_emit_jump(CgCompiler *c, int op, CgBlock *target);
int cg_emit_noline(CgCompiler *c, int op, int arg);
int cg_emit_jump_noline(CgCompiler *c, int op, CgBlock *target);
// Open a try region handled at `target`; `lasti` as in the exception table,
// `adjust` is added to the current depth to give the handler's depth.
int cg_setup(CgCompiler *c, CgBlock *target, int lasti, int adjust);
// Close the innermost try region (CPython's POP_BLOCK).
void cg_pop_block(CgCompiler *c);

void cg_set_loc(CgCompiler *c, PtPos pos);
void cg_unset_loc(CgCompiler *c);

// Constants. `v` is borrowed (a reference is taken). Returns the index or -1.
int cg_add_const(CgCompiler *c, PtObject *v);
int cg_load_const(CgCompiler *c, PtObject *v);
// Like cg_load_const but steals `v` (which may be NULL after a failed constructor).
int cg_load_const_steal(CgCompiler *c, PtObject *v);
int cg_load_none(CgCompiler *c);
int cg_load_int(CgCompiler *c, int64_t i);
// A str object from an arena string (interned if identifier-like). New reference.
PtObject *cg_str(CgCompiler *c, const char *s);

// Names. Return the index or -1 (out of memory).
int cg_name_index(CgCompiler *c, CgNameTable *t, const char *name);
int cg_find_name(const CgNameTable *t, const char *name);
// Emit `op` with the (mangled) name's index in co_names.
int cg_emit_name(CgCompiler *c, int op, const char *name);
const char *cg_mangle(CgCompiler *c, const char *name);
// Index of a cell/free variable in the unit's deref numbering (cells then
// free variables), or -1.
int cg_deref_index(CgUnit *u, const char *name, int prefer_cell);

// Units.
int cg_enter_scope(CgCompiler *c, const char *name, int scope_type, const void *key,
                   int firstlineno);
void cg_exit_scope(CgCompiler *c);
// Finish the current unit: optimize, assemble; new reference to the code
// object or NULL. `add_none`: append `return None` if the code can fall off the end.
PtObject *cg_assemble(CgCompiler *c, int add_none);
// Emit the closure tuple and MAKE_FUNCTION for `code` (borrowed) in the current unit.
int cg_make_closure(CgCompiler *c, PtObject *code, int flags);

int cg_push_fblock(CgCompiler *c, CgFBlockType t, CgBlock *block, CgBlock *exit,
                   const void *datum);
void cg_pop_fblock(CgCompiler *c);

// ---- Constant folding (codegen.c) ----

// The value of `e` if it is a constant expression that CPython's AST
// optimizer would fold (literals, tuples of constants, unary and binary
// operators on constants within size limits). New reference, or NULL with no
// exception set when `e` is not constant. Sets *err to 1 (exception set) on
// a real failure such as out of memory.
PtObject *cg_fold(CgCompiler *c, PtExpr *e, int *err);
// The value of a Constant node. New reference or NULL with an exception.
PtObject *cg_constant_value(CgCompiler *c, const PtConstant *k);

// ---- codegen_expr.c ----
int cg_expr(CgCompiler *c, PtExpr *e);
int cg_exprs(CgCompiler *c, PtExprSeq seq);
int cg_jump_if(CgCompiler *c, PtExpr *e, CgBlock *target, int cond);
int cg_nameop(CgCompiler *c, const char *name, PtExprCtx ctx);
int cg_forbidden_name(CgCompiler *c, const char *name, PtExprCtx ctx);
int cg_call_helper(CgCompiler *c, int n, PtExprSeq args, PtKeywordSeq keywords);
int cg_add_yield_from(CgCompiler *c, int await);
int cg_unpack_helper(CgCompiler *c, PtExprSeq elts);
// An iterated operand (`for` iterable, last `in` operand): list displays
// become tuples, constant sets frozensets.
int cg_iter_operand(CgCompiler *c, PtExpr *e);
// Load the annotation `e`: its source text under the annotations future, else its value.
int cg_annotation(CgCompiler *c, PtExpr *e);
int cg_default_arguments(CgCompiler *c, PtArguments *args);
int cg_check_debug_args(CgCompiler *c, PtArguments *args);

// ---- codegen_stmt.c ----
int cg_stmt(CgCompiler *c, PtStmt *s);
int cg_stmts(CgCompiler *c, PtStmtSeq seq);
int cg_body(CgCompiler *c, PtStmtSeq body);
// The docstring node of a body (its first statement is a string constant), or NULL.
PtExpr *cg_docstring(PtStmtSeq body);
int cg_unwind_fblock(CgCompiler *c, CgFBlock *info, int preserve_tos);

// ---- codegen_pattern.c ----
int cg_match(CgCompiler *c, PtStmt *s);

// ---- opt.c ----
// Optimize the unit's CFG in place. 0 or -1 (exception set).
int cg_optimize(CgCompiler *c, CgUnit *u);
// Stack effect of `op` with `arg`; `jump` selects the effect on the taken
// branch of a jump (the fall-through effect otherwise).
int cg_stack_effect(int op, int arg, int jump);
int cg_is_jump(int op);
int cg_is_uncond_exit(int op);  // no fall-through: RETURN_*, RAISE, RERAISE, JUMP*

#endif  // PT_COMPILE_CODEGEN_H
