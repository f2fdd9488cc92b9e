// src/compile/symtable.c: building and analysing the symbol table.
//
// Pass 1 (the visitor) walks the AST once, opening a scope for every module,
// class, function, lambda and comprehension, and records each name's uses as
// PT_DEF_* flags in the innermost scope (assignment expressions inside
// comprehensions are recorded in the enclosing function, as PEP 572 says).
// Declaration errors that depend only on order (a name used before its
// `global` statement, a duplicate parameter) are raised here.
//
// Pass 2 (analysis) resolves scopes top-down with the sets CPython 3.11 uses:
// `bound` (names bound by enclosing functions), `global` (names declared
// global above) and, bottom-up, `free` (names children need from above). A
// function local that a child needs becomes a cell; a class that a method
// needs `__class__` from gets the implicit `__class__` cell.
//
// Everything is allocated in the compiler's arena, which is freed at once
// after compilation, so nothing here is freed individually.
// See docs/internals/compiler.md.
#include <stdio.h>
#include <string.h>

#include "compile/symtable.h"  // PtScope, PtSymbol

// Deepest AST nesting the visitor accepts before reporting an error.
#define PT_SYMTABLE_MAX_DEPTH 4000

// ---- Name sets (used by the analysis) ----

// An open-addressing set of arena strings. Removed entries become tombstones.
typedef struct NameSet {
    const char **slots;
    int cap, used;  // used counts live entries and tombstones
} NameSet;

static const char set_tombstone[] = "";

static uint32_t str_hash(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) {
        h = (h ^ (unsigned char)*s++) * 16777619u;
    }
    return h;
}

struct PtSymtable {
    PtArena *arena;
    PtScope *top, *cur;
    const char *private_name;  // enclosing class name, for mangling
    int future_annotations;
    int depth;
    PtSymErr *err;
    int failed, oom;
    PtScope **keys;  // hash of scopes by AST node
    int keycap;
};

static void *st_alloc(PtSymtable *st, size_t size) {
    void *p = pt_arena_alloc(st->arena, size);
    if (p == NULL) {
        st->oom = 1;
        st->failed = 1;
    }
    return p;
}

static int set_init(PtSymtable *st, NameSet *s, int cap) {
    s->cap = cap;
    s->used = 0;
    s->slots = st_alloc(st, sizeof(char *) * (size_t)cap);
    return s->slots != NULL ? 0 : -1;
}

static int set_find(const NameSet *s, const char *name) {
    if (s == NULL || s->slots == NULL) {
        return -1;
    }
    uint32_t mask = (uint32_t)s->cap - 1, i = str_hash(name) & mask;
    for (;;) {
        const char *v = s->slots[i];
        if (v == NULL) {
            return -1;
        }
        if (v != set_tombstone && strcmp(v, name) == 0) {
            return (int)i;
        }
        i = (i + 1) & mask;
    }
}

static int set_contains(const NameSet *s, const char *name) { return set_find(s, name) >= 0; }

static int set_add(PtSymtable *st, NameSet *s, const char *name);

static int set_grow(PtSymtable *st, NameSet *s) {
    NameSet old = *s;
    if (set_init(st, s, old.cap * 2) < 0) {
        return -1;
    }
    for (int i = 0; i < old.cap; i++) {
        if (old.slots[i] != NULL && old.slots[i] != set_tombstone) {
            set_add(st, s, old.slots[i]);
        }
    }
    return 0;
}

static int set_add(PtSymtable *st, NameSet *s, const char *name) {
    if (set_contains(s, name)) {
        return 0;
    }
    if ((s->used + 1) * 2 > s->cap && set_grow(st, s) < 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)s->cap - 1, i = str_hash(name) & mask;
    while (s->slots[i] != NULL) {
        i = (i + 1) & mask;
    }
    s->slots[i] = name;
    s->used++;
    return 0;
}

static void set_discard(NameSet *s, const char *name) {
    int i = set_find(s, name);
    if (i >= 0) {
        s->slots[i] = set_tombstone;
    }
}

// dst |= src.
static int set_update(PtSymtable *st, NameSet *dst, const NameSet *src) {
    if (src == NULL) {
        return 0;
    }
    for (int i = 0; i < src->cap; i++) {
        const char *v = src->slots[i];
        if (v != NULL && v != set_tombstone && set_add(st, dst, v) < 0) {
            return -1;
        }
    }
    return 0;
}

static int set_copy(PtSymtable *st, NameSet *dst, const NameSet *src) {
    if (set_init(st, dst, 16) < 0) {
        return -1;
    }
    return set_update(st, dst, src);
}

// ---- Scopes and symbols ----

PtSymbol *pt_scope_lookup(PtScope *s, const char *name) {
    if (s->indexcap == 0) {
        return NULL;
    }
    uint32_t mask = (uint32_t)s->indexcap - 1, i = str_hash(name) & mask;
    for (;;) {
        int k = s->index[i];
        if (k == 0) {
            return NULL;
        }
        if (strcmp(s->syms[k - 1].name, name) == 0) {
            return &s->syms[k - 1];
        }
        i = (i + 1) & mask;
    }
}

int pt_scope_get(PtScope *s, const char *name) {
    PtSymbol *sym = pt_scope_lookup(s, name);
    return sym != NULL ? sym->scope : PT_SCOPE_NONE;
}

