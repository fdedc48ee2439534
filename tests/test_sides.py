"""Whose people a count is: the article's cast of parties and the party of each figure."""

from __future__ import annotations

import pytest

import fogofwar
from fogofwar.extract.sides import ArticleActors
from fogofwar.parties import NON_STATE, actor_named
from wire import claims_of

CAUCASUS = (
    "Armenian troops and Azerbaijani troops clashed near Lorvan. Armenia said the attack was "
    "repelled. Yerevan said talks would go on. Azerbaijan denied it. UN peacekeepers watched."
)
KIVU = "M23 rebels attacked Goma. Congolese troops fought M23. The M23 said. Congo said."


def names(actors: list) -> list[str | None]:
    return [a.name if a is not None else None for a in actors]


def test_article_actors_counts_parties_not_outside_bodies() -> None:
    actors = ArticleActors.of(CAUCASUS)
    assert [(a.name, n) for a, n in actors.counts] == [("Armenia", 3), ("Azerbaijan", 2)]
    assert actors.belligerents() == ["Armenia", "Azerbaijan"]
    assert names([actors.main(), actors.top_country()]) == ["Armenia", "Armenia"]
    assert names([actors.other_than(actor_named("Armenia"))]) == ["Azerbaijan"]
    assert names([actors.other_than(actor_named("Azerbaijan"))]) == ["Armenia"]
    assert names([actors.other_than(None, kinds=NON_STATE)]) == [None]


def test_article_actors_group_and_country() -> None:
    actors = ArticleActors.of(KIVU)
    assert actors.belligerents() == ["M23", "DR Congo"]
    assert names([actors.main(), actors.top_country()]) == ["M23", "DR Congo"]
    assert names([actors.other_than(None, kinds=NON_STATE)]) == ["M23"]
    assert names([actors.other_than(actor_named("M23"))]) == ["DR Congo"]


@pytest.mark.parametrize(
    ("text", "main", "belligerents"),
    [
        ("", None, []),
        ("Nothing here names a party.", None, []),
        # in a short text, named once is enough to be a belligerent
        ("Armenia said.", "Armenia", ["Armenia"]),
        # a clear majority is the main party
        ("Armenia. Armenia. Armenia. Azerbaijan.", "Armenia", ["Armenia", "Azerbaijan"]),
        # no party dominates; the two first named are the likely belligerents
        ("Armenia. Azerbaijan. Russia.", None, ["Armenia", "Azerbaijan"]),
        # in a longer text a party must be named twice to count
        ("Armenia. Armenia. Armenia. Armenia. Armenia. Russia.", "Armenia", ["Armenia"]),
    ],
)
def test_article_actors_main(text: str, main: str | None, belligerents: list[str]) -> None:
    actors = ArticleActors.of(text)
    assert names([actors.main()]) == [main]
    assert actors.belligerents() == belligerents


def test_ranks() -> None:
    actors = ArticleActors.of("Armenia. Armenia. Armenia. Azerbaijan.")
    assert actors.ranks(actor_named("Azerbaijan"))
    assert not actors.ranks(actor_named("Russia"))
    assert not actors.ranks(actor_named("Azerbaijan"), top=1)


@pytest.fixture(scope="module")
def parties_in():
    import fogofwar

    def run(text: str) -> list[tuple[str, int, str]]:
        claims = fogofwar.analyse(text, outlet="Daily Wire", published="2024-05-03")
        return [(c.category, c.count, c.party) for c in claims]

    return run


