# cli: -c "raise SystemExit(4, 'x')"
# check: stderr code
# Two arguments: code is the args tuple, printed; status 1.
