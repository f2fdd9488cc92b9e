// src/obj/str.c: str core: storage, construction, interning, hashing, comparison, slots.
//
// Strings are compact and canonical (see src/obj/str.h): the narrowest of
// ASCII / Latin-1 / UCS-2 / UCS-4 that holds every character, data inline.
// This file owns everything that depends on that layout: constructors and the
// builder, the intern table and the PT_ID cache, hashing (SipHash-1-3 with a
// fixed key), comparison, searching, repr, and the type's slots. The
// Python-visible methods live in str_methods.c, %-formatting and str.format in
// str_format.c, the character database in str_unicode.c.
// Docs: docs/internals/str.md. Tests: tests/golden/types/str_*.py, tests/unit/test_str.c.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "obj/str.h"          // PtStr, kinds, internal helpers
#include "pith/abstract.h"    // pt_object_repr, pt_object_str, pt_number_as_ssize, iteration
#include "pith/bytes.h"       // pt_buffer_get for str(bytes, encoding)
#include "pith/codecs.h"      // pt_codecs_decode_utf8, pt_codecs_encode_utf8, pt_codecs_decode
#include "pith/errors.h"      // pt_err_*, exception types
#include "pith/int.h"         // pt_int_from_ssize, pt_bool
#include "pith/list.h"        // pt_list_* for join
#include "pith/mem.h"         // pt_mem_alloc, pt_mem_free, pt_mem_realloc
#include "pith/modsupport.h"  // pt_parse_args
#include "pith/slice.h"       // pt_slice_get_indices, pt_slice_index, pt_is_slice
#include "pith/tuple.h"       // pt_tuple_* for join

// ---- Layout and allocation ----

static size_t str_alloc_size(pt_ssize len, int kind) {
    return sizeof(PtStr) + (size_t)(len + 1) * (size_t)kind;
}

static uint32_t kind_bits_for(uint32_t maxchar) {
    if (maxchar < 0x80) {
        return PT_STR_K_ASCII;
    }
    if (maxchar < 0x100) {
        return PT_STR_K_LATIN1;
    }
    return maxchar < 0x10000 ? PT_STR_K_UCS2 : PT_STR_K_UCS4;
}

PtObject *pt_str_new_raw_type(PtType *type, pt_ssize len, uint32_t maxchar) {
    int kind = pt_str_kind_for(maxchar);
    if (len < 0 || (size_t)len > (SIZE_MAX - sizeof(PtStr)) / 4 - 1) {
        return pt_err_no_memory();
    }
    // The characters are the caller's to write: only the fixed fields are zeroed.
    PtObject *o = pt_object_alloc_partial(type, str_alloc_size(len, kind), sizeof(PtStr));
    if (o == NULL) {
        return NULL;
    }
    o->tinfo |= kind_bits_for(maxchar);
    PtStr *s = (PtStr *)o;
    s->length = len;
    s->hash = -1;
    pt_str_write(kind, pt_str_fast_data(o), len, 0);
    return o;
}

PtObject *pt_str_new_raw(pt_ssize len, uint32_t maxchar) {
    return pt_str_new_raw_type(&pt_str_type, len, maxchar);
}

// The empty string and the 256 one-character Latin-1 strings are created on
// first use and kept forever. Protected by the GIL.
static PtObject *empty_str;
static PtObject *latin1_chars[256];

PtObject *pt_str_new_empty(void) {
    if (empty_str == NULL) {
        empty_str = pt_str_new_raw(0, 0);
        if (empty_str == NULL) {
            return NULL;
        }
    }
    return pt_newref(empty_str);
}

PtObject *pt_str_from_char(uint32_t cp) {
    if (cp < 256) {
        PtObject *c = latin1_chars[cp];
        if (c == NULL) {
            c = pt_str_new_raw(1, cp);
            if (c == NULL) {
                return NULL;
            }
            ((uint8_t *)pt_str_fast_data(c))[0] = (uint8_t)cp;
            latin1_chars[cp] = c;
        }
        return pt_newref(c);
    }
    if (cp > 0x10FFFF) {
        return pt_err_set_string(pt_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    PtObject *s = pt_str_new_raw(1, cp);
    if (s != NULL) {
        pt_str_write(pt_str_fast_kind(s), pt_str_fast_data(s), 0, cp);
    }
    return s;
}

// For 1-byte data the result only tells ASCII (the OR of the bytes) from
// Latin-1 (0xFF): enough to pick the kind, not the exact maximum.
uint32_t pt_str_max_char(int kind, const void *data, pt_ssize len) {
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (pt_ssize i = 0; i < len; i++) {
            m |= p[i];
        }
        return m >= 0x80 ? 0xFF : m;  // only the ASCII/Latin-1 split matters
    }
    for (pt_ssize i = 0; i < len; i++) {
        uint32_t c = pt_str_read(kind, data, i);
        if (c > m) {
            m = c;
        }
    }
    return m;
}

void pt_str_copy_chars(void *dst, int dkind, pt_ssize dpos, const void *src, int skind,
                       pt_ssize spos, pt_ssize n) {
    if (n <= 0) {
        return;
    }
    if (dkind == skind) {
        memcpy((char *)dst + dpos * dkind, (const char *)src + spos * skind, (size_t)n * (size_t)dkind);
        return;
    }
    for (pt_ssize i = 0; i < n; i++) {
        pt_str_write(dkind, dst, dpos + i, pt_str_read(skind, src, spos + i));
    }
}

PtObject *pt_str_from_kind(int kind, const void *data, pt_ssize len) {
    if (len == 0) {
        return pt_str_new_empty();
    }
    if (len == 1) {
        return pt_str_from_char(pt_str_read(kind, data, 0));
    }
    uint32_t maxchar = pt_str_max_char(kind, data, len);
    PtObject *s = pt_str_new_raw(len, maxchar);
    if (s != NULL) {
        pt_str_copy_chars(pt_str_fast_data(s), pt_str_fast_kind(s), 0, data, kind, 0, len);
    }
    return s;
}

PtObject *pt_str_exact_copy(PtObject *s) {
    if (pt_is_str_exact(s)) {
        return pt_newref(s);
    }
    return pt_str_from_kind(pt_str_fast_kind(s), pt_str_fast_data(s), pt_str_fast_len(s));
}

// ---- Constructors from C data ----

// Length of the leading ASCII run of s[0..len).
static size_t ascii_prefix(const char *s, size_t len) {
    size_t i = 0;
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) {
            break;
        }
        i += 8;
    }
    while (i < len && (unsigned char)s[i] < 0x80) {
        i++;
    }
    return i;
}

