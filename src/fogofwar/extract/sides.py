"""Whose people a count is: the party the victims belong to.

Read in order of how directly the text says it: a country, demonym or group inside the
counted phrase (`70 Azeri soldiers`, `50 Wagner mercenaries`); a possessive that points
to the speaker (`its soldiers`, `our servicemen`, `nine of their own`); `the enemy`;
`both sides`; `on the Armenian side`; a count that is the object of the speaker's own
attack (`killing around 20 rebels`) belongs to the other side; captives by who rescued or
holds them, suspects by the attack laid at their group; then the speaker's own side (a
ministry reports its own losses); then the one party the sentence names that is not
striking, and else what the article's incident model says (`incident`: the country where
it happened, never the side striking). Never the nearest country name for its own sake.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from ..parties import (
    NON_STATE,
    Actor,
    ActorMention,
    actor_named,
    country_actor,
    designated,
    find_actors,
    named_as_a_base,
    named_as_sponsor,
    named_for_its_border,
    party_named,
    state_ruled_by,
)
from .attribution import REPORTING_LEMMAS
from .incident import (
    FIGHT_NOUNS,
    PEOPLE_GROUP_WORDS,
    PLACE_NOUNS,
    VICTIM_NOUNS,
    Incident,
    fought_between,
    held_places,
    hostile_in,
    is_region,
    landmarks_in,
    mention_root,
    noun_phrase_head,
    place_country,
    place_name,
    where_one_sits,
    within_named_regions,
)
from .nlp import entities_in, per_sentence
from .vocabulary import (
    ASSAILANT_NOUNS,
    ATTACK_NOUNS,
    FOREIGNERS,
    HOSTAGE_WORDS,
    KIN_NOUNS,
    NON_STATE_NOUNS,
    PMC_NOUNS,
    PRISONER_NOUNS,
    QUOTING_LEMMAS,
    STAFF_NOUNS,
    STATE_FORCE_NOUNS,
    STATE_SOLDIERS,
    STATE_WORDS,
    fate_of_word,
    people_status,
)
from .vocabulary import RANKS as MILITARY_RANKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .attribution import Attribution
    from .counts import Count

POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "own"})
# Words for the other side, whoever speaks: "the enemy", "the occupiers".
ENEMY = frozenset(
    {"enemy", "enemy's", "adversary", "opponent", "opponents", "occupier", "occupiers",
     "occupation", "occupying", "opposing", "invader", "invaders", "aggressor", "aggressors"}
)  # fmt: skip
BOTH = re.compile(
    r"\b(?:on|from) both sides\b|\bboth sides\b|\bon either side\b"
    r"|\btwo sides\b|\bcombined\b",
    re.IGNORECASE,
)
SIDE_MARKER = re.compile(r"\b(?:on|from) the (\w+(?:[ -]\w+)?) side\b", re.IGNORECASE)
# What comes "from the X side" of those who shoot, not of those hit.
FIRED_FROM = re.compile(
    r"\b(?:fire|gunfire|shelling|shots?|shooting|strikes?|attacks?|drones?|provocations?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PartyReading:
    """A party, and whether only the article's context suggested it (no word about these
    people says whose they are): a guess that the rest of the article may overrule."""

    name: str
    guessed: bool = False
    # fighters of no group the article names: only a group's stated figure may settle them
    fighters: bool = False


@dataclass(frozen=True, slots=True)
class Antecedent:
    """The people the previous sentence spoke of: their party and status, and the fate
    its last figure gave them (None when it named them without a figure)."""

    party: str
    status: str
    category: str | None = None
    fighters: bool = False  # an armed group's, though no name says which ("the rebels")


LEAD_CHARS = 400  # the headline and first paragraph, about

# A name that is a speaker's: "an al-Shabaab official said".
SPEAKER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:official|officials|spokesman|spokeswoman|spokesperson|"
    r"commander|source|sources)\s+(?:said|says|told|added|reported)\b",
    re.IGNORECASE,
)
# A nationality named for some of the people a figure counts ("killing 17 people,
# including two French citizens and four Japanese"): they are victims, not a side.
FOREIGN_PART = re.compile(
    r"\b(?:including|among them|among whom|among those|among the (?:dead|victims|wounded))"
    r"\s+[^.;:()]*?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+$",
    re.IGNORECASE,
)
# "Eight of the dead were German tourists", "Thirty of the victims were British".
FOREIGN_PART_TOLD = re.compile(
    r"\bof the (?:dead|victims|wounded|injured|killed)\s+(?:were|was)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# After a name: "Two Nepali nationals were among the dead", "A U.S. aid worker was among
# the victims": a nationality of some of the people counted.
FOREIGN_PART_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:also\s+)?among\s+(?:the|those)\s+"
    r"(?:dead|victims|killed|wounded|injured)\b",
    re.IGNORECASE,
)
# "two French nationals had been wounded", "a British citizen": people of a land named
# for their nationality, not the land as a side.
NATIONALS_AFTER = re.compile(r"\s+(?:nationals?|citizens?)\b", re.IGNORECASE)
# A state's office for its people abroad right after its name: "the French foreign
# ministry", "Britain's Foreign Office", "the Portuguese embassy".
OFFICE_ABROAD_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:foreign (?:ministry|minister|office|affairs|secretary)|embassy|"
    r"ambassador|consulate|state department)\b",
    re.IGNORECASE,
)
# A state's armed forces right after its name: "Israeli jets", "Pakistan's army", "Indian
# special forces", "Turkish military drones"
STATE_FORCES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:army|armed forces|troops|forces?|soldiers?|military|jets?|warplanes?|aircraft"
    r"|drones?|artillery|navy|air force|tanks?|helicopters?|gunboats?|marines|commandos"
    r"|(?:air)?strikes?|missiles?|shelling|(?:out)?posts?|positions?|checkpoints?|bases?)\b"
)


# A state's troops right after its name, or its name right after troops "from" it.
TROOPS = r"(?:troops|forces|soldiers|army|military|peacekeepers|contingents?|special forces)"
TROOPS_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{TROOPS}\b")
TROOPS_FROM_BEFORE = re.compile(rf"\b{TROOPS}\s+(?:deployed\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """How often each country and group is named in an article: the context for guesses."""

    counts: tuple[tuple[Actor, int], ...]
    # the country the incident's places lie in, once the incident model has read them:
    # whose police, health ministry or rescuers an unnamed one is
    place: Actor | None = None
    # the country most of the article's places lie in: for an article naming no country
    region: Actor | None = None
    # the side the article names as striking: never whose ministry an unnamed one is
    attacker: Actor | None = None
    # the states whose armed forces the article names ("Israeli jets", "Pakistan's army"):
    # an unnamed "the military said" is the one state's that fights here
    armed: tuple[Actor, ...] = ()
    # the country the report was filed from (its dateline): whose "the ministry said"
    filed_from: Actor | None = None
    # people the article names with their side ("Ukrainian President Volodymyr
    # Zelenskiy"), by full name and surname: whom they speak for when named alone
    people: tuple[tuple[str, Actor], ...] = ()
    # what the article calls one armed group's men and no other's ("Tuareg rebels",
    # "al-Shabaab militants"): which group a bare "20 rebels" later are
    fighters_called: tuple[tuple[str, Actor], ...] = ()
    # the land the report was filed from, whatever the story names: where its towns are
    # looked up after the lands it names ("MEXICO CITY - ... killed four in Cordoba")
    dateline_land: Actor | None = None
    # the states named only for their troops ("French troops left the region", "soldiers
    # from Rwanda"): no land the story's places are sought in
    troops_only: tuple[Actor, ...] = ()

    @classmethod
    def of(cls, text: str) -> ArticleActors:
        """Ties go to the party the headline and lead name most, then to the one named
        first: they say whom the story is about."""
        mentions = [
            m
            for m in find_actors(text)
            if m.actor.kind != "ugo"
            and not named_as_sponsor(text, m.start)
            and not named_for_its_border(text, m.start, m.end)
            and not named_as_a_base(text, m.end)  # "the London-based IMB": no side
            and not (
                FOREIGN_PART.search(text, max(0, m.start - 60), m.start)
                # "... six of the group's fighters, an al-Shabaab official said": who speaks
                and not SPEAKER_AFTER.match(text, m.end)
            )
        ]
        # a country named only as the nationality of some of the dead ("Eight of the dead
        # were German tourists", "Two Nepali nationals were among the dead") is no side
        told_parts = {
            id(m)
            for m in mentions
            if m.actor.kind == "country"
            and (
                FOREIGN_PART_TOLD.search(text, max(0, m.start - 40), m.start)
                or FOREIGN_PART_AFTER.match(text, m.end)
                or (m.via == "demonym" and NATIONALS_AFTER.match(text, m.end))
                # "the French foreign ministry said": a state's office for its people abroad
                or OFFICE_ABROAD_AFTER.match(text, m.end)
            )
        }
        only_parts = {m.actor for m in mentions if id(m) in told_parts} - {
            m.actor for m in mentions if id(m) not in told_parts
        }
        mentions = [m for m in mentions if m.actor not in only_parts]
        tally = Counter(m.actor for m in mentions)
        in_lead = Counter(m.actor for m in mentions if m.start < LEAD_CHARS)
        first: dict[Actor, int] = {}
        for m in mentions:
            first.setdefault(m.actor, m.start)
        order = sorted(tally.items(), key=lambda kv: (-kv[1], -in_lead[kv[0]], first[kv[0]]))
        armed = {
            m.actor: None
            for m in mentions
            if m.actor.kind == "country" and STATE_FORCES_AFTER.match(text, m.end)
        }
        troops_only = {m.actor for m in mentions if m.actor.kind == "country"} - {
            m.actor
            for m in mentions
            if not TROOPS_AFTER.match(text, m.end)
            and not TROOPS_FROM_BEFORE.search(text, max(0, m.start - 40), m.start)
        }
        return cls(
            tuple(order),
            armed=tuple(armed),
            fighters_called=_fighters_called(mentions, text),
            troops_only=tuple(a for a, _ in order if a in troops_only),
        )

    def belligerents(self) -> list[str]:
        """The two most-named countries or groups: the likely parties to the fighting
        (in a short text, named once is enough)."""
        least = 2 if sum(n for _, n in self.counts) >= 6 else 1
        return [actor.name for actor, n in self.counts[:2] if n >= least]

    def main(self) -> Actor | None:
        """The country or group the article is mostly about, if one clearly dominates."""
        if not self.counts:
            return None
        top, n = self.counts[0]
        total = sum(k for _, k in self.counts)
        if len(self.counts) == 1 or n >= 0.5 * total:
            return top
        return None

    def countries(self) -> list[str]:
        """The ISO codes of the countries the article names, most named first, then the
        homes of the armed groups it names (`NPA guerrillas ... in Samar`: the Philippines'
        Samar): where its towns are looked up before their namesakes elsewhere."""
        named = [a.country for a, _ in self.counts if a.kind == "country" and a.country]
        homes = [
            a.country
            for a, _ in self.counts
            if a.kind in NON_STATE and a.country and a.country not in named
        ]
        filed = [self.dateline_land.country] if self.dateline_land is not None else []
        return list(dict.fromkeys([*named, *homes, *[c for c in filed if c]]))

    def names(self, actor: Actor) -> bool:
        """Whether the article names this country or group at all."""
        return any(a == actor for a, _ in self.counts)

    def top_country(self) -> Actor | None:
        """The most-named country: whose police or ministry an unnamed one probably is."""
        return next((a for a, _ in self.counts if a.kind == "country"), None)

    def names_as_belligerent(self, actor: Actor) -> bool:
        """Whether `actor` is one of the article's two likely parties to the fighting, and
        named more than once (a speaker named once only speaks)."""
        return actor.name in self.belligerents() and dict(self.counts).get(actor, 0) > 1

    def ranks(self, actor: Actor, *, top: int = 3) -> bool:
        """Whether `actor` is among the `top` most-named parties of the article."""
        return actor in [a for a, _ in self.counts[:top]]

    def person(self, name: str) -> Actor | None:
        """The side of a person the article named with it, by their name or surname."""
        return next((actor for known, actor in self.people if known == name), None)

    def placed_in(self, land: Actor) -> ArticleActors:
        """The same cast, with the incident placed in `land`."""
        return replace(self, place=land)

    def land(self) -> Actor | None:
        """The land the story is in: where its incident was, else where its places lie,
        else the country it names most."""
        return self.place or self.region or self.top_country()

    def group_called(self, words: Iterable[str]) -> Actor | None:
        """The one armed group the article names whose fighters these words call them by
        what the press calls them ("the Tuareg separatists", "the jihadists"), if one."""
        said = [w.lower() for w in words]
        called = [a for a, _ in self.counts if a.kind in NON_STATE and designated(a, said)]
        if not called:
            said = [_one_of(w) for w in said]
            called = [actor for noun, actor in self.fighters_called if noun in said]
        return called[0] if len(called) == 1 else None

    def other_than(
        self,
        actor: Actor | None,
        *,
        kinds: tuple[str, ...] | None = None,
        besides: tuple[Actor, ...] = (),
    ) -> Actor | None:
        """The most-named party that is not `actor` nor one `besides` it (only of the
        given kinds, if asked: `NON_STATE` for "the rebels")."""
        for candidate, _ in self.counts:
            if candidate == actor or candidate in besides or candidate.kind == "ugo":
                continue
            if kinds is not None and candidate.kind not in kinds:
                continue
            return candidate
        return None


# The nouns for a group's men right after its name: "M23 rebels", "Tuareg separatists".
FIGHTERS_AFTER = re.compile(r"\s+([a-z]+)\b")


def _one_of(noun: str) -> str:
    """One of the men a fighters' noun names: "rebels" and "rebel", "gunmen" and "gunman"
    are one word here."""
    return noun[:-3] + "man" if noun.endswith("men") else noun.removesuffix("s")


def _fighters_called(mentions: list[ActorMention], text: str) -> tuple[tuple[str, Actor], ...]:
    """The nouns the article puts after one armed group's name and after no other's."""
    groups_by_noun: dict[str, set[Actor]] = {}
    for m in mentions:
        if m.actor.kind not in NON_STATE:
            continue
        last = m.text.split()[-1].lower()
        after = FIGHTERS_AFTER.match(text, m.end)
        noun = last if last in NON_STATE_NOUNS else after.group(1) if after else ""
        if noun in NON_STATE_NOUNS:
            groups_by_noun.setdefault(_one_of(noun), set()).add(m.actor)
    return tuple(
        (noun, next(iter(groups)))
        for noun, groups in sorted(groups_by_noun.items())
        if len(groups) == 1
    )


def _phrase_range(count: Count, sentence: SpacySpan) -> tuple[int, int]:
    """Doc token range of the counted phrase, with a trailing `of/from the X side|army`."""
    doc = sentence.doc
    start = max(sentence.start, count.start - 1)
    end = (count.noun if count.noun is not None else count.end - 1) + 1
    if count.noun is not None:
        # "Shukr, a top Hezbollah commander": the apposition describes the counted people
        appositions = [
            c
            for c in doc[count.noun].children
            if c.dep_ == "appos"
            and not any(t.like_num for t in c.subtree)
            # right after the noun: not a phrase the parser hung on it from the sentence's end
            and c.left_edge.i <= count.noun + 2
            # "30 people, a spokesman for the RSF said": the speaker the parser hung on them
            and not (
                c.right_edge.i + 1 < len(doc)
                and doc[c.right_edge.i + 1].lemma_.lower() in REPORTING_LEMMAS
            )
        ]  # "13 foreign soldiers, nine South African": the nine are a count of their own
        if appositions:
            end = max(end, max(t.i for t in appositions[-1].subtree) + 1)
    if end < sentence.end and doc[end].lower_ in ("of", "from", "on", "in", "among"):
        tail_end = min(sentence.end, end + 7)
        for j in range(end + 1, tail_end):
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                break  # "two people on Wednesday, the Israeli military said": the speaker
            if doc[j].lower_ in ("side", "army", "forces", "troops", "military", "soldiers"):
                return start, j + 1
        taken_from = doc[end].head
        if (
            doc[end].lower_ == "from"
            and taken_from.pos_ == "VERB"
            and taken_from.lemma_.lower() in RESCUES | {"release"}
        ):
            # "Israeli forces rescued four hostages from Gaza": where the rescuers took them
            # from is their captors' ground, nothing of theirs
            return start, end
        if doc[end].lower_ in ("of", "from", "among"):
            # "84 fighters from the Russian mercenary group Wagner", but not "six hostages
            # from a camp in Eritrea": a place they were taken from says nothing of them
            j = end + 1
            while j < tail_end and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX"):
                if doc[j].lemma_.lower() in PLACE_NOUNS:
                    return start, end
                j += 1
            return start, j
    return start, end


def civilians_of_the_land(
    reading: PartyReading, *, status: str, actors: ArticleActors
) -> PartyReading:
    """The guide gives the victims of violence inside one country who are not named as
    fighters to that country, never to an armed group ("killed 12 al-Shabaab fighters and
    three civilians", "army strikes killed 30 civilians in RSF-held Nyala"): the land the
    incident is in, else the group's home (a ruling group's state)."""
    group = actor_named(reading.name) if status == "civilian" else None
    if group is None or group.kind not in (*NON_STATE, "pmc"):
        return reading  # (nor a military company's: "a Wagner mercenary and four residents")
    land = state_ruled_by(group) or actors.place or actors.region or country_actor(group.country)
    return PartyReading(land.name, guessed=reading.guessed) if land is not None else reading


def party_of(
    count: Count,
    sentence: SpacySpan,
    *,
    actors: ArticleActors,
    speaker: Attribution | None,
    perpetrator: Actor | None = None,
    accomplices: tuple[Actor, ...] = (),
    loser: Actor | None = None,
    status: str = "unknown",
    category: str | None = None,
    background: bool = False,
    previous: str | None = None,
    antecedent: Antecedent | None = None,
    extra: tuple[int, int] | None = None,
    incident: Incident | None = None,
) -> PartyReading:
    """The party (country short name, group name, `both` or `unknown`) of a count.

    `previous` is the party of a count this one is listed with in the same sentence;
    `antecedent` the people the sentence before spoke of, whom `two others` or a bare
    `about fifty dead` of the same fate go on about. `extra` is another token range that
    describes the counted people (the words between a toll and its figure: `the number
    of fatalities among Wagner fighters ... 20`). `accomplices` are the parties named with
    the perpetrator as doers ("Malian soldiers and Russian mercenaries killed ..."): the
    victims are of none of them.
    """
    doc = sentence.doc
    start, end = _phrase_range(count, sentence)
    ranges = [(start, end)] + ([extra] if extra else [])
    them = _them_stands_for(count, sentence)
    if them is not None:
        # "attacked by army troops ... and killed 38 of them": the troops' words
        ranges.append((them.left_edge.i, them.i + 1))
    words = {t.lower_ for a, b in ranges for t in doc[a:b]} | _ranks_after(count, sentence)
    named = _named_in(sentence, ranges)
    groups = [m for m in named if m.kind != "country"]
    if not named and THE_GROUP.search(doc[start:end].text):
        # "Ali Hamdan, a commander of the group's elite force": the armed group the article
        # is about
        group = actors.other_than(None, kinds=NON_STATE)
        if group is not None and group != perpetrator:
            # (not the group that killed them: "JNIM said it had killed 30 members of the
            # militia" are another's)
            return PartyReading(group.name)
    if groups or named:
        # "two Chadian peacekeepers": a land named for people a body's word also names
        # ("peacekeepers" are the UN's) is theirs; the body's only when no land is named
        armed = [m for m in groups if m.kind != "ugo"]
        first = (armed or [m for m in named if m.kind == "country"] or groups)[0]
        ruled = state_ruled_by(first)
        if ruled is not None and count.noun is not None:
            noun = doc[count.noun].lower_
            if noun in STATE_FORCE_NOUNS or noun == "forces":
                return PartyReading(ruled.name)  # "two Taliban border guards"
        return PartyReading(first.name)
    owner = _owner_of_the_site(count, sentence) if status != "civilian" else None
    if owner is not None:
        return PartyReading(owner.name)  # "an attack on three American bases, where 3 died"
    target = _target_of_the_attack(count, sentence)
    if target is not None:
        return PartyReading(target.name)  # "a strike on a Ukrainian training ground killed 60"
    if words & DIPLOMATIC_POSTS:
        # once per article: every figure of its embassy's staff asks the same
        envoy = per_sentence(doc[:], "embassy", lambda: _whose_embassy(doc))
        if envoy is not None:
            return PartyReading(envoy.name)  # "two embassy employees": the embassy's state
    gapped = gapped_subject(count, sentence) if count.noun is None else None
    if gapped is not None:
        return PartyReading(gapped.name)  # "Ethiopia reported four dead; Eritrea, seven"
    if words & STAFF_NOUNS and _of_the_un(doc[start:end], sentence):
        un = party_named("UN")  # "a UN helicopter crew member", "two U.N. staff"
        if un is not None:
            return PartyReading(un.name)
    if "foreign" in words and status == "military":
        # "13 foreign soldiers": never the land they fight in; peacekeepers are the UN's
        keeping = "peacekeep" in sentence.text.lower() or "UN" in sentence.text.split()
        un = party_named("UN")
        return PartyReading(un.name) if keeping and un is not None else UNKNOWN
    if words & FOREIGNERS:
        # "at least one foreign worker", "two foreigners": not the land they died in, and
        # no land the words name
        return UNKNOWN
    if loser is UNNAMED_GROUP:
        return UNNAMED_FIGHTERS  # "the attackers lost eight fighters", no group named
    if loser is not None:
        return PartyReading(loser.name)  # "Russian forces lost 1,200 troops"
    if count.noun is not None and _state_forces(doc[count.noun]):
        # "30 junta soldiers", "21 government troops": the state named, else the land,
        # else the land of the armed group the story names
        group = actors.other_than(None, kinds=NON_STATE)
        home = country_actor(group.country) if group is not None and group.country else None
        state = actors.top_country() or actors.place or actors.region or home
        if state is not None:
            return PartyReading(state.name)
    speaker_actor = speaker.actor if speaker is not None else None
    body = _international_body(speaker)
    if body is not None and (words & POSSESSIVES or words & STAFF_NOUNS):
        # "the UN said three of its staff were killed", "UNMISS said the attack killed one
        # crew member": an international body's own people
        return PartyReading(body.name)
    kin_of_someone = (
        count.noun is not None
        and words & {"his", "her"}
        and doc[count.noun].lemma_.lower() in KIN_NOUNS
    )
    if kin_of_someone and antecedent is not None and antecedent.party:
        # "A drone killed a man. His wife was injured.": the kin of the one spoken of
        return PartyReading(antecedent.party)
    before = {t.lower_ for t in doc[max(sentence.start, count.start - 4) : end]}
    third_person = not words & {"our", "own"}
    if words & POSSESSIVES and not kin_of_someone:
        if (
            third_person
            and speaker_actor is not None
            and (_the_enemy_lost(count, sentence) or inside_quote(count, sentence))
        ):
            # "'The enemy lost 40 of its soldiers'", "'sixty of their soldiers died,' the
            # KIA spokesman said": in a speaker's own words, "their" are the others
            other = actors.other_than(speaker_actor) or (
                actors.land() if speaker_actor.kind in NON_STATE else None
            )  # an armed group's enemy unnamed: the state where it fights
            return PartyReading(other.name) if other is not None else UNKNOWN
        if (
            third_person
            and speaker_actor is not None
            and speaker_actor.kind == "country"
            and count.noun is not None
            and doc[count.noun].lower_ in GROUP_FIGHTERS
        ):
            # "the army said the RSF had suffered heavy losses. More than 300 of its
            # fighters were killed": a state's men are no fighters; the group's are
            group = actors.other_than(speaker_actor, kinds=NON_STATE)
            if group is not None:
                return PartyReading(group.name)
        if perpetrator is not None and perpetrator == speaker_actor and third_person:
            # "the RSF said it had clashed with militias, killing 22 of their fighters":
            # those the speaker killed are not its own
            other = actors.other_than(perpetrator, besides=accomplices)
            return PartyReading(other.name) if other is not None else UNKNOWN
        if speaker_actor is not None:
            return PartyReading(speaker_actor.name)
        main = actors.main()
        if (
            not third_person
            and main is not None
            and main.kind in NON_STATE
            and not words & (GROUP_FIGHTERS | NON_STATE_NOUNS)
        ):
            # "'They killed 12 of our people,' a resident said": a speaker of no side
            # tells of the land's people, not of the armed group the story is about
            land = actors.land()
            if land is not None and land.kind == "country":
                return PartyReading(land.name)
        if main is not None and main == actors.attacker:
            # "Israeli jets struck the village. 'Four of our neighbours were killed,' said
            # a resident": a speaker of no side is not of the side that struck
            land = actors.place if actors.place not in (None, main) else None
            land = land or actors.other_than(main, kinds=("country",))
            return PartyReading(land.name) if land is not None else UNKNOWN
        return PartyReading(main.name) if main else UNKNOWN
    if words & SEAFARERS and VESSEL.search(sentence.text):
        # "a missile struck the bulk carrier, killing three crew members": a ship's crew
        # is of no land the story names unless the words say whose they are
        return NO_LAND
    if (
        before & ENEMY
        or _sufferer(count, sentence) & ENEMY
        or _losses_owners(count, sentence) & ENEMY
    ):
        # "the enemy suffered heavy losses, with at least 20 killed": the sufferer's
        # the enemy of whoever speaks; in the outlet's own voice, of the side it is about
        other = actors.other_than(speaker_actor or actors.main() or actors.top_country())
        return PartyReading(other.name) if other else UNKNOWN
    owner = _losses_owner(count, sentence)
    if owner is not None:
        return PartyReading(owner.name)  # "Armenian losses stood at 4 killed and 9 wounded"
    listed_state = actor_named(previous) if previous is not None else None
    if (
        listed_state is not None
        and listed_state.kind == "country"
        and words & (BARE_FIGHTERS | NON_STATE_NOUNS)
        and (count.noun is None or doc[count.noun].lower_ not in STATE_FORCE_NOUNS)
        and not words & POSSESSIVES
    ):
        # "125 members of the security forces and 148 fighters loyal to Assad were
        # killed": fighters listed with a state's people are its enemy's, not its own
        other = actors.group_called(words) or actors.other_than(listed_state, kinds=NON_STATE)
        return PartyReading(other.name) if other is not None else UNNAMED_FIGHTERS
    if previous is not None and not _a_states_enemies(
        words & (BARE_FIGHTERS | NON_STATE_NOUNS), words, speaker_actor
    ):
        # (but "the army said 12 soldiers and 30 fighters were killed": the fighters a
        # state tells of are not its own, whatever they are listed with)
        return PartyReading(previous)
    if antecedent is not None and antecedent.party and points_back(count, sentence):
        # "... Wagner mercenaries. Two others were taken prisoner"
        return PartyReading(antecedent.party)
    if antecedent is not None and antecedent.fighters and points_back(count, sentence):
        # "The rebels also took a beating. At least six of them died": the armed group the
        # story names, if one; never the side of whoever tells it
        group = actors.other_than(None, kinds=NON_STATE)
        return PartyReading(group.name) if group is not None else UNKNOWN
    if BOTH.search(_clause_around(count, sentence)):
        land = actors.land()
        if COMMUNAL.search(sentence.text) and land is not None and not _states_named(sentence):
            # "fighting between the two tribes killed 82 people from both sides": the
            # guide gives the dead of feuding tribes, sects or clans to their land
            return PartyReading(land.name)
        return PartyReading("both")
    marked = per_sentence(sentence, "side marker", lambda: _side_marker(sentence))
    if marked is not None:
        return PartyReading(marked.name)
    cumulative = background and CUMULATIVE.search(sentence.text) is not None
    # a toll over time inside one land that names no two parties to fight is the land's
    # ("more than 30,000 people were murdered in Mexico in 2024")
    one_land = (
        (cumulative or (background and _placed_in_one_land(sentence, actors.land())))
        and actors.land() is not None
        and _war_inside_one_land(actors)
    ) or (
        # "Similar clashes in the district in July killed 49 people", in a story of
        # fighting between tribes or sects of one land: that land's, whoever fought
        background
        and _war_inside_one_land(actors)
        and not [a for a, _ in actors.counts if a.kind != "country"]
    )
    if (
        background
        and status == "unknown"
        and count.value > 1  # one person is one side's ("Soleimani was killed in 2020")
        and category != "captured"  # captives are always one side's taking
        and not _one_sided(count, sentence)
        # a year's or a war's toll inside one land, of no fight between states, is that
        # land's ("gang violence has claimed 3,900 lives since the start of the year")
        and not one_land
        # "the health ministry said 38,000 people had been killed since the war began":
        # a side's own counting body counts its own people's dead
        and not (
            speaker is not None
            and speaker_actor is not None
            and speaker_actor.kind == "country"
            and COUNTING_BODY.search(speaker.name) is not None
        )
    ):
        return PartyReading("both")  # a war's or a year's toll: over every side
    noun = _believed_to_be(count, sentence) or (
        _listed_forces_noun(count, doc)
        if count.noun is not None
        else (them.lower_ if them is not None else "")
    )
    if (
        noun == "forces"
        and count.noun is not None
        and doc[count.noun - 1].lower_ in ("security", "government", "armed", "state")
    ):
        noun = "troops"  # "three members of the security forces": a state's own
    if not noun and count.noun is None and extra is not None:
        # "the militant dead numbered 27": the people a toll's words name
        noun = next((t.lower_ for t in doc[extra[0] : extra[1]] if t.lower_ in NON_STATE_NOUNS), "")

    def where_they_were() -> PartyReading:
        reading = _where(
            _own_report(sentence, count),
            actors=actors,
            status=status,
            speaker=speaker_actor,
            speaker_phrase=speaker.phrase if speaker is not None else None,
            incident=incident,
            category=category,
            noun=noun,
        )
        return reading

    if words & PMC_NOUNS:
        company = actors.other_than(speaker_actor, kinds=("pmc",))
        if company is not None:
            return PartyReading(company.name)
    rescuer = _rescuer(count, sentence) if category == "captured" else None
    if rescuer is not None:
        return PartyReading(rescuer.name)  # "Kestrian forces rescued four hostages"
    suspects = category == "captured" and _held_as_suspects(count, sentence)
    captor = (
        _captor(count, sentence, actors, speaker=speaker.actor if speaker is not None else None)
        if category == "captured"
        else None
    )
    if captor is not None and not suspects:
        place = where_they_were()
        if not place.guessed and place.name not in (captor.name, "unknown", "both"):
            return place  # "Hamas seized 250 people in its attack on southern Israel"
        other = actors.other_than(captor)  # "14 people detained by Eritrean troops"
        if other is not None:
            return PartyReading(other.name)
        if place.name not in (captor.name, "unknown", "both"):
            return place  # no other side named: the land they were taken in, not the captor's
        return UNKNOWN
    held = _hostages_side(count, sentence, actors=actors, incident=incident)
    if held is not None:
        return PartyReading(held, guessed=True)
    if category == "captured" and noun in PRISONER_NOUNS:
        holder = _subject_side(count, sentence)
        if holder is not None:
            # "the White Army handed over eight prisoners": those who hold or hand them
            # over are their captors, the prisoners the other side's
            other = actors.other_than(holder)
            if other is not None:
                return PartyReading(other.name, guessed=True)
        # "footage of 20 blindfolded prisoners": in a state's war on a group, prisoners
        # whose captor goes unsaid are the group's, held by the state
        group = actors.other_than(None, kinds=NON_STATE)
        states = [a for a, _ in actors.counts[:BELLIGERENT_RANKS] if a.kind == "country"]
        earlier = doc[sentence.start : count.start].text
        named_before = group is not None and any(
            m.actor == group for m in find_actors(earlier)
        )  # "White Army hands over eight prisoners", however the headline parses
        if holder is None and group is not None and states and not named_before:
            return PartyReading(group.name, guessed=True)
    if suspects:
        # "11 people linked to the attack were arrested": the suspects are of the group
        # the attack is laid at, never the state that holds them
        group = actors.other_than(None, kinds=NON_STATE)
        return PartyReading(group.name) if group is not None else UNKNOWN
    if noun in ASSAILANT_NOUNS and speaker_actor is not None and speaker_actor.kind == "country":
        # "Eritrea said its troops repelled the attack, killing 40 attackers": the armed
        # group the article names, else the other state
        other = actors.other_than(speaker_actor, kinds=NON_STATE) or actors.other_than(
            speaker_actor, kinds=("country",)
        )
        if other is not None:
            return PartyReading(other.name)
        return UNNAMED_FIGHTERS  # "12 saboteurs were killed, the FSB said": never its own
    if _a_states_enemies(noun in BARE_FIGHTERS, words, speaker_actor):
        # "the strike killed 30 fighters, the army said": a state calls its own men
        # soldiers; the fighters it tells of are the armed group's
        other = actors.group_called(words) or actors.other_than(speaker_actor, kinds=NON_STATE)
        if other is not None:
            return PartyReading(other.name)
        return UNNAMED_FIGHTERS  # no armed group named: never the state that fights them
    if noun in NON_STATE_NOUNS:
        # "20 rebels", "about 20 militants were eliminated": the armed group fought here,
        # never the state forces that report killing them; of several, the one the words
        # call them by ("Tuareg separatists")
        other = actors.group_called(words) or actors.other_than(speaker_actor, kinds=NON_STATE)
        if other is not None:
            return PartyReading(other.name)
        if speaker_actor is None or speaker_actor.kind == "country":
            return UNNAMED_FIGHTERS  # no armed group named: never the state that fights them
        if noun not in GROUP_FIGHTERS | OWN_NAMES and not words & POSSESSIVES:
            # "the ELN said 30 dissidents died": a group calls its own men fighters or
            # members, not dissidents or gunmen; those are an enemy no name tells
            return UNNAMED_FIGHTERS
    pair = fought_between(sentence)
    fights_both = pair is not None and (
        status == "military" or (status == "unknown" and _states(pair))
    )
    counts_own = (
        speaker is not None
        and speaker_actor is not None
        and speaker_actor.kind == "country"
        and COUNTING_BODY.search(speaker.name) is not None
    )  # "fighting between A and B killed 24, A's health ministry said": A's own dead
    if (
        fights_both
        and not counts_own
        and (speaker is None or not sentence.start <= speaker.token < count.start)
    ):
        # "fighting between A and B killed 80 troops", "Thai and Cambodian troops clashed,
        # killing 12 people", whichever side's spokesman tells it after (but "fighting
        # between A and B escalated, with A reporting seven troops killed" are A's); people
        # of no stated status killed in fighting between two armed groups inside one
        # country are that country's
        return PartyReading("both")
    striker = _struck_by(count, sentence) if perpetrator is None else None
    if striker is not None and noun in STATE_FORCE_NOUNS:
        # "two servicemen were killed in the Russian missile strike on Dnipro": soldiers a
        # state's strike killed are of the land it struck, else of its enemy
        land = actors.place if actors.place not in (None, striker) else None
        land = land or actors.other_than(striker, kinds=("country",))
        if land is not None:
            return PartyReading(land.name, guessed=True)
    if (
        perpetrator is not None
        and perpetrator.kind == "country"
        and status != "military"
        and not accomplices
        and _done_by_police(count, sentence)
    ):
        # "Georgian police shot dead three people": police act in their own land, on its
        # people (a foreign army's victims are another land's; a police force's are not)
        return PartyReading(perpetrator.name)
    if perpetrator is not None:
        doers = {perpetrator.name, *(a.name for a in accomplices)}
        if (
            speaker_actor is not None
            and speaker_actor != perpetrator
            and (speaker_actor.kind != "ugo")
        ):
            # "Hezbollah confirmed Israel killed X"; a ruling group's people are its state's
            ruled = state_ruled_by(speaker_actor)
            if ruled is not None and (status != "military" or noun in STATE_FORCE_NOUNS):
                return PartyReading(ruled.name)  # "the Houthis said US strikes killed 16"
            if ruled is None and speaker_actor.kind in NON_STATE and status != "military":
                # "Sudanese army shelling killed 9 people in Nyala, the RSF said": an armed
                # group tells of the land's people a state struck, not of its fighters
                # (a state striking in its own land strikes its own people)
                where = where_they_were()
                if where.name not in ("unknown", "both", speaker_actor.name) and (
                    where.name != perpetrator.name or not where.guessed
                ):
                    return where
                land = actors.place or actors.region or country_actor(speaker_actor.country)
                if land is not None and (land != perpetrator or land == actors.place):
                    return PartyReading(land.name, guessed=True)
            return PartyReading(speaker_actor.name)
        if status != "military":
            # "ISWAP fighters killed 20 farmers in Borno State, Nigeria": the people of the
            # land the group struck, not a foreign army the story says fights it; "a Myanmar
            # military air strike killed 28 people in a village in the Sagaing region": a
            # state striking where its words place it strikes that land's people, not the
            # armed group it fights there
            where = where_they_were()
            others = {a.name for a in accomplices} | (
                {perpetrator.name} if perpetrator.kind in NON_STATE else set()
            )
            if not where.guessed and where.name not in ("unknown", "both", *others):
                return where
        other = actors.other_than(perpetrator, besides=accomplices)
        # never the killers' own side
        if other is not None:
            return PartyReading(other.name)
        # the article names no other side: where it happened says whose people they were
        where = where_they_were()
        if where.name not in ("unknown", *doers) or not where.guessed:
            return where  # (a state's own civilians may die at its hands, but no guess makes it so)
        if (
            where.name == perpetrator.name
            and perpetrator.kind == "country"
            and status == "civilian"
            and actors.place == perpetrator
        ):
            # "Burkinabe soldiers executed 223 villagers in Nondin": a state's forces
            # killing civilians in its own land where the story happened kill its people
            return where
        land = actors.place or actors.region
        if land is not None and land != perpetrator and perpetrator.kind == "country":
            # "Russia said its strike on a restaurant in Kryvyi Rih killed 85 servicemen":
            # a state striking abroad kills the people of the land it struck
            return PartyReading(land.name, guessed=True)
        home = country_actor(perpetrator.country)
        if (
            perpetrator.kind in NON_STATE
            and home is not None
            and (status != "military" or noun in STATE_FORCE_NOUNS)
        ):
            # "the RSF killed 200 villagers", "JNIM killed 30 soldiers": an armed group's
            # victims, placed nowhere, are of the land it fights in
            return PartyReading(home.name, guessed=True)
        return UNKNOWN
    if (
        speaker_actor is not None
        and speaker_actor.kind != "ugo"
        and actors.ranks(speaker_actor)
        and (
            speaker_actor.kind == "country"
            or status == "military"
            or state_ruled_by(speaker_actor) is not None
        )
        and not (
            status != "military"
            and speaker_actor.kind == "country"
            and actors.place is not None
            and actors.place != speaker_actor
            and not actors.names_as_belligerent(speaker_actor)
        )
        # "four civilians were injured in the clash with Eritrean troops, local officials
        # said": officials no word places, taken for the side the sentence says struck or
        # was fought, do not make its victims that side's
        and not (status != "military" and speaker_actor.name in hostile_in(sentence))
        # a foreign ministry tells of others' dead; its own nationals it names as such
        and not (speaker is not None and ABROAD_OFFICES.search(speaker.name))
        # "a senior U.S. official said 38 were killed in the fighting" between two others
        and not outside_the_fight(speaker_actor, actors)
        # a state shows the prisoners it holds ("state television aired footage of 20
        # prisoners"), not its own people (but "95 prisoners held by Russia" are its own)
        and not (
            category == "captured"
            and noun in PRISONER_NOUNS
            and all(m.actor == speaker_actor for m in find_actors(sentence.text))
        )
    ):
        # a ministry reports its own losses; an armed group its fighters, not "people"
        # (a government far from the incident, "a French assessment said 40 were
        # killed", reports the dead of the land it happened in)
        ruled = state_ruled_by(speaker_actor)
        if ruled is not None and (status != "military" or noun in STATE_FORCE_NOUNS):
            # "the Taliban said two border guards were killed": a ruling group's soldiers,
            # police and guards, and the people it rules, are the state's
            return PartyReading(ruled.name)
        if (
            ruled is None
            and speaker_actor.kind in NON_STATE
            and noun in STATE_SOLDIERS
            and not words & POSSESSIVES
        ):
            # "the RSF said 300 soldiers were killed": a group's fighters are not soldiers
            # or police; those are the state's it fights, where it happened
            state = actors.place or country_actor(speaker_actor.country)
            if state is not None:
                return PartyReading(state.name)
        return PartyReading(speaker_actor.name)
    if (
        antecedent is not None
        and antecedent.party not in ("", "unknown")
        and count.status is None
        and category is not None
        and antecedent.category == category
    ):
        # "at least 20 PMC servicemen were killed. Others claim about fifty dead." (people
        # whose side went unsaid say nothing of the next: "Seven of the dead were foreign
        # workers. Residents said 20 bodies were found" are the land's)
        return PartyReading(antecedent.party)
    if fights_both:
        return PartyReading("both")
    return where_they_were()


def _a_states_enemies(fighters: object, words: set[str], speaker: Actor | None) -> bool:
    """Whether people called fighters (`fighters` is truthy) are told of by a state's
    speaker, with no word making them its own: the armed group's, as a state calls its
    own men soldiers."""
    return (
        bool(fighters)
        and speaker is not None
        and speaker.kind == "country"
        and not words & POSSESSIVES
    )


UNKNOWN = PartyReading("unknown", guessed=True)
# Fighters by a word any side's may bear, whom a state's speaker calls the enemy's.
BARE_FIGHTERS = frozenset({"fighters", "fighter", "combatants", "combatant"})
# What an armed group's own men are called, never a state's: "300 of its fighters".
GROUP_FIGHTERS = frozenset(
    {"fighters", "fighter", "militants", "militant", "members", "mujahideen"}
)
# What else an armed group may call its own men: "the rebels said 12 rebels were killed".
OWN_NAMES = frozenset(
    {"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "jihadist",
     "jihadists", "militiaman", "militiamen", "separatist", "separatists"}
)  # fmt: skip
# Offices that speak of what happens abroad: the people they count are not their own
# state's unless the words say so ("three people were killed in Kyiv, the French foreign
# ministry said").
ABROAD_OFFICES = re.compile(
    r"Ministry of Foreign Affairs|State Department|Foreign Office|Embassy|ambassador",
    re.IGNORECASE,
)
# Unknown by the words, not a guess another figure of the article may settle: a ship's
# crew. Fighters of no group the article names are open only to a group's figure ("a
# soldier was killed ... the gunman was shot dead" are two; "33 terrorists" are the
# BLA's 33 the article states elsewhere).
NO_LAND = PartyReading("unknown")
UNNAMED_FIGHTERS = PartyReading("unknown", guessed=True, fighters=True)
# Who lost fighters when the words say an armed group did and no name says which.
UNNAMED_GROUP = Actor("an armed group no name tells", "rebel", None)
# A ship's people, and the ships (merchant or not) they sail on.
SEAFARERS = frozenset(
    {"crew", "crewman", "crewmen", "crewmembers", "seafarer", "seafarers", "sailor", "sailors",
     "mariner", "mariners"}
)  # fmt: skip
VESSEL = re.compile(
    r"\b(?:ship|ships|vessel|vessels|tanker|carrier|freighter|cargo|boat|dhow|ferry|trawler)\b",
    re.IGNORECASE,
)
# A state's bodies that count its people's dead: its health ministry, civil defence,
# emergency services, its authorities as such.
COUNTING_BODY = re.compile(
    r"\b(?:Health|health|authorities|civil defen[cs]e|emergency|hospitals?|medical)\b"
)
THE_GROUP = re.compile(
    r"\bthe (?:(?:armed|militant|rebel|jihadist|terrorist|guerrilla|insurgent|extremist|"
    r"separatist|outlawed|banned|proscribed) )?"
    r"(?:group|movement|militia|organisation|organization|outfit)(?:[’']s)?\b",
    re.IGNORECASE,
)


def _international_body(speaker: Attribution | None) -> Actor | None:
    """The international body (UN, AU) a speaker speaks for, if the party table has it."""
    if speaker is None or speaker.actor is not None:
        return None
    bodies = [m.actor for m in find_actors(speaker.name) if m.actor.kind == "ugo"]
    if not bodies and UNITED_NATIONS.search(speaker.name):
        return party_named("UN")
    return bodies[0] if bodies else None


UNITED_NATIONS = re.compile(r"\bUN\b|\bU\.N\.|United Nations")
BELLIGERENT_RANKS = 3  # the parties most named: the belligerents, and perhaps a backer


def _hostages_side(
    count: Count, sentence: SpacySpan, *, actors: ArticleActors, incident: Incident | None
) -> str | None:
    """Hostages with no side named are the people of the side fighting their captors:
    the state the article says strikes (its own people held by the group it fights), or,
    when the group is the one striking, the group's opponent."""
    if incident is None:
        return None
    doc = sentence.doc
    words = doc[count.start : (count.noun if count.noun is not None else count.end) + 3]
    if not any(t.lower_ in HOSTAGE_WORDS for t in words):
        return None
    attacker = actor_named(incident.main_attacker() or "")
    if attacker is None:
        return None
    if attacker.kind == "country":
        return attacker.name
    other = actors.other_than(attacker)
    return other.name if other is not None and other.kind == "country" else None


