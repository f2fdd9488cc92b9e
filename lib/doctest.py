"""doctest: run the interactive examples found in docstrings (pith).

DocTestParser splits a docstring into Example objects, DocTestFinder
collects the docstrings of a module (functions, classes, methods),
DocTestRunner executes each example in "single" mode while capturing
stdout, and OutputChecker compares the output with the expected text
(honouring ELLIPSIS, NORMALIZE_WHITESPACE and the other option flags).
Reports follow the CPython 3.11 format.
"""

__docformat__ = "reStructuredText en"

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1",
    "DONT_ACCEPT_BLANKLINE", "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP",
    "IGNORE_EXCEPTION_DETAIL", "COMPARISON_FLAGS", "REPORT_UDIFF",
    "REPORT_CDIFF", "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE",
    "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest", "DocTestParser",
    "DocTestFinder", "DocTestRunner", "OutputChecker", "DocTestFailure",
    "UnexpectedException", "DebugRunner", "testmod", "testfile",
    "run_docstring_examples", "TestResults",
]

import re
import sys
from collections import namedtuple
from io import StringIO

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name,
                                          1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    """Prefix every non-empty line of s with `indent` spaces."""
    return re.sub("(?m)^(?!$)", indent * " ", s)


def _exception_traceback(exc_info):
    import traceback
    return "".join(traceback.format_exception(*exc_info))


def _format_exc_only(etype, value):
    import traceback
    return traceback.format_exception_only(etype, value)[-1]


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class Example:
    """One interactive example: source, expected output, options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno
                and self.indent == other.indent
                and self.options == other.options
                and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """A collection of examples from one docstring."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (
            self.__class__.__name__, self.name, self.filename, self.lineno,
            examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples
                and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename
                and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self)) <
                (other.name, other.filename, other.lineno or -1, id(other)))


_EXAMPLE_RE = re.compile(
    r"(?P<source>(?:^(?P<indent>[ ]*)>>>.*)(?:\n[ ]*\.\.\..*)*)\n?"
    r"(?P<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)", re.MULTILINE)
_EXCEPTION_RE = re.compile(
    r"^(?P<hdr>Traceback \((?:most recent call last|innermost last)\):)"
    r"\s*$(?P<stack>.*?)^(?P<msg>\w+.*)", re.MULTILINE | re.DOTALL)
_OPTION_DIRECTIVE_RE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$",
                                  re.MULTILINE)
_INDENT_RE = re.compile(r"^([ ]*)(?=\S)", re.MULTILINE)
_BLANK_OR_COMMENT_RE = re.compile(r"^[ ]*(#.*)?$")


