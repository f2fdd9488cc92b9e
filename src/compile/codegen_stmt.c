// src/compile/codegen_stmt.c: code generation for statements and module bodies.
//
// Control flow uses CPython 3.11's shapes: `while` loops are inverted (the
// test is compiled again at the bottom), `for` loops keep the iterator on the
// stack under FOR_ITER, and every construct that must clean up when left
// early (loops, try/finally, with, except handlers) pushes a frame block so
// that `return`, `break` and `continue` can emit the cleanup inline
// (cg_unwind_fblock): popping iterators, calling __exit__, running finally
// bodies, restoring the handled exception.
//
// try/except/finally and with use the exception table (see codegen.h): the
// handler receives [.. lasti?] exc on the stack, PUSH_EXC_INFO saves the
// previously handled exception below it, and every path out restores it with
// POP_EXCEPT. `except E as n` deletes n on the way out, including when the
// handler body raises.
#include <string.h>

#include "pith/abstract.h"  // PT_BINOP_*
#include "pith/errors.h"    // pt_err_*
#include "pith/int.h"     // pt_int_from_i64
#include "pith/str.h"     // pt_str_*
#include "pith/tuple.h"   // pt_tuple_*
#include "compile/codegen.h"  // CgCompiler

int cg_stmts(CgCompiler *c, PtStmtSeq seq) {
    for (int i = 0; i < seq.len; i++) {
        if (cg_stmt(c, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

PtExpr *cg_docstring(PtStmtSeq body) {
    if (body.len == 0 || body.items[0]->kind != PT_STMT_EXPR) {
        return NULL;
    }
    PtExpr *e = body.items[0]->v.expr.value;
    if (e->kind != PT_EXPR_CONSTANT || e->v.constant.kind != PT_CONST_STR) {
        return NULL;
    }
    return e;
}

// Does the body contain an annotated assignment (outside nested scopes)?
static int find_ann(PtStmtSeq stmts) {
    for (int i = 0; i < stmts.len; i++) {
        PtStmt *s = stmts.items[i];
        switch (s->kind) {
        case PT_STMT_ANNASSIGN:
            return 1;
        case PT_STMT_FOR:
        case PT_STMT_ASYNCFOR:
            if (find_ann(s->v.for_.body) || find_ann(s->v.for_.orelse)) {
                return 1;
            }
            break;
        case PT_STMT_WHILE:
        case PT_STMT_IF:
            if (find_ann(s->v.while_.body) || find_ann(s->v.while_.orelse)) {
                return 1;
            }
            break;
        case PT_STMT_WITH:
        case PT_STMT_ASYNCWITH:
            if (find_ann(s->v.with.body)) {
                return 1;
            }
            break;
        case PT_STMT_TRY:
        case PT_STMT_TRYSTAR:
            for (int j = 0; j < s->v.try_.handlers.len; j++) {
                if (find_ann(s->v.try_.handlers.items[j]->body)) {
                    return 1;
                }
            }
            if (find_ann(s->v.try_.body) || find_ann(s->v.try_.finalbody) ||
                find_ann(s->v.try_.orelse)) {
                return 1;
            }
            break;
        case PT_STMT_MATCH:
            for (int j = 0; j < s->v.match.cases.len; j++) {
                if (find_ann(s->v.match.cases.items[j]->body)) {
                    return 1;
                }
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

// A module or class body: __annotations__ setup, docstring, statements.
int cg_body(CgCompiler *c, PtStmtSeq body) {
    if (c->u->scope_type == CG_SCOPE_MODULE && body.len) {
        cg_set_loc(c, body.items[0]->pos);
    }
    if (find_ann(body) && cg_emit(c, PT_OP_SETUP_ANNOTATIONS, 0) < 0) {
        return -1;
    }
    int i = 0;
    PtExpr *doc = c->optimize < 2 ? cg_docstring(body) : NULL;
    if (doc != NULL) {
        i = 1;
        cg_set_loc(c, body.items[0]->pos);
        if (cg_expr(c, doc) < 0) {
            return -1;
        }
        cg_unset_loc(c);
        if (cg_nameop(c, "__doc__", PT_CTX_STORE) < 0) {
            return -1;
        }
    }
    for (; i < body.len; i++) {
        if (cg_stmt(c, body.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---- Functions and classes ----

static int arg_annotation(CgCompiler *c, const char *name, PtExpr *ann, int *count) {
    if (ann == NULL) {
        return 0;
    }
    const char *m = cg_mangle(c, name);
    if (m == NULL || cg_load_const_steal(c, cg_str(c, m)) < 0 || cg_annotation(c, ann) < 0) {
        return -1;
    }
    *count += 2;
    return 0;
}

static int arg_annotations(CgCompiler *c, PtArgSeq args, int *count) {
    for (int i = 0; i < args.len; i++) {
        if (arg_annotation(c, args.items[i]->arg, args.items[i]->annotation, count) < 0) {
            return -1;
        }
    }
    return 0;
}

// Push the annotations tuple (name, value, name, value, ...); returns the
// MAKE_FUNCTION flag (4) or 0, or -1.
static int function_annotations(CgCompiler *c, PtArguments *a, PtExpr *returns) {
    int count = 0;
    if (arg_annotations(c, a->args, &count) < 0 || arg_annotations(c, a->posonlyargs, &count) < 0) {
        return -1;
    }
    if (a->vararg && arg_annotation(c, a->vararg->arg, a->vararg->annotation, &count) < 0) {
        return -1;
    }
    if (arg_annotations(c, a->kwonlyargs, &count) < 0) {
        return -1;
    }
    if (a->kwarg && arg_annotation(c, a->kwarg->arg, a->kwarg->annotation, &count) < 0) {
        return -1;
    }
    if (arg_annotation(c, "return", returns, &count) < 0) {
        return -1;
    }
    if (count == 0) {
        return 0;
    }
    return cg_emit(c, PT_OP_BUILD_TUPLE, count) < 0 ? -1 : 4;
}

static int apply_decorators(CgCompiler *c, PtExprSeq decos) {
    for (int i = 0; i < decos.len; i++) {
        if (cg_emit(c, PT_OP_CALL, 0) < 0) {
            return -1;
        }
    }
    return 0;
}

static int cg_funcdef(CgCompiler *c, PtStmt *s) {
    PtArguments *args = s->v.functiondef.args;
    PtExprSeq decos = s->v.functiondef.decorator_list;
    PtStmtSeq body = s->v.functiondef.body;
    if (cg_check_debug_args(c, args) < 0 || cg_exprs(c, decos) < 0) {
        return -1;
    }
    int firstlineno = decos.len ? decos.items[0]->pos.lineno : s->pos.lineno;
    int flags = cg_default_arguments(c, args);
    if (flags < 0) {
        return -1;
    }
    int ann = function_annotations(c, args, s->v.functiondef.returns);
    if (ann < 0) {
        return -1;
    }
    flags |= ann;
    int scope = s->kind == PT_STMT_ASYNCFUNCTIONDEF ? CG_SCOPE_ASYNC_FUNCTION : CG_SCOPE_FUNCTION;
    if (cg_enter_scope(c, s->v.functiondef.name, scope, s, firstlineno) < 0) {
        return -1;
    }
    PtObject *code = NULL;
    PtExpr *doc = c->optimize < 2 ? cg_docstring(body) : NULL;
    PtObject *docval = doc ? cg_constant_value(c, &doc->v.constant) : pt_newref(pt_None);
    int r = docval != NULL ? cg_add_const(c, docval) : -1;
    pt_xdecref(docval);
    if (r >= 0) {
        c->u->argcount = args->args.len;
        c->u->posonlyargcount = args->posonlyargs.len;
        c->u->kwonlyargcount = args->kwonlyargs.len;
        int i = doc ? 1 : 0;
        for (; i < body.len; i++) {
            if (cg_stmt(c, body.items[i]) < 0) {
                break;
            }
        }
        if (i == body.len) {
            code = cg_assemble(c, 1);
        }
    }
    cg_exit_scope(c);
    if (code == NULL) {
        return -1;
    }
    r = cg_make_closure(c, code, flags);
    pt_decref(code);
    if (r < 0 || apply_decorators(c, decos) < 0) {
        return -1;
    }
    return cg_nameop(c, s->v.functiondef.name, PT_CTX_STORE);
}

// The class body as a function of no arguments that returns __classcell__.
static PtObject *class_body(CgCompiler *c, PtStmt *s, int firstlineno) {
    if (cg_enter_scope(c, s->v.classdef.name, CG_SCOPE_CLASS, s, firstlineno) < 0) {
        return NULL;
    }
    PtObject *code = NULL;
    if (cg_nameop(c, "__name__", PT_CTX_LOAD) == 0 &&
        cg_nameop(c, "__module__", PT_CTX_STORE) == 0 && cg_load_const(c, c->u->qualname) == 0 &&
        cg_nameop(c, "__qualname__", PT_CTX_STORE) == 0 && cg_body(c, s->v.classdef.body) == 0) {
        cg_unset_loc(c);
        int r;
        if (c->u->ste->needs_class_closure) {
            r = (cg_emit(c, PT_OP_LOAD_CLOSURE, 0) < 0 || cg_emit(c, PT_OP_COPY, 1) < 0 ||
                 cg_nameop(c, "__classcell__", PT_CTX_STORE) < 0) ? -1 : 0;
        } else {
            r = cg_load_none(c);
        }
        if (r == 0 && cg_emit(c, PT_OP_RETURN_VALUE, 0) == 0) {
            code = cg_assemble(c, 1);
        }
    }
    cg_exit_scope(c);
    return code;
}

static int cg_classdef(CgCompiler *c, PtStmt *s) {
    PtExprSeq decos = s->v.classdef.decorator_list;
    if (cg_exprs(c, decos) < 0) {
        return -1;
    }
    int firstlineno = decos.len ? decos.items[0]->pos.lineno : s->pos.lineno;
    PtObject *code = class_body(c, s, firstlineno);
    if (code == NULL) {
        return -1;
    }
    int r = -1;
    if (cg_emit(c, PT_OP_LOAD_BUILD_CLASS, 0) == 0 && cg_emit(c, PT_OP_PUSH_NULL, 0) == 0 &&
        cg_make_closure(c, code, 0) == 0) {
        r = 0;
    }
    pt_decref(code);
    if (r < 0 || cg_load_const_steal(c, cg_str(c, s->v.classdef.name)) < 0 ||
        cg_call_helper(c, 2, s->v.classdef.bases, s->v.classdef.keywords) < 0 ||
        apply_decorators(c, decos) < 0) {
        return -1;
    }
    return cg_nameop(c, s->v.classdef.name, PT_CTX_STORE);
}

// ---- Unwinding for return, break and continue ----

// Close the handler that was in effect when `info` was pushed (POP_BLOCK).
static void pop_handlers(CgCompiler *c, CgFBlock *info, int count) {
    CgHandler *h = info->outer;
    while (count-- > 0 && h != NULL) {
        h = h->parent;
    }
    c->u->handler = h;
}

static int call_exit_with_nones(CgCompiler *c) {
    if (cg_load_none(c) < 0 || cg_load_none(c) < 0 || cg_load_none(c) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_CALL, 2);
}

static int store_none_and_delete(CgCompiler *c, const char *name) {
    if (cg_load_none(c) < 0 || cg_nameop(c, name, PT_CTX_STORE) < 0) {
        return -1;
    }
    return cg_nameop(c, name, PT_CTX_DEL);
}

int cg_unwind_fblock(CgCompiler *c, CgFBlock *info, int preserve_tos) {
    switch (info->type) {
    case CG_FB_WHILE_LOOP:
    case CG_FB_EXCEPTION_HANDLER:
    case CG_FB_EXCEPTION_GROUP_HANDLER:
    case CG_FB_ASYNC_COMPREHENSION_GENERATOR:
        return 0;
    case CG_FB_FOR_LOOP:
        if (preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_POP_TOP, 0);
    case CG_FB_TRY_EXCEPT:
        pop_handlers(c, info, 1);
        return 0;
    case CG_FB_FINALLY_TRY: {
        pop_handlers(c, info, 1);
        if (preserve_tos && cg_push_fblock(c, CG_FB_POP_VALUE, NULL, NULL, NULL) < 0) {
            return -1;
        }
        if (cg_stmts(c, *(const PtStmtSeq *)info->datum) < 0) {
            return -1;
        }
        if (preserve_tos) {
            cg_pop_fblock(c);
        }
        cg_unset_loc(c);
        return 0;
    }
    case CG_FB_FINALLY_END:
        if ((preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0) || cg_emit(c, PT_OP_POP_TOP, 0) < 0 ||
            (preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0)) {
            return -1;
        }
        pop_handlers(c, info, 1);
        return cg_emit(c, PT_OP_POP_EXCEPT, 0);
    case CG_FB_WITH:
    case CG_FB_ASYNC_WITH: {
        cg_set_loc(c, ((const PtStmt *)info->datum)->pos);
        pop_handlers(c, info, 1);
        if ((preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0) || call_exit_with_nones(c) < 0) {
            return -1;
        }
        if (info->type == CG_FB_ASYNC_WITH &&
            (cg_emit(c, PT_OP_GET_AWAITABLE, 2) < 0 || cg_load_none(c) < 0 ||
             cg_add_yield_from(c, 1) < 0)) {
            return -1;
        }
        if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
            return -1;
        }
        cg_unset_loc(c);
        return 0;
    }
    case CG_FB_HANDLER_CLEANUP:
        if (info->datum) {
            pop_handlers(c, info, 1);
        }
        if (preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0) {
            return -1;
        }
        pop_handlers(c, info, info->datum ? 2 : 1);
        if (cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0) {
            return -1;
        }
        if (info->datum && store_none_and_delete(c, (const char *)info->datum) < 0) {
            return -1;
        }
        return 0;
    case CG_FB_POP_VALUE:
        if (preserve_tos && cg_emit(c, PT_OP_SWAP, 2) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_POP_TOP, 0);
    }
    return 0;
}

// Unwind every frame block up to (not including) the innermost loop, which
// is returned in *loop when `loop` is not NULL.
static int unwind_fblock_stack(CgCompiler *c, int preserve_tos, CgFBlock **loop) {
    CgUnit *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    CgFBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == CG_FB_EXCEPTION_GROUP_HANDLER) {
        return cg_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop != NULL && (top->type == CG_FB_WHILE_LOOP || top->type == CG_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    CgFBlock copy = *top;
    u->nfblocks--;
    int r = cg_unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) {
        r = unwind_fblock_stack(c, preserve_tos, loop);
    }
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

static int cg_return(CgCompiler *c, PtStmt *s) {
    PtExpr *value = s->v.return_.value;
    if (c->u->ste->type != PT_BLOCK_FUNCTION) {
        return cg_error(c, "'return' outside function");
    }
    if (value != NULL && c->u->ste->coroutine && c->u->ste->generator) {
        return cg_error(c, "'return' with value in async generator");
    }
    PtObject *constant = NULL;
    if (value != NULL) {
        int err = 0;
        constant = cg_fold(c, value, &err);
        if (err) {
            return -1;
        }
    }
    int preserve_tos = value != NULL && constant == NULL;
    CgHandler *saved = c->u->handler;
    int r = 0;
    if (preserve_tos) {
        r = cg_expr(c, value);
    } else if (value != NULL) {
        cg_set_loc(c, value->pos);
        r = cg_emit(c, PT_OP_NOP, 0);
    }
    if (r == 0 && (value == NULL || value->pos.lineno != s->pos.lineno)) {
        cg_set_loc(c, s->pos);
        r = cg_emit(c, PT_OP_NOP, 0);
    }
    if (r == 0) {
        r = unwind_fblock_stack(c, preserve_tos, NULL);
    }
    if (r == 0 && !preserve_tos) {
        r = constant != NULL ? cg_load_const(c, constant) : cg_load_none(c);
    }
    pt_xdecref(constant);
    if (r < 0 || cg_emit(c, PT_OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    c->u->handler = saved;
    return cg_next_block(c);
}

static int cg_break_continue(CgCompiler *c, int is_break) {
    CgFBlock *loop = NULL;
    CgHandler *saved = c->u->handler;
    if (cg_emit(c, PT_OP_NOP, 0) < 0 || unwind_fblock_stack(c, 0, &loop) < 0) {
        return -1;
    }
    if (loop == NULL) {
        return cg_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (is_break) {
        if (cg_unwind_fblock(c, loop, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, loop->exit) < 0) {
            return -1;
        }
    } else if (cg_emit_jump(c, PT_OP_JUMP, loop->block) < 0) {
        return -1;
    }
    c->u->handler = saved;
    return cg_next_block(c);
}

// ---- Loops and conditionals ----

static int cg_if(CgCompiler *c, PtStmt *s) {
    CgBlock *end = cg_new_block(c), *next = end;
    if (end == NULL) {
        return -1;
    }
    if (s->v.if_.orelse.len && (next = cg_new_block(c)) == NULL) {
        return -1;
    }
    if (cg_jump_if(c, s->v.if_.test, next, 0) < 0 || cg_stmts(c, s->v.if_.body) < 0) {
        return -1;
    }
    if (s->v.if_.orelse.len) {
        if (cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
            return -1;
        }
        cg_use_block(c, next);
        if (cg_stmts(c, s->v.if_.orelse) < 0) {
            return -1;
        }
    }
    cg_use_block(c, end);
    return 0;
}

static int cg_while(CgCompiler *c, PtStmt *s) {
    CgBlock *loop = cg_new_block(c), *body = cg_new_block(c), *anchor = cg_new_block(c),
            *exit = cg_new_block(c);
    if (loop == NULL || body == NULL || anchor == NULL || exit == NULL) {
        return -1;
    }
    cg_use_block(c, loop);
    if (cg_push_fblock(c, CG_FB_WHILE_LOOP, loop, exit, NULL) < 0 ||
        cg_jump_if(c, s->v.while_.test, anchor, 0) < 0) {
        return -1;
    }
    cg_use_block(c, body);
    if (cg_stmts(c, s->v.while_.body) < 0) {
        return -1;
    }
    cg_set_loc(c, s->pos);
    if (cg_jump_if(c, s->v.while_.test, body, 1) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    cg_use_block(c, anchor);
    if (cg_stmts(c, s->v.while_.orelse) < 0) {
        return -1;
    }
    cg_use_block(c, exit);
    return 0;
}

static int cg_for(CgCompiler *c, PtStmt *s) {
    CgBlock *start = cg_new_block(c), *body = cg_new_block(c), *cleanup = cg_new_block(c),
            *end = cg_new_block(c);
    if (start == NULL || body == NULL || cleanup == NULL || end == NULL ||
        cg_push_fblock(c, CG_FB_FOR_LOOP, start, end, NULL) < 0 ||
        cg_iter_operand(c, s->v.for_.iter) < 0 || cg_emit(c, PT_OP_GET_ITER, 0) < 0) {
        return -1;
    }
    cg_use_block(c, start);
    if (cg_emit_jump(c, PT_OP_FOR_ITER, cleanup) < 0) {
        return -1;
    }
    cg_use_block(c, body);
    if (cg_expr(c, s->v.for_.target) < 0 || cg_stmts(c, s->v.for_.body) < 0) {
        return -1;
    }
    cg_unset_loc(c);
    if (cg_emit_jump(c, PT_OP_JUMP, start) < 0) {
        return -1;
    }
    cg_use_block(c, cleanup);
    cg_pop_fblock(c);
    cg_set_loc(c, s->pos);
    if (cg_stmts(c, s->v.for_.orelse) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

static int in_async_function(CgCompiler *c) {
    if ((c->flags & CG_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->type == PT_BLOCK_MODULE) {
        c->u->ste->coroutine = 1;
        return 1;
    }
    return c->u->scope_type == CG_SCOPE_ASYNC_FUNCTION;
}

static int cg_async_for(CgCompiler *c, PtStmt *s) {
    if (!in_async_function(c)) {
        return cg_error(c, "'async for' outside async function");
    }
    CgBlock *start = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c);
    if (start == NULL || except == NULL || end == NULL || cg_expr(c, s->v.for_.iter) < 0 ||
        cg_emit(c, PT_OP_GET_AITER, 0) < 0) {
        return -1;
    }
    cg_use_block(c, start);
    if (cg_push_fblock(c, CG_FB_FOR_LOOP, start, end, NULL) < 0 ||
        cg_setup(c, except, 0, 0) < 0 || cg_emit(c, PT_OP_GET_ANEXT, 0) < 0 ||
        cg_load_none(c) < 0 || cg_add_yield_from(c, 1) < 0) {
        return -1;
    }
    cg_pop_block(c);
    if (cg_expr(c, s->v.for_.target) < 0 || cg_stmts(c, s->v.for_.body) < 0) {
        return -1;
    }
    cg_unset_loc(c);
    if (cg_emit_jump(c, PT_OP_JUMP, start) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    cg_use_block(c, except);
    cg_set_loc(c, s->v.for_.iter->pos);
    if (cg_emit(c, PT_OP_END_ASYNC_FOR, 0) < 0) {
        return -1;
    }
    cg_set_loc(c, s->pos);
    if (cg_stmts(c, s->v.for_.orelse) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

// ---- with ----

// The exceptional exit of a with block: __exit__ decides whether to swallow.
static int with_except_finish(CgCompiler *c, CgBlock *cleanup) {
    CgHandler *h = c->u->handler;  // the cleanup handler set up at `final`
    CgBlock *exit = cg_new_block(c);
    if (exit == NULL || cg_emit_jump(c, PT_OP_POP_JUMP_IF_TRUE, exit) < 0 ||
        cg_next_block(c) < 0 || cg_emit(c, PT_OP_RERAISE, 0) < 0) {
        return -1;
    }
    c->u->handler = h->parent;
    cg_use_block(c, cleanup);
    if (cg_emit(c, PT_OP_COPY, 3) < 0 || cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 ||
        cg_emit(c, PT_OP_RERAISE, 1) < 0) {
        return -1;
    }
    c->u->handler = h;
    cg_use_block(c, exit);
    if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    cg_pop_block(c);
    if (cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 || cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int cg_with(CgCompiler *c, PtStmt *s, int pos, int is_async) {
    if (is_async && !in_async_function(c)) {
        return cg_error(c, "'async with' outside async function");
    }
    PtWithItem *item = s->v.with.items.items[pos];
    CgBlock *block = cg_new_block(c), *final = cg_new_block(c), *exit = cg_new_block(c),
            *cleanup = cg_new_block(c);
    if (block == NULL || final == NULL || exit == NULL || cleanup == NULL ||
        cg_expr(c, item->context_expr) < 0) {
        return -1;
    }
    if (is_async) {
        if (cg_emit(c, PT_OP_BEFORE_ASYNC_WITH, 0) < 0 || cg_emit(c, PT_OP_GET_AWAITABLE, 1) < 0 ||
            cg_load_none(c) < 0 || cg_add_yield_from(c, 1) < 0) {
            return -1;
        }
    } else if (cg_emit(c, PT_OP_BEFORE_WITH, 0) < 0) {
        return -1;
    }
    // The handler's depth excludes the __enter__ result, popped just below.
    if (cg_setup(c, final, 1, -1) < 0) {
        return -1;
    }
    cg_use_block(c, block);
    if (cg_push_fblock(c, is_async ? CG_FB_ASYNC_WITH : CG_FB_WITH, block, final, s) < 0) {
        return -1;
    }
    if ((item->optional_vars ? cg_expr(c, item->optional_vars) : cg_emit(c, PT_OP_POP_TOP, 0)) <
        0) {
        return -1;
    }
    if (pos + 1 == s->v.with.items.len) {
        if (cg_stmts(c, s->v.with.body) < 0) {
            return -1;
        }
    } else if (cg_with(c, s, pos + 1, is_async) < 0) {
        return -1;
    }
    cg_unset_loc(c);
    cg_pop_block(c);
    cg_pop_fblock(c);
    cg_set_loc(c, s->pos);
    if (call_exit_with_nones(c) < 0) {
        return -1;
    }
    if (is_async && (cg_emit(c, PT_OP_GET_AWAITABLE, 2) < 0 || cg_load_none(c) < 0 ||
                     cg_add_yield_from(c, 1) < 0)) {
        return -1;
    }
    if (cg_emit(c, PT_OP_POP_TOP, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, exit) < 0) {
        return -1;
    }
    cg_use_block(c, final);
    if (cg_setup(c, cleanup, 1, 0) < 0 || cg_emit(c, PT_OP_PUSH_EXC_INFO, 0) < 0 ||
        cg_emit(c, PT_OP_WITH_EXCEPT_START, 0) < 0) {
        return -1;
    }
    if (is_async && (cg_emit(c, PT_OP_GET_AWAITABLE, 2) < 0 || cg_load_none(c) < 0 ||
                     cg_add_yield_from(c, 1) < 0)) {
        return -1;
    }
    if (with_except_finish(c, cleanup) < 0) {
        return -1;
    }
    cg_use_block(c, exit);
    return 0;
}

// ---- try ----

static int pop_except_and_reraise(CgCompiler *c) {
    if (cg_emit(c, PT_OP_COPY, 3) < 0 || cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_RERAISE, 1);
}

static int cg_try_except(CgCompiler *c, PtStmt *s) {
    CgBlock *body = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c),
            *cleanup = cg_new_block(c);
    if (body == NULL || except == NULL || end == NULL || cleanup == NULL ||
        cg_setup(c, except, 0, 0) < 0) {
        return -1;
    }
    cg_use_block(c, body);
    if (cg_push_fblock(c, CG_FB_TRY_EXCEPT, body, NULL, NULL) < 0 ||
        cg_stmts(c, s->v.try_.body) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    cg_pop_block(c);
    if (cg_emit_noline(c, PT_OP_NOP, 0) < 0 || cg_stmts(c, s->v.try_.orelse) < 0 ||
        cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
        return -1;
    }
    int n = s->v.try_.handlers.len;
    cg_use_block(c, except);
    cg_unset_loc(c);
    if (cg_setup(c, cleanup, 1, 0) < 0 || cg_emit(c, PT_OP_PUSH_EXC_INFO, 0) < 0 ||
        cg_push_fblock(c, CG_FB_EXCEPTION_HANDLER, NULL, NULL, NULL) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        PtExceptHandler *h = s->v.try_.handlers.items[i];
        cg_set_loc(c, h->pos);
        if (!h->type && i < n - 1) {
            return cg_error(c, "default 'except:' must be last");
        }
        CgBlock *next = cg_new_block(c);
        if (next == NULL) {
            return -1;
        }
        if (h->type) {
            if (cg_expr(c, h->type) < 0 || cg_emit(c, PT_OP_CHECK_EXC_MATCH, 0) < 0 ||
                cg_emit_jump(c, PT_OP_POP_JUMP_IF_FALSE, next) < 0 || cg_next_block(c) < 0) {
                return -1;
            }
        }
        if (h->name) {
            CgBlock *cleanup_end = cg_new_block(c), *cleanup_body = cg_new_block(c);
            if (cleanup_end == NULL || cleanup_body == NULL ||
                cg_nameop(c, h->name, PT_CTX_STORE) < 0 || cg_setup(c, cleanup_end, 1, 0) < 0) {
                return -1;
            }
            cg_use_block(c, cleanup_body);
            if (cg_push_fblock(c, CG_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name) < 0 ||
                cg_stmts(c, h->body) < 0) {
                return -1;
            }
            cg_pop_fblock(c);
            cg_unset_loc(c);
            cg_pop_block(c);
            cg_pop_block(c);
            if (cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 || store_none_and_delete(c, h->name) < 0 ||
                cg_emit_jump(c, PT_OP_JUMP, end) < 0) {
                return -1;
            }
            // The handler body raised: delete the name, then re-raise.
            cg_use_block(c, cleanup_end);
            cg_unset_loc(c);
            c->u->handler = c->u->fblocks[c->u->nfblocks - 1].outer;
            if (store_none_and_delete(c, h->name) < 0 || cg_emit(c, PT_OP_RERAISE, 1) < 0) {
                return -1;
            }
        } else {
            CgBlock *cleanup_body = cg_new_block(c);
            if (cleanup_body == NULL || cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
                return -1;
            }
            cg_use_block(c, cleanup_body);
            if (cg_push_fblock(c, CG_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL) < 0 ||
                cg_stmts(c, h->body) < 0) {
                return -1;
            }
            cg_pop_fblock(c);
            cg_unset_loc(c);
            cg_pop_block(c);
            if (cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, end) < 0) {
                return -1;
            }
            // Restore the except-level handler for the next clause.
            c->u->handler = c->u->fblocks[c->u->nfblocks - 1].outer;
        }
        cg_use_block(c, next);
        c->u->handler = c->u->fblocks[c->u->nfblocks - 1].outer;
    }
    cg_unset_loc(c);
    cg_pop_fblock(c);
    if (cg_emit(c, PT_OP_RERAISE, 0) < 0) {
        return -1;
    }
    cg_pop_block(c);
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

static int cg_try_star_except(CgCompiler *c, PtStmt *s);

static int cg_try_finally(CgCompiler *c, PtStmt *s, int star) {
    CgBlock *body = cg_new_block(c), *end = cg_new_block(c), *exit = cg_new_block(c),
            *cleanup = cg_new_block(c);
    if (body == NULL || end == NULL || exit == NULL || cleanup == NULL ||
        cg_setup(c, end, 0, 0) < 0) {
        return -1;
    }
    cg_use_block(c, body);
    if (cg_push_fblock(c, CG_FB_FINALLY_TRY, body, end, &s->v.try_.finalbody) < 0) {
        return -1;
    }
    int r;
    if (s->v.try_.handlers.len) {
        r = star ? cg_try_star_except(c, s) : cg_try_except(c, s);
    } else {
        r = cg_stmts(c, s->v.try_.body);
    }
    if (r < 0) {
        return -1;
    }
    cg_pop_block(c);
    if (cg_emit_noline(c, PT_OP_NOP, 0) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    if (cg_stmts(c, s->v.try_.finalbody) < 0 || cg_emit_jump_noline(c, PT_OP_JUMP, exit) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    cg_unset_loc(c);
    if (cg_setup(c, cleanup, 1, 0) < 0 || cg_emit(c, PT_OP_PUSH_EXC_INFO, 0) < 0 ||
        cg_push_fblock(c, CG_FB_FINALLY_END, end, NULL, NULL) < 0 ||
        cg_stmts(c, s->v.try_.finalbody) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    if (cg_emit(c, PT_OP_RERAISE, 0) < 0) {
        return -1;
    }
    cg_pop_block(c);
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cg_use_block(c, exit);
    return 0;
}

static int cg_try_star_except(CgCompiler *c, PtStmt *s) {
    CgBlock *body = cg_new_block(c), *except = cg_new_block(c), *orelse = cg_new_block(c),
            *end = cg_new_block(c), *cleanup = cg_new_block(c), *reraise_star = cg_new_block(c);
    if (body == NULL || except == NULL || orelse == NULL || end == NULL || cleanup == NULL ||
        reraise_star == NULL || cg_setup(c, except, 0, 0) < 0) {
        return -1;
    }
    cg_use_block(c, body);
    if (cg_push_fblock(c, CG_FB_TRY_EXCEPT, body, NULL, NULL) < 0 ||
        cg_stmts(c, s->v.try_.body) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    cg_pop_block(c);
    if (cg_emit_noline(c, PT_OP_NOP, 0) < 0 || cg_emit_jump_noline(c, PT_OP_JUMP, orelse) < 0) {
        return -1;
    }
    int n = s->v.try_.handlers.len;
    cg_use_block(c, except);
    cg_unset_loc(c);
    if (cg_setup(c, cleanup, 1, 0) < 0 || cg_emit(c, PT_OP_PUSH_EXC_INFO, 0) < 0 ||
        cg_push_fblock(c, CG_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL) < 0) {
        return -1;
    }
    CgHandler *level = c->u->handler;
    for (int i = 0; i < n; i++) {
        PtExceptHandler *h = s->v.try_.handlers.items[i];
        cg_set_loc(c, h->pos);
        CgBlock *next = cg_new_block(c), *with_error = cg_new_block(c), *no_match = cg_new_block(c),
                *cleanup_end = cg_new_block(c), *cleanup_body = cg_new_block(c);
        if (next == NULL || with_error == NULL || no_match == NULL || cleanup_end == NULL ||
            cleanup_body == NULL) {
            return -1;
        }
        if (i == 0 && (cg_emit(c, PT_OP_COPY, 1) < 0 || cg_emit(c, PT_OP_BUILD_LIST, 0) < 0 ||
                       cg_emit(c, PT_OP_SWAP, 2) < 0)) {
            return -1;
        }
        if (h->type) {
            if (cg_expr(c, h->type) < 0 || cg_emit(c, PT_OP_CHECK_EG_MATCH, 0) < 0 ||
                cg_emit(c, PT_OP_COPY, 1) < 0 ||
                cg_emit_jump(c, PT_OP_POP_JUMP_IF_NONE, no_match) < 0 || cg_next_block(c) < 0) {
                return -1;
            }
        }
        if ((h->name ? cg_nameop(c, h->name, PT_CTX_STORE) : cg_emit(c, PT_OP_POP_TOP, 0)) < 0 ||
            cg_setup(c, cleanup_end, 1, 0) < 0) {
            return -1;
        }
        cg_use_block(c, cleanup_body);
        if (cg_push_fblock(c, CG_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name) < 0 ||
            cg_stmts(c, h->body) < 0) {
            return -1;
        }
        cg_pop_fblock(c);
        cg_pop_block(c);
        if (h->name && store_none_and_delete(c, h->name) < 0) {
            return -1;
        }
        if (cg_emit_jump(c, PT_OP_JUMP, next) < 0) {
            return -1;
        }
        cg_use_block(c, cleanup_end);
        if (h->name && store_none_and_delete(c, h->name) < 0) {
            return -1;
        }
        // Add the exception raised by the handler body to the list.
        if (cg_emit(c, PT_OP_LIST_APPEND, 3) < 0 || cg_emit(c, PT_OP_POP_TOP, 0) < 0 ||
            cg_emit_jump(c, PT_OP_JUMP, with_error) < 0) {
            return -1;
        }
        cg_use_block(c, next);
        if (cg_emit(c, PT_OP_NOP, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, with_error) < 0) {
            return -1;
        }
        cg_use_block(c, no_match);
        if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
            return -1;
        }
        cg_use_block(c, with_error);
        c->u->handler = level;
        if (i == n - 1 && (cg_emit(c, PT_OP_LIST_APPEND, 1) < 0 ||
                           cg_emit_jump(c, PT_OP_JUMP, reraise_star) < 0)) {
            return -1;
        }
    }
    cg_unset_loc(c);
    cg_pop_fblock(c);
    CgBlock *reraise = cg_new_block(c);
    if (reraise == NULL) {
        return -1;
    }
    cg_use_block(c, reraise_star);
    if (cg_emit(c, PT_OP_PREP_RERAISE_STAR, 0) < 0 || cg_emit(c, PT_OP_COPY, 1) < 0 ||
        cg_emit_jump(c, PT_OP_POP_JUMP_IF_NOT_NONE, reraise) < 0 || cg_next_block(c) < 0 ||
        cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    cg_pop_block(c);
    if (cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, end) < 0) {
        return -1;
    }
    cg_use_block(c, reraise);
    c->u->handler = level->parent;
    if (cg_emit(c, PT_OP_SWAP, 2) < 0 || cg_emit(c, PT_OP_POP_EXCEPT, 0) < 0 ||
        cg_emit(c, PT_OP_RERAISE, 0) < 0) {
        return -1;
    }
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cg_use_block(c, orelse);
    if (cg_stmts(c, s->v.try_.orelse) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

static int cg_try(CgCompiler *c, PtStmt *s, int star) {
    if (s->v.try_.finalbody.len) {
        return cg_try_finally(c, s, star);
    }
    return star ? cg_try_star_except(c, s) : cg_try_except(c, s);
}

// ---- Simple statements ----

static int cg_raise(CgCompiler *c, PtStmt *s) {
    int n = 0;
    if (s->v.raise.exc) {
        if (cg_expr(c, s->v.raise.exc) < 0) {
            return -1;
        }
        n++;
        if (s->v.raise.cause) {
            if (cg_expr(c, s->v.raise.cause) < 0) {
                return -1;
            }
            n++;
        }
    }
    if (cg_emit(c, PT_OP_RAISE_VARARGS, n) < 0) {
        return -1;
    }
    return cg_next_block(c);
}

static int cg_assert(CgCompiler *c, PtStmt *s) {
    if (c->optimize) {
        return 0;
    }
    CgBlock *end = cg_new_block(c);
    if (end == NULL || cg_jump_if(c, s->v.assert_.test, end, 1) < 0 ||
        cg_emit(c, PT_OP_LOAD_ASSERTION_ERROR, 0) < 0) {
        return -1;
    }
    if (s->v.assert_.msg) {
        // [AssertionError msg] CALL 0 calls AssertionError(msg).
        if (cg_expr(c, s->v.assert_.msg) < 0 || cg_emit(c, PT_OP_CALL, 0) < 0) {
            return -1;
        }
    }
    // The raise points at the failed test, as CPython's traceback carets do.
    cg_set_loc(c, s->v.assert_.test->pos);
    if (cg_emit(c, PT_OP_RAISE_VARARGS, 1) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

// A str object for `len` bytes of `s` (an arena copy for the name tables).
static const char *arena_substr(CgCompiler *c, const char *s, size_t len) {
    char *p = pt_arena_strndup(c->arena, s, len);
    if (p == NULL) {
        cg_nomem(c);
    }
    return p;
}

static int import_as(CgCompiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot == NULL) {
        return cg_nameop(c, asname, PT_CTX_STORE);
    }
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        size_t len = dot ? (size_t)(dot - start) : strlen(start);
        const char *attr = arena_substr(c, start, len);
        if (attr == NULL) {
            return -1;
        }
        int k = cg_name_index(c, &c->u->names, attr);
        if (k < 0 || cg_emit(c, PT_OP_IMPORT_FROM, k) < 0) {
            return -1;
        }
        if (dot == NULL) {
            break;
        }
        if (cg_emit(c, PT_OP_SWAP, 2) < 0 || cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    if (cg_nameop(c, asname, PT_CTX_STORE) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int cg_import(CgCompiler *c, PtStmt *s) {
    for (int i = 0; i < s->v.import.names.len; i++) {
        PtAlias *a = s->v.import.names.items[i];
        if (cg_load_int(c, 0) < 0 || cg_load_none(c) < 0 ||
            cg_emit_name(c, PT_OP_IMPORT_NAME, a->name) < 0) {
            return -1;
        }
        if (a->asname) {
            if (import_as(c, a->name, a->asname) < 0) {
                return -1;
            }
            continue;
        }
        const char *dot = strchr(a->name, '.');
        const char *store = dot ? arena_substr(c, a->name, (size_t)(dot - a->name)) : a->name;
        if (store == NULL || cg_nameop(c, store, PT_CTX_STORE) < 0) {
            return -1;
        }
    }
    return 0;
}

static int cg_importfrom(CgCompiler *c, PtStmt *s) {
    PtAliasSeq names = s->v.importfrom.names;
    const char *module = s->v.importfrom.module;
    if (cg_load_int(c, s->v.importfrom.level) < 0) {
        return -1;
    }
    if (module != NULL && strcmp(module, "__future__") == 0 && s->pos.lineno > c->future_lineno) {
        return cg_error(c, "from __future__ imports must occur at the beginning of the file");
    }
    PtObject *tup = pt_tuple_new(names.len);
    if (tup == NULL) {
        return -1;
    }
    int failed = 0;
    for (int i = 0; i < names.len; i++) {
        PtObject *n = failed ? NULL : cg_str(c, names.items[i]->name);
        failed |= n == NULL;
        pt_tuple_set_steal(tup, i, n != NULL ? n : pt_newref(pt_None));
    }
    if (failed) {
        pt_decref(tup);
        return -1;
    }
    if (cg_load_const_steal(c, tup) < 0 ||
        cg_emit_name(c, PT_OP_IMPORT_NAME, module ? module : "") < 0) {
        return -1;
    }
    for (int i = 0; i < names.len; i++) {
        PtAlias *a = names.items[i];
        if (i == 0 && a->name[0] == '*') {
            return cg_emit(c, PT_OP_IMPORT_STAR, 0);
        }
        if (cg_emit_name(c, PT_OP_IMPORT_FROM, a->name) < 0 ||
            cg_nameop(c, a->asname ? a->asname : a->name, PT_CTX_STORE) < 0) {
            return -1;
        }
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int cg_expr_stmt(CgCompiler *c, PtExpr *value) {
    if (c->interactive && c->nestlevel <= 1) {
        if (cg_expr(c, value) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_PRINT_EXPR, 0);
    }
    if (value->kind == PT_EXPR_CONSTANT) {
        return cg_emit(c, PT_OP_NOP, 0);
    }
    if (cg_expr(c, value) < 0) {
        return -1;
    }
    return cg_emit_noline(c, PT_OP_POP_TOP, 0);
}

static int cg_assign(CgCompiler *c, PtStmt *s) {
    PtExprSeq targets = s->v.assign.targets;
    if (cg_expr(c, s->v.assign.value) < 0) {
        return -1;
    }
    for (int i = 0; i < targets.len; i++) {
        if (i < targets.len - 1 && cg_emit(c, PT_OP_COPY, 1) < 0) {
            return -1;
        }
        if (cg_expr(c, targets.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int cg_augassign(CgCompiler *c, PtStmt *s) {
    PtExpr *e = s->v.augassign.target;
    PtLocation stmt_loc = c->u->loc;
    cg_set_loc(c, e->pos);
    switch (e->kind) {
    case PT_EXPR_ATTRIBUTE:
        if (cg_expr(c, e->v.attribute.value) < 0 || cg_emit(c, PT_OP_COPY, 1) < 0 ||
            cg_emit_name(c, PT_OP_LOAD_ATTR, e->v.attribute.attr) < 0) {
            return -1;
        }
        break;
    case PT_EXPR_SUBSCRIPT:
        if (cg_expr(c, e->v.subscript.value) < 0 || cg_expr(c, e->v.subscript.slice) < 0 ||
            cg_emit(c, PT_OP_COPY, 2) < 0 || cg_emit(c, PT_OP_COPY, 2) < 0 ||
            cg_emit(c, PT_OP_BINARY_SUBSCR, 0) < 0) {
            return -1;
        }
        break;
    case PT_EXPR_NAME:
        if (cg_nameop(c, e->v.name.id, PT_CTX_LOAD) < 0) {
            return -1;
        }
        break;
    default:
        pt_err_set_string(pt_exc_SystemError, "invalid node type for augmented assignment");
        return -1;
    }
    c->u->loc = stmt_loc;
    static const int ops[] = {0, PT_BINOP_ADD, PT_BINOP_SUB, PT_BINOP_MUL, PT_BINOP_MATMUL,
                              PT_BINOP_TRUEDIV, PT_BINOP_MOD, PT_BINOP_POW, PT_BINOP_LSHIFT,
                              PT_BINOP_RSHIFT, PT_BINOP_OR, PT_BINOP_XOR, PT_BINOP_AND,
                              PT_BINOP_FLOORDIV};
    if (cg_expr(c, s->v.augassign.value) < 0 ||
        cg_emit(c, PT_OP_BINARY_OP, ops[s->v.augassign.op] + PT_BINOP_INPLACE) < 0) {
        return -1;
    }
    cg_set_loc(c, e->pos);
    switch (e->kind) {
    case PT_EXPR_ATTRIBUTE:
        if (cg_emit(c, PT_OP_SWAP, 2) < 0) {
            return -1;
        }
        return cg_emit_name(c, PT_OP_STORE_ATTR, e->v.attribute.attr);
    case PT_EXPR_SUBSCRIPT:
        if (cg_emit(c, PT_OP_SWAP, 3) < 0 || cg_emit(c, PT_OP_SWAP, 2) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_STORE_SUBSCR, 0);
    default:
        return cg_nameop(c, e->v.name.id, PT_CTX_STORE);
    }
}

// Evaluate `e` for its side effects only.
static int check_ann_expr(CgCompiler *c, PtExpr *e) {
    if (cg_expr(c, e) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int check_ann_subscr(CgCompiler *c, PtExpr *e) {
    if (e->kind == PT_EXPR_SLICE) {
        if ((e->v.slice.lower && check_ann_expr(c, e->v.slice.lower) < 0) ||
            (e->v.slice.upper && check_ann_expr(c, e->v.slice.upper) < 0) ||
            (e->v.slice.step && check_ann_expr(c, e->v.slice.step) < 0)) {
            return -1;
        }
        return 0;
    }
    if (e->kind == PT_EXPR_TUPLE) {
        for (int i = 0; i < e->v.seq.elts.len; i++) {
            if (check_ann_subscr(c, e->v.seq.elts.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return check_ann_expr(c, e);
}

static int cg_annassign(CgCompiler *c, PtStmt *s) {
    PtExpr *targ = s->v.annassign.target;
    int module_or_class = c->u->scope_type == CG_SCOPE_MODULE || c->u->scope_type == CG_SCOPE_CLASS;
    if (s->v.annassign.value) {
        if (cg_expr(c, s->v.annassign.value) < 0 || cg_expr(c, targ) < 0) {
            return -1;
        }
    }
    switch (targ->kind) {
    case PT_EXPR_NAME:
        if (cg_forbidden_name(c, targ->v.name.id, PT_CTX_STORE)) {
            return -1;
        }
        if (s->v.annassign.simple && module_or_class) {
            const char *m = cg_mangle(c, targ->v.name.id);
            if (m == NULL || cg_annotation(c, s->v.annassign.annotation) < 0 ||
                cg_emit_name(c, PT_OP_LOAD_NAME, "__annotations__") < 0 ||
                cg_load_const_steal(c, cg_str(c, m)) < 0 ||
                cg_emit(c, PT_OP_STORE_SUBSCR, 0) < 0) {
                return -1;
            }
        }
        break;
    case PT_EXPR_ATTRIBUTE:
        if (cg_forbidden_name(c, targ->v.attribute.attr, PT_CTX_STORE)) {
            return -1;
        }
        if (!s->v.annassign.value && check_ann_expr(c, targ->v.attribute.value) < 0) {
            return -1;
        }
        break;
    case PT_EXPR_SUBSCRIPT:
        if (!s->v.annassign.value && (check_ann_expr(c, targ->v.subscript.value) < 0 ||
                                      check_ann_subscr(c, targ->v.subscript.slice) < 0)) {
            return -1;
        }
        break;
    default:
        pt_err_set_string(pt_exc_SystemError, "invalid node type for annotated assignment");
        return -1;
    }
    if (!s->v.annassign.simple && !(c->flags & CG_FUTURE_ANNOTATIONS) && module_or_class) {
        return check_ann_expr(c, s->v.annassign.annotation);
    }
    return 0;
}

// ---- The dispatcher ----

static int stmt_inner(CgCompiler *c, PtStmt *s) {
    switch (s->kind) {
    case PT_STMT_FUNCTIONDEF:
    case PT_STMT_ASYNCFUNCTIONDEF:
        return cg_funcdef(c, s);
    case PT_STMT_CLASSDEF:
        return cg_classdef(c, s);
    case PT_STMT_RETURN:
        return cg_return(c, s);
    case PT_STMT_DELETE:
        return cg_exprs(c, s->v.delete_.targets);
    case PT_STMT_ASSIGN:
        return cg_assign(c, s);
    case PT_STMT_AUGASSIGN:
        return cg_augassign(c, s);
    case PT_STMT_ANNASSIGN:
        return cg_annassign(c, s);
    case PT_STMT_FOR:
        return cg_for(c, s);
    case PT_STMT_ASYNCFOR:
        return cg_async_for(c, s);
    case PT_STMT_WHILE:
        return cg_while(c, s);
    case PT_STMT_IF:
        return cg_if(c, s);
    case PT_STMT_WITH:
        return cg_with(c, s, 0, 0);
    case PT_STMT_ASYNCWITH:
        return cg_with(c, s, 0, 1);
    case PT_STMT_MATCH:
        return cg_match(c, s);
    case PT_STMT_RAISE:
        return cg_raise(c, s);
    case PT_STMT_TRY:
        return cg_try(c, s, 0);
    case PT_STMT_TRYSTAR:
        return cg_try(c, s, 1);
    case PT_STMT_ASSERT:
        return cg_assert(c, s);
    case PT_STMT_IMPORT:
        return cg_import(c, s);
    case PT_STMT_IMPORTFROM:
        return cg_importfrom(c, s);
    case PT_STMT_GLOBAL:
    case PT_STMT_NONLOCAL:
        return 0;
    case PT_STMT_EXPR:
        return cg_expr_stmt(c, s->v.expr.value);
    case PT_STMT_PASS:
        return cg_emit(c, PT_OP_NOP, 0);
    case PT_STMT_BREAK:
        return cg_break_continue(c, 1);
    case PT_STMT_CONTINUE:
        return cg_break_continue(c, 0);
    }
    pt_err_set_string(pt_exc_SystemError, "compiler: unknown statement kind");
    return -1;
}

int cg_stmt(CgCompiler *c, PtStmt *s) {
    cg_set_loc(c, s->pos);
    return stmt_inner(c, s);
}
