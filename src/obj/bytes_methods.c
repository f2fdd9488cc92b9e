// src/obj/bytes_methods.c: the methods bytes and bytearray share, and both method tables.
//
// Each method reads `self` as a (data, length) pair (pt_bytes_self_data) and
// builds its result with pt_bytes_make_like, so bytes methods return bytes and
// bytearray methods return bytearray, as in CPython. Arguments that must be
// "bytes-like" go through the buffer protocol (pt_buffer_get), which also
// accepts memoryview and array.array. Case and classification methods are
// ASCII-only by definition. Searching uses memchr/memmem.
#include <stdio.h>
#include <string.h>

#include "obj/bytes.h"        // layouts, shared declarations
#include "obj/str.h"          // pt_str_check_args*, pt_str_parse_range, pt_str_adjust_indices
#include "pith/abstract.h"    // iteration, pt_number_as_ssize
#include "pith/codecs.h"      // decode
#include "pith/dict.h"        // (maketrans returns bytes; nothing else)
#include "pith/errors.h"      // pt_err_*
#include "pith/int.h"         // pt_int_from_ssize, pt_bool
#include "pith/list.h"        // split results
#include "pith/mem.h"         // temporary buffers
#include "pith/modsupport.h"  // pt_parse_args
#include "pith/slice.h"       // pt_slice_index_ok
#include "pith/tuple.h"       // partition results, startswith tuples

// ---- Helpers ----

PtObject *pt_bytes_make_like(PtObject *self, const char *d, pt_ssize n) {
    if (pt_is_bytearray(self)) {
        return pt_bytearray_new(d, (size_t)n);
    }
    if (pt_is_bytes_exact(self)) {
        pt_ssize len;
        const char *sd = pt_bytes_self_data(self, &len);
        if (sd == d && len == n) {
            return pt_newref(self);
        }
    }
    return pt_bytes_new(d, (size_t)n);
}

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

// A search argument: bytes-like or an int in range(256). Fills `view` (release
// it) or the one-byte `byte` buffer. 0 or -1.
typedef struct SubArg {
    PtBuffer view;
    int has_view;
    char byte;
    const char *d;
    pt_ssize n;
} SubArg;

static int sub_arg(PtObject *v, SubArg *s) {
    s->has_view = 0;
    if (pt_is_int(v)) {
        int b;
        if (pt_bytes_byte_value(v, &b) < 0) {
            return -1;
        }
        s->byte = (char)b;
        s->d = &s->byte;
        s->n = 1;
        return 0;
    }
    if (pt_buffer_get(v, &s->view, 0) < 0) {
        pt_err_clear();
        pt_err_format(pt_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
        return -1;
    }
    s->has_view = 1;
    s->d = s->view.buf;
    s->n = s->view.len;
    return 0;
}

static void sub_release(SubArg *s) {
    if (s->has_view) {
        pt_buffer_release(&s->view);
    }
}

// A bytes-like argument ("a bytes-like object is required, not 'T'").
static int buf_arg(PtObject *v, PtBuffer *view) { return pt_buffer_get(v, view, 0); }

static pt_ssize find_bytes(const char *h, pt_ssize n, const char *nd, pt_ssize m, int dir) {
    if (m > n) {
        return -1;
    }
    if (m == 0) {
        return dir > 0 ? 0 : n;
    }
    if (dir > 0) {
        const char *p = m == 1 ? memchr(h, nd[0], (size_t)n) : memmem(h, (size_t)n, nd, (size_t)m);
        return p == NULL ? -1 : p - h;
    }
    if (m == 1) {
        const char *p = memrchr(h, nd[0], (size_t)n);
        return p == NULL ? -1 : p - h;
    }
    for (pt_ssize i = n - m; i >= 0; i--) {
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}

static pt_ssize count_bytes(const char *h, pt_ssize n, const char *nd, pt_ssize m, pt_ssize max) {
    if (m == 0) {
        return max >= 0 && n + 1 > max ? max : n + 1;
    }
    pt_ssize c = 0, i = 0;
    while (max < 0 || c < max) {
        pt_ssize at = find_bytes(h + i, n - i, nd, m, 1);
        if (at < 0) {
            break;
        }
        c++;
        i += at + m;
    }
    return c;
}

static int is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

// ---- Case mapping and predicates ----

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_CAP, BC_TITLE };

static PtObject *case_map(PtObject *self, int op) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    char *out = pt_mem_alloc((size_t)n + 1);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    int prev = 0;
    for (pt_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        int up;
        switch (op) {
        case BC_UPPER: up = 1; break;
        case BC_SWAP: up = is_lower(c); break;
        case BC_CAP: up = i == 0; break;
        case BC_TITLE: up = !prev; prev = is_alpha(c); break;
        default: up = 0; break;
        }
        out[i] = (char)(up ? (is_lower(c) ? c - 32 : c) : (is_upper(c) ? c + 32 : c));
    }
    PtObject *r = pt_is_bytearray(self) ? pt_bytearray_new(out, (size_t)n) : pt_bytes_new(out, (size_t)n);
    pt_mem_free(out, (size_t)n + 1);
    return r;
}

