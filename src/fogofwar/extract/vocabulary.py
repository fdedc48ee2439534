"""The extraction vocabulary: words that name a fate, the people it befalls, what is not
people, and the bodies and roles that say whose people they are.

The words are data, not code: tab-separated files in `fogofwar/data/vocabulary/`, read
once on import. Lines starting with `#` are comments;
each file's header says what its columns mean. Lemmas are matched, so `killed`, `kills`
and `killing` are one entry (forms are listed too where the tagger slips).

| file                   | columns                 | what it holds                               |
|------------------------|-------------------------|---------------------------------------------|
| `fate_words.tsv`       | word, category          | single words naming a fate (`kill`, `injury`)|
| `fate_phrases.tsv`     | regex, category         | multi-word fates and idioms (`lost their lives`)|
| `people.tsv`           | noun, status            | people nouns and the status they give        |
| `status_modifiers.tsv` | word, status            | words before a people noun that set status   |
| `not_people.tsv`       | word                    | nouns a figure counts that are never people  |
| `tally_nouns.tsv`      | lemma                   | running counts: `toll`, `number`, `tally`    |
| `attack_nouns.tsv`     | lemma                   | attacks and weapons (never the victims' side)|
| `kin.tsv`              | lemma                   | kin: after `his`/`her`/`their`, one person   |
| `fate_hints.tsv`       | word                    | words near a fate (`funerals`): `prefilter` parses their sentences too |
| `bodies.tsv`           | word, kind              | armed groups, forces, communities, households, and what marks one armed |
| `roles.tsv`            | word, kind              | people by a role that says whose they are: rebels, state forces, staff, kin, hostages |

In `bodies.tsv` and `roles.tsv` a word has one row for each kind it is of, and each kind
is one set below, read by one rule (the file's header says which); only `GROUP_NOUNS` is two
kinds together. Who may speak, and for whom (sources, spokesmen, outside bodies, state
media), is attribution's vocabulary: `fogofwar/data/speakers.toml`.

Categories follow the gold annotation guide: injured is wounded; taken prisoner, detained,
seized, hostage is captured; communication lost, unaccounted for, disappeared is missing;
killed-or-wounded figures and bare "casualties" get their own categories. A category with a
suffix (`killed_if_people`, `captured_if_people`, `killed_if_count`) names that fate only
when people or a figure go with the word; `_plain` in `claims` strips it.
"""

from __future__ import annotations

import re
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a vocabulary file, without comments and blank lines."""
    text = resources.files("fogofwar").joinpath("data", "vocabulary", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _pairs(name: str) -> dict[str, str]:
    return {row[0]: row[1] for row in _rows(name)}


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _rows(name))


def _kinds(name: str) -> dict[str, frozenset[str]]:
    """The words of a `word, kind` file by kind; a word may be of several kinds."""
    kinds: dict[str, set[str]] = {}
    for word, kind in _rows(name):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


# Single-word fates, by lemma (and by lower-cased form, for tagger slips).
FATE_WORDS: dict[str, str] = _pairs("fate_words.tsv")

# Multi-word fates, matched on the sentence text; they win over the single words inside.
FATE_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), category)
    for pattern, category in _rows("fate_phrases.tsv")
)

# People nouns and the status they give (military | civilian | unknown).
PEOPLE: dict[str, str] = _pairs("people.tsv")

# Words that qualify status when they stand before a people noun.
STATUS_MODIFIERS: dict[str, str] = _pairs("status_modifiers.tsv")

# Nouns a count can modify that are not people: a count of these is never a claim.
NOT_PEOPLE: frozenset[str] = _words("not_people.tsv")

# Nouns that name a running count of people: "the death toll", "the number of dead".
TALLY_NOUNS: frozenset[str] = _words("tally_nouns.tsv")

# Attacks, weapons and fighting: a count they "killed" says nothing of whose people died,
# and a country named on them ("the Russian missile strike") is the attacker's.
ATTACK_NOUNS: frozenset[str] = _words("attack_nouns.tsv")

# Kin: "his wife", "their baby" is one person.
KIN: frozenset[str] = _words("kin.tsv")

# Verbs that pass on a source ("citing the border service", "quoting a police officer"):
# attribution reads the source from them, the incident and sides models keep its place
# apart from where people died.
QUOTING_LEMMAS = frozenset({"quote", "cite"})

# Words near a fate that the extraction does not read as one ("the funerals of 50
# cadets"): only `prefilter` reads them, to parse their sentences as well.
FATE_HINTS: frozenset[str] = _words("fate_hints.tsv")

# Bodies of people and the words that mark one armed (`bodies.tsv`; its header says how
# each kind is read).
_BODIES = _kinds("bodies.tsv")
GENERIC_BODY_NOUNS: frozenset[str] = _BODIES["any_body"]
GROUP_NOUNS: frozenset[str] = _BODIES["armed_group"] | GENERIC_BODY_NOUNS
ARMED_MODIFIERS: frozenset[str] = _BODIES["armed_modifier"]
SPEAKING_BODY_NOUNS: frozenset[str] = _BODIES["speaking_body"]
# A speaker's name with one of these whole words (any case) is an armed group's.
ARMED_GROUP_SPEAKER: re.Pattern[str] = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_BODIES["armed_speaker"]))) + r")\b",
    re.IGNORECASE,
)
ARMED_BODIES: frozenset[str] = _BODIES["armed_body"]
ARMED_NAMES: frozenset[str] = _BODIES["armed_name"]
COLLECTIVES: frozenset[str] = _BODIES["collective"]
COMMUNITIES: frozenset[str] = _BODIES["community"]
HOUSEHOLDS: frozenset[str] = _BODIES["household"]
STATE_WORDS: frozenset[str] = _BODIES["state_word"]

# People by a role that says whose they are or how a figure counts them (`roles.tsv`).
_ROLES = _kinds("roles.tsv")
NON_STATE_NOUNS: frozenset[str] = _ROLES["non_state"]
ASSAILANT_NOUNS: frozenset[str] = _ROLES["assailant"]
STATE_FORCE_NOUNS: frozenset[str] = _ROLES["state_force"]
STATE_SOLDIERS: frozenset[str] = _ROLES["state_soldier"]
PMC_NOUNS: frozenset[str] = _ROLES["pmc"]
STAFF_NOUNS: frozenset[str] = _ROLES["staff"]
KIN_NOUNS: frozenset[str] = _ROLES["kin"]
FOREIGNERS: frozenset[str] = _ROLES["foreigner"]
PRISONER_NOUNS: frozenset[str] = _ROLES["prisoner"]
HOSTAGE_WORDS: frozenset[str] = _ROLES["hostage"]
GENERIC_MEN: frozenset[str] = _ROLES["generic_men"]
RANKS: frozenset[str] = _ROLES["rank"]


def fate_of_word(lemma: str, lower: str) -> str | None:
    """The category a single word names, or None."""
    return FATE_WORDS.get(lower) or FATE_WORDS.get(lemma)


def people_status(lemma: str, lower: str) -> str | None:
    """The status a people noun gives, or None if the word is not a people noun."""
    return PEOPLE.get(lower) or PEOPLE.get(lemma) or PEOPLE.get(lower.rstrip("s"))
