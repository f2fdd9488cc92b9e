// src/main/repl.c: the interactive prompt, with line editing and history (libedit).
//
// Lines are gathered into one statement the way CPython's prompt does: a
// line that opens a block (ends with ':'), leaves a bracket or a triple-quoted
// string open, or ends with a backslash asks for more ("... "), and a block
// ends at an empty line. The statement is compiled in 'single' mode, so
// expression values are echoed through sys.displayhook.
//
// Line editing comes from libedit, loaded with dlopen the first time a
// terminal session starts: linking it would cost every `pith script.py`
// about 700 KB of resident memory at start-up for a feature it never uses.
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pith.h"       // pt_run_string, pt_handle_exception_exit
#include "main/repl.h"  // pt_repl_run

// Does `src` need more lines? Tracks brackets and strings, ignoring comments.
static int needs_more(const char *src, int *in_block) {
    int depth = 0;
    char quote = 0;
    int triple = 0;
    const char *last_line = src;
    for (const char *p = src; *p; p++) {
        if (*p == '\n' && p[1]) {
            last_line = p + 1;
        }
        if (quote) {
            if (*p == '\\' && p[1]) {
                p++;
            } else if (triple && p[0] == quote && p[1] == quote && p[2] == quote) {
                quote = 0;
                p += 2;
            } else if (!triple && (*p == quote || *p == '\n')) {
                quote = 0;
            }
            continue;
        }
        if (*p == '#') {
            while (p[1] && p[1] != '\n') {
                p++;
            }
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
            triple = p[1] == *p && p[2] == *p;
            if (triple) {
                p += 2;
            }
        } else if (*p == '(' || *p == '[' || *p == '{') {
            depth++;
        } else if (*p == ')' || *p == ']' || *p == '}') {
            depth--;
        }
    }
    if ((quote && triple) || depth > 0) {
        return 1;
    }
    // Last non-space character of the last line.
    size_t n = strlen(last_line);
    while (n > 0 && (last_line[n - 1] == ' ' || last_line[n - 1] == '\t' || last_line[n - 1] == '\n')) {
        n--;
    }
    if (n > 0 && last_line[n - 1] == '\\') {
        return 1;
    }
    if (n > 0 && last_line[n - 1] == ':') {
        *in_block = 1;
        return 1;
    }
    return *in_block && n > 0;  // inside a block, an empty line ends it
}

static char *(*edit_readline)(const char *prompt);
static int (*edit_add_history)(const char *line);

// Load libedit's readline/add_history; 0 when it is not installed (plain reads then).
static int load_editline(void) {
    static int tried;
    if (!tried) {
        tried = 1;
        void *h = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
        if (h == NULL) {
            h = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
        }
        if (h != NULL) {
            *(void **)&edit_readline = dlsym(h, "readline");
            *(void **)&edit_add_history = dlsym(h, "add_history");
        }
    }
    return edit_readline != NULL;
}

static char *prompt_line(const char *prompt, int tty) {
    if (tty && load_editline()) {
        return edit_readline(prompt);
    }
    // Not a terminal: plain reads, echoing nothing.
    static char buf[65536];
    fputs(prompt, stderr);
    if (fgets(buf, sizeof buf, stdin) == NULL) {
        return NULL;
    }
    size_t n = strlen(buf);
    if (n > 0 && buf[n - 1] == '\n') {
        buf[n - 1] = '\0';
    }
    char *copy = pt_raw_alloc(n + 1);
    if (copy != NULL) {
        memcpy(copy, buf, n + 1);
    }
    return copy;
}

int pt_repl_run(void) {
    int tty = isatty(0);
    size_t cap = 4096, len = 0;
    char *src = pt_raw_alloc(cap);
    if (src == NULL) {
        return 1;
    }
    int status = 0;
    for (;;) {
        len = 0;
        src[0] = '\0';
        int in_block = 0;
        const char *prompt = ">>> ";
        for (;;) {
            char *line = prompt_line(prompt, tty);
            if (line == NULL) {
                if (len == 0) {
                    fputc('\n', stderr);  // CPython ends the last prompt's line at EOF
                    pt_raw_free(src);
                    return status;
                }
                break;
            }
            if (tty && *line && edit_add_history != NULL) {
                edit_add_history(line);
            }
            size_t n = strlen(line);
            if (len + n + 2 > cap) {
                while (len + n + 2 > cap) {
                    cap *= 2;
                }
                char *grown = pt_raw_realloc(src, cap);
                if (grown == NULL) {
                    pt_raw_free(line);
                    pt_raw_free(src);
                    return 1;
                }
                src = grown;
            }
            memcpy(src + len, line, n);
            len += n;
            src[len++] = '\n';
            src[len] = '\0';
            pt_raw_free(line);  // libedit allocates with malloc; pt_raw_free is free
            if (!needs_more(src, &in_block)) {
                break;
            }
            prompt = "... ";
        }
        if (len == 0 || strspn(src, " \t\n") == len) {
            continue;
        }
        PtObject *r = pt_run_string(src, "<stdin>", PT_MODE_SINGLE, pt_repl_globals(), NULL);
        if (r == NULL) {
            if (pt_err_matches(pt_exc_SystemExit)) {
                status = pt_handle_exception_exit();
                pt_raw_free(src);
                return status;
            }
            if (pt_err_matches(pt_exc_KeyboardInterrupt)) {
                pt_err_clear();
                fputs("\nKeyboardInterrupt\n", stderr);  // the prompt carries on
            } else {
                pt_handle_exception_exit();
            }
        } else {
            pt_decref(r);
        }
    }
}
