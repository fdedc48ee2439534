"""The incident an article reports: who struck whom, who fought whom, and where.

Read from the grammar, not from how often a name appears: the agent of the violence
(`Eritrean troops shelled the town`, `an Israeli strike`, `killed by Russian fire`) and the
opponent (`in the clash with Eritrean troops`) are never the side of the people it hit;
the pair a fight is between (`fighting between A and B`) makes a figure over both; and the
country where the incident's places lie (`in Zalambessa`, `the Ethiopian border town`,
`a Gaza hospital`) is whose civilians they were. `sides` asks this model when the words
about the counted people do not name their side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..parties import (
    ALTERNATE_POPULATION,
    FAR_CITY_POPULATION,
    LONG_SPELLING,
    TOWN_POPULATION,
    Actor,
    ActorMention,
    actor_named,
    country_actor,
    country_of_place,
    find_actors,
    named_as_a_base,
)
from ..places import continent_of, find_place
from .nlp import entities_in, first_of_a_list, per_sentence, text_of
from .vocabulary import ATTACK_NOUNS, FATE_WORDS, QUOTING_LEMMAS, fate_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

T = TypeVar("T")
# Verbs whose subject does the violence: `troops shelled the town`, `Kestria bombed X`.
VIOLENCE_VERBS = frozenset(
    {"shell", "strike", "bomb", "bombard", "attack", "hit", "raid", "target", "pound",
     "fire", "shoot", "kill", "ambush", "storm", "assault", "launch", "massacre",
     "slaughter", "gun", "open", "invade", "overrun", "torch", "burn", "behead", "blow",
     "wound", "injure", "maim", "abduct", "kidnap"}
)  # fmt: skip
# Verbs that alone tell of an act of violence (`fighters stormed a base`), unlike those
# that also tell of much else (`opened`, `launched`, `hit`).
ASSAULT_VERBS = frozenset(
    {"storm", "assault", "raid", "ambush", "invade", "overrun", "massacre", "slaughter",
     "bombard", "behead", "shell", "bomb", "attack"}
)  # fmt: skip
# Nouns naming an act of violence that a side's name on them makes that side's act:
# `Israeli strikes`, `Russia's missile attack`, `Eritrean artillery`. Not the shared
# fight (`Armenian-Azerbaijani clashes` are both sides').
STRIKE_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "rocket", "missile", "shell", "shelling", "bombing",
     "bomb", "bombardment", "fire", "raid", "drone", "ambush", "assault", "offensive",
     "artillery", "airstrikes", "incursion", "operation", "gunfire", "jet",
     "warplane", "aircraft", "helicopter", "tank", "sniper", "mortar", "barrage", "onslaught",
     "invasion", "aggression", "occupation"}
)  # fmt: skip
# Every word for an act of violence, the shared fight's included.
VIOLENCE_NOUNS = STRIKE_NOUNS | ATTACK_NOUNS
# Nouns of a fight two sides share: what `with X` and `between A and B` attach to.
FIGHT_NOUNS = frozenset(
    {"clash", "clashes", "fighting", "fight", "battle", "hostilities", "war", "skirmish",
     "skirmishes", "exchange", "confrontation", "conflict", "firefight", "gunbattle",
     "combat", "engagement", "standoff"}
)  # fmt: skip
FIGHT_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange"})
# Nouns of places: a side or a name on them says where it happened.
PLACE_NOUNS = frozenset(
    {"town", "village", "city", "camp", "district", "province", "region", "area", "hospital",
     "school", "market", "neighbourhood", "neighborhood", "settlement", "strip", "territory",
     "capital", "port", "mosque", "church", "compound", "suburb", "county", "state",
     "municipality", "governorate", "locality", "valley", "hamlet", "enclave", "community",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "part", "outskirts", "heart", "centre", "center", "hideout", "stronghold", "lair",
     "hotel", "prison", "jail", "forest"}
)  # fmt: skip
# Acts of violence whose `of` names the place they were done to (`the shelling of X`).
DONE_TO_PLACES = frozenset(
    {"shelling", "bombing", "bombardment", "siege", "storming", "invasion", "occupation",
     "capture", "fall", "blockade", "encirclement", "sacking", "destruction"}
)  # fmt: skip
LOCATIVE = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "across", "into", "within",
     "throughout", "on", "of"}
)  # fmt: skip
BETWEEN = re.compile(
    r"\b(?:clash(?:es)?|fighting|fights?|battles?|hostilities|war|skirmish(?:es)?|"
    r"confrontations?|conflict|exchanges? of fire|firefights?|gunbattles?)\s+"
    r"(?:\w+\s+){0,3}between\s+(?P<a>[^,;.]{2,60}?)\s+and\s+(?P<b>[^,;.]{2,60})",
    re.IGNORECASE,
)
ANCESTOR_HOPS = 7  # how far up the tree a place phrase may hang from the violence
LEAD_SENTENCES, LEAD_WEIGHT = 4, 3  # the headline and lead outweigh the rest
PLACE_SHARE = 0.5  # the place country must hold at least this share of located mentions
SMALL_TOWN = 1_000  # in a country the article names, a town this small is still a town


@dataclass(frozen=True, slots=True)
class Incident:
    """Per article: where its places lie, and whom it names as striking."""

    place_country: str | None  # the country most of the incident's places are in
    attackers: tuple[tuple[str, int], ...]  # parties named as doing the violence, by count

    @classmethod
    def of(
        cls,
        sentences: list[SpacySpan],
        *,
        dateline: str | None = None,
        countries: Sequence[str] = (),
    ) -> Incident:
        """`dateline` is the place the report was filed from: one vote for its country,
        which decides only when the text places the violence nowhere else. `countries`
        are those the article names (ISO alpha-2), in which its towns are looked up first."""
        # the whole text: a Doc parsed only where figures are still names who holds a place
        held = held_places(text_of(sentences[0].doc)) if sentences else {}
        places: Counter[str] = Counter()
        filed_from = _dateline_vote(dateline, countries=countries)
        if filed_from is not None:
            places[filed_from.name] += 1
        attackers: Counter[str] = Counter()
        telling = _telling_tokens(sentences[0].doc) if sentences else frozenset()
        for n, sentence in enumerate(sentences):
            # where it happened and who struck count where someone was hurt, not where
            # talks were held or threats were made; the lead says where the incident was,
            # later sentences often tell of others
            if not telling.isdisjoint(range(sentence.start, sentence.end)):
                weight = LEAD_WEIGHT if n < LEAD_SENTENCES else 1
                for country in located_countries(sentence, held=held, countries=countries):
                    places[country] += weight
                attackers.update(hostile_in(sentence, opponents=False))
        place = None
        if places:
            top, n = places.most_common(1)[0]
            if n >= PLACE_SHARE * sum(places.values()):
                place = top
        return cls(place_country=place, attackers=tuple(attackers.most_common()))

    def main_attacker(self) -> str | None:
        """The side the article names as striking, if one clearly does most of it."""
        if not self.attackers:
            return None
        top, n = self.attackers[0]
        second = self.attackers[1][1] if len(self.attackers) > 1 else 0
        return top if n >= 2 * second + 1 else None

    def victims_side(self, *, hostile: set[str]) -> str | None:
        """Whose civilians an unnamed figure counts: the country its places are in, unless
        that country is the one striking here."""
        place = self.place_country
        if place is not None and place not in hostile and place != self.main_attacker():
            return place
        return None


def named_only_striking(
    sentences: Sequence[SpacySpan], mentions: Sequence[tuple[Actor, int]]
) -> set[str]:
    """The countries (ISO codes) a story names only as doing the violence ("Russian
    shelling killed five in Donetsk"): no evidence its towns lie there, so no reason to
    look them up there before their namesakes. `mentions` are the story's parties with
    how often it names them."""
    telling = _telling_tokens(sentences[0].doc) if sentences else frozenset()
    striking: Counter[str] = Counter()
    for sentence in sentences:
        if not telling.isdisjoint(range(sentence.start, sentence.end)):
            striking.update(hostile_in(sentence, opponents=False))
    return {
        actor.country
        for actor, n in mentions
        if actor.kind == "country" and actor.country and striking[actor.name] >= n
    }


def _telling_tokens(doc: Doc) -> frozenset[int]:
    """The tokens that tell of people hurt or of an act of violence, found in one pass
    over the Doc's lemma and lower-case arrays (every sentence asks), once per Doc: the
    incident model and `named_only_striking` both read them."""
    return per_sentence(doc[:], "telling", lambda: _read_telling_tokens(doc))


def _read_telling_tokens(doc: Doc) -> frozenset[int]:
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in (*FATE_WORDS, *VIOLENCE_NOUNS, *ASSAULT_VERBS)}
    rows = doc.to_array([LEMMA, LOWER])
    return frozenset(
        i for i, (lemma, lower) in enumerate(rows.tolist()) if lemma in wanted or lower in wanted
    )


def mention_root(sentence: SpacySpan, start: int, end: int) -> Token | None:
    """The syntactic head of a name found at sentence-relative character offsets."""
    span = sentence.doc.char_span(
        sentence.start_char + start, sentence.start_char + end, alignment_mode="expand"
    )
    return span.root if span is not None and len(span) else None


def noun_phrase_head(token: Token) -> Token:
    """Climb from a modifier to the noun it modifies: `Eritrean` -> `troops`."""
    while token.dep_ in ("amod", "compound", "nmod", "poss", "case") and token.head.i != token.i:
        token = token.head
    return token


# People named as what someone's violence made them: `victims of RSF fighters`.
VICTIM_NOUNS = frozenset({"victim"})
# Who has violence done is its agent too: `ordered by`, `on the orders of`, `at the behest of`
ORDER_WORDS = frozenset({"order", "command", "behest", "direct", "instruction"})
ANSWERABLE = frozenset({"responsible", "accountable", "liable"})


def _violent_verb_sharing_its_subject(verb: Token) -> bool:
    """`troops crossed the border and killed 40 people`, `... crossed the border, killing
    40`: a second verb with no subject of its own does its violence with the first's."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return any(
        c.dep_ in ("conj", "advcl")
        and c.pos_ == "VERB"
        and c.lemma_.lower() in VIOLENCE_VERBS
        # `recognise 7 killed`: a bare participle tells what was done, not who did it
        and (c.tag_ != "VBN" or any(g.dep_ == "aux" and g.lemma_ == "have" for g in c.children))
        and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass", "mark") for g in c.children)
        for c in verb.children
    )