static PtObject *str_from_ascii(const char *s, size_t len) {
    if (len <= 1) {
        return len == 0 ? pt_str_new_empty() : pt_str_from_char((unsigned char)s[0]);
    }
    PtObject *o = pt_str_new_raw((pt_ssize)len, 0x7F);
    if (o != NULL) {
        memcpy(pt_str_fast_data(o), s, len);
    }
    return o;
}

PtObject *pt_str_from_utf8(const char *s, size_t len) {
    if (ascii_prefix(s, len) == len) {
        return str_from_ascii(s, len);
    }
    return pt_codecs_decode_utf8(s, len, "strict");
}

PtObject *pt_str_from_utf8_replace(const char *s, size_t len) {
    if (ascii_prefix(s, len) == len) {
        return str_from_ascii(s, len);
    }
    return pt_codecs_decode_utf8(s, len, "replace");
}

PtObject *pt_str_from_cstr(const char *s) { return pt_str_from_utf8(s, strlen(s)); }

PtObject *pt_str_from_latin1(const char *s, size_t len) {
    return pt_str_from_kind(1, s, (pt_ssize)len);
}

PtObject *pt_str_from_ucs4(const uint32_t *cps, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (cps[i] > 0x10FFFF) {
            return pt_err_set_string(pt_exc_ValueError, "character out of range(0x110000)");
        }
    }
    return pt_str_from_kind(4, cps, (pt_ssize)len);
}

// ---- The builder ----

void pt_sb_init(PtStrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->kind = 1;
    sb->maxchar = 0;
}

void pt_sb_discard(PtStrBuilder *sb) {
    pt_mem_free(sb->buf, sb->cap * (size_t)sb->kind);
    pt_sb_init(sb);
}

// Grow and/or widen so that `n` more characters up to `maxchar` fit.
int pt_sb_reserve(PtStrBuilder *sb, size_t n, uint32_t maxchar) {
    int kind = pt_str_kind_for(maxchar > sb->maxchar ? maxchar : sb->maxchar);
    size_t need = sb->len + n;
    if (need < sb->len) {
        pt_err_no_memory();
        return -1;
    }
    if (kind == sb->kind && need <= sb->cap) {
        if (maxchar > sb->maxchar) {
            sb->maxchar = maxchar;
        }
        return 0;
    }
    size_t cap = sb->cap;
    if (need > cap) {
        cap = cap < 16 ? 16 : cap;
        while (cap < need) {
            cap += cap / 2 + 8;
        }
    }
    void *nb;
    if (kind == sb->kind) {
        nb = pt_mem_realloc(sb->buf, sb->cap * (size_t)kind, cap * (size_t)kind);
    } else {
        nb = pt_mem_alloc(cap * (size_t)kind);
        if (nb != NULL) {
            pt_str_copy_chars(nb, kind, 0, sb->buf, sb->kind, 0, (pt_ssize)sb->len);
            pt_mem_free(sb->buf, sb->cap * (size_t)sb->kind);
        }
    }
    if (nb == NULL) {
        pt_err_no_memory();
        return -1;
    }
    sb->buf = nb;
    sb->cap = cap;
    sb->kind = kind;
    if (maxchar > sb->maxchar) {
        sb->maxchar = maxchar;
    }
    return 0;
}

int pt_sb_append_kind(PtStrBuilder *sb, int kind, const void *data, pt_ssize n) {
    if (n <= 0) {
        return 0;
    }
    uint32_t m = pt_str_max_char(kind, data, n);
    if (pt_sb_reserve(sb, (size_t)n, m) < 0) {
        return -1;
    }
    pt_str_copy_chars(sb->buf, sb->kind, (pt_ssize)sb->len, data, kind, 0, n);
    sb->len += (size_t)n;
    return 0;
}

int pt_sb_append_str(PtStrBuilder *sb, PtObject *s) {
    pt_ssize n = pt_str_fast_len(s);
    if (n == 0) {
        return 0;
    }
    if (pt_sb_reserve(sb, (size_t)n, pt_str_kind_max(s)) < 0) {
        return -1;
    }
    pt_str_copy_chars(sb->buf, sb->kind, (pt_ssize)sb->len, pt_str_fast_data(s), pt_str_fast_kind(s), 0, n);
    sb->len += (size_t)n;
    return 0;
}

int pt_sb_append_ascii(PtStrBuilder *sb, const char *s, size_t len) {
    if (len == 0) {
        return 0;
    }
    if (pt_sb_reserve(sb, len, 0x7F) < 0) {
        return -1;
    }
    if (sb->kind == 1) {
        memcpy((char *)sb->buf + sb->len, s, len);
    } else {
        pt_str_copy_chars(sb->buf, sb->kind, (pt_ssize)sb->len, s, 1, 0, (pt_ssize)len);
    }
    sb->len += len;
    return 0;
}

int pt_sb_append_char(PtStrBuilder *sb, uint32_t cp) {
    if (sb->len >= sb->cap || cp > sb->maxchar) {
        if (pt_sb_reserve(sb, 1, cp) < 0) {
            return -1;
        }
    }
    pt_str_write(sb->kind, sb->buf, (pt_ssize)sb->len++, cp);
    return 0;
}

int pt_sb_append_fill(PtStrBuilder *sb, uint32_t c, pt_ssize n) {
    if (n <= 0) {
        return 0;
    }
    if (pt_sb_reserve(sb, (size_t)n, c) < 0) {
        return -1;
    }
    if (sb->kind == 1) {
        memset((char *)sb->buf + sb->len, (int)c, (size_t)n);
        sb->len += (size_t)n;
    } else {
        for (pt_ssize i = 0; i < n; i++) {
            pt_str_write(sb->kind, sb->buf, (pt_ssize)sb->len++, c);
        }
    }
    return 0;
}

int pt_sb_append_utf8(PtStrBuilder *sb, const char *s, size_t len) {
    size_t a = ascii_prefix(s, len);
    if (a == len) {
        return pt_sb_append_ascii(sb, s, len);
    }
    PtObject *t = pt_str_from_utf8_replace(s, len);
    if (t == NULL) {
        return -1;
    }
    int r = pt_sb_append_str(sb, t);
    pt_decref(t);
    return r;
}

