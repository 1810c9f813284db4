# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Headlines, credits and furniture of two page grammars (session 38), on short invented
pages run through the real reader.

* V. a short-video post's page: the account's card (name, ✔ and what it is; its counts,
  N个视频 and a bracketed follow button) over the post; the post's title line with its
  hashtags after it, a line of description, the date line with its play count; the
  subtitle track (字幕 heading, cue times 00:12 before each line, a voice-over's sign-off
  记者 X 某地报道, a place glued to 报道, no name); the production credits (视频来源：… 记者：X
  剪辑：Y 配音：Z 素材：…: the reporter alone is credited); then the counts bar with its
  icons (♡ 1200 💬 35), the comments under a heading with its sort toggle (全部评论（35）
  最热 ▾), whose nicknames are no people.  One article, headed by the title line.
* M. a 网络问政 message-board thread: 标　　题：X，Y？ among the board's fields (a title
  may hold a comma and ask), the letter, the 交办/回复/评价 blocks and the 跟帖 below: one
  article headed by the title, with no credits (经办人 and 审核 sign the reply, they
  report nothing).

All text is invented.
"""

from __future__ import annotations

import pytest

from tests.ingest.page_reading import read_page_articles


@pytest.fixture(scope="module")
def read_page(tmp_path_factory):
    """Read a page as the build does: [(headline, credited people sorted)], and all text."""
    folder = tmp_path_factory.mktemp("pages38")

    def run(text: str, name: str):
        arts = read_page_articles(folder, text, name)
        return [(h, people) for h, people, _ in arts], "\n".join(t for *_, t in arts)

    return run


def _video(
    title: str,
    *,
    account: str = "青山工会",
    full: str = "包头市青山区总工会",
    desc: str = "5月12日，青山区总工会在富强路街道职工之家举办“工会开放日”活动，120余名职工参加。",
    province: str = "内蒙古",
    subs: str = "",
    credit: str = "",
    sort: str = "最热 ▾",
    card: bool = True,
    nick: str = "钢城跑腿王师傅",
) -> str:
    head = "视频号　｜　首页　推荐　关注　直播　　　　[ 搜索 ]　登录\n\n"
    if card:
        head += f"{account}　　✔ {full}官方账号\n8.6万粉丝　　215个视频　　　　　[ ＋关注 ]\n\n"
    body = f"{title}\n{desc}\n2027-05-12 19:05　发布于 {province}　　　　播放 1.1万\n"
    if subs:
        body += "\n字幕　自动生成字幕（仅供参考）\n" + subs
    if credit:
        body += "\n" + credit + "\n"
    tail = (
        "\n♡ 1208　　💬 35　　↗ 转发 88　　☆ 收藏 40\n\n"
        f"全部评论（35）　　{sort}\n"
        f"{nick}：骑手也能参加不？\n05-12　IP属地：{province}　　　回复　　♡ 12\n"
        "草原小太阳：给工会点赞，活动很贴心。\n05-13　IP属地：北京　　　回复　　♡ 3\n\n"
        "相关推荐\n某某区总工会送清凉走进工地　　某某工会　1.2万播放\n\n举报　｜　用户协议　｜　©2027 视频号\n"
    )
    return head + body + tail


def _subs(*lines: str) -> str:
    return "".join(f"00:{3 + 4 * k:02d}　{t}\n" for k, t in enumerate(lines))


_SUBS = _subs(
    "今天上午 青山区总工会在职工之家办开放日",
    "职工们可以参观职工书屋 体验按摩椅",
    "[画面文字] 乌云其其格　包头某某物流公司驾驶员",
    "我平时跑长途 今天带着娃娃来看看",
)

CASES = [
    # V. a short-video post's page
    pytest.param(
        _video(
            "职工之家开放啦！青山区工会开放日等你来 #工会开放日# #青山工会#",
            subs=_SUBS + "00:19　记者 麻素琴 青山区报道\n",
            credit="视频来源：青山区总工会　　记者：麻素琴　　剪辑：伍立军　　配音：卜晓雯　　部分素材：富强路街道总工会",
        ),
        [("职工之家开放啦！青山区工会开放日等你来", ["麻素琴"])],
        id="v1-title-tags-subs-credits-comments",
    ),
    pytest.param(
        _video(
            "暖心托管班开课啦 #暑期托管# #工会在身边#",
            account="宜宾工会",
            full="宜宾市总工会",
            desc="7月3日，宜宾市总工会职工子女暑期托管班在翠屏区开班，首批80名职工子女入班。",
            province="四川",
            credit="视频来源：宜宾市总工会　　记者：母亚兰　　剪辑：苟德明",
        ),
        [("暖心托管班开课啦", ["母亚兰"])],
        id="v2-no-subtitles-source-credit-line",
    ),
    pytest.param(
        _video(
            "技能比武赛场上的“巾帼力量”，一起来看！ #技能比武# #巾帼建功#",
            account="柳北工会",
            full="柳州市柳北区总工会",
            desc="6月20日，柳北区总工会举办女职工技能比武，来自15家企业的60名女职工同台竞技。",
            province="广西",
            subs=_subs("今天的比武有三个项目", "参赛的女职工都是各家企业的技术骨干", "记者 覃秀妹 柳北区报道"),
        ),
        [("技能比武赛场上的“巾帼力量”，一起来看！", ["覃秀妹"])],
        id="v3-title-comma-signoff-in-subs",
    ),
    pytest.param(
        _video(
            "货车司机之家揭牌 #货车司机# #工会驿站#",
            card=False,
            account="",
            full="",
            desc="4月8日，鄂尔多斯市东胜区总工会在物流园区为货车司机之家揭牌，首批30名货车司机入会。",
            subs=_subs("以前跑车累了只能在驾驶室里歇", "现在有了司机之家 能洗澡能吃饭"),
            credit="视频来源：东胜区总工会　　记者：郝润生　　配音：白雪",
        ),
        [("货车司机之家揭牌", ["郝润生"])],
        id="v4-no-account-card",
    ),
    pytest.param(
        _video(
            "工会送清凉 高温下的一份牵挂 #夏送清凉#",
            account="滨湖工会",
            full="无锡市滨湖区总工会",
            desc="7月15日，滨湖区总工会走进建筑工地，为300余名一线职工送去防暑降温物品。",
            province="江苏",
            sort="最新 ▾",
            credit="视频来源：滨湖区总工会　　记者：顾建新　　剪辑：缪亚芳",
        ),
        [("工会送清凉 高温下的一份牵挂", ["顾建新"])],
        id="v5-sort-newest",
    ),
    pytest.param(
        _video(
            "劳模工作室里的“金点子” #劳模精神#",
            account="潮安工会",
            full="潮州市潮安区总工会",
            desc="9月2日，潮安区总工会组织职工走进陶瓷行业劳模创新工作室，听劳模讲创新故事。",
            province="广东",
            subs=_subs("这个工作室去年攻关了十二个项目", "记者 饶少鸿 潮州报道"),
        ),
        [("劳模工作室里的“金点子”", ["饶少鸿"])],
        id="v6-signoff-city-short-name",
    ),
    # near-misses of the video rules
    pytest.param(
        "宜春市总工会举办职工运动会\n\n　　本报讯（记者 袁小梅）6月3日，宜春市总工会举办职工运动会，800余名职工参加。#职工运动会# #宜春工会#\n　　运动会设田径、拔河等8个项目。\n",
        [("宜春市总工会举办职工运动会", ["袁小梅"])],
        id="v7-near-miss-tags-after-a-sentence",
    ),
    pytest.param(
        "新余市总工会开展金秋助学\n\n　　本报记者 简乐平 黎川报道　9月1日，新余市总工会开展金秋助学活动，为120名困难职工子女发放助学金。\n",
        [("新余市总工会开展金秋助学", ["简乐平"])],
        id="v8-dateline-place-after-name",
    ),
    pytest.param(
        "新余市总工会开展金秋助学\n\n　　本报记者 简乐平 黎川宁报道　9月1日，新余市总工会开展金秋助学活动，为120名困难职工子女发放助学金。\n",
        [("新余市总工会开展金秋助学", ["简乐平", "黎川宁"])],
        id="v9-near-miss-second-name-glued-to-report",
    ),
    pytest.param(
        "赣州市总工会为货车司机送清凉\n\n" + "　　7月10日，赣州市总工会在物流园为货车司机送清凉，200余名司机参加。\n"
        "\n全部评论（12）　　最热 ▾\n赣南老钟：工会真贴心\n07-10　IP属地：江西　　回复　　♡ 8\n",
        [("赣州市总工会为货车司机送清凉", [])],
        id="v10-comments-sort-toggle-on-news-page",
    ),
    pytest.param(
        "萍乡市总工会举办职工运动会\n\n" + "　　6月3日，萍乡市总工会举办职工运动会，800余名职工参加。\n"
        "\n视频来源：萍乡市总工会　记者：彭安源　剪辑：邹可欣\n",
        [("萍乡市总工会举办职工运动会", ["彭安源"])],
        id="v11-video-source-credit-on-news-page",
    ),
    pytest.param(
        "抖音\n@郫都工会　　获赞 3.2万　　粉丝 1.1万　　＋关注\n\n新就业形态劳动者集中入会，快来看看吧 #骑手入会# #郫都工会#\n"
        "8月6日，郫都区总工会在犀浦街道举办新就业形态劳动者集中入会活动，260名骑手加入工会。\n2027-08-06 20:11　发布于 四川\n\n"
        + _subs("今天晚上 郫都区总工会把入会现场搬到了商圈", "骑手们扫码就能入会", "记者 钟晓林 郫都区报道")
        + "\n♡ 526　　💬 19　　↗ 分享\n\n全部评论（19）　　按热度 ▾\n犀浦跑单侠：已入会\n",
        [("新就业形态劳动者集中入会，快来看看吧", ["钟晓林"])],
        id="v12-platform-bar-at-account-signoff-only",
    ),
]


def _board(
    title: str,
    *,
    label: str = "标　　题",
    area: str = "九原区",
    letter: str = "我在九原区一家物流公司上班，公司连续三个月没发绩效工资，跟人事反映了好几次也没结果，希望有关部门帮忙问问。",
    reply: bool = True,
    union: str = "九原区总工会",
    handler: str = "（经办人：燕晓宁　　审核：斛志强）",
    follow: bool = True,
) -> str:
    page = (
        "北疆民声·包头网络问政平台\n首页 | 我要留言 | 留言选登 | 部门回复 | 满意度评价　　　[登录] [注册]\n当前位置：首页 > 留言选登 > 劳动保障\n\n"
        "【留言详情】　编号：LY20270411-0093\n\n"
        f"{label}：{title}\n留 言 人：网友“钢城小李”\n留言时间：2027-04-11 22:05\n留言类别：劳动保障\n留言对象：{area}\n办理状态：已办结　　　浏览次数：906\n\n"
        f"留言内容：\n　　{letter}\n\n"
    )
    if reply:
        page += (
            f"【交办情况】\n交办时间：2027-04-12 09:30\n交办单位：包头市总工会\n办理单位：{union}\n\n"
            f"【回复内容】\n回复单位：{union}\n回复时间：2027-04-20 15:12\n\n网友您好：\n"
            f"　　您反映的问题收悉。4月14日，{union}工作人员到该公司了解情况，经协调，公司已于4月18日补发28名职工的绩效工资共计6.2万元。\n"
            "　　感谢您对工会工作的信任和支持！\n\n"
            f"{handler}\n\n"
            "【满意度评价】\n留言人评价：满意 ★★★★★\n评价时间：2027-04-21 20:00\n评价内容：工资已经补上了，谢谢工会。\n\n"
        )
    if follow:
        page += "【网友跟帖】（2）\n网友“昆区老王”：我们单位也这样。　2027-04-20 16:01\n网友“阿尔丁的风”：点赞。　2027-04-20 17:30\n\n"
    page += "【相关留言】\n· 东河区某饭店员工被无故辞退求助\n· 昆都仑区总工会职工驿站周末开放吗？\n\n主办：包头市网络问政办公室\n"
    return page


CASES += [
    # M. a message-board thread
    pytest.param(
        _board("九原区一家物流公司拖欠绩效工资，谁能帮帮我们？"),
        [("九原区一家物流公司拖欠绩效工资，谁能帮帮我们？", [])],
        id="m1-comma-question-title-whole-thread",
    ),
    pytest.param(
        _board("物流公司三个月不发绩效工资怎么办？", label="留言标题"),
        [("物流公司三个月不发绩效工资怎么办？", [])],
        id="m2-question-title-labelled",
    ),
    pytest.param(
        _board("石拐区某煤矿不给职工交社保，工会能管吗？", area="石拐区", union="石拐区总工会", reply=False),
        [("石拐区某煤矿不给职工交社保，工会能管吗？", [])],
        id="m3-letter-without-reply",
    ),
    pytest.param(
        _board(
            "希望在高新区增设一处户外劳动者驿站，方便外卖骑手歇脚",
            area="稀土高新区",
            union="稀土高新区总工会",
            handler="（承办人：訾红梅）",
        ),
        [("希望在高新区增设一处户外劳动者驿站，方便外卖骑手歇脚", [])],
        id="m4-suggestion-title-handler",
    ),
    pytest.param(
        _board(
            "白云鄂博矿区一家企业加班不给加班费，谁来管管？",
            area="白云鄂博矿区",
            union="白云鄂博矿区总工会",
            follow=False,
        ),
        [("白云鄂博矿区一家企业加班不给加班费，谁来管管？", [])],
        id="m5-no-follow-ups",
    ),
    # near-miss: a titled field whose value is a sentence stays the text's
    pytest.param(
        "栏目：职工之声\n标题：固阳县总工会举办职工技能大赛\n播出时间：2027-05-02\n\n　　5月1日，固阳县总工会举办职工技能大赛，150名职工参赛。\n",
        [("固阳县总工会举办职工技能大赛", [])],
        id="m6-near-miss-script-title-field",
    ),
    pytest.param(
        _board(
            "土右旗一家砖厂让职工每天干十四个小时，合法吗？",
            label="信件标题",
            area="土默特右旗",
            union="土默特右旗总工会",
        ),
        [("土右旗一家砖厂让职工每天干十四个小时，合法吗？", [])],
        id="m7-letter-title-label-banner",
    ),
]


# after the fixes: the same grammars in other forms, and near-misses of the new rules
CASES += [
    pytest.param(
        _video(
            "工匠带徒传绝活 #工匠精神# #鹤岗工会#",
            account="鹤岗工会",
            full="鹤岗市总工会",
            desc="3月18日，鹤岗市总工会在煤矿机修厂举行名师带徒签约仪式，12对师徒现场签约。",
            province="黑龙江",
            subs="[00:02] 今天的签约仪式上\n[00:05] 十二对师徒现场签下协议\n[00:09] 记者 宫雪松 鹤岗报道\n",
        ),
        [("工匠带徒传绝活", ["宫雪松"])],
        id="v13-bracketed-cues",
    ),
    pytest.param(
        "工会送法进工地\n\n　　6月5日，海东市总工会在乐都区一处建筑工地开展送法活动，80余名农民工参加。\n"
        "活动安排：\n09:00　法律咨询\n09:30　案例讲解\n10:30　发放资料\n\n（记者 祁海燕）\n",
        [("工会送法进工地", ["祁海燕"])],
        id="v14-near-miss-agenda-times",
    ),
]


@pytest.mark.parametrize(("page", "want"), CASES)
def test_headlines_and_credits(read_page, request, page: str, want: list) -> None:
    got, _ = read_page(page, request.node.callspec.id)
    assert got == [(h, sorted(p)) for h, p in want]


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        pytest.param(
            _video("职工之家开放啦 #工会开放日#", subs=_SUBS),
            ["钢城跑腿王师傅", "草原小太阳", "00:07", "粉丝", "播放", "♡", "官方账号", "自动生成字幕"],
            id="n1-no-comments-no-cues",
        ),
        pytest.param(
            _board("九原区一家物流公司拖欠绩效工资，谁能帮帮我们？"), ["昆区老王", "阿尔丁的风"], id="n2-no-follow-ups"
        ),
    ],
)
def test_furniture_left_out(read_page, request, page: str, absent: list[str]) -> None:
    _, text = read_page(page, request.node.callspec.id)
    assert [a for a in absent if a in text] == []


def test_an_agendas_times_stay(read_page) -> None:
    """Three timed lines of an agenda (09:00　法律咨询) are no subtitle track: their times stay."""
    page = next(p.values[0] for p in CASES if p.id == "v14-near-miss-agenda-times")
    _, text = read_page(page, "n3-agenda-times")
    assert "09:00" in text and "10:30" in text


def _reply(closing: str, related: str) -> str:
    """A city union's reply letter to a deputy, as its website prints it."""
    return (
        "安康市总工会　安康职工之家网\n首页 | 工会要闻 | 政务公开 | 建议提案办理\n当前位置：首页 > 政务公开 > 建议提案办理\n\n"
        "索 引 号：011007711/2027-00012　　　主题分类：建议提案办理\n发布机构：安康市总工会　　　　　生成日期：2027-06-20\n\n"
        "关于市人大十六届三次会议第42号建议的答复\n\n安工函〔2027〕9号\n\n"
        "卓光明代表：\n　　您提出的《关于加强新就业形态劳动者权益保障的建议》收悉，现答复如下：\n"
        "　　5月9日，市总工会在汉滨区举办新就业形态劳动者集中入会活动，320名快递员、外卖骑手加入工会。\n"
        "　　感谢您对工会工作的关心和支持。\n\n"
        + closing
        + "\n\n　　　　　　　　安康市总工会\n　　　　　　　　2027年6月18日\n\n"
        "【打印本页】　【关闭窗口】\n\n" + related + "\n\n主办：安康市总工会　　陕ICP备0000××××号\n"
    )