def _agent_of_violence(root: Token) -> bool:
    """Whether a name marks the doer: on a strike noun (`Israeli strikes`), the subject of
    a violent verb (`Eritrea shelled`, `Eritrean troops shelled`), or its `by` agent."""
    if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.lemma_.lower() in (
        STRIKE_NOUNS
    ):
        return True
    head = noun_phrase_head(root)
    if head.lemma_.lower() in STRIKE_NOUNS and head.i != root.i:
        return True
    head = first_of_a_list(head)
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in VIOLENCE_VERBS:
        verb = head.head
        # `if Pakistani forces launch an operation` has not happened
        return not any(
            c.dep_ == "auxpass" or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
            for c in verb.children
        )
    if head.dep_ == "nsubj" and _violent_verb_sharing_its_subject(head.head):
        return True
    if head.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in head.head.children
    ):
        return True  # `X claimed (or denied) responsibility for the blasts`: the doer, or
        # the one held to be
    if head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.lemma_ == "blame":
        return True  # `an attack the government blamed on Boko Haram`
    if head.dep_ == "dobj" and head.head.lemma_ == "blame":
        return True  # `Hezbollah blamed Israel for the blasts`
    if head.lemma_.lower() in ANSWERABLE and head.head.lemma_ == "hold":
        return True  # the parser's `hold [Israel accountable]`
    if (head.dep_ == "dobj" and head.head.lemma_ == "hold") or head.head.lower_ in ANSWERABLE:
        # `held Israel fully responsible for the attack`
        verb = head.head if head.head.lemma_ == "hold" else head.head.head
        return verb.lemma_ == "hold" and any(c.lower_ in ANSWERABLE for c in verb.subtree)
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "accuse":
        # `Kestria accused Lorvia of shelling the town`, not `of putting civilians at risk`
        return any(
            _incident_word(g)
            for c in head.head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        )
    if head.dep_ == "pobj" and head.head.lower_ in ("by", "from"):
        # `killed by Russian fire`; `a rocket fired from Lebanon`: whence the strike came;
        # `a strike ordered by the Kestrian president`: who had it done
        above = head.head.head
        return above.lemma_.lower() in VIOLENCE_VERBS | STRIKE_NOUNS | ORDER_WORDS | {
            "cause",
            "carry",
        }
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        # `on the orders of X`; `60 victims of RSF fighters`: whose violence they suffered
        return head.head.head.lemma_.lower() in ORDER_WORDS | VICTIM_NOUNS
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ORDER_WORDS:
        # `the president ordered the strike`, `... ordered troops to shell the town`
        return any(
            c.lemma_.lower() in STRIKE_NOUNS | VIOLENCE_VERBS
            for c in head.head.children
            if c.dep_ in ("dobj", "xcomp", "ccomp")
        )
    return False


