// src/obj/str.h: the layout of str objects and the core's internal string helpers.
//
// A str is one allocation: the PtStr header, then `length` characters inline,
// each 1, 2 or 4 bytes wide, then a NUL character of the same width. The width
// ("kind") lives in two header flag bits:
//
//   PT_OF_USER3 PT_OF_USER2   kind     characters
//        0          0         ASCII    1 byte, all < 0x80 (data is valid UTF-8)
//        0          1         Latin-1  1 byte, at least one >= 0x80
//        1          0         UCS-2    2 bytes, at least one > 0xFF
//        1          1         UCS-4    4 bytes, at least one > 0xFFFF
//
// Invariant: a string always has the narrowest kind that holds its largest
// character. Every constructor narrows, so two equal strings have the same kind
// and the same bytes; equality and hashing work on the raw data. PT_OF_USER1
// marks an interned string (the intern table holds a reference to it).
// `hash` is -1 until computed. See docs/internals/str.md.
#ifndef PT_OBJ_STR_H
#define PT_OBJ_STR_H

#ifndef PT_CORE
#error "src/obj/str.h is internal to the pith core"
#endif

#include <stdarg.h>
#include <string.h>
#include "pith/str.h"  // PtStrBuilder, the public str API

typedef struct PtStr {
    PtObject ob;
    pt_ssize length;  // in code points
    pt_hash hash;     // -1: not computed yet
} PtStr;

enum {
    PT_STR_KIND_MASK = PT_OF_USER2 | PT_OF_USER3,
    PT_STR_K_ASCII = 0,
    PT_STR_K_LATIN1 = PT_OF_USER2,
    PT_STR_K_UCS2 = PT_OF_USER3,
    PT_STR_K_UCS4 = PT_OF_USER2 | PT_OF_USER3,
    PT_STR_INTERNED = PT_OF_USER1,
};

// ---- Fast accessors (no type checks: `s` must be a str) ----

