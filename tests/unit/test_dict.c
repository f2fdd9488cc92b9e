// tests/unit/test_dict.c: unit tests of the dict's hash table (src/obj/dict.c).
//
// Runs against the real runtime (pt_init) and looks inside the table through
// src/obj/dict.h. Collisions are made with a tiny C key type, Key, whose hash
// is chosen by the test and whose == counts its calls. Covered: insertion
// order through deletions and resizes, probing over colliding keys, DUMMY
// slots left by deletion (probe chains stay intact, slots are not reused by
// entries), table growth and shrinking, index widths, the exact-str fast path,
// the version counter, popitem, copy/merge order, __eq__ that mutates the
// dict mid-lookup, and lazy GC tracking.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "pith.h"      // the object API, pt_init
#include "obj/dict.h"  // PtDict, PtDictKeys: table internals
#include "obj/type.h"  // pt_type_ready

// ---- Key: a C type with a chosen hash ----

typedef struct Key {
    PtObject ob;
    int64_t id;  // equality
    pt_hash hash;
} Key;

static long eq_calls;
static PtObject *mutate_on_eq;  // if set, == clears this dict (once)

static pt_hash key_hash(PtObject *o) { return ((Key *)o)->hash; }

static PtObject *key_richcompare(PtObject *a, PtObject *b, int op);

static void key_dealloc(PtObject *o) { pt_object_free(o, sizeof(Key)); }

static PtType key_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "Key",
    .basicsize = sizeof(Key),
    .dealloc = key_dealloc,
    .hash = key_hash,
    .richcompare = key_richcompare,
};

