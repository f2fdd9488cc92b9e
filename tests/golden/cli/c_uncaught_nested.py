# cli: -c "f = lambda: 1 / 0; g = lambda: f(); g()"
# check: stderr code
# A traceback through two frames of -c code.
