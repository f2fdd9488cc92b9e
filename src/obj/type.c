// src/obj/type.c: type objects: the type table, readying builtin types, the
// MRO, class creation, attribute lookup on types and instances.
//
// Every type has an id (its index in pt_type_table), which is what an object
// header stores. Builtin types have fixed ids (include/pith/types.def); heap
// types get the next free id when created and give it back when they die.
//
// Attribute lookup on an instance (pt_object_generic_getattr) is the data
// model's: a data descriptor found on the type wins, then the instance's
// __dict__, then a non-data descriptor or plain class attribute. Types keep a
// version number that changes whenever their namespace (or a base's) does;
// the VM's inline caches and the lookup cache below key on it.
//
// Guards: tests/golden/lang/class_*, descriptor_*, mro_*, slots_*, metaclass_*.
#include <string.h>

#include "pith.h"        // the object API
#include "obj/type.h"    // PtHeapType, slot helpers
#include "mem/gc.h"      // pt_gc_track

// ---- The type table ----

// Indexed by type id. Grows as classes are created (protected by the GIL).
PtType **pt_type_table;
static uint32_t table_len, table_cap;
static uint32_t free_ids[1024];  // recycled ids of dead heap types
static uint32_t nfree_ids;

static PtType *const builtin_types[] = {
#define PT_TYPE(id, cname, pyname) &cname,
#include "pith/types.def"
#undef PT_TYPE
};

static int table_grow(uint32_t need) {
    if (need <= table_cap) {
        return 0;
    }
    uint32_t ncap = table_cap ? table_cap * 2 : 256;
    while (ncap < need) {
        ncap *= 2;
    }
    if (ncap > PT_TID_MASK) {
        pt_err_set_string(pt_exc_MemoryError, "too many classes");
        return -1;
    }
    PtType **t = pt_mem_realloc(pt_type_table, table_cap * sizeof(PtType *), ncap * sizeof(PtType *));
    if (t == NULL) {
        pt_err_no_memory();
        return -1;
    }
    memset(t + table_cap, 0, (ncap - table_cap) * sizeof(PtType *));
    pt_type_table = t;
    table_cap = ncap;
    return 0;
}

// Called once at start-up, before anything else touches a type.
int pt_type_table_init(void) {
    if (table_grow(PT_TID_BUILTIN_COUNT + 64) < 0) {
        return -1;
    }
    for (uint32_t i = 0; i < PT_TID_BUILTIN_COUNT; i++) {
        pt_type_table[i] = builtin_types[i];
    }
    table_len = PT_TID_BUILTIN_COUNT;
    return 0;
}

int pt_type_register(PtType *t) {
    if (t->tid != 0 && t->tid < PT_TID_BUILTIN_COUNT && pt_type_table[t->tid] == t) {
        return 0;
    }
    uint32_t id;
    if (nfree_ids > 0) {
        id = free_ids[--nfree_ids];
    } else {
        if (table_grow(table_len + 1) < 0) {
            return -1;
        }
        id = table_len++;
    }
    pt_type_table[id] = t;
    t->tid = id;
    return 0;
}

static void type_unregister(PtType *t) {
    if (t->tid >= PT_TID_BUILTIN_COUNT && t->tid < table_len && pt_type_table[t->tid] == t) {
        pt_type_table[t->tid] = NULL;
        if (nfree_ids < sizeof free_ids / sizeof free_ids[0]) {
            free_ids[nfree_ids++] = t->tid;
        }
    }
}

// ---- Versions and the lookup cache ----

static uint64_t next_version = 1;

// A direct-mapped cache of MRO lookups keyed by (type version, interned name).
#define LOOKUP_CACHE_SIZE 4096
static struct {
    uint64_t version;
    PtObject *name;   // borrowed: names are interned and immortal enough (kept by type dicts)
    PtObject *value;  // borrowed, NULL for a cached miss
} lookup_cache[LOOKUP_CACHE_SIZE];

static void assign_version(PtType *t) { t->version = next_version++; }

void pt_type_modified(PtType *t) {
    assign_version(t);
    if (t->subclasses != NULL) {
        pt_ssize n = pt_list_len(t->subclasses);
        for (pt_ssize i = 0; i < n; i++) {
            PtObject *w = pt_list_get(t->subclasses, i);
            if (pt_is_smallint(w)) {  // stored as the address >> 1, see add_subclass
                pt_type_modified((PtType *)(uintptr_t)((uint64_t)pt_smallint_value(w) << 1));
            }
        }
    }
}

