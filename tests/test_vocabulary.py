"""The extraction vocabulary: fate words, people nouns, what is not people, bodies and roles."""

from __future__ import annotations

from importlib import resources

import pytest

from fogofwar.extract import attribution, claims, counts, fates, sides, vocabulary
from fogofwar.extract.vocabulary import (
    FATE_PHRASES,
    FATE_WORDS,
    NOT_PEOPLE,
    PEOPLE,
    STATUS_MODIFIERS,
    fate_of_word,
    people_status,
)
from wire import claims_of


@pytest.mark.parametrize(
    ("lemma", "lower", "expected"),
    [
        ("kill", "killed", "killed"),
        ("kill", "kills", "killed"),
        ("die", "died", "killed"),
        ("dead", "dead", "killed"),
        ("death", "deaths", "killed"),
        ("fatality", "fatalities", "killed"),
        ("wound", "wounded", "wounded"),
        ("injure", "injured", "wounded"),
        ("injury", "injuries", "wounded"),
        ("capture", "captured", "captured"),
        ("detain", "detained", "captured"),
        ("hostage", "hostages", "captured"),
        ("prisoner", "prisoners", "captured"),
        ("abduct", "abducted", "captured"),
        ("missing", "missing", "missing"),
        ("disappear", "disappeared", "missing"),
        ("casualty", "casualties", "casualties"),
        # "lost" and "seized" are fates only when people are the object
        ("lose", "lost", "killed_if_people"),
        ("seize", "seized", "captured_if_people"),
        # the lemma is enough when the form is unknown, and vice versa (tagger slips)
        ("kill", "killing", "killed"),
        ("xyz", "killed", "killed"),
        # fate nouns read through their lemmas
        ("killing", "killings", "killed"),
        ("martyrdom", "martyrdom", "killed"),
        ("loss", "losses", "killed"),
        ("slaying", "slaying", "killed"),
        # arrested, released and freed people were captives (the guide: hostages freed)
        ("arrest", "arrested", "captured"),
        ("release", "released", "captured_if_people"),
        ("free", "freed", "captured_if_people"),
        ("destroy", "destroyed", "killed_if_people"),
    ],
)
def test_fate_of_word(lemma: str, lower: str, expected: str) -> None:
    assert fate_of_word(lemma, lower) == expected


@pytest.mark.parametrize(
    ("lemma", "lower"),
    [("say", "said"), ("fight", "fought"), ("shell", "shelled"), ("clash", "clashes"),
     ("soldier", "soldiers"), ("", ""),
     # being in hospital is where the wounded are now, a subset the guide leaves out
     ("hospitalise", "hospitalised")],
)  # fmt: skip
def test_fate_of_word_none(lemma: str, lower: str) -> None:
    assert fate_of_word(lemma, lower) is None


@pytest.mark.parametrize(
    ("lemma", "lower", "expected"),
    [
        ("soldier", "soldiers", "military"),
        ("serviceman", "servicemen", "military"),
        ("guard", "guards", "military"),
        ("policeman", "policemen", "military"),
        ("fighter", "fighters", "military"),
        ("rebel", "rebels", "military"),
        ("troop", "troops", "military"),
        ("civilian", "civilians", "civilian"),
        ("child", "children", "civilian"),
        ("woman", "women", "civilian"),
        ("villager", "villagers", "civilian"),
        ("journalist", "journalists", "civilian"),
        ("person", "people", "unknown"),
        ("man", "men", "unknown"),
        # the guide reads "citizens" with no split as unknown, not civilian
        ("citizen", "citizens", "unknown"),
        ("national", "nationals", "unknown"),
        # a plural the lemmatiser missed still counts
        ("soldiers", "soldiers", "military"),
        ("suspect", "suspects", "unknown"),
        ("hostage", "hostages", "unknown"),
        ("protester", "protesters", "civilian"),
        ("rioter", "rioters", "civilian"),
        ("looter", "looters", "civilian"),
        ("seafarer", "seafarers", "civilian"),
        # kin are civilians as women, children or the elderly, not as men
        ("brother", "brothers", "unknown"),
        ("son", "son", "unknown"),
        ("wife", "wife", "civilian"),
        ("grandmother", "grandmother", "civilian"),
    ],
)
def test_people_status(lemma: str, lower: str, expected: str) -> None:
    assert people_status(lemma, lower) == expected


