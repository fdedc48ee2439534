"""Counts found in parsed sentences: which numbers could be casualty figures, and which not."""

from __future__ import annotations

import pytest

import fogofwar
from fogofwar.extract.counts import find_counts
from wire import claims_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def counts_in():
    from fogofwar.extract import nlp

    def run(sentence: str) -> list[tuple[int, str, str | None, str | None, bool]]:
        doc = nlp.parse(sentence)
        return [
            (c.value, c.qualifier, doc[c.noun].text if c.noun is not None else None,
             c.status, c.implicit)
            for c in find_counts(doc[:])
        ]  # fmt: skip

    return run


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 12 soldiers were killed.", [(12, "at_least", "soldiers", "military", False)]),
        ("Some 300 fighters were captured.", [(300, "approx", "fighters", "military", False)]),
        # a rounding hyphened on the figure
        ("40-odd soldiers died.", [(40, "approx", "soldiers", "military", False)]),
        ("The 40-plus passengers died.", [(40, "at_least", "passengers", "civilian", False)]),
        # a measure of a thing is no count
        ("A 3-storey building fell.", []),
        # a quoted figure, then the people it counts
        ('Troops killed "more than 30" Somali soldiers.',
         [(30, "at_least", "soldiers", "military", False)]),
        # a hyphened name between the figure and its people
        ("Troops killed 50 al-Shabaab militants.", [(50, "exact", "militants", "military", False)]),
        ("Up to 40 people died over 10 days.", [(40, "at_most", "people", "unknown", False)]),
        ("Seventy - one people died.", [(71, "exact", "people", "unknown", False)]),
        ("The toll is 2.8 thousand.", [(2800, "exact", None, None, False)]),
        ("Communication with 14 servicemen was lost.",
         [(14, "exact", "servicemen", "military", False)]),
        ("Two of its soldiers died.", [(2, "exact", "soldiers", "military", False)]),
        ("Nine of their own were killed.", [(9, "exact", None, None, False)]),
        # a demonym standing for people
        ("Three Malawians were killed.", [(3, "exact", "Malawians", None, False)]),
        # implicit ones; an ordinal gives the running count, as the code reads it
        ("A soldier was killed.", [(1, "exact", "soldier", "military", True)]),
        ("A third soldier died.", [(3, "exact", "soldier", "military", True)]),
        ("Another died in hospital.", [(1, "exact", None, None, True)]),
        # ages beside a count are not counts
        ("Two soldiers aged 19 and 21 were killed.", [(2, "exact", "soldiers", "military", False)]),
        # a year is not a count; the figure after it is
        ("In 2019, 14 soldiers were killed.", [(14, "exact", "soldiers", "military", False)]),
        # sub-counts: by condition and by rank
        ("Eighteen people were injured, 15 in critical condition.",
         [(18, "exact", "people", "unknown", False)]),
        ("Nine soldiers were killed, including two officers.",
         [(9, "exact", "soldiers", "military", False)]),
        # an age is no count, but "a ... man" is an implicit one
        ("A 45-year-old man was killed in the shelling.",
         [(1, "exact", "man", "unknown", True)]),
    ],
)  # fmt: skip
def test_find_counts(counts_in, sentence: str, expected: list[tuple]) -> None:
    assert counts_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling began at 5:30 on 12 May.",
        "The 45-year-old driver and the 19-year-old were hurt.",
        "Four armoured personnel carriers were destroyed.",
        "Two positions were lost.",
        "The fighting lasted 3 hours and spread 20 kilometres.",
        "3 of the wounded are in hospital.",
        "Three of the wounded are in hospital in the capital.",
        "The army lost 3 tanks and 12 drones.",
        "Dozens of soldiers were killed and several were wounded.",
        "The clashes of 2022 were the worst in years.",
    ],
)
def test_not_counts(counts_in, sentence: str) -> None:
    """Times, dates, ages, years, distances, equipment, positions, sub-counts and vague
    amounts give no count that could become a claim."""
    assert counts_in(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "Security Council Resolution 2334 was cited after 4 soldiers were killed near Route 60.",
        "Four soldiers were killed at Checkpoint 12 on Highway 7 near Flight 17's crash site.",
    ],
)
def test_a_number_that_names_a_thing_is_no_count(text: str) -> None:
    claims = fogofwar.analyse(text, published="2024-05-05")
    assert [c.count for c in claims] == [4]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fate word before a people noun describes them; the noun is what is counted
        ("Two injured soldiers succumbed.", [(2, "exact", "soldiers", "military", False)]),
        ("Three wounded civilians died.", [(3, "exact", "civilians", "civilian", False)]),
        # a hedge is no noun, even when its lemma is one ("suspect")
        ("Three suspected militants were killed.",
         [(3, "exact", "militants", "military", False)]),
        # a toll's figure before the tally noun is a bare count, not a count of "numbers"
        ("This brings to 55 the total number of dead.", [(55, "exact", None, None, False)]),
        # "another 12": the figure alone; "a dozen": twelve, not one
        ("Another 12 soldiers were wounded.", [(12, "exact", "soldiers", "military", False)]),
        ("A dozen soldiers were killed.", [(12, "exact", "soldiers", "military", False)]),
        # "a fourth soldier": the gold reads the rank as the running total
        ("A fourth soldier died.", [(4, "exact", "soldier", "military", True)]),
        # a figure a fate verb governs, though the tagger calls it a time
        ("Of these, nine later died.", [(9, "exact", None, None, False)]),
        # the people a figure counts died in hospital: where it befell them, no subset
        ("Five civilians died in hospital.", [(5, "exact", "civilians", "civilian", False)]),
        ("Seven more soldiers died in hospital in Assab.",
         [(7, "exact", "soldiers", "military", False)]),
        # "an additional 284", "a further five": the figure counts them, not the article
        ("An additional five civilians died.", [(5, "exact", "civilians", "civilian", False)]),
        ("A further 30 people were injured.", [(30, "exact", "people", "unknown", False)]),
        ("An additional 284 individuals were reported as injured.",
         [(284, "exact", "individuals", "unknown", False)]),
        ("An eight-year-old child died.", [(1, "exact", "child", "civilian", True)]),
        # a quoted figure, its people after the closing quote
        ("He told reporters “under 100” civilians were killed.",
         [(100, "at_most", "civilians", "civilian", False)]),
    ],
)  # fmt: skip
def test_counts_and_their_nouns(counts_in, sentence: str, expected: list[tuple]) -> None:
    assert counts_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between 20 and 30 soldiers died.",
         [(20, "at_least", "soldiers", "military", False),
          (30, "at_most", "soldiers", "military", False)]),
        # digits joined by a hyphen are two figures, whatever hedge stands before them
        ("Approximately 500-600 people were hurt.",
         [(500, "at_least", "people", "unknown", False),
          (600, "at_most", "people", "unknown", False)]),
        ("Some 40 to 50 fighters were captured.",
         [(40, "at_least", "fighters", "military", False),
          (50, "at_most", "fighters", "military", False)]),
        # a range's own noun is no counted thing
        ("The toll lies in the 100 to 300 range.",
         [(100, "at_least", None, None, False), (300, "at_most", None, None, False)]),
        # number words joined by a hyphen are still one figure
        ("Seventy - one people died.", [(71, "exact", "people", "unknown", False)]),
        # "at least 20" is no range's low end
        ("At least 20 soldiers and 30 civilians died.",
         [(20, "at_least", "soldiers", "military", False),
          (30, "exact", "civilians", "civilian", False)]),
    ],
)  # fmt: skip
def test_ranges(counts_in, sentence: str, expected: list[tuple]) -> None:
    assert counts_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Petrosyan, 54, was killed.",
        "Gor Hakobyan, 19, died in hospital.",
        "The victims were named as Aram Sargsyan, 22.",
        "Naik K Tesfaye was killed.",
        "Lance Naik K Singh died.",
    ],
)
def test_ages_and_initials_are_no_counts(counts_in, sentence: str) -> None:
    assert [c for c in counts_in(sentence) if not c[4]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure changing is two figures, as it was and as it is now
        ("The ministry raised the toll from 20 to 34 on Tuesday.",
         [(20, "exact"), (34, "exact")]),
        # a range is not
        ("Officials said from 20 to 34 people were killed.",
         [(20, "at_least"), (34, "at_most")]),
    ],
)  # fmt: skip
def test_a_revised_figure_is_no_range(
    counts_in, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c[0], c[1]) for c in counts_in(text)] == expected


