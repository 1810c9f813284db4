"""Page furniture around one article as a grammar (session 35, round 2): short invented
pages run through the real reader and extractor, checking which articles come out, their
headlines, and that the furniture names nothing.

* F1 a list of links after the article (相关新闻, 推荐阅读, 往期回顾, 热门文章, 相关访谈…):
  its items are other pages' headlines (湖口县总工会：…, 某某市长谈…): no article, no
  entity, and no second article whose reporter is the label;
* F2 readers' comments (网友留言, 评论区, 读者来信) with nicknames and dates: no one named;
* F3 an interview page's labelled fields under the headline (访谈嘉宾：…, 访谈时间：…,
  主持人：…) are no headline: the headline stays;
* F4 a headline printed over two lines in a PDF (a line ending without punctuation, the next
  opening with a quote) is one headline;
* F5 a 导语 / 【导语】 paragraph is body;
* N  near-misses: a real second article after a 上一篇 separator; a 相关链接 line inside the
  body naming the organiser keeps the body's facts.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles


@pytest.fixture(scope="module")
def page_facts(nlp, gaz, tmp_path_factory):
    """Read a page's text with the real reader, extract each article: [(article, facts)]."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    extractor = ArticleExtractor(gaz)
    folder = tmp_path_factory.mktemp("furniture35b")

    def run(text: str, name: str):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        arts = read_articles([str(path)]).articles
        docs = [nlp(a.text) for a in arts]
        page = infer_page(docs, arts, gaz, None)
        return [(a, extractor.extract(d, a, page, article_id(a))) for a, d in zip(arts, docs, strict=True)]

    return run


def _names(facts) -> set[str]:
    return {ref.name for ref in facts.entities}


def _body(u: str, what: str = "职工技能大赛", n: int = 120) -> str:
    return f"　　近日，{u}举办{what}，全市{n}余名职工参加。比赛设理论考试和实操两个环节，决出一等奖3名。\n"


def _web(
    head: str, body: str, tail: str, site: str = "某某市总工会网", meta: str = "发布时间：2027-03-02 10:12　来源：本站"
) -> str:
    return f"{site}\n首页 > 工会要闻 > 正文\n\n{head}\n\n{meta}\n\n{body}\n{tail}"