def _opponent(root: Token) -> bool:
    """`in the clash with Eritrean troops`, `fighting against the rebels`: the other side."""
    head = first_of_a_list(noun_phrase_head(root))
    if head.dep_ != "pobj" or head.head.lower_ not in ("with", "against"):
        return False
    above = head.head.head
    return (
        above.lemma_.lower() in FIGHT_NOUNS | FIGHT_VERBS
        or above.lower_ in FIGHT_NOUNS
        or head.head.lower_ == "against"
    )


def hostile_in(sentence: SpacySpan, *, opponents: bool = True) -> set[str]:
    """The parties this sentence names as doing the violence (and, if asked, as the
    opponent of the people it hit): never the side of its victims."""
    return set(
        per_sentence(
            sentence, f"hostile:{opponents}", lambda: _hostile_in(sentence, opponents=opponents)
        )
    )


def _hostile_in(sentence: SpacySpan, *, opponents: bool) -> frozenset[str]:
    return frozenset(
        mention.actor.name
        for mention, root in _named_roots(sentence)
        if mention.actor.kind != "ugo"
        and (_agent_of_violence(root) or (opponents and _opponent(root)))
    ) | _doers_before(sentence)


# Pronouns that stand for a side doing the violence the sentence before told of.
DOING_PRONOUNS = frozenset({"they", "it"})


