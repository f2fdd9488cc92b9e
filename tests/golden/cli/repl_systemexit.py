# cli: -q -i
# check: code
# exit via SystemExit in the REPL ends the session with its status; later
# input is not read.
