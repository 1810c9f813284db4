"""The word lists of the extraction families, each read here once from its family's folder
under ``kg/data/lexicon/`` (the knowledge is data: a new verb or title word goes in its
file, not in code); the lists NLP reads too come through ``kg.lexicon.lexicon()``.

Regular expressions that are structure (where a name stands, what follows it) stay in
the families' code and are built from these lists with ``kg.lexicon.alternation_of``.
"""

from __future__ import annotations

from kg.lexicon import alternation_of, lexicon, table, words
from kg.nlp.addresses import UNION_WORD  # (the organ word a union's name ends in, and a bare union)


def _column(name: str, kind: str, col: int = 1) -> tuple[str, ...]:
    """The words of a table whose column ``col`` (a comma-separated list) holds ``kind``."""
    return tuple(row[0] for row in table(name) if len(row) > col and kind in row[col].split(","))


# titles of a unit's head that are offices only at the unit itself (项目经理: a 项目经理部's)
UNIT_HEAD_TITLES = {title: tuple(ends.split(",")) for title, ends in table("posts/unit_head_titles.tsv", header=True)}
COMPANY_WORD = "公司"  # the word a page names its own company again by (公司工会, 公司技术部部长)
# the endings of an area's union after its name or level word (某区总工会, 乡工会), longest first
AREA_UNION_ENDINGS = ("总" + UNION_WORD, UNION_WORD)
AREA_INSTITUTIONS = words("bodies/area_institutions.txt")  # 某县困难职工帮扶中心: the area's own
# a community's or village's own committee (某社区居委会, 某村村民委员会), short and full
RESIDENTS_COMMITTEES = tuple(w for row in table("bodies/residents_committees.tsv", header=True) for w in row[:2])
ATTEND_VERBS = words("participants/attend_verbs.txt")
BEHALF_WORDS = words("participants/behalf_words.txt")
INVITE_VERBS = words("participants/invite_verbs.txt")
GIVING_TO_VERBS = words("participants/giving_verbs.txt")
TOGETHER_WORDS = words("participants/together_words.txt")
SERVING_VERBS = words("participants/serving_verbs.txt")
NAME_PROFESSIONS = words("participants/name_professions.txt")  # A律师为…讲解
SPEAKING_VERBS = words("participants/speaking_verbs.txt")
TALK_WORDS = words("participants/talk_words.txt")
VOICING_VERBS = words("participants/voicing_verbs.txt")
WATCHING_VERBS = words("participants/watching_verbs.txt")
PANEL_WORDS = words("participants/panel_words.txt")
PARTY_MEMBERS = _column("participants/party_roles.tsv", "member")
PARTY_LEADERS = _column("participants/party_roles.tsv", "leader")
EVENT_NOUNS = words("participants/event_nouns.txt")  # A担任赛事组长: the event itself
SCREEN_LABELS = words("participants/screen_labels.txt")  # 受访者：A, [画面文字] A: who speaks on screen
ADDRESS_WORDS = words("participants/address_words.txt")
LEAD_WORDS = words("participants/lead_words.txt")
GOING_WORDS = words("participants/going_words.txt")
MET_VERBS = words("participants/met_verbs.txt")
VISIT_VERBS = words("participants/visit_verbs.txt")
RECEIVING_VERBS = words("participants/receiving_verbs.txt")
RECEIVED_THINGS = words("participants/received_things.txt")
LISTING_WORDS = words("participants/listing_words.txt")
GUEST_WORDS = words("participants/guest_words.txt")
# (同日, 当天: the day's words, a list of their own that kg.nlp.stops reads too)
BEFORE_OCCASION = words("events/before_occasion.txt")
SAME_OCCASION = tuple(
    sorted({*words("events/same_occasion.txt"), *words("events/same_day_words.txt")}, key=lambda w: (-len(w), w))
)
MONTH_PARTS = words("events/month_parts.txt")
RELATIVE_DAYS = {row[0]: int(row[1]) for row in table("events/relative_days.tsv")}
RELATIVE_WEEKS = {row[0]: int(row[1]) for row in table("events/relative_weeks.tsv")}
RELATIVE_YEARS = {row[0]: int(row[1]) for row in table("events/relative_years.tsv")}
NEXT_DAYS = {row[0]: int(row[1]) for row in table("events/next_days.tsv")}
MEETING_VERBS = words("events/meeting_verbs.txt")
MEETING_HEADS = words("events/meeting_heads.txt")
PLAN_WORDS = words("events/plan_words.txt")
CALLED_OFF_WORDS = words("events/called_off_words.txt")  # X因故改期: not held
SPEECH_VERBS = words("events/speech_verbs.txt")
SPIRIT_WORDS = words("events/spirit_words.txt")
CARRY_OUT_VERBS = words("events/carry_out_verbs.txt")
MEMBERSHIP_VERBS = words("participants/membership_verbs.txt")
MEMBERSHIP_ENDS = words("participants/membership_ends.txt")
# verbs whose object is an event the subject goes to (组织职工参加Y): it does not organise Y
SENDING_WORDS = words("events/sending_words.txt")
# words before a head count that make it no count of who took part (一等奖3名, 应到25名)
UNCOUNTED_WORDS = words("participants/uncounted_words.txt")
EXPECTED_WORDS = words("participants/expected_words.txt")
STAFFING_WORDS = words("participants/staffing_words.txt")
PRESENT_WORDS = words("participants/present_words.txt")
UNIT_DELEGATES = words("participants/unit_delegates.txt")  # 12家网点负责人参加: one a unit
# ways of taking part before a head count (线上200人，线下80人): two of them count parts
MODE_WORDS = words("participants/mode_words.txt")
ELECTING_VERBS = words("posts/electing_verbs.txt")
ELECTED_VERBS = words("posts/elected_verbs.txt")
ELECTION_ADVERBS = words("posts/election_adverbs.txt")
PROFILE_VERBS = words("posts/profile_verbs.txt")
FORMER_MARKS = words("posts/former_marks.txt")
THIS_EVENT_WORDS = words("events/this_event_words.txt")
# a course's opening ceremony named alone -> the ending of the course's name (开班仪式 -> 班)
CLOSING_STAGES = words("events/closing_stages.txt")
# the rounds of a contest (初赛, 决赛): an event named by its round counts who is in that round
CONTEST_STAGES = words("events/contest_stages.txt")
# the heads of a contest's name (比赛, 大赛, 运动会): its items and winners are its own
CONTEST_HEADS = words("events/contest_heads.txt")
OCCASION_ACTS = words("events/occasion_acts.txt")
# 同场, 同期: an event held at another's venue and time is a part of it
ALONGSIDE_WORDS = words("events/alongside_words.txt")
SAME_VENUE_WORDS = words("events/same_venue_words.txt")  # 在同一会场召开: the venue of the event before
NOTICE_KINDS = words("events/notice_kinds.txt")
# public procedures run over a period (投票): a page titled with one bare, its period stated, is one
PROCEDURE_KINDS = words("events/procedure_kinds.txt")
# …竞赛结果的通报, …获奖情况的通报: a notice's title telling an event's outcome (it was held)
RESULT_WORDS = words("events/result_words.txt")
TOUR_OPENERS = words("events/tour_openers.txt")
SPLIT_PARTIES = words("events/split_parties.txt")
SINCE_WORDS = words("events/since_words.txt")
KIND_DETERMINERS = words("events/kind_determiners.txt")  # 各级技能竞赛: many held, no one event
REPEAT_ADVERBS = words("events/repeat_adverbs.txt")
EVENT_MEASURES = words("events/event_measures.txt")
PLAN_HEADINGS = words("events/plan_headings.txt")
SCHEDULE_COLUMNS = {row[0]: row[1] for row in table("events/schedule_columns.tsv")}
REPORT_KINDS = words("events/report_kinds.txt")
SPEECH_KINDS = words("events/speech_kinds.txt")
COLLECTIVE_WORDS = words("events/collective_words.txt")
COURSE_OPENINGS = {row[0]: tuple(row[1].split(",")) for row in table("events/course_openings.tsv")}
# 看望 alone, a stop of the 慰问 visit told before it in its paragraph
VISIT_STOPS = {row[0]: row[1] for row in table("events/visit_stops.tsv")}
VENUE_VERBS = words("events/venue_verbs.txt")
ELECTING_CONGRESSES = words("events/electing_congresses.txt")
SEASON_WORDS = words("events/season_words.txt")
VENUE_OPENERS = words("events/venue_openers.txt")
VENUE_PREPOSITIONS = words("areas/place_prepositions.txt")  # 在, 于, 假: no verbs of going
HELD_ADVERBS = words("events/held_adverbs.txt")
DEPARTURE_VERBS = words("events/departure_verbs.txt")
VENUE_SETTING = words("events/venue_setting.txt")
VENUE_GROUNDS = words("events/venue_ground_words.txt")
SITE_WORDS = words("events/site_words.txt")
GUIDING_WORDS = words("events/guiding_words.txt")
THEME_WORDS = words("events/theme_words.txt")
PARTNERING_VERBS = words("events/partnering_verbs.txt")  # A联合B: B a partner, no object
JOINING_WORDS = (*PARTNERING_VERBS, *words("events/joining_words.txt"))
ALSO_ADVERBS = words("events/also_adverbs.txt")
SUMMING_OPENERS = words("events/summing_openers.txt")
SOURCE_OPENERS = words("events/source_openers.txt")  # 据统计，: where a sentence's figures come from
UNDER_WORDS = words("events/under_words.txt")
LEADING_VERBS = words("events/leading_verbs.txt")
PARTY_WORDS = words("events/party_words.txt")
TAKING_PART_WORDS = tuple(row[0] for row in table("participants/taking_part.tsv"))
PLAYER_WORDS = _column("participants/taking_part.tsv", "player")
AREA_STEM_ENDINGS = words("areas/area_stem_endings.txt")
BRANCH_SUFFIXES = words("bodies/branch_suffixes.txt")
CLASS_BOUNDS = words("bodies/class_bounds.txt")
COMPANY_ENDINGS = words("bodies/company_endings.txt")
# verbs of setting up a venue (设立): 联合设立的X在Y揭牌, who set it up opens it
FOUNDING_VERBS = words("bodies/founding_verbs.txt")
# heads of a venue on a company's own premises (X有限公司实训基地): the event is at the company
PREMISES_HEADS = words("bodies/premises_heads.txt")
# units of an organisation that make a venue of it (技术中心, 车间)
VENUE_UNITS = words("bodies/venue_units.txt")
# endings of development zones (高新区, 经济开发区): an area a gazetteer may not name
ZONE_SUFFIXES = words("areas/zone_suffixes.txt")
# organisations with a union of their own (kg.extract.congress.workplace_union)
WORKPLACE_ENDINGS = words("bodies/workplace_endings.txt")
LEGAL_FORMS = words("bodies/legal_forms.txt")  # longest first: X集团有限公司 loses 集团有限公司 before 有限公司
UNION_HOST_SUFFIXES = words("unions/union_host_suffixes.txt")
UNION_COMMITTEES = words("unions/union_committees.txt")
GENERIC_EVENT_HEADS = words("events/generic_event_heads.txt")
ACTIVITY_WORDS = words("events/activity_words.txt")
SUBJECT_BLOCKERS = tuple(row[0] for row in table("events/subject_blockers.tsv"))  # 在X举办: X is no subject
VERB_PHRASE_SUBJECT_BLOCKERS = _column("events/subject_blockers.tsv", "verb-phrase")
ORGANISED_BY_VERBS = _column("events/event_verbs.tsv", "by", 2)  # 由X主办
HOSTED_AFTER_VERBS = _column("events/event_verbs.tsv", "after", 2)  # …，Z承办
HONOUR_HOLDER = _column("awards/award_patterns.tsv", "holder")
HONOUR_KIND = _column("awards/award_patterns.tsv", "honour")
HONOUR_RECEIVE = _column("awards/award_patterns.tsv", "receive")
HONOUR_LISTING = _column("awards/award_patterns.tsv", "listing")
WIN_VERBS = _column("awards/award_patterns.tsv", "win")
PLACES_WON = _column("awards/award_patterns.tsv", "place")
PRIZE_VERBS = _column("awards/award_patterns.tsv", "prize")
HONOUR_TITLES = _column("awards/award_patterns.tsv", "title")
# what ends an honour or a description set off between the titles and the name (、省劳动模范X, 、技术骨干X)
SET_OFF_BEFORE_NAME = (*HONOUR_TITLES, *words("posts/description_heads.txt"))
NAMING_VERBS = _column("awards/award_patterns.tsv", "named")
HONOUR_HEADS = _column("awards/award_patterns.tsv", "head")
GIVING_VERBS = _column("awards/award_patterns.tsv", "given")
REVOKING_VERBS = _column("awards/award_patterns.tsv", "revoke")
PROCESS_OPENERS = words("events/process_openers.txt")
HEAD_SUFFIXES = words("events/head_suffixes.txt")
BESTOW_VERBS = _column("awards/award_patterns.tsv", "bestow")
HONOURING_VERBS = _column("awards/award_patterns.tsv", "honouring")
TITLED_VERBS = _column("awards/award_patterns.tsv", "titled")
APPOINTING_TOKENS = _column("awards/award_patterns.tsv", "appoint")
NOMINATING_VERBS = _column("awards/award_patterns.tsv", "nominate")
SHORTLIST_WORDS = _column("awards/award_patterns.tsv", "shortlist")
SUBJECT_PRONOUNS = _column("awards/award_patterns.tsv", "pronoun")
HONOUR_ADVERBS = _column("awards/award_patterns.tsv", "adverb")
HONOUR_OWNERS = _column("awards/award_patterns.tsv", "owner")
SELF_PRONOUNS = _column("awards/award_patterns.tsv", "self")
THIS_WORDS = _column("awards/award_patterns.tsv", "this")
PERSON_NOUNS = _column("awards/award_patterns.tsv", "person-noun")
HONOUR_SECTION_LABELS = _column("awards/award_patterns.tsv", "section")
RESPECTIVE_VERBS = _column("awards/award_patterns.tsv", "respective")
NAME_AS_VERBS = _column("awards/award_patterns.tsv", "name-as")
COLLECTIVE_HONOURS = _column("awards/award_patterns.tsv", "collective")
COLLECTING_WORDS = _column("awards/award_patterns.tsv", "collect")
SELECTING_VERBS = _column("awards/award_patterns.tsv", "select")
GRANTING_VERBS = _column("awards/award_patterns.tsv", "grant")
HONOUR_ROLLS = _column("awards/award_patterns.tsv", "roll")
ON_ROLL_VERBS = _column("awards/award_patterns.tsv", "on-roll")
HOLDER_KINDS = _column("awards/award_patterns.tsv", "kind")
HONOURED_VERBS = _column("awards/award_patterns.tsv", "honoured")
ITEM_HEADS = _column("awards/award_patterns.tsv", "item")
AMONG_WORDS = _column("awards/award_patterns.tsv", "among")
WON_BY_VERBS = _column("awards/award_patterns.tsv", "won-by")
HONOUR_LEVELS = _column("awards/award_patterns.tsv", "level")
BARE_UNION_WORDS = words("posts/bare_union_words.txt")
# 属下, 属会, 旗下: between a body and one that belongs to it
BELONGING_WORDS = words("bodies/belonging_words.txt")