def _doers_before(sentence: SpacySpan) -> frozenset[str]:
    """`Eritrean troops crossed the border. They killed 40 people.`: a pronoun doing the
    violence is the side the sentence before had doing something (not saying it)."""
    if not any(
        token.lower_ in DOING_PRONOUNS and token.dep_ == "nsubj" and _agent_of_violence(token)
        for token in sentence
    ):
        return frozenset()
    doc = sentence.doc
    last = sentence.start - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 0:
        return frozenset()
    before = doc[doc[last].sent.start : last + 1]
    return frozenset(
        mention.actor.name
        for mention, root in _named_roots(before)
        if mention.actor.kind != "ugo" and (_agent_of_violence(root) or _doer(root))
    )


def _doer(root: Token) -> bool:
    """The subject of an active verb that tells of no speaking: `troops crossed the border`,
    not `Ethiopia said` nor `soldiers were ambushed`."""
    head = first_of_a_list(noun_phrase_head(root))
    if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head
    # a verb with a clause of what was said is speaking: `Ethiopia said its border was calm`
    return verb.lemma_.lower() not in QUOTING_LEMMAS and not any(
        c.dep_ in ("auxpass", "ccomp") for c in verb.children
    )


def _named_roots(sentence: SpacySpan) -> Iterator[tuple[ActorMention, Token]]:
    """Each party the sentence names, with the head of its name in the parse."""
    for mention in find_actors(sentence.text):
        root = mention_root(sentence, mention.start, mention.end)
        if root is not None:
            yield mention, root


