// src/compile/compile.c: the front end's entry points: source text to a code object.
//
// pt_compile chains the passes: the parser (parser.c) builds the AST in an
// arena; the `from __future__` imports at the top of a module are read here;
// the symbol table (symtable.c) resolves every name; the code generator
// (codegen*.c) builds the module's code object and, recursively, every
// nested one. The arena is freed at the end, whatever happens.
//
// Every compile-time error becomes a SyntaxError (IndentationError or
// TabError from the tokenizer) instance built as CPython builds it:
// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)),
// with `text` the offending source line.
// See docs/internals/compiler.md; tests in tests/unit/test_compile.c.
#include <stdio.h>
#include <string.h>

#include "pith/abstract.h"  // pt_object_call
#include "pith/compile.h"   // pt_compile, PT_CF_*
#include "pith/errors.h"    // pt_err_*, pt_exc_SyntaxError
#include "pith/int.h"       // pt_int_from_i64
#include "pith/runtime.h"   // PT_MODE_*
#include "pith/str.h"       // pt_str_*
#include "pith/tuple.h"     // pt_tuple_pack
#include "compile/codegen.h"   // CgCompiler, cg_*
#include "compile/parser.h"    // pt_parse, PtSyntaxErr
#include "compile/symtable.h"  // pt_symtable_build
#include "os/fs.h"             // pt_os_open_read, pt_os_read, pt_os_close

// ---- Raising SyntaxError ----

// An int, or None when `v` is 0 or less ("unknown").
static PtObject *int_or_none(int v) { return v > 0 ? pt_int_from_i64(v) : pt_newref(pt_None); }

// Raise `type(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
// `text` is stolen (a str or None). Always returns NULL.
static PtObject *raise_syntax(PtObject *type, const char *msg, PtObject *filename, int lineno,
                              int offset, PtObject *text, int end_lineno, int end_offset) {
    PtObject *m = pt_str_from_utf8_replace(msg, strlen(msg));
    PtObject *l = int_or_none(lineno), *o = int_or_none(offset);
    PtObject *el = int_or_none(end_lineno), *eo = int_or_none(end_offset);
    PtObject *details = NULL, *exc = NULL;
    if (m && l && o && el && eo && text) {
        details = pt_tuple_pack(6, filename, l, o, text, el, eo);
    }
    if (details != NULL) {
        PtObject *args[2] = {m, details};
        exc = pt_object_call(type, args, 2, NULL);
    }
    pt_xdecref(m);
    pt_xdecref(l);
    pt_xdecref(o);
    pt_xdecref(el);
    pt_xdecref(eo);
    pt_xdecref(text);
    pt_xdecref(details);
    if (exc != NULL) {
        pt_err_set_object(type, exc);
        pt_decref(exc);
    }
    return NULL;
}

static PtObject *raise_parse_error(PtSyntaxErr *err, PtObject *filename) {
    if (strcmp(err->kind, "MemoryError") == 0) {
        return pt_err_no_memory();
    }
    PtObject *type = pt_exc_SyntaxError;
    if (strcmp(err->kind, "IndentationError") == 0) {
        type = pt_exc_IndentationError;
    } else if (strcmp(err->kind, "TabError") == 0) {
        type = pt_exc_TabError;
    }
    PtObject *text = err->text ? pt_str_from_utf8_replace(err->text, strlen(err->text))
                               : pt_newref(pt_None);
    return raise_syntax(type, err->msg ? err->msg : "invalid syntax", filename, err->lineno,
                        err->offset, text, err->end_lineno, err->end_offset);
}

