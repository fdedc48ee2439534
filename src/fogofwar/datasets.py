"""The store written out as the event datasets analysts already load: ACLED, UCDP GED,
GeoJSON, and the claims table as CSV and Parquet.

These are lossy views of fogofwar's own tables. Every figure in them comes from the
reconciled estimates: ACLED's `fatalities` is the conservative total (the lowest standing
killed figure of each side, summed), UCDP's `low/best/high` and `deaths_*` the same
totals from the lows, bests and highs. Sides and event types come from `classify`.

CSV cells are untrusted text. They are written with the csv module (quoted when they
hold commas, quotes or newlines). Quoting alone does not stop a spreadsheet: Excel and
Google Sheets run `"=1+1"` as a formula all the same. So a text cell that would start a
formula gets one leading `'` (`guard`): one that starts with `=`, `+`, `-`, `@`, a tab or
a carriage return once Unicode-normalised (NFKC: a fullwidth `＝` is `=`) and past leading
spaces and invisible format characters (a zero-width space, a BOM); so does a cell that
opens with apostrophes before such a start (`'=1` is written `''=1`), so that the mark is
never ambiguous. The verbatim text is thus one documented step away: a text cell that
starts with `'` followed by what `guard` marks loses that one `'` (`unguard`), and only
then; every other cell is verbatim as read by any CSV reader. Evidence offsets
(`evidence_start`, `evidence_end`) index the article text, so they hold for the unguarded
evidence. Parquet cells are stored as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import pycountry

from .classify import (
    UNNAMED,
    EventType,
    Side,
    actors,
    civilians_only,
    event_country,
    event_type,
    interaction,
    party_sides,
    same_people,
    violence_type,
)
from .clean import READ_LANGUAGES
from .errors import ConfigError
from .events import wire_copies
from .parties import country_actor
from .reconcile import claimant_key
from .records import Analysis, Claim, Estimate, Event, record
from .sources import source_kind
from .store import Store

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id", "event_id", "doc_id", "article_id", "outlet", "wire", "published", "url",
    "title", "category", "count", "qualifier", "party", "status", "claimant",
    "claimant_side", "denied_by", "scope", "stated_on", "evidence_start", "evidence_end",
    "evidence", "party_in_text", "side_in_text", "party_guessed",
)  # fmt: skip

#: ACLED's regions, by ISO alpha-2 code.
ACLED_REGIONS: dict[str, str] = {
    code: region
    for region, codes in {
        "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
        "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
        "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
        "Northern Africa": "DZ EG LY MA SD TN EH",
        "Southern Africa": "BW SZ LS NA ZA",
        "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
        "South Asia": "AF BD BT IN MV NP PK LK",
        "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
        "East Asia": "CN HK JP KP KR MN MO TW",
        "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
        "Europe": "AL AD AT BY BE BA BG HR CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU "
        "MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA FO GI GG JE IM AX",
        "North America": "US CA BM GL PM",
        "Central America": "BZ CR SV GT HN MX NI PA",
        "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
        "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF "
        "VC SX TT TC VI",
        "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
    }.items()
    for code in codes.split()
}
_GW_TABLE = (
    "US:2 CA:20 BS:31 CU:40 HT:41 DO:42 JM:51 TT:52 BB:53 MX:70 BZ:80 GT:90 HN:91 SV:92 "
    "NI:93 CR:94 PA:95 CO:100 VE:101 GY:110 SR:115 EC:130 PE:135 BR:140 BO:145 PY:150 "
    "CL:155 AR:160 UY:165 GB:200 IE:205 NL:210 BE:211 LU:212 FR:220 CH:225 ES:230 PT:235 "
    "DE:260 PL:290 AT:305 HU:310 CZ:316 SK:317 IT:325 MT:338 AL:339 RS:340 ME:341 MK:343 "
    "HR:344 BA:346 XK:347 SI:349 GR:350 CY:352 BG:355 MD:359 RO:360 RU:365 EE:366 LV:367 "
    "LT:368 UA:369 BY:370 AM:371 GE:372 AZ:373 FI:375 SE:380 NO:385 DK:390 IS:395 CV:402 "
    "ST:403 GW:404 GQ:411 GM:420 ML:432 SN:433 BJ:434 MR:435 NE:436 CI:437 GN:438 BF:439 "
    "LR:450 SL:451 GH:452 TG:461 CM:471 NG:475 GA:481 CF:482 TD:483 CG:484 CD:490 UG:500 "
    "KE:501 TZ:510 BI:516 RW:517 SO:520 DJ:522 ET:530 ER:531 AO:540 MZ:541 ZM:551 ZW:552 "
    "MW:553 ZA:560 NA:565 LS:570 BW:571 SZ:572 MG:580 KM:581 MU:590 SC:591 MA:600 DZ:615 "
    "TN:616 LY:620 SD:625 SS:626 IR:630 TR:640 IQ:645 EG:651 SY:652 LB:660 JO:663 IL:666 "
    "SA:670 YE:678 KW:690 BH:692 QA:694 AE:696 OM:698 AF:700 TM:701 TJ:702 KG:703 UZ:704 "
    "KZ:705 CN:710 MN:712 TW:713 KP:731 KR:732 JP:740 IN:750 BT:760 PK:770 BD:771 MM:775 "
    "LK:780 MV:781 NP:790 TH:800 KH:811 LA:812 VN:816 MY:820 SG:830 BN:835 PH:840 ID:850 "
    "TL:860 AU:900 PG:910 NZ:920 SB:940 FJ:950"
)
#: Gleditsch-Ward state numbers (UCDP's country_id, gwnoa, gwnob), by ISO alpha-2 code.
GW_NUMBERS: dict[str, int] = {
    code: int(number) for code, number in (pair.split(":") for pair in _GW_TABLE.split())
}
#: Outlet kind (sources.source_kind) -> ACLED source scale.
SOURCE_SCALES = {"wire": "International", "national": "National", "state": "National"}
SCALE_ORDER = ("Local", "Subnational", "National", "Regional", "International", "Other")
#: Text cells starting with one of these are formulas to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# -- what every format needs of an event --------------------------------------------------


@record
class Deaths:
    """Killed totals of an event: low/best/high, and the best split by victim group."""

    low: int = 0
    best: int = 0
    high: int = 0
    side_a: int = 0
    side_b: int = 0
    civilians: int = 0
    unknown: int = 0


@record
class Coded:
    """One event with everything the exports write about it."""

    event: Event
    number: int
    actor1: Side
    actor2: Side | None
    kind: EventType
    civilian_targeting: bool
    deaths: Deaths
    estimates: tuple[Estimate, ...]
    analyses: tuple[Analysis, ...]
    claims: tuple[Claim, ...]
    sources: int


def deaths(
    estimates: Iterable[Estimate],
    *,
    sides: Mapping[str, int] | None = None,
    same: Mapping[str, str] | None = None,
) -> Deaths:
    """Killed totals from an event's estimates, counting nobody twice.

    Per party, its military and civilian dead are added, and a figure of unknown status
    stands instead when it is larger (it may include both). Parties are added up; a
    "both" or "unknown" party figure is used only when no party's own figure exists.
    `same` maps a party to the one whose people they are (`classify.same_people`), so
    they are not added twice; `sides` (`classify.party_sides`) splits the best total
    into side A and side B (their soldiers), civilians, and unknown (the rest).
    """
    sides = sides or {}
    same = same or {}
    killed = [e for e in estimates if e.category == "killed"]
    totals: dict[str, int] = {}
    split = Deaths()
    for field in ("low", "best", "high"):
        by: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for e in killed:
            party = same.get(e.party, e.party)
            by[party][e.status] = max(by[party][e.status], getattr(e, field))
        named = {p: v for p, v in by.items() if p not in UNNAMED}
        if not named:
            pooled = [by[p] for p in ("both", "unknown") if p in by]
            named = {"": max(pooled, key=_party_total)} if pooled else {}
        totals[field] = sum(_party_total(v) for v in named.values())
        if field == "best":
            groups = {"side_a": 0, "side_b": 0, "civilians": 0, "unknown": 0}
            for party, v in named.items():
                # Soldiers count for their side; the dead of unknown status beyond the
                # soldiers and civilians could be either, so they stay unknown.
                group = {1: "side_a", 2: "side_b"}.get(sides.get(party, 0), "unknown")
                groups[group] += v["military"]
                groups["civilians"] += v["civilian"]
                groups["unknown"] += _party_total(v) - v["military"] - v["civilian"]
            split = Deaths(**groups)
    return Deaths(
        low=totals["low"],
        best=totals["best"],
        high=totals["high"],
        side_a=split.side_a,
        side_b=split.side_b,
        civilians=split.civilians,
        unknown=split.unknown,
    )


def _party_total(v: Mapping[str, int]) -> int:
    return max(v.get("military", 0) + v.get("civilian", 0), v.get("unknown", 0))


def unread_articles(store: Store) -> set[str]:
    """Ids of the stored articles the extractor did not read (their language)."""
    return {a.id for a in store.articles() if a.language not in READ_LANGUAGES}


def code_events(store: Store) -> list[Coded]:
    """Every stored event with its sides, type, death totals and sources, in date order.

    Articles that were not read (another language) are no evidence of anything: they are
    left out of their event's sources, and an event made only of them is not an event of
    the datasets (the briefing lists those articles).
    """
    return code_stories(store)[0]


def code_stories(store: Store) -> tuple[list[Coded], dict[str, str]]:
    """`code_events`, and the wire stories it found (`events.wire_copies` of the read
    articles), for callers that need both without finding the copies twice."""
    unread = unread_articles(store)
    analyses = {a.article_id: a for a in store.analyses() if a.article_id not in unread}
    estimates: dict[str, list[Estimate]] = defaultdict(list)
    for estimate in store.estimates():
        estimates[estimate.event_id].append(estimate)
    story_of = wire_copies(list(analyses.values()))
    coded: list[Coded] = []
    used: set[int] = set()
    for event in store.events():
        members = tuple(analyses[a] for a in event.article_ids if a in analyses)
        if not members:
            continue
        claims = tuple(c for a in members for c in a.claims)
        kind = event_type(event, claims=claims, analyses=members)
        actor1, actor2 = actors(
            event,
            claims=claims,
            analyses=members,
            against_civilians=kind.event_type == "Violence against civilians",
        )
        country = event_country(event)
        parties = {e.party for e in estimates[event.id]} - UNNAMED
        totals = deaths(
            estimates[event.id],
            sides=party_sides(actor1, actor2),
            same=same_people(parties, country=country),
        )
        coded.append(
            Coded(
                event=event,
                number=_number(event.id, used),
                actor1=actor1,
                actor2=actor2,
                kind=kind,
                civilian_targeting=kind.event_type == "Violence against civilians"
                or (kind.event_type == "Explosions/Remote violence" and civilians_only(claims)),
                deaths=totals,
                estimates=tuple(estimates[event.id]),
                analyses=members,
                claims=claims,
                sources=len({story_of.get(a.article_id, a.article_id) for a in members}),
            )
        )
    return coded, story_of


def _number(event_id: str, used: set[int]) -> int:
    """A stable number for an event (from its content-hash id), unique within one export."""
    try:
        number = int(event_id[:12], 16) % 10**8
    except ValueError:
        number = sum(event_id.encode()) % 10**8
    while number in used:
        number = (number + 1) % 10**8
    used.add(number)
    return number


# -- ACLED --------------------------------------------------------------------------------


def acled_row(coded: Coded, *, timestamp: int) -> dict[str, Any]:
    """One ACLED row (the 31 columns of SCHEMAS.md) for one event."""
    event, a1, a2 = coded.event, coded.actor1, coded.actor2
    start, _end, precision, _ = event_dates(event)
    country = event_country(event)
    location = event.location
    return {
        "event_id_cnty": f"{_alpha3(country) or 'XXX'}{coded.number}",
        "event_date": _iso(start),
        "year": start.year if start else None,
        "time_precision": precision,
        "disorder_type": coded.kind.disorder_type,
        "event_type": coded.kind.event_type,
        "sub_event_type": coded.kind.sub_event_type,
        "actor1": a1.name,
        "assoc_actor_1": "; ".join(a1.associates),
        "inter1": a1.inter,
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": "; ".join(a2.associates) if a2 else "",
        "inter2": a2.inter if a2 else 0,
        "interaction": interaction(a1, a2),
        "civilian_targeting": "Civilian targeting" if coded.civilian_targeting else "",
        "iso": _iso_numeric(country),
        "region": ACLED_REGIONS.get(country or "", ""),
        "country": _country_name(country),
        "admin1": location.admin1 if location else None,
        "admin2": None,
        "admin3": None,
        "location": location.name if location else None,
        "latitude": location.latitude if location else None,
        "longitude": location.longitude if location else None,
        "geo_precision": location.geo_precision if location else None,
        "source": "; ".join(acled_sources(coded)),
        "source_scale": _source_scale(coded.analyses),
        "notes": notes(coded),
        "fatalities": coded.deaths.low,
        "tags": "; ".join(_tags(coded)),
        "timestamp": timestamp,
    }


def notes(coded: Coded) -> str:
    """A short description: what, when, where, then who said what where figures disagree."""
    event, a1, a2 = coded.event, coded.actor1, coded.actor2
    start, end, _, _ = event_dates(event)
    when = _iso(start) if start == end or end is None else f"{_iso(start)} to {_iso(end)}"
    where = f" near {event.location.name}" if event.location else ""
    between = f"{a1.name} and {a2.name}" if a2 else a1.name
    kind = coded.kind.sub_event_type.lower()
    parts = [f"{when or 'Undated'}{where}: {kind}, {between}."]
    claims = {c.id: c for c in coded.claims}
    outlets = {a.article_id: a.outlet for a in coded.analyses}
    disputed = sorted(
        (e for e in coded.estimates if e.disputed),
        key=lambda e: (e.category != "killed", e.party, e.status, e.category),
    )
    for estimate in disputed[:6]:
        said = _who_said(estimate, claims, outlets)
        if said:
            group = f"{estimate.party} {estimate.status} {estimate.category}"
            parts.append(f"Disputed {group}: {said}.")
    parts.append(
        f"Fatalities {coded.deaths.low}: the lowest standing killed figure of each side, "
        f"summed (best {coded.deaths.best}, high {coded.deaths.high})."
    )
    return " ".join(parts)


def _who_said(
    estimate: Estimate, claims: Mapping[str, Claim], outlets: Mapping[str, str | None]
) -> str:
    """ "Armenia MoD says 15, later 1; Azerbaijan MoD says at least 7"."""
    figures: dict[str, tuple[str, list[str]]] = {}
    for claim_id in estimate.claim_ids:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        outlet = outlets.get(claim.article_id)
        key = claimant_key(claim, outlet)
        label = claim.claimant or outlet or "an outlet"
        _, said = figures.setdefault(key, (label, []))
        figure = _figure(claim)
        if not said or said[-1] != figure:
            said.append(figure)
    return "; ".join(
        f"{label} says {_sequence(said)}" for label, said in list(figures.values())[:5]
    )


def _sequence(said: Sequence[str]) -> str:
    """ "15, later 1"; a long series keeps its first and last figures."""
    if len(said) <= 3:
        return ", later ".join(said)
    return f"{said[0]}, later {said[-1]} ({len(said)} figures)"


def _figure(claim: Claim) -> str:
    prefix = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}
    return f"{prefix.get(claim.qualifier, '')}{claim.count}"


def _tags(coded: Coded) -> list[str]:
    tags = []
    if any(e.disputed and e.category == "killed" for e in coded.estimates):
        tags.append("disputed fatalities")
    tags.append(f"fogofwar event={coded.event.id}")
    return tags


def dated(coded: Coded) -> bool:
    """Whether the event has a date (its incident's, else its reports'): ACLED and UCDP
    rows need one, so an undated event is left out of them and reported instead."""
    return event_dates(coded.event)[0] is not None


def undated_events(store: Store) -> list[Event]:
    """The events `write_acled` and `write_ucdp` leave out because they have no date."""
    return [c.event for c in code_events(store) if not dated(c)]


def write_acled(store: Store, out: Path) -> list[Path]:
    """Write an ACLED-style CSV (31 columns, SCHEMAS.md order) of every dated event.

    Undated events are left out (`undated_events` lists them), never written with a
    blank `event_date`.
    """
    path = _target(out, name="acled.csv", suffixes=(".csv",))
    stamp = store.last_updated()
    timestamp = int(stamp.timestamp()) if stamp else 0
    rows = [acled_row(c, timestamp=timestamp) for c in code_events(store) if dated(c)]
    _write_csv(path, ACLED_COLUMNS, rows)
    return [path]


# -- UCDP GED -----------------------------------------------------------------------------


def ucdp_row(coded: Coded) -> dict[str, Any]:
    """One UCDP GED row (the 49 columns of SCHEMAS.md) for one event."""
    event = coded.event
    side_a, side_b = coded.actor1, coded.actor2
    split = coded.deaths
    deaths_a, deaths_b = split.side_a, split.side_b
    if side_b is not None and side_b.kind == "state" and side_a.kind != "state":
        # UCDP puts the government on side A.
        side_a, side_b = side_b, side_a
        deaths_a, deaths_b = deaths_b, deaths_a
    start, end, _, date_prec = event_dates(event)
    country = event_country(event)
    location = event.location
    gw = GW_NUMBERS.get(country or "")
    name_a, name_b = _ucdp_name(side_a), _ucdp_name(side_b) if side_b else ""
    lat = location.latitude if location else None
    lon = location.longitude if location else None
    where_prec = location.where_prec if location else None
    dated = sorted(coded.analyses, key=_by_date)
    violence = violence_type(coded.actor1, coded.actor2, coded.kind)
    return {
        "id": coded.number,
        "relid": f"{_alpha3(country) or 'XXX'}-{start.year if start else 0}-{coded.number}",
        "year": start.year if start else None,
        "active_year": None,
        "code_status": "Check",
        "type_of_violence": violence,
        "conflict_dset_id": None,
        "conflict_new_id": None,
        "conflict_name": _conflict_name(side_a, side_b, violence),
        "dyad_dset_id": None,
        "dyad_new_id": None,
        "dyad_name": f"{name_a} - {name_b}" if name_b else name_a,
        "side_a_dset_id": None,
        "side_a_new_id": None,
        "side_a": name_a,
        "side_b_dset_id": None,
        "side_b_new_id": None,
        "side_b": name_b,
        "number_of_sources": coded.sources,
        "source_article": "; ".join(_article_ref(a) for a in dated),
        "source_office": "; ".join(_outlets(coded.analyses)),
        "source_date": "; ".join(
            dict.fromkeys(a.published.isoformat() for a in dated if a.published)
        ),
        "source_headline": "; ".join(dict.fromkeys(a.title for a in dated if a.title)),
        "source_original": "; ".join(_claimants(coded.claims)),
        "where_prec": where_prec,
        "where_coordinates": location.name if location else None,
        "where_description": _where(location) if location else None,
        "adm_1": location.admin1 if location else None,
        "adm_2": None,
        "latitude": lat,
        "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "priogrid_gid": priogrid_gid(lat, lon),
        "country": _country_name(country),
        "country_id": gw,
        "region": _ucdp_region(country),
        "event_clarity": 1 if date_prec == 1 and (where_prec or 9) <= 2 else 2,
        "date_prec": date_prec,
        "date_start": _iso(start),
        "date_end": _iso(end),
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": split.civilians,
        "deaths_unknown": split.unknown,
        "best": split.best,
        "high": split.high,
        "low": split.low,
        "gwnoa": _gw_of(side_a),
        "gwnob": _gw_of(side_b),
    }


def write_ucdp(store: Store, out: Path) -> list[Path]:
    """Write a UCDP GED-style CSV (49 columns, SCHEMAS.md order).

    Only events with at least one death (in best, low or high) belong in GED, so events
    without a killed figure are left out, and so are undated ones (see `write_acled`).
    """
    path = _target(out, name="ucdp_ged.csv", suffixes=(".csv",))
    rows = [ucdp_row(c) for c in code_events(store) if c.deaths.high > 0 and dated(c)]
    _write_csv(path, UCDP_COLUMNS, rows)
    return [path]


def _ucdp_name(side: Side | None) -> str:
    if side is None:
        return ""
    if side.kind == "state":
        actor = country_actor(side.country) if side.country else None
        return f"Government of {actor.name if actor else side.party}"
    if side.kind == "civilians":
        return "Civilians"
    return side.name


def _conflict_name(a: Side, b: Side | None, violence: int) -> str:
    """UCDP's conflict naming: "A - B" between states or groups, "X: Government" in one."""
    if violence == 1 and b is not None and a.kind == b.kind == "state":
        return f"{_country_name(a.country)} - {_country_name(b.country)}"
    if violence == 1:
        # "Country: Government" or "Country: Territory" is UCDP's judgement of what is
        # contested; fogofwar cannot tell, so the name stays empty.
        return ""
    return f"{_ucdp_name(a)} - {_ucdp_name(b)}" if b else _ucdp_name(a)


