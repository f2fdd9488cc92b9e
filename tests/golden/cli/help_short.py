# cli: -h
# ignore: stdout
# -h prints the help text (pith's own) and exits 0.
