"""fogofwar: source-attributed, reconciled casualty figures from news reports of armed clashes."""

__version__ = "0.1.0"
