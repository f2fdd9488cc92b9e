// tools/compdump.c: compile Python files with pith's compiler; disassemble and check them.
//
// For each file: compile it as a module. On a compile error print
//   ERROR FILE Kind|msg|lineno|offset|end_lineno|end_offset
// (with -q, "OK FILE" for a file that compiled and passed the checks), so
// tools/check_compile.py can compare it with CPython. Otherwise check every code object (recursively through the
// constants): opcodes and arguments in range, jump targets on instruction
// boundaries, exception-table entries well formed, a location per word; and
// unless -q, print a disassembly in the style of CPython's dis module.
//
// Usage: compdump [-q] [-m exec|eval|single] FILE...
// Exit status: 0 all compiled and checked, 1 a compile error, 2 a check failed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"          // the runtime
#include "pith/compile.h"  // pt_compile
#include "obj/code.h"      // PtCode

static int quiet;
// COMPDUMP_BOOT_HACK=1 and linking with -Wl,--wrap=pt_object_alloc work around
// a start-up recursion of the runtime under construction (readying `object`
// allocates a dict before `dict` is ready): while booting, allocation does not
// ready the type first.
static int booting;
PtObject *__real_pt_object_alloc(PtType *type, size_t size);
PtObject *__wrap_pt_object_alloc(PtType *type, size_t size);
PtObject *__wrap_pt_object_alloc(PtType *type, size_t size) {
    if (booting && !(type->flags & PT_TF_READY)) {
        type->flags |= PT_TF_READY;
        PtObject *r = __real_pt_object_alloc(type, size);
        type->flags &= ~(uint32_t)PT_TF_READY;
        return r;
    }
    return __real_pt_object_alloc(type, size);
}
static int failures;

// Weak fallbacks so the tool links while parts of the runtime are unwritten.
__attribute__((weak)) void pt_err_write_stderr(const char *s);
__attribute__((weak)) void pt_err_write_stderr(const char *s) { fputs(s, stderr); }
__attribute__((weak)) void pt_err_display(PtObject *exc) { (void)exc; }
__attribute__((weak)) int pt_check_signals(void) { return 0; }
__attribute__((weak)) void pt_err_print(void) {
    PtObject *e = pt_err_fetch();
    fprintf(stderr, "error: %s\n", e ? pt_type_name_of(e) : "?");
    pt_xdecref(e);
}
__attribute__((weak)) int pt_traceback_here(void *frame);
__attribute__((weak)) int pt_traceback_here(void *frame) { return 0; }
__attribute__((weak)) void *pt_gil_release(void) { return NULL; }
__attribute__((weak)) void pt_gil_reacquire(void *ts) { (void)ts; }
__attribute__((weak)) void pt_weakref_clear_all(PtObject *o);
__attribute__((weak)) void pt_weakref_clear_all(PtObject *o) { (void)o; }
__attribute__((weak)) PtObject *pt_anext_awaitable_new(PtObject *a, PtObject *b);
__attribute__((weak)) PtObject *pt_anext_awaitable_new(PtObject *a, PtObject *b) { return NULL; }
__attribute__((weak)) PtType pt_complex_type = {.ob = PT_STATIC_HEADER(TYPE), .name = "complex",
                                                .tid = PT_TID_COMPLEX,
                                                .basicsize = sizeof(PtComplex)};
__attribute__((weak)) PtType pt_weakref_type = {.ob = PT_STATIC_HEADER(TYPE), .name = "weakref",
                                                .tid = PT_TID_WEAKREF, .basicsize = 16};
__attribute__((weak)) PtObject *pt_complex_new(double real, double imag) {
    PtComplex *z = (PtComplex *)pt_object_alloc(&pt_complex_type, sizeof(PtComplex));
    if (z != NULL) {
        z->real = real;
        z->imag = imag;
    }
    return (PtObject *)z;
}

static void print_obj(FILE *f, PtObject *v) {
    PtObject *r = pt_object_repr(v);
    if (r == NULL) {
        pt_err_clear();
        fputs("<?>", f);
        return;
    }
    char buf[120];
    size_t n = pt_str_to_utf8_buf(r, buf, sizeof buf);
    fputs(buf, f);
    if (n >= sizeof buf) {
        fputs("...", f);
    }
    pt_decref(r);
}

static void print_str(FILE *f, PtObject *s) {
    char buf[200];
    pt_str_to_utf8_buf(s, buf, sizeof buf);
    fputs(buf, f);
}