def _gw_of(side: Side | None) -> int | None:
    if side is None or side.kind != "state" or not side.country:
        return None
    return GW_NUMBERS.get(side.country)


def _ucdp_region(country: str | None) -> str:
    """UCDP's region, from the Gleditsch-Ward number ranges (else ACLED's region)."""
    gw = GW_NUMBERS.get(country or "")
    if gw is not None:
        for upper, region in ((199, "Americas"), (399, "Europe"), (626, "Africa")):
            if gw <= upper:
                return region
        return "Middle East" if gw < 700 else "Asia"
    region = ACLED_REGIONS.get(country or "", "")
    if region.endswith("Africa"):
        return "Africa"
    if region in {"Europe", "Middle East"}:
        return region
    if region.endswith("America") or region == "Caribbean":
        return "Americas"
    return "Asia" if region else ""


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """The PRIO-GRID cell (0.5 degrees, numbered row by row from 90S 180W) of a point."""
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    row = min(int(math.floor((lat + 90) / 0.5)), 359)
    col = min(int(math.floor((lon + 180) / 0.5)), 719)
    return row * 720 + col + 1


def _where(location: Any) -> str:
    return f"{location.name} ({location.reason})" if location.reason else location.name


def _by_date(a: Analysis) -> tuple[bool, dt.date, str, str]:
    return (a.published is None, a.published or dt.date.min, a.outlet or "", a.article_id)


