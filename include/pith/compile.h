// include/pith/compile.h: compiling source text to code objects, and .pyc files.
//
// pt_compile runs the whole front end: tokenizer, parser, symbol table and
// code generator, and returns a code object (src/obj/code.h describes it).
// Syntax errors are raised as SyntaxError, IndentationError or TabError with
// CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset) and CPython 3.11's messages.
//
// The .pyc functions serialize a module's code object, with everything it
// holds, to bytes and back. A .pyc file is a 32-byte header (pith's magic,
// flags, the source's mtime and size) followed by the marshalled code. Its
// name is `__pycache__/NAME.pith-01.pyc` next to the source.
#ifndef PT_COMPILE_H
#define PT_COMPILE_H

#include <stddef.h>
#include <stdint.h>

#include "pith/object.h"  // PtObject

// compile() flags: the same values as CPython's PyCF_* and CO_FUTURE_*.
enum {
    PT_CF_SOURCE_IS_UTF8 = 0x0100,
    PT_CF_DONT_IMPLY_DEDENT = 0x0200,
    PT_CF_ONLY_AST = 0x0400,
    PT_CF_IGNORE_COOKIE = 0x0800,
    PT_CF_TYPE_COMMENTS = 0x1000,
    PT_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
    PT_CF_ALLOW_INCOMPLETE_INPUT = 0x4000,
    PT_CF_FUTURE_DIVISION = 0x20000,
    PT_CF_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    PT_CF_FUTURE_WITH_STATEMENT = 0x80000,
    PT_CF_FUTURE_PRINT_FUNCTION = 0x100000,
    PT_CF_FUTURE_UNICODE_LITERALS = 0x200000,
    PT_CF_FUTURE_BARRY_AS_BDFL = 0x400000,
    PT_CF_FUTURE_GENERATOR_STOP = 0x800000,
    PT_CF_FUTURE_ANNOTATIONS = 0x1000000,
};
// The future flags a code object passes on to compile()/exec() inside it
// (compile(..., dont_inherit=False) ORs `co_flags & PT_CF_MASK` into flags).
#define PT_CF_MASK 0x1FE0000

// Compile `source` (UTF-8, `len` bytes) as `mode` (PT_MODE_EXEC, PT_MODE_EVAL
// or PT_MODE_SINGLE from runtime.h). `filename` is a str. New reference to a
// code object, or NULL with SyntaxError (or MemoryError) set.
PtObject *pt_compile(const char *source, size_t len, PtObject *filename, int mode, int flags);
// The same with an optimization level: -1 or 0 (default), 1 (-O: assert
// statements are dropped, __debug__ is False), 2 (-OO: docstrings dropped too).
PtObject *pt_compile_ex(const char *source, size_t len, PtObject *filename, int mode, int flags,
                        int optimize);

// ---- .pyc files (src/compile/marshal.c) ----

// The bytes of a .pyc file for `code` compiled from a source file with this
// modification time (seconds) and size. New reference or NULL.
PtObject *pt_marshal_dump_code(PtObject *code, int64_t source_mtime, int64_t source_size);
// Read a .pyc image. Returns 1 with *out a new reference to the code object;
// 0 when the file is stale or not pith's (bad magic, wrong mtime/size, wrong
// version, truncated or corrupt data), with no exception set: recompile it;
// -1 with an exception on a real error (out of memory).
int pt_marshal_load_code(const char *data, size_t len, int64_t source_mtime, int64_t source_size,
                         PtObject **out);
// The cache path for a source path: "dir/__pycache__/NAME.pith-01.pyc" for
// "dir/NAME.py". Writes a NUL-terminated path into buf; returns its length,
// or -1 if it does not fit or the source name does not end in ".py".
long pt_marshal_cache_path(const char *source_path, char *buf, size_t bufsize);

// Serialize any value made of None, bools, ints, floats, complex numbers,
// str, bytes, tuples, lists, dicts, sets, frozensets, Ellipsis and code
// objects (the `marshal` module's format is pith's own). New bytes or NULL
// (ValueError "unmarshallable object" for other types).
PtObject *pt_marshal_dumps(PtObject *value);
// The inverse; EOFError or ValueError ("bad marshal data") on bad input.
PtObject *pt_marshal_loads(const char *data, size_t len);

#endif  // PT_COMPILE_H
