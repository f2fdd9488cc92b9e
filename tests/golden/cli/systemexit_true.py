# cli: -c "raise SystemExit(True)"
# check: stderr code
# True is the int 1.
