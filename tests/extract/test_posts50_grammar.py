"""Posts of session 50: a sign-in sheet printed with bars (its heads spaced out by OCR, its
rows a line each, kg.ingest.bar_rows), a legal form's party block, a congress's offices.  All text is invented
(the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts
from tests.ingest.page_reading import read_page_articles

SHEET = "\n".join(
    [
        "华容县总工会职工代表座谈会签到表",
        "|序号| 姓 名 |　单　位　|　职　务　| 联系电话 | 签 名 |",
        "|—— |————|————|————|————|————|",
        "| 1 | 柯文栋 | 县政协、县总工会 | 县政协副主席、县总工会主席 | 139 0000 **** | 柯 文 |",
        "| 2 | 綦美玲 | 华容县总工会 | 党组书记、常务副主席 | 1380000**** | 綦美玲 |",
        "| 3 | 庹志坚 | 治河渡镇 | 镇党委副书记、镇总工会主席 | 1300000**** | 庹志坚 |",
        "丨 4 | 鄢春生 | 县总工会（退休） | 原县总工会副主席 | 1500000**** | 鄢春生 丨",
        "| 5 |　　　|　　　|　　　|　　　|　　　|",
    ]
)


def test_a_barred_sheets_rows_give_each_holder_the_offices(extract_text, tmp_path):
    # (the rows as the page reader leaves them, kg.ingest.bar_rows: a line each, cells closed up)
    text = read_page_articles(tmp_path, SHEET, "sheet")[0][2]
    found = posts(extract_text(text, region="华容县"))
    assert ("綦美玲", "华容县总工会", "党组书记") in found
    assert ("綦美玲", "华容县总工会", "常务副主席") in found
    assert not any(n == "鄢春生" for n, _, _ in found)


PARTIES = "\n".join(
    [
        "被申请人：钦州市蓝湾海产有限公司",
        "统一社会信用代码：91450700MA5K0000X",
        "住所：钦州市钦南区沙埠镇海产路8号",
        "法定代表人：司马文昭　职务：董事长",
        "委托代理人：詹立群　职务：行政部经理　联系电话：0777-0000000",
        "纠纷主要事实：申请人于2022年入职被申请人处，从事冷库搬运工作。",
    ]
)


def test_a_party_blocks_people_hold_their_职务_and_an_office_label_at_the_party(extract_text):
    found = posts(extract_text(PARTIES, region="钦南区"))
    assert ("司马文昭", "钦州市蓝湾海产有限公司", "董事长") in found
    assert ("司马文昭", "钦州市蓝湾海产有限公司", "法定代表人") in found
    assert ("詹立群", "钦州市蓝湾海产有限公司", "行政部经理") in found
    assert not any(r == "委托代理人" for _, _, r in found)  # (a role in the case, no office)


def test_a_handwritten_names_bracket_names_its_office_at_a_unions_department(extract_text):
    """首席调解员：【A】（某区总工会某部部长）: the name marked as handwriting, its apposition after
    the mark; a union's department's head holds the union's office, the department in the role."""
    found = posts(extract_text("首席调解员：【覃秀琴】（钦南区总工会法律工作部部长）\n", region="钦南区"))
    assert ("覃秀琴", "钦南区总工会", "法律工作部部长") in found


def test_a_clause_after_a_congress_tells_who_holds_the_unions_offices(extract_text):
    """…召开第九次代表大会…选出…。主席还是A兼任；常务副主席换成了B，…。新当选的副主席是C。"""
    text = (
        "3月5日，裕民县总工会召开第九次代表大会，选出第九届委员会委员21名。主席还是县政协副主席马建国兼任；"
        "常务副主席换成了叶尔江·努尔兰，他原来是吉也克镇党委副书记。新当选的副主席是古丽娜·艾力，原来在县妇联当副主席。\n"
    )
    found = posts(extract_text(text, region="裕民县"))
    assert ("马建国", "裕民县总工会", "主席") in found
    assert ("叶尔江·努尔兰", "裕民县总工会", "常务副主席") in found
    assert ("古丽娜·艾力", "裕民县总工会", "副主席") in found


def test_no_holder_now_in_a_clause_of_a_time_gone(extract_text):
    text = "3月5日，裕民县总工会召开第九次代表大会，选出新一届委员会。以前的主席是马建国兼任。\n"
    assert not any(r == "主席" for _, _, r in posts(extract_text(text, region="裕民县")))


def test_a_committees_sitting_votes_a_list_of_its_own_offices(extract_text):
    """…经费审查委员会第一次全体会议召开，…选举：/ 主　任：A / 副主任：B: the committee's offices."""
    text = (
        "潍城区总工会第三届经费审查委员会第一次全体会议选举结果\n"
        "第三届经费审查委员会第一次全体会议召开，应到委员7名，实到7名，以无记名投票方式选举：\n"
        "主　任：杜宏图\n副主任：柴明秀（女，回族）　宫振海\n"
    )
    found = posts(extract_text(text, region="潍城区"))
    assert ("杜宏图", "潍城区总工会", "经费审查委员会主任") in found
    assert ("宫振海", "潍城区总工会", "经费审查委员会副主任") in found
    assert not any(r in ("主任", "副主任") for _, _, r in found)


def test_a_speakers_offices_in_brackets_on_the_line_under_the_name(extract_text):
    """杜宏图 / （区总工会党组成员、副主席，经费审查委员会主任）: a comma in the brackets goes on."""
    text = (
        "潍城区总工会第二届经费审查委员会工作报告\n杜宏图\n（区总工会党组成员、副主席，经费审查委员会主任）\n"
        "（2027年4月2日）\n各位代表：现在，我代表潍城区总工会第二届经费审查委员会向大会报告工作。\n"
    )
    found = posts(extract_text(text, region="潍城区"))
    assert ("杜宏图", "潍城区总工会", "党组成员") in found
    assert ("杜宏图", "潍城区总工会", "副主席") in found
    assert ("杜宏图", "潍城区总工会", "经费审查委员会主任") in found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "南木林县总工会经审会（主任次旺多吉）推行审查台账，经验在全区交流。",
            ("次旺多吉", "南木林县总工会", "经费审查委员会主任"),
        ),
        (
            "华容县明远机械有限公司工会（主席柯文栋）组织职工开展技能比武。",
            ("柯文栋", "华容县明远机械有限公司工会", "主席"),
        ),
    ],
)
def test_a_bodys_holder_named_in_brackets_after_it(extract_text, text, held):
    assert held in posts(extract_text(text))


def test_another_bodys_congress_tells_no_unions_office(extract_text):
    text = (
        "东丰县总工会主席于海峰到会祝贺。\n"
        "去年9月，县劳动模范协会开换届大会，选出了新一届理事会。会长换成了关春林，他原来是镇总工会的主席。\n"
    )
    found = posts(extract_text(text, region="东丰县"))
    assert not any(n == "关春林" and b.endswith("总工会") and r == "会长" for n, b, r in found)


def test_a_name_closing_the_text_reads_no_apposition(extract_text):
    assert ("柯文栋", "华容县总工会", "主席") in posts(extract_text("华容县总工会主席柯文栋"))


@pytest.mark.parametrize("title", ["组织委员", "宣传委员", "纪检委员"])
def test_a_party_committees_member_for_a_work_is_an_office(extract_text, title):
    text = f"8月2日，柳林镇召开工会会员代表大会。镇党委委员、{title}庹志坚主持会议。\n"
    found = posts(extract_text(text, region="华容县"))
    assert any(n == "庹志坚" and r == title and b.endswith("柳林镇委员会") for n, b, r in found)
