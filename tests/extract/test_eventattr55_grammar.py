"""Event attributes, as a grammar (session 54, the constructions of the documents held back until
then).

- 应到代表140名，实到代表131名，…肩负全区2.6万名会员的重托出席会议: those present count, before any
  other count of the sentence;
- 选举产生…委员7名、…5名，以及出席…的代表9名 / 选举产生常务委员会委员7名 / 25名同志当选为…委员: those
  elected are no count of who took part;
- 开幕式由县委常委、组织部部长A主持: a body in a chair's titles organises nothing (组织 opens 组织部);
- 大会由市总工会、市人社局联合召开: bodies joined before 联合召开 organise it;
- X活动在某工地启动。…一行来到施工现场，为200余名…送上…: an act at the scene counts for the event
  held there;
- 在某镇某中心白沙实训点举办: a training site named after its institution, a place's stem between:
  the site lies in that place, the institution is a body and lies nowhere said;
- 于某区某街道的某学院实训中心落幕: the venue past both areas; the institution's own centre places
  the institution where it is;
- …」，前日（9日）于Y落幕。…经过三天角逐: the day in brackets after a relative day, anywhere in the
  sentence, and an event dated by its close counted back to its first day;
- 代表团抵邕后，12日先后参观了…并与该公司工会座谈: a day of the month alone opening the clause after
  one of the party arriving dates the events of its sentence.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event_names, organizers, relations

CONGRESS = (
    "6月18日至19日，江南区总工会第四次代表大会在区行政中心召开。大会应到代表140名，实到代表131名，"
    "各级工会代表肩负全区2.6万名会员的重托出席会议。开幕式由区委常委、组织部部长、区委党校校长韩立东主持。\n"
    "大会选举产生了区总工会第四届委员会委员23名、经费审查委员会委员5名，以及出席南宁市工会第九次代表大会的代表7名。\n"
    "19日上午，区总工会第四届委员会召开第一次全体会议，选举产生常务委员会委员7名，选举张秋云为主席。"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "第四次代表大会", "count": 131, "date": "06-18"},
        {"ev": "第一次全体会议", "count": None},
        {"none": "第九次代表大会"},  # (the congress delegates are elected to: no event, no count)
    ],
    ids=["present-before-membership", "elected-no-count", "delegates-congress-no-event"],
)
def test_congress_counts(extract_text, want):
    facts = extract_text(CONGRESS, headline="江南区总工会召开第四次代表大会", region="南宁市", date="2027-06-21")
    check_event(facts, want)


def test_elected_after_the_count(extract_text):
    text = "3月12日，三江县总工会第十次代表大会在县会议中心召开，经无记名投票，25名同志当选为第十届委员会委员。"
    facts = extract_text(text, headline="", region="柳州市", date="2028-03-14")
    check_event(facts, {"ev": "第十次代表大会", "date": "03-12", "nocount": 25})


def test_chair_titles_organise_nothing(extract_text):
    facts = extract_text(CONGRESS, headline="江南区总工会召开第四次代表大会", region="南宁市", date="2027-06-21")
    ev = next(e for e in facts.events if "第四次代表大会" in e.ref.name)
    assert not any(o.startswith("中共") for o in organizers(ev)), organizers(ev)


COMMENDATION = (
    "5月8日上午，柳州市2027年度职工技术创新总结表彰大会在市工人文化宫召开。大会由市总工会、市科学技术局联合召开，"
    "各县区总工会负责人和受表彰代表共150余人参加会议。"
)


def test_joined_bodies_jointly_hold(extract_text):
    facts = extract_text(COMMENDATION, headline="柳州表彰职工技术创新先进", region="柳州市", date="2028-05-09")
    check_event(facts, {"ev": "总结表彰大会", "someorgs": ["柳州市总工会", "柳州市科学技术局"], "count": 150})


RELIEF = (
    "8月2日上午，由江津区总工会主办的2027年“送清凉到工地”活动在几江街道滨江安置房项目工地启动。\n"
    "一、清凉送到一线\n"
    "上午9点，工地上已热浪滚滚。区总工会主席周德林一行来到施工现场，为200余名建筑工人送上清凉油、毛巾等防暑物资。\n"
    "8月4日，区总工会联合区人力社保局，在白沙镇江津区职业教育中心白沙实训点举办农民工焊工技能培训班，"
    "46名农民工参加培训。"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "送清凉到工地", "count": 200, "date": "08-02"},
        {"ev": "焊工技能培训班", "place": "白沙实训点", "count": 46},
    ],
    ids=["act-at-the-scene-counts", "training-site-venue"],
)
def test_relief_and_training(extract_text, want):
    facts = extract_text(RELIEF, headline="", region="重庆市", date="2027-08-06")
    check_event(facts, want)


def test_training_site_names_its_institution(extract_text):
    facts = extract_text(RELIEF, headline="", region="重庆市", date="2027-08-06")
    assert any(r.name == "江津区职业教育中心" for r in facts.entities), [r.name for r in facts.entities]
    located = relations(facts, "locatedIn")
    placed = {s: o for s, o in located} | {
        r.name: i.located_in.name for r, i in facts.entities.items() if i.located_in is not None
    }
    assert placed.get("江津区职业教育中心白沙实训点") == "白沙镇", placed
    assert "江津区职业教育中心" not in placed, placed


CONTEST = (
    "由佛山市总工会主办，南海区总工会与佛山市南华职业技术学院承办的“2028年佛山市职工职业技能大赛”，"
    "前日（9日）于南海区桂城街道的佛山市南华职业技术学院实训中心落幕。共96名选手经过三天角逐，在焊工、电工两个工种中决出名次。"
)


def test_contest_closed_after_three_days(extract_text):
    facts = extract_text(CONTEST, headline="佛山职工技能大赛落幕", region="佛山市", date="2028-07-11")
    check_event(facts, {"ev": "职工职业技能大赛", "date": "07-07", "place": "实训中心", "count": 96})
    assert ("佛山市南华职业技术学院", "桂城街道") in relations(facts, "locatedIn"), event_names(facts)


def test_relative_day_in_brackets_mid_sentence(extract_text):
    facts = extract_text(CONTEST.replace("经过三天角逐，", ""), headline="", region="佛山市", date="2028-07-11")
    check_event(facts, {"ev": "职工职业技能大赛", "date": "07-09"})


class _Sentence:
    """A sentence alone, as the dates family reads it (where the tagger marked no day in it)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def evidence(self, start: int, end: int, conf: float) -> tuple[int, int]:
        return start, end


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("…的「2028年闽西职工职业技能大赛」，前日（17日）于新罗区东城街道的某学院实训中心落幕。", "2028-07-17"),
        ("…主办的职工篮球联赛，昨日（十八日）在市体育馆闭幕。", "2028-07-18"),
    ],
    ids=["qianri-digits", "zuori-numerals"],
)
def test_relative_day_in_brackets_read_untagged(text, want):
    from datetime import date

    from kg.extract.relative_days import bracketed_opening

    found = bracketed_opening(_Sentence(text), 0, len(text), date(2028, 7, 19))
    assert found is not None and found[0] == want, found


VISIT = (
    "澳门工会联合总会会长梁志华率领25人代表团赴邕交流。代表团抵邕后，12日先后参观了位于青秀区南湖街道的"
    "广西南湖智能装备有限公司生产线，并与该公司工会座谈。"
)


def test_day_after_arriving(extract_text):
    facts = extract_text(VISIT, headline="", region="南宁市", date="2028-09-14")
    check_event(facts, {"ev": "座谈", "date": "09-12"})
