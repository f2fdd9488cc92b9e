// src/compile/codegen_pattern.c: code generation for the match statement.
//
// The scheme is CPython 3.11's. The subject stays on the stack while a case's
// pattern is tried; each sub-pattern test jumps on failure to a "fail_pop"
// block that pops exactly the values pushed so far (pc->on_top temporaries
// plus the captured values waiting to be stored), so all failure paths of a
// case share one chain of POP_TOPs. Captured values are kept on the stack
// (rotated below the temporaries) until the whole pattern has matched; then
// they are stored in capture order. Or-patterns check that every alternative
// binds the same names and reorder the captured values to match the first.
#include <string.h>

#include "pith/abstract.h"  // PT_BINOP_SUB, pt_object_richcompare_bool
#include "pith/errors.h"    // pt_err_*
#include "pith/int.h"       // pt_True
#include "pith/str.h"       // pt_str_to_utf8_buf
#include "pith/tuple.h"     // pt_tuple_*
#include "compile/codegen.h"  // CgCompiler

typedef struct PatternContext {
    const char **stores;  // names captured so far (arena), in stack order
    int nstores, capstores;
    int allow_irrefutable;
    CgBlock **fail_pop;   // fail_pop[n] pops n values then falls into fail_pop[n-1]
    int fail_pop_size, fail_pop_cap;
    int on_top;           // temporaries above the captured values
} PatternContext;

static int pattern(CgCompiler *c, PtPattern *p, PatternContext *pc);

static int is_wildcard(const PtPattern *p) {
    return p->kind == PT_PAT_MATCHAS && p->v.matchas.pattern == NULL && p->v.matchas.name == NULL;
}

static int is_wildcard_star(const PtPattern *p) {
    return p->kind == PT_PAT_MATCHSTAR && p->v.matchstar.name == NULL;
}

