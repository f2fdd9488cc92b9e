// src/obj/formatspec.h: the format-spec mini-language behind format() and __format__.
//
// A spec is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
// parsed into a PtFormatSpec by pt_formatspec_parse with CPython's errors. The
// pt_format_* functions implement int.__format__, float.__format__,
// complex.__format__ and str.__format__: each takes the value and the spec
// string and returns a new str (NULL with an exception on error).
#ifndef PT_OBJ_FORMATSPEC_H
#define PT_OBJ_FORMATSPEC_H

#ifndef PT_CORE
#error "src/obj/formatspec.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject

typedef struct PtFormatSpec {
    uint32_t fill;      // ' ' by default
    char align;         // '<' '>' '^' '=' or 0 (not given)
    char sign;          // '+' '-' ' ' or 0 (not given)
    char grouping;      // ',' '_' or 0
    uint32_t type;      // presentation type or 0 (not given)
    int alternate;      // '#'
    int no_neg_zero;    // 'z'
    int zero_pad;       // '0' before the width
    pt_ssize width;     // -1: not given
    pt_ssize precision; // -1: not given
} PtFormatSpec;

// Parse `spec` (a str; NULL means "") into `out`; `default_align` is '>' for
// numbers and '<' for strings, `type_name` names the type in messages. The
// presentation type is left 0 when absent. 0 or -1 with ValueError ("Invalid
// format specifier 'x' for object of type 'int'", "Format specifier missing
// precision", "Too many decimal digits in format string", ...). Whether
// grouping suits the type is checked by the formatters.
int pt_formatspec_parse(PtObject *spec, char default_align, const char *type_name, PtFormatSpec *out);

// int.__format__: `v` is an int (small or big; bool formats as int). New str.
PtObject *pt_format_int(PtObject *v, PtObject *spec);
// float.__format__ for the double `d`. New str.
PtObject *pt_format_float(double d, PtObject *spec);
// complex.__format__ for real + imag*j. New str.
PtObject *pt_format_complex(double real, double imag, PtObject *spec);
// str.__format__: `s` is a str. New str.
PtObject *pt_format_str(PtObject *s, PtObject *spec);

#endif  // PT_OBJ_FORMATSPEC_H
