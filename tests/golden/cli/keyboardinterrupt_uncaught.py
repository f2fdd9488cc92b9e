# check: stderr code
# An uncaught KeyboardInterrupt prints its traceback, then the process ends by
# SIGINT (status -2 as subprocess reports it, 130 in a shell), as CPython does.
print("about to interrupt", flush=True)
raise KeyboardInterrupt
