"""People as a grammar (session 43), on short invented texts through the real pipeline.

* P1 a programme's rows: names after a role's cell (裁判长　A　裁判员　B　C) and after a
  name with its post in brackets (A（镇总工会主席）　B) are names;
* P2 a speaker's label (【同期声】某某副主席　X：) names X, even one ending as a place does;
* P3 调离 closes a name the tagger cut (原厂长X调离后);
* P4 no name: a document code before its bracketed year (某工劳监函〔2027〕), a language
  pair (蒙汉兼通), an editor's heading (编后), a road before its direction of travel, a
  brand glued to a city's short name (某某职惠);
* P5 a table's numbered rows set with gaps stay rows, and a padded name before the sex cell
  (宓　川　男) is closed up.

All names and places are invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.name_marks import join_padded_names
from kg.ingest.textmap import Mapped


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "（五）裁判组\n总裁判长：闵立川（县第一中学体育教师）\n"
            "拔　　河：裁判长　甄永新　　裁判员　党晓东　阙小雷　白桦\n"
            "象　　棋：裁判长　尉迟峰　　裁判员　司小冬\n",
            {"甄永新", "白桦", "司小冬"},
        ),
        (
            "四、参赛单位及领队、教练员名单\n序号　代表队　　　领队　　　教练\n"
            "1　东湖镇代表队　　宓春来（镇总工会主席）　牛犇\n"
            "2　西塘镇代表队　　桑立军（镇总工会副主席）　武建国\n"
            "3　县直机关代表队　岑海宁（县直机关工委副书记）　师晓冬\n",
            {"牛犇", "武建国", "师晓冬"},
        ),
    ],
)
def test_a_rows_names_after_a_role_or_a_noted_name(labelled, text: str, names: set[str]) -> None:
    assert names <= labelled(text, "PERSON")


def test_a_speakers_label_names_its_speaker(labelled) -> None:
    text = (
        "【同期声】西湖区总工会党组书记、常务副主席　鲁家村：今年我们把驿站建设和送清凉结合起来，已经建成二十个驿站。\n"
    )
    assert "鲁家村" in labelled(text, "PERSON")


def test_a_name_before_leaving_its_post(labelled) -> None:
    text = "公司今年初更换了管理层，原总经理柴平喜调离后，新班子对用工管理摸底不够。"
    assert "柴平喜" in labelled(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("区总工会向企业送达提示函（岚工劳监函〔2027〕第5号），要求限期整改。", "劳监函"),
        ("区总工会向企业送达提示函（城工劳监函〔2026〕第2号）。", "劳监函"),
        ("其中，8号岗位（蒙汉兼通岗）因面试合格人数不足，该岗位空缺。", "蒙汉"),
        ("区总工会将在9月再进行一次“回头看”。\n▌编后\n“一函两书”是工会劳动法律监督的有力抓手。", "编后"),
        ("请大家提前绕行；卫明路由东向西车多缓行。", "卫明"),
        ("本活动由区总工会发布\n枣阳职惠 · 职工服务平台　在线客服：小枣", "职惠"),
    ],
)
def test_no_name_in_a_code_a_pair_a_heading_or_a_road(labelled, text: str, word: str) -> None:
    assert word not in labelled(text, "PERSON")


def test_a_padded_name_before_the_sex_cell_is_closed_up() -> None:
    assert join_padded_names(Mapped.of("7 宓 川 男 1997.06 某某大学", 0)).text == "7 宓川 男 1997.06 某某大学"
    assert join_padded_names(Mapped.of("全 国 总", 0)).text == "全 国 总"  # no name in it


def test_a_tables_rows_set_with_gaps_stay_rows(tmp_path) -> None:
    rows = [
        "序号\t姓名\t性别\t出生年月\t毕业院校\t学历\t报考岗位",
        "1\t韩若雪\t女\t1999.05\t某某大学\t本科\t01 综合文字岗",
        "2\t宓　川\t男\t1997.06\t某某工业大学\t大专\t04 东湖区总工会基层工会服务岗",
        "3\t何欣然\t女\t2001.03\t某某师范学院\t本科\t04 东湖区总工会基层工会服务岗",
        "4\t胡振华\t男\t1996.10\t某某农业大学\t本科\t05 西塘区总工会社会工作岗位",
    ]
    page = tmp_path / "page.txt"
    page.write_text(
        "东湖市总工会2027年公开招聘社会化工会工作者拟聘用人员公示\n\n发布时间：2027-06-08 16:30\n\n"
        "　　东湖市总工会公开招聘社会化工会工作者工作已完成报名、笔试、面试等程序，现将拟聘用人员公示如下：\n\n"
        + "\n".join(rows)
        + "\n\n　　公示期：2027年6月8日至6月14日。\n",
        encoding="utf-8",
    )
    text = read_articles([str(page)]).articles[0].text
    assert "\n2 宓川 男 1997.06" in text and "\n4 胡振华 男" in text
