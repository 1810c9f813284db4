"""From one processed article (a spaCy Doc with ``doc.spans["kg"]``) to its facts.

``extract_article`` makes the ``ArticleContext`` (kg.extract.context) and runs the
families over it in the one order ``STEPS`` declares; each family is a module of its
own, and what it needs from the families before it is a named field of the context.
Facts carry their evidence: the sentence, and the span the fact was read from.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract.area_body_names import alias_forms, city_led_forms, short_department_forms
from kg.extract.area_statements import area_statements
from kg.extract.areas import read_areas
from kg.extract.attended_counts import attended_count
from kg.extract.awarded_participants import winners
from kg.extract.bare_subjects import bare_subjects
from kg.extract.bodies import read_bodies
from kg.extract.bodies_taking_part import bodies_taking_part
from kg.extract.body_links import opened_at, parenthetical_aliases, short_forms_before, situated, union_units_short
from kg.extract.body_parents import branch_unions
from kg.extract.bracket_holders import bracket_holders
from kg.extract.branches import bare_branches
from kg.extract.captioned import caption_participants, subhead_events
from kg.extract.card_fields import card_offices
from kg.extract.career_lines import career_lines
from kg.extract.cell_units import cell_units
from kg.extract.chair_rows import chair_rows
from kg.extract.chaired_acts import chaired_acts
from kg.extract.changed_holders import changed_holders
from kg.extract.closing_days import closing_days, course_closing_days
from kg.extract.context import ArticleContext
from kg.extract.credits import read_credits
from kg.extract.dates import day_only_dates
from kg.extract.department_blocks import department_blocks
from kg.extract.department_units import department_units
from kg.extract.described_bodies import subsidiaries
from kg.extract.elected import elected, first_sittings
from kg.extract.entry_days import entry_days, section_dates
from kg.extract.entry_fields import fact_boxes
from kg.extract.event_counts import stated_count
from kg.extract.event_merge import merge_events
from kg.extract.event_parts import items_of_contests, short_named_venues, venue_owners, winners_of_contests
from kg.extract.event_tours import tour_stops
from kg.extract.events import read_events
from kg.extract.first_person import writer_takes_part
from kg.extract.form_signers import form_signers
from kg.extract.furniture import read_furniture
from kg.extract.glued_units import committee_heads
from kg.extract.head_words import site_units
from kg.extract.heading_fields import heading_fields
from kg.extract.headline import merge_headline
from kg.extract.heard_names import heard_people
from kg.extract.held_cells import held_cells
from kg.extract.holder_tables import closed_holders, holder_tables
from kg.extract.honour_steps import HONOUR_STEPS
from kg.extract.invited import invited
from kg.extract.jobs import unit_head_jobs
from kg.extract.leader_rows import leader_rows
from kg.extract.led_under import led_under
from kg.extract.meeting_fields import meeting_fields
from kg.extract.meeting_honours import meeting_honours, spot_honours
from kg.extract.meetings import read_meetings
from kg.extract.members import listed_units, member_bodies
from kg.extract.minutes_header import minutes_header
from kg.extract.misheard_areas import misheard_unions
from kg.extract.notices import read_notice
from kg.extract.occasion_dates import occasion_dates
from kg.extract.page import PageContext
from kg.extract.panels import panel_members
from kg.extract.participants import attendance
from kg.extract.party_fields import party_offices
from kg.extract.party_leaders import party_leaders
from kg.extract.people import read_people
from kg.extract.post_tables import table_posts
from kg.extract.posted_notices import own_notice_period, posted_notices
from kg.extract.posts import read_posts
from kg.extract.premises import addressed, clipped_venues, one_called, union_premises, venue_rooms
from kg.extract.pronoun_participants import pronoun_participants
from kg.extract.pronoun_posts import pronoun_posts
from kg.extract.released import released_posts
from kg.extract.renamings import renamed_bodies
from kg.extract.report_year import report_page
from kg.extract.results_tables import results_count, results_lines, results_tables
from kg.extract.rosters import read_rosters
from kg.extract.scene_counts import scene_counts
from kg.extract.scene_said_again import scene_said_again
from kg.extract.scenic_areas import scenic_short_forms
from kg.extract.screen_labels import screen_labels
from kg.extract.sessions import acts_of_main, sessions_of_main
from kg.extract.set_off_speakers import set_off_speakers, sound_bite_speakers
from kg.extract.signin_sheets import signin_sheets
from kg.extract.site_bodies import registered_companies
from kg.extract.speeches import speech_occasion
from kg.extract.sponsors import parties_of_main, sponsors, sponsors_after
from kg.extract.step_lines import step_events
from kg.extract.subsidiaries import (
    abbreviated_companies,
    company_short_forms,
    group_members,
    same_area_unions,
    subsidiary_short_forms,
)
from kg.extract.town_companies import town_named_companies
from kg.extract.town_halls import street_offices
from kg.extract.trade_name_heads import trade_name_heads
from kg.extract.training_sites import training_sites
from kg.extract.union_committees import committee_short_forms, committee_units, full_committee_roles, union_committees
from kg.extract.union_rooms import union_rooms
from kg.extract.unit_aliases import short_unit_words
from kg.extract.unnamed_committees import unnamed_committees
from kg.extract.unnamed_units import unnamed_unit_posts
from kg.extract.unveiled import unveiled_names
from kg.extract.venue_notes import hosted_visits, venue_notes
from kg.extract.visit_sequels import visit_sequels
from kg.extract.voted_lists import voted_list_roles
from kg.extract.working_groups import working_groups
from kg.gazetteer import Gazetteer
from kg.lexicon import lexicon
from kg.model.article import Article
from kg.model.facts import ArticleFacts
from kg.nlp.doctable import doc_text, sentence_table

# The families, in the order they run: each reads what those before it wrote.
STEPS: tuple[Callable[[ArticleContext], None], ...] = (
    read_areas,  # areas first: every name is read in the places the text named
    area_statements,  # 某地区在行政上属于某州: the area the page says another is part of
    read_bodies,  # unions, organisations, venues (short forms resolved) -> ctx.ref_at
    read_furniture,  # areas and unions the page's furniture names (来源：X市总工会)
    parenthetical_aliases,  # X（Y）: one body, two names (rewrites ctx.ref_at)
    short_forms_before,  # 技师学院 … 涿州市技师学院: one body (rewrites ctx.ref_at)
    short_department_forms,  # 师市人社局 … 师市人力资源和社会保障局: one body (rewrites ctx.ref_at)
    city_led_forms,  # 门头沟区卫健委 printed … 北京市门头沟区卫健委: one body (rewrites ctx.ref_at)
    alias_forms,  # 宜昌市政协 … 政协宜昌市委员会 printed: one body (rewrites ctx.ref_at)
    branch_unions,  # …分公司 belongs to …公司, and its union to the company's
    union_units_short,  # 某区职工服务驿站 … 某区总工会职工服务驿站: one unit (rewrites ctx.ref_at)
    site_units,  # 桥梁分公司 on a company's own site: the site's company's
    bare_branches,  # 滨湖支行 after 某某银行: the bank's branch
    department_units,  # 县公安局某某派出所: the bureau's unit, the bureau a body
    subsidiary_short_forms,  # X公司Y公司 … Y公司 … X Y公司: one body (rewrites ctx.ref_at)
    abbreviated_companies,  # 国网公司 … 国家电网公司: one body (rewrites ctx.ref_at)
    company_short_forms,  # 山东某某建设有限公司 … 某某公司, 某某工会: one body (rewrites ctx.ref_at)
    same_area_unions,  # 延边州总工会 … 州总工会: one area's union (rewrites ctx.ref_at)
    misheard_unions,  # 簇景街道总工会 … 簇锦街道: the named township's union (rewrites ctx.ref_at)
    short_unit_words,  # 某标项目部 … 某标项目经理部: one unit (rewrites ctx.ref_at)
    committee_short_forms,  # 某工会经审会 … 某工会经费审查委员会: one committee (rewrites ctx.ref_at)
    union_committees,  # 某某公司工会委员会 … 某某公司工会: the union (rewrites ctx.ref_at)
    committee_units,  # 市总工会经费审查委员会办公室: the union's committee, and its office
    renamed_bodies,  # X原名Y, X更名为Y: one body, the old name an alias (rewrites ctx.ref_at)
    fact_boxes,  # 中文名：X / 简称：Y / 上级单位：Z / 地址：…: what a fact box says of X
    venue_rooms,  # 某殡仪馆 … 某殡仪馆守正厅: the hall is the venue's room (rewrites ctx.ref_at)
    scenic_short_forms,  # 某县某山某峡景区 … 某县某峡景区: one scenic area (rewrites ctx.ref_at)
    situated,  # X位于Y
    opened_at,  # X在Y揭牌
    union_premises,  # 位于Y的X公司工会: X公司 lies in Y; X，位于Y
    clipped_venues,  # 某区会议中心 … 会议中心位于Y: the venue lies in Y
    one_called,  # 某镇一家叫X公司的茶企: X公司 lies in 某镇
    addressed,  # 某街道某路××号　X中心: X lies in the street
    registered_companies,  # 吴江区某某有限公司 lies in 吴江区
    town_named_companies,  # 青海浩门某某有限公司 beside 浩门镇: the company lies in 浩门镇
    street_offices,  # 经二路街道办事处 (the street's name too): the office lies in the street
    subsidiaries,  # 全资子公司某某有限公司: the company the text is about owns it
    member_bodies,  # X属会Y, X旗下Y: Y belongs to X
    listed_units,  # X…；下属单位2个：A、B: A and B belong to X
    group_members,  # 某某能源集团 … 某某煤业有限公司: a member of the group whose trade name it bears
    training_sites,  # 某职业学院实训中心, 某中心白沙实训点: the institution a body; where each lies
    read_people,  # persons named in the text -> ctx.ref_at
    read_credits,  # reporters, photographers of the byline
    trade_name_heads,  # 天水某香源餐饮有限公司 … 某香源负责人A: the trade name before a title, the company
    read_posts,  # titles and elections: needs bodies and people
    table_posts,  # 单位 / 姓名 / 职务: the job cell's offices at the unit
    card_offices,  # 04号　A / 单位：某某有限公司 / 职务：原…，现任公司工会主席: a card's offices now
    bracket_holders,  # 某县总工会经审会（主任A）: A's office at the body before the bracket
    party_offices,  # 被申请人：某公司 / 法定代表人：A　职务：董事长: a party's people's offices there
    read_rosters,  # the offices of a leader roster's lines (NAME TITLE-CHAIN)
    leader_rows,  # 领导班子 / 刘某　党组书记、主席, 姓名｜职务｜分管工作: the page's union's leaders
    department_blocks,  # 组织部　部长：D, 办公室：主任D: a department's heads at the page's union
    career_lines,  # 邓某简历 / 2019.03—　某市总工会副主席: a résumé's office held now
    chair_rows,  # 历任主席 / 贾某　2021—　（现任，县政协副主席、…）: the open row's offices now
    holder_tables,  # 职务｜姓名｜性别｜任职时间｜备注: the open rows' offices at the table's body
    held_cells,  # 姓名｜…｜现任职务｜拟任职务: a 任前公示's table, the 现任 cell's offices
    changed_holders,  # 某工会（…），法定代表人由A变更为B: B's office at the body now
    pronoun_posts,  # 周某日均配送60余单。他现任某联合工会副主席: the paragraph's one person's offices
    released_posts,  # 其原任…职务自然免除: an office read elsewhere is a former one
    closed_holders,  # a table of office holders whose rows all ended: none of its body's offices now
    voted_list_roles,  # 经审会第一次全体会议…选举：/ 主　任：A: the committee's office, at the union
    committee_heads,  # 某职工会妇女事务委员会主任: the committee's head's office at the union
    full_committee_roles,  # 经审会主任 at a union, whoever read it: 经费审查委员会主任
    unit_head_jobs,  # 某集团公司项目经理X: a unit head's title at another body is a job, no post
    unnamed_unit_posts,  # 项目部工会主席X where no 项目部 is named: no body, no post
    cell_units,  # 姓名　单位及岗位 / A　某煤矿调度指挥中心调度员: the part is no body, the 煤矿 is
    read_events,  # events named in the text -> ctx.candidate_events
    read_meetings,  # X与Y交流 -> ctx.candidate_events
    step_events,  # 2027-03-18 15:00　调解会 / 　地点：X: a case record's step that is an event
    merge_events,  # one event per core -> ctx.facts.events (the first: the main event)
    read_notice,  # a page titled 关于…的公示: the notice a body signs is the main event
    posted_notices,  # 经X总工会3月1日至3月5日在…公示: a notice posted over a period, an event
    own_notice_period,  # a results table with 公示期：D至D: the page is posted for notice, an event
    meeting_fields,  # 会议主题：X视频会 / 会议时间：… / 参会人：…: an export's meeting, the page's event
    merge_headline,  # the headline's event is the body's
    unveiled_names,  # 为“某职工之家”揭牌: the bare unveiling named by what it unveils
    subhead_events,  # 01 / “X”技能比武 over a part's paragraph: its event named again
    sessions_of_main,  # 大会举行第二次全体会议: a sitting of the main meeting, a part of it
    acts_of_main,  # 4月27日，…授牌 on the main event's day, nothing of its own: done at the main event
    speech_occasion,  # 在X会议上的讲话 / （2028年1月16日）: the meeting's day and speaker
    attendance,  # people who attend or speak take part
    pronoun_participants,  # 他作为主讲人参加X举办的Y: the one person named before takes part in Y
    writer_takes_part,  # 我…参加X / 我也被点名说了几句: a first-person account's writer takes part
    set_off_speakers,  # A，X公司工会主席，在领奖后表示: A takes part in the main event
    sound_bite_speakers,  # 【同期声】X公司工会主席　A：…: A takes part in the event reported
    led_under,  # 在…主任A牵头下，…组织X: A leads X, taking part
    chaired_acts,  # 在仲裁委的主持下，…进行调解: the chair organises (a body) or takes part
    party_leaders,  # X一行到…调研。调研组…召开座谈会: X takes part in what the party does
    screen_labels,  # 受访者：A（…）, [画面文字] A　…: a video's speakers take part
    bodies_taking_part,  # X代表队 plays, X医院的N名医护人员为…: the bodies take part
    items_of_contests,  # 比赛设A、B等N个项目: who plays in A's match plays in the contest
    winners_of_contests,  # …技能比武，…A获一等奖: A took part in the contest
    venue_owners,  # 在X公司技术中心揭牌: held at X公司 too
    venue_notes,  # 在项目部会议室举行（项目部驻X街道）: held in X街道
    hosted_visits,  # 在A区总工会主席B陪同下，来到…工地: the visit is held in A区
    short_named_venues,  # 在东榕百货七楼多功能厅举办: held at 福州东榕百货有限公司
    minutes_header,  # 出　席：A（…）、B / 地　点：X above a meeting's minutes
    heading_fields,  # 二、X例会 / 时间：D / 地点：P / 到会：…共N人: the lines under a heading naming X
    results_lines,  # 各项目决出名次：/ 搏克：冠军A（…），亚军B: those placed take part in the contest
    results_tables,  # 序号 姓名 … 总成绩 名次 / 3 A …: a results table's contestants take part
    signin_sheets,  # 签到表 / | 3 | A | 某公司 | … | A |: who signed takes part in the sheet's event
    form_signers,  # 调解协议书 / 调 解 员：【A】: who signs a mediation's agreement took part in it
    elected,  # …会议选举A为主席: those a meeting elects take part
    first_sittings,  # …代表大会。随后召开的第一届委员会第一次全体会议选举A为主席: A takes part in the congress
    meeting_honours,  # 大会授予A、B等N名同志“X”称号: those a meeting honours take part
    spot_honours,  # …当场授予A“X”称号 in the main event's paragraph: A takes part
    sponsors,  # 本次…由X主办: organisers stated apart
    sponsors_after,  # …X沙龙，A主办、B协办: the sponsors' clauses right after a name
    bare_subjects,  # …协会换届。…协会在X开换届大会: the body its type word names again holds it
    working_groups,  # 治丧工作小组：A办公室、B科 under the event told: A's body organises it
    parties_of_main,  # 当天下午，慰问组又来到X: the main event's party, its organisers
    invited,  # X邀请了A和B开展…: the bodies invited take part
    panel_members,  # 评委由A、B组成: the judges take part in the main event
    union_rooms,  # 在县总工会三楼会议室召开…: the union whose room it is organises it
    scene_said_again,  # 本次汇演…，5月7日在X举行: the main event's day and venue, said again
    stated_count,  # 本次活动惠及职工50余人: how many took part, said apart
    attended_count,  # …主持座谈会，共30余人参加: how many attended the event the verb names
    results_count,  # 序号 姓名 … 名次 / 26 rows: 26 took part, when no count is said
    scene_counts,  # X活动在某工地启动。…一行来到施工现场，为300余名…送上…: the event's count
    winners,  # people who win places take part in the main event
    section_dates,  # 📍 7月9日 · X: a section's events happen on its heading's day
    entry_days,  # 【日报】2028-03-07（周二）: a log entry's events happen on its day
    visit_sequels,  # …看望慰问…。11月15日下午，B代表X…: the visit's day, and X its organiser
    day_only_dates,  # 18日下午，…: the month of the date said before
    occasion_dates,  # the main event's date; 会上/同日 share it
    closing_days,  # X于17日落幕…经过两天角逐: dated by its first day, the 16th
    course_closing_days,  # 近日…举办X培训班。…1月15日结业式上: the course's day
    tour_stops,  # 当天下午，慰问组又来到…: a stop of the day's tour, the main event's organisers and day
    *HONOUR_STEPS,  # honours received and held, and those honoured taking part (kg.extract.honour_steps)
    caption_participants,  # ▲A为获奖选手颁奖 under a paragraph: A takes part in its event
    unnamed_committees,  # 根据中共X省委组织部有关规定: no 中共X省委员会 the text never names
    heard_people,  # 欧阳立华 said, 县总-欧阳丽华　00:06:02 a transcript's head: one person, as the head writes
)


# A roster the page's furniture held (Article.roster): its names, bodies and offices alone.
ROSTER_STEPS: tuple[Callable[[ArticleContext], None], ...] = (read_areas, read_bodies, read_people, read_rosters)

# An entry its source says was not held (Article.unheld: a calendar's cancelled or planned
# entry): everything but the events it names.
UNHELD_STEPS = tuple(s for s in STEPS if s not in (read_events, read_meetings, step_events))


def extract_article(doc: Doc, article: Article, page: PageContext, article_id: str, gaz: Gazetteer) -> ArticleFacts:
    """The facts of one article: its context, then each family of ``STEPS`` in order."""
    return read_article(doc, article, page, article_id, gaz).facts


def read_article(doc: Doc, article: Article, page: PageContext, article_id: str, gaz: Gazetteer) -> ArticleContext:
    """The context after every step, for a caller that needs more than the facts (what each span
    was resolved to: ``ref_at``, as benchmarks/throughput.py scores the graph's mentions)."""
    ctx = ArticleContext(
        doc=doc,
        article=article,
        page=report_page(page, article),
        article_id=article_id,
        gaz=gaz,
        lex=lexicon(),
        text=doc_text(doc),
        sentences=sentence_table(doc),
        spans=sorted(doc.spans.get("kg", []), key=lambda s: (s.start_char, -s.end_char)),
        abbreviations=page.defined | (doc._.kg_abbreviations or {}),
        facts=ArticleFacts(article_id),
    )
    for step in ROSTER_STEPS if article.roster else UNHELD_STEPS if article.unheld else STEPS:
        step(ctx)
    return ctx


class ArticleExtractor:
    """``extract_article`` with its gazetteer: what a worker process keeps loaded."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.default()

    def extract(self, doc: Doc, article: Article, page: PageContext, article_id: str) -> ArticleFacts:
        """The facts of one article (``extract_article``)."""
        return extract_article(doc, article, page, article_id, self.gaz)
