"""Who says so: the claimant of a statement and the side they speak for.

A claimant is found from a reporting verb (`said`, `reported`, `claimed`, ...) and its
subject, from `according to X`, from `X quoted Y as saying` (the original speaker, Y),
and from pronouns and bare bodies (`it said`, `the ministry added`) that refer back to the
last named speaker. Through chains of sources the first one speaks: an outlet `citing`
or `quoting` a source passes on its claim; a spokesman or minister speaks for his body;
a quotation is its speaker's across sentences and paragraphs (`Quotations`). An event,
a figure or a demonstrative (`the siege claimed`, `20 deaths reported`, `That said`) is
never a speaker. Names are normalised as the annotation guide does: "<Country> <body>"
("Armenia Ministry of Defence", "Iran authorities", "Kenya army (Name)"), a capital or
country used as a metonym becomes "<Country> government", and a person keeps their name.
Outside bodies and roles (the UN, NGOs, activists, monitors) speak as a third party.
The vocabulary beyond the verbs is data: `data/speakers.toml`, and the words for armed
groups in `data/vocabulary/bodies.tsv` (`vocabulary`).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from ..parties import (
    BASED,
    NON_STATE,
    Actor,
    ActorMention,
    actor_named,
    country_actor,
    country_of_place,
    find_actors,
    named_as_a_base,
    named_as_sponsor,
    state_ruled_by,
)
from ..sources import canonical_wire, source_kind
from .incident import is_region, place_country
from .nlp import entities_in, sentence_of, text_of
from .numbers import is_number_word
from .vocabulary import (
    ARMED_MODIFIERS,
    ATTACK_NOUNS,
    GENERIC_BODY_NOUNS,
    GROUP_NOUNS,
    QUOTING_LEMMAS,
    STATE_FORCE_NOUNS,
    TALLY_NOUNS,
    people_status,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@functools.cache
def _vocabulary() -> dict[str, Any]:
    """`data/speakers.toml`: source nouns, spokesman titles, outside bodies and roles."""
    text = resources.files("fogofwar").joinpath("data", "speakers.toml").read_text("utf-8")
    return tomllib.loads(text)


REPORTING_LEMMAS = frozenset(
    [
        "say",
        "report",
        "claim",
        "confirm",
        "announce",
        "tell",
        "state",
        "add",
        "cite",
        "admit",
        "acknowledge",
        "recognize",
        "recognise",
        "declare",
        "note",
        "estimate",
        "record",
        "count",
        "document",
        "list",
        "tally",
        "write",
        "post",
        "publish",
        "inform",
        "quote",
        "indicate",
        "reveal",
        "insist",
        "assert",
        "allege",
        "update",
        "put",
        "warn",
        "accuse",
        "explain",
        "stress",
        "tweet",
        "suggest",
        "find",
        "verify",
        "list",
        "give",
        "condemn",
        "mourn",
        "denounce",
        "revise",
        "learn",
        "issue",
        "release",
        "read",
        "show",
        "raise",
        "lower",
        "broadcast",
        "air",
    ]
)
# Verbs that report only with a document or a figure as their object: "put the toll at
# 20", "issued a statement", "released figures", "raised the toll to 14" (not "put an end
# to", "released hostages", "raised concerns").
OBJECT_REPORTS = frozenset({"put", "issue", "release", "raise", "lower", "broadcast", "air"})
# What a broadcaster shows as its report: "state television aired footage of 20 prisoners".
FOOTAGE = frozenset({"footage", "image", "images", "video", "videos", "picture", "pictures"})
# Reporting verbs whose bare participle with `by` still reports ("as reported by a local
# official"); others describe the event ("an attack claimed by", "condemned by"), and a
# figure "verified by" an outlet or monitor remains its first source's claim.
AGENT_REPORTS = frozenset(
    ["report", "announce", "confirm", "state", "publish", "record", "document", "estimate"]
    + ["count", "list", "give", "post", "quote", "cite", "release", "tell"]
)
# Objects of `claim` that are no figure reported: `claimed the lives of 28`.
UNREPORTED_CLAIMS = frozenset({"life", "lives"})
# A cheap test on the raw sentence before walking its tokens: every form of a reporting
# verb starts with its lemma's stem or is one of the irregular past forms.


def _forms(lemma: str) -> set[str]:
    """A verb's regular forms: say, says, sayed (harmless), saying; state, stated, stating."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # admitted, putting
    return forms


_MAY_REPORT = re.compile(
    r"\b(?:according|per|said|told|wrote|written|found|gave|given|quoted|claims?|estimates?|"
    r"treat(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|"
    + "|".join(
        sorted({f for lemma in REPORTING_LEMMAS for f in _forms(lemma)}, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "i", "its", "which", "who", "him", "her", "them"}
)
# Words that point at a thing or a part, never at a speaker: "That said", "This shows",
# "Some reported", "Others claimed" name nobody, even after a named speaker.
DEMONSTRATIVES = frozenset({"that", "this", "these", "those", "there", "what", "you"})
FRAGMENTS = frozenset({"some", "others", "all", "one", "many", "most", "each"})
# People who speak, of whom "one of the sources" is one.
SPEAKING_PLURALS = frozenset(
    {"sources", "officials", "witnesses", "residents", "survivors", "doctors", "medics",
     "officers", "diplomats", "activists", "spokesmen", "relatives"}
)  # fmt: skip

# Body names, checked in order against the lower-cased subject; first match wins.
BODIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), body)
    for pattern, body in (
        (r"\bdefen[cs]e minist|\bministry of (?:national )?defen[cs]e|\bmod\b|military department"
         r"|defen[cs]e department|\bdefen[cs]e ministry", "Ministry of Defence"),
        (r"\bforeign minist|ministry of foreign affairs|\bmfa\b|foreign affairs ministry",
         "Ministry of Foreign Affairs"),
        (r"\bhealth minist|ministry of (?:public )?health|minister (?:of|for) health"
         r"|\bdepartment of health|\bhealth department", "Health Ministry"),
        # the text's own words for unnamed health services: "Gaza health authorities"
        (r"\bhealth authorit", "health authorities"),
        (r"\bhealth officials", "health officials"),
        (r"\binterior minist|ministry of (?:the )?interior|ministry of internal affairs",
         "Interior Ministry"),
        (r"\binformation minist|ministry of information|minister (?:of|for) information",
         "Ministry of Information"),
        (r"\bjustice minist|ministry of justice|minister (?:of|for) justice",
         "Ministry of Justice"),
        (r"\bprosecutor[’']?s? general|\bprosecutor-general|\bgeneral prosecutor",
         "Prosecutor General's Office"),
        (r"\bemergenc(?:y|ies) service", "emergency service"),
        (r"\bemergenc(?:y|ies) (?:ministry|situations)|\bministry of emergenc",
         "Emergencies Ministry"),
        (r"\bcivil defen[cs]e\b", "civil defence"),
        # "the head of the city's military administration": the town's own government
        (r"\b(?:city|town|village|regional|region[’']s|district|municipal|provincial|oblast)"
         r"(?:[’']s)? (?:military |civil |state )?administration\b", "local administration"),
        (r"\bnational guard\b", "National Guard"),
        (r"\bdefen[cs]e forces\b", "Defense Forces"),
        (r"\bsecurity (?:sources|officials|forces|services)\b", "security sources"),
        (r"\bborder (?:service|guard|troops|police)", "border service"),
        (r"\bpolice\b", "police"),
        (r"\barmy\b", "army"),
        (r"\barmed forces\b|\bgeneral staff\b", "armed forces"),
        (r"\bmilitary\b", "military"),
        (r"\bpresiden(?:t|cy|tial)\b", "presidency"),
        (r"\bprime minister\b", "prime minister"),
        (r"\bembass(?:y|ies)\b", "Embassy"),
        (r"\bauthorities\b", "authorities"),
        (r"\bofficials\b", "officials"),
        (r"\bgovernment\b|\bcabinet\b|\bministry\b", "government"),
        # a military government by what the press calls it: the state's
        (r"\bjunta\b|\bmilitary regime\b", "junta"),
        (r"\bofficial\b", "official"),
    )
)  # fmt: skip

# A local office named by its title alone: "the governor", "the regional governor"
LOCAL_OFFICE = re.compile(
    r"(?:(?:regional|provincial|district|local|city|town|village) )?"
    r"(?:governor|mayor|district chief|village head|prefect|local official)"
)
# Those who treat or count the dead where it happened: "hospital officials", "medics"
TREATING = re.compile(r"\b(?:hospitals?|medics?|medical|doctors?|paramedics?|morgues?|rescuers?)\b")
# Bodies that fight, and report their own losses wherever they fight: an unplaced one is
# of the side that struck, where a civil body or office is of the land struck.
FORCE_BODIES = frozenset(
    {"Ministry of Defence", "army", "military", "armed forces", "Defense Forces", "police",
     "border service", "National Guard", "security sources"}
)  # fmt: skip
# Armed forces a speaker may name by their kind alone ("the army said").
UNNAMED_FORCES = frozenset({"army", "military", "armed forces"})
# Verbs by which those who treat the wounded count them.
TREATING_VERBS = frozenset({"treat", "receive"})
# Bodies that serve where the incident happened, whoever spoke before them.
# (Not the police: a raiding force's own police report its losses abroad.)
LOCAL_BODIES = frozenset(
    {"Health Ministry", "emergency service", "Emergencies Ministry", "civil defence",
     "Interior Ministry", "local administration", "health authorities", "health officials"}
)  # fmt: skip

# What kind of official speaks, kept in the claimant's name ("Niger local official").
OFFICIAL_KINDS: frozenset[str] = frozenset(_vocabulary()["official_kinds"])

# Bodies an armed group has of its own ("a Hamas official", "the Taliban's military"): a
# group that rules a state speaks through its ministries, police and government as that
# state, through these as itself.
GROUP_BODIES = frozenset(
    {"army", "military", "armed forces", "official", "officials", "security sources",
     "National Guard", "Defense Forces"}
)  # fmt: skip

# Bodies that stand for the whole state: a lead naming one restates a named body.
VAGUE_BODIES = (" government", " authorities", " officials")
SERVICE_OFFICIALS = (" health authorities", " health officials")

NOT_SPEAKERS = frozenset(
    [
        "information",
        "data",
        "record",
        "records",
        "report",
        "reports",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "estimate",
        "estimates",
        "figure",
        "figures",
        "statistic",
        "statistics",
        "count",
        "tally",
        "toll",
        "number",
        "conflict",
        "war",
        "violence",
        "fighting",
        "attack",
        "attacks",
        "strike",
        "strikes",
        "clash",
        "clashes",
        "assault",
        "ambush",
        "offensive",
        "battle",
        "bombing",
        "shelling",
        "explosion",
        "blast",
        "fire",
        "raid",
        "it_is",
        # rules one acts by, not who tells: "treated according to the Geneva Conventions"
        "convention",
        "conventions",
        "law",
        "laws",
        "constitution",
        "protocol",
        "rules",
        "plan",
        "tradition",
        # who did it, named by the deed: a toll is not theirs to give ("the attackers were
        # herders and put the toll at 52" is the parser's slip, not the attackers' count)
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "gunman",
        "gunmen",
    ]
)
INTERNATIONAL = re.compile(
    r"\b(?:u\.?n\.?|united nations|who|world health|red cross|red crescent|icrc|msf|"
    r"doctors without borders|human rights watch|hrw|amnesty|ocha|unicef|unhcr|acled|"
    r"ngo|watchdog|observatory|analyst|expert|consultant|"
    r"researcher|observer|think tank|monitor|"
    r"european union|african union|nato|ecowas)\b",
    re.IGNORECASE,
)
# Nouns an outside body and a state's own office share ("the Refugee Council", "the local
# council"; "a UN agency", "the state emergency agency"): outside only when nothing marks
# them as the land's own.
OUTSIDE_BODY_NOUNS = re.compile(
    r"\b(?:council|organi[sz]ation|agency|institute|cent(?:er|re)|association|network|"
    r"foundation|collective|coalition|rights group|rights commission)\b",
    re.IGNORECASE,
)
LAND_OWN = re.compile(
    r"\b(?:local|municipal|district|provincial|regional|state|national|city|town|village|"
    r"county|emergency|disaster|health|police|security|government|civil defen[cs]e|rescue|"
    r"medical|hospital)\b",
    re.IGNORECASE,
)


