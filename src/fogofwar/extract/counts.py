"""Finding the counts in a parsed sentence that could be casualty figures.

A count is a run of number tokens (`2.8 thousand`, `seventy-one`, `a dozen`) with the
qualifier in front of it, or an implicit one (`a soldier`, `another`), together with the
people noun it counts. Counts of things that are not people (years, hours, kilometres,
tanks, positions), ages, times, dates and sub-counts (`3 of the wounded`) are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..dates import is_month_name
from ..parties import Actor, actor_named, find_actors, named_how
from .nlp import entity_at, per_sentence, sentence_of
from .numbers import combine, is_number_word, qualifier_before
from .vocabulary import (
    ARMED_BODIES,
    ARMED_NAMES,
    COLLECTIVES,
    COMMUNITIES,
    FATE_WORDS,
    HOUSEHOLDS,
    NOT_PEOPLE,
    RANKS,
    STATUS_MODIFIERS,
    TALLY_NOUNS,
    fate_of_word,
    people_status,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NOT_COUNT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
NOUN_SKIP_POS = frozenset({"ADJ", "PROPN", "NUM", "DET", "PRON", "PUNCT", "ADV", "NOUN"})
IMPLICIT_DETERMINERS = frozenset({"a", "an", "another"})
# "his wife", "their baby", "her son": one person, named by whose kin they were
POSSESSIVES = frozenset({"his", "her", "their", "my"})
VAGUE = frozenset({"several", "many", "few", "some", "dozens", "hundreds", "thousands", "tens"})
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
OF_SKIP = frozenset(
    [
        "its",
        "their",
        "our",
        "the",
        "his",
        "her",
        "which",
        "whom",
        "them",
        "are",
        "were",
        "is",
        "was",
    ]
)


@dataclass(frozen=True, slots=True)
class Count:
    """A count in a sentence: its value, where it is, and the noun it counts."""

    value: int
    qualifier: str
    start: int  # doc token index where the count (with its qualifier) starts
    number_start: int  # doc token index of the first number token
    end: int  # doc token index one past the number
    noun: int | None  # doc token index of the people / fate noun it counts, if any
    status: str | None  # status the noun gives
    implicit: bool = False

    def head(self, doc: Doc) -> Token:
        """The token that stands for the counted people in the parse: the noun, else the
        number."""
        return doc[self.noun] if self.noun is not None else doc[self.number_start]


def _is_number(token: Token) -> bool:
    return token.like_num or is_number_word(token.text)


def _number_runs(sentence: SpacySpan) -> list[tuple[int, int, int]]:
    """(start, end, value) of each run of number tokens in the sentence."""
    runs = []
    i = sentence.start
    while i < sentence.end:
        token = sentence.doc[i]
        if not _is_number(token) or token.lower_ in ("a", "an", "k"):
            i += 1  # a lone "K" starts no count: an initial ("Naik K Tesfaye"), not 1,000
            continue
        grouped = _digit_groups(sentence, i)
        if grouped is not None:
            j, grouped_value = grouped  # "12 000 people": thousands set off by spaces
            runs.append((i, j, grouped_value))
            i = j
            continue
        j = i + 1
        while j < sentence.end:
            nxt = sentence.doc[j]
            if _is_number(nxt) and not nxt.text[:1].isdigit():
                j += 1
            elif (
                nxt.text == "-"
                and j + 1 < sentence.end
                and _is_number(sentence.doc[j + 1])
                and not (token.text[:1].isdigit() and sentence.doc[j + 1].text[:1].isdigit())
                # (a dash set off by spaces after digits opens what follows: "stood at 19
                # - six soldiers and 13 civilians")
                and not (
                    sentence.doc[j - 1].text[:1].isdigit()
                    and (sentence.doc[j - 1].whitespace_ or nxt.whitespace_)
                )
            ):
                j += 2  # "seventy - one", but not "500-600": a range of two figures
            elif (
                nxt.lower_ == "and"
                and j + 1 < sentence.end
                and sentence.doc[j - 1].lower_ in ("hundred", "thousand")
                and _is_number(sentence.doc[j + 1])
                and not sentence.doc[j + 1].text[:1].isdigit()
            ):
                j += 2  # "one hundred and twenty"
            else:
                break
        start = i
        if (
            i > sentence.start
            and sentence.doc[i - 1].lower_ in VAGUE
            and (sentence.doc[i].lower_ in ("dozen", "hundred", "thousand", "score"))
        ):
            i = j  # "several dozen dead", "many hundreds": no number is given
            continue
        if i > sentence.start and sentence.doc[i - 1].lower_ in ("a", "an"):
            start = i - 1  # "a dozen", "a hundred"
        value = combine([t.text for t in sentence.doc[start:j]])
        if (
            value is not None
            and start < i
            and start > sentence.start
            and sentence.doc[start - 1].lower_ == "half"
            and value % 2 == 0
        ):
            start, value = start - 1, value // 2  # "half a dozen"
        if value is not None:
            runs.append((start, j, value))
        i = j
    return runs


def _digit_groups(sentence: SpacySpan, i: int) -> tuple[int, int] | None:
    """`12 000`, `1 000 000`: a figure whose thousands are set off by a space (or a
    no-break or thin space the tokenizer keeps as a token); the end of its run and its
    value. Only groups of exactly three digits after a first of one to three."""
    doc = sentence.doc
    first = doc[i]
    if not (first.text.isdigit() and len(first.text) <= 3):
        return None
    digits, j = first.text, i + 1
    last = first
    while j < sentence.end:
        k = j
        if doc[k].is_space and doc[k].text in THIN_SPACES and not last.whitespace_:
            k += 1  # "12\u202f000": the tokenizer keeps such a space as a token
        elif last.whitespace_ != " ":
            break
        if k >= sentence.end or not (doc[k].text.isdigit() and len(doc[k].text) == 3):
            break
        digits += doc[k].text
        last, j = doc[k], k + 1
    if j == i + 1:
        return None
    return j, int(digits)


THIN_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})


# Nouns that hold the two ends of a range ("at the low end of the 100 to 300 spectrum").
RANGE_NOUNS = frozenset({"range", "spectrum", "bracket"})
# Words between a figure and its people that the tagger may call verbs.
HEDGES = frozenset({"suspected", "alleged", "presumed", "purported", "armed", "unidentified"})


def _head_noun(sentence: SpacySpan, end: int) -> tuple[int | None, str | None, bool]:
    """The noun a count at `end` counts: (index, status, is_people_or_fate). None if bare."""
    doc = sentence.doc
    i = end
    if (
        i + 1 < sentence.end
        and doc[i].text in ("”", '"')
        and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    ):
        i += 1  # 'told reporters “under 100” Palestinians were killed': the quote ends first
    elif (
        i + 1 < sentence.end
        and doc[i].text in ("“", '"', "‘", "'")
        and doc[i].whitespace_ == ""
        and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    ):
        i += 1  # '12 "outlaws" were killed': a word set in quotes is still the people
    if _rounded_after(sentence, end) is not None:
        i += 2  # "40-odd soldiers": the people come after the rounding
    if i < sentence.end and doc[i].lower_ == "of":
        # "two of its soldiers", "nine of their own", "3 of the wounded"
        i += 1
        while i < sentence.end and doc[i].lower_ in OF_SKIP:
            i += 1
    if i == end and i < sentence.end and doc[i].lower_ in ("the", "a", "an", "this", "these"):
        return None, None, True  # "including 41 the army says are dead": a new phrase
    i = _past_a_named_side(sentence, i)
    limit = min(sentence.end, i + 5)
    while i < limit:
        token = doc[i]
        lower, lemma = token.lower_, token.lemma_.lower()
        if i > end and _acronym_in_brackets(sentence, i):
            i += 3  # "three Indo-Tibetan Border Police (ITBP) jawans": the acronym
            limit = min(sentence.end, limit + 3)
            continue
        if (
            i + 2 < limit
            and doc[i + 1].text in ("-", "–")
            and not token.whitespace_
            and not doc[i + 1].whitespace_
            and token.is_alpha
            and doc[i + 2].is_alpha
        ):
            i += 2  # "nine self-defence fighters": a hyphened modifier's first part
            if doc[i].tag_ in ("VBN", "JJ") and doc[i].dep_ == "amod" and doc[i].head.i > i:
                i += 1  # "two Iran-backed militiamen": the whole modifier
            continue
        if (
            token.pos_ == "ADJ"
            and i + 1 < sentence.end
            and doc[i + 1].pos_ in ("NOUN", "PROPN")
            and people_status(lemma, lower) is not None
            and people_status(doc[i + 1].lemma_.lower(), doc[i + 1].lower_) != "unknown"
        ):
            # "a local militia", "a local council": the noun says who they are (but
            # "elderly men" are civilians by the adjective)
            i += 1
            continue
        owner_ends = _possessor_end(sentence, i) if i > end else None
        if owner_ends is not None:
            # "200 of the army's soldiers", "five of Mali's troops": the owner is no noun
            # of the people counted, who follow it
            i = owner_ends
            limit = min(sentence.end, i + 3)
            continue
        compound = (
            i + 1 < sentence.end
            and doc[i + 1].pos_ == "NOUN"
            and (
                token.dep_ == "compound"
                # "two gold miners": a noun the parser took for an adjective on the next
                or (
                    token.dep_ == "amod"
                    and token.tag_ == "NN"
                    and token.head.i > i
                    # (not people: "separatist fighters" are counted as separatists)
                    and people_status(lemma, lower) is None
                )
            )
        )
        if (
            (lower in NOT_PEOPLE or lemma in NOT_PEOPLE)
            and not compound
            # "17 reported on Friday", "up from 21 reported a day earlier"
            and not (token.pos_ == "VERB" and token.tag_ in ("VBN", "VBD"))
        ):
            return i, None, False
        if lemma in TALLY_NOUNS:
            return None, None, True  # "brings to 55 the total number of dead": a toll's figure
        if lemma in RANGE_NOUNS:
            return None, None, True  # "the 100 to 300 range": the figures of a toll's range
        if lower in HEDGES:
            i += 1  # "three suspected militants": the hedge is no noun (nor a "suspect")
            continue
        if lemma in HOUSEHOLDS and not compound and all(t.pos_ == "ADJ" for t in doc[end:i]):
            return i, None, False  # "15 members of one family": families are no people count
        status = people_status(lemma, lower)
        if status is not None and not compound:
            if [t.lower_ for t in doc[i + 1 : min(sentence.end, i + 3)]] == ["of", "war"]:
                return i, "military", True  # "150 prisoners of war": soldiers taken
            return i, status, True
        if (
            status is not None
            and compound
            and fate_of_word(doc[i + 1].lemma_.lower(), doc[i + 1].lower_) is not None
        ):
            return i, status, True  # "taken 12 servicemen prisoner": the fate is no people
        if compound and doc[i + 1].lemma_.lower() == "member":
            # "family members", "security members", "SANDF members": the modifier says who
            modifier = people_status(lemma, lower) or STATUS_MODIFIERS.get(lower) or "military"
            return i + 1, modifier, True
        several = _demonym_of_words(sentence, i)
        if several is not None:
            last, people = several
            after = doc[last + 1] if last + 1 < sentence.end else None
            if after is not None and people_status(after.lemma_.lower(), after.lower_):
                i = last + 1  # "four Frontier Corps soldiers": the people after the name
                continue
            return last, "military" if people.kind != "country" else None, True
        if compound:
            i += 1
            continue
        named = actor_named(token.text)
        if (
            named is not None
            and i + 2 < sentence.end
            and doc[i + 1].lower_ in ("and", "or")
            and actor_named(doc[i + 2].text) is not None
            and i + 3 < sentence.end
            and doc[i + 3].pos_ == "NOUN"
        ):
            i += 2  # "20 Mozambican and Rwandan soldiers": the people come after both names
            continue
        # "two Iranian military advisers": the people come after the words describing them
        followed_by_noun = i + 1 < sentence.end and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        if named is not None and token.pos_ in ("PROPN", "NOUN", "ADJ") and not followed_by_noun:
            # "Three Malawians", "five Wagnerites": a demonym or group standing for people
            return i, "military" if named.kind != "country" else None, True
        if (
            fate_of_word(lemma, lower) is not None
            and token.pos_ in ("NOUN", "ADJ", "PROPN")
            and not _before_people(sentence, i)
        ):
            return i, None, True
        if lower in ("members", "member") and i + 1 < sentence.end and doc[i + 1].lower_ == "of":
            # "eight members of her family", "nine members of the armed forces"
            i += 2
            while i < sentence.end and doc[i].lower_ in OF_SKIP | {"his", "her", "my", "a", "an"}:
                i += 1
            limit = min(sentence.end, i + 3)
            while i + 1 < sentence.end and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound":
                i += 1  # "two members of the Civilian Joint Task Force": the name's head
                limit = min(sentence.end, i + 3)
            if i < sentence.end and doc[i].lemma_.lower() in ARMED_BODIES | ARMED_NAMES:
                return i, "military", True  # "60 members of the army", "of the Popular Front"
            if i < sentence.end and doc[i].lemma_.lower() in COMMUNITIES:
                return i, "civilian", True  # "12 members of the Hazara community"
            of_body = _pobj_of(token)
            if of_body is not None and of_body.lemma_.lower() in COMMUNITIES:
                return of_body.i, "civilian", True  # "nine members of a local tribe"
            body = _body_members_are_of(token)
            if body is not None:
                # "four members of an armed group", "three members of an Islamic State cell"
                return body.i, "military", True
            whole = _pobj_of(token)
            if _members_of_a_gathering(token) or (
                whole is not None
                and whole.lemma_.lower() not in HOUSEHOLDS
                # (people's own noun says who: "9 members of the Volunteers for ...")
                and people_status(whole.lemma_.lower(), whole.lower_) is None
            ):
                # "13 members of a wedding party", "five members of the network": people,
                # of a status the body's name does not say
                return token.i, None, True
            continue
        if lower in ("members", "member"):
            # bare "members" in conflict news are mostly of a force ("two members who were
            # injured died"); "members of her family" and "family members" are read above
            return i, "military", True
        described = _people_after_fates(sentence, i) if fate_of_word(lemma, lower) else None
        if described is not None:
            i = described  # "70 killed and wounded servicemen": the people described
            continue
        if lower in ("more", "others", "other", "own", "additional") or lower in HEDGES:
            i += 1  # "three suspected militants": the hedge is no noun
            continue
        if (
            token.text in ("-", "–")
            and not token.whitespace_
            and i > end
            and not doc[i - 1].whitespace_
            and doc[i - 1].pos_ == "PROPN"
        ):
            i += 1  # "50 al-Shabaab militants": the hyphen inside a name
            continue
        if (
            token.tag_ in ("VBN", "VBG")
            and token.dep_ == "amod"
            and token.head.i > i
            and token.head.i < limit
            # (not a fate's own words: "12 more taken captive")
            and fate_of_word(lemma, lower) is None
            and token.head.tag_ in ("NN", "NNS")
        ):
            i += 1  # "20 blindfolded prisoners", "12 fleeing villagers": a participle as an
            continue  # adjective before the people
        if token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART") or token.is_punct:
            return None, None, True
        if i == end and lower in TOLD_PARTICIPLES:
            return None, None, True  # "up from 21 reported a day earlier": no noun, however tagged
        if token.pos_ == "NOUN" and token.ent_type_ not in ("NORP", "GPE"):
            # an unknown noun: a count of something we do not recognise as people
            return i, None, lower.endswith(("ers", "ists", "ans", "ians", "ites", "men"))
        if token.pos_ not in NOUN_SKIP_POS:
            return None, None, True
        i += 1
    return None, None, True


# Participles that tell how a bare figure was given: "21 reported a day earlier".
TOLD_PARTICIPLES = frozenset(
    {"reported", "given", "announced", "recorded", "registered", "confirmed", "cited", "stated"}
)
# The words before the figure a toll had before it changed: "rose to 60, up from 45"
CHANGED_FROM = (["up", "from"], ["down", "from"])
# Verbs of a figure that changed: "climbed from 17 to 31", "rose from 17".
CHANGE_VERBS = frozenset(
    {"rise", "climb", "jump", "increase", "grow", "soar", "fall", "drop", "decrease", "revise",
     "raise", "lower", "update", "go"}
)  # fmt: skip
# Fates said of one person that `another` counts: "another death", "another victim"
ONE_FATE_NOUNS = frozenset({"death", "fatality", "casualty", "victim", "killing"})


def _one_of_the_most(sentence: SpacySpan, end: int) -> bool:
    """`one of Asia's longest`, `one of the deadliest attacks`: a rank among things, no
    one person (a superlative after `of` before any noun)."""
    doc = sentence.doc
    if end >= sentence.end or doc[end].lower_ != "of":
        return False
    superlative = False
    for token in doc[end + 1 : min(sentence.end, end + 7)]:
        superlative = superlative or token.tag_ in ("JJS", "RBS")
        if token.pos_ in ("NOUN", "PROPN") and superlative:
            # "one of the most senior commanders" is one of them
            return people_status(token.lemma_.lower(), token.lower_) is None
        if token.pos_ in ("NOUN", "VERB", "AUX") or token.is_punct:
            return superlative
    return superlative


def _past_a_named_side(sentence: SpacySpan, i: int) -> int:
    """`five New People's Army (NPA) guerrillas`, `12 Tehrik-i-Taliban Pakistan fighters`:
    the index of the people a side's name of several words (and its acronym in brackets)
    stands before; `i` itself when no such name opens there."""
    doc = sentence.doc
    start = i
    while (
        start < min(sentence.end, i + 2)
        and doc[start].pos_ == "ADJ"
        and not find_actors(doc[start].text)
        # (not a name's first word: "three Islamic State Khorasan Province fighters")
        and not _a_name_opens(doc[start : min(sentence.end, start + 12)])
    ):
        start += 1  # "five communist New People's Army guerrillas"
    if start >= sentence.end or doc[start].pos_ not in ("PROPN", "ADJ", "NOUN"):
        return i
    rest = doc[start : min(sentence.end, start + 12)]
    first = next(iter(find_actors(rest.text)), None)
    if first is None or first.start != 0:
        return i
    after = rest.char_span(0, first.end, alignment_mode="expand")
    if after is None or len(after) < 2:
        return i  # one word: the scan reads it ("three Malawians", "two Afghan soldiers")
    j = after.end
    # "three Islamic State West Africa Province fighters": the rest of a longer name
    while j < min(sentence.end, after.end + 3) and doc[j].pos_ == "PROPN" and doc[j].is_title:
        j += 1
    if _acronym_in_brackets(sentence, j):
        j += 3  # the name's acronym in brackets
    if j < sentence.end and people_status(doc[j].lemma_.lower(), doc[j].lower_) is not None:
        return j
    return i


def _a_national(sentence: SpacySpan, i: int) -> bool:
    """`a Swede`, `an American`: a people's name standing alone for one of them (not
    `an American journalist`, whose noun says who)."""
    doc = sentence.doc
    word = doc[i]
    if named_how(word.text) != "demonym" or not word.text[:1].isupper():
        return False
    after = doc[i + 1] if i + 1 < sentence.end else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _a_name_opens(words: SpacySpan) -> bool:
    """Whether a side's name opens `words`."""
    first = next(iter(find_actors(words.text)), None)
    return first is not None and first.start == 0