# (page text, number of articles, first headline, names that must come out, names that must not)
CASES = [
    # F1 lists of links after the article
    pytest.param(
        _web(
            "九江市总工会举办职工技能大赛",
            _body("九江市总工会"),
            "相关新闻\n湖口县总工会：多措并举服务职工\n共青城市长谈产城融合\n都昌县召开工会工作会议\n",
        ),
        1,
        "九江市总工会举办职工技能大赛",
        {"九江市总工会"},
        {"湖口县总工会", "湖口县", "都昌县"},
        id="f1-related-news-jiangxi",
    ),
    pytest.param(
        _web(
            "呼和浩特市总工会开展送温暖活动",
            _body("呼和浩特市总工会", "送温暖活动", 300),
            "相关访谈\n市人社局局长谈就业\n赛罕区总工会主席谈职工服务\n",
        ),
        1,
        "呼和浩特市总工会开展送温暖活动",
        {"呼和浩特市总工会"},
        {"赛罕区总工会", "赛罕区", "市人社局"},
        id="f1-related-interviews-nmg",
    ),
    pytest.param(
        _web(
            "兰州市总工会启动职工疗休养",
            _body("兰州市总工会", "职工疗休养活动", 200),
            "推荐阅读：\n· 榆中县总工会：为户外劳动者办实事\n· 皋兰县举办劳模事迹报告会\n",
        ),
        1,
        "兰州市总工会启动职工疗休养",
        {"兰州市总工会"},
        {"榆中县总工会", "榆中县", "皋兰县"},
        id="f1-recommended-dots-gansu",
    ),
    pytest.param(
        _web(
            "海口市总工会举行劳模座谈会",
            _body("海口市总工会", "劳模座谈会", 50),
            "延伸阅读\n1. 琼海市总工会开展普法宣传\n2. 文昌市举办职工篮球赛\n",
        ),
        1,
        "海口市总工会举行劳模座谈会",
        {"海口市总工会"},
        {"琼海市总工会", "琼海市", "文昌市"},
        id="f1-further-numbered-hainan",
    ),
    pytest.param(
        "贵阳工会\n2027-06-01 08:30 贵州\n\n贵阳市总工会开展夏送清凉\n\n"
        + _body("贵阳市总工会", "夏送清凉活动", 500)
        + "\n往期回顾\n▶ 清镇市总工会：把服务送到一线\n▶ 修文县职工运动会开幕\n\n阅读 2000\n",
        1,
        "贵阳市总工会开展夏送清凉",
        {"贵阳市总工会"},
        {"清镇市总工会", "清镇市", "修文县"},
        id="f1-wechat-past-issues-guizhou",
    ),
    pytest.param(
        _web(
            "哈尔滨市总工会举办冰雪运动会",
            _body("哈尔滨市总工会", "职工冰雪运动会", 800),
            "热门文章\n五常市总工会主席谈乡村振兴\n尚志市召开职代会\n宾县总工会开展培训\n",
        ),
        1,
        "哈尔滨市总工会举办冰雪运动会",
        {"哈尔滨市总工会"},
        {"五常市总工会", "尚志市", "宾县总工会"},
        id="f1-hot-articles-heilongjiang",
    ),
    pytest.param(
        _web(
            "昆明市总工会开展职工读书月",
            _body("昆明市总工会", "职工读书月活动", 600),
            "相关阅读\n安宁市总工会：书香满企业\n记者 杨丽华\n",
        ),
        1,
        "昆明市总工会开展职工读书月",
        {"昆明市总工会"},
        {"安宁市总工会", "安宁市", "杨丽华"},
        id="f1-related-with-reporter-yunnan",
    ),
    pytest.param(
        _web(
            "拉萨市总工会慰问环卫工人",
            _body("拉萨市总工会", "慰问环卫工人活动", 100),
            "相关报道：\n【图】堆龙德庆区总工会开展义诊\n【视频】林周县职工歌咏比赛\n",
        ),
        1,
        "拉萨市总工会慰问环卫工人",
        {"拉萨市总工会"},
        {"堆龙德庆区总工会", "林周县"},
        id="f1-related-reports-tagged-tibet",
    ),
    pytest.param(
        _web(
            "银川市总工会举办职工书画展",
            _body("银川市总工会", "职工书画展", 90),
            "为您推荐\n灵武市总工会：提升职工技能\n永宁县总工会召开全委会\n",
        ),
        1,
        "银川市总工会举办职工书画展",
        {"银川市总工会"},
        {"灵武市总工会", "永宁县总工会"},
        id="f1-for-you-ningxia",
    ),
    pytest.param(
        _web(
            "乌鲁木齐市总工会开展普法宣传",
            _body("乌鲁木齐市总工会", "普法宣传活动", 400),
            "相关新闻：\n米东区总工会：关爱新就业形态劳动者　2027-03-01\n达坂城区召开工会会议　2027-02-27\n",
        ),
        1,
        "乌鲁木齐市总工会开展普法宣传",
        {"乌鲁木齐市总工会"},
        {"米东区总工会", "达坂城区"},
        id="f1-related-dated-items-xinjiang",
    ),
    pytest.param(
        _web(
            "西宁市总工会举办创业培训",
            _body("西宁市总工会", "创业培训班", 70),
            "更多新闻\n湟中区总工会：培训助就业\n大通县总工会开展帮扶\n",
        ),
        1,
        "西宁市总工会举办创业培训",
        {"西宁市总工会"},
        {"湟中区总工会", "大通县总工会"},
        id="f1-more-news-qinghai",
    ),
    pytest.param(
        _web(
            "南宁市总工会举行劳动竞赛启动仪式",
            _body("南宁市总工会", "劳动竞赛启动仪式", 260),
            "相关专题\n横州市总工会：百日攻坚劳动竞赛\n宾阳县总工会开展技能比武\n",
        ),
        1,
        "南宁市总工会举行劳动竞赛启动仪式",
        {"南宁市总工会"},
        {"横州市总工会", "宾阳县总工会"},
        id="f1-topic-guangxi",
    ),
    pytest.param(
        _web(
            "長春市總工會舉辦職工運動會",
            "　　近日，長春市總工會舉辦職工運動會，全市600餘名職工參加。\n",
            "相關新聞\n德惠市總工會：服務職工零距離\n農安縣舉辦勞模報告會\n",
        ),
        1,
        "长春市总工会举办职工运动会",
        {"长春市总工会"},
        {"德惠市总工会", "农安县"},
        id="f1-traditional-jilin",
    ),
    pytest.param(
        _web(
            "太原市总工会开展职工心理关爱",
            _body("太原市总工会", "职工心理关爱活动", 150),
            "猜你喜欢\n清徐县总工会：心理服务进企业\n阳曲县召开工会工作会\n\n相关推荐\n娄烦县总工会开展慰问\n",
        ),
        1,
        "太原市总工会开展职工心理关爱",
        {"太原市总工会"},
        {"清徐县总工会", "阳曲县", "娄烦县总工会"},
        id="f1-two-lists-shanxi",
    ),
    pytest.param(
        _web(
            "济南市总工会举办职工摄影展",
            _body("济南市总工会", "职工摄影展", 180),
            "相关阅读\n章丘区总工会：镜头里的劳动者\n（记者 欧阳明）\n平阴县职工摄影培训班开班\n",
        ),
        1,
        "济南市总工会举办职工摄影展",
        {"济南市总工会"},
        {"章丘区总工会", "平阴县", "欧阳明"},
        id="f1-related-with-credit-shandong",
    ),
    # F2 readers' comments
    pytest.param(
        _web(
            "合肥市总工会发布职工服务清单",
            _body("合肥市总工会", "职工服务清单发布会", 80),
            "网友留言\n快乐的小鱼　2027-03-03\n给合肥市总工会点赞！\n庐江老张　2027-03-03\n希望肥西县也有这样的服务\n",
        ),
        1,
        "合肥市总工会发布职工服务清单",
        {"合肥市总工会"},
        {"肥西县", "老张"},
        id="f2-netizen-messages-anhui",
    ),
    pytest.param(
        "福州工会\n2027-04-10 18:00 福建\n\n福州市总工会举办职工相亲会\n\n"
        + _body("福州市总工会", "职工联谊活动", 200)
        + "\n评论区\n闽侯阿强：长乐区什么时候办？\n作者回复：敬请关注\n",
        1,
        "福州市总工会举办职工相亲会",
        {"福州市总工会"},
        {"长乐区", "阿强"},
        id="f2-comment-area-fujian",
    ),
    pytest.param(
        _web(
            "郑州市总工会开通维权热线",
            _body("郑州市总工会", "维权热线开通仪式", 60),
            "读者来信\n新密市读者王建国：热线很及时\n登封市一位职工：希望推广\n",
        ),
        1,
        "郑州市总工会开通维权热线",
        {"郑州市总工会"},
        {"新密市", "王建国", "登封市"},
        id="f2-readers-letters-henan",
    ),
    # F3 interview fields
    pytest.param(
        "某某网　城市门户\n首页 | 访谈\n\n市总工会主席司马志刚：让职工有更多获得感\n\n"
        "2027-05-10 10:00　来源：某某网\n\n"
        "访谈嘉宾：司马志刚　石家庄市总工会主席\n访谈时间：2027年5月8日上午\n访谈地点：某某网演播厅\n主持人：李娜\n\n"
        "　　主持人：司马主席您好，今年工会服务有哪些亮点？\n\n"
        "　　司马志刚：全市已建成职工服务站150个，覆盖职工30万人。\n",
        1,
        "市总工会主席司马志刚：让职工有更多获得感",
        {"司马志刚", "石家庄市总工会"},
        set(),
        id="f3-interview-host-hebei",
    ),
    pytest.param(
        "沈阳工会网\n首页 > 在线访谈\n\n在线访谈：沈阳市总工会谈职工疗休养\n\n"
        "访谈嘉宾：沈阳市总工会副主席 慕容雪\n访谈时间：2027年6月3日\n\n"
        "　　主持人：慕容主席，今年疗休养有什么新变化？\n\n　　慕容雪：今年全市安排职工疗休养5000人次。\n",
        1,
        "在线访谈：沈阳市总工会谈职工疗休养",
        {"慕容雪", "沈阳市总工会"},
        set(),
        id="f3-interview-no-meta-liaoning",
    ),
    pytest.param(
        "首页 | 访谈\n\n区总工会主席谈新就业形态劳动者入会\n\n访谈时间：2027年7月1日\n访谈地点：成华区总工会\n"
        "嘉宾：成华区总工会主席 诸葛英\n\n　　记者：诸葛主席，今年入会工作有何进展？\n\n"
        "　　诸葛英：今年已发展新就业形态劳动者入会8000人。\n",
        1,
        "区总工会主席谈新就业形态劳动者入会",
        {"诸葛英", "成华区总工会"},
        set(),
        id="f3-interview-guest-sichuan",
    ),
    # F4 two-line headline from a PDF
    pytest.param(
        "宁波日报　2027年4月9日　第5版\n\n纺织女工陈秀英：把一根纱线\n“接”成一门绝活\n\n"
        "　　本报记者 何平\n\n　　在宁波某纺织公司，陈秀英接头速度全市第一，去年获评宁波市劳动模范。\n",
        1,
        "纺织女工陈秀英：把一根纱线“接”成一门绝活",
        {"陈秀英"},
        set(),
        id="f4-two-line-quote-zhejiang",
    ),
    pytest.param(
        "工人日报　2027年5月2日\n\n焊工钟离山：让每道焊缝\n“零缺陷”\n\n"
        "　　本报记者 韦东\n\n　　在柳州某汽车公司，钟离山坚守焊接岗位二十年，获全国五一劳动奖章。\n",
        1,
        "焊工钟离山：让每道焊缝“零缺陷”",
        {"钟离山"},
        set(),
        id="f4-two-line-quote-guangxi",
    ),
    # F5 导语 is body
    pytest.param(
        _web(
            "武汉市总工会推出职工服务十件实事",
            "【导语】今年以来，武汉市总工会聚焦职工急难愁盼，推出十件实事。\n\n"
            + _body("武汉市总工会", "职工服务实事发布会", 90),
            "",
        ),
        1,
        "武汉市总工会推出职工服务十件实事",
        {"武汉市总工会"},
        set(),
        id="f5-lead-bracketed-hubei",
    ),
    pytest.param(
        "长沙新闻广播\n\n长沙市总工会开展一线职工慰问\n\n导语：高温之下，长沙市总工会把清凉送到一线。\n\n"
        + _body("长沙市总工会", "一线职工慰问活动", 300),
        1,
        "长沙市总工会开展一线职工慰问",
        {"长沙市总工会"},
        set(),
        id="f5-lead-radio-hunan",
    ),
    # N near-misses
    pytest.param(
        _web(
            "南昌市总工会举办职工乒乓球赛", _body("南昌市总工会", "职工乒乓球赛", 100), "相关链接：南昌市总工会官网\n"
        ),
        1,
        "南昌市总工会举办职工乒乓球赛",
        {"南昌市总工会"},
        set(),
        id="n-related-link-organiser-jiangxi",
    ),
    pytest.param(
        _web(
            "广州市总工会举办职工歌手大赛",
            "　　近日，广州市总工会举办职工歌手大赛。相关链接：大赛由广州市文化馆承办，200余名职工参加。\n",
            "",
        ),
        1,
        "广州市总工会举办职工歌手大赛",
        {"广州市总工会", "广州市文化馆"},
        set(),
        id="n-related-link-inside-body-guangdong",
    ),
    pytest.param(
        "重庆工人报　2027年3月8日　第2版\n\n渝北区总工会举办女职工健康讲座\n\n　　本报讯（记者 谭小红）"
        "3月6日，渝北区总工会举办女职工健康讲座，150余名女职工参加。\n\n"
        "璧山区总工会开展技能培训\n\n"
        "　　本报讯（记者 上官云）3月7日，璧山区总工会举办电工技能培训班，80余名职工参加。\n",
        2,
        "渝北区总工会举办女职工健康讲座",
        {"渝北区总工会"},
        set(),
        id="n-second-article-paper-chongqing",
    ),
    pytest.param(
        _web(
            "苏州市总工会开展劳模进校园",
            _body("苏州市总工会", "劳模进校园活动", 500),
            "相关新闻\n昆山市总工会：劳模精神代代传\n\n太仓市总工会举办职工运动会\n\n　　本报讯（记者 周明）"
            "5月2日，太仓市总工会举办职工运动会，400余名职工参加。\n",
        ),
        2,
        "苏州市总工会开展劳模进校园",
        {"苏州市总工会"},
        {"昆山市总工会"},
        id="n-related-then-next-article-jiangsu",
    ),
    pytest.param(
        "上一篇：杭州市总工会召开全委会\n下一篇：余杭区总工会举办培训\n\n"
        "西湖区总工会开展职工健步走\n\n发布时间：2027-04-01　来源：西湖区总工会\n\n"
        + _body("西湖区总工会", "职工健步走活动", 1000),
        1,
        "西湖区总工会开展职工健步走",
        {"西湖区总工会"},
        {"余杭区总工会"},
        id="n-prev-next-above-zhejiang",
    ),
    pytest.param(
        _web(
            "天津市总工会发布服务指南",
            _body("天津市总工会", "职工服务指南发布会", 70),
            "上一篇：滨海新区总工会开展普法\n下一篇：武清区总工会举办运动会\n",
        ),
        1,
        "天津市总工会发布服务指南",
        {"天津市总工会"},
        {"滨海新区总工会", "武清区总工会"},
        id="n-prev-next-below-tianjin",
    ),
    # more genres, added after the first fixes
    pytest.param(
        "九江新闻网\n首页 > 县区新闻\n\n湖口县总工会举办职工运动会\n\n2027-05-06 09:00　来源：湖口县融媒体中心\n\n"
        "　　5月5日，湖口县总工会举办职工运动会，600余名职工参加。\n\n相关访谈：\n\n"
        "湖口县总工会：让职工生活更有温度\n\n共青城市长谈产城融合\n\n市人社局局长谈就业\n",
        1,
        "湖口县总工会举办职工运动会",
        {"湖口县总工会"},
        {"共青城市", "共青城市人民政府"},
        id="x-interviews-spaced-portal-jiangxi",
    ),
    pytest.param(
        _web(
            "温州市总工会举办职工书画展",
            _body("温州市总工会", "职工书画展", 200),
            "【相关新闻】\n\n瑞安市总工会：职工书画进社区\n\n乐清市总工会举办摄影展\n\n编辑：林小芳\n",
        ),
        1,
        "温州市总工会举办职工书画展",
        {"温州市总工会"},
        {"瑞安市总工会", "乐清市总工会", "林小芳"},
        id="x-bracketed-label-editor-zhejiang",
    ),
    pytest.param(
        "泉州工会\n2027-06-01 08:30\n\n泉州市总工会开展送清凉\n\n"
        + _body("泉州市总工会", "送清凉活动", 3000)
        + "\n相关访谈\n\n晋江市总工会主席谈新就业形态\n\n记者 蔡明\n\n石狮市长谈职工之家建设\n",
        1,
        "泉州市总工会开展送清凉",
        {"泉州市总工会"},
        {"晋江市总工会", "蔡明", "石狮市"},
        id="x-interviews-with-reporter-wechat-fujian",
    ),
    pytest.param(
        _web(
            "佛山市总工会召开全委会",
            _body("佛山市总工会", "全委（扩大）会议", 100),
            "相关新闻：顺德区总工会召开全委会　南海区总工会部署新年工作　三水区职代会召开\n",
        ),
        1,
        "佛山市总工会召开全委会",
        {"佛山市总工会"},
        {"顺德区总工会", "南海区总工会", "三水区"},
        id="x-related-row-guangdong",
    ),
    pytest.param(
        _web(
            "绍兴市总工会表彰劳动模范",
            _body("绍兴市总工会", "劳模表彰大会", 500),
            "读者来信\n\n越城小王 2027-04-28 10:21\n\n为劳模点赞！嵊州市的劳模也很棒。\n\n"
            "诸暨网友 2027-04-28 11:02\n\n向劳模学习。\n",
        ),
        1,
        "绍兴市总工会表彰劳动模范",
        {"绍兴市总工会"},
        {"嵊州市", "小王"},
        id="x-letters-prose-zhejiang",
    ),
    pytest.param(
        "甘肃日报　2027年4月9日　第6版\n\n电工赫连勇：把一根电缆\n“理”成一件艺术品\n\n"
        "　　本报记者 马强\n\n　　在酒泉某电力公司，赫连勇获评甘肃省劳动模范。\n",
        1,
        "电工赫连勇：把一根电缆“理”成一件艺术品",
        {"赫连勇"},
        set(),
        id="x-two-line-quote-gansu",
    ),
    pytest.param(
        "首页 > 访谈\n\n在线访谈\n\n县总工会主席谈工会驿站建设\n\n访谈嘉宾：景泰县总工会主席 皇甫军\n"
        "访谈时间：2027年6月3日\n主持人：王芳\n\n　　主持人：皇甫主席，驿站建了多少个？\n\n"
        "　　皇甫军：全县已建成工会驿站20个。\n",
        1,
        "县总工会主席谈工会驿站建设",
        {"皇甫军", "景泰县总工会"},
        set(),
        id="x-interview-host-crew-gansu",
    ),
    pytest.param(
        "漳州工会\n2027-03-01 10:00\n\n漳州市总工会举办女职工插花比赛\n\n"
        "【导语】三八节前夕，漳州市总工会举办女职工插花比赛。\n\n"
        "　　近日，比赛在市工人文化宫举行，120名女职工参加。\n\n"
        "往期回顾：\n龙海区总工会：巾帼建新功｜长泰区女职工运动会｜云霄县总工会开展慰问\n",
        1,
        "漳州市总工会举办女职工插花比赛",
        {"漳州市总工会"},
        {"龙海区总工会", "长泰区", "云霄县总工会"},
        id="x-lead-and-past-row-fujian",
    ),
    pytest.param(
        "江城网　城市门户\n首页 > 访谈\n\n区总工会主席上官梅：让职工之家暖起来\n\n"
        "2027-04-22 10:30　来源：江城网　作者：黎明\n\n访谈嘉宾：上官梅　江岸区总工会主席\n访谈时间：2027年4月20日\n\n"
        "记者：上官主席您好，职工之家建得怎么样？\n\n上官梅：全区已建成职工之家80个，服务职工2万人次。\n\n"
        "记者：今年还有什么打算？\n\n上官梅：今年再建20个，覆盖所有街道。\n",
        1,
        "区总工会主席上官梅：让职工之家暖起来",
        {"上官梅", "江岸区总工会"},
        set(),
        id="x-interview-questions-no-heads-hubei",
    ),
    pytest.param(
        "首页 > 在线访谈\n\n县总工会主席谈农民工维权\n\n发布时间：2027-07-02\n\n"
        "问：今年农民工欠薪案件办了多少件？\n\n答：今年以来，县总工会帮助农民工追回欠薪300万元。\n\n"
        "问：下一步怎么做？\n\n答：宜良县总工会将在工地设立维权服务点。\n",
        1,
        "县总工会主席谈农民工维权",
        {"宜良县总工会"},
        set(),
        id="x-interview-ask-answer-yunnan",
    ),
]


@pytest.mark.parametrize(("text", "count", "headline", "present", "absent"), CASES)
def test_furniture_around_one_article(page_facts, request, text, count, headline, present, absent):
    got = page_facts(text, request.node.callspec.id)
    assert len(got) == count, [a.headline for a, _ in got]
    assert got[0][0].headline == headline
    first = _names(got[0][1])
    assert present <= first, first
    every = set().union(*(_names(f) for _, f in got))
    assert not (absent & every), absent & every
    for a, _ in got:  # no list label taken for a reporter
        assert not any(("相关" in r or "阅读" in r or "推荐" in r) for r in a.reporters), a.reporters