def is_international(name: str) -> bool:
    """Whether a speaker with no side of its own is an outside body by its name: the UN, a
    monitor, an analyst; a council or an agency unless it is the land's own ("the local
    council", "the state emergency agency")."""
    if INTERNATIONAL.search(name) or is_outsider(name):
        return True
    return bool(OUTSIDE_BODY_NOUNS.search(name)) and not LAND_OWN.search(name)


# The press as a source: another outlet, an agency, a channel or a blogger passing on a
# figure speaks as the media, not for a side ("Russian military bloggers reported").
PRESS = re.compile(
    r"\b(?:telegram|channels?|bloggers?|newspapers?|dailies|daily|weekly|weeklies|tabloids?|"
    r"magazines?|gazette|news agency|news outlets?|outlets?|"
    r"media|broadcasters?|tv|television|radio|websites?|online resources|resources|"
    r"x account|twitter account|journalists?|reporters?|correspondents?|news)\b",
    re.IGNORECASE,
)
# A body's own press office, named after its owner: it speaks for the body.
OWN_MEDIA_OFFICE = re.compile(
    r"\w\W+media (?:wing|office|cell|department|centre|center|unit|directorate|bureau|team|"
    r"operations|relations|affairs)\b",
    re.IGNORECASE,
)
STATE_RUN = re.compile(r"^(?:the\s+)?(?:state|state-run|state-owned|official)\b", re.I)
OFFICIAL = re.compile(r"\b(?:state|official|government|ministry|army|military spokes\w*)\b", re.I)
BOTH_SIDES = Actor("both", "both", None)  # "officials on both sides said"
BOTH_SPEAKERS = re.compile(
    r"(?:the )?(?:(?:officials|authorities|sources|spokesmen|ministries|governments|militaries)"
    r" (?:on|from|of|in) )?(?:both|the two) (?:sides|countries|governments|ministries|"
    r"militaries|armies|defen[cs]e ministries)\b"
)
# "the Hamas-run health ministry", "the Houthi-controlled ministry": the group rules the
# body that speaks; the body is the state's.
RULER = re.compile(r"[-‐–](?:run|led|controlled|held|administered|governed)\b", re.IGNORECASE)
# "a doctor at the Saudi hospital": a demonym on a place's name names the place, not
# whose the speaker is
FACILITY = re.compile(
    r"\s+(?:hospital|clinic|school|university|mosque|church|market|camp|quarter)s?\b",
    re.IGNORECASE,
)
# "rebels in northern Mali": a country after `in` is where the speaker is, not who.
LOCATED = re.compile(
    r"\b(?:in|across|near)\s+(?:(?:the\s+)?(?:north|south|east|west|central)"
    r"(?:ern|[- ]?east(?:ern)?|[- ]?west(?:ern)?)?\s+)?$",
    re.IGNORECASE,
)
LOCAL_SOURCE = re.compile(
    r"\b(?:hospital|hospitals|officials?|authorities|sources?|governor|mayor|residents?|"
    r"witnesses|police|health|ministry|council|administration|emergency|rescue|"
    r"government|office|bureau|regional|provincial|municipal)\b"
)
TALLIES = TALLY_NOUNS | {"total"}
DOCUMENTS = frozenset(
    ["statement", "statements", "announcement", "announcements", "claim", "claims"]
)
NUMBER_NOUNS = frozenset(["figure", "figures", "report", "reports", "data", "communiqué"])
LOSS_NOUNS = frozenset(["loss", "losses", "casualty", "casualties"])  # "put its losses at 42"
OPENING_WORDS = frozenset(["the", "a", "an", "its", "their", "this", "that", "whose"])


def _calls_an_armed_group(words: list[str]) -> bool:
    """Whether these words call someone by an armed group's noun: "the rebels", "the
    group", "the paramilitary group"; a group described by anything but arms ("a medical
    group", "a civil society group") is another kind of body."""
    for k, word in enumerate(words):
        if word not in GROUP_NOUNS:
            continue
        if word not in GENERIC_BODY_NOUNS:
            return True
        before: list[str] = []
        for earlier in reversed(words[:k]):
            if earlier in OPENING_WORDS or earlier.endswith(("'s", "’s")) or earlier == "of":
                break
            before.append(earlier)
        if all(w in ARMED_MODIFIERS for w in before):
            return True
    return False


def state_outlet(name: str) -> Actor | None:
    """The state whose own outlet this is (`data/speakers.toml`, `state_media`)."""
    bare = re.sub(r"^(?:the|a)\s+", "", name, flags=re.IGNORECASE)
    outlets: dict[str, str] = _vocabulary()["state_media"]
    state = outlets.get(bare) or next(
        (s for outlet, s in outlets.items() if outlet.lower() == bare.lower()), None
    )  # "Azertac" in a dateline is AzerTac
    return actor_named(state) if state else None


def state_outlet_in(phrase: str) -> tuple[str, Actor] | None:
    """A state's own outlet a speaker phrase names by its name, and the state: "the
    official IRNA news agency" is IRNA, Iran's."""
    found = _words("state_media").search(phrase)
    if found is None:
        return None
    outlets: dict[str, str] = _vocabulary()["state_media"]
    name = next(k for k in outlets if k.lower() == found.group(0).lower())
    state = actor_named(outlets[name])
    return (name, state) if state is not None else None


