// src/compile/marshal.c: serializing code objects and constants (.pyc files, marshal).
//
// The format is pith's own and private to one pith version. A value is a tag
// byte and a payload, little-endian:
//   N None  T True  F False  . Ellipsis
//   i int64            l big int: u32 n + n bytes of hex text ("-0x1f...")
//   g float: 8 bytes   y complex: 16 bytes
//   u str: u32 n + n bytes of UTF-8 (surrogates allowed)   U the same, interned
//   r a str seen before: u32 index (strings are numbered in order of appearance)
//   s bytes: u32 n + n bytes
//   ( tuple  [ list  < set  > frozenset: u32 n + n values   { dict: u32 n + n pairs
//   c code object (see dump_code)
// A .pyc file is a 32-byte header, then one code value:
//   8 bytes magic "\xF0PITH\x01\r\n", u32 flags (0), u32 checksum of the
//   payload (FNV-1a), i64 source mtime, i64 source size.
// Loading never trusts the data: every read is bounds-checked, the checksum
// must match, and a loaded code object must pass the same structural checks
// the compiler's output satisfies (opcodes, argument ranges, jump targets,
// exception table), else the file counts as stale and is recompiled.
#include <stdio.h>
#include <string.h>

#include "pith/abstract.h"  // pt_object_iter
#include "pith/bytes.h"     // pt_bytes_new
#include "pith/compile.h"   // the API
#include "pith/dict.h"      // pt_dict_*, pt_set_*
#include "pith/errors.h"    // pt_err_*
#include "pith/float.h"     // pt_float_new, pt_complex_new
#include "pith/func.h"      // pt_code_type
#include "pith/int.h"       // pt_int_*
#include "pith/list.h"      // pt_list_*
#include "pith/mem.h"       // pt_mem_*
#include "pith/str.h"       // pt_str_*
#include "pith/tuple.h"     // pt_tuple_*
#include "obj/code.h"       // PtCode, pt_code_new

static const unsigned char pyc_magic[8] = {0xF0, 'P', 'I', 'T', 'H', 0x01, '\r', '\n'};
#define PYC_HEADER 32
#define MARSHAL_MAX_DEPTH 2000

// ---- Writing ----

typedef struct Writer {
    unsigned char *buf;
    size_t len, cap;
    int failed;            // out of memory or unmarshallable (exception set)
    PtObject **strs;       // strings written so far, for back-references
    size_t nstrs, capstrs;
    size_t *slots;         // hash of strs by address: index + 1
    size_t nslots;
    int depth;
} Writer;

static int w_reserve(Writer *w, size_t n) {
    if (w->failed) {
        return -1;
    }
    if (w->len + n <= w->cap) {
        return 0;
    }
    size_t cap = w->cap ? w->cap * 2 : 256;
    while (cap < w->len + n) {
        cap *= 2;
    }
    unsigned char *p = pt_mem_realloc(w->buf, w->cap, cap);
    if (p == NULL) {
        w->failed = 1;
        pt_err_no_memory();
        return -1;
    }
    w->buf = p;
    w->cap = cap;
    return 0;
}

static void w_bytes(Writer *w, const void *p, size_t n) {
    if (n > 0 && w_reserve(w, n) == 0) {
        memcpy(w->buf + w->len, p, n);
        w->len += n;
    }
}

static void w_byte(Writer *w, int b) {
    unsigned char c = (unsigned char)b;
    w_bytes(w, &c, 1);
}

static void w_u32(Writer *w, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    w_bytes(w, b, 4);
}

static void w_u64(Writer *w, uint64_t v) {
    w_u32(w, (uint32_t)v);
    w_u32(w, (uint32_t)(v >> 32));
}

// Unsigned LEB128.
static void w_varint(Writer *w, uint64_t v) {
    do {
        unsigned char b = v & 0x7F;
        v >>= 7;
        w_byte(w, b | (v ? 0x80 : 0));
    } while (v);
}

