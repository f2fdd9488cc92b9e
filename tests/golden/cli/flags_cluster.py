# cli: -uE -c "import sys; print(sys.flags.ignore_environment, sys.flags.isolated)"
# Single-letter options can be clustered.
