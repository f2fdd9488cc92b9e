// src/obj/unicode_names.c: Unicode character names (both ways) and the
// database properties utf8proc lacks: numeric values, decomposition
// mappings, East Asian widths, and which code points Unicode 3.2 had.
//
// The tables come from build/<variant>/gen/unicode_names.h, which
// tools/gen_unicode_names.c writes from the installed Unicode Character
// Database at build time (the layout is described there). They are const
// data, so they live in .rodata and cost nothing until first touched; there
// is no start-up work and no mutable state, so every function is thread-safe.
//
// name -> code point: the algorithmic names first (HANGUL SYLLABLE with the
// jamo short names, CJK UNIFIED IDEOGRAPH-XXXX over the generated ranges), both
// only in upper case as in CPython; then a binary search of the stored names
// (characters, aliases, named sequences) sorted by name, comparing the query
// upper-cased against each probe decoded from the phrasebook.
// code point -> name: the same algorithmic cases, then the run of consecutive
// named code points holding it gives the entry to decode.
//
// Guards: tests/golden/modules/unicodedata/, tests/golden/lang/ (\N{...}).
#include <stdio.h>
#include <string.h>

#include "pith/unicodename.h"  // the API implemented here
#include "unicode_names.h"     // generated tables: ucn_*, ucd_*, UCD_VERSION

_Static_assert(UCN_MAXLEN < PT_UNICODE_NAME_BUFSIZE, "PT_UNICODE_NAME_BUFSIZE too small");

const char *pt_unicode_version(void) { return UCD_VERSION; }

// ---- Algorithmic names ----

#define HANGUL_FIRST 0xAC00u
#define HANGUL_COUNT 11172u
#define HANGUL_NV 21u
#define HANGUL_NT 28u

// The jamo short names (Jamo.txt) that spell a syllable: leading consonant,
// vowel, trailing consonant. The empty names are the silent ones.
static const char *const jamo_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                       "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                       "SS", "NG", "J", "C", "K", "T", "P", "H"};

static int is_cjk_unified(uint32_t cp) {
    for (size_t i = 0; i < sizeof ucn_cjk / sizeof ucn_cjk[0]; i++) {
        if (cp >= ucn_cjk[i][0] && cp <= ucn_cjk[i][1]) {
            return 1;
        }
    }
    return 0;
}

// The longest of `names[0..n)` that starts s[*pos..len); its index, or -1.
static int match_jamo(const char *s, size_t len, size_t *pos, const char *const *names, int n) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(names[i]);
        if (l <= len - *pos && memcmp(s + *pos, names[i], l) == 0 && (best < 0 || l > best_len)) {
            best = i;
            best_len = l;
        }
    }
    *pos += best_len;
    return best;
}

// "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00" (exact case). 1 or 0.
static int lookup_algorithmic(const char *s, size_t len, uint32_t *cp) {
    if (len > 16 && memcmp(s, "HANGUL SYLLABLE ", 16) == 0) {
        size_t pos = 16;
        int l = match_jamo(s, len, &pos, jamo_l, 19);
        int v = match_jamo(s, len, &pos, jamo_v, 21);
        int t = match_jamo(s, len, &pos, jamo_t, 28);
        if (l >= 0 && v >= 0 && t >= 0 && pos == len) {
            *cp = HANGUL_FIRST + ((uint32_t)l * HANGUL_NV + (uint32_t)v) * HANGUL_NT + (uint32_t)t;
            return 1;
        }
        return 0;
    }
    if (len >= 22 && memcmp(s, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        if (len != 26 && len != 27) {
            return 0;
        }
        uint32_t v = 0;
        for (size_t i = 22; i < len; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                v = v * 16 + (uint32_t)(c - '0');
            } else if (c >= 'A' && c <= 'F') {
                v = v * 16 + (uint32_t)(c - 'A' + 10);
            } else {
                return 0;
            }
        }
        if (is_cjk_unified(v)) {
            *cp = v;
            return 1;
        }
    }
    return 0;
}

// The algorithmic name of `cp` into buf (PT_UNICODE_NAME_BUFSIZE); length or 0.
static int name_algorithmic(uint32_t cp, char *buf) {
    if (cp - HANGUL_FIRST < HANGUL_COUNT) {
        uint32_t s = cp - HANGUL_FIRST;
        return snprintf(buf, PT_UNICODE_NAME_BUFSIZE, "HANGUL SYLLABLE %s%s%s", jamo_l[s / (HANGUL_NV * HANGUL_NT)],
                        jamo_v[s / HANGUL_NT % HANGUL_NV], jamo_t[s % HANGUL_NT]);
    }
    if (is_cjk_unified(cp)) {
        return snprintf(buf, PT_UNICODE_NAME_BUFSIZE, "CJK UNIFIED IDEOGRAPH-%04X", (unsigned)cp);
    }
    return 0;
}

