// src/vm/eval.c: the evaluation loop.
//
// One C function, pt_eval_frame, runs bytecode (src/compile/opcodes.def) for
// a chain of frames. Design:
// - Dispatch by computed goto (GCC/Clang) with a switch fallback; the
//   instruction word is fetched once per instruction and the frame's `instr`
//   is updated so tracebacks, f_lineno and the exception table always see the
//   right position.
// - Registers: ip (next word), sp (value-stack top), lp (localsplus), and
//   the code's constants, names and inline caches.
// - Python-to-Python calls push a frame on the thread's data stack and jump
//   to start_frame; RETURN_VALUE pops it and resumes the caller. Only calls
//   from C (slots, builtins, generators) enter a new pt_eval_frame.
// - Exceptions are zero-cost: nothing is set up on `try`; on an error the
//   exception table of the code gives the handler, the stack depth to unwind
//   to and whether to push the raising instruction's index.
// - Inline caches (PtCache, one per cached instruction, allocated on first
//   execution): LOAD_GLOBAL keyed by the globals and builtins dict versions;
//   LOAD_ATTR and LOAD_METHOD keyed by the type's version. Fast paths for
//   small-int and float arithmetic and comparisons, list/tuple indexing.
// - The eval breaker (GIL drop requests, signals, scheduled GC) is checked
//   at function entry, backward jumps and after calls.
// See docs/internals/eval.md; tests: tests/golden/lang/ (everything).
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "pith.h"          // the object API
#include "pith/slice.h"    // pt_slice_new
#include "mem/gc.h"        // pt_gc_maybe_collect, pt_gc_due_hook
#include "obj/code.h"      // PtCode, opcodes
#include "obj/dict.h"      // PtDict (versions for the global cache)
#include "obj/descr.h"     // PtBuiltin, PtMethodDescr, PtMethod, PtSlotDescr
#include "obj/exc.h"       // exception internals
#include "obj/func.h"      // PtFunction, PtCell
#include "obj/gen.h"       // generators: SEND, YIELD_VALUE
#include "obj/instance.h"  // PtInlineValues
#include "obj/iter.h"      // PtSeqIter, PtRangeIter: FOR_ITER fast paths
#include "obj/list.h"      // PtList
#include "obj/type.h"      // pt_instance_get/set: inline attribute values
#include "vm/errors.h"     // pt_traceback_here
#include "vm/eval.h"       // declarations
#include "vm/frame.h"      // PtFrame
#include "vm/ops.h"        // the longer opcode bodies
#include "vm/state.h"      // PtThreadState

#if defined(__GNUC__)
#define PT_COMPUTED_GOTO 1
#define PT_LIKELY(x) __builtin_expect(!!(x), 1)
#define PT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PT_HOT_INLINE inline __attribute__((always_inline))
#define PT_NOINLINE __attribute__((noinline))
#else
#define PT_HOT_INLINE inline
#define PT_NOINLINE
#define PT_COMPUTED_GOTO 0
#define PT_LIKELY(x) (x)
#define PT_UNLIKELY(x) (x)
#endif

#define FN(o) ((PtFunction *)(void *)(o))

// CALL unpacks bound methods (PtMethod, src/obj/descr.h) so the function
// runs in this loop with self prepended.
typedef PtMethod PtMethodView;

// ---- Inline caches ----

// Cache kinds. Attribute caches: what the MRO lookup found (CK_NONE:
// nothing; CK_SLOT: a __slots__ member of the type, read directly).
// CALL caches: CK_INIT, a class whose instances are made by object.__new__
// and initialised by the Python function `ptr` (its __init__).
enum { CK_EMPTY = 0, CK_NONE, CK_DATA, CK_NONDATA, CK_PLAIN, CK_METHOD, CK_SLOT, CK_INIT };

// Type versions come from one global counter (src/obj/type.c) and are never
// 0 once a type is ready, so `key1 == type->version` alone proves the cache
// was filled for this very type in its current state.
typedef struct PtCache {
    uint64_t key1;    // LOAD_GLOBAL: globals version; attributes, CALL: type version
    uint64_t key2;    // LOAD_GLOBAL: builtins version
    PtObject *ptr;    // borrowed: the cached value or descriptor
    PtObject *ptr2;   // LOAD_GLOBAL: the globals dict the entry is for
    uint32_t kind;    // CK_*
    int32_t off;      // attributes: byte offset of the __dict__ word from the object, 0 if none
    uint32_t ix;      // attributes: instance dict entry hint; CK_SLOT: the slot word index
    uint32_t vix;     // attributes: the name's index in the class's shared keys, or VIX_NONE
    uint32_t nkeys;   // attributes: size of the shared keys when the name was found absent
} PtCache;

#define VIX_NONE UINT32_MAX

static inline int is_inline_values(PtObject *s) { return pt_inline_values_check(s); }
static inline PtInlineValues *inline_values(PtObject *s) { return pt_inline_values(s); }
// The __dict__ word of `o` at byte offset `off` (PtCache.off).
static inline PtObject **dict_word_at(PtObject *o, int32_t off) { return (PtObject **)(void *)((char *)o + off); }

static inline uint64_t dict_version(PtObject *d) { return ((PtDict *)(void *)d)->version; }

static PtCache *alloc_caches(PtCode *co) {
    if (co->caches == NULL && co->ncaches > 0) {
        co->caches = pt_raw_alloc_zero((size_t)co->ncaches * sizeof(PtCache));
        if (co->caches == NULL) {
            pt_err_no_memory();
            return NULL;
        }
    }
    return (PtCache *)co->caches;
}

// The value of global `name` through cache `c`. New reference or NULL.
static inline PtObject *load_global(PtFrame *f, PtObject *name, PtCache *c) {
    PtObject *g = f->globals, *b = f->builtins;
    if (PT_LIKELY(pt_is_dict_exact(g) && pt_is_dict_exact(b))) {
        if (c->ptr2 == g && c->key1 == dict_version(g) && c->key2 == dict_version(b) && c->kind) {
            return pt_newref(c->ptr);
        }
        PtObject *v = pt_dict_get_str(g, name);
        if (v == NULL) {
            v = pt_dict_get_str(b, name);
        }
        if (v != NULL) {
            c->ptr2 = g;
            c->key1 = dict_version(g);
            c->key2 = dict_version(b);
            c->ptr = v;
            c->kind = CK_PLAIN;
            return pt_newref(v);
        }
    }
    return pt_op_load_global(g, b, name);
}

// The address of the instance __dict__ word of `o` (inline copy of
// pt_instance_dict_slot), or NULL.
static inline PtObject **instance_slot(PtObject *o, PtType *t) {
    if ((t->flags & PT_TF_HAS_DICT) && t->dict_word >= 0 && pt_is_heap(o)) {
        return pt_object_prefix(o, t->prefix_words) + t->dict_word;
    }
    return NULL;
}

// Instance-dict lookup of an exact-str `name` with an entry-index hint: the
// instances of a class usually store their attributes in the same order, so
// the entry is checked first and the hash probe runs only on a miss.
// Borrowed value or NULL.
static inline PtObject *dict_get_hinted(PtObject *d, PtObject *name, uint32_t *hint) {
    PtDictKeys *k = ((PtDict *)(void *)d)->keys;
    uint32_t ix = *hint;
    PtDictEntry *ep = pt_dict_entries(k);
    if ((pt_ssize)ix < k->nentries && ep[ix].key == name) {
        return ep[ix].value;
    }
    PtObject *v = pt_dict_get_str(d, name);
    if (v != NULL && k->nentries <= 64) {
        for (pt_ssize i = 0; i < k->nentries; i++) {
            if (ep[i].key == name) {
                *hint = (uint32_t)i;
                break;
            }
        }
    }
    return v;
}

// Find instance attribute `name` in the storage word `s` of an instance of
// `t`: 1 found (*out borrowed), 0 absent, -1 not handled here (use the
// generic path). Cache `c` remembers the name's shared-keys index.
static inline int instance_find(PtType *t, PtObject *s, PtObject *name, PtCache *c, PtObject **out) {
    if (s == NULL) {
        return 0;
    }
    if (is_inline_values(s)) {
        PtInlineValues *iv = inline_values(s);
        uint32_t i = c->vix;
        if (i == VIX_NONE) {
            PtObject *keys = t->cached_keys;
            if (keys == NULL) {
                return 0;
            }
            uint32_t used = (uint32_t)((PtDict *)(void *)keys)->used;
            if (c->nkeys == used) {
                return 0;  // absent when the keys had this size; they only grow
            }
            PtObject *idx = pt_dict_get_str(keys, name);
            if (idx == NULL || !pt_is_smallint(idx)) {
                c->nkeys = used;
                return 0;
            }
            i = c->vix = (uint32_t)pt_smallint_value(idx);
        }
        if (i < iv->count && iv->values[i] != NULL) {
            *out = iv->values[i];
            return 1;
        }
        return 0;
    }
    if (pt_is_dict_exact(s)) {
        *out = dict_get_hinted(s, name, &c->ix);
        return *out != NULL;
    }
    return -1;
}

// Byte offset of the __dict__ word of `o` (an instance of `t`) from `o`; 0
// when instances of `t` have none. The same for every instance of a type.
static int32_t dict_word_offset(PtObject *o, PtType *t) {
    PtObject **slot = instance_slot(o, t);
    return slot != NULL ? (int32_t)((char *)slot - (char *)o) : 0;
}

// Fill attribute cache `c` for `name` on `obj`, an instance of `t`.
static void fill_attr_cache(PtCache *c, PtObject *obj, PtType *t, PtObject *name, int for_method) {
    PtObject *descr = pt_type_lookup(t, name);
    uint32_t kind = CK_NONE;
    c->ix = 0;
    if (descr != NULL) {
        PtType *dt = pt_type(descr);
        if (for_method && (dt == &pt_function_type || dt == &pt_method_descr_type)) {
            kind = CK_METHOD;
        } else if (dt == &pt_slot_descr_type && pt_is_heap(obj) &&
                   pt_type_is_subtype(t, ((PtSlotDescr *)(void *)descr)->owner)) {
            kind = CK_SLOT;
            c->ix = ((PtSlotDescr *)(void *)descr)->index;
        } else if (dt->descr_get != NULL) {
            kind = dt->descr_set != NULL ? CK_DATA : CK_NONDATA;
        } else {
            kind = CK_PLAIN;
        }
    }
    c->key1 = t->version != 0 ? t->version : UINT64_MAX;  // an unready type never hits
    c->ptr = descr;
    c->kind = kind;
    c->off = dict_word_offset(obj, t);
    c->vix = VIX_NONE;
    c->nkeys = UINT32_MAX;
    if (kind == CK_METHOD && c->off != 0 && t->cached_keys != NULL &&
        pt_dict_get_str(t->cached_keys, name) == NULL) {
        // No instance can shadow the method while the shared keys (which only
        // grow) keep this size: LOAD_METHOD's fast path checks just that.
        c->nkeys = (uint32_t)((PtDict *)(void *)t->cached_keys)->used;
    }
}

static PtObject *load_attr_cached(PtObject *obj, PtType *t, PtObject *name, PtCache *c);

// Polymorphic sites (a base-class method running on instances of several
// subclasses) keep missing their one-entry caches. This direct-mapped memo
// of filled caches, keyed by (type version, interned name, kind of site),
// turns such a refill into a copy. Entries are valid exactly as the inline
// caches are: the version proves the type is unchanged. Protected by the GIL.
enum { SITE_LOAD_ATTR, SITE_LOAD_METHOD, SITE_STORE_ATTR };
#define ATTR_MEMO_SIZE 512
static struct AttrMemo {
    uint64_t version;
    PtObject *name;  // borrowed: interned names only
    uint32_t site;
    PtCache cache;
} attr_memo[ATTR_MEMO_SIZE];

