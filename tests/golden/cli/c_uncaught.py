# cli: -c "print('before'); {}['k']"
# check: stderr code
# An uncaught exception in -c: traceback on stderr (File "<string>"), status 1.