def _acronym_in_brackets(sentence: SpacySpan, i: int) -> bool:
    """Whether a name's acronym in brackets, `(BSF)`, opens at token `i`: three tokens
    the people's words go on past."""
    doc = sentence.doc
    return i + 2 < sentence.end and doc[i].text == "(" and doc[i + 2].text == ")"


def _demonym_of_words(sentence: SpacySpan, i: int) -> tuple[int, Actor] | None:
    """`13 South Africans`, `two Sri Lankans`: a people named in two or three words; the
    index of its last word, and whose people they are."""
    doc = sentence.doc
    for width in (3, 2):
        end = i + width
        if end > sentence.end or not all(t.pos_ == "PROPN" for t in doc[i:end]):
            continue
        if not doc[end - 1].lower_.endswith("s"):
            continue  # "South Sudan army": a country's name before a noun, not its people
        people = actor_named(doc[i:end].text)
        if people is not None:
            return end - 1, people
    return None


def _before_people(sentence: SpacySpan, i: int) -> bool:
    """`two injured soldiers`, `70 killed and wounded servicemen`: a fate word that
    describes the people noun after it; what befell them is for the clause to say."""
    return _people_after_fates(sentence, i) is not None


def _people_after_fates(sentence: SpacySpan, i: int) -> int | None:
    """The people noun after a run of fate words joined by `and`/`or` from token `i`."""
    doc = sentence.doc
    j = i + 1
    while j < min(sentence.end, i + 5) and (
        doc[j].lower_ in ("and", "or", "/")
        or (
            fate_of_word(doc[j].lemma_.lower(), doc[j].lower_) is not None
            # (a fate's people noun ends the run: "62 kidnapped victims", "hostages")
            and people_status(doc[j].lemma_.lower(), doc[j].lower_) is None
        )
    ):
        j += 1
    if j >= sentence.end or doc[j - 1].lower_ in ("and", "or", "/"):
        return None
    noun = doc[j]
    if noun.pos_ == "NOUN" and people_status(noun.lemma_.lower(), noun.lower_) is not None:
        return j
    return None