CLASH = "Armenian and Azerbaijani forces clashed overnight near the village of Lorvan. "


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym inside the counted phrase wins over the speaker's side
        (CLASH + "Yerevan claims 70 Azeri soldiers were killed or wounded in the fighting.",
         [("killed_or_wounded", 70, "Azerbaijan")]),
        (CLASH + "The Azerbaijani Defence Ministry said six Armenian soldiers were taken prisoner.",
         [("captured", 6, "Armenia")]),
        # a possessive points to the speaker
        (CLASH + "The Armenian Defence Ministry said 7 of its soldiers were killed and "
         "3 Azerbaijani soldiers were captured.",
         [("killed", 7, "Armenia"), ("captured", 3, "Azerbaijan")]),
        ("Nine of their own were killed, the Armenian Defence Ministry said.",
         [("killed", 9, "Armenia")]),
        # the enemy is the other party of the article
        (CLASH + "The Azerbaijani army said it had killed 40 enemy soldiers.",
         [("killed", 40, "Armenia")]),
        # the speaker's own attack kills the other side
        (CLASH + "Azerbaijan said it killed 40 soldiers.", [("killed", 40, "Armenia")]),
        ("M23 rebels attacked villages near Goma. The Congolese army said it killed 20 rebels.",
         [("killed", 20, "M23")]),
        # both sides, and a side marker
        (CLASH + "A total of 24 soldiers were killed on both sides.", [("killed", 24, "both")]),
        (CLASH + "Five soldiers were killed on the Armenian side.", [("killed", 5, "Armenia")]),
        # a ministry reporting losses with no side named reports its own
        ("Two soldiers were killed near Lorvan, the Armenian Defence Ministry said.",
         [("killed", 2, "Armenia")]),
        # civilians in a town of one country
        ("Three civilians were killed by shelling in Kharkiv.", [("killed", 3, "Ukraine")]),
        # a count listed right after another shares its party
        ("Seven Azerbaijani servicemen and a civilian were killed, the Azerbaijani Prosecutor "
         "General's Office said.", [("killed", 7, "Azerbaijan"), ("killed", 1, "Azerbaijan")]),
        # nobody says whose: unknown, never the nearest name for its own sake
        ("Four soldiers were killed near Lorvan.", [("killed", 4, "unknown")]),
    ],
)  # fmt: skip
def test_party_of(parties_in, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert parties_in(text) == expected


def test_ties_go_to_the_party_the_lead_names_most() -> None:
    lead = "Pakistan says 8 soldiers killed. Eight Pakistani soldiers died in an Afghan raid."
    body = " " * 400 + "Afghanistan denied it."
    actors = ArticleActors.of(lead + body)
    assert [(a.name, n) for a, n in actors.counts] == [("Pakistan", 2), ("Afghanistan", 2)]


def test_captives_of_an_earlier_time_are_never_both_sides(parties_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eritrean troops shelled the Ethiopian town of Adigrat. Two of the 40 hostages taken "
        "in 2019 are still held."
    )
    assert all(party != "both" for _, _, party in parties_in(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side named on the losses whose figure the clause gives
        ("Armenian and Azerbaijani troops clashed on the border. Armenian losses stood at 4 "
         "killed and 9 wounded.", [("killed", 4, "Armenia"), ("wounded", 9, "Armenia")]),
        ("Armenian and Azerbaijani troops clashed on the border. Azerbaijan's casualties "
         "reached 30, the Armenian ministry said.", [("casualties", 30, "Azerbaijan")]),
    ],
)  # fmt: skip
def test_the_side_named_on_the_losses(parties_in, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert parties_in(text) == expected


def test_the_enemy_who_suffered_the_losses(parties_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Indian and Pakistani troops exchanged fire across the Line of Control. According to "
        "the Indian army, the enemy suffered heavy losses, with at least 20 killed."
    )
    assert parties_in(text) == [("killed", 20, "Pakistan")]


def test_prisoners_whose_captor_goes_unsaid_are_the_groups(parties_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "JNIM fighters attacked a gendarmerie school in Bamako, Mali. State television broadcast "
        "footage of approximately 20 prisoners, blindfolded and tied, in military custody."
    )
    assert parties_in(text) == [("captured", 20, "JNIM")]


@pytest.mark.parametrize(
    "text",
    [
        "White Army fighters clashed with South Sudanese troops in Nasir. The White Army "
        "handed over eight prisoners to the army.",
        "White Army fighters clashed with South Sudanese troops in Nasir.\n\nWhite Army hands "
        "over eight prisoners",
    ],
)
def test_prisoners_a_group_hands_over_are_the_other_sides(parties_in, text: str) -> None:  # type: ignore[no-untyped-def]
    assert parties_in(text) == [("captured", 8, "South Sudan")]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline is no doer: the clashes are
        "PESHAWAR, Pakistan (Wire) - Clashes between rival Sunni and Shi'ite tribes in "
        "Pakistan's Kurram district have killed at least 82 people, officials said.",
        # the dead of both sides of a feud between tribes are their land's
        "PESHAWAR, Pakistan (Wire) - Fighting between the two tribes in Kurram has killed 82 "
        "people from both sides, a local official said.",
    ],
)
def test_the_dead_of_a_feud_are_their_lands(text: str) -> None:
    claims = fogofwar.analyse("Kurram clashes\n" + text, outlet="Wire", published="2025-02-03")
    assert [(c.count, c.party) for c in claims] == [(82, "Pakistan")]


