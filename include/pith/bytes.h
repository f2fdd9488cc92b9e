// include/pith/bytes.h: bytes, bytearray and the buffer protocol.
#ifndef PT_BYTES_H
#define PT_BYTES_H

#include "pith/object.h"  // PtObject

extern PtType pt_bytes_type, pt_bytearray_type, pt_memoryview_type;

static inline int pt_is_bytes_exact(PtObject *v) { return pt_tid(v) == PT_TID_BYTES; }
int pt_is_bytes(PtObject *v);
int pt_is_bytearray(PtObject *v);

PtObject *pt_bytes_new(const void *data, size_t len);  // data NULL: zeroed
char *pt_bytes_data(PtObject *b);  // borrowed; NUL-terminated
pt_ssize pt_bytes_len(PtObject *b);
// Shrink a fresh bytes object (refcount 1) to `len`; may move it. 0 or -1.
int pt_bytes_resize(PtObject **b, size_t len);
PtObject *pt_bytearray_new(const void *data, size_t len);
char *pt_bytearray_data(PtObject *b);
pt_ssize pt_bytearray_len(PtObject *b);

// The buffer protocol, 1-D: a contiguous view of bytes owned by `obj`.
typedef struct PtBuffer {
    void *buf;
    pt_ssize len;       // in bytes
    pt_ssize itemsize;  // 1 for bytes
    const char *format; // struct-module format, "B" for bytes
    int readonly;
    PtObject *obj;      // new reference held while the buffer is exported
} PtBuffer;
// Fill `view` from any object that supports the buffer protocol; TypeError
// "a bytes-like object is required, not 'T'" otherwise. 0 or -1.
int pt_buffer_get(PtObject *obj, PtBuffer *view, int writable);
void pt_buffer_release(PtBuffer *view);
// Let instances of `type` export buffers (array.array does): `fn` fills `view`
// and puts a new reference to the exporter in view->obj. 0 or -1.
typedef int (*PtGetBufferFn)(PtObject *obj, PtBuffer *view, int writable);
int pt_buffer_register(PtType *type, PtGetBufferFn fn);

#endif  // PT_BYTES_H
