"""How fast does `fogofwar serve` answer? Requests/s and latency for the events index and
event pages on a database of generated events (default 10,000).

    python bench/serve.py [--events N] [--requests R] [--concurrency C] [--out DIR] [--json]

1. Writes an invented database (no spaCy: articles, claims, events and estimates are made
   directly, then reconciled with the real `reconcile`), unless `--out DIR` already holds
   one for the same N.
2. Starts `fogofwar serve` on 127.0.0.1 in a subprocess (a free port; loopback only) and
   times its first index request, which builds the catalog of every event.
3. For each scenario, sends R requests (default 3,000) over C keep-alive connections
   (default 8) from a small asyncio HTTP/1.1 client in this process, after a warm-up of
   200 requests, and reports requests/s and the p50/p99/max latency. Every request and
   every scenario is bounded (a 10 s timeout each, 120 s for the first; 120 s at most
   per scenario); the
   server is stopped at the end.

Scenarios: the index's first page; the index filtered by a country and sorted by
fatalities; event pages over 100 events (kept in the page cache); event pages over 2,000
different events (most built on request). Load generator and server share this machine's
cores, so the figures are what one 2-core machine does with both.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_RPS, TARGET_P99_MS = 500, 50.0
TIMEOUT_S, SCENARIO_CAP_S = 10.0, 120.0

sys.path.insert(0, str(HERE))
from setup_path import import_fogofwar  # noqa: E402

COUNTRIES = ["KG", "KZ", "TJ", "AM", "AZ", "SO", "ML", "NE", "BF", "SD", "CD", "MM"]
NAMES = {
    "KG": "Kyrgyzstan", "KZ": "Kazakhstan", "TJ": "Tajikistan", "AM": "Armenia",
    "AZ": "Azerbaijan", "SO": "Somalia", "ML": "Mali", "NE": "Niger", "BF": "Burkina Faso",
    "SD": "Sudan", "CD": "DR Congo", "MM": "Myanmar",
}  # fmt: skip


def build_database(path: Path, *, events: int, seed: int = 0) -> None:
    """N invented two-article events in 12 countries, each with three claims."""
    import_fogofwar()
    from fogofwar.reconcile import estimate_events
    from fogofwar.records import Analysis, Article, Claim, Event, Location, Span
    from fogofwar.store import Store

    rng = random.Random(seed)
    start = dt.date(2030, 1, 1)
    # Words of an invented language, so that reports differ as real ones do: each
    # event's two reports share half of their 40 distinctive words, other events few
    # (a word is in about four reports of 20,000, as a rare word of the news is).
    vocabulary = ["".join(rng.choice("bdgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
                  for _ in range(200_000)]  # fmt: skip
    event_rows, analyses = [], []
    with Store.open(path) as store:
        # A throw-away file: no fsync per article (the store commits each one).
        store.db.execute("PRAGMA synchronous = OFF")
        for n in range(events):
            country = COUNTRIES[n % len(COUNTRIES)]
            enemy = COUNTRIES[(n + 5) % len(COUNTRIES)]
            day = start + dt.timedelta(days=rng.randrange(1500))
            village = f"Village{n}"
            ids = []
            shared = rng.sample(vocabulary, 20)
            for k in range(2):
                words = " ".join(shared + rng.sample(vocabulary, 20))
                text = (
                    f"Clashes near {village} killed {rng.randint(1, 40)} soldiers, the "
                    f"{NAMES[country]} defence ministry said. The {NAMES[enemy]} army said at "
                    f"least {rng.randint(1, 60)} soldiers died. Another {rng.randint(1, 30)} "
                    f"civilians were wounded, a doctor said. Also: {words}."
                )
                article = Article(
                    id=f"a{n}-{k}", text=text, location=f"gen/{n}-{k}.txt",
                    outlet=f"Outlet {k}", published=day + dt.timedelta(days=k),
                    title=f"Fighting near {village}",
                )  # fmt: skip
                sentences = [s + "." for s in text.split(". ")[:3]]
                claims = []
                for j, (sentence, party, claimant, side, status, category) in enumerate(
                    [
                        (sentences[0], country, f"{NAMES[country]} Ministry of Defence",
                         country, "military", "killed"),
                        (sentences[1], country, f"{NAMES[enemy]} army", enemy, "military",
                         "killed"),
                        (sentences[2], country, "a doctor", "third_party", "civilian",
                         "wounded"),
                    ]
                ):  # fmt: skip
                    at = text.index(sentence.rstrip("."))
                    count = int(next(w for w in sentence.split() if w.isdigit()))
                    claims.append(
                        Claim(
                            id=f"c{n}-{k}-{j}", article_id=article.id,
                            evidence=Span(start=at, end=at + len(sentence) - 1),
                            category=category, count=count, party=party, status=status,
                            claimant=claimant, claimant_side=side,
                            qualifier="at_least" if j == 1 else "exact",
                        )
                    )  # fmt: skip
                analysis = Analysis(
                    article_id=article.id, outlet=article.outlet, wire=None,
                    published=article.published, title=article.title, claims=tuple(claims),
                    countries=(country, enemy), places=(village,),
                    fingerprint=frozenset(text.lower().split()),
                )  # fmt: skip
                store.save_analysed(article, analysis)
                analyses.append(analysis)
                ids.append(article.id)
            event_rows.append(
                Event(
                    id=event_id(n), title=f"Fighting near {village}", start=day,
                    end=day + dt.timedelta(days=1), article_ids=tuple(ids),
                    countries=(country, enemy), places=(village,),
                    actors=(NAMES[country], NAMES[enemy]),
                    location=Location(
                        name=village, latitude=rng.uniform(-10, 50),
                        longitude=rng.uniform(-10, 100), country=country, geo_precision=1,
                    ),
                )
            )  # fmt: skip
        store.replace_events(event_rows, estimate_events(event_rows, analyses))
        now = dt.datetime.now(dt.UTC)
        store.record_run(now, finished=now, read=2 * events, rejected=0, skipped=0)


def event_id(n: int) -> str:
    """Hex, like the content-hash ids of real events (exports number events from them)."""
    return f"{n * 2654435761 % 2**64:016x}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _fetch(
    reader: Any, writer: Any, path: str, *, timeout: float = TIMEOUT_S
) -> tuple[int, float]:
    """One GET over a kept-alive connection: (status, seconds)."""
    began = time.perf_counter()
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (
            int(v)
            for k, _, v in (h.partition(":") for h in lines[1:])
            if k.lower() == "content-length"
        ),
        None,
    )
    if length is None:  # chunked
        while True:
            size = int((await asyncio.wait_for(reader.readline(), TIMEOUT_S)).strip(), 16)
            await asyncio.wait_for(reader.readexactly(size + 2), TIMEOUT_S)
            if size == 0:
                break
    else:
        await asyncio.wait_for(reader.readexactly(length), TIMEOUT_S)
    return status, time.perf_counter() - began


async def load(
    port: int, paths: list[str], *, concurrency: int, timeout: float = TIMEOUT_S
) -> dict[str, Any]:
    """Send every path once over `concurrency` connections; latency per request."""
    queue = list(reversed(paths))
    latencies: list[float] = []
    failures = 0
    deadline = time.monotonic() + SCENARIO_CAP_S

    async def worker() -> None:
        nonlocal failures
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue and time.monotonic() < deadline:
                status, seconds = await _fetch(reader, writer, queue.pop(), timeout=timeout)
                latencies.append(seconds)
                failures += status != 200
        finally:
            writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "failures": failures,
        "seconds": round(elapsed, 2),
        "rps": round(len(ordered) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--out", type=Path, help="keep the database here (reused when present)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="fogofwar-serve-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"bench-{args.events}.db"
    figures: dict[str, Any] = {"events": args.events, "concurrency": args.concurrency}
    if not db.exists():
        began = time.perf_counter()
        build_database(db, events=args.events)
        figures["build_db_s"] = round(time.perf_counter() - began, 1)
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "fogofwar", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    server.kill()
                    said = server.communicate()[0].decode("utf-8", "replace").strip()
                    raise RuntimeError(f"the server did not start: {said}") from None
                time.sleep(0.1)
        began = time.perf_counter()
        first = asyncio.run(load(port, ["/fogofwar"], concurrency=1, timeout=SCENARIO_CAP_S))
        figures["first_index_s"] = round(time.perf_counter() - began, 2)
        assert first["failures"] == 0, "the first index request failed"
        ids = [event_id(n) for n in range(args.events)]
        rng = random.Random(1)
        hot = rng.sample(ids, min(100, len(ids)))
        many = rng.sample(ids, min(2000, len(ids)))
        n = args.requests
        scenarios = {
            "index": ["/fogofwar"] * n,
            "index_filtered": ["/fogofwar?country=KG&sort=-fatalities"] * n,
            "event_hot_100": [f"/fogofwar/event/{hot[k % len(hot)]}" for k in range(n)],
            "event_2000": [f"/fogofwar/event/{many[k % len(many)]}" for k in range(n)],
        }
        results = {}
        for name, paths in scenarios.items():
            asyncio.run(load(port, paths[:200], concurrency=args.concurrency))  # warm-up
            results[name] = asyncio.run(load(port, paths, concurrency=args.concurrency))
        figures["scenarios"] = results
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(
            f"{args.events} events; database built in {figures.get('build_db_s', 'reused')} s; "
            f"first index request (builds the catalog) {figures['first_index_s']} s"
        )
        for name, r in figures["scenarios"].items():
            met = r["rps"] >= TARGET_RPS and r["p99_ms"] <= TARGET_P99_MS
            print(
                f"{name:15} {r['rps']:7.1f} req/s  p50 {r['p50_ms']:6.1f} ms  "
                f"p99 {r['p99_ms']:6.1f} ms  max {r['max_ms']:6.1f} ms  "
                f"({r['requests']} requests, {r['failures']} failed, c={args.concurrency}) "
                f"{'meets' if met else 'misses'} >= {TARGET_RPS} req/s, p99 <= {TARGET_P99_MS:g} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
