"""Extracting casualty claims from a parsed article.

For each sentence: find the counts (`counts`), pair each with the fate it suffers
(killed, wounded, captured, missing, ...) by the nearest trigger the grammar allows
(`fates`), read whose people they are (`sides`, asking the article's `incident` model),
who says so (`attribution`) and whether the figure is about this incident or an earlier
one; then merge the repeats (`sameness`). Evidence is always a span of `Article.text`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING

from ..dates import (
    FALLBACK_REASON,
    FULL_MONTH_NAMES,
    incident_date,
    latest_stated_date,
    month_number,
    written_dates,
)
from ..parties import (
    NON_STATE,
    Actor,
    actor_named,
    find_actors,
    groups_named_in,
    named_how,
    party_named,
    state_ruled_by,
)
from ..records import Article, Claim, IncidentDate, Span
from ..sources import Dateline, find_dateline
from .attribution import (
    REPORTING_LEMMAS,
    UNNAMED_FORCES,
    Attribution,
    Quotations,
    as_label,
    body_introduced,
    described_by_claimer,
    named_before,
    normalise,
    outsider_introduced,
    past_dateline,
    person_introduced,
    says_by_person_pronoun,
    sentence_attributions,
    state_outlet,
    the_body_named_before,
)
from .coreference import settle_open_parties
from .counts import ORDINALS, Count, find_counts, own_copula_after, said_to_be, said_to_be_of
from .denials import read_denial
from .fates import (
    RANGE_GLUE,
    Trigger,
    assign_triggers,
    companion_verb,
    doers_own_fate,
    find_triggers,
    is_breakdown,
    is_companion,
    listed_as_part,
    listed_in_group,
    non_violent,
    toll_phrase,
    toll_words_end,
    unreal,
)
from .incident import (
    FIGHT_NOUNS,
    Incident,
    article_region,
    hostile_in,
    named_only_striking,
    place_country,
)
from .lists import sum_listed_ones
from .nlp import (
    entities_in,
    first_of_a_list,
    first_of_a_listing,
    per_sentence,
    sentences,
    skipped_between,
    text_of,
)
from .numbers import qualifier_after
from .sameness import Draft, finish_sides, merge_repeats, replace_claim
from .sides import (
    UNNAMED_GROUP,
    Antecedent,
    ArticleActors,
    civilians_of_the_land,
    gapped_subject,
    inside_quote,
    named_people,
    outside_the_fight,
    party_of,
    people_named,
    points_back,
    side_named_on,
)
from .vocabulary import (
    ARMED_GROUP_SPEAKER,
    ASSAILANT_NOUNS,
    ATTACK_NOUNS,
    GENERIC_MEN,
    NON_STATE_NOUNS,
    PMC_NOUNS,
    RANKS,
    SPEAKING_BODY_NOUNS,
    STATE_FORCE_NOUNS,
    STATUS_MODIFIERS,
    TALLY_NOUNS,
    fate_of_word,
    people_status,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PERPETRATOR_VERBS = frozenset(
    {
        "kill",
        "eliminate",
        "slay",
        "execute",
        "capture",
        "wound",
        "injure",
        "neutralize",
        "neutralise",
        "destroy",
        "murder",
        "assassinate",
        "massacre",
        "behead",
        "abduct",
        "kidnap",
        "detain",
        "seize",
    }
)
# Verbs whose result is the fate: "shot dead", "beaten dead", "stabbed dead".
RESULTATIVE_VERBS = frozenset({"shoot", "gun", "beat", "stab", "hack", "stone", "burn"})
BACKGROUND = re.compile(
    r"\b(?:last|previous|past) (?:year|years|decade|war|conflict)\b|\b\d+-day (?:\w+ )?(?:war|conflict)\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)-(?:year|month)"
    r"(?:-long)? (?:\w+ )?(?:war|conflict|insurgency)\b|\bdecades?-long (?:\w+ )?(?:war|conflict)\b"
    r"|\bsince (?:the (?:start|beginning) of )?(?:19|20)\d\d\b|\bthe (?:19|20)\d0s\b"
    r"|\bsince the (?:start|beginning) of the (?:war|conflict|insurgency)\b"
    r"|\bsince the (?:war|conflict|fighting|insurgency|invasion) (?:began|started|broke out)\b"
    r"|\bin (?:a|another) separate (?:incident|attack|strike|raid|clash|operation|assault)\b"
    r"|\bover the (?:past|last) (?:\w+ )?(?:years?|decades?|months)\b|\bin recent years\b|\bearlier this year\b|\bso far this year\b"
    r"|\bthe (?:conflict|war|insurgency|violence) has (?:so far )?(?:killed|claimed|left)\b"
    r"|\b(?:conflict|war|insurgency) (?:has|have) (?:so far )?(?:killed|claimed|left)\b"
    r"|\blast (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b"
    r"|\blast month\b|\b(?:a|one|two|three|several) months? (?:ago|earlier|before)\b"
    r"|\b(?:killed|died|dead|wounded|injured) (?:so far )?in the (?:war|conflict|insurgency)\b"
    r"|\bsince the (?:start|beginning) of (?:the|this) year\b|\bthis year alone\b"
    r"|\b(?:a|another) similar (?:attack|raid|strike|incident|assault|bombing|ambush|massacre)\b"
    r"|\bsince the (?:(?:military |army )?(?:coup|takeover|putsch)|uprising|invasion|revolution)\b"
    r"|\bsince the (?:military|army|junta|taliban) (?:took|seized|grabbed) power\b"
    # a rate over time, not an incident: "30,000 people are killed each year"
    r"|\b(?:each|every|per) year\b|\bannually\b|\ba year\b",
    re.IGNORECASE,
)
# A year's toll named after its figure ("5,000 deaths in Haiti this year"); before it, the
# words may be the incident's own ("the deadliest attack this year, killing 40").
THIS_YEAR_AFTER = re.compile(r"\bthis year\b", re.IGNORECASE)
# "the deadliest attack this year": a superlative ranks the incident itself in the year
# A superlative: "deadliest", "largest", "worst" (not "the West Bank", "a protest").
_SUPERLATIVE = (
    r"\b(?:\w+iest|worst|biggest|largest|greatest|highest|fiercest|longest|strongest|"
    r"gravest|hardest|latest|most \w+)\b"
)
SUPERLATIVE_YEAR = re.compile(rf"{_SUPERLATIVE}[^,.;]{{0,30}}\bthis year\b", re.IGNORECASE)
# A superlative that ranks the incident against a span of time: "the bloodiest day since
# the coup", "the deadliest attack since 2019" date the ranking, not the figure.
RANKED_SINCE = re.compile(rf"{_SUPERLATIVE}[^,.;]{{0,30}}$", re.IGNORECASE)


def _ranks_the_day(text: str, at: int) -> bool:
    """Whether the background words at `at` are a `since` that a superlative before it
    ranks the incident by."""
    return text[at:].lower().startswith("since") and RANKED_SINCE.search(text[:at]) is not None


# A sentence that opens by setting itself apart tells of another incident.
# "hours before the attacks", "prior to the hospital strike": what came before the story's
# own incident, the incident named back with "the".
BEFORE_THE_INCIDENT = re.compile(
    r"\b(?:before|prior to)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|blasts?|explosions?|bombings?|raids?|assaults?|massacres?|"
    r"clashes|fighting|shooting|ambush|offensive)\b",
    re.IGNORECASE,
)
# A toll counted from a month on: "since January", "since early March".
SINCE_MONTH = re.compile(
    rf"\bsince (?:early |mid-|late |the (?:start|beginning|end) of )?({FULL_MONTH_NAMES})\b"
    r"(?! \d)",
    re.IGNORECASE,
)
# How long before or after, in words: "a week", "two days", "days"; not a day or hours,
# which a raid or a campaign of strikes may span ("a day after pagers blew up" is one).
_SPAN_OF_TIME = (
    r"(?:(?:just |only |barely )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a few|several|\d+) (?:days|weeks?|months?)|days|weeks|months)"
)
# An earlier incident told of after the main one: "The attack came a week after 30 people
# were killed in Bokkos", "..., days after a drone attack killed four traders". The figure
# follows in the same clause.
CAME_AFTER = re.compile(
    rf"(?:\b(?:came|comes|come|follows|followed)\s+{_SPAN_OF_TIME}\s+after"
    rf"|,\s+{_SPAN_OF_TIME}\s+after)(?:\s+[^,;:]*)?$",
    re.IGNORECASE,
)
# A sentence dated before the main incident by its opening words: "A week earlier, a drone
# attack on a school killed nine children", "Last week, a bombing killed 23 passengers".
EARLIER_OPENING = re.compile(
    rf"\s*(?:{_SPAN_OF_TIME}\s+(?:earlier|before)|the (?:previous|preceding) "
    r"(?:week|month)|the (?:week|month) before|last week)\s*,",
    re.IGNORECASE,
)
SEPARATELY = re.compile(
    r"(?:separately|in (?:a |another )?separate (?:\w+ )?(?:incident|development)s?)\b",
    re.IGNORECASE,
)
QUOTES = ('"', "“", "«", "„")
MILITARY_SPEAKER = re.compile(
    r"Ministry of Defence|armed forces|\barmy\b|Defen[cs]e Forces|military|border service"
    # an officer or unit of a force: "X, commander of a Ukrainian brigade"
    r"|border guards?|National Guard|\b(?:[Cc]ommander|brigade|battalion|regiment|[Cc]olonel)\b"
)  # not the police: their figures are mostly of the people they protect
RETRO = re.compile(
    r"(?:this|that|these figures?|the figures?|the (?:death )?toll|they) (?:was|were|has been|"
    r"have been|had been) (?:announced|reported|confirmed|given|released|stated|disclosed|"
    r"published|provided) by\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# A sentence announcing the statement or list that follows it.
STATEMENT_FOLLOWS = re.compile(r":\s*$|\bthe following\b|\bas follows\b", re.IGNORECASE)


def _status(
    count: Count,
    sentence: SpacySpan,
    previous: str | None,
    *,
    trigger: Trigger | None = None,
    following: Count | None = None,
    toll_people: tuple[int, int] | None = None,
) -> str:
    """Military, civilian or unknown: from the noun counted and the words before it; from
    a toll's own words (`the number of Azerbaijani troops killed rose to 11`) and the
    people its fate words name (`toll_people`, `_people_of_the_toll`); for a bare count,
    from the count listed with it (`one killed, 13 soldiers captured`)."""
    doc = sentence.doc
    if trigger is not None and trigger.end - trigger.start > 1 and trigger.end <= count.start:
        words_end = toll_words_end(trigger, count, doc)
        # (the toll's own words end at its first figure: "the toll of 40 included 28
        # civilians and 12 soldiers" says nothing of the 12 by "civilians")
        words_end = next(
            (t.i for t in doc[trigger.end : words_end] if t.like_num and t.i < count.start),
            words_end,
        )
        for token in doc[trigger.start : words_end]:
            toll_status = people_status(token.lemma_.lower(), token.lower_)
            if toll_status is not None and toll_status != "unknown":
                return toll_status  # "the lives of 28 soldiers": `lives` says nothing
    if toll_people is not None:
        word = doc[toll_people[0]]
        toll_status = people_status(word.lemma_.lower(), word.lower_)
        if toll_status in ("civilian", "military"):
            return toll_status  # "the militant dead numbered 27"
    window_end = count.noun + 1 if count.noun is not None else count.end
    for token in doc[count.number_start : window_end]:
        modifier = STATUS_MODIFIERS.get(token.lower_)
        if modifier and token.i != count.noun and token.pos_ != "PROPN":
            return modifier  # (not the name of a body: "the Civilian Joint Task Force")
    if count.noun is not None and doc[count.noun].lower_ in PMC_NOUNS:
        named = find_actors(doc[count.number_start : count.noun].text)
        if any(m.actor.kind in (*NON_STATE, "pmc") for m in named):
            return "military"  # "four Wagner contractors": a military company's men
    all_of_them = _all_of_them(count, sentence)
    if all_of_them is not None and count.status in (None, "unknown"):
        return all_of_them  # "12 people were killed, all of them civilians"
    partitive = count.end < sentence.end and doc[count.end].lower_ == "of"
    if count.status is not None and not (count.status == "unknown" and partitive):
        return count.status
    of_whom = _fate_noun_of_people(count, sentence) or said_to_be(doc[count.end - 1])
    if of_whom is None and partitive and count.status is not None:
        return count.status  # "three of the victims were from the village": as they were
    if of_whom is not None:
        return of_whom
    if count.noun is not None:
        for token in doc[max(sentence.start, count.noun - 1) : count.noun + 1]:
            if token.lower_ in STATUS_MODIFIERS:
                return STATUS_MODIFIERS[token.lower_]
    if previous is None and count.noun is None and following is not None and not following.implicit:
        # (not "a surgeon" among the sources a toll is based on)
        return following.status or "unknown"
    if previous is None and count.noun is None:
        elided = _people_left_out(count, sentence)
        if elided is not None:
            return elided
    if previous is not None and count.noun is None and _brought_to(count, sentence):
        return "unknown"  # "... 41 gunmen were killed, bringing the death toll to 129": all
    if previous is not None and _whole_they_were_among(count, sentence):
        return "unknown"  # "two gendarmes were among the six killed": the six are all kinds
    if count.noun is not None and named_how(doc[count.noun].text) == "demonym":
        return "unknown"  # "five servicemen died and 20 Russians were missing": any Russians
    return previous or "unknown"


def _whole_they_were_among(count: Count, sentence: SpacySpan) -> bool:
    """`two gendarmes were among the six killed`: the figure of the whole some people
    were among, not more of them."""
    doc = sentence.doc
    if count.noun is not None:
        noun = doc[count.noun]
        if fate_of_word(noun.lemma_.lower(), noun.lower_) is None:
            return False  # "among the 14 soldiers killed": the noun says who they were
    before = [t.lower_ for t in doc[max(sentence.start, count.start - 2) : count.start]]
    return before[-2:] == ["among", "the"] or before[-1:] == ["among"]


def _brought_to(count: Count, sentence: SpacySpan) -> bool:
    """`bringing the death toll to 129`, `raising the overall toll to 221`: a whole the
    figures before it are added to, of no one status."""
    number = sentence.doc[count.number_start]
    if number.dep_ != "pobj" or number.head.lower_ != "to":
        return False
    verb = number.head.head
    if verb.lemma_.lower() not in BRINGING_VERBS:
        return False
    doc = sentence.doc
    toll = doc[verb.i : count.start]
    told = {
        people_status(t.lemma_.lower(), t.lower_)
        for t in doc[sentence.start : verb.i]
        if t.pos_ == "NOUN"
    }
    # (but "two members died of their wounds, bringing the death toll to 14": theirs)
    return {"civilian", "military"} <= told or any(t.lower_ in WHOLE_WORDS for t in toll)


# Words that make a toll every side's: "the overall toll", "the total death toll".
WHOLE_WORDS = frozenset({"overall", "total", "combined", "cumulative", "general"})


# Verbs that bring a whole to a figure.
BRINGING_VERBS = frozenset({"bring", "raise", "take", "push", "lift"})


def _people_left_out(count: Count, sentence: SpacySpan) -> str | None:
    """The status of the people a bare figure leaves unsaid: the object of the verb its
    participle goes on from ("ambushed police officers, killing eight and wounding
    three"), or the people "them" stands for ("targeted PDF fighters and killed 17 of
    them")."""
    doc = sentence.doc
    number = doc[count.number_start]
    them = [
        o
        for prep in number.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.lower_ == "them"
    ]
    if them:
        named = [
            people_status(t.lemma_.lower(), t.lower_)
            for t in doc[sentence.start : count.start]
            if t.pos_ == "NOUN"
        ]
        known = [s for s in named if s is not None]
        return known[-1] if known and known[-1] != "unknown" else None
    verb = number.head
    if number.dep_ != "dobj" or verb.tag_ != "VBG":
        return None
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "killing eight and wounding three"
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    statuses = [people_status(o.lemma_.lower(), o.lower_) for o in objects]
    return next((s for s in statuses if s not in (None, "unknown")), None)


def _all_of_them(count: Count, sentence: SpacySpan) -> str | None:
    """`12 people were killed, all of them civilians`, `..., all soldiers`: the status a
    clause after the figure gives every one of its people (not `most of them`)."""
    doc = sentence.doc
    end = min(sentence.end, count.end + 12)
    for k in range(count.end, end):
        token = doc[k]
        if token.like_num or token.text in (";", ":"):
            return None  # another figure, or another clause, comes first
        if token.lower_ != "all" or doc[k - 1].text not in (",", "—", "–", "("):
            continue
        j = k + 1
        if j + 1 < sentence.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "whom"):
            j += 2
        while j < sentence.end and doc[j].pos_ == "ADJ":
            j += 1
        if j < sentence.end and doc[j].pos_ == "NOUN":
            status = people_status(doc[j].lemma_.lower(), doc[j].lower_)
            if status in ("civilian", "military"):
                return status
        return None
    return None


