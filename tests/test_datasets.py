"""ACLED, UCDP GED, GeoJSON, claims CSV and Parquet exports of a hand-built store.

The store is written from records (no spaCy model): an invented clash at the invented
village of Tolkun, with one hostile article whose outlet, title and text carry quotes,
commas, newlines, a spreadsheet formula and a script tag, and a second, wound-only event
with no place or incident date. One slow test runs the real pipeline on examples/.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.cli import main
from fogofwar.datasets import (
    ACLED_COLUMNS,
    CLAIM_COLUMNS,
    FORMULA_STARTS,
    UCDP_COLUMNS,
    acled_sources,
    code_events,
    deaths,
    guard,
    priogrid_gid,
    undated_events,
    unguard,
    write_acled,
    write_claims_csv,
    write_ucdp,
)
from fogofwar.errors import ConfigError
from fogofwar.export import EXPORTERS, export
from fogofwar.records import (
    Analysis,
    Article,
    Claim,
    Estimate,
    Event,
    IncidentDate,
    Location,
    Span,
)
from fogofwar.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_OUTLET = '=HYPERLINK("http://evil.example/?a=1,2","Valley, \\"News\\"")'
HOSTILE_TITLE = 'Guards say "two, not three"\nkilled <script>alert(1)</script>'
FORMULA = '=HYPERLINK("http://evil.example","open")'
TEXT_A = (
    "TOLKUN, May 1 - Three Kyrgyz soldiers were killed near Tolkun, the Kyrgyzstan "
    "Ministry of Defence said. Tajikistan's border service said five of its guards died "
    "in the shelling."
)
TEXT_B = (
    f"{FORMULA} Two Kyrgyz soldiers, not three, were killed, the ministry said, "
    'adding: "we will answer"\n<script>alert(1)</script> in Tolkun.'
)
TEXT_C = "Four shepherds were wounded by gunfire near the border, a doctor said."

# (article id, external id, outlet, title, text, published, url)
ARTICLES = [
    ("a1", "valley-1", "Valley Times", "Clash at Tolkun", TEXT_A, dt.date(2030, 5, 2), None),
    ("a2", None, HOSTILE_OUTLET, HOSTILE_TITLE, TEXT_B, dt.date(2030, 5, 3),
     "https://example.org/a?x=1,2&y=\"3\""),
    ("a3", "steppe-9", "Steppe Courier", None, TEXT_C, dt.date(2030, 6, 9), None),
]  # fmt: skip
# (claim id, article id, evidence, category, count, party, status, claimant, side)
CLAIMS = [
    ("c1", "a1", "Three Kyrgyz soldiers were killed near Tolkun, the Kyrgyzstan Ministry of "
     "Defence said.", "killed", 3, "Kyrgyzstan", "military", "Kyrgyzstan Ministry of Defence",
     "Kyrgyzstan"),
    ("c2", "a1", "Tajikistan's border service said five of its guards died in the shelling.",
     "killed", 5, "Tajikistan", "military", "Tajikistan border service", "Tajikistan"),
    ("c3", "a2", TEXT_B.split(" in Tolkun")[0], "killed", 2, "Kyrgyzstan", "military",
     "@Kyrgyzstan Ministry of Defence", "Kyrgyzstan"),
    ("c4", "a3", TEXT_C, "wounded", 4, "unknown", "civilian", "a doctor", "third_party"),
]  # fmt: skip
TOLKUN = Location(
    name="Tolkun",
    latitude=39.95,
    longitude=70.75,
    admin1="Batken",
    country="KG",
    geo_precision=1,
    where_prec=1,
)
EVENTS = [
    Event(
        id="0a1b2c3d4e5f6789",
        title="Clash at Tolkun",
        start=dt.date(2030, 5, 2),
        end=dt.date(2030, 5, 3),
        article_ids=("a1", "a2"),
        countries=("KG", "TJ"),
        location=TOLKUN,
        date=IncidentDate(start=dt.date(2030, 5, 1), end=dt.date(2030, 5, 1)),
    ),
    Event(
        id="ffee000011112222",
        title="Shepherds wounded",
        start=dt.date(2030, 6, 9),
        end=dt.date(2030, 6, 9),
        article_ids=("a3",),
        countries=("KG",),
    ),
]


def estimate(event_id: str, party: str, status: str, category: str, *figures: int, **kw: Any):
    low, best, high = figures if len(figures) == 3 else figures * 3
    return Estimate(
        id=f"{event_id}-{party}-{status}-{category}",
        event_id=event_id,
        party=party,
        status=status,
        category=category,
        low=low,
        best=best,
        high=high,
        claim_ids=kw.pop("claim_ids", ()),
        **kw,
    )


ESTIMATES = [
    estimate(EVENTS[0].id, "Kyrgyzstan", "military", "killed", 2, 3, 3, claim_ids=("c1", "c3"),
             disputed=True),
    estimate(EVENTS[0].id, "Tajikistan", "military", "killed", 5, claim_ids=("c2",)),
    estimate(EVENTS[0].id, "both", "unknown", "killed", 10),
    estimate(EVENTS[1].id, "unknown", "civilian", "wounded", 4, claim_ids=("c4",)),
]  # fmt: skip


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence))


def fill(store: Store) -> None:
    for article_id, external, outlet, title, text, published, url in ARTICLES:
        claims = tuple(
            Claim(
                id=cid,
                article_id=aid,
                evidence=span_of(text, evidence),
                category=category,
                count=count,
                party=party,
                status=status,
                claimant=claimant,
                claimant_side=side,
                stated_on=published,
            )
            for cid, aid, evidence, category, count, party, status, claimant, side in CLAIMS
            if aid == article_id
        )
        article = Article(
            id=article_id,
            text=text,
            location=f"invented/{article_id}.json",
            external_id=external,
            title=title,
            url=url,
            outlet=outlet,
            published=published,
        )
        words = frozenset(re.findall(r"[a-z]+", text.lower()))
        analysis = Analysis(
            article_id=article_id,
            outlet=outlet,
            wire=None,
            published=published,
            title=title,
            fingerprint=words,
            claims=claims,
        )
        store.save_analysed(article, analysis)
    store.replace_events(EVENTS, ESTIMATES)
    store.record_run(
        dt.datetime(2030, 6, 10, 12, tzinfo=dt.UTC),
        finished=dt.datetime(2030, 6, 10, 12, 5, tzinfo=dt.UTC),
        read=3,
        rejected=0,
        skipped=0,
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Every format exported from the invented store into one directory."""
    with Store.open(tmp_path / "tolkun.db") as store:
        fill(store)
        for fmt in EXPORTERS:
            if fmt != "goldeval":
                export(store, format=fmt, out=tmp_path / "out")
    return tmp_path / "out"


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


def cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


# -- columns and types --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "columns", "count"),
    [("acled.csv", ACLED_COLUMNS, 31), ("ucdp_ged.csv", UCDP_COLUMNS, 49)],
)
def test_columns_are_the_schemas_in_order(
    out: Path, name: str, columns: tuple[str, ...], count: int
) -> None:
    schemas = ROOT.parent / "shared" / "docs" / "SCHEMAS.md"
    if schemas.exists():  # the documented order, read from the document itself
        text = schemas.read_text(encoding="utf-8")
        marker = "ACLED CSV" if count == 31 else "UCDP GED CSV"
        block = text.split(marker, 1)[1].split("\n\n", 1)[0].split("\n", 1)[1]
        assert tuple(c.strip() for c in block.replace("\n", " ").split(",")) == columns
    assert len(columns) == count == len(set(columns))
    assert header(out / name) == list(columns)
    assert {len(row) for row in cells(out / name)} == {count}


def test_acled_rows_have_the_reconciled_figures_and_types(out: Path) -> None:
    frame = pd.read_csv(out / "acled.csv")
    assert len(frame) == 2
    assert frame["fatalities"].dtype == "int64"
    assert frame["iso"].dtype == "int64"
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in frame["event_date"])
    clash, quiet = frame.iloc[0], frame.iloc[1]
    assert clash["event_id_cnty"].startswith("KGZ") and clash["event_id_cnty"][3:].isdigit()
    # Kyrgyzstan's lowest standing figure (2) + Tajikistan's (5); the total over both
    # sides (10) is not added because per-side figures exist.
    assert clash["fatalities"] == 7
    assert clash["event_date"] == "2030-05-01" and clash["year"] == 2030
    assert clash["time_precision"] == 1
    assert {clash["actor1"], clash["actor2"]} == {
        "Military Forces of Kyrgyzstan",
        "Military Forces of Tajikistan",
    }
    assert (clash["inter1"], clash["inter2"], clash["interaction"]) == (1, 1, 11)
    assert clash["event_type"] == "Battles" and clash["disorder_type"] == "Political violence"
    assert (clash["iso"], clash["country"], clash["region"]) == (
        417,
        "Kyrgyzstan",
        "Caucasus and Central Asia",
    )
    assert (clash["location"], clash["admin1"], clash["geo_precision"]) == ("Tolkun", "Batken", 1)
    assert (clash["latitude"], clash["longitude"]) == (39.95, 70.75)
    assert "Kyrgyzstan Ministry of Defence says 3" in clash["notes"]
    assert "disputed fatalities" in clash["tags"]
    assert clash["timestamp"] == int(dt.datetime(2030, 6, 10, 12, 5, tzinfo=dt.UTC).timestamp())
    assert quiet["fatalities"] == 0
    assert quiet["event_date"] == "2030-06-09"
    assert pd.isna(quiet["latitude"]) and pd.isna(quiet["location"])


