// src/modules/mod_zlib.c: zlib, the system zlib library as CPython's module.
//
// compress/decompress work in one call; compressobj/decompressobj keep a
// z_stream between calls. Output grows in a pt_mem buffer that doubles, and
// becomes a bytes object at the end. zlib allocates through pt_raw_*.
// Decompress objects keep unused_data (bytes after the end of the stream),
// unconsumed_tail (input left over when max_length stopped the output) and
// eof. Error text is CPython's: "Error -3 while decompressing data:
// incorrect header check". The GIL is held throughout (zlib is CPU work,
// and holding it keeps a stream from being entered by two threads).
//
// Guards: tests/golden/modules/zlib/.
#include <string.h>
#include <zlib.h>

#include "pith.h"  // the object API

static PtObject *zlib_error;  // zlib.error; made at module exec, protected by the GIL

static voidpf z_alloc(voidpf opaque, uInt items, uInt size) { return pt_raw_alloc((size_t)items * size); }
static void z_free(voidpf opaque, voidpf p) { pt_raw_free(p); }

static void stream_init(z_stream *zs) {
    memset(zs, 0, sizeof *zs);
    zs->zalloc = z_alloc;
    zs->zfree = z_free;
}

static PtObject *zerror(z_stream *zs, int err, const char *what) {
    const char *msg = zs != NULL && zs->msg != NULL ? zs->msg : NULL;
    if (err == Z_VERSION_ERROR) {
        msg = "library version mismatch";
    }
    if (msg == NULL) {
        switch (err) {
        case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: msg = "invalid input data"; break;
        }
    }
    if (msg == NULL) {
        return pt_err_format(zlib_error, "Error %d %s", err, what);
    }
    return pt_err_format(zlib_error, "Error %d %s: %.200s", err, what, msg);
}

// ---- Output buffer ----

typedef struct OutBuf {
    unsigned char *p;
    size_t len, cap;
} OutBuf;

static int out_grow(OutBuf *o, size_t want) {
    size_t cap = o->cap ? o->cap : 256;
    while (cap - o->len < want) {
        cap *= 2;
    }
    if (cap == o->cap) {
        return 0;
    }
    unsigned char *np = pt_mem_realloc(o->p, o->cap, cap);
    if (np == NULL) {
        pt_err_no_memory();
        return -1;
    }
    o->p = np;
    o->cap = cap;
    return 0;
}

static PtObject *out_finish(OutBuf *o) {
    PtObject *r = pt_bytes_new(o->p, o->len);
    pt_mem_free(o->p, o->cap);
    o->p = NULL;
    return r;
}

static void out_free(OutBuf *o) {
    pt_mem_free(o->p, o->cap);
    o->p = NULL;
}

// Run deflate or inflate with `flush` until it stops filling the output
// (the input is used up, or the stream ended), or `limit` bytes (if nonzero)
// are out. Returns the last zlib status, or -100 on a Python error.
static int pump(z_stream *zs, OutBuf *o, int deflating, int flush, size_t limit) {
    int err;
    for (;;) {
        size_t room = o->len < 16384 ? 16384 : o->len;
        if (limit != 0 && limit - o->len < room) {
            room = limit - o->len;
        }
        if (room > 0x40000000u) {
            room = 0x40000000u;
        }
        if (out_grow(o, room) < 0) {
            return -100;
        }
        zs->next_out = o->p + o->len;
        zs->avail_out = (uInt)room;
        err = deflating ? deflate(zs, flush) : inflate(zs, flush);
        o->len += room - zs->avail_out;
        if (err != Z_OK || zs->avail_out != 0 || (limit != 0 && o->len >= limit)) {
            return err;
        }
    }
}

// ---- One-shot functions ----

static PtObject *zlib_compress(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "level", "wbits", NULL};
    PtObject *data;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (pt_parse_args(args, nargs, kwnames, "O|ii:compress", kwlist, &data, &level, &wbits) < 0) {
        return NULL;
    }
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    z_stream zs;
    stream_init(&zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (err != Z_OK) {
        pt_buffer_release(&b);
        if (err == Z_MEM_ERROR) {
            return pt_err_set_string(pt_exc_MemoryError, "Out of memory while compressing data");
        }
        if (err == Z_STREAM_ERROR) {
            return pt_err_set_string(zlib_error, "Bad compression level");
        }
        return zerror(&zs, err, "while compressing data");
    }
    OutBuf o = {0};
    zs.next_in = b.buf;
    zs.avail_in = (uInt)b.len;
    err = pump(&zs, &o, 1, Z_FINISH, 0);
    deflateEnd(&zs);
    pt_buffer_release(&b);
    if (err != Z_STREAM_END) {
        out_free(&o);
        return err == -100 ? NULL : zerror(&zs, err, "while compressing data");
    }
    return out_finish(&o);
}