def _fate_noun_of_people(count: Count, sentence: SpacySpan) -> str | None:
    """`212 killings of civilians`, `30 deaths among the troops`: a fate noun counted, and
    whose fate it was after it."""
    doc = sentence.doc
    if count.noun is None or count.noun + 2 >= sentence.end:
        return None
    noun = doc[count.noun]
    if fate_of_word(noun.lemma_.lower(), noun.lower_) is None:
        return None
    if doc[count.noun + 1].lower_ not in ("of", "among"):
        return None
    for token in doc[count.noun + 2 : min(sentence.end, count.noun + 5)]:
        status = people_status(token.lemma_.lower(), token.lower_)
        if status is not None:
            return status
        if token.pos_ not in ("DET", "ADJ", "NUM", "PROPN"):
            break
    return None


def _speaker_for(
    count: Count, attributions: list[Attribution], sentence: SpacySpan
) -> Attribution | None:
    """The speaker whose reporting verb governs the count, else the nearest in the sentence."""
    if not attributions:
        return None
    doc = sentence.doc
    number = doc[count.number_start]
    attributions = [a for a in attributions if not described_by_claimer(number, doc[a.token])]
    by_token = {a.token: a for a in attributions}
    counted = {count.head(doc).i, number.i}
    for attribution in attributions:
        verb = doc[attribution.token]
        if verb.dep_ == "relcl" and verb.head.i in counted:
            # "the two men Bishkek lists as missing", "41 the army says are dead": a
            # speaker in a clause on the counted people speaks for them
            return attribution
    closing = _closing_speakers(attributions, sentence)
    if len(closing) >= 2:
        # "Two were wounded in Nahariya, Israeli police said, while four were killed in
        # Lebanon, the Lebanese health ministry said": each speaker closes its own clause
        # (the parser hangs the first clause on the last verb)
        after = [a for a in closing if a.token > count.start]
        if after and not any(count.start < a.token < after[0].token for a in attributions):
            return after[0]
    governing = [by_token[t.i] for t in number.ancestors if t.i in by_token]
    cited = _cited_within(number, governing, attributions)
    if cited is not None:
        return cited
    if governing:
        # the nearest governing speaker, unless it is a quoted "we" and the quote's
        # speaker is named further up ("'We have confirmed 21 dead,' said the minister")
        named = [a for a in governing if not a.first_person]
        return (named or governing)[0]
    before = [a for a in attributions if a.token < count.start]
    if before:
        return before[-1]
    # a speaker after the count speaks for it ("..., the ministry said"), unless it speaks
    # inside a relative clause of its own ("weeks after clashes in which Armenia said 49
    # were killed")
    trailing = [a for a in attributions if not _in_relative_clause(doc[a.token])]
    return trailing[0] if trailing else None


def _closing_speakers(attributions: list[Attribution], sentence: SpacySpan) -> list[Attribution]:
    """The speakers set off after a clause, each ending it: `, X said,` or `, X said.`"""
    doc = sentence.doc
    closing = []
    for a in attributions:
        if a.phrase is None:
            continue
        start, end = a.phrase
        verb_after = a.token == end and a.token + 1 <= sentence.end
        after = doc[a.token + 1].text if a.token + 1 < sentence.end else "."
        if (
            start > sentence.start
            and doc[start - 1].text == ","
            and verb_after
            and after in (",", ".", ";")
        ):
            closing.append(a)
    return sorted(closing, key=lambda a: a.token)


def _cited_within(
    number: Token, governing: list[Attribution], attributions: list[Attribution]
) -> Attribution | None:
    """`Samaa TV said that according to railway officials, 40 were killed`: a source cited
    on the very clause of the figure, below the verb of whoever relays it, is its source."""
    doc = number.doc
    level = {t.i: k for k, t in enumerate(number.ancestors)}
    outer = level[governing[0].token] if governing else len(level)
    for attribution in attributions:
        word = doc[attribution.token]
        if word.lower_ == "according" and word.head.i in level and level[word.head.i] < outer:
            return attribution
    return None


def _respective(
    count: Count, counts: list[Count], sentence: SpacySpan
) -> tuple[Actor, str | None] | None:
    """`Armenia and Azerbaijan reported 12 and 15 soldiers killed, respectively`: the
    party a figure of a list pairs with, in order, in the list of parties the sentence
    opens with; and, when those parties report, that party's own speaker phrase."""
    doc = sentence.doc
    if "respectively" not in sentence.text.lower():
        return None
    listed = [c for c in counts if not c.implicit]
    k = listed.index(count) if count in listed else -1
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            phrase = doc[subject.left_edge.i : subject.right_edge.i + 1].text
            mentions = find_actors(phrase)
            parties = list(dict.fromkeys(m.actor for m in mentions))
            if len(parties) >= 2 and len(parties) == len(listed) and k >= 0:
                # "the Armenian and Azerbaijani defence ministries": each its own ministry
                own = phrase
                for m in reversed(mentions):
                    if m.actor != parties[k]:
                        own = own[: m.start] + own[m.end :]
                own = re.sub(r"\s+(?:and|,)\s+", " ", re.sub(r"ies\b", "y", own))
                return parties[k], own if verb.lemma_.lower() in REPORTING_LEMMAS else None
    return None


def _gapped_speaker(
    count: Count, sentence: SpacySpan, speaker: Attribution, actors: ArticleActors
) -> Attribution:
    """`Ethiopia reported four dead; Eritrea, seven`: the side opening a clause whose
    reporting verb is left out says its own figure, as the first side said its own."""
    side = gapped_subject(count, sentence)
    if (
        side is None
        or speaker.actor is None
        or side == speaker.actor
        or speaker.token > count.start
    ):
        return speaker
    name, actor = normalise(side.name, context=actors)
    return replace(speaker, name=name, actor=actor) if name else speaker


def _in_relative_clause(token: Token) -> bool:
    # a verb with no subject of its own hung on its speaker (", the presidency confirmed")
    # is the speaker's, not a relative clause's
    hung = token.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return (not hung and token.dep_ in ("relcl", "acl")) or any(
        t.dep_ in ("relcl", "acl") for t in token.ancestors
    )


def _doers(
    trigger: Trigger,
    count: Count,
    sentence: SpacySpan,
    speaker: Attribution | None,
    main: Actor | None,
    attacker: Actor | None = None,
) -> tuple[Actor, ...]:
    """Who did it, when the count is the object of an active `kill`: `JNIM said it killed
    50 ...`, `the army reported ... killing around 20 rebels`. Their victims are the
    other side. `attacker` is the side the article has striking. The doer named first comes first; parties named with it as doers (`Malian soldiers
    and Russian mercenaries killed ...`) follow. Empty when the doer is no known party
    (a rocket, "gunmen")."""
    token = sentence.doc[trigger.start]
    if token.dep_ in ("acomp", "oprd") and token.head.lemma_.lower() in RESULTATIVE_VERBS:
        token = token.head  # "police shot dead three people": who shot them killed them
    elif token.lemma_.lower() not in PERPETRATOR_VERBS:
        return ()
    if trigger.start > count.start:
        return ()
    if not _active(token):
        return ()
    verb = _past_the_speaker(_out_of_relative_clause(token))
    joined = False  # reached through a conjunct: a passive's subject is the doer's too
    for _ in range(5):
        accused = _accused_of(verb)
        if accused is not None:
            return (accused,)  # "Ethiopia accused Eritrean forces of shelling ..., killing nine"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or (
            # "its soldiers had been attacked by militants and had killed 12 of them"
            [c for c in verb.children if c.dep_ == "nsubjpass"] if joined else []
        )
        if subjects:
            # of two subjects (a parser slip on "Sudan's paramilitary Rapid Support
            # Forces"), the one nearest the verb
            # (not the country of a "Town, Country" the parser made a second subject)
            before = [c for c in subjects if c.i < verb.i and not _country_after_town(c)]
            before = before or [c for c in subjects if c.i < verb.i]
            subject = past_dateline(before[-1] if before else subjects[0])
            if subject.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                subject = _attack_above(verb.head)  # "an attack that killed 200": the attack
            if speaker is not None and (
                subject.lower_ in ("it", "they", "we", "he", "she")
                or subject.i in {t.i for t in sentence.doc[speaker.token].children}
                # "its fighters had seized a base and captured 30 soldiers"
                or any(
                    c.dep_ == "poss"
                    and (
                        c.lower_ in ("its", "their", "our")
                        # "the group's fighters", "the army's units": the speaker's own,
                        # called by the kind of body it is
                        or (c.pos_ == "NOUN" and c.lemma_.lower() in SPEAKING_BODY_NOUNS)
                    )
                    for c in subject.children
                )
            ):
                return (speaker.actor,) if speaker.actor is not None else ()
            if subject.lemma_.lower() in FIGHT_NOUNS or subject.lower_ in FIGHT_NOUNS:
                return ()  # "fighting between A and B killed 80": a fight has two sides
            if subject.lemma_.lower() in ATTACK_NOUNS:
                # "a strike killed 12" says nothing of the side, unless its words name it
                # ("an Israeli drone strike", "Russia's missile attack") or an armed group
                # is the one saying so: "JNIM claimed an attack that killed 200"
                striker = side_named_on(subject)
                if striker is not None:
                    return (striker,)
                if (
                    speaker is not None
                    and speaker.actor is not None
                    and (speaker.actor.kind in ("rebel", "militia", "pmc"))
                    and _claims_responsibility(sentence, speaker)
                ):
                    return (speaker.actor,)
                if (
                    speaker is not None
                    and speaker.actor is not None
                    and speaker.actor == attacker
                    and any(c.lower_ == "the" for c in subject.children)
                ):
                    # "A US strike hit a car in Idlib. CENTCOM said the strike killed three
                    # people": the strike the article has the speaker making is its own
                    return (speaker.actor,)
                return ()
            if subject.ent_type_ in ("GPE", "LOC", "FAC") and subject.dep_ != "nsubj":
                return ()  # "an attack on the Golan Heights which killed 12"
            # (the subject's words before the verb: the parser may hang a phrase after the
            # object on it, "militants killed 63 people in Nigeria's Borno state, including")
            right = (
                subject.right_edge.i
                if subject.i > verb.i
                else min(subject.right_edge.i, verb.i - 1)
            )
            subject_text = sentence.doc[subject.left_edge.i : right + 1].text
            named = [
                m.actor
                for m in find_actors(subject_text)
                # "Israeli-occupied Golan Heights" names a place, not who did it
                if m.via != "capital" and not subject_text[m.end :].startswith("-")
            ]
            if named:
                # "Sudan's RSF", "Lebanon's Hezbollah": the group did it, not its land
                groups = [a for a in named if a.kind != "country"]
                own = (groups or named)[0]
                return (own, *_accomplices(subject, own))
            if subject.lemma_.lower() in ("army", "force", "troop", "military", "government"):
                doer = speaker.actor if speaker is not None else main
                if speaker is not None and doer is not None and doer.kind in NON_STATE:
                    # "the Houthis said government forces had shelled their positions": an
                    # armed group tells of the forces it fights, not its own
                    return ()
                return (doer,) if doer is not None else ()
            return ()
        if (
            verb.dep_ == "conj"
            and abs(verb.i - verb.head.i) > 8
            and not _own_forces_subject(verb.head)
        ):
            break  # a far-off conjunct is more often a parser slip than a shared subject
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj") and (
            verb.head.i != verb.i
        ):
            joined = verb.dep_ == "conj"
            verb = verb.head  # "claimed responsibility for killing 300"
            continue
        break
    return ()


def _accomplices(subject: Token, doer: Actor) -> tuple[Actor, ...]:
    """The parties named in the subject's conjuncts, besides the doer: `Malian soldiers
    and Russian mercenaries`, `the army and its allied militias of the RSF`."""
    found: list[Actor] = []
    for joined in subject.conjuncts:
        words = subject.doc[joined.left_edge.i : joined.i + 1].text
        for match in find_actors(words):
            if match.via != "capital" and match.actor != doer and match.actor not in found:
                found.append(match.actor)
    return tuple(found)


