"""Whose people a count is: the party the victims belong to.

Read in order of how directly the text says it: a country, demonym or group inside the
counted phrase (`70 Azeri soldiers`, `50 Wagner mercenaries`); a possessive that points
to the speaker (`its soldiers`, `our servicemen`, `nine of their own`); `the enemy`;
`both sides`; `on the Armenian side`; a count that is the object of the speaker's own
attack (`killing around 20 rebels`) belongs to the other side; then the speaker's own
side (a ministry reports its own losses); then the one party the sentence or the article
is about. Never the nearest country name for its own sake.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .parties import Actor, find_actors

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .attribution import Attribution
    from .counts import Count

POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "own"})
ENEMY = frozenset({"enemy", "enemy's", "adversary", "opponent", "opponents"})
NON_STATE_NOUNS = frozenset(
    """rebel rebels militant militants terrorist terrorists jihadist jihadists insurgent
    insurgents gunman gunmen attacker attackers separatist separatists extremist extremists
    assailant assailants guerrilla guerrillas mercenary mercenaries""".split()
)
BOTH = re.compile(r"\b(?:on|from) both sides\b|\bboth sides\b|\bon either side\b"
                  r"|\btwo sides\b|\bcombined\b", re.IGNORECASE)
SIDE_MARKER = re.compile(r"\b(?:on|from) the (\w+(?:[ -]\w+)?) side\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """How often each country and group is named in an article: the context for guesses."""

    counts: tuple[tuple[Actor, int], ...]

    @classmethod
    def of(cls, text: str) -> ArticleActors:
        tally = Counter(m.actor for m in find_actors(text) if m.actor.kind != "ugo")
        return cls(tuple(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0].name))))

    def belligerents(self) -> list[str]:
        """The two most-named countries or groups: the likely parties to the fighting."""
        return [actor.name for actor, n in self.counts[:2] if n >= 2]

    def main(self) -> Actor | None:
        """The country or group the article is mostly about, if one clearly dominates."""
        if not self.counts:
            return None
        top, n = self.counts[0]
        total = sum(k for _, k in self.counts)
        if len(self.counts) == 1 or n >= 0.5 * total:
            return top
        return None

    def other_than(self, actor: Actor | None, *, non_state: bool = False) -> Actor | None:
        """The most-named party that is not `actor` (a rebel group if asked)."""
        for candidate, n in self.counts:
            if candidate == actor or candidate.kind == "ugo":
                continue
            if non_state and candidate.kind not in ("rebel", "militia"):
                continue
            if n >= 1:
                return candidate
        return None


def _phrase_range(count: Count, sentence: SpacySpan) -> tuple[int, int]:
    """Doc token range of the counted phrase, with a trailing `of/from the X side|army`."""
    doc = sentence.doc
    start = max(sentence.start, count.start - 1)
    end = (count.noun if count.noun is not None else count.end - 1) + 1
    if end < sentence.end and doc[end].lower_ in ("of", "from", "on", "in"):
        tail_end = min(sentence.end, end + 5)
        for j in range(end + 1, tail_end):
            if doc[j].lower_ in ("side", "army", "forces", "troops", "military", "soldiers"):
                return start, j + 1
    return start, end


def party_of(
    count: Count,
    sentence: SpacySpan,
    *,
    actors: ArticleActors,
    speaker: Attribution | None,
    perpetrator: Actor | None = None,
    status: str = "unknown",
    background: bool = False,
    previous: str | None = None,
) -> str:
    """The party (country short name, group name, `both` or `unknown`) of a count."""
    doc = sentence.doc
    start, end = _phrase_range(count, sentence)
    phrase = doc[start:end]
    words = {t.lower_ for t in phrase}
    mentions = [
        m for m in find_actors(sentence.text)
        if phrase.start_char <= sentence.start_char + m.start < phrase.end_char
        and m.via != "capital"
    ]
    groups = [m.actor for m in mentions if m.via == "group"]
    if groups:
        return groups[0].name
    if mentions:
        return mentions[0].actor.name
    speaker_actor = speaker.actor if speaker is not None else None
    if words & POSSESSIVES:
        if speaker_actor is not None:
            return speaker_actor.name
        main = actors.main()
        return main.name if main else "unknown"
    before = {t.lower_ for t in doc[max(sentence.start, count.start - 4) : end]}
    if before & ENEMY:
        other = actors.other_than(speaker_actor)
        return other.name if other else "unknown"
    if previous is not None:
        return previous
    if BOTH.search(sentence.text):
        return "both"
    marked = _side_marker(sentence)
    if marked is not None:
        return marked.name
    if background and status == "unknown":
        return "both"  # a war's or a year's toll: over every side
    noun = doc[count.noun].lower_ if count.noun is not None else ""
    if perpetrator is not None:
        other = actors.other_than(perpetrator, non_state=noun in NON_STATE_NOUNS)
        if other is not None:
            return other.name
    if speaker_actor is not None and speaker_actor.kind != "ugo":
        return speaker_actor.name
    named = {m.actor for m in find_actors(sentence.text) if m.actor.kind != "ugo"}
    if status != "military":
        # people with no side named: the country they are in, not the armed group
        countries = {a for a in named if a.kind == "country"}
        named = countries or named
    if len(named) == 1:
        return next(iter(named)).name
    main = actors.main()
    return main.name if main else "unknown"


def _side_marker(sentence: SpacySpan) -> Actor | None:
    """`on the Armenian side`, `the Azerbaijani side lost`: the side the sentence names."""
    found = []
    for match in SIDE_MARKER.finditer(sentence.text):
        found += [m.actor for m in find_actors(match.group(1))]
    for match in re.finditer(r"\b(?:the )?(\w+) side (?:lost|suffered|has lost)\b", sentence.text):
        found += [m.actor for m in find_actors(match.group(1))]
    return found[0] if len(set(found)) == 1 else None
