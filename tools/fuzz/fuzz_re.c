// tools/fuzz/fuzz_re.c: libFuzzer target for the re module (lib/re + src/modules/mod_re.c).
//
// Input layout: byte 0 picks the flags (its low bits: IGNORECASE, MULTILINE,
// DOTALL, VERBOSE, ASCII) and, with bit 7, a bytes pattern and subject;
// the rest is "pattern\0subject" (no NUL: the pattern doubles as the
// subject), decoded as UTF-8 with replacement for str. Each input compiles
// the pattern through re.compile (so the Python-side reader and the PCRE2
// rewrite are fuzzed together), then runs search, match, fullmatch, findall,
// split, sub with a template and with a callable, and a finditer walk.
// re.error, ValueError, OverflowError and RecursionError are expected
// outcomes; the contract is no crash, no sanitizer report, and failure iff
// an exception is set. Only the public API (include/pith.h) is used.
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
static PtObject *re_mod, *repl_fn;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static char arg0[] = "fuzz_re";
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
        fprintf(stderr, "fuzz_re: pt_init failed\n");
        abort();
    }
    re_mod = pt_import("re");
    // A callable replacement: the matched text reversed.
    PtObject *r = pt_run_string("lambda m: m.group()[::-1]", "<fuzz>", PT_MODE_EVAL, NULL, NULL);
    repl_fn = r;
    if (re_mod == NULL || repl_fn == NULL) {
        pt_err_print();
        abort();
    }
    return 0;
}

// Check the return contract and drop the result.
static void done(PtObject *r) {
    if ((r == NULL) != (pt_err_occurred() != NULL)) {
        fprintf(stderr, "fuzz_re: result/exception mismatch\n");
        abort();
    }
    pt_xdecref(r);
    pt_err_clear();
}

static void call1(PtObject *obj, const char *name, PtObject *a) {
    done(pt_object_call_method_str(obj, name, &a, 1));
}

static void call2(PtObject *obj, const char *name, PtObject *a, PtObject *b) {
    PtObject *args[2] = {a, b};
    done(pt_object_call_method_str(obj, name, args, 2));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) {
        return 0;
    }
    int ctl = data[0];
    data++;
    size--;
    const uint8_t *nul = memchr(data, 0, size);
    size_t plen = nul != NULL ? (size_t)(nul - data) : size;
    const uint8_t *subj = nul != NULL ? nul + 1 : data;
    size_t slen = nul != NULL ? size - plen - 1 : size;
    int is_bytes = (ctl & 0x80) != 0;
    static const int flag_bits[] = {2, 8, 16, 64, 256};
    int flags = 0;
    for (int i = 0; i < 5; i++) {
        if (ctl & (1 << i)) {
            flags |= flag_bits[i];
        }
    }
    if (is_bytes) {
        flags &= ~256;
    }
    PtObject *pat = is_bytes ? pt_bytes_new(data, plen) : pt_str_from_utf8_replace((const char *)data, plen);
    PtObject *s = is_bytes ? pt_bytes_new(subj, slen) : pt_str_from_utf8_replace((const char *)subj, slen);
    PtObject *fl = pt_int_from_i64(flags);
    PtObject *tmpl = is_bytes ? pt_bytes_new("<\\g<0>>", 7) : pt_str_from_cstr("<\\g<0>>");
    PtObject *args[2] = {pat, fl};
    PtObject *p = pat != NULL && s != NULL && fl != NULL && tmpl != NULL
                      ? pt_object_call_method_str(re_mod, "compile", args, 2)
                      : NULL;
    if (p == NULL) {
        done(NULL);
    } else {
        call1(p, "search", s);
        call1(p, "match", s);
        call1(p, "fullmatch", s);
        call1(p, "findall", s);
        call1(p, "split", s);
        call2(p, "sub", tmpl, s);
        call2(p, "subn", repl_fn, s);
        PtObject *it = pt_object_call_method_str(p, "finditer", &s, 1);
        if (it != NULL) {
            PtObject *m;
            int n = 0;
            while (n++ < 64 && (m = pt_iter_next(it)) != NULL) {
                done(pt_object_call_method_str(m, "groups", NULL, 0));
                done(pt_object_call_method_str(m, "groupdict", NULL, 0));
                done(pt_object_repr(m));
                pt_decref(m);
            }
            pt_decref(it);
        }
        pt_err_clear();  // the walk ends with NULL, with or without an exception
        done(pt_object_repr(p));
        pt_decref(p);
    }
    pt_xdecref(pat);
    pt_xdecref(s);
    pt_xdecref(fl);
    pt_xdecref(tmpl);
    pt_err_clear();
    return 0;
}