static inline struct AttrMemo *attr_memo_slot(uint64_t version, PtObject *name, uint32_t site) {
    size_t h = (size_t)((version * 0x9E3779B97F4A7C15ull) ^ ((uintptr_t)name >> 4) ^ site);
    return &attr_memo[(h ^ (h >> 17)) % ATTR_MEMO_SIZE];
}

// Fill `c` from the memo if it has (t, name, site). 1 filled, 0 not.
static inline int attr_memo_get(PtCache *c, PtType *t, PtObject *name, uint32_t site) {
    struct AttrMemo *m = attr_memo_slot(t->version, name, site);
    if (m->version == t->version && m->name == name && m->site == site) {
        *c = m->cache;
        return 1;
    }
    return 0;
}

static inline void attr_memo_put(const PtCache *c, PtType *t, PtObject *name, uint32_t site) {
    if (t->version != 0 && c->key1 == t->version && pt_has_flag(name, PT_OF_USER1)) {
        struct AttrMemo *m = attr_memo_slot(t->version, name, site);
        m->version = t->version;
        m->name = name;
        m->site = site;
        m->cache = *c;
    }
}

// obj.name when the cache does not match `obj`'s type. New reference or NULL.
static PT_NOINLINE PtObject *load_attr_slow(PtObject *obj, PtType *t, PtObject *name, PtCache *c) {
    if (t->getattro != pt_object_generic_getattr || !pt_is_str_exact(name)) {
        return pt_object_getattr(obj, name);
    }
    if (attr_memo_get(c, t, name, SITE_LOAD_ATTR) && c->vix != VIX_NONE) {
        PtObject *s = *dict_word_at(obj, c->off);
        if (is_inline_values(s)) {
            PtInlineValues *iv = inline_values(s);
            if (c->vix < iv->count && iv->values[c->vix] != NULL) {
                return pt_newref(iv->values[c->vix]);
            }
        }
    } else if (c->key1 != t->version) {
        fill_attr_cache(c, obj, t, name, 0);
    }
    PtObject *r = load_attr_cached(obj, t, name, c);
    attr_memo_put(c, t, name, SITE_LOAD_ATTR);
    return r;
}

// obj.name through cache `c`. New reference or NULL. The hits: a value in
// the instance's inline values at the cached index, or a __slots__ word.
static PT_HOT_INLINE PtObject *load_attr(PtObject *obj, PtObject *name, PtCache *c) {
    PtType *t = pt_type(obj);
    if (PT_LIKELY(c->key1 == t->version)) {
        if (c->vix != VIX_NONE) {
            PtObject *s = *dict_word_at(obj, c->off);
            if (PT_LIKELY(is_inline_values(s))) {
                PtInlineValues *iv = inline_values(s);
                if (c->vix < iv->count && iv->values[c->vix] != NULL) {
                    return pt_newref(iv->values[c->vix]);
                }
            }
        } else if (c->kind == CK_SLOT) {
            PtObject *v = *pt_slot_word(obj, c->ix);
            if (v != NULL) {
                return pt_newref(v);
            }
        }
        return load_attr_cached(obj, t, name, c);
    }
    return load_attr_slow(obj, t, name, c);
}

// obj.name with a valid cache `c` (kind other than CK_METHOD) for type `t`.
static PtObject *load_attr_cached(PtObject *obj, PtType *t, PtObject *name, PtCache *c) {
    PtObject *descr = c->ptr, *r;
    if (c->kind == CK_DATA || c->kind == CK_SLOT) {
        pt_incref(descr);
        r = pt_type(descr)->descr_get(descr, obj, (PtObject *)t);
        pt_decref(descr);
        return r;
    }
    PtObject **slot = c->off != 0 ? dict_word_at(obj, c->off) : NULL;
    if (slot != NULL) {
        int found = instance_find(t, *slot, name, c, &r);
        if (found > 0) {
            return pt_newref(r);
        }
        if (found < 0) {
            // A dict subclass as __dict__: the full protocol.
            found = pt_instance_get(obj, slot, name, &r);
            if (found != 0) {
                return found > 0 ? r : NULL;
            }
        }
    }
    switch (c->kind) {
    case CK_NONDATA:
        pt_incref(descr);
        r = pt_type(descr)->descr_get(descr, obj, (PtObject *)t);
        pt_decref(descr);
        return r;
    case CK_PLAIN:
        return pt_newref(descr);
    default:
        return pt_object_generic_getattr(obj, name);  // raises AttributeError
    }
}

// Store `v` at the cached inline-values index c->vix of `obj`: replace,
// or append in the class's key order within the block's capacity. 1 done,
// 0 not possible here.
static PT_HOT_INLINE int store_inline_hit(PtObject *obj, PtObject *v, PtCache *c) {
    PtObject *s = *dict_word_at(obj, c->off);
    if (PT_LIKELY(is_inline_values(s))) {
        PtInlineValues *iv = inline_values(s);
        uint32_t i = c->vix;
        if (i < iv->count) {
            PtObject *old = iv->values[i];
            iv->values[i] = pt_newref(v);
            pt_xdecref(old);
            return 1;
        }
        if (i == iv->count && i < iv->capacity) {
            iv->values[i] = pt_newref(v);
            iv->count++;
            return 1;
        }
    }
    return 0;
}

// obj.name = v when the fast paths of store_attr miss. 0 or -1.
static PT_NOINLINE int store_attr_slow(PtObject *obj, PtType *t, PtObject *name, PtObject *v, PtCache *c) {
    if (t->setattro == pt_object_generic_setattr && pt_is_str_exact(name) && pt_is_heap(obj)) {
        if (c->key1 != t->version && attr_memo_get(c, t, name, SITE_STORE_ATTR) && c->vix != VIX_NONE &&
            store_inline_hit(obj, v, c)) {
            return 0;
        }
        if (c->key1 != t->version) {
            PtObject *descr = pt_type_lookup(t, name);
            c->key1 = t->version != 0 ? t->version : UINT64_MAX;
            c->kind = descr != NULL && pt_type(descr)->descr_set != NULL ? CK_DATA : CK_NONE;
            if (c->kind == CK_DATA && pt_type(descr) == &pt_slot_descr_type &&
                pt_type_is_subtype(t, ((PtSlotDescr *)(void *)descr)->owner)) {
                c->kind = CK_SLOT;
                c->ix = ((PtSlotDescr *)(void *)descr)->index;
            }
            c->ptr = descr;
            c->off = dict_word_offset(obj, t);
            c->vix = VIX_NONE;
            attr_memo_put(c, t, name, SITE_STORE_ATTR);
        }
        if (c->kind == CK_DATA || c->kind == CK_SLOT) {
            // A data descriptor (property, __slots__ member): call its setter.
            PtObject *descr = c->ptr;
            pt_incref(descr);
            int r = pt_type(descr)->descr_set(descr, obj, v);
            pt_decref(descr);
            return r;
        }
        if (c->kind == CK_NONE && c->off != 0) {
            PtObject **slot = dict_word_at(obj, c->off);
            PtObject *s = *slot;
            if (s != NULL && pt_is_dict_exact(s)) {
                return pt_dict_set(s, name, v);
            }
            if (pt_instance_set(obj, slot, name, v) < 0) {  // inline values or a new dict
                return -1;
            }
            if (is_inline_values(*slot) && c->vix == VIX_NONE && t->cached_keys != NULL) {
                PtObject *idx = pt_dict_get_str(t->cached_keys, name);
                if (idx != NULL && pt_is_smallint(idx)) {
                    c->vix = (uint32_t)pt_smallint_value(idx);
                    attr_memo_put(c, t, name, SITE_STORE_ATTR);
                }
            }
            return 0;
        }
    }
    return pt_object_setattr(obj, name, v);
}

// obj.name = v through cache `c`. 0 or -1. The hits: replacing or appending
// (in the class's key order, within capacity) a value in the instance's
// inline values, and storing a __slots__ word.
static PT_HOT_INLINE int store_attr(PtObject *obj, PtObject *name, PtObject *v, PtCache *c) {
    PtType *t = pt_type(obj);
    if (PT_LIKELY(c->key1 == t->version)) {
        if (c->vix != VIX_NONE) {
            if (store_inline_hit(obj, v, c)) {
                return 0;
            }
        } else if (c->kind == CK_SLOT) {
            PtObject **p = pt_slot_word(obj, c->ix);
            PtObject *old = *p;
            *p = pt_newref(v);
            pt_xdecref(old);
            return 0;
        }
    }
    return store_attr_slow(obj, t, name, v, c);
}

// LOAD_METHOD when the fast path misses: 1 with *meth an unbound function
// (call with obj prepended), 0 with *meth the attribute, -1 on error.
static PT_NOINLINE int load_method_slow(PtObject *obj, PtType *t, PtObject *name, PtCache *c, PtObject **meth) {
    if (t->getattro != pt_object_generic_getattr || !pt_is_str_exact(name)) {
        return pt_op_load_method(obj, name, meth);
    }
    if (c->key1 != t->version && !attr_memo_get(c, t, name, SITE_LOAD_METHOD)) {
        fill_attr_cache(c, obj, t, name, 1);
        attr_memo_put(c, t, name, SITE_LOAD_METHOD);
    }
    if (c->kind != CK_METHOD) {
        *meth = load_attr_cached(obj, t, name, c);
        return *meth != NULL ? 0 : -1;
    }
    PtObject **slot = c->off != 0 ? dict_word_at(obj, c->off) : NULL;
    if (slot != NULL) {
        PtObject *v;
        int found = instance_find(t, *slot, name, c, &v);
        if (found > 0) {
            *meth = pt_newref(v);
            return 0;
        }
        if (found < 0) {
            return pt_op_load_method(obj, name, meth);
        }
        PtObject *keys = t->cached_keys;
        if (keys != NULL && c->nkeys != (uint32_t)((PtDict *)(void *)keys)->used &&
            pt_dict_get_str(keys, name) == NULL) {
            c->nkeys = (uint32_t)((PtDict *)(void *)keys)->used;  // the shared keys grew without it
        }
    }
    *meth = pt_newref(c->ptr);
    return 1;
}

// LOAD_METHOD through cache `c` (results as load_method_slow). The hit: a
// function or method descriptor on the type that no instance attribute can
// shadow (no __dict__, an empty one, or shared keys without the name).
static PT_HOT_INLINE int load_method(PtObject *obj, PtObject *name, PtCache *c, PtObject **meth) {
    PtType *t = pt_type(obj);
    if (PT_LIKELY(c->key1 == t->version && c->kind == CK_METHOD)) {
        PtObject *s = c->off != 0 ? *dict_word_at(obj, c->off) : NULL;
        if (s == NULL ||
            (is_inline_values(s) && (uint32_t)((PtDict *)(void *)t->cached_keys)->used == c->nkeys)) {
            *meth = pt_newref(c->ptr);
            return 1;
        }
    }
    return load_method_slow(obj, t, name, c, meth);
}

// ---- Calls ----

// Push a frame for code `co` on the thread's data stack (inline bump; a new
// chunk only at a boundary). Header fields other than code are left to the
// caller. NULL if out of memory (no exception set).
static inline PtFrame *push_frame_raw(PtThreadState *ts, PtCode *co) {
    size_t n = pt_frame_words(co);
    PtObject **base = ts->ds_top;
    if (PT_LIKELY(base != NULL && (size_t)(ts->ds_limit - base) >= n)) {
        ts->ds_top = base + n;
    } else if ((base = pt_datastack_push(ts, n)) == NULL) {
        return NULL;
    }
    PtFrame *nf = (PtFrame *)(void *)base;
    nf->code = co;
    return nf;
}

