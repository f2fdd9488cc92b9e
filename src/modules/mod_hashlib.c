// src/modules/mod_hashlib.c: _hashlib, message digests over OpenSSL's EVP API.
//
// A HASH object owns one EVP_MD_CTX. Names are CPython's (md5, sha1, sha224,
// sha256, sha384, sha512, sha512_224, sha512_256, sha3_224 ... sha3_512,
// shake_128, shake_256, blake2b, blake2s) mapped to OpenSSL's digest names;
// new() also accepts OpenSSL's own names case-insensitively. The shake
// functions are XOFs: digest(length). blake2b/blake2s are the fixed-size
// OpenSSL digests (BLAKE2b-512 and BLAKE2s-256): lib/hashlib.py rejects the
// keyed and resized variants. Also here: pbkdf2_hmac, hmac_digest and
// compare_digest for lib/hmac.py. OpenSSL allocates through pt_raw_* when
// CRYPTO_set_mem_functions is still allowed at module start.
//
// libcrypto is loaded with dlopen when _hashlib is first imported, not linked:
// linking it costs every pith process about 2 MB of resident memory at
// start-up. The functions used are resolved into `crypto` below and the
// OpenSSL names are macros for its fields, so the code reads as plain EVP.
//
// Guards: tests/golden/modules/hashlib/, tests/golden/modules/hmac/.
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <dlfcn.h>

#include "pith.h"  // the object API

// ---- libcrypto, loaded on import ----

#define CRYPTO_FUNCS(X)                                                             \
    X(EVP_DigestFinal) X(EVP_DigestFinalXOF) X(EVP_DigestFinal_ex) X(EVP_DigestInit) \
    X(EVP_DigestInit_ex) X(EVP_DigestUpdate) X(EVP_MD_CTX_copy) X(EVP_MD_CTX_copy_ex)  \
    X(EVP_MD_CTX_free) X(EVP_MD_CTX_new) X(EVP_MD_get_flags) X(EVP_MD_get_size)        \
    X(EVP_MD_get_block_size) X(EVP_MD_CTX_get0_md) X(EVP_get_digestbyname)             \
    X(PKCS5_PBKDF2_HMAC) X(OpenSSL_version) X(HMAC) X(CRYPTO_set_mem_functions)

static struct {
#define X(fn) __typeof__(&fn) fn;
    CRYPTO_FUNCS(X)
#undef X
} crypto;  // filled once by load_crypto (protected by the GIL)

// Resolve every function; 0, or -1 with ImportError when libcrypto is missing.
static int load_crypto(void) {
    if (crypto.EVP_DigestUpdate != NULL) {
        return 0;
    }
    void *h = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) {
        h = dlopen("libcrypto.so", RTLD_NOW | RTLD_LOCAL);
    }
    if (h == NULL) {
        pt_err_set_string(pt_exc_ImportError, "_hashlib: libcrypto (OpenSSL 3) is not installed");
        return -1;
    }
