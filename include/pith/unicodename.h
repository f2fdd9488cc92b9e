// include/pith/unicodename.h: Unicode character names and the database
// properties utf8proc does not carry (src/obj/unicode_names.c).
//
// The tables are generated at build time from the Unicode Character Database
// files of Debian's unicode-data package (tools/gen_unicode_names.c) and are
// read-only data: nothing is built or paged in until a function here is
// called. Every function is thread-safe and never raises: misses are reported
// by the return value. Names follow CPython 3.11's unicodedata: control
// characters, private-use and unassigned code points have no name; the
// algorithmic names are HANGUL SYLLABLE ... and CJK UNIFIED IDEOGRAPH-XXXX.
#ifndef PT_UNICODENAME_H
#define PT_UNICODENAME_H

#include <stddef.h>
#include <stdint.h>

// A buffer of this size holds any name with its NUL.
#define PT_UNICODE_NAME_BUFSIZE 128
// Longer names are never found (CPython's "name too long").
#define PT_UNICODE_NAME_MAXLEN 256

// What a lookup may match besides character names.
enum {
    PT_UNICODE_ALIASES = 1,    // name aliases (NameAliases.txt): "LF", "BYTE ORDER MARK"
    PT_UNICODE_SEQUENCES = 2,  // named sequences (lookup() only, never \N{...})
    PT_UNICODE_V32 = 4,        // Unicode 3.2 view: names of later characters do not match
};

// The version of the Unicode database the tables come from ("15.0.0").
const char *pt_unicode_version(void);

// Look up a character by name, as \N{...} does: character names and aliases,
// case-insensitively (the algorithmic names only in upper case, as CPython).
// 1 with *cp set, or 0.
int pt_unicode_lookup(const char *name, size_t len, uint32_t *cp);
// The same, returning the code point or -1: the parser's \N{...} hook
// (pt_parse_set_name_lookup).
int pt_unicode_lookup_cp(const char *name, size_t len);
// The general form: `flags` from the enum above. A character sets *cp, *seq =
// NULL and *n = 1; a named sequence sets *seq to its code points (static) and
// *n to their count. 1 found, 0 not.
int pt_unicode_lookup_ex(const char *name, size_t len, int flags, uint32_t *cp, const uint32_t **seq,
                         size_t *n);

// Write the name of `cp` with a NUL into buf (PT_UNICODE_NAME_BUFSIZE bytes
// always suffice; a smaller buffer gets a truncated name). Returns the name's
// length, or 0 when `cp` has none.
int pt_unicode_name(uint32_t cp, char *buf, size_t bufsize);

// Unicode 3.2 view (unicodedata.ucd_3_2_0): 1 if `cp` was assigned in 3.2.
int pt_unicode_in_v32(uint32_t cp);

// Numeric properties (UnicodeData.txt fields 6-8 and the Unihan values).
// decimal and digit: the value 0..9, or -1.
int pt_unicode_decimal(uint32_t cp);
int pt_unicode_digit(uint32_t cp);
// 1 with *value set, or 0 when `cp` has no numeric value.
int pt_unicode_numeric(uint32_t cp, double *value);

// The decomposition mapping as UnicodeData.txt writes it ("<compat> 0020 0308",
// "0065 0301", "" for none), NUL-terminated in buf; returns its length.
// 256 bytes always suffice; a smaller buffer gets a truncated string.
size_t pt_unicode_decomposition(uint32_t cp, char *buf, size_t bufsize);

// The East Asian Width ("F", "H", "W", "Na", "A", "N"); static string.
// Unassigned code points give "F", as CPython 3.11 does.
const char *pt_unicode_east_asian_width(uint32_t cp);

#endif  // PT_UNICODENAME_H