@functools.cache
def _words(key: str) -> re.Pattern[str]:
    """A vocabulary list as one whole-word pattern; all-capital acronyms keep their case,
    and a word with accents matches without them too ("Medecins Sans Frontieres")."""
    listed = _vocabulary()[key]
    words = sorted({*listed, *map(_without_accents, listed)}, key=len, reverse=True)
    parts = [
        re.escape(w) if w.isupper() or "." in w and w.upper() == w else f"(?i:{re.escape(w)})"
        for w in words
    ]
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _named_body_noun() -> re.Pattern[str]:
    """The capitalised noun of a body's own name (`Service`, `Forces`), in its case."""
    words = sorted(_vocabulary()["named_bodies"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


# Experts named by their field, which is a state's word: "military analyst", "defence
# expert", "security researcher".
EXPERT_ROLE = re.compile(
    r"\b(?:military|security|defen[cs]e|police)\s+(?:analysts?|experts?|researchers?)\b",
    re.IGNORECASE,
)


# A state's envoy to a body of states, who speaks for the state.
STATE_ENVOY = re.compile(
    r"\b(?:ambassador|envoy|permanent representative|representative|mission)\b", re.IGNORECASE
)


def is_outsider(name: str) -> bool:
    """An outside body (the UN, the WHO, an NGO) or an outside role (an activist, a rights
    monitor, an aid worker, an analyst) speaks as a third party, whichever country is
    named with it; a state office ("human rights commissioner") does not."""
    if _words("outside_bodies").search(name):
        # (not a state's envoy to one: "Iran's UN ambassador", "Pakistan's mission to the
        # UN"; but "the UN envoy for Yemen" is the UN's)
        envoy = STATE_ENVOY.search(name)
        return envoy is None or not any(
            m.actor.kind == "country" and m.end <= envoy.start() for m in find_actors(name)
        )
    if EXPERT_ROLE.search(name):
        return True  # "military analyst Michael Kofman": an expert on armies, not in one
    return bool(_words("outside_roles").search(name)) and not _words("state_offices").search(name)


def _source_like(tokens: list[Token]) -> bool:
    """Whether a cited phrase can name a source: a proper name, a pronoun, or a noun of
    someone who speaks (`hospital officials`), not a cause (`citing the unrest`)."""
    nouns = set(_vocabulary()["source_nouns"])
    return any(
        t.pos_ in ("PROPN", "PRON")
        or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
        or t.lemma_.lower() in nouns
        for t in tokens
    )


class Context(Protocol):
    """What attribution needs to know about the article: who it is mostly about, and
    where its incident happened."""

    @property
    def place(self) -> Actor | None: ...

    @property
    def region(self) -> Actor | None: ...

    @property
    def attacker(self) -> Actor | None: ...

    @property
    def armed(self) -> tuple[Actor, ...]: ...

    @property
    def filed_from(self) -> Actor | None: ...

    def main(self) -> Actor | None: ...

    def top_country(self) -> Actor | None: ...

    def countries(self) -> list[str]: ...

    def names(self, actor: Actor) -> bool: ...

    def group_called(self, words: Iterable[str]) -> Actor | None: ...

    def placed_in(self, land: Actor) -> Context: ...

    def other_than(
        self, actor: Actor | None, *, kinds: tuple[str, ...] | None = None
    ) -> Actor | None: ...


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in a sentence: their normalised name and who they speak for."""

    name: str
    actor: Actor | None  # the country or group they speak for, if any
    international: bool  # an outside body (UN, NGO, analyst): a third party by nature
    token: int  # index (in the doc) of the reporting word, to pick the nearest speaker
    first_person: bool = False  # "we confirmed" inside a quote: the quote's speaker says it
    press: bool = False  # another outlet, agency, channel or blogger: speaks as the media
    # the token range of the speaker phrase: its words say who speaks, not who died
    phrase: tuple[int, int] | None = None


def _is_passive(verb: Token) -> bool:
    """`was reported by X`, and `as reported by X` with no auxiliary (but `an attack
    claimed by X` or `condemned by X` is said of the attack, not of its toll)."""
    if verb.lemma_ in AGENT_REPORTS and any(c.dep_ == "agent" for c in verb.children):
        return True
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _counted(tokens: list[Token]) -> bool:
    """`with 20 deaths reported`, `30 more reported wounded`: a figure is what is
    reported, never who reports it."""
    heads = [t for t in tokens if t.head.i not in {u.i for u in tokens} or t.head.i == t.i]
    if heads and _one_of_the_speakers(heads[0]):
        return False  # "one of the sources said"
    return any(
        h.like_num
        or h.pos_ == "NUM"
        # "two security sources said", "three officials told AFP" do speak
        or (any(c.dep_ == "nummod" for c in h.children) and h.lemma_.lower() not in ONLY_SPEAK)
        for h in heads[:1]
    )


def _one_of_the_speakers(head: Token) -> bool:
    """`one of the sources`, `two of the witnesses`: some of those who speak."""
    return any(
        prep.lower_ == "of" and any(o.lower_ in SPEAKING_PLURALS for o in prep.children)
        for prep in head.children
        if prep.dep_ == "prep"
    )


# People who are counted only as speakers, never as the figure reported ("two officials
# said"; but "two villagers reported missing" are the figure).
ONLY_SPEAK = frozenset(
    {"official", "source", "spokesman", "spokeswoman", "spokesperson", "witness", "doctor",
     "medic", "diplomat", "analyst", "expert", "journalist", "reporter", "correspondent",
     "investigator", "representative"}
)  # fmt: skip


# What a body that watches others does: "which monitors elections", "that tracks
# violence", "which documents abuses".
WATCHING = frozenset({"monitor", "track", "document", "observe", "record", "investigate"})


def _watches_others(speaker: Token) -> bool:
    """Whether a relative clause on the speaker says it watches others (`Kestria Decide,
    which monitors elections`): a monitor speaks as an outsider, as one named so does."""
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in WATCHING for c in speaker.children
    )


def _without_clauses(token: Token) -> list[Token]:
    """A speaker phrase without the clauses that describe it: its own relative and
    participle clauses, and a relative clause anywhere inside it (`the press office of
    Tavush province, which borders Azerbaijan` is no speaker for Azerbaijan)."""
    clauses = [c for c in token.children if c.dep_ in ("relcl", "acl")]
    clauses += [t for t in token.subtree if t.dep_ == "relcl" and t.i != token.i]
    # "the Syrian Observatory for Human Rights on Saturday raised its toll": a day the
    # parser hung on the speaker is when it spoke, not who it is
    clauses += [
        c
        for c in token.children
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    ]
    # a clause inside a body's own name stays ("the Committee to Protect Journalists")
    name = token.doc[token.i].ent_type_ == "ORG" and _entity_end(token)
    drop = {t.i for c in clauses for t in c.subtree if not (name and t.i < name)}
    return [t for t in token.subtree if t.i not in drop]


def _through_the_name(phrase: list[Token], sentence: SpacySpan) -> list[Token]:
    """A speaker phrase that ends inside a body's name goes on to the name's end, however
    the parser hung the rest (`according to the Committee to Protect Journalists`)."""
    if not phrase or phrase[-1].ent_type_ != "ORG":
        return phrase
    end = min(_entity_end(phrase[-1]), sentence.end)
    doc = phrase[-1].doc
    return phrase + [doc[i] for i in range(phrase[-1].i + 1, end)]


def _entity_end(token: Token) -> int:
    """The index after the named entity the token is in."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


OWNERS = frozenset({"his", "her", "its", "their"})


def _owner_before(pronoun: Token, verb: Token) -> list[Token]:
    """Whom a possessive in a speaker phrase refers to when the sentence itself names
    them first: the named subject of a clause the reporting verb hangs from."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        for child in ancestor.children:
            if (
                child.dep_ == "nsubj"
                and child.i < pronoun.i
                and child.pos_ == "PROPN"
                and child.lower_ not in OWNERS
            ):
                return _without_clauses(child)
    # "The 47th Brigade lost 112 men, its commander said": the body the reported clause
    # before the speaker is about
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > pronoun.i:
            continue
        for child in clause.children:
            if child.dep_ == "nsubj" and (
                child.pos_ == "PROPN" or _UNIT.search(child.text) or _BODY_WORDS.search(child.text)
            ):
                return _without_clauses(child)
    return []


def _subject_tokens(verb: Token) -> list[Token]:
    """The speaker of a reporting verb: its active subject, or the `by` agent of a passive
    (`it was reported that` names nobody; `12 people were confirmed dead` is no speaker)."""
    if _is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                    # ("counted by late Saturday" names a time, not who counted)
                    return _without_clauses(objects[0])
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        len(subjects) == 1
        and subjects[0].tag_ in ("WP", "WDT")
        and verb.dep_ == "relcl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.dep_ != "npadvmod"
        and any(t.like_num for t in verb.subtree)
    ):
        # "local leaders who said they had buried 150": the relative pronoun is the noun
        # the clause hangs on, not whoever spoke last; a name apposed to a role is the
        # role's ("the head of the emergency services, Jafar X, who said", where the
        # parser may hang the name on the verb instead: then it is the speaker just named)
        noun = verb.head
        while (noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN")) or (
            # "the Syrian Observatory for Human Rights, which puts the toll at 516": the
            # whole name the clause ends, not its last noun
            noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.lower_ == "for"
            and noun.head.head.pos_ == "PROPN"
            and noun.pos_ == "PROPN"
        ):
            noun = noun.head if noun.dep_ == "appos" else noun.head.head
        return _without_clauses(noun)
    if subjects:
        # two subjects are a dateline read as one ("KHARTOUM, June 3 (Reuters) - Sudan's
        # army said"): the one nearest the verb speaks
        return _without_clauses(subjects[-1] if subjects[-1].i < verb.i else subjects[0])
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG":
        # "X released a statement, asserting that ...": the one who released it asserts
        return _subject_tokens(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") and verb.tag_ == "VBG":
        # "with Azerbaijan reporting seven killed, and Armenia saying it lost two"
        return [t for t in _without_clauses(verb.head) if t.i < verb.i]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(t.text == "," for t in verb.doc[verb.head.i : verb.i]):
            # ("..., the mayor, Oleksandr Hrytsenko, said on Saturday": a description and
            # its name, before the phrase since the last comma)
            trailing = _trailing_apposed_speaker(verb) or _trailing_speaker(verb)
            if trailing:
                return trailing
        shared = _subject_tokens(verb.head)  # "relatives dispute the toll and said ..."
        if not shared and verb.head.dep_ == "ccomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "Eritrea denied its soldiers had been killed and said ...": the parser hung
            # the second verb on the clause the first one governs
            return _subject_tokens(verb.head.head)
        return shared
    if (
        verb.dep_ in ("acl", "relcl", "appos")
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)
    ):
        # "..., the country's presidency confirmed Monday": the parser hung a trailing
        # speaker's verb on the speaker's noun, as if it were a participle
        trailing = _trailing_speaker(verb)
        if (
            trailing
            and not any(t.pos_ in ("VERB", "AUX", "ADP", "NUM") for t in trailing)
            and (
                verb.head.i in {t.i for t in trailing}
                or (_root(trailing).dep_ == "appos" and _root(trailing).head == verb.head)
            )
            and trailing[0].i > sentence_of(verb).start
            and verb.doc[trailing[0].i - 1].text == ","
        ):
            return trailing
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.dep_ == "ROOT"
        and before is not None
        and before.lower_ == "there"
        and before.dep_ == "expl"
        and before.i > 0
        and verb.doc[before.i - 1].pos_ in ("NOUN", "PROPN", "PUNCT")
    ):
        # "..., the UN mission (UNMISS) there said": "there" is where it is, not a subject
        return [t for t in _trailing_speaker(verb) if t.i != before.i]
    if verb.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        # "..., residents and a hospital official said": the parser hung the speakers
        # on the last noun of the clause before
        return _trailing_speaker(verb)
    if verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        return _trailing_apposed_speaker(verb) or _opening_speaker(verb)
    return []


def _since_comma(doc: Doc, end: int, start: int, *, most: int = 12) -> int:
    """Where the words before `end` begin, back to the last comma (at most `most` words,
    never before the sentence's `start`)."""
    k = end
    while k > start and doc[k - 1].text != "," and end - k < most:
        k -= 1
    return k


def _trailing_after_places(phrase: list[Token], verb: Token) -> list[Token]:
    """`..., police in Kaduna, Nigeria, said`, `... near Baniyas, Syria, the Syrian
    Observatory said on Saturday`, `IS said`: the speaker of a verb that ends its sentence
    is the phrase right before it, back over a place's `Town, Country` commas, when the
    parser found it no subject there (none, or one before those commas)."""
    doc = verb.doc
    sentence = sentence_of(verb)
    start = sentence.start
    if not phrase and verb.i - 1 == start and doc[start].text.isupper() and len(doc[start]) > 1:
        return [doc[start]]  # "IS said": an acronym the tagger took for a verb
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in doc[verb.i + 1 : sentence.end]):
        return []  # not the sentence's last verb: "X said 12 were killed"
    end = verb.i - 1 if verb.i > start and doc[verb.i - 1].text == "," else verb.i
    if (
        end == verb.i
        and phrase
        and phrase[-1].i == verb.i - 1
        and not any(t.text == "," for t in phrase)
    ):
        return []  # the parser's subject stands right before the verb
    k = end
    skipped_place = False
    for _ in range(3):
        first = _since_comma(doc, k, start)
        segment = list(doc[first:k])
        if not segment or first == start:
            return []
        place_only = all(t.pos_ == "PROPN" for t in segment) and any(
            place_country(t.text) is not None for t in segment
        )
        if not place_only:
            if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in segment):
                return []
            if phrase and not skipped_place:
                return []  # "Ali Musa, a local official, said": the parser's is whole
            return list(doc[first:end]) if _source_like(segment) else []
        skipped_place = True
        k = first - 1  # "Kaduna, Nigeria,": back over the place to whom it follows
    return []


def _trailing_apposed_speaker(verb: Token) -> list[Token]:
    """`..., a senior police officer in Parachinar, Abdul Ghaffar, said`: a trailing
    speaker set off by commas, a description and the name it describes, that the parser
    hung elsewhere."""
    doc = verb.doc
    start_of = sentence_of(verb).start
    if verb.i - 1 <= start_of or doc[verb.i - 1].text != ",":
        return []
    last = list(doc[_since_comma(doc, verb.i - 1, start_of) : verb.i - 1])
    if not last:
        return []
    before = last[0].i - 1  # the comma before the last phrase
    if before <= start_of or doc[before].text != ",":
        return []
    first = list(doc[_since_comma(doc, before, start_of) : before])
    # the description, then the name, or the name, then the description ("...,
    # Oleksandr Hrytsenko, the mayor, said")
    for described, name in ((first, last), (last, first)):
        if (
            name
            and all(t.pos_ == "PROPN" or t.text in ".-" for t in name)
            and described
            and described[0].lower_ in ("a", "an", "the")
            and not any(t.pos_ in ("VERB", "AUX", "NUM") for t in described)
        ):
            return [*first, doc[before], *last]
    return []


def _opening_speaker(verb: Token) -> list[Token]:
    """`Getachew Alemu, a spokesman for the army, said ...`: a name the parser took for a
    verb leaves the reporting verb without subject; the opening phrase up to it speaks
    when it is a noun phrase set off by a comma and holds no clause of its own."""
    sentence = sentence_of(verb)
    phrase = list(sentence.doc[sentence.start : verb.i])
    while phrase and phrase[-1].is_punct:
        phrase.pop()
    if not phrase or verb.doc[verb.i - 1].text != "," or len(phrase) > 20:
        return []
    if any(
        t.dep_ in ("nsubj", "nsubjpass", "mark") or t.tag_ in ("VBD", "VBZ", "VBP") for t in phrase
    ):
        return []
    return phrase if any(t.pos_ == "PROPN" for t in phrase[:3]) else []


def _trailing_speaker(verb: Token) -> list[Token]:
    """`..., the head of the ministry's press service told journalists`: when the parser
    loses the subject of a trailing reporting verb, the phrase since the last comma."""
    doc = verb.doc
    start = verb.i
    while start > max(sentence_of(verb).start, verb.i - 25) and doc[start - 1].text not in (
        ",",
        "”",
        '"',
    ):
        start -= 1
    phrase = list(doc[start : verb.i])
    if phrase and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase):
        return phrase
    return []


READ_OUT = frozenset({"message", "letter", "post", "notice", "communique", "bulletin"})


def _no_report(verb: Token) -> bool:
    """`the siege claimed the lives of 28`, `IS claimed responsibility`: a claim that
    reports no figure; `he read the names` (only a document `reads` a figure out); `a
    woman mourns her son` (a group mourns its fighters by announcing them; a person
    mourning reports nothing)."""
    if verb.lemma_ == "show":
        # "figures released by the Red Cross showed 23 dead": only a document shows a
        # figure ("a video showed 12 bodies" is no one's report)
        return not any(
            c.dep_ == "nsubj"
            and (c.lemma_.lower() in DOCUMENTS | NUMBER_NOUNS | NOT_SPEAKERS or c.lower_ == "data")
            for c in verb.children
        )
    if verb.lemma_ == "mourn":
        return any(
            c.dep_ == "nsubj" and people_status(c.lemma_.lower(), c.lower_) is not None
            for c in verb.children
        )
    if verb.lemma_ == "read":
        # "a statement by the presidency read": only a document reads out a figure
        return not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENTS | NUMBER_NOUNS | READ_OUT
            for c in verb.children
        )
    if verb.lemma_ != "claim":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in UNREPORTED_CLAIMS for o in objects)


def described_by_claimer(token: Token, verb: Token) -> bool:
    """`IS claimed responsibility for an attack in which 60 were killed`: a relative clause
    on what a group claims to have done is the outlet describing it, not the group's
    figure (while `claimed responsibility for killing 60` is the group's). To claim an
    attack is to claim responsibility for it: `IS claimed the bombing that killed 95`."""
    if verb.lemma_ != "claim" or not any(
        c.lemma_.lower() in ("responsibility", "credit")
        or (c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS)
        for c in verb.children
    ):
        return False
    for ancestor in (token, *token.ancestors):
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _source(head: Token) -> list[Token]:
    """The speaker a cited phrase names: itself, or the body a document comes from
    (`figures from the health ministry`, `a report by Amnesty`); nothing for a cause
    (`citing the violence`)."""
    lemma = head.lemma_.lower()
    if lemma in NOT_SPEAKERS or lemma in DOCUMENTS:
        return _document_source(head) or ([] if lemma in NOT_SPEAKERS else _without_clauses(head))
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    if any(c.dep_ == "nummod" for c in head.children) and not (
        lemma in ONLY_SPEAK or lemma in _vocabulary()["source_nouns"] or lemma in WITNESSING
    ):
        return []  # "citing 30 deaths" cites a figure, not a source ("two sources" are)
    return _without_clauses(head)