// Line `lineno` of the file named `filename`, with its newline: CPython takes
// the text of an error found after parsing (symbol table, code generator)
// from the file, not from the source, so compile() of a string whose name is
// no file ("<string>") gives text None and tracebacks show no source line.
// New str or None.
static PtObject *file_line(PtObject *filename, int lineno) {
    char path[4096], buf[8192], line[4096];
    size_t n = pt_str_to_utf8_buf(filename, path, sizeof path);
    int fd = n > 0 && n < sizeof path && lineno > 0 ? pt_os_open_read(path) : -1;
    if (fd < 0) {
        return pt_newref(pt_None);
    }
    int cur = 1;
    size_t used = 0;
    intptr_t got;
    while (cur <= lineno && (got = pt_os_read(fd, buf, sizeof buf)) > 0) {
        for (intptr_t i = 0; i < got && cur <= lineno; i++) {
            if (cur == lineno && used < sizeof line) {
                line[used++] = buf[i];
            }
            if (buf[i] == '\n') {
                cur++;
            }
        }
    }
    pt_os_close(fd);
    if (used == 0 || used == sizeof line) {  // no such line, or too long to keep
        return pt_newref(pt_None);
    }
    return pt_str_from_utf8_replace(line, used);
}

// A compile error at AST position `pos` (0-based byte columns).
static PtObject *raise_at(const char *msg, PtPos pos, PtObject *filename) {
    return raise_syntax(pt_exc_SyntaxError, msg, filename, pos.lineno, pos.col_offset + 1,
                        file_line(filename, pos.lineno), pos.end_lineno, pos.end_col_offset + 1);
}

// ---- from __future__ ----

static const struct {
    const char *name;
    int flag;
} future_features[] = {
    {"nested_scopes", 0},
    {"generators", 0},
    {"division", PT_CF_FUTURE_DIVISION},
    {"absolute_import", PT_CF_FUTURE_ABSOLUTE_IMPORT},
    {"with_statement", PT_CF_FUTURE_WITH_STATEMENT},
    {"print_function", PT_CF_FUTURE_PRINT_FUNCTION},
    {"unicode_literals", PT_CF_FUTURE_UNICODE_LITERALS},
    {"barry_as_FLUFL", PT_CF_FUTURE_BARRY_AS_BDFL},
    {"generator_stop", PT_CF_FUTURE_GENERATOR_STOP},
    {"annotations", PT_CF_FUTURE_ANNOTATIONS},
};

typedef struct FutureInfo {
    int flags;
    int lineno;  // line of the last valid future import, or -1
    char msg[160];
    PtPos pos;
    int failed;
} FutureInfo;

static int future_check(FutureInfo *fi, PtStmt *s) {
    PtAliasSeq names = s->v.importfrom.names;
    for (int i = 0; i < names.len; i++) {
        const char *f = names.items[i]->name;
        int found = 0;
        for (size_t k = 0; k < sizeof future_features / sizeof future_features[0]; k++) {
            if (strcmp(f, future_features[k].name) == 0) {
                fi->flags |= future_features[k].flag;
                found = 1;
            }
        }
        if (!found) {
            fi->failed = 1;
            fi->pos = s->pos;
            if (strcmp(f, "braces") == 0) {
                snprintf(fi->msg, sizeof fi->msg, "not a chance");
            } else {
                snprintf(fi->msg, sizeof fi->msg, "future feature %.100s is not defined", f);
            }
            return -1;
        }
    }
    return 0;
}

// Read the future imports at the top of a module (CPython's future_parse).
static int future_parse(FutureInfo *fi, PtAstMod *mod) {
    fi->lineno = -1;
    if (mod->kind == PT_MOD_EXPRESSION || mod->body.len == 0) {
        return 0;
    }
    int i = cg_docstring(mod->body) != NULL ? 1 : 0, done = 0, prev_line = 0;
    for (; i < mod->body.len; i++) {
        PtStmt *s = mod->body.items[i];
        if (done && s->pos.lineno > prev_line) {
            return 0;
        }
        prev_line = s->pos.lineno;
        if (s->kind == PT_STMT_IMPORTFROM && s->v.importfrom.module != NULL &&
            strcmp(s->v.importfrom.module, "__future__") == 0) {
            if (done) {
                fi->failed = 1;
                fi->pos = s->pos;
                snprintf(fi->msg, sizeof fi->msg,
                         "from __future__ imports must occur at the beginning of the file");
                return -1;
            }
            if (future_check(fi, s) < 0) {
                return -1;
            }
            fi->lineno = s->pos.lineno;
        } else {
            done = 1;
        }
    }
    return 0;
}

