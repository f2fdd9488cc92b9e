// src/obj/str_methods.c: the Python-visible methods of str and its method table.
//
// Everything here works through the layout helpers of src/obj/str.h: results
// are built either as a raw string of known length and maximum character, or
// with a PtStrBuilder, which keeps the result canonical (narrowest kind).
// ASCII strings take byte-wise fast paths for case mapping, stripping and
// splitting; other kinds go through the Unicode database in str_unicode.c.
// Messages match CPython 3.11 (old-style "find() takes at least 1 argument"
// and Argument-Clinic-style "center expected at least 1 argument" alike).
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "obj/formatspec.h"   // pt_format_str for __format__
#include "obj/str.h"          // PtStr layout, builder, pt_uni_*, shared helpers
#include "pith/abstract.h"    // pt_number_as_ssize, pt_object_getitem
#include "pith/codecs.h"      // pt_codecs_encode
#include "pith/dict.h"        // maketrans builds a dict
#include "pith/errors.h"      // pt_err_*
#include "pith/int.h"         // pt_bool, pt_int_*
#include "pith/list.h"        // split results
#include "pith/modsupport.h"  // pt_parse_args
#include "pith/slice.h"       // pt_slice_index_ok
#include "pith/tuple.h"       // partition results, startswith tuples

// ---- Argument helpers ----

// `v` must be a str: TypeError "must be str, not T".
static int need_str(PtObject *v) {
    if (pt_is_str(v)) {
        return 0;
    }
    pt_err_format(pt_exc_TypeError, "must be str, not %T", v);
    return -1;
}

