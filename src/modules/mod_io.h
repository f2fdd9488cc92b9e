// src/modules/mod_io.h: the shared layer of the _io module's files.
//
// _io is split by concept: mod_io.c (the abstract bases, open(), the module),
// mod_io_file.c (FileIO and the buffered classes), mod_io_string.c (StringIO,
// BytesIO) and mod_io_text.c (TextIOWrapper). Every concrete type starts with
// PtIOBase, so the generic IOBase methods find the `closed` flag of Python
// subclasses of the bases in the same place. The concrete types override
// `closed` with their own notion (a descriptor of -1, a detached buffer...).
#ifndef PT_MODULES_MOD_IO_H
#define PT_MODULES_MOD_IO_H

#include "pith.h"  // PtObject, PtType

#define PT_IO_DEFAULT_BUFFER_SIZE 8192

typedef struct PtIOBase {
    PtObject ob;
    int iobase_closed;  // IOBase.close() ran (for Python subclasses of the bases)
} PtIOBase;

// The type objects (each defined in its file).
extern PtType pt_io_iobase_type, pt_io_rawiobase_type, pt_io_bufferediobase_type, pt_io_textiobase_type;
extern PtType pt_io_fileio_type, pt_io_bufferedreader_type, pt_io_bufferedwriter_type,
    pt_io_bufferedrandom_type, pt_io_textiowrapper_type, pt_io_stringio_type, pt_io_bytesio_type;

// Raise io.UnsupportedOperation(msg). Returns NULL.
PtObject *pt_io_unsupported(const char *msg);
// Raise ValueError("I/O operation on closed file."). Returns NULL.
PtObject *pt_io_closed_error(void);
// 1 if obj.closed is true, 0 if false, -1 on error.
int pt_io_is_closed(PtObject *obj);

// Shared pieces of the IOBase protocol for the concrete types' tables.
PtObject *pt_io_enter(PtObject *self, PtObject *unused);
PtObject *pt_io_exit(PtObject *self, PtObject *const *args, size_t nargs);
PtObject *pt_io_iter(PtObject *self);
// The finalizer step of a concrete type's dealloc: close the object if it is
// still open (errors ignored). 1 when the object was resurrected (the dealloc
// must return at once), else 0.
int pt_io_dealloc_close(PtObject *self);
void pt_io_finalize(PtObject *self);

// The optional size argument of read()/readline() (None or an int; -1 = all). 0 or -1.
int pt_io_size_arg(PtObject *const *args, size_t nargs, const char *fname, pt_ssize *out);

// FileIO access for the buffered layer (fast path when the raw stream is a FileIO).
int pt_io_fileio_check(PtObject *o);
// Read at most n bytes into buf: the count (0 at end of file), -1 with an
// exception, -2 when a non-blocking read has no data.
pt_ssize pt_io_fileio_read_into(PtObject *raw, char *buf, size_t n);

// For the text layer's hot paths: 1/0 whether an exact FileIO or a buffered
// object over one is closed, or -2 when `o` is anything else (ask o.closed).
int pt_io_fast_closed(PtObject *o);

// The text layer needs this from mod_io.c: io.text_encoding().
PtObject *pt_io_text_encoding(PtObject *encoding);

#endif  // PT_MODULES_MOD_IO_H
