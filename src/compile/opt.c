// src/compile/opt.c: stack effects and the control-flow-graph optimizer.
//
// cg_stack_effect is the one table of how every instruction changes the
// value-stack depth (on the fall-through path and, for jumps, on the taken
// path); the assembler's depth analysis and the consistency checks use it,
// so it must agree with opcodes.def.
//
// cg_optimize rewrites a unit's CFG in place, in this order:
//   1. peephole rewrites inside each block: constant conditions become plain
//      jumps (or nothing), runs of LOAD_CONST + BUILD_TUPLE fold into one
//      tuple constant, BUILD_TUPLE + UNPACK_SEQUENCE of 1-3 items becomes
//      swaps, LOAD_GLOBAL + PUSH_NULL becomes LOAD_GLOBAL with the NULL bit,
//      LOAD_CONST + RETURN_VALUE becomes RETURN_CONST;
//   2. jump threading: a jump to an unconditional jump goes to its target;
//   3. unreachable blocks are emptied;
//   4. a jump to the next instruction becomes a NOP;
//   5. empty blocks are unlinked (jumps and handlers move to the next
//      non-empty block) and NOPs that carry no new line number are removed.
// Nothing here changes behaviour; every rewrite keeps stack depths equal.
#include <string.h>

#include "pith/abstract.h"  // pt_object_is_true
#include "pith/errors.h"    // pt_err_*
#include "pith/tuple.h"     // pt_tuple_*
#include "compile/codegen.h"  // CgUnit, CgBlock

// ---- Stack effects ----

int cg_stack_effect(int op, int arg, int jump) {
    switch (op) {
    case PT_OP_NOP:
    case PT_OP_SWAP:
    case PT_OP_DELETE_FAST:
    case PT_OP_DELETE_NAME:
    case PT_OP_DELETE_GLOBAL:
    case PT_OP_MAKE_CELL:
    case PT_OP_COPY_FREE_VARS:
    case PT_OP_DELETE_DEREF:
    case PT_OP_LOAD_ATTR:
    case PT_OP_SETUP_ANNOTATIONS:
    case PT_OP_UNARY_NEGATIVE:
    case PT_OP_UNARY_POSITIVE:
    case PT_OP_UNARY_NOT:
    case PT_OP_UNARY_INVERT:
    case PT_OP_LIST_TO_TUPLE:
    case PT_OP_JUMP:
    case PT_OP_JUMP_BACKWARD:
    case PT_OP_GET_ITER:
    case PT_OP_CHECK_EXC_MATCH:
    case PT_OP_CHECK_EG_MATCH:
    case PT_OP_YIELD_VALUE:
    case PT_OP_GET_YIELD_FROM_ITER:
    case PT_OP_GET_AWAITABLE:
    case PT_OP_GET_AITER:
    case PT_OP_ASYNC_GEN_WRAP:
    case PT_OP_RETURN_GENERATOR:
    case PT_OP_RETURN_CONST:
    case PT_OP_RERAISE:
        return 0;
    case PT_OP_POP_TOP:
    case PT_OP_RETURN_VALUE:
    case PT_OP_STORE_FAST:
    case PT_OP_STORE_NAME:
    case PT_OP_STORE_GLOBAL:
    case PT_OP_STORE_DEREF:
    case PT_OP_DELETE_ATTR:
    case PT_OP_BINARY_OP:
    case PT_OP_COMPARE_OP:
    case PT_OP_IS_OP:
    case PT_OP_CONTAINS_OP:
    case PT_OP_BINARY_SUBSCR:
    case PT_OP_LIST_APPEND:
    case PT_OP_SET_ADD:
    case PT_OP_LIST_EXTEND:
    case PT_OP_SET_UPDATE:
    case PT_OP_DICT_UPDATE:
    case PT_OP_DICT_MERGE:
    case PT_OP_POP_JUMP_IF_FALSE:
    case PT_OP_POP_JUMP_IF_TRUE:
    case PT_OP_POP_JUMP_IF_NONE:
    case PT_OP_POP_JUMP_IF_NOT_NONE:
    case PT_OP_POP_EXCEPT:
    case PT_OP_PREP_RERAISE_STAR:
    case PT_OP_IMPORT_NAME:
    case PT_OP_IMPORT_STAR:
    case PT_OP_PRINT_EXPR:
    case PT_OP_LOAD_SUPER_METHOD:
        return -1;
    case PT_OP_PUSH_NULL:
    case PT_OP_COPY:
    case PT_OP_LOAD_CONST:
    case PT_OP_LOAD_FAST:
    case PT_OP_LOAD_NAME:
    case PT_OP_LOAD_DEREF:
    case PT_OP_LOAD_CLASSDEREF:
    case PT_OP_LOAD_CLOSURE:
    case PT_OP_LOAD_METHOD:
    case PT_OP_LOAD_BUILD_CLASS:
    case PT_OP_PUSH_EXC_INFO:
    case PT_OP_LOAD_ASSERTION_ERROR:
    case PT_OP_BEFORE_WITH:
    case PT_OP_BEFORE_ASYNC_WITH:
    case PT_OP_WITH_EXCEPT_START:
    case PT_OP_GET_ANEXT:
    case PT_OP_GET_LEN:
    case PT_OP_MATCH_MAPPING:
    case PT_OP_MATCH_SEQUENCE:
    case PT_OP_MATCH_KEYS:
    case PT_OP_IMPORT_FROM:
        return 1;
    case PT_OP_LOAD_GLOBAL:
        return 1 + (arg & 1);
    case PT_OP_STORE_ATTR:
    case PT_OP_DELETE_SUBSCR:
    case PT_OP_MAP_ADD:
    case PT_OP_END_ASYNC_FOR:
    case PT_OP_MATCH_CLASS:
        return -2;
    case PT_OP_STORE_SUBSCR:
        return -3;
    case PT_OP_BUILD_SLICE:
        return arg == 3 ? -2 : -1;
    case PT_OP_BUILD_TUPLE:
    case PT_OP_BUILD_LIST:
    case PT_OP_BUILD_SET:
    case PT_OP_BUILD_STRING:
        return 1 - arg;
    case PT_OP_BUILD_MAP:
        return 1 - 2 * arg;
    case PT_OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case PT_OP_UNPACK_SEQUENCE:
        return arg - 1;
    case PT_OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case PT_OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case PT_OP_JUMP_IF_FALSE_OR_POP:
    case PT_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case PT_OP_FOR_ITER:
        return jump ? -1 : 1;
    case PT_OP_SEND:
        return jump ? -1 : 0;
    case PT_OP_CALL:
        return -arg - 1;
    case PT_OP_CALL_KW:
        return -arg - 2;
    case PT_OP_CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case PT_OP_MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case PT_OP_RAISE_VARARGS:
        return -arg;
    case CG_SETUP:
        return 0;
    }
    return 0;
}