# Nouns a number names rather than counts after them.
LABELS = frozenset(
    {"resolution", "route", "highway", "road", "flight", "article", "section", "chapter",
     "paragraph", "room", "gate", "block", "sector", "checkpoint", "building", "platform",
     "phase", "page", "item", "channel", "unit", "post", "hill", "height", "kilometre",
     "kilometer", "km", "mile", "grade", "class", "apartment", "house", "bus", "train"}
)  # fmt: skip
LIST_GLUE = frozenset({"and", "to", "-", "–", "or", ","})


#: How far back (in tokens) a listed figure looks for the `aged`/`ages` that would make
#: it an age: a list of ages is short, and an unbounded walk is quadratic in a sentence
#: listing thousands of figures.
AGE_LIST_LOOK_BACK = 64


# Money the tagger may not tag: a currency's sign or abbreviation before the figure, or
# its name after it ("Rs 50,000 for each of the injured", "2 million naira").
CURRENCY_BEFORE = frozenset(
    {"$", "us$", "€", "£", "¥", "₹", "₦", "rs", "rs.", "inr", "pkr", "usd", "eur", "gbp",
     "ksh", "tk", "fcfa"}
)  # fmt: skip
CURRENCY_AFTER = frozenset(
    {"rupees", "rupee", "naira", "taka", "dollars", "euros", "pounds", "shillings", "birr",
     "francs", "cfa", "dinars", "riyals", "dirhams", "hryvnias", "hryvnia", "roubles",
     "rubles", "afghanis", "pesos", "rand", "kwacha", "cedis", "lakh", "crore"}
)  # fmt: skip


def _currency(word: str, *, before: bool) -> bool:
    return word.lower() in (CURRENCY_BEFORE if before else CURRENCY_AFTER)


def _month(token: Token) -> bool:
    """A month's name, but not "may" and "march": verbs more often than dates here."""
    word = token.lower_.rstrip(".")
    return word not in ("may", "march") and is_month_name(word)


# Verbs a body named with a number goes on with: "Rescue 1122 said".
NAME_THEN_SAYS = frozenset({"say", "report", "tell", "confirm", "announce", "state", "add"})


