"""The installers' own modules (installers/bundle.py, installers/package.py) for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2] / "installers"))