RESCUES = frozenset({"rescue", "free", "liberate", "recover", "evacuate", "retrieve"})


def _struck_by(count: Count, sentence: SpacySpan) -> Actor | None:
    """The side named on the attack the counted people's fate is told `in` or `by`
    (`killed in the Russian missile strike on Dnipro`, `wounded by a Ukrainian drone`)."""
    verb = next((t for t in count.head(sentence.doc).ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by", "during"):
            continue
        for attack in prep.children:
            if attack.dep_ == "pobj" and attack.lemma_.lower() in ATTACK_NOUNS:
                return side_named_on(attack, capitals=False)
    return None


# A state's police by the words of a subject: "Georgian police", "riot police officers".
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "gendarmerie"})


def _done_by_police(count: Count, sentence: SpacySpan) -> bool:
    """Whether the subject of the verb that befell the counted people (or of a clause
    it hangs on: "police fired at a crowd, killing three") is a state's police."""
    verb = next((t for t in count.head(sentence.doc).ancestors if t.pos_ == "VERB"), None)
    for _ in range(3):
        if verb is None:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(t.lower_ in POLICE_WORDS for t in subjects[0].subtree)
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _rescuer(count: Count, sentence: SpacySpan) -> Actor | None:
    """Who rescued or freed the captives, when a side is named as doing it: hostages
    rescued by a side's forces are its own people, held by the other side."""
    return _doer(count, sentence, RESCUES)


