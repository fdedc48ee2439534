"""Who a name points to: countries, demonyms, capitals as metonyms, and non-state groups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.parties import (
    actor_named,
    country_actor,
    country_of_place,
    discover_groups,
    find_actors,
    groups_named_in,
    named_as_sponsor,
)


@pytest.mark.parametrize(
    ("name", "party", "kind"),
    [
        # country names
        ("Armenia", "Armenia", "country"),
        ("Kyrgyzstan", "Kyrgyzstan", "country"),
        ("South Sudan", "South Sudan", "country"),
        ("US", "United States", "country"),
        # demonyms
        ("Azeri", "Azerbaijan", "country"),
        ("Azerbaijani", "Azerbaijan", "country"),
        # a state's forces named by their own name
        ("IRGC", "Iran", "country"),
        ("Revolutionary Guards", "Iran", "country"),
        ("Tatmadaw", "Myanmar", "country"),
        ("Armenians", "Armenia", "country"),
        ("Tajik", "Tajikistan", "country"),
        ("Kyrgyz", "Kyrgyzstan", "country"),
        ("Israeli", "Israel", "country"),
        ("Ukrainian", "Ukraine", "country"),
        ("Congolese", "DR Congo", "country"),
        # capitals as metonyms
        ("Yerevan", "Armenia", "country"),
        ("Baku", "Azerbaijan", "country"),
        ("Bishkek", "Kyrgyzstan", "country"),
        ("Dushanbe", "Tajikistan", "country"),
        ("New Delhi", "India", "country"),
        ("Kyiv", "Ukraine", "country"),
        ("Kiev", "Ukraine", "country"),  # the old spelling, still in others' press
        # the analyst's short name, not the ISO one
        ("Congo", "DR Congo", "country"),
        ("DR Congo", "DR Congo", "country"),
        # non-state groups by their aliases
        ("M23", "M23", "rebel"),
        ("al-Shabaab", "al-Shabaab", "rebel"),
        ("Al Shabab", "al-Shabaab", "rebel"),
        ("Hamas", "Hamas", "rebel"),
        ("Wagner", "Wagner", "pmc"),
        ("Wagnerites", "Wagner", "pmc"),
        ("ISIS", "Islamic State", "rebel"),
        ("Houthi", "Houthis", "rebel"),
        ("Karen National Union", "KNU", "rebel"),
        ("Jaish al-Adl", "Jaish al-Adl", "rebel"),
        ("Volunteers for the Defence of the Homeland", "VDP", "militia"),
        ("Civilian Joint Task Force", "CJTF", "militia"),
        ("Civilian JTF", "CJTF", "militia"),
        # a national army's acronym is its state
        ("SSPDF", "South Sudan", "country"),
        ("ISPR", "Pakistan", "country"),
        ("AFRICOM", "United States", "country"),
        ("CENTCOM", "United States", "country"),
        # security and intelligence services by their own names, in either form
        ("FSB", "Russia", "country"),
        ("Federal Security Service", "Russia", "country"),
        ("SBU", "Ukraine", "country"),
        ("Shin Bet", "Israel", "country"),
        ("BSF", "India", "country"),
        # surrounding blanks do not matter
        ("  Azeri ", "Azerbaijan", "country"),
    ],
)
def test_actor_named(name: str, party: str, kind: str) -> None:
    actor = actor_named(name)
    assert actor is not None
    assert (actor.name, actor.kind) == (party, kind)


@pytest.mark.parametrize(
    "name", ["", "Lorvan", "soldiers", "the ministry", "azeri", "Armenian army"]
)
def test_actor_named_none(name: str) -> None:
    assert actor_named(name) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a land's region that bears another land's name is no party
        ("gunmen killed 19 villagers in Nigeria's Niger state", ["Nigeria"]),
        ("in Nigeria's northwestern Niger State on Sunday", ["Nigeria"]),
        ("bandits in Niger State", []),
        # the land itself
        ("troops in Niger's Tillaberi region", ["Niger"]),
        ("Niger and Nigeria agreed", ["Niger", "Nigeria"]),
    ],
)
def test_a_region_named_after_a_land_is_no_party(text: str, named: list[str]) -> None:
    assert [m.actor.name for m in find_actors(text)] == named


@pytest.mark.parametrize(
    "text", ["the Lake Chad area", "fishermen on Lake Victoria", "ships in the Sea of Japan"]
)
def test_lakes_and_seas_named_after_a_land_are_no_party(text: str) -> None:
    assert find_actors(text) == []


@pytest.mark.parametrize(
    ("code", "party"), [("AM", "Armenia"), ("AZ", "Azerbaijan"), ("CD", "DR Congo"), ("XX", None)]
)
def test_country_actor(code: str, party: str | None) -> None:
    actor = country_actor(code)
    assert (actor.name if actor else None) == party


@pytest.mark.parametrize(
    ("place", "party"),
    [
        ("Kabul", "Afghanistan"),
        ("Mumbai", "India"),
        ("Lagos", "Nigeria"),
        ("Karachi", "Pakistan"),
        ("Kharkiv", "Ukraine"),
        ("Goma", "DR Congo"),
        ("Mogadishu", "Somalia"),
        ("Aleppo", "Syria"),
        ("Paris", "France"),
        ("Nowhereville", None),
        ("", None),
        # a town's other spelling that is a word or a name's particle is no town
        ("al", None),
        ("Al", None),
    ],
)
def test_country_of_place(place: str, party: str | None) -> None:
    actor = country_of_place(place)
    assert (actor.name if actor else None) == party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azeri and Armenian troops clashed near Yerevan.",
            [("Azeri", "Azerbaijan", "demonym"), ("Armenian", "Armenia", "demonym"),
             ("Yerevan", "Armenia", "capital")],
        ),
        ("M23 fighters entered Goma, Congolese officials said.",
         [("M23", "M23", "group"), ("Congolese", "DR Congo", "demonym")]),
        # the longest name wins: no "Guinea" inside "Papua New Guinea"
        ("Papua New Guinea and Guinea", [("Papua New Guinea", "Papua New Guinea", "name"),
                                         ("Guinea", "Guinea", "name")]),
        ("South Sudan and Sudan", [("South Sudan", "South Sudan", "name"),
                                   ("Sudan", "Sudan", "name")]),
        # groups of other regions, and the longest name at a place
        ("Kataib Hezbollah and the TNLA", [("Kataib Hezbollah", "Kata'ib Hezbollah", "group"),
                                           ("TNLA", "TNLA", "group")]),
        # two names a hyphen joins are both named; one name with a hyphen stays one
        ("the Ethiopia-Eritrea border", [("Ethiopia", "Ethiopia", "name"),
                                         ("Eritrea", "Eritrea", "name")]),
        ("Thai-Cambodian clashes", [("Thai", "Thailand", "demonym"),
                                    ("Cambodian", "Cambodia", "demonym")]),
        ("the Israel-Hamas war", [("Israel", "Israel", "name"), ("Hamas", "Hamas", "group")]),
        ("Guinea-Bissau", [("Guinea-Bissau", "Guinea-Bissau", "name")]),
        ("Iran-backed militias and pro-Russia fighters", []),
        # whole words only, and case matters
        ("Armenianness, armenia, Hamasville", []),
        ("", []),
    ],
)  # fmt: skip
def test_find_actors(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_actors(text)
    assert [(m.text, m.actor.name, m.via) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


KNOWN = {
    "Armenia": "Armenia",
    "Azeri": "Azerbaijan",
    "Yerevan": "Armenia",
    "Baku": "Azerbaijan",
    "Tajik": "Tajikistan",
    "Kyrgyzstan": "Kyrgyzstan",
    "Congo": "DR Congo",
    "M23": "M23",
    "al-Shabaab": "al-Shabaab",
    "Hamas": "Hamas",
    "Wagner": "Wagner",
    "Russian": "Russia",
    "Kyiv": "Ukraine",
    "Israeli": "Israel",
}
SEPARATORS = [" ", ", ", " and ", " troops fought ", ". ", " said that ", "\n", " (", ") "]


@given(
    st.lists(
        st.tuples(st.sampled_from(sorted(KNOWN)), st.sampled_from(SEPARATORS)),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["", "On Monday ", "The "]),
)
def test_find_actors_offsets(parts: list[tuple[str, str]], lead: str) -> None:
    """Every mention's offsets slice out exactly its text, left to right, and every
    known name put into the text is found as itself."""
    text = lead + "".join(name + sep for name, sep in parts)
    found = find_actors(text)
    assert [m.text for m in found] == [name for name, _ in parts]
    assert [m.actor.name for m in found] == [KNOWN[name] for name, _ in parts]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    ("text", "name", "sponsor"),
    [
        ("an armed group linked to al-Qaeda", "al-Qaeda", True),
        ("rebels backed by Rwanda", "Rwanda", True),
        ("an affiliate of Al Qaeda", "Al Qaeda", True),
        ("fighters of al-Qaeda", "al-Qaeda", False),
        ("Rwanda said", "Rwanda", False),
    ],
)
def test_named_as_sponsor(text: str, name: str, sponsor: bool) -> None:
    assert named_as_sponsor(text, text.index(name)) is sponsor


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # an organisation named as armed groups are, unknown to the table
        ("Fighters of the Ember Hill Army attacked the town.", {"Ember Hill Army": "Ember Hill Army"}),
        ("The Kora Valley Liberation Front (KVLF) said it killed 20 soldiers.",
         {"Kora Valley Liberation Front": "Kora Valley Liberation Front",
          "KVLF": "Kora Valley Liberation Front"}),
        # a longer name of one already named is the same group
        ("The Ember Hill Army and the Upper Ember Hill Army clashed with troops.",
         {"Ember Hill Army": "Ember Hill Army", "Upper Ember Hill Army": "Ember Hill Army"}),
        # a name with the table's acronym is the table's group
        ("The Balochistan Freedom Army (BLA) said.", {"Balochistan Freedom Army": "BLA"}),
        # a state's own force, a generic name, a sentence's first word
        ("The Sudanese Army and the National Army said.", {}),
        ("Yesterday Ember Hill Army fighters struck.", {"Ember Hill Army": "Ember Hill Army"}),
        # generic words, but a name with an acronym of its own
        ("The Free National Army (FNAK) said it killed 12 soldiers.",
         {"Free National Army": "Free National Army", "FNAK": "Free National Army"}),
        # a figure or article opening a sentence is no part of a name
        ("Three Army personnel were killed.", {}),
        ("An Army jawan was killed.", {}),
        ("The Islamic Revolutionary Guard Corps and the Frontier Corps said.", {}),
        # fighters called after their people, in a story of the land their group fights in
        ("Malian troops were ambushed by Tuareg rebels near Kidal.", {"Tuareg rebels": "CSP-DPA"}),
        ("Pakistani forces killed 12 Baloch insurgents.", {"Baloch insurgents": "BLA"}),
        ("Tuareg rebels attacked a convoy in Niger.", {}),  # not the land the CSP-DPA fights in
        ("Kurdish fighters clashed with Turkish troops.", {}),  # which of several groups?
    ],
)  # fmt: skip
def test_discover_groups(text: str, groups: dict[str, str]) -> None:
    assert {name: actor.name for name, actor in discover_groups(text)} == groups


def test_groups_named_in_an_article_are_parties_while_it_is_read() -> None:
    text = "The Ember Hill Army said it killed 20 soldiers."
    assert actor_named("Ember Hill Army") is None
    with groups_named_in(text):
        assert [m.actor.name for m in find_actors(text)] == ["Ember Hill Army"]
        found = actor_named("Ember Hill Army")
        assert found is not None and found.kind == "rebel"
    assert find_actors(text) == []


@pytest.mark.parametrize(
    ("claimant", "known_as"),
    [
        ("Russia Federal Security Service", "Russia FSB"),
        ("Russia FSB", "Russia FSB"),
        ("Pakistan Inter-Services Public Relations", "Pakistan ISPR"),
        ("Iran Revolutionary Guards", "Iran IRGC"),
        ("Russia Ministry of Defence", "Russia Ministry of Defence"),
    ],
)
def test_a_service_is_known_by_one_name(claimant: str, known_as: str) -> None:
    from fogofwar.parties import service_name

    assert service_name(claimant) == known_as


@pytest.mark.parametrize(
    ("text", "name", "border"),
    [
        ("a police post near the Afghan border", "Afghan", True),
        ("along the frontier with Iran", "Iran", True),
        ("along the border with the Congo", "Congo", True),
        # a land's border forces are its forces; across a border is in that land
        ("Afghan border guards fired", "Afghan", False),
        ("five civilians were killed across the Rwandan border", "Rwandan", False),
        ("Iranian troops near the border", "Iranian", False),
    ],
)
def test_named_for_its_border(text: str, name: str, border: bool) -> None:
    from fogofwar.parties import named_for_its_border

    start = text.index(name)
    assert named_for_its_border(text, start, start + len(name)) is border


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Kremlin said 20 Ukrainian soldiers were killed near Kursk.", "Russia"),
        ("The Pentagon said three soldiers were wounded in the drone attack.", "United States"),
        ("A statement from the Élysée condemned the attack.", "France"),
    ],
)
def test_a_seat_of_government_stands_for_its_state(text: str, country: str) -> None:
    [first, *_] = find_actors(text)
    assert (first.actor.name, first.via) == (country, "capital")


@pytest.mark.parametrize(
    ("text", "adjective", "facility"),
    [
        ("doctors at the Saudi Hospital in El Fasher said", "Saudi", True),
        ("shelling near the Indonesian Hospital in Gaza", "Indonesian", True),
        ("pupils of the Turkish-Palestinian Friendship School", "Palestinian", True),
        # a building known by the land that built it, where it stands
        ("a drone hit the Turkish hospital in Nyala", "Turkish", True),
        ("shells fell on the Egyptian market at Omdurman", "Egyptian", True),
        ("two Saudi soldiers were killed", "Saudi", False),
        ("a Jordanian field hospital", "Jordanian", False),
        ("a Turkish hospital was hit", "Turkish", False),
        ("the Israeli embassy in Nicosia", "Israeli", False),
    ],
)
def test_a_peoples_adjective_opening_a_places_name(
    text: str, adjective: str, facility: bool
) -> None:
    # the land it is named for is no party of the text
    named = {m.text for m in find_actors(text)}
    assert (adjective not in named) is facility


@pytest.mark.parametrize(
    "text",
    ["31 Maoist rebels", "two Naxal cadres", "the Maoists said", "a Naxalite commander"],
)
def test_indias_maoists_by_every_name(text: str) -> None:
    assert [m.actor.name for m in find_actors(text)] == ["CPI-Maoist"]


@pytest.mark.parametrize(
    "text",
    ["Insurgents attacked Mocimboa da Praia.", "Clashes near Vila de Praia were reported."],
)
def test_a_capital_inside_a_longer_place_name_names_no_land(text: str) -> None:
    assert [m.actor.name for m in find_actors(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve PDF fighters were killed.", ["PDF"]),
        ("Police said the Comando Vermelho gang controls the area.", ["Comando Vermelho"]),
        ("Members of MS-13 and Barrio 18 clashed.", ["MS-13", "Barrio 18"]),
        ("Los Choneros and Los Lobos fought in the prison.", ["Los Choneros", "Los Lobos"]),
        ("The Three Brotherhood Alliance said it took the town.", ["Three Brotherhood Alliance"]),
        ("Jamaah Ansharut Daulah claimed the church bombing.", ["Jamaah Ansharut Daulah"]),
        ("Jamaat-ul-Ahrar and Lashkar-e-Islam fighters were killed.",
         ["Jamaat-ul-Ahrar", "Lashkar-e-Islam"]),
        ("Three Islamic Movement of Uzbekistan militants were arrested.",
         ["Islamic Movement of Uzbekistan"]),
        ("Troops killed 11 Fitna al-Hindustan terrorists.", ["BLA"]),
        ("Troops killed 23 terrorists of Jabhat al-Nusra.", ["Nusra Front"]),
        ("Ansar Bayt al-Maqdis claimed the attack.", ["Wilayat Sinai"]),
        # a state's forces by their full name are the state, not a group inside the name
        ("Four soldiers of the Uganda People's Defence Forces were killed.", ["Uganda"]),
        ("The South Sudan People's Defence Forces said it held the town.", ["South Sudan"]),
    ],
)  # fmt: skip
def test_armed_groups_of_more_wars_are_known(text: str, expected: list[str]) -> None:
    assert [m.actor.name for m in find_actors(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anti-junta fighters took the base.",
        "An anti-Houthi force said it held the port.",
        # a people, not the land of that name
        "The bodies of 40 ethnic Uzbeks were found.",
        "Most of the missing are ethnic Albanians.",
    ],
)
def test_a_name_after_anti_is_the_enemy_not_a_side(text: str) -> None:
    assert [m.actor.name for m in find_actors(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Superintendent of Police Ravi Mali said four were killed.", []),
        ("Deputy commissioner Arun Chad told reporters.", []),
        ("Clashes in Central Mali killed 12.", ["Mali"]),
        ("According to Radio Pakistan, 155 hostages were freed.", ["Pakistan"]),
        ("Officials in Bamako, Mali said the toll could rise.", ["Mali", "Mali"]),
    ],
)
def test_a_land_named_as_a_persons_surname_is_no_land(text: str, expected: list[str]) -> None:
    assert [m.actor.name for m in find_actors(text)] == expected
