"""Invented clash reports for the benchmark, built from sentence templates.

The corpus only has to look like conflict news to spaCy and to fogofwar's extractors:
datelines, wire credits, casualty figures with qualifiers and number words, claims by one
side about the other, revisions, totals, background tolls and filler. Every place,
outlet and figure is random; a seeded `random.Random` makes it reproducible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

# (short name, demonym, capital)
COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Mali", "Malian", "Bamako"),
    ("Niger", "Nigerien", "Niamey"),
    ("Colombia", "Colombian", "Bogota"),
    ("Venezuela", "Venezuelan", "Caracas"),
    ("Thailand", "Thai", "Bangkok"),
    ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Kenya", "Kenyan", "Nairobi"),
)

OUTLETS: tuple[str, ...] = (
    "Valley Herald",
    "Steppe Chronicle",
    "Frontier Review",
    "Continental Monitor",
    "Northern Ledger",
    "Caspian Daily Post",
    "Evening Courier",
    "Highland Times",
    "Riverside Gazette",
    "Plateau Observer",
    "Coastal Tribune",
    "Morning Dispatch",
)
WIRES: tuple[tuple[str, str], ...] = (
    ("Inland Asia Press", "IAP"),
    ("Steppe Wire Service", "SWS"),
    ("Global Newswire", "GNW"),
    ("Meridian Press Agency", "MPA"),
)

_HEADS = ("Kara", "Ak", "Tash", "Sary", "Nov", "Vel", "Dor", "Mir", "Bel", "Kum", "Ost", "Zar")
_TAILS = ("-Bulak", "-Sai", "ovo", "abad", "pur", "gorsk", "-Tepe", "ino", "kent", "-Jar")
_NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "a dozen",
    20: "twenty",
}

_VERBS = ("said", "said on {weekday}", "reported", "announced", "claimed", "told reporters")
_QUALIFIERS = ("", "", "", "at least ", "up to ", "about ", "more than ", "nearly ")
_MILITARY = ("soldiers", "servicemen", "border guards", "troops", "fighters", "police officers")
_CIVILIAN = ("civilians", "villagers", "residents", "people", "farmers")
_OUTCOMES = (
    "were killed",
    "died",
    "were wounded",
    "were injured",
    "were taken prisoner",
    "were captured",
    "are missing",
    "were killed or wounded",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Event:
    """The random facts that every article about one invented clash shares."""

    side_a: tuple[str, str, str]
    side_b: tuple[str, str, str]
    places: tuple[str, str]
    region: str
    day: dt.date
    killed_a: int
    killed_b: int
    wounded_a: int
    wounded_b: int
    civilians: int


def _place(rng: random.Random) -> str:
    return rng.choice(_HEADS) + rng.choice(_TAILS)


def _number(rng: random.Random, n: int) -> str:
    """A figure as digits or, sometimes, as words."""
    if n in _NUMBER_WORDS and rng.random() < 0.4:
        return _NUMBER_WORDS[n]
    return f"{n:,}"


def _claimant(rng: random.Random, side: tuple[str, str, str]) -> str:
    name, demonym, capital = side
    return rng.choice(
        (
            f"{name}'s Ministry of Defence",
            f"the Ministry of Defence of {name}",
            f"the {demonym} defence ministry",
            f"the {demonym} border service",
            capital,
            f"{name}'s health ministry",
            f"a spokesman for the {demonym} army",
        )
    )


def _event(rng: random.Random) -> _Event:
    side_a, side_b = rng.sample(COUNTRIES, 2)
    return _Event(
        side_a=side_a,
        side_b=side_b,
        places=(_place(rng), _place(rng)),
        region=_place(rng) + " Region",
        day=dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(3000)),
        killed_a=rng.randint(0, 40),
        killed_b=rng.randint(0, 40),
        wounded_a=rng.randint(0, 90),
        wounded_b=rng.randint(0, 90),
        civilians=rng.randint(0, 15),
    )


_KINDS = 14


def _sentence(rng: random.Random, ev: _Event, published: dt.date, *, kind: int) -> str:
    """One sentence of the given kind: a figure, a counter-claim, a quote, context."""
    a, b = rng.sample((ev.side_a, ev.side_b), 2)
    weekday = ev.day.strftime("%A")
    verb = rng.choice(_VERBS).format(weekday=weekday)
    n = rng.randint(1, 60)
    if kind <= 2:
        group = rng.choice(_MILITARY if kind else _CIVILIAN)
        qual = rng.choice(_QUALIFIERS)
        who = _claimant(rng, a)
        return (
            f"{who[0].upper()}{who[1:]} {verb} that "
            f"{qual}{_number(rng, n)} {a[1]} {group} {rng.choice(_OUTCOMES)} "
            f"near {ev.places[0]}."
        )
    if kind == 3:
        return (
            f"{a[2]} claims that {rng.choice(_QUALIFIERS)}{_number(rng, n)} {b[1]} "
            f"{rng.choice(_MILITARY)} {rng.choice(_OUTCOMES)}, a figure that could not be "
            "independently verified."
        )
    if kind == 4:
        total = ev.killed_a + ev.killed_b + ev.civilians
        return (
            f"At least {_number(rng, max(total, 1))} people were killed on both sides, "
            f"and {_number(rng, ev.wounded_a + ev.wounded_b)} were wounded, according to "
            "officials."
        )
    if kind == 5:
        old = max(n // 2, 1)
        return (
            f"The {a[1]} defence ministry later raised its toll to {_number(rng, n)} dead, "
            f"up from {_number(rng, old)} reported a day earlier, and said "
            f"{_number(rng, rng.randint(1, 9))} more were missing."
        )
    if kind == 6:
        year = ev.day.year - rng.randint(2, 30)
        return (
            f"In {year}, a similar dispute over {ev.places[1]} left "
            f"{_number(rng, rng.randint(2, 500))} people dead and "
            f"{_number(rng, rng.randint(2, 900))} injured."
        )
    if kind == 7:
        return (
            f'"Our forces returned fire and hold every position," {_claimant(rng, a)} '
            f"{verb}, accusing {b[0]} of starting the fighting on {weekday}."
        )
    if kind == 8:
        return (
            f"About {_number(rng, rng.randint(100, 20000))} residents of {ev.places[0]} and "
            f"nearby villages in {ev.region} were evacuated, local officials said, and "
            "schools were closed until further notice."
        )
    if kind == 10:
        return (
            f"Diplomats in {a[2]} said the foreign minister had spoken by telephone with "
            f"{b[1]} counterparts and that talks on the disputed section of the frontier "
            "would resume once the fighting stopped."
        )
    if kind == 11:
        return (
            f'"We heard explosions all night and the children were crying," said a woman in '
            f"{ev.places[1]}, who asked not to be named. Several houses and a bridge were "
            "damaged, and power lines were cut."
        )
    if kind == 12:
        return (
            f"Analysts said the clash reflected years of mistrust over water and grazing "
            f"rights in {ev.region}, where roughly half of the border has never been "
            "formally demarcated and both armies have reinforced their posts."
        )
    if kind == 13:
        return (
            f"Hospitals in {ev.places[0]} said they had treated "
            f"{_number(rng, rng.randint(1, 40))} people, {_number(rng, rng.randint(1, 9))} "
            "of them children, and appealed for blood donors."
        )
    return (
        f"A ceasefire agreed on {published.strftime('%d %B %Y').lstrip('0')} appeared to be "
        f"holding, although residents of {ev.places[1]} reported sporadic shooting overnight "
        f"and the two governments traded accusations at the {rng.choice(('UN', 'OSCE', 'AU'))}."
    )


def _article(
    rng: random.Random, ev: _Event, *, index: int, wire: tuple[str, str] | None
) -> dict[str, str]:
    published = ev.day + dt.timedelta(days=rng.randint(0, 3))
    outlet = rng.choice(OUTLETS)
    capital = rng.choice((ev.side_a, ev.side_b))[2].upper()
    credit = f"({wire[1]}) —" if wire else "—"
    lead = (
        f"{capital} {credit} Fighting broke out on {ev.day.strftime('%A')} between "
        f"{ev.side_a[1]} and {ev.side_b[1]} forces near the village of {ev.places[0]} in "
        f"{ev.region}, officials on both sides said."
    )
    target = rng.randint(160, 380)
    words = len(lead.split())
    kinds = list(range(_KINDS)) * 3
    rng.shuffle(kinds)
    sentences: list[str] = []
    for kind in kinds:
        sentence = _sentence(rng, ev, published, kind=kind)
        if words + len(sentence.split()) > 400:
            continue
        sentences.append(sentence)
        words += len(sentence.split())
        if words >= target:
            break
    paragraphs = [lead]
    while sentences:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    text = "\n\n".join(paragraphs)
    digest = hashlib.sha1(f"{index}:{text}".encode()).hexdigest()[:12]
    title = f"{ev.side_a[0]} and {ev.side_b[0]} trade fire near {ev.places[0]}"
    return {
        "id": f"bench-{index:06d}-{digest}",
        "title": title,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/news/{digest}",
        "outlet": f"{outlet} ({wire[0]})" if wire and rng.random() < 0.3 else outlet,
        "published": published.isoformat(),
        "text": text,
    }


def generate_articles(n: int, *, seed: int = 0) -> list[dict[str, str]]:
    """`n` invented articles (id, title, url, outlet, published, text), 2-6 per event."""
    rng = random.Random(seed)
    articles: list[dict[str, str]] = []
    while len(articles) < n:
        ev = _event(rng)
        wire = rng.choice(WIRES) if rng.random() < 0.3 else None
        for k in range(min(rng.randint(2, 6), n - len(articles))):
            if wire and k > 0 and rng.random() < 0.6:
                articles.append(_carry(rng, articles[-k], index=len(articles)))
            else:
                articles.append(_article(rng, ev, index=len(articles), wire=wire))
    return articles


def _carry(rng: random.Random, story: dict[str, str], *, index: int) -> dict[str, str]:
    """The same wire story in another outlet: new headline, maybe a cut last paragraph."""
    paragraphs = story["text"].split("\n\n")
    shorter = paragraphs[:-1]
    if len(shorter) > 1 and len(" ".join(shorter).split()) >= 150 and rng.random() < 0.5:
        paragraphs = shorter
    outlet = rng.choice([o for o in OUTLETS if not story["outlet"].startswith(o)])
    text = "\n\n".join(paragraphs)
    digest = hashlib.sha1(f"{index}:{outlet}:{text}".encode()).hexdigest()[:12]
    return {
        "id": f"bench-{index:06d}-{digest}",
        "title": story["title"].replace("trade fire", rng.choice(("clash", "exchange fire"))),
        "url": f"https://{outlet.lower().replace(' ', '')}.example/world/{digest}",
        "outlet": outlet,
        "published": story["published"],
        "text": text,
    }


def write_jsonl(articles: list[dict[str, str]], path: Path) -> Path:
    """Write one JSON object per line, UTF-8, and return the path."""
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path
