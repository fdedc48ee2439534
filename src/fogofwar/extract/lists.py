"""People listed one by one: how many they are together.

The guide counts an implicit one and a named person as a number. When a fate is said of
people listed one by one with no figure among them (`an 8-year-old boy and a 60-year-old
man were killed`; `X was murdered alongside his wife and their baby`), the claim is how
many they are together (2; 3), with the status they share; the civilians among people of
no shared status are a breakdown of their own (`1` civilian of the 2). A list that gives a
figure (`community leader X and seven others`) or a fighter (`a major-general, six
servicemen and a civilian`) keeps its parts, as the guide's examples do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import find_actors
from .counts import Count
from .fates import Trigger, companion_verb, is_breakdown, is_companion
from .nlp import first_of_a_list, first_of_a_listing
from .vocabulary import STATUS_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# How the people of a list hang on their fate verb: its subject or object, or one it
# was done to "alongside".
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
PRONOUNS = frozenset({"he", "she"})
# Verbs by which the fate's own noun holds the list: "the dead included a boy and a man".
INCLUDING = frozenset({"include", "be"})


def sum_listed_ones(
    counts: list[Count], chosen: list[Trigger | None], sentence: SpacySpan
) -> tuple[list[Count], list[Trigger | None]]:
    """The counts and their fates, with the people listed one by one under one fate
    replaced by their sum (and the civilians among them, when not all are)."""
    doc = sentence.doc
    lists: dict[int, list[int]] = {}  # fate verb -> indices of the counts said of it
    breakdowns = {c.head(doc).i for c in counts if is_breakdown(c, sentence)}
    for k, (count, trigger) in enumerate(zip(counts, chosen, strict=True)):
        if trigger is None:
            continue
        head = first_of_a_list(count.head(doc)).i
        if head in breakdowns:
            if count.implicit and count.status == "civilian":
                # "five people, including a woman and a child": the civilians of a toll,
                # listed one by one, are one breakdown (keyed apart from any fate verb)
                lists.setdefault(-1 - head, []).append(k)
            continue
        verb = _fate_verb(count, trigger, doc)
        if verb is not None:
            lists.setdefault(verb, []).append(k)
    drop: set[int] = set()
    added: list[tuple[Count, Trigger]] = []
    for verb, members in lists.items():
        parts = sorted((counts[k] for k in members), key=lambda c: c.start)
        trigger = chosen[members[0]]
        assert trigger is not None
        fighters = [c.status == "military" for c in parts]
        if any(not c.implicit for c in parts) or (any(fighters) and not all(fighters)):
            # a figure, or a fighter among others, among them: each part is its own claim
            # (but "a soldier and a policeman were injured" are two fighters)
            continue
        if len({_side_named(c, doc) for c in parts} - {None}) > 1:
            continue  # "a Frenchman and an Australian were wounded": one of each side
        ones = sum(c.value for c in parts) + (
            _pronoun_subject(doc[verb], parts) if verb >= 0 else 0
        )
        if ones < 2:
            continue
        civilians = [c for c in parts if _civilian(c, doc)]
        # a person named with no word for what he was is of the people listed with him
        described = [c for c in parts if not _bare_name(c, doc)]
        status = "civilian" if described and len(civilians) == len(described) else "unknown"
        if all(fighters):
            status = "military"
        added.append((_spanning(parts, ones, status), trigger))
        if civilians and status == "unknown":
            added.append(
                (_spanning(civilians, sum(c.value for c in civilians), "civilian"), trigger)
            )
        drop.update(members)
    if not added:
        return counts, chosen
    kept = [(c, t) for k, (c, t) in enumerate(zip(counts, chosen, strict=True)) if k not in drop]
    kept.extend(added)
    kept.sort(key=lambda pair: pair[0].start)
    return [c for c, _ in kept], [t for _, t in kept]


def _fate_verb(count: Count, trigger: Trigger, doc: Doc) -> int | None:
    """The fate verb the count's people are an argument of, as one of a list or as its
    companions (`alongside his wife`); None for people the fate reaches otherwise."""
    token = first_of_a_listing(count.head(doc))
    fate = doc[trigger.start]
    if fate.dep_ in ("oprd", "acomp") and fate.head.pos_ == "VERB":
        fate = fate.head  # "were shot dead", "was found dead"
    if count.status == "civilian":
        # "among the dead were a woman and a girl", "the dead included a girl and her
        # grandmother": civilians the fate's own noun holds (others there are a total's
        # parts, each its own)
        among = fate.head if fate.dep_ == "pobj" and fate.head.lower_ == "among" else None
        if among is not None and among.head.lemma_ == "be":
            fate = among.head
        elif fate.pos_ != "VERB" and fate.dep_ == "nsubj" and fate.head.lemma_ in INCLUDING:
            fate = fate.head
    if fate.pos_ == "NOUN" and (
        token.i == fate.i  # (the parser's slip: "the slaying of a couple and their baby")
        or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == fate.i)
    ):
        return fate.i  # "the killing of a farmer and his son": the fate noun's own people
    head = token.head
    if token.dep_ == "pobj" and is_companion(head):
        head = companion_verb(head)
    elif token.dep_ not in ARGUMENTS or head.i != fate.i:
        # the parser's slip: a fate verb after the list with no subject of its own ("...
        # saying a boy and a man who were wounded have now died") is said of the list
        head = fate
        if head.i < token.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return None
    if head.i != fate.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head.i


def _pronoun_subject(verb: Token, parts: list[Count]) -> int:
    """`he was murdered along with his wife`: the one the pronoun stands for, when the
    list is of his companions."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.noun is not None and verb.doc[c.noun] in subjects for c in parts):
        return 0
    return 1 if any(s.lower_ in PRONOUNS for s in subjects) else 0


def _civilian(count: Count, doc: Doc) -> bool:
    """A civilian by the noun (`a boy`) or by a word before it (`an elderly man`)."""
    if count.status == "civilian":
        return True
    end = count.noun if count.noun is not None else count.end - 1
    return any(STATUS_MODIFIERS.get(t.lower_) == "civilian" for t in doc[count.start : end])


def _side_named(count: Count, doc: Doc) -> str | None:
    """The side the words of one listed person name (`an Australian`, `a Kenyan nurse`)."""
    end = (count.noun if count.noun is not None else count.end - 1) + 1
    named = find_actors(doc[count.start : end].text)
    return named[0].actor.name if named else None


def _bare_name(count: Count, doc: Doc) -> bool:
    return (
        count.noun is not None
        and doc[count.noun].ent_type_ == "PERSON"
        and (count.status in (None, "unknown"))
    )


def _spanning(parts: list[Count], value: int, status: str) -> Count:
    first = parts[0]
    return Count(value, "exact", first.start, first.number_start, first.end, first.noun, status)