def _country_after_town(token: Token) -> bool:
    """`an attack on Odesa, Ukraine killed a man`: the country that places a town, which
    the parser made a subject of the verb."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == ","
        and doc[token.i - 2].pos_ == "PROPN"
        and token.pos_ == "PROPN"
        and actor_named(token.text) is not None
    )


def _own_forces_subject(verb: Token) -> bool:
    """`its fighters had come under attack by army troops north of the town and had
    killed 38`: a subject that is the speaker's own forces goes on over a long clause."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in c.children)
        for c in verb.children
    )


def _past_the_speaker(verb: Token) -> Token:
    """`a strike killed five people, the ministry said, and wounded 21`: a fate verb the
    parser joined to the speech verb that interrupts the clause goes on with the clause's
    own verb, whose subject did it (not the speaker)."""
    said = verb.head
    if verb.dep_ != "conj" or said.lemma_.lower() not in REPORTING_LEMMAS or said.i > verb.i:
        return verb
    if said.dep_ in ("parataxis", "ccomp") and said.head.pos_ == "VERB" and said.head.i < said.i:
        return said.head  # the speech verb hangs on the clause
    # the clause hangs on the speech verb ("A killed eight, officials said, and injured 10")
    told = [c for c in said.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < said.i]
    return told[-1] if told else verb


def _out_of_relative_clause(verb: Token) -> Token:
    """`carried out a strike on a restaurant where commanders were meeting, killing 85`:
    a trailing participle the parser hung on a relative clause tells what the main clause
    did, not what the clause's subject did."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.dep_ != "relcl":
        return verb
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return verb
    above = verb.head.head  # the noun the relative clause describes
    for _ in range(4):
        if above.pos_ in ("VERB", "AUX"):
            return above
        if above.head.i == above.i:
            break
        above = above.head
    return verb


def _attack_above(noun: Token) -> Token:
    """The attack a relative clause is about, when the parser hung it on a place inside the
    attack's phrase (`an attack on a bus in the desert that killed 23`)."""
    current = noun
    for _ in range(4):
        if current.lemma_.lower() in ATTACK_NOUNS:
            return current
        if current.ent_type_ in ("GPE", "LOC", "NORP") or find_actors(current.text):
            break  # "an offensive on Gaza that killed 41,000": the place's people say whose
        if current.dep_ not in ("pobj", "prep") or current.head.i == current.i:
            break
        current = current.head
    return noun


ACCUSING = frozenset({"accuse", "blame", "suspect", "charge", "condemn"})


def _accused_of(verb: Token) -> Actor | None:
    """`accused Eritrean forces of shelling the town`: the one accused is who did what the
    gerund says, not the one accusing."""
    if verb.lemma_.lower() in ACCUSING:
        accusing = verb  # "blamed Ethiopian troops for shelling the town, killing four"
    elif verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return None
    else:
        accusing = verb.head.head
    if accusing.dep_ == "dobj" and accusing.head.lemma_.lower() in ACCUSING:
        candidates = [accusing]  # the parser's "blamed [troops for shelling]"
    elif accusing.lemma_.lower() in ACCUSING:
        candidates = [c for c in accusing.children if c.dep_ == "dobj"]
    else:
        return None
    for accused in candidates:
        text = accused.doc[accused.left_edge.i : accused.right_edge.i + 1].text
        named = [m.actor for m in find_actors(text) if m.via != "capital"]
        if named:
            return named[0]
    return None


NAMED_FATES = frozenset(
    {"kill", "assassinate", "eliminate", "slay", "execute", "die", "body", "murder", "behead",
     "martyr", *(MARTYRDOM_VERBS := {"embrace", "attain", "achieve", "receive"})}
)  # fmt: skip
# a named person wounded is one too: "the ambassador, Jane Doe, was injured"
NAMED_WOUNDS = frozenset({"injure", "wound"})
# "Among the dead was commander X": the nouns whose list a named person joins
AMONG_FATES = frozenset({"dead", "killed", "slain", "fatality", "victim"})


TALLY_WORDS = frozenset({"number", "figure", "tally", "count", "total"})


def _tally_taken_up(count: Count, sentence: SpacySpan, category: str) -> Trigger | None:
    """`the number was 210`, `the figure now stands at 95`, `rights groups put the figure
    at 50`: a tally with no fate of its own, its figure the predicate of a be or toll verb
    or what a source puts it at, is of the fate just spoken of."""
    number = sentence.doc[count.number_start]
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in ("attr", "pobj", "dobj", "nummod") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_ in ("put", "place", "estimate") and number.dep_ == "pobj":
        # "Rights groups put the figure at 50": the tally the verb takes
        tallies = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_WORDS]
        if tallies and all(c.dep_ in ("det", "amod", "poss") for c in tallies[0].children):
            return Trigger(tallies[0].i, tallies[0].i + 1, category, tallies[0].lemma_.lower())
        return None
    if verb.lemma_ not in ("be", "stand", "rise", "reach", "climb", "increase", "stay"):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        bare = all(c.dep_ in ("det", "amod", "poss") for c in subject.children)
        if subject.lemma_.lower() in TALLY_WORDS and bare:  # not "the number of refugees"
            return Trigger(subject.i, subject.i + 1, category, subject.lemma_.lower())
    return None


# Words that stand for the people a figure just counted: "among them", "four of them".
THOSE_BEFORE = frozenset({"them", "those", "these"})


def _figure_said_alone(count: Count, sentence: SpacySpan, category: str) -> Trigger | None:
    """`Amnesty said 16 people were killed. The government said nine.`: a bare figure that
    is all a speaker says, after a figure, is another count of the same fate."""
    number = sentence.doc[count.number_start]
    if count.noun is not None or number.dep_ not in ("dobj", "attr", "ccomp"):
        return None
    verb = number.head
    if verb.lemma_ not in ("say", "put", "report", "claim", "estimate", "tell"):
        return None
    return Trigger(number.i, number.i + 1, category, "figure")


def _part_of_those_before(count: Count, sentence: SpacySpan, category: str) -> Trigger | None:
    """`Among them were six children`, `Four of them were soldiers`, `They included nine
    South African soldiers and three from Malawi`, after a figure: a part, told by its
    status or its side, of the people just counted, with their fate."""
    doc = sentence.doc
    pointer = _pointer_to_those_before(count, sentence)
    if pointer is None:
        return None
    head = count.head(doc)
    # (its own verb where the parser hung it on the list: "112 were police officers and
    # 478 were civilians")
    copula = own_copula_after(head)
    verb = copula if copula is not None else head.head
    # the part's own noun or its predicate, not the words pointing back ("Seven of the
    # soldiers were from one unit" tells no status)
    described = [t for t in (head, *(c for c in verb.children if c.dep_ == "attr")) if t != pointer]
    # a status the people pointed back to had already is no part by status ("Of the
    # soldiers killed, two were officers")
    had = people_status(pointer.lemma_.lower(), pointer.lower_)
    if not any(
        people_status(t.lemma_.lower(), t.lower_) in ({"civilian", "military"} - {had})
        for t in described
    ) and not _side_of_a_part(count, sentence, pointer):
        return None  # "among them were six from one family": a part by no status or side
    return Trigger(pointer.i, pointer.i + 1, category, pointer.lower_)


def _pointer_to_those_before(count: Count, sentence: SpacySpan) -> Token | None:
    """The words a part points back with to the people just counted, when a copula or
    `include` tells the part: `of them`, `among those`, `of the soldiers`, `They
    included`. The count may be a later one of a list ("... and three from Malawi")."""
    doc = sentence.doc
    number = doc[count.number_start]
    # "Seven of the soldiers were ...": the figure itself is the subject
    first = number if number.dep_ == "nsubj" else count.head(doc)
    for _ in range(4):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head  # "nine soldiers and three from Malawi": the list's first
    verb = first.head
    if verb.lemma_ == "include" and first.dep_ == "dobj":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return next((s for s in subjects if _points_back(s) or _the_tally_again(s)), None)
    if first.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be":
        return None
    parts: tuple[Token, ...] = (number, first, verb)
    verbs = [verb]
    if verb.dep_ == "conj" and verb.head.lemma_ == "be":
        # "Of those, 41 were civilians and one was a police officer": the phrase opening
        # the first clause points back for the second too
        parts += (verb.head,)
        verbs.append(verb.head)
    # "Seven of the soldiers"
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return next(
        (
            o
            for owner in (*parts, *subjects)
            for prep in owner.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "among")
            for o in prep.children
            if o.dep_ == "pobj" and _points_back(o)
        ),
        None,
    )


def _the_tally_again(word: Token) -> bool:
    """`it included 40 fighters`, `the figure included 33 civilians`: the toll just
    given, pointed back at by a pronoun or a bare tally word."""
    return word.lower_ == "it" or (
        word.lemma_.lower() in TALLY_WORDS and all(c.dep_ in ("det", "amod") for c in word.children)
    )


def _points_back(word: Token) -> bool:
    """`them`, `those`, or a definite plural people noun (`the soldiers`, `the victims`,
    `the dead`): words for people already spoken of."""
    if word.lower_ in THOSE_BEFORE or word.lower_ in ("they", "whom"):
        return True
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in word.children)
    plural = word.tag_ in ("NNS", "NNPS") or word.lower_ in ("dead", "injured", "wounded")
    return (
        definite
        and plural
        and (
            people_status(word.lemma_.lower(), word.lower_) is not None
            or fate_of_word(word.lemma_.lower(), word.lower_) is not None
        )
    )


# Prepositions of where people were, which name no side of theirs.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "outside", "inside", "around"})


def _same_status_part_of_those_before(
    count: Count,
    status: str,
    trigger: Trigger,
    before: Antecedent | None,
    sentence: SpacySpan,
) -> bool:
    """`... killed 11 civilians. Six of them were children.`, `The dead included four
    children`: a part of the people the sentence before counted, of the status they had
    already, is no claim (as within one sentence, `_same_status_subset`); a part of
    another status or side is."""
    if (
        before is None
        or before.category != trigger.category
        or status not in ("civilian", "military")
        or before.status != status
    ):
        return False
    pointer = _pointer_to_those_before(count, sentence)
    return pointer is not None and _side_of_a_part(count, sentence, pointer) is None


def _side_told_of_a_part(count: Count, sentence: SpacySpan) -> tuple[int, int] | None:
    """The words naming the side of a part of the people just counted (see
    `_part_of_those_before`), if the count is such a part."""
    pointer = _pointer_to_those_before(count, sentence)
    return _side_of_a_part(count, sentence, pointer) if pointer is not None else None


def _side_of_a_part(count: Count, sentence: SpacySpan, pointer: Token) -> tuple[int, int] | None:
    """`Seven of them were Ugandan and three Burundian`, `nine South African soldiers and
    three from Malawi`: the words from a part's figure to the next figure, when they name
    a side (the token range), read whatever the parser made of the list. `pointer` is
    the word the part points back with (`_pointer_to_those_before`)."""
    doc = sentence.doc
    end = count.end
    while end < sentence.end and not (doc[end].like_num and end > count.end):
        if doc[end].is_punct and doc[end].text not in (",", "-"):
            break  # "two are senior officers: General X ...": what follows names people
        if (
            doc[end].lower_ in ("and", ",", ";")
            and end + 1 < sentence.end
            and doc[end + 1].like_num
        ):
            break
        end += 1
    if count.end <= pointer.i < end and pointer.head.head.pos_ == "AUX":
        end = pointer.head.i  # "Two foreigners were among those killed in Palma"
    # where they were is no side ("nine soldiers in Sake, Congo")
    placed = {
        t.i
        for prep in doc[count.number_start : end]
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS
        for t in prep.subtree
    }
    words = " ".join(t.text for t in doc[count.number_start : end] if t.i not in placed)
    if not find_actors(words):
        return None
    return count.number_start, end


def _what_they_were(count: Count, sentence: SpacySpan) -> tuple[int, int] | None:
    """`Two of the dead were al-Shabaab fighters`: the predicate that says who the counted
    people were (its token range)."""
    doc = sentence.doc
    head = next(
        (t for t in (count.head(doc), doc[count.number_start]) if t.dep_ == "nsubj"), None
    )  # "two of the dead": the figure itself is the subject
    if head is None or head.head.lemma_ != "be":
        return None
    attr = next((c for c in head.head.children if c.dep_ == "attr" and c.i > head.i), None)
    if attr is None:
        return said_to_be_of(head)  # "six were Sudanese", "three were from Malawi"
    return attr.left_edge.i, attr.right_edge.i + 1


def _listed_beside(count: Count, people: list[SpacySpan], doc: Doc) -> bool:
    """`village head X and seven farmers`: a figure listed after a named person, in one
    list, counts others than that person."""
    counted = count.head(doc)
    names = {e.root.i for e in people}
    if counted.dep_ == "pobj" and is_companion(counted.head):
        # "community leader X, alongside seven individuals": others beside the named one
        return any(a.i in names for a in islice(counted.head.ancestors, 4)) or any(
            c.i in names for c in companion_verb(counted.head).subtree
        )
    if counted.dep_ != "conj":
        return False
    return any(a.i in names for a in islice(counted.ancestors, 8))


def _included_in_the_dead(root: Token, fate: Token) -> bool:
    """`The dead included Sergeant X and Corporal Y`, `those killed included X`: names
    the verb `include` takes, its subject the dead."""
    verb = root.head
    return (
        root.dep_ == "dobj"
        and verb.lemma_ == "include"
        and any(c.dep_ == "nsubj" and (c.i == fate.i or fate.head.i == c.i) for c in verb.children)
    )