static int ensure_fail_pop(CgCompiler *c, PatternContext *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) {
        return 0;
    }
    if (size > pc->fail_pop_cap) {
        int cap = size * 2;
        CgBlock **b = pt_arena_alloc(c->arena, sizeof(CgBlock *) * (size_t)cap);
        if (b == NULL) {
            return cg_nomem(c);
        }
        if (pc->fail_pop_size) {
            memcpy(b, pc->fail_pop, sizeof(CgBlock *) * (size_t)pc->fail_pop_size);
        }
        pc->fail_pop = b;
        pc->fail_pop_cap = cap;
    }
    while (pc->fail_pop_size < size) {
        CgBlock *b = cg_new_block(c);
        if (b == NULL) {
            return -1;
        }
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

// Jump with `op` to the block that pops everything this pattern has pushed.
static int jump_to_fail_pop(CgCompiler *c, PatternContext *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    if (ensure_fail_pop(c, pc, pops) < 0 || cg_emit_jump(c, op, pc->fail_pop[pops]) < 0) {
        return -1;
    }
    return op == PT_OP_JUMP ? 0 : cg_next_block(c);
}

static int emit_and_reset_fail_pop(CgCompiler *c, PatternContext *pc) {
    if (pc->fail_pop_size == 0) {
        return 0;
    }
    while (--pc->fail_pop_size) {
        cg_use_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (cg_emit_noline(c, PT_OP_POP_TOP, 0) < 0) {
            pc->fail_pop_size = 0;
            pc->fail_pop = NULL;
            return -1;
        }
    }
    cg_use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_cap = 0;
    return 0;
}

static int rotate(CgCompiler *c, int count) {
    while (1 < count) {
        if (cg_emit(c, PT_OP_SWAP, count--) < 0) {
            return -1;
        }
    }
    return 0;
}

static int stores_index(const PatternContext *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static int stores_append(CgCompiler *c, PatternContext *pc, const char *name) {
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        const char **s = pt_arena_alloc(c->arena, sizeof(char *) * (size_t)cap);
        if (s == NULL) {
            return cg_nomem(c);
        }
        if (pc->nstores) {
            memcpy(s, pc->stores, sizeof(char *) * (size_t)pc->nstores);
        }
        pc->stores = s;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int store_name(CgCompiler *c, const char *name, PatternContext *pc) {
    if (name == NULL) {
        return cg_emit(c, PT_OP_POP_TOP, 0);
    }
    if (cg_forbidden_name(c, name, PT_CTX_STORE)) {
        return -1;
    }
    if (stores_index(pc, name) >= 0) {
        return cg_error(c, "multiple assignments to name '%s' in pattern", name);
    }
    // Rotate the value under everything that must stay on top.
    if (rotate(c, pc->on_top + pc->nstores + 1) < 0) {
        return -1;
    }
    return stores_append(c, pc, name);
}

static int subpattern(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    int r = pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return r;
}

static int compare_and_fail(CgCompiler *c, PatternContext *pc, int cmp) {
    if (cg_emit(c, PT_OP_COMPARE_OP, cmp) < 0) {
        return -1;
    }
    return jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_FALSE);
}

// ---- Value and singleton patterns ----

static int is_number(const PtExpr *e) {
    return e->kind == PT_EXPR_CONSTANT &&
           (e->v.constant.kind == PT_CONST_INT || e->v.constant.kind == PT_CONST_FLOAT ||
            e->v.constant.kind == PT_CONST_IMAG);
}

static int is_signed_number(const PtExpr *e) {
    if (e->kind == PT_EXPR_UNARYOP && e->v.unaryop.op == PT_UNARY_USUB) {
        e = e->v.unaryop.operand;
    }
    return is_number(e);
}

// A value pattern's expression: a literal (`-1`, `1+2j` included, as the
// parser allows them), or a dotted name. *is_const: a literal.
static int match_value_expr(CgCompiler *c, PtExpr *e, int *is_const) {
    *is_const = 1;
    if (e->kind == PT_EXPR_ATTRIBUTE) {
        *is_const = 0;
        return 1;
    }
    if (e->kind == PT_EXPR_CONSTANT || is_signed_number(e)) {
        return 1;
    }
    if (e->kind == PT_EXPR_BINOP &&
        (e->v.binop.op == PT_OP_ADD || e->v.binop.op == PT_OP_SUB) &&
        is_signed_number(e->v.binop.left) && e->v.binop.right->kind == PT_EXPR_CONSTANT &&
        e->v.binop.right->v.constant.kind == PT_CONST_IMAG) {
        return 1;
    }
    *is_const = 0;
    return 0;
}

static int pattern_value(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    int is_const;
    int ok = match_value_expr(c, p->v.matchvalue.value, &is_const);
    if (ok < 0) {
        return -1;
    }
    if (!ok) {
        return cg_error(c, "patterns may only match literals and attribute lookups");
    }
    if (cg_expr(c, p->v.matchvalue.value) < 0) {
        return -1;
    }
    return compare_and_fail(c, pc, PT_EQ);
}

static int pattern_singleton(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    PtObject *v = p->v.matchsingleton.value == PT_CONST_TRUE    ? pt_True
                  : p->v.matchsingleton.value == PT_CONST_FALSE ? pt_False
                                                               : pt_None;
    if (cg_load_const(c, v) < 0 || cg_emit(c, PT_OP_IS_OP, 0) < 0) {
        return -1;
    }
    return jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_FALSE);
}

// ---- Sequence patterns ----

static int unpack_patterns(CgCompiler *c, PtPatternSeq elts) {
    int n = elts.len, seen_star = 0;
    for (int i = 0; i < n; i++) {
        if (elts.items[i]->kind == PT_PAT_MATCHSTAR && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
                return cg_error(c, "too many expressions in star-unpacking sequence pattern");
            }
            if (cg_emit(c, PT_OP_UNPACK_EX, i | ((n - i - 1) << 8)) < 0) {
                return -1;
            }
            seen_star = 1;
        } else if (elts.items[i]->kind == PT_PAT_MATCHSTAR) {
            return cg_error(c, "multiple starred expressions in sequence pattern");
        }
    }
    return seen_star ? 0 : cg_emit(c, PT_OP_UNPACK_SEQUENCE, n);
}

