"""Which parts of an article can hold a casualty claim, found without spaCy.

Parsing is most of a run's cost and most sentences of a report hold no figure, so a
cheap first pass (regular expressions and word sets, no model) picks what gets spaCy's
whole pipeline (`nlp.parse_many(regions=claim_regions)`); the rest gets only what
grouping reads there. A candidate is a sentence with a fate (any regular form of a word
of `fate_words.tsv` or `fate_hints.tsv`, or a phrase of `fate_phrases.tsv`) and something
the extraction counts: digits, a number word (`a dozen`), a count without a figure (`a
soldier`, `another`, `his wife`), or, with a fate that befalls named people, a name.

Around each candidate it keeps what the extraction reads beyond the sentence: the
sentence before when it may name the speaker or the people (`The ministry said:`, `two
others`), the sentence after when it may name the speaker (`This was announced by X.`),
the last two sentences with a reporting word before it however far back (`it added`),
the sentences where a quotation it stands in opens and closes (`..." the colonel said`);
and always the first `LEAD` sentences (headline, dateline, lead: where the incident's
place and date are told). On the gold corpora this keeps every English evidence sentence
and gives the claims of a whole parse (tests/test_prefilter.py).

The sentences here are rough (a line break, or an end mark followed by a capital, not
after `Gen.` or `U.S.`); the parser draws the real ones inside the kept parts. A part
starts at a line break or a rough sentence's start and ends with a rough sentence's white
space, so the parser's sentences inside it are the ones it finds in the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .attribution import PERSON_PRONOUN_SAYS, REPORTING_LEMMAS, quotations
from .numbers import NUMBER_WORDS
from .vocabulary import FATE_HINTS, FATE_PHRASES, FATE_WORDS, PEOPLE

#: Rough sentences before and after a candidate that are parsed with it.
BEFORE, AFTER = 1, 1
#: Sentences with a reporting word kept before each candidate, however far back.
SPEAKERS_BACK = 2
#: Rough sentences at the start of an article (headline, dateline, lead) always parsed.
LEAD = 6


def _forms(word: str) -> set[str]:
    """The word and its regular inflections: kill, kills, killed, killing; die, dying;
    casualty, casualties; kidnap, kidnapped. Over-matching costs a little time, never a
    claim."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwxy":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_FATE_FORMS = frozenset(f for w in (*FATE_WORDS, *FATE_HINTS) for f in _forms(w.lower()))
# Every fate phrase in one pattern, matched on lower-cased text (case-insensitive
# matching costs Python's `re` several times as much).
_PHRASES = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in FATE_PHRASES))
_NUMBERS = NUMBER_WORDS | {"billion"}
# What makes a count without a figure (see `counts`): `a soldier`, `his wife`, `another`.
_DETERMINERS = frozenset({"a", "an", "his", "her", "their"})
_PEOPLE_FORMS = frozenset(f for w in PEOPLE for f in _forms(w.lower()))
_PEOPLE_REACH = 7  # words after the determiner in which its people noun may stand
# Fates a named victim needs no figure for (`claims.NAMED_FATES`), in every form.
_NAMED_FATE_FORMS = frozenset(
    f
    for w in ("kill", "assassinate", "eliminate", "slay", "slain", "execute", "die", "body",
              "bodies", "murder", "behead", "injure", "wound", "dead", "martyr", "martyrdom",
              "shahadat")
    for f in _forms(w)
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+|\d")
# A capitalised word after the first of its sentence: a name (of a victim, perhaps)
_NAME = re.compile(r"(?<=[\w,;:)\]\"'”’] )[A-Z]")

# The end of a rough sentence: a line break, or an end mark (and closing quotes or
# brackets) followed by white space and a capital, a digit or an opening quote.
_BREAK = re.compile(r"\n+[ \t]*|(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(]?[A-Z0-9])")
# Words that end with a full stop without ending a sentence: `Gen. Ali`, `U.S. troops`.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b[A-Za-z]\.[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Cpt|Sgt|Maj|Brig|Adm|"
    r"Cdr|Pte|Pvt|Cpl|Rep|Sen|Gov|Pres|Prof|Rev|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Jr|Sr|vs|etc|approx|est|al|Fig|Vol))\.$"
)


def rough_sentences(text: str) -> list[tuple[int, int]]:
    """`text` cut into rough sentences, (start, end) offsets that cover it end to end
    (each with the white space after it)."""
    bounds = []
    start = 0
    for brk in _BREAK.finditer(text):
        if brk.end() >= len(text):
            break
        if "\n" not in brk.group() and _ABBREVIATION.search(
            text, max(0, brk.start() - 8), brk.start()
        ):
            continue
        bounds.append((start, brk.end()))
        start = brk.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def candidates(
    text: str, sentences: list[tuple[int, int]], *, lower: str | None = None
) -> set[int]:
    """The indices of the rough sentences that can hold a casualty figure: a fate word or
    phrase, and a figure, a count without one (`a soldier`, `another`, `his wife`) or,
    with a fate that befalls named people, a name. `lower` is `lowered(text)`."""
    lower = lowered(text) if lower is None else lower
    starts = [start for start, _ in sentences]
    phrased = {bisect.bisect_right(starts, m.start()) - 1 for m in _PHRASES.finditer(lower)}
    found = set()
    for i, (start, end) in enumerate(sentences):
        words = _WORD.findall(lower, start, end)
        if i not in phrased and _FATE_FORMS.isdisjoint(words):
            continue
        if _counts(words) or (
            not _NAMED_FATE_FORMS.isdisjoint(words) and _NAME.search(text, start, end)
        ):
            found.add(i)
    return found


