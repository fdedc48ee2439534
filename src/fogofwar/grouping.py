"""How articles group into incidents, computed a stretch of days at a time.

`events.cluster` (all analyses in memory) and `regrouping` (a store, only what new
articles change) both run these functions, so they give the same groups.

What makes the work local in time, so that its cost grows with the articles and a new
article regroups only its neighbourhood:

- A word's weight is its rarity among the articles dated within `DF_DAYS` of the later
  article of the pair compared, not among the whole corpus: a pair's similarity depends
  only on the articles near it in time. A window holding fewer than `FLOOR` articles is
  weighted as if it held `FLOOR`, so that in a sparse stretch the words an incident's
  reports share are not taken for everyday words.
- Two dated articles are compared only when dated within `window` days of each other and
  sharing a key (a country, place, actor, or one of their rarest words).
- Average-link merges two groups only when some pair of theirs reaches the threshold, so
  it runs on each connected set of such links (a component) alone, with the same result.
  The sweep finishes a component once it is `window` days past its last article.

So the groups of a stretch of days depend only on the articles dated within
`DF_DAYS + window` days of it. An article with no date attaches to the dated group it
resembles most among the dated articles that share a place, actor or word with it (at
most `CANDIDATES` of them, its rarest keys' first); those that attach nowhere are
grouped among themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .records import Analysis

#: Days on each side of a pair's later article whose articles weight its words.
DF_DAYS = 10
#: Fewest articles a window is weighted as holding.
FLOOR = 100
#: Keys shared by more undated articles than this are too common to pair them.
BUDGET = 300
#: Most dated articles an undated one is compared with (its rarest keys' first).
CANDIDATES = 100
#: Distinctive (highest-idf) fingerprint words per article used to find candidates.
RARE_WORDS = 10
#: Component weights of the pair similarity; they sum to 1.
_W_TEXT, _W_PLACE, _W_COUNTRY, _W_ACTOR = 0.5, 0.25, 0.15, 0.1
#: Word cosine at which two reports count as fully alike (same-incident reports by
#: different outlets share rare words but are rarely above ~0.3).
_TEXT_SCALE = 0.25
#: Two articles naming countries, none in common, are rarely one incident.
_DISJOINT_COUNTRIES = 0.4
#: Pairs less alike than this are not kept as links at all.
_MIN_LINK = 0.05


def digest(parts: Iterable[str]) -> str:
    """Content hash (16 hex chars) of an ordered sequence of strings."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def day_of(analysis: Analysis) -> dt.date | None:
    """The day an article is grouped by: its publication date, else the incident date
    its lead gives; None when it has neither."""
    return analysis.published or analysis.text_date


class Profile:
    """What similarity reads of an article, as sets (no claims, no titles)."""

    __slots__ = ("id", "day", "words", "places", "actors", "countries", "top", "figures")

    def __init__(self, analysis: Analysis) -> None:
        self.id = analysis.article_id
        self.day = day_of(analysis)
        self.words = analysis.fingerprint
        self.places = frozenset("p:" + p.casefold() for p in analysis.places)
        self.actors = frozenset("a:" + p.casefold() for p in analysis.actors)
        self.countries = analysis.countries
        self.top = frozenset(analysis.countries[:3])
        self.figures = frozenset((c.category, c.count) for c in analysis.claims if c.count > 1)

    def terms(self) -> frozenset[str]:
        """What document frequencies count: words, places and actors."""
        return self.words | self.places | self.actors


class Weights:
    """Squared smoothed idf of each term among some articles; norms of term sets."""

    def __init__(self, df: Mapping[str, int], n: int) -> None:
        self.df = df
        self.total = max(n, FLOOR) + 1
        self._weight: dict[str, float] = {}
        self._norm: dict[frozenset[str], float] = {}

    def __getitem__(self, term: str) -> float:
        w = self._weight.get(term)
        if w is None:
            w = (math.log(self.total / (self.df.get(term, 0) + 1)) + 1.0) ** 2
            self._weight[term] = w
        return w

    def norm(self, terms: frozenset[str]) -> float:
        n = self._norm.get(terms)
        if n is None:
            # math.fsum is exact, so sums do not depend on set iteration order
            n = self._norm[terms] = math.sqrt(math.fsum(map(self.__getitem__, terms)))
        return n

    def cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if not shared:
            return 0.0
        return math.fsum(map(self.__getitem__, shared)) / (self.norm(a) * self.norm(b))