# People who, counted in a cited phrase, are still the ones cited ("according to one
# police officer", "citing three residents").
WITNESSING: frozenset[str] = frozenset(_vocabulary()["witnesses"])


def _the_same_document(phrase: list[Token]) -> bool:
    """`the statement`, `its announcement`: one document already spoken of, by no one new."""
    return (
        len(phrase) == 2
        and phrase[0].lower_ in ("the", "its", "their", "that", "this")
        and phrase[1].lower_ in ("statement", "announcement")
    )


# Documents and tallies that name their maker in front of them: "an AFP tally", "a UN
# report", "the ministry's count".
OWNED_TALLIES = frozenset(
    {"report", "reports", "tally", "tallies", "count", "toll", "estimate", "assessment"}
)


def _opens_a_clause(per: Token) -> bool:
    """`as per the police, 12 died`, `12 died, per police`: set off from the figure's
    clause by a comma or opening the sentence, not "12 dead per day"."""
    before = per.nbor(-1) if per.i > 0 else None
    if before is not None and before.lower_ == "as":
        return True
    start = sentence_of(per).start
    return per.i == start or (before is not None and before.text in (",", "—", "–", "("))


# Nouns of a claim whose owner, named in front of them, gives the figure they hold.
OWNED_CLAIMS = frozenset({"claim", "estimate", "assessment"})


def _owner_in_front(head: Token) -> list[Token]:
    """Who made a document, tally or claim, by the words in front of it (`a police
    statement`, `an AFP tally`, `the army's claim`); nothing for `the claim`."""
    owners = [
        c
        for c in head.children
        if c.i < head.i
        and (c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.lower_ in STATE_MADE))
    ]
    if not owners or owners[-1].lemma_.lower() in NOT_SPEAKERS:
        return []
    tokens = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "case")]
    if _source_like(tokens):
        return tokens
    if owners[-1].lower_ in SERVICE_MADE:
        return [*tokens, head]  # "a security report seen by Reuters": the report speaks
    return []


# Words that say a document is a state service's: "a security report", "an intelligence
# assessment" (its makers unnamed, the document is the source).
SERVICE_MADE = frozenset({"security", "intelligence", "military", "army", "police"})
# Words that say a document is the state's: "official figures", "government data".
STATE_MADE = frozenset({"official", "government", "governmental"})


def _holds_a_figure(noun: Token) -> bool:
    """`claim of 40 militants killed`, `claim that 40 were killed`: a figure below the noun."""
    return any(t.like_num and t.i != noun.i for t in noun.subtree)


# Verbs of the press's access to a document: "seen by Reuters", "obtained by AFP".
SEEING = frozenset({"see", "obtain", "review", "view", "consult", "read", "examine", "access"})


def _document_source(head: Token) -> list[Token]:
    """Who a report, statement or figure comes from: `a report from the FSB`, `figures
    released by the health minister`, `a report updated by the health department`, `a
    police statement`, `the ministry's statement`; nothing for `the report`."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _source(objects[0])
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            # "reports in the Lebanese press", "a report in Le Monde", "a statement on the
            # group's Amaq news agency"
            objects = [c for c in child.children if c.dep_ == "pobj"]
            nouns = set(_vocabulary()["press_nouns"])
            if objects and (
                objects[0].lemma_.lower() in nouns | {"agency"} or objects[0].ent_type_ == "ORG"
            ):
                return _source(objects[0])
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ not in SEEING:
            # (not "a police report seen by the Nation": who saw it is no source)
            for agent in (c for c in child.children if c.dep_ == "agent"):
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return _source(objects[0])
    if head.lemma_.lower() in DOCUMENTS | OWNED_TALLIES | NUMBER_NOUNS:
        # "government figures", "health ministry data": the body in front of them
        return _owner_in_front(head)
    return []


def _reporting_head(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.lemma_ in REPORTING_LEMMAS and ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _cited_by(verb: Token) -> list[Token]:
    """`citing the border service`, `quoting a police officer`: the source cited, never
    the outlet that cites it; a passive `quoted by ENA` names only the relay."""
    if verb.tag_ == "VBN" or _is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return _source(subjects[0]) if subjects else []
    if verb.tag_ != "VBG":
        return _subject_tokens(verb)  # "the WHO cited 2,900 injuries": the WHO reports
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    cited = _source(objects[0]) if objects else []
    return cited if _source_like(cited) else []


def _cited_source(verb: Token) -> list[Token]:
    """`ENA reported, citing the border service, that ...`: the reporter passes on the
    source it cites, wherever the parser hung the `citing` clause under the report."""
    for token in verb.subtree:
        if (
            token.lemma_ in QUOTING_LEMMAS
            and token.tag_ == "VBG"
            and _reporting_head(token) == verb
        ):
            cited = _cited_by(token)
            if cited:
                return cited
        if (
            token.lower_ in ("citing", "quoting")
            and token.dep_ in ("amod", "compound")
            and token.i == sentence_of(token).start
            and _reporting_head(token) == verb
        ):
            # "Citing hospital sources, the agency said": opening a line, the tagger took
            # the participle for a name on the noun it cites
            cited = [t for t in _source(token.head) if t.i != token.i]
            if _source_like(cited):
                return cited
    return []


def _quoted_speaker(verb: Token) -> list[Token]:
    """`Interfax quoted the ministry as saying`: the original speaker is the object."""
    if not any(c.lower_ == "as" for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ == "dobj":
            return _without_clauses(child)
    return []


def normalise(
    phrase: str, *, fallback: Attribution | None = None, context: Context | None = None
) -> tuple[str, Actor | None]:
    """A speaker phrase as "<Country> <body>" or a name; pronouns refer back to `fallback`."""
    text = " ".join(phrase.split()).strip(" ,.;:\"'“”")
    text = ROLE_OF_BODY.sub("", text)  # "the head of the Federal Security Service": the body
    lower = text.lower()
    lower_bare = re.sub(r"^(?:the|a|an)\s+", "", lower)
    possessed = (
        lower_bare.split()[0] in ("its", "their", "our", "his", "her") if lower_bare else False
    )
    acronym = text.split()[-1].isupper() and len(text.split()[-1]) > 1 if text else False
    words = lower_bare.split()
    if len(words) > 3 and words[0] in FRAGMENTS and words[1:3] == ["of", "the"]:
        whole = " ".join(text.split()[3 if lower != lower_bare else 2 :])
        if whole.lower().split()[-1] in SPEAKING_PLURALS:
            # "one of the sources said", "one of the witnesses": whom they are one of
            return normalise(whole, fallback=fallback, context=context)
    if (
        lower_bare in DEMONSTRATIVES
        or (not words or (words[0] in FRAGMENTS and (len(words) == 1 or words[1] == "of")))
        or words[0] in ("no", "nobody")  # "no group has claimed it": nobody spoke
    ):
        # "That said", "This shows", "Some of them said": a thing or a fragment, never a
        # speaker (but "one police officer" is one)
        return "", None
    role, _, named_after = text.partition(",") if possessed else ("", "", "")
    named_after = named_after.strip()
    if (
        named_after[:1].isupper()
        and all(w[:1].isupper() for w in named_after.split())
        # (not one who speaks for the body "its" stands for: "its spokesman, Col X")
        and role.split()[-1].lower() not in SPOKESPEOPLE | BODY_ROLES
    ):
        # "her neighbour, Issouf Sawadogo": the person named, not whoever "her" was
        return _without_honorifics(named_after), None
    if (lower_bare in PRONOUNS and not acronym) or not lower_bare or possessed:
        # "WHO" is no "who"; "its forces" are the forces of whoever spoke last
        if fallback is not None:
            return fallback.name, fallback.actor
        return "", None
    if (
        fallback is not None
        and lower != lower_bare
        and len(lower_bare.split()) <= 3
        and re.search(
            rf"\b{re.escape(lower_bare.replace('minister', 'ministry'))}\b",
            fallback.name.lower().replace("minister", "ministry"),
        )
        and not find_actors(text)
    ):
        return (
            fallback.name,
            fallback.actor,
        )  # "the Secretary-General" after "UN Secretary-General X"
    if BOTH_SPEAKERS.match(lower):
        return text[:1].upper() + text[1:], BOTH_SIDES
    wire = canonical_wire(lower_bare)
    if wire is not None:
        return wire, None  # "the AP", "AFP": a news agency by its own name
    if is_outsider(text):
        # "the Syrian Observatory", "an activist in Aleppo", "the WHO"
        return official_name(_short_name(text)), None
    actors = [
        m
        for m in find_actors(text)
        if (m.actor.kind != "ugo" or m.via == "group")
        and not LOCATED.search(text[: m.start])
        and not named_as_sponsor(text, m.start)
        and not RULER.match(text[m.end :])
        and not (m.via == "demonym" and FACILITY.match(text[m.end :]))
        and not named_as_a_base(text, m.end)  # "the Singapore-based manager": not whose
    ]
    group = next((m.actor for m in actors if m.via == "group"), None)
    country = next((m.actor for m in actors if m.actor.kind == "country"), None)
    if country is None:
        # "the Hamas-run health ministry": the body of the land its ruling group runs
        ruler = next(
            (m.actor for m in find_actors(text) if RULER.match(text[m.end :]) and m.actor.country),
            None,
        )
        country = country_actor(ruler.country) if ruler is not None and ruler.country else None
    owner = words[0] if words else ""
    if (
        context is not None
        and country is None
        and group is None
        and owner.endswith(("'s", "’s", "'", "’"))
        and _calls_an_armed_group([owner.rstrip("s").rstrip("'’")])
    ):
        # "the group's military spokesman", "the rebels' spokesman": the armed group's own
        called = context.group_called(words) or context.other_than(None, kinds=NON_STATE)
        if called is not None:
            return called.name, called
    # "anti-junta fighters", "an anti-government militia": the body they fight, not theirs
    unnegated = re.sub(r"\banti-\S+", "", lower)
    body = next((b for pattern, b in BODIES if pattern.search(unnegated)), None)
    if body == "presidency" and _words("non_state_presidents").search(text):
        body = None  # "the civil society president", "the president of the Red Crescent"
    if country is None and group is None and body is not None:
        # "health authorities in Gaza", "hospital officials in Kharkiv": a state's body
        # located in a land speaks for that land (a group "in northern Mali" does not)
        country = next(
            (
                m.actor
                for m in find_actors(text)
                if m.actor.kind == "country" and LOCATED.search(text[: m.start])
            ),
            None,
        )
    if (
        body == "government"
        and "ministry" in lower
        and fallback is not None
        and ("Ministry" in fallback.name and (country is None or fallback.actor == country))
    ):
        return fallback.name, fallback.actor  # "the ministry added", "Armenia's ministry said"
    if (
        body == "government"
        and lower_bare.endswith("ministry")
        and country is not None
        and fallback is not None
        and fallback.actor is not None
        and fallback.actor != country
        and (kind := re.search(r" (Ministry of \w+|\w+ Ministry)$", fallback.name)) is not None
    ):
        # "the Azeri defence ministry said ... while Armenia's ministry said": the same
        # kind of ministry, of the other side
        return f"{country.name} {kind.group(1)}", country
    if country is None and group is None and LOCAL_SOURCE.search(lower):
        # "Goma hospital sources", "the Kharkiv regional governor", "the Tigray regional
        # government": the town's or region's country, when the story is about it at all
        countries = context.countries() if context is not None else []
        for word in re.findall(r"\b[A-Z][a-z’']+(?:[ -][A-Z][a-z]+)?", text):
            name = word.rstrip("’'s").rstrip("’'").removeprefix("The ")
            if LOCAL_SOURCE.fullmatch(name.lower()):
                continue  # "Police said": the body's own word, not the town of Police
            # a region's name is its own ("the Borno state police"), never a namesake
            # town's abroad
            place = (
                (place_country(name, countries=countries) if is_region(name) else None)
                or country_of_place(name, far_from=countries)
                or (place_country(name, countries=countries) if countries else None)
            )
            if place is not None and (context is None or context.names(place) or is_region(name)):
                # a town's namesakes abound, so only one in a land the story names; a
                # region's name is its own ("the Tigray regional government")
                country = place
                break
    if country is None and group is None and body is not None:
        # "the ministry", "police said", "Health Minister X": the speaker's or the
        # article's own country; the services that count the dead where it happened
        # ("the state emergency service", "health authorities") are of the land it is in
        # and unnamed officials: those of the land it happened in
        local = (
            body in LOCAL_BODIES
            or TREATING.search(lower) is not None
            or body in ("official", "officials", "authorities")
            # "BANGKOK - A bomb killed 20 people, police said. Malaysia said two of its
            # citizens were killed": police no speaker before places are the land's where
            # it happened (a raiding force's own police, named before, report its losses)
            or (body == "police" and fallback is None)
        )
        if local and context is not None and context.place is not None:
            country = context.place
        elif (
            fallback is not None and fallback.actor is not None and fallback.actor.kind == "country"
        ):
            country = fallback.actor
        elif context is not None and body in UNNAMED_FORCES and len(context.armed) == 1:
            # "Israeli jets struck a house in Aitaroun, killing three fighters, the military
            # said": the one state whose forces fight in the story, not the land struck
            country = context.armed[0]
        elif context is not None and context.filed_from is not None:
            # "MOSCOW: Ukraine lost up to 230 servicemen, the ministry said": a body no
            # word places, in a report filed from one of the two sides, is that side's
            country = context.filed_from
        elif context is not None:
            # an article that names no country: the land its places are in, else the
            # home of the group it is about (a state's army fighting it there)
            country = context.top_country() or context.place or context.region
            if country is None:
                main = context.main()
                country = country_actor(main.country) if main is not None else None
        if (
            context is not None
            and country is not None
            and country == context.attacker
            and (local or body not in FORCE_BODIES)
        ):
            # "Israeli jets struck Tyre ... the ministry announced nine martyrs": a
            # civil ministry, hospital or official no word places is not of the side
            # striking abroad, but of the land struck (its army and police are: they
            # report their own losses abroad; a state striking at home keeps its own);
            # placed nowhere, of the other state the story names
            country = context.place or context.other_than(country, kinds=("country",)) or country
    if (
        country is None
        and group is None
        and body is None
        and context is not None
        and context.place is not None
        and LOCAL_OFFICE.fullmatch(lower_bare)
    ):
        # "the governor said", "the mayor said": the office of the place it happened in
        return _short_name(text), context.place
    if (
        country is None
        and group is None
        and context is not None
        and _calls_an_armed_group(lower_bare.split())
    ):
        # "the rebels said"; of several groups, the one the words call them by
        group = context.group_called(lower_bare.split()) or context.other_than(
            None, kinds=NON_STATE
        )
    if group is not None and body is not None and body not in GROUP_BODIES:
        ruled = state_ruled_by(group)
        if ruled is not None and country in (None, ruled):
            # "the Taliban's defence ministry", "the Hamas interior ministry": the office of
            # the state the group rules
            country, group = ruled, None
    if group is not None and (country is None or body is None or actors[0].actor == group):
        # "a source close to Lebanon's Hezbollah": the group; "Somalia's police": the state
        return group.name, group
    if country is not None:
        forces = _armed_forces(text, country, body)
        if forces is not None:
            return forces, country
        # "Gaza's health ministry", "the Gazan government": a territory with bodies of its
        # own is named by itself, as the guide names them
        label = next(
            (TERRITORIES[m.text] for m in actors if m.actor == country and m.text in TERRITORIES),
            country.name,
        )
        service = [m.text for m in actors if m.actor == country and m.via == "body"]
        if body is None and service and all(m.actor == country for m in actors):
            # "the ISPR said", "the IRGC announced": the service by its own name
            return f"{label} {service[0]}", country
        if body is None:
            # "Yerevan said", "Armenia says", "Azerbaijanis recognize": the government
            rest = lower_bare
            for m in actors:
                rest = rest.replace(m.text.lower(), " ")
            only_names = re.sub(r"[^a-z ]|\b(?:the|s|and)\b", " ", rest).split() in ([], ["side"])
            if only_names or lower_bare.endswith("side"):
                return f"{label} government", country
            return _named_body(text, country, actors), country
        if body in ("official", "officials", "authorities"):
            # "a local official", "district authorities": who they are, in their words
            kinds = [w for w in re.findall(r"[a-z]+", lower_bare) if w in OFFICIAL_KINDS]
            return " ".join([label, *dict.fromkeys(kinds), body]), country
        return f"{label} {body}", country
    if body is None:
        return _without_honorifics(_short_name(text)), None
    return _short_name(text), None


# A role in a body with a name of its own, before the name: whoever holds it speaks for
# the body ("the head of the Federal Security Service", "a spokesman for the Investigative
# Committee").
ROLE_OF_BODY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:deputy\s+)?(?:head|chief|director|spokes(?:man|woman|person)"
    r"|press secretary)\s+(?:of|for)\s+(?=(?:the\s+)?[A-Z][a-z]+\s+[A-Z])"
)

# Roles by which a person speaks for a body: "its commander, Col X".
BODY_ROLES = frozenset(
    {"commander", "chief", "head", "director", "minister", "governor", "official", "leader",
     "president", "secretary", "deputy", "representative", "envoy", "ambassador"}
)  # fmt: skip

# Words that open a description of someone, not their name: "a resident", "another
# survivor", "one witness", "the mayor".
DESCRIBING = frozenset({"a", "an", "another", "one", "the", "some"})


def as_label(name: str) -> str:
    """An unnamed speaker as a label, not a noun phrase: "A resident" is "Resident" and
    "Another survivor" is "Survivor"; a name keeps its article ("The Sentinel"). Applied
    to finished claims: until then the article says how specific the speaker is."""
    words = name.split()
    if len(words) > 1 and (words[0].isdigit() or is_number_word(words[0])) and words[1].islower():
        words = words[1:]  # "Two security sources" are "Security sources"
        name = " ".join(words)
        name = name[:1].upper() + name[1:]
    indefinite = words[0].lower() in ("a", "an", "another") if words else False
    if (
        len(words) > 1
        and words[0].lower() in DESCRIBING
        and (
            words[1][:1].islower() or (indefinite and len(words) > 2)  # "A UN official"
        )
    ):
        rest = " ".join(words[1:])
        return rest[:1].upper() + rest[1:]
    return name


# Territories with bodies of their own, by the words that name them: a claimant is named
# by the territory ("Gaza Health Ministry"), its people still the country's.
TERRITORIES = {"Gaza": "Gaza", "Gazan": "Gaza", "Gazans": "Gaza", "West Bank": "West Bank"}

ARMY_BODIES = frozenset({"army", "military", "armed forces", "Defense Forces"})


def _armed_forces(text: str, country: Actor, body: str | None) -> str | None:
    """A state's armed forces by their own name: "IDF spokesman X" and "the Israeli
    army" are the "Israel Defense Forces" (`data/speakers.toml`)."""
    forces = _vocabulary()["armed_forces"].get(country.name)
    if forces is None:
        return None
    if any(re.search(rf"\b{re.escape(a)}\b", text) for a in forces["acronyms"]):
        return str(forces["name"])
    if forces.get("any_word") and body in ARMY_BODIES:
        return str(forces["name"])
    return None


