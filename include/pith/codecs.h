// include/pith/codecs.h: text encodings: utf-8, utf-16, utf-32, latin-1 and ascii.
//
// Encoders take a str and return bytes; decoders take raw bytes and return a
// str. `errors` names an error handler as in CPython: "strict" (raise
// UnicodeEncodeError/UnicodeDecodeError), "ignore", "replace",
// "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace"
// (encode only) and "namereplace" (encode only; falls back to
// backslashreplace). NULL means "strict"; NULL `encoding` means "utf-8".
// Encoding names are matched like CPython's normaliser: case-insensitive,
// '-' and '_' and ' ' interchangeable ("UTF8", "utf_8", "latin1", "iso-8859-1").
#ifndef PT_CODECS_H
#define PT_CODECS_H

#include <stddef.h>
#include "pith/object.h"  // PtObject

// New references; NULL with an exception on failure (LookupError "unknown
// encoding: x" for an unknown codec, "unknown error handler name 'x'").
PtObject *pt_codecs_decode(const char *data, size_t len, const char *encoding, const char *errors);
PtObject *pt_codecs_encode(PtObject *str, const char *encoding, const char *errors);
PtObject *pt_codecs_decode_utf8(const char *data, size_t len, const char *errors);
PtObject *pt_codecs_encode_utf8(PtObject *str, const char *errors);
// The canonical name of a known codec ("utf-8", "latin-1", "ascii", "utf-16",
// "utf-16-le", ...), or NULL when unknown (no exception set).
const char *pt_codecs_lookup_name(const char *encoding);

// Incremental UTF-8 decoding for io: decode the longest complete prefix of
// data[0..len) and report in *consumed how many bytes were used. With `final`
// nonzero, a truncated sequence at the end is an error (as the non-incremental
// decoder). New str or NULL.
PtObject *pt_codecs_decode_utf8_stateful(const char *data, size_t len, const char *errors,
                                         int final, size_t *consumed);

#endif  // PT_CODECS_H