static PtObject *key_richcompare(PtObject *a, PtObject *b, int op) {
    if (pt_type(b) != &key_type || (op != PT_EQ && op != PT_NE)) {
        return pt_newref(pt_NotImplemented);
    }
    eq_calls++;
    if (mutate_on_eq != NULL) {
        PtObject *d = mutate_on_eq;
        mutate_on_eq = NULL;
        pt_dict_clear(d);
    }
    int eq = ((Key *)a)->id == ((Key *)b)->id;
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static PtObject *key_new(int64_t id, pt_hash hash) {
    Key *k = (Key *)pt_object_alloc(&key_type, sizeof(Key));
    k->id = id;
    k->hash = hash;
    return &k->ob;
}

static PtDictKeys *keys_of(PtObject *d) { return ((PtDict *)d)->keys; }

// The value stored under small int `i`, as a C integer, or -1 if absent.
static int64_t get_int(PtObject *d, int64_t i) {
    PtObject *v;
    int r = pt_dict_get_ref(d, pt_smallint(i), &v);
    if (r <= 0) {
        return -1;
    }
    int64_t x = pt_smallint_value(v);
    pt_decref(v);
    return x;
}

// ---- Tests ----

static void test_empty_shares_table(void) {
    PtObject *a = pt_dict_new(), *b = pt_dict_new();
    CHECK(keys_of(a) == keys_of(b));  // the static empty table
    CHECK_EQ(keys_of(a)->capacity, 0);
    CHECK_EQ(pt_dict_len(a), 0);
    CHECK_EQ(get_int(a, 1), -1);
    pt_decref(a);
    pt_decref(b);
}

static void test_growth_steps(void) {
    PtObject *d = pt_dict_new();
    int expect_log2[] = {3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5};  // after 1..11 inserts
    for (int i = 0; i < 11; i++) {
        pt_dict_set(d, pt_smallint(i), pt_smallint(i * 10));
        CHECK_EQ(keys_of(d)->log2_size, expect_log2[i]);
        CHECK_EQ(keys_of(d)->capacity, (2 << keys_of(d)->log2_size) / 3);
    }
    for (int i = 0; i < 11; i++) {
        CHECK_EQ(get_int(d, i), i * 10);
    }
    pt_decref(d);
}

static void test_order_through_deletes_and_resizes(void) {
    PtObject *d = pt_dict_new();
    for (int i = 0; i < 1000; i++) {
        pt_dict_set(d, pt_smallint(i * 7919 % 1000), pt_smallint(i));
    }
    for (int i = 0; i < 1000; i += 2) {
        CHECK_EQ(pt_dict_del(d, pt_smallint(i * 7919 % 1000)), 0);
    }
    for (int i = 1000; i < 1500; i++) {  // forces compaction of the dead entries
        pt_dict_set(d, pt_smallint(i), pt_smallint(i));
    }
    pt_ssize pos = 0;
    PtObject *k, *v;
    int64_t prev = -1, n = 0;
    int ordered = 1;
    while (pt_dict_next(d, &pos, &k, &v)) {
        ordered &= pt_smallint_value(v) > prev;
        prev = pt_smallint_value(v);
        n++;
    }
    CHECK(ordered);
    CHECK_EQ(n, 1000);
    CHECK_EQ(pt_dict_len(d), 1000);
    CHECK_EQ(keys_of(d)->nentries, 1000);  // compacted by the resize
    pt_decref(d);
}

static void test_collisions_probe(void) {
    PtObject *d = pt_dict_new();
    PtObject *keys[50];
    for (int i = 0; i < 50; i++) {
        keys[i] = key_new(i, 12345);  // every key collides
        CHECK_EQ(pt_dict_set(d, keys[i], pt_smallint(i)), 0);
    }
    int found = 0;
    for (int i = 0; i < 50; i++) {
        PtObject *probe = key_new(i, 12345), *v = NULL;
        found += pt_dict_get_ref(d, probe, &v) == 1 && v == pt_smallint(i);
        pt_decref(probe);
    }
    CHECK_EQ(found, 50);
    PtObject *absent = key_new(99, 12345), *v;
    eq_calls = 0;
    CHECK_EQ(pt_dict_get_ref(d, absent, &v), 0);
    // Compared against every colliding key; the perturbed probe may revisit a slot.
    CHECK(eq_calls >= 50 && eq_calls < 100);
    pt_decref(absent);
    for (int i = 0; i < 50; i++) {
        pt_decref(keys[i]);
    }
    pt_decref(d);
}

static void test_dummy_keeps_chain(void) {
    // Small ints hash to themselves: 1, 9 and 17 all start at slot 1 of 8.
    PtObject *d = pt_dict_new();
    pt_dict_set(d, pt_smallint(1), pt_smallint(100));
    pt_dict_set(d, pt_smallint(9), pt_smallint(900));
    pt_dict_set(d, pt_smallint(17), pt_smallint(1700));
    PtDictKeys *k = keys_of(d);
    CHECK_EQ(k->log2_size, 3);
    CHECK_EQ(pt_dict_del(d, pt_smallint(9)), 0);
    CHECK(keys_of(d) == k);  // deletion never resizes
    CHECK_EQ(get_int(d, 17), 1700);  // probing walks past the DUMMY
    CHECK_EQ(get_int(d, 9), -1);
    int dummies = 0;
    for (int i = 0; i < 8; i++) {
        dummies += ((int8_t *)(k + 1))[i] == DKIX_DUMMY;
    }
    CHECK_EQ(dummies, 1);
    pt_ssize usable = k->usable;
    pt_dict_set(d, pt_smallint(9), pt_smallint(901));  // re-insert: a new entry at the end
    CHECK_EQ(k->nentries, 4);
    CHECK_EQ(k->usable, usable - 1);
    PtObject *key, *val;
    pt_ssize pos = 0, last = -1;
    while (pt_dict_next(d, &pos, &key, &val)) {
        last = pt_smallint_value(key);
    }
    CHECK_EQ(last, 9);  // re-inserted keys go to the end of the order
    CHECK_EQ(pt_dict_del(d, pt_smallint(42)), -1);
    CHECK(pt_err_matches(pt_exc_KeyError));
    pt_err_clear();
    pt_decref(d);
}

static void test_shrink_after_deletes(void) {
    PtObject *d = pt_dict_new();
    for (int i = 0; i < 1000; i++) {
        pt_dict_set(d, pt_smallint(i), pt_None);
    }
    int big = keys_of(d)->log2_size;
    for (int i = 0; i < 995; i++) {
        pt_dict_del(d, pt_smallint(i));
    }
    // Churn until the insertion budget runs out: the resize sizes for 3 * used.
    for (int i = 0; keys_of(d)->log2_size == big && i < 100000; i++) {
        pt_dict_set(d, pt_smallint(5000 + i), pt_None);
        pt_dict_del(d, pt_smallint(5000 + i));
    }
    CHECK(keys_of(d)->log2_size < big);
    CHECK_EQ(pt_dict_len(d), 5);
    pt_decref(d);
}

static void test_index_widths(void) {
    PtObject *d = pt_dict_new();
    for (int i = 0; i < 100000; i++) {
        pt_dict_set(d, pt_smallint(i), pt_smallint(i));
        int w = keys_of(d)->log2_index_bytes, l = keys_of(d)->log2_size;
        if (w != (l < 8 ? 0 : l < 16 ? 1 : 2)) {
            CHECK(0);
            break;
        }
    }
    int ok = 1;
    for (int i = 0; i < 100000; i++) {
        ok &= get_int(d, i) == i;
    }
    CHECK(ok);
    CHECK_EQ(keys_of(d)->log2_index_bytes, 2);  // 262144 slots need 4-byte indices
    pt_decref(d);
}

static void test_str_fast_path(void) {
    PtObject *d = pt_dict_new();
    PtObject *name = pt_str_intern_cstr("spam");
    PtObject *copy = pt_str_from_cstr("spam");  // equal content, another object
    pt_dict_set(d, name, pt_smallint(1));
    CHECK(keys_of(d)->all_str);
    CHECK(pt_dict_get_str(d, name) == pt_smallint(1));
    CHECK(pt_dict_get_str(d, copy) == pt_smallint(1));
    CHECK(pt_dict_get_cstr(d, "spam") == pt_smallint(1));
    CHECK(pt_dict_get_cstr(d, "eggs") == NULL);
    pt_dict_set(d, pt_smallint(3), pt_smallint(3));
    CHECK(!keys_of(d)->all_str);
    CHECK(pt_dict_get_str(d, copy) == pt_smallint(1));
    CHECK_EQ(get_int(d, 3), 3);
    pt_decref(name);
    pt_decref(copy);
    pt_decref(d);
}

static void test_version(void) {
    PtObject *d = pt_dict_new();
    uint64_t v0 = pt_dict_version(d);
    pt_dict_set(d, pt_smallint(1), pt_smallint(1));
    uint64_t v1 = pt_dict_version(d);
    CHECK(v1 > v0);
    (void)get_int(d, 1);
    CHECK(pt_dict_version(d) == v1);  // lookups do not bump it
    pt_dict_set(d, pt_smallint(1), pt_smallint(2));
    CHECK(pt_dict_version(d) > v1);  // replacing a value does
    PtObject *e = pt_dict_new();
    CHECK(pt_dict_version(e) != pt_dict_version(d));  // global counter: never reused
    pt_decref(e);
    pt_decref(d);
}

static void test_popitem_and_copy(void) {
    PtObject *d = pt_dict_new();
    for (int i = 0; i < 5; i++) {
        pt_dict_set(d, pt_smallint(i), pt_smallint(i));
    }
    pt_dict_del(d, pt_smallint(2));
    PtObject *c = pt_dict_copy(d);
    CHECK_EQ(pt_dict_len(c), 4);
    CHECK_EQ(keys_of(c)->nentries, 4);  // copying compacts
    PtObject *r = pt_object_call_method_str(d, "popitem", NULL, 0);
    CHECK(r != NULL && pt_tuple_get(r, 0) == pt_smallint(4));
    pt_xdecref(r);
    CHECK_EQ(keys_of(d)->nentries, 4);  // the popped tail entry is given back
    CHECK_EQ(keys_of(d)->usable, 0);    // but not the insertion budget
    pt_dict_set(d, pt_smallint(7), pt_smallint(7));  // so this resizes and compacts
    CHECK_EQ(keys_of(d)->nentries, 4);
    CHECK_EQ(pt_dict_len(d), 4);
    PtObject *merged = pt_dict_new();
    pt_dict_merge(merged, c, 1);
    pt_ssize pos = 0;
    PtObject *k, *v;
    int64_t order[4], n = 0;
    while (pt_dict_next(merged, &pos, &k, &v) && n < 4) {
        order[n++] = pt_smallint_value(k);
    }
    CHECK(n == 4 && order[0] == 0 && order[1] == 1 && order[2] == 3 && order[3] == 4);
    pt_decref(merged);
    pt_decref(c);
    pt_decref(d);
}

static void test_eq_mutates_dict(void) {
    PtObject *d = pt_dict_new();
    PtObject *a = key_new(1, 7), *b = key_new(2, 7);
    pt_dict_set(d, a, pt_smallint(1));
    mutate_on_eq = d;  // the == during the next lookup empties the dict
    PtObject *v;
    int r = pt_dict_get_ref(d, b, &v);
    CHECK_EQ(r, 0);  // the lookup restarts on the new (empty) table
    CHECK(!pt_err_occurred());
    CHECK_EQ(pt_dict_len(d), 0);
    mutate_on_eq = NULL;
    pt_decref(a);
    pt_decref(b);
    pt_decref(d);
}

static void test_lazy_gc_tracking(void) {
    PtObject *d = pt_dict_new();
    pt_dict_set(d, pt_smallint(1), pt_smallint(2));
    PtObject *s = pt_str_from_cstr("x");
    pt_dict_set(d, s, pt_None);
    CHECK(!pt_has_flag(d, PT_OF_TRACKED));  // atoms only: untracked
    PtObject *l = pt_list_new(0);
    pt_dict_set(d, pt_smallint(3), l);
    CHECK(pt_has_flag(d, PT_OF_TRACKED));  // a container: tracked
    PtObject *c = pt_dict_copy(d);
    CHECK(pt_has_flag(c, PT_OF_TRACKED));
    pt_decref(c);
    pt_decref(l);
    pt_decref(s);
    pt_decref(d);
}

int main(int argc, char **argv) {
    test_init(argc, argv);
    static char name[] = "test_dict";
    static char *args[] = {name, NULL};
    PtConfig cfg = {.argc = 1, .argv = args};
    if (pt_init(&cfg) < 0 || pt_type_ready(&key_type) < 0) {
        printf("pt_init failed\n");
        return 1;
    }
    RUN(test_empty_shares_table);
    RUN(test_growth_steps);
    RUN(test_order_through_deletes_and_resizes);
    RUN(test_collisions_probe);
    RUN(test_dummy_keeps_chain);
    RUN(test_shrink_after_deletes);
    RUN(test_index_widths);
    RUN(test_str_fast_path);
    RUN(test_version);
    RUN(test_popitem_and_copy);
    RUN(test_eq_mutates_dict);
    RUN(test_lazy_gc_tracking);
    return test_summary();
}