def official_name(name: str) -> str:
    """An outside body as the guide names it: "The WHO" and "the U.N. health agency" are
    the "World Health Organization (WHO)"; other names are kept."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    # "the Britain-based Syrian Observatory ...": where it sits is no part of its name
    bare = re.sub(r"^(?:[A-Z][\w.]*[ -])*?[A-Z][\w.]*-based\s+", "", bare)
    bare = re.sub(r"\b(?:U\.N\.|United Nations)(?=\s|$)", "UN", bare)
    names: dict[str, str] = _vocabulary()["official_names"]
    if bare in names:
        return names[bare]
    lowered = {k.lower(): v for k, v in names.items() if not k.isupper()}
    return lowered.get(bare.lower(), name)


def _named_body(text: str, country: Actor, mentions: list[ActorMention]) -> str:
    """A body with a name of its own, after its country as the guide names claimants:
    "the Israeli Defense Forces" is "Israel Defense Forces", "Kenya's National Intelligence
    Service" and "the National Intelligence Service of Kenya" are "Kenya National
    Intelligence Service". A phrase naming two countries, or a person, keeps its words."""
    own = [m for m in mentions if m.actor == country]
    if len(own) != 1 or len(mentions) != 1 or not _named_body_noun().search(text):
        return text[:1].upper() + text[1:]
    m = own[0]
    before = re.sub(r"(?:\bof\s+)?(?:the\s+)?$", "", text[: m.start], flags=re.I)
    after = re.sub(r"^[’']s?\b", "", text[m.end :])
    rest = " ".join(f"{before} {after}".split())
    rest = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I).strip(" ,")
    return f"{country.name} {rest}" if rest else f"{country.name} government"


def _short_name(text: str) -> str:
    """A speaker's name without a long apposition: "Open Valleys Monitor, a rights group
    that works in both countries" is "Open Valleys Monitor"."""
    titled = TITLE_BEFORE_NAME.match(text)
    if titled:
        # "regional Gov. Serhii Lysak", "Kharkiv Mayor Ihor Terekhov": the guide's
        # "name (role)", the role's abbreviation written out
        office = " ".join(
            ABBREVIATED_TITLES.get(w, w.lower() if w.lower() in OFFICE_WORDS else w)
            for w in titled["role"].split()
        )
        return f"{titled['name']} ({office})"
    if "," in text:
        name, rest = text.split(",", 1)
        role = ROLE.match(name)
        words = rest.strip().split()
        if role and 0 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            # "a witness, Musa Bello": the guide's "name (role)" too
            return f"{' '.join(words)} ({name[role.end() - 1 :].strip()})"
        if (
            POSSESSED_ROLE.match(name)
            and 0 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
        ):
            # "Sumy's acting mayor, Artem Kobzar": the place's office, then the name
            return f"{' '.join(words)} ({name.strip()})"
        described = DESCRIPTION.match(rest)
        if described and ROLE.match(rest.strip()) and "," not in rest and len(words) <= 6:
            # "Rami Kassem, an activist in Aleppo": the guide's "name (role)"
            text = f"{name} ({rest[described.end() - 1 :].strip()})"
        elif described or len(text.split()) > 6:
            text = name  # "a doctor at the hospital, the last one working in the city"
    return text[:1].upper() + text[1:]


# A local office's title right before a person's name, with the place or level it is of.
TITLE_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?P<role>(?:[A-Z]?[a-z]+\s+){0,2}?"
    r"(?:[Gg]overnor|Gov\.|[Mm]ayor|[Pp]refect|[Cc]ommissioner|[Dd]istrict chief"
    r"|[Aa]dministrator|[Cc]hair(?:man|woman|person)|[Hh]ead|[Ee]lder|[Ll]eader|[Cc]hief"
    r"|[Cc]ouncill?or|[Ll]awmaker|[Ss]enator|[Ii]mam|[Pp]astor|[Pp]riest))\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$"
)
ABBREVIATED_TITLES = {"Gov.": "governor"}
OFFICE_WORDS = frozenset(
    {"governor", "mayor", "prefect", "commissioner", "district", "chief", "regional",
     "provincial", "local", "deputy", "state", "county", "city", "administrator", "village",
     "council", "chairman", "head", "elder", "leader", "tribal", "community"}
)  # fmt: skip
# An apposition that describes the speaker rather than naming them: ", a rights group",
# ", the last hospital in the city"
DESCRIPTION = re.compile(r"\s*(?:a|an|the|which|who)\s+[a-z]")
# A role named by a noun phrase (not a clause): "a witness", "the village chief"
ROLE = re.compile(r"(?:a|an|the)\s+[a-z]", re.IGNORECASE)
# A role of a named place or body: "Sumy's acting mayor", "the province's governor"
POSSESSED_ROLE = re.compile(r"(?:the\s+)?[A-Z][\w -]*?['’]s\s+[a-z]+(?:\s+[a-z]+){0,3}$")