def _named_victims(
    sentence: SpacySpan, triggers: list[Trigger], chosen: list[Trigger | None], counts: list[Count]
) -> list[tuple[Count, Trigger]]:
    """Named people killed, with no figure given: `Major X and Captain Y were killed` is
    2, `Israel said it had assassinated Shukr, a top commander` is 1 (the guide's rule). A
    figure of the same fate already counts them, unless it counts `other`s: `killed
    commander X and 20 other militants` is 1 and 20."""
    doc = sentence.doc
    people = [
        e
        for e in entities_in(sentence)
        if e.label_ == "PERSON"
        # (not a people the tagger took for a person: "46 Druze", "a Briton")
        and not (e.start > 0 and doc[e.start - 1].like_num)
        and named_how(e.text) != "demonym"
    ]
    used = {
        t.start
        for t, c in zip(chosen, counts, strict=True)
        if t is not None
        and not c.implicit  # "X was killed alongside his wife": she is no figure that counts him
        and not (c.end < sentence.end and doc[c.end].lower_ in ("other", "others", "more"))
        and not _listed_beside(c, people, doc)  # "X and seven farmers": seven others
    }
    found = []
    for trigger in triggers:
        fate = doc[trigger.start]
        lemma = fate.lemma_.lower()
        if trigger.start in used or not (
            (trigger.category == "killed" and (lemma in NAMED_FATES or lemma in AMONG_FATES))
            or (trigger.category == "wounded" and lemma in NAMED_WOUNDS)
        ):
            continue
        if fate.dep_ == "oprd" and fate.head.pos_ == "VERB" and lemma in AMONG_FATES:
            fate = fate.head  # "X was shot dead": the verb the victim hangs on
        # "X embraced martyrdom" (a phrase, read by its verb): the martyr is its subject
        embraced = lemma in MARTYRDOM_VERBS
        victims = []
        for entity in [*people, *_unlabelled_names(fate, people)]:
            root = entity.root
            if any(a.lower_ == "according" for a in root.ancestors) or _names_the_source(entity):
                continue  # the speaker ("according to the press secretary, X, ..."), not a victim
            while root.dep_ in ("conj", "appos") and root.head.i != root.i:
                root = root.head  # "Major X and Captain Y", "commander X" in a list
            passive_subject = root.dep_ in ("nsubjpass",) or (
                root.dep_ == "nsubj" and (fate.lemma_.lower() == "die" or embraced)
            )
            # "attr": the parser's reading of "had 'eliminated' Shukr" with the quotes
            if root.head.i == fate.i and (root.dep_ in ("dobj", "attr") or passive_subject):
                victims.append(entity)
            elif root.dep_ == "pobj" and root.head.head.i == fate.i and fate.pos_ == "NOUN":
                victims.append(entity)  # "the body of top commander X"
            elif (
                (root.dep_ == "appos" and root.head.head.i == fate.i and fate.pos_ == "NOUN")
                or _among_the_dead(root, fate)
                or _relative_victim(root, fate)
                or _included_in_the_dead(root, fate)
            ):
                victims.append(entity)
        if not victims:
            continue
        first, last = victims[0], victims[-1]
        head = first.root
        status = None
        for token in [
            *doc[max(sentence.start, first.start - 4) : first.start],
            *doc[first.start : first.end - 1],  # "Naik K Tesfaye": a rank inside the name
            *[t for c in head.children if c.dep_ == "appos" for t in c.subtree],
        ]:
            said = people_status(token.lemma_.lower(), token.lower_)
            if said == "military" and token.pos_ != "VERB":
                status = "military"
            elif said == "civilian" and status is None and len(victims) == 1:
                status = "civilian"  # "Abebe Girma, a farmer,"
        # "Hamas political bureau leader Ismail Haniyeh": the title before the name says
        # whose they were, so it is part of the counted phrase
        title = min(head.left_edge.i, first.start)
        count = Count(
            len(victims),
            "exact",
            title if first.start - title <= 6 else first.start,
            first.start,
            last.end,
            head.i,
            status or "unknown",
            implicit=True,
        )
        found.append((count, trigger))
    return found


def _unlabelled_names(fate: Token, people: list[SpacySpan]) -> list[SpacySpan]:
    """`Soleimani was killed`: a lone proper noun undergoing a fate is a person even where
    the recogniser gave it no label (a place or a body is named, never killed)."""
    taken = {e.root.i for e in people}
    found = []
    for child in fate.children:
        if (
            child.dep_ != "nsubjpass"
            or child.pos_ != "PROPN"
            or child.ent_type_ not in ("", "ORG")  # "Naik K Tesfaye": a body is never killed
            or child.i in taken
            or any(c.dep_ in ("det", "poss") for c in child.children)
            # "Iranian Ambassador X was injured": a people's name before the title is fine
            or any(c.dep_ == "amod" and actor_named(c.text) is None for c in child.children)
            or any(c.dep_ == "compound" and c.pos_ != "PROPN" for c in child.children)
        ):
            continue
        for person in [child, *(c for c in child.conjuncts if c.pos_ == "PROPN" and c.i > child.i)]:
            if person.i in taken or person.ent_type_ not in ("", "ORG", "PERSON"):
                continue  # "X and Private Y were killed": each name of the list
            named = [c.i for c in person.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            name = person.doc[min([*named, person.i]) : person.i + 1]
            if not find_actors(name.text):
                found.append(name)
    return found


def _relative_victim(root: Token, fate: Token) -> bool:
    """`general X, who was killed in a 2020 strike`: the name a relative clause of the
    fate hangs on, when its pronoun is who suffered it."""
    if fate.dep_ != "relcl" or fate.head.i != root.i:
        return False
    return any(
        c.lower_ in ("who", "whom")
        and (c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and fate.lemma_.lower() == "die"))
        for c in fate.children
    )


def _among_the_dead(root: Token, fate: Token) -> bool:
    """`Among the dead was commander X`: the named subject of `be` joins the list of a
    fate noun governed by `among`."""
    if root.dep_ not in ("nsubj", "attr") or root.head.lemma_ != "be":
        return False
    if fate.lemma_.lower() not in AMONG_FATES and fate.lower_ not in AMONG_FATES:
        return False
    listed = fate
    if fate.dep_ in ("acl", "relcl", "amod") and fate.head.dep_ == "pobj":
        listed = fate.head  # "among those killed", "among the people slain"
    return (
        listed.dep_ == "pobj"
        and listed.head.lower_ == "among"
        and listed.head.head.i == root.head.i
    )


def _names_the_source(entity: SpacySpan) -> bool:
    """`according to the ministry's press secretary, Jane Doe, ...`: the name right after
    an `according to` phrase is the speaker's."""
    doc = entity.doc
    if entity.start < 2 or doc[entity.start - 1].text != ",":
        return False
    left = doc[entity.start - 2]
    return any(t.lower_ == "according" for t in (left, *left.ancestors))


def _object_of_a_joined_verb(earlier: Count, count: Count, doc: Doc) -> bool:
    """`killed 35 federal soldiers and captured 14`: a bare figure, the object of a verb
    joined to the verb whose object the figure before was, counts more of those people."""
    number = doc[count.number_start]
    verb = number.head
    if number.dep_ != "dobj" or verb.dep_ != "conj":
        return False
    first = earlier.head(doc)
    return first.dep_ == "dobj" and first.head.i == verb.head.i


def _listed_with(
    count: Count,
    taken: list[tuple[Count, Trigger, str]],
    parties: list[str],
    sentence: SpacySpan,
    *,
    breakdown: bool,
) -> str | None:
    """`Seven Azerbaijani servicemen and a civilian`: a count listed right after another
    (only `and` or a comma between) shares its party; so does `..., with twelve others
    injured` (`others` and `more` always point back)."""
    if not taken:
        return None
    doc = sentence.doc
    earlier = taken[-1][0]
    if _fighter_kinds_differ(earlier, count, doc):
        return None  # "two Indian soldiers and three suspected militants": not one side
    if _soldiers_after_a_group(count, parties[-1], doc):
        return None  # "15 Hezbollah fighters and six soldiers": the soldiers are a state's
    last = earlier.noun if earlier.noun is not None else earlier.end - 1
    between = [t.lower_ for t in doc[last + 1 : count.start]]
    if between and all(w in ("and", ",") for w in between) and count.noun is not None:
        if _fighters_then_others(count, parties[-1], doc):
            return None  # "a Hezbollah commander and two other people": not the group's
        return parties[-1]
    if count.noun is None and _object_of_a_joined_verb(earlier, count, doc):
        return parties[-1]  # "killed 23 Islamic State fighters and arrested six"
    fate = taken[-1][1]
    unsaid = [t.lower_ for t in doc[last + 1 : count.start] if not fate.start <= t.i < fate.end]
    after = doc[count.end] if count.end < sentence.end else None
    if (
        count.noun is None
        and unsaid
        and all(w in ("and", ",") for w in unsaid)
        and after is not None
        and after.tag_ in ("VBN", "JJ")
        and fate_of_word(after.lemma_.lower(), after.lower_) is not None
        and not any(c.dep_ in ("aux", "auxpass") for c in after.children)
    ):
        return parties[-1]  # "three soldiers dead and 30 injured": 30 more of them
    joint = [t.lower_ for t in doc[earlier.end : count.start]]
    if (earlier.qualifier, count.qualifier) == ("at_least", "at_most") and joint in RANGE_GLUE:
        return parties[-1]  # "between 80 and 90 dead": the two ends of one range
    pointing_back = count.end < sentence.end and doc[count.end].lower_ in ("others", "more")
    if pointing_back and between and all(w in ("and", ",", "with", "plus") for w in between):
        return parties[-1]
    if pointing_back and doc[count.end].lower_ == "others" and count.noun is None:
        # "killed one crew member and left two others injured": the others are more of the
        # people just counted
        return parties[-1]
    if (
        count.noun is None
        # "Fourteen were wounded and two were missing": a bare figure goes on about whom
        # the bare one opening the sentence did (the sentence before's people)
        and (
            (earlier.noun is None and len(taken) == 1)
            or (
                earlier.noun is not None
                and not any(c.i != earlier.noun for c in doc[earlier.noun].conjuncts)
            )
        )
        and (
            count.end >= sentence.end
            or doc[count.end].pos_ in ("AUX", "VERB", "PUNCT")
            # "had killed 50 soldiers and was holding 150 more": more of them
            or doc[count.end].lower_ in ("more", "others")
        )
        and _same_people_go_on(doc[last + 1 : count.start])
    ):
        # "40 Ukrainian soldiers were killed and 60 were wounded", "... killed 40 soldiers
        # and wounded 60": a bare figure after another, with no one else named between,
        # counts more of the same people
        return parties[-1]
    if count.noun is None and breakdown and parties[-1] != "both":
        # "116 captives, including 41 the army says are dead": a bare part of the whole
        # before it is of the whole's side
        return parties[-1]
    return None


def _fighters_then_others(count: Count, party: str, doc: Doc) -> bool:
    """An armed group's member listed before people its noun does not make fighters
    (`killed a Hezbollah commander and two other people`, `a Wagner mercenary and four
    residents`): the others are not the group's."""
    group = actor_named(party)
    if group is None or group.kind not in (*NON_STATE, "pmc") or count.noun is None:
        return False
    noun = doc[count.noun]
    status = people_status(noun.lemma_.lower(), noun.lower_)
    return status in ("unknown", "civilian") and count.status != "military"


def _same_people_go_on(between: SpacySpan) -> bool:
    """Whether the words between two figures of a sentence name no other people and no
    one who speaks: "were killed and", "were killed in the attack, while"."""
    return len(between) <= 12 and not any(
        t.pos_ in ("PROPN", "PRON", "NUM")
        or t.lemma_.lower() in REPORTING_LEMMAS
        or people_status(t.lemma_.lower(), t.lower_) is not None
        or t.text in ("(", ")", ";", ":")
        # "8 killed, 13 captured, 24 missing": a list of tolls, each its own people
        or (t.text == "," and t.nbor().lower_ not in ("while", "whereas", "and"))
        for t in between
    )


def _fighter_kinds_differ(a: Count, b: Count, doc: Doc) -> bool:
    """One count of state forces and one of armed-group fighters (each by its noun)."""
    kinds = {_force_kind(doc[c.noun]) for c in (a, b) if c.noun is not None}
    return kinds == {"state", "non_state"}


# Words that make "forces" a state's: "the security forces", "government forces".
STATE_FORCE_MARKS = frozenset({"security", "government", "state", "regular", "army", "police"})


def _force_kind(noun: Token) -> str | None:
    """The fighter kind of a noun, and of a state's forces by the words on them."""
    if noun.lower_ in ("forces", "force") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in STATE_FORCE_MARKS for c in noun.children
    ):
        return "state"  # "51 members of the security forces and 35 gunmen": not one side
    return _fighter_kind(noun.lower_)


def _soldiers_after_a_group(count: Count, party: str, doc: Doc) -> bool:
    """A count of state forces by their noun listed after one an armed group's name made
    the group's: no armed group calls its own fighters soldiers or police."""
    if count.noun is None or _fighter_kind(doc[count.noun].lower_) != "state":
        return False
    group = party_named(party) or actor_named(party)
    return group is not None and group.kind in NON_STATE


def _fighter_kind(noun: str) -> str | None:
    if noun in NON_STATE_NOUNS:
        return "non_state"
    return "state" if noun in STATE_FORCE_NOUNS else None


LOSS_VERBS = frozenset({"lose", "suffer", "sustain", "incur"})


def _people_of_the_toll(trigger: Trigger, count: Count, doc: Doc) -> tuple[int, int] | None:
    """`the militant dead numbered 27`, `the number of militants killed rose to 18`, `the
    militants' death toll`, `the number of slain militants`: a bare figure's people, named
    on its fate words rather than beside it."""
    if count.noun is not None or count.implicit:
        return None
    if fate_of_word(doc[trigger.start].lemma_.lower(), doc[trigger.start].lower_) is None and (
        trigger.end - trigger.start == 1
    ):
        return None  # a word pointing back at people ("seven of the victims"), no toll
    fate = list(doc[trigger.start : trigger.end])
    around = [*fate, *(t.head for t in fate if t.dep_ in ("compound", "amod", "acl"))]
    near = [
        *around,
        *(c for t in around for c in t.children if c.dep_ in ("amod", "compound", "poss")),
        *(g for t in around for c in t.children if c.dep_ == "prep" for g in c.children),
    ]
    for token in near:
        if token.i not in range(count.start, count.end) and people_status(
            token.lemma_.lower(), token.lower_
        ):
            return token.i, token.i + 1
    return None