static int check_fail(PtCode *co, uint32_t i, const char *what) {
    char name[200];
    pt_str_to_utf8_buf(co->qualname, name, sizeof name);
    fprintf(stderr, "CHECK FAILED in %s at %u: %s\n", name, i, what);
    failures++;
    return -1;
}

static int is_jump_op(unsigned op) {
    switch (op) {
    case PT_OP_JUMP: case PT_OP_JUMP_BACKWARD: case PT_OP_POP_JUMP_IF_FALSE:
    case PT_OP_POP_JUMP_IF_TRUE: case PT_OP_POP_JUMP_IF_NONE: case PT_OP_POP_JUMP_IF_NOT_NONE:
    case PT_OP_JUMP_IF_FALSE_OR_POP: case PT_OP_JUMP_IF_TRUE_OR_POP: case PT_OP_FOR_ITER:
    case PT_OP_SEND:
        return 1;
    }
    return 0;
}

// Consistency checks of one code object.
static void check_code(PtCode *co) {
    uint8_t *start = calloc(co->ncode + 1, 1);
    for (uint32_t i = 0; i < co->ncode;) {
        start[i] = 1;
        unsigned op = pt_instr_op(co->code[i]);
        if (op >= PT_OP_COUNT) {
            check_fail(co, i, "bad opcode");
            break;
        }
        i += 1 + pt_opcode_cache_words[op];
    }
    pt_ssize nconsts = pt_tuple_len(co->consts), nnames = pt_tuple_len(co->names);
    for (uint32_t i = 0; i < co->ncode; i++) {
        if (!start[i]) {
            continue;
        }
        uint32_t w = co->code[i];
        unsigned op = pt_instr_op(w);
        uint32_t arg = pt_instr_arg(w);
        if (is_jump_op(op) && (arg >= co->ncode || !start[arg])) {
            check_fail(co, i, "jump target not an instruction");
        }
        if (op == PT_OP_JUMP_BACKWARD && arg > i) {
            check_fail(co, i, "JUMP_BACKWARD goes forward");
        }
        if (op == PT_OP_JUMP && arg <= i) {
            check_fail(co, i, "JUMP goes backward");
        }
        if ((op == PT_OP_LOAD_CONST || op == PT_OP_RETURN_CONST) && arg >= (uint32_t)nconsts) {
            check_fail(co, i, "const index");
        }
        switch (op) {
        case PT_OP_LOAD_NAME: case PT_OP_STORE_NAME: case PT_OP_DELETE_NAME:
        case PT_OP_STORE_GLOBAL: case PT_OP_DELETE_GLOBAL: case PT_OP_LOAD_ATTR:
        case PT_OP_STORE_ATTR: case PT_OP_DELETE_ATTR: case PT_OP_LOAD_METHOD:
        case PT_OP_LOAD_SUPER_METHOD: case PT_OP_IMPORT_NAME: case PT_OP_IMPORT_FROM:
            if (arg >= (uint32_t)nnames) {
                check_fail(co, i, "name index");
            }
            break;
        case PT_OP_LOAD_GLOBAL:
            if ((arg >> 1) >= (uint32_t)nnames) {
                check_fail(co, i, "global name index");
            }
            break;
        case PT_OP_LOAD_FAST: case PT_OP_STORE_FAST: case PT_OP_DELETE_FAST:
            if (arg >= (uint32_t)co->nlocals) {
                check_fail(co, i, "local index");
            }
            break;
        case PT_OP_LOAD_DEREF: case PT_OP_STORE_DEREF: case PT_OP_DELETE_DEREF:
        case PT_OP_LOAD_CLOSURE: case PT_OP_LOAD_CLASSDEREF: case PT_OP_MAKE_CELL:
            if (arg >= (uint32_t)co->nlocalsplus ||
                !(co->localspluskinds[arg] & (PT_LK_CELL | PT_LK_FREE))) {
                check_fail(co, i, "deref index");
            }
            break;
        default:
            break;
        }
    }
    for (uint32_t k = 0; k < co->nexc; k++) {
        PtExcEntry *e = &co->exctable[k];
        if (e->start >= e->end || e->end > co->ncode || !start[e->start] ||
            e->target >= co->ncode || !start[e->target] ||
            (int32_t)(e->depth + e->lasti + 1) > co->stacksize ||
            (k > 0 && co->exctable[k - 1].end > e->start)) {
            check_fail(co, e->start, "bad exception table entry");
        }
    }
    if (co->stacksize < 0 || co->stacksize > 100000) {
        check_fail(co, 0, "stacksize");
    }
    free(start);
}

