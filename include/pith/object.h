// include/pith/object.h: values, the object header, reference counts, type slots.
//
// A value is one 64-bit word, `PtObject *`, that is either a real pointer or an
// immediate:
//
//   ...xxxx1   small int: the word shifted right by one (63-bit signed)
//   ...xx010   immediate float: a double in the common exponent range, packed
//   ...xx000   pointer to a heap object (NULL is the error sentinel)
//
// Code that may see any value goes through pt_type(), pt_incref() and
// pt_decref(), which all handle immediates; code that knows it holds a heap
// object may use the header directly. `is` and id() on ints and floats are
// value-based, as DESIGN.md section 2 allows.
//
// The heap object header is one word: a 32-bit reference count, a 24-bit type
// id (an index into pt_type_table) and 8 flag bits. Builtin types have fixed
// ids from include/pith/types.def, so a check like pt_is_list() is one compare.
// Static objects (None, True, types) start with PT_REFCNT_STATIC and are never
// freed. Containers tracked by the cycle collector carry a GC pre-header
// before the object (see src/mem/gc.h); nothing here depends on its layout.
#ifndef PT_OBJECT_H
#define PT_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "pith/config.h"  // PT_DEBUG

typedef struct PtObject PtObject;
typedef struct PtType PtType;
typedef intptr_t pt_ssize;
typedef int64_t pt_hash;

struct PtObject {
    uint32_t refcnt;
    uint32_t tinfo;  // low 24 bits: type id; high 8 bits: PT_OF_* flags
};

// Per-object flags in the high byte of tinfo.
enum {
    PT_OF_GC = 1u << 24,         // has a GC pre-header (type is a GC type)
    PT_OF_TRACKED = 1u << 25,    // linked into a GC generation
    PT_OF_WEAKREFS = 1u << 26,   // has entries in the weakref side table
    PT_OF_FINALIZED = 1u << 27,  // __del__ already ran (PEP 442)
    PT_OF_STATIC = 1u << 28,     // statically allocated, never freed
    PT_OF_USER1 = 1u << 29,      // type-specific (str: interned)
    PT_OF_USER2 = 1u << 30,      // type-specific
    PT_OF_USER3 = 1u << 31,      // type-specific
};
#define PT_TID_MASK 0x00FFFFFFu
#define PT_REFCNT_STATIC 0x40000000u

// The builtin type ids, in include/pith/types.def order.
enum {
#define PT_TYPE(id, cname, pyname) PT_TID_##id,
#include "pith/types.def"
#undef PT_TYPE
    PT_TID_BUILTIN_COUNT
};

// The builtin type objects themselves (see types.def).
#define PT_TYPE(id, cname, pyname) extern PtType cname;
#include "pith/types.def"
#undef PT_TYPE

extern PtType **pt_type_table;  // indexed by type id; grows as classes are made

// ---- Immediates ----

#define PT_SMALLINT_MAX ((int64_t)(INT64_MAX >> 1))
#define PT_SMALLINT_MIN ((int64_t)(INT64_MIN >> 1))

static inline bool pt_is_smallint(const PtObject *v) { return ((uintptr_t)v & 1) != 0; }
static inline bool pt_is_immfloat(const PtObject *v) { return ((uintptr_t)v & 7) == 2; }
static inline bool pt_is_heap(const PtObject *v) { return ((uintptr_t)v & 7) == 0; }

// A small int value; the caller checks the range (pt_int_from_i64 does not need to).
static inline PtObject *pt_smallint(int64_t i) { return (PtObject *)(((uintptr_t)i << 1) | 1); }
static inline int64_t pt_smallint_value(const PtObject *v) { return (int64_t)(intptr_t)v >> 1; }
static inline bool pt_smallint_fits(int64_t i) { return i >= PT_SMALLINT_MIN && i <= PT_SMALLINT_MAX; }

