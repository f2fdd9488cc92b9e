// src/obj/int.h: int internals shared inside the core (GMP set-up, mpz results).
#ifndef PT_OBJ_INT_H
#define PT_OBJ_INT_H

#ifndef PT_CORE
#error "src/obj/int.h is internal to the pith core"
#endif

#include <gmp.h>
#include "pith/object.h"  // PtObject

// Route GMP's allocations through pt_raw_* (once, at start-up).
void pt_int_init_gmp(void);
// A normalised int from `z`, which is consumed (cleared or moved). NULL on error.
PtObject *pt_int_from_mpz_consume(mpz_t z);

#endif  // PT_OBJ_INT_H
