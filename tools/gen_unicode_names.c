// tools/gen_unicode_names.c: build-time generator of the Unicode tables that
// utf8proc lacks (character names, numeric values, decompositions, East Asian
// widths), written as C arrays for src/obj/unicode_names.c.
//
// Usage: gen_unicode_names UCD_DIR > unicode_names.h
// UCD_DIR is the Unicode Character Database as Debian's unicode-data package
// installs it (/usr/share/unicode): UnicodeData.txt, NameAliases.txt,
// NamedSequences.txt, EastAsianWidth.txt, DerivedAge.txt and
// extracted/DerivedNumericValues.txt. The Makefile runs it; the output is
// never committed. It needs only a C compiler, not CPython.
//
// The name tables. Every stored name (character names, then name aliases,
// then named sequences: "entries", numbered in that order) is cut into
// tokens: a run of letters and digits with the hyphen that follows it (and
// the space after that hyphen, as in "TIBETAN MARK BKA- SHOG"), or a lone
// hyphen. A token that ends with '-' or ' ' is glued to the next one;
// otherwise a space separates them, which reproduces every name exactly
// (checked here).
// Tokens become words of a lexicon ordered by frequency: the 192 most common
// are coded in one byte, the rest in two (first byte 0xC0..0xFE). A name that
// ends with "-" and its own code point in hex (CJK COMPATIBILITY IDEOGRAPH-F900,
// NUSHU CHARACTER-1B170 ...) stores the byte 0xFF instead of the hex digits.
// The phrasebook holds each entry as [token byte count][token bytes]; the
// start of every UCN_STEP-th entry is indexed, the ones between are reached
// by skipping. Code point -> entry goes through runs of consecutive named code
// points; name -> entry is a binary search in the entries sorted by name.
// Algorithmic names (HANGUL SYLLABLE ..., CJK UNIFIED IDEOGRAPH-XXXX) are not
// stored: the CJK ranges are emitted, the rest is computed at run time.
//
// The tool allocates nothing: every table is a fixed static array sized well
// above what Unicode needs, and overflow stops the build with a message.
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x110000
#define MAX_ENTRIES 60000
#define MAX_WORDS 30000
#define POOL_SIZE (4u << 20)
#define STEP 32
#define ONE_BYTE 0xC0u   // word codes below this are one byte
#define HEXCP 0xFFu      // "the code point in hex"
#define MAX_TWO_BYTE (ONE_BYTE + (HEXCP - ONE_BYTE) * 256u)

static const char *ucd_dir;

// ---- Errors, strings ----

