// src/compile/codegen.c: the code generator's core: units, tables, constants, assembly.
//
// This file owns the data structures declared in codegen.h: basic blocks and
// instruction emission, the per-unit name and constant tables, entering and
// leaving scopes (with CPython's qualified-name rules), the frame-block stack,
// constant folding of literal expressions, and the assembler that turns a
// finished unit into a code object. The AST walkers live in codegen_expr.c,
// codegen_stmt.c and codegen_pattern.c; the CFG optimizer in opt.c.
//
// Assembly, in order: append the implicit `return None`, insert the cell and
// free-variable prologue, optimize, compute every block's entry depth by a
// flow analysis (which also fixes each exception handler's depth), lay the
// blocks out and give each instruction its word offset, then emit the words,
// the location per word, the exception table and the localsplus layout
// ([locals] [cells that are not arguments] [free variables]).
//
// Memory: blocks, instructions and tables live in the compiler's arena;
// constants are real objects and are released when their unit is left.
// See docs/internals/compiler.md.
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith/abstract.h"  // pt_number_*, pt_object_is_true
#include "pith/bytes.h"     // pt_bytes_new
#include "pith/dict.h"      // pt_set_next, pt_frozenset_new
#include "pith/errors.h"    // pt_err_*
#include "pith/float.h"     // pt_float_new, pt_complex_new
#include "pith/int.h"       // pt_int_from_string, pt_int_compare
#include "pith/mem.h"       // pt_mem_alloc
#include "pith/str.h"       // pt_str_*
#include "pith/tuple.h"     // pt_tuple_*
#include "compile/codegen.h"  // CgCompiler, CgUnit

// ---- Errors ----

static int verror_at(CgCompiler *c, PtPos pos, const char *fmt, va_list ap) {
    if (!c->has_error) {
        vsnprintf(c->errmsg, sizeof c->errmsg, fmt, ap);
        c->errpos = pos;
        c->has_error = 1;
    }
    return -1;
}

int cg_error_at(CgCompiler *c, PtPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror_at(c, pos, fmt, ap);
    va_end(ap);
    return -1;
}

int cg_error(CgCompiler *c, const char *fmt, ...) {
    PtPos pos = {c->u->loc.line, c->u->loc.col, c->u->loc.end_line, c->u->loc.end_col};
    va_list ap;
    va_start(ap, fmt);
    verror_at(c, pos, fmt, ap);
    va_end(ap);
    return -1;
}

int cg_nomem(CgCompiler *c) {
    if (!pt_err_occurred()) {
        pt_err_no_memory();
    }
    return -1;
}

// Grow an arena array of `*cap` items of `size` bytes to hold at least n + 1.
static void *grow(CgCompiler *c, void *items, int n, int *cap, size_t size) {
    if (n < *cap) {
        return items;
    }
    int ncap = *cap ? *cap * 2 : 8;
    void *p = pt_arena_alloc(c->arena, size * (size_t)ncap);
    if (p == NULL) {
        return NULL;
    }
    if (n > 0) {
        memcpy(p, items, size * (size_t)n);
    }
    *cap = ncap;
    return p;
}

// ---- Blocks and emission ----

CgBlock *cg_new_block(CgCompiler *c) {
    CgBlock *b = pt_arena_alloc(c->arena, sizeof(CgBlock));
    if (b == NULL) {
        cg_nomem(c);
        return NULL;
    }
    b->startdepth = -1;
    b->all_next = c->u->all_blocks;
    c->u->all_blocks = b;
    return b;
}

void cg_use_block(CgCompiler *c, CgBlock *b) {
    CgUnit *u = c->u;
    b->next = u->cur->next;
    u->cur->next = b;
    if (u->last == u->cur) {
        u->last = b;
    }
    u->cur = b;
}

int cg_next_block(CgCompiler *c) {
    CgBlock *b = cg_new_block(c);
    if (b == NULL) {
        return -1;
    }
    cg_use_block(c, b);
    return 0;
}

static CgInstr *add_instr(CgCompiler *c) {
    CgBlock *b = c->u->cur;
    CgInstr *items = grow(c, b->instrs, b->n, &b->cap, sizeof(CgInstr));
    if (items == NULL) {
        cg_nomem(c);
        return NULL;
    }
    b->instrs = items;
    CgInstr *i = &b->instrs[b->n++];
    memset(i, 0, sizeof *i);
    i->loc = c->u->loc;
    i->handler = c->u->handler;
    return i;
}

int cg_emit(CgCompiler *c, int op, int arg) {
    if (arg < 0 || arg > 0xFFFFFF) {
        pt_err_set_string(pt_exc_SystemError, "instruction argument out of range");
        return -1;
    }
    CgInstr *i = add_instr(c);
    if (i == NULL) {
        return -1;
    }
    i->op = op;
    i->arg = arg;
    return 0;
}

int cg_emit_jump(CgCompiler *c, int op, CgBlock *target) {
    CgInstr *i = add_instr(c);
    if (i == NULL) {
        return -1;
    }
    i->op = op;
    i->target = target;
    return 0;
}

int cg_emit_noline(CgCompiler *c, int op, int arg) {
    PtLocation saved = c->u->loc;
    c->u->loc.line = -1;
    int r = cg_emit(c, op, arg);
    c->u->loc = saved;
    return r;
}

int cg_emit_jump_noline(CgCompiler *c, int op, CgBlock *target) {
    PtLocation saved = c->u->loc;
    c->u->loc.line = -1;
    int r = cg_emit_jump(c, op, target);
    c->u->loc = saved;
    return r;
}

int cg_setup(CgCompiler *c, CgBlock *target, int lasti, int adjust) {
    CgHandler *h = pt_arena_alloc(c->arena, sizeof(CgHandler));
    if (h == NULL) {
        return cg_nomem(c);
    }
    h->target = target;
    h->lasti = lasti;
    h->depth = -1;
    h->parent = c->u->handler;
    target->handler_entry = 1;
    CgInstr *i = add_instr(c);
    if (i == NULL) {
        return -1;
    }
    i->op = CG_SETUP;
    i->arg = adjust;
    i->handler = h;
    c->u->handler = h;
    return 0;
}

