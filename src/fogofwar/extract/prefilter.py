"""Which parts of an article can hold a casualty claim, found without spaCy.

Parsing is most of a run's cost and most sentences of a report hold no figure, so a
cheap first pass (regular expressions, no model) picks the sentences worth a full parse:
every sentence with a fate word (any form of a word in `fate_words.tsv`, or a phrase of
`fate_phrases.tsv`) and something that can count people (digits, a number word, `a`,
`another`, `his`... before a noun, or a capitalised name). Around each it keeps what the
extraction reads there: the sentences just before (the speaker: `The ministry said:`)
and just after (`..., it added.`, a quotation's closing speaker), and the article's
headline and lead (where the incident, its place and its date are told).

The sentences here are rough (a line break or an end mark followed by a capital); the
parser draws the real ones inside the kept parts. A part is cut only where a line ends
or where a rough sentence ends, and widened to whole lines when its lines are short, so
the parser never starts in the middle of one of its own sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .attribution import REPORTING_LEMMAS, quotations
from .numbers import NUMBER_WORDS
from .vocabulary import FATE_PHRASES, FATE_WORDS, PEOPLE

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


_FATE_FORMS = frozenset(f for w in FATE_WORDS for f in _forms(w.lower()))
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
              "bodies", "murder", "behead")
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


def candidates(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The indices of the rough sentences that can hold a casualty figure: a fate word or
    phrase, and a figure, a count without one (`a soldier`, `another`, `his wife`) or,
    with a fate that befalls named people, a name."""
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower-case into two characters
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
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
    text: str,
    *,
    before: int = BEFORE,
    after: int = AFTER,
    lead: int = LEAD,
    cued: bool = True,
) -> list[tuple[int, int]]:
    """The (start, end) parts of `text` to parse fully, in order, not overlapping."""
    sentences = rough_sentences(text)
    keep = set(range(min(lead, len(sentences))))
    lower = text.lower()
    starts = [start for start, _ in sentences]
    quoted = quotations(text) if _QUOTE.search(text) else []
    for i in candidates(text, sentences):
        keep.add(i)
        # a quotation's speaker is named where it closes or opens (`Quotations`)
        first = sentences[i][0]
        for opens, closes in quoted:
            if opens <= first < closes or sentences[i][0] <= opens < sentences[i][1]:
                keep.add(bisect.bisect_right(starts, opens) - 1)
                keep.add(bisect.bisect_right(starts, closes) - 1)
        for j in range(max(0, i - before), i):
            if not cued or _may_speak(lower, *sentences[j]) or _names_people(lower, *sentences[j]):
                keep.add(j)
        for j in range(i + 1, min(len(sentences), i + after + 1)):
            if not cued or _may_speak(lower, *sentences[j]):
                keep.add(j)
        # `it said`, `he added`: the last speaker named before, however far back (the
        # last sentence with a reporting word may name none: "based on reporting")
        found = 0
        for j in range(i - 1, -1, -1):
            if found == SPEAKERS_BACK:
                break
            if _REPORTS.search(lower, *sentences[j]):
                keep.add(j)
                found += 1
    return [(_widened(text, start), end) for start, end in _runs(sentences, keep)]


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


_QUOTE = re.compile(r"[\"“”«»„]")
_REPORTS = re.compile(
    r"\b(?:according|said|says|told|wrote|written|found|gave|given|quoted|"
    + _alternation({f for lemma in REPORTING_LEMMAS for f in _forms(lemma)})
    + r")\b"
)
_SPEECH = re.compile(_REPORTS.pattern + r"|[\"“”«»„]")


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
