"""PyInstaller runtime hook: a windowed build (Windows, macOS) has no stdout or stderr.

There ``sys.stdout`` and ``sys.stderr`` are None, and libraries that write to them or ask them
questions fail: uvicorn's log formatter calls ``sys.stdout.isatty()`` when the phone server
starts. Pointing them at the null device keeps those libraries working; the app's own messages
go to its log file.
"""

import os
import sys
from pathlib import Path

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
