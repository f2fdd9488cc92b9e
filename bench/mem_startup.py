# mem_startup: the fifth target, start-up: a program that does
# nothing, so the run is all start-up and shut-down (pith -c pass). bench/run.py
# reports its wall time and peak RSS beside CPython's.
print("ok")
