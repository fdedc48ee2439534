"""Who says so: speaker phrases normalised as the annotation guide names claimants."""

from __future__ import annotations

import pytest

import fogofwar
from fogofwar.extract.attribution import (
    Attribution,
    as_label,
    is_international,
    is_outsider,
    is_press,
    is_vague,
    normalise,
    quotations,
    sentence_attributions,
    vague_state,
)
from fogofwar.extract.sides import ArticleActors
from fogofwar.parties import actor_named
from wire import claims_of

ARMENIA_MOD = Attribution(
    name="Armenia Ministry of Defence", actor=actor_named("Armenia"), international=False, token=0
)


@pytest.mark.parametrize(
    ("phrase", "name", "party"),
    [
        ("the Armenian Defence Ministry", "Armenia Ministry of Defence", "Armenia"),
        ("the Azerbaijani Ministry of Defense", "Azerbaijan Ministry of Defence", "Azerbaijan"),
        ("Azerbaijan's Foreign Ministry", "Azerbaijan Ministry of Foreign Affairs", "Azerbaijan"),
        ("the Kyrgyz Health Ministry", "Kyrgyzstan Health Ministry", "Kyrgyzstan"),
        ("Tajik border guards", "Tajikistan border service", "Tajikistan"),
        ("the Russian military", "Russia military", "Russia"),
        ("the Russian armed forces", "Russia armed forces", "Russia"),
        ("Ukraine's General Staff", "Ukraine armed forces", "Ukraine"),
        ("Israeli police", "Israel police", "Israel"),
        ("Congolese army", "DR Congo army", "DR Congo"),
        (
            "Azerbaijan's prosecutor general's office",
            "Azerbaijan Prosecutor General's Office",
            "Azerbaijan",
        ),
        ("Ukraine's State Emergency Service", "Ukraine emergency service", "Ukraine"),
        ("Ukraine's National Guard", "Ukraine National Guard", "Ukraine"),
        # a capital or a country used as a metonym is the government
        ("Yerevan", "Armenia government", "Armenia"),
        ("Baku", "Azerbaijan government", "Azerbaijan"),
        ("Armenia", "Armenia government", "Armenia"),
        ("Kyiv", "Ukraine government", "Ukraine"),
        ("the Armenian side", "Armenia government", "Armenia"),
        ("the Kenyan government", "Kenya government", "Kenya"),
        # officials and authorities keep the word the text uses, as the guide's claimants do
        ("Armenian officials", "Armenia officials", "Armenia"),
        ("Kenyan authorities", "Kenya authorities", "Kenya"),
        ("the Kenyan authorities", "Kenya authorities", "Kenya"),
        ("a Kenyan official", "Kenya official", "Kenya"),
        # a group that runs a body is not the body speaking
        ("the Hamas-run Gaza health ministry", "Gaza Health Ministry", "Palestine"),
        ("the al-Shabaab-controlled Somali health ministry", "Somalia Health Ministry", "Somalia"),
        # a group speaks for itself, not for its ally or sponsor
        ("M23", "M23", "M23"),
        ("an armed group linked to al-Qaeda, JNIM", "JNIM", "JNIM"),
        ("An affiliate of Al Qaeda, Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM", "JNIM"),
        # outside bodies keep their own name and speak for no party
        ("Human Rights Watch", "Human Rights Watch", None),
        ("the United Nations", "United Nations (UN)", None),
        # acronyms and descriptions of outside bodies by their official names, acronym kept
        ("the WHO", "World Health Organization (WHO)", None),
        ("the U.N. health agency", "World Health Organization (WHO)", None),
        ("UNMISS", "UN Mission in South Sudan (UNMISS)", None),
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights (SOHR)",
         None),
        ("the United Nations refugee agency", "UN High Commissioner for Refugees (UNHCR)", None),
        ("UNHCR", "UN High Commissioner for Refugees (UNHCR)", None),
        ("OCHA", "UN Office for the Coordination of Humanitarian Affairs (OCHA)", None),
        ("the UN humanitarian office", "UN Office for the Coordination of Humanitarian Affairs (OCHA)",
         None),
        ("the ICRC", "International Committee of the Red Cross (ICRC)", None),
        ("MSF", "Doctors Without Borders (MSF)", None),
        ("Médecins Sans Frontières", "Doctors Without Borders (MSF)", None),
        ("the Norwegian Refugee Council", "The Norwegian Refugee Council", None),
        ("the NRC", "Norwegian Refugee Council", None),
        ("The UN mission in Kenya", "The UN mission in Kenya", None),
        # a state's armed forces by their own name, where they speak under it
        ("the IDF", "Israel Defense Forces", "Israel"),
        ("the Israeli army", "Israel Defense Forces", "Israel"),
        ("Israel's military", "Israel Defense Forces", "Israel"),
        ("the SANDF", "South Africa National Defence Force", "South Africa"),
        ("the South African army", "South Africa National Defence Force", "South Africa"),
        ("the KDF", "Kenya Defence Forces", "Kenya"),
        ("the Kenyan army", "Kenya army", "Kenya"),
        ("Israeli police", "Israel police", "Israel"),
        # a non-state body's president is no head of state
        ("Mario Lutete, president of Goma civil society", "Mario Lutete", None),
        ("the president of the Kenyan Red Crescent", "The president of the Kenyan Red Crescent",
         None),
        ("the Kenyan bar association president", "The Kenyan bar association president",
         "Kenya"),
        ("the Kenyan president", "Kenya presidency", "Kenya"),
        ("the president of Kenya", "Kenya presidency", "Kenya"),
        # a body with a name of its own follows its country
        ("Kenya's National Intelligence Service", "Kenya National Intelligence Service", "Kenya"),
        ("the National Intelligence Service of Kenya", "Kenya National Intelligence Service",
         "Kenya"),
        ("the Federal Security Service of the Russian Federation (FSB)",
         "Russia Federal Security Service", "Russia"),
        ("the Ethiopian National Defense Force", "Ethiopia National Defense Force", "Ethiopia"),
        # stray quotes and blanks are trimmed
        ('  "the Armenian   Defence Ministry",', "Armenia Ministry of Defence", "Armenia"),
        # only names (and "side") are the government; a role after the name is who speaks
        ("Baku and Yerevan", "Azerbaijan government", "Azerbaijan"),
        ("the Russian governor", "The Russian governor", "Russia"),
        ("the Iranian envoy", "The Iranian envoy", "Iran"),
    ],
)  # fmt: skip
def test_normalise(phrase: str, name: str, party: str | None) -> None:
    got_name, actor = normalise(phrase)
    assert got_name == name
    assert (actor.name if actor else None) == party


@pytest.mark.parametrize("pronoun", ["it", "It", "they", "he", "she", "we"])
def test_pronoun_refers_back(pronoun: str) -> None:
    assert normalise(pronoun, fallback=ARMENIA_MOD) == (ARMENIA_MOD.name, ARMENIA_MOD.actor)


UN_CHIEF = Attribution(
    name="UN Secretary-General Ana Lopes", actor=None, international=True, token=0
)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a title refers back to the speaker it was part of
        ("the Secretary-General", UN_CHIEF.name),
        ("The Secretary-General", UN_CHIEF.name),
        # a title of another land, or one the speaker did not hold, is someone else
        ("the Kenyan Secretary-General", "The Kenyan Secretary-General"),
        ("the spokesman", "The spokesman"),
    ],
)
def test_title_refers_back(phrase: str, name: str) -> None:
    assert normalise(phrase, fallback=UN_CHIEF)[0] == name


@pytest.mark.parametrize("pronoun", ["it", "they", "", "  "])
def test_pronoun_without_fallback_names_nobody(pronoun: str) -> None:
    assert normalise(pronoun) == ("", None)


@pytest.mark.parametrize(
    ("phrase", "name", "party"),
    [
        # an unnamed body belongs to the last speaker's country
        ("the health ministry", "Armenia Health Ministry", "Armenia"),
        ("police", "Armenia police", "Armenia"),
        ("Armenia's ministry", "Armenia Ministry of Defence", "Armenia"),
        # a named country or outside body overrides the fallback
        ("Baku", "Azerbaijan government", "Azerbaijan"),
        ("Human Rights Watch", "Human Rights Watch", None),
    ],
)
def test_normalise_with_fallback(phrase: str, name: str, party: str | None) -> None:
    got_name, actor = normalise(phrase, fallback=ARMENIA_MOD)
    assert got_name == name
    assert (actor.name if actor else None) == party


@pytest.mark.parametrize(
    ("phrase", "name", "party"),
    [
        ("the army", "DR Congo army", "DR Congo"),
        ("police", "DR Congo police", "DR Congo"),
        ("the rebels", "M23", "M23"),
        # a body its ruling group runs is the body of that group's land, not the article's
        # most named country
        ("the Hamas-run Health Ministry", "Palestine Health Ministry", "Palestine"),
        # a state's body located in a land speaks for that land, whatever the article is
        # mostly about
        ("health authorities in Gaza", "Palestine health authorities", "Palestine"),
        ("the health ministry in Lebanon", "Lebanon Health Ministry", "Lebanon"),
        ("the Houthi-run health ministry", "Yemen Health Ministry", "Yemen"),
    ],
)
def test_normalise_from_article_context(phrase: str, name: str, party: str) -> None:
    """With no speaker to refer back to, an unnamed body is the article's own country."""
    context = ArticleActors.of(
        "M23 fighters attacked Goma. Congolese troops fought M23 near Goma. Congo said M23 lost."
    )
    got_name, actor = normalise(phrase, context=context)
    assert got_name == name
    assert actor is not None and actor.name == party


