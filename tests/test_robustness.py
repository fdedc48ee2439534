"""One hostile article must never stop a run (issue 12): it is stored or rejected, and
every other article is stored, grouped into events and reconciled.

The hostile inputs are the ones the issue reproduced, rebuilt here at small sizes: poison
numbers, an article that raises in any stage, lone surrogates, texts over spaCy's
limit, file names that are not UTF-8, FIFOs, ids too long for `int()`. Everything runs
the real spaCy model, so it is all `slow`; each case is small and bounded in time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fogofwar.pipeline
import fogofwar.workers
from fogofwar.extract import nlp
from fogofwar.pipeline import RunSummary, process
from fogofwar.records import Article
from fogofwar.settings import Settings
from fogofwar.store import Store

pytestmark = pytest.mark.slow

VILLAGES = ("Kordak", "Tashbel", "Uzunsai")
WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")


def report(number: int) -> dict[str, str]:
    """A short invented report; three villages, so the corpus makes a few events."""
    village = VILLAGES[number % len(VILLAGES)]
    return {
        "id": f"report-{number}",
        "outlet": f"Outlet {number}",
        "published": f"2026-06-{1 + number % len(VILLAGES):02d}",
        "title": f"Clash near {village}",
        "text": (
            f"{WORDS[number % len(WORDS)].capitalize()} Kyrgyz soldiers were killed in a clash "
            f"near {village}, the Kyrgyzstan Ministry of Defence said in statement {number}. "
            f"Tajikistan said {number % 4 + 1} of its border guards died near {village}."
        ),
    }


POISON_COUNTS = {
    "ten to the twentieth": "99999999999999999999",
    "two to the sixty-third": str(2**63),
    "ten comma groups": "1,000,000,000,000,000,000,000,000,000,000",
    "400 digits": "9" * 400,
    "400 digits and .5 thousand": "9" * 400 + ".5 thousand",
}
POISON_MARK = "PoisonVillage"


def poison(number: int, figure: str) -> dict[str, str]:
    return {
        "id": f"poison-{number}",
        "published": "2026-06-01",
        "text": (
            f"{figure} soldiers were killed near {POISON_MARK}, a statement said on Monday. "
            "Officials gave no other details."
        ),
    }


def write_jsonl(path: Path, objects: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def corpus_with(path: Path, middle: list[dict[str, Any]], *, reports: int = 6) -> Path:
    """`reports` invented reports with the `middle` objects between their two halves."""
    good = [report(n) for n in range(reports)]
    return write_jsonl(path, good[: reports // 2] + middle + good[reports // 2 :])


def check_the_others_are_whole(db: Path, *, reports: int = 6) -> None:
    """Every good report is stored with its claims, in an event, with estimates."""
    with Store.open(db) as store:
        ids = {a.external_id: a.id for a in store.articles()}
        good = {f"report-{n}" for n in range(reports)}
        assert good <= set(ids)
        claimed = {c.article_id for c in store.claims()}
        assert {ids[g] for g in good} <= claimed
        grouped = {i for e in store.events() for i in e.article_ids}
        assert {a.id for a in store.articles()} <= grouped
        assert store.estimates()
        assert store.counts()["runs"] == 1


def test_poison_counts_are_no_claims_and_the_run_goes_on(tmp_path: Path) -> None:
    """The issue's example: a JSONL corpus with poison lines in the middle."""
    lines = [poison(n, figure) for n, figure in enumerate(POISON_COUNTS.values())]
    corpus = corpus_with(tmp_path / "corpus.jsonl", lines)
    summary = process([corpus], db_path=tmp_path / "run.db")
    assert (summary.read, summary.articles) == (6 + len(lines), 6 + len(lines))
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        poisoned = {a.id for a in store.articles() if POISON_MARK in a.text}
        assert len(poisoned) == len(lines)
        assert not [c for c in store.claims() if c.article_id in poisoned]
        assert max(c.count for c in store.claims()) < 10