def test_a_states_forces_killing_civilians_in_its_own_land_kill_its_people() -> None:
    text = (
        "Massacre\nHuman Rights Watch said Burkinabe soldiers executed 223 villagers in Nondin "
        "and Soro in Burkina Faso in February."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-04-03")
    assert [(c.count, c.party) for c in claims] == [(223, "Burkina Faso")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a land named as where it happened places the people, though its forces did it
        ("Kestrian soldiers and Russian mercenaries killed 21 civilians in the village of "
         "Dorvo in central Mali, residents said.", "Mali"),
        ("Troops of the Malian army and Russian fighters shot dead 14 villagers inside Mali, "
         "a rights group said.", "Mali"),
        ("Chadian soldiers and allied militiamen killed 30 herders in eastern Chad, a local "
         "official said.", "Chad"),
        # never one of the doers, however many are named
        ("Malian soldiers and Russian mercenaries killed 21 civilians in the village of "
         "Dorvo, residents said.", "unknown"),
        ("Nigerien troops and French soldiers killed 12 people near the village of Dorvo, "
         "residents said.", "unknown"),
    ],
)  # fmt: skip
def test_the_doers_named_together_are_none_of_the_victims_side(text: str, party: str) -> None:
    (claim,) = fogofwar.analyse("Village raid\n" + text, outlet="Wire", published="2025-04-03")
    assert claim.party == party


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an armed group's soldiers and police killed are the state's it fights, where
        # it happened (its own are fighters, or its soldiers)
        ("KHARTOUM: The RSF said about 300 soldiers were killed in the fighting.", ["Sudan"]),
        ("MOGADISHU: Al-Shabaab said 58 soldiers died in the attack on the base.", ["Somalia"]),
        ("GOMA: The M23 said 76 soldiers were killed and 20 captured near Sake.",
         ["DR Congo", "DR Congo"]),
        ("GOMA: The M23 said two of its soldiers were killed.", ["M23"]),
        ("GOMA: The M23 said 12 of its fighters were killed and 76 soldiers died.",
         ["M23", "DR Congo"]),
    ],
)  # fmt: skip
def test_an_armed_group_tells_of_the_states_soldiers(text: str, parties: list[str]) -> None:
    claims = fogofwar.analyse("Losses\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a land named only for its border is not a side of the story
        ("PESHAWAR: Gunmen attacked a police post near the Afghan border in Khyber "
         "Pakhtunkhwa, killing 12 policemen, officials said.", "Pakistan"),
        ("QUETTA: Militants attacked a convoy near the Iranian border in Baluchistan. The BLA "
         "said its fighters had killed 27 soldiers.", "Pakistan"),
    ],
)  # fmt: skip
def test_a_land_named_for_its_border_is_no_side(text: str, party: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a toll of the fighting between two sides is over both, whichever side tells it
        # after the figure
        ("JUBA: Clashes between the Sudanese army and South Sudan's SPLA in Heglig killed 17 "
         "people, a South Sudanese military spokesman said.", "both"),
        ("BANGKOK: Thai and Cambodian troops clashed along the border, killing at least 12 "
         "people, officials said.", "both"),
        # a side reporting its own dead within the fighting speaks of its own
        ("Fighting between Armenian and Azerbaijani forces escalated, with Azerbaijan "
         "reporting seven troops killed.", "Azerbaijan"),
    ],
)  # fmt: skip
def test_a_toll_of_two_sides_fighting_is_both(text: str, party: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


def test_each_report_of_a_sentence_is_placed_in_its_own_part() -> None:
    # "..., while ...": where the other report's people were says nothing of these
    text = (
        "Strikes\nTwo people were wounded in Haifa; four were killed in Tyre, the Lebanese "
        "health ministry said."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == [(2, "Israel"), (4, "Lebanon")]


@pytest.mark.parametrize(
    "text",
    [
        # the captor is the subject two verbs share: its captives are the other side's
        "KHARTOUM: The army said it killed 50 RSF fighters and took 30 prisoners.",
        "KHARTOUM: The army said its troops killed 50 RSF fighters and took 30 prisoners.",
    ],
)
def test_prisoners_taken_by_the_subject_of_two_verbs(text: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.category, c.party) for c in claims] == [("killed", "RSF"), ("captured", "RSF")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a year's toll placed in the one land the story is about is that land's
        ("MEXICO CITY: More than 30,000 people were murdered in Mexico in 2024.", "Mexico"),
        ("PORT-AU-PRINCE: Gang violence killed more than 5,600 people in Haiti in 2024.",
         "Haiti"),
        # a war's toll between two lands is over both
        ("KYIV: The war between Russia and Ukraine killed more than 100,000 people in 2023.",
         "both"),
        # an insurgency of the land's own armed groups is no war between lands
        ("MAIDUGURI: Bombers killed 12 people in Bama, Nigeria. Boko Haram and ISWAP have "
         "staged such attacks. The insurgency has killed more than 40,000 people since 2009.",
         "Nigeria"),
        ("MOGADISHU: A car bomb killed 9 people in Somalia. Al-Shabaab's insurgency has "
         "killed tens of thousands of people, including 2,000 since January.", "Somalia"),
        # an earlier toll of fighting between the land's own tribes or sects
        ("PESHAWAR: At least 42 people have been killed in fighting between rival tribes in "
         "Pakistan's Dorvo district. Similar clashes there in July killed 49 people, "
         "according to a local hospital.", "Pakistan"),
        # but not once a foreign group's war is named
        ("MAIDUGURI: Bombers killed 12 people in Bama, Nigeria. Al-Shabaab and Hamas "
         "praised it. The violence has killed more than 40,000 people since 2009.", "both"),
    ],
)  # fmt: skip
def test_a_years_toll_in_one_land_is_the_lands(text: str, party: str) -> None:
    claims = fogofwar.analyse("Violence\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims][-1:] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a loss noun's own name says whose losses they are
        ("KYIV: Ukraine's General Staff put Russian losses at 1,140 troops over the past day.",
         "Russia"),
        ("KHARTOUM: The army put RSF casualties at 300 fighters.", "RSF"),
    ],
)  # fmt: skip
def test_whose_losses_a_loss_noun_names(text: str, party: str) -> None:
    claims = fogofwar.analyse("Losses\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    "text",
    [
        # bandits, kidnappers, gangsters and dissidents fight the state: never its people
        "PORT-AU-PRINCE: Police said 12 bandits were killed in the operation.",
        "BOGOTA: The army said two dissidents were killed in Cauca.",
        "ABUJA: Troops killed eight kidnappers in Zamfara state, the army said.",
    ],
)
def test_outlaws_killed_are_not_the_states(text: str) -> None:
    claims = fogofwar.analyse("Operation\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.party, c.status) for c in claims] == [("unknown", "military")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # civilians are the land's, never the armed group's fought or listed with them
        ("MOGADISHU: Fighting killed 12 al-Shabaab fighters and three civilians near Afgoye, "
         "Somalia, officials said.", ["al-Shabaab", "Somalia"]),
        ("KHARTOUM: Sudanese army air strikes killed 30 civilians in RSF-held Nyala on Monday, "
         "a monitor said.", ["Sudan"]),
        ("GOMA: Congolese soldiers killed 9 civilians after fighting with M23 rebels, a local "
         "official said.", ["DR Congo"]),
    ],
)  # fmt: skip
def test_civilians_are_the_lands_not_a_groups(text: str, parties: list[str]) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # in a speaker's own words "their" and "its" are the others', "our" its own
        ('BHAMO: The KIA captured Bhamo, Myanmar, on Sunday. "About sixty of their soldiers '
         'died in the battle," KIA spokesman Naw Bu said.', "Myanmar"),
        ('KYIV: "The enemy lost 40 of its soldiers in the assault," the Ukrainian army said of '
         "the Russian attack.", "Russia"),
        ('KYIV: "We lost 12 of our soldiers," the Ukrainian army said.', "Ukraine"),
        # the enemy who struck is no owner of "its" fighters
        ("BEIRUT: Hezbollah said an attack by the Zionist enemy killed two of its fighters.",
         "Hezbollah"),
    ],
)  # fmt: skip
def test_their_people_in_a_speakers_own_words(text: str, party: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a sponsor joined to those it backs is neither their side nor a word of their noun
        ("DAMASCUS: Israeli strikes killed two Iran-backed militiamen near Damascus, Syria, a "
         "monitor said.", (2, "unknown", "military")),
        ("ADEN: Eight UAE-backed separatist fighters were killed in Abyan, Yemen.",
         (8, "unknown", "military")),
    ],
)  # fmt: skip
def test_a_sponsor_joined_to_those_it_backs(text: str, figure: tuple) -> None:
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party, c.status) for c in claims] == [figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreigners among the victims are no side of the story: not the total's party,
        # nor whose "the ministry" or "police" is
        ("CAIRO: Gunmen killed 17 people, including two French citizens and four Japanese, the "
         "ministry said.",
         [(17, "Egypt", "Egypt"), (2, "France", "Egypt"), (4, "Japan", "Egypt")]),
        ("NAIROBI: Gunmen stormed a mall, killing 67 people, including six Britons and two "
         "Canadians, police said.",
         [(67, "Kenya", "Kenya"), (6, "United Kingdom", "Kenya"), (2, "Canada", "Kenya")]),
    ],
)  # fmt: skip
def test_foreigners_among_the_victims_are_no_side(text: str, expected: list) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party, c.claimant_side) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the other side by the speaker's word for it is never the speaker's own
        ("TEHRAN (IRNA) - The IRGC said at least 40 soldiers of the Zionist regime had been "
         "killed.", "Israel"),
        ("KYIV (Ukrinform) - Up to 40 occupiers were eliminated near Pokrovsk, the General "
         "Staff said.", "unknown"),
        ("MOSCOW: Russian troops repelled attacks near Kupyansk. The enemy's losses amounted "
         "to 210 servicemen, the Russian Defense Ministry said.", "unknown"),
        ("KHARKIV: Russian forces attacked Vovchansk. Ukraine's army said 40 occupiers were "
         "killed.", "Russia"),
    ],
)  # fmt: skip
def test_the_other_side_by_the_speakers_word(text: str, party: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a ship's crew is of no land the story names unless the words say whose
        ("DUBAI: One crew member is missing after a Houthi attack on the bulk carrier Tutor, "
         "UKMTO said.", "unknown"),
        ("WASHINGTON: A Houthi missile struck the bulk carrier True Confidence in the Gulf of "
         "Aden, killing three crew members, U.S. Central Command said.", "unknown"),
        ("KYIV: Ukrainian drones struck a Russian landing ship, killing 12 Russian sailors, the "
         "navy said.", "Russia"),
    ],
)  # fmt: skip
def test_a_ships_crew_is_of_no_land_unless_named(text: str, party: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a foreign ministry tells of others' dead; its own nationals it names
        ("Three people were killed in Russian shelling of Kyiv, the French foreign ministry "
         "said.", "Ukraine"),
        ("Two French nationals were killed in Kyiv, the French foreign ministry said.", "France"),
    ],
)  # fmt: skip
def test_a_foreign_ministry_tells_of_others_dead(text: str, party: str) -> None:
    claims = fogofwar.analyse("Shelling\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


def test_a_people_named_like_a_town_is_no_place() -> None:
    # "the Kuki community" is a people, not the Japanese town of Kuki
    text = "A\nIMPHAL, India — Gunmen killed 13 members of the Kuki community, police said."
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == [(13, "India")]


def test_the_militia_a_group_killed_is_not_the_group() -> None:
    text = (
        "Attack\nOUAGADOUGOU: JNIM said it had killed 30 members of the militia near Djibo, "
        "Burkina Faso."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.party, c.status) for c in claims] == [("Burkina Faso", "military")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a state's men are no "fighters": "its fighters" in a state's words are the group's
        ("KHARTOUM: The army said that the RSF had suffered heavy losses. More than 300 of its "
         "fighters were killed, the army said.", "RSF"),
        ("KHARTOUM: The army said 12 of its soldiers were killed.", "Sudan"),
    ],
)  # fmt: skip
def test_its_fighters_in_a_states_words(text: str, party: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Two civilians were killed by fire from the Azerbaijani side, Armenia's interior "
         "ministry said.", "Armenia"),
        ("A local resident was wounded by shelling from the Ukrainian side, the governor of "
         "Russia's Kursk region said.", "Russia"),
        ("Three border guards were injured by shots from the Tajik side, Kyrgyzstan's border "
         "service said.", "Kyrgyzstan"),
        # but people from a side are of it
        ("Two servicemen from the Armenian side were killed in the clashes, the ministry said.",
         "Armenia"),
    ],
)  # fmt: skip
def test_fire_from_a_side_is_of_those_who_shot(text: str, party: str) -> None:
    claims = fogofwar.analyse("Border\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Russian defence ministry said a missile strike on a Ukrainian training ground "
         "killed 60 soldiers.", "Ukraine"),
        ("Russian missiles struck a Ukrainian training ground near Dnipro, killing 60 "
         "soldiers, the Russian defence ministry said.", "Ukraine"),
        ("A drone attack on an Israeli army base wounded 12 soldiers, Hezbollah said.",
         "Israel"),
        ("Indian shelling hit a Pakistani border post overnight and killed three soldiers, "
         "India's army said.", "Pakistan"),
        ("The raid against a Sudanese army garrison left 14 soldiers dead, the RSF said.",
         "Sudan"),
        # the target names no side: the speaker's word decides as before
        ("A missile strike on a training ground killed 60 soldiers, the Russian defence "
         "ministry said.", "Russia"),
        # the counted people's own name wins over the target's
        ("An Israeli strike on a Lebanese village killed two Hezbollah fighters, the army "
         "said.", "Hezbollah"),
    ],
)  # fmt: skip
def test_who_fell_where_an_attack_landed_are_the_targets(text: str, party: str) -> None:
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.party for c in claims] == [party]