@pytest.fixture(scope="module")
def parse():
    from fogofwar.extract import nlp

    return nlp.parse


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two soldiers were killed, the Armenian Defence Ministry said.",
         [("Armenia Ministry of Defence", "Armenia", False)]),
        ("According to the Tajik border service, five guards were wounded.",
         [("Tajikistan border service", "Tajikistan", False)]),
        # the original speaker, not the agency that quotes them
        ("Interfax quoted the Russian Defence Ministry as saying that 30 soldiers were killed.",
         [("Russia Ministry of Defence", "Russia", False)]),
        ("Yerevan claims 70 Azeri soldiers were killed.",
         [("Armenia government", "Armenia", False)]),
        ("Human Rights Watch said 25 civilians died.", [("Human Rights Watch", None, True)]),
        ("Baku said two soldiers died, while Yerevan said five died.",
         [("Azerbaijan government", "Azerbaijan", False),
          ("Armenia government", "Armenia", False)]),
        # a passive names nobody; a report or a confirmation is no speaker
        ("It was reported that two soldiers were killed.", []),
        ("Twelve people were confirmed dead.", []),
        ("The report said 20 people died.", []),
        # the source an outlet cites speaks, not the outlet that relays it
        ("ENA reported, citing the Eritrean border service, that four soldiers were killed.",
         [("Eritrea border service", "Eritrea", False)] * 2),
        ("Four soldiers were killed, ENA reported, citing the Ethiopian defence ministry.",
         [("Ethiopia Ministry of Defence", "Ethiopia", False)] * 2),
        ("Citing Kenyan police, the agency said 30 people had died.",
         [("Kenya police", "Kenya", False)] * 2),
        ("Thirty people died, the agency said, quoting a Kenyan police officer.",
         [("Kenya police", "Kenya", False)] * 2),
        ("The channel reported that 30 people died, citing Kenyan officials.",
         [("Kenya officials", "Kenya", False)] * 2),
        ("The Kenyan interior minister was quoted by KNA as saying that 30 people died.",
         [("Kenya Interior Ministry", "Kenya", False)]),
        ("Thirty people died, according to the Kenyan interior ministry, quoted by KNA.",
         [("Kenya Interior Ministry", "Kenya", False)]),
        ("According to figures from the Kenyan health ministry, 30 people died.",
         [("Kenya Health Ministry", "Kenya", False)]),
        ("The agency said, citing a report by Amnesty International, that 30 people died.",
         [("Amnesty International", None, True)] * 2),
        # a reporter citing a cause or a figure still speaks for itself
        ("The WHO cited nearly 2,900 injuries in the fighting.",
         [("World Health Organization (WHO)", None, True)]),
        ("Kenyan police said, citing the violence, that 30 people died.",
         [("Kenya police", "Kenya", False)]),
        # an event, a figure or a fragment is never a speaker
        ("The siege claimed the lives of 28 soldiers.", []),
        ("The ambush claimed 28 lives.", []),
        ("The toll reached 50, with 20 deaths reported on Monday alone.", []),
        ("Police said 12 died, with 30 more reported wounded.", [("Police", None, False)]),
        ("That said, 30 people died.", []),
        ("The president made the declaration citing the unrest, which killed 80 people.", []),
        # a report, a statement or a figure speaks for the body it comes from
        ("A report from the Kenyan interior ministry said 30 people died.",
         [("Kenya Interior Ministry", "Kenya", False)]),
        ("A previous report from Kenya's intelligence service reported 30 dead.",
         [("Kenya's intelligence service", "Kenya", False)]),
        ("Figures released by the Kenyan health ministry put the toll at 30.",
         [("Kenya Health Ministry", "Kenya", False)]),
        ("Initial reports released by Kenyan Health Minister Susan Wafula stated that 30 "
         "people died.", [("Kenya Health Ministry (Susan Wafula)", "Kenya", False)]),
        ("Thirty people died, according to a report updated by the Kenyan health department.",
         [("Kenya Health Ministry", "Kenya", False)]),
        ("Nine officers were killed, a Kenyan police statement said.",
         [("Kenya police", "Kenya", False)]),
        ("Nine officers were killed, the Kenyan army's statement said.",
         [("Kenya army", "Kenya", False)]),
        ("A statement said 20 people died.", []),
        # a trailing speaker the parser hung on its own noun
        ("An ambush near Mandera killed nine soldiers, the Kenyan presidency confirmed Monday.",
         [("Kenya presidency", "Kenya", False)]),
        # the press passes a figure on: a channel, a paper, bloggers, a name that "found out"
        ("Zarya found out that at least 20 soldiers were killed in the attack.",
         [("Zarya", None, False)]),
        ("The Zarya Telegram channel, with ties to the security services, reported 20 dead.",
         [("The Zarya Telegram channel", None, False)]),
        ("Reports from Kenyan military bloggers indicated that 20 soldiers were killed.",
         [("Kenyan military bloggers", None, False)]),
        ("According to the Telegram channel Zarya, 20 soldiers died.",
         [("The Telegram channel Zarya", None, False)]),
        ("The newspaper Le Matin reported that 50 people died.",
         [("The newspaper Le Matin", None, False)]),
        ("Kenyan media reported that 30 people died.", [("Kenyan media", None, False)]),
        # state media speak for their state
        ("Kenyan state television said 30 people died.",
         [("Kenya state television", "Kenya", False)]),
        ("Two officers were injured, Kenyan state TV said.", [("Kenya state TV", "Kenya", False)]),
        # a statement or figures issued or released report; released hostages do not
        ("Kenyan Prime Minister Musa Otieno issued a statement Monday condemning the attack, "
         "which killed 30 people.", [("Kenya prime minister (Musa Otieno)", "Kenya", False)]),
        ("The Kenyan interior ministry released figures showing that 30 people died.",
         [("Kenya Interior Ministry", "Kenya", False)]),
        ("Al-Shabaab released 30 hostages on Monday.", []),
        ("The Kenyan army issued orders to evacuate the town.", []),
        # a revised toll is reported
        ("Kenyan Health Minister Susan Wafula revised the death toll from 103 to 95.",
         [("Kenya Health Ministry (Susan Wafula)", "Kenya", False)]),
        ("IDF spokesman Daniel Hagari said nine soldiers died.",
         [("Israel Defense Forces (Daniel Hagari)", "Israel", False)]),
        # a spokesman speaks for his body, named after it
        ("Getachew Alemu, a spokesman for the Ethiopian army, said nine soldiers died.",
         [("Ethiopia army (Getachew Alemu)", "Ethiopia", False)]),
        ("Getachew Alemu, the Ethiopian army's spokesman, said nine soldiers died.",
         [("Ethiopia army (Getachew Alemu)", "Ethiopia", False)]),
        ("Ethiopian military spokesman Colonel Getachew Alemu said nine soldiers died.",
         [("Ethiopia military (Getachew Alemu)", "Ethiopia", False)]),
        ('"Nine of our soldiers died," Ethiopian army spokesman Getachew Alemu told reporters.',
         [("Ethiopia army (Getachew Alemu)", "Ethiopia", False)]),
        ("Nine soldiers died, said Getachew Alemu, spokesman of the Ethiopian defence ministry.",
         [("Ethiopia Ministry of Defence (Getachew Alemu)", "Ethiopia", False)]),
        ("The spokesman of the Ethiopian foreign ministry, Meles Alem, said nine soldiers died.",
         [("Ethiopia Ministry of Foreign Affairs (Meles Alem)", "Ethiopia", False)]),
        ("Kenyan police spokesperson Resila Onyango said nine officers were killed.",
         [("Kenya police (Resila Onyango)", "Kenya", False)]),
        ("A spokesperson for the Kenyan police said nine officers were killed.",
         [("Kenya police", "Kenya", False)]),
        ("Ethiopian Health Minister Lia Tadesse told a press conference that nine people died.",
         [("Ethiopia Health Ministry (Lia Tadesse)", "Ethiopia", False)]),
        # a people or a place the tagger takes for a person is no name
        ("Tuareg separatists claim they killed 84 soldiers.", [("Tuareg separatists", None, False)]),
        # a bare participle with `by` reports; a claim of the attack does not
        ("Thirty people died, as reported by a Kenyan police officer.",
         [("Kenya police", "Kenya", False)]),
        ("The attack, claimed by al-Shabaab, killed 30 people.", []),
        # an activist, a monitor, an aid worker, a UN body: an outsider, whoever's country
        ("The Syrian Observatory for Human Rights said 14 civilians were killed.",
         [("Syrian Observatory for Human Rights (SOHR)", None, True)]),
        ("Rami Kassem, an activist in Aleppo, said 14 civilians were killed.",
         [("Rami Kassem (activist in Aleppo)", None, True)]),
        ("A Kenyan aid worker told the agency that 14 civilians were killed.",
         [("A Kenyan aid worker", None, True)]),
        ("The UN mission in Kenya reported 14 civilians killed.",
         [("The UN mission in Kenya", None, True)]),
        ("A MONUSCO officer in Goma said 14 civilians were killed.",
         [("A MONUSCO officer in Goma", None, True)]),
        # who a named person is, the whole phrase says, though the name is kept short
        ("Abebe Kebede, an open-source intelligence analyst at a think tank in Nairobi, "
         "said 14 civilians were killed.", [("Abebe Kebede", None, True)]),
    ],
)  # fmt: skip
def test_sentence_attributions(
    parse, sentence: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    found = sentence_attributions(parse(sentence)[:])
    assert [(a.name, a.actor.name if a.actor else None, a.international) for a in found] == (
        expected
    )


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "press"),
    [
        ("Zarya found out that at least 20 soldiers were killed.", True),
        ("The Zarya Telegram channel reported 20 dead.", True),
        ("Kenyan military bloggers said 20 soldiers were killed.", True),
        ("Kenyan state television said 30 people died.", False),
        ("A Kenyan army spokesman told reporters that 30 soldiers died.", False),
        # a force's own media office speaks for it
        ("The Director of Defence Media Operations, Major General Amos Otieno, said 30 "
         "fighters were killed.", False),
        ("The army's director of media relations said 30 fighters were killed.", False),
    ],
)  # fmt: skip
def test_press_speakers(parse, sentence: str, press: bool) -> None:
    assert [a.press for a in sentence_attributions(parse(sentence)[:])] == [press]


