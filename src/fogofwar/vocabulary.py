"""The casualty vocabulary: words that name a fate, the people it befalls, and what is not people.

The category mapping follows the gold annotation guide: injured is wounded; taken
prisoner, detained, seized, hostage is captured; communication lost, unaccounted for,
disappeared is missing; killed-or-wounded figures and bare "casualties" get their own
categories. Lemmas are matched, so `killed`, `kills` and `killing` are one entry.
"""

from __future__ import annotations

import re

# Single-word fates, by lemma (and by lower-cased form, for tagger slips).
FATE_WORDS: dict[str, str] = {
    "kill": "killed", "killed": "killed", "die": "killed", "died": "killed",
    "dead": "killed", "death": "killed", "deaths": "killed", "fatality": "killed",
    "fatalities": "killed", "slay": "killed", "slain": "killed", "murder": "killed",
    "murdered": "killed", "massacre": "killed", "massacred": "killed", "execute": "killed",
    "executed": "killed", "eliminate": "killed", "eliminated": "killed",
    "assassinate": "killed", "assassinated": "killed", "body": "killed", "bodies": "killed",
    "corpse": "killed", "corpses": "killed", "perish": "killed", "perished": "killed",
    "behead": "killed", "beheaded": "killed", "martyr": "killed", "martyred": "killed",
    "lose": "killed_if_people", "lost": "killed_if_people", "losing": "killed_if_people",
    "wound": "wounded", "wounded": "wounded", "injure": "wounded", "injured": "wounded",
    "injury": "wounded", "injuries": "wounded", "hurt": "wounded", "hospitalise": "wounded",
    "hospitalize": "wounded", "hospitalised": "wounded", "hospitalized": "wounded",
    "capture": "captured", "captured": "captured", "captive": "captured",
    "captives": "captured", "prisoner": "captured", "prisoners": "captured",
    "hostage": "captured", "hostages": "captured", "detain": "captured",
    "detained": "captured", "abduct": "captured", "abducted": "captured",
    "kidnap": "captured", "kidnapped": "captured", "seize": "captured_if_people",
    "seized": "captured_if_people", "pow": "captured", "pows": "captured",
    "missing": "missing", "disappear": "missing", "disappeared": "missing",
    "casualty": "casualties", "casualties": "casualties", "victim": "casualties",
    "victims": "casualties",
}  # fmt: skip

# Multi-word fates, matched on the sentence text; they win over the single words inside.
FATE_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), category)
    for pattern, category in (
        (r"\b(?:killed|dead|died)(?:,)? (?:or|and|and/or) (?:seriously |severely )?(?:wounded|injured)\b",
         "killed_or_wounded"),
        (r"\b(?:dead|deaths|killed) (?:or|and) (?:wounded|injured)\b", "killed_or_wounded"),
        (r"\bdead or seriously injured\b", "killed_or_wounded"),
        (r"\b(?:lost|losing|lose) (?:contact|communication|connection|touch) with\b", "missing"),
        (r"\b(?:communication|contact|connection) (?:\w+ ){0,6}(?:is|was|has been|had been|were) lost\b",
         "missing"),
        (r"\bunaccounted for\b", "missing"),
        (r"\b(?:went|gone|go|are|were|is|was|remain|remained|reported) missing\b", "missing"),
        (r"\bfate (?:is|remains|was) unknown\b", "missing"),
        (r"\btaken (?:as )?(?:prisoner|prisoners|captive|captives|hostage|hostages)\b", "captured"),
        (r"\b(?:death|casualty|fatality|victim) tolls?\b", "killed"),
        (r"\b(?:the|a|its|provisional|official|new|final|updated) tolls?\b", "killed"),
        (r"\bnumber of (?:the )?(?:dead|deaths|fatalities|people killed|those killed|killed)\b", "killed"),
        (r"\bnumber of (?:the )?(?:wounded|injured|injuries)\b", "wounded"),
        (r"\bclaimed (?:the )?lives of\b", "killed"),
        (r"\b(?:number of|total) (?:\w+ ){0,2}losses\b", "killed"),
        (r"\blives\b", "killed_if_count"),
        (r"\blost (?:their|his|her) lives\b", "killed"),
    )
)  # fmt: skip

