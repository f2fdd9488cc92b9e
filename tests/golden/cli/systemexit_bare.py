# cli: -c "raise SystemExit"
# check: stderr code
# A bare SystemExit: status 0.