static void index_insert(PtScope *s, int k) {
    uint32_t mask = (uint32_t)s->indexcap - 1, i = str_hash(s->syms[k - 1].name) & mask;
    while (s->index[i] != 0) {
        i = (i + 1) & mask;
    }
    s->index[i] = k;
}

// The symbol for `name` in `s`, created with no flags if absent. NULL on OOM.
static PtSymbol *scope_symbol(PtSymtable *st, PtScope *s, const char *name) {
    PtSymbol *sym = pt_scope_lookup(s, name);
    if (sym != NULL) {
        return sym;
    }
    if (s->nsyms == s->symcap) {
        int cap = s->symcap ? s->symcap * 2 : 8;
        PtSymbol *n = st_alloc(st, sizeof(PtSymbol) * (size_t)cap);
        if (n == NULL) {
            return NULL;
        }
        if (s->nsyms) {
            memcpy(n, s->syms, sizeof(PtSymbol) * (size_t)s->nsyms);
        }
        s->syms = n;
        s->symcap = cap;
    }
    if ((s->nsyms + 1) * 2 > s->indexcap) {
        int cap = s->indexcap ? s->indexcap * 2 : 16;
        int *idx = st_alloc(st, sizeof(int) * (size_t)cap);
        if (idx == NULL) {
            return NULL;
        }
        s->index = idx;
        s->indexcap = cap;
        for (int k = 1; k <= s->nsyms; k++) {
            index_insert(s, k);
        }
    }
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    index_insert(s, s->nsyms);
    return sym;
}

PtScope *pt_symtable_top(PtSymtable *st) { return st->top; }

static uint32_t ptr_hash(const void *p) {
    uintptr_t v = (uintptr_t)p;
    return (uint32_t)((v >> 4) ^ (v >> 20)) * 2654435761u;
}

PtScope *pt_symtable_scope(PtSymtable *st, const void *key) {
    PtScope *s = st->keys[ptr_hash(key) & (uint32_t)(st->keycap - 1)];
    while (s != NULL && s->key != key) {
        s = s->hnext;
    }
    return s;
}

static int add_child(PtSymtable *st, PtScope *parent, PtScope *child) {
    if (parent->nchildren == parent->childcap) {
        int cap = parent->childcap ? parent->childcap * 2 : 4;
        PtScope **n = st_alloc(st, sizeof(PtScope *) * (size_t)cap);
        if (n == NULL) {
            return -1;
        }
        if (parent->nchildren) {
            memcpy(n, parent->children, sizeof(PtScope *) * (size_t)parent->nchildren);
        }
        parent->children = n;
        parent->childcap = cap;
    }
    parent->children[parent->nchildren++] = child;
    return 0;
}

// Open a new scope for AST node `key` and make it current. 0 or -1 (OOM).
static int enter_block(PtSymtable *st, const char *name, PtBlockType type, const void *key,
                       PtPos pos) {
    PtScope *s = st_alloc(st, sizeof(PtScope));
    if (s == NULL) {
        return -1;
    }
    s->type = type;
    s->name = name;
    s->key = key;
    s->pos = pos;
    s->parent = st->cur;
    if (st->cur != NULL) {
        s->nested = st->cur->nested || st->cur->type == PT_BLOCK_FUNCTION;
        if (add_child(st, st->cur, s) < 0) {
            return -1;
        }
    }
    uint32_t h = ptr_hash(key) & (uint32_t)(st->keycap - 1);
    s->hnext = st->keys[h];
    st->keys[h] = s;
    st->cur = s;
    return 0;
}

static void exit_block(PtSymtable *st) { st->cur = st->cur->parent; }

// ---- Errors ----

static int st_error(PtSymtable *st, PtPos pos, const char *fmt, const char *arg) {
    if (!st->failed) {
        snprintf(st->err->msg, sizeof st->err->msg, fmt, arg);
        st->err->pos = pos;
    }
    st->failed = 1;
    return -1;
}

// ---- Mangling ----