def _without_honorifics(name: str) -> str:
    """A person as the guide names them: "Mr Tesfaye" is "Tesfaye"."""
    words = name.split()
    honorifics = set(_vocabulary()["honorifics"])
    while len(words) > 1 and words[0] in honorifics and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _person(tokens: list[Token]) -> str | None:
    """The person a speaker phrase names, if any: `Getachew Alemu` in `army spokesman
    Colonel Getachew Alemu` (a name the tagger knows, or proper nouns after a title)."""
    inside = {t.i for t in tokens}
    phrase = tokens[0].doc[min(inside) : max(inside) + 1] if tokens else None
    for entity in entities_in(phrase) if phrase is not None else ():
        if (
            entity.label_ == "PERSON"
            and all(t.i in inside and t.pos_ == "PROPN" for t in entity)
            and not find_actors(entity.text)
            and (entity.root.dep_ not in ("compound", "amod") or entity.root.head.pos_ == "PROPN")
            and country_of_place(entity.text) is None
            and not is_region(entity.text)
        ):
            return entity.text  # not "Yerevan", "Tigray" or "Tuareg", which the tagger may
            # call people
    titles = _words("spokesman_titles")
    for k, token in enumerate(tokens[:-2]):
        run = []
        if titles.fullmatch(token.lower_):
            for nxt in tokens[k + 1 :]:
                if nxt.pos_ != "PROPN" or find_actors(nxt.text):
                    break
                run.append(nxt.text)
        if len(run) >= 2:
            return " ".join(run)
    return None


