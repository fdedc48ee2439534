"""Typed records that flow between fogofwar's stages.

Every stage takes and returns these frozen, slotted, keyword-only dataclasses, so no
stage depends on another's dictionary keys. `Article.text` owns the cleaned text and
every `Span` is a pair of offsets into it: "every figure cites a verbatim sentence" is
then a cheap property to check (`article.text[span.start:span.end]`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, dataclass_transform


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[Any]) -> type[Any]:
    """Make `cls` a frozen, slotted, keyword-only dataclass (typed so mypy sees it)."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


Category = Literal["killed", "wounded", "captured", "missing", "killed_or_wounded", "casualties"]
Qualifier = Literal["exact", "at_least", "at_most", "approx"]
Status = Literal["military", "civilian", "unknown"]
Scope = Literal["event", "background"]

CATEGORIES: tuple[str, ...] = (
    "killed",
    "wounded",
    "captured",
    "missing",
    "killed_or_wounded",
    "casualties",
)
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "at_most", "approx")
STATUSES: tuple[str, ...] = ("military", "civilian", "unknown")
SCOPES: tuple[str, ...] = ("event", "background")


@record
class RawDocument:
    """One input document as read, before cleaning.

    `location` says where it came from (a path, `path:line` for JSONL, `<stdin>:line`),
    so an error or a rejected row can name it. Exactly one of `text` and `html` is set.
    """

    location: str
    external_id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


@record
class Rejected:
    """Input that could not become an article, kept with the reason why."""

    location: str
    problem: str
    external_id: str | None = None


@record
class Span:
    """Half-open character offsets into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The slice of `text` this span covers."""
        return text[self.start : self.end]


@record
class Article:
    """A cleaned article: the single owner of the text every span points into."""

    id: str
    text: str
    location: str
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    wire: str | None = None
    published: dt.date | None = None
    language: str = "en"
    dateline_place: str | None = None


@record
class Claim:
    """One numeric casualty claim: N people of one party fell into one category.

    The vocabulary (category, qualifier, status, claimant_side, scope) is the gold
    annotation guide's; `evidence` is the sentence (or shorter) that states it.
    """

    id: str
    article_id: str
    evidence: Span
    category: str
    count: int
    qualifier: str = "exact"
    party: str = "unknown"
    status: str = "unknown"
    claimant: str = ""
    claimant_side: str = "media"
    scope: str = "event"
    stated_on: dt.date | None = None
    # who denied or ridiculed the figure ("dismissed as fantasy"); never its claimant
    denied_by: str = ""
    # what the article's own text said, when its event's country decided the party and
    # side instead (`placing`); empty when the text decided
    party_in_text: str = ""
    side_in_text: str = ""
    # the party was only guessed from the article's context (no side, place or speaker
    # in the claim's own words said it): its event may know better (`placing`)
    party_guessed: bool = False


@record
class Place:
    """A place named in an article, with the gazetteer's reading of it if any."""

    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@record
class Analysis:
    """What the map step keeps of an article: small, text-free, enough to group events."""

    article_id: str
    outlet: str | None
    wire: str | None
    published: dt.date | None
    title: str | None
    fingerprint: frozenset[str] = field(default_factory=frozenset)
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    incident_date: IncidentDate | None = None
    #: Without a publication date: the incident date the opening sentences state, which
    #: groups the article as a publication date would.
    text_date: dt.date | None = None
    #: Without a publication date: the latest date the text states (it was written after).
    written_after: dt.date | None = None


@record
class Location:
    """Where an incident happened, as a gazetteer reads it, with both datasets' precision.

    `geo_precision` is ACLED's (1 the town, 2 near a town or part of a region, 3 a larger
    region, natural feature or border area); `where_prec` is UCDP's (1 exact place ... 7
    water or airspace). `reason` says why the place is uncertain or missing, if it is.
    """

    name: str
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    geo_precision: int = 3
    where_prec: int = 6
    reason: str = ""


@record
class IncidentDate:
    """When an incident happened: a day or a span, with ACLED and UCDP precision codes.

    `time_precision` is ACLED's (1 day, 2 week, 3 month); `date_prec` is UCDP's (1 exact
    day, 2 two to six days, 3 a week, 4 a month, 5 a year). `reason` says how it was read.
    """

    start: dt.date
    end: dt.date
    time_precision: int = 1
    date_prec: int = 1
    reason: str = ""


@record
class Event:
    """Articles judged to report the same incident."""

    id: str
    title: str
    start: dt.date | None
    end: dt.date | None
    article_ids: tuple[str, ...]
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    location: Location | None = None
    date: IncidentDate | None = None


@record
class Estimate:
    """Reconciled figure for one (event, party, status, category).

    `claim_ids` are oldest first; `superseded_ids` are claims replaced by a later
    statement of the same claimant (still listed in `claim_ids`); `rule` says how
    low/best/high were chosen, so the analyst can check it.
    """

    id: str
    event_id: str
    party: str
    status: str
    category: str
    low: int
    best: int
    high: int
    claim_ids: tuple[str, ...]
    superseded_ids: tuple[str, ...] = ()
    disputed: bool = False
    rule: str = ""
