"""Text from outside, made safe to quote on a terminal (kg.linked.display)."""

from __future__ import annotations

from kg.linked.display import looks_like_text, shown


def test_control_format_and_line_separator_characters_become_visible_escapes():
    text = "a\x1b[31mb\rc\u202ed\u2028e\x9bf\x00g"
    got = shown(text)
    assert got == "a\\x1b[31mb\\x0dc\\u202ed\\u2028e\\x9bf\\x00g"
    assert got.isprintable()


def test_chinese_and_plain_text_are_kept_and_long_text_is_cut():
    assert shown("北京市总工会 ok") == "北京市总工会 ok"
    cut = shown("x" * 500, limit=50)
    assert len(cut) == 51 and cut.endswith("…")
    # an escape is never cut in half
    assert shown("ab\x1b", limit=4) == "ab…"


def test_a_banner_is_text_and_noise_is_not():
    assert looks_like_text(b"SSH-2.0-OpenSSH_9.2p1\r\n")
    assert not looks_like_text(bytes(range(256)))
    assert not looks_like_text(b"")
