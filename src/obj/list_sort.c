// src/obj/list_sort.c: list.sort(), a stable adaptive merge sort in the spirit of timsort.
//
// The algorithm, in the order it runs:
//
//  1. The list is emptied for the duration (items NULL, allocated -1), so key
//     functions and __lt__ methods that look at it see []; if anything was
//     stored meanwhile, the sort ends with "list modified during sort".
//  2. With key=, the keys are computed once each; keys and items then move in
//     parallel arrays. With reverse=True the input is reversed before and
//     after sorting, which keeps equal elements in their original order.
//  3. The array is cut into natural runs: a non-descending run is kept, a
//     strictly descending one is reversed in place (strictness keeps the sort
//     stable). Runs shorter than `minrun` (32..64, chosen so n/minrun is a
//     power of two or just under) are extended by binary insertion sort.
//  4. Runs go on a stack whose lengths keep the timsort invariants (each run
//     longer than the sum of the next two, checked on the top four runs), so
//     merges stay balanced and the stack depth is O(log n).
//  5. Merging two adjacent runs A, B first trims the parts already in place
//     (the prefix of A <= B[0], the suffix of B >= A's last) by binary search,
//     then merges with the shorter side copied to a buffer. When one side wins
//     GALLOP_AFTER times in a row, the merge switches to exponential search and
//     moves whole blocks: on partly ordered input this is what makes it fast.
//
// The only comparison is `<` (pt_object_richcompare_bool(a, b, PT_LT)); keys
// that are all small ints, all floats or all exact str use a direct C
// comparison that gives the same answers. A failing comparison stops the sort
// with every item still in the list exactly once.
//
// Guards: tests/golden/types/list_sort_*.py.
#include <string.h>

#include "obj/list.h"       // PtList, pt_list_sort_impl
#include "pith/abstract.h"  // pt_object_richcompare_bool, pt_object_call1
#include "pith/errors.h"    // pt_err_*, pt_exc_ValueError
#include "pith/float.h"     // pt_is_float_exact, pt_float_value
#include "pith/mem.h"       // pt_mem_alloc, pt_mem_free
#include "pith/str.h"       // pt_is_str_exact, pt_str_compare

// ---- Layout and helpers ----

#define MAX_RUNS 85        // enough for 2**64 items under the run-length invariants
#define GALLOP_AFTER 7     // consecutive wins before switching to galloping
#define STACK_TMP 256      // merge buffer slots kept on the C stack

typedef int (*LtFn)(PtObject *a, PtObject *b);  // a < b: 1/0, -1 on error

typedef struct Run {
    pt_ssize base, len;
} Run;

typedef struct SortState {
    PtObject **keys;    // what is compared
    PtObject **values;  // moved alongside keys, or NULL when keys are the items
    LtFn lt;
    PtObject **tmp;     // merge buffer: tmp_cap keys, then tmp_cap values
    pt_ssize tmp_cap;
    PtObject *tmp_small[2 * STACK_TMP];
    Run runs[MAX_RUNS];
    int nruns;
} SortState;

static int lt_generic(PtObject *a, PtObject *b) { return pt_object_richcompare_bool(a, b, PT_LT); }

static int lt_smallint(PtObject *a, PtObject *b) { return pt_smallint_value(a) < pt_smallint_value(b); }

static int lt_float(PtObject *a, PtObject *b) { return pt_float_value(a) < pt_float_value(b); }

static int lt_str(PtObject *a, PtObject *b) { return pt_str_compare(a, b) < 0; }

// The fastest comparison that agrees with `<` for every key in keys[0..n).
static LtFn pick_lt(PtObject **keys, pt_ssize n) {
    int ints = 1, floats = 1, strs = 1;
    for (pt_ssize i = 0; i < n && (ints || floats || strs); i++) {
        PtObject *k = keys[i];
        ints &= pt_is_smallint(k);
        floats &= pt_is_immfloat(k) || (pt_is_heap(k) && pt_is_float_exact(k));
        strs &= pt_is_heap(k) && pt_is_str_exact(k);
    }
    return ints ? lt_smallint : floats ? lt_float : strs ? lt_str : lt_generic;
}

// Reverse keys (and values) in [lo, hi).
static void reverse_range(SortState *s, pt_ssize lo, pt_ssize hi) {
    for (pt_ssize i = lo, j = hi - 1; i < j; i++, j--) {
        PtObject *t = s->keys[i];
        s->keys[i] = s->keys[j];
        s->keys[j] = t;
        if (s->values != NULL) {
            t = s->values[i];
            s->values[i] = s->values[j];
            s->values[j] = t;
        }
    }
}

