// src/obj/code.c: the code object type, the compiler's output and the VM's input.
//
// A code object owns copies of everything pt_code_new is given: the
// instruction words, the localsplus kinds, the per-instruction locations and
// the exception table (all pt_mem blocks), plus references to the constant,
// name and localsplus-name tuples. It never changes after construction except
// for the inline caches, which belong to the VM: pt_code_new numbers the cache
// words (each cached instruction gets its own index, 0..ncaches-1) and leaves
// `caches` NULL for the VM to allocate (with pt_raw_alloc) on first execution;
// code_dealloc frees it with pt_raw_free.
//
// Code objects hold no cycles (constants are immutable values and other code
// objects), so the type is not a GC type, as in CPython.
//
// Also here: the opcode tables generated from src/compile/opcodes.def.
// See docs/internals/compiler.md; guarded by tests/unit/test_compile.c.
#include <string.h>

#include "pith/abstract.h"  // pt_object_iter
#include "pith/bytes.h"     // pt_bytes_new
#include "pith/errors.h"    // pt_err_*
#include "pith/func.h"      // pt_code_type (declaration)
#include "pith/int.h"       // pt_int_from_i64
#include "pith/list.h"      // pt_list_new, pt_list_append
#include "pith/mem.h"       // pt_mem_alloc, pt_mem_free
#include "pith/str.h"       // pt_str_format
#include "pith/tuple.h"     // pt_tuple_*
#include "obj/code.h"       // PtCode

// ---- Opcode tables ----

const uint8_t pt_opcode_cache_words[PT_OP_COUNT] = {
#define PT_OP(name, has_arg, cache, note) [PT_OP_##name] = (cache),
#include "compile/opcodes.def"
#undef PT_OP
};

const char *const pt_opcode_names[PT_OP_COUNT] = {
#define PT_OP(name, has_arg, cache, note) [PT_OP_##name] = #name,
#include "compile/opcodes.def"
#undef PT_OP
};

// ---- Constructor and destructor ----

// Copy `n` items of `size` bytes into a new pt_mem block; NULL only when n > 0
// and memory ran out.
static void *dup_array(const void *src, size_t n, size_t size, int *failed) {
    if (n == 0 || src == NULL) {
        return NULL;
    }
    void *p = pt_mem_alloc(n * size);
    if (p == NULL) {
        *failed = 1;
        return NULL;
    }
    memcpy(p, src, n * size);
    return p;
}

// Number each cache word: the word after a cached instruction gets the next
// index. Returns the count.
static uint32_t number_caches(uint32_t *code, uint32_t ncode) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < ncode; i++) {
        unsigned op = pt_instr_op(code[i]);
        if (op < PT_OP_COUNT && pt_opcode_cache_words[op] > 0 && i + 1 < ncode) {
            code[i + 1] = n++;
            i += pt_opcode_cache_words[op];
        }
    }
    return n;
}

PtObject *pt_code_new(const uint32_t *code, uint32_t ncode, uint32_t flags, int32_t argcount,
                      int32_t posonlyargcount, int32_t kwonlyargcount, int32_t nlocals,
                      int32_t stacksize, int32_t firstlineno, PtObject *consts, PtObject *names,
                      PtObject *localsplusnames, const uint8_t *localspluskinds,
                      PtObject *filename, PtObject *name, PtObject *qualname,
                      const PtLocation *locations, const PtExcEntry *exctable, uint32_t nexc) {
    if (ncode == 0 || !pt_is_tuple(consts) || !pt_is_tuple(names) ||
        !pt_is_tuple(localsplusnames)) {
        return pt_err_bad_internal_call("pt_code_new");
    }
    PtCode *co = (PtCode *)pt_object_alloc(&pt_code_type, sizeof(PtCode));
    if (co == NULL) {
        return NULL;
    }
    int failed = 0;
    pt_ssize nlp = pt_tuple_len(localsplusnames);
    co->code = dup_array(code, ncode, sizeof(uint32_t), &failed);
    co->ncode = ncode;
    co->localspluskinds = dup_array(localspluskinds, (size_t)nlp, 1, &failed);
    co->locations = dup_array(locations, ncode, sizeof(PtLocation), &failed);
    co->exctable = dup_array(exctable, nexc, sizeof(PtExcEntry), &failed);
    co->nexc = nexc;
    co->flags = flags;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->nlocalsplus = (int32_t)nlp;
    co->nlocals = nlocals;
    co->stacksize = stacksize;
    co->firstlineno = firstlineno;
    co->consts = pt_newref(consts);
    co->names = pt_newref(names);
    co->localsplusnames = pt_newref(localsplusnames);
    co->filename = pt_newref(filename);
    co->name = pt_newref(name);
    co->qualname = pt_newref(qualname);
    if (failed || (locations == NULL)) {
        pt_decref((PtObject *)co);
        return failed ? pt_err_no_memory() : pt_err_bad_internal_call("pt_code_new");
    }
    for (pt_ssize i = 0; i < nlp; i++) {
        uint8_t k = co->localspluskinds[i];
        co->ncellvars += (k & PT_LK_CELL) != 0;
        co->nfreevars += (k & PT_LK_FREE) != 0;
    }
    co->ncaches = number_caches(co->code, ncode);
    co->caches = NULL;
    return (PtObject *)co;
}

