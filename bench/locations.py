"""How well does fogofwar find where an event happened?

    python bench/locations.py [GOLD.json ...] [--verbose]

Runs the real pipeline (`fogofwar.pipeline.process`) on the gold articles in a temporary
database and reads back each article's `Analysis.places`. Then it reports:

(a) recall of the gold `locations` among the analysis' places (case- and
    accent-insensitive: `fogofwar.places.place_key`);
(b) recall of the gold locations the gazetteer resolves (`find_place` with the gold
    event's countries): any reading, and a reading in one of those countries;
(c) per event: `locate(places, countries=...)` over the event's articles (places and
    countries merged most frequent first, as `Event.places` is) lands in one of the gold
    event's `country_codes`, and on one of its gold locations (same name key, or within
    25 km of one the gazetteer resolves). Done for the gold grouping of articles, so that
    the figure measures the gazetteer and not the clustering, and for fogofwar's own events.

Gold files default to ../shared/corpus/dev/*.json.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from setup_path import GOLD, import_fogofwar

NEAR_KM = 25.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold event files")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per miss")
    options = parser.parse_args(argv)
    import_fogofwar()
    paths = options.gold or sorted(GOLD.glob("*.json"))
    if not paths:
        print(f"no gold files (looked in {GOLD})", file=sys.stderr)
        return 1
    events = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    analyses, predicted_events = _run_pipeline(events)
    return _report(events, analyses, predicted_events, verbose=options.verbose)


def _run_pipeline(events: list[dict[str, Any]]) -> tuple[dict[str, Any], list[Any]]:
    """doc_id -> Analysis, and fogofwar's events with doc_ids for article ids."""
    from fogofwar.evaluate import write_gold_input
    from fogofwar.pipeline import process
    from fogofwar.store import Store

    with tempfile.TemporaryDirectory(prefix="fogofwar-locations-") as tmp:
        corpus = write_gold_input(events, Path(tmp) / "gold.jsonl")
        db = Path(tmp) / "locations.db"
        process([corpus], db_path=db)
        with Store.open(db) as store:
            doc_of = {a.id: a.external_id or a.id for a in store.articles()}
            analyses = {doc_of[a.article_id]: a for a in store.analyses()}
            grouped = [(e, tuple(doc_of.get(i, i) for i in e.article_ids)) for e in store.events()]
    return analyses, grouped


def _report(
    events: list[dict[str, Any]],
    analyses: dict[str, Any],
    predicted: list[Any],
    *,
    verbose: bool,
) -> int:
    from fogofwar.places import find_place, place_key

    found = total = resolved = resolved_inside = 0
    for event in events:
        codes = [c.upper() for c in event.get("country_codes", [])]
        for article in event.get("articles", []):
            gold = article.get("locations") or []
            analysis = analyses.get(article["doc_id"])
            keys = {place_key(p) for p in (analysis.places if analysis else ())}
            for name in gold:
                total += 1
                hit = place_key(name) in keys
                found += hit
                readings = find_place(name, countries=codes)
                resolved += bool(readings)
                resolved_inside += bool(readings) and readings[0].country in codes
                if verbose and not hit:
                    print(f"  (a) miss {article['doc_id']}: {name!r} not in places")
                if verbose and not readings:
                    print(f"  (b) miss {article['doc_id']}: {name!r} not in the gazetteer")
    print(f"(a) gold locations among analysis places: {_share(found, total)}")
    print(f"(b) gold locations the gazetteer resolves: {_share(resolved, total)}")
    print(f"    ... to a place in the gold event's countries: {_share(resolved_inside, total)}")

    gold_of = {a["doc_id"]: e for e in events for a in e.get("articles", [])}
    rows = [(e["event_id"], e, [a["doc_id"] for a in e.get("articles", [])]) for e in events]
    in_country, on_place = _score_events(rows, analyses, verbose=verbose, label="gold")
    print(f"(c) gold grouping, {len(rows)} events: locate() lands in a gold country")
    print(f"    {_share(in_country, len(rows))}, on a gold location {_share(on_place, len(rows))}")
    own = []
    for event, doc_ids in predicted:
        majority = Counter(gold_of[d]["event_id"] for d in doc_ids if d in gold_of)
        if majority:
            gold_event = next(e for e in events if e["event_id"] == majority.most_common(1)[0][0])
            own.append((event.id[:8], gold_event, list(doc_ids)))
    in_country, on_place = _score_events(own, analyses, verbose=verbose, label="own")
    print(f"    fogofwar's own {len(own)} events: in a gold country")
    print(f"    {_share(in_country, len(own))}, on a gold location {_share(on_place, len(own))}")
    return 0


def _score_events(
    rows: list[tuple[str, dict[str, Any], list[str]]],
    analyses: dict[str, Any],
    *,
    verbose: bool,
    label: str,
) -> tuple[int, int]:
    from fogofwar.places import find_place, locate, place_key

    in_country = on_place = 0
    for name, gold, doc_ids in rows:
        members = [analyses[d] for d in doc_ids if d in analyses]
        places = _by_frequency(a.places for a in members)
        countries = _by_frequency(a.countries for a in members)
        where = locate(places, countries=countries)
        codes = {c.upper() for c in gold.get("country_codes", [])}
        locations = {n for a in gold.get("articles", []) for n in a.get("locations") or []}
        inside = where.country in codes
        on = place_key(where.name) in {place_key(n) for n in locations}
        if not on and where.latitude is not None and where.longitude is not None:
            for n in locations:
                for c in find_place(n, countries=sorted(codes))[:1]:
                    if c.latitude is not None and c.longitude is not None:
                        km = _km(where.latitude, where.longitude, c.latitude, c.longitude)
                        on = on or km <= NEAR_KM
        in_country += inside
        on_place += on
        if verbose:
            mark = ("country" if inside else "COUNTRY?") + (" place" if on else " PLACE?")
            print(
                f"  (c) {label} {name}: {where.name} {where.country} "
                f"geo={where.geo_precision} where={where.where_prec} [{mark}] "
                f"countries={countries[:3]} places={places[:6]} reason={where.reason!r}"
            )
    return in_country, on_place


def _by_frequency(lists: Any) -> list[str]:
    counts: Counter[str] = Counter()
    for values in lists:
        counts.update(values)
    return [v for v, _ in counts.most_common()]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _share(n: int, total: int) -> str:
    return f"{n}/{total} = {n / total:.3f}" if total else "0/0"


if __name__ == "__main__":
    raise SystemExit(main())
