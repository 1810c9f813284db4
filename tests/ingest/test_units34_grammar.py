"""End matter that names bodies without being article text (units34): a printed bulletin's
distribution list (报：… 送：… 抄送：… 发：…) and a converted page's list of links.

Every page is invented.  A case gives the end matter written under an invented article and
the words that must not reach the article's text (``gone``) or must stay (``kept``).
"""

from __future__ import annotations

import pytest

from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

C = pytest.param
CASES = [
    C(
        "报：省总工会，市委、市人大常委会、市政府、市政协有关领导\n送：市委办公室、市政府办公室\n发：各县区总工会，市直各产业工会",
        {"gone": ["市政府办公室", "市政协", "各县区总工会"]},
        id="bao-song-fa",
    ),
    C(
        "抄送：县委办、县政府办、县人社局\n印发：县总工会办公室",
        {"gone": ["县人社局", "县总工会办公室"]},
        id="chaosong-yinfa",
    ),
    C(
        "报送：州总工会，州委组织部\n抄报：州人大常委会办公室",
        {"gone": ["州委组织部", "州人大常委会办公室"]},
        id="baosong-chaobao",
    ),
    C(
        "主送：各乡镇总工会、县直各工会\n抄送：县委、县政府",
        {"gone": ["各乡镇总工会", "县政府"]},
        id="zhusong",
    ),
    C(
        "━━━━━━━━━━\n报：区委、区政府\n送：区人大常委会、区政协\n━━━━━━━━━━\n区总工会办公室　　2026年3月2日印发",
        {"gone": ["区人大常委会", "印发"]},
        id="between-rules",
    ),
    # near miss: a sentence that opens with the same character is the article's
    C(
        "发展会员工作将持续推进，年内再吸收会员300名。",
        {"kept": ["发展会员工作"]},
        id="fazhan-prose",
    ),
    C(
        "送法进企业活动同时启动，律师现场解答咨询。",
        {"kept": ["送法进企业"]},
        id="songfa-prose",
    ),
    # a traditional page's related links (相關連結 converts to 相关连结, not 相关链接)
    C(
        "相關連結：中華全國總工會 | 浙江省總工會 | 杭州市人民政府",
        {"gone": ["浙江省总工会", "杭州市人民政府", "浙江省總工會"]},
        id="fanti-xiangguan-lianjie",
    ),
]


@pytest.mark.parametrize(("end", "want"), CASES)
def test_end_matter(tmp_path, end, want):
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{end}\n"
    articles = page_articles(tmp_path, text)
    body = "\n".join(a.body for a in articles)
    for word in want.get("gone", []):
        assert word not in body, body
    for word in want.get("kept", []):
        assert word in body, body