@pytest.mark.slow
def test_pronoun_speaker_resolves_to_previous(parse) -> None:
    doc = parse("It said two soldiers were killed.")
    assert sentence_attributions(doc[:]) == []
    found = sentence_attributions(doc[:], previous=ARMENIA_MOD)
    assert [(a.name, a.actor) for a in found] == [(ARMENIA_MOD.name, ARMENIA_MOD.actor)]
    assert found[0].token == 1  # the reporting verb, "said"


@pytest.mark.parametrize(
    ("name", "vague", "state"),
    [
        ("Armenia government", True, "Armenia"),
        ("South Sudan authorities", True, "South Sudan"),
        ("Iran officials", True, "Iran"),
        ("Iran Health Ministry", False, None),
        ("Reuters", False, None),
    ],
)
def test_vague_names_the_whole_state(name: str, vague: bool, state: str | None) -> None:
    assert is_vague(name) == vague
    assert vague_state(name) == state


@pytest.mark.parametrize(
    ("name", "outsider"),
    [
        ("the Syrian Observatory for Human Rights", True),
        ("a Kenyan rights group", True),
        ("an aid worker in Goma", True),
        ("Doctors Without Borders", True),
        ("a doctor with MSF", True),
        ("the UN refugee agency", True),
        ("the UN High Commissioner for Human Rights", True),
        ("an analyst at a Nairobi think tank", True),
        # a name written without its accents; doctors' and lawyers' networks
        ("Medecins Sans Frontieres", True),
        ("Médecins Sans Frontières", True),
        ("the Kestria Doctors Network", True),
        ("the Emergency Lawyers group", True),
        # a state office speaks for its state, even on rights or aid
        ("Ukraine's human rights commissioner", False),
        ("the minister for humanitarian affairs", False),
        ("the Kenyan defence ministry", False),
        ("a resident", False),
        # "un" and "who" are acronyms only in capitals
        ("a man who saw it", False),
        ("un témoin", False),
    ],
)
def test_outsiders_speak_as_third_party(name: str, outsider: bool) -> None:
    assert is_outsider(name) == outsider


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said: "Nine died. Four are missing." Then he left.',
         ['"Nine died. Four are missing.']),
        ("“Nine died,” she said. “Four are missing.”", ["“Nine died,", "“Four are missing."]),
        # a long quote: each paragraph opens with a mark, only the last one closes
        ("“Nine died.\n\n“Four are missing.”\n\nPolice said two.",
         ["“Nine died.\n\n“Four are missing."]),
        # a paragraph that opens with no mark ends a quote left open
        ("“Nine died.\n\nPolice said two.", ["“Nine died."]),
        ("«Nine died», he said.", ["«Nine died"]),
        ("No quote here.", []),
    ],
)  # fmt: skip
def test_quotations(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quotations(text)] == quoted


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Mr Tesfaye", "Tesfaye"),
        ("Major General Getachew Alemu", "Getachew Alemu"),
        ("Dr. Mulu Bekele", "Mulu Bekele"),
        ("Colonel Sanders", "Sanders"),
        # a body is no person: its name keeps its words
        ("General Staff", "General Staff"),
    ],
)
def test_person_named_without_honorifics(phrase: str, name: str) -> None:
    assert normalise(phrase)[0] == name


QUOTED_ARTICLE = [
    # the speaker named where the quote closes speaks its earlier sentences too
    (
        "Fighting broke out near Mandera on Monday.\n\n"
        '"We lost nine of our men. Twelve more were wounded," Kenyan army spokesman '
        "Paul Njuguna told reporters.",
        [(9, "Kenya army (Paul Njuguna)"), (12, "Kenya army (Paul Njuguna)")],
    ),
    # the speaker named where the quote opens speaks it across paragraphs
    (
        "Fighting broke out near Mandera on Monday.\n\n"
        "Kenyan army spokesman Paul Njuguna told reporters: “We lost nine of our men.\n\n"
        "“Another four are missing.”\n\nLocal residents said three civilians died.",
        [(9, "Kenya army (Paul Njuguna)"), (4, "Kenya army (Paul Njuguna)"),
         (3, "Local residents")],
    ),
    # a pronoun speaker is the last one named
    (
        "Kenyan police said nine officers were killed in Mandera. "
        "They added that four more were missing.",
        [(9, "Kenya police"), (4, "Kenya police")],
    ),
    # a group claiming an attack speaks for its own figure, not for the outlet's
    # description of the attack
    (
        "Al-Shabaab claimed responsibility for an attack on a Kenyan market in which "
        "30 people were killed.",
        [(30, "Daily Wire")],
    ),
    (
        "Al-Shabaab claimed responsibility for killing 30 Kenyan soldiers.",
        [(30, "al-Shabaab")],
    ),
    (
        "Al-Shabaab claimed responsibility for the raid, saying it killed 30 Kenyan soldiers.",
        [(30, "al-Shabaab")],
    ),
    # to claim an attack is to claim responsibility for it
    (
        "Al-Shabaab claimed the bombing that killed 30 Kenyan soldiers in Mandera.",
        [(30, "Daily Wire")],
    ),
    (
        "Al-Shabaab has claimed the attack, which killed 30 people, on its radio station.",
        [(30, "Daily Wire")],
    ),
    (
        "Al-Shabaab claimed the ambush, saying its fighters killed 30 Kenyan soldiers.",
        [(30, "al-Shabaab")],
    ),
    # a trailing speaker the parser hung on the figure's noun speaks for it
    (
        "An attack on a Kenyan base in Mandera has killed at least 40 soldiers, the country's "
        "presidency confirmed Monday.",
        [(40, "Kenya presidency")],
    ),
    # the press passes a figure on as the media, a side's state media speak for it
    (
        "Zarya found out that at least 20 Kenyan soldiers were killed in Mandera.",
        [(20, "Zarya")],
    ),
    # the outlet speaks when nobody is cited, even after a quote
    (
        '"Nine of our men died," the Kenyan army said. Mandera lies near the border. '
        "Fighting there killed 40 people in 2019.",
        [(9, "Kenya army"), (40, "Daily Wire")],
    ),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), QUOTED_ARTICLE)
def test_quoted_speakers_through_the_article(text: str, expected: list[tuple[int, str]]) -> None:
    from fogofwar.extract.claims import extract_claims
    from fogofwar.extract.nlp import parse
    from fogofwar.records import Article

    article = Article(id="a", text=text, location="test", outlet="Daily Wire")
    claims = extract_claims(article, parse(text))
    assert [(c.count, c.claimant) for c in claims] == expected


@pytest.mark.parametrize(
    ("name", "international"),
    [
        ("the UN refugee agency", True),
        ("the Refugee Council", True),
        ("a conflict research institute", True),
        ("the Centre for Strategic Studies", True),
        ("an analyst", True),
        ("the Assistance Association for Prisoners", True),
        ("the Dorin Lawyers Network", True),
        ("a local rights group", True),
        ("the Victims' Collective", True),
        # the land's own councils, agencies and centres
        ("the local council", False),
        ("the district council chairman", False),
        ("the state emergency agency", False),
        ("the National Disaster Management Agency", False),
        ("the regional health centre", False),
        ("the national bar association", False),
        ("police", False),
    ],
)
def test_councils_and_agencies_are_outside_unless_the_lands_own(
    name: str, international: bool
) -> None:
    assert is_international(name) == international


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a resident", "Resident"),
        ("another survivor", "Survivor"),
        ("a local journalist", "Local journalist"),
        ("The Sentinel", "The Sentinel"),
        ("a UN official", "UN official"),
        ("A Luta", "A Luta"),
    ],
)
def test_an_unnamed_speaker_is_a_label_not_a_noun_phrase(phrase: str, name: str) -> None:
    assert as_label(normalise(phrase)[0]) == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Eritrea's information minister Yemane Tekle", "Eritrea Ministry of Information"),
        ("the Ethiopian Ministry of Information", "Ethiopia Ministry of Information"),
        ("Ethiopia's justice minister", "Ethiopia Ministry of Justice"),
    ],
)
def test_every_ministry_speaks_by_its_name(phrase: str, name: str) -> None:
    assert normalise(phrase)[0].startswith(name)