#define X(fn)                                                                      \
    *(void **)&crypto.fn = dlsym(h, #fn);                                          \
    if (crypto.fn == NULL) {                                                       \
        pt_err_set_string(pt_exc_ImportError, "_hashlib: libcrypto lacks " #fn);   \
        return -1;                                                                 \
    }
    CRYPTO_FUNCS(X)
#undef X
    return 0;
}

#define EVP_DigestFinal crypto.EVP_DigestFinal
#define EVP_DigestFinalXOF crypto.EVP_DigestFinalXOF
#define EVP_DigestFinal_ex crypto.EVP_DigestFinal_ex
#define EVP_DigestInit crypto.EVP_DigestInit
#define EVP_DigestInit_ex crypto.EVP_DigestInit_ex
#define EVP_DigestUpdate crypto.EVP_DigestUpdate
#define EVP_MD_CTX_copy crypto.EVP_MD_CTX_copy
#define EVP_MD_CTX_copy_ex crypto.EVP_MD_CTX_copy_ex
#define EVP_MD_CTX_free crypto.EVP_MD_CTX_free
#define EVP_MD_CTX_new crypto.EVP_MD_CTX_new
#define EVP_MD_get_flags crypto.EVP_MD_get_flags
#define EVP_MD_get_size crypto.EVP_MD_get_size
#define EVP_MD_get_block_size crypto.EVP_MD_get_block_size
#define EVP_MD_CTX_get0_md crypto.EVP_MD_CTX_get0_md
#define EVP_get_digestbyname crypto.EVP_get_digestbyname
#define PKCS5_PBKDF2_HMAC crypto.PKCS5_PBKDF2_HMAC
#define OpenSSL_version crypto.OpenSSL_version
#define HMAC crypto.HMAC
#define CRYPTO_set_mem_functions crypto.CRYPTO_set_mem_functions

// ---- Names ----

static const struct {
    const char *py, *ossl;
} md_names[] = {
    {"md5", "MD5"}, {"sha1", "SHA1"}, {"sha224", "SHA224"}, {"sha256", "SHA256"}, {"sha384", "SHA384"},
    {"sha512", "SHA512"}, {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"},
    {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"}, {"blake2b", "BLAKE2B512"}, {"blake2s", "BLAKE2S256"},
    {"md5-sha1", "MD5-SHA1"}, {"sm3", "SM3"}, {"ripemd160", "RIPEMD160"},
};
#define N_NAMES (sizeof md_names / sizeof md_names[0])

// Python name (static string) for a user-given name, or NULL.
static int lookup_name(const char *name) {
    char low[64];
    size_t n = strlen(name);
    if (n >= sizeof low) {
        return -1;
    }
    for (size_t i = 0; i <= n; i++) {
        low[i] = (char)tolower((unsigned char)name[i]);
    }
    for (size_t i = 0; i < N_NAMES; i++) {
        if (strcmp(low, md_names[i].py) == 0 || strcasecmp(name, md_names[i].ossl) == 0) {
            return (int)i;
        }
    }
    // OpenSSL spellings like "sha-256", "sha3-256", "SHA512/224".
    static const struct {
        const char *alias;
        int index;
    } aliases[] = {{"sha-1", 1}, {"sha-224", 2}, {"sha-256", 3}, {"sha-384", 4}, {"sha-512", 5},
                   {"sha512/224", 6}, {"sha512/256", 7}, {"sha-512/224", 6}, {"sha-512/256", 7},
                   {"sha3-224", 8}, {"sha3-256", 9}, {"sha3-384", 10}, {"sha3-512", 11},
                   {"shake128", 12}, {"shake256", 13}, {"blake2b512", 14}, {"blake2s256", 15}};
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(low, aliases[i].alias) == 0) {
            return aliases[i].index;
        }
    }
    return -1;
}

// ---- The HASH object ----

typedef struct Hash {
    PtObject ob;
    EVP_MD_CTX *ctx;
    int name_index;
    int xof;
} Hash;

static PtType hash_type;

static PtObject *ossl_error(const char *what) {
    return pt_err_format(pt_exc_ValueError, "%s failed in OpenSSL", what);
}

// Feed `data` (bytes-like; str raises CPython's TypeError) to ctx. 0 or -1.
static int hash_feed(EVP_MD_CTX *ctx, PtObject *data) {
    if (pt_is_str(data)) {
        pt_err_set_string(pt_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    PtBuffer b;
    if (pt_buffer_get(data, &b, 0) < 0) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    int ok = EVP_DigestUpdate(ctx, b.buf, (size_t)b.len);
    pt_buffer_release(&b);
    if (!ok) {
        ossl_error("EVP_DigestUpdate");
        return -1;
    }
    return 0;
}

static PtObject *hash_new_index(int index, PtObject *data) {
    const EVP_MD *md = EVP_get_digestbyname(md_names[index].ossl);
    if (md == NULL) {
        return pt_err_format(pt_exc_ValueError, "unsupported hash type %s", md_names[index].py);
    }
    Hash *h = (Hash *)pt_object_alloc(&hash_type, sizeof(Hash));
    if (h == NULL) {
        return NULL;
    }
    h->name_index = index;
    h->xof = (EVP_MD_flags(md) & EVP_MD_FLAG_XOF) != 0;
    h->ctx = EVP_MD_CTX_new();
    if (h->ctx == NULL || !EVP_DigestInit_ex(h->ctx, md, NULL)) {
        pt_decref(&h->ob);
        return ossl_error("EVP_DigestInit");
    }
    if (data != NULL && data != pt_None && hash_feed(h->ctx, data) < 0) {
        pt_decref(&h->ob);
        return NULL;
    }
    return &h->ob;
}

static void hash_dealloc(PtObject *o) {
    Hash *h = (Hash *)o;
    if (h->ctx != NULL) {
        EVP_MD_CTX_free(h->ctx);
    }
    pt_object_free(o, sizeof(Hash));
}

static PtObject *hash_update(PtObject *self, PtObject *data) {
    if (hash_feed(((Hash *)self)->ctx, data) < 0) {
        return NULL;
    }
    return pt_newref(pt_None);
}

static PtObject *hash_copy(PtObject *self, PtObject *unused) {
    Hash *h = (Hash *)self;
    Hash *c = (Hash *)pt_object_alloc(&hash_type, sizeof(Hash));
    if (c == NULL) {
        return NULL;
    }
    c->name_index = h->name_index;
    c->xof = h->xof;
    c->ctx = EVP_MD_CTX_new();
    if (c->ctx == NULL || !EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) {
        pt_decref(&c->ob);
        return ossl_error("EVP_MD_CTX_copy");
    }
    return &c->ob;
}

// The digest of a copy of the context (the object stays usable). `len` for XOFs.
static PtObject *hash_final(Hash *h, pt_ssize len, int hex) {
    EVP_MD_CTX *tmp = EVP_MD_CTX_new();
    if (tmp == NULL || !EVP_MD_CTX_copy_ex(tmp, h->ctx)) {
        EVP_MD_CTX_free(tmp);
        return ossl_error("EVP_MD_CTX_copy");
    }
    unsigned char small[EVP_MAX_MD_SIZE];
    unsigned char *out = small;
    unsigned int n = 0;
    int ok;
    if (h->xof) {
        out = pt_mem_alloc((size_t)len + 1);
        if (out == NULL) {
            EVP_MD_CTX_free(tmp);
            return pt_err_no_memory();
        }
        ok = len == 0 || EVP_DigestFinalXOF(tmp, out, (size_t)len);
        n = (unsigned int)len;
    } else {
        ok = EVP_DigestFinal_ex(tmp, out, &n);
    }
    EVP_MD_CTX_free(tmp);
    PtObject *r = NULL;
    if (!ok) {
        ossl_error("EVP_DigestFinal");
    } else if (!hex) {
        r = pt_bytes_new(out, n);
    } else {
        static const char digits[] = "0123456789abcdef";
        char *buf = pt_mem_alloc(2 * (size_t)n + 1);
        if (buf == NULL) {
            pt_err_no_memory();
        } else {
            for (unsigned int i = 0; i < n; i++) {
                buf[2 * i] = digits[out[i] >> 4];
                buf[2 * i + 1] = digits[out[i] & 15];
            }
            r = pt_str_from_latin1(buf, 2 * (size_t)n);
            pt_mem_free(buf, 2 * (size_t)n + 1);
        }
    }
    if (out != small) {
        pt_mem_free(out, (size_t)len + 1);
    }
    return r;
}

// digest()/hexdigest(), or digest(length) for shake.
static PtObject *digest_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames, int hex) {
    Hash *h = (Hash *)self;
    const char *fname = hex ? "hexdigest" : "digest";
    if (!h->xof) {
        if (pt_check_nargs(fname, nargs, 0, 0) < 0 || pt_check_no_kwargs(fname, kwnames) < 0) {
            return NULL;
        }
        return hash_final(h, 0, hex);
    }
    static const char *const kwlist[] = {"length", NULL};
    pt_ssize len;
    char fmt[32];
    snprintf(fmt, sizeof fmt, "n:%s", fname);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &len) < 0) {
        return NULL;
    }
    if (len < 0) {
        return pt_err_set_string(pt_exc_ValueError, "length must be non-negative");
    }
    return hash_final(h, len, hex);
}