def test_words_of_change_above_each_token_are_its_ancestors_read_once() -> None:
    """`_changed_above` works out for every token at once what walking its ancestors
    gives (a walk per `from X to Y` was a square in a sentence of thousands of them)."""
    from fogofwar.extract import nlp
    from fogofwar.extract.counts import CHANGES, _changed_above

    text = (
        "The ministry raised the toll from 20 to 34 and then from 40 to 52, while the army "
        "said from 3 to 8 soldiers were hurt as the count climbed from 9 to 12 overnight."
    )
    doc = nlp.parse(text)
    for sentence in nlp.sentence_spans(doc):
        walked = [
            any(t.lemma_.lower() in CHANGES for t in token.ancestors if t.i >= sentence.start)
            for token in sentence
        ]
        assert _changed_above(sentence) == walked
        assert any(walked) and not all(walked)


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitor documented 30 massacres in the coastal region.",
        "There were 12 bombings in the city last month.",
        "The army carried out 40 airstrikes overnight.",
        "Troops were caught in three ambushes on the road.",
    ],
)
def test_events_counted_are_no_people(counts_in, sentence: str) -> None:
    assert counts_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll climbed above 1,000, the ministry said.",
        "The number of dead has passed 1,000, officials said.",
        "The toll crossed 1,000 on Sunday.",
    ],
)
def test_a_toll_past_a_mark_is_at_least_it(counts_in, sentence: str) -> None:
    assert [c[1] for c in counts_in(sentence)] == ["at_least"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the group a part is of is no figure of a fate
        ("Five of its 17 employees remained unaccounted for.", [5]),
        ("Three of the 40 passengers were killed.", [3]),
        # but the wounded some of whom died are a figure of their own
        ("Two of the 12 wounded later died.", [2, 12]),
    ],
)
def test_the_whole_a_part_is_of(counts_in, sentence: str, values: list[int]) -> None:
    assert [c[0] for c in counts_in(sentence)] == values