def _excluded(sentence: SpacySpan, start: int, end: int, value: int) -> bool:
    """Ages, times, dates, years, list markers and sub-counts are not casualty counts."""
    doc = sentence.doc
    first, last = doc[start], doc[end - 1]
    before = doc[start - 1] if start > sentence.start else None
    after = doc[end] if end < sentence.end else None
    after2 = doc[end + 1] if end + 1 < sentence.end else None
    # the figure itself, or the people it counts ("five civilians died in hospital")
    counted = last.head if last.dep_ == "nummod" and last.head.i != last.i else last
    counted_by_fate = counted.dep_ in ("dobj", "nsubjpass", "nsubj") and (
        fate_of_word(counted.head.lemma_.lower(), counted.head.lower_) is not None
    )  # "injured 11 overnight", "nine later died": the tagger's TIME, the verb's own
    preceding = [t.lower_ for t in doc[max(sentence.start, start - 2) : start]]
    if last.ent_type_ == "PRODUCT" and before is not None and before.pos_ == "PROPN":
        return True  # "a Boeing 737 was shot down": a model's number, not a count
    if (
        before is not None
        and before.is_title
        and before.pos_ in ("PROPN", "NOUN")
        and after is not None
        and after.lemma_.lower() in NAME_THEN_SAYS
    ):
        return True  # "Rescue 1122 said", "Police District 13 reported": a name's number
    if (before is not None and _currency(before.text, before=True)) or any(
        t is not None and _currency(t.text, before=False) for t in (after, after2)
    ):
        return True  # "Rs 50,000 for the injured", "2 million naira to families of the dead"
    if (
        last.ent_type_ in NOT_COUNT_ENTITIES
        and not counted_by_fate
        and not _bare_numbers(last)
        and preceding not in CHANGED_FROM  # "up from 45 earlier today"
        and not _changed_figure(before)  # "climbed from 17 to 31 overnight"
        and not _toll_raised_to(before)  # "brought the toll since Friday to 70"
        and not (
            after is not None
            and (
                people_status(after.lemma_.lower(), after.lower_)
                or fate_of_word(after.lemma_.lower(), after.lower_)
            )
        )
    ):
        return True
    if ":" in first.text or (after is not None and after.text in (":", "%")):
        return True
    if value == 1 and _one_of_the_most(sentence, end):
        return True  # "the insurgency, one of Asia's longest, has claimed 40,000 lives"
    if (after is not None and after.lower_ in FRACTIONS) or (
        after is not None
        and after.text == "-"
        and after2 is not None
        and after2.lower_ in FRACTIONS
    ):
        return True  # "three-fifths of the victims", "two thirds": a share, not a count
    if (
        value == 1
        and after is not None
        and after.lower_ == "of"
        and after2 is not None
        and (after2.lower_ == "the" and end + 2 < sentence.end)
        and (doc[end + 2].lower_ in ("most", "least") or doc[end + 2].tag_ == "JJS")
    ):
        return True  # "one of the most widely recognised hostages": which one, not how many
    if (
        value == 1
        and after is not None
        and after.lower_ == "of"
        and after2 is not None
        and (_is_number(after2))
    ):
        return True  # "Hassan was one of 12 people killed": one of a figure given
    if (
        after is not None
        and after.lower_.startswith(("-year", "year"))
        or (
            after is not None
            and after.text == "-"
            and after2 is not None
            and after2.lower_.startswith("year")
        )
    ):
        return True
    if (
        after is not None
        and after.text == "-"
        and after2 is not None
        and after2.is_alpha
        and not is_number_word(after2.text)
        and after2.lower_ not in PEOPLE_MEASURES
        and after2.lower_ not in ROUNDING  # "40-odd soldiers": a rounding, read below
        and after.idx == last.idx + len(last.text)
    ):
        return True  # "the 9-coach train", "a 3-storey building": a measure of a thing
    if before is not None and before.lower_ in ("aged", "age", "ages", "no", "no.", "number"):
        return True
    if before is not None and before.lower_ == "not" and value == 1:
        return True  # "not one soldier was killed": no one
    if _whole_of_a_part(sentence, start):
        return True  # "five of its 17 employees remained unaccounted for": the 17 are all
    if _whole_of_an_unsaid_part(sentence, start):
        return True  # "half of the 40 passengers were killed": not the 40
    if _age_after_name(sentence, start, end) or _age_after_people(sentence, start, end):
        return True
    if _age_of_one(sentence, start):
        return True
    if before is not None and before.lower_ in LABELS:
        return True  # "Resolution 2334", "Route 60", "Flight 17": a name, not a count
    if any(t is not None and _month(t) for t in (before, after)):
        return True  # "Aug 10", "10 August": a date the tagger did not mark
    if before is not None and before.lower_ in LIST_GLUE:
        # "aged 12 and 16", "ages 12, 14 and 16": the later ages of a list; looked for a
        # bounded way back, so a sentence of thousands of listed figures stays linear
        i = start - 1
        stop = max(sentence.start, start - AGE_LIST_LOOK_BACK)
        while i > stop and (doc[i].lower_ in LIST_GLUE or _is_number(doc[i])):
            i -= 1
        if doc[i].lower_ in ("aged", "ages"):
            return True
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return True
    if 1900 <= value <= 2100 and first.text.isdigit() and len(first.text) == 4:
        return True
    if after is not None and after.lower_ == "of" and after2 is not None:
        # "3 of the wounded are in hospital": a sub-count of an earlier figure
        rest = [t.lower_ for t in doc[end + 1 : min(sentence.end, end + 4)] if t.lower_ != "the"]
        earlier = FATE_WORDS.get(rest[0]) if rest else None
        if (
            earlier in ("killed", "wounded", "captured", "casualties")
            and not (
                counted_by_fate
                and fate_of_word(last.head.lemma_.lower(), last.head.lower_) not in (None, earlier)
            )
            and said_to_be(last) is None
            and said_to_be_of(last) is None
            # "five of the kidnapped victims were rescued": captives freed are a claim
            and not (earlier == "captured" and counted.head.lemma_.lower() in RELEASING)
        ):
            return True  # but "3 of the wounded later died" are 3 dead, and "64 of the
            # dead were children" are 64 dead children
    window = [t.lower_ for t in doc[end : min(sentence.end, end + 6)]]
    # "12 of the wounded are in hospital", "900 bodies remain in morgues": where the people
    # are now, a subset of a figure given already
    if counted_by_fate:
        return False  # "nine later died in hospital": what befell them, not where they lie
    in_a_hospital = any(
        word == "in" and WHERE_NOW & set(window[k + 1 : k + 3]) for k, word in enumerate(window)
    )  # "are in hospital", "remain in the morgue" (not "taken to hospitals in Nairobi")
    if "condition" in window or in_a_hospital:
        return True
    return _kept_in_hospital(counted)


def _changed_figure(before: Token | None) -> bool:
    """Whether a figure is an end of a change (`climbed from 17 to 31`, `rose to 31`,
    `revised from 17`): the tagger reads `from 17 to 31` as a span of time."""
    if before is None or before.lower_ not in ("from", "to"):
        return False
    verb = before.head
    for _ in range(3):  # "from 17 to 31": up through the figure and its prepositions
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CHANGE_VERBS


def _whole_of_a_part(sentence: SpacySpan, start: int) -> bool:
    """`five of its 17 employees`, `three of the 40 passengers`: the figure after `of` is
    the group the first figure is part of, not people a fate befell."""
    doc = sentence.doc
    k = start - 1
    if k > sentence.start and doc[k].lower_ in ("its", "their", "the", "his", "her", "our"):
        k -= 1
    after = doc[start + 1] if start + 1 < sentence.end else None
    return (
        k - 1 >= sentence.start
        and doc[k].lower_ == "of"
        and _is_number(doc[k - 1])
        and doc[k - 1].lower_ != "one"  # ("one of 12 people killed" is read apart)
        # ("two of the 12 wounded later died": the 12 wounded are a figure of their own)
        and not (after is not None and fate_of_word(after.lemma_.lower(), after.lower_))
        and not _whole_with_its_fate(doc, start + 1, sentence.end)
    )


def whole_with_a_fate(count: Count, doc: Doc) -> bool:
    """Whether a count is the part of a numbered whole that has a fate of its own: the
    21 of `identified 21 of the 31 inmates killed in the riot`."""
    k = count.end
    if k >= len(doc) or doc[k].lower_ != "of":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("its", "their", "the", "his", "her", "our"):
        k += 1
    return k < len(doc) and _is_number(doc[k]) and _whole_with_its_fate(doc, k + 1, len(doc))


def _whole_with_its_fate(doc: Doc, at: int, end: int) -> bool:
    """`the 31 inmates killed in the riot`: a participle of fate right after the whole's
    people says their fate; the whole is a figure of its own."""
    if at + 1 >= end or people_status(doc[at].lemma_.lower(), doc[at].lower_) is None:
        return False
    fate = doc[at + 1]
    return fate.tag_ == "VBN" and fate_of_word(fate.lemma_.lower(), fate.lower_) is not None


# Words for a part of a whole that give no figure: "half of the 40 passengers".
UNSAID_PARTS = frozenset(
    {"half", "most", "some", "many", "several", "majority", "quarter", "third", "none", "few",
     "part", "dozens", "scores"}
)  # fmt: skip


def _whole_of_an_unsaid_part(sentence: SpacySpan, start: int) -> bool:
    """`half of the 40 passengers`, `most of the 87 crew members`: the figure is the whole
    a part without a figure of its own is of; what befell the part is no figure of it."""
    doc = sentence.doc
    k = start - 1
    if k > sentence.start and doc[k].lower_ in ("its", "their", "the", "his", "her", "our"):
        k -= 1
    return k - 1 >= sentence.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in UNSAID_PARTS


def _toll_raised_to(before: Token | None) -> bool:
    """Whether a figure follows the `to` of a tally's verb (`brought the toll since
    Friday to 70`, `the number of dead rose on Sunday to 70`): the tagger reads such a
    figure as the end of a span of days."""
    if before is None or before.lower_ != "to" or before.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in TALLY_NOUNS
        for c in before.head.children
    )


# A measure after a figure and a hyphen that still counts people: "a 12-member team".
PEOPLE_MEASURES = frozenset({"member", "strong", "man", "men", "person", "people", "woman"})

# Shares of a whole: "two-thirds of the dead".
FRACTIONS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
     "sixths", "tenth", "tenths"}
)  # fmt: skip
# Verbs that set captives free, whose figure counts them though part of a toll of captives.
RELEASING = frozenset({"rescue", "free", "release", "liberate"})
# Where the wounded and the dead lie now.
WHERE_NOW = frozenset({"hospital", "hospitals", "morgue", "morgues", "mortuary", "mortuaries"})
# Verbs that say where people are, or were brought, not what befell them.
KEPT_VERBS = frozenset({"admit", "remain", "stay", "lie", "be", "keep"})


