"""A small invented database for the web tests: two clashes and one hostile article.

Events are made by hand (grouping is not under test here) and reconciled with the real
`reconcile`, so a correction that changes a claim changes an estimate as it would in use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fogofwar.reconcile import reconcile
from fogofwar.records import Analysis, Article, Claim, Event, IncidentDate, Location, Span
from fogofwar.store import Store

VARNSK_A = (
    "Fighting broke out near Varnsk on Sunday.\n"
    "Four soldiers were killed near Varnsk on Sunday, the Kyrgyz defence ministry said. "
    "The Red Hill militia said at least 12 soldiers died.\n"
    "Residents fled the area."
)
VARNSK_B = "The Kyrgyz defence ministry later said six soldiers were killed in the Varnsk clash."
OSKEL = "About 20 civilians were wounded by shelling in Oskel, a doctor said."
HOSTILE_TITLE = '<script>window.pwned=1</script> Clash "><img src=x onerror="window.pwned=2">'
HOSTILE_TEXT = (
    "Officials said <script>window.pwned=3</script> 3 people were killed "
    '<a href="javascript:window.pwned=4">here</a> "><svg onload=window.pwned=5>.'
)
HOSTILE_PLACE = "</script><script>window.pwned=6</script>"


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence))


def _article(article_id: str, text: str, *, day: int, month: int = 3, **fields: object) -> Article:
    return Article(
        id=article_id,
        text=text,
        location=f"in/{article_id}.txt",
        published=dt.date(2031, month, day),
        **fields,  # type: ignore[arg-type]
    )


def _claim(a: Article, claim_id: str, sentence: str, **fields: object) -> Claim:
    return Claim(id=claim_id, article_id=a.id, evidence=span_of(a.text, sentence), **fields)  # type: ignore[arg-type]


def build(path: Path, *, wire_copy: bool = False) -> Path:
    """Write the database at `path` and return it; `wire_copy` adds a second outlet
    carrying the Oskel report's wire story (IAP)."""
    a1 = _article(
        "a1", VARNSK_A, day=3, outlet="Daily Invented", title="Clash at Varnsk",
        url="https://example.org/a1",
    )  # fmt: skip
    b2 = _article(
        "b2", VARNSK_B, day=5, outlet="Invented Wire", title="Ministry revises toll",
        url="https://example.org/b2",
    )  # fmt: skip
    c3 = _article("c3", OSKEL, day=20, outlet="Oskel Post", title="Shelling in Oskel", wire="IAP")
    # the same wire story in another outlet: one claim entry, carried by two outlets
    c5 = _article("c5", OSKEL, day=20, outlet="Steppe Daily", title="Oskel shelled", wire="IAP")
    h4 = _article(
        "h4", HOSTILE_TEXT, day=1, month=1, outlet='<b onmouseover="window.pwned=7">x</b>',
        title=HOSTILE_TITLE, url="javascript:window.pwned=8",
    )  # fmt: skip
    claims = {
        "a1": (
            _claim(
                a1, "k1",
                "Four soldiers were killed near Varnsk on Sunday, the Kyrgyz defence ministry said.",
                category="killed", count=4, party="Kyrgyzstan", status="military",
                claimant="Kyrgyzstan Ministry of Defence", claimant_side="Kyrgyzstan",
            ),
            _claim(
                a1, "k2", "The Red Hill militia said at least 12 soldiers died.",
                category="killed", count=12, qualifier="at_least", party="Kyrgyzstan",
                status="military", claimant="Red Hill militia",
                claimant_side="Red Hill militia",
            ),
        ),
        "b2": (
            _claim(
                b2, "k3", VARNSK_B, category="killed", count=6, party="Kyrgyzstan",
                status="military", claimant="Kyrgyzstan Ministry of Defence",
                claimant_side="Kyrgyzstan",
            ),
        ),
        "c3": (
            _claim(
                c3, "k4", OSKEL, category="wounded", count=20, qualifier="approx",
                status="civilian", party="Kazakhstan", claimant="a doctor",
                claimant_side="third_party",
            ),
        ),
        "c5": (
            _claim(
                c5, "k6", OSKEL, category="wounded", count=20, qualifier="approx",
                status="civilian", party="Kazakhstan", claimant="a doctor",
                claimant_side="third_party",
            ),
        ),
        "h4": (
            _claim(
                h4, "k5", HOSTILE_TEXT, category="killed", count=3, party="<script>x</script>",
                claimant='"><img src=y onerror=window.pwned=9>', claimant_side="media",
            ),
        ),
    }  # fmt: skip
    events = [
        Event(
            id="ev-varnsk",
            title="Clash at Varnsk",
            start=dt.date(2031, 3, 3),
            end=dt.date(2031, 3, 5),
            article_ids=("a1", "b2"),
            countries=("KG",),
            places=("Varnsk",),
            actors=("Kyrgyzstan", "Red Hill militia"),
            location=Location(
                name="Varnsk", latitude=40.1, longitude=72.3, country="KG", geo_precision=1,
                where_prec=1,
            ),
            date=IncidentDate(start=dt.date(2031, 3, 2), end=dt.date(2031, 3, 2)),
        ),
        Event(
            id="ev-oskel",
            title="Shelling of Oskel",
            start=dt.date(2031, 3, 20),
            end=dt.date(2031, 3, 20),
            article_ids=("c3", "c5") if wire_copy else ("c3",),
            countries=("KZ",),
            places=("Oskel",),
            location=Location(name="Oskel", latitude=43.2, longitude=76.9, country="KZ"),
        ),
        Event(
            id="ev-hostile",
            title=HOSTILE_TITLE,
            start=dt.date(2031, 1, 1),
            end=dt.date(2031, 1, 1),
            article_ids=("h4",),
            places=(HOSTILE_PLACE,),
            location=Location(name=HOSTILE_PLACE, latitude=10.0, longitude=10.0),
        ),
    ]  # fmt: skip
    articles = {a.id: a for a in (a1, b2, c3, h4) + ((c5,) if wire_copy else ())}
    with Store.open(path) as store:
        for article in articles.values():
            store.save_analysed(article, _analysis(article, claims[article.id]))
        published = {a.id: a.published for a in articles.values()}
        outlets = {a.id: a.outlet for a in articles.values()}
        estimates = [
            e
            for event in events
            for e in reconcile(
                event,
                [c for a in event.article_ids for c in claims[a]],
                published=published,
                outlets=outlets,
            )
        ]
        store.replace_events(events, estimates)
        store.record_run(
            dt.datetime(2031, 3, 21, tzinfo=dt.UTC),
            finished=dt.datetime(2031, 3, 21, 0, 1, tzinfo=dt.UTC),
            read=4,
            rejected=0,
            skipped=0,
        )
    return path


def _analysis(article: Article, claims: tuple[Claim, ...]) -> Analysis:
    return Analysis(
        article_id=article.id,
        outlet=article.outlet,
        wire=None,
        published=article.published,
        title=article.title,
        claims=claims,
        fingerprint=frozenset(article.text.lower().split()[:20]),
    )
