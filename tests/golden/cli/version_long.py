# cli: --version
# ignore: stdout
# --version is -V.
