"""One view-model of an event, shared by the briefing (`report`) and the web pages (`web`).

An `EventView` is everything an analyst reads about one event, already resolved from the
store: a headline card (name, dates, place, sides, type, fatalities, disputes), the
reconciled figures each linked to the claim entries behind it, and the claims grouped by
claimant, one entry per figure with every outlet that carried it (wire copies collapse).
Events are named as an analyst would ("Armenia–Azerbaijan: armed clash near Kalbajar,
16 Nov 2021") from the same sides, event type and totals as the ACLED and UCDP exports
(`datasets.code_events`). Nothing here formats for a medium: escaping is the renderer's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import PurePath
from urllib.parse import urlsplit

from .classify import Side
from .datasets import Coded, dated
from .parties import country_actor
from .reconcile import claimant_key, conflicts
from .records import Article, Claim, Estimate, Event, Span, record

QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "at_most": "at most", "approx": "about"}
DISPUTED_MARK = "⚠ disputed"
SUPERSEDED_MARK = "superseded"
MEDIA_VOICE = "the outlets themselves"


@record
class Carrier:
    """One article that carried a claim: its outlet (or file name), date and link, and
    the wire agency whose story it carries, if any."""

    outlet: str
    published: dt.date | None
    url: str | None
    wire: str | None = None


@record
class ClaimEntry:
    """One figure as one claimant gave it, with every outlet that carried it.

    Wire copies and restatements of one figure by one claimant collapse into one entry;
    `number` is its place in the event, which the reconciled figures link to.
    """

    number: int
    claim: Claim
    claim_ids: tuple[str, ...]
    figure: str
    evidence: str
    carriers: tuple[Carrier, ...]
    superseded: bool
    disputed: bool
    #: The entry that already quotes the same sentence in this event, if one does.
    same_as: int | None = None
    #: Who denied or ridiculed the figure (`Claim.denied_by`), never its claimant.
    denied_by: tuple[str, ...] = ()
    #: The evidence in its paragraph: (text before, the evidence, text after).
    context: tuple[str, str, str] = ("", "", "")

    @property
    def carried(self) -> str:
        """'Reuters, carried by 4 outlets' when several outlets carried one wire's
        figure; else the outlets' count, or '' for one outlet."""
        outlets = {c.outlet for c in self.carriers}
        if len(outlets) < 2:
            return ""
        wires = {c.wire for c in self.carriers}
        wire = next(iter(wires)) if len(wires) == 1 else None
        return (
            f"{wire}, carried by {len(outlets)} outlets"
            if wire
            else f"carried by {len(outlets)} outlets"
        )

    @property
    def quoted(self) -> bool:
        """Whether the briefing quotes the evidence here: standing figures of this event,
        once per sentence (superseded and background ones are in the claims table)."""
        return (
            bool(self.evidence)
            and self.same_as is None
            and not self.superseded
            and self.claim.scope == "event"
        )


@record
class ClaimantView:
    """Everything one claimant said about an event."""

    claimant: str
    side: str
    entries: tuple[ClaimEntry, ...]


@record
class FigureView:
    """One reconciled estimate, the claim entries behind it, and who disputes it."""

    estimate: Estimate
    entries: tuple[int, ...]
    between: str = ""


@record
class EventView:
    """An event as an analyst reads it: a headline card, the figures, the claims."""

    event: Event
    anchor: str
    name: str
    dates: str
    place: str
    sides: str
    kind: str
    fatalities: str
    disputes: tuple[str, ...]
    figures: tuple[FigureView, ...]
    claimants: tuple[ClaimantView, ...]
    articles: int
    sources: int
    exported: bool
    disputed: bool


def event_order(event: Event) -> tuple[bool, dt.date, str, str]:
    """Chronological by incident date (else report date), undated last."""
    day = event.date.start if event.date is not None else event.start
    return (day is None, day or dt.date.max, event.title, event.id)