def _shared_national_forms() -> dict[str, tuple[str, ...]]:
    """工联会: a short form several national bodies go by (the federations of Hong Kong and
    of Macao) -> their official names, in the table's order."""
    names: dict[str, list[str]] = {}
    for name, _cls, *rest in table("bodies/national_bodies.tsv", header=True):
        for form in (f for f in (rest[0].split(",") if rest else ()) if f):
            names.setdefault(form, []).append(name)
    return {form: tuple(of) for form, of in names.items() if len(of) > 1}


SHARED_NATIONAL_FORMS = _shared_national_forms()
# 出　席：A（…）、B / 地　点：X above a meeting's minutes: who takes part, where it is held
MINUTES_PEOPLE = _column("events/minutes_labels.tsv", "people")
MINUTES_PLACE = _column("events/minutes_labels.tsv", "place")
MINUTES_NAME = _column("events/minutes_labels.tsv", "name")
MINUTES_TIME = _column("events/minutes_labels.tsv", "time")
# 我们联合B在P举办…: a speaker's own body, unnamed
SPEAKER_WORDS = words("events/speaker_words.txt")
# words a name may carry before the next title of a list (总经理A博士、人力资源总监B; 主任A同志、
# 副主任B): a degree, or a term of address of two characters or more (先生, 女士, 同志)
NAME_HONORIFICS = tuple(
    [
        *words("people/latin_name_followers.txt"),
        *(w for w in words("people/address_terms.txt") if len(w) > 1 and "某" not in w),
    ]
)
CHAIRING_WORDS = words("events/chairing_words.txt")  # 在A的主持下, 由A主持，
WORKING_GROUPS = words("events/working_groups.txt")

# an event named by its head alone (座谈会上，/ 座谈会前召开的X): heads of two characters or more,
# one character (会) being too common a word to stand for an event
NAMED_EVENT_HEADS = alternation_of(tuple(h for h in lexicon().event_heads if len(h) >= 2))
