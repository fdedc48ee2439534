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

A figure whose party the article only guessed from its context (no side, place or speaker
in its own words said it) is likewise the people of the party the event's reports state
most for their dead and wounded (civilians and people of unknown status, in their own
words, at least half of them): one report's guess gives way to what the reports say
together. Captives are left alone (they are held where their captors are). A guessed
figure that another report of the event gives, for the same fate and status, with a
party its own words state (and no other report a different one), takes that party,
whatever the status: "30 soldiers were killed" is the side another report says lost 30.

What the text alone said is kept on the claim (`party_in_text`, `side_in_text`), so every
regrouping starts again from the text, and an article moved to another event takes that
event's country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
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


# Fates whose victims are the people of the place (captives are held where captors are).
PLACED_FATES = frozenset({"killed", "wounded", "missing", "killed_or_wounded", "casualties"})
# Figures whose stated parties say whose people the event's dead and wounded were.
TELLING_FATES = frozenset({"killed", "wounded"})
NO_SIDE = frozenset({"unknown", "both"})


def place_claims(events: Sequence[Event], analyses: Sequence[Analysis]) -> list[Analysis]:
    """`analyses` (in order) with their claims as read, the figures of each article that
    names no country placed in its event's country, and guessed parties replaced by the
    one the event's reports state for its dead and wounded."""
    read = {a.article_id: tuple(as_read(c) for c in a.claims) for a in analyses}
    country_of: dict[str, str] = {}
    stated_of: dict[str, str] = {}
    figures_of: dict[str, dict[tuple[str, int, str], str]] = {}
    for event in events:
        country = event_country(event)
        reported = [c for a in event.article_ids for c in read.get(a, ())]
        stated = stated_party(reported)
        figures = stated_figures(reported)
        for article_id in event.article_ids:
            if country is not None:
                country_of.setdefault(article_id, country)
            if stated is not None:
                stated_of.setdefault(article_id, stated)
            figures_of.setdefault(article_id, figures)
    placed = []
    for analysis in analyses:
        article_id = analysis.article_id
        country = None if analysis.countries else country_of.get(article_id)
        stated = stated_of.get(article_id)
        figures = figures_of.get(article_id, {})
        claims = tuple(
            _placed(c, country=country, stated=stated, figures=figures) for c in read[article_id]
        )
        if claims != analysis.claims:
            analysis = replace(analysis, claims=claims)
        placed.append(analysis)
    return placed


def stated_party(claims: Iterable[Claim]) -> str | None:
    """The party most of an event's dead and wounded (civilians and people of unknown
    status, in the event itself) belong to by their reports' own words, if it is at
    least half of them."""
    parties = Counter(
        c.party
        for c in claims
        if not c.party_guessed
        and c.category in TELLING_FATES
        and c.status in PLACED_STATUSES
        and c.scope == "event"
        and c.party not in NO_SIDE
    )
    if not parties:
        return None
    party, n = parties.most_common(1)[0]
    return party if 2 * n >= sum(parties.values()) else None


def stated_figures(claims: Iterable[Claim]) -> dict[tuple[str, int, str], str]:
    """Each figure (fate, count and status) of an event's reports that their own words
    give one party only: the party another report's guess of the same figure gives way to."""
    parties: dict[tuple[str, int, str], set[str]] = {}
    for c in claims:
        if c.party_guessed or c.scope != "event" or c.party in NO_SIDE:
            continue
        parties.setdefault((c.category, c.count, c.status), set()).add(c.party)
    return {figure: next(iter(p)) for figure, p in parties.items() if len(p) == 1}


def _placed(
    claim: Claim,
    *,
    country: str | None,
    stated: str | None,
    figures: dict[tuple[str, int, str], str] | None = None,
) -> Claim:
    told = (figures or {}).get((claim.category, claim.count, claim.status))
    if (
        claim.party_guessed
        and claim.scope == "event"
        and told is not None
        and told != claim.party
        and claim.count > 1
    ):
        # "30 soldiers were killed" guessed as one side's, where another report of the
        # same event gives the same figure and says whose they were
        return _given_way(claim, told)
    if claim.status not in PLACED_STATUSES or claim.scope != "event":
        return claim
    if claim.party == "unknown" and country is not None:
        # an article naming no country: its event's
        side = claim.claimant_side
        if side == "third_party" and not is_international(claim.claimant):
            side = country  # "police said": the police of the land it happened in
        return _moved(claim, party=country, side=side)
    if (
        claim.party_guessed
        and claim.category in PLACED_FATES
        and claim.party != "both"
        and stated is not None
        and stated != claim.party
    ):
        return _given_way(claim, stated)  # one report's guess gives way to what they say
    return claim


def _given_way(claim: Claim, party: str) -> Claim:
    """A guessed party replaced by the one the event's reports state; an unnamed local
    source that spoke for the guessed side ("medics said") speaks for the people."""
    side = claim.claimant_side
    if side == claim.party and claim.party not in claim.claimant:
        side = party
    return _moved(claim, party=party, side=side)


def _moved(claim: Claim, *, party: str, side: str) -> Claim:
    """The claim with the event's party and side, and what its text said kept beside them."""
    return replace(
        claim,
        party=party,
        claimant_side=side,
        party_in_text=claim.party,
        side_in_text=claim.claimant_side,
    )
