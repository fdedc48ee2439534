"""Fates: the words that say what befell people, and which figure each one governs.

A trigger is a fate word or phrase (killed, wounded, taken prisoner, the death toll, ...)
as token offsets. Each figure takes the nearest trigger the grammar allows: one it is
the object or subject of, a toll it completes, a fate after it in its own clause, a list
or parenthesis it belongs to. A fate that did not happen (threatened, planned, future)
is read as such.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ..parties import actor_named
from .counts import CHANGED_FROM, Count, whole_with_a_fate
from .nlp import first_of_a_list, per_sentence
from .vocabulary import FATE_PHRASES, RANKS, TALLY_NOUNS, fate_of_word, people_status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


# Words that may stand between a fate and the count it governs: "killed at least 17",
# "the death toll rose to 14", "the death of four of our soldiers".
GLUE = frozenset(
    [
        "between",  # "killing between 9 and 12 civilians"
        # "losses amounted to 230", "losses totalled 1,140"
        "amounted",
        "amount",
        "amounts",
        "totalled",
        "totaled",
        "totals",
        "to",
        "at",
        "of",
        "the",
        "a",
        "an",
        "rose",
        "risen",
        "stood",
        "stands",
        "stand",
        "reached",
        "reach",
        "climbed",
        "climbs",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "increased",
        "jumped",
        "now",
        "hit",
        "put",
        "its",
        "their",
        "our",
        "with",
        "by",
        "as",
        "many",
        "over",
        "some",
        "more",
        "than",
        "least",
        "up",
        "total",
        "further",
        "another",
        "additional",
        "nearly",
        "about",
        "around",
        "almost",
        "roughly",
        "approximately",
        "officially",
        "initially",
        "reportedly",
        "so",
        "far",
        "all",  # "the deaths of all 33 assailants"
    ]
)


POST_WINDOW = 14


WIDE_GLUE_POS = frozenset({"NOUN", "PROPN", "ADP", "DET", "ADJ", "AUX", "VERB", "ADV", "PART"})
RITES_OF_THE_DEAD = frozenset({"funeral", "burial", "vigil", "mourning", "prayer"})
# A dash standing for the verb a list of tolls shares: "the number of dead rose to 40,
# and the number of wounded — to 75".
ELIDED_VERB = frozenset({"—", "–", "-"})
# Quotation marks inside a toll's predicate (`put the toll "at around 100"`) break nothing.
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase naming a fate, as doc token indices."""

    start: int
    end: int
    category: str
    lemma: str
    # a verb that names the fate only of the people it takes: "released 14 soldiers", not
    # "a report released on Monday"; "lost 9 soldiers", not "lost ground"
    of_people_only: bool = False


