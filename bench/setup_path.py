"""Where the bench scripts find fogofwar and the gold corpus."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
GOLD = HERE.parent.parent / "shared" / "corpus" / "dev"


def import_fogofwar() -> None:
    """Use the installed package if there is one, else the source tree beside bench/."""
    try:
        import fogofwar  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(SRC))
