# cli: --help
# ignore: stdout
