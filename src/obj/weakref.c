// src/obj/weakref.c: weak references, kept in a side table.
//
// No object pays a word for weak references it may never have. Instead a
// hash table maps an object's address to the doubly-linked list of weak
// references to it, and the object's header carries the PT_OF_WEAKREFS bit
// while that list is non-empty. When such an object dies, pt_object_free
// sees the bit and calls pt_weakref_clear_all: every reference is detached
// (it now returns None) and then the callbacks run, oldest reference last as
// in CPython. The cycle collector calls the hook below before finalizers so
// that garbage cycles clear their weak references first and callbacks of
// references that are themselves garbage never run.
//
// Guards: tests/golden/modules/weakref/, tests/golden/gc/.
#include <string.h>

#include "pith.h"      // the object API
#include "obj/weakref.h"  // declarations
#include "mem/gc.h"    // pt_gc_weakref_hook, pt_gc_is_unreachable

// ---- The side table: address -> first reference ----
//
// Open addressing with linear probing; deleted slots are tombstones. Protected
// by the GIL.

#define TOMBSTONE ((PtObject *)(uintptr_t)1)

typedef struct Slot {
    PtObject *key;     // referent address, NULL (empty) or TOMBSTONE
    PtWeakref *head;   // newest reference first
} Slot;

static Slot *table;
static size_t table_cap, table_used, table_live;

static size_t slot_hash(PtObject *o) { return (size_t)(((uintptr_t)o >> 3) * 0x9E3779B97F4A7C15ull); }

static Slot *find_slot(PtObject *o) {
    if (table_cap == 0) {
        return NULL;
    }
    size_t mask = table_cap - 1, i = slot_hash(o) & mask;
    for (;;) {
        Slot *s = &table[i];
        if (s->key == o) {
            return s;
        }
        if (s->key == NULL) {
            return NULL;
        }
        i = (i + 1) & mask;
    }
}

static int table_grow(void) {
    size_t ncap = table_cap ? table_cap * 2 : 64;
    while (table_live * 2 >= ncap) {
        ncap *= 2;
    }
    Slot *nt = pt_mem_alloc_zero(ncap * sizeof(Slot));
    if (nt == NULL) {
        return -1;
    }
    for (size_t i = 0; i < table_cap; i++) {
        if (table[i].key != NULL && table[i].key != TOMBSTONE) {
            size_t j = slot_hash(table[i].key) & (ncap - 1);
            while (nt[j].key != NULL) {
                j = (j + 1) & (ncap - 1);
            }
            nt[j] = table[i];
        }
    }
    pt_mem_free(table, table_cap * sizeof(Slot));
    table = nt;
    table_cap = ncap;
    table_used = table_live;
    return 0;
}

// The slot for `o`, inserted if absent. NULL when out of memory.
static Slot *insert_slot(PtObject *o) {
    Slot *s = find_slot(o);
    if (s != NULL) {
        return s;
    }
    if ((table_used + 1) * 4 >= table_cap * 3 && table_grow() < 0) {
        return NULL;
    }
    size_t mask = table_cap - 1, i = slot_hash(o) & mask;
    while (table[i].key != NULL && table[i].key != TOMBSTONE) {
        i = (i + 1) & mask;
    }
    if (table[i].key == NULL) {
        table_used++;
    }
    table_live++;
    table[i].key = o;
    table[i].head = NULL;
    return &table[i];
}

static void remove_slot(Slot *s) {
    s->key = TOMBSTONE;
    s->head = NULL;
    table_live--;
}

// Unlink `r` from its referent's list (the referent is alive).
static void unlink_ref(PtWeakref *r) {
    Slot *s = find_slot(r->obj);
    if (s == NULL) {
        return;
    }
    if (r->prev != NULL) {
        r->prev->next = r->next;
    } else {
        s->head = r->next;
    }
    if (r->next != NULL) {
        r->next->prev = r->prev;
    }
    r->next = r->prev = NULL;
    if (s->head == NULL) {
        pt_clear_flag(r->obj, PT_OF_WEAKREFS);
        remove_slot(s);
    }
}