# People nouns and the status they give (military | civilian | unknown).
PEOPLE: dict[str, str] = {
    **dict.fromkeys(
        """soldier serviceman servicemen servicewoman troop trooper fighter militant rebel
        guerrilla insurgent jihadist jihadi terrorist gunman gunmen attacker assailant
        mercenary contractor policeman policemen police officer guard personnel
        commander conscript recruit marine sailor airman pilot paratrooper sniper
        peacekeeper legionnaire militiaman militiamen militia combatant warrior
        sergeant lieutenant captain major colonel general private corporal
        gendarme servicemember member operative agent cadet reservist volunteer
        wagnerite separatist extremist bomber raider defender invader infantryman
        infantrymen tanker gunner crew crewman crewmen staff""".split(),
        "military",
    ),
    **dict.fromkeys(
        """civilian child children kid baby infant woman women girl boy teenager teen
        resident villager student pupil worshipper worshiper farmer journalist reporter
        passenger pedestrian shopper guest tourist worker doctor nurse medic patient
        refugee family relative mother father elderly youth youngster schoolchild
        schoolchildren schoolgirl schoolboy fisherman fishermen herder shepherd miner
        trader vendor teacher pilgrim mourner spectator displaced inhabitant
        citizen national villagers""".split(),
        "civilian",
    ),
    **dict.fromkeys("person people individual man men human life soul".split(), "unknown"),
}
# Citizens and nationals are civilians in common usage but the guide reads "people /
# citizens with no split" as unknown.
PEOPLE["citizen"] = "unknown"
PEOPLE["national"] = "unknown"

# Words that qualify status when they stand before a people noun.
STATUS_MODIFIERS: dict[str, str] = {
    "civilian": "civilian", "military": "military", "security": "military",
    "army": "military", "police": "military", "border": "military", "government": "military",
    "rebel": "military", "armed": "military", "innocent": "civilian", "aid": "civilian",
    "humanitarian": "civilian", "unarmed": "civilian",
}  # fmt: skip

# Nouns a count can modify that are not people: a count of these is never a claim.
NOT_PEOPLE = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century km kilometre kilometres kilometer kilometers mile miles metre
    metres meter meters mm cm inch inches kg tonne tonnes ton tons percent per cent % dollar
    dollars euro euros pound pounds rouble roubles ruble rubles time times round rounds shell
    shells rocket rockets missile missiles drone drones tank tanks vehicle vehicles truck
    trucks car cars carrier carriers apc apcs btr btrs aircraft helicopter helicopters plane
    planes jet jets gun guns howitzer howitzers mortar mortars weapon weapons position
    positions post posts outpost outposts village villages town towns city cities area areas
    district districts province provinces region regions point points target targets site
    sites building buildings house houses home homes school schools hospital hospitals camp
    camps base bases brigade brigades battalion battalions regiment regiments division
    divisions company companies unit units platoon platoons squad squads country countries
    side sides state states nation nations party parties republic republics border borders
    front fronts direction directions attack attacks strike strikes raid raids clash clashes
    incident incidents case cases report reports statement statements article articles
    occasion occasions wave waves launch launches shot shots salvo salvos bomb bombs
    explosive explosives grenade grenades round rounds bullet bullets boat boats ship ships
    vessel vessels round-trip episode episodes phase phases stage stages file files
    million billion floor floors storey storeys room rooms bed beds ambulance ambulances
    morgue morgues grave graves neighbourhood neighbourhoods neighborhood neighborhoods
    road roads bridge bridges hill hills height heights km2 hectare hectares
    convoy convoys team teams group groups organization organizations organisation
    organisations agency agencies ministry ministries official_statement""".split()
)

# Words that make a count a sub-count of an earlier one, not a new claim.
CONDITION_WORDS = frozenset(
    "condition conditions hospital hospitals hospitalised hospitalized critical serious stable".split()
)


def fate_of_word(lemma: str, lower: str) -> str | None:
    """The category a single word names, or None."""
    return FATE_WORDS.get(lower) or FATE_WORDS.get(lemma)


def people_status(lemma: str, lower: str) -> str | None:
    """The status a people noun gives, or None if the word is not a people noun."""
    return PEOPLE.get(lower) or PEOPLE.get(lemma) or PEOPLE.get(lower.rstrip("s"))
