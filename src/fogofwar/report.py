"""The briefing: a table of contents, then per event a headline card, the reconciled
figures linked to the claims behind them, and the claims grouped by claimant.

Events are listed chronologically by incident date (undated last), the order an analyst
reads a campaign in; what is shown of each is the `eventview` model the web pages use
too. Everything shown comes from untrusted articles, so HTML
goes through Jinja2 with autoescaping always on and Markdown through `md_escape`; a link
is only made for an http(s) URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from .chart import render_charts, timeline
from .clean import READ_LANGUAGES, language_name
from .datasets import code_events
from .errors import ConfigError
from .events import wire_copies
from .eventview import (
    DISPUTED_MARK,
    SUPERSEDED_MARK,
    ClaimEntry,
    EventView,
    card_rows,
    date_range,
    day_span,
    event_name,
    event_order,
    event_view,
    figure,
    outlet_of,
    plural,
    safe_url,
)
from .records import Article, Rejected, record
from .store import Store

__all__ = [
    "DISPUTED_MARK",
    "Briefing",
    "UnreadView",
    "build_briefing",
    "date_range",
    "day_span",
    "event_name",
    "figure",
    "md_escape",
    "md_link",
    "render_html",
    "render_markdown",
    "safe_url",
    "write_report",
]


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
    coded = sorted(code_events(store), key=lambda c: event_order(c.event))
    views = tuple(
        event_view(c, articles=articles, story=story, anchor=f"event-{k}")
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
        card=card_rows,
        timeline=_timeline,
        disputed_mark=DISPUTED_MARK,
        superseded_mark=SUPERSEDED_MARK,
    )


def _timeline(view: EventView) -> tuple[list[tuple[str, Markup]], int]:
    """The event's SVG timeline of its first category (killed when it has any: the figure
    the headline gives; the workbench's event page draws every category) and how many
    figures had no date; each point links to its claim entry under the event's anchor."""
    chart = timeline(view)
    return render_charts(chart, link=f"{view.anchor}-c")[:1], chart.undated


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
        plural(len(briefing.events), "event"),
        plural(briefing.article_count, "article"),
        plural(briefing.claim_count, "claim"),
        plural(len(briefing.rejected), "rejected input"),
    )
    unread = ""
    if briefing.unread:
        by_language = Counter(u.language for u in briefing.unread)
        parts = ", ".join(
            f"{plural(n, 'article')} in {escape(language)}"
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


def _md_event(view: EventView) -> list[str]:
    heading = md_escape(view.name) + (f" {DISPUTED_MARK}" if view.disputed else "")
    number = view.anchor.removeprefix("event-")
    lines = [f"## {number}\\. {heading}", ""]
    lines += [f"- **{label}:** {md_escape(value)}" for label, value in card_rows(view)]
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
