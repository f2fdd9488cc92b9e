# cli: -c "raise SystemExit(None)"
# check: stderr code
# SystemExit(None): status 0.
