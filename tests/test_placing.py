"""Figures of a report that names no country take the country of the event it belongs to."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fogofwar.pipeline import process
from fogofwar.placing import as_read, place_claims
from fogofwar.records import Analysis, Claim, Event, Span
from fogofwar.review import correct
from fogofwar.store import Store


def claim(cid: str, article: str, **kw: object) -> Claim:
    fields: dict[str, object] = {
        "category": "killed",
        "count": 12,
        "party": "unknown",
        "status": "unknown",
        "claimant": "The police",
        "claimant_side": "third_party",
    }
    fields.update(kw)
    return Claim(id=cid, article_id=article, evidence=Span(start=0, end=10), **fields)  # type: ignore[arg-type]


def analysis(article: str, claims: list[Claim], countries: tuple[str, ...] = ()) -> Analysis:
    return Analysis(
        article_id=article,
        outlet=None,
        wire=None,
        published=dt.date(2025, 3, 2),
        title=None,
        countries=countries,
        claims=tuple(claims),
    )


def event(*articles: str, countries: tuple[str, ...] = ("NG",)) -> Event:
    return Event(
        id="e-" + "-".join(articles),
        title="",
        start=None,
        end=None,
        article_ids=articles,
        countries=countries,
    )


def by_id(analyses: list[Analysis]) -> dict[str, Claim]:
    return {c.id: c for a in analyses for c in a.claims}


def test_an_article_naming_no_country_takes_its_events() -> None:
    quiet = analysis(
        "a",
        [
            claim("dead", "a"),
            claim("civilians", "a", status="civilian"),
            claim("soldiers", "a", status="military"),  # fighters: whose, the place cannot say
            claim("earlier", "a", scope="background"),  # another incident, elsewhere perhaps
            claim("named", "a", party="Cameroon"),  # the text said whose
            claim("un", "a", claimant="UN refugee agency"),
            claim("own", "a", claimant="Reuters", claimant_side="media"),
        ],
    )
    loud = analysis("b", [claim("b1", "b", party="Nigeria")], countries=("NG",))
    placed = by_id(place_claims([event("a", "b")], [quiet, loud]))
    assert placed["dead"].party == "Nigeria"
    assert placed["dead"].claimant_side == "Nigeria"  # unnamed police: the land's own
    assert (placed["dead"].party_in_text, placed["dead"].side_in_text) == (
        "unknown",
        "third_party",
    )
    assert placed["civilians"].party == "Nigeria"
    assert placed["un"].party == "Nigeria"
    assert placed["un"].claimant_side == "third_party"  # an outside body stays outside
    assert placed["own"].claimant_side == "media"
    for untouched in ("soldiers", "earlier", "named", "b1"):
        assert not placed[untouched].party_in_text
    assert placed["soldiers"].party == "unknown"
    assert placed["earlier"].party == "unknown"


def test_an_article_naming_a_country_keeps_its_own_reading() -> None:
    text = analysis("a", [claim("dead", "a")], countries=("CM",))
    (only,) = place_claims([event("a")], [text])
    assert only.claims[0].party == "unknown"


def test_an_event_naming_no_country_places_nothing() -> None:
    (only,) = place_claims([event("a", countries=())], [analysis("a", [claim("dead", "a")])])
    assert only.claims[0].party == "unknown"


def test_regrouping_starts_again_from_the_text() -> None:
    first = place_claims([event("a", countries=("NG",))], [analysis("a", [claim("dead", "a")])])
    assert by_id(first)["dead"].party == "Nigeria"
    # the article moved to an event in another country: its figures follow it
    again = place_claims([event("a", countries=("NE",))], first)
    assert by_id(again)["dead"].party == "Niger"
    # and out of any event with a country, they are the text's again
    alone = place_claims([event("a", countries=())], again)
    assert by_id(alone)["dead"] == claim("dead", "a")
    assert as_read(by_id(first)["dead"]) == claim("dead", "a")


REPORTS = [
    {
        "doc_id": "wire",
        "published": "2025-03-02",
        "title": "Gunmen kill 12 in Nigerian village of Zorvo",
        "text": (
            "Gunmen killed 12 villagers in Zorvo in Nigeria's Borno state on Saturday, "
            "Nigerian police said. The gunmen stormed Zorvo market at dawn and torched "
            "stalls, police said. Nigeria's governor condemned the Zorvo massacre."
        ),
    },
    {
        "doc_id": "local",
        "published": "2025-03-02",
        "title": "Zorvo market massacre: 14 dead",
        "text": (
            "Gunmen stormed Zorvo market at dawn on Saturday and torched stalls. Fourteen "
            "people were killed in the Zorvo massacre, the local council chairman told "
            "reporters."
        ),
    },
]


def test_the_pipeline_places_a_report_by_its_event(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    process([corpus], db_path=db)
    with Store.open(db) as store:
        (grouped,) = store.events()
        assert len(grouped.article_ids) == 2
        local = next(a for a in store.articles() if a.external_id == "local")
        (fourteen,) = [c for c in store.claims(article_id=local.id) if c.count == 14]
        assert (fourteen.party, fourteen.claimant_side) == ("Nigeria", "Nigeria")
        assert (fourteen.party_in_text, fourteen.side_in_text) == ("unknown", "third_party")
        estimates = {(e.party, e.category) for e in store.estimates()}
        assert ("Nigeria", "killed") in estimates
        assert ("unknown", "killed") not in estimates
        # an analyst's reading of the party holds over the event's
        correct(store, [fourteen.id], changes={"party": "Cameroon"}, author="test")
    process([corpus], db_path=db)  # a second run regroups and places again
    with Store.open(db) as store:
        (again,) = [c for c in store.analyses() if c.article_id == local.id]
        (corrected,) = [c for c in again.claims if c.count == 14]
        assert corrected.party == "Cameroon"
        assert not corrected.party_in_text
