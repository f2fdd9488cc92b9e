// src/obj/list.c: list, the over-allocated array of references. The canonical type file.
//
// A list owns `items[0..size)`, a separately allocated array with room for
// `allocated` references. Appends grow the array geometrically with CPython's
// pattern (new capacity = n + n/8 + 6, rounded down to a multiple of 4), so a
// run of appends costs amortised O(1) and sys.getsizeof shows the same steps
// as CPython; shrinking below half the capacity gives memory back. A list
// built from something of known length is allocated exactly (rounded up to an
// even count, since the allocator's granularity makes the odd slot free).
//
// Any operation that can run Python code (__eq__, __del__, __index__, key
// functions) may mutate the list it is working on. The rule that keeps this
// safe: hold a new reference to an item while comparing it, re-read `size`
// and `items` after every call out, and drop references to removed items only
// after the list is consistent again. Sorting lives in list_sort.c.
//
// This is the file newcomers read first (STYLE.md): it shows the file shape
// (sections in the fixed order, type object last), the error convention, and
// the GC contract (traverse, clear, track when built, untrack in dealloc).
//
// Guards: tests/golden/types/list_*.py; docs/internals/containers.md.
#include <string.h>

#include "obj/list.h"         // PtList internals, pt_list_sort_impl, pt_repr_enter
#include "pith/abstract.h"    // pt_object_richcompare_bool, pt_object_iter, pt_object_length_hint
#include "obj/type.h"         // pt_genericalias_new for __class_getitem__
#include "pith/errors.h"      // pt_err_*, pt_exc_*
#include "pith/int.h"         // pt_int_from_ssize, pt_int_as_ssize
#include "pith/iter.h"        // pt_listiter_new, pt_listreviter_new
#include "pith/mem.h"         // pt_mem_alloc, pt_mem_realloc, pt_mem_free
#include "pith/modsupport.h"  // pt_check_nargs, pt_check_no_kwargs
#include "pith/slice.h"       // pt_is_slice, pt_slice_unpack, pt_slice_adjust_indices
#include "pith/str.h"         // PtStrBuilder for repr
#include "pith/tuple.h"       // pt_tuple_new, pt_is_tuple_exact

// ---- Layout and helpers ----

// Dead exact lists kept for reuse (their item arrays are freed). Protected by the GIL.
#define LIST_FREELIST_MAX 80
static PtList *list_freelist[LIST_FREELIST_MAX];
static int list_nfree;

static inline PtList *as_list(PtObject *o) { return (PtList *)o; }

static void free_items(PtObject **items, pt_ssize allocated) {
    if (items != NULL) {
        pt_mem_free(items, (size_t)allocated * sizeof(PtObject *));
    }
}

