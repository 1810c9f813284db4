"""Saved web feeds (RSS 2.0, Atom): each item an article, its furniture no entity (kg.ingest.feeds).

All feeds here are invented (another province, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.feeds import looks_like_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>韶州职工之家 - 基层动态</title>
<link>http://www.example.cn/</link>
<description>韶州职工之家（韶州市总工会主办）：工会新闻</description>
<language>zh-cn</language>
<copyright>Copyright 2031 韶州职工之家 版权所有</copyright>
<webMaster>admin@example.cn (站点管理员)</webMaster>
<lastBuildDate>Tue, 08 Apr 2031 18:00:00 +0800</lastBuildDate>
<generator>PressKit CMS 3.1</generator>
<ttl>30</ttl>
<item>
<title>翁源县总工会举办“春风暖工”技能比武</title>
<link>http://www.example.cn/a/2031/4/7/101.html</link>
<guid isPermaLink="false">sz-101</guid>
<pubDate>Mon, 07 Apr 2031 10:20:00 +0800</pubDate>
<author>翁源县总工会办公室</author>
<category>县区动态</category>
<description><![CDATA[<p>本网讯（通讯员&nbsp;龙慧敏）4月6日，翁源县总工会在龙仙镇举办&ldquo;春风暖工&rdquo;职工技能比武，52名职工参加。</p>
<p><img src="/p/1.jpg" alt="选手在比武现场操作（邝志远 摄）"/></p>
<p>县总工会主席钟卫国到场观摩&hellip;&hellip;</p>
<p><a href="http://www.example.cn/a/2031/4/7/101.html">阅读全文>></a></p>]]></description>
</item>
<item>
<title>乳源县总工会慰问环卫工人</title>
<link>http://www.example.cn/a/2031/4/5/99.html</link>
<pubDate>Sat, 05 Apr 2031 23:30:00 +0800</pubDate>
<author>韶州日报</author>
<category>媒体聚焦</category>
<content:encoded><![CDATA[<p>昨天，乳源县总工会走访慰问了48名环卫工人。</p>]]></content:encoded>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>南岭工会网</title>
<subtitle>南岭工会网（连平县总工会主办）</subtitle>
<updated>2031-05-02T08:00:00+08:00</updated>
<entry>
<title>连平县举办职工篮球赛</title>
<link rel="alternate" href="http://www.example.org/n/7.html"/>
<id>tag:example.org,2031:7</id>
<published>2031-05-01T09:00:00+08:00</published>
<updated>2031-05-02T07:00:00+08:00</updated>
<author><name>连平县总工会宣传部</name></author>
<content type="html">&lt;p&gt;4月30日，连平县总工会在县体育馆举办职工篮球赛，16支队伍参赛。&lt;/p&gt;</content>
</entry>
</feed>
"""


def _read(tmp_path: Path, text: str, name: str = "feed.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)])


def test_a_feed_is_told_by_its_content() -> None:
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert not looks_like_feed("<html><body><p>rss</p></body></html>")
    assert not looks_like_feed("翁源县总工会举办技能比武\n<rss> 是一种格式。")


def test_each_item_is_an_article_with_its_title_and_date(tmp_path: Path) -> None:
    result = _read(tmp_path, RSS)
    arts = result.articles
    assert [a.headline for a in arts] == ["翁源县总工会举办“春风暖工”技能比武", "乳源县总工会慰问环卫工人"]
    # the pubDate in the item's own zone is the page date (23:30 +0800 is still the 5th)
    assert [a.date for a in arts] == ["2031-04-07", "2031-04-05"]
    assert arts[0].url == "http://www.example.cn/a/2031/4/7/101.html"
    assert "“春风暖工”" in arts[0].body and "&ldquo;" not in arts[0].body
    assert "阅读全文" not in arts[0].text
    assert not result.notes


def test_credits_in_the_body_and_in_a_picture_alt(tmp_path: Path) -> None:
    first = _read(tmp_path, RSS).articles[0]
    assert first.reporters == ["龙慧敏"]
    assert first.photographers == ["邝志远"]


def test_author_category_and_channel_are_furniture(tmp_path: Path) -> None:
    arts = _read(tmp_path, RSS).articles
    text = "\n".join(a.text for a in arts)
    furniture = ("翁源县总工会办公室", "韶州日报", "县区动态", "媒体聚焦", "PressKit", "站点管理员", "版权所有")
    assert not [f for f in (*furniture, "sz-101") if f in text]
    assert all(not a.reporters for a in arts[1:])
    # the channel says whose site it is: kept as the first article's furniture
    assert any("韶州市总工会主办" in f for f in arts[0].furniture)


def test_offsets_point_into_the_feed(tmp_path: Path) -> None:
    art = _read(tmp_path, RSS).articles[0]
    at = art.text.index("翁源县总工会在龙仙镇")
    assert RSS[art.offsets.to_source(at) : art.offsets.to_source(at) + 6] == "翁源县总工会"


def test_an_atom_feed(tmp_path: Path) -> None:
    arts = _read(tmp_path, ATOM, "feed.xml").articles
    assert [(a.headline, a.date, a.url) for a in arts] == [
        ("连平县举办职工篮球赛", "2031-05-01", "http://www.example.org/n/7.html")
    ]
    assert "16支队伍参赛" in arts[0].body and "<p>" not in arts[0].body
    assert "宣传部" not in arts[0].text


def test_a_broken_feed_is_read_as_markup_with_a_warning(tmp_path: Path) -> None:
    broken = RSS.replace("</item>\n<item>", "<item>", 1)  # an item left open
    result = _read(tmp_path, broken)
    assert len(result.notes) == 1 and "not well-formed" in str(result.notes[0])
    assert result.articles and any("龙仙镇" in a.text for a in result.articles)


def test_a_feed_declaring_entities_is_not_expanded(tmp_path: Path) -> None:
    bomb = RSS.replace(
        "<rss ", '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<rss ', 1
    ).replace("<ttl>30</ttl>", "<ttl>&b;</ttl>")
    result = _read(tmp_path, bomb)
    assert len(result.notes) == 1 and "entities" in str(result.notes[0])


LIST_ITEM = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>韶州职工之家</title>
<item><title>韶州市表彰一批优秀工会工作者</title><pubDate>Wed, 09 Apr 2031 09:00:00 +0800</pubDate>
<description><![CDATA[<p>近日，韶州市总工会命名一批优秀工会工作者，名单如下：</p>
<p>龙慧敏 翁源县龙仙镇总工会副主席</p><p>邝志远 乳源县大桥镇总工会主席</p>
<p>钟卫国 连平县元善镇总工会主席</p><p>希望受表彰的同志再接再厉。</p>]]></description></item>
</channel></rss>
"""


def test_a_list_opening_an_item_stays_in_its_article(tmp_path: Path) -> None:
    """Lines of names and offices above an item's first full sentence are its list, not
    a site's sidebar roster: a feed item has no sidebar."""
    arts = _read(tmp_path, LIST_ITEM).articles
    assert len(arts) == 1 and not arts[0].roster
    assert "邝志远 乳源县大桥镇总工会主席" in arts[0].body
