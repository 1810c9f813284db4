"""Events, as a grammar (session 56: the attributes of events in video transcripts and briefs).

- 据统计，本次招聘会共吸引…N余人入场: the sentence naming the event again opens after the
  source of its figures;
- 同期声：X公司经理 A“…”: a sound bite's speaker, the quote right after the name, takes part.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

FAIR = (
    "近日，由县总工会、县人力资源和社会保障局联合主办的2027年“春风送岗”专场招聘会在县体育馆广场举行。"
    "来自纺织、机械等行业的85家企业进场招聘，提供岗位2100余个。\n"
    "同期声：县总工会党组书记、主席 邵建军“我们为返乡农民工开设了专门的服务台。”\n"
    "同期声：求职者 欧阳小川“今天谈好了一家机械厂，下周就去上班。”\n"
    "据统计，本次招聘会共吸引求职群众3400余人入场，达成就业意向700余人。"
)


def test_count_after_the_source_of_figures(extract_text):
    facts = extract_text(FAIR, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "count": 3400, "place": "体育馆"})


def test_count_not_read_without_the_event_named_again(extract_text):
    body = FAIR.replace("本次招聘会共吸引", "全县今年共吸引")
    facts = extract_text(body, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "nocount": 3400})


def test_sound_bite_speaker_quoted_after_the_name(extract_text):
    facts = extract_text(FAIR, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "people": ["邵建军", "欧阳小川"]})