// Move the item array to exactly `capacity` slots (>= size). 0 or -1 with
// MemoryError set; a shrink that cannot get memory keeps the larger array and
// succeeds, so shrinking never fails.
static int set_capacity(PtList *l, pt_ssize capacity) {
    if ((size_t)capacity > PTRDIFF_MAX / sizeof(PtObject *)) {
        pt_err_no_memory();
        return -1;
    }
    PtObject **items = NULL;
    if (capacity == 0) {
        free_items(l->items, l->allocated);
    } else {
        // `allocated` is -1 while a sort runs (list_sort.c), with no array.
        size_t old_bytes = l->items != NULL ? (size_t)l->allocated * sizeof(PtObject *) : 0;
        items = pt_mem_realloc(l->items, old_bytes, (size_t)capacity * sizeof(PtObject *));
        if (items == NULL) {
            if (capacity < l->allocated) {
                return 0;
            }
            pt_err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->allocated = capacity;
    return 0;
}

// Set the size to `newsize`, reallocating with over-allocation when it no
// longer fits or would use under half the capacity. Items past the old size
// are uninitialised; the caller fills them (or had already dropped them).
int pt_list_resize(PtObject *o, pt_ssize newsize) {
    PtList *l = as_list(o);
    if (l->allocated >= newsize && newsize >= (l->allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t cap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    // A big jump (extend by many) gets no slack: the next step would overshoot.
    if (newsize - l->size > (pt_ssize)(cap - (size_t)newsize)) {
        cap = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        cap = 0;
    }
    if (set_capacity(l, (pt_ssize)cap) < 0) {
        return -1;
    }
    l->size = newsize;
    return 0;
}

// Give an empty list with no array exactly `n` slots (rounded up to even).
static int preallocate_exact(PtList *l, pt_ssize n) {
    return set_capacity(l, (n + 1) & ~(pt_ssize)1);
}

// The objects being repr'ed on this thread, innermost last. Thread-local, so
// no lock is needed; grows by doubling through pt_mem.
static _Thread_local PtObject **repr_stack;
static _Thread_local pt_ssize repr_depth, repr_cap;

int pt_repr_enter(PtObject *o) {
    for (pt_ssize i = 0; i < repr_depth; i++) {
        if (repr_stack[i] == o) {
            return 1;
        }
    }
    if (repr_depth == repr_cap) {
        pt_ssize ncap = repr_cap ? repr_cap * 2 : 16;
        PtObject **grown = pt_mem_realloc(repr_stack, (size_t)repr_cap * sizeof(PtObject *),
                                          (size_t)ncap * sizeof(PtObject *));
        if (grown == NULL) {
            pt_err_no_memory();
            return -1;
        }
        repr_stack = grown;
        repr_cap = ncap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void pt_repr_leave(PtObject *o) {
    // Normally `o` is the innermost entry; search in case an error unwound out of order.
    for (pt_ssize i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1], (size_t)(repr_depth - i - 1) * sizeof(PtObject *));
            repr_depth--;
            return;
        }
    }
}

static PtObject *index_error(void) {
    return pt_err_set_string(pt_exc_IndexError, "list index out of range");
}

// An index argument of a method (pop, insert, index) as pt_ssize: OverflowError
// "Python int too large to convert to C ssize_t" when it does not fit. 0 or -1.
static int arg_as_ssize(PtObject *v, pt_ssize *out) {
    if (pt_is_smallint(v)) {
        *out = (pt_ssize)pt_smallint_value(v);
        return 0;
    }
    PtObject *i = pt_number_index(v);
    if (i == NULL) {
        return -1;
    }
    *out = pt_int_as_ssize(i);
    pt_decref(i);
    return *out == -1 && pt_err_occurred() ? -1 : 0;
}

// ---- Constructors and destructor ----

// An empty list of `type` (a subclass allocates with its own prefix). Untracked.
static PtList *list_alloc(PtType *type) {
    if (type == &pt_list_type && list_nfree > 0) {
        PtList *l = list_freelist[--list_nfree];
        l->ob.refcnt = 1;
        return l;
    }
    return as_list(pt_object_alloc(type, sizeof(PtList)));
}

PtObject *pt_list_new(pt_ssize size) {
    if (size < 0) {
        return pt_err_bad_internal_call("pt_list_new");
    }
    PtList *l = list_alloc(&pt_list_type);
    if (l == NULL) {
        return NULL;
    }
    l->size = 0;
    l->allocated = 0;
    l->items = NULL;
    if (size > 0) {
        if (set_capacity(l, size) < 0) {
            pt_decref(&l->ob);
            return NULL;
        }
        memset(l->items, 0, (size_t)size * sizeof(PtObject *));
        l->size = size;
    }
    // NULL items are skipped by traverse, so tracking before the caller fills them is safe.
    pt_gc_track(&l->ob);
    return &l->ob;
}

// Drop all items. The list is made empty before any reference is dropped,
// since a __del__ may look at it.
static void list_drop_items(PtList *l) {
    PtObject **items = l->items;
    pt_ssize n = l->size, cap = l->allocated;
    if (items == NULL) {
        return;
    }
    l->items = NULL;
    l->size = 0;
    l->allocated = 0;
    while (--n >= 0) {
        pt_xdecref(items[n]);
    }
    free_items(items, cap);
}

static void list_dealloc(PtObject *o) {
    if (pt_has_flag(o, PT_OF_TRACKED)) {
        pt_gc_untrack(o);
    }
    list_drop_items(as_list(o));
    if (pt_tid(o) == PT_TID_LIST && list_nfree < LIST_FREELIST_MAX) {
        list_freelist[list_nfree++] = as_list(o);
        return;
    }
    pt_object_free(o, sizeof(PtList));
}

// ---- GC support ----

static int list_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    PtList *l = as_list(o);
    for (pt_ssize i = l->size; --i >= 0;) {
        if (l->items[i] != NULL) {
            int r = visit(l->items[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int list_clear_slot(PtObject *o) {
    list_drop_items(as_list(o));
    return 0;
}

// ---- The C API ----

int pt_list_append(PtObject *o, PtObject *v) {
    PtList *l = as_list(o);
    pt_ssize n = l->size;
    if (n < l->allocated) {  // the common case: room left
        l->items[n] = pt_newref(v);
        l->size = n + 1;
        return 0;
    }
    if (pt_list_resize(o, n + 1) < 0) {
        return -1;
    }
    l->items[n] = pt_newref(v);
    return 0;
}

int pt_list_append_steal(PtObject *o, PtObject *v) {
    int r = pt_list_append(o, v);
    pt_decref(v);
    return r;
}

// Insert before index `i` (clipped like list.insert: negative counts from the end).
int pt_list_insert(PtObject *o, pt_ssize i, PtObject *v) {
    PtList *l = as_list(o);
    pt_ssize n = l->size;
    if (pt_list_resize(o, n + 1) < 0) {
        return -1;
    }
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    memmove(&l->items[i + 1], &l->items[i], (size_t)(n - i) * sizeof(PtObject *));
    l->items[i] = pt_newref(v);
    return 0;
}

// Append the items of a list or tuple (possibly `o` itself).
static int extend_fast(PtList *l, PtObject *const *src, pt_ssize n) {
    if (n == 0) {
        return 0;
    }
    pt_ssize m = l->size;
    int self_extend = src == (PtObject *const *)l->items;
    int r = l->items == NULL ? preallocate_exact(l, n) : pt_list_resize(&l->ob, m + n);
    if (r < 0) {
        return -1;
    }
    l->size = m + n;
    if (self_extend) {
        src = l->items;  // extending with itself: the array may have moved
    }
    for (pt_ssize i = 0; i < n; i++) {
        l->items[m + i] = pt_newref(src[i]);
    }
    return 0;
}

// Append everything an iterator yields, presizing from its length hint.
static int extend_iter(PtList *l, PtObject *iterable) {
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    pt_ssize hint = pt_object_length_hint(iterable, 8);
    if (hint < 0) {
        pt_decref(it);
        return -1;
    }
    pt_ssize m = l->size;
    if (hint > 0 && l->allocated - m < hint) {
        int r = l->items == NULL ? preallocate_exact(l, hint) : pt_list_resize(&l->ob, m + hint);
        if (r < 0) {
            pt_decref(it);
            return -1;
        }
        l->size = m;
    }
    PtUnaryFn next = pt_type(it)->iternext;
    PtObject *item;
    while ((item = next(it)) != NULL) {
        if (pt_list_append(&l->ob, item) < 0) {
            pt_decref(item);
            pt_decref(it);
            return -1;
        }
        pt_decref(item);
    }
    pt_decref(it);
    if (pt_err_occurred()) {
        if (!pt_err_matches(pt_exc_StopIteration)) {
            return -1;
        }
        pt_err_clear();
    }
    // Give back a generous hint's slack when it left the array under half full.
    return pt_list_resize(&l->ob, l->size);
}

int pt_list_extend(PtObject *o, PtObject *iterable) {
    PtList *l = as_list(o);
    if (pt_is_list_exact(iterable) || iterable == o) {
        return extend_fast(l, as_list(iterable)->items, as_list(iterable)->size);
    }
    if (pt_is_tuple_exact(iterable)) {
        return extend_fast(l, pt_tuple_items(iterable), pt_tuple_len(iterable));
    }
    return extend_iter(l, iterable);
}

int pt_list_reverse(PtObject *o) {
    PtList *l = as_list(o);
    if (l->size < 2) {
        return 0;
    }
    PtObject **lo = l->items, **hi = l->items + l->size - 1;
    while (lo < hi) {
        PtObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

int pt_list_sort(PtObject *o) { return pt_list_sort_impl(o, NULL, 0); }

PtObject *pt_list_as_tuple(PtObject *o) {
    PtList *l = as_list(o);
    return pt_tuple_from_array(l->items, (size_t)l->size);
}

// New list of items [lo, hi), both already clipped to the list.
static PtObject *slice_simple(PtList *l, pt_ssize lo, pt_ssize hi) {
    pt_ssize n = hi > lo ? hi - lo : 0;
    PtObject *res = pt_list_new(n);
    if (res == NULL) {
        return NULL;
    }
    PtObject **dst = as_list(res)->items;
    for (pt_ssize i = 0; i < n; i++) {
        dst[i] = pt_newref(l->items[lo + i]);
    }
    return res;
}

PtObject *pt_list_slice(PtObject *o, pt_ssize lo, pt_ssize hi) {
    PtList *l = as_list(o);
    lo = lo < 0 ? 0 : lo > l->size ? l->size : lo;
    hi = hi < lo ? lo : hi > l->size ? l->size : hi;
    return slice_simple(l, lo, hi);
}

// Replace items [lo, hi) with the `n` references in `src` (borrowed). The
// replaced items are dropped last, after the list is consistent.
static int replace_range(PtList *l, pt_ssize lo, pt_ssize hi, PtObject *const *src, pt_ssize n) {
    pt_ssize removed = hi - lo, delta = n - removed, oldsize = l->size;
    PtObject *stack_buf[8], **dropped = stack_buf;
    if (removed > 8) {
        dropped = pt_mem_alloc((size_t)removed * sizeof(PtObject *));
        if (dropped == NULL) {
            pt_err_no_memory();
            return -1;
        }
    }
    if (removed > 0) {
        memcpy(dropped, &l->items[lo], (size_t)removed * sizeof(PtObject *));
    }
    if (delta < 0) {
        memmove(&l->items[hi + delta], &l->items[hi], (size_t)(oldsize - hi) * sizeof(PtObject *));
        pt_list_resize(&l->ob, oldsize + delta);  // shrinking never fails
    } else if (delta > 0) {
        if (pt_list_resize(&l->ob, oldsize + delta) < 0) {
            if (dropped != stack_buf) {
                pt_mem_free(dropped, (size_t)removed * sizeof(PtObject *));
            }
            return -1;
        }
        memmove(&l->items[hi + delta], &l->items[hi], (size_t)(oldsize - hi) * sizeof(PtObject *));
    }
    for (pt_ssize i = 0; i < n; i++) {
        l->items[lo + i] = pt_newref(src[i]);
    }
    for (pt_ssize i = removed; --i >= 0;) {
        pt_decref(dropped[i]);
    }
    if (dropped != stack_buf) {
        pt_mem_free(dropped, (size_t)removed * sizeof(PtObject *));
    }
    return 0;
}

// The items of `v` as a list that stays valid while `l` changes: a copy when
// `v` is `l` itself. New reference; TypeError `msg` if `v` is not iterable.
static PtObject *as_item_list(PtList *l, PtObject *v, const char *msg) {
    if (v == &l->ob) {
        return slice_simple(l, 0, l->size);
    }
    if (pt_is_list_exact(v)) {
        return pt_newref(v);
    }
    PtObject *it = pt_object_iter(v);
    if (it == NULL) {
        if (pt_err_matches(pt_exc_TypeError)) {
            pt_err_clear();
            pt_err_set_string(pt_exc_TypeError, msg);
        }
        return NULL;
    }
    PtObject *res = pt_seq_list(it);
    pt_decref(it);
    return res;
}

// ---- Python-visible methods ----

static PtObject *list_append(PtObject *self, PtObject *v) {
    if (pt_list_append(self, v) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *list_extend(PtObject *self, PtObject *iterable) {
    if (pt_list_extend(self, iterable) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *list_insert(PtObject *self, PtObject *const *args, size_t nargs) {
    if (nargs != 2) {
        return pt_err_format(pt_exc_TypeError, "insert expected 2 arguments, got %zu", nargs);
    }
    pt_ssize i;
    if (arg_as_ssize(args[0], &i) < 0 || pt_list_insert(self, i, args[1]) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// Remove and return item `i` (default the last).
static PtObject *list_pop(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    PtList *l = as_list(self);
    pt_ssize i = -1;
    if (nargs == 1 && arg_as_ssize(args[0], &i) < 0) {
        return NULL;
    }
    if (l->size == 0) {
        return pt_err_set_string(pt_exc_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += l->size;
    }
    if (i < 0 || i >= l->size) {
        return pt_err_set_string(pt_exc_IndexError, "pop index out of range");
    }
    PtObject *v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->size - i - 1) * sizeof(PtObject *));
    pt_list_resize(self, l->size - 1);  // shrinking only
    return v;  // the list's reference passes to the caller
}

// Index of the first item equal to `v` in [start, stop), or -1 (with an
// exception set only on error: check pt_err_occurred).
static pt_ssize find(PtList *l, PtObject *v, pt_ssize start, pt_ssize stop) {
    for (pt_ssize i = start; i < stop && i < l->size; i++) {
        PtObject *item = l->items[i];
        if (item == v) {
            return i;
        }
        pt_incref(item);
        int eq = pt_object_richcompare_bool(item, v, PT_EQ);
        pt_decref(item);
        if (eq != 0) {
            return eq > 0 ? i : -1;
        }
    }
    return -1;
}

static PtObject *list_remove(PtObject *self, PtObject *v) {
    PtList *l = as_list(self);
    pt_ssize i = find(l, v, 0, l->size);
    if (i < 0) {
        if (pt_err_occurred()) {
            return NULL;
        }
        return pt_err_set_string(pt_exc_ValueError, "list.remove(x): x not in list");
    }
    if (replace_range(l, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

// A start/stop argument of index(): clamped, negative counts from the end.
static int index_bound(PtObject *v, pt_ssize len, pt_ssize *out) {
    if (!pt_slice_index_ok(v)) {
        pt_err_set_string(pt_exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (pt_slice_index(v, out) < 0) {
        return -1;
    }
    if (*out < 0) {
        *out += len;
        if (*out < 0) {
            *out = 0;
        }
    }
    return 0;
}

static PtObject *list_index(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    PtList *l = as_list(self);
    pt_ssize start = 0, stop = PT_SSIZE_MAX;
    if (nargs >= 2 && index_bound(args[1], l->size, &start) < 0) {
        return NULL;
    }
    if (nargs == 3 && index_bound(args[2], l->size, &stop) < 0) {
        return NULL;
    }
    pt_ssize i = find(l, args[0], start, stop);
    if (i < 0) {
        if (pt_err_occurred()) {
            return NULL;
        }
        return pt_err_format(pt_exc_ValueError, "%R is not in list", args[0]);
    }
    return pt_int_from_ssize(i);
}

static PtObject *list_count(PtObject *self, PtObject *v) {
    PtList *l = as_list(self);
    pt_ssize count = 0;
    for (pt_ssize i = 0; i < l->size; i++) {
        PtObject *item = l->items[i];
        if (item == v) {
            count++;
            continue;
        }
        pt_incref(item);
        int eq = pt_object_richcompare_bool(item, v, PT_EQ);
        pt_decref(item);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return pt_int_from_ssize(count);
}

static PtObject *list_clear(PtObject *self, PtObject *unused) {
    list_drop_items(as_list(self));
    return pt_newref(pt_None);
}

static PtObject *list_copy(PtObject *self, PtObject *unused) {
    return slice_simple(as_list(self), 0, as_list(self)->size);
}

static PtObject *list_reverse(PtObject *self, PtObject *unused) {
    pt_list_reverse(self);
    return pt_newref(pt_None);
}

// list.sort(*, key=None, reverse=False)
static PtObject *list_sort(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"key", "reverse", NULL};
    PtObject *key = NULL;
    int reverse = 0;
    if (nargs > 0) {
        return pt_err_set_string(pt_exc_TypeError, "sort() takes no positional arguments");
    }
    if (kwnames != NULL && pt_tuple_len(kwnames) > 2) {
        return pt_err_format(pt_exc_TypeError, "sort() takes at most 2 keyword arguments (%zd given)",
                             pt_tuple_len(kwnames));
    }
    PtObject *rev = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|$OO:sort", kwlist, &key, &rev) < 0) {
        return NULL;
    }
    if (rev != NULL) {
        // CPython parses `reverse` as an int: a bool or anything with __index__.
        pt_ssize r;
        if (arg_as_ssize(rev, &r) < 0) {
            return NULL;
        }
        reverse = r != 0;
    }
    if (pt_list_sort_impl(self, key, reverse) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *list_reversed(PtObject *self, PtObject *unused) { return pt_listreviter_new(self); }

// The memory the list accounts for: the struct plus its item array.
static PtObject *list_sizeof(PtObject *self) {
    return pt_int_from_ssize((pt_ssize)(sizeof(PtList) + (size_t)as_list(self)->allocated * sizeof(PtObject *)));
}

static PtObject *list_sizeof_method(PtObject *self, PtObject *unused) { return list_sizeof(self); }

// list[int]: a types.GenericAlias (PEP 585).
static PtObject *list_class_getitem(PtObject *cls, PtObject *item) { return pt_genericalias_new(cls, item); }

// ---- Slots ----

static pt_ssize list_length(PtObject *self) { return as_list(self)->size; }

static PtObject *list_item(PtObject *self, pt_ssize i) {
    PtList *l = as_list(self);
    if ((size_t)i >= (size_t)l->size) {
        return index_error();
    }
    return pt_newref(l->items[i]);
}

static int list_contains(PtObject *self, PtObject *v) {
    PtList *l = as_list(self);
    pt_ssize i = find(l, v, 0, l->size);
    return i >= 0 ? 1 : pt_err_occurred() ? -1 : 0;
}

static PtObject *list_concat(PtObject *a, PtObject *b) {
    if (!pt_is_list(b)) {
        return pt_err_format(pt_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                             pt_type_name_of(b));
    }
    PtList *x = as_list(a), *y = as_list(b);
    PtObject *res = pt_list_new(x->size + y->size);
    if (res == NULL) {
        return NULL;
    }
    PtObject **dst = as_list(res)->items;
    for (pt_ssize i = 0; i < x->size; i++) {
        dst[i] = pt_newref(x->items[i]);
    }
    for (pt_ssize i = 0; i < y->size; i++) {
        dst[x->size + i] = pt_newref(y->items[i]);
    }
    return res;
}

static PtObject *list_repeat(PtObject *self, pt_ssize n) {
    PtList *l = as_list(self);
    if (n <= 0 || l->size == 0) {
        return pt_list_new(0);
    }
    if (n > PT_SSIZE_MAX / (pt_ssize)sizeof(PtObject *) / l->size) {
        return pt_err_no_memory();
    }
    pt_ssize size = l->size;
    PtObject *res = pt_list_new(size * n);
    if (res == NULL) {
        return NULL;
    }
    PtObject **dst = as_list(res)->items;
    for (pt_ssize i = 0; i < size; i++) {
        pt_incref(l->items[i]);
        if (pt_is_heap(l->items[i])) {
            l->items[i]->refcnt += (uint32_t)(n - 1);
            pt_reftotal_add(l->items[i], n - 1);
        }
        dst[i] = l->items[i];
    }
    // Double the filled prefix until it covers the whole result.
    pt_ssize filled = size, total = size * n;
    while (filled < total) {
        pt_ssize chunk = filled <= total - filled ? filled : total - filled;
        memcpy(dst + filled, dst, (size_t)chunk * sizeof(PtObject *));
        filled += chunk;
    }
    return res;
}

static PtObject *list_inplace_concat(PtObject *self, PtObject *other) {
    if (pt_list_extend(self, other) < 0) {
        return NULL;
    }
    return pt_newref(self);
}

static PtObject *list_inplace_repeat(PtObject *self, pt_ssize n) {
    PtList *l = as_list(self);
    pt_ssize size = l->size;
    if (n < 1 || size == 0) {
        list_drop_items(l);
        return pt_newref(self);
    }
    if (n == 1) {
        return pt_newref(self);
    }
    if (n > PT_SSIZE_MAX / (pt_ssize)sizeof(PtObject *) / size) {
        return pt_err_no_memory();
    }
    if (pt_list_resize(self, size * n) < 0) {
        return NULL;
    }
    for (pt_ssize j = 1; j < n; j++) {
        for (pt_ssize i = 0; i < size; i++) {
            l->items[j * size + i] = pt_newref(l->items[i]);
        }
    }
    return pt_newref(self);
}

// Item or slice read: l[i], l[a:b:c].
static PtObject *list_subscript(PtObject *self, PtObject *key) {
    PtList *l = as_list(self);
    if (pt_is_smallint(key)) {
        pt_ssize i = (pt_ssize)pt_smallint_value(key);
        if (i < 0) {
            i += l->size;
        }
        return list_item(self, i);
    }
    if (pt_is_slice(key)) {
        pt_ssize start, stop, step;
        if (pt_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        pt_ssize n = pt_slice_adjust_indices(l->size, &start, &stop, step);
        if (step == 1) {
            return slice_simple(l, start, start + n);
        }
        PtObject *res = pt_list_new(n);
        if (res == NULL) {
            return NULL;
        }
        for (pt_ssize i = 0, cur = start; i < n; i++, cur += step) {
            as_list(res)->items[i] = pt_newref(l->items[cur]);
        }
        return res;
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        return list_item(self, i < 0 ? i + l->size : i);
    }
    return pt_err_format(pt_exc_TypeError, "list indices must be integers or slices, not %s",
                         pt_type_name_of(key));
}

// l[i] = v, del l[i].
static int ass_item(PtList *l, pt_ssize i, PtObject *v) {
    if (i < 0) {
        i += l->size;
    }
    if ((size_t)i >= (size_t)l->size) {
        pt_err_set_string(pt_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return replace_range(l, i, i + 1, NULL, 0);
    }
    pt_setref(&l->items[i], pt_newref(v));
    return 0;
}

// del l[a:b:c] with a step other than 1: compact the kept items in one pass.
static int del_extended(PtList *l, pt_ssize start, pt_ssize step, pt_ssize n) {
    if (step < 0) {  // walk upwards whatever the direction
        start = start + step * (n - 1);
        step = -step;
    }
    PtObject **dropped = pt_mem_alloc((size_t)n * sizeof(PtObject *));
    if (dropped == NULL) {
        pt_err_no_memory();
        return -1;
    }
    pt_ssize dst = start, k = 0;
    for (pt_ssize cur = start; cur < l->size; cur++) {
        if (k < n && cur == start + k * step) {
            dropped[k++] = l->items[cur];
        } else {
            l->items[dst++] = l->items[cur];
        }
    }
    pt_list_resize(&l->ob, l->size - n);
    for (pt_ssize i = 0; i < n; i++) {
        pt_decref(dropped[i]);
    }
    pt_mem_free(dropped, (size_t)n * sizeof(PtObject *));
    return 0;
}

// l[a:b:c] = seq with a step other than 1: the lengths must match.
static int assign_extended(PtList *l, pt_ssize start, pt_ssize step, pt_ssize n, PtObject *seq) {
    pt_ssize m = pt_list_len(seq);
    if (m != n) {
        pt_err_format(pt_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                      m, n);
        return -1;
    }
    if (n == 0) {
        return 0;
    }
    PtObject **old = pt_mem_alloc((size_t)n * sizeof(PtObject *));
    if (old == NULL) {
        pt_err_no_memory();
        return -1;
    }
    for (pt_ssize i = 0, cur = start; i < n; i++, cur += step) {
        old[i] = l->items[cur];
        l->items[cur] = pt_newref(pt_list_get(seq, i));
    }
    for (pt_ssize i = 0; i < n; i++) {
        pt_decref(old[i]);
    }
    pt_mem_free(old, (size_t)n * sizeof(PtObject *));
    return 0;
}

static int ass_slice(PtList *l, PtObject *slice, PtObject *v) {
    pt_ssize start, stop, step;
    if (pt_slice_unpack(slice, &start, &stop, &step) < 0) {
        return -1;
    }
    PtObject *seq = NULL;
    if (v != NULL) {
        seq = as_item_list(l, v, step == 1 ? "can only assign an iterable"
                                            : "must assign iterable to extended slice");
        if (seq == NULL) {
            return -1;
        }
    }
    // Read the length only now: building `seq` may have run Python code.
    pt_ssize n = pt_slice_adjust_indices(l->size, &start, &stop, step);
    int r;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        r = replace_range(l, start, stop, seq != NULL ? as_list(seq)->items : NULL,
                          seq != NULL ? pt_list_len(seq) : 0);
    } else if (seq == NULL) {
        r = n > 0 ? del_extended(l, start, step, n) : 0;
    } else {
        r = assign_extended(l, start, step, n, seq);
    }
    pt_xdecref(seq);
    return r;
}

static int list_ass_subscript(PtObject *self, PtObject *key, PtObject *v) {
    PtList *l = as_list(self);
    if (pt_is_smallint(key)) {
        return ass_item(l, (pt_ssize)pt_smallint_value(key), v);
    }
    if (pt_is_slice(key)) {
        return ass_slice(l, key, v);
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return -1;
        }
        return ass_item(l, i, v);
    }
    pt_err_format(pt_exc_TypeError, "list indices must be integers or slices, not %s", pt_type_name_of(key));
    return -1;
}

static PtObject *list_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtList *l = list_alloc(type);
    if (l == NULL) {
        return NULL;
    }
    l->size = 0;
    l->allocated = 0;
    l->items = NULL;
    pt_gc_track(&l->ob);
    return &l->ob;
}

// list(iterable): __init__ empties the list first, so it may be called again.
static int list_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (pt_type(self) == &pt_list_type && pt_check_no_kwargs("list", kwnames) < 0) {
        return -1;
    }
    if (nargs > 1) {
        pt_err_format(pt_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_drop_items(as_list(self));
    if (nargs == 1) {
        // extend presizes from the length hint after iter(), as CPython
        // calls __iter__ before __len__.
        return pt_list_extend(self, args[0]);
    }
    return 0;
}

static PtObject *list_repr(PtObject *self) {
    PtList *l = as_list(self);
    if (l->size == 0) {
        return pt_str_from_cstr("[]");
    }
    int rec = pt_repr_enter(self);
    if (rec != 0) {
        return rec > 0 ? pt_str_from_cstr("[...]") : NULL;
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int err = pt_sb_append_ascii(&sb, "[", 1);
    // Re-read the size each round: an item's repr may shrink the list.
    for (pt_ssize i = 0; err == 0 && i < l->size; i++) {
        PtObject *item = pt_newref(l->items[i]);
        PtObject *r = pt_object_repr(item);
        pt_decref(item);
        err = r == NULL || (i > 0 && pt_sb_append_ascii(&sb, ", ", 2) < 0) || pt_sb_append_str(&sb, r) < 0;
        pt_xdecref(r);
    }
    pt_repr_leave(self);
    if (err || pt_sb_append_ascii(&sb, "]", 1) < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

// Lexicographic comparison: find the first index where the items differ,
// then compare those items (or the lengths if one list is a prefix).
static PtObject *list_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_list(a) || !pt_is_list(b)) {
        return pt_newref(pt_NotImplemented);
    }
    PtList *x = as_list(a), *y = as_list(b);
    if ((op == PT_EQ || op == PT_NE) && x->size != y->size) {
        return pt_newref(pt_bool(op == PT_NE));
    }
    pt_ssize i;
    for (i = 0; i < x->size && i < y->size; i++) {
        PtObject *p = pt_newref(x->items[i]), *q = pt_newref(y->items[i]);
        int eq = p == q ? 1 : pt_object_richcompare_bool(p, q, PT_EQ);
        pt_decref(p);
        pt_decref(q);
        if (eq < 0) {
            return NULL;
        }
        if (!eq) {
            break;
        }
    }
    if (i >= x->size || i >= y->size) {
        pt_ssize sx = x->size, sy = y->size;
        int r;
        switch (op) {
        case PT_LT: r = sx < sy; break;
        case PT_LE: r = sx <= sy; break;
        case PT_EQ: r = sx == sy; break;
        case PT_NE: r = sx != sy; break;
        case PT_GT: r = sx > sy; break;
        default: r = sx >= sy; break;
        }
        return pt_newref(pt_bool(r));
    }
    if (op == PT_EQ || op == PT_NE) {
        return pt_newref(pt_bool(op == PT_NE));
    }
    PtObject *p = pt_newref(x->items[i]), *q = pt_newref(y->items[i]);
    PtObject *res = pt_object_richcompare(p, q, op);
    pt_decref(p);
    pt_decref(q);
    return res;
}

static PtObject *list_iter(PtObject *self) { return pt_listiter_new(self); }

// ---- Method table ----

static const PtMethodDef list_methods[] = {
    {"__getitem__", PT_FN(list_subscript), PT_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", PT_FN(list_reversed), PT_METH_NOARGS, "Return a reverse iterator over the list."},
    {"__sizeof__", PT_FN(list_sizeof_method), PT_METH_NOARGS, "Return the size of the list in memory, in bytes."},
    {"clear", PT_FN(list_clear), PT_METH_NOARGS, "Remove all items from list."},
    {"copy", PT_FN(list_copy), PT_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", PT_FN(list_append), PT_METH_O, "Append object to the end of the list."},
    {"insert", PT_FN(list_insert), PT_METH_FAST, "Insert object before index."},
    {"extend", PT_FN(list_extend), PT_METH_O, "Extend list by appending elements from the iterable."},
    {"pop", PT_FN(list_pop), PT_METH_FAST,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", PT_FN(list_remove), PT_METH_O,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", PT_FN(list_index), PT_METH_FAST,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", PT_FN(list_count), PT_METH_O, "Return number of occurrences of value."},
    {"reverse", PT_FN(list_reverse), PT_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", PT_FN(list_sort), PT_METH_FASTKW,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is "
     "modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is "
     "given, apply it once to each list item and sort them,\nascending or descending, according to their "
     "function values.\n\nThe reverse flag can be set to sort in descending order."},
    {"__class_getitem__", PT_FN(list_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PtSequenceMethods list_as_sequence = {
    .len = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static PtMappingMethods list_as_mapping = {
    .len = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

// ---- The type object ----

PtType pt_list_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "list",
    .tid = PT_TID_LIST,
    .basicsize = sizeof(PtList),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_LIST_SUB | PT_TF_SEQUENCE,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .hash = NULL,  // unhashable: richcompare without hash
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
    .sizeof_ = list_sizeof,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty "
           "list.\nThe argument must be an iterable if specified.",
};
