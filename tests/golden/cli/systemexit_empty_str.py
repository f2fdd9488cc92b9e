# cli: -c "raise SystemExit('')"
# check: stderr code
# An empty message is still printed (an empty line), status 1.