static PtObject *zlib_decompress(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "wbits", "bufsize", NULL};
    PtObject *data;
    int wbits = MAX_WBITS;
    pt_ssize bufsize = 16384;
    if (pt_parse_args(args, nargs, kwnames, "O|in:decompress", kwlist, &data, &wbits, &bufsize) < 0) {
        return NULL;
    }
    if (bufsize < 0) {
        return pt_err_set_string(pt_exc_ValueError, "bufsize must be non-negative");
    }
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    z_stream zs;
    stream_init(&zs);
    zs.next_in = b.buf;
    zs.avail_in = (uInt)b.len;
    int err = inflateInit2(&zs, wbits);
    if (err != Z_OK) {
        pt_buffer_release(&b);
        if (err == Z_MEM_ERROR) {
            return pt_err_set_string(pt_exc_MemoryError, "Out of memory while decompressing data");
        }
        return zerror(&zs, err, "while preparing to decompress data");
    }
    OutBuf o = {0};
    err = pump(&zs, &o, 0, Z_SYNC_FLUSH, 0);
    pt_buffer_release(&b);
    if (err != Z_STREAM_END) {
        inflateEnd(&zs);
        out_free(&o);
        if (err == -100) {
            return NULL;
        }
        if (err == Z_OK || err == Z_BUF_ERROR) {
            return pt_err_format(zlib_error, "Error -5 while decompressing data: incomplete or truncated stream");
        }
        return zerror(&zs, err, "while decompressing data");
    }
    inflateEnd(&zs);
    return out_finish(&o);
}

static PtObject *checksum(PtObject *const *args, size_t nargs, const char *name, uint32_t start, int crc) {
    if (pt_check_nargs(name, nargs, 1, 2) < 0) {
        return NULL;
    }
    uint32_t value = start;
    if (nargs == 2) {
        PtObject *mask = pt_int_from_u64(0xFFFFFFFFu);
        PtObject *v = mask != NULL ? pt_number_binop(args[1], mask, PT_BINOP_AND) : NULL;
        pt_xdecref(mask);
        if (v == NULL) {
            return NULL;
        }
        value = (uint32_t)pt_int_as_i64(v);
        pt_decref(v);
    }
    PtBuffer b;
    if (pt_buffer_get(args[0], &b, 0) < 0) {
        return NULL;
    }
    const unsigned char *p = b.buf;
    size_t n = (size_t)b.len;
    uLong v = value;
    while (n > 0) {
        uInt chunk = n > 0x40000000u ? 0x40000000u : (uInt)n;
        v = crc ? crc32(v, p, chunk) : adler32(v, p, chunk);
        p += chunk;
        n -= chunk;
    }
    pt_buffer_release(&b);
    return pt_int_from_u64((uint32_t)v);
}

static PtObject *zlib_crc32(PtObject *self, PtObject *const *args, size_t nargs) {
    return checksum(args, nargs, "crc32", 0, 1);
}

static PtObject *zlib_adler32(PtObject *self, PtObject *const *args, size_t nargs) {
    return checksum(args, nargs, "adler32", 1, 0);
}

// ---- Compress and Decompress objects ----

typedef struct ZObj {
    PtObject ob;
    z_stream zs;
    int inited, eof, deflating;
    PtObject *unused_data, *unconsumed_tail, *zdict;
} ZObj;

static PtType compress_type, decompress_type;

static void zobj_dealloc(PtObject *o) {
    ZObj *z = (ZObj *)o;
    if (z->inited) {
        if (z->deflating) {
            deflateEnd(&z->zs);
        } else {
            inflateEnd(&z->zs);
        }
    }
    pt_xdecref(z->unused_data);
    pt_xdecref(z->unconsumed_tail);
    pt_xdecref(z->zdict);
    pt_object_free(o, sizeof(ZObj));
}

static ZObj *zobj_new(PtType *t, int deflating) {
    ZObj *z = (ZObj *)pt_object_alloc(t, sizeof(ZObj));
    if (z == NULL) {
        return NULL;
    }
    stream_init(&z->zs);
    z->deflating = deflating;
    z->unused_data = pt_bytes_new("", 0);
    z->unconsumed_tail = pt_bytes_new("", 0);
    if (z->unused_data == NULL || z->unconsumed_tail == NULL) {
        pt_decref(&z->ob);
        return NULL;
    }
    return z;
}

