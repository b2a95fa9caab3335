"""Indonesian question vocabulary, read from data/vocabulary.yaml and validated on import.

Informal forms, phrases, lemmas and the word lists of asking live in that file (one place to
add a word); this module checks them (pydantic) and exposes them as constants. Names of
awards, organisations, people, categories and places are NOT here: they come from the
knowledge base, so that a word neither explains (cuaca, liga, presiden) marks a question
about something else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError

DATA = Path(__file__).with_name("data")


Checked = TypeVar("Checked", bound=BaseModel)


class VocabularyError(ValueError):
    """A vocabulary data file is malformed (the message names the file and the entry)."""


def _words(value: object) -> object:
    return frozenset(value.split()) if isinstance(value, str) else value


def _lower(words: frozenset[str]) -> frozenset[str]:
    wrong = sorted(w for w in words if w != w.casefold())
    if wrong:
        raise ValueError(f"words must be lower case: {', '.join(wrong)}")
    return words


WordList = Annotated[frozenset[str], BeforeValidator(_words), AfterValidator(_lower)]


def _lower_keys(mapping: dict[str, str]) -> dict[str, str]:
    wrong = sorted(k for k in mapping if k != k.casefold() or not k.strip())
    if wrong:
        raise ValueError(f"entries must be lower-case words: {', '.join(wrong)}")
    return mapping


Mapping = Annotated[dict[str, str], AfterValidator(_lower_keys)]


class Vocabulary(BaseModel):
    """The contents of data/vocabulary.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    informal: Mapping
    phrases: Mapping
    lemmas: Mapping
    fillers: WordList
    question_words: WordList
    detail_words: WordList
    greetings: WordList
    thanks: WordList
    greeting_cues: WordList
    help: WordList
    places: tuple[str, ...]
    institutions: tuple[str, ...]
    now_words: WordList
    day_names: WordList
    role_modifiers: WordList
    head_nouns: WordList
    past_words: WordList
    holding_words: WordList
    counted_nouns: WordList
    follow_up_markers: WordList
    also_words: WordList
    there_words: WordList
    other_words: WordList
    within_links: WordList
    within_fillers: WordList
    passage_stopwords: WordList
    rank_nouns: WordList
    count_noun_exceptions: WordList
    place_nouns: WordList
    when_nouns: WordList
    parts_of_day: WordList
    yes_no_cues: WordList
    yes_no_tails: WordList
    check_leads: WordList
    kind_check_words: WordList
    position_nouns: WordList
    aside_leads: WordList
    looks_words: WordList
    trophy_words: WordList
    result_words: WordList
    award_title_words: WordList
    institution_kinds: WordList
    only_words: WordList
    address_words: WordList
    purpose_nouns: WordList
    aim_words: WordList
    gap_words: WordList
    list_leads: WordList
    work_words: WordList
    how_many_words: WordList
    shortfall_words: WordList
    negations: WordList
    losing_words: WordList
    won_words: WordList
    score_words: WordList
    defining_words: WordList
    definition_words: WordList
    action_words: WordList
    saying_words: WordList
    generic_words: WordList
    continuations: tuple[str, ...]
    order_words: dict[str, Literal["earlier", "later"]]
    relative_years: dict[str, int]
    year_windows: dict[str, Literal["before", "after", "since"]]
    focus_cues: dict[str, WordList]
    about_words: WordList
    giving_words: WordList
    organiser_cues: WordList
    attending_words: WordList
    receiving_words: WordList
    role_check_words: WordList
    check_tails: WordList
    each_words: WordList
    whole_list_words: WordList
    event_nouns: WordList
    text_nouns: WordList
    both_words: WordList
    self_words: WordList
    kin_self_words: WordList
    doubt_words: WordList
    else_words: WordList
    comparing_words: WordList
    request_words: WordList
    demand_words: WordList
    verdict_words: WordList
    hoax_words: WordList
    false_words: WordList
    bet_words: WordList
    writing_verbs: WordList
    writing_nouns: WordList
    final_rank_words: WordList
    event_verbs: WordList
    venue_nouns: WordList
    relative_times: WordList
    time_nouns: WordList
    higher_words: WordList
    story_breaks: WordList
    hearsay_leads: WordList
    hearsay_reports: WordList
    hearsay_verbs: WordList
    hearsay_words: WordList
    mention_words: WordList
    credit_words: WordList
    journalist_words: WordList
    times_of_day: WordList
    claim_leads: WordList
    relayers: WordList
    relay_verbs: WordList
    office_self_words: WordList
    companion_links: WordList
    challenge_words: WordList
    challenge_tails: WordList
    said_it_words: WordList
    pronouns: WordList
    relative_ranks: dict[str, int]
    letter_names: dict[str, WordList]
    top_words: WordList
    ranked_kinds: WordList
    count_breaks: WordList
    citing_nouns: WordList
    abbreviation_words: WordList
    truth_words: WordList
    opinion_words: WordList
    supposing_words: WordList
    check_words: WordList
    conferring_verbs: WordList
    next_words: WordList
    blank_words: dict[str, str]


