"""The briefing: a table of contents, then per event a headline card, the reconciled
figures linked to the claims behind them, and the claims grouped by claimant.

Events are listed chronologically by incident date (undated last), the order an analyst
reads a campaign in, and named as an analyst would ("Armenia–Azerbaijan: armed clash near
Kalbajar, 16 Nov 2021") from the same sides, event type and totals as the ACLED and UCDP
exports (`datasets.code_events`). Everything shown comes from untrusted articles, so HTML
goes through Jinja2 with autoescaping always on and Markdown through `md_escape`; a link
is only made for an http(s) URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePath
from urllib.parse import quote, urlsplit

import jinja2

from .classify import Side
from .clean import READ_LANGUAGES, language_name
from .datasets import Coded, code_events, dated
from .errors import ConfigError
from .events import wire_copies
from .parties import country_actor
from .reconcile import claimant_key, conflicts
from .records import Article, Claim, Estimate, Event, Rejected, record
from .store import Store

QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "at_most": "at most", "approx": "about"}
DISPUTED_MARK = "⚠ disputed"
SUPERSEDED_MARK = "superseded"
MEDIA_VOICE = "the outlets themselves"


@record
class Carrier:
    """One article that carried a claim: its outlet (or file name), date and link."""

    outlet: str
    published: dt.date | None
    url: str | None


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


@record
class UnreadView:
    """An article stored but not read, because the extractor does not read its language."""

    language: str  # the language's name ("Spanish"), or its code when it has none
    title: str
    outlet: str
    published: dt.date | None
    url: str | None
    location: str


@record
class Briefing:
    """Everything the report shows, already resolved from the store."""

    events: tuple[EventView, ...]
    rejected: tuple[Rejected, ...]
    article_count: int
    claim_count: int
    unread: tuple[UnreadView, ...] = ()


# -- building the view (no formatting) ----------------------------------------------------


def build_briefing(store: Store) -> Briefing:
    """Resolve events, estimates, claims and their evidence from the store.

    The events are the datasets' coded events: the same sides, type and death totals as
    the ACLED and UCDP rows, and no event made only of articles that were not read (those
    are listed on their own).
    """
    articles = {a.id: a for a in store.articles()}
    analyses = store.analyses()
    story = wire_copies(analyses)
    coded = sorted(code_events(store), key=lambda c: _event_order(c.event))
    views = tuple(
        _event_view(c, articles=articles, story=story, anchor=f"event-{k}")
        for k, c in enumerate(coded, 1)
    )
    return Briefing(
        events=views,
        rejected=tuple(store.rejected()),
        article_count=len(articles),
        claim_count=sum(len(a.claims) for a in analyses),
        unread=_unread(articles.values()),
    )


def _unread(articles: Iterable[Article]) -> tuple[UnreadView, ...]:
    """Articles in languages the extractor does not read, by language, then date."""
    views = [
        UnreadView(
            language=language_name(a.language),
            title=a.title or "untitled",
            outlet=outlet_of(a),
            published=a.published,
            url=a.url,
            location=a.location,
        )
        for a in articles
        if a.language not in READ_LANGUAGES
    ]
    views.sort(key=lambda v: (v.language, v.published or dt.date.max, v.title, v.location))
    return tuple(views)


def _event_order(event: Event) -> tuple[bool, dt.date, str, str]:
    day = event.date.start if event.date is not None else event.start
    return (day is None, day or dt.date.max, event.title, event.id)


def _event_view(
    coded: Coded, *, articles: Mapping[str, Article], story: Mapping[str, str], anchor: str
) -> EventView:
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
            evidence = first.evidence.of(articles[first.article_id].text).strip()
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
    more = f"; and {_plural(len(said) - 3, 'other pair')}" if len(said) > 3 else ""
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


# -- HTML ---------------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    """Templates load from the package; autoescaping is on for every one of them."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("fogofwar", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["join_or"] = lambda values, empty="—": ", ".join(values) or empty
    return env