def _kept_in_hospital(counted: Token) -> bool:
    """`220 injured people have been admitted to hospitals`, `80 people injured in the
    attack remain in hospital`: the people a figure counts are the subject of a verb that
    says where they are now, a subset of the wounded (the guide's subset by place)."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        counted = counted.head.head  # "a total of 220 injured individuals have been ..."
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = counted.head
    if verb.lower_.startswith("hospitali"):
        return True  # "115 people were hospitalized": where they are, not what befell them
    if verb.lemma_.lower() not in KEPT_VERBS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "to", "at")
        and any(t.lower_ in WHERE_NOW for t in prep.subtree)
        for prep in verb.children
    )


def own_copula_after(token: Token) -> Token | None:
    """The copula right after a listed word that the parser hung on the list before it:
    in "15 were women and five were soldiers" the five's own verb is the second `were`."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ != "conj" or after is None or after.lemma_ != "be":
        return None
    return after


def _copula_of_figure(token: Token) -> Token | None:
    """The `be` a figure is the subject of, its own even where the parser hung the figure
    on a list (`own_copula_after`)."""
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        return token.head
    return own_copula_after(token) if token.like_num else None


def said_to_be(token: Token) -> str | None:
    """The status a copula gives the people a figure counts: `64 of the dead were
    children` (civilian), `two of them were soldiers` (military)."""
    verb = _copula_of_figure(token)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("attr", "acomp"):
            modified = next(
                (STATUS_MODIFIERS[m.lower_] for m in child.children
                 if m.dep_ == "amod" and m.lower_ in STATUS_MODIFIERS),
                None,
            )  # fmt: skip
            if modified is not None:
                return modified  # "127 were elderly men and women": the elderly are civilians
            status = people_status(child.lemma_.lower(), child.lower_)
            if child.lemma_.lower() == "member" and _of_an_armed_body(child):
                return "military"  # "11 of the dead were members of the group's forces"
            if status is not None:
                return status
    if not any(c.dep_ in ("attr", "acomp") for c in verb.children):
        # the parser lost the predicate ("19 of the dead were al-Shabaab fighters and
        # eight were ..." read as two clauses): the people named right after the verb
        for word in token.doc[verb.i + 1 : min(len(token.doc), verb.i + 6)]:
            if (word.is_punct and word.text != "-") or word.pos_ in ("CCONJ", "VERB", "AUX"):
                break
            status = people_status(word.lemma_.lower(), word.lower_)
            if word.pos_ == "NOUN" and status is not None:
                return status
    return None


def _of_an_armed_body(members: Token) -> bool:
    """`members of the group's armed forces`, `members of Hezbollah`: of a force or an
    armed group."""
    whole = _pobj_of(members)
    if whole is None:
        return False
    if whole.lemma_.lower() in ARMED_BODIES | ARMED_NAMES:
        return True
    named = find_actors(whole.doc[whole.left_edge.i : whole.right_edge.i + 1].text)
    return any(m.actor.kind != "country" for m in named)


def said_to_be_of(token: Token) -> tuple[int, int] | None:
    """Who a copula says the people a figure counts were, when it names a side: `11 of the
    dead were South Sudanese`, `three were from Malawi`, `six were Chinese nationals` (the
    token range of that predicate)."""
    verb = _copula_of_figure(token)
    if verb is None:
        return None
    for child in verb.children:
        if child.i < token.i:
            continue
        if child.dep_ in ("attr", "acomp"):
            # the word and what stands before it: "South Sudanese", "Chinese nationals"
            # (not a list of names hung after it), and the body members are of
            start, end = child.left_edge.i, child.i + 1
            if child.lemma_.lower() == "member":
                of = next((c for c in child.children if c.lower_ == "of"), None)
                end = of.right_edge.i + 1 if of is not None else end  # "members of the RSF"
        elif child.dep_ == "prep" and child.lower_ == "from":
            start, end = child.i, child.right_edge.i + 1  # "three were from Malawi"
        else:
            continue
        if find_actors(token.doc[start:end].text):
            return start, end
    return None


def _age_after_name(sentence: SpacySpan, start: int, end: int) -> bool:
    """`Almaz Bekele, 54, was killed`, `Dawit Haile 27 and ...`: a bare figure right after
    a person's name (set off by a comma or not) is their age."""
    doc = sentence.doc
    name_end = start - 1 if start > sentence.start and doc[start - 1].text == "," else start
    if name_end <= sentence.start:
        return False
    name = doc[name_end - 1]
    after = doc[end] if end < sentence.end else None
    if name.dep_ == "pobj" and name.head.lower_ in ("in", "at", "near", "from"):
        return False  # "In Zalambessa two were also killed": a place, whoever it sounds like
    if (
        name.pos_ == "PROPN"
        and (name.ent_type_ not in PLACE_ENTITIES or _named_person(name))
        and actor_named(name.text) is None  # "Armenians, 12, ...": a people, not a name
        and _set_off(start, end, doc)
    ):
        # "Machar, 73, has denied ...": a name the tagger did not mark, and a bare figure
        # set off by commas before the name's own verb, or before the next name of a list
        # ("two brothers, Dawit, 17, and Yonas, 15, were killed")
        nxt = doc[end + 1] if end + 1 < sentence.end else None
        if nxt is not None and (nxt.pos_ in ("AUX", "VERB") or nxt.lower_ in ("who", "was", "and")):
            return True
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return False
    if name_end == start and not doc[start].text[:1].isdigit():
        return False  # an age is written in digits: "Dawit Haile 27", not "X two"
    return after is None or after.text in (",", ")", ".", ";") or after.lower_ in ("and", "were")


def _age_after_people(sentence: SpacySpan, start: int, end: int) -> bool:
    """`A farmer, 52, was shot dead`, `two brothers, 17 and 19, were killed`, `my father,
    65, and my two sisters died`: figures in digits set off by commas right after a noun
    of people are their ages."""
    doc = sentence.doc
    if not doc[start].text.isdigit() or end - start != 1:
        return False
    k = start - 1
    if k > sentence.start + 1 and doc[k].lower_ == "and" and doc[k - 1].text.isdigit():
        k -= 2  # the second age of "17 and 19"
    if k <= sentence.start or doc[k].text != ",":
        return False
    noun = doc[k - 1]
    if noun.pos_ != "NOUN" or people_status(noun.lemma_.lower(), noun.lower_) is None:
        return False
    after = doc[end] if end < sentence.end else None
    if after is not None and after.lower_ == "and" and end + 1 < sentence.end:
        after = doc[end + 2] if doc[end + 1].text.isdigit() and end + 2 < sentence.end else after
    return after is None or after.text in (",", ")")


def _age_of_one(sentence: SpacySpan, start: int) -> bool:
    """`a girl of 12`, `one victim, a man of 70`: a figure in digits after `of` and one
    person (`a`, `an`, `one` and a singular noun of people) is that person's age."""
    doc = sentence.doc
    if not doc[start].text.isdigit() or start - 3 < sentence.start or doc[start - 1].lower_ != "of":
        return False
    noun, article = doc[start - 2], doc[start - 3]
    return (
        article.lower_ in ("a", "an", "one")
        and noun.tag_ == "NN"
        and people_status(noun.lemma_.lower(), noun.lower_) is not None
    )


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _named_person(name: Token) -> bool:
    """A name the tagger took for a place or a body that the sentence sets beside people
    (`two brothers, Dawit ... and Yonas`): a person's, whatever its tag."""
    head = name
    for _ in range(3):
        if head.dep_ not in ("conj", "appos") or head.head.i == head.i:
            break
        head = head.head
        if people_status(head.lemma_.lower(), head.lower_) is not None:
            return True
    return False


def _set_off(start: int, end: int, doc: Doc) -> bool:
    """A figure between two commas: `, 73,`."""
    return (
        start > 0
        and doc[start - 1].text == ","
        and end < len(doc)
        and doc[end].text == ","
        and end - start == 1
    )


def _bare_numbers(token: Token) -> bool:
    """A "date" the tagger found in numbers alone (`from 20 to 80`): no date at all."""
    entity = entity_at(token)
    if entity is None or entity.label_ != "DATE":
        return False
    if entity.start > 0 and token.doc[entity.start - 1].lower_ in ("aged", "age", "ages"):
        return False  # "aged 19 and 21": ages, as the tagger says
    return all(
        t.like_num
        and not (len(t.text) == 4 and t.text.isdigit())
        or t.lower_ in ("to", "-", "–", "and", "from", "between")
        for t in entity
    )


# A part of the dead told after its figure: "three senior commanders were among those
# killed".
AMONG_THE_DEAD = re.compile(
    r"\b(?:were|was) among (?:those|the) (?:killed|dead|victims|slain|wounded|injured)\b",
    re.IGNORECASE,
)