# Taking people: `Boko Haram abducted 20 girls`, `14 people detained by Eritrean troops`
TAKING = frozenset({"abduct", "kidnap", "capture", "seize", "take", "hold"})
ARRESTING = frozenset({"detain", "arrest"})


def _captor(
    count: Count, sentence: SpacySpan, actors: ArticleActors, speaker: Actor | None = None
) -> Actor | None:
    """Who took the people, when a side is named as doing it: never their own side. A
    state arresting people in its own land ("Kenyan police arrested 300 protesters")
    holds its own people. "It" and "its fighters" are the speaker ("JNIM said it had
    taken 20 soldiers prisoner")."""
    taker = _doer(count, sentence, TAKING, speaker=speaker)
    if taker is not None:
        return taker
    arrester = _doer(count, sentence, ARRESTING, speaker=speaker)
    if arrester is None or actors.place == arrester:
        return None
    return arrester  # (an armed group arresting holds no one of its own: "the SDF said it
    # had arrested 16 tribal gunmen")


def _doer(
    count: Count, sentence: SpacySpan, verbs: frozenset[str], *, speaker: Actor | None = None
) -> Actor | None:
    """The side named as the subject (or the `by` agent) of the verb, one of `verbs`,
    that the counted people are the object of."""
    doc = sentence.doc
    counted = count.head(doc)
    if counted.dep_ == "compound":
        counted = counted.head  # "taken 20 soldiers prisoner": the parser's compound
    verb = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in verbs:
        return None
    if counted.dep_ == "dobj" and counted.head.i == verb.i:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ == "conj":
            # "it killed 50 fighters and took 30 prisoners": the subject the verbs share
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    elif counted.dep_ == "nsubjpass" and counted.head.i == verb.i:
        doers = [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    else:
        return None
    if speaker is not None and any(
        d.lower_ in ("it", "they", "we")
        or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in d.children)
        for d in doers
    ):
        return speaker  # "JNIM said it had taken 20 soldiers prisoner"
    return next((named[0] for doer in doers if (named := _sides_in(doer))), None)