def lowered(text: str) -> str:
    """`text` in lower case, letter for letter (so every offset stays true): the few
    letters that lower-case into two characters (`İ`) are left as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _counts(words: list[str]) -> bool:
    """Whether the words hold a figure or a count without one."""
    for i, word in enumerate(words):
        if word.isdigit() or word in _NUMBERS or word == "another":
            return True
        if word in _DETERMINERS and not _PEOPLE_FORMS.isdisjoint(
            words[i + 1 : i + 1 + _PEOPLE_REACH]
        ):
            return True
    return False


def claim_regions(
    text: str, *, before: int = BEFORE, after: int = AFTER, lead: int = LEAD
) -> list[tuple[int, int]]:
    """The (start, end) parts of `text` to parse fully, in order, not overlapping: each
    candidate sentence with the sentences the extraction reads around it, and the lead.
    Linear in the text (a hostile text may be all figures)."""
    sentences = rough_sentences(text)
    lower = lowered(text)
    starts = [start for start, _ in sentences]
    keep = set(range(min(lead, len(sentences))))
    reporting = [i for i, (s, e) in enumerate(sentences) if _REPORTS.search(lower, s, e)]
    quoted = quotations(text) if _QUOTE.search(text) else []
    opened = [opens for opens, _ in quoted]
    for i in sorted(candidates(text, sentences, lower=lower)):
        start, end = sentences[i]
        keep.add(i)
        # a quotation it stands in or opens: its speaker is named where the quotation
        # closes or opens (`attribution.Quotations`)
        first = bisect.bisect_right(opened, start) - 1
        last = bisect.bisect_left(opened, end)
        for opens, closes in quoted[max(first, 0) : max(last, first + 1)]:
            if opens <= start < closes or start <= opens < end:
                keep.add(bisect.bisect_right(starts, opens) - 1)
                keep.add(bisect.bisect_right(starts, closes) - 1)
        # the sentence before, if it may name the speaker or the people (`two others`)
        for j in range(max(0, i - before), i):
            if _may_speak(lower, *sentences[j]) or _names_people(lower, *sentences[j]):
                keep.add(j)
        # the sentence after, if it may name the speaker (`This was announced by X.`)
        for j in range(i + 1, min(len(sentences), i + after + 1)):
            if _may_speak(lower, *sentences[j]):
                keep.add(j)
        # `he said`: the person named last before it, who may have been introduced with
        # no reporting word (`X, a farmer who survived, described the scene.`)
        if PERSON_PRONOUN_SAYS.search(lower, start, end):
            for j in range(i - 1, max(-1, i - 1 - PERSON_BACK), -1):
                if _names_people(lower, *sentences[j]):
                    keep.add(j)
                    break
        # `it said`, `he added`: the last speaker named before, however far back (the
        # last sentence with a reporting word may name none: "based on reporting")
        nearest = bisect.bisect_left(reporting, i)
        keep.update(reporting[max(0, nearest - SPEAKERS_BACK) : nearest])
    regions: list[tuple[int, int]] = []
    for start, end in _runs(sentences, keep):
        start = _widened(text, start)
        if regions and start <= regions[-1][1]:  # only line breaks were left between
            regions[-1] = (regions[-1][0], end)
        elif start < end:
            regions.append((start, end))
    return regions


def _widened(text: str, start: int) -> int:
    """`start` moved back over the line break before it: the parser reads a part that
    starts on a new line as it reads that line in the whole text."""
    while start > 0 and text[start - 1] in "\n\r":
        start -= 1
    return start


def _names_people(lower: str, start: int, end: int) -> bool:
    """Whether a sentence names people (whom `two others` after it may go on about)."""
    words = _WORD.findall(lower, start, end)
    return not (_PEOPLE_FORMS.isdisjoint(words) and _FATE_FORMS.isdisjoint(words))


def _may_speak(lower: str, start: int, end: int) -> bool:
    """Whether a sentence may name a speaker or quote one."""
    return _SPEECH.search(lower, start, end) is not None


_QUOTE = re.compile(r"[\"“”«»„]")  # the marks `attribution.quotations` reads
#: How far back a `he said` looks for the person it means.
PERSON_BACK = 3
_REPORTS = re.compile(
    r"\b(?:according|said|says|told|wrote|written|found|gave|given|quoted|"
    + _alternation({f for lemma in REPORTING_LEMMAS for f in _forms(lemma)})
    + r")\b"
)
_SPEECH = re.compile(_REPORTS.pattern + "|" + _QUOTE.pattern)


def _runs(sentences: list[tuple[int, int]], keep: set[int]) -> Iterator[tuple[int, int]]:
    """Consecutive kept sentences joined into one part each."""
    start = end = None
    for i, (s, e) in enumerate(sentences):
        if i in keep:
            if start is None:
                start = s
            end = e
        elif start is not None and end is not None:
            yield start, end
            start = end = None
    if start is not None and end is not None:
        yield start, end
