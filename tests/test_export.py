"""The goldeval export: the rows goldeval.py reads, and that goldeval.py scores them.

The store is written by hand (no spaCy model), from an invented clash at Kordak. When
../shared/eval/goldeval.py exists it scores the export against a gold file written here.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fogofwar.errors import ConfigError
from fogofwar.export import EXPORTERS, export, export_goldeval
from fogofwar.records import (
    CATEGORIES,
    QUALIFIERS,
    SCOPES,
    STATUSES,
    Analysis,
    Article,
    Claim,
    Estimate,
    Event,
    Span,
)
from fogofwar.store import Store

GOLDEVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "goldeval.py"

# The keys goldeval.py reads (its docstring): required first, then optional.
CLAIM_KEYS = {"doc_id", "category", "count", "party"}
CLAIM_OPTIONAL = {"qualifier", "status", "claimant", "claimant_side", "scope", "evidence"}
ARTICLE_KEYS = {"doc_id", "event_id"}
ARTICLE_OPTIONAL = {"published", "outlet"}

TEXT_A = (
    "Two Kyrgyz soldiers were killed near Kordak on Monday, the Kyrgyzstan Ministry of "
    "Defence said. Tajikistan's border service said “at least three” of its guards died."
)
TEXT_B = "Eleven people were wounded in the Kordak clash — among them two shepherds."

# (doc_id in the input or None, article id, text, published, outlet)
ARTICLES = [
    ("valley-times-kordak-1", "a1", TEXT_A, dt.date(2026, 5, 5), "Valley Times"),
    (None, "b2", TEXT_B, dt.date(2026, 5, 6), "Steppe Courier"),
]
# (article id, evidence sentence, category, count, qualifier, party, status, claimant, side)
CLAIMS = [
    (
        "a1",
        "Two Kyrgyz soldiers were killed near Kordak on Monday, the Kyrgyzstan Ministry of "
        "Defence said.",
        "killed", 2, "exact", "Kyrgyzstan", "military",
        "Kyrgyzstan Ministry of Defence", "Kyrgyzstan",
    ),
    (
        "a1",
        "Tajikistan's border service said “at least three” of its guards died.",
        "killed", 3, "at_least", "Tajikistan", "military",
        "Tajikistan border service", "Tajikistan",
    ),
    (
        "b2",
        TEXT_B,
        "wounded", 11, "exact", "unknown", "unknown", "Steppe Courier", "media",
    ),
]  # fmt: skip
EVENT_ID = "ev-kordak"


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence))


def build_store(path: Path) -> Store:
    """A store holding the invented articles, claims, one event and its estimates."""
    store = Store.open(path)
    texts = {}
    for external_id, article_id, text, published, outlet in ARTICLES:
        texts[article_id] = text
        claims = tuple(
            Claim(
                id=f"{article_id}-c{number}",
                article_id=article_id,
                evidence=span_of(text, sentence),
                category=category,
                count=count,
                qualifier=qualifier,
                party=party,
                status=status,
                claimant=claimant,
                claimant_side=side,
                stated_on=published,
            )
            for number, (
                aid,
                sentence,
                category,
                count,
                qualifier,
                party,
                status,
                claimant,
                side,
            ) in enumerate(CLAIMS)
            if aid == article_id
        )
        article = Article(
            id=article_id,
            text=text,
            location=f"invented/{article_id}.json",
            external_id=external_id,
            title="Clash at Kordak",
            outlet=outlet,
            published=published,
        )
        analysis = Analysis(
            article_id=article_id,
            outlet=outlet,
            wire=None,
            published=published,
            title="Clash at Kordak",
            claims=claims,
        )
        store.save_analysed(article, analysis)
    event = Event(
        id=EVENT_ID,
        title="Clash at Kordak",
        start=dt.date(2026, 5, 4),
        end=dt.date(2026, 5, 6),
        article_ids=("a1", "b2"),
        countries=("KG", "TJ"),
    )
    estimate = Estimate(
        id="est-1",
        event_id=EVENT_ID,
        party="Kyrgyzstan",
        status="military",
        category="killed",
        low=2,
        best=2,
        high=2,
        claim_ids=("a1-c0",),
    )
    store.replace_events([event], [estimate])
    return store


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    with build_store(tmp_path / "kordak.db") as store:
        written = export(store, format="goldeval", out=tmp_path / "out")
    return {
        "written": written,
        "claims": read_jsonl(tmp_path / "out" / "claims.jsonl"),
        "articles": read_jsonl(tmp_path / "out" / "articles.jsonl"),
        "out": tmp_path / "out",
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_writes_the_two_files_it_reports(exported: dict[str, Any]) -> None:
    out = exported["out"]
    assert exported["written"] == [out / "claims.jsonl", out / "articles.jsonl"]
    assert all(path.is_file() for path in exported["written"])


def test_claim_rows_have_the_keys_goldeval_reads(exported: dict[str, Any]) -> None:
    assert len(exported["claims"]) == len(CLAIMS)
    for row in exported["claims"]:
        assert set(row) >= CLAIM_KEYS | CLAIM_OPTIONAL
        assert isinstance(row["count"], int)
        assert row["category"] in CATEGORIES
        assert row["qualifier"] in QUALIFIERS
        assert row["status"] in STATUSES
        assert row["scope"] in SCOPES


def test_article_rows_have_the_keys_goldeval_reads(exported: dict[str, Any]) -> None:
    assert len(exported["articles"]) == len(ARTICLES)
    for row in exported["articles"]:
        assert set(row) >= ARTICLE_KEYS | ARTICLE_OPTIONAL
        dt.date.fromisoformat(row["published"])


def test_doc_id_is_the_inputs_own_id_or_else_the_article_id(exported: dict[str, Any]) -> None:
    expected = {external or article_id for external, article_id, *_ in ARTICLES}
    assert {row["doc_id"] for row in exported["articles"]} == expected
    assert {row["doc_id"] for row in exported["claims"]} == expected
    assert {row["event_id"] for row in exported["articles"] + exported["claims"]} == {EVENT_ID}


def test_claim_rows_carry_the_claims_exactly(exported: dict[str, Any]) -> None:
    doc_of = {article_id: external or article_id for external, article_id, *_ in ARTICLES}
    expected = [
        (doc_of[aid], sentence, category, count, qualifier, party, status, claimant, side)
        for aid, sentence, category, count, qualifier, party, status, claimant, side in CLAIMS
    ]
    got = [
        tuple(row[k] for k in ("doc_id", "evidence", "category", "count", "qualifier",
                               "party", "status", "claimant", "claimant_side"))
        for row in exported["claims"]
    ]  # fmt: skip
    assert sorted(got) == sorted(expected)


def test_non_ascii_text_round_trips_unescaped(exported: dict[str, Any]) -> None:
    raw = (exported["out"] / "claims.jsonl").read_text(encoding="utf-8")
    assert "“at least three”" in raw
    assert "Kordak clash — among" in raw


def test_an_empty_store_exports_empty_files(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as store:
        written = export_goldeval(store, tmp_path / "out")
    assert [p.read_text(encoding="utf-8") for p in written] == ["", ""]


def test_an_article_outside_every_event_has_a_null_event_id(tmp_path: Path) -> None:
    with build_store(tmp_path / "kordak.db") as store:
        store.replace_events([], [])
        export_goldeval(store, tmp_path / "out")
    rows = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert [row["event_id"] for row in rows] == [None, None]


@pytest.mark.parametrize("fmt", ["kml", "GOLDEVAL", ""])
def test_an_unknown_format_is_a_config_error(tmp_path: Path, fmt: str) -> None:
    with Store.open(tmp_path / "x.db") as store, pytest.raises(ConfigError) as error:
        export(store, format=fmt, out=tmp_path / "out")
    assert all(name in error.value.problem for name in EXPORTERS)
    assert not (tmp_path / "out").exists()


# -- scored by goldeval.py ----------------------------------------------------------------


def gold_file(path: Path) -> Path:
    """The invented articles as a gold event cluster (format: ../shared/corpus/README.md)."""
    claims_of: dict[str, list[dict[str, Any]]] = {}
    for aid, sentence, category, count, qualifier, party, status, claimant, side in CLAIMS:
        claims_of.setdefault(aid, []).append(
            {
                "category": category,
                "count": count,
                "qualifier": qualifier,
                "party": party,
                "status": status,
                "claimant": claimant,
                "claimant_side": side,
                "scope": "event",
                "evidence": sentence,
            }
        )
    gold = {
        "event_id": "gold-kordak-2026-05",
        "description": "Invented clash at Kordak, 4-6 May 2026",
        "start": "2026-05-04",
        "end": "2026-05-06",
        "country_codes": ["KG", "TJ"],
        "articles": [
            {
                "doc_id": external or article_id,
                "url": None,
                "outlet": outlet,
                "published": published.isoformat(),
                "title": "Clash at Kordak",
                "text": text,
                "claims": claims_of.get(article_id, []),
                "locations": ["Kordak"],
            }
            for external, article_id, text, published, outlet in ARTICLES
        ],
    }
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def goldeval(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GOLDEVAL), *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(not GOLDEVAL.exists(), reason="../shared/eval/goldeval.py is absent")
def test_goldeval_scores_the_export(tmp_path: Path, exported: dict[str, Any]) -> None:
    gold = gold_file(tmp_path / "gold.json")
    text = goldeval("score", str(gold), "--pred", str(exported["out"]))
    assert text.returncode == 0, text.stderr
    assert "score: F1=1.000" in text.stdout

    scored = goldeval("score", str(gold), "--pred", str(exported["out"]), "--json")
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert result["claims"]["tp"] == result["claims"]["gold"] == len(CLAIMS)
    assert result["claims"]["pred_for_unknown_docs"] == 0
    assert set(result["attributes_of_matched"].values()) == {1.0}
    assert result["events_bcubed"]["f1"] == 1.0
    assert result["events_bcubed"]["docs_assigned"] == len(ARTICLES)
    assert result["published_date_accuracy"] == 1.0
