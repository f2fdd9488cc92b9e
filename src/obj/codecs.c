// src/obj/codecs.c: the built-in text codecs and their error handlers.
//
// Decoders read raw bytes and append code points to a PtStrBuilder; encoders
// read a str and append bytes to a growable ByteBuf. Valid input takes fast
// paths (ASCII runs are copied wholesale, valid UTF-8 is measured first and
// decoded straight into a string of the right kind). On an error the codec
// computes the bad range [start, end) and its reason exactly as CPython does
// ("invalid start byte", "invalid continuation byte", "unexpected end of
// data", "surrogates not allowed", "ordinal not in range(128)" ...) and hands
// it to the error handler, which raises UnicodeDecodeError/UnicodeEncodeError
// (strict), skips (ignore), substitutes, or escapes. Handlers are resolved
// lazily: an unknown handler name only fails when an error actually happens,
// as in CPython. Custom handlers (codecs.register_error) are not supported
// here; "namereplace" falls back to backslashreplace (no name database).
#include <stdio.h>
#include <string.h>

#include "pith/unicodename.h"  // pt_unicode_name for namereplace
#include "obj/str.h"        // str layout, builder
#include "pith/abstract.h"  // pt_object_call for exception construction
#include "pith/bytes.h"     // pt_bytes_new
#include "pith/codecs.h"    // the API implemented here
#include "pith/errors.h"    // pt_err_*, Unicode error types
#include "pith/int.h"       // pt_int_from_ssize for exception arguments
#include "pith/mem.h"       // pt_mem_alloc for ByteBuf

// ---- Codec and handler names ----

enum Codec { C_UNKNOWN, C_UTF8, C_UTF8_SIG, C_LATIN1, C_ASCII, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE };

static const struct {
    const char *name;  // normalised: lower case, '-' for '_' and ' '
    enum Codec codec;
} codec_names[] = {
    {"utf-8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
    {"utf-8-sig", C_UTF8_SIG}, {"utf8-sig", C_UTF8_SIG},
    {"latin-1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"iso-8859-1", C_LATIN1}, {"iso8859-1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1},
    {"iso-ir-100", C_LATIN1}, {"csisolatin1", C_LATIN1},
    {"ascii", C_ASCII}, {"us-ascii", C_ASCII}, {"646", C_ASCII}, {"us", C_ASCII}, {"ansi-x3.4-1968", C_ASCII},
    {"utf-16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf-16-le", C_UTF16LE}, {"utf-16le", C_UTF16LE}, {"utf-16-be", C_UTF16BE}, {"utf-16be", C_UTF16BE},
    {"utf-32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf-32-le", C_UTF32LE}, {"utf-32le", C_UTF32LE}, {"utf-32-be", C_UTF32BE}, {"utf-32be", C_UTF32BE},
};

static const char *const canonical_names[] = {
    NULL, "utf-8", "utf-8-sig", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
};

static enum Codec lookup_codec(const char *encoding) {
    if (encoding == NULL) {
        return C_UTF8;
    }
    char norm[64];
    size_t n = 0;
    for (const char *p = encoding; *p && n < sizeof norm - 1; p++) {
        char c = *p;
        norm[n++] = (c == '_' || c == ' ') ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    norm[n] = 0;
    for (size_t i = 0; i < sizeof codec_names / sizeof codec_names[0]; i++) {
        if (strcmp(norm, codec_names[i].name) == 0) {
            return codec_names[i].codec;
        }
    }
    return C_UNKNOWN;
}

const char *pt_codecs_lookup_name(const char *encoding) { return canonical_names[lookup_codec(encoding)]; }

enum Handler { H_STRICT, H_IGNORE, H_REPLACE, H_SURROGATEESCAPE, H_SURROGATEPASS, H_BACKSLASH, H_XMLCHARREF, H_NAMEREPLACE, H_UNKNOWN };

static enum Handler lookup_handler(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape", "surrogatepass",
                                        "backslashreplace", "xmlcharrefreplace", "namereplace"};
    if (errors == NULL) {
        return H_STRICT;
    }
    for (int i = 0; i < H_UNKNOWN; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return (enum Handler)i;
        }
    }
    return H_UNKNOWN;
}

static PtObject *unknown_encoding(const char *encoding) {
    return pt_err_format(pt_exc_LookupError, "unknown encoding: %s", encoding);
}