// ---- Creating references ----

int pt_weakref_supported(PtObject *o) {
    if (!pt_is_heap(o)) {
        return 0;
    }
    PtType *t = pt_type(o);
    if (t->flags & PT_TF_HEAPTYPE) {
        // Instances of classes, unless __slots__ leaves __weakref__ out.
        for (PtType *b = t; b != NULL && (b->flags & PT_TF_HEAPTYPE); b = b->base) {
            if (b->ht_slots == NULL) {
                return 1;
            }
            if (pt_dict_get_cstr(b->dict, "__weakref__") != NULL) {
                return 1;
            }
        }
        PtType *solid = t;
        while (solid->flags & PT_TF_HEAPTYPE) {
            solid = solid->base;
        }
        return solid->flags & PT_TF_WEAKREFABLE ? 1 : 0;
    }
    return (t->flags & PT_TF_WEAKREFABLE) != 0;
}

static PtWeakref *weakref_alloc(PtType *type, PtObject *obj, PtObject *callback) {
    PtWeakref *r = (PtWeakref *)pt_object_alloc(type, sizeof(PtWeakref));
    if (r == NULL) {
        return NULL;
    }
    r->obj = obj;
    r->callback = callback != NULL && callback != pt_None ? pt_newref(callback) : NULL;
    r->hash = -1;
    Slot *s = insert_slot(obj);
    if (s == NULL) {
        r->obj = NULL;
        pt_decref((PtObject *)r);
        pt_err_no_memory();
        return NULL;
    }
    // Plain references go to the front (shared, see below); others after them.
    r->next = s->head;
    r->prev = NULL;
    if (s->head != NULL) {
        s->head->prev = r;
    }
    s->head = r;
    pt_set_flag(obj, PT_OF_WEAKREFS);
    if (r->callback != NULL) {
        pt_gc_track((PtObject *)r);
    }
    return r;
}

PtObject *pt_weakref_new(PtType *type, PtObject *obj, PtObject *callback) {
    if (!pt_weakref_supported(obj)) {
        return pt_err_format(pt_exc_TypeError, "cannot create weak reference to '%s' object", pt_type_name_of(obj));
    }
    // `ref(o)` without a callback returns the existing plain reference, as CPython does.
    if ((callback == NULL || callback == pt_None) && type == &pt_weakref_type) {
        Slot *s = find_slot(obj);
        for (PtWeakref *r = s != NULL ? s->head : NULL; r != NULL; r = r->next) {
            if (r->callback == NULL && pt_type((PtObject *)r) == &pt_weakref_type) {
                return pt_newref((PtObject *)r);
            }
        }
    }
    return (PtObject *)weakref_alloc(type, obj, callback);
}

PtObject *pt_weakref_get(PtObject *ref) {
    PtObject *o = ((PtWeakref *)ref)->obj;
    return o != NULL ? o : pt_None;
}

pt_ssize pt_weakref_count(PtObject *obj) {
    Slot *s = pt_is_heap(obj) && pt_has_flag(obj, PT_OF_WEAKREFS) ? find_slot(obj) : NULL;
    pt_ssize n = 0;
    for (PtWeakref *r = s != NULL ? s->head : NULL; r != NULL; r = r->next) {
        n++;
    }
    return n;
}

PtObject *pt_weakref_list(PtObject *obj) {
    PtObject *l = pt_list_new(0);
    Slot *s = pt_is_heap(obj) && pt_has_flag(obj, PT_OF_WEAKREFS) ? find_slot(obj) : NULL;
    for (PtWeakref *r = s != NULL ? s->head : NULL; l != NULL && r != NULL; r = r->next) {
        if (pt_list_append(l, (PtObject *)r) < 0) {
            pt_decref(l);
            return NULL;
        }
    }
    return l;
}