void cg_pop_block(CgCompiler *c) {
    if (c->u->handler != NULL) {
        c->u->handler = c->u->handler->parent;
    }
}

void cg_set_loc(CgCompiler *c, PtPos pos) {
    c->u->loc.line = pos.lineno;
    c->u->loc.col = pos.col_offset;
    c->u->loc.end_line = pos.end_lineno;
    c->u->loc.end_col = pos.end_col_offset;
}

void cg_unset_loc(CgCompiler *c) { c->u->loc.line = -1; }

// ---- Name tables ----

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) {
        h = (h ^ (unsigned char)*s++) * 16777619u;
    }
    return h;
}

int cg_find_name(const CgNameTable *t, const char *name) {
    if (t->nslots == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)t->nslots - 1, i = name_hash(name) & mask;
    for (;;) {
        int k = t->slots[i];
        if (k == 0) {
            return -1;
        }
        if (strcmp(t->items[k - 1], name) == 0) {
            return k - 1;
        }
        i = (i + 1) & mask;
    }
}

static void name_slot_insert(CgNameTable *t, int k) {
    uint32_t mask = (uint32_t)t->nslots - 1, i = name_hash(t->items[k]) & mask;
    while (t->slots[i] != 0) {
        i = (i + 1) & mask;
    }
    t->slots[i] = k + 1;
}

int cg_name_index(CgCompiler *c, CgNameTable *t, const char *name) {
    int k = cg_find_name(t, name);
    if (k >= 0) {
        return k;
    }
    const char **items = grow(c, t->items, t->n, &t->cap, sizeof(char *));
    if (items == NULL) {
        return cg_nomem(c);
    }
    t->items = items;
    if ((t->n + 1) * 2 > t->nslots) {
        int ns = t->nslots ? t->nslots * 2 : 16;
        int *slots = pt_arena_alloc(c->arena, sizeof(int) * (size_t)ns);
        if (slots == NULL) {
            return cg_nomem(c);
        }
        t->slots = slots;
        t->nslots = ns;
        for (int j = 0; j < t->n; j++) {
            name_slot_insert(t, j);
        }
    }
    t->items[t->n] = name;
    name_slot_insert(t, t->n);
    return t->n++;
}

const char *cg_mangle(CgCompiler *c, const char *name) {
    const char *m = pt_symtable_mangle(c->arena, c->u->private_name, name);
    if (m == NULL) {
        cg_nomem(c);
    }
    return m;
}

int cg_emit_name(CgCompiler *c, int op, const char *name) {
    const char *m = cg_mangle(c, name);
    if (m == NULL) {
        return -1;
    }
    int k = cg_name_index(c, &c->u->names, m);
    if (k < 0) {
        return -1;
    }
    return cg_emit(c, op, k);
}

int cg_deref_index(CgUnit *u, const char *name, int prefer_cell) {
    if (prefer_cell) {
        for (int i = 0; i < u->ncells; i++) {
            if (strcmp(u->cellvars[i], name) == 0) {
                return i;
            }
        }
    }
    for (int i = 0; i < u->nfree; i++) {
        if (strcmp(u->freevars[i], name) == 0) {
            return u->ncells + i;
        }
    }
    return -1;
}

// ---- Strings ----

// Decode generalized UTF-8 (lone surrogates encoded as 3-byte sequences)
// into a str. New reference or NULL.
static PtObject *str_from_wtf8(const char *s, size_t len) {
    int has_surrogate = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if ((unsigned char)s[i] == 0xED && ((unsigned char)s[i + 1] & 0xE0) == 0xA0) {
            has_surrogate = 1;
            break;
        }
    }
    if (!has_surrogate) {
        return pt_str_from_utf8(s, len);
    }
    uint32_t *cps = pt_mem_alloc(sizeof(uint32_t) * (len + 1));
    if (cps == NULL) {
        return pt_err_no_memory();
    }
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        uint32_t cp = *p;
        int extra = cp < 0x80 ? 0 : cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
        cp = extra == 0 ? cp : extra == 1 ? (cp & 0x1F) : extra == 2 ? (cp & 0x0F) : (cp & 0x07);
        p++;
        for (int k = 0; k < extra && p < end; k++) {
            cp = (cp << 6) | (*p++ & 0x3F);
        }
        cps[n++] = cp;
    }
    PtObject *r = pt_str_from_ucs4(cps, n);
    pt_mem_free(cps, sizeof(uint32_t) * (len + 1));
    return r;
}

static int is_identifier_like(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return 0;
        }
    }
    return 1;
}

PtObject *cg_str(CgCompiler *c, const char *s) {
    PtObject *v = pt_str_from_utf8(s, strlen(s));
    return v != NULL ? pt_str_intern(v) : NULL;
}

// ---- Constants ----

static uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static uint64_t bytes_hash(const void *data, size_t n, uint64_t seed) {
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 1099511628211ULL;
    }
    return h;
}