class DocTestParser:
    """Extract interactive examples from a string."""

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join([ln[min_indent:]
                                for ln in string.split("\n")])
        output = []
        charno, lineno = 0, 0
        for m in _EXAMPLE_RE.finditer(string):
            output.append(string[charno:m.start()])
            lineno += string.count("\n", charno, m.start())
            source, options, want, exc_msg = \
                self._parse_example(m, name, lineno)
            if not _BLANK_OR_COMMENT_RE.match(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=min_indent +
                                      len(m.group("indent")),
                                      options=options))
            lineno += string.count("\n", m.start(), m.end())
            charno = m.end()
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group("indent"))
        source_lines = m.group("source").split("\n")
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name,
                           lineno)
        source = "\n".join([sl[indent + 4:] for sl in source_lines])
        want = m.group("want")
        want_lines = want.split("\n")
        if len(want_lines) > 1 and re.match(r" *$", want_lines[-1]):
            del want_lines[-1]
        self._check_prefix(want_lines, " " * indent, name,
                           lineno + len(source_lines))
        want = "\n".join([wl[indent:] for wl in want_lines])
        em = _EXCEPTION_RE.match(want)
        exc_msg = em.group("msg") if em else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE_RE.finditer(source):
            option_strings = m.group(1).replace(",", " ").split()
            for option in option_strings:
                if (option[0] not in "+-" or
                        option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError("line %r of the doctest for %s has an "
                                     "invalid option: %r"
                                     % (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == "+")
        if options and _BLANK_OR_COMMENT_RE.match(source):
            raise ValueError("line %r of the doctest for %s has an option "
                             "directive on a line with no example: %r"
                             % (lineno, name, source))
        return options

    def _min_indent(self, s):
        indents = [len(i) for i in _INDENT_RE.findall(s)]
        if indents:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks "
                                 "blank after %s: %r"
                                 % (lineno + i + 1, name,
                                    line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has "
                                 "inconsistent leading whitespace: %r"
                                 % (lineno + i + 1, name, line))


def _is_routine(obj):
    while hasattr(obj, "__wrapped__"):
        obj = obj.__wrapped__
    return callable(obj) and not isinstance(obj, type)


class DocTestFinder:
    """Collect the DocTests of an object and the objects it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None,
             extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = self._get_module(obj)
        source_lines = None
        filename = getattr(module, "__file__", None) if module else None
        if filename:
            try:
                import linecache
                source_lines = linecache.getlines(filename,
                                                  module.__dict__)
            except Exception:
                source_lines = None
            if not source_lines:
                source_lines = None
        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _get_module(self, obj):
        if isinstance(obj, type(sys)):
            return obj
        modname = getattr(obj, "__module__", None)
        if modname is not None:
            return sys.modules.get(modname)
        return None

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, type(sys)):
            return module is obj
        fn = obj
        while hasattr(fn, "__wrapped__"):
            fn = fn.__wrapped__
        g = getattr(fn, "__globals__", None)
        if g is not None:
            return module.__dict__ is g
        if isinstance(obj, property):
            return True
        modname = getattr(obj, "__module__", None)
        if modname is not None:
            return module.__name__ == modname
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        is_module = isinstance(obj, type(sys))
        if is_module and self._recurse:
            for valname, val in list(getattr(obj, "__dict__", {}).items()):
                valname = "%s.%s" % (name, valname)
                if ((_is_routine(val) or isinstance(val, type))
                        and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)
        if is_module and self._recurse:
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or isinstance(val, (type, str))
                        or isinstance(val, type(sys))):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r"
                                     % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ""
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, "__doc__", None)
        if isinstance(obj, type(sys)) and docstring is not None:
            lineno = 0
        if isinstance(obj, type) and docstring is not None:
            if source_lines is None:
                return None
            pat = re.compile(r"^\s*class\s*%s\b"
                             % re.escape(getattr(obj, "__name__", "-")))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if hasattr(obj, "__func__"):
            obj = obj.__func__
        if hasattr(obj, "__code__") and getattr(obj, "__doc__", None):
            obj = obj.__code__
        if hasattr(obj, "co_firstlineno"):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r"(^|.*:)\s*\w*(\"|')")
            for lineno in range(lineno, len(source_lines)):
                if pat.match(source_lines[lineno]):
                    return lineno
        return None


class OutputChecker:
    """Compare actual output with the expected output of an example."""

    def _toAscii(self, s):
        return str(s.encode("ASCII", "backslashreplace"), "ASCII")

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "",
                          want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines,
                                                 n=2))[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines,
                                                 n=2))[2:]
                kind = "context diff with expected followed by actual"
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            diff = [line.rstrip() + "\n" for line in diff]
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


class _SpoofOut(StringIO):
    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


class DocTestRunner:
    """Run DocTests and accumulate statistics."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) +
                    "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) +
                    "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            "Exception raised:\n" + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s'
                       % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for optionflag, val in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            try:
                code = compile(example.source, filename, "single",
                               compileflags, True)
                exec(code, test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = _format_exc_only(exception[0], exception[1])
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome == SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = (f, t)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises on the first failure instead of reporting."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, type(sys)):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test the examples in a text file."""
    global master
    import os
    if module_relative:
        base = os.path.dirname(getattr(sys.modules.get("__main__"),
                                       "__file__", "") or "")
        path = os.path.join(base, filename) if base else filename
    else:
        path = filename
    with open(path, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = os.path.basename(path)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, path, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's docstring (no recursion, no summary)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