static void code_dealloc(PtObject *o) {
    PtCode *co = (PtCode *)o;
    pt_mem_free(co->code, co->ncode * sizeof(uint32_t));
    pt_mem_free(co->locations, co->ncode * sizeof(PtLocation));
    if (co->localsplusnames != NULL) {
        pt_mem_free(co->localspluskinds, (size_t)pt_tuple_len(co->localsplusnames));
    }
    pt_mem_free(co->exctable, co->nexc * sizeof(PtExcEntry));
    // The VM allocates `caches` with pt_raw_alloc (its entry size is the VM's
    // business), so it is released here without a size.
    if (co->caches != NULL) {
        pt_raw_free(co->caches);
    }
    pt_xdecref(co->consts);
    pt_xdecref(co->names);
    pt_xdecref(co->localsplusnames);
    pt_xdecref(co->filename);
    pt_xdecref(co->name);
    pt_xdecref(co->qualname);
    pt_object_free(o, sizeof(PtCode));
}

// ---- Python-visible attributes ----

// A tuple of the localsplus names whose kind has any bit of `mask`.
static PtObject *names_of_kind(PtCode *co, uint8_t mask) {
    pt_ssize n = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        n += (co->localspluskinds[i] & mask) != 0;
    }
    PtObject *t = pt_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    pt_ssize j = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        if (co->localspluskinds[i] & mask) {
            pt_tuple_set_steal(t, j++, pt_newref(pt_tuple_get(co->localsplusnames, i)));
        }
    }
    return t;
}

static PtObject *code_get_varnames(PtObject *self, void *c) {
    return names_of_kind((PtCode *)self, PT_LK_LOCAL);
}
static PtObject *code_get_cellvars(PtObject *self, void *c) {
    return names_of_kind((PtCode *)self, PT_LK_CELL);
}
static PtObject *code_get_freevars(PtObject *self, void *c) {
    return names_of_kind((PtCode *)self, PT_LK_FREE);
}

static PtObject *code_get_code(PtObject *self, void *c) {
    PtCode *co = (PtCode *)self;
    PtObject *b = pt_bytes_new(NULL, co->ncode * 4u);
    if (b == NULL) {
        return NULL;
    }
    unsigned char *p = (unsigned char *)pt_bytes_data(b);
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        p[4 * i] = (unsigned char)w;
        p[4 * i + 1] = (unsigned char)(w >> 8);
        p[4 * i + 2] = (unsigned char)(w >> 16);
        p[4 * i + 3] = (unsigned char)(w >> 24);
    }
    return b;
}

// Integer fields, read through the closure as a byte offset into PtCode.
static PtObject *code_get_i32(PtObject *self, void *c) {
    int32_t v;
    memcpy(&v, (char *)self + (size_t)c, sizeof v);
    return pt_int_from_i64(v);
}
static PtObject *code_get_flags(PtObject *self, void *c) {
    return pt_int_from_i64(((PtCode *)self)->flags);
}
// Object fields, read through the closure as a byte offset into PtCode.
static PtObject *code_get_obj(PtObject *self, void *c) {
    PtObject *v;
    memcpy(&v, (char *)self + (size_t)c, sizeof v);
    return pt_newref(v);
}

#define OFF(f) ((void *)offsetof(PtCode, f))

static const PtGetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"co_argcount", code_get_i32, NULL, NULL, OFF(argcount)},
    {"co_posonlyargcount", code_get_i32, NULL, NULL, OFF(posonlyargcount)},
    {"co_kwonlyargcount", code_get_i32, NULL, NULL, OFF(kwonlyargcount)},
    {"co_nlocals", code_get_i32, NULL, NULL, OFF(nlocals)},
    {"co_stacksize", code_get_i32, NULL, NULL, OFF(stacksize)},
    {"co_firstlineno", code_get_i32, NULL, NULL, OFF(firstlineno)},
    {"co_flags", code_get_flags, NULL, NULL, NULL},
    {"co_consts", code_get_obj, NULL, NULL, OFF(consts)},
    {"co_names", code_get_obj, NULL, NULL, OFF(names)},
    {"co_filename", code_get_obj, NULL, NULL, OFF(filename)},
    {"co_name", code_get_obj, NULL, NULL, OFF(name)},
    {"co_qualname", code_get_obj, NULL, NULL, OFF(qualname)},
    {"_co_localsplusnames", code_get_obj, NULL, NULL, OFF(localsplusnames)},
    {NULL, NULL, NULL, NULL, NULL},
};

// ---- Python-visible methods ----

// A small int or None for a location field (-1 means unknown).
static PtObject *opt_int(int32_t v) { return v < 0 ? pt_newref(pt_None) : pt_int_from_i64(v); }

