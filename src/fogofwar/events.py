"""Group article analyses into events: one event per incident, however many reports.

Two articles are one incident when they are published within a few days of each other
and share where (countries, places), who (actors), what (idf-weighted words) and, weakly,
the same casualty figures. Clustering is average-link agglomerative over a sparse graph:
only pairs that share a key (country, place, actor or rare word) inside the date window
are ever compared, so 10,000 analyses need no all-pairs pass. An undated article whose
lead dates the incident is grouped by that date; the other undated articles are placed
after the dated ones, so a date-less report joins the incident it resembles most rather
than pulling two incidents together, but never one that ended before a date its text
states (it was written after that day). Everything is keyed by sorted article ids, so input
order never changes the result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from .records import Analysis, Event

#: Most articles an undated one is compared with; its rarest keys are used first, and
#: keys shared by more undated articles than this are too common to pair them.
_UNDATED_BUDGET = 300
#: Days within which a dated article can be a copy of an earlier one.
COPY_WINDOW_DAYS = 10
#: Distinctive (highest-idf) fingerprint words per article used to find candidates.
_RARE_WORDS = 10
#: Component weights of the pair similarity; they sum to 1.
_W_TEXT, _W_PLACE, _W_COUNTRY, _W_ACTOR = 0.5, 0.25, 0.15, 0.1
#: Word cosine at which two reports count as fully alike (same-incident reports by
#: different outlets share rare words but are rarely above ~0.3).
_TEXT_SCALE = 0.25
#: Two articles naming countries, none in common, are rarely one incident.
_DISJOINT_COUNTRIES = 0.4
_MIN_DATE = dt.date.min


def digest(parts: Iterable[str]) -> str:
    """Content hash (16 hex chars) of an ordered sequence of strings."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class _Similarity:
    """Pair similarity with idf weights learned from the whole input (order-free)."""

    def __init__(self, items: Sequence[Analysis]) -> None:
        n = len(items)
        self.items = items
        self.words = [a.fingerprint for a in items]
        self.places = [frozenset("p:" + p.casefold() for p in a.places) for a in items]
        self.actors = [frozenset("a:" + p.casefold() for p in a.actors) for a in items]
        self.countries = [frozenset(a.countries) for a in items]
        self.top_countries = [frozenset(a.countries[:3]) for a in items]
        self.figures = [
            frozenset((c.category, c.count) for c in a.claims if c.count > 1) for a in items
        ]
        df: Counter[str] = Counter()
        for i in range(n):
            df.update(self.words[i] | self.places[i] | self.actors[i])
        self.df = df
        # Smoothed idf, squared: a word every article shares still counts a little.
        # math.fsum is exact, so sums do not depend on set iteration order.
        self.w2 = {t: (math.log((n + 1) / (d + 1)) + 1.0) ** 2 for t, d in df.items()}
        self.norm = [self._norm(self.words[i]) for i in range(n)]
        self.pnorm = [self._norm(self.places[i]) for i in range(n)]
        self.anorm = [self._norm(self.actors[i]) for i in range(n)]

    def _norm(self, terms: frozenset[str]) -> float:
        return math.sqrt(math.fsum(map(self.w2.__getitem__, terms)))

    def _cosine(self, a: frozenset[str], b: frozenset[str], na: float, nb: float) -> float:
        if not na or not nb:
            return 0.0
        return math.fsum(map(self.w2.__getitem__, a & b)) / (na * nb)

    def __call__(self, i: int, j: int) -> float:
        text = self._cosine(self.words[i], self.words[j], self.norm[i], self.norm[j])
        text = min(1.0, text / _TEXT_SCALE)
        place = self._cosine(self.places[i], self.places[j], self.pnorm[i], self.pnorm[j])
        actor = self._cosine(self.actors[i], self.actors[j], self.anorm[i], self.anorm[j])
        ci, cj = self.top_countries[i], self.top_countries[j]
        country = len(ci & cj) / min(len(ci), len(cj)) if ci and cj else 0.0
        score = _W_TEXT * text + _W_PLACE * place + _W_COUNTRY * country + _W_ACTOR * actor
        score += min(0.1, 0.05 * len(self.figures[i] & self.figures[j]))
        if self.countries[i] and self.countries[j] and not self.countries[i] & self.countries[j]:
            score *= _DISJOINT_COUNTRIES
        return score

    def keys(self, i: int) -> list[str]:
        """Blocking keys: only articles sharing one are ever compared."""
        rare = sorted((t for t in self.words[i] if self.df[t] > 1), key=lambda t: (self.df[t], t))
        keys = (
            ["c:" + c for c in self.items[i].countries[:3]]
            + sorted(self.places[i])
            + sorted(self.actors[i])
            + ["w:" + t for t in rare[:_RARE_WORDS]]
        )
        return list(dict.fromkeys(keys))