static _Noreturn void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("gen_unicode_names: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static char pool[POOL_SIZE];  // every string the tool keeps
static size_t pool_len;

static char *save(const char *s, size_t n) {
    if (pool_len + n + 1 > POOL_SIZE) {
        die("string pool full");
    }
    char *p = pool + pool_len;
    memcpy(p, s, n);
    p[n] = 0;
    pool_len += n + 1;
    return p;
}

static FILE *open_ucd(const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", ucd_dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        die("cannot open %s (install Debian's unicode-data package: make deps)", path);
    }
    return f;
}

// Split `line` at ';' into at most `max` trimmed fields (comments cut). Returns the count.
static int split_fields(char *line, char **fields, int max) {
    char *hash = strchr(line, '#');
    if (hash != NULL) {
        *hash = 0;
    }
    int n = 0;
    char *p = line;
    while (n < max) {
        char *semi = strchr(p, ';');
        if (semi != NULL) {
            *semi = 0;
        }
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        char *end = p + strlen(p);
        while (end > p && isspace((unsigned char)end[-1])) {
            *--end = 0;
        }
        fields[n++] = p;
        if (semi == NULL) {
            break;
        }
        p = semi + 1;
    }
    return n;
}

static uint32_t parse_hex(const char *s) {
    char *end;
    unsigned long v = strtoul(s, &end, 16);
    if (end == s || v >= NCP) {
        die("bad code point '%s'", s);
    }
    return (uint32_t)v;
}

// "XXXX" or "XXXX..YYYY" into [*lo, *hi].
static void parse_range(const char *s, uint32_t *lo, uint32_t *hi) {
    *lo = parse_hex(s);
    const char *dots = strstr(s, "..");
    *hi = dots != NULL ? parse_hex(dots + 2) : *lo;
}

// The version from a header line "# Name-15.0.0.txt" at the top of `file`.
static const char *file_version(const char *file) {
    FILE *f = open_ucd(file);
    char line[512];
    const char *v = NULL;
    if (fgets(line, sizeof line, f) != NULL) {
        char *dash = strrchr(line, '-');
        char *dot = dash != NULL ? strstr(dash, ".txt") : NULL;
        if (dot != NULL) {
            v = save(dash + 1, (size_t)(dot - dash - 1));
        }
    }
    fclose(f);
    if (v == NULL) {
        die("no version line in %s", file);
    }
    return v;
}

// ---- Reading the database ----

enum { K_CHAR, K_ALIAS, K_SEQ };

typedef struct Entry {
    const char *name;
    uint32_t cp;       // the character (K_CHAR, K_ALIAS)
    int kind;
    uint32_t seq[8];   // K_SEQ: the code points
    int nseq;
} Entry;

static Entry entries[MAX_ENTRIES];
static size_t nentries, nchars, naliases;

static uint8_t assigned[NCP];   // listed in UnicodeData.txt (ranges included)
static uint8_t in_v32[NCP];     // assigned in Unicode 3.2 (DerivedAge.txt)
static const char *decomp[NCP]; // UnicodeData field 5, or NULL
static int8_t decimal[NCP], digit[NCP];
static uint8_t eaw[NCP];        // index into eaw_names
static uint32_t cjk[32][2];     // CJK unified ideograph ranges
static int ncjk;

static const char *const eaw_names[] = {"F", "H", "W", "Na", "A", "N"};

static const char *const decomp_tags[] = {"", "<font>", "<noBreak>", "<initial>", "<medial>",
                                          "<final>", "<isolated>", "<circle>", "<super>", "<sub>",
                                          "<vertical>", "<wide>", "<narrow>", "<small>", "<square>",
                                          "<fraction>", "<compat>"};

static void add_entry(const char *name, uint32_t cp, int kind) {
    if (nentries >= MAX_ENTRIES) {
        die("too many names");
    }
    entries[nentries].name = save(name, strlen(name));
    entries[nentries].cp = cp;
    entries[nentries].kind = kind;
    nentries++;
}

static void read_unicode_data(void) {
    FILE *f = open_ucd("UnicodeData.txt");
    char line[1024];
    uint32_t first = 0;
    memset(decimal, -1, sizeof decimal);
    memset(digit, -1, sizeof digit);
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[16];
        if (split_fields(line, fl, 16) < 15) {
            continue;
        }
        uint32_t cp = parse_hex(fl[0]);
        const char *name = fl[1];
        size_t nlen = strlen(name);
        if (nlen > 8 && strcmp(name + nlen - 8, ", First>") == 0) {
            first = cp;
            continue;
        }
        if (nlen > 7 && strcmp(name + nlen - 7, ", Last>") == 0) {
            for (uint32_t c = first; c <= cp; c++) {
                assigned[c] = 1;
            }
            if (strncmp(name, "<CJK Ideograph", 14) == 0) {
                if (ncjk == 32) {
                    die("too many CJK ranges");
                }
                cjk[ncjk][0] = first;
                cjk[ncjk][1] = cp;
                ncjk++;
            } else if (strncmp(name, "<Hangul Syllable", 16) == 0 && (first != 0xAC00 || cp != 0xD7A3)) {
                die("unexpected Hangul syllable range");
            }
            continue;
        }
        assigned[cp] = 1;
        if (name[0] != '<') {
            add_entry(name, cp, K_CHAR);
        }
        if (fl[5][0] != 0) {
            decomp[cp] = save(fl[5], strlen(fl[5]));
        }
        decimal[cp] = (int8_t)(fl[6][0] ? atoi(fl[6]) : -1);
        digit[cp] = (int8_t)(fl[7][0] ? atoi(fl[7]) : -1);
        if (decimal[cp] >= 0 && digit[cp] != decimal[cp]) {
            die("U+%04X: decimal without the same digit", cp);
        }
    }
    fclose(f);
    nchars = nentries;
}