static PtObject *b_lower(PtObject *self, PtObject *u) { return case_map(self, BC_LOWER); }
static PtObject *b_upper(PtObject *self, PtObject *u) { return case_map(self, BC_UPPER); }
static PtObject *b_swapcase(PtObject *self, PtObject *u) { return case_map(self, BC_SWAP); }
static PtObject *b_capitalize(PtObject *self, PtObject *u) { return case_map(self, BC_CAP); }
static PtObject *b_title(PtObject *self, PtObject *u) { return case_map(self, BC_TITLE); }

static PtObject *all_bytes(PtObject *self, int (*pred)(unsigned char)) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    if (n == 0) {
        return pt_newref(pt_False);
    }
    for (pt_ssize i = 0; i < n; i++) {
        if (!pred((unsigned char)d[i])) {
            return pt_newref(pt_False);
        }
    }
    return pt_newref(pt_True);
}

static PtObject *b_isalnum(PtObject *self, PtObject *u) { return all_bytes(self, is_alnum); }
static PtObject *b_isalpha(PtObject *self, PtObject *u) { return all_bytes(self, is_alpha); }
static PtObject *b_isdigit(PtObject *self, PtObject *u) { return all_bytes(self, is_digit); }
static PtObject *b_isspace(PtObject *self, PtObject *u) { return all_bytes(self, is_space); }

static PtObject *b_isascii(PtObject *self, PtObject *u) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    for (pt_ssize i = 0; i < n; i++) {
        if ((unsigned char)d[i] >= 0x80) {
            return pt_newref(pt_False);
        }
    }
    return pt_newref(pt_True);
}

static PtObject *case_pred(PtObject *self, int (*want)(unsigned char), int (*other)(unsigned char)) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    int cased = 0;
    for (pt_ssize i = 0; i < n; i++) {
        if (other((unsigned char)d[i])) {
            return pt_newref(pt_False);
        }
        cased |= want((unsigned char)d[i]);
    }
    return pt_newref(pt_bool(cased));
}

static PtObject *b_islower(PtObject *self, PtObject *u) { return case_pred(self, is_lower, is_upper); }
static PtObject *b_isupper(PtObject *self, PtObject *u) { return case_pred(self, is_upper, is_lower); }