def render_html(store: Store) -> str:
    """A self-contained, printable HTML briefing (inline CSS, no scripts)."""
    template = _environment().get_template("briefing.html.j2")
    briefing = build_briefing(store)
    return template.render(
        briefing=briefing,
        summary=_summary(briefing),
        card=_card,
        disputed_mark=DISPUTED_MARK,
        superseded_mark=SUPERSEDED_MARK,
    )


# -- Markdown -----------------------------------------------------------------------------

_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MD_BACKSLASHED = set("\\`*_[](){}|~!#")
_MD_BULLET = re.compile(r"^([-+])")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def md_escape(text: object) -> str:
    """Untrusted text made inert in Markdown: no tags, links, emphasis, code or table cells.

    Newlines collapse to spaces so a value can never start a block of its own.
    """
    flat = " ".join(str(text).split())
    out = []
    for char in flat:
        if char in _MD_ENTITIES:
            out.append(_MD_ENTITIES[char])
        elif char in _MD_BACKSLASHED:
            out.append("\\" + char)
        else:
            out.append(char)
    escaped = "".join(out)
    escaped = _MD_BULLET.sub(r"\\\1", escaped)
    return _MD_ORDERED.sub(r"\1\\\2", escaped)


def md_link(label: str, url: str | None) -> str:
    """An escaped label, linked only when the URL is http(s); otherwise label and URL as text."""
    good = safe_url(url)
    if good is None:
        return f"{md_escape(label)} ({md_escape(url)})" if url else md_escape(label)
    destination = quote(good, safe=":/?#@!$&'*+,;=%-._~")
    return f"[{md_escape(label)}](<{destination}>)"


def render_markdown(store: Store) -> str:
    """The briefing as Markdown, every article-derived value escaped."""
    briefing = build_briefing(store)
    lines = ["# fogofwar briefing", "", _summary(briefing, escape=md_escape), ""]
    if briefing.events:
        lines += ["## Contents", ""]
        lines += [
            f"{k}. {md_escape(v.name)} — fatalities {md_escape(v.fatalities)}"
            + (f" {DISPUTED_MARK}" if v.disputed else "")
            for k, v in enumerate(briefing.events, 1)
        ]
        lines.append("")
    for view in briefing.events:
        lines += _md_event(view)
    if briefing.unread:
        lines += ["## Not read: language", "", "Stored, but fogofwar reads English only.", ""]
        lines += [_md_unread(u) for u in briefing.unread]
        lines.append("")
    lines += ["## Rejected input", ""]
    if briefing.rejected:
        lines += [f"- {md_escape(r.location)}: {md_escape(r.problem)}" for r in briefing.rejected]
    else:
        lines.append("None.")
    return "\n".join(lines).rstrip() + "\n"


def _summary(briefing: Briefing, *, escape: Callable[[object], str] = str) -> str:
    """The counts line; `escape` makes the stored language names safe for Markdown."""
    counts = (
        _plural(len(briefing.events), "event"),
        _plural(briefing.article_count, "article"),
        _plural(briefing.claim_count, "claim"),
        _plural(len(briefing.rejected), "rejected input"),
    )
    unread = ""
    if briefing.unread:
        by_language = Counter(u.language for u in briefing.unread)
        parts = ", ".join(
            f"{_plural(n, 'article')} in {escape(language)}"
            for language, n in sorted(by_language.items())
        )
        unread = f"; {parts} not read"
    return (
        f"{counts[0]} from {counts[1]}; {counts[2]}; {counts[3]}{unread}. "
        "Events are in chronological order."
    )


