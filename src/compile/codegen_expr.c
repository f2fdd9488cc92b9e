// src/compile/codegen_expr.c: code generation for expressions.
//
// One function per expression kind, dispatched by cg_expr, which also sets
// the current location to the node's span while it is compiled (restoring it
// after, as CPython does, so the instruction that consumes a value gets the
// location of the enclosing expression). Expressions leave exactly one value
// on the stack; assignment targets (Store/Del contexts) consume one.
//
// Calls follow opcodes.def: the callable, then a "self or NULL" slot, then
// the arguments. `obj.m(args)` uses LOAD_METHOD; `super().m(args)` in a
// method uses LOAD_SUPER_METHOD; calls with */** go through
// CALL_FUNCTION_EX. Comprehensions, lambdas and generator expressions are
// nested code objects; a comprehension is called at once with its outermost
// iterator as the only argument.
//
// Constant subexpressions are folded first (cg_fold in codegen.c), so `-1`,
// `2**10` and `(1, 2)` load one constant.
#include <string.h>

#include "pith/abstract.h"  // PT_BINOP_*
#include "pith/dict.h"      // pt_frozenset_new
#include "pith/errors.h"    // pt_err_*
#include "pith/int.h"       // pt_True
#include "pith/str.h"       // pt_str_from_utf8
#include "pith/tuple.h"     // pt_tuple_*
#include "compile/codegen.h"  // CgCompiler

static int binop_arg(PtOperator op) {
    switch (op) {
    case PT_OP_ADD: return PT_BINOP_ADD;
    case PT_OP_SUB: return PT_BINOP_SUB;
    case PT_OP_MULT: return PT_BINOP_MUL;
    case PT_OP_MATMULT: return PT_BINOP_MATMUL;
    case PT_OP_DIV: return PT_BINOP_TRUEDIV;
    case PT_OP_MOD: return PT_BINOP_MOD;
    case PT_OP_POW: return PT_BINOP_POW;
    case PT_OP_LSHIFT: return PT_BINOP_LSHIFT;
    case PT_OP_RSHIFT: return PT_BINOP_RSHIFT;
    case PT_OP_BITOR: return PT_BINOP_OR;
    case PT_OP_BITXOR: return PT_BINOP_XOR;
    case PT_OP_BITAND: return PT_BINOP_AND;
    case PT_OP_FLOORDIV: return PT_BINOP_FLOORDIV;
    }
    return PT_BINOP_ADD;
}

// ---- Names ----

int cg_forbidden_name(CgCompiler *c, const char *name, PtExprCtx ctx) {
    if (strcmp(name, "__debug__") != 0) {
        return 0;
    }
    if (ctx == PT_CTX_STORE) {
        cg_error(c, "cannot assign to __debug__");
        return 1;
    }
    if (ctx == PT_CTX_DEL) {
        cg_error(c, "cannot delete __debug__");
        return 1;
    }
    return 0;
}

static int op_for_ctx(PtExprCtx ctx, int load, int store, int del) {
    return ctx == PT_CTX_LOAD ? load : ctx == PT_CTX_STORE ? store : del;
}

int cg_nameop(CgCompiler *c, const char *name, PtExprCtx ctx) {
    if (cg_forbidden_name(c, name, ctx)) {
        return -1;
    }
    CgUnit *u = c->u;
    const char *m = cg_mangle(c, name);
    if (m == NULL) {
        return -1;
    }
    int scope = pt_scope_get(u->ste, m);
    int function = u->ste->type == PT_BLOCK_FUNCTION;
    switch (scope) {
    case PT_SCOPE_FREE:
    case PT_SCOPE_CELL: {
        int k = cg_deref_index(u, m, scope == PT_SCOPE_CELL);
        if (k < 0) {
            pt_err_format(pt_exc_SystemError, "compiler: lost cell variable '%s'", m);
            return -1;
        }
        int load = u->ste->type == PT_BLOCK_CLASS ? PT_OP_LOAD_CLASSDEREF : PT_OP_LOAD_DEREF;
        return cg_emit(c, op_for_ctx(ctx, load, PT_OP_STORE_DEREF, PT_OP_DELETE_DEREF), k);
    }
    case PT_SCOPE_LOCAL:
        if (function) {
            int k = cg_name_index(c, &u->varnames, m);
            if (k < 0) {
                return -1;
            }
            return cg_emit(c, op_for_ctx(ctx, PT_OP_LOAD_FAST, PT_OP_STORE_FAST, PT_OP_DELETE_FAST),
                           k);
        }
        break;
    case PT_SCOPE_GLOBAL_IMPLICIT:
        if (!function) {
            break;
        }
        // fall through
    case PT_SCOPE_GLOBAL_EXPLICIT: {
        int k = cg_name_index(c, &u->names, m);
        if (k < 0) {
            return -1;
        }
        if (ctx == PT_CTX_LOAD) {
            return cg_emit(c, PT_OP_LOAD_GLOBAL, k << 1);
        }
        return cg_emit(c, op_for_ctx(ctx, 0, PT_OP_STORE_GLOBAL, PT_OP_DELETE_GLOBAL), k);
    }
    default:
        break;
    }
    int k = cg_name_index(c, &u->names, m);
    if (k < 0) {
        return -1;
    }
    return cg_emit(c, op_for_ctx(ctx, PT_OP_LOAD_NAME, PT_OP_STORE_NAME, PT_OP_DELETE_NAME), k);
}

static int cg_name(CgCompiler *c, PtExpr *e) {
    if (e->v.name.ctx == PT_CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0) {
        return cg_load_const(c, c->optimize ? pt_False : pt_True);
    }
    return cg_nameop(c, e->v.name.id, e->v.name.ctx);
}

// ---- Sequences ----

