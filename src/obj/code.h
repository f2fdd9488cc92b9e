// src/obj/code.h: code objects, the compiler's output and the VM's input.
//
// A code object is immutable once built by pt_code_new: the instruction
// words (see src/compile/opcodes.def for their format), the constants and
// names it refers to, the layout of its fast locals ("localsplus": arguments
// and locals, then cells that are not arguments, then free variables), the
// exception table and a location per instruction for tracebacks.
// Inline caches are the one mutable part: `caches` is owned by the VM.
#ifndef PT_OBJ_CODE_H
#define PT_OBJ_CODE_H

#ifndef PT_CORE
#error "src/obj/code.h is internal to the pith core"
#endif

#include "pith/object.h"  // PtObject

// Opcode numbers, in opcodes.def order.
enum {
#define PT_OP(name, has_arg, cache, note) PT_OP_##name,
#include "compile/opcodes.def"
#undef PT_OP
    PT_OP_COUNT
};

static inline unsigned pt_instr_op(uint32_t w) { return w & 0xFF; }
static inline uint32_t pt_instr_arg(uint32_t w) { return w >> 8; }
static inline uint32_t pt_instr(unsigned op, uint32_t arg) { return (uint32_t)op | (arg << 8); }
// Number of cache words following an instruction of opcode `op`.
extern const uint8_t pt_opcode_cache_words[PT_OP_COUNT];
extern const char *const pt_opcode_names[PT_OP_COUNT];

// Code flags: the same values as CPython's inspect.CO_* constants.
enum {
    PT_CO_OPTIMIZED = 0x1,
    PT_CO_NEWLOCALS = 0x2,
    PT_CO_VARARGS = 0x4,
    PT_CO_VARKEYWORDS = 0x8,
    PT_CO_NESTED = 0x10,
    PT_CO_GENERATOR = 0x20,
    PT_CO_NOFREE = 0x40,
    PT_CO_COROUTINE = 0x80,
    PT_CO_ITERABLE_COROUTINE = 0x100,
    PT_CO_ASYNC_GENERATOR = 0x200,
};

// Kinds of localsplus entries (bit set per entry).
enum {
    PT_LK_LOCAL = 0x20,  // a fast local (arguments included)
    PT_LK_CELL = 0x40,   // a cell variable (may also be LOCAL when an argument is captured)
    PT_LK_FREE = 0x80,   // a free variable (from the closure)
    PT_LK_ARG = 0x01,    // an argument
};

// Source location of one instruction. Lines are 1-based; columns are 0-based
// UTF-8 byte offsets like CPython's co_positions(); -1 when unknown.
typedef struct PtLocation {
    int32_t line, end_line;
    int32_t col, end_col;
} PtLocation;

// One exception-table entry: instructions [start, end) are protected.
typedef struct PtExcEntry {
    uint32_t start, end, target;
    uint16_t depth;  // value-stack depth to unwind to (not counting lasti/exc)
    uint16_t lasti;  // 1: push the raising instruction's index before the exception
} PtExcEntry;

typedef struct PtCode {
    PtObject ob;
    uint32_t *code;      // instruction words (owned, pt_mem)
    uint32_t ncode;      // number of words
    uint32_t flags;      // PT_CO_*
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocalsplus;  // size of localsplus
    int32_t nlocals;      // arguments + plain locals (the first entries of localsplus)
    int32_t ncellvars, nfreevars;
    int32_t stacksize;    // maximum value-stack depth
    int32_t firstlineno;
    PtObject *consts;          // tuple
    PtObject *names;           // tuple of str: globals, attributes, imports
    PtObject *localsplusnames; // tuple of str
    uint8_t *localspluskinds;  // PT_LK_* per localsplus entry (owned)
    PtObject *filename, *name, *qualname;  // str
    PtLocation *locations;     // one per instruction word (owned; cache words repeat the instruction's)
    PtExcEntry *exctable;      // sorted by start (owned)
    uint32_t nexc;
    // VM-owned inline caches, assigned by pt_code_new: one per cached instruction.
    void *caches;
    uint32_t ncaches;
    PtObject *weakreflist_unused;
} PtCode;

extern PtType pt_code_type;

// Build a code object. Takes copies of the arrays; the objects are borrowed
// (new references are taken). Assigns inline-cache indexes. NULL on error.
PtObject *pt_code_new(const uint32_t *code, uint32_t ncode, uint32_t flags, int32_t argcount,
                      int32_t posonlyargcount, int32_t kwonlyargcount, int32_t nlocals,
                      int32_t stacksize, int32_t firstlineno, PtObject *consts, PtObject *names,
                      PtObject *localsplusnames, const uint8_t *localspluskinds,
                      PtObject *filename, PtObject *name, PtObject *qualname,
                      const PtLocation *locations, const PtExcEntry *exctable, uint32_t nexc);

// Location of instruction `i` (clamped).
static inline const PtLocation *pt_code_location(const PtCode *co, uint32_t i) {
    return &co->locations[i < co->ncode ? i : co->ncode - 1];
}

#endif  // PT_OBJ_CODE_H