def event_view(
    coded: Coded, *, articles: Mapping[str, Article], story: Mapping[str, str], anchor: str
) -> EventView:
    """The view of one coded event; `articles` holds (at least) the event's articles,
    `story` maps an article to the first article of its wire story (`wire_copies`)."""
    event = coded.event
    outlets = {a.article_id: outlet_of(articles[a.article_id]) for a in coded.analyses}
    published = {a.article_id: a.published for a in coded.analyses}

    def when(c: Claim) -> dt.date | None:
        return c.stated_on or published.get(c.article_id)

    claims = {c.id: c for c in coded.claims}
    claimants = _claimants(
        list(claims.values()),
        articles=articles,
        outlets=outlets,
        when=when,
        superseded={i for e in coded.estimates for i in e.superseded_ids},
        disputed={i for e in coded.estimates if e.disputed for i in e.claim_ids},
    )
    number_of = {i: e.number for g in claimants for e in g.entries for i in e.claim_ids}
    figures = []
    for estimate in coded.estimates:
        between = ""
        if estimate.disputed:
            live = [
                claims[i]
                for i in estimate.claim_ids
                if i in claims and i not in estimate.superseded_ids
            ]
            who = {c.id: claimant_key(c, outlets.get(c.article_id)) for c in live}
            between = _between(conflicts(live, who=who, when=when, story=story), outlets)
        entries = tuple(dict.fromkeys(number_of[i] for i in estimate.claim_ids if i in number_of))
        figures.append(FigureView(estimate=estimate, entries=entries, between=between))
    deaths = coded.deaths
    targeting = " (civilian targeting)" if coded.civilian_targeting else ""
    return EventView(
        event=event,
        anchor=anchor,
        name=event_name(coded),
        dates=incident_dates(event),
        place=place_text(event),
        sides=_sides(coded),
        kind=f"{coded.kind.event_type} / {coded.kind.sub_event_type}{targeting}",
        fatalities=f"{deaths.best} (low {deaths.low}, high {deaths.high})",
        disputes=tuple(
            f"{_group(f.estimate)}: {f.between}" for f in figures if f.estimate.disputed
        ),
        figures=tuple(figures),
        claimants=claimants,
        articles=len(coded.analyses),
        sources=coded.sources,
        exported=dated(coded),
        disputed=any(e.disputed for e in coded.estimates),
    )


def _claimants(
    claims: list[Claim],
    *,
    articles: Mapping[str, Article],
    outlets: Mapping[str, str],
    when: Callable[[Claim], dt.date | None],
    superseded: set[str],
    disputed: set[str],
) -> tuple[ClaimantView, ...]:
    """Claims grouped by claimant, the one with most figures first; within a claimant one
    entry per distinct figure, oldest first, with every outlet that carried it."""
    by_claimant: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (when(c) or dt.date.max, c.article_id, c.id)):
        media = c.claimant_side == "media" and not c.claimant
        by_claimant[MEDIA_VOICE if media else claimant_key(c, outlets.get(c.article_id))].append(c)
    groups = sorted(by_claimant.items(), key=lambda kv: (kv[0] == MEDIA_VOICE, -len(kv[1]), kv[0]))
    views = []
    number = 0
    quoted: dict[tuple[str, str], int] = {}
    for key, group in groups:
        figures: dict[tuple[object, ...], list[Claim]] = {}
        for c in group:
            figures.setdefault(
                (c.category, c.count, c.qualifier, c.party, c.status, c.scope), []
            ).append(c)
        entries = []
        for same in figures.values():
            number += 1
            first = same[0]
            text = articles[first.article_id].text
            evidence = first.evidence.of(text).strip()
            sentence = (first.article_id, evidence)
            superseded_all = all(c.id in superseded for c in same)
            same_as = quoted.get(sentence)
            if same_as is None and not superseded_all and first.scope == "event":
                quoted[sentence] = number
            carriers = dict.fromkeys(
                Carrier(
                    outlet=outlets[c.article_id],
                    published=articles[c.article_id].published,
                    url=articles[c.article_id].url,
                    wire=articles[c.article_id].wire,
                )
                for c in same
            )
            entries.append(
                ClaimEntry(
                    number=number,
                    claim=first,
                    claim_ids=tuple(c.id for c in same),
                    figure=figure(first),
                    evidence=evidence,
                    carriers=tuple(carriers),
                    superseded=superseded_all,
                    disputed=any(c.id in disputed for c in same),
                    same_as=same_as,
                    denied_by=tuple(dict.fromkeys(c.denied_by for c in same if c.denied_by)),
                    context=in_paragraph(text, first.evidence),
                )
            )
        label = MEDIA_VOICE if key == MEDIA_VOICE else _label(group[-1], outlets)
        views.append(
            ClaimantView(claimant=label, side=group[-1].claimant_side, entries=tuple(entries))
        )
    return tuple(views)


