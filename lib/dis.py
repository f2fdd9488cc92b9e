"""Disassembler of pith bytecode.

pith's instruction set is its own (src/compile/opcodes.def): every
instruction is one 32-bit word, opcode in the low 8 bits and the argument
in the high 24; some instructions are followed by one inline-cache word.
Offsets below are byte offsets (4 per word) so that they agree with
co_lines() and co_positions(); jump arguments are word indexes and are
shown as the byte offset they reach. The output follows CPython's dis.
"""

import sys
import types
import collections

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "cmp_op", "hasconst", "hasname", "hasjrel",
           "hasjabs", "haslocal", "hascompare", "hasfree", "hasarg",
           "stack_effect", "HAVE_ARGUMENT", "EXTENDED_ARG"]

_info = type((lambda: 0).__code__)._opcode_info()

opname = [entry[0] for entry in _info] + ['<%r>' % op for op in range(len(_info), 256)]
opmap = {entry[0]: op for op, entry in enumerate(_info)}
hasarg = [op for op, entry in enumerate(_info) if entry[1]]
_cache_words = [entry[2] for entry in _info]
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = 0          # pith: see hasarg instead
EXTENDED_ARG = None        # pith has no EXTENDED_ARG: arguments are 24 bits

def _ops(*names):
    return [opmap[n] for n in names if n in opmap]

hasconst = _ops('LOAD_CONST', 'RETURN_CONST')
hasname = _ops('LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
               'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
               'LOAD_SUPER_METHOD', 'IMPORT_NAME', 'IMPORT_FROM')
hasjrel = []
hasjabs = _ops('JUMP', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE',
               'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'JUMP_IF_FALSE_OR_POP',
               'JUMP_IF_TRUE_OR_POP', 'FOR_ITER', 'SEND')
haslocal = _ops('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST')
hasfree = _ops('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE',
               'LOAD_CLASSDEREF', 'MAKE_CELL')
hascompare = _ops('COMPARE_OP')

_binops = ('+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^')
_binop_reprs = list(_binops) + [op + '=' for op in _binops]
_conversions = ('', 'str', 'repr', 'ascii')
_make_function_flags = ('defaults', 'kwdefaults', 'annotations', 'closure')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def stack_effect(opcode, oparg=None, *, jump=None):
    raise ValueError("stack_effect is not available for pith bytecode")


def _get_code_object(x):
    """The code object of a function, method, class body, generator or source."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation.

    opname, opcode, arg (None when the instruction takes none), argval (the
    resolved argument), argrepr (its human readable form), offset (bytes),
    starts_line (the source line it starts, or None), is_jump_target,
    positions (a Positions object).
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(("%%%dd" % lineno_width) % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _words(co):
    code = co.co_code
    return [int.from_bytes(code[i:i + 4], 'little') for i in range(0, len(code), 4)]


def _unpack(co):
    """Yield (word_index, opcode, arg) for each instruction (cache words skipped)."""
    words = _words(co)
    i = 0
    while i < len(words):
        w = words[i]
        op = w & 0xFF
        yield i, op, w >> 8
        i += 1 + (_cache_words[op] if op < len(_cache_words) else 0)


def findlabels(code):
    """Byte offsets that are jump targets in code object *code*."""
    labels = []
    for _, op, arg in _unpack(code):
        if op in hasjabs and arg * 4 not in labels:
            labels.append(arg * 4)
    for entry in code._co_exceptiontable():
        if entry[2] * 4 not in labels:
            labels.append(entry[2] * 4)
    return labels


def findlinestarts(code):
    """Yield (offset, lineno) for each offset that starts a source line."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _argval_repr(co, op, arg, localsplus):
    name = opname[op]
    if op in hasconst:
        val = co.co_consts[arg]
        return val, repr(val)
    if name == 'LOAD_GLOBAL':
        val = co.co_names[arg >> 1]
        return val, ('NULL + ' + val) if arg & 1 else val
    if op in hasname:
        val = co.co_names[arg]
        return val, val
    if op in haslocal or op in hasfree:
        val = localsplus[arg] if arg < len(localsplus) else arg
        return val, str(val)
    if op in hasjabs:
        return arg * 4, "to %d" % (arg * 4)
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if name == 'BINARY_OP':
        return arg, _binop_reprs[arg] if arg < len(_binop_reprs) else ''
    if name == 'FORMAT_VALUE':
        text = _conversions[arg & 3]
        if arg & 4:
            text = text + ', with format' if text else 'with format'
        return arg, text
    if name == 'MAKE_FUNCTION':
        return arg, ', '.join(s for i, s in enumerate(_make_function_flags) if arg & (1 << i))
    if name in ('IS_OP', 'CONTAINS_OP'):
        return arg, ''
    return arg, ''


def _get_instructions(co, first_line=None):
    localsplus = co._co_localsplusnames
    labels = set(findlabels(co))
    positions = list(co.co_positions())
    starts = dict(findlinestarts(co))
    offset_line = 0
    if first_line is not None:
        offset_line = first_line - co.co_firstlineno
    for i, op, arg in _unpack(co):
        offset = i * 4
        line = starts.get(offset)
        if line is not None:
            line += offset_line
        has_arg = op < len(_info) and _info[op][1]
        if has_arg:
            argval, argrepr = _argval_repr(co, op, arg, localsplus)
        else:
            arg = argval = None
            argrepr = ''
        pos = Positions(*positions[i]) if i < len(positions) else Positions()
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, line,
                          offset in labels, pos)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code or source string."""
    return _get_instructions(_get_code_object(x), first_line)


def _exception_table(co):
    words = _words(co)
    starts = [i for i, _, _ in _unpack(co)]
    lines = []
    for start, end, target, depth, lasti in co._co_exceptiontable():
        last = max([s for s in starts if s < end] or [start])
        lines.append("  %d to %d -> %d [%d]%s" % (start * 4, last * 4, target * 4, depth,
                                                  " lasti" if lasti else ""))
    return lines


def _disassemble_bytes_of(co, lasti=-1, file=None, first_line=None):
    instrs = list(_get_instructions(co, first_line))
    maxline = max([i.starts_line for i in instrs if i.starts_line is not None] or [0])
    lineno_width = max(3, len(str(maxline)))
    maxoffset = instrs[-1].offset if instrs else 0
    offset_width = max(4, len(str(maxoffset)))
    for n, instr in enumerate(instrs):
        if instr.starts_line is not None and n > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    table = _exception_table(co)
    if table:
        print("ExceptionTable:", file=file)
        for line in table:
            print(line, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes_of(co, lasti, file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code or source strings."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (types.MethodType, types.FunctionType, types.CodeType,
                               classmethod, staticmethod, type)):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("pith cannot disassemble raw bytes without a code object")
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _get_instructions(self.codeobj, self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        import io
        with io.StringIO() as output:
            offset = self.current_offset if self.current_offset is not None else -1
            _disassemble_bytes_of(self.codeobj, offset, output, self.first_line)
            return output.getvalue()


def _test():
    """Simple test program to disassemble a file."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
