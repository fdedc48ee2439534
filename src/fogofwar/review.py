"""Corrections as operations on a store: record one, recompute what it changes, list all.

`correct` keys each correction to the claim as extracted (`corrections.Correction`) and
recomputes the estimates of the events that hold the claim's article, so the pages and
exports show the corrected figures at once; every later `process` run applies the
corrections again before grouping and reconciling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from .corrections import Correction, check_changes
from .errors import ConfigError
from .reconcile import estimate_events
from .records import record
from .store import Store, content_id

#: Longest author name and reason kept.
MAX_AUTHOR, MAX_REASON = 100, 2000


@record
class Reviewed:
    """A stored correction and where it stands: the claim it applies to, or orphaned."""

    correction: Correction
    claim_id: str | None  # None when orphaned
    event_id: str | None


def correct(
    store: Store,
    claim_ids: Iterable[str],
    *,
    changes: Mapping[str, object] | None = None,
    reject: bool = False,
    author: str,
    reason: str = "",
    now: dt.datetime | None = None,
) -> list[Correction]:
    """Record one correction per claim (the same changes, or a rejection), then
    recompute the estimates of the events the claims are in.

    A ConfigError names what is wrong: an unknown claim, a bad field or value, no
    change at all, no author.
    """
    checked = check_changes(changes or {})
    if not checked and not reject:
        raise ConfigError("correction", "nothing to change: give a new value or reject")
    author = " ".join(author.split())
    if not author:
        raise ConfigError("correction", "say who corrects (an author name)")
    if len(author) > MAX_AUTHOR or len(reason) > MAX_REASON:
        raise ConfigError("correction", "author or reason is too long")
    now = now or dt.datetime.now(dt.UTC)
    made = []
    for claim_id in dict.fromkeys(claim_ids):
        try:
            row = store.claim_row(claim_id)
        except KeyError:
            raise ConfigError(claim_id, "no such claim in this database") from None
        made.append(
            Correction(
                id=content_id(claim_id, row["evidence_start"], now.isoformat(), author),
                article_id=row["article_id"],
                external_id=row["external_id"],
                url=row["url"],
                evidence=row["evidence"] or "",
                evidence_start=row["evidence_start"],
                evidence_end=row["evidence_end"],
                category=row["category"],
                count=row["count"],
                changes={} if reject else checked,
                rejected=reject,
                author=author,
                reason=reason.strip(),
                created=now,
            )
        )
    if not made:
        raise ConfigError("correction", "no claim given")
    for correction in made:
        store.save_correction(correction)
    reestimate(store, article_ids={c.article_id for c in made})
    return made


def reestimate(store: Store, *, article_ids: set[str]) -> list[str]:
    """Recompute (from corrected claims) the estimates of the events holding these
    articles; returns the events' ids."""
    events = [e for e in store.events() if article_ids & set(e.article_ids)]
    if events:
        estimates = estimate_events(events, store.analyses())
        store.replace_estimates([e.id for e in events], estimates)
    return [e.id for e in events]


def review(store: Store) -> list[Reviewed]:
    """Every correction, oldest first, with the claim and event it applies to now."""
    applied = store.corrected_claims()
    claim_of = {f.id: claim_id for claim_id, fixes in applied.corrected.items() for f in fixes}
    article_of = dict(store.db.execute("SELECT id, article_id FROM claims").fetchall())
    event_of = dict(store.db.execute("SELECT article_id, event_id FROM event_articles").fetchall())
    listed = []
    for correction in store.corrections():
        claim_id = claim_of.get(correction.id)
        article = article_of.get(claim_id) if claim_id else None
        listed.append(
            Reviewed(
                correction=correction,
                claim_id=claim_id,
                event_id=event_of.get(article) if article else None,
            )
        )
    return listed
