# cli: -c "x = (1 +"
# check: stderr code
# A syntax error in -c: SyntaxError on stderr naming "<string>", exit status 1.