// Remember `sub` in base->subclasses without keeping it alive: the list holds
// the address as a small int, removed when the subclass dies.
static int add_subclass(PtType *base, PtType *sub) {
    if (base->subclasses == NULL) {
        base->subclasses = pt_list_new(0);
        if (base->subclasses == NULL) {
            return -1;
        }
    }
    return pt_list_append(base->subclasses, pt_smallint((int64_t)((uintptr_t)sub >> 1)));
}

static void remove_subclass(PtType *base, PtType *sub) {
    if (base->subclasses == NULL) {
        return;
    }
    PtObject *key = pt_smallint((int64_t)((uintptr_t)sub >> 1));
    PtList *l = (PtList *)base->subclasses;
    for (pt_ssize i = 0; i < l->size; i++) {
        if (l->items[i] == key) {
            memmove(&l->items[i], &l->items[i + 1], (size_t)(l->size - i - 1) * sizeof(PtObject *));
            l->size--;
            return;
        }
    }
}

PtObject *pt_type_lookup(PtType *type, PtObject *name) {
    if (!pt_is_str_exact(name) || type->mro == NULL) {
        goto slow;
    }
    size_t h = (size_t)((type->version * 0x9E3779B97F4A7C15ull) ^ ((uintptr_t)name >> 3)) % LOOKUP_CACHE_SIZE;
    if (lookup_cache[h].version == type->version && lookup_cache[h].name == name) {
        return lookup_cache[h].value;
    }
    PtObject *mro = type->mro;
    PtObject *found = NULL;
    pt_ssize n = pt_tuple_len(mro);
    for (pt_ssize i = 0; i < n; i++) {
        PtType *base = (PtType *)pt_tuple_get(mro, i);
        found = pt_dict_get_str(base->dict, name);
        if (found != NULL) {
            break;
        }
    }
    if (pt_has_flag(name, PT_OF_USER1)) {  // interned: safe to cache by address
        lookup_cache[h].version = type->version;
        lookup_cache[h].name = name;
        lookup_cache[h].value = found;
    }
    return found;
slow:;
    PtObject *m = type->mro;
    if (m == NULL) {
        for (PtType *t = type; t != NULL; t = t->base) {
            if (t->dict != NULL) {
                PtObject *v = pt_is_str_exact(name) ? pt_dict_get_str(t->dict, name) : NULL;
                if (v != NULL) {
                    return v;
                }
            }
        }
        return NULL;
    }
    pt_ssize n2 = pt_tuple_len(m);
    for (pt_ssize i = 0; i < n2; i++) {
        PtType *base = (PtType *)pt_tuple_get(m, i);
        PtObject *v = NULL;
        if (pt_dict_get_ref(base->dict, name, &v) > 0) {
            pt_decref(v);  // the dict keeps it alive: borrowed semantics
            return v;
        }
        pt_err_clear();
    }
    return NULL;
}

// ---- C3 linearisation ----

// Merge step of C3 over `seqs` (lists, consumed). New tuple or NULL.
static PtObject *c3_merge(PtType *type, PtObject **seqs, pt_ssize nseqs) {
    PtObject *result = pt_list_new(0);
    if (result == NULL || pt_list_append(result, (PtObject *)type) < 0) {
        pt_xdecref(result);
        return NULL;
    }
    pt_ssize *heads = pt_mem_alloc_zero((size_t)nseqs * sizeof(pt_ssize));
    if (heads == NULL) {
        pt_decref(result);
        return pt_err_no_memory();
    }
    for (;;) {
        int empty = 1;
        PtObject *candidate = NULL;
        for (pt_ssize i = 0; i < nseqs; i++) {
            if (heads[i] >= pt_list_len(seqs[i])) {
                continue;
            }
            empty = 0;
            candidate = pt_list_get(seqs[i], heads[i]);
            // Reject a candidate that appears in the tail of any sequence.
            for (pt_ssize j = 0; j < nseqs && candidate != NULL; j++) {
                for (pt_ssize k = heads[j] + 1; k < pt_list_len(seqs[j]); k++) {
                    if (pt_list_get(seqs[j], k) == candidate) {
                        candidate = NULL;
                        break;
                    }
                }
            }
            if (candidate != NULL) {
                break;
            }
        }
        if (empty) {
            break;
        }
        if (candidate == NULL) {
            // CPython: "Cannot create a consistent method resolution order (MRO) for bases A, B"
            PtStrBuilder sb;
            pt_sb_init(&sb);
            const char *head = "Cannot create a consistent method resolution\norder (MRO) for bases ";
            pt_sb_append_ascii(&sb, head, strlen(head));
            int first = 1;
            for (pt_ssize i = 0; i < nseqs; i++) {
                if (heads[i] >= pt_list_len(seqs[i])) {
                    continue;
                }
                PtObject *h = pt_list_get(seqs[i], heads[i]);
                int seen = 0;
                for (pt_ssize j = 0; j < i; j++) {
                    seen |= heads[j] < pt_list_len(seqs[j]) && pt_list_get(seqs[j], heads[j]) == h;
                }
                if (seen) {
                    continue;
                }
                if (!first) {
                    pt_sb_append_ascii(&sb, ", ", 2);
                }
                first = 0;
                const char *nm = pt_type_name((PtType *)h);
                pt_sb_append_utf8(&sb, nm, strlen(nm));
            }
            PtObject *msg = pt_sb_finish(&sb);
            if (msg != NULL) {
                pt_err_set_object(pt_exc_TypeError, msg);
                pt_decref(msg);
            }
            pt_mem_free(heads, (size_t)nseqs * sizeof(pt_ssize));
            pt_decref(result);
            return NULL;
        }
        if (pt_list_append(result, candidate) < 0) {
            pt_mem_free(heads, (size_t)nseqs * sizeof(pt_ssize));
            pt_decref(result);
            return NULL;
        }
        for (pt_ssize i = 0; i < nseqs; i++) {
            if (heads[i] < pt_list_len(seqs[i]) && pt_list_get(seqs[i], heads[i]) == candidate) {
                heads[i]++;
            }
        }
    }
    pt_mem_free(heads, (size_t)nseqs * sizeof(pt_ssize));
    PtObject *t = pt_list_as_tuple(result);
    pt_decref(result);
    return t;
}

