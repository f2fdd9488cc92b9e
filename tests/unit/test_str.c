// tests/unit/test_str.c: unit tests of str internals (src/obj/str*.c, codecs.c, formatspec.c).
//
// Runs against the real runtime (pt_init) and checks what golden tests cannot
// see: canonical kinds after every kind of construction, the builder's
// widening, interning and PT_ID identity, hash stability, the Unicode
// database on sample code points, codec round trips and error ranges, and the
// format-spec parser's fields.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "pith.h"              // the object API, pt_init
#include "pith/codecs.h"       // pt_codecs_*
#include "obj/formatspec.h"    // pt_formatspec_parse, pt_format_*
#include "obj/str.h"           // PtStr, kinds, pt_uni_*

// The kind bits of a str: 0 ASCII, 1 Latin-1, 2 UCS-2, 4 UCS-4.
static int kind_of(PtObject *s) {
    uint32_t k = s->tinfo & PT_STR_KIND_MASK;
    return k == PT_STR_K_ASCII ? 0 : k == PT_STR_K_LATIN1 ? 1 : k == PT_STR_K_UCS2 ? 2 : 4;
}

static int eq_utf8(PtObject *s, const char *want) {
    char buf[256];
    pt_str_to_utf8_buf(s, buf, sizeof buf);
    return strcmp(buf, want) == 0;
}

static void test_canonical_kinds(void) {
    PtObject *a = pt_str_from_cstr("abc"), *l = pt_str_from_cstr("h\xc3\xa9"), *u = pt_str_from_cstr("\xe2\x82\xac"),
             *w = pt_str_from_cstr("\xf0\x9f\x98\x80");
    CHECK_EQ(kind_of(a), 0);
    CHECK_EQ(kind_of(l), 1);
    CHECK_EQ(kind_of(u), 2);
    CHECK_EQ(kind_of(w), 4);
    // Narrowing: a substring of a wide string is as narrow as its characters.
    PtObject *cat = pt_str_concat(a, w);
    PtObject *sub = pt_str_substr(cat, 0, 3);
    CHECK_EQ(kind_of(cat), 4);
    CHECK_EQ(kind_of(sub), 0);
    CHECK(pt_str_eq(sub, a));
    CHECK_EQ(pt_str_hash(sub), pt_str_hash(a));
    uint32_t cps[3] = {'x', 0xE9, 'y'};
    PtObject *f = pt_str_from_ucs4(cps, 3);
    CHECK_EQ(kind_of(f), 1);
    PtObject *g = pt_str_from_kind(4, (uint32_t[]){'o', 'k'}, 2);
    CHECK_EQ(kind_of(g), 0);
    CHECK(eq_utf8(g, "ok"));
    pt_decref(a);
    pt_decref(l);
    pt_decref(u);
    pt_decref(w);
    pt_decref(cat);
    pt_decref(sub);
    pt_decref(f);
    pt_decref(g);
}

static void test_builder_widens(void) {
    PtStrBuilder sb;
    pt_sb_init(&sb);
    CHECK_EQ(pt_sb_append_ascii(&sb, "ab", 2), 0);
    CHECK_EQ(pt_sb_append_char(&sb, 0xE9), 0);
    CHECK_EQ(sb.kind, 1);
    CHECK_EQ(pt_sb_append_char(&sb, 0x1F600), 0);
    CHECK_EQ(sb.kind, 4);
    for (int i = 0; i < 100; i++) {
        CHECK_EQ(pt_sb_append_char(&sb, 'z'), 0);
    }
    PtObject *s = pt_sb_finish(&sb);
    CHECK(s != NULL && pt_str_len(s) == 104);
    CHECK_EQ(kind_of(s), 4);
    CHECK_EQ(pt_str_char(s, 2), 0xE9);
    CHECK_EQ(pt_str_char(s, 3), 0x1F600);
    pt_decref(s);
    pt_sb_init(&sb);
    s = pt_sb_finish(&sb);
    CHECK(s != NULL && pt_str_len(s) == 0);
    pt_decref(s);
}

static void test_interning(void) {
    PtObject *a = pt_str_intern_cstr("some_identifier");
    PtObject *b = pt_str_intern(pt_str_from_cstr("some_identifier"));
    CHECK(a == b);
    CHECK(pt_has_flag(a, PT_STR_INTERNED));
    CHECK(PT_ID(some_identifier) == a);
    CHECK(PT_ID(some_identifier) == PT_ID(some_identifier));
    CHECK(pt_str_id("__init__") == pt_str_intern_cstr("__init__"));
    pt_decref(pt_str_intern_cstr("__init__"));
    pt_decref(a);
    pt_decref(b);
}