static inline pt_ssize pt_str_fast_len(PtObject *s) { return ((PtStr *)s)->length; }
static inline int pt_str_fast_ascii(PtObject *s) { return (s->tinfo & PT_STR_KIND_MASK) == 0; }
// Bytes per character: 1, 2 or 4.
static inline int pt_str_fast_kind(PtObject *s) {
    uint32_t k = s->tinfo & PT_STR_KIND_MASK;
    return k == PT_STR_K_UCS4 ? 4 : k == PT_STR_K_UCS2 ? 2 : 1;
}
static inline void *pt_str_fast_data(PtObject *s) { return (char *)s + sizeof(PtStr); }
static inline uint32_t pt_str_read(int kind, const void *data, pt_ssize i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
                     : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline void pt_str_write(int kind, void *data, pt_ssize i, uint32_t c) {
    if (kind == 1) {
        ((uint8_t *)data)[i] = (uint8_t)c;
    } else if (kind == 2) {
        ((uint16_t *)data)[i] = (uint16_t)c;
    } else {
        ((uint32_t *)data)[i] = c;
    }
}
// The largest character a string of this kind may hold.
static inline uint32_t pt_str_kind_max(PtObject *s) {
    uint32_t k = s->tinfo & PT_STR_KIND_MASK;
    return k == PT_STR_K_ASCII ? 0x7F : k == PT_STR_K_LATIN1 ? 0xFF : k == PT_STR_K_UCS2 ? 0xFFFF : 0x10FFFF;
}
static inline int pt_str_kind_for(uint32_t maxchar) {
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

// ---- Construction (str.c) ----

// New str of `len` characters wide enough for `maxchar`; the characters are
// uninitialised (the NUL is written). `maxchar` must be the real maximum so the
// result is canonical. New reference or NULL (MemoryError).
PtObject *pt_str_new_raw(pt_ssize len, uint32_t maxchar);
PtObject *pt_str_new_raw_type(PtType *type, pt_ssize len, uint32_t maxchar);
// New str from `len` characters of width `kind`, narrowed to canonical form.
PtObject *pt_str_from_kind(int kind, const void *data, pt_ssize len);
// An upper bound of the characters that picks the right kind (exact for 2- and
// 4-byte data; for 1-byte data: the OR of the bytes, or 0xFF if any is >= 0x80).
uint32_t pt_str_max_char(int kind, const void *data, pt_ssize len);
// New reference to the empty string / the cached 1-character string for `c`.
PtObject *pt_str_new_empty(void);
// A copy of `s` as an exact str (for str subclasses); new reference.
PtObject *pt_str_exact_copy(PtObject *s);
// pt_str_format with a va_list: the conversions of pt_err_format.
PtObject *pt_str_vformat(const char *fmt, va_list ap);
// Widen characters from one kind to a wider one (or copy the same kind).
void pt_str_copy_chars(void *dst, int dkind, pt_ssize dpos, const void *src, int skind,
                       pt_ssize spos, pt_ssize n);
// Pre-size a builder for at least `n` more characters up to `maxchar`. 0 or -1.
int pt_sb_reserve(PtStrBuilder *sb, size_t n, uint32_t maxchar);
// Append `n` characters from a kind/data run. 0 or -1.
int pt_sb_append_kind(PtStrBuilder *sb, int kind, const void *data, pt_ssize n);
int pt_sb_append_fill(PtStrBuilder *sb, uint32_t c, pt_ssize n);

// ---- Searching (str.c) ----

// Index of `sub` in s[start:end] (already clamped), or -1. `dir` < 0: last.
pt_ssize pt_str_find_in(PtObject *s, PtObject *sub, pt_ssize start, pt_ssize end, int dir);
// Non-overlapping occurrences of `sub` in s[start:end], at most `max` (-1: all).
pt_ssize pt_str_count_in(PtObject *s, PtObject *sub, pt_ssize start, pt_ssize end, pt_ssize max);

// ---- Helpers shared by str, bytes and bytearray ----

// Slice indices as in CPython's PySlice_Unpack + PySlice_AdjustIndices: reads
// the slice's start/stop/step, clamps them to a sequence of `len` items and
// returns the number of items selected, or -1 with an exception.
pt_ssize pt_str_slice_indices(PtObject *slice, pt_ssize len, pt_ssize *start, pt_ssize *stop,
                              pt_ssize *step);
// An optional slice bound argument (None or __index__) as CPython's
// _PyEval_SliceIndex: clamps huge values. 0 or -1 ("slice indices must be...").
int pt_str_slice_index(PtObject *v, pt_ssize *out);
// Clamp start/end like CPython's ADJUST_INDICES for find/count/startswith.
void pt_str_adjust_indices(pt_ssize *start, pt_ssize *end, pt_ssize len);
// Parse the optional (start, end) arguments of find/count/index...: args[0..n).
int pt_str_parse_range(PtObject *const *args, size_t n, pt_ssize *start, pt_ssize *end);
// Clinic-style argument count checks: "NAME expected at least N arguments, got M".
int pt_str_check_args(const char *name, size_t nargs, size_t min, size_t max);
// Old-style: "NAME() takes at least N argument (M given)".
int pt_str_check_args_old(const char *name, size_t nargs, size_t min, size_t max);
// The char of a 1-character str for fill arguments ("The fill character must be...").
int pt_str_fill_char(PtObject *v, uint32_t *out);

// ---- Unicode character database (str_unicode.c) ----

int pt_uni_isspace(uint32_t c);
int pt_uni_isalpha(uint32_t c);
int pt_uni_isdecimal(uint32_t c);
int pt_uni_isdigit(uint32_t c);
int pt_uni_isnumeric(uint32_t c);
int pt_uni_isalnum(uint32_t c);
int pt_uni_isprintable(uint32_t c);
int pt_uni_islower(uint32_t c);
int pt_uni_isupper(uint32_t c);
int pt_uni_istitle(uint32_t c);
int pt_uni_iscased(uint32_t c);
int pt_uni_iscaseignorable(uint32_t c);
int pt_uni_isxid_start(uint32_t c);
int pt_uni_isxid_continue(uint32_t c);
int pt_uni_islinebreak(uint32_t c);
// Decimal digit value 0-9, or -1 if `c` is not a decimal digit.
int pt_uni_decimal_value(uint32_t c);
// Full case mappings (SpecialCasing included): write up to 3 code points into
// `out` and return how many.
int pt_uni_to_lower(uint32_t c, uint32_t out[3]);
int pt_uni_to_upper(uint32_t c, uint32_t out[3]);
int pt_uni_to_title(uint32_t c, uint32_t out[3]);
int pt_uni_to_fold(uint32_t c, uint32_t out[3]);

// ---- Python-visible methods implemented outside str.c ----

// str_methods.c: the method table of str (str.c's type object uses it).
extern const PtMethodDef pt_str_methods[];
// 1 if `s` (a str) is a valid identifier (str.isidentifier), else 0. Never fails.
int pt_str_isidentifier(PtObject *s);
// str.c
extern PtType pt_str_iterator_type;
// The keyed string hash over raw bytes (never -1): bytes.__hash__ uses it.
pt_hash pt_str_hash_bytes(const void *data, size_t len);
// str_format.c
PtObject *pt_str_mod(PtObject *fmt, PtObject *args);  // fmt % args
PtObject *pt_str_method_format(PtObject *self, PtObject *const *args, size_t nargs,
                               PtObject *kwnames);
PtObject *pt_str_method_format_map(PtObject *self, PtObject *mapping);

#endif  // PT_OBJ_STR_H