_CLOSING = "　　联系单位：市总工会权益保障部\n　　联系人：钭丽娟，电话：0915-32×××××\n　　签发人：晏德海"
_RELATED = "相关信息：\n· 关于市政协五届二次会议第17号提案的答复\n· 旬阳市总工会：建议提案办理再上新台阶"


@pytest.mark.parametrize(
    ("closing", "related"),
    [
        pytest.param(_CLOSING, _RELATED, id="r1-contact-block-related-info"),
        pytest.param(_CLOSING.replace("联系单位", "联系部门"), _RELATED, id="r2-contact-department"),
        pytest.param(
            _CLOSING.replace("　　联系单位：市总工会权益保障部\n", ""),
            "相关留言：\n· 旬阳市总工会：建议提案办理再上新台阶",
            id="r3-contact-person-first",
        ),
    ],
)
def test_a_reply_letters_closing(read_page, request, closing: str, related: str) -> None:
    """The contact block closing a reply letter heads no article; the list of related
    replies under it is the site's links (their unions and areas are no news here)."""
    got, text = read_page(_reply(closing, related), request.node.callspec.id)
    assert [h for h, _ in got] == ["关于市人大十六届三次会议第42号建议的答复"]
    assert "旬阳市总工会" not in text and "第17号提案" not in text
