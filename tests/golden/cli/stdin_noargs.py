# cli:
# No arguments and stdin not a terminal: stdin is run as a script (values of
# expression statements are not echoed; that is the REPL's job).
