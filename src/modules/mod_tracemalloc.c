// src/modules/mod_tracemalloc.c: the _tracemalloc module, and the sys functions that show memory.
//
// _tracemalloc is the C half of tracemalloc, as in CPython: lib/tracemalloc.py
// builds Snapshot, Statistic, Traceback and the filters on top of it. The
// tracing itself (the table of live blocks, interned tracebacks) is
// src/mem/trace.c; this file gives it a way to see the Python stack, which
// the mem layer cannot, and turns traces into Python objects:
//   _get_traces()              [(domain, size, traceback, total_nframe), ...]
//   _get_object_traceback(o)   traceback or None
// where a traceback is a tuple of (filename, lineno) pairs, most recent
// first. pith has a single domain, 0.
//
// The second half implements sys._memstats() and the debug-build refleak
// functions (sys._debug_refcount_total, _debug_live_blocks,
// _debug_fail_after); src/modules/mod_sys.c lists them in its table
// (declared in src/modules/mod_tracemalloc.h).
//
// Internal by nature (it reads frames and allocator internals): on the
// layering allowlist with sys and gc.
// Guards: tests/golden/modules/tracemalloc/, tests/pith/memory_*.py.
#include <string.h>

#include "pith.h"                    // the object API
#include "mem/alloc.h"               // pt_mem_stats, pt_mem_live_blocks, pt_mem_fail_after
#include "mem/gc.h"                  // pt_gc_get_stats, pt_gc_get_objects
#include "mem/stats.h"               // pt_memstats_*
#include "mem/trace.h"               // pt_trace_*
#include "modules/mod_tracemalloc.h" // the sys functions' declarations
#include "vm/frame.h"                // PtFrame, pt_frame_lineno
#include "vm/state.h"                // pt_tstate_fast

// ---- The stack walker given to src/mem/trace.c ----

// Runs inside the allocator's hook: it must not allocate nor touch a
// reference count.
static int walk_stack(PtTraceFrame *out, int max, uint32_t *total) {
    PtThreadState *ts = pt_tstate_fast();
    int n = 0;
    uint32_t depth = 0;
    for (PtFrame *f = ts != NULL ? ts->frame : NULL; f != NULL; f = f->previous) {
        if (f->code == NULL || f->code->filename == NULL) {
            continue;
        }
        if (n < max) {
            int line = pt_frame_lineno(f);
            out[n].filename = f->code->filename;
            out[n].lineno = line > 0 ? line : 0;
            n++;
        }
        depth++;
    }
    *total = depth;
    return n;
}

// ---- Tracebacks as Python objects ----

// New reference: the tuple of (filename, lineno) pairs of `tb`.
static PtObject *traceback_tuple(const PtTraceback *tb) {
    PtObject *t = pt_tuple_new((pt_ssize)tb->nframe);
    if (t == NULL) {
        return NULL;
    }
    for (uint32_t i = 0; i < tb->nframe; i++) {
        PtObject *name = tb->frames[i].filename;
        PtObject *fr = name != NULL ? pt_tuple_pack(2, name, pt_smallint(tb->frames[i].lineno))
                                    : pt_tuple_pack(2, pt_str_id("<unknown>"), pt_smallint(0));
        if (fr == NULL) {
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, (pt_ssize)i, fr);
    }
    return t;
}

// The cached tuple for `tb` in `cache` (a dict keyed by address), built on
// first use. New reference.
static PtObject *cached_traceback(PtObject *cache, const PtTraceback *tb) {
    PtObject *key = pt_int_from_i64((int64_t)(uintptr_t)tb);
    if (key == NULL) {
        return NULL;
    }
    PtObject *t = NULL;
    int found = pt_dict_get_ref(cache, key, &t);
    if (found == 0) {
        t = traceback_tuple(tb);
        if (t != NULL && pt_dict_set(cache, key, t) < 0) {
            pt_clearref(&t);
        }
    }
    pt_decref(key);
    return found < 0 ? NULL : t;
}

// ---- _tracemalloc functions ----

static PtObject *tm_start(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"nframe", NULL};
    PtObject *arg = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|O:start", kwlist, &arg) < 0) {
        return NULL;
    }
    int64_t nframe = 1;
    if (arg != NULL) {
        PtObject *i = pt_number_index(arg);
        if (i == NULL) {
            return NULL;
        }
        int overflow = 0;
        nframe = pt_int_as_i64_overflow(i, &overflow);
        pt_decref(i);
        if (overflow || nframe > INT32_MAX || nframe < INT32_MIN) {
            return pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C int");
        }
    }
    if (nframe < 1 || nframe > PT_TRACE_MAX_NFRAME) {
        return pt_err_format(pt_exc_ValueError, "the number of frames must be in range [1; %d]",
                             PT_TRACE_MAX_NFRAME);
    }
    if (pt_trace_start((int)nframe, walk_stack) < 0) {
        return pt_err_no_memory();
    }
    return pt_newref(pt_None);
}