int cg_is_jump(int op) {
    switch (op) {
    case PT_OP_JUMP:
    case PT_OP_JUMP_BACKWARD:
    case PT_OP_POP_JUMP_IF_FALSE:
    case PT_OP_POP_JUMP_IF_TRUE:
    case PT_OP_POP_JUMP_IF_NONE:
    case PT_OP_POP_JUMP_IF_NOT_NONE:
    case PT_OP_JUMP_IF_FALSE_OR_POP:
    case PT_OP_JUMP_IF_TRUE_OR_POP:
    case PT_OP_FOR_ITER:
    case PT_OP_SEND:
        return 1;
    }
    return 0;
}

int cg_is_uncond_exit(int op) {
    switch (op) {
    case PT_OP_RETURN_VALUE:
    case PT_OP_RETURN_CONST:
    case PT_OP_RAISE_VARARGS:
    case PT_OP_RERAISE:
    case PT_OP_JUMP:
    case PT_OP_JUMP_BACKWARD:
        return 1;
    }
    return 0;
}

static int is_uncond_jump(int op) { return op == PT_OP_JUMP || op == PT_OP_JUMP_BACKWARD; }

// ---- Peephole rewrites ----

static void set_nop(CgInstr *in) {
    in->op = PT_OP_NOP;
    in->arg = 0;
    in->target = NULL;
}

// Fold LOAD_CONST x n; BUILD_TUPLE n at b->instrs[i] into one constant.
static int fold_tuple(CgCompiler *c, CgUnit *u, CgBlock *b, int i) {
    int n = b->instrs[i].arg;
    if (n == 0 || i < n) {
        return 0;
    }
    for (int k = i - n; k < i; k++) {
        if (b->instrs[k].op != PT_OP_LOAD_CONST) {
            return 0;
        }
    }
    PtObject *t = pt_tuple_new(n);
    if (t == NULL) {
        return -1;
    }
    for (int k = 0; k < n; k++) {
        pt_tuple_set_steal(t, k, pt_newref(u->consts.items[b->instrs[i - n + k].arg]));
    }
    int idx = cg_add_const(c, t);
    pt_decref(t);
    if (idx < 0) {
        return -1;
    }
    for (int k = i - n; k < i; k++) {
        set_nop(&b->instrs[k]);
        b->instrs[k].loc.line = -1;
    }
    b->instrs[i].op = PT_OP_LOAD_CONST;
    b->instrs[i].arg = idx;
    return 0;
}