static void read_aliases(void) {
    FILE *f = open_ucd("NameAliases.txt");
    char line[1024];
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[4];
        if (split_fields(line, fl, 4) >= 3 && fl[0][0] != 0) {
            add_entry(fl[1], parse_hex(fl[0]), K_ALIAS);
        }
    }
    fclose(f);
    naliases = nentries - nchars;
}

static void read_sequences(void) {
    FILE *f = open_ucd("NamedSequences.txt");
    char line[1024];
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[3];
        if (split_fields(line, fl, 3) < 2 || fl[0][0] == 0) {
            continue;
        }
        add_entry(fl[0], 0, K_SEQ);
        Entry *e = &entries[nentries - 1];
        for (char *p = fl[1]; *p;) {
            char *end;
            unsigned long v = strtoul(p, &end, 16);
            if (end == p || e->nseq == 8) {
                die("bad named sequence %s", fl[0]);
            }
            e->seq[e->nseq++] = (uint32_t)v;
            p = end + strspn(end, " ");
        }
    }
    fclose(f);
}

// CPython's rule: an unassigned code point reads as "F" (its default record);
// an assigned one has its listed width, else "N".
static void read_east_asian_width(void) {
    for (uint32_t c = 0; c < NCP; c++) {
        eaw[c] = assigned[c] ? 5 : 0;
    }
    FILE *f = open_ucd("EastAsianWidth.txt");
    char line[1024];
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[3];
        if (split_fields(line, fl, 3) < 2 || fl[0][0] == 0) {
            continue;
        }
        uint32_t lo, hi;
        parse_range(fl[0], &lo, &hi);
        int v = -1;
        for (int i = 0; i < 6; i++) {
            if (strcmp(fl[1], eaw_names[i]) == 0) {
                v = i;
            }
        }
        if (v < 0) {
            die("unknown East Asian width '%s'", fl[1]);
        }
        for (uint32_t c = lo; c <= hi; c++) {
            if (assigned[c]) {
                eaw[c] = (uint8_t)v;
            }
        }
    }
    fclose(f);
}

static void read_ages(void) {
    FILE *f = open_ucd("DerivedAge.txt");
    char line[1024];
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[3];
        if (split_fields(line, fl, 3) < 2 || fl[0][0] == 0) {
            continue;
        }
        int major = 0, minor = 0;
        if (sscanf(fl[1], "%d.%d", &major, &minor) != 2) {
            die("bad age '%s'", fl[1]);
        }
        if (major < 3 || (major == 3 && minor <= 2)) {
            uint32_t lo, hi;
            parse_range(fl[0], &lo, &hi);
            for (uint32_t c = lo; c <= hi; c++) {
                in_v32[c] = 1;
            }
        }
    }
    fclose(f);
}

// ---- Numeric values ----

typedef struct { long long num, den; } Ratio;
static Ratio values[512];
static int nvalues;
static uint32_t numeric_keys[8192];  // cp | kind << 21 | value index << 23
static int nnumeric;

static int value_index(long long num, long long den) {
    for (int i = 0; i < nvalues; i++) {
        if (values[i].num == num && values[i].den == den) {
            return i;
        }
    }
    if (nvalues == 512) {
        die("too many distinct numeric values");
    }
    values[nvalues].num = num;
    values[nvalues].den = den;
    return nvalues++;
}

// extracted/DerivedNumericValues.txt: "cp ; decimal ; ; rational", with the
// Unihan values included; kinds: 2 decimal, 1 digit, 0 numeric only.
static void read_numeric(void) {
    static int8_t seen[NCP];
    FILE *f = open_ucd("extracted/DerivedNumericValues.txt");
    char line[1024];
    while (fgets(line, sizeof line, f) != NULL) {
        char *fl[5];
        if (split_fields(line, fl, 5) < 4 || fl[0][0] == 0) {
            continue;
        }
        uint32_t lo, hi;
        parse_range(fl[0], &lo, &hi);
        long long num = strtoll(fl[3], NULL, 10), den = 1;
        const char *slash = strchr(fl[3], '/');
        if (slash != NULL) {
            den = strtoll(slash + 1, NULL, 10);
        }
        int vi = value_index(num, den);
        for (uint32_t c = lo; c <= hi; c++) {
            int kind = decimal[c] >= 0 ? 2 : digit[c] >= 0 ? 1 : 0;
            if (kind > 0 && (den != 1 || num != digit[c])) {
                die("U+%04X: digit and numeric value disagree", c);
            }
            if (nnumeric == 8192 || seen[c]) {
                die("numeric table overflow at U+%04X", c);
            }
            seen[c] = 1;
            numeric_keys[nnumeric++] = c | (uint32_t)kind << 21 | (uint32_t)vi << 23;
        }
    }
    fclose(f);
    for (uint32_t c = 0; c < NCP; c++) {
        if (digit[c] >= 0 && !seen[c]) {
            die("U+%04X has a digit value but no numeric value", c);
        }
    }
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a & 0x1FFFFF, y = *(const uint32_t *)b & 0x1FFFFF;
    return x < y ? -1 : x > y;
}