static PtObject *tm_stop(PtObject *self, PtObject *unused) {
    pt_trace_stop();
    return pt_newref(pt_None);
}

static PtObject *tm_is_tracing(PtObject *self, PtObject *unused) {
    return pt_newref(pt_bool(pt_trace_is_tracing()));
}

static PtObject *tm_clear_traces(PtObject *self, PtObject *unused) {
    pt_trace_clear();
    return pt_newref(pt_None);
}

static PtObject *tm_get_traceback_limit(PtObject *self, PtObject *unused) {
    return pt_int_from_i64(pt_trace_nframe());
}

static PtObject *tm_get_traced_memory(PtObject *self, PtObject *unused) {
    size_t now = 0, peak = 0;
    if (pt_trace_is_tracing()) {
        pt_trace_get_memory(&now, &peak);
    }
    PtObject *a = pt_int_from_u64(now), *b = pt_int_from_u64(peak);
    PtObject *r = a != NULL && b != NULL ? pt_tuple_pack(2, a, b) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    return r;
}

static PtObject *tm_reset_peak(PtObject *self, PtObject *unused) {
    pt_trace_reset_peak();
    return pt_newref(pt_None);
}

static PtObject *tm_get_tracemalloc_memory(PtObject *self, PtObject *unused) {
    return pt_int_from_u64(pt_trace_self_memory());
}

static PtObject *tm_get_traces(PtObject *self, PtObject *unused) {
    PtTraceEntry *entries = NULL;
    size_t n = 0;
    PtObject *list = NULL, *cache = NULL;
    if (!pt_trace_is_tracing()) {
        return pt_list_new(0);
    }
    uint64_t epoch = pt_trace_epoch();
    if (pt_trace_entries(&entries, &n) < 0) {
        return pt_err_no_memory();
    }
    list = pt_list_new(0);
    cache = pt_dict_new();
    if (list == NULL || cache == NULL) {
        goto error;
    }
    for (size_t i = 0; i < n; i++) {
        if (pt_trace_epoch() != epoch) {
            // Code run meanwhile (a finalizer) cleared the traces: their
            // tracebacks are gone. Return what was built.
            break;
        }
        PtObject *tb = cached_traceback(cache, entries[i].tb);
        if (tb == NULL) {
            goto error;
        }
        PtObject *size = pt_int_from_u64(entries[i].size);
        PtObject *total = pt_int_from_u64(entries[i].tb->total_nframe);
        PtObject *item = size != NULL && total != NULL ? pt_tuple_pack(4, pt_smallint(0), size, tb, total) : NULL;
        pt_xdecref(size);
        pt_xdecref(total);
        pt_decref(tb);
        if (item == NULL || pt_list_append_steal(list, item) < 0) {
            goto error;
        }
    }
    pt_trace_entries_free(entries);
    pt_decref(cache);
    return list;
error:
    pt_trace_entries_free(entries);
    pt_xdecref(cache);
    pt_xdecref(list);
    return NULL;
}

// The first byte of the memory block holding heap object `o`: its prefix
// slots, then its GC head, come before it (include/pith/object.h).
static const void *object_block(PtObject *o) {
    PtType *t = pt_type(o);
    return (const void *)pt_object_prefix(o, t->prefix_words);
}

static PtObject *tm_get_object_traceback(PtObject *self, PtObject *obj) {
    if (!pt_trace_is_tracing() || !pt_is_heap(obj) || pt_has_flag(obj, PT_OF_STATIC)) {
        return pt_newref(pt_None);
    }
    const PtTraceback *tb = pt_trace_lookup(object_block(obj));
    if (tb == NULL) {
        return pt_newref(pt_None);
    }
    return traceback_tuple(tb);
}

static const PtMethodDef tracemalloc_methods[] = {
    {"start", PT_FN(tm_start), PT_METH_FASTKW,
     "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the "
     "traceback of a\ntrace to nframe."},
    {"stop", PT_FN(tm_stop), PT_METH_NOARGS,
     "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python."},
    {"is_tracing", PT_FN(tm_is_tracing), PT_METH_NOARGS,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", PT_FN(tm_clear_traces), PT_METH_NOARGS,
     "Clear traces of memory blocks allocated by Python."},
    {"get_traceback_limit", PT_FN(tm_get_traceback_limit), PT_METH_NOARGS,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_traced_memory", PT_FN(tm_get_traced_memory), PT_METH_NOARGS,
     "Get the current size and peak size of memory blocks traced by tracemalloc.\n\n"
     "Returns a tuple: (current: int, peak: int)."},
    {"reset_peak", PT_FN(tm_reset_peak), PT_METH_NOARGS,
     "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_tracemalloc_memory", PT_FN(tm_get_tracemalloc_memory), PT_METH_NOARGS,
     "Get the memory usage in bytes of the tracemalloc module.\n\n"
     "This memory is used internally to trace memory allocations."},
    {"_get_traces", PT_FN(tm_get_traces), PT_METH_NOARGS,
     "Get traces of all memory blocks allocated by Python.\n\n"
     "Return a list of (domain: int, size: int, traceback: tuple, total_nframe: int) tuples."},
    {"_get_object_traceback", PT_FN(tm_get_object_traceback), PT_METH_O,
     "Get the traceback where the Python object obj was allocated.\n\n"
     "Return a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is "
     "disabled or did not\ntrace the allocation of the object."},
    {NULL, NULL, 0, NULL},
};