@pytest.mark.parametrize(
    ("text", "phrase", "name", "party"),
    [
        # an article that names no country: the body is of the home of the group it is
        # about, where the state fights it
        ("BLA militants stormed a train. BLA fighters held the passengers. The BLA said so.",
         "the army", "Pakistan army", "Pakistan"),
        ("Al-Shabaab fighters stormed a hotel. Al-Shabaab said it held the building.",
         "police", "Somalia police", "Somalia"),
    ],
)  # fmt: skip
def test_an_unnamed_body_in_a_story_that_names_no_country(
    text: str, phrase: str, name: str, party: str
) -> None:
    got_name, actor = normalise(phrase, context=ArticleActors.of(text))
    assert (got_name, actor.name if actor else None) == (name, party)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a role set before or after a name is the guide's "name (role)"
        ("A witness, Musa Bello", "Musa Bello (witness)"),
        ("the village chief, Ibrahim Musa", "Ibrahim Musa (village chief)"),
        ("An aid worker, Sarah Kline", "Sarah Kline (aid worker)"),
        ("Musa Bello, a witness", "Musa Bello (witness)"),
        # a local office's title right before the name
        ("regional Gov. Serhii Lysak", "Serhii Lysak (regional governor)"),
        ("Dorn Mayor Ihor Terekhov", "Ihor Terekhov (Dorn mayor)"),
        ("Deputy Governor Ali Musa", "Ali Musa (deputy governor)"),
        # a clause describes, it names no role
        ("The relief agency, which runs the clinic", "The relief agency"),
    ],
)
def test_a_role_and_a_name(phrase: str, name: str) -> None:
    assert normalise(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        # a body named by a region or town speaks for the land it lies in, whatever the
        # article names most
        ("the press office of Tigray region", "Ethiopia"),
        ("the Tigray regional government", "Ethiopia"),
        ("the governor of Tigray", "Ethiopia"),
        ("the Asmara municipal office", "Eritrea"),
    ],
)
def test_a_body_named_by_its_region(phrase: str, party: str) -> None:
    context = ArticleActors.of("Eritrean troops fought Ethiopian troops. Eritrea said so.")
    actor = normalise(phrase, context=context)[1]
    assert actor is not None and actor.name == party


@pytest.mark.parametrize(
    "phrase",
    [
        # a region's name is its own, never a namesake town's abroad (Germany's Borna)
        "The Borno state police command",
        "the Borno State Emergency Management Agency",
        "the Borno state government",
    ],
)
def test_a_body_named_by_its_region_is_not_a_namesakes(phrase: str) -> None:
    context = ArticleActors.of("Jihadists attacked Rann in northeastern Nigeria. Nigeria said.")
    actor = normalise(phrase, context=context)[1]
    assert actor is not None and actor.name == "Nigeria"


def test_gazan_is_palestinian() -> None:
    # Gaza's own bodies are named by Gaza, as the guide names them; they speak for Palestine
    name, actor = normalise("Gazan authorities")
    assert (name, actor.name if actor else None) == ("Gaza authorities", "Palestine")


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea denied that its soldiers had been killed and said Ethiopia had lost 45 soldiers.",
        "The Eritrean government denied its troops had been routed and said 45 Ethiopian "
        "soldiers died.",
        "Eritrea rejected the report and said Ethiopia had lost 45 soldiers.",
    ],
)
def test_a_second_reporting_verb_shares_the_first_ones_speaker(text: str) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [(c.count, c.party, c.claimant_side) for c in claims] == [(45, "Ethiopia", "Eritrea")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's interior minister gave new figures on Tuesday. Twelve police officers were "
        "killed and 30 were wounded, according to the minister.",
        "The Kenyan interior ministry updated its toll on Tuesday. Twelve police officers were "
        "killed, it said.",
    ],
)
def test_a_body_introduced_without_a_reporting_verb_is_whom_the_title_means(text: str) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert {(c.claimant, c.claimant_side) for c in claims} == {("Kenya Interior Ministry", "Kenya")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker in a clause on the counted people speaks for them
        ("Kestrian troops hold 116 captives, including 41 the Kenyan army says are dead.",
         (41, "Kenya army", "Kenya")),
        ("The war has killed more than 37,000 people that Kenyan authorities say were civilians.",
         (37000, "Kenya authorities", "Kenya")),
        # a claim's owner, named in front of it, gives the figure it holds
        ("The Kenyan army's claim of 40 militants killed could not be independently verified.",
         (40, "Kenya army", "Kenya")),
        ("A UN estimate of 40 dead was disputed by the government.",
         (40, "United Nations (UN)", "third_party")),
    ],
)  # fmt: skip
def test_speakers_on_the_counted_people_and_claims(text: str, expected: tuple) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [(c.count, c.claimant, c.claimant_side) for c in claims if c.count == expected[0]] == [
        expected
    ]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a territory with bodies of its own names them, its people still the country's
        ("the Gazan government", "Gaza government"),
        ("Gaza authorities", "Gaza authorities"),
        ("Gaza's civil defence", "Gaza civil defence"),
        ("Gaza health officials", "Gaza health officials"),
        ("the Palestinian health ministry", "Palestine Health Ministry"),
    ],
)
def test_a_territory_names_its_own_bodies(phrase: str, name: str) -> None:
    found, actor = normalise(phrase)
    assert (found, actor.name if actor else None) == (name, "Palestine")


def test_two_bodies_of_a_territory_are_two_claims() -> None:
    text = (
        "A Gaza civil defence chief said more than 300 people had been killed in the strike, "
        "while a Gaza health ministry source said at least 300 had died."
    )
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert {c.claimant for c in claims} == {"Gaza civil defence", "Gaza Health Ministry"}


@pytest.mark.parametrize("opening", ["", "Clashes in Dorn\n"])
def test_a_source_cited_at_the_opening_of_a_line(opening: str) -> None:
    # after a line break the tagger may take "Citing" for a name on the noun it cites
    text = opening + "Citing hospital sources, the Kenyan news agency KNA said 12 people died."
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == ["Hospital sources"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "per" cites a source as "according to" does
        ("As per the police, 12 people died in the attack.", "Police"),
        ("Per police, 12 people died in the attack.", "Police"),
        ("Twelve people died in the attack, per hospital officials.", "Hospital officials"),
        ("Twelve people died per day during the siege.", "Horn Wire"),
        # a tally is a report
        ("Police tallied 12 dead after the attack.", "Police"),
    ],
)  # fmt: skip
def test_per_and_tallies_cite_their_source(text: str, claimant: str) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    "phrase",
    ["the Le Soir daily", "the Dorvo Times, a weekly", "the tabloid Bild", "a local magazine"],
)
def test_papers_by_what_they_are_are_the_press(phrase: str) -> None:
    assert is_press(phrase)


@pytest.mark.parametrize("phrase", ["the AP", "AP", "the Associated Press"])
def test_a_news_agency_by_its_own_name(phrase: str) -> None:
    assert normalise(phrase) == ("Associated Press", None)
    assert is_press(phrase)


@pytest.mark.parametrize(
    ("text", "claimant", "side"),
    [
        # a group described by anything but arms is not the armed group of the story
        (
            "The M23 rebels advanced on Sake. At least 19 people were killed when the rebels "
            "shelled a market, a medical group said.",
            "Medical group",
            "third_party",
        ),
        (
            "The M23 rebels advanced on Sake. At least 19 people were killed, said Jean Kamba, "
            "head of a civil society group in Masisi.",
            "Jean Kamba",
            "DR Congo",
        ),
        # the group a story is about, however it is called
        (
            "The M23 rebels advanced on Sake. The armed group said 19 of its fighters died.",
            "M23",
            "M23",
        ),
        (
            "The M23 rebels advanced on Sake. The group said 19 of its fighters died.",
            "M23",
            "M23",
        ),
    ],
)
def test_only_an_armed_body_is_the_armed_group(text: str, claimant: str, side: str) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [(c.claimant, c.claimant_side) for c in claims] == [(claimant, side)]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were wounded in the blast, Lebanese media reports said.",
        "Two soldiers were wounded in the blast, according to Lebanese media reports.",
        "Lebanese reports indicated that two soldiers were wounded in the blast.",
    ],
)
def test_a_nations_reports_are_its_press(text: str) -> None:
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [(c.claimant, c.claimant_side) for c in claims] == [("Lebanese media", "media")]


@pytest.mark.parametrize("phrase", ["No group", "no one", "Nobody", "no official"])
def test_no_one_is_no_speaker(phrase: str) -> None:
    assert normalise(phrase) == ("", None)


@pytest.mark.parametrize(
    ("phrase", "name", "party"),
    [
        ("the ISPR", "Pakistan ISPR", "Pakistan"),
        ("Pakistan's ISPR", "Pakistan ISPR", "Pakistan"),
        ("the Frontier Corps", "Pakistan Frontier Corps", "Pakistan"),
        ("the IRGC", "Iran IRGC", "Iran"),
        ("the Tatmadaw", "Myanmar Tatmadaw", "Myanmar"),
        # the state itself, by its name or people, is its government
        ("Pakistan", "Pakistan government", "Pakistan"),
    ],
)
def test_a_states_service_speaks_by_its_own_name(phrase: str, name: str, party: str) -> None:
    found, actor = normalise(phrase)
    assert (found, actor.name if actor else None) == (name, party)