def _with_the_tolls_people(
    words: tuple[int, int] | None, people: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The words that describe a figure's people, reaching to the people its fate words
    name (`the number of militants killed | had risen to`)."""
    if words is None or people is None:
        return words or people
    if people[1] < words[0] - 3 or people[0] > words[1] + 3:
        return words  # people far off are some other phrase's
    return min(words[0], people[0]), max(words[1], people[1])


def _loser(
    trigger: Trigger,
    count: Count,
    sentence: SpacySpan,
    speaker: Attribution | None,
    incident: Incident | None = None,
    actors: ArticleActors | None = None,
) -> Actor | None:
    """`Russian forces lost around 1,200 troops`, `they admitted to losing seven fighters`,
    `Azerbaijani troops had sustained up to 20 killed or wounded`: whoever lost or suffered
    them (a pronoun: the speaker; `the attackers`: whom the article has attacking) is whose
    they were."""
    doc = sentence.doc
    verb = doc[trigger.start]
    if verb.lemma_.lower() != "lose":
        counted = count.head(doc)
        if counted.dep_ in ("dobj", "nsubjpass") and trigger.start <= counted.head.i < trigger.end:
            return None  # "killing around 20 rebels": the fate verb takes them itself
        # the first verb above the count, past the fate words themselves, must be the loss
        above = next(
            (
                t
                for t in counted.ancestors
                if t.pos_ in ("VERB", "AUX") and not trigger.start <= t.i < trigger.end
            ),
            None,
        )
        if above is None or above.lemma_.lower() not in LOSS_VERBS:
            return None
        verb = above
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if (
                subject.lower_ == "they"
                and speaker is not None
                and speaker.actor is not None
                and actors is not None
                and inside_quote(count, sentence)
            ):
                # '"They lost at least 150 men," the commander said': in a speaker's own
                # words, "they" are the others ("we" are his own)
                return actors.other_than(speaker.actor) or UNNAMED_GROUP
            if subject.lower_ in ("they", "it", "we") and speaker is not None:
                return speaker.actor
            losing = verb.lemma_.lower() in LOSS_VERBS  # (not "20 rebels were slain and")
            if losing and subject.lower_ in ASSAILANT_NOUNS and incident is not None:
                # "the attackers lost 40 fighters, the army said": the side the article
                # has striking, unless that is who speaks
                attacker = actor_named(incident.main_attacker() or "")
                if attacker is not None and (speaker is None or attacker != speaker.actor):
                    return attacker
            if losing and subject.lower_ in NON_STATE_NOUNS and actors is not None:
                # "the militants lost 15 men", "the insurgents suffered 20 dead": the armed
                # group the words call them by, else the one the article names
                group = actors.group_called([subject.lower_]) or actors.other_than(
                    None, kinds=NON_STATE
                )
                # "the attackers also lost eight fighters": an armed group no name tells
                return group if group is not None else UNNAMED_GROUP
            text = doc[subject.left_edge.i : subject.right_edge.i + 1].text
            named = [m.actor for m in find_actors(text)]
            if not named and speaker is not None:
                possessor = [c.lower_ for c in subject.children if c.dep_ == "poss"]
                if possessor and possessor[0] in ("its", "their", "our", "his", "her"):
                    # "its forces had suffered four casualties", "the TTP said its fighters
                    # had killed 20 policemen and lost two men", "a commander in the Syrian
                    # National Army said his forces had lost 20 men"
                    return speaker.actor
            return named[0] if named else None
        if verb.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "prep") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _claims_responsibility(sentence: SpacySpan, speaker: Attribution) -> bool:
    """`JNIM claimed (responsibility for) an attack`: the speaker says it did it."""
    return sentence.doc[speaker.token].lemma_ == "claim" or "responsibility" in sentence.text


def _active(verb: Token) -> bool:
    """An active verb form: `killed 20`, `had assassinated X`, `killed ... and injured 140`;
    not a passive (`were killed`) nor a participle describing a noun (`soldiers killed`)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBG", "VB", "VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN":
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return True
        return verb.dep_ == "conj" and verb.head.i != verb.i and _active(verb.head)
    return False


def _does_to_others(verb: Token) -> bool:
    """An active fate verb with an object (`killed 20`, `wounded a guard`): its subject
    did it to others (`a soldier died` has none, nor has `a soldier lost his life`, whose
    object is the subject's own)."""
    return (
        verb.pos_ == "VERB"
        and _active(verb)
        and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in OWN_LIVES for c in verb.children
        )
    )


# Verbs whose object is what befell their subject: "suffered gunshot wounds".
BEFALLING = frozenset({"suffer", "sustain", "receive", "incur"})
# What a fate verb's object may be that is the subject's own: "lost his life", "blew
# himself up".
OWN_LIVES = frozenset({"life", "lives", "himself", "herself", "themselves"})


FORCE_POSSESSIVES = frozenset({"own", "their", "its", "his", "our"})


def _possessed(count: Count, sentence: SpacySpan) -> bool:
    """`nine of their own men`, `its 12 members`: people someone has, a force's own."""
    doc = sentence.doc
    if count.noun is None:
        return False
    near = doc[max(sentence.start, count.start - 1) : count.noun]
    if any(t.lower_ in FORCE_POSSESSIVES for t in near):
        return True
    # "the gendarmerie lost six men": the men a force loses are its own
    noun = doc[count.noun]
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() == "lose"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in ARMED_BODY_WORDS for c in verb.children)
    )


# Forces by the kind of body they are, whose lost "men" are their own.
ARMED_BODY_WORDS = frozenset(
    {"army", "gendarmerie", "police", "military", "force", "militia", "unit", "battalion",
     "brigade", "regiment", "garrison", "division", "guard"}
)  # fmt: skip
WHOLE_REACH = 8
# Words between a whole and a part of it: "five civilians -- two children and ..."
PART_MARKS = frozenset({"—", "–", "-", "(", "including", ":", "among"})


def _people_noun(count: Count, sentence: SpacySpan) -> bool:
    """Whether the count counts by a noun of people (`four people`), not by a fate (`two
    dead`)."""
    if count.noun is None:
        return False
    noun = sentence.doc[count.noun]
    lemma, lower = noun.lemma_.lower(), noun.lower_
    return people_status(lemma, lower) is not None and fate_of_word(lemma, lower) is None