# What a toll shared by every side is the doing of: a fight, not one side's act
SHARED_VIOLENCE = FIGHT_NOUNS | frozenset(
    {"violence", "insurgency", "unrest", "crisis", "bloodshed", "war", "wars", "fighting"}
)


# Words of fighting between a land's own communities, not between parties to a war.
COMMUNAL = re.compile(
    r"\b(?:tribes?|tribal|clans?|sects?|sectarian|communities|communal|ethnic groups?)\b",
    re.IGNORECASE,
)


def _states_named(sentence: SpacySpan) -> bool:
    """Whether the sentence names two countries or an armed group (a war, not a feud)."""
    named = {m.actor for m in find_actors(sentence.text)}
    return sum(a.kind == "country" for a in named) >= 2 or any(a.kind in NON_STATE for a in named)


# Words of a toll added up over time, not of one earlier incident.
CUMULATIVE = re.compile(
    r"\bsince\b|\bthis year\b|\bso far\b|\bover the (?:past|last)\b|\bin recent years\b"
    r"|\b(?:conflict|war|insurgency|violence) (?:has|have) (?:so far )?(?:killed|claimed|left)\b",
    re.IGNORECASE,
)


def _war_inside_one_land(actors: ArticleActors) -> bool:
    """The article's parties are one state at most and armed groups of its own land (a
    gang crisis in Haiti, Boko Haram's insurgency in Nigeria): no war between states, so
    its toll over time is that land's."""
    land = actors.land()
    parties = [a for a, _ in actors.counts if a.kind != "ugo"]
    states = {a for a in parties if a.kind == "country"}
    return (
        land is not None
        and states <= {land}
        and all(a.country in (None, "", land.country) for a in parties if a.kind != "country")
    )


