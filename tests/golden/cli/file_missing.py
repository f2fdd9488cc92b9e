# cli: _cli_does_not_exist.py
# check: code
# A missing script: "can't open file" on stderr, exit status 2.
