# cli: -q -i
# check: stderr
# With -q there is no banner: stderr holds exactly the prompts (">>> ", and
# "... " for continuation lines) and the tracebacks.
