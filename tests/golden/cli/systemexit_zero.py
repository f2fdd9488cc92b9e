# cli: -c "raise SystemExit(0)"
# check: stderr code
# SystemExit(0): status 0.