def raise_on_poison(stage: Any) -> Any:
    """`stage`, except that it raises on an article (or raw input) with the poison mark."""

    def wrapped(item: Any, *args: Any, **kwargs: Any) -> Any:
        if POISON_MARK in (item.text or ""):
            raise OverflowError(f"hostile\nvalue in {stage.__name__}")
        return stage(item, *args, **kwargs)

    return wrapped


@pytest.mark.parametrize(
    ("target", "stage"),
    [("pipeline.clean", "cannot clean"), ("workers.describe", "cannot analyse")],
)
def test_an_article_that_raises_is_rejected_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, stage: str
) -> None:
    module_name, name = target.split(".")
    module = getattr(fogofwar, module_name)
    monkeypatch.setattr(module, name, raise_on_poison(getattr(module, name)))
    corpus = corpus_with(tmp_path / "corpus.jsonl", [poison(0, "Three")])
    summary = process([corpus], db_path=tmp_path / "run.db")
    assert (summary.read, summary.rejected, summary.articles) == (7, 1, 6)
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        (rejected,) = store.rejected()
    assert rejected.location.endswith("corpus.jsonl:4")
    assert rejected.external_id == "poison-0"
    assert rejected.problem == f"{stage}: OverflowError: hostile value in {name}"


def test_an_article_that_cannot_be_stored_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save = Store.save_analysed

    def save_or_overflow(self: Store, article: Article, analysis: Any) -> None:
        if POISON_MARK in article.text:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        save(self, article, analysis)

    monkeypatch.setattr(Store, "save_analysed", save_or_overflow)
    corpus = corpus_with(tmp_path / "corpus.jsonl", [poison(0, "Three")])
    summary = process([corpus], db_path=tmp_path / "run.db")
    assert (summary.rejected, summary.articles) == (1, 6)
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        assert [r.problem.split(":")[0] for r in store.rejected()] == ["cannot store"]


def test_a_rejected_article_is_tried_again_and_the_rerun_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fogofwar.workers, "describe", raise_on_poison(fogofwar.workers.describe))
    corpus = corpus_with(tmp_path / "corpus.jsonl", [poison(0, "Three")])
    first = process([corpus], db_path=tmp_path / "run.db")
    second = process([corpus], db_path=tmp_path / "run.db")
    assert second == RunSummary(
        read=7, rejected=1, skipped=6, articles=0, claims=0, events=first.events
    )
    with Store.open(tmp_path / "run.db") as store:
        assert len(store.rejected()) == 1


def test_lone_surrogates_are_repaired_and_the_lines_after_them_stored(tmp_path: Path) -> None:
    text = report(9)["text"]
    surrogates = [
        '{"id": "surrogate-text", "text": "\\ud800 ' + text + '"}',
        '{"id": "surrogate-title", "title": "\\udfff", "text": "' + text + ' Again."}',
    ]
    good = [json.dumps(report(n)) for n in range(6)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(good[:3] + surrogates + good[3:]) + "\n", encoding="utf-8")
    summary = process([corpus], db_path=tmp_path / "run.db")
    assert (summary.read, summary.rejected, summary.articles) == (8, 0, 8)
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        by_id = {a.external_id: a for a in store.articles()}
    assert by_id["surrogate-text"].text.startswith("\ufffd")
    assert by_id["surrogate-title"].title == "\ufffd"


def long_report(paragraphs: int) -> dict[str, str]:
    """One article of many paragraphs, each a clash at another place with its own toll."""
    text = "\n\n".join(
        f"In attack number {n}, {n + 2} Kyrgyz soldiers were killed near Kordak, the "
        "Kyrgyzstan Ministry of Defence said."
        for n in range(paragraphs)
    )
    return {"id": "long", "published": "2026-06-01", "text": text}