def _article_ref(a: Analysis) -> str:
    bits = [a.outlet or "unknown outlet", _iso(a.published) or "undated"]
    if a.title:
        bits.append(f'"{a.title}"')
    return " ".join(bits)


def _claimants(claims: Sequence[Claim]) -> list[str]:
    """Who the figures originate from: the claimants of the event's own figures."""
    return list(
        dict.fromkeys(
            c.claimant
            for c in claims
            if c.scope == "event" and c.claimant and c.claimant.lower() != "media"
        )
    )


# -- GeoJSON ------------------------------------------------------------------------------


def feature(coded: Coded) -> dict[str, Any]:
    """One event as a GeoJSON Feature (null geometry when it has no coordinates)."""
    event, location = coded.event, coded.event.location
    start, end, precision, date_prec = event_dates(event)
    geometry = None
    if location is not None and location.latitude is not None and location.longitude is not None:
        geometry = {"type": "Point", "coordinates": [location.longitude, location.latitude]}
    a1, a2 = coded.actor1, coded.actor2
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": geometry,
        "properties": {
            "event_id": event.id,
            "title": event.title,
            "date_start": _iso(start),
            "date_end": _iso(end),
            "time_precision": precision,
            "date_prec": date_prec,
            "country": event_country(event),
            "location": location.name if location else None,
            "admin1": location.admin1 if location else None,
            "geo_precision": location.geo_precision if location else None,
            "where_prec": location.where_prec if location else None,
            "event_type": coded.kind.event_type,
            "sub_event_type": coded.kind.sub_event_type,
            "disorder_type": coded.kind.disorder_type,
            "actor1": a1.name,
            "actor2": a2.name if a2 else None,
            "interaction": interaction(a1, a2),
            "fatalities": coded.deaths.low,
            "deaths_low": coded.deaths.low,
            "deaths_best": coded.deaths.best,
            "deaths_high": coded.deaths.high,
            "articles": len(event.article_ids),
            "sources": _outlets(coded.analyses),
            "estimates": [
                {
                    "party": e.party,
                    "status": e.status,
                    "category": e.category,
                    "low": e.low,
                    "best": e.best,
                    "high": e.high,
                    "disputed": e.disputed,
                    "rule": e.rule,
                }
                for e in coded.estimates
            ],
        },
    }


