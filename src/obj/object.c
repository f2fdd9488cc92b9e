// src/obj/object.c: allocation and freeing of objects, and the singletons.
//
// Every heap object is born in pt_object_alloc and dies in pt_object_free;
// see the layout comment in include/pith/object.h. pt_dealloc is called when
// a reference count reaches zero. Freeing is iterative: while one dealloc is
// running, objects whose counts reach zero are queued instead of freed
// recursively, so dropping a 10,000,000-long linked list uses constant C
// stack. The generic protocols (getattr, calls, operators) are in abstract.c.
//
// Guards: tests/golden/gc/, tests/unit/test_alloc.c.
#include <string.h>

#include "pith.h"      // the object API
#include "mem/alloc.h" // pt_mem_alloc_fast, pt_mem_free_fast
#include "mem/gc.h"    // pt_gc_note_alloc, pt_gc_note_free, PtGCHead
#include "obj/weakref.h"  // pt_weakref_clear_all
#include "mem/stats.h"    // pt_memstats_note_alloc, pt_memstats_note_free

_Static_assert(sizeof(PtGCHead) == PT_GC_HEAD_SIZE, "GC pre-header size mismatch");
_Static_assert(sizeof(PtObject) == 8, "the object header is one word");

// ---- Allocation ----

static size_t alloc_total(PtType *type, size_t size, int *gc) {
    *gc = (type->flags & PT_TF_GC) != 0;
    return (size_t)type->prefix_words * sizeof(PtObject *) + (*gc ? PT_GC_HEAD_SIZE : 0) + size;
}

#define BIG_ZEROED (256 * 1024)

PtObject *pt_object_alloc_partial(PtType *type, size_t size, size_t zeroed) {
    // A static type outside types.def gets its id (and is readied) on first use.
    // Types in types.def have fixed ids and are readied at start-up, which
    // itself allocates dicts before `dict` is ready.
    if (__builtin_expect(type->tid == 0, 0)) {
        if (pt_type_ready(type) < 0) {
            return NULL;
        }
    }
    int gc;
    size_t total = alloc_total(type, size, &gc);
    size_t nzero = total - size + (zeroed < size ? zeroed : size);
    // A big zeroed object comes from calloc: fresh pages are zero already and
    // stay out of RSS until written (bytes(n) for a big n).
    char *base = nzero >= BIG_ZEROED ? pt_mem_alloc_zero(total) : pt_mem_alloc_fast(total);
    if (base == NULL) {
        return pt_err_no_memory();
    }
    if (nzero < BIG_ZEROED) {
        memset(base, 0, nzero);
    }
    PtObject *o = (PtObject *)(base + total - size);
    o->refcnt = 1;
    o->tinfo = type->tid | (gc ? PT_OF_GC : 0);
    if (type->flags & PT_TF_HEAPTYPE) {
        pt_incref((PtObject *)type);
    }
    if (gc) {
        pt_gc_note_alloc();
    }
    pt_memstats_note_alloc(type->tid, total);
    return o;
}

PtObject *pt_object_alloc(PtType *type, size_t size) { return pt_object_alloc_partial(type, size, size); }

void pt_object_free(PtObject *o, size_t size) {
    if (o->tinfo & PT_OF_WEAKREFS) {
        pt_weakref_clear_all(o);
    }
    PtType *type = pt_type(o);
    int gc;
    size_t total = alloc_total(type, size, &gc);
    PT_ASSERT(gc == pt_has_flag(o, PT_OF_GC));
    char *base = (char *)o + size - total;
    pt_memstats_note_free(type->tid, total);
    pt_mem_free_fast(base, total);
    if (gc) {
        pt_gc_note_free();
    }
    if (type->flags & PT_TF_HEAPTYPE) {
        pt_decref((PtObject *)type);
    }
}

// ---- Deallocation ----

// Objects waiting to be freed while a dealloc is in progress. The queue is a
// plain array owned by the GIL holder (protected by the GIL).
static PtObject **pending;
static size_t npending, cap_pending;
static int dealloc_depth;