def test_towns_are_looked_up_in_the_named_groups_home_too() -> None:
    """A town the article places nowhere else is looked up in the home of the armed group
    it names before its namesakes abroad (Samar is a Philippine island and a Ukrainian
    town)."""
    text = (
        "Clash\nSoldiers killed five New People's Army rebels in a clash in Samar province, "
        "the military said. Two soldiers were wounded."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.party, c.claimant_side) for c in claims] == [
        ("NPA", "Philippines"),
        ("Philippines", "Philippines"),
    ]
    actors = ArticleActors.of("NPA rebels fought in Samar. Ukraine was not named twice.")
    assert actors.countries() == ["UA", "PH"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Doctors at the Saudi Hospital in El Fasher said 14 people were killed when RSF "
         "shells hit the camp.", "Sudan"),
        ("Israeli tanks shelled the area around the Indonesian Hospital in northern Gaza, "
         "killing 12 people, the health ministry said.", "Palestine"),
        # the place struck named for the land that built it
        ("A drone hit the Turkish hospital in Nyala, killing 12 patients, doctors said.",
         "Sudan"),
        ("Shelling hit the Egyptian market in Omdurman, killing 20 people, activists said.",
         "Sudan"),
        ("A drone struck the Saudi hospital in El Fasher on Sunday. At least 30 civilians "
         "were killed, the army said.", "Sudan"),
    ],
)  # fmt: skip
def test_a_hospital_named_for_a_people_is_no_party(text: str, party: str) -> None:
    claims = fogofwar.analyse("Shelling\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]
    # nor the side of who speaks there
    assert all(c.claimant_side in (party, "third_party") for c in claims)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A Myanmar military air strike hit a school in Sagaing region, killing 22 people, "
         "the local People's Defence Force said.", "Myanmar"),
        ("Sudanese army shelling killed 9 people in a market in Nyala, the RSF said.", "Sudan"),
        ("A Pakistani army drone strike in North Waziristan killed 8 people, the TTP said.",
         "Pakistan"),
        # its own fighters are the group's
        ("Sudanese army shelling killed 9 of its fighters in Nyala, the RSF said.", "RSF"),
        # a ruling group's people are its state's, as before
        ("Israeli air strikes on Gaza City killed 27 people, Hamas said.", "Palestine"),
    ],
)  # fmt: skip
def test_an_armed_group_tells_of_the_lands_people_a_state_struck(text: str, party: str) -> None:
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("An Israeli strike on a car near Tyre, Lebanon, killed a Hezbollah commander and two "
         "other people, Lebanon's health ministry said.", ["Hezbollah", "Lebanon"]),
        ("An ambush near Gao killed a Wagner mercenary and four local residents, a Malian "
         "official said.", ["Wagner", "Mali"]),
        ("A Turkish drone strike near Qamishli killed an SDF commander and three other people, "
         "the SDF said.", ["SDF", "Syria"]),
        # more of the group's men are the group's
        ("Clashes killed 15 Hezbollah fighters and six members in southern Lebanon.",
         ["Hezbollah", "Hezbollah"]),
    ],
)  # fmt: skip
def test_others_listed_after_a_groups_man_are_not_the_groups(text: str, parties: list) -> None:
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == parties


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents killed 12 people in a raid on Quissanga in northern Mozambique. Seven of "
        "the dead were foreign workers. Residents said 20 bodies had been found in the streets.",
        "Gunmen killed 12 people in Quissanga, Mozambique. Seven of the dead were foreigners. "
        "Local officials later said 20 bodies were found.",
    ],
)
def test_people_of_no_side_say_nothing_of_the_next_figure(text: str) -> None:
    claims = fogofwar.analyse("Raid\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims if c.count == 20] == ["Mozambique"]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents stormed Palma, a town in northern Mozambique, on Wednesday. Witnesses said "
        "12 people were killed in Palma.",
        "Gunmen attacked Granada, a village in Nigeria's Zamfara state. Residents said 12 "
        "people were killed in Granada.",
    ],
)
def test_a_far_namesake_of_a_town_is_not_where_it_happened(text: str) -> None:
    claims = fogofwar.analyse("Raid\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] not in (["Spain"], [])


@pytest.mark.parametrize(
    "text",
    [
        # the place they were taken from says nothing of the captives
        "Philippine troops rescued five hostages from an Abu Sayyaf hideout on Jolo, a "
        "general said.",
        "Soldiers freed five hostages from a Boko Haram stronghold in Borno state, Nigeria, "
        "the army said.",
    ],
)
def test_hostages_freed_from_a_groups_hideout_are_not_the_groups(text: str) -> None:
    claims = fogofwar.analyse("Rescue\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] in (["Philippines"], ["Nigeria"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed at least 11 people, including two Chinese nationals and an Indian "
         "engineer, in an attack on a mining camp in Niger, a security source said.",
         [(11, "Niger"), (2, "China"), (1, "India")]),
        ("A car bomb killed nine people, among them three Turkish workers, in central "
         "Somalia, police said.", [(9, "Somalia"), (3, "Turkey")]),
    ],
)  # fmt: skip
def test_the_land_it_happened_in_is_the_wholes_not_a_parts(text: str, expected: list) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == expected
    # said by the sentence's words, so no part's land takes it over once its event is placed
    assert not claims[0].party_guessed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state striking where the words place it strikes that land's people, not the
        # armed group it fights there
        ("BANGKOK (Wire) - A Myanmar military air strike killed 28 people, including nine "
         "children, in a village in the Sagaing region, residents said. The People's Defence "
         "Force said three of its fighters were among the dead.",
         [(28, "Myanmar"), (9, "Myanmar"), (3, "PDF")]),
        # an armed group tells of the forces it fights, not its own
        ("TAIZ, Yemen (Wire) - Houthi shelling killed seven civilians in Taiz, medics said. The "
         "Houthis said government forces had shelled their positions east of the city, "
         "killing four of their fighters.", [(7, "Yemen"), (4, "Houthis")]),
    ],
)  # fmt: skip
def test_whom_a_state_or_its_foes_struck(text: str, expected: list) -> None:
    claims = fogofwar.analyse("Strikes\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == expected


def test_a_states_office_abroad_makes_it_no_side() -> None:
    text = (
        "Hotel siege\nA French citizen was among those killed when jihadists besieged a hotel "
        "in the town of Dorvo in northern Burkina Faso, the French foreign ministry said. The "
        'attack was claimed by JNIM, which said its fighters had killed "30 crusaders and apostates".'
    )
    actors = ArticleActors.of(text)
    assert "France" not in [a.name for a, _ in actors.counts]
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == [(1, "France"), (30, "Burkina Faso")]


@pytest.mark.parametrize(
    "text",
    [
        "The monitor said 51 members of the security forces and 35 gunmen loyal to the former "
        "government were killed in Syria.",
        "Officials said 12 government forces and 20 militants died in the clashes in Syria.",
    ],
)
def test_a_states_forces_and_gunmen_listed_together_are_not_one_side(text: str) -> None:
    claims = fogofwar.analyse("Clashes\n" + text, outlet="Wire", published="2025-03-09")
    assert [c.party for c in claims] == ["Syria", "unknown"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 27 villagers in Bokkos in Plateau state overnight, a local official said.",
        "At least 27 people were killed when gunmen raided villages in Plateau State, police said.",
        "Gunmen raided Mangu in Plateau state, killing 27 villagers, residents said.",
    ],
)
def test_a_division_word_says_whose_region_it_is(text: str) -> None:
    # Plateau is a state of Nigeria and a department of Benin: "state" says which
    claims = fogofwar.analyse("Raid\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == ["Nigeria"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("KHERSON (Reuters) - Russian soldiers wounded five villagers in the Beryslav district, "
         "the governor said.", "Ukraine"),
        ("Russian soldiers injured five villagers in the Beryslav district of Ukraine, the "
         "governor said.", "Ukraine"),
        ("DERA ISMAIL KHAN, Pakistan (Reuters) - Afghan border forces wounded four villagers "
         "near the crossing, police said.", "Pakistan"),
        ("Eritrean soldiers abducted seven villagers in Zalambessa, Ethiopia, residents said.",
         "Ethiopia"),
        ("JAMMU (Reuters) - Pakistani troops wounded three villagers in Poonch, police said.",
         "India"),
        ("MEKELLE (Reuters) - Eritrean soldiers abducted seven villagers in the Irob district, "
         "local officials said.", "Ethiopia"),
    ],
)  # fmt: skip
def test_who_wounded_or_abducted_is_none_of_the_victims_side(text: str, party: str) -> None:
    # as who killed: the agent of the violence is never the side of those it hurt
    (claim,) = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert claim.party == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ukraine's General Staff said Russia lost 1,050 soldiers over the past day. That "
         "brings Russian total losses to 912,400 personnel.", "Russia"),
        ("Ukraine's General Staff said Russia had lost 1,120 soldiers over the past day, "
         "bringing its total losses to 905,000.", "Russia"),
        ("Azerbaijan's defence ministry said Armenia had lost 40 servicemen on Monday, which "
         "raised Armenia's losses to 120 servicemen.", "Armenia"),
    ],
)  # fmt: skip
def test_losses_brought_to_a_figure_are_their_owners(text: str, party: str) -> None:
    claims = fogofwar.analyse("Losses\n" + text, outlet="Wire", published="2025-03-01")
    assert {c.party for c in claims} == {party}