def write_geojson(store: Store, out: Path) -> list[Path]:
    """Write every event as a GeoJSON FeatureCollection with its reconciled figures."""
    path = _target(out, name="events.geojson", suffixes=(".geojson", ".json"))
    collection = {"type": "FeatureCollection", "features": [feature(c) for c in code_events(store)]}
    _write(path, json.dumps(collection, ensure_ascii=False, indent=1) + "\n")
    return [path]


# -- claims -------------------------------------------------------------------------------


def write_claims_csv(store: Store, out: Path) -> list[Path]:
    """Write the claims table (with outlet, date, url, event and verbatim evidence) as CSV."""
    path = _target(out, name="claims.csv", suffixes=(".csv",))
    _write_csv(path, CLAIM_COLUMNS, store.claim_table())
    return [path]


def write_claims_parquet(store: Store, out: Path) -> list[Path]:
    """Write the claims table as Parquet, typed (counts int64, dates date32)."""
    import pyarrow as pa  # a large import, only for this format
    import pyarrow.parquet as pq

    path = _target(out, name="claims.parquet", suffixes=(".parquet",))
    types = {
        "count": pa.int64(),
        "evidence_start": pa.int64(),
        "evidence_end": pa.int64(),
        "party_guessed": pa.bool_(),
        "published": pa.date32(),
        "stated_on": pa.date32(),
    }
    schema = pa.schema([(name, types.get(name, pa.string())) for name in CLAIM_COLUMNS])
    rows = store.claim_table()
    columns = {
        name: [_parquet_value(row[name], types.get(name)) for row in rows] for name in CLAIM_COLUMNS
    }
    table = pa.table(columns, schema=schema)
    try:
        pq.write_table(table, path)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write: {exc}") from exc
    return [path]