// ---- The lexicon ----

typedef struct Word {
    const char *s;
    unsigned count;
    unsigned code;  // rank by frequency
} Word;

static Word words[MAX_WORDS];
static size_t nwords;
static int32_t word_hash[1 << 16];  // word index + 1, open addressing

static unsigned hash_str(const char *s, size_t n) {
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    return h;
}

static size_t find_word(const char *s, size_t n, int add) {
    unsigned h = hash_str(s, n) & 0xFFFF;
    for (;; h = (h + 1) & 0xFFFF) {
        int32_t w = word_hash[h];
        if (w == 0) {
            break;
        }
        if (strlen(words[w - 1].s) == n && memcmp(words[w - 1].s, s, n) == 0) {
            return (size_t)(w - 1);
        }
    }
    if (!add) {
        die("word vanished");
    }
    if (nwords == MAX_WORDS) {
        die("too many words");
    }
    words[nwords].s = save(s, n);
    word_hash[h] = (int32_t)++nwords;
    return nwords - 1;
}

// The length of the hex suffix "-XXXX" naming `e`'s own code point, or 0.
static size_t hex_suffix(const Entry *e) {
    if (e->kind != K_CHAR) {
        return 0;
    }
    char hex[16];
    int n = snprintf(hex, sizeof hex, "-%04X", (unsigned)e->cp);
    size_t len = strlen(e->name);
    return len > (size_t)n && strcmp(e->name + len - (size_t)n, hex) == 0 ? (size_t)n - 1 : 0;
}