static int unknown_handler(const char *errors) {
    pt_err_format(pt_exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

// ---- Raising Unicode errors ----

static void raise_unicode_error(PtObject *type, const char *enc, PtObject *object, pt_ssize start, pt_ssize end,
                                const char *reason) {
    PtObject *args[5] = {pt_str_from_cstr(enc), object, pt_int_from_ssize(start), pt_int_from_ssize(end),
                         pt_str_from_cstr(reason)};
    if (args[0] != NULL && args[4] != NULL) {
        PtObject *exc = pt_object_call(type, args, 5, NULL);
        if (exc != NULL) {
            pt_err_set_object(type, exc);
            pt_decref(exc);
        }
    }
    pt_xdecref(args[0]);
    pt_xdecref(args[4]);
}

static int raise_decode(const char *enc, const char *data, size_t len, size_t start, size_t end, const char *reason) {
    PtObject *b = pt_bytes_new(data, len);
    if (b != NULL) {
        raise_unicode_error(pt_exc_UnicodeDecodeError, enc, b, (pt_ssize)start, (pt_ssize)end, reason);
        pt_decref(b);
    }
    return -1;
}

static int raise_encode(const char *enc, PtObject *s, pt_ssize start, pt_ssize end, const char *reason) {
    raise_unicode_error(pt_exc_UnicodeEncodeError, enc, s, start, end, reason);
    return -1;
}

// ---- Decoding: error handling ----

typedef struct DecodeErr {
    const char *enc, *errors;
    const char *data;
    size_t len;
} DecodeErr;

// Apply the handler to the bad bytes [start, end). 0 or -1.
static int decode_error(PtStrBuilder *sb, const DecodeErr *e, size_t start, size_t end, const char *reason) {
    static const char hex[] = "0123456789abcdef";
    switch (lookup_handler(e->errors)) {
    case H_IGNORE:
        return 0;
    case H_REPLACE:
        return pt_sb_append_char(sb, 0xFFFD);
    case H_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            unsigned char b = (unsigned char)e->data[i];
            if (b < 128) {
                return raise_decode(e->enc, e->data, e->len, start, end, reason);
            }
            if (pt_sb_append_char(sb, 0xDC00 + b) < 0) {
                return -1;
            }
        }
        return 0;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            unsigned char b = (unsigned char)e->data[i];
            char esc[4] = {'\\', 'x', hex[b >> 4], hex[b & 15]};
            if (pt_sb_append_ascii(sb, esc, 4) < 0) {
                return -1;
            }
        }
        return 0;
    case H_XMLCHARREF: case H_NAMEREPLACE:
        pt_err_set_string(pt_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case H_UNKNOWN:
        return unknown_handler(e->errors);
    default:  // strict, and surrogatepass where it does not apply
        return raise_decode(e->enc, e->data, e->len, start, end, reason);
    }
}

// ---- UTF-8 ----

// Length of a valid UTF-8 sequence at p[0..n), its code point in *cp; or 0
// with *bad set to the length of the maximal invalid prefix and *reason.
static size_t utf8_seq(const unsigned char *p, size_t n, uint32_t *cp, size_t *bad, const char **reason) {
    unsigned char c = p[0];
    size_t need;
    uint32_t lo = 0x80, hi = 0xBF, v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2 || c > 0xF4) {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    if (c < 0xE0) {
        need = 2;
        v = c & 0x1F;
    } else if (c < 0xF0) {
        need = 3;
        v = c & 0x0F;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else {
        need = 4;
        v = c & 0x07;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= n) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = p[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need;
}

// First pass: is data valid UTF-8? Sets *count (code points) and *maxchar.
static int utf8_measure(const unsigned char *p, size_t n, size_t *count, uint32_t *maxchar) {
    size_t i = 0, k = 0;
    uint32_t m = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            k++;
            continue;
        }
        uint32_t cp;
        size_t bad;
        const char *reason;
        size_t l = utf8_seq(p + i, n - i, &cp, &bad, &reason);
        if (l == 0) {
            return 0;
        }
        m = cp > m ? cp : m;
        i += l;
        k++;
    }
    *count = k;
    *maxchar = m;
    return 1;
}

static PtObject *utf8_decode_valid(const unsigned char *p, size_t n, size_t count, uint32_t maxchar) {
    PtObject *s = pt_str_new_raw((pt_ssize)count, maxchar < 0x80 ? 0x7F : maxchar);
    if (s == NULL) {
        return NULL;
    }
    int kind = pt_str_fast_kind(s);
    void *out = pt_str_fast_data(s);
    size_t i = 0, k = 0;
    while (i < n) {
        uint32_t cp;
        size_t bad;
        const char *reason;
        i += utf8_seq(p + i, n - i, &cp, &bad, &reason);
        pt_str_write(kind, out, (pt_ssize)k++, cp);
    }
    return s;
}

static PtObject *utf8_decode(const char *data, size_t len, const char *errors, int final, size_t *consumed,
                             const char *enc) {
    const unsigned char *p = (const unsigned char *)data;
    size_t count;
    uint32_t maxchar;
    if (utf8_measure(p, len, &count, &maxchar)) {
        if (consumed != NULL) {
            *consumed = len;
        }
        return count == 0 ? pt_str_new_empty() : utf8_decode_valid(p, len, count, maxchar);
    }
    DecodeErr e = {enc, errors, data, len};
    int surrogatepass = lookup_handler(errors) == H_SURROGATEPASS;
    PtStrBuilder sb;
    pt_sb_init(&sb);
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t bad = 0;
        const char *reason = NULL;
        size_t l = utf8_seq(p + i, len - i, &cp, &bad, &reason);
        if (l > 0) {
            if (pt_sb_append_char(&sb, cp) < 0) {
                goto error;
            }
            i += l;
            continue;
        }
        if (surrogatepass && len - i >= 3 && p[i] == 0xED && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF &&
            p[i + 2] >= 0x80 && p[i + 2] <= 0xBF) {
            if (pt_sb_append_char(&sb, 0xD000u | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F)) < 0) {
                goto error;
            }
            i += 3;
            continue;
        }
        if (!final && reason[0] == 'u') {  // "unexpected end of data": wait for more input
            break;
        }
        if (decode_error(&sb, &e, i, i + bad, reason) < 0) {
            goto error;
        }
        i += bad;
    }
    if (consumed != NULL) {
        *consumed = i;
    }
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