static PtObject *b_istitle(PtObject *self, PtObject *u) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    int cased = 0, prev = 0;
    for (pt_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (is_upper(c)) {
            if (prev) {
                return pt_newref(pt_False);
            }
            prev = cased = 1;
        } else if (is_lower(c)) {
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

// ---- Searching ----

static int parse_sub_range(const char *name, PtObject *self, PtObject *const *args, size_t nargs, SubArg *sub,
                           pt_ssize *start, pt_ssize *end) {
    pt_ssize n;
    pt_bytes_self_data(self, &n);
    if (pt_str_check_args_old(name, nargs, 1, 3) < 0 || pt_str_parse_range(args + 1, nargs - 1, start, end) < 0 ||
        sub_arg(args[0], sub) < 0) {
        return -1;
    }
    pt_str_adjust_indices(start, end, n);
    return 0;
}

static PtObject *find_common(const char *name, PtObject *self, PtObject *const *args, size_t nargs, int dir,
                             int raise) {
    SubArg sub;
    pt_ssize start, end, n;
    if (parse_sub_range(name, self, args, nargs, &sub, &start, &end) < 0) {
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    pt_ssize r = -1;
    if (start <= n && end - start >= sub.n) {
        r = find_bytes(d + start, end - start, sub.d, sub.n, dir);
        if (r >= 0) {
            r += start;
        }
    }
    sub_release(&sub);
    if (r < 0 && raise) {
        return pt_err_set_string(pt_exc_ValueError, "subsection not found");
    }
    return pt_int_from_ssize(r);
}

static PtObject *b_find(PtObject *s, PtObject *const *a, size_t n) { return find_common("find", s, a, n, 1, 0); }
static PtObject *b_rfind(PtObject *s, PtObject *const *a, size_t n) { return find_common("rfind", s, a, n, -1, 0); }
static PtObject *b_index(PtObject *s, PtObject *const *a, size_t n) { return find_common("index", s, a, n, 1, 1); }
static PtObject *b_rindex(PtObject *s, PtObject *const *a, size_t n) { return find_common("rindex", s, a, n, -1, 1); }

static PtObject *b_count(PtObject *self, PtObject *const *args, size_t nargs) {
    SubArg sub;
    pt_ssize start, end, n;
    if (parse_sub_range("count", self, args, nargs, &sub, &start, &end) < 0) {
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    pt_ssize c = start > n || end - start < sub.n ? 0 : count_bytes(d + start, end - start, sub.d, sub.n, -1);
    sub_release(&sub);
    return pt_int_from_ssize(c);
}

static int tail_match(PtObject *self, const char *sd, pt_ssize m, pt_ssize start, pt_ssize end, int dir) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    pt_str_adjust_indices(&start, &end, n);
    end -= m;
    if (end < start) {
        return 0;
    }
    return memcmp(d + (dir < 0 ? start : end), sd, (size_t)m) == 0;
}

static PtObject *starts_ends(const char *name, PtObject *self, PtObject *const *args, size_t nargs, int dir) {
    pt_ssize start, end;
    if (pt_str_check_args_old(name, nargs, 1, 3) < 0 || pt_str_parse_range(args + 1, nargs - 1, &start, &end) < 0) {
        return NULL;
    }
    PtObject *x = args[0];
    PtBuffer v;
    if (pt_is_tuple(x)) {
        for (pt_ssize i = 0; i < pt_tuple_len(x); i++) {
            if (buf_arg(pt_tuple_get(x, i), &v) < 0) {
                return NULL;
            }
            int r = tail_match(self, v.buf, v.len, start, end, dir);
            pt_buffer_release(&v);
            if (r) {
                return pt_newref(pt_True);
            }
        }
        return pt_newref(pt_False);
    }
    if (pt_buffer_get(x, &v, 0) < 0) {
        pt_err_clear();
        return pt_err_format(pt_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    }
    int r = tail_match(self, v.buf, v.len, start, end, dir);
    pt_buffer_release(&v);
    return pt_newref(pt_bool(r));
}

static PtObject *b_startswith(PtObject *s, PtObject *const *a, size_t n) { return starts_ends("startswith", s, a, n, -1); }
static PtObject *b_endswith(PtObject *s, PtObject *const *a, size_t n) { return starts_ends("endswith", s, a, n, 1); }

static PtObject *remove_affix(PtObject *self, PtObject *arg, int suffix) {
    PtBuffer v;
    if (buf_arg(arg, &v) < 0) {
        return NULL;
    }
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    PtObject *r;
    if (v.len > 0 && v.len <= n && memcmp(suffix ? d + n - v.len : d, v.buf, (size_t)v.len) == 0) {
        r = suffix ? pt_bytes_make_like(self, d, n - v.len) : pt_bytes_make_like(self, d + v.len, n - v.len);
    } else {
        r = pt_bytes_make_like(self, d, n);
    }
    pt_buffer_release(&v);
    return r;
}

static PtObject *b_removeprefix(PtObject *self, PtObject *arg) { return remove_affix(self, arg, 0); }
static PtObject *b_removesuffix(PtObject *self, PtObject *arg) { return remove_affix(self, arg, 1); }

// ---- Padding ----

static PtObject *pad(PtObject *self, pt_ssize left, pt_ssize right, char fill) {
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0) {
        return pt_bytes_make_like(self, d, n);
    }
    size_t total = (size_t)(left + n + right);
    char *out = pt_mem_alloc(total + 1);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    memset(out, fill, (size_t)left);
    memcpy(out + left, d, (size_t)n);
    memset(out + left + n, fill, (size_t)right);
    PtObject *r = pt_bytes_make_like(self, out, (pt_ssize)total);
    pt_mem_free(out, total + 1);
    return r;
}

static int width_fill(const char *name, PtObject *const *args, size_t nargs, pt_ssize *width, char *fill) {
    *fill = ' ';
    if (pt_str_check_args(name, nargs, 1, 2) < 0 || arg_ssize(args[0], width) < 0) {
        return -1;
    }
    if (nargs == 2) {
        PtObject *f = args[1];
        pt_ssize fl;
        if ((!pt_is_bytes(f) && !pt_is_bytearray(f)) || (pt_bytes_self_data(f, &fl), fl != 1)) {
            pt_err_format(pt_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name, f);
            return -1;
        }
        *fill = pt_bytes_self_data(f, &fl)[0];
    }
    return 0;
}

static PtObject *b_center(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize w, n;
    char f;
    if (width_fill("center", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    pt_bytes_self_data(self, &n);
    if (w <= n) {
        return pad(self, 0, 0, f);
    }
    pt_ssize marg = w - n, left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static PtObject *b_ljust(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize w, n;
    char f;
    if (width_fill("ljust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    pt_bytes_self_data(self, &n);
    return pad(self, 0, w - n, f);
}

static PtObject *b_rjust(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize w, n;
    char f;
    if (width_fill("rjust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    pt_bytes_self_data(self, &n);
    return pad(self, w - n, 0, f);
}

static PtObject *b_zfill(PtObject *self, PtObject *arg) {
    pt_ssize w, n;
    if (arg_ssize(arg, &w) < 0) {
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    if (w <= n) {
        return pad(self, 0, 0, '0');
    }
    pt_ssize fill = w - n;
    char *out = pt_mem_alloc((size_t)w + 1);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    memset(out, '0', (size_t)fill);
    memcpy(out + fill, d, (size_t)n);
    if (n > 0 && (d[0] == '+' || d[0] == '-')) {
        out[0] = d[0];
        out[fill] = '0';
    }
    PtObject *r = pt_bytes_make_like(self, out, w);
    pt_mem_free(out, (size_t)w + 1);
    return r;
}

static PtObject *b_expandtabs(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"tabsize", NULL};
    PtObject *t = NULL;
    pt_ssize tabsize = 8, n, col = 0, total = 0;
    if (pt_parse_args(args, nargs, kwnames, "|O:expandtabs", kwlist, &t) < 0 || (t != NULL && arg_ssize(t, &tabsize) < 0)) {
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    for (pt_ssize i = 0; i < n; i++) {  // measure
        if (d[i] == '\t') {
            pt_ssize sp = tabsize > 0 ? tabsize - col % tabsize : 0;
            total += sp;
            col += sp;
        } else {
            total++;
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    char *out = pt_mem_alloc((size_t)total + 1);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    pt_ssize w = 0;
    col = 0;
    for (pt_ssize i = 0; i < n; i++) {
        if (d[i] == '\t') {
            pt_ssize sp = tabsize > 0 ? tabsize - col % tabsize : 0;
            memset(out + w, ' ', (size_t)sp);
            w += sp;
            col += sp;
        } else {
            out[w++] = d[i];
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    PtObject *r = pt_bytes_make_like(self, out, total);
    pt_mem_free(out, (size_t)total + 1);
    return r;
}

// ---- Stripping ----

static PtObject *do_strip(const char *name, PtObject *self, PtObject *const *args, size_t nargs, int how) {
    if (pt_str_check_args(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    PtBuffer v;
    int has = nargs > 0 && args[0] != pt_None;
    if (has && buf_arg(args[0], &v) < 0) {
        return NULL;
    }
    pt_ssize n, i = 0, j;
    const char *d = pt_bytes_self_data(self, &n);
    j = n;
#define STRIPPABLE(c) (has ? memchr(v.buf, (c), (size_t)v.len) != NULL : is_space((unsigned char)(c)))
    if (how & 1) {
        while (i < j && STRIPPABLE(d[i])) {
            i++;
        }
    }
    if (how & 2) {
        while (j > i && STRIPPABLE(d[j - 1])) {
            j--;
        }
    }
#undef STRIPPABLE
    if (has) {
        pt_buffer_release(&v);
    }
    return pt_bytes_make_like(self, d + i, j - i);
}

static PtObject *b_strip(PtObject *s, PtObject *const *a, size_t n) { return do_strip("strip", s, a, n, 3); }
static PtObject *b_lstrip(PtObject *s, PtObject *const *a, size_t n) { return do_strip("lstrip", s, a, n, 1); }
static PtObject *b_rstrip(PtObject *s, PtObject *const *a, size_t n) { return do_strip("rstrip", s, a, n, 2); }

// ---- Splitting ----

static int append_piece(PtObject *list, PtObject *self, const char *d, pt_ssize n) {
    PtObject *p = pt_bytes_make_like(self, d, n);
    return p == NULL ? -1 : pt_list_append_steal(list, p);
}

static PtObject *split_common(const char *name, PtObject *self, PtObject *const *args, size_t nargs,
                              PtObject *kwnames, int dir) {
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    PtObject *sepobj = NULL, *ms = NULL;
    pt_ssize maxsplit = -1, n;
    char fmt[32];
    snprintf(fmt, sizeof fmt, "|OO:%s", name);
    if (pt_parse_args(args, nargs, kwnames, fmt, kwlist, &sepobj, &ms) < 0 || (ms != NULL && arg_ssize(ms, &maxsplit) < 0)) {
        return NULL;
    }
    if (maxsplit < 0) {
        maxsplit = PTRDIFF_MAX;
    }
    PtBuffer v;
    int has = sepobj != NULL && sepobj != pt_None;
    if (has && buf_arg(sepobj, &v) < 0) {
        return NULL;
    }
    if (has && v.len == 0) {
        pt_buffer_release(&v);
        return pt_err_set_string(pt_exc_ValueError, "empty separator");
    }
    const char *d = pt_bytes_self_data(self, &n);
    PtObject *list = pt_list_new(0);
    int r = list == NULL ? -1 : 0;
    if (r == 0 && has && dir > 0) {
        pt_ssize i = 0;
        while (r == 0 && maxsplit-- > 0) {
            pt_ssize at = find_bytes(d + i, n - i, v.buf, v.len, 1);
            if (at < 0) {
                break;
            }
            r = append_piece(list, self, d + i, at);
            i += at + v.len;
        }
        r = r == 0 ? append_piece(list, self, d + i, n - i) : r;
    } else if (r == 0 && has) {
        pt_ssize j = n;
        while (r == 0 && maxsplit-- > 0) {
            pt_ssize at = find_bytes(d, j, v.buf, v.len, -1);
            if (at < 0) {
                break;
            }
            r = append_piece(list, self, d + at + v.len, j - at - v.len);
            j = at;
        }
        r = r == 0 ? append_piece(list, self, d, j) : r;
    } else if (r == 0 && dir > 0) {
        pt_ssize i = 0;
        for (;;) {
            while (i < n && is_space((unsigned char)d[i])) {
                i++;
            }
            if (i == n || r < 0) {
                break;
            }
            if (maxsplit-- <= 0) {
                r = append_piece(list, self, d + i, n - i);
                break;
            }
            pt_ssize j = i;
            while (j < n && !is_space((unsigned char)d[j])) {
                j++;
            }
            r = append_piece(list, self, d + i, j - i);
            i = j;
        }
    } else if (r == 0) {
        pt_ssize j = n;
        for (;;) {
            while (j > 0 && is_space((unsigned char)d[j - 1])) {
                j--;
            }
            if (j == 0 || r < 0) {
                break;
            }
            if (maxsplit-- <= 0) {
                r = append_piece(list, self, d, j);
                break;
            }
            pt_ssize i = j;
            while (i > 0 && !is_space((unsigned char)d[i - 1])) {
                i--;
            }
            r = append_piece(list, self, d + i, j - i);
            j = i;
        }
    }
    if (has) {
        pt_buffer_release(&v);
    }
    if (r < 0 || (dir < 0 && pt_list_reverse(list) < 0)) {
        pt_xdecref(list);
        return NULL;
    }
    return list;
}

static PtObject *b_split(PtObject *s, PtObject *const *a, size_t n, PtObject *k) { return split_common("split", s, a, n, k, 1); }
static PtObject *b_rsplit(PtObject *s, PtObject *const *a, size_t n, PtObject *k) { return split_common("rsplit", s, a, n, k, -1); }

static PtObject *b_splitlines(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"keepends", NULL};
    PtObject *ke = NULL;
    pt_ssize keep = 0, n;
    if (pt_parse_args(args, nargs, kwnames, "|O:splitlines", kwlist, &ke) < 0 || (ke != NULL && arg_ssize(ke, &keep) < 0)) {
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    PtObject *list = pt_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    pt_ssize i = 0;
    while (i < n) {
        pt_ssize j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') {
            j++;
        }
        pt_ssize eol = j;
        if (j < n) {
            j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
            if (keep) {
                eol = j;
            }
        }
        if (append_piece(list, self, d + i, eol - i) < 0) {
            pt_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static PtObject *partition_common(PtObject *self, PtObject *sepobj, int dir) {
    PtBuffer v;
    if (buf_arg(sepobj, &v) < 0) {
        return NULL;
    }
    if (v.len == 0) {
        pt_buffer_release(&v);
        return pt_err_set_string(pt_exc_ValueError, "empty separator");
    }
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    pt_ssize at = find_bytes(d, n, v.buf, v.len, dir);
    PtObject *a, *b, *c;
    if (at < 0) {
        a = dir > 0 ? pt_bytes_make_like(self, d, n) : pt_bytes_make_like(self, "", 0);
        b = pt_bytes_make_like(self, "", 0);
        c = dir > 0 ? pt_bytes_make_like(self, "", 0) : pt_bytes_make_like(self, d, n);
    } else {
        a = pt_bytes_make_like(self, d, at);
        b = pt_bytes_make_like(self, v.buf, v.len);
        c = pt_bytes_make_like(self, d + at + v.len, n - at - v.len);
    }
    pt_buffer_release(&v);
    PtObject *t = a && b && c ? pt_tuple_pack(3, a, b, c) : NULL;
    pt_xdecref(a);
    pt_xdecref(b);
    pt_xdecref(c);
    return t;
}

static PtObject *b_partition(PtObject *self, PtObject *sep) { return partition_common(self, sep, 1); }
static PtObject *b_rpartition(PtObject *self, PtObject *sep) { return partition_common(self, sep, -1); }

// ---- join, replace, translate ----

static PtObject *b_join(PtObject *self, PtObject *iterable) {
    PtObject *it = pt_object_iter(iterable), *seq = NULL, *r = NULL;
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
    pt_ssize sn, count = pt_list_len(seq), total = 0;
    const char *sd = pt_bytes_self_data(self, &sn);
    PtBuffer *views = pt_mem_alloc(sizeof(PtBuffer) * (size_t)(count ? count : 1));
    pt_ssize got = 0;
    char *out = NULL;
    if (views == NULL) {
        pt_err_no_memory();
        goto done;
    }
    for (; got < count; got++) {
        PtObject *item = pt_list_get(seq, got);
        if (pt_buffer_get(item, &views[got], 0) < 0) {
            pt_err_clear();
            pt_err_format(pt_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", got, item);
            goto done;
        }
        total += views[got].len + (got ? sn : 0);
    }
    out = pt_mem_alloc((size_t)total + 1);
    if (out == NULL) {
        pt_err_no_memory();
        goto done;
    }
    pt_ssize w = 0;
    for (pt_ssize i = 0; i < count; i++) {
        if (i) {
            memcpy(out + w, sd, (size_t)sn);
            w += sn;
        }
        memcpy(out + w, views[i].buf, (size_t)views[i].len);
        w += views[i].len;
    }
    r = pt_is_bytearray(self) ? pt_bytearray_new(out, (size_t)total) : pt_bytes_new(out, (size_t)total);
done:
    for (pt_ssize i = 0; i < got; i++) {
        pt_buffer_release(&views[i]);
    }
    pt_mem_free(views, sizeof(PtBuffer) * (size_t)(count ? count : 1));
    pt_mem_free(out, (size_t)total + 1);
    pt_decref(seq);
    return r;
}

static PtObject *b_replace(PtObject *self, PtObject *const *args, size_t nargs) {
    pt_ssize count = -1, n;
    PtBuffer o, nw;
    if (pt_str_check_args("replace", nargs, 2, 3) < 0 || (nargs == 3 && arg_ssize(args[2], &count) < 0)) {
        return NULL;
    }
    if (buf_arg(args[0], &o) < 0) {
        return NULL;
    }
    if (buf_arg(args[1], &nw) < 0) {
        pt_buffer_release(&o);
        return NULL;
    }
    const char *d = pt_bytes_self_data(self, &n);
    pt_ssize found = count == 0 ? 0 : count_bytes(d, n, o.buf, o.len, count < 0 ? -1 : count);
    PtObject *r;
    if (found == 0) {
        r = pt_bytes_make_like(self, d, n);
    } else {
        size_t total = (size_t)(n + found * (nw.len - o.len));
        char *out = pt_mem_alloc(total + 1);
        if (out == NULL) {
            r = pt_err_no_memory();
        } else {
            pt_ssize i = 0, w = 0;
            for (pt_ssize k = 0; k < found; k++) {
                pt_ssize at = o.len == 0 ? i : i + find_bytes(d + i, n - i, o.buf, o.len, 1);
                memcpy(out + w, d + i, (size_t)(at - i));
                w += at - i;
                memcpy(out + w, nw.buf, (size_t)nw.len);
                w += nw.len;
                if (o.len == 0) {
                    if (at < n) {
                        out[w++] = d[at];
                    }
                    i = at + 1;
                } else {
                    i = at + o.len;
                }
            }
            if (i < n) {
                memcpy(out + w, d + i, (size_t)(n - i));
            }
            r = pt_bytes_make_like(self, out, (pt_ssize)total);
            pt_mem_free(out, total + 1);
        }
    }
    pt_buffer_release(&o);
    pt_buffer_release(&nw);
    return r;
}

static PtObject *b_translate(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"", "delete", NULL};
    PtObject *table = NULL, *del = NULL;
    if (pt_parse_args(args, nargs, kwnames, "O|O:translate", kwlist, &table, &del) < 0) {
        return NULL;
    }
    PtBuffer tv, dv;
    int has_t = table != pt_None, has_d = del != NULL;
    if (has_t) {
        if (buf_arg(table, &tv) < 0) {
            return NULL;
        }
        if (tv.len != 256) {
            pt_buffer_release(&tv);
            return pt_err_set_string(pt_exc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (has_d && buf_arg(del, &dv) < 0) {
        if (has_t) {
            pt_buffer_release(&tv);
        }
        return NULL;
    }
    pt_ssize n, w = 0;
    const char *d = pt_bytes_self_data(self, &n);
    char *out = pt_mem_alloc((size_t)n + 1);
    PtObject *r = NULL;
    if (out == NULL) {
        pt_err_no_memory();
    } else {
        for (pt_ssize i = 0; i < n; i++) {
            unsigned char c = (unsigned char)d[i];
            if (has_d && memchr(dv.buf, c, (size_t)dv.len) != NULL) {
                continue;
            }
            out[w++] = has_t ? ((const char *)tv.buf)[c] : (char)c;
        }
        r = pt_bytes_make_like(self, out, w);
        pt_mem_free(out, (size_t)n + 1);
    }
    if (has_t) {
        pt_buffer_release(&tv);
    }
    if (has_d) {
        pt_buffer_release(&dv);
    }
    return r;
}

static PtObject *b_maketrans(PtObject *unused, PtObject *const *args, size_t nargs) {
    PtBuffer f, t;
    if (pt_str_check_args("maketrans", nargs, 2, 2) < 0 || buf_arg(args[0], &f) < 0) {
        return NULL;
    }
    if (buf_arg(args[1], &t) < 0) {
        pt_buffer_release(&f);
        return NULL;
    }
    PtObject *r = NULL;
    if (f.len != t.len) {
        pt_err_set_string(pt_exc_ValueError, "maketrans arguments must have same length");
    } else {
        char table[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (char)i;
        }
        for (pt_ssize i = 0; i < f.len; i++) {
            table[((unsigned char *)f.buf)[i]] = ((char *)t.buf)[i];
        }
        r = pt_bytes_new(table, 256);
    }
    pt_buffer_release(&f);
    pt_buffer_release(&t);
    return r;
}

// ---- decode, hex, fromhex ----

static PtObject *b_decode(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    PtObject *enc = NULL, *errs = NULL;
    char eb[64], rb[64];
    if (pt_parse_args(args, nargs, kwnames, "|OO:decode", kwlist, &enc, &errs) < 0) {
        return NULL;
    }
    if (enc != NULL && !pt_is_str(enc)) {
        return pt_err_format(pt_exc_TypeError, "decode() argument 'encoding' must be str, not %T", enc);
    }
    if (errs != NULL && !pt_is_str(errs)) {
        return pt_err_format(pt_exc_TypeError, "decode() argument 'errors' must be str, not %T", errs);
    }
    if (enc != NULL) {
        pt_str_to_utf8_buf(enc, eb, sizeof eb);
    }
    if (errs != NULL) {
        pt_str_to_utf8_buf(errs, rb, sizeof rb);
    }
    pt_ssize n;
    const char *d = pt_bytes_self_data(self, &n);
    return pt_codecs_decode(d, (size_t)n, enc ? eb : NULL, errs ? rb : NULL);
}

static PtObject *b_hex(PtObject *self, PtObject *const *args, size_t nargs, PtObject *kwnames) {
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    static const char hexd[] = "0123456789abcdef";
    PtObject *sepobj = NULL, *bpsobj = NULL;
    pt_ssize bps = 1, n;
    char sep = 0;
    if (pt_parse_args(args, nargs, kwnames, "|OO:hex", kwlist, &sepobj, &bpsobj) < 0 ||
        (bpsobj != NULL && arg_ssize(bpsobj, &bps) < 0)) {
        return NULL;
    }
    if (sepobj != NULL) {
        pt_ssize sl;
        uint32_t c;
        if (pt_is_str(sepobj)) {
            sl = pt_str_len(sepobj);
            c = sl == 1 ? pt_str_char(sepobj, 0) : 0;
        } else if (pt_is_bytes(sepobj) || pt_is_bytearray(sepobj)) {
            c = (unsigned char)pt_bytes_self_data(sepobj, &sl)[0];
        } else {
            return pt_err_set_string(pt_exc_TypeError, "sep must be str or bytes.");
        }
        if (sl != 1) {
            return pt_err_set_string(pt_exc_ValueError, "sep must be length 1.");
        }
        if (c > 127) {
            return pt_err_set_string(pt_exc_ValueError, "sep must be ASCII.");
        }
        sep = (char)c;
    }
    const unsigned char *d = (const unsigned char *)pt_bytes_self_data(self, &n);
    pt_ssize group = bps < 0 ? -bps : bps;
    if (group == 0) {
        sep = 0;
    }
    pt_ssize nseps = sep && n > 0 ? (n - 1) / group : 0;
    PtObject *r = pt_str_new_raw(n * 2 + nseps, 0x7F);
    if (r == NULL) {
        return NULL;
    }
    char *o = pt_str_fast_data(r);
    pt_ssize w = 0;
    for (pt_ssize i = 0; i < n; i++) {
        if (sep && i > 0) {
            // Separators are counted from the right for bps > 0, the left for bps < 0.
            pt_ssize from = bps > 0 ? n - i : i;
            if (from % group == 0) {
                o[w++] = sep;
            }
        }
        o[w++] = hexd[d[i] >> 4];
        o[w++] = hexd[d[i] & 15];
    }
    return r;
}

static int hexval(uint32_t c) {
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

static PtObject *b_fromhex(PtObject *cls, PtObject *s) {
    if (!pt_is_str(s)) {
        return pt_err_format(pt_exc_TypeError, "fromhex() argument must be str, not %T", s);
    }
    pt_ssize n = pt_str_len(s), w = 0, i = 0;
    char *out = pt_mem_alloc((size_t)n / 2 + 1);
    if (out == NULL) {
        return pt_err_no_memory();
    }
    while (i < n) {
        uint32_t c = pt_str_char(s, i);
        if (c == ' ' || (c >= 9 && c <= 13)) {
            i++;
            continue;
        }
        int hi = hexval(c), lo = i + 1 < n ? hexval(pt_str_char(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            pt_mem_free(out, (size_t)n / 2 + 1);
            return pt_err_format(pt_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                                 hi < 0 ? i : i + 1);
        }
        out[w++] = (char)(hi * 16 + lo);
        i += 2;
    }
    PtObject *r;
    if ((PtType *)cls == &pt_bytearray_type) {
        r = pt_bytearray_new(out, (size_t)w);
    } else if ((PtType *)cls == &pt_bytes_type) {
        r = pt_bytes_new(out, (size_t)w);
    } else {  // a subclass: call it with the bytes, as CPython does
        PtObject *b = pt_bytes_new(out, (size_t)w);
        r = b == NULL ? NULL : pt_object_call1(cls, b);
        pt_xdecref(b);
    }
    pt_mem_free(out, (size_t)n / 2 + 1);
    return r;
}

// ---- The method tables ----

#define COMMON_METHODS                                                                                         \
    {"capitalize", PT_FN(b_capitalize), PT_METH_NOARGS, "B.capitalize() -> copy of B"},                         \
    {"center", PT_FN(b_center), PT_METH_FAST, "Return a centered string of length width."},                     \
    {"count", PT_FN(b_count), PT_METH_FAST, "B.count(sub[, start[, end]]) -> int"},                             \
    {"decode", PT_FN(b_decode), PT_METH_FASTKW, "Decode the bytes using the codec registered for encoding."},   \
    {"endswith", PT_FN(b_endswith), PT_METH_FAST, "B.endswith(suffix[, start[, end]]) -> bool"},                \
    {"expandtabs", PT_FN(b_expandtabs), PT_METH_FASTKW, "Return a copy where all tab characters are expanded."}, \
    {"find", PT_FN(b_find), PT_METH_FAST, "B.find(sub[, start[, end]]) -> int"},                                \
    {"fromhex", PT_FN(b_fromhex), PT_METH_O | PT_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."}, \
    {"hex", PT_FN(b_hex), PT_METH_FASTKW, "Create a string of hexadecimal numbers from a bytes object."},        \
    {"index", PT_FN(b_index), PT_METH_FAST, "B.index(sub[, start[, end]]) -> int"},                             \
    {"isalnum", PT_FN(b_isalnum), PT_METH_NOARGS, "B.isalnum() -> bool"},                                       \
    {"isalpha", PT_FN(b_isalpha), PT_METH_NOARGS, "B.isalpha() -> bool"},                                       \
    {"isascii", PT_FN(b_isascii), PT_METH_NOARGS, "B.isascii() -> bool"},                                       \
    {"isdigit", PT_FN(b_isdigit), PT_METH_NOARGS, "B.isdigit() -> bool"},                                       \
    {"islower", PT_FN(b_islower), PT_METH_NOARGS, "B.islower() -> bool"},                                       \
    {"isspace", PT_FN(b_isspace), PT_METH_NOARGS, "B.isspace() -> bool"},                                       \
    {"istitle", PT_FN(b_istitle), PT_METH_NOARGS, "B.istitle() -> bool"},                                       \
    {"isupper", PT_FN(b_isupper), PT_METH_NOARGS, "B.isupper() -> bool"},                                       \
    {"join", PT_FN(b_join), PT_METH_O, "Concatenate any number of bytes objects."},                             \
    {"ljust", PT_FN(b_ljust), PT_METH_FAST, "Return a left-justified string of length width."},                 \
    {"lower", PT_FN(b_lower), PT_METH_NOARGS, "B.lower() -> copy of B"},                                        \
    {"lstrip", PT_FN(b_lstrip), PT_METH_FAST, "Strip leading bytes contained in the argument."},                \
    {"maketrans", PT_FN(b_maketrans), PT_METH_FAST | PT_METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."}, \
    {"partition", PT_FN(b_partition), PT_METH_O, "Partition the bytes into three parts using the given separator."}, \
    {"removeprefix", PT_FN(b_removeprefix), PT_METH_O, "Return a bytes object with the given prefix string removed if present."}, \
    {"removesuffix", PT_FN(b_removesuffix), PT_METH_O, "Return a bytes object with the given suffix string removed if present."}, \
    {"replace", PT_FN(b_replace), PT_METH_FAST, "Return a copy with all occurrences of substring old replaced by new."}, \
    {"rfind", PT_FN(b_rfind), PT_METH_FAST, "B.rfind(sub[, start[, end]]) -> int"},                             \
    {"rindex", PT_FN(b_rindex), PT_METH_FAST, "B.rindex(sub[, start[, end]]) -> int"},                          \
    {"rjust", PT_FN(b_rjust), PT_METH_FAST, "Return a right-justified string of length width."},                \
    {"rpartition", PT_FN(b_rpartition), PT_METH_O, "Partition the bytes into three parts using the given separator."}, \
    {"rsplit", PT_FN(b_rsplit), PT_METH_FASTKW, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rstrip", PT_FN(b_rstrip), PT_METH_FAST, "Strip trailing bytes contained in the argument."},               \
    {"split", PT_FN(b_split), PT_METH_FASTKW, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", PT_FN(b_splitlines), PT_METH_FASTKW, "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"startswith", PT_FN(b_startswith), PT_METH_FAST, "B.startswith(prefix[, start[, end]]) -> bool"},          \
    {"strip", PT_FN(b_strip), PT_METH_FAST, "Strip leading and trailing bytes contained in the argument."},      \
    {"swapcase", PT_FN(b_swapcase), PT_METH_NOARGS, "B.swapcase() -> copy of B"},                               \
    {"title", PT_FN(b_title), PT_METH_NOARGS, "B.title() -> copy of B"},                                        \
    {"translate", PT_FN(b_translate), PT_METH_FASTKW, "Return a copy with each character mapped by the given translation table."}, \
    {"upper", PT_FN(b_upper), PT_METH_NOARGS, "B.upper() -> copy of B"},                                        \
    {"zfill", PT_FN(b_zfill), PT_METH_O, "Pad a numeric string with zeros on the left, to fill a field of the given width."}

const PtMethodDef pt_bytes_methods[] = {
    {"__getnewargs__", PT_FN(pt_bytes_getnewargs), PT_METH_NOARGS, NULL},
    {"__bytes__", PT_FN(pt_bytes_bytes), PT_METH_NOARGS, "Convert this value to exact type bytes."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

const PtMethodDef pt_bytearray_methods[] = {
    {"__alloc__", PT_FN(pt_bytearray_alloc), PT_METH_NOARGS, "B.__alloc__() -> int"},
    {"__sizeof__", PT_FN(pt_bytearray_sizeof), PT_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes."},
    {"append", PT_FN(pt_bytearray_append), PT_METH_O, "Append a single item to the end of the bytearray."},
    {"clear", PT_FN(pt_bytearray_clear), PT_METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", PT_FN(pt_bytearray_copy), PT_METH_NOARGS, "Return a copy of B."},
    {"extend", PT_FN(pt_bytearray_extend), PT_METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", PT_FN(pt_bytearray_insert), PT_METH_FAST, "Insert a single item into the bytearray before the given index."},
    {"pop", PT_FN(pt_bytearray_pop), PT_METH_FAST, "Remove and return a single item from B."},
    {"remove", PT_FN(pt_bytearray_remove), PT_METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", PT_FN(pt_bytearray_reverse), PT_METH_NOARGS, "Reverse the order of the values in B in place."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};