// Immediate floats keep the sign, 52 mantissa bits and the low 8 bits of an
// exponent in [896, 1151] (magnitudes about 2^-127 to 2^128). The encoding
// rotates the sign to bit 0, rebases the exponent so it fits, and shifts the
// payload over the 3 tag bits. +0.0 is the bare tag. Everything else is boxed.
#define PT_IMMFLOAT_EXP_BASE 896ull
static inline PtObject *pt_immfloat_try(double d) {
    union { double d; uint64_t u; } c = { d };
    if (c.u == 0) {
        return (PtObject *)(uintptr_t)2;
    }
    uint64_t e = (c.u >> 52) & 0x7ff;
    if (e < PT_IMMFLOAT_EXP_BASE || e > PT_IMMFLOAT_EXP_BASE + 255) {
        return NULL;
    }
    uint64_t r = (c.u << 1) | (c.u >> 63);  // exp:11 mant:52 sign:1
    r -= PT_IMMFLOAT_EXP_BASE << 53;        // exponent now fits in 8 bits
    return (PtObject *)(uintptr_t)((r << 3) | 2);
}
static inline double pt_immfloat_value(const PtObject *v) {
    uint64_t r = (uint64_t)(uintptr_t)v >> 3;
    union { uint64_t u; double d; } c;
    if (r == 0) {
        c.u = 0;
        return c.d;
    }
    r += PT_IMMFLOAT_EXP_BASE << 53;
    c.u = (r >> 1) | (r << 63);
    return c.d;
}

// ---- Types of values ----

extern PtType pt_int_type, pt_float_type;

static inline uint32_t pt_tid(const PtObject *v) {
    if (pt_is_smallint(v)) {
        return PT_TID_INT;
    }
    if (!pt_is_heap(v)) {
        return PT_TID_FLOAT;
    }
    return v->tinfo & PT_TID_MASK;
}

// Borrowed: the type of any value.
static inline PtType *pt_type(const PtObject *v) { return pt_type_table[pt_tid(v)]; }

static inline bool pt_has_flag(const PtObject *o, uint32_t f) { return (o->tinfo & f) != 0; }
static inline void pt_set_flag(PtObject *o, uint32_t f) { o->tinfo |= f; }
static inline void pt_clear_flag(PtObject *o, uint32_t f) { o->tinfo &= ~f; }

// ---- Reference counts ----

// Frees a heap object whose count reached zero (src/obj/object.c). Iterative:
// a long chain of frees never recurses deeply in C.
void pt_dealloc(PtObject *o);

#if PT_DEBUG
// The total of reference-count changes, for the refleak mode (debug builds;
// defined in src/mem/stats.c, read by sys._debug_refcount_total): +1 per
// incref, -1 per decref that leaves the object alive; static objects are
// left out, as CPython leaves out immortal ones. A new object's first
// reference and its last decref are not counted either, so the total is the
// sum of (refcnt - 1) over live heap objects: it grows when references leak.
extern int64_t pt_debug_refcount_total;
#endif
// Count `n` references added to (or, negative, dropped from) heap object `o`
// without pt_incref/pt_decref; a no-op outside debug builds.
static inline void pt_reftotal_add(PtObject *o, int64_t n) {
#if PT_DEBUG
    if (!(o->tinfo & PT_OF_STATIC)) {
        pt_debug_refcount_total += n;
    }
#else
    (void)o;
    (void)n;
#endif
}

static inline void pt_incref(PtObject *v) {
    if (pt_is_heap(v)) {
        v->refcnt++;
        pt_reftotal_add(v, 1);
    }
}
static inline void pt_xincref(PtObject *v) {
    if (v != NULL) {
        pt_incref(v);
    }
}
static inline void pt_decref(PtObject *v) {
    if (pt_is_heap(v)) {
        if (--v->refcnt == 0) {
            pt_dealloc(v);
        } else {
            pt_reftotal_add(v, -1);
        }
    }
}
static inline void pt_xdecref(PtObject *v) {
    if (v != NULL) {
        pt_decref(v);
    }
}
// New reference to `v`, for `return pt_newref(x);`.
static inline PtObject *pt_newref(PtObject *v) {
    pt_incref(v);
    return v;
}
// Replace *slot with `v` (stolen), dropping the old value after the store.
static inline void pt_setref(PtObject **slot, PtObject *v) {
    PtObject *old = *slot;
    *slot = v;
    pt_xdecref(old);
}
// Clear *slot, dropping the old value after the store.
static inline void pt_clearref(PtObject **slot) { pt_setref(slot, NULL); }