static uint64_t double_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static uint64_t const_hash(PtObject *v) {
    uint32_t tid = pt_tid(v);
    switch (tid) {
    case PT_TID_INT:
        if (pt_is_smallint(v)) {
            return mix64((uint64_t)(uintptr_t)v);
        }
        return mix64((uint64_t)pt_int_hash(v) ^ 0x1234);
    case PT_TID_FLOAT:
        return mix64(double_bits(pt_float_value(v)) ^ 0x5678);
    case PT_TID_COMPLEX: {
        PtComplex *z = (PtComplex *)v;
        return mix64(double_bits(z->real) * 31 + double_bits(z->imag));
    }
    case PT_TID_STR:
        return bytes_hash(pt_str_data(v), (size_t)pt_str_len(v) * (size_t)pt_str_kind(v), 1);
    case PT_TID_BYTES:
        return bytes_hash(pt_bytes_data(v), (size_t)pt_bytes_len(v), 2);
    case PT_TID_TUPLE: {
        uint64_t h = 0x345678;
        for (pt_ssize i = 0; i < pt_tuple_len(v); i++) {
            h = mix64(h * 1000003 + const_hash(pt_tuple_get(v, i)));
        }
        return h;
    }
    case PT_TID_FROZENSET: {
        uint64_t h = 0x9abc;
        pt_ssize pos = 0;
        PtObject *k;
        while (pt_set_next(v, &pos, &k)) {
            h ^= const_hash(k);
        }
        return mix64(h);
    }
    default:
        return mix64((uint64_t)(uintptr_t)v);
    }
}

static int const_eq(PtObject *a, PtObject *b);

static int frozenset_eq(PtObject *a, PtObject *b) {
    if (pt_set_len(a) != pt_set_len(b)) {
        return 0;
    }
    pt_ssize pa = 0;
    PtObject *ka;
    while (pt_set_next(a, &pa, &ka)) {
        pt_ssize pb = 0;
        PtObject *kb;
        int found = 0;
        while (!found && pt_set_next(b, &pb, &kb)) {
            found = const_eq(ka, kb);
        }
        if (!found) {
            return 0;
        }
    }
    return 1;
}

static int const_eq(PtObject *a, PtObject *b) {
    if (a == b) {
        return 1;
    }
    uint32_t tid = pt_tid(a);
    if (tid != pt_tid(b)) {
        return 0;
    }
    switch (tid) {
    case PT_TID_INT:
        return !pt_is_smallint(a) && !pt_is_smallint(b) && pt_int_compare(a, b) == 0;
    case PT_TID_FLOAT:
        return double_bits(pt_float_value(a)) == double_bits(pt_float_value(b));
    case PT_TID_COMPLEX:
        return double_bits(((PtComplex *)a)->real) == double_bits(((PtComplex *)b)->real) &&
               double_bits(((PtComplex *)a)->imag) == double_bits(((PtComplex *)b)->imag);
    case PT_TID_STR:
        return pt_str_eq(a, b);
    case PT_TID_BYTES:
        return pt_bytes_len(a) == pt_bytes_len(b) &&
               memcmp(pt_bytes_data(a), pt_bytes_data(b), (size_t)pt_bytes_len(a)) == 0;
    case PT_TID_TUPLE:
        if (pt_tuple_len(a) != pt_tuple_len(b)) {
            return 0;
        }
        for (pt_ssize i = 0; i < pt_tuple_len(a); i++) {
            if (!const_eq(pt_tuple_get(a, i), pt_tuple_get(b, i))) {
                return 0;
            }
        }
        return 1;
    case PT_TID_FROZENSET:
        return frozenset_eq(a, b);
    default:
        return 0;
    }
}

// Find `v` in `t`: its index, or -1; *slot receives the probe position.
static int const_find(const CgConstTable *t, PtObject *v, uint32_t *slot) {
    if (t->nslots == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)t->nslots - 1, i = (uint32_t)const_hash(v) & mask;
    for (;;) {
        int k = t->slots[i];
        if (k == 0) {
            *slot = i;
            return -1;
        }
        if (const_eq(t->items[k - 1], v)) {
            *slot = i;
            return k - 1;
        }
        i = (i + 1) & mask;
    }
}

// Add `v` (borrowed) to `t` unless an equal constant is there; returns the index.
static int const_add(CgCompiler *c, CgConstTable *t, PtObject *v) {
    uint32_t slot = 0;
    int k = const_find(t, v, &slot);
    if (k >= 0) {
        return k;
    }
    PtObject **items = grow(c, t->items, t->n, &t->cap, sizeof(PtObject *));
    if (items == NULL) {
        return cg_nomem(c);
    }
    t->items = items;
    if ((t->n + 1) * 2 > t->nslots) {
        int ns = t->nslots ? t->nslots * 2 : 16;
        int *slots = pt_arena_alloc(c->arena, sizeof(int) * (size_t)ns);
        if (slots == NULL) {
            return cg_nomem(c);
        }
        t->slots = slots;
        t->nslots = ns;
        for (int j = 0; j < t->n; j++) {
            uint32_t s = 0;
            const_find(t, t->items[j], &s);
            t->slots[s] = j + 1;
        }
        const_find(t, v, &slot);
    }
    t->items[t->n] = pt_newref(v);
    t->slots[slot] = t->n + 1;
    return t->n++;
}

static void const_table_clear(CgConstTable *t) {
    for (int i = 0; i < t->n; i++) {
        pt_decref(t->items[i]);
    }
    t->n = 0;
}

// The module-wide canonical object equal to `v` (so equal constants of
// different functions are one object). Borrowed from the cache.
static PtObject *const_canonical(CgCompiler *c, PtObject *v) {
    if (!pt_is_heap(v)) {
        return v;
    }
    int k = const_add(c, &c->const_cache, v);
    return k < 0 ? NULL : c->const_cache.items[k];
}

int cg_add_const(CgCompiler *c, PtObject *v) {
    PtObject *canon = const_canonical(c, v);
    if (canon == NULL) {
        return -1;
    }
    return const_add(c, &c->u->consts, canon);
}

int cg_load_const(CgCompiler *c, PtObject *v) {
    int k = cg_add_const(c, v);
    return k < 0 ? -1 : cg_emit(c, PT_OP_LOAD_CONST, k);
}

int cg_load_const_steal(CgCompiler *c, PtObject *v) {
    if (v == NULL) {
        return -1;
    }
    int r = cg_load_const(c, v);
    pt_decref(v);
    return r;
}

int cg_load_none(CgCompiler *c) { return cg_load_const(c, pt_None); }