// A frame for calling Python function `func` (code `co`, not a generator)
// with `nargs` positional arguments at `args`. Takes over the references to
// `func` and to the arguments, whatever the outcome. In the common shape
// (exact positional arity, no keyword-only or */** parameters) the
// arguments are moved into the frame; other shapes go through pt_call_bind.
// The frame is not linked. NULL with an exception set on failure.
static PtFrame *call_push_frame_bind(PtThreadState *ts, PtObject *func, PtObject **args, size_t nargs);

static PT_HOT_INLINE PtFrame *call_push_frame(PtThreadState *ts, PtObject *func, PtCode *co, PtObject **args,
                                               size_t nargs) {
    if (PT_LIKELY(nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
                  !(co->flags & (PT_CO_VARARGS | PT_CO_VARKEYWORDS)))) {
        PtFrame *nf = push_frame_raw(ts, co);
        if (PT_UNLIKELY(nf == NULL)) {
            for (size_t i = 0; i < nargs; i++) {
                pt_decref(args[i]);
            }
            pt_decref(func);
            pt_err_no_memory();
            return NULL;
        }
        pt_incref((PtObject *)co);
        nf->func = func;
        nf->globals = FN(func)->globals;
        nf->builtins = FN(func)->builtins;
        nf->locals = NULL;
        nf->frame_obj = NULL;
        nf->instr = co->code - 1;
        nf->stackdepth = 0;
        nf->owner = PT_FRAME_OWNED_BY_THREAD;
        nf->is_entry = 0;
        nf->is_init = 0;
        nf->trace_line = -1;
        nf->trace_lasti = -1;
        nf->state = PT_FRAME_CREATED;
        PtObject **lp = nf->localsplus;
        for (size_t i = 0; i < nargs; i++) {
            lp[i] = args[i];
        }
        for (int32_t i = (int32_t)nargs, n = co->nlocalsplus; i < n; i++) {
            lp[i] = NULL;
        }
        return nf;
    }
    return call_push_frame_bind(ts, func, args, nargs);
}

// call_push_frame for the shapes that need pt_call_bind.
static PT_NOINLINE PtFrame *call_push_frame_bind(PtThreadState *ts, PtObject *func, PtObject **args, size_t nargs) {
    PtFrame *nf = pt_frame_push(ts, func);
    int r = nf != NULL ? pt_call_bind(func, nf, args, nargs, NULL) : -1;
    for (size_t i = 0; i < nargs; i++) {
        pt_decref(args[i]);
    }
    pt_decref(func);
    if (r < 0) {
        if (nf != NULL) {
            pt_frame_exit(ts, nf);
        }
        return NULL;
    }
    return nf;
}

// Leave thread frame `f` (unlinked, its value stack empty): drop what it
// holds and pop its memory. Frames with a frame object or a locals mapping,
// and the first frame of a data-stack chunk, take the general path.
static PT_HOT_INLINE void pop_frame(PtThreadState *ts, PtFrame *f) {
    if (PT_LIKELY(f->frame_obj == NULL && f->locals == NULL && f->owner == PT_FRAME_OWNED_BY_THREAD &&
                  (PtObject **)(void *)f != ts->ds_chunk->data)) {
        PtCode *co = f->code;
        PtObject **lp = f->localsplus;
        for (int32_t i = 0, n = co->nlocalsplus; i < n; i++) {
            pt_xdecref(lp[i]);
        }
        pt_decref(f->func);
        pt_decref((PtObject *)co);
        ts->ds_top = (PtObject **)(void *)f;
        return;
    }
    pt_frame_exit(ts, f);
}

// Can the builtin `def` be called here directly with `nargs` positional
// arguments and no keywords (the argument-count errors stay in descr.c)?
static inline int methoddef_fast_ok(const PtMethodDef *def, size_t nargs) {
    switch (def->flags & PT_METH_KIND) {
    case PT_METH_O:
        return nargs == 1;
    case PT_METH_NOARGS:
        return nargs == 0;
    case PT_METH_FAST:
    case PT_METH_FASTKW:
        return 1;
    default:
        return 0;
    }
}

// Call `def` (methoddef_fast_ok holds) with `self`. New reference or NULL.
static inline PtObject *call_methoddef_fast(const PtMethodDef *def, PtObject *self, PtObject *const *args,
                                            size_t nargs) {
    switch (def->flags & PT_METH_KIND) {
    case PT_METH_O:
        return ((PtObject * (*)(PtObject *, PtObject *)) def->fn)(self, args[0]);
    case PT_METH_NOARGS:
        return ((PtObject * (*)(PtObject *, PtObject *)) def->fn)(self, NULL);
    case PT_METH_FAST:
        return ((PtObject * (*)(PtObject *, PtObject *const *, size_t)) def->fn)(self, args, nargs);
    default:
        return ((PtObject * (*)(PtObject *, PtObject *const *, size_t, PtObject *)) def->fn)(self, args, nargs,
                                                                                           NULL);
    }
}

// Does CALL cache `c` say class `cls` is made by object.__new__ and set up
// by a Python __init__ (c->ptr)? Fills the cache when it can.
static int init_cache_check(PtCache *c, PtType *cls) {
    if (PT_LIKELY(c->kind == CK_INIT && c->key1 == cls->version)) {
        return 1;
    }
    if (!(cls->flags & PT_TF_HEAPTYPE) || (cls->flags & PT_TF_ABSTRACT) || cls->version == 0 ||
        cls->new_ != pt_object_type.new_) {
        return 0;
    }
    PtObject *init = pt_type_lookup(cls, PT_ID(__init__));
    if (init == NULL || pt_tid(init) != PT_TID_FUNCTION ||
        (((PtCode *)FN(init)->code)->flags & (PT_CO_GENERATOR | PT_CO_COROUTINE | PT_CO_ASYNC_GENERATOR))) {
        return 0;
    }
    c->kind = CK_INIT;
    c->key1 = cls->version;
    c->ptr = init;
    return 1;
}

// ---- Tracing and profiling (sys.settrace, sys.setprofile) ----
//
// Dispatch goes through `eval_active_targets`, a mutable copy of the opcode
// table. While some thread has a trace function, every entry of it points at
// op_trace, which reports 'line' events and then jumps through the plain
// table; with no trace function anywhere it is the plain table, so line
// tracing costs nothing. 'call', 'return' and 'exception' events (and the
// profiler's 'c_call' family) cost one test of ts->use_tracing each.
// These statics are protected by the GIL.
static const void **eval_active_targets;       // what DISPATCH jumps through
static const void *const *eval_plain_targets;  // the real handlers
static const void *const *eval_trace_targets;  // op_trace everywhere
static int eval_tables_traced;                 // eval_active_targets holds the trace table

enum { TE_CALL, TE_EXCEPTION, TE_LINE, TE_RETURN, TE_C_CALL, TE_C_EXCEPTION, TE_C_RETURN, TE_COUNT };
static const char *const trace_event_cnames[TE_COUNT] = {"call",   "exception",   "line",    "return",
                                                         "c_call", "c_exception", "c_return"};
static PtObject *trace_event_names[TE_COUNT];  // interned str, made on first use

// Make the dispatch table match whether any thread traces lines.
static void update_dispatch_tables(PtInterp *in) {
#if PT_COMPUTED_GOTO
    int want = in->trace_threads > 0;
    if (eval_active_targets != NULL && want != eval_tables_traced) {
        memcpy((void *)eval_active_targets, want ? eval_trace_targets : eval_plain_targets, 256 * sizeof(void *));
        eval_tables_traced = want;
    }
#else
    (void)in;
#endif
}

static void set_tracing_flag(PtThreadState *ts) {
    ts->use_tracing = ts->c_tracefunc != NULL || ts->c_profilefunc != NULL;
}

void pt_eval_settrace(PtObject *func) {
    PtThreadState *ts = pt_tstate_current;
    if (func == pt_None) {
        func = NULL;
    }
    ts->interp->trace_threads += (func != NULL) - (ts->c_tracefunc != NULL);
    pt_xincref(func);
    pt_setref(&ts->c_tracefunc, func);
    set_tracing_flag(ts);
    update_dispatch_tables(ts->interp);
}

void pt_eval_setprofile(PtObject *func) {
    PtThreadState *ts = pt_tstate_current;
    if (func == pt_None) {
        func = NULL;
    }
    pt_xincref(func);
    pt_setref(&ts->c_profilefunc, func);
    set_tracing_flag(ts);
}

PtObject *pt_eval_gettrace(void) { return pt_tstate_current->c_tracefunc; }
PtObject *pt_eval_getprofile(void) { return pt_tstate_current->c_profilefunc; }

// Call trace or profile function `func` as func(frame, event, arg) for
// frame `f`. New reference or NULL. No events are reported while it runs.
static PtObject *call_tracer(PtThreadState *ts, PtObject *func, PtFrame *f, int event, PtObject *arg) {
    if (trace_event_names[event] == NULL) {
        PtObject *s = pt_str_intern_cstr(trace_event_cnames[event]);
        if (s == NULL) {
            return NULL;
        }
        trace_event_names[event] = s;  // kept for the life of the runtime
    }
    PtObject *fo = pt_frame_get_object(f);
    if (fo == NULL) {
        return NULL;
    }
    PtObject *args[3] = {fo, trace_event_names[event], arg != NULL ? arg : pt_None};
    ts->tracing++;
    pt_incref(func);
    PtObject *r = pt_object_call(func, args, 3, NULL);
    pt_decref(func);
    ts->tracing--;
    return r;
}

// Call the profile function for `event`; it is removed if it raises. 0 or -1.
static int call_profiler(PtThreadState *ts, PtFrame *f, int event, PtObject *arg) {
    PtObject *r = call_tracer(ts, ts->c_profilefunc, f, event, arg);
    if (r == NULL) {
        pt_eval_setprofile(NULL);
        return -1;
    }
    pt_decref(r);
    return 0;
}

// Call the local trace function (f_trace) of frame object `fo` for `event`;
// its result replaces it (None: stop tracing the frame). 0 or -1 (the
// global trace function is removed, as CPython does).
static int call_local_tracer(PtThreadState *ts, PtFrame *f, int event, PtObject *arg) {
    PtFrameObject *fo = f->frame_obj;
    PtObject *r = call_tracer(ts, fo->trace, f, event, arg);
    if (r == NULL) {
        pt_eval_settrace(NULL);
        return -1;
    }
    pt_setref(&fo->trace, r != pt_None ? r : NULL);
    if (r == pt_None) {
        pt_decref(r);
    }
    return 0;
}

// Does `f` have a local trace function?
static inline int frame_traced(PtFrame *f) { return f->frame_obj != NULL && f->frame_obj->trace != NULL; }

// 'call' events for frame `f`, which starts or resumes. 0 or -1.
static PT_NOINLINE int trace_frame_start(PtThreadState *ts, PtFrame *f) {
    if (ts->tracing) {
        return 0;
    }
    if (ts->c_profilefunc != NULL && call_profiler(ts, f, TE_CALL, NULL) < 0) {
        return -1;
    }
    if (ts->c_tracefunc != NULL) {
        if (f->state == PT_FRAME_CREATED) {
            f->trace_line = -1;
            f->trace_lasti = -1;
        }
        PtObject *r = call_tracer(ts, ts->c_tracefunc, f, TE_CALL, NULL);
        if (r == NULL) {
            pt_eval_settrace(NULL);
            return -1;
        }
        if (r != pt_None && f->frame_obj != NULL) {
            pt_setref(&f->frame_obj->trace, r);
        } else {
            pt_decref(r);
        }
    }
    return 0;
}

