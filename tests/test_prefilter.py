"""The first pass that picks what to parse: which sentences can hold a figure, what is kept
around them, and that a partly parsed Doc keeps the text, its offsets and the claims."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean import detect_language
from fogofwar.extract import nlp
from fogofwar.extract.prefilter import candidates, claim_regions, rough_sentences

FILLER = [
    "The valley of Orvend lies between two ridges of the Tessar range.",
    "Farmers there grow barley and keep goats on the upper slopes.",
    "A new road to the provincial capital was opened last spring.",
    "Traders from the coast come to the market every Thursday.",
    "The district council meets in a former school building.",
    "Snow closes the northern pass for much of the winter.",
    "Most households draw their water from the Orvend river.",
]


def _kept(text: str, sentence: str) -> bool:
    """Whether `sentence` (found in `text`) lies inside one part `claim_regions` picks."""
    start = text.index(sentence)
    end = start + len(sentence)
    return any(a <= start and end <= b for a, b in claim_regions(text))


def _article(*sentences: str) -> str:
    """An invented report: a headline, the filler (past the lead), then `sentences`."""
    return "Unrest in Orvend\n\n" + " ".join(FILLER) + "\n\n" + " ".join(sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels killed 12 soldiers near the bridge.",
        "At least 1,200 people have died since March.",
        "Seventy-one civilians were wounded in the shelling.",
        "Twelve villagers were taken hostage by the gunmen.",
        "A dozen fighters were captured after the raid.",
        "Three hundred and twenty bodies were recovered from the rubble.",
        "The death toll rose to 40 on Sunday.",
        "Five residents lost their lives in the fire.",
        "The attack left two policemen dead and four injured.",
        "Some 30 people are missing after the flood of refugees.",
        "A soldier was killed when his patrol hit a mine.",
        "Another died in hospital overnight.",
        "His wife was shot dead at the checkpoint.",
        "Colonel Arvo Lind was killed in the ambush.",
        "Fatalities among the militia reached 2.8 thousand.",
        "Casualties were put at 45.",
        "Police detained 17 protesters in the square.",
        "The funerals of about 50 cadets were held on Thursday.",
    ],
)
def test_a_sentence_that_can_hold_a_figure_is_a_candidate(sentence: str) -> None:
    text = _article(sentence)
    sentences = rough_sentences(text)
    index = next(i for i, (start, _) in enumerate(sentences) if text[start:].startswith(sentence))
    assert index in candidates(text, sentences)
    assert _kept(text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels attacked the town at dawn.",  # no fate, no figure
        "Fighting raged for hours around the 12 villages.",  # a figure, no fate
        "The killing must stop, the mayor's office insisted.",  # a fate, no count
        "Relatives gathered outside the morgue.",
    ],
)
def test_a_sentence_without_a_figure_and_a_fate_is_left_out(sentence: str) -> None:
    text = _article(sentence)
    sentences = rough_sentences(text)
    index = next(i for i, (start, _) in enumerate(sentences) if text[start:].startswith(sentence))
    assert index not in candidates(text, sentences)
    assert not _kept(text, sentence)


def test_the_speakers_around_a_figure_are_kept_and_the_rest_is_not() -> None:
    speaker = "The provincial health office said in a statement on Tuesday:"
    figure = "Nine people were killed and 14 wounded."
    aside = "The road was reopened in the afternoon."
    text = _article(speaker, figure, aside, "The council will meet again next week.")
    assert _kept(text, speaker)
    assert _kept(text, figure)
    assert not _kept(text, aside)
    assert not _kept(text, FILLER[-1])  # past the lead, no figure, names no one


def test_a_speaker_named_far_back_and_a_quotation_closing_later_are_kept() -> None:
    named = "Colonel Mira Toska, a spokeswoman for the army, spoke to reporters."
    said = "She said the unit had been ambushed at night."
    figure = "\u201cWe lost six men."
    middle = "The convoy was carrying fuel."
    closing = "It was a terrible night,\u201d the colonel told the press."
    text = _article(named, said, FILLER[0], FILLER[1], figure, middle, closing)
    assert _kept(text, said)  # the last sentence that names a speaker before the figure
    assert _kept(text, closing)  # where the quotation the figure stands in closes


def test_the_headline_and_lead_are_always_kept() -> None:
    text = _article("Nothing else happened.")
    assert _kept(text, "Unrest in Orvend")
    assert _kept(text, FILLER[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One. ", "Two."]),
        ("Gen. Abel Rusk said 3 died. Then rain.", ["Gen. Abel Rusk said 3 died. ", "Then rain."]),
        ("U.S. troops left. Others stayed.", ["U.S. troops left. ", "Others stayed."]),
        ("Headline\n\nBody text here.", ["Headline\n\n", "Body text here."]),
        ("\u201cFive died.\u201d Then silence.", ["\u201cFive died.\u201d ", "Then silence."]),
        ("lower. case goes on", ["lower. case goes on"]),
        ("", [""]),
    ],
)
def test_rough_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in rough_sentences(text)] == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from("aB1 .\n\u201c\u201dkilled "), max_size=200))
def test_regions_and_sentences_cover_the_text_in_order(text: str) -> None:
    bounds = rough_sentences(text)
    assert "".join(text[a:b] for a, b in bounds) == text
    regions = claim_regions(text)
    assert all(0 <= a < b <= len(text) for a, b in regions)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(regions, regions[1:], strict=False))


def test_a_letter_that_lower_cases_into_two_keeps_offsets() -> None:
    text = "\u0130stanbul report\n\n" + " ".join(FILLER) + " Gunmen killed 4 guards."
    assert _kept(text, "Gunmen killed 4 guards.")


# With the model ---------------------------------------------------------------------

ARTICLE = "\n\n".join(
    [
        "Clashes in Orvend leave nine dead",
        "ORVEND, May 3 (Wire) - Fighting between the army and the Tessar Front",
        " ".join(FILLER[:4]),
        "The provincial health office said in a statement on Tuesday that nine people were "
        "killed and 14 wounded. It added that a child was among the dead.",
        " ".join(FILLER[4:]),
        "\u201cWe lost six men in the ambush. The convoy was carrying fuel,\u201d Colonel Mira "
        "Toska, a spokeswoman for the army, told reporters. Two more soldiers died in "
        "hospital on Wednesday.",
        "The Tessar Front said it had captured 11 soldiers, a claim the army denied.",
        "Barley prices in the market rose by a third.",
    ]
)


@pytest.mark.slow
def test_a_partly_parsed_doc_keeps_the_text_and_every_offset() -> None:
    doc = nlp.parse(ARTICLE, regions=claim_regions)
    assert doc.text == ARTICLE
    assert nlp.parsed_ranges(doc) != ((0, len(doc)),)  # some of it was left unparsed
    for token in doc:
        assert ARTICLE[token.idx : token.idx + len(token.text)] == token.text
    whole = nlp.parse(ARTICLE)
    assert [t.text for t in doc] == [t.text for t in whole]
    parsed = [(s.start_char, s.end_char, s.text) for s in nlp.sentences(doc)]
    for start, end, text in parsed:
        assert ARTICLE[start:end] == text
    # the sentences of the parsed parts are the whole parse's, and only theirs are given
    everywhere = {(s.start_char, s.end_char) for s in nlp.sentences(whole)}
    assert {(start, end) for start, end, _ in parsed} <= everywhere
    assert not any("Barley prices" in text for _, _, text in parsed)
    # the unparsed parts still have sentences (dates read them) and grouping's lemmas
    assert any("Barley prices" in s.text for s in nlp.sentence_spans(doc))
    barley = next(t for t in doc if t.text == "Barley")
    assert barley.pos_ and barley.lemma_


@pytest.mark.slow
def test_the_pipeline_gives_the_same_claims_with_and_without_the_filter() -> None:
    from fogofwar.pipeline import analyse
    from fogofwar.settings import Settings

    def claims(on: bool) -> list[tuple[object, ...]]:
        found = analyse(ARTICLE, published="2031-05-04", settings=Settings(parse_only_claims=on))
        return sorted(
            (c.evidence.start, c.evidence.end, c.category, c.count, c.party, c.status, c.claimant)
            for c in found
        )

    with_filter = claims(True)
    assert len(with_filter) >= 4
    assert with_filter == claims(False)


# The gold corpora: the filter loses no gold evidence --------------------------------

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["dev", "check"])
def test_the_filter_keeps_every_gold_evidence_sentence(corpus: str) -> None:
    """Every gold claim's evidence lies inside what is parsed. Evidence in a language the
    extractor does not read (a quoted post in Turkish) is not counted: no English fate
    word can find it, parsed or not. Only whether each is kept is asserted: the texts of
    `check` are never printed."""
    folder = CORPORA / corpus
    if not folder.is_dir():
        pytest.skip(f"../shared/corpus/{corpus} is not available")
    lost = []
    total = 0
    for path in sorted(folder.glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            text = article["text"]
            regions = claim_regions(text)
            for claim in article["claims"]:
                evidence = claim["evidence"]
                if detect_language(evidence) != "en":
                    continue
                total += 1
                found = re.search(r"\s+".join(map(re.escape, evidence.split())), text)
                assert found is not None
                if not any(a <= found.start() and found.end() <= b for a, b in regions):
                    lost.append(article["doc_id"])
    assert total > 100
    assert lost == [], f"{len(lost)} of {total} gold evidence sentences not parsed: {lost}"


def test_parts_left_only_line_breaks_apart_are_one() -> None:
    text = "Head.\n1\n2\n3\n4\n5\n6\nGunmen killed 5.\n \nThe army said 3 died."
    head, figures = claim_regions(text)
    assert text[slice(*head)] == "Head.\n1\n2\n3\n4\n5\n"  # the lead; "6" is left out
    assert text[slice(*figures)] == "\nGunmen killed 5.\n \nThe army said 3 died."


def test_the_person_a_later_he_said_means_is_kept() -> None:
    introduced = "Musa Bello, a farmer who survived the attack, described the scene."
    text = _article(
        introduced,
        "“They came at dawn.",
        "They killed eight people in my street,” he said.",
    )
    assert _kept(text, introduced)
