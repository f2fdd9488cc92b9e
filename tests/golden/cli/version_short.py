# cli: -V
# ignore: stdout
# -V prints the version (pith's own text) and exits 0.