// Call fn(start, len) for each token of name[0..len).
static void tokenize(const char *name, size_t len, void (*fn)(const char *, size_t, void *), void *arg) {
    size_t i = 0;
    while (i < len) {
        if (name[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && name[j] != ' ' && name[j] != '-') {
            j++;
        }
        if (j < len && name[j] == '-') {
            j++;
            if (j < len && name[j] == ' ') {
                j++;  // "BKA- SHOG": the space is kept in the token
            }
        }
        fn(name + i, j - i, arg);
        i = j;
    }
}

static void count_token(const char *s, size_t n, void *arg) {
    (void)arg;
    words[find_word(s, n, 1)].count++;
}

static int cmp_word_freq(const void *a, const void *b) {
    const Word *x = *(Word *const *)a, *y = *(Word *const *)b;
    if (x->count != y->count) {
        return x->count > y->count ? -1 : 1;
    }
    return strcmp(x->s, y->s);
}

static Word *by_code[MAX_WORDS];

static void build_lexicon(void) {
    for (size_t i = 0; i < nentries; i++) {
        const Entry *e = &entries[i];
        for (const char *p = e->name; *p; p++) {
            if (!(isupper((unsigned char)*p) || isdigit((unsigned char)*p) || *p == ' ' || *p == '-')) {
                die("unexpected character in name '%s'", e->name);
            }
        }
        tokenize(e->name, strlen(e->name) - hex_suffix(e), count_token, NULL);
    }
    for (size_t i = 0; i < nwords; i++) {
        by_code[i] = &words[i];
    }
    qsort(by_code, nwords, sizeof by_code[0], cmp_word_freq);
    for (size_t i = 0; i < nwords; i++) {
        by_code[i]->code = (unsigned)i;
    }
    if (nwords > MAX_TWO_BYTE) {
        die("too many words for two-byte codes");
    }
}

// ---- The phrasebook ----

static uint8_t phrases[1u << 20];
static size_t phrases_len;
static uint32_t phrase_off[MAX_ENTRIES / STEP + 2];

typedef struct Out {
    uint8_t buf[256];
    size_t n;
} Out;

static void put_byte(Out *o, unsigned b) {
    if (o->n == 255) {
        die("name too long");
    }
    o->buf[o->n++] = (uint8_t)b;
}

static void encode_token(const char *s, size_t n, void *arg) {
    unsigned code = words[find_word(s, n, 0)].code;
    Out *o = arg;
    if (code < ONE_BYTE) {
        put_byte(o, code);
    } else {
        put_byte(o, ONE_BYTE + ((code - ONE_BYTE) >> 8));
        put_byte(o, (code - ONE_BYTE) & 0xFF);
    }
}

// Decode an encoded name back (the run-time algorithm) to check the round trip.
static void decode(const Out *o, uint32_t cp, char *buf) {
    size_t len = 0;
    for (size_t j = 0; j < o->n;) {
        if (len > 0 && buf[len - 1] != '-' && buf[len - 1] != ' ') {
            buf[len++] = ' ';
        }
        unsigned b = o->buf[j++];
        if (b == HEXCP) {
            len += (size_t)sprintf(buf + len, "%04X", (unsigned)cp);
            continue;
        }
        unsigned code = b < ONE_BYTE ? b : ONE_BYTE + ((b - ONE_BYTE) << 8 | o->buf[j++]);
        size_t wl = strlen(by_code[code]->s);
        memcpy(buf + len, by_code[code]->s, wl);
        len += wl;
    }
    buf[len] = 0;
}

static size_t max_name_len;

static void build_phrases(void) {
    for (size_t i = 0; i < nentries; i++) {
        const Entry *e = &entries[i];
        size_t hex = hex_suffix(e), len = strlen(e->name);
        Out o = {{0}, 0};
        tokenize(e->name, len - hex, encode_token, &o);
        if (hex != 0) {
            put_byte(&o, HEXCP);
        }
        char check[600];
        decode(&o, e->cp, check);
        if (strcmp(check, e->name) != 0) {
            die("name '%s' does not round-trip ('%s')", e->name, check);
        }
        if (i % STEP == 0) {
            phrase_off[i / STEP] = (uint32_t)phrases_len;
        }
        if (phrases_len + o.n + 1 > sizeof phrases) {
            die("phrasebook full");
        }
        phrases[phrases_len++] = (uint8_t)o.n;
        memcpy(phrases + phrases_len, o.buf, o.n);
        phrases_len += o.n;
        if (len > max_name_len) {
            max_name_len = len;
        }
    }
}

// ---- Code point -> entry runs, name order ----

typedef struct Run {
    uint32_t first, count, index;
} Run;
static Run runs[4096];
static size_t nruns;

static void build_runs(void) {
    for (size_t i = 0; i < nchars; i++) {
        uint32_t cp = entries[i].cp;
        if (nruns > 0 && runs[nruns - 1].first + runs[nruns - 1].count == cp) {
            runs[nruns - 1].count++;
            continue;
        }
        if (nruns == 4096) {
            die("too many runs");
        }
        runs[nruns].first = cp;
        runs[nruns].count = 1;
        runs[nruns].index = (uint32_t)i;
        nruns++;
    }
}

static uint16_t sorted[MAX_ENTRIES];

static int cmp_entry_name(const void *a, const void *b) {
    return strcmp(entries[*(const uint16_t *)a].name, entries[*(const uint16_t *)b].name);
}

// ---- Decompositions ----

static uint32_t decomp_keys[16384];  // cp | tag << 21 | length << 26
static uint16_t decomp_offs[16384];
static uint32_t decomp_pool[32768];
static size_t ndecomp, decomp_pool_len;

static void build_decompositions(void) {
    for (uint32_t c = 0; c < NCP; c++) {
        if (decomp[c] == NULL) {
            continue;
        }
        const char *p = decomp[c];
        unsigned tag = 0;
        if (*p == '<') {
            const char *gt = strchr(p, '>');
            for (unsigned t = 1; t < sizeof decomp_tags / sizeof decomp_tags[0] && gt; t++) {
                if (strncmp(p, decomp_tags[t], (size_t)(gt - p + 1)) == 0 && decomp_tags[t][gt - p + 1] == 0) {
                    tag = t;
                }
            }
            if (tag == 0 || gt == NULL) {
                die("U+%04X: unknown decomposition tag", c);
            }
            p = gt + 1;
        }
        if (ndecomp == 16384) {
            die("too many decompositions");
        }
        unsigned n = 0;
        decomp_offs[ndecomp] = (uint16_t)decomp_pool_len;
        while (*p) {
            char *end;
            unsigned long v = strtoul(p, &end, 16);
            if (end == p || decomp_pool_len == 32768 || n == 63) {
                die("U+%04X: bad decomposition", c);
            }
            decomp_pool[decomp_pool_len++] = (uint32_t)v;
            n++;
            p = end + strspn(end, " ");
        }
        if (decomp_pool_len > 65535) {
            die("decomposition pool too large");
        }
        decomp_keys[ndecomp++] = c | tag << 21 | n << 26;
    }
}

// ---- Output ----

static int col;

static void emit_begin(const char *type, const char *name, size_t n) {
    printf("static const %s %s[%zu] = {\n", type, name, n);
    col = 0;
}

static void emit_value(unsigned long long v) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu,", v);
    if (col + n > 100) {
        putchar('\n');
        col = 0;
    }
    fputs(tmp, stdout);
    col += n;
}