// A constant's truth for folding a conditional jump: 1, 0, or -1 unknown.
static int const_truth(CgUnit *u, int arg) {
    int t = pt_object_is_true(u->consts.items[arg]);
    if (t < 0) {
        pt_err_clear();
    }
    return t;
}

static int peephole_block(CgCompiler *c, CgUnit *u, CgBlock *b) {
    for (int i = 0; i < b->n; i++) {
        CgInstr *in = &b->instrs[i];
        CgInstr *next = i + 1 < b->n ? &b->instrs[i + 1] : NULL;
        switch (in->op) {
        case PT_OP_LOAD_CONST:
            if (next == NULL) {
                break;
            }
            if (next->op == PT_OP_POP_JUMP_IF_FALSE || next->op == PT_OP_POP_JUMP_IF_TRUE) {
                int t = const_truth(u, in->arg);
                if (t < 0) {
                    break;
                }
                set_nop(in);
                int jump_if = next->op == PT_OP_POP_JUMP_IF_TRUE;
                if (t == jump_if) {
                    next->op = PT_OP_JUMP;
                    b->n = i + 2;
                } else {
                    set_nop(next);
                }
            } else if (next->op == PT_OP_POP_JUMP_IF_NONE ||
                       next->op == PT_OP_POP_JUMP_IF_NOT_NONE) {
                int is_none = u->consts.items[in->arg] == pt_None;
                set_nop(in);
                if (is_none == (next->op == PT_OP_POP_JUMP_IF_NONE)) {
                    next->op = PT_OP_JUMP;
                    b->n = i + 2;
                } else {
                    set_nop(next);
                }
            } else if (next->op == PT_OP_RETURN_VALUE) {
                next->op = PT_OP_RETURN_CONST;
                next->arg = in->arg;
                set_nop(in);
                in->loc.line = -1;
            }
            break;
        case PT_OP_BUILD_TUPLE:
            if (next != NULL && next->op == PT_OP_UNPACK_SEQUENCE && next->arg == in->arg &&
                in->arg >= 1 && in->arg <= 3) {
                int n = in->arg;
                set_nop(in);
                if (n == 1) {
                    set_nop(next);
                } else {
                    next->op = PT_OP_SWAP;
                    next->arg = n;
                }
                break;
            }
            if (fold_tuple(c, u, b, i) < 0) {
                return -1;
            }
            break;
        case PT_OP_LOAD_GLOBAL:
            if (next != NULL && next->op == PT_OP_PUSH_NULL && !(in->arg & 1)) {
                in->arg |= 1;
                set_nop(next);
                next->loc.line = -1;
            }
            break;
        case PT_OP_UNARY_NOT:
            if (next != NULL &&
                (next->op == PT_OP_POP_JUMP_IF_FALSE || next->op == PT_OP_POP_JUMP_IF_TRUE)) {
                next->op = next->op == PT_OP_POP_JUMP_IF_FALSE ? PT_OP_POP_JUMP_IF_TRUE
                                                               : PT_OP_POP_JUMP_IF_FALSE;
                set_nop(in);
            }
            break;
        default:
            if (cg_is_uncond_exit(in->op) && i + 1 < b->n) {
                b->n = i + 1;  // the rest of the block is unreachable
            }
            break;
        }
    }
    return 0;
}

// ---- Jumps ----

// The first block at or after `b` (in layout) that holds an instruction.
static CgBlock *next_nonempty(CgBlock *b) {
    while (b != NULL && b->n == 0) {
        b = b->next;
    }
    return b;
}

// Retarget jumps whose target starts with an unconditional jump.
static void thread_jumps(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            CgInstr *in = &b->instrs[i];
            if (in->target == NULL || in->op == PT_OP_SEND || in->op == PT_OP_FOR_ITER) {
                continue;
            }
            for (int hops = 0; hops < 32; hops++) {
                CgBlock *t = next_nonempty(in->target);
                if (t == NULL || !is_uncond_jump(t->instrs[0].op) || t->instrs[0].target == NULL ||
                    t == b) {
                    break;
                }
                // A jump on a different line keeps its own line in CPython;
                // for a conditional jump the target's line is not executed.
                if (t->instrs[0].target == in->target) {
                    break;
                }
                in->target = t->instrs[0].target;
            }
        }
    }
}