# Verbs and prepositions that name a place only to say where another one lies: `Tavush
# province, which borders Azerbaijan`, `a village near the Eritrean border`.
BESIDE_VERBS = frozenset(
    {"border", "neighbour", "neighbor", "adjoin", "face", "overlook", "link", "connect"}
)
BORDERS = frozenset({"border", "frontier", "boundary"})
ROUTE_NOUNS = frozenset({"border", "frontier", "road", "highway", "corridor", "route", "crossing"})
BESIDE_PREPS = frozenset({"near", "along", "toward", "towards", "beside", "opposite"})


def landmarks_in(sentence: SpacySpan) -> set[str]:
    """The parties a sentence names only as landmarks (`which borders Azerbaijan`, `near
    the Eritrean border`): they say where, not whose the people were."""
    return set(per_sentence(sentence, "landmarks", lambda: _landmarks_in(sentence)))


def _landmarks_in(sentence: SpacySpan) -> frozenset[str]:
    return frozenset(
        mention.actor.name
        for mention, root in _named_roots(sentence)
        # `the Venezuelan border` lies between two lands
        if (root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in BORDERS)
        or _beside(noun_phrase_head(root))
    )


def _beside(head: Token) -> bool:
    """Whether a noun phrase is named as a landmark: the object of `border`, `near`..."""
    if head.dep_ in ("dobj", "npadvmod", "attr"):
        return head.head.lemma_.lower() in BESIDE_VERBS  # the parser's object of `borders`
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    # `near X`; `the border with X`, `a road to X`: X is where the place lies towards
    above = preposition.head.lemma_.lower()
    return preposition.lower_ in BESIDE_PREPS or (
        preposition.lower_ in ("with", "to") and (above in ROUTE_NOUNS or above in BESIDE_VERBS)
    )


def fought_between(sentence: SpacySpan) -> tuple[str, str] | None:
    """`fighting between Eritrea and Ethiopia`, `clashes between the army and M23`: the
    two sides of the fight the sentence speaks of, when both are named parties."""
    return per_sentence(sentence, "between", lambda: _fought_between(sentence))


def _fought_between(sentence: SpacySpan) -> tuple[str, str] | None:
    for match in BETWEEN.finditer(sentence.text):
        a = [m.actor for m in find_actors(match.group("a")) if m.actor.kind != "ugo"]
        b = [m.actor for m in find_actors(match.group("b")) if m.actor.kind != "ugo"]
        if a and b and a[0] != b[0]:
            return a[0].name, b[0].name
    return _fighting_each_other(sentence)


def _fighting_each_other(sentence: SpacySpan) -> tuple[str, str] | None:
    """`Ethiopian and Eritrean troops clashed`, `Ethiopia and Eritrea exchanged fire`: two
    parties joined as the subject of a verb of fighting, or one its subject and the other
    whom it fought `with`."""
    for verb in sentence:
        if verb.lemma_.lower() not in FIGHT_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            named = _parties_in(subject)
            if len(named) == 2:
                return named[0].name, named[1].name
            opponents = [
                _parties_in(o)
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children
                if o.dep_ == "pobj"
            ]
            if (
                len(named) == 1
                and len(opponents) == 1
                and len(opponents[0]) == 1
                and opponents[0][0] != named[0]
            ):
                # "Eritrean troops clashed with Ethiopian forces": one side, then the other
                return named[0].name, opponents[0][0].name
    return None


def _parties_in(phrase: Token) -> list[Actor]:
    """The parties named in the phrase a token heads, each once."""
    text = phrase.doc[phrase.left_edge.i : phrase.right_edge.i + 1].text
    return list(dict.fromkeys(m.actor for m in find_actors(text) if m.actor.kind != "ugo"))