// ---- Code generation of a module ----

static PtObject *compile_mod(CgCompiler *c, PtAstMod *mod) {
    if (cg_enter_scope(c, "<module>", CG_SCOPE_MODULE, mod, 1) < 0) {
        return NULL;
    }
    c->u->loc.line = 1;
    int r = 0, add_none = 1;
    switch (mod->kind) {
    case PT_MOD_MODULE:
        r = cg_body(c, mod->body);
        break;
    case PT_MOD_INTERACTIVE:
        c->interactive = 1;
        r = cg_stmts(c, mod->body);
        break;
    case PT_MOD_EXPRESSION:
        r = cg_expr(c, mod->expr);
        add_none = 0;
        break;
    }
    PtObject *code = NULL;
    if (r == 0) {
        code = cg_assemble(c, add_none);
    }
    cg_exit_scope(c);
    return code;
}

// ---- Entry points ----

static PtObject *compile_in_arena(PtArena *arena, const char *source, size_t len,
                                  PtObject *filename, int mode, int flags, int optimize) {
    char fname[1024];
    pt_str_to_utf8_buf(filename, fname, sizeof fname);
    PtSyntaxErr perr;
    memset(&perr, 0, sizeof perr);
    PtAstMod *mod = pt_parse(arena, source, len, fname, mode, &perr);
    if (mod == NULL) {
        raise_parse_error(&perr, filename);
        pt_syntax_err_clear(&perr);
        return NULL;
    }
    FutureInfo fi;
    memset(&fi, 0, sizeof fi);
    if (future_parse(&fi, mod) < 0) {
        // CPython gives these errors a start but no end column.
        fi.pos.end_lineno = fi.pos.lineno;
        fi.pos.end_col_offset = -1;
        return raise_at(fi.msg, fi.pos, filename);
    }
    flags |= fi.flags;
    PtSymErr serr;
    memset(&serr, 0, sizeof serr);
    int oom = 0;
    PtSymtable *st = pt_symtable_build(arena, mod, (flags & PT_CF_FUTURE_ANNOTATIONS) != 0, &serr,
                                       &oom);
    if (st == NULL) {
        return oom ? pt_err_no_memory() : raise_at(serr.msg, serr.pos, filename);
    }
    CgCompiler c;
    memset(&c, 0, sizeof c);
    c.arena = arena;
    c.st = st;
    c.filename = filename;
    c.source = source;
    c.source_len = len;
    c.flags = flags;
    c.optimize = optimize < 0 ? 0 : optimize;
    c.future_lineno = fi.lineno;
    PtObject *code = compile_mod(&c, mod);
    for (int i = 0; i < c.const_cache.n; i++) {
        pt_decref(c.const_cache.items[i]);
    }
    if (code == NULL && c.has_error) {
        pt_err_clear();
        return raise_at(c.errmsg, c.errpos, filename);
    }
    return code;
}

PtObject *pt_compile_ex(const char *source, size_t len, PtObject *filename, int mode, int flags,
                        int optimize) {
    if (mode != PT_MODE_EXEC && mode != PT_MODE_EVAL && mode != PT_MODE_SINGLE) {
        return pt_err_set_string(pt_exc_ValueError,
                                 "compile() mode must be 'exec', 'eval' or 'single'");
    }
    PtArena *arena = pt_arena_new();
    if (arena == NULL) {
        return pt_err_no_memory();
    }
    PtObject *code = compile_in_arena(arena, source, len, filename, mode, flags, optimize);
    pt_arena_free(arena);
    return code;
}

PtObject *pt_compile(const char *source, size_t len, PtObject *filename, int mode, int flags) {
    return pt_compile_ex(source, len, filename, mode, flags, 0);
}