def test_a_speakers_own_kin_are_people(counts_in) -> None:
    # "my father and my two brothers": one and two
    assert [c[0] for c in counts_in("They killed my father and my two brothers.")] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        # members of a body the words call armed, or of a named force, are fighters
        "Security forces killed four members of an armed group in Manipur.",
        "Police said they killed three members of an Islamic State cell.",
        "The IRGC said it killed four members of a terrorist team near Saravan.",
        "The military said it killed 47 members of the People's Defense Force.",
        "Soldiers killed 13 members of the Sinaloa cartel.",
    ],
)
def test_members_of_an_armed_body_are_fighters(text: str) -> None:
    from fogofwar.extract.nlp import parse

    doc = parse(text)
    counts = [c for s in doc.sents for c in find_counts(s)]
    assert [c.status for c in counts] == ["military"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # figures in digits set off by commas after a noun of people are their ages
        ("A farmer, 52, was shot dead near his home.", [1]),
        ("Two brothers, 17 and 19, were killed in the attack.", [2]),
        ("My father, 65, and my two sisters died.", [1, 2]),
        # a figure of its own people is no age
        ("Gunmen killed 12 villagers and wounded 30.", [12, 30]),
    ],
)
def test_ages_after_a_noun_of_people(text: str, values: list[int]) -> None:
    from fogofwar.extract.nlp import parse

    doc = parse(text)
    assert [c.value for s in doc.sents for c in find_counts(s)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "both" before people is two; before two sides' words, no figure
        ("Both attackers were shot dead by police.", [2]),
        ("Both soldiers were killed in the blast.", [2]),
        ("Both Armenian and Azerbaijani soldiers were killed.", []),
        ("Both sides reported casualties.", []),
    ],
)
def test_both_of_them_are_two(text: str, values: list[int]) -> None:
    from fogofwar.extract.nlp import parse

    doc = parse(text)
    assert [c.value for s in doc.sents for c in find_counts(s)] == values