def _md_unread(view: UnreadView) -> str:
    published = md_escape(view.published or "undated")
    return (
        f"- {md_escape(view.language)}: {md_escape(view.title)} — "
        f"{md_link(view.outlet, view.url)}, {published} ({md_escape(view.location)})"
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _md_event(view: EventView) -> list[str]:
    heading = md_escape(view.name) + (f" {DISPUTED_MARK}" if view.disputed else "")
    number = view.anchor.removeprefix("event-")
    lines = [f"## {number}\\. {heading}", ""]
    lines += [f"- **{label}:** {md_escape(value)}" for label, value in _card(view)]
    for dispute in view.disputes:
        lines.append(f"  - {md_escape(dispute)}")
    lines += ["", "### Reconciled figures", ""]
    if view.figures:
        lines += [
            "| Party | Status | Category | Low | Best | High | Disputed | Rule; claims |",
            "|---|---|---|---:|---:|---:|---|---|",
        ]
        for f in view.figures:
            e = f.estimate
            cells = [md_escape(e.party), md_escape(e.status), md_escape(e.category)]
            cells += [str(e.low), f"**{e.best}**", str(e.high)]
            cells += [f"**{DISPUTED_MARK}**" if e.disputed else "no"]
            refs = ", ".join(f"#{n}" for n in f.entries)
            cells.append(md_escape(e.rule) + (f"; claims {refs}" if refs else ""))
            lines.append("| " + " | ".join(cells) + " |")
    else:
        lines.append("No figures reported.")
    lines += ["", "### Claims by claimant", ""]
    if not view.claimants:
        lines.append("No claims found.")
    for group in view.claimants:
        lines.append(f"**{md_escape(group.claimant)}** ({md_escape(group.side)})")
        lines.append("")
        for entry in group.entries:
            lines += _md_entry(entry)
        lines.append("")
    return lines


def _card(view: EventView) -> list[tuple[str, str]]:
    """The headline card's rows, as (label, text)."""
    rows = [
        ("Incident dates", view.dates),
        ("Place", view.place),
        ("Sides", view.sides),
        ("Event type", view.kind),
        ("Fatalities", view.fatalities),
        (
            "Reports",
            f"{_plural(view.articles, 'article')}, "
            f"{_plural(view.sources, 'independent source')}; headline: {view.event.title}",
        ),
    ]
    if not view.exported:
        rows.append(("Exports", "not in the ACLED or UCDP files: the event has no date"))
    rows.append(("Disputed", "" if view.disputes else "nothing"))
    return rows


def _md_entry(entry: ClaimEntry) -> list[str]:
    claim = entry.claim
    marks = [f"**{DISPUTED_MARK}**"] if entry.disputed else []
    if entry.superseded:
        marks.append(f"*{SUPERSEDED_MARK}*")
    if claim.scope != "event":
        marks.append(f"*{md_escape(claim.scope)}*")
    if entry.denied_by:
        marks.append(f"*denied by {md_escape('; '.join(entry.denied_by))}*")
    figure_text = md_escape(entry.figure)
    if entry.superseded:
        figure_text = f"~~{figure_text}~~"
    stated = f", stated {claim.stated_on}" if claim.stated_on else ""
    carriers = "; ".join(
        f"{md_link(c.outlet, c.url)} {md_escape(c.published or 'undated')}" for c in entry.carriers
    )
    line = (
        f"- \\#{entry.number} **{figure_text}** ({md_escape(claim.party)}, "
        f"{md_escape(claim.status)}){md_escape(stated)}"
        + (" " + " ".join(marks) if marks else "")
        + f" — {carriers}"
    )
    if entry.quoted:
        line += f": “{md_escape(entry.evidence)}”"
    elif entry.same_as is not None:
        line += f" (the sentence of \\#{entry.same_as})"
    return [line]


# -- writing ------------------------------------------------------------------------------

_FORMATS = {".html": render_html, ".htm": render_html, ".md": render_markdown}


def write_report(store: Store, out: Path) -> None:
    """Write the briefing to `out`, as HTML or Markdown by its suffix."""
    render = _FORMATS.get(out.suffix.lower())
    if render is None:
        raise ConfigError(str(out), f"unknown report format {out.suffix!r}; use .html, .htm or .md")
    text = render(store)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(out), f"cannot write report: {exc.strerror or exc}") from exc
