# cli: _cli_bad_syntax.py
# check: stderr code
# A script with a syntax error: SyntaxError with the caret on stderr, status 1.
