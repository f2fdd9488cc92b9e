// src/compile/parser.h: source text to AST (tokenizer + recursive-descent parser).
//
// pt_parse reads UTF-8 source (an optional BOM is skipped; a coding
// declaration is ignored) and builds a tree in `arena` (see ast.h). On a
// syntax error it returns NULL and fills *err with the FIRST error, worded as
// CPython 3.11 words it. The parser bounds its own recursion, so no input can
// overflow the C stack or make it loop forever.
#ifndef PT_COMPILE_PARSER_H
#define PT_COMPILE_PARSER_H

#ifndef PT_CORE
#error "src/compile/parser.h is internal to the pith core"
#endif

#include <stddef.h>

#include "compile/ast.h"  // PtArena, PtAstMod

// compile() modes.
typedef enum {
    PT_PARSE_EXEC = 0,    // "exec": Module
    PT_PARSE_EVAL = 1,    // "eval": Expression
    PT_PARSE_SINGLE = 2   // "single": Interactive (one interactive statement)
} PtParseMode;

// A syntax error as CPython's SyntaxError reports it.
//   kind:   "SyntaxError", "IndentationError" or "TabError" (static string), or
//           "MemoryError" when the arena ran out (msg is then "out of memory").
//   msg:    the message, NUL-terminated, owned by the struct.
//   text:   the offending source line (with its newline if it had one), owned by
//           the struct; may be NULL.
//   lineno, end_lineno: 1-based lines; offset, end_offset: 1-based columns counted
//           in characters (code points), like SyntaxError.offset. end_* are 0 when
//           CPython leaves them unset.
// Release msg and text with pt_syntax_err_clear.
typedef struct PtSyntaxErr {
    const char *kind;
    char *msg;
    char *text;
    int lineno, offset, end_lineno, end_offset;
} PtSyntaxErr;

// Parse `src` (len bytes; need not be NUL-terminated). Returns the module, or
// NULL with *err filled. `filename` is used only for messages and may be NULL.
PtAstMod *pt_parse(PtArena *arena, const char *src, size_t len, const char *filename,
                   int mode, PtSyntaxErr *err);

// Install the \N{NAME} lookup (returns the code point or -1). Call once at
// start-up, before any parse; until then every \N{...} escape is an error.
void pt_parse_set_name_lookup(int (*fn)(const char *name, size_t len));

// Free err->msg and err->text and zero the struct. Safe on a zeroed struct.
void pt_syntax_err_clear(PtSyntaxErr *err);

#endif  // PT_COMPILE_PARSER_H