def test_a_text_over_the_part_size_is_parsed_in_parts_with_true_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spaCy's limit made small: the article is parsed in paragraph-bounded parts, all of
    it is read (a figure in the last paragraph too) and every evidence span is verbatim."""
    monkeypatch.setattr(nlp, "PART_CHARS", 1_000)
    monkeypatch.setattr(nlp, "BATCH_CHARS", 2_000)
    model = nlp.load_model()
    monkeypatch.setattr(model, "max_length", 1_000)  # more would raise spaCy's E088
    article = long_report(60)
    assert len(article["text"]) > 5_000
    corpus = corpus_with(tmp_path / "corpus.jsonl", [article])
    summary = process([corpus], db_path=tmp_path / "run.db")
    assert (summary.rejected, summary.articles) == (0, 7)
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        (stored,) = [a for a in store.articles() if a.external_id == "long"]
        claims = store.claims(article_id=stored.id)
    assert stored.text == article["text"]  # never truncated
    assert claims and all(
        "Kyrgyz soldiers were killed" in c.evidence.of(stored.text) for c in claims
    )
    last = article["text"].rsplit("\n\n", 1)[1]
    assert [c.evidence.of(stored.text) for c in claims if c.count == 61] == [last]


def test_a_text_over_max_text_chars_is_rejected_with_the_reason(tmp_path: Path) -> None:
    article = long_report(60)
    corpus = corpus_with(tmp_path / "corpus.jsonl", [article])
    settings = Settings(max_text_chars=2_000)
    summary = process([corpus], db_path=tmp_path / "run.db", settings=settings)
    assert (summary.rejected, summary.articles) == (1, 6)
    check_the_others_are_whole(tmp_path / "run.db")
    with Store.open(tmp_path / "run.db") as store:
        (rejected,) = store.rejected()
    assert rejected.external_id == "long"
    assert rejected.problem == (
        f"text of {len(article['text']):,} characters is over max_text_chars (2,000)"
    )


def numbers_sentence(n: int) -> str:
    """One sentence of `n` numbers, the shapes that made extraction quadratic: numbers the
    tagger reads as dates (`from 3 to 8`) and counts of people."""
    items = (f"from {i} to {i + 5}" if i % 2 else f"{i % 90 + 2} soldiers" for i in range(n))
    return "The ministry said " + ", ".join(items) + " were killed."


def extraction_seconds(text: str) -> float:
    """The best of three timings of extraction alone (the parse is done once, before)."""
    import time

    from fogofwar.analysis import describe

    article = Article(id="n", text=text, location="<test>")
    (doc,) = nlp.parse_many([text])
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        describe(article, doc)
        best = min(best, time.perf_counter() - started)
    return best


def test_extraction_is_linear_in_the_numbers_of_a_sentence() -> None:
    """Issue 12: 40,000 numbers in a sentence took 80 s, growing with their square. Four
    times the numbers must cost well under the sixteen times a square would."""
    small, large = (extraction_seconds(numbers_sentence(n)) for n in (400, 1_600))
    assert large < 8 * small + 0.5, (small, large)


def test_a_folder_with_a_fifo_and_a_non_utf8_name_is_read_whole(tmp_path: Path) -> None:
    """A FIFO blocked the run forever; a file name that is not UTF-8 stopped it."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "w", encoding="utf-8") as f:
        f.write(report(1)["text"])
    (folder / "good.txt").write_text(report(2)["text"], encoding="utf-8")
    summary = process([folder], db_path=tmp_path / "run.db")
    assert (summary.read, summary.rejected, summary.articles) == (3, 1, 2)
    with Store.open(tmp_path / "run.db") as store:
        assert sorted(Path(a.location).name for a in store.articles()) == [
            "caf\\xe9.txt",
            "good.txt",
        ]
        assert [(Path(r.location).name, r.problem) for r in store.rejected()] == [
            ("pipe.txt", "skipped: a FIFO is not a regular file")
        ]