PtObject *pt_sb_finish(PtStrBuilder *sb) {
    PtObject *s;
    if (sb->len <= 1) {
        s = sb->len == 0 ? pt_str_new_empty() : pt_str_from_char(pt_str_read(sb->kind, sb->buf, 0));
    } else {
        s = pt_str_new_raw((pt_ssize)sb->len, sb->maxchar);
        if (s != NULL) {
            memcpy(pt_str_fast_data(s), sb->buf, sb->len * (size_t)sb->kind);
        }
    }
    pt_sb_discard(sb);
    return s;
}

// ---- printf-style construction ----

static int fmt_int(PtStrBuilder *sb, char conv, int lmod, int width, int zero, int left, va_list *ap) {
    char num[64], spec[16];
    int n;
    if (conv == 'd' || conv == 'i') {
        long long v = lmod == 2 ? va_arg(*ap, long long)
                    : lmod == 1 ? va_arg(*ap, long) : lmod == 3 ? (long long)va_arg(*ap, pt_ssize) : va_arg(*ap, int);
        snprintf(spec, sizeof spec, "%%%s%s*lld", left ? "-" : "", zero ? "0" : "");
        n = snprintf(num, sizeof num, spec, width, v);
    } else {
        unsigned long long v = lmod == 2 ? va_arg(*ap, unsigned long long)
                             : lmod == 1 ? va_arg(*ap, unsigned long)
                             : lmod == 3 ? (unsigned long long)va_arg(*ap, size_t) : va_arg(*ap, unsigned);
        snprintf(spec, sizeof spec, "%%%s%s*ll%c", left ? "-" : "", zero ? "0" : "", conv);
        n = snprintf(num, sizeof num, spec, width, v);
    }
    return pt_sb_append_ascii(sb, num, (size_t)(n < (int)sizeof num ? n : (int)sizeof num - 1));
}

// Append `s` (a str) cut to `prec` characters (-1: all), padded to `width`.
static int fmt_str_obj(PtStrBuilder *sb, PtObject *s, int width, int prec, int left) {
    pt_ssize n = pt_str_fast_len(s);
    if (prec >= 0 && n > prec) {
        n = prec;
    }
    if (!left && pt_sb_append_fill(sb, ' ', width - n) < 0) {
        return -1;
    }
    if (pt_sb_append_kind(sb, pt_str_fast_kind(s), pt_str_fast_data(s), n) < 0) {
        return -1;
    }
    return left ? pt_sb_append_fill(sb, ' ', width - n) : 0;
}

static int fmt_obj(PtStrBuilder *sb, char conv, int width, int prec, int left, va_list *ap) {
    PtObject *s = NULL;
    if (conv == 'U') {
        s = pt_newref(va_arg(*ap, PtObject *));
    } else if (conv == 'R') {
        s = pt_object_repr(va_arg(*ap, PtObject *));
    } else if (conv == 'S') {
        s = pt_object_str(va_arg(*ap, PtObject *));
    } else if (conv == 'A') {
        s = pt_object_ascii(va_arg(*ap, PtObject *));
    } else if (conv == 'T' || conv == 'N') {
        const char *name = conv == 'T' ? pt_type_name_of(va_arg(*ap, PtObject *))
                                       : pt_type_name(va_arg(*ap, PtType *));
        s = pt_str_from_utf8_replace(name, strlen(name));
    } else {  // 's'
        const char *cs = va_arg(*ap, const char *);
        if (cs == NULL) {
            cs = "(null)";
        }
        size_t cl = strlen(cs);
        if (prec >= 0 && ascii_prefix(cs, cl) == cl && cl > (size_t)prec) {
            cl = (size_t)prec;
        }
        s = pt_str_from_utf8_replace(cs, cl);
    }
    if (s == NULL) {
        return -1;
    }
    int r = fmt_str_obj(sb, s, width, prec, left);
    pt_decref(s);
    return r;
}

// One conversion starting after '%'; advances *pp past it.
static int fmt_one(PtStrBuilder *sb, const char **pp, va_list *ap) {
    const char *p = *pp;
    int left = 0, zero = 0, width = 0, prec = -1, lmod = 0;
    for (; *p == '-' || *p == '0'; p++) {
        if (*p == '-') {
            left = 1;
        } else {
            zero = 1;
        }
    }
    while (*p >= '0' && *p <= '9') {
        width = width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
        prec = 0;
        for (p++; *p >= '0' && *p <= '9'; p++) {
            prec = prec * 10 + (*p - '0');
        }
    }
    if (*p == 'l') {
        lmod = 1;
        if (*++p == 'l') {
            lmod = 2;
            p++;
        }
    } else if (*p == 'z') {
        lmod = 3;
        p++;
    }
    char conv = *p;
    *pp = conv ? p + 1 : p;
    switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return fmt_int(sb, conv, lmod, width, zero, left, ap);
    case 'c':
        return pt_sb_append_char(sb, (uint32_t)va_arg(*ap, int));
    case 'p': {
        char num[32];
        int n = snprintf(num, sizeof num, "%p", va_arg(*ap, void *));
        return pt_sb_append_ascii(sb, num, (size_t)n);
    }
    case '%':
        return pt_sb_append_char(sb, '%');
    case 's': case 'U': case 'R': case 'S': case 'A': case 'T': case 'N':
        return fmt_obj(sb, conv, width, prec, left, ap);
    default:
        pt_err_format(pt_exc_SystemError, "invalid format string: %%%c", conv ? conv : '0');
        return -1;
    }
}

PtObject *pt_str_vformat(const char *fmt, va_list ap) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    va_list aq;
    va_copy(aq, ap);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') {
            q++;
        }
        if (q > p && pt_sb_append_utf8(&sb, p, (size_t)(q - p)) < 0) {
            goto error;
        }
        if (*q == 0) {
            break;
        }
        p = q + 1;
        if (fmt_one(&sb, &p, &aq) < 0) {
            goto error;
        }
    }
    va_end(aq);
    return pt_sb_finish(&sb);
error:
    va_end(aq);
    pt_sb_discard(&sb);
    return NULL;
}

PtObject *pt_str_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    PtObject *s = pt_str_vformat(fmt, ap);
    va_end(ap);
    return s;
}