int cg_exprs(CgCompiler *c, PtExprSeq seq) {
    for (int i = 0; i < seq.len; i++) {
        if (cg_expr(c, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// Unpack the value on the stack into the targets `elts` (tuple/list store).
int cg_unpack_helper(CgCompiler *c, PtExprSeq elts) {
    int n = elts.len, seen_star = 0;
    for (int i = 0; i < n; i++) {
        PtExpr *elt = elts.items[i];
        if (elt->kind == PT_EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
                return cg_error(c, "too many expressions in star-unpacking assignment");
            }
            if (cg_emit(c, PT_OP_UNPACK_EX, i | ((n - i - 1) << 8)) < 0) {
                return -1;
            }
            seen_star = 1;
        } else if (elt->kind == PT_EXPR_STARRED) {
            return cg_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star && cg_emit(c, PT_OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        PtExpr *elt = elts.items[i];
        if (cg_expr(c, elt->kind == PT_EXPR_STARRED ? elt->v.starred.value : elt) < 0) {
            return -1;
        }
    }
    return 0;
}

// The folded constant of every item of `elts`, as a new tuple, or NULL (no
// exception) if some item is not constant. *err on a real error.
static PtObject *const_items(CgCompiler *c, PtExprSeq elts, int *err) {
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i] == NULL || elts.items[i]->kind == PT_EXPR_STARRED) {
            return NULL;
        }
    }
    PtObject *t = pt_tuple_new(elts.len);
    if (t == NULL) {
        *err = 1;
        return NULL;
    }
    for (int i = 0; i < elts.len; i++) {
        PtObject *v = cg_fold(c, elts.items[i], err);
        if (v == NULL) {
            for (int j = i; j < elts.len; j++) {
                pt_tuple_set_steal(t, j, pt_newref(pt_None));
            }
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, i, v);
    }
    return t;
}

// Build a list/tuple/set display, handling starred items (CPython's
// starunpack_helper). `pushed` values are already on the stack.
static int starunpack(CgCompiler *c, PtExprSeq elts, int pushed, int build, int add, int extend,
                      int tuple) {
    int n = elts.len;
    if (n > 2) {
        int err = 0;
        PtObject *folded = const_items(c, elts, &err);
        if (err) {
            return -1;
        }
        if (folded != NULL) {
            if (tuple && !pushed) {
                return cg_load_const_steal(c, folded);
            }
            if (add == PT_OP_SET_ADD) {
                PtObject *fs = pt_frozenset_new(folded);
                pt_decref(folded);
                folded = fs;
            }
            if (folded == NULL || cg_emit(c, build, pushed) < 0 ||
                cg_load_const_steal(c, folded) < 0 || cg_emit(c, extend, 1) < 0) {
                return -1;
            }
            return tuple ? cg_emit(c, PT_OP_LIST_TO_TUPLE, 0) : 0;
        }
    }
    int big = n + pushed > CG_STACK_USE_GUIDELINE, seen_star = 0;
    for (int i = 0; i < n; i++) {
        seen_star |= elts.items[i]->kind == PT_EXPR_STARRED;
    }
    if (!seen_star && !big) {
        if (cg_exprs(c, elts) < 0) {
            return -1;
        }
        return cg_emit(c, tuple ? PT_OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        if (cg_emit(c, build, pushed) < 0) {
            return -1;
        }
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        PtExpr *elt = elts.items[i];
        if (elt->kind == PT_EXPR_STARRED) {
            if (!built) {
                if (cg_emit(c, build, i + pushed) < 0) {
                    return -1;
                }
                built = 1;
            }
            if (cg_expr(c, elt->v.starred.value) < 0 || cg_emit(c, extend, 1) < 0) {
                return -1;
            }
        } else {
            if (cg_expr(c, elt) < 0 || (built && cg_emit(c, add, 1) < 0)) {
                return -1;
            }
        }
    }
    return tuple ? cg_emit(c, PT_OP_LIST_TO_TUPLE, 0) : 0;
}

static int cg_list_or_tuple(CgCompiler *c, PtExpr *e, int tuple) {
    switch (e->v.seq.ctx) {
    case PT_CTX_STORE:
        return cg_unpack_helper(c, e->v.seq.elts);
    case PT_CTX_LOAD:
        return starunpack(c, e->v.seq.elts, 0, PT_OP_BUILD_LIST, PT_OP_LIST_APPEND,
                          PT_OP_LIST_EXTEND, tuple);
    default:
        return cg_exprs(c, e->v.seq.elts);
    }
}

// Keys [begin, end) of a dict display into one dict (CPython's compiler_subdict).
static int cg_subdict(CgCompiler *c, PtExpr *e, int begin, int end) {
    int n = end - begin, big = n * 2 > CG_STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        PtExprSeq keys = {e->v.dict.keys.items + begin, n};
        int err = 0;
        PtObject *kt = const_items(c, keys, &err);
        if (err) {
            return -1;
        }
        if (kt != NULL) {
            for (int i = begin; i < end; i++) {
                if (cg_expr(c, e->v.dict.values.items[i]) < 0) {
                    pt_decref(kt);
                    return -1;
                }
            }
            if (cg_load_const_steal(c, kt) < 0) {
                return -1;
            }
            return cg_emit(c, PT_OP_BUILD_CONST_KEY_MAP, n);
        }
    }
    if (big && cg_emit(c, PT_OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        if (cg_expr(c, e->v.dict.keys.items[i]) < 0 || cg_expr(c, e->v.dict.values.items[i]) < 0) {
            return -1;
        }
        if (big && cg_emit(c, PT_OP_MAP_ADD, 1) < 0) {
            return -1;
        }
    }
    return big ? 0 : cg_emit(c, PT_OP_BUILD_MAP, n);
}

static int cg_dict(CgCompiler *c, PtExpr *e) {
    int n = e->v.dict.values.len, have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.dict.keys.items[i] == NULL) {
            if (elements) {
                if (cg_subdict(c, e, i - elements, i) < 0 ||
                    (have_dict && cg_emit(c, PT_OP_DICT_UPDATE, 1) < 0)) {
                    return -1;
                }
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                if (cg_emit(c, PT_OP_BUILD_MAP, 0) < 0) {
                    return -1;
                }
                have_dict = 1;
            }
            if (cg_expr(c, e->v.dict.values.items[i]) < 0 ||
                cg_emit(c, PT_OP_DICT_UPDATE, 1) < 0) {
                return -1;
            }
        } else if (elements * 2 > CG_STACK_USE_GUIDELINE) {
            if (cg_subdict(c, e, i - elements, i + 1) < 0 ||
                (have_dict && cg_emit(c, PT_OP_DICT_UPDATE, 1) < 0)) {
                return -1;
            }
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (cg_subdict(c, e, n - elements, n) < 0 ||
            (have_dict && cg_emit(c, PT_OP_DICT_UPDATE, 1) < 0)) {
            return -1;
        }
        have_dict = 1;
    }
    return have_dict ? 0 : cg_emit(c, PT_OP_BUILD_MAP, 0);
}

// ---- Operators ----

static int emit_compare(CgCompiler *c, PtCmpOp op) {
    switch (op) {
    case PT_CMP_EQ: return cg_emit(c, PT_OP_COMPARE_OP, PT_EQ);
    case PT_CMP_NOTEQ: return cg_emit(c, PT_OP_COMPARE_OP, PT_NE);
    case PT_CMP_LT: return cg_emit(c, PT_OP_COMPARE_OP, PT_LT);
    case PT_CMP_LTE: return cg_emit(c, PT_OP_COMPARE_OP, PT_LE);
    case PT_CMP_GT: return cg_emit(c, PT_OP_COMPARE_OP, PT_GT);
    case PT_CMP_GTE: return cg_emit(c, PT_OP_COMPARE_OP, PT_GE);
    case PT_CMP_IS: return cg_emit(c, PT_OP_IS_OP, 0);
    case PT_CMP_ISNOT: return cg_emit(c, PT_OP_IS_OP, 1);
    case PT_CMP_IN: return cg_emit(c, PT_OP_CONTAINS_OP, 0);
    case PT_CMP_NOTIN: return cg_emit(c, PT_OP_CONTAINS_OP, 1);
    }
    return -1;
}

// An operand that is only iterated or searched: a list display becomes a
// tuple (a constant one if it can), a set of constants a frozenset
// (CPython's fold_iter). Used for `for` iterables and the last operand of
// `in` / `not in`.
int cg_iter_operand(CgCompiler *c, PtExpr *e) {
    if (e->kind != PT_EXPR_LIST && e->kind != PT_EXPR_SET) {
        return cg_expr(c, e);
    }
    PtExprSeq elts = e->kind == PT_EXPR_LIST ? e->v.seq.elts : e->v.set.elts;
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == PT_EXPR_STARRED) {
            return cg_expr(c, e);
        }
    }
    int err = 0;
    PtObject *t = const_items(c, elts, &err);
    if (err) {
        return -1;
    }
    PtLocation saved = c->u->loc;
    cg_set_loc(c, e->pos);
    int r;
    if (t != NULL) {
        if (e->kind == PT_EXPR_SET) {
            PtObject *fs = pt_frozenset_new(t);
            pt_decref(t);
            t = fs;
        }
        r = cg_load_const_steal(c, t);
    } else if (e->kind == PT_EXPR_LIST) {
        r = starunpack(c, elts, 0, PT_OP_BUILD_LIST, PT_OP_LIST_APPEND, PT_OP_LIST_EXTEND, 1);
    } else {
        r = cg_expr(c, e);
    }
    c->u->loc = saved;
    return r;
}