static void dis_code(PtCode *co) {
    printf("Disassembly of ");
    print_obj(stdout, (PtObject *)co);
    printf(" (%s flags=0x%x argc=%d posonly=%d kwonly=%d nlocals=%d stack=%d)\n",
           "", co->flags, co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
           co->stacksize);
    printf("  qualname: ");
    print_str(stdout, co->qualname);
    printf("\n  localsplus:");
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        printf(" ");
        print_str(stdout, pt_tuple_get(co->localsplusnames, i));
        printf("/%x", co->localspluskinds[i]);
    }
    printf("\n");
    int32_t line = -2;
    for (uint32_t i = 0; i < co->ncode;) {
        uint32_t w = co->code[i];
        unsigned op = pt_instr_op(w);
        uint32_t arg = pt_instr_arg(w);
        const PtLocation *l = &co->locations[i];
        if (l->line != line) {
            printf("\n%4d", l->line);
            line = l->line;
        } else {
            printf("    ");
        }
        int target = 0;
        for (uint32_t k = 0; k < co->ncode; k++) {
            if (is_jump_op(pt_instr_op(co->code[k])) && pt_instr_arg(co->code[k]) == i) {
                target = 1;
            }
        }
        for (uint32_t k = 0; k < co->nexc; k++) {
            target |= co->exctable[k].target == i;
        }
        printf("  %s %5u %-22s", target ? ">>" : "  ", i, pt_opcode_names[op]);
        if (op != PT_OP_NOP && op != PT_OP_POP_TOP && op != PT_OP_RETURN_VALUE &&
            op != PT_OP_PUSH_NULL && op != PT_OP_GET_ITER && op != PT_OP_BINARY_SUBSCR) {
            printf(" %u", arg);
        }
        switch (op) {
        case PT_OP_LOAD_CONST:
        case PT_OP_RETURN_CONST:
            printf(" (");
            print_obj(stdout, pt_tuple_get(co->consts, arg));
            printf(")");
            break;
        case PT_OP_LOAD_GLOBAL:
            printf(" (%s", (arg & 1) ? "NULL + " : "");
            print_str(stdout, pt_tuple_get(co->names, arg >> 1));
            printf(")");
            break;
        case PT_OP_LOAD_NAME: case PT_OP_STORE_NAME: case PT_OP_DELETE_NAME:
        case PT_OP_STORE_GLOBAL: case PT_OP_DELETE_GLOBAL: case PT_OP_LOAD_ATTR:
        case PT_OP_STORE_ATTR: case PT_OP_DELETE_ATTR: case PT_OP_LOAD_METHOD:
        case PT_OP_LOAD_SUPER_METHOD: case PT_OP_IMPORT_NAME: case PT_OP_IMPORT_FROM:
            printf(" (");
            print_str(stdout, pt_tuple_get(co->names, arg));
            printf(")");
            break;
        case PT_OP_LOAD_FAST: case PT_OP_STORE_FAST: case PT_OP_DELETE_FAST:
        case PT_OP_LOAD_DEREF: case PT_OP_STORE_DEREF: case PT_OP_DELETE_DEREF:
        case PT_OP_LOAD_CLOSURE: case PT_OP_LOAD_CLASSDEREF: case PT_OP_MAKE_CELL:
            if (arg < (uint32_t)co->nlocalsplus) {
                printf(" (");
                print_str(stdout, pt_tuple_get(co->localsplusnames, arg));
                printf(")");
            }
            break;
        default:
            if (is_jump_op(op)) {
                printf(" (to %u)", arg);
            }
            break;
        }
        printf("\n");
        i += 1 + pt_opcode_cache_words[op < PT_OP_COUNT ? op : 0];
    }
    if (co->nexc) {
        printf("ExceptionTable:\n");
        for (uint32_t k = 0; k < co->nexc; k++) {
            PtExcEntry *e = &co->exctable[k];
            printf("  %u to %u -> %u [%u]%s\n", e->start, e->end, e->target, e->depth,
                   e->lasti ? " lasti" : "");
        }
    }
    printf("\n");
}