def test_nationals_among_the_people_do_not_make_their_land_a_side() -> None:
    # the story names its own land only by its capital's dateline
    text = (
        "BAMAKO (Reuters) - Jihadists attacked an army base on Wednesday, killing 12 soldiers, "
        "officials said.\n\nThe French embassy said two French nationals had been wounded in "
        "the town."
    )
    claims = fogofwar.analyse(text, title="Base attacked", outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party, c.claimant_side) for c in claims] == [
        (12, "Mali", "Mali"),
        (2, "France", "France"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Malian army drones struck a JNIM camp near Kidal, Mali. The strike killed 30 fighters, "
        "the army said.",
        "JNIM attacked a base near Kidal, Mali. The army said 12 soldiers and 30 fighters were "
        "killed.",
    ],
)
def test_the_fighters_a_state_tells_of_are_the_enemys(text: str) -> None:
    claims = claims_of(text)
    assert next(c.party for c in claims if c.count == 30) == "JNIM"


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit the bulk carrier in the Red Sea. Seven seafarers died, the "
        "Singapore-based manager said.",
        "A missile hit the bulk carrier in the Red Sea. Two crew members were wounded, the "
        "London-based IMB said.",
    ],
)
def test_where_a_speaker_is_based_is_no_side(text: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.party, claim.claimant_side) == ("unknown", "third_party")


