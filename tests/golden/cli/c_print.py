# cli: -c "print(1 + 2)"
# -c runs the command as __main__; nothing else on the command line.