// Move `n` elements from index `from` to index `to` (ranges may overlap).
static void move_range(SortState *s, pt_ssize to, pt_ssize from, pt_ssize n) {
    memmove(&s->keys[to], &s->keys[from], (size_t)n * sizeof(PtObject *));
    if (s->values != NULL) {
        memmove(&s->values[to], &s->values[from], (size_t)n * sizeof(PtObject *));
    }
}

// A merge buffer for at least `n` elements. 0 or -1 (MemoryError).
static int ensure_tmp(SortState *s, pt_ssize n) {
    if (n <= s->tmp_cap) {
        return 0;
    }
    PtObject **grown = pt_mem_alloc((size_t)n * 2 * sizeof(PtObject *));
    if (grown == NULL) {
        pt_err_no_memory();
        return -1;
    }
    if (s->tmp != s->tmp_small) {
        pt_mem_free(s->tmp, (size_t)s->tmp_cap * 2 * sizeof(PtObject *));
    }
    s->tmp = grown;
    s->tmp_cap = n;
    return 0;
}

// Copy n elements at index `from` into the buffer.
static void to_tmp(SortState *s, pt_ssize from, pt_ssize n) {
    memcpy(s->tmp, &s->keys[from], (size_t)n * sizeof(PtObject *));
    if (s->values != NULL) {
        memcpy(s->tmp + s->tmp_cap, &s->values[from], (size_t)n * sizeof(PtObject *));
    }
}

// Copy n buffer elements starting at buffer index `src` to array index `to`.
static void from_tmp(SortState *s, pt_ssize to, pt_ssize src, pt_ssize n) {
    memcpy(&s->keys[to], s->tmp + src, (size_t)n * sizeof(PtObject *));
    if (s->values != NULL) {
        memcpy(&s->values[to], s->tmp + s->tmp_cap + src, (size_t)n * sizeof(PtObject *));
    }
}