def _postings(sim: _Similarity, idx: Iterable[int]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        for key in sim.keys(i):
            postings[key].append(i)
    return postings


def _dated_pairs(
    dates: dict[int, dt.date], postings: dict[str, list[int]], window: int
) -> set[tuple[int, int]]:
    """Pairs of dated articles sharing a key and published within `window` days."""
    pairs: set[tuple[int, int]] = set()
    for key in sorted(postings):
        ids = sorted(postings[key], key=lambda i: (dates[i], i))
        for x, i in enumerate(ids):
            for j in ids[x + 1 :]:
                if (dates[j] - dates[i]).days > window:
                    break
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _average_link(
    members: dict[int, list[int]],
    edges: dict[tuple[int, int], float],
    *,
    threshold: float,
    dates: dict[int, dt.date],
    window: int,
) -> list[list[int]]:
    """Merge clusters while their average pairwise similarity reaches `threshold`.

    Pairs never compared count as 0, which keeps chains of weak links apart. A merge
    whose dated articles would span more than `window` days is refused.
    """
    links: dict[int, dict[int, float]] = {c: {} for c in members}
    for (a, b), s in edges.items():
        links[a][b] = links[b][a] = s
    member_dates = {c: [dates[i] for i in m if i in dates] for c, m in members.items()}
    span = {c: (min(d), max(d)) if d else None for c, d in member_dates.items()}
    heap = [(-s, a, b) for (a, b), s in edges.items() if s >= threshold]
    heapq.heapify(heap)
    next_id = max(members, default=-1) + 1
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in links[a]:
            continue
        sa, sb = span[a], span[b]
        if sa and sb and (max(sa[1], sb[1]) - min(sa[0], sb[0])).days > window:
            continue  # spans only grow, so this pair can never merge later
        c, next_id = next_id, next_id + 1
        members[c] = members.pop(a) + members.pop(b)
        span[c] = (min(sa[0], sb[0]), max(sa[1], sb[1])) if sa and sb else sa or sb
        links[c] = {}
        for x in sorted((set(links[a]) | set(links[b])) - {a, b}):
            s = links[x].pop(a, 0.0) + links[x].pop(b, 0.0)
            links[c][x] = links[x][c] = s
            avg = s / (len(members[c]) * len(members[x]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(c, x), max(c, x)))
        del links[a], links[b]
    return list(members.values())


def _attach(
    i: int,
    groups: list[list[int]],
    group_of: dict[int, int],
    last: list[dt.date],
    sim: _Similarity,
    postings: dict[str, list[int]],
    earliest: dt.date | None,
) -> tuple[float, int] | None:
    """Best dated group for undated article `i`: mean of its top-3 member similarities.

    Groups whose last date is before `earliest` are not candidates.
    """
    candidates: set[int] = set()
    for key in sorted(sim.keys(i), key=lambda k: (len(postings.get(k, ())), k)):
        if candidates and len(candidates) + len(postings.get(key, ())) > _UNDATED_BUDGET:
            break
        candidates.update(postings.get(key, ()))
    scores: dict[int, list[float]] = defaultdict(list)
    for j in sorted(candidates):
        if earliest is None or last[group_of[j]] >= earliest:
            scores[group_of[j]].append(sim(i, j))
    best = None
    for g, vals in scores.items():
        top = sorted(vals, reverse=True)[:3]
        score = sum(top) / min(3, len(groups[g]))
        if best is None or (score, -min(groups[g])) > (best[0], -min(groups[best[1]])):
            best = (score, g)
    return best


def cluster(
    analyses: Sequence[Analysis], *, window_days: int = 10, threshold: float = 0.35
) -> list[Event]:
    """Group analyses into events, the same ones whatever the input order."""
    unique = {a.article_id: a for a in sorted(analyses, key=lambda a: a.article_id, reverse=True)}
    items = [unique[k] for k in sorted(unique)]
    sim = _Similarity(items)
    # An undated article whose lead dates the incident is grouped by that date.
    dates = {i: when for i, a in enumerate(items) if (when := a.published or a.text_date)}
    undated = [i for i in range(len(items)) if i not in dates]
    # 1. Dated articles: average-link inside the date window.
    postings = _postings(sim, dates)
    pairs = _dated_pairs(dates, postings, window_days)
    edges = {p: s for p in pairs if (s := sim(*p)) > 0.05}
    groups = _average_link(
        {i: [i] for i in dates}, edges, threshold=threshold, dates=dates, window=window_days
    )
    groups.sort(key=min)
    # 2. Undated articles join the dated event they resemble most, if close enough, and
    #    never one that ended before a date their text states (they were written after it).
    group_of = {i: g for g, m in enumerate(groups) for i in m}
    last = [max(dates[i] for i in m) for m in groups]
    joins: dict[int, list[int]] = defaultdict(list)
    leftover = []
    for i in undated:
        after = items[i].written_after
        earliest = after - dt.timedelta(days=window_days) if after else None
        best = _attach(i, groups, group_of, last, sim, postings, earliest)
        if best and best[0] >= threshold:
            joins[best[1]].append(i)
        else:
            leftover.append(i)
    for g, extra in joins.items():
        groups[g] = groups[g] + extra
    # 3. Undated articles that joined nothing group among themselves.
    rest = _postings(sim, leftover)
    pairs = {
        (a, b)
        for ids in rest.values()
        if len(ids) <= _UNDATED_BUDGET
        for a in ids
        for b in ids
        if a < b
    }
    edges = {p: s for p in pairs if (s := sim(*p)) > 0.05}
    groups += _average_link(
        {i: [i] for i in leftover}, edges, threshold=threshold, dates={}, window=window_days
    )
    events = [_event([items[i] for i in sorted(m)]) for m in groups]
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
    most `_UNDATED_BUDGET` candidates, those sharing its rarest words first.
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
        budget = _UNDATED_BUDGET
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
