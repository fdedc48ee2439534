"""What storing, grouping and reconciling cost as the corpus grows (no parsing).

    python bench/grouping.py [--sizes 1000 10000 100000] [--per-day 200] [--json]

For each size, a fresh subprocess generates that many `Analysis` records (with short
invented article texts and a few claims each: what the map step would have returned) and
stores them (`Store.save_analysed`, a batch of 32 per transaction); then another fresh
subprocess, holding no texts as a driver does not, does what `pipeline.process` does at
the end of a run: `regrouping.regroup_store` reads the stored analyses a few days at a
time, groups them (events, wire copies, dates, places, estimates) and saves the events.
That regroup is timed; the peak RSS reported is the grouping process's (the storing
one's, which holds the generated records, in parentheses). A third process adds a day of
articles and times the regroup a run does for them. Articles come `--per-day` a day
(50: the corpus of a longer season is more days, not more articles a day; even 1,000
articles span more than the 10-day grouping window), about 5% undated, in incidents of
1 to 6 reports with wire copies among them. Targets (issue 15): grouping seconds per
article flat within 2x from 1k to 100k; peak RSS at 100k within 25% of the 1k run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from setup_path import import_fogofwar  # noqa: E402

COUNTRIES = ("AM", "AZ", "KG", "TJ", "IN", "PK", "ET", "SD", "ML", "NE", "CO", "VE", "TH")
COUNTRIES += ("KH", "GE", "KE", "SO", "NG", "UA", "RU", "SY", "YE", "AF", "MM", "CD", "BF")
WIRES = ("Associated Press", "Reuters", "AFP", None, None, None)
FATES = ("killed", "wounded", "captured", "missing")
STATUSES = ("military", "civilian", "unknown")
SYLLABLES = ("ka", "ro", "vi", "ta", "lo", "mi", "za", "ne", "du", "shi", "pa", "re", "go")


def _name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).title()


def generate(n: int, *, per_day: int, seed: int = 0) -> list[tuple[Any, Any]]:
    """`n` (Article, Analysis) pairs: incidents of 1-6 reports, some of them wire copies."""
    import_fogofwar()
    from fogofwar.records import Analysis, Article, Claim, Span

    rng = random.Random(seed)
    common = [f"word{k}" for k in range(3000)]  # the language's everyday words
    weights = [1 / (k + 1) for k in range(len(common))]
    start = dt.date(2030, 1, 1)
    pairs: list[tuple[Any, Any]] = []
    incident = 0
    while len(pairs) < n:
        incident += 1
        day = start + dt.timedelta(days=len(pairs) // per_day)
        country = rng.choice(COUNTRIES)
        places = (_name(rng), _name(rng, 2))
        actor = f"{_name(rng)} Front"
        own = [f"{_name(rng, 4).lower()}" for _ in range(12)]  # the incident's rare words
        story = set(rng.choices(common, weights=weights, k=45)) | set(own)
        figures = [(rng.choice(FATES), rng.randint(1, 60)) for _ in range(rng.randint(1, 4))]
        wire = rng.choice(WIRES)
        for report in range(rng.randint(1, 6)):
            if len(pairs) >= n:
                break
            article_id = f"{incident:07d}-{report}"
            copy = wire is not None and report > 0 and rng.random() < 0.5
            pool = sorted(story)
            words = set(pool) if copy else set(rng.sample(pool, min(35, len(pool))))
            words |= set(rng.choices(common, weights=weights, k=3 if copy else 20))
            undated = rng.random() < 0.05
            published = None if undated else day + dt.timedelta(days=rng.randint(0, 2))
            text = (
                f"{places[0]}, {country} — Fighting near {places[0]} and {places[1]} "
                f"involving the {actor}. " + " ".join(sorted(words)) + "."
            )
            claims = tuple(
                Claim(
                    id=f"{article_id}-{k}",
                    article_id=article_id,
                    evidence=Span(start=0, end=min(40, len(text))),
                    category=fate,
                    count=count,
                    party=country,
                    status=rng.choice(STATUSES),
                    claimant=f"{country} ministry",
                    claimant_side=country,
                )
                for k, (fate, count) in enumerate(figures)
            )
            outlet = f"Outlet {rng.randint(1, 80)}"
            article = Article(
                id=article_id,
                text=text,
                location=f"generated:{len(pairs) + 1}",
                title=f"Clash near {places[0]}",
                outlet=outlet,
                wire=wire if copy or report == 0 else None,
                published=published,
            )
            analysis = Analysis(
                article_id=article_id,
                outlet=outlet,
                wire=article.wire,
                published=published,
                title=article.title,
                fingerprint=frozenset(words),
                countries=(country,),
                places=places,
                actors=(actor,),
                claims=claims,
                text_date=None,
                written_after=None,
            )
            pairs.append((article, analysis))
    return pairs


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_generated(n: int, *, per_day: int, db_path: Path) -> dict[str, Any]:
    """Phase 1, in its own process: generate `n` analyses and store them in batches."""
    import_fogofwar()
    from fogofwar.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    pairs = generate(n, per_day=per_day)
    seconds = {"generate": time.perf_counter() - started}
    with Store.open(db_path) as store:
        started = time.perf_counter()
        for k in range(0, len(pairs), 32):
            with store.batch():
                for article, analysis in pairs[k : k + 32]:
                    store.save_analysed(article, analysis)
        seconds["store"] = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": _peak_rss_mib()}


def group_stored(db_path: Path) -> dict[str, Any]:
    """Phase 2, in a fresh process (a driver holds no texts): what the end of
    `pipeline.process` does on a database none of whose articles are grouped yet:
    `regrouping.regroup_store` reads the stored analyses a few days at a time, groups
    them (events, wire copies, dates, places, estimates) and saves the events."""
    import_fogofwar()
    from fogofwar.regrouping import regroup_store
    from fogofwar.settings import Settings
    from fogofwar.store import Store

    seconds: dict[str, float] = {}
    with Store.open(db_path) as store:
        n = store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        started, cpu = time.perf_counter(), time.process_time()
        grouped = regroup_store(store, settings=Settings())
        seconds["group"] = time.perf_counter() - started
        seconds["group_cpu"] = time.process_time() - cpu
        copies = store.db.execute(
            "SELECT COUNT(*) FROM event_articles WHERE copy_of IS NOT NULL"
        ).fetchone()[0]
    return {
        "articles": n,
        "seconds": seconds,
        "group_ms_per_article": 1000 * seconds["group"] / n,
        "group_cpu_ms_per_article": 1000 * seconds["group_cpu"] / n,
        "events": grouped.events,
        "copies": copies,
        "peak_rss_mib": _peak_rss_mib(),
    }


def add_day(n: int, *, per_day: int, db_path: Path) -> dict[str, Any]:
    """Phase 3, in a fresh process: a day of new articles arrives (the next `per_day`
    the generator makes after the `n` stored) and a run regroups what they change."""
    import_fogofwar()
    from fogofwar.regrouping import regroup_store
    from fogofwar.settings import Settings
    from fogofwar.store import Store

    new = generate(n + per_day, per_day=per_day)[n:]
    with Store.open(db_path) as store:
        with store.batch():
            for article, analysis in new:
                store.save_analysed(article, analysis)
        started, cpu = time.perf_counter(), time.process_time()
        grouped = regroup_store(store, settings=Settings())
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "rewritten": grouped.rewritten}


def _child_json(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {last}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _measure(n: int, *, per_day: int, out: Path) -> dict[str, Any]:
    db = out / f"g{n}.db"
    stored = _child_json(["--store", str(n), "--per-day", str(per_day), "--db", str(db)])
    if "error" in stored:
        return {"articles": n, **stored}
    grouped = _child_json(["--group", "--db", str(db)])
    if "error" in grouped:
        return {"articles": n, **grouped}
    grouped["seconds"].update(stored["seconds"])
    grouped["store_peak_rss_mib"] = stored["peak_rss_mib"]
    added = _child_json(["--add", str(n), "--per-day", str(per_day), "--db", str(db)])
    if "error" in added:
        return {"articles": n, **added}
    grouped["seconds"]["add_day"] = added["seconds"]
    grouped["seconds"]["add_day_cpu"] = added["cpu"]
    grouped["add_day_rewritten"] = added["rewritten"]
    return grouped


def print_human(results: list[dict[str, Any]]) -> None:
    print(
        "| articles | store s | regroup s (read, group, save) | regroup ms/article (CPU) "
        "| events | peak RSS MiB: grouping (storing) | a day more: regroup s (events rewritten) |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        if "error" in r:
            print(f"| {r['articles']:,} | failed: {r['error']} |")
            continue
        s = r["seconds"]
        print(
            f"| {r['articles']:,} | {s['store']:.1f} | {s['group']:.1f} "
            f"| {r['group_ms_per_article']:.2f} ({r['group_cpu_ms_per_article']:.2f}) "
            f"| {r['events']:,} | {r['peak_rss_mib']:.0f} ({r['store_peak_rss_mib']:.0f}) "
            f"| {s['add_day']:.2f} ({r['add_day_rewritten']}) |"
        )
    ok = [r for r in results if "error" not in r]
    if len(ok) >= 2:
        first, last = ok[0], ok[-1]
        growth = last["group_cpu_ms_per_article"] / first["group_cpu_ms_per_article"]
        rss = last["peak_rss_mib"] / first["peak_rss_mib"]
        print(
            f"group CPU time per article, {last['articles']:,} / {first['articles']:,}: "
            f"x{growth:.2f} (target <= 2: {'met' if growth <= 2 else 'NOT met'}); "
            f"peak RSS x{rss:.2f} (target <= 1.25: {'met' if rss <= 1.25 else 'NOT met'})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--per-day", type=int, default=50, help="articles a day (50)")
    parser.add_argument("--out", type=Path, help="directory for the databases")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--store", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--group", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--add", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.store:
        print(json.dumps(store_generated(args.store, per_day=args.per_day, db_path=args.db)))
        return 0
    if args.group:
        print(json.dumps(group_stored(args.db)))
        return 0
    if args.add:
        print(json.dumps(add_day(args.add, per_day=args.per_day, db_path=args.db)))
        return 0
    with tempfile.TemporaryDirectory(prefix="fogofwar-grouping-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        results = [_measure(n, per_day=args.per_day, out=out) for n in args.sizes]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_human(results)
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