def _people_telling(phrase: list[Token], verb: Token) -> bool:
    """`three health workers and a local administrator told Reuters`: people counted as
    the subject of an active `tell` with the listener named speak; they are no figure."""
    return (
        verb.lemma_ == "tell"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and bool(phrase)
        and (
            any(t.dep_ == "nsubj" and t.head.i == verb.i for t in phrase)
            or phrase[-1].i == verb.i - 1  # a trailing speaker the parser left unattached
        )
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _a_few_saying(phrase: list[Token], verb: Token) -> bool:
    """`two military officers said`, `three residents said`: a few people counted as
    the subject of an active `say` speak (a toll is no speaker: `20 people`, `the dead`)."""
    if verb.lemma_ != "say" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    words = [t for t in phrase if not t.is_punct]
    if not words or not (
        any(t.dep_ == "nsubj" and t.head.i == verb.i for t in words) or words[-1].i == verb.i - 1
    ):
        return False
    figure, head = words[0], words[-1]
    value = _small_number(figure.lower_)
    return (
        value is not None
        and value <= A_FEW
        and head.lemma_.lower() not in ("people", "person", "civilian")
        and (
            people_status(head.lemma_.lower(), head.lower_) is not None
            or head.lemma_.lower() in ONLY_SPEAK | WITNESSING
        )
    )


# The most people counted in a speaker phrase: "two officers said"; "40 soldiers" are a
# figure the parser hung on the verb.
A_FEW = 6


def _small_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(word)


def _one_person(phrase: list[Token]) -> bool:
    """`one woman`, `one survivor`: a single person speaking, not a figure."""
    words = [t for t in phrase if not t.is_punct]
    return (
        len(words) == 2
        and words[0].lower_ == "one"
        and (
            people_status(words[1].lemma_.lower(), words[1].lower_) is not None
            or words[1].lemma_.lower() in ONLY_SPEAK | WITNESSING
        )
    )


def _without_subject_taken(phrase: list[Token], cited: Token) -> list[Token]:
    """`According to the Kursk governor, a drone attack on a minibus killed four`: the
    parser hung the clause's subject on the cited source as its apposition, leaving the
    clause's verb without one; the source ends before it."""
    verb = next(
        (a for a in cited.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_ != "accord"), None
    )
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return phrase
    taken = next((c for c in cited.children if c.dep_ == "appos" and c.i > cited.i), None)
    if taken is None or taken.left_edge.i == 0 or cited.doc[taken.left_edge.i - 1].text != ",":
        return phrase  # ("the Telegram channel Zarya" is one name)
    cut = taken.left_edge.i
    return [t for t in phrase if t.i < cut and not (t.i == cut - 1 and t.is_punct)]


def _opening_land(sentence: SpacySpan) -> Actor | None:
    """The country a sentence opens by placing itself in: `In Israel, ...`."""
    words = list(sentence)
    if len(words) < 3 or words[0].lower_ != "in":
        return None
    comma = next((t.i for t in words[1:6] if t.text == ","), None)
    if comma is None:
        return None
    named = find_actors(sentence.doc[sentence.start + 1 : comma].text)
    countries = [m.actor for m in named if m.actor.kind == "country" and m.via == "name"]
    return countries[0] if len(countries) == 1 else None


def _description_before_name(phrase: list[Token]) -> list[Token]:
    """`..., the Norway-based rights group Hengaw said`: the description right before a
    speaker's name, which the parser hung on the place before it, says who speaks."""
    if not phrase or not all(t.pos_ == "PROPN" for t in phrase):
        return phrase
    doc = phrase[0].doc
    before = doc[phrase[0].i - 1] if phrase[0].i > 0 else None
    if before is None or before.dep_ != "appos" or before.right_edge.i != before.i:
        return phrase
    start = before.left_edge.i
    if doc[start].lower_ not in ("a", "an", "the") or doc[start - 1].text != ",":
        return phrase
    return [*doc[start : before.i + 1], *phrase]


def _unclosed_apposition(phrase: list[Token], verb: Token) -> list[Token]:
    """`... fighters loyal to ousted president Assad, a war monitor said`: an indefinite
    description after a comma and right before the verb, with no comma closing it, is the
    speaker; the parser took it for the apposition of the name before it."""
    if not phrase or verb.i == 0 or phrase[-1].i != verb.i - 1:
        return phrase
    inside = {t.i for t in phrase}
    for t in phrase:
        if t.dep_ != "appos" or t.head.i not in inside or t.right_edge.i != verb.i - 1:
            continue
        start = t.left_edge.i
        if verb.doc[start].lower_ in ("a", "an") and verb.doc[start - 1].text == ",":
            return list(verb.doc[start : verb.i])
    return phrase


def _national_reports(phrase: list[Token]) -> str | None:
    """The nationality of `Iranian reports`, `Israeli media reports`' press: reports known
    only by the land whose press carries them."""
    words = [t for t in phrase if t.dep_ != "det"]
    if len(words) != 2 or words[1].lemma_.lower() != "report" or words[1].tag_ != "NNS":
        return None
    national = words[0]
    if national.ent_type_ != "NORP" or national.dep_ != "amod":
        return None
    return national.text


def _press_speaker(name: str, *, token: int) -> Attribution:
    return Attribution(name=name, actor=None, international=False, token=token, press=True)


def _press_phrase(phrase: list[Token], verb: Token) -> SpacySpan | None:
    """The outlet a speaker phrase names, if it is the press: a channel, a paper, a blogger
    or a news agency heads it or names it ("the Baza Telegram channel, with ties to X",
    "Russian military bloggers", "the newspaper Le Soir"), or a name "found out" or
    "learned" a figure, as only the press does; None for anyone else. The outlet's words
    end before a comma or a clause about it."""
    root = _root(phrase)
    if OWN_MEDIA_OFFICE.search(" ".join(t.text for t in phrase)):
        return None  # "the army's media office": the army's own voice, no outlet
    nouns = set(_vocabulary()["press_nouns"])

    def press_noun(t: Token) -> bool:
        if t.lemma_.lower() == "agency":
            return any(u.lower_ in ("news", "press") for u in phrase)
        return t.lemma_.lower() in nouns or t.lower_ in nouns

    found_out = verb.lemma_ == "find" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    inside = {t.i for t in phrase}
    press = press_noun(root) or any(
        press_noun(t)
        and (t.head == root or t.head.i not in inside)  # "Lebanese media (reports)"
        and t.dep_ in ("compound", "appos", "nmod")
        for t in phrase
    )
    if not press and not (
        (found_out or verb.lemma_ == "learn")
        and root.pos_ == "PROPN"
        and not find_actors(root.text)
    ):
        return None
    end = phrase[0].i
    for t in phrase:
        if t.i > root.i and (t.text in (",", "(", "—", "-") or t.dep_ in ("prep", "acl", "relcl")):
            break
        end = t.i
    return root.doc[phrase[0].i : end + 1]


def _root(tokens: list[Token]) -> Token:
    inside = {u.i for u in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


# Nouns for a count someone keeps: "according to Israeli figures".
TALLY_WORDS = frozenset({"figure", "tally", "count", "data", "datum", "estimate", "statistic"})


def _a_states_tally(tally: Token) -> Actor | None:
    """`according to Israeli figures`, `according to Ukrainian data`: the one state whose
    count a tally noun, named by its people's adjective alone, is (not `according to
    Palestinian health ministry figures`: the ministry's own)."""
    if tally.lemma_.lower() not in TALLY_WORDS:
        return None
    modifiers = [c for c in tally.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if len(modifiers) != 1 or list(modifiers[0].children):
        return None
    named = find_actors(modifiers[0].text)
    if len(named) != 1 or named[0].actor.kind != "country":
        return None
    return named[0].actor


def _head_word(tokens: list[Token]) -> str:
    inside = {u.i for u in tokens}  # once, not per token: a phrase may be thousands long
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return roots[0].lemma_.lower() if roots else ""


def past_dateline(subject: Token) -> Token:
    """`PESHAWAR, Pakistan (Wire) - Clashes ... have killed 82`: the parser took the
    dateline for the subject and the real one for its apposition after the dash."""
    doc = subject.doc
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and any(_separates(t) for t in doc[subject.i : child.i])
        ):
            return child
    return subject


def _separates(token: Token) -> bool:
    """A dash or colon between a dateline and the sentence: `KHARTOUM (Reuters) - the
    army said` (a hyphen only with spaces around it: not `pro-government`)."""
    if token.text in ("—", "–", "--", ":"):
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text == "-" and spaced and bool(token.whitespace_)


def is_vague(name: str) -> bool:
    """Whether a claimant names a whole state, not one of its bodies: "Armenia government",
    "Iran authorities", "Russia officials" (not its "health authorities": a service)."""
    return name.endswith(VAGUE_BODIES) and not name.endswith(SERVICE_OFFICIALS)


def vague_state(name: str) -> str | None:
    """The state a vague claimant names ("Iran authorities": "Iran"), else None."""
    for body in VAGUE_BODIES:
        if name.endswith(body):
            return name[: -len(body)]
    return None


def is_press(name: str) -> bool:
    """Whether a speaker is the press (an agency, outlet, channel or blogger), not an
    official voice: "state media" speaks for its state."""
    if OFFICIAL.search(name) or OWN_MEDIA_OFFICE.search(name):
        return False  # "the military's media wing", "the Hamas media office" speak for them
    if canonical_wire(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)):
        return True  # "the AP", "the Associated Press"
    return bool(PRESS.search(name)) or source_kind(name) in PRESS_KINDS


# Kinds of outlet (`sources.source_kind`) that pass figures on as the press.
PRESS_KINDS = frozenset({"wire", "national", "aggregator", "state"})


# "he said", "said she": a speaker named only by a pronoun of a person
PERSON_PRONOUN_SAYS = re.compile(
    r"\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|told|added|explained|recalled|"
    r"recounted|described|noted|stated)\b|\b(?:said|says|added|explained)\s+(?:he|she)\b",
    re.IGNORECASE,
)


def says_by_person_pronoun(sentence: SpacySpan) -> bool:
    """Whether the sentence's speaker is a `he` or `she`: a person, not a body."""
    return PERSON_PRONOUN_SAYS.search(sentence.text) is not None


def person_introduced(sentence: SpacySpan, *, context: Context | None = None) -> Attribution | None:
    """The last person the sentence introduces as the subject of a clause, with what the
    text says they are (`Musa Bello, a farmer who survived the attack, described the
    scene`): whom a later `he said` refers to, though no reporting verb named them."""
    for entity in reversed(entities_in(sentence)):  # the last one that names someone
        root = entity.root
        if entity.label_ != "PERSON" or root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        described = [t for c in root.children if c.dep_ == "appos" for t in _without_clauses(c)]
        tokens = sorted({*entity, *described}, key=lambda t: t.i)
        text = root.doc[tokens[0].i : tokens[-1].i + 1].text
        name, actor = normalise(text, context=context)
        if name:
            return Attribution(
                name=name,
                actor=actor,
                international=actor is None and is_outsider(text),
                token=root.i,
            )
    return None


def body_introduced(sentence: SpacySpan, *, context: Context | None = None) -> Attribution | None:
    """A state's body or office the sentence makes the subject of a clause that reports
    nothing (`Kenya's interior minister gave new figures on Tuesday`): whom a later
    `according to the minister` or `it said` refers to."""
    for token in sentence:
        if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        tokens = _without_clauses(token)
        text = sentence.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
        if not _BODY_WORDS.search(text):
            continue
        name, actor = normalise(text, context=context)
        if name and actor is not None and actor.kind == "country":
            return Attribution(name=name, actor=actor, international=False, token=token.i)
    return None


def outsider_introduced(
    sentence: SpacySpan, *, context: Context | None = None
) -> Attribution | None:
    """An outside body the sentence makes the subject of a clause that reports nothing
    (`Human Rights Watch blamed the RSF for the killings`): whom a later `the group said`
    refers to, not the armed group it accused."""
    for token in sentence:
        if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        tokens = _without_clauses(token)
        text = sentence.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
        if not text or not _words("outside_bodies").search(text):
            continue
        name, actor = normalise(text, context=context)
        if name:
            return Attribution(name=name, actor=actor, international=True, token=token.i)
    return None


# Words that name a body, never a person's surname ("Ministry said", "Police said").
_BODY_WORDS = re.compile(
    r"\b(?:ministry|minister|army|military|police|government|office|service|forces?|"
    r"officials?|authorities|agency|council|committee|commission|press|news|media|sources?)\b",
    re.IGNORECASE,
)


def named_before(found: Attribution, seen: Sequence[Attribution]) -> Attribution:
    """A speaker named by surname alone ("Tadesse said", "according to Adane") is the
    person the article named in full before ("Ethiopian army spokesman Getnet Adane"),
    speaking for the same side: a surname read alone may be taken for anyone's (the
    article's main country, or no one's). A surname read with the same side keeps its
    short name, as the text gives it."""
    words = _without_honorifics(found.name).split()  # "Maj Gen Lul" is Lul
    if (
        not 1 <= len(words) <= 4  # (a full name again: "Christine Schraner Burgener")
        or not all(w[:1].isupper() and not w.isupper() for w in words)  # no "IRNA"
        or _BODY_WORDS.search(found.name)
        or found.press
        or state_outlet(found.name) is not None
        or find_actors(found.name)
    ):
        return found
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
    for earlier in reversed(seen):
        if earlier.name != found.name and not earlier.press and pattern.search(earlier.name):
            if (earlier.actor, earlier.international) == (found.actor, found.international):
                return found
            return replace(earlier, token=found.token, phrase=found.phrase)
    return found


# A body a story calls by its kind alone ("the ministry said"), and the words by which the
# names of bodies of that kind are known.
_ARMED_FORCES_NAME = re.compile(r"\b(?:army|military|Defen[cs]e Forces?)\b", re.IGNORECASE)
# A force's units called again by their kind: "the division said", "the brigade added".
_UNIT = re.compile(
    r"\b(?:army|military|Division|Brigade|Command|Corps|Battalion|Regiment|Defen[cs]e Forces?)\b",
    re.IGNORECASE,
)
BODIES_BY_KIND = {
    "ministry": re.compile(r"\bMinistry\b"),
    "army": _ARMED_FORCES_NAME,
    "military": _ARMED_FORCES_NAME,
    "police": re.compile(r"\bpolice\b", re.IGNORECASE),
    # "the mission said": the mission named before, by its name or its head's description
    "mission": re.compile(r"\bMission\b|\bUN[A-Z]{2,}\b|\bMINUS[A-Z]+\b|\bMONUSCO\b"),
    "force": re.compile(r"\b(?:Force|Forces|Corps|Rifles|Guard|army|military)\b", re.IGNORECASE),
    **{
        unit: _UNIT for unit in ("division", "brigade", "command", "corps", "battalion", "regiment")
    },
}


ORDINAL_WORDS = frozenset({"first", "second", "third", "other", "same"})
# Bodies of states together, never "the group" a story calls them again.
INTERGOVERNMENTAL = re.compile(
    r"\bUN\b|\bU\.N\.|United Nations|European Union|African Union|\bNATO\b|\bECOWAS\b"
    r"|\b(?:MONUSCO|UNMISS|MINUSMA|MINUSCA|UNIFIL|UNAMA|UNAMI|UNSMIL|BINUH|ATMIS|AMISOM)\b"
)
# What an organisation that spoke is called again: "the group said", "the monitor said".
ORGANISATION_NOUNS = frozenset(
    {"group", "organisation", "organization", "monitor", "agency", "charity", "ngo", "watchdog"}
)
SPOKESPEOPLE: frozenset[str] = frozenset(_vocabulary()["spokespeople"])


def the_body_named_before(found: Attribution, seen: Sequence[Attribution], doc: Doc) -> Attribution:
    """`the ministry said` is the ministry the article named last (`Lebanon's health
    ministry said ... as the Israeli military said ... the ministry said`), not the land of
    whoever spoke last."""
    if found.phrase is None:
        return found
    words = doc[found.phrase[0] : found.phrase[1]].text.lower().split()
    if words[:3] in (["one", "of", "the"], ["some", "of", "the"]):
        words = words[2:]  # "one of the sources said"
    if len(words) == 3 and words[0] == "the" and words[1] in ORDINAL_WORDS:
        words = [words[0], words[2]]  # "the second source said"
    if len(words) >= 3 and words[0] == "the" and words[-2].endswith(BASED):
        words = [words[0], words[-1]]  # "the New York-based group": where it sits, not who
    if (
        len(words) == 3
        and words[0] == "the"
        and words[2] in BODIES_BY_KIND
        # (a ministry's middle word is its portfolio: "the interior ministry" is not the
        # defence ministry named before)
        and words[2] != "ministry"
        and words[1].isalpha()
        and not find_actors(doc[found.phrase[0] + 1].text)  # as written: "Kyrgyz"
        and not doc[found.phrase[0] + 1].text[:1].isupper()  # a name: "the Kyrgyz ministry"
    ):
        words = [words[0], words[2]]  # "the paramilitary force added" (not "the Israeli army")
    if len(words) != 2 or words[0] != "the":
        return found
    if (
        words[1] in ORGANISATION_NOUNS
        and seen
        and seen[-1].international
        and not INTERGOVERNMENTAL.search(seen[-1].name)
    ):
        # "The Yemen Data Project said Houthi shelling killed 12. The group said 30 were
        # wounded": the organisation that spoke last, not the armed group it accused
        return replace(seen[-1], token=found.token, phrase=found.phrase)
    if words[1] in SPOKESPEOPLE:
        # "A spokesman for the Nigerian police said ... The spokesman said": the last one
        # who spoke for a side
        earlier_side = next(
            (e for e in reversed(seen) if e.actor is not None and not e.press), None
        )
        return (
            replace(earlier_side, token=found.token, phrase=found.phrase) if earlier_side else found
        )
    if words[1] in BODIES_BY_KIND:
        kind = BODIES_BY_KIND[words[1]]
    elif words[1] in SPEAKING_PLURALS or f"{words[1]}s" in SPEAKING_PLURALS:
        # "the sources", "the second source": the sources named before
        kind = re.compile(rf"\b{re.escape(words[1].removesuffix('s'))}", re.IGNORECASE)
    else:
        return found
    for earlier in reversed(seen):
        # by its name, or by the words that named it ("a military source" is "Yemen
        # military", and "the source" after it is that source)
        words_before = doc[earlier.phrase[0] : earlier.phrase[1]].text if earlier.phrase else ""
        if (kind.search(earlier.name) or kind.search(words_before)) and not earlier.press:
            if earlier.name == found.name:
                return found
            return replace(earlier, token=found.token, phrase=found.phrase)
    return found


def _labelled_statement(sentence: SpacySpan, context: Context | None) -> Attribution | None:
    """`Pakistan army: 12 terrorists killed`, `14:02 - Lebanon's health ministry: Israeli
    strike kills 5`: a headline or live-blog line that opens with a body and a colon
    gives that body's words (a dateline in capitals, `BEIRUT:`, is no speaker)."""
    doc = sentence.doc
    colon = next((t for t in sentence[:12] if t.text == ":"), None)
    if colon is None or not any(t.like_num for t in doc[colon.i + 1 : sentence.end]):
        return None
    start = sentence.start
    while start < colon.i and (doc[start].is_punct or any(c.isdigit() for c in doc[start].text)):
        start += 1  # a time stamp: "14:02 -"
    words = doc[start : colon.i]
    text = words.text
    if not words or not any(c.islower() for c in text) or len(words) > 8:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "X told reporters: ...": a clause of its own, read as such
    lower = text.lower()
    if not (any(p.search(lower) for p, _ in BODIES) or is_outsider(text)):
        return None
    name, actor = normalise(text, context=context)
    if not name:
        return None
    return Attribution(
        name=name,
        actor=actor,
        international=actor is None and is_outsider(text),
        token=colon.i,
        phrase=(start, colon.i),
    )


def sentence_attributions(
    sentence: SpacySpan, *, previous: Attribution | None = None, context: Context | None = None
) -> list[Attribution]:
    """Every speaker the sentence names, in order; pronouns resolve to `previous`."""
    found: list[Attribution] = []
    spans: dict[int, tuple[int, int]] = {}  # reporting word -> its speaker phrase
    last = previous
    labelled = _labelled_statement(sentence, context)
    if labelled is not None:
        return [labelled]
    if not _MAY_REPORT.search(sentence.text):
        return found
    land = _opening_land(sentence)
    if land is not None and context is not None:
        # "In Israel, the emergency service said ...": the services of the land the
        # sentence opens in, not of the article's incident
        context = context.placed_in(land)
    for token in sentence:
        phrase: list[Token] = []
        if token.lemma_.lower() in OWNED_CLAIMS and token.pos_ == "NOUN":
            # "the army's claim of 40 militants killed", "a police estimate of 40 dead":
            # the figure a claim holds is its owner's (the verb it sits in reports nothing)
            phrase = _owner_in_front(token) if _holds_a_figure(token) else []
        elif token.lower_ == "per" and token.pos_ == "ADP" and _opens_a_clause(token):
            # "as per the police", "per hospital officials": South Asian and wire English
            objs = [c for c in token.children if c.dep_ == "pobj"]
            cited = _source(objs[0]) if objs else []
            said = token.doc[cited[0].i : cited[-1].i + 1].text if cited else ""
            if cited and _source_like(cited) and not is_press(said):
                phrase = cited  # (an aggregator's "per the AP" names the wire it rewrote)
        elif token.lemma_ in TREATING_VERBS and token.pos_ == "VERB":
            # "hospitals in the city were treating 367 wounded", "doctors treated 83 people":
            # those who treat the wounded count them
            subject = [c for c in token.children if c.dep_ == "nsubj"]
            if not subject and token.dep_ in ("advcl", "xcomp", "conj"):
                # "hospitals were on Jan. 27 treating 367": the parser's split progressive
                subject = [c for c in token.head.children if c.dep_ == "nsubj"]
            if subject and TREATING.search(subject[0].lower_) and _holds_a_figure(token):
                phrase = _without_clauses(subject[0])
        elif token.lower_ == "according" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "to":
                objs = [c for c in nxt.children if c.dep_ == "pobj"]
                tallied = _a_states_tally(objs[0]) if objs else None
                if tallied is not None:
                    # "according to Israeli figures": the state's own count
                    found.append(
                        Attribution(
                            name=f"{tallied.name} government",
                            actor=tallied,
                            international=False,
                            token=token.i,
                        )
                    )
                    spans[token.i] = (objs[0].left_edge.i, objs[0].i + 1)
                    last = found[-1]
                    continue
                if objs:
                    phrase = _without_subject_taken(_source(objs[0]), objs[0])
        elif (
            token.lemma_ in REPORTING_LEMMAS
            and token.pos_ in ("VERB", "AUX")
            and not (token.lemma_ == "add" and token.nbor(1).lower_ == "up")
            if token.i + 1 < len(token.doc)
            else token.lemma_ in REPORTING_LEMMAS and token.pos_ in ("VERB", "AUX")
        ):
            if _no_report(token):
                continue
            if token.lemma_ in QUOTING_LEMMAS:
                phrase = _quoted_speaker(token) or _cited_by(token)
            else:
                phrase = _cited_source(token) or _subject_tokens(token)
                phrase = _trailing_after_places(phrase, token) or phrase
        phrase = [t for t in phrase if sentence.start <= t.i < sentence.end]
        phrase = _through_the_name(phrase, sentence)
        phrase = _unclosed_apposition(phrase, token)
        phrase = _description_before_name(phrase)
        if phrase and phrase[0].i < token.i:
            # a speaker before its verb ends there ("Ethiopia reported four dead; Eritrea,
            # seven": the parser hung the second clause on "Ethiopia")
            phrase = [t for t in phrase if t.i < token.i]
        dashes = [k for k, t in enumerate(phrase) if _separates(t)]
        if dashes:
            # "BISHKEK, March 12 — the ministry said", "BEIRUT: A source ... told AFP"
            phrase = phrase[dashes[-1] + 1 :]
        while phrase and phrase[-1].is_punct and phrase[-1].text not in ")”\"'":
            phrase = phrase[:-1]  # the comma that closed a clause left out of the phrase
        if phrase and _counted(phrase) and token.lower_ != "according":
            # "killed 40 people, including children, a resistance group and a witness
            # said": the parser took the figure for the subject; the speakers are the
            # phrase since the last comma
            trailing = _trailing_speaker(token)
            phrase = (
                trailing
                if trailing
                and trailing[0].i > phrase[0].i
                and _source_like(trailing)
                and not _counted(trailing)
                and not any(t.like_num for t in trailing)
                else phrase
            )
        if phrase and _head_word(phrase) in NOT_SPEAKERS | DOCUMENTS:
            # "a report from the FSB said", "a police statement said": its source speaks
            phrase = _document_source(_root(phrase)) or phrase
        national = _national_reports(phrase)
        if national is not None:
            # "Iranian reports indicated": the country's press
            found.append(_press_speaker(f"{national} media", token=token.i))
            spans[token.i] = (phrase[0].i, phrase[-1].i + 1)
            last = found[-1]
            continue
        if (
            not phrase
            or (
                _head_word(phrase) in NOT_SPEAKERS
                # ("a security report seen by Reuters" is its own source)
                and not (len(phrase) >= 2 and phrase[-2].lower_ in SERVICE_MADE)
            )
            # "according to one police officer" names its source whatever it counts, and
            # "one woman said" is one speaker
            or (
                _counted(phrase)
                and token.lower_ != "according"
                and not _one_person(phrase)
                and not _people_telling(phrase, token)
                and not _a_few_saying(phrase, token)
            )
        ):
            continue
        spans[token.i] = (phrase[0].i, phrase[-1].i + 1)
        if token.lemma_ in OBJECT_REPORTS and not any(
            # "put the toll at 20", and "the toll was put at 20 by the ministry"
            c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in TALLIES | DOCUMENTS | NUMBER_NOUNS | LOSS_NOUNS | FOOTAGE
            for c in token.children
        ):
            continue  # "put the toll at 20" reports; "put an end to" does not
        if token.lemma_ in OBJECT_REPORTS and not _source_like(phrase):
            continue  # "the discovery of three more bodies raised the toll": no one spoke
        said_by = token.doc[phrase[0].i : phrase[-1].i + 1].text
        if _head_word(phrase) in DOCUMENTS and not find_actors(said_by):
            if last is not None and _the_same_document(phrase):
                # "the ministry said in a statement ... Seventeen were wounded, the statement
                # said": the statement named before is still its speaker's
                found.append(replace(last, token=token.i))
            continue  # "the latest statements claiming 70": whose, another verb says
        outlet_name = " ".join(said_by.split()).strip(" ,.;:\"'“”")
        run_by = state_outlet_in(outlet_name)
        outlet = _press_phrase(phrase, token)
        if run_by is not None and (run_by[0] == outlet_name or outlet is not None):
            # "according to Radio Pakistan", "the official IRNA news agency said": a state's
            # own outlet speaks for it
            found.append(
                Attribution(name=run_by[0], actor=run_by[1], international=False, token=token.i)
            )
            last = found[-1]
            continue
        actor: Actor | None
        if outlet is not None:
            # "the Baza Telegram channel, with ties to X", "Russian military bloggers", "Baza
            # found out": the press passes a figure on; state media speak for their state
            said = " ".join(outlet.text.split()).strip(" ,.;:\"'“”")
            mentions = find_actors(said)
            home = context.place or context.top_country() if context is not None else None
            if STATE_RUN.search(said) and not mentions and home is not None:
                # "state TV reported": the state of the land the story is about
                bare = re.sub(r"^(?:the|a|an)\s+", "", said, flags=re.IGNORECASE)
                found.append(
                    Attribution(
                        name=f"{home.name} {bare}", actor=home, international=False, token=token.i
                    )
                )
                last = found[-1]
                continue
            state = OFFICIAL.search(said) is not None and len(mentions) == 1
            if not state or mentions[0].actor.kind != "country":
                found.append(_press_speaker(_short_name(said), token=token.i))
                last = found[-1]
                continue
            actor = mentions[0].actor
            rest = (said[: mentions[0].start] + said[mentions[0].end :]).strip()
            rest = re.sub(r"^(?:the|a|an)\s+|^[’']s\s+", "", rest, flags=re.IGNORECASE)
            name = f"{actor.name} {rest}"
        else:
            owner = _owner_before(phrase[0], token) if phrase[0].lower_ in OWNERS else []
            owned_by = last
            if owner:
                # "Guterres condemned the violence, which his spokesman said left 184 dead":
                # "his" is the one this sentence named as acting, not the last speaker
                owner_name, owner_actor = normalise(
                    token.doc[owner[0].i : owner[-1].i + 1].text, fallback=last, context=context
                )
                if owner_name:
                    owned_by = Attribution(
                        name=owner_name,
                        actor=owner_actor,
                        international=owner_actor is None and is_outsider(owner_name),
                        token=owner[0].i,
                    )
            acting = _own_forces_acting(sentence, phrase)
            if acting is not None:
                # "Ethiopian forces killed 40 of the attackers, the army said": an army no
                # word names tells of what its own forces did
                name, actor = normalise(f"{acting.name}'s {_bare(said_by)}", context=context)
            else:
                name, actor = normalise(said_by, fallback=owned_by, context=context)
        if not name:
            continue
        person = _person(phrase)
        if (
            actor is not None
            and person
            and person not in name
            and (last is None or name != last.name)  # "it said": no name of its own
            and name != _short_name(said_by.strip())
        ):
            name = f"{name} ({person})"  # "ministry spokesman X": the ministry, by X
        if (
            actor is not None
            and actor.kind == "country"
            and _watches_others(_root(phrase))
            and not find_actors(said_by)
        ):
            actor = None  # "Kestria Decide, which monitors elections, said": an outside monitor
        # "Blake Spendley, an analyst at a think tank": the whole phrase says who they are
        international = actor is None and (
            _watches_others(_root(phrase))
            or is_international(name)
            or is_outsider(said_by)
            # "he estimated": the outsider the pronoun stands for is still one
            or (last is not None and last.international and name == last.name)
        )
        attribution = Attribution(
            name=name,
            actor=actor,
            international=international,
            token=token.i,
            first_person=len(phrase) == 1 and phrase[0].lower_ in ("we", "i"),
            press=is_press(name),
        )
        found.append(attribution)
        last = attribution
    return [replace(a, phrase=spans.get(a.token, a.phrase)) for a in found]


# An army named by its kind alone, as a speaker: "the army", "the military spokesman".
UNNAMED_ARMY = re.compile(
    r"(?:army|military|armed forces)(?: spokes(?:man|woman|person))?", re.IGNORECASE
)


ACTING_FORCES = frozenset({"forces", "force", "army", "military", "units", "unit"})


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(phrase.split()), flags=re.IGNORECASE)