static int sequence_unpack(CgCompiler *c, PtPatternSeq patterns, PatternContext *pc) {
    if (unpack_patterns(c, patterns) < 0) {
        return -1;
    }
    pc->on_top += patterns.len;
    for (int i = 0; i < patterns.len; i++) {
        pc->on_top--;
        if (subpattern(c, patterns.items[i], pc) < 0) {
            return -1;
        }
    }
    return 0;
}

// [a, *_, b]: index the subject instead of unpacking it.
static int sequence_subscr(CgCompiler *c, PtPatternSeq patterns, int star, PatternContext *pc) {
    pc->on_top++;
    int size = patterns.len;
    for (int i = 0; i < size; i++) {
        PtPattern *p = patterns.items[i];
        if (is_wildcard(p) || i == star) {
            continue;
        }
        if (cg_emit(c, PT_OP_COPY, 1) < 0) {
            return -1;
        }
        if (i < star) {
            if (cg_load_int(c, i) < 0) {
                return -1;
            }
        } else if (cg_emit(c, PT_OP_GET_LEN, 0) < 0 || cg_load_int(c, size - i) < 0 ||
                   cg_emit(c, PT_OP_BINARY_OP, PT_BINOP_SUB) < 0) {
            return -1;
        }
        if (cg_emit(c, PT_OP_BINARY_SUBSCR, 0) < 0 || subpattern(c, p, pc) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int pattern_sequence(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    PtPatternSeq patterns = p->v.matchsequence.patterns;
    int size = patterns.len, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        PtPattern *q = patterns.items[i];
        if (q->kind == PT_PAT_MATCHSTAR) {
            if (star >= 0) {
                return cg_error(c, "multiple starred names in sequence pattern");
            }
            star_wildcard = is_wildcard_star(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    if (cg_emit(c, PT_OP_MATCH_SEQUENCE, 0) < 0 ||
        jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (star < 0) {
        if (cg_emit(c, PT_OP_GET_LEN, 0) < 0 || cg_load_int(c, size) < 0 ||
            compare_and_fail(c, pc, PT_EQ) < 0) {
            return -1;
        }
    } else if (only_wildcard ? size > 1 : size - 1 > 0) {
        if (cg_emit(c, PT_OP_GET_LEN, 0) < 0 || cg_load_int(c, size - 1) < 0 ||
            compare_and_fail(c, pc, PT_GE) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    if (only_wildcard) {
        return cg_emit(c, PT_OP_POP_TOP, 0);
    }
    if (star_wildcard) {
        return sequence_subscr(c, patterns, star, pc);
    }
    return sequence_unpack(c, patterns, pc);
}

// ---- Mapping patterns ----

// Check `key` is a literal or attribute and not a duplicate of an earlier
// literal key (kept in `seen`, a tuple-like arena array of constants).
static int check_mapping_key(CgCompiler *c, PtExpr *key, PtObject **seen, int *nseen) {
    int is_const;
    int ok = match_value_expr(c, key, &is_const);
    if (ok < 0) {
        return -1;
    }
    if (!ok) {
        return cg_error(c, "mapping pattern keys may only match literals and attribute lookups");
    }
    if (!is_const) {
        return 0;
    }
    int err = 0;
    PtObject *v = cg_fold(c, key, &err);
    if (v == NULL) {
        return err ? -1 : 0;  // a literal the runtime cannot fold: no duplicate check
    }
    for (int i = 0; i < *nseen; i++) {
        int eq = pt_object_richcompare_bool(seen[i], v, PT_EQ);
        if (eq < 0) {
            pt_err_clear();
            continue;
        }
        if (eq) {
            PtObject *r = pt_object_repr(v);
            char buf[200] = "?";
            if (r != NULL) {
                pt_str_to_utf8_buf(r, buf, sizeof buf);
                pt_decref(r);
            }
            pt_err_clear();
            pt_decref(v);
            return cg_error(c, "mapping pattern checks duplicate key (%s)", buf);
        }
    }
    seen[(*nseen)++] = v;
    return 0;
}

static int mapping_keys(CgCompiler *c, PtExprSeq keys, PtPatternSeq patterns) {
    PtObject **seen = pt_arena_alloc(c->arena, sizeof(PtObject *) * (size_t)(keys.len + 1));
    if (seen == NULL) {
        return cg_nomem(c);
    }
    int nseen = 0, r = 0;
    for (int i = 0; i < keys.len && r == 0; i++) {
        PtExpr *key = keys.items[i];
        if (key == NULL) {
            cg_set_loc(c, patterns.items[i]->pos);
            r = cg_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            break;
        }
        r = check_mapping_key(c, key, seen, &nseen);
        if (r == 0) {
            r = cg_expr(c, key);
        }
    }
    for (int i = 0; i < nseen; i++) {
        pt_decref(seen[i]);
    }
    return r;
}

static int pattern_mapping(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    PtExprSeq keys = p->v.matchmapping.keys;
    PtPatternSeq patterns = p->v.matchmapping.patterns;
    const char *star_target = p->v.matchmapping.rest;
    int size = keys.len;
    if (size != patterns.len) {
        return cg_error(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern", size,
                        patterns.len);
    }
    pc->on_top++;
    if (cg_emit(c, PT_OP_MATCH_MAPPING, 0) < 0 ||
        jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (!size && !star_target) {
        pc->on_top--;
        return cg_emit(c, PT_OP_POP_TOP, 0);
    }
    if (size && (cg_emit(c, PT_OP_GET_LEN, 0) < 0 || cg_load_int(c, size) < 0 ||
                 compare_and_fail(c, pc, PT_GE) < 0)) {
        return -1;
    }
    if (mapping_keys(c, keys, patterns) < 0 || cg_emit(c, PT_OP_BUILD_TUPLE, size) < 0 ||
        cg_emit(c, PT_OP_MATCH_KEYS, 0) < 0) {
        return -1;
    }
    // The keys tuple and the values tuple (or None) are now above the subject.
    pc->on_top += 2;
    if (cg_emit(c, PT_OP_COPY, 1) < 0 || jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_NONE) < 0 ||
        cg_emit(c, PT_OP_UNPACK_SEQUENCE, size) < 0) {
        return -1;
    }
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, patterns.items[i], pc) < 0) {
            return -1;
        }
    }
    pc->on_top -= 2;
    if (star_target) {
        // rest = dict(subject); del rest[k] for each matched key.
        if (cg_emit(c, PT_OP_BUILD_MAP, 0) < 0 || cg_emit(c, PT_OP_SWAP, 3) < 0 ||
            cg_emit(c, PT_OP_DICT_UPDATE, 2) < 0 || cg_emit(c, PT_OP_UNPACK_SEQUENCE, size) < 0) {
            return -1;
        }
        while (size) {
            if (cg_emit(c, PT_OP_COPY, 1 + size--) < 0 || cg_emit(c, PT_OP_SWAP, 2) < 0 ||
                cg_emit(c, PT_OP_DELETE_SUBSCR, 0) < 0) {
                return -1;
            }
        }
        return store_name(c, star_target, pc);
    }
    if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

// ---- Class patterns ----

static int validate_kwd_attrs(CgCompiler *c, PtIdentSeq attrs, PtPatternSeq patterns) {
    for (int i = 0; i < attrs.len; i++) {
        cg_set_loc(c, patterns.items[i]->pos);
        if (cg_forbidden_name(c, attrs.items[i], PT_CTX_STORE)) {
            return -1;
        }
        for (int j = i + 1; j < attrs.len; j++) {
            if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
                cg_set_loc(c, patterns.items[j]->pos);
                return cg_error(c, "attribute name repeated in class pattern: %s", attrs.items[i]);
            }
        }
    }
    return 0;
}

static int pattern_class(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    PtPatternSeq patterns = p->v.matchclass.patterns, kwd = p->v.matchclass.kwd_patterns;
    PtIdentSeq attrs = p->v.matchclass.kwd_attrs;
    int nargs = patterns.len, nattrs = attrs.len;
    if (nattrs != kwd.len) {
        return cg_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                        nattrs, kwd.len);
    }
    if (nattrs) {
        if (validate_kwd_attrs(c, attrs, kwd) < 0) {
            return -1;
        }
        cg_set_loc(c, p->pos);
    }
    if (cg_expr(c, p->v.matchclass.cls) < 0) {
        return -1;
    }
    PtObject *names = pt_tuple_new(nattrs);
    if (names == NULL) {
        return -1;
    }
    int failed = 0;
    for (int i = 0; i < nattrs; i++) {
        PtObject *s = failed ? NULL : cg_str(c, attrs.items[i]);
        failed |= s == NULL;
        pt_tuple_set_steal(names, i, s != NULL ? s : pt_newref(pt_None));
    }
    if (failed) {
        pt_decref(names);
        return -1;
    }
    if (cg_load_const_steal(c, names) < 0 || cg_emit(c, PT_OP_MATCH_CLASS, nargs) < 0 ||
        cg_emit(c, PT_OP_COPY, 1) < 0) {
        return -1;
    }
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, PT_OP_POP_JUMP_IF_NONE) < 0 ||
        cg_emit(c, PT_OP_UNPACK_SEQUENCE, nargs + nattrs) < 0) {
        return -1;
    }
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        PtPattern *q = i < nargs ? patterns.items[i] : kwd.items[i - nargs];
        if (is_wildcard(q)) {
            if (cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
                return -1;
            }
            continue;
        }
        if (subpattern(c, q, pc) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---- As, star and or patterns ----

static int pattern_as(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    if (p->v.matchas.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.matchas.name) {
                return cg_error(c, "name capture '%s' makes remaining patterns unreachable",
                                p->v.matchas.name);
            }
            return cg_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.matchas.name, pc);
    }
    pc->on_top++;
    if (cg_emit(c, PT_OP_COPY, 1) < 0 || pattern(c, p->v.matchas.pattern, pc) < 0) {
        return -1;
    }
    pc->on_top--;
    return store_name(c, p->v.matchas.name, pc);
}

// Move the captured names of this alternative into the control order.
static int reorder_stores(CgCompiler *c, PatternContext *pc, const char **control, int ncontrol) {
    for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
        int istores = stores_index(pc, control[icontrol]);
        if (istores < 0) {
            return 1;
        }
        if (icontrol != istores) {
            // rotated = stores[:istores+1]; del stores[:istores+1];
            // stores[icontrol-istores:icontrol-istores] = rotated
            int rotations = istores + 1;
            const char *tmp[256];
            const char **rotated = tmp;
            if (rotations > 256) {
                rotated = pt_arena_alloc(c->arena, sizeof(char *) * (size_t)rotations);
                if (rotated == NULL) {
                    return cg_nomem(c);
                }
            }
            memcpy(rotated, pc->stores, sizeof(char *) * (size_t)rotations);
            memmove(pc->stores, pc->stores + rotations,
                    sizeof(char *) * (size_t)(pc->nstores - rotations));
            int at = icontrol - istores, rest = pc->nstores - rotations;
            memmove(pc->stores + at + rotations, pc->stores + at,
                    sizeof(char *) * (size_t)(rest - at));
            memcpy(pc->stores + at, rotated, sizeof(char *) * (size_t)rotations);
            while (rotations--) {
                if (rotate(c, icontrol + 1) < 0) {
                    return -1;
                }
            }
        }
    }
    return 0;
}

static int pattern_or(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    CgBlock *end = cg_new_block(c);
    if (end == NULL) {
        return -1;
    }
    PtPatternSeq alts = p->v.matchor.patterns;
    PatternContext old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < alts.len; i++) {
        PtPattern *alt = alts.items[i];
        cg_set_loc(c, alt->pos);
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        pc->allow_irrefutable = (i == alts.len - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = pc->fail_pop_cap = 0;
        pc->on_top = 0;
        if (cg_emit(c, PT_OP_COPY, 1) < 0 || pattern(c, alt, pc) < 0) {
            return -1;
        }
        if (i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
        } else if (pc->nstores != ncontrol) {
            return cg_error(c, "alternative patterns bind different names");
        } else if (ncontrol) {
            int r = reorder_stores(c, pc, control, ncontrol);
            if (r < 0) {
                return -1;
            }
            if (r > 0) {
                return cg_error(c, "alternative patterns bind different names");
            }
        }
        if (cg_emit_jump(c, PT_OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) {
            return -1;
        }
    }
    *pc = old;
    // No alternative matched: pop the copy of the subject and fail.
    if (cg_emit(c, PT_OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, PT_OP_JUMP) < 0) {
        return -1;
    }
    cg_use_block(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        if (rotate(c, nrots) < 0) {
            return -1;
        }
        if (stores_index(pc, control[i]) >= 0) {
            return cg_error(c, "multiple assignments to name '%s' in pattern", control[i]);
        }
        if (stores_append(c, pc, control[i]) < 0) {
            return -1;
        }
    }
    return cg_emit(c, PT_OP_POP_TOP, 0);
}

static int pattern(CgCompiler *c, PtPattern *p, PatternContext *pc) {
    cg_set_loc(c, p->pos);
    switch (p->kind) {
    case PT_PAT_MATCHVALUE:
        return pattern_value(c, p, pc);
    case PT_PAT_MATCHSINGLETON:
        return pattern_singleton(c, p, pc);
    case PT_PAT_MATCHSEQUENCE:
        return pattern_sequence(c, p, pc);
    case PT_PAT_MATCHMAPPING:
        return pattern_mapping(c, p, pc);
    case PT_PAT_MATCHCLASS:
        return pattern_class(c, p, pc);
    case PT_PAT_MATCHSTAR:
        return store_name(c, p->v.matchstar.name, pc);
    case PT_PAT_MATCHAS:
        return pattern_as(c, p, pc);
    case PT_PAT_MATCHOR:
        return pattern_or(c, p, pc);
    }
    pt_err_set_string(pt_exc_SystemError, "compiler: unknown pattern kind");
    return -1;
}

// ---- The match statement ----

int cg_match(CgCompiler *c, PtStmt *s) {
    PtMatchCaseSeq cases = s->v.match.cases;
    CgBlock *end = cg_new_block(c);
    if (end == NULL || cg_expr(c, s->v.match.subject) < 0) {
        return -1;
    }
    PtMatchCase *m = cases.items[cases.len - 1];
    int has_default = is_wildcard(m->pattern) && 1 < cases.len;
    PatternContext pc;
    memset(&pc, 0, sizeof pc);
    for (int i = 0; i < cases.len - has_default; i++) {
        m = cases.items[i];
        cg_set_loc(c, m->pattern->pos);
        int last = i == cases.len - has_default - 1;
        if (!last && cg_emit(c, PT_OP_COPY, 1) < 0) {
            return -1;
        }
        pc.stores = NULL;
        pc.nstores = pc.capstores = 0;
        pc.allow_irrefutable = m->guard != NULL || i == cases.len - 1;
        pc.fail_pop = NULL;
        pc.fail_pop_size = pc.fail_pop_cap = 0;
        pc.on_top = 0;
        if (pattern(c, m->pattern, &pc) < 0) {
            return -1;
        }
        for (int n = 0; n < pc.nstores; n++) {
            if (cg_nameop(c, pc.stores[n], PT_CTX_STORE) < 0) {
                return -1;
            }
        }
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0 || cg_jump_if(c, m->guard, pc.fail_pop[0], 0) < 0) {
                return -1;
            }
        }
        if (!last && cg_emit(c, PT_OP_POP_TOP, 0) < 0) {
            return -1;
        }
        if (cg_stmts(c, m->body) < 0 || cg_emit_jump(c, PT_OP_JUMP, end) < 0) {
            return -1;
        }
        cg_set_loc(c, m->pattern->pos);
        if (emit_and_reset_fail_pop(c, &pc) < 0) {
            return -1;
        }
    }
    if (has_default) {
        m = cases.items[cases.len - 1];
        cg_set_loc(c, m->pattern->pos);
        if (cg_emit(c, cases.len == 1 ? PT_OP_POP_TOP : PT_OP_NOP, 0) < 0) {
            return -1;
        }
        if (m->guard && cg_jump_if(c, m->guard, end, 0) < 0) {
            return -1;
        }
        if (cg_stmts(c, m->body) < 0) {
            return -1;
        }
    }
    cg_use_block(c, end);
    return 0;
}