def test_members_of_a_gathering_are_people() -> None:
    from fogofwar.extract.nlp import parse

    doc = parse("Gunmen killed 13 members of a wedding party.")
    assert [(c.value, c.status) for s in doc.sents for c in find_counts(s)] == [(13, None)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the whole a part without a figure is of is no figure of what befell the part
        ("Half of the 40 passengers were killed.", []),
        ("Most of the 87 crew members were believed to have been killed.", []),
        ("All of the 40 passengers were killed.", [40]),
    ],
)
def test_the_whole_of_a_part_without_a_figure(text: str, values: list[int]) -> None:
    from fogofwar.extract.nlp import parse

    doc = parse(text)
    assert [c.value for s in doc.sents for c in find_counts(s)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed. The minister announced Rs 50,000 for each of the injured.",
        "Four soldiers were killed. The state will pay 2 million naira to families of the dead.",
        "Four soldiers were killed. The state will pay 50,000 rupees to each of the wounded.",
        "Four soldiers were killed. Relatives of the dead will get $5,000 each.",
    ],
)
def test_money_for_the_victims_is_no_count(text: str) -> None:
    """Compensation is paid in figures beside fate words; a currency says they are money."""
    claims = fogofwar.analyse("Attack\n" + text, published="2024-05-05")
    assert [c.count for c in claims] == [4]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Five New People's Army (NPA) guerrillas were killed in a clash, the army said.",
         "guerrillas"),
        ("Twelve Tehrik-i-Taliban Pakistan (TTP) militants were killed in the raid.",
         "militants"),
        ("Three Rapid Support Forces fighters died in the shelling.", "fighters"),
        ("Four Kachin Independence Army soldiers were captured on Monday.", "soldiers"),
        # a name opening with an adjective, and the rest of a longer name after it
        ("Twelve Islamic State West Africa Province fighters were killed.", "fighters"),
        ("Police killed three Islamic State Khorasan Province fighters in Peshawar.",
         "fighters"),
    ],
)  # fmt: skip
def test_the_people_after_a_sides_long_name(counts_in, sentence: str, noun: str) -> None:
    """A side's name of several words (and its acronym in brackets) before the people
    counted: the people are the noun after it."""
    [(_, _, found, status, _)] = counts_in(sentence)
    assert (found, status) == (noun, "military")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Five communist New People's Army (NPA) guerrillas were killed in a clash with "
         "government troops in Samar, the army said.", "NPA"),
        ("Seven Tehreek-e-Taliban Pakistan (TTP) militants were killed in a raid in Bannu, "
         "police said.", "TTP"),
    ],
)  # fmt: skip
def test_a_groups_long_name_says_whose(text: str, party: str) -> None:
    claims = fogofwar.analyse("Clash\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The communist insurgency, one of Asia's longest, has claimed more than 40,000 "
         "lives.", [40000]),
        ("The bombing, one of the deadliest attacks on the city, killed 40 people.", [40]),
        ("It was one of the worst massacres of the war, in which 12 died.", [12]),
        # one of the people is one
        ("One of the wounded died later in hospital.", [1]),
    ],
)  # fmt: skip
def test_one_of_the_most_is_a_rank_not_a_person(counts_in, sentence: str, values: list) -> None:
    assert [value for value, *_ in counts_in(sentence)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included a girl of 12 and her mother.", [2]),
        ("One victim, a man of 70, died on Tuesday.", [1]),
        ("Five people were killed, among them a woman of 80.", [5, 1]),
        ("A soldier of 19 was wounded by shrapnel.", [1]),
        ("A team of 5 medics was wounded.", [5]),
    ],
)
def test_a_figure_after_one_person_and_of_is_an_age(text: str, expected: list[int]) -> None:
    claims = claims_of(text)
    assert [c.count for c in claims] == expected


@pytest.mark.parametrize(
    "text", ["Gunmen killed two gold miners in Zamfara.", "Bandits abducted two gold miners."]
)
def test_a_trade_noun_the_parser_took_for_an_adjective_still_counts(text: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.count, claim.status) == (2, "civilian")


def test_their_civilian_driver_is_one_person() -> None:
    text = "Eight policemen and their civilian driver were killed in the ambush."
    claims = claims_of(text)
    assert [(c.count, c.status) for c in claims] == [(8, "military"), (1, "civilian")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Border Security Force (BSF) trooper was killed by sniper fire, officials said.", 1),
        ("Five Frontier Corps (FC) soldiers were killed in the ambush.", 5),
    ],
)
def test_an_acronym_in_brackets_does_not_cut_the_people_off(text: str, expected: int) -> None:
    (claim,) = claims_of(text)
    assert (claim.count, claim.status) == (expected, "military")


@pytest.mark.parametrize(
    "text",
    [
        "A BSF trooper was killed and a second injured by sniper fire.",
        "A policeman was shot dead and a second wounded in the ambush.",
    ],
)
def test_a_gapped_ordinal_is_one_more_person(text: str) -> None:
    claims = claims_of(text)
    assert [(c.category, c.count) for c in claims] == [("killed", 1), ("wounded", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescue 1122 said several of the injured were children.",
        "Later, Police District 13 reported that the wounded had been moved.",
        "The regiment's Unit 8200 said the wounded were evacuated.",
    ],
)
def test_a_bodys_number_is_no_figure(counts_in, sentence: str) -> None:
    assert counts_in(sentence) == []


def test_a_dash_set_off_after_digits_joins_no_number(counts_in) -> None:
    found = counts_in("Thailand's toll stood at 19 - six soldiers and 13 civilians.")
    assert [value for value, *_ in found] == [19, 6, 13]
    # a number of words joined by a dash is one
    assert [value for value, *_ in counts_in("Seventy-one soldiers were killed.")] == [71]
