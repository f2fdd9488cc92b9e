// src/modules/mod_collections.c: the _collections module: deque and _count_elements.
//
// A deque is a doubly linked list of fixed-size blocks (BLOCKLEN slots, one
// 512-byte allocation each), so appends and pops at either end are O(1)
// with no per-item node and no reallocation. Items live in
// leftblock->items[leftindex] .. rightblock->items[rightindex]; an empty deque
// keeps one block with leftindex == rightindex + 1 at the centre, so growth
// goes both ways. `state` counts mutations: iterators and the searching
// methods compare it to detect "deque mutated during iteration". Indexing
// walks blocks from the nearer end (O(n / BLOCKLEN)).
//
// lib/collections/__init__.py imports deque from here.
//
// Guards: tests/golden/modules/collections/deque_*.py, tests/golden/modules/deque/.
#include <string.h>

#include "pith.h"          // the object API
#include "pith/slice.h"    // pt_slice_index_ok

// The repr recursion guard lives in the core (src/obj/list.h); declared here
// until it is public.
int pt_repr_enter(PtObject *o);
void pt_repr_leave(PtObject *o);

#define BLOCKLEN 62
#define CENTER ((BLOCKLEN - 1) / 2)

typedef struct Block {
    struct Block *left, *right;
    PtObject *items[BLOCKLEN];
} Block;

typedef struct Deque {
    PtObject ob;
    Block *leftblock, *rightblock;
    pt_ssize leftindex, rightindex;  // item positions inside the end blocks
    pt_ssize len;
    pt_ssize maxlen;                 // -1: unbounded
    uint64_t state;                  // bumped by every mutation
} Deque;

#define DQ(o) ((Deque *)(o))

static PtType deque_type, dequeiter_type, dequereviter_type;

// ---- Blocks ----

static Block *block_new(void) {
    Block *b = pt_mem_alloc(sizeof(Block));
    if (b == NULL) {
        pt_err_no_memory();
        return NULL;
    }
    b->left = b->right = NULL;
    return b;
}

static void block_free(Block *b) { pt_mem_free(b, sizeof(Block)); }

// ---- Core operations (no Python code runs inside) ----