static PtObject *compute_mro(PtType *type) {
    PtObject *bases = type->bases;
    pt_ssize nb = pt_tuple_len(bases);
    if (nb == 1) {  // single inheritance: the base's MRO with type in front
        PtType *b = (PtType *)pt_tuple_get(bases, 0);
        pt_ssize n = pt_tuple_len(b->mro);
        PtObject *t = pt_tuple_new(n + 1);
        if (t == NULL) {
            return NULL;
        }
        pt_tuple_set_steal(t, 0, pt_newref((PtObject *)type));
        for (pt_ssize i = 0; i < n; i++) {
            pt_tuple_set_steal(t, i + 1, pt_newref(pt_tuple_get(b->mro, i)));
        }
        return t;
    }
    PtObject **seqs = pt_mem_alloc((size_t)(nb + 1) * sizeof(PtObject *));
    if (seqs == NULL) {
        return pt_err_no_memory();
    }
    pt_ssize made = 0;
    PtObject *r = NULL;
    for (pt_ssize i = 0; i < nb; i++) {
        PtType *b = (PtType *)pt_tuple_get(bases, i);
        seqs[made] = pt_seq_list(b->mro);
        if (seqs[made] == NULL) {
            goto done;
        }
        made++;
    }
    seqs[made] = pt_seq_list(bases);
    if (seqs[made] == NULL) {
        goto done;
    }
    made++;
    r = c3_merge(type, seqs, made);
done:
    for (pt_ssize i = 0; i < made; i++) {
        pt_decref(seqs[i]);
    }
    pt_mem_free(seqs, (size_t)(nb + 1) * sizeof(PtObject *));
    return r;
}

int pt_type_compute_mro(PtType *t) {
    PtObject *mro = compute_mro(t);
    if (mro == NULL) {
        return -1;
    }
    pt_setref(&t->mro, mro);
    return 0;
}

int pt_type_add_subclass(PtType *base, PtType *sub) { return add_subclass(base, sub); }

uint64_t pt_type_next_version(void) { return next_version++; }

// ---- Readying builtin types ----

static int add_methods(PtType *t) {
    for (const PtMethodDef *m = t->methods; m != NULL && m->name != NULL; m++) {
        PtObject *d;
        if (m->flags & PT_METH_CLASS) {
            d = pt_descr_new_classmethod(t, m);
        } else if (m->flags & PT_METH_STATIC) {
            PtObject *f = pt_builtin_new(m, NULL, NULL);
            d = f != NULL ? pt_staticmethod_new(f) : NULL;
            pt_xdecref(f);
        } else {
            d = pt_descr_new_method(t, m);
        }
        if (d == NULL || pt_dict_set_cstr(t->dict, m->name, d) < 0) {
            pt_xdecref(d);
            return -1;
        }
        pt_decref(d);
    }
    for (const PtMemberDef *m = t->members; m != NULL && m->name != NULL; m++) {
        PtObject *d = pt_descr_new_member(t, m);
        if (d == NULL || pt_dict_set_cstr(t->dict, m->name, d) < 0) {
            pt_xdecref(d);
            return -1;
        }
        pt_decref(d);
    }
    for (const PtGetSetDef *g = t->getset; g != NULL && g->name != NULL; g++) {
        PtObject *d = pt_descr_new_getset(t, g);
        if (d == NULL || pt_dict_set_cstr(t->dict, g->name, d) < 0) {
            pt_xdecref(d);
            return -1;
        }
        pt_decref(d);
    }
    return 0;
}