@pytest.mark.parametrize(
    ("lemma", "lower"),
    [("tank", "tanks"), ("position", "positions"), ("year", "years"), ("village", "villages"),
     ("drone", "drones"), ("kill", "killed")],
)  # fmt: skip
def test_people_status_none(lemma: str, lower: str) -> None:
    assert people_status(lemma, lower) is None


def _first_phrase(text: str) -> str | None:
    """The category of the first phrase that matches: it wins over later overlapping ones."""
    return next((category for pattern, category in FATE_PHRASES if pattern.search(text)), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 soldiers were killed or wounded", "killed_or_wounded"),
        ("the number of dead and injured rose", "killed_or_wounded"),
        ("they were dead or seriously injured", "killed_or_wounded"),
        ("communication with 14 servicemen was lost", "missing"),
        ("the unit lost contact with three scouts", "missing"),
        ("two pilots remain unaccounted for", "missing"),
        ("four guards went missing", "missing"),
        ("his fate remains unknown", "missing"),
        ("six soldiers were taken prisoner", "captured"),
        ("nine were taken as hostages", "captured"),
        ("the death toll rose to 14", "killed"),
        ("the number of fatalities reached 20", "killed"),
        ("the number of wounded rose to 30", "wounded"),
        ("the clash claimed the lives of five", "killed"),
        ("bringing the two-day toll to 36", "killed"),
        ("bringing the week's toll to 36", "killed"),
        ("that brings the cumulative toll to 36", "killed"),
        # still alive: the wounded
        ("doctors were fighting to save the lives of four people", "wounded"),
        ("four people were fighting for their lives in hospital", "wounded"),
        ("a boy is battling for his life", "wounded"),
        ("the raid was repelled", None),
    ],
)
def test_fate_phrases(text: str, expected: str | None) -> None:
    assert _first_phrase(text) == expected


def test_people_and_not_people_are_disjoint() -> None:
    """A noun cannot be both a kind of person and a thing that is never people."""
    assert not set(PEOPLE) & NOT_PEOPLE


@pytest.mark.parametrize(
    "word", ["tanks", "carriers", "positions", "years", "kilometres", "drones", "villages"]
)
def test_not_people(word: str) -> None:
    assert word in NOT_PEOPLE


VOCABULARY_FILES = [
    "fate_words.tsv",
    "fate_phrases.tsv",
    "people.tsv",
    "status_modifiers.tsv",
    "not_people.tsv",
    "tally_nouns.tsv",
    "attack_nouns.tsv",
    "kin.tsv",
    "fate_hints.tsv",
    "bodies.tsv",
    "roles.tsv",
]
CATEGORIES = {"killed", "wounded", "captured", "missing", "casualties", "killed_or_wounded"}


@pytest.mark.parametrize("name", VOCABULARY_FILES)
def test_vocabulary_files_say_what_their_columns_mean(name: str) -> None:
    """Each data file opens with a comment, and every row has the same number of columns."""
    text = resources.files("fogofwar").joinpath("data", "vocabulary", name).read_text("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# ")
    assert any("olumn" in line for line in lines if line.startswith("#"))
    widths = {len(line.split("\t")) for line in lines if line and not line.startswith("#")}
    assert len(widths) == 1


def test_vocabulary_files_are_documented_in_the_module() -> None:
    assert vocabulary.__doc__ is not None
    for name in VOCABULARY_FILES:
        assert f"`{name}`" in vocabulary.__doc__