def _label(claim: Claim, outlets: Mapping[str, str]) -> str:
    return claim.claimant or outlets.get(claim.article_id) or "unattributed"


def outlet_of(article: Article) -> str:
    """The article's outlet, else the name of the file it came from (`x.jsonl:12`)."""
    if article.outlet:
        return article.outlet
    return PurePath(article.location.replace("\\", "/")).name or article.location


def _between(pairs: list[tuple[Claim, Claim]], outlets: Mapping[str, str]) -> str:
    """'Armenia Ministry of Defence (2) vs Azerbaijan Ministry of Defence (at least 12)'."""
    said: list[str] = []
    for a, b in pairs:
        text = f"{_said(a, outlets)} vs {_said(b, outlets)}"
        if text not in said:
            said.append(text)
    more = f"; and {plural(len(said) - 3, 'other pair')}" if len(said) > 3 else ""
    return "; ".join(said[:3]) + more


def _said(claim: Claim, outlets: Mapping[str, str]) -> str:
    qualifier = QUALIFIER_WORDS.get(claim.qualifier, claim.qualifier)
    return f"{_label(claim, outlets)} ({qualifier + ' ' if qualifier else ''}{claim.count})"


def _group(e: Estimate) -> str:
    return f"{e.party} {e.status} {e.category.replace('_', ' ')}"


# -- naming and describing an event -------------------------------------------------------

#: How an ACLED sub-event type reads in an event's name.
KIND_WORDS = {
    "Armed clash": "armed clash",
    "Shelling/artillery/missile attack": "shelling",
    "Air/drone strike": "air/drone strike",
    "Remote explosive/landmine/IED": "explosive attack",
    "Suicide bomb": "suicide bombing",
    "Grenade": "grenade attack",
    "Attack": "attack on civilians",
    "Abduction/forced disappearance": "abduction of civilians",
    "Agreement": "agreement",
}
#: ACLED time_precision in words.
TIME_PRECISION = {1: "day known", 2: "within about a week", 3: "month only"}
#: ACLED geo_precision in words.
GEO_PRECISION = {1: "the place itself", 2: "near the place", 3: "a larger region or area"}


def event_name(coded: Coded) -> str:
    """'Armenia–Azerbaijan: armed clash near Kalbajar, 16 Nov 2021'.

    The armed sides (states by their country's name), what happened in ACLED's terms,
    where ('in' the place itself, 'near' it when less precise), and when the incident
    happened (else when it was reported).
    """
    sides = [s for s in (coded.actor1, coded.actor2) if s is not None and s.kind != "civilians"]
    names = sorted({_short(s) for s in sides}, key=lambda n: (n.startswith("Unidentified"), n))
    who = "–".join(names) or "Unidentified armed group"
    sub = coded.kind.sub_event_type
    what = KIND_WORDS.get(sub, sub.lower())
    location = coded.event.location
    where = ""
    if location is not None and location.name:
        where = f" {'in' if location.geo_precision <= 1 else 'near'} {location.name}"
    start, end = _span(coded.event)
    return f"{who}: {what}{where}, {day_span(start, end)}"


