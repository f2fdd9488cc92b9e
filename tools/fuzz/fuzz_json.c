// tools/fuzz/fuzz_json.c: libFuzzer target for json (lib/json + src/modules/mod_json.c).
//
// Each input, decoded as UTF-8 with replacement, goes to json.loads; byte 0
// also picks loads options (strict=False, object_pairs_hook=list,
// parse_float=str). When it decodes, the value is encoded again with
// json.dumps (plain, then indent=2 with sort_keys when the keys allow it,
// then ensure_ascii=False) and the plain text is loaded back. JSONDecodeError,
// ValueError, TypeError and RecursionError are expected outcomes; the
// contract is no crash, no sanitizer report, and failure iff an exception is
// set. Only the public API (include/pith.h) is used.
// Built by tools/fuzz/build_text.sh.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"  // pt_init, pt_import, pt_object_*, pt_err_*

#ifndef PITH_LIBDIR
#define PITH_LIBDIR "lib"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Set once at start-up; the fuzzer runs on one thread.
static PtObject *json_mod, *kw_strict, *kw_pairs, *kw_float, *kw_dump;
static PtObject *list_type, *str_type;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static char arg0[] = "fuzz_json";
    static char *fake_argv[] = {arg0, NULL};
    PtConfig cfg = {0};
    cfg.argc = 1;
    cfg.argv = fake_argv;
    cfg.orig_argc = 1;
    cfg.orig_argv = fake_argv;
    cfg.libdir = PITH_LIBDIR;
    cfg.ignore_env = 1;
    cfg.dont_write_bytecode = 1;
    (void)argc;
    (void)argv;
    if (pt_init(&cfg) < 0) {
        fprintf(stderr, "fuzz_json: pt_init failed\n");
        abort();
    }
    json_mod = pt_import("json");
    kw_strict = pt_tuple_pack(1, pt_str_id("strict"));
    kw_pairs = pt_tuple_pack(1, pt_str_id("object_pairs_hook"));
    kw_float = pt_tuple_pack(1, pt_str_id("parse_float"));
    kw_dump = pt_tuple_pack(2, pt_str_id("indent"), pt_str_id("sort_keys"));
    list_type = (PtObject *)&pt_list_type;
    str_type = (PtObject *)&pt_str_type;
    if (json_mod == NULL || kw_strict == NULL || kw_pairs == NULL || kw_float == NULL || kw_dump == NULL) {
        pt_err_print();
        abort();
    }
    return 0;
}

static void check(PtObject *r) {
    if ((r == NULL) != (pt_err_occurred() != NULL)) {
        fprintf(stderr, "fuzz_json: result/exception mismatch\n");
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) {
        return 0;
    }
    int ctl = data[0];
    PtObject *text = pt_str_from_utf8_replace((const char *)data + 1, size - 1);
    if (text == NULL) {
        pt_err_clear();
        return 0;
    }
    PtObject *loads = pt_object_getattr_str(json_mod, "loads");
    PtObject *dumps = pt_object_getattr_str(json_mod, "dumps");
    PtObject *v = NULL;
    if (loads != NULL && dumps != NULL) {
        PtObject *args[2] = {text, NULL};
        switch (ctl & 3) {
        case 0:
            v = pt_object_call(loads, args, 1, NULL);
            break;
        case 1:
            args[1] = pt_False;
            v = pt_object_call(loads, args, 1, kw_strict);
            break;
        case 2:
            args[1] = list_type;
            v = pt_object_call(loads, args, 1, kw_pairs);
            break;
        default:
            args[1] = str_type;
            v = pt_object_call(loads, args, 1, kw_float);
            break;
        }
        check(v);
        pt_err_clear();
    }
    if (v != NULL) {
        PtObject *out = pt_object_call1(dumps, v);
        check(out);
        pt_err_clear();
        if (out != NULL) {
            PtObject *back = pt_object_call1(loads, out);
            check(back);
            pt_xdecref(back);
            pt_err_clear();
            pt_decref(out);
        }
        PtObject *two = pt_int_from_i64(2);
        PtObject *dargs[3] = {v, two, pt_True};
        out = pt_object_call(dumps, dargs, 1, kw_dump);
        check(out);
        pt_xdecref(out);
        pt_err_clear();
        pt_decref(v);
    }
    pt_xdecref(loads);
    pt_xdecref(dumps);
    pt_decref(text);
    pt_err_clear();
    return 0;
}
