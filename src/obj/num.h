// src/obj/num.h: helpers shared by the numeric types (int.c, float.c, complex.c).
//
// Internal to the core. The numeric constructors all accept Unicode text the
// same way (non-ASCII decimal digits read as their ASCII digit, Unicode white
// space as a blank), and int ** negative int and float ** float share one
// power routine with CPython's special cases.
#ifndef PT_OBJ_NUM_H
#define PT_OBJ_NUM_H

#ifndef PT_CORE
#error "src/obj/num.h is internal to the pith core"
#endif

#include <stddef.h>
#include <stdint.h>

#include "pith/object.h"  // PtObject

// Copy the characters of str `s` into a NUL-terminated ASCII buffer from
// pt_raw_alloc (free with pt_raw_free), mapping Unicode decimal digits to
// '0'..'9' and Unicode white space to ' '. Any other non-ASCII character
// becomes '?', which no numeric parser accepts. NULL with MemoryError.
char *pt_num_str_to_ascii(PtObject *s, size_t *len);

// x ** y for doubles, as float.__pow__: ZeroDivisionError for 0.0 to a
// negative power, OverflowError (34, 'Numerical result out of range'), and a
// complex result for a negative base with a non-integral exponent. New reference.
PtObject *pt_float_pow_double(double x, double y);

// x ** y for complex values given by parts, as complex.__pow__ (complex.c).
// ZeroDivisionError "0.0 to a negative or complex power", OverflowError
// "complex exponentiation". New reference.
PtObject *pt_complex_pow_values(double xr, double xi, double yr, double yi);

// The hash CPython gives a NaN float or complex part: derived from the address
// of the object holding it.
pt_hash pt_num_hash_pointer(const void *p);

// Parse a float literal as float() does (ASCII text, white space around it,
// underscores between digits, inf/infinity/nan). 0 and *out, or -1 on a
// syntax error (no exception set).
int pt_float_parse(const char *s, size_t len, double *out);

// Correctly rounded double of (q + tiny) * 2**exp2, where `sticky` says
// whether anything non-zero lies below q's last bit; handles subnormal
// results. Sets *overflow and returns HUGE_VAL-signed infinity when too large.
double pt_num_ldexp_rounded(uint64_t q, int sticky, long exp2, int *overflow);

#endif  // PT_OBJ_NUM_H