static PtObject *hash_digest(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return digest_common(self, args, nargs, kwnames, 0);
}

static PtObject *hash_hexdigest(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return digest_common(self, args, nargs, kwnames, 1);
}

static PtObject *hash_get_name(PtObject *self, void *c) {
    return pt_str_from_cstr(md_names[((Hash *)self)->name_index].py);
}

static PtObject *hash_get_digest_size(PtObject *self, void *c) {
    Hash *h = (Hash *)self;
    return pt_int_from_i64(h->xof ? 0 : EVP_MD_CTX_get_size(h->ctx));
}

static PtObject *hash_get_block_size(PtObject *self, void *c) {
    return pt_int_from_i64(EVP_MD_CTX_get_block_size(((Hash *)self)->ctx));
}

static PtObject *hash_repr(PtObject *self) {
    return pt_str_format("<%s _hashlib.HASH object @ %p>", md_names[((Hash *)self)->name_index].py, (void *)self);
}

// ---- Module functions ----

// Parse (data=b'', *, usedforsecurity=True, string=None) shared by the constructors.
static int parse_ctor(const char *fname, PtObject *const *args, size_t nargs, PtObject *kwnames, PtObject **data) {
    static const char *const kwlist[] = {"string", "usedforsecurity", NULL};
    PtObject *ufs = NULL;
    char fmt[48];
    snprintf(fmt, sizeof fmt, "|O$O:%s", fname);
    *data = NULL;
    return pt_parse_args(args, nargs, kwnames, fmt, kwlist, data, &ufs);
}

