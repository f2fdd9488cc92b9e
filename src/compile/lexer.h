// src/compile/lexer.h: the tokenizer: UTF-8 source text to a token array.
//
// The whole source is tokenized up front into an array the parser indexes,
// which gives the parser free lookahead and backtracking. The tokens follow
// CPython 3.11's tokenizer: NEWLINE ends a logical line, INDENT and DEDENT
// bracket blocks (tabs advance to the next multiple of 8, and a second count
// with tab size 1 detects TabError), newlines inside brackets are dropped,
// comments and blank lines vanish, and a string literal (including an
// f-string) is one STRING token whose text the parser decodes.
//
// A tokenizer error stops tokenization: the array then ends with an ERROR
// token, and `err` describes the error. CPython lets a tokenizer error win
// over any parser error in the same source, and the parser does the same.
//
// Line endings: the lexer works on a private copy of the source in which CRLF
// and lone CR are turned into LF and a final newline is added if missing.
#ifndef PT_COMPILE_LEXER_H
#define PT_COMPILE_LEXER_H

#ifndef PT_CORE
#error "src/compile/lexer.h is internal to the pith core"
#endif

#include <stddef.h>

#include "compile/ast.h"  // PtArena

// Token types. Operators have one type each, from tokens.def.
typedef enum {
    PT_TOK_ENDMARKER = 0,
    PT_TOK_NAME,
    PT_TOK_NUMBER,
    PT_TOK_STRING,
    PT_TOK_NEWLINE,
    PT_TOK_INDENT,
    PT_TOK_DEDENT,
    PT_TOK_ERROR,  // the tokenizer stopped here; see PtLexer.err
    PT_TOK_BADCHAR,  // a stray ASCII character such as $ or ?: the parser rejects it
#define PT_OP(name, text) PT_TOK_##name,
#include "compile/tokens.def"
#undef PT_OP
    PT_TOK__COUNT
} PtTokType;

// Hard keywords; kw is 0 for identifiers.
typedef enum {
    PT_KW__NONE = 0,
#define PT_KW(name, text) PT_KW_##name,
#include "compile/tokens.def"
#undef PT_KW
    PT_KW__COUNT
} PtKw;

typedef struct PtToken {
    int type;               // PtTokType
    int kw;                 // PtKw for NAME tokens
    const char *start;      // text in the lexer's copy of the source
    int len;                // bytes
    int lineno, col;        // start, col in bytes from the line start
    int end_lineno, end_col;
    int level;              // bracket depth before this token
} PtToken;

// Error as the tokenizer found it. Columns are 0-based BYTE offsets on the
// given line; the parser converts them to 1-based character offsets. When
// end_lineno is 0 the end is unset; end_col == -1 means CPython reports -1.
typedef struct PtLexErr {
    const char *kind;  // "SyntaxError", "IndentationError", "TabError"; NULL = none
    char msg[160];
    int lineno, col, end_lineno, end_col;
    int eof_in_paren;  // 1: EOF inside brackets; the parser reports "'(' was never closed"
    int paren_lineno, paren_col;  // ...for the innermost open bracket
    char paren_char;
} PtLexErr;

typedef struct PtLexer {
    PtArena *arena;
    char *src;              // normalized copy, NUL-terminated, ends with '\n'
    size_t len;
    const char **lines;     // lines[i] = start of line i+1 (lines[0] unused)
    int nlines;
    PtToken *toks;          // pt_raw_alloc'd
    int ntoks, cap;
    PtLexErr err;
    int interactive;        // "single" mode
    int had_bom;            // the source started with a UTF-8 BOM
} PtLexer;

// Tokenize `src`. Returns 0 on success or a tokenizer error (recorded in
// lx->err, with an ERROR token at the end of the array), -1 when out of
// memory. Release with pt_lexer_free (the text and lines live in the arena).
int pt_lexer_run(PtLexer *lx, PtArena *arena, const char *src, size_t len, int interactive);
void pt_lexer_free(PtLexer *lx);

// Start of line `lineno` (1-based) in the normalized source, or NULL.
const char *pt_lexer_line(const PtLexer *lx, int lineno);

// Number of UTF-8 characters in the first `col` bytes of line `lineno`.
int pt_lexer_char_col(const PtLexer *lx, int lineno, int col);

// Decode one UTF-8 code point at s (at most n bytes); stores its length in *clen.
// Invalid sequences yield -1 with *clen = 1.
int pt_utf8_decode(const unsigned char *s, size_t n, int *clen);

// 1 if code point c may start / continue an identifier (XID_Start / XID_Continue).
int pt_lexer_is_id_start(int c);
int pt_lexer_is_id_continue(int c);

#endif  // PT_COMPILE_LEXER_H