def _own_forces_acting(sentence: SpacySpan, phrase: list[Token]) -> Actor | None:
    """The one state whose forces the sentence names as doing something (`Ethiopian
    forces killed 40 attackers`, `Thai troops repelled the assault`) when its speaker is an
    army no word names: armies tell of their own forces' deeds. None when the speaker names
    a side, or the sentence names no state's forces acting, or several."""
    said_by = sentence.doc[phrase[0].i : phrase[-1].i + 1].text
    if not UNNAMED_ARMY.fullmatch(_bare(said_by)) or find_actors(said_by):
        return None
    acting = set()
    for token in sentence:
        if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.lower_ not in STATE_FORCE_NOUNS | ACTING_FORCES:
            continue
        if phrase[0].i <= token.i <= phrase[-1].i:
            continue
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss"):
                text = sentence.doc[child.left_edge.i : child.right_edge.i + 1].text
                acting |= {m.actor for m in find_actors(text) if m.actor.kind == "country"}
    return next(iter(acting)) if len(acting) == 1 else None


OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"


def quotations(text: str) -> list[tuple[int, int]]:
    """The quoted passages of a text as (opening mark, closing mark) offsets. A quote goes on
    across sentences and, by the press convention (a paragraph of a long quote opens with a
    mark and only the last one closes), across paragraphs; a paragraph that does not open
    with a mark ends a quote left open."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    k = 0
    while k < len(text):
        char = text[k]
        if char == "\n" and start is not None and "\n" in text[start:k]:
            rest = text[k:].lstrip()
            if rest[:1] not in OPENING_QUOTES + '"':
                spans.append((start, len(text[:k].rstrip())))  # it ends with its paragraph
                start = None
        if char in OPENING_QUOTES and start is None:
            start = k
        elif char in CLOSING_QUOTES and start is not None:
            spans.append((start, k))
            start = None
        elif char == '"':
            if start is None:
                start = k
            elif text[start] == '"' or text[k - 1] not in "\n ":
                spans.append((start, k))
                start = None
        k += 1
    return spans


class Quotations:
    """Who speaks a quoted sentence that names no speaker: the speaker named where its
    quotation closes (`..." the minister said`) or else where it opens (`He said: "...`)."""

    def __init__(self, sentences: list[SpacySpan]) -> None:
        self.sentences = sentences
        self.spans = quotations(text_of(sentences[0].doc)) if sentences else []

    def speaker_of(
        self,
        sentence: SpacySpan,
        *,
        previous: Attribution | None = None,
        context: Context | None = None,
    ) -> Attribution | None:
        first = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
        for start, end in self.spans:
            if not start <= first < end:
                continue
            closing = self._containing(end)
            if closing is not None and closing.start != sentence.start:
                after = [
                    a
                    for a in sentence_attributions(closing, previous=previous, context=context)
                    if sentence.doc[a.token].idx > end
                ]
                if after:
                    return after[0]
            opening = self._containing(start)
            if opening is not None and opening.start != sentence.start:
                before = [
                    a
                    for a in sentence_attributions(opening, previous=previous, context=context)
                    if sentence.doc[a.token].idx < start
                ]
                if before:
                    return before[-1]
            return None
        return None

    def _containing(self, offset: int) -> SpacySpan | None:
        for sentence in self.sentences:
            if sentence.start_char <= offset < sentence.end_char:
                return sentence
        return None