const PtModuleDef pt_mod_tracemalloc_def = {
    .name = "_tracemalloc",
    .doc = "Debug module to trace memory blocks allocated by Python.",
    .methods = tracemalloc_methods,
    .exec = NULL,
};

// ---- sys._memstats() ----

// d[key] = v; 0 or -1.
static int put_size(PtObject *d, const char *key, size_t v) {
    PtObject *o = pt_int_from_u64(v);
    if (o == NULL) {
        return -1;
    }
    int r = pt_dict_set_cstr(d, key, o);
    pt_decref(o);
    return r;
}

// d[key] = v (a new reference, consumed); 0 or -1.
static int put_steal(PtObject *d, const char *key, PtObject *v) {
    if (v == NULL) {
        return -1;
    }
    int r = pt_dict_set_cstr(d, key, v);
    pt_decref(v);
    return r;
}

static PtObject *arenas_dict(const PtMemStats *s) {
    PtObject *d = pt_dict_new();
    if (d == NULL || put_size(d, "in_use", s->arenas_in_use) < 0 || put_size(d, "returned", s->arenas_returned) < 0 ||
        put_size(d, "allocated", s->arenas_allocated) < 0 || put_size(d, "peak", s->arenas_peak) < 0 ||
        put_size(d, "pools_in_use", s->pools_in_use) < 0 || put_size(d, "pools_empty", s->pools_empty) < 0) {
        pt_xdecref(d);
        return NULL;
    }
    return d;
}

static PtObject *bytes_dict(const PtMemStats *s) {
    PtObject *d = pt_dict_new();
    if (d == NULL || put_size(d, "in_use", s->bytes_in_use) < 0 || put_size(d, "free_in_pools", s->bytes_free_in_pools) < 0 ||
        put_size(d, "mapped", s->bytes_mapped) < 0 || put_size(d, "large_blocks", s->large_blocks) < 0 ||
        put_size(d, "large", s->large_bytes) < 0 || put_size(d, "raw_blocks", s->raw_blocks) < 0 ||
        put_size(d, "raw", s->raw_bytes) < 0 || put_size(d, "peak", s->peak_bytes) < 0) {
        pt_xdecref(d);
        return NULL;
    }
    return d;
}

// {block size: {pools_used, pools_full, blocks_in_use, blocks_free}} for the
// classes that have pools.
static PtObject *classes_dict(const PtMemStats *s) {
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (unsigned cls = 0; cls < PT_MEM_NCLASSES; cls++) {
        const PtMemClassStats *c = &s->classes[cls];
        if (c->pools_used + c->pools_full == 0) {
            continue;
        }
        PtObject *e = pt_dict_new();
        if (e == NULL || put_size(e, "pools_used", c->pools_used) < 0 || put_size(e, "pools_full", c->pools_full) < 0 ||
            put_size(e, "blocks_in_use", c->blocks_in_use) < 0 || put_size(e, "blocks_free", c->blocks_free) < 0 ||
            pt_dict_set(d, pt_smallint((int64_t)c->block_size), e) < 0) {
            pt_xdecref(e);
            pt_decref(d);
            return NULL;
        }
        pt_decref(e);
    }
    return d;
}

static PtObject *freelists_dict(void) {
    PtObject *d = pt_dict_new();
    size_t n = 0;
    const PtMemFreelist *fl = pt_memstats_freelists(&n);
    for (size_t i = 0; d != NULL && i < n; i++) {
        if (put_size(d, fl[i].name, (size_t)*fl[i].count) < 0) {
            pt_clearref(&d);
        }
    }
    return d;
}