def find_triggers(sentence: SpacySpan) -> list[Trigger]:
    """Fate words and phrases in the sentence; a phrase wins over the words inside it."""
    doc = sentence.doc
    found: list[Trigger] = []
    covered: set[int] = set()
    base = sentence.start_char
    text = sentence.text
    for pattern, category in FATE_PHRASES:
        for match in pattern.finditer(text):
            span = doc.char_span(base + match.start(), base + match.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            if " not " not in match.group().lower() and _denied_fate(span.root):
                continue  # (a phrase saying what did not happen is its own: "not found")
            found.append(Trigger(span.start, span.end, _plain(category), span.root.lemma_))
            covered.update(range(span.start, span.end))
    for token in sentence:
        if token.i in covered:
            continue
        word_category = fate_of_word(token.lemma_.lower(), token.lower_)
        if word_category is None and token.is_title and token.pos_ in ("PROPN", "NOUN"):
            word_category = _title_case_fate(token)  # "Suicide Bomber Kills 17 Soldiers"
        if word_category is None:
            continue
        if token.lower_ in ("body", "bodies") and token.pos_ != "NOUN":
            continue
        if _denied_fate(token):
            continue
        found.append(
            Trigger(
                token.i,
                token.i + 1,
                _plain(word_category),
                token.lemma_.lower(),
                of_people_only=word_category.endswith("_if_people") and token.pos_ == "VERB",
            )
        )
    return sorted(found, key=lambda t: t.start)


# Verbs whose object is a fate that did not befall the subject: `escaped injury`.
ESCAPED = frozenset({"escape", "avoid", "evade", "spare"})


def _denied_fate(fate: Token) -> bool:
    """`were not killed`, `had never been captured`, `escaped injury`: a fate the sentence
    says did not happen (but `not only killed ten`, `none was hurt` read elsewhere)."""
    if fate.dep_ == "dobj" and fate.head.lemma_.lower() in ESCAPED and fate.pos_ == "NOUN":
        return True
    return any(
        c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only")
        for c in fate.children
    )


def _title_case_fate(token: Token) -> str | None:
    """A fate verb in a Title Case headline, which the tagger takes for a name and leaves
    unlemmatised: "Kills", "Wounds", "Injures"."""
    lower = token.lower_
    for stem in (lower[:-2], lower[:-1]) if lower.endswith("es") else (lower[:-1],):
        if lower.endswith("s") and len(stem) > 2:
            category = fate_of_word(stem, stem)
            if category is not None:
                return category
    return None


def _plain(category: str) -> str:
    return category.split("_if_")[0]


def _pre_trigger(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """A fate right before the count that governs it: `killed 17`, `death toll to 14`."""
    doc = sentence.doc
    best = None
    for trigger in triggers:
        if trigger.end > count.start:
            break
        between = doc[trigger.end : count.start]
        wide = trigger.end - trigger.start > 1  # "death toll", "number of dead": a predicate
        limit = 12 if wide else 4
        if len(between) <= limit and all(
            t.lower_ in GLUE
            or t.text in QUOTE_MARKS  # 'the deaths of "297 terrorists"'
            # "funerals for about 50 cadets": the people a rite of the dead is held for
            or (t.lower_ == "for" and doc[trigger.start].lemma_.lower() in RITES_OF_THE_DEAD)
            # "inflicted injuries on at least 30 people": a fate noun and whom it hit
            or (t.lower_ == "on" and doc[trigger.start].pos_ == "NOUN" and t.i == trigger.end)
            # "Dead: 12. Wounded: 30.": a fate as the label of its figure
            or (
                t.text == ":"
                and t.i == trigger.end
                and t.i + 1 == count.start
                and count.noun is None  # "The toll: seven dead": the figure's own fate
            )
            or (wide and (t.pos_ in WIDE_GLUE_POS or t.text in QUOTE_MARKS) and not t.like_num)
            or (wide and t.text in ELIDED_VERB and t.i + 1 < count.start)
            for t in between
        ):
            best = trigger
    return best


TOLL_VERBS = frozenset(
    {"rise", "reach", "climb", "stand", "increase", "jump", "hit", "grow", "mount", "top",
     "exceed", "surpass", "pass", "be", "amount", "total"}
)  # fmt: skip


# Verbs that raise a tally, their object, to a figure, or set it at one: `bringing the
# toll to 70`, `local leaders put the death toll higher, at 51`.
RAISING_VERBS = frozenset(
    {"bring", "take", "raise", "push", "lift", "drive", "increase", "put", "place", "set",
     "estimate", "revise"}
)  # fmt: skip


def _toll_predicate(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """A toll far from its figure, by the grammar: `the death toll from an air strike on a
    school in central Gaza rose to 22`, `the number of soldiers killed in the attack has
    risen to 28` (the tally is the subject, the figure ends the verb)."""
    doc = sentence.doc
    number = doc[count.number_start]
    if _own_fate_after(count, triggers, sentence) is not None:
        return None  # "the toll has risen to 45 and 80 people were wounded": their own
    for trigger in triggers:
        if trigger.end > count.start:
            continue
        head = doc[trigger.end - 1]  # "toll" of "death toll", "killed" of "number ... killed"
        for _ in range(4):
            if head.lemma_.lower() in TALLY_NOUNS or head.dep_ == "nsubj":
                break
            if head.dep_ not in ("pobj", "prep", "acl", "relcl", "compound") or head.head == head:
                break
            head = head.head  # "the number of dead", "the number of soldiers killed"
        if head.lemma_.lower() not in TALLY_NOUNS and trigger.end - trigger.start < 2:
            continue  # a lone fate word far from the figure is no toll
        verb, role = head.head, head.dep_
        if role == "npadvmod" and verb.lower_ in ("higher", "lower") and verb.head.i != verb.i:
            # "put the death toll higher, at 51": the parser hangs the tally on the adverb
            verb, role = verb.head, "dobj"
        verb_lemma = verb.lemma_.lower()
        if verb_lemma == "have":
            # "the toll had since risen to 120", parsed as if "had [since X]": the verb after
            verb_lemma = next(
                (
                    t.lemma_.lower()
                    for t in doc[verb.i + 1 : min(verb.i + 3, sentence.end)]
                    if t.lemma_.lower() in TOLL_VERBS
                ),
                verb_lemma,
            )
        if not (
            (role == "nsubj" and verb_lemma in TOLL_VERBS)
            # "bringing the total killed in the city this week to 70": the tally raised
            or (role == "dobj" and verb_lemma in RAISING_VERBS)
        ):
            continue
        path = [number, *number.ancestors]
        if verb in path:
            steps = path[: path.index(verb)]
            if all(
                t.dep_ in ("pobj", "prep", "dobj", "attr", "nummod", "quantmod", "advmod")
                or t is number
                # "bringing the total killed ... to 70": hung on the tally's own words
                or t is head
                or trigger.start <= t.i < trigger.end
                for t in steps
            ):
                return trigger
    return None


# Auxiliaries between people and the fate said of them: "80 people were wounded".
FATE_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be"})


def _own_fate_after(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """`80 people were wounded`, `200 had been injured`: a fate told right after the
    counted people, as their own clause, whatever the parser joined them to."""
    doc = sentence.doc
    i = (count.noun if count.noun is not None else count.end - 1) + 1
    if i < sentence.end and doc[i].lower_ in ("others", "more"):
        i += 1  # "70 others had been injured"
    auxiliaries = 0
    while i < sentence.end and doc[i].lower_ in FATE_AUXILIARIES and auxiliaries < 3:
        i += 1
        auxiliaries += 1
    if not auxiliaries:
        return None
    own = next((t for t in triggers if t.start == i), None)
    if own is None:
        return None
    people = {count.noun, count.end - 1} - {None}
    subjects = [c.i for c in doc[own.start].children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not people & set(subjects):
        return None  # "funerals for 50 cadets were held": the funerals were
    return own


def _fronted_partitive(
    count: Count, triggers: list[Trigger], sentence: SpacySpan
) -> Trigger | None:
    """`Of the dead, 12 were children`: the fate of the group the sentence opens with."""
    doc = sentence.doc
    if (
        count.start - sentence.start < 3
        or doc[sentence.start].lower_ != "of"
        or doc[count.start - 1].text != ","
    ):
        return None
    verb = doc[count.end - 1].head
    if any(c.dep_ == "attr" and c.lower_ in RANKS for c in verb.children):
        return None  # "Of the personnel killed, two are officers": a subset by rank
    for trigger in triggers:
        if sentence.start < trigger.start < count.start and trigger.end == count.start - 1:
            return trigger
    return None


def _among_the_fated(noun: Token, triggers: list[Trigger]) -> Trigger | None:
    """`Two hostages were among the dead`: the fate of those the people are among."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for prep in noun.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for group in prep.children:
                found = _trigger_at(triggers, group.i) if group.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def _new_fate_after(
    noun: Token, noun_fate: str, triggers: list[Trigger], sentence: SpacySpan
) -> Trigger | None:
    """`26 hostages dead`: a fate word right after captives, other than their captivity
    ("four hostages held since October" are still held, the sentence's verb says more)."""
    if noun.i + 1 >= sentence.end or sentence.doc[noun.i + 1].pos_ not in ("ADJ", "VERB"):
        return None
    after = _trigger_at(triggers, noun.i + 1)
    if after is None or _plain(after.category) == _plain(noun_fate):
        return None
    return after


# Pronouns by which a later clause names the doers again: "before police shot him dead".
DOER_PRONOUNS = frozenset({"him", "her", "them", "himself", "themselves"})


def doers_own_fate(doer: Token, triggers: list[Trigger]) -> Trigger | None:
    """What befell those who did the violence, told after their deed: `Two gunmen killed
    five people and were then shot dead`, `... before being shot dead by police`,
    `... before police shot him dead`."""
    if doer.dep_ != "nsubj":
        return None
    verb = doer.head
    for child in verb.children:
        if child.i < verb.i:
            continue
        fate: Token | None = None
        if child.dep_ == "conj" and child.pos_ == "VERB":
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            if not own_subject and any(c.dep_ == "auxpass" for c in child.children):
                fate = child  # "... and were then shot dead"
        elif child.dep_ == "prep" and child.lower_ in ("before", "after", "until"):
            passive = [
                c
                for c in child.children
                if c.dep_ == "pcomp" and any(g.dep_ == "auxpass" for g in c.children)
            ]
            fate = passive[0] if passive else None  # "before being shot dead"
        elif child.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.lower_ in DOER_PRONOUNS for c in child.children
        ):
            fate = child  # "before police shot him dead"
        if fate is None:
            continue
        found = _trigger_at(triggers, fate.i) or next(
            (
                _trigger_at(triggers, c.i)
                for c in fate.children
                if c.dep_ in ("oprd", "acomp") and _trigger_at(triggers, c.i) is not None
            ),
            None,
        )
        if found is not None:
            return found
    return None


def _trigger_at(triggers: list[Trigger], i: int) -> Trigger | None:
    """The fate phrase covering doc token `i`, if any."""
    return next((t for t in triggers if t.start <= i < t.end), None)


def _people_counted(count: Count, doc: Doc) -> Token:
    """The token standing for the counted people, `others` for `26 others`."""
    counted = _counted(count, doc)
    if counted.dep_ == "nummod" and counted.head.lower_ in ("others", "more"):
        return counted.head  # "along with 26 others": the others stand for the people
    return counted


def _relative_fate(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """`the seven others that Russia said it had arrested`, `41 the army says are dead`:
    the fate a relative clause on the counted people gives them, also through the
    reporting verb it opens with."""
    counted = _people_counted(count, sentence.doc)
    for clause in (c for c in counted.children if c.dep_ == "relcl"):
        verbs = [clause, *(c for c in clause.children if c.dep_ == "ccomp")]
        words = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in ("acomp", "attr"))]
        for word in words:
            trigger = _trigger_at(triggers, word.i)
            if trigger is not None:
                return trigger
    return None


def _fate_of_the_whole(
    count: Count, triggers: list[Trigger], sentence: SpacySpan
) -> Trigger | None:
    """`Dozens were killed, including at least 11 soldiers`: the fate of the whole a
    part is set off from (by `including`), when that whole gives no figure."""
    doc = sentence.doc
    including = next(
        (
            t
            for t in doc[max(sentence.start, count.start - 2) : count.start]
            if t.lower_ == "including"
        ),
        None,
    )
    if including is None:
        return None
    whole = including.head
    if whole.dep_ in ("nsubj", "nsubjpass", "dobj") and _trigger_at(triggers, whole.i) is None:
        whole = whole.head  # "dozens wounded, including 30 children": the whole's own verb
    return _trigger_at(triggers, whole.i)


def _earlier_figure(count: Count, sentence: SpacySpan) -> bool:
    """`up from 45`, `down from 103`, `compared with 30 on Monday`: the figure a toll
    had before it changed."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(sentence.start, count.start - 2) : count.start]]
    return before in CHANGED_FROM or before == ["compared", "with"]


def _fronted_among(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """`Among those killed are village head X and seven farmers`, `Among the dead were a
    colonel and 24 soldiers`: every one listed after the fronted group shares its fate."""
    doc = sentence.doc
    if doc[sentence.start].lower_ != "among":
        return None
    verb = doc[sentence.start].head
    if verb.lemma_ != "be" or not verb.i < count.start:
        return None
    for trigger in triggers:
        if sentence.start < trigger.start < verb.i and doc[trigger.start].head.i in (
            sentence.start,
            *(t.i for t in doc[sentence.start + 1 : trigger.start]),
        ):
            above = list(islice(_counted(count, doc).ancestors, 8))
            if any(a.i == verb.i for a in above) and not any(
                a.dep_ in ("relcl", "acl", "advcl") and a.i > verb.i for a in above
            ):
                return trigger
    return None


REVISING_VERBS = frozenset(
    {"revise", "raise", "lower", "put", "update", "bring", "adjust", "increase", "reduce",
     "cut", "correct"}
)  # fmt: skip


def _toll_pronoun(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """`put the death toll at 103 but later revised it to 84`: a toll the sentence named,
    taken up again by a pronoun whose new figure follows."""
    doc = sentence.doc
    number = doc[count.number_start]
    preposition = number.head
    if number.dep_ != "pobj" or preposition.lower_ not in ("to", "at"):
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in REVISING_VERBS or not any(
        c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in verb.children
    ):
        return None
    tolls = [
        t for t in triggers if t.end <= verb.i and (t.end - t.start > 1 or t.lemma in TALLY_NOUNS)
    ]
    return tolls[-1] if tolls else None


def _counted(count: Count, doc: Doc) -> Token:
    """The token standing for the counted people in the parse: the noun, else the number;
    the first of a list (`five civilians and two soldiers`) for each item of it."""
    counted = count.head(doc)
    for _ in range(4):
        if counted.dep_ != "conj" or counted.head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            break
        counted = counted.head
    return counted


# How a fate in another clause hangs below the counted people's own verb: a clause joined
# on (`were displaced and 12 were killed`) or a relative one (`fled the town, where ...`).
OTHER_CLAUSE_DEPS = frozenset({"conj", "relcl", "acl", "advcl", "parataxis"})


def _in_own_clause(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """Whether a fate after the count is said of its people, by the parse: not when the
    fate has a subject of its own (`3,000 fled after 14 soldiers were killed`), nor when
    the people have a verb of their own that is no fate and the fate sits in a clause
    joined to it (`2,000 families were displaced and 12 people were killed`, `3,000 fled
    the town, where 14 were killed`)."""
    doc = sentence.doc
    counted, number = _counted(count, doc), doc[count.number_start]
    fate = doc[trigger.start]
    if counted in fate.ancestors or number in fate.ancestors:
        return True  # "treating 367 people wounded in the clashes": the fate describes them
    mine = {counted.i, number.i}
    subjects = [c for c in fate.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if (
        trigger.end - trigger.start == 1
        and subjects
        and not any(t.i in mine for s in subjects for t in s.subtree)
    ):
        return False
    own = counted.head
    if (
        counted.dep_ not in ("nsubj", "nsubjpass", "dobj")
        or own.pos_ not in ("VERB", "AUX")
        or trigger.start <= own.i < trigger.end
        or fate_of_word(own.lemma_.lower(), own.lower_) is not None
    ):
        return True
    token = fate
    for _ in range(8):
        if token.head.i == token.i:
            return True  # the fate is not below the people's verb: trust the words
        if token.head.i == own.i:
            return token.dep_ not in OTHER_CLAUSE_DEPS
        token = token.head
    return True


def _known_people(count: Count, sentence: SpacySpan) -> bool:
    """A count's noun is known to name people (or there is none: `lost nine`), not only
    shaped like a people noun (`destroyed 2 launchers`)."""
    if count.noun is None or count.status is not None:
        return True
    noun = sentence.doc[count.noun]
    return (
        people_status(noun.lemma_.lower(), noun.lower_) is not None
        or actor_named(noun.text) is not None
        or noun.lower_ in ("members", "member", "people", "persons")
        or noun.lemma_.lower() in ("victim", "casualty")  # "buried 21 victims"
    )


def _takes_people(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """A verb like `released` or `lost` that takes the counted people itself (`lost eight
    members of her family`, `14 soldiers were freed`)."""
    doc = sentence.doc
    fate = doc[trigger.start]
    if fate.dep_ == "acl" and fate.tag_ == "VBN" and fate.head.i == _counted(count, doc).i:
        return True  # "nine soldiers seized by the ELN are still held": what befell them
    for token in (_counted(count, doc), doc[count.number_start]):
        for _ in range(4):
            if token.head.i == trigger.start:
                if (
                    token.dep_ == "nsubj"
                    and trigger.lemma in ("lose", "lost", "losing")
                    and not any(
                        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives")
                        for c in doc[trigger.start].children
                    )
                ):
                    return False  # "300 people losing their eyesight": who lost, not who died
                if token.dep_ == "nsubj" and trigger.category == "captured":
                    # "300 people held a vigil": who holds, not who is held; but those who
                    # surrender give themselves up
                    return trigger.lemma in ("surrender", "surrendered")
                if token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "oprd"):
                    return True
                if token.dep_ in ("conj", "prep") and _people_object(doc[trigger.start]):
                    # "lost the general and 26 of his bodyguards", "we lost him along with
                    # 26 others": listed with, or beside, the people the verb takes
                    return (
                        token.dep_ == "conj"
                        or is_companion(token)
                        or token.lower_ in ("along", "together")
                    )
                break
            if token.head.i == token.i:
                break
            if trigger.category == "captured" and token.dep_ == "pobj":
                break  # "funerals for 50 cadets were held": the funerals were, not the cadets
            token = token.head
    return False


def _people_object(verb: Token) -> bool:
    """Whether a verb's object is a person or people (`lost him`, `lost the general`)."""
    return any(
        c.dep_ == "dobj"
        and (
            c.lower_ in ("him", "her", "them", "us")
            or c.ent_type_ == "PERSON"
            or people_status(c.lemma_.lower(), c.lower_) is not None
        )
        for c in verb.children
    )


def _post_trigger(
    count: Count,
    triggers: list[Trigger],
    sentence: SpacySpan,
    *,
    claimed: set[int],
    parts: tuple[int, ...] = (),
) -> Trigger | None:
    """The first fate after the count within its clause: `13 were captured`; not past a
    part of it (`parts`: where later breakdowns start), whose fate it is: `rescued 12
    passengers, two of them with gunshot wounds`."""
    doc = sentence.doc
    window = POST_WINDOW
    # from the end of what is counted: "125 members of the government security forces"
    partitive = count.noun is not None and any(
        t.lower_ == "of" for t in doc[count.end : count.noun]
    )
    counted_end = count.noun + 1 if partitive and count.noun is not None else count.end
    # the first part after the figure (`parts` are in order), and the verb the figure's
    # people are the subject of, once for all the fates after it
    k = bisect_left(parts, count.end)
    part_after = parts[k] if k < len(parts) else None
    counted = count.head(doc)
    if counted.dep_ == "nummod":
        counted = counted.head  # "eleven others": the people the figure stands on
    subject_of_verb = counted.head.i if counted.dep_ in ("nsubj", "nsubjpass") else None
    for trigger in triggers:
        if trigger.start < count.end:
            continue
        if trigger.start - counted_end > window:
            return None
        if trigger.start in claimed:
            return None  # it already governs a later count ("17 people and wounded 370")
        own_verb = subject_of_verb is not None and trigger.start <= subject_of_verb < trigger.end
        if part_after is not None and part_after < trigger.start and not own_verb:
            # (but "eleven others, among them four police officers, were wounded": the
            # fate is the subject's own verb)
            return None
        between = doc[count.end : trigger.start]
        if any(t.text in (";", ":") or t.text in ("“", '"') and t.i > count.end for t in between):
            return None
        if _describes(count, trigger, sentence) and any(t.start > trigger.start for t in triggers):
            # "a boy and a man who were wounded in the attack have now died": the window
            # reaches past the relative clause
            window += len(list(doc[trigger.start].subtree))
            continue
        if _befalls_no_one(doc[trigger.start]):
            return None  # "fired at 500 protesters, injuring none": the fate befell no one
        if _said_of_someone_after(count, trigger, sentence):
            return None  # "two of the girls escaped and one was found dead"
        return trigger if _in_own_clause(count, trigger, sentence) else None
    return None


def _said_of_someone_after(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """Whether the fate's verb has a figure of its own as subject after the count: the
    fate is that figure's, not the count's."""
    doc = sentence.doc
    fate = doc[trigger.start]
    verb = fate.head if fate.dep_ in ("oprd", "acomp") else fate
    own = count.noun if count.noun is not None else count.end - 1
    head = count.head(doc)
    listed = {head.i, doc[count.number_start].head.i, *(t.i for t in head.conjuncts)}
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and own < c.i < trigger.start
        and c.i not in listed
        and c.pos_ == "NUM"  # "... and one was found dead" (not "who was killed")
        for c in verb.children
    )


def _befalls_no_one(fate: Token) -> bool:
    """`injuring none`, `killing nobody`, `no one was hurt`: a fate whose own object or
    subject is no one."""
    for child in fate.children:
        if child.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        if child.lower_ in ("none", "nobody", "noone") or (
            child.lower_ in ("one", "body") and any(c.lower_ == "no" for c in child.children)
        ):
            return True
    return False


def _describes(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """The fate is a relative clause on the counted people (or one listed with them):
    what befell them before, not what the sentence says of them."""
    fate = sentence.doc[trigger.start]
    if fate.dep_ != "relcl":
        return False
    counted = _counted(count, sentence.doc)
    listed = {counted.i} | {t.i for t in counted.conjuncts}
    return fate.head.i in listed


def is_breakdown(count: Count, sentence: SpacySpan) -> bool:
    """`including 5 civilians`, `among them two children`, `12 of them children`, `of whom
    40 were soldiers`, and the list after a colon."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(sentence.start, count.start - 2) : count.start]]
    after = [t.lower_ for t in doc[count.end : min(sentence.end, count.end + 2)]]
    return (
        "including" in before
        or _listed_after_including(count, doc)  # "including two children, along with four"
        or _in_parentheses(count, sentence)  # "15 dead (12 civilians and three soldiers)"
        or before[-2:] in (["among", "them"], ["of", "whom"], ["among", "whom"])
        or _after_colon(count, sentence)  # "16 wounded: six soldiers, three civilians and ..."
        or after in (["of", "them"], ["of", "whom"])
        or _later_item_of_including(count, doc)  # "including 8 women and 5 children"
    )


def _later_item_of_including(count: Count, doc: Doc) -> bool:
    """A later item of the list `including` opens: `including 8 women and 5 children`."""
    item = count.head(doc)
    if item.dep_ == "nummod":
        item = item.head  # "including eight Alawites and seven Sunnis": a noun of no status
    if item.dep_ != "conj":
        return False
    first = first_of_a_list(item)
    return first.dep_ == "pobj" and first.head.lower_ == "including"


def _listed_after_including(count: Count, doc: Doc) -> bool:
    """`including two children, along with four healthcare workers`: people added on to
    the list `including` opens are a part as much as those in it."""
    before = [t.lower_ for t in doc[max(0, count.start - 2) : count.start]]
    if before not in (["along", "with"], ["well", "as"], ["together", "with"]):
        return False
    sentence = doc[count.start].sent
    return any(t.lower_ == "including" for t in doc[sentence.start : count.start])


def _after_colon(count: Count, sentence: SpacySpan) -> bool:
    """An item of the list after a colon: `12 killed: eight soldiers and four civilians`,
    `nine dead: five soldiers on one side, three servicemen on the other`."""
    doc = sentence.doc
    colon = per_sentence(sentence, "colon", lambda: _first_colon(sentence))
    if colon is None or colon >= count.start:
        return False
    for token in reversed(doc[max(colon, count.start - LIST_REACH) : count.start]):
        if token.i == colon:
            return True
        if token.pos_ in ("VERB", "AUX") or token.text in (";", "."):
            return False  # a clause of its own: "... wounded: the army said 3 died"
    return False


LIST_REACH = 64  # how far back a list item looks for its colon: a list, not a paragraph


def _first_colon(sentence: SpacySpan) -> int | None:
    """The colon that opens a list of parts: the first one with a figure before it."""
    seen_number = False
    for token in sentence:
        if token.text == ":" and seen_number:
            return token.i
        seen_number = seen_number or token.like_num
    return None


def listed_as_part(count: Count, sentence: SpacySpan) -> bool:
    """A breakdown (`is_breakdown`), or a later item of its list: `including a young
    woman and two brothers`."""
    listed = _counted(count, sentence.doc)
    return is_breakdown(count, sentence) or (
        listed.dep_ == "pobj" and listed.head.lower_ == "including"
    )


def listed_in_group(count: Count, sentence: SpacySpan) -> bool:
    """An item of a list of a group's people: `those released included 58 men, 31 women
    and 15 children`."""
    listed = _counted(count, sentence.doc)
    return listed.dep_ == "dobj" and listed.head.lemma_.lower() in ("include", "comprise")


def _in_parentheses(count: Count, sentence: SpacySpan) -> bool:
    """The count stands inside a parenthesis opened after an earlier figure."""
    return count.start in per_sentence(sentence, "parenthesised", lambda: _parenthesised(sentence))


def _parenthesised(sentence: SpacySpan) -> frozenset[int]:
    """The tokens whose nearest bracket before them is a `(` opened after a number: one
    pass over the sentence, however many figures ask."""
    inside = set()
    seen_number = False
    opened = False  # the nearest bracket so far is a `(` with a number before it
    dashes = [t.i for t in sentence if t.text in ("—", "–")]
    # "seven dead — four soldiers and three civilians — and 19 injured": a pair of dashes
    # sets off a breakdown as brackets do
    closing = {a: b for a, b in zip(dashes[::2], dashes[1::2], strict=False)}
    for token in sentence:
        if opened:
            inside.add(token.i)
        if token.text == "(" or token.i in closing:
            opened = seen_number
        elif token.text == ")" or token.i in closing.values():
            opened = False
        seen_number = seen_number or token.like_num
    return frozenset(inside)


# Verbs that list who the people of a fate were: "the dead included two brothers",
# "among the dead were seven farmers", "the victims comprised 12 children".
LISTING_VERBS = frozenset({"include", "be", "comprise", "number"})


def _listed_fate(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """The fate of a group the count's people are listed in: `the dead included two
    teenage brothers`, `among those killed were seven farmers`."""
    counted = _counted(count, sentence.doc)
    verb = counted.head
    if counted.dep_ not in ("dobj", "attr", "nsubj") or verb.lemma_.lower() not in LISTING_VERBS:
        return None
    # the verb's groups once per sentence: a verb listing thousands of figures has
    # thousands of children, and each figure would walk them all again
    listed = per_sentence(sentence, f"listed:{verb.i}", lambda: _listed_groups(verb))
    groups = [sentence.doc[i] for i in listed if i != counted.i]
    for group in groups:
        words = {group.i} | {c.i for c in group.children if c.dep_ in ("acl", "amod", "relcl")}
        for trigger in triggers:
            if any(trigger.start <= i < trigger.end for i in words):
                return trigger
    return None


def _listed_groups(verb: Token) -> tuple[int, ...]:
    """The token indices of the groups a listing verb speaks of: its subjects and
    attributes, and the `among` phrases' objects."""
    groups = [c.i for c in verb.children if c.dep_ in ("nsubj", "attr")]
    groups += [
        g.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "among"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return tuple(groups)


def _companion_fate(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """The fate of those the count's people were with: `he was murdered alongside his wife
    and their baby`, `two soldiers were killed along with a civilian`."""
    counted = _people_counted(count, sentence.doc)
    if counted.dep_ != "pobj" or not is_companion(counted.head):
        return None
    verb = companion_verb(counted.head)
    for trigger in triggers:
        if trigger.start <= verb.i < trigger.end and verb.pos_ == "VERB":
            return trigger
    return None


def is_companion(prep: Token) -> bool:
    """`alongside`, `along with`, `together with`."""
    if prep.lower_ == "alongside":
        return True
    if prep.lower_ != "with" or prep.i == 0:
        return False
    return prep.doc[prep.i - 1].lower_ in ("along", "together")


def companion_verb(prep: Token) -> Token:
    """The verb a companion phrase hangs on (past an `along` the parser made a preposition)."""
    head = prep.head
    if head.lower_ in ("along", "together") and head.head.i != head.i:
        return head.head
    return head


def _dead_before_noun(count: Count, triggers: list[Trigger]) -> Trigger | None:
    """`21 dead people`: `dead` between a figure and its noun is their fate, whatever verb
    the parser hangs them on (a `wounded` there may still die: `three wounded soldiers
    later died`)."""
    if count.noun is None:
        return None
    for trigger in triggers:
        if (
            count.number_start < trigger.start < count.noun
            and trigger.lemma in ("dead", "killed")
            and trigger.end - trigger.start == 1
        ):
            return trigger
    return None


def _hurt_before_noun(count: Count, triggers: list[Trigger]) -> Trigger | None:
    """`48 wounded civilians`, `30 injured people`: a wound word between a figure and its
    noun."""
    if count.noun is None:
        return None
    return next(
        (
            t
            for t in triggers
            if count.number_start < t.start < count.noun
            and t.category == "wounded"
            and t.end - t.start == 1
        ),
        None,
    )


def _subject_of(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """Whether the counted noun is the subject of the fate verb: `three wounded soldiers
    later died`."""
    if count.noun is None:
        return False
    noun = sentence.doc[count.noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "one of the injured soldiers later died"
    return noun.dep_ in ("nsubj", "nsubjpass") and trigger.start <= noun.head.i < trigger.end


def _participle_after(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """`21 deaths and 117 people wounded`: a participle right after the counted noun is
    said of those people, before any fate they are listed with."""
    doc = sentence.doc
    after = (count.noun if count.noun is not None else count.end - 1) + 1
    for trigger in triggers:
        if trigger.start == after and doc[trigger.start].tag_ in ("VBN", "VBD", "JJ"):
            return trigger
    return None


def _containing(count: Count, triggers: list[Trigger]) -> Trigger | None:
    """A fate phrase that wraps the count: `communication with 24 servicemen was lost`."""
    for trigger in triggers:
        if trigger.start < count.start and trigger.end > count.end:
            return trigger
    return None


# Verbs by which people are reported to have met a fate: "were reported killed".
REPORTED_AS = frozenset(
    {"report", "confirm", "believe", "fear", "presume", "declare", "pronounce", "list", "say"}
)


def _governing(
    count: Count, triggers: list[Trigger], sentence: SpacySpan, *, bare: bool = False
) -> Trigger | None:
    """The fate verb the counted noun is the subject or object of, skipping relative
    clauses: `Two members who were injured ... died` died, not injured. With `bare`, a
    figure with no noun stands for its people (`two of whom later died`)."""
    if count.noun is None and not bare:
        return None
    noun = sentence.doc[count.noun if count.noun is not None else count.number_start]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == count.end - 1:
        noun = noun.head.head  # "one of the injured soldiers later died": the figure's verb
    for _ in range(3):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head  # "killed commander X and 20 other militants": one object
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("say", "tell", "report"):
        # "said two of his colleagues and a soldier were killed": the parser made the
        # first subject of the reported clause the object of "said"
        reported = [
            c
            for c in noun.head.children
            if c.i > noun.i
            and (
                c.dep_ == "ccomp"
                # "said 11 civilians, including a child, and one soldier had been killed":
                # the parser made the clause a second verb of "said"
                or (c.dep_ == "conj" and any(g.dep_ in ("nsubjpass", "nsubj") for g in c.children))
            )
        ]
        if reported and any(t.lower_ == "and" for t in sentence.doc[noun.i : reported[0].i]):
            return _trigger_at(triggers, reported[0].i)
    if (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() not in BEFALLING
        and any(c.dep_ == "dobj" for c in noun.head.children)
    ):
        return None  # "155 passengers eliminate 27 terrorists" (a headline misread): doers
    verbs = [noun.head]
    if noun.dep_ != "dobj":
        # "seven people fled and were later detained": a subject its verb's conjoined
        # verbs share, when they have none of their own
        verbs += [
            c
            for c in noun.head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
            # nor a verb whose own people stand before it ("was shot dead and another
            # wounded", "and two others injured": the parser's gapped subject)
            and not any(
                g.i < c.i and (g.dep_ in ("det", "nummod") or g.like_num) for g in c.children
            )
            # what befell the subject: "were later captured", "and died", never what the
            # subject did ("broke in and killed 14")
            and (
                any(g.dep_ == "auxpass" for g in c.children)
                or c.lemma_ in BEFALLING
                # "were shot and killed": a participle joined on shares the passive
                or (noun.dep_ == "nsubjpass" and c.tag_ == "VBN")
            )
        ]
    # "were found dead", "were left wounded": the fate the verb's complement says
    verbs += [
        c
        for v in list(verbs)
        for c in v.children
        if c.dep_ in ("oprd", "acomp")
        # "were reported killed", "are believed killed": the fate the report is of
        or (c.dep_ == "xcomp" and v.lemma_.lower() in REPORTED_AS)
    ]
    fates = [t for v in verbs if (t := _trigger_at(triggers, v.i)) is not None]
    died_after = [t for t in fates[1:] if t.category == "killed" and t.lemma.lower() in BEFALLING]
    if fates and fates[0].category == "wounded" and died_after:
        # "were injured and later succumbed", "were wounded and died in hospital": the fate
        # they ended in
        return died_after[0]
    return fates[0] if fates else None


def _does_it(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """`Two gunmen killed four people`, `five soldiers killed two militants`: the counted
    subject of an active fate verb with an object of its own is who did it."""
    doc = sentence.doc
    head = count.head(doc)
    for _ in range(6):
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head  # "two men and a woman killed ..."
    verb = doc[trigger.start]
    return (
        head.dep_ == "nsubj"
        and head.head.i == verb.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in BEFALLING | UNDERGOING
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() not in ("life", "lives")
            and not trigger.start <= c.i < trigger.end  # "paid the ultimate price"
            for c in verb.children
        )  # (not "five soldiers lost their lives")
    )


# Verbs whose subject undergoes what their object names: "lost their lives", "suffered
# wounds", "sustained injuries".
UNDERGOING = frozenset({"lose", "suffer", "sustain", "receive", "incur", "embrace", "attain"})

# Fate verbs whose subject is the one they befall.
BEFALLING = frozenset({"die", "perish", "succumb", "drown", "disappear", "vanish"})

# Verbs that give the names of people a fate befell, not how many it befell.
NAMING = frozenset({"name", "list"})


def assign_triggers(
    counts: list[Count], triggers: list[Trigger], sentence: SpacySpan
) -> list[Trigger | None]:
    """Pair every count with its fate: the one right before it, else the next one after
    it, else the fate of the count it is listed with (`killed 50 X and 10 Y`)."""
    pre = [_containing(c, triggers) or _pre_trigger(c, triggers, sentence) for c in counts]
    nouns = {c.noun for c in counts if c.noun is not None}
    # "21 deaths and 117 people wounded": a fate that is another figure's noun is not said
    # of the figure after it
    pre = [
        t if t is None or t.start not in nouns or t.start == c.noun else None
        for c, t in zip(counts, pre, strict=True)
    ]
    claimed = {t.start for t in pre if t is not None}
    parts: tuple[int, ...] | None = None  # where the breakdowns start, read when first asked
    chosen: list[Trigger | None] = []
    for i, count in enumerate(counts):
        trigger = pre[i]
        if trigger is None and count.noun is not None:
            noun = sentence.doc[count.noun]
            noun_fate = fate_of_word(noun.lemma_.lower(), noun.lower_)
            if noun_fate is not None and people_status(noun.lemma_.lower(), noun.lower_):
                # "27 hostages were killed": a fate said of captives is their new fate, and
                # so is one right after them ("26 hostages dead", a headline's)
                trigger = (
                    _governing(count, triggers, sentence)
                    or _new_fate_after(noun, noun_fate, triggers, sentence)
                    or _among_the_fated(noun, triggers)
                )
            if noun_fate is not None and noun.dep_ == "dobj" and noun.head.lemma_ in NAMING:
                chosen.append(None)  # "naming 81 victims": a list of names, part of a toll
                continue
            if trigger is None and noun_fate is not None:
                trigger = _fate_of_the_noun(noun, noun_fate, triggers)
        if trigger is None:
            trigger = (
                _toll_predicate(count, triggers, sentence)
                or _toll_pronoun(count, triggers, sentence)
                or _fronted_partitive(count, triggers, sentence)
                or _fronted_among(count, triggers, sentence)
            )
        governing = _governing(count, triggers, sentence, bare=True)
        if trigger is None and is_breakdown(count, sentence):
            # "37 were killed, including 5 civilians", unless the part has a fate of its
            # own: "30 were injured, two of whom later died"; "dozens were killed,
            # including at least 11 soldiers": the fate of a whole that gives no figure
            inside = _in_parentheses(count, sentence)  # its own verb lies outside them
            own = (
                None
                if inside
                else governing or _relative_fate(count, triggers, sentence)  # "including 41 ..."
            )
            # the whole's fate, where `including` hangs on it ("12 dead and dozens wounded,
            # including 30 children"), else the figure's before it
            whole = _fate_of_the_whole(count, triggers, sentence)
            if whole is not None:
                # "executed 12 prisoners, including six soldiers": the whole's noun names
                # what they were, its verb what befell them
                whole = next(
                    (
                        chosen[k]
                        for k in range(i)
                        if counts[k].noun == whole.start and chosen[k] is not None
                    ),
                    whole,
                )
            trigger = own or whole or (chosen[i - 1] if i > 0 else None)
        if trigger is None:
            trigger = governing or _relative_fate(count, triggers, sentence)
        both_fates = _participle_after(count, triggers, sentence)
        if both_fates is not None and (
            both_fates.category == "killed_or_wounded"
            or (trigger is not None and trigger.category == "casualties")
            # "the number of victims has risen to 210 martyrs and more than 400 wounded":
            # the figure's own participle, not the toll's noun before it
            or (
                trigger is not None
                and trigger.end <= count.start
                and sentence.doc[trigger.end - 1].pos_ == "NOUN"
                and trigger.end - 1 not in nouns
                and both_fates.category != trigger.category
            )
        ):
            # "lost up to 70 servicemen killed and wounded", "casualties stood at five
            # killed and 17 injured": the participle says which fate
            trigger = both_fates
        if (
            trigger is not None
            and trigger.category == "casualties"
            and count.noun is not None
            and not trigger.start <= count.noun < trigger.end
        ):
            # "casualties stood at 12 dead": the figure's own fate word says which fate
            noun = sentence.doc[count.noun]
            noun_fate = fate_of_word(noun.lemma_.lower(), noun.lower_)
            if noun_fate is not None and _plain(noun_fate) not in ("casualties", trigger.category):
                trigger = _fate_of_the_noun(noun, noun_fate, triggers)
        if (
            trigger is not None
            and governing is not None
            and governing.start >= count.end
            and trigger.end <= count.start
            and any(t.text in (",", ";") for t in sentence.doc[trigger.end : count.start])
        ):
            trigger = governing  # "Of the 12 soldiers wounded, three died later": their own verb
        dead = _dead_before_noun(count, triggers)
        if dead is not None:
            trigger = dead  # "21 dead people and 117 others injured": the dead stay dead
        hurt = _hurt_before_noun(count, triggers)
        if hurt is not None and (trigger is None or not _subject_of(count, trigger, sentence)):
            # "received 48 wounded civilians, eight of whom died": the wounded, whose
            # later deaths are a part's fate (but "three wounded soldiers died" died)
            trigger = hurt
        if trigger is not None and count.noun is not None and trigger.start == count.noun:
            # "12 kidnap victims", "abduction victims", "62 kidnapped victims": the fate
            # they are victims of
            kind = next(
                (
                    t
                    for c in sentence.doc[count.noun].children
                    if c.dep_ in ("compound", "amod")
                    for t in triggers
                    if t.start == c.i
                ),
                None,
            )
            trigger = kind or trigger
        if trigger is None:
            trigger = _participle_after(count, triggers, sentence)
        listed = trigger is None and (trigger := _listed_fate(count, triggers, sentence))
        if trigger is None:
            trigger = _companion_fate(count, triggers, sentence)
        if trigger is None:
            if parts is None:
                # once per sentence: a sentence of thousands of figures asks for each
                parts = tuple(c.start for c in counts if is_breakdown(c, sentence))
            trigger = _post_trigger(count, triggers, sentence, claimed=claimed, parts=parts)
        if trigger is None and i > 0 and chosen[i - 1] is not None:
            previous = chosen[i - 1]
            assert previous is not None
            gap = sentence.doc[max(counts[i - 1].end, previous.end) : count.start]
            earlier_noun = counts[i - 1].noun
            counted = _counted(count, sentence.doc)
            own_verb = (
                counted.dep_ in ("nsubj", "nsubjpass")
                and counted.head.pos_ in ("VERB", "AUX")
                and counted.head.lemma_ != "be"  # "one is a civilian" says who, not what
                and counted.head.i > count.end - 1
            )  # "..., while 30 people are receiving treatment": a clause of their own
            if (
                not own_verb
                and not any(
                    t.start >= max(counts[i - 1].end, previous.end) and t.start < count.start
                    for t in triggers
                )
                and not any(t.pos_ == "VERB" for t in gap)
                and (
                    previous.end <= counts[i - 1].start
                    or previous.start == counts[i - 1].noun
                    # "left 25 soldiers dead, as well as a crewman": said right after them
                    or (
                        earlier_noun is not None
                        and previous.start == earlier_noun + 1
                        and sentence.doc[previous.start].tag_ in ("JJ", "VBN")
                    )
                )
            ):
                trigger = previous
        if trigger is None and i > 0:
            trigger = _gapped(count, counts[i - 1], chosen[i - 1], triggers, sentence)
        if trigger is None and i > 0 and _earlier_figure(count, sentence):
            trigger = chosen[i - 1]  # "the toll rose to 60, up from 45": the figure before
        if (
            trigger is not None
            and trigger.end <= count.start
            and _another_fate_after(count, sentence)
        ):
            trigger = None  # "80 dead and 11,000 displaced", "with 1,500 evacuated"
        if trigger is not None and _does_it(count, trigger, sentence):
            trigger = None  # "two gunmen killed four people": the two did it
        if (
            i > 0
            and chosen[i - 1] is not None
            and trigger is not chosen[i - 1]
            and is_breakdown(count, sentence)
            and _joined_to_the_next_figure(count, counts, sentence)
        ):
            trigger = chosen[i - 1]  # "killed, among them three children, and 30 wounded"
        if trigger is not None and _a_things_fate(count, trigger, sentence):
            trigger = None  # "100 troops tried to retake the post, which was captured"
        if trigger is None:
            # "Two gunmen killed five people and were then shot dead by police"
            trigger = doers_own_fate(_counted(count, sentence.doc), triggers)
        if trigger is not None and whole_with_a_fate(count, sentence.doc):
            # "identified 21 of the 31 inmates killed": the whole's fate, not the part's;
            # the part has one only by its own verb ("freed 24 of the 40 abducted")
            own = governing if governing is not None and governing.start < count.start else None
            trigger = own if own is not None and own.lemma not in ("bury", "identify") else None
        if (
            trigger is not None
            and trigger.of_people_only
            and not listed  # "those released included 31 women": the group was people
            # "freed 62 hostages, including 19 children": a part of the verb's people
            and not (i > 0 and trigger is chosen[i - 1] and is_breakdown(count, sentence))
            and (not _takes_people(count, trigger, sentence) or not _known_people(count, sentence))
        ):
            # "helped bury 18 bodies": not the verb's people, but the bodies are the dead
            trigger = _own_fate_noun(count, triggers, sentence)
        own = _own_fate_after(count, triggers, sentence)
        if own is not None and (trigger is None or trigger.end <= count.start):
            # "23 soldiers embraced shahadat and 29 were injured": the fate told right
            # after the people, in their own clause, however the parser joined them
            trigger = own
        chosen.append(trigger)
    chosen = _included_with_the_dead(
        counts, _fate_of_the_list(counts, chosen, sentence), sentence, triggers
    )
    return _share_within_ranges(counts, _captives_listed_dead(counts, chosen, sentence), sentence)


# Places that are taken, held or destroyed: whose fate words are not people's.
HELD_PLACES = frozenset(
    {"post", "outpost", "base", "position", "hill", "checkpoint", "camp", "town", "village",
     "city", "headquarters", "garrison", "airport", "bridge", "building", "station",
     "barracks", "district", "territory", "stronghold"}
)  # fmt: skip


def _joined_to_the_next_figure(count: Count, counts: list[Count], sentence: SpacySpan) -> bool:
    """`killed, among them three children, and 30 wounded`: the parser joined the part to
    the next figure and gave both that figure's verb; the part's fate is its whole's."""
    head = count.head(sentence.doc)
    later = {c.number_start for c in counts if c.start > count.end}
    return any(c.dep_ == "conj" and c.i in later for c in head.children)


def _a_things_fate(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """`100 troops tried to retake the hill post, which was captured by the rebels`, `a
    base captured in March`: a fate in a clause on a thing (a post, a town) is the
    thing's, not that of people counted outside the clause."""
    doc = sentence.doc
    fate = doc[trigger.start]
    if fate.dep_ not in ("relcl", "acl") or fate.head.pos_ != "NOUN":
        return False
    if fate.head.lemma_.lower() not in HELD_PLACES:
        return False  # (people, "twelve others injured"; or a noun the parser slipped on)
    inside = {t.i for t in fate.subtree}
    return count.start not in inside and (count.noun is None or count.noun not in inside)


def _fate_of_the_list(
    counts: list[Count], chosen: list[Trigger | None], sentence: SpacySpan
) -> list[Trigger | None]:
    """`14 soldiers and 9 members of the VDP were among the dead`: a figure listed before
    another whose fate comes after both shares it, however far the list runs."""
    doc = sentence.doc
    out = list(chosen)
    for i in range(len(counts) - 2, -1, -1):
        mine, theirs, fate = counts[i], counts[i + 1], out[i + 1]
        if out[i] is not None or fate is None or fate.start < theirs.end:
            continue
        own = {t for t in (mine.noun, doc[mine.number_start].head.i) if t is not None}
        listed = [doc[t] for t in (theirs.noun, doc[theirs.number_start].head.i) if t is not None]
        if any(
            t.dep_ == "conj" and t.head.i in own and t.pos_ in ("NOUN", "PROPN") for t in listed
        ):
            out[i] = fate  # (nouns listed, not clauses: "two escaped and one was found dead")
    return out


def _own_fate_noun(count: Count, triggers: list[Trigger], sentence: SpacySpan) -> Trigger | None:
    """The fate the counted noun itself names, if it is a fate noun (`18 bodies`)."""
    if count.noun is None:
        return None
    noun = sentence.doc[count.noun]
    fate = fate_of_word(noun.lemma_.lower(), noun.lower_)
    if fate is None or fate.endswith("_if_people"):
        return None
    return _fate_of_the_noun(noun, fate, triggers)


def _included_with_the_dead(
    counts: list[Count],
    chosen: list[Trigger | None],
    sentence: SpacySpan,
    triggers: list[Trigger] = (),  # type: ignore[assignment]
) -> list[Trigger | None]:
    """`The dead included 29 fighters of the army, 12 SDF fighters and six civilians`:
    every figure `include` takes after its subject, the dead, has their fate, however the
    parser hangs the later ones on the list (and though no figure took it yet: "the dead
    included 46 Druze, four of them civilians")."""
    doc = sentence.doc
    out = list(chosen)
    for trigger in {t for t in (*chosen, *triggers) if t is not None}:
        fate = doc[trigger.start]
        verb = fate.head
        if fate.dep_ != "nsubj" or verb.lemma_ != "include":
            continue
        for k, count in enumerate(counts):
            if out[k] is None and verb.i < count.start <= verb.right_edge.i:
                out[k] = trigger
        # "..., eight members of the security forces and three civilians, the monitor
        # said": the list goes on where the parser hung it on the speaker
        listed = {
            i
            for c, t in zip(counts, out, strict=True)
            if t == trigger
            for i in (c.noun, c.head(doc).i, doc[c.number_start].head.i)
            if i is not None
        }
        for k, count in enumerate(counts):
            noun = doc[count.noun] if count.noun is not None else None
            if (
                out[k] is None
                and noun is not None
                and noun.dep_ == "conj"
                and noun.head.i in listed
            ):
                out[k] = trigger
                listed.add(noun.i)
    return out


def _captives_listed_dead(
    counts: list[Count], chosen: list[Trigger | None], sentence: SpacySpan
) -> list[Trigger | None]:
    """`reporting 21 hostages and 4 soldiers dead`: captives listed with people a later
    death or injury befell share it; their noun says what they were, not what befell them."""
    doc = sentence.doc
    out = list(chosen)
    for i in range(len(counts) - 1):
        mine, theirs, later = counts[i], counts[i + 1], chosen[i + 1]
        own = out[i]
        if (
            own is None
            or later is None
            or own.category != "captured"
            or mine.noun is None
            or own.start != mine.noun
            or later.category not in ("killed", "wounded")
            or later.start < theirs.end
            or theirs.noun is None
            or doc[theirs.noun].dep_ != "conj"
            or doc[theirs.noun].head.i != mine.noun
        ):
            continue
        out[i] = later
    return out


def _fate_of_the_noun(noun: Token, fate: str, triggers: list[Trigger]) -> Trigger:
    """The fate a count's own noun names (`70 dead and wounded`, `12 dead`): the phrase
    the noun begins, else the noun alone."""
    return next(
        (t for t in triggers if t.start == noun.i and t.end > noun.i + 1),
        Trigger(noun.i, noun.i + 1, _plain(fate), noun.lemma_.lower()),
    )


RANGE_GLUE = (["-"], ["–"], ["to"], ["and"])

# What befalls people in a war that is no casualty: a figure these follow is not the dead.
NO_CASUALTY = frozenset(
    {"displaced", "evacuated", "homeless", "affected", "uprooted", "relocated", "sheltered",
     "stranded", "trapped", "rescued", "treated", "fled"}
)  # fmt: skip


def _another_fate_after(count: Count, sentence: SpacySpan) -> bool:
    """`80 dead and 11,000 displaced`: a word right after the figure (or its noun) that
    says what befell them, and is no casualty: not the fate said before it."""
    doc = sentence.doc
    if count.noun is not None and doc[count.noun].lower_ in NO_CASUALTY:
        # the parser's noun ("11,000 displaced"), but not a word on people ("12 displaced
        # people", "displaced civilians")
        following = doc[count.noun + 1] if count.noun + 1 < sentence.end else None
        return following is None or following.pos_ not in ("NOUN", "PROPN")
    after = (count.noun if count.noun is not None else count.end - 1) + 1
    return after < sentence.end and doc[after].lower_ in NO_CASUALTY


# What may follow a gapped figure in its clause: a place, a time, a manner ("and five in
# Dorn", "and 698 on Wednesday", "and two more later"), never a verb of its own.
GAP_TAIL_POS = frozenset({"ADP", "PROPN", "NOUN", "DET", "ADJ", "ADV", "NUM", "CCONJ", "PART"})


def _gapped(
    count: Count,
    previous: Count,
    fate: Trigger | None,
    triggers: list[Trigger],
    sentence: SpacySpan,
) -> Trigger | None:
    """Gapping: `Twelve were killed in Lorvan and five in Dorn`, `2,323 wounded on
    Tuesday and 698 on Wednesday`: a bare figure joined on after the clause of an earlier
    figure, with no verb of its own, shares that figure's fate (said after it)."""
    doc = sentence.doc
    if fate is None or count.noun is not None:
        return None
    # "23 bodies were recovered in Lodjo, 20 in Kafe and 12 in Largu": the 12 goes on from
    # the 20, itself a figure the fate was shared with
    chained = previous.noun is None and fate.end <= previous.start
    if fate.start < previous.end and not chained:
        return None
    glue = count.start - 1
    if glue > 0 and doc[glue].lower_ in ("another", "further"):
        glue -= 1  # "two were shot dead in Kitengela and another two in Ongata Rongai"
    if count.start == 0 or doc[glue].lower_ not in ("and", ",", "while", "but"):
        return None
    if any(fate.end <= t.start < count.start for t in triggers):
        return None
    gap = doc[previous.end if chained else fate.end : count.start]
    fated = doc[fate.start]
    if any(
        (
            t.pos_ in ("VERB", "AUX")
            and fated not in (t.head if t.dep_ in ("aux", "auxpass") else t).subtree
        )  # (not the fate's own verb:
        or t.like_num  # "23 bodies were recovered in Lodjo, 20 in Kafe")
        or t.text in (";", ":", "(")
        for t in gap
    ):
        return None
    for token in doc[count.end : sentence.end]:
        if token.is_punct:
            break
        if token.pos_ not in GAP_TAIL_POS or fate_of_word(token.lemma_.lower(), token.lower_):
            return None
    return fate


def _share_within_ranges(
    counts: list[Count], chosen: list[Trigger | None], sentence: SpacySpan
) -> list[Trigger | None]:
    """The two ends of a range (`500-600 injured`, `between 80 and 90`) suffer one fate:
    an end the grammar left without one takes the other end's."""
    doc = sentence.doc
    out = list(chosen)
    for i in range(len(counts) - 1):
        low, high = counts[i], counts[i + 1]
        if (low.qualifier, high.qualifier) != ("at_least", "at_most"):
            continue
        if [t.lower_ for t in doc[low.end : high.start]] not in RANGE_GLUE:
            continue
        if out[i] is None:
            out[i] = out[i + 1]
        elif out[i + 1] is None:
            out[i + 1] = out[i]
    return out


def toll_phrase(
    trigger: Trigger, count: Count, counts: list[Count], doc: Doc
) -> tuple[int, int] | None:
    """The words between a toll and its figure (`the death toll among Wagner fighters rose
    to 20`), which describe the counted people; None when no toll governs the count."""
    if trigger.end > count.start:
        return None
    if any(trigger.end <= other.start < count.start for other in counts):
        return None
    if trigger.end - trigger.start < 2:
        # "put Russian losses at 1,140": whose a loss noun's own name says
        noun = doc[trigger.start]
        names = [
            c.i
            for c in noun.children
            if c.dep_ in ("amod", "compound", "nmod")
            and c.i < noun.i
            and c.ent_type_ in SIDE_ENTITIES
        ]
        return (min(names), noun.i) if noun.pos_ == "NOUN" and names else None
    return trigger.end, toll_words_end(trigger, count, doc)


# Entities that name a side: "Russian losses", "Hamas casualties".
SIDE_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# Where the words that describe a toll's people end: "the toll among Wagner fighters" |
# "from an air strike on a school sheltering families" | "rose to 22".
TOLL_STOPS = frozenset({"from", "in", "on", "at", "after", "since", "during", "following"})


def toll_words_end(trigger: Trigger, count: Count, doc: Doc) -> int:
    for token in doc[trigger.end : count.start]:
        if token.lower_ in TOLL_STOPS or token.lemma_.lower() in TOLL_VERBS:
            return token.i
        if token.lower_ == "of" and trigger.end - trigger.start == 1:
            return token.i  # "the toll of the attack launched by al-Shabaab"
    return count.start


# Verbs whose complement has not happened: "threatened to kill", "vowed to capture".
UNREAL_HEADS = frozenset(
    {"threaten", "vow", "plan", "promise", "try", "attempt", "seek", "aim", "intend",
     "want", "pledge", "prepare", "fail"}
)  # fmt: skip


# Nouns of what was meant, not done: "a plot to kill 40 officials".
UNREAL_NOUNS = frozenset(
    {"plot", "plan", "attempt", "bid", "threat", "conspiracy", "scheme", "order", "call",
     "vow", "pledge", "intention", "intent"}
)  # fmt: skip

# What people die of that is no violence (the guide leaves such deaths out).
NON_VIOLENT_CAUSES = frozenset(
    {"illness", "disease", "sickness", "hunger", "starvation", "thirst", "cholera", "malaria",
     "cancer", "covid", "heatstroke", "dehydration", "malnutrition"}
)  # fmt: skip


def non_violent(trigger: Trigger, count: Count, sentence: SpacySpan) -> bool:
    """`died of hunger`, `the death of his son from an unknown illness`: a cause named
    right after the fate (or its people) that is no violence; a court's sentence
    carried out or passed."""
    doc = sentence.doc
    if trigger.lemma in ("execute", "executed", "hang", "hanged", "death") and any(
        t.lemma_.lower() in SENTENCED
        for t in doc[max(sentence.start, count.start - 3) : min(sentence.end, count.end + 8)]
    ):
        # "Iran executed five people convicted of spying", "sentenced 12 to death": a
        # court's sentence, not a death in the fighting
        return True
    start = max(trigger.end, count.end)
    words = doc[start : min(sentence.end, start + 6)]
    for token in words:
        if token.lower_ in ("from", "of") and any(
            t.lemma_.lower() in NON_VIOLENT_CAUSES for t in doc[token.i + 1 : words.end]
        ):
            return True
        if token.is_punct or token.pos_ == "VERB":
            break
    return False


# Words that say an execution carried out a court's sentence, not a killing in the fighting.
SENTENCED = frozenset({"convict", "convicted", "sentence", "sentenced", "condemn", "condemned"})


def unreal(trigger: Trigger, sentence: SpacySpan) -> bool:
    """A fate that is threatened, planned, future or counterfactual, not reported as done:
    `threatened to kill 50`, `will execute`, `could have killed up to 100 had ...`."""
    verb = sentence.doc[trigger.start]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.category == "missing" and trigger.end - trigger.start > 1:
        return False  # "trying to establish the whereabouts of two soldiers": the search is
        # what says they are missing
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "would", "shall", "'ll", "wo"}:
        return True
    if "could" in auxes and "have" in auxes:
        return True
    modals = [
        c
        for c in verb.children
        if c.dep_ == "aux" and c.lower_ in ("could", "might", "may") and 0 < verb.i - c.i <= 3
    ]
    if modals and "have" not in auxes:
        return True  # "40,000 people could die if aid does not arrive": a projection
    if verb.dep_ in ("acl", "xcomp") and verb.head.lemma_.lower() in UNREAL_NOUNS:
        return True  # "a plot to kill 40 officials", "an attempt to kill": intended
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREAL_HEADS
