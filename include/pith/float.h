// include/pith/float.h: float and complex.
//
// A float is an immediate (object.h) when its exponent is in the common range,
// else a boxed PtFloat. pt_float_new picks the representation.
#ifndef PT_FLOAT_H
#define PT_FLOAT_H

#include "pith/object.h"  // PtObject

extern PtType pt_float_type, pt_complex_type;

typedef struct PtFloat {
    PtObject ob;
    double value;
} PtFloat;

typedef struct PtComplex {
    PtObject ob;
    double real, imag;
} PtComplex;

PtObject *pt_float_box(double d);  // always a heap float (subclass-free)
static inline PtObject *pt_float_new(double d) {
    PtObject *v = pt_immfloat_try(d);
    return v != NULL ? v : pt_float_box(d);
}
static inline int pt_is_float_exact(PtObject *v) { return pt_tid(v) == PT_TID_FLOAT; }
int pt_is_float(PtObject *v);  // float or subclass
// The double of a float (or subclass) value. No checks.
static inline double pt_float_value(PtObject *v) {
    return pt_is_immfloat(v) ? pt_immfloat_value(v) : ((PtFloat *)v)->value;
}
// float(v) as a C double: floats, ints, __float__, __index__. -1.0 with an exception on error.
double pt_float_as_double(PtObject *v);
// repr(float): shortest string that round-trips, CPython's format ("1e+16", "inf", "nan").
PtObject *pt_float_repr_of(double d);
// Format into buf the repr of d; returns the length.
size_t pt_float_format_repr(double d, char *buf, size_t bufsize);
pt_hash pt_float_hash_of(double d);
PtObject *pt_complex_new(double real, double imag);

#endif  // PT_FLOAT_H