static void emit_end(void) { printf("\n};\n\n"); }

static void emit_u8(const char *name, const uint8_t *a, size_t n) {
    emit_begin("uint8_t", name, n);
    for (size_t i = 0; i < n; i++) {
        emit_value(a[i]);
    }
    emit_end();
}

static void emit_u16(const char *name, const uint16_t *a, size_t n) {
    emit_begin("uint16_t", name, n);
    for (size_t i = 0; i < n; i++) {
        emit_value(a[i]);
    }
    emit_end();
}

static void emit_u32(const char *name, const uint32_t *a, size_t n) {
    emit_begin("uint32_t", name, n);
    for (size_t i = 0; i < n; i++) {
        emit_value(a[i]);
    }
    emit_end();
}

// The lexicon: words back to back, each one's last byte with bit 7 set; the
// offset of word i is word_base[i >> 8] + word_off[i].
static void emit_lexicon(void) {
    static uint8_t lex[1u << 18];
    static uint16_t off[MAX_WORDS];
    static uint32_t base[MAX_WORDS / 256 + 1];
    size_t len = 0;
    for (size_t i = 0; i < nwords; i++) {
        const char *s = by_code[i]->s;
        size_t n = strlen(s);
        if (i % 256 == 0) {
            base[i / 256] = (uint32_t)len;
        }
        if (len - base[i / 256] > 65535 || len + n > sizeof lex) {
            die("lexicon too large");
        }
        off[i] = (uint16_t)(len - base[i / 256]);
        memcpy(lex + len, s, n);
        lex[len + n - 1] |= 0x80;
        len += n;
    }
    emit_u8("ucn_lexicon", lex, len);
    emit_u16("ucn_word_off", off, nwords);
    emit_u32("ucn_word_base", base, (nwords + 255) / 256);
}

static void emit_names(void) {
    emit_lexicon();
    emit_u8("ucn_phrases", phrases, phrases_len);
    emit_u32("ucn_phrase_off", phrase_off, (nentries + STEP - 1) / STEP);
    printf("static const struct UcnRun { uint32_t first; uint16_t count, index; } ucn_runs[%zu] = {\n", nruns);
    for (size_t i = 0; i < nruns; i++) {
        if (runs[i].count > 65535 || runs[i].index > 65535) {
            die("run too long");
        }
        printf("{%u,%u,%u},%s", runs[i].first, runs[i].count, runs[i].index, i % 6 == 5 ? "\n" : "");
    }
    printf("\n};\n\n");
    if (nentries > 65535) {
        die("too many entries for 16-bit indices");
    }
    for (size_t i = 0; i < nentries; i++) {
        sorted[i] = (uint16_t)i;
    }
    qsort(sorted, nentries, sizeof sorted[0], cmp_entry_name);
    emit_u16("ucn_sorted", sorted, nentries);
    static uint32_t alias_cp[MAX_ENTRIES];
    for (size_t i = 0; i < naliases; i++) {
        alias_cp[i] = entries[nchars + i].cp;
    }
    emit_u32("ucn_alias_cp", alias_cp, naliases);
    // Named sequences: ucn_seq_pool[ucn_seq_off[i] .. ucn_seq_off[i + 1]).
    static uint32_t seq_pool[MAX_ENTRIES];
    static uint16_t seq_off[MAX_ENTRIES];
    size_t nseq = nentries - nchars - naliases, plen = 0;
    for (size_t i = 0; i < nseq; i++) {
        const Entry *e = &entries[nchars + naliases + i];
        seq_off[i] = (uint16_t)plen;
        memcpy(seq_pool + plen, e->seq, (size_t)e->nseq * sizeof(uint32_t));
        plen += (size_t)e->nseq;
    }
    seq_off[nseq] = (uint16_t)plen;
    emit_u32("ucn_seq_pool", seq_pool, plen);
    emit_u16("ucn_seq_off", seq_off, nseq + 1);
    printf("static const uint32_t ucn_cjk[%d][2] = {\n", ncjk);
    for (int i = 0; i < ncjk; i++) {
        printf("{0x%X,0x%X},\n", cjk[i][0], cjk[i][1]);
    }
    printf("};\n\n");
}