// Queue `o`; if the queue cannot grow, free it recursively instead (correct,
// merely not stack-bounded, and only when memory is exhausted).
static int defer_dealloc(PtObject *o) {
    if (npending == cap_pending) {
        size_t ncap = cap_pending ? cap_pending * 2 : 256;
        PtObject **grown = pt_mem_realloc(pending, cap_pending * sizeof(*pending), ncap * sizeof(*pending));
        if (grown == NULL) {
            return 0;
        }
        pending = grown;
        cap_pending = ncap;
    }
    pending[npending++] = o;
    return 1;
}

void pt_dealloc(PtObject *o) {
    if (pt_has_flag(o, PT_OF_STATIC)) {
        o->refcnt = PT_REFCNT_STATIC;  // never freed; repair a miscounted static
        return;
    }
    if (dealloc_depth > 0) {
        // Queued objects must be invisible to a collection that a __del__
        // running meanwhile may trigger.
        if (pt_has_flag(o, PT_OF_TRACKED)) {
            pt_gc_untrack(o);
        }
        if (defer_dealloc(o)) {
            return;
        }
    }
    dealloc_depth++;
    pt_type(o)->dealloc(o);
    if (dealloc_depth == 1) {
        while (npending > 0) {
            PtObject *next = pending[--npending];
            pt_type(next)->dealloc(next);
        }
        // Freeing a long list or chain grew the queue: give it back, so that
        // a million freed objects do not leave 8 MB behind. A small queue stays.
        if (cap_pending > 4096) {
            pt_mem_free(pending, cap_pending * sizeof(*pending));
            pending = NULL;
            cap_pending = 0;
        }
    }
    dealloc_depth--;
}

// ---- None, NotImplemented, Ellipsis ----

static PtObject *none_repr(PtObject *o) { return pt_str_from_cstr("None"); }
static PtObject *notimpl_repr(PtObject *o) { return pt_str_from_cstr("NotImplemented"); }
static PtObject *ellipsis_repr(PtObject *o) { return pt_str_from_cstr("Ellipsis"); }
static int none_bool(PtObject *o) { return 0; }
static void static_dealloc(PtObject *o) { o->refcnt = PT_REFCNT_STATIC; }

static PtObject *none_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kw) {
    if (nargs || kw) {
        return pt_err_set_string(pt_exc_TypeError, "NoneType takes no arguments");
    }
    return pt_None;
}
static PtObject *notimpl_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kw) {
    if (nargs || kw) {
        return pt_err_set_string(pt_exc_TypeError, "NotImplementedType takes no arguments");
    }
    return pt_NotImplemented;
}
static PtObject *ellipsis_new(PtType *t, PtObject *const *args, size_t nargs, PtObject *kw) {
    if (nargs || kw) {
        return pt_err_set_string(pt_exc_TypeError, "ellipsis takes no arguments");
    }
    return pt_Ellipsis;
}
static PtObject *singleton_reduce(PtObject *o, PtObject *unused) {
    return pt_object_repr(o);
}
static pt_hash singleton_hash(PtObject *o) { return (pt_hash)((uintptr_t)o >> 4); }

static PtNumberMethods none_as_number = {.bool_ = none_bool};
static const PtMethodDef singleton_methods[] = {
    {"__reduce__", PT_FN(singleton_reduce), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_none_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "NoneType",
    .tid = PT_TID_NONE,
    .basicsize = sizeof(PtObject),
    .dealloc = static_dealloc,
    .repr = none_repr,
    .hash = singleton_hash,
    .new_ = none_new,
    .as_number = &none_as_number,
    .doc = "The type of the None singleton.",
};
PtType pt_notimpl_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "NotImplementedType",
    .tid = PT_TID_NOTIMPL,
    .basicsize = sizeof(PtObject),
    .dealloc = static_dealloc,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .new_ = notimpl_new,
    .methods = singleton_methods,
};
PtType pt_ellipsis_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "ellipsis",
    .tid = PT_TID_ELLIPSIS,
    .basicsize = sizeof(PtObject),
    .dealloc = static_dealloc,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .new_ = ellipsis_new,
    .methods = singleton_methods,
};

PtObject pt_NoneObj = PT_STATIC_HEADER(NONE);
PtObject pt_NotImplementedObj = PT_STATIC_HEADER(NOTIMPL);
PtObject pt_EllipsisObj = PT_STATIC_HEADER(ELLIPSIS);