#define INHERIT(field) \
    if (t->field == NULL) t->field = b->field
#define INHERIT_SUB(table, field) \
    if (b->table != NULL && t->table != NULL && t->table->field == NULL) t->table->field = b->table->field

// A protocol table (all function pointers): share the base's when the type
// has none, else fill the entries the type leaves NULL.
static void inherit_table(void **mine, const void *base, size_t size) {
    if (base == NULL) {
        return;
    }
    if (*mine == NULL) {
        *mine = (void *)base;
        return;
    }
    if (*mine == base) {
        return;
    }
    void (**dst)(void) = *mine;
    void (*const *src)(void) = base;
    for (size_t i = 0; i < size / sizeof(void (*)(void)); i++) {
        if (dst[i] == NULL) {
            dst[i] = src[i];
        }
    }
}

// Copy the slots `t` leaves empty from its base `b`.
static void inherit_slots(PtType *t, PtType *b) {
    if (t->basicsize == 0) {
        t->basicsize = b->basicsize;
        t->itemsize = b->itemsize;
    }
    t->flags |= b->flags & (PT_TF_INT_SUB | PT_TF_STR_SUB | PT_TF_BYTES_SUB | PT_TF_LIST_SUB | PT_TF_TUPLE_SUB |
                            PT_TF_DICT_SUB | PT_TF_EXC_SUB | PT_TF_TYPE_SUB | PT_TF_GC | PT_TF_SEQUENCE |
                            PT_TF_MAPPING);
    INHERIT(dealloc);
    if (t->traverse == NULL && t->clear == NULL) {
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    INHERIT(repr);
    INHERIT(str);
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(finalize);
    INHERIT(sizeof_);
    inherit_table((void **)&t->as_number, b->as_number, sizeof(PtNumberMethods));
    inherit_table((void **)&t->as_sequence, b->as_sequence, sizeof(PtSequenceMethods));
    inherit_table((void **)&t->as_mapping, b->as_mapping, sizeof(PtMappingMethods));
}

int pt_type_ready(PtType *t) {
    if (t->flags & PT_TF_READY) {
        return 0;
    }
    if (t != &pt_object_type && t->base == NULL) {
        t->base = &pt_object_type;
    }
    if (t->base != NULL && pt_type_ready(t->base) < 0) {
        return -1;
    }
    if (t->ob.refcnt == 0) {
        t->ob.refcnt = PT_REFCNT_STATIC;
        t->ob.tinfo = PT_TID_TYPE | PT_OF_STATIC;
    }
    if (pt_type_register(t) < 0) {
        return -1;
    }
    if (t->dict == NULL && (t->dict = pt_dict_new()) == NULL) {
        return -1;
    }
    if (t->bases == NULL) {
        t->bases = t->base != NULL ? pt_tuple_pack(1, (PtObject *)t->base) : pt_tuple_new(0);
        if (t->bases == NULL) {
            return -1;
        }
    }
    if (t->base != NULL) {
        inherit_slots(t, t->base);
        if (add_subclass(t->base, t) < 0) {
            return -1;
        }
    }
    if (t->richcompare != NULL && t->hash == NULL && t->base != NULL && t->base->richcompare != t->richcompare) {
        // Defining equality without hashing makes a type unhashable.
        if (pt_dict_set_cstr(t->dict, "__hash__", pt_None) < 0) {
            return -1;
        }
    }
    t->mro = t->base == NULL ? pt_tuple_pack(1, (PtObject *)t) : compute_mro(t);
    if (t->mro == NULL || add_methods(t) < 0 || pt_slots_add_wrappers(t) < 0) {
        return -1;
    }
    if (t->doc != NULL && pt_dict_get_cstr(t->dict, "__doc__") == NULL) {
        PtObject *doc = pt_str_from_cstr(t->doc);
        if (doc == NULL || pt_dict_set_cstr(t->dict, "__doc__", doc) < 0) {
            pt_xdecref(doc);
            return -1;
        }
        pt_decref(doc);
    }
    if (t->flags & PT_TF_BASETYPE) {
        // nothing extra: heap subclasses check the flag
    }
    assign_version(t);
    t->flags |= PT_TF_READY;
    return 0;
}

// ---- Generic attribute access ----

static PtObject *no_attribute(PtObject *v, PtObject *name) {
    PtType *t = pt_type(v);
    if (pt_tid(v) == PT_TID_MODULE) {
        return pt_err_format(pt_exc_AttributeError, "module has no attribute '%U'", name);
    }
    PtObject *exc = NULL;
    pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(t), name);
    exc = pt_err_occurred();
    if (exc != NULL) {
        pt_object_setattr_str(exc, "name", name);
        pt_object_setattr_str(exc, "obj", v);
        if (pt_err_occurred() != exc) {
            pt_err_clear();
        }
    }
    return NULL;
}

