"""Corrections as operations on a store: record one, recompute what it changes, list all;
and the analysts' merges and splits of events (`eventedits`), applied at once.

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
from .eventedits import EventEdit, apply_edits, placed
from .eventids import IdChange, keep_ids
from .events import event_copies
from .placing import place_claims
from .reconcile import estimate_events
from .records import record
from .regrouping import mark_for_regrouping
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
    # a corrected figure changes how alike the article is to others: regroup it next run
    mark_for_regrouping(store, {c.article_id for c in made})
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


def merge_events(
    store: Store,
    keep_id: str,
    other_id: str,
    *,
    author: str,
    reason: str = "",
    now: dt.datetime | None = None,
) -> tuple[EventEdit, list[IdChange]]:
    """Merge event `other_id` into `keep_id` (which keeps its id), now and on every
    later run; its estimates are recomputed. Returns the edit and the ids it changed."""
    events = {e.id: e for e in store.events()}
    for event_id in (keep_id, other_id):
        if event_id not in events:
            raise ConfigError(event_id, "no such event in this database")
    if keep_id == other_id:
        raise ConfigError(keep_id, "an event cannot be merged with itself")
    edit = _edit(
        "merge",
        articles=events[keep_id].article_ids,
        others=events[other_id].article_ids,
        author=author,
        reason=reason,
        now=now,
    )
    return edit, _apply_now(store, edit)


def split_event(
    store: Store,
    event_id: str,
    article_id: str,
    *,
    author: str,
    reason: str = "",
    now: dt.datetime | None = None,
) -> tuple[EventEdit, list[IdChange]]:
    """Take article `article_id` out of event `event_id` into an event of its own, now
    and on every later run. Returns the edit and the ids it changed."""
    event = next((e for e in store.events() if e.id == event_id), None)
    if event is None:
        raise ConfigError(event_id, "no such event in this database")
    if article_id not in event.article_ids:
        raise ConfigError(article_id, f"is not an article of event {event_id}")
    if len(set(event.article_ids)) < 2:
        raise ConfigError(event_id, "has one article only: there is nothing to split")
    rest = tuple(a for a in event.article_ids if a != article_id)
    edit = _edit(
        "split", articles=(article_id,), others=rest, author=author, reason=reason, now=now
    )
    return edit, _apply_now(store, edit)


def _edit(
    kind: str,
    *,
    articles: tuple[str, ...],
    others: tuple[str, ...],
    author: str,
    reason: str,
    now: dt.datetime | None,
) -> EventEdit:
    author = " ".join(author.split())
    if not author:
        raise ConfigError(kind, "say who edits (an author name)")
    if len(author) > MAX_AUTHOR or len(reason) > MAX_REASON:
        raise ConfigError(kind, "author or reason is too long")
    now = now or dt.datetime.now(dt.UTC)
    return EventEdit(
        id=content_id(kind, *articles, "|", *others, now.isoformat()),
        kind=kind,
        articles=articles,
        others=others,
        author=author,
        reason=reason.strip(),
        created=now,
    )


def _apply_now(store: Store, edit: EventEdit) -> list[IdChange]:
    """Store the edit and regroup the stored events with it (without grouping anew):
    the changed events get their date and place again, ids follow `eventids`."""
    analyses = store.analyses()
    by_id = {a.article_id: a for a in analyses}
    previous = store.events()
    edited = apply_edits(previous, [edit], analyses=by_id)
    unchanged = set(previous)
    events = [e if e in unchanged else placed(e, by_id) for e in edited]
    events, changes = keep_ids(events, previous)
    analyses = place_claims(events, analyses)  # a moved article takes its new event's country
    by_event = [c for a in analyses for c in a.claims if c.party_in_text]
    wire_of = event_copies(events, by_id)
    estimates = estimate_events(events, analyses, wire_of=wire_of)
    store.save_event_edit(edit)
    store.replace_events(events, estimates, copies=wire_of, changes=changes, placed=by_event)
    return changes
