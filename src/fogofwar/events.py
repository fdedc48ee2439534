"""Events from groups of article analyses: one event per incident, however many reports.

`grouping` decides which articles are one incident (dates, places, actors, idf-weighted
words and, weakly, the same casualty figures; undated articles join the incident they
resemble most, never one that ended before a date their text states). This module makes
an `Event` of each group and finds wire copies among an event's reports. Everything is
keyed by sorted article ids, so input order never changes the result.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .grouping import BUDGET, digest, group_all
from .records import Analysis, Event

__all__ = ["COPY_WINDOW_DAYS", "cluster", "digest", "event_copies", "event_from", "wire_copies"]

#: Days within which a dated article can be a copy of an earlier one.
COPY_WINDOW_DAYS = 10
_MIN_DATE = dt.date.min


def cluster(
    analyses: Sequence[Analysis], *, window_days: int = 10, threshold: float = 0.35
) -> list[Event]:
    """Group analyses into events, the same ones whatever the input order (`grouping`)."""
    unique = {a.article_id: a for a in sorted(analyses, key=lambda a: a.article_id, reverse=True)}
    groups = group_all(list(unique.values()), window=window_days, threshold=threshold)
    events = [_event([unique[i] for i in members]) for members in groups]
    return sorted(events, key=lambda e: (e.start is None, e.start or _MIN_DATE, e.id))


def _by_frequency(lists: Iterable[Sequence[str]]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    rank: Counter[str] = Counter()
    for values in lists:
        for pos, value in enumerate(dict.fromkeys(values)):
            counts[value] += 1
            rank[value] += pos
    return tuple(sorted(counts, key=lambda v: (-counts[v], rank[v] / counts[v], v)))


def _event(members: list[Analysis]) -> Event:
    dates = sorted(a.published for a in members if a.published)
    countries = _by_frequency(a.countries for a in members)
    places = _by_frequency(a.places for a in members)
    titled = sorted(
        (a for a in members if a.title and a.title.strip()),
        key=lambda a: (a.published is None, a.published or _MIN_DATE, a.article_id),
    )
    title = titled[0].title.strip() if titled and titled[0].title else ""
    if not title:
        title = ", ".join((places[:2] or ()) + countries[:2]) or "untitled event"
    ids = tuple(a.article_id for a in members)
    return Event(
        id=digest(sorted(ids)),
        title=title,
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
        article_ids=ids,
        countries=countries,
        places=places,
        actors=_by_frequency(a.actors for a in members),
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def wire_copies(
    analyses: Sequence[Analysis],
    *,
    same_wire: float = 0.8,
    any_outlet: float = 0.9,
    window_days: int = COPY_WINDOW_DAYS,
) -> dict[str, str]:
    """Map each article id to the first article (earliest, then smallest id) of its story.

    Two articles are one story when they carry the same wire and their fingerprints have
    Jaccard >= `same_wire`, or (any outlets) Jaccard >= `any_outlet`. Reconciliation then
    counts a wire story carried by several outlets as one source. Articles without a copy
    map to themselves. Candidates come from prefix filtering (rarest words first), which
    finds every pair above `same_wire` without comparing all pairs; dated articles are
    only compared with those published at most `window_days` before them (a wire story is
    reprinted within days, and an event spans no more), so the cost grows with the
    articles of a window, not the whole corpus. An undated article is compared with at
    most `BUDGET` candidates, those sharing its rarest words first.
    """
    items = sorted(
        {a.article_id: a for a in analyses}.values(),
        key=lambda a: (a.published is None, a.published or _MIN_DATE, a.article_id),
    )
    df = Counter(t for a in items for t in a.fingerprint)
    # word -> articles (in date order, the undated last) that have it in their prefix, and
    # per word where the postings inside the current article's window begin
    index: dict[str, list[int]] = defaultdict(list)
    first_in_window: dict[str, int] = defaultdict(int)
    parent = list(range(len(items)))
    window = dt.timedelta(days=window_days)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def candidates(a: Analysis, prefix: list[str]) -> Iterator[int]:
        if a.published is not None:
            oldest = a.published - window
            for t in prefix:
                postings, k = index[t], first_in_window[t]
                while k < len(postings) and (items[postings[k]].published or oldest) < oldest:
                    k += 1
                first_in_window[t] = k
                yield from postings[k:]
            return
        budget = BUDGET
        for t in prefix:  # rarest first; the latest postings of a common word
            postings = index[t][-budget:]
            yield from postings
            budget -= len(postings)
            if budget <= 0:
                return

    for i, a in enumerate(items):
        words = sorted(a.fingerprint, key=lambda t: (df[t], t))
        prefix = words[: len(words) - math.ceil(same_wire * len(words)) + 1]
        seen: set[int] = set()
        for j in candidates(a, prefix):
            if j in seen:
                continue
            seen.add(j)
            b = items[j]
            need = same_wire if a.wire and a.wire == b.wire else any_outlet
            if (not a.wire or not b.wire or a.wire == b.wire) and _jaccard(
                a.fingerprint, b.fingerprint
            ) >= need:
                ri, rj = root(i), root(j)
                parent[max(ri, rj)] = min(ri, rj)
        for t in prefix:
            index[t].append(i)
    return {a.article_id: items[root(i)].article_id for i, a in enumerate(items)}


def event_from(members: Sequence[Analysis]) -> Event:
    """An event of these articles, as `cluster` makes one (for an analyst's merge or
    split, `eventedits`)."""
    return _event(sorted(members, key=lambda a: a.article_id))


def event_copies(events: Iterable[Event], analyses: Mapping[str, Analysis]) -> dict[str, str]:
    """`wire_copies` within each event: a story reprinted in another event's reports is
    that incident's, so copies are looked for only among an event's own articles (which
    keeps the work per event, however large the database)."""
    copies: dict[str, str] = {}
    for event in events:
        copies.update(wire_copies([analyses[a] for a in event.article_ids if a in analyses]))
    return copies