class _UniqueKeys(yaml.SafeLoader):
    """A YAML reader that refuses an entry written twice (the later would silently win)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_data(path: Path) -> object:
    """A data file's contents, entries written twice refused."""
    reader = _UniqueKeys(path.read_text(encoding="utf-8"))  # a SafeLoader: plain data only
    try:
        return reader.get_single_data()
    finally:
        reader.dispose()


def load_data(path: Path, model: type[Checked]) -> Checked:
    """Read a data file and check it against `model`; VocabularyError names what is wrong."""
    try:
        return model.model_validate(read_data(path))
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(f"{path}: cannot read: {error}") from None
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                             for e in error.errors(include_url=False))
        raise VocabularyError(f"{path}: {problems}") from None


def load_vocabulary(path: Path = DATA / "vocabulary.yaml") -> Vocabulary:
    """Read and check a vocabulary file; VocabularyError names what is wrong."""
    return load_data(path, Vocabulary)


VOCABULARY = load_vocabulary()

INFORMAL = VOCABULARY.informal
PHRASES = {tuple(k.split()): tuple(v.split()) for k, v in VOCABULARY.phrases.items()}
LEMMAS = VOCABULARY.lemmas
FILLERS = VOCABULARY.fillers
QUESTION_WORDS = VOCABULARY.question_words
DETAIL_WORDS = VOCABULARY.detail_words
GREETINGS = VOCABULARY.greetings
THANKS = VOCABULARY.thanks
GREETING_CUES = VOCABULARY.greeting_cues
HELP = VOCABULARY.help
PLACES = VOCABULARY.places
INSTITUTIONS = VOCABULARY.institutions
NOW_WORDS = VOCABULARY.now_words
DAY_NAMES = VOCABULARY.day_names
ROLE_MODIFIERS = VOCABULARY.role_modifiers
HEAD_NOUNS = VOCABULARY.head_nouns
PAST_WORDS = VOCABULARY.past_words
HOLDING_WORDS = VOCABULARY.holding_words
COUNTED_NOUNS = VOCABULARY.counted_nouns
FOLLOW_UP_MARKERS = VOCABULARY.follow_up_markers
ALSO_WORDS = VOCABULARY.also_words
THERE_WORDS = VOCABULARY.there_words
OTHER_WORDS = VOCABULARY.other_words
WITHIN_LINKS = VOCABULARY.within_links
WITHIN_FILLERS = VOCABULARY.within_fillers
PASSAGE_STOPWORDS = VOCABULARY.passage_stopwords
CONTINUATIONS = VOCABULARY.continuations
ORDER_WORDS = VOCABULARY.order_words
RELATIVE_YEARS = VOCABULARY.relative_years
YEAR_WINDOWS = VOCABULARY.year_windows
FOCUS_CUES = VOCABULARY.focus_cues
ABOUT_WORDS = VOCABULARY.about_words
GIVING_WORDS = VOCABULARY.giving_words
ORGANISER_CUES = VOCABULARY.organiser_cues
ATTENDING_WORDS = VOCABULARY.attending_words
RECEIVING_WORDS = VOCABULARY.receiving_words
ROLE_CHECK_WORDS = VOCABULARY.role_check_words
CHECK_TAILS = VOCABULARY.check_tails
EACH_WORDS = VOCABULARY.each_words
WHOLE_LIST_WORDS = VOCABULARY.whole_list_words
EVENT_NOUNS = VOCABULARY.event_nouns
TEXT_NOUNS = VOCABULARY.text_nouns
BOTH_WORDS = VOCABULARY.both_words
SELF_WORDS = VOCABULARY.self_words
KIN_SELF_WORDS = VOCABULARY.kin_self_words
DOUBT_WORDS = VOCABULARY.doubt_words
ELSE_WORDS = VOCABULARY.else_words
COMPARING_WORDS = VOCABULARY.comparing_words
REQUEST_WORDS = VOCABULARY.request_words
DEMAND_WORDS = VOCABULARY.demand_words
VERDICT_WORDS = VOCABULARY.verdict_words
HOAX_WORDS = VOCABULARY.hoax_words
FALSE_WORDS = VOCABULARY.false_words
BET_WORDS = VOCABULARY.bet_words
WRITING_VERBS = VOCABULARY.writing_verbs
WRITING_NOUNS = VOCABULARY.writing_nouns
FINAL_RANK_WORDS = VOCABULARY.final_rank_words
EVENT_VERBS = VOCABULARY.event_verbs
VENUE_NOUNS = VOCABULARY.venue_nouns
RELATIVE_TIMES = VOCABULARY.relative_times
TIME_NOUNS = VOCABULARY.time_nouns
HIGHER_WORDS = VOCABULARY.higher_words
STORY_BREAKS = VOCABULARY.story_breaks
HEARSAY_LEADS = VOCABULARY.hearsay_leads
HEARSAY_REPORTS = VOCABULARY.hearsay_reports
HEARSAY_VERBS = VOCABULARY.hearsay_verbs
HEARSAY_WORDS = VOCABULARY.hearsay_words
MENTION_WORDS = VOCABULARY.mention_words
CREDIT_WORDS = VOCABULARY.credit_words
JOURNALIST_WORDS = VOCABULARY.journalist_words
TIMES_OF_DAY = VOCABULARY.times_of_day
CLAIM_LEADS = VOCABULARY.claim_leads
OFFICE_SELF_WORDS = VOCABULARY.office_self_words
RELAYERS = VOCABULARY.relayers
RELAY_VERBS = VOCABULARY.relay_verbs
COMPANION_LINKS = VOCABULARY.companion_links
SAID_IT_WORDS = VOCABULARY.said_it_words
CHALLENGE_WORDS = VOCABULARY.challenge_words
CHALLENGE_TAILS = VOCABULARY.challenge_tails
LETTER_NAMES = VOCABULARY.letter_names
TOP_WORDS = VOCABULARY.top_words
RANKED_KINDS = VOCABULARY.ranked_kinds
COUNT_BREAKS = VOCABULARY.count_breaks
CITING_NOUNS = VOCABULARY.citing_nouns
ABBREVIATION_WORDS = VOCABULARY.abbreviation_words
TRUTH_WORDS = VOCABULARY.truth_words
OPINION_WORDS = VOCABULARY.opinion_words
SUPPOSING_WORDS = VOCABULARY.supposing_words
RANK_NOUNS = VOCABULARY.rank_nouns
COUNT_NOUN_EXCEPTIONS = VOCABULARY.count_noun_exceptions
PLACE_NOUNS = VOCABULARY.place_nouns
WHEN_NOUNS = VOCABULARY.when_nouns
PARTS_OF_DAY = VOCABULARY.parts_of_day
YES_NO_CUES = VOCABULARY.yes_no_cues
YES_NO_TAILS = VOCABULARY.yes_no_tails
CHECK_LEADS = VOCABULARY.check_leads
KIND_CHECK_WORDS = VOCABULARY.kind_check_words
POSITION_NOUNS = VOCABULARY.position_nouns
ASIDE_LEADS = VOCABULARY.aside_leads
LOOKS_WORDS = VOCABULARY.looks_words
TROPHY_WORDS = VOCABULARY.trophy_words
RESULT_WORDS = VOCABULARY.result_words
AWARD_TITLE_WORDS = VOCABULARY.award_title_words
INSTITUTION_KINDS = VOCABULARY.institution_kinds
ONLY_WORDS = VOCABULARY.only_words
ADDRESS_WORDS = VOCABULARY.address_words
PURPOSE_NOUNS = VOCABULARY.purpose_nouns
AIM_WORDS = VOCABULARY.aim_words
GAP_WORDS = VOCABULARY.gap_words
LIST_LEADS = VOCABULARY.list_leads
WORK_WORDS = VOCABULARY.work_words
HOW_MANY_WORDS = VOCABULARY.how_many_words
SHORTFALL_WORDS = VOCABULARY.shortfall_words
NEGATIONS = VOCABULARY.negations
LOSING_WORDS = VOCABULARY.losing_words
WON_WORDS = VOCABULARY.won_words
SCORE_WORDS = VOCABULARY.score_words
DEFINING_WORDS = VOCABULARY.defining_words
DEFINITION_WORDS = VOCABULARY.definition_words
ACTION_WORDS = VOCABULARY.action_words
SAYING_WORDS = VOCABULARY.saying_words
TELLING_WORDS = SAYING_WORDS | {"menurut", "disebut"}  # "menurut X …", "… yang disebut X"
GENERIC_WORDS = VOCABULARY.generic_words
PRONOUNS = VOCABULARY.pronouns
RELATIVE_RANKS = VOCABULARY.relative_ranks
CHECK_WORDS = VOCABULARY.check_words
CONFERRING_VERBS = VOCABULARY.conferring_verbs
NEXT_WORDS = VOCABULARY.next_words
BLANK_WORDS = VOCABULARY.blank_words
