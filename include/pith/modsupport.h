// include/pith/modsupport.h: parsing arguments of builtin functions.
//
// pt_parse_args checks a vectorcall argument list against a small format:
//   "O" any object (borrowed)      "i" C int          "n" pt_ssize   "L" int64_t
//   "d" C double (float or int)    "p" bool by truth  "s" const char * from str (ASCII/UTF-8 NUL-free)
//   "U" str object (borrowed)      "|" the rest are optional (outputs untouched when absent)
//   "$" the rest are keyword-only   ":name" function name for messages (last)
// Keyword names come from `kwlist` (NULL-terminated; "" for positional-only).
// Errors match CPython's: "f() takes at most 2 arguments (3 given)",
// "f() missing required argument 'x' (pos 1)", "f() got an unexpected keyword argument 'y'".
#ifndef PT_MODSUPPORT_H
#define PT_MODSUPPORT_H

#include "pith/object.h"  // PtObject

int pt_parse_args(PtObject *const *args, size_t nargs, PtObject *kwnames, const char *format,
                  const char *const *kwlist, ...);
// Quick arity checks with CPython's messages; 0 or -1.
int pt_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int pt_check_no_kwargs(const char *fname, PtObject *kwnames);

#endif  // PT_MODSUPPORT_H