def _placed_in_one_land(sentence: SpacySpan, land: Actor | None) -> bool:
    """Whether the sentence places what it tells in the land, by name ("in Mexico"), and
    names no other party."""
    if land is None:
        return False
    named = {m.actor for m in find_actors(sentence.text) if m.actor.kind != "ugo"}
    return (
        named == {land}
        and re.search(rf"\bin (?:[A-Za-z]+ )?{re.escape(land.name)}\b", sentence.text) is not None
    )  # "in Mexico", "in Central Russia"


def _one_sided(count: Count, sentence: SpacySpan) -> bool:
    """`gunmen killed 20 people`, `a bomb downed the plane, killing all 224 on board`:
    a toll someone inflicted, not one a war or its violence took (`the conflict has
    claimed 20,000 lives`), so it is not over every side."""
    doc = sentence.doc
    counted = count.head(doc)
    verb = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if not _doers(verb) and (
        verb.dep_ == "conj" or (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"))
    ):
        # "broke in and killed 14", "..., killing all 224": the doer of the verb before
        verb = verb.head
    doers = _doers(verb)
    if not doers and verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        doers = [verb.head]  # "another group killed 20 people", parsed as the group's clause
    if not doers:
        # "a bomb downed the plane, killing all 224", however the parser turns its verb:
        # a weapon is used by someone
        doers = [
            c
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.lemma_.lower() in ATTACK_NOUNS - SHARED_VIOLENCE
        ]
    doers = [
        # "the airport bombing in 2011 that killed 37 people": the bombing did
        verb.head
        if d.lower_ in ("that", "which")
        and verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in ATTACK_NOUNS
        else d
        for d in doers
    ]
    return bool(doers) and all(
        d.lemma_.lower() not in SHARED_VIOLENCE
        and d.lower_ not in SHARED_VIOLENCE
        and d.pos_ in ("NOUN", "PROPN")
        for d in doers
    )


LOSS_SUBJECTS = frozenset({"loss", "losses", "casualty", "casualties", "toll", "death", "deaths"})


SUFFERING = frozenset({"suffer", "sustain", "incur", "take", "lose"})
#: How far up the parse a count's clause is looked for: bounded, so that a sentence of
#: thousands of listed figures stays linear.
ANCESTOR_HOPS = 8


def _sufferer(count: Count, sentence: SpacySpan) -> set[str]:
    """`the enemy suffered heavy losses, with at least 20 killed`, `the opposing side
    suffered losses of 15 servicemen`: the words of the subject of the loss verb whose
    clause (or whose `with` phrase) holds the count."""
    ancestors = list(islice(count.head(sentence.doc).ancestors, ANCESTOR_HOPS))
    verb = next(
        (a.head for a in ancestors if a.lower_ == "with" and a.head.lemma_.lower() in SUFFERING),
        None,
    )
    if verb is None:
        # the nearest verb above the count, if it is the loss verb itself
        verb = next((a for a in ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (
            verb is not None
            and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
            and verb.head.lemma_.lower() in SUFFERING
        ):
            verb = verb.head  # "suffered heavy losses, with 15 servicemen killed"
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in SUFFERING:
            return set()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return {t.lower_ for t in subjects[0].subtree} if subjects else set()


def _subject_side(count: Count, sentence: SpacySpan) -> Actor | None:
    """The side named as the subject of the verb the counted people are the object of."""
    doc = sentence.doc
    counted = count.head(doc)
    if counted.dep_ != "dobj":
        return None
    subjects = (c for c in counted.head.children if c.dep_ == "nsubj")
    return next((named[0] for subject in subjects if (named := _sides_in(subject))), None)


def _losses_noun(count: Count, sentence: SpacySpan) -> Token | None:
    """The losses whose figure the count's clause gives: the subject of a verb above it
    (`Armenian losses stood at 4 killed`), or what a verb brings to it (`bringing
    Russian losses to 905,000`)."""
    near = islice(count.head(sentence.doc).ancestors, ANCESTOR_HOPS)
    verbs = [t for t in near if t.pos_ in ("VERB", "AUX")][:3]
    subject = next(
        (c for verb in verbs for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subject is not None and (
        subject.lemma_.lower() in LOSS_SUBJECTS or subject.lower_ in LOSS_SUBJECTS
    ):
        return subject
    return next(
        (
            c
            for verb in verbs[:1]
            if verb.lemma_.lower() in BRINGING
            for c in verb.children
            if c.dep_ == "dobj" and c.lower_ in LOSS_SUBJECTS
        ),
        None,
    )


# Verbs that bring a tally to a figure: "bringing Russian losses to 905,000".
BRINGING = frozenset({"bring", "raise", "push", "take", "lift"})


def _losses_owner(count: Count, sentence: SpacySpan) -> Actor | None:
    """`Armenian losses stood at 4 killed`, `Russia's casualties reached 300`: the side
    named on the losses whose figure the clause gives; `its losses` are those of the one
    who lost in the clause it hangs on (`Russia lost 1,120, bringing its losses to`)."""
    losses = _losses_noun(count, sentence)
    if losses is None:
        return None
    owners = [c for c in losses.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    named = next((named[0] for o in owners if len(named := _sides_in(o)) == 1), None)
    if named is not None:
        return named
    verb = losses.head
    if any(o.lower_ in ("its", "their") for o in owners) and verb.dep_ in ("advcl", "conj"):
        return _subject_side_of(verb.head)
    return None


def _subject_side_of(verb: Token) -> Actor | None:
    """The one side a verb's subject names."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = _sides_in(subjects[0]) if subjects else []
    return named[0] if len(named) == 1 else None


def _losses_owners(count: Count, sentence: SpacySpan) -> set[str]:
    """The words in front of the losses whose figure the clause gives: `the enemy's
    losses amounted to 210`."""
    losses = _losses_noun(count, sentence)
    if losses is None:
        return set()
    return {o.lower_ for o in losses.children if o.dep_ in ("amod", "compound", "poss", "nmod")}


def _sides_in(token: Token, *, capitals: bool = True) -> list[Actor]:
    """The countries and groups named in a token's phrase (its whole subtree); without
    `capitals`, not those named by their capital."""
    doc = token.doc
    start = doc[token.left_edge.i].idx
    last = doc[token.right_edge.i]
    end = last.idx + len(last) - start
    # read with the words after it: what a name opens says what it names ("the Turkish
    # hospital in Nyala" is a building, not Turkey)
    text = doc.text[start : start + end + CONTEXT_AFTER]
    return [
        m.actor
        for m in find_actors(text)
        if m.start < end and m.actor.kind != "ugo" and (capitals or m.via != "capital")
    ]


# How many characters after a phrase are read with it to tell what a name in it opens.
CONTEXT_AFTER = 40


def _doers(verb: Token) -> list[Token]:
    """The subject of an active verb, or the `by` agent of a passive one."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    return found or [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]


SUSPECTS = re.compile(
    r"\b(?:suspect(?:s|ed)?|linked|links|involved|involvement|connection|connected|"
    r"related|accomplices?|perpetrators?|attackers?|assailants?|plotters?)\b",
    re.IGNORECASE,
)
ARRESTS = frozenset({"arrest", "detain", "detention", "custody", "apprehend", "nab", "round"})


def _held_as_suspects(count: Count, sentence: SpacySpan) -> bool:
    """An arrest of people named as suspects of the attack (`11 suspects detained`,
    `35 people arrested with links to the bombing`), not of protesters or civilians."""
    arrests = per_sentence(
        sentence,
        "arrests",
        lambda: any(t.lemma_.lower() in ARRESTS or t.lower_ == "arrest" for t in sentence),
    )
    if not arrests:
        return False
    doc = sentence.doc
    near = doc[max(sentence.start, count.start - 3) : min(sentence.end, count.end + 12)]
    return SUSPECTS.search(near.text) is not None


RANKS = frozenset({"ranks", "ranks'", "ranks’"})
FROM_RANKS = frozenset({"in", "among", "from", "of"})
HEARSAY = frozenset({"believed", "said", "thought", "suspected", "presumed", "reported"})
TO_BE = (("to", "be"), ("to", "have", "been"))


def _ranks_after(count: Count, sentence: SpacySpan) -> set[str]:
    """`admits 10 dead in its ranks`, `lost 9 from their own ranks`: the possessive of the
    ranks the people came from, read as if it stood on the count."""
    doc = sentence.doc
    for token in doc[count.end : min(sentence.end, count.end + 5)]:
        if token.lower_ not in RANKS or token.i < count.end + 2:
            continue
        before = [t.lower_ for t in doc[count.end : token.i]]
        if before[-1] == "own":
            return {"own", *(set(before[-2:-1]) & POSSESSIVES)}
        if len(before) >= 2 and before[-2] in FROM_RANKS:
            return set(before[-1:]) & POSSESSIVES
    return set()


def _believed_to_be(count: Count, sentence: SpacySpan) -> str | None:
    """`three bodies, believed to be attackers`: the fighters' word a hearsay phrase right
    after the count gives the people, which says whose they were."""
    doc = sentence.doc
    last = count.noun if count.noun is not None else count.end - 1
    for token in doc[last + 1 : min(sentence.end, last + 9)]:
        if token.lower_ in HEARSAY:
            rest = [t.lower_ for t in doc[token.i + 1 : min(sentence.end, token.i + 6)]]
            if not any(tuple(rest[: len(words)]) == words for words in TO_BE):
                return None
            return next((word for word in rest if word in NON_STATE_NOUNS), None)
        if token.pos_ in ("VERB", "AUX"):
            return None  # the count's clause has ended
    return None


def _states(pair: tuple[str, str]) -> bool:
    return all((a := actor_named(name)) is not None and a.kind == "country" for name in pair)


def _clause_around(count: Count, sentence: SpacySpan) -> str:
    """The words near a count, within its part of the sentence: `killed 24 on both sides`
    but not `killed 24 people, as both sides accused each other`."""
    doc = sentence.doc
    start, end = max(sentence.start, count.start - 10), min(sentence.end, count.end + 10)
    for token in doc[count.end : end]:
        if token.text in (";", ",", "—") and token.i > count.end + 1:
            end = token.i
            break
    for token in reversed(doc[start : count.start]):
        if token.text in (";", "—"):
            start = token.i + 1
            break
    return doc[start:end].text


def _them_stands_for(count: Count, sentence: SpacySpan) -> Token | None:
    """`its soldiers had been attacked by militants and had killed 12 of them`: the
    people `N of them` counts, the nearest plural people noun before it that is not the
    doers' own (`its soldiers`)."""
    doc = sentence.doc
    if count.noun is not None or count.end + 1 >= sentence.end:
        return None
    if doc[count.end].lower_ != "of" or doc[count.end + 1].lower_ != "them":
        return None
    for token in reversed(doc[sentence.start : count.start]):
        if token.pos_ != "NOUN" or token.tag_ != "NNS" and token.lower_ not in STATE_FORCE_NOUNS:
            continue
        if people_status(token.lemma_.lower(), token.lower_) is None:
            continue
        if any(c.dep_ == "poss" for c in token.children):
            continue  # "its soldiers", "their fighters": the doers
        return token
    return None


def _listed_forces_noun(count: Count, doc: Doc) -> str:
    """The counted noun; for people listed one by one ("an army major and a soldier"), a
    word for a state's forces among them if there is one: they fell on one side."""
    assert count.noun is not None
    noun = doc[count.noun]
    if doc[count.start].lower_ not in ("a", "an"):
        return noun.lower_  # "two rebels and a soldier": each figure is its own
    for part in (noun, *noun.conjuncts):
        if part.lower_ in STATE_FORCE_NOUNS:
            return part.lower_
        if part.lemma_.lower() in MILITARY_RANKS and any(
            c.dep_ in ("compound", "amod") and c.lower_ in STATE_WORDS for c in part.children
        ):
            return "soldier"  # "an army major"
    return noun.lower_


def _state_forces(noun: Token) -> bool:
    """`junta soldiers`, `government troops`, `the army's soldiers`: a state's forces, by a
    word before the noun or the owner in front of it."""
    if noun.lemma_.lower() in ("army", "military") and noun.dep_ == "pobj":
        return True  # "60 members of the army"
    if noun.lower_ not in STATE_FORCE_NOUNS and noun.lower_ != "forces":
        return False
    return any(
        (c.dep_ in ("compound", "amod", "nmod") and c.lower_ in STATE_WORDS)
        or (c.dep_ == "poss" and c.lower_ in STATE_WORDS | {"military"})
        for c in noun.children
    )


# Words for people that say nothing of who they are: "four of the men".
GENERIC_PEOPLE = frozenset({"men", "people", "persons", "individuals"})


def points_back(count: Count, sentence: SpacySpan) -> bool:
    """`two others`, `five more`: people beyond some already spoken of; `among the
    injured were two children`: some of them."""
    doc = sentence.doc
    if count.end < sentence.end and doc[count.end].lower_ in ("others", "more"):
        return True
    if count.start > sentence.start and doc[count.start - 1].lower_ in ("another", "further"):
        return True  # "another 30 were wounded": more of the people just spoken of
    if (
        count.noun is None
        and doc[count.number_start].dep_ in ("nsubj", "nsubjpass")
        and (
            count.start == sentence.start
            or doc[count.start - 1].lower_ in ("while", "whereas", "but")
        )
    ):
        return True  # "Six students were abducted. Four have since been rescued, while two
        # remain missing": a bare figure opening its clause counts those just spoken of
    after = [t.lower_ for t in doc[count.end : min(sentence.end, count.end + 2)]]
    if after in (["of", "them"], ["of", "those"], ["of", "these"]) and (
        _them_stands_for(count, sentence) is None
    ):
        return True  # "The rebels took a beating. At least six of them died."
    if (
        count.noun is not None
        and count.end + 1 < sentence.end
        and [t.lower_ for t in doc[count.end : count.end + 2]] == ["of", "the"]
        and doc[count.noun].lower_ in GENERIC_PEOPLE
    ):
        return True  # "abducted six Malaysian fishermen. Four of the men are still held"
    before = doc[max(sentence.start, count.start - 5) : count.start]
    if (
        len(before) >= 2
        and before[0].lower_ in ("of", "among")
        and before[1].lower_ in ("these", "those", "them")
    ):
        return True  # "Of these, nine later died", "among them two children": some of them
    return any(t.lower_ == "among" for t in before) and any(
        fate_of_word(t.lemma_.lower(), t.lower_) is not None for t in before
    )


def people_named(sentence: SpacySpan, *, before: int | None = None) -> Antecedent | None:
    """The last people the sentence names (before token `before`, if given), with or
    without a figure, for a following `two others` to point back to: "dozens of Wagner
    mercenaries" (party Wagner); "dozens of soldiers" (party "", status military)."""
    found = None
    end = sentence.end if before is None else before
    for token in sentence.doc[sentence.start : end]:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        status = people_status(token.lemma_.lower(), token.lower_)
        if status is None:
            # "The Maoists have also suffered heavy casualties": a group's fighters by
            # the group's own name, in the plural
            group = actor_named(token.text) if token.tag_ in ("NNS", "NNPS") else None
            if group is not None and group.kind in NON_STATE and token.dep_ != "compound":
                found = Antecedent(group.name, "military")
            continue
        if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # "police spokesman", "army chief": a title, not people spoken of
        named = _named_in(sentence, [(max(sentence.start, token.left_edge.i), token.i + 1)])
        # "Armenian and Azerbaijani forces": people of two sides are no one side's
        found = Antecedent(
            named[0].name if len(set(named)) == 1 else "",
            status,
            fighters=token.lower_ in NON_STATE_NOUNS,
        )
    return found


# Sites a side holds for its own people: who dies there is theirs.
OWNED_SITES = frozenset(
    {"base", "bases", "embassy", "embassies", "consulate", "consulates", "outpost",
     "outposts", "barracks", "garrison", "garrisons", "headquarters", "post", "posts"}
)  # fmt: skip


DIPLOMATIC_POSTS = frozenset({"embassy", "consulate"})
# "Iran's ambassador", "the Iranian embassy", "the embassy of Iran": whose mission it is.
ENVOY = re.compile(
    r"(?P<before>[A-Z][\w-]+(?:[’']s)?)\s+(?:[Aa]mbassador|[Ee]mbassy|[Cc]onsulate|[Ee]nvoy)\b"
    r"|\b(?:[Ee]mbassy|[Cc]onsulate|[Aa]mbassador) (?:of|to) (?:the )?(?P<after>[A-Z][\w-]+)"
)


def _whose_embassy(doc: Doc) -> Actor | None:
    """The one state whose embassy or envoy the article names, for its unnamed staff."""
    states = set()
    for match in ENVOY.finditer(doc.text):
        named = match.group("before") or ""
        if match.group("after") and "mbassador" not in match.group(0):
            named = match.group("after")
        for m in find_actors(named.removesuffix("’s").removesuffix("'s")):
            if m.actor.kind == "country":
                states.add(m.actor)
    return next(iter(states)) if len(states) == 1 else None


def _owner_of_the_site(count: Count, sentence: SpacySpan) -> Actor | None:
    """`the attack on three American bases in Iraq, where three people died`: people who
    fell in a clause set on a side's base, embassy or post are that side's (not the
    land's the site is in)."""
    doc = sentence.doc
    for above in islice(count.head(doc).ancestors, ANCESTOR_HOPS):
        if above.dep_ != "relcl":
            continue
        site = above.head
        if site.dep_ == "pobj" and site.head.lower_ in ("in", "at", "near"):
            site = site.head.head  # "American bases in Iraq, where ...": the bases, not Iraq
        if site.lower_ in OWNED_SITES:
            for word in site.children:
                if word.dep_ in ("amod", "compound", "poss"):
                    named = find_actors(word.text)
                    if len(named) == 1 and named[0].actor.kind != "ugo":
                        return named[0].actor
            return None
    return None


# What an attack is made on: "a strike on", "the raid against", "an assault at".
TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "into"})
ATTACK_VERBS = frozenset(
    {"attack", "strike", "hit", "shell", "bomb", "raid", "target", "storm", "ambush", "pound"}
)


def _target_of_the_attack(count: Count, sentence: SpacySpan) -> Actor | None:
    """`a Russian strike on a Ukrainian training ground killed 60 soldiers`, `drones hit
    an Israeli base, wounding 12`: who fell where an attack landed are the people of the
    side the target is named for (never the attacker's, whom the attack's own modifiers
    name). None when the target names no side, or more than one."""
    doc = sentence.doc
    verb = next((t for t in count.head(doc).ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ == "relcl" or verb.lemma_.lower() in SUFFERING:
        return None  # "while the militants lost 15 men": whoever lost them says whose
    targets: list[Token] = []
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "csubj")):
        if subject.lemma_.lower() in ATTACK_NOUNS:
            targets += [
                g
                for p in subject.children
                if p.dep_ == "prep" and p.lower_ in TARGET_PREPOSITIONS
                for g in p.children
                if g.dep_ == "pobj"
            ]
    if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in ATTACK_VERBS:
        targets += [c for c in verb.head.children if c.dep_ == "dobj"]
    # the side a target is named for (`an army base of Sudan`), not a place it lies in
    named = {
        side
        for target in targets
        if (side := side_named_on(target, of_phrase=True, capitals=False)) is not None
    }
    return next(iter(named)) if len(named) == 1 else None


def side_named_on(noun: Token, *, of_phrase: bool = False, capitals: bool = True) -> Actor | None:
    """The one party a noun's own modifiers name: `an Israeli drone strike`, `Russia's
    missile attack`; with `of_phrase`, also its `of` phrase (`a base of Sudan`); without
    `capitals`, a capital there names none (`a Kyiv base` is a place, not a side)."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if of_phrase:
        modifiers += [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    named = {actor for c in modifiers for actor in _sides_in(c, capitals=capitals)}
    return next(iter(named)) if len(named) == 1 else None


# What opens a clause whose verb is left out: "...; Eritrea, seven", "and Eritrea seven".
GAP_OPENERS = frozenset({";", ",", "and", "while", "whereas"})


def gapped_subject(count: Count, sentence: SpacySpan) -> Actor | None:
    """`Ethiopia reported four dead; Eritrea, seven`, `put its losses at four, Eritrea at
    seven`: a bare figure right after a side that opens a clause whose verb is left out
    (the earlier clause's), so the figure is that side's own."""
    doc = sentence.doc
    i = count.start - 1
    if i > sentence.start and doc[i].lower_ in ("at", ","):
        i -= 1
    end = i + 1
    while i > sentence.start and doc[i - 1].pos_ == "PROPN":
        i -= 1
    if i <= sentence.start or doc[i - 1].lower_ not in GAP_OPENERS:
        return None
    named = find_actors(doc[i:end].text)
    if len(named) != 1 or named[0].actor.kind == "ugo":
        return None
    return named[0].actor


# Craft the UN flies or drives, whose crew are its people.
CRAFT_NOUNS = frozenset({"helicopter", "plane", "aircraft", "convoy", "vehicle", "flight"})


def _of_the_un(phrase: SpacySpan, sentence: SpacySpan) -> bool:
    """Staff the UN owns: the counted phrase says so ("a UN crew member"), or they are the
    crew of a UN craft the sentence names ("a UN helicopter came under fire, resulting in
    the death of one crew member")."""
    if UNITED_NATIONS.search(phrase.text):
        return True
    if not any(t.lemma_.lower() == "crew" for t in phrase):
        return False
    return any(
        t.lemma_.lower() in CRAFT_NOUNS and UNITED_NATIONS.search(sentence.doc[t.i - 2 : t.i].text)
        for t in sentence
        if t.i - 2 >= sentence.start
    )


# Words that put people outside the group named after them.
FORMER = re.compile(r"\b(?:former|demobili[sz]ed)\s+$", re.IGNORECASE)


def _named_in(sentence: SpacySpan, ranges: list[tuple[int, int]]) -> list[Actor]:
    """Countries and groups named inside the given token ranges (capitals excepted, and
    attackers: "the toll from the Russian missile strike" names who struck, not who died)."""
    doc = sentence.doc
    spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges if b > a]
    found = []
    for m in find_actors(_text_of(sentence)):
        begin = sentence.start_char + m.start
        if m.via == "capital" or not any(lo <= begin < hi for lo, hi in spans):
            continue
        if m.actor.kind != "country" and FORMER.search(
            _text_of(sentence)[max(0, m.start - 14) : m.start]
        ):
            continue  # "five demobilized former FARC guerrillas" are the group's no longer
        if not _names_attacker(sentence, m) and not _whose_victims(sentence, m):
            found.append(m.actor)
    return found


def _whose_victims(sentence: SpacySpan, mention: ActorMention) -> bool:
    """`60 victims of RSF fighters`: the name says who did it, not whose they were."""
    root = mention_root(sentence, mention.start, mention.end)
    if root is None:
        return False
    head = noun_phrase_head(root)
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in VICTIM_NOUNS
    )


def _names_attacker(sentence: SpacySpan, mention: ActorMention) -> bool:
    """`Russian missile strike`, `Israeli raid`: a name on an attack names who struck."""
    doc = sentence.doc
    begin = sentence.start_char + mention.start
    named = doc.char_span(begin, sentence.start_char + mention.end, alignment_mode="expand")
    if named is None:
        return False
    for token in doc[named.end : min(named.end + 2, sentence.end)]:
        if token.lemma_.lower() in ATTACK_NOUNS:
            return True
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False  # "FARC dissidents in clashes": the name is not on the attack
    return False


# Prepositions that put what happened inside a land: `in central Mali`.
INSIDE = frozenset({"in", "inside", "across", "throughout"})


def _the_land_it_lies_in(sentence: SpacySpan, mention: ActorMention) -> bool:
    """`Malian soldiers and Russian mercenaries killed 21 villagers in central Mali`: a
    country named as where it happened places the people, though its forces did it."""
    if mention.actor.kind != "country" or mention.via == "demonym":
        return False
    root = mention_root(sentence, mention.start, mention.end)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in INSIDE


def _where(
    sentence: SpacySpan,
    *,
    actors: ArticleActors,
    status: str,
    speaker: Actor | None = None,
    speaker_phrase: tuple[int, int] | None = None,
    incident: Incident | None = None,
    category: str | None = None,
    noun: str = "",
) -> PartyReading:
    """No side named for the people: the one party the sentence names (for civilians,
    only a country or a town in one) that is not the one striking or fought against here,
    both when it names a pair of belligerents (`Armenia-Azerbaijan border fighting ... 16
    killed`), else (for civilians and people of unknown status) the country the
    incident's places lie in, else the party the article is about that is not the one
    striking."""
    hostile = hostile_in(sentence)
    landmarks = landmarks_in(sentence)
    # the speaker's own name ("a French government assessment", "the Norwegian Refugee
    # Council said") says who speaks, not who died or where
    text = per_sentence(
        sentence,
        f"without:{speaker_phrase}",
        lambda: _without_phrases(sentence, [speaker_phrase, *_citing_clauses(sentence)]),
    )
    named: set[Actor] = set()
    lands: set[Actor] = set()  # those named as where it happened: "in central Mali"
    for m in find_actors(text):
        if (
            m.actor.kind == "ugo"
            or m.actor == speaker
            or m.actor.name in landmarks
            # "ten seafarers, including seven Russians": a part's nationality is not the
            # whole's (the part reads its own words)
            or (m.via == "demonym" and FOREIGN_PART.search(text, max(0, m.start - 60), m.start))
            or _names_attacker(sentence, m)
            or _one_of_a_pair(text, m)  # "Armenia-Azerbaijan fighting": read below
        ):
            continue
        where = _the_land_it_lies_in(sentence, m)
        if m.actor.name in hostile and not where:
            continue
        named.add(m.actor)
        if where:
            lands.add(m.actor)
    if noun in STATE_FORCE_NOUNS:
        # "five soldiers died in the operation against BLA separatists": soldiers, police
        # and guards no word marks as a group's are a state's, never the group fought
        named = {a for a in named if a.kind not in NON_STATE}
    if status != "military":
        named = {a for a in named if a.kind == "country"}
        countries = actors.countries()
        # once per sentence and speaker: a sentence's thousands of figures ask the same
        towns = per_sentence(
            sentence,
            f"towns:{speaker_phrase}:{countries}",
            lambda: _towns(sentence, text, countries=countries),
        )
        placed = incident.place_country if incident is not None else None
        if placed is not None and countries:
            # "the attack on Palma" in a story of Mozambique: a namesake in a land the
            # story never names, nor places its incident in, is no place of this one
            towns = frozenset(t for t in towns if t.country in countries or t.name == placed)
        if len(lands) == 1 and len(named) > 1 and not towns - lands:
            # "killed 11 people, including two Chinese nationals, at a camp in Niger": of
            # the lands named, the one it happened in (the others are some victims')
            return PartyReading(next(iter(lands)).name)
        if len(towns) == 1 and len(named) > 1 and towns <= named:
            # "Yemen's Houthis said U.S. and British strikes on Hodeidah killed 16": of the
            # countries named, the one the town is in is where people died
            return PartyReading(next(iter(towns)).name)
        named |= towns
    if len(named) == 1:
        return PartyReading(next(iter(named)).name)
    if status == "unknown" and _pair_named(sentence, actors, besides={a.name for a in named}):
        return PartyReading("both")
    striking = set(hostile)
    if incident is not None and status != "military" and category != "captured":
        # civilians belong to the country where the incident's places lie, and never to
        # the side the article says struck (not captives: they are held where their
        # captors are; not fighters: both sides strike in a battle)
        attacker = incident.main_attacker()
        if attacker is not None:
            striking.add(attacker)
        victims_country = incident.victims_side(hostile=hostile)
        if victims_country is not None:
            return PartyReading(victims_country, guessed=True)
    if (
        status == "unknown"
        and category != "captured"
        and not named
        and _states_paired(sentence, actors)
    ):
        # "at least 10 people were killed" in a story of a fight between two states, placed
        # on neither side: people of no side, in a fight of two, are over both
        return PartyReading("both", guessed=True)
    if noun in STATE_FORCE_NOUNS:
        # soldiers, police, border guards are a state's: of the parties the article is
        # about, the one state (not the one striking here), when it is fighting a group
        states = [
            a
            for a, _ in actors.counts[:BELLIGERENT_RANKS]
            if a.kind == "country" and a.name not in striking
        ]
        groups = [a for a, _ in actors.counts[:3] if a.kind in NON_STATE]
        attacker = incident.main_attacker() if incident is not None else None
        place = actors.place
        if (
            not groups
            and attacker is not None
            and place is not None
            and place.name not in (attacker, *striking)
        ):
            # "Russia struck an enlistment office in Poltava. Two servicemen were killed": in
            # a story of a state striking another's land, the soldiers are the land's
            return PartyReading(place.name, guessed=True)
        top = actors.counts[0][0] if actors.counts else None
        if (
            top is not None
            and top.kind == "country"
            and top.name in striking
            and groups
            and not any(actors.names_as_belligerent(a) for a in states)
        ):
            # the state the story is about strikes elsewhere in the sentence; the soldiers
            # an attack by the group killed are still its own, not a land named in passing
            return PartyReading(top.name, guessed=True)
        if len(states) == 1 and groups:
            return PartyReading(states[0].name, guessed=True)
        if not states and groups:
            # a story of one group that names no state: the soldiers are the land's
            # where it fights (its places, else the group's home)
            home = actors.place or country_actor(groups[0].country)
            if home is not None and home.name not in striking:
                return PartyReading(home.name, guessed=True)
    # fighters of no named side: the party the article is mostly about, else the country
    # it names most (the guide keeps `unknown` for a text that truly does not say)
    main = actors.main() or actors.top_country() if status == "military" else None
    # an article that names no country: the land its places are in; people not named as
    # fighters are never an armed group's, but the land's it fights in (the group's home)
    main = main or actors.top_country() or actors.place or actors.region
    if main is None:
        group = actors.main()
        home = country_actor(group.country) if group else None
        main = home if status != "military" and home is not None else group
    if main is not None and main.name in striking:
        other = actors.other_than(main)
        if (
            noun in STATE_FORCE_NOUNS
            and main.kind == "country"
            and (other is None or not actors.names_as_belligerent(other))
            # (someone else strikes too: "seven soldiers were killed in an Israeli air
            # strike" are not Israel's)
            and striking - {main.name}
        ):
            # "an attack blamed on Boko Haram killed seven soldiers" in a story of Chad's
            # war on it: soldiers are the state's the story is about, not a land it names
            # once in passing, though the sentence also tells of the state striking
            return PartyReading(main.name, guessed=True)
        if status != "military" and (other is None or other.kind != "country"):
            # civilians are never the armed group's the striker fights: the land's where
            # they were hit, else (a state striking in its own land) the striker's own
            place = actors.place
            if place is None:
                # a state fighting an armed group in its land: its own people; fighting
                # no one named: no guess makes the striker's own people the dead
                return PartyReading(main.name, guessed=True) if other is not None else UNKNOWN
            if place.name in striking:
                return PartyReading(place.name, guessed=True)
            other = place
        if other is not None and other.name not in striking:
            return PartyReading(other.name, guessed=True)  # never the side striking
        return UNKNOWN  # never the side striking, and no other to be theirs
    return PartyReading(main.name, guessed=True) if main else UNKNOWN


def _towns(sentence: SpacySpan, text: str, *, countries: list[str]) -> frozenset[Actor]:
    """The countries of the places `text` (the sentence, perhaps without its speaker's
    phrase) names, for `_where`."""
    towns: list[tuple[Actor, bool]] = []  # each with whether it is a region
    held = per_sentence(sentence, "held", lambda: held_places(sentence.text))
    for name, tagged in per_sentence(sentence, "place names", lambda: _place_names(sentence)):
        if name not in text:
            continue  # named only in the speaker's phrase
        if actor_named(name) is not None:
            continue  # "Armenia" is a country here, not the town in Colombia
        lower = name.lower()
        if not tagged and (people_status(lower, lower) or fate_of_word(lower, lower)):
            continue  # "Police fired tear gas": the police, not the Polish town of Police
        if _named_for_a_people(text, name):
            continue  # "the Kuki community": a people, not the Japanese town of Kuki
        # a held place is its holder's ("the Israeli-occupied Golan Heights"); a name
        # the tagger calls a place is looked up first in the countries the article
        # names; other proper nouns must be a sizeable town or a region
        if name in held:
            place = actor_named(held[name])
        elif tagged:
            place = place_country(name, countries=countries)
        else:
            place = place_country(name, far_from=countries)
        if place is not None:
            towns.append((place, name not in held and is_region(name)))
    return frozenset(within_named_regions(towns))


def _named_for_a_people(text: str, name: str) -> bool:
    """Whether `name` stands in `text` before a word that makes it a people's ("the Kuki
    community"); plain string search, as a sentence's names are many."""
    at = text.find(name)
    while at >= 0:
        following = text[at + len(name) :].split(maxsplit=1)
        if following and following[0].lower().strip(",.;:") in PEOPLE_GROUP_WORDS:
            return True
        at = text.find(name, at + 1)
    return False


def _citing_clauses(sentence: SpacySpan) -> list[tuple[int, int]]:
    """`citing staff at hospitals in Chüy`, `quoting officials in Aden`: the token ranges of
    the clauses that name a figure's source, which say where the source is, as a speaker's
    own phrase does, not where the people died."""
    return [
        (token.left_edge.i, token.right_edge.i + 1)
        for token in sentence
        if token.lemma_.lower() in QUOTING_LEMMAS
        and token.tag_ == "VBG"
        and not any(fate_of_word(t.lemma_.lower(), t.lower_) for t in token.subtree)
    ]


def _without_phrases(sentence: SpacySpan, phrases: list[tuple[int, int] | None]) -> str:
    """The sentence's text with token ranges inside it blanked (offsets kept)."""
    text = sentence.text
    doc = sentence.doc
    for phrase in phrases:
        if phrase is None:
            continue
        start, end = max(phrase[0], sentence.start), min(phrase[1], sentence.end)
        if start >= end:
            continue
        a = doc[start].idx - sentence.start_char
        b = doc[end - 1].idx + len(doc[end - 1]) - sentence.start_char
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# Roles in a clause a person plays and a place does not.
PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "appos", "dobj", "poss"})


def _place_names(sentence: SpacySpan) -> list[tuple[str, bool]]:
    """Place entities (with True), and runs of proper nouns the tagger did not call places
    (with False) nor dates ("March" is a town somewhere too). A town the tagger took for a
    person or an organisation stays."""
    entities = entities_in(sentence)
    names = [
        (place_name(e), True)
        for e in entities
        if e.label_ in ("GPE", "LOC", "FAC")
        and not _names_a_thing(e.root)
        and not where_one_sits(e)
    ]
    # the tagger takes many a town for a people ("in Adigrat"): a name in a place phrase
    # that no table knows as a people is looked up as a sizeable town
    names += [
        (e.text, False)
        for e in entities
        if e.label_ == "NORP"
        and actor_named(e.text) is None
        and e.root.dep_ == "pobj"
        and e.root.head.lower_ in ("in", "at", "near", "of", "from")
    ]
    run: list[Token] = []
    for token in [*sentence, None]:
        if (
            token is not None
            and token.pos_ == "PROPN"
            and token.is_alpha
            and token.ent_type_ not in ("DATE", "TIME")
            # "into the bush": a name begins with a capital, whatever the tagger says
            and (run or token.text[0].isupper())
        ):
            run.append(token)
            continue
        acronym = len(run) == 1 and run[0].text.isupper()  # "UN" is no town "Un"
        # after `in`, a name is a place whatever the parser hung it on ("In Adigrat two
        # civilians were killed", parsed as if "Adigrat civilians")
        located = bool(run) and run[0].i > sentence.start and run[0].nbor(-1).lower_ in ("in", "at")
        # "Hassan was one of 12 people killed": a person the tagger names as the one the
        # clause is about, though a town bears the name too
        someone = bool(run) and run[-1].ent_type_ == "PERSON" and run[-1].dep_ in PERSON_ROLES
        if run and not acronym and not someone and (located or not _names_a_thing(run[-1])):
            names.append((" ".join(t.text for t in run), False))
        run = []
    return names


def _names_a_thing(root: Token) -> bool:
    """`a Virginia think tank`, `the Tehran government`: a place name that only says what
    a body or thing is, not where anything happened (`a Gaza hospital` is a place)."""
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in PLACE_NOUNS
        and not fate_of_word(head.lemma_.lower(), head.lower_)
    )


PAIR = re.compile(r"\b([A-Z][\w’']+)[-–]([A-Z][\w’']+)\b")


def _one_of_a_pair(text: str, mention: ActorMention) -> bool:
    """`Armenia` and `Azerbaijan` of `Armenia-Azerbaijan`: one of two names a dash joins."""
    return text[mention.end : mention.end + 1] in ("-", "–") or (
        mention.start > 0 and text[mention.start - 1] in ("-", "–")
    )


def _pair_named(sentence: SpacySpan, actors: ArticleActors, *, besides: set[str]) -> bool:
    """`Armenia-Azerbaijan`, `Kyrgyz-Tajik`: the two belligerents named as a pair, and no
    party `besides` them."""
    belligerents = set(actors.belligerents())
    pairs = per_sentence(sentence, "named pairs", lambda: _named_pairs(sentence))
    return any(len(pair) == 2 and pair <= belligerents and besides <= pair for pair in pairs)


def _states_paired(sentence: SpacySpan, actors: ArticleActors) -> bool:
    """Whether the article is about a fight between two states it names as a pair
    (`the Kazakh-Kyrgyz frontier`, `Armenia-Azerbaijan fighting`) anywhere in its text."""
    belligerents = actors.belligerents()
    if len(belligerents) != 2 or not _states((belligerents[0], belligerents[1])):
        return False
    whole = sentence.doc[:]
    pairs = per_sentence(whole, "named pairs", lambda: _named_pairs(whole))
    return frozenset(belligerents) in pairs


def _named_pairs(sentence: SpacySpan) -> list[frozenset[str]]:
    """The parties of each `Name-Name` pair in the sentence (those the table knows)."""
    return [
        frozenset(a.name for g in match.groups() if (a := actor_named(g)) is not None)
        for match in PAIR.finditer(sentence.text)
    ]


def _text_of(sentence: SpacySpan) -> str:
    """The sentence's text, built once per sentence: one string object, whose hash Python
    keeps, so `find_actors`'s cache answers each further count of the sentence at once."""
    return per_sentence(sentence, "text", lambda: sentence.text)


def _side_marker(sentence: SpacySpan) -> Actor | None:
    """`on the Armenian side`, `the Azerbaijani side lost`: the side the sentence names."""
    found = []
    for match in SIDE_MARKER.finditer(sentence.text):
        if match.group(0).lower().startswith("from") and FIRED_FROM.search(
            sentence.text[: match.start()]
        ):
            continue  # "killed by fire from the Azerbaijani side": who fired, not who died
        found += [m.actor for m in find_actors(match.group(1))]
    for match in re.finditer(r"\b(?:the )?(\w+) side (?:lost|suffered|has lost)\b", sentence.text):
        found += [m.actor for m in find_actors(match.group(1))]
    return found[0] if len(set(found)) == 1 else None


# How far before a person's name the words that say whose they are may stand: "the
# South Sudanese army spokesman, Maj. Gen. Lul Ruai Koang".
TITLE_REACH = 8


def named_people(doc: Doc) -> tuple[tuple[str, Actor], ...]:
    """Each person the text names with a country's or group's word in their title, before
    the name or in an apposition after it ("Ukrainian President Volodymyr Zelenskiy",
    "South Sudan's army spokesman, Lul Ruai Koang", "Ter Gatkuoth, a White Army leader"),
    by full name and surname, with that country or group; a name's first title decides."""
    found: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        side = _side_in(_title_before(ent)) or _side_in(_apposition_after(ent))
        if side is not None:
            for name in (ent.text, ent[-1].text):
                found.setdefault(name, side)
    return tuple(found.items())


def _title_before(ent: SpacySpan) -> SpacySpan:
    """The words of a title right before a name, back to a verb, a quote or a clause's
    punctuation (a comma only right before the name: "the army spokesman, Koang")."""
    doc = ent.doc
    start = max(ent.sent.start, ent.start - TITLE_REACH)
    cut = start
    for t in reversed(doc[start : ent.start]):
        if (
            t.pos_ in ("VERB", "AUX")
            or t.text in '.;:()"“”«»'
            or (t.text == "," and t.i != ent.start - 1)
        ):
            cut = t.i + 1
            break
    return doc[cut : ent.start]


def _apposition_after(ent: SpacySpan) -> SpacySpan:
    """`Ter Gatkuoth, a White Army leader in Nasir,`: the description set off after a name."""
    doc = ent.doc
    if ent.end >= ent.sent.end or doc[ent.end].text != ",":
        return doc[ent.end : ent.end]
    end = ent.end + 1
    while end < min(ent.sent.end, ent.end + 1 + TITLE_REACH) and not (
        doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")
    ):
        end += 1
    words = doc[ent.end + 1 : end]
    return words if len(words) and words[0].lower_ in ("a", "an", "the") else doc[end:end]


def _side_in(words: SpacySpan) -> Actor | None:
    sides = (
        [m.actor for m in find_actors(words.text) if m.actor.kind != "ugo"] if len(words) else []
    )
    return sides[-1] if sides else None


# Words that join two reports in one sentence: "two were wounded in Nahariya, police
# said, while four were killed in southern Lebanon".
REPORT_JOINS = frozenset({"while", "whereas"})


def _own_report(sentence: SpacySpan, count: Count) -> SpacySpan:
    """The part of a sentence of two reports joined by ", while" or ";" that holds the
    count, when each part gives a figure: where the other part's people were says
    nothing of these."""
    doc = sentence.doc
    cuts = [
        t.i
        for t in sentence
        if t.text == ";"
        or (t.lower_ in REPORT_JOINS and t.i > sentence.start and doc[t.i - 1].text == ",")
    ]
    if not cuts:
        return sentence
    bounds = [sentence.start, *cuts, sentence.end]
    parts = [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if sum(any(t.like_num for t in part) for part in parts) < 2:
        return sentence
    return next((p for p in parts if p.start <= count.number_start < p.end), sentence)


def _the_enemy_lost(count: Count, sentence: SpacySpan) -> bool:
    """`the enemy lost 40 of its soldiers`: the enemy is who lost them (not `an attack by
    the enemy killed two of its fighters`, where `its` is the speaker's)."""
    for verb in islice(count.head(sentence.doc).ancestors, ANCESTOR_HOPS):
        if verb.pos_ in ("VERB", "AUX"):
            return verb.lemma_.lower() in SUFFERING and any(
                c.dep_ == "nsubj" and c.lower_ in ENEMY for c in verb.children
            )
    return False


def outside_the_fight(speaker: Actor, actors: ArticleActors) -> bool:
    """A state that is no party to the fight the article tells of between two others:
    neither of its two most-named sides, nor its forces, nor where it happened."""
    belligerents = actors.belligerents()
    sides = [actor_named(name) for name in belligerents]
    return (
        speaker.kind == "country"
        and len(belligerents) == 2
        and speaker.name not in belligerents
        # (two armed groups fighting in its land: "ELN guerrillas killed five FARC
        # dissidents, the army said" is Colombia's army)
        and all(side is not None and side.kind == "country" for side in sides)
        and speaker != actors.place
        and speaker not in actors.armed
        and speaker != actors.attacker
    )


def inside_quote(count: Count, sentence: SpacySpan) -> bool:
    """Whether the count stands inside a quotation the sentence opens before it."""
    doc = sentence.doc
    text = doc[sentence.start : count.start].text
    opened = text.count("“") - text.count("”")
    return opened > 0 or text.count('"') % 2 == 1
