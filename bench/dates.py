"""How often does fogofwar read the incident's date right?

    python bench/dates.py [GOLD.json ...] [--verbose] [--no-doc]

For each gold article with a publication date, cleans its text as the pipeline does,
parses it with `fogofwar.extract.nlp.parse`, runs `fogofwar.dates.incident_date`, and compares the
result with the gold event's start..end: the share that overlaps it and the share whose
start is exactly the gold start. Then, per event, `event_date` over all its articles
against the gold start and end. Gold files default to ../shared/corpus/dev/*.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from setup_path import GOLD, import_fogofwar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold event files")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per article")
    parser.add_argument(
        "--no-doc", action="store_true", help="do not parse; sentences from the regex splitter"
    )
    options = parser.parse_args(argv)
    paths = options.gold or sorted(GOLD.glob("*.json"))
    if not paths:
        print(f"no gold files (looked in {GOLD})", file=sys.stderr)
        return 1

    import_fogofwar()
    from fogofwar.clean import clean
    from fogofwar.dates import event_date, incident_date
    from fogofwar.extract.nlp import parse
    from fogofwar.records import Article, RawDocument

    scored = overlap = exact = 0
    event_lines = []
    for path in paths:
        event = json.loads(path.read_text(encoding="utf-8"))
        gold_start = dt.date.fromisoformat(event["start"])
        gold_end = dt.date.fromisoformat(event["end"])
        dates, published = [], []
        for item in event["articles"]:
            article = clean(
                RawDocument(
                    location=item["doc_id"],
                    text=item["text"],
                    published=item.get("published"),
                    title=item.get("title"),
                ),
            )
            if not isinstance(article, Article):
                continue
            doc = None if options.no_doc else parse(article.text)
            found = incident_date(article.text, published=article.published, doc=doc)
            dates.append(found)
            published.append(article.published)
            if item.get("published") is None:
                continue
            scored += 1
            hit = found is not None and found.start <= gold_end and found.end >= gold_start
            overlap += hit
            exact += found is not None and found.start == gold_start
            if options.verbose:
                got = f"{found.start}..{found.end} ({found.reason})" if found else "none"
                mark = "ok " if hit else "MISS"
                print(f"{mark} {item['doc_id']} pub {item['published']}: {got}")
        combined = event_date(dates, published=published)
        got = f"{combined.start}..{combined.end}" if combined else "none"
        verdict = (
            "exact"
            if combined and (combined.start, combined.end) == (gold_start, gold_end)
            else "start"
            if combined and combined.start == gold_start
            else "overlap"
            if combined and combined.start <= gold_end and combined.end >= gold_start
            else "miss"
        )
        event_lines.append(
            f"  {event['event_id']:<14} gold {gold_start}..{gold_end}  event_date {got}  {verdict}"
        )

    print(f"articles with a publication date: {scored}")
    if scored:
        print(
            f"  incident date overlaps the gold event span: {overlap}/{scored} = {overlap / scored:.0%}"
        )
        print(
            f"  incident start equals the gold start:       {exact}/{scored} = {exact / scored:.0%}"
        )
    print("events:")
    print("\n".join(event_lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
