// include/pith/bigint.h: the GMP bridge for code that works on big ints directly.
//
// An int is either a small immediate or a heap PtLong holding a GMP mpz_t
// (src/obj/int.c). Modules that need exact big-int algorithms (math.isqrt,
// math.gcd, math.factorial, ...) load an int into an mpz with pt_int_to_mpz,
// compute with GMP, and turn the mpz back into a normalised int with
// pt_int_from_mpz_consume. GMP allocates through pt_raw_* once
// pt_int_init_gmp has run at start-up.
//
// Also here: the int <-> decimal string length limit of CPython 3.11
// (sys.set_int_max_str_digits), which applies to str(int), int(str) and
// formatting in non-power-of-two bases.
#ifndef PT_BIGINT_H
#define PT_BIGINT_H

#include <stdint.h>
#include <gmp.h>

#include "pith/object.h"  // PtObject

// Route GMP's memory functions through pt_raw_*. Call once, before any int work.
void pt_int_init_gmp(void);

// Initialise `out` and set it to the value of int `v` (an int or subclass,
// bool included). The caller mpz_clear()s it.
void pt_int_to_mpz(PtObject *v, mpz_t out);
// Read-only access without copying big ints: returns the mpz of a heap int, or
// `tmp` initialised from a small one; *owned says whether tmp must be cleared.
mpz_srcptr pt_int_mpz_view(PtObject *v, mpz_t tmp, int *owned);
// A new, normalised int from `z`, which is consumed (cleared or moved into the
// result). New reference; NULL with MemoryError.
PtObject *pt_int_from_mpz_consume(mpz_t z);

// The limit on decimal digits when converting between int and str (0: none).
// Default 4300, CPython 3.11's; the minimum non-zero value is 640.
#define PT_INT_MAX_STR_DIGITS_DEFAULT 4300
#define PT_INT_MAX_STR_DIGITS_THRESHOLD 640
int64_t pt_int_get_max_str_digits(void);
// 0 or -1 with ValueError "maxdigits must be 0 or larger than 640".
int pt_int_set_max_str_digits(int64_t maxdigits);

#endif  // PT_BIGINT_H