def test_a_service_still_names_its_states_people() -> None:
    text = "Two IRGC officers were killed in the strike near the border, the ISPR said."
    claims = fogofwar.analyse(text, outlet="Horn Wire", published="2025-02-03")
    assert [(c.party, c.claimant) for c in claims] == [("Iran", "Pakistan ISPR")]


@pytest.mark.parametrize(
    ("later", "claimant"),
    [
        ("Among the dead were four paramedics, the ministry said.", "Lebanon Health Ministry"),
        ("The ministry said four paramedics were among the dead.", "Lebanon Health Ministry"),
        ("Four paramedics were among the dead, according to the ministry.", "Lebanon Health Ministry"),
        ("The military said four of its soldiers were wounded.", "Israel Defense Forces"),
    ],
)  # fmt: skip
def test_a_body_called_by_its_kind_is_the_one_named_before(later: str, claimant: str) -> None:
    text = (
        "Strikes in southern Lebanon\nIsraeli air strikes on villages in southern Lebanon "
        "killed 25 people on Tuesday, Lebanon's health ministry said, as the Israeli military "
        f"said it had hit Hezbollah targets. {later}"
    )
    claims = fogofwar.analyse(text, outlet="Levant Wire", published="2025-02-03")
    assert [c.claimant for c in claims if c.count == 4] == [claimant]


@pytest.mark.parametrize(
    ("later", "claimant"),
    [
        ('"We lost seven men," one of the sources said.', "Niger security sources"),
        ("About 20 assailants were killed, the second source said.", "Niger security sources"),
    ],
)
def test_one_of_the_sources_is_the_sources_named_before(later: str, claimant: str) -> None:
    text = (
        "Ambush in Niger\nGunmen killed nine Nigerien soldiers in an ambush near the "
        f"border, two Nigerien security sources told Wire on Monday. {later}"
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [c.claimant for c in claims if c.count != 9] == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "An air strike by the military on a festival in the north killed at least 40 people, "
        "including children, a resistance group and a witness said on Wednesday.",
        "The strike killed at least 40 people, including children, residents said.",
    ],
)
def test_a_speaker_after_a_figures_list_still_speaks(text: str) -> None:
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [c.claimant_side for c in claims if c.count == 40] != ["media"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # an indefinite description right before the verb, unclosed by a comma, speaks
        ("More than 1,000 people have been killed in clashes between security forces and "
         "fighters loyal to ousted president Ali Dorn, a war monitor said.", "War monitor"),
        ("Twelve people were killed, Ali Musa, a local official, said.", "Ali Musa (local official)"),
        # one person speaking is no figure
        ("One survivor said 12 people were killed.", "Survivor"),
        ('"They killed 12 people," one woman said.', "Woman"),
    ],
)  # fmt: skip
def test_who_speaks_after_a_name_or_as_one_person(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Clashes\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The death toll rose to 42, a senior police officer in Parachinar, Abdul Ghaffar, said.",
         "Abdul Ghaffar (senior police officer in Parachinar)"),
        ("Twelve people died, the local governor, Ali Musa, said.", "Ali Musa (local governor)"),
        # with words after the verb, and the name before its description
        ("A drone attack on Dorn killed three people, the mayor, Oleh Marchuk, said on Saturday.",
         "Oleh Marchuk (mayor)"),
        ("A drone attack on Dorn killed three people, Oleh Marchuk, the mayor, said on Saturday.",
         "Oleh Marchuk (mayor)"),
        ("Shelling killed four civilians in Dorn, the regional governor, Ivan Petrenko, said in "
         "a statement.", "Ivan Petrenko (regional governor)"),
        ("Dorn's chief minister, Ali Amin Musa, said 42 people were killed.",
         "Ali Amin Musa (Dorn's chief minister)"),
    ],
)  # fmt: skip
def test_a_role_and_the_name_it_describes(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Gaza health authorities", "Gaza health authorities"),
        ("health authorities in Gaza", "Palestine health authorities"),
        ("Lebanese health officials", "Lebanon health officials"),
        ("Lebanon's health ministry", "Lebanon Health Ministry"),
    ],
)
def test_health_services_in_their_own_words(phrase: str, name: str) -> None:
    assert normalise(phrase)[0] == name
    assert not is_vague(name)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Hospitals in the city were treating 367 people wounded in the clashes.",
         "Hospitals in the city"),
        ("Doctors at the main hospital treated 83 wounded people.", "Doctors at the main hospital"),
        ("The hospital received 32 bodies on Sunday.", "Hospital"),
        # admitting is reporting, as before
        ("The army admitted that 12 soldiers were killed.", "Army"),
    ],
)  # fmt: skip
def test_those_who_treat_the_wounded_count_them(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Clashes\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the head of the Federal Security Service", "Russia Federal Security Service"),
        ("a spokesman for the Investigative Committee", "Russia Investigative Committee"),
        # a role in a body named by its kind stays a description
        ("a spokesman for the army", "A spokesman for the army"),
    ],
)
def test_a_role_in_a_named_body_speaks_for_the_body(phrase: str, name: str) -> None:
    assert normalise(phrase)[0] == name


@pytest.mark.parametrize(
    ("text", "claimant", "side"),
    [
        # a state's civil office placed nowhere is of the land struck, not of the striker
        ("At least 51 people were killed when two Russian missiles hit a training institute in "
         "the Ukrainian city of Poltava, President Volodymyr Zelenskiy said.",
         "Ukraine presidency (Volodymyr Zelenskiy)", "Ukraine"),
        # the clause's subject the parser hung on a cited source is no part of it
        ("According to the Kursk regional governor, a Ukrainian drone attack on a minibus in "
         "Russia killed four civilians.", "The Kursk regional governor", "Russia"),
    ],
)  # fmt: skip
def test_the_land_struck_speaks_for_its_dead(text: str, claimant: str, side: str) -> None:
    claims = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-02-03")
    assert {(c.claimant, c.claimant_side) for c in claims} == {(claimant, side)}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a trailing speaker after a place's "Town, Country" commas
        ("The death toll rose to 40, police in Kaduna, Nigeria, said.", "Nigeria police"),
        ("At least 745 civilians were killed by gunmen in villages near Baniyas, Syria, the "
         "Syrian Observatory for Human Rights said on Saturday.",
         "Syrian Observatory for Human Rights (SOHR)"),
        ("At least 100 people were killed in Syria, the war monitor, the Syrian Observatory for "
         "Human Rights, said.", "Syrian Observatory for Human Rights (SOHR)"),
        # an acronym the tagger took for a verb
        ("IS said it had killed 30 soldiers in Niger.", "Islamic State"),
        # a document's figures shown
        ("Figures released by the Kenya Red Cross showed 23 people were killed in Mandera.",
         "The Kenya Red Cross"),
        ("A video showed 12 bodies in the street.", "Wire"),
    ],
)  # fmt: skip
def test_speakers_the_parser_loses(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Macomia district administrator Tomas Badae", "Tomas Badae (Macomia district administrator)"),
        ("local council chairman Ali Dalori", "Ali Dalori (local council chairman)"),
        ("tribal elder Haji Gul", "Haji Gul (tribal elder)"),
        ("community leader Jean Kamba", "Jean Kamba (community leader)"),
    ],
)  # fmt: skip
def test_a_local_role_before_a_name(phrase: str, name: str) -> None:
    assert normalise(phrase)[0] == name


def test_a_sentence_opening_in_a_land_speaks_with_its_services() -> None:
    text = (
        "Strikes\nIsraeli strikes killed 12 people in southern Lebanon, the Lebanese health "
        "ministry said. In Israel, the emergency service said a 60-year-old man was seriously "
        "wounded by a rocket fired from Lebanon."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [(c.count, c.party, c.claimant_side) for c in claims] == [
        (12, "Lebanon", "Lebanon"),
        (1, "Israel", "Israel"),
    ]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # an outsider's description after "according to" stays with it
        ("At least 20 people were killed in Cabo Delgado, Mozambique, according to Cabo Ligado, "
         "a conflict monitor.", [("Cabo Ligado (conflict monitor)", "third_party")]),
        # "the spokesman" is the one who spoke for a side before
        ("A spokesman for the Nigerian police said 12 people were killed. The spokesman said 30 "
         "were wounded.", [("Nigeria police", "Nigeria"), ("Nigeria police", "Nigeria")]),
    ],
)  # fmt: skip
def test_descriptions_and_spokesmen_named_before(text: str, claimants: list) -> None:
    claims = fogofwar.analyse("A\n" + text, outlet="Wire", published="2025-02-03")
    assert [(c.claimant, c.claimant_side) for c in claims] == claimants


