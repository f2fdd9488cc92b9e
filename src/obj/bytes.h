// src/obj/bytes.h: layouts of bytes, bytearray and memoryview, and their shared helpers.
//
// bytes is one allocation: header, size, cached hash (-1 until computed), then
// the bytes inline plus a NUL. bytearray owns a separate buffer (`alloc`
// bytes, always NUL-terminated when allocated) that grows by over-allocation;
// while memoryviews export it (`exports` > 0) it cannot be resized
// (BufferError). A memoryview holds a PtBuffer taken from its object and
// describes a 1-D strided view of it (start offset, item size, format).
// The methods that bytes and bytearray share are implemented once in
// bytes_methods.c over a (data, length) pair and return the caller's type.
#ifndef PT_OBJ_BYTES_H
#define PT_OBJ_BYTES_H

#ifndef PT_CORE
#error "src/obj/bytes.h is internal to the pith core"
#endif

#include "pith/bytes.h"  // PtBuffer, public API

typedef struct PtBytes {
    PtObject ob;
    pt_ssize size;
    pt_hash hash;  // -1: not computed
    char data[];   // size bytes + NUL
} PtBytes;

typedef struct PtByteArray {
    PtObject ob;
    pt_ssize size;
    pt_ssize alloc;   // bytes allocated at `data` (0: data is NULL)
    char *data;
    pt_ssize exports; // live buffer exports (memoryviews)
} PtByteArray;

typedef struct PtMemoryView {
    PtObject ob;
    PtBuffer view;       // the exporter's buffer; view.obj NULL once released
    pt_ssize start;      // byte offset of item 0 inside view.buf
    pt_ssize length;     // number of items
    pt_ssize step;       // stride in items (slices with steps)
    pt_ssize itemsize;
    char format[8];      // struct format of the items
    int readonly;
    int released;
    pt_ssize exports;    // memoryviews made from this one
    PtObject *base;      // the memoryview this was sliced/cast from, or NULL
    pt_hash hash;
} PtMemoryView;

static inline int pt_is_bytearray_fast(PtObject *v) { return pt_is_heap(v) && pt_tid(v) == PT_TID_BYTEARRAY; }

// The bytes of a bytes or bytearray `self` (no checks beyond the two types).
static inline const char *pt_bytes_self_data(PtObject *self, pt_ssize *len) {
    if (pt_is_bytes(self)) {
        *len = ((PtBytes *)self)->size;
        return ((PtBytes *)self)->data;
    }
    *len = ((PtByteArray *)self)->size;
    return ((PtByteArray *)self)->data != NULL ? ((PtByteArray *)self)->data : "";
}

// ---- bytes.c ----
// Buffer exporters for other types: pt_buffer_register, in include/pith/bytes.h.
// `v in seq` for bytes and bytearray data: an int byte or a bytes-like substring. 1/0/-1.
int pt_bytes_contains_data(const char *d, pt_ssize n, PtObject *v);
// A new iterator over a bytes or bytearray `seq` (type: the iterator type).
PtObject *pt_bytes_iter_new(PtType *type, PtObject *seq);
extern PtType pt_bytes_iterator_type, pt_bytearray_iterator_type;
PtObject *pt_bytes_new_type(PtType *type, const void *data, size_t len);
// b % args, shared with bytearray (result type follows `fmt`).
PtObject *pt_bytes_mod(PtObject *fmt, PtObject *args);
// repr body b'...' for data, with CPython's quote choice; `prefix`/`suffix`
// wrap it ("bytearray(" ... ")"); with a prefix (bytearray) a single quote is
// always escaped, as CPython does.
PtObject *pt_bytes_repr_data(const char *d, pt_ssize n, const char *prefix, const char *suffix);
// Build bytes from any bytes() constructor argument (int, buffer, iterable). New bytes.
PtObject *pt_bytes_from_object(PtObject *x);
// The byte value of an int-like `v` ("byte must be in range(0, 256)"). 0 or -1.
int pt_bytes_byte_value(PtObject *v, int *out);
// Collect the ints of an iterable into a pt_mem buffer (*buf, *len, *cap). 0 or -1.
int pt_bytes_collect_iterable(PtObject *it, char **buf, size_t *len, size_t *cap);

// ---- bytes_methods.c: the methods bytes and bytearray share, and both tables ----
// Result of the same type family as `self` (bytes for bytes, bytearray for bytearray).
PtObject *pt_bytes_make_like(PtObject *self, const char *d, pt_ssize n);
extern const PtMethodDef pt_bytes_methods[], pt_bytearray_methods[];

// ---- memoryview.c ----
// Export a memoryview's bytes (called by pt_buffer_get). 0 or -1.
int pt_memoryview_get_buffer(PtObject *mv, PtBuffer *view, int writable);

// ---- bytearray.c ----
int pt_bytearray_resize(PtObject *ba, pt_ssize size);  // 0 or -1 (BufferError if exported)
// The bytearray-only methods (listed in pt_bytearray_methods).
PtObject *pt_bytearray_append(PtObject *self, PtObject *v);
PtObject *pt_bytearray_clear(PtObject *self, PtObject *unused);
PtObject *pt_bytearray_copy(PtObject *self, PtObject *unused);
PtObject *pt_bytearray_extend(PtObject *self, PtObject *v);
PtObject *pt_bytearray_insert(PtObject *self, PtObject *const *args, size_t nargs);
PtObject *pt_bytearray_pop(PtObject *self, PtObject *const *args, size_t nargs);
PtObject *pt_bytearray_remove(PtObject *self, PtObject *v);
PtObject *pt_bytearray_reverse(PtObject *self, PtObject *unused);
PtObject *pt_bytearray_alloc(PtObject *self, PtObject *unused);
PtObject *pt_bytearray_sizeof(PtObject *self, PtObject *unused);
// bytes.c: methods only bytes has.
PtObject *pt_bytes_getnewargs(PtObject *self, PtObject *unused);
PtObject *pt_bytes_bytes(PtObject *self, PtObject *unused);

#endif  // PT_OBJ_BYTES_H