// 'return' events for frame `f` leaving with `retval` (NULL: an exception
// is propagating, which is kept). 0 or -1.
static PT_NOINLINE int trace_frame_end(PtThreadState *ts, PtFrame *f, PtObject *retval) {
    if (ts->tracing) {
        return 0;
    }
    PtObject *exc = retval == NULL ? pt_err_fetch() : NULL;
    int r = 0;
    if (ts->c_tracefunc != NULL && frame_traced(f)) {
        r = call_local_tracer(ts, f, TE_RETURN, retval);
    }
    if (r == 0 && ts->c_profilefunc != NULL) {
        r = call_profiler(ts, f, TE_RETURN, retval);
    }
    if (exc != NULL) {
        if (r < 0) {
            pt_decref(exc);  // the tracer's exception replaces it
        } else {
            pt_err_restore(exc);
        }
    }
    return r;
}

// The 'exception' event for the exception being raised in `f`. 0 or -1
// (the tracer's exception then replaces it).
static PT_NOINLINE int trace_exception(PtThreadState *ts, PtFrame *f) {
    if (ts->tracing || ts->c_tracefunc == NULL || !frame_traced(f)) {
        return 0;
    }
    PtObject *exc = pt_err_fetch();
    if (exc == NULL) {
        return 0;
    }
    PtObject *tb = pt_exc_is_instance(exc) ? pt_exc_traceback(exc) : NULL;
    PtObject *info = pt_tuple_pack(3, (PtObject *)pt_type(exc), exc, tb != NULL ? tb : pt_None);
    int r = info != NULL ? call_local_tracer(ts, f, TE_EXCEPTION, info) : -1;
    pt_xdecref(info);
    if (r < 0) {
        pt_decref(exc);
        return -1;
    }
    pt_err_restore(exc);
    return 0;
}

// A 'line' event if instruction f->instr starts a line (or jumps back into
// one) in a frame with a local trace function. 0 or -1.
static PT_NOINLINE int trace_line(PtThreadState *ts, PtFrame *f) {
    if (ts->tracing || ts->c_tracefunc == NULL || !frame_traced(f) || f->frame_obj->trace_lines) {
        return 0;  // (trace_lines holds "f_trace_lines is False")
    }
    int32_t i = pt_frame_lasti(f);
    int32_t line = pt_code_location(f->code, (uint32_t)i)->line;
    if (line < 0) {
        return 0;
    }
    if (line == f->trace_line && i > f->trace_lasti) {
        f->trace_lasti = i;
        return 0;
    }
    f->trace_line = line;
    f->trace_lasti = i;
    return call_local_tracer(ts, f, TE_LINE, NULL);
}

// Call C function `callable` under the profiler: 'c_call', then 'c_return'
// or 'c_exception'. New reference or NULL.
static PT_NOINLINE PtObject *call_c_profiled(PtThreadState *ts, PtFrame *f, PtObject *callable,
                                             PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (call_profiler(ts, f, TE_C_CALL, callable) < 0) {
        return NULL;
    }
    PtObject *r = pt_object_call(callable, args, nargs, kwnames);
    if (ts->c_profilefunc == NULL) {
        return r;
    }
    if (r != NULL) {
        if (call_profiler(ts, f, TE_C_RETURN, callable) < 0) {
            pt_decref(r);
            return NULL;
        }
        return r;
    }
    PtObject *exc = pt_err_fetch();
    if (call_profiler(ts, f, TE_C_EXCEPTION, callable) < 0) {
        pt_xdecref(exc);
        return NULL;
    }
    pt_err_restore(exc);
    return NULL;
}

// ---- Helpers of the loop ----

// The handler for instruction `at`: the innermost exception-table entry.
static const PtExcEntry *find_handler(const PtCode *co, int32_t at) {
    const PtExcEntry *best = NULL;
    if (at < 0) {
        return NULL;
    }
    for (uint32_t i = 0; i < co->nexc; i++) {
        const PtExcEntry *e = &co->exctable[i];
        if (e->start > (uint32_t)at) {
            break;
        }
        if ((uint32_t)at < e->end &&
            (best == NULL || e->start > best->start || (e->start == best->start && e->end < best->end))) {
            best = e;
        }
    }
    return best;
}

// Record frame `f` at its current instruction in the current exception's traceback.
static void add_traceback(PtFrame *f) {
    PtObject *exc = pt_err_fetch();
    PtObject *fo = pt_frame_get_object(f);
    pt_err_restore(exc);
    if (fo != NULL && exc != NULL) {
        pt_traceback_here(fo, pt_frame_lasti(f), pt_frame_lineno(f));
    }
}

static int handle_eval_breaker(PtThreadState *ts) {
    PtInterp *in = ts->interp;
    uint32_t bits = atomic_load(&in->eval_breaker);
    if (bits & PT_EB_GC) {
        pt_eval_breaker_clear(PT_EB_GC);
        if (in->gc_hook != NULL) {
            if (in->gc_hook() < 0) {
                return -1;
            }
        } else {
            pt_gc_maybe_collect();
        }
    }
    if (bits & PT_EB_GIL_DROP) {
        if (in->gil_drop_hook != NULL) {
            in->gil_drop_hook(ts);
        } else {
            pt_eval_breaker_clear(PT_EB_GIL_DROP);
        }
    }
    if (bits & PT_EB_SIGNALS) {
        pt_eval_breaker_clear(PT_EB_SIGNALS);
        if (pt_check_signals() < 0) {
            return -1;
        }
    }
    if (bits & PT_EB_ASYNC_EXC) {
        if (ts->async_exc != NULL) {
            PtObject *e = ts->async_exc;
            ts->async_exc = NULL;
            int r = pt_op_do_raise(e, NULL);
            pt_decref(e);
            return r;
        }
    }
    return 0;
}

// Truth of `v` with the common cases inline: 1/0, -1 on error.
static inline int is_true(PtObject *v) {
    if (v == pt_True) {
        return 1;
    }
    if (v == pt_False || v == pt_None) {
        return 0;
    }
    if (pt_is_smallint(v)) {
        return v != pt_smallint(0);
    }
    return pt_object_is_true(v);
}

// a OP b for two small ints, or NULL when the fast path does not apply.
static inline PtObject *smallint_binop(int64_t x, int64_t y, uint32_t op) {
    int64_t z;
    switch (op) {
    case PT_BINOP_ADD:
    case PT_BINOP_ADD + PT_BINOP_INPLACE:
        z = x + y;
        break;
    case PT_BINOP_SUB:
    case PT_BINOP_SUB + PT_BINOP_INPLACE:
        z = x - y;
        break;
    case PT_BINOP_MUL:
    case PT_BINOP_MUL + PT_BINOP_INPLACE:
        if (__builtin_mul_overflow(x, y, &z)) {
            return NULL;
        }
        break;
    case PT_BINOP_FLOORDIV:
    case PT_BINOP_FLOORDIV + PT_BINOP_INPLACE:
        if (y == 0) {
            return NULL;
        }
        z = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) {
            z--;
        }
        break;
    case PT_BINOP_MOD:
    case PT_BINOP_MOD + PT_BINOP_INPLACE:
        if (y == 0) {
            return NULL;
        }
        z = x % y;
        if (z != 0 && ((z < 0) != (y < 0))) {
            z += y;
        }
        break;
    case PT_BINOP_AND:
    case PT_BINOP_AND + PT_BINOP_INPLACE:
        z = x & y;
        break;
    case PT_BINOP_OR:
    case PT_BINOP_OR + PT_BINOP_INPLACE:
        z = x | y;
        break;
    case PT_BINOP_XOR:
    case PT_BINOP_XOR + PT_BINOP_INPLACE:
        z = x ^ y;
        break;
    case PT_BINOP_LSHIFT:
    case PT_BINOP_LSHIFT + PT_BINOP_INPLACE:
        if (y < 0 || y > 62) {
            return NULL;
        }
        z = (int64_t)((uint64_t)x << y);
        if ((z >> y) != x) {
            return NULL;
        }
        break;
    case PT_BINOP_RSHIFT:
    case PT_BINOP_RSHIFT + PT_BINOP_INPLACE:
        if (y < 0) {
            return NULL;
        }
        z = y > 62 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    case PT_BINOP_TRUEDIV:
    case PT_BINOP_TRUEDIV + PT_BINOP_INPLACE: {
        const int64_t lim = (int64_t)1 << 53;
        if (y == 0 || x > lim || x < -lim || y > lim || y < -lim) {
            return NULL;
        }
        return pt_float_new((double)x / (double)y);
    }
    default:
        return NULL;
    }
    return pt_smallint_fits(z) ? pt_smallint(z) : NULL;
}

// a OP b for two floats (or a float and a small int), or NULL.
static inline PtObject *float_binop(double x, double y, uint32_t op) {
    switch (op) {
    case PT_BINOP_ADD:
    case PT_BINOP_ADD + PT_BINOP_INPLACE:
        return pt_float_new(x + y);
    case PT_BINOP_SUB:
    case PT_BINOP_SUB + PT_BINOP_INPLACE:
        return pt_float_new(x - y);
    case PT_BINOP_MUL:
    case PT_BINOP_MUL + PT_BINOP_INPLACE:
        return pt_float_new(x * y);
    case PT_BINOP_TRUEDIV:
    case PT_BINOP_TRUEDIV + PT_BINOP_INPLACE:
        return y != 0.0 ? pt_float_new(x / y) : NULL;
    default:
        return NULL;
    }
}

static inline int is_exact_float(PtObject *v) { return pt_tid(v) == PT_TID_FLOAT; }

// a OP b with the fast paths. New reference or NULL (error set, or retry generic).
static inline PtObject *binary_op(PtObject *a, PtObject *b, uint32_t op) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        PtObject *r = smallint_binop(pt_smallint_value(a), pt_smallint_value(b), op);
        if (r != NULL) {
            return r;
        }
    } else if ((is_exact_float(a) || pt_is_smallint(a)) && (is_exact_float(b) || pt_is_smallint(b))) {
        double x = pt_is_smallint(a) ? (double)pt_smallint_value(a) : pt_float_value(a);
        double y = pt_is_smallint(b) ? (double)pt_smallint_value(b) : pt_float_value(b);
        PtObject *r = float_binop(x, y, op);
        if (r != NULL) {
            return r;
        }
    }
    return pt_number_binop(a, b, (int)op);
}

static inline int cmp_result(int c, uint32_t op) {
    switch (op) {
    case PT_LT: return c < 0;
    case PT_LE: return c <= 0;
    case PT_EQ: return c == 0;
    case PT_NE: return c != 0;
    case PT_GT: return c > 0;
    default: return c >= 0;
    }
}