const char *pt_symtable_mangle(PtArena *arena, const char *private_name, const char *name) {
    size_t n = strlen(name);
    if (private_name == NULL || n < 2 || name[0] != '_' || name[1] != '_') {
        return name;
    }
    // Dunder names and dotted import names are not mangled.
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (*private_name == '\0') {
        return name;
    }
    size_t p = strlen(private_name);
    char *out = pt_arena_alloc(arena, 1 + p + n + 1);
    if (out == NULL) {
        return NULL;
    }
    out[0] = '_';
    memcpy(out + 1, private_name, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

// ---- Recording definitions ----

// Record use `flag` of `name` in scope `s`. 0 or -1.
static int add_def_in(PtSymtable *st, const char *name, uint32_t flag, PtScope *s, PtPos pos) {
    const char *mangled = pt_symtable_mangle(st->arena, st->private_name, name);
    if (mangled == NULL) {
        st->oom = st->failed = 1;
        return -1;
    }
    PtSymbol *sym = scope_symbol(st, s, mangled);
    if (sym == NULL) {
        return -1;
    }
    if ((flag & PT_DEF_PARAM) && (sym->flags & PT_DEF_PARAM)) {
        return st_error(st, pos, "duplicate argument '%s' in function definition", name);
    }
    sym->flags |= flag;
    if (s->comp_iter_target) {
        if (sym->flags & (PT_DEF_GLOBAL | PT_DEF_NONLOCAL)) {
            return st_error(st, pos,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", name);
        }
        sym->flags |= PT_DEF_COMP_ITER;
    }
    if (flag & PT_DEF_PARAM) {
        if (s->nparams == s->paramcap) {
            int cap = s->paramcap ? s->paramcap * 2 : 8;
            const char **n = st_alloc(st, sizeof(char *) * (size_t)cap);
            if (n == NULL) {
                return -1;
            }
            if (s->nparams) {
                memcpy(n, s->params, sizeof(char *) * (size_t)s->nparams);
            }
            s->params = n;
            s->paramcap = cap;
        }
        s->params[s->nparams++] = mangled;
    } else if ((flag & PT_DEF_GLOBAL) && s != st->top) {
        PtSymbol *g = scope_symbol(st, st->top, mangled);
        if (g == NULL) {
            return -1;
        }
        g->flags |= flag;
    }
    return 0;
}

static int add_def(PtSymtable *st, const char *name, uint32_t flag, PtPos pos) {
    return add_def_in(st, name, flag, st->cur, pos);
}

static uint32_t lookup_flags(PtSymtable *st, const char *name) {
    const char *mangled = pt_symtable_mangle(st->arena, st->private_name, name);
    PtSymbol *sym = mangled ? pt_scope_lookup(st->cur, mangled) : NULL;
    return sym != NULL ? sym->flags : 0;
}

static void record_directive(PtSymtable *st, PtScope *s, const char *name, PtPos pos) {
    const char *mangled = pt_symtable_mangle(st->arena, st->private_name, name);
    PtSymbol *sym = mangled ? pt_scope_lookup(s, mangled) : NULL;
    if (sym != NULL && sym->directive.lineno == 0) {
        sym->directive = pos;
    }
}

// ---- The visitor ----

static int visit_stmt(PtSymtable *st, PtStmt *s);
static int visit_expr(PtSymtable *st, PtExpr *e);
static int visit_pattern(PtSymtable *st, PtPattern *p);

static int visit_stmts(PtSymtable *st, PtStmtSeq seq) {
    for (int i = 0; i < seq.len; i++) {
        if (visit_stmt(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_exprs(PtSymtable *st, PtExprSeq seq) {
    for (int i = 0; i < seq.len; i++) {
        if (seq.items[i] != NULL && visit_expr(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_opt(PtSymtable *st, PtExpr *e) { return e ? visit_expr(st, e) : 0; }

static int visit_params(PtSymtable *st, PtArgSeq args) {
    for (int i = 0; i < args.len; i++) {
        if (add_def(st, args.items[i]->arg, PT_DEF_PARAM, args.items[i]->pos) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_arguments(PtSymtable *st, PtArguments *a) {
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, PT_DEF_PARAM, a->vararg->pos) < 0) {
            return -1;
        }
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, PT_DEF_PARAM, a->kwarg->pos) < 0) {
            return -1;
        }
        st->cur->varkeywords = 1;
    }
    return 0;
}

// Annotations are evaluated in the defining scope, unless postponed by
// `from __future__ import annotations`.
static int visit_annotation(PtSymtable *st, PtExpr *e) {
    if (e == NULL || st->future_annotations) {
        return 0;
    }
    return visit_expr(st, e);
}

static int visit_arg_annotations(PtSymtable *st, PtArgSeq args) {
    for (int i = 0; i < args.len; i++) {
        if (visit_annotation(st, args.items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_annotations(PtSymtable *st, PtArguments *a, PtExpr *returns) {
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0) {
        return -1;
    }
    if (a->vararg && visit_annotation(st, a->vararg->annotation) < 0) {
        return -1;
    }
    if (visit_arg_annotations(st, a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0) {
        return -1;
    }
    return visit_annotation(st, returns);
}

static int visit_defaults(PtSymtable *st, PtArguments *a) {
    if (visit_exprs(st, a->defaults) < 0) {
        return -1;
    }
    return visit_exprs(st, a->kw_defaults);  // NULL items are skipped
}

static int visit_funcdef(PtSymtable *st, PtStmt *s) {
    if (add_def(st, s->v.functiondef.name, PT_DEF_LOCAL, s->pos) < 0 ||
        visit_defaults(st, s->v.functiondef.args) < 0 ||
        visit_annotations(st, s->v.functiondef.args, s->v.functiondef.returns) < 0 ||
        visit_exprs(st, s->v.functiondef.decorator_list) < 0) {
        return -1;
    }
    if (enter_block(st, s->v.functiondef.name, PT_BLOCK_FUNCTION, s, s->pos) < 0) {
        return -1;
    }
    if (s->kind == PT_STMT_ASYNCFUNCTIONDEF) {
        st->cur->coroutine = 1;
    }
    if (visit_arguments(st, s->v.functiondef.args) < 0 ||
        visit_stmts(st, s->v.functiondef.body) < 0) {
        return -1;
    }
    exit_block(st);
    return 0;
}

static int visit_classdef(PtSymtable *st, PtStmt *s) {
    if (add_def(st, s->v.classdef.name, PT_DEF_LOCAL, s->pos) < 0 ||
        visit_exprs(st, s->v.classdef.bases) < 0) {
        return -1;
    }
    for (int i = 0; i < s->v.classdef.keywords.len; i++) {
        if (visit_expr(st, s->v.classdef.keywords.items[i]->value) < 0) {
            return -1;
        }
    }
    if (visit_exprs(st, s->v.classdef.decorator_list) < 0 ||
        enter_block(st, s->v.classdef.name, PT_BLOCK_CLASS, s, s->pos) < 0) {
        return -1;
    }
    const char *saved = st->private_name;
    st->private_name = s->v.classdef.name;
    int r = visit_stmts(st, s->v.classdef.body);
    st->private_name = saved;
    exit_block(st);
    return r;
}

static int visit_annassign(PtSymtable *st, PtStmt *s) {
    PtExpr *t = s->v.annassign.target;
    if (t->kind == PT_EXPR_NAME) {
        uint32_t cur = lookup_flags(st, t->v.name.id);
        if ((cur & (PT_DEF_GLOBAL | PT_DEF_NONLOCAL)) && st->cur != st->top &&
            s->v.annassign.simple) {
            return st_error(st, s->pos,
                            (cur & PT_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                  : "annotated name '%s' can't be nonlocal",
                            t->v.name.id);
        }
        if (s->v.annassign.simple) {
            if (add_def(st, t->v.name.id, PT_DEF_ANNOT | PT_DEF_LOCAL, t->pos) < 0) {
                return -1;
            }
        } else if (s->v.annassign.value &&
                   add_def(st, t->v.name.id, PT_DEF_LOCAL, t->pos) < 0) {
            return -1;
        }
    } else if (visit_expr(st, t) < 0) {
        return -1;
    }
    if (visit_annotation(st, s->v.annassign.annotation) < 0) {
        return -1;
    }
    return visit_opt(st, s->v.annassign.value);
}

// global and nonlocal statements.
static int visit_declaration(PtSymtable *st, PtStmt *s, int is_global) {
    PtIdentSeq names = s->v.global.names;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.items[i];
        uint32_t cur = lookup_flags(st, name);
        if (cur & (PT_DEF_PARAM | PT_DEF_LOCAL | PT_DEF_USE | PT_DEF_ANNOT)) {
            const char *msg;
            if (cur & PT_DEF_PARAM) {
                msg = is_global ? "name '%s' is parameter and global"
                                : "name '%s' is parameter and nonlocal";
            } else if (cur & PT_DEF_USE) {
                msg = is_global ? "name '%s' is used prior to global declaration"
                                : "name '%s' is used prior to nonlocal declaration";
            } else if (cur & PT_DEF_ANNOT) {
                msg = is_global ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal";
            } else {
                msg = is_global ? "name '%s' is assigned to before global declaration"
                                : "name '%s' is assigned to before nonlocal declaration";
            }
            return st_error(st, s->pos, msg, name);
        }
        if (add_def(st, name, is_global ? PT_DEF_GLOBAL : PT_DEF_NONLOCAL, s->pos) < 0) {
            return -1;
        }
        record_directive(st, st->cur, name, s->pos);
    }
    return 0;
}

static int visit_alias(PtSymtable *st, PtAlias *a) {
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != PT_BLOCK_MODULE) {
            return st_error(st, a->pos, "%simport * only allowed at module level", "");
        }
        return 0;
    }
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        name = pt_arena_strndup(st->arena, name, (size_t)(dot - name));
        if (name == NULL) {
            st->oom = st->failed = 1;
            return -1;
        }
    }
    return add_def(st, name, PT_DEF_IMPORT, a->pos);
}

static int visit_try(PtSymtable *st, PtStmt *s) {
    if (visit_stmts(st, s->v.try_.body) < 0 || visit_stmts(st, s->v.try_.orelse) < 0) {
        return -1;
    }
    for (int i = 0; i < s->v.try_.handlers.len; i++) {
        PtExceptHandler *h = s->v.try_.handlers.items[i];
        if (visit_opt(st, h->type) < 0) {
            return -1;
        }
        if (h->name && add_def(st, h->name, PT_DEF_LOCAL, h->pos) < 0) {
            return -1;
        }
        if (visit_stmts(st, h->body) < 0) {
            return -1;
        }
    }
    return visit_stmts(st, s->v.try_.finalbody);
}

static int visit_stmt_inner(PtSymtable *st, PtStmt *s) {
    switch (s->kind) {
    case PT_STMT_FUNCTIONDEF:
    case PT_STMT_ASYNCFUNCTIONDEF:
        return visit_funcdef(st, s);
    case PT_STMT_CLASSDEF:
        return visit_classdef(st, s);
    case PT_STMT_RETURN:
        if (s->v.return_.value) {
            if (visit_expr(st, s->v.return_.value) < 0) {
                return -1;
            }
            st->cur->returns_value = 1;
        }
        return 0;
    case PT_STMT_DELETE:
        return visit_exprs(st, s->v.delete_.targets);
    case PT_STMT_ASSIGN:
        if (visit_exprs(st, s->v.assign.targets) < 0) {
            return -1;
        }
        return visit_expr(st, s->v.assign.value);
    case PT_STMT_ANNASSIGN:
        return visit_annassign(st, s);
    case PT_STMT_AUGASSIGN:
        if (visit_expr(st, s->v.augassign.target) < 0) {
            return -1;
        }
        return visit_expr(st, s->v.augassign.value);
    case PT_STMT_FOR:
    case PT_STMT_ASYNCFOR:
        if (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0 ||
            visit_stmts(st, s->v.for_.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.for_.orelse);
    case PT_STMT_WHILE:
    case PT_STMT_IF:
        if (visit_expr(st, s->v.while_.test) < 0 || visit_stmts(st, s->v.while_.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.while_.orelse);
    case PT_STMT_MATCH:
        if (visit_expr(st, s->v.match.subject) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.match.cases.len; i++) {
            PtMatchCase *mc = s->v.match.cases.items[i];
            if (visit_pattern(st, mc->pattern) < 0 || visit_opt(st, mc->guard) < 0 ||
                visit_stmts(st, mc->body) < 0) {
                return -1;
            }
        }
        return 0;
    case PT_STMT_RAISE:
        if (visit_opt(st, s->v.raise.exc) < 0) {
            return -1;
        }
        return visit_opt(st, s->v.raise.cause);
    case PT_STMT_TRY:
    case PT_STMT_TRYSTAR:
        return visit_try(st, s);
    case PT_STMT_ASSERT:
        if (visit_expr(st, s->v.assert_.test) < 0) {
            return -1;
        }
        return visit_opt(st, s->v.assert_.msg);
    case PT_STMT_IMPORT:
        for (int i = 0; i < s->v.import.names.len; i++) {
            if (visit_alias(st, s->v.import.names.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case PT_STMT_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.names.len; i++) {
            if (visit_alias(st, s->v.importfrom.names.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case PT_STMT_GLOBAL:
        return visit_declaration(st, s, 1);
    case PT_STMT_NONLOCAL:
        return visit_declaration(st, s, 0);
    case PT_STMT_EXPR:
        return visit_expr(st, s->v.expr.value);
    case PT_STMT_WITH:
    case PT_STMT_ASYNCWITH:
        for (int i = 0; i < s->v.with.items.len; i++) {
            PtWithItem *w = s->v.with.items.items[i];
            if (visit_expr(st, w->context_expr) < 0 || visit_opt(st, w->optional_vars) < 0) {
                return -1;
            }
        }
        return visit_stmts(st, s->v.with.body);
    case PT_STMT_PASS:
    case PT_STMT_BREAK:
    case PT_STMT_CONTINUE:
        return 0;
    }
    return 0;
}

static int visit_stmt(PtSymtable *st, PtStmt *s) {
    if (++st->depth > PT_SYMTABLE_MAX_DEPTH) {
        return st_error(st, s->pos, "%stoo many nested blocks or expressions", "");
    }
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

// An assignment expression inside a comprehension binds in the nearest
// enclosing function (or module) scope.
static int extend_namedexpr_scope(PtSymtable *st, PtExpr *target) {
    const char *name = target->v.name.id;
    for (PtScope *s = st->cur; s != NULL; s = s->parent) {
        if (s->comprehension) {
            const char *m = pt_symtable_mangle(st->arena, st->private_name, name);
            PtSymbol *sym = m ? pt_scope_lookup(s, m) : NULL;
            if (sym != NULL && (sym->flags & PT_DEF_COMP_ITER)) {
                return st_error(st, target->pos,
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'", name);
            }
            continue;
        }
        if (s->type == PT_BLOCK_FUNCTION) {
            const char *m = pt_symtable_mangle(st->arena, st->private_name, name);
            PtSymbol *sym = m ? pt_scope_lookup(s, m) : NULL;
            uint32_t f = (sym && (sym->flags & PT_DEF_GLOBAL)) ? PT_DEF_GLOBAL : PT_DEF_NONLOCAL;
            if (add_def(st, name, f, target->pos) < 0) {
                return -1;
            }
            record_directive(st, st->cur, name, target->pos);
            return add_def_in(st, name, PT_DEF_LOCAL, s, target->pos);
        }
        if (s->type == PT_BLOCK_MODULE) {
            if (add_def(st, name, PT_DEF_GLOBAL, target->pos) < 0) {
                return -1;
            }
            record_directive(st, st->cur, name, target->pos);
            return add_def_in(st, name, PT_DEF_GLOBAL, s, target->pos);
        }
        if (s->type == PT_BLOCK_CLASS) {
            return st_error(st, target->pos,
                            "%sassignment expression within a comprehension cannot be used in "
                            "a class body", "");
        }
    }
    return 0;
}

static int visit_namedexpr(PtSymtable *st, PtExpr *e) {
    if (st->cur->comp_iter_expr > 0) {
        return st_error(st, e->pos,
                        "%sassignment expression cannot be used in a comprehension iterable "
                        "expression", "");
    }
    if (st->cur->comprehension && e->v.namedexpr.target->kind == PT_EXPR_NAME &&
        extend_namedexpr_scope(st, e->v.namedexpr.target) < 0) {
        return -1;
    }
    if (visit_expr(st, e->v.namedexpr.value) < 0) {
        return -1;
    }
    return visit_expr(st, e->v.namedexpr.target);
}

static int visit_comp_target(PtSymtable *st, PtExpr *target) {
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, target);
    st->cur->comp_iter_target = 0;
    return r;
}

static int visit_comp_iter(PtSymtable *st, PtExpr *iter) {
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, iter);
    st->cur->comp_iter_expr--;
    return r;
}

static int visit_comprehension(PtSymtable *st, PtExpr *e, const char *scope_name,
                               PtComprehensionSeq gens, PtExpr *elt, PtExpr *value,
                               PtCompKind kind) {
    PtComprehension *outer = gens.items[0];
    // The outermost iterable is evaluated in the enclosing scope.
    if (visit_comp_iter(st, outer->iter) < 0 ||
        enter_block(st, scope_name, PT_BLOCK_FUNCTION, e, e->pos) < 0) {
        return -1;
    }
    PtScope *s = st->cur;
    s->comprehension = kind;
    if (outer->is_async) {
        s->coroutine = 1;
    }
    // The outermost iterator arrives as the implicit argument ".0".
    if (add_def(st, ".0", PT_DEF_PARAM, e->pos) < 0 || visit_comp_target(st, outer->target) < 0 ||
        visit_exprs(st, outer->ifs) < 0) {
        return -1;
    }
    for (int i = 1; i < gens.len; i++) {
        PtComprehension *c = gens.items[i];
        if (visit_comp_target(st, c->target) < 0 || visit_comp_iter(st, c->iter) < 0 ||
            visit_exprs(st, c->ifs) < 0) {
            return -1;
        }
        if (c->is_async) {
            s->coroutine = 1;
        }
    }
    if (visit_opt(st, value) < 0 || visit_expr(st, elt) < 0) {
        return -1;
    }
    s->generator = kind == PT_COMP_GENEXPR;
    int is_async = s->coroutine && kind != PT_COMP_GENEXPR;
    exit_block(st);
    if (is_async) {
        st->cur->coroutine = 1;
    }
    return 0;
}

static int yield_in_comprehension(PtSymtable *st, PtExpr *e) {
    static const char *const msgs[] = {
        "", "'yield' inside list comprehension", "'yield' inside set comprehension",
        "'yield' inside dict comprehension", "'yield' inside generator expression"};
    return st_error(st, e->pos, "%s", msgs[st->cur->comprehension]);
}

static int visit_lambda(PtSymtable *st, PtExpr *e) {
    if (visit_defaults(st, e->v.lambda.args) < 0 ||
        enter_block(st, "lambda", PT_BLOCK_FUNCTION, e, e->pos) < 0 ||
        visit_arguments(st, e->v.lambda.args) < 0 || visit_expr(st, e->v.lambda.body) < 0) {
        return -1;
    }
    exit_block(st);
    return 0;
}

static int visit_name(PtSymtable *st, PtExpr *e) {
    int load = e->v.name.ctx == PT_CTX_LOAD;
    if (add_def(st, e->v.name.id, load ? PT_DEF_USE : PT_DEF_LOCAL, e->pos) < 0) {
        return -1;
    }
    // A bare `super` counts as a use of __class__ (for zero-argument super()).
    if (load && st->cur->type == PT_BLOCK_FUNCTION && strcmp(e->v.name.id, "super") == 0) {
        return add_def(st, "__class__", PT_DEF_USE, e->pos);
    }
    return 0;
}

static int visit_expr_inner(PtSymtable *st, PtExpr *e) {
    switch (e->kind) {
    case PT_EXPR_NAMEDEXPR:
        return visit_namedexpr(st, e);
    case PT_EXPR_BOOLOP:
        return visit_exprs(st, e->v.boolop.values);
    case PT_EXPR_BINOP:
        if (visit_expr(st, e->v.binop.left) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.binop.right);
    case PT_EXPR_UNARYOP:
        return visit_expr(st, e->v.unaryop.operand);
    case PT_EXPR_LAMBDA:
        return visit_lambda(st, e);
    case PT_EXPR_IFEXP:
        if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.ifexp.orelse);
    case PT_EXPR_DICT:
        if (visit_exprs(st, e->v.dict.keys) < 0) {
            return -1;
        }
        return visit_exprs(st, e->v.dict.values);
    case PT_EXPR_SET:
        return visit_exprs(st, e->v.set.elts);
    case PT_EXPR_GENERATOREXP:
        return visit_comprehension(st, e, "genexpr", e->v.comp.generators, e->v.comp.elt, NULL,
                                   PT_COMP_GENEXPR);
    case PT_EXPR_LISTCOMP:
        return visit_comprehension(st, e, "listcomp", e->v.comp.generators, e->v.comp.elt, NULL,
                                   PT_COMP_LIST);
    case PT_EXPR_SETCOMP:
        return visit_comprehension(st, e, "setcomp", e->v.comp.generators, e->v.comp.elt, NULL,
                                   PT_COMP_SET);
    case PT_EXPR_DICTCOMP:
        return visit_comprehension(st, e, "dictcomp", e->v.dictcomp.generators,
                                   e->v.dictcomp.key, e->v.dictcomp.value, PT_COMP_DICT);
    case PT_EXPR_YIELD:
    case PT_EXPR_YIELDFROM:
        if (visit_opt(st, e->v.yield.value) < 0) {
            return -1;
        }
        st->cur->generator = 1;
        if (st->cur->comprehension) {
            return yield_in_comprehension(st, e);
        }
        return 0;
    case PT_EXPR_AWAIT:
        if (visit_expr(st, e->v.await_.value) < 0) {
            return -1;
        }
        st->cur->coroutine = 1;
        return 0;
    case PT_EXPR_COMPARE:
        if (visit_expr(st, e->v.compare.left) < 0) {
            return -1;
        }
        return visit_exprs(st, e->v.compare.comparators);
    case PT_EXPR_CALL:
        if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, e->v.call.args) < 0) {
            return -1;
        }
        for (int i = 0; i < e->v.call.keywords.len; i++) {
            if (visit_expr(st, e->v.call.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        return 0;
    case PT_EXPR_FORMATTEDVALUE:
        if (visit_expr(st, e->v.formattedvalue.value) < 0) {
            return -1;
        }
        return visit_opt(st, e->v.formattedvalue.format_spec);
    case PT_EXPR_JOINEDSTR:
        return visit_exprs(st, e->v.joinedstr.values);
    case PT_EXPR_CONSTANT:
        return 0;
    case PT_EXPR_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case PT_EXPR_SUBSCRIPT:
        if (visit_expr(st, e->v.subscript.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.subscript.slice);
    case PT_EXPR_STARRED:
        return visit_expr(st, e->v.starred.value);
    case PT_EXPR_SLICE:
        if (visit_opt(st, e->v.slice.lower) < 0 || visit_opt(st, e->v.slice.upper) < 0) {
            return -1;
        }
        return visit_opt(st, e->v.slice.step);
    case PT_EXPR_NAME:
        return visit_name(st, e);
    case PT_EXPR_LIST:
    case PT_EXPR_TUPLE:
        return visit_exprs(st, e->v.seq.elts);
    }
    return 0;
}

static int visit_expr(PtSymtable *st, PtExpr *e) {
    if (++st->depth > PT_SYMTABLE_MAX_DEPTH) {
        return st_error(st, e->pos, "%stoo many nested blocks or expressions", "");
    }
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static int visit_patterns(PtSymtable *st, PtPatternSeq seq) {
    for (int i = 0; i < seq.len; i++) {
        if (visit_pattern(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_pattern(PtSymtable *st, PtPattern *p) {
    if (++st->depth > PT_SYMTABLE_MAX_DEPTH) {
        return st_error(st, p->pos, "%stoo many nested blocks or expressions", "");
    }
    int r = 0;
    switch (p->kind) {
    case PT_PAT_MATCHVALUE:
        r = visit_expr(st, p->v.matchvalue.value);
        break;
    case PT_PAT_MATCHSINGLETON:
        break;
    case PT_PAT_MATCHSEQUENCE:
        r = visit_patterns(st, p->v.matchsequence.patterns);
        break;
    case PT_PAT_MATCHSTAR:
        if (p->v.matchstar.name) {
            r = add_def(st, p->v.matchstar.name, PT_DEF_LOCAL, p->pos);
        }
        break;
    case PT_PAT_MATCHMAPPING:
        r = visit_exprs(st, p->v.matchmapping.keys);
        if (r == 0) {
            r = visit_patterns(st, p->v.matchmapping.patterns);
        }
        if (r == 0 && p->v.matchmapping.rest) {
            r = add_def(st, p->v.matchmapping.rest, PT_DEF_LOCAL, p->pos);
        }
        break;
    case PT_PAT_MATCHCLASS:
        r = visit_expr(st, p->v.matchclass.cls);
        if (r == 0) {
            r = visit_patterns(st, p->v.matchclass.patterns);
        }
        if (r == 0) {
            r = visit_patterns(st, p->v.matchclass.kwd_patterns);
        }
        break;
    case PT_PAT_MATCHAS:
        if (p->v.matchas.pattern) {
            r = visit_pattern(st, p->v.matchas.pattern);
        }
        if (r == 0 && p->v.matchas.name) {
            r = add_def(st, p->v.matchas.name, PT_DEF_LOCAL, p->pos);
        }
        break;
    case PT_PAT_MATCHOR:
        r = visit_patterns(st, p->v.matchor.patterns);
        break;
    }
    st->depth--;
    return r;
}

// ---- Analysis ----

static int analyze_name(PtSymtable *st, PtScope *s, PtSymbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global) {
    const char *name = sym->name;
    uint32_t flags = sym->flags;
    if (flags & PT_DEF_GLOBAL) {
        if (flags & PT_DEF_NONLOCAL) {
            return st_error(st, sym->directive, "name '%s' is nonlocal and global", name);
        }
        sym->scope = PT_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(st, global, name) < 0) {
            return -1;
        }
        set_discard(bound, name);
        return 0;
    }
    if (flags & PT_DEF_NONLOCAL) {
        if (bound == NULL) {
            return st_error(st, sym->directive,
                            "%snonlocal declaration not allowed at module level", "");
        }
        if (!set_contains(bound, name)) {
            return st_error(st, sym->directive, "no binding for nonlocal '%s' found", name);
        }
        sym->scope = PT_SCOPE_FREE;
        s->has_free = 1;
        return set_add(st, free, name);
    }
    if (flags & PT_DEF_BOUND) {
        sym->scope = PT_SCOPE_LOCAL;
        if (set_add(st, local, name) < 0) {
            return -1;
        }
        set_discard(global, name);
        return 0;
    }
    if (bound != NULL && set_contains(bound, name)) {
        sym->scope = PT_SCOPE_FREE;
        s->has_free = 1;
        return set_add(st, free, name);
    }
    if (s->nested) {
        s->has_free = 1;
    }
    sym->scope = PT_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

// Record the analysis of `s` given the free names its children need.
static int update_symbols(PtSymtable *st, PtScope *s, NameSet *bound, NameSet *free) {
    for (int i = 0; i < free->cap; i++) {
        const char *name = free->slots[i];
        if (name == NULL || name == set_tombstone) {
            continue;
        }
        PtSymbol *sym = pt_scope_lookup(s, name);
        if (sym != NULL) {
            if (s->type == PT_BLOCK_CLASS && (sym->flags & (PT_DEF_BOUND | PT_DEF_GLOBAL))) {
                sym->flags |= PT_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound != NULL && !set_contains(bound, name)) {
            continue;  // a global
        }
        sym = scope_symbol(st, s, name);
        if (sym == NULL) {
            return -1;
        }
        sym->scope = PT_SCOPE_FREE;
    }
    return 0;
}

static int analyze_block(PtSymtable *st, PtScope *s, NameSet *bound, NameSet *free,
                         NameSet *global) {
    NameSet local, newbound, newglobal, newfree;
    if (set_init(st, &local, 16) < 0 || set_init(st, &newbound, 16) < 0 ||
        set_init(st, &newglobal, 16) < 0 || set_init(st, &newfree, 16) < 0) {
        return -1;
    }
    // A class namespace is invisible to nested functions: pass down what
    // is visible above it, before it binds anything.
    if (s->type == PT_BLOCK_CLASS) {
        if (set_update(st, &newglobal, global) < 0 || set_update(st, &newbound, bound) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < s->nsyms; i++) {
        if (analyze_name(st, s, &s->syms[i], bound, &local, free, global) < 0) {
            return -1;
        }
    }
    if (s->type != PT_BLOCK_CLASS) {
        if (s->type == PT_BLOCK_FUNCTION && set_update(st, &newbound, &local) < 0) {
            return -1;
        }
        if (set_update(st, &newbound, bound) < 0 || set_update(st, &newglobal, global) < 0) {
            return -1;
        }
    } else if (set_add(st, &newbound, "__class__") < 0) {
        return -1;
    }
    for (int i = 0; i < s->nchildren; i++) {
        PtScope *c = s->children[i];
        NameSet cbound, cglobal, cfree;
        if (set_copy(st, &cbound, &newbound) < 0 || set_copy(st, &cglobal, &newglobal) < 0 ||
            set_init(st, &cfree, 16) < 0) {
            return -1;
        }
        if (analyze_block(st, c, &cbound, &cfree, &cglobal) < 0 ||
            set_update(st, &newfree, &cfree) < 0) {
            return -1;
        }
        if (c->has_free || c->child_free) {
            s->child_free = 1;
        }
    }
    if (s->type == PT_BLOCK_FUNCTION) {
        // Locals that children use become cells.
        for (int i = 0; i < s->nsyms; i++) {
            PtSymbol *sym = &s->syms[i];
            if (sym->scope == PT_SCOPE_LOCAL && set_contains(&newfree, sym->name)) {
                sym->scope = PT_SCOPE_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (s->type == PT_BLOCK_CLASS && set_contains(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        s->needs_class_closure = 1;
    }
    if (update_symbols(st, s, bound, &newfree) < 0) {
        return -1;
    }
    return set_update(st, free, &newfree);
}

// ---- Entry point ----

PtSymtable *pt_symtable_build(PtArena *arena, PtAstMod *mod, int future_annotations,
                              PtSymErr *err, int *oom) {
    *oom = 0;
    PtSymtable *st = pt_arena_alloc(arena, sizeof(PtSymtable));
    if (st == NULL) {
        *oom = 1;
        return NULL;
    }
    st->arena = arena;
    st->err = err;
    st->future_annotations = future_annotations;
    st->keycap = 256;
    st->keys = st_alloc(st, sizeof(PtScope *) * (size_t)st->keycap);
    PtPos top = {1, 0, 1, 0};
    if (st->keys == NULL || enter_block(st, "top", PT_BLOCK_MODULE, mod, top) < 0) {
        *oom = 1;
        return NULL;
    }
    st->top = st->cur;
    int r = 0;
    switch (mod->kind) {
    case PT_MOD_MODULE:
    case PT_MOD_INTERACTIVE:
        r = visit_stmts(st, mod->body);
        break;
    case PT_MOD_EXPRESSION:
        r = visit_expr(st, mod->expr);
        break;
    }
    if (r == 0) {
        NameSet free, global;
        if (set_init(st, &free, 16) == 0 && set_init(st, &global, 16) == 0) {
            analyze_block(st, st->top, NULL, &free, &global);
        }
    }
    if (st->failed) {
        *oom = st->oom;
        return NULL;
    }
    return st;
}
