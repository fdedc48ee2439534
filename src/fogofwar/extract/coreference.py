"""Parties a sentence leaves open, read from the rest of the article.

A summary often gives a figure without saying whose people they were ("8 servicemen were
killed, 13 were captured") that the article states in full elsewhere ("one serviceman was
killed from the Armenian side, 13 were taken prisoner"). When an open figure equals the
figure one side's claim gives, it is that side's; when it equals the sum of two sides'
figures for the same fate ("one" Armenian and "7" Azerbaijani dead make "8"), it is a
total over both sides. A figure whose party the text states is never changed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from ..parties import NON_STATE, actor_named
from ..records import Claim

NOT_A_SIDE = frozenset({"both", "unknown"})


def settle_open_parties(claims: Sequence[Claim], open_party: Sequence[bool | str]) -> list[Claim]:
    """`claims` with each open party (`open_party[i]`: guessed from context or unknown;
    "groups" for armed men of no named group, whom only an armed group's figure settles)
    replaced by the side whose stated figure it restates, or by `both` when it is the sum
    of two sides' figures; left as it was when neither reading is unambiguous."""
    stated = [c for c, is_open in zip(claims, open_party, strict=True) if not is_open]
    groups = [c for c in stated if (a := actor_named(c.party)) is not None and a.kind in NON_STATE]
    sentences = _SidesBySentence(claims)
    out = []
    for claim, is_open in zip(claims, open_party, strict=True):
        if is_open == "groups":
            party = _restated_side(claim, groups)
        else:
            party = (
                _restated_side(claim, stated) or _sum_of_sides(claim, stated) if is_open else None
            )
        party = party or sentences.broken_down(claim)
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


class _SidesBySentence:
    """The sides' figures of each sentence and fate, smallest first, with running sums:
    a sentence listing thousands of figures would otherwise compare each with all."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        grouped: dict[tuple[str, object], list[Claim]] = {}
        for claim in claims:
            if claim.party not in NOT_A_SIDE:
                grouped.setdefault((claim.category, claim.evidence), []).append(claim)
        # per group: the counts (sorted), the sum of the first i, and the first i at
        # which two different sides have been seen (len + 1 if never)
        self.groups: dict[tuple[str, object], tuple[list[int], list[int], int]] = {}
        for key, members in grouped.items():
            members.sort(key=lambda c: c.count)
            sums, parties, two = [0], set(), len(members) + 1
            for i, member in enumerate(members):
                sums.append(sums[-1] + member.count)
                parties.add(member.party)
                if len(parties) >= 2 and two > len(members):
                    two = i + 1
            self.groups[key] = ([c.count for c in members], sums, two)

    def broken_down(self, claim: Claim) -> str | None:
        """`both` for a figure its own sentence breaks down into two sides' figures that
        add up to it: "16 wounded: six Kyrgyz soldiers, three Kyrgyz civilians and seven
        Kazakh soldiers". Whatever party the figure was given, the parts say it spans
        both. The parts are the sentence's sides' figures of this fate below it."""
        group = self.groups.get((claim.category, claim.evidence))
        if group is None or claim.qualifier == "at_most":
            # ("30 to 35 Cambodian soldiers and five Thai soldiers": a range's top is no sum)
            return None
        counts, sums, two = group
        below = bisect.bisect_left(counts, claim.count)
        return "both" if below >= two and sums[below] == claim.count else None


def _restated_side(claim: Claim, stated: Sequence[Claim]) -> str | None:
    """The one side whose stated claim, in another sentence, gives this fate and figure
    of people who may be the same (not 12 villagers and 12 fighters)."""
    sides = {
        other.party
        for other in _sides_figures(claim, stated, same_sentence=False)
        if other.count == claim.count
        and (other.status == claim.status or "unknown" in (other.status, claim.status))
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