PtObject *pt_object_generic_getattr(PtObject *v, PtObject *name) {
    PtType *t = pt_type(v);
    PtObject *descr = pt_type_lookup(t, name);
    PtDescrGetFn get = NULL;
    if (descr != NULL) {
        pt_incref(descr);
        PtType *dt = pt_type(descr);
        get = dt->descr_get;
        if (get != NULL && dt->descr_set != NULL) {
            PtObject *r = get(descr, v, (PtObject *)t);
            pt_decref(descr);
            return r;
        }
    }
    PtObject **dslot = pt_instance_dict_slot(v);
    if (dslot != NULL && *dslot != NULL) {
        PtObject *r = NULL;
        int found = pt_instance_get(v, dslot, name, &r);
        if (found != 0) {
            pt_xdecref(descr);
            return found > 0 ? r : NULL;
        }
    }
    if (get != NULL) {
        PtObject *r = get(descr, v, (PtObject *)t);
        pt_decref(descr);
        return r;
    }
    if (descr != NULL) {
        return descr;
    }
    return no_attribute(v, name);
}

int pt_object_generic_setattr(PtObject *v, PtObject *name, PtObject *value) {
    PtType *t = pt_type(v);
    PtObject *descr = pt_type_lookup(t, name);
    if (descr != NULL) {
        PtDescrSetFn set = pt_type(descr)->descr_set;
        if (set != NULL) {
            pt_incref(descr);
            int r = set(descr, v, value);
            pt_decref(descr);
            return r;
        }
    }
    PtObject **dslot = pt_instance_dict_slot(v);
    if (dslot == NULL) {
        if (descr == NULL) {
            if (t->flags & PT_TF_HEAPTYPE || t == &pt_object_type || t->getattro == NULL ||
                t->getattro == pt_object_generic_getattr) {
                pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(t), name);
            } else {
                pt_err_format(pt_exc_AttributeError, "'%s' object has no attribute '%U'", pt_type_name(t), name);
            }
        } else {
            pt_err_format(pt_exc_AttributeError, "'%s' object attribute '%U' is read-only", pt_type_name(t), name);
        }
        return -1;
    }
    return pt_instance_set(v, dslot, name, value);
}

// ---- The `type` type ----

static PtObject *type_getattro(PtObject *self, PtObject *name) {
    PtType *type = (PtType *)self, *meta = pt_type(self);
    PtObject *meta_attr = pt_type_lookup(meta, name);
    PtDescrGetFn meta_get = NULL;
    if (meta_attr != NULL) {
        pt_incref(meta_attr);
        meta_get = pt_type(meta_attr)->descr_get;
        if (meta_get != NULL && pt_type(meta_attr)->descr_set != NULL) {
            PtObject *r = meta_get(meta_attr, self, (PtObject *)meta);
            pt_decref(meta_attr);
            return r;
        }
    }
    PtObject *attr = pt_type_lookup(type, name);
    if (attr != NULL) {
        pt_incref(attr);
        pt_xdecref(meta_attr);
        PtDescrGetFn get = pt_type(attr)->descr_get;
        if (get != NULL) {
            PtObject *r = get(attr, NULL, self);
            pt_decref(attr);
            return r;
        }
        return attr;
    }
    if (meta_get != NULL) {
        PtObject *r = meta_get(meta_attr, self, (PtObject *)meta);
        pt_decref(meta_attr);
        return r;
    }
    if (meta_attr != NULL) {
        return meta_attr;
    }
    return pt_err_format(pt_exc_AttributeError, "type object '%s' has no attribute '%U'", pt_type_name(type), name);
}