// ---- Hashing: SipHash-1-3 ----
//
// A keyed hash keeps dicts safe from crafted collisions. The key is fixed
// (hash values are stable across runs, like PYTHONHASHSEED=0 with a different
// function); nothing in pith's tests prints str hashes.

static const uint64_t sip_k0 = 0x0706050403020100ull, sip_k1 = 0x0f0e0d0c0b0a0908ull;

static inline uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIP_ROUND(v0, v1, v2, v3)                                                             \
    do {                                                                                      \
        v0 += v1; v1 = rotl64(v1, 13); v1 ^= v0; v0 = rotl64(v0, 32);                          \
        v2 += v3; v3 = rotl64(v3, 16); v3 ^= v2;                                              \
        v0 += v3; v3 = rotl64(v3, 21); v3 ^= v0;                                              \
        v2 += v1; v1 = rotl64(v1, 17); v1 ^= v2; v2 = rotl64(v2, 32);                          \
    } while (0)

static uint64_t siphash13(const void *src, size_t len) {
    uint64_t v0 = sip_k0 ^ 0x736f6d6570736575ull, v1 = sip_k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = sip_k0 ^ 0x6c7967656e657261ull, v3 = sip_k1 ^ 0x7465646279746573ull;
    const uint8_t *p = src;
    size_t left = len;
    while (left >= 8) {
        uint64_t m;
        memcpy(&m, p, 8);  // little-endian hosts; the value only needs to be stable
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
        p += 8;
        left -= 8;
    }
    uint64_t b = (uint64_t)len << 56;
    for (size_t i = 0; i < left; i++) {
        b |= (uint64_t)p[i] << (8 * i);
    }
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

// Hash of raw string data; never -1. Used by the intern table before a str exists.
static pt_hash hash_data(const void *data, size_t nbytes) {
    if (nbytes == 0) {
        return 0;
    }
    pt_hash h = (pt_hash)siphash13(data, nbytes);
    return h == -1 ? -2 : h;
}

pt_hash pt_str_hash(PtObject *s) {
    PtStr *o = (PtStr *)s;
    if (o->hash == -1) {
        o->hash = hash_data(pt_str_fast_data(s), (size_t)o->length * (size_t)pt_str_fast_kind(s));
    }
    return o->hash;
}

pt_hash pt_str_hash_bytes(const void *data, size_t len) { return hash_data(data, len); }

// ---- Comparison ----

int pt_str_eq(PtObject *a, PtObject *b) {
    if (a == b) {
        return 1;
    }
    pt_ssize n = pt_str_fast_len(a);
    if (n != pt_str_fast_len(b) || (a->tinfo & PT_STR_KIND_MASK) != (b->tinfo & PT_STR_KIND_MASK)) {
        return 0;
    }
    PtStr *sa = (PtStr *)a, *sb = (PtStr *)b;
    if (sa->hash != -1 && sb->hash != -1 && sa->hash != sb->hash) {
        return 0;
    }
    return memcmp(pt_str_fast_data(a), pt_str_fast_data(b), (size_t)n * (size_t)pt_str_fast_kind(a)) == 0;
}

int pt_str_eq_cstr(PtObject *s, const char *c) {
    size_t n = strlen(c);
    if (pt_str_fast_ascii(s)) {
        return (size_t)pt_str_fast_len(s) == n && memcmp(pt_str_fast_data(s), c, n) == 0;
    }
    PtObject *t = pt_str_from_utf8_replace(c, n);
    if (t == NULL) {
        pt_err_clear();
        return 0;
    }
    int r = pt_str_eq(s, t);
    pt_decref(t);
    return r;
}

int pt_str_compare(PtObject *a, PtObject *b) {
    pt_ssize na = pt_str_fast_len(a), nb = pt_str_fast_len(b), n = na < nb ? na : nb;
    int ka = pt_str_fast_kind(a), kb = pt_str_fast_kind(b);
    const void *da = pt_str_fast_data(a), *db = pt_str_fast_data(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (pt_ssize i = 0; i < n; i++) {
            uint32_t x = pt_str_read(ka, da, i), y = pt_str_read(kb, db, i);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

// ---- Interning ----
//
// An open-addressing set of exact str objects keyed by content; the table holds
// one reference to each member, so interned strings live until exit.
// Protected by the GIL.
static PtObject **intern_slots;
static size_t intern_cap, intern_used;

static int intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    PtObject **ns = pt_mem_alloc_zero(ncap * sizeof(PtObject *));
    if (ns == NULL) {
        pt_err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < intern_cap; i++) {
        PtObject *s = intern_slots[i];
        if (s != NULL) {
            size_t j = (size_t)pt_str_hash(s) & (ncap - 1);
            while (ns[j] != NULL) {
                j = (j + 1) & (ncap - 1);
            }
            ns[j] = s;
        }
    }
    pt_mem_free(intern_slots, intern_cap * sizeof(PtObject *));
    intern_slots = ns;
    intern_cap = ncap;
    return 0;
}

PtObject *pt_str_intern(PtObject *s) {
    if (s == NULL || !pt_is_str_exact(s) || pt_has_flag(s, PT_STR_INTERNED)) {
        return s;
    }
    if ((intern_used + 1) * 3 >= intern_cap * 2 && intern_grow() < 0) {
        pt_err_clear();  // interning is an optimisation: keep the uninterned string
        return s;
    }
    size_t j = (size_t)pt_str_hash(s) & (intern_cap - 1);
    for (PtObject *t; (t = intern_slots[j]) != NULL; j = (j + 1) & (intern_cap - 1)) {
        if (pt_str_eq(t, s)) {
            pt_decref(s);
            return pt_newref(t);
        }
    }
    intern_slots[j] = pt_newref(s);
    intern_used++;
    pt_set_flag(s, PT_STR_INTERNED);
    return s;
}

PtObject *pt_str_intern_cstr(const char *s) {
    PtObject *o = pt_str_from_cstr(s);
    return o == NULL ? NULL : pt_str_intern(o);
}

// The PT_ID cache: C string address -> interned str, open addressing. The
// strings are made immortal so callers may treat them as borrowed forever.
// Protected by the GIL.
typedef struct IdEntry {
    const char *key;
    PtObject *value;
} IdEntry;
static IdEntry *id_slots;
static size_t id_cap, id_used;

static size_t id_slot_of(const char *key, size_t cap) {
    uintptr_t h = (uintptr_t)key;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (cap - 1);
}

static int id_grow(void) {
    size_t ncap = id_cap ? id_cap * 2 : 512;
    IdEntry *ns = pt_mem_alloc_zero(ncap * sizeof(IdEntry));
    if (ns == NULL) {
        return -1;
    }
    for (size_t i = 0; i < id_cap; i++) {
        if (id_slots[i].key != NULL) {
            size_t j = id_slot_of(id_slots[i].key, ncap);
            while (ns[j].key != NULL) {
                j = (j + 1) & (ncap - 1);
            }
            ns[j] = id_slots[i];
        }
    }
    pt_mem_free(id_slots, id_cap * sizeof(IdEntry));
    id_slots = ns;
    id_cap = ncap;
    return 0;
}

PtObject *pt_str_id(const char *s) {
    if (id_cap != 0) {
        for (size_t j = id_slot_of(s, id_cap); id_slots[j].key != NULL; j = (j + 1) & (id_cap - 1)) {
            if (id_slots[j].key == s) {
                return id_slots[j].value;
            }
        }
    }
    PtObject *o = pt_str_intern_cstr(s);
    if (o == NULL) {
        pt_fatal("out of memory interning identifier '%s'", s);
    }
    o->refcnt = PT_REFCNT_STATIC;  // immortal: never freed, whatever callers do
    if ((id_used + 1) * 2 >= id_cap && id_grow() < 0) {
        return o;  // not cached; still correct
    }
    size_t j = id_slot_of(s, id_cap);
    while (id_slots[j].key != NULL) {
        j = (j + 1) & (id_cap - 1);
    }
    id_slots[j].key = s;
    id_slots[j].value = o;
    id_used++;
    return o;
}

// ---- Public accessors ----

pt_ssize pt_str_len(PtObject *s) { return pt_str_fast_len(s); }
int pt_str_kind(PtObject *s) { return pt_str_fast_kind(s); }
int pt_str_is_ascii(PtObject *s) { return pt_str_fast_ascii(s); }
const void *pt_str_data(PtObject *s) { return pt_str_fast_data(s); }
uint32_t pt_str_char(PtObject *s, pt_ssize i) {
    return pt_str_read(pt_str_fast_kind(s), pt_str_fast_data(s), i);
}

const char *pt_str_ascii(PtObject *s, size_t *len) {
    if (!pt_str_fast_ascii(s)) {
        return NULL;
    }
    if (len != NULL) {
        *len = (size_t)pt_str_fast_len(s);
    }
    return pt_str_fast_data(s);
}

PtObject *pt_str_encode_utf8(PtObject *s) { return pt_codecs_encode_utf8(s, "strict"); }

// UTF-8 of one code point (surrogates encoded as-is); returns the length.
static int utf8_put(char *out, uint32_t c) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t pt_str_to_utf8_buf(PtObject *s, char *buf, size_t bufsize) {
    pt_ssize n = pt_str_fast_len(s);
    int kind = pt_str_fast_kind(s);
    const void *d = pt_str_fast_data(s);
    size_t total = 0, w = 0;
    for (pt_ssize i = 0; i < n; i++) {
        char tmp[4];
        int k = utf8_put(tmp, pt_str_read(kind, d, i));
        if (bufsize > 0 && w + (size_t)k <= bufsize - 1) {
            memcpy(buf + w, tmp, (size_t)k);
            w += (size_t)k;
        }
        total += (size_t)k;
    }
    if (bufsize > 0) {
        buf[w] = 0;
    }
    return total;
}

// ---- Concatenation, slicing, joining ----

PtObject *pt_str_concat(PtObject *a, PtObject *b) {
    pt_ssize na = pt_str_fast_len(a), nb = pt_str_fast_len(b);
    if (nb == 0 && pt_is_str_exact(a)) {
        return pt_newref(a);
    }
    if (na == 0 && pt_is_str_exact(b)) {
        return pt_newref(b);
    }
    if (na > PTRDIFF_MAX / 4 - nb) {
        return pt_err_set_string(pt_exc_OverflowError, "strings are too large to concat");
    }
    uint32_t ma = pt_str_kind_max(a), mb = pt_str_kind_max(b);
    PtObject *r = pt_str_new_raw(na + nb, ma > mb ? ma : mb);
    if (r == NULL) {
        return NULL;
    }
    int k = pt_str_fast_kind(r);
    pt_str_copy_chars(pt_str_fast_data(r), k, 0, pt_str_fast_data(a), pt_str_fast_kind(a), 0, na);
    pt_str_copy_chars(pt_str_fast_data(r), k, na, pt_str_fast_data(b), pt_str_fast_kind(b), 0, nb);
    return r;
}

PtObject *pt_str_substr(PtObject *s, pt_ssize start, pt_ssize end) {
    pt_ssize n = pt_str_fast_len(s);
    start = start < 0 ? 0 : start > n ? n : start;
    end = end < start ? start : end > n ? n : end;
    if (start == 0 && end == n && pt_is_str_exact(s)) {
        return pt_newref(s);
    }
    int k = pt_str_fast_kind(s);
    const char *d = (const char *)pt_str_fast_data(s) + start * k;
    if (pt_str_fast_ascii(s)) {
        return str_from_ascii(d, (size_t)(end - start));
    }
    return pt_str_from_kind(k, d, end - start);
}

// Join the str items of an array with `sep`; TypeError for a non-str item.
static PtObject *join_items(PtObject *sep, PtObject *const *items, pt_ssize n) {
    if (n == 1 && pt_is_str_exact(items[0])) {
        return pt_newref(items[0]);
    }
    pt_ssize seplen = pt_str_fast_len(sep), total = 0;
    uint32_t maxc = n > 1 ? pt_str_kind_max(sep) : 0;
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *it = items[i];
        if (!pt_is_str(it)) {
            return pt_err_format(pt_exc_TypeError, "sequence item %zd: expected str instance, %T found", i, it);
        }
        total += pt_str_fast_len(it) + (i ? seplen : 0);
        if (pt_str_kind_max(it) > maxc) {
            maxc = pt_str_kind_max(it);
        }
    }
    PtObject *r = pt_str_new_raw(total, maxc);
    if (r == NULL) {
        return NULL;
    }
    int k = pt_str_fast_kind(r);
    char *out = pt_str_fast_data(r);
    pt_ssize pos = 0;
    for (pt_ssize i = 0; i < n; i++) {
        if (i && seplen) {
            pt_str_copy_chars(out, k, pos, pt_str_fast_data(sep), pt_str_fast_kind(sep), 0, seplen);
            pos += seplen;
        }
        pt_ssize m = pt_str_fast_len(items[i]);
        pt_str_copy_chars(out, k, pos, pt_str_fast_data(items[i]), pt_str_fast_kind(items[i]), 0, m);
        pos += m;
    }
    return r;
}

PtObject *pt_str_join(PtObject *sep, PtObject *iterable) {
    PtObject *seq;
    if (pt_is_list_exact(iterable) || pt_is_tuple_exact(iterable)) {
        seq = pt_newref(iterable);
    } else {
        PtObject *it = pt_object_iter(iterable);
        if (it == NULL) {
            if (pt_err_matches(pt_exc_TypeError)) {
                pt_err_clear();
                pt_err_set_string(pt_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = pt_seq_list(it);
        pt_decref(it);
        if (seq == NULL) {
            return NULL;
        }
    }
    PtObject *r;
    if (pt_is_list_exact(seq)) {
        // Items are borrowed while no Python code runs: join_items calls none.
        r = join_items(sep, ((PtList *)seq)->items, pt_list_len(seq));
    } else {
        r = join_items(sep, pt_tuple_items(seq), pt_tuple_len(seq));
    }
    pt_decref(seq);
    return r;
}

// ---- Searching ----

// Copy `sub` into a buffer of width `kind` (wider or equal); *owned tells the
// caller to free it with pt_mem_free(buf, n * kind).
static const void *widen_to(PtObject *sub, int kind, int *owned) {
    int sk = pt_str_fast_kind(sub);
    *owned = 0;
    if (sk == kind) {
        return pt_str_fast_data(sub);
    }
    pt_ssize n = pt_str_fast_len(sub);
    void *buf = pt_mem_alloc((size_t)n * (size_t)kind + 1);
    if (buf == NULL) {
        return NULL;
    }
    pt_str_copy_chars(buf, kind, 0, pt_str_fast_data(sub), sk, 0, n);
    *owned = 1;
    return buf;
}

// Forward or backward search of needle[0..m) in hay[0..n), both of width `kind`.
static pt_ssize search_kind(int kind, const char *hay, pt_ssize n, const char *needle, pt_ssize m,
                            int dir) {
    if (m > n) {
        return -1;
    }
    size_t bytes = (size_t)m * (size_t)kind;
    if (dir >= 0) {
        if (kind == 1) {
            const char *p = m == 1 ? memchr(hay, needle[0], (size_t)n) : memmem(hay, (size_t)n, needle, (size_t)m);
            return p == NULL ? -1 : p - hay;
        }
        uint32_t first = pt_str_read(kind, needle, 0);
        for (pt_ssize i = 0; i <= n - m; i++) {
            if (pt_str_read(kind, hay, i) == first && memcmp(hay + i * kind, needle, bytes) == 0) {
                return i;
            }
        }
        return -1;
    }
    if (kind == 1 && m == 1) {
        const char *p = memrchr(hay, needle[0], (size_t)n);
        return p == NULL ? -1 : p - hay;
    }
    uint32_t first = pt_str_read(kind, needle, 0);
    for (pt_ssize i = n - m; i >= 0; i--) {
        if (pt_str_read(kind, hay, i) == first && memcmp(hay + i * kind, needle, bytes) == 0) {
            return i;
        }
    }
    return -1;
}

pt_ssize pt_str_find_in(PtObject *s, PtObject *sub, pt_ssize start, pt_ssize end, int dir) {
    pt_ssize m = pt_str_fast_len(sub);
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return dir >= 0 ? start : end;
    }
    if (pt_str_kind_max(sub) > pt_str_kind_max(s) && pt_str_fast_kind(sub) > pt_str_fast_kind(s)) {
        return -1;
    }
    int kind = pt_str_fast_kind(s), owned;
    const void *nd = widen_to(sub, kind, &owned);
    if (nd == NULL) {
        return -1;  // out of memory: treated as not found (no exception to report here)
    }
    pt_ssize r = search_kind(kind, (const char *)pt_str_fast_data(s) + start * kind, end - start, nd, m, dir);
    if (owned) {
        pt_mem_free((void *)nd, (size_t)m * (size_t)kind + 1);
    }
    return r < 0 ? -1 : r + start;
}

pt_ssize pt_str_count_in(PtObject *s, PtObject *sub, pt_ssize start, pt_ssize end, pt_ssize max) {
    pt_ssize m = pt_str_fast_len(sub);
    if (end - start < m) {
        return 0;
    }
    if (m == 0) {
        pt_ssize c = end - start + 1;
        return max >= 0 && c > max ? max : c;
    }
    if (pt_str_fast_kind(sub) > pt_str_fast_kind(s)) {
        return 0;
    }
    int kind = pt_str_fast_kind(s), owned;
    const void *nd = widen_to(sub, kind, &owned);
    if (nd == NULL) {
        return 0;
    }
    const char *hay = pt_str_fast_data(s);
    pt_ssize count = 0, pos = start;
    while (max < 0 || count < max) {
        pt_ssize r = search_kind(kind, hay + pos * kind, end - pos, nd, m, 1);
        if (r < 0) {
            break;
        }
        count++;
        pos += r + m;
    }
    if (owned) {
        pt_mem_free((void *)nd, (size_t)m * (size_t)kind + 1);
    }
    return count;
}

// ---- repr ----

static int repr_char(PtStrBuilder *sb, uint32_t c, uint32_t quote) {
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    if (c == quote || c == '\\') {
        buf[0] = '\\';
        buf[1] = (char)c;
        return pt_sb_append_ascii(sb, buf, 2);
    }
    if (c >= 0x20 && c < 0x7F) {
        return pt_sb_append_char(sb, c);
    }
    if (c == '\t' || c == '\n' || c == '\r') {
        buf[0] = '\\';
        buf[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        return pt_sb_append_ascii(sb, buf, 2);
    }
    if (c >= 0x80 && pt_uni_isprintable(c)) {
        return pt_sb_append_char(sb, c);
    }
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) {
        buf[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 0xF];
    }
    return pt_sb_append_ascii(sb, buf, (size_t)(2 + digits));
}

PtObject *pt_str_repr_of(PtObject *s) {
    pt_ssize n = pt_str_fast_len(s);
    int kind = pt_str_fast_kind(s);
    const void *d = pt_str_fast_data(s);
    int has_sq = 0, has_dq = 0;
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_read(kind, d, i);
        has_sq |= c == '\'';
        has_dq |= c == '"';
    }
    uint32_t quote = has_sq && !has_dq ? '"' : '\'';
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (pt_sb_reserve(&sb, (size_t)n + 2, pt_str_kind_max(s)) < 0 || pt_sb_append_char(&sb, quote) < 0) {
        goto error;
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (repr_char(&sb, pt_str_read(kind, d, i), quote) < 0) {
            goto error;
        }
    }
    if (pt_sb_append_char(&sb, quote) < 0) {
        goto error;
    }
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

// ---- Argument helpers shared with the method files ----

int pt_str_slice_index(PtObject *v, pt_ssize *out) {
    return v == pt_None ? 0 : pt_slice_index(v, out);
}

void pt_str_adjust_indices(pt_ssize *start, pt_ssize *end, pt_ssize len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

int pt_str_parse_range(PtObject *const *args, size_t n, pt_ssize *start, pt_ssize *end) {
    *start = 0;
    *end = PTRDIFF_MAX;
    if (n > 0 && pt_str_slice_index(args[0], start) < 0) {
        return -1;
    }
    if (n > 1 && pt_str_slice_index(args[1], end) < 0) {
        return -1;
    }
    return 0;
}

int pt_str_check_args(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        pt_err_format(pt_exc_TypeError, "%s expected %s %zu argument%s, got %zu", name,
                      min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        pt_err_format(pt_exc_TypeError, "%s expected %s %zu argument%s, got %zu", name,
                      min == max ? "exactly" : "at most", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int pt_str_check_args_old(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs < min || nargs > max) {
        size_t want = nargs < min ? min : max;
        pt_err_format(pt_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                      min == max ? "exactly" : nargs < min ? "at least" : "at most", want,
                      want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int pt_str_fill_char(PtObject *v, uint32_t *out) {
    if (!pt_is_str(v)) {
        pt_err_format(pt_exc_TypeError, "The fill character must be a unicode character, not %T", v);
        return -1;
    }
    if (pt_str_fast_len(v) != 1) {
        pt_err_set_string(pt_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *out = pt_str_char(v, 0);
    return 0;
}

pt_ssize pt_str_slice_indices(PtObject *slice, pt_ssize len, pt_ssize *start, pt_ssize *stop,
                              pt_ssize *step) {
    pt_ssize n;
    if (pt_slice_get_indices(slice, len, start, stop, step, &n) < 0) {
        return -1;
    }
    return n;
}

// ---- Constructor and destructor ----

// str(object='', encoding='utf-8', errors='strict').
static PtObject *str_new(PtType *type, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    PtObject *obj = NULL, *enc = NULL, *errs = NULL, *r = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|OOO:str", kwlist, &obj, &enc, &errs) < 0) {
        return NULL;
    }
    if (enc != NULL && !pt_is_str(enc)) {
        return pt_err_format(pt_exc_TypeError, "str() argument 'encoding' must be str, not %T", enc);
    }
    if (errs != NULL && !pt_is_str(errs)) {
        return pt_err_format(pt_exc_TypeError, "str() argument 'errors' must be str, not %T", errs);
    }
    if (obj == NULL) {
        r = pt_str_new_empty();
    } else if (enc == NULL && errs == NULL) {
        r = pt_object_str(obj);
    } else {
        if (pt_is_str(obj)) {
            return pt_err_set_string(pt_exc_TypeError, "decoding str is not supported");
        }
        PtBuffer view;
        if (pt_buffer_get(obj, &view, 0) < 0) {
            pt_err_clear();
            return pt_err_format(pt_exc_TypeError, "decoding to str: need a bytes-like object, %T found", obj);
        }
        char encbuf[64], errbuf[64];
        if (enc != NULL) {
            pt_str_to_utf8_buf(enc, encbuf, sizeof encbuf);
        }
        if (errs != NULL) {
            pt_str_to_utf8_buf(errs, errbuf, sizeof errbuf);
        }
        r = pt_codecs_decode(view.buf, (size_t)view.len, enc ? encbuf : NULL, errs ? errbuf : NULL);
        pt_buffer_release(&view);
    }
    if (r == NULL || type == &pt_str_type) {
        return r;
    }
    // A subclass: copy the characters into an instance of `type`.
    PtObject *sub = pt_str_new_raw_type(type, pt_str_fast_len(r), pt_str_kind_max(r));
    if (sub != NULL) {
        memcpy(pt_str_fast_data(sub), pt_str_fast_data(r), (size_t)pt_str_fast_len(r) * (size_t)pt_str_fast_kind(r));
    }
    pt_decref(r);
    return sub;
}

static void str_dealloc(PtObject *o) {
    pt_object_free(o, str_alloc_size(pt_str_fast_len(o), pt_str_fast_kind(o)));
}

// ---- Slots ----

static PtObject *str_repr(PtObject *s) { return pt_str_repr_of(s); }

static PtObject *str_str(PtObject *s) { return pt_str_exact_copy(s); }

static pt_hash str_hash(PtObject *s) { return pt_str_hash(s); }

static PtObject *str_richcompare(PtObject *a, PtObject *b, int op) {
    if (!pt_is_str(a) || !pt_is_str(b)) {
        return pt_newref(pt_NotImplemented);
    }
    int r;
    if (op == PT_EQ || op == PT_NE) {
        r = pt_str_eq(a, b) ^ (op == PT_NE);
    } else {
        int c = pt_str_compare(a, b);
        r = op == PT_LT ? c < 0 : op == PT_LE ? c <= 0 : op == PT_GT ? c > 0 : c >= 0;
    }
    return pt_newref(pt_bool(r));
}

static pt_ssize str_length(PtObject *s) { return pt_str_fast_len(s); }

static PtObject *str_concat_slot(PtObject *a, PtObject *b) {
    if (!pt_is_str(a)) {
        return pt_newref(pt_NotImplemented);
    }
    if (!pt_is_str(b)) {
        return pt_err_format(pt_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    }
    return pt_str_concat(a, b);
}

static PtObject *str_repeat(PtObject *s, pt_ssize n) {
    pt_ssize len = pt_str_fast_len(s);
    if (n <= 0 || len == 0) {
        return pt_str_new_empty();
    }
    if (n == 1 && pt_is_str_exact(s)) {
        return pt_newref(s);
    }
    if (len > PTRDIFF_MAX / n) {
        return pt_err_set_string(pt_exc_OverflowError, "repeated string is too long");
    }
    if (len > PTRDIFF_MAX / 4 / n) {
        return pt_err_no_memory();  // fits a size, but never an allocation
    }
    PtObject *r = pt_str_new_raw(len * n, pt_str_kind_max(s));
    if (r == NULL) {
        return NULL;
    }
    int k = pt_str_fast_kind(s);
    char *out = pt_str_fast_data(r);
    size_t unit = (size_t)len * (size_t)k, total = unit * (size_t)n;
    if (len == 1 && k == 1) {
        memset(out, ((uint8_t *)pt_str_fast_data(s))[0], total);
        return r;
    }
    memcpy(out, pt_str_fast_data(s), unit);
    for (size_t done = unit; done < total;) {  // doubling copies
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(out + done, out, chunk);
        done += chunk;
    }
    return r;
}

static PtObject *str_item(PtObject *s, pt_ssize i) {
    if (i < 0 || i >= pt_str_fast_len(s)) {
        return pt_err_set_string(pt_exc_IndexError, "string index out of range");
    }
    return pt_str_from_char(pt_str_char(s, i));
}

static int str_contains(PtObject *s, PtObject *sub) {
    if (!pt_is_str(sub)) {
        pt_err_format(pt_exc_TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    return pt_str_find_in(s, sub, 0, pt_str_fast_len(s), 1) >= 0;
}

static PtObject *str_slice_step(PtObject *s, pt_ssize start, pt_ssize step, pt_ssize n) {
    int k = pt_str_fast_kind(s);
    const void *d = pt_str_fast_data(s);
    uint32_t m = 0;
    for (pt_ssize i = 0, j = start; i < n; i++, j += step) {
        uint32_t c = pt_str_read(k, d, j);
        m = c > m ? c : m;
    }
    if (n == 1) {
        return pt_str_from_char(m);
    }
    PtObject *r = pt_str_new_raw(n, m);
    if (r == NULL) {
        return NULL;
    }
    int rk = pt_str_fast_kind(r);
    for (pt_ssize i = 0, j = start; i < n; i++, j += step) {
        pt_str_write(rk, pt_str_fast_data(r), i, pt_str_read(k, d, j));
    }
    return r;
}

static PtObject *str_slice(PtObject *s, PtObject *key, pt_ssize len) {
    pt_ssize start, stop, step;
    pt_ssize n = pt_str_slice_indices(key, len, &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    if (n == 0) {
        return pt_str_new_empty();
    }
    if (step == 1) {
        return pt_str_substr(s, start, stop);
    }
    return str_slice_step(s, start, step, n);
}

static PtObject *str_subscript(PtObject *s, PtObject *key) {
    pt_ssize len = pt_str_fast_len(s);
    if (pt_is_slice(key)) {
        return str_slice(s, key, len);
    }
    if (pt_slice_index_ok(key)) {
        pt_ssize i = pt_number_as_ssize(key, pt_exc_IndexError);
        if (i == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += len;
        }
        return str_item(s, i);
    }
    return pt_err_format(pt_exc_TypeError, "string indices must be integers, not '%T'", key);
}

static PtObject *str_mod_slot(PtObject *a, PtObject *b) {
    if (!pt_is_str(a)) {
        return pt_newref(pt_NotImplemented);
    }
    return pt_str_mod(a, b);
}

// ---- Iterator ----

typedef struct PtStrIter {
    PtObject ob;
    PtObject *str;  // NULL once exhausted
    pt_ssize index;
} PtStrIter;

// CPython 3.11 names the iterator of an ASCII string differently; the type is
// registered (given an id) when the first one is allocated.
static PtType str_ascii_iterator_type;

static PtObject *str_iter(PtObject *s) {
    PtType *t = pt_str_fast_ascii(s) ? &str_ascii_iterator_type : &pt_str_iterator_type;
    PtStrIter *it = (PtStrIter *)pt_object_alloc(t, sizeof(PtStrIter));
    if (it == NULL) {
        return NULL;
    }
    it->str = pt_newref(s);
    it->index = 0;
    return (PtObject *)it;
}

static void str_iter_dealloc(PtObject *o) {
    pt_xdecref(((PtStrIter *)o)->str);
    pt_object_free(o, sizeof(PtStrIter));
}

static PtObject *str_iter_next(PtObject *o) {
    PtStrIter *it = (PtStrIter *)o;
    if (it->str == NULL) {
        return NULL;
    }
    if (it->index < pt_str_fast_len(it->str)) {
        return pt_str_from_char(pt_str_char(it->str, it->index++));
    }
    pt_clearref(&it->str);
    return NULL;
}

static PtObject *str_iter_length_hint(PtObject *o, PtObject *unused) {
    PtStrIter *it = (PtStrIter *)o;
    return pt_int_from_ssize(it->str == NULL ? 0 : pt_str_fast_len(it->str) - it->index);
}

static PtObject *str_iter_self(PtObject *o) { return pt_newref(o); }

static const PtMethodDef str_iter_methods[] = {
    {"__length_hint__", PT_FN(str_iter_length_hint), PT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

PtType pt_str_iterator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "str_iterator",
    .tid = PT_TID_STR_ITERATOR,
    .basicsize = sizeof(PtStrIter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

static PtType str_ascii_iterator_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(PtStrIter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

// ---- The type object ----

static PtNumberMethods str_as_number = {
    .mod = str_mod_slot,
};

static PtSequenceMethods str_as_sequence = {
    .len = str_length,
    .concat = str_concat_slot,
    .repeat = str_repeat,
    .item = str_item,
    .contains = str_contains,
};

static PtMappingMethods str_as_mapping = {
    .len = str_length,
    .subscript = str_subscript,
};

PtType pt_str_type = {
    .ob = PT_STATIC_HEADER(TYPE),
    .name = "str",
    .tid = PT_TID_STR,
    .basicsize = sizeof(PtStr),
    .itemsize = 1,
    .flags = PT_TF_BASETYPE | PT_TF_STR_SUB,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = pt_str_methods,
    .doc = "str(object='') -> str\n"
           "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};