int cg_load_int(CgCompiler *c, int64_t i) { return cg_load_const_steal(c, pt_int_from_i64(i)); }

PtObject *cg_constant_value(CgCompiler *c, const PtConstant *k) {
    switch (k->kind) {
    case PT_CONST_NONE:
        return pt_newref(pt_None);
    case PT_CONST_TRUE:
        return pt_newref(pt_True);
    case PT_CONST_FALSE:
        return pt_newref(pt_False);
    case PT_CONST_ELLIPSIS:
        return pt_newref(pt_Ellipsis);
    case PT_CONST_INT:
        return pt_int_from_string(k->s, k->len, k->base);
    case PT_CONST_FLOAT:
        return pt_float_new(strtod(k->s, NULL));
    case PT_CONST_IMAG:
        return pt_complex_new(0.0, strtod(k->s, NULL));
    case PT_CONST_STR: {
        PtObject *v = str_from_wtf8(k->s, k->len);
        if (v != NULL && k->len <= 4096 && is_identifier_like(k->s, k->len)) {
            v = pt_str_intern(v);
        }
        return v;
    }
    case PT_CONST_BYTES:
        return pt_bytes_new(k->s, k->len);
    }
    return pt_err_bad_internal_call("cg_constant_value");
}

// ---- Constant folding ----

#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_COLLECTION 256
#define FOLD_MAX_STR 4096
#define FOLD_MAX_TOTAL_ITEMS 1024