// ---- Slot signatures ----

typedef int (*PtVisitFn)(PtObject *v, void *arg);
typedef void (*PtDeallocFn)(PtObject *o);
typedef int (*PtTraverseFn)(PtObject *o, PtVisitFn visit, void *arg);
typedef int (*PtClearFn)(PtObject *o);
typedef PtObject *(*PtUnaryFn)(PtObject *a);
typedef PtObject *(*PtBinaryFn)(PtObject *a, PtObject *b);
typedef PtObject *(*PtTernaryFn)(PtObject *a, PtObject *b, PtObject *c);
typedef pt_hash (*PtHashFn)(PtObject *o);                           // -1 on error
typedef PtObject *(*PtCompareFn)(PtObject *a, PtObject *b, int op);  // may return pt_NotImplemented
typedef PtObject *(*PtGetattrFn)(PtObject *o, PtObject *name);
typedef int (*PtSetattrFn)(PtObject *o, PtObject *name, PtObject *value);  // value NULL: delete
typedef PtObject *(*PtDescrGetFn)(PtObject *descr, PtObject *obj, PtObject *type);
typedef int (*PtDescrSetFn)(PtObject *descr, PtObject *obj, PtObject *value);  // value NULL: delete
typedef pt_ssize (*PtLenFn)(PtObject *o);                                      // -1 on error
typedef int (*PtInquiryFn)(PtObject *o);                                       // 1/0, -1 on error
typedef int (*PtObjObjFn)(PtObject *o, PtObject *v);                           // contains: 1/0/-1
typedef int (*PtSetItemFn)(PtObject *o, PtObject *k, PtObject *v);  // v NULL: delete
typedef PtObject *(*PtSsizeArgFn)(PtObject *o, pt_ssize i);

// The calling convention (vectorcall): `args[0..nargs)` are positional; if
// `kwnames` (a tuple of str) is not NULL, its values follow in args. Arguments
// are borrowed; the result is a new reference or NULL with an exception set.
typedef PtObject *(*PtCallFn)(PtObject *callable, PtObject *const *args, size_t nargs,
                              PtObject *kwnames);
// type.__new__-style constructor and __init__: same convention, plus the type.
typedef PtObject *(*PtNewFn)(PtType *type, PtObject *const *args, size_t nargs,
                             PtObject *kwnames);
typedef int (*PtInitFn)(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames);

// Comparison operators, as in CPython's ordering.
enum { PT_LT = 0, PT_LE = 1, PT_EQ = 2, PT_NE = 3, PT_GT = 4, PT_GE = 5 };

// Numeric protocol. Binary slots are called for both operands' types, as
// CPython's nb_* slots are: each may return pt_NotImplemented.
typedef struct PtNumberMethods {
    PtBinaryFn add, sub, mul, matmul, truediv, floordiv, mod, divmod, lshift, rshift, and_, or_, xor;
    PtTernaryFn pow;
    PtBinaryFn iadd, isub, imul, imatmul, itruediv, ifloordiv, imod, ilshift, irshift, iand, ior,
        ixor;
    PtTernaryFn ipow;
    PtUnaryFn neg, pos, abs, invert, int_, float_, index;
    PtInquiryFn bool_;
} PtNumberMethods;

typedef struct PtSequenceMethods {
    PtLenFn len;
    PtBinaryFn concat;
    PtSsizeArgFn repeat;
    PtSsizeArgFn item;  // with a non-negative index already adjusted
    PtObjObjFn contains;
    PtBinaryFn inplace_concat;
    PtSsizeArgFn inplace_repeat;
} PtSequenceMethods;

typedef struct PtMappingMethods {
    PtLenFn len;
    PtBinaryFn subscript;
    PtSetItemFn ass_subscript;
} PtMappingMethods;

