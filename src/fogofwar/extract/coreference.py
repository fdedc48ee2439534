"""Parties a sentence leaves open, read from the rest of the article.

A summary often gives a figure without saying whose people they were ("8 servicemen were
killed, 13 were captured") that the article states in full elsewhere ("one serviceman was
killed from the Armenian side, 13 were taken prisoner"). When an open figure equals the
figure one side's claim gives, it is that side's; when it equals the sum of two sides'
figures for the same fate ("one" Armenian and "7" Azerbaijani dead make "8"), it is a
total over both sides. A figure whose party the text states is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from ..records import Claim

NOT_A_SIDE = frozenset({"both", "unknown"})


def settle_open_parties(claims: Sequence[Claim], open_party: Sequence[bool]) -> list[Claim]:
    """`claims` with each open party (`open_party[i]`: guessed from context or unknown)
    replaced by the side whose stated figure it restates, or by `both` when it is the sum
    of two sides' figures; left as it was when neither reading is unambiguous."""
    stated = [c for c, is_open in zip(claims, open_party, strict=True) if not is_open]
    out = []
    for claim, is_open in zip(claims, open_party, strict=True):
        party = _restated_side(claim, stated) or _sum_of_sides(claim, stated) if is_open else None
        party = party or _broken_down_by_side(claim, claims)
        out.append(replace(claim, party=party) if party else claim)
    return out


def _sides_figures(claim: Claim, others: Sequence[Claim], *, same_sentence: bool) -> list[Claim]:
    """The other claims of this fate that name one side, in the claim's own sentence or
    in the rest of the article."""
    return [
        other
        for other in others
        if other is not claim
        and other.category == claim.category
        and other.party not in NOT_A_SIDE
        and (other.evidence == claim.evidence) == same_sentence
    ]


def _broken_down_by_side(claim: Claim, claims: Sequence[Claim]) -> str | None:
    """`both` for a figure its own sentence breaks down into two sides' figures that add
    up to it: "16 wounded: six Kyrgyz soldiers, three Kyrgyz civilians and seven Kazakh
    soldiers". Whatever party the figure was given, the parts say it spans both."""
    parts = [p for p in _sides_figures(claim, claims, same_sentence=True) if p.count < claim.count]
    if len({p.party for p in parts}) >= 2 and sum(p.count for p in parts) == claim.count:
        return "both"
    return None


def _restated_side(claim: Claim, stated: Sequence[Claim]) -> str | None:
    """The one side whose stated claim, in another sentence, gives this fate and figure."""
    sides = {
        other.party
        for other in _sides_figures(claim, stated, same_sentence=False)
        if other.count == claim.count
    }
    return sides.pop() if len(sides) == 1 else None


def _sum_of_sides(claim: Claim, stated: Sequence[Claim]) -> str | None:
    """`both` when two different sides' stated figures for this fate add up to it."""
    if claim.status == "civilian":
        return None
    figures = [
        other
        for other in _sides_figures(claim, stated, same_sentence=False)
        if other.scope == claim.scope
    ]
    for a, b in combinations(figures, 2):
        if a.party != b.party and a.count + b.count == claim.count:
            return "both"
    return None