HELD = re.compile(
    r"\b(?P<holder>[A-Z][\w']+)-(?:annexed|controlled|occupied|held|administered|run)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)


def held_places(text: str) -> dict[str, str]:
    """Places the text says a party holds (`the Kestrian-controlled Dorn Valley`): the
    article places them in that party's country wherever it names them."""
    held = {}
    for match in HELD.finditer(text):
        holder = actor_named(match.group("holder"))
        if holder is not None and holder.kind == "country":
            held[match.group("place")] = holder.name
    return held


def _capitalised(name: str) -> bool:
    """Whether a name is written as one (`Adigrat`, `al-Fashir`), not as a common noun."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() or ("-" in first and first.split("-")[-1][:1].isupper())


# Words after a name that make it a people's, not a place's.
PEOPLE_GROUP_WORDS = frozenset(
    {"community", "communities", "tribe", "tribes", "tribesmen", "clan", "clans", "people",
     "minority", "ethnic"}
)  # fmt: skip


def located_countries(
    sentence: SpacySpan, *, held: dict[str, str] | None = None, countries: Sequence[str] = ()
) -> list[str]:
    """The countries of the places this sentence says something happened in: names in a
    locative phrase (`in Adigrat`, `the town of X`) or on a place noun (`a Gaza
    hospital`), and a side's name on a place noun (`the Ethiopian border town`)."""
    found: list[str] = []
    regional: list[bool] = []  # per name in `found`: a region, not a town
    for entity in entities_in(sentence):
        # the tagger takes many a village for a people (NORP), and a city struck or named
        # after `in` for a person ("struck Kharkiv"): the gazetteer decides, and for a
        # "person" only a real city
        mistaken = entity.label_ in ("PERSON", "ORG")  # "in Kostiantynivka" read as a body
        if entity.label_ not in ("GPE", "LOC", "FAC", "NORP") and not mistaken:
            continue
        if mistaken and not _capitalised(entity.text):
            continue  # "into the bush" is no town, whatever the tagger called it
        if not _locative(entity.root):
            continue
        if not _of_the_incident(entity.root):
            continue  # `in contact with masterminds in X`: a place, but not where it happened
        if entity.label_ == "NORP" and actor_named(entity.text) is not None:
            continue  # a demonym: read below, if it is on a place noun
        following = entity.doc[entity.end] if entity.end < len(entity.doc) else None
        if following is not None and following.lower_ in PEOPLE_GROUP_WORDS:
            continue  # "the Kuki community": a people, not the Japanese town of Kuki
        name = place_name(entity)
        landmark = noun_phrase_head(entity.root)
        if _beside(landmark) and not (
            landmark.dep_ == "pobj" and landmark.head.lower_ == "near" and not actor_named(name)
        ):
            # `a village near Adigrat` is not in Adigrat, but in Adigrat's land: a town is
            # near only places of its own country (a land or a border is no such town)
            continue
        if held and name in held:
            found.append(held[name])
            regional.append(False)
            continue
        if mistaken:
            city = _real_city(name, countries=countries)
            if city is not None:
                found.append(city.name)
                regional.append(False)
            elif (land := _real_region(name, countries=countries)) is not None:
                found.append(land.name)  # "killed nine villagers in Tigray"
                regional.append(True)
            continue
        country = place_country(name, countries=countries)
        if country is not None:
            found.append(country.name)
            regional.append(is_region(name))
    found = within_named_regions(list(zip(found, regional, strict=True)))
    for token in sentence:
        # a city the tagger left unnamed ("Russian drones hit Odesa"): only a real city
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ == ""
            and _capitalised(token.text)
            and token.dep_ != "compound"
            and _locative(token)
            and _of_the_incident(token)
        ):
            words = token.doc[token.left_edge.i : token.i + 1]
            city = (
                _real_city(words.text, countries=countries)
                if all(t.pos_ == "PROPN" for t in words)
                else None
            )
            if city is not None:
                found.append(city.name)
    for mention, root in _named_roots(sentence):
        if mention.actor.kind != "country" or mention.via not in ("demonym", "name"):
            continue
        if root.ent_type_ in ("GPE", "LOC", "FAC"):
            continue  # a place entity was read above
        if (
            root.dep_ in ("amod", "compound", "nmod")
            and root.head.lemma_.lower() in PLACE_NOUNS
            and _of_the_incident(root)
        ):
            found.append(mention.actor.name)
    return found