def test_people_counted_as_they_tell_an_agency_speak() -> None:
    text = (
        "A\nGunmen killed at least 26 civilians in the village in Darfur, Sudan, three health "
        "workers and a local administrator told Reuters."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [(c.count, c.claimant) for c in claims] == [
        (26, "Health workers and a local administrator")
    ]


@pytest.mark.parametrize(
    ("text", "count", "side"),
    [
        # the one state whose forces fight in the story, not the land struck
        ("Strike in Lebanon\nBEIRUT: Israeli jets struck a house in the southern Lebanese village of Aitaroun, "
         "killing three Hezbollah fighters, the military said.", 3, "Israel"),
        ("Strike in Syria\nDAMASCUS: Turkish drones struck a car near Qamishli, killing three SDF fighters, the "
         "army said in a statement.", 3, "Turkey"),
        ("Raid in Gaza\nGAZA: Israeli troops raided the Nuseirat camp on Saturday. The army said the "
         "soldiers killed 12 militants.", 12, "Israel"),
        ("Raid in Somalia\nMOGADISHU: Ethiopian troops raided a camp in Somalia's Gedo region. The military said "
         "it killed 40 al-Shabaab fighters.", 40, "Ethiopia"),
    ],
)  # fmt: skip
def test_an_unnamed_army_is_the_one_that_fights_in_the_story(
    text: str, count: int, side: str
) -> None:
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [c.claimant_side for c in claims if c.count == count] == [side]


def test_an_unnamed_army_is_nobody_s_when_two_states_fight() -> None:
    # both states' forces are named: "the army" is not decided by who fights
    text = (
        "A\nKYIV: Russian forces shelled the village of Borova overnight, killing two civilians, "
        "the regional governor said. Ukrainian troops repelled the assault. The army said 14 "
        "Russian soldiers were killed in fighting nearby."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [(c.count, c.claimant_side) for c in claims] == [(2, "Ukraine"), (14, "Ukraine")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a few people counted as the subject of "said" speak
        ("Fighters killed 15 soldiers in Borno, Nigeria, two military officers said.", "Nigeria"),
        ("Fighters killed 15 soldiers in Borno, Nigeria, three residents said.", "Nigeria"),
        ("Two military officers said fighters killed 15 soldiers in Borno, Nigeria.", "Nigeria"),
        # a toll is no speaker
        ("Fighters killed 15 soldiers in Borno, Nigeria, and 20 people said to be "
         "villagers were wounded.", "media"),
    ],
)  # fmt: skip
def test_a_few_people_saying_speak(text: str, side: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert claims and claims[0].claimant_side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a person named with a side, before the name or in an apposition after it, speaks
        # for it when named alone later
        ("Ukrainian President Volodymyr Zelenskiy visited troops in Kharkiv. Russian forces "
         "lost more than 1,000 soldiers killed in the past week, Zelenskiy said.", "Ukraine"),
        ("The assault on Nasir was led by John Gatluak, a White Army commander. Gatluak said "
         "20 SSPDF soldiers were killed.", "White Army"),
        ("The attack was repelled, Malian army spokesman Moussa Diallo said on Monday. Diallo "
         "said 40 JNIM fighters were killed.", "Mali"),
    ],
)  # fmt: skip
def test_a_person_named_with_a_side_speaks_for_it(text: str, side: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant_side for c in claims] == [side]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # two clauses, each closed by its own speaker
        ("Two people were wounded in Nahariya, Israeli police said, while four were killed "
         "in southern Lebanon, the Lebanese health ministry said.",
         [(2, "Israel"), (4, "Lebanon")]),
        ("Russian drones killed two people in Kharkiv, Ukrainian officials said, while "
         "Ukrainian drones killed one person in Belgorod, Russian officials said.",
         [(2, "Ukraine"), (1, "Russia")]),
    ],
)  # fmt: skip
def test_each_speaker_closes_its_own_clause(text: str, claimants: list) -> None:
    claims = fogofwar.analyse("Strikes\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.claimant_side) for c in claims] == claimants


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a body no word places speaks for the land the report was filed from, when that
        # land is one of the story's sides
        ("MOSCOW: Ukraine said Russia attacked Kharkiv. Russia said Ukraine lost up to 230 "
         "servicemen in the Kursk direction, the ministry said.", "Russia"),
        # a state's own agency files its state's statements
        ("BAKU, March 1 (Azertac) - Ten Armenian soldiers were killed in the clash, the "
         "Defense Ministry said.", "Azerbaijan"),
        # a regional bureau says nothing of whose body it is
        ("DAKAR: Around 40 soldiers were killed in an attack on a base in Chad's Lake region, "
         "the presidency said.", "Chad"),
        ("NAIROBI: Al-Shabaab fighters attacked an army base in central Somalia, killing 17 "
         "soldiers, the ministry said.", "Somalia"),
    ],
)  # fmt: skip
def test_an_unplaced_body_of_the_land_a_report_is_filed_from(text: str, side: str) -> None:
    claims = fogofwar.analyse("Losses\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant_side for c in claims] == [side]


@pytest.mark.parametrize(
    "text",
    [
        # a military government by what the press calls it speaks for the state
        "YANGON: The junta said its troops had killed 40 Arakan Army fighters in Rakhine, Myanmar.",
        "YANGON: A junta spokesman said the army killed 40 Arakan Army fighters in Rakhine, "
        "Myanmar.",
    ],
)
def test_the_junta_speaks_for_the_state(text: str) -> None:
    claims = fogofwar.analyse("Fighting\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.claimant, c.claimant_side) for c in claims] == [("Myanmar junta", "Myanmar")]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # "the group" that speaks again is the organisation that spoke last, not the armed
        # group it accused
        ("TAIZ: The Yemen Data Project said Houthi shelling killed 12 civilians in Taiz. The "
         "group said 30 people were wounded.",
         [("The Yemen Data Project", "third_party"), ("The Yemen Data Project", "third_party")]),
        ("KHARTOUM: Human Rights Watch said RSF fighters killed at least 30 people in the town. "
         "The monitor said 12 women were among the dead.",
         [("Human Rights Watch", "third_party"), ("Human Rights Watch", "third_party")]),
        # the UN is never "the group": that is the armed group of the story
        ("GOMA: M23 rebels seized the town on Monday, the UN said. The group said 40 soldiers "
         "were killed.", [("M23", "M23")]),
    ],
)  # fmt: skip
def test_the_group_that_spoke_last(text: str, claimants: list) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.claimant, c.claimant_side) for c in claims] == claimants


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a body's own media office speaks for the body, not as the press
        ("PESHAWAR: Security forces killed 12 militants in North Waziristan, Pakistan, the "
         "military's media wing said.", "Pakistan"),
        ("DAMASCUS: The Syrian army's media office said 12 soldiers were killed.", "Syria"),
        ("GOMA: The M23's media cell said 40 soldiers were killed.", "M23"),
    ],
)  # fmt: skip
def test_a_bodys_own_media_office_speaks_for_it(text: str, side: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant_side for c in claims] == [side]


@pytest.mark.parametrize(
    "text",
    [
        # a document's source, not the outlet that saw it
        "NAIROBI: A police report seen by the Nation said 12 people were killed in Mandera, Kenya.",
        "NAIROBI: Twelve people were killed in Mandera, Kenya, according to a police report "
        "obtained by Reuters.",
    ],
)
def test_who_saw_a_document_is_not_its_source(text: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.claimant, c.claimant_side) for c in claims] == [("Kenya police", "Kenya")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # figures and data are their body's, as a report or statement is
        ("ISLAMABAD: According to government figures, 40 people were killed in Kurram, "
         "Pakistan.", "Pakistan government"),
        ("BISHKEK: Kyrgyz health ministry data show 41 people were killed.",
         "Kyrgyzstan Health Ministry"),
        # figures of no one are the outlet's
        ("ISLAMABAD: Figures show 40 people were killed in Kurram, Pakistan.", "Wire"),
    ],
)  # fmt: skip
def test_figures_and_data_are_their_bodys(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # where a body sits is no side, and its description before its name says who it is
        ("TEHRAN: Iranian security forces killed five protesters in Mahabad, the Norway-based "
         "rights group Hengaw said.", "third_party"),
        ("BEIRUT: Syrian government strikes killed 12 civilians in Idlib, the London-based "
         "Syrian Observatory for Human Rights said.", "third_party"),
        # a state's investigators speak for it
        ("MAKHACHKALA: The Investigative Committee said five attackers had been killed.",
         "Russia"),
    ],
)  # fmt: skip
def test_where_a_body_sits_and_what_it_is(text: str, side: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant_side for c in claims] == [side]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "the source" is the one the words named a source before, whatever its name became
        ("MARIB (Xinhua) - Houthi fighters attacked army positions in Marib, Yemen, on Monday, "
         "a military source told Xinhua. Four soldiers were killed, the source added.",
         "Yemen military"),
        # a land whose posts were attacked fights too: "the army" is the dateline's
        ("SRINAGAR, March 1 (ANI): Pakistan Army opened fire on Indian posts, Army sources "
         "said. At least eight Pakistani soldiers were killed in the retaliation, the sources "
         "said.", "India army"),
    ],
)  # fmt: skip
def test_sources_named_before(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Clash\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant for c in claims] == [claimant]