static int dq_push_right(Deque *d, PtObject *v) {
    if (d->rightindex == BLOCKLEN - 1) {
        Block *b = block_new();
        if (b == NULL) {
            return -1;
        }
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->items[++d->rightindex] = v;
    d->len++;
    d->state++;
    return 0;
}

static int dq_push_left(Deque *d, PtObject *v) {
    if (d->leftindex == 0) {
        Block *b = block_new();
        if (b == NULL) {
            return -1;
        }
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    d->leftblock->items[--d->leftindex] = v;
    d->len++;
    d->state++;
    return 0;
}

static void dq_recenter_if_empty(Deque *d) {
    if (d->len == 0) {
        d->leftindex = CENTER + 1;
        d->rightindex = CENTER;
    }
}

// Pop from the right; the deque must not be empty. Returns the item (reference moved out).
static PtObject *dq_pop_right(Deque *d) {
    PtObject *v = d->rightblock->items[d->rightindex--];
    d->len--;
    d->state++;
    if (d->len == 0) {
        dq_recenter_if_empty(d);
    } else if (d->rightindex < 0) {
        Block *prev = d->rightblock->left;
        block_free(d->rightblock);
        prev->right = NULL;
        d->rightblock = prev;
        d->rightindex = BLOCKLEN - 1;
    }
    return v;
}

static PtObject *dq_pop_left(Deque *d) {
    PtObject *v = d->leftblock->items[d->leftindex++];
    d->len--;
    d->state++;
    if (d->len == 0) {
        dq_recenter_if_empty(d);
    } else if (d->leftindex == BLOCKLEN) {
        Block *next = d->leftblock->right;
        block_free(d->leftblock);
        next->left = NULL;
        d->leftblock = next;
        d->leftindex = 0;
    }
    return v;
}

// Append with the maxlen rule (`v` stolen, even on failure). 0 or -1.
static int dq_append_steal(Deque *d, PtObject *v) {
    if (d->maxlen == 0) {
        pt_decref(v);
        return 0;
    }
    if (dq_push_right(d, v) < 0) {
        pt_decref(v);
        return -1;
    }
    if (d->maxlen >= 0 && d->len > d->maxlen) {
        pt_decref(dq_pop_left(d));
    }
    return 0;
}

static int dq_appendleft_steal(Deque *d, PtObject *v) {
    if (d->maxlen == 0) {
        pt_decref(v);
        return 0;
    }
    if (dq_push_left(d, v) < 0) {
        pt_decref(v);
        return -1;
    }
    if (d->maxlen >= 0 && d->len > d->maxlen) {
        pt_decref(dq_pop_right(d));
    }
    return 0;
}

// Slot of item i (0 <= i < len).
static PtObject **dq_slot(Deque *d, pt_ssize i) {
    Block *b;
    pt_ssize n;
    if (i < d->len / 2) {
        n = i + d->leftindex;
        b = d->leftblock;
        while (n >= BLOCKLEN) {
            b = b->right;
            n -= BLOCKLEN;
        }
    } else {
        n = (d->len - 1 - i) + (BLOCKLEN - 1 - d->rightindex);
        b = d->rightblock;
        while (n >= BLOCKLEN) {
            b = b->left;
            n -= BLOCKLEN;
        }
        n = BLOCKLEN - 1 - n;
    }
    return &b->items[n];
}

// Rotate right by n (left when negative), moving references only.
static int dq_rotate(Deque *d, pt_ssize n) {
    if (d->len <= 1) {
        return 0;
    }
    n %= d->len;
    if (n > d->len / 2) {
        n -= d->len;
    } else if (n < -d->len / 2) {
        n += d->len;
    }
    for (; n > 0; n--) {
        PtObject *v = dq_pop_right(d);
        if (dq_push_left(d, v) < 0) {
            dq_push_right(d, v);
            return -1;
        }
    }
    for (; n < 0; n++) {
        PtObject *v = dq_pop_left(d);
        if (dq_push_right(d, v) < 0) {
            dq_push_left(d, v);
            return -1;
        }
    }
    return 0;
}

static void dq_clear_items(Deque *d) {
    while (d->len > 0) {
        PtObject *v = dq_pop_right(d);
        pt_decref(v);
    }
}

// ---- Construction ----

static PtObject *deque_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    Deque *d = (Deque *)pt_object_alloc(type, (size_t)type->basicsize);
    if (d == NULL) {
        return NULL;
    }
    Block *b = block_new();
    if (b == NULL) {
        pt_decref(&d->ob);
        return NULL;
    }
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->maxlen = -1;
    pt_gc_track(&d->ob);
    return &d->ob;
}

static int deque_extend_impl(Deque *d, PtObject *iterable, int left);
static PtObject *dequeiter_make(PtObject *dq, PtType *t);
static PtObject *deque_iter(PtObject *self) { return dequeiter_make(self, &dequeiter_type); }

static int deque_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"iterable", "maxlen", NULL};
    Deque *d = DQ(self);
    PtObject *iterable = NULL, *maxlen = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|OO:deque", kwlist, &iterable, &maxlen) < 0) {
        return -1;
    }
    pt_ssize m = -1;
    if (maxlen != pt_None) {
        m = pt_number_as_ssize(maxlen, pt_exc_OverflowError);
        if (m == -1 && pt_err_occurred()) {
            return -1;
        }
        if (m < 0) {
            pt_err_set_string(pt_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = m;
    if (d->len > 0) {
        dq_clear_items(d);
    }
    if (iterable != NULL && iterable != pt_None) {
        return deque_extend_impl(d, iterable, 0);
    }
    return 0;
}

static void deque_dealloc(PtObject *o) {
    Deque *d = DQ(o);
    pt_gc_untrack(o);
    if (d->leftblock != NULL) {
        dq_clear_items(d);
        block_free(d->leftblock);
        d->leftblock = d->rightblock = NULL;
    }
    pt_object_free(o, sizeof(Deque));
}

// ---- GC support ----

static int deque_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    Deque *d = DQ(o);
    Block *b = d->leftblock;
    pt_ssize i = d->leftindex;
    for (pt_ssize k = 0; k < d->len; k++) {
        int r = visit(b->items[i], arg);
        if (r) {
            return r;
        }
        if (++i == BLOCKLEN) {
            b = b->right;
            i = 0;
        }
    }
    return 0;
}

static int deque_clear_slot(PtObject *o) {
    dq_clear_items(DQ(o));
    return 0;
}

// ---- Python-visible methods ----

static PtObject *deque_append(PtObject *self, PtObject *v) {
    return dq_append_steal(DQ(self), pt_newref(v)) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *deque_appendleft(PtObject *self, PtObject *v) {
    return dq_appendleft_steal(DQ(self), pt_newref(v)) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *deque_pop(PtObject *self, PtObject *unused) {
    if (DQ(self)->len == 0) {
        return pt_err_set_string(pt_exc_IndexError, "pop from an empty deque");
    }
    return dq_pop_right(DQ(self));
}

static PtObject *deque_popleft(PtObject *self, PtObject *unused) {
    if (DQ(self)->len == 0) {
        return pt_err_set_string(pt_exc_IndexError, "pop from an empty deque");
    }
    return dq_pop_left(DQ(self));
}

static int deque_extend_impl(Deque *d, PtObject *iterable, int left) {
    if (iterable == &d->ob) {
        PtObject *copy = pt_seq_list(iterable);
        if (copy == NULL) {
            return -1;
        }
        int r = deque_extend_impl(d, copy, left);
        pt_decref(copy);
        return r;
    }
    PtObject *it = pt_object_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    PtObject *v;
    int r = 0;
    while (r == 0 && (v = pt_iter_next(it)) != NULL) {
        r = left ? dq_appendleft_steal(d, v) : dq_append_steal(d, v);
    }
    pt_decref(it);
    return r < 0 || pt_err_occurred() ? -1 : 0;
}

static PtObject *deque_extend(PtObject *self, PtObject *iterable) {
    return deque_extend_impl(DQ(self), iterable, 0) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *deque_extendleft(PtObject *self, PtObject *iterable) {
    return deque_extend_impl(DQ(self), iterable, 1) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *deque_clear(PtObject *self, PtObject *unused) {
    dq_clear_items(DQ(self));
    return pt_newref(pt_None);
}

static PtObject *deque_copy_impl(PtObject *self) {
    Deque *d = DQ(self);
    PtObject *a[2] = {self, d->maxlen < 0 ? pt_None : pt_int_from_ssize(d->maxlen)};
    PtObject *kw = pt_tuple_pack(1, pt_str_id("maxlen"));
    if (kw == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_call((PtObject *)pt_type(self), a, 1, kw);
    pt_decref(kw);
    return r;
}

static PtObject *deque_copy(PtObject *self, PtObject *unused) { return deque_copy_impl(self); }

static PtObject *deque_rotate(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize n = 1;
    if (pt_check_nargs("rotate", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        if (!pt_slice_index_ok(args[0])) {
            return pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        }
        n = pt_number_as_ssize(args[0], pt_exc_OverflowError);
        if (n == -1 && pt_err_occurred()) {
            return NULL;
        }
    }
    return dq_rotate(DQ(self), n) < 0 ? NULL : pt_newref(pt_None);
}

static PtObject *deque_reverse(PtObject *self, PtObject *unused) {
    Deque *d = DQ(self);
    for (pt_ssize i = 0, j = d->len - 1; i < j; i++, j--) {
        PtObject **a = dq_slot(d, i), **b = dq_slot(d, j);
        PtObject *t = *a;
        *a = *b;
        *b = t;
    }
    d->state++;
    return pt_newref(pt_None);
}

// Compare item i with v (holding a reference across the comparison); 1/0/-1,
// -2 with RuntimeError if the deque changed meanwhile.
static int item_eq(Deque *d, pt_ssize i, PtObject *v, const char *what) {
    uint64_t state = d->state;
    pt_ssize len = d->len;
    PtObject *item = pt_newref(*dq_slot(d, i));
    int r = pt_object_richcompare_bool(item, v, PT_EQ);
    pt_decref(item);
    if (r >= 0 && (d->state != state || d->len != len)) {
        pt_err_set_string(pt_exc_RuntimeError, what);
        return -1;
    }
    return r;
}

static PtObject *deque_count(PtObject *self, PtObject *v) {
    Deque *d = DQ(self);
    pt_ssize n = 0;
    for (pt_ssize i = 0; i < d->len; i++) {
        int r = item_eq(d, i, v, "deque mutated during iteration");
        if (r < 0) {
            return NULL;
        }
        n += r;
    }
    return pt_int_from_ssize(n);
}

static int index_bound(PtObject *v, pt_ssize len, pt_ssize *out) {
    if (pt_slice_index(v, out) < 0) {
        return -1;
    }
    if (*out < 0) {
        *out += len;
        if (*out < 0) {
            *out = 0;
        }
    }
    if (*out > len) {
        *out = len;
    }
    return 0;
}

static PtObject *deque_index(PtObject *self, PtObject *const *args, size_t nargs) {
    Deque *d = DQ(self);
    if (pt_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    pt_ssize start = 0, stop = d->len;
    if ((nargs > 1 && index_bound(args[1], d->len, &start) < 0) ||
        (nargs > 2 && index_bound(args[2], d->len, &stop) < 0)) {
        return NULL;
    }
    for (pt_ssize i = start; i < stop && i < d->len; i++) {
        int r = item_eq(d, i, args[0], "deque mutated during iteration");
        if (r < 0) {
            return NULL;
        }
        if (r) {
            return pt_int_from_ssize(i);
        }
    }
    return pt_err_format(pt_exc_ValueError, "%R is not in deque", args[0]);
}

// Delete item i (0 <= i < len).
static int dq_del_item(Deque *d, pt_ssize i) {
    if (dq_rotate(d, -i) < 0) {
        return -1;
    }
    pt_decref(dq_pop_left(d));
    return dq_rotate(d, i);
}

static PtObject *deque_remove(PtObject *self, PtObject *v) {
    Deque *d = DQ(self);
    for (pt_ssize i = 0; i < d->len; i++) {
        int r = item_eq(d, i, v, "deque mutated during remove().");
        if (r < 0) {
            return NULL;
        }
        if (r) {
            return dq_del_item(d, i) < 0 ? NULL : pt_newref(pt_None);
        }
    }
    return pt_err_format(pt_exc_ValueError, "%R is not in deque", v);
}

static PtObject *deque_insert(PtObject *self, PtObject *const *args, size_t nargs) {
    Deque *d = DQ(self);
    pt_ssize i;
    if (pt_check_nargs("insert", nargs, 2, 2) < 0 || index_bound(args[0], d->len, &i) < 0) {
        return NULL;
    }
    if (d->maxlen >= 0 && d->len >= d->maxlen) {
        return pt_err_set_string(pt_exc_IndexError, "deque already at its maximum size");
    }
    if (dq_rotate(d, -i) < 0) {
        return NULL;
    }
    if (dq_push_left(d, pt_newref(args[1])) < 0) {
        pt_decref(args[1]);
        return NULL;
    }
    return dq_rotate(d, i) < 0 ? NULL : pt_newref(pt_None);
}

// __reduce__: (type, () or ((), maxlen), __dict__ or None, iter(self)), CPython's form.
static PtObject *deque_reduce(PtObject *self, PtObject *unused) {
    Deque *d = DQ(self);
    PtObject *empty = pt_tuple_empty();
    PtObject *args = d->maxlen < 0 ? pt_newref(empty) : pt_tuple_pack(2, empty, pt_int_from_ssize(d->maxlen));
    PtObject *it = args != NULL ? deque_iter(self) : NULL;
    PtObject *state = NULL;
    if (it == NULL || pt_object_lookup_attr(self, pt_str_id("__dict__"), &state) < 0) {
        pt_xdecref(args);
        pt_xdecref(it);
        return NULL;
    }
    PtObject *r = pt_tuple_pack(4, (PtObject *)pt_type(self), args, state != NULL ? state : pt_None, it);
    pt_decref(args);
    pt_decref(it);
    pt_xdecref(state);
    return r;
}

static PtObject *deque_sizeof(PtObject *self, PtObject *unused) {
    Deque *d = DQ(self);
    pt_ssize blocks = (d->leftindex + d->len + BLOCKLEN - 1) / BLOCKLEN;
    if (blocks < 1) {
        blocks = 1;
    }
    return pt_int_from_ssize((pt_ssize)sizeof(Deque) + blocks * (pt_ssize)sizeof(Block));
}

static PtObject *deque_class_getitem(PtObject *cls, PtObject *arg) {
    PtObject *types = pt_import("types");
    PtObject *ga = types != NULL ? pt_object_getattr_str(types, "GenericAlias") : NULL;
    pt_xdecref(types);
    PtObject *r = ga != NULL ? pt_object_call2(ga, cls, arg) : NULL;
    pt_xdecref(ga);
    return r;
}

static PtObject *deque_maxlen_get(PtObject *self, void *c) {
    return DQ(self)->maxlen < 0 ? pt_newref(pt_None) : pt_int_from_ssize(DQ(self)->maxlen);
}

// ---- Slots ----

static pt_ssize deque_len(PtObject *self) { return DQ(self)->len; }

static int deque_contains(PtObject *self, PtObject *v) {
    Deque *d = DQ(self);
    for (pt_ssize i = 0; i < d->len; i++) {
        int r = item_eq(d, i, v, "deque mutated during iteration");
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

// A subscript as an index into the deque. 0 or -1 (TypeError, IndexError).
static int subscript_index(Deque *d, PtObject *key, pt_ssize *out) {
    if (!pt_slice_index_ok(key)) {
        pt_err_format(pt_exc_TypeError, "sequence index must be integer, not '%T'", key);
        return -1;
    }
    pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
    if (i == -1 && pt_err_occurred()) {
        return -1;
    }
    if (i < 0) {
        i += d->len;
    }
    if (i < 0 || i >= d->len) {
        pt_err_set_string(pt_exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static PtObject *deque_subscript(PtObject *self, PtObject *key) {
    pt_ssize i;
    if (subscript_index(DQ(self), key, &i) < 0) {
        return NULL;
    }
    return pt_newref(*dq_slot(DQ(self), i));
}

static int deque_ass_subscript(PtObject *self, PtObject *key, PtObject *v) {
    Deque *d = DQ(self);
    pt_ssize i;
    if (subscript_index(d, key, &i) < 0) {
        return -1;
    }
    if (v == NULL) {
        return dq_del_item(d, i);
    }
    PtObject **slot = dq_slot(d, i);
    PtObject *old = *slot;
    *slot = pt_newref(v);
    pt_decref(old);
    return 0;
}

static PtObject *deque_item(PtObject *self, pt_ssize i) {
    if (i < 0 || i >= DQ(self)->len) {
        return pt_err_set_string(pt_exc_IndexError, "deque index out of range");
    }
    return pt_newref(*dq_slot(DQ(self), i));
}

static PtObject *deque_concat(PtObject *a, PtObject *b) {
    if (!pt_object_typecheck(b, &deque_type)) {
        return pt_err_format(pt_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             pt_type_name_of(b));
    }
    PtObject *r = deque_copy_impl(a);
    if (r != NULL && deque_extend_impl(DQ(r), b, 0) < 0) {
        pt_clearref(&r);
    }
    return r;
}

static PtObject *deque_inplace_concat(PtObject *self, PtObject *other) {
    if (deque_extend_impl(DQ(self), other, 0) < 0) {
        return NULL;
    }
    return pt_newref(self);
}

// d *= n: append the current items n - 1 more times. With a maxlen only the
// appends that can survive the trimming are made.
static int dq_repeat_inplace(Deque *d, pt_ssize n) {
    if (n <= 0 || d->len == 0) {
        dq_clear_items(d);
        return 0;
    }
    PtObject *items = pt_seq_list(&d->ob);
    if (items == NULL) {
        return -1;
    }
    pt_ssize m = pt_list_len(items);
    if (n - 1 > PT_SSIZE_MAX / m) {
        pt_decref(items);
        pt_err_no_memory();
        return -1;
    }
    pt_ssize appends = m * (n - 1), start = 0;
    if (d->maxlen >= 0 && appends > d->maxlen) {
        start = appends - d->maxlen;
    }
    int r = 0;
    for (pt_ssize k = start; r == 0 && k < appends; k++) {
        r = dq_append_steal(d, pt_newref(pt_list_get(items, k % m)));
    }
    pt_decref(items);
    return r;
}

static PtObject *deque_inplace_repeat(PtObject *self, pt_ssize n) {
    return dq_repeat_inplace(DQ(self), n) < 0 ? NULL : pt_newref(self);
}

static PtObject *deque_repeat(PtObject *self, pt_ssize n) {
    PtObject *r = deque_copy_impl(self);
    if (r != NULL && dq_repeat_inplace(DQ(r), n) < 0) {
        pt_clearref(&r);
    }
    return r;
}

static PtObject *deque_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_object_typecheck(a, &deque_type) || !pt_object_typecheck(b, &deque_type)) {
        return pt_newref(pt_NotImplemented);
    }
    PtObject *la = pt_seq_list(a), *lb = la != NULL ? pt_seq_list(b) : NULL;
    PtObject *r = lb != NULL ? pt_object_richcompare(la, lb, op) : NULL;
    pt_xdecref(la);
    pt_xdecref(lb);
    return r;
}

static PtObject *deque_repr(PtObject *self) {
    Deque *d = DQ(self);
    int rec = pt_repr_enter(self);
    if (rec != 0) {
        return rec < 0 ? NULL : pt_str_from_cstr("[...]");
    }
    PtObject *list = pt_seq_list(self);
    PtObject *lr = list != NULL ? pt_object_repr(list) : NULL;
    pt_xdecref(list);
    pt_repr_leave(self);
    if (lr == NULL) {
        return NULL;
    }
    const char *name = pt_type_name_of(self);
    const char *dot = strrchr(name, '.');
    name = dot != NULL ? dot + 1 : name;
    PtObject *r = d->maxlen < 0 ? pt_str_format("%s(%U)", name, lr)
                                : pt_str_format("%s(%U, maxlen=%zd)", name, lr, d->maxlen);
    pt_decref(lr);
    return r;
}

// ---- Iterators ----

typedef struct DequeIter {
    PtObject ob;
    PtObject *deque;
    Block *b;
    pt_ssize index;   // position inside block b
    pt_ssize left;    // items still to yield
    uint64_t state;
} DequeIter;

static PtObject *dequeiter_make(PtObject *dq, PtType *t) {
    Deque *d = DQ(dq);
    DequeIter *it = (DequeIter *)pt_object_alloc(t, sizeof(DequeIter));
    if (it == NULL) {
        return NULL;
    }
    it->deque = pt_newref(dq);
    int rev = t == &dequereviter_type;
    it->b = rev ? d->rightblock : d->leftblock;
    it->index = rev ? d->rightindex : d->leftindex;
    it->left = d->len;
    it->state = d->state;
    pt_gc_track(&it->ob);
    return &it->ob;
}


static PtObject *deque_reversed(PtObject *self, PtObject *unused) {
    return dequeiter_make(self, &dequereviter_type);
}

static PtObject *dequeiter_next(PtObject *self) {
    DequeIter *it = (DequeIter *)self;
    if (it->left == 0) {
        return NULL;
    }
    if (DQ(it->deque)->state != it->state) {
        it->left = 0;
        return pt_err_set_string(pt_exc_RuntimeError, "deque mutated during iteration");
    }
    PtObject *v = it->b->items[it->index];
    it->left--;
    if (pt_type(self) == &dequereviter_type) {
        if (--it->index < 0 && it->left > 0) {
            it->b = it->b->left;
            it->index = BLOCKLEN - 1;
        }
    } else if (++it->index == BLOCKLEN && it->left > 0) {
        it->b = it->b->right;
        it->index = 0;
    }
    return pt_newref(v);
}

static void dequeiter_dealloc(PtObject *o) {
    pt_gc_untrack(o);
    pt_xdecref(((DequeIter *)o)->deque);
    pt_object_free(o, sizeof(DequeIter));
}

static int dequeiter_traverse(PtObject *o, PtVisitFn visit, void *arg) {
    return visit(((DequeIter *)o)->deque, arg);
}

static PtObject *dequeiter_self(PtObject *self) { return pt_newref(self); }

static PtObject *dequeiter_length_hint(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize(((DequeIter *)self)->left);
}

static const PtMethodDef dequeiter_methods[] = {
    {"__length_hint__", PT_FN(dequeiter_length_hint), PT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static PtType dequeiter_type = {
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = PT_TF_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .iter = dequeiter_self,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

static PtType dequereviter_type = {
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = PT_TF_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .iter = dequeiter_self,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

// ---- The deque type ----

static const PtMethodDef deque_methods[] = {
    {"append", PT_FN(deque_append), PT_METH_O, "Add an element to the right side of the deque."},
    {"appendleft", PT_FN(deque_appendleft), PT_METH_O, "Add an element to the left side of the deque."},
    {"pop", PT_FN(deque_pop), PT_METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", PT_FN(deque_popleft), PT_METH_NOARGS, "Remove and return the leftmost element."},
    {"extend", PT_FN(deque_extend), PT_METH_O, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", PT_FN(deque_extendleft), PT_METH_O, "Extend the left side of the deque with elements from the iterable"},
    {"clear", PT_FN(deque_clear), PT_METH_NOARGS, "Remove all elements from the deque."},
    {"copy", PT_FN(deque_copy), PT_METH_NOARGS, "Return a shallow copy of a deque."},
    {"__copy__", PT_FN(deque_copy), PT_METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", PT_FN(deque_count), PT_METH_O, "D.count(value) -- return number of occurrences of value"},
    {"index", PT_FN(deque_index), PT_METH_FAST, "D.index(value, [start, [stop]]) -- return first index of value."},
    {"insert", PT_FN(deque_insert), PT_METH_FAST, "D.insert(index, object) -- insert object before index"},
    {"remove", PT_FN(deque_remove), PT_METH_O, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", PT_FN(deque_reverse), PT_METH_NOARGS, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", PT_FN(deque_rotate), PT_METH_FAST, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reversed__", PT_FN(deque_reversed), PT_METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", PT_FN(deque_reduce), PT_METH_NOARGS, "Return state information for pickling."},
    {"__sizeof__", PT_FN(deque_sizeof), PT_METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", PT_FN(deque_class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef deque_getset[] = {
    {"maxlen", deque_maxlen_get, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtSequenceMethods deque_as_sequence = {
    .len = deque_len,
    .concat = deque_concat,
    .repeat = deque_repeat,
    .item = deque_item,
    .contains = deque_contains,
    .inplace_concat = deque_inplace_concat,
    .inplace_repeat = deque_inplace_repeat,
};

static PtMappingMethods deque_as_mapping = {
    .len = deque_len,
    .subscript = deque_subscript,
    .ass_subscript = deque_ass_subscript,
};

static PtType deque_type = {
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_SEQUENCE | PT_TF_WEAKREFABLE,
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .as_sequence = &deque_as_sequence,
    .as_mapping = &deque_as_mapping,
    .methods = deque_methods,
    .getset = deque_getset,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

// ---- _count_elements ----

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x.
static PtObject *collections_count_elements(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("_count_elements", nargs, 2, 2) < 0) {
        return NULL;
    }
    PtObject *mapping = args[0];
    PtObject *it = pt_object_iter(args[1]);
    if (it == NULL) {
        return NULL;
    }
    int fast = pt_is_dict_exact(mapping) ||
               (pt_is_dict(mapping) && pt_type_lookup(pt_type(mapping), pt_str_id("__getitem__")) ==
                                           pt_dict_get_cstr(pt_dict_type.dict, "__getitem__"));
    PtObject *v;
    int r = 0;
    while (r == 0 && (v = pt_iter_next(it)) != NULL) {
        PtObject *old = NULL;
        if (fast) {
            r = pt_dict_get_ref(mapping, v, &old) < 0 ? -1 : 0;
        } else {
            PtObject *get = pt_object_call_method_str(mapping, "get", (PtObject *[]){v, pt_smallint(0)}, 2);
            r = get == NULL ? -1 : 0;
            old = get;
        }
        PtObject *n = r == 0 ? (old != NULL ? pt_number_binop(old, pt_smallint(1), PT_BINOP_ADD) : pt_smallint(1))
                             : NULL;
        pt_xdecref(old);
        if (n == NULL || (fast ? pt_dict_set(mapping, v, n) : pt_object_setitem(mapping, v, n)) < 0) {
            r = -1;
        }
        pt_xdecref(n);
        pt_decref(v);
    }
    pt_decref(it);
    return r < 0 || pt_err_occurred() ? NULL : pt_newref(pt_None);
}

static const PtMethodDef collections_methods[] = {
    {"_count_elements", PT_FN(collections_count_elements), PT_METH_FAST, "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int collections_exec(PtObject *m) {
    if (pt_type_ready(&deque_type) < 0 || pt_type_ready(&dequeiter_type) < 0 ||
        pt_type_ready(&dequereviter_type) < 0) {
        return -1;
    }
    if (pt_module_add(m, "deque", (PtObject *)&deque_type) < 0 ||
        pt_module_add(m, "_deque_iterator", (PtObject *)&dequeiter_type) < 0 ||
        pt_module_add(m, "_deque_reverse_iterator", (PtObject *)&dequereviter_type) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod__collections_def = {
    .name = "_collections",
    .doc = "High performance data structures.",
    .methods = collections_methods,
    .exec = collections_exec,
};