PtObject *pt_codecs_decode_utf8(const char *data, size_t len, const char *errors) {
    return utf8_decode(data, len, errors, 1, NULL, "utf-8");
}

PtObject *pt_codecs_decode_utf8_stateful(const char *data, size_t len, const char *errors, int final,
                                         size_t *consumed) {
    return utf8_decode(data, len, errors, final, consumed, "utf-8");
}

// ---- Encoding: output buffer and error handling ----

typedef struct ByteBuf {
    char *p;
    size_t len, cap;
} ByteBuf;

static int bb_reserve(ByteBuf *b, size_t more) {
    if (b->len + more <= b->cap) {
        return 0;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more) {
        cap *= 2;
    }
    char *np = pt_mem_realloc(b->p, b->cap, cap);
    if (np == NULL) {
        pt_err_no_memory();
        return -1;
    }
    b->p = np;
    b->cap = cap;
    return 0;
}

static int bb_put(ByteBuf *b, const void *data, size_t n) {
    if (bb_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->p + b->len, data, n);
    b->len += n;
    return 0;
}

static PtObject *bb_finish(ByteBuf *b) {
    PtObject *r = pt_bytes_new(b->p, b->len);
    pt_mem_free(b->p, b->cap);
    b->p = NULL;
    b->len = b->cap = 0;
    return r;
}

static void bb_discard(ByteBuf *b) {
    pt_mem_free(b->p, b->cap);
    b->p = NULL;
    b->len = b->cap = 0;
}

// Writes one code point in the target encoding (for surrogatepass and the
// ASCII replacement text of handlers).
typedef int (*PutChar)(ByteBuf *b, uint32_t c);

typedef struct EncodeErr {
    const char *enc, *errors;
    PtObject *str;
    PutChar put;          // writes a character known to be encodable
    uint32_t limit;       // characters above this are unencodable (0: only surrogates)
} EncodeErr;

static int put_ascii_text(const EncodeErr *e, ByteBuf *b, const char *t) {
    for (; *t; t++) {
        if (e->put(b, (unsigned char)*t) < 0) {
            return -1;
        }
    }
    return 0;
}

// namereplace: write \N{NAME} for `c`. 1 written, 0 when `c` has no name, -1 on error.
static int put_char_name(const EncodeErr *e, ByteBuf *b, uint32_t c) {
    char name[PT_UNICODE_NAME_BUFSIZE + 4] = "\\N{";
    int n = pt_unicode_name(c, name + 3, PT_UNICODE_NAME_BUFSIZE);
    if (n <= 0) {
        return 0;
    }
    memcpy(name + 3 + n, "}", 2);
    return put_ascii_text(e, b, name) < 0 ? -1 : 1;
}