def _included_in_the_fate(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """`The dead included 46 Druze and 18 Bedouin`: a figure `include` takes after the
    fate's own noun, listed among the dead the sentence before counted."""
    head = count.head(sentence.doc)
    if head.dep_ == "nummod":
        head = head.head  # "46 Druze": a noun of no status the figure counts
    head = first_of_a_listing(head)  # "46 Druze, four of them civilians, and 18 Bedouin"
    verb = head.head
    return (
        head.dep_ == "dobj"
        and verb.lemma_ == "include"
        and any(c.dep_ == "nsubj" and c.i == trigger.start for c in verb.children)
    )


def _by_rank(count: Count, sentence: SpacySpan) -> bool:
    """A person told of by a rank (`a brigadier general`, `a colonel and a major`): the
    guide's subset by rank, no part by status."""
    if count.noun is None or sentence.doc[count.noun].lower_ not in RANKS:
        return False
    noun = sentence.doc[count.noun]
    # (but "a police officer" is one of the police: a part by status)
    return not any(
        c.dep_ in ("compound", "amod") and STATUS_MODIFIERS.get(c.lower_) for c in noun.children
    )


def _changes_nothing(
    count: Count,
    status: str,
    party: str,
    trigger: Trigger,
    taken: list[tuple[Count, Trigger, str]],
    parties: list[str],
) -> bool:
    """A part of people of no told status, of the side of the whole it is a part of
    (`15 people were killed, including seven Sunnis`): a subset by what changes neither
    side nor status is no claim, as the guide's subsets by rank or place are not."""
    if status != "unknown" or party in ("unknown", "both") or not taken:
        return False
    whole, whole_trigger, whole_status = taken[-1]
    return (
        whole_status == "unknown"
        and whole_trigger.category == trigger.category
        and whole.value > count.value
        and parties[-1] == party
    )


def _same_status_subset(
    count: Count,
    status: str,
    trigger: Trigger,
    taken: list[tuple[Count, Trigger, str]],
    sentence: SpacySpan,
    *,
    breakdown: bool,
) -> bool:
    """`five civilians -- two children and three women -- died`, `28 soldiers, 27 of them
    off duty`: a breakdown of people into people of the same status is no new claim (the
    guide's "29 displaced people, including 11 children" gives only the 29)."""
    if status not in ("civilian", "military"):
        return False
    doc = sentence.doc
    subset = False
    # the whole stands a few figures back at most (bounded: a sentence may list thousands)
    for earlier, earlier_trigger, earlier_status in taken[-WHOLE_REACH:]:
        if earlier_status != status or earlier_trigger.category != trigger.category:
            continue
        if earlier.value < count.value:
            continue
        if breakdown and is_breakdown(earlier, sentence):
            continue  # a part before it in the same list is its sibling, not its whole
        if breakdown or (
            status == "civilian"
            and {t.text.lower() for t in doc[earlier.end : count.start]} & PART_MARKS
        ):
            subset = True  # "28 soldiers, 27 of them off duty", "(two children, ...)"
            break
    # "17 peacekeepers, including 13 South Africans": a side of its own is a claim
    return subset and not find_actors(doc[count.start : (count.noun or count.end - 1) + 1].text)


# Tokens before and after a count that can place it in another time: the war usually
# comes first ("the 44-day war last year, which killed 6,500 people").
SCOPE_BEFORE, SCOPE_AFTER = 25, 20


class Dating:
    """When the article's incident was, for dates written near a figure: a figure dated
    a month or more before it tells of another incident. The incident's date is read
    only when a figure has a date near it (most have none)."""

    def __init__(self, article: Article, doc: Doc, reference: dt.date) -> None:
        self.article, self.doc = article, doc
        self.reference = reference  # the day a date written without a year is on or before

    @classmethod
    def of(cls, article: Article, doc: Doc) -> Dating | None:
        reference = article.published or latest_stated_date(article.text)
        return cls(article, doc, reference) if reference is not None else None

    @cached_property
    def incident(self) -> IncidentDate | None:
        """The incident's date, read once, on the first figure that asks."""
        return incident_date(self.article.text, published=self.article.published, doc=self.doc)

    @property
    def stale_before(self) -> dt.date:
        """A date before this one is another incident's."""
        start = self.incident.start if self.incident is not None else self.reference
        return start - STALE_AFTER

    @property
    def dated_in_text(self) -> bool:
        """Whether the text dates the incident (else it is put at publication)."""
        return self.incident is not None and self.incident.reason != FALLBACK_REASON


# How long before the incident a date written near a figure makes it another incident's.
STALE_AFTER = dt.timedelta(days=30)
# An incident told of as one among others: "an attack", "another ambush", "a raid",
# "Israeli strikes" (but not "the attack", "its raid": the story's own).
ANOTHER_INCIDENT = re.compile(
    r"(?:\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?<![Tt]he )(?<![Tt]his )(?<![Tt]hat )(?<!its )(?<!their )\b[A-Z][\w-]+\s+)(?:"
    + "|".join(sorted(ATTACK_NOUNS, key=len, reverse=True))
    + r")(?:e?s)?\b"
)


def _scope(
    sentence: SpacySpan,
    count: Count,
    published_year: int | None,
    *,
    fate: Trigger | None = None,
    dating: Dating | None = None,
) -> str:
    """Background when the words around the count place it in an earlier war or year:
    the clause, not the whole sentence ("... the worst since the war last November, in
    which 7,000 died" makes only the 7,000 background). A person named has their fate's
    clause ("Soleimani, the former chief of the Quds Force, was killed in 2020")."""
    doc = sentence.doc
    start = max(sentence.start, count.start - SCOPE_BEFORE)
    after = count.end
    if count.implicit and fate is not None and fate.start > count.end:
        after = fate.end
    end = min(sentence.end, after + SCOPE_AFTER)
    # the clause of the count ends at its next punctuation
    end = next(
        (
            t.i
            for t in doc[after:end]
            if t.is_punct
            and t.text not in "-–'’"
            # (not the comma inside a date: "on January 3, 2020")
            and not (t.text == "," and t.i + 1 < len(doc) and YEAR.fullmatch(doc[t.i + 1].text))
            and not _sets_off_a_land(t)
        ),
        end,
    )
    if end < len(doc) and doc[end - 1].text == "," and YEAR.fullmatch(doc[end].text):
        end += 1
    text = _without_other_clauses(doc[start:end], doc[count.number_start])
    # once per sentence: building a long sentence's text for each of its counts is square
    separately = per_sentence(
        sentence, "separately", lambda: SEPARATELY.match(sentence.text.lstrip()) is not None
    )
    if separately or any(not _ranks_the_day(text, m.start()) for m in BACKGROUND.finditer(text)):
        return "background"
    if BEFORE_THE_INCIDENT.search(text):
        return "background"  # "hours before the attacks, the army had claimed three deaths"
    since = SINCE_MONTH.search(text)
    if since is not None and dating is not None and not _ranks_the_day(text, since.start()):
        # "200 Palestinians have been killed in the West Bank since January", in a March
        # story: a toll over months, not the incident's (a month it began in is its own)
        began = dating.incident.start if dating.incident is not None else dating.reference
        if month_number(since.group(1)) < began.month:
            return "background"
    if CAME_AFTER.search(doc[start : count.start].text):
        return "background"  # "the attack came a week after 30 people were killed"
    if per_sentence(
        sentence, "earlier opening", lambda: EARLIER_OPENING.match(sentence.text) is not None
    ) and ANOTHER_INCIDENT.search(text):
        return "background"  # "A week earlier, a drone attack on a school killed nine"
    opening = per_sentence(sentence, "dated opening", lambda: _year_opening(sentence))
    if opening is not None:
        incident = dating.incident if dating is not None else None
        year = incident.start.year if incident is not None else published_year
        if year is not None and opening < year:
            return "background"  # "In 2022, gunmen struck a checkpoint ..., killing six"
    after_count = doc[count.start : end].text
    if THIS_YEAR_AFTER.search(after_count) and not SUPERLATIVE_YEAR.search(after_count):
        return "background"
    if published_year is not None:
        years = [int(y) for y in YEAR.findall(text)]
        if years and max(years) < published_year:
            return "background"
    if (
        dating is not None
        and any(
            last < dating.stale_before
            for _, last in written_dates(text, reference=dating.reference)
        )
        and (dating.dated_in_text or ANOTHER_INCIDENT.search(text))
    ):
        # "In December, an attack on the post killed 29 soldiers", "In July, fighting killed
        # 43 people", in a March story whose incident was on Thursday: a figure dated a
        # month or more before the incident is another incident's. When the text dates no
        # incident (a story told long after it: "the 40 soldiers killed in the October 27
        # attack"), only one told of as one more ("an attack") is.
        return "background"
    return "event"


# How much of an undated article is its headline and lead, which date its own incident
# if anything does.
UNDATED_LEAD_CHARS = 400
# A sentence that opens by dating itself: "In 2022, ...", "Also, on July 22, 2022, ...".
YEAR_OPENING = re.compile(
    r"(?:also,?\s+|back\s+)?(?:in|on|during)\s+[^,.;]{0,24}?\b((?:19|20)\d\d)\s*,",
    re.IGNORECASE,
)


def _year_opening(sentence: SpacySpan) -> int | None:
    """The year a sentence's opening phrase dates everything it tells."""
    found = YEAR_OPENING.match(sentence.text.lstrip())
    return int(found.group(1)) if found else None


def _without_other_clauses(span: SpacySpan, number: Token) -> str:
    """The span's text without the relative clauses that describe someone else: "Rwanda,
    whose troops have been deployed there since 2021, said one of its soldiers had been
    killed" dates the troops' deployment, not the soldier's death."""
    left_out: set[int] = set()
    for token in span:
        if (
            token.dep_ == "relcl"
            and number not in token.subtree
            # (a clause on the counted people is theirs: "37,000 Palestinians that the
            # authorities estimate have been killed since the war began")
            and token.head.i not in (number.i, number.head.i)
            and not _on_the_figures_incident(token.head, number)
        ):
            left_out.update(t.i for t in token.subtree)
    if not left_out:
        return span.text
    return "".join(t.text_with_ws for t in span if t.i not in left_out)


def _sets_off_a_land(comma: Token) -> bool:
    """A comma around the land a town is in (`shook Nairobi, Kenya, in 2017`): the clause
    goes on past it."""
    doc = comma.doc
    if comma.text != "," or comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    after, before = doc[comma.i + 1], doc[comma.i - 1]
    if after.dep_ == "appos" and after.head.i == before.i and after.ent_type_ == "GPE":
        return True  # the comma before the land
    return (
        before.dep_ == "appos" and before.ent_type_ == "GPE" and doc[before.head.i + 1].text == ","
    )


def _on_the_figures_incident(noun: Token, number: Token) -> bool:
    """Whether a noun is where the figure's people fell: `killed in the protests that swept
    Iraq in 2019` (its clause dates the figure too)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "during")
        and any(a.i == prep.head.i for a in number.ancestors)
    )


def extract_claims(article: Article, doc: Doc) -> list[Claim]:
    """Every casualty claim in the article, with evidence spans into `article.text`; the
    armed groups the article names itself are parties as the table's are."""
    with groups_named_in(text_of(doc)):
        return _extract_claims(article, doc)


def _extract_claims(article: Article, doc: Doc) -> list[Claim]:
    actors = replace(ArticleActors.of(text_of(doc)), people=named_people(doc))
    every_sentence = sentences(doc)
    dateline = find_dateline(article.text)
    own_agency = state_outlet(dateline.wire) if dateline is not None and dateline.wire else None
    named = actors.countries()
    if own_agency is not None and own_agency.country and own_agency.country not in named:
        named.append(own_agency.country)  # "BAKU (Azertac)": the state's agency names it
    # the land the report was filed from, looked up once
    filed = (
        place_country(article.dateline_place, countries=named) if article.dateline_place else None
    )
    if (
        filed is not None
        and filed.country
        and (not named or _lead_names_no_land(every_sentence, dateline))
    ):
        # "MEXICO CITY (AP) - Gunmen killed four people in Cordoba": a report that names no
        # land looks its towns up where it was filed before their namesakes abroad (one
        # that names another land may be a bureau's abroad: "NAIROBI - Al-Shabaab ...");
        # so does one whose lead names none ("BANGKOK - A bomb killed 20 people, police
        # said. Malaysia said two of its citizens were killed": a land named later is of
        # some victims, or speaks from abroad)
        if filed.country not in named:
            named.append(filed.country)
        actors = replace(actors, dateline_land=filed)
    striking = named_only_striking(every_sentence, actors.counts)
    incident = Incident.of(
        every_sentence,
        dateline=article.dateline_place,
        countries=[
            c
            for c in named
            if c not in striking and c not in {a.country for a in actors.troops_only}
        ],
    )
    if incident.place_country is not None:
        actors = replace(actors, place=actor_named(incident.place_country))
    if own_agency is not None and own_agency.kind == "country":
        # "BAKU, March 1 (Azertac) - ..., the Defense Ministry said": a state's own agency
        # files its state's statements
        actors = replace(actors, filed_from=own_agency)
    elif filed is not None and actors.ranks(filed, top=2):
        # a report filed from a land the story is about, not from a regional bureau
        # ("NAIROBI" for a story of Somalia, "DAKAR" for Chad)
        actors = replace(actors, filed_from=filed)
    attacker = incident.main_attacker()
    if attacker is not None:
        actors = replace(actors, attacker=actor_named(attacker))
    if actors.top_country() is None:
        region = article_region(doc, dateline=article.dateline_place, countries=actors.countries())
        actors = replace(actors, region=actor_named(region) if region else None)
    year = article.published.year if article.published else _latest_year(article.text)
    dating = Dating.of(article, doc)
    media = article.wire or article.outlet or "media"
    last_speaker: Attribution | None = None
    drafts: list[Draft] = []
    previous_drafts: list[int] = []  # indices in `drafts` of the last sentence's claims
    figure_speaker: Attribution | None = None  # who gave the last sentence's figures
    speakers_before: list[Attribution] = []  # the previous sentence's speakers
    # the people the previous sentence spoke of: its last figure's, or else (read only
    # when a `two others` asks) the last people it named with their side
    figure_here: Antecedent | None = None
    sentence_here: SpacySpan | None = None
    # whose a named victim was and what (by surname), as first read: later mentions say less
    known_people: dict[str, tuple[str, str]] = {}
    quotes = Quotations(every_sentence)
    person_before: Attribution | None = None
    body_before: Attribution | None = None
    speakers_seen: list[Attribution] = []  # whom a surname alone may name later
    # who announced a statement or a list to follow ("the ministry issued the following
    # statement:"): its speaker, until someone else is named
    opener: Attribution | None = None
    for sentence in every_sentence:
        if sentence_here is not None and skipped_between(sentence_here, sentence):
            # the sentences between were left unparsed (`prefilter`): they give no figure
            # and name no speaker, so what this one reads from its neighbour is nothing
            figure_here = sentence_here = figure_speaker = None
            speakers_before, previous_drafts = [], []
        prior_figure, prior_sentence = figure_here, sentence_here
        figure_here, sentence_here = None, sentence
        previous = body_before or last_speaker
        if person_before is not None and says_by_person_pronoun(sentence):
            previous = person_before  # "X, a farmer, described the scene. ... he said"
        attributions = [
            the_body_named_before(named_before(a, speakers_seen), speakers_seen, doc)
            for a in sentence_attributions(sentence, previous=previous, context=actors)
        ]
        if not attributions and speakers_before and sentence.text.lstrip()[:1] in QUOTES:
            # a quotation that goes on from the sentence naming its speaker, unless its own
            # speaker is named where it closes ('"They killed 14 people. ...," said X')
            own = quotes.speaker_of(
                sentence, previous=person_before or last_speaker, context=actors
            )
            if own is not None and own.token > sentence.end:
                own = named_before(own, speakers_seen)  # "said Herzog": the one named before
            else:
                own = speakers_before[-1]
            attributions = [replace(own, token=sentence.start)]
        if not attributions:
            # inside a quotation whose speaker is named where it closes or opens
            # a person just introduced is whom a quotation's `he said` means
            quoted = quotes.speaker_of(
                sentence, previous=person_before or last_speaker, context=actors
            )
            attributions = [replace(quoted, token=sentence.start)] if quoted else []
        same_paragraph = (
            prior_sentence is not None
            and "\n" not in text_of(doc)[prior_sentence.end_char : sentence.start_char]
        )
        if attributions:
            opener = attributions[-1] if STATEMENT_FOLLOWS.search(sentence.text) else None
        elif opener is not None:
            # "According to the ministry:" and a list of figures below it
            attributions = [replace(opener, token=sentence.start)]
        continued = not attributions and figure_speaker is not None and same_paragraph
        if continued and figure_speaker is not None:
            # "The ministry said 12 were killed. Another 30 were wounded.": figures that
            # follow a speaker's figures in the same paragraph, naming no one, go on with
            # that statement (a new paragraph returns to the outlet's own voice)
            attributions = [replace(figure_speaker, token=sentence.start)]
        figure_speaker = None
        # "..., the police spokesman said. Six others were injured.": people who point back
        # to those a speaker just spoke of, in the same paragraph, are still in his account
        told_before = speakers_before[-1] if speakers_before and same_paragraph else None
        speakers_before = attributions
        # a person introduced with no reporting verb: whom a later `he said` means, until
        # a speaker is named
        person_before = (
            None if attributions else person_introduced(sentence, context=actors) or person_before
        )
        # a body introduced with no reporting verb: whom `according to the minister` means
        body_before = (
            None if attributions else body_introduced(sentence, context=actors) or body_before
        )
        outsider = None if attributions else outsider_introduced(sentence, context=actors)
        speakers_seen.extend(
            attributions
            or ([person_before] if person_before else [])
            # "Human Rights Watch blamed the RSF. The group said 12 were executed"
            or ([outsider] if outsider else [])
        )
        if attributions:
            last_speaker = attributions[-1]
            if RETRO.match(sentence.text.strip()):
                # "This was announced by the Somali Ministry of Health.": the previous
                # sentence's unattributed figures were this speaker's
                for index in previous_drafts:
                    claim = drafts[index].claim
                    if claim.claimant_side == "media":
                        name, side = _claimant(
                            attributions[0], party=claim.party, media=media, actors=actors
                        )
                        drafts[index] = replace(
                            drafts[index],
                            claim=replace_claim(claim, claimant=name, claimant_side=side),
                        )
        previous_drafts = []
        counts = find_counts(sentence)
        if (
            not counts
            and not any(e.label_ == "PERSON" for e in entities_in(sentence))
            and not any(t.dep_ == "nsubjpass" and t.pos_ == "PROPN" for t in sentence)
        ):
            continue  # no figure, and no one named undergoing anything ("X was killed")
        triggers = [t for t in find_triggers(sentence) if not _in_a_name(t, sentence)]
        chosen = assign_triggers(counts, triggers, sentence)
        if prior_figure is not None and prior_figure.category is not None:
            # "... the ministry said. Media later quoted it as saying the number was 210":
            # a bare tally taking up the fate of the figure just given
            chosen = [
                t
                or _tally_taken_up(c, sentence, prior_figure.category)
                or _part_of_those_before(c, sentence, prior_figure.category)
                or _figure_said_alone(c, sentence, prior_figure.category)
                for c, t in zip(counts, chosen, strict=True)
            ]
        for k, count in enumerate(counts):
            # "the monitor put the toll at 73, saying it included 40 fighters": a part of
            # the figure just given in the same sentence, pointed back at
            earlier = next((chosen[j] for j in range(k - 1, -1, -1) if chosen[j]), None)
            if chosen[k] is None and earlier is not None:
                chosen[k] = _part_of_those_before(count, sentence, earlier.category)
        for victims, trigger in _named_victims(sentence, triggers, chosen, counts):
            called = doc[victims.noun] if victims.noun is not None else None
            while called is not None and called.dep_ == "compound" and called.head.i != called.i:
                called = called.head  # "Afrim Bunjaku": the name's last word
            if called is not None and any(
                c.implicit
                and c.noun is not None
                and called.dep_ == "appos"
                and called.head.i == c.noun
                for c in counts
            ):
                continue  # "a nurse, Olena Petrenko, was killed": the name is the nurse's
            # "Abebe Girma, a farmer, was killed": the description is the named person
            kept = [
                k
                for k, c in enumerate(counts)
                if not (
                    c.implicit
                    and c.noun is not None
                    and doc[c.noun].dep_ == "appos"
                    and doc[c.noun].head.i == victims.noun
                )
            ]
            counts, chosen = [counts[k] for k in kept], [chosen[k] for k in kept]
            counts.append(victims)
            chosen.append(trigger)
        counts, chosen = sum_listed_ones(counts, chosen, sentence)
        if not counts:
            continue
        # once per sentence: which counts break down another, and for each count the next
        # plain count after it (whose noun may say what a bare figure counts)
        breakdowns = {id(c): is_breakdown(c, sentence) for c in counts}
        following: dict[int, Count] = {}
        by_start = sorted(counts, key=lambda c: c.start)
        nearest: Count | None = None
        for index in range(len(by_start) - 1, -1, -1):
            current = by_start[index]
            if nearest is not None and nearest.start > current.start:
                following[id(current)] = nearest
            if current.noun is not None and not breakdowns[id(current)]:
                after = by_start[index + 1] if index + 1 < len(by_start) else None
                mixed = (
                    after is not None
                    and after.status not in (None, current.status)
                    and all(t.lower_ in ("and", ",") for t in doc[current.noun + 1 : after.start])
                )
                # "the 19 wounded included 11 soldiers and eight civilians": a mix of
                # parts says nothing of the whole's status
                nearest = None if mixed else current
            elif breakdowns[id(current)]:
                # "the toll stood at 40, including 28 civilians and 12 soldiers": what
                # follows a part is more parts, not what the whole counts
                nearest = None
        previous_status: str | None = None
        parts_here: list[bool] = []  # of each draft of this sentence: a breakdown of a figure
        taken: list[tuple[Count, Trigger, str]] = []
        parties: list[str] = []
        for count, maybe_trigger in zip(counts, chosen, strict=True):
            if maybe_trigger is None:
                continue
            trigger = maybe_trigger
            if unreal(trigger, sentence) or non_violent(trigger, count, sentence):
                continue  # "threatened to kill 50 hostages", "could have killed up to 100"
            if any(
                a.phrase is not None and a.phrase[0] <= count.number_start < a.phrase[1]
                for a in attributions
            ):
                # "..., including nine children, a rescue worker said", "according to one
                # police officer": who speaks
                continue
            if (
                count.implicit
                and not _implicit_ok(count, trigger, sentence, counts=counts, chosen=chosen)
                and not _listed_before(count, trigger, counts, chosen, sentence)
            ):
                continue
            toll_people = _people_of_the_toll(trigger, count, sentence.doc)
            status = _status(
                count,
                sentence,
                previous_status,
                trigger=trigger,
                following=following.get(id(count)),
                toll_people=toll_people,
            )
            # "Eleven others, among them four police officers, were wounded": a bare whole,
            # some of which are told to be of a status, is not all of that status
            parts_told = (
                {c.status for c in counts if breakdowns[id(c)] and c.start > count.start}
                if count.noun is None and not breakdowns[id(count)]
                else set()
            )
            if status in parts_told & {"civilian", "military"}:
                status = "unknown"
            if not breakdowns[id(count)]:
                previous_status = status  # "3 people, including 2 children, ... and 74 wounded"
            breakdown = breakdowns[id(count)]
            if _same_status_subset(count, status, trigger, taken, sentence, breakdown=breakdown):
                continue
            if not taken and _same_status_part_of_those_before(
                count, status, trigger, prior_figure, sentence
            ):
                continue  # "... killed 11 civilians. Six of them were children."
            if _by_condition(count, sentence, taken):
                continue  # "three people were wounded, one seriously": a part by condition
            if breakdown and _fighters_by_sex(count, trigger, taken, sentence):
                continue  # "six Naxalites, four of them women": fighters all the same
            if _tried(count, sentence):
                continue  # "a court convicted 11 soldiers over the killing of civilians"
            if _the_doers(count, trigger, sentence):
                continue  # "the gunmen were shot dead by two off-duty soldiers"
            part = listed_as_part(count, sentence)
            if (
                status == "unknown"
                and (
                    (part and any(t.category == trigger.category for _, t, _ in taken))
                    or (
                        (part or listed_in_group(count, sentence))
                        and _listed_with_status(count, counts, chosen, sentence)
                    )
                )
                # "among the dead were a UN crew member and an army general": a part of a
                # side of its own is a claim
                and not find_actors(doc[count.start : (count.noun or count.end - 1) + 1].text)
            ):
                # "three people, including two brothers", "those released included 58 men,
                # 31 women and 15 children": the part sets no status
                continue
            speaker = _speaker_for(count, attributions, sentence)
            if speaker is None and told_before is not None and points_back(count, sentence):
                speaker = replace(told_before, token=sentence.start)
            if speaker is not None and count.noun is None:
                speaker = _gapped_speaker(count, sentence, speaker, actors)
            scope = _scope(sentence, count, year, fate=trigger, dating=dating)
            if continued and scope == "background":
                # "... a witness said. In a similar attack in April, 12 were killed": the
                # story's background is the outlet's, not the witness's statement going on
                speaker = None
            victim = _victim_name(count, sentence)
            # "21 dead and 117 others" point back within the sentence, to a figure
            antecedent = (
                None if taken else _antecedent(count, sentence, prior_figure, prior_sentence)
            )
            doers = _doers(trigger, count, sentence, speaker, actors.main(), actors.attacker)
            reading = civilians_of_the_land(
                party_of(
                    count,
                    sentence,
                    actors=actors,
                    speaker=speaker,
                    perpetrator=doers[0] if doers else None,
                    accomplices=doers[1:],
                    loser=_loser(trigger, count, sentence, speaker, incident, actors),
                    status=status,
                    category=trigger.category,
                    background=scope == "background",
                    previous=_listed_with(count, taken, parties, sentence, breakdown=breakdown)
                    or known_people.get(victim, ("", ""))[0]
                    or None,
                    antecedent=antecedent,
                    extra=_with_the_tolls_people(
                        toll_phrase(trigger, count, counts, sentence.doc)
                        or _what_they_were(count, sentence)
                        or _side_told_of_a_part(count, sentence),
                        toll_people,
                    ),
                    incident=incident,
                ),
                status=status,
                actors=actors,
            )
            party = reading.name
            respective = _respective(count, counts, sentence)
            if respective is not None:
                # "Armenia and Azerbaijan reported 12 and 15 dead, respectively"
                side_named, own_speaker = respective
                party = side_named.name
                if own_speaker is not None and speaker is not None:
                    name, actor = normalise(own_speaker, context=actors)
                    if actor == side_named:
                        speaker = replace(speaker, name=name, actor=actor)
            if victim in known_people and status == "unknown":
                status = known_people[victim][1]  # "Shukr": the commander named before
            if victim and party not in ("unknown", "both"):
                known_people.setdefault(victim, (party, status))  # "Israel said it killed Shukr"
            if (
                status == "unknown"
                and antecedent is not None
                and count.status is None  # (not "another 61 people": people of any kind)
                and antecedent.status not in parts_told
                and points_back(count, sentence)
            ):
                status = antecedent.status  # "two others": the soldiers spoken of before
            if breakdown and count.implicit and _by_rank(count, sentence):
                continue  # "killing all eight on board, including a brigadier general"
            if (
                not any(st == "unknown" and c.value > count.value for c, _, st in taken)
                and prior_figure is not None
                and status == "unknown"
                and party not in ("unknown", "both")
                and (prior_figure.party, prior_figure.status) == (party, "unknown")
                and prior_figure.category == trigger.category
                and _included_in_the_fate(count, trigger, sentence)
            ):
                continue  # "89 were killed in Sweida. The dead included 46 Druze": a part
            if breakdown and _changes_nothing(count, status, party, trigger, taken, parties):
                continue  # "15 people, including seven Sunnis": of the same side and status
            if figure_here is None or not breakdown:
                # "nine people, including two children, were killed. Another 30 were
                # injured": the people spoken of are the whole, not its part; "killed a
                # farmer and a soldier. Two others were injured": people of both statuses
                mixed = (
                    figure_here is not None
                    and (figure_here.party, figure_here.category) == (party, trigger.category)
                    and figure_here.status != status
                )
                figure_here = Antecedent(party, "unknown" if mixed else status, trigger.category)
            taken.append((count, trigger, status))
            parties.append(party)
            # a denied figure is its asserter's claim (the outlet's, if none is named)
            denial = read_denial(
                sentence.doc[count.number_start], previous=speaker or last_speaker, context=actors
            )
            asserter = speaker if denial is None else denial[1]
            if asserter is not None and status == "civilian":
                asserter = _victims_own_forces(asserter, party, sentence)
            claimant, side = _claimant(asserter, party=party, media=media, actors=actors)
            generic = count.noun is not None and sentence.doc[count.noun].lower_ in GENERIC_MEN
            if status == "unknown" and generic and _possessed(count, sentence):
                status = "military"  # "losing nine of their own men", "his 20 men": a force's
            if (
                status == "unknown"
                and (count.status is None or generic)
                and side == party
                and (MILITARY_SPEAKER.search(claimant))
                and trigger.lemma not in TALLY_NOUNS  # a toll counts everyone it hit
                and not breakdown  # "116 captives, including 41 the army says are dead"
                # "12 Indians were killed, including seven civilians (or five soldiers)":
                # a whole told by its parts is not all its soldiers
                and not any(
                    breakdowns[id(c)] and c.status in ("civilian", "military")
                    for c in counts
                    if c.start > count.start
                )
                # "... had killed four people and wounded seven": the people said before
                and not (
                    count.noun is None
                    and any(
                        _people_noun(c, sentence) and st == "unknown" for c, _, st in taken[:-1]
                    )
                )
            ):
                status = "military"  # "the defence ministry admitted one dead": its soldiers
            evidence = Span(start=_with_dateline(sentence, dateline), end=sentence.end_char)
            qualifier = count.qualifier
            if qualifier == "exact":
                qualifier = _trailing_qualifier(count, trigger, sentence) or qualifier
            claim = Claim(
                id="",
                article_id=article.id,
                evidence=evidence,
                category=trigger.category,
                count=_ordinal_value(count, trigger.category, drafts, sentence.doc),
                qualifier=qualifier,
                party=party,
                status=status,
                claimant=claimant,
                claimant_side=side,
                scope=scope,
                stated_on=article.published,
                denied_by=denial[0] if denial is not None else "",
            )
            previous_drafts.append(len(drafts))
            if speaker is not None:
                figure_speaker = speaker
            drafts.append(
                Draft(
                    claim,
                    headline=_is_headline(sentence, article),
                    additional=_adds_to_earlier(count, sentence),
                    relayed=speaker is not None and speaker.press,
                    guessed=reading.guessed,
                    fighters=reading.fighters,
                    figure_at=count.number_start,
                    definite=(
                        count.start > sentence.start
                        and count.noun is not None
                        and sentence.doc[count.start - 1].lower_ == "the"
                        and not breakdowns[id(count)]
                    )
                    # "the driver died": one already counted, if counted before
                    or (count.implicit and sentence.doc[count.start].lower_ == "the"),
                )
            )
            parts_here.append(breakdowns[id(count)])
        _total_of_both_sides(drafts, previous_drafts, parts_here)
    drafts = _named_after(drafts, speakers_seen, media=media, actors=actors)
    settled = settle_open_parties(
        [d.claim for d in drafts],
        [("groups" if d.fighters else d.guessed) for d in drafts],
    )
    drafts = [
        # a party another figure of the article settled is no longer a guess
        replace(d, claim=replace(c, party_guessed=d.guessed and c.party == d.claim.party))
        for d, c in zip(drafts, settled, strict=True)
    ]
    claims = finish_sides(merge_repeats(drafts), actors)
    return [_with_id(replace_claim(c, claimant=as_label(c.claimant))) for c in claims]


# An organisation a story names by its kind before it gives its name: "a war monitor
# said", "a rights group said".
UNNAMED_ORGANISATION = re.compile(
    r"(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?(?:monitor|watchdog|rights group|ngo|charity)",
    re.IGNORECASE,
)
# How far on (in tokens) the name may come: the next sentence or two.
NAMED_AFTER_TOKENS = 80


def _named_after(
    drafts: list[Draft], seen: list[Attribution], *, media: str, actors: ArticleActors
) -> list[Draft]:
    """`The toll rose to 1,018, a war monitor said. The Syrian Observatory for Human Rights
    said most were civilians`: an organisation first called by its kind is the one the
    story names right after, and its figures are that organisation's."""
    out = []
    for draft in drafts:
        claim = draft.claim
        at = draft.figure_at
        if (
            at is None
            or claim.claimant_side != "third_party"
            or not UNNAMED_ORGANISATION.fullmatch(claim.claimant.strip())
        ):
            out.append(draft)
            continue
        named = next(
            (
                a
                for a in seen
                if at < a.token <= at + NAMED_AFTER_TOKENS
                and a.international
                and not a.press
                and not UNNAMED_ORGANISATION.fullmatch(a.name.strip())
                and any(w[:1].isupper() for w in a.name.split()[1:])
            ),
            None,
        )
        if named is None:
            out.append(draft)
            continue
        name, side = _claimant(named, party=claim.party, media=media, actors=actors)
        out.append(replace(draft, claim=replace_claim(claim, claimant=name, claimant_side=side)))
    return out


def _total_of_both_sides(drafts: list[Draft], here: list[int], parts: list[bool]) -> None:
    """`nine dead: five Kyrgyz soldiers and a shepherd on one side, three Kazakh servicemen
    on the other`: a figure whose side was only guessed, broken down in its own sentence
    into figures of two different sides, is a total over both."""
    # backwards, once: the sides of each fate among the parts that follow a figure
    sides: dict[str, set[str]] = {}
    for k in range(len(here) - 1, -1, -1):
        index = here[k]
        total = drafts[index]
        claim = total.claim
        if parts[k]:
            # (fighters: "including two French citizens and four Japanese" are foreigners
            # among the victims, not sides)
            if claim.party not in ("unknown", "both") and claim.status == "military":
                sides.setdefault(claim.category, set()).add(claim.party)
            continue
        found, sides = sides.get(claim.category, set()), {}
        if total.guessed and len(found) >= 2:
            drafts[index] = replace(
                total, claim=replace_claim(total.claim, party="both"), guessed=False
            )


def _claimant(
    speaker: Attribution | None, *, party: str, media: str, actors: ArticleActors
) -> tuple[str, str]:
    """Claimant and side: the outlet's own voice when nobody is named; a country's or
    group's own speaker speaks for it, and so does a person the article named with it;
    an unnamed local source (police, hospital, witnesses) for the country the people
    belong to; an international body for nobody."""
    if speaker is None or (
        # the outlet named as the speaker: a word of the name, not letters inside one
        # ("EFE" is no part of "Defence")
        media != "media"
        and re.search(rf"\b{re.escape(media.lower())}\b", speaker.name.lower()) is not None
    ):
        state = state_outlet(media)
        if state is not None:
            return media, state.name  # a state's own outlet speaks for its state
        return media, "media"  # the outlet's own voice, or its own tally
    if speaker.press:
        return speaker.name, "media"  # another outlet or a channel passing the figure on
    if speaker.actor is not None:
        # a group that rules a state speaks for it ("the Taliban said" is Afghanistan)
        owner = state_ruled_by(speaker.actor) or speaker.actor
        if party != owner.name and outside_the_fight(owner, actors):
            # "China's foreign ministry said 38 were killed on both sides": a foreign
            # government speaks as a third party
            return speaker.name, "third_party"
        return speaker.name, owner.name
    known = actors.person(speaker.name) if not speaker.international else None
    if known is not None:
        # "Ukrainian President Volodymyr Zelenskiy visited ... , Zelenskiy said"
        return speaker.name, (state_ruled_by(known) or known).name
    if ARMED_GROUP_SPEAKER.search(speaker.name) and not speaker.international:
        # "a local resistance group said": an armed group no table names speaks for no state
        return speaker.name, "third_party"
    land = actors.place
    if (
        not speaker.international
        and land is not None
        and land.kind == "country"
        and party != "both"
        and party != land.name
    ):
        # "a security source said seven of the dead were foreign workers", "... two Chinese
        # nationals": an unnamed local source speaks for the land it happened in, not for
        # foreigners among the dead
        return speaker.name, land.name
    if speaker.international or party in ("both", "unknown") or actor_named(party) is None:
        return speaker.name, "third_party"
    named = actor_named(party)
    return speaker.name, party if named is not None and named.kind == "country" else "third_party"


# How badly some of the hurt are: "three wounded, one seriously" names a part by it.
CONDITIONS = frozenset(
    {"seriously", "critically", "severely", "gravely", "badly", "lightly", "slightly",
     "moderately", "mortally"}
)  # fmt: skip


def _by_condition(count: Count, sentence: SpacySpan, taken: list) -> bool:
    """`three people were wounded, one seriously`: a bare figure set off after another,
    told only by how badly they are hurt, is a part of it, no claim of its own."""
    doc = sentence.doc
    if count.noun is not None or not taken or count.end >= sentence.end:
        return False
    at = count.end
    if [t.lower_ for t in doc[at : min(sentence.end, at + 2)]] in (["of", "them"], ["of", "whom"]):
        at += 2  # "11 officers were injured, two of them seriously"
    if at >= sentence.end:
        return False
    after = doc[at]
    before = doc[count.start - 1] if count.start > sentence.start else None
    return (
        after.lower_ in CONDITIONS
        and before is not None
        and before.text in (",", "(", "—", "–")
        and (at + 1 >= sentence.end or doc[at + 1].is_punct or doc[at + 1].lower_ == "and")
    )


# Verbs of courts and charges: the people they take are accused, not victims.
JUSTICE_VERBS = frozenset(
    {"convict", "sentence", "charge", "indict", "prosecute", "acquit", "jail", "imprison",
     "court-martial", "try"}
)  # fmt: skip


def _lead_names_no_land(every_sentence: list[SpacySpan], dateline: Dateline | None) -> bool:
    """Whether the sentence a dateline opens names no land, no armed group and no place
    beside the dateline's own: the story is where it was filed."""
    if dateline is None:
        return False
    lead = next((s for s in every_sentence if s.end_char > dateline.end), None)
    if lead is None or lead.start_char > dateline.end + 2:
        return False
    text = lead.doc.text[dateline.end : lead.end_char]
    return not find_actors(text) and not any(
        e.label_ in ("GPE", "LOC") and e.start_char >= dateline.end for e in lead.ents
    )


def _with_dateline(sentence: SpacySpan, dateline: Dateline | None) -> int:
    """Where a sentence's evidence starts: at the dateline that opens it ("BISHKEK, Sept
    16 (Reuters) - Fighting ... killed 24"), though it is parsed apart."""
    if dateline is not None and dateline.end <= sentence.start_char <= dateline.end + 2:
        return dateline.start
    return sentence.start_char


def _in_a_name(trigger: Trigger, sentence: SpacySpan) -> bool:
    """`the Missing Persons Institute`, `the Martyrs Brigade`: a fate word capitalised
    inside a body's name names the body, it befalls no one."""
    token = sentence.doc[trigger.start]
    return (
        token.ent_type_ in ("ORG", "FAC")
        and token.text[:1].isupper()
        and token.i > sentence.start
        and token.ent_iob_ != "O"
        and any(t.text[:1].isupper() for t in token.doc[token.i + 1 : token.i + 2])
    )


# Nouns that tell people apart by sex alone: a part of fighters so told are fighters.
BY_SEX = frozenset({"woman", "women", "man", "men", "female", "male"})


def _fighters_by_sex(
    count: Count, trigger: Trigger, taken: list[tuple[Count, Trigger, str]], sentence: SpacySpan
) -> bool:
    """`Six Naxalites, four of them women`, `nine guerrillas, including five women`: a part
    of fighters told by sex is no claim of civilians."""
    if count.noun is None or sentence.doc[count.noun].lemma_.lower() not in BY_SEX:
        return False
    return any(st == "military" and t.category == trigger.category for _, t, st in taken)


def _victims_own_forces(speaker: Attribution, party: str, sentence: SpacySpan) -> Attribution:
    """`Indian shelling killed four Pakistani civilians, the military said`: a force no word
    names, taken for the one that struck, tells of the civilians the other side lost: it
    is theirs."""
    struck = speaker.actor
    victims = actor_named(party)
    if (
        struck is None
        or struck.kind != "country"
        or victims is None
        or victims.kind != "country"
        or victims == struck
        or speaker.phrase is None
        or not any(speaker.name.endswith(f" {force}") for force in UNNAMED_FORCES)
        or struck.name not in hostile_in(sentence)
    ):
        return speaker
    phrase = sentence.doc[speaker.phrase[0] : speaker.phrase[1]].text
    if find_actors(phrase):
        return speaker  # "the Indian army said": named
    return replace(speaker, name=speaker.name.replace(struck.name, victims.name, 1), actor=victims)


def _the_doers(count: Count, trigger: Trigger, sentence: SpacySpan) -> bool:
    """`the gunmen were shot dead by two off-duty soldiers and a civilian`: people in a
    passive verb's `by` phrase did it; nothing befell them (but `killed by snipers and 11
    wounded`: a bare figure with its own fate right after it is more of the victims)."""
    if count.noun is None and trigger.start == count.end:
        return False
    head = count.head(sentence.doc)
    for _ in range(6):
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def _tried(count: Count, sentence: SpacySpan) -> bool:
    """`convicted 11 soldiers over the killing of civilians`, `three militia leaders were
    charged with murder`: people taken by a court's verb are the accused."""
    counted = count.head(sentence.doc)
    return (
        counted.dep_ in ("dobj", "nsubjpass")
        and counted.head.lemma_.lower() in JUSTICE_VERBS
        and counted.head.pos_ == "VERB"
    )


def _ordinal_value(count: Count, category: str, earlier: list[Draft], doc: Doc) -> int:
    """`a fourth soldier had also died`, after three dead, is the running total, 4; `a
    third soldier was wounded`, after two dead, is one more person, 1."""
    after = doc[count.number_start + 1] if count.number_start + 1 < len(doc) else None
    ordinal = (
        doc[count.number_start].lower_ in ("a", "an")
        and after is not None
        and ORDINALS.get(after.lower_) == count.value
    )
    if not ordinal:
        return count.value
    if any(d.claim.category == category and d.claim.count == count.value - 1 for d in earlier):
        return count.value
    return 1


def _latest_year(text: str) -> int | None:
    """With no publication date, the latest year the article names stands in for it; when
    its headline and lead name no year, a story of the day names years only for what went
    before ("Soleimani was killed on January 3, 2020"), so its own is a later one."""
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return None
    latest = max(years)
    # (a year named again and again is the story's own: "Since March 2025 ... On 4 March 2025")
    told_once = years.count(latest) == 1
    return latest + (1 if told_once and not YEAR.search(_lead(text)) else 0)


def _lead(text: str) -> str:
    """The headline and the first sentence after it."""
    headline, _, body = text.strip().partition("\n")
    first = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    return f"{headline}\n{first}"[:UNDATED_LEAD_CHARS]


def _implicit_ok(
    count: Count,
    trigger: Trigger,
    sentence: SpacySpan,
    *,
    counts: list[Count],
    chosen: list[Trigger | None],
) -> bool:
    """An implicit one counts only when the fate is said of that very noun or pronoun."""
    doc = sentence.doc
    subject = doc[count.noun] if count.noun is not None else doc[count.start]
    if subject.ent_type_ == "PERSON":
        return True  # named victims are paired with their fate by _named_victims
    if (
        subject.dep_ == "pobj"
        and subject.head.lower_ == "of"
        and subject.head.head.i == count.start
    ):
        subject = doc[count.start]  # "another of the residents": the fate is said of "another"
    fate = doc[trigger.start]
    if doers_own_fate(subject, [trigger]) is trigger:
        return True  # "a gunman killed five before being shot dead": what befell the doer
    if subject.dep_ == "nsubj" and subject.head.i == fate.i and _does_to_others(fate):
        return False  # "a suicide bomber killed 20 worshippers": who struck, not who fell
    if (
        subject.dep_ == "nsubj"
        and fate.head.i == subject.head.i
        and (
            (fate.dep_ in ("advcl", "conj", "xcomp") and _does_to_others(fate))
            # "a suicide bomber attacked a funeral" (not "a villager suffered wounds")
            or (fate.dep_ == "dobj" and fate.head.lemma_.lower() not in BEFALLING)
        )
    ):
        return False  # "a suicide bomber attacked a funeral, killing 12": the doer's deed
    if subject.head.i == fate.i or fate.head.i == subject.i:
        return True
    if (
        subject.dep_ == "nsubj"
        and fate.dep_ == "dobj"
        and fate.head.i == subject.head.i
        and fate.head.lemma_.lower() in BEFALLING
    ):
        return True  # "a serviceman sustained a gunshot wound": what befell the subject
    if (
        subject.dep_ in ("nsubj", "nsubjpass")
        and fate.dep_ == "conj"
        and fate.head.i == subject.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in fate.children)
        and not _does_to_others(fate)
    ):
        return True  # "a villager was shot and wounded": the subject's second verb
    if (
        subject.dep_ == "nsubj"
        and subject.head.dep_ in ("csubj", "csubjpass")
        and subject.head.head.i == fate.i
    ):
        return True  # "an engineer working for a company had been kidnapped" (the parser's)
    if (
        subject.dep_ in ("nsubj", "nsubjpass")
        and fate.dep_ in ("oprd", "acomp")
        and fate.head.i == subject.head.i
    ):
        return True  # "a farmer, 52, was shot dead": the subject's verb says its fate
    if (
        subject.dep_ == "dobj"
        and fate.dep_ in ("advmod", "oprd", "acomp")
        and fate.head.i == subject.head.i
        and fate.lower_ in ("dead", "wounded", "injured")
        # right before the object ("shot dead a chief") or right after it ("shot a man
        # dead"), not another's ("left a soldier homeless and 12 people dead")
        and (fate.i < subject.left_edge.i or fate.i == subject.right_edge.i + 1)
        and not any(c.dep_ == "conj" for c in subject.children)
    ):
        return True  # "gunmen shot dead a village chief": the object's fate on its verb
    listed = first_of_a_listing(subject)
    if listed.dep_ == "pobj" and is_companion(listed.head):
        return companion_verb(listed.head).i == fate.i  # "killed along with his wife"
    above = subject
    for _ in range(6):
        if above.dep_ not in ("conj", "appos", "compound") or above.head.i == above.i:
            break
        above = above.head
    verb = above.head if above.dep_ in ("conj", "dobj") else above
    if (
        verb.pos_ in ("VERB", "AUX")
        and fate.head.i == verb.i
        and fate.dep_ in ("oprd", "acomp", "xcomp")
        # not "left a soldier homeless and 12 people dead"
        and not any(
            min(subject.i, fate.i) < t.i < max(subject.i, fate.i)
            and t.dep_ in ("oprd", "acomp", "xcomp", "dobj")
            for t in verb.children
        )
        and not any(c.dep_ == "amod" and c.i > subject.i for c in subject.children)
    ):
        # "left a soldier dead"; "left 25 soldiers dead, as well as a crewman", however the
        # parser hangs the crewman on the verb
        return True
    if listed.i != subject.i and any(
        fate_of == trigger and not other.implicit and other.noun == listed.i
        for other, fate_of in zip(counts, chosen, strict=True)
    ):
        return True  # "the dead included two brothers and their cousin": listed with a figure
    if subject.head.lower_ == "of" and subject.head.head.i == fate.i:
        return True  # "the death of a resident"
    first = first_of_a_list(subject)  # "including a police officer and a 12-year-old girl"
    if first.head.lower_ in ("including", "among") and count.status in ("civilian", "military"):
        return True  # "killed seven people, including a 12-year-old boy": a breakdown
    listed = subject
    for _ in range(3):
        # "a major-general, six servicemen and a civilian were killed": one of a list
        if listed.dep_ not in ("conj", "appos", "amod", "compound") or listed.head.i == listed.i:
            break
        listed = listed.head
        if listed.head.i == fate.i and listed.dep_ in ("nsubjpass", "nsubj", "dobj", "attr"):
            return True
    among = fate.head if fate.dep_ in ("acl", "relcl") and fate.head.dep_ == "pobj" else fate
    if (
        among.dep_ == "pobj"
        and among.head.lower_ == "among"
        and listed.dep_ in ("nsubj", "attr")
        and among.head.head.i == listed.head.i
    ):
        # "among the dead were a UN crew member, an army general and ...", "a soldier
        # was among those killed"
        return True
    # right before its fate ("a soldier killed", a headline's), unless the person stands
    # in another's phrase ("gunmen loyal to a former commander killed 70 people")
    return (
        abs(trigger.start - (count.noun or count.start)) <= 3
        and trigger.start > count.start
        and not (subject.dep_ == "pobj" and subject.head.lower_ != "of")
    )


