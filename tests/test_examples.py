"""The bundled example reports and the benchmark's corpus generator.

The examples are the documentation's worked case, so their shape is pinned here: how
many reports, which phenomena the HTML carries, that the corrupt file is truly corrupt.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HTML = EXAMPLES / "03_valley_herald_2026-03-12.html"
JSON_FILE = EXAMPLES / "07_articles.json"
CORRUPT = EXAMPLES / "corrupt.txt"
TEXTS = sorted(p for p in EXAMPLES.glob("*.txt") if p != CORRUPT)
FIELDS = {"id", "title", "url", "outlet", "published", "text"}


def _words(text: str) -> int:
    return len(text.split())


class _Page(HTMLParser):
    """Collects tag names, meta properties and the text inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.meta: dict[str, str] = {}
        self.article_text: list[str] = []
        self.all_text: list[str] = []
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "meta" and values.get("property"):
            self.meta[values["property"] or ""] = values.get("content") or ""
        if tag == "article":
            self._in_article += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        if self._in_article:
            self.article_text.append(data)


def _page() -> _Page:
    page = _Page()
    page.feed(HTML.read_text(encoding="utf-8"))
    return page


def _json_articles() -> list[dict[str, str]]:
    data = json.loads(JSON_FILE.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def _bodies() -> dict[str, str]:
    """Each report's body text, keyed by a name for test ids."""
    bodies = {p.name: p.read_text(encoding="utf-8").split("\n", 2)[2] for p in TEXTS}
    bodies[HTML.name] = " ".join(_page().article_text)
    bodies.update({a["id"]: a["text"] for a in _json_articles()})
    return bodies


def test_six_to_eight_reports() -> None:
    assert 6 <= len(_bodies()) <= 8


@pytest.mark.parametrize("name", sorted(_bodies()))
def test_report_length(name: str) -> None:
    assert 120 <= _words(_bodies()[name]) <= 400


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_text_files_start_with_title_and_date_matching_file_name(path: Path) -> None:
    title, date_line, _ = path.read_text(encoding="utf-8").split("\n", 2)
    assert title and not title.endswith(".")
    stated = dt.datetime.strptime(date_line, "%d %B %Y").date()
    assert stated.isoformat() in path.name


def test_corrupt_file_is_not_utf8() -> None:
    data = CORRUPT.read_bytes()
    assert b"\x00" in data
    assert not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))  # no BOM to sniff
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize(
    "boilerplate", ["cookie", "Subscribe", "Related stories", "All rights reserved"]
)
def test_html_has_boilerplate_outside_the_article(boilerplate: str) -> None:
    page = _page()
    assert boilerplate in " ".join(page.all_text)
    assert boilerplate not in " ".join(page.article_text)


def test_html_share_bar_sits_inside_the_article() -> None:
    # As on many real sites: the cleaner must drop it even within <article>.
    assert "Share this article" in " ".join(_page().article_text)


def test_html_has_article_metadata_and_caption() -> None:
    page = _page()
    for tag in ("article", "title", "nav", "header", "footer", "figcaption"):
        assert tag in page.tags
    assert page.meta["og:site_name"] == "Valley Herald"
    assert page.meta["article:published_time"].startswith("2026-03-12")
    assert "Photo: " in " ".join(page.article_text)


def test_json_articles_have_all_fields() -> None:
    articles = _json_articles()
    assert 1 <= len(articles) <= 2
    for article in articles:
        assert set(article) == FIELDS
        dt.date.fromisoformat(article["published"])


def test_wire_copies_are_near_identical() -> None:
    first, second = (
        p.read_text(encoding="utf-8").split("\n", 2)[2] for p in TEXTS if "_iap_" in p.name
    )
    assert "(IAP) —" in first[:40] and "(IAP) —" in second[:40]
    shared = set(first.split("\n\n")) & set(second.split("\n\n"))
    assert len(shared) >= 5


def test_readme_names_every_example_file() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for path in EXAMPLES.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme


@pytest.mark.slow
def test_pipeline_reads_examples_and_rejects_the_corrupt_file(tmp_path: Path) -> None:
    pipeline = pytest.importorskip("fogofwar.pipeline")
    inputs = [*TEXTS, HTML, JSON_FILE, CORRUPT]
    summary = pipeline.process(inputs, db_path=tmp_path / "examples.db")
    assert summary.rejected == 1
    assert summary.articles == 8


# The benchmark's corpus generator --------------------------------------------------------


def _templates() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_templates", ROOT / "bench/templates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


TEMPLATES = _templates()


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=0, max_value=40), seed=st.integers(0, 2**16))
def test_generator_gives_n_articles_deterministically(n: int, seed: int) -> None:
    articles = TEMPLATES.generate_articles(n, seed=seed)
    assert len(articles) == n
    assert articles == TEMPLATES.generate_articles(n, seed=seed)
    assert len({a["id"] for a in articles}) == n
    for article in articles:
        assert set(article) == FIELDS
        assert article["id"] and article["text"]
        assert 150 <= _words(article["text"]) <= 400
        dt.date.fromisoformat(article["published"])


