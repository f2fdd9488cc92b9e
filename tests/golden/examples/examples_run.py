# The three real-world style programs in examples/ (argparse/pathlib/json/
# logging/subprocess; re/Counter/csv/datetime; unittest) run as CPython runs them.
import io
import os
import runpy
import sys
import tempfile
import unittest

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples")
sys.path.insert(0, EXAMPLES)

inv = runpy.run_path(os.path.join(EXAMPLES, "inventory_cli.py"))
with tempfile.TemporaryDirectory() as d:
    db = os.path.join(d, "inv.json")
    for argv in (["--db", db, "-v", "add", "apple", "3", "--price", "0.5"],
                 ["--db", db, "add", "pear", "10", "--price", "0.25"],
                 ["--db", db, "list"],
                 ["--db", db, "report", "--check"],
                 ["--db", db, "remove", "kiwi"]):
        print("$ inventory", " ".join(a if a != db else "DB" for a in argv[2:]))
        inv["main"](argv)
    try:
        inv["main"](["bogus"])
    except SystemExit as e:
        print("exit", e.code)

sys.argv = ["log_report.py"]
runpy.run_path(os.path.join(EXAMPLES, "log_report.py"), run_name="__main__")

import test_shapes
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromModule(test_shapes))
for line in stream.getvalue().splitlines():
    print(line if not line.startswith("Ran ") else line.split(" in ")[0])
print(result.wasSuccessful(), len(result.skipped), len(result.expectedFailures))