def _victim_name(count: Count, sentence: SpacySpan) -> str:
    """The surname of a named victim (`Fuad Shukr` and a later `Shukr`), else ""."""
    if not count.implicit or count.noun is None:
        return ""
    head = sentence.doc[count.noun]
    return head.text if head.ent_type_ == "PERSON" else ""


def _antecedent(
    count: Count,
    sentence: SpacySpan,
    prior_figure: Antecedent | None,
    prior_sentence: SpacySpan | None,
) -> Antecedent | None:
    """Whom a count goes on about: for `two others`, the last people named before it in
    its own sentence ("killing dozens of soldiers and capturing 17 others"), else the
    previous sentence's last figure or people; for any other count, that last figure."""
    if not points_back(count, sentence):
        return prior_figure
    inside = people_named(sentence, before=count.start)
    if inside is not None:
        return inside
    if prior_figure is not None:
        return prior_figure
    return people_named(prior_sentence) if prior_sentence is not None else None


def _listed_before(
    count: Count,
    trigger: Trigger,
    counts: list[Count],
    chosen: list[Trigger | None],
    sentence: SpacySpan,
) -> bool:
    """`an Azerbaijani major-general, six servicemen and a civilian were killed`: an
    implicit one listed (a comma or `and` away) before a figure of the same fate."""
    doc = sentence.doc
    end = (count.noun if count.noun is not None else count.start) + 1
    for other, fate in zip(counts, chosen, strict=True):
        if other.implicit or fate != trigger or other.start < end:
            continue
        between = [t.lower_ for t in doc[end : other.start]]
        return len(between) <= 2 and all(w in (",", "and") for w in between)
    return False