static int type_setattro(PtObject *self, PtObject *name, PtObject *value) {
    PtType *type = (PtType *)self;
    if (!(type->flags & PT_TF_HEAPTYPE)) {
        pt_err_format(pt_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type->name);
        return -1;
    }
    // Data descriptors on the metaclass (e.g. __name__, __doc__ getsets) first.
    PtObject *meta_attr = pt_type_lookup(pt_type(self), name);
    if (meta_attr != NULL && pt_type(meta_attr)->descr_set != NULL) {
        return pt_type(meta_attr)->descr_set(meta_attr, self, value);
    }
    PtObject *iname = pt_newref(name);
    if (pt_is_str_exact(iname)) {
        iname = pt_str_intern(iname);
    }
    int r;
    if (value != NULL) {
        r = pt_dict_set(type->dict, iname, value);
    } else {
        r = pt_dict_del(type->dict, iname);
        if (r < 0 && pt_err_matches(pt_exc_KeyError)) {
            pt_err_clear();
            pt_err_format(pt_exc_AttributeError, "type object '%s' has no attribute '%U'", pt_type_name(type), name);
        }
    }
    if (r == 0) {
        pt_type_modified(type);
        if (pt_is_str_exact(iname)) {
            const char *s = pt_str_ascii(iname, NULL);
            if (s != NULL && s[0] == '_' && s[1] == '_') {
                pt_slots_update(type, iname);
            }
        }
    }
    pt_decref(iname);
    return r;
}

static PtObject *type_repr(PtObject *self) {
    PtType *t = (PtType *)self;
    if (t->flags & PT_TF_HEAPTYPE) {
        PtObject *mod = pt_dict_get_cstr(t->dict, "__module__");
        if (mod != NULL && pt_is_str(mod) && !pt_str_eq_cstr(mod, "builtins")) {
            return pt_str_format("<class '%U.%U'>", mod, t->ht_qualname);
        }
        return pt_str_format("<class '%U'>", t->ht_qualname);
    }
    return pt_str_format("<class '%s'>", t->name);
}

// type(x) or type(name, bases, dict, **kw).
static PtObject *type_call(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtType *type = (PtType *)self;
    if (type == &pt_type_type && nargs == 1 && kwnames == NULL) {
        return pt_newref((PtObject *)pt_type(args[0]));
    }
    if (type->new_ == NULL) {
        return pt_err_format(pt_exc_TypeError, "cannot create '%s' instances", type->name);
    }
    PtObject *obj = type->new_(type, args, nargs, kwnames);
    if (obj == NULL) {
        return NULL;
    }
    if (type == &pt_type_type && nargs == 1) {
        return obj;
    }
    PtType *ot = pt_type(obj);
    if (!pt_type_is_subtype(ot, type)) {
        return obj;
    }
    if (ot->init != NULL && ot->init(obj, args, nargs, kwnames) < 0) {
        pt_decref(obj);
        return NULL;
    }
    return obj;
}

