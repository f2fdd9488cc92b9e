// src/modules/mod_binascii.c: binascii, conversions between binary and ASCII.
//
// Hex (with optional separators), base64 (the lenient decoder by default,
// strict_mode as in 3.11), crc32 and crc_hqx. The a2b_* functions accept
// bytes-like objects or ASCII-only str. lib/base64.py builds on these.
//
// Guards: tests/golden/modules/binascii/, tests/golden/modules/base64/.
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "pith.h"  // the object API

static PtObject *binascii_error, *binascii_incomplete;  // made at module exec, protected by the GIL

// Input of an a2b_ function: a buffer, or the characters of an ASCII str.
typedef struct In {
    const unsigned char *p;
    size_t n;
    PtBuffer view;
    int has_view;
} In;

static int in_get(PtObject *v, In *in) {
    memset(in, 0, sizeof *in);
    if (pt_is_str(v)) {
        size_t n;
        const char *a = pt_str_ascii(v, &n);
        if (a == NULL) {
            pt_err_set_string(pt_exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        in->p = (const unsigned char *)a;
        in->n = n;
        return 0;
    }
    if (pt_buffer_get(v, &in->view, 0) < 0) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                      pt_type_name_of(v));
        return -1;
    }
    in->has_view = 1;
    in->p = in->view.buf;
    in->n = (size_t)in->view.len;
    return 0;
}

static void in_release(In *in) {
    if (in->has_view) {
        pt_buffer_release(&in->view);
    }
}

// ---- Hex ----

static const char hexd[] = "0123456789abcdef";

static PtObject *hexlify_common(PtObject *const *args, size_t nargs, PtObject *kwnames, const char *fname) {
    static const char *const kwlist[] = {"data", "sep", "bytes_per_sep", NULL};
    PtObject *data, *sep = NULL;
    int per = 1;
    char fmt[40];
    snprintf(fmt, sizeof fmt, "O|Oi:%s", fname);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &data, &sep, &per) < 0) {
        return NULL;
    }
    char sepc = 0;
    if (sep != NULL && sep != pt_None) {
        if (pt_is_str(sep)) {
            if (pt_str_len(sep) != 1) {
                return pt_err_set_string(pt_exc_ValueError, "sep must be length 1.");
            }
            uint32_t c = pt_str_char(sep, 0);
            if (c > 127) {
                return pt_err_set_string(pt_exc_ValueError, "sep must be ASCII.");
            }
            sepc = (char)c;
        } else if (pt_is_bytes(sep)) {
            if (pt_bytes_len(sep) != 1) {
                return pt_err_set_string(pt_exc_ValueError, "sep must be length 1.");
            }
            sepc = pt_bytes_data(sep)[0];
        } else {
            return pt_err_set_string(pt_exc_TypeError, "sep must be str or bytes.");
        }
    }
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    size_t n = (size_t)b.len;
    size_t group = (size_t)(per < 0 ? -per : per);
    size_t nseps = (sepc && group > 0 && n > 0) ? (n - 1) / group : 0;
    PtObject *r = pt_bytes_new(NULL, 2 * n + nseps);
    if (r != NULL) {
        char *o = pt_bytes_data(r);
        const unsigned char *p = b.buf;
        for (size_t i = 0; i < n; i++) {
            if (nseps && i > 0) {
                // per > 0 groups from the right, per < 0 from the left.
                size_t k = per > 0 ? n - i : i;
                if (k % group == 0) {
                    *o++ = sepc;
                }
            }
            *o++ = hexd[p[i] >> 4];
            *o++ = hexd[p[i] & 15];
        }
    }
    pt_buffer_release(&b);
    return r;
}

static PtObject *binascii_hexlify(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return hexlify_common(args, nargs, kwnames, "hexlify");
}