static void test_hash(void) {
    PtObject *e = pt_str_new_empty();
    CHECK_EQ(pt_str_hash(e), 0);
    PtObject *x = pt_str_from_cstr("hash me"), *y = pt_str_from_cstr("hash me");
    CHECK(x != y);
    CHECK_EQ(pt_str_hash(x), pt_str_hash(y));
    CHECK(pt_str_hash(x) != -1);
    pt_decref(e);
    pt_decref(x);
    pt_decref(y);
}

static void test_unicode_db(void) {
    uint32_t out[3];
    CHECK_EQ(pt_uni_to_upper(0xDF, out), 2);  // ß -> SS
    CHECK(out[0] == 'S' && out[1] == 'S');
    CHECK_EQ(pt_uni_to_lower(0x130, out), 2);  // İ -> i + combining dot
    CHECK_EQ(pt_uni_to_title(0x1C6, out), 1);  // ǆ -> ǅ
    CHECK_EQ(out[0], 0x1C5);
    CHECK_EQ(pt_uni_to_fold(0xDF, out), 2);
    CHECK(pt_uni_isdecimal(0x663) && pt_uni_decimal_value(0x663) == 3);
    CHECK(!pt_uni_isdecimal(0xB2) && pt_uni_isdigit(0xB2) && pt_uni_isnumeric(0xBD));
    CHECK(pt_uni_isnumeric(0x4E00) && !pt_uni_isdigit(0x4E00));
    CHECK(pt_uni_isspace(0x3000) && pt_uni_isspace(0x1C) && !pt_uni_isspace(0x200B));
    CHECK(!pt_uni_isprintable(0xAD) && pt_uni_isprintable(0xE9) && !pt_uni_isprintable(0xA0));
    CHECK(pt_uni_islower(0xAA) && pt_uni_isxid_start(0x2118) && !pt_uni_isxid_start(0x2E2F));
    CHECK_EQ(pt_uni_decimal_value('a'), -1);
}

static void test_codecs(void) {
    PtObject *s = pt_codecs_decode("a\xff" "b", 3, "utf-8", "surrogateescape");
    CHECK(s != NULL && pt_str_len(s) == 3 && pt_str_char(s, 1) == 0xDCFF);
    PtObject *b = s ? pt_codecs_encode(s, "utf-8", "surrogateescape") : NULL;
    CHECK(b != NULL && pt_bytes_len(b) == 3 && memcmp(pt_bytes_data(b), "a\xff" "b", 3) == 0);
    pt_xdecref(s);
    pt_xdecref(b);
    CHECK(pt_codecs_decode("\xe2\x82", 2, NULL, NULL) == NULL);
    CHECK(pt_err_matches(pt_exc_UnicodeDecodeError));
    pt_err_clear();
    size_t used = 0;
    s = pt_codecs_decode_utf8_stateful("ab\xe2\x82", 4, NULL, 0, &used);
    CHECK(s != NULL && pt_str_len(s) == 2 && used == 2);
    pt_xdecref(s);
    CHECK(pt_codecs_decode("x", 1, "no-such-codec", NULL) == NULL && pt_err_matches(pt_exc_LookupError));
    pt_err_clear();
    CHECK(strcmp(pt_codecs_lookup_name("UTF8"), "utf-8") == 0);
    CHECK(strcmp(pt_codecs_lookup_name("Latin_1"), "latin-1") == 0);
    CHECK(pt_codecs_lookup_name("nope") == NULL);
}

static void test_formatspec(void) {
    PtObject *spec = pt_str_from_cstr("*^+#012,.3f");
    PtFormatSpec f;
    CHECK_EQ(pt_formatspec_parse(spec, '>', "float", &f), 0);
    CHECK_EQ(f.fill, '*');
    CHECK_EQ(f.align, '^');
    CHECK_EQ(f.sign, '+');
    CHECK_EQ(f.alternate, 1);
    CHECK_EQ(f.width, 12);
    CHECK_EQ(f.grouping, ',');
    CHECK_EQ(f.precision, 3);
    CHECK_EQ(f.type, 'f');
    pt_decref(spec);
    spec = pt_str_from_cstr("09,");
    PtObject *r = pt_format_int(pt_smallint(1234), spec);
    CHECK(r != NULL && eq_utf8(r, "0,001,234"));
    pt_xdecref(r);
    pt_decref(spec);
    spec = pt_str_from_cstr(".2");
    r = pt_format_float(10.0, spec);
    CHECK(r != NULL && eq_utf8(r, "1e+01"));
    pt_xdecref(r);
    pt_decref(spec);
}

int main(int argc, char **argv) {
    test_init(argc, argv);
    static char name[] = "test_str";
    static char *args[] = {name, NULL};
    PtConfig cfg = {.argc = 1, .argv = args};
    if (pt_init(&cfg) < 0) {
        printf("pt_init failed\n");
        return 1;
    }
    RUN(test_canonical_kinds);
    RUN(test_builder_widens);
    RUN(test_interning);
    RUN(test_hash);
    RUN(test_unicode_db);
    RUN(test_codecs);
    RUN(test_formatspec);
    return test_summary();
}