def within_named_regions(found: list[tuple[T, bool]]) -> list[T]:
    """The lands of a sentence's places (each marked whether it is a region), less the
    towns outside every region it names: in "the town of Palma in Cabo Delgado province"
    the region says which town of that name it is; a namesake elsewhere is not where it
    happened."""
    regions = {land for land, regional in found if regional}
    if not regions:
        return [land for land, _ in found]
    return [land for land, regional in found if regional or land in regions]


def _dateline_vote(dateline: str | None, *, countries: Sequence[str]) -> Actor | None:
    """The country a dateline votes for as where the violence was, if any. A bureau
    abroad ("NAIROBI" over a story of Somalia's) says nothing of it: a dateline whose
    country the text never names, when it names others (`countries`), casts no vote."""
    filed_from = place_country(dateline, countries=countries) if dateline else None
    if filed_from is None or (countries and filed_from.country not in countries):
        return None
    return filed_from


# How far into a text its dateline may reach.
DATELINE_CHARS = 80


def article_region(
    doc: Doc, *, dateline: str | None = None, countries: Sequence[str] = ()
) -> str | None:
    """The country most of the places an article names lie in (any sentence, and the
    dateline), for an article that names no country: "Gunmen killed 12 in Maiduguri"
    is a Nigerian story though it never says "Nigeria"."""
    places: Counter[str] = Counter()
    names = [
        place_name(e)
        for e in doc.ents
        if e.label_ in ("GPE", "LOC", "FAC")
        and not where_one_sits(e)
        # the dateline's own word is read as the dateline below
        and not (dateline and e.start_char < DATELINE_CHARS and e.text.lower() == dateline.lower())
    ]
    for name in names:
        country = place_country(name, countries=countries)
        if country is not None:
            places[country.name] += 1
    filed_from = _dateline_vote(dateline, countries=countries)
    if filed_from is not None:
        places[filed_from.name] += 1
    if not places:
        return None
    top, n = places.most_common(1)[0]
    return top if n >= PLACE_SHARE * sum(places.values()) else None


def _incident_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return bool(
        fate_of_word(lemma, token.lower_) or lemma in VIOLENCE_NOUNS or lemma in VIOLENCE_VERBS
    )


# The words a land's divisions are called by, after their name ("Plateau state").
DIVISION_WORDS = frozenset(
    {"state", "province", "region", "department", "governorate", "district", "county",
     "oblast", "prefecture"}
)  # fmt: skip


def where_one_sits(entity: SpacySpan) -> bool:
    """`the Singapore-based manager`, `the London-based IMB`: a place named only as where
    a speaker or body is based, not where anything happened."""
    return named_as_a_base(entity.doc.text, entity.end_char)


def place_name(entity: SpacySpan) -> str:
    """A place entity's name, with the division word after it that the tagger left out:
    `Plateau state` is Nigeria's, where `Plateau` alone is Benin's department too."""
    name = entity.text.removeprefix("the ").removeprefix("The ")
    following = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if following is not None and following.lower_ in DIVISION_WORDS:
        return f"{name} {following.text}"
    return name


def _real_city(name: str, *, countries: Sequence[str] = ()) -> Actor | None:
    """The country of a real city of this name, for a name the tagger did not call a
    place; None for a name that is a party's (`Hamas`, `Ethiopian`)."""
    return None if find_actors(name) else country_of_place(name, far_from=countries)


def _real_region(name: str, *, countries: Sequence[str] = ()) -> Actor | None:
    """The country of a region of this name, for a name the tagger did not call a place;
    None for a name that is a party's."""
    if find_actors(name) or not is_region(name):
        return None
    return place_country(name, countries=countries)


def is_region(name: str) -> bool:
    """Whether the gazetteer knows the name as a region (`Cabo Delgado`), not a town."""
    candidates = find_place(name)
    # ("Plateau state": the name with its division word)
    divided = name.split()[-1].lower() in DIVISION_WORDS
    return (
        bool(candidates)
        and candidates[0].kind == "region"
        and (candidates[0].match == "name" or (divided and candidates[0].match == "variant"))
    )