def test_generator_seeds_differ() -> None:
    assert TEMPLATES.generate_articles(5, seed=1) != TEMPLATES.generate_articles(5, seed=2)


def test_generator_has_figures_and_wire_datelines() -> None:
    texts = [a["text"] for a in TEMPLATES.generate_articles(200, seed=0)]
    assert sum(bool(re.match(r"[A-Z ]+ \([A-Z]+\) —", t)) for t in texts) > 10
    assert any("at least" in t for t in texts)
    assert any("killed on both sides" in t for t in texts)


def test_write_jsonl_round_trips(tmp_path: Path) -> None:
    articles = TEMPLATES.generate_articles(12, seed=3)
    path = TEMPLATES.write_jsonl(articles, tmp_path / "corpus.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == articles


# What `make demo` concludes, as examples/README.md states it ------------------------------


def _section(title: str) -> str:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    return readme.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _tables(section: str) -> list[list[dict[str, str]]]:
    """Each Markdown table of a section as rows keyed by its header."""
    tables: list[list[dict[str, str]]] = []
    header: list[str] | None = None
    for line in [*section.splitlines(), ""]:
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            tables.append([])
        elif not set("".join(cells)) <= {"-", " "}:
            tables[-1].append(dict(zip(header, cells, strict=True)))
    return tables


def _bound(cell: str) -> int:
    return int(re.match(r"\d+", cell)[0])  # type: ignore[index]  # "12+" is 12


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What `make demo` runs (`fogofwar process examples`), with the ACLED and UCDP rows."""
    import csv

    from fogofwar.export import export
    from fogofwar.pipeline import process
    from fogofwar.store import Store

    where = tmp_path_factory.mktemp("demo")
    summary = process([EXAMPLES], db_path=where / "demo.db")
    with Store.open(where / "demo.db", readonly=True) as store:
        estimates = store.estimates()
        events = store.events()
        claims = store.claims()
        rows = {}
        for name, fmt in (("ACLED", "acled"), ("UCDP", "ucdp")):
            (path,) = export(store, format=fmt, out=where / f"{fmt}.csv")
            with path.open(encoding="utf-8", newline="") as handle:
                rows[name] = list(csv.DictReader(handle))
    return {
        "summary": summary,
        "estimates": estimates,
        "events": events,
        "claims": claims,
        "rows": rows,
    }


@pytest.mark.slow
def test_the_demo_concludes_what_the_readme_says(demo: dict[str, object]) -> None:
    figures, columns = _tables(_section("What `make demo` concludes"))
    stated = {
        (r["party"], r["status"], r["category"]): (
            int(r["best"]),
            int(r["low"]),
            int(r["high"]),
            r["disputed"] == "yes",
        )
        for r in figures
    }
    got = {
        (e.party, e.status, e.category): (e.best, e.low, e.high, e.disputed)
        for e in demo["estimates"]  # type: ignore[attr-defined]
    }
    assert got == stated
    assert len(demo["events"]) == 1  # type: ignore[arg-type]
    summary = demo["summary"]
    assert (summary.articles, summary.rejected) == (8, 1)  # type: ignore[attr-defined]
    rows = demo["rows"]
    for r in columns:
        (row,) = rows[r["dataset"]]  # type: ignore[index]
        assert row[r["column"]] == r["demo"], r


@pytest.mark.slow
def test_the_rows_marked_same_are_the_analysts_conclusions(demo: dict[str, object]) -> None:
    (analyst,) = _tables(_section("What an analyst should conclude"))
    truth = {
        (r["party"], r["status"], r["category"]): (
            _bound(r["best"]),
            _bound(r["low"]),
            _bound(r["high"]),
        )
        for r in analyst
    }
    figures, _ = _tables(_section("What `make demo` concludes"))
    same = [r for r in figures if r["analyst"] == "same"]
    assert len(same) >= 9
    for r in same:
        key = (r["party"], r["status"], r["category"])
        assert truth[key] == (int(r["best"]), int(r["low"]), int(r["high"])), key
    # every row of the analyst's table is in the demo's, the same or with its difference
    for key in truth:
        assert key in {(r["party"], r["status"], r["category"]) for r in figures}, key


@pytest.mark.slow
def test_the_demo_keeps_the_dismissed_figure_as_bishkeks(demo: dict[str, object]) -> None:
    forty = [c for c in demo["claims"] if c.count == 40]  # type: ignore[attr-defined]
    assert forty and all(c.claimant.startswith("Kyrgyzstan") for c in forty)
    assert any(c.denied_by == "Kazakhstan Ministry of Defence" for c in forty)
    background = [c for c in demo["claims"] if c.scope == "background"]  # type: ignore[attr-defined]
    assert background and all(
        c.id not in e.claim_ids for c in background for e in demo["estimates"]
    )  # type: ignore[attr-defined]
