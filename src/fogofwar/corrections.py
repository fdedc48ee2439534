"""An analyst's corrections of extracted claims, kept beside the extractor's output.

A correction never overwrites a claim: it is its own row (who, when, why, what changes)
and is applied whenever claims are read for events, estimates, exports and pages. It is
keyed to what identifies the claim across re-runs of `process`, not to the claim's id:
the article (its id, or for a revised article the same input id and url), the verbatim
evidence with its offsets, and the figure as extracted (category and count). So it
follows the claim when the article is read again; when the article no longer yields
that claim, the correction is orphaned: listed, never dropped, never applied elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .errors import ConfigError
from .records import CATEGORIES, QUALIFIERS, SCOPES, STATUSES, Claim, record

#: The claim fields a correction may set, with what each accepts.
FIELDS: dict[str, str] = {
    "party": "a party name",
    "status": "one of " + ", ".join(STATUSES),
    "category": "one of " + ", ".join(CATEGORIES),
    "count": "a whole number from 0 to 1,000,000,000",
    "qualifier": "one of " + ", ".join(QUALIFIERS),
    "claimant": "who says so",
    "scope": "one of " + ", ".join(SCOPES),
}
_CHOICES = {"status": STATUSES, "category": CATEGORIES, "qualifier": QUALIFIERS, "scope": SCOPES}
MAX_TEXT = 200


@record
class Correction:
    """One analyst's change to one claim (or its rejection), keyed to survive re-runs."""

    id: str
    article_id: str
    external_id: str | None
    url: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    category: str  # the figure as the extractor gave it
    count: int
    changes: Mapping[str, Any]  # field -> new value; empty when the claim is rejected
    rejected: bool
    author: str
    reason: str
    created: dt.datetime


@record
class Applied:
    """Claims with the corrections applied, which correction touched which claim, and
    the corrections that found no claim."""

    claims: tuple[Claim, ...]
    corrected: Mapping[str, tuple[Correction, ...]]  # claim id -> its corrections
    orphaned: tuple[Correction, ...]


def check_changes(changes: Mapping[str, object]) -> dict[str, Any]:
    """The changes as typed values; an unknown field or a bad value is a ConfigError
    naming it. Empty values are dropped (a form's blank field changes nothing)."""
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name not in FIELDS:
            raise ConfigError(name, f"cannot be corrected; fields: {', '.join(FIELDS)}")
        text = str(value).strip()
        if name == "count":
            try:
                number = int(text)
            except ValueError:
                number = -1
            if not 0 <= number <= 10**9:
                raise ConfigError(name, f"must be {FIELDS[name]}, got {text[:40]!r}")
            checked[name] = number
        elif name in _CHOICES:
            if text not in _CHOICES[name]:
                raise ConfigError(name, f"must be {FIELDS[name]}, got {text[:40]!r}")
            checked[name] = text
        else:
            if len(text) > MAX_TEXT:
                raise ConfigError(name, f"is longer than {MAX_TEXT} characters")
            checked[name] = text
    return checked


def apply(
    claims: Sequence[Claim],
    corrections: Iterable[Correction],
    *,
    evidence: Mapping[str, str],
    successor: Mapping[str, str] | None = None,
) -> Applied:
    """Apply `corrections` (oldest first) to `claims`.

    `evidence` maps a claim id to its verbatim evidence; `successor` maps the id of an
    article that is no longer stored to the stored article with the same input id and
    url (its revision). A correction applies to the claim of its article (or successor)
    with the same evidence text and extracted figure, the one nearest its offsets when
    several are; a rejected claim is left out.
    """
    successor = successor or {}
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    touched: dict[str, list[Correction]] = {}
    orphaned: list[Correction] = []
    for correction in sorted(corrections, key=lambda c: (c.created, c.id)):
        article = correction.article_id
        if article not in by_article:
            article = successor.get(article, article)
        candidates = [
            c
            for c in by_article.get(article, ())
            if evidence.get(c.id) == correction.evidence
            and (c.category, c.count) == (correction.category, correction.count)
        ]
        if not candidates:
            orphaned.append(correction)
            continue
        target = min(
            candidates,
            key=lambda c: (abs(c.evidence.start - correction.evidence_start), c.id),
        )
        touched.setdefault(target.id, []).append(correction)
    result = []
    for claim in claims:
        fixes = touched.get(claim.id, ())
        if any(f.rejected for f in fixes[-1:]):
            continue
        changes: dict[str, Any] = {}
        for fix in fixes:
            changes.update(fix.changes)
        if changes.keys() & {"party", "claimant_side"}:
            # the analyst's reading holds, never the text's under an event's placing
            changes.update(party_in_text="", side_in_text="")
        result.append(replace(claim, **changes) if changes else claim)
    return Applied(
        claims=tuple(result),
        corrected={k: tuple(v) for k, v in touched.items()},
        orphaned=tuple(orphaned),
    )


def describe(correction: Correction) -> str:
    """'party → Azerbaijan' or 'rejected', for pages and the CLI."""
    if correction.rejected:
        return "rejected"
    return "; ".join(f"{k} → {v}" for k, v in correction.changes.items())
