"""Stable event ids: an event keeps its id when articles join it on a later run.

Grouping runs over every stored article each time, and a new event's id is a hash of its
articles, so without this an event would get a new id whenever one more report joined
it, and the ACLED and UCDP rows made from it could not be kept up to date. Instead each
regrouped event takes the id of the previous event it shares most articles with, one
previous id per event. When two previous events become one (a merge), the one sharing
most articles keeps its id and the other is recorded as merged into it; when one
previous event becomes two (a split), the part sharing most keeps the id and the other,
with a new id, is recorded as split from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .records import Event, record


@record
class IdChange:
    """A previous event id that no longer names an event, or an event cut from one."""

    old_id: str
    event_id: str
    change: str  # "merged" (old_id merged into event_id) or "split" (event_id split from old_id)


def keep_ids(
    events: Sequence[Event], previous: Sequence[Event]
) -> tuple[list[Event], list[IdChange]]:
    """`events` with the ids of the `previous` events they continue, and the merges and
    splits. Pairs are matched greedily by shared articles (most first; ties by the older
    id, then the event's own id), so the result does not depend on input order."""
    owner = {a: old.id for old in previous for a in old.article_ids}
    shared: Counter[tuple[int, str]] = Counter()
    for k, event in enumerate(events):
        for article in dict.fromkeys(event.article_ids):
            if article in owner:
                shared[(k, owner[article])] += 1
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0][1], events[kv[0][0]].id))
    kept: dict[int, str] = {}
    taken: set[str] = set()
    # An event that already carries a previous id of its articles keeps it (an
    # analyst's merge names the event to keep).
    for (k, old_id), _ in ranked:
        if events[k].id == old_id and k not in kept:
            kept[k] = old_id
            taken.add(old_id)
    for (k, old_id), _ in ranked:
        if k not in kept and old_id not in taken:
            kept[k] = old_id
            taken.add(old_id)
    result = [replace(e, id=kept[k]) if k in kept else e for k, e in enumerate(events)]
    changes: list[IdChange] = []
    for (k, old_id), _ in ranked:
        if old_id not in taken:  # a previous event whose id is gone: merged into the
            taken.add(old_id)  # event holding most of its articles
            changes.append(IdChange(old_id=old_id, event_id=result[k].id, change="merged"))
    split: set[int] = set()
    for (k, old_id), _ in ranked:
        if k not in kept and k not in split:  # a new id for articles of a previous event
            split.add(k)
            changes.append(IdChange(old_id=old_id, event_id=result[k].id, change="split"))
    return result, changes
