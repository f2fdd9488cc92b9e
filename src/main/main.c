// src/main/main.c: the `pith` command line.
//
//   pith [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// Options follow CPython's where pith has the feature: -c, -m, -i, -u, -E, -I,
// -V/--version, -h/--help, -X opt, -q, -B, -s, -S, -O (accepted). A usage
// error exits with status 2, as CPython does. With no program, an interactive
// prompt (src/main/repl.c) runs.
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pith.h"       // pt_init, pt_run_*, pt_finalize
#include "main/repl.h"  // pt_repl_run

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void print_help(const char *prog) {
    printf(usage_line, prog);
    printf("Options (and corresponding environment variables):\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-E     : ignore PITH* environment variables (such as PITHPATH)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script\n"
           "-I     : isolate pith from the user's environment (implies -E)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-q     : don't print version and copyright messages on interactive startup\n"
           "-u     : force the stdout and stderr streams to be unbuffered\n"
           "-V     : print the pith version number and exit (also --version)\n"
           "-X opt : set implementation-specific option:\n"
           "         memstats  print memory statistics at exit\n"
           "         gilstats  print GIL statistics per thread at exit\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n\n"
           "Other environment variables:\n"
           "PITHPATH : ':'-separated list of directories prefixed to the\n"
           "           default module search path.\n");
}