// ---- Stored names ----

// The run holding code point `cp`, or NULL.
static const struct UcnRun *run_of_cp(uint32_t cp) {
    size_t lo = 0, hi = sizeof ucn_runs / sizeof ucn_runs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < ucn_runs[mid].first) {
            hi = mid;
        } else if (cp - ucn_runs[mid].first >= ucn_runs[mid].count) {
            lo = mid + 1;
        } else {
            return &ucn_runs[mid];
        }
    }
    return NULL;
}

// The code point of character entry `index` (< UCN_NCHARS).
static uint32_t cp_of_entry(uint32_t index) {
    size_t lo = 0, hi = sizeof ucn_runs / sizeof ucn_runs[0];
    while (hi - lo > 1) {  // the last run whose first index is <= index
        size_t mid = (lo + hi) / 2;
        if (ucn_runs[mid].index <= index) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return ucn_runs[lo].first + (index - ucn_runs[lo].index);
}

// Append word `code` of the lexicon (its last byte has bit 7 set).
static size_t put_word(unsigned code, char *out) {
    const uint8_t *w = ucn_lexicon + ucn_word_base[code >> 8] + ucn_word_off[code];
    size_t n = 0;
    do {
        out[n] = (char)(w[n] & 0x7F);
    } while (!(w[n++] & 0x80));
    return n;
}

// Decode entry `index` into buf (PT_UNICODE_NAME_BUFSIZE). Returns the length.
static size_t decode_entry(uint32_t index, char *buf) {
    const uint8_t *p = ucn_phrases + ucn_phrase_off[index / UCN_STEP];
    for (uint32_t k = index % UCN_STEP; k > 0; k--) {
        p += 1 + p[0];
    }
    size_t ntok = p[0], len = 0;
    p++;
    for (size_t j = 0; j < ntok;) {
        // Tokens ending in '-' or ' ' glue to the next one; others take a space.
        if (len > 0 && buf[len - 1] != '-' && buf[len - 1] != ' ') {
            buf[len++] = ' ';
        }
        unsigned b = p[j++];
        if (b == UCN_HEXCP) {
            len += (size_t)snprintf(buf + len, PT_UNICODE_NAME_BUFSIZE - len, "%04X", (unsigned)cp_of_entry(index));
        } else if (b < UCN_ONE_BYTE) {
            len += put_word(b, buf + len);
        } else {
            len += put_word(UCN_ONE_BYTE + ((b - UCN_ONE_BYTE) << 8 | p[j++]), buf + len);
        }
    }
    buf[len] = 0;
    return len;
}

// Whether entry `index` may match under `flags`.
static int entry_allowed(uint32_t index, int flags) {
    if (index >= UCN_NCHARS) {
        int seq = index >= UCN_NCHARS + UCN_NALIASES;
        if ((flags & PT_UNICODE_V32) || !(flags & (seq ? PT_UNICODE_SEQUENCES : PT_UNICODE_ALIASES))) {
            return 0;
        }
        return 1;
    }
    return !(flags & PT_UNICODE_V32) || pt_unicode_in_v32(cp_of_entry(index));
}

// Binary search of the stored names for `key` (upper case). Entry index or -1.
static int32_t find_entry(const char *key, size_t len) {
    char probe[PT_UNICODE_NAME_BUFSIZE];
    size_t lo = 0, hi = UCN_NENTRIES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        size_t plen = decode_entry(ucn_sorted[mid], probe);
        int c = memcmp(key, probe, len < plen ? len : plen);
        if (c == 0) {
            c = len < plen ? -1 : len > plen;
        }
        if (c == 0) {
            return ucn_sorted[mid];
        }
        if (c < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return -1;
}

// ---- Lookup and name ----

int pt_unicode_lookup_ex(const char *name, size_t len, int flags, uint32_t *cp, const uint32_t **seq,
                         size_t *n) {
    *seq = NULL;
    *n = 1;
    if (lookup_algorithmic(name, len, cp)) {
        return 1;
    }
    if (len == 0 || len > UCN_MAXLEN) {
        return 0;
    }
    char key[UCN_MAXLEN];
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    int32_t index = find_entry(key, len);
    if (index < 0 || !entry_allowed((uint32_t)index, flags)) {
        return 0;
    }
    if (index < UCN_NCHARS) {
        *cp = cp_of_entry((uint32_t)index);
    } else if (index < UCN_NCHARS + UCN_NALIASES) {
        *cp = ucn_alias_cp[index - UCN_NCHARS];
    } else {
        size_t k = (size_t)index - UCN_NCHARS - UCN_NALIASES;
        *seq = ucn_seq_pool + ucn_seq_off[k];
        *n = (size_t)(ucn_seq_off[k + 1] - ucn_seq_off[k]);
        *cp = **seq;
    }
    return 1;
}

int pt_unicode_lookup(const char *name, size_t len, uint32_t *cp) {
    const uint32_t *seq;
    size_t n;
    return pt_unicode_lookup_ex(name, len, PT_UNICODE_ALIASES, cp, &seq, &n);
}

int pt_unicode_lookup_cp(const char *name, size_t len) {
    uint32_t cp;
    return pt_unicode_lookup(name, len, &cp) ? (int)cp : -1;
}

int pt_unicode_name(uint32_t cp, char *buf, size_t bufsize) {
    char tmp[PT_UNICODE_NAME_BUFSIZE];
    int len = name_algorithmic(cp, tmp);
    if (len == 0) {
        const struct UcnRun *r = cp < 0x110000 ? run_of_cp(cp) : NULL;
        if (r == NULL) {
            return 0;
        }
        len = (int)decode_entry(r->index + (cp - r->first), tmp);
    }
    if (bufsize > 0) {
        size_t n = (size_t)len < bufsize ? (size_t)len : bufsize - 1;
        memcpy(buf, tmp, n);
        buf[n] = 0;
    }
    return len;
}

// ---- Properties ----

// The value of the run table `runs` (start << 8 | value) at `cp`.
static unsigned run_value(const uint32_t *runs, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;  // the last run starting at or before cp
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid] >> 8 <= cp) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return runs[lo] & 0xFF;
}

