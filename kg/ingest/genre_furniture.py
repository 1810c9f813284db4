"""Furniture of page genres that are no news site's article: a news app's share page, a
short-video page, a photo gallery, a message board, a document's page header and footer.

Each prints lines of its own around the text: an account with its counts (某某号 1.2万粉丝
关注, 粉丝 3.2万, 1.2万播放 · 36弹幕), a gallery's counter (1/8, （2/5）, 共 4 张 1 / 4,
< 上一张 3 / 6 下一张 >), a video player's time (00:00 / 02:36), a line of hashtags
(#某某工会# #工匠精神#), a board's fields around a letter (留言人：网友某某, 满意度：满意),
a docx's header and footer marks ([页眉] …, [页脚] 第 3 页).  Read as text they head
articles (a follower line taken for the headline) or name people (a nickname).  They are
told by their shape and labels (``kg/data/lexicon/pages``), not by the names in them.
"""

from __future__ import annotations

import functools
import itertools
import re

from kg.ingest.boilerplate import MAX_FURNITURE_LEN, is_breadcrumb, is_furniture
from kg.ingest.document import Block
from kg.ingest.post_counts import counts_line
from kg.ingest.post_dates import post_date_line
from kg.ingest.staff_lines import staff_line
from kg.ingest.video_posts import transcript_head, verified_account
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN_COMMON

_COUNTER = re.compile(r"[（(]?\s*\d{1,3}\s*/\s*\d{1,3}\s*[)）]?|共\s*\d{1,3}\s*张|[<>＜＞‹›〈〉]")
_PLAYER = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
_HASHTAGS = re.compile(r"^\s*(?:#[^#\s][^#]{0,30}#\s*)+$")
_TRAILING_TAGS = re.compile(r"(?:\s+#[^#\s][^#]{0,30}#)+\s*$")
_PAGE_MARK = re.compile(r"^\s*[\[【（(]?(?:页眉|页脚)[\]】）)]?\s*[:：]?")
# a row of a player's or a page's buttons in square brackets, nothing else ([分享]　[下载]　[倍速 1.0x])
_BUTTON_ROW = re.compile(r"^\s*(?:\[[^\[\]]{1,10}\][\s\u3000]*){2,}$")
_NUMBER = r"[\d.]+\s*[万亿wW]?\+?"
# a platform's badge worded on the account's card: 某某号认证：…优质创作者, 微博认证：某某工会官方微博
# (a platform's or an account kind's name before 认证, a colon, what the account is: a phrase;
# a skill's 技能等级认证：高级工 is no badge)
_VERIFIED_WORDED = re.compile(
    r"^(?:[^\s，,。：:！？；]{0,6}(?:号|博|官方|个人|机构|企业|平台|站))?认证\s*[:：]\s*[^\s，,。！？；：:]{2,40}$"
)


@functools.cache
def _follower_token() -> re.Pattern[str]:
    labels = alternation("pages/follower_labels.txt")
    return re.compile(rf"^(?:{_NUMBER}(?:{labels})|(?:{labels}){_NUMBER}|[＋+]?关注|已关注)$")


@functools.cache
def _gallery_buttons() -> frozenset[str]:
    return frozenset(entries("pages/gallery_buttons.txt"))


@functools.cache
def _board_field() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/board_labels.txt')})\s*[:：]")


_FOLLOW = ("关注", "+关注", "＋关注")
_SPLIT = re.compile(r"\s*[\s·•|｜]\s*")
_NAME = re.compile(r"^(?:@|UP主[:：])?[^\s，,。：:！？；]{1,20}$")
_BUTTON = re.compile(r"[\[【]\s*([^\[\]【】\s]{1,6})\s*[\]】]")
_WHEN = re.compile(r"^(?:\d{4}-)?\d{1,2}-\d{1,2}$|^\d{1,2}:\d{2}(?::\d{2})?$")


_SPEED = re.compile(r"\d(?:\.\d{1,2})?[xX×倍]")


def player_controls(line: str) -> bool:
    """1.0x　倍速　高清　弹幕 关　小窗　全屏, 弹幕已关闭: a video player's buttons and notices,
    nothing else on the line (``pages/player_controls.txt``)."""
    tokens = line.split()
    controls = frozenset(entries("pages/player_controls.txt"))
    return bool(tokens) and all(t in controls or _SPEED.fullmatch(t) for t in tokens)


