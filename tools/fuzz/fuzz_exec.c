// tools/fuzz/fuzz_exec.c: libFuzzer target that compiles AND runs small programs.
//
// Each input is Python source (after a control byte, as in fuzz_compile.c). It
// is compiled in exec mode and run in a fresh globals dict; any exception is
// cleared. The contract: no crash, no sanitizer report, and failure returned
// if and only if an exception is set.
//
// Programs must end. A SIGALRM interval timer trips SIGINT in pith's signal
// table (pt_signal_trip) every millisecond once a run has lasted 100 ms, so a
// long loop dies with KeyboardInterrupt at its next eval-breaker check. A
// program could swallow those (a bare except inside a loop, `finally:
// continue`, an __exit__ returning True) or spend seconds inside one C call
// (9 ** 9 ** 9), so inputs holding such spellings are skipped: the list in
// `rejected` below, and a bare `except:`. Imports and dunders are skipped
// too, which keeps the process's shared state (sys, builtins, signal
// handlers, files) out of reach.
//
// This file reaches into the core (pt_eval_code, the signal table), so it is
// built with -DPT_CORE -Isrc; it is a tool, not part of the layered tree.
// Built by tools/fuzz/build.sh.
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "pith.h"          // pt_init, pt_dict_*, pt_err_*, pt_decref
#include "pith/compile.h"  // pt_compile
#include "mem/gc.h"        // pt_gc_collect
#include "vm/eval.h"       // pt_eval_code
#include "vm/signals.h"    // pt_signal_trip
#include "vm/state.h"      // pt_interp

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Set once at start-up; the fuzzer runs on one thread.
static PtObject *filename;
// Counts runs between cycle collections; one fuzzing thread.
static unsigned runs;
// Set by the fuzzing thread around a run, read by the SIGALRM handler.
static volatile sig_atomic_t running;

static void on_alarm(int sig) {
    (void)sig;
    if (running) {
        pt_signal_trip(SIGINT);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    static char arg0[] = "fuzz_exec";
    static char *fake_argv[] = {arg0, NULL};
    PtConfig cfg = {0};
    cfg.argc = 1;
    cfg.argv = fake_argv;
    cfg.orig_argc = 1;
    cfg.orig_argv = fake_argv;
    cfg.ignore_env = 1;
    cfg.dont_write_bytecode = 1;
    if (pt_init(&cfg) < 0) {
        fprintf(stderr, "fuzz_exec: pt_init failed\n");
        abort();
    }
    filename = pt_str_from_cstr("<fuzz>");
    // print() output goes nowhere; libFuzzer reports on stderr.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 1);
        close(devnull);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    return 0;
}

// Spellings that could make a program outlive the alarm (see the header).
static const char *const rejected[] = {
    "while", "BaseException", "KeyboardInterrupt", "finally", "__", "import", "**", "<<",
    "pow", "open", "input", "sleep", "signal", "iter", "exec", "eval", "compile", "breakpoint",
    "help", "setrecursionlimit", "factorial",
    "9" "9" "9" "9" "9" "9",  // six nines in a row: some huge repetition count
};

// A bare `except:` (with any spacing before the colon) catches KeyboardInterrupt.
static int has_bare_except(const char *src) {
    for (const char *p = strstr(src, "except"); p != NULL; p = strstr(p + 6, "except")) {
        const char *q = p + 6;
        while (*q == ' ' || *q == '\t' || *q == '\\' || *q == '\n' || *q == '\r' || *q == '\f') {
            q++;
        }
        if (*q == ':') {
            return 1;
        }
    }
    return 0;
}

static int acceptable(const char *src, size_t len) {
    if (memchr(src, '\0', len) != NULL) {
        return 0;  // compile rejects it; fuzz_compile covers that path
    }
    for (size_t i = 0; i < sizeof rejected / sizeof rejected[0]; i++) {
        if (strstr(src, rejected[i]) != NULL) {
            return 0;
        }
    }
    return !has_bare_except(src);
}

static void arm(int on) {
    struct itimerval t;
    memset(&t, 0, sizeof t);
    if (on) {
        t.it_value.tv_usec = 100000;
        t.it_interval.tv_usec = 1000;
    }
    running = on;
    setitimer(ITIMER_REAL, &t, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2 || size > 4096) {
        return 0;
    }
    char *src = pt_raw_alloc(size);
    if (src == NULL) {
        return 0;
    }
    memcpy(src, data + 1, size - 1);
    src[size - 1] = '\0';
    if (!acceptable(src, size - 1)) {
        pt_raw_free(src);
        return 0;
    }
    PtObject *code = pt_compile(src, size - 1, filename, PT_MODE_EXEC, 0);
    pt_raw_free(src);
    if (code == NULL) {
        pt_err_clear();
        return 0;
    }
    PtObject *globals = pt_dict_new();
    if (globals == NULL || pt_dict_set_cstr(globals, "__builtins__", pt_interp()->builtins_mod) < 0 ||
        pt_dict_set_cstr(globals, "__name__", filename) < 0) {
        abort();
    }
    arm(1);
    PtObject *r = pt_eval_code(code, globals, globals);
    arm(0);
    if ((r == NULL) != (pt_err_occurred() != NULL)) {
        fprintf(stderr, "fuzz_exec: result %p with exception %p\n", (void *)r, (void *)pt_err_occurred());
        abort();
    }
    if (r == NULL) {
        pt_err_clear();
    } else {
        pt_decref(r);
    }
    // A pending trip from the last millisecond must not hit the next input.
    pt_check_signals();
    pt_err_clear();
    pt_dict_clear(globals);
    pt_decref(globals);
    pt_decref(code);
    if (++runs % 64 == 0) {
        pt_gc_collect(2);
    }
    return 0;
}