// a OP b for comparisons: a new reference (usually a bool) or NULL.
static inline PtObject *compare_op(PtObject *a, PtObject *b, uint32_t op) {
    if (pt_is_smallint(a) && pt_is_smallint(b)) {
        int64_t x = pt_smallint_value(a), y = pt_smallint_value(b);
        return pt_newref(pt_bool(cmp_result((x > y) - (x < y), op)));
    }
    if (is_exact_float(a) && is_exact_float(b)) {
        double x = pt_float_value(a), y = pt_float_value(b);
        int r;
        switch (op) {
        case PT_LT: r = x < y; break;
        case PT_LE: r = x <= y; break;
        case PT_EQ: r = x == y; break;
        case PT_NE: r = x != y; break;
        case PT_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return pt_newref(pt_bool(r));
    }
    if ((op == PT_EQ || op == PT_NE) && pt_is_str_exact(a) && pt_is_str_exact(b)) {
        int eq = a == b || pt_str_eq(a, b);
        return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
    }
    return pt_object_richcompare(a, b, (int)op);
}

// container[key] with list/tuple/dict fast paths. New reference or NULL.
static inline PtObject *subscr(PtObject *container, PtObject *key) {
    if (pt_is_smallint(key)) {
        int64_t i = pt_smallint_value(key);
        uint32_t t = pt_tid(container);
        if (t == PT_TID_LIST) {
            pt_ssize n = pt_list_len(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return pt_newref(pt_list_get(container, i));
            }
        } else if (t == PT_TID_TUPLE) {
            pt_ssize n = pt_tuple_len(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return pt_newref(pt_tuple_get(container, i));
            }
        }
    }
    return pt_object_getitem(container, key);
}

static inline int store_subscr(PtObject *container, PtObject *key, PtObject *v) {
    if (pt_is_smallint(key) && pt_tid(container) == PT_TID_LIST) {
        int64_t i = pt_smallint_value(key);
        pt_ssize n = pt_list_len(container);
        if (i < 0) {
            i += n;
        }
        if (i >= 0 && i < n) {
            PtObject **slot = &((PtList *)(void *)container)->items[i];
            PtObject *old = *slot;
            *slot = pt_newref(v);
            pt_decref(old);
            return 0;
        }
    }
    if (pt_is_dict_exact(container)) {
        return pt_dict_set(container, key, v);
    }
    return pt_object_setitem(container, key, v);
}

// Store into a locals mapping (STORE_NAME and friends).
static inline int mapping_store(PtObject *m, PtObject *name, PtObject *v) {
    return pt_is_dict_exact(m) ? pt_dict_set(m, name, v) : pt_object_setitem(m, name, v);
}

// SEND: 1 with *out the value to yield, 0 with *out the return value, -1 error.
static int send_value(PtObject *receiver, PtObject *v, PtObject **out) {
    uint32_t t = pt_tid(receiver);
    if (t == PT_TID_GENERATOR || t == PT_TID_COROUTINE) {
        int r = pt_gen_send_ex(receiver, v, 0, out);
        return r == PT_GEN_ERROR ? -1 : r == PT_GEN_NEXT;
    }
    PtObject *r;
    if (v == pt_None && pt_type(receiver)->iternext != NULL) {
        r = pt_type(receiver)->iternext(receiver);
    } else {
        r = pt_object_call_method_str(receiver, "send", &v, 1);
    }
    if (r != NULL) {
        *out = r;
        return 1;
    }
    PtObject *exc = pt_err_occurred();
    if (exc == NULL) {
        *out = pt_newref(pt_None);
        return 0;
    }
    if (pt_err_matches(pt_exc_StopIteration)) {
        exc = pt_err_fetch();
        *out = pt_newref(pt_exc_stop_iteration_value(exc));
        pt_decref(exc);
        return 0;
    }
    return -1;
}

#if PT_DEBUG_TRACE_EXEC
static void trace_instr(PtFrame *f, const uint32_t *ip) {
    uint32_t w = *ip;
    unsigned op = pt_instr_op(w);
    fprintf(stderr, "%4d %-20s %u\n", (int)(ip - f->code->code), op < PT_OP_COUNT ? pt_opcode_names[op] : "?",
            pt_instr_arg(w));
}
#define TRACE_INSTR() trace_instr(f, ip)
#else
#define TRACE_INSTR() ((void)0)
#endif

// ---- The loop ----

#if PT_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH()                           \
    do {                                     \
        TRACE_INSTR();                       \
        f->instr = ip;                       \
        w = *ip++;                           \
        goto *active_targets[w & 0xFF];      \
    } while (0)
#else
#define TARGET(name) case PT_OP_##name:
#define DISPATCH() goto dispatch
#endif

#define ARG (w >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(pt_ssize)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMP_TO(t) (ip = co->code + (t))
// A conditional jump that may go backward (a `while` loop's test at its
// end) checks the eval breaker there, as JUMP_BACKWARD does.
#define JUMP_TO_CHECKED(t)                                  \
    do {                                                    \
        const uint32_t *target_ = co->code + (t);           \
        if (PT_UNLIKELY(target_ < ip)) {                    \
            ip = target_;                                   \
            CHECK_EVAL_BREAKER();                           \
        } else {                                            \
            ip = target_;                                   \
        }                                                   \
    } while (0)
#define LOAD_FRAME()                            \
    do {                                        \
        co = f->code;                           \
        lp = f->localsplus;                     \
        consts = pt_tuple_items(co->consts);    \
        names = pt_tuple_items(co->names);      \
        caches = (PtCache *)co->caches;         \
    } while (0)
#define CHECK_EVAL_BREAKER()                                                                  \
    do {                                                                                      \
        if (PT_UNLIKELY(atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed)) && \
            handle_eval_breaker(ts) < 0) {                                                    \
            goto error;                                                                       \
        }                                                                                     \
    } while (0)

