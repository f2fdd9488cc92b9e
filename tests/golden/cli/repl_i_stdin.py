# cli: -i
# The REPL fed from a pipe (-i, stdin not a terminal): expression values are
# echoed to stdout, None is not, "_" holds the last value, compound
# statements end at a blank line, errors print a traceback and the session
# goes on. Prompts and the banner go to stderr (not compared).