// Count the leading elements of the sorted base[0..n) that come before `key`:
// those with base[i] < key (right == 0), or with !(key < base[i]) (right == 1).
// Exponential probing from the start (or from the end when `from_end`, where
// the answer is expected), then binary search, so an answer near the probing
// end is cheap. -1 on error.
static pt_ssize gallop(LtFn lt, PtObject *key, PtObject **base, pt_ssize n, int right, int from_end) {
    pt_ssize lo = 0, hi = n, ofs = 0;
    while (ofs < n) {
        pt_ssize i = from_end ? n - 1 - ofs : ofs;
        int c = right ? lt(key, base[i]) : lt(base[i], key);
        if (c < 0) {
            return -1;
        }
        int before = right ? !c : c;  // base[i] comes before key
        if (before) {
            lo = i + 1;
            if (from_end) {
                break;
            }
        } else {
            hi = i;
            if (!from_end) {
                break;
            }
        }
        ofs = 2 * ofs + 1;
    }
    while (lo < hi) {
        pt_ssize mid = lo + (hi - lo) / 2;
        int c = right ? lt(key, base[mid]) : lt(base[mid], key);
        if (c < 0) {
            return -1;
        }
        if (right ? c : !c) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// Count the elements of the sorted base[0..n) that are <= key (plain binary
// search: the answer is equally likely anywhere). -1 on error.
static pt_ssize bisect_right(LtFn lt, PtObject *key, PtObject **base, pt_ssize n) {
    pt_ssize lo = 0, hi = n;
    while (lo < hi) {
        pt_ssize mid = lo + (hi - lo) / 2;
        int c = lt(key, base[mid]);
        if (c < 0) {
            return -1;
        }
        if (c) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// ---- Runs ----

// Length of the run starting at lo (at most hi - lo); a strictly descending
// run is reversed in place. -1 on error.
static pt_ssize count_run(SortState *s, pt_ssize lo, pt_ssize hi) {
    if (hi - lo < 2) {
        return hi - lo;
    }
    PtObject **k = s->keys;
    int c = s->lt(k[lo + 1], k[lo]);
    if (c < 0) {
        return -1;
    }
    pt_ssize i = lo + 2;
    for (; i < hi; i++) {
        int d = s->lt(k[i], k[i - 1]);
        if (d < 0) {
            return -1;
        }
        if (d != c) {
            break;
        }
    }
    if (c) {
        reverse_range(s, lo, i);
    }
    return i - lo;
}

// Sort [lo, hi) given that [lo, start) is sorted, by binary insertion. 0 or -1.
static int binary_insertion(SortState *s, pt_ssize lo, pt_ssize hi, pt_ssize start) {
    for (pt_ssize i = start; i < hi; i++) {
        PtObject *pivot = s->keys[i];
        pt_ssize pos = bisect_right(s->lt, pivot, &s->keys[lo], i - lo);
        if (pos < 0) {
            return -1;
        }
        pos += lo;
        if (pos == i) {
            continue;
        }
        PtObject *pv = s->values != NULL ? s->values[i] : NULL;
        move_range(s, pos + 1, pos, i - pos);
        s->keys[pos] = pivot;
        if (s->values != NULL) {
            s->values[pos] = pv;
        }
    }
    return 0;
}

static pt_ssize compute_minrun(pt_ssize n) {
    pt_ssize r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// ---- Merging ----

// Merge A = [a, a+na) and B = [a+na, a+na+nb) with na <= nb: A goes to the
// buffer and the merge fills from the left. On error the buffer's remainder
// is copied back, so the array still holds every element once.
static int merge_lo(SortState *s, pt_ssize a, pt_ssize na, pt_ssize nb) {
    if (ensure_tmp(s, na) < 0) {
        return -1;
    }
    to_tmp(s, a, na);
    PtObject **tk = s->tmp;
    pt_ssize pa = 0, pb = a + na, end = a + na + nb, dest = a;
    int wins_a = 0, wins_b = 0, err = 0;
    while (pa < na && pb < end) {
        if (wins_b >= GALLOP_AFTER) {  // B keeps winning: move its whole block
            pt_ssize k = gallop(s->lt, tk[pa], &s->keys[pb], end - pb, 0, 0);
            if (k < 0) {
                err = -1;
                break;
            }
            move_range(s, dest, pb, k);
            dest += k;
            pb += k;
            wins_b = 0;
            continue;
        }
        if (wins_a >= GALLOP_AFTER) {  // A keeps winning: copy its whole block
            pt_ssize k = gallop(s->lt, s->keys[pb], tk + pa, na - pa, 1, 0);
            if (k < 0) {
                err = -1;
                break;
            }
            from_tmp(s, dest, pa, k);
            dest += k;
            pa += k;
            wins_a = 0;
            continue;
        }
        int c = s->lt(s->keys[pb], tk[pa]);
        if (c < 0) {
            err = -1;
            break;
        }
        if (c) {
            move_range(s, dest++, pb++, 1);
            wins_b++;
            wins_a = 0;
        } else {
            from_tmp(s, dest++, pa++, 1);
            wins_a++;
            wins_b = 0;
        }
    }
    from_tmp(s, dest, pa, na - pa);  // the rest of A fills the gap before B's rest
    return err;
}

// Merge A and B with nb < na: B goes to the buffer and the merge fills from
// the right. Equal elements keep A's first.
static int merge_hi(SortState *s, pt_ssize a, pt_ssize na, pt_ssize nb) {
    if (ensure_tmp(s, nb) < 0) {
        return -1;
    }
    to_tmp(s, a + na, nb);
    PtObject **tk = s->tmp;
    pt_ssize pa = a + na - 1, pb = nb - 1, dest = a + na + nb - 1;
    int wins_a = 0, err = 0;
    while (pa >= a && pb >= 0) {
        if (wins_a >= GALLOP_AFTER) {
            // A's tail keeps winning: count A's elements greater than B's current one.
            pt_ssize keep = gallop(s->lt, tk[pb], &s->keys[a], pa + 1 - a, 1, 1);
            if (keep < 0) {
                err = -1;
                break;
            }
            pt_ssize k = pa + 1 - a - keep;
            move_range(s, dest - k + 1, pa - k + 1, k);
            dest -= k;
            pa -= k;
            wins_a = 0;
            continue;
        }
        int c = s->lt(tk[pb], s->keys[pa]);
        if (c < 0) {
            err = -1;
            break;
        }
        if (c) {
            move_range(s, dest--, pa--, 1);
            wins_a++;
        } else {
            from_tmp(s, dest--, pb--, 1);
            wins_a = 0;
        }
    }
    from_tmp(s, dest - pb, 0, pb + 1);  // the rest of B fills the gap after A's rest
    return err;
}

// Merge runs i and i + 1 of the stack.
static int merge_at(SortState *s, int i) {
    Run *ra = &s->runs[i], *rb = &s->runs[i + 1];
    pt_ssize a = ra->base, na = ra->len, nb = rb->len;
    ra->len = na + nb;
    if (i == s->nruns - 3) {
        s->runs[i + 1] = s->runs[i + 2];
    }
    s->nruns--;
    // A's elements <= B[0] are already in place.
    pt_ssize k = gallop(s->lt, s->keys[a + na], &s->keys[a], na, 1, 0);
    if (k < 0) {
        return -1;
    }
    a += k;
    na -= k;
    if (na == 0) {
        return 0;
    }
    // B's elements >= A's last are already in place.
    pt_ssize nb2 = gallop(s->lt, s->keys[a + na - 1], &s->keys[a + na], nb, 0, 1);
    if (nb2 <= 0) {
        return (int)nb2;
    }
    return na <= nb2 ? merge_lo(s, a, na, nb2) : merge_hi(s, a, na, nb2);
}

// Restore the run-length invariants on the top of the stack.
static int merge_collapse(SortState *s) {
    Run *r = s->runs;
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && r[n - 1].len <= r[n].len + r[n + 1].len) ||
            (n > 1 && r[n - 2].len <= r[n - 1].len + r[n].len)) {
            if (r[n - 1].len < r[n + 1].len) {
                n--;
            }
        } else if (r[n].len > r[n + 1].len) {
            break;
        }
        if (merge_at(s, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static int merge_force_collapse(SortState *s) {
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len) {
            n--;
        }
        if (merge_at(s, n) < 0) {
            return -1;
        }
    }
    return 0;
}

// Sort keys[0..n) (and values alongside). 0 or -1.
static int sort_array(SortState *s, pt_ssize n) {
    pt_ssize minrun = compute_minrun(n), lo = 0;
    while (lo < n) {
        pt_ssize len = count_run(s, lo, n);
        if (len < 0) {
            return -1;
        }
        if (len < minrun) {
            pt_ssize force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + len) < 0) {
                return -1;
            }
            len = force;
        }
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = len;
        s->nruns++;
        if (merge_collapse(s) < 0) {
            return -1;
        }
        lo += len;
    }
    return merge_force_collapse(s);
}

// ---- The entry point ----

// Compute key(item) for each item into a new array. NULL on error (the keys
// computed so far are released).
static PtObject **compute_keys(PtObject *key, PtObject **items, pt_ssize n) {
    PtObject **keys = pt_mem_alloc((size_t)n * sizeof(PtObject *));
    if (keys == NULL) {
        pt_err_no_memory();
        return NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        keys[i] = pt_object_call1(key, items[i]);
        if (keys[i] == NULL) {
            while (--i >= 0) {
                pt_decref(keys[i]);
            }
            pt_mem_free(keys, (size_t)n * sizeof(PtObject *));
            return NULL;
        }
    }
    return keys;
}

static int sort_items(PtObject **items, pt_ssize n, PtObject *key, int reverse) {
    if (n < 2) {
        return 0;
    }
    SortState s;
    s.values = NULL;
    s.keys = items;
    if (key != NULL) {
        s.keys = compute_keys(key, items, n);
        if (s.keys == NULL) {
            return -1;
        }
        s.values = items;
    }
    s.tmp = s.tmp_small;
    s.tmp_cap = STACK_TMP;
    s.nruns = 0;
    s.lt = pick_lt(s.keys, n);
    if (reverse) {
        reverse_range(&s, 0, n);
    }
    int r = sort_array(&s, n);
    if (reverse) {
        reverse_range(&s, 0, n);
    }
    if (s.tmp != s.tmp_small) {
        pt_mem_free(s.tmp, (size_t)s.tmp_cap * 2 * sizeof(PtObject *));
    }
    if (key != NULL) {
        for (pt_ssize i = 0; i < n; i++) {
            pt_decref(s.keys[i]);
        }
        pt_mem_free(s.keys, (size_t)n * sizeof(PtObject *));
    }
    return r;
}

int pt_list_sort_impl(PtObject *o, PtObject *key, int reverse) {
    PtList *l = (PtList *)o;
    if (key == pt_None) {
        key = NULL;
    }
    // Empty the list while user code may run (see the header comment).
    PtObject **items = l->items;
    pt_ssize n = l->size, cap = l->allocated;
    l->items = NULL;
    l->size = 0;
    l->allocated = -1;
    int r = sort_items(items, n, key, reverse);
    PtObject **junk = l->items;
    pt_ssize junk_n = l->size, junk_cap = l->allocated;
    l->items = items;
    l->size = n;
    l->allocated = cap;
    if (junk != NULL || junk_cap != -1) {
        if (r == 0) {
            pt_err_set_string(pt_exc_ValueError, "list modified during sort");
            r = -1;
        }
        for (pt_ssize i = 0; i < junk_n; i++) {
            pt_decref(junk[i]);
        }
        if (junk != NULL) {
            pt_mem_free(junk, (size_t)junk_cap * sizeof(PtObject *));
        }
    }
    return r;
}