def test_categories_and_statuses_are_known() -> None:
    categories = set(FATE_WORDS.values()) | {c for _, c in FATE_PHRASES}
    assert {c.split("_if_")[0] for c in categories} <= CATEGORIES
    assert set(PEOPLE.values()) <= {"military", "civilian", "unknown"}
    assert set(STATUS_MODIFIERS.values()) <= {"military", "civilian"}


# The kinds of each `word, kind` file: each is one set of `vocabulary` (`GROUP_NOUNS` is
# `armed_group` and `any_body` together).
KINDS = {
    "bodies.tsv": {
        "armed_group", "any_body", "armed_modifier", "speaking_body", "armed_speaker",
        "armed_body", "armed_name", "collective", "community", "household", "state_word",
    },
    "roles.tsv": {
        "non_state", "assailant", "state_force", "pmc", "staff", "kin", "foreigner",
        "state_soldier", "prisoner", "hostage", "generic_men", "rank",
    },
}  # fmt: skip


def _kind_rows(name: str) -> list[tuple[str, str]]:
    return [(word, kind) for word, kind in vocabulary._rows(name)]


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kinds_are_the_documented_ones_and_none_is_empty(name: str) -> None:
    rows = _kind_rows(name)
    assert {kind for _, kind in rows} == KINDS[name]
    for kind in KINDS[name]:
        assert f"#   {kind} " in _header(name)
        assert any(k == kind for _, k in rows)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_files_list_each_word_once_per_kind(name: str) -> None:
    rows = _kind_rows(name)
    assert len(rows) == len(set(rows))
    assert all(word and word == word.strip() for word, _ in rows)


def _header(name: str) -> str:
    text = resources.files("fogofwar").joinpath("data", "vocabulary", name).read_text("utf-8")
    return "\n".join(line for line in text.splitlines() if line.startswith("#"))


# A word of each set that moved to data, read from the module that uses it under the name
# it has always had there.
@pytest.mark.parametrize(
    ("module", "name", "word"),
    [
        (attribution, "GROUP_NOUNS", "fighters"),
        (attribution, "GROUP_NOUNS", "coalition"),
        (attribution, "GENERIC_BODY_NOUNS", "movement"),
        (attribution, "ARMED_MODIFIERS", "paramilitary"),
        (attribution, "OFFICIAL_KINDS", "provincial"),
        (attribution, "SPOKESPEOPLE", "spokeswoman"),
        (attribution, "WITNESSING", "villager"),
        (claims, "SPEAKING_BODY_NOUNS", "organisation"),
        (claims, "GENERIC_MEN", "comrades"),
        (claims, "NON_STATE_NOUNS", "gunmen"),
        (claims, "STATE_FORCE_NOUNS", "jawans"),
        (counts, "ARMED_BODIES", "battalion"),
        (counts, "ARMED_NAMES", "corps"),
        (counts, "COLLECTIVES", "platoon"),
        (counts, "COMMUNITIES", "caste"),
        (counts, "HOUSEHOLDS", "clan"),
        (counts, "RANKS", "sergeants"),
        (fates, "RANKS", "colonel"),
        (sides, "NON_STATE_NOUNS", "guerrillas"),
        (sides, "ASSAILANT_NOUNS", "infiltrators"),
        (sides, "STATE_FORCE_NOUNS", "gendarmes"),
        (sides, "STATE_WORDS", "pro-government"),
        (sides, "PMC_NOUNS", "mercenaries"),
        (sides, "STAFF_NOUNS", "peacekeepers"),
        (sides, "KIN_NOUNS", "granddaughter"),
        (sides, "FOREIGNERS", "expatriate"),
        (sides, "PRISONER_NOUNS", "detainees"),
        (sides, "HOSTAGE_WORDS", "abductee"),
    ],
)
def test_moved_sets_keep_their_words(module: object, name: str, word: str) -> None:
    words = getattr(module, name)
    assert isinstance(words, frozenset)
    assert word in words