def test_ucdp_keeps_only_events_with_deaths(out: Path) -> None:
    frame = pd.read_csv(out / "ucdp_ged.csv")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["low"], row["best"], row["high"]) == (7, 8, 8)
    assert row["deaths_a"] + row["deaths_b"] + row["deaths_civilians"] + row["deaths_unknown"] == 8
    assert {row["deaths_a"], row["deaths_b"]} == {3, 5}
    assert row["type_of_violence"] == 1
    assert {row["side_a"], row["side_b"]} == {
        "Government of Kyrgyzstan",
        "Government of Tajikistan",
    }
    assert {row["gwnoa"], row["gwnob"]} == {703, 702}
    assert row["country_id"] == 703 and row["region"] == "Asia"
    assert row["priogrid_gid"] == priogrid_gid(39.95, 70.75)
    assert row["geom_wkt"] == "POINT (70.75 39.95)"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("2030-05-01", "2030-05-01", 1)
    assert row["number_of_sources"] == 2
    assert "Tajikistan border service" in row["source_original"]
    assert pd.isna(row["conflict_dset_id"]) and pd.isna(row["dyad_new_id"])


# -- hostile text -------------------------------------------------------------------------


def test_no_csv_cell_is_a_formula(out: Path) -> None:
    for name in ("acled.csv", "ucdp_ged.csv", "claims.csv"):
        for row in cells(out / name)[1:]:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS) or _is_number(cell), (name, cell)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_hostile_claim_round_trips_through_pandas(out: Path) -> None:
    frame = pd.read_csv(out / "claims.csv", keep_default_na=False)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    hostile = frame[frame["claim_id"] == "c3"].iloc[0]
    evidence = TEXT_B.split(" in Tolkun")[0]
    assert hostile["evidence"] == "'" + evidence  # guarded, otherwise verbatim
    assert "\n<script>alert(1)</script>" in hostile["evidence"]
    assert hostile["outlet"] == "'" + HOSTILE_OUTLET
    assert hostile["title"] == HOSTILE_TITLE
    assert hostile["claimant"] == "'@Kyrgyzstan Ministry of Defence"
    assert hostile["url"] == ARTICLES[1][6]
    assert hostile["doc_id"] == "a2" and hostile["event_id"] == EVENTS[0].id
    assert frame["count"].dtype == "int64"
    assert set(frame["published"]) == {"2030-05-02", "2030-05-03", "2030-06-09"}