static int binop_of(PtOperator op) {
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

// Items in a (possibly nested) constant collection, capped at `limit`.
static pt_ssize count_items(PtObject *v, pt_ssize limit) {
    if (!pt_is_tuple_exact(v)) {
        return 0;
    }
    pt_ssize n = pt_tuple_len(v);
    for (pt_ssize i = 0; i < pt_tuple_len(v) && n <= limit; i++) {
        n += count_items(pt_tuple_get(v, i), limit - n);
    }
    return n;
}

static pt_ssize sized_len(PtObject *v) {
    if (pt_is_tuple_exact(v)) {
        return pt_tuple_len(v);
    }
    if (pt_tid(v) == PT_TID_FROZENSET) {
        return pt_set_len(v);
    }
    if (pt_is_str_exact(v)) {
        return pt_str_len(v);
    }
    if (pt_is_bytes_exact(v)) {
        return pt_bytes_len(v);
    }
    return -1;
}

static int is_int_const(PtObject *v) {
    uint32_t t = pt_tid(v);
    return t == PT_TID_INT || t == PT_TID_BOOL;
}

// Would folding `a op b` make an unreasonably large constant? (CPython's
// safe_multiply, safe_power, safe_lshift, safe_mod.)
static int fold_too_big(PtObject *a, PtObject *b, int op) {
    if (op == PT_BINOP_MUL) {
        if (is_int_const(b) && !is_int_const(a)) {
            PtObject *t = a;
            a = b;
            b = t;
        }
        if (is_int_const(a) && is_int_const(b)) {
            if (pt_int_sign(a) && pt_int_sign(b) &&
                pt_int_bit_length(a) + pt_int_bit_length(b) > FOLD_MAX_INT_BITS) {
                return 1;
            }
            return 0;
        }
        pt_ssize size = sized_len(b);
        if (is_int_const(a) && size > 0) {
            int overflow = 0;
            int64_t n = pt_int_as_i64_overflow(a, &overflow);
            int is_str = pt_is_str_exact(b) || pt_is_bytes_exact(b);
            pt_ssize maxn = is_str ? FOLD_MAX_STR : FOLD_MAX_COLLECTION;
            if (overflow || n < 0 || n > maxn / size) {
                return 1;
            }
            if (!is_str && n && count_items(b, FOLD_MAX_TOTAL_ITEMS / n + 1) > FOLD_MAX_TOTAL_ITEMS / n) {
                return 1;
            }
        }
        return 0;
    }
    if (op == PT_BINOP_POW && is_int_const(a) && is_int_const(b) && pt_int_sign(a) &&
        pt_int_sign(b) > 0) {
        int overflow = 0;
        int64_t w = pt_int_as_i64_overflow(b, &overflow);
        return overflow || (int64_t)pt_int_bit_length(a) > FOLD_MAX_INT_BITS / w;
    }
    if (op == PT_BINOP_LSHIFT && is_int_const(a) && is_int_const(b) && pt_int_sign(a) &&
        pt_int_sign(b)) {
        int overflow = 0;
        int64_t w = pt_int_as_i64_overflow(b, &overflow);
        if (overflow || w < 0) {
            return 0;  // raises at run time; the fold fails below
        }
        return w > FOLD_MAX_INT_BITS || (int64_t)pt_int_bit_length(a) > FOLD_MAX_INT_BITS - w;
    }
    if (op == PT_BINOP_MOD && (pt_is_str_exact(a) || pt_is_bytes_exact(a))) {
        return 1;
    }
    return 0;
}

// After a failed fold: swallow the exception unless it must propagate.
static PtObject *fold_failed(int *err) {
    if (pt_err_occurred() && pt_err_matches(pt_exc_MemoryError)) {
        *err = 1;
        return NULL;
    }
    pt_err_clear();
    return NULL;
}

static PtObject *fold_tuple(CgCompiler *c, PtExprSeq elts, int *err) {
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == PT_EXPR_STARRED) {
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
            // Fill the rest so the tuple can be released.
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

static PtObject *fold_unary(CgCompiler *c, PtExpr *e, int *err) {
    PtObject *v = cg_fold(c, e->v.unaryop.operand, err);
    if (v == NULL) {
        return NULL;
    }
    PtObject *r = NULL;
    switch (e->v.unaryop.op) {
    case PT_UNARY_USUB:
        r = pt_number_negative(v);
        break;
    case PT_UNARY_UADD:
        r = pt_number_positive(v);
        break;
    case PT_UNARY_INVERT:
        r = pt_number_invert(v);
        break;
    case PT_UNARY_NOT: {
        int t = pt_object_is_true(v);
        r = t < 0 ? NULL : pt_newref(pt_bool(!t));
        break;
    }
    }
    pt_decref(v);
    return r != NULL ? r : fold_failed(err);
}

static PtObject *fold_binary(CgCompiler *c, PtExpr *e, int *err) {
    PtObject *a = cg_fold(c, e->v.binop.left, err);
    if (a == NULL) {
        return NULL;
    }
    PtObject *b = cg_fold(c, e->v.binop.right, err);
    if (b == NULL) {
        pt_decref(a);
        return NULL;
    }
    int op = binop_of(e->v.binop.op);
    PtObject *r = NULL;
    if (!fold_too_big(a, b, op)) {
        r = op == PT_BINOP_POW ? pt_number_power(a, b, pt_None) : pt_number_binop(a, b, op);
        if (r == NULL) {
            fold_failed(err);
        } else if (sized_len(r) > FOLD_MAX_STR) {
            pt_clearref(&r);
        }
    }
    pt_decref(a);
    pt_decref(b);
    return r;
}

PtObject *cg_fold(CgCompiler *c, PtExpr *e, int *err) {
    switch (e->kind) {
    case PT_EXPR_CONSTANT: {
        PtObject *v = cg_constant_value(c, &e->v.constant);
        if (v == NULL) {
            *err = 1;
        }
        return v;
    }
    case PT_EXPR_UNARYOP:
        return fold_unary(c, e, err);
    case PT_EXPR_BINOP:
        return fold_binary(c, e, err);
    case PT_EXPR_TUPLE:
        if (e->v.seq.ctx != PT_CTX_LOAD) {
            return NULL;
        }
        return fold_tuple(c, e->v.seq.elts, err);
    default:
        return NULL;
    }
}

// ---- Units ----

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Collect the names of `ste` whose scope is `scope` (or which carry `flag`),
// sorted, into an arena array.
static const char **names_by_scope(CgCompiler *c, PtScope *ste, int scope, uint32_t flag,
                                   int *count) {
    int n = 0;
    for (int i = 0; i < ste->nsyms; i++) {
        n += ste->syms[i].scope == scope || (ste->syms[i].flags & flag);
    }
    *count = n;
    const char **out = pt_arena_alloc(c->arena, sizeof(char *) * (size_t)(n + 1));
    if (out == NULL) {
        return NULL;
    }
    int k = 0;
    for (int i = 0; i < ste->nsyms; i++) {
        if (ste->syms[i].scope == scope || (ste->syms[i].flags & flag)) {
            out[k++] = ste->syms[i].name;
        }
    }
    qsort(out, (size_t)n, sizeof(char *), cmp_str);
    return out;
}

// CPython's qualified-name rules.
static PtObject *make_qualname(CgCompiler *c, CgUnit *u) {
    CgUnit *parent = u->parent;
    PtObject *name = cg_str(c, u->name);
    if (name == NULL || parent == NULL || parent->scope_type == CG_SCOPE_MODULE) {
        return name;
    }
    if (u->scope_type == CG_SCOPE_FUNCTION || u->scope_type == CG_SCOPE_ASYNC_FUNCTION ||
        u->scope_type == CG_SCOPE_CLASS) {
        const char *m = pt_symtable_mangle(c->arena, parent->private_name, u->name);
        if (m != NULL && pt_scope_get(parent->ste, m) == PT_SCOPE_GLOBAL_EXPLICIT) {
            return name;
        }
    }
    int locals = parent->scope_type == CG_SCOPE_FUNCTION ||
                 parent->scope_type == CG_SCOPE_ASYNC_FUNCTION ||
                 parent->scope_type == CG_SCOPE_LAMBDA;
    PtObject *r = pt_str_format(locals ? "%U.<locals>.%U" : "%U.%U", parent->qualname, name);
    pt_decref(name);
    return r;
}

int cg_enter_scope(CgCompiler *c, const char *name, int scope_type, const void *key,
                   int firstlineno) {
    CgUnit *u = pt_arena_alloc(c->arena, sizeof(CgUnit));
    if (u == NULL) {
        return cg_nomem(c);
    }
    u->ste = pt_symtable_scope(c->st, key);
    if (u->ste == NULL) {
        pt_err_set_string(pt_exc_SystemError, "compiler: no symbol table for scope");
        return -1;
    }
    u->scope_type = scope_type;
    u->name = name;
    u->firstlineno = firstlineno;
    u->parent = c->u;
    u->private_name = c->u != NULL ? c->u->private_name : NULL;
    u->loc.line = firstlineno;
    u->loc.end_line = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    if (scope_type == CG_SCOPE_CLASS) {
        // The class's own name is the mangling prefix inside its body.
        u->private_name = name;
    }
    c->u = u;
    c->nestlevel++;
    u->entry = u->cur = u->last = NULL;
    CgBlock *b = cg_new_block(c);
    if (b == NULL) {
        return -1;
    }
    u->entry = u->cur = u->last = b;
    for (int i = 0; i < u->ste->nparams; i++) {
        if (cg_name_index(c, &u->varnames, u->ste->params[i]) < 0) {
            return -1;
        }
    }
    if (scope_type == CG_SCOPE_CLASS) {
        u->ncells = u->ste->needs_class_closure ? 1 : 0;
        u->cellvars = pt_arena_alloc(c->arena, sizeof(char *));
        if (u->cellvars == NULL) {
            return cg_nomem(c);
        }
        u->cellvars[0] = "__class__";
    } else {
        u->cellvars = names_by_scope(c, u->ste, PT_SCOPE_CELL, 0, &u->ncells);
    }
    u->freevars = names_by_scope(c, u->ste, PT_SCOPE_FREE,
                                 scope_type == CG_SCOPE_CLASS ? PT_DEF_FREE_CLASS : 0, &u->nfree);
    if (u->cellvars == NULL || u->freevars == NULL) {
        return cg_nomem(c);
    }
    u->qualname = scope_type == CG_SCOPE_MODULE ? cg_str(c, name) : make_qualname(c, u);
    if (u->qualname == NULL) {
        return -1;
    }
    return 0;
}

void cg_exit_scope(CgCompiler *c) {
    CgUnit *u = c->u;
    const_table_clear(&u->consts);
    pt_clearref(&u->qualname);
    c->u = u->parent;
    c->nestlevel--;
}

int cg_push_fblock(CgCompiler *c, CgFBlockType t, CgBlock *block, CgBlock *exit,
                   const void *datum) {
    CgUnit *u = c->u;
    if (u->nfblocks >= CG_MAXBLOCKS) {
        return cg_error(c, "too many statically nested blocks");
    }
    CgFBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->outer = u->handler;
    return 0;
}

void cg_pop_fblock(CgCompiler *c) { c->u->nfblocks--; }

// ---- Closures ----

int cg_make_closure(CgCompiler *c, PtObject *code, int flags) {
    PtCode *co = (PtCode *)code;
    if (co->nfreevars > 0) {
        for (int32_t i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
            PtObject *nameobj = pt_tuple_get(co->localsplusnames, i);
            size_t len = 0;
            const char *name = pt_str_ascii(nameobj, &len);
            char buf[256];
            if (name == NULL) {
                pt_str_to_utf8_buf(nameobj, buf, sizeof buf);
                name = buf;
            }
            int cell = 0;
            if (c->u->scope_type == CG_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
                cell = 1;
            } else {
                cell = pt_scope_get(c->u->ste, name) == PT_SCOPE_CELL;
            }
            int k = cg_deref_index(c->u, name, cell);
            if (k < 0) {
                pt_err_format(pt_exc_SystemError, "compiler: no closure cell for '%s' in %s",
                              name, c->u->name);
                return -1;
            }
            if (cg_emit(c, PT_OP_LOAD_CLOSURE, k) < 0) {
                return -1;
            }
        }
        flags |= 8;
        if (cg_emit(c, PT_OP_BUILD_TUPLE, co->nfreevars) < 0) {
            return -1;
        }
    }
    if (cg_load_const(c, code) < 0) {
        return -1;
    }
    return cg_emit(c, PT_OP_MAKE_FUNCTION, flags);
}

// ---- Assembly: stack depth ----

typedef struct DepthWork {
    CgBlock **stack;
    int n, cap;
    int maxdepth;
    int bad;
} DepthWork;

static int depth_push(CgCompiler *c, DepthWork *w, CgBlock *b, int depth) {
    if (depth > w->maxdepth) {
        w->maxdepth = depth;
    }
    if (b->startdepth < 0) {
        b->startdepth = depth;
        CgBlock **s = grow(c, w->stack, w->n, &w->cap, sizeof(CgBlock *));
        if (s == NULL) {
            return cg_nomem(c);
        }
        w->stack = s;
        w->stack[w->n++] = b;
    } else if (b->startdepth != depth) {
        w->bad = 1;
    }
    return 0;
}

// Walk one block from its entry depth, pushing its successors.
static int depth_block(CgCompiler *c, DepthWork *w, CgBlock *b) {
    int depth = b->startdepth;
    for (int i = 0; i < b->n; i++) {
        CgInstr *in = &b->instrs[i];
        if (in->op == CG_SETUP) {
            CgHandler *h = in->handler;
            int hd = depth + in->arg;
            if (h->depth < 0) {
                h->depth = hd;
            } else if (h->depth != hd) {
                w->bad = 1;
            }
            if (h->target != NULL && depth_push(c, w, h->target, hd + h->lasti + 1) < 0) {
                return -1;
            }
            continue;
        }
        if (in->target != NULL) {
            int td = depth + cg_stack_effect(in->op, in->arg, 1);
            if (td < 0) {
                w->bad = 1;
            } else if (depth_push(c, w, in->target, td) < 0) {
                return -1;
            }
        }
        depth += cg_stack_effect(in->op, in->arg, 0);
        if (depth < 0) {
            w->bad = 1;
            depth = 0;
        }
        if (depth > w->maxdepth) {
            w->maxdepth = depth;
        }
        if (cg_is_uncond_exit(in->op)) {
            return 0;
        }
    }
    if (b->next != NULL) {
        return depth_push(c, w, b->next, depth);
    }
    return 0;
}

static int compute_stackdepth(CgCompiler *c, CgUnit *u) {
    for (CgBlock *b = u->all_blocks; b != NULL; b = b->all_next) {
        b->startdepth = -1;
    }
    DepthWork w = {NULL, 0, 0, 0, 0};
    if (depth_push(c, &w, u->entry, 0) < 0) {
        return -1;
    }
    while (w.n > 0) {
        if (depth_block(c, &w, w.stack[--w.n]) < 0) {
            return -1;
        }
    }
    if (w.bad) {
        pt_err_format(pt_exc_SystemError, "compiler: inconsistent stack depth in %s", u->name);
        return -1;
    }
    return w.maxdepth;
}

// ---- Assembly: locations ----

static int instr_size(const CgInstr *in) {
    if (in->op >= PT_OP_COUNT) {
        return 0;
    }
    return 1 + pt_opcode_cache_words[in->op];
}

// Give instructions without a location the one before them (CPython's
// propagate_line_numbers), across fall-through and single-predecessor jumps.
static void propagate_locations(CgUnit *u) {
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        if (b->n == 0) {
            continue;
        }
        PtLocation prev = {-1, -1, -1, -1};
        for (int i = 0; i < b->n; i++) {
            if (b->instrs[i].loc.line < 0) {
                b->instrs[i].loc = prev;
            } else {
                prev = b->instrs[i].loc;
            }
        }
        CgInstr *last = &b->instrs[b->n - 1];
        if (!cg_is_uncond_exit(last->op) && b->next != NULL && b->next->preds == 1 &&
            b->next->n > 0 && b->next->instrs[0].loc.line < 0) {
            b->next->instrs[0].loc = prev;
        }
        if (last->target != NULL && last->target->preds == 1 && last->target->n > 0 &&
            last->target->instrs[0].loc.line < 0) {
            last->target->instrs[0].loc = prev;
        }
    }
}

// ---- Assembly: the prologue ----

// Insert MAKE_CELL for each cell and COPY_FREE_VARS at the start of the code.
static int insert_prologue(CgCompiler *c, CgUnit *u) {
    int n = u->ncells + (u->nfree > 0);
    if (n == 0) {
        return 0;
    }
    CgBlock *b = u->entry;
    CgInstr *items = pt_arena_alloc(c->arena, sizeof(CgInstr) * (size_t)(b->n + n));
    if (items == NULL) {
        return cg_nomem(c);
    }
    int k = 0;
    PtLocation none = {-1, -1, -1, -1};
    if (u->nfree > 0) {
        items[k++] = (CgInstr){PT_OP_COPY_FREE_VARS, u->nfree, NULL, NULL, none};
    }
    for (int i = 0; i < u->ncells; i++) {
        items[k++] = (CgInstr){PT_OP_MAKE_CELL, i, NULL, NULL, none};
    }
    if (b->n > 0) {
        memcpy(items + k, b->instrs, sizeof(CgInstr) * (size_t)b->n);
    }
    b->instrs = items;
    b->n += n;
    b->cap = b->n;
    return 0;
}

// ---- Assembly: output ----

static int is_deref_op(int op) {
    return op == PT_OP_LOAD_DEREF || op == PT_OP_STORE_DEREF || op == PT_OP_DELETE_DEREF ||
           op == PT_OP_LOAD_CLOSURE || op == PT_OP_LOAD_CLASSDEREF || op == PT_OP_MAKE_CELL;
}

typedef struct Layout {
    int *deref_map;  // deref index -> localsplus index
    int nlocalsplus;
} Layout;

// Build the localsplus names and kinds. New tuple in *names_out.
static int build_localsplus(CgCompiler *c, CgUnit *u, Layout *lay, PtObject **names_out,
                            uint8_t **kinds_out) {
    int nlocals = u->varnames.n;
    int ndr = u->ncells + u->nfree;
    lay->deref_map = pt_arena_alloc(c->arena, sizeof(int) * (size_t)(ndr + 1));
    int extra = 0;
    for (int i = 0; i < u->ncells; i++) {
        int j = cg_find_name(&u->varnames, u->cellvars[i]);
        lay->deref_map[i] = j >= 0 ? j : nlocals + extra++;
    }
    for (int i = 0; i < u->nfree; i++) {
        lay->deref_map[u->ncells + i] = nlocals + extra + i;
    }
    int total = nlocals + extra + u->nfree;
    lay->nlocalsplus = total;
    uint8_t *kinds = pt_arena_alloc(c->arena, (size_t)total + 1);
    PtObject *names = pt_tuple_new(total);
    if (lay->deref_map == NULL || kinds == NULL || names == NULL) {
        pt_xdecref(names);
        return cg_nomem(c);
    }
    for (int i = 0; i < total; i++) {
        pt_tuple_set_steal(names, i, NULL);
    }
    int nparams = u->ste->nparams;
    for (int i = 0; i < nlocals; i++) {
        kinds[i] = PT_LK_LOCAL | (i < nparams ? PT_LK_ARG : 0);
        pt_tuple_set_steal(names, i, cg_str(c, u->varnames.items[i]));
    }
    for (int i = 0; i < u->ncells; i++) {
        int j = lay->deref_map[i];
        if (j < nlocals) {
            kinds[j] |= PT_LK_CELL;
        } else {
            kinds[j] = PT_LK_CELL;
            pt_tuple_set_steal(names, j, cg_str(c, u->cellvars[i]));
        }
    }
    for (int i = 0; i < u->nfree; i++) {
        int j = lay->deref_map[u->ncells + i];
        kinds[j] = PT_LK_FREE;
        pt_tuple_set_steal(names, j, cg_str(c, u->freevars[i]));
    }
    for (int i = 0; i < total; i++) {
        if (pt_tuple_get(names, i) == NULL) {
            for (int j = i; j < total; j++) {
                if (pt_tuple_get(names, j) == NULL) {
                    pt_tuple_set_steal(names, j, pt_newref(pt_None));
                }
            }
            pt_decref(names);
            return -1;
        }
    }
    *names_out = names;
    *kinds_out = kinds;
    return 0;
}

static PtObject *names_tuple(CgCompiler *c, CgNameTable *t) {
    PtObject *tup = pt_tuple_new(t->n);
    if (tup == NULL) {
        return NULL;
    }
    int failed = 0;
    for (int i = 0; i < t->n; i++) {
        PtObject *s = failed ? NULL : cg_str(c, t->items[i]);
        failed |= s == NULL;
        pt_tuple_set_steal(tup, i, s != NULL ? s : pt_newref(pt_None));
    }
    if (failed) {
        pt_decref(tup);
        return NULL;
    }
    return tup;
}

static PtObject *consts_tuple(CgConstTable *t) {
    PtObject *tup = pt_tuple_new(t->n);
    if (tup == NULL) {
        return NULL;
    }
    for (int i = 0; i < t->n; i++) {
        pt_tuple_set_steal(tup, i, pt_newref(t->items[i]));
    }
    return tup;
}

static uint32_t compute_flags(CgCompiler *c, CgUnit *u) {
    PtScope *ste = u->ste;
    uint32_t flags = 0;
    if (ste->type == PT_BLOCK_FUNCTION) {
        flags |= PT_CO_NEWLOCALS | PT_CO_OPTIMIZED;
        if (ste->nested) {
            flags |= PT_CO_NESTED;
        }
        if (ste->generator && !ste->coroutine) {
            flags |= PT_CO_GENERATOR;
        }
        if (!ste->generator && ste->coroutine) {
            flags |= PT_CO_COROUTINE;
        }
        if (ste->generator && ste->coroutine) {
            flags |= PT_CO_ASYNC_GENERATOR;
        }
        if (ste->varargs) {
            flags |= PT_CO_VARARGS;
        }
        if (ste->varkeywords) {
            flags |= PT_CO_VARKEYWORDS;
        }
    }
    flags |= (uint32_t)c->flags & CG_CF_MASK;
    if ((c->flags & CG_ALLOW_TOP_LEVEL_AWAIT) && ste->type == PT_BLOCK_MODULE &&
        ste->coroutine && !ste->generator) {
        flags |= PT_CO_COROUTINE;
    }
    return flags;
}

typedef struct Output {
    uint32_t *code;
    PtLocation *locs;
    PtExcEntry *exc;
    uint32_t ncode, nexc, exccap;
} Output;

// Lay out the blocks, then write words, locations and the exception table.
static int emit_output(CgCompiler *c, CgUnit *u, Layout *lay, Output *out) {
    uint32_t off = 0;
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        b->offset = (int)off;
        for (int i = 0; i < b->n; i++) {
            off += (uint32_t)instr_size(&b->instrs[i]);
        }
    }
    if (off == 0 || off > 0xFFFFFF) {
        pt_err_set_string(pt_exc_SystemError, "compiler: code object too large");
        return -1;
    }
    out->ncode = off;
    out->code = pt_arena_alloc(c->arena, sizeof(uint32_t) * off);
    out->locs = pt_arena_alloc(c->arena, sizeof(PtLocation) * off);
    if (out->code == NULL || out->locs == NULL) {
        return cg_nomem(c);
    }
    uint32_t pos = 0;
    CgHandler *cur = NULL;
    for (CgBlock *b = u->entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            CgInstr *in = &b->instrs[i];
            int size = instr_size(in);
            if (size == 0) {
                continue;
            }
            int op = in->op, arg = in->arg;
            if (in->target != NULL) {
                arg = in->target->offset;
                if (op == PT_OP_JUMP || op == PT_OP_JUMP_BACKWARD) {
                    op = (uint32_t)arg <= pos ? PT_OP_JUMP_BACKWARD : PT_OP_JUMP;
                }
            } else if (is_deref_op(op)) {
                arg = lay->deref_map[arg];
            }
            if (in->handler != cur) {
                if (cur != NULL) {
                    out->exc[out->nexc - 1].end = pos;
                }
                cur = in->handler;
                if (cur != NULL) {
                    if (cur->depth < 0) {
                        pt_err_set_string(pt_exc_SystemError, "compiler: unreached handler");
                        return -1;
                    }
                    PtExcEntry *e = grow(c, out->exc, (int)out->nexc, (int *)&out->exccap,
                                         sizeof(PtExcEntry));
                    if (e == NULL) {
                        return cg_nomem(c);
                    }
                    out->exc = e;
                    out->exc[out->nexc++] = (PtExcEntry){pos, pos, (uint32_t)cur->target->offset,
                                                         (uint16_t)cur->depth,
                                                         (uint16_t)cur->lasti};
                }
            }
            out->code[pos] = pt_instr((unsigned)op, (uint32_t)arg);
            out->locs[pos] = in->loc;
            for (int k = 1; k < size; k++) {
                out->code[pos + k] = 0;
                out->locs[pos + k] = in->loc;
            }
            pos += (uint32_t)size;
        }
    }
    if (cur != NULL) {
        out->exc[out->nexc - 1].end = pos;
    }
    return 0;
}

