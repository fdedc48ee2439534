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


def test_a_guessed_party_gives_way_to_what_the_events_reports_state() -> None:
    stated = analysis(
        "a",
        [
            claim("s1", "a", party="Palestine", claimant="Gaza health ministry"),
            claim("s2", "a", category="wounded", count=40, party="Palestine", status="civilian"),
        ],
        countries=("PS", "IL"),
    )
    guessing = analysis(
        "b",
        [
            claim(
                "guess",
                "b",
                count=30,
                party="Israel",
                party_guessed=True,
                claimant="Medics",
                claimant_side="Israel",
            ),
            claim("unknown", "b", count=31, party="unknown", party_guessed=True),
            claim("said", "b", count=32, party="Israel"),  # stated in its own words
            claim(
                "held", "b", category="captured", count=4, party="Israel", party_guessed=True
            ),  # captives are held where their captors are
            claim("fighters", "b", count=5, party="Israel", status="military", party_guessed=True),
            claim(
                "spoken",
                "b",
                count=33,
                party="Israel",
                party_guessed=True,
                claimant="Israel Defense Forces",
                claimant_side="Israel",
            ),
        ],
        countries=("IL", "PS"),
    )
    placed = by_id(place_claims([event("a", "b", countries=("IL", "PS"))], [stated, guessing]))
    assert placed["guess"].party == "Palestine"
    assert placed["guess"].claimant_side == "Palestine"  # "medics said": of the people
    assert placed["guess"].party_in_text == "Israel"
    assert placed["unknown"].party == "Palestine"
    assert placed["spoken"].party == "Palestine"
    assert placed["spoken"].claimant_side == "Israel"  # a side's own body keeps its side
    for kept in ("said", "held", "fighters", "s1", "s2"):
        assert not placed[kept].party_in_text


def test_a_guessed_figure_takes_the_party_another_report_states_for_it() -> None:
    stated = analysis(
        "a",
        [
            claim("s", "a", count=30, party="Eritrea", status="military"),
            claim("two", "a", count=7, party="Eritrea", status="military"),
            claim("two-other", "a", count=7, party="Ethiopia", status="military"),
        ],
        countries=("ER", "ET"),
    )
    guessing = analysis(
        "b",
        [
            # "30 soldiers were killed", guessed as the article's main country's
            claim("guess", "b", count=30, party="Ethiopia", status="military", party_guessed=True),
            # a figure two parties share is no one's in particular
            claim("split", "b", count=7, party="Ethiopia", status="military", party_guessed=True),
            # another status is another figure
            claim("other", "b", count=30, party="Ethiopia", status="civilian", party_guessed=True),
        ],
        countries=("ET", "ER"),
    )
    placed = by_id(place_claims([event("a", "b", countries=("ET", "ER"))], [stated, guessing]))
    assert placed["guess"].party == "Eritrea"
    assert placed["guess"].party_in_text == "Ethiopia"
    assert placed["split"].party == "Ethiopia"
    assert placed["other"].party == "Ethiopia"


def test_no_clear_majority_places_nothing() -> None:
    split = analysis(
        "a",
        [
            claim("k", "a", party="Kyrgyzstan"),
            claim("t", "a", party="Tajikistan"),
            claim("u", "a", party="Uzbekistan", category="wounded"),
            claim("guess", "a", count=9, party="Kyrgyzstan", party_guessed=True),
            claim("other", "a", count=8, party="unknown", party_guessed=True),
        ],
        countries=("KG", "TJ"),
    )
    placed = by_id(place_claims([event("a", countries=("KG",))], [split]))
    # three parties of one figure each: none is half of them
    assert (placed["guess"].party, placed["other"].party) == ("Kyrgyzstan", "unknown")
    lopsided = analysis(
        "a",
        [
            claim("k", "a", party="Kyrgyzstan"),
            claim("t", "a", party="Tajikistan"),
            claim("t2", "a", party="Tajikistan", category="wounded"),
            claim("u", "a", party="Uzbekistan", category="wounded"),
            claim("guess", "a", count=9, party="Kyrgyzstan", party_guessed=True),
        ],
        countries=("KG", "TJ"),
    )
    placed = by_id(place_claims([event("a", countries=("KG",))], [lopsided]))
    assert placed["guess"].party == "Tajikistan"  # 2 of 4: at least half


def test_a_report_arriving_later_is_placed_by_the_event_it_joins(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    for n, report in enumerate(REPORTS):
        corpus = tmp_path / f"in{n}.jsonl"
        corpus.write_text(json.dumps(report) + "\n", encoding="utf-8")
        process([corpus], db_path=db)  # each run regroups only what it touches
    with Store.open(db) as store:
        (grouped,) = store.events()
        assert len(grouped.article_ids) == 2
        local = next(a for a in store.articles() if a.external_id == "local")
        (fourteen,) = [c for c in store.claims(article_id=local.id) if c.count == 14]
        assert (fourteen.party, fourteen.party_in_text) == ("Nigeria", "unknown")