static void w_svarint(Writer *w, int64_t v) {
    w_varint(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void w_double(Writer *w, double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    w_u64(w, u);
}

static void w_fail(Writer *w, PtObject *v) {
    if (!w->failed) {
        pt_err_format(pt_exc_ValueError, "unmarshallable object of type %s", pt_type_name_of(v));
    }
    w->failed = 1;
}

// UTF-8 of a str, surrogates included (generalized UTF-8).
static void w_str_data(Writer *w, PtObject *s) {
    size_t len = 0;
    const char *ascii = pt_str_ascii(s, &len);
    if (ascii != NULL) {
        w_u32(w, (uint32_t)len);
        w_bytes(w, ascii, len);
        return;
    }
    pt_ssize n = pt_str_len(s);
    size_t start = w->len;
    w_u32(w, 0);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t cp = pt_str_char(s, i);
        unsigned char b[4];
        size_t k;
        if (cp < 0x80) {
            b[0] = (unsigned char)cp;
            k = 1;
        } else if (cp < 0x800) {
            b[0] = (unsigned char)(0xC0 | (cp >> 6));
            b[1] = (unsigned char)(0x80 | (cp & 0x3F));
            k = 2;
        } else if (cp < 0x10000) {
            b[0] = (unsigned char)(0xE0 | (cp >> 12));
            b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            b[2] = (unsigned char)(0x80 | (cp & 0x3F));
            k = 3;
        } else {
            b[0] = (unsigned char)(0xF0 | (cp >> 18));
            b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            b[3] = (unsigned char)(0x80 | (cp & 0x3F));
            k = 4;
        }
        w_bytes(w, b, k);
    }
    if (!w->failed) {
        uint32_t nbytes = (uint32_t)(w->len - start - 4);
        unsigned char *p = w->buf + start;
        p[0] = (unsigned char)nbytes;
        p[1] = (unsigned char)(nbytes >> 8);
        p[2] = (unsigned char)(nbytes >> 16);
        p[3] = (unsigned char)(nbytes >> 24);
    }
}

static size_t ptr_slot(const void *p, size_t nslots) {
    uintptr_t v = (uintptr_t)p;
    return (size_t)((v >> 4) * 0x9E3779B97F4A7C15ULL) & (nslots - 1);
}

// The index of a string already written, or (size_t)-1; records it if new.
static size_t w_str_ref(Writer *w, PtObject *s) {
    if (w->nslots > 0) {
        for (size_t i = ptr_slot(s, w->nslots);; i = (i + 1) & (w->nslots - 1)) {
            size_t k = w->slots[i];
            if (k == 0) {
                break;
            }
            if (w->strs[k - 1] == s) {
                return k - 1;
            }
        }
    }
    if ((w->nstrs + 1) * 2 > w->nslots) {
        size_t ns = w->nslots ? w->nslots * 2 : 64;
        size_t *slots = pt_mem_alloc_zero(ns * sizeof(size_t));
        PtObject **strs = pt_mem_realloc(w->strs, w->capstrs * sizeof(PtObject *),
                                         ns * sizeof(PtObject *));
        if (slots == NULL || strs == NULL) {
            pt_mem_free(slots, ns * sizeof(size_t));
            if (strs != NULL) {
                w->strs = strs;
                w->capstrs = ns;
            }
            return (size_t)-1;  // just do not share
        }
        pt_mem_free(w->slots, w->nslots * sizeof(size_t));
        w->slots = slots;
        w->nslots = ns;
        w->strs = strs;
        w->capstrs = ns;
        for (size_t k = 0; k < w->nstrs; k++) {
            size_t i = ptr_slot(w->strs[k], ns);
            while (w->slots[i]) {
                i = (i + 1) & (ns - 1);
            }
            w->slots[i] = k + 1;
        }
    }
    w->strs[w->nstrs] = s;
    size_t i = ptr_slot(s, w->nslots);
    while (w->slots[i]) {
        i = (i + 1) & (w->nslots - 1);
    }
    w->slots[i] = ++w->nstrs;
    return (size_t)-1;
}

static void w_value(Writer *w, PtObject *v);

static void w_items(Writer *w, int tag, PtObject *const *items, pt_ssize n) {
    w_byte(w, tag);
    w_u32(w, (uint32_t)n);
    for (pt_ssize i = 0; i < n && !w->failed; i++) {
        w_value(w, items[i]);
    }
}

static void w_int(Writer *w, PtObject *v) {
    int overflow = 0;
    int64_t i = pt_int_as_i64_overflow(v, &overflow);
    if (!overflow) {
        w_byte(w, 'i');
        w_u64(w, (uint64_t)i);
        return;
    }
    PtObject *s = pt_int_to_str(v, 16);
    size_t len = 0;
    const char *text = s ? pt_str_ascii(s, &len) : NULL;
    if (text == NULL) {
        pt_xdecref(s);
        w->failed = 1;
        return;
    }
    w_byte(w, 'l');
    w_u32(w, (uint32_t)len);
    w_bytes(w, text, len);
    pt_decref(s);
}

static void w_setlike(Writer *w, int tag, PtObject *v) {
    w_byte(w, tag);
    w_u32(w, (uint32_t)pt_set_len(v));
    pt_ssize pos = 0;
    PtObject *k;
    while (!w->failed && pt_set_next(v, &pos, &k)) {
        w_value(w, k);
    }
}

static void w_dict(Writer *w, PtObject *v) {
    w_byte(w, '{');
    w_u32(w, (uint32_t)pt_dict_len(v));
    pt_ssize pos = 0;
    PtObject *k, *val;
    while (!w->failed && pt_dict_next(v, &pos, &k, &val)) {
        w_value(w, k);
        w_value(w, val);
    }
}

static void w_location(Writer *w, const PtLocation *l, int32_t *prev_line) {
    w_svarint(w, (int64_t)l->line - *prev_line);
    w_svarint(w, (int64_t)l->end_line - l->line);
    w_varint(w, (uint64_t)(l->col + 1));
    w_varint(w, (uint64_t)(l->end_col + 1));
    *prev_line = l->line;
}

static void w_code(Writer *w, PtCode *co) {
    w_byte(w, 'c');
    w_u32(w, co->ncode);
    for (uint32_t i = 0; i < co->ncode; i++) {
        w_u32(w, co->code[i]);
    }
    w_u32(w, co->flags);
    int32_t ints[6] = {co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                       co->stacksize, co->firstlineno};
    for (int i = 0; i < 6; i++) {
        w_u32(w, (uint32_t)ints[i]);
    }
    w_value(w, co->consts);
    w_value(w, co->names);
    w_value(w, co->localsplusnames);
    w_bytes(w, co->localspluskinds, (size_t)co->nlocalsplus);
    w_value(w, co->filename);
    w_value(w, co->name);
    w_value(w, co->qualname);
    int32_t prev = co->firstlineno;
    for (uint32_t i = 0; i < co->ncode; i++) {
        w_location(w, &co->locations[i], &prev);
    }
    w_u32(w, co->nexc);
    for (uint32_t i = 0; i < co->nexc; i++) {
        const PtExcEntry *e = &co->exctable[i];
        w_u32(w, e->start);
        w_u32(w, e->end);
        w_u32(w, e->target);
        w_u32(w, (uint32_t)e->depth | ((uint32_t)e->lasti << 16));
    }
}

static void w_value(Writer *w, PtObject *v) {
    if (w->failed) {
        return;
    }
    if (++w->depth > MARSHAL_MAX_DEPTH) {
        w->failed = 1;
        pt_err_set_string(pt_exc_ValueError, "object too deeply nested to marshal");
        return;
    }
    switch (pt_tid(v)) {
    case PT_TID_NONE: w_byte(w, 'N'); break;
    case PT_TID_BOOL: w_byte(w, v == pt_True ? 'T' : 'F'); break;
    case PT_TID_ELLIPSIS: w_byte(w, '.'); break;
    case PT_TID_INT: w_int(w, v); break;
    case PT_TID_FLOAT:
        w_byte(w, 'g');
        w_double(w, pt_float_value(v));
        break;
    case PT_TID_COMPLEX:
        w_byte(w, 'y');
        w_double(w, ((PtComplex *)v)->real);
        w_double(w, ((PtComplex *)v)->imag);
        break;
    case PT_TID_STR: {
        size_t ref = w_str_ref(w, v);
        if (ref != (size_t)-1) {
            w_byte(w, 'r');
            w_u32(w, (uint32_t)ref);
        } else {
            w_byte(w, pt_has_flag(v, PT_OF_USER1) ? 'U' : 'u');
            w_str_data(w, v);
        }
        break;
    }
    case PT_TID_BYTES:
        w_byte(w, 's');
        w_u32(w, (uint32_t)pt_bytes_len(v));
        w_bytes(w, pt_bytes_data(v), (size_t)pt_bytes_len(v));
        break;
    case PT_TID_TUPLE: w_items(w, '(', pt_tuple_items(v), pt_tuple_len(v)); break;
    case PT_TID_LIST: w_items(w, '[', ((PtList *)v)->items, pt_list_len(v)); break;
    case PT_TID_DICT: w_dict(w, v); break;
    case PT_TID_SET: w_setlike(w, '<', v); break;
    case PT_TID_FROZENSET: w_setlike(w, '>', v); break;
    case PT_TID_CODE: w_code(w, (PtCode *)v); break;
    default: w_fail(w, v); break;
    }
    w->depth--;
}

static void writer_free(Writer *w) {
    pt_mem_free(w->buf, w->cap);
    pt_mem_free(w->strs, w->capstrs * sizeof(PtObject *));
    pt_mem_free(w->slots, w->nslots * sizeof(size_t));
}

static uint32_t fnv1a(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    return h;
}

PtObject *pt_marshal_dumps(PtObject *value) {
    Writer w;
    memset(&w, 0, sizeof w);
    w_value(&w, value);
    PtObject *r = w.failed ? NULL : pt_bytes_new(w.buf, w.len);
    writer_free(&w);
    return r;
}

PtObject *pt_marshal_dump_code(PtObject *code, int64_t source_mtime, int64_t source_size) {
    if (pt_tid(code) != PT_TID_CODE) {
        return pt_err_set_string(pt_exc_TypeError, "pt_marshal_dump_code: not a code object");
    }
    Writer w;
    memset(&w, 0, sizeof w);
    w_bytes(&w, pyc_magic, sizeof pyc_magic);
    w_u32(&w, 0);
    w_u32(&w, 0);  // checksum, patched below
    w_u64(&w, (uint64_t)source_mtime);
    w_u64(&w, (uint64_t)source_size);
    w_value(&w, code);
    PtObject *r = NULL;
    if (!w.failed) {
        uint32_t sum = fnv1a(w.buf + PYC_HEADER, w.len - PYC_HEADER);
        for (int i = 0; i < 4; i++) {
            w.buf[12 + i] = (unsigned char)(sum >> (8 * i));
        }
        r = pt_bytes_new(w.buf, w.len);
    }
    writer_free(&w);
    return r;
}

// ---- Reading ----

typedef struct Reader {
    const unsigned char *p, *end;
    int bad;         // corrupt input (no exception set yet)
    int error;       // a real error, exception set
    PtObject **strs; // strings read so far (borrowed from the values built)
    size_t nstrs, capstrs;
    int depth;
} Reader;

static int r_need(Reader *r, size_t n) {
    if (r->bad || r->error || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return -1;
    }
    return 0;
}

static int r_byte(Reader *r) {
    if (r_need(r, 1) < 0) {
        return -1;
    }
    return *r->p++;
}

static uint32_t r_u32(Reader *r) {
    if (r_need(r, 4) < 0) {
        return 0;
    }
    const unsigned char *p = r->p;
    r->p += 4;
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint64_t r_u64(Reader *r) {
    uint64_t lo = r_u32(r);
    return lo | ((uint64_t)r_u32(r) << 32);
}

static uint64_t r_varint(Reader *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        int b = r_byte(r);
        if (b < 0) {
            return 0;
        }
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            return v;
        }
    }
    r->bad = 1;
    return 0;
}

