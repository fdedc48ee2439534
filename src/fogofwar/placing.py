"""Whose people a report's figure counts, when the report names no country but its event does.

A short wire or a local report often names only a town nobody's gazetteer knows ("Gunmen
killed 12 in Zorvo, police said"): read alone, its dead belong to nobody (`unknown`), and
its police speak for nobody. The other reports of the same incident say which country
Zorvo is in, as an analyst reading them together would. So, once articles are grouped
into events, the figures of an article that names no country at all (no country, no
group of one) take the country its event names most, for the people who die where it
happened (civilians and people of unknown status, in the event itself, not background);
an unnamed local speaker (police, a governor, a hospital) then speaks for that country,
while an outside body (the UN, an NGO) stays a third party.

What the text alone said is kept on the claim (`party_in_text`, `side_in_text`), so every
regrouping starts again from the text, and an article moved to another event takes that
event's country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .extract.attribution import is_international
from .parties import country_actor
from .records import Analysis, Claim, Event

# The people an event's place decides: those of no stated side who died where it happened.
PLACED_STATUSES = frozenset({"unknown", "civilian"})


def as_read(claim: Claim) -> Claim:
    """The claim as its article's text gave it, before any event placed it."""
    if not claim.party_in_text:
        return claim
    return replace(
        claim,
        party=claim.party_in_text,
        claimant_side=claim.side_in_text,
        party_in_text="",
        side_in_text="",
    )


def event_country(event: Event) -> str | None:
    """The name of the country the event's articles name most, if any."""
    for code in event.countries:
        actor = country_actor(code)
        if actor is not None:
            return actor.name
    return None


def place_claims(events: Sequence[Event], analyses: Sequence[Analysis]) -> list[Analysis]:
    """`analyses` (in order) with their claims as read, and the figures of each article
    that names no country placed in its event's country."""
    country_of: dict[str, str] = {}
    for event in events:
        country = event_country(event)
        if country is not None:
            for article_id in event.article_ids:
                country_of.setdefault(article_id, country)
    placed = []
    for analysis in analyses:
        claims = tuple(as_read(c) for c in analysis.claims)
        country = country_of.get(analysis.article_id)
        if country is not None and not analysis.countries:
            claims = tuple(_placed(c, country) for c in claims)
        if claims != analysis.claims:
            analysis = replace(analysis, claims=claims)
        placed.append(analysis)
    return placed


def _placed(claim: Claim, country: str) -> Claim:
    if claim.party != "unknown" or claim.status not in PLACED_STATUSES or claim.scope != "event":
        return claim
    side = claim.claimant_side
    if side == "third_party" and not is_international(claim.claimant):
        side = country  # "police said": the police of the land it happened in
    return replace(
        claim,
        party=country,
        claimant_side=side,
        party_in_text=claim.party,
        side_in_text=claim.claimant_side,
    )
