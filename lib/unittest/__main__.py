"""Entry point for `pith -m unittest`."""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main  # noqa: E402

main(module=None)
