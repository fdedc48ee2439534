"""The events index: one summary row per event, the filters an analyst narrows it with,
and the sort orders.

The rows come from the datasets' coded events (`datasets.code_events`), so the index
shows the same sides, event type and fatalities as the ACLED and UCDP exports. Building
them reads the whole store, so the web app keeps one `Catalog` per state of the database
file and filters it in memory; filtering and sorting are pure functions of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field
from typing import Any

from ..corrections import Correction
from ..datasets import Coded, code_stories, event_dates
from ..eventview import event_name
from ..parties import country_actor
from ..records import record
from ..store import Store

SORTS = {
    "date": "oldest first",
    "-date": "newest first",
    "fatalities": "fewest fatalities first",
    "-fatalities": "most fatalities first",
}
DEFAULT_SORT = "-date"
#: Columns of the index's CSV download, in order.
INDEX_COLUMNS: tuple[str, ...] = (
    "event_id", "name", "date_start", "date_end", "location", "country", "actor1", "actor2",
    "event_type", "sub_event_type", "fatalities_best", "fatalities_low", "fatalities_high",
    "disputed", "articles", "sources",
)  # fmt: skip


@record
class EventRow:
    """One event as the index lists it."""

    id: str
    name: str
    start: dt.date | None
    end: dt.date | None
    place: str
    country: str  # ISO alpha-2, or ""
    country_name: str
    sides: str
    actors: tuple[str, ...]  # every side's name and associates, for the actor filter
    event_type: str
    sub_event_type: str
    best: int
    low: int
    high: int
    disputed: bool
    articles: int
    sources: int
    latitude: float | None = None
    longitude: float | None = None

    def csv_row(self) -> dict[str, object]:
        """The row of the index's CSV download (`INDEX_COLUMNS`)."""
        return {
            "event_id": self.id,
            "name": self.name,
            "date_start": self.start.isoformat() if self.start else None,
            "date_end": self.end.isoformat() if self.end else None,
            "location": self.place,
            "country": self.country_name,
            "actor1": self.actors[0] if self.actors else "",
            "actor2": self.actors[1] if len(self.actors) > 1 else "",
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "fatalities_best": self.best,
            "fatalities_low": self.low,
            "fatalities_high": self.high,
            "disputed": int(self.disputed),
            "articles": self.articles,
            "sources": self.sources,
        }


@record
class Catalog:
    """Everything the index and the event pages need that is costly to build."""

    rows: tuple[EventRow, ...]
    coded: Mapping[str, Coded]
    #: article id -> first article of its wire story (`events.wire_copies`)
    story: Mapping[str, str]
    #: when the last run finished, for ACLED's `timestamp`
    updated: dt.datetime | None = None
    countries: tuple[tuple[str, str], ...] = ()  # (code, name), by name
    event_types: tuple[str, ...] = ()
    #: claim id -> the analysts' corrections applied to it, oldest first
    corrections: Mapping[str, tuple[Correction, ...]] = field(default_factory=dict)
    orphaned: int = 0


@record
class Filters:
    """What the analyst narrowed the index to. Empty values filter nothing."""

    country: str = ""
    start: dt.date | None = None  # events ending on or after this day
    end: dt.date | None = None  # events starting on or before this day
    actor: str = ""
    event_type: str = ""
    disputed: bool = False
    #: event ids matching the full-text search, or None when there is no search
    matching: frozenset[str] | None = None
    query: str = ""
    sort: str = DEFAULT_SORT
    problems: tuple[str, ...] = field(default=())


def load_catalog(store: Store) -> Catalog:
    """Code every event of the store and summarise each as an index row."""
    coded, story = code_stories(store)
    applied = store.corrected_claims()
    rows = tuple(event_row(c) for c in coded)
    countries = {r.country: r.country_name for r in rows if r.country}
    return Catalog(
        rows=rows,
        coded={c.event.id: c for c in coded},
        story=story,
        updated=store.last_updated(),
        countries=tuple(sorted(countries.items(), key=lambda kv: (kv[1], kv[0]))),
        event_types=tuple(sorted({r.event_type for r in rows})),
        corrections=applied.corrected,
        orphaned=len(applied.orphaned),
    )


def event_row(coded: Coded) -> EventRow:
    """The index row of one coded event."""
    event = coded.event
    start, end, _, _ = event_dates(event)
    location = event.location
    country = (location.country if location else None) or (
        event.countries[0] if event.countries else ""
    )
    actor = country_actor(country) if country else None
    sides = [s for s in (coded.actor1, coded.actor2) if s is not None]
    names = [s.name for s in sides] + [a for s in sides for a in s.associates]
    return EventRow(
        id=event.id,
        name=event_name(coded),
        start=start,
        end=end,
        place=location.name if location else "",
        country=country or "",
        country_name=actor.name if actor else (country or ""),
        sides=" vs ".join(s.name for s in sides),
        actors=tuple(dict.fromkeys(names)),
        event_type=coded.kind.event_type,
        sub_event_type=coded.kind.sub_event_type,
        best=coded.deaths.best,
        low=coded.deaths.low,
        high=coded.deaths.high,
        disputed=any(e.disputed for e in coded.estimates),
        articles=len(coded.analyses),
        sources=coded.sources,
        latitude=location.latitude if location else None,
        longitude=location.longitude if location else None,
    )


def parse_filters(args: Mapping[str, str], *, matching: Iterable[str] | None = None) -> Filters:
    """Filters from query-string values; a malformed date is named, not raised."""
    problems: list[str] = []

    def day(name: str) -> dt.date | None:
        value = args.get(name, "").strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{name}: not a date (YYYY-MM-DD): {value[:40]!r}")
            return None

    sort = args.get("sort", DEFAULT_SORT)
    return Filters(
        country=args.get("country", "").strip(),
        start=day("from"),
        end=day("to"),
        actor=args.get("actor", "").strip(),
        event_type=args.get("event_type", "").strip(),
        disputed=args.get("disputed", "") not in ("", "0", "false"),
        matching=frozenset(matching) if matching is not None else None,
        query=args.get("q", "").strip(),
        sort=sort if sort in SORTS else DEFAULT_SORT,
        problems=tuple(problems),
    )


def select(rows: Sequence[EventRow], filters: Filters) -> list[EventRow]:
    """The rows that pass every filter, in the filters' sort order."""
    actor = filters.actor.casefold()
    chosen = [
        r
        for r in rows
        if (not filters.country or filters.country in (r.country, r.country_name))
        and (filters.start is None or (r.end or r.start or dt.date.min) >= filters.start)
        and (filters.end is None or (r.start or dt.date.max) <= filters.end)
        and (not actor or any(actor in a.casefold() for a in r.actors))
        and (not filters.event_type or r.event_type == filters.event_type)
        and (not filters.disputed or r.disputed)
        and (filters.matching is None or r.id in filters.matching)
    ]
    return sorted(chosen, key=_sort_key(filters.sort))


def _sort_key(sort: str) -> Callable[[EventRow], tuple[Any, ...]]:
    """Undated events last whichever way dates run; ties by fatalities, then id."""
    if sort in ("date", "-date"):
        sign = 1 if sort == "date" else -1

        def by_date(r: EventRow) -> tuple[bool, int, int, str]:
            ordinal = r.start.toordinal() if r.start else 0
            return (r.start is None, sign * ordinal, -r.best, r.id)

        return by_date
    sign = 1 if sort == "fatalities" else -1

    def by_fatalities(r: EventRow) -> tuple[int, int, str]:
        return (sign * r.best, sign * r.high, r.id)

    return by_fatalities