// co_positions(): an iterator of (line, end_line, col, end_col), one per word.
static PtObject *code_co_positions(PtObject *self, PtObject *unused) {
    PtCode *co = (PtCode *)self;
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (uint32_t i = 0; i < co->ncode; i++) {
        const PtLocation *l = &co->locations[i];
        PtObject *a = opt_int(l->line), *b = opt_int(l->end_line);
        PtObject *c = opt_int(l->col), *d = opt_int(l->end_col);
        PtObject *t = (a && b && c && d) ? pt_tuple_pack(4, a, b, c, d) : NULL;
        pt_xdecref(a);
        pt_xdecref(b);
        pt_xdecref(c);
        pt_xdecref(d);
        if (t == NULL || pt_list_append_steal(list, t) < 0) {
            pt_decref(list);
            return NULL;
        }
    }
    PtObject *it = pt_object_iter(list);
    pt_decref(list);
    return it;
}

// Append (start, end, line) to list; 0 or -1.
static int append_range(PtObject *list, uint32_t start, uint32_t end, int32_t line) {
    PtObject *a = pt_int_from_i64(start), *b = pt_int_from_i64(end), *c = opt_int(line);
    PtObject *t = (a && b && c) ? pt_tuple_pack(3, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return t == NULL ? -1 : pt_list_append_steal(list, t);
}

// co_lines(): an iterator of (start, end, line) byte ranges, as CPython's.
static PtObject *code_co_lines(PtObject *self, PtObject *unused) {
    PtCode *co = (PtCode *)self;
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    uint32_t start = 0;
    for (uint32_t i = 1; i <= co->ncode; i++) {
        if (i == co->ncode || co->locations[i].line != co->locations[start].line) {
            if (append_range(list, start * 4, i * 4, co->locations[start].line) < 0) {
                pt_decref(list);
                return NULL;
            }
            start = i;
        }
    }
    PtObject *it = pt_object_iter(list);
    pt_decref(list);
    return it;
}

// _co_exceptiontable(): pith's exception table as a list of
// (start, end, target, depth, lasti) word indexes, for dis.
static PtObject *code_co_exctable(PtObject *self, PtObject *unused) {
    PtCode *co = (PtCode *)self;
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (uint32_t i = 0; i < co->nexc; i++) {
        const PtExcEntry *e = &co->exctable[i];
        PtObject *v[5] = {pt_int_from_i64(e->start), pt_int_from_i64(e->end),
                          pt_int_from_i64(e->target), pt_int_from_i64(e->depth),
                          pt_bool(e->lasti)};
        PtObject *t = (v[0] && v[1] && v[2] && v[3]) ? pt_tuple_from_array(v, 5) : NULL;
        for (int k = 0; k < 4; k++) {
            pt_xdecref(v[k]);
        }
        if (t == NULL || pt_list_append_steal(list, t) < 0) {
            pt_decref(list);
            return NULL;
        }
    }
    return list;
}

// _co_kinds(): the localsplus kinds as bytes.
static PtObject *code_co_kinds(PtObject *self, PtObject *unused) {
    PtCode *co = (PtCode *)self;
    return pt_bytes_new(co->localspluskinds, (size_t)co->nlocalsplus);
}

static const uint8_t opcode_has_arg[PT_OP_COUNT] = {
#define PT_OP(name, has_arg, cache, note) [PT_OP_##name] = (has_arg),
#include "compile/opcodes.def"
#undef PT_OP
};

// code._opcode_info() (static): a tuple of (name, has_arg, cache_words) per
// opcode number, the table lib/dis.py is built from.
static PtObject *code_opcode_info(PtObject *unused, PtObject *unused2) {
    PtObject *t = pt_tuple_new(PT_OP_COUNT);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < PT_OP_COUNT; i++) {
        PtObject *name = pt_str_from_cstr(pt_opcode_names[i]);
        PtObject *e = name ? pt_tuple_pack(3, name, pt_bool(opcode_has_arg[i]),
                                           pt_smallint(pt_opcode_cache_words[i]))
                           : NULL;
        pt_xdecref(name);
        if (e == NULL) {
            for (int j = i; j < PT_OP_COUNT; j++) {
                pt_tuple_set_steal(t, j, pt_newref(pt_None));
            }
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, i, e);
    }
    return t;
}

static const PtMethodDef code_methods[] = {
    {"_opcode_info", PT_FN(code_opcode_info), PT_METH_NOARGS | PT_METH_STATIC, NULL},
    {"co_positions", PT_FN(code_co_positions), PT_METH_NOARGS, NULL},
    {"co_lines", PT_FN(code_co_lines), PT_METH_NOARGS, NULL},
    {"_co_exceptiontable", PT_FN(code_co_exctable), PT_METH_NOARGS, NULL},
    {"_co_kinds", PT_FN(code_co_kinds), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- Slots ----

static PtObject *code_repr(PtObject *self) {
    PtCode *co = (PtCode *)self;
    return pt_str_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                         co->filename, (int)co->firstlineno);
}

// ---- The type object ----

PtType pt_code_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "code",
    .tid = PT_TID_CODE,
    .basicsize = sizeof(PtCode),
    .flags = 0,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .methods = code_methods,
    .getset = code_getset,
    .doc = "Create a code object.  Not for the faint of heart.",
};