# -- helpers ------------------------------------------------------------------------------


def event_dates(event: Event) -> tuple[dt.date | None, dt.date | None, int, int]:
    """Start, end, ACLED time_precision and UCDP date_prec of an event.

    The incident date when one was read; otherwise the span of the reports' dates, with a
    precision that says how wide it is.
    """
    if event.date is not None:
        d = event.date
        return d.start, d.end, d.time_precision, d.date_prec
    start, end = event.start, event.end or event.start
    if start is None or end is None:
        return None, None, 3, 5
    days = (end - start).days
    acled = 1 if days == 0 else 2 if days <= 7 else 3
    ucdp = 1 if days == 0 else 2 if days <= 5 else 3 if days <= 7 else 4 if days <= 31 else 5
    return start, end, acled, ucdp


def _country(code: str | None) -> Any:
    return pycountry.countries.get(alpha_2=code) if code else None


def _alpha3(code: str | None) -> str | None:
    if code == "XK":
        return "XKX"
    country = _country(code)
    return country.alpha_3 if country else None


def _iso_numeric(code: str | None) -> int | None:
    country = _country(code)
    return int(country.numeric) if country else None


def _country_name(code: str | None) -> str:
    actor = country_actor(code) if code else None
    return actor.name if actor else ""


def acled_sources(coded: Coded) -> list[str]:
    """ACLED's `source`: the event's sources as ACLED lists them, who the figures come from
    and who carried them (`Kyrgyzstan Ministry of Defence; Valley Herald; IAP`).

    First the claimants of the event's own figures that are not the press (most figures
    first), then the outlets, wire agencies and other press the figures came through, in
    the order of the reports. Names are never repeated; "media" (an outlet's own voice
    with no outlet known) names nobody and a file name is no source, so neither is listed.
    """
    own = [c for c in coded.claims if c.scope == "event" and c.claimant]
    said = Counter(c.claimant for c in own if c.claimant_side != "media")
    press = [c.claimant for c in own if c.claimant_side == "media"]
    names = [name for name, _ in said.most_common()]
    for analysis in coded.analyses:
        names += [name for name in (analysis.outlet, analysis.wire) if name]
    names += press
    seen: set[str] = set()
    sources = []
    for name in names:
        if name.lower() != "media" and name.lower() not in seen:
            seen.add(name.lower())
            sources.append(name)
    return sources


