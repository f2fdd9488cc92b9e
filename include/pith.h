// include/pith.h: the umbrella header, everything a C module or an embedder uses.
//
// The headers below, in dependency order. Embedding: pt_init(), then
// pt_run_string()/pt_run_file(), then pt_finalize().
#ifndef PT_PITH_H
#define PT_PITH_H

#include "pith/config.h"      // knobs
#include "pith/object.h"      // values, header, refcounts, type slots
#include "pith/mem.h"         // pt_mem_*, pt_raw_*
#include "pith/errors.h"      // exceptions
#include "pith/abstract.h"    // generic protocols
#include "pith/int.h"         // int, bool
#include "pith/float.h"       // float, complex
#include "pith/str.h"         // str
#include "pith/bytes.h"       // bytes, bytearray, buffers
#include "pith/list.h"        // list
#include "pith/tuple.h"       // tuple
#include "pith/dict.h"        // dict, set, frozenset
#include "pith/func.h"        // functions, methods, descriptors
#include "pith/module.h"      // modules, import
#include "pith/modsupport.h"  // argument parsing
#include "pith/runtime.h"     // lifecycle, threads, the GIL

#endif  // PT_PITH_H