@pytest.mark.parametrize(
    ("module", "name", "word"),
    [
        # a set read by one rule is not its neighbour's
        (attribution, "GENERIC_BODY_NOUNS", "rebels"),
        (counts, "ARMED_BODIES", "police"),
        (counts, "COLLECTIVES", "navy"),
        (sides, "NON_STATE_NOUNS", "invader"),
        (sides, "STATE_FORCE_NOUNS", "forces"),  # asked apart: "forces" alone says no state
    ],
)
def test_moved_sets_keep_out_other_words(module: object, name: str, word: str) -> None:
    assert word not in getattr(module, name)


def test_any_body_nouns_are_group_nouns() -> None:
    """`_calls_an_armed_group` asks `GENERIC_BODY_NOUNS` only of `GROUP_NOUNS`."""
    assert vocabulary.GENERIC_BODY_NOUNS < vocabulary.GROUP_NOUNS


def test_ranks_of_counts_are_not_the_ranks_of_sides() -> None:
    """`sides.RANKS` is the noun "ranks" ("in its ranks"), not a list of military ranks."""
    assert "ranks" in sides.RANKS
    assert "officer" not in sides.RANKS


@pytest.mark.parametrize(
    ("speaker", "armed"),
    [
        ("a local resistance group", True),
        ("Rebels", True),
        ("the rebel commander", True),
        ("an armed group", True),
        ("MILITIAS", True),
        ("the rebellion", False),
        ("armed groups", False),  # "armed group" is one word of the pattern, its plural not
        ("the army", False),
    ],
)
def test_armed_group_speaker(speaker: str, armed: bool) -> None:
    assert (claims.ARMED_GROUP_SPEAKER.search(speaker) is not None) is armed


@pytest.mark.parametrize("key", ["official_kinds", "spokespeople", "witnesses"])
def test_speaker_words_list_each_word_once(key: str) -> None:
    words = attribution._vocabulary()[key]
    assert words and len(words) == len(set(words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A passer-by was killed and three passers-by were wounded.",
            [(1, "civilian"), (3, "civilian")],
        ),
        ("Two constables and a passer-by were injured.", [(2, "military"), (1, "civilian")]),
        ("Gunmen shot dead a catechist and a village headman.", [(2, "civilian")]),
        ("The ISPR said eight khawarij were killed.", [(8, "military")]),
        ("Three soldiers embraced shahadat in the attack, the army said.", [(3, "military")]),
        ("Kestria hanged 11 men accused of spying.", [(11, "unknown")]),
    ],
)
def test_people_and_fates_of_the_wider_vocabulary(
    text: str, expected: list[tuple[int, str]]
) -> None:
    claims = claims_of(text)
    assert [(c.count, c.status) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry had earlier put the nationwide toll at 45.", 45),
        ("The nationwide toll stood at 46 on Friday.", 46),
        ("The ombudsman put the Juliaca toll at 17.", 17),
        ("The ministry's toll rose to 40.", 40),
    ],
)
def test_a_toll_by_any_word_before_it_is_a_death_toll(text: str, expected: int) -> None:
    claims = claims_of(text)
    assert [(c.count, c.category) for c in claims] == [(expected, "killed")]


def test_a_road_toll_is_no_death_toll() -> None:
    text = "The ministry raised the motorway toll road fee to 45 on Friday."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The Interior Ministry said 12 "outlaws" were killed in the raid.',
        "The ministry said 12 “terrorists” were killed in the raid.",
    ],
)
def test_people_set_in_quotes_are_still_the_people(text: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.count, claim.status) == (12, "military")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two rescue volunteers were killed when a jet struck a village.", "civilian"),
        ("Insurgents killed six porters in Sagaing region, the military said.", "civilian"),
        ("Three VDP volunteers were killed.", "military"),
    ],
)
def test_volunteers_are_what_their_modifier_says(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.status == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three Maoists were killed in the gunfight, police said. A havildar was also killed, "
        "police said.",
        "An assistant commandant of the CRPF is missing, police said.",
    ],
)
def test_south_asian_ranks_are_a_states_forces(text: str) -> None:
    claims = claims_of(text)
    assert (claims[-1].party, claims[-1].status) == ("India", "military")