def _of_the_incident(root: Token) -> bool:
    """Whether a place phrase hangs on the violence: on a fate or an attack word above it
    (`killed in X`, `an attack on a school in X`), or on a clause whose subject or object
    is one (`in X, two explosions rang out`); not through a clause that cites a source."""
    for depth, above in enumerate(root.ancestors):
        if depth >= ANCESTOR_HOPS:
            break
        if above.lemma_.lower() in QUOTING_LEMMAS and above.tag_ == "VBG":
            return False  # `killed, citing staff at hospitals in X`: where the source is
        if _incident_word(above):
            return True
        if above.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and _incident_word(c) for c in above.children
        ):
            return True
    return False


def _locative(root: Token) -> bool:
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE:
        # `of` only after a place noun or an act done to a place: `the town of X`, `the
        # shelling of X`, not `the president of X`
        return head.lower_ != "of" or head.head.lemma_.lower() in PLACE_NOUNS | DONE_TO_PLACES
    if root.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ == "dobj" and head.lemma_.lower() in VIOLENCE_VERBS:
        return True  # `Eritrea shelled Adigrat`: the place struck
    return root.dep_ == "appos" and head.lemma_.lower() in PLACE_NOUNS


# Seas, gulfs and straits: a region may bear the name, the water lies in no country
WATERS = re.compile(
    r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel)$|^(?:the )?(?:Gulf|Bay|Strait|Sea) of\b",
    re.IGNORECASE,
)


def place_country(
    name: str, *, countries: Sequence[str] = (), far_from: Sequence[str] = ()
) -> Actor | None:
    """The country a place name lies in: a country itself, a region of that name, or a
    town large enough that the name is not more often a person's. A town in one of the
    `countries` the article names (ISO alpha-2) wins over a bigger namesake elsewhere
    (`Palma` in a story about Mozambique), whatever its size. `far_from` are lands the
    article names that are not to be searched for small towns (for a name the tagger did
    not call a place), only to tell a namesake on another continent."""
    actor = actor_named(name)
    if actor is not None:
        return actor if actor.kind == "country" else None
    if WATERS.search(name):
        return None  # "the Red Sea" is no Sudanese province: a sea lies in no one country
    candidates = find_place(name, countries=countries)
    named_here = [
        c
        for c in candidates
        if c.country in countries
        and c.match == "name"
        and (c.kind == "region" or (c.kind == "city" and c.population >= SMALL_TOWN))
    ]
    if named_here and named_here[0].country:
        return country_actor(named_here[0].country)
    lands = countries or far_from
    continents = {continent_of(c) for c in lands}
    lands_of = {c.country for c in candidates if c.country}
    for candidate in candidates:
        if not candidate.country:
            continue
        # a namesake on another continent than every land the article names is doubtful
        # (Spain's Palma in a story of Mozambique, when the gazetteer lacks Mozambique's)
        far = bool(lands) and continent_of(candidate.country) not in continents
        if candidate.kind == "region" and (candidate.match == "name" or " " in name.strip()):
            # a region's other spelling of two words or more ("North Kivu") is no word
            if far and not (name.split()[-1].lower() in DIVISION_WORDS and len(lands_of) == 1):
                # (Argentina's Cordoba province in a story of Nigeria; but "Idlib province"
                # in a story of an American strike names the one land with such a region)
                continue
            return country_actor(candidate.country)
        # a namesake in a country the article never names must be a city to count, and a
        # great one if it is far
        foreign = bool(countries) and candidate.country not in countries
        # another spelling must name a big city, unless it is too long to be a word
        spelled = candidate.match == "name" or len(name) >= LONG_SPELLING
        least = TOWN_POPULATION if spelled and not foreign else ALTERNATE_POPULATION
        if candidate.kind == "city" and candidate.population >= (
            max(least, FAR_CITY_POPULATION) if far else least
        ):
            return country_actor(candidate.country)
    return None