def _listed_with_status(
    count: Count, counts: list[Count], chosen: list[Trigger | None], sentence: SpacySpan
) -> bool:
    """Another part of the count's list, of the same fate, that does set a status."""
    doc = sentence.doc
    if count.noun is None:
        return False
    mine = {t.i for t in doc[count.noun].conjuncts} | {count.noun}
    fate = chosen[counts.index(count)]
    return any(
        other.noun in mine
        and other is not count
        and trigger == fate
        and other.status in ("civilian", "military")
        for other, trigger in zip(counts, chosen, strict=True)
    )


def _trailing_qualifier(count: Count, trigger: Trigger, sentence: SpacySpan) -> str | None:
    """A qualifier after the figure (`20 or more`) or closing its clause after the fate
    (`two others were taken prisoner at least.`)."""
    doc = sentence.doc
    for start in (count.end, trigger.end):
        words = [t.lower_ for t in doc[start : min(sentence.end, start + 3)]]
        qualifier = qualifier_after(words)
        if qualifier is not None and (start == count.end or trigger.start > count.start):
            return qualifier
    return None


def _adds_to_earlier(count: Count, sentence: SpacySpan) -> bool:
    """`another soldier`, `a further five`, `an additional ten`, `two were also killed`:
    people beyond those counted before, not a restatement of them (`five more` points
    back instead: `points_back`)."""
    doc = sentence.doc
    words = {t.lower_ for t in doc[max(sentence.start, count.start - 1) : count.end + 1]}
    if words & {"another", "further", "additional"}:
        return True
    if count.end < sentence.end and doc[count.end].lower_ in ("more", "others"):
        return True  # "three confirmed dead and three more believed killed": six
    counted = count.head(doc)
    verb = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in verb.children
    )


def _is_headline(sentence: SpacySpan, article: Article) -> bool:
    """The sentence is the article's title, repeated at the top of the text, or anywhere
    as a line of its own (after a photo caption, say)."""
    title = article.title
    if not title:
        return False
    said = " ".join(sentence.text.split())
    if said and said in " ".join(title.split()) and sentence.start_char < len(title) + 40:
        return True  # a part of a title the parser cut in two ("Troops clash; 12 dead")
    if title.strip()[:40] not in sentence.text:
        return False
    return sentence.start_char < len(title) + 40 or (
        " ".join(sentence.text.split()) == " ".join(title.split())
    )


def _with_id(claim: Claim) -> Claim:
    key = "|".join(
        str(v)
        for v in (
            claim.article_id,
            claim.evidence.start,
            claim.evidence.end,
            claim.category,
            claim.count,
            claim.party,
            claim.status,
            claim.claimant,
        )
    )
    return replace_claim(claim, id=hashlib.sha256(key.encode()).hexdigest()[:16])
