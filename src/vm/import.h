// src/vm/import.h: the import system's internal entry points (import.c).
#ifndef PT_VM_IMPORT_H
#define PT_VM_IMPORT_H

#ifndef PT_CORE
#error "src/vm/import.h is internal to the pith core"
#endif

#include <stdint.h>
#include "pith/object.h"  // PtObject

// The tag in cached bytecode file names: __pycache__/NAME.pith-01.pyc.
#define PT_PYC_TAG "pith-01"

// __import__(name, globals, locals, fromlist, level). New reference.
PtObject *pt_import_level(PtObject *name, PtObject *globals, PtObject *fromlist, int level);
// Compile the source file `path` (str), or load its valid cached code when
// `use_cache`. New code object or NULL.
PtObject *pt_import_get_code(PtObject *path, int use_cache);
// Names of the builtin C modules (sys.builtin_module_names). New tuple.
PtObject *pt_import_builtin_names(void);
// Counters: sources compiled, cache hits, cache files written.
void pt_import_stats(uint64_t *compiled, uint64_t *cache_hits, uint64_t *cache_writes);
// Read a whole file into a new bytes object; OSError (with the filename) on failure.
PtObject *pt_os_read_file(const char *path);

#endif  // PT_VM_IMPORT_H
