# cli: -X foo -X bar=baz -Xdev_like=1 -c "import sys; print(sorted(sys._xoptions.items()))"
# -X options land in sys._xoptions: NAME -> True, NAME=VALUE -> "VALUE".