static PtObject *hashlib_new(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"name", "string", "usedforsecurity", NULL};
    PtObject *name, *data = NULL, *ufs = NULL;
    if (pt_parse_args(args, nargs, kwnames, "U|O$O:new", kwlist, &name, &data, &ufs) < 0) {
        return NULL;
    }
    char buf[64];
    pt_str_to_utf8_buf(name, buf, sizeof buf);
    int index = lookup_name(buf);
    if (index < 0) {
        return pt_err_format(pt_exc_ValueError, "unsupported hash type %U", name);
    }
    return hash_new_index(index, data);
}

#define CTOR(pyname, index)                                                                              \
    static PtObject *hashlib_openssl_##pyname(PtObject *self, PtObject *const *args, size_t nargs,        \
                                              PtObject *kwnames) {                                        \
        PtObject *data;                                                                                  \
        if (parse_ctor("openssl_" #pyname, args, nargs, kwnames, &data) < 0) {                            \
            return NULL;                                                                                 \
        }                                                                                                \
        return hash_new_index(index, data);                                                              \
    }
CTOR(md5, 0)
CTOR(sha1, 1)
CTOR(sha224, 2)
CTOR(sha256, 3)
CTOR(sha384, 4)
CTOR(sha512, 5)
CTOR(sha3_224, 8)
CTOR(sha3_256, 9)
CTOR(sha3_384, 10)
CTOR(sha3_512, 11)
CTOR(shake_128, 12)
CTOR(shake_256, 13)
CTOR(blake2b, 14)
CTOR(blake2s, 15)
#undef CTOR

// Borrow a buffer from a bytes-like argument named `what`. 0 or -1.
static int get_bytes(PtObject *v, PtBuffer *b, const char *what) {
    if (pt_is_str(v)) {
        pt_err_format(pt_exc_TypeError, "a bytes-like object is required, not 'str'");
        return -1;
    }
    (void)what;
    return pt_buffer_get(v, b, 0);
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
static PtObject *hashlib_pbkdf2_hmac(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    PtObject *name, *pw, *salt, *dkobj = pt_None;
    int64_t iters;
    if (pt_parse_args(args, nargs, kwnames, "UOOL|O:pbkdf2_hmac", kwlist, &name, &pw, &salt, &iters, &dkobj) < 0) {
        return NULL;
    }
    char buf[64];
    pt_str_to_utf8_buf(name, buf, sizeof buf);
    int index = lookup_name(buf);
    const EVP_MD *md = index >= 0 ? EVP_get_digestbyname(md_names[index].ossl) : NULL;
    if (md == NULL) {
        return pt_err_format(pt_exc_ValueError, "unsupported hash type %U", name);
    }
    if (iters < 1) {
        return pt_err_set_string(pt_exc_ValueError, "iteration value must be greater than 0.");
    }
    if (iters > 0x7fffffff) {
        return pt_err_set_string(pt_exc_OverflowError, "iteration value is too great.");
    }
    int64_t dklen = EVP_MD_get_size(md);
    if (dkobj != pt_None) {
        dklen = pt_int_as_i64(dkobj);
        if (dklen == -1 && pt_err_occurred()) {
            return NULL;
        }
        if (dklen < 1) {
            return pt_err_set_string(pt_exc_ValueError, "key length must be greater than 0.");
        }
        if (dklen > 0x7fffffff) {
            return pt_err_set_string(pt_exc_OverflowError, "key length is too great.");
        }
    }
    PtBuffer p, s;
    if (get_bytes(pw, &p, "password") < 0) {
        return NULL;
    }
    if (get_bytes(salt, &s, "salt") < 0) {
        pt_buffer_release(&p);
        return NULL;
    }
    PtObject *r = pt_bytes_new(NULL, (size_t)dklen);
    if (r != NULL && !PKCS5_PBKDF2_HMAC(p.buf, (int)p.len, s.buf, (int)s.len, (int)iters, md, (int)dklen,
                                        (unsigned char *)pt_bytes_data(r))) {
        pt_clearref(&r);
        ossl_error("PKCS5_PBKDF2_HMAC");
    }
    pt_buffer_release(&p);
    pt_buffer_release(&s);
    return r;
}

// hmac_digest(key, msg, digest): one-shot HMAC.
static PtObject *hashlib_hmac_digest(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"key", "msg", "digest", NULL};
    PtObject *key, *msg, *name;
    if (pt_parse_args(args, nargs, kwnames, "OOU:hmac_digest", kwlist, &key, &msg, &name) < 0) {
        return NULL;
    }
    char buf[64];
    pt_str_to_utf8_buf(name, buf, sizeof buf);
    int index = lookup_name(buf);
    const EVP_MD *md = index >= 0 ? EVP_get_digestbyname(md_names[index].ossl) : NULL;
    if (md == NULL) {
        return pt_err_format(pt_exc_ValueError, "unsupported hash type %U", name);
    }
    PtBuffer k, m;
    if (get_bytes(key, &k, "key") < 0) {
        return NULL;
    }
    if (get_bytes(msg, &m, "msg") < 0) {
        pt_buffer_release(&k);
        return NULL;
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    unsigned char *ok = HMAC(md, k.buf, (int)k.len, m.buf, (size_t)m.len, out, &n);
    pt_buffer_release(&k);
    pt_buffer_release(&m);
    if (ok == NULL) {
        return ossl_error("HMAC");
    }
    return pt_bytes_new(out, n);
}

// compare_digest(a, b): constant-time comparison of two ASCII str or two bytes-like.
static PtObject *hashlib_compare_digest(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("compare_digest", nargs, 2, 2) < 0) {
        return NULL;
    }
    PtObject *a = args[0], *b = args[1];
    const unsigned char *pa, *pb;
    size_t la, lb;
    PtBuffer ba = {0}, bb = {0};
    int bufs = 0;
    if (pt_is_str(a) && pt_is_str(b)) {
        pa = (const unsigned char *)pt_str_ascii(a, &la);
        pb = (const unsigned char *)pt_str_ascii(b, &lb);
        if (pa == NULL || pb == NULL) {
            return pt_err_set_string(pt_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        }
    } else if (pt_is_str(a) || pt_is_str(b)) {
        return pt_err_format(pt_exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                             pt_type_name_of(a), pt_type_name_of(b));
    } else {
        if (pt_buffer_get(a, &ba, 0) < 0) {
            pt_err_clear();
            return pt_err_format(pt_exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                                 pt_type_name_of(a), pt_type_name_of(b));
        }
        if (pt_buffer_get(b, &bb, 0) < 0) {
            pt_buffer_release(&ba);
            pt_err_clear();
            return pt_err_format(pt_exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                                 pt_type_name_of(a), pt_type_name_of(b));
        }
        bufs = 1;
        pa = ba.buf;
        la = (size_t)ba.len;
        pb = bb.buf;
        lb = (size_t)bb.len;
    }
    // Always walk all of b so the time depends only on its length.
    unsigned char diff = la != lb;
    const unsigned char *left = la == lb ? pa : pb;
    for (size_t i = 0; i < lb; i++) {
        diff |= (unsigned char)(left[i] ^ pb[i]);
    }
    if (bufs) {
        pt_buffer_release(&ba);
        pt_buffer_release(&bb);
    }
    return pt_newref(pt_bool(diff == 0));
}

static PtObject *hashlib_get_fips_mode(PtObject *self, PtObject *unused) { return pt_int_from_i64(0); }

// ---- Tables ----

static const PtMethodDef hash_methods[] = {
    {"update", PT_FN(hash_update), PT_METH_O, "Update this hash object's state with the provided string."},
    {"digest", PT_FN(hash_digest), PT_METH_FASTKW, "Return the digest value as a bytes object."},
    {"hexdigest", PT_FN(hash_hexdigest), PT_METH_FASTKW, "Return the digest value as a string of hexadecimal digits."},
    {"copy", PT_FN(hash_copy), PT_METH_NOARGS, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType hash_type = {
    .name = "_hashlib.HASH",
    .basicsize = sizeof(Hash),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getset = hash_getset,
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
};

#define CTOR_ENTRY(pyname) {"openssl_" #pyname, PT_FN(hashlib_openssl_##pyname), PT_METH_FASTKW, "Returns a " #pyname " hash object; optionally initialized with a string"}
static const PtMethodDef hashlib_methods[] = {
    {"new", PT_FN(hashlib_new), PT_METH_FASTKW, "Return a new hash object using the named algorithm."},
    CTOR_ENTRY(md5), CTOR_ENTRY(sha1), CTOR_ENTRY(sha224), CTOR_ENTRY(sha256), CTOR_ENTRY(sha384),
    CTOR_ENTRY(sha512), CTOR_ENTRY(sha3_224), CTOR_ENTRY(sha3_256), CTOR_ENTRY(sha3_384), CTOR_ENTRY(sha3_512),
    CTOR_ENTRY(shake_128), CTOR_ENTRY(shake_256), CTOR_ENTRY(blake2b), CTOR_ENTRY(blake2s),
    {"pbkdf2_hmac", PT_FN(hashlib_pbkdf2_hmac), PT_METH_FASTKW, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"hmac_digest", PT_FN(hashlib_hmac_digest), PT_METH_FASTKW, "Single-shot HMAC."},
    {"compare_digest", PT_FN(hashlib_compare_digest), PT_METH_FAST, "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography."},
    {"get_fips_mode", PT_FN(hashlib_get_fips_mode), PT_METH_NOARGS, "Determine the OpenSSL FIPS mode of operation."},
    {NULL, NULL, 0, NULL},
};
#undef CTOR_ENTRY

static void *ossl_malloc(size_t n, const char *file, int line) { return pt_raw_alloc(n); }
static void *ossl_realloc(void *p, size_t n, const char *file, int line) { return pt_raw_realloc(p, n); }
static void ossl_free(void *p, const char *file, int line) { pt_raw_free(p); }

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int hashlib_exec(PtObject *m) {
    if (load_crypto() < 0) {
        return -1;
    }
    // Fails harmlessly once OpenSSL has allocated (then it keeps malloc).
    (void)CRYPTO_set_mem_functions(ossl_malloc, ossl_realloc, ossl_free);
    if (pt_type_ready(&hash_type) < 0 || pt_module_add(m, "HASH", (PtObject *)&hash_type) < 0) {
        return -1;
    }
    PtObject *names = pt_frozenset_new(NULL);
    if (names == NULL) {
        return -1;
    }
    PtObject *set = pt_set_new(NULL);
    for (size_t i = 0; set != NULL && i < N_NAMES; i++) {
        if (EVP_get_digestbyname(md_names[i].ossl) != NULL) {
            PtObject *s = pt_str_from_cstr(md_names[i].py);
            if (s == NULL || pt_set_add(set, s) < 0) {
                pt_xdecref(s);
                pt_clearref(&set);
                break;
            }
            pt_decref(s);
        }
    }
    pt_decref(names);
    if (set == NULL) {
        return -1;
    }
    names = pt_frozenset_new(set);
    pt_decref(set);
    if (names == NULL || pt_module_add(m, "openssl_md_meth_names", names) < 0) {
        pt_xdecref(names);
        return -1;
    }
    pt_decref(names);
    return pt_module_add_str(m, "_OPENSSL_VERSION", OpenSSL_version(OPENSSL_VERSION));
}

const PtModuleDef pt_mod_hashlib_def = {
    .name = "_hashlib",
    .doc = "OpenSSL interface for hashlib module",
    .methods = hashlib_methods,
    .exec = hashlib_exec,
};