def follower_line(line: str) -> bool:
    """某某号 1.2万粉丝 关注, 粉丝 3.2万, @某某 8.8万粉丝, UP主：某某 关注 1.8万, 1.2万播放 ·
    36弹幕 2027-04-29 12:00, 某某头条·某某频道 3.4万粉丝 ＋关注: an account's counts (a number and its label, either way
    round), maybe its name first and its follow button, a date after; one count at least."""
    if len(line) > 60:
        return False
    line = _BUTTON.sub(r" \1 ", line)  # ([ ＋关注 ]: the button's brackets)
    line = re.sub(r"([＋+])\s+(?=关注)", r"\1", line)  # (+ 关注: the button's plus set apart)
    tokens = [t for t in _SPLIT.split(line.strip()) if t]
    # (the number and its label may stand apart: 粉丝 3.2万, 关注 1.8万)
    joined: list[str] = []
    for t in tokens:
        if joined and re.fullmatch(_NUMBER, t) and not re.search(r"\d", joined[-1]):
            joined[-1] += t
        else:
            joined.append(t)
    counts = [t for t in joined if _follower_token().match(t) and re.search(r"\d", t)]
    if len(joined) == 2 and joined[1] in _FOLLOW and _NAME.match(joined[0]):
        return True  # the account and its follow button (某某工会　关注)
    if not counts:
        return False
    rest = [t for t in joined if not _follower_token().match(t) and not _WHEN.match(t) and t not in _FOLLOW]
    if len(rest) == 2 and re.search(rf"{re.escape(rest[0])}\s*[·•]\s*{re.escape(rest[1])}", line):
        rest = rest[:1]  # 某某头条·浙江频道: the account and its channel, one name
    return len(rest) <= 1 and all(_NAME.match(t) for t in rest) and (not rest or rest[0] == joined[0])


def genre_line(line: str) -> bool:
    """A line of an app's, a gallery's, a video's, a board's or a docx's own furniture."""
    if not line.strip() or len(line) > MAX_FURNITURE_LEN:
        return False
    if _PLAYER.match(line) or _HASHTAGS.match(line) or _PAGE_MARK.match(line) or platform_bar(line) or search_bar(line):
        return True
    if _BUTTON_ROW.match(line) or player_controls(line):
        return True
    if "/" in line or "张" in line or "图集" in line or "组" in line:  # a gallery's counter and buttons
        rest, n = _COUNTER.subn(" ", line)
        tokens = [t for t in rest.split() if t not in _gallery_buttons()]
        if n and re.search(r"\d", line) and (not rest.strip() or is_furniture(rest.strip())):
            return True
        if len(tokens) < len(rest.split()) and all(is_furniture(t) for t in tokens):
            return True
    if ("粉丝" in line or "关注" in line or "播放" in line or "获赞" in line) and follower_line(line):
        return True
    if len(line) <= 80 and counts_line(line):  # ♡ 3826　💬 88　↗ 转发 412: a post's counts bar
        return True
    if any(c in line for c in "字稿✔✓☑√") and (transcript_head(line) or verified_account(line)):
        return True  # a video's subtitle heading, its account's card
    if "认证" in line and _VERIFIED_WORDED.match(line.strip()):
        return True  # 某某号认证：吉安本地生活领域优质创作者: the platform's badge on the account's card
    if "【" in line and _bracketed_bar(line):
        return True
    if "供图" in line or "提供" in line:
        return _supplied().match(line) is not None
    return (_board_field().match(line) is not None and len(line) <= 40) or app_prompt(line) or named_crumb(line)


@functools.cache
def _supplied() -> re.Pattern[str]:
    """（某某市总工会 供图）, 图片由某某公司工会提供: photos supplied by a body, no person:
    the line credits no one (one naming a person is a credit, read as one)."""
    unit = rf"[^\s（）()：:，。]{{1,24}}(?:{alternation('credits/unit_heads.txt')})"
    return re.compile(rf"^\s*[（(]?\s*(?:{unit}\s*供图|供图\s*[:：]\s*{unit}|图片由{unit}提供)\s*[)）]?\s*$")


_BRACKETED = re.compile(r"【([^【】]{1,30})】")
_TABS, _TAB_WORD = 3, 4  # a row of three tabs or more, each a short word


def _bracketed_bar(line: str) -> bool:
    """【纠错】　【责任编辑:某某】: a row of bracketed buttons and staff fields, nothing else; or
    of three short bracketed words or more (a page's tabs)."""
    items = _BRACKETED.findall(line)
    rest = _BRACKETED.sub("", line).strip()
    if len(items) >= _TABS and not rest and all(len(t.strip()) <= _TAB_WORD for t in items):
        return True  # 【最新】【排行榜】【活动介绍】: a page's row of tabs
    return len(items) >= 2 and not rest and all(is_furniture(t) or staff_line(t) for t in items)


def named_crumb(line: str) -> bool:
    """中工网　首页 > 图片 > 图说工会: a breadcrumb with the site's name before its home."""
    name, _, rest = line.strip().partition(" ")
    if not rest:
        name, _, rest = line.strip().partition("\u3000")
    return bool(rest) and len(name) <= 12 and ">" in rest and is_breadcrumb(rest.strip())


_PROMPT_MAX = 40
_APP = re.compile(r"(?:打开|下载|前往|安装)[^，,。！!\s]{0,8}(?:APP|App|app|客户端)")
# a line that opens on a closing quote or a clause's mark carries on the sentence above (a
# narrow column's wrap: 学”，骑手扫码即可咨询…): text, whatever words it holds
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』")
_GOES_ON = re.compile(r"^\s*(?:\S?[”’」』）)]|[，、；：,;:])")