static void mark_reachable(CgUnit *u) {
    for (CgBlock *b = u->all_blocks; b != NULL; b = b->all_next) {
        b->reachable = 0;
        b->preds = 0;
    }
    // A simple worklist through the all_next-independent layout.
    int changed = 1;
    u->entry->reachable = 1;
    while (changed) {
        changed = 0;
        for (CgBlock *b = u->entry; b != NULL; b = b->next) {
            if (!b->reachable) {
                continue;
            }
            int falls = 1;
            for (int i = 0; i < b->n; i++) {
                CgInstr *in = &b->instrs[i];
                CgBlock *t = in->target;
                // A handler is live only if a live instruction is protected by it.
                CgBlock *h = in->op != CG_SETUP && in->handler != NULL ? in->handler->target : NULL;
                if (t != NULL && !t->reachable) {
                    t->reachable = 1;
                    changed = 1;
                }
                if (h != NULL && !h->reachable) {
                    h->reachable = 1;
                    changed = 1;
                }
                if (cg_is_uncond_exit(in->op)) {
                    falls = 0;
                    break;
                }
            }
            if (falls && b->next != NULL && !b->next->reachable) {
                b->next->reachable = 1;
                changed = 1;
            }
        }
    }
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        if (!b->reachable) {
            b->n = 0;
        }
    }
}

// A jump to the instruction that follows anyway becomes a NOP.
static void remove_redundant_jumps(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        if (b->n == 0) {
            continue;
        }
        CgInstr *last = &b->instrs[b->n - 1];
        if (is_uncond_jump(last->op) && last->target != NULL &&
            next_nonempty(last->target) == next_nonempty(b->next)) {
            set_nop(last);
        }
    }
}

// Point jumps and handlers at non-empty blocks, then unlink empty blocks.
static void unlink_empty_blocks(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            CgInstr *in = &b->instrs[i];
            if (in->target != NULL) {
                CgBlock *t = next_nonempty(in->target);
                if (t != NULL) {
                    in->target = t;
                }
            }
            if (in->op == CG_SETUP && in->handler->target != NULL) {
                // A handler nothing live is protected by is dropped.
                CgBlock *t = in->handler->target->reachable ? next_nonempty(in->handler->target)
                                                            : NULL;
                in->handler->target = t;
            }
        }
    }
    CgBlock *prev = u->entry;
    for (CgBlock *b = u->entry->next; b != NULL; b = b->next) {
        if (b->n > 0) {
            prev->next = b;
            prev = b;
        }
    }
    prev->next = NULL;
}

// The handler an instruction is protected by, ignoring SETUP pseudo-ops.
static int same_line(const CgInstr *a, const CgInstr *b) { return a->loc.line == b->loc.line; }

// Remove NOPs that do not start a new line (CPython's rules).
static void remove_nops(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        int dst = 0, prev_line = -1;
        for (int src = 0; src < b->n; src++) {
            CgInstr *in = &b->instrs[src];
            if (in->op == PT_OP_NOP) {
                int line = in->loc.line;
                if (line < 0 || line == prev_line) {
                    continue;
                }
                if (src + 1 < b->n) {
                    CgInstr *nx = &b->instrs[src + 1];
                    if (nx->op != CG_SETUP && (nx->loc.line < 0 || same_line(nx, in))) {
                        if (nx->loc.line < 0) {
                            nx->loc = in->loc;
                        }
                        continue;
                    }
                } else {
                    CgBlock *nb = next_nonempty(b->next);
                    if (nb != NULL && nb->instrs[0].loc.line == line) {
                        continue;
                    }
                }
            }
            if (in->op != CG_SETUP && in->loc.line >= 0) {
                prev_line = in->loc.line;
            }
            b->instrs[dst++] = *in;
        }
        b->n = dst;
    }
}

static void count_preds(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        b->preds = 0;
    }
    u->entry->preds = 1;
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        int falls = 1;
        for (int i = 0; i < b->n; i++) {
            CgInstr *in = &b->instrs[i];
            if (in->target != NULL) {
                in->target->preds++;
            }
            if (in->op == CG_SETUP && in->handler->target != NULL) {
                in->handler->target->preds += 2;  // never treated as a single predecessor
            }
            if (cg_is_uncond_exit(in->op)) {
                falls = 0;
                break;
            }
        }
        if (falls && b->next != NULL) {
            b->next->preds++;
        }
    }
}

int cg_optimize(CgCompiler *c, CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        if (peephole_block(c, u, b) < 0) {
            return -1;
        }
    }
    thread_jumps(u);
    mark_reachable(u);
    remove_redundant_jumps(u);
    remove_nops(u);
    unlink_empty_blocks(u);
    remove_redundant_jumps(u);
    remove_nops(u);
    unlink_empty_blocks(u);
    // Threading and NOP removal can orphan blocks and handlers: sweep again.
    thread_jumps(u);
    mark_reachable(u);
    remove_redundant_jumps(u);
    remove_nops(u);
    unlink_empty_blocks(u);
    count_preds(u);
    return 0;
}
