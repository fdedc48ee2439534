"""A benchmark corpus with the shape of real news: real reports, rewritten, at run time.

A corpus of a few sentence templates is easy on a parser (issue 15 measured fogofwar
against spaCy at 1.05 on templates and 1.3 on real reports). So the benchmark builds its
N articles from the real reports of `../shared/corpus/dev` (not `check`: those stay
unseen), each taken in turn and changed so that no two are the same text:

- every figure written in digits gets other digits of the same length;
- each place the gold file names as where it happened gets an invented name, the same
  one throughout the article (and its title);
- the publication date is set (a feed dates every item; 44% of the dev reports have
  none) and moves: the k-th pass over the sources is 30 days after the one before (plus
  0 to 2 days), so each pass is a new set of incidents.

Nothing from `../shared` is written into the repository; the corpus exists only where
the benchmark writes it. When `../shared` is absent, `bench/templates.py` stands in and
the report says so.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

from setup_path import GOLD

SYLLABLES = ("ka", "ro", "vi", "ta", "lo", "mi", "za", "ne", "du", "shi", "pa", "re", "go", "an")
_DIGITS = re.compile(r"\d+")
_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$|^\s*(?:Jan|Feb|Mar"
    r"|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def gold_articles(folder: Path = GOLD) -> list[dict[str, Any]]:
    """The dev corpus's articles (text, title, outlet, places), in a stable order."""
    articles = []
    for path in sorted(folder.glob("*.json")):
        articles += json.loads(path.read_text(encoding="utf-8"))["articles"]
    return [a for a in articles if a.get("text")]


def _invented_place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()


def _new_digits(rng: random.Random, match: re.Match[str]) -> str:
    digits = match.group()
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return digits  # a year stays a year
    text, start, end = match.string, match.start(), match.end()
    if _MONTH.search(text[max(0, start - 12) : start]) or _MONTH.search(text[end : end + 12]):
        return digits  # a day of a month stays that day
    first = str(rng.randint(1, 9)) if len(digits) > 1 or digits != "0" else "0"
    return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])


def rewrite(article: dict[str, Any], rng: random.Random) -> tuple[str, str | None]:
    """An article's text and title with other figures and invented places."""
    text, title = article["text"], article.get("title")
    places = sorted(set(article.get("locations") or ()), key=len, reverse=True)
    for place in places:
        if len(place) < 3:
            continue
        invented = _invented_place(rng)
        pattern = re.compile(rf"\b{re.escape(place)}\b")
        text = pattern.sub(invented, text)
        title = pattern.sub(invented, title) if title else title
    text = _DIGITS.sub(lambda m: _new_digits(rng, m), text)
    title = _DIGITS.sub(lambda m: _new_digits(rng, m), title) if title else title
    return text, title


#: Days between two passes over the source reports: more than grouping's window.
SEASON_DAYS = 30


def generate_realistic(n: int, *, seed: int = 0) -> list[dict[str, str]]:
    """`n` rewritten real reports as JSONL records (`id, title, outlet, published, text`)."""
    sources = gold_articles()
    if not sources:
        raise FileNotFoundError(f"no gold articles in {GOLD}")
    rng = random.Random(seed)
    start = dt.date(2031, 1, 1)
    records = []
    for k in range(n):
        source = sources[k % len(sources)]
        text, title = rewrite(source, rng)
        # each pass over the sources is another season, so a report's rewritten copies
        # are other incidents, not one event of dozens of reports
        season = (k // len(sources)) * SEASON_DAYS
        published = start + dt.timedelta(days=season + rng.randint(0, 2))
        record = {"id": f"bench-{k:06d}", "text": text}
        if title:
            record["title"] = title
        if source.get("outlet"):
            record["outlet"] = source["outlet"]
        record["published"] = published.isoformat()  # a feed dates every item
        records.append(record)
    return records