def test_a_quotation_whose_speaker_is_named_where_it_closes() -> None:
    # a quote after another speaker's sentence is its own speaker's, named at its close
    text = (
        'Attack\nGOMA: Rebels attacked the village on Sunday, the army said. "They killed 14 '
        'people in my street. Nobody came to help us," said resident Esther Kahindo.'
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.claimant) for c in claims] == [(14, "Resident Esther Kahindo")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a line that opens with a body and a colon gives that body's words
        ("14:02 - Lebanon's health ministry: Israeli strike on a house in Bint Jbeil kills 5.",
         "Lebanon Health Ministry"),
        # a dateline in capitals is no speaker
        ("BEIRUT: Israeli strikes killed five people in Lebanon.", "Wire"),
    ],
)  # fmt: skip
def test_a_body_and_a_colon_label_its_words(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Live\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Eritrean troops attacked the Ethiopian border town of Humera on Tuesday. Ethiopian "
         "forces killed 40 of the attackers, the army said.", "Ethiopia"),
        ("Eritrean troops attacked the Ethiopian border town of Humera on Tuesday. The army "
         "said Ethiopian troops had repelled the assault, killing 40 attackers.", "Ethiopia"),
        ("Houthi drones struck a port near Jeddah. Saudi forces shot down most of them and "
         "lost two men, the military spokesman said.", "Saudi Arabia"),
    ],
)  # fmt: skip
def test_an_unnamed_army_tells_of_its_own_forces(text: str, side: str) -> None:
    claims = fogofwar.analyse("Clash\n" + text, outlet="Wire", published="2025-03-01")
    assert {c.claimant_side for c in claims} == {side}


@pytest.mark.parametrize(
    ("text", "claimant", "side"),
    [
        ("BOGOTA - Four Colombian soldiers were killed in a clash with the ELN, the army's "
         "Seventh Division reported. Two guerrillas were captured, the division added.",
         "Colombia army", "Colombia"),
        ("QUETTA - Four soldiers were killed in an attack in Kalat district, the Frontier "
         "Corps said. Two attackers were killed, the paramilitary force added.",
         "Pakistan Frontier Corps", "Pakistan"),
    ],
)  # fmt: skip
def test_a_force_called_again_by_its_kind(text: str, claimant: str, side: str) -> None:
    """`the division added`, `the paramilitary force added`: the force that spoke before."""
    claims = fogofwar.analyse("Clash\n" + text, outlet="Wire", published="2025-03-01")
    assert (claims[-1].claimant, claims[-1].claimant_side) == (claimant, side)


@pytest.mark.parametrize(
    "text",
    [
        "The Committee to Protect Journalists says at least 130 journalists have been killed "
        "in Gaza since the war began.",
        "At least 130 journalists have been killed in Gaza since the war began, according to "
        "the Committee to Protect Journalists.",
    ],
)
def test_a_body_whose_name_holds_a_clause_is_named_whole(text: str) -> None:
    claims = fogofwar.analyse("Toll\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant for c in claims] == ["The Committee to Protect Journalists"]


def test_a_body_of_a_named_side_is_never_another_sides_called_again() -> None:
    """`the Kyrgyz ministry` names its side: it is not the Kazakh ministry that spoke
    before, as `the paramilitary force` is the force that did."""
    text = (
        "Border\nKazakhstan's defence ministry said on Wednesday that its forces had detained "
        "two Kyrgyz soldiers. The Kyrgyz ministry did not say whether they were the two "
        "missing men."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2026-03-12")
    assert {(c.category, c.party) for c in claims} == {
        ("captured", "Kyrgyzstan"),
        ("missing", "Kyrgyzstan"),
    }


def test_an_organisation_called_by_its_kind_is_the_one_named_next() -> None:
    text = (
        "Coastal toll\nBEIRUT (Wire) - The death toll from three days of violence in Syria's "
        "coastal region rose to 1,018 on Sunday, a war monitor said. The Syrian Observatory "
        "for Human Rights said most of the dead were civilians."
    )
    (claim,) = fogofwar.analyse(text, outlet="Wire", published="2025-03-09")
    assert (claim.count, claim.claimant_side) == (1018, "third_party")
    assert "Observatory" in claim.claimant


def test_an_organisation_called_by_its_kind_and_never_named_stays_so() -> None:
    text = (
        "Coastal toll\nBEIRUT (Wire) - The toll from three days of violence in Syria's coastal "
        "region rose to 1,018 on Sunday, a war monitor said. Officials gave no figure."
    )
    (claim,) = fogofwar.analyse(text, outlet="Wire", published="2025-03-09")
    assert claim.claimant.lower() == "war monitor"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # an unnamed local source speaks for the land, not for foreigners among the dead
        ("Gunmen killed 11 people, including two Chinese nationals, in an attack on a mining "
         "camp in Niger, a security source said.", "Niger"),
        # a company speaks for itself, whatever land it is of
        ("Insurgents attacked Mueda in northern Mozambique. A Portuguese construction "
         "company said 12 of its employees were missing.", "third_party"),
        ("Insurgents attacked Mueda in northern Mozambique. French energy giant Total said "
         "four of its workers had been killed.", "third_party"),
        # and so do its chief executive and a ship's operator
        ("Gunmen ambushed a convoy near Boungou, Burkina Faso. Kestrel Mining chief executive "
         "Paul Mercer said 14 employees were killed.", "third_party"),
        ("Pirates attacked a tanker off Lagos, Nigeria. The ship's operator said two crew "
         "members were killed.", "third_party"),
    ],
)  # fmt: skip
def test_local_sources_and_companies_speak_for(text: str, side: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-09")
    assert {c.claimant_side for c in claims} == {side}


def test_a_ministry_called_by_its_portfolio_is_not_the_one_before() -> None:
    text = (
        "Ambush\nSyria's defence ministry said six of its soldiers had been killed in an ambush "
        "west of the city. The interior ministry separately said its forces had lost three "
        "members."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-05-01")
    assert [c.claimant for c in claims] == ["Syria Ministry of Defence", "Syria Interior Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen overran a base in the town of Dorvo in Borno state, Nigeria, killing at least 20 "
        "soldiers, according to a security report seen by Reuters.",
        "At least 20 soldiers were killed in Dorvo, Nigeria, an intelligence report obtained by "
        "AFP said.",
    ],
)
def test_a_services_report_seen_by_the_press_is_its_own_source(text: str) -> None:
    (claim,) = fogofwar.analyse("Base overrun\n" + text, outlet="Wire", published="2025-05-01")
    assert "report" in claim.claimant.lower()
    assert claim.claimant_side == "Nigeria"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Residents told Reuters they had spoken to local leaders who said they had buried 150 "
         "people after the raid on Garu, in Nigeria.", {150: "Local leaders"}),
        ("A police spokesman said 20 people were killed in Garu, Nigeria, but community leaders, "
         "who said they had counted 61 bodies, disputed the toll.",
         {20: "Nigeria police", 61: "Community leaders"}),
        ("The army said 15 soldiers died in the attack near Dori, Burkina Faso. A teacher who "
         "said he had helped to bury 40 civilians told AFP the toll was far higher.",
         {15: "Burkina Faso army", 40: "Teacher"}),
        ("Nurses at the hospital in Garu, Nigeria, who reported receiving 33 wounded, said "
         "supplies were running out.", {33: "Nurses at the hospital in Garu, Nigeria"}),
    ],
)  # fmt: skip
def test_a_relative_who_said_is_the_noun_it_hangs_on(text: str, speakers: dict[int, str]) -> None:
    claims = fogofwar.analyse("Raid\n" + text, outlet="Wire", published="2025-05-01")
    assert {c.count: c.claimant for c in claims} == speakers


def test_a_relative_who_said_keeps_the_speaker_a_name_stands_for() -> None:
    # the name after the role is the role's; the parser may hang it on the verb
    text = (
        "Bombing\nThe toll was confirmed by the head of Kenya's emergency services, Amos Otieno, "
        "who said the earlier tally of 95 dead had counted some bodies twice."
    )
    (claim,) = fogofwar.analyse(text, outlet="Wire", published="2025-05-01")
    assert claim.claimant.startswith("Kenya")


def test_a_relative_who_said_nothing_of_a_figure_is_not_the_next_speaker() -> None:
    text = (
        "Massacre\nThe rights group said the gang leader had consulted a priest who accused "
        "elderly people of witchcraft. Gang members killed at least 60 people in Cite Soleil, "
        "Haiti."
    )
    (claim,) = fogofwar.analyse(text, outlet="Wire", published="2025-05-01")
    assert claim.claimant != "Priest"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A missile struck a building in Dnipro, Ukraine. On Monday the State Emergency Service "
         "raised the death toll to 14.", "Ukraine emergency service"),
        ("A missile struck a building in Dnipro, Ukraine. The regional governor later lowered "
         "the toll to 12.", "Regional governor"),
    ],
)  # fmt: skip
def test_who_raises_or_lowers_a_toll_reports_it(text: str, claimant: str) -> None:
    (claim,) = fogofwar.analyse("Strike\n" + text, outlet="Wire", published="2025-05-01")
    assert claim.claimant == claimant