def similarity(a: Profile, b: Profile, weights: Weights) -> float:
    """How alike two reports are, from 0 to 1: words, places, countries, actors, and
    (weakly) the same casualty figures."""
    text = min(1.0, weights.cosine(a.words, b.words) / _TEXT_SCALE)
    place = weights.cosine(a.places, b.places)
    actor = weights.cosine(a.actors, b.actors)
    country = len(a.top & b.top) / min(len(a.top), len(b.top)) if a.top and b.top else 0.0
    score = _W_TEXT * text + _W_PLACE * place + _W_COUNTRY * country + _W_ACTOR * actor
    score += min(0.1, 0.05 * len(a.figures & b.figures))
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        score *= _DISJOINT_COUNTRIES
    return score


def blocking_keys(profile: Profile, df: Mapping[str, int]) -> tuple[str, ...]:
    """Keys of a dated article: only articles sharing one are ever compared."""
    rare = sorted((t for t in profile.words if df.get(t, 0) > 1), key=lambda t: (df[t], t))
    keys = (
        ["c:" + c for c in profile.countries[:3]]
        + sorted(profile.places)
        + sorted(profile.actors)
        + ["w:" + t for t in rare[:RARE_WORDS]]
    )
    return tuple(dict.fromkeys(keys))


def lookup_keys(profile: Profile) -> tuple[str, ...]:
    """Keys by which an undated article finds dated candidates: places, actors and words
    (countries are too common to pair on alone). Both sides use all of them, so a dated
    article's keys never change while it is stored."""
    return tuple(
        sorted(profile.places) + sorted(profile.actors) + sorted("w:" + t for t in profile.words)
    )