FRAGMENTS = [
    "soldiers", "civilians", "were", "killed", "wounded", "captured", "at least", "from",
    "to", "between", "and", "2.8", ".5", "thousand", "million", "a dozen", "9" * 30, ",",
    ".", "\n", "\n\n", "\ud800", "\udfff", "according to", "the ministry said", "Armenia",
    "Azerbaijan", "<p>", "</p>", "&nbsp;", "& amp;", "Kordak", "aged", "on Monday", "\u2029",
    "(", ")", '"', "-", "—", "1,000,000,000,000", "seventy-one", "another",
]  # fmt: skip
HOSTILE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.integers(min_value=0, max_value=10**30).map(str),
        st.text(max_size=12),
    ),
    max_size=60,
).map(" ".join)
HOSTILE_FIELD = HOSTILE_TEXT | st.integers(min_value=-(10**40), max_value=10**40) | st.none()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    articles=st.lists(
        st.fixed_dictionaries(
            {"text": HOSTILE_TEXT},
            optional={"id": HOSTILE_FIELD, "title": HOSTILE_FIELD, "published": HOSTILE_FIELD},
        ),
        min_size=1,
        max_size=4,
    )
)
def test_read_clean_extract_store_never_raises(
    tmp_path_factory: pytest.TempPathFactory, articles: list[dict[str, Any]]
) -> None:
    """Arbitrary text and values (surrogates, huge numbers, markup) in a JSONL corpus:
    every line is stored or rejected, never raised, and evidence stays verbatim."""
    root = tmp_path_factory.mktemp("fuzz")
    corpus = corpus_with(root / "corpus.jsonl", articles, reports=2)
    summary = process([corpus], db_path=root / "run.db")
    assert summary.read == len(articles) + 2
    assert summary.articles + summary.revised + summary.rejected + summary.skipped == summary.read
    with Store.open(root / "run.db") as store:
        texts = {a.id: a.text for a in store.articles()}
        for claim in store.claims():
            assert 0 <= claim.count <= 10**9
            assert claim.evidence.of(texts[claim.article_id])


def test_counting_a_long_list_of_bare_figures_is_linear() -> None:
    """Issue 12: each figure of `numbering 1, 2, 3, ...` walked back over the whole list
    looking for an `aged` before it. Four times the figures must cost well under the
    sixteen times a square would (it was eighteen)."""
    import time

    from fogofwar.extract.counts import find_counts

    def seconds(n: int) -> float:
        figures = ", ".join(str(i % 997 + 1) for i in range(n))
        (doc,) = nlp.parse_many([f"The army said soldiers numbering {figures} were killed."])
        (sentence,) = nlp.sentences(doc)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            find_counts(sentence)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = seconds(400), seconds(1_600)
    assert large < 8 * small + 0.05, (small, large)


def test_a_sentence_of_many_figures_asks_each_question_of_it_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12's 4b: each of a sentence's figures walked its verb's thousands of children
    (`fates._listed_fate`), and each claim scanned the whole sentence for the places and
    pairs it names (`sides._where`). Those answers are kept per sentence (on its Doc):
    computed once however many figures ask."""
    from fogofwar.analysis import describe
    from fogofwar.extract import fates, sides
    from fogofwar.extract.sides import ArticleActors

    asked: dict[str, int] = {"listed": 0, "groups": 0, "towns": 0, "pairs": 0}

    def counted(key: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            asked[key] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(fates, "_listed_fate", counted("listed", fates._listed_fate))
    monkeypatch.setattr(fates, "_listed_groups", counted("groups", fates._listed_groups))
    figures = ", ".join(str(i % 997 + 1) for i in range(3_000))
    text = f"The army said soldiers numbering {figures} were killed near Dorn."
    (doc,) = nlp.parse_many([text])
    describe(Article(id="n", text=text, location="<test>"), doc)
    assert asked["listed"] > 1_000  # every figure asks
    assert asked["groups"] == 1  # one listing verb: its children walked once

    monkeypatch.setattr(sides, "_towns", counted("towns", sides._towns))
    monkeypatch.setattr(sides, "_named_pairs", counted("pairs", sides._named_pairs))
    text = "Armenian-Azerbaijani fighting near Dorn and Kordak killed people, officials said."
    (doc,) = nlp.parse_many([text])
    (sentence,) = nlp.sentences(doc)
    actors = ArticleActors.of(text)
    readings = {sides._where(sentence, actors=actors, status="unknown") for _ in range(500)}
    assert len(readings) == 1
    assert (asked["towns"], asked["pairs"]) == (1, 1)