static int usage_error(const char *prog, const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `%s -h' for more information.\n", prog);
    return 2;
}

// Read all of stdin into a NUL-terminated buffer (pt_raw).
static char *read_stdin(void) {
    size_t cap = 65536, len = 0;
    char *buf = pt_raw_alloc(cap);
    if (buf == NULL) {
        return NULL;
    }
    for (;;) {
        if (len + 1 >= cap) {
            char *nb = pt_raw_realloc(buf, cap * 2);
            if (nb == NULL) {
                pt_raw_free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(0, buf + len, cap - len - 1);
        if (r <= 0) {
            break;
        }
        len += (size_t)r;
    }
    buf[len] = '\0';
    return buf;
}

int main(int argc, char **argv) {
    PtConfig cfg = {0};
    const char *prog = "pith";
    const char *command = NULL, *module = NULL, *file = NULL;
    int from_stdin = 0, nx = 0, quiet = 0;
    int i = 1;
    cfg.orig_argc = argc;
    cfg.orig_argv = argv;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python 3.11.7 (pith %s)\n", PT_VERSION_SHORT);
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            print_help(prog);
            return 0;
        }
        if (a[1] == '-') {
            return usage_error(prog, "unknown option %s\n", a);
        }
        // A cluster of single-letter options: -uE, -c cmd, -Xopt.
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm':
            case 'X': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (val == NULL) {
                    char opt[3] = {'-', *p, 0};
                    return usage_error(prog, "Argument expected for the %s option\n", opt);
                }
                if (*p == 'c') {
                    command = val;
                } else if (*p == 'm') {
                    module = val;
                } else if (nx < 15) {
                    cfg.xoptions[nx++] = val;
                }
                goto next_arg;
            }
            case 'i':
                cfg.inspect = 1;
                break;
            case 'u':
                cfg.unbuffered = 1;
                break;
            case 'E':
                cfg.ignore_env = 1;
                break;
            case 'I':
                cfg.isolated = 1;
                cfg.ignore_env = 1;
                break;
            case 'V':
                printf("Python 3.11.7 (pith %s)\n", PT_VERSION_SHORT);
                return 0;
            case 'h':
            case '?':
                print_help(prog);
                return 0;
            case 'q':
                quiet = 1;
                break;
            case 'v':
                cfg.verbose++;
                break;
            case 'B':
                cfg.dont_write_bytecode = 1;
                break;
            case 's':
            case 'S':
            case 'O':
            case 'd':
            case 'b':
            case 'R':
                break;  // accepted; no effect in pith
            default: {
                char opt[2] = {*p, 0};
                return usage_error(prog, "Unknown option: -%s\n", opt);
            }
            }
        }
    next_arg:
        if (command != NULL || module != NULL) {
            i++;
            break;
        }
    }
    // sys.argv and sys.path[0] as CPython sets them.
    static char arg_c[] = "-c", arg_m[] = "-m", arg_empty[] = "";
    char *argv0_c[] = {arg_c}, *argv0_m[] = {arg_m}, *argv0_empty[] = {arg_empty};
    char **rest = argv + i;
    int nrest = argc - i;
    char *argv_buf[4096];
    int n = 0;
    char dir[4096];
    if (command != NULL) {
        argv_buf[n++] = argv0_c[0];
        cfg.path0 = "";
    } else if (module != NULL) {
        argv_buf[n++] = argv0_m[0];
        cfg.path0 = getcwd(dir, sizeof dir) != NULL ? dir : "";
    } else if (nrest > 0 && strcmp(rest[0], "-") != 0) {
        file = rest[0];
        argv_buf[n++] = rest[0];
        rest++, nrest--;
        const char *slash = strrchr(file, '/');
        if (slash == NULL) {
            cfg.path0 = getcwd(dir, sizeof dir) != NULL ? dir : "";
        } else {
            size_t len = (size_t)(slash - file);
            if (len == 0) {
                len = 1;
            }
            if (len >= sizeof dir) {
                len = sizeof dir - 1;
            }
            memcpy(dir, file, len);
            dir[len] = '\0';
            if (file[0] != '/') {  // make it absolute, as CPython 3.11 does
                char cwd[2048], full[4096];
                if (getcwd(cwd, sizeof cwd) != NULL && strlen(cwd) + strlen(dir) + 2 < sizeof full) {
                    memcpy(full, cwd, strlen(cwd) + 1);
                    strcat(full, "/");
                    strcat(full, dir);
                    memcpy(dir, full, strlen(full) + 1);
                }
            }
            cfg.path0 = dir;
        }
    } else {
        if (nrest > 0) {  // "-"
            argv_buf[n++] = rest[0];
            rest++, nrest--;
        } else {
            argv_buf[n++] = argv0_empty[0];
        }
        from_stdin = 1;
        cfg.path0 = "";
    }
    if (cfg.isolated) {
        cfg.path0 = NULL;  // -I: neither the script's directory nor the current one
    }
    for (int k = 0; k < nrest && n < 4095; k++) {
        argv_buf[n++] = rest[k];
    }
    argv_buf[n] = NULL;
    cfg.argc = n;
    cfg.argv = argv_buf;
    if (pt_init(&cfg) < 0) {
        return 1;
    }
    int status = 0;
    if (command != NULL) {
        PtObject *r = pt_run_string(command, "<string>", PT_MODE_EXEC, NULL, NULL);
        if (r == NULL) {
            status = pt_handle_exception_exit();
        } else {
            pt_decref(r);
        }
    } else if (module != NULL) {
        PtObject *runpy = pt_repl_globals() != NULL ? pt_import("runpy") : NULL;  // __main__ must exist
        PtObject *r = NULL;
        if (runpy != NULL) {
            PtObject *name = pt_str_from_cstr(module);
            PtObject *args[2] = {name, pt_True};  // alter_argv: sys.argv[0] becomes the module's path
            r = name != NULL ? pt_object_call_method(runpy, pt_str_id("_run_module_as_main"), args, 2, NULL) : NULL;
            pt_xdecref(name);
            pt_decref(runpy);
        }
        if (r == NULL) {
            status = pt_handle_exception_exit();
        } else {
            pt_decref(r);
        }
    } else if (file != NULL) {
        status = pt_run_main_file(file);
    } else if (from_stdin && !cfg.inspect && !isatty(0)) {
        char *src = read_stdin();
        PtObject *r = src != NULL ? pt_run_string(src, "<stdin>", PT_MODE_EXEC, NULL, NULL) : NULL;
        pt_raw_free(src);
        if (r == NULL) {
            status = pt_handle_exception_exit();
        } else {
            pt_decref(r);
        }
    } else {
        if (!quiet && isatty(0)) {
            fprintf(stderr, "Python 3.11.7 (pith %s)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                    PT_VERSION_SHORT);
        }
        status = pt_repl_run();
        cfg.inspect = 0;
    }
    // -i: after the program, an interactive session in its namespace (unless
    // the program ended by SystemExit or Ctrl-C).
    if (cfg.inspect && status != PT_EXIT_SIGINT && !pt_exited_by_systemexit()) {
        status = pt_repl_run();
    }
    int fin = pt_finalize();
    if (status == PT_EXIT_SIGINT) {
        // An uncaught KeyboardInterrupt ends the process by SIGINT, as in
        // CPython, so that the parent sees the signal (status 130 in a shell).
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status != 0 ? status : fin;
}