int pt_unicode_in_v32(uint32_t cp) {
    return cp < 0x110000 && run_value(ucd_v32, sizeof ucd_v32 / sizeof ucd_v32[0], cp) != 0;
}

const char *pt_unicode_east_asian_width(uint32_t cp) {
    if (cp >= 0x110000) {
        return "F";
    }
    return ucd_eaw_names[run_value(ucd_eaw, sizeof ucd_eaw / sizeof ucd_eaw[0], cp)];
}

// Binary search of a table whose keys hold the code point in their low 21 bits.
static const uint32_t *find_key(const uint32_t *keys, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k = keys[mid] & 0x1FFFFF;
        if (k == cp) {
            return &keys[mid];
        }
        if (k < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

// ucd_numeric keys: cp | kind << 21 (2 decimal, 1 digit, 0 other) | value << 23.
static const uint32_t *numeric_key(uint32_t cp) {
    return find_key(ucd_numeric, sizeof ucd_numeric / sizeof ucd_numeric[0], cp);
}

int pt_unicode_decimal(uint32_t cp) {
    const uint32_t *k = numeric_key(cp);
    return k != NULL && (*k >> 21 & 3) == 2 ? (int)ucd_values[*k >> 23].num : -1;
}

int pt_unicode_digit(uint32_t cp) {
    const uint32_t *k = numeric_key(cp);
    return k != NULL && (*k >> 21 & 3) != 0 ? (int)ucd_values[*k >> 23].num : -1;
}

int pt_unicode_numeric(uint32_t cp, double *value) {
    const uint32_t *k = numeric_key(cp);
    if (k == NULL) {
        return 0;
    }
    // As CPython computes it: the numerator divided by the denominator.
    const struct UcdRatio *r = &ucd_values[*k >> 23];
    *value = (double)r->num / (double)r->den;
    return 1;
}

size_t pt_unicode_decomposition(uint32_t cp, char *buf, size_t bufsize) {
    size_t nkeys = sizeof ucd_decomp_keys / sizeof ucd_decomp_keys[0];
    const uint32_t *k = find_key(ucd_decomp_keys, nkeys, cp);
    char tmp[256];
    size_t len = 0;
    if (k != NULL) {
        const uint32_t *cps = ucd_decomp_pool + ucd_decomp_offs[k - ucd_decomp_keys];
        unsigned tag = *k >> 21 & 31, n = *k >> 26;
        len = (size_t)snprintf(tmp, sizeof tmp, "%s", ucd_decomp_tags[tag]);
        for (unsigned i = 0; i < n; i++) {
            len += (size_t)snprintf(tmp + len, sizeof tmp - len, "%s%04X", len > 0 ? " " : "", (unsigned)cps[i]);
        }
    }
    if (bufsize > 0) {
        size_t m = len < bufsize ? len : bufsize - 1;
        memcpy(buf, tmp, m);
        buf[m] = 0;
    }
    return len;
}
