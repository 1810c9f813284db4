"""Photo credits closing a caption in the shapes sites print them (round 11): a labelled
credit in brackets straight after the caption's words, a label with its colon after a
space, a caption wholly in brackets, a long transliterated name in a role's slot; and
the page around them: a post's end mark, a share bar, a 副题 with a comma over the
byline, a headline under a list of related links.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_furniture
from kg.ingest.bylines import closing_labelled, people_line, photo_credit_line, trailing_photo_credit
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles
_CAPTION = "图为书法爱好者为职工书写春联"


def test_a_labelled_credit_in_brackets_after_the_captions_last_word():
    c = closing_labelled(f"{_CAPTION}（摄影：林一帆）")
    assert c is not None and c.photographers == ["林一帆"]
    assert c.start == len(_CAPTION)


def test_a_label_with_its_colon_after_the_captions_words():
    c = trailing_photo_credit(f"{_CAPTION} 摄影：林一帆")
    assert c is not None and c.photographers == ["林一帆"]


@pytest.mark.parametrize(
    "caption",
    [
        f"（{_CAPTION}　摄影：林一帆）",  # a phrase, the credit after a space
        f"（{_CAPTION}。摄影：林一帆）",  # a sentence, the credit after it
        f"{_CAPTION}（摄影：林一帆）",  # the credit alone in brackets
    ],
)
def test_a_captions_credit_under_the_last_paragraph(tmp_path, caption):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{caption}\n")
    assert a.photographers == ["林一帆"]
    assert "林一帆" not in a.body and "（图为" not in a.body


@pytest.mark.parametrize("credit", ["（摄影：林一帆）", "（图/林一帆）", "（图片： 林一帆）", "【摄影：林一帆】"])
@pytest.mark.parametrize("mark", ["▲", ""])
def test_a_caption_credited_in_its_own_brackets_between_paragraphs(tmp_path, credit, mark):
    # no headline of a second article: a caption, its label and the photographer
    assert trailing_photo_credit(f"{_CAPTION}{credit}") is not None
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{mark}{_CAPTION}{credit}\n\n{MORE}\n")
    assert a.headline == HEAD and a.photographers == ["林一帆"]


@pytest.mark.parametrize("credit", ["（图/河湾区总工会）", "（图片：河湾工会）", "（摄影：区总工会宣传部）"])
def test_a_caption_whose_pictures_a_unit_gave_between_paragraphs(tmp_path, credit):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n▲{_CAPTION}{credit}\n\n{MORE}\n")
    assert a.headline == HEAD and a.photographers == []


@pytest.mark.parametrize("name", ["巴雅尔图门", "额尔敦巴雅尔"])
def test_a_long_transliterated_name_alone_in_a_roles_slot(name):
    c = photo_credit_line(f"（通讯员 {name} 摄）")
    assert c is not None and c.photographers == [name]
    both = people_line(f"记者 {name} 通讯员 王明远")
    assert both is not None and both.reporters == [name, "王明远"]


def test_a_long_run_out_of_a_roles_slot_names_no_one():
    # not straight after the role: the run may be words of a caption
    # (a run of Mongolian name words is a name anywhere: kg.ingest.name_syllables)
    c = people_line("记者 王明远 欢乐庆典现场")
    assert c is not None and c.reporters == ["王明远"]
    # two surnames could open it: two names written together, cut no one way
    assert photo_credit_line("（通讯员 王小明李华 摄）") is None
    assert photo_credit_line("（通讯员 王明远 摄）").photographers == ["王明远"]


@pytest.mark.parametrize("line", ["—END—", "- END -", "（完）", "【打印本页】【关闭窗口】　分享至：微信　微博"])
def test_end_marks_and_share_bars_are_furniture(line):
    assert is_furniture(line)


def test_words_that_start_like_an_end_mark_are_no_furniture():
    assert not is_furniture("完成")
    assert not is_furniture("END OF SEASON")


def test_a_posts_end_mark_under_a_captions_credit(tmp_path):
    # left in, the end mark is glued to the caption and its credit no longer closes the line
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n（{_CAPTION}。摄影：林一帆）\n\n—END—\n"
    (a,) = _articles(tmp_path, text)
    assert a.photographers == ["林一帆"]
    assert "END" not in a.body


_DECK = "86名选手比拼书法与篆刻，一等奖作品将推荐参加全市职工书法展"
_SECOND = "青禾街道职工合唱团唱响新年"
_SECOND_LEAD = "本报讯（记者 周立）6月2日，青禾街道职工合唱团在文化广场举行新年演出，300余名居民观看。"


def test_a_deck_with_a_comma_over_the_byline(tmp_path):
    text = f"{HEAD}\n\n{_DECK}\n\n本报讯（记者 林一帆 通讯员 王明远）{LEAD}\n\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD and a.decks == [_DECK]
    assert a.reporters == ["林一帆", "王明远"]


def test_a_headline_under_a_list_of_related_links(tmp_path):
    text = (
        f"{HEAD}\n\n本报讯（记者 林一帆）{LEAD}\n\n{MORE}\n\n"
        f"延伸阅读：河湾区总工会启动送温暖摸底工作\n\n{_SECOND}\n\n{_SECOND_LEAD}\n"
    )
    first, second = _articles(tmp_path, text)
    assert (first.headline, first.reporters) == (HEAD, ["林一帆"])
    assert (second.headline, second.reporters) == (_SECOND, ["周立"])
    assert "延伸阅读" not in first.body + second.body


def test_the_links_of_a_related_list_are_still_dropped(tmp_path):
    links = f"相关阅读：\n\n{_SECOND}\n\n河湾区总工会启动送温暖摸底工作"
    text = f"{HEAD}\n\n本报讯（记者 林一帆）{LEAD}\n\n{MORE}\n\n{links}\n"
    (a,) = _articles(tmp_path, text)
    assert _SECOND not in a.body and "摸底" not in a.body


@pytest.mark.parametrize("line", ["（本版责任编辑：周立）", "本版编辑 周立"])
def test_an_e_paper_pages_editor_is_furniture(tmp_path, line):
    assert is_furniture(line)
    (a,) = _articles(tmp_path, f"{HEAD}\n\n本报讯（记者 林一帆）{LEAD}\n\n{MORE}\n\n{line}\n")
    assert a.reporters == ["林一帆"] and "周立" not in a.body


def test_a_posts_credit_names_the_writers_unit_before_the_writer():
    from kg.ingest.bylines import labelled_credit_line

    c = labelled_credit_line("图文：东岭街道总工会　林一帆")
    assert c is not None and c.reporters == ["林一帆"] and c.photographers == ["林一帆"]


def test_a_posts_caption_after_its_bar_heads_no_article_over_the_credit(tmp_path):
    caption = "图｜区总工会领导为获奖职工颁发证书"
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{caption}\n\n图文：东岭街道总工会　林一帆\n编辑：周立\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"] and a.photographers == ["林一帆"]
    assert "颁发证书" not in a.text