// Builtin methods and functions.
enum {
    PT_METH_NOARGS = 1,   // PtObject *f(PtObject *self, PtObject *unused)
    PT_METH_O = 2,        // PtObject *f(PtObject *self, PtObject *arg)
    PT_METH_FAST = 3,     // PtObject *f(PtObject *self, PtObject *const *args, size_t nargs)
    PT_METH_FASTKW = 4,   // PtObject *f(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames)
    PT_METH_KIND = 7,
    PT_METH_CLASS = 8,    // classmethod: self is the type
    PT_METH_STATIC = 16,  // staticmethod: self is NULL
};
typedef struct PtMethodDef {
    const char *name;
    void (*fn)(void);  // cast to the signature its flags name
    int flags;
    const char *doc;
} PtMethodDef;
#define PT_FN(f) ((void (*)(void))(f))

// A C field exposed as an attribute (used for __slots__ too).
enum {
    PT_MEMBER_OBJECT = 1,  // PtObject * field, None when NULL
    PT_MEMBER_OBJECT_EX,   // PtObject * field, AttributeError when NULL
    PT_MEMBER_INT,         // int
    PT_MEMBER_SSIZE,       // pt_ssize
    PT_MEMBER_DOUBLE,      // double
    PT_MEMBER_BOOL,        // bool (C char)
};
enum { PT_MEMBER_READONLY = 1 };
typedef struct PtMemberDef {
    const char *name;
    int kind;
    size_t offset;
    int flags;
    const char *doc;
} PtMemberDef;

typedef struct PtGetSetDef {
    const char *name;
    PtObject *(*get)(PtObject *self, void *closure);
    int (*set)(PtObject *self, PtObject *value, void *closure);  // value NULL: delete
    const char *doc;
    void *closure;
} PtGetSetDef;

// Type flags.
enum {
    PT_TF_BASETYPE = 1u << 0,      // may be subclassed
    PT_TF_HEAPTYPE = 1u << 1,      // created by a class statement or type()
    PT_TF_GC = 1u << 2,            // instances carry a GC pre-header
    PT_TF_READY = 1u << 3,         // pt_type_ready ran
    PT_TF_ABSTRACT = 1u << 4,      // has abstract methods
    PT_TF_INLINE_VALUES = 1u << 5, // instances keep attribute values inline (shared keys)
    PT_TF_HAS_DICT = 1u << 6,      // instances have a __dict__ (prefix slot dict_word)
    PT_TF_SEQUENCE = 1u << 7,      // match: sequence pattern
    PT_TF_MAPPING = 1u << 8,       // match: mapping pattern
    PT_TF_IMMUTABLE = 1u << 9,     // attributes cannot be set
    PT_TF_HAS_FINALIZER = 1u << 10,// has __del__ (tp_finalize)
    PT_TF_WEAKREFABLE = 1u << 11,  // instances may be weakly referenced (side table)
    // "Is this builtin or a subclass of it": set on the builtin, inherited.
    PT_TF_INT_SUB = 1u << 16,
    PT_TF_STR_SUB = 1u << 17,
    PT_TF_BYTES_SUB = 1u << 18,
    PT_TF_LIST_SUB = 1u << 19,
    PT_TF_TUPLE_SUB = 1u << 20,
    PT_TF_DICT_SUB = 1u << 21,
    PT_TF_EXC_SUB = 1u << 22,
    PT_TF_TYPE_SUB = 1u << 23,
};

struct PtType {
    PtObject ob;
    const char *name;  // tp_name: "module.Name" for C types outside builtins
    pt_ssize basicsize, itemsize;
    uint32_t flags;
    uint32_t tid;  // this type's index in pt_type_table

    PtDeallocFn dealloc;
    PtTraverseFn traverse;
    PtClearFn clear;
    void (*finalize)(PtObject *o);  // __del__, PEP 442 style
    PtUnaryFn repr, str;
    PtHashFn hash;
    PtCompareFn richcompare;
    PtGetattrFn getattro;
    PtSetattrFn setattro;
    PtCallFn call;
    PtUnaryFn iter;
    PtUnaryFn iternext;  // NULL with no exception set: exhausted
    PtDescrGetFn descr_get;
    PtDescrSetFn descr_set;
    PtNewFn new_;
    PtInitFn init;
    PtNumberMethods *as_number;
    PtSequenceMethods *as_sequence;
    PtMappingMethods *as_mapping;

