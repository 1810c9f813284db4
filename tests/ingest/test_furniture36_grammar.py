# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Page furniture of portals, web-mail and printed documents as a grammar (session 36):
short invented pages run through the real reader and extractor, checking that the
furniture's lines leave the articles and name nothing, and that a person named in
furniture and in the text stays a person.

* G1 a 政府信息公开 page's list of other documents (相关文件 / 相关政策) with their dates;
* G2 a site's assistant (智能问答 / 智能客服 “某某”) with a person-like name;
* G3 a portal's footer over its ICP line (主办：… 承办：…, 地址：…街道, 网站地图 | 联系我们);
* G4 the 公开 metadata table (索引号, 发布机构, 成文日期, 文号) is no deck;
* G5 a web-mail page: the client's bars, the mail header (发件人 / 收件人 / 抄送 / 主题 /
  附件), an ad, the disclaimer and the client's footer;
* G6 a printed document's running head, its number and signer (编号：… 签发：X), a docx
  comment ([批注 X1]：…), 主题词 / 印发 / 核稿 / （共印N份） / 第 1 页 共 2 页;
* G7 a person in a labelled line (主持人：X（…主席）) stays a person;
* N  near-misses: an event notice's 主办：X 承办：Y in the body, an assistant in prose.

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
    folder = tmp_path_factory.mktemp("furniture36")

    def run(text: str, name: str):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        arts = read_articles([str(path)]).articles
        docs = [nlp(a.text) for a in arts]
        page = infer_page(docs, arts, gaz, None)
        return [(a, extractor.extract(d, a, page, article_id(a))) for a, d in zip(arts, docs, strict=True)]

    return run


def _body(u: str, what: str = "职工技能大赛", n: int = 120) -> str:
    return f"　　近日，{u}举办{what}，全市{n}余名职工参加。比赛设理论考试和实操两个环节，决出一等奖3名。\n"


def _portal(city: str, head: str, body: str, tail: str, table: str = "") -> str:
    return (
        f"{city}人民政府门户网站\n首页　政务公开　政务服务　互动交流\n\n"
        f"当前位置：首页 > 政务公开 > 政府信息公开 > 部门信息公开\n\n{table}\n"
        f"{head}\n\n{body}\n{tail}"
    )


_ICP = "浙ICP备05012345号　　浙公网安备33010202000123号\n"

