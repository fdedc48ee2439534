"""Figures a speaker denies: who asserted them, and who denied them.

The annotation guide's rule: a figure a speaker denies or ridicules stays the claim of
whoever asserted it. In `It dismissed as "fantasy" a statement from Bishkek that up to 40
Kazakh troops had been killed` the figure is Bishkek's claim; the one who dismissed it is
recorded as denying it (`Claim.denied_by`) and never becomes its claimant. The asserter
is the source of the denied statement (`a statement from X`, `X's claim`, `rebel
claims`, `claims by X`); when the text names none (`Russia denied that 50 of its
soldiers were killed`), nobody but the outlet is known to have said it.

Only a figure inside what the denial verb governs is denied: a figure of a clause joined
on (`... and said five were killed`) or of a reporting verb under it (`denied the report,
saying five died`) is the speaker's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution import Attribution, Context, is_international, is_press, normalise

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that deny or ridicule what they govern.
DENIAL_LEMMAS = frozenset(
    {"deny", "dismiss", "reject", "ridicule", "refute", "deride", "mock", "dispute", "rebut"}
)
#: Nouns for what someone asserted: the denied statement.
STATEMENT_NOUNS = frozenset(
    {"statement", "claim", "report", "assertion", "allegation", "account", "figure", "toll"}
    | {"number", "estimate", "rumour", "rumor", "suggestion"}
)
#: Links from a denial verb to what it denies (`denied that ...`, `rejected claims`,
#: `dismissed as "fantasy" a statement`); a clause joined on (`conj`) or set beside it
#: (`advcl`) is not denied.
_DENIES = frozenset({"ccomp", "dobj", "prep", "xcomp", "attr", "oprd", "nsubjpass"})
#: Links that stop the walk up: the figure is said by a verb of its own.
_REPORTING = frozenset({"say", "report", "tell", "announce", "confirm", "state", "add"})


@dataclass(frozen=True, slots=True)
class Denial:
    """A figure inside a denial: the denier's words and the asserter's (empty if unnamed)."""

    denier: list[Token]
    asserter: list[Token]


def denial_of(number: Token) -> Denial | None:
    """The denial governing the figure whose number token is `number`, if any."""
    statement: Token | None = None
    child = number
    for head in number.ancestors:
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in _REPORTING:
            return None  # "denied the report, saying five died": five is said, not denied
        if head.lemma_ in STATEMENT_NOUNS and head.pos_ == "NOUN" and statement is None:
            statement = head
        if head.lemma_ in DENIAL_LEMMAS and head.pos_ == "VERB":
            if child.dep_ not in _DENIES or any(c.dep_ == "neg" for c in head.children):
                return None  # "did not deny that 40 were killed" concedes it
            denier = _subject(head)
            if not denier:
                return None
            return Denial(denier=denier, asserter=_source_of(statement) if statement else [])
        child = head
    return None


def read_denial(
    number: Token, *, previous: Attribution | None, context: Context | None
) -> tuple[str, Attribution | None] | None:
    """(who denies, who asserted) for a denied figure, names normalised as speakers are
    (`It` is the last speaker); None when the figure is not denied or the denier cannot be
    named. The asserter is None when the text does not say who asserted it."""
    denial = denial_of(number)
    if denial is None:
        return None
    denier, _ = normalise(_text(denial.denier), fallback=previous, context=context)
    if not denier:
        return None
    if not denial.asserter:
        return denier, None
    name, actor = normalise(_text(denial.asserter), fallback=previous, context=context)
    if not name or name == denier:
        return denier, None
    international = actor is None and is_international(name)
    asserter = Attribution(
        name=name,
        actor=actor,
        international=international,
        token=denial.asserter[0].i,
        press=is_press(name),
    )
    return denier, asserter


def _text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _subject(verb: Token) -> list[Token]:
    """Who denies: the active subject, the `by` agent of a passive, or the subject of the
    verb a denial is joined to (`the ministry confirmed three dead and denied ...`)."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return _phrase(c)
        if c.dep_ == "agent":
            objects = [o for o in c.children if o.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return []


def _source_of(statement: Token) -> list[Token]:
    """Who made a statement: `a statement from X`, `claims by X`, `X's claim`, `rebel
    claims` (a possessive, a compound or an adjective naming its maker)."""
    for c in statement.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            objects = [o for o in c.children if o.dep_ == "pobj"]
            if (
                objects
                and objects[0].lemma_ not in STATEMENT_NOUNS
                # "an estimate of 40 dead": what it holds, not who made it
                and not any(t.like_num for t in objects[0].subtree)
            ):
                return _phrase(objects[0])
    for c in statement.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return _phrase(c)
    for c in statement.children:
        if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ"):
            if c.pos_ == "ADJ" and not c.text[:1].isupper():
                continue  # "false claims", "exaggerated figures": no maker named
            return _phrase(c)
    return []


def _phrase(token: Token) -> list[Token]:
    """A name's tokens: its subtree without relative clauses, and without a trailing `'s`."""
    drop = {t.i for c in token.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    tokens = [t for t in token.subtree if t.i not in drop]
    while tokens and tokens[-1].dep_ == "case":
        tokens.pop()
    return tokens
