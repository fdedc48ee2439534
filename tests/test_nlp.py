"""The spaCy layer: long texts parsed in parts that join back exactly, entity look-ups."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.extract import nlp
from fogofwar.extract.nlp import entities_in, entity_at, parse, parse_many, sentences, text_parts

PARAGRAPHS = [
    "Three Kyrgyz soldiers were killed near Kordak on Monday, the ministry said.",
    "Tajikistan said two of its border guards died and five were wounded in Vorukh.",
    "The fighting lasted from 20 to 80 minutes, officials in Bishkek told Reuters.",
]
TEXT = "\n\n".join(PARAGRAPHS * 4)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("one\n\ntwo\n\nthree", 9, ["one\n\n", "two\n\n", "three"]),
        ("one\n\ntwo\nthree", 12, ["one\n\n", "two\nthree"]),
        ("one\ntwo\nthree", 9, ["one\ntwo\n", "three"]),
        ("One. Two. Three.", 11, ["One. Two. ", "Three."]),
        ("one two three", 9, ["one two ", "three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("short", 100, ["short"]),
        ("", 5, [""]),
    ],
)
def test_text_parts_cut_at_the_widest_break_within_the_limit(
    text: str, limit: int, expected: list[str]
) -> None:
    assert text_parts(text, limit=limit) == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.sampled_from("ab .\n"), max_size=300),
    limit=st.integers(min_value=1, max_value=40),
)
def test_text_parts_join_back_exactly_and_respect_the_limit(text: str, limit: int) -> None:
    parts = text_parts(text, limit=limit)
    assert "".join(parts) == text
    assert all(len(part) <= limit for part in parts)
    assert all(parts[:-1])  # no empty part, so every part makes progress


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.sampled_from("ab1,. \n"), max_size=300),
    most_tokens=st.integers(min_value=1, max_value=30),
)
def test_text_parts_respect_the_most_tokens(text: str, most_tokens: int) -> None:
    parts = text_parts(text, limit=1_000, most_tokens=most_tokens)
    assert "".join(parts) == text
    assert all(nlp.rough_tokens(part) <= most_tokens for part in parts)
    assert all(parts[:-1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were killed.", 5),
        ("numbering 1, 2, 3 were killed", 8),
        ("", 0),
    ],
)
def test_rough_tokens_count_words_numbers_and_marks(text: str, expected: int) -> None:
    assert nlp.rough_tokens(text) == expected


def test_a_list_of_bare_figures_is_cut_by_its_tokens_and_batched_alone() -> None:
    """100,000 characters of `1, 2, 3, ...` are 40,000 tokens, whose tok2vec alone held
    600 MB: parts and batches are bounded by `PART_TOKENS`, and prose never meets it."""
    figures = ", ".join(str(i % 997 + 1) for i in range(50_000))
    parts = text_parts(figures)
    assert len(parts) > len(figures) // nlp.PART_CHARS + 1
    assert all(nlp.rough_tokens(part) <= nlp.PART_TOKENS for part in parts)
    batches = list(nlp._part_batches([figures], part_chars=nlp.PART_CHARS, batch_size=32))
    assert all(sum(nlp.rough_tokens(part) for part, _, _ in b) <= nlp.PART_TOKENS for b in batches)
    prose = TEXT * 300  # 255,000 characters: parts by characters only
    assert len(text_parts(prose)) == 3
    assert text_parts(prose) == text_parts(prose, most_tokens=10**9)


def test_a_text_without_breaks_is_cut_in_linear_time() -> None:
    parts = text_parts("x" * 1_000_000, limit=1000)
    assert len(parts) == 1000


@pytest.mark.slow
@pytest.mark.parametrize("part_chars", [80, 200, 10_000])
def test_parts_parse_like_the_whole_text(part_chars: int) -> None:
    whole = nlp.load_model()(TEXT)
    (doc,) = parse_many([TEXT], part_chars=part_chars)
    assert doc.text == TEXT
    assert [t.idx for t in doc] == [t.idx for t in whole]
    sentences = [(s.start_char, s.end_char) for s in nlp.sentence_spans(doc)]
    assert sentences == [(s.start_char, s.end_char) for s in whole.sents]
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert entities == [(e.start_char, e.end_char, e.label_) for e in whole.ents]


@pytest.mark.slow
def test_many_texts_come_back_in_order_one_doc_each() -> None:
    texts = [TEXT, "", "Five were killed.", TEXT[:500]] * 3
    docs = list(parse_many(texts, part_chars=100, batch_size=3))
    assert [d.text for d in docs] == texts


@pytest.mark.slow
def test_a_text_over_spacys_limit_is_parsed() -> None:
    model = nlp.load_model()
    limit = model.max_length
    model.max_length = 1_000  # spaCy's limit, made small (it is a million characters)
    try:
        (doc,) = parse_many([TEXT * 2], part_chars=500)
    finally:
        model.max_length = limit
    assert len(doc.text) > 1_000 and doc.text == TEXT * 2


@pytest.mark.slow
def test_entity_lookups_agree_with_spacy() -> None:
    (doc,) = parse_many([TEXT])
    for token in doc:
        found = entity_at(token)
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        got = (found.start, found.end, found.label_) if found is not None else None
        want = (expected.start, expected.end, expected.label_) if expected is not None else None
        assert got == want
    for sentence in doc.sents:
        assert [(e.start, e.end) for e in entities_in(sentence)] == [
            (e.start, e.end) for e in sentence.ents
        ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline without a full stop keeps the next line's subject with its verb
        ("Fighting on the border\nArmenia said on Tuesday that drones hit a bus.",
         ["Fighting on the border", "Armenia said on Tuesday that drones hit a bus."]),
        ("Clashes in the north\nKestria reported that 12 soldiers died.",
         ["Clashes in the north", "Kestria reported that 12 soldiers died."]),
        # no sentence opens right after a bare word
        ("The toll in the eastern city of Dorn is at least 900 dead.",
         ["The toll in the eastern city of Dorn is at least 900 dead."]),
        ("Staff Sergeant Tomas Reyes and Lance Corporal Ana Lind died.",
         ["Staff Sergeant Tomas Reyes and Lance Corporal Ana Lind died."]),
        # nor right after a figure
        ("Strike on Dorn\n21 people killed, 83 wounded: what we know",
         ["Strike on Dorn", "21 people killed, 83 wounded: what we know"]),
        # full stops and line breaks still end sentences
        ("Ten died. Two were hurt.\nDORN", ["Ten died.", "Two were hurt.", "DORN"]),
    ],
)  # fmt: skip
def test_the_parser_keeps_a_lines_words_together(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(parse(text))] == expected