def test_hostile_outlet_and_title_are_quoted_in_the_datasets(out: Path) -> None:
    raw = (out / "ucdp_ged.csv").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in raw  # CSV is not HTML: kept, but inside quotes
    row = pd.read_csv(out / "ucdp_ged.csv").iloc[0]
    assert HOSTILE_TITLE in row["source_headline"]
    assert HOSTILE_OUTLET in row["source_office"]
    acled = pd.read_csv(out / "acled.csv").iloc[0]
    assert acled["source"].endswith(f"; Valley Times; {HOSTILE_OUTLET}")


def test_acled_source_names_the_claimants_then_the_outlets(out: Path) -> None:
    acled = pd.read_csv(out / "acled.csv")
    assert acled.iloc[0]["source"] == (
        "Kyrgyzstan Ministry of Defence; Tajikistan border service; "
        f"@Kyrgyzstan Ministry of Defence; Valley Times; {HOSTILE_OUTLET}"
    )
    assert acled.iloc[1]["source"] == "a doctor; Steppe Courier"


def test_acled_source_lists_each_name_once_and_no_media_or_background(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        fill(store)
        coded = code_events(store)[0]
    first = coded.claims[0]
    more = (
        # the most figures come first; case does not make a name new
        replace(first, id="m1", claimant="Tajikistan border service"),
        replace(first, id="m2", claimant="TAJIKISTAN BORDER SERVICE"),
        # an outlet's own voice with no outlet known names nobody
        replace(first, id="m3", claimant="media", claimant_side="media"),
        # another outlet passing a figure on is press, listed after the outlets
        replace(first, id="m4", claimant="Inland Asia Press", claimant_side="media"),
        replace(first, id="m5", claimant="Valley Times", claimant_side="media"),
        # background figures are no source of this event
        replace(first, id="m6", claimant="Old War Archive", scope="background"),
    )
    wired = (replace(coded.analyses[0], wire="IAP"), *coded.analyses[1:])
    sources = acled_sources(replace(coded, claims=coded.claims + more, analyses=wired))
    assert sources == [
        "Tajikistan border service",
        "Kyrgyzstan Ministry of Defence",
        "@Kyrgyzstan Ministry of Defence",
        "Valley Times",
        "IAP",
        HOSTILE_OUTLET,
        "Inland Asia Press",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain, text", "plain, text"),
        ("\uff1d1+1", "'\uff1d1+1"),  # fullwidth = : NFKC makes it "="
        ("\uff0bcmd", "'\uff0bcmd"),  # fullwidth +
        ("\uff0d2", "'\uff0d2"),  # fullwidth -
        ("\uff20SUM(A1)", "'\uff20SUM(A1)"),  # fullwidth @
        ("\ufe661", "'\ufe661"),  # small equals sign
        (" =1", "' =1"),  # past spaces
        ("\u3000=1", "'\u3000=1"),  # an ideographic space
        ("\u200b=1", "'\u200b=1"),  # a zero-width space
        ("\ufeff=1", "'\ufeff=1"),  # a BOM
        ("'=1", "''=1"),  # an apostrophe of its own stays: the mark is unambiguous
        ("'Two were killed,' he said", "'Two were killed,' he said"),
        ("'", "'"),
        ("", ""),
        (-3, -3),
        (2.5, 2.5),
        (None, ""),
    ],
)
def test_guard(value: object, expected: object) -> None:
    assert guard(value) == expected
    if isinstance(value, str):
        assert unguard(str(expected)) == value