static int64_t r_svarint(Reader *r) {
    uint64_t u = r_varint(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static double r_double(Reader *r) {
    uint64_t u = r_u64(r);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

// A length prefix that cannot exceed what is left of the input.
static uint32_t r_len(Reader *r, size_t unit) {
    uint32_t n = r_u32(r);
    if (!r->bad && (size_t)(r->end - r->p) / unit < n) {
        r->bad = 1;
        return 0;
    }
    return n;
}

// New reference, NULL with r->bad or r->error set.
static PtObject *r_value(Reader *r);

static PtObject *r_failed(Reader *r) {
    if (pt_err_occurred()) {
        if (pt_err_matches(pt_exc_MemoryError)) {
            r->error = 1;
        } else {
            pt_err_clear();
            r->bad = 1;
        }
    } else {
        r->bad = 1;
    }
    return NULL;
}

// Decode generalized UTF-8 (as w_str_data writes it) into a str.
static PtObject *r_str(Reader *r, int interned) {
    uint32_t n = r_len(r, 1);
    if (r->bad) {
        return NULL;
    }
    const unsigned char *s = r->p;
    r->p += n;
    PtObject *v;
    int ascii = 1;
    for (uint32_t i = 0; i < n && ascii; i++) {
        ascii = s[i] < 0x80;
    }
    if (ascii) {
        v = pt_str_from_utf8((const char *)s, n);
    } else {
        uint32_t *cps = pt_mem_alloc(sizeof(uint32_t) * (n + 1));
        if (cps == NULL) {
            r->error = 1;
            pt_err_no_memory();
            return NULL;
        }
        size_t k = 0;
        for (uint32_t i = 0; i < n;) {
            uint32_t c = s[i];
            int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            c = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
            i++;
            for (int e = 0; e < extra && i < n; e++) {
                c = (c << 6) | (s[i++] & 0x3F);
            }
            cps[k++] = c > 0x10FFFF ? 0xFFFD : c;
        }
        v = pt_str_from_ucs4(cps, k);
        pt_mem_free(cps, sizeof(uint32_t) * (n + 1));
    }
    if (v != NULL && interned) {
        v = pt_str_intern(v);
    }
    if (v == NULL) {
        return r_failed(r);
    }
    if (r->nstrs == r->capstrs) {
        size_t cap = r->capstrs ? r->capstrs * 2 : 64;
        PtObject **p = pt_mem_realloc(r->strs, r->capstrs * sizeof(PtObject *),
                                      cap * sizeof(PtObject *));
        if (p == NULL) {
            pt_decref(v);
            r->error = 1;
            pt_err_no_memory();
            return NULL;
        }
        r->strs = p;
        r->capstrs = cap;
    }
    r->strs[r->nstrs++] = pt_newref(v);
    return v;
}

static PtObject *r_tuple(Reader *r) {
    uint32_t n = r_len(r, 1);
    if (r->bad) {
        return NULL;
    }
    PtObject *t = pt_tuple_new(n);
    if (t == NULL) {
        return r_failed(r);
    }
    for (uint32_t i = 0; i < n; i++) {
        PtObject *v = r_value(r);
        pt_tuple_set_steal(t, i, v != NULL ? v : pt_newref(pt_None));
        if (v == NULL) {
            for (uint32_t j = i + 1; j < n; j++) {
                pt_tuple_set_steal(t, j, pt_newref(pt_None));
            }
            pt_decref(t);
            return NULL;
        }
    }
    return t;
}

static PtObject *r_list(Reader *r) {
    uint32_t n = r_len(r, 1);
    PtObject *l = r->bad ? NULL : pt_list_new(0);
    if (l == NULL) {
        return r->bad ? NULL : r_failed(r);
    }
    for (uint32_t i = 0; i < n; i++) {
        PtObject *v = r_value(r);
        if (v == NULL || pt_list_append_steal(l, v) < 0) {
            pt_decref(l);
            return v == NULL ? NULL : r_failed(r);
        }
    }
    return l;
}

static PtObject *r_dict(Reader *r) {
    uint32_t n = r_len(r, 2);
    PtObject *d = r->bad ? NULL : pt_dict_new();
    if (d == NULL) {
        return r->bad ? NULL : r_failed(r);
    }
    for (uint32_t i = 0; i < n; i++) {
        PtObject *k = r_value(r);
        PtObject *v = k != NULL ? r_value(r) : NULL;
        int ok = v != NULL && pt_dict_set(d, k, v) == 0;
        pt_xdecref(k);
        pt_xdecref(v);
        if (!ok) {
            pt_decref(d);
            return (k == NULL || v == NULL) ? NULL : r_failed(r);
        }
    }
    return d;
}

static PtObject *r_set(Reader *r, int frozen) {
    PtObject *items = r_tuple(r);
    if (items == NULL) {
        return NULL;
    }
    PtObject *s = frozen ? pt_frozenset_new(items) : pt_set_new(items);
    pt_decref(items);
    return s != NULL ? s : r_failed(r);
}

static PtObject *r_int(Reader *r) {
    uint32_t n = r_len(r, 1);
    if (r->bad) {
        return NULL;
    }
    PtObject *v = pt_int_from_string((const char *)r->p, n, 0);
    r->p += n;
    return v != NULL ? v : r_failed(r);
}

// ---- Reading code objects ----

static int is_jump(unsigned op) {
    switch (op) {
    case PT_OP_JUMP: case PT_OP_JUMP_BACKWARD: case PT_OP_POP_JUMP_IF_FALSE:
    case PT_OP_POP_JUMP_IF_TRUE: case PT_OP_POP_JUMP_IF_NONE: case PT_OP_POP_JUMP_IF_NOT_NONE:
    case PT_OP_JUMP_IF_FALSE_OR_POP: case PT_OP_JUMP_IF_TRUE_OR_POP: case PT_OP_FOR_ITER:
    case PT_OP_SEND:
        return 1;
    }
    return 0;
}

// The structural checks of a loaded code object (not a proof of safety, but
// they reject anything the compiler cannot have produced). 1 valid, 0 not.
static int code_is_valid(const uint32_t *code, uint32_t ncode, const uint8_t *kinds,
                         int32_t nlocalsplus, int32_t nlocals, pt_ssize nconsts, pt_ssize nnames,
                         const PtExcEntry *exc, uint32_t nexc, int32_t stacksize) {
    if (ncode == 0 || nlocals < 0 || nlocals > nlocalsplus || stacksize < 0 ||
        stacksize > 1000000) {
        return 0;
    }
    uint8_t *start = pt_mem_alloc_zero(ncode);
    if (start == NULL) {
        return 0;
    }
    int ok = 1;
    for (uint32_t i = 0; i < ncode && ok;) {
        unsigned op = pt_instr_op(code[i]);
        ok = op < PT_OP_COUNT;
        start[i] = 1;
        i += ok ? 1u + pt_opcode_cache_words[op] : 1u;
        ok = ok && i <= ncode;
    }
    for (uint32_t i = 0; i < ncode && ok; i++) {
        if (!start[i]) {
            continue;
        }
        unsigned op = pt_instr_op(code[i]);
        uint32_t arg = pt_instr_arg(code[i]);
        if (is_jump(op)) {
            ok = arg < ncode && start[arg];
        }
        switch (op) {
        case PT_OP_LOAD_CONST: case PT_OP_RETURN_CONST:
            ok = ok && arg < (uint32_t)nconsts;
            break;
        case PT_OP_LOAD_NAME: case PT_OP_STORE_NAME: case PT_OP_DELETE_NAME:
        case PT_OP_STORE_GLOBAL: case PT_OP_DELETE_GLOBAL: case PT_OP_LOAD_ATTR:
        case PT_OP_STORE_ATTR: case PT_OP_DELETE_ATTR: case PT_OP_LOAD_METHOD:
        case PT_OP_LOAD_SUPER_METHOD: case PT_OP_IMPORT_NAME: case PT_OP_IMPORT_FROM:
            ok = ok && arg < (uint32_t)nnames;
            break;
        case PT_OP_LOAD_GLOBAL:
            ok = ok && (arg >> 1) < (uint32_t)nnames;
            break;
        case PT_OP_LOAD_FAST: case PT_OP_STORE_FAST: case PT_OP_DELETE_FAST:
            ok = ok && arg < (uint32_t)nlocals;
            break;
        case PT_OP_LOAD_DEREF: case PT_OP_STORE_DEREF: case PT_OP_DELETE_DEREF:
        case PT_OP_LOAD_CLOSURE: case PT_OP_LOAD_CLASSDEREF: case PT_OP_MAKE_CELL:
            ok = ok && arg < (uint32_t)nlocalsplus && (kinds[arg] & (PT_LK_CELL | PT_LK_FREE));
            break;
        case PT_OP_COPY_FREE_VARS:
            ok = ok && arg <= (uint32_t)nlocalsplus;
            break;
        default:
            break;
        }
    }
    for (uint32_t k = 0; k < nexc && ok; k++) {
        const PtExcEntry *e = &exc[k];
        ok = e->start < e->end && e->end <= ncode && start[e->start] && e->target < ncode &&
             start[e->target] && (int32_t)(e->depth + e->lasti + 1) <= stacksize &&
             (k == 0 || exc[k - 1].end <= e->start);
    }
    pt_mem_free(start, ncode);
    return ok;
}

typedef struct CodeParts {
    uint32_t *code;
    uint32_t ncode;
    PtLocation *locs;
    PtExcEntry *exc;
    uint32_t nexc;
    uint8_t *kinds;
    int32_t nkinds;
} CodeParts;

static void parts_free(CodeParts *p) {
    pt_mem_free(p->code, p->ncode * sizeof(uint32_t));
    pt_mem_free(p->locs, p->ncode * sizeof(PtLocation));
    pt_mem_free(p->exc, p->nexc * sizeof(PtExcEntry));
    pt_mem_free(p->kinds, p->kinds != NULL ? (size_t)p->nkinds + 1 : 0);  // allocated with one spare byte
}

static int is_str_tuple(PtObject *t) {
    if (t == NULL || !pt_is_tuple_exact(t)) {
        return 0;
    }
    for (pt_ssize i = 0; i < pt_tuple_len(t); i++) {
        if (!pt_is_str_exact(pt_tuple_get(t, i))) {
            return 0;
        }
    }
    return 1;
}

static PtObject *r_code(Reader *r) {
    CodeParts p;
    memset(&p, 0, sizeof p);
    PtObject *consts = NULL, *names = NULL, *lpnames = NULL, *filename = NULL, *name = NULL,
             *qualname = NULL, *result = NULL;
    p.ncode = r_len(r, 4);
    if (r->bad || p.ncode == 0) {
        r->bad = 1;
        return NULL;
    }
    p.code = pt_mem_alloc(p.ncode * sizeof(uint32_t));
    p.locs = pt_mem_alloc(p.ncode * sizeof(PtLocation));
    if (p.code == NULL || p.locs == NULL) {
        pt_err_no_memory();
        r->error = 1;
        goto done;
    }
    for (uint32_t i = 0; i < p.ncode; i++) {
        p.code[i] = r_u32(r);
    }
    uint32_t flags = r_u32(r);
    int32_t ints[6];
    for (int i = 0; i < 6; i++) {
        ints[i] = (int32_t)r_u32(r);
    }
    consts = r_value(r);
    names = consts ? r_value(r) : NULL;
    lpnames = names ? r_value(r) : NULL;
    if (lpnames == NULL || !pt_is_tuple_exact(consts) || !is_str_tuple(names) ||
        !is_str_tuple(lpnames)) {
        r->bad = 1;
        goto done;
    }
    p.nkinds = (int32_t)pt_tuple_len(lpnames);
    if (r_need(r, (size_t)p.nkinds) < 0) {
        goto done;
    }
    p.kinds = pt_mem_alloc((size_t)p.nkinds + 1);
    if (p.kinds == NULL) {
        pt_err_no_memory();
        r->error = 1;
        goto done;
    }
    memcpy(p.kinds, r->p, (size_t)p.nkinds);
    r->p += p.nkinds;
    filename = r_value(r);
    name = filename ? r_value(r) : NULL;
    qualname = name ? r_value(r) : NULL;
    if (qualname == NULL || !pt_is_str_exact(filename) || !pt_is_str_exact(name) ||
        !pt_is_str_exact(qualname)) {
        r->bad = 1;
        goto done;
    }
    int32_t prev = ints[5];
    for (uint32_t i = 0; i < p.ncode; i++) {
        PtLocation *l = &p.locs[i];
        l->line = (int32_t)(prev + r_svarint(r));
        l->end_line = (int32_t)(l->line + r_svarint(r));
        l->col = (int32_t)r_varint(r) - 1;
        l->end_col = (int32_t)r_varint(r) - 1;
        prev = l->line;
    }
    p.nexc = r_len(r, 16);
    if (r->bad) {
        goto done;
    }
    if (p.nexc) {
        p.exc = pt_mem_alloc(p.nexc * sizeof(PtExcEntry));
        if (p.exc == NULL) {
            pt_err_no_memory();
            r->error = 1;
            goto done;
        }
    }
    for (uint32_t i = 0; i < p.nexc; i++) {
        PtExcEntry *e = &p.exc[i];
        e->start = r_u32(r);
        e->end = r_u32(r);
        e->target = r_u32(r);
        uint32_t dl = r_u32(r);
        e->depth = (uint16_t)dl;
        e->lasti = (uint16_t)(dl >> 16);
    }
    if (r->bad || !code_is_valid(p.code, p.ncode, p.kinds, p.nkinds, ints[3],
                                 pt_tuple_len(consts), pt_tuple_len(names), p.exc, p.nexc,
                                 ints[4])) {
        r->bad = 1;
        goto done;
    }
    result = pt_code_new(p.code, p.ncode, flags, ints[0], ints[1], ints[2], ints[3], ints[4],
                         ints[5], consts, names, lpnames, p.kinds, filename, name, qualname,
                         p.locs, p.exc, p.nexc);
    if (result == NULL) {
        r_failed(r);
    }
done:
    parts_free(&p);
    pt_xdecref(consts);
    pt_xdecref(names);
    pt_xdecref(lpnames);
    pt_xdecref(filename);
    pt_xdecref(name);
    pt_xdecref(qualname);
    return result;
}

static PtObject *r_value_inner(Reader *r, int tag) {
    switch (tag) {
    case 'N': return pt_newref(pt_None);
    case 'T': return pt_newref(pt_True);
    case 'F': return pt_newref(pt_False);
    case '.': return pt_newref(pt_Ellipsis);
    case 'i': {
        int64_t v = (int64_t)r_u64(r);
        return r->bad ? NULL : pt_int_from_i64(v);
    }
    case 'l': return r_int(r);
    case 'g': {
        double d = r_double(r);
        return r->bad ? NULL : pt_float_new(d);
    }
    case 'y': {
        double re = r_double(r), im = r_double(r);
        return r->bad ? NULL : pt_complex_new(re, im);
    }
    case 'u': return r_str(r, 0);
    case 'U': return r_str(r, 1);
    case 'r': {
        uint32_t k = r_u32(r);
        if (r->bad || k >= r->nstrs) {
            r->bad = 1;
            return NULL;
        }
        return pt_newref(r->strs[k]);
    }
    case 's': {
        uint32_t n = r_len(r, 1);
        if (r->bad) {
            return NULL;
        }
        PtObject *b = pt_bytes_new(r->p, n);
        r->p += n;
        return b != NULL ? b : r_failed(r);
    }
    case '(': return r_tuple(r);
    case '[': return r_list(r);
    case '{': return r_dict(r);
    case '<': return r_set(r, 0);
    case '>': return r_set(r, 1);
    case 'c': return r_code(r);
    default:
        r->bad = 1;
        return NULL;
    }
}

static PtObject *r_value(Reader *r) {
    int tag = r_byte(r);
    if (tag < 0) {
        return NULL;
    }
    if (++r->depth > MARSHAL_MAX_DEPTH) {
        r->bad = 1;
        return NULL;
    }
    PtObject *v = r_value_inner(r, tag);
    r->depth--;
    return v;
}

static void reader_free(Reader *r) {
    for (size_t i = 0; i < r->nstrs; i++) {
        pt_decref(r->strs[i]);
    }
    pt_mem_free(r->strs, r->capstrs * sizeof(PtObject *));
}

PtObject *pt_marshal_loads(const char *data, size_t len) {
    Reader r;
    memset(&r, 0, sizeof r);
    r.p = (const unsigned char *)data;
    r.end = r.p + len;
    PtObject *v = r_value(&r);
    reader_free(&r);
    if (v == NULL && !r.error) {
        if (r.p >= r.end) {
            return pt_err_set_string(pt_exc_EOFError, "EOF read where object expected");
        }
        return pt_err_set_string(pt_exc_ValueError, "bad marshal data");
    }
    return v;
}

static uint64_t read_u64_at(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

int pt_marshal_load_code(const char *data, size_t len, int64_t source_mtime, int64_t source_size,
                         PtObject **out) {
    *out = NULL;
    const unsigned char *p = (const unsigned char *)data;
    if (len < PYC_HEADER || memcmp(p, pyc_magic, sizeof pyc_magic) != 0 ||
        (int64_t)read_u64_at(p + 16) != source_mtime ||
        (int64_t)read_u64_at(p + 24) != source_size) {
        return 0;
    }
    uint32_t sum = (uint32_t)p[12] | ((uint32_t)p[13] << 8) | ((uint32_t)p[14] << 16) |
                   ((uint32_t)p[15] << 24);
    if (sum != fnv1a(p + PYC_HEADER, len - PYC_HEADER)) {
        return 0;
    }
    Reader r;
    memset(&r, 0, sizeof r);
    r.p = p + PYC_HEADER;
    r.end = p + len;
    PtObject *v = r_value(&r);
    reader_free(&r);
    if (r.error) {
        pt_xdecref(v);
        return -1;
    }
    if (v == NULL || pt_tid(v) != PT_TID_CODE || r.p != r.end) {
        pt_xdecref(v);
        pt_err_clear();
        return 0;
    }
    *out = v;
    return 1;
}

long pt_marshal_cache_path(const char *source_path, char *buf, size_t bufsize) {
    size_t n = strlen(source_path);
    if (n < 4 || strcmp(source_path + n - 3, ".py") != 0) {
        return -1;
    }
    const char *slash = strrchr(source_path, '/');
    size_t dirlen = slash ? (size_t)(slash - source_path) + 1 : 0;
    const char *base = source_path + dirlen;
    size_t baselen = n - dirlen - 3;
    int w = snprintf(buf, bufsize, "%.*s__pycache__/%.*s.pith-01.pyc", (int)dirlen, source_path,
                     (int)baselen, base);
    if (w < 0 || (size_t)w >= bufsize) {
        return -1;
    }
    return w;
}