// Runs of equal values over all code points: start << 8 | value.
static void emit_runs(const char *name, const uint8_t *per_cp) {
    static uint32_t out[NCP / 8];
    size_t n = 0;
    for (uint32_t c = 0; c < NCP; c++) {
        if (c == 0 || per_cp[c] != per_cp[c - 1]) {
            if (n == NCP / 8) {
                die("%s: too many runs", name);
            }
            out[n++] = c << 8 | per_cp[c];
        }
    }
    emit_u32(name, out, n);
}

static void emit_properties(void) {
    qsort(numeric_keys, (size_t)nnumeric, sizeof numeric_keys[0], cmp_u32);
    emit_u32("ucd_numeric", numeric_keys, (size_t)nnumeric);
    printf("static const struct UcdRatio { long long num, den; } ucd_values[%d] = {\n", nvalues);
    for (int i = 0; i < nvalues; i++) {
        printf("{%lldLL,%lldLL},%s", values[i].num, values[i].den, i % 4 == 3 ? "\n" : "");
    }
    printf("\n};\n\n");
    emit_u32("ucd_decomp_keys", decomp_keys, ndecomp);
    emit_u16("ucd_decomp_offs", decomp_offs, ndecomp);
    emit_u32("ucd_decomp_pool", decomp_pool, decomp_pool_len);
    printf("static const char *const ucd_decomp_tags[%zu] = {", sizeof decomp_tags / sizeof decomp_tags[0]);
    for (size_t i = 0; i < sizeof decomp_tags / sizeof decomp_tags[0]; i++) {
        printf("\"%s\",", decomp_tags[i]);
    }
    printf("};\n\n");
    emit_runs("ucd_eaw", eaw);
    printf("static const char *const ucd_eaw_names[6] = {\"F\", \"H\", \"W\", \"Na\", \"A\", \"N\"};\n\n");
    emit_runs("ucd_v32", in_v32);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        die("usage: gen_unicode_names UCD_DIR > unicode_names.h");
    }
    ucd_dir = argv[1];
    const char *version = file_version("NameAliases.txt");
    if (strcmp(version, file_version("EastAsianWidth.txt")) != 0 ||
        strcmp(version, file_version("DerivedAge.txt")) != 0) {
        die("the UCD files are of different versions");
    }
    read_unicode_data();
    read_aliases();
    read_sequences();
    read_east_asian_width();
    read_ages();
    read_numeric();
    build_lexicon();
    build_phrases();
    build_runs();
    build_decompositions();
    printf("// Generated by tools/gen_unicode_names.c from %s: do not edit.\n", ucd_dir);
    printf("#define UCD_VERSION \"%s\"\n", version);
    printf("#define UCN_NCHARS %zu\n#define UCN_NALIASES %zu\n#define UCN_NENTRIES %zu\n", nchars, naliases,
           nentries);
    printf("#define UCN_STEP %d\n#define UCN_ONE_BYTE %uu\n#define UCN_HEXCP %uu\n#define UCN_MAXLEN %zu\n\n", STEP,
           ONE_BYTE, HEXCP, max_name_len);
    emit_names();
    emit_properties();
    return ferror(stdout) ? 1 : 0;
}