def _looks_like_a_formula(cell: str) -> bool:
    """A spreadsheet's view, independent of `guard`: past spaces and invisible characters,
    does the cell start a formula, as written or NFKC-normalised?"""
    import unicodedata

    for char in cell:
        if unicodedata.category(char) == "Cf" or (char.isspace() and char not in "\t\r"):
            continue
        return char in FORMULA_STARTS or unicodedata.normalize("NFKC", char)[:1] in FORMULA_STARTS
    return False


@given(st.text(max_size=40))
def test_guard_never_leaves_a_formula_and_unguard_gives_the_text_back(text: str) -> None:
    cell = guard(text)
    assert isinstance(cell, str)
    assert not _looks_like_a_formula(cell)
    assert unguard(cell) == text
    assert cell == text or cell == "'" + text


HOSTILE_EVIDENCE = [
    '\uff1dHYPERLINK("http://evil.example","open") Two soldiers were killed, it said.',
    '=1+1, three were wounded,\n said the "ministry".',
    "'=cmd|' /C calc'!A0 four were killed.",
    "'Five were killed,' the army said.",
    "\u200b@SUM(A1:A9) six were captured.",
    "-7 soldiers were killed.",
]


def test_hostile_evidence_round_trips_through_the_csv_module(tmp_path: Path) -> None:
    """Each evidence comes back verbatim from csv.reader plus `unguard`, no cell starts a
    formula, and the offsets index the verbatim evidence in the article text."""
    text = " ".join(HOSTILE_EVIDENCE)
    article = Article(id="h1", text=text, location="hostile.txt", published=dt.date(2030, 5, 3))
    claims = tuple(
        Claim(
            id=f"h1c{n}",
            article_id="h1",
            evidence=span_of(text, evidence),
            category="killed",
            count=n + 1,
            party="unknown",
            status="unknown",
            claimant="=unknown",
            claimant_side="media",
        )
        for n, evidence in enumerate(HOSTILE_EVIDENCE)
    )
    analysis = Analysis(
        article_id="h1", outlet=None, wire=None, published=None, title=None, claims=claims
    )
    with Store.open(tmp_path / "h.db") as store:
        store.save_analysed(article, analysis)
        (path,) = write_claims_csv(store, tmp_path / "claims.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [unguard(r["evidence"]) for r in rows] == HOSTILE_EVIDENCE
    for row in rows:
        assert not any(_looks_like_a_formula(cell) for cell in row.values()), row
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert text[start:end] == unguard(row["evidence"])
    assert {unguard(r["claimant"]) for r in rows} == {"=unknown"}


# -- GeoJSON and Parquet ------------------------------------------------------------------


def test_geojson_is_a_feature_collection_with_the_figures(out: Path) -> None:
    data = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert [f["id"] for f in data["features"]] == [e.id for e in EVENTS]
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    located, unlocated = data["features"]
    assert located["geometry"]["coordinates"] == [70.75, 39.95]
    assert unlocated["geometry"] is None
    props = located["properties"]
    assert (props["deaths_low"], props["deaths_best"], props["deaths_high"]) == (7, 8, 8)
    assert props["fatalities"] == 7
    assert {e["party"] for e in props["estimates"]} == {"Kyrgyzstan", "Tajikistan", "both"}
    assert HOSTILE_OUTLET in props["sources"]


def test_parquet_reads_back_typed(out: Path) -> None:
    table = pq.read_table(out / "claims.parquet")
    assert table.column_names == list(CLAIM_COLUMNS)
    assert str(table.schema.field("count").type) == "int64"
    assert str(table.schema.field("published").type) == "date32[day]"
    frame = pd.read_parquet(out / "claims.parquet")
    assert len(frame) == len(CLAIMS)
    hostile = frame[frame["claim_id"] == "c3"].iloc[0]
    assert hostile["evidence"] == TEXT_B.split(" in Tolkun")[0]  # Parquet is not guarded
    assert hostile["outlet"] == HOSTILE_OUTLET
    assert sorted(frame["count"].tolist()) == sorted(c[4] for c in CLAIMS)


# -- fatalities ---------------------------------------------------------------------------


def est(party: str, status: str, *figures: int, category: str = "killed") -> Estimate:
    return estimate("e", party, status, category, *figures)


DEATHS = [
    ([est("Armenia", "military", 1), est("Azerbaijan", "military", 7)], 8),
    ([est("Armenia", "military", 1), est("both", "unknown", 12)], 1),
    ([est("both", "unknown", 12)], 12),
    ([est("both", "unknown", 12), est("unknown", "unknown", 15)], 15),
    ([est("Somalia", "military", 10), est("Somalia", "civilian", 30)], 40),
    ([est("Somalia", "military", 10), est("Somalia", "unknown", 53)], 53),
    ([est("Somalia", "military", 10), est("Somalia", "unknown", 5)], 10),
    ([est("Armenia", "military", 4, category="wounded")], 0),
    ([est("Armenia", "military", 3, 5, 9)], 3),
    ([], 0),
]


@pytest.mark.parametrize(("estimates", "fatalities"), DEATHS)
def test_fatalities_are_conservative_and_count_nobody_twice(
    estimates: list[Estimate], fatalities: int
) -> None:
    assert deaths(estimates).low == fatalities


def test_a_pmc_and_its_home_state_are_counted_once() -> None:
    estimates = [est("Wagner", "military", 20), est("Russia", "military", 7)]
    assert deaths(estimates).low == 27
    assert deaths(estimates, same={"Russia": "Wagner"}).low == 20


def test_the_best_total_splits_by_victim_group() -> None:
    estimates = [
        est("Armenia", "military", 3),
        est("Azerbaijan", "military", 4),
        est("Azerbaijan", "civilian", 2),
        est("Azerbaijan", "unknown", 9),
        est("Iran", "military", 1),
    ]
    got = deaths(estimates, sides={"Armenia": 1, "Azerbaijan": 2})
    assert (got.side_a, got.side_b, got.civilians, got.unknown) == (3, 4, 2, 3 + 1)
    assert got.best == 3 + 9 + 1


FIGURES = st.tuples(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50)).map(sorted)
ESTIMATES_ST = st.lists(
    st.builds(
        lambda party, status, figures: est(party, status, *figures),
        st.sampled_from(["Armenia", "Azerbaijan", "both", "unknown", "Wagner", "Russia"]),
        st.sampled_from(["military", "civilian", "unknown"]),
        FIGURES,
    ),
    max_size=10,
    unique_by=lambda e: (e.party, e.status),
)