def _outlets(analyses: Iterable[Analysis]) -> list[str]:
    return list(dict.fromkeys(a.outlet for a in analyses if a.outlet))


def _source_scale(analyses: Iterable[Analysis]) -> str:
    kinds = [SOURCE_SCALES.get(source_kind(a.outlet)) for a in analyses if a.outlet]
    scales = {k for k in kinds if k} or ({"Other"} if kinds else set())
    return "-".join(s for s in SCALE_ORDER if s in scales)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def guard(value: object) -> object:
    """A CSV cell: text that a spreadsheet would run as a formula gets a leading `'`
    (see the module's docstring; `unguard` undoes it)."""
    if value is None:
        return ""
    if isinstance(value, str) and _marked(value):
        return "'" + value
    return value


def unguard(cell: str) -> str:
    """The verbatim text of a CSV cell `guard` wrote: `''=1` is `'=1`, `'＝1` is `＝1`,
    and a cell without the mark (`'Two soldiers were killed,' he said`) is itself."""
    return cell[1:] if cell.startswith("'") and _marked(cell[1:]) else cell


def _marked(text: str) -> bool:
    """Whether `guard` marks `text`: past any apostrophes (so that a text that really
    starts with `'=` keeps its own), spaces of any kind and invisible format characters
    (U+200B, a BOM: a spreadsheet may skip them), the first character starts a formula,
    as it is or NFKC-normalised (a fullwidth `＝` is `=`)."""
    for char in text.lstrip("'"):
        if unicodedata.category(char) == "Cf":
            continue
        normal = unicodedata.normalize("NFKC", char)
        if normal.isspace() and char not in FORMULA_STARTS:
            continue
        return char in FORMULA_STARTS or normal.startswith(FORMULA_STARTS)
    return False