// Adds `count` objects of `bytes` to d[name] = (count, bytes).
static int add_type(PtObject *d, const char *name, size_t count, size_t bytes) {
    PtObject *key = pt_str_from_cstr(name);
    if (key == NULL) {
        return -1;
    }
    PtObject *old = NULL;
    int found = pt_dict_get_ref(d, key, &old);
    if (found == 1) {
        count += (size_t)pt_int_as_i64(pt_tuple_get(old, 0));
        bytes += (size_t)pt_int_as_i64(pt_tuple_get(old, 1));
        pt_decref(old);
    }
    PtObject *c = pt_int_from_u64(count), *b = pt_int_from_u64(bytes);
    PtObject *v = found >= 0 && c != NULL && b != NULL ? pt_tuple_pack(2, c, b) : NULL;
    int r = v != NULL ? pt_dict_set(d, key, v) : -1;
    pt_xdecref(v);
    pt_xdecref(c);
    pt_xdecref(b);
    pt_decref(key);
    return r;
}

static int add_counted_type(const PtMemTypeCount *c, void *arg) {
    PtType *t = pt_type_table[c->tid];
    return add_type(arg, t != NULL ? t->name : "(dead type)", c->count, c->bytes);
}

static int add_gc_object(PtObject *o, void *arg) {
    PtObject *d = arg;
    PtObject *key = pt_str_from_cstr(pt_type_name_of(o));
    if (key == NULL) {
        return -1;
    }
    PtObject *old = NULL;
    int found = pt_dict_get_ref(d, key, &old);
    int64_t n = found == 1 ? pt_int_as_i64(old) + 1 : 1;
    pt_xdecref(old);
    PtObject *v = found >= 0 ? pt_int_from_i64(n) : NULL;
    int r = v != NULL ? pt_dict_set(d, key, v) : -1;
    pt_xdecref(v);
    pt_decref(key);
    return r;
}

// {name: (count, bytes)} from the stats-mode counters, or None without them.
static PtObject *types_dict(void) {
    if (!pt_memstats_on) {
        return pt_newref(pt_None);
    }
    PtObject *d = pt_dict_new();
    if (d != NULL && pt_memstats_each_type(add_counted_type, d) != 0) {
        pt_clearref(&d);
    }
    return d;
}

// {name: count} of the objects the collector tracks.
static PtObject *gc_objects_dict(void) {
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    int r = pt_gc_get_objects(-1, add_gc_object, d);
    if (r != 0) {
        if (r == PT_GC_NOMEM) {
            pt_err_no_memory();
        }
        pt_decref(d);
        return NULL;
    }
    return d;
}

static PtObject *gc_list(void) {
    PtGCGenStats g[3];
    pt_gc_get_stats(g);
    PtObject *l = pt_list_new(0);
    for (int i = 0; l != NULL && i < 3; i++) {
        PtObject *e = pt_dict_new();
        if (e == NULL || put_size(e, "collections", g[i].collections) < 0 ||
            put_size(e, "collected", g[i].collected) < 0 || put_size(e, "uncollectable", g[i].uncollectable) < 0 ||
            put_steal(e, "seconds", pt_float_new(g[i].seconds)) < 0) {
            pt_xdecref(e);
            pt_clearref(&l);
        } else if (pt_list_append_steal(l, e) < 0) {
            pt_clearref(&l);
        }
    }
    return l;
}

PtObject *pt_sys_memstats(PtObject *self, PtObject *unused) {
    PtMemStats s;
    pt_mem_stats(&s);
    PtObject *d = pt_dict_new();
    if (d == NULL || put_steal(d, "arenas", arenas_dict(&s)) < 0 || put_steal(d, "bytes", bytes_dict(&s)) < 0 ||
        put_steal(d, "classes", classes_dict(&s)) < 0 || put_steal(d, "freelists", freelists_dict()) < 0 ||
        put_steal(d, "types", types_dict()) < 0 || put_steal(d, "gc_objects", gc_objects_dict()) < 0 ||
        put_steal(d, "gc", gc_list()) < 0) {
        pt_xdecref(d);
        return NULL;
    }
    return d;
}

// ---- Debug builds: the refleak mode and fault injection ----

PtObject *pt_sys_debug_refcount_total(PtObject *self, PtObject *unused) {
    return pt_int_from_i64(pt_memstats_refcount_total());
}

PtObject *pt_sys_debug_live_blocks(PtObject *self, PtObject *unused) {
    return pt_int_from_u64(pt_mem_live_blocks());
}

PtObject *pt_sys_debug_fail_after(PtObject *self, PtObject *arg) {
    int overflow = 0;
    if (!pt_is_int(arg)) {
        return pt_err_format(pt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             pt_type_name_of(arg));
    }
    int64_t n = pt_int_as_i64_overflow(arg, &overflow);
    if (overflow || n < 0) {
        return pt_err_set_string(pt_exc_ValueError, "_debug_fail_after: n must be >= 0");
    }
    // Arm last: the result must exist before the countdown starts.
    PtObject *r = pt_newref(pt_None);
    pt_mem_fail_after((long)n);
    return r;
}
