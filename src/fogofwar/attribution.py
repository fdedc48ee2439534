"""Who says so: the claimant of a statement and the side they speak for.

A claimant is found from a reporting verb (`said`, `reported`, `claimed`, ...) and its
subject, from `according to X`, from `X quoted Y as saying` (the original speaker, Y),
and from pronouns and bare bodies (`it said`, `the ministry added`) that refer back to the
last named speaker. Names are normalised as the annotation guide does:
"<Country> <body>" ("Armenia Ministry of Defence"), a capital or country used as a
metonym becomes "<Country> government", and a person keeps their name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .parties import Actor, find_actors

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REPORTING_LEMMAS = frozenset(
    """say report claim confirm announce tell state add cite admit acknowledge recognize
    recognise declare note estimate record count document write post publish inform quote
    indicate reveal insist assert allege update put warn accuse explain stress tweet
    suggest find verify list give""".split()
)
QUOTING_LEMMAS = frozenset({"quote", "cite"})
PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "i", "its", "this", "which", "who", "him", "her", "them"}
)

# Body names, checked in order against the lower-cased subject; first match wins.
BODIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), body)
    for pattern, body in (
        (r"\bdefen[cs]e minist|\bministry of (?:national )?defen[cs]e|\bmod\b|military department"
         r"|defen[cs]e department|\bdefen[cs]e ministry", "Ministry of Defence"),
        (r"\bforeign minist|ministry of foreign affairs|\bmfa\b|foreign affairs ministry",
         "Ministry of Foreign Affairs"),
        (r"\bhealth minist|ministry of (?:public )?health|minister (?:of|for) health"
         r"|health authorit|health officials", "Health Ministry"),
        (r"\binterior minist|ministry of (?:the )?interior|ministry of internal affairs",
         "Interior Ministry"),
        (r"\bdefen[cs]e forces\b", "Defense Forces"),
        (r"\bborder (?:service|guard|troops|police)", "border service"),
        (r"\bpolice\b", "police"),
        (r"\barmy\b|\barmed forces\b|\bmilitary\b|\bgeneral staff\b", "army"),
        (r"\bpresiden(?:t|cy|tial)\b", "presidency"),
        (r"\bprime minister\b", "prime minister"),
        (r"\bgovernment\b|\bauthorities\b|\bofficials?\b|\bcabinet\b|\bministry\b", "government"),
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in a sentence: their normalised name and who they speak for."""

    name: str
    actor: Actor | None  # the country or group they speak for, if any
    third_party: bool  # an outsider (UN, NGO, foreign government), once sides are known
    token: int  # index (in the doc) of the reporting word, to pick the nearest speaker


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject phrase of a reporting verb, without relative clauses hanging off it."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
            drop = {
                t.i
                for c in child.children
                if c.dep_ in ("relcl", "acl")
                for t in c.subtree
            }
            return [t for t in child.subtree if t.i not in drop]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_tokens(verb.head)  # "relatives dispute the toll and said ..."
    return []


def _object_tokens(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "dobj":
            return list(child.subtree)
    return []


def normalise(phrase: str, *, fallback: Attribution | None = None) -> tuple[str, Actor | None]:
    """A speaker phrase as "<Country> <body>" or a name; pronouns refer back to `fallback`."""
    text = " ".join(phrase.split()).strip(" ,.;:\"'“”")
    lower = text.lower()
    lower_bare = re.sub(r"^(?:the|a|an)\s+", "", lower)
    actors = [m for m in find_actors(text) if m.actor.kind != "ugo" or m.via == "group"]
    group = next((m.actor for m in actors if m.via == "group"), None)
    country = next((m.actor for m in actors if m.actor.kind == "country"), None)
    body = next((b for pattern, b in BODIES if pattern.search(lower)), None)
    if lower_bare in PRONOUNS or not lower_bare:
        if fallback is not None:
            return fallback.name, fallback.actor
        return "", None
    if country is None and group is None and body is not None and fallback is not None:
        # "the ministry", "the military department": the last named speaker's country
        country = fallback.actor if fallback.actor and fallback.actor.kind == "country" else None
        if country is None and fallback.actor is None:
            return text, None
    if group is not None and (country is None or actors[0].actor == group):
        return group.name, group
    if country is not None:
        if body is None:
            # "Yerevan said", "Armenia says", "Azerbaijanis recognize": the government
            only_names = all(
                m.actor == country for m in actors
            ) and len(re.sub(r"[^a-z]", "", lower_bare)) <= len(
                re.sub(r"[^a-z]", "", " ".join(m.text.lower() for m in actors))
            ) + len("the side")
            if only_names or lower_bare.endswith("side"):
                return f"{country.name} government", country
            return _person_or_org(text, country), country
        return f"{country.name} {body}", country
    return text[:1].upper() + text[1:], None


def _person_or_org(text: str, country: Actor) -> str:
    """A speaker that is named, with a country but no known body: keep the name."""
    return text[:1].upper() + text[1:]


def sentence_attributions(
    sentence: SpacySpan, *, previous: Attribution | None = None
) -> list[Attribution]:
    """Every speaker the sentence names, in order; pronouns resolve to `previous`."""
    found: list[Attribution] = []
    last = previous
    for token in sentence:
        phrase: list[Token] = []
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "to":
                objs = [c for c in nxt.children if c.dep_ == "pobj"]
                if objs:
                    drop = {t.i for c in objs[0].children if c.dep_ == "relcl" for t in c.subtree}
                    phrase = [t for t in objs[0].subtree if t.i not in drop]
        elif token.lemma_ in REPORTING_LEMMAS and token.pos_ in ("VERB", "AUX", "NOUN"):
            if token.lemma_ in QUOTING_LEMMAS:
                phrase = _object_tokens(token) or _subject_tokens(token)
            else:
                phrase = _subject_tokens(token)
            if not phrase and token.pos_ == "NOUN":
                continue
        else:
            continue
        if not phrase:
            continue
        name, actor = normalise(
            token.doc[phrase[0].i : phrase[-1].i + 1].text, fallback=last
        )
        if not name:
            continue
        attribution = Attribution(name=name, actor=actor, third_party=False, token=token.i)
        found.append(attribution)
        last = attribution
    return found