static PtObject *binascii_b2a_hex(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return hexlify_common(args, nargs, kwnames, "b2a_hex");
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static PtObject *binascii_unhexlify(PtObject *self, PtObject *arg) {
    In in;
    if (in_get(arg, &in) < 0) {
        return NULL;
    }
    if (in.n % 2 != 0) {
        in_release(&in);
        return pt_err_set_string(binascii_error, "Odd-length string");
    }
    PtObject *r = pt_bytes_new(NULL, in.n / 2);
    if (r != NULL) {
        unsigned char *o = (unsigned char *)pt_bytes_data(r);
        for (size_t i = 0; i < in.n; i += 2) {
            int hi = hexval(in.p[i]), lo = hexval(in.p[i + 1]);
            if (hi < 0 || lo < 0) {
                pt_clearref(&r);
                pt_err_set_string(binascii_error, "Non-hexadecimal digit found");
                break;
            }
            o[i / 2] = (unsigned char)(hi * 16 + lo);
        }
    }
    in_release(&in);
    return r;
}

// ---- Base64 ----

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(unsigned char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

static PtObject *binascii_b2a_base64(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "newline", NULL};
    PtObject *data;
    int newline = 1;
    if (pt_parse_args(args, nargs, kwnames, "O|$p:b2a_base64", kwlist, &data, &newline) < 0) {
        return NULL;
    }
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    size_t n = (size_t)b.len;
    size_t outlen = (n + 2) / 3 * 4 + (newline ? 1 : 0);
    PtObject *r = pt_bytes_new(NULL, outlen);
    if (r != NULL) {
        char *o = pt_bytes_data(r);
        const unsigned char *p = b.buf;
        size_t i = 0;
        for (; i + 3 <= n; i += 3) {
            uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
            *o++ = b64[v >> 18];
            *o++ = b64[(v >> 12) & 63];
            *o++ = b64[(v >> 6) & 63];
            *o++ = b64[v & 63];
        }
        if (n - i == 1) {
            *o++ = b64[p[i] >> 2];
            *o++ = b64[(p[i] & 3) << 4];
            *o++ = '=';
            *o++ = '=';
        } else if (n - i == 2) {
            *o++ = b64[p[i] >> 2];
            *o++ = b64[((p[i] & 3) << 4) | (p[i + 1] >> 4)];
            *o++ = b64[(p[i + 1] & 15) << 2];
            *o++ = '=';
        }
        if (newline) {
            *o++ = '\n';
        }
    }
    pt_buffer_release(&b);
    return r;
}

static PtObject *binascii_a2b_base64(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "strict_mode", NULL};
    PtObject *data;
    int strict = 0;
    if (pt_parse_args(args, nargs, kwnames, "O|$p:a2b_base64", kwlist, &data, &strict) < 0) {
        return NULL;
    }
    In in;
    if (in_get(data, &in) < 0) {
        return NULL;
    }
    PtObject *r = pt_bytes_new(NULL, in.n / 4 * 3 + 3);
    if (r == NULL) {
        in_release(&in);
        return NULL;
    }
    unsigned char *o = (unsigned char *)pt_bytes_data(r);
    size_t olen = 0, ndata = 0;
    int quad = 0, pads = 0, padding_started = 0;
    uint32_t acc = 0;
    const char *err = NULL;
    if (strict && in.n > 0 && in.p[0] == '=') {
        err = "Leading padding not allowed";
    }
    for (size_t i = 0; err == NULL && i < in.n; i++) {
        unsigned char c = in.p[i];
        if (c == '=') {
            padding_started = 1;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < in.n) {
                    err = "Excess data after padding";
                }
                // The padding completes the group: 2 sextets give one byte, 3 give two.
                if (quad == 2) {
                    o[olen++] = (unsigned char)(acc >> 4);
                } else {
                    o[olen++] = (unsigned char)(acc >> 10);
                    o[olen++] = (unsigned char)(acc >> 2);
                }
                quad = 0;  // the rest is ignored
                break;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                err = "Only base64 data is allowed";
            }
            continue;
        }
        if (strict && padding_started) {
            err = "Discontinuous padding not allowed";
            break;
        }
        pads = 0;
        ndata++;
        acc = (acc << 6) | (uint32_t)v;
        if (++quad == 4) {
            o[olen++] = (unsigned char)(acc >> 16);
            o[olen++] = (unsigned char)(acc >> 8);
            o[olen++] = (unsigned char)acc;
            quad = 0;
            acc = 0;
        }
    }
    if (err == NULL && quad != 0) {
        if (quad == 1) {
            in_release(&in);
            pt_decref(r);
            return pt_err_format(binascii_error,
                                 "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                                 "than a multiple of 4", ndata);
        }
        err = "Incorrect padding";
    }
    in_release(&in);
    if (err != NULL) {
        pt_decref(r);
        return pt_err_set_string(binascii_error, err);
    }
    if (pt_bytes_resize(&r, olen) < 0) {
        return NULL;
    }
    return r;
}

// ---- Checksums ----

