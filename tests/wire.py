"""Invented one-paragraph wire reports, read as a user's would be: under one fixed title,
outlet and day, so that a test names only the sentences it is about."""

from __future__ import annotations

import fogofwar
from fogofwar.records import Claim


def claims_of(text: str) -> list[Claim]:
    """The claims fogofwar reads in `text`, a report of the Wire filed on 1 March 2025."""
    return fogofwar.analyse(text, title="S", outlet="Wire", published="2025-03-01")
