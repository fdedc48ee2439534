"""What `make fuzz` feeds arbitrary bytes to, as plain functions (run by fuzz/run.py under
Atheris, and on fixed inputs by tests/test_fuzz_targets.py, so they are tested without it).

Each target takes the fuzzer's bytes and raises only when fogofwar breaks a promise:

- `ingest`: any bytes in a file of any supported type are read as RawDocuments or
  Rejected rows with a one-line reason, never an exception (`ingest.read`).
- `clean`: any text or markup becomes an Article or a Rejected (`clean.clean`), and an
  Article's text is non-empty.
- `numbers`: any run of words is a count between 0 and MAX_COUNT or none at all
  (`extract.numbers.combine`, `word_value`).
- `pipeline`: the whole per-article pipeline without its guard: clean, parse and extract
  (`analyse_articles`) and store (`Store.save_analysed`), so an exception the run would
  turn into a rejected row is found as the bug it is. Every claim's evidence lies inside
  the article text and its count is at most MAX_COUNT.

Bytes become text with `surrogateescape`, so invalid UTF-8 turns into lone surrogates,
the hardest text a reader can pass on.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

SUFFIXES = (".txt", ".html", ".json", ".jsonl", ".xml", ".atom")
_SCRATCH = Path(tempfile.mkdtemp(prefix="fogofwar-fuzz-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def ingest(data: bytes) -> None:
    from fogofwar.ingest import read
    from fogofwar.records import RawDocument, Rejected

    if not data:
        return
    path = _SCRATCH / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    for item in read([path]):
        assert isinstance(item, RawDocument | Rejected), item
        if isinstance(item, Rejected):
            assert "\n" not in item.problem, item.problem


def clean(data: bytes) -> None:
    from fogofwar.clean import clean as clean_one
    from fogofwar.records import Article, RawDocument, Rejected

    if not data:
        return
    text = _text(data[1:])
    raw = (
        RawDocument(location="fuzz.html", html=text)
        if data[0] & 1
        else RawDocument(location="fuzz.txt", text=text, published=text[:40])
    )
    result = clean_one(raw, max_chars=1_000_000)
    assert isinstance(result, Article | Rejected), result
    if isinstance(result, Article):
        assert result.text.strip()


def numbers(data: bytes) -> None:
    from fogofwar.extract.numbers import MAX_COUNT, combine, word_value

    words = _text(data).split()
    for word in words:
        word_value(word)
    value = combine(words)
    assert value is None or 0 <= value <= MAX_COUNT, value


_STORE = None


def pipeline(data: bytes) -> None:
    from fogofwar.clean import clean as clean_one
    from fogofwar.extract.numbers import MAX_COUNT
    from fogofwar.pipeline import analyse_articles
    from fogofwar.records import Article, RawDocument
    from fogofwar.settings import Settings
    from fogofwar.store import Store

    global _STORE
    if _STORE is None:
        _STORE = Store.open(_SCRATCH / "fuzz.db")
    article = clean_one(RawDocument(location="fuzz.txt", text=_text(data)), max_chars=100_000)
    if not isinstance(article, Article):
        return
    (analysis,) = analyse_articles([article], settings=Settings())
    for claim in analysis.claims:
        assert 0 <= claim.evidence.start <= claim.evidence.end <= len(article.text), claim
        assert 0 <= claim.count <= MAX_COUNT, claim
    _STORE.save_analysed(article, analysis)


TARGETS = {"ingest": ingest, "clean": clean, "numbers": numbers, "pipeline": pipeline}
