// include/pith/str.h: str, the immutable Unicode string.
//
// Compact storage (src/obj/str.h): header, length in code points, cached hash,
// then the characters inline at 1, 2 or 4 bytes each (the narrowest that
// fits: ASCII, Latin-1, UCS-2, UCS-4) and a terminating NUL. Indexing is O(1).
// An ASCII string's data is also valid UTF-8 and a C string.
#ifndef PT_STR_H
#define PT_STR_H

#include "pith/object.h"  // PtObject

extern PtType pt_str_type;

static inline int pt_is_str_exact(PtObject *v) { return pt_tid(v) == PT_TID_STR; }
static inline int pt_is_str(PtObject *v) {
    return pt_is_heap(v) && (pt_tid(v) == PT_TID_STR || pt_type_is_subtype_flag(pt_type(v), PT_TF_STR_SUB));
}

// New references; NULL with an exception on failure.
PtObject *pt_str_from_utf8(const char *s, size_t len);  // UnicodeDecodeError if invalid
PtObject *pt_str_from_utf8_replace(const char *s, size_t len);  // invalid bytes -> U+FFFD
PtObject *pt_str_from_cstr(const char *s);             // UTF-8, NUL-terminated
PtObject *pt_str_from_latin1(const char *s, size_t len);
PtObject *pt_str_from_ucs4(const uint32_t *cps, size_t len);
PtObject *pt_str_from_char(uint32_t cp);
PtObject *pt_str_format(const char *fmt, ...);  // same conversions as pt_err_format
// Interned: one object per content. pt_str_intern steals `s` and returns the canonical one.
PtObject *pt_str_intern(PtObject *s);
PtObject *pt_str_intern_cstr(const char *s);
// Borrowed, immortal: an interned string for a C literal, cached per call site
// table by src/obj/str.c. Use for attribute names in C code: PT_ID(__init__).
PtObject *pt_str_id(const char *s);
#define PT_ID(name) pt_str_id(#name)

pt_ssize pt_str_len(PtObject *s);
int pt_str_kind(PtObject *s);  // 1, 2 or 4 bytes per character
int pt_str_is_ascii(PtObject *s);
const void *pt_str_data(PtObject *s);
uint32_t pt_str_char(PtObject *s, pt_ssize i);  // no bounds check
// The characters as UTF-8: ASCII strings return their data (borrowed, valid
// while `s` lives) and *len; other strings return NULL (use pt_str_encode_utf8).
const char *pt_str_ascii(PtObject *s, size_t *len);
// New reference: a bytes object holding the UTF-8 encoding (surrogates: error).
PtObject *pt_str_encode_utf8(PtObject *s);
// Copy into a pt_mem-free buffer of UTF-8 via callback-free path: writes at most
// bufsize-1 bytes and a NUL into buf, returns the full UTF-8 length.
size_t pt_str_to_utf8_buf(PtObject *s, char *buf, size_t bufsize);

int pt_str_eq(PtObject *a, PtObject *b);  // exact content equality of two str
int pt_str_eq_cstr(PtObject *s, const char *c);
int pt_str_compare(PtObject *a, PtObject *b);  // -1, 0, 1 by code points
pt_hash pt_str_hash(PtObject *s);
PtObject *pt_str_concat(PtObject *a, PtObject *b);
PtObject *pt_str_join(PtObject *sep, PtObject *iterable);
PtObject *pt_str_substr(PtObject *s, pt_ssize start, pt_ssize end);
PtObject *pt_str_repr_of(PtObject *s);  // repr() with CPython's quote choice

// Incremental building (f-strings, join, repr). Append functions return 0 or -1.
typedef struct PtStrBuilder {
    void *buf;
    size_t len, cap;   // in characters
    int kind;          // current width
    uint32_t maxchar;
} PtStrBuilder;
void pt_sb_init(PtStrBuilder *sb);
int pt_sb_append_str(PtStrBuilder *sb, PtObject *s);
int pt_sb_append_ascii(PtStrBuilder *sb, const char *s, size_t len);
int pt_sb_append_utf8(PtStrBuilder *sb, const char *s, size_t len);
int pt_sb_append_char(PtStrBuilder *sb, uint32_t cp);
PtObject *pt_sb_finish(PtStrBuilder *sb);  // new str; the builder is reset
void pt_sb_discard(PtStrBuilder *sb);

#endif  // PT_STR_H
