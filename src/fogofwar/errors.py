"""fogofwar's exceptions.

Catch `FogofwarError` to catch them all::

    FogofwarError
    ├── InputError        a file or line that cannot be read as an article
    ├── StoreError        the database cannot be opened, is not a fogofwar database, or
    │                     fails mid-run (locked by another run, disk full, corrupt, read-only)
    └── ConfigError       a setting or option with a bad value

The CLI prints each as one line, `location: problem`, and exits non-zero. Bad input
inside a run is not raised at all: it becomes a stored `Rejected` row and the run goes on.
"""

from __future__ import annotations


class FogofwarError(Exception):
    """Base of every error fogofwar raises on purpose."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}")
        self.location = location
        self.problem = problem


class InputError(FogofwarError):
    """A file or line that cannot be read as an article."""


class StoreError(FogofwarError):
    """A database that cannot be opened, is not a fogofwar database, or fails mid-run."""


class ConfigError(FogofwarError):
    """A setting or option with a value fogofwar cannot use."""
