# cli: -c "raise SystemExit(3)"
# check: stderr code
# SystemExit(3): exit status 3, nothing printed.