    const PtMethodDef *methods;
    const PtMemberDef *members;
    const PtGetSetDef *getset;
    const char *doc;

    PtType *base;       // the solid base
    PtObject *bases;    // tuple
    PtObject *mro;      // tuple
    PtObject *dict;     // the type's namespace (a dict)
    PtObject *subclasses;  // list of weak references or NULL
    PtObject *ht_name, *ht_qualname, *ht_module;  // str; heap types
    PtObject *ht_slots;  // tuple of slot names, heap types
    PtObject *cached_keys;  // shared keys of instances (heap types), or NULL
    PtObject *(*sizeof_)(PtObject *o);  // __sizeof__ for sys.getsizeof, NULL: basicsize
    uint32_t prefix_words;  // value slots before the header (see Allocation below)
    int32_t dict_word;      // index in the prefix of the __dict__ slot, or -1
    uint64_t version;  // bumped whenever the type or a base changes (inline caches)
    void *heap;  // heap types: storage for the method tables they own
};

// The object that stands for NotImplemented, None, Ellipsis, True, False.
extern PtObject pt_NoneObj, pt_NotImplementedObj, pt_EllipsisObj;
#define pt_None (&pt_NoneObj)
#define pt_NotImplemented (&pt_NotImplementedObj)
#define pt_Ellipsis (&pt_EllipsisObj)

static inline bool pt_is_type_id(const PtObject *v, uint32_t tid) { return pt_tid(v) == tid; }
static inline bool pt_type_is_subtype_flag(const PtType *t, uint32_t f) { return (t->flags & f) != 0; }

// ---- Allocation (src/obj/object.c) ----
//
// Memory layout of a heap object, low addresses first:
//
//   [prefix: type->prefix_words value slots]  heap subclasses only: __slots__
//                                              values, the __dict__ pointer
//   [GC pre-header, if PT_OF_GC]               PT_GC_HEAD_SIZE bytes, src/mem/gc.h
//   [PtObject header][the C struct's fields]  what `PtObject *` points at
//
// So a builtin type's C layout never changes when Python code subclasses it:
// everything a class statement adds lives in the prefix (pt_object_prefix).
//
// `size` is the size of the C struct part (header included), as the type's own
// code computes it: sizeof(PtList), or sizeof(PtTuple) + n * sizeof(PtObject *).
// The object comes back with refcount 1, its type id set (a new reference to a
// heap type is taken), the rest zeroed, prefix slots NULL. GC types get their
// pre-header but are not tracked: call pt_gc_track when fully initialised.
// NULL with MemoryError set on failure.
#define PT_GC_HEAD_SIZE 16
PtObject *pt_object_alloc(PtType *type, size_t size);
// The same, zeroing only the first `zeroed` bytes of the C struct (the rest,
// e.g. a string's characters, is the caller's to fill).
PtObject *pt_object_alloc_partial(PtType *type, size_t size, size_t zeroed);
// Release the memory of a dead object allocated with `size`; the last thing a
// dealloc slot does. Drops the reference to a heap type.
void pt_object_free(PtObject *o, size_t size);
// The prefix value slots of an instance of a heap type (its type's prefix_words).
static inline PtObject **pt_object_prefix(PtObject *o, uint32_t prefix_words) {
    char *start = (char *)o - (pt_has_flag(o, PT_OF_GC) ? PT_GC_HEAD_SIZE : 0);
    return (PtObject **)start - prefix_words;
}
// Track `o` in the cycle collector (src/mem/gc.c); o must be a GC object.
void pt_gc_track(PtObject *o);
void pt_gc_untrack(PtObject *o);

// The header of a statically allocated object of builtin type `ID`.
#define PT_STATIC_HEADER(ID) { .refcnt = PT_REFCNT_STATIC, .tinfo = PT_TID_##ID | PT_OF_STATIC }

#endif  // PT_OBJECT_H
