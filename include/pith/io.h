// include/pith/io.h: the entry point of the io module for the core.
//
// builtins.open is io.open; the builtins module forwards to pt_io_open, which
// imports nothing else (the _io module is built in) and creates the _io
// module object the first time it is called.
#ifndef PT_IO_H
#define PT_IO_H

#include <stddef.h>
#include "pith/object.h"  // PtObject

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None), vectorcall convention. New reference or NULL.
PtObject *pt_io_open(PtObject *const *args, size_t nargs, PtObject *kwnames);

#endif  // PT_IO_H