// ---- Death of a referent ----

static void run_callback(PtWeakref *r) {
    PtObject *cb = r->callback;
    r->callback = NULL;
    PtObject *res = pt_object_call1(cb, (PtObject *)r);
    if (res == NULL) {
        pt_err_write_unraisable(cb);
    } else {
        pt_decref(res);
    }
    pt_decref(cb);
}

// Detach every reference to `o`; returns the detached ones that have a
// callback, as a chain through ->next holding a new reference to each.
static PtWeakref *detach_all(PtObject *o) {
    Slot *s = find_slot(o);
    pt_clear_flag(o, PT_OF_WEAKREFS);
    if (s == NULL) {
        return NULL;
    }
    PtWeakref *r = s->head, *with_cb = NULL, *tail = NULL;
    remove_slot(s);
    while (r != NULL) {
        PtWeakref *next = r->next;
        r->obj = NULL;
        r->next = r->prev = NULL;
        if (r->callback != NULL) {
            pt_incref((PtObject *)r);
            // Keep CPython's order: callbacks of newer references run first.
            if (tail == NULL) {
                with_cb = tail = r;
            } else {
                tail->next = r;
                tail = r;
            }
        }
        r = next;
    }
    return with_cb;
}

void pt_weakref_clear_all(PtObject *o) {
    PtObject *saved = pt_err_fetch();
    PtWeakref *r = detach_all(o);
    while (r != NULL) {
        PtWeakref *next = r->next;
        r->next = NULL;
        if (r->callback != NULL) {
            run_callback(r);
        }
        pt_decref((PtObject *)r);
        r = next;
    }
    pt_err_restore(saved);
}

// The collector's hook: clear references to unreachable objects before any
// finalizer runs; run callbacks only of references that survive.
static size_t gc_hook(PtGCHead *unreachable) {
    PtWeakref *pending = NULL, *tail = NULL;
    for (PtObject *o = pt_gc_list_first(unreachable); o != NULL; o = pt_gc_list_next(unreachable, o)) {
        if (!pt_has_flag(o, PT_OF_WEAKREFS)) {
            continue;
        }
        PtWeakref *chain = detach_all(o);
        while (chain != NULL) {
            PtWeakref *next = chain->next;
            chain->next = NULL;
            if (pt_gc_is_unreachable((PtObject *)chain)) {
                // The reference dies with the cycle: its callback never runs.
                pt_clearref(&chain->callback);
                pt_decref((PtObject *)chain);
            } else if (tail == NULL) {
                pending = tail = chain;
            } else {
                tail->next = chain;
                tail = chain;
            }
            chain = next;
        }
    }
    while (pending != NULL) {
        PtWeakref *next = pending->next;
        pending->next = NULL;
        if (pending->callback != NULL) {
            run_callback(pending);
        }
        pt_decref((PtObject *)pending);
        pending = next;
    }
    return 0;
}

void pt_weakref_init(void) {
    pt_gc_weakref_hook = gc_hook;
    // The builtin types whose instances CPython lets you reference weakly.
    PtType *const weakrefable[] = {
        &pt_type_type,     &pt_function_type,  &pt_builtin_function_type, &pt_method_type,
        &pt_set_type,      &pt_frozenset_type, &pt_module_type,           &pt_generator_type,
        &pt_coroutine_type, &pt_async_generator_type, &pt_code_type,      &pt_weakref_type,
        &pt_method_descr_type, &pt_classmethod_descr_type, &pt_wrapper_descr_type,
    };
    for (size_t i = 0; i < sizeof weakrefable / sizeof weakrefable[0]; i++) {
        weakrefable[i]->flags |= PT_TF_WEAKREFABLE;
    }
}

// ---- The ref type ----

static void weakref_dealloc(PtObject *self) {
    PtWeakref *r = (PtWeakref *)self;
    pt_gc_untrack(self);
    if (r->obj != NULL) {
        unlink_ref(r);
    }
    pt_xdecref(r->callback);
    pt_object_free(self, sizeof(PtWeakref));
}