// An integer argument through __index__ ("'T' object cannot be interpreted as an integer").
static int arg_ssize(PtObject *v, pt_ssize *out) {
    if (!pt_slice_index_ok(v)) {
        pt_err_format(pt_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    PtObject *i = pt_number_index(v);  // OverflowError below, as CPython's _PyLong_AsSsize_t
    if (i == NULL) {
        return -1;
    }
    pt_ssize n = pt_int_as_ssize(i);
    pt_decref(i);
    if (n == -1 && pt_err_occurred()) {
        return -1;
    }
    *out = n;
    return 0;
}

static PtObject *self_copy(PtObject *self) { return pt_str_exact_copy(self); }

// ---- Case mapping ----

// Lowercase of the capital sigma at `i`: final form when it ends a word (preceded
// by a cased letter, not followed by one, case-ignorable characters skipped).
static uint32_t lower_sigma(int kind, const void *d, pt_ssize n, pt_ssize i) {
    pt_ssize j = i - 1;
    while (j >= 0 && pt_uni_iscaseignorable(pt_str_read(kind, d, j))) {
        j--;
    }
    int final = j >= 0 && pt_uni_iscased(pt_str_read(kind, d, j));
    if (final) {
        pt_ssize k = i + 1;
        while (k < n && pt_uni_iscaseignorable(pt_str_read(kind, d, k))) {
            k++;
        }
        final = k == n || !pt_uni_iscased(pt_str_read(kind, d, k));
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(int kind, const void *d, pt_ssize n, pt_ssize i, uint32_t out[3]) {
    uint32_t c = pt_str_read(kind, d, i);
    if (c == 0x3A3) {
        out[0] = lower_sigma(kind, d, n, i);
        return 1;
    }
    return pt_uni_to_lower(c, out);
}

static int sb_put(PtStrBuilder *sb, const uint32_t *cps, int k) {
    for (int i = 0; i < k; i++) {
        if (pt_sb_append_char(sb, cps[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

// Per-character mapping for one of the CASE_* operations; `*prev_cased` carries title state.
static int case_char(int op, int kind, const void *d, pt_ssize n, pt_ssize i, int *prev_cased,
                     uint32_t out[3]) {
    uint32_t c = pt_str_read(kind, d, i);
    switch (op) {
    case CASE_LOWER:
        return lower_at(kind, d, n, i, out);
    case CASE_UPPER:
        return pt_uni_to_upper(c, out);
    case CASE_FOLD:
        return pt_uni_to_fold(c, out);
    case CASE_SWAP:
        if (pt_uni_isupper(c)) {
            return lower_at(kind, d, n, i, out);
        }
        if (pt_uni_islower(c)) {
            return pt_uni_to_upper(c, out);
        }
        out[0] = c;
        return 1;
    case CASE_CAPITALIZE:
        return i == 0 ? pt_uni_to_title(c, out) : lower_at(kind, d, n, i, out);
    default: {  // CASE_TITLE
        int k = *prev_cased ? lower_at(kind, d, n, i, out) : pt_uni_to_title(c, out);
        *prev_cased = pt_uni_iscased(c);
        return k;
    }
    }
}

// ASCII-only fast path: same length, byte-wise.
static PtObject *case_ascii(PtObject *self, int op) {
    pt_ssize n = pt_str_fast_len(self);
    PtObject *r = pt_str_new_raw(n, 0x7F);
    if (r == NULL) {
        return NULL;
    }
    const uint8_t *s = pt_str_fast_data(self);
    uint8_t *o = pt_str_fast_data(r);
    int prev = 0;
    for (pt_ssize i = 0; i < n; i++) {
        uint8_t c = s[i];
        int lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        int to_upper;
        switch (op) {
        case CASE_UPPER: to_upper = 1; break;
        case CASE_SWAP: to_upper = lower; break;
        case CASE_CAPITALIZE: to_upper = i == 0; break;
        case CASE_TITLE: to_upper = !prev; prev = lower || upper; break;
        default: to_upper = 0; break;
        }
        o[i] = to_upper ? (lower ? c - 32 : c) : (upper ? c + 32 : c);
    }
    return r;
}

static PtObject *case_map(PtObject *self, int op) {
    if (pt_str_fast_ascii(self)) {
        return case_ascii(self, op);
    }
    pt_ssize n = pt_str_fast_len(self);
    int kind = pt_str_fast_kind(self), prev = 0;
    const void *d = pt_str_fast_data(self);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t out[3];
        int k = case_char(op, kind, d, n, i, &prev, out);
        if (sb_put(&sb, out, k) < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

static PtObject *str_lower(PtObject *self, PtObject *unused) { return case_map(self, CASE_LOWER); }
static PtObject *str_upper(PtObject *self, PtObject *unused) { return case_map(self, CASE_UPPER); }
static PtObject *str_casefold(PtObject *self, PtObject *unused) { return case_map(self, CASE_FOLD); }
static PtObject *str_swapcase(PtObject *self, PtObject *unused) { return case_map(self, CASE_SWAP); }
static PtObject *str_capitalize(PtObject *self, PtObject *unused) { return case_map(self, CASE_CAPITALIZE); }
static PtObject *str_title(PtObject *self, PtObject *unused) { return case_map(self, CASE_TITLE); }

// ---- Predicates ----

typedef int (*CharPred)(uint32_t c);

// True if `s` is non-empty and every character satisfies `pred`.
static PtObject *all_chars(PtObject *s, CharPred pred) {
    pt_ssize n = pt_str_fast_len(s);
    int kind = pt_str_fast_kind(s);
    const void *d = pt_str_fast_data(s);
    if (n == 0) {
        return pt_newref(pt_False);
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (!pred(pt_str_read(kind, d, i))) {
            return pt_newref(pt_False);
        }
    }
    return pt_newref(pt_True);
}

static PtObject *str_isspace(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isspace); }
static PtObject *str_isalpha(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isalpha); }
static PtObject *str_isalnum(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isalnum); }
static PtObject *str_isdecimal(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isdecimal); }
static PtObject *str_isdigit(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isdigit); }
static PtObject *str_isnumeric(PtObject *self, PtObject *u) { return all_chars(self, pt_uni_isnumeric); }

static PtObject *str_isprintable(PtObject *self, PtObject *u) {
    if (pt_str_fast_len(self) == 0) {
        return pt_newref(pt_True);
    }
    return all_chars(self, pt_uni_isprintable);
}

static PtObject *str_isascii(PtObject *self, PtObject *u) {
    return pt_newref(pt_bool(pt_str_fast_ascii(self)));
}

// islower / isupper: no character of the opposite case or titlecase, and at least one cased.
static PtObject *case_pred(PtObject *self, CharPred want, CharPred other) {
    pt_ssize n = pt_str_fast_len(self);
    int kind = pt_str_fast_kind(self), cased = 0;
    const void *d = pt_str_fast_data(self);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_read(kind, d, i);
        if (other(c) || pt_uni_istitle(c)) {
            return pt_newref(pt_False);
        }
        cased |= want(c);
    }
    return pt_newref(pt_bool(cased));
}

static PtObject *str_islower(PtObject *self, PtObject *u) { return case_pred(self, pt_uni_islower, pt_uni_isupper); }
static PtObject *str_isupper(PtObject *self, PtObject *u) { return case_pred(self, pt_uni_isupper, pt_uni_islower); }

static PtObject *str_istitle(PtObject *self, PtObject *u) {
    pt_ssize n = pt_str_fast_len(self);
    int kind = pt_str_fast_kind(self), cased = 0, prev = 0;
    const void *d = pt_str_fast_data(self);
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_read(kind, d, i);
        if (pt_uni_isupper(c) || pt_uni_istitle(c)) {
            if (prev) {
                return pt_newref(pt_False);
            }
            prev = cased = 1;
        } else if (pt_uni_islower(c)) {
            if (!prev) {
                return pt_newref(pt_False);
            }
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return pt_newref(pt_bool(cased));
}

int pt_str_isidentifier(PtObject *s) {
    pt_ssize n = pt_str_fast_len(s);
    int kind = pt_str_fast_kind(s);
    const void *d = pt_str_fast_data(s);
    if (n == 0 || !pt_uni_isxid_start(pt_str_read(kind, d, 0))) {
        return 0;
    }
    for (pt_ssize i = 1; i < n; i++) {
        if (!pt_uni_isxid_continue(pt_str_read(kind, d, i))) {
            return 0;
        }
    }
    return 1;
}

static PtObject *str_isidentifier(PtObject *self, PtObject *u) {
    return pt_newref(pt_bool(pt_str_isidentifier(self)));
}

// ---- Searching ----

// find/rfind/index/rindex/count share: (sub[, start[, end]]) parsing.
static int parse_sub_range(const char *name, PtObject *self, PtObject *const *args, size_t nargs,
                           pt_ssize *start, pt_ssize *end) {
    if (pt_str_check_args_old(name, nargs, 1, 3) < 0 || need_str(args[0]) < 0 ||
        pt_str_parse_range(args + 1, nargs - 1, start, end) < 0) {
        return -1;
    }
    pt_str_adjust_indices(start, end, pt_str_fast_len(self));
    return 0;
}

static PtObject *find_common(const char *name, PtObject *self, PtObject *const *args, size_t nargs,
                             int dir, int raise) {
    pt_ssize start, end;
    if (parse_sub_range(name, self, args, nargs, &start, &end) < 0) {
        return NULL;
    }
    pt_ssize r = start > pt_str_fast_len(self) ? -1 : pt_str_find_in(self, args[0], start, end, dir);
    if (r < 0 && raise) {
        return pt_err_set_string(pt_exc_ValueError, "substring not found");
    }
    return pt_int_from_ssize(r);
}

static PtObject *str_find(PtObject *self, PtObject *const *args, size_t nargs) {
    return find_common("find", self, args, nargs, 1, 0);
}
static PtObject *str_rfind(PtObject *self, PtObject *const *args, size_t nargs) {
    return find_common("rfind", self, args, nargs, -1, 0);
}
static PtObject *str_index(PtObject *self, PtObject *const *args, size_t nargs) {
    return find_common("index", self, args, nargs, 1, 1);
}
static PtObject *str_rindex(PtObject *self, PtObject *const *args, size_t nargs) {
    return find_common("rindex", self, args, nargs, -1, 1);
}

static PtObject *str_count(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize start, end;
    if (parse_sub_range("count", self, args, nargs, &start, &end) < 0) {
        return NULL;
    }
    if (start > pt_str_fast_len(self)) {
        return pt_int_from_ssize(0);
    }
    return pt_int_from_ssize(pt_str_count_in(self, args[0], start, end, -1));
}

// Does s[start:end] start (dir < 0) or end (dir > 0) with `sub`?
static int tail_match(PtObject *s, PtObject *sub, pt_ssize start, pt_ssize end, int dir) {
    pt_ssize m = pt_str_fast_len(sub);
    pt_str_adjust_indices(&start, &end, pt_str_fast_len(s));
    end -= m;
    if (end < start) {
        return 0;
    }
    if (m == 0) {
        return 1;
    }
    pt_ssize at = dir < 0 ? start : end;
    int ks = pt_str_fast_kind(s), kb = pt_str_fast_kind(sub);
    const void *ds = pt_str_fast_data(s), *db = pt_str_fast_data(sub);
    if (ks == kb) {
        return memcmp((const char *)ds + at * ks, db, (size_t)m * (size_t)ks) == 0;
    }
    for (pt_ssize i = 0; i < m; i++) {
        if (pt_str_read(ks, ds, at + i) != pt_str_read(kb, db, i)) {
            return 0;
        }
    }
    return 1;
}

static PtObject *starts_ends(const char *name, PtObject *self, PtObject *const *args, size_t nargs, int dir) {
    pt_ssize start, end;
    if (pt_str_check_args_old(name, nargs, 1, 3) < 0 || pt_str_parse_range(args + 1, nargs - 1, &start, &end) < 0) {
        return NULL;
    }
    PtObject *x = args[0];
    if (pt_is_tuple(x)) {
        for (pt_ssize i = 0; i < pt_tuple_len(x); i++) {
            PtObject *sub = pt_tuple_get(x, i);
            if (!pt_is_str(sub)) {
                return pt_err_format(pt_exc_TypeError, "tuple for %s must only contain str, not %T", name, sub);
            }
            if (tail_match(self, sub, start, end, dir)) {
                return pt_newref(pt_True);
            }
        }
        return pt_newref(pt_False);
    }
    if (!pt_is_str(x)) {
        return pt_err_format(pt_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, x);
    }
    return pt_newref(pt_bool(tail_match(self, x, start, end, dir)));
}

static PtObject *str_startswith(PtObject *self, PtObject *const *args, size_t nargs) {
    return starts_ends("startswith", self, args, nargs, -1);
}
static PtObject *str_endswith(PtObject *self, PtObject *const *args, size_t nargs) {
    return starts_ends("endswith", self, args, nargs, 1);
}

static PtObject *str_removeprefix(PtObject *self, PtObject *prefix) {
    if (!pt_is_str(prefix)) {
        return pt_err_format(pt_exc_TypeError, "removeprefix() argument must be str, not %T", prefix);
    }
    if (tail_match(self, prefix, 0, PTRDIFF_MAX, -1)) {
        return pt_str_substr(self, pt_str_fast_len(prefix), pt_str_fast_len(self));
    }
    return self_copy(self);
}

static PtObject *str_removesuffix(PtObject *self, PtObject *suffix) {
    if (!pt_is_str(suffix)) {
        return pt_err_format(pt_exc_TypeError, "removesuffix() argument must be str, not %T", suffix);
    }
    if (pt_str_fast_len(suffix) > 0 && tail_match(self, suffix, 0, PTRDIFF_MAX, 1)) {
        return pt_str_substr(self, 0, pt_str_fast_len(self) - pt_str_fast_len(suffix));
    }
    return self_copy(self);
}

// ---- Padding ----

static PtObject *pad(PtObject *self, pt_ssize left, pt_ssize right, uint32_t fill) {
    if (left < 0) {
        left = 0;
    }
    if (right < 0) {
        right = 0;
    }
    if (left == 0 && right == 0) {
        return self_copy(self);
    }
    pt_ssize n = pt_str_fast_len(self);
    uint32_t m = pt_str_kind_max(self);
    if (fill > m) {
        m = fill;
    }
    PtObject *r = pt_str_new_raw(left + n + right, m);
    if (r == NULL) {
        return NULL;
    }
    int k = pt_str_fast_kind(r);
    void *o = pt_str_fast_data(r);
    for (pt_ssize i = 0; i < left; i++) {
        pt_str_write(k, o, i, fill);
    }
    pt_str_copy_chars(o, k, left, pt_str_fast_data(self), pt_str_fast_kind(self), 0, n);
    for (pt_ssize i = 0; i < right; i++) {
        pt_str_write(k, o, left + n + i, fill);
    }
    return r;
}

// center/ljust/rjust(width, fillchar=' ', /).
static int parse_width_fill(const char *name, PtObject *const *args, size_t nargs, pt_ssize *width,
                            uint32_t *fill) {
    *fill = ' ';
    if (pt_str_check_args(name, nargs, 1, 2) < 0 || arg_ssize(args[0], width) < 0) {
        return -1;
    }
    if (nargs == 2 && pt_str_fill_char(args[1], fill) < 0) {
        return -1;
    }
    return 0;
}

static PtObject *str_center(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize width;
    uint32_t fill;
    if (parse_width_fill("center", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    pt_ssize n = pt_str_fast_len(self);
    if (width <= n) {
        return self_copy(self);
    }
    pt_ssize marg = width - n;
    pt_ssize left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PtObject *str_ljust(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize width;
    uint32_t fill;
    if (parse_width_fill("ljust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    return pad(self, 0, width - pt_str_fast_len(self), fill);
}

static PtObject *str_rjust(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize width;
    uint32_t fill;
    if (parse_width_fill("rjust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    return pad(self, width - pt_str_fast_len(self), 0, fill);
}

static PtObject *str_zfill(PtObject *self, PtObject *arg) {
    pt_ssize width;
    if (arg_ssize(arg, &width) < 0) {
        return NULL;
    }
    pt_ssize n = pt_str_fast_len(self);
    if (width <= n) {
        return self_copy(self);
    }
    pt_ssize fill = width - n;
    PtObject *r = pad(self, fill, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    int k = pt_str_fast_kind(r);
    void *o = pt_str_fast_data(r);
    uint32_t first = pt_str_read(k, o, fill);
    if (first == '+' || first == '-') {
        pt_str_write(k, o, 0, first);
        pt_str_write(k, o, fill, '0');
    }
    return r;
}

static PtObject *str_expandtabs(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"tabsize", NULL};
    PtObject *tabobj = NULL;
    pt_ssize tabsize = 8;
    if (pt_parse_args(args, nargs, kwnames, "|O:expandtabs", kwlist, &tabobj) < 0 ||
        (tabobj != NULL && arg_ssize(tabobj, &tabsize) < 0 && !pt_err_matches(pt_exc_OverflowError))) {
        return NULL;
    }
    if (pt_err_occurred() || tabsize > INT_MAX || tabsize < INT_MIN) {  // CPython's tabsize is a C int
        pt_err_clear();
        return pt_err_set_string(pt_exc_OverflowError, "Python int too large to convert to C int");
    }
    pt_ssize n = pt_str_fast_len(self), col = 0;
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    if (pt_sb_reserve(&sb, (size_t)n, pt_str_kind_max(self)) < 0) {
        return NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        uint32_t c = pt_str_read(kind, d, i);
        int r;
        if (c == '\t') {
            pt_ssize spaces = tabsize > 0 ? tabsize - col % tabsize : 0;
            col += spaces;
            r = pt_sb_append_fill(&sb, ' ', spaces);
        } else {
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
            r = pt_sb_append_char(&sb, c);
        }
        if (r < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

// ---- Stripping ----

static int in_chars(PtObject *chars, uint32_t c) {
    pt_ssize n = pt_str_fast_len(chars);
    int kind = pt_str_fast_kind(chars);
    const void *d = pt_str_fast_data(chars);
    if (kind == 1) {
        return c < 256 && memchr(d, (int)c, (size_t)n) != NULL;
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (pt_str_read(kind, d, i) == c) {
            return 1;
        }
    }
    return 0;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static PtObject *do_strip(const char *name, PtObject *self, PtObject *const *args, size_t nargs, int how) {
    if (pt_str_check_args(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    PtObject *chars = nargs > 0 && args[0] != pt_None ? args[0] : NULL;
    if (chars != NULL && !pt_is_str(chars)) {
        return pt_err_format(pt_exc_TypeError, "%s arg must be None or str", name);
    }
    pt_ssize n = pt_str_fast_len(self), i = 0, j = n;
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    if (how & STRIP_LEFT) {
        while (i < j && (chars ? in_chars(chars, pt_str_read(kind, d, i)) : pt_uni_isspace(pt_str_read(kind, d, i)))) {
            i++;
        }
    }
    if (how & STRIP_RIGHT) {
        while (j > i && (chars ? in_chars(chars, pt_str_read(kind, d, j - 1)) : pt_uni_isspace(pt_str_read(kind, d, j - 1)))) {
            j--;
        }
    }
    return pt_str_substr(self, i, j);
}

static PtObject *str_strip(PtObject *self, PtObject *const *args, size_t nargs) {
    return do_strip("strip", self, args, nargs, STRIP_BOTH);
}
static PtObject *str_lstrip(PtObject *self, PtObject *const *args, size_t nargs) {
    return do_strip("lstrip", self, args, nargs, STRIP_LEFT);
}
static PtObject *str_rstrip(PtObject *self, PtObject *const *args, size_t nargs) {
    return do_strip("rstrip", self, args, nargs, STRIP_RIGHT);
}

// ---- Splitting and partitioning ----

// Append self[i:j] to `list`. 0 or -1.
static int append_piece(PtObject *list, PtObject *self, pt_ssize i, pt_ssize j) {
    PtObject *piece = pt_str_substr(self, i, j);
    if (piece == NULL) {
        return -1;
    }
    return pt_list_append_steal(list, piece);
}

static int parse_split_args(const char *name, PtObject *const *args, size_t nargs, PtObject *kwnames,
                            PtObject **sep, pt_ssize *maxsplit) {
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    PtObject *ms = NULL;
    char fmt[32];
    snprintf(fmt, sizeof fmt, "|OO:%s", name);
    *sep = NULL;
    *maxsplit = -1;
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, sep, &ms) < 0) {
        return -1;
    }
    if (*sep == pt_None) {
        *sep = NULL;
    }
    if (*sep != NULL) {
        if (!pt_is_str(*sep)) {
            pt_err_format(pt_exc_TypeError, "must be str or None, not %T", *sep);
            return -1;
        }
        if (pt_str_fast_len(*sep) == 0) {
            pt_err_set_string(pt_exc_ValueError, "empty separator");
            return -1;
        }
    }
    if (ms != NULL && arg_ssize(ms, maxsplit) < 0) {
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = PTRDIFF_MAX;
    }
    return 0;
}

static int split_whitespace(PtObject *list, PtObject *self, pt_ssize maxsplit) {
    pt_ssize n = pt_str_fast_len(self), i = 0;
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    while (maxsplit-- > 0) {
        while (i < n && pt_uni_isspace(pt_str_read(kind, d, i))) {
            i++;
        }
        if (i == n) {
            return 0;
        }
        pt_ssize j = i;
        while (j < n && !pt_uni_isspace(pt_str_read(kind, d, j))) {
            j++;
        }
        if (j == n && i == 0 && pt_is_str_exact(self)) {
            return pt_list_append(list, self);
        }
        if (append_piece(list, self, i, j) < 0) {
            return -1;
        }
        i = j;
    }
    while (i < n && pt_uni_isspace(pt_str_read(kind, d, i))) {
        i++;
    }
    return i < n ? append_piece(list, self, i, n) : 0;
}

static int rsplit_whitespace(PtObject *list, PtObject *self, pt_ssize maxsplit) {
    pt_ssize j = pt_str_fast_len(self);
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    while (maxsplit-- > 0) {
        while (j > 0 && pt_uni_isspace(pt_str_read(kind, d, j - 1))) {
            j--;
        }
        if (j == 0) {
            return 0;
        }
        pt_ssize i = j;
        while (i > 0 && !pt_uni_isspace(pt_str_read(kind, d, i - 1))) {
            i--;
        }
        if (append_piece(list, self, i, j) < 0) {
            return -1;
        }
        j = i;
    }
    while (j > 0 && pt_uni_isspace(pt_str_read(kind, d, j - 1))) {
        j--;
    }
    return j > 0 ? append_piece(list, self, 0, j) : 0;
}

static int split_sep(PtObject *list, PtObject *self, PtObject *sep, pt_ssize maxsplit, int dir) {
    pt_ssize n = pt_str_fast_len(self), m = pt_str_fast_len(sep);
    if (dir > 0) {
        pt_ssize i = 0;
        while (maxsplit-- > 0) {
            pt_ssize at = pt_str_find_in(self, sep, i, n, 1);
            if (at < 0) {
                break;
            }
            if (append_piece(list, self, i, at) < 0) {
                return -1;
            }
            i = at + m;
        }
        return append_piece(list, self, i, n);
    }
    pt_ssize j = n;
    while (maxsplit-- > 0) {
        pt_ssize at = pt_str_find_in(self, sep, 0, j, -1);
        if (at < 0) {
            break;
        }
        if (append_piece(list, self, at + m, j) < 0) {
            return -1;
        }
        j = at;
    }
    return append_piece(list, self, 0, j);
}

static PtObject *split_common(const char *name, PtObject *self, PtObject *const *args, size_t nargs,
                              PtObject *kwnames, int dir) {
    PtObject *sep;
    pt_ssize maxsplit;
    if (parse_split_args(name, args, nargs, kwnames, &sep, &maxsplit) < 0) {
        return NULL;
    }
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    int r = sep == NULL ? (dir > 0 ? split_whitespace(list, self, maxsplit) : rsplit_whitespace(list, self, maxsplit))
                        : split_sep(list, self, sep, maxsplit, dir);
    if (r < 0 || (dir < 0 && pt_list_reverse(list) < 0)) {
        pt_decref(list);
        return NULL;
    }
    return list;
}

static PtObject *str_split(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return split_common("split", self, args, nargs, kwnames, 1);
}
static PtObject *str_rsplit(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    return split_common("rsplit", self, args, nargs, kwnames, -1);
}

static PtObject *str_splitlines(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"keepends", NULL};
    PtObject *ke = NULL;
    pt_ssize keepends = 0;
    if (pt_parse_args(args, nargs, kwnames, "|O:splitlines", kwlist, &ke) < 0 ||
        (ke != NULL && arg_ssize(ke, &keepends) < 0)) {
        return NULL;
    }
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    pt_ssize n = pt_str_fast_len(self), i = 0;
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    while (i < n) {
        pt_ssize j = i;
        while (j < n && !pt_uni_islinebreak(pt_str_read(kind, d, j))) {
            j++;
        }
        pt_ssize eol = j;
        if (j < n) {
            j += (pt_str_read(kind, d, j) == '\r' && j + 1 < n && pt_str_read(kind, d, j + 1) == '\n') ? 2 : 1;
            if (keepends) {
                eol = j;
            }
        }
        if (append_piece(list, self, i, eol) < 0) {
            pt_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static PtObject *partition_common(PtObject *self, PtObject *sep, int dir) {
    if (need_str(sep) < 0) {
        return NULL;
    }
    if (pt_str_fast_len(sep) == 0) {
        return pt_err_set_string(pt_exc_ValueError, "empty separator");
    }
    pt_ssize n = pt_str_fast_len(self);
    pt_ssize at = pt_str_find_in(self, sep, 0, n, dir);
    PtObject *a, *b, *c;
    if (at < 0) {
        PtObject *whole = self_copy(self), *empty = pt_str_new_empty();
        if (whole == NULL || empty == NULL) {
            pt_xdecref(whole);
            pt_xdecref(empty);
            return NULL;
        }
        PtObject *t = dir > 0 ? pt_tuple_pack(3, whole, empty, empty) : pt_tuple_pack(3, empty, empty, whole);
        pt_decref(whole);
        pt_decref(empty);
        return t;
    }
    a = pt_str_substr(self, 0, at);
    b = pt_str_exact_copy(sep);
    c = pt_str_substr(self, at + pt_str_fast_len(sep), n);
    PtObject *t = a && b && c ? pt_tuple_pack(3, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return t;
}

static PtObject *str_partition(PtObject *self, PtObject *sep) { return partition_common(self, sep, 1); }
static PtObject *str_rpartition(PtObject *self, PtObject *sep) { return partition_common(self, sep, -1); }

// ---- Joining and replacing ----

static PtObject *str_join(PtObject *self, PtObject *iterable) { return pt_str_join(self, iterable); }

static PtObject *replace_impl(PtObject *self, PtObject *old, PtObject *new_, pt_ssize count) {
    pt_ssize n = pt_str_fast_len(self), m = pt_str_fast_len(old);
    if (count < 0) {
        count = PTRDIFF_MAX;
    }
    pt_ssize found = count == 0 ? 0 : pt_str_count_in(self, old, 0, n, count);
    if (found == 0) {
        return self_copy(self);
    }
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    pt_ssize i = 0;
    for (pt_ssize k = 0; k < found; k++) {
        pt_ssize at;
        if (m == 0) {
            at = i;
        } else {
            at = pt_str_find_in(self, old, i, n, 1);
        }
        if (pt_sb_append_kind(&sb, kind, (const char *)d + i * kind, at - i) < 0 ||
            pt_sb_append_str(&sb, new_) < 0) {
            goto error;
        }
        if (m == 0) {
            if (at < n && pt_sb_append_char(&sb, pt_str_read(kind, d, at)) < 0) {
                goto error;
            }
            i = at + 1;
        } else {
            i = at + m;
        }
    }
    if (i < n && pt_sb_append_kind(&sb, kind, (const char *)d + i * kind, n - i) < 0) {
        goto error;
    }
    return pt_sb_finish(&sb);
error:
    pt_sb_discard(&sb);
    return NULL;
}

static PtObject *str_replace(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize count = -1;
    if (pt_str_check_args("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (!pt_is_str(args[i])) {
            return pt_err_format(pt_exc_TypeError, "replace() argument %d must be str, not %T", i + 1, args[i]);
        }
    }
    if (nargs == 3 && arg_ssize(args[2], &count) < 0) {
        return NULL;
    }
    return replace_impl(self, args[0], args[1], count);
}

// ---- translate / maketrans ----

// Map one character through `table`: 1 (appended), 0 (deleted or unchanged-appended), -1 error.
static int translate_char(PtStrBuilder *sb, PtObject *table, uint32_t c) {
    PtObject *key = pt_int_from_i64(c);
    PtObject *v = pt_object_getitem(table, key);
    pt_decref(key);
    if (v == NULL) {
        if (pt_err_matches(pt_exc_LookupError)) {
            pt_err_clear();
            return pt_sb_append_char(sb, c);
        }
        return -1;
    }
    int r;
    if (v == pt_None) {
        r = 0;
    } else if (pt_is_int(v)) {
        int overflow = 0;
        int64_t x = pt_int_as_i64_overflow(v, &overflow);
        if (overflow || x < 0 || x > 0x10FFFF) {
            pt_err_set_string(pt_exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            r = pt_sb_append_char(sb, (uint32_t)x);
        }
    } else if (pt_is_str(v)) {
        r = pt_sb_append_str(sb, v);
    } else {
        pt_err_set_string(pt_exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    pt_decref(v);
    return r;
}

static PtObject *str_translate(PtObject *self, PtObject *table) {
    pt_ssize n = pt_str_fast_len(self);
    int kind = pt_str_fast_kind(self);
    const void *d = pt_str_fast_data(self);
    PtStrBuilder sb;
    pt_sb_init(&sb);
    for (pt_ssize i = 0; i < n; i++) {
        if (translate_char(&sb, table, pt_str_read(kind, d, i)) < 0) {
            pt_sb_discard(&sb);
            return NULL;
        }
    }
    return pt_sb_finish(&sb);
}

static int maketrans_from_dict(PtObject *result, PtObject *x) {
    pt_ssize pos = 0;
    PtObject *k, *v;
    while (pt_dict_next(x, &pos, &k, &v)) {
        PtObject *key;
        if (pt_is_str(k)) {
            if (pt_str_fast_len(k) != 1) {
                pt_err_set_string(pt_exc_ValueError, "string keys in translate table must be of length 1");
                return -1;
            }
            key = pt_int_from_i64(pt_str_char(k, 0));
        } else if (pt_is_int(k)) {
            key = pt_newref(k);
        } else {
            pt_err_set_string(pt_exc_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
        int r = pt_dict_set(result, key, v);
        pt_decref(key);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int maketrans_pairs(PtObject *result, PtObject *x, PtObject *y, PtObject *z) {
    if (pt_str_fast_len(x) != pt_str_fast_len(y)) {
        pt_err_set_string(pt_exc_ValueError, "the first two maketrans arguments must have equal length");
        return -1;
    }
    for (pt_ssize i = 0; i < pt_str_fast_len(x); i++) {
        PtObject *k = pt_int_from_i64(pt_str_char(x, i)), *v = pt_int_from_i64(pt_str_char(y, i));
        int r = pt_dict_set(result, k, v);
        pt_decref(k);
        pt_decref(v);
        if (r < 0) {
            return -1;
        }
    }
    for (pt_ssize i = 0; z != NULL && i < pt_str_fast_len(z); i++) {
        PtObject *k = pt_int_from_i64(pt_str_char(z, i));
        int r = pt_dict_set(result, k, pt_None);
        pt_decref(k);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static PtObject *str_maketrans(PtObject *unused, PtObject *const *args, size_t nargs) {
    if (pt_str_check_args("maketrans", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (nargs >= 2 && !pt_is_str(args[1])) {
        return pt_err_format(pt_exc_TypeError, "maketrans() argument 2 must be str, not %T", args[1]);
    }
    if (nargs == 3 && !pt_is_str(args[2])) {
        return pt_err_format(pt_exc_TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
    }
    PtObject *result = pt_dict_new();
    if (result == NULL) {
        return NULL;
    }
    int r;
    if (nargs == 1) {
        if (!pt_is_dict(args[0])) {
            pt_decref(result);
            return pt_err_set_string(pt_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        r = maketrans_from_dict(result, args[0]);
    } else if (!pt_is_str(args[0])) {
        pt_decref(result);
        return pt_err_set_string(pt_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    } else {
        r = maketrans_pairs(result, args[0], args[1], nargs == 3 ? args[2] : NULL);
    }
    if (r < 0) {
        pt_decref(result);
        return NULL;
    }
    return result;
}

// ---- Encoding, formatting, special methods ----

static PtObject *str_encode(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    PtObject *enc = NULL, *errs = NULL;
    char encbuf[64], errbuf[64];
    if (pt_parse_args(args, nargs, kwnames, "|OO:encode", kwlist, &enc, &errs) < 0) {
        return NULL;
    }
    if (enc != NULL && !pt_is_str(enc)) {
        return pt_err_format(pt_exc_TypeError, "encode() argument 'encoding' must be str, not %T", enc);
    }
    if (errs != NULL && !pt_is_str(errs)) {
        return pt_err_format(pt_exc_TypeError, "encode() argument 'errors' must be str, not %T", errs);
    }
    if (enc != NULL) {
        pt_str_to_utf8_buf(enc, encbuf, sizeof encbuf);
    }
    if (errs != NULL) {
        pt_str_to_utf8_buf(errs, errbuf, sizeof errbuf);
    }
    return pt_codecs_encode(self, enc ? encbuf : NULL, errs ? errbuf : NULL);
}

static PtObject *str_format_dunder(PtObject *self, PtObject *spec) {
    if (!pt_is_str(spec)) {
        return pt_err_format(pt_exc_TypeError, "__format__() argument must be str, not %T", spec);
    }
    return pt_format_str(self, spec);
}

static PtObject *str_sizeof(PtObject *self, PtObject *unused) {
    return pt_int_from_ssize((pt_ssize)sizeof(PtStr) + (pt_str_fast_len(self) + 1) * pt_str_fast_kind(self));
}

static PtObject *str_getnewargs(PtObject *self, PtObject *unused) {
    PtObject *copy = pt_str_exact_copy(self);
    if (copy == NULL) {
        return NULL;
    }
    PtObject *t = pt_tuple_pack(1, copy);
    pt_decref(copy);
    return t;
}

static PtObject *str_format_map_m(PtObject *self, PtObject *mapping) {
    return pt_str_method_format_map(self, mapping);
}

// ---- The method table ----

const PtMethodDef pt_str_methods[] = {
    {"encode", PT_FN(str_encode), PT_METH_FASTKW, "Encode the string using the codec registered for encoding."},
    {"replace", PT_FN(str_replace), PT_METH_FAST, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", PT_FN(str_split), PT_METH_FASTKW, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", PT_FN(str_rsplit), PT_METH_FASTKW, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", PT_FN(str_join), PT_METH_O, "Concatenate any number of strings."},
    {"capitalize", PT_FN(str_capitalize), PT_METH_NOARGS, "Return a capitalized version of the string."},
    {"casefold", PT_FN(str_casefold), PT_METH_NOARGS, "Return a version of the string suitable for caseless comparisons."},
    {"title", PT_FN(str_title), PT_METH_NOARGS, "Return a version of the string where each word is titlecased."},
    {"center", PT_FN(str_center), PT_METH_FAST, "Return a centered string of length width."},
    {"count", PT_FN(str_count), PT_METH_FAST, "S.count(sub[, start[, end]]) -> int"},
    {"expandtabs", PT_FN(str_expandtabs), PT_METH_FASTKW, "Return a copy where all tab characters are expanded using spaces."},
    {"find", PT_FN(str_find), PT_METH_FAST, "S.find(sub[, start[, end]]) -> int"},
    {"partition", PT_FN(str_partition), PT_METH_O, "Partition the string into three parts using the given separator."},
    {"index", PT_FN(str_index), PT_METH_FAST, "S.index(sub[, start[, end]]) -> int"},
    {"ljust", PT_FN(str_ljust), PT_METH_FAST, "Return a left-justified string of length width."},
    {"lower", PT_FN(str_lower), PT_METH_NOARGS, "Return a copy of the string converted to lowercase."},
    {"lstrip", PT_FN(str_lstrip), PT_METH_FAST, "Return a copy of the string with leading whitespace removed."},
    {"rfind", PT_FN(str_rfind), PT_METH_FAST, "S.rfind(sub[, start[, end]]) -> int"},
    {"rindex", PT_FN(str_rindex), PT_METH_FAST, "S.rindex(sub[, start[, end]]) -> int"},
    {"rjust", PT_FN(str_rjust), PT_METH_FAST, "Return a right-justified string of length width."},
    {"rstrip", PT_FN(str_rstrip), PT_METH_FAST, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", PT_FN(str_rpartition), PT_METH_O, "Partition the string into three parts using the given separator."},
    {"splitlines", PT_FN(str_splitlines), PT_METH_FASTKW, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", PT_FN(str_strip), PT_METH_FAST, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", PT_FN(str_swapcase), PT_METH_NOARGS, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", PT_FN(str_translate), PT_METH_O, "Replace each character in the string using the given translation table."},
    {"upper", PT_FN(str_upper), PT_METH_NOARGS, "Return a copy of the string converted to uppercase."},
    {"startswith", PT_FN(str_startswith), PT_METH_FAST, "S.startswith(prefix[, start[, end]]) -> bool"},
    {"endswith", PT_FN(str_endswith), PT_METH_FAST, "S.endswith(suffix[, start[, end]]) -> bool"},
    {"removeprefix", PT_FN(str_removeprefix), PT_METH_O, "Return a str with the given prefix string removed if present."},
    {"removesuffix", PT_FN(str_removesuffix), PT_METH_O, "Return a str with the given suffix string removed if present."},
    {"isascii", PT_FN(str_isascii), PT_METH_NOARGS, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", PT_FN(str_islower), PT_METH_NOARGS, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", PT_FN(str_isupper), PT_METH_NOARGS, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", PT_FN(str_istitle), PT_METH_NOARGS, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", PT_FN(str_isspace), PT_METH_NOARGS, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", PT_FN(str_isdecimal), PT_METH_NOARGS, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", PT_FN(str_isdigit), PT_METH_NOARGS, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", PT_FN(str_isnumeric), PT_METH_NOARGS, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", PT_FN(str_isalpha), PT_METH_NOARGS, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", PT_FN(str_isalnum), PT_METH_NOARGS, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", PT_FN(str_isidentifier), PT_METH_NOARGS, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", PT_FN(str_isprintable), PT_METH_NOARGS, "Return True if the string is printable, False otherwise."},
    {"zfill", PT_FN(str_zfill), PT_METH_O, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", PT_FN(pt_str_method_format), PT_METH_FASTKW, "S.format(*args, **kwargs) -> str"},
    {"format_map", PT_FN(str_format_map_m), PT_METH_O, "S.format_map(mapping) -> str"},
    {"__format__", PT_FN(str_format_dunder), PT_METH_O, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", PT_FN(str_maketrans), PT_METH_FAST | PT_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", PT_FN(str_sizeof), PT_METH_NOARGS, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", PT_FN(str_getnewargs), PT_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