static PtObject *binascii_crc32(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("crc32", nargs, 1, 2) < 0) {
        return NULL;
    }
    uint32_t crc = 0;
    if (nargs == 2) {
        PtObject *mask = pt_int_from_u64(0xFFFFFFFFu);
        PtObject *v = mask != NULL ? pt_number_binop(args[1], mask, PT_BINOP_AND) : NULL;
        pt_xdecref(mask);
        if (v == NULL) {
            return NULL;
        }
        crc = (uint32_t)pt_int_as_i64(v);
        pt_decref(v);
    }
    PtBuffer b;
    if (pt_buffer_get(args[0], &b, 0) < 0) {
        return NULL;
    }
    uLong v = crc;
    const unsigned char *p = b.buf;
    size_t n = (size_t)b.len;
    while (n > 0) {
        uInt chunk = n > 0x40000000u ? 0x40000000u : (uInt)n;
        v = crc32(v, p, chunk);
        p += chunk;
        n -= chunk;
    }
    pt_buffer_release(&b);
    return pt_int_from_u64((uint32_t)v);
}

// CRC-CCITT (polynomial 0x1021, no reflection), as binhex uses.
static PtObject *binascii_crc_hqx(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("crc_hqx", nargs, 2, 2) < 0) {
        return NULL;
    }
    int64_t c = pt_int_as_i64(args[1]);
    if (c == -1 && pt_err_occurred()) {
        return NULL;
    }
    uint32_t crc = (uint32_t)c & 0xFFFF;
    PtBuffer b;
    if (pt_buffer_get(args[0], &b, 0) < 0) {
        return NULL;
    }
    const unsigned char *p = b.buf;
    for (pt_ssize i = 0; i < b.len; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++) {
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
        }
    }
    pt_buffer_release(&b);
    return pt_int_from_i64(crc);
}

// ---- The module ----

static const PtMethodDef binascii_methods[] = {
    {"hexlify", PT_FN(binascii_hexlify), PT_METH_FASTKW, "Hexadecimal representation of binary data."},
    {"b2a_hex", PT_FN(binascii_b2a_hex), PT_METH_FASTKW, "Hexadecimal representation of binary data."},
    {"unhexlify", PT_FN(binascii_unhexlify), PT_METH_O, "Binary data of hexadecimal representation."},
    {"a2b_hex", PT_FN(binascii_unhexlify), PT_METH_O, "Binary data of hexadecimal representation."},
    {"b2a_base64", PT_FN(binascii_b2a_base64), PT_METH_FASTKW, "Base64-code line of data."},
    {"a2b_base64", PT_FN(binascii_a2b_base64), PT_METH_FASTKW, "Decode a line of base64 data."},
    {"crc32", PT_FN(binascii_crc32), PT_METH_FAST, "Compute CRC-32 incrementally."},
    {"crc_hqx", PT_FN(binascii_crc_hqx), PT_METH_FAST, "Compute CRC-CCITT incrementally."},
    {NULL, NULL, 0, NULL},
};

// A new exception class `name` in module binascii with base `base`. New reference.
static PtObject *make_exc(const char *name, PtObject *base) {
    PtObject *n = pt_str_from_cstr(name);
    PtObject *bases = pt_tuple_pack(1, base);
    PtObject *ns = pt_dict_new();
    PtObject *r = NULL;
    if (n != NULL && bases != NULL && ns != NULL && pt_dict_set_cstr(ns, "__module__", pt_str_id("binascii")) == 0) {
        PtObject *targs[3] = {n, bases, ns};
        r = pt_object_call((PtObject *)&pt_type_type, targs, 3, NULL);
    }
    pt_xdecref(n);
    pt_xdecref(bases);
    pt_xdecref(ns);
    return r;
}

static int binascii_exec(PtObject *m) {
    if (binascii_error == NULL) {
        binascii_error = make_exc("Error", pt_exc_ValueError);
        binascii_incomplete = make_exc("Incomplete", pt_exc_Exception);
        if (binascii_error == NULL || binascii_incomplete == NULL) {
            return -1;
        }
    }
    if (pt_module_add(m, "Error", binascii_error) < 0 || pt_module_add(m, "Incomplete", binascii_incomplete) < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_binascii_def = {
    .name = "binascii",
    .doc = "Conversion between binary data and ASCII",
    .methods = binascii_methods,
    .exec = binascii_exec,
};