// Handle unencodable characters [start, end) of e->str. 0 or -1.
static int encode_error(ByteBuf *b, const EncodeErr *e, pt_ssize start, pt_ssize end, const char *reason) {
    enum Handler h = lookup_handler(e->errors);
    for (pt_ssize i = start; i < end; i++) {
        uint32_t c = pt_str_char(e->str, i);
        char tmp[24];
        switch (h) {
        case H_IGNORE:
            break;
        case H_REPLACE:
            if (e->put(b, '?') < 0) {
                return -1;
            }
            break;
        case H_XMLCHARREF:
            snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
            if (put_ascii_text(e, b, tmp) < 0) {
                return -1;
            }
            break;
        case H_BACKSLASH:
        case H_NAMEREPLACE:
            if (h == H_NAMEREPLACE) {
                int named = put_char_name(e, b, c);
                if (named < 0) {
                    return -1;
                }
                if (named > 0) {
                    break;  // written as \N{NAME}
                }
            }
            snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
            if (put_ascii_text(e, b, tmp) < 0) {
                return -1;
            }
            break;
        case H_SURROGATEESCAPE:
            if (c < 0xDC80 || c > 0xDCFF) {
                return raise_encode(e->enc, e->str, start, end, reason);
            }
            if (bb_reserve(b, 1) < 0) {
                return -1;
            }
            b->p[b->len++] = (char)(c - 0xDC00);
            break;
        case H_SURROGATEPASS:
            if (c < 0xD800 || c > 0xDFFF || e->limit != 0) {
                return raise_encode(e->enc, e->str, start, end, reason);
            }
            if (e->put(b, c) < 0) {
                return -1;
            }
            break;
        case H_UNKNOWN:
            return unknown_handler(e->errors);
        default:
            return raise_encode(e->enc, e->str, start, end, reason);
        }
    }
    return 0;
}

// Generic encoder loop: characters for which `bad(c)` holds are handed, one
// run at a time, to the error handler; the rest go through e->put.
static PtObject *encode_loop(const EncodeErr *e, int (*bad)(uint32_t c, uint32_t limit), const char *reason,
                             ByteBuf *b) {
    pt_ssize n = pt_str_fast_len(e->str), i = 0;
    int kind = pt_str_fast_kind(e->str);
    const void *d = pt_str_fast_data(e->str);
    while (i < n) {
        uint32_t c = pt_str_read(kind, d, i);
        if (!bad(c, e->limit)) {
            if (e->put(b, c) < 0) {
                goto error;
            }
            i++;
            continue;
        }
        pt_ssize j = i + 1;
        while (j < n && bad(pt_str_read(kind, d, j), e->limit)) {
            j++;
        }
        if (encode_error(b, e, i, j, reason) < 0) {
            goto error;
        }
        i = j;
    }
    return bb_finish(b);
error:
    bb_discard(b);
    return NULL;
}

static int is_surrogate(uint32_t c, uint32_t limit) { return c >= 0xD800 && c <= 0xDFFF; }
static int above_limit(uint32_t c, uint32_t limit) { return c > limit; }

static int put_utf8(ByteBuf *b, uint32_t c) {
    if (bb_reserve(b, 4) < 0) {
        return -1;
    }
    char *o = b->p + b->len;
    if (c < 0x80) {
        o[0] = (char)c;
        b->len += 1;
    } else if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        b->len += 2;
    } else if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        b->len += 3;
    } else {
        o[0] = (char)(0xF0 | (c >> 18));
        o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[3] = (char)(0x80 | (c & 0x3F));
        b->len += 4;
    }
    return 0;
}

static int put_byte(ByteBuf *b, uint32_t c) {
    if (bb_reserve(b, 1) < 0) {
        return -1;
    }
    b->p[b->len++] = (char)c;
    return 0;
}

