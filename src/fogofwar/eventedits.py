"""Analysts' merges and splits of events, kept so that every later grouping repeats them.

Grouping is redone from all articles on every run, so an analyst's "these two events are
one incident" or "this report is about another incident" must be stored and applied to
each new grouping, not to the events of the moment. An edit is therefore keyed to
articles: a merge names the articles of both events, and joins whichever events hold
them now; a split names the article taken out. An edit whose articles are gone, or
already where it puts them, changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .dates import event_date
from .events import event_from
from .places import locate
from .records import Analysis, Event, record

KINDS = ("merge", "split")


@record
class EventEdit:
    """One merge or split, as the analyst made it."""

    id: str
    kind: str  # "merge" or "split"
    #: merge: the articles of the event kept; split: the article taken out
    articles: tuple[str, ...]
    #: merge: the articles of the event merged into it; split: the articles it left
    others: tuple[str, ...]
    author: str
    reason: str
    created: dt.datetime


def apply_edits(
    events: Sequence[Event], edits: Iterable[EventEdit], *, analyses: Mapping[str, Analysis]
) -> list[Event]:
    """`events` with every edit applied, oldest first. A merged event keeps the id of
    the event holding the `articles`; an article split out becomes an event of its own."""
    current = list(events)
    for edit in sorted(edits, key=lambda e: (e.created, e.id)):
        if edit.kind == "merge":
            kept, other = holding(current, edit.articles), holding(current, edit.others)
            if kept is None or other is None or kept is other:
                continue
            ids = dict.fromkeys(kept.article_ids + other.article_ids)
            merged = event_from([analyses[i] for i in ids if i in analyses])
            current = [e for e in current if e is not kept and e is not other]
            current.append(replace(merged, id=kept.id))
        elif edit.kind == "split" and edit.articles and edit.articles[0] in analyses:
            article = edit.articles[0]
            holder = holding(current, (article,))
            if holder is None or len(set(holder.article_ids)) < 2:
                continue
            rest = event_from([analyses[i] for i in holder.article_ids if i != article])
            current = [e for e in current if e is not holder]
            current += [replace(rest, id=holder.id), event_from([analyses[article]])]
    return current


def holding(events: Sequence[Event], articles: Iterable[str]) -> Event | None:
    """The event holding most of `articles` (the smaller id on a tie), None if none does."""
    wanted = set(articles)
    best: tuple[int, str] | None = None
    found = None
    for event in events:
        shared = len(wanted & set(event.article_ids))
        if shared and (best is None or (shared, _neg(event.id)) > (best[0], _neg(best[1]))):
            best, found = (shared, event.id), event
    return found


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def placed(event: Event, analyses: Mapping[str, Analysis]) -> Event:
    """The event with its incident date and location read from its articles."""
    members = [analyses[i] for i in event.article_ids if i in analyses]
    return replace(
        event,
        date=event_date(
            [a.incident_date for a in members], published=[a.published for a in members]
        ),
        location=locate(event.places, countries=event.countries),
    )
