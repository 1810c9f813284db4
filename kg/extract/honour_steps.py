"""The honour families, in the order they run (a part of ``kg.extract.article.STEPS``,
after the events' dates): honours received and held (prizes, titles, medals, places in an
item), then those honoured at the main event taking part in it.

Split from kg.extract.article (one idea per module: the whole order of the families there)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.among_honoured import among_honoured
from kg.extract.award_tables import table_awards
from kg.extract.awarded_participants import honoured_at, place_holders, selected_at
from kg.extract.awards import read_awards
from kg.extract.class_honours import class_given
from kg.extract.context import ArticleContext
from kg.extract.form_honours import granted
from kg.extract.honour_blocks import selected_blocks, selected_lists
from kg.extract.honour_epithets import epithet_honours, noted_honours
from kg.extract.honour_holders import candidates_hold_none, people_hold_no_collective, representatives
from kg.extract.honour_labels import announced_holders, labelled_holders, presented_holders
from kg.extract.honour_lists import bestowed, conferred, headed_holders, listed_holders, received_by
from kg.extract.honour_rolls import roll_holders
from kg.extract.honour_sections import section_honours
from kg.extract.honour_series import (
    honour_series,
    listed_bodies,
    named_as,
    quoted_series,
    respective_items,
    respective_listed_items,
    respective_prizes,
)
from kg.extract.honour_tokens import copula_titles, handed_tokens, titled_quotes
from kg.extract.honoured_after import honoured_after
from kg.extract.object_honours import commended_lists, object_honours
from kg.extract.placings import placed_people, placed_titles, singled_out, won_by
from kg.extract.prize_copulas import place_complements, prize_copulas
from kg.extract.prize_holders import prize_holders
from kg.extract.prize_rows import prize_rows
from kg.extract.prize_winners import placed_lines, relative_winners
from kg.extract.titled_honours import bracketed_honours, titled_honours

HONOUR_STEPS: tuple[Callable[[ArticleContext], None], ...] = (
    read_awards,  # honours received
    titled_honours,  # honours held, before a name (劳动模范张三)
    bracketed_honours,  # 晏某（全国劳动模范）: honours held, bracketed after a name
    respective_listed_items,  # A、B分别获得钳工、焊工工种第一名: the k-th name the k-th item's place
    conferred,  # 授予X等N名个人Y奖章
    object_honours,  # 省里评我为X, 授予他Y: the verb's object holds it
    commended_lists,  # 表彰了“X”10名。受表彰的有A、B: each listed holds it
    bestowed,  # 为A工会、B工会授予“X”牌匾
    listed_holders,  # 这N名全国劳动模范分别是：…
    selected_blocks,  # 评出5名“X”, then ■ A …, ■ B … a block each: each holds X
    selected_lists,  # 评出“X”3名：A、B、C: each holds X
    headed_holders,  # 获得X奖章的部分职工：, then a holder a line
    relative_winners,  # 获得一等奖的张三
    prize_holders,  # 一等奖获得者A、B、C: each holds the prize
    epithet_honours,  # 张三｜副主席｜X公司车间主任，全国五一劳动奖章获得者: the row's person holds it
    noted_honours,  # 王某（女）（劳模）　某公司钳工: a list row's note of an honour, held
    received_by,  # 获得X奖章的A公司司机张三、B段工长李四
    placed_lines,  # 一等奖：A（…）、B, a place a line
    prize_rows,  # 一等奖 alone on its line, then 焊工项目　A　某公司 a row: each row's person
    labelled_holders,  # 【奖章】A（…）、B: the honour named above that the label stands for
    presented_holders,  # 为获得“X”的个人颁奖。请获奖代表上台领奖：⏎A　…: each called up holds X
    announced_holders,  # 授予“X”称号，名单如下：⏎A　焊工　某公司 (no label): each row's holder holds X
    handed_tokens,  # 为N名“X”A、B颁发证书
    titled_quotes,  # A…，去年获评“X”
    copula_titles,  # A今年29岁，是某区推荐的“某某工匠”: what A is
    placed_people,  # X获秋千女子组第一名: a person's place in an item
    placed_titles,  # 搏克项目冠军张三: a place in an item before its holder's name
    won_by,  # 亚军及季军分别由A、B取得: the k-th name the k-th place
    singled_out,  # 授予各工种第一名“X”称号，其中…Y: Y holds X
    among_honoured,  # 20名职工被授予“X”称号。其中，A…、B等受到表彰: each holds X
    respective_prizes,  # A、B、C分获一、二、三等奖
    respective_items,  # A、B分获两个项目第一名: each an item's first place
    class_given,  # 公司为4个项目第一名授予“X”称号: the winners of those places hold X
    honour_series,  # 先后荣获A、B等称号
    quoted_series,  # 先后荣获“A”“B”等荣誉
    named_as,  # 命名A、B为“Y”
    listed_bodies,  # A工会、B工会获优秀组织奖: each body of the list
    table_awards,  # 姓名 / 单位 / 奖项: a row to each holder
    section_honours,  # 主要荣誉, then 2025年　X a line: the profile's person (or body) holds each
    granted,  # 省总工会意见　同意授予X奖章 on a form: the form's 姓名 field's person holds X
    roll_holders,  # 2028年X奖章名单中，A（…）获奖: A holds X
    prize_copulas,  # 一等奖是某厂的A (or …——…，是某厂的A, speech resumed): A holds it
    place_complements,  # 美发师冠军为某公司的发型师A: A holds the item's place
    representatives,  # 为N名“X”颁发证书，A、B作为代表上台领奖: A, B hold X
    people_hold_no_collective,  # a person holds no 奖状, 先进集体, 先进单位: a body's honour
    candidates_hold_none,  # A被推荐为X候选人: A does not hold X, though read so elsewhere
    honoured_at,  # 会议对…进行了表彰。A获评…: those honoured at the main event take part
    selected_at,  # 昨天的“X”圆满结束！…评出“Y”3名：A、B: those selected took part in X
    place_holders,  # 二等奖　A　… / 　　　B　…: those holding a place took part in the one contest
    honoured_after,  # X召开表彰大会。A荣获“…”: those honoured right after take part in it
)