def _short(side: Side) -> str:
    if side.kind == "state" and side.country:
        actor = country_actor(side.country)
        if actor is not None:
            return actor.name
    if side.kind == "unidentified":
        return "Unidentified armed group"
    return side.name


def _sides(coded: Coded) -> str:
    parts = []
    for side in (coded.actor1, coded.actor2):
        if side is not None:
            allies = f" (with {', '.join(side.associates)})" if side.associates else ""
            parts.append(side.name + allies)
    return " vs ".join(parts)


def _span(event: Event) -> tuple[dt.date | None, dt.date | None]:
    if event.date is not None:
        return event.date.start, event.date.end
    return event.start, event.end or event.start


def day_span(start: dt.date | None, end: dt.date | None) -> str:
    """'16 Nov 2021', '13–14 Nov 2021', '30 Nov – 2 Dec 2021', or 'date unknown'."""
    if start is None:
        return "date unknown"
    end = end or start
    if end == start:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def incident_dates(event: Event) -> str:
    """The incident's dates with their precision; else the reports' dates, said as such."""
    if event.date is not None:
        d = event.date
        words = TIME_PRECISION.get(d.time_precision, f"precision {d.time_precision}")
        return f"{day_span(d.start, d.end)} ({words})"
    if event.start is None:
        return "unknown: no incident or report date"
    return f"not read from the text; reported {day_span(event.start, event.end)}"


def place_text(event: Event) -> str:
    """'Tolkun, Batken, Kyrgyzstan (the place itself)', with the reason when uncertain."""
    location = event.location
    if location is None:
        return "not found"
    country = country_actor(location.country) if location.country else None
    names = [location.name, location.admin1 or "", country.name if country else ""]
    text = ", ".join(dict.fromkeys(n for n in names if n))
    precision = GEO_PRECISION.get(location.geo_precision, f"precision {location.geo_precision}")
    reason = f"; {location.reason}" if location.reason else ""
    return f"{text} ({precision}{reason})"


def figure(claim: Claim) -> str:
    """'at least 12 killed': count, qualifier and category in words."""
    words = [QUALIFIER_WORDS.get(claim.qualifier, claim.qualifier), str(claim.count)]
    words.append(claim.category.replace("_", " "))
    return " ".join(w for w in words if w)


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """'2024-03-01', '2024-03-01 to 2024-03-03', or 'date unknown'."""
    if start is None and end is None:
        return "date unknown"
    if start is None or end is None or start == end:
        return str(start or end)
    return f"{start} to {end}"


def safe_url(url: str | None) -> str | None:
    """The URL if its scheme is http or https (so it may become a link), else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


#: How far around the evidence its paragraph is shown, at most, each side.
CONTEXT_CHARS = 600


def in_paragraph(text: str, span: Span) -> tuple[str, str, str]:
    """The evidence with the rest of its paragraph (cut at blank lines or line breaks, and
    at `CONTEXT_CHARS` each side): (before, evidence, after)."""
    start = max(text.rfind("\n", 0, span.start) + 1, span.start - CONTEXT_CHARS)
    end = text.find("\n", span.end)
    end = min(len(text) if end < 0 else end, span.end + CONTEXT_CHARS)
    return text[start : span.start], text[span.start : span.end], text[span.end : end]


def plural(count: int, noun: str) -> str:
    """'1 event', '3 events'."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def card_rows(view: EventView) -> list[tuple[str, str]]:
    """The headline card's rows, as (label, text)."""
    rows = [
        ("Incident dates", view.dates),
        ("Place", view.place),
        ("Sides", view.sides),
        ("Event type", view.kind),
        ("Fatalities", view.fatalities),
        (
            "Reports",
            f"{plural(view.articles, 'article')}, "
            f"{plural(view.sources, 'independent source')}; headline: {view.event.title}",
        ),
    ]
    if not view.exported:
        rows.append(("Exports", "not in the ACLED or UCDP files: the event has no date"))
    rows.append(("Disputed", "" if view.disputes else "nothing"))
    return rows
