"""An event's timeline: each party's figures by the date they were stated.

Drawn on the server as SVG, so it needs no script and works offline. One chart per
category (killed first), one series per (party, status) in it; a point per claim entry
of the event, at the day it was stated (else published); a superseded figure is a hollow
point, so a revision is visible as a step from hollow to filled. Every label is article
text, escaped here. Shared by the workbench's event page and the HTML briefing, which
number their claim entries under different anchors (`link`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape

from markupsafe import Markup

from .eventview import EventView
from .records import CATEGORIES, record

WIDTH, HEIGHT = 680, 190
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40
#: Series colours (colour-blind safe, Okabe-Ito), reused in turn.
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")


@record
class Point:
    """One figure on the timeline."""

    day: dt.date
    count: int
    category: str
    series: str
    label: str
    superseded: bool
    number: int  # the claim entry's number on the page


@record
class Timeline:
    """The chart's points and what could not be placed on it."""

    points: tuple[Point, ...]
    undated: int


def timeline(view: EventView) -> Timeline:
    """The event's figures (scope `event`) as points; undated ones are only counted."""
    points = []
    undated = 0
    for group in view.claimants:
        for entry in group.entries:
            claim = entry.claim
            if claim.scope != "event":
                continue
            published = [c.published for c in entry.carriers if c.published]
            day = claim.stated_on or (min(published) if published else None)
            if day is None:
                undated += 1
                continue
            series = f"{claim.party} {claim.status}"
            points.append(
                Point(
                    day=day,
                    count=claim.count,
                    category=claim.category,
                    series=series,
                    label=f"{group.claimant}: {entry.figure} ({series}), {day.isoformat()}"
                    + (", superseded" if entry.superseded else ""),
                    superseded=entry.superseded,
                    number=entry.number,
                )
            )
    points.sort(key=lambda p: (p.series, p.day, p.count, p.number))
    return Timeline(points=tuple(points), undated=undated)


def render_charts(chart: Timeline, *, link: str = "claim-") -> list[tuple[str, Markup]]:
    """One (category, SVG) per category with points, in the records' category order;
    each point links to `#{link}{entry number}`."""
    order = {c: k for k, c in enumerate(CATEGORIES)}
    categories = sorted({p.category for p in chart.points}, key=lambda c: (order.get(c, 99), c))
    series = sorted({p.series for p in chart.points})
    colours = {s: COLOURS[k % len(COLOURS)] for k, s in enumerate(series)}
    return [
        (
            c.replace("_", " "),
            render_svg([p for p in chart.points if p.category == c], colours=colours, link=link),
        )
        for c in categories
    ]


def render_svg(
    points: Sequence[Point], *, colours: Mapping[str, str] | None = None, link: str = "claim-"
) -> Markup:
    """Points on one date axis as an inline SVG element (empty when there are none);
    `colours` keeps a series the same colour across charts; a point links to
    `#{link}{number}`."""
    if not points:
        return Markup("")
    days = [p.day for p in points]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    top = _nice_ceiling(max(p.count for p in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (day - first).days / span

    def y(count: int) -> float:
        return TOP + plot_h * (1 - count / top)

    series = list(dict.fromkeys(p.series for p in points))
    colour = {s: COLOURS[k % len(COLOURS)] for k, s in enumerate(series)}
    colour.update({s: c for s, c in (colours or {}).items() if s in colour})
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
        f'{HEIGHT + 18 * len(series)}" role="img" aria-label="Figures by statement date">',
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + plot_h}" stroke="#888"/>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" '
        'stroke="#888"/>',
    ]
    for value in (0, top // 2, top):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end" '
            f'font-size="11">{value}</text>'
        )
    for day in dict.fromkeys((first, last)):
        anchor = "start" if day == first and first != last else "end" if day == last else "middle"
        if first == last:
            anchor = "middle"
        parts.append(
            f'<text x="{x(day):.1f}" y="{TOP + plot_h + 16}" text-anchor="{anchor}" '
            f'font-size="11">{day.isoformat()}</text>'
        )
    for name in series:
        own = [p for p in points if p.series == name]
        if len(own) > 1:
            path = " ".join(f"{x(p.day):.1f},{y(p.count):.1f}" for p in own)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour[name]}" '
                'stroke-width="1.5" stroke-opacity="0.6"/>'
            )
        for p in own:
            fill = "white" if p.superseded else colour[name]
            kind = "point superseded" if p.superseded else "point"
            parts.append(
                f'<a href="#{escape(link)}{p.number}"><circle class="{kind}" cx="{x(p.day):.1f}" '
                f'cy="{y(p.count):.1f}" r="5" fill="{fill}" stroke="{colour[name]}" '
                f'stroke-width="2"><title>{escape(p.label)}</title></circle></a>'
            )
    for k, name in enumerate(series):
        ly = HEIGHT + 4 + 18 * k
        parts.append(
            f'<circle cx="{LEFT + 6}" cy="{ly}" r="5" fill="{colour[name]}"/>'
            f'<text class="legend" x="{LEFT + 16}" y="{ly + 4}" font-size="12">'
            f"{escape(name)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice_ceiling(value: int) -> int:
    """The axis top: 1, 2 or 5 times a power of ten, at least `value` (and at least 2)."""
    value = max(value, 2)
    scale = 1
    while True:
        for step in (1, 2, 5):
            if step * scale >= value:
                return step * scale
        scale *= 10