def test_what_raised_a_toll_is_no_speaker() -> None:
    text = (
        "Strike\nA missile struck a building in Dnipro, Ukraine. The discovery of three more "
        "bodies under the rubble raised the death toll to 17."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-05-01")
    assert "discovery" not in {c.claimant.lower() for c in claims if c.count == 17}


@pytest.mark.parametrize(
    ("text", "claimant", "side"),
    [
        ("Human Rights Watch said soldiers killed 11 people in Bamenda, Cameroon. The New "
         "York-based group said another four were wounded.", "Human Rights Watch", "third_party"),
        ("Danielle Okafor, head of the UN Human Rights Monitoring Mission in Ukraine, said 164 "
         "civilians were killed in February. The mission also recorded 38 civilians wounded in "
         "Kharkiv.", "Danielle Okafor", "third_party"),
    ],
)  # fmt: skip
def test_a_body_called_again_by_its_kind(text: str, claimant: str, side: str) -> None:
    claims = fogofwar.analyse("Report\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.claimant, c.claimant_side) for c in claims][-1] == (claimant, side)


def test_a_pronoun_for_an_outsider_is_still_an_outsider() -> None:
    text = (
        "Blast\nAbebe Kebede, an open-source intelligence analyst at a think tank in Nairobi, "
        "told reporters on Wednesday that he estimated the death toll from the blast in "
        "Mogadishu, Somalia, at about 50."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-05-01")
    assert [(c.count, c.claimant_side) for c in claims] == [(50, "third_party")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Kenyan defence ministry said 30 soldiers were killed near Mandera, citing hospital "
         "records.", "Kenya Ministry of Defence"),
        ("Police spokesman Amos Otieno told reporters in Nairobi, Kenya, citing police records, "
         "that 24 people remain missing.", "Kenya police (Amos Otieno)"),
    ],
)  # fmt: skip
def test_records_cited_are_no_speaker(text: str, claimant: str) -> None:
    (claim,) = fogofwar.analyse("Toll\n" + text, outlet="Wire", published="2025-05-01")
    assert claim.claimant == claimant


def test_a_full_name_again_is_the_person_named_before() -> None:
    text = (
        "The UN special envoy for Myanmar, Ingrid Solberg Haugen, said security forces in "
        "Yangon, Myanmar, killed 38 people on Wednesday. \u201cWe had 38 people who died "
        "today,\u201d Ingrid Solberg Haugen told reporters."
    )
    claims = fogofwar.analyse(text, title="S", outlet="Wire", published="2025-05-01")
    assert {(c.count, c.claimant_side) for c in claims} == {(38, "third_party")}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Al-Shabaab fighters attacked a base near Jilib, Somalia. The group's military "
         "spokesman, Abdiasis Abu Musab, said only three of its fighters had been killed.",
         "al-Shabaab"),
        ("M23 rebels seized the town near Goma, DR Congo. The rebels' military spokesman, Willy "
         "Ngoma, said 40 soldiers had been killed.", "M23"),
    ],
)  # fmt: skip
def test_the_groups_own_spokesman_speaks_for_the_group(text: str, side: str) -> None:
    (claim,) = claims_of(text)
    assert claim.claimant_side == side


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Gunmen raided Barga, Burkina Faso. Salimata Kabore, a mother of five, said the "
         "attackers shot the men. Her neighbour, Issouf Sawadogo, said at least 12 young women "
         "were taken away.", "Issouf Sawadogo"),
        # one who speaks for the body "its" stands for is the body's
        ("The army said 20 soldiers died in Barga, Burkina Faso. Its spokesman, Colonel Issa "
         "Traore, said 12 more were wounded.", "Burkina Faso army"),
    ],
)  # fmt: skip
def test_a_possessed_speaker_named_apart(text: str, claimant: str) -> None:
    claims = claims_of(text)
    assert claims[-1].claimant == claimant


def test_i_is_a_pronoun_not_an_acronym() -> None:
    text = (
        'Gunmen raided a market in Maiduguri, Nigeria. "I hid behind sacks of millet," said '
        'trader Aisha Bello. "Later I counted 11 bodies."'
    )
    (claim,) = claims_of(text)
    assert claim.claimant == "Trader Aisha Bello"


@pytest.mark.parametrize(
    "text",
    [
        "Protests spread across Kenya. Sauti Decide, which monitors elections, said 21 people "
        "had been shot dead by police.",
        "Fighting spread in Mali. The Sahel Violence Project, which tracks attacks in the "
        "region, said 30 people were killed in Mopti.",
        "Protests spread across Togo. Election observers said 12 people were killed in Lome.",
    ],
)
def test_a_body_that_watches_others_speaks_as_an_outsider(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.claimant_side == "third_party"


def test_a_state_body_that_investigated_still_speaks_for_its_state() -> None:
    text = (
        "Protests spread across Kenya. Kenya's police, which investigated the shooting, said "
        "three people were killed."
    )
    (claim,) = claims_of(text)
    assert claim.claimant_side == "Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrian Observatory for Human Rights, which puts the toll at 516, said 30 "
        "people were killed on Monday.",
        "The Britain-based Syrian Observatory for Human Rights said 30 people were killed.",
        "The Syrian Observatory for Human Rights on Saturday raised its toll to 30.",
    ],
)
def test_a_monitor_is_named_by_its_whole_name_alone(text: str) -> None:
    claims = claims_of(text)
    assert all("Observatory for Human Rights" in c.claimant for c in claims)
    assert not any("based" in c.claimant or "Saturday" in c.claimant for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Anti-junta fighters in Myanmar's Kayah state said they killed about 30 soldiers.",
        "Anti-junta guerrillas said they had killed 30 soldiers in Sagaing.",
    ],
)
def test_anti_junta_fighters_are_no_junta(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.claimant.lower().startswith("anti-junta")


@pytest.mark.parametrize(
    "text",
    [
        "The Mandalay PDF said the officers would be treated according to the Geneva "
        "Conventions. It said 16 soldiers were killed in the raid.",
        "The rebels said prisoners would be held according to international law. They said "
        "16 soldiers were killed.",
    ],
)
def test_rules_acted_by_are_no_speaker(text: str) -> None:
    (claim,) = claims_of(text)
    assert "Convention" not in claim.claimant and "law" not in claim.claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # police no speaker before places are the land's where it happened
        ("Russian drones attacked Dnipro overnight, killing three people, police said.",
         "Ukraine police"),
        ("A bomb killed 20 people at a shrine in Bangkok, police said. Malaysia said two of "
         "its citizens had been killed.", "Thailand police"),
    ],
)  # fmt: skip
def test_unnamed_police_are_the_lands_where_it_happened(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert claims[0].claimant == claimant


@pytest.mark.parametrize(
    "accusation",
    [
        "Human Rights Watch blamed the RSF for the killings.",
        "Amnesty International accused the RSF of the massacre.",
        "Doctors Without Borders blamed the RSF for the shelling.",
    ],
)
def test_the_group_after_an_outsider_accusing_an_armed_group_is_the_outsider(
    accusation: str,
) -> None:
    text = (
        "RSF fighters attacked the town of Tawila on Monday. "
        f"{accusation} The group said 12 people had been executed."
    )
    claims = fogofwar.analyse("Attack\n" + text, outlet="Wire", published="2025-03-01")
    assert [(c.claimant_side, c.claimant != "RSF") for c in claims] == [("third_party", True)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a force no word names tells of the civilians its own side lost to the other
        ("Indian shelling killed four Pakistani civilians, the military said.",
         "Pakistan military"),
        ("Cambodian rockets killed three Thai civilians, the army said.", "Thailand army"),
        # named, it is what it says
        ("The Indian army said Pakistani shelling killed four Indian civilians.", "India army"),
        # of fighters its strike killed, the striker's own
        ("Israeli jets struck a house in Aitaroun, killing three fighters, the military said.",
         "Israel Defense Forces"),
    ],
)  # fmt: skip
def test_an_unnamed_force_tells_of_its_own_sides_civilians(text: str, claimant: str) -> None:
    claims = fogofwar.analyse("Shelling\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    "speaker", ["A senior U.S. official", "The U.S. State Department", "China's government"]
)
def test_a_foreign_government_outside_the_fight_speaks_as_a_third_party(speaker: str) -> None:
    text = (
        "Thai and Cambodian troops clashed again on Monday. Thailand said Cambodia fired "
        "rockets. Cambodia said Thailand shelled its villages. "
        f"{speaker} said at least 38 people had been killed in the fighting."
    )
    claims = fogofwar.analyse("Clash\n" + text, outlet="Wire", published="2025-03-01")
    assert [c.claimant_side for c in claims] == ["third_party"]
    assert claims[0].party not in ("United States", "China")


@pytest.mark.parametrize(
    ("name", "outsider"),
    [
        ("Iran's UN ambassador", False),
        ("Pakistan's permanent representative to the United Nations", False),
        ("the UN envoy for Yemen", True),
        ("a UN spokesman", True),
    ],
)
def test_a_states_envoy_to_the_un_is_no_outsider(name: str, outsider: bool) -> None:
    assert is_outsider(name) is outsider


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("At least 35 Israelis have been killed in attacks, according to Israeli figures.",
         "Israel government"),
        ("At least 40 soldiers were killed, according to Ukrainian data.", "Ukraine government"),
        # a body's figures are the body's
        ("More than 900 people have been killed, according to Palestinian health ministry "
         "figures.", "Palestine Health Ministry"),
    ],
)  # fmt: skip
def test_a_states_own_figures_are_its_governments(text: str, claimant: str) -> None:
    assert [c.claimant for c in claims_of(text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "its" speaker of the body the reported clause before it is about
        ("The Ukrainian army lost 12 soldiers near Sudzha, its spokesman said.", "Ukraine army"),
        ("The 47th Brigade lost 112 men near Sudzha, its commander said.", "The 47th Brigade"),
    ],
)  # fmt: skip
def test_its_speaker_is_the_bodys_the_reported_clause_names(text: str, claimant: str) -> None:
    assert [c.claimant for c in claims_of(text)] == [claimant]
