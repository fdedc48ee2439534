"""Reconcile the casualty claims of one event into low / best / high per group.

A group is (party, status, category): "Armenia, military, killed". Inside a group the
claims are kept side by side, oldest first, and three things are decided so that the
analyst can check each: which claims still stand (a claimant's later statement replaces
its earlier one; copies of one wire story count once), the range they allow given their
qualifiers, and the best figure, preferring what a party's own authorities last said. A
group is disputed only when independent claimants' standing figures cannot both be true
given their qualifiers and dates (`conflicts`): a toll that grows from one day to the next,
or an undated figure below a dated one, is no dispute.
Totals over both sides are checked against the sum of the per-side figures.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from .events import digest, event_copies
from .records import CATEGORIES, STATUSES, Analysis, Claim, Estimate, Event

Group = tuple[str, str, str]
When = Callable[[Claim], dt.date | None]
_MAX_DATE = dt.date.max
#: Words dropped so "Ministry of Defense" and "Defence Ministry" name one claimant.
_FILLER = {"the", "of", "s", "for", "and", "on"}
_SPELLING = {"defense": "defence", "mod": "defence ministry", "govt": "government"}


def claimant_key(claim: Claim, outlet: str | None) -> str:
    """Normalised claimant: who is speaking, whatever the spelling or word order."""
    text = claim.claimant or outlet or f"article {claim.article_id}"
    # "X Ministry of Defence (spokesman name)" speaks for the ministry.
    words = re.findall(r"\w+", re.sub(r"\(.*?\)", " ", text).casefold())
    words = [w for word in words for w in _SPELLING.get(word, word).split()]
    return " ".join(sorted(w for w in words if w not in _FILLER)) or text.casefold()


def bounds(claim: Claim) -> tuple[float, float]:
    """The interval of true values a claim allows, given its qualifier."""
    n = claim.count
    if claim.qualifier == "at_least":
        return n, math.inf
    if claim.qualifier == "at_most":
        return 0, n
    if claim.qualifier == "approx":
        return n * 9 / 10, n * 11 / 10
    return n, n


def _range(live: Sequence[Claim]) -> tuple[int, int]:
    """Low / high over live claims: `at_least` leaves high open, `at_most` leaves low open.

    An open side falls back to the stated figure, so the range always covers every
    stated number and never runs to 0 or infinity.
    """
    lows = [c.count if c.qualifier == "at_most" else math.floor(bounds(c)[0]) for c in live]
    highs = [c.count if c.qualifier == "at_least" else math.ceil(bounds(c)[1]) for c in live]
    return min(lows), max(highs)


def conflicts(
    live: Sequence[Claim],
    *,
    who: Mapping[str, str],
    when: When,
    story: Mapping[str, str] | None = None,
) -> list[tuple[Claim, Claim]]:
    """Pairs of standing claims by independent claimants that cannot both be true.

    Two claims are one source when one claimant makes both, or when both are the outlet's
    own voice in copies of one wire story (`story` maps an article to its story's first
    article). Otherwise their qualifiers give each an interval (`bounds`) and their dates
    an order (`_compatible`).
    """
    story = story or {}
    pairs = []
    for k, a in enumerate(live):
        for b in live[k + 1 :]:
            if who[a.id] == who[b.id] or _same_story(a, b, story):
                continue
            if not _compatible(a, b, when):
                pairs.append((a, b))
    return pairs


def _same_story(a: Claim, b: Claim, story: Mapping[str, str]) -> bool:
    if a.claimant_side != "media" or b.claimant_side != "media":
        return False
    return story.get(a.article_id, a.article_id) == story.get(b.article_id, b.article_id)


def _compatible(a: Claim, b: Claim, when: When) -> bool:
    """Whether two claims can both be true, given their qualifiers and dates.

    A toll only grows, so a figure may follow a smaller one: an earlier claim contradicts
    a later one only when its lowest value exceeds the later one's highest. Figures of one
    day are taken as simultaneous (their intervals must overlap); an undated figure may be
    of any day, and some order always makes two figures both true (the smaller first), so
    an undated figure never contradicts another on its own.
    """
    day_a, day_b = when(a), when(b)
    if day_a is None or day_b is None:
        return True
    (low_a, high_a), (low_b, high_b) = bounds(a), bounds(b)
    if day_a != day_b:
        early, late = (a, b) if day_a < day_b else (b, a)
        return bounds(early)[0] <= bounds(late)[1] + 1e-9
    return low_a <= high_b + 1e-9 and low_b <= high_a + 1e-9


def reconcile(
    event: Event,
    claims: Sequence[Claim],
    *,
    published: Mapping[str, dt.date | None],
    outlets: Mapping[str, str | None],
    wire_of: Mapping[str, str] | None = None,
) -> list[Estimate]:
    """One `Estimate` per (party, status, category) of the event's `scope == "event"` claims.

    `published` and `outlets` are keyed by article id; `wire_of` (from
    `events.wire_copies`) maps an article to the first article of its wire story.
    """
    members = set(event.article_ids)
    wire_of = wire_of or {}
    groups: dict[Group, list[Claim]] = defaultdict(list)
    for claim in {c.id: c for c in claims}.values():
        if claim.scope == "event" and claim.count >= 0 and claim.article_id in members:
            groups[(claim.party, claim.status, claim.category)].append(claim)

    def when(c: Claim) -> dt.date | None:
        return c.stated_on or published.get(c.article_id)

    estimates: dict[Group, Estimate] = {}
    for group, found in groups.items():
        ordered = sorted(found, key=lambda c: (when(c) is None, when(c) or _MAX_DATE, c.id))
        who = {c.id: claimant_key(c, outlets.get(c.article_id)) for c in ordered}
        live, superseded = _standing(ordered, who, wire_of, when)
        low, high = _range(live)
        best, rule = _best(live, party=group[0], who=who, when=when)
        best = min(max(best, low), high)
        estimates[group] = Estimate(
            id=digest([event.id, *group]),
            event_id=event.id,
            party=group[0],
            status=group[1],
            category=group[2],
            low=low,
            best=best,
            high=high,
            claim_ids=tuple(c.id for c in ordered),
            superseded_ids=tuple(c.id for c in ordered if c.id in superseded),
            disputed=bool(conflicts(live, who=who, when=when, story=wire_of)),
            rule=f"{rule}; range over {_plural(len(live), 'standing claim')}",
        )
    for group, estimate in estimates.items():
        if group[0] == "both":
            estimates[group] = _check_total(estimate, estimates)
    return sorted(estimates.values(), key=_order)


def _standing(
    ordered: Sequence[Claim], who: Mapping[str, str], wire_of: Mapping[str, str], when: When
) -> tuple[list[Claim], set[str]]:
    """Claims still standing, and the ids of those a later statement replaced.

    Copies of one wire story count once (an outlet's own voice included). Each claimant's
    latest figure stands; an earlier different figure is superseded, an earlier identical
    one is a repeat. On one day the larger figure counts as the later (tolls are revised up).
    An undated figure never replaces a dated one of the same claimant: it may be older.
    """
    seen: set[tuple[str, str, int, str]] = set()
    latest: dict[str, Claim] = {}
    for c in ordered:
        speaker = "media" if c.claimant_side == "media" else who[c.id]
        copy = (wire_of.get(c.article_id, c.article_id), speaker, c.count, c.qualifier)
        if copy in seen:
            continue
        seen.add(copy)
        prior = latest.get(who[c.id])
        if prior is not None and when(c) is None and when(prior) is not None:
            continue  # undated after dated: order unknown, the dated revision stands
        if prior is None or when(prior) != when(c) or c.count >= prior.count:
            latest[who[c.id]] = c
    position = {c.id: k for k, c in enumerate(ordered)}
    live = sorted(latest.values(), key=lambda c: position[c.id])
    figures = {(who[c.id], c.count, c.qualifier) for c in live}
    superseded = {c.id for c in ordered if (who[c.id], c.count, c.qualifier) not in figures}
    return live, superseded


def _best(
    live: Sequence[Claim], *, party: str, who: Mapping[str, str], when: When
) -> tuple[int, str]:
    """Best figure and the rule that chose it.

    The latest own-side statement: its authorities' claims of the last dated day, or the
    undated ones when none is dated (an undated claim may be older than any dated one, so
    it never overrules a dated revision: "15 killed" undated, "1 killed" on 17 November);
    of several, the largest point figure, since casualty tolls are revised upward.
    """
    own = [c for c in live if c.claimant_side == party]
    if own:
        days = [d for c in own if (d := when(c))]
        last_day = max(days, default=None)
        recent = [c for c in own if when(c) == last_day]
        stated = [c for c in recent if c.qualifier in ("exact", "approx")] or recent
        last = max(stated, key=lambda c: c.count)
        day = when(last)
        said = (last.claimant or who[last.id]) + (f", {day.isoformat()}" if day else "")
        return last.count, f"best: latest own-side statement ({said})"
    if len(live) == 1:
        return live[0].count, "best: single claim"
    points = [c.count for c in live if c.qualifier in ("exact", "approx")]
    values = points or [c.count for c in live]
    rule = f"best: median of {_plural(len(values), 'claimant')}"
    return statistics.median_low(values), rule + ("" if points else " (all bounds)")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _check_total(total: Estimate, estimates: Mapping[Group, Estimate]) -> Estimate:
    """Say whether a both-sides total equals the sum of the per-side best figures."""
    parts: list[tuple[str, int]] = []
    sides = sorted({p for p, _, _ in estimates if p not in ("both", "unknown")})
    for party in sides:
        same = estimates.get((party, total.status, total.category))
        if same is not None:
            parts.append((party, same.best))
        elif total.status == "unknown":
            split = [estimates.get((party, s, total.category)) for s in ("military", "civilian")]
            if any(split):
                parts.append((party, sum(e.best for e in split if e)))
    if not parts:
        return total
    terms = "+".join(str(n) for _, n in parts)
    summed = sum(n for _, n in parts)
    if summed == total.best:
        note = f"consistent with per-side sum {terms}"
    else:
        word = "above" if total.best > summed else "below"
        note = f"{word} per-side sum {terms}={summed}"
    return replace(total, rule=f"{total.rule}; {note}")


def _order(e: Estimate) -> tuple:
    def rank(values: tuple[str, ...], v: str) -> int:
        return values.index(v) if v in values else len(values)

    return (e.party == "both", e.party, rank(STATUSES, e.status), rank(CATEGORIES, e.category))


def estimate_events(
    events: Sequence[Event],
    analyses: Sequence[Analysis],
    *,
    wire_of: Mapping[str, str] | None = None,
) -> list[Estimate]:
    """The estimates of `events` from `analyses` (at least their articles'). Wire copies
    (`wire_of`, else found among each event's articles) count once, however many outlets
    carried the story."""
    if wire_of is None:
        wire_of = event_copies(events, {a.article_id: a for a in analyses})
    published = {a.article_id: a.published for a in analyses}
    outlets = {a.article_id: a.outlet for a in analyses}
    claims_of = {a.article_id: a.claims for a in analyses}
    estimates: list[Estimate] = []
    for event in events:
        claims = [c for article_id in event.article_ids for c in claims_of.get(article_id, ())]
        estimates += reconcile(event, claims, published=published, outlets=outlets, wire_of=wire_of)
    return estimates