@given(
    ESTIMATES_ST, st.dictionaries(st.sampled_from(["Armenia", "Wagner"]), st.sampled_from([1, 2]))
)
def test_deaths_are_ordered_and_the_split_adds_up(
    estimates: list[Estimate], sides: dict[str, int]
) -> None:
    got = deaths(estimates, sides=sides, same={"Russia": "Wagner"})
    assert 0 <= got.low <= got.best <= got.high
    assert got.side_a + got.side_b + got.civilians + got.unknown == got.best
    assert min(got.side_a, got.side_b, got.civilians, got.unknown) >= 0


def test_priogrid_corners_and_outside() -> None:
    assert priogrid_gid(-89.9, -179.9) == 1
    assert priogrid_gid(-89.9, -179.4) == 2
    assert priogrid_gid(-89.4, -179.9) == 721
    assert priogrid_gid(89.9, 179.9) == 259200
    assert priogrid_gid(90.0, 180.0) == 259200
    assert priogrid_gid(None, 3.0) is None
    assert priogrid_gid(95.0, 3.0) is None


# -- where it writes ----------------------------------------------------------------------


def test_out_may_name_the_file_itself(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        fill(store)
        assert write_acled(store, tmp_path / "x" / "events.csv") == [tmp_path / "x" / "events.csv"]
        assert write_ucdp(store, tmp_path / "y") == [tmp_path / "y" / "ucdp_ged.csv"]
    assert (tmp_path / "x" / "events.csv").is_file()


def test_a_file_in_the_way_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store, pytest.raises(ConfigError) as error:
        write_claims_csv(store, tmp_path / "taken" / "claims.csv")
    assert "directory" in error.value.problem


def test_an_empty_store_writes_headers_only(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        for fmt in EXPORTERS:
            export(store, format=fmt, out=tmp_path / "out")
    assert cells(tmp_path / "out" / "acled.csv") == [list(ACLED_COLUMNS)]
    assert cells(tmp_path / "out" / "ucdp_ged.csv") == [list(UCDP_COLUMNS)]
    geo = json.loads((tmp_path / "out" / "events.geojson").read_text(encoding="utf-8"))
    assert geo == {"type": "FeatureCollection", "features": []}
    assert pq.read_table(tmp_path / "out" / "claims.parquet").num_rows == 0


def test_the_cli_offers_every_exporter(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        fill(store)
    for fmt in EXPORTERS:
        result = CliRunner().invoke(
            main,
            [
                "export",
                "--db",
                str(tmp_path / "t.db"),
                "--format",
                fmt,
                "--out",
                str(tmp_path / fmt),
            ],
        )
        assert result.exit_code == 0, result.output
        assert result.output.startswith("wrote ")


# -- what never becomes a row -------------------------------------------------------------

UNDATED = Event(
    id="undated000000001",
    title="Undated shelling",
    start=None,
    end=None,
    article_ids=("u1",),
    countries=("KG",),
)
SPANISH = Event(
    id="spanish000000001",
    title="Enfrentamiento en la frontera",
    start=dt.date(2030, 5, 2),
    end=dt.date(2030, 5, 2),
    article_ids=("s1",),
    countries=("KG",),
)


def fill_unexportable(store: Store) -> None:
    """The Tolkun store plus an undated event with a death and an unread Spanish article."""
    fill(store)
    text = "Six soldiers were killed in shelling, officials said."
    kill = Claim(
        id="u1c",
        article_id="u1",
        evidence=Span(start=0, end=len(text)),
        category="killed",
        count=6,
        party="Kyrgyzstan",
        status="military",
        claimant_side="media",
    )
    undated = Article(id="u1", text=text, location="undated.txt", title="Undated shelling")
    store.save_analysed(
        undated,
        Analysis(
            article_id="u1", outlet=None, wire=None, published=None, title=None, claims=(kill,)
        ),
    )
    spanish = Article(
        id="s1",
        text="Dos soldados murieron en la frontera.",
        location="es.json",
        title="Enfrentamiento en la frontera",
        published=dt.date(2030, 5, 2),
        language="es",
    )
    store.save_analysed(
        spanish,
        Analysis(
            article_id="s1",
            outlet="El Diario",
            wire=None,
            published=spanish.published,
            title=spanish.title,
        ),
    )
    store.replace_events(
        [*EVENTS, UNDATED, SPANISH],
        [
            *ESTIMATES,
            estimate(UNDATED.id, "Kyrgyzstan", "military", "killed", 6, claim_ids=("u1c",)),
        ],
    )


def test_undated_and_unread_events_never_become_rows(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        fill_unexportable(store)
        write_acled(store, tmp_path / "acled.csv")
        write_ucdp(store, tmp_path / "ucdp.csv")
        assert undated_events(store) == [UNDATED]
    acled = pd.read_csv(tmp_path / "acled.csv")
    assert len(acled) == 2  # the two Tolkun events only
    assert acled["event_date"].notna().all()
    assert not acled["tags"].str.contains("undated|spanish").any()
    assert not acled["source"].fillna("").str.contains("El Diario").any()
    ucdp = pd.read_csv(tmp_path / "ucdp.csv")
    assert len(ucdp) == 1 and ucdp["date_start"].notna().all()


def test_the_cli_names_the_events_it_left_out(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        fill_unexportable(store)
    args = ["export", "--db", str(tmp_path / "t.db"), "--format", "acled", "--out", str(tmp_path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"left out (no date): Undated shelling [{UNDATED.id}]" in result.stderr


def test_background_claims_never_enter_the_deaths_by_side() -> None:
    from fogofwar.classify import Side, party_sides
    from fogofwar.reconcile import reconcile

    def kill(cid: str, party: str, count: int, scope: str) -> Claim:
        return Claim(
            id=cid,
            article_id="a1",
            evidence=Span(start=0, end=1),
            category="killed",
            count=count,
            party=party,
            status="military",
            claimant_side=party,
            scope=scope,
        )

    claims = [
        kill("k1", "Kyrgyzstan", 3, "event"),
        kill("k2", "Tajikistan", 5, "event"),
        kill("k3", "Tajikistan", 3000, "background"),  # an earlier war
        kill("k4", "Kyrgyzstan", 40, "background"),
    ]
    estimates = reconcile(EVENTS[0], claims, published={"a1": None}, outlets={"a1": None})
    sides = party_sides(
        Side(name="A", inter=1, kind="state", party="Kyrgyzstan"),
        Side(name="B", inter=1, kind="state", party="Tajikistan"),
    )
    got = deaths(estimates, sides=sides)
    assert (got.side_a, got.side_b, got.best, got.high) == (3, 5, 8, 8)


# -- the store keeps where and when -------------------------------------------------------


def test_store_round_trips_event_location_and_date(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        fill(store)
        assert store.events() == EVENTS


def test_store_round_trips_an_articles_incident_date(tmp_path: Path) -> None:
    when = IncidentDate(
        start=dt.date(2030, 4, 28), end=dt.date(2030, 5, 1), time_precision=2, date_prec=2,
        reason="invented: 'last week'",
    )  # fmt: skip
    article = Article(
        id="z1", text="Nothing happened.", location="z", published=dt.date(2030, 5, 2)
    )
    analysis = Analysis(
        article_id="z1", outlet=None, wire=None, published=article.published, title=None,
        incident_date=when,
    )  # fmt: skip
    with Store.open(tmp_path / "t.db") as store:
        store.save_analysed(article, analysis)
        assert store.analyses() == [analysis]


def test_an_older_database_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX idx_articles_grouping_day")  # v6's, on a column v1 lacks
        for column in ("latitude", "date_start", "where_prec"):
            db.execute(f"ALTER TABLE events DROP COLUMN {column}")
        for column in ("incident_start", "text_date", "written_after"):
            db.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 1")
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        fill(store)
        assert store.events() == EVENTS


# -- the real pipeline --------------------------------------------------------------------


@pytest.mark.slow
def test_examples_export_in_every_format(tmp_path: Path) -> None:
    from fogofwar.pipeline import process

    process([ROOT / "examples"], db_path=tmp_path / "demo.db")
    with Store.open(tmp_path / "demo.db") as store:
        events = store.events()
        written = [p for fmt in EXPORTERS for p in export(store, format=fmt, out=tmp_path / "out")]
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)
    acled = pd.read_csv(tmp_path / "out" / "acled.csv")
    assert list(acled.columns) == list(ACLED_COLUMNS) and len(acled) == len(events)
    assert acled["fatalities"].dtype == "int64" and (acled["fatalities"] >= 0).all()
    ucdp = pd.read_csv(tmp_path / "out" / "ucdp_ged.csv")
    assert list(ucdp.columns) == list(UCDP_COLUMNS)
    assert (ucdp["best"] > 0).all() or (ucdp["high"] > 0).all()
    assert (ucdp["low"] <= ucdp["best"]).all() and (ucdp["best"] <= ucdp["high"]).all()
    geo = json.loads((tmp_path / "out" / "events.geojson").read_text(encoding="utf-8"))
    assert len(geo["features"]) == len(events)
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert len(claims) == len(pd.read_csv(tmp_path / "out" / "claims.csv")) > 0