PtObject *pt_eval_frame(PtThreadState *ts, PtFrame *f, int throwflag) {
#if PT_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Wpedantic"
    static const void *const targets[256] = {
        [0 ... 255] = &&op_unknown,
#define PT_OP(name, has_arg, cache, note) [PT_OP_##name] = &&op_##name,
#include "compile/opcodes.def"
#undef PT_OP
    };
    // The table DISPATCH uses: `targets`, or op_trace everywhere while some
    // thread traces lines (see update_dispatch_tables).
    static const void *active_targets[256] = {
        [0 ... 255] = &&op_unknown,
#define PT_OP(name, has_arg, cache, note) [PT_OP_##name] = &&op_##name,
#include "compile/opcodes.def"
#undef PT_OP
    };
    static const void *const trace_targets[256] = {[0 ... 255] = &&op_trace};
#pragma GCC diagnostic pop
    if (PT_UNLIKELY(ts == NULL)) {
        // pt_vm_init: hand the tables to the tracing code.
        eval_active_targets = active_targets;
        eval_plain_targets = targets;
        eval_trace_targets = trace_targets;
        return NULL;
    }
#endif
    PtInterp *interp = ts->interp;
    PtCode *co;
    PtObject **lp, *const *consts, *const *names;
    PtCache *caches;
    const uint32_t *ip;
    PtObject **sp;
    uint32_t w = 0;
    int32_t unwind_at = -1;  // RERAISE: find the handler here, not at f->instr
    PtObject *retval;

    if (PT_UNLIKELY(!pt_c_stack_ok(ts))) {
        pt_err_set_string(pt_exc_RecursionError, "maximum recursion depth exceeded");
        if (f->owner == PT_FRAME_OWNED_BY_THREAD) {
            pt_frame_exit(ts, f);
        } else if (f->state == PT_FRAME_SUSPENDED && f->stackdepth > 0) {
            // Undo the value the generator pushed for this resume.
            PtObject *v = pt_frame_stack_base(f)[--f->stackdepth];
            pt_decref(v);
        }
        return NULL;
    }
    f->previous = ts->frame;
    ts->frame = f;

start_frame:
    ts->recursion_depth++;
    if (PT_UNLIKELY(ts->recursion_depth > interp->recursion_limit)) {
        pt_err_set_string(pt_exc_RecursionError, "maximum recursion depth exceeded");
        LOAD_FRAME();
        sp = pt_frame_stack_base(f) + f->stackdepth;
        goto exit_unwind;
    }
    if (PT_UNLIKELY(f->code->caches == NULL && f->code->ncaches > 0) && alloc_caches(f->code) == NULL) {
        LOAD_FRAME();
        sp = pt_frame_stack_base(f) + f->stackdepth;
        goto exit_unwind;
    }
    LOAD_FRAME();
    sp = pt_frame_stack_base(f) + f->stackdepth;
    ip = f->instr + 1;
    if (PT_UNLIKELY(ts->use_tracing) && trace_frame_start(ts, f) < 0) {
        f->state = PT_FRAME_EXECUTING;
        goto error;
    }
    f->state = PT_FRAME_EXECUTING;
    if (throwflag) {
        throwflag = 0;
        goto error;
    }
    CHECK_EVAL_BREAKER();
    DISPATCH();

#if !PT_COMPUTED_GOTO
dispatch:
    TRACE_INSTR();
    f->instr = ip;
    w = *ip++;
    if (PT_UNLIKELY(ts->c_tracefunc != NULL) && trace_line(ts, f) < 0) {
        goto error;
    }
    switch (w & 0xFF) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        PtObject *v = POP();
        pt_xdecref(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        PtObject *v = PEEK(ARG);
        pt_xincref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        PtObject *t = TOP();
        SET_TOP(PEEK(ARG));
        PEEK(ARG) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PtObject *v = consts[ARG];
        pt_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        goto do_return;
    }

    TARGET(RETURN_CONST) {
        retval = pt_newref(consts[ARG]);
        goto do_return;
    }

    TARGET(LOAD_FAST) {
        PtObject *v = lp[ARG];
        if (PT_UNLIKELY(v == NULL)) {
            pt_op_unbound_error(co, (int32_t)ARG);
            goto error;
        }
        pt_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        PtObject *old = lp[ARG];
        lp[ARG] = POP();
        pt_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        PtObject *old = lp[ARG];
        if (old == NULL) {
            pt_op_unbound_error(co, (int32_t)ARG);
            goto error;
        }
        lp[ARG] = NULL;
        pt_decref(old);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        PtObject *v = pt_op_load_name(f, names[ARG]);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        PtObject *v = POP();
        int r;
        if (f->locals == NULL) {
            pt_err_format(pt_exc_SystemError, "no locals found when storing %R", names[ARG]);
            r = -1;
        } else {
            r = mapping_store(f->locals, names[ARG], v);
        }
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        PtObject *name = names[ARG];
        if (f->locals == NULL) {
            pt_err_format(pt_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (pt_object_delitem(f->locals, name) < 0) {
            if (pt_err_matches(pt_exc_KeyError)) {
                pt_err_clear();
                pt_op_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        uint32_t oparg = ARG;
        PtObject *v = load_global(f, names[oparg >> 1], &caches[*ip++]);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        if (oparg & 1) {
            PUSH(NULL);
        }
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        PtObject *v = POP();
        int r = pt_dict_set(f->globals, names[ARG], v);  // a dict even when a subclass
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        PtObject *name = names[ARG];
        if (pt_object_delitem(f->globals, name) < 0) {
            if (pt_err_matches(pt_exc_KeyError)) {
                pt_err_clear();
                pt_op_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        PtObject *v = lp[ARG];
        PtObject *cell = pt_cell_new(v);
        if (cell == NULL) {
            goto error;
        }
        lp[ARG] = cell;
        pt_xdecref(v);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        PtObject *closure = FN(f->func)->closure;
        int32_t n = (int32_t)ARG, off = co->nlocalsplus - n;
        for (int32_t i = 0; i < n && closure != NULL; i++) {
            PtObject *c = pt_tuple_get(closure, i);
            pt_incref(c);
            pt_setref(&lp[off + i], c);
        }
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        PtObject *cell = lp[ARG];
        PtObject *v = cell != NULL ? ((PtCell *)(void *)cell)->ref : NULL;
        if (v == NULL) {
            pt_op_unbound_error(co, (int32_t)ARG);
            goto error;
        }
        pt_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        PtObject *v = pt_op_load_classderef(f, (int32_t)ARG);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        PtCell *cell = (PtCell *)(void *)lp[ARG];
        PtObject *old = cell->ref;
        cell->ref = POP();
        pt_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        PtCell *cell = (PtCell *)(void *)lp[ARG];
        PtObject *old = cell->ref;
        if (old == NULL) {
            pt_op_unbound_error(co, (int32_t)ARG);
            goto error;
        }
        cell->ref = NULL;
        pt_decref(old);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PtObject *cell = lp[ARG];
        pt_incref(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        PtObject *owner = TOP();
        PtObject *r = load_attr(owner, names[ARG], &caches[*ip++]);
        if (r == NULL) {
            goto error;
        }
        SET_TOP(r);
        pt_decref(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        PtObject *owner = POP(), *v = POP();
        int r = store_attr(owner, names[ARG], v, &caches[*ip++]);
        pt_decref(v);
        pt_decref(owner);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        PtObject *owner = POP();
        int r = pt_object_setattr(owner, names[ARG], NULL);
        pt_decref(owner);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        PtObject *owner = TOP(), *meth;
        int r = load_method(owner, names[ARG], &caches[*ip++], &meth);
        if (r < 0) {
            goto error;
        }
        if (r) {
            SET_TOP(meth);
            PUSH(owner);  // the reference moves to the self slot
        } else {
            SET_TOP(meth);
            pt_decref(owner);
            PUSH(NULL);
        }
        DISPATCH();
    }

    TARGET(LOAD_SUPER_METHOD) {
        PtObject *self = POP(), *cls = POP(), *gsuper = POP(), *meth, *mself;
        int r = pt_op_load_super_method(gsuper, cls, self, names[ARG], &meth, &mself);
        pt_decref(gsuper);
        pt_decref(cls);
        pt_decref(self);
        if (r < 0) {
            goto error;
        }
        PUSH(meth);
        PUSH(mself);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (pt_op_setup_annotations(f) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        ip++;
        PtObject *b = POP(), *a = TOP();
        if (pt_is_smallint(a) && pt_is_smallint(b)) {
            // + - * on small ints without leaving the loop; the rest in binary_op.
            int64_t x = pt_smallint_value(a), y = pt_smallint_value(b), z;
            uint32_t op = ARG >= PT_BINOP_INPLACE ? ARG - PT_BINOP_INPLACE : ARG;
            if ((op == PT_BINOP_ADD && !__builtin_add_overflow(x, y, &z)) ||
                (op == PT_BINOP_SUB && !__builtin_sub_overflow(x, y, &z)) ||
                (op == PT_BINOP_MUL && !__builtin_mul_overflow(x, y, &z))) {
                if (PT_LIKELY(pt_smallint_fits(z))) {
                    SET_TOP(pt_smallint(z));
                    DISPATCH();
                }
            }
        }
        PtObject *r = binary_op(a, b, ARG);
        pt_decref(a);
        pt_decref(b);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        PtObject *v = TOP(), *r;
        if (pt_is_smallint(v) && pt_smallint_value(v) != PT_SMALLINT_MIN) {
            r = pt_smallint(-pt_smallint_value(v));
        } else if (is_exact_float(v)) {
            r = pt_float_new(-pt_float_value(v));
        } else {
            r = pt_number_negative(v);
        }
        pt_decref(v);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        PtObject *v = TOP();
        PtObject *r = pt_number_positive(v);
        pt_decref(v);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        PtObject *v = TOP();
        int t = is_true(v);
        pt_decref(v);
        if (t < 0) {
            sp--;
            goto error;
        }
        SET_TOP(pt_newref(pt_bool(!t)));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        PtObject *v = TOP(), *r;
        if (pt_is_smallint(v)) {
            r = pt_smallint(~pt_smallint_value(v));
        } else {
            r = pt_number_invert(v);
        }
        pt_decref(v);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        ip++;
        PtObject *b = POP(), *a = TOP();
        uint32_t nw = *ip, nop = nw & 0xFF;
        if (pt_is_smallint(a) && pt_is_smallint(b) &&
            (nop == PT_OP_POP_JUMP_IF_FALSE || nop == PT_OP_POP_JUMP_IF_TRUE)) {
            // Fused compare-and-branch on small ints: no bool is materialised.
            int64_t x = pt_smallint_value(a), y = pt_smallint_value(b);
            int t = cmp_result((x > y) - (x < y), ARG);
            sp--;
            f->instr = ip;
            ip++;
            if (t == (nop == PT_OP_POP_JUMP_IF_TRUE)) {
                JUMP_TO_CHECKED(nw >> 8);
            }
            DISPATCH();
        }
        PtObject *r = compare_op(a, b, ARG);
        pt_decref(a);
        pt_decref(b);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(IS_OP) {
        PtObject *b = POP(), *a = TOP();
        int r = (a == b) ^ (int)ARG;
        pt_decref(a);
        pt_decref(b);
        SET_TOP(pt_newref(pt_bool(r)));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        PtObject *b = POP(), *a = TOP();
        int r = pt_seq_contains(b, a);
        pt_decref(a);
        pt_decref(b);
        if (r < 0) {
            sp--;
            goto error;
        }
        SET_TOP(pt_newref(pt_bool(r ^ (int)ARG)));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        ip++;
        PtObject *key = POP(), *container = TOP();
        PtObject *r = subscr(container, key);
        pt_decref(key);
        pt_decref(container);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        PtObject *key = POP(), *container = POP(), *v = POP();
        int r = store_subscr(container, key, v);
        pt_decref(key);
        pt_decref(container);
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        PtObject *key = POP(), *container = POP();
        int r = pt_object_delitem(container, key);
        pt_decref(key);
        pt_decref(container);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        PtObject *step = ARG == 3 ? POP() : NULL, *stop = POP(), *start = TOP();
        PtObject *s = pt_slice_new(start, stop, step);
        pt_decref(start);
        pt_decref(stop);
        pt_xdecref(step);
        if (s == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(s);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        uint32_t n = ARG;
        PtObject *t = pt_tuple_new((pt_ssize)n);
        if (t == NULL) {
            goto error;
        }
        sp -= n;
        for (uint32_t i = 0; i < n; i++) {
            pt_tuple_set_steal(t, i, sp[i]);
        }
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        uint32_t n = ARG;
        PtObject *l = pt_list_new((pt_ssize)n);
        if (l == NULL) {
            goto error;
        }
        sp -= n;
        for (uint32_t i = 0; i < n; i++) {
            pt_list_set_steal(l, i, sp[i]);
        }
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        uint32_t n = ARG;
        PtObject *s = pt_set_new(NULL);
        int err = s == NULL;
        for (uint32_t i = 0; i < n; i++) {
            PtObject *v = sp[(int)i - (int)n];
            if (!err && pt_set_add(s, v) < 0) {
                err = 1;
            }
            pt_decref(v);
        }
        sp -= n;
        if (err) {
            pt_xdecref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        uint32_t n = ARG;
        PtObject *d = pt_dict_new_presized((pt_ssize)n);
        int err = d == NULL;
        for (uint32_t i = 0; i < n; i++) {
            PtObject *k = sp[2 * ((int)i - (int)n)], *v = sp[2 * ((int)i - (int)n) + 1];
            if (!err && pt_dict_set(d, k, v) < 0) {
                err = 1;
            }
            pt_decref(k);
            pt_decref(v);
        }
        sp -= 2 * n;
        if (err) {
            pt_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        uint32_t n = ARG;
        PtObject *keys = POP();
        PtObject *d = pt_dict_new_presized((pt_ssize)n);
        int err = d == NULL;
        for (uint32_t i = 0; i < n; i++) {
            PtObject *v = sp[(int)i - (int)n];
            if (!err && pt_dict_set(d, pt_tuple_get(keys, i), v) < 0) {
                err = 1;
            }
            pt_decref(v);
        }
        sp -= n;
        pt_decref(keys);
        if (err) {
            pt_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        uint32_t n = ARG;
        PtObject *s = pt_op_build_string(sp - n, n);
        for (uint32_t i = 0; i < n; i++) {
            pt_decref(sp[(int)i - (int)n]);
        }
        sp -= n;
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        PtObject *v = POP();
        if (pt_list_append_steal(PEEK(ARG), v) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_ADD) {
        PtObject *v = POP();
        int r = pt_set_add(PEEK(ARG), v);
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        PtObject *v = POP(), *k = POP();
        int r = pt_dict_set(PEEK(ARG), k, v);
        pt_decref(k);
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        PtObject *it = POP();
        int r = pt_op_list_extend(PEEK(ARG), it);
        pt_decref(it);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        PtObject *it = POP(), *set = PEEK(ARG);
        PtObject *tmp = pt_set_new(it);
        int r = tmp != NULL ? 0 : -1;
        if (tmp != NULL) {
            pt_ssize pos = 0;
            PtObject *k;
            while (r == 0 && pt_set_next(tmp, &pos, &k)) {
                r = pt_set_add(set, k);
            }
            pt_decref(tmp);
        }
        pt_decref(it);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        PtObject *update = POP();
        int r = pt_op_dict_update(PEEK(ARG), update);
        pt_decref(update);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        PtObject *update = POP();
        PtObject **base = pt_frame_stack_base(f);
        PtObject *func = sp - (ARG + 3) >= base ? sp[-(int)(ARG + 3)] : pt_None;
        int r = pt_op_dict_merge(func != NULL ? func : pt_None, PEEK(ARG), update);
        pt_decref(update);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        PtObject *l = TOP();
        PtObject *t = pt_list_as_tuple(l);
        pt_decref(l);
        if (t == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(t);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        uint32_t n = ARG;
        PtObject *seq = POP();
        if (pt_is_tuple_exact(seq) && pt_tuple_len(seq) == (pt_ssize)n) {
            for (uint32_t i = 0; i < n; i++) {
                sp[n - 1 - i] = pt_newref(pt_tuple_get(seq, i));
            }
        } else if (pt_is_list_exact(seq) && pt_list_len(seq) == (pt_ssize)n) {
            for (uint32_t i = 0; i < n; i++) {
                sp[n - 1 - i] = pt_newref(pt_list_get(seq, i));
            }
        } else if (pt_op_unpack(seq, (pt_ssize)n, sp) < 0) {
            pt_decref(seq);
            goto error;
        }
        sp += n;
        pt_decref(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = (int)(ARG & 0xFF), after = (int)(ARG >> 8);
        PtObject *seq = POP();
        if (pt_op_unpack_ex(seq, before, after, sp) < 0) {
            pt_decref(seq);
            goto error;
        }
        sp += before + after + 1;
        pt_decref(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        uint32_t oparg = ARG;
        PtObject *spec = (oparg & 4) ? POP() : NULL, *v = TOP();
        PtObject *r = pt_op_format_value(v, (int)(oparg & 3), spec);
        pt_decref(v);
        pt_xdecref(spec);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMP_TO(ARG);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMP_TO(ARG);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        PtObject *v = POP();
        int t = is_true(v);
        pt_decref(v);
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMP_TO_CHECKED(ARG);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        PtObject *v = POP();
        int t = is_true(v);
        pt_decref(v);
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMP_TO_CHECKED(ARG);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        PtObject *v = POP();
        if (v == pt_None) {
            pt_decref(v);
            JUMP_TO_CHECKED(ARG);
            DISPATCH();
        }
        pt_decref(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        PtObject *v = POP();
        if (v != pt_None) {
            pt_decref(v);
            JUMP_TO_CHECKED(ARG);
            DISPATCH();
        }
        pt_decref(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = is_true(TOP());
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMP_TO(ARG);
        } else {
            PtObject *v = POP();
            pt_decref(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = is_true(TOP());
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMP_TO(ARG);
        } else {
            PtObject *v = POP();
            pt_decref(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        PtObject *v = TOP();
        PtObject *it = pt_object_iter(v);
        pt_decref(v);
        if (it == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        ip++;
        PtObject *it = TOP();
        PtType *itt = pt_type(it);
        if (itt == &pt_listiter_type) {
            // The rules of iter.c's listiter_next; exhaustion goes through it.
            PtSeqIter *li = (PtSeqIter *)(void *)it;
            PtList *l = (PtList *)(void *)li->seq;
            if (PT_LIKELY(l != NULL && li->index < l->size)) {
                PtObject *v = l->items[li->index++];
                pt_incref(v);
                PUSH(v);
                DISPATCH();
            }
        } else if (itt == &pt_rangeiter_type) {
            PtRangeIter *ri = (PtRangeIter *)(void *)it;
            if (PT_LIKELY(ri->index < ri->len)) {
                int64_t x = ri->start + ri->index++ * ri->step;
                PtObject *v = pt_smallint_fits(x) ? pt_smallint(x) : pt_int_from_i64(x);
                if (v == NULL) {
                    goto error;
                }
                PUSH(v);
                DISPATCH();
            }
        }
        PtUnaryFn next = itt->iternext;
        PtObject *v = next != NULL ? next(it) : pt_iter_next(it);
        if (PT_LIKELY(v != NULL)) {
            PUSH(v);
            DISPATCH();
        }
        if (pt_err_occurred()) {
            if (!pt_err_matches(pt_exc_StopIteration)) {
                goto error;
            }
            pt_err_clear();
        }
        sp--;
        pt_decref(it);
        JUMP_TO(ARG);
        DISPATCH();
    }

    TARGET(CALL) {
        PtCache *cc = &caches[*ip++];
        size_t nargs = ARG;
        PtObject **args = sp - nargs;
        PtObject **slot = args - 2;  // [callable, self_or_NULL, args...]
        PtObject *callable = slot[0];
        if (slot[1] != NULL) {
            args--;
            nargs++;
        } else if (pt_tid(callable) == PT_TID_METHOD) {
            PtMethodView *m = (PtMethodView *)(void *)callable;
            slot[0] = pt_newref(m->func);
            slot[1] = pt_newref(m->self);
            pt_decref(callable);
            callable = slot[0];
            args--;
            nargs++;
        }
        uint32_t ctid = pt_tid(callable);
        PtObject *r;
        if (PT_UNLIKELY(ts->use_tracing) && ts->c_profilefunc != NULL && !ts->tracing &&
            (ctid == PT_TID_BUILTIN_FUNCTION || ctid == PT_TID_METHOD_DESCR)) {
            r = call_c_profiled(ts, f, callable, args, nargs, NULL);
            goto call_done;
        }
        if (ctid == PT_TID_FUNCTION) {
            PtCode *nco = (PtCode *)FN(callable)->code;
            if (!(nco->flags & (PT_CO_GENERATOR | PT_CO_COROUTINE | PT_CO_ASYNC_GENERATOR))) {
                PtFrame *nf = call_push_frame(ts, callable, nco, args, nargs);
                sp = slot;
                if (nf == NULL) {
                    goto error;
                }
                f->stackdepth = (int32_t)(sp - pt_frame_stack_base(f));
                f->instr = ip - 1;
                nf->previous = f;
                ts->frame = nf;
                f = nf;
                goto start_frame;
            }
        } else if (ctid == PT_TID_BUILTIN_FUNCTION) {
            PtBuiltin *b = (PtBuiltin *)(void *)callable;
            if (methoddef_fast_ok(b->def, nargs)) {
                r = call_methoddef_fast(b->def, b->self, args, nargs);
                goto call_done;
            }
        } else if (ctid == PT_TID_METHOD_DESCR && nargs >= 1) {
            PtMethodDescr *d = (PtMethodDescr *)(void *)callable;
            PtType *st = pt_type(args[0]);
            if ((st == d->owner || pt_type_is_subtype(st, d->owner)) && methoddef_fast_ok(d->def, nargs - 1)) {
                r = call_methoddef_fast(d->def, args[0], args + 1, nargs - 1);
                goto call_done;
            }
        } else if (pt_type(callable) == &pt_type_type && args == slot + 2 &&
                   init_cache_check(cc, (PtType *)(void *)callable)) {
            // A class whose __init__ is a Python function: make the instance
            // and run __init__ in this loop; the instance replaces the class
            // in the caller's stack and is the result. (Only when the self
            // slot is free for it: a decorator call passes its argument there.)
            PtType *cls = (PtType *)(void *)callable;
            PtObject *inst = pt_object_alloc(cls, (size_t)cls->basicsize);
            if (inst == NULL) {
                goto call_fail;
            }
            if (pt_has_flag(inst, PT_OF_GC)) {
                pt_gc_track(inst);
            }
            PtObject *init = pt_newref(cc->ptr);
            slot[0] = inst;
            slot[1] = pt_newref(inst);
            pt_decref(callable);
            PtFrame *nf = call_push_frame(ts, init, (PtCode *)FN(init)->code, slot + 1, nargs + 1);
            sp = slot + 1;
            if (nf == NULL) {
                goto error;
            }
            nf->is_init = 1;
            f->stackdepth = (int32_t)(sp - pt_frame_stack_base(f));
            f->instr = ip - 1;
            nf->previous = f;
            ts->frame = nf;
            f = nf;
            goto start_frame;
        }
        {
            PtCallFn call = pt_type(callable)->call;
            r = call != NULL ? call(callable, args, nargs, NULL) : pt_object_call(callable, args, nargs, NULL);
        }
    call_done:
        for (size_t i = 0; i < nargs; i++) {
            pt_decref(args[i]);
        }
        pt_decref(callable);
        sp = slot;
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    call_fail:
        for (size_t i = 0; i < nargs; i++) {
            pt_decref(args[i]);
        }
        pt_decref(callable);
        sp = slot;
        goto error;
    }

    TARGET(CALL_KW) {
        ip++;
        PtObject *kwnames = POP();
        size_t total = ARG, nkw = (size_t)pt_tuple_len(kwnames);
        PtObject **args = sp - total;
        PtObject **slot = args - 2;
        PtObject *callable = slot[0];
        if (slot[1] != NULL) {
            args--;
            total++;
        } else if (pt_tid(callable) == PT_TID_METHOD) {
            PtMethodView *m = (PtMethodView *)(void *)callable;
            slot[0] = pt_newref(m->func);
            slot[1] = pt_newref(m->self);
            pt_decref(callable);
            callable = slot[0];
            args--;
            total++;
        }
        size_t npos = total - nkw;
        if (pt_tid(callable) == PT_TID_FUNCTION &&
            !(((PtCode *)FN(callable)->code)->flags & (PT_CO_GENERATOR | PT_CO_COROUTINE | PT_CO_ASYNC_GENERATOR))) {
            PtFrame *nf = pt_frame_push(ts, callable);
            if (nf == NULL) {
                pt_decref(kwnames);
                goto error;
            }
            int r = pt_call_bind(callable, nf, args, npos, kwnames);
            for (size_t i = 0; i < total; i++) {
                pt_decref(args[i]);
            }
            pt_decref(callable);
            pt_decref(kwnames);
            sp = slot;
            if (r < 0) {
                pt_frame_exit(ts, nf);
                goto error;
            }
            f->stackdepth = (int32_t)(sp - pt_frame_stack_base(f));
            f->instr = ip - 1;
            nf->previous = f;
            ts->frame = nf;
            f = nf;
            goto start_frame;
        }
        PtObject *r = pt_object_call(callable, args, npos, kwnames);
        for (size_t i = 0; i < total; i++) {
            pt_decref(args[i]);
        }
        pt_decref(callable);
        pt_decref(kwnames);
        sp = slot;
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        PtObject *kwargs = (ARG & 1) ? POP() : NULL;
        PtObject *callargs = POP(), *self = POP(), *func = POP();
        PtObject *r;
        if (self != NULL) {
            // A method call with *args: prepend self.
            PtObject *t = pt_seq_tuple(callargs), *full = NULL;
            if (t != NULL) {
                full = pt_tuple_new(pt_tuple_len(t) + 1);
                if (full != NULL) {
                    pt_tuple_set_steal(full, 0, pt_newref(self));
                    for (pt_ssize i = 0; i < pt_tuple_len(t); i++) {
                        pt_tuple_set_steal(full, i + 1, pt_newref(pt_tuple_get(t, i)));
                    }
                }
                pt_decref(t);
            }
            r = full != NULL ? pt_op_call_ex(func, full, kwargs) : NULL;
            pt_xdecref(full);
            pt_decref(self);
        } else {
            r = pt_op_call_ex(func, callargs, kwargs);
        }
        pt_decref(func);
        pt_decref(callargs);
        pt_xdecref(kwargs);
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        uint32_t flags = ARG;
        PtObject *code = POP();
        PtObject *extras[4] = {NULL, NULL, NULL, NULL};
        for (int i = 3; i >= 0; i--) {
            if (flags & (1u << i)) {
                extras[i] = POP();
            }
        }
        PtObject *fn = pt_op_make_function(code, f->globals, extras, flags);
        pt_decref(code);
        if (fn == NULL) {
            for (int i = 0; i < 4; i++) {
                pt_xdecref(extras[i]);
            }
            goto error;
        }
        PUSH(fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        PtObject *bc = pt_op_load_build_class(f);
        if (bc == NULL) {
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        uint32_t n = ARG;
        if (n == 0) {
            PtObject *exc = pt_tstate_handled_exc(ts);
            if (exc == NULL) {
                pt_err_set_string(pt_exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            pt_err_restore(pt_newref(exc));
            goto exception_unwind;
        }
        PtObject *cause = n == 2 ? POP() : NULL, *exc = POP();
        pt_op_do_raise(exc, cause);
        pt_decref(exc);
        pt_xdecref(cause);
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        PtObject *exc = TOP();
        PtObject *prev = ts->exc_info->exc;
        SET_TOP(prev != NULL ? prev : pt_newref(pt_None));
        ts->exc_info->exc = pt_newref(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        PtObject *v = POP();
        PtObject *old = ts->exc_info->exc;
        if (v == pt_None) {
            pt_decref(v);
            v = NULL;
        }
        ts->exc_info->exc = v;
        pt_xdecref(old);
        DISPATCH();
    }

    TARGET(RERAISE) {
        PtObject *exc = POP();
        unwind_at = (int32_t)(f->instr - co->code);
        if (ARG) {
            PtObject *lasti = POP();
            if (pt_is_smallint(lasti)) {
                f->instr = co->code + pt_smallint_value(lasti);
            }
            pt_decref(lasti);
        }
        pt_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(CHECK_EXC_MATCH) {
        PtObject *type = POP(), *exc = TOP();
        if (pt_op_check_except_type(type) < 0) {
            pt_decref(type);
            goto error;
        }
        int r = pt_err_given_matches(exc, type);
        pt_decref(type);
        PUSH(pt_newref(pt_bool(r)));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        PtObject *type = POP(), *exc = TOP(), *match, *rest;
        if (pt_op_check_except_star_type(type) < 0 || pt_op_eg_match(exc, type, &match, &rest) < 0) {
            pt_decref(type);
            goto error;
        }
        pt_decref(type);
        if (match == pt_None) {
            pt_decref(rest);
            PUSH(match);
        } else {
            SET_TOP(rest);
            pt_decref(exc);
            PUSH(match);
            pt_setref(&ts->exc_info->exc, pt_newref(match));
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        PtObject *list = POP(), *orig = TOP();
        PtObject *r = pt_op_prep_reraise_star(orig, list);
        pt_decref(list);
        pt_decref(orig);
        if (r == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(pt_newref(pt_exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        PtObject *mgr = TOP(), *exit = NULL;
        PtObject *res = pt_op_before_with(mgr, &exit, 0);
        if (res == NULL) {
            goto error;
        }
        SET_TOP(exit);
        pt_decref(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        PtObject *mgr = TOP(), *exit = NULL;
        PtObject *res = pt_op_before_with(mgr, &exit, 1);
        if (res == NULL) {
            goto error;
        }
        SET_TOP(exit);
        pt_decref(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        PtObject *exc = TOP(), *exit = PEEK(4);
        PtObject *tb = pt_exc_is_instance(exc) ? pt_exc_traceback(exc) : NULL;
        PtObject *args[3] = {(PtObject *)pt_type(exc), exc, tb != NULL ? tb : pt_None};
        PtObject *r = pt_object_call(exit, args, 3, NULL);
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        if (PT_UNLIKELY(ts->use_tracing) && trace_frame_end(ts, f, retval) < 0) {
            pt_decref(retval);
            goto error;
        }
        f->instr = ip - 1;
        f->stackdepth = (int32_t)(sp - pt_frame_stack_base(f));
        f->state = PT_FRAME_SUSPENDED;
        ts->frame = f->previous;
        ts->recursion_depth--;
        return retval;
    }

    TARGET(SEND) {
        PtObject *v = POP(), *receiver = TOP(), *out;
        int r = send_value(receiver, v, &out);
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        if (r > 0) {
            PUSH(out);
        } else {
            pt_decref(receiver);
            SET_TOP(out);
            JUMP_TO(ARG);
        }
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        PtObject *v = TOP();
        PtObject *it = pt_op_get_yield_from_iter(v, co);
        if (it == NULL) {
            goto error;
        }
        SET_TOP(it);
        pt_decref(v);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        PtObject *v = TOP();
        PtObject *it = pt_op_get_awaitable(v, (int)ARG);
        if (it == NULL) {
            goto error;
        }
        SET_TOP(it);
        pt_decref(v);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        PtObject *v = TOP();
        PtObject *it = pt_op_get_aiter(v);
        if (it == NULL) {
            goto error;
        }
        SET_TOP(it);
        pt_decref(v);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        PtObject *aw = pt_op_get_anext(TOP());
        if (aw == NULL) {
            goto error;
        }
        PUSH(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        PtObject *exc = POP();
        if (pt_err_given_matches(exc, pt_exc_StopAsyncIteration)) {
            PtObject *aiter = POP();
            pt_decref(exc);
            pt_decref(aiter);
            DISPATCH();
        }
        pt_err_restore(exc);
        unwind_at = (int32_t)(f->instr - co->code);
        goto exception_unwind;
    }

    TARGET(ASYNC_GEN_WRAP) {
        PtObject *v = TOP();
        PtObject *wv = pt_async_gen_wrap(v);
        if (wv == NULL) {
            goto error;
        }
        SET_TOP(wv);
        pt_decref(v);
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        pt_err_set_string(pt_exc_SystemError, "RETURN_GENERATOR is not used by pith");
        goto error;
    }

    TARGET(GET_LEN) {
        pt_ssize n = pt_object_len(TOP());
        if (n < 0) {
            goto error;
        }
        PtObject *v = pt_int_from_ssize(n);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        PtObject *v = TOP();
        int r = pt_is_heap(v) && (pt_type(v)->flags & PT_TF_MAPPING);
        PUSH(pt_newref(pt_bool(r)));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        PtObject *v = TOP();
        int r = pt_is_heap(v) && (pt_type(v)->flags & PT_TF_SEQUENCE);
        PUSH(pt_newref(pt_bool(r)));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        PtObject *vals = pt_op_match_keys(PEEK(2), TOP());
        if (vals == NULL) {
            goto error;
        }
        PUSH(vals);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        PtObject *kwnames = POP(), *cls = POP(), *subject = TOP();
        PtObject *r = pt_op_match_class(subject, cls, (int)ARG, kwnames);
        pt_decref(kwnames);
        pt_decref(cls);
        if (r == NULL) {
            goto error;
        }
        SET_TOP(r);
        pt_decref(subject);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        PtObject *fromlist = POP(), *level = TOP();
        PtObject *m = pt_op_import_name(f, names[ARG], fromlist, level);
        pt_decref(fromlist);
        pt_decref(level);
        if (m == NULL) {
            sp--;
            goto error;
        }
        SET_TOP(m);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        PtObject *v = pt_op_import_from(TOP(), names[ARG]);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        PtObject *m = POP();
        int r = pt_op_import_star(f, m);
        pt_decref(m);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        PtObject *v = POP();
        int r = pt_op_print_expr(v);
        pt_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

#if !PT_COMPUTED_GOTO
    default:
        goto op_unknown;
    }
#endif

op_unknown:
    pt_err_format(pt_exc_SystemError, "unknown opcode %u", (unsigned)(w & 0xFF));
    goto error;

#if PT_COMPUTED_GOTO
op_trace:
    // Every instruction comes here while some thread traces lines.
    if (ts->c_tracefunc != NULL) {
        if (trace_line(ts, f) < 0) {
            goto error;
        }
    } else if (interp->trace_threads == 0) {
        update_dispatch_tables(interp);
    }
    goto *targets[w & 0xFF];
#endif

do_return:
    // Leave frame `f` with `retval`; resume the caller if it runs in this loop.
    {
        if (PT_UNLIKELY(ts->use_tracing) && trace_frame_end(ts, f, retval) < 0) {
            pt_decref(retval);
            goto error;
        }
        PtObject **base = pt_frame_stack_base(f);
        while (sp > base) {
            PtObject *v = POP();
            pt_xdecref(v);
        }
        f->stackdepth = 0;
        ts->recursion_depth--;
        ts->frame = f->previous;
        if (f->is_entry) {
            pt_frame_exit(ts, f);
            return retval;
        }
        PtFrame *prev = f->previous;
        int was_init = f->is_init;
        pop_frame(ts, f);
        f = prev;
        LOAD_FRAME();
        sp = pt_frame_stack_base(f) + f->stackdepth;
        ip = f->instr + 1;
        if (PT_UNLIKELY(was_init)) {
            // The instance is already on the stack in place of its class.
            if (retval != pt_None) {
                pt_err_format(pt_exc_TypeError, "__init__() should return None, not '%s'", pt_type_name_of(retval));
                pt_decref(retval);
                goto error;
            }
            pt_decref(retval);
        } else {
            PUSH(retval);
        }
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

error:
    if (PT_UNLIKELY(ts->curexc == NULL)) {
        pt_err_set_string(pt_exc_SystemError, "error return without exception set");
    }
    add_traceback(f);
    if (PT_UNLIKELY(ts->use_tracing)) {
        trace_exception(ts, f);  // a failing tracer's exception replaces the current one
    }
exception_unwind:
    {
        int32_t at = unwind_at >= 0 ? unwind_at : (int32_t)(f->instr - co->code);
        unwind_at = -1;
        const PtExcEntry *h = find_handler(co, at);
        PtObject **base = pt_frame_stack_base(f);
        if (h != NULL) {
            while (sp > base + h->depth) {
                PtObject *v = POP();
                pt_xdecref(v);
            }
            if (h->lasti) {
                PUSH(pt_smallint(f->instr - co->code));
            }
            PtObject *exc = pt_err_fetch();
            if (exc == NULL) {
                exc = pt_exc_new(pt_exc_SystemError, pt_tuple_empty());
                if (exc == NULL) {
                    exc = pt_err_fetch();
                }
            }
            PUSH(exc);
            JUMP_TO(h->target);
            DISPATCH();
        }
        while (sp > base) {
            PtObject *v = POP();
            pt_xdecref(v);
        }
    }
exit_unwind:
    // No handler in `f`: leave it and raise in the caller.
    {
        if (PT_UNLIKELY(ts->use_tracing)) {
            trace_frame_end(ts, f, NULL);
        }
        PtObject **base = pt_frame_stack_base(f);
        while (sp > base) {
            PtObject *v = POP();
            pt_xdecref(v);
        }
        f->stackdepth = 0;
        ts->recursion_depth--;
        ts->frame = f->previous;
        if (f->is_entry) {
            pt_frame_exit(ts, f);
            return NULL;
        }
        PtFrame *prev = f->previous;
        pt_frame_exit(ts, f);
        f = prev;
        LOAD_FRAME();
        sp = pt_frame_stack_base(f) + f->stackdepth;
        goto error;
    }
}

// ---- Entry points from C ----

PtObject *pt_eval_code(PtObject *code, PtObject *globals, PtObject *locals) {
    PtThreadState *ts = pt_tstate_current;
    PtObject *fn = pt_function_new(code, globals, NULL);
    if (fn == NULL) {
        return NULL;
    }
    PtFrame *f = pt_frame_push(ts, fn);
    pt_decref(fn);
    if (f == NULL) {
        return NULL;
    }
    f->locals = pt_newref(locals != NULL && locals != pt_None ? locals : globals);
    PtCode *co = (PtCode *)code;
    if (co->flags & (PT_CO_GENERATOR | PT_CO_COROUTINE | PT_CO_ASYNC_GENERATOR)) {
        return pt_gen_new_from_frame(ts, f);
    }
    f->is_entry = 1;
    return pt_eval_frame(ts, f, 0);
}

PtObject *pt_eval_function_with_locals(PtObject *func, PtObject *locals) {
    PtThreadState *ts = pt_tstate_current;
    PtFrame *f = pt_frame_push(ts, func);
    if (f == NULL) {
        return NULL;
    }
    f->locals = pt_newref(locals);
    f->is_entry = 1;
    return pt_eval_frame(ts, f, 0);
}

PtObject *pt_eval_get_frame(void) {
    PtThreadState *ts = pt_tstate_current;
    if (ts == NULL || ts->frame == NULL) {
        return NULL;
    }
    PtObject *fo = pt_frame_get_object(ts->frame);
    return fo != NULL ? pt_newref(fo) : NULL;
}

PtObject *pt_eval_get_frame_at(int depth) {
    PtThreadState *ts = pt_tstate_current;
    PtFrame *f = ts != NULL ? ts->frame : NULL;
    while (f != NULL && depth > 0) {
        f = f->previous;
        depth--;
    }
    if (f == NULL) {
        return pt_err_set_string(pt_exc_ValueError, "call stack is not deep enough");
    }
    PtObject *fo = pt_frame_get_object(f);
    return fo != NULL ? pt_newref(fo) : NULL;
}

PtObject *pt_eval_globals(void) {
    PtThreadState *ts = pt_tstate_current;
    return ts != NULL && ts->frame != NULL ? ts->frame->globals : NULL;
}

PtObject *pt_eval_builtins(void) {
    PtThreadState *ts = pt_tstate_current;
    if (ts != NULL && ts->frame != NULL) {
        return ts->frame->builtins;
    }
    return pt_interp()->builtins;
}

PtObject *pt_eval_locals(void) {
    PtThreadState *ts = pt_tstate_current;
    if (ts == NULL || ts->frame == NULL) {
        return pt_err_set_string(pt_exc_SystemError, "frame does not exist");
    }
    PtObject *l = pt_frame_locals(ts->frame);
    return l != NULL ? pt_newref(l) : NULL;
}

// ---- Start-up ----

static PtObject *default_builtins(void) { return pt_interp()->builtins; }

static void gc_due(void) { pt_eval_breaker_set(PT_EB_GC); }

int pt_vm_init(void) {
    pt_eval_frame(NULL, NULL, 0);  // hands over the dispatch tables
    pt_function_set_call(pt_function_call);
    pt_func_default_builtins = default_builtins;
    pt_gc_due_hook = gc_due;
    return pt_gen_init();
}