static PtObject *zlib_compressobj(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict", NULL};
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, memlevel = 8;
    int strategy = Z_DEFAULT_STRATEGY;
    PtObject *zdict = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|iiiiiO:compressobj", kwlist, &level, &method, &wbits, &memlevel,
                      &strategy, &zdict) < 0) {
        return NULL;
    }
    ZObj *z = zobj_new(&compress_type, 1);
    if (z == NULL) {
        return NULL;
    }
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err != Z_OK) {
        pt_decref(&z->ob);
        if (err == Z_MEM_ERROR) {
            return pt_err_set_string(pt_exc_MemoryError, "Can't allocate memory for compression object");
        }
        if (err == Z_STREAM_ERROR) {
            return pt_err_set_string(pt_exc_ValueError, "Invalid initialization option");
        }
        return zerror(NULL, err, "while creating compression object");
    }
    z->inited = 1;
    if (zdict != NULL && zdict != pt_None) {
        PtBuffer b;
        if (pt_buffer_get(zdict, &b, 0) < 0) {
            pt_decref(&z->ob);
            return NULL;
        }
        err = deflateSetDictionary(&z->zs, b.buf, (uInt)b.len);
        pt_buffer_release(&b);
        if (err != Z_OK) {
            pt_decref(&z->ob);
            return pt_err_set_string(pt_exc_ValueError, "Invalid dictionary");
        }
    }
    return &z->ob;
}

static PtObject *zlib_decompressobj(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"wbits", "zdict", NULL};
    int wbits = MAX_WBITS;
    PtObject *zdict = NULL;
    if (pt_parse_args(args, nargs, kwnames, "|iO:decompressobj", kwlist, &wbits, &zdict) < 0) {
        return NULL;
    }
    if (zdict != NULL && zdict != pt_None) {
        PtBuffer b;
        if (pt_buffer_get(zdict, &b, 0) < 0) {
            pt_err_clear();
            return pt_err_set_string(pt_exc_TypeError, "zdict argument must support the buffer protocol");
        }
        pt_buffer_release(&b);
    }
    ZObj *z = zobj_new(&decompress_type, 0);
    if (z == NULL) {
        return NULL;
    }
    int err = inflateInit2(&z->zs, wbits);
    if (err != Z_OK) {
        pt_decref(&z->ob);
        if (err == Z_STREAM_ERROR) {
            return pt_err_set_string(pt_exc_ValueError, "Invalid initialization option");
        }
        return zerror(NULL, err, "while creating decompression object");
    }
    z->inited = 1;
    if (zdict != NULL && zdict != pt_None) {
        z->zdict = pt_newref(zdict);
        if (wbits < 0) {  // raw deflate: no header asks for the dictionary
            PtBuffer b;
            if (pt_buffer_get(zdict, &b, 0) == 0) {
                inflateSetDictionary(&z->zs, b.buf, (uInt)b.len);
                pt_buffer_release(&b);
            }
        }
    }
    return &z->ob;
}

static PtObject *comp_compress(PtObject *self, PtObject *data) {
    ZObj *z = (ZObj *)self;
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    OutBuf o = {0};
    z->zs.next_in = b.buf;
    z->zs.avail_in = (uInt)b.len;
    int err = pump(&z->zs, &o, 1, Z_NO_FLUSH, 0);
    pt_buffer_release(&b);
    if (err != Z_OK && err != Z_BUF_ERROR) {
        out_free(&o);
        return err == -100 ? NULL : zerror(&z->zs, err, "while compressing data");
    }
    return out_finish(&o);
}

static PtObject *comp_flush(PtObject *self, PtObject *const *args, size_t nargs) {
    ZObj *z = (ZObj *)self;
    int mode = Z_FINISH;
    if (pt_check_nargs("flush", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        int64_t m = pt_int_as_i64(args[0]);
        if (m == -1 && pt_err_occurred()) {
            return NULL;
        }
        mode = (int)m;
    }
    if (mode == Z_NO_FLUSH) {
        return pt_bytes_new("", 0);
    }
    if (!z->inited) {
        return pt_err_set_string(zlib_error, "Error -2 while flushing: inconsistent stream state");
    }
    OutBuf o = {0};
    z->zs.next_in = NULL;
    z->zs.avail_in = 0;
    int err = pump(&z->zs, &o, 1, mode, 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        deflateEnd(&z->zs);
        z->inited = 0;
    } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        out_free(&o);
        return err == -100 ? NULL : zerror(&z->zs, err, "while flushing");
    }
    return out_finish(&o);
}

