// tests/unit/harness.h: the C unit tests' harness, small enough to read in a minute.
//
// A test is a `static void name(void)` that uses CHECK* macros; main() runs
// each with RUN(name) and ends with `return test_summary();`, which prints
// "N passed, N failed" (tests, not checks: tests/run.py reads that line) and
// returns non-zero if any test failed. A failing check prints file:line and
// the expression, and the test goes on, so one run shows every failure.
// Run a binary with -v to see each test's name as it runs.
#ifndef PT_TESTS_UNIT_HARNESS_H
#define PT_TESTS_UNIT_HARNESS_H

#include <stdio.h>
#include <string.h>

static int test_passed, test_failed;  // tests
static int test_failed_checks;        // checks failed in the current test
static int test_verbose;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                   \
            test_failed_checks++;                                                    \
        }                                                                            \
    } while (0)

// Integer equality, printing both values when they differ.
#define CHECK_EQ(a, b)                                                               \
    do {                                                                             \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);              \
        if (check_a_ != check_b_) {                                                  \
            printf("FAIL %s:%d: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, \
                   check_a_, check_b_);                                              \
            test_failed_checks++;                                                    \
        }                                                                            \
    } while (0)

#define RUN(name) test_run(#name, name)

static inline void test_run(const char *name, void (*fn)(void)) {
    if (test_verbose) {
        printf("-- %s\n", name);
        fflush(stdout);
    }
    test_failed_checks = 0;
    fn();
    if (test_failed_checks == 0) {
        test_passed++;
    } else {
        test_failed++;
        printf("FAILED: %s (%d checks)\n", name, test_failed_checks);
    }
}

static inline void test_init(int argc, char **argv) {
    test_verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
}

static inline int test_summary(void) {
    printf("%d passed, %d failed\n", test_passed, test_failed);
    return test_failed != 0;
}

#endif  // PT_TESTS_UNIT_HARNESS_H