def average_link(
    members: dict[int, list[int]],
    edges: dict[tuple[int, int], float],
    *,
    threshold: float,
    dates: Mapping[int, dt.date],
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
        _, a, b = heapq.heappop(heap)
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


@dataclass(frozen=True, slots=True)
class Component:
    """Dated articles linked (directly or not) at the threshold, and their groups."""

    groups: list[tuple[str, ...]]  # each sorted; ordered by first member
    days: dict[str, dt.date]
    keys: dict[str, tuple[str, ...]]  # each member's `lookup_keys`


def sweep(
    days: Sequence[dt.date],
    load: Callable[[dt.date], Sequence[Analysis]],
    *,
    spans: Sequence[tuple[dt.date, dt.date]],
    scope: Container[str] | None = None,
    window: int,
    threshold: float,
) -> Iterator[Component]:
    """The components of the dated articles whose day lies in one of `spans` (and that
    are in `scope`, if given: the others only weight words).

    `days` are the days holding dated articles from `DF_DAYS` before the first span to
    `DF_DAYS` after the last (weights need them); `load(day)` gives a day's analyses.
    Each component is yielded once it is complete; only the articles of the last
    `2 * DF_DAYS` days and of unfinished components are held.
    """
    in_scope = sorted(d for d in days if any(lo <= d <= hi for lo, hi in spans))
    df: Counter[str] = Counter()
    counted = 0  # articles df counts
    loaded: dict[dt.date, list[Profile]] = {}
    pending: deque[dt.date] = deque(days)  # days not yet counted
    postings: dict[str, deque[Profile]] = defaultdict(deque)
    active: deque[Profile] = deque()  # in postings, oldest first
    parent: dict[str, str] = {}
    grown: dict[str, list[str]] = {}  # root -> members
    last: dict[str, dt.date] = {}  # root -> latest day
    links: dict[str, dict[str, float]] = {}
    keys: dict[str, tuple[str, ...]] = {}  # blocking keys of the articles in postings
    lookup: dict[str, tuple[str, ...]] = {}
    day_of_member: dict[str, dt.date] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = root(x), root(y)
        if rx == ry:
            return
        if len(grown[rx]) < len(grown[ry]):
            rx, ry = ry, rx
        parent[ry] = rx
        grown[rx] += grown.pop(ry)
        last[rx] = max(last[rx], last.pop(ry))

    def finish(r: str) -> Component:
        members = sorted(grown.pop(r))
        del last[r]
        index = {m: k for k, m in enumerate(members)}
        edges: dict[tuple[int, int], float] = {}
        for m in members:
            for other, s in links.pop(m).items():
                if other in index and index[m] < index[other]:
                    edges[(index[m], index[other])] = s
        dates = {index[m]: day_of_member[m] for m in members}
        found = average_link(
            {k: [k] for k in range(len(members))},
            edges,
            threshold=threshold,
            dates=dates,
            window=window,
        )
        groups = sorted(tuple(sorted(members[k] for k in g)) for g in found)
        for m in members:
            del keys[m]
        component = Component(
            groups=groups,
            days={m: day_of_member.pop(m) for m in members},
            keys={m: lookup.pop(m) for m in members},
        )
        for m in members:
            del parent[m]
        return component

    for today in in_scope:
        # 1. The weights of today: articles within DF_DAYS of it (days between two
        #    stretches far apart are never read).
        while pending and pending[0] < today - dt.timedelta(days=DF_DAYS):
            pending.popleft()
        while pending and pending[0] <= today + dt.timedelta(days=DF_DAYS):
            day = pending.popleft()
            loaded[day] = [Profile(a) for a in sorted(load(day), key=lambda a: a.article_id)]
            for p in loaded[day]:
                df.update(p.terms())
            counted += len(loaded[day])
        for day in [d for d in loaded if d < today - dt.timedelta(days=DF_DAYS)]:
            for p in loaded.pop(day):
                for t in p.terms():
                    df[t] -= 1
                    if not df[t]:
                        del df[t]
                counted -= 1
        weights = Weights(df, counted)
        # 2. Articles more than `window` days old pair with nothing from now on, and a
        #    component all of whose articles are that old is complete.
        oldest = today - dt.timedelta(days=window)
        expired: list[str] = []
        while active and active[0].day is not None and active[0].day < oldest:
            gone = active.popleft()
            for key in keys[gone.id]:
                postings[key].popleft()
                if not postings[key]:
                    del postings[key]
            expired.append(gone.id)
        for r in sorted({root(m) for m in expired}):
            if last[r] < oldest:
                yield finish(r)
        # 3. Today's articles, each compared with those sharing a key in the window.
        for p in loaded.get(today, ()):
            if scope is not None and p.id not in scope:
                continue
            keys[p.id] = blocking_keys(p, df)
            lookup[p.id] = lookup_keys(p)
            parent[p.id], grown[p.id], last[p.id] = p.id, [p.id], today
            links[p.id] = {}
            day_of_member[p.id] = today
            candidates = {q.id: q for key in keys[p.id] for q in postings.get(key, ())}
            for q_id in sorted(candidates):
                s = similarity(p, candidates[q_id], weights)
                if s > _MIN_LINK:
                    links[p.id][q_id] = links[q_id][p.id] = s
                    if s >= threshold:
                        union(p.id, q_id)
            for key in keys[p.id]:
                postings[key].append(p)
            active.append(p)
    for r in sorted({root(m) for m in parent}):
        yield finish(r)


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """A dated group as an undated article's candidates see it."""

    id: str
    size: int
    last: dt.date
    first: str  # its smallest article id: the tie-break


def attach(
    item: Analysis,
    candidates: Sequence[tuple[Analysis, GroupInfo]],
    *,
    threshold: float,
    window: int,
) -> str | None:
    """The dated group an undated article joins: the best mean of its top-3 member
    similarities, at least `threshold`; never a group that ended more than `window`
    days before a date the article states (it was written after that day).

    Word weights come from the candidates and the article itself.
    """
    if not candidates:
        return None
    profile = Profile(item)
    others = [(Profile(a), info) for a, info in sorted(candidates, key=lambda c: c[0].article_id)]
    df: Counter[str] = Counter(profile.terms())
    for other, _ in others:
        df.update(other.terms())
    weights = Weights(df, len(others) + 1)
    after = item.written_after
    earliest = after - dt.timedelta(days=window) if after else None
    scores: dict[str, list[float]] = defaultdict(list)
    info_of: dict[str, GroupInfo] = {}
    for other, info in others:
        if earliest is None or info.last >= earliest:
            scores[info.id].append(similarity(profile, other, weights))
            info_of[info.id] = info
    best: tuple[float, str, str] | None = None
    for group, values in scores.items():
        info = info_of[group]
        score = sum(sorted(values, reverse=True)[:3]) / min(3, info.size)
        if best is None or score > best[0] or (score == best[0] and info.first < best[1]):
            best = (score, info.first, group)
    return best[2] if best is not None and best[0] >= threshold else None


def candidates_of(
    keys: Iterable[str],
    *,
    sizes: Callable[[Sequence[str]], Mapping[str, int]],
    postings: Callable[[Sequence[str]], Mapping[str, Sequence[str]]],
) -> tuple[set[str], int]:
    """Dated articles sharing a key with an undated one, at most `CANDIDATES`: its keys are
    taken rarest first (`sizes(keys)`: how many dated articles have each) while their
    articles (`postings(keys)`) fit in the budget. Also returns the size of the first key
    that did not fit (`CANDIDATES + 1` if all did): a key that more articles have, before
    and after a change, cannot change the candidates."""
    counts = sizes(list(keys))
    chosen: list[str] = []
    total, cut = 0, CANDIDATES + 1
    for key in sorted((k for k, n in counts.items() if n), key=lambda k: (counts[k], k)):
        if total + counts[key] > CANDIDATES:
            cut = counts[key]
            break
        chosen.append(key)
        total += counts[key]
    found: set[str] = set()
    for ids in postings(chosen).values():
        found.update(ids)
    return found, cut


def group_leftovers(
    items: Sequence[Analysis], *, threshold: float, window: int
) -> list[tuple[str, ...]]:
    """Undated articles that joined no dated group, grouped among themselves (word
    weights from them alone)."""
    profiles = [Profile(a) for a in sorted(items, key=lambda a: a.article_id)]
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms())
    weights = Weights(df, len(profiles))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for key in blocking_keys(p, df):
            postings[key].append(i)
    pairs = {
        (a, b) for ids in postings.values() if len(ids) <= BUDGET for a in ids for b in ids if a < b
    }
    edges = {
        pair: s
        for pair in pairs
        if (s := similarity(profiles[pair[0]], profiles[pair[1]], weights)) > _MIN_LINK
    }
    found = average_link(
        {i: [i] for i in range(len(profiles))}, edges, threshold=threshold, dates={}, window=window
    )
    return sorted(tuple(sorted(profiles[i].id for i in g)) for g in found)


