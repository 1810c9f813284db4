"""A post told in parts with photo captions keeps its lines (kg.ingest.repair): a caption
opening with its mark (▲, 图为) continues no line above it, and after a blank line no line
continues it; a part's number alone on its line (01, 02) joins neither its neighbours.
Every line is invented."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped


def _block(text: str, gap: int) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("line", "after", "gap", "joined"),
    [
        # a caption under a caption, a blank line (a picture's mark dropped) between
        ("▲县总工会主席郝秦川宣布比赛开幕", "▲县总工会副主席柴文娟为获奖选手颁奖", 1, False),
        ("▲选手们在面点制作项目中一展身手", "图为一等奖获得者、泾河纺织公司挡车工鱼丽华在操作", 1, False),
        # a line that stops short, then a caption: the caption is no rest of it
        ("在场职工纷纷表示收获满满↓↓↓", "▲县医院主任医师鱼丽华为女职工讲解健康知识", 1, False),
        # a part's number alone, before and after
        ("欢迎大家一起来看看吧↓↓↓", "02", 1, False),
        ("02", "“巧手”技能比武　匠心展风采", 1, False),
        # near-miss: a caption wrapped without a blank line goes on
        ("▲县总工会副主席柴文娟（左二）、县妇联主席党秀芝（右一）为获奖", "选手颁发荣誉证书", 0, True),
        # near-miss: a sentence broken across a blank line goes on
        ("泾阳县总工会联合县妇联在县职工培训中心举办技能比武，来自全县", "12家企业的62名女职工参加。", 1, True),
    ],
)
def test_caption_lines_stay_apart(line, after, gap, joined):
    assert should_join(_block(line, 1), _block(after, gap), None, soft_wrap=False) is joined