// Does the current block end in a return (so no implicit return is needed)?
static int ends_in_return(CgBlock *b) {
    if (b->n == 0) {
        return 0;
    }
    int op = b->instrs[b->n - 1].op;
    return op == PT_OP_RETURN_VALUE || op == PT_OP_RETURN_CONST;
}

PtObject *cg_assemble(CgCompiler *c, int add_none) {
    CgUnit *u = c->u;
    if (!ends_in_return(u->cur)) {
        cg_unset_loc(c);
        if (add_none && cg_load_none(c) < 0) {
            return NULL;
        }
        if (cg_emit(c, PT_OP_RETURN_VALUE, 0) < 0) {
            return NULL;
        }
    }
    if (insert_prologue(c, u) < 0 || cg_optimize(c, u) < 0) {
        return NULL;
    }
    int stacksize = compute_stackdepth(c, u);
    if (stacksize < 0) {
        return NULL;
    }
    propagate_locations(u);
    Layout lay = {NULL, 0};
    Output out = {NULL, NULL, NULL, 0, 0, 0};
    PtObject *lpnames = NULL;
    uint8_t *kinds = NULL;
    if (build_localsplus(c, u, &lay, &lpnames, &kinds) < 0) {
        return NULL;
    }
    if (emit_output(c, u, &lay, &out) < 0) {
        pt_decref(lpnames);
        return NULL;
    }
    PtObject *consts = consts_tuple(&u->consts);
    PtObject *names = names_tuple(c, &u->names);
    PtObject *name = cg_str(c, u->name);
    PtObject *code = NULL;
    if (consts != NULL && names != NULL && name != NULL) {
        code = pt_code_new(out.code, out.ncode, compute_flags(c, u),
                           u->argcount + u->posonlyargcount, u->posonlyargcount,
                           u->kwonlyargcount, u->varnames.n, stacksize, u->firstlineno, consts,
                           names, lpnames, kinds, c->filename, name, u->qualname, out.locs,
                           out.exc, out.nexc);
    }
    pt_xdecref(consts);
    pt_xdecref(names);
    pt_xdecref(name);
    pt_decref(lpnames);
    return code;
}