def test_a_parts_nationality_is_not_the_wholes() -> None:
    text = (
        "Pirates boarded a tanker off Lagos, Nigeria. The company said ten seafarers had been "
        "kidnapped, including seven Russians."
    )
    claims = claims_of(text)
    assert {(c.count, c.party) for c in claims} == {(10, "Nigeria"), (7, "Russia")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli forces rescued four hostages from Gaza on Saturday.", "Israel"),
        ("French commandos freed 12 hostages from a camp in northern Mali.", "France"),
        ("Colombian troops liberated nine captives from Venezuela, the army said.", "Colombia"),
        ("Nigerian soldiers evacuated 30 kidnapped farmers from Niger on Friday.", "Nigeria"),
    ],
)
def test_the_land_captives_are_rescued_from_is_not_theirs(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.party == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gaza's health ministry said 200 Palestinians were killed. Hamas seized 250 people "
        "in its attack on southern Israel.",
        "Palestinian officials said 40 people died in Gaza. Hamas fighters abducted 250 "
        "people during the assault on southern Israel.",
        "Gaza's civil defence said 30 Palestinians were killed. Militants of Hamas took 250 "
        "people hostage in their raid on Israel.",
    ],
)
def test_captives_taken_where_the_sentence_places_them_are_that_lands(text: str) -> None:
    claims = claims_of(text)
    assert next(c.party for c in claims if c.count == 250) == "Israel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JNIM fighters ambushed a convoy near Kidal. JNIM said it had killed 15 soldiers. "
            "The army was also fighting Tuareg rebels in northern Mali. The army said 20 "
            "rebels were killed.",
            "CSP-DPA",
        ),
        (
            "Al-Shabaab fighters attacked a base. Al-Shabaab said it had seized the town. "
            "Islamic State militants were seen in the hills. The army said it killed 12 "
            "militants.",
            "Islamic State",
        ),
        (
            "ADF fighters raided a village in Ituri. The ADF has killed hundreds this year. "
            "M23 rebels hold Goma. The Congolese army said it killed a rebel and 30 others.",
            "M23",
        ),
    ],
)
def test_a_bare_fighters_noun_is_the_group_the_article_calls_so(text: str, expected: str) -> None:
    claims = claims_of(text)
    assert claims[-1].party == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a police constable at a checkpoint in Turbat, police said. Nobody "
        "claimed the attack, but the BLA is active in the area.",
        "Gunmen killed three constables in Turbat, police said. The BLA is active there.",
        "Gunmen killed a police officer in Turbat, police said. The BLA is active there.",
        "Two sepoys were killed in Turbat, officials said. The BLA is active there.",
    ],
)
def test_a_states_police_by_any_name_are_not_the_groups_named_nearby(text: str) -> None:
    claims = claims_of(text)
    assert claims[0].party == "Pakistan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jihadists killed nine civilians in a village in Tillaberi region, a local "
            "official said. French troops left the region in 2022.",
            "Niger",
        ),
        (
            "Gunmen killed seven farmers in Tillaberi region, a local official said. Soldiers from "
            "France had left the area a year earlier.",
            "Niger",
        ),
    ],
)
def test_a_state_named_only_for_its_troops_does_not_move_the_incident(
    text: str, expected: str
) -> None:
    (claim,) = claims_of(text)
    assert (claim.party, claim.claimant_side) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants attacked a checkpoint in North Waziristan. The TTP said its fighters "
            "had killed 20 policemen and lost two men.",
            "TTP",
        ),
        (
            "Al-Shabaab attacked a base near Baidoa. Al-Shabaab said its militants had "
            "captured 15 soldiers and lost four fighters.",
            "al-Shabaab",
        ),
        (
            "Eleven Pakistani soldiers were killed in North Waziristan. A senior officer said "
            "the attackers also lost at least eight fighters.",
            "unknown",
        ),
        (
            "Gunmen stormed a police station in Bannu. The army said its troops killed 12 "
            "fighters in the clash.",
            "unknown",
        ),
    ],
)
def test_who_lost_fighters_is_the_speaker_or_an_unnamed_group(text: str, expected: str) -> None:
    claims = claims_of(text)
    assert claims[-1].party == expected


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint in North Waziristan. A senior Pakistani military "
        "officer said the militant dead numbered 27.",
        "Militants attacked a checkpoint in North Waziristan. The army said the number of "
        "militants killed had risen to 27.",
        "Militants attacked a checkpoint in North Waziristan. The militants' death toll had "
        "risen to 27, officials said.",
    ],
)
def test_the_people_a_tolls_words_name_are_whose_the_figure_is(text: str) -> None:
    claims = claims_of(text)
    assert [(c.count, c.party, c.status) for c in claims] == [(27, "unknown", "military")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A US strike hit a car in Idlib province. CENTCOM said the strike killed three people.",
            "Syria",
        ),
        (
            "A Turkish drone strike hit a vehicle in Duhok province. The Turkish defence "
            "ministry said the strike killed four people.",
            "Iraq",
        ),
    ],
)
def test_the_strike_the_speaker_made_kills_none_of_its_people(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.party == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes erupted in Deir Ezzor, Syria. The SDF said it had arrested 16 tribal "
         "gunmen.", "Syria"),
        ("Clashes erupted in Deir Ezzor. The SDF said it had detained 16 men.", "Syria"),
        ("Fighting spread near Kidal. The CSP-DPA said its fighters had arrested 12 "
         "soldiers.", "Mali"),
    ],
)  # fmt: skip
def test_people_an_armed_group_arrests_are_never_its_own(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.party == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A commander in the Syrian National Army told Reuters that his forces had lost 20 "
         "men.", "Syrian National Army"),
        ("An SDF commander said his fighters had lost 12 men in the clashes near Manbij.",
         "SDF"),
    ],
)  # fmt: skip
def test_his_forces_are_the_commanders_body(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.party == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgian police shot dead three people on Sunday.", "Georgia"),
        ("Police in Georgia fired at a crowd on Sunday, killing three people.", "Georgia"),
        ("Togolese riot police killed two demonstrators in a suburb on Friday.", "Togo"),
        ("Russian troops shot dead three people in a village.", "unknown"),
    ],
)
def test_people_a_states_police_kill_are_its_own(text: str, expected: str) -> None:
    (claim,) = claims_of(text)
    assert claim.party == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two servicemen were killed in the Russian missile strike on Dnipro, the governor "
         "said.", "Ukraine"),
        ("Two soldiers were killed in the Ukrainian drone strike on Belgorod, the governor "
         "said.", "Russia"),
        ("Russia struck an enlistment office in Poltava on Tuesday. Two servicemen and three "
         "civilians were killed, the regional governor said.", "Ukraine"),
        ("Two policemen were wounded by an Israeli drone in Nabatieh, officials said.",
         "Lebanon"),
    ],
)  # fmt: skip
def test_soldiers_a_states_strike_killed_are_the_struck_lands(text: str, expected: str) -> None:
    claims = claims_of(text)
    assert {c.party for c in claims} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Jaish-e-Mohammed militants ambushed an army truck in Kathua, killing three soldiers, "
        "the army said.",
        "Lashkar-e-Taiba militants shot dead two policemen in Sopore, officials said.",
    ],
)
def test_a_groups_home_is_the_land_it_fights_in(text: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.party, claim.claimant_side) == ("India", "India")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MEXICO CITY (AP) - Gunmen killed four people in Cordoba, police said.", "Mexico"),
        ("MADRID (Reuters) - A gunman killed four people in Cordoba, police said.", "Spain"),
    ],
)
def test_a_reports_dateline_land_places_its_towns_before_namesakes(
    text: str, expected: str
) -> None:
    (claim,) = claims_of(text)
    assert (claim.party, claim.claimant_side) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army blamed the ELN for the attack. Three members of the security forces were "
         "killed, the ministry said.", "Colombia"),
        ("The ELN said 30 dissidents died in the clash.", "unknown"),
        ("The ELN said 12 of its rebels died in the clash.", "ELN"),
    ],
)  # fmt: skip
def test_who_a_groups_words_and_the_security_forces_are(text: str, expected: str) -> None:
    claims = claims_of(text)
    assert claims[-1].party == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes erupted in Latakia, Syria. The monitor said 125 members of the security "
         "forces and 148 fighters loyal to Assad were killed.", "unknown"),
        ("Fighting spread in Borno, Nigeria. Police said 12 soldiers and 30 gunmen were "
         "killed.", "unknown"),
        ("Fighting spread in Borno, Nigeria. Boko Haram attacked the base. Police said 12 "
         "soldiers and 30 gunmen were killed.", "Boko Haram"),
    ],
)  # fmt: skip
def test_fighters_listed_with_a_states_forces_are_its_enemys(text: str, expected: str) -> None:
    claims = claims_of(text)
    assert claims[-1].party == expected


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a land named for peacekeepers is theirs, though "peacekeepers" names the UN too
        ("Two Chadian peacekeepers were killed near Kidal on Monday, the UN said.", "Chad"),
        ("Gunmen killed two peacekeepers from Chad near Kidal, the UN said.", "Chad"),
        ("Five Russian peacekeepers were killed in Karabakh, Russia said.", "Russia"),
        ("Three Nepali UN peacekeepers were wounded in the blast, the mission said.", "Nepal"),
        # none named: the body's
        ("Two peacekeepers were killed near Kidal on Monday, the UN said.", "UN"),
    ],
)  # fmt: skip
def test_peacekeepers_are_the_lands_named_for_them(text: str, party: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.party for c in claims] == [party]


@pytest.mark.parametrize(
    "said",
    [
        '"Four of our neighbours were killed," said resident Hassan Hamadeh.',
        "Resident Hassan Hamadeh said four of his neighbours were killed.",
        '"They killed four of my cousins," a farmer said.',
    ],
)
def test_a_speaker_of_no_side_is_not_of_the_side_that_struck(said: str) -> None:
    text = f"BEIRUT, March 4 (Wire) - Israeli jets struck the village of Aitaroun overnight. {said}"
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-03-04")
    assert [c.party for c in claims] == ["Lebanon"]