// The .pyc round trip must give back the same code, recursively.
static int same_code(PtCode *a, PtCode *b) {
    if (a->ncode != b->ncode || memcmp(a->code, b->code, a->ncode * 4) != 0 ||
        memcmp(a->locations, b->locations, a->ncode * sizeof(PtLocation)) != 0 ||
        a->nexc != b->nexc ||
        (a->nexc && memcmp(a->exctable, b->exctable, a->nexc * sizeof(PtExcEntry))) ||
        a->flags != b->flags || a->stacksize != b->stacksize || a->nlocals != b->nlocals ||
        a->nlocalsplus != b->nlocalsplus ||
        pt_tuple_len(a->consts) != pt_tuple_len(b->consts)) {
        return 0;
    }
    for (pt_ssize i = 0; i < pt_tuple_len(a->consts); i++) {
        PtObject *x = pt_tuple_get(a->consts, i), *y = pt_tuple_get(b->consts, i);
        if (pt_tid(x) != pt_tid(y)) {
            return 0;
        }
        if (pt_tid(x) == PT_TID_CODE && !same_code((PtCode *)x, (PtCode *)y)) {
            return 0;
        }
    }
    return 1;
}

static void check_marshal(PtCode *co) {
    PtObject *blob = pt_marshal_dump_code((PtObject *)co, 12345, 678);
    PtObject *back = NULL;
    if (blob == NULL) {
        pt_err_clear();
        check_fail(co, 0, "marshal dump failed");
        return;
    }
    int r = pt_marshal_load_code(pt_bytes_data(blob), (size_t)pt_bytes_len(blob), 12345, 678, &back);
    if (r != 1 || !same_code(co, (PtCode *)back)) {
        check_fail(co, 0, "marshal round trip differs");
    }
    // A stale header must be refused quietly.
    PtObject *none = NULL;
    if (pt_marshal_load_code(pt_bytes_data(blob), (size_t)pt_bytes_len(blob), 12346, 678, &none) != 0) {
        check_fail(co, 0, "stale pyc accepted");
    }
    pt_xdecref(back);
    pt_decref(blob);
}

static void walk(PtCode *co) {
    check_code(co);
    if (!quiet) {
        dis_code(co);
    }
    for (pt_ssize i = 0; i < pt_tuple_len(co->consts); i++) {
        PtObject *k = pt_tuple_get(co->consts, i);
        if (pt_tid(k) == PT_TID_CODE) {
            walk((PtCode *)k);
        }
    }
}

// Print the current SyntaxError in the ERROR format.
static void print_error(const char *path) {
    PtObject *exc = pt_err_fetch();
    printf("ERROR %s %s|", path, pt_type_name_of(exc));
    const char *attrs[] = {"msg", "lineno", "offset", "end_lineno", "end_offset"};
    for (int i = 0; i < 5; i++) {
        PtObject *v = pt_object_getattr_str(exc, attrs[i]);
        if (v == NULL) {
            pt_err_clear();
            printf("?");
        } else if (pt_is_str(v)) {
            print_str(stdout, v);
        } else {
            print_obj(stdout, v);
        }
        pt_xdecref(v);
        printf(i < 4 ? "|" : "\n");
    }
    pt_decref(exc);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    PtConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.argc = argc;
    cfg.argv = argv;
    booting = getenv("COMPDUMP_BOOT_HACK") != NULL;
    if (pt_init(&cfg) < 0) {
        return 3;
    }
    booting = 0;
    int mode = PT_MODE_EXEC, status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-q") == 0) {
            quiet = 1;
            continue;
        }
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            i++;
            mode = strcmp(argv[i], "eval") == 0 ? PT_MODE_EVAL
                   : strcmp(argv[i], "single") == 0 ? PT_MODE_SINGLE : PT_MODE_EXEC;
            continue;
        }
        size_t len = 0;
        char *src = read_file(argv[i], &len);
        if (src == NULL) {
            fprintf(stderr, "compdump: cannot read %s\n", argv[i]);
            status = 1;
            continue;
        }
        PtObject *fn = pt_str_from_cstr(argv[i]);
        PtObject *code = pt_compile(src, len, fn, mode, 0);
        pt_decref(fn);
        free(src);
        if (code == NULL) {
            print_error(argv[i]);
            fflush(stdout);
            status = status ? status : 1;
            continue;
        }
        int before = failures;
        walk((PtCode *)code);
        check_marshal((PtCode *)code);
        if (failures > before) {
            fprintf(stderr, "in file %s\n", argv[i]);
            printf("BAD %s\n", argv[i]);
            status = 2;
        } else if (quiet) {
            printf("OK %s\n", argv[i]);
        }
        fflush(stdout);
        pt_decref(code);
    }
    return status;
}