@functools.cache
def _prompts() -> tuple[str, ...]:
    return entries("pages/app_prompts.txt")


def app_prompt(line: str) -> bool:
    """下载APP领红包，新人专享88元, 打开腾讯新闻，查看更多高清图片, 用微信扫码二维码: a short line
    of an app's prompt (to open or download it, to see more, to scan a code), no sentence
    of the text (a full stop ends none of them, and none carries on a sentence above it:
    学”，骑手扫码即可咨询维权 is a column's wrapped line)."""
    if len(line) > _PROMPT_MAX or "。" in line or _GOES_ON.match(line):
        return False
    # (a prompt's word quoted inside a clause is a headline's: 386名骑手“扫码”入会; opening
    # the line, “扫码”有礼, it is the prompt's)
    bare = line[:1] + _QUOTED.sub("", line[1:])
    return _APP.search(line) is not None or any(p in bare for p in _prompts())


def trailing_hashtags(line: str) -> int | None:
    """Where a line's hashtags after its text start (a video's title: 某某带徒传艺
    #某某工会# #工匠精神#), or None."""
    if "#" not in line:
        return None
    m = _TRAILING_TAGS.search(line)
    return m.start() if m and m.start() > 0 else None


def without_hashtags(blocks: list[Block], tagged: set[int] | None = None) -> list[Block]:
    """Each line's trailing hashtags cut (a video's or a post's title line: 某某带徒传艺
    #某某工会#): they are the platform's topics, not the headline's words.  ``tagged``
    gets the ids of the cut lines' texts (a line so tagged is a post's caption,
    :func:`kg.ingest.video_posts.tagged_title`)."""
    out = []
    for b in blocks:
        at = trailing_hashtags(b.text.text)
        if at is None:
            out.append(b)
            continue
        out.append(Block(b.text[:at].strip(), b.level, b.gap))
        if tagged is not None:
            tagged.add(id(out[-1].text))
    return out


_PLATFORM_REST = 4  # a word beside the platform's name on its bar (图片, 上瘾了)
_MENU_WORD = re.compile(rf"[{HAN_COMMON}A-Za-z]{{1,4}}")


@functools.cache
def _search_box() -> re.Pattern[str]:
    return re.compile(rf"[\[【]\s*(?:{alternation('pages/search_prompts.txt')})[^\[\]【】]{{0,24}}[\]】]")


_PIN = re.compile(r"📍\s*[^\s\d:：·•,，。；;！？]{2,12}")


def location_tags(lines: list[str]) -> set[int]:
    """📍 神农城 straight over a post's date line (编辑于 05-23 IP属地：湖南): the place the
    poster tagged, a button of the platform, no line of the text (a pin before a date
    and a place heads a part of the post: 📍 7月9日 · 某某街道)."""
    nonblank = [i for i, t in enumerate(lines) if t.strip()]
    return {
        i
        for i, j in itertools.pairwise(nonblank)
        if _PIN.fullmatch(lines[i].strip()) and (p := post_date_line(lines[j])) is not None and p.labelled
    }


def search_bar(line: str) -> bool:
    """发现　购物　消息　我　[搜索你感兴趣的内容]: an app's top bar, its menu's short words (two
    at least) beside one search box, whatever the words are; or the search box alone."""
    rest, n = _search_box().subn(" ", line)
    tokens = rest.split()
    # (or the box alone on its line: [ 请输入选手姓名或编号　🔍搜索 ] over a list's entries)
    return n == 1 and (not tokens or (len(tokens) >= 2 and all(_MENU_WORD.fullmatch(t) for t in tokens)))


def platform_bar(line: str) -> bool:
    """抖音, 新华网　图片, 凤凰新闻　打开APP, 腾讯新闻　上瘾了: the platform's name alone on a
    short line, maybe with a button or a word of its bar."""
    if len(line) > 48:
        return False
    tokens = [t for t in re.split(r"[\s|｜]+", line.strip()) if t]
    if not tokens or tokens[0] not in _platforms():
        return False
    return all(len(t) <= _PLATFORM_REST or is_furniture(t) for t in tokens[1:])


@functools.cache
def _platforms() -> frozenset[str]:
    return frozenset(entries("pages/platform_names.txt"))


_APP_NAME = re.compile(r"[^\s，,。：:！？；;“”（）()·|｜]{2,10}")


def app_masthead(lines: list[str], i: int) -> bool:
    """职工头条 / 打开APP 阅读体验更佳: a short name alone right over an app's prompt, that
    the page names again (职工头条·浙江频道, 不代表职工头条观点), is the app's own name at the
    top of its share page (whose page it is), no headline (a short headline over the prompt
    is named nowhere else)."""
    name = lines[i].strip()
    if i + 1 >= len(lines) or _APP_NAME.fullmatch(name) is None or not app_prompt(lines[i + 1]):
        return False
    return any(name in line for j, line in enumerate(lines) if j != i)
