"""The briefing report: content, ordering, formats, and that hostile articles stay inert."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.errors import ConfigError
from fogofwar.records import Analysis, Article, Claim, Estimate, Event, Rejected, Span
from fogofwar.report import (
    DISPUTED_MARK,
    date_range,
    day_span,
    event_name,
    figure,
    md_escape,
    md_link,
    render_html,
    render_markdown,
    safe_url,
    write_report,
)
from fogofwar.store import Store

# An invented incident at the invented village of Varnsk, and a later one at Oskel.
VARNSK_A = (
    "Four soldiers were killed near Varnsk on Sunday, the army said. "
    "The Red Hill militia said at least 12 soldiers died."
)
VARNSK_B = "The army later said six soldiers were killed in the Varnsk clash."
OSKEL = "About 20 civilians were wounded by shelling in Oskel, a doctor said."

SPANISH = "Cuatro soldados murieron cerca de Varnsk el domingo, dijo el ejército."

HOSTILE_TITLE = '<script>alert(1)</script> Clash [click](javascript:alert(1)) "><b>x</b>'
HOSTILE_TEXT = (
    "Officials said <img src=x onerror=alert(1)> 3 people were killed "
    "[here](javascript:alert(2)) and ![i](javascript:alert(3)) <a href='javascript:alert(4)'>x</a> "
    "*bold* _it_ `code` | pipe | <https://evil.example> &amp; &lt;b&gt;\n# heading\n- item"
)


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence))


def article(
    article_id: str, text: str, *, day: int, outlet: str, title: str, url: str | None = None
) -> Article:
    return Article(
        id=article_id,
        text=text,
        location=f"tests/{article_id}.txt",
        title=title,
        url=url or f"https://example.org/{article_id}",
        outlet=outlet,
        published=dt.date(2031, 3, day),
    )


def claim(a: Article, claim_id: str, sentence: str, **fields: object) -> Claim:
    return Claim(id=claim_id, article_id=a.id, evidence=span_of(a.text, sentence), **fields)  # type: ignore[arg-type]


def save(store: Store, a: Article, *claims: Claim) -> None:
    store.save_analysed(
        a,
        Analysis(
            article_id=a.id,
            outlet=a.outlet,
            wire=None,
            published=a.published,
            title=a.title,
            claims=claims,
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "f.db") as opened:
        a = article("a1", VARNSK_A, day=3, outlet="Daily Invented", title="Clash at Varnsk")
        b = article("b2", VARNSK_B, day=5, outlet="Invented Wire", title="Army revises toll")
        c = article("c3", OSKEL, day=20, outlet="Oskel Post", title="Shelling in Oskel")
        army_first = claim(
            a,
            "k1",
            "Four soldiers were killed near Varnsk on Sunday, the army said.",
            category="killed",
            count=4,
            party="army",
            status="military",
            claimant="army",
            claimant_side="army",
        )
        militia = claim(
            a,
            "k2",
            "The Red Hill militia said at least 12 soldiers died.",
            category="killed",
            count=12,
            qualifier="at_least",
            party="army",
            status="military",
            claimant="Red Hill militia",
            claimant_side="Red Hill militia",
        )
        army_later = claim(
            b,
            "k3",
            VARNSK_B,
            category="killed",
            count=6,
            party="army",
            status="military",
            claimant="army",
            claimant_side="army",
        )
        civilians = claim(
            c,
            "k4",
            OSKEL,
            category="wounded",
            count=20,
            qualifier="approx",
            status="civilian",
            claimant="a doctor",
            claimant_side="third_party",
        )
        save(opened, a, army_first, militia)
        save(opened, b, army_later)
        save(opened, c, civilians)
        events = [
            # Stored out of order on purpose: the report sorts chronologically.
            Event(
                id="e2",
                title="Shelling of Oskel",
                start=dt.date(2031, 3, 19),
                end=dt.date(2031, 3, 19),
                article_ids=("c3",),
                countries=("XX",),
                places=("Oskel",),
            ),
            Event(
                id="e1",
                title="Clash at Varnsk",
                start=dt.date(2031, 3, 2),
                end=dt.date(2031, 3, 3),
                article_ids=("a1", "b2"),
                countries=("XX",),
                places=("Varnsk",),
                actors=("army", "Red Hill militia"),
            ),
        ]
        estimates = [
            Estimate(
                id="s1",
                event_id="e1",
                party="army",
                status="military",
                category="killed",
                low=6,
                best=6,
                high=12,
                claim_ids=("k1", "k2", "k3"),
                superseded_ids=("k1",),
                disputed=True,
                rule="best: latest statement of the party itself",
            ),
            Estimate(
                id="s2",
                event_id="e2",
                party="unknown",
                status="civilian",
                category="wounded",
                low=20,
                best=20,
                high=20,
                claim_ids=("k4",),
                rule="single claim",
            ),
        ]
        spanish = article("d4", SPANISH, day=4, outlet="Diario Inventado", title="Ataque en Varnsk")
        save(opened, replace(spanish, language="es"))
        opened.replace_events(events, estimates)
        opened.save_rejected(Rejected(location="in/bad.jsonl:7", problem="no article text"))
        yield opened


def hostile_store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "hostile.db")
    a = article(
        "h1",
        HOSTILE_TEXT,
        day=1,
        outlet="<img src=x onerror=alert(5)>",
        title=HOSTILE_TITLE,
        url="javascript:alert(1)",
    )
    evil = claim(
        a,
        "hk",
        HOSTILE_TEXT,
        category="killed",
        count=3,
        party="<script>alert(6)</script>",
        claimant="[c](javascript:alert(7))",
        claimant_side="<svg onload=alert(8)>",
    )
    save(store, a, evil)
    event = Event(
        id="he",
        title=HOSTILE_TITLE,
        start=dt.date(2031, 1, 1),
        end=None,
        article_ids=("h1",),
        places=("<iframe src=javascript:alert(9)>",),
        actors=("`rm -rf`",),
    )
    estimate = Estimate(
        id="hs",
        event_id="he",
        party="<script>alert(6)</script>",
        status="unknown",
        category="killed",
        low=3,
        best=3,
        high=3,
        claim_ids=("hk",),
        disputed=True,
        rule="| cell | <b onmouseover=alert(1)>",
    )
    foreign = replace(
        article("h2", HOSTILE_TEXT, day=2, outlet="[o](javascript:alert(12))", title=HOSTILE_TITLE),
        language="<svg onload=alert(13)>",
        url="javascript:alert(14)",
    )
    save(store, foreign)
    store.replace_events([event], [estimate])
    store.save_rejected(
        Rejected(location="<script>alert(10)</script>.txt", problem="<img src=y onerror=alert(11)>")
    )
    return store


SVG_NS = "http://www.w3.org/2000/svg"


def live_html_problems(markup: str) -> list[str]:
    """Anything in rendered HTML that a browser would execute or follow."""
    problems = []
    # fogofwar's own timeline charts are the only SVG allowed (their labels are escaped)
    markup = markup.replace(f'<svg class="timeline" xmlns="{SVG_NS}"', "<timeline")
    if re.search(r"<\s*(script|img|iframe|svg|b\s)", markup, re.IGNORECASE):
        problems.append("live tag")
    if re.search(r"<[^>]*\bon\w+\s*=", markup, re.IGNORECASE):
        problems.append("event handler attribute inside a tag")
    if re.search(r"<[^>]*\b(href|src)\s*=\s*[\"']?\s*javascript:", markup, re.IGNORECASE):
        problems.append("javascript: URL inside a tag")
    return problems


def markdown_to_html(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return str(md.render(text))


# -- content ------------------------------------------------------------------------------


def test_html_shows_figures_then_claims_with_evidence(store: Store) -> None:
    page = render_html(store)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "<script" not in page and "<link" not in page
    for sentence in (VARNSK_A.split(". ")[0], VARNSK_B, OSKEL):
        assert html.escape(sentence, quote=True).rstrip(".") in page
    assert page.index("Reconciled figures") < page.index("Four soldiers were killed")
    assert 'class="disputed"' in page
    assert DISPUTED_MARK in page
    # k1 was replaced by the army's later figure; it is still shown, marked
    assert 'class="claim disputed superseded"' in page
    assert "at least 12 killed" in page and "about 20 wounded" in page
    assert "Red Hill militia" in page and "Daily Invented" in page and "2031-03-05" in page
    assert "best: latest statement of the party itself" in page
    assert "Rejected input" in page and "in/bad.jsonl:7" in page and "no article text" in page
    assert 'href="https://example.org/a1"' in page


def test_events_are_chronological(store: Store) -> None:
    for text in (render_html(store), render_markdown(store)):
        assert text.index("Clash at Varnsk") < text.index("Shelling of Oskel")


def test_markdown_content(store: Store) -> None:
    text = render_markdown(store)
    assert text.startswith("# fogofwar briefing\n")
    assert "| army | military | killed | 6 | **6** | 12 | **⚠ disputed** |" in text
    assert "~~4 killed~~" in text and "*superseded*" in text
    assert "“The Red Hill militia said at least 12 soldiers died\\.”" not in text  # no `.` escape
    assert "“The Red Hill militia said at least 12 soldiers died.”" in text
    assert "[Daily Invented](<https://example.org/a1>)" in text
    assert "## Rejected input" in text and "in/bad.jsonl:7: no article text" in text
    rendered = markdown_to_html(text)
    assert "<table>" in rendered and "<s>4 killed</s>" in rendered


def test_articles_not_read_for_their_language_are_listed(store: Store) -> None:
    page = render_html(store)
    assert "1 article in Spanish not read" in page
    section = page[page.index("Not read: language") : page.index("Rejected input")]
    assert "Spanish" in section and "Ataque en Varnsk" in section and "Diario Inventado" in section
    text = render_markdown(store)
    assert "1 article in Spanish not read" in text
    assert "## Not read: language" in text
    assert "- Spanish: Ataque en Varnsk — [Diario Inventado](<https://example.org/d4>)" in text
    assert text.index("## Not read: language") < text.index("## Rejected input")


def test_empty_store_renders(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as empty:
        assert "0 events from 0 articles; 0 claims; 0 rejected inputs" in render_html(empty)
        assert "0 events from 0 articles" in render_markdown(empty)
        assert "Not read" not in render_html(empty) + render_markdown(empty)


# -- hostile input ------------------------------------------------------------------------


def test_hostile_article_is_inert_in_html(tmp_path: Path) -> None:
    with hostile_store(tmp_path) as store:
        page = render_html(store)
    assert live_html_problems(page) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown, not run
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:alert(1)" in page  # the bad URL is visible as text only


def test_hostile_article_is_inert_in_markdown(tmp_path: Path) -> None:
    with hostile_store(tmp_path) as store:
        text = render_markdown(store)
    assert "<script" not in text.lower() and "<img" not in text.lower()
    assert "](javascript:" not in text
    assert "](<javascript:" not in text
    rendered = markdown_to_html(text)
    assert live_html_problems(rendered) == []
    assert "<em>bold</em>" not in rendered and "<code>code</code>" not in rendered
    assert "<h1>heading" not in rendered
    # the one table keeps its 8 columns: injected pipes stay inside their cell
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 9 for row in rows)


# -- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words", "plain words"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("[x](y)", "\\[x\\]\\(y\\)"),
        ("*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"),
        ("a | b", "a \\| b"),
        ("# title", "\\# title"),
        ("- item", "\\- item"),
        ("> quote", "&gt; quote"),
        ("12. point", "12\\. point"),
        ("line\n\n# two", "line \\# two"),
        ("back\\slash", "back\\\\slash"),
        ("3.5 km", "3.5 km"),
    ],
)
def test_md_escape_table(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn"))))
def test_md_escape_is_inert_and_lossless(raw: str) -> None:
    rendered = markdown_to_html(md_escape(raw)).strip()
    flat = " ".join(raw.split())
    if not flat:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner  # no tag of any kind
    assert html.unescape(inner) == flat


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org/a", "HTTP://example.org/a"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/a", None),
        ("example.org", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("label", "url", "expected"),
    [
        ("Post", "https://e.org/a b(c)", "[Post](<https://e.org/a%20b%28c%29>)"),
        ("Post", "javascript:alert(1)", "Post (javascript:alert\\(1\\))"),
        ("[x]", None, "\\[x\\]"),
    ],
)
def test_md_link(label: str, url: str | None, expected: str) -> None:
    assert md_link(label, url) == expected


@pytest.mark.parametrize(
    ("qualifier", "category", "expected"),
    [
        ("exact", "killed", "5 killed"),
        ("at_least", "killed_or_wounded", "at least 5 killed or wounded"),
        ("at_most", "captured", "at most 5 captured"),
        ("approx", "missing", "about 5 missing"),
    ],
)
def test_figure(qualifier: str, category: str, expected: str) -> None:
    c = Claim(
        id="x", article_id="a", evidence=Span(start=0, end=1), category=category, count=5,
        qualifier=qualifier,
    )  # fmt: skip
    assert figure(c) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, None, "date unknown"),
        (dt.date(2031, 1, 2), None, "2031-01-02"),
        (dt.date(2031, 1, 2), dt.date(2031, 1, 2), "2031-01-02"),
        (dt.date(2031, 1, 2), dt.date(2031, 1, 4), "2031-01-02 to 2031-01-04"),
    ],
)
def test_date_range(start: dt.date | None, end: dt.date | None, expected: str) -> None:
    assert date_range(start, end) == expected


# -- writing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "marker"),
    [("b.html", "<!DOCTYPE html>"), ("b.HTM", "<!DOCTYPE html>"), ("b.md", "# fogofwar briefing")],
)
def test_write_report_by_suffix(store: Store, tmp_path: Path, name: str, marker: str) -> None:
    out = tmp_path / "out" / name
    write_report(store, out)
    assert out.read_text(encoding="utf-8").startswith(marker)


@pytest.mark.parametrize("name", ["b.pdf", "b.txt", "b"])
def test_write_report_unknown_suffix_is_config_error(
    store: Store, tmp_path: Path, name: str
) -> None:
    with pytest.raises(ConfigError, match="unknown report format"):
        write_report(store, tmp_path / name)
    assert not (tmp_path / name).exists()


# -- the analyst's view: contents, headline cards, claims by claimant ---------------------


def test_contents_and_headline_cards(store: Store) -> None:
    page = render_html(store)
    text = render_markdown(store)
    assert '<nav class="toc">' in page and 'href="#event-1"' in page and 'id="event-1"' in page
    assert "## Contents" in text
    # Sides from who fought whom, the incident's dates, and who disputes what.
    name = "Red Hill militia–army: armed clash, 2–3 Mar 2031"
    assert name in page and f"1\\. {name} {DISPUTED_MARK}" in text
    assert text.index("## Contents") < text.index(f"## 1\\. {name}")
    for label in ("Incident dates", "Place", "Sides", "Event type", "Fatalities", "Disputed"):
        assert f"<dt>{label}</dt>" in page and f"- **{label}:**" in text
    dispute = "army military killed: Red Hill militia (at least 12) vs army (6)"
    assert html.escape(dispute) in page
    assert md_escape(dispute) in text
    assert "headline: Clash at Varnsk" in page  # the reports' headline, no longer the name


def test_figures_link_to_their_claims(store: Store) -> None:
    page = render_html(store)
    row = page[page.index("best: latest statement of the party itself") :].split("</tr>")[0]
    assert row.count('href="#event-1-c') == 3
    assert 'id="event-1-c1"' in page


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2021, 11, 16), None, "16 Nov 2021"),
        (dt.date(2021, 11, 16), dt.date(2021, 11, 16), "16 Nov 2021"),
        (dt.date(2021, 11, 13), dt.date(2021, 11, 14), "13–14 Nov 2021"),
        (dt.date(2021, 11, 30), dt.date(2021, 12, 2), "30 Nov – 2 Dec 2021"),
        (dt.date(2021, 12, 30), dt.date(2022, 1, 2), "30 Dec 2021 – 2 Jan 2022"),
        (None, None, "date unknown"),
    ],
)
def test_day_span(start: dt.date | None, end: dt.date | None, expected: str) -> None:
    assert day_span(start, end) == expected


def test_an_event_is_named_by_sides_kind_place_and_date() -> None:
    from fogofwar.classify import EventType, Side
    from fogofwar.datasets import Coded, Deaths
    from fogofwar.records import IncidentDate, Location

    event = Event(
        id="k",
        title="Russia was given advice on how to respond",
        start=dt.date(2021, 11, 17),
        end=dt.date(2021, 11, 18),
        article_ids=(),
        location=Location(name="Kalbajar", country="AZ", geo_precision=2, where_prec=2),
        date=IncidentDate(start=dt.date(2021, 11, 16), end=dt.date(2021, 11, 16)),
    )
    coded = Coded(
        event=event,
        number=1,
        actor1=Side(name="Military Forces of Azerbaijan", inter=1, kind="state", country="AZ"),
        actor2=Side(name="Military Forces of Armenia", inter=1, kind="state", country="AM"),
        kind=EventType("Battles", "Armed clash", "Political violence"),
        civilian_targeting=False,
        deaths=Deaths(),
        estimates=(),
        analyses=(),
        claims=(),
        sources=0,
    )
    assert event_name(coded) == "Armenia–Azerbaijan: armed clash near Kalbajar, 16 Nov 2021"


def test_wire_copies_collapse_and_a_file_name_stands_in_for_an_outlet(tmp_path: Path) -> None:
    text = "Three soldiers were killed near Varnsk, the army said."
    with Store.open(tmp_path / "w.db") as s:
        copies = [
            replace(article(f"w{k}", text, day=3, outlet=o, title="Clash"), location=f"in/{o}.txt")
            for k, o in enumerate(("Paper One", "Paper Two"))
        ]
        unnamed = replace(
            article("w9", text, day=4, outlet="x", title="Clash"),
            outlet=None,
            location="reports/varnsk-report.txt",
        )
        for a in (*copies, unnamed):
            fields = dict(category="killed", count=3, party="army", status="military")
            save(s, a, claim(a, f"{a.id}c", text, claimant="army", claimant_side="army", **fields))
        event = Event(
            id="w",
            title="Clash",
            start=dt.date(2031, 3, 3),
            end=dt.date(2031, 3, 4),
            article_ids=("w0", "w1", "w9"),
        )
        s.replace_events([event], [])
        page = render_html(s)
        markdown = render_markdown(s)
    assert page.count('<li class="claim') == 1  # one figure, one claimant: one entry
    entry = page[page.index('<li class="claim') :].split("</li>")[0]
    assert "Paper One" in entry and "Paper Two" in entry and "varnsk-report.txt" in entry
    assert "unknown outlet" not in page + markdown
    assert entry.count(html.escape(text, quote=True)) == 1  # quoted once
    assert "not in the ACLED or UCDP files" not in page


def test_an_undated_event_says_it_is_not_exported(tmp_path: Path) -> None:
    text = "Two soldiers were killed, the army said."
    with Store.open(tmp_path / "u.db") as s:
        a = replace(article("u1", text, day=1, outlet="P", title="T"), published=None)
        save(s, a, claim(a, "u1c", text, category="killed", count=2, party="army"))
        s.replace_events([Event(id="u", title="T", start=None, end=None, article_ids=("u1",))], [])
        page = render_html(s)
    assert "not in the ACLED or UCDP files: the event has no date" in page
    assert "unknown: no incident or report date" in page


def test_each_event_has_a_small_svg_timeline_linked_to_its_claims(store: Store) -> None:
    page = render_html(store)
    event = page[page.index('id="event-1"') :].split("</section>")[0]
    assert event.count('<svg class="timeline"') == 1  # one chart: the killed figures
    assert "killed, by statement date" in event
    svg = event[event.index("<svg") : event.index("</svg>")]
    links = re.findall(r'href="#(event-1-c\d+)"', svg)
    assert links and all(f'id="{anchor}"' in event for anchor in links)
    # the chart sits before the claims it plots, beside them (floated), not below them
    assert event.index("<svg") < event.index("<h3>Claims by claimant</h3>")
