"""How many pages does the briefing print? Measured in a real browser.

    python bench/briefing_pages.py [--corpus DIR] [--first N] [--db FILE] [--out DIR]
                                   [--compare HTML...] [--chromium PATH] [--json]

Runs the gold corpus (`../shared/corpus/dev` by default; `--first N` takes the first N
cluster files by name) through `goldeval.py input` and `fogofwar process` into a fresh
database (or reads `--db`), writes the HTML briefing, prints it to PDF with headless
Chromium (`--print-to-pdf`, the briefing's own print CSS: A4, 12 mm margins) and counts
the PDF's pages with pypdf. Issue 13's target: at most a third of the 46 pages that the
briefing of the first 7 clusters (the 58 articles the dev corpus then had) printed before
it (`TARGET_PAGES`). `--compare` prints other HTML files the same
way in the same run, e.g. a briefing written by an older fogofwar, and says whether
this briefing prints at most a third of each (the issue's target, for one corpus).

Chromium is Debian's `chromium` package (`apt-get install chromium`; `.ci/run` installs
it); nothing is downloaded. Exit status 1 when Chromium or the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from setup_path import GOLD, import_fogofwar  # noqa: E402

GOLDEVAL = HERE.parent.parent / "shared" / "eval" / "goldeval.py"
#: The briefing of the dev corpus printed 46 pages before issue 13; the target is a third.
BASELINE_PAGES = 46
BASELINE_CLUSTERS = 7
TARGET_PAGES = BASELINE_PAGES // 3
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_chromium(given: str | None = None) -> str | None:
    """The Chromium binary: `given`, else the first of CHROMIUM_NAMES on PATH."""
    if given:
        return given if shutil.which(given) else None
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def print_to_pdf(html: Path, pdf: Path, *, chromium: str, timeout: float = 300) -> None:
    """Print `html` to `pdf` as Chromium's print dialog would, without headers and footers.

    `--no-sandbox` because CI runs as root; a scratch profile so that no user profile is
    read or written."""
    with tempfile.TemporaryDirectory(prefix="fogofwar-chromium-") as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise RuntimeError(f"{chromium} wrote no PDF for {html}")


def count_pages(pdf: Path) -> int:
    """The number of pages of a PDF file."""
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def printed_pages(html: Path, *, chromium: str, work: Path) -> int:
    """How many pages `html` prints to."""
    pdf = work / f"{html.stem}.pdf"
    print_to_pdf(html, pdf, chromium=chromium)
    return count_pages(pdf)


def build_briefing(corpus: list[Path], *, work: Path, db: Path | None) -> tuple[Path, int]:
    """Process the gold files into a database (unless `db` is given) and write the HTML
    briefing; returns its path and the number of events."""
    import_fogofwar()
    from fogofwar.pipeline import process
    from fogofwar.report import write_report
    from fogofwar.store import Store

    if db is None:
        jsonl = work / "corpus.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            subprocess.run(
                [sys.executable, str(GOLDEVAL), "input", *map(str, corpus)],
                check=True,
                stdout=handle,
            )
        db = work / "briefing.db"
        db.unlink(missing_ok=True)
        process([jsonl], db_path=db)
    html = work / "briefing.html"
    with Store.open(db, readonly=True) as store:
        write_report(store, html)
        events = len(store.events())
    return html, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=GOLD, help="folder of gold JSON files")
    parser.add_argument("--first", type=int, help="only the first N cluster files, by name")
    parser.add_argument("--db", type=Path, help="an existing database (skips processing)")
    parser.add_argument("--out", type=Path, help="keep the briefing, database and PDFs here")
    parser.add_argument("--compare", type=Path, nargs="*", default=[], help="more HTML files")
    parser.add_argument("--chromium", help="the Chromium binary (default: found on PATH)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("briefing_pages: Chromium not found (apt-get install chromium)", file=sys.stderr)
        return 1
    corpus = sorted(args.corpus.glob("*.json"))[: args.first]
    if args.db is None and (not corpus or not GOLDEVAL.is_file()):
        print(f"briefing_pages: no gold corpus at {args.corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="fogofwar-pages-") as scratch:
        work = args.out or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        html, events = build_briefing(corpus, work=work, db=args.db)
        result: dict[str, Any] = {
            "corpus": str(args.db or args.corpus),
            "clusters": None if args.db else len(corpus),
            "events": events,
            "pages": printed_pages(html, chromium=chromium, work=work),
            "target_pages": TARGET_PAGES,
            "baseline_pages": BASELINE_PAGES,
            "compared": {
                str(other): printed_pages(other, chromium=chromium, work=work)
                for other in args.compare
            },
        }
    # the 46-page baseline was the briefing of the first 7 clusters (58 articles)
    baseline = (
        args.db is None
        and args.first == BASELINE_CLUSTERS
        and args.corpus.resolve() == GOLD.resolve()
    )
    result["met"] = result["pages"] <= TARGET_PAGES if baseline else None
    if args.json:
        print(json.dumps(result))
        return 0
    where = f"{result['clusters']} clusters" if result["clusters"] is not None else "--db"
    verdict = (
        f"target at most {TARGET_PAGES} (a third of the {BASELINE_PAGES} pages of the "
        f"briefing before issue 13): {'met' if result['met'] else 'missed'}"
        if baseline
        else f"the {BASELINE_PAGES}-page baseline is for --first {BASELINE_CLUSTERS}; "
        "--compare an older briefing of this corpus for its target"
    )
    print(
        f"briefing of {result['corpus']} ({where}, {events} events): {result['pages']} pages "
        f"printed by Chromium (A4); {verdict}"
    )
    for other, pages in result["compared"].items():
        share = result["pages"] / pages if pages else float("inf")
        verdict = "met" if 3 * result["pages"] <= pages else "missed"
        print(
            f"{other}: {pages} pages; this briefing prints {share:.0%} of that "
            f"(target at most a third): {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