// Comparator `i` of a comparison: only the last one may be rewritten.
static int cg_comparator(CgCompiler *c, PtExpr *cmp, int i) {
    PtCmpOp op = cmp->v.compare.ops.items[i];
    PtExpr *e = cmp->v.compare.comparators.items[i];
    if (i == cmp->v.compare.ops.len - 1 && (op == PT_CMP_IN || op == PT_CMP_NOTIN)) {
        return cg_iter_operand(c, e);
    }
    return cg_expr(c, e);
}

static int cg_compare(CgCompiler *c, PtExpr *e) {
    int n = e->v.compare.ops.len - 1;
    if (cg_expr(c, e->v.compare.left) < 0) {
        return -1;
    }
    if (n == 0) {
        if (cg_comparator(c, e, 0) < 0) {
            return -1;
        }
        return emit_compare(c, e->v.compare.ops.items[0]);
    }
    CgBlock *cleanup = cg_new_block(c), *end = cg_new_block(c);
    if (cleanup == NULL || end == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (cg_comparator(c, e, i) < 0 ||
            cg_emit(c, PT_OP_SWAP, 2) < 0 || cg_emit(c, PT_OP_COPY, 2) < 0 ||
            emit_compare(c, e->v.compare.ops.items[i]) < 0 ||
            cg_emit_jump(c, PT_OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0 || cg_next_block(c) < 0) {
            return -1;
        }
    }
    if (cg_comparator(c, e, n) < 0 ||
        emit_compare(c, e->v.compare.ops.items[n]) < 0 ||
        cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
        return -1;
    }
    cg_use_block(c, cleanup);
    if (cg_emit(c, PT_OP_SWAP, 2) < 0 || cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

// `not (a is b)` and friends compile as the inverted comparison.
static PtExpr *inverted_compare(CgCompiler *c, PtExpr *e) {
    if (e->kind != PT_EXPR_COMPARE || e->v.compare.ops.len != 1) {
        return NULL;
    }
    PtCmpOp op = e->v.compare.ops.items[0], inv;
    switch (op) {
    case PT_CMP_IS: inv = PT_CMP_ISNOT; break;
    case PT_CMP_ISNOT: inv = PT_CMP_IS; break;
    case PT_CMP_IN: inv = PT_CMP_NOTIN; break;
    case PT_CMP_NOTIN: inv = PT_CMP_IN; break;
    default: return NULL;
    }
    PtExpr *copy = pt_arena_alloc(c->arena, sizeof(PtExpr));
    PtCmpOp *ops = pt_arena_alloc(c->arena, sizeof(PtCmpOp));
    if (copy == NULL || ops == NULL) {
        return NULL;
    }
    *copy = *e;
    ops[0] = inv;
    copy->v.compare.ops.items = ops;
    return copy;
}

static int cg_unaryop(CgCompiler *c, PtExpr *e) {
    if (e->v.unaryop.op == PT_UNARY_NOT) {
        PtExpr *inv = inverted_compare(c, e->v.unaryop.operand);
        if (inv != NULL) {
            return cg_expr(c, inv);
        }
    }
    if (cg_expr(c, e->v.unaryop.operand) < 0) {
        return -1;
    }
    switch (e->v.unaryop.op) {
    case PT_UNARY_INVERT: return cg_emit(c, PT_OP_UNARY_INVERT, 0);
    case PT_UNARY_NOT: return cg_emit(c, PT_OP_UNARY_NOT, 0);
    case PT_UNARY_UADD: return cg_emit(c, PT_OP_UNARY_POSITIVE, 0);
    case PT_UNARY_USUB: return cg_emit(c, PT_OP_UNARY_NEGATIVE, 0);
    }
    return -1;
}

static int cg_boolop(CgCompiler *c, PtExpr *e) {
    int jump = e->v.boolop.op == PT_BOOL_AND ? PT_OP_JUMP_IF_FALSE_OR_POP : PT_OP_JUMP_IF_TRUE_OR_POP;
    CgBlock *end = cg_new_block(c);
    if (end == NULL) {
        return -1;
    }
    PtExprSeq s = e->v.boolop.values;
    for (int i = 0; i < s.len - 1; i++) {
        if (cg_expr(c, s.items[i]) < 0 || cg_emit_jump(c, jump, end) < 0 || cg_next_block(c) < 0) {
            return -1;
        }
    }
    if (cg_expr(c, s.items[s.len - 1]) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

int cg_jump_if(CgCompiler *c, PtExpr *e, CgBlock *target, int cond) {
    switch (e->kind) {
    case PT_EXPR_UNARYOP:
        if (e->v.unaryop.op == PT_UNARY_NOT) {
            return cg_jump_if(c, e->v.unaryop.operand, target, !cond);
        }
        break;
    case PT_EXPR_BOOLOP: {
        PtExprSeq s = e->v.boolop.values;
        int cond2 = e->v.boolop.op == PT_BOOL_OR;
        CgBlock *next2 = target;
        if (!cond2 != !cond) {
            next2 = cg_new_block(c);
            if (next2 == NULL) {
                return -1;
            }
        }
        for (int i = 0; i < s.len - 1; i++) {
            if (cg_jump_if(c, s.items[i], next2, cond2) < 0) {
                return -1;
            }
        }
        if (cg_jump_if(c, s.items[s.len - 1], target, cond) < 0) {
            return -1;
        }
        if (next2 != target) {
            cg_use_block(c, next2);
        }
        return 0;
    }
    case PT_EXPR_IFEXP: {
        CgBlock *end = cg_new_block(c), *next2 = cg_new_block(c);
        if (end == NULL || next2 == NULL || cg_jump_if(c, e->v.ifexp.test, next2, 0) < 0 ||
            cg_jump_if(c, e->v.ifexp.body, target, cond) < 0 ||
            cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
            return -1;
        }
        cg_use_block(c, next2);
        if (cg_jump_if(c, e->v.ifexp.orelse, target, cond) < 0) {
            return -1;
        }
        cg_use_block(c, end);
        return 0;
    }
    case PT_EXPR_COMPARE: {
        int n = e->v.compare.ops.len - 1;
        if (n == 0) {
            break;
        }
        PtLocation saved = c->u->loc;
        cg_set_loc(c, e->pos);
        CgBlock *cleanup = cg_new_block(c), *end = cg_new_block(c);
        if (cleanup == NULL || end == NULL || cg_expr(c, e->v.compare.left) < 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (cg_comparator(c, e, i) < 0 ||
                cg_emit(c, PT_OP_SWAP, 2) < 0 || cg_emit(c, PT_OP_COPY, 2) < 0 ||
                emit_compare(c, e->v.compare.ops.items[i]) < 0 ||
                cg_emit_jump(c, PT_OP_POP_JUMP_IF_FALSE, cleanup) < 0 || cg_next_block(c) < 0) {
                return -1;
            }
        }
        if (cg_comparator(c, e, n) < 0 ||
            emit_compare(c, e->v.compare.ops.items[n]) < 0 ||
            cg_emit_jump(c, cond ? PT_OP_POP_JUMP_IF_TRUE : PT_OP_POP_JUMP_IF_FALSE, target) < 0 ||
            cg_next_block(c) < 0 || cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
            return -1;
        }
        cg_use_block(c, cleanup);
        if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
            return -1;
        }
        if (!cond && cg_emit_jump_noline(c, PT_OP_JUMP, target) < 0) {
            return -1;
        }
        cg_use_block(c, end);
        c->u->loc = saved;
        return 0;
    }
    default:
        break;
    }
    if (cg_expr(c, e) < 0) {
        return -1;
    }
    if (cg_emit_jump(c, cond ? PT_OP_POP_JUMP_IF_TRUE : PT_OP_POP_JUMP_IF_FALSE, target) < 0) {
        return -1;
    }
    return cg_next_block(c);
}

static int cg_ifexp(CgCompiler *c, PtExpr *e) {
    CgBlock *end = cg_new_block(c), *next = cg_new_block(c);
    if (end == NULL || next == NULL || cg_jump_if(c, e->v.ifexp.test, next, 0) < 0 ||
        cg_expr(c, e->v.ifexp.body) < 0 || cg_emit_jump_noline(c, PT_OP_JUMP, end) < 0) {
        return -1;
    }
    cg_use_block(c, next);
    if (cg_expr(c, e->v.ifexp.orelse) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    return 0;
}

// ---- Attributes and subscripts ----

// For a multi-line `a.\nb`, point the attribute instruction at the line of
// the attribute name (CPython's update_start_location_to_match_attr).
static void attr_location(CgCompiler *c, PtExpr *e) {
    PtLocation *l = &c->u->loc;
    if (l->line != e->pos.end_lineno) {
        l->line = e->pos.end_lineno;
        int len = (int)strlen(e->v.attribute.attr);
        if (len <= e->pos.end_col_offset) {
            l->col = e->pos.end_col_offset - len;
        } else {
            l->col = l->end_col = -1;
        }
    }
}

static int cg_attribute(CgCompiler *c, PtExpr *e) {
    PtExprCtx ctx = e->v.attribute.ctx;
    if (ctx != PT_CTX_LOAD && cg_forbidden_name(c, e->v.attribute.attr, ctx)) {
        return -1;
    }
    if (cg_expr(c, e->v.attribute.value) < 0) {
        return -1;
    }
    attr_location(c, e);
    return cg_emit_name(c, op_for_ctx(ctx, PT_OP_LOAD_ATTR, PT_OP_STORE_ATTR, PT_OP_DELETE_ATTR),
                        e->v.attribute.attr);
}

static int cg_slice(CgCompiler *c, PtExpr *e) {
    int n = 2;
    if ((e->v.slice.lower ? cg_expr(c, e->v.slice.lower) : cg_load_none(c)) < 0 ||
        (e->v.slice.upper ? cg_expr(c, e->v.slice.upper) : cg_load_none(c)) < 0) {
        return -1;
    }
    if (e->v.slice.step) {
        n++;
        if (cg_expr(c, e->v.slice.step) < 0) {
            return -1;
        }
    }
    return cg_emit(c, PT_OP_BUILD_SLICE, n);
}

static int cg_subscript(CgCompiler *c, PtExpr *e) {
    if (cg_expr(c, e->v.subscript.value) < 0 || cg_expr(c, e->v.subscript.slice) < 0) {
        return -1;
    }
    return cg_emit(c, op_for_ctx(e->v.subscript.ctx, PT_OP_BINARY_SUBSCR, PT_OP_STORE_SUBSCR,
                                 PT_OP_DELETE_SUBSCR), 0);
}

// ---- Calls ----

static int validate_keywords(CgCompiler *c, PtKeywordSeq kws) {
    for (int i = 0; i < kws.len; i++) {
        PtKeyword *k = kws.items[i];
        if (k->arg == NULL) {
            continue;
        }
        if (cg_forbidden_name(c, k->arg, PT_CTX_STORE)) {
            return -1;
        }
        for (int j = i + 1; j < kws.len; j++) {
            PtKeyword *o = kws.items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0) {
                return cg_error_at(c, o->pos, "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return 0;
}

// Push the keyword values and the names tuple; the caller emits CALL_KW.
static int cg_kw_values_and_names(CgCompiler *c, PtKeywordSeq kws) {
    PtObject *names = pt_tuple_new(kws.len);
    if (names == NULL) {
        return -1;
    }
    int failed = 0;
    for (int i = 0; i < kws.len; i++) {
        PtObject *s = failed ? NULL : cg_str(c, kws.items[i]->arg);
        failed |= s == NULL;
        pt_tuple_set_steal(names, i, s != NULL ? s : pt_newref(pt_None));
    }
    for (int i = 0; i < kws.len && !failed; i++) {
        PtLocation saved = c->u->loc;
        cg_set_loc(c, kws.items[i]->pos);
        failed = cg_expr(c, kws.items[i]->value) < 0;
        c->u->loc = saved;
    }
    if (failed) {
        pt_decref(names);
        return -1;
    }
    return cg_load_const_steal(c, names);
}

// Keywords [begin, end) into one dict (CPython's compiler_subkwargs).
static int cg_subkwargs(CgCompiler *c, PtKeywordSeq kws, int begin, int end) {
    int n = end - begin, big = n * 2 > CG_STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        PtKeywordSeq sub = {kws.items + begin, n};
        if (cg_kw_values_and_names(c, sub) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && cg_emit_noline(c, PT_OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        if (cg_load_const_steal(c, cg_str(c, kws.items[i]->arg)) < 0 ||
            cg_expr(c, kws.items[i]->value) < 0) {
            return -1;
        }
        if (big && cg_emit_noline(c, PT_OP_MAP_ADD, 1) < 0) {
            return -1;
        }
    }
    return big ? 0 : cg_emit(c, PT_OP_BUILD_MAP, n);
}

// Arguments and the call, the callable and its self/NULL slot already pushed
// along with `n` leading positional arguments.
int cg_call_helper(CgCompiler *c, int n, PtExprSeq args, PtKeywordSeq kws) {
    if (validate_keywords(c, kws) < 0) {
        return -1;
    }
    int simple = args.len + kws.len * 2 <= CG_STACK_USE_GUIDELINE;
    for (int i = 0; i < args.len && simple; i++) {
        simple = args.items[i]->kind != PT_EXPR_STARRED;
    }
    for (int i = 0; i < kws.len && simple; i++) {
        simple = kws.items[i]->arg != NULL;
    }
    if (simple) {
        if (cg_exprs(c, args) < 0) {
            return -1;
        }
        if (kws.len) {
            if (cg_kw_values_and_names(c, kws) < 0) {
                return -1;
            }
            return cg_emit(c, PT_OP_CALL_KW, n + args.len + kws.len);
        }
        return cg_emit(c, PT_OP_CALL, n + args.len);
    }
    if (n == 0 && args.len == 1 && args.items[0]->kind == PT_EXPR_STARRED) {
        if (cg_expr(c, args.items[0]->v.starred.value) < 0) {
            return -1;
        }
    } else if (starunpack(c, args, n, PT_OP_BUILD_LIST, PT_OP_LIST_APPEND, PT_OP_LIST_EXTEND, 1) <
               0) {
        return -1;
    }
    if (kws.len) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < kws.len; i++) {
            PtKeyword *k = kws.items[i];
            if (k->arg != NULL) {
                nseen++;
                continue;
            }
            if (nseen) {
                if (cg_subkwargs(c, kws, i - nseen, i) < 0 ||
                    (have_dict && cg_emit(c, PT_OP_DICT_MERGE, 1) < 0)) {
                    return -1;
                }
                have_dict = 1;
                nseen = 0;
            }
            if (!have_dict) {
                if (cg_emit(c, PT_OP_BUILD_MAP, 0) < 0) {
                    return -1;
                }
                have_dict = 1;
            }
            if (cg_expr(c, k->value) < 0 || cg_emit(c, PT_OP_DICT_MERGE, 1) < 0) {
                return -1;
            }
        }
        if (nseen) {
            if (cg_subkwargs(c, kws, kws.len - nseen, kws.len) < 0 ||
                (have_dict && cg_emit(c, PT_OP_DICT_MERGE, 1) < 0)) {
                return -1;
            }
        }
    }
    return cg_emit(c, PT_OP_CALL_FUNCTION_EX, kws.len > 0);
}

// Is `e` a zero-argument `super()` that can use LOAD_SUPER_METHOD here?
static int is_plain_super_call(CgCompiler *c, PtExpr *e) {
    CgUnit *u = c->u;
    if (e->kind != PT_EXPR_CALL || e->v.call.args.len || e->v.call.keywords.len) {
        return 0;
    }
    PtExpr *f = e->v.call.func;
    if (f->kind != PT_EXPR_NAME || strcmp(f->v.name.id, "super") != 0) {
        return 0;
    }
    return u->ste->type == PT_BLOCK_FUNCTION && !u->ste->comprehension &&
           pt_scope_get(u->ste, "super") == PT_SCOPE_GLOBAL_IMPLICIT &&
           pt_scope_get(u->ste, "__class__") == PT_SCOPE_FREE &&
           u->argcount + u->posonlyargcount > 0;
}

// `obj.name(args)` without a bound-method object, when the call is simple.
// Returns 1 if compiled, 0 if not applicable, -1 on error.
static int maybe_method_call(CgCompiler *c, PtExpr *e) {
    PtExpr *meth = e->v.call.func;
    PtExprSeq args = e->v.call.args;
    PtKeywordSeq kws = e->v.call.keywords;
    if (meth->kind != PT_EXPR_ATTRIBUTE || meth->v.attribute.ctx != PT_CTX_LOAD ||
        args.len + kws.len + (kws.len != 0) >= CG_STACK_USE_GUIDELINE) {
        return 0;
    }
    for (int i = 0; i < args.len; i++) {
        if (args.items[i]->kind == PT_EXPR_STARRED) {
            return 0;
        }
    }
    for (int i = 0; i < kws.len; i++) {
        if (kws.items[i]->arg == NULL) {
            return 0;
        }
    }
    if (validate_keywords(c, kws) < 0) {
        return -1;
    }
    PtExpr *obj = meth->v.attribute.value;
    if (is_plain_super_call(c, obj)) {
        PtLocation saved = c->u->loc;
        cg_set_loc(c, obj->pos);
        if (cg_nameop(c, "super", PT_CTX_LOAD) < 0 ||
            cg_nameop(c, "__class__", PT_CTX_LOAD) < 0 ||
            cg_nameop(c, c->u->ste->params[0], PT_CTX_LOAD) < 0) {
            return -1;
        }
        c->u->loc = saved;
        attr_location(c, meth);
        if (cg_emit_name(c, PT_OP_LOAD_SUPER_METHOD, meth->v.attribute.attr) < 0) {
            return -1;
        }
    } else {
        if (cg_expr(c, obj) < 0) {
            return -1;
        }
        PtLocation saved = c->u->loc;
        cg_set_loc(c, meth->pos);
        attr_location(c, meth);
        int r = cg_emit_name(c, PT_OP_LOAD_METHOD, meth->v.attribute.attr);
        c->u->loc = saved;
        if (r < 0) {
            return -1;
        }
    }
    if (cg_exprs(c, args) < 0) {
        return -1;
    }
    if (kws.len) {
        if (cg_kw_values_and_names(c, kws) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_CALL_KW, args.len + kws.len) < 0 ? -1 : 1;
    }
    return cg_emit(c, PT_OP_CALL, args.len) < 0 ? -1 : 1;
}

static int cg_call(CgCompiler *c, PtExpr *e) {
    int r = maybe_method_call(c, e);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    if (cg_expr(c, e->v.call.func) < 0 || cg_emit(c, PT_OP_PUSH_NULL, 0) < 0) {
        return -1;
    }
    return cg_call_helper(c, 0, e->v.call.args, e->v.call.keywords);
}

// ---- Strings ----

static int cg_formatted_value(CgCompiler *c, PtExpr *e) {
    if (cg_expr(c, e->v.formattedvalue.value) < 0) {
        return -1;
    }
    int arg = 0;
    switch (e->v.formattedvalue.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (e->v.formattedvalue.format_spec) {
        if (cg_expr(c, e->v.formattedvalue.format_spec) < 0) {
            return -1;
        }
        arg |= 4;
    }
    return cg_emit(c, PT_OP_FORMAT_VALUE, arg);
}

static int cg_joined_str(CgCompiler *c, PtExpr *e) {
    PtExprSeq values = e->v.joinedstr.values;
    if (values.len > CG_STACK_USE_GUIDELINE) {
        if (cg_load_const_steal(c, pt_str_from_utf8("", 0)) < 0 ||
            cg_emit_name(c, PT_OP_LOAD_METHOD, "join") < 0 ||
            cg_emit(c, PT_OP_BUILD_LIST, 0) < 0) {
            return -1;
        }
        for (int i = 0; i < values.len; i++) {
            if (cg_expr(c, values.items[i]) < 0 || cg_emit(c, PT_OP_LIST_APPEND, 1) < 0) {
                return -1;
            }
        }
        return cg_emit(c, PT_OP_CALL, 1);
    }
    if (cg_exprs(c, values) < 0) {
        return -1;
    }
    return values.len == 1 ? 0 : cg_emit(c, PT_OP_BUILD_STRING, values.len);
}

// ---- Generators and coroutines ----

// The SEND / YIELD_VALUE loop of `yield from` and `await`. Layout (relied on
// by the VM's throw() delegation): SEND exit; YIELD_VALUE; JUMP_BACKWARD send.
int cg_add_yield_from(CgCompiler *c, int await) {
    CgBlock *start = cg_new_block(c), *resume = cg_new_block(c), *exit = cg_new_block(c);
    if (start == NULL || resume == NULL || exit == NULL) {
        return -1;
    }
    cg_use_block(c, start);
    if (cg_emit_jump(c, PT_OP_SEND, exit) < 0) {
        return -1;
    }
    cg_use_block(c, resume);
    if (cg_emit(c, PT_OP_YIELD_VALUE, 0) < 0 || cg_emit_jump(c, PT_OP_JUMP, start) < 0) {
        return -1;
    }
    cg_use_block(c, exit);
    (void)await;  // same shape for both; kept for symmetry with CPython's oparg
    return 0;
}

static int emit_yield(CgCompiler *c) {
    if (c->u->ste->generator && c->u->ste->coroutine &&
        cg_emit(c, PT_OP_ASYNC_GEN_WRAP, 0) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_YIELD_VALUE, 0);
}

static int top_level_await(CgCompiler *c) {
    return (c->flags & CG_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->type == PT_BLOCK_MODULE;
}

static int cg_yield(CgCompiler *c, PtExpr *e) {
    if (c->u->ste->type != PT_BLOCK_FUNCTION) {
        return cg_error(c, "'yield' outside function");
    }
    if ((e->v.yield.value ? cg_expr(c, e->v.yield.value) : cg_load_none(c)) < 0) {
        return -1;
    }
    return emit_yield(c);
}

static int cg_yield_from(CgCompiler *c, PtExpr *e) {
    if (c->u->ste->type != PT_BLOCK_FUNCTION) {
        return cg_error(c, "'yield' outside function");
    }
    if (c->u->scope_type == CG_SCOPE_ASYNC_FUNCTION) {
        return cg_error(c, "'yield from' inside async function");
    }
    if (cg_expr(c, e->v.yieldfrom.value) < 0 || cg_emit(c, PT_OP_GET_YIELD_FROM_ITER, 0) < 0 ||
        cg_load_none(c) < 0) {
        return -1;
    }
    return cg_add_yield_from(c, 0);
}

static int cg_await(CgCompiler *c, PtExpr *e) {
    if (!top_level_await(c)) {
        if (c->u->ste->type != PT_BLOCK_FUNCTION) {
            return cg_error(c, "'await' outside function");
        }
        if (c->u->scope_type != CG_SCOPE_ASYNC_FUNCTION &&
            c->u->scope_type != CG_SCOPE_COMPREHENSION) {
            return cg_error(c, "'await' outside async function");
        }
    }
    if (cg_expr(c, e->v.await_.value) < 0 || cg_emit(c, PT_OP_GET_AWAITABLE, 0) < 0 ||
        cg_load_none(c) < 0) {
        return -1;
    }
    return cg_add_yield_from(c, 1);
}

// ---- Functions: defaults, annotations ----

int cg_check_debug_args(CgCompiler *c, PtArguments *a) {
    PtArgSeq seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < seqs[s].len; i++) {
            if (cg_forbidden_name(c, seqs[s].items[i]->arg, PT_CTX_STORE)) {
                return -1;
            }
        }
    }
    if (a->vararg && cg_forbidden_name(c, a->vararg->arg, PT_CTX_STORE)) {
        return -1;
    }
    if (a->kwarg && cg_forbidden_name(c, a->kwarg->arg, PT_CTX_STORE)) {
        return -1;
    }
    return 0;
}

// Push the defaults tuple and keyword-only defaults dict; returns the
// MAKE_FUNCTION flags they need, or -1.
int cg_default_arguments(CgCompiler *c, PtArguments *a) {
    int flags = 0;
    if (a->defaults.len > 0) {
        if (cg_exprs(c, a->defaults) < 0 || cg_emit(c, PT_OP_BUILD_TUPLE, a->defaults.len) < 0) {
            return -1;
        }
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        nkw += a->kw_defaults.items[i] != NULL;
    }
    if (nkw > 0) {
        PtObject *keys = pt_tuple_new(nkw);
        if (keys == NULL) {
            return -1;
        }
        int k = 0, failed = 0;
        for (int i = 0; i < a->kwonlyargs.len; i++) {
            if (a->kw_defaults.items[i] == NULL) {
                continue;
            }
            const char *m = failed ? NULL : cg_mangle(c, a->kwonlyargs.items[i]->arg);
            PtObject *s = m ? cg_str(c, m) : NULL;
            failed |= s == NULL;
            pt_tuple_set_steal(keys, k++, s != NULL ? s : pt_newref(pt_None));
            if (!failed && cg_expr(c, a->kw_defaults.items[i]) < 0) {
                failed = 1;
            }
        }
        if (failed) {
            pt_decref(keys);
            return -1;
        }
        if (cg_load_const_steal(c, keys) < 0 || cg_emit(c, PT_OP_BUILD_CONST_KEY_MAP, nkw) < 0) {
            return -1;
        }
        flags |= 2;
    }
    return flags;
}

// Byte offset of (line, col) in the source, or -1.
static long source_offset(CgCompiler *c, int line, int col) {
    const char *s = c->source, *end = s + c->source_len;
    int cur = 1;
    while (cur < line && s < end) {
        if (*s == '\n') {
            cur++;
        } else if (*s == '\r') {
            cur++;
            if (s + 1 < end && s[1] == '\n') {
                s++;
            }
        }
        s++;
    }
    if (cur != line || col < 0 || s + col > end) {
        return -1;
    }
    return (long)(s - c->source) + col;
}

int cg_annotation(CgCompiler *c, PtExpr *e) {
    if (!(c->flags & CG_FUTURE_ANNOTATIONS)) {
        if (e->kind == PT_EXPR_STARRED) {
            // `*args: *Ts`: the value is the single item of the unpacking.
            if (cg_expr(c, e->v.starred.value) < 0) {
                return -1;
            }
            return cg_emit(c, PT_OP_UNPACK_SEQUENCE, 1);
        }
        return cg_expr(c, e);
    }
    long a = c->source ? source_offset(c, e->pos.lineno, e->pos.col_offset) : -1;
    long b = c->source ? source_offset(c, e->pos.end_lineno, e->pos.end_col_offset) : -1;
    if (a < 0 || b < a) {
        return cg_load_const_steal(c, pt_str_from_utf8("", 0));
    }
    return cg_load_const_steal(c, pt_str_from_utf8_replace(c->source + a, (size_t)(b - a)));
}

// ---- Lambdas and comprehensions ----

static int cg_lambda(CgCompiler *c, PtExpr *e) {
    PtArguments *args = e->v.lambda.args;
    if (cg_check_debug_args(c, args) < 0) {
        return -1;
    }
    int flags = cg_default_arguments(c, args);
    if (flags < 0 || cg_enter_scope(c, "<lambda>", CG_SCOPE_LAMBDA, e, e->pos.lineno) < 0) {
        return -1;
    }
    PtObject *code = NULL;
    // None first: a lambda has no docstring.
    if (cg_add_const(c, pt_None) >= 0) {
        c->u->argcount = args->args.len;
        c->u->posonlyargcount = args->posonlyargs.len;
        c->u->kwonlyargcount = args->kwonlyargs.len;
        cg_set_loc(c, e->v.lambda.body->pos);
        if (cg_expr(c, e->v.lambda.body) == 0 && cg_emit(c, PT_OP_RETURN_VALUE, 0) == 0) {
            code = cg_assemble(c, 1);
        }
    }
    cg_exit_scope(c);
    if (code == NULL) {
        return -1;
    }
    int r = cg_make_closure(c, code, flags);
    pt_decref(code);
    return r;
}

static int comp_generator(CgCompiler *c, PtComprehensionSeq gens, int index, int depth,
                          PtExpr *elt, PtExpr *val, PtCompKind kind);

// The innermost action: yield, append or add the element.
static int comp_element(CgCompiler *c, PtExpr *elt, PtExpr *val, PtCompKind kind, int depth) {
    switch (kind) {
    case PT_COMP_GENEXPR:
        if (cg_expr(c, elt) < 0 || emit_yield(c) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_POP_TOP, 0);
    case PT_COMP_LIST:
        return cg_expr(c, elt) < 0 ? -1 : cg_emit(c, PT_OP_LIST_APPEND, depth + 1);
    case PT_COMP_SET:
        return cg_expr(c, elt) < 0 ? -1 : cg_emit(c, PT_OP_SET_ADD, depth + 1);
    case PT_COMP_DICT:
        if (cg_expr(c, elt) < 0 || cg_expr(c, val) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_MAP_ADD, depth + 1);
    default:
        return -1;
    }
}

static int comp_ifs(CgCompiler *c, PtExprSeq ifs, CgBlock *if_cleanup) {
    for (int i = 0; i < ifs.len; i++) {
        if (cg_jump_if(c, ifs.items[i], if_cleanup, 0) < 0) {
            return -1;
        }
    }
    return 0;
}

static int comp_sync_generator(CgCompiler *c, PtComprehensionSeq gens, int index, int depth,
                               PtExpr *elt, PtExpr *val, PtCompKind kind) {
    CgBlock *start = cg_new_block(c), *if_cleanup = cg_new_block(c), *anchor = cg_new_block(c);
    if (start == NULL || if_cleanup == NULL || anchor == NULL) {
        return -1;
    }
    PtComprehension *gen = gens.items[index];
    if (index == 0) {
        c->u->argcount = 1;
        if (cg_emit(c, PT_OP_LOAD_FAST, 0) < 0) {
            return -1;
        }
    } else {
        // `for y in [expr]` binds y without a loop.
        PtExprSeq elts = {NULL, 0};
        if (gen->iter->kind == PT_EXPR_LIST || gen->iter->kind == PT_EXPR_TUPLE) {
            elts = gen->iter->v.seq.elts;
        }
        if (elts.len == 1 && elts.items[0]->kind != PT_EXPR_STARRED) {
            if (cg_expr(c, elts.items[0]) < 0) {
                return -1;
            }
            start = NULL;
        } else if (cg_iter_operand(c, gen->iter) < 0 || cg_emit(c, PT_OP_GET_ITER, 0) < 0) {
            return -1;
        }
    }
    if (start != NULL) {
        depth++;
        cg_use_block(c, start);
        if (cg_emit_jump(c, PT_OP_FOR_ITER, anchor) < 0) {
            return -1;
        }
    }
    if (cg_expr(c, gen->target) < 0 || comp_ifs(c, gen->ifs, if_cleanup) < 0) {
        return -1;
    }
    if (++index < gens.len) {
        if (comp_generator(c, gens, index, depth, elt, val, kind) < 0) {
            return -1;
        }
    } else if (comp_element(c, elt, val, kind, depth) < 0) {
        return -1;
    }
    cg_use_block(c, if_cleanup);
    if (start != NULL) {
        if (cg_emit_jump(c, PT_OP_JUMP, start) < 0) {
            return -1;
        }
        cg_use_block(c, anchor);
    }
    return 0;
}

static int comp_async_generator(CgCompiler *c, PtComprehensionSeq gens, int index, int depth,
                                PtExpr *elt, PtExpr *val, PtCompKind kind) {
    CgBlock *start = cg_new_block(c), *except = cg_new_block(c), *if_cleanup = cg_new_block(c);
    if (start == NULL || except == NULL || if_cleanup == NULL) {
        return -1;
    }
    PtComprehension *gen = gens.items[index];
    if (index == 0) {
        c->u->argcount = 1;
        if (cg_emit(c, PT_OP_LOAD_FAST, 0) < 0) {
            return -1;
        }
    } else if (cg_expr(c, gen->iter) < 0 || cg_emit(c, PT_OP_GET_AITER, 0) < 0) {
        return -1;
    }
    cg_use_block(c, start);
    if (cg_push_fblock(c, CG_FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL) < 0 ||
        cg_setup(c, except, 0, 0) < 0 || cg_emit(c, PT_OP_GET_ANEXT, 0) < 0 ||
        cg_load_none(c) < 0 || cg_add_yield_from(c, 1) < 0) {
        return -1;
    }
    cg_pop_block(c);
    if (cg_expr(c, gen->target) < 0 || comp_ifs(c, gen->ifs, if_cleanup) < 0) {
        return -1;
    }
    depth++;
    if (++index < gens.len) {
        if (comp_generator(c, gens, index, depth, elt, val, kind) < 0) {
            return -1;
        }
    } else if (comp_element(c, elt, val, kind, depth) < 0) {
        return -1;
    }
    cg_use_block(c, if_cleanup);
    if (cg_emit_jump(c, PT_OP_JUMP, start) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    cg_use_block(c, except);
    return cg_emit(c, PT_OP_END_ASYNC_FOR, 0);
}

static int comp_generator(CgCompiler *c, PtComprehensionSeq gens, int index, int depth,
                          PtExpr *elt, PtExpr *val, PtCompKind kind) {
    if (gens.items[index]->is_async) {
        return comp_async_generator(c, gens, index, depth, elt, val, kind);
    }
    return comp_sync_generator(c, gens, index, depth, elt, val, kind);
}

static int cg_comprehension(CgCompiler *c, PtExpr *e, const char *name, PtComprehensionSeq gens,
                            PtExpr *elt, PtExpr *val, PtCompKind kind) {
    int outer_scope = c->u->scope_type, is_tla = top_level_await(c);
    PtComprehension *outer = gens.items[0];
    if (cg_enter_scope(c, name, CG_SCOPE_COMPREHENSION, e, e->pos.lineno) < 0) {
        return -1;
    }
    cg_set_loc(c, e->pos);
    int is_async = c->u->ste->coroutine;
    PtObject *code = NULL;
    if (is_async && kind != PT_COMP_GENEXPR && outer_scope != CG_SCOPE_ASYNC_FUNCTION &&
        outer_scope != CG_SCOPE_COMPREHENSION && !is_tla) {
        cg_error(c, "asynchronous comprehension outside of an asynchronous function");
    } else {
        int build = kind == PT_COMP_LIST ? PT_OP_BUILD_LIST
                    : kind == PT_COMP_SET ? PT_OP_BUILD_SET
                    : kind == PT_COMP_DICT ? PT_OP_BUILD_MAP : -1;
        if ((build < 0 || cg_emit(c, build, 0) == 0) &&
            comp_generator(c, gens, 0, 0, elt, val, kind) == 0 &&
            (kind == PT_COMP_GENEXPR || cg_emit(c, PT_OP_RETURN_VALUE, 0) == 0)) {
            code = cg_assemble(c, 1);
        }
    }
    cg_exit_scope(c);
    if (code == NULL) {
        return -1;
    }
    if (is_tla && is_async) {
        c->u->ste->coroutine = 1;
    }
    int r = cg_make_closure(c, code, 0);
    pt_decref(code);
    if (r < 0 || (outer->is_async ? cg_expr(c, outer->iter) : cg_iter_operand(c, outer->iter)) < 0 ||
        cg_emit(c, outer->is_async ? PT_OP_GET_AITER : PT_OP_GET_ITER, 0) < 0 ||
        cg_emit(c, PT_OP_CALL, 0) < 0) {
        return -1;
    }
    if (is_async && kind != PT_COMP_GENEXPR) {
        if (cg_emit(c, PT_OP_GET_AWAITABLE, 0) < 0 || cg_load_none(c) < 0) {
            return -1;
        }
        return cg_add_yield_from(c, 1);
    }
    return 0;
}

// ---- The dispatcher ----

static int cg_starred(CgCompiler *c, PtExpr *e) {
    if (e->v.starred.ctx == PT_CTX_STORE) {
        return cg_error(c, "starred assignment target must be in a list or tuple");
    }
    return cg_error(c, "can't use starred expression here");
}

// Fold `e` to a constant if it is one; 1 if it was loaded, 0 if not constant.
static int try_fold(CgCompiler *c, PtExpr *e) {
    int err = 0;
    PtObject *v = cg_fold(c, e, &err);
    if (err) {
        return -1;
    }
    if (v == NULL) {
        return 0;
    }
    return cg_load_const_steal(c, v) < 0 ? -1 : 1;
}

static int expr_inner(CgCompiler *c, PtExpr *e) {
    switch (e->kind) {
    case PT_EXPR_NAMEDEXPR:
        if (cg_expr(c, e->v.namedexpr.value) < 0 || cg_emit(c, PT_OP_COPY, 1) < 0) {
            return -1;
        }
        return cg_expr(c, e->v.namedexpr.target);
    case PT_EXPR_BOOLOP:
        return cg_boolop(c, e);
    case PT_EXPR_BINOP: {
        int r = try_fold(c, e);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
        if (cg_expr(c, e->v.binop.left) < 0 || cg_expr(c, e->v.binop.right) < 0) {
            return -1;
        }
        return cg_emit(c, PT_OP_BINARY_OP, binop_arg(e->v.binop.op));
    }
    case PT_EXPR_UNARYOP: {
        int r = try_fold(c, e);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
        return cg_unaryop(c, e);
    }
    case PT_EXPR_LAMBDA:
        return cg_lambda(c, e);
    case PT_EXPR_IFEXP:
        return cg_ifexp(c, e);
    case PT_EXPR_DICT:
        return cg_dict(c, e);
    case PT_EXPR_SET:
        return starunpack(c, e->v.set.elts, 0, PT_OP_BUILD_SET, PT_OP_SET_ADD, PT_OP_SET_UPDATE, 0);
    case PT_EXPR_GENERATOREXP:
        return cg_comprehension(c, e, "<genexpr>", e->v.comp.generators, e->v.comp.elt, NULL,
                                PT_COMP_GENEXPR);
    case PT_EXPR_LISTCOMP:
        return cg_comprehension(c, e, "<listcomp>", e->v.comp.generators, e->v.comp.elt, NULL,
                                PT_COMP_LIST);
    case PT_EXPR_SETCOMP:
        return cg_comprehension(c, e, "<setcomp>", e->v.comp.generators, e->v.comp.elt, NULL,
                                PT_COMP_SET);
    case PT_EXPR_DICTCOMP:
        return cg_comprehension(c, e, "<dictcomp>", e->v.dictcomp.generators, e->v.dictcomp.key,
                                e->v.dictcomp.value, PT_COMP_DICT);
    case PT_EXPR_YIELD:
        return cg_yield(c, e);
    case PT_EXPR_YIELDFROM:
        return cg_yield_from(c, e);
    case PT_EXPR_AWAIT:
        return cg_await(c, e);
    case PT_EXPR_COMPARE:
        return cg_compare(c, e);
    case PT_EXPR_CALL:
        return cg_call(c, e);
    case PT_EXPR_FORMATTEDVALUE:
        return cg_formatted_value(c, e);
    case PT_EXPR_JOINEDSTR:
        return cg_joined_str(c, e);
    case PT_EXPR_CONSTANT:
        return cg_load_const_steal(c, cg_constant_value(c, &e->v.constant));
    case PT_EXPR_ATTRIBUTE:
        return cg_attribute(c, e);
    case PT_EXPR_SUBSCRIPT:
        return cg_subscript(c, e);
    case PT_EXPR_STARRED:
        return cg_starred(c, e);
    case PT_EXPR_NAME:
        return cg_name(c, e);
    case PT_EXPR_LIST:
        return cg_list_or_tuple(c, e, 0);
    case PT_EXPR_TUPLE:
        if (e->v.seq.ctx == PT_CTX_LOAD) {
            int r = try_fold(c, e);
            if (r != 0) {
                return r < 0 ? -1 : 0;
            }
        }
        return cg_list_or_tuple(c, e, 1);
    case PT_EXPR_SLICE:
        return cg_slice(c, e);
    }
    pt_err_set_string(pt_exc_SystemError, "compiler: unknown expression kind");
    return -1;
}

int cg_expr(CgCompiler *c, PtExpr *e) {
    PtLocation saved = c->u->loc;
    cg_set_loc(c, e->pos);
    int r = expr_inner(c, e);
    c->u->loc = saved;
    return r;
}