#: Suffixes that name a file, not a directory: `--out g.jsonl` for a format that writes a
#: directory (or `--out x.txt` for one that writes .csv) is a mistake to report, not a
#: directory to create under that name.
FILE_SUFFIXES = frozenset(
    [
        ".csv",
        ".tsv",
        ".txt",
        ".json",
        ".jsonl",
        ".ndjson",
        ".geojson",
        ".parquet",
        ".xlsx",
        ".xls",
        ".html",
        ".htm",
        ".md",
        ".xml",
        ".zip",
        ".gz",
    ]
)


def _target(out: Path, *, name: str, suffixes: tuple[str, ...]) -> Path:
    """The file to write: `out` itself when it names a file, else `out/name`."""
    suffix = out.suffix.lower()
    is_file = suffix in suffixes and not out.is_dir()
    if not is_file and suffix in FILE_SUFFIXES and not out.is_dir():
        raise ConfigError(
            str(out),
            f"not a {' or '.join(suffixes)} file name: give one, or a directory to write "
            f"{name} into",
        )
    folder = output_directory(out.parent if is_file else out)
    return out if is_file else folder / name


def output_directory(folder: Path, *, writes: str | None = None) -> Path:
    """`folder`, created if missing; a file in its place is a ConfigError, not a traceback.
    For a format that `writes` several files, a name like `g.jsonl` is a mistake too."""
    if writes and folder.suffix.lower() in FILE_SUFFIXES and not folder.is_dir():
        raise ConfigError(
            str(folder), f"{writes} into a directory: give a directory, not a file name"
        )
    if folder.exists() and not folder.is_dir():
        raise ConfigError(str(folder), "export needs a directory, and this is a file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(str(folder), f"cannot create the output directory: {exc}") from exc
    return folder


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="") as f:
            write_csv_rows(f, columns, rows)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write: {exc.strerror or exc}") from exc


def write_csv_rows(f: TextIO, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """A header and one guarded line per row (see `guard`): files and web downloads alike."""
    writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([guard(row.get(c)) for c in columns])


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write: {exc.strerror or exc}") from exc


def _parquet_value(value: Any, kind: Any) -> Any:
    """A claims-table cell as its Parquet column's type wants it (dates, booleans)."""
    import pyarrow as pa

    if kind == pa.date32():
        return _date(value)
    if kind == pa.bool_():
        return bool(value)
    return value