static int weakref_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtWeakref *r = (PtWeakref *)self;
    return r->callback != NULL ? visit(r->callback, arg) : 0;
}

static int weakref_clear(PtObject *self) {
    PtWeakref *r = (PtWeakref *)self;
    if (r->obj != NULL) {
        unlink_ref(r);
        r->obj = NULL;
    }
    pt_clearref(&r->callback);
    return 0;
}

static PtObject *weakref_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs != 0 || (kwnames != NULL && pt_tuple_len(kwnames) > 0)) {
        return pt_err_format(pt_exc_TypeError, "weakref() takes 0 arguments (%d given)", (int)nargs);
    }
    return pt_newref(pt_weakref_get(self));
}

static pt_hash weakref_hash(PtObject *self) {
    PtWeakref *r = (PtWeakref *)self;
    if (r->hash != -1) {
        return r->hash;
    }
    if (r->obj == NULL) {
        pt_err_set_string(pt_exc_TypeError, "weak object has gone away");
        return -1;
    }
    pt_incref(r->obj);
    pt_hash h = pt_object_hash(r->obj);
    pt_decref(r->obj);
    r->hash = h;
    return h;
}

static PtObject *weakref_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || !pt_object_typecheck(b, &pt_weakref_type)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *x = ((PtWeakref *)a)->obj, *y = ((PtWeakref *)b)->obj;
    if (x == NULL || y == NULL) {
        int eq = a == b;
        return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
    }
    pt_incref(x);
    pt_incref(y);
    PtObject *r = pt_object_richcompare(x, y, op);
    pt_decref(x);
    pt_decref(y);
    return r;
}

static PtObject *weakref_repr(PtObject *self) {
    PtWeakref *r = (PtWeakref *)self;
    if (r->obj == NULL) {
        return pt_str_format("<weakref at %p; dead>", (void *)self);
    }
    PtObject *name = NULL;
    if (pt_object_lookup_attr(r->obj, PT_ID(__name__), &name) < 0) {
        pt_err_clear();
    }
    PtObject *s;
    if (name != NULL && pt_is_str(name)) {
        s = pt_str_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, pt_type_name_of(r->obj),
                          (void *)r->obj, name);
    } else {
        s = pt_str_format("<weakref at %p; to '%s' at %p>", (void *)self, pt_type_name_of(r->obj), (void *)r->obj);
    }
    pt_xdecref(name);
    return s;
}

static PtObject *weakref_tp_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs < 1 || nargs > 2) {
        return pt_err_format(pt_exc_TypeError, "__new__ expected at most 2 arguments, got %d", (int)nargs);
    }
    return pt_weakref_new(type, args[0], nargs == 2 ? args[1] : NULL);
}

static int weakref_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) { return 0; }

static PtObject *weakref_get_callback(PtObject *self, void *c) {
    PtObject *cb = ((PtWeakref *)self)->callback;
    return pt_newref(cb != NULL ? cb : pt_None);
}

static PtObject *weakref_class_getitem(PtObject *cls, PtObject *arg) {
    PtObject *types = pt_import("types");
    if (types == NULL) {
        return NULL;
    }
    PtObject *ga = pt_object_getattr_str(types, "GenericAlias");
    pt_decref(types);
    if (ga == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call2(ga, cls, arg);
    pt_decref(ga);
    return r;
}

static const PtGetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef weakref_methods[] = {
    {"__class_getitem__", PT_FN(weakref_class_getitem), PT_METH_O | PT_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

PtType pt_weakref_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "weakref.ReferenceType",
    .tid = PT_TID_WEAKREF,
    .basicsize = sizeof(PtWeakref),
    .flags = PT_TF_BASETYPE | PT_TF_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_tp_new,
    .init = weakref_init,
    .getset = weakref_getset,
    .methods = weakref_methods,
};