PtObject *pt_codecs_encode_utf8(PtObject *s, const char *errors) {
    pt_ssize n = pt_str_fast_len(s);
    const unsigned char *d = pt_str_fast_data(s);
    if (pt_str_fast_ascii(s)) {
        return pt_bytes_new(d, (size_t)n);
    }
    if (pt_str_fast_kind(s) == 1) {  // Latin-1: no surrogates possible
        size_t size = (size_t)n;
        for (pt_ssize i = 0; i < n; i++) {
            size += d[i] >= 0x80;
        }
        PtObject *r = pt_bytes_new(NULL, size);
        if (r == NULL) {
            return NULL;
        }
        unsigned char *o = (unsigned char *)pt_bytes_data(r);
        for (pt_ssize i = 0; i < n; i++) {
            if (d[i] < 0x80) {
                *o++ = d[i];
            } else {
                *o++ = (unsigned char)(0xC0 | (d[i] >> 6));
                *o++ = (unsigned char)(0x80 | (d[i] & 0x3F));
            }
        }
        return r;
    }
    EncodeErr e = {"utf-8", errors, s, put_utf8, 0};
    ByteBuf b = {NULL, 0, 0};
    if (bb_reserve(&b, (size_t)n * 3) < 0) {
        return NULL;
    }
    return encode_loop(&e, is_surrogate, "surrogates not allowed", &b);
}

// ---- Latin-1 and ASCII ----

