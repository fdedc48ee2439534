"""The briefing: every event's reconciled figures, then every claim with its evidence.

Events are listed chronologically (oldest first, undated last), the order an analyst
reads a campaign in. Everything shown comes from untrusted articles, so HTML goes
through Jinja2 with autoescaping always on and Markdown through `md_escape`; a link is
only made for an http(s) URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2

from .clean import READ_LANGUAGES, language_name
from .errors import ConfigError
from .records import Article, Claim, Estimate, Event, Rejected, record
from .store import Store

QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "at_most": "at most", "approx": "about"}
DISPUTED_MARK = "⚠ disputed"
SUPERSEDED_MARK = "superseded"


@record
class ClaimView:
    """A claim with what the reader needs beside it: outlet, date, verbatim evidence."""

    claim: Claim
    figure: str
    evidence: str
    outlet: str
    published: dt.date | None
    title: str
    url: str | None
    superseded: bool
    disputed: bool


@record
class EventView:
    """An event with its reconciled estimates and every claim made about it."""

    event: Event
    dates: str
    estimates: tuple[Estimate, ...]
    claims: tuple[ClaimView, ...]
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
    """Resolve events, estimates, claims and their evidence from the store."""
    articles = {a.id: a for a in store.articles()}
    claims_by_article: dict[str, list[Claim]] = {}
    for claim in store.claims():
        claims_by_article.setdefault(claim.article_id, []).append(claim)
    estimates_by_event: dict[str, list[Estimate]] = {}
    for estimate in store.estimates():
        estimates_by_event.setdefault(estimate.event_id, []).append(estimate)
    views = tuple(
        _event_view(
            event,
            estimates=estimates_by_event.get(event.id, []),
            articles=articles,
            claims_by_article=claims_by_article,
        )
        for event in sorted(store.events(), key=_event_order)
    )
    return Briefing(
        events=views,
        rejected=tuple(store.rejected()),
        article_count=len(articles),
        claim_count=sum(len(c) for c in claims_by_article.values()),
        unread=_unread(articles.values()),
    )


def _unread(articles: Iterable[Article]) -> tuple[UnreadView, ...]:
    """Articles in languages the extractor does not read, by language, then date."""
    views = [
        UnreadView(
            language=language_name(a.language),
            title=a.title or "untitled",
            outlet=a.outlet or "unknown outlet",
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
    return (event.start is None, event.start or dt.date.max, event.title, event.id)


def _event_view(
    event: Event,
    *,
    estimates: list[Estimate],
    articles: dict[str, Article],
    claims_by_article: dict[str, list[Claim]],
) -> EventView:
    superseded = {i for e in estimates for i in e.superseded_ids}
    disputed = {i for e in estimates if e.disputed for i in e.claim_ids}
    claims = [
        _claim_view(claim, articles[aid], superseded=superseded, disputed=disputed)
        for aid in dict.fromkeys(event.article_ids)
        if aid in articles
        for claim in claims_by_article.get(aid, [])
    ]
    claims.sort(key=lambda v: (v.published or dt.date.max, v.outlet, v.claim.article_id))
    return EventView(
        event=event,
        dates=date_range(event.start, event.end),
        estimates=tuple(estimates),
        claims=tuple(claims),
        disputed=any(e.disputed for e in estimates),
    )


def _claim_view(
    claim: Claim, article: Article, *, superseded: set[str], disputed: set[str]
) -> ClaimView:
    return ClaimView(
        claim=claim,
        figure=figure(claim),
        evidence=claim.evidence.of(article.text).strip(),
        outlet=article.outlet or "unknown outlet",
        published=article.published,
        title=article.title or "",
        url=article.url,
        superseded=claim.id in superseded,
        disputed=claim.id in disputed,
    )


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


def _md_list(values: Iterable[str]) -> str:
    return ", ".join(md_escape(v) for v in values) or "—"


def _md_event(view: EventView) -> list[str]:
    event = view.event
    heading = md_escape(event.title) + (f" {DISPUTED_MARK}" if view.disputed else "")
    lines = [
        f"## {heading}",
        "",
        f"- **Dates:** {md_escape(view.dates)}",
        f"- **Countries:** {_md_list(event.countries)}",
        f"- **Places:** {_md_list(event.places)}",
        f"- **Actors:** {_md_list(event.actors)}",
        f"- **Articles:** {len(event.article_ids)}",
        "",
        "### Reconciled figures",
        "",
    ]
    if view.estimates:
        lines += [
            "| Party | Status | Category | Low | Best | High | Disputed | Rule |",
            "|---|---|---|---:|---:|---:|---|---|",
        ]
        for e in view.estimates:
            cells = [md_escape(e.party), md_escape(e.status), md_escape(e.category)]
            cells += [str(e.low), f"**{e.best}**", str(e.high)]
            cells += [f"**{DISPUTED_MARK}**" if e.disputed else "no", md_escape(e.rule)]
            lines.append("| " + " | ".join(cells) + " |")
    else:
        lines.append("No figures reported.")
    lines += ["", "### Claims", ""]
    if not view.claims:
        lines.append("No claims found.")
    for c in view.claims:
        lines += _md_claim(c)
    lines.append("")
    return lines


def _md_claim(view: ClaimView) -> list[str]:
    claim = view.claim
    marks = [f"**{DISPUTED_MARK}**"] if view.disputed else []
    if view.superseded:
        marks.append(f"*{SUPERSEDED_MARK}*")
    if claim.scope != "event":
        marks.append(f"*{md_escape(claim.scope)}*")
    figure_text = md_escape(view.figure)
    if view.superseded:
        figure_text = f"~~{figure_text}~~"
    claimant = md_escape(claim.claimant or "unattributed")
    published = md_escape(view.published or "undated")
    if claim.stated_on and claim.stated_on != view.published:
        published += f", stated {claim.stated_on}"
    source = md_link(view.outlet, view.url)
    evidence = md_escape(view.evidence) if view.evidence else "*(no evidence text)*"
    return [
        f"- **{figure_text}** ({md_escape(claim.party)}, {md_escape(claim.status)})"
        + (" " + " ".join(marks) if marks else ""),
        f"  - claimed by {claimant} ({md_escape(claim.claimant_side)}); {source}, {published}",
        f"  - “{evidence}”",
    ]


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
