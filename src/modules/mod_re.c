// src/modules/mod_re.c: _re, the matching engine under lib/re/, on PCRE2.
//
// lib/re/_parser.py reads a Python pattern, reports CPython's errors for bad
// syntax, and rewrites what PCRE2 reads differently (\Z, \v, \u, backrefs,
// named groups become plain numbered groups, verbose mode is stripped, ...).
// _re.compile() then compiles that text with PCRE2 (and its JIT when it is
// available) into a Pattern; everything that runs per match lives here:
// search/match/fullmatch, findall, finditer, split, sub/subn, and the Match
// type. str subjects are handed to PCRE2 as UTF-8: an ASCII string's own
// buffer, otherwise a UTF-8 copy plus a byte -> code point map, so every
// position Python sees is in code points. bytes-like subjects use the buffer
// protocol and PCRE2's 8-bit non-UTF mode.
//
// Iteration follows Python 3.7+: after an empty match the next search starts
// at the same place but may not match empty there (PCRE2_NOTEMPTY_ATSTART).
// lastindex is the matched group whose ')' comes last in the pattern, which
// is the last group closed for every pattern without repeats of alternations.
//
// PCRE2 allocates through a general context that calls pt_raw_*. One match
// data block per pattern is reused while not in use (a callable repl may run
// the same pattern again: then a fresh block is made).
//
// Guards: tests/golden/modules/re/, tools/fuzz/fuzz_re.c.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "pith.h"        // the object API
#include "pith/slice.h"  // pt_slice_new, PT_SSIZE_MAX, pt_slice_index_ok

// ---- PCRE2 memory and contexts ----

static void *re_pcre_alloc(size_t n, void *unused) { return pt_raw_alloc(n); }
static void re_pcre_free(void *p, void *unused) { pt_raw_free(p); }

// Created on first use; protected by the GIL, shared by every pattern.
static pcre2_general_context *re_gcx;
static pcre2_compile_context *re_ccx;
static pcre2_match_context *re_mcx;

static int re_contexts(void) {
    if (re_gcx != NULL) {
        return 0;
    }
    re_gcx = pcre2_general_context_create(re_pcre_alloc, re_pcre_free, NULL);
    re_ccx = re_gcx != NULL ? pcre2_compile_context_create(re_gcx) : NULL;
    re_mcx = re_ccx != NULL ? pcre2_match_context_create(re_gcx) : NULL;
    if (re_mcx == NULL) {
        pt_err_no_memory();
        return -1;
    }
    pcre2_set_newline(re_ccx, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(re_ccx, PCRE2_BSR_UNICODE);
    pcre2_set_match_limit(re_mcx, 100000000);
    return 0;
}

// Python's flag bits (re.RegexFlag).
enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

// ---- Objects ----

typedef struct Pattern {
    PtObject ob;
    pcre2_code *code;
    pcre2_match_data *md;  // cached match data, NULL while lent out
    PtObject *pattern;     // the source: str or bytes
    PtObject *groupindex;  // dict name -> number
    PtObject *indexgroup;  // tuple: number -> name or None (index 0 unused)
    PtObject *lastorder;   // tuple of group numbers by the position of their ')'
    int64_t flags;
    int groups;
    int is_bytes;
} Pattern;

typedef struct Match {
    PtObject ob;
    PtObject *string;  // the subject as given
    Pattern *re;
    pt_ssize pos, endpos, lastindex;
    int ngroups;       // groups + 1
    pt_ssize spans[];  // 2 * ngroups; -1 for a group that did not take part
} Match;

typedef struct Scanner {
    PtObject ob;
    Pattern *re;
    PtObject *string;
    pt_ssize pos, endpos;  // pos in code points; next search starts here
    int must_advance;      // the previous match was empty
    int done;
} Scanner;

static PtType pattern_type, match_type, scanner_type;

// ---- Subjects ----

// The subject of one call, as PCRE2 reads it.
typedef struct Subject {
    PtObject *obj;         // borrowed: what the caller passed
    const char *data;      // UTF-8 (str) or raw bytes
    size_t blen;           // bytes in data
    pt_ssize clen;         // length in code points (== blen for bytes and ASCII)
    PtObject *utf8;        // owned bytes object for a non-ASCII str
    uint32_t *b2c;         // byte offset -> code point index, non-ASCII str only
    PtBuffer view;         // bytes-like subjects
    int has_view, is_str;
} Subject;

static void subject_release(Subject *s) {
    if (s->has_view) {
        pt_buffer_release(&s->view);
        s->has_view = 0;
    }
    pt_xdecref(s->utf8);
    s->utf8 = NULL;
    if (s->b2c != NULL) {
        pt_mem_free(s->b2c, (s->blen + 1) * sizeof(uint32_t));
        s->b2c = NULL;
    }
}

// Build the byte -> code point map of a UTF-8 buffer. 0 or -1.
static int subject_map(Subject *s) {
    s->b2c = pt_mem_alloc((s->blen + 1) * sizeof(uint32_t));
    if (s->b2c == NULL) {
        pt_err_no_memory();
        return -1;
    }
    uint32_t c = 0;
    const unsigned char *d = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->blen; i++) {
        // A continuation byte maps to its character, so the map stays
        // monotone and the first byte with value c is that character's lead.
        if ((d[i] & 0xC0) != 0x80) {
            s->b2c[i] = c++;
        } else {
            s->b2c[i] = c - 1;
        }
    }
    s->b2c[s->blen] = c;
    return 0;
}