static PtObject *comp_copy(PtObject *self, PtObject *unused) {
    ZObj *z = (ZObj *)self;
    if (!z->inited) {
        return pt_err_set_string(pt_exc_ValueError, "Inconsistent stream state");
    }
    ZObj *c = zobj_new(pt_type(self), z->deflating);
    if (c == NULL) {
        return NULL;
    }
    int err = z->deflating ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (err != Z_OK) {
        pt_decref(&c->ob);
        return err == Z_STREAM_ERROR ? pt_err_set_string(pt_exc_ValueError, "Inconsistent stream state")
                                     : zerror(&z->zs, err, "while copying compression object");
    }
    c->inited = 1;
    c->eof = z->eof;
    pt_setref(&c->unused_data, pt_newref(z->unused_data));
    pt_setref(&c->unconsumed_tail, pt_newref(z->unconsumed_tail));
    c->zdict = z->zdict != NULL ? pt_newref(z->zdict) : NULL;
    return &c->ob;
}

// After inflate: keep what was not consumed as unused_data (stream end) or unconsumed_tail.
static int save_leftover(ZObj *z, int err) {
    size_t left = z->zs.avail_in;
    PtObject *rest = pt_bytes_new(left ? (const char *)z->zs.next_in : "", left);
    if (rest == NULL) {
        return -1;
    }
    if (err == Z_STREAM_END) {
        z->eof = 1;
        PtObject *joined = pt_number_binop(z->unused_data, rest, PT_BINOP_ADD);
        pt_decref(rest);
        if (joined == NULL) {
            return -1;
        }
        pt_setref(&z->unused_data, joined);
        pt_setref(&z->unconsumed_tail, pt_bytes_new("", 0));
    } else {
        pt_setref(&z->unconsumed_tail, rest);
    }
    return 0;
}

static int set_dict_if_needed(ZObj *z, int err) {
    if (err == Z_NEED_DICT && z->zdict != NULL) {
        PtBuffer b;
        if (pt_buffer_get(z->zdict, &b, 0) < 0) {
            return -1;
        }
        int e = inflateSetDictionary(&z->zs, b.buf, (uInt)b.len);
        pt_buffer_release(&b);
        if (e != Z_OK) {
            zerror(&z->zs, e, "while setting zdict");
            return -1;
        }
        return 1;
    }
    return 0;
}

static PtObject *decomp_decompress(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "max_length", NULL};
    PtObject *data;
    pt_ssize max_length = 0;
    if (pt_parse_args(args, nargs, kwnames, "O|n:decompress", kwlist, &data, &max_length) < 0) {
        return NULL;
    }
    if (max_length < 0) {
        return pt_err_set_string(pt_exc_ValueError, "max_length must be non-negative");
    }
    ZObj *z = (ZObj *)self;
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        return NULL;
    }
    OutBuf o = {0};
    z->zs.next_in = b.buf;
    z->zs.avail_in = (uInt)b.len;
    int err = Z_OK;
    for (;;) {
        err = pump(&z->zs, &o, 0, Z_SYNC_FLUSH, (size_t)max_length);
        int d = set_dict_if_needed(z, err);
        if (d < 0) {
            err = -100;
            break;
        }
        if (d > 0) {
            continue;
        }
        if (err != Z_OK || z->zs.avail_in == 0 || (max_length && o.len >= (size_t)max_length)) {
            break;
        }
    }
    int rc = err == -100 ? -1 : save_leftover(z, err);
    pt_buffer_release(&b);
    if (rc < 0) {
        out_free(&o);
        return NULL;
    }
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        out_free(&o);
        return zerror(&z->zs, err, "while decompressing data");
    }
    return out_finish(&o);
}

