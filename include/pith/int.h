// include/pith/int.h: int and bool.
//
// Values in [PT_SMALLINT_MIN, PT_SMALLINT_MAX] are always immediates; larger
// magnitudes are heap PtLong objects (GMP mpz underneath, src/obj/int.c).
// Every int result is normalised: a big int never holds a small value.
#ifndef PT_INT_H
#define PT_INT_H

#include "pith/object.h"  // PtObject

extern PtType pt_int_type, pt_bool_type;
extern PtObject pt_TrueObj, pt_FalseObj;
#define pt_True (&pt_TrueObj)
#define pt_False (&pt_FalseObj)
static inline PtObject *pt_bool(int b) { return b ? pt_True : pt_False; }

// int or a subclass (bool included).
static inline int pt_is_int(PtObject *v) {
    return pt_is_smallint(v) || (pt_is_heap(v) && (pt_tid(v) == PT_TID_INT || pt_tid(v) == PT_TID_BOOL ||
                                                    pt_type_is_subtype_flag(pt_type(v), PT_TF_INT_SUB)));
}
static inline int pt_is_int_exact(PtObject *v) { return pt_tid(v) == PT_TID_INT; }

PtObject *pt_int_from_i64(int64_t v);
PtObject *pt_int_from_u64(uint64_t v);
PtObject *pt_int_from_ssize(pt_ssize v);
PtObject *pt_int_from_double(double d);  // truncates; OverflowError/ValueError for inf/nan
// Parse like int(s, base): base 0 autodetects, underscores allowed, whitespace trimmed.
// ValueError "invalid literal for int() with base 10: 's'" on failure.
PtObject *pt_int_from_string(const char *s, size_t len, int base);
// The value as a C integer. -1 with OverflowError if out of range (or TypeError if not an int).
int64_t pt_int_as_i64(PtObject *v);
pt_ssize pt_int_as_ssize(PtObject *v);
// Like pt_int_as_i64 but sets *overflow to +1/-1 instead of raising.
int64_t pt_int_as_i64_overflow(PtObject *v, int *overflow);
double pt_int_as_double(PtObject *v);  // OverflowError if too large
int pt_int_sign(PtObject *v);          // -1, 0, 1
// str(v) in base 10, or with base 2/8/16 and a prefix ("0x...").
PtObject *pt_int_to_str(PtObject *v, int base);
// Exact int arithmetic on int values (both operands ints).
PtObject *pt_int_add(PtObject *a, PtObject *b);
PtObject *pt_int_sub(PtObject *a, PtObject *b);
PtObject *pt_int_mul(PtObject *a, PtObject *b);
int pt_int_compare(PtObject *a, PtObject *b);  // -1, 0, 1
pt_hash pt_int_hash(PtObject *v);
// Number of bits in abs(v).
size_t pt_int_bit_length(PtObject *v);

#endif  // PT_INT_H
