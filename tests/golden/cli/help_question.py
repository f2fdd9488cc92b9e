# cli: -?
# ignore: stdout