static PtObject *decomp_flush(PtObject *self, PtObject *const *args, size_t nargs) {
    ZObj *z = (ZObj *)self;
    if (pt_check_nargs("flush", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        pt_ssize len = pt_number_as_ssize(args[0], NULL);
        if (len == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (len <= 0) {
            return pt_err_set_string(pt_exc_ValueError, "length must be greater than zero");
        }
    }
    PtBuffer b;
    if (pt_buffer_get(z->unconsumed_tail, &b, 0) < 0) {
        return NULL;
    }
    OutBuf o = {0};
    z->zs.next_in = b.buf;
    z->zs.avail_in = (uInt)b.len;
    int err = Z_OK;
    if (!z->eof && z->inited) {
        for (;;) {
            err = pump(&z->zs, &o, 0, Z_FINISH, 0);
            int d = set_dict_if_needed(z, err);
            if (d < 0) {
                err = -100;
                break;
            }
            if (d == 0) {
                break;
            }
        }
    }
    int rc = err == -100 ? -1 : save_leftover(z, err);
    pt_buffer_release(&b);
    if (rc < 0) {
        out_free(&o);
        return NULL;
    }
    if (err == Z_STREAM_END && z->inited) {
        inflateEnd(&z->zs);
        z->inited = 0;
    }
    return out_finish(&o);
}

static const PtMemberDef decomp_members[] = {
    {"unused_data", PT_MEMBER_OBJECT, offsetof(ZObj, unused_data), PT_MEMBER_READONLY, NULL},
    {"unconsumed_tail", PT_MEMBER_OBJECT, offsetof(ZObj, unconsumed_tail), PT_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PtObject *decomp_get_eof(PtObject *self, void *c) { return pt_newref(pt_bool(((ZObj *)self)->eof)); }

static const PtGetSetDef decomp_getset[] = {
    {"eof", decomp_get_eof, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const PtMethodDef comp_methods[] = {
    {"compress", PT_FN(comp_compress), PT_METH_O, "Returns a bytes object containing compressed data."},
    {"flush", PT_FN(comp_flush), PT_METH_FAST, "Return a bytes object containing any remaining compressed data."},
    {"copy", PT_FN(comp_copy), PT_METH_NOARGS, "Return a copy of the compression object."},
    {"__copy__", PT_FN(comp_copy), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PtMethodDef decomp_methods[] = {
    {"decompress", PT_FN(decomp_decompress), PT_METH_FASTKW, "Return a bytes object containing the decompressed version of the data."},
    {"flush", PT_FN(decomp_flush), PT_METH_FAST, "Return a bytes object containing any remaining decompressed data."},
    {"copy", PT_FN(comp_copy), PT_METH_NOARGS, "Return a copy of the decompression object."},
    {"__copy__", PT_FN(comp_copy), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType compress_type = {
    .name = "zlib.Compress",
    .basicsize = sizeof(ZObj),
    .dealloc = zobj_dealloc,
    .methods = comp_methods,
};

static PtType decompress_type = {
    .name = "zlib.Decompress",
    .basicsize = sizeof(ZObj),
    .dealloc = zobj_dealloc,
    .methods = decomp_methods,
    .members = decomp_members,
    .getset = decomp_getset,
};

static const PtMethodDef zlib_methods[] = {
    {"compress", PT_FN(zlib_compress), PT_METH_FASTKW, "Returns a bytes object containing compressed data."},
    {"decompress", PT_FN(zlib_decompress), PT_METH_FASTKW, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", PT_FN(zlib_compressobj), PT_METH_FASTKW, "Return a compressor object."},
    {"decompressobj", PT_FN(zlib_decompressobj), PT_METH_FASTKW, "Return a decompressor object."},
    {"crc32", PT_FN(zlib_crc32), PT_METH_FAST, "Compute a CRC-32 checksum of data."},
    {"adler32", PT_FN(zlib_adler32), PT_METH_FAST, "Compute an Adler-32 checksum of data."},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int zlib_exec(PtObject *m) {
    if (pt_type_ready(&compress_type) < 0 || pt_type_ready(&decompress_type) < 0) {
        return -1;
    }
    if (zlib_error == NULL) {
        PtObject *name = pt_str_from_cstr("error");
        PtObject *bases = pt_tuple_pack(1, pt_exc_Exception);
        PtObject *ns = pt_dict_new();
        if (name != NULL && bases != NULL && ns != NULL && pt_dict_set_cstr(ns, "__module__", pt_str_id("zlib")) == 0) {
            PtObject *targs[3] = {name, bases, ns};
            zlib_error = pt_object_call((PtObject *)&pt_type_type, targs, 3, NULL);
        }
        pt_xdecref(name);
        pt_xdecref(bases);
        pt_xdecref(ns);
        if (zlib_error == NULL) {
            return -1;
        }
    }
    static const struct {
        const char *name;
        int v;
    } consts[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
        {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (pt_module_add_int(m, consts[i].name, consts[i].v) < 0) {
            return -1;
        }
    }
    if (pt_module_add(m, "error", zlib_error) < 0 || pt_module_add_str(m, "ZLIB_VERSION", ZLIB_VERSION) < 0 ||
        pt_module_add_str(m, "ZLIB_RUNTIME_VERSION", zlibVersion()) < 0 ||
        pt_module_add_str(m, "__version__", "1.0") < 0) {
        return -1;
    }
    return 0;
}

const PtModuleDef pt_mod_zlib_def = {
    .name = "zlib",
    .doc = "The functions in this module allow compression and decompression using the\n"
           "zlib library, which is based on GNU zip.",
    .methods = zlib_methods,
    .exec = zlib_exec,
};
