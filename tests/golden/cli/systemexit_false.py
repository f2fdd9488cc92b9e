# cli: -c "raise SystemExit(False)"
# check: stderr code
# False is the int 0.
