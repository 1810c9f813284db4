"""Family pages: an account's card at a page's foot (name / …官方账号 / + 订阅) and a
platform's statement over it are furniture, not the article's last lines
(kg.ingest.page_furniture ``_account_card``, pages/nav_words.txt)."""

from __future__ import annotations

import pytest

from tests.ingest.invented_page import page_articles

BODY = "8月5日，青川区总工会为辖区10家企业配送职工书屋图书。区总工会主席宋雅琴出席配送仪式。"


@pytest.mark.parametrize("button", ["+ 订阅", "＋订阅", "已订阅"])
def test_an_accounts_card_with_a_subscribe_button_closes_no_article(tmp_path, button):
    # (invented) a self-media page: the statement, then the account's card and its button
    text = (
        f"青川区总工会开展职工书屋建设\n\n{BODY}\n\n"
        "本文为青川号作者上传并发布，仅代表该作者观点。青川号系信息发布平台，仅提供信息存储空间服务。\n\n"
        f"青川工会\n青川区总工会官方账号\n{button}\n"
    )
    (art,) = page_articles(tmp_path, text)
    assert art.body == BODY


def test_a_subscription_said_in_a_sentence_stays(tmp_path):
    # (invented) a sentence about subscribing is the article's
    text = f"青川区总工会开展职工书屋建设\n\n{BODY}\n职工可通过手机订阅电子书。\n"
    (art,) = page_articles(tmp_path, text)
    assert art.body.endswith("职工可通过手机订阅电子书。")
