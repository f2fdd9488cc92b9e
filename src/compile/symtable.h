// src/compile/symtable.h: the symbol table: which scope every name lives in.
//
// One pass over the AST builds a tree of scopes (module, class, function;
// lambdas and comprehensions are functions) and records, per scope, each name
// with how it is used (PT_DEF_* flags). A second pass resolves every name to
// a PT_SCOPE_* kind with CPython 3.11's rules: names bound in a function are
// local unless declared global/nonlocal; a name used but not bound resolves to
// the nearest enclosing function that binds it (free here, cell there), class
// scopes are skipped, and everything else is global. Assignment expressions
// in comprehensions bind in the enclosing function. A method that uses
// `super` or `__class__` makes its class create a `__class__` cell.
//
// All memory lives in the compiler's arena. Names are stored mangled
// (`__x` inside class C is `_C__x`), so callers look names up mangled.
#ifndef PT_COMPILE_SYMTABLE_H
#define PT_COMPILE_SYMTABLE_H

#ifndef PT_CORE
#error "src/compile/symtable.h is internal to the pith core"
#endif

#include <stdint.h>

#include "compile/ast.h"  // PtArena, PtAstMod, PtPos

// How a name is used in one scope (bit set).
enum {
    PT_DEF_GLOBAL = 1 << 0,      // global statement
    PT_DEF_LOCAL = 1 << 1,       // assigned
    PT_DEF_PARAM = 1 << 2,       // a parameter
    PT_DEF_NONLOCAL = 1 << 3,    // nonlocal statement
    PT_DEF_USE = 1 << 4,         // read
    PT_DEF_FREE_CLASS = 1 << 5,  // a class local that a method also uses free
    PT_DEF_IMPORT = 1 << 6,      // bound by import
    PT_DEF_ANNOT = 1 << 7,       // annotated
    PT_DEF_COMP_ITER = 1 << 8,   // a comprehension iteration variable
};
#define PT_DEF_BOUND (PT_DEF_LOCAL | PT_DEF_PARAM | PT_DEF_IMPORT)

// Where a name resolves.
enum {
    PT_SCOPE_NONE = 0,
    PT_SCOPE_LOCAL,
    PT_SCOPE_GLOBAL_EXPLICIT,
    PT_SCOPE_GLOBAL_IMPLICIT,
    PT_SCOPE_FREE,
    PT_SCOPE_CELL,
};

typedef enum { PT_BLOCK_FUNCTION = 1, PT_BLOCK_CLASS, PT_BLOCK_MODULE } PtBlockType;

// Kind of comprehension a function scope implements (0: not one).
typedef enum {
    PT_COMP_NONE = 0, PT_COMP_LIST, PT_COMP_SET, PT_COMP_DICT, PT_COMP_GENEXPR
} PtCompKind;

typedef struct PtSymbol {
    const char *name;  // mangled
    uint32_t flags;    // PT_DEF_*
    int scope;         // PT_SCOPE_*, after analysis
    PtPos directive;   // where a global/nonlocal declared it (for messages)
} PtSymbol;

typedef struct PtScope PtScope;
struct PtScope {
    PtBlockType type;
    const char *name;      // function/class name, "top", "lambda", "listcomp", ...
    const void *key;       // the AST node that opened the scope
    PtPos pos;
    PtScope *parent;
    PtScope **children;
    int nchildren, childcap;
    PtSymbol *syms;        // in first-seen order
    int nsyms, symcap;
    int *index;            // open-addressing hash of syms (indexes + 1; 0 empty)
    int indexcap;
    const char **params;   // parameter names (mangled), in co_varnames order
    int nparams, paramcap;
    PtCompKind comprehension;
    int comp_iter_expr;        // > 0 while visiting a comprehension's iterable
    unsigned nested : 1;       // a function inside a function
    unsigned generator : 1;
    unsigned coroutine : 1;
    unsigned varargs : 1;
    unsigned varkeywords : 1;
    unsigned returns_value : 1;
    unsigned needs_class_closure : 1;  // class: create the __class__ cell
    unsigned comp_iter_target : 1;     // visiting a comprehension's target
    unsigned has_free : 1;             // has free variables (or passes them through)
    unsigned child_free : 1;
    PtScope *hnext;        // chain in the key hash
};

// A compile error found by the symbol table: message and location.
typedef struct PtSymErr {
    char msg[256];
    PtPos pos;
} PtSymErr;

typedef struct PtSymtable PtSymtable;

// Build and analyse the symbol table of `mod`. `future_annotations` is 1 when
// `from __future__ import annotations` is in effect (annotations then are not
// evaluated, so their names are not recorded). Returns NULL on a syntax error
// (err filled, *oom 0) or out of memory (*oom 1).
PtSymtable *pt_symtable_build(PtArena *arena, PtAstMod *mod, int future_annotations,
                              PtSymErr *err, int *oom);

// The scope opened by AST node `key` (a statement, lambda or comprehension
// expression, or the module). NULL if none.
PtScope *pt_symtable_scope(PtSymtable *st, const void *key);
PtScope *pt_symtable_top(PtSymtable *st);

// The symbol of `name` (already mangled) in `s`, or NULL.
PtSymbol *pt_scope_lookup(PtScope *s, const char *name);
// PT_SCOPE_* of `name` (already mangled) in `s`; PT_SCOPE_NONE if unknown.
int pt_scope_get(PtScope *s, const char *name);

// Mangle `name` for class `private_name` (NULL: no class): `__x` -> `_C__x`.
// Returns `name` itself when no mangling applies, else a string in `arena`
// (NULL only when out of memory).
const char *pt_symtable_mangle(PtArena *arena, const char *private_name, const char *name);

#endif  // PT_COMPILE_SYMTABLE_H