// Prepare `obj` for matching against `re`; TypeError for the wrong kind. 0 or -1.
static int subject_init(Subject *s, Pattern *re, PtObject *obj) {
    memset(s, 0, sizeof *s);
    s->obj = obj;
    if (pt_is_str(obj)) {
        if (re->is_bytes) {
            pt_err_set_string(pt_exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->is_str = 1;
        s->clen = pt_str_len(obj);
        size_t n;
        const char *a = pt_str_ascii(obj, &n);
        if (a != NULL) {
            s->data = a;
            s->blen = n;
            return 0;
        }
        s->utf8 = pt_str_encode_utf8(obj);
        if (s->utf8 == NULL) {
            return -1;
        }
        s->data = pt_bytes_data(s->utf8);
        s->blen = (size_t)pt_bytes_len(s->utf8);
        return subject_map(s);
    }
    if (pt_buffer_get(obj, &s->view, 0) < 0) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "expected string or bytes-like object, got '%s'", pt_type_name_of(obj));
        return -1;
    }
    s->has_view = 1;
    if (!re->is_bytes) {
        subject_release(s);
        pt_err_set_string(pt_exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    s->data = s->view.buf;
    s->blen = (size_t)s->view.len;
    s->clen = (pt_ssize)s->blen;
    return 0;
}

// Code point index -> byte offset (0 <= c <= clen).
static size_t subject_c2b(const Subject *s, pt_ssize c) {
    if (s->b2c == NULL) {
        return (size_t)c;
    }
    // Binary search the monotone map for the first byte of code point c.
    size_t lo = 0, hi = s->blen;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->b2c[mid] < (uint32_t)c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static inline pt_ssize subject_b2c(const Subject *s, size_t b) {
    return s->b2c == NULL ? (pt_ssize)b : (pt_ssize)s->b2c[b];
}

// Clamp pos/endpos as Python does.
static void clamp_range(pt_ssize len, pt_ssize *pos, pt_ssize *endpos) {
    if (*pos < 0) {
        *pos = 0;
    } else if (*pos > len) {
        *pos = len;
    }
    if (*endpos < 0) {
        *endpos = 0;
    } else if (*endpos > len) {
        *endpos = len;
    }
}

// ---- Running PCRE2 ----

static pcre2_match_data *md_take(Pattern *re) {
    pcre2_match_data *md = re->md;
    if (md != NULL) {
        re->md = NULL;
        return md;
    }
    md = pcre2_match_data_create_from_pattern(re->code, re_gcx);
    if (md == NULL) {
        pt_err_no_memory();
    }
    return md;
}

static void md_give(Pattern *re, pcre2_match_data *md) {
    if (re->md == NULL) {
        re->md = md;
    } else {
        pcre2_match_data_free(md);
    }
}

// One attempt: 1 matched, 0 no match, -1 error. The byte range is [start, end).
static int run_match(Pattern *re, const Subject *s, size_t start, size_t end, uint32_t opts,
                     pcre2_match_data *md) {
    if (s->is_str) {
        opts |= PCRE2_NO_UTF_CHECK;
    }
    int rc = pcre2_match(re->code, (PCRE2_SPTR)s->data, end, start, opts, md, re_mcx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        rc = pcre2_match(re->code, (PCRE2_SPTR)s->data, end, start, opts | PCRE2_NO_JIT, md, re_mcx);
    }
    if (rc >= 0) {
        return 1;
    }
    if (rc == PCRE2_ERROR_NOMATCH) {
        return 0;
    }
    if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT) {
        pt_err_no_memory();
        return -1;
    }
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) {
        pt_err_set_string(pt_exc_RecursionError, "maximum recursion limit exceeded");
    } else {
        pt_err_format(pt_exc_RuntimeError, "internal error in regular expression engine: %s", (char *)buf);
    }
    return -1;
}

// The last matched group in pattern order of ')', or -1.
static pt_ssize find_lastindex(Pattern *re, const pt_ssize *spans) {
    for (pt_ssize i = pt_tuple_len(re->lastorder) - 1; i >= 0; i--) {
        pt_ssize g = pt_smallint_value(pt_tuple_get(re->lastorder, i));
        if (spans[2 * g] >= 0) {
            return g;
        }
    }
    return -1;
}

// New Match from the ovector in `md`. New reference or NULL.
static PtObject *match_new(Pattern *re, const Subject *s, pcre2_match_data *md, pt_ssize pos, pt_ssize endpos) {
    int ng = re->groups + 1;
    size_t size = sizeof(Match) + 2 * (size_t)ng * sizeof(pt_ssize);
    Match *m = (Match *)pt_object_alloc(&match_type, size);
    if (m == NULL) {
        return NULL;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t novec = pcre2_get_ovector_count(md);
    for (int g = 0; g < ng; g++) {
        if ((uint32_t)g < novec && ov[2 * g] != PCRE2_UNSET) {
            m->spans[2 * g] = subject_b2c(s, ov[2 * g]);
            m->spans[2 * g + 1] = subject_b2c(s, ov[2 * g + 1]);
        } else {
            m->spans[2 * g] = m->spans[2 * g + 1] = -1;
        }
    }
    m->ngroups = ng;
    m->string = pt_newref(s->obj);
    m->re = (Pattern *)pt_newref(&re->ob);
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = find_lastindex(re, m->spans);
    return &m->ob;
}

// ---- Substrings ----

// New reference: subject[start:end] in code points, of the subject's kind.
static PtObject *slice_subject(PtObject *string, pt_ssize start, pt_ssize end) {
    if (pt_is_str(string)) {
        return pt_str_substr(string, start, end);
    }
    if (pt_is_bytes_exact(string)) {
        return pt_bytes_new(pt_bytes_data(string) + start, (size_t)(end - start));
    }
    PtObject *sl = pt_slice_new(pt_int_from_ssize(start), pt_int_from_ssize(end), NULL);
    if (sl == NULL) {
        return NULL;
    }
    PtObject *r = pt_object_getitem(string, sl);
    pt_decref(sl);
    return r;
}

// Same as slice_subject but from a prepared Subject (byte offsets known).
static PtObject *subject_slice(const Subject *s, pt_ssize cstart, pt_ssize cend) {
    if (s->is_str) {
        if (s->b2c == NULL) {
            return pt_str_from_latin1(s->data + cstart, (size_t)(cend - cstart));
        }
        return pt_str_substr(s->obj, cstart, cend);
    }
    if (pt_is_bytes_exact(s->obj) || pt_is_bytes(s->obj)) {
        return pt_bytes_new(s->data + cstart, (size_t)(cend - cstart));
    }
    return slice_subject(s->obj, cstart, cend);
}

// ---- Argument helpers ----

// Parse (string, pos=0, endpos=maxsize). 0 or -1.
static int parse_string_pos(const char *fname, PtObject *const *args, size_t nargs, PtObject *kwnames,
                            PtObject **string, pt_ssize *pos, pt_ssize *endpos) {
    static const char *const kwlist[] = {"string", "pos", "endpos", NULL};
    char fmt[48];
    snprintf(fmt, sizeof fmt, "O|nn:%s", fname);
    *pos = 0;
    *endpos = PT_SSIZE_MAX;
    return pt_parse_args(args, nargs, kwnames, fmt, kwlist, string, pos, endpos);
}

// ---- Single matches ----

// search/match/fullmatch: `opts` adds anchoring. New Match, None, or NULL.
static PtObject *pattern_do_match(Pattern *re, PtObject *string, pt_ssize pos, pt_ssize endpos, uint32_t opts) {
    Subject s;
    if (subject_init(&s, re, string) < 0) {
        return NULL;
    }
    clamp_range(s.clen, &pos, &endpos);
    PtObject *result = NULL;
    if (endpos < pos) {
        result = pt_newref(pt_None);
        goto done;
    }
    pcre2_match_data *md = md_take(re);
    if (md == NULL) {
        goto done;
    }
    int rc = run_match(re, &s, subject_c2b(&s, pos), subject_c2b(&s, endpos), opts, md);
    if (rc > 0) {
        result = match_new(re, &s, md, pos, endpos);
    } else if (rc == 0) {
        result = pt_newref(pt_None);
    }
    md_give(re, md);
done:
    subject_release(&s);
    return result;
}

static PtObject *pattern_match(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("match", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return pattern_do_match((Pattern *)self, string, pos, endpos, PCRE2_ANCHORED);
}

static PtObject *pattern_fullmatch(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("fullmatch", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return pattern_do_match((Pattern *)self, string, pos, endpos, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}

static PtObject *pattern_search(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("search", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return pattern_do_match((Pattern *)self, string, pos, endpos, 0);
}

// ---- Iteration over all matches ----

// State of a left-to-right walk over the matches in [pos, endpos).
typedef struct Walk {
    Pattern *re;
    Subject s;
    pcre2_match_data *md;
    size_t bpos, bend;  // next search start, end of the range (bytes)
    int must_advance;
} Walk;

static int walk_init(Walk *w, Pattern *re, PtObject *string, pt_ssize pos, pt_ssize endpos) {
    w->re = re;
    w->md = NULL;
    w->must_advance = 0;
    if (subject_init(&w->s, re, string) < 0) {
        return -1;
    }
    clamp_range(w->s.clen, &pos, &endpos);
    w->bpos = subject_c2b(&w->s, pos);
    w->bend = subject_c2b(&w->s, endpos);
    if (endpos < pos) {
        w->bpos = w->bend + 1;  // nothing to find
    }
    w->md = md_take(re);
    if (w->md == NULL) {
        subject_release(&w->s);
        return -1;
    }
    return 0;
}

static void walk_done(Walk *w) {
    if (w->md != NULL) {
        md_give(w->re, w->md);
        w->md = NULL;
    }
    subject_release(&w->s);
}

// Find the next match: 1 (ovector in w->md), 0 no more, -1 error.
static int walk_next(Walk *w) {
    if (w->bpos > w->bend) {
        return 0;
    }
    int rc = run_match(w->re, &w->s, w->bpos, w->bend, w->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0, w->md);
    if (rc <= 0) {
        w->bpos = w->bend + 1;
        return rc;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
    w->must_advance = ov[1] == ov[0];
    w->bpos = ov[1];
    return 1;
}

// Byte span of group g of the current match, or -1s.
static void walk_span(Walk *w, int g, pt_ssize *bs, pt_ssize *be) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
    if ((uint32_t)g < pcre2_get_ovector_count(w->md) && ov[2 * g] != PCRE2_UNSET) {
        *bs = (pt_ssize)ov[2 * g];
        *be = (pt_ssize)ov[2 * g + 1];
    } else {
        *bs = *be = -1;
    }
}

// Group g of the current match as a new object; `dflt` (borrowed) when unmatched.
static PtObject *walk_group(Walk *w, int g, PtObject *dflt) {
    pt_ssize bs, be;
    walk_span(w, g, &bs, &be);
    if (bs < 0) {
        return pt_newref(dflt);
    }
    return subject_slice(&w->s, subject_b2c(&w->s, (size_t)bs), subject_b2c(&w->s, (size_t)be));
}

static PtObject *empty_like(const Subject *s) {
    return s->is_str ? pt_str_from_latin1("", 0) : pt_bytes_new("", 0);
}

// findall's item for the current match (see Pattern.findall).
static PtObject *findall_item(Walk *w, PtObject *empty) {
    int groups = w->re->groups;
    if (groups <= 1) {
        return walk_group(w, groups, empty);
    }
    PtObject *t = pt_tuple_new(groups);
    if (t == NULL) {
        return NULL;
    }
    for (int g = 1; g <= groups; g++) {
        PtObject *v = walk_group(w, g, empty);
        if (v == NULL) {
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, g - 1, v);
    }
    return t;
}

static PtObject *pattern_findall(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("findall", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    Walk w;
    if (walk_init(&w, (Pattern *)self, string, pos, endpos) < 0) {
        return NULL;
    }
    PtObject *list = pt_list_new(0), *empty = empty_like(&w.s);
    if (list == NULL || empty == NULL) {
        goto error;
    }
    int rc;
    while ((rc = walk_next(&w)) > 0) {
        PtObject *item = findall_item(&w, empty);
        if (item == NULL || pt_list_append_steal(list, item) < 0) {
            goto error;
        }
    }
    if (rc < 0) {
        goto error;
    }
    walk_done(&w);
    pt_decref(empty);
    return list;
error:
    walk_done(&w);
    pt_xdecref(list);
    pt_xdecref(empty);
    return NULL;
}

static PtObject *pattern_split(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"string", "maxsplit", NULL};
    PtObject *string;
    pt_ssize maxsplit = 0;
    if (pt_parse_args(args, nargs, kwnames, "O|n:split", kwlist, &string, &maxsplit) < 0) {
        return NULL;
    }
    Walk w;
    Pattern *re = (Pattern *)self;
    if (walk_init(&w, re, string, 0, PT_SSIZE_MAX) < 0) {
        return NULL;
    }
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        goto error;
    }
    pt_ssize last = 0, n = 0;  // last: byte offset where the next piece starts
    int rc = 0;
    while ((maxsplit <= 0 || n < maxsplit) && (rc = walk_next(&w)) > 0) {
        pt_ssize bs, be;
        walk_span(&w, 0, &bs, &be);
        PtObject *piece = subject_slice(&w.s, subject_b2c(&w.s, (size_t)last), subject_b2c(&w.s, (size_t)bs));
        if (piece == NULL || pt_list_append_steal(list, piece) < 0) {
            goto error;
        }
        for (int g = 1; g <= re->groups; g++) {
            PtObject *v = walk_group(&w, g, pt_None);
            if (v == NULL || pt_list_append_steal(list, v) < 0) {
                goto error;
            }
        }
        last = be;
        n++;
    }
    if (rc < 0) {
        goto error;
    }
    PtObject *tail = subject_slice(&w.s, subject_b2c(&w.s, (size_t)last), w.s.clen);
    if (tail == NULL || pt_list_append_steal(list, tail) < 0) {
        goto error;
    }
    walk_done(&w);
    return list;
error:
    walk_done(&w);
    pt_xdecref(list);
    return NULL;
}

// ---- sub and subn ----

// Output of a substitution: a str builder or a byte buffer.
typedef struct Out {
    PtStrBuilder sb;
    char *buf;
    size_t len, cap;
    pt_ssize nitems;  // pieces so far, counted as CPython's join list counts them (messages)
    int is_str;
} Out;

static int out_bytes(Out *o, const char *p, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (o->len + n > o->cap) {
        size_t cap = o->cap < 64 ? 64 : o->cap;
        while (cap < o->len + n) {
            cap *= 2;
        }
        char *nb = pt_mem_realloc(o->buf, o->cap, cap);
        if (nb == NULL) {
            pt_err_no_memory();
            return -1;
        }
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, p, n);
    o->len += n;
    return 0;
}

// Append subject bytes [bs, be) (code point span [cs, ce)).
static int out_subject(Out *o, const Subject *s, pt_ssize bs, pt_ssize be) {
    if (be <= bs) {
        return 0;
    }
    o->nitems++;
    if (!o->is_str) {
        return out_bytes(o, s->data + bs, (size_t)(be - bs));
    }
    if (s->b2c == NULL) {
        return pt_sb_append_ascii(&o->sb, s->data + bs, (size_t)(be - bs));
    }
    PtObject *t = pt_str_substr(s->obj, (pt_ssize)s->b2c[bs], (pt_ssize)s->b2c[be]);
    if (t == NULL) {
        return -1;
    }
    int r = pt_sb_append_str(&o->sb, t);
    pt_decref(t);
    return r;
}

// Append a str/bytes-like object `v` produced by a template or callable.
static int out_object(Out *o, PtObject *v) {
    if (o->is_str) {
        if (!pt_is_str(v)) {
            pt_err_format(pt_exc_TypeError, "sequence item %zd: expected str instance, %s found", o->nitems,
                          pt_type_name_of(v));
            return -1;
        }
        o->nitems++;
        return pt_sb_append_str(&o->sb, v);
    }
    PtBuffer b;
    if (pt_is_str(v) || pt_buffer_get(v, &b, 0) < 0) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", o->nitems,
                      pt_type_name_of(v));
        return -1;
    }
    o->nitems++;
    int r = out_bytes(o, b.buf, (size_t)b.len);
    pt_buffer_release(&b);
    return r;
}

static PtObject *out_finish(Out *o) {
    if (o->is_str) {
        return pt_sb_finish(&o->sb);
    }
    PtObject *r = pt_bytes_new(o->buf, o->len);
    pt_mem_free(o->buf, o->cap);
    o->buf = NULL;
    return r;
}

static void out_discard(Out *o) {
    if (o->is_str) {
        pt_sb_discard(&o->sb);
    } else {
        pt_mem_free(o->buf, o->cap);
    }
}

// Expand a compiled template (list of literals and group numbers) for the current match.
static int out_template(Out *o, Walk *w, PtObject *tmpl) {
    pt_ssize n = pt_list_len(tmpl);
    for (pt_ssize i = 0; i < n; i++) {
        PtObject *item = pt_list_get(tmpl, i);
        if (pt_is_smallint(item)) {
            pt_ssize bs, be;
            walk_span(w, (int)pt_smallint_value(item), &bs, &be);
            if (bs >= 0 && out_subject(o, &w->s, bs, be) < 0) {
                return -1;
            }
        } else if (out_object(o, item) < 0) {
            return -1;
        }
    }
    return 0;
}

// Call re._compile_template(pattern, repl): a list of literals and group numbers.
static PtObject *compile_template(Pattern *re, PtObject *repl) {
    PtObject *mod = pt_import("re");
    if (mod == NULL) {
        return NULL;
    }
    PtObject *args[2] = {&re->ob, repl};
    PtObject *r = pt_object_call_method_str(mod, "_compile_template", args, 2);
    pt_decref(mod);
    if (r != NULL && !pt_is_list_exact(r)) {
        pt_decref(r);
        return pt_err_set_string(pt_exc_TypeError, "_compile_template must return a list");
    }
    return r;
}

// Does the replacement need template processing (contains a backslash)?
static int repl_is_literal(PtObject *repl, int is_str) {
    if (is_str) {
        pt_ssize n = pt_str_len(repl);
        for (pt_ssize i = 0; i < n; i++) {
            if (pt_str_char(repl, i) == '\\') {
                return 0;
            }
        }
        return 1;
    }
    return memchr(pt_bytes_data(repl), '\\', (size_t)pt_bytes_len(repl)) == NULL;
}

// One replacement for the current match: literal, template or callable.
static int sub_one(Out *o, Walk *w, PtObject *repl, PtObject *tmpl, int is_callable) {
    if (!is_callable) {
        return tmpl != NULL ? out_template(o, w, tmpl) : out_object(o, repl);
    }
    Pattern *re = w->re;
    PtObject *m = match_new(re, &w->s, w->md, 0, w->s.clen);
    if (m == NULL) {
        return -1;
    }
    pcre2_match_data *md = w->md;  // lend the block out while Python code runs
    w->md = NULL;
    PtObject *r = pt_object_call1(repl, m);
    w->md = md;
    pt_decref(m);
    if (r == NULL) {
        return -1;
    }
    int rc = r == pt_None ? 0 : out_object(o, r);
    pt_decref(r);
    return rc;
}

static PtObject *pattern_subx(Pattern *re, PtObject *repl, PtObject *string, pt_ssize count, int want_n) {
    int is_callable = 0;
    PtObject *tmpl = NULL;
    if (pt_is_str(repl) || pt_is_bytes(repl)) {
        if (pt_is_str(repl) != !re->is_bytes) {
            return pt_err_format(pt_exc_TypeError, "expected %s instance, %s found", re->is_bytes ? "a bytes-like object" : "str",
                                 pt_type_name_of(repl));
        }
        if (!repl_is_literal(repl, !re->is_bytes) && (tmpl = compile_template(re, repl)) == NULL) {
            return NULL;
        }
    } else if (pt_callable_check(repl)) {
        is_callable = 1;
    } else if (re->is_bytes) {
        PtBuffer b;
        if (pt_buffer_get(repl, &b, 0) < 0) {
            return NULL;
        }
        pt_buffer_release(&b);
        if ((tmpl = compile_template(re, repl)) == NULL) {
            return NULL;
        }
    } else {
        return pt_err_format(pt_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             pt_type_name_of(repl));
    }
    Walk w;
    if (walk_init(&w, re, string, 0, PT_SSIZE_MAX) < 0) {
        pt_xdecref(tmpl);
        return NULL;
    }
    Out o = {.is_str = w.s.is_str};
    if (o.is_str) {
        pt_sb_init(&o.sb);
    }
    pt_ssize last = 0, n = 0;
    int rc = 0;
    while ((count <= 0 || n < count) && (rc = walk_next(&w)) > 0) {
        pt_ssize bs, be;
        walk_span(&w, 0, &bs, &be);
        if (out_subject(&o, &w.s, last, bs) < 0 || sub_one(&o, &w, repl, tmpl, is_callable) < 0) {
            goto error;
        }
        last = be;
        n++;
    }
    if (rc < 0 || out_subject(&o, &w.s, last, (pt_ssize)w.s.blen) < 0) {
        goto error;
    }
    PtObject *res = out_finish(&o);
    walk_done(&w);
    pt_xdecref(tmpl);
    if (res == NULL || !want_n) {
        return res;
    }
    PtObject *t = pt_tuple_new(2);
    if (t == NULL) {
        pt_decref(res);
        return NULL;
    }
    pt_tuple_set_steal(t, 0, res);
    pt_tuple_set_steal(t, 1, pt_int_from_ssize(n));
    return t;
error:
    out_discard(&o);
    walk_done(&w);
    pt_xdecref(tmpl);
    return NULL;
}

static PtObject *sub_common(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames, int want_n) {
    static const char *const kwlist[] = {"repl", "string", "count", NULL};
    PtObject *repl, *string;
    pt_ssize count = 0;
    if (pt_parse_args(args, nargs, kwnames, want_n ? "OO|n:subn" : "OO|n:sub", kwlist, &repl, &string, &count) < 0) {
        return NULL;
    }
    return pattern_subx((Pattern *)self, repl, string, count, want_n);
}

static PtObject *pattern_sub(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return sub_common(self, args, nargs, kwnames, 0);
}

static PtObject *pattern_subn(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return sub_common(self, args, nargs, kwnames, 1);
}

// ---- Scanner (finditer and Pattern.scanner) ----

static PtObject *scanner_new(Pattern *re, PtObject *string, pt_ssize pos, pt_ssize endpos) {
    Subject s;
    if (subject_init(&s, re, string) < 0) {
        return NULL;
    }
    clamp_range(s.clen, &pos, &endpos);
    subject_release(&s);
    Scanner *sc = (Scanner *)pt_object_alloc(&scanner_type, sizeof(Scanner));
    if (sc == NULL) {
        return NULL;
    }
    sc->re = (Pattern *)pt_newref(&re->ob);
    sc->string = pt_newref(string);
    sc->pos = pos;
    sc->endpos = endpos;
    sc->done = endpos < pos;
    return &sc->ob;
}

static void scanner_dealloc(PtObject *o) {
    Scanner *sc = (Scanner *)o;
    pt_decref(&sc->re->ob);
    pt_decref(sc->string);
    pt_object_free(o, sizeof(Scanner));
}

// Next match of the scan (`opts` PCRE2_ANCHORED for scanner.match). New Match, None at the end.
static PtObject *scanner_step(Scanner *sc, uint32_t opts) {
    if (sc->done) {
        return pt_newref(pt_None);
    }
    Walk w;
    if (walk_init(&w, sc->re, sc->string, sc->pos, sc->endpos) < 0) {
        return NULL;
    }
    w.must_advance = sc->must_advance;
    int rc = run_match(sc->re, &w.s, w.bpos, w.bend, opts | (w.must_advance ? PCRE2_NOTEMPTY_ATSTART : 0), w.md);
    PtObject *r = NULL;
    if (rc > 0) {
        r = match_new(sc->re, &w.s, w.md, sc->pos, sc->endpos);
        if (r != NULL) {
            Match *m = (Match *)r;
            sc->must_advance = m->spans[1] == m->spans[0];
            sc->pos = m->spans[1];
        }
    } else if (rc == 0) {
        sc->done = 1;
        r = pt_newref(pt_None);
    }
    walk_done(&w);
    return r;
}

static PtObject *scanner_iternext(PtObject *self) {
    PtObject *r = scanner_step((Scanner *)self, 0);
    if (r == pt_None) {
        pt_decref(r);
        return NULL;
    }
    return r;
}

static PtObject *scanner_iter(PtObject *self) { return pt_newref(self); }
static PtObject *scanner_match(PtObject *self, PtObject *unused) { return scanner_step((Scanner *)self, PCRE2_ANCHORED); }
static PtObject *scanner_search(PtObject *self, PtObject *unused) { return scanner_step((Scanner *)self, 0); }

static PtObject *pattern_finditer(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("finditer", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return scanner_new((Pattern *)self, string, pos, endpos);
}

static PtObject *pattern_scanner(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    PtObject *string;
    pt_ssize pos, endpos;
    if (parse_string_pos("scanner", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return scanner_new((Pattern *)self, string, pos, endpos);
}

// ---- Pattern: the rest ----

static const struct {
    int flag;
    const char *name;
} flag_names[] = {
    {RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
    {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"}, {RE_UNICODE, "re.UNICODE"},
    {RE_VERBOSE, "re.VERBOSE"}, {RE_DEBUG, "re.DEBUG"}, {RE_ASCII, "re.ASCII"},
};

static PtObject *pattern_repr(PtObject *self) {
    Pattern *re = (Pattern *)self;
    PtObject *prepr = pt_object_repr(re->pattern);
    if (prepr == NULL) {
        return NULL;
    }
    if (pt_str_len(prepr) > 200) {
        pt_setref(&prepr, pt_str_substr(prepr, 0, 200));
        if (prepr == NULL) {
            return NULL;
        }
    }
    PtStrBuilder sb;
    pt_sb_init(&sb);
    int64_t flags = re->flags;
    if (!re->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) {
        flags &= ~(int64_t)RE_UNICODE;
    }
    int ok = pt_sb_append_ascii(&sb, "re.compile(", 11) == 0 && pt_sb_append_str(&sb, prepr) == 0;
    pt_decref(prepr);
    if (ok && flags != 0) {
        ok = pt_sb_append_ascii(&sb, ", ", 2) == 0;
        int first = 1;
        for (size_t i = 0; ok && i < sizeof flag_names / sizeof flag_names[0]; i++) {
            if (flags & flag_names[i].flag) {
                ok = (first || pt_sb_append_char(&sb, '|') == 0) &&
                     pt_sb_append_ascii(&sb, flag_names[i].name, strlen(flag_names[i].name)) == 0;
                first = 0;
                flags &= ~(int64_t)flag_names[i].flag;
            }
        }
        if (ok && flags != 0) {
            char hex[32];
            int n = snprintf(hex, sizeof hex, "%s0x%llx", first ? "" : "|", (unsigned long long)flags);
            ok = pt_sb_append_ascii(&sb, hex, (size_t)n) == 0;
        }
    }
    if (!ok || pt_sb_append_char(&sb, ')') < 0) {
        pt_sb_discard(&sb);
        return NULL;
    }
    return pt_sb_finish(&sb);
}

static PtObject *pattern_richcompare(PtObject *a, PtObject *b, int op) {
    if ((op != PT_EQ && op != PT_NE) || pt_type(a) != &pattern_type || pt_type(b) != &pattern_type) {
        return pt_newref(pt_NotImplemented);
    }
    Pattern *x = (Pattern *)a, *y = (Pattern *)b;
    int eq = 1;
    if (a != b) {
        eq = x->flags == y->flags && x->is_bytes == y->is_bytes;
        if (eq) {
            eq = pt_object_richcompare_bool(x->pattern, y->pattern, PT_EQ);
            if (eq < 0) {
                return NULL;
            }
        }
    }
    return pt_newref(pt_bool(op == PT_EQ ? eq : !eq));
}

static pt_hash pattern_hash(PtObject *self) {
    Pattern *re = (Pattern *)self;
    pt_hash h = pt_object_hash(re->pattern);
    if (h == -1) {
        return -1;
    }
    h ^= (pt_hash)(re->flags * 1000003);
    return h == -1 ? -2 : h;
}

static PtObject *pattern_copy(PtObject *self, PtObject *unused) { return pt_newref(self); }

static PtObject *pattern_get_groupindex(PtObject *self, void *closure) {
    return pt_object_call1((PtObject *)&pt_mappingproxy_type, ((Pattern *)self)->groupindex);
}

static PtObject *pattern_get_flags(PtObject *self, void *closure) { return pt_int_from_i64(((Pattern *)self)->flags); }
static PtObject *pattern_get_groups(PtObject *self, void *closure) { return pt_int_from_i64(((Pattern *)self)->groups); }

static PtObject *class_getitem(PtObject *cls, PtObject *arg) {
    PtObject *types = pt_import("types");
    PtObject *ga = types != NULL ? pt_object_getattr_str(types, "GenericAlias") : NULL;
    pt_xdecref(types);
    PtObject *r = ga != NULL ? pt_object_call2(ga, cls, arg) : NULL;
    pt_xdecref(ga);
    return r;
}

static void pattern_dealloc(PtObject *o) {
    Pattern *re = (Pattern *)o;
    if (re->md != NULL) {
        pcre2_match_data_free(re->md);
    }
    if (re->code != NULL) {
        pcre2_code_free(re->code);
    }
    pt_xdecref(re->pattern);
    pt_xdecref(re->groupindex);
    pt_xdecref(re->indexgroup);
    pt_xdecref(re->lastorder);
    pt_object_free(o, sizeof(Pattern));
}

// ---- Match ----

// Group number for `index` (int or group name); IndexError "no such group". -1 on error.
static int match_index(Match *m, PtObject *index) {
    if (pt_is_int(index)) {
        int ovf = 0;
        int64_t i = pt_int_as_i64_overflow(index, &ovf);
        if (!ovf && i >= 0 && i < m->ngroups) {
            return (int)i;
        }
    } else if (pt_is_str(index)) {
        PtObject *v = NULL;
        int rc = pt_dict_get_ref(m->re->groupindex, index, &v);
        if (rc < 0) {
            return -1;
        }
        if (rc > 0 && pt_is_smallint(v)) {
            return (int)pt_smallint_value(v);
        }
        pt_xdecref(v);
    } else if (pt_slice_index_ok(index) && !pt_is_float(index)) {
        pt_ssize i = pt_number_as_ssize(index, NULL);
        if (i == -1 && pt_err_occurred()) {
            pt_err_clear();
        } else if (i >= 0 && i < m->ngroups) {
            return (int)i;
        }
    }
    pt_err_set_string(pt_exc_IndexError, "no such group");
    return -1;
}

static PtObject *match_group_by_num(Match *m, int g, PtObject *dflt) {
    if (m->spans[2 * g] < 0) {
        return pt_newref(dflt);
    }
    return slice_subject(m->string, m->spans[2 * g], m->spans[2 * g + 1]);
}

static PtObject *match_group(PtObject *self, PtObject *const *args, size_t nargs) {
    Match *m = (Match *)self;
    if (nargs == 0) {
        return match_group_by_num(m, 0, pt_None);
    }
    if (nargs == 1) {
        int g = match_index(m, args[0]);
        return g < 0 ? NULL : match_group_by_num(m, g, pt_None);
    }
    PtObject *t = pt_tuple_new((pt_ssize)nargs);
    if (t == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        int g = match_index(m, args[i]);
        PtObject *v = g < 0 ? NULL : match_group_by_num(m, g, pt_None);
        if (v == NULL) {
            for (size_t j = i; j < nargs; j++) {
                pt_tuple_set_steal(t, (pt_ssize)j, pt_newref(pt_None));
            }
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, (pt_ssize)i, v);
    }
    return t;
}

static PtObject *match_getitem(PtObject *self, PtObject *key) {
    Match *m = (Match *)self;
    int g = match_index(m, key);
    return g < 0 ? NULL : match_group_by_num(m, g, pt_None);
}

static PtObject *match_groups(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"default", NULL};
    PtObject *dflt = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|O:groups", kwlist, &dflt) < 0) {
        return NULL;
    }
    Match *m = (Match *)self;
    PtObject *t = pt_tuple_new(m->ngroups - 1);
    if (t == NULL) {
        return NULL;
    }
    for (int g = 1; g < m->ngroups; g++) {
        PtObject *v = match_group_by_num(m, g, dflt);
        if (v == NULL) {
            for (int j = g; j < m->ngroups; j++) {
                pt_tuple_set_steal(t, j - 1, pt_newref(pt_None));
            }
            pt_decref(t);
            return NULL;
        }
        pt_tuple_set_steal(t, g - 1, v);
    }
    return t;
}

static PtObject *match_groupdict(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"default", NULL};
    PtObject *dflt = pt_None;
    if (pt_parse_args(args, nargs, kwnames, "|O:groupdict", kwlist, &dflt) < 0) {
        return NULL;
    }
    Match *m = (Match *)self;
    PtObject *d = pt_dict_new();
    if (d == NULL) {
        return NULL;
    }
    pt_ssize pos = 0;
    PtObject *k, *v;
    while (pt_dict_next(m->re->groupindex, &pos, &k, &v)) {
        PtObject *val = match_group_by_num(m, (int)pt_smallint_value(v), dflt);
        if (val == NULL || pt_dict_set(d, k, val) < 0) {
            pt_xdecref(val);
            pt_decref(d);
            return NULL;
        }
        pt_decref(val);
    }
    return d;
}

// start/end/span: which 0 start, 1 end, 2 span.
static PtObject *match_pos_common(PtObject *self, PtObject *const *args, size_t nargs, int which) {
    static const char *const names[] = {"start", "end", "span"};
    if (pt_check_nargs(names[which], nargs, 0, 1) < 0) {
        return NULL;
    }
    Match *m = (Match *)self;
    int g = nargs == 0 ? 0 : match_index(m, args[0]);
    if (g < 0) {
        return NULL;
    }
    pt_ssize s = m->spans[2 * g], e = m->spans[2 * g + 1];
    if (which == 0) {
        return pt_int_from_ssize(s);
    }
    if (which == 1) {
        return pt_int_from_ssize(e);
    }
    PtObject *a = pt_int_from_ssize(s), *b = pt_int_from_ssize(e);
    PtObject *t = pt_tuple_pack(2, a, b);
    pt_decref(a);
    pt_decref(b);
    return t;
}

static PtObject *match_start(PtObject *self, PtObject *const *args, size_t nargs) {
    return match_pos_common(self, args, nargs, 0);
}
static PtObject *match_end(PtObject *self, PtObject *const *args, size_t nargs) {
    return match_pos_common(self, args, nargs, 1);
}
static PtObject *match_span(PtObject *self, PtObject *const *args, size_t nargs) {
    return match_pos_common(self, args, nargs, 2);
}

static PtObject *match_expand(PtObject *self, PtObject *tmpl) {
    PtObject *mod = pt_import("re");
    if (mod == NULL) {
        return NULL;
    }
    PtObject *args[3] = {&((Match *)self)->re->ob, self, tmpl};
    PtObject *r = pt_object_call_method_str(mod, "_expand", args, 3);
    pt_decref(mod);
    return r;
}

static PtObject *match_repr(PtObject *self) {
    Match *m = (Match *)self;
    PtObject *g0 = match_group_by_num(m, 0, pt_None);
    if (g0 == NULL) {
        return NULL;
    }
    PtObject *r = pt_str_format("<re.Match object; span=(%zd, %zd), match=%R>", m->spans[0], m->spans[1], g0);
    pt_decref(g0);
    return r;
}

static PtObject *match_get_lastindex(PtObject *self, void *c) {
    Match *m = (Match *)self;
    return m->lastindex < 0 ? pt_newref(pt_None) : pt_int_from_ssize(m->lastindex);
}

static PtObject *match_get_lastgroup(PtObject *self, void *c) {
    Match *m = (Match *)self;
    if (m->lastindex < 0) {
        return pt_newref(pt_None);
    }
    return pt_newref(pt_tuple_get(m->re->indexgroup, m->lastindex));
}

static PtObject *match_get_regs(PtObject *self, void *c) {
    Match *m = (Match *)self;
    PtObject *t = pt_tuple_new(m->ngroups);
    for (int g = 0; t != NULL && g < m->ngroups; g++) {
        PtObject *a = pt_int_from_ssize(m->spans[2 * g]), *b = pt_int_from_ssize(m->spans[2 * g + 1]);
        pt_tuple_set_steal(t, g, pt_tuple_pack(2, a, b));
        pt_decref(a);
        pt_decref(b);
    }
    return t;
}

static PtObject *match_get_re(PtObject *self, void *c) { return pt_newref(&((Match *)self)->re->ob); }
static PtObject *match_get_string(PtObject *self, void *c) { return pt_newref(((Match *)self)->string); }
static PtObject *match_get_pos(PtObject *self, void *c) { return pt_int_from_ssize(((Match *)self)->pos); }
static PtObject *match_get_endpos(PtObject *self, void *c) { return pt_int_from_ssize(((Match *)self)->endpos); }
static PtObject *match_copy(PtObject *self, PtObject *unused) { return pt_newref(self); }

static void match_dealloc(PtObject *o) {
    Match *m = (Match *)o;
    pt_decref(m->string);
    pt_decref(&m->re->ob);
    pt_object_free(o, sizeof(Match) + 2 * (size_t)m->ngroups * sizeof(pt_ssize));
}

// ---- compile ----

// _re.compile(pattern, flags, code, groups, groupindex, indexgroup, lastorder):
// a Pattern, or a tuple (message, offset) when PCRE2 rejects `code`.
static PtObject *re_compile(PtObject *self, PtObject *const *args, size_t nargs) {
    if (pt_check_nargs("compile", nargs, 8, 8) < 0 || re_contexts() < 0) {
        return NULL;
    }
    PtObject *pattern = args[0];
    int64_t flags = pt_int_as_i64(args[1]);
    int64_t opts = pt_int_as_i64(args[3]);
    int64_t groups = pt_int_as_i64(args[4]);
    if (pt_err_occurred()) {
        return NULL;
    }
    if (!pt_is_bytes(args[2]) || !pt_is_dict(args[5]) || !pt_is_tuple(args[6]) || !pt_is_tuple(args[7]) ||
        pt_tuple_len(args[6]) != groups + 1) {
        return pt_err_set_string(pt_exc_TypeError, "_re.compile: bad arguments");
    }
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pt_bytes_data(args[2]), (PCRE2_SIZE)pt_bytes_len(args[2]),
                                     (uint32_t)opts, &errcode, &erroff, re_ccx);
    if (code == NULL) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(errcode, buf, sizeof buf);
        PtObject *msg = pt_str_from_cstr((char *)buf);
        PtObject *off = pt_int_from_ssize((pt_ssize)erroff);
        PtObject *t = msg != NULL && off != NULL ? pt_tuple_pack(2, msg, off) : NULL;
        pt_xdecref(msg);
        pt_xdecref(off);
        return t;
    }
    uint32_t capcount = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &capcount);
    if ((int64_t)capcount != groups) {
        pcre2_code_free(code);
        return pt_err_format(pt_exc_RuntimeError, "_re.compile: group count mismatch (%d, %d)", (int)capcount, (int)groups);
    }
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // falls back to the interpreter when it fails
    Pattern *re = (Pattern *)pt_object_alloc(&pattern_type, sizeof(Pattern));
    if (re == NULL) {
        pcre2_code_free(code);
        return NULL;
    }
    re->code = code;
    re->pattern = pt_newref(pattern);
    re->flags = flags;
    re->groups = (int)groups;
    re->is_bytes = !pt_is_str(pattern);
    re->groupindex = pt_newref(args[5]);
    re->indexgroup = pt_newref(args[6]);
    re->lastorder = pt_newref(args[7]);
    return &re->ob;
}

// ---- Tables and types ----

static const PtMethodDef pattern_methods[] = {
    {"match", PT_FN(pattern_match), PT_METH_FASTKW, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", PT_FN(pattern_fullmatch), PT_METH_FASTKW, "Matches against all of the string."},
    {"search", PT_FN(pattern_search), PT_METH_FASTKW, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
    {"findall", PT_FN(pattern_findall), PT_METH_FASTKW, "Return a list of all non-overlapping matches of pattern in string."},
    {"finditer", PT_FN(pattern_finditer), PT_METH_FASTKW, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
    {"split", PT_FN(pattern_split), PT_METH_FASTKW, "Split string by the occurrences of pattern."},
    {"sub", PT_FN(pattern_sub), PT_METH_FASTKW, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", PT_FN(pattern_subn), PT_METH_FASTKW, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"scanner", PT_FN(pattern_scanner), PT_METH_FASTKW, NULL},
    {"__copy__", PT_FN(pattern_copy), PT_METH_NOARGS, NULL},
    {"__deepcopy__", PT_FN(pattern_copy), PT_METH_O, NULL},
    {"__class_getitem__", PT_FN(class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtMemberDef pattern_members[] = {
    {"pattern", PT_MEMBER_OBJECT, offsetof(Pattern, pattern), PT_MEMBER_READONLY, "The pattern string from which the RE object was compiled."},
    {NULL, 0, 0, 0, NULL},
};

static const PtGetSetDef pattern_getset[] = {
    {"groupindex", pattern_get_groupindex, NULL, "A dictionary mapping group names to group numbers.", NULL},
    {"flags", pattern_get_flags, NULL, "The regex matching flags.", NULL},
    {"groups", pattern_get_groups, NULL, "The number of capturing groups in the pattern.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtType pattern_type = {
    .name = "re.Pattern",
    .basicsize = sizeof(Pattern),
    .flags = PT_TF_WEAKREFABLE,
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .members = pattern_members,
    .getset = pattern_getset,
    .doc = "Compiled regular expression object.",
};

static const PtMethodDef match_methods[] = {
    {"group", PT_FN(match_group), PT_METH_FAST, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
    {"start", PT_FN(match_start), PT_METH_FAST, "Return index of the start of the substring matched by group."},
    {"end", PT_FN(match_end), PT_METH_FAST, "Return index of the end of the substring matched by group."},
    {"span", PT_FN(match_span), PT_METH_FAST, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", PT_FN(match_groups), PT_METH_FASTKW, "Return a tuple containing all the subgroups of the match, from 1."},
    {"groupdict", PT_FN(match_groupdict), PT_METH_FASTKW, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
    {"expand", PT_FN(match_expand), PT_METH_O, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
    {"__copy__", PT_FN(match_copy), PT_METH_NOARGS, NULL},
    {"__deepcopy__", PT_FN(match_copy), PT_METH_O, NULL},
    {"__class_getitem__", PT_FN(class_getitem), PT_METH_O | PT_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const PtGetSetDef match_getset[] = {
    {"lastindex", match_get_lastindex, NULL, "The integer index of the last matched capturing group.", NULL},
    {"lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group.", NULL},
    {"regs", match_get_regs, NULL, NULL, NULL},
    {"re", match_get_re, NULL, "The regular expression object.", NULL},
    {"string", match_get_string, NULL, "The string passed to match() or search().", NULL},
    {"pos", match_get_pos, NULL, "The index into the string at which the RE engine started looking for a match.", NULL},
    {"endpos", match_get_endpos, NULL, "The index into the string beyond which the RE engine will not go.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PtMappingMethods match_as_mapping = {
    .subscript = match_getitem,
};

static PtType match_type = {
    .name = "re.Match",
    .basicsize = sizeof(Match),
    .dealloc = match_dealloc,
    .repr = match_repr,
    .as_mapping = &match_as_mapping,
    .methods = match_methods,
    .getset = match_getset,
    .doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
};

static const PtMethodDef scanner_methods[] = {
    {"match", PT_FN(scanner_match), PT_METH_NOARGS, NULL},
    {"search", PT_FN(scanner_search), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PtType scanner_type = {
    .name = "_re.SRE_Scanner",
    .basicsize = sizeof(Scanner),
    .dealloc = scanner_dealloc,
    .iter = scanner_iter,
    .iternext = scanner_iternext,
    .methods = scanner_methods,
};

static const PtMethodDef re_methods[] = {
    {"compile", PT_FN(re_compile), PT_METH_FAST, "compile(pattern, flags, code, options, groups, groupindex, indexgroup, lastorder)"},
    {NULL, NULL, 0, NULL},
};

// Not in the public headers yet (module.c declares it the same way).
int pt_type_ready(PtType *t);

static int re_exec(PtObject *m) {
    // pt_module_add_type names the attribute by the full dotted name, so the
    // types are readied and added by hand (pt_type_ready is not public yet).
    if (pt_type_ready(&pattern_type) < 0 || pt_type_ready(&match_type) < 0 || pt_type_ready(&scanner_type) < 0 ||
        pt_module_add(m, "Pattern", (PtObject *)&pattern_type) < 0 ||
        pt_module_add(m, "Match", (PtObject *)&match_type) < 0 ||
        pt_module_add(m, "SRE_Scanner", (PtObject *)&scanner_type) < 0) {
        return -1;
    }
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
    struct {
        const char *name;
        int64_t v;
    } consts[] = {
        {"PCRE2_CASELESS", PCRE2_CASELESS}, {"PCRE2_MULTILINE", PCRE2_MULTILINE}, {"PCRE2_DOTALL", PCRE2_DOTALL},
        {"PCRE2_UTF", PCRE2_UTF}, {"PCRE2_UCP", PCRE2_UCP}, {"PCRE2_NO_UTF_CHECK", PCRE2_NO_UTF_CHECK},
        {"PCRE2_ALT_CIRCUMFLEX", PCRE2_ALT_CIRCUMFLEX}, {"PCRE2_DOLLAR_ENDONLY", PCRE2_DOLLAR_ENDONLY},
        {"JIT", jit}, {"MAXGROUPS", 65535}, {"MAXREPEAT", 4294967295LL},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (pt_module_add_int(m, consts[i].name, consts[i].v) < 0) {
            return -1;
        }
    }
    return 0;
}

const PtModuleDef pt_mod_re_def = {
    .name = "_re",
    .doc = "The regular expression engine under re, on PCRE2.",
    .methods = re_methods,
    .exec = re_exec,
};