def _rank_subset(sentence: SpacySpan, start: int, noun: int | None) -> bool:
    """`including two officers`: a subset by rank, which the guide does not count."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(sentence.start, start - 2) : start]]
    partitive = start + 1 < sentence.end and doc[start + 1].lower_ == "of"  # "two of them officers"
    # once per sentence: a sentence of thousands of figures asks it of each
    among = per_sentence(
        sentence,
        "among the dead",
        lambda: [m.start() + sentence.start_char for m in AMONG_THE_DEAD.finditer(sentence.text)],
    )
    among_after = any(at > doc[start].idx for at in among)
    if not partitive and not among_after and not any(w in ("including", "among") for w in before):
        return False
    if (
        partitive
        and not among_after
        and not any(w in ("including", "among") for w in before)
        and start + 2 < sentence.end
        and (doc[start + 2].tag_ == "PRP$" or _possessor_end(sentence, start + 2) is not None)
    ):
        return False  # "killed three of its commanders": the owner's commanders, no subset
    if noun is None or doc[noun].lower_ not in RANKS:
        return False
    # "four police officers", "two army commanders": a force named on the rank says who
    # they are, a status of their own, not a rank among the people counted
    return not any(
        c.dep_ in ("compound", "amod") and people_status(c.lemma_.lower(), c.lower_) is not None
        for c in doc[noun].children
    )


def _place_subset(sentence: SpacySpan, start: int, end: int) -> bool:
    """`(four in Dorn and five in Lorvan)`, `with 750 in the south, 150 in the east`: a
    bare figure split out by place from a figure given already (the guide's subsets)."""
    doc = sentence.doc
    if end + 1 >= sentence.end or doc[end].lower_ not in ("in", "at", "from"):
        return False
    place = doc[end + 1]
    if not (
        place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC") or place.lower_ == "the"
    ):
        return False
    i = start - 1
    while i >= sentence.start and (
        doc[i].lower_ in ("and", ",", "in", "at", "from", "the")
        or doc[i].like_num
        or (
            doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
            and not people_status(doc[i].lemma_, doc[i].lower_)
        )
    ):
        i -= 1  # back over the earlier parts of the list ("four in Dorn and")
    if i >= sentence.start and doc[i].lower_ in ("(", "with", "including"):
        return True
    # "nine people were killed, four in Lorvan and five in Dorn": parts set off by a comma
    # that add up to the figure before them (but "12 were killed in Lorvan, and five in
    # Dorn" are two figures)
    comma = i + 1  # where the scan back stopped: the word before the list's comma
    return (
        sentence.start < comma < start
        and doc[comma].text == ","
        and _parts_make_the_whole(sentence, comma)
    )


def _parts_make_the_whole(sentence: SpacySpan, comma: int) -> bool:
    """Whether the figures by place after `comma` (two or more) add up to the last figure
    before it: only then are they parts of it, not figures of their own."""
    doc = sentence.doc
    parts = []
    for j in range(comma + 1, min(sentence.end - 1, comma + 40)):
        token = doc[j]
        if token.text in (";", ".") or token.pos_ in ("VERB", "AUX"):
            break
        if _is_number(token) and doc[j + 1].lower_ in ("in", "at", "from"):
            value = combine([token.text])
            if value is None:
                return False
            parts.append(value)
    whole = next(
        (
            combine([t.text])
            for t in reversed(doc[sentence.start : comma])
            if _is_number(t) and t.text[:1] != "0"
        ),
        None,
    )
    return len(parts) >= 2 and whole is not None and sum(parts) == whole


def find_counts(sentence: SpacySpan) -> list[Count]:
    """Every count in the sentence that could be a casualty figure, left to right."""
    doc = sentence.doc
    counts = []
    for start, end, value in _number_runs(sentence):
        if _excluded(sentence, start, end, value):
            continue
        noun, status, peopleish = _head_noun(sentence, end)
        if noun is None and peopleish and (household := _household_of(sentence, start)):
            noun, status = household, "civilian"  # "killed a family of five": the family
        if not peopleish or _rank_subset(sentence, start, noun):
            continue
        if noun is None and _place_subset(sentence, start, end):
            continue
        words = [
            t.lower_ for t in doc[max(sentence.start, start - 8) : start]
        ]  # (the verb before "up to")
        qualifier, used = qualifier_before(words)
        rounded = _rounded_after(sentence, end)
        if rounded is not None and qualifier == "exact":
            qualifier = rounded  # "40-odd", "40-plus"
        particle = doc[start - used] if used == 1 else None
        if particle is not None and particle.lower_ == "over" and particle.tag_ == "RP":
            qualifier, used = "exact", 0  # "handed over 10 prisoners": a verb's particle
        counts.append(
            Count(
                value=value,
                qualifier=qualifier,
                start=start - used,
                number_start=start,
                end=end,
                noun=noun,
                status=status,
            )
        )
    counts = _sharing_elided_nouns(counts, sentence)
    counted = {c.noun for c in counts if c.noun is not None}
    implicit_nouns: set[int] = set()
    for implicit in _implicit_counts(sentence, taken={c.number_start for c in counts}):
        person = doc[implicit.noun] if implicit.noun is not None else None
        if person is not None and (
            _describes_counted(person, counted)
            # "a civilian, a farmer, was wounded" (but "a woman, her daughter and a man"
            # is a list)
            or (
                person.dep_ == "appos"
                and person.head.i in implicit_nouns
                and not any(c.dep_ == "conj" for c in person.children)
            )
        ):
            continue
        counts.append(implicit)
        if person is not None:
            implicit_nouns.add(person.i)
    counts.extend(_decades(sentence))
    return _read_ranges(sorted(counts, key=lambda c: c.start), sentence)


def _possessor_end(sentence: SpacySpan, i: int) -> int | None:
    """The index after the possessive marker of an owner phrase starting at `i` ("the
    army's", "Mali's", "the rebel group's"), if one starts there within three words."""
    doc = sentence.doc
    for j in range(i, min(sentence.end - 1, i + 3)):
        if doc[j + 1].tag_ == "POS" and doc[j].dep_ == "poss":
            return j + 2
        if doc[j].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def _describes_counted(noun: Token | None, counted: set[int]) -> bool:
    """`two civilians, a mother and her daughter,`: people set beside a figure's people
    say who they are; they are not more people."""
    set_beside = False
    person = noun
    while noun is not None and noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
        set_beside = set_beside or noun.dep_ == "appos"  # ("two civilians and a soldier")
        noun = noun.head
        if set_beside and noun.i in counted:
            # ("five people, among them a child,": one of them, not who they all are)
            return person is None or not any(
                t.lower_ == "among" for t in noun.doc[noun.i + 1 : person.i]
            )
    return False


def _sharing_elided_nouns(counts: list[Count], sentence: SpacySpan) -> list[Count]:
    """`Twelve Armenian and 15 Azerbaijani soldiers`, `12 and 15 soldiers`: a figure whose
    people noun is left out before `and` and the next figure counts the same kind of
    people."""
    doc = sentence.doc
    out = list(counts)
    for k in range(len(out) - 2, -1, -1):
        first, second = out[k], out[k + 1]
        if first.status is not None or second.status is None:
            continue
        last = first.noun if first.noun is not None else first.end - 1
        between = [t.lower_ for t in doc[last + 1 : second.start]]
        if not between or any(w not in ("and", "or", ",") for w in between):
            continue
        if first.noun is not None and actor_named(doc[first.noun].text) is None:
            continue  # "12 villages and 15 soldiers": a noun of its own
        out[k] = replace(first, status=second.status)
    return out


def _rounded_after(sentence: SpacySpan, end: int) -> str | None:
    """The qualifier a hyphened word after a figure gives it: `40-odd` is about 40,
    `40-plus` at least 40."""
    doc = sentence.doc
    if end + 1 >= sentence.end or doc[end].text != "-":
        return None
    return ROUNDING.get(doc[end + 1].lower_)


ROUNDING = {"odd": "approx", "some": "approx", "plus": "at_least"}


def _household_of(sentence: SpacySpan, start: int) -> int | None:
    """`a family of five`, `a household of seven`: the household a bare figure sizes,
    which stands for its people in the parse."""
    doc = sentence.doc
    if start - 2 < sentence.start or doc[start - 1].lower_ != "of":
        return None
    household = doc[start - 2]
    if household.lemma_.lower() not in HOUSEHOLDS or household.tag_ != "NN":
        return None
    return household.i


DECADE = re.compile(r"^([1-9]0)s$")


def _decades(sentence: SpacySpan) -> list[Count]:
    """`the toll was believed to be in the 70s`: at least the decade's first figure."""
    doc = sentence.doc
    found = []
    for token in sentence:
        match = DECADE.match(token.text)
        before = [t.lower_ for t in doc[max(sentence.start, token.i - 2) : token.i]]
        if match and before == ["in", "the"]:
            value = int(match.group(1))
            found.append(Count(value, "at_least", token.i, token.i, token.i + 1, None, None))
    return found


def _read_ranges(counts: list[Count], sentence: SpacySpan) -> list[Count]:
    """`from 20 to 80`, `between 20 and 80 soldiers`, `20-80`, `the 100 to 300 range`,
    `some 500-600`: the low end is an at-least figure and the high end an at-most one
    (whatever hedge stands before the pair), and both count the same noun."""
    doc = sentence.doc
    out = list(counts)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        between = [t.lower_ for t in doc[low.end : high.start]]
        before = doc[low.start - 1].lower_ if low.start > sentence.start else ""
        if low.implicit or high.implicit or high.qualifier != "exact":
            continue
        if low.qualifier not in ("exact", "approx") or low.noun is not None:
            continue  # "at least 20 to ...", "20 soldiers and 30 ...": no range
        is_range = (
            between == ["to"]
            or (between == ["and"] and before == "between")
            or between in (["-"], ["–"])
        )
        if not is_range or low.value >= high.value or _revised(doc[low.start - 1], before):
            continue
        noun = low.noun if low.noun is not None else high.noun
        status = low.status if low.status is not None else high.status
        out[i] = Count(low.value, "at_least", low.start, low.number_start, low.end, noun, status)
        out[i + 1] = Count(
            high.value, "at_most", high.start, high.number_start, high.end, noun, status
        )
    return out


# Words of a figure changing: `raised the toll from 20 to 34` is two tolls, not a range
CHANGES = frozenset(
    {"rise", "raise", "revise", "increase", "climb", "jump", "grow", "lower", "reduce",
     "drop", "fall", "update", "correct", "toll", "change", "go", "up", "down"}
)  # fmt: skip


def _revised(word: Token, before: str) -> bool:
    """`from 20 to 34` after a word of change: the figure as it was and as it is now."""
    if before != "from":
        return False
    governor = word.head
    if governor.lemma_.lower() in CHANGES:
        return True
    sentence = sentence_of(governor)
    above = per_sentence(sentence, "changed_above", lambda: _changed_above(sentence))
    return above[governor.i - sentence.start]


def _changed_above(sentence: SpacySpan) -> list[bool]:
    """For each token of a sentence, whether a word of change governs it, worked out once
    per sentence: walking each `from X to Y`'s ancestors was a square in a sentence of
    20,000 of them (issue 12's 40,000 numbers: over 110 s)."""
    start = sentence.start
    known: dict[int, bool] = {}
    for token in sentence:
        chain = []
        while token.i not in known:
            head = token.head
            if head.i == token.i:  # the root: nothing above it
                known[token.i] = False
                break
            chain.append(token)
            token = head
        for below in reversed(chain):
            head = below.head
            known[below.i] = (head.i >= start and head.lemma_.lower() in CHANGES) or known[head.i]
    return [known[i] for i in range(sentence.start, sentence.end)]


def _ends_noun_phrase(token: Token, sentence: SpacySpan) -> bool:
    """A people word the tagger called an adjective that still ends its noun phrase
    (`an Azerbaijani major-general, six servicemen`): a noun in all but its tag."""
    if token.i + 1 >= sentence.end:
        return True
    following = token.doc[token.i + 1]
    if following.text in ("-", "–"):
        return False  # "major-general": the word goes on
    return following.is_punct or following.pos_ in ("CCONJ", "VERB", "AUX")


# One who attacks alone, named with "the": "the gunman was shot dead", "the suicide
# bomber also died" count one.
LONE_ATTACKERS = frozenset(
    {"attacker", "assailant", "gunman", "bomber", "shooter", "hijacker", "knifeman"}
)


def _both_of_them(both: Token) -> bool:
    """`both attackers`, `both soldiers`: two people (not `both Armenian and Azerbaijani
    soldiers`, two sides, nor `both sides`)."""
    doc = both.doc
    for j in range(both.i + 1, min(len(doc), both.i + 4)):
        word = doc[j]
        if word.lower_ in ("and", "of", ","):
            return False
        if word.pos_ == "NOUN":
            return (
                word.tag_ == "NNS" and people_status(word.lemma_.lower(), word.lower_) is not None
            )
        if word.pos_ not in ("ADJ", "PROPN"):
            return False
    return False


def _the_lone_attacker(the: Token) -> bool:
    """`the assailant`, `the suicide bomber`: one attacker, told of by the article."""
    doc = the.doc
    for j in range(the.i + 1, min(len(doc), the.i + 3)):
        word = doc[j]
        if word.lower_ in LONE_ATTACKERS:
            # (not one whose people are counted: "three facilitators of the bomber")
            return word.tag_ == "NN" and not (
                the.i > 0
                and doc[the.i - 1].lower_ == "of"
                and doc[the.i - 1].dep_ == "prep"
                and doc[the.i - 1].head.pos_ == "NOUN"
                and doc[the.i - 1].head.tag_ == "NNS"
            )
        if word.pos_ not in ("ADJ", "NOUN"):
            return False
    return False


def _bare_ordinal(word: Token) -> bool:
    """`a third` standing for a person: an ordinal that is itself the subject or object."""
    return word.lower_ in ORDINALS and (
        word.dep_ in ("nsubj", "nsubjpass", "dobj") or _gapped_ordinal(word) is not None
    )


def _gapped_ordinal(word: Token) -> Token | None:
    """`a trooper was killed and a second injured`: the ordinal the parser joined to the
    verb before, with the participle of its own fate hung on it; that participle."""
    head = word.head
    if (
        word.dep_ == "amod"
        and head.tag_ == "VBN"
        and head.dep_ == "conj"
        and fate_of_word(head.lemma_, head.lower_)
    ):
        return head  # "was shot dead and a second wounded", as the parser may also read it
    if word.dep_ != "conj":
        return None
    return next(
        (
            c
            for c in word.children
            if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and fate_of_word(c.lemma_, c.lower_)
        ),
        None,
    )


def _ordinal_value(ordinal: Token, rank: int) -> int:
    """How many `a third` counts: one person when its verb tells another fate than the
    verb it is coordinated with ("killed two and injured a third"), else the rank, read
    as the running total ("a fourth soldier had also died")."""
    gapped = _gapped_ordinal(ordinal)
    if gapped is not None:
        # "was killed and a second injured": one more, wounded
        coordinated = ordinal.head if ordinal.dep_ == "conj" else gapped.head
        same = fate_of_word(gapped.lemma_.lower(), gapped.lower_) == fate_of_word(
            coordinated.lemma_.lower(), coordinated.lower_
        )
        return rank if same else 1
    verb = ordinal.head
    if verb.dep_ != "conj":
        return rank
    own = fate_of_word(verb.lemma_.lower(), verb.lower_) or next(
        (
            fate_of_word(c.lemma_.lower(), c.lower_)
            for c in verb.children
            if c.dep_ in ("acomp", "oprd")
        ),
        None,
    )
    other = verb.head
    return rank if own == fate_of_word(other.lemma_.lower(), other.lower_) else 1


def _the_one_person(the: Token) -> bool:
    """`the driver died`, `killing the owner and his wife`: one person the article has
    not counted, the very subject or object of a verb (a fate checks that later)."""
    doc = the.doc
    for j in range(the.i + 1, min(len(doc), the.i + 4)):
        word = doc[j]
        if word.pos_ == "NOUN" and word.tag_ != "NN":
            return False  # "took the passengers hostage": many
        if word.pos_ == "NOUN" and word.head.i != j:
            if word.dep_ == "compound":
                continue  # "the truck driver"
            lemma = word.lemma_.lower()
            # (a civilian's or a fighter's trade: "the administrator", "the official" are
            # more often titles of someone told of)
            return (
                people_status(lemma, word.lower_) in ("civilian", "military")
                and lemma not in COLLECTIVES
                and word.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
                # a person told of before is referred back to ("killed the commander")
                and not any(t.lemma_.lower() == lemma for t in doc[: the.i])
            )
        if word.pos_ != "ADJ":
            return False
    return False


# Bodies whose members are fighters when the words before them say they are armed (or
# name an armed group): "an armed group", "a terrorist cell", "an Islamic State cell".
FIGHTING_UNITS = frozenset(
    {"group", "cell", "team", "unit", "gang", "network", "faction", "cartel", "organisation",
     "organization", "outfit", "movement"}
)  # fmt: skip
# Bodies armed by what they are: "members of the Sinaloa cartel", "of a gang".
ARMED_BY_NATURE = frozenset({"force", "cartel", "gang", "militia"})
# Gatherings and bodies of people who are no force: "a wedding party", "a delegation".
GATHERINGS = frozenset(
    {"party", "delegation", "congregation", "convoy", "crew", "parliament", "council",
     "committee", "press", "choir", "team", "club", "association", "union"}
)  # fmt: skip


def _pobj_of(members: Token) -> Token | None:
    """The body `members of` names: the object of its `of`."""
    of = next((c for c in members.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _members_of_a_gathering(members: Token) -> bool:
    """`13 members of a wedding party`, `members of a peace delegation`: people."""
    body = _pobj_of(members)
    return body is not None and body.lemma_.lower() in GATHERINGS


# A state's services that are forces when the words before them say so: "the general
# security service", "the intelligence services", "the public security apparatus".
STATE_SERVICES = frozenset({"service", "services", "apparatus", "agency", "directorate"})
SECURITY_WORDS = frozenset({"security", "intelligence", "border", "secret"})
ARMED_WORDS = frozenset(
    {"armed", "terrorist", "militant", "jihadist", "insurgent", "rebel", "extremist",
     "criminal", "separatist", "sleeper", "guerrilla", "outlawed", "banned", "proscribed"}
)  # fmt: skip


def _body_members_are_of(members: Token) -> Token | None:
    """The armed body `members of` names: its noun, when words before it (or a group's
    name) say it fights."""
    body = _pobj_of(members)
    if body is not None and body.lemma_.lower() in ARMED_BODIES | ARMED_NAMES | ARMED_BY_NATURE:
        return body  # "47 members of the People's Defense Force", "of the Sinaloa cartel"
    if (
        body is not None
        and body.lemma_.lower() in STATE_SERVICES
        and any(t.lower_ in SECURITY_WORDS for t in body.subtree if t.i < body.i)
    ):
        return body  # "16 members of the general security service", "of the intelligence"
    if body is None or body.lemma_.lower() not in FIGHTING_UNITS:
        return None
    before = [t for t in body.subtree if t.i < body.i]
    armed = any(t.lower_ in ARMED_WORDS for t in before) or any(
        t.pos_ == "PROPN" and actor_named(t.text) is not None for t in before
    )
    named = find_actors(members.doc[before[0].i : body.i].text) if before else []
    return body if armed or any(m.actor.kind != "country" for m in named) else None


def _implicit_counts(sentence: SpacySpan, *, taken: set[int]) -> list[Count]:
    """`a soldier was killed`, `another died in hospital`, `a civilian` in a list of dead,
    `his wife` and `their baby` killed with him."""
    doc = sentence.doc
    found = []
    for token in sentence:
        lower = token.lower_
        possessive = lower in POSSESSIVES and token.tag_ == "PRP$"
        the_one = lower == "the" and (
            _the_lone_attacker(token)
            # "the general and 27 of his bodyguards", "the colonel ... along with 26
            # others": beside a figure the guide counts only the figure
            or (not taken and _the_one_person(token))
        )
        both = lower == "both" and _both_of_them(token)
        if (lower not in IMPLICIT_DETERMINERS and not possessive and not the_one and not both) or (
            token.i in taken
        ):
            continue
        if token.i > sentence.start and doc[token.i - 1].lower_ == "not":
            continue  # "not a single soldier was killed": no one
        noun_i = None
        status = None
        following = doc[token.i + 1] if token.i + 1 < sentence.end else None
        if following is not None and (
            following.lower_ in ("dozen", "hundred", "thousand", "score")
            or lower == "another"
            and (following.text[:1].isdigit() or is_number_word(following.text))
            and following.lower_ != "one"
        ):
            continue  # "another 12 soldiers": the figure counts them, not "another"
        # "a fourth soldier had also died": the gold reads the rank as the running total
        value = ORDINALS.get(following.lower_, 1) if following and lower in ("a", "an") else 1
        if both:
            value = 2  # "both attackers were shot dead"
        skip_to = 0
        for j in range(token.i + 1, min(sentence.end, token.i + 10)):
            candidate = doc[j]
            if j < skip_to:
                continue
            if _acronym_in_brackets(sentence, j):
                skip_to = j + 3  # "a Border Security Force (BSF) trooper": the acronym
                continue
            if candidate.lemma_.lower() in HOUSEHOLDS and candidate.dep_ != "compound":
                break  # "a family of six": the six are counted, not the family
            if (
                candidate.lower_ != "one"
                and (candidate.text[:1].isdigit() or is_number_word(candidate.text))
                and "-" not in candidate.text
                and (j + 1 >= sentence.end or doc[j + 1].text != "-")
            ):
                # "an additional 284 people", "a further five": the figure counts them (but
                # "an eight-year-old child" is one)
                break
            if (
                lower == "another"
                and candidate.tag_ == "NN"
                and candidate.lemma_.lower() in ONE_FATE_NOUNS
            ):
                noun_i = j  # "reported another death", "another victim succumbed"
                break
            if candidate.lower_ == "member" and j + 1 < sentence.end and doc[j + 1].lower_ == "of":
                # "a member of the helicopter's crew", "a member of the army": one of them
                whole = next((c for c in doc[j + 1].children if c.dep_ == "pobj"), None)
                lemma = whole.lemma_.lower() if whole is not None else ""
                status = people_status(lemma, lemma) or (
                    "military" if lemma in ARMED_BODIES else "unknown"
                )
                noun_i = j
                break
            if candidate.lemma_.lower() in COLLECTIVES and candidate.dep_ != "compound":
                break  # "a pro-government militia", "a police unit": a body, not a person
            status = people_status(candidate.lemma_.lower(), candidate.lower_)
            if status is None and _a_national(sentence, j):
                noun_i, status = j, "unknown"  # "a Swede and an American": one of each land
                break
            if status is not None and candidate.dep_ == "compound" and candidate.head.i > j:
                described = candidate.head
                if people_status(described.lemma_.lower(), described.lower_):
                    continue  # "a police officer": the officer, whom the compound describes
                if described.lemma_.lower() != "member":  # ("a UN crew member" is one)
                    break  # "a passenger bus", "a hostage crisis", "a police station": a thing
            if (
                possessive
                and status is not None
                and candidate.pos_ != "ADJ"  # "their civilian driver": the driver is one
                and (candidate.tag_ != "NN" or candidate.lemma_.lower() == "life")
            ):
                # "their families", "his men": no one person (but "their driver"); "lost
                # his life": the one who lost it is counted
                break
            if status is not None and (
                candidate.tag_ in ("NN", "NNP") or _ends_noun_phrase(candidate, sentence)
            ):
                noun_i = j
                break
            if candidate.pos_ not in ("ADJ", "PROPN", "NOUN", "NUM") and candidate.lower_ not in (
                "more",
                "-",
            ):
                break
        if noun_i is None and lower == "another":
            nxt = doc[token.i + 1] if token.i + 1 < sentence.end else None
            if nxt is not None and nxt.lower_ == "of":
                # "another of its soldiers", "another of the wounded": one more of them
                whole = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                status = (
                    people_status(whole.lemma_.lower(), whole.lower_) if whole is not None else None
                )
                noun = whole.i if whole is not None and status is not None else None
                found.append(Count(1, "exact", token.i, token.i, token.i + 1, noun, status, True))
            elif (
                nxt is not None and (nxt.pos_ in ("VERB", "AUX", "ADV") or nxt.lower_ == "one")
            ) or (
                token.dep_ in ("dobj", "nsubj", "nsubjpass")
                and (nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ"))
            ):
                # "another died", "killed two rangers and injured another in Pattani"
                found.append(Count(1, "exact", token.i, token.i, token.i + 1, None, None, True))
            continue
        if noun_i is None and following is not None and _bare_ordinal(following):
            # "killed two rangers and injured a third", "a third is missing": one more
            # person, by rank in the list (a rank of the same fate is the running total)
            found.append(
                Count(
                    _ordinal_value(following, value),
                    "exact",
                    token.i,
                    token.i,
                    token.i + 2,
                    following.i,
                    None,
                    implicit=True,
                )
            )
            continue
        if noun_i is None:
            continue
        if doc[noun_i].lemma_.lower() == "couple":
            if noun_i + 1 < sentence.end and doc[noun_i + 1].lower_ == "of":
                continue  # "a couple of soldiers": a few, no figure
            value = 2  # "an elderly couple were killed": two people
        found.append(
            Count(value, "exact", token.i, token.i, token.i + 1, noun_i, status, implicit=True)
        )
    return found + _sharing_determiners(sentence, found)


def _sharing_determiners(sentence: SpacySpan, found: list[Count]) -> list[Count]:
    """`his wife and daughter`, `a woman and child`: a singular people noun joined on to
    an implicit one, with no determiner of its own, is one more person."""
    doc = sentence.doc
    nouns = {c.noun for c in found}
    more = []
    for count in found:
        if count.noun is None or count.value != 1:
            continue
        for token in doc[count.noun].conjuncts:
            status = people_status(token.lemma_.lower(), token.lower_)
            if (
                token.i <= count.noun
                or token.i in nouns
                or token.tag_ != "NN"
                or status is None
                or any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
            ):
                continue
            nouns.add(token.i)
            more.append(Count(1, "exact", token.i, token.i, token.i + 1, token.i, status, True))
    return more
