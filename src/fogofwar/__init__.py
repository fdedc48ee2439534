"""fogofwar: source-attributed, reconciled casualty figures from news reports of armed clashes.

    >>> import fogofwar
    >>> claims = fogofwar.analyse("Two soldiers were killed, the defence ministry said.")

The public surface is re-exported here; everything else is internal.
"""

from .errors import ConfigError, FogofwarError, InputError, StoreError
from .pipeline import RunSummary, analyse, process
from .records import (
    Analysis,
    Article,
    Claim,
    Estimate,
    Event,
    RawDocument,
    Rejected,
    Span,
)
from .settings import Settings, load_settings
from .store import Store
from .watch import watch

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "ConfigError",
    "Estimate",
    "Event",
    "FogofwarError",
    "InputError",
    "RawDocument",
    "Rejected",
    "RunSummary",
    "Settings",
    "Span",
    "Store",
    "StoreError",
    "analyse",
    "load_settings",
    "process",
    "watch",
]