static PtObject *decode_8bit(const char *data, size_t len, const char *errors, int ascii) {
    if (!ascii) {
        return pt_str_from_kind(1, data, (pt_ssize)len);
    }
    size_t i = 0;
    while (i < len && (unsigned char)data[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return pt_str_from_kind(1, data, (pt_ssize)len);
    }
    DecodeErr e = {"ascii", errors, data, len};
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        int r = c < 0x80 ? pt_sb_append_char(&sb, c) : decode_error(&sb, &e, i, i + 1, "ordinal not in range(128)");
        if (r < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

static PtObject *encode_8bit(PtObject *s, const char *errors, int ascii) {
    uint32_t limit = ascii ? 0x7F : 0xFF;
    if (pt_str_kind_max(s) <= limit) {
        return pt_bytes_new(pt_str_fast_data(s), (size_t)pt_str_fast_len(s));
    }
    EncodeErr e = {ascii ? "ascii" : "latin-1", errors, s, put_byte, limit};
    ByteBuf b = {NULL, 0, 0};
    return encode_loop(&e, above_limit, ascii ? "ordinal not in range(128)" : "ordinal not in range(256)", &b);
}

// ---- UTF-16 and UTF-32 ----

static uint32_t read_unit(const unsigned char *p, int size, int be) {
    uint32_t v = 0;
    for (int i = 0; i < size; i++) {
        v |= (uint32_t)p[be ? size - 1 - i : i] << (8 * i);
    }
    return v;
}

static int put_unit(ByteBuf *b, uint32_t v, int size, int be) {
    if (bb_reserve(b, (size_t)size) < 0) {
        return -1;
    }
    for (int i = 0; i < size; i++) {
        b->p[b->len + (size_t)(be ? size - 1 - i : i)] = (char)(v >> (8 * i));
    }
    b->len += (size_t)size;
    return 0;
}

static int put_utf16(ByteBuf *b, uint32_t c, int be) {
    if (c >= 0x10000) {
        c -= 0x10000;
        return put_unit(b, 0xD800 | (c >> 10), 2, be) < 0 ? -1 : put_unit(b, 0xDC00 | (c & 0x3FF), 2, be);
    }
    return put_unit(b, c, 2, be);
}
static int put_utf16le(ByteBuf *b, uint32_t c) { return put_utf16(b, c, 0); }
static int put_utf16be(ByteBuf *b, uint32_t c) { return put_utf16(b, c, 1); }
static int put_utf32le(ByteBuf *b, uint32_t c) { return put_unit(b, c, 4, 0); }
static int put_utf32be(ByteBuf *b, uint32_t c) { return put_unit(b, c, 4, 1); }

static PtObject *encode_wide(PtObject *s, const char *errors, int size, int be, int bom, const char *enc) {
    ByteBuf b = {NULL, 0, 0};
    if (bom && put_unit(&b, 0xFEFF, size, be) < 0) {
        return NULL;
    }
    PutChar put = size == 2 ? (be ? put_utf16be : put_utf16le) : (be ? put_utf32be : put_utf32le);
    EncodeErr e = {enc, errors, s, put, 0};
    return encode_loop(&e, is_surrogate, "surrogates not allowed", &b);
}

// Decode UTF-16/32 with byte order `be`; `bom`: detect and skip a BOM first.
static PtObject *decode_wide(const char *data, size_t len, const char *errors, int size, int be, int bom) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    if (bom && len >= (size_t)size) {
        uint32_t first = read_unit(p, size, 0);
        if (first == 0xFEFF) {
            i = (size_t)size;
        } else if (first == (size == 2 ? 0xFFFEu : 0xFFFE0000u)) {
            be = 1;
            i = (size_t)size;
        }
    }
    const char *enc = size == 2 ? (be ? "utf-16-be" : "utf-16-le") : (be ? "utf-32-be" : "utf-32-le");
    DecodeErr e = {enc, errors, data, len};
    PtStrBuilder sb;
    pt_sb_init(&sb);
    while (i < len) {
        int r;
        if (len - i < (size_t)size) {
            r = decode_error(&sb, &e, i, len, "truncated data");
            i = len;
        } else if (size == 4) {
            uint32_t c = read_unit(p + i, 4, be);
            if (c > 0x10FFFF) {
                r = decode_error(&sb, &e, i, i + 4, "code point not in range(0x110000)");
            } else if (c >= 0xD800 && c <= 0xDFFF && lookup_handler(errors) != H_SURROGATEPASS) {
                r = decode_error(&sb, &e, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                r = pt_sb_append_char(&sb, c);
            }
            i += 4;
        } else {
            uint32_t c = read_unit(p + i, 2, be);
            if (c < 0xD800 || c > 0xDFFF) {
                r = pt_sb_append_char(&sb, c);
                i += 2;
            } else if (c >= 0xDC00) {
                r = decode_error(&sb, &e, i, i + 2, "illegal encoding");
                i += 2;
            } else if (len - i < 4) {
                r = decode_error(&sb, &e, i, len, "unexpected end of data");
                i = len;
            } else {
                uint32_t c2 = read_unit(p + i + 2, 2, be);
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    r = pt_sb_append_char(&sb, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
                    i += 4;
                } else {
                    r = decode_error(&sb, &e, i, i + 2, "illegal UTF-16 surrogate");
                    i += 2;
                }
            }
        }
        if (r < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

// ---- Dispatch ----

PtObject *pt_codecs_decode(const char *data, size_t len, const char *encoding, const char *errors) {
    switch (lookup_codec(encoding)) {
    case C_UTF8:
        return utf8_decode(data, len, errors, 1, NULL, "utf-8");
    case C_UTF8_SIG:
        if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
            data += 3;
            len -= 3;
        }
        return utf8_decode(data, len, errors, 1, NULL, "utf-8");
    case C_LATIN1:
        return decode_8bit(data, len, errors, 0);
    case C_ASCII:
        return decode_8bit(data, len, errors, 1);
    case C_UTF16:
        return decode_wide(data, len, errors, 2, 0, 1);
    case C_UTF16LE:
        return decode_wide(data, len, errors, 2, 0, 0);
    case C_UTF16BE:
        return decode_wide(data, len, errors, 2, 1, 0);
    case C_UTF32:
        return decode_wide(data, len, errors, 4, 0, 1);
    case C_UTF32LE:
        return decode_wide(data, len, errors, 4, 0, 0);
    case C_UTF32BE:
        return decode_wide(data, len, errors, 4, 1, 0);
    default:
        return unknown_encoding(encoding);
    }
}

PtObject *pt_codecs_encode(PtObject *str, const char *encoding, const char *errors) {
    switch (lookup_codec(encoding)) {
    case C_UTF8:
        return pt_codecs_encode_utf8(str, errors);
    case C_UTF8_SIG: {
        PtObject *body = pt_codecs_encode_utf8(str, errors);
        if (body == NULL) {
            return NULL;
        }
        ByteBuf b = {NULL, 0, 0};
        if (bb_put(&b, "\xEF\xBB\xBF", 3) < 0 || bb_put(&b, pt_bytes_data(body), (size_t)pt_bytes_len(body)) < 0) {
            pt_decref(body);
            bb_discard(&b);
            return NULL;
        }
        pt_decref(body);
        return bb_finish(&b);
    }
    case C_LATIN1:
        return encode_8bit(str, errors, 0);
    case C_ASCII:
        return encode_8bit(str, errors, 1);
    case C_UTF16:
        return encode_wide(str, errors, 2, 0, 1, "utf-16");
    case C_UTF16LE:
        return encode_wide(str, errors, 2, 0, 0, "utf-16-le");
    case C_UTF16BE:
        return encode_wide(str, errors, 2, 1, 0, "utf-16-be");
    case C_UTF32:
        return encode_wide(str, errors, 4, 0, 1, "utf-32");
    case C_UTF32LE:
        return encode_wide(str, errors, 4, 0, 0, "utf-32-le");
    case C_UTF32BE:
        return encode_wide(str, errors, 4, 1, 0, "utf-32-be");
    default:
        return unknown_encoding(encoding);
    }
}