static PtObject *type_new(PtType *meta, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (meta == &pt_type_type && nargs == 1 && kwnames == NULL) {
        return pt_newref((PtObject *)pt_type(args[0]));
    }
    if (nargs != 3) {
        return pt_err_set_string(pt_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    return pt_type_new_impl(meta, args, nargs, kwnames);
}

static int type_init(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    if (nargs != 1 && nargs != 3) {
        pt_err_set_string(pt_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static int type_traverse(PtObject *self, PtVisitFn visit, void *arg) {
    PtType *t = (PtType *)self;
    PtObject *fields[] = {t->dict, t->bases, t->mro, t->ht_name, t->ht_qualname, t->ht_slots, t->cached_keys};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r) {
                return r;
            }
        }
    }
    if (t->base != NULL && (t->base->flags & PT_TF_HEAPTYPE)) {
        return visit((PtObject *)t->base, arg);
    }
    return 0;
}

static int type_clear(PtObject *self) {
    PtType *t = (PtType *)self;
    if (t->dict != NULL) {
        pt_dict_clear(t->dict);
    }
    pt_clearref(&t->mro);
    pt_type_modified(t);
    return 0;
}

static void type_dealloc(PtObject *self) {
    PtType *t = (PtType *)self;
    PT_ASSERT(t->flags & PT_TF_HEAPTYPE);
    pt_gc_untrack(self);
    if (t->bases != NULL) {
        for (pt_ssize i = 0; i < pt_tuple_len(t->bases); i++) {
            remove_subclass((PtType *)pt_tuple_get(t->bases, i), t);
        }
    }
    type_unregister(t);
    pt_xdecref(t->dict);
    pt_xdecref(t->bases);
    pt_xdecref(t->mro);
    pt_xdecref(t->subclasses);
    pt_xdecref(t->ht_name);
    pt_xdecref(t->ht_qualname);
    pt_xdecref(t->ht_module);
    pt_xdecref(t->ht_slots);
    pt_xdecref(t->cached_keys);
    if (t->base != NULL) {
        pt_decref((PtObject *)t->base);
    }
    pt_raw_free((void *)t->name);
    pt_object_free(self, sizeof(PtHeapType));
}

// ---- type's attributes ----

// __name__ of a C type: tp_name after its last dot ("types.SimpleNamespace" -> "SimpleNamespace").
static const char *short_name(PtType *t) {
    const char *dot = strrchr(t->name, '.');
    return dot != NULL ? dot + 1 : t->name;
}

static PtObject *type_get_name(PtObject *self, void *c) {
    PtType *t = (PtType *)self;
    if (t->flags & PT_TF_HEAPTYPE) {
        return pt_newref(t->ht_name);
    }
    return pt_str_from_cstr(short_name(t));
}

static int type_set_name(PtObject *self, PtObject *v, void *c) {
    PtType *t = (PtType *)self;
    if (!(t->flags & PT_TF_HEAPTYPE)) {
        pt_err_format(pt_exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (v == NULL || !pt_is_str(v)) {
        pt_err_format(pt_exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                      v ? pt_type_name_of(v) : "NoneType");
        return -1;
    }
    pt_setref(&t->ht_name, pt_newref(v));
    return 0;
}

static PtObject *type_get_qualname(PtObject *self, void *c) {
    PtType *t = (PtType *)self;
    if (t->flags & PT_TF_HEAPTYPE) {
        return pt_newref(t->ht_qualname);
    }
    return pt_str_from_cstr(short_name(t));
}

static int type_set_qualname(PtObject *self, PtObject *v, void *c) {
    PtType *t = (PtType *)self;
    if (!(t->flags & PT_TF_HEAPTYPE) || v == NULL || !pt_is_str(v)) {
        pt_err_set_string(pt_exc_TypeError, "can only assign string to __qualname__");
        return -1;
    }
    pt_setref(&t->ht_qualname, pt_newref(v));
    return 0;
}

static PtObject *type_get_module(PtObject *self, void *c) {
    PtType *t = (PtType *)self;
    PtObject *m = pt_dict_get_cstr(t->dict, "__module__");
    if (m != NULL && (t->flags & PT_TF_HEAPTYPE)) {
        return pt_newref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (dot != NULL) {
        return pt_str_from_utf8(t->name, (size_t)(dot - t->name));
    }
    return pt_str_from_cstr("builtins");
}

static int type_set_module(PtObject *self, PtObject *v, void *c) {
    PtType *t = (PtType *)self;
    if (!(t->flags & PT_TF_HEAPTYPE)) {
        pt_err_format(pt_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    pt_type_modified(t);
    return v == NULL ? pt_dict_del(t->dict, PT_ID(__module__)) : pt_dict_set(t->dict, PT_ID(__module__), v);
}

static PtObject *type_get_dict(PtObject *self, void *c) {
    return pt_mappingproxy_new(((PtType *)self)->dict);
}

static PtObject *type_get_bases(PtObject *self, void *c) { return pt_newref(((PtType *)self)->bases); }

static int type_set_bases(PtObject *self, PtObject *v, void *c) {
    pt_err_set_string(pt_exc_TypeError, "assignment to __bases__ is not supported by pith yet");
    return -1;
}

static PtObject *type_get_base(PtObject *self, void *c) {
    PtType *b = ((PtType *)self)->base;
    return pt_newref(b != NULL ? (PtObject *)b : pt_None);
}

static PtObject *type_get_mro(PtObject *self, void *c) { return pt_newref(((PtType *)self)->mro); }

static PtObject *type_get_doc(PtObject *self, void *c) {
    PtType *t = (PtType *)self;
    PtObject *d = pt_dict_get_cstr(t->dict, "__doc__");
    if (d == NULL) {
        return pt_newref(pt_None);
    }
    if (pt_type(d)->descr_get != NULL) {
        return pt_type(d)->descr_get(d, NULL, self);
    }
    return pt_newref(d);
}

static int type_set_doc(PtObject *self, PtObject *v, void *c) {
    PtType *t = (PtType *)self;
    if (!(t->flags & PT_TF_HEAPTYPE)) {
        pt_err_format(pt_exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return pt_dict_set_cstr(t->dict, "__doc__", v != NULL ? v : pt_None);
}

static PtObject *type_get_abstract(PtObject *self, void *c) {
    PtType *t = (PtType *)self;
    PtObject *a = (t->flags & PT_TF_HEAPTYPE) ? pt_dict_get_cstr(t->dict, "__abstractmethods__") : NULL;
    if (a == NULL) {
        return pt_err_set_string(pt_exc_AttributeError, "__abstractmethods__");
    }
    return pt_newref(a);
}

static int type_set_abstract(PtObject *self, PtObject *v, void *c) {
    PtType *t = (PtType *)self;
    int r;
    if (v != NULL) {
        int truth = pt_object_is_true(v);
        if (truth < 0) {
            return -1;
        }
        r = pt_dict_set_cstr(t->dict, "__abstractmethods__", v);
        if (truth) {
            t->flags |= PT_TF_ABSTRACT;
        } else {
            t->flags &= ~PT_TF_ABSTRACT;
        }
    } else {
        r = pt_dict_del(t->dict, PT_ID(__abstractmethods__));
        t->flags &= ~PT_TF_ABSTRACT;
    }
    pt_type_modified(t);
    return r;
}

static PtObject *type_get_text_signature(PtObject *self, void *c) { return pt_newref(pt_None); }

static PtObject *type_mro_method(PtObject *self, PtObject *unused) {
    PtType *t = (PtType *)self;
    return t->mro != NULL ? pt_seq_list(t->mro) : pt_list_new(0);
}

static PtObject *type_subclasses_method(PtObject *self, PtObject *unused) {
    PtType *t = (PtType *)self;
    PtObject *r = pt_list_new(0);
    if (r == NULL || t->subclasses == NULL) {
        return r;
    }
    for (pt_ssize i = 0; i < pt_list_len(t->subclasses); i++) {
        PtObject *w = pt_list_get(t->subclasses, i);
        PtType *sub = (PtType *)(uintptr_t)((uint64_t)pt_smallint_value(w) << 1);
        if (pt_list_append(r, (PtObject *)sub) < 0) {
            pt_decref(r);
            return NULL;
        }
    }
    return r;
}

static PtObject *type_instancecheck(PtObject *self, PtObject *inst) {
    return pt_newref(pt_bool(pt_type_is_subtype(pt_type(inst), (PtType *)self)));
}

static PtObject *type_subclasscheck(PtObject *self, PtObject *sub) {
    if (!pt_is_heap(sub) || !pt_type_is_subtype_flag(pt_type(sub), PT_TF_TYPE_SUB)) {
        return pt_err_set_string(pt_exc_TypeError, "issubclass() arg 1 must be a class");
    }
    return pt_newref(pt_bool(pt_type_is_subtype((PtType *)sub, (PtType *)self)));
}

static PtObject *type_prepare(PtType *meta, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return pt_dict_new();
}

static PtObject *type_dir(PtObject *self, PtObject *unused) {
    PtType *t = (PtType *)self;
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (pt_ssize i = pt_tuple_len(t->mro) - 1; i >= 0; i--) {
        PtType *b = (PtType *)pt_tuple_get(t->mro, i);
        if (pt_dict_update(d, b->dict) < 0) {
            pt_decref(d);
            return NULL;
        }
    }
    PtObject *keys = pt_dict_keys(d);
    pt_decref(d);
    return keys;
}

static PtObject *type_sizeof(PtObject *self, PtObject *unused) {
    PtType *t = (PtType *)self;
    return pt_int_from_ssize((t->flags & PT_TF_HEAPTYPE) ? (pt_ssize)sizeof(PtHeapType) : (pt_ssize)sizeof(PtType));
}

static PtObject *type_or(PtObject *a, PtObject *b);

static const PtMethodDef type_methods[] = {
    {"mro", PT_FN(type_mro_method), PT_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", PT_FN(type_subclasses_method), PT_METH_NOARGS, "Return a list of immediate subclasses."},
    {"__instancecheck__", PT_FN(type_instancecheck), PT_METH_O, "Check if an object is an instance."},
    {"__subclasscheck__", PT_FN(type_subclasscheck), PT_METH_O, "Check if a class is a subclass."},
    {"__prepare__", PT_FN(type_prepare), PT_METH_FASTKW | PT_METH_CLASS, "Create the namespace for the class statement"},
    {"__dir__", PT_FN(type_dir), PT_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", PT_FN(type_sizeof), PT_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtNumberMethods type_as_number = {.or_ = type_or};

PtType pt_type_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "type",
    .tid = PT_TID_TYPE,
    .basicsize = sizeof(PtHeapType),
    .flags = PT_TF_BASETYPE | PT_TF_GC | PT_TF_TYPE_SUB,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .hash = NULL,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .as_number = &type_as_number,
    .methods = type_methods,
    .getset = type_getset,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

// `int | str` makes a types.UnionType in CPython; pith builds it from the
// typing support module when that exists. Until then a tuple-like Union object
// is not available, so report it plainly.
static PtObject *type_or(PtObject *a, PtObject *b) {
    return pt_union_new(a, b);
}

PtType pt_null_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "<null>",
    .tid = PT_TID_NULL_,
    .basicsize = sizeof(PtObject),
};