def group_all(
    analyses: Sequence[Analysis], *, window: int, threshold: float
) -> list[tuple[str, ...]]:
    """Every article's group, all in memory: what `regrouping` computes a stretch at a
    time from a store. Each group is its sorted article ids."""
    by_day: dict[dt.date, list[Analysis]] = defaultdict(list)
    undated: list[Analysis] = []
    for a in analyses:
        when = day_of(a)
        if when is None:
            undated.append(a)
        else:
            by_day[when].append(a)
    days = sorted(by_day)
    spans = [(days[0], days[-1])] if days else []
    dated = {a.article_id: a for a in analyses if day_of(a) is not None}
    members: dict[str, list[str]] = {}
    info_of: dict[str, GroupInfo] = {}
    index: dict[str, list[str]] = defaultdict(list)
    for component in sweep(
        days, by_day.__getitem__, spans=spans, window=window, threshold=threshold
    ):
        for group in component.groups:
            gid = digest(group)
            members[gid] = list(group)
            last = max(component.days[m] for m in group)
            for m in group:
                info_of[m] = GroupInfo(id=gid, size=len(group), last=last, first=group[0])
        for m, keys in component.keys.items():
            for key in keys:
                index[key].append(m)
    leftover: list[Analysis] = []
    for a in sorted(undated, key=lambda a: a.article_id):
        found, _ = candidates_of(
            lookup_keys(Profile(a)),
            sizes=lambda ks: {k: len(index[k]) for k in ks if k in index},
            postings=lambda ks: {k: index[k] for k in ks},
        )
        pairs = [(dated[c], info_of[c]) for c in sorted(found)]
        joined = attach(a, pairs, threshold=threshold, window=window)
        if joined is None:
            leftover.append(a)
        else:
            members[joined].append(a.article_id)
    groups = [tuple(sorted(m)) for m in members.values()]
    groups += group_leftovers(leftover, threshold=threshold, window=window)
    return sorted(groups)