# (page text, names that must come out, names that must not, text that no article may hold)
CASES = [
    # G1 lists of other documents on a 信息公开 page
    pytest.param(
        _portal(
            "衢州市",
            "衢州市总工会关于表彰先进职工的决定",
            _body("衢州市总工会", "先进职工表彰大会"),
            "相关文件\n· 江山市总工会2026年部门预算公开　　2027-01-20\n· 常山县总工会关于开展送清凉活动的通知　2026-07-02\n",
        ),
        {"衢州市总工会"},
        {"江山市总工会", "江山市", "常山县总工会", "常山县"},
        ["部门预算公开"],
        id="g1-related-files-zhejiang",
    ),
    pytest.param(
        _portal(
            "南平市",
            "南平市总工会开展职工疗休养",
            _body("南平市总工会", "职工疗休养活动", 90),
            "相关政策\n1. 建瓯市总工会关于做好职工互助保障工作的通知　　2026-11-03\n2. 邵武市总工会2026年决算公开　2027-02-11\n",
        ),
        {"南平市总工会"},
        {"建瓯市总工会", "建瓯市", "邵武市总工会", "邵武市"},
        ["决算公开"],
        id="g1-related-policies-fujian",
    ),
    pytest.param(
        _portal(
            "天水市",
            "天水市总工会召开全委会议",
            _body("天水市总工会", "全委会议", 60),
            "相关文件：\n甘谷县总工会关于表彰优秀工会工作者的通报（2026-12-08）\n武山县总工会2027年部门预算（2027-01-15）\n",
        ),
        {"天水市总工会"},
        {"甘谷县总工会", "甘谷县", "武山县总工会", "武山县"},
        ["部门预算"],
        id="g1-related-files-colon-gansu",
    ),
    # G2 assistants with person-like names
    pytest.param(
        _portal(
            "宜宾市",
            "宜宾市总工会举办劳模宣讲",
            _body("宜宾市总工会", "劳模宣讲活动", 200),
            "智能问答　|　“宜小宾”24小时在线为您服务\n",
        ),
        {"宜宾市总工会"},
        {"宜小宾"},
        ["在线为您服务"],
        id="g2-assistant-bar-sichuan",
    ),
    pytest.param(
        _portal(
            "绵阳市",
            "绵阳市总工会开展普法宣传",
            _body("绵阳市总工会", "普法宣传活动", 300),
            "智能客服“章晓绵”：您好，请问有什么可以帮您？\n",
        ),
        {"绵阳市总工会"},
        {"章晓绵"},
        ["有什么可以帮您"],
        id="g2-service-greeting-sichuan",
    ),
    pytest.param(
        _portal(
            "安庆市",
            "安庆市总工会举行职工运动会",
            _body("安庆市总工会", "职工运动会", 500),
            "在线客服　小安同学　工作日 9:00-17:00\n",
        ),
        {"安庆市总工会"},
        set(),
        ["在线客服"],
        id="g2-online-service-anhui",
    ),
    pytest.param(
        _portal(
            "德州市", "德州市总工会开展送温暖", _body("德州市总工会", "送温暖活动", 80), "政务智能助手“德宝”为您解答\n"
        ),
        {"德州市总工会"},
        {"德宝"},
        ["为您解答"],
        id="g2-assistant-answers-shandong",
    ),
    # G3 portal footers over the ICP line
    pytest.param(
        _portal(
            "台州市",
            "台州市总工会举办职工书画展",
            _body("台州市总工会", "职工书画展", 150),
            "网站地图 | 联系我们 | 隐私声明\n主办：台州市人民政府办公室　　承办：台州市大数据发展中心\n地址：浙江省台州市椒江区白云街道　　网站标识码：3310000001\n"
            + _ICP,
        ),
        {"台州市总工会"},
        {"台州市人民政府办公室", "白云街道", "台州市大数据发展中心"},
        ["主办："],
        id="g3-portal-footer-zhejiang",
    ),
    pytest.param(
        _portal(
            "湖州市",
            "湖州市总工会开展安康杯竞赛",
            _body("湖州市总工会", "安康杯竞赛", 400),
            "主办单位：湖州市总工会　　承办单位：湖州市职工服务中心\n联系地址：湖州市吴兴区飞英街道　邮编：313000\n"
            + _ICP,
        ),
        {"湖州市总工会"},
        {"飞英街道"},
        ["邮编"],
        id="g3-union-site-footer-zhejiang",
    ),
    pytest.param(
        "柳州工会网\n首页 > 工会动态 > 正文\n\n柳州市总工会举办女职工健康讲座\n\n发布时间：2027-04-02　来源：本站\n\n"
        + _body("柳州市总工会", "女职工健康讲座", 260)
        + "\n主办：柳州市总工会　承办：柳州市工人文化宫\n地址：广西柳州市城中区城中街道　电话：0772-0000000\n桂ICP备12000000号-1\n",
        {"柳州市总工会"},
        {"城中街道"},
        ["城中街道"],
        id="g3-union-site-footer-guangxi",
    ),
    # G4 the 公开 metadata table
    pytest.param(
        _portal(
            "咸宁市",
            "咸宁市总工会关于调整工会经费标准的通知",
            _body("咸宁市总工会", "工会经费培训", 70),
            "",
            table="索 引 号：ABC123/2027-00012　　分　　类：财政信息\n发布机构：咸宁市总工会　　成文日期：2027-02-10\n文　　号：咸工〔2027〕3号　　有 效 性：有效\n",
        ),
        {"咸宁市总工会"},
        set(),
        ["索引号", "文号", "有 效 性", "成文日期"],
        id="g4-metadata-table-hubei",
    ),
    pytest.param(
        _portal(
            "六盘水市",
            "六盘水市总工会关于举办职工篮球赛的通知",
            _body("六盘水市总工会", "职工篮球赛", 320),
            "",
            table="信息索取号：000014349/2027-00102\n发文机关：六盘水市总工会　　　主题分类：群团工作\n发文字号：六工发〔2027〕8号　　　生成日期：2027-05-06\n",
        ),
        {"六盘水市总工会"},
        set(),
        ["信息索取号", "发文字号"],
        id="g4-metadata-table-guizhou",
    ),
    # G5 web-mail
    pytest.param(
        "云邮 · 企业邮箱　　收件箱　写信　通讯录　　| 设置 | 退出\n"
        "【推广】邮箱空间不足？升级至100G仅需6元/月 >>\n\n"
        "返回　回复　回复全部　转发　删除　　　上一封　下一封\n\n"
        "转发：常州市总工会举办职工读书节\n\n"
        "发件人：钟楼区总工会办公室 <zlgh@mail.example>\n发送时间：2027年4月10日(星期六) 上午9:12\n"
        "收件人：五星街道总工会 <wx@mail.example>; 南大街街道总工会 <ndj@mail.example>\n"
        "抄送：庞一鸣 <pym@mail.example>\n主题：转发：常州市总工会举办职工读书节\n附件：1个（读书节方案.docx 28K）\n\n"
        "常州市总工会举办职工读书节\n"
        + _body("常州市总工会", "职工读书节", 600)
        + "\n──────────\n本邮件及其附件含有保密信息，仅限于发送给上述收件人。如果您错收了本邮件，请立即通知发件人并删除本邮件！\n"
        "云邮 企业版 V3.1　|　技术支持：常州云帆信息技术有限公司　|　客服热线 400-000-0000\n",
        {"常州市总工会"},
        {"常州云帆信息技术有限公司", "五星街道总工会", "南大街街道总工会"},
        ["发件人", "收件人", "上一封", "推广", "错收"],
        id="g5-webmail-forward-jiangsu",
    ),
    pytest.param(
        "From: 南湖区总工会宣传部 <nhxc@mail.example>\nSent: 2027年5月3日 14:20\nTo: 嘉兴市总工会 <jx@mail.example>\nSubject: 南湖区举办职工摄影展\n\n"
        "南湖区举办职工摄影展\n" + _body("南湖区总工会", "职工摄影展", 180),
        {"南湖区总工会"},
        set(),
        ["Subject", "Sent:"],
        id="g5-english-headers-zhejiang",
    ),
    pytest.param(
        "写信　收信　通讯录\n\n"
        '-------- 原始邮件 --------\n发件人："赣州市总工会" <gz@mail.example>\n发送时间：2027年3月2日(星期二) 下午4:05\n'
        '收件人："各县（市、区）总工会" <xq@mail.example>\n主题：赣州市总工会开展技能培训\n\n'
        "赣州市总工会开展技能培训\n"
        + _body("赣州市总工会", "技能培训", 240)
        + "\n快速回复：点击此处输入内容\n邮件来自手机客户端\n",
        {"赣州市总工会"},
        set(),
        ["发件人", "快速回复", "手机客户端"],
        id="g5-original-mail-jiangxi",
    ),
    pytest.param(
        "收件箱（36）　草稿箱　已发送　已删除　垃圾邮件\n上一封　下一封　　返回列表\n\n"
        "发件人：沙县区总工会 <sx@mail.example>\n时　间：2027年8月1日 10:00\n收件人：三明市总工会\n\n"
        "沙县区总工会开展送清凉\n"
        + _body("沙县区总工会", "送清凉活动", 700)
        + "\n安全提示：请勿轻信索要账号密码的邮件\n技术支持：三明云海网络科技有限公司\n",
        {"沙县区总工会"},
        {"三明云海网络科技有限公司"},
        ["收件箱", "安全提示"],
        id="g5-mailbox-folders-fujian",
    ),
    # G5 the subject over the header, a signature's contact block
    pytest.param(
        "上一封　下一封\n\n转发：【通知】丽江市总工会开展职工疗休养　★\n\n"
        "发件人：古城区总工会 <gc@mail.example>\n收件人：各街道工会 <jd@mail.example>\n主题：转发：【通知】丽江市总工会开展职工疗休养\n\n"
        "各街道工会：\n　　现将市总工会通知转发给你们，请认真组织报名。\n\n古城区总工会办公室\n"
        "电话：0888-51××××　手机：139××××5521\n地址：丽江市古城区束河街道某路8号\n\n"
        "丽江市总工会开展职工疗休养\n" + _body("丽江市总工会", "职工疗休养", 150),
        {"丽江市总工会"},
        {"束河街道"},
        ["★", "手机：", "束河街道"],
        id="g5-subject-and-signature-yunnan",
    ),
    pytest.param(
        '在 2027年5月8日 16:20，"泸州市总工会宣传部" <lzxc@mail.example> 写道：\n\n'
        "泸州市总工会举办职工合唱比赛\n" + _body("泸州市总工会", "职工合唱比赛", 420),
        {"泸州市总工会"},
        {"泸州市总工会宣传部"},
        ["写道"],
        id="g5-reply-quote-intro-sichuan",
    ),
    # G1 an item appended under 附：相关新闻 is an article, its label no headline
    pytest.param(
        _portal(
            "梅州市",
            "梅州市总工会关于李建明等同志职务任免的通知",
            "　　经研究决定：任命李建明同志为市总工会办公室主任。\n\n梅州市总工会\n2027年4月2日\n",
            "附：相关新闻\n\n梅州市总工会召开全委会议\n\n" + _body("梅州市总工会", "全委会议", 60),
        ),
        {"梅州市总工会", "李建明"},
        set(),
        ["附：相关新闻"],
        id="g1-appended-news-guangdong",
    ),
    # G6 printed documents
    pytest.param(
        "淮南矿机工会　　　　　　　　　　　　内部资料　注意保存\n\n淮南矿山机械有限公司工会委员会\n会　议　纪　要\n\n"
        "纪要编号：淮矿工纪〔2027〕2号　　　　签发：韦志强\n\n"
        "时　间：2027年3月3日 9:00\n主持人：韦志强（公司工会主席）\n出　席：尚春梅（公司工会副主席）\n\n"
        "　　3月3日，公司工会委员会召开全体会议，会议应到委员7人，实到7人。会议研究了职工运动会筹备事项，决定由尚春梅牵头制定方案。\n\n"
        "[批注 孔令晨1]：人数已核对。\n\n淮南矿山机械有限公司工会委员会\n2027年3月5日\n\n"
        "主题词：工会　会议　纪要\n分送：公司领导班子成员\n━━━━━━━━━━━━━━━━\n淮南矿山机械有限公司工会办公室　　2027年3月5日印发\n核稿：尚春梅　　　　　　　（共印20份）\n\n第 1 页 共 1 页\n",
        {"韦志强", "尚春梅"},
        {"孔令晨"},
        ["内部资料", "纪要编号", "批注", "主题词", "共印", "第 1 页"],
        id="g6-minutes-anhui",
    ),
    pytest.param(
        "信阳纺织工会　　　　　　　内部资料\n\n信阳纺织集团工会委员会\n会议纪要\n\n编号：〔2027〕5号　　签发人：宁海波\n\n"
        "主持人：宁海波（集团工会主席）\n\n"
        "　　5月6日，集团工会委员会召开会议，研究女职工关爱行动，决定为全体女职工免费体检，预算8万元。\n\n"
        "（此件发至各分厂工会）\n\n第 1 页 / 共 2 页\n",
        {"宁海波"},
        set(),
        ["内部资料", "签发人", "第 1 页"],
        id="g6-minutes-henan",
    ),
    pytest.param(
        "　　关于开展职工健身活动的通知\n\n各基层工会：\n　　为丰富职工生活，市总工会决定于6月举办健身月活动，请各单位组织职工积极参加，活动由遵化市总工会组织。\n\n"
        "[批注 郝晨1]：建议增加活动地点。\n[批注 郝晨2]：时间已确认。\n\n遵化市总工会\n2027年5月20日\n\n抄送：市体育局\n印发：2027年5月20日\n",
        {"遵化市总工会"},
        {"郝晨"},
        ["批注"],
        id="g6-docx-comments-hebei",
    ),
    pytest.param(
        "东莞市石龙镇总工会　　　　　　　　　　　　　工作简报\n\n石龙镇总工会开展职工夜校\n\n"
        + _body("石龙镇总工会", "职工夜校", 130)
        + "\n核稿：欧阳晓　　　　　　　　　　　　　　（共印30份）\n第2页，共3页\n",
        {"东莞市石龙镇总工会"},
        {"欧阳晓"},
        ["核稿", "共印", "共3页"],
        id="g6-brief-guangdong",
    ),
    # G7 a person on a labelled line stays a person
    pytest.param(
        "鹤岗电力工会\n会议纪要\n\n签发：仝振东\n\n主持人：仝振东（公司党委副书记、工会主席）\n\n"
        "　　4月2日，公司工会召开委员会议，会议应到委员9人，实到8人。会议决定举办职工运动会，由工会办公室具体落实。\n",
        {"仝振东"},
        set(),
        ["签发"],
        id="g7-signer-chair-heilongjiang",
    ),
    pytest.param(
        "　　3月5日，晋中市总工会举办职工书画展，全市200余名职工参加，展出作品160幅。\n"
        "（通讯员 郗晓光 文　仝大成 摄）\n",
        {"郗晓光", "仝大成"},
        set(),
        [],
        id="g7-credit-rare-surnames-shanxi",
    ),
    pytest.param(
        "　　7月2日，忻州市总工会举办职工象棋赛，全市80余名职工参加，补选练秋实为市总工会副主席。\n",
        {"练秋实"},
        {"秋实"},
        [],
        id="g7-surname-lian-after-verb-shanxi",
    ),
    # Hangul lines name nothing
    pytest.param(
        "图们市总工会举办职工运动会\n도문시총공회 직공운동회 개최\n\n"
        + _body("图们市总工会", "职工运动会", 400)
        + "도문시총공회는 직공운동회를 개최했다.\n",
        {"图们市总工会"},
        set(),
        [],
        id="g8-hangul-lines-jilin",
    ),
    pytest.param(
        "珲春市总工会举办职工象棋赛\n훈춘시총공회 직공장기경기 개최\n\n"
        "　　6月2日，珲春市总工会举办职工象棋赛，全市60余名职工参加，靖和街道职工金哲洙获第一名。\n"
        "　　6월 2일, 훈춘시총공회는 직공장기경기를 개최했다. 김철수가 1위를 했다.\n",
        {"珲春市总工会", "金哲洙"},
        set(),
        ["훈춘시", "6월"],
        id="g8-hangul-translation-under-each-line-jilin",
    ),
    pytest.param(
        "伊宁市总工会开展送清凉\nغۇلجا شەھەرلىك ئىشچىلار ئۇيۇشمىسى\n\n"
        "　　7月10日，伊宁市总工会开展夏送清凉活动，为300余名户外劳动者送去防暑物品。\n",
        {"伊宁市总工会"},
        set(),
        ["ئىشچىلار"],
        id="g8-uyghur-line-xinjiang",
    ),
    pytest.param(
        "　　比赛设秋千、跳板、朝鲜族摔跤（씨름）等6个项目，图们市总工会组织，全市200余名职工参加。\n",
        {"图们市总工会"},
        set(),
        ["씨름"],
        id="n-hangul-word-in-chinese-line",
    ),
    # N near-misses that must stay
    pytest.param(
        "　　5月1日，由丽水市总工会主办、莲都区总工会承办的职工健步走活动举行，全市600余名职工参加。\n"
        "主办：丽水市总工会　承办：莲都区总工会\n　　活动全程8公里，沿途设置了5个补给站。\n",
        {"丽水市总工会", "莲都区总工会"},
        set(),
        [],
        id="n-event-hosts-in-body-zhejiang",
    ),
    pytest.param(
        "　　6月3日，黄石市总工会上线智能客服“黄小工”，职工可通过小程序咨询维权、入会等问题，上线首日咨询量达1200人次。\n",
        {"黄石市总工会"},
        set(),
        ["智能客服"],
        id="n-assistant-in-prose-hubei",
    ),
    pytest.param(
        "某某化工工会委员会\n会议纪要\n\n时　间：2027年6月2日 9:00\n地　点：公司三楼会议室\n主持人：韩立新（公司工会主席）\n\n"
        "　　6月2日，公司工会委员会召开全体会议，会议研究了夏送清凉工作，决定为一线职工发放防暑用品。\n",
        {"韩立新"},
        set(),
        ["时间：2027", "地点："],
        id="n-meeting-record-fields",
    ),
    pytest.param(
        "宿迁纺机股份有限公司工会委员会\n会　议　纪　要\n\n签发：殷志华\n\n时　间：2027年9月3日 15:00\n地　点：公司二楼会议室\n\n"
        "　　9月3日，公司工会委员会召开全体会议，研究职工运动会筹备工作，会议决定10月举办第五届职工运动会。\n",
        {"宿迁纺机股份有限公司工会"},  # the issuer kept: its 工会委员会 is the union
        set(),
        ["宿迁纺机股份有限公司工会委员会"],
        id="n-signer-line-keeps-issuer",
    ),
    pytest.param(
        "　　在线咨询服务开通以来，常德市总工会共受理职工法律咨询1200余件，帮助职工挽回损失300万元。\n",
        {"常德市总工会"},
        set(),
        ["在线咨询服务开通以来"],
        id="n-service-label-opens-prose-hunan",
    ),
    pytest.param(
        "　　8月8日，鞍山市总工会召开会议，传达相关文件精神，部署职工疗休养工作，各县（市）区总工会负责人参加。\n"
        "　　会议要求，要认真学习相关文件，抓好贯彻落实。\n",
        {"鞍山市总工会"},
        set(),
        ["相关文件"],
        id="n-related-files-in-prose-liaoning",
    ),
]


def _names(facts) -> set[str]:
    return {ref.name for ref in facts.entities}


@pytest.mark.parametrize(("text", "present", "absent", "gone"), CASES)
def test_furniture_names_nothing(page_facts, request, text, present, absent, gone):
    got = page_facts(text, request.node.callspec.id)
    every = set().union(*(_names(f) for _, f in got))
    assert present <= every, every
    assert not (absent & every), absent & every
    kept = "\n".join(a.text for a, _ in got)
    if request.node.callspec.id.startswith("n-"):
        assert all(g in kept for g in gone), kept  # near-misses: the text stays
    else:
        assert not [g for g in gone if g in kept], kept
