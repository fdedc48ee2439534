"""Sameness: one claim per figure and speaker.

A headline that repeats a body figure, a lead that restates a statement the body gives in
full, and one figure read twice are one claim; two sources of one side that word a figure
differently, and `another soldier killed` after `one dead`, are two. A speaker's side is
theirs only when that side is a party to the fighting.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..parties import actor_named, service_name
from ..records import Claim
from .attribution import TERRITORIES, is_vague, vague_state
from .sides import ArticleActors


@dataclass(frozen=True, slots=True)
class Draft:
    """A claim before repeats are merged, with what the merge needs to know of it."""

    claim: Claim
    headline: bool  # stated in the article's headline
    additional: bool  # `another soldier`, `a further five`: more, never a repeat
    relayed: bool = False  # another outlet or channel passes it on ("tolls obtained by AFP")
    guessed: bool = False  # its party came from the article's context, not from its words
    fighters: bool = False  # armed men of no named group: open only to a group's figure
    figure_at: int | None = None  # the token its figure starts at, in its article's Doc
    # `the 40 soldiers killed in the attack`: the figure named with "the" points back to
    # one the article gave before, whoever gave it
    definite: bool = False


def merge_repeats(drafts: list[Draft]) -> list[Claim]:
    """One claim per figure and speaker: a headline that repeats a body figure is dropped,
    and so is a lead that restates a statement the body gives in full (same side, the same
    figure or a less specific speaker: "Baku said" before "the defence ministry said").
    Two sources of one side that word the figure differently ("at least 40" from the
    police, "40" from a hospital) are two claims, and so is `another soldier killed`
    after `one dead`: it adds to the figure rather than repeating it."""
    kept: list[Claim] = []
    figures: dict[int, int | None] = {}  # id(kept claim) -> the token its figure starts at
    ordered = sorted(
        drafts, key=lambda d: (d.headline, _vagueness(d.claim), d.claim.evidence.start)
    )
    for draft in ordered:
        claim = draft.claim
        key = (claim.category, claim.party, claim.count)
        twins = [
            k for k in kept if (k.category, k.party, k.count) == key and _same_people(k, claim)
        ]
        if draft.headline and any((k.category, k.count) == key[::2] for k in kept):
            continue  # the headline repeats a body figure (its party may be less clear)
        if draft.relayed and any(t.claimant_side != "media" for t in twins):
            continue  # an outlet relaying a figure a named source gave: the source's claim
        if draft.definite and any(t.evidence.start < claim.evidence.start for t in twins):
            continue  # "the 40 soldiers killed in the attack": the figure given before
        if any(
            (t.evidence, t.claimant) == (claim.evidence, claim.claimant)
            and _read_twice(figures.get(id(t)), draft.figure_at)
            for t in twins
        ):
            continue  # one figure read twice in one sentence ("another one")
        same = [
            t
            for t in twins
            if _same_speaker(t.claimant, claim.claimant)
            or (
                t.claimant_side == claim.claimant_side
                and claim.claimant_side != "media"
                and (
                    _vagueness(claim) > _vagueness(t)
                    or (t.qualifier == claim.qualifier and not _two_bodies(t, claim))
                )
            )
        ]
        if same and not draft.additional:
            twin = same[0]
            if twin.status == "unknown" and claim.status != "unknown":
                # one statement, twice: keep what the more telling wording says of them
                kept[kept.index(twin)] = replace_claim(twin, status=claim.status)
            continue
        kept.append(claim)
        figures[id(claim)] = draft.figure_at
    return sorted(kept, key=lambda c: c.evidence.start)


def _read_twice(first: int | None, second: int | None) -> bool:
    """Whether two equal figures of one sentence and speaker are one read twice ("another
    one": words side by side), not two ("three confirmed dead and three more believed
    killed"). Without positions, one."""
    return first is None or second is None or abs(first - second) <= 1


def _two_bodies(a: Claim, b: Claim) -> bool:
    """Two named bodies of one state (its defence and its foreign ministry, its police and
    its health ministry), each speaking for itself: not a lead restating the other."""
    names = {_body(a.claimant), _body(b.claimant)}
    owners = {f"{a.claimant_side} ", *(f"{t} " for t in TERRITORIES.values())}
    return len(names) == 2 and all(n.startswith(tuple(owners)) and not is_vague(n) for n in names)


def _same_people(a: Claim, b: Claim) -> bool:
    """Whether two equal figures may count the same people: not a major-general and a
    civilian, each `one killed` in one list, nor the dead of this clash and of an earlier
    attack."""
    return a.scope == b.scope and (a.status == b.status or "unknown" in (a.status, b.status))


def _same_speaker(a: str, b: str) -> bool:
    return _body(a) == _body(b) or (is_vague(a) and vague_state(a) == vague_state(b))


def _body(claimant: str) -> str:
    """`Armenia Ministry of Defence (Shushan Stepanyan)` is the ministry speaking, and
    `Russia FSB` the `Russia Federal Security Service`."""
    return service_name(claimant.split(" (")[0])


def _vagueness(claim: Claim) -> int:
    """Lower for more specific speakers: a named body beats "<Country> government" and
    "a civil society leader"; the outlet's own voice is the least specific."""
    if claim.claimant_side == "media":
        return 2
    vague = is_vague(claim.claimant) or claim.claimant.startswith(("A ", "An "))
    return 1 if vague else 0


def finish_sides(claims: list[Claim], actors: ArticleActors) -> list[Claim]:
    """A speaker's side is their own country or group only when that side is a party to
    the fighting in this article, or the land it happened in; otherwise they speak as a
    third party."""
    parties = {c.party for c in claims} | set(actors.belligerents())
    for land in (actors.place, actors.region):
        if land is not None:
            parties.add(land.name)  # "the army said it killed 40 attackers" at home
    # a state telling of the armed group it fights is a side for all it says in the
    # article, not only for that group's losses
    parties |= {c.claimant_side for c in claims if _enemy_losses(c)}
    out = []
    for claim in claims:
        side = claim.claimant_side
        speaker = actor_named(side)
        armed_group = speaker is not None and speaker.kind in ("rebel", "militia", "pmc")
        if (
            side not in ("media", "third_party", "both")
            and side not in parties
            and (not armed_group)
            and not _enemy_losses(claim)
        ):
            side = "third_party"
        out.append(replace_claim(claim, claimant_side=side))
    return out


def _enemy_losses(claim: Claim) -> bool:
    """A state speaking of an armed group's dead or captured ("the Israeli army said it
    killed three Hezbollah members") is fighting it: a side, not an onlooker."""
    party = actor_named(claim.party)
    return (
        party is not None
        and party.kind in ("rebel", "militia", "pmc")
        and claim.category in ("killed", "captured", "killed_or_wounded")
    )


def replace_claim(claim: Claim, **changes: object) -> Claim:
    return replace(claim, **changes)  # type: ignore[arg-type]
