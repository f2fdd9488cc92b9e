// tools/fuzz/fuzz_compile.c: libFuzzer target for the front end.
//
// Feeds arbitrary bytes to pt_compile (tokenizer, parser, symbol table, code
// generator) in each of the three modes, after one pt_init. The contract under
// test: any input either yields a code object or fails with an exception set
// (SyntaxError and friends, MemoryError, RecursionError, ValueError for NUL
// bytes), never a crash, a sanitizer report, a leak of the exception state or
// a hang. The first input byte picks the mode and flags, so one corpus covers
// exec, eval and single ("interactive") compilation.
// Built by tools/fuzz/build.sh; the corpus is seeded from tests/golden/**/*.py.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "pith.h"          // pt_init, pt_err_*, pt_str_from_cstr, pt_decref
#include "pith/compile.h"  // pt_compile_ex, PT_CF_*

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Set once by LLVMFuzzerInitialize; read-only afterwards (one fuzzing thread).
static PtObject *filename;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    static char arg0[] = "fuzz_compile";
    static char *fake_argv[] = {arg0, NULL};
    PtConfig cfg = {0};
    cfg.argc = 1;
    cfg.argv = fake_argv;
    cfg.orig_argc = 1;
    cfg.orig_argv = fake_argv;
    cfg.ignore_env = 1;
    cfg.dont_write_bytecode = 1;
    if (pt_init(&cfg) < 0) {
        fprintf(stderr, "fuzz_compile: pt_init failed\n");
        abort();
    }
    filename = pt_str_from_cstr("<fuzz>");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) {
        return 0;
    }
    // Byte 0: bits 0-1 the mode, bit 2 "from __future__ import annotations",
    // bit 3 top-level await allowed, bit 4 incomplete input allowed (the REPL's
    // flag), bits 5-6 the optimization level.
    uint8_t ctl = data[0];
    int mode = (ctl & 3) == 1 ? PT_MODE_EVAL : (ctl & 3) == 2 ? PT_MODE_SINGLE : PT_MODE_EXEC;
    int flags = 0;
    if (ctl & 4) {
        flags |= PT_CF_FUTURE_ANNOTATIONS;
    }
    if (ctl & 8) {
        flags |= PT_CF_ALLOW_TOP_LEVEL_AWAIT;
    }
    if (ctl & 16) {
        flags |= PT_CF_ALLOW_INCOMPLETE_INPUT;
    }
    int optimize = (ctl >> 5) & 3;
    if (optimize == 3) {
        optimize = -1;
    }
    PtObject *code = pt_compile_ex((const char *)data + 1, size - 1, filename, mode, flags, optimize);
    if (code != NULL) {
        if (pt_err_occurred() != NULL) {
            fprintf(stderr, "fuzz_compile: success returned with an exception set\n");
            abort();
        }
        pt_decref(code);
    } else {
        if (pt_err_occurred() == NULL) {
            fprintf(stderr, "fuzz_compile: failure returned with no exception set\n");
            abort();
        }
        pt_err_clear();
    }
    return 0;
}
